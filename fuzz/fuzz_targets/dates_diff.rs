//! Differential fuzzing of the date recogniser against the regex it
//! replaced: the input chooses a text among the date forms of Vietnamese
//! news (the generator of `tests/dates_diff.rs`), and every date the old
//! regex finds must come out of the new recogniser with the same value, or
//! be one of the listed changes of issue #16.
//!
//! ```text
//! cargo fuzz run dates_diff
//! ```
#![no_main]

#[path = "../../tests/common/dates_diff.rs"]
mod dates_diff;
#[path = "../../tests/common/old_dates.rs"]
mod old_dates;

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;
use viet_extract::Extractor;

static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fuzz_target!(|data: &[u8]| {
    let mut c = dates_diff::Choices::from_bytes(data);
    let (text, published) = dates_diff::generate(&mut c);
    for d in dates_diff::compare(&EX, &text, &published) {
        assert!(d.change.is_some(), "{text:?} ({published}): the old regex found {:?}", d.old);
    }
});
