//! Differential test of the date recogniser (issue #13 point 3): the token
//! scan and hand parser against the 43-group regex it replaced
//! (`tests/common/old_dates.rs`), over texts generated from the date forms
//! of Vietnamese news. Wherever the old regex found a date, the new
//! recogniser gives the same value over the same words, or the difference
//! is one of the changes of issue #16, each named; any other difference
//! fails the test.

#[path = "common/dates_diff.rs"]
mod dates_diff;
#[path = "common/old_dates.rs"]
mod old_dates;

use dates_diff::{compare, generate, Choices};
use std::collections::BTreeMap;
use viet_extract::Extractor;

#[test]
fn new_parser_agrees_with_the_old_regex() {
    let ex = Extractor::new();
    let mut changes: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unexplained = Vec::new();
    let mut old_dates_seen = 0;
    for seed in 0..6000u64 {
        let mut c = Choices::seeded(seed + 1);
        let (text, published) = generate(&mut c);
        let published_ymd = old_dates::Ymd::parse(&published);
        old_dates_seen += old_dates::recognize(&text, published_ymd, &[]).len();
        for d in compare(&ex, &text, &published) {
            match d.change {
                Some(change) => *changes.entry(change).or_default() += 1,
                None => unexplained.push(format!("{:?} ({published}): old {:?}", d.text, d.old)),
            }
        }
    }
    eprintln!("{old_dates_seen} dates found by the old regex; listed changes:");
    for (change, n) in &changes {
        eprintln!("  {n:5}  {change}");
    }
    assert!(old_dates_seen > 3000, "the generator must exercise the old forms");
    assert!(
        unexplained.is_empty(),
        "{} differences not explained by issue #16:\n{}",
        unexplained.len(),
        unexplained.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
    );
}
