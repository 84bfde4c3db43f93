//! The promises a dependant relies on: where the publication date comes
//! from, errors for malformed dates, a JSON shape with one rule for absent
//! values, constructors for the non-exhaustive output types, borrowed batches
//! with a nameable iterator, a one-line `Debug`, province look-ups that
//! agree with the extractor, offsets in other units.

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;
use viet_extract::batch::ExtractMany;
use viet_extract::{
    lookup_province, lookup_province_in, provinces, DateMention, Document, Era, Extractor, Fact, Figure, FigureKind,
    LegalRef, Mention, Organisation, Person, Province, ProvinceKind, Span, Title,
};

/// Issue 17's example: the retirement date once set the publication date.
const RETIRED: &str = "Ông Nguyễn Văn An cho biết ngày 15/3/2019 ông đã về hưu. Chiều 3/11, ông về thăm quê.";
const DATELINE: &str = "Thời sự\n08:15 | 12/03/2024 GMT+7\n\nChiều 3/11, đoàn công tác tới tỉnh Cà Mau.";

fn date_of(doc: &Document, text: &str) -> String {
    doc.dates.iter().find(|d| d.text == text).map(|d| d.value.clone()).unwrap_or_default()
}

#[test]
fn only_page_furniture_sets_the_publication_date() {
    let doc = Extractor::new().extract(RETIRED);
    assert_eq!(doc.published, None);
    assert_eq!(date_of(&doc, "Chiều 3/11"), "--11-03", "not resolved against a date of the story");
    assert_eq!(date_of(&doc, "ngày 15/3/2019"), "2019-03-15");
    let doc = Extractor::new().extract(DATELINE);
    assert_eq!(doc.published.as_deref(), Some("2024-03-12"));
    assert_eq!(date_of(&doc, "Chiều 3/11"), "2023-11-03");
}

#[test]
fn the_caller_date_wins_in_one_order() {
    let builder = Extractor::builder().published("2025-01-10").build().unwrap();
    // The builder's date wins over the dateline…
    let doc = builder.extract(DATELINE);
    assert_eq!(doc.published.as_deref(), Some("2025-01-10"));
    assert_eq!(date_of(&doc, "Chiều 3/11"), "2024-11-03");
    // …and the date given for one text wins over both.
    let doc = builder.extract_published(DATELINE, "2022-12-01").unwrap();
    assert_eq!(doc.published.as_deref(), Some("2022-12-01"));
    assert_eq!(date_of(&doc, "Chiều 3/11"), "2022-11-03");
    // Without a caller's date, the dateline.
    assert_eq!(Extractor::new().extract(DATELINE).published.as_deref(), Some("2024-03-12"));
}

#[test]
fn a_malformed_caller_date_is_an_error() {
    let ex = Extractor::new();
    for bad in ["2024-99-99", "2024-13-45", "2024-02-30", "2024-1-5", "20/11/2024", "", "2024-11-04T00:00"] {
        let err = ex.extract_published(RETIRED, bad).unwrap_err();
        assert_eq!(err.date_text(), Some(bad));
        assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
        assert!(Extractor::builder().published(bad).build().is_err(), "{bad:?}");
    }
    assert!(ex.extract_published(RETIRED, " 2024-02-29 ").is_ok(), "surrounding space is not a malformation");
}

