//! Table tests of the date and figure forms Vietnamese news writes, each
//! resolved against a publication date. Numbered cases; a failure names the
//! case and what came out.

use viet_extract::{Extractor, Qualifier};

fn dates(published: &str, text: &str) -> Vec<String> {
    let ex = Extractor::builder().published(published).build().unwrap();
    ex.extract(text).dates.into_iter().map(|d| d.value).collect()
}

#[test]
fn date_forms() {
    let cases: &[(u32, &str, &str, &[&str])] = &[
        (1, "2024-11-04", "Chiều 3/11, đoàn đến thăm.", &["2024-11-03"]),
        (2, "2024-11-04", "Chỉ thị ngày 6/7/2011 của Ban Bí thư.", &["2011-07-06"]),
        (3, "2024-11-04", "Chỉ thị số 12-CT/TW ngày 5/1//2022.", &["2022-01-05"]),
        (4, "2024-11-04", "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27", &["2019-08-23"]),
        (5, "2025-05-01", "Từ ngày 29-31/5/2025, hội thảo diễn ra.", &["2025-05-29/2025-05-31"]),
        (6, "2025-05-01", "Đoàn công tác từ ngày 24 đến 29/5.", &["2025-05-24/2025-05-29"]),
        (7, "2025-09-20", "Trong 2 ngày (17 và 18/9), đoàn thăm chùa.", &["2025-09-17/2025-09-18"]),
        (8, "2025-06-01", "Trong tháng 7/2025, tỉnh hoàn thành.", &["2025-07"]),
        (9, "2023-06-01", "Cao điểm (tháng 7 và tháng 8) để giữ vững.", &["2023-07", "2023-08"]),
        (10, "2024-06-01", "Kết quả quý I/2024 rất tốt.", &["2024-01/2024-03"]),
        (11, "2024-06-01", "Trong 6 tháng đầu năm 2023, tỉnh đạt.", &["2023-01/2023-06"]),
        (12, "2024-06-01", "Đại hội nhiệm kỳ 2019-2024 thành công.", &["2019/2024"]),
        (13, "2025-06-08", "Thời tiết hôm nay (8/6): mưa.", &["2025-06-08"]),
        (14, "2025-06-08", "So với năm ngoái, năm nay tăng.", &["2024", "2025"]),
        (15, "2025-01-02", "Ngày 28/12, tỉnh đón đoàn.", &["2024-12-28"]),
        (16, "2025-01-02", "Ngày 31/2 không có thật.", &[]),
        (17, "2024-06-01", "Giai đoạn 2020 – 2025 và tầm nhìn 2050.", &["2020/2025", "2050"]),
        (18, "2024-06-01", "Quảng trường 30/10 và đường 3/2 đông vui.", &[]),
        (19, "2024-06-01", "Nghị quyết số 07/2025/NQ-CP về sắp xếp.", &[]),
        (20, "2024-06-01", "Lúc 09:25:27 có mưa.", &[]),
    ];
    let mut failures = Vec::new();
    for (n, published, text, want) in cases {
        let got = dates(published, text);
        if got != *want {
            failures.push(format!("case {n}: {text:?} → {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "date forms:\n{}", failures.join("\n"));
}

#[test]
fn date_without_publication_is_month_day() {
    let doc = Extractor::new().extract("Ngày 1/8, tại Hà Nội.");
    assert_eq!(doc.dates[0].value, "--08-01");
    assert_eq!(doc.dates[0].part_of_day, None);
    let doc = Extractor::new().extract("Sáng 3/11 đoàn đến.");
    assert_eq!(doc.dates[0].part_of_day.as_deref(), Some("sáng"));
}

#[test]
fn figure_forms() {
    type Case = (u32, &'static str, &'static [(f64, &'static str, Option<Qualifier>, Option<f64>)]);
    use Qualifier::*;
    let cases: &[Case] = &[
        (
            1,
            "Cụm đã vận động 181 khoản viện trợ, với tổng giá trị trên 288 tỷ đồng.",
            &[(181.0, "khoản viện trợ", None, None), (288e9, "VND", Some(Over), None)],
        ),
        (2, "Đón gần 2.500 lượt khách quốc tế.", &[(2500.0, "lượt khách", Some(About), None)]),
        (3, "Tỷ lệ đồng thuận đạt 99,75%.", &[(99.75, "%", None, None)]),
        (4, "Doanh thu 500 - 800 triệu đồng mỗi tháng.", &[(500e6, "VND", Some(Range), Some(800e6))]),
        (5, "Hỗ trợ 2 tỷ 500 triệu đồng.", &[(2.5e9, "VND", None, None)]),
        (6, "Tăng từ 10 đến 15% mỗi năm.", &[(10.0, "%", Some(Range), Some(15.0))]),
        (
            7,
            "Nhiệt độ 31-34 độ C, có nơi trên 37 độ C.",
            &[(31.0, "độ C", Some(Range), Some(34.0)), (37.0, "độ C", Some(Over), None)],
        ),
        (
            8,
            "Mưa 20–40mm, có nơi trên 100mm.",
            &[(20.0, "mm", Some(Range), Some(40.0)), (100.0, "mm", Some(Over), None)],
        ),
        (9, "Gió 118-133km/h.", &[(118.0, "km/h", Some(Range), Some(133.0))]),
        (10, "Vốn 1,8 tỷ USD và 2,5 triệu USD.", &[(1.8e9, "USD", None, None), (2.5e6, "USD", None, None)]),
        (
            11,
            "Có hai nghìn người, ba mươi lăm đoàn và mười xã.",
            &[(2000.0, "người", None, None), (35.0, "đoàn", None, None), (10.0, "xã", None, None)],
        ),
        (12, "Trẻ em dưới 14 tuổi được miễn phí.", &[(14.0, "tuổi", Some(Under), None)]),
        (13, "Cụm 5, bão số 3, lần thứ VI, khóa XIII, Chỉ thị số 12-CT/TW.", &[]),
        (14, "Nghị quyết số 07/2025/NQ-CP, gọi 0912345678, hàng trăm người.", &[]),
        (15, "Đại hội đã bầu 27 đồng chí vào Ban Chấp hành.", &[(27.0, "đồng chí", None, None)]),
        (16, "Diện tích khoảng 1.200 ha.", &[(1200.0, "ha", Some(About), None)]),
    ];
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (n, text, want) in cases {
        let got: Vec<(f64, String, Option<Qualifier>, Option<f64>)> =
            ex.extract(text).figures.into_iter().map(|f| (f.value, f.unit, f.qualifier, f.value_max)).collect();
        let ok = got.len() == want.len()
            && got.iter().zip(want.iter()).all(|(g, w)| {
                (g.0 - w.0).abs() <= 1e-6 * w.0.abs().max(1.0) && g.1.starts_with(w.1) && g.2 == w.2 && g.3 == w.3
            });
        if !ok {
            failures.push(format!("case {n}: {text:?} → {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "figure forms:\n{}", failures.join("\n"));
}

#[test]
fn legal_documents_and_facts() {
    let text = "Năm 2024, các thành viên trong Cụm đã vận động 181 khoản viện trợ, với tổng giá trị trên 288 tỷ đồng. \
                Cụm thực hiện Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư.";
    let doc = Extractor::builder().published("2024-11-20").build().unwrap().extract(text);
    let d = &doc.legal_refs[0];
    assert_eq!((d.kind.as_str(), d.number.as_str()), ("chỉ thị", "12-CT/TW"));
    assert_eq!(d.issuer.as_deref(), Some("Ban Bí thư"));
    assert_eq!(d.date.as_deref(), Some("2022-01-05"));
    let f = &doc.facts[0];
    assert_eq!(f.date.as_deref(), Some("2024"));
    assert_eq!(f.verb.as_deref(), Some("vận động"));
    assert_eq!(f.subject.as_deref(), Some("các thành viên trong Cụm"));
    assert_eq!(f.figures.len(), 1);
    // "với tổng giá trị …": a noun phrase with no predicate of its own, about
    // the same subject (docs/facts.md).
    let g = &doc.facts[1];
    assert_eq!(
        (g.subject.as_deref(), g.verb.as_deref(), g.date.as_deref()),
        (f.subject.as_deref(), None, Some("2024"))
    );
    assert_eq!(g.figures[0].qualifier, Some(Qualifier::Over));
}

/// Issue #16, points 1–5 and 12: dates in every newspaper's house style,
/// each resolved against the publication date given.
#[test]
fn house_style_dates() {
    let cases: &[(&str, &str, &str, &[&str])] = &[
        // 1. Hyphen and dot separators, in every form the slash has.
        ("1a", "2023-05-20", "Chiều 17-5, xe khách lật trên đèo.", &["2023-05-17"]),
        ("1b", "2023-05-20", "Hợp đồng ký ngày 17.5.2020 đã hết hạn.", &["2020-05-17"]),
        ("1c", "2023-05-20", "Ông sinh ngày 19-8-1961 tại Huế.", &["1961-08-19"]),
        ("1d", "2023-05-20", "Đoàn ở lại Đà Lạt từ 24-27/5 rồi về.", &["2023-05-24/2023-05-27"]),
        ("1e", "2023-07-20", "Hội chợ mở cửa từ 24-7 đến 2-8 tại quảng trường.", &["2023-07-24/2023-08-02"]),
        ("1f", "2023-09-01", "Lớp học kéo dài từ 5-8.9 ở nhà văn hóa.", &["2023-09-05/2023-09-08"]),
        ("1g", "2023-05-20", "Công ty được thành lập vào tháng 7-2002.", &["2002-07"]),
        ("1h", "2023-05-20", "Ông giữ chức này từ tháng 3.2019.", &["2019-03"]),
        ("1i", "2023-05-20", "Sáng 18.5, trời mưa to; hôm 16-5 trời nắng.", &["2023-05-18", "2023-05-16"]),
        // A comma typed without its space after a word still ends the word.
        ("1j", "2023-06-20", "Theo người dân,chiều 18-6 nước bắt đầu rút.", &["2023-06-18"]),
        ("1k", "2023-06-20", "Hai bên đã thống nhất,ngày 19/6 sẽ ký.", &["2023-06-19"]),
        // 2. Birth years, decades, "từ … đến nay".
        ("2a", "2023-05-20", "Bị can Lê Văn Tư (SN 1988) đã ra đầu thú; anh trai sinh năm 1979.", &["1988", "1979"]),
        ("2b", "2023-05-20", "Phong trào nở rộ vào những năm 1980.", &["1980/1989"]),
        ("2c", "2023-05-20", "Từ năm 2016 đến nay, xã chưa có ca nào.", &["2016/2023-05-20"]),
        ("2d", "2023-05-20", "Từ tháng 2 đến nay, giá điện tăng hai lần.", &["2023-02/2023-05-20"]),
        // 3. Not dates.
        ("3a", "2023-05-20", "Trong 20-30 năm tới, dân số sẽ già đi.", &[]),
        ("3b", "2023-05-20", "Khoảng 1/4 diện tích rừng bị cháy.", &[]),
        ("3c", "2023-05-20", "Arsenal 3-1 Everton là kết quả đáng chú ý.", &[]),
        ("3d", "2023-05-20", "Đội tuyển chuẩn bị cho SEA Games 2025 và Euro 2024.", &[]),
        ("3e", "2023-05-20", "Những năm tới, ngành du lịch sẽ phục hồi.", &[]),
        ("3f", "2023-05-20", "Mỗi suất có giá 1,5-6 triệu đồng.", &[]),
        // 4. Relative and named days and periods.
        ("4a", "2024-03-20", "Hôm qua, đoàn đến thăm tỉnh.", &["2024-03-19"]),
        (
            "4b",
            "2024-03-20",
            "Tối qua và đêm hôm kia mưa to; ngày mai trời tạnh.",
            &["2024-03-19", "2024-03-18", "2024-03-21"],
        ),
        ("4c", "2024-03-20", "Sáng nay, trường cho học sinh nghỉ.", &["2024-03-20"]),
        ("4d", "2024-03-20", "Cuộc họp diễn ra vào thứ Hai và Chủ nhật.", &["2024-03-18", "2024-03-24"]),
        ("4e", "2024-03-20", "Kết quả được công bố vào thứ 5 tuần tới.", &["2024-03-28"]),
        ("4f", "2024-03-20", "Hôm thứ Sáu (15/3), đoàn đã về.", &["2024-03-15"]),
        (
            "4g",
            "2024-03-20",
            "Trong tuần này và tuần trước có nhiều mưa.",
            &["2024-03-18/2024-03-24", "2024-03-11/2024-03-17"],
        ),
        ("4h", "2024-03-20", "Giá xăng tăng từ tháng trước, sẽ giảm vào tháng sau.", &["2024-02", "2024-04"]),
        ("4i", "2024-03-20", "Năm sau trường tuyển thêm; năm trước đã tuyển 300 em.", &["2025", "2023"]),
        (
            "4j",
            "2024-03-20",
            "Nhà máy sẽ chạy trong quý 3; lãi cao nhất từ quý 4 của năm 2019.",
            &["2024-07/2024-09", "2019-10/2019-12"],
        ),
        (
            "4k",
            "2024-03-20",
            "Trong 5 ngày qua có 12 ca mắc; 2 năm tới sẽ xây thêm.",
            &["2024-03-15/2024-03-20", "2024-03-20/2026-03-20"],
        ),
        ("4l", "2024-03-20", "Bệnh nhân nhập viện 3 ngày trước.", &["2024-03-17"]),
        ("4m", "2024-03-20", "Lúa chín hồi tháng sáu, gặt xong vào tháng Mười.", &["2024-06", "2024-10"]),
        ("4n", "2025-01-16", "Chợ hoa mở suốt tháng Chạp.", &["2024-12-31/2025-01-28"]),
        ("4o", "2025-01-16", "Pháo hoa bắn vào đêm giao thừa.", &["2025-01-28"]),
        ("4p", "2024-03-20", "Văn bản ban hành ngày 8/3/19 vẫn còn hiệu lực.", &["2019-03-08"]),
        ("4q", "2024-03-20", "Chiều qua (19-3), hội nghị bế mạc.", &["2024-03-19"]),
        // 5. A day written in words; a yearless day takes the nearest year.
        ("5a", "2024-03-20", "Lễ hội diễn ra ngày 6 tháng 2 ở đình làng.", &["2024-02-06"]),
        ("5b", "2025-01-03", "Ngày 29/12, tỉnh tổng kết năm.", &["2024-12-29"]),
        // 6. A range of days sharing one month written in words.
        ("6a", "2024-05-10", "Hội thảo diễn ra từ ngày 12-14 tháng 6 tại Huế.", &["2024-06-12/2024-06-14"]),
        ("6b", "2024-05-10", "Kỳ thi được tổ chức trong hai ngày 27 và 28 tháng 6.", &["2024-06-27/2024-06-28"]),
        ("6c", "2024-05-10", "Liên hoan kéo dài từ ngày 3 đến 9 tháng 8 năm 2023.", &["2023-08-03/2023-08-09"]),
        ("6d", "2024-05-10", "Phiên tòa mở từ ngày 20 đến ngày 22 tháng 4/2024.", &["2024-04-20/2024-04-22"]),
        // 7. Days and months of the lunar calendar: the Gregorian days.
        ("7a", "2024-03-01", "Giỗ Tổ Hùng Vương năm nay rơi vào ngày 10/3 âm lịch.", &["2024", "2024-04-18"]),
        ("7b", "2024-03-01", "Lễ hội chùa diễn ra từ ngày 6 đến 8 tháng 1 âm lịch.", &["2024-02-15/2024-02-17"]),
        ("7c", "2024-07-01", "Tháng 7 (âm lịch) là tháng cô hồn.", &["2024-08-04/2024-09-02"]),
        ("7d", "2024-03-01", "Tờ lịch ghi ngày 31 tháng 3 âm lịch là in sai.", &[]),
        ("7e", "2024-03-01", "Người dân đi lễ vào mùng 10 tháng Giêng.", &["2024-02-19"]),
        ("7f", "2024-03-01", "Chợ phiên họp ngày 1 tháng Chạp âm lịch.", &["2024-01-11"]),
        ("7g", "2024-03-01", "Ngày Quốc khánh mùng 2/9 là ngày nghỉ.", &["2023-09-02"]),
        ("7h", "2024-03-01", "Đêm mùng 6 Tết, cả làng vẫn sáng đèn.", &["2024-02-15"]),
        ("7i", "2024-01-20", "Chùa đón khách dịp Rằm tháng Giêng.", &["2024-02-24"]),
        ("7j", "2024-01-20", "Trăng rằm đẹp nhất vào mùa thu.", &[]),
        ("7k", "2024-07-01", "Rằm tháng 7 (âm lịch) là ngày lễ Vu Lan.", &["2024-08-18"]),
        ("7l", "2024-07-01", "Tết Trung thu, rằm tháng Tám năm 2015, có mưa.", &["2015-09-27"]),
        // 8. A day, then its year in words; a range of months with a dash.
        ("8a", "2024-03-01", "Hợp đồng được ký ngày 15/8 năm 2019 tại Hà Nội.", &["2019-08-15"]),
        ("8b", "2024-03-01", "Bà làm hiệu trưởng (tháng 9/2010 - 6/2018) rồi nghỉ.", &["2010-09/2018-06"]),
        ("8c", "2024-03-01", "Từ tháng 3/2021 – 11/2022, giá tăng ba lần.", &["2021-03/2022-11"]),
        // 9. A range whose month is written once, at its end, with a
        // hyphen as with a slash; two days joined by "và" are a range
        // only when consecutive.
        ("9a", "2024-05-10", "Đoàn công tác làm việc từ ngày 12 đến 18-3 tại Cà Mau.", &["2024-03-12/2024-03-18"]),
        ("9b", "2024-05-10", "Ngày 5 và 6-4, hai bên tiếp tục đàm phán.", &["2024-04-05/2024-04-06"]),
        ("9c", "2024-05-10", "Ngày 17 và 19/4 là hai buổi thi.", &["2024-04-17", "2024-04-19"]),
        // 10. Lists of days: each a date, the month written once at the
        // end or with each day, the year after the last.
        (
            "10a",
            "2024-09-10",
            "Trong các ngày 14, 15, 16 và 17-8, bệnh nhân đi chợ.",
            &["2024-08-14", "2024-08-15", "2024-08-16", "2024-08-17"],
        ),
        (
            "10b",
            "2024-05-10",
            "Kết quả xét nghiệm các ngày 10, 23 và 25/3 đều âm tính.",
            &["2024-03-10", "2024-03-23", "2024-03-25"],
        ),
        (
            "10c",
            "2024-09-10",
            "Ba lần lấy mẫu vào ngày 30-8, 31-8, 1-9 đều âm tính.",
            &["2024-08-30", "2024-08-31", "2024-09-01"],
        ),
        ("10d", "2024-05-10", "Anh đến bệnh viện vào các ngày 7-3 và 10-3.", &["2024-03-07", "2024-03-10"]),
        (
            "10e",
            "2024-05-10",
            "Tài khoản bị xâm nhập các ngày 16/12, 27/12 năm 2016 và 21/1 năm 2017.",
            &["2016-12-16", "2016-12-27", "2017-01-21"],
        ),
        (
            "10g",
            "2024-07-10",
            "Trong năm ngày xét xử (22, 23, 26 và 29/6), bị cáo vắng mặt.",
            &["2024-06-22", "2024-06-23", "2024-06-26", "2024-06-29"],
        ),
        ("10h", "2024-07-10", "Kết quả đợt 2 và 16/7/2017 của đợt 3 được công bố.", &["2017-07-16"]),
        // A list of lunar days: every day converted, as a range of them is.
        (
            "10i",
            "2024-03-01",
            "Lễ hội diễn ra vào các ngày 6, 7 và 8/1 âm lịch.",
            &["2024-02-15", "2024-02-16", "2024-02-17"],
        ),
        ("10f", "2024-05-10", "Ngày 5, 6 người bị thương; hôm 8.2, 1/3 số hộ mất điện.", &["2024-02-08"]),
        // 11. Two numbers joined by a hyphen or a dot before a unit are a
        // range of a count after "từ" or "đến", and "lần" after any
        // day word; a day after a day word keeps other words.
        ("11a", "2024-05-10", "Giá mỗi căn giảm từ 3-5 triệu đồng; thời gian chờ từ 2-3 tháng.", &[]),
        ("11b", "2024-05-10", "Thuốc uống ngày 2-3 lần, mỗi lần lên đến 1.5 viên.", &[]),
        (
            "11c",
            "2024-05-10",
            "Bé sinh ngày 31-1 năm 2017; vụ phóng lúc 20 giờ ngày 5.2 giờ GMT.",
            &["2017-01-31", "2024-02-05"],
        ),
        // 12. Separators spaced, as tokenised corpora write them, after a
        // day word only.
        ("12c", "2024-09-10", "Ngày 29 - 7 , bệnh nhân nhập viện .", &["2024-07-29"]),
        ("12d", "2024-09-10", "Từ ngày 17 đến 20 - 3 , anh ở nhà .", &["2024-03-17/2024-03-20"]),
        ("12e", "2024-09-10", "Ngày 24 , 25 và 27 - 7 anh đi chợ .", &["2024-07-24", "2024-07-25", "2024-07-27"]),
        ("12f", "2024-09-10", "Ngày 2 - 3 lần ; tỉ số 2 - 1 ; mùng 2 - 10 Tết .", &[]),
        // 13. Without diacritics.
        (
            "13a",
            "2024-03-20",
            "Hom qua, doan cong tac den tinh; tu 24-27/3 se hop.",
            &["2024-03-19", "2024-03-24/2024-03-27"],
        ),
        ("13b", "2024-03-20", "Nam 2023, giai doan 2021-2025 va thang 7-2002.", &["2023", "2021/2025", "2002-07"]),
    ];
    let mut failures = Vec::new();
    for (n, published, text, want) in cases {
        let got = dates(published, text);
        if got != *want {
            failures.push(format!("case {n}: {text:?} → {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "house-style dates:\n{}", failures.join("\n"));
}

/// Issue #16, points 6–9: figures in every written form, qualifiers, and
/// what is not a figure.
#[test]
fn house_style_figures() {
    type Case = (&'static str, &'static str, &'static [(f64, &'static str, Option<Qualifier>)]);
    use Qualifier::*;
    let cases: &[Case] = &[
        // 6. "trong số / tổng số", a digit glued to its unit, money without "đồng".
        ("6a", "Tổng số 1.250 hộ dân được hỗ trợ.", &[(1250.0, "hộ dân", None)]),
        ("6b", "Trang trại rộng 8ha, nuôi 5kg giống.", &[(8.0, "ha", None), (5.0, "kg", None)]),
        ("6c", "Anh bị lừa mất hơn 300 triệu.", &[(300e6, "VND", Some(Over))]),
        ("6d", "Quỹ chi mỗi năm 15 tỷ đồng cho học bổng.", &[(15e9, "VND", None)]),
        // 7. Qualifiers.
        ("7a", "Công trình làm trong chưa đầy 3 tháng.", &[(3.0, "tháng", Some(Under))]),
        ("7b", "Lãi suất không quá 8%, phí ít hơn 2%.", &[(8.0, "%", Some(Under)), (2.0, "%", Some(Under))]),
        ("7c", "Giá tăng không cao hơn 5%.", &[(5.0, "%", Some(Under))]),
        (
            "7d",
            "Cần ít nhất 40 người; đơn hàng 2 tỷ đồng trở lên.",
            &[(40.0, "người", Some(Over)), (2e9, "VND", Some(Over))],
        ),
        ("7e", "Doanh thu ước 700 tỷ đồng.", &[(700e9, "VND", Some(About))]),
        // 9. A number before a name is no count of it: house numbers,
        // scores, shirt numbers; roles and bodies keep their capitals.
        ("9a", "Căn nhà 212-214 Trần Hưng Đạo được rao bán.", &[]),
        ("9b", "Kết quả: Hải Phòng 2-3 Sông Lam Nghệ An.", &[]),
        ("9c", "Hội nghị có 2 Thứ trưởng và 3 Sở Y tế tham gia.", &[(2.0, "Thứ trưởng", None), (3.0, "Sở", None)]),
        // 10. Not a count: a month ("tháng 2 vừa qua"), a model number or
        // year before a verb or adverb; money per month still counts.
        ("10a", "Doanh số hồi tháng 2 vừa qua tăng mạnh.", &[]),
        ("10b", "Dự án được ký kết từ tháng 11 năm ngoái.", &[]),
        ("10c", "Mẫu Camry 2019 mới ra mắt; giải Hà Nội Open 2023 diễn ra sôi nổi.", &[]),
        ("10d", "Màn hình độ phân giải 1.920 x 1.080 điểm ảnh.", &[(1080.0, "điểm ảnh", None)]),
        ("10e", "Lương mỗi tháng 5 triệu đồng, có 3 diễn viên.", &[(5e6, "VND", None), (3.0, "diễn viên", None)]),
        // 11. House and road numbers; a journey's years still count.
        ("11a", "Xe chạy trên đường 14 hướng về trung tâm huyện.", &[]),
        ("11b", "Cửa hàng ở số nhà 25 phố Hàng Bạc, từ 10 đến 18 đường Kim Mã.", &[]),
        (
            "11c",
            "Nhìn lại chặng đường 40 năm, trong 3 tháng Lan đã học xong.",
            &[(40.0, "năm", None), (3.0, "tháng", None)],
        ),
        // 13. Heights in metres and centimetres, speeds, scaled decimals.
        ("13a", "Cô cao 1m82, chạy 60 km/giờ.", &[(1.82, "m", None), (60.0, "km/h", None)]),
        // 12. "bảng" is the pound only after a scale word.
        (
            "12a",
            "CLB trả 45 triệu bảng cho tiền vệ; giải chia làm 4 bảng.",
            &[(45e6, "GBP", None), (4.0, "bảng", None)],
        ),
        ("7f", "Bệnh nhân sốt 4 ngày trước khi nhập viện.", &[(4.0, "ngày", None)]),
        // 8. Amounts in every written form.
        (
            "8a",
            "Có ba nghìn người và hai mươi mốt nghìn không trăm mười một phiếu.",
            &[(3000.0, "người", None), (21011.0, "phiếu", None)],
        ),
        ("8b", "Xã cử hai chục thanh niên, thưởng một tỷ đồng.", &[(20.0, "thanh niên", None), (1e9, "VND", None)]),
        (
            "8c",
            "Vé giá 150k, gói cước 20K đồng, clip đạt 2,5M lượt xem.",
            &[(150e3, "VND", None), (20e3, "VND", None), (2.5e6, "lượt xem", None)],
        ),
        (
            "8d",
            "Bữa ăn $12, vé tàu 30€, phí USD 4,5 và EUR 9.",
            &[(12.0, "USD", None), (30.0, "EUR", None), (4.5, "USD", None), (9.0, "EUR", None)],
        ),
        (
            "8e",
            "Xuất khẩu 3 triệu đô, 5 tỷ won và 2 triệu bảng Anh.",
            &[(3e6, "USD", None), (5e9, "KRW", None), (2e6, "GBP", None)],
        ),
        ("8f", "Cốc cà phê giá 3 chấm 5 đô la.", &[(3.5, "USD", None)]),
        ("8g", "Giá chênh 2000-3000 đồng mỗi ký.", &[(2000.0, "VND", Some(Range))]),
        ("8h", "Quỹ âm 12 tỷ đồng, nhiệt độ -3 độ C.", &[(-12e9, "VND", None), (-3.0, "độ C", None)]),
        // 9. Not figures.
        ("9a", "Quận Ba Đình và huyện Ba Vì đón khách.", &[]),
        ("9b", "Đội nhà thắng 3-1 ở lượt về.", &[]),
        ("9c", "Ban Chỉ đạo 138 và Quân khu 7 họp; văn bản 4512 đã gửi.", &[]),
        ("9d", "Tháng 5.2016 UBND tỉnh phê duyệt dự án.", &[]),
        // A country or a name whose last word begins a head ("Quốc" of
        // "Quốc hội", "Thị" of "Thị ủy") numbers no body.
        ("9e", "Phía Hàn Quốc góp 30% vốn, bé Lò Thị Thủy sốt 39 độ C.", &[(30.0, "%", None), (39.0, "độ C", None)]),
    ];
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (n, text, want) in cases {
        let got: Vec<(f64, String, Option<Qualifier>)> =
            ex.extract(text).figures.into_iter().map(|f| (f.value, f.unit, f.qualifier)).collect();
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want.iter())
                .all(|(g, w)| (g.0 - w.0).abs() <= 1e-6 * w.0.abs().max(1.0) && g.1.starts_with(w.1) && g.2 == w.2);
        if !ok {
            failures.push(format!("case {n}: {text:?} → {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "house-style figures:\n{}", failures.join("\n"));
}

/// Issue #16, point 13: named HTML entities of Vietnamese letters.
#[test]
fn html_entities_of_letters() {
    let doc = Extractor::new().extract("Đoàn đến Qu&#7843;ng Nam v&agrave; S&oacute;c Trăng ng&agrave;y 5/6.");
    let names: Vec<&str> = doc.provinces.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Quảng Nam", "Sóc Trăng"]);
}

/// A decimal times a scale word is the whole number news means, not the
/// float product ("128,3 tỷ" is 128300000000, "16,03 tỷ" 16030000000);
/// "1m82" is 1.82 m exactly.
#[test]
fn scaled_values_are_exact() {
    let ex = Extractor::new();
    let values: Vec<f64> = ex
        .extract("Tài sản còn 128,3 tỷ đồng và 16,03 tỷ USD; anh cao 1m82.")
        .figures
        .into_iter()
        .map(|f| f.value)
        .collect();
    assert_eq!(values, [128_300_000_000.0, 16_030_000_000.0, 1.82]);
}

/// A document's issuer ends with the body's name, not inside the word
/// after it ("… của Bộ Y tế quy định", "… của Chính phủ đối với …").
#[test]
fn legal_issuer_ends_with_the_body() {
    let ex = Extractor::new();
    let doc = ex.extract(
        "Thông tư số 08/2019/TT-BYT của Bộ Y tế quy định mức phí; Nghị định số 45/2020/NĐ-CP của Chính phủ đối với vi phạm hành chính.",
    );
    let issuers: Vec<Option<String>> = doc.legal_refs.into_iter().map(|r| r.issuer).collect();
    assert_eq!(issuers, [Some("Bộ Y tế".to_string()), Some("Chính phủ".to_string())]);
}
