//! Any bytes: `extract_bytes` must not panic, and every span it reports
//! must lie inside the input on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;
use viet_extract::Extractor;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fuzz_target!(|data: &[u8]| {
    let (text, doc) = EXTRACTOR.extract_bytes_lossy(data);
    for span in doc.spans() {
        assert!(span.end <= text.len() && span.start <= span.end, "{span:?} outside {} bytes", text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{span:?} splits a char");
    }
    if let Ok(strict) = EXTRACTOR.extract_bytes(data) {
        assert_eq!(strict, doc);
    }
});
