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

/// People and titles: `(name, [(role, organisation)])` for each person the
/// text must give, in any order; every other person found is a failure.
type Want = &'static [(&'static str, &'static [(&'static str, Option<&'static str>)])];

fn check_people(label: &str, text: &str, want: Want) -> Option<String> {
    let doc = Extractor::new().extract(text);
    let mut got: Vec<Found> = doc
        .people
        .iter()
        .map(|p| (p.name.clone(), p.titles.iter().map(|t| (t.role.clone(), t.organisation.clone())).collect()))
        .collect();
    let mut want: Vec<Found> = want
        .iter()
        .map(|(n, ts)| (n.to_string(), ts.iter().map(|(r, o)| (r.to_string(), o.map(String::from))).collect()))
        .collect();
    got.sort();
    want.sort();
    (got != want).then(|| format!("{label}: {text:?}\n   got  {got:?}\n   want {want:?}"))
}

fn run_cases(group: &str, cases: &[(&str, Want)]) {
    let failures: Vec<String> = cases
        .iter()
        .enumerate()
        .filter_map(|(n, (text, want))| check_people(&format!("{group}.{}", n + 1), text, want))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Issue 14, point 1: given-name references and stage names, as subjects of
/// verbs, in lists and after occupational titles.
#[test]
fn given_name_references_and_stage_names() {
    run_cases(
        "1",
        &[
            (
                "Tiền vệ Minh Vương chia sẻ sau trận rằng cả đội đã cố gắng. Sau giờ nghỉ, Tiến Linh ghi bàn ở phút 62 \
                 từ đường chuyền của Hoàng Đức. Ban huấn luyện khen Văn Lâm, Tiến Linh và Hoàng Đức.",
                &[("Minh Vương", &[("Tiền vệ", None)]), ("Tiến Linh", &[]), ("Hoàng Đức", &[]), ("Văn Lâm", &[])],
            ),
            (
                "Đêm nhạc có ca sĩ Đông Nhi và nghệ sĩ Hoài Linh góp mặt.",
                &[("Đông Nhi", &[("ca sĩ", None)]), ("Hoài Linh", &[("nghệ sĩ", None)])],
            ),
            ("Trấn Thành cho biết chương trình sẽ lên sóng vào cuối tuần.", &[("Trấn Thành", &[])]),
            // Places and companies named like people are not subjects of speech.
            ("Hòa Phát cho biết sản lượng thép tăng. Bình Nhưỡng tuyên bố sẽ đáp trả.", &[]),
        ],
    );
}

/// Point 2: a form of address or kinship word and a given name, also at the
/// start of a sentence; one person when the full name is written too.
#[test]
fn honorific_and_given_name() {
    run_cases(
        "2",
        &[
            (
                "Anh Nguyễn Văn Tâm cho biết nước lên rất nhanh. Theo anh Tâm, cả xóm phải sơ tán.",
                &[("Nguyễn Văn Tâm", &[])],
            ),
            ("Chị Mai kể lại rằng bé Na được đưa đi cấp cứu.", &[("Mai", &[]), ("Na", &[])]),
            ("Cụ Phạm Văn Bân năm nay 90 tuổi.", &[("Phạm Văn Bân", &[])]),
            ("Cổ phiếu của công ty bầu Hiển tăng mạnh trong phiên sáng.", &[("Hiển", &[])]),
            // "Bà Rịa" is a city, "mang tên" a naming frame.
            ("Bà Rịa - Vũng Tàu đón khách. Con đường mang tên Người.", &[]),
        ],
    );
    let doc = Extractor::new().extract("Anh Nguyễn Văn Tâm cho biết. Theo anh Tâm, nước lên nhanh.");
    assert_eq!(doc.people[0].honorific.as_deref(), Some("anh"));
    assert_eq!(doc.people[0].mentions.len(), 2);
}

/// Point 3: foreign names of every origin; a country never joins the name.
#[test]
fn foreign_names() {
    run_cases(
        "3",
        &[
            (
                "Thủ tướng Nhật Bản Kishida Fumio hội đàm với Tổng thống Hàn Quốc Yoon Suk-yeol.",
                &[
                    ("Kishida Fumio", &[("Thủ tướng", Some("Nhật Bản"))]),
                    ("Yoon Suk-yeol", &[("Tổng thống", Some("Hàn Quốc"))]),
                ],
            ),
            (
                "Tại Bangkok, Thủ tướng Thái Lan Srettha Thavisin tiếp Chủ tịch Samsung Electronics Lee Jae-yong.",
                &[
                    ("Srettha Thavisin", &[("Thủ tướng", Some("Thái Lan"))]),
                    ("Lee Jae-yong", &[("Chủ tịch", Some("Samsung Electronics"))]),
                ],
            ),
            (
                "Người phát ngôn Nhà Trắng, John Kirby, cho biết Tổng thống Biden sẽ tới dự.",
                &[("John Kirby", &[("Người phát ngôn", Some("Nhà Trắng"))]), ("Biden", &[("Tổng thống", None)])],
            ),
            (
                "HLV Park Hang-seo từng dẫn dắt đội tuyển. Ông Park Hang Seo nay sống ở Hà Nội.",
                &[("Park Hang-seo", &[("HLV", None)])],
            ),
            ("Ông David Miller và ông Markus Weber đến từ châu Âu.", &[("David Miller", &[]), ("Markus Weber", &[])]),
            (
                "Tổng thống Syria Bashar al-Assad tiếp Ngoại trưởng Nga Sergei Lavrov.",
                &[
                    ("Bashar al-Assad", &[("Tổng thống", Some("Syria"))]),
                    ("Sergei Lavrov", &[("Ngoại trưởng", Some("Nga"))]),
                ],
            ),
            ("Thủ tướng Lào Sonexay Siphandone dự lễ.", &[("Sonexay Siphandone", &[("Thủ tướng", Some("Lào"))])]),
            ("Cầu thủ Chelsea ăn mừng; tàu sân bay USS Carl Vinson rời cảng.", &[]),
        ],
    );
}

/// Point 4: names of ethnic minorities (Ê Đê, Jrai, Hmông, Khmer…).
#[test]
fn ethnic_minority_names() {
    run_cases(
        "4",
        &[
            (
                "Anh Y Khoa Niê và chị H'Mai Ayun ở buôn Ko Tam đã nhận nhà mới.",
                &[("Y Khoa Niê", &[]), ("H'Mai Ayun", &[])],
            ),
            (
                "Ông Rơ Mah Tuấn, Chủ tịch UBND xã Ia Pết, cho biết còn 12 hộ khó khăn.",
                &[("Rơ Mah Tuấn", &[("Chủ tịch", Some("UBND xã Ia Pết"))])],
            ),
            ("Bà Ksor H'Lim và em Giàng A Chớ được hỗ trợ.", &[("Ksor H'Lim", &[]), ("Giàng A Chớ", &[])]),
            ("Chị Neáng Sa Vy làm nghề dệt.", &[("Neáng Sa Vy", &[])]),
            // "Y Thông" is the given name of "Y Thông Mlô": one person.
            ("Anh Y Thông Mlô dựng lại nhà. Anh Y Thông nói sẽ trồng cà phê.", &[("Y Thông Mlô", &[])]),
        ],
    );
}

/// Point 5: bylines and photo credits in every form; initials are no one.
#[test]
fn bylines_and_credits_in_every_form() {
    run_cases(
        "5",
        &[
            (
                "Người dân dọn dẹp sau lũ. (Ảnh: Minh Đức)\nĐoàn kiểm tra đê. Ảnh: Thanh Hà/TTXVN\n\
                 Một góc chợ nổi. Ảnh: K.Đ\nMùa nước nổi năm nay đến sớm.\n\nThu Trang\n\nTin liên quan\nLũ về sớm",
                &[("Minh Đức", &[]), ("Thanh Hà", &[]), ("Thu Trang", &[])],
            ),
            ("Nước đã rút ở nhiều nơi. Công tác khắc phục được đẩy nhanh./. Hoàng Anh/VOV.VN ", &[("Hoàng Anh", &[])]),
            ("Giá vé tăng trong dịp Tết.\n\nTheo Lan Phương (Báo Tin tức)\n", &[("Lan Phương", &[])]),
            ("Đoàn đến thăm các hộ dân. Ảnh: N.H.Q\nBài: B.T.", &[]),
            ("Cảng sẽ mở rộng trong năm tới. Đức Minh", &[("Đức Minh", &[])]),
            // A last line that goes on after a bracket is a sentence, not a credit.
            ("Anh Lê Văn Tâm (sinh năm 1985) nuôi 200 con dê.", &[("Lê Văn Tâm", &[])]),
            // A known body that starts inside a capitalised run ends the name.
            (
                "Y Bhim Niê, Bộ Y tế cử về, và bà Nguyễn Thị Hoa cùng dự.",
                &[("Y Bhim Niê", &[]), ("Nguyễn Thị Hoa", &[])],
            ),
        ],
    );
}

/// Point 6: one person per human across the document.
#[test]
fn one_person_per_human() {
    let text = "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng chủ trì. Ông Thắng nói ngân sách đã cân đối. \
                Tiền vệ Nguyễn Tuấn Anh trở lại; Tuấn Anh cho biết anh đã khỏi chấn thương. \
                HLV Kim Sang-sik và ông Kim Sang Sik là một người. Bộ trưởng Thắng kết luận.";
    let doc = Extractor::new().extract(text);
    let names: Vec<&str> = doc.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    let thang = doc.people.iter().find(|p| p.name == "Nguyễn Văn Thắng").expect("Thắng");
    assert_eq!(thang.mentions.len(), 3, "{:?}", thang.mentions);
    let tuan = doc.people.iter().find(|p| p.name == "Nguyễn Tuấn Anh").expect("Tuấn Anh");
    assert_eq!(tuan.mentions.len(), 2);
    assert!(doc.people.iter().any(|p| p.name.starts_with("Kim Sang")));
    // Two people with the same given name stay apart, and the short form
    // joins neither.
    let doc = Extractor::new().extract("Ông Lê Văn Hùng và ông Trần Hùng dự họp. Ông Hùng phát biểu.");
    assert_eq!(doc.people.len(), 2, "{:?}", doc.people);
}

/// Point 7: streets after house numbers, hospitals, schools, markets,
/// wards named after people, oceans, regions and brands are not people.
#[test]
fn not_people() {
    run_cases(
        "7",
        &[
            ("Cửa hàng ở số 15 Lê Văn Sỹ và 127/3 Nguyễn Trãi đều đóng cửa.", &[]),
            ("Bệnh nhân được đưa tới Bệnh viện Nguyễn Tri Phương, rồi học sinh Trường THPT Lê Quý Đôn đến thăm.", &[]),
            ("Người dân phường Nguyễn Du mua hàng ở chợ Bến Thành và vòng xoay Nguyễn Kiệm - Nguyễn Thái Sơn.", &[]),
            ("Bão trên Thái Bình Dương làm lúa ở Đồng Tháp Mười đổ rạp.", &[]),
            ("Công ty Hòa Phát cho biết sẽ tăng sản lượng. Đoàn Việt Nam dự hội nghị.", &[]),
            ("Khán giả Việt thích phim này; du khách Tây đi phố cổ; fan Real phản ứng.", &[]),
        ],
    );
}

/// Point 8: titles from the whole system of offices, with "nguyên",
/// "quyền", and occupational titles.
#[test]
fn titles_of_every_office() {
    run_cases(
        "8",
        &[
            (
                "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng và Chánh án TAND tối cao Nguyễn Hòa Bình dự họp.",
                &[
                    ("Nguyễn Thị Hồng", &[("Thống đốc", Some("Ngân hàng Nhà nước"))]),
                    ("Nguyễn Hòa Bình", &[("Chánh án", Some("TAND tối cao"))]),
                ],
            ),
            (
                "Cục trưởng Cục Điện ảnh Vi Kiến Thành cho biết. Thiếu tướng Trần Văn Nam, Chính ủy Quân khu 7, thăm đơn vị.",
                &[
                    ("Vi Kiến Thành", &[("Cục trưởng", Some("Cục Điện ảnh"))]),
                    ("Trần Văn Nam", &[("Thiếu tướng", None), ("Chính ủy", Some("Quân khu 7"))]),
                ],
            ),
            ("Thị trưởng Seoul Oh Se-hoon tiếp đoàn.", &[("Oh Se-hoon", &[("Thị trưởng", Some("Seoul"))])]),
            (
                "Nguyên Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến và quyền Giám đốc Sở Y tế Phạm Văn Hòa đến dự.",
                &[
                    ("Nguyễn Thị Kim Tiến", &[("Nguyên Bộ trưởng", Some("Bộ Y tế"))]),
                    ("Phạm Văn Hòa", &[("quyền Giám đốc", Some("Sở Y tế"))]),
                ],
            ),
            (
                "Thủ môn Đặng Văn Lâm, nhà báo Hữu Thọ, bác sĩ Trương Hữu Khanh, MC Thành Trung và Hoa hậu Đỗ Thị Hà \
                 cùng tham gia.",
                &[
                    ("Đặng Văn Lâm", &[("Thủ môn", None)]),
                    ("Hữu Thọ", &[("nhà báo", None)]),
                    ("Trương Hữu Khanh", &[("bác sĩ", None)]),
                    ("Thành Trung", &[("MC", None)]),
                    ("Đỗ Thị Hà", &[("Hoa hậu", None)]),
                ],
            ),
            // Status words are no titles; "nam" is not part of the role.
            (
                "Bị cáo Lê Văn Đạt khai nhận. Nam diễn viên Quốc Trường đến muộn.",
                &[("Lê Văn Đạt", &[]), ("Quốc Trường", &[("diễn viên", None)])],
            ),
        ],
    );
}

/// A ministry's field after "Bộ trưởng" or "Thứ trưởng" ("Bộ trưởng Quốc
/// phòng" → "Bộ Quốc phòng") is written in Vietnamese: a word no
/// Vietnamese text has starts the holder's name, not more of the field
/// ("Bộ trưởng Quốc phòng Ashton Carter", "cựu Bộ trưởng Ashton Carter").
#[test]
fn a_foreign_name_after_a_ministry_field() {
    run_cases(
        "ministry fields",
        &[
            (
                "Bộ trưởng Quốc phòng Avigdor Lieberman cho biết quan hệ hai nước vẫn tốt.",
                &[("Avigdor Lieberman", &[("Bộ trưởng", Some("Bộ Quốc phòng"))])],
            ),
            (
                "Thứ trưởng Tư pháp Rod Rosenstein đã bổ nhiệm công tố viên đặc biệt.",
                &[("Rod Rosenstein", &[("Thứ trưởng", Some("Bộ Tư pháp"))])],
            ),
            (
                "Kế hoạch này do cựu Bộ trưởng Ashton Carter khởi xướng.",
                &[("Ashton Carter", &[("cựu Bộ trưởng", None)])],
            ),
            ("Thứ trưởng Y tế Nguyễn Viết Tiến dự họp.", &[("Nguyễn Viết Tiến", &[("Thứ trưởng", Some("Bộ Y tế"))])]),
        ],
    );
}

/// Point 9: attribution in chains; elided bodies; a title followed by a
/// name is that name's.
#[test]
fn attribution_in_chains() {
    run_cases(
        "9",
        &[
            (
                "Tham dự có Phó Thủ tướng Trần Hồng Hà, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng và các Phó Chủ tịch \
                 Quốc hội Nguyễn Khắc Định, Trần Quang Phương.",
                &[
                    ("Trần Hồng Hà", &[("Phó Thủ tướng", None)]),
                    ("Nguyễn Văn Thắng", &[("Bộ trưởng", Some("Bộ Tài chính"))]),
                    ("Nguyễn Khắc Định", &[("Phó Chủ tịch", Some("Quốc hội"))]),
                    ("Trần Quang Phương", &[("Phó Chủ tịch", Some("Quốc hội"))]),
                ],
            ),
            (
                "Ông Lê Văn Bình là Giám đốc Công ty Cổ phần Thép Miền Trung.",
                &[("Lê Văn Bình", &[("Giám đốc", Some("Công ty Cổ phần Thép Miền Trung"))])],
            ),
            (
                "Thứ trưởng Y tế Đỗ Xuân Tuyên và Phó Chủ tịch tỉnh Quảng Nam Hồ Quang Bửu kiểm tra bệnh viện.",
                &[
                    ("Đỗ Xuân Tuyên", &[("Thứ trưởng", Some("Bộ Y tế"))]),
                    ("Hồ Quang Bửu", &[("Phó Chủ tịch", Some("UBND tỉnh Quảng Nam"))]),
                ],
            ),
            (
                "Thứ trưởng Bộ Văn hóa Hoàng Đạo Cương, Cục trưởng Cục Điện ảnh Vi Kiến Thành cùng dự.",
                &[
                    ("Hoàng Đạo Cương", &[("Thứ trưởng", Some("Bộ Văn hóa"))]),
                    ("Vi Kiến Thành", &[("Cục trưởng", Some("Cục Điện ảnh"))]),
                ],
            ),
            // "anh trai là Giám đốc": the title is the brother's, not A's.
            ("Nguyễn Văn An cho biết anh trai là Giám đốc Công ty Xanh.", &[("Nguyễn Văn An", &[])]),
            // A title right after a title names the body of the first.
            (
                "Thư ký báo chí tổng thống Nga Dmitry Peskov cho biết.",
                &[("Dmitry Peskov", &[("Thư ký báo chí", Some("tổng thống Nga"))])],
            ),
        ],
    );
}

/// English titles of shows, works and outlets after a role or a verb are
/// not names ("HLV The Voice" is a coach of a show, not a person "The").
#[test]
fn english_titles_are_not_names() {
    run_cases(
        "english titles",
        &[
            ("Cô từng ngồi ghế HLV The Voice nhí hai mùa liền.", &[]),
            ("Giám khảo The Face cho rằng thí sinh còn non.", &[]),
            ("Theo The Guardian, hợp đồng đã được ký.", &[]),
            ("The Reds thắng đậm nhờ phong độ của hàng công.", &[]),
            ("Tác giả của Lord of the Rings Peter Jackson từng đến đây.", &[]),
            (
                "Cố vấn Jared Kushner The Art of the Deal là cuốn sách bán chạy.",
                &[("Jared Kushner", &[("Cố vấn", None)])],
            ),
            ("Diễn viên Kit Harington của Game of Thrones cho biết.", &[("Kit Harington", &[("Diễn viên", None)])]),
        ],
    );
}

/// Two foreign full names written one after the other without a comma
/// are two people when each reads as a known foreign name; a name of
/// four words that does not split that way stays whole.
#[test]
fn foreign_names_run_together() {
    run_cases(
        "foreign run",
        &[
            (
                "Đội hình xuất phát có Lionel Messi Luis Suarez và Neymar.",
                &[("Lionel Messi", &[]), ("Luis Suarez", &[]), ("Neymar", &[])],
            ),
            (
                "Tiền đạo Kylian Mbappe Robert Lewandowski đều vắng mặt.",
                &[("Kylian Mbappe", &[("Tiền đạo", None)]), ("Robert Lewandowski", &[])],
            ),
            ("Ngoại trưởng Jean Yves Le Drian cho biết.", &[("Jean Yves Le Drian", &[("Ngoại trưởng", None)])]),
        ],
    );
}

/// A delegation or a youth union written with capitals after "Đoàn" (also
/// a family name) is a body, not a person; a real name after "Đoàn" stays.
#[test]
fn doan_bodies_are_not_people() {
    run_cases(
        "doan",
        &[
            ("Đoàn Công Tác nói rằng sẽ kiểm tra lại.", &[]),
            ("Đoàn Thanh Niên xã cho biết sẽ ra quân.", &[]),
            ("Phó Trưởng đoàn Cấp cao Việt Nam phát biểu tại lễ đón.", &[]),
            ("Ông Đoàn Thanh Bình cho biết đã nộp đơn.", &[("Đoàn Thanh Bình", &[])]),
            ("Đoàn Quang Vinh cho biết anh đã về nước.", &[("Đoàn Quang Vinh", &[])]),
        ],
    );
}

/// A sentence adverb capitalised because it opens the sentence ("Nay",
/// "Hiện") is no part of the name after it.
#[test]
fn sentence_adverbs_before_names() {
    run_cases(
        "adverbs",
        &[
            ("Nay Angela Merkel tuyên bố sẽ không tái tranh cử.", &[("Angela Merkel", &[])]),
            ("Nay Bộ đề nghị Chính phủ cho phép thí điểm.", &[]),
            ("Nay Phin cho biết anh sẽ về buôn làm rẫy.", &[("Nay Phin", &[])]),
        ],
    );
}

/// The last word of a full name, written alone later, is a mention of
/// that person; a given-name pair never named in full is not invented.
#[test]
fn last_word_mentions_join_the_full_name() {
    let text = "Hậu vệ Đoàn Văn Hậu đánh đầu mở tỉ số. Sau giờ nghỉ, Văn Hậu kiến tạo cho Đức Lộc. \
                Hậu rời sân ở phút 75, thay anh là Thanh Bình. Tiền vệ Kevin De Bruyne dự khán. De Bruyne vỗ tay.";
    let doc = Extractor::new().extract(text);
    let hau = doc.people.iter().find(|p| p.name == "Đoàn Văn Hậu").expect("the full name");
    let said: Vec<&str> = hau.mentions.iter().map(|m| &text[m.span.range()]).collect();
    assert_eq!(said, ["Đoàn Văn Hậu", "Văn Hậu", "Hậu"], "{:?}", doc.people);
    assert!(doc.people.iter().all(|p| p.name != "Đức Lộc" && p.name != "Thanh Bình"), "{:?}", doc.people);
    // A region after a common noun is not the person of the same last word.
    let text = "Ông Lê Văn Nam làm kinh doanh ở miền Nam. Nam cho biết sẽ mở rộng.";
    let doc = Extractor::new().extract(text);
    let nam: Vec<&str> = doc.people[0].mentions.iter().map(|m| &text[m.span.range()]).collect();
    assert_eq!(nam, ["Lê Văn Nam", "Nam"]);
    // Nor is a word next to another capitalised word (a team's name).
    let text = "Cầu thủ Michael Dragon ghi 20 điểm. Đội SG Dragon vẫn thua. Dragon cho biết anh mệt.";
    let doc = Extractor::new().extract(text);
    let said: Vec<&str> = doc.people[0].mentions.iter().map(|m| &text[m.span.range()]).collect();
    assert_eq!(said, ["Michael Dragon", "Dragon"]);
}

/// Buddhist monks and nuns bear the family name "Thích" before their
/// dharma name: it is part of the name after a religious title.
#[test]
fn monastic_names_keep_thich() {
    run_cases(
        "monastic",
        &[
            (
                "Theo Đại đức Thích Minh Tâm, trụ trì chùa Phúc Lâm, lễ hội sẽ giản lược.",
                &[("Thích Minh Tâm", &[("Đại đức", None), ("trụ trì", None)])],
            ),
            ("Sư thầy Thích Quảng Nguyên chia sẻ về việc tu tập.", &[("Thích Quảng Nguyên", &[])]),
        ],
    );
}

/// Verbs of the sports pages after a given-name pair: passing the ball
/// ("chuyền cho"), scoring ("nổ súng"), getting hurt ("bị chấn thương").
#[test]
fn sports_verbs_after_given_names() {
    run_cases(
        "sports verbs",
        &[
            ("Phút 30, Tiến Linh chuyền cho đồng đội đệm bóng vào lưới.", &[("Tiến Linh", &[])]),
            ("Ở phút 70, Văn Thanh nổ súng mở tỉ số cho đội khách.", &[("Văn Thanh", &[])]),
            // A verb of the table opened by the passive's "bị" or "được".
            ("Cuối hiệp một, Đức Huy bị đau và phải rời sân.", &[("Đức Huy", &[])]),
            ("Sau trận đấu, Hồng Duy được vinh danh là cầu thủ xuất sắc nhất.", &[("Hồng Duy", &[])]),
            ("Rạng sáng qua, Mai Phương bị bắt khi đang trốn tại nhà người quen.", &[("Mai Phương", &[])]),
        ],
    );
}

/// Vietnamese public figures the press names by their given names or a
/// stage name alone (`people_known.tsv`'s surfaces of two words: "Công
/// Phượng", "Mỹ Tâm") are people with no cue at all; not where a word of
/// a place makes the same words a place ("huyện Xuân Trường", "động Thủy
/// Tiên"); the short name joins the full name the article writes.
#[test]
fn public_figures_named_by_two_words() {
    run_cases(
        "famous pairs",
        &[
            ("Công Phượng vẫn chưa tìm lại phong độ.", &[("Công Phượng", &[])]),
            ("Đêm nhạc của Mỹ Tâm thu hút đông khán giả.", &[("Mỹ Tâm", &[])]),
            ("Huyện Xuân Trường có thêm hai xã đạt chuẩn nông thôn mới.", &[]),
            ("Du khách tham quan động Thủy Tiên vào dịp hè.", &[]),
            (
                "Tiền đạo Nguyễn Công Phượng đã trở lại. Công Phượng ghi bàn ở phút 80.",
                &[("Nguyễn Công Phượng", &[("Tiền đạo", None)])],
            ),
        ],
    );
}

/// A photo caption says where each person stands, in brackets after the
/// name ("(trái)", "(giữa)", "(thứ hai từ trái sang)"): the name before
/// such a bracket is a person's, a stage name of two syllables too; a
/// thing named there stays a thing.
#[test]
fn caption_positions_after_names() {
    run_cases(
        "captions",
        &[
            ("Hoài Linh (giữa) cùng Trấn Thành (trái) trong hậu trường.", &[("Hoài Linh", &[]), ("Trấn Thành", &[])]),
            ("Nguyễn Văn Quyết (thứ hai từ trái sang) nhận cúp.", &[("Nguyễn Văn Quyết", &[])]),
            ("Chiếc Sukhoi-27 (trái) bay cạnh máy bay trinh sát.", &[]),
        ],
    );
}

/// Famous people the press names by one word alone, with no title, form
/// of address or full name in the article (`data/people_known.tsv`): the
/// word standing alone is the person; after a word naming a place it is
/// the place, and with the full name in the text it joins it.
#[test]
fn famous_people_named_by_one_word() {
    let ex = Extractor::new();
    let names = |text: &str| -> Vec<String> { ex.extract(text).people.iter().map(|p| p.name.clone()).collect() };
    assert_eq!(names("Messi chói sáng, đội khách thắng đậm. Neymar cũng ghi bàn."), ["Messi", "Neymar"]);
    assert!(names("Sân Messi ở Rosario được khánh thành.").is_empty());
    let text = "Lionel Messi ghi bàn ở phút 10. Messi sau đó rời sân.";
    let doc = ex.extract(text);
    assert_eq!(doc.people.len(), 1, "{:?}", doc.people);
    assert_eq!(doc.people[0].mentions.len(), 2, "{:?}", doc.people);
}

/// A short form after a form of address that ends two people's names
/// names the one of that sex: the sex told by the form of address each
/// was named with, else by a foreign given name borne by one sex ("Ivanka
/// Trump" is a woman's name); with two of the same sex it stays unjoined.
#[test]
fn short_forms_shared_by_a_man_and_a_woman() {
    let said = |doc: &viet_extract::Document, text: &str, name: &str| -> Vec<String> {
        let p = doc.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name}: {:?}", doc.people));
        p.mentions.iter().map(|m| text[m.span.range()].to_string()).collect()
    };
    let text =
        "Tổng thống Donald Trump và con gái Ivanka Trump dự lễ khánh thành. Ông Trump phát biểu trước khi cắt băng.";
    let doc = Extractor::new().extract(text);
    assert_eq!(said(&doc, text, "Donald Trump"), ["Donald Trump", "Trump"]);
    assert_eq!(said(&doc, text, "Ivanka Trump"), ["Ivanka Trump"]);
    let text = "Ông Nguyễn Văn Minh và bà Lê Thị Minh cùng được khen thưởng. Bà Minh cho biết sẽ tiếp tục công tác.";
    let doc = Extractor::new().extract(text);
    assert_eq!(said(&doc, text, "Lê Thị Minh"), ["Lê Thị Minh", "Minh"]);
    assert_eq!(said(&doc, text, "Nguyễn Văn Minh"), ["Nguyễn Văn Minh"]);
    let text = "Ông Nguyễn Văn Minh và ông Trần Quang Minh cùng được khen thưởng. Ông Minh cho biết sẽ tiếp tục.";
    let doc = Extractor::new().extract(text);
    assert!(doc.people.iter().all(|p| p.mentions.len() == 1), "{:?}", doc.people);
}

