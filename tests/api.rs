//! Invariants of the public API: thread safety, spans on char boundaries in
//! the caller's text, the same answers for NFC, NFD and either tone style.

use unicode_normalization::UnicodeNormalization;
use viet_extract::normalise::{normalise, ToneStyle};
use viet_extract::{Document, Extractor, Span};

const TEXT: &str = "Chiều 3/11, Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn tiếp ông Nguyễn Văn Hòa, \
Phó Chủ tịch UBND tỉnh Thanh Hóa. Năm 2024, tỉnh vận động 181 khoản viện trợ, \
với tổng giá trị trên 288 tỷ đồng. Ông Mẫn cho biết tỉnh sẽ hỗ trợ khoảng 30% kinh phí.";

fn spans(doc: &Document) -> Vec<Span> {
    let mut v = Vec::new();
    v.extend(doc.people.iter().flat_map(|p| p.mentions.iter().map(|m| m.span)));
    v.extend(doc.organisations.iter().flat_map(|p| p.mentions.iter().map(|m| m.span)));
    v.extend(doc.provinces.iter().flat_map(|p| p.mentions.iter().map(|m| m.span)));
    v.extend(doc.dates.iter().flat_map(|p| p.mentions.iter().map(|m| m.span)));
    v.extend(doc.figures.iter().flat_map(|p| p.mentions.iter().map(|m| m.span)));
    v
}

/// The document without spans or as-written texts, for comparing forms.
fn content(doc: &Document) -> String {
    let mut d = doc.clone();
    let style = |s: &str| normalise(s, ToneStyle::Traditional).as_str().to_string();
    for p in &mut d.people {
        p.mentions.clear();
    }
    for o in &mut d.organisations {
        o.mentions.clear();
        o.aliases.clear();
    }
    for p in &mut d.provinces {
        p.mentions.clear();
    }
    for x in &mut d.dates {
        x.mentions.clear();
        x.text.clear();
    }
    for f in &mut d.figures {
        f.mentions.clear();
        f.text.clear();
        f.unit = style(&f.unit);
    }
    for f in &mut d.facts {
        f.span = Span::default();
        f.subject = f.subject.as_deref().map(style);
        f.verb = f.verb.as_deref().map(style);
        for q in &mut f.figures {
            q.text.clear();
            q.mentions.clear();
            q.unit = style(&q.unit);
        }
    }
    for x in &mut d.legal_refs {
        x.text.clear();
        x.mentions.clear();
    }
    style(&format!("{d:?}"))
}

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync + std::panic::UnwindSafe + Clone>() {}
    check::<Extractor>();
    check::<Document>();
    check::<viet_extract::Error>();
}

#[test]
fn spans_point_into_original_text() {
    let doc = Extractor::new().extract(TEXT);
    let p = doc.people.iter().find(|p| p.name == "Lâm Văn Mẫn").expect("Lâm Văn Mẫn found");
    assert_eq!(p.mentions.len(), 2, "full name and 'Ông Mẫn': {:?}", p.mentions);
    assert_eq!(&TEXT[p.mentions[0].span.range()], "Lâm Văn Mẫn");
    for s in spans(&doc) {
        assert!(TEXT.is_char_boundary(s.start) && TEXT.is_char_boundary(s.end) && s.start < s.end, "{s:?}");
    }
}

#[test]
fn nfd_input_gives_same_answers_and_valid_spans() {
    let nfd: String = TEXT.nfd().collect();
    let ex = Extractor::new();
    let a = ex.extract(TEXT);
    let b = ex.extract(&nfd);
    assert_eq!(content(&a), content(&b));
    for s in spans(&b) {
        assert!(nfd.is_char_boundary(s.start) && nfd.is_char_boundary(s.end), "{s:?}");
    }
    let m = &b.people.iter().find(|p| p.name == "Lâm Văn Mẫn").unwrap().mentions[0];
    assert_eq!(nfd[m.span.range()].nfc().collect::<String>(), "Lâm Văn Mẫn");
}

