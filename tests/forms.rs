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