/// A foreign surname written alone ("Mourinho", "Lukaku") is no part of a
/// Vietnamese word, so it names the person after a verb or a noun
/// ("khiến Mourinho", "chiêu mộ Lukaku") and after a function word that
/// opens the sentence ("Theo Mourinho"); a Vietnamese syllable there
/// stays the word it is ("miền Nam" above), and a capitalised word after
/// it still makes another name ("Ronaldo Nazario"). A foreign full name
/// read as a place once still names the person elsewhere.
#[test]
fn foreign_surnames_alone_after_any_word() {
    let text = "HLV Jose Mourinho hài lòng. Chiến thắng đêm qua khiến Mourinho phấn khởi. \
                Theo Mourinho, đội bóng cần chiêu mộ Romelu Lukaku. MU đã liên hệ với Lukaku từ tháng trước.";
    let doc = Extractor::new().extract(text);
    let said = |name: &str| -> Vec<&str> {
        let p = doc.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name}: {:?}", doc.people));
        p.mentions.iter().map(|m| &text[m.span.range()]).collect()
    };
    assert_eq!(said("Jose Mourinho"), ["Jose Mourinho", "Mourinho", "Mourinho"]);
    assert_eq!(said("Romelu Lukaku"), ["Romelu Lukaku", "Lukaku"]);
    // A foreign full name after a word that names a place or an era
    // ("dưới thời Donald Trump") is not a person there, but names the
    // person everywhere else, as a full Vietnamese name does.
    let text = "Chính sách của Donald Trump gây tranh cãi. Dưới thời Donald Trump, thuế tăng. \
                Donald Trump tuyên bố sẽ đàm phán lại.";
    let doc = Extractor::new().extract(text);
    assert_eq!(doc.people.len(), 1, "{:?}", doc.people);
    assert_eq!(doc.people[0].mentions.len(), 2, "{:?}", doc.people);
    let text = "Tiền đạo Cristiano Ronaldo ghi bàn. Người hâm mộ so sánh Ronaldo Nazario với anh.";
    let doc = Extractor::new().extract(text);
    let ronaldo = doc.people.iter().find(|p| p.name == "Cristiano Ronaldo").expect("the full name");
    assert_eq!(ronaldo.mentions.len(), 1, "{:?}", doc.people);
}

