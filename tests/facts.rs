//! Facts: who or what a figure is about (subject), the predicate that
//! states it (verb) and its date. Table tests in the crate's own sentences,
//! one per phenomenon of `docs/facts.md`.

use viet_extract::{Document, Extractor, Fact};

/// The fact holding the figure whose text contains `figure`.
fn fact_of<'d>(doc: &'d Document, figure: &str) -> Option<&'d Fact> {
    doc.facts.iter().find(|f| f.figures.iter().any(|g| g.text.contains(figure)))
}

/// (text, publication date, figure, subject, verb, date); `None` where the
/// fact must have none.
type Case =
    (&'static str, &'static str, &'static str, Option<&'static str>, Option<&'static str>, Option<&'static str>);

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for (n, (text, published, figure, subject, verb, date)) in cases.iter().enumerate() {
        let doc = Extractor::new().extract_published(text, published).expect("a valid date");
        let Some(f) = fact_of(&doc, figure) else {
            failures.push(format!("case {n}: no fact holds {figure:?} in {text:?}"));
            continue;
        };
        let got = (f.subject.as_deref(), f.verb.as_deref(), f.date.as_deref());
        if got != (*subject, *verb, *date) {
            failures.push(format!(
                "case {n}: {figure:?} in {text:?}\n    got  {got:?}\n    want {:?}",
                (subject, verb, date)
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// Point 1: the subject is the noun phrase before the predicate, cut at the
/// clause boundary, without conjunctions, frames or leading adverbials.
#[test]
fn subjects_are_noun_phrases() {
    check(&[
        (
            "Năm 2023, tổng kim ngạch xuất khẩu của tỉnh đạt 2,5 tỷ USD.",
            "2024-01-10",
            "2,5 tỷ USD",
            Some("tổng kim ngạch xuất khẩu của tỉnh"),
            Some("đạt"),
            Some("2023"),
        ),
        // A conditional clause is not the subject of the main clause.
        (
            "Nếu khách hàng mua trên 5 triệu đồng, cửa hàng tặng thêm 2 phiếu giảm giá.",
            "2024-01-10",
            "2 phiếu",
            Some("cửa hàng"),
            Some("tặng"),
            None,
        ),
        (
            "Nếu khách hàng mua trên 5 triệu đồng, cửa hàng tặng thêm 2 phiếu giảm giá.",
            "2024-01-10",
            "5 triệu đồng",
            Some("khách hàng"),
            Some("mua"),
            None,
        ),
        // Leading adverbials and a leading phrase of place go.
        ("Hiện giá vàng miếng đã tăng 5%.", "2024-01-10", "5%", Some("giá vàng miếng"), Some("tăng"), None),
        (
            "Tại hội chợ này giá mỗi vé là 50.000 đồng.",
            "2024-01-10",
            "50.000 đồng",
            Some("giá mỗi vé"),
            Some("là"),
            None,
        ),
        // The copula ends a subject read leftwards; a demonstrative alone is none.
        ("Đây là con đường dài 12 km.", "2024-01-10", "12 km", Some("con đường"), Some("dài"), None),
        // A figure that opens its clause is its own subject.
        (
            "Khoảng 300 người đã sơ tán khỏi vùng lũ.",
            "2024-01-10",
            "300 người",
            Some("Khoảng 300 người"),
            Some("sơ tán"),
            None,
        ),
        // Coordinated predicates share the subject of the first.
        (
            "Năm 2023, doanh thu của công ty đạt 500 tỷ đồng, tăng 12% so với năm trước.",
            "2024-01-10",
            "12%",
            Some("doanh thu của công ty"),
            Some("tăng"),
            Some("2023"),
        ),
        (
            "Ban quản lý chợ sẽ sửa lại mái che, lắp thêm 40 camera giám sát.",
            "2024-01-10",
            "40 camera",
            Some("Ban quản lý chợ"),
            Some("lắp"),
            None,
        ),
        // A phrase of time before the clause has no predicate of its own;
        // the period it names ("7 ngày qua", up to the publication date) is
        // the clause's date.
        (
            "Trong 7 ngày qua, toàn huyện ghi nhận thêm 9 ca sốt xuất huyết.",
            "2024-01-10",
            "7 ngày",
            Some("toàn huyện"),
            None,
            Some("2024-01-03/2024-01-10"),
        ),
        // The agent after "bị" is not the subject.
        (
            "Năm 2021, Tuấn bị Tòa án nhân dân huyện xử phạt 12 tháng tù.",
            "2024-01-10",
            "12 tháng",
            Some("Tuấn"),
            Some("xử phạt"),
            Some("2021"),
        ),
        // A purpose clause takes the subject of the clause it serves.
        (
            "Người bệnh phải ở lại để theo dõi 30 phút.",
            "2024-01-10",
            "30 phút",
            Some("Người bệnh"),
            Some("theo dõi"),
            None,
        ),
    ]);
}

/// Point 1: pronouns and short forms stand for the entity named before.
#[test]
fn subjects_resolve_pronouns_and_short_forms() {
    check(&[
        // "ông" → the man named before.
        (
            "Năm 2020, ông Trần Văn Nam mua một mảnh đất. Năm 2022, ông bán 2 căn nhà.",
            "2024-01-10",
            "2 căn nhà",
            Some("Trần Văn Nam"),
            Some("bán"),
            Some("2022"),
        ),
        // A person behind a title.
        (
            "Bí thư Tỉnh ủy Lâm Văn Mẫn trao 50 suất quà cho hộ nghèo.",
            "2024-01-10",
            "50 suất quà",
            Some("Lâm Văn Mẫn"),
            Some("trao"),
            None,
        ),
        // "đơn vị này" → the body named before; an acronym → the body's name.
        (
            "Công ty Cổ phần Thủy sản Minh Phú có 3 nhà máy. Năm 2023, đơn vị này xuất khẩu 20.000 tấn tôm.",
            "2024-01-10",
            "20.000 tấn",
            Some("Công ty Cổ phần Thủy sản Minh Phú"),
            Some("xuất khẩu"),
            Some("2023"),
        ),
        (
            "Công ty Cổ phần Thủy sản Minh Phú (MPC) có 3 nhà máy. Năm 2023, MPC xuất khẩu 20.000 tấn tôm.",
            "2024-01-10",
            "20.000 tấn",
            Some("Công ty Cổ phần Thủy sản Minh Phú"),
            Some("xuất khẩu"),
            Some("2023"),
        ),
        // "tỉnh" → the province named before.
        (
            "Tỉnh Quảng Ngãi có nhiều rừng phòng hộ. Năm nay, tỉnh trồng mới 3.000 ha rừng.",
            "2024-01-10",
            "3.000 ha",
            Some("tỉnh Quảng Ngãi"),
            Some("trồng mới"),
            Some("2024"),
        ),
        // "tỉnh" is never a centrally governed city named since, nor
        // "thành phố" a province.
        (
            "Đoàn công tác tỉnh Đồng Nai làm việc tại TP Hồ Chí Minh. Năm nay, tỉnh chi 450 tỷ đồng cho đường vành đai.",
            "2024-01-10",
            "450 tỷ đồng",
            Some("tỉnh Đồng Nai"),
            Some("chi"),
            Some("2024"),
        ),
        (
            "Lãnh đạo TP Cần Thơ tiếp đoàn tỉnh Hậu Giang. Năm nay, thành phố dành 120 tỷ đồng cho kè sông.",
            "2024-01-10",
            "120 tỷ đồng",
            Some("thành phố Cần Thơ"),
            Some("dành"),
            Some("2024"),
        ),
        // "tôi", "bạn" stay as written.
        ("Khi bạn bán được 4 chiếc xe, mọi thứ sẽ khác.", "2024-01-10", "4 chiếc xe", Some("bạn"), Some("bán"), None),
    ]);
}

/// Point 2: verbs are whole predicates without auxiliaries; a figure in a
/// noun phrase with no predicate of its own has none.
#[test]
fn verbs_are_predicates() {
    check(&[
        (
            "Công an phường bắt quả tang 3 đối tượng đánh bạc.",
            "2024-01-10",
            "3 đối tượng",
            Some("Công an phường"),
            Some("bắt quả tang"),
            None,
        ),
        (
            "Chiếc đồng hồ cổ có giá 2.000 USD.",
            "2024-01-10",
            "2.000 USD",
            Some("Chiếc đồng hồ cổ"),
            Some("có giá"),
            None,
        ),
        // A noun between the predicate and its figure.
        ("Nhà máy có công suất 500 tấn mỗi ngày.", "2024-01-10", "500 tấn", Some("Nhà máy"), Some("có"), None),
        (
            "Năm 2022, 300 triệu cổ phiếu của công ty được đưa vào giao dịch.",
            "2024-01-10",
            "300 triệu cổ phiếu",
            Some("300 triệu cổ phiếu của công ty"),
            Some("đưa vào giao dịch"),
            Some("2022"),
        ),
        // A word after an aspect word is a predicate even when no list holds it.
        (
            "Khoảng 20 hộ dân đã di cư lên vùng cao.",
            "2024-01-10",
            "20 hộ",
            Some("Khoảng 20 hộ dân"),
            Some("di cư"),
            None,
        ),
        // Negation stays in the verb.
        ("Công ty không có 5 tỷ đồng để trả nợ.", "2024-01-10", "5 tỷ đồng", Some("Công ty"), Some("không có"), None),
        // Verbs in a row make one predicate.
        (
            "Ban tổ chức dự kiến đón 20.000 lượt khách.",
            "2024-01-10",
            "20.000 lượt khách",
            Some("Ban tổ chức"),
            Some("dự kiến đón"),
            None,
        ),
        // "với": the figure sits in a noun phrase.
        (
            "Công ty có 200 công nhân, với tổng quỹ lương 3 tỷ đồng mỗi tháng.",
            "2024-01-10",
            "3 tỷ đồng",
            Some("Công ty"),
            None,
            None,
        ),
        // An age in brackets describes the name before it.
        ("Ông Lê Văn Hòa (35 tuổi) mở cửa hàng tạp hóa.", "2024-01-10", "35 tuổi", Some("Lê Văn Hòa"), None, None),
        // An age right after a name is that person's.
        ("Bà Nguyễn Thị Lan, 58 tuổi, bị thương nhẹ.", "2024-01-10", "58 tuổi", Some("Nguyễn Thị Lan"), None, None),
        (
            "Bệnh viện vừa cứu sống bệnh nhân Lò Thị M. 7 ngày tuổi.",
            "2024-01-10",
            "7 ngày",
            Some("Lò Thị M"),
            None,
            None,
        ),
        // The measure of a noun phrase with no predicate.
        (
            "Theo báo cáo, tỷ lệ nợ xấu 1,8%, thấp hơn năm trước.",
            "2024-01-10",
            "1,8%",
            Some("tỷ lệ nợ xấu"),
            None,
            None,
        ),
        // A nominaliser makes a verb a noun: "mức giảm" is no predicate.
        ("Cổ phiếu của hãng đóng cửa với mức giảm 2%.", "2024-01-10", "2%", Some("Cổ phiếu của hãng"), None, None),
    ]);
}

/// Lists, brackets, equivalents and causatives.
#[test]
fn lists_brackets_and_causatives() {
    check(&[
        (
            "Lực lượng chức năng thu giữ 12 xe máy, 30 điện thoại và 45 bộ bài.",
            "2024-01-10",
            "45 bộ bài",
            Some("Lực lượng chức năng"),
            Some("thu giữ"),
            None,
        ),
        // A count before a bracketed predicate is what the bracket is about.
        (
            "Huyện có 120 trường học (chiếm 30% số trường toàn tỉnh).",
            "2024-01-10",
            "30%",
            Some("120 trường học"),
            Some("chiếm"),
            None,
        ),
        // An equivalent restates the quantity before it: same subject.
        (
            "Năm 2023, tổng vốn của dự án là 23.000 tỷ đồng (tương đương 1 tỷ USD).",
            "2024-01-10",
            "1 tỷ USD",
            Some("tổng vốn của dự án"),
            Some("tương đương"),
            Some("2023"),
        ),
        // "A vận động B ủng hộ N": the statement is A's.
        (
            "Hội Chữ thập đỏ vận động các nhà hảo tâm ủng hộ 500 triệu đồng.",
            "2024-01-10",
            "500 triệu đồng",
            Some("Hội Chữ thập đỏ"),
            Some("vận động"),
            None,
        ),
        // A name with a figure in brackets in a list takes the list's verb.
        (
            "Thị phần tập trung ở các hãng như Alpha (chiếm 40%), Beta (25%).",
            "2024-01-10",
            "25%",
            Some("Beta"),
            Some("chiếm"),
            None,
        ),
    ]);
    // One fact for the figures of one list.
    let doc = Extractor::new()
        .extract_published("Lực lượng chức năng thu giữ 12 xe máy, 30 điện thoại và 45 bộ bài.", "2024-01-10")
        .expect("a valid date");
    let f = fact_of(&doc, "12 xe máy").expect("a fact");
    assert_eq!(f.figures.len(), 3, "{:?}", doc.facts);
}

/// Point 4: reported speech: the speaker is not the subject of what they
/// report.
#[test]
fn reported_speech() {
    check(&[
        (
            "Ông Nguyễn Văn Bình cho biết, doanh thu quý I của công ty đạt 120 tỷ đồng.",
            "2024-04-10",
            "120 tỷ đồng",
            Some("doanh thu quý I của công ty"),
            Some("đạt"),
            // "quý I" without a year is the first quarter of the year of publication.
            Some("2024-01/2024-03"),
        ),
        (
            "Bà Lê Thị Mai nói rằng 45 hộ dân đã nhận tiền hỗ trợ.",
            "2024-04-10",
            "45 hộ",
            Some("45 hộ dân"),
            Some("nhận"),
            None,
        ),
        (
            "Theo Sở Y tế, 12 bệnh nhân đã xuất viện.",
            "2024-04-10",
            "12 bệnh nhân",
            Some("12 bệnh nhân"),
            Some("xuất viện"),
            None,
        ),
        (
            "\"Đội đã giành 30 điểm sau lượt đi\", ông Hoàng Minh nói.",
            "2024-04-10",
            "30 điểm",
            Some("Đội"),
            Some("giành"),
            None,
        ),
    ]);
}

/// Point 3: the date of the clause, or one that clearly governs it; across
/// paragraphs only when the text says so; none rather than a wrong one.
#[test]
fn dates_of_statements() {
    check(&[
        // The date of the sentence.
        (
            "Sáng 5/3, Công an huyện thu giữ 200 kg pháo.",
            "2024-03-06",
            "200 kg",
            Some("Công an huyện"),
            Some("thu giữ"),
            Some("2024-03-05"),
        ),
        // A date after the figure in its clause.
        (
            "Giá xăng tăng 500 đồng mỗi lít từ ngày 1/4.",
            "2024-04-02",
            "500 đồng",
            Some("Giá xăng"),
            Some("tăng"),
            Some("2024-04-01"),
        ),
        // A baseline is not the date of the statement.
        ("Doanh thu tăng 8% so với năm 2022.", "2024-01-10", "8%", Some("Doanh thu"), Some("tăng"), None),
        // Nor is a birth year.
        ("Ông Phạm Văn Lâm (sinh năm 1970) nuôi 300 con bò.", "2024-01-10", "300 con bò", Some("Phạm Văn Lâm"), Some("nuôi"), None),
        // A date that opens a sentence governs the next ones of its paragraph.
        (
            "Ngày 12/5, đoàn kiểm tra làm việc tại xã. Đoàn phát hiện 4 vi phạm về an toàn thực phẩm.",
            "2024-05-13",
            "4 vi phạm",
            Some("Đoàn"),
            Some("phát hiện"),
            Some("2024-05-12"),
        ),
        // … but not the next paragraph, and never the publication date by default.
        (
            "Ngày 12/5, đoàn kiểm tra làm việc tại xã.\n\nXã có 200 hộ nuôi tôm.",
            "2024-05-13",
            "200 hộ",
            Some("Xã"),
            Some("có"),
            None,
        ),
        // "Cùng ngày" carries the date across paragraphs.
        (
            "Sáng 3/6, xã An Bình ra quân dọn vệ sinh.\n\nCùng ngày, huyện trồng 2.000 cây xanh.",
            "2024-06-04",
            "2.000 cây",
            Some("huyện"),
            Some("trồng"),
            Some("2024-06-03"),
        ),
        // A date of statistics holds until another date is named.
        (
            "Tính đến ngày 30/6, cả nước có 1.200 doanh nghiệp mới.\n\nTrong số này, 300 doanh nghiệp hoạt động trong lĩnh vực xây dựng.",
            "2024-07-02",
            "300 doanh nghiệp",
            Some("300 doanh nghiệp"),
            Some("hoạt động"),
            Some("2024-06-30"),
        ),
        // The headline and the lead take the date of the paragraph that reports the event.
        (
            "Bắt giữ 5 đối tượng trộm cắp xe máy\nCông an huyện Lục Nam đã bắt giữ 5 đối tượng trộm cắp xe máy.\nTối 2/8, tổ công tác phát hiện nhóm đối tượng tại chợ.",
            "2024-08-03",
            "5 đối tượng",
            None,
            Some("bắt giữ"),
            Some("2024-08-02"),
        ),
    ]);
}

/// Point 3, the event of the lead: the first day the lead names is the day
/// of the event the article reports. After an event of talk (a meeting, a
/// conference, an interview) every statement with no date of its own is of
/// that day; after another event only what is reported as said, and the
/// event's own sentence. Another day, or a date that opens a sentence,
/// ends its reach; a plan ("sẽ … vào ngày 20/5") is no event.
#[test]
fn event_of_the_lead() {
    check(&[
        // An event of talk: the statements after it are of its day.
        (
            "Sáng 12/3, Sở Công Thương tỉnh Bình Định tổ chức hội nghị tổng kết công tác năm 2023.\nToàn tỉnh hiện có 14 chợ đầu mối nông sản.",
            "2024-03-13",
            "14 chợ",
            Some("tỉnh Bình Định"),
            Some("có"),
            Some("2024-03-12"),
        ),
        // A year inside a name is not the lead's date; "sáng nay (25/4)" is.
        (
            "Đại hội đồng cổ đông thường niên năm 2024 của Công ty Cổ phần Thép Miền Trung diễn ra sáng nay (25/4).\nCông ty hiện vận hành 3 nhà máy cán thép.",
            "2024-04-25",
            "3 nhà máy",
            Some("Công ty Cổ phần Thép Miền Trung"),
            Some("vận hành"),
            Some("2024-04-25"),
        ),
        // Another event: a plain statement after it has no date …
        (
            "Chiều 5/6, Công an huyện Ba Vì kiểm tra một cơ sở karaoke trên địa bàn.\nCơ sở này có 12 phòng hát.",
            "2024-06-06",
            "12 phòng",
            Some("Cơ sở này"),
            Some("có"),
            None,
        ),
        // … but what is reported as said takes the event's day.
        (
            "Chiều 5/6, Công an huyện Ba Vì kiểm tra một cơ sở karaoke trên địa bàn.\nĐại diện Công an huyện cho biết chủ cơ sở đã bị phạt 15 triệu đồng.",
            "2024-06-06",
            "15 triệu đồng",
            Some("chủ cơ sở"),
            Some("phạt"),
            Some("2024-06-05"),
        ),
        // The event's own sentence, a figure before its date.
        (
            "Nhằm hỗ trợ 20 hộ nghèo, sáng 3/4, Hội Nông dân xã Yên Lạc trao tặng bò giống.",
            "2024-04-04",
            "20 hộ",
            None,
            Some("hỗ trợ"),
            Some("2024-04-03"),
        ),
        // Another day ends the event's reach.
        (
            "Sáng 12/3, Sở Y tế tỉnh Hà Tĩnh tổ chức họp báo.\nNgày 2/3, bệnh viện tiếp nhận 3 ca ngộ độc thực phẩm.\nCác bệnh nhân đã điều trị 5 ngày.",
            "2024-03-13",
            "5 ngày",
            Some("Các bệnh nhân"),
            Some("điều trị"),
            None,
        ),
        // A plan is no event.
        (
            "Chuỗi siêu thị sẽ khai trương cửa hàng mới vào ngày 20/5.\nCửa hàng rộng 800 m2.",
            "2024-05-10",
            "800 m2",
            Some("Cửa hàng"),
            Some("rộng"),
            None,
        ),
    ]);
}

/// A measure after a comma with neither predicate nor noun of its own
/// belongs to the clause before it; a money or a measure alone in brackets
/// after another restates it in another unit and shares its reading.
#[test]
fn measures_set_after_a_clause() {
    check(&[
        (
            "Khu nghỉ dưỡng nằm trên một sườn đồi yên tĩnh, khoảng 12 km từ trung tâm thành phố.",
            "2024-05-10",
            "12 km",
            Some("Khu nghỉ dưỡng"),
            Some("nằm"),
            None,
        ),
        (
            "Năm 2023, doanh thu của công ty đạt 2 tỷ USD (48.000 tỷ đồng).",
            "2024-05-10",
            "48.000 tỷ đồng",
            Some("doanh thu của công ty"),
            Some("đạt"),
            Some("2023"),
        ),
        // A noun after the measure: its own phrase, not the clause before.
        (
            "Lũ dâng cao làm 40 ngôi nhà bị ngập, hơn 15 ha hoa màu bị vùi lấp.",
            "2024-05-10",
            "15 ha",
            Some("hơn 15 ha hoa màu"),
            Some("vùi lấp"),
            None,
        ),
    ]);
}
