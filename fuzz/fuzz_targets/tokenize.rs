//! Any text: tokens must be in order, on char boundaries, and the tokens
//! with the gaps between them must rebuild the input exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;
use viet_extract::tokenise::{segment_words, sentences, tokenise};

fuzz_target!(|text: &str| {
    let tokens = tokenise(text);
    let mut at = 0;
    let mut rebuilt = String::with_capacity(text.len());
    for t in &tokens {
        assert!(t.start() >= at && t.end() > t.start() && t.end() <= text.len());
        rebuilt.push_str(&text[at..t.start()]);
        rebuilt.push_str(&text[t.range()]);
        at = t.end();
    }
    rebuilt.push_str(&text[at..]);
    assert_eq!(rebuilt, text);
    for s in sentences(text, &tokens) {
        assert!(text.get(s).is_some());
    }
    let _ = segment_words(text);
});
