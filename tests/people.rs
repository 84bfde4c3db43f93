//! People and titles in the orders Vietnamese news writes them. Numbered
//! cases; a failure prints what came out.

use viet_extract::Extractor;

/// A person as compared: name and (role, organisation) pairs.
type Found = (String, Vec<(String, Option<String>)>);

/// (case, text, [(name, [(role, organisation)])])
type Case = (u32, &'static str, &'static [(&'static str, &'static [(&'static str, Option<&'static str>)])]);

#[test]
fn orders() {
    let cases: &[Case] = &[
        (
            1,
            "Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn phát biểu.",
            &[("Lâm Văn Mẫn", &[("Bí thư", Some("Tỉnh ủy Sóc Trăng"))])],
        ),
        (
            2,
            "Tiếp đoàn có ông Lâm Văn Mẫn, Bí thư Tỉnh ủy Sóc Trăng.",
            &[("Lâm Văn Mẫn", &[("Bí thư", Some("Tỉnh ủy Sóc Trăng"))])],
        ),
        (
            3,
            "Ông Lâm Văn Mẫn - Bí thư Tỉnh ủy Sóc Trăng cho biết.",
            &[("Lâm Văn Mẫn", &[("Bí thư", Some("Tỉnh ủy Sóc Trăng"))])],
        ),
        (
            4,
            "Phó Chủ tịch - Tổng Thư ký VUFO Phan Anh Sơn báo cáo.",
            &[("Phan Anh Sơn", &[("Phó Chủ tịch", Some("VUFO")), ("Tổng Thư ký", Some("VUFO"))])],
        ),
        (
            5,
            "Bí thư Đảng đoàn, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) Nguyễn Phương Nga đến thăm.",
            &[(
                "Nguyễn Phương Nga",
                &[
                    ("Bí thư Đảng đoàn", Some("Liên hiệp các tổ chức hữu nghị Việt Nam")),
                    ("Chủ tịch", Some("Liên hiệp các tổ chức hữu nghị Việt Nam")),
                ],
            )],
        ),
        (
            6,
            "Ông Nguyễn Minh Luân, Phó Chủ tịch UBND tỉnh Cà Mau phát biểu.",
            &[("Nguyễn Minh Luân", &[("Phó Chủ tịch", Some("UBND tỉnh Cà Mau"))])],
        ),
        (
            7,
            "Đại tá Lương Hữu Trung - Phó Chỉ huy trưởng làm Trưởng đoàn.",
            &[("Lương Hữu Trung", &[("Đại tá", None), ("Phó Chỉ huy trưởng", None), ("Trưởng đoàn", None)])],
        ),
        (
            8,
            "Đại sứ đặc mệnh toàn quyền Cộng hòa Chile Sergio Narea tới Hà Nội.",
            &[("Sergio Narea", &[("Đại sứ đặc mệnh toàn quyền", Some("Cộng hòa Chile"))])],
        ),
        (9, "Lễ kỷ niệm ngày sinh đại thi hào Nga A.S. Pushkin.", &[("A.S. Pushkin", &[])]),
        (10, "Học sinh Trường THPT Chu Văn An đi trên đường Lê Lợi tới Quảng trường Hồ Chí Minh.", &[]),
        (11, "Tại Hội nghị, các đại biểu thảo luận. Theo Bí thư Tỉnh ủy, tỉnh sẽ tiếp tục.", &[]),
        (
            12,
            "Chủ tịch Hồ Chí Minh là lãnh tụ vĩ đại; TP Hồ Chí Minh mang tên Người.",
            &[("Hồ Chí Minh", &[("Chủ tịch", None), ("lãnh tụ", None)])],
        ),
        (
            13,
            "GS.TS Lê Quang Vinh, Giám đốc Bệnh viện Bạch Mai cho biết.",
            &[("Lê Quang Vinh", &[("Giám đốc", Some("Bệnh viện Bạch Mai"))])],
        ),
    ];
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (n, text, want) in cases {
        let doc = ex.extract(text);
        let got: Vec<Found> = doc
            .people
            .iter()
            .map(|p| (p.name.clone(), p.titles.iter().map(|t| (t.role.clone(), t.organisation.clone())).collect()))
            .collect();
        let want: Vec<Found> = want
            .iter()
            .map(|(n, ts)| (n.to_string(), ts.iter().map(|(r, o)| (r.to_string(), o.map(String::from))).collect()))
            .collect();
        if got != want {
            failures.push(format!("case {n}: {text:?}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "people orders:\n{}", failures.join("\n"));
}

#[test]
fn short_forms_and_title_only_mentions_merge() {
    let text = "Chủ tịch VUFO Nguyễn Phương Nga đến thăm. Chủ tịch VUFO nhận định tích cực. \
                Ông Lâm Văn Mẫn cảm ơn. Ông Mẫn mong rằng VUFO tiếp tục hỗ trợ.";
    let doc = Extractor::new().extract(text);
    assert_eq!(doc.people.len(), 2, "{:?}", doc.people);
    let nga = doc.people.iter().find(|p| p.name == "Nguyễn Phương Nga").unwrap();
    assert_eq!(nga.mentions.len(), 2, "the title-only mention joins: {:?}", nga.mentions);
    assert_eq!(&text[nga.mentions[1].span.range()], "Chủ tịch VUFO");
    let man = doc.people.iter().find(|p| p.name == "Lâm Văn Mẫn").unwrap();
    assert_eq!(man.mentions.len(), 2);
    assert_eq!(man.honorific.as_deref(), Some("ông"));
    // Two people with the same given name: "ông Hùng" stays apart.
    let doc = Extractor::new().extract("Ông Nguyễn Ngọc Hùng và ông Trần Văn Hùng dự họp. Ông Hùng phát biểu.");
    assert!(doc.people.iter().all(|p| p.mentions.len() == 1), "{:?}", doc.people);
}

/// Bylines with a clock time, bylines above a source line (also across
/// blank lines), photo credits; each name is found once, with one mention
/// per place it is written.
#[test]
fn bylines_and_credits() {
    let text = "Bài viết.\n\nHà Vy - Thành Thật\n\n  \nNguồn: Báo X\n\n\
                Trần Minh - 19:28, 20/11/2024  \nTin nhanh - Lê Văn Tám - 07:05, 4/1/2023\n\
                (Ảnh: Thu Hà)\nKhông phải - 19:28, 20/11/2024 thêm\n";
    let doc = Extractor::new().extract(text);
    let mut found: Vec<(&str, Vec<&str>)> = doc
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.mentions.iter().map(|m| &text[m.span.range()]).collect()))
        .collect();
    found.sort();
    let want = vec![
        ("Hà Vy", vec!["Hà Vy"]),
        ("Lê Văn Tám", vec!["Lê Văn Tám"]),
        ("Thu Hà", vec!["Thu Hà"]),
        ("Thành Thật", vec!["Thành Thật"]),
        ("Trần Minh", vec!["Trần Minh"]),
    ];
    assert_eq!(found, want);
}