#[test]
fn reformed_tone_marks_give_same_answers() {
    let reformed = normalise(TEXT, ToneStyle::Reformed).as_str().to_string();
    assert!(reformed.contains("Hoà") && reformed.contains("uỷ"));
    let ex = Extractor::new();
    assert_eq!(content(&ex.extract(TEXT)), content(&ex.extract(&reformed)));
}

#[test]
fn invalid_utf8_names_the_offset() {
    let mut bytes = "Hà Nội ".as_bytes().to_vec();
    bytes.push(0xFF);
    let err = Extractor::new().extract_bytes(&bytes).unwrap_err();
    assert_eq!(err.utf8_offset(), Some(10));
    assert!(err.to_string().contains("byte offset 10"), "{err}");
    let (text, doc) = Extractor::new().extract_bytes_lossy(&bytes);
    assert!(text.ends_with('\u{FFFD}'));
    assert_eq!(doc.provinces[0].name, "Hà Nội");
}

#[test]
fn builder_options() {
    let ex = Extractor::builder()
        .published("2025-01-02")
        .organisation("Hội Doanh nhân trẻ Sóc Trăng", Some("HDNT"))
        .build()
        .unwrap();
    let doc = ex.extract("Ngày 28/12, HDNT trao 10 suất học bổng.");
    assert_eq!(doc.published.as_deref(), Some("2025-01-02"));
    assert_eq!(doc.dates[0].value, "2024-12-28", "the year crosses back");
    // Named as written (the acronym alone), with the acronym it was given.
    assert!(doc.organisations.iter().any(|o| o.name == "HDNT" && o.acronym.as_deref() == Some("HDNT")));
    let doc = ex.extract("Hội Doanh nhân trẻ Sóc Trăng trao quà. HDNT cũng trao 10 suất học bổng.");
    assert_eq!(doc.organisations.len(), 1, "{:?}", doc.organisations);
    assert_eq!(doc.organisations[0].name, "Hội Doanh nhân trẻ Sóc Trăng");
    assert_eq!(doc.organisations[0].mentions.len(), 2);
    // A body the caller adds is known like the data's: found whatever its
    // head word, its acronym alone names it.
    let ex = Extractor::builder()
        .organisation("Hợp tác xã Tân Tiến", None)
        .organisation("Tổng công ty Điện lực miền Nam", Some("EVNSPC"))
        .build()
        .unwrap();
    let mut found: Vec<(String, Option<String>)> = ex
        .extract("Hợp tác xã Tân Tiến ký với EVNSPC.")
        .organisations
        .into_iter()
        .map(|o| (o.name, o.acronym))
        .collect();
    found.sort();
    assert_eq!(found, [("EVNSPC".into(), Some("EVNSPC".into())), ("Hợp tác xã Tân Tiến".into(), None)]);
    assert!(Extractor::builder().published("2025-02-30").build().is_err());
    let err = Extractor::builder().organisations_from_tsv("extra.tsv", "A\tB\tC\n").unwrap_err();
    assert!(err.to_string().contains("extra.tsv, line 1"), "{err}");
}

#[test]
fn document_round_trips_through_json() {
    let doc = Extractor::new().extract(TEXT);
    let json = serde_json::to_string(&doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(doc, back);
    assert!(json.contains("\"qualifier\":\"over\""));
}

#[test]
fn extract_many_keeps_order_on_several_threads() {
    let places = ["Hà Nội", "Cà Mau", "Huế", "Lào Cai", "Đồng Tháp", "Gia Lai", "Sơn La", "Điện Biên"];
    let texts: Vec<String> = (0..100).map(|i| format!("Tại {}.", places[i % places.len()])).collect();
    let ex = Extractor::new();
    let one: Vec<_> = texts.iter().map(|t| ex.extract(t)).collect();
    for threads in [1, 2, 3] {
        let many: Vec<_> = ex.extract_many(texts.clone()).threads(threads).collect();
        assert_eq!(many, one, "{threads} threads");
    }
    let names: Vec<String> = ex.extract_many(texts).take(3).map(|d| d.provinces[0].name.clone()).collect();
    assert_eq!(names, ["Hà Nội", "Cà Mau", "Thừa Thiên Huế"]);
}