/// Found on unseen news: products named by their brand, streets written
/// as a trail or a stretch, and a headline that runs into the next
/// sentence's article "Một" are not people.
#[test]
fn products_streets_and_run_on_headlines() {
    run_cases(
        "unseen",
        &[
            ("Mẫu xe này cạnh tranh với các đối thủ Mazda CX-5, Ford Escape và Kia Sorento.", &[]),
            ("Apple Watch giúp người dùng đo nhịp tim.", &[]),
            ("Thí sinh Zara Holland bị tước vương miện.", &[("Zara Holland", &[])]),
            ("Tiền vệ Honda Keisuke ghi bàn.", &[("Honda Keisuke", &[("Tiền vệ", None)])]),
            ("Đoàn xe đi trên đường mòn Hồ Chí Minh qua Quảng Bình.", &[]),
            ("Cấm ô tô vào phố Huế đoạn từ Trần Khánh Dư đến Lê Văn Hưu.", &[]),
            (
                "Chân dung tân Hoa hậu Đỗ Mỹ Linh Một điều bất ngờ là cô từng học vẽ.",
                &[("Đỗ Mỹ Linh", &[("Hoa hậu", None)])],
            ),
            ("Bà Nguyễn Thị Lăm cho biết đã nhận tiền.", &[("Nguyễn Thị Lăm", &[])]),
            // A business named after its owners: a gold shop, a bus operator.
            ("Kẻ gian đột nhập tiệm vàng Kim Ngọc Thành lúc rạng sáng.", &[]),
            ("Hành khách đi xe của nhà xe Hùng Thắng phản ánh bị đòi thêm tiền.", &[]),
        ],
    );
}

/// After a form of address a common given name is the name even when the
/// two spell a word: "anh Hùng" (not "anh hùng", a hero), "anh Tuấn",
/// "anh Dũng".
#[test]
fn address_and_a_given_name_that_spell_a_word() {
    run_cases(
        "address",
        &[
            ("Trạm thu phí do anh Hùng phụ trách.", &[("Hùng", &[])]),
            ("Vợ chồng anh Tuấn ở Sóc Sơn cho biết con bị sốt.", &[("Tuấn", &[])]),
            ("Theo anh Dũng, vườn vải năm nay được mùa.", &[("Dũng", &[])]),
        ],
    );
}

/// A plain syllable that the foreign tables list for Korean or Chinese
/// names ("Bang", "Dong", "Hong") is a Vietnamese given or middle name after
/// a family name that is only Vietnamese; after "Kim", a Korean family name
/// too, the run stays a Korean name read as one.
#[test]
fn plain_syllables_after_a_vietnamese_family_name() {
    run_cases(
        "plain",
        &[
            ("Theo ông Trần Xuân Bang, mùa mưa năm nay đến sớm.", &[("Trần Xuân Bang", &[])]),
            ("Bà Nguyễn Thị Hong và con gái được đưa đến bệnh viện.", &[("Nguyễn Thị Hong", &[])]),
            ("Anh Lê Văn Dong cho biết đã báo công an.", &[("Lê Văn Dong", &[])]),
            ("Ông Kim Dong Hyun làm việc tại Seoul.", &[("Kim Dong Hyun", &[])]),
            // A capitalised "Ông" is a form of address before a foreign
            // name, not the rare family name.
            ("Ông Su cho hay đây là thông điệp mới.", &[("Su", &[])]),
            // A Western given name after a full name is another person.
            ("Tim và Trương Quỳnh Anh chụp ảnh cùng nhau. Trương Quỳnh Anh Tim đều vui.", &[("Trương Quỳnh Anh", &[])]),
        ],
    );
}

/// After the level word of a province or a city ("tỉnh", "TP", "thành
/// phố") only a province or a city is named: a Vietnamese name of three
/// syllables or more that is none is the officer after the body, which the
/// text leaves at its level ("Chủ tịch UBND TP Nguyễn Đức Chung").
#[test]
fn a_name_after_the_level_word_of_a_province() {
    run_cases(
        "level",
        &[
            (
                "Chủ tịch UBND tỉnh Nguyễn Văn Trì yêu cầu xử lý nghiêm.",
                &[("Nguyễn Văn Trì", &[("Chủ tịch", Some("UBND tỉnh"))])],
            ),
            (
                "Phó Chủ tịch UBND TP Lê Văn Khoa cho biết kế hoạch.",
                &[("Lê Văn Khoa", &[("Phó Chủ tịch", Some("UBND TP"))])],
            ),
            (
                "Giám đốc Sở GTVT thành phố Bùi Xuân Cường báo cáo.",
                &[("Bùi Xuân Cường", &[("Giám đốc", Some("Sở GTVT thành phố"))])],
            ),
            // A province's name stays the body's.
            (
                "Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi phát biểu.",
                &[("Phan Văn Mãi", &[("Chủ tịch", Some("UBND TP Hồ Chí Minh"))])],
            ),
        ],
    );
}

/// After a cue, a capitalised syllable before "Văn" or "Thị" (the middle
/// names of a man's and a woman's name) is a family name the list lacks
/// (names of the Thái, the Tày and other peoples: "Lô", "Sấn"), not a body
/// before the name; a head word stays a body's ("Sở Văn hóa").
#[test]
fn an_unlisted_family_name_before_van_or_thi() {
    run_cases(
        "middle",
        &[
            ("Trao đổi với phóng viên, ông Lô Văn Đồng cho biết đã nhận hỗ trợ.", &[("Lô Văn Đồng", &[])]),
            ("Bà Vưu Thị Diệu kể lại sự việc.", &[("Vưu Thị Diệu", &[])]),
            ("Giám đốc Sở Văn hóa Lê Văn Tân phát biểu.", &[("Lê Văn Tân", &[("Giám đốc", Some("Sở Văn hóa"))])]),
        ],
    );
}

/// A word before a name that makes it a place ("cầu", "xã", "tại") does
/// not count as the last syllable of a longer word ("yêu cầu", "bà xã",
/// "hiện tại"); a longer word that still names the street does ("lề
/// đường", "mặt đường").
#[test]
fn place_words_inside_longer_words() {
    run_cases(
        "inside",
        &[
            ("Cơ quan điều tra yêu cầu Trần Văn Bình có mặt lúc 8 giờ.", &[("Trần Văn Bình", &[])]),
            ("Anh dành lời khen cho bà xã Lưu Thiên Hương trong đêm nhạc.", &[("Lưu Thiên Hương", &[])]),
            ("Hiện tại Phạm Thị Lan vẫn đang điều trị.", &[("Phạm Thị Lan", &[])]),
            ("Xe máy dựng trên lề đường Nguyễn Văn Cừ, quận 5.", &[]),
            ("Mặt đường Lê Văn Lương bị sụt lún.", &[]),
            ("Đoàn xe đi qua cầu Trần Thị Lý lúc nửa đêm.", &[]),
            // A list of names after a street's word is a list of streets;
            // after another place, a person may follow.
            ("Các tuyến đường Cộng Hòa, Lê Văn Sỹ và Nguyễn Văn Trỗi ùn tắc.", &[]),
            ("Hai người trú ở TP Đồng Hới, Quảng Bình và Nguyễn Tú Anh (22 tuổi) bị bắt.", &[("Nguyễn Tú Anh", &[])]),
        ],
    );
}

/// A headline run on into the next sentence (a line break lost in
/// scraping): the capitalised form of address opens the person's name;
/// "Anh" after a family name is a middle name, and before a foreign name
/// it is England.
#[test]
fn a_form_of_address_after_a_headline_run_on() {
    run_cases(
        "run-on",
        &[
            (
                "Giá vàng tăng vọt ngày vía Thần Tài Ông Lê Văn Toàn, chủ tiệm vàng, cho biết khách đông.",
                &[("Lê Văn Toàn", &[])],
            ),
            (
                "Nông dân phấn khởi vì được mùa Anh Phạm Văn Sơn, nông dân xã Tân Hiệp, cho biết.",
                &[("Phạm Văn Sơn", &[])],
            ),
            ("Huỳnh Anh Hoàng Lan vừa ra mắt ca khúc mới.", &[("Huỳnh Anh Hoàng Lan", &[])]),
            ("Thủ tướng Anh Theresa May phát biểu tại London.", &[("Theresa May", &[("Thủ tướng", Some("Anh"))])]),
        ],
    );
}

