//! Matching one question against the shipped knowledge base, over every
//! question of the dev set when it is available (../shared/eval/dev.tsv),
//! else over a built-in sample. Also: how cost grows with question length.

use std::path::PathBuf;

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use pendlerbot::{Date, Kb};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn questions() -> Vec<String> {
    let dev = root().join("../shared/eval/dev.tsv");
    if let Ok(text) = std::fs::read_to_string(dev) {
        let qs: Vec<String> = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.splitn(3, '\t').nth(2).map(str::to_string))
            .collect();
        if !qs.is_empty() {
            return qs;
        }
    }
    [
        "Hvor finder jeg mit skattekort?",
        "Wer zahlt Krankengeld, wenn ich in Dänemark arbeite?",
        "hej",
        "borne penge naar man bor i tyskland",
        "Grenzgängerbesteuerung Progressionsvorbehalt",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn bench(c: &mut Criterion) {
    let (kb, diags) = Kb::load(&root().join("knowledge"), &root().join("locales"), Date::today());
    let kb = kb.unwrap_or_else(|| panic!("knowledge base has errors: {diags:?}"));
    let qs = questions();

    c.bench_function("match one question (all dev-set questions in turn)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % qs.len();
            black_box(kb.find(black_box(&qs[i]), None, None))
        })
    });

    let mut group = c.benchmark_group("match by question length");
    for len in [10usize, 100, 1_000, 100_000] {
        let base = "jeg bor i tyskland og arbejder i danmark, hvad med skattekort og sygedagpenge ";
        let q: String = base.chars().cycle().take(len).collect();
        group.bench_with_input(BenchmarkId::from_parameter(len), &q, |b, q| {
            b.iter(|| black_box(kb.find(q, None, None)))
        });
    }
    group.finish();

    c.bench_function("load and check the whole knowledge base", |b| {
        b.iter(|| black_box(Kb::load(&root().join("knowledge"), &root().join("locales"), Date::today())))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
