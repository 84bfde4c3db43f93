//! No input panics: random strings over an alphabet chosen to hit the
//! recognisers' edges (Vietnamese letters, combining marks, digits with
//! separators, slashes and dashes, HTML bits, role and honorific words),
//! and pathological repetitions. Deterministic (a fixed xorshift seed), so a
//! failure can be replayed; the failing input is printed.

use viet_extract::normalise::{normalise, ToneStyle};
use viet_extract::tokenise::{segment_words, sentences, tokenise};
use viet_extract::Extractor;

const PIECES: &[&str] = &[
    "Nguyễn",
    "Văn",
    "Chủ tịch",
    "Bí thư",
    "ông",
    "bà",
    "UBND",
    "tỉnh",
    "Sóc Trăng",
    "TP.",
    "HCM",
    "Hà Nội",
    "Liên hiệp",
    "các",
    "tổ chức",
    "(VUFO)",
    "ngày",
    "tháng",
    "năm",
    "hôm nay",
    "từ",
    "đến",
    "và",
    "trên",
    "hơn",
    "gần",
    "tỷ",
    "triệu",
    "đồng",
    "%",
    "km/h",
    "độ C",
    "hai",
    "mươi",
    "lăm",
    "trăm",
    "số",
    "Chỉ thị",
    "Nghị quyết",
    "của",
    "Ban Bí thư",
    "1",
    "12",
    "2024",
    "31",
    "/",
    "//",
    "-",
    "–",
    ".",
    ",",
    ":",
    "(",
    ")",
    "\n",
    " ",
    "  ",
    "&nbsp;",
    "&#x1EA1;",
    "&amp",
    "<br>",
    "</p",
    "\u{300}",
    "\u{301}",
    "\u{323}",
    "\u{309}",
    "\u{303}",
    "\u{200B}",
    "\u{FEFF}",
    "a",
    "o",
    "u",
    "y",
    "hoà",
    "Uỷ",
    "khoẻ",
    "quý",
    "đ",
    "Đ",
    "2.500",
    "99,75",
    "09:25:27",
    "\u{1F600}",
    "é",
    "\u{FFFD}",
    "GS.TS",
    "Đại tá",
    "GMT+7",
    "|",
    "Quảng trường",
    "Cụm",
    "5",
    "quý I/2024",
    "6 tháng đầu năm",
    "nhiệm kỳ",
    "http://a.vn/x",
    "a@b.vn",
    "\"",
    "“",
    "”",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn check(ex: &Extractor, s: &str) {
    let result = std::panic::catch_unwind(|| {
        let doc = ex.extract(s);
        let n = normalise(s, ToneStyle::Reformed);
        let _ = n.to_original(0, n.as_str().len());
        let toks = tokenise(s);
        let _ = sentences(s, &toks);
        let _ = segment_words(s);
        for sp in doc.spans() {
            assert!(sp.start <= sp.end && sp.end <= s.len(), "span {sp:?} outside input");
            assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end), "span {sp:?} not on char boundaries");
        }
    });
    assert!(result.is_ok(), "panicked on input {s:?}");
}

#[test]
fn random_inputs_never_panic() {
    let ex = Extractor::new();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = (rng.next() % 40) as usize;
        let mut s = String::new();
        for _ in 0..len {
            s.push_str(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
            if rng.next() % 3 == 0 {
                s.push(' ');
            }
        }
        check(&ex, &s);
    }
}

#[test]
fn pathological_inputs_never_panic() {
    let ex = Extractor::new();
    for piece in
        ["Nguyễn ", "Chủ tịch ", "1.", "a\u{301}\u{301}\u{301}", "<b", "&#", "UBND tỉnh ", "Liên hiệp các ", "31/"]
    {
        check(&ex, &piece.repeat(2000));
    }
    check(&ex, &"x".repeat(20_000));
    check(&ex, "");
    // A chain of family names and forms of address, each of which could
    // open the next name ("… Nguyễn Ông Nguyễn Ông …"): no name is read
    // from inside another's reading, so the chain's length costs no stack.
    for piece in ["Nguyễn Ông ", "Ông Nguyễn Văn ", "Bà Trần Ông Lê Anh Phạm "] {
        check(&ex, &piece.repeat(30_000));
    }
}

/// Inputs that once failed a fuzz target (`fuzz/`), kept as they were found.
fn regressions(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions").join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.is_file())
        .filter_map(|p| Some((p.display().to_string(), std::fs::read(&p).ok()?)))
        .collect();
    out.sort();
    out
}

#[test]
fn fuzz_regressions_hold() {
    let ex = Extractor::new();
    for (_, bytes) in regressions("extract").into_iter().chain(regressions("tokenize")) {
        check(&ex, &String::from_utf8_lossy(&bytes));
    }
    let found = regressions("normalize");
    assert!(!found.is_empty(), "the normalisation regressions are missing");
    for (path, bytes) in found {
        let text = String::from_utf8_lossy(&bytes);
        check(&ex, &text);
        for style in [ToneStyle::Traditional, ToneStyle::Reformed] {
            let once = normalise(&text, style).as_str().to_string();
            // Removing a tag or decoding an entity may make a new one.
            if !once.contains(['&', '<']) {
                assert_eq!(normalise(&once, style).as_str(), once, "{path}: normalising twice changed the text");
            }
        }
    }
}

#[test]
fn a_mark_that_does_not_compose_keeps_its_syllable() {
    // "oà" + a tilde: moving the grave would move the tilde's letter too.
    let s = "đoà\u{303} hoà";
    let once = normalise(s, ToneStyle::Traditional).as_str().to_string();
    assert_eq!(once, "đoà\u{303} hòa");
    assert_eq!(normalise(&once, ToneStyle::Traditional).as_str(), once);
}
