//! Any text: normalisation must not panic, and every normalised range must
//! map back to a range of the input on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use viet_extract::normalise::{fold, normalise, ToneStyle};

fuzz_target!(|text: &str| {
    for style in [ToneStyle::Traditional, ToneStyle::Reformed] {
        let norm = normalise(text, style);
        let out = norm.as_str();
        let mut bounds: Vec<usize> = out.char_indices().map(|(i, _)| i).collect();
        bounds.push(out.len());
        for w in bounds.windows(2) {
            let span = norm.to_original(w[0], w[1]);
            assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{span:?}");
        }
        // Normalising twice changes nothing more, unless decoding an entity
        // or removing a tag made a new one ("&amp;lt;", "<a<b>>").
        if !out.contains(['&', '<']) {
            assert_eq!(normalise(out, style).as_str(), out);
        }
    }
    let _ = fold(text);
});
