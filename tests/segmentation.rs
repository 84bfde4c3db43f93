//! Word segmentation, case by case (docs/segmentation.md). Every sentence
//! here was written for these tests.

use viet_extract::normalise::{normalise as normalize, ToneStyle};
use viet_extract::tokenise::{segment_words, segment_words_with, tokenise as tokenize};

/// `text` segmented, words joined by " | ".
fn seg(text: &str) -> String {
    segment_words(text).into_iter().map(|r| &text[r]).collect::<Vec<_>>().join(" | ")
}

/// Checks each (input, expected) pair and reports every mismatch at once.
fn table(cases: &[(&str, &str)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(text, want)| {
            let got = seg(text);
            (got != *want).then(|| format!("  {text}\n    want {want}\n    got  {got}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{} of {} wrong:\n{}", wrong.len(), cases.len(), wrong.join("\n"));
}

#[test]
fn ellipses_are_one_token() {
    table(&[
        ("Chúng tôi chờ mãi... rồi về.", "Chúng tôi | chờ | mãi | ... | rồi | về | ."),
        ("Trời mưa…", "Trời | mưa | …"),
        ("Còn nữa....", "Còn | nữa | ...."),
        // Two sentences: the period ends one, the next capital starts one.
        ("Xong. Về.", "Xong | . | Về | ."),
    ]);
}

#[test]
fn numbers_with_separators_stay_whole() {
    table(&[
        ("Tỉnh thu 2.500 tỉ đồng, tăng 7,5%.", "Tỉnh | thu | 2.500 | tỉ | đồng | , | tăng | 7,5% | ."),
        ("Ngày 30-4-2004 lúc 10:30", "Ngày | 30-4-2004 | lúc | 10:30"),
        ("nhà số 5/10 hẻm 12", "nhà | số | 5/10 | hẻm | 12"),
        // Spaced out, the dash is a word of its own.
        ("từ 20 - 30 người", "từ | 20 | - | 30 | người"),
        // Hyphens inside a group written without spaces.
        ("xe 51H-123.45 và môn wai-kru", "xe | 51H-123.45 | và | môn | wai-kru"),
        ("dịch COVID-19 và cúm H5N1", "dịch | COVID-19 | và | cúm | H5N1"),
    ]);
}

#[test]
fn abbreviations_keep_their_period() {
    table(&[
        ("GS. TS Lê Văn Minh đến TP. HCM.", "GS. | TS | Lê Văn Minh | đến | TP. | HCM | ."),
        ("Ông H. cho biết như vậy.", "Ông | H. | cho | biết | như vậy | ."),
        // A syllable with a vowel before a period ends the sentence.
        ("Họ về quê. Trời mưa.", "Họ | về | quê | . | Trời | mưa | ."),
    ]);
}

#[test]
fn names_are_one_word() {
    table(&[
        // Places and people, inside a sentence.
        ("Đoàn khách từ Hà Nội đến Lạng Sơn", "Đoàn | khách | từ | Hà Nội | đến | Lạng Sơn"),
        ("Bà Nguyễn Thị Lan về quê ở Cà Mau.", "Bà | Nguyễn Thị Lan | về | quê | ở | Cà Mau | ."),
        ("gặp ông Đỗ Văn Khải tại nhà", "gặp | ông | Đỗ Văn Khải | tại | nhà"),
        // At a sentence's start a name keeps its first syllable…
        ("Hải Phòng là thành phố cảng.", "Hải Phòng | là | thành phố | cảng | ."),
        // …but a word that stands before names is the sentence's capital.
        ("Ông Trần Văn Minh cho biết.", "Ông | Trần Văn Minh | cho | biết | ."),
        ("Tại Đà Nẵng, trời nắng.", "Tại | Đà Nẵng | , | trời | nắng | ."),
        // Not across a sentence's end nor a line break.
        ("Nhà máy ở Lạng Sơn. Hôm nay nghỉ.", "Nhà máy | ở | Lạng Sơn | . | Hôm nay | nghỉ | ."),
        ("quê ở Lạng\nSơn La thì xa", "quê | ở | Lạng | Sơn La | thì | xa"),
        // A body's name: head, then words capitalised on their first syllable.
        ("làm việc với Sở Y tế", "làm việc | với | Sở | Y tế"),
        ("báo cáo Bộ Tài chính", "báo cáo | Bộ | Tài chính"),
        // Acronyms stay apart from the name beside them.
        ("võ sĩ Muay Thái VN", "võ sĩ | Muay Thái | VN"),
    ]);
}

#[test]
fn the_best_path_beats_greedy_matching() {
    // Greedy longest match takes "không trung" (the sky), "có điều" and
    // "mất sức", leaving the next word a syllable short.
    table(&[
        ("Anh ấy không trung thực với bạn bè.", "Anh | ấy | không | trung thực | với | bạn bè | ."),
        ("Gia đình có điều kiện thì cho con đi học.", "Gia đình | có | điều kiện | thì | cho | con | đi | học | ."),
        ("Công nhân mất sức lao động được trợ cấp.", "Công nhân | mất | sức lao động | được | trợ cấp | ."),
        // Without the ambiguity the word stands.
        ("Khi bay trên không trung, chim hót.", "Khi | bay | trên | không trung | , | chim | hót | ."),
    ]);
}

#[test]
fn function_words_stay_apart() {
    // Vocabulary entries that would swallow a function word ("nói gì",
    // "gọi là") lose to the two words when these are likelier. ("Ông ta" is
    // one pronoun: see a_term_and_ta_are_one_pronoun.)
    table(&[("Anh nói gì thế?", "Anh | nói | gì | thế | ?"), ("Ông ta gọi là cơm.", "Ông ta | gọi | là | cơm | .")]);
}

#[test]
fn spelling_variants_segment_alike() {
    // Reformed tone placement and decomposed letters are normalised first;
    // ranges point into the caller's text.
    for text in ["Nền hoà bình lâu dài", "Nền hòa bình lâu dài", "Nền ho\u{300}a bi\u{300}nh lâu dài"] {
        let words: Vec<&str> = segment_words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(words.len(), 3, "{text}: {words:?}");
        assert_eq!(words[1].split_whitespace().count(), 2, "{text}: {words:?}");
        assert_eq!(words[2], "lâu dài");
    }
}

#[test]
fn words_cover_the_text_in_order() {
    let text = "  Ông Lâm Văn Mẫn – Bí thư, nói: “Hà Nội... đẹp!” (2.500 người) a@b.vn\nVF9 ";
    let words = segment_words(text);
    let mut last = 0;
    for r in &words {
        assert!(r.start >= last && r.end > r.start, "{words:?}");
        assert!(text[last..r.start].chars().all(char::is_whitespace), "{:?}", &text[last..r.start]);
        last = r.end;
    }
    assert!(text[last..].chars().all(char::is_whitespace));
}

#[test]
fn segment_words_with_takes_tokens() {
    let norm = normalize("Đoàn khách từ Hà Nội", ToneStyle::Traditional);
    let toks = tokenize(norm.as_str());
    let words: Vec<&str> = segment_words_with(norm.as_str(), &toks).into_iter().map(|r| &norm.as_str()[r]).collect();
    assert_eq!(words, ["Đoàn", "khách", "từ", "Hà Nội"]);
}

#[test]
fn a_term_and_ta_are_one_pronoun() {
    table(&[
        ("Hôm qua ông ta đã về quê.", "Hôm qua | ông ta | đã | về | quê | ."),
        ("Người ta nói cô ta giỏi.", "Người ta | nói | cô ta | giỏi | ."),
        ("Rồi hắn ta bỏ đi.", "Rồi | hắn ta | bỏ | đi | ."),
        // "ta" as "we, our" after a word that is not such a term.
        ("Quê hương ta đẹp lắm.", "Quê hương | ta | đẹp | lắm | ."),
        ("Con ta đi học.", "Con | ta | đi | học | ."),
    ]);
}
