//! Provinces (both eras, every alias, the 2025 merger). Numbered cases.
//! Organisations are in `tests/organisations.rs`.

use viet_extract::{lookup_province, Era, Extractor, ProvinceKind};

/// Runs a table of (case, text, province names) and reports every failing case.
fn check<L: std::fmt::Display>(table: &str, cases: &[(L, &str, &[&str])]) {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (n, text, want) in cases {
        let got: Vec<String> = ex.extract(text).provinces.into_iter().map(|p| p.name).collect();
        if got != *want {
            failures.push(format!("case {n}: {text:?} → {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{table}:\n{}", failures.join("\n"));
}

#[test]
fn provinces() {
    let cases: &[(u32, &str, &[&str])] = &[
        (1, "Đoàn công tác đến TP.HCM và TP. Hồ Chí Minh.", &["Hồ Chí Minh"]),
        (2, "Tỉnh Thừa Thiên - Huế và tỉnh Bà Rịa – Vũng Tàu ký kết.", &["Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"]),
        (3, "Liên hiệp các tỉnh Cà Mau, Bạc Liêu và Sóc Trăng họp.", &["Cà Mau", "Bạc Liêu", "Sóc Trăng"]),
        (4, "UBND tỉnh Thanh Hoá và Bí thư Tỉnh ủy Khánh Hòa.", &["Thanh Hóa", "Khánh Hòa"]),
        (5, "Các tỉnh Tây Nguyên và Nam Bộ có mưa.", &[]),
        (6, "Đối thoại tại thành phố Đôn Hoàng, tỉnh Cam Túc, Trung Quốc.", &[]),
        (7, "Lễ chào cờ tại Quảng trường Hồ Chí Minh; Chủ tịch Hồ Chí Minh kính yêu.", &[]),
        (8, "Sinh viên Đại học Quốc gia Hà Nội.", &["Hà Nội"]),
        (9, "Mưa lớn tại xã Quảng Ninh và phường Kon Tum.", &[]),
        (10, "Hop tac giua Soc Trang va Ca Mau.", &["Sóc Trăng", "Cà Mau"]),
        (11, "Họp tại thành phố Cần Thơ và Thành phố Đà Nẵng; quán trên phố Huế.", &["Cần Thơ", "Đà Nẵng"]),
        // A generic word in lower case opening a longer alias hides no name.
        (12, "Ông An sống ở tp. Hải Phòng, bà Lan ở thành phố HCM.", &["Hải Phòng", "Hồ Chí Minh"]),
        (13, "Chợ đêm ở tp. Đà Nẵng đông khách; ở tp hà nội thì vắng.", &["Đà Nẵng"]),
        // The chairman of a province: the province counts ("Chủ tịch Hồ
        // Chí Minh" alone is the person, case 7).
        (14, "Chủ tịch Đà Nẵng đề nghị; Phó Chủ tịch TP Hà Nội đồng ý.", &["Đà Nẵng", "Hà Nội"]),
    ];
    check("provinces", cases);
}

#[test]
fn province_records_and_merger() {
    let doc = Extractor::new().extract("Bí thư Tỉnh ủy Sóc Trăng dự họp tại Hà Nội.");
    let st = &doc.provinces[0];
    assert_eq!(
        (st.name.as_str(), st.kind, st.gso_code.as_str(), st.era),
        ("Sóc Trăng", ProvinceKind::Province, "94", Era::Pre2025)
    );
    assert_eq!(st.merged_into.as_deref(), Some("Cần Thơ"));
    assert_eq!(doc.provinces[1].merged_into, None, "Hà Nội kept its territory's name");
    assert_eq!(doc.provinces[1].kind, ProvinceKind::City);
    // An article from after the reorganisation names the new unit.
    let doc = Extractor::builder().published("2025-08-01").build().unwrap().extract("Tại Cần Thơ, tỉnh đã họp.");
    assert_eq!(doc.provinces[0].era, Era::Since2025);
    let r = lookup_province("Ba Ria - Vung Tau").unwrap();
    assert_eq!((r.name.as_str(), r.merged_into.as_deref()), ("Bà Rịa - Vũng Tàu", Some("Hồ Chí Minh")));
    assert_eq!(viet_extract::provinces().len(), 97);
}

/// Issue #16, points 10–12: every spelling of a province, and province
/// names inside other names.
#[test]
fn house_style_provinces() {
    let cases: &[(&str, &str, &[&str])] = &[
        // 10. Aliases that fold alike, a misspelling, the city's old name.
        ("10a", "Công an tỉnh Đăk Lăk phối hợp với Đăk Nông.", &["Đắk Lắk", "Đắk Nông"]),
        ("10b", "Cà phê Đắk Lăk được bán ở Đà Năng.", &["Đắk Lắk", "Đà Nẵng"]),
        ("10c", "Anh vào Sài Gòn lập nghiệp từ năm 2010.", &["Hồ Chí Minh"]),
        // 11. Not provinces.
        ("11a", "Tàu đi qua Thái Bình Dương trong hai tuần.", &[]),
        ("11b", "Kỷ niệm chiến thắng Điện Biên Phủ; nhà ở đường Điện Biên Phủ.", &[]),
        ("11c", "Vùng Đồng Tháp Mười vào mùa nước nổi.", &[]),
        ("11d", "Nhà báo Trần Hà Giang và chị Phạm Quảng Ninh phát biểu.", &[]),
        ("11e", "Ca sĩ hát bài hát \"Chiều trên sông Hà Nam\" rất hay.", &[]),
        ("11f", "Ông Nguyễn Văn Hải về thăm Thái Bình và Hà Giang.", &["Thái Bình", "Hà Giang"]),
        ("11g", "Theo PGS.TS Trịnh Hòa Bình, cần thêm thời gian; chị Nguyễn Thị Huế cho biết vậy.", &[]),
        ("11h", "Giám đốc Sở Y tế tỉnh Hòa Bình cho biết như vậy.", &["Hòa Bình"]),
        // 12. Without diacritics.
        ("12a", "Doan cong tac den Dak Lak, phuong Kon Tum va Can Tho.", &["Đắk Lắk", "Cần Thơ"]),
    ];
    check("house-style provinces", cases);
}

/// A word before a name that makes it a smaller place ("cầu", a bridge)
/// does not count inside a longer word ("nhu cầu", "yêu cầu"), unless
/// that word still names the road ("lề đường").
#[test]
fn a_place_word_inside_a_longer_word() {
    let cases: &[(u32, &str, &[&str])] = &[
        (1, "Dự án đáp ứng nhu cầu Quảng Ninh về điện.", &["Quảng Ninh"]),
        (2, "Bộ yêu cầu Hải Phòng báo cáo trước ngày 10.", &["Hải Phòng"]),
        (3, "Xe dừng trên cầu Thái Bình rồi quay lại.", &[]),
        (4, "Ô tô đỗ sát lề đường Hà Nội ở quận 3.", &[]),
    ];
    check("place words", cases);
}
