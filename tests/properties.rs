//! Property tests (proptest): nothing panics on arbitrary strings, spans lie
//! inside the input on char boundaries, tokens and the gaps between them
//! rebuild the input, and the same Vietnamese content in NFC, NFD or the
//! other tone placement gives the same document up to spans.

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use viet_extract::normalise::{normalise, ToneStyle};
use viet_extract::tokenise::{sentences, tokenise};
use viet_extract::{Document, Extractor};

/// Pieces of news text: names, roles, bodies, places, dates, figures, and
/// syllables whose tone placement differs between the conventions.
const PIECES: &[&str] = &[
    "Ông",
    "bà",
    "Nguyễn Văn Thủy",
    "Lâm Văn Mẫn",
    "Đỗ Thị Hòa",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Bí thư",
    "Tỉnh ủy",
    "UBND tỉnh",
    "Ủy ban nhân dân",
    "Khánh Hòa",
    "Thanh Hóa",
    "Sóc Trăng",
    "Hà Nội",
    "TP. Hồ Chí Minh",
    "Hội",
    "Liên hiệp các tổ chức hữu nghị",
    "ngày",
    "3/11",
    "5/1/2022",
    "năm 2024",
    "tháng 7",
    "hơn",
    "trên",
    "181",
    "2.500",
    "288 tỷ đồng",
    "15%",
    "khoản viện trợ",
    "hòa bình",
    "thủy lợi",
    "khỏe mạnh",
    "hoàng",
    "quý",
    "khuya",
    "thuở",
    "đã",
    "vận động",
    "tiếp",
    "và",
    ",",
    ".",
    "\n",
    "(",
    ")",
    "-",
    "“",
    "”",
];

fn content() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.join(" "))
}

/// The document without spans and rule ids: what must not depend on the form.
fn answers(doc: &Document) -> String {
    let mut doc = doc.clone();
    for p in &mut doc.people {
        p.mentions.clear();
    }
    for o in &mut doc.organisations {
        o.mentions.clear();
    }
    for p in &mut doc.provinces {
        p.mentions.clear();
    }
    for d in &mut doc.dates {
        d.mentions.clear();
        d.text.clear();
    }
    for f in &mut doc.figures {
        f.mentions.clear();
        f.text.clear();
    }
    for d in &mut doc.legal_refs {
        d.mentions.clear();
        d.text.clear();
    }
    for f in &mut doc.facts {
        f.span = viet_extract::Span::new(0, 0);
        for q in &mut f.figures {
            q.text.clear();
            q.mentions.clear();
        }
        f.subject = f.subject.as_deref().map(|s| normalise(s, ToneStyle::Traditional).as_str().to_string());
        f.verb = f.verb.as_deref().map(|s| normalise(s, ToneStyle::Traditional).as_str().to_string());
    }
    serde_json::to_string(&doc).unwrap_or_default()
}

fn spans_ok(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    for sp in doc.spans() {
        prop_assert!(sp.start <= sp.end && sp.end <= text.len(), "{:?} outside {} bytes", sp, text.len());
        prop_assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end), "{:?} splits a char", sp);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        let doc = Extractor::new().extract(&text);
        spans_ok(&text, &doc)?;
    }

    #[test]
    fn arbitrary_news_like_text(text in content()) {
        let doc = Extractor::new().extract(&text);
        spans_ok(&text, &doc)?;
    }

    #[test]
    fn tokens_and_gaps_rebuild_the_input(text in any::<String>()) {
        let tokens = tokenise(&text);
        let mut rebuilt = String::new();
        let mut at = 0;
        for t in &tokens {
            prop_assert!(t.start() >= at && t.end() > t.start());
            rebuilt.push_str(&text[at..t.start()]);
            rebuilt.push_str(&text[t.range()]);
            at = t.end();
        }
        rebuilt.push_str(&text[at..]);
        prop_assert_eq!(&rebuilt, &text);
        for s in sentences(&text, &tokens) {
            prop_assert!(text.get(s).is_some());
        }
    }

    #[test]
    fn normalised_ranges_map_to_char_boundaries(text in any::<String>()) {
        let norm = normalise(&text, ToneStyle::Reformed);
        let out = norm.as_str();
        for (i, c) in out.char_indices() {
            let sp = norm.to_original(i, i + c.len_utf8());
            prop_assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end) && sp.end <= text.len());
        }
        // Idempotent, unless decoding an entity or removing a tag made a new one.
        if !out.contains(['&', '<']) {
            let twice = normalise(out, ToneStyle::Reformed);
            prop_assert_eq!(twice.as_str(), out);
        }
    }

    #[test]
    fn nfc_nfd_and_tone_placement_agree(text in content()) {
        let ex = Extractor::builder().published("2024-11-04").build().expect("valid date");
        let base = answers(&ex.extract(&text));
        let nfd: String = text.nfd().collect();
        prop_assert_eq!(&answers(&ex.extract(&nfd)), &base, "NFD");
        let reformed = normalise(&text, ToneStyle::Reformed).as_str().to_string();
        prop_assert_eq!(&answers(&ex.extract(&reformed)), &base, "reformed tones");
    }
}
