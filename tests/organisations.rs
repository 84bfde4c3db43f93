//! Organisations (issue 15): known bodies, extents, one entry per body,
//! foreign bodies, brands, and what is not a body. Every sentence here is
//! written for these tests. Each table lists a text and the names the
//! extractor must return, in order of first mention.

use viet_extract::{Document, Extractor};

fn names(doc: &Document) -> Vec<String> {
    doc.organisations.iter().map(|o| o.name.clone()).collect()
}

/// Runs a table of (case, text, names) and reports every failing case.
fn check(table: &str, cases: &[(u32, &str, &[&str])]) {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (n, text, want) in cases {
        let got = names(&ex.extract(text));
        if got != *want {
            failures.push(format!("case {n}: {text:?}\n    got  {got:?}\n    want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{table}:\n{}", failures.join("\n"));
}

/// Point 1: bodies known by name, with the short forms the press writes.
#[test]
fn known_bodies() {
    check(
        "known bodies",
        &[
            (1, "Bộ NN&PTNT vừa gửi công văn cho các địa phương.", &["Bộ NN&PTNT"]),
            (2, "Lãnh đạo Bộ GD&ĐT và Bộ KH&ĐT làm việc chiều qua.", &["Bộ GD&ĐT", "Bộ KH&ĐT"]),
            (3, "Theo Bộ LĐ-TB&XH, số lao động đã tăng.", &["Bộ LĐ-TB&XH"]),
            (4, "Bộ VH-TT&DL phối hợp với Bộ TT&TT tổ chức tuần lễ.", &["Bộ VH-TT&DL", "Bộ TT&TT"]),
            (5, "Ủy ban Tư pháp của Quốc hội thẩm tra dự án luật.", &["Ủy ban Tư pháp của Quốc hội", "Quốc hội"]),
            (
                6,
                "Ban Tuyên giáo Trung ương và Ủy ban Kiểm tra Trung ương họp.",
                &["Ban Tuyên giáo Trung ương", "Ủy ban Kiểm tra Trung ương"],
            ),
            (
                7,
                "Tòa án nhân dân tối cao và Viện Kiểm sát nhân dân tối cao ký quy chế.",
                &["Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao"],
            ),
            (
                8,
                "Công an TP.HCM phối hợp với Công an tỉnh Long An truy bắt.",
                &["Công an TP.HCM", "Công an tỉnh Long An"],
            ),
            (
                9,
                "Quân khu 4 và Bộ Chỉ huy Quân sự tỉnh Nghệ An diễn tập.",
                &["Quân khu 4", "Bộ Chỉ huy Quân sự tỉnh Nghệ An"],
            ),
            (10, "Hội Nông dân Việt Nam phát động phong trào.", &["Hội Nông dân Việt Nam"]),
            (11, "EVN và Petrovietnam ký thỏa thuận với VNPT.", &["EVN", "Petrovietnam", "VNPT"]),
            (12, "Vietnam Airlines mở đường bay mới; Vietcombank tài trợ.", &["Vietnam Airlines", "Vietcombank"]),
            (13, "Theo TTXVN, phóng viên VOV và VTV có mặt từ sớm.", &["TTXVN", "VOV", "VTV"]),
            (14, "Hãng tin Reuters và AFP dẫn lời một quan chức.", &["Reuters", "AFP"]),
            (15, "Tờ The Guardian đăng bài phân tích.", &["The Guardian"]),
            (
                16,
                "Đại học Quốc gia Hà Nội ký kết với Bệnh viện Bạch Mai.",
                &["Đại học Quốc gia Hà Nội", "Bệnh viện Bạch Mai"],
            ),
            (
                17,
                "Quỹ Nhi đồng Liên hợp quốc (UNICEF) hỗ trợ. UNICEF cho biết sẽ tiếp tục.",
                &["Quỹ Nhi đồng Liên hợp quốc"],
            ),
            (
                18,
                "CLB Hà Nội thắng HAGL; U23 Việt Nam và đội tuyển Việt Nam tập trung.",
                &["CLB Hà Nội", "HAGL", "U23 Việt Nam", "đội tuyển Việt Nam"],
            ),
            (19, "Theo Tuổi Trẻ, tuổi trẻ cần cống hiến; báo Nhân Dân cũng đưa tin.", &["Tuổi Trẻ", "Nhân Dân"]),
            (20, "Tuần tới, đội bóng áo đỏ sẽ gặp Hải Phòng trên sân nhà.", &["Hải Phòng"]),
            (21, "Tờ báo Nga Izvestiya và hãng tin Anh Reuters cùng đưa tin.", &["Izvestiya", "Reuters"]),
            (22, "Hội chợ diễn ra tại Barcelona; Barcelona thắng trận thứ ba liên tiếp.", &["Barcelona"]),
        ],
    );
}

/// Point 1: acronyms of known bodies join their body and are its acronym.
#[test]
fn acronyms_of_known_bodies() {
    let doc = Extractor::new().extract("UNICEF và Tổ chức Y tế Thế giới hỗ trợ. Đại diện WHO cho biết thêm.");
    let o: Vec<_> =
        doc.organisations.iter().map(|o| (o.name.as_str(), o.acronym.as_deref(), o.mentions.len())).collect();
    assert_eq!(o, [("UNICEF", Some("UNICEF"), 1), ("Tổ chức Y tế Thế giới", Some("WHO"), 2)]);
}

/// Point 2: where a name ends.
#[test]
fn extents() {
    check(
        "extents",
        &[
            (1, "Trung tâm kiểm soát bệnh tật tỉnh Yên Bái lấy mẫu.", &["Trung tâm kiểm soát bệnh tật tỉnh Yên Bái"]),
            (2, "Bộ Nông nghiệp và Phát triển nông thôn chỉ đạo.", &["Bộ Nông nghiệp và Phát triển nông thôn"]),
            (3, "Hội hữu nghị Việt Nam - Lào tỉnh Điện Biên ra mắt.", &["Hội hữu nghị Việt Nam - Lào tỉnh Điện Biên"]),
            (4, "Công ty TNHH MTV Cấp nước Bình Minh bị phạt.", &["Công ty TNHH MTV Cấp nước Bình Minh"]),
            (5, "Công ty Cổ phần Dược phẩm Hòa Khánh niêm yết.", &["Công ty Cổ phần Dược phẩm Hòa Khánh"]),
            (6, "Ban Chỉ đạo 389 tỉnh Kiên Giang kiểm tra.", &["Ban Chỉ đạo 389 tỉnh Kiên Giang"]),
            (7, "Sở Y tế Đà Nẵng thông báo thêm ca mắc.", &["Sở Y tế Đà Nẵng"]),
            (8, "Công ty Panasonic ở huyện Đông Anh tuyển dụng.", &["Công ty Panasonic"]),
            (9, "UBND TP giao UBND huyện Mỹ Đức rà soát.", &["UBND TP", "UBND huyện Mỹ Đức"]),
            (10, "Bệnh nhân chuyển tới trung tâm y tế quận Ngũ Hành Sơn.", &["trung tâm y tế quận Ngũ Hành Sơn"]),
            (11, "Xe dừng ở trung tâm thị xã; trung tâm y tế cũng đông.", &[]),
            (12, "Trường Tiểu học Lê Lợi 2 khai giảng sớm.", &["Trường Tiểu học Lê Lợi 2"]),
            (
                13,
                "Trung tâm Kiểm soát bệnh tật (CDC) Quảng Ngãi khuyến cáo.",
                &["Trung tâm Kiểm soát bệnh tật Quảng Ngãi"],
            ),
            (
                14,
                "Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau (Liên hiệp) họp.",
                &["Liên hiệp các tổ chức hữu nghị tỉnh Cà Mau"],
            ),
            (
                15,
                "Cục Quản lý đê điều và Phòng, chống thiên tai cảnh báo.",
                &["Cục Quản lý đê điều và Phòng, chống thiên tai"],
            ),
            (16, "Đại sứ quán Cuba tại Việt Nam tổ chức lễ kỷ niệm.", &["Đại sứ quán Cuba tại Việt Nam"]),
            (17, "Thành ủy-HĐND-UBND thành phố đã chỉ đạo.", &["Thành ủy", "HĐND", "UBND thành phố"]),
            (
                18,
                "Ban Chỉ đạo phòng chống dịch Covid-19 của tỉnh Bắc Ninh họp khẩn.",
                &["Ban Chỉ đạo phòng chống dịch Covid-19 của tỉnh Bắc Ninh"],
            ),
            (19, "Thứ trưởng Bộ GD & ĐT và lãnh đạo Bộ VH, TT&DL dự.", &["Bộ GD & ĐT", "Bộ VH, TT&DL"]),
            (
                20,
                "Phòng xây dựng phong trào Bảo vệ an ninh Tổ quốc trao giấy khen.",
                &["Phòng xây dựng phong trào Bảo vệ an ninh Tổ quốc"],
            ),
            (
                22,
                "UBND tỉnh Ninh Thuận cấp phép cho dự án; U22 Việt Nam - U20 Argentina hòa.",
                &["UBND tỉnh Ninh Thuận", "U22 Việt Nam", "U20 Argentina"],
            ),
            (23, "Trung tâm Y tế Dự Phòng tỉnh Cao Bằng cho biết.", &["Trung tâm Y tế Dự Phòng tỉnh Cao Bằng"]),
            (
                24,
                "Chi cục Hải quan cửa khẩu Cầu Treo thu ngân sách; Bệnh viện Đại học Y Dược chủ yếu tiếp nhận ca nặng.",
                &["Chi cục Hải quan cửa khẩu Cầu Treo", "Bệnh viện Đại học Y Dược"],
            ),
            // An adverb capitalised because it opens the sentence is no
            // part of the name after it.
            (
                25,
                "Hiện Bệnh viện Chợ Rẫy đang theo dõi 3 ca. Cũng Sở Y tế Long An đã báo cáo.",
                &["Bệnh viện Chợ Rẫy", "Sở Y tế Long An"],
            ),
        ],
    );
}

/// Point 3: one body, one entry.
#[test]
fn one_body_one_entry() {
    let ex = Extractor::new();
    let doc = ex.extract(
        "Sở Y tế Lạng Sơn đề nghị người dân khai báo. Giám đốc Sở Y tế tỉnh Lạng Sơn cho biết \
         Sở Y tế Lạng Sơn đã lập chốt.",
    );
    assert_eq!(doc.organisations.len(), 1, "{:?}", names(&doc));
    assert_eq!(doc.organisations[0].aliases, ["Sở Y tế tỉnh Lạng Sơn"]);
    let doc = ex.extract("Tập đoàn Viettel thử nghiệm 5G. Tập đoàn Viễn thông Quân đội cho biết mạng đã phủ sóng.");
    assert_eq!(doc.organisations.len(), 1, "{:?}", names(&doc));
    let doc = ex.extract(
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu tổ chức tuần tra. Theo Bộ Chỉ huy Bộ đội Biên phòng tỉnh, \
         lực lượng đã bắt giữ hai đối tượng.",
    );
    assert_eq!(names(&doc), ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu"]);
    assert_eq!(doc.organisations[0].mentions.len(), 2);
    // The acronym the text gives joins its body; generic acronyms are no body's acronym.
    let doc = ex.extract(
        "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Bình Thuận (BTSME) ra mắt. BTSME có 200 hội viên. \
         UBND tỉnh Bình Thuận và Ủy ban nhân dân tỉnh Bình Thuận là một.",
    );
    let o: Vec<_> =
        doc.organisations.iter().map(|o| (o.name.as_str(), o.acronym.as_deref(), o.mentions.len())).collect();
    assert_eq!(
        o,
        [
            ("Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Bình Thuận", Some("BTSME"), 2),
            ("Ủy ban nhân dân tỉnh Bình Thuận", None, 2)
        ]
    );
    // A press short form written apart joins the full name.
    let doc = ex.extract("Bộ GD & ĐT ra văn bản. Theo Bộ Giáo dục và Đào tạo, kỳ thi giữ nguyên.");
    assert_eq!(names(&doc), ["Bộ Giáo dục và Đào tạo"]);
    assert_eq!(doc.organisations[0].aliases, ["Bộ GD & ĐT"]);
    // A stock code the text gives is that company's, not the body the data
    // knows by those letters (AKP is also a Cambodian news agency).
    let doc =
        ex.extract("Công ty Cổ phần Dệt may Bảo Minh (mã AKP) báo lãi. Cổ phiếu AKP tăng trần. AKP có 3.000 cổ đông.");
    let o: Vec<_> =
        doc.organisations.iter().map(|o| (o.name.as_str(), o.acronym.as_deref(), o.mentions.len())).collect();
    assert_eq!(o, [("Công ty Cổ phần Dệt may Bảo Minh", Some("AKP"), 3)]);
    // A short form of a company's name, and a brand after its legal name.
    let doc = ex.extract("Công ty TNHH Tư vấn Đầu tư Hoàng Long bị phạt. Công ty Hoàng Long đã nộp phạt.");
    assert_eq!(names(&doc), ["Công ty TNHH Tư vấn Đầu tư Hoàng Long"]);
    let doc = ex.extract("Công ty CP Tập đoàn Minh An niêm yết; Tập đoàn Minh An chia cổ tức.");
    assert_eq!(doc.organisations.len(), 1, "{:?}", names(&doc));
    // A kind of body alone joins the one the text names in full, at the same level.
    let doc = ex.extract("UBND huyện Mộc Châu và UBND tỉnh Sơn La họp. Chủ tịch UBND tỉnh nhấn mạnh việc phòng lũ.");
    assert_eq!(names(&doc), ["UBND huyện Mộc Châu", "UBND tỉnh Sơn La"]);
    assert_eq!(doc.organisations[1].aliases, ["UBND tỉnh"]);
}

/// Point 4: foreign bodies stay foreign.
#[test]
fn foreign_bodies() {
    check(
        "foreign bodies",
        &[
            (1, "Bộ Quốc phòng Nga và Bộ Quốc phòng đã trao đổi.", &["Bộ Quốc phòng Nga", "Bộ Quốc phòng"]),
            (2, "Chính phủ Thái Lan họp; Quốc hội Lào thông qua luật.", &["Chính phủ Thái Lan", "Quốc hội Lào"]),
            (
                3,
                "Bộ Ngoại giao Nhật Bản phản đối; Bộ Ngoại giao ra thông cáo.",
                &["Bộ Ngoại giao Nhật Bản", "Bộ Ngoại giao"],
            ),
        ],
    );
}

/// Point 5: companies and brands named without a head word as actors.
#[test]
fn brands() {
    check(
        "brands",
        &[
            (1, "Samsung đầu tư thêm vào nhà máy ở Thái Nguyên.", &["Samsung"]),
            (2, "Khách hàng gọi xe qua hãng Grab và Be.", &["Grab"]),
            (3, "Vinamilk tăng lợi nhuận quý này.", &["Vinamilk"]),
            (4, "Chiếc điện thoại Samsung Galaxy mới ra mắt.", &[]),
            (5, "Theo hãng nghiên cứu Canalys, thị trường phục hồi.", &["Canalys"]),
            (6, "Samsung Electronics công bố kết quả kinh doanh.", &["Samsung Electronics"]),
        ],
    );
}

/// Bodies named in the English form the press keeps: capitalised words
/// closed by a word saying what kind of body it is ("FC", "Group", "Inc",
/// "Airlines", "Foundation"). Such a name is no person ("Chủ tịch Vega
/// Group"); a word that opens the sentence, a word naming the place after
/// it and a known body's name stay what they are; a name going on into
/// another capitalised word is something else (a cup).
#[test]
fn designated_bodies() {
    check(
        "designated bodies",
        &[
            (1, "Tiền vệ này vừa gia nhập Daejeon FC theo dạng cho mượn.", &["Daejeon FC"]),
            (2, "Cổ phiếu của Kangaroo Group tăng mạnh trong phiên sáng.", &["Kangaroo Group"]),
            (3, "Theo Tesla Inc, doanh số quý này tăng 20%.", &["Tesla Inc"]),
            (4, "Ông Lê Minh, Chủ tịch Vega Group, cho biết công ty sẽ mở rộng.", &["Vega Group"]),
            (
                5,
                "Nghiên cứu của Massachusetts Institute of Technology được công bố.",
                &["Massachusetts Institute of Technology"],
            ),
            (
                6,
                "Hãng bay giá rẻ Hoa Sen Airlines và quỹ Asia Foundation ký kết.",
                &["Hoa Sen Airlines", "Asia Foundation"],
            ),
            (7, "Quán Orbit Group ở phố cổ đông khách.", &["Orbit Group"]),
            (8, "Ảnh: Facebook Manchester United.", &["Manchester United"]),
            (9, "Giải AYA Bank Cup khởi tranh vào tháng 8.", &[]),
            (10, "Đối tác Al-Futtaim Group của Dubai ký hợp đồng.", &["Al-Futtaim Group"]),
            // Studios, labels and carmakers.
            (11, "Đại diện Starlight Entertainment cho biết nhóm sẽ tái hợp.", &["Starlight Entertainment"]),
            (12, "Bộ phim do Orion Pictures phát hành vào mùa hè.", &["Orion Pictures"]),
            (13, "Rivera Motors là hãng xe lớn nhất nước này.", &["Rivera Motors"]),
        ],
    );
    let doc = Extractor::new().extract("Ông Lê Minh, Chủ tịch Vega Group, cho biết công ty sẽ mở rộng.");
    assert!(doc.people.iter().all(|p| p.name != "Vega Group"), "{:?}", doc.people);
}

/// Clubs of the sports pages named bare ("Hull City", "Celta Vigo"): known
/// bodies, no people, no counted nouns after a score. A club named after
/// its city is the city after a word of place ("tại Valencia", "tỉnh
/// Chonburi") and inside another body's name ("Đại học Southampton"), and
/// a person after a form of address ("ông Valencia").
#[test]
fn clubs_named_bare() {
    check(
        "clubs",
        &[
            (
                1,
                "Hull City thua Celta Vigo 0-2, còn Swansea City thắng Sunderland.",
                &["Hull City", "Celta Vigo", "Swansea City", "Sunderland"],
            ),
            (2, "Tiền vệ của Valencia ghi bàn vào lưới Athletic Bilbao.", &["Valencia", "Athletic Bilbao"]),
            (3, "Anh ấy sống tại Valencia từ năm 2010.", &[]),
            (4, "Đại học Southampton công bố nghiên cứu mới.", &["Đại học Southampton"]),
            (5, "Mưa lớn kéo dài ở tỉnh Chonburi.", &[]),
            (6, "Ông Valencia cho biết sẽ trở lại.", &[]),
            (7, "Ban lãnh đạo Chelsea họp khẩn.", &["Ban lãnh đạo Chelsea", "Chelsea"]),
        ],
    );
    let ex = Extractor::new();
    let doc = ex.extract("Tỷ số trận đấu: Crystal Palace 4 - 0 Hull City. Celta Vigo thắng.");
    assert!(doc.people.is_empty(), "{:?}", doc.people);
    assert!(doc.figures.is_empty(), "{:?}", doc.figures);
}

/// Outlets the press credits and cites ("Theo Ngôi Sao", "(Khám phá)",
/// "Ảnh: Getty"), whose names are ordinary words elsewhere ("Ngôi sao của
/// làng nhạc" is a star); a body under a head of federations ("Tổng hội").
#[test]
fn outlets_cited_and_federations() {
    check(
        "outlets",
        &[
            (1, "Nhiều người dân đã đến xem. Theo Ngôi Sao", &["Ngôi Sao"]),
            (2, "Ngôi sao của làng nhạc Việt đã trở lại.", &[]),
            (3, "Khám phá những món ăn mới cùng gia đình. Theo Lan Anh (Khám phá)", &["Khám phá"]),
            (4, "Hiện trường vụ tai nạn. Ảnh: Getty", &["Getty"]),
            (5, "Theo Tổng hội Xây dựng Việt Nam, phương án tối ưu là tái thiết.", &["Tổng hội Xây dựng Việt Nam"]),
        ],
    );
}

/// Point 6: facilities, places, fairs, festivals and contests are no bodies.
#[test]
fn not_organisations() {
    check(
        "not organisations",
        &[
            (1, "Hành khách đổ về sân bay Tân Sơn Nhất và ga Sài Gòn.", &[]),
            (2, "Hội chợ Xuân và Lễ hội Hoa Đà Lạt thu hút du khách.", &[]),
            (3, "Cửa khẩu quốc tế Lao Bảo và cảng Cát Lái thông quan.", &[]),
            (4, "Khách sạn Continental và chợ Bến Thành đông khách.", &[]),
            (5, "Cuộc thi Hoa hậu Việt Nam và giải V-League khởi tranh.", &[]),
            (6, "Hội nghị, Đại hội và Lễ hội diễn ra.", &[]),
            (
                7,
                "Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Kạn khai mạc.",
                &["Ban Chấp hành Đảng bộ tỉnh Bắc Kạn", "Đảng bộ tỉnh Bắc Kạn"],
            ),
            (8, "Đoàn dâng hương tại Nghĩa trang liệt sĩ Quốc gia Đường 9.", &[]),
            (9, "Các Sở, ban, ngành và UBND các huyện triển khai.", &[]),
            (10, "Anh Trường Hồng sống ở thôn Sở Hạ từ nhỏ.", &[]),
            // A family name that is also a head word, opening a person's name.
            (11, "Bị cáo Hoàng Văn Sáng và Đoàn Thị Mai cùng ra tòa. Đoàn Thị Mai khai nhận.", &[]),
            (11, "Biển số xe UN - 2043 của xe khách; chỉ số HNX-Index tăng.", &[]),
            (12, "Dân trí của người dân được nâng lên; nhân dân các nước ủng hộ.", &[]),
        ],
    );
}

/// Cases moved from `tests/places.rs`: friendship unions, ministries in
/// full, the Party and the Assembly, acronyms in brackets.
#[test]
fn organisations() {
    check(
        "organisations",
        &[
            (
                1,
                "Bộ Văn hóa, Thể thao và Du lịch phối hợp với Bộ Tài nguyên và Môi trường.",
                &["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài nguyên và Môi trường"],
            ),
            (
                2,
                "Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Hội nghị tổng kết.",
                &["Liên hiệp các tổ chức hữu nghị Việt Nam"],
            ),
            (
                3,
                "Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang và Hội hữu nghị Việt Nam - Venezuela.",
                &["Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang", "Hội hữu nghị Việt Nam - Venezuela"],
            ),
            (
                4,
                "Ủy ban Thường vụ Quốc hội họp; Chính phủ và Bộ Chính trị chỉ đạo.",
                &["Ủy ban Thường vụ Quốc hội", "Chính phủ", "Bộ Chính trị"],
            ),
            (5, "UNICEF và Liên hợp quốc hỗ trợ.", &["UNICEF", "Liên hợp quốc"]),
            (
                6,
                "Trung tâm Quốc tế khoa học và giáo dục liên ngành (ICISE) khai mạc. Trung tâm ICISE là cầu nối.",
                &["Trung tâm Quốc tế khoa học và giáo dục liên ngành"],
            ),
        ],
    );
}

#[test]
fn acronyms_link_mentions() {
    let text = "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) tổ chức hội nghị. VUFO sẽ hỗ trợ. \
                Phó Chủ tịch UBND tỉnh Cà Mau và Uỷ ban nhân dân tỉnh Cà Mau.";
    let doc = Extractor::new().extract(text);
    let vufo = doc.organisations.iter().find(|o| o.acronym.as_deref() == Some("VUFO")).unwrap();
    assert_eq!(vufo.name, "Liên hiệp các tổ chức hữu nghị Việt Nam");
    assert_eq!(vufo.mentions.len(), 2);
    let ubnd: Vec<_> = doc.organisations.iter().filter(|o| o.name.contains("Cà Mau")).collect();
    assert_eq!(ubnd.len(), 1, "UBND and Ủy ban nhân dân name one body: {ubnd:?}");
    assert_eq!(ubnd[0].acronym, None, "UBND names a kind of body, not this one");
}

/// A head word standing for a body named before, then a verb of speech,
/// is that verb's subject: no body runs on over the verb ("Bộ trình Luật
/// …"); a head with its own field after it is still a body.
#[test]
fn head_then_verb() {
    check(
        "head then verb",
        &[
            (1, "Sau khi lấy ý kiến, Bộ trình Chính phủ dự thảo nghị định.", &["Chính phủ"]),
            (2, "Sở đề nghị UBND tỉnh Bình Định bổ sung kinh phí.", &["UBND tỉnh Bình Định"]),
            (3, "Cục thông báo Công ty Minh Phát phải dừng sản xuất.", &["Công ty Minh Phát"]),
            (4, "Bộ Công Thương trình Thủ tướng đề án mới.", &["Bộ Công Thương"]),
            (5, "Sở thông tin và truyền thông Đồng Nai cho biết.", &["Sở thông tin và truyền thông Đồng Nai"]),
        ],
    );
}

/// A sentence adverb capitalised because it opens the sentence does not
/// hide the body after it ("Nay Bộ Y tế", "Hiện Tổng cục Thuế").
#[test]
fn sentence_adverbs_before_bodies() {
    check(
        "adverbs",
        &[
            (1, "Nay Bộ Y tế yêu cầu các bệnh viện báo cáo.", &["Bộ Y tế"]),
            (2, "Nay Sở Xây dựng Hà Nội đã thu hồi giấy phép.", &["Sở Xây dựng Hà Nội"]),
            (3, "Hiện Tổng cục Thuế đang rà soát.", &["Tổng cục Thuế"]),
        ],
    );
}

/// A kind of body followed by "các tỉnh …" names the bodies of several
/// units: no one body of the first unit is made up.
#[test]
fn a_kind_in_several_units() {
    check(
        "several units",
        &[
            (1, "Đoàn kiểm tra làm việc với Sở Y tế các tỉnh Hà Giang, Cao Bằng.", &[]),
            (
                2,
                "Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang họp.",
                &["Liên hiệp các tổ chức hữu nghị tỉnh Bắc Giang"],
            ),
        ],
    );
}

/// A verb by which one body directs another ("giao", "chỉ đạo", "yêu
/// cầu") ends the first body's name; a department's field before its
/// parent body does not ("Khoa Thận nhân tạo Bệnh viện Bạch Mai").
#[test]
fn a_body_directing_another() {
    check(
        "directing",
        &[
            (1, "Chủ tịch UBND TP giao Sở Xây dựng chủ trì, phối hợp với các quận.", &["UBND TP", "Sở Xây dựng"]),
            (2, "UBND tỉnh chỉ đạo Sở Công Thương rà soát giá xăng.", &["UBND tỉnh", "Sở Công Thương"]),
            (3, "Bộ Tài chính yêu cầu Tổng cục Thuế báo cáo ngay.", &["Bộ Tài chính", "Tổng cục Thuế"]),
            (
                4,
                "Bệnh nhân được chuyển tới Khoa Thận nhân tạo Bệnh viện Chợ Rẫy.",
                &["Khoa Thận nhân tạo Bệnh viện Chợ Rẫy", "Bệnh viện Chợ Rẫy"],
            ),
            (
                5,
                "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Phước đã khởi tố vụ án.",
                &["Cơ quan Cảnh sát điều tra Công an tỉnh Bình Phước", "Công an tỉnh Bình Phước"],
            ),
        ],
    );
}

/// A syllable read as part of the word it makes with the one before is no
/// word of its own: "nông thôn" holds no hamlet ("thôn"), "yêu cầu" no
/// bridge ("cầu"), unless a unit of the level is named after it.
#[test]
fn a_syllable_inside_a_word() {
    check(
        "inside a word",
        &[
            (
                1,
                "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị vừa có báo cáo.",
                &["Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị"],
            ),
            (
                2,
                "Hôm qua, Phòng Nông nghiệp và Phát triển nông thôn đã họp.",
                &["Phòng Nông nghiệp và Phát triển nông thôn"],
            ),
            (3, "Tỉnh yêu cầu Bộ Y tế hỗ trợ thêm vắc xin.", &["Bộ Y tế"]),
            (4, "Người dân yêu cầu Công ty Thanh Bình phải bồi thường.", &["Công ty Thanh Bình"]),
            (5, "Phó Chủ tịch Hội Sinh vật cảnh tỉnh Hưng Yên phát biểu.", &["Hội Sinh vật cảnh tỉnh Hưng Yên"]),
            (6, "Xe chạy qua cầu Bộ Đội rồi rẽ vào đường Công Binh.", &[]),
        ],
    );
}

/// A modal after a body's name ends it ("cần", "chỉ"), unless it opens a
/// word with the next syllable ("chỉ đạo", "cần thiết").
#[test]
fn a_modal_after_a_body() {
    check(
        "modals",
        &[
            (1, "Theo ông, Sở Giao thông vận tải cần sớm công bố phương án.", &["Sở Giao thông vận tải"]),
            (2, "Năm ngoái Tạp chí Cộng sản chỉ phát hành số đặc biệt một lần.", &["Tạp chí Cộng sản"]),
            (
                3,
                "Ban Chỉ đạo phòng chống thiên tai tỉnh Quảng Ngãi họp khẩn.",
                &["Ban Chỉ đạo phòng chống thiên tai tỉnh Quảng Ngãi"],
            ),
        ],
    );
}

/// "TP.Hà Nội", "TP.Cần Thơ": the city's name glued to "TP." by its dot is
/// the body's place, and the person after it is no part of the body.
#[test]
fn a_city_glued_to_its_dot() {
    check(
        "TP.",
        &[
            (1, "Sáng nay UBND TP.Hải Phòng đã họp khẩn.", &["UBND TP.Hải Phòng"]),
            (2, "Theo Sở Y tế TP.Đà Nẵng, số ca bệnh giảm.", &["Sở Y tế TP.Đà Nẵng"]),
        ],
    );
    let doc = Extractor::new().extract("Phó Chủ tịch UBND TP.Cần Thơ Lê Văn Tâm dự buổi lễ.");
    let p = &doc.people[0];
    assert_eq!(p.name, "Lê Văn Tâm");
    assert_eq!(p.titles[0].organisation.as_deref(), Some("UBND TP.Cần Thơ"));
}

/// A number after a head numbers the body ("bệnh viện 103") unless a unit
/// follows it, which makes it a count ("tại bệnh viện 41 người", "vay ngân
/// hàng 20 tỷ", "bệnh viện 1-2 tuần", "Thượng viện 100 ghế"); a lower-case head that ends a word
/// with a capital opening the sentence is that word ("Thị trường", "Thông
/// báo", "Lâu đài"), but not a role's ("Trưởng phòng Tham mưu").
#[test]
fn counts_and_words_after_a_head() {
    check(
        "counts after a head",
        &[
            (1, "Có 50 người cách ly, trong đó tại bệnh viện 41 người.", &[]),
            (2, "Gia đình phải vay ngân hàng 20 tỷ đồng để trả nợ.", &[]),
            (3, "Anh phải nằm ở bệnh viện 1-2 tuần.", &[]),
            (4, "Nạn nhân được đưa đến bệnh viện 103 cấp cứu.", &["bệnh viện 103"]),
            // Seats and votes are counted too.
            (12, "Dự luật nhận 50 phiếu chống tại Thượng viện 100 ghế.", &[]),
            (5, "Bài đăng trên Tạp chí Học tập số 11-12 năm 1956.", &["Tạp chí Học tập số 11-12"]),
            (6, "Thị trường 90 triệu dân rất hấp dẫn.", &[]),
            (7, "Thông báo số 60 của Văn phòng Chính phủ nêu rõ.", &["Văn phòng Chính phủ"]),
            (8, "Lâu đài Bran nằm trên đỉnh đồi.", &[]),
            // Inside a sentence too, where the press capitalises a
            // document's or a monument's name.
            (10, "Tại Thông báo số 64 của Văn phòng Chính phủ, Thủ tướng chỉ đạo.", &["Văn phòng Chính phủ"]),
            (11, "Đoàn dâng hương tại Tượng đài Bác Hồ.", &[]),
            (
                9,
                "Trưởng phòng Tham mưu Công an tỉnh Lào Cai cho biết.",
                &["phòng Tham mưu Công an tỉnh Lào Cai", "Công an tỉnh Lào Cai"],
            ),
        ],
    );
}

/// A date after a body's name ends it: a part of the day or a day word
/// with a number or a word of days relative to today after it.
#[test]
fn a_date_after_the_name() {
    check(
        "a date after the name",
        &[
            (1, "Bệnh nhân được phát hiện tại bệnh viện Bạch Mai tối 19-3.", &["bệnh viện Bạch Mai"]),
            (2, "Học sinh tập trung trước Trường THPT Lê Lợi sáng nay.", &["Trường THPT Lê Lợi"]),
            (3, "Đoàn làm việc với Quận ủy quận 3 sáng 7/2 về dự án.", &["Quận ủy quận 3"]),
        ],
    );
}

/// Words of official names the press capitalises or that name a kind of
/// unit: a field hospital ("Bệnh viện dã chiến"), a phrase with "và" or a
/// comma inside ("Bệnh viện Lao và bệnh phổi", "Cục Phòng, chống …").
#[test]
fn official_phrases_inside_a_name() {
    check(
        "official phrases",
        &[
            (1, "Bệnh viện dã chiến Củ Chi đã tiếp nhận 30 bệnh nhân.", &["Bệnh viện dã chiến Củ Chi"]),
            (
                2,
                "Bệnh nhân được Bệnh viện Lao và bệnh phổi Quảng Trị chuyển đi.",
                &["Bệnh viện Lao và bệnh phổi Quảng Trị"],
            ),
            (3, "Cục Phòng, chống tham nhũng đã kiến nghị xử lý.", &["Cục Phòng, chống tham nhũng"]),
            // A subcommittee is a body of its own.
            (4, "Tiểu ban Tuyên truyền đã họp để chuẩn bị cho đại hội.", &["Tiểu ban Tuyên truyền"]),
            // The disease a committee or a centre is named after, also
            // spaced as tokenised corpora write it.
            (
                5,
                "Ban Chỉ đạo phòng chống dịch COVID-19 tỉnh Quảng Nam họp khẩn.",
                &["Ban Chỉ đạo phòng chống dịch COVID-19 tỉnh Quảng Nam"],
            ),
            (
                6,
                "Ban Chỉ đạo phòng chống dịch Covid - 19 tỉnh Hà Nam họp khẩn .",
                &["Ban Chỉ đạo phòng chống dịch Covid - 19 tỉnh Hà Nam"],
            ),
            (
                7,
                "Trung tâm Phòng, chống HIV/AIDS tỉnh Kon Tum cấp thuốc.",
                &["Trung tâm Phòng, chống HIV/AIDS tỉnh Kon Tum"],
            ),
        ],
    );
}

/// "TP." with its abbreviating dot and a space before the city ("Công an
/// TP. Lào Cai"), not where the dot ends a sentence ("UBND TP. Sau đó",
/// "Đảng ủy xã. Ông …").
#[test]
fn a_city_after_an_abbreviating_dot() {
    check(
        "abbreviating dot",
        &[
            (1, "Gia đình đã đề nghị Công an TP. Lào Cai điều tra làm rõ.", &["Công an TP. Lào Cai"]),
            (2, "Chủ tịch UBND TP. Tân An cho biết kế hoạch.", &["UBND TP. Tân An"]),
            (3, "Anh đến UBND TP. Sau đó anh về nhà.", &["UBND TP"]),
            (4, "Anh đã báo công an xã. Ông Lê Văn Tư cho biết.", &[]),
        ],
    );
}

/// A role whose last words are a body's head ("Trưởng Công an", "Chánh
/// văn phòng", "Tổng thanh tra") opens that body whichever case the head
/// is written in; not when a known name follows the role; a unit of a
/// people's committee names the committee too.
#[test]
fn a_body_opened_by_the_end_of_a_role() {
    check(
        "role's head",
        &[
            (1, "Thượng tá Lê Văn Dũng, Trưởng Công an huyện Kim Bôi cho biết.", &["Công an huyện Kim Bôi"]),
            (
                2,
                "Ông Phạm Văn Lộc, Chánh văn phòng Sở Tài chính tỉnh Nam Định cho biết.",
                &["văn phòng Sở Tài chính tỉnh Nam Định", "Sở Tài chính tỉnh Nam Định"],
            ),
            (3, "Theo Chánh văn phòng Yoshihide Suga, tên lửa rơi xuống biển.", &[]),
            (
                4,
                "Bà Lê Thị Hoa, Phó Chánh văn phòng UBND quận Đống Đa cho biết.",
                &["văn phòng UBND quận Đống Đa", "UBND quận Đống Đa"],
            ),
        ],
    );
}

/// A body's name ends where a foreign person's name the tables know
/// begins: the press writes the officer right after the body, with no
/// comma ("Chủ tịch Tập đoàn Siemens Joe Kaeser").
#[test]
fn a_foreign_officer_after_the_body() {
    check(
        "foreign officer",
        &[
            (1, "Thủ tướng tiếp Chủ tịch Tập đoàn Siemens Joe Kaeser tại Hà Nội.", &["Tập đoàn Siemens"]),
            (2, "Chánh án Tòa án Tối cao Roger Taney ra phán quyết.", &["Tòa án Tối cao"]),
        ],
    );
}

/// News outlets and photo agencies in credits and sources, by the short
/// forms the press writes ("Ảnh: VGP/…", "Theo VNE", "Ảnh: KCNA").
#[test]
fn outlets_in_credits_and_sources() {
    check(
        "outlets",
        &[
            (1, "Thủ tướng phát biểu tại hội nghị. Ảnh: VGP/Quang Hiếu", &["VGP"]),
            (2, "Nhà lãnh đạo thị sát nhà máy. Ảnh: KCNA", &["KCNA"]),
            (3, "Cầu thủ ăn mừng bàn thắng. Ảnh: Getty Images", &["Getty Images"]),
            (4, "Vụ việc đang được điều tra. Theo VNE", &["VNE"]),
            (5, "Theo tờ Sunday Telegraph, các bộ trưởng đã họp kín.", &["Sunday Telegraph"]),
        ],
    );
}

/// The press's abbreviated level words with their dot glued to the unit
/// ("Q.Cầu Giấy", "H.Bình Chánh", "P.Tân Định", "TP.Vinh", "Q.1") are
/// level words: the unit's name belongs to the body, and is no person;
/// initials are not ("H.R. McMaster").
#[test]
fn abbreviated_level_words() {
    check(
        "abbreviated levels",
        &[
            (1, "Qua xác minh, Công an Q.Cầu Giấy đã mời anh lên làm việc.", &["Công an Q.Cầu Giấy"]),
            (2, "Công an H.Bình Chánh đang điều tra vụ việc.", &["Công an H.Bình Chánh"]),
            (3, "Anh được mời về trụ sở Công an P.Tân Định làm việc.", &["Công an P.Tân Định"]),
            (4, "Ngày 6.2, UBND Q.1 ra quân xử phạt.", &["UBND Q.1"]),
            (5, "Công an TP.Vinh đã lập chuyên án.", &["Công an TP.Vinh"]),
            (6, "Cố vấn Hội đồng An ninh Quốc gia H.R. McMaster đến thăm.", &["Hội đồng An ninh Quốc gia"]),
        ],
    );
}

/// The officer written after a unit's name with no comma is the officer,
/// not part of the unit, also where the unit's last word is a family name
/// ("UBND huyện Gia Lâm Nguyễn Ngọc Thuần").
#[test]
fn an_officer_after_a_unit_name() {
    check(
        "officer after unit",
        &[
            (1, "Phó Chủ tịch UBND huyện Thanh Trì Đặng Đức Quỳnh khẳng định.", &["UBND huyện Thanh Trì"]),
            (2, "Phó Chủ tịch UBND huyện Gia Lâm Nguyễn Ngọc Thuần cho rằng cần làm rõ.", &["UBND huyện Gia Lâm"]),
            (3, "Chủ tịch UBND xã Phú Sơn Nguyễn Văn Hướng nói rằng dân đã được báo.", &["UBND xã Phú Sơn"]),
        ],
    );
}

/// A noun heading a verb or a quantity, or any other word that is no part
/// of a name, capitalised only because it opens the sentence ("Việc",
/// "Phía", "Ảnh"), is no part of the body's name after it.
#[test]
fn a_sentence_opening_noun_before_a_body() {
    check(
        "sentence-opening noun",
        &[
            (1, "Việc Bộ Tài chính đề xuất điều chỉnh giá là hợp lý.", &["Bộ Tài chính"]),
            (2, "Việc UBND tỉnh Lạng Sơn giao chỉ tiêu là đúng quy định.", &["UBND tỉnh Lạng Sơn"]),
            // Any common word that is no part of a name the tables know.
            (3, "Phía Công ty CP gốm Bát Tràng vẫn đang im lặng.", &["Công ty CP gốm Bát Tràng"]),
            (4, "Cảnh sát đã có mặt tại hiện trường. Ảnh Reuters", &["Reuters"]),
            // Not a word naming the place after it.
            (5, "Làng Hội Xá tham gia hội Gióng từ lâu.", &[]),
        ],
    );
}

/// The line of business between a company's legal form and its own name
/// ("Công ty CP kính …", "Công ty TNHH gang thép …") belongs to the name;
/// a verb there does not ("Công ty TNHH gửi Bộ Công Thương …").
#[test]
fn a_line_of_business_after_the_legal_form() {
    check(
        "line of business",
        &[
            (1, "Công ty CP kính Nam Việt Hưng đã khởi công nhà máy.", &["Công ty CP kính Nam Việt Hưng"]),
            (
                2,
                "Khói bụi bốc lên từ Công ty TNHH gang thép Hưng Nghiệp Formosa Hà Tĩnh.",
                &["Công ty TNHH gang thép Hưng Nghiệp Formosa Hà Tĩnh"],
            ),
            (3, "Công ty TNHH gửi Bộ Công Thương văn bản đề nghị.", &["Bộ Công Thương"]),
            // Read by words, not syllables: "thiết bị" is a word, "bị" alone
            // a function word; a name of given names after the line.
            (
                4,
                "Hai máy xét nghiệm của Công ty CP thiết bị y tế Minh Phúc đã hỏng.",
                &["Công ty CP thiết bị y tế Minh Phúc"],
            ),
            (5, "Công ty TNHH ô tô Hoàng Gia vừa nhập 20 xe.", &["Công ty TNHH ô tô Hoàng Gia"]),
            (6, "Công ty TNHH gốm sứ Hoàng Gia xuất hàng sang Nhật.", &["Công ty TNHH gốm sứ Hoàng Gia"]),
        ],
    );
}

/// A number after a body's name numbers it ("Ban Chỉ đạo 389 tỉnh …",
/// "Cụm thi đua số 1"); one with a lower-case word it counts after it is a
/// quantity, and the words before it a verb, no part of the name ("…
/// bàn giao 10 tàu cá").
#[test]
fn a_number_that_counts_ends_the_name() {
    check(
        "counting numbers",
        &[
            (1, "Công ty Hải Long bàn giao 10 tàu cá cho ngư dân.", &["Công ty Hải Long"]),
            (2, "Ban Chỉ đạo 389 tỉnh Kiên Giang kiểm tra chợ.", &["Ban Chỉ đạo 389 tỉnh Kiên Giang"]),
            (3, "Cụm thi đua số 1 họp tổng kết.", &["Cụm thi đua số 1"]),
        ],
    );
}

/// "Cty", the press's abbreviation of "Công ty", opens a company with its
/// legal form as "Công ty" does ("Cty TNHH MTV …", "Cty CP …"), also as
/// the body of a title ("Giám đốc Cty CP …", not the body "Cty").
#[test]
fn companies_written_cty() {
    check(
        "Cty",
        &[
            (1, "Cty TNHH MTV Hải Long bàn giao 10 tàu cá.", &["Cty TNHH MTV Hải Long"]),
            (2, "Ông Vũ Văn Nam, Giám đốc Cty CP Minh Phát, cho biết.", &["Cty CP Minh Phát"]),
        ],
    );
    let doc = Extractor::new().extract("Ông Vũ Văn Nam, Giám đốc Cty CP Minh Phát, cho biết sẽ bồi thường.");
    let t: Vec<_> = doc.people.iter().flat_map(|p| p.titles.iter().map(|t| t.organisation.as_deref())).collect();
    assert_eq!(t, [Some("Cty CP Minh Phát")]);
}

/// "bộ" is also a set or a film ("Bộ phim …", "bộ sưu tập …"), not the
/// ministry "Bộ": the title after it is a work's, no body's.
#[test]
fn films_and_sets_are_no_ministries() {
    check(
        "bộ phim",
        &[
            (1, "Bộ phim Tây Du Ký được phát sóng lại mỗi dịp hè.", &[]),
            (2, "Bộ sưu tập Xuân Hè ra mắt tại TPHCM.", &[]),
            (3, "Bộ Y tế đề nghị các địa phương tăng cường giám sát.", &["Bộ Y tế"]),
        ],
    );
}

/// A management board is named by the facility it manages ("Ban Quản lý
/// chợ Bát Tràng", "Ban quản lý vịnh Hạ Long", "Ban quản lý đền Trần"),
/// though a facility's word ends other names.
#[test]
fn a_board_named_by_what_it_manages() {
    check(
        "management boards",
        &[
            (1, "Ban Quản lý chợ Hoa Lư cho biết sẽ bố trí lại các sạp.", &["Ban Quản lý chợ Hoa Lư"]),
            (2, "Ban quản lý vịnh Hạ Long tạm dừng cấp phép cho tàu.", &["Ban quản lý vịnh Hạ Long"]),
            (3, "Khách xếp hàng trước chợ Hoa Lư từ sáng sớm.", &[]),
        ],
    );
}

/// An age group and a continent, a region, the world or the national
/// championship name a tournament, no team ("VCK U23 châu Á", "U20 thế
/// giới", "giải U17 quốc gia"); an age group and a country is a team.
#[test]
fn an_age_group_and_a_region_is_a_tournament() {
    check(
        "tournaments",
        &[
            (1, "U23 Việt Nam giành vé dự VCK U23 châu Á 2018.", &["U23 Việt Nam"]),
            (2, "Đội đã tham dự U20 Thế giới và giải U19 Đông Nam Á.", &[]),
            (3, "U23 Thái Lan thắng U23 Malaysia 2-0.", &["U23 Thái Lan", "U23 Malaysia"]),
        ],
    );
}

/// "Trường" opens a school's name and is also a given name: written with
/// a capital and followed by one given name and nothing more, it is a
/// person ("Trường Giang", the comedian) or a street named after one
/// ("Trường Chinh"); with a kind word or a full name it is the school.
#[test]
fn a_head_that_is_also_a_given_name() {
    check(
        "given-name heads",
        &[
            (1, "Danh hài Trường Giang tham gia chương trình tại TPHCM.", &[]),
            (2, "Xe nối đuôi nhau trên đường Cộng Hòa – Trường Chinh sáng nay.", &[]),
            (3, "Trường THPT Trường Chinh khai giảng năm học mới.", &["Trường THPT Trường Chinh"]),
            (
                4,
                "Học viên Trường Chính trị Trường Chinh tỉnh Phú Yên tốt nghiệp.",
                &["Trường Chính trị Trường Chinh tỉnh Phú Yên"],
            ),
            (5, "Tập đoàn Trường Hải công bố doanh số quý I.", &["Tập đoàn Trường Hải"]),
            (6, "Bệnh nhân là nhân viên công ty Trường Sinh.", &["Trường Sinh"]),
        ],
    );
    let doc = Extractor::new()
        .extract("Hari Won và Trường Giang tổ chức minishow tại TPHCM. Trường Giang cho biết anh rất vui.");
    assert!(doc.people.iter().any(|p| p.name == "Trường Giang"), "{:?}", doc.people);
}

/// A site the press cites as its source ("Theo vtv.vn", "Nguồn:
/// nld.com.vn", "(Ảnh: Chinhphu.vn)") is the outlet; a site written in an
/// e-mail address or a link is not.
#[test]
fn cited_sites() {
    check(
        "sites",
        &[
            (1, "Giá xăng tăng từ chiều nay. Theo vtv.vn", &["vtv.vn"]),
            (2, "Lễ ký kết diễn ra sáng qua (Ảnh: Chinhphu.vn).", &["Chinhphu.vn"]),
            (3, "Nguồn: nld.com.vn", &["nld.com.vn"]),
            (4, "Mọi góp ý xin gửi về hộp thư bandoc@gmail.com hoặc trang www.abc.com.vn", &[]),
            (5, "Theo Baochinhphu.vn, Thủ tướng đã ký quyết định.", &["Baochinhphu.vn"]),
            // A site spoken to or published on (site_before.txt).
            (6, "Trao đổi với Tinmoi24h.vn, ông Hòa cho biết giá sẽ giảm.", &["Tinmoi24h.vn"]),
            (7, "Theo trang mạng Newsdaily.com, cuộc họp đã bị hoãn.", &["Newsdaily.com"]),
            (8, "Thí sinh truy cập địa chỉ diemthi.edu.vn để tra cứu điểm.", &[]),
        ],
    );
}

/// A club's, a school's or an institute's head before a known body of its
/// kind names that body: one entry ("CLB Man United" and "Man United",
/// "ĐH Bách khoa Hà Nội" and "Đại học Bách khoa Hà Nội"). A unit's head
/// inside a body names the unit ("Cơ quan CSĐT Công an TP.HCM" is not
/// "Công an TP.HCM").
#[test]
fn a_head_before_a_known_body_of_its_kind() {
    let count = |text: &str| Extractor::new().extract(text).organisations.len();
    assert_eq!(count("Tiền vệ này được CLB Man United cho mượn. Man United đã đồng ý."), 1);
    assert_eq!(count("Sinh viên ĐH Bách khoa Hà Nội giành giải nhất. Đại học Bách khoa Hà Nội khen thưởng."), 1);
    assert_eq!(count("Cơ quan CSĐT Công an TP.HCM đã khởi tố vụ án. Công an TP.HCM đề nghị truy tố."), 2);
}

/// The press's short forms of the district, ward and commune police
/// ("CAQ", "CAH", "CAP", "CAX") open the police of the place after them,
/// one body with its full form ("CAQ Hai Bà Trưng" = "Công an quận Hai
/// Bà Trưng").
#[test]
fn local_police_by_their_short_forms() {
    check(
        "local police",
        &[
            (1, "Ngay sau khi xem clip, CAP Minh Khai đã vào cuộc xác minh.", &["CAP Minh Khai"]),
            (2, "Lực lượng CAH Quảng Điền đang cùng người dân đắp đê.", &["Lực lượng CAH Quảng Điền"]),
        ],
    );
    let doc = Extractor::new().extract("CAQ Hai Bà Trưng đã khởi tố vụ án. Công an quận Hai Bà Trưng đề nghị truy tố.");
    assert_eq!(doc.organisations.len(), 1, "{:?}", doc.organisations);
    // Written otherwise the short form is another word: "Large Cap" is no
    // police, and the figure after it stays.
    let doc = Extractor::new().extract("Chỉ số HNX Large Cap tăng 9,18 điểm trong phiên.");
    assert!(doc.organisations.is_empty(), "{:?}", doc.organisations);
    assert_eq!(doc.figures.len(), 1, "{:?}", doc.figures);
}

/// "CA", the police, before a level word or a place: "CA huyện Thạch
/// Thất", "CA TP.HCM", one body with its full form. Elsewhere the letters
/// are a photo credit ("Ảnh: CA") or part of another name ("Bộ CA").
#[test]
fn the_police_by_ca_before_a_place() {
    check(
        "CA",
        &[
            (1, "Đêm qua, CA huyện Thạch Thất triệt phá một tụ điểm đánh bạc.", &["CA huyện Thạch Thất"]),
            (2, "Hồ sơ đã được chuyển cho CA Đà Nẵng xử lý.", &["CA Đà Nẵng"]),
            (3, "Hiện trường vụ cháy. Ảnh: CA Theo thông tin ban đầu, không có thương vong.", &[]),
            (4, "CA các quận, huyện đã tăng cường tuần tra.", &[]),
        ],
    );
    let doc = Extractor::new().extract("CA TP.HCM đã bắt giữ hai đối tượng. Công an TP.HCM cho biết thêm.");
    assert_eq!(doc.organisations.len(), 1, "{:?}", doc.organisations);
    let doc = Extractor::new().extract("Thủ tướng yêu cầu Bộ CA sớm có báo cáo.");
    assert_eq!(names(&doc), ["Bộ CA"]);
}

/// Words glued by a hyphen, "&" or a dot spell one name after a word of
/// companies or the press ("hãng xe Mercedes-Benz", "nhà mạng AT&T", "hãng
/// tin Al-Jazeera"); a country or a model's number glued on is no part of
/// it.
#[test]
fn names_glued_by_a_hyphen_or_an_ampersand() {
    check(
        "glued",
        &[
            (1, "Từ tháng 3, hãng xe Mercedes-Benz sẽ bán mẫu mới.", &["Mercedes-Benz"]),
            (2, "Video được ghi lại bởi nhà mạng AT&T của Mỹ.", &["AT&T"]),
            (3, "Theo hãng tin Al-Jazeera, cuộc đàm phán đã đổ vỡ.", &["Al-Jazeera"]),
            (4, "Con tàu có 3 máy phụ của hãng Mitsubishi-Nhật Bản.", &["Mitsubishi"]),
        ],
    );
}

/// A school's head the press writes with a capital ("Trường Cao đẳng")
/// also comes after a lower-case "trường": the name is read from
/// "trường" ("trường Cao đẳng y tế Hưng Yên"); "trường đại học và …" in
/// lower case names no school.
#[test]
fn a_lower_case_kind_before_a_capitalised_head() {
    check(
        "lower-case kind",
        &[
            (1, "Cô Bình tốt nghiệp trường Cao đẳng y tế Hưng Yên năm 2010.", &["trường Cao đẳng y tế Hưng Yên"]),
            (2, "Em theo học trường Trung cấp nghề Hưng Yên.", &["trường Trung cấp nghề Hưng Yên"]),
            (3, "Chương trình thí điểm ở trường đại học và một số trường phổ thông.", &[]),
        ],
    );
}

/// After a kind of body written in lower case, a preposition or a
/// conjunction opens no name: "hãng từ 100", "quân đội từ 3", "công ty từ
/// Thái Lan" name no body; a name that opens with a capitalised word that is
/// also a preposition does ("bệnh viện Từ Dũ").
#[test]
fn a_lower_case_kind_then_a_preposition_names_no_body() {
    check(
        "kind then preposition",
        &[
            (1, "Xe được bán rẻ hơn giá niêm yết của hãng từ 50 đến 90 triệu đồng.", &[]),
            (2, "Binh sĩ được thưởng nếu phục vụ thêm cho quân đội từ 2 đến 4 năm.", &[]),
            (3, "Thiết bị được mua của một công ty từ Hàn Quốc.", &[]),
            (4, "Sản phụ đã sinh con tại bệnh viện Từ Dũ vào sáng nay.", &["bệnh viện Từ Dũ"]),
        ],
    );
}

/// A city's word before the name of a province ("tỉnh") names its capital
/// city, another body than the province's ("UBND TP Thái Bình" is not
/// "UBND tỉnh Thái Bình"); before a centrally governed city it names that
/// city ("Công an TP Hà Nội" = "Công an thành phố Hà Nội" = "Công an Hà
/// Nội"). A bare "UBND TP" joins a city's body, not a province's.
#[test]
fn a_provincial_city_is_not_its_province() {
    let count = |text: &str| Extractor::new().extract(text).organisations.len();
    assert_eq!(count("UBND TP Thái Bình đã họp. UBND tỉnh Thái Bình chỉ đạo. UBND thành phố Thái Bình cho biết."), 2);
    assert_eq!(count("Công an TP Hà Nội cho biết. Công an thành phố Hà Nội khẳng định. Công an Hà Nội nói."), 1);
    assert_eq!(count("UBND TP Sóc Trăng họp chiều qua. Theo UBND TP, dự án sẽ khởi công."), 1);
    assert_eq!(count("UBND tỉnh Sóc Trăng họp chiều qua. Theo UBND TP, dự án sẽ khởi công."), 2);
}

/// A fire service's name goes on over "cứu hỏa" to its place: "Phòng Cảnh
/// sát cứu hỏa Tây Hồ", "Sở cứu hỏa London"; a forest's board over "rừng":
/// "Ban quản lý rừng phòng hộ Sông Đà" (org_words.txt).
#[test]
fn fire_services_by_their_full_names() {
    check(
        "fire services",
        &[
            (
                1,
                "Theo lãnh đạo Phòng Cảnh sát cứu hỏa Hoàn Kiếm, đám cháy đã được dập tắt.",
                &["Phòng Cảnh sát cứu hỏa Hoàn Kiếm"],
            ),
            (2, "Sở cứu hỏa Madrid cho biết đã điều 20 xe tới hiện trường.", &["Sở cứu hỏa Madrid"]),
            // And a forest's board over "rừng".
            (3, "Ban quản lý rừng phòng hộ Sông Đà đã báo cáo vụ việc.", &["Ban quản lý rừng phòng hộ Sông Đà"]),
        ],
    );
}

/// Kinds of body written short or as one compound word: "CTCP" (công ty cổ
/// phần, in capitals only), "Hạt KL" (Hạt Kiểm lâm), the youth union of a
/// city, province or district ("Thành đoàn", "Tỉnh đoàn"), a body alone
/// like "Thành ủy".
#[test]
fn short_and_compound_kinds_of_body() {
    check(
        "short kinds",
        &[
            (1, "Lợi nhuận của CTCP Thép Nam Kim tăng mạnh trong quý I.", &["CTCP Thép Nam Kim"]),
            (2, "Hạt KL huyện Kbang đã lập biên bản vụ việc.", &["Hạt KL huyện Kbang"]),
            (3, "Năm nay, Tỉnh đoàn Nghệ An phát động chiến dịch tình nguyện.", &["Tỉnh đoàn Nghệ An"]),
            (4, "Ông từng là Ủy viên Ban Thường vụ Thành đoàn.", &["Ban Thường vụ Thành đoàn"]),
        ],
    );
}

/// After "kênh" (a canal, or a television channel), an outlet the tables
/// know is the outlet ("kênh CNN", "kênh truyền hình NBC"); so is a channel
/// named by an acronym or Latin words ("kênh VTV3", "kênh HBO", "kênh Star
/// World"), not a canal's name or code ("kênh Nhiêu Lộc", "kênh N1", "con
/// kênh Toyokawa") nor a sales channel ("kênh B2B").
#[test]
fn a_known_outlet_after_kenh() {
    check(
        "kênh",
        &[
            (1, "Trả lời phỏng vấn kênh CNN, ông Lee cho biết.", &["CNN"]),
            (2, "Theo kênh truyền hình NBC, vụ việc đang được điều tra.", &["NBC"]),
            (3, "Phim được phát sóng trên kênh VTV3 lúc 21 giờ.", &["VTV3"]),
            (4, "Rác thải trên kênh Nhiêu Lộc bốc mùi.", &[]),
            (5, "Chương trình lên sóng kênh HBO và kênh Star World tối nay.", &["HBO", "Star World"]),
            (6, "Nước chảy từ kênh N1 sang con kênh Toyokawa.", &[]),
            (7, "Doanh nghiệp bán hàng qua kênh B2B.", &[]),
        ],
    );
}

/// French and Irish names glue an elided article or patronymic of one or
/// two capitals to the next word by an apostrophe ("L'Express", "L’Oreal",
/// "O'Reilly"): the name goes on past it. An English possessive does not
/// ("Victoria's Secret" names no body here).
#[test]
fn names_with_an_elided_article() {
    check(
        "elided",
        &[
            (1, "Theo tờ L'Equipe, tiền vệ này sẽ ở lại câu lạc bộ.", &["L'Equipe"]),
            (2, "Tờ báo L’Express dẫn lời một quan chức giấu tên.", &["L'Express"]),
            (3, "Tập đoàn L'Oréal mở nhà máy mới tại Ấn Độ.", &["Tập đoàn L'Oréal"]),
            (4, "Hãng Victoria's Secret đóng cửa 50 cửa hàng.", &[]),
        ],
    );
}

/// A legislature's term ("khóa XIV") qualifies the mention, not the body:
/// the body is "Quốc hội". Letters that name a bank or a computer maker
/// ("MB", "HP") are a unit right after a quantity ("RAM 768 MB", "công
/// suất 940 HP"), but the bank after a year ("Năm 2016 MB lãi lớn").
#[test]
fn terms_and_units_are_not_names() {
    check(
        "terms and units",
        &[
            (1, "Cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XIV.", &["Quốc hội"]),
            (2, "Kỳ họp thứ 3, Quốc hội Khóa XIV thông qua hai luật.", &["Quốc hội"]),
            (3, "Máy có RAM 768 MB và bộ nhớ trong 4 GB.", &[]),
            (4, "Tàu cá lắp máy công suất 940 HP.", &[]),
            (5, "Năm 2016 MB lãi hơn 3.000 tỷ đồng.", &["MB"]),
        ],
    );
}

/// The source an article ends with names an outlet even where no table
/// knows it, when the name is an acronym or a Latin word that is no
/// Vietnamese syllable or given name ("Theo Autodaily", "(Theo BI)",
/// "Theo PC World"); an author there is no outlet ("Theo Minh Minh"), nor
/// a reporter before a slash ("Theo PV/…").
#[test]
fn the_source_an_article_ends_with() {
    check(
        "source",
        &[
            (1, "Mẫu xe mới sẽ về đại lý trong tháng tới. Theo Autodaily", &["Autodaily"]),
            (2, "Hãng sẽ công bố lợi nhuận quý sau. Lê Kiên (Theo BI)", &["BI"]),
            (3, "Mạng 5G sẽ phủ toàn quốc vào năm sau. Theo PC World", &["PC World"]),
            (4, "Chiếc bánh ngon hơn khi ăn nóng. Theo Minh Minh", &[]),
            // Not a source in the middle of the article.
            (5, "Theo Webtretho, nhiều mẹ bỉm sữa đã thử cách này.", &[]),
            // A dash after the author, not the reporter after the outlet.
            (6, "Nhiều người đã bị bắt giữ vì vụ việc này. Theo Techtimes Hoàng Hà -", &["Techtimes"]),
            (7, "Cuộc bầu cử diễn ra hồi năm ngoái. Theo TTXVN PV -", &["TTXVN"]),
            // The source the article was written from ("Tham khảo").
            (8, "Bản cập nhật sẽ ra mắt vào tuần sau. Trúc Phong Tham khảo: Engadget", &["Engadget"]),
        ],
    );
}

/// The outlet in brackets after the author's name that ends an article
/// is a body even where no table knows it ("Thành Nhơn (Trithucthoidai)",
/// "Theo PV (QTM)"); not "(TH)" (compiled) nor capitals after a name in
/// capitals ("(GHI)": written by), nor an acronym that ends a sentence.
#[test]
fn the_outlet_after_the_author() {
    check(
        "author outlet",
        &[
            (1, "Mẫu xe có ba màu sơn ngoại thất. Thành Nhơn (Trithucthoidai)", &["Trithucthoidai"]),
            (2, "Nhà mạng không đổi sim hộ khách hàng. Theo PV (QTM)", &["QTM"]),
            (3, "Giá vàng tăng mạnh trong phiên sáng. Minh Anh (TH)", &[]),
            (4, "Xin cảm ơn ông về cuộc trò chuyện! ĐĂNG HUỲNH (GHI)", &[]),
        ],
    );
}

/// Names of branches and units that end with a region ("CTCP Bia Sài Gòn
/// miền Tây", "Quân khu miền Đông") or sit in an island district ("UBND
/// huyện đảo Trường Sa"): two bodies that differ only in the region stay
/// two.
#[test]
fn regions_and_island_districts() {
    check(
        "regions",
        &[
            (
                1,
                "Ông là Chủ tịch HĐQT CTCP Bia Sài Gòn miền Tây và thành viên HĐQT CTCP Bia Sài Gòn miền Trung.",
                &["CTCP Bia Sài Gòn miền Tây", "CTCP Bia Sài Gòn miền Trung"],
            ),
            (2, "Chủ tịch UBND huyện đảo Trường Sa cho biết tàu đã cập cảng.", &["UBND huyện đảo Trường Sa"]),
            (3, "Quân khu miền Đông của Nga diễn tập quy mô lớn.", &["Quân khu miền Đông"]),
        ],
    );
}

/// A sub-body named after its parent: the parent is the body named after
/// the sub-body's own name ("Phòng Cảnh sát hình sự Công an tỉnh Đồng Nai"
/// names "Công an tỉnh Đồng Nai", not "Cảnh sát hình sự Công an …"); a
/// name with no parent in it names none ("Phòng Cảnh sát kinh tế").
#[test]
fn the_parent_after_a_sub_body_s_own_name() {
    check(
        "parents",
        &[
            (
                1,
                "Phòng Cảnh sát hình sự Công an tỉnh Đồng Nai đang truy tìm nghi phạm.",
                &["Phòng Cảnh sát hình sự Công an tỉnh Đồng Nai", "Công an tỉnh Đồng Nai"],
            ),
            (2, "Phòng Cảnh sát kinh tế đã vào cuộc.", &["Phòng Cảnh sát kinh tế"]),
            (
                3,
                "Văn phòng UBND quận Hai Bà Trưng vừa có thông báo.",
                &["Văn phòng UBND quận Hai Bà Trưng", "UBND quận Hai Bà Trưng"],
            ),
        ],
    );
}

/// The outlet in brackets before a dash that opens the lead
/// ("(Baonghean) - Sáng 5/2, …") is a body even where no table knows it; a
/// caption word in brackets is not ("(Ảnh minh họa) - …").
#[test]
fn the_outlet_that_opens_the_lead() {
    check(
        "lead source",
        &[
            (1, "(Baonghean) - Sáng 5/2, đoàn công tác đến thăm các gia đình chính sách.", &["Baonghean"]),
            (2, "Lễ hội mùa xuân\n(ICTPress) – Chiều 4/2, hội nghị đã khai mạc.", &["ICTPress"]),
            (3, "(Ảnh minh họa) - Chiều nay, mưa lớn kéo dài.", &[]),
        ],
    );
}

/// An outlet the tables know in a credit is the outlet even when the next
/// sentence runs on after it with a capitalised word ("Ảnh: TTXVN Người dân
/// …", "Ảnh: AFP/TTXVN Phát biểu …") or with the caption's subject, a name
/// of two capitalised words ("Ảnh: AP Fariba Tajrostami, …"); elsewhere an
/// acronym before such a word may open another name.
#[test]
fn an_outlet_in_a_credit_before_a_run_on_sentence() {
    check(
        "credit run-on",
        &[
            (1, "Hiện trường vụ nổ. Ảnh: TTXVN Người dân đã được sơ tán.", &["TTXVN"]),
            (2, "Ông phát biểu tại hội nghị. Ảnh: AP Năm 2014, ông từng giữ chức này.", &["AP"]),
            // An outlet's own longer name is read whole.
            (3, "Xúc xích nướng trên nham thạch. (Nguồn: CBS Miami)", &["CBS Miami"]),
            // The caption's subject named right after the credit.
            (4, "Hai mẹ con gặp lại nhau. Ảnh: AP Fariba Tajrostami, 32 tuổi, là một họa sĩ.", &["AP"]),
        ],
    );
}

/// A government written in lower case before its country's name is that
/// government ("chính phủ Nga"); before a person's name it is no body
/// ("chính phủ Trump" is an administration), nor are the authorities
/// ("chính quyền Iceland", a generic mention).
#[test]
fn a_government_in_lower_case_before_its_country() {
    check(
        "government",
        &[
            (1, "Ông chỉ trích chính phủ Nga về vụ việc.", &["chính phủ Nga"]),
            (2, "Trước tình hình đó, chính quyền Iceland đã mở một đường mòn tới núi lửa.", &[]),
            (3, "Dưới chính phủ Trump, thuế nhập khẩu tăng.", &[]),
        ],
    );
}

/// A team of an age group is one body with or without the team's head
/// ("ĐT U23 Việt Nam" and "U23 Việt Nam"), and not the senior team
/// ("đội tuyển Việt Nam").
#[test]
fn an_age_group_team_with_or_without_its_head() {
    let ex = Extractor::new();
    let doc = ex.extract("ĐT U23 Việt Nam thắng đậm. U23 Việt Nam sẽ gặp Thái Lan, còn đội tuyển Việt Nam nghỉ.");
    let names: Vec<&str> = doc.organisations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    let u23 = doc.organisations.iter().find(|o| o.name.contains("U23")).expect("the U23 team");
    assert_eq!(u23.mentions.len(), 2, "{:?}", doc.organisations);
}

/// A foreign name written alone and after a company's or an
/// organisation's head is one body ("Tập đoàn E-United", "Công ty
/// E-United", "E-United"; "Tổ chức Human Rights Watch" and the known
/// "Human Rights Watch"); bodies of other heads keep apart, and so do
/// Vietnamese names.
#[test]
fn a_foreign_name_with_and_without_its_head() {
    check(
        "foreign names",
        &[
            (
                1,
                "Tập đoàn E-United (Đài Loan) là chủ đầu tư. Sau đó, Công ty E-United rút vốn. E-United chưa trả lời.",
                &["Tập đoàn E-United"],
            ),
            (2, "Tổ chức Human Rights Watch lên tiếng. Human Rights Watch cho biết thêm.", &["Human Rights Watch"]),
            (
                3,
                "Bệnh viện Johns Hopkins tiếp nhận bệnh nhân. Đại học Johns Hopkins công bố nghiên cứu.",
                &["Bệnh viện Johns Hopkins", "Đại học Johns Hopkins"],
            ),
        ],
    );
}

/// The press names the Islamic State "Nhà nước Hồi giáo", with or without
/// "tự xưng" and its acronym: one known body.
#[test]
fn the_islamic_state_by_its_short_name() {
    check(
        "islamic state",
        &[
            (1, "Các tay súng Nhà nước Hồi giáo đã rút khỏi thành phố.", &["Nhà nước Hồi giáo"]),
            (
                2,
                "Lực lượng chống tổ chức Nhà nước Hồi giáo (IS) tiến vào thành phố. IS rút lui.",
                &["Nhà nước Hồi giáo"],
            ),
        ],
    );
}

/// After the noun "tổ chức" in lower case (a word before it that makes it
/// a noun: "thuộc", "của", "đại diện"), a foreign name is a body ("thuộc tổ
/// chức Anonymous"); after the verb it is not ("đã tổ chức SEA Games"),
/// nor after the plural ("các tổ chức KHCN", a kind of body).
#[test]
fn a_foreign_name_after_the_noun_to_chuc() {
    check(
        "tổ chức",
        &[
            (1, "Một nhóm hacker thuộc tổ chức Anonymous đã tấn công hàng nghìn trang web.", &["Anonymous"]),
            (2, "Theo thống kê của tổ chức Action Aid, tỷ lệ này tăng.", &["Action Aid"]),
            (3, "Nhà trường đã tổ chức SEA Games cho học sinh.", &[]),
            (4, "Ngân sách cho các tổ chức KHCN công lập còn dàn trải.", &[]),
        ],
    );
}

/// The press writes foreign parties with "đảng" in lower case: before a
/// party the tables know ("đảng Dân chủ", "đảng Bảo thủ"), the mention is
/// that party's, "đảng" included; a party named by its own foreign name
/// ("đảng Minjoo", "đảng PVV") is a body, also after a word of where it
/// stands ("đảng cầm quyền Fine Gael", "đảng cực hữu Jobbik"). Not a
/// gang ("băng đảng MS-13"), not a lower-case "đảng" before a Vietnamese
/// unit's head ("Ban cán sự đảng UBND tỉnh": the unit is read as its own),
/// not a person after a position word ("đảng cực hữu Marine Le Pen").
#[test]
fn parties_after_a_lower_case_dang() {
    check(
        "đảng",
        &[
            (1, "Nhiều nghị sĩ đảng Dân chủ phản đối dự luật ngân sách.", &["đảng Dân chủ"]),
            (2, "Thủ tướng Theresa May của đảng Bảo thủ cầm quyền kêu gọi bầu cử sớm.", &["đảng Bảo thủ"]),
            (3, "Các quan chức thuộc đảng Lao động Triều Tiên không dự lễ duyệt binh.", &["đảng Lao động Triều Tiên"]),
            (4, "Ông Kim được đảng Minjoo đề cử làm ứng viên.", &["Minjoo"]),
            (5, "Theo thăm dò mới nhất, đảng PVV có thể giành 20 ghế.", &["PVV"]),
            (6, "Ông Varadkar là thủ lĩnh đảng cầm quyền Fine Gael.", &["Fine Gael"]),
            (7, "Lãnh đạo đảng cực hữu Jobbik lên tiếng chỉ trích chính phủ.", &["Jobbik"]),
            (8, "Cảnh sát triệt phá một băng đảng MS-13 ở New York.", &[]),
            (9, "Ứng viên đảng cực hữu Marine Le Pen về thứ hai.", &[]),
            (10, "Hội nghị đã nghe Ban cán sự đảng UBND tỉnh báo cáo.", &["Ban cán sự đảng UBND tỉnh", "UBND tỉnh"]),
        ],
    );
}

/// A party the tables know is one body however the press writes it: with
/// "Đảng" or "đảng", by its alias or its acronym ("Công đảng", "CDU"), and
/// its name is not run on into the words after it ("Đảng Bảo thủ cầm
/// quyền" is "Đảng Bảo thủ").
#[test]
fn known_foreign_parties() {
    check(
        "known parties",
        &[
            (1, "Đảng Bảo thủ cầm quyền mất thế đa số tại Hạ viện.", &["Đảng Bảo thủ"]),
            (2, "Lãnh đạo Công đảng tuyên bố sẽ thành lập chính phủ thiểu số.", &["Công đảng"]),
            (
                3,
                "Bà Merkel là lãnh đạo đảng Liên minh Dân chủ Cơ đốc giáo (CDU). CDU dẫn đầu các cuộc thăm dò.",
                &["đảng Liên minh Dân chủ Cơ đốc giáo"],
            ),
            (4, "Đảng Cứu quốc Campuchia (CNRP) đối lập giành thêm ghế.", &["Đảng Cứu quốc Campuchia"]),
            // A known party's name that opens a longer one is not it.
            (5, "Đảng Dân chủ Xã hội (SPD) của Đức tăng điểm.", &["Đảng Dân chủ Xã hội"]),
        ],
    );
}

/// An English outlet's name ends with the word that says it is one
/// ("Times", "Post", "Herald", "News", "Today", "Magazine"…, in
/// `org_designators.txt`): the outlet is a body, not a person ("Military
/// Times nói rằng …"). A word of the press, a classifier, a function word
/// or a country written in Vietnamese before it is no part of its name
/// ("Trang International Business Times", "Tờ Mirror", "London Tờ The
/// Times" with its full stop lost, "nhật báo Ấn Độ Times of India"); a
/// brand's word is ("Kia Motors"), and so is a country's syllable inside a
/// Vietnamese name ("Mỹ Lan Group").
#[test]
fn outlets_named_in_english() {
    check(
        "English outlets",
        &[
            (1, "Military Times nói rằng các cuộc không kích đã tăng gấp đôi.", &["Military Times"]),
            (2, "Trang International Business Times cho biết con số này còn tăng.", &["International Business Times"]),
            (3, "Theo USA Today, giá xăng tại Mỹ đã giảm ba tuần liền.", &["USA Today"]),
            (4, "Tờ Mirror đưa tin, tiền vệ này sẽ sớm gia nhập đội bóng mới.", &["Mirror"]),
            (5, "Chuyến bay cất cánh từ phía tây London Tờ The Times dẫn nguồn tin cho biết.", &["The Times"]),
            (6, "Theo nhật báo Ấn Độ Times of India, cuộc tập trận kéo dài một tuần.", &["Times of India"]),
            (7, "Hyundai và Kia Motors phải triệu hồi hơn 200.000 xe.", &["Hyundai", "Kia Motors"]),
            (8, "Ông Thanh Mỹ từng là Chủ tịch Mỹ Lan Group nhiều năm.", &["Mỹ Lan Group"]),
            // "Sports" names outlets and foundations; "Sport" names models.
            (9, "Theo Fox Sports, tiền vệ này sẽ ở lại.", &["Fox Sports"]),
            (10, "Quỹ được đổi tên thành K-Sports năm 2016.", &["K-Sports"]),
            (11, "Mẫu Outlander Sport có giá mới từ tháng sau.", &[]),
        ],
    );
}

/// "Tin Tức", the news agency's daily, is credited beside the agency
/// ("TTXVN/Tin Tức") and after "báo": an outlet where it is written with
/// every syllable capitalised or after a word of the press, and the
/// ordinary word "tin tức" (news) elsewhere.
#[test]
fn the_agencys_daily_in_credits() {
    check(
        "Tin Tức",
        &[
            (1, "Thủ tướng đã đến Singapore dự hội nghị. TTXVN/Tin Tức", &["TTXVN", "Tin Tức"]),
            (2, "Đọc tin tức mỗi ngày. Tin tức về vụ việc được cập nhật liên tục.", &[]),
            // An outlet under its former name, written in sentence case.
            (3, "Theo báo Tri thức trực tuyến, vụ tai nạn xảy ra lúc 10 giờ.", &["Tri thức trực tuyến"]),
        ],
    );
}

/// After "trang" (a site) in lower case, maybe with what kind of site it
/// is ("trang tin", "trang mạng"), a foreign name is the site, a body
/// (`org_kind_nouns.tsv`); not after a word that makes "trang" part of
/// another ("thời trang Haute Couture", "lực lượng vũ trang"), and not a
/// brand's page ("trang Facebook cá nhân").
#[test]
fn sites_after_a_lower_case_trang() {
    check(
        "trang",
        &[
            (1, "Mẫu xe này được trang Autobytel bình chọn là đáng mua nhất.", &["Autobytel"]),
            (2, "Thông tin được đăng trên trang tin Mixedmartialarts hôm qua.", &["Mixedmartialarts"]),
            (3, "Bộ sưu tập thời trang Haute Couture được giới thiệu tại Paris.", &[]),
            (4, "Cô đăng ảnh lên trang Facebook cá nhân.", &[]),
        ],
    );
}

/// A body and "chi nhánh" with the branch's name (a place, maybe after its
/// level word, a street, a number), with or without a dash, are one body,
/// the branch; the parent named inside it stays a body of its own. A
/// street's name is no person, a person named after the branch is no part
/// of it, and a title names the branch. Not a branch described by where it
/// is ("chi nhánh tại Anh").
#[test]
fn branches_of_banks_and_companies() {
    check(
        "branches",
        &[
            (
                1,
                "Khách hàng đến Vietcombank chi nhánh Thủ Đức để trình báo.",
                &["Vietcombank chi nhánh Thủ Đức", "Vietcombank"],
            ),
            (
                2,
                "Ông gửi 90 đồng tại Ngân hàng Nhà nước Việt Nam Chi nhánh huyện Hòa Vang.",
                &["Ngân hàng Nhà nước Việt Nam Chi nhánh huyện Hòa Vang", "Ngân hàng Nhà nước Việt Nam"],
            ),
            (
                3,
                "Tiền được chuyển qua Ngân hàng Công thương chi nhánh 3 tại TP.HCM.",
                &["Ngân hàng Công thương chi nhánh 3", "Ngân hàng Công thương"],
            ),
            (
                4,
                "Hai nhân viên Agribank chi nhánh Lê Văn Sỹ bị khởi tố.",
                &["Agribank chi nhánh Lê Văn Sỹ", "Agribank"],
            ),
            (
                5,
                "Ngân hàng HDBank – Chi nhánh Gò Vấp đã phong tỏa tài khoản.",
                &["Ngân hàng HDBank - Chi nhánh Gò Vấp", "Ngân hàng HDBank"],
            ),
            (6, "Chi nhánh mới của Samsung chi nhánh tại Anh vừa khai trương.", &["Samsung"]),
        ],
    );
    let ex = Extractor::new();
    let doc = ex.extract("Ông Trần Văn Hậu, Giám đốc BIDV chi nhánh Hà Thành, cho biết đã nhận hồ sơ. Tiền gửi tại Agribank chi nhánh Lê Văn Sỹ.");
    let people: Vec<&str> = doc.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["Trần Văn Hậu"], "a street's name is no person");
    let title = &doc.people[0].titles[0];
    assert_eq!(title.organisation.as_deref(), Some("BIDV chi nhánh Hà Thành"));
    let doc = ex.extract("Giám đốc Vietcombank chi nhánh Bình Tây Nguyễn Văn Thành ký quyết định.");
    assert_eq!(names(&doc), ["Vietcombank chi nhánh Bình Tây", "Vietcombank"]);
    assert_eq!(doc.people[0].name, "Nguyễn Văn Thành");
}

/// A byline's outlet and the bureau that filed the story ("Minh Anh/VOV-Tây
/// Bắc", "PV/VOV-TP. HCM", "(Ảnh: PV/VOV-Paris)"): the bureau is a body,
/// and so is the outlet named inside it; a known agency after the dash is
/// a second credit ("AFP-Getty"), and a word of the press or a known
/// outlet after the bureau ends it. An acronym glued to a word elsewhere
/// is a compound ("ASEAN-Nhật Bản"), no outlet's bureau.
#[test]
fn bureaus_in_bylines() {
    check(
        "bureaus",
        &[
            (1, "Đoàn công tác đã kiểm tra hiện trường./. Minh Anh/VOV-Tây Bắc", &["VOV-Tây Bắc", "VOV"]),
            (2, "Giá vé tăng từ tháng sau./. PV/VOV-TP. HCM", &["VOV-TP. HCM", "VOV"]),
            (3, "Tàu cập cảng sáng nay (Ảnh: PV/VOV-Paris). Trước đó, tàu neo ngoài khơi.", &["VOV-Paris", "VOV"]),
            (4, "Lễ hội thu hút du khách. Ảnh: Tom Hale/AFP-Getty.", &["AFP", "Getty"]),
            (5, "Số ca mắc tăng./. Thu Hà/VOV-Trung tâm Tin Theo Reuters", &["VOV-Trung tâm Tin", "VOV", "Reuters"]),
            (6, "Kim ngạch thương mại ASEAN-Nhật Bản tăng mạnh.", &[]),
        ],
    );
}

/// Armed groups the world pages name as actors are bodies, not people
/// ("Abu Sayyaf" reads as a foreign person's name), with the acronyms the
/// press writes; a leader's title names the group.
#[test]
fn armed_groups() {
    check(
        "armed groups",
        &[
            (1, "Quân đội tiếp tục truy quét phiến quân Maute ở Marawi.", &["Maute"]),
            (2, "Abu Sayyaf đã bắt cóc 18 thủy thủ.", &["Abu Sayyaf"]),
            (
                3,
                "Lực lượng Dân chủ Syria (SDF) tiến vào Raqqa cùng các tay súng YPG.",
                &["Lực lượng Dân chủ Syria", "YPG"],
            ),
            (4, "Chính phủ Colombia ký thỏa thuận hòa bình với FARC.", &["Chính phủ Colombia", "FARC"]),
        ],
    );
    let doc =
        Extractor::new().extract("Trong đoạn video, thủ lĩnh Abu Sayyaf, Isnilon Hapilon, được gọi là tiểu vương.");
    assert!(doc.people.iter().all(|p| p.name != "Abu Sayyaf"));
    let leader = doc.people.iter().find(|p| p.name == "Isnilon Hapilon").expect("the leader");
    assert_eq!(leader.titles[0].organisation.as_deref(), Some("Abu Sayyaf"));
}