/// The chief of a unit: the role keeps the unit's head ("Trưởng phòng",
/// "Trưởng khoa", "Trưởng Công an") and the body is read from that head,
/// with the parent body written after a comma; a known name right after
/// such a role is its holder, not a body.
#[test]
fn chiefs_of_units() {
    run_cases(
        "unit chiefs",
        &[
            (
                "Trung tá Lê Văn Hưng, Phó trưởng Công an huyện Gia Lâm cho biết vụ việc đang được xác minh.",
                &[("Lê Văn Hưng", &[("Trung tá", None), ("Phó trưởng Công an", Some("Công an huyện Gia Lâm"))])],
            ),
            (
                "Bà Trịnh Thu Hà, Trưởng khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh Phú Thọ cho biết bệnh nhi đã tỉnh.",
                &[(
                    "Trịnh Thu Hà",
                    &[("Trưởng khoa", Some("khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh Phú Thọ"))],
                )],
            ),
            (
                "Ông Đỗ Quang Vinh, Phó trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An phát biểu.",
                &[("Đỗ Quang Vinh", &[("Phó trưởng Ban", Some("Ban Tuyên giáo Tỉnh ủy Nghệ An"))])],
            ),
            (
                "Tổng thanh tra Chính phủ Đoàn Hồng Phong trình bày báo cáo.",
                &[("Đoàn Hồng Phong", &[("Tổng thanh tra", Some("thanh tra Chính phủ"))])],
            ),
            (
                "Theo Chánh văn phòng Nội các Yoshihide Suga, tên lửa rơi xuống biển.",
                &[("Yoshihide Suga", &[("Chánh văn phòng", Some("văn phòng Nội các"))])],
            ),
            (
                "Theo Chánh văn phòng Yoshihide Suga, tên lửa rơi xuống biển.",
                &[("Yoshihide Suga", &[("Chánh văn phòng", None)])],
            ),
        ],
    );
}

/// A title-only mention of a unit's chief joins the one person holding
/// that office, also when the office was first written with its parent
/// body.
#[test]
fn a_unit_chief_named_again_by_the_title() {
    let text = "Ông Hoàng Văn Kiên, Trưởng phòng Quản lý đô thị, UBND quận Long Biên cho biết. \
                Trưởng phòng Quản lý đô thị cũng cho rằng cần thêm thời gian.";
    let doc = Extractor::new().extract(text);
    let kien = doc.people.iter().find(|p| p.name == "Hoàng Văn Kiên").expect("the person");
    assert_eq!(kien.mentions.len(), 2, "{:?}", doc.people);
}

/// Given names the sports and world pages use, written without their
/// accents, open a foreign name with no cue before it; a given name that is
/// also a place is not listed ("Santiago Bernabeu" is a stadium).
#[test]
fn foreign_given_names_without_accents() {
    run_cases(
        "foreign given names",
        &[
            ("Dưới sự dẫn dắt của Jurgen Klopp, đội bóng thi đấu hay hơn.", &[("Jurgen Klopp", &[])]),
            ("Pha kiến tạo của Dani Carvajal giúp đội khách dẫn trước.", &[("Dani Carvajal", &[])]),
            ("Đội bóng quyết giữ chân Alvaro Morata thêm một mùa.", &[("Alvaro Morata", &[])]),
            ("Sân Santiago Bernabeu chật kín khán giả.", &[]),
        ],
    );
}

/// A photo credit's name before the slash and an outlet is the
/// photographer's, even where it spells a word ("Thống Nhất", "Quốc
/// Khánh"); a place there is none, and an author line keeps its "Theo".
#[test]
fn photographers_before_an_outlet() {
    run_cases(
        "photographers",
        &[
            ("Chủ tịch nước tiếp đoàn đại biểu. Ảnh: Thống Nhất/TTXVN", &[("Thống Nhất", &[])]),
            ("Lễ mít tinh diễn ra trang trọng. (Ảnh: Quốc Khánh/TTXVN)", &[("Quốc Khánh", &[])]),
            ("Phố cổ vắng vẻ. Ảnh: Hà Nội/TTXVN", &[]),
            ("Vụ việc đang được điều tra.\nTheo Đoàn Loan/Dân trí", &[("Đoàn Loan", &[])]),
        ],
    );
}

/// A unit's name after an abbreviated level word is a place ("P.Tân
/// Định", "Q.Bình Thủy"), and the officer after a unit's name is read from
/// his family name ("UBND huyện Gia Lâm Nguyễn Ngọc Thuần").
#[test]
fn units_after_abbreviated_levels_and_their_officers() {
    run_cases(
        "abbreviated levels",
        &[
            ("Anh được mời về trụ sở Công an P.Tân Định làm việc.", &[]),
            ("Nguyên Đội trưởng Đội TTGT Q.Bình Thủy vẫn không nhận tội.", &[]),
            (
                "Phó Chủ tịch UBND huyện Gia Lâm Nguyễn Ngọc Thuần cho rằng cần làm rõ.",
                &[("Nguyễn Ngọc Thuần", &[("Phó Chủ tịch", Some("UBND huyện Gia Lâm"))])],
            ),
        ],
    );
}