/// Every key of every object in `v`, with the path of the object's type.
fn keys(v: &Value, path: &str, out: &mut Vec<(String, Vec<String>)>) {
    match v {
        Value::Object(m) => {
            out.push((path.to_string(), m.keys().cloned().collect()));
            for (k, x) in m {
                keys(x, &format!("{path}.{k}"), out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| keys(x, path, out)),
        _ => {}
    }
}

#[test]
fn absent_values_are_null_and_every_field_is_present() {
    let text = "Ông Lâm Văn Mẫn, Bí thư Tỉnh ủy Sóc Trăng, cho biết Chỉ thị số 12-CT/TW ngày 5/1/2022 \
                đã giúp tỉnh vận động 181 khoản viện trợ, trên 288 tỷ đồng, khoảng 30-40%. Thành phố Hà Nội.";
    let doc = Extractor::new().extract(text);
    let json = serde_json::to_value(&doc).unwrap();
    let mut found = Vec::new();
    keys(&json, "doc", &mut found);
    let want: &[(&str, &[&str])] = &[
        ("doc", &["published", "people", "organisations", "provinces", "dates", "figures", "legal_refs", "facts"]),
        ("doc.people", &["name", "honorific", "gender", "titles", "degrees", "mentions"]),
        ("doc.organisations", &["name", "acronym", "aliases", "mentions"]),
        ("doc.provinces", &["name", "kind", "gso_code", "era", "merged_into", "mentions"]),
        ("doc.dates", &["text", "value", "part_of_day", "time", "mentions"]),
        ("doc.figures", &["text", "value", "unit", "kind", "value_max", "qualifier", "mentions"]),
        ("doc.legal_refs", &["text", "kind", "number", "issuer", "date", "mentions"]),
        ("doc.facts", &["span", "date", "subject", "verb", "figures"]),
        ("doc.facts.figures", &["text", "value", "unit", "kind", "value_max", "qualifier", "mentions"]),
    ];
    for (path, fields) in want {
        let seen: Vec<_> = found.iter().filter(|(p, _)| p == path).collect();
        assert!(!seen.is_empty(), "the text gives no {path}: {json}");
        for (_, k) in seen {
            let mut k = k.clone();
            let mut f: Vec<String> = fields.iter().map(|s| s.to_string()).collect();
            k.sort();
            f.sort();
            assert_eq!(k, f, "{path}");
        }
    }
    // Both a null and a value occur for the optional fields, in one shape.
    assert!(json["people"][0]["gender"] == "male" && json["organisations"][0]["acronym"].is_null());
    assert!(json["figures"].as_array().unwrap().iter().any(|f| f["qualifier"].is_null()));
    // Reading back: missing fields take their empty values.
    let lean: Document = serde_json::from_str(r#"{"people": [{"name": "Lò Văn Giàng"}]}"#).unwrap();
    assert_eq!(lean.people[0], Person::new("Lò Văn Giàng"));
    assert_eq!(serde_json::from_value::<Document>(json).unwrap(), doc);
}

#[test]
fn closed_sets_are_enums() {
    let doc =
        Extractor::new().extract("Tỉnh Cà Mau chi 12 tỷ đồng, đạt 95%, xây 30 km đường và 125 căn nhà; TP Cần Thơ.");
    let kinds: Vec<(String, FigureKind)> = doc.figures.iter().map(|f| (f.unit.clone(), f.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("VND".to_string(), FigureKind::Money),
            ("%".to_string(), FigureKind::Percent),
            ("km".to_string(), FigureKind::Measure),
            ("căn nhà".to_string(), FigureKind::Count)
        ]
    );
    assert_eq!(doc.provinces[0].kind, ProvinceKind::Province);
    assert_eq!(doc.provinces[1].kind, ProvinceKind::City);
    assert_eq!(doc.provinces[1].kind.word(), "thành phố");
    assert_eq!(doc.provinces[0].era, Era::Pre2025);
    let json = serde_json::to_string(&doc.figures[0]).unwrap();
    assert!(json.contains(r#""kind":"money""#), "{json}");
    assert_eq!(serde_json::to_string(&Era::Since2025).unwrap(), r#""2025""#);
    assert_eq!(serde_json::to_string(&ProvinceKind::City).unwrap(), r#""city""#);
}

#[test]
fn users_build_items_with_constructors() {
    let mut doc = Document::default();
    let mut p = Person::new("Lâm Văn Mẫn");
    p.honorific = Some("ông".into());
    p.titles.push(Title::new("Bí thư", Some("Tỉnh ủy Sóc Trăng")));
    p.mentions.push(Mention::new(Span::new(4, 19), "my.rule"));
    doc.people.push(p);
    doc.organisations.push(Organisation::new("Tỉnh ủy Sóc Trăng"));
    doc.provinces.push(Province::from(lookup_province("Sóc Trăng").unwrap()));
    doc.dates.push(DateMention::new("ngày 20/11", "2024-11-20"));
    let figure = Figure::new("181 khoản viện trợ", 181.0, "khoản viện trợ", FigureKind::Count);
    doc.figures.push(figure.clone());
    doc.legal_refs.push(LegalRef::new("chỉ thị", "12-CT/TW"));
    let mut fact = Fact::new(Span::new(0, 40));
    fact.figures.push(figure);
    doc.facts.push(fact);
    assert_eq!(doc.provinces[0].merged_into.as_deref(), Some("Cần Thơ"));
    assert_eq!(doc.legal_refs[0].text, "chỉ thị số 12-CT/TW");
    let back: Document = serde_json::from_str(&serde_json::to_string(&doc).unwrap()).unwrap();
    assert_eq!(back, doc);
}

/// A type of the user's that holds the batch iterator: it can be named.
struct Batch<'a> {
    docs: ExtractMany<std::vec::IntoIter<&'a str>>,
}

#[test]
fn extract_many_takes_borrowed_texts_and_has_a_name() {
    let dir = std::env::temp_dir().join(format!("viet-extract-contract-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("lines.txt");
    std::fs::write(&path, "Tại Hà Nội.\nTại Cà Mau.\nTại Huế.\n").unwrap();
    let file = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = file.lines().collect();
    let ex = Extractor::new();
    let batch = Batch { docs: ex.extract_many(lines.clone()).threads(2) };
    let names: Vec<String> = batch.docs.map(|d| d.provinces[0].name.clone()).collect();
    assert_eq!(names, ["Hà Nội", "Cà Mau", "Thừa Thiên Huế"]);
    // Borrowed twice over, and owned, give the same.
    let by_ref: Vec<Document> = ex.extract_many(lines.iter()).collect();
    let owned: Vec<Document> = ex.extract_many(lines.iter().map(|s| s.to_string())).threads(1).collect();
    assert_eq!(by_ref, owned);
    assert!(format!("{:?}", ex.extract_many(lines)).starts_with("ExtractMany"));
}

#[test]
fn debug_of_an_extractor_is_one_short_line() {
    let ex = Extractor::builder().organisation("Hội Nông dân Việt Nam", None).surname("Lò").build().unwrap();
    for s in [format!("{:?}", Extractor::new()), format!("{ex:?}")] {
        assert!(!s.contains('\n') && s.len() < 200, "{s}");
    }
    assert!(format!("{ex:?}").contains("extra_entries: 2"));
}

#[test]
fn every_form_the_extractor_finds_is_looked_up() {
    let ex = Extractor::new();
    let mut checked = 0;
    let mut failures = Vec::new();
    for record in provinces() {
        for alias in &record.aliases {
            for kind in ["", "tỉnh ", "thành phố ", "TP. ", "Thành phố "] {
                let form = format!("{kind}{alias}");
                let doc = ex.extract(&format!("Đoàn công tác đến {form} hôm qua."));
                let Some(found) = doc.provinces.first() else { continue };
                checked += 1;
                match lookup_province(&form) {
                    Some(r) if r.name == found.name => {}
                    other => failures.push(format!(
                        "{form:?}: extractor {}, lookup {:?}",
                        found.name,
                        other.map(|r| &r.name)
                    )),
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} forms found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn provinces_answer_for_either_era() {
    assert_eq!(lookup_province("thành phố Hồ Chí Minh").unwrap().gso_code, "79");
    assert_eq!(lookup_province_in("Bà Rịa - Vũng Tàu", Era::Since2025).unwrap().name, "Hồ Chí Minh");
    assert_eq!(lookup_province_in("Cần Thơ", Era::Since2025).unwrap().era, Era::Since2025);
    assert!(lookup_province_in("Tây Nguyên", Era::Pre2025).is_none());
    let json = serde_json::to_value(lookup_province("Huế").unwrap()).unwrap();
    assert_eq!(json["name"], "Thừa Thiên Huế");
    assert_eq!(json["era"], "pre2025");
    assert!(json["aliases"].as_array().unwrap().iter().any(|a| a == "Huế"));
}

#[test]
fn offsets_in_chars_index_the_text_as_python_does() {
    // NFD input and an emoji: code points differ from bytes and from NFC.
    let text: String = "😀 Chiều 3/11, Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn tiếp đoàn, chi 5 tỷ đồng.".nfd().collect();
    let doc = Extractor::new().extract(&text);
    let by_char = doc.clone().with_char_offsets(&text);
    let chars: Vec<char> = text.chars().collect();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let by_unit = doc.clone().with_utf16_offsets(&text);
    let spans: Vec<Span> = doc.spans().collect();
    assert!(spans.len() > 5);
    for ((b, c), u) in spans.iter().zip(by_char.spans()).zip(by_unit.spans()) {
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), &text[b.range()]);
        assert_eq!(String::from_utf16(&utf16[u.start..u.end]).unwrap(), &text[b.range()]);
    }
}
