//! Criterion benches per stage, in bytes per second. Data loading is timed
//! apart from extraction. Each recogniser alone needs the per-stage hooks:
//! `cargo bench --features bench-internals`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use viet_extract::normalise::{normalise, ToneStyle};
use viet_extract::tokenise::{segment_words, tokenise};
use viet_extract::Extractor;

fn samples() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the crate's data/samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).expect("sample")).collect::<Vec<_>>().join("\n\n")
}

fn stages(c: &mut Criterion) {
    let text = samples();
    let ex = Extractor::new();
    let _ = ex.extract("khởi động");
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("normalise", |b| b.iter(|| normalise(black_box(&text), ToneStyle::Traditional).as_str().len()));
    g.bench_function("tokenise", |b| b.iter(|| tokenise(black_box(&text)).len()));
    g.bench_function("segment_words", |b| b.iter(|| segment_words(black_box(&text)).len()));
    #[cfg(feature = "bench-internals")]
    {
        let norm = normalise(&text, ToneStyle::Traditional);
        g.bench_function("context", |b| b.iter(|| black_box(ex.stages(black_box(&norm)))));
        let st = ex.stages(&norm);
        g.bench_function("recognise_dates", |b| b.iter(|| st.dates()));
        g.bench_function("recognise_figures", |b| b.iter(|| st.figures()));
        g.bench_function("recognise_provinces", |b| b.iter(|| st.provinces()));
        g.bench_function("recognise_people", |b| b.iter(|| st.people()));
        g.bench_function("recognise_organisations", |b| b.iter(|| st.organisations()));
        g.bench_function("recognise_legal_refs", |b| b.iter(|| st.legal_refs()));
        g.bench_function("resolve", |b| b.iter(|| st.resolve()));
    }
    g.bench_function("extract", |b| b.iter(|| ex.extract(black_box(&text))));
    g.finish();
}

fn loading(c: &mut Criterion) {
    c.bench_function("new", |b| b.iter(|| Extractor::new().extract("")));
    c.bench_function("builder_with_entries", |b| {
        b.iter(|| Extractor::builder().organisation("Hội Nông dân Việt Nam", None).build().map(|e| e.extract("")))
    });
}

criterion_group!(benches, stages, loading);
criterion_main!(benches);