/// After a form of address, a word the document knows as the end of one
/// full name is that person, also where alone it would read as a head
/// ("ông Viện", "anh Trường"), a numbered unit ("bà Tuyết 1,5 tỉ đồng") or
/// the first syllable of a word ("chị Trang bị thương").
#[test]
fn addressed_short_forms_of_a_full_name() {
    let ex = Extractor::new();
    let cases: &[(&str, &str, usize)] = &[
        ("Ông Vũ Văn Viện cho biết. Theo ông Viện, cần làm rõ.", "Vũ Văn Viện", 2),
        ("Anh Hồ Đình Trường ra Hà Nội làm thuê. Anh Trường chia sẻ.", "Hồ Đình Trường", 2),
        ("Bà Nguyễn Thị Tuyết khởi kiện. Tòa buộc trả cho bà Tuyết 1,5 tỉ đồng.", "Nguyễn Thị Tuyết", 2),
        ("Chị Phan Thị Kim Trang cho biết. Chị Trang bị thương ở bụng.", "Phan Thị Kim Trang", 2),
        // A name written with capitals inside ("McCain").
        ("Thượng nghị sĩ John McCain phát biểu. Theo ông McCain, đó là mối đe dọa.", "John McCain", 2),
    ];
    let mut failures = Vec::new();
    for (text, name, n) in cases {
        let doc = ex.extract(text);
        let got = doc.people.iter().find(|p| p.name == *name).map(|p| p.mentions.len());
        if got != Some(*n) {
            failures.push(format!("{text:?}: {name} has {got:?} mentions, want {n}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A phrase of place closed by a comma ("tại Real,", "Đến Old Trafford,")
/// is often followed by the clause's subject: a name there with a
/// lower-case word after it is a person, not a second place, and so
/// names the person in the rest of the text too. A list of places still
/// reads as one: a province opening the run ("quận Hai Bà Trưng, Hà Nội"),
/// a name of two words or more after a street's word or a word that
/// counts places ("các tuyến phố …, Tôn Đức Thắng thường …").
#[test]
fn a_name_after_a_phrase_of_place_and_a_comma() {
    let mentions = |text: &str, name: &str| -> Vec<String> {
        let doc = Extractor::new().extract(text);
        doc.people
            .iter()
            .filter(|p| p.name == name)
            .flat_map(|p| p.mentions.iter().map(|m| text[m.span.range()].to_string()))
            .collect()
    };
    let text = "Tiền đạo Cristiano Ronaldo rời MU năm 2009. Năm 2011, mùa giải thứ 3 tại Real, Ronaldo ghi 60 bàn.";
    assert_eq!(mentions(text, "Cristiano Ronaldo"), ["Cristiano Ronaldo", "Ronaldo"]);
    let text = "Tiền vệ Nemanja Matic ký hợp đồng 3 năm. Đến Old Trafford, Matic hưởng lương cao hơn.";
    assert_eq!(mentions(text, "Nemanja Matic"), ["Nemanja Matic", "Matic"]);
    let text = "Nguyễn Văn Hiệp bị bắt hôm qua. Khi đến phố Hàng Bông, Hiệp rút dao ra. Sau đó, Hiệp bỏ chạy.";
    assert_eq!(mentions(text, "Nguyễn Văn Hiệp"), ["Nguyễn Văn Hiệp", "Hiệp", "Hiệp"]);
    let text = "Cầu thủ Lukas Podolski từ chối các CLB Trung Quốc. Tại Nhật, Podolski sẽ nhận lương cao.";
    assert_eq!(mentions(text, "Lukas Podolski"), ["Lukas Podolski", "Podolski"]);
    run_cases(
        "listed places",
        &[
            ("Xe buýt chạy qua các tuyến phố Trần Nguyên Hãn, Tôn Đức Thắng thường xuyên gây ùn tắc.", &[]),
            ("Nghệ thuật của người Khmer ở 2 huyện Tri Tôn, Tịnh Biên là di sản quốc gia.", &[]),
            ("Xe chạy từ đường Hoàng Sa, Nguyễn Tất Thành hướng về cảng.", &[]),
            // A body's head word after the comma opens the body.
            ("Sau chuyến thăm tại Slovakia, Đoàn đại biểu cấp cao đã báo cáo. Đoàn sang thăm Lào.", &[]),
            (
                "Ông Lê Văn An, Trưởng phòng Giáo dục quận Hai Bà Trưng, Hà Nội cho biết.",
                &[("Lê Văn An", &[("Trưởng phòng", Some("phòng Giáo dục quận Hai Bà Trưng"))])],
            ),
        ],
    );
}

/// Streets bear the names of historical figures: a list opened by "như",
/// "gồm" or a colon after a street's word ("các tuyến đường như …", "các
/// phố: …"), or whose names each carry their district in brackets ("…
/// (quận 8), … (quận 7)"), names streets, not people. A list after "là",
/// after "đường dây" (a ring), or after a district and a semicolon still
/// names people.
#[test]
fn lists_of_streets_named_after_people() {
    run_cases(
        "streets",
        &[
            ("Nhiều tuyến phố trung tâm như Hai Bà Trưng, Lý Thường Kiệt, Trần Hưng Đạo bị ngập sâu.", &[]),
            ("Mưa lớn khiến các tuyến đường như: Cộng Hòa, Hoàng Văn Thụ, Lê Văn Sỹ ùn tắc kéo dài.", &[]),
            ("Các tuyến đường khác như Phạm Hùng (quận 8), Nguyễn Hữu Thọ (quận 7) cũng ùn ứ từ sáng.", &[]),
            (
                "Cầm đầu đường dây là Nguyễn Văn Thới, Trần Quốc Thái và Lê Thị Vân.",
                &[("Nguyễn Văn Thới", &[]), ("Trần Quốc Thái", &[]), ("Lê Thị Vân", &[])],
            ),
            (
                "Hai đối tượng trú tại huyện Quế Võ (Bắc Ninh) và Trần Văn Quang (SN 1994) bị bắt.",
                &[("Trần Văn Quang", &[])],
            ),
            (
                "Ông Lê Văn Tâm phụ trách quận Ninh Kiều; Hồ Công Thiện, Đội phó Đội 7, phụ trách quận Cái Răng.",
                &[("Lê Văn Tâm", &[]), ("Hồ Công Thiện", &[("Đội phó", Some("Đội 7"))])],
            ),
        ],
    );
}

/// Captions, credits and headlines run on into the next sentence when a
/// page loses its full stops: a word no name has that opens that sentence
/// ends the name before it ("… Theo Kế hoạch", "… Ngoài ra", "… Năm 2016",
/// "… Ngày 4.6"). A given name that is also a common word stays in the
/// name where no sentence can start ("Nguyễn Văn Để (76 tuổi)", "Hằng 230
/// triệu đồng"), and so does a role ("Phạm Minh Chính Ủy viên …").
#[test]
fn names_run_on_into_the_next_sentence() {
    let names = |text: &str| -> Vec<String> {
        let mut v: Vec<String> = Extractor::new().extract(text).people.into_iter().map(|p| p.name).collect();
        v.sort();
        v
    };
    let cases: &[(&str, &[&str])] = &[
        (
            "Người dân xếp hàng từ sáng sớm. Ảnh: Thái An Theo Kế hoạch số 12, thành phố sẽ mở thêm điểm bán.",
            &["Thái An"],
        ),
        ("Nhà đầu tư huyền thoại Warren Buffett Theo CNBC, tỉ phú này vẫn sống giản dị.", &["Warren Buffett"]),
        ("Hoa hậu Đỗ Mỹ Linh Năm 2016 được coi là dấu mốc của cô.", &["Đỗ Mỹ Linh"]),
        ("Đối tượng Lê Bá Hoài Ngày 4.6, Cơ quan điều tra đã khởi tố vụ án.", &["Lê Bá Hoài"]),
        ("Nghệ sĩ Xuân Hương Ngoài ra, chương trình còn có nhiều khách mời.", &["Xuân Hương"]),
        ("Ông Nguyễn Văn Để (76 tuổi) khai nhận toàn bộ hành vi.", &["Nguyễn Văn Để"]),
        ("Bị cáo phải trả cho chị Cao Thị Hằng 230 triệu đồng.", &["Cao Thị Hằng"]),
        ("Bà Trương Thị May mặc áo dài truyền thống.", &["Trương Thị May"]),
        ("Ông Phạm Minh Chính Ủy viên Bộ Chính trị phát biểu.", &["Phạm Minh Chính"]),
        ("Người hâm mộ chúc mừng diễn viên Nhã Phương Năm nay cô đóng ba bộ phim.", &["Nhã Phương"]),
        ("Ông Phạm Sỹ Quý sau đó bị kỷ luật.", &["Phạm Sỹ Quý"]),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter(|(text, want)| names(text) != *want)
        .map(|(text, want)| format!("{text}\n   got  {:?}\n   want {want:?}", names(text)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // A body's capitalised name cut where a function word opens the
    // clause holds no name of four plain syllables.
    let text = "Ảnh chụp từ website của Cơ quan An Ninh Nội Địa Mỹ Với Việt Nam, hai bên hợp tác.";
    let doc = Extractor::new().extract(text);
    assert!(doc.organisations.iter().any(|o| o.name == "Cơ quan An Ninh Nội Địa Mỹ"), "{:?}", doc.organisations);
}

/// A photographer or author named only in a credit line is not who the
/// article's short form names: "ông Tuấn" is the one person of the body
/// named "… Tuấn", not "Ảnh: Tiến Tuấn".
#[test]
fn short_forms_do_not_name_a_credited_photographer() {
    let text = "TS Nguyễn Quốc Tuấn, Viện trưởng Viện Nghiên cứu tôn giáo, cho rằng lễ hội cần đổi mới.\n\
                Người dân chen nhau xin lộc ở đền. Ảnh: Tiến Tuấn\n\
                Ông Tuấn khẳng định người dân cần được hướng dẫn.";
    let doc = Extractor::new().extract(text);
    let said = |name: &str| -> Vec<&str> {
        let p = doc.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name}: {:?}", doc.people));
        p.mentions.iter().map(|m| &text[m.span.range()]).collect()
    };
    assert_eq!(said("Nguyễn Quốc Tuấn"), ["Nguyễn Quốc Tuấn", "Tuấn"]);
    assert_eq!(said("Tiến Tuấn"), ["Tiến Tuấn"]);
}

/// A cleric ("giáo sĩ") and a film producer written "NSX" are titled.
#[test]
fn clerics_and_producers_are_titled() {
    run_cases(
        "titles",
        &[
            ("Giáo sĩ Fethullah Gulen sống lưu vong tại Mỹ.", &[("Fethullah Gulen", &[("Giáo sĩ", None)])]),
            ("NSX Lý Liệt cho biết phim sẽ ra rạp vào tháng 9.", &[("Lý Liệt", &[("NSX", None)])]),
        ],
    );
}

/// A title that opens the sentence, then a comma and a form of address:
/// the press's preposed apposition names the title's holder after the
/// comma. After "Theo" the apposition closes with a second comma; where a
/// verb follows the name, "Theo X" named the source and the name is the
/// next clause's subject.
#[test]
fn titles_in_a_preposed_apposition() {
    run_cases(
        "apposition",
        &[
            (
                "Phó Chủ tịch UBND tỉnh Hà Tĩnh, ông Trần Báu Hà cho biết tỉnh đã hỗ trợ ngư dân.",
                &[("Trần Báu Hà", &[("Phó Chủ tịch", Some("UBND tỉnh Hà Tĩnh"))])],
            ),
            (
                "Người phát ngôn Bộ Ngoại giao Nhật Bản, ông Norio Maruyama, khẳng định lập trường của Tokyo.",
                &[("Norio Maruyama", &[("Người phát ngôn", Some("Bộ Ngoại giao Nhật Bản"))])],
            ),
            (
                "Theo Giám đốc Sở Tài chính Đà Nẵng, bà Nguyễn Thị Thu, ngân sách đã được giải ngân.",
                &[("Nguyễn Thị Thu", &[("Giám đốc", Some("Sở Tài chính Đà Nẵng"))])],
            ),
            ("Theo bác sĩ, anh Toàn sẽ phải nằm viện hai tuần.", &[("Toàn", &[])]),
            ("Theo Chủ tịch UBND tỉnh, ông Nguyễn Văn Hùng đã ký quyết định.", &[("Nguyễn Văn Hùng", &[])]),
        ],
    );
}

/// A posting after a title's body ("tại" and a country, a province or a
/// known body) belongs to the body, and the holder's name follows it; a
/// title closed by its posting is not chained by a comma to the next one.
#[test]
fn titles_with_a_posting() {
    run_cases(
        "posting",
        &[
            (
                "Đại sứ Hàn Quốc tại Liên Hợp Quốc Cho Tae-yul phát biểu tại cuộc họp.",
                &[("Cho Tae-yul", &[("Đại sứ", Some("Hàn Quốc tại Liên Hợp Quốc"))])],
            ),
            (
                "Trưởng đại diện UNICEF tại Việt Nam Rana Flowers cho biết trẻ em vùng lũ cần được hỗ trợ.",
                &[("Rana Flowers", &[("Trưởng đại diện", Some("UNICEF tại Việt Nam"))])],
            ),
            (
                "Theo phóng viên TTXVN tại Pháp, Tổng thống Pháp Emmanuel Macron đã ký sắc lệnh.",
                &[("Emmanuel Macron", &[("Tổng thống", Some("Pháp"))])],
            ),
            (
                "Theo phóng viên TTXVN tại Mỹ Latinh, Tổng thống Argentina Mauricio Macri đã tới Brazil.",
                &[("Mauricio Macri", &[("Tổng thống", Some("Argentina"))])],
            ),
        ],
    );
}

/// A body written after the name and "của" is the body of the title
/// before the name ("HLV Antonio Conte của Chelsea"); not a country nor a
/// common noun after "của", and not the body of a rank.
#[test]
fn the_body_after_the_name_and_cua() {
    run_cases(
        "của after the name",
        &[
            (
                "HLV Antonio Conte của Chelsea tỏ ra hài lòng với kết quả.",
                &[("Antonio Conte", &[("HLV", Some("Chelsea"))])],
            ),
            (
                "Người phát ngôn Moon Sang-gyun của Bộ Quốc phòng Hàn Quốc cho biết như vậy.",
                &[("Moon Sang-gyun", &[("Người phát ngôn", Some("Bộ Quốc phòng Hàn Quốc"))])],
            ),
            (
                "Bác sĩ Phạm Văn Khoa của Bệnh viện Chợ Rẫy cho biết bệnh nhân đã tỉnh.",
                &[("Phạm Văn Khoa", &[("Bác sĩ", Some("Bệnh viện Chợ Rẫy"))])],
            ),
            ("Ca sĩ Hồ Quỳnh Hương của Việt Nam biểu diễn.", &[("Hồ Quỳnh Hương", &[("Ca sĩ", None)])]),
            ("Thượng tá Lê Văn Tân của Bộ Công an trả lời.", &[("Lê Văn Tân", &[("Thượng tá", None)])]),
        ],
    );
}

/// The sports pages' "chân sút" (a striker) and "siêu cò" (a players'
/// agent) are titles; after the article "một" a role names a kind of
/// person, so a short name after it is no title's holder ("một chân sút
/// Mourinho ưa thích", "một quan chức Washington"), while a full name
/// after it is a person introduced ("một tài tử điển trai Trần Hiểu Đông").
#[test]
fn occupations_of_the_sports_pages_and_the_indefinite_article() {
    run_cases(
        "chân sút, một",
        &[
            (
                "Chân sút Harry Kane đã ghi hai bàn, còn siêu cò Jorge Mendes đến sân theo dõi.",
                &[("Harry Kane", &[("Chân sút", None)]), ("Jorge Mendes", &[("siêu cò", None)])],
            ),
            // (Mourinho, a person the tables know, is named: with no title.)
            ("Anh là mẫu cầu thủ lý tưởng, một chân sút Mourinho ưa thích.", &[("Mourinho", &[])]),
            ("Một quan chức Washington giấu tên nói với báo chí.", &[]),
            (
                "Cô nảy sinh tình cảm với một tài tử điển trai Trần Hiểu Đông trong đoàn phim.",
                &[("Trần Hiểu Đông", &[("tài tử", None)])],
            ),
        ],
    );
}

/// A name that is exactly a body the tables know or a brand names the
/// body, not a person ("Jetstar Pacific cho biết", "Burger King ra mắt"),
/// unless a form of address names a person there.
#[test]
fn a_known_body_or_brand_is_no_person() {
    run_cases(
        "bodies, not people",
        &[
            ("Jetstar Pacific cho biết sẽ bồi thường cho hành khách.", &[]),
            ("Burger King ra mắt vào năm 2012 tại TP.HCM.", &[]),
            ("Bà Mai Linh cho biết bà đã nghỉ hưu.", &[("Mai Linh", &[])]),
        ],
    );
}

/// Singers, actors and comedians the press names by a stage name ("Quang
/// Lê", "Việt Hương", "Hiền Hồ") are people standing alone; a list of
/// roles and players whose capitalised run is cut from a word ("Táo Môi
/// trường Tự Long", a character and its actor) makes no neighbour of the
/// cut run.
#[test]
fn stage_names_and_runs_cut_from_a_word() {
    run_cases(
        "stage names",
        &[
            ("Quang Lê và Việt Hương sẽ biểu diễn tại Mỹ.", &[("Quang Lê", &[]), ("Việt Hương", &[])]),
            ("Đêm nhạc có sự tham gia của Hiền Hồ.", &[("Hiền Hồ", &[])]),
            (
                "Dàn Táo gồm Táo Giáo dục Vân Dung, Táo Môi trường Tự Long và Táo Y tế Chí Trung.",
                &[("Vân Dung", &[]), ("Tự Long", &[]), ("Chí Trung", &[])],
            ),
        ],
    );
}

/// A preposition that opens the sentence ("Ngoài", "Giữa", "Vì") is not
/// the first word of the name after it; a surname that is also a
/// preposition ("Từ") still opens one.
#[test]
fn a_sentence_opening_preposition_is_no_part_of_the_name() {
    run_cases(
        "preposition",
        &[
            (
                "Ngoài Phạm Thị Lan, Trần Minh Đức cũng được khen thưởng.",
                &[("Phạm Thị Lan", &[]), ("Trần Minh Đức", &[])],
            ),
            ("Giữa Lê Quốc Bảo và Vũ Thanh Hà không có mâu thuẫn nào.", &[("Lê Quốc Bảo", &[]), ("Vũ Thanh Hà", &[])]),
            (
                "Ngoài Rashford, tiền vệ Lingard cũng vắng mặt trong buổi tập.",
                &[("Rashford", &[]), ("Lingard", &[("tiền vệ", None)])],
            ),
            ("Từ Thị Hoa cho biết chị đã nộp đơn lên xã.", &[("Từ Thị Hoa", &[])]),
        ],
    );
}

/// A description (an introducer of data/introducers.txt, with its country)
/// and a full name between commas: "Người đẹp Nga, Vita Sidorkina, từng …".
/// Without the second comma the name may be the next clause's subject.
#[test]
fn a_described_name_between_commas() {
    run_cases(
        "described",
        &[
            ("Người đẹp Brazil, Ana Beatriz Barros, từng nhiều lần lên bìa tạp chí.", &[("Ana Beatriz Barros", &[])]),
            ("Người đẹp, Hà Nội vẫn là nơi đáng sống nhất.", &[]),
        ],
    );
}

/// Words of praise, age or standing between a title with no body and the
/// name (data/role_adjectives.txt): the title is still the named
/// person's. Not before a word that is no name.
#[test]
fn praise_between_a_title_and_a_name() {
    run_cases(
        "praise",
        &[
            ("Nam MC nổi tiếng Quang Minh dẫn dắt chương trình.", &[("Quang Minh", &[("MC", None)])]),
            ("Bộ phim có sự tham gia của nữ diễn viên gạo cội Lê Khanh.", &[("Lê Khanh", &[("diễn viên", None)])]),
            ("HLV kỳ cựu Arsene Wenger chia tay đội bóng.", &[("Arsene Wenger", &[("HLV", None)])]),
            ("Ca sĩ nổi tiếng nhất Việt Nam năm nay là ai?", &[]),
        ],
    );
}

/// Teachers ("cô giáo", "thầy giáo") and researchers, experts and critics
/// named by their field ("nhà nghiên cứu văn hóa", "chuyên gia quân sự")
/// are occupational titles (SCHEMA.md), the field kept in the role.
#[test]
fn teachers_and_experts_by_their_field() {
    run_cases(
        "field",
        &[
            ("Cô giáo Phan Thị Huệ đã dạy tại trường 20 năm.", &[("Phan Thị Huệ", &[("Cô giáo", None)])]),
            (
                "Theo nhà nghiên cứu văn hóa Trần Đình Sơn, tục này có từ lâu.",
                &[("Trần Đình Sơn", &[("nhà nghiên cứu văn hóa", None)])],
            ),
            (
                "Chuyên gia quân sự Lê Văn Cương nhận định tình hình sẽ căng thẳng.",
                &[("Lê Văn Cương", &[("Chuyên gia quân sự", None)])],
            ),
        ],
    );
}

/// A body after "của" right after a role is the role's body ("chủ tịch của
/// Hiệp hội Thép Việt Nam"); a role after "của" is another person's ("các
/// cầu thủ của HLV …"). After a title with its body, a rank is the
/// person's own ("Tư lệnh Quân khu 7 Trung tướng …").
#[test]
fn bodies_after_cua_and_ranks_after_a_body() {
    run_cases(
        "của",
        &[
            (
                "Ông Hùng, chủ tịch của Hiệp hội Thép Việt Nam, cho biết giá thép sẽ tăng.",
                &[("Hùng", &[("chủ tịch", Some("Hiệp hội Thép Việt Nam"))])],
            ),
            ("Các cầu thủ của HLV Park Hang-seo thi đấu rất tốt.", &[("Park Hang-seo", &[("HLV", None)])]),
            (
                "Tư lệnh Quân khu 9 Trung tướng Lê Văn Cường phát biểu tại hội nghị.",
                &[("Lê Văn Cường", &[("Tư lệnh", Some("Quân khu 9")), ("Trung tướng", None)])],
            ),
        ],
    );
}

/// An English possessive names a brand, a show or a work, never a person,
/// nor do the words right after it ("Victoria's Secret", "Asia's Next Top
/// Model"); an apostrophe inside a name is no possessive ("O'Neal").
#[test]
fn an_english_possessive_names_no_person() {
    run_cases(
        "possessive",
        &[
            ("Cô từng là thiên thần của Victoria's Secret suốt 5 năm.", &[]),
            ("Quán quân Asia’s Next Top Model năm nay là một cô gái Philippines.", &[]),
            ("Ông Shaquille O'Neal cho biết anh rất vui.", &[("Shaquille O'Neal", &[])]),
        ],
    );
}

/// "Miss" opens a beauty contest's name in the Vietnamese press, not a
/// form of address: "giải Miss Teen Wisconsin", "Miss World".
#[test]
fn miss_opens_a_contest() {
    run_cases(
        "miss",
        &[
            ("Cô từng giành giải Miss Teen Oregon năm 16 tuổi.", &[]),
            ("Cuộc thi Miss Grand International năm nay diễn ra tại Việt Nam.", &[]),
            ("Miss World (Hoa hậu Thế giới) là cuộc thi sắc đẹp lâu đời.", &[]),
        ],
    );
}

/// The reporter spoken to ("trao đổi với PV …", "với phóng viên …") is not
/// the holder of the title after the comma: the official who answers gets
/// his own titles only.
#[test]
fn the_reporter_spoken_to_lends_no_title() {
    run_cases(
        "reporter",
        &[
            (
                "Trao đổi với PV báo Công Lý, Thượng tá Lê Văn Bình cho biết vụ việc đang được điều tra.",
                &[("Lê Văn Bình", &[("Thượng tá", None)])],
            ),
            (
                "Chiều 7/2, trao đổi với phóng viên, Trung tá Đỗ Minh Quân cho biết đã tạm giữ hai người.",
                &[("Đỗ Minh Quân", &[("Trung tá", None)])],
            ),
        ],
    );
}

/// A long list of streets whose members carry their stretch in brackets
/// ("Nam Kỳ Khởi Nghĩa (đoạn từ … đến …)") names streets to its end.
#[test]
fn a_long_list_of_streets_with_stretches() {
    run_cases(
        "streets",
        &[(
            "Đèn được lắp tại các đường: Trường Sơn, Nam Kỳ Khởi Nghĩa (đoạn từ Võ Thị Sáu đến Lê Lợi), Hàm Nghi, \
             Đồng Khởi, Lê Duẩn, Phạm Ngọc Thạch, Tôn Đức Thắng, Võ Văn Kiệt, Trương Định, Nguyễn Thị Minh Khai.",
            &[],
        )],
    );
}

/// A function word capitalised because a full stop was lost ("Những",
/// "Nếu", "Việc") is no one-word name after a status word or a kin word;
/// a given name that is also a function word still is ("bị cáo Sự").
#[test]
fn a_function_word_after_a_status_word_is_no_name() {
    run_cases(
        "function word",
        &[
            ("Roi vọt ảnh hưởng đến thể chất của trẻ Những vết bầm còn rõ trên lưng.", &[]),
            ("Người mẹ kể lại với con gái Nếu có chuyện gì thì gọi ngay.", &[]),
            (
                "Bị cáo Trần Văn Sự bị tuyên phạt 8 năm tù. Tại tòa, bị cáo Sự thừa nhận hành vi.",
                &[("Trần Văn Sự", &[])],
            ),
        ],
    );
}

/// Lower-case words that complete a title's body before a name hold no
/// preposition or conjunction: "cầu thủ … ở vòng loại Cúp Quốc gia" names
/// no one, "Bộ trưởng Khoa học … thuộc đảng Likud" no party member.
#[test]
fn a_preposition_ends_a_titles_body() {
    run_cases(
        "body bridge",
        &[
            ("Anh là cầu thủ SL Nghệ An ở vòng loại Cúp Quốc gia.", &[]),
            ("Các nhà báo Syria ở ngoại ô Aleppo đã được giải cứu.", &[]),
            (
                "Cục trưởng Cục Quản lý chất lượng Huỳnh Văn Chương cho biết.",
                &[("Huỳnh Văn Chương", &[("Cục trưởng", Some("Cục Quản lý chất lượng"))])],
            ),
        ],
    );
}

/// "tân" (newly in office) describes the holder, not the post: "tân Tổng
/// thống" and "Tổng thống" are one title. After a word that names the
/// office itself ("cuộc bầu cử", "Văn phòng", "giữ chức", "trở thành",
/// "là"), a title with no name after it is the office, not a mention of its
/// holder; after "Theo" it is the holder.
#[test]
fn a_new_holder_and_the_office_itself() {
    let text = "Tân Tổng thống Pháp Emmanuel Macron đến Berlin. Tổng thống Pháp Emmanuel Macron gặp bà Merkel.";
    let doc = Extractor::new().extract(text);
    let roles: Vec<&str> = doc.people[0].titles.iter().map(|t| t.role.as_str()).collect();
    assert_eq!(roles, ["Tổng thống"], "{:?}", doc.people);
    let text = "Tổng thống Pháp Emmanuel Macron thắng cuộc bầu cử Tổng thống Pháp năm 2017. \
                Văn phòng Tổng thống Pháp cho biết ông sẽ đến Berlin. Trước khi trở thành Tổng thống Pháp, \
                ông từng giữ chức Bộ trưởng Kinh tế Pháp. Theo Tổng thống Pháp, chuyến thăm rất quan trọng.";
    let doc = Extractor::new().extract(text);
    let macron = doc.people.iter().find(|p| p.name == "Emmanuel Macron").expect("Macron");
    let said: Vec<&str> = macron.mentions.iter().map(|m| &text[m.span.start..m.span.end]).collect();
    assert_eq!(said, ["Emmanuel Macron", "Tổng thống Pháp"], "{:?}", macron.mentions);
    assert!(said_after(text, &macron.mentions[1], "Theo "), "{:?}", macron.mentions);
}

/// True when the mention's text comes right after `before`.
fn said_after(text: &str, m: &viet_extract::Mention, before: &str) -> bool {
    text[..m.span.start].ends_with(before)
}

/// The author's pen name that ends an article, on its own line or after
/// the last sentence, is a person even where it spells a place, a
/// province or a country ("Lâm Đồng", "Bạch Đằng", "Ba Lan (Tổng hợp)");
/// not an outlet the tables know ("Thanh Niên"), a source ("Theo Dân
/// Trí") or a credit's word ("Sưu tầm").
#[test]
fn pen_names_that_spell_places() {
    run_cases(
        "pen names",
        &[
            ("Vụ việc đang được cơ quan công an điều tra, làm rõ. Lâm Đồng", &[("Lâm Đồng", &[])]),
            ("Máy đạt điểm cao hơn đời trước.\n\nBạch Đằng\n", &[("Bạch Đằng", &[])]),
            ("Bộ váy được giới mộ điệu khen ngợi. Ba Lan (Tổng hợp)", &[("Ba Lan", &[])]),
            ("Ngọn lửa bùng lên từ phía sau xe. Thanh Niên", &[]),
            ("Bộ phim thu hút nhiều khán giả. Theo Dân Trí", &[]),
            ("Em sẽ vẫn muốn được yêu anh. Sưu Tầm", &[]),
        ],
    );
}

/// The author who ends an article with a dash left after the name ("…
/// tại LHQ. Võ Sáu -"), after the source ("Theo Techtimes Hoàng Hà -",
/// "Theo Sputnik An Công -") or before it ("Trúc Phong Tham khảo:
/// Engadget", "Kiều Hương (Tổng hợp) Nguồn : …"), is a person; an outlet
/// of several words is no author ("Theo Tri Thức Trẻ").
#[test]
fn authors_after_a_dash_or_a_source() {
    run_cases(
        "end authors",
        &[
            (
                "Đoàn công tác đã làm việc với các sở, ngành.\nKim ngạch xuất khẩu đạt 900 triệu USD. Nguyên Hồng -",
                &[("Nguyên Hồng", &[])],
            ),
            (
                "Cảnh sát đã vào cuộc.\nNhiều người đã bị bắt giữ vì vụ việc này. Theo Techtimes Hoàng Hà -",
                &[("Hoàng Hà", &[])],
            ),
            ("Cảnh sát đã vào cuộc.\nCô đã tổ chức một đám cưới nhỏ. Theo Tri Thức Trẻ", &[]),
            // The source after the name: "Theo", "Nguồn", "Tham khảo", maybe
            // after "(Tổng hợp)".
            (
                "Ông đã nói vậy.\nỨng dụng sẽ ra mắt trong năm nay. Trúc Phong Tham khảo: Engadget",
                &[("Trúc Phong", &[])],
            ),
            (
                "Ông đã nói vậy.\nVụ việc được dư luận quan tâm. Kiều Hương (Tổng hợp) Nguồn : Tin Nhanh Online",
                &[("Kiều Hương", &[])],
            ),
        ],
    );
}

/// A person's name inside the name of a body the tables know is the
/// body's namesake ("Đoàn TNCS Hồ Chí Minh", "Quỹ Bill & Melinda Gates"),
/// not a mention of the person; the same name elsewhere still is.
#[test]
fn namesakes_inside_known_bodies() {
    run_cases(
        "namesakes",
        &[
            ("Anh là đoàn viên Đoàn TNCS Hồ Chí Minh từ năm 2010.", &[]),
            ("Đoàn công tác của Trung ương Đoàn TNCS Hồ Chí Minh thăm đảo.", &[]),
            (
                "Học viện Chính trị quốc gia Hồ Chí Minh tổ chức hội thảo về tư tưởng của Chủ tịch Hồ Chí Minh.",
                &[("Hồ Chí Minh", &[("Chủ tịch", None)])],
            ),
        ],
    );
}

/// A name that ends a body named by its head ("Công ty TNHH …", "Trường
/// THPT …", "phòng khám đa khoa …") is the body's name, even with a verb
/// after it that a person could do; a title or a form of address before a
/// name still makes a person, and a leader's one-word name after
/// "chính quyền" stays the leader's.
#[test]
fn namesakes_at_the_end_of_bodies_named_by_their_head() {
    run_cases(
        "namesakes after a head",
        &[
            ("Công ty TNHH Hải Long cho biết sẽ bồi thường cho các hộ dân.", &[]),
            ("Phòng khám đa khoa Tâm An bị phạt 40 triệu đồng vì quảng cáo sai.", &[]),
            ("Thầy cô Trường THPT Lê Quý Đôn cho biết kỳ thi diễn ra an toàn.", &[]),
            ("Công ty cổ phần dược phẩm Minh Khang bị khởi tố về tội buôn lậu.", &[]),
            (
                "Ông Trần Văn Bình, Giám đốc Công ty TNHH Hải Long, cho biết sẽ khắc phục.",
                &[("Trần Văn Bình", &[("Giám đốc", Some("Công ty TNHH Hải Long"))])],
            ),
            ("Chính quyền Obama cho biết sẽ không nhượng bộ.", &[("Obama", &[])]),
        ],
    );
}

/// A role, a company, club or body the tables know, then a foreign name:
/// the body is the holder's ("CEO Uber Travis Kalanick", "Chủ tịch
/// Atletico Madrid Enrique Cerezo"); a show named after a brand is no one
/// ("Disney On Ice").
#[test]
fn a_known_foreign_body_between_a_role_and_a_name() {
    run_cases(
        "foreign body",
        &[
            ("CEO Uber Travis Kalanick vừa rời ban cố vấn.", &[("Travis Kalanick", &[("CEO", Some("Uber"))])]),
            (
                "Chủ tịch Atletico Madrid Enrique Cerezo xác nhận tin này.",
                &[("Enrique Cerezo", &[("Chủ tịch", Some("Atletico Madrid"))])],
            ),
            ("Vé xem Disney On Ice do nhà sản xuất Disney On Ice phân phối.", &[]),
        ],
    );
}

/// "Facebooker" (a user of the network the press quotes) opens a name
/// like other descriptors, and is neither part of it nor a title.
#[test]
fn facebookers_quoted_by_name() {
    run_cases(
        "facebooker",
        &[
            ("Facebooker Thach Tran Kim viết trên trang cá nhân rằng món ăn quá đắt.", &[("Thach Tran Kim", &[])]),
            ("\"Nhìn rất đẹp\" - Facebooker Nguyễn Trung Tín bày tỏ.", &[("Nguyễn Trung Tín", &[])]),
            ("Nhiều facebooker chia sẻ bài viết này.", &[]),
        ],
    );
}

/// Credits and authors' names written in capitals ("Ảnh: LÊ THOA", a last
/// line "NGUYỄN NGUYÊN") are people; a body or a word in capitals there is
/// not ("Ảnh: HẢI QUÂN MỸ", "DOANH NHÂN").
#[test]
fn credits_and_authors_in_capitals() {
    run_cases(
        "capitals",
        &[
            ("Đường phố vẫn thông thoáng. Ảnh: LÊ THOA Sau Tết, lượng xe tăng.", &[("LÊ THOA", &[])]),
            ("Ban điều hành đã họp bàn phương án. NGUYỄN NGUYÊN", &[("NGUYỄN NGUYÊN", &[])]),
            // A line of capitals alone is read recased.
            ("Ban điều hành đã họp bàn phương án.\n\nNGUYỄN NGUYÊN", &[("Nguyễn Nguyên", &[])]),
            ("Tàu khu trục rời cảng. Ảnh: HẢI QUÂN MỸ", &[]),
            ("Giá vàng tăng mạnh. DOANH NHÂN", &[]),
        ],
    );
}

/// A player named with the club in brackets is a person, Vietnamese given
/// names and foreign names alike ("Quang Hải (Hà Nội FC)", "Dele Alli
/// (Tottenham Hotspur)").
#[test]
fn players_named_with_their_club() {
    run_cases(
        "club brackets",
        &[
            (
                "Quang Hải (Hà Nội FC) và Đức Chinh (SHB Đà Nẵng) được gọi lên tuyển.",
                &[("Quang Hải", &[]), ("Đức Chinh", &[])],
            ),
            ("Vua phá lưới: Dele Alli (Tottenham Hotspur) với 18 bàn.", &[("Dele Alli", &[])]),
        ],
    );
}

/// A title before a comma and a form of address is the named person's
/// after a short opening phrase too ("Trong khi đó, Bộ trưởng Quốc phòng
/// Nhật Bản, bà Tomomi Inada …"), and over the office it serves after
/// "của" ("Người phát ngôn của Tổng thống Nga, ông Dmitry Peskov …").
#[test]
fn preposed_titles_after_an_opening_phrase_or_of_an_office() {
    run_cases(
        "preposed",
        &[
            (
                "Trong khi đó, Bộ trưởng Quốc phòng Nhật Bản, bà Tomomi Inada cho rằng luật pháp cần được tôn trọng.",
                &[("Tomomi Inada", &[("Bộ trưởng", Some("Quốc phòng Nhật Bản"))])],
            ),
            (
                "Người phát ngôn của Tổng thống Nga, ông Dmitry Peskov nói với các nhà báo.",
                &[("Dmitry Peskov", &[("Người phát ngôn", None)])],
            ),
        ],
    );
}

/// A title with its body, a spaced dash and a full name: the title is the
/// name's ("Chủ tịch UBND TP Hà Nội - Nguyễn Đức Chung cho rằng"); between
/// two titles the dash joins them ("Phó Chủ tịch - Tổng thư ký").
#[test]
fn a_dash_between_a_title_and_the_name() {
    run_cases(
        "dash",
        &[
            (
                "Ngày 9/1, Chủ tịch UBND TP Hà Nội - Nguyễn Đức Chung cho rằng cần giữ loa phường.",
                &[("Nguyễn Đức Chung", &[("Chủ tịch", Some("UBND TP Hà Nội"))])],
            ),
            (
                "Phó Chủ tịch - Tổng thư ký Phan Anh Sơn dự lễ.",
                &[("Phan Anh Sơn", &[("Phó Chủ tịch", None), ("Tổng thư ký", None)])],
            ),
        ],
    );
}

/// A plural role and a word that opens a list ("như", "gồm", "là", a
/// colon) name the people of the list after it, who share the role
/// ("những cầu thủ như Tiến Dụng, Văn Tới", "hai tiền đạo là Văn Quyết và
/// Công Phượng"); a year before a field label makes no role plural, and
/// bodies or places after the opener are no people.
#[test]
fn lists_after_a_plural_role_and_an_opener() {
    run_cases(
        "plural list",
        &[
            (
                "Đội bóng đã mất nhiều cầu thủ như Tiến Dụng, Văn Tới, Thái Quý trong mùa giải.",
                &[
                    ("Tiến Dụng", &[("cầu thủ", None)]),
                    ("Văn Tới", &[("cầu thủ", None)]),
                    ("Thái Quý", &[("cầu thủ", None)]),
                ],
            ),
            (
                "Tuyển quốc gia chỉ còn 2 tiền đạo là Văn Quyết và Công Phượng.",
                &[("Văn Quyết", &[("tiền đạo", None)]), ("Công Phượng", &[("tiền đạo", None)])],
            ),
            (
                "Đêm nhạc có sự góp mặt của các ca sĩ như: Mỹ Linh, Đức Tuấn, Yến Trang.",
                &[("Mỹ Linh", &[("ca sĩ", None)]), ("Đức Tuấn", &[("ca sĩ", None)]), ("Yến Trang", &[("ca sĩ", None)])],
            ),
            ("Android được nhiều nhà sản xuất như Samsung, Huawei sử dụng.", &[]),
            ("Các cầu thủ như Hà Nội, Hải Phòng đều thắng.", &[]),
        ],
    );
}

/// Partners named with one another: a name joined by "hay" or "hoặc" to a
/// person is one ("Đức Chinh hoặc Thanh Bình"); two names across a spaced
/// dash are a pair after a word of a couple or a duo ("vợ chồng Lý Hải -
/// Minh Hà", "cặp Quang Hải - Tiến Dụng") or alone on their line (two
/// authors), not after a word of a route, nor in a run of dashes (streets
/// named after people).
#[test]
fn partners_joined_by_or_and_by_a_dash() {
    run_cases(
        "partners",
        &[
            (
                "HLV Hữu Thắng cho biết sẽ chọn tiền đạo Đức Chinh hoặc Thanh Bình.",
                &[("Hữu Thắng", &[("HLV", None)]), ("Đức Chinh", &[("tiền đạo", None)]), ("Thanh Bình", &[])],
            ),
            (
                "Ông Park Hang-seo đánh giá cao cặp tiền vệ Quang Hải - Tiến Dụng ở trận này.",
                &[("Park Hang-seo", &[]), ("Quang Hải", &[("tiền vệ", None)]), ("Tiến Dụng", &[])],
            ),
            (
                "Sáng 5/6, vợ chồng ca sĩ Lý Hải - Minh Hà đưa con đi chơi.",
                &[("Lý Hải", &[("ca sĩ", None)]), ("Minh Hà", &[])],
            ),
            (
                "Lực lượng chức năng đã dọn dẹp hiện trường.\nNguyễn Văn Tùng - Thanh Hà",
                &[("Nguyễn Văn Tùng", &[]), ("Thanh Hà", &[])],
            ),
            ("Đoạn Khuất Duy Tiến - Nguyễn Trãi và tuyến Nước Ngầm - Yên Nghĩa bị ngập.", &[]),
            ("Ông Lê Văn Ba đi qua các phố Bà Triệu - Lê Đại Hành - Thái Phiên.", &[("Lê Văn Ba", &[])]),
        ],
    );
}

/// A foreign name written once more with a middle initial or with one
/// letter more or fewer at the end of a word is the person named more
/// often ("John G. Trump" and "John Trump", "Warren Buffet" and "Warren
/// Buffett"); Vietnamese syllables differing so are two people ("Nguyen
/// Van Than" and "Nguyen Van Thanh"), and so are names that differ in
/// their initials only.
#[test]
fn spelling_variants_of_foreign_names() {
    run_cases(
        "variants",
        &[
            (
                "Ông John G. Trump là chú ruột của tổng thống. Ông John Trump dạy tại MIT. John Trump mất năm 1985.",
                &[("John Trump", &[])],
            ),
            (
                "Tỷ phú Warren Buffet chia sẻ bí quyết. Tỷ phú Warren Buffett cho biết ông vẫn làm việc. \
                 Warren Buffett năm nay 87 tuổi.",
                &[("Warren Buffett", &[])],
            ),
            (
                "Ông Nguyen Van Than và ông Nguyen Van Thanh đã đến. Ông Nguyen Van Thanh nói.",
                &[("Nguyen Van Than", &[]), ("Nguyen Van Thanh", &[])],
            ),
        ],
    );
}

/// A team's line-up names its players: after a sports team's name (a club
/// or team the tables know, or a team's head such as "U23"), maybe its
/// formation in brackets, or a role labelling a field ("Hậu vệ:"), and a
/// colon, three or more names separated by commas or semicolons up to the
/// end of the sentence ("U23 Malaysia: Haziq, Adam, Faiz, Safawi."); not
/// a list after another kind of word, nor one that runs on into a
/// sentence.
#[test]
fn line_ups_after_a_team() {
    run_cases(
        "line-ups",
        &[
            (
                "Đội hình thi đấu. U23 Malaysia: Haziq, Adam, Faiz, Safawi.",
                &[("Haziq", &[]), ("Adam", &[]), ("Faiz", &[]), ("Safawi", &[])],
            ),
            (
                "Chelsea (3-4-3): Courtois; Azpilicueta, Luiz, Cahill; Moses, Kante.",
                &[
                    ("Courtois", &[]),
                    ("Azpilicueta", &[]),
                    ("Luiz", &[]),
                    ("Cahill", &[]),
                    ("Moses", &[]),
                    ("Kante", &[]),
                ],
            ),
            (
                "Danh sách triệu tập. Hậu vệ: Đình Trọng, Văn Hậu, Duy Mạnh.",
                &[("Đình Trọng", &[("Hậu vệ", None)]), ("Văn Hậu", &[("Hậu vệ", None)]), ("Duy Mạnh", &[("Hậu vệ", None)])],
            ),
            ("Bảng A: Qatar, Oman, Iraq, Syria.", &[]),
            ("Kết quả. U23 Malaysia: Haziq, Adam, Faiz thắng dễ.", &[]),
            // A page that lost its line breaks runs the last player into the
            // next team's line-up, or into the next sentence.
            (
                "Đội hình. Chelsea: Courtois; Luiz, Cahill; Kante, Costa Arsenal: Cech; Koscielny, Monreal; Walcott Nhận định: hòa.",
                &[
                    ("Courtois", &[]),
                    ("Luiz", &[]),
                    ("Cahill", &[]),
                    ("Kante", &[]),
                    ("Costa", &[]),
                    ("Cech", &[]),
                    ("Koscielny", &[]),
                    ("Monreal", &[]),
                    ("Walcott", &[]),
                ],
            ),
            // A player's one word is the short form of the full name the
            // article writes elsewhere.
            (
                "Thủ môn Petr Cech đã trở lại. Arsenal: Cech; Koscielny, Monreal, Xhaka.",
                &[("Petr Cech", &[("Thủ môn", None)]), ("Koscielny", &[]), ("Monreal", &[]), ("Xhaka", &[])],
            ),
        ],
    );
}

/// A match preview's table writes each team's formation after a label
/// ("Dự kiến:", "Đội hình xuất phát:"), its lines parted by spaced dashes
/// and its players by commas; a page that lost its line breaks runs the
/// last player into the next team's name and label, which end the item.
/// Not a list of places after the label, nor one with no label or team.
#[test]
fn formations_after_a_label() {
    run_cases(
        "formations",
        &[
            (
                "Thông tin trước trận. Nga Dự kiến: Akinfeev - Dzhikiya, Vasin – Glushakov, Golovin – Smolov New Zealand Dự kiến: Marinovic – Boxall, Durante – Wood",
                &[
                    ("Akinfeev", &[]),
                    ("Dzhikiya", &[]),
                    ("Vasin", &[]),
                    ("Glushakov", &[]),
                    ("Golovin", &[]),
                    ("Smolov", &[]),
                    ("Marinovic", &[]),
                    ("Boxall", &[]),
                    ("Durante", &[]),
                    ("Wood", &[]),
                ],
            ),
            (
                "Đội hình xuất phát: Casilla - Nacho, Varane, Marcelo - Kovacic, Isco - Morata.",
                &[
                    ("Casilla", &[]),
                    ("Nacho", &[]),
                    ("Varane", &[]),
                    ("Marcelo", &[]),
                    ("Kovacic", &[]),
                    ("Isco", &[]),
                    ("Morata", &[]),
                ],
            ),
            // The substitutes' bench, after its own label.
            (
                "Đội hình ra sân. Dự bị: Neto, Benatia, Asamoah, Marchisio.",
                &[("Neto", &[]), ("Benatia", &[]), ("Asamoah", &[]), ("Marchisio", &[])],
            ),
            ("Dự kiến: Hà Nội, Đà Nẵng - Huế, Cần Thơ.", &[]),
            ("Lộ trình: Casilla - Nacho, Varane - Marcelo.", &[]),
        ],
    );
}

/// A photo credit whose caption's next sentence runs on after it, opening
/// with a role ("Ảnh: Hồng Vĩnh Bộ trưởng Bộ VHTTDL …"), keeps the
/// photographer's name to its own words; the role is the next person's.
#[test]
fn a_credit_run_on_into_a_role() {
    run_cases(
        "credit run on",
        &[(
            "Lễ trao giải diễn ra trang trọng. Ảnh: Minh Đức Chủ tịch UBND tỉnh Nguyễn Văn Sơn phát biểu.",
            &[("Minh Đức", &[]), ("Nguyễn Văn Sơn", &[("Chủ tịch", Some("UBND tỉnh"))])],
        )],
    );
}

/// A role that labels a field of a squad or a cast before a colon, maybe
/// with its count in brackets ("Thủ môn (3):", "Diễn viên:"), is the title
/// of every name listed after it, those with a club in brackets too, also
/// where a page lost the line break before the label.
#[test]
fn a_field_label_is_the_title_of_its_list() {
    run_cases(
        "labelled lists",
        &[
            (
                "Danh sách U23 Việt Nam Thủ môn (3): Bùi Tiến Dũng (FLC Thanh Hóa), Phí Minh Long (Hà Nội FC), \
                 Lê Văn Trường (HAGL).",
                &[
                    ("Bùi Tiến Dũng", &[("Thủ môn", None)]),
                    ("Phí Minh Long", &[("Thủ môn", None)]),
                    ("Lê Văn Trường", &[("Thủ môn", None)]),
                ],
            ),
            (
                "Phim hành động. Diễn viên: Keanu Reeves, Michael Nyqvist, Alfie Allen.",
                &[
                    ("Keanu Reeves", &[("Diễn viên", None)]),
                    ("Michael Nyqvist", &[("Diễn viên", None)]),
                    ("Alfie Allen", &[("Diễn viên", None)]),
                ],
            ),
        ],
    );
}

/// A common word that opens a sentence, before a name the article knows,
/// is no part of it in a list ("Những Công Phượng, Đức Chinh …" names
/// Công Phượng); a family name the tables lack before given names stays
/// ("Hoắc Kiến Hoa và Lâm Tâm Như").
#[test]
fn a_sentence_opening_word_before_a_known_name_in_a_list() {
    run_cases(
        "opening words",
        &[(
            "Tiền đạo Nguyễn Văn Toàn trở lại. Những Văn Toàn, Minh Vương đều thi đấu tốt.",
            &[("Nguyễn Văn Toàn", &[("Tiền đạo", None)]), ("Minh Vương", &[])],
        )],
    );
}

/// A caption or a title run on into the next sentence, its full stop
/// lost, ends before a word that opens the sentence: a given name the
/// tables call rare that opens a word with the lower-case word after it
/// ("Narendra Modi Tuy nhiên, …", "Ảnh: Lê Quân Tuy nhiên, …"); a common
/// given name stays in the name ("Nguyễn Văn Thành công tác …").
#[test]
fn names_run_on_before_a_rare_given_name() {
    run_cases(
        "run on",
        &[
            (
                "Đoàn đã gặp Thủ tướng Ấn Độ Narendra Modi Tuy nhiên, kế hoạch đã thay đổi.",
                &[("Narendra Modi", &[("Thủ tướng", Some("Ấn Độ"))])],
            ),
            ("Giá đất tăng mạnh. Ảnh: Lê Quân Tuy nhiên, giao dịch vẫn chậm.", &[("Lê Quân", &[])]),
            ("Ông Nguyễn Văn Thành công tác tại huyện từ năm 2010.", &[("Nguyễn Văn Thành", &[])]),
        ],
    );
}

/// Players named with no title are the subjects of the game's verbs: a
/// dribble, a run behind the defence ("Filip Djuricic dẫn bóng …", "Minh
/// Hiếu thoát xuống …").
#[test]
fn players_as_subjects_of_the_game_verbs() {
    run_cases(
        "game verbs",
        &[
            ("Trong một đợt tấn công, Filip Djuricic dẫn bóng từ cánh trái.", &[("Filip Djuricic", &[])]),
            ("Ở phút 41, Minh Hiếu thoát xuống bên cánh trái.", &[("Minh Hiếu", &[])]),
        ],
    );
}

/// An English name closed by the word of an event ("Cup", "League",
/// "Open", "Show", "Awards", "Week": `event_words.txt`) is the event, not a
/// person, however it is cued ("vô địch Confederations Cup", "có tên
/// European Super League"); a stage name that ends in an English word of
/// its own stays a person ("ca sĩ Trà My Idol").
#[test]
fn events_named_in_english_are_no_people() {
    run_cases(
        "events",
        &[
            ("Đội tuyển Đức vô địch Confederations Cup sau khi thắng Chile.", &[]),
            ("Giải đấu có tên European Super League sẽ khởi tranh năm sau.", &[]),
            ("Rafael Nadal vào chung kết Madrid Open lần thứ tám.", &[("Rafael Nadal", &[])]),
            ("Hãng Airbus giới thiệu mẫu máy bay mới tại Paris Air Show.", &[]),
            ("Người mẫu Thanh Hằng diễn tại London Fashion Week.", &[("Thanh Hằng", &[("Người mẫu", None)])]),
            ("Ca sĩ Trà My Idol vừa ra mắt album mới.", &[("Trà My Idol", &[("Ca sĩ", None)])]),
            // "Internet", a photo's source, is no word of the name after it.
            ("Trận đấu kết thúc. Ảnh: Internet Bàn thắng vào lưới Leicester.", &[]),
        ],
    );
}

/// A role, "của" and a company the tables name bare ("Yahoo", "Apple":
/// `brands.tsv`) give the title its body, as a body's head or a known
/// body does ("chủ tịch của Hiệp hội Thép"); not a product of the brand
/// ("giám đốc của Samsung Galaxy" names no body).
#[test]
fn a_company_after_cua_is_the_titles_body() {
    run_cases(
        "role của brand",
        &[
            (
                "Marvin Liao, cựu Giám đốc điều hành của Yahoo, cho biết ông sẽ rời đi.",
                &[("Marvin Liao", &[("cựu Giám đốc điều hành", Some("Yahoo"))])],
            ),
            (
                "Giám đốc điều hành của Apple, Tim Cook, rất thích nói về thực tế ảo.",
                &[("Tim Cook", &[("Giám đốc điều hành", Some("Apple"))])],
            ),
            ("Bà Lisa Wang, giám đốc của Samsung Galaxy, phát biểu.", &[("Lisa Wang", &[("giám đốc", None)])]),
        ],
    );
}

/// "mang đến", "mang tới", "đem đến" (to bring: a performance, a look, a
/// song) mark the two-syllable name before them as a person, as other
/// action verbs do ("Lê Thúy mang đến …"); a country spelt "Thụy Sỹ" as
/// well as "Thụy Sĩ" is no one ("tay vợt Thụy Sỹ").
#[test]
fn performers_who_bring_something() {
    run_cases(
        "mang đến",
        &[
            ("Trong đêm diễn, Lê Thúy mang đến bộ sưu tập mới.", &[("Lê Thúy", &[])]),
            ("Sau phần thi, Minh Chiến mang tới làn gió mới cho chương trình.", &[("Minh Chiến", &[])]),
            ("Tay vợt Thụy Sỹ sẽ phải vượt qua nhiều đối thủ.", &[]),
        ],
    );
}

/// The press spells a syllable of "i" or "y" after "h", "k", "l", "m",
/// "s", "t" or "qu" both ways ("nghị sĩ" and "nghị sỹ", "kĩ sư" and "kỹ
/// sư", "trợ lí" and "trợ lý"): every role is read under both spellings.
/// Right after a form of address, a role the press writes in lower case,
/// capitalised and opening with a family name, is the name ("ông Võ Sĩ
/// Sơn", "ông Vũ Công Lực": not "võ sĩ", a boxer, nor "vũ công", a dancer).
#[test]
fn roles_in_both_spellings_of_i_and_y() {
    run_cases(
        "i/y",
        &[
            ("Thượng nghị sỹ John McCain phát biểu.", &[("John McCain", &[("Thượng nghị sỹ", None)])]),
            ("Ca sỹ Mỹ Tâm vừa ra mắt album mới.", &[("Mỹ Tâm", &[("Ca sỹ", None)])]),
            ("Trợ lí Lê Văn Tám cho biết sẽ báo cáo.", &[("Lê Văn Tám", &[("Trợ lí", None)])]),
            (
                "Chiều 8/2, ông Võ Sỹ Sơn - Phó chủ tịch UBND huyện cho biết.",
                &[("Võ Sỹ Sơn", &[("Phó chủ tịch", Some("UBND huyện"))])],
            ),
            (
                "Ông Vũ Công Lực, Giám đốc Sở Thông tin, phát biểu.",
                &[("Vũ Công Lực", &[("Giám đốc", Some("Sở Thông tin"))])],
            ),
            ("Võ sĩ Nguyễn Trần Duy Nhất thắng trận.", &[("Nguyễn Trần Duy Nhất", &[("Võ sĩ", None)])]),
        ],
    );
}

/// A name a list teaches (a list neighbour of a full name) is known at its
/// other mentions too, and makes the runs of those lists neighbours in
/// turn: sports pages name most players by two syllables, in lists.
#[test]
fn names_a_list_teaches_carry_to_other_lists() {
    run_cases(
        "lists",
        &[(
            "Lứa U22 (Minh Vương, Văn Lâm, Đức Lương) được kỳ vọng nhiều. Lứa U19 gồm Trần Bảo Toàn, \
             Đức Lương và Nguyễn Hữu Sơn.",
            &[
                ("Trần Bảo Toàn", &[]),
                ("Nguyễn Hữu Sơn", &[]),
                ("Minh Vương", &[]),
                ("Văn Lâm", &[]),
                ("Đức Lương", &[]),
            ],
        )],
    );
}

/// A body's name and the officer's name after it, where the body's last
/// word is a given-name syllable that could open a name of four words: the
/// family name followed by "Thị" or "Văn" starts the person ("trường Sen
/// Vàng Phạm Thị Tân", "Huyện ủy Vân Hồ Lường Văn Huân"); a name of two
/// family names stays whole ("Sở Y tế Nguyễn Lê Minh Anh").
#[test]
fn a_body_ending_in_a_given_name_before_its_officer() {
    run_cases(
        "body | officer",
        &[
            (
                "Hiệu trưởng trường Sen Vàng Phạm Thị Tân nói rằng trường sẽ xử lý.",
                &[("Phạm Thị Tân", &[("Hiệu trưởng", Some("trường Sen Vàng"))])],
            ),
            (
                "Hiệu trưởng trường mầm non Hoa Hồng Nguyễn Thị Lan cho biết.",
                &[("Nguyễn Thị Lan", &[("Hiệu trưởng", Some("trường mầm non Hoa Hồng"))])],
            ),
            (
                "Giám đốc Sở Y tế Nguyễn Lê Minh Anh cho biết.",
                &[("Nguyễn Lê Minh Anh", &[("Giám đốc", Some("Sở Y tế"))])],
            ),
        ],
    );
}

/// A body the tables know by name right before a foreign name that opens
/// with a given name is no part of the name ("trên Twitter Jack Goldsmith,
/// …", "Ảnh: Reuters Jack Goldsmith, …"); a maker's model is no name
/// ("Audi A5 Sportback", "Hyundai Santa Fe").
#[test]
fn a_known_body_before_a_foreign_name() {
    run_cases(
        "body name",
        &[
            (
                "Trên Twitter Jack Goldsmith, cựu cục trưởng tư vấn pháp lý, viết rằng tòa sẽ ra phán quyết.",
                &[("Jack Goldsmith", &[("cựu cục trưởng", None)])],
            ),
            (
                "Ảnh: Reuters Jack Goldsmith, cựu cục trưởng tư vấn pháp lý, cho rằng tòa sẽ ra phán quyết.",
                &[("Jack Goldsmith", &[("cựu cục trưởng", None)])],
            ),
            ("Hãng giới thiệu mẫu Audi A5 Sportback tại Việt Nam.", &[]),
        ],
    );
}
