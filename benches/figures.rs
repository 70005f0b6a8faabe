//! The figures of docs/performance.md, printed as Markdown tables:
//! - per-question matching time over every dev-set question (median, 90th,
//!   99th percentile, max), rule matcher beside the BM25 baseline;
//! - start-up (load, fully validate, build the matcher) of the real
//!   knowledge base and of generated ones 10 and 100 times larger, and
//!   matching time against each;
//! - matching time by question length (10 to 100,000 characters).
//!
//! `cargo bench --bench figures` runs it in full. Under `cargo test` (no
//! `--bench` argument) it only runs each step once, so CI proves it builds
//! and works without spending minutes.

#[path = "support/synth.rs"]
mod synth;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pendlerbot::Bm25;
use pendlerbot::{Date, Kb};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dev_questions() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("../shared/eval/dev.tsv")).unwrap_or_default();
    let qs: Vec<String> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.splitn(3, '\t').nth(2).map(str::to_string))
        .collect();
    if qs.is_empty() {
        // Without the dev set: the knowledge base's own example questions.
        let (kb, _) = Kb::load_anyway(&root().join("knowledge"), &root().join("locales"), Date::today());
        return kb
            .entries
            .iter()
            .flat_map(|e| e.rules.values().map(|r| r.examples.clone()).collect::<Vec<_>>())
            .flatten()
            .map(|x| x.value)
            .collect();
    }
    qs
}

/// Median, 90th, 99th percentile and max of `samples`, in microseconds.
fn spread(mut samples: Vec<Duration>) -> [f64; 4] {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e6;
    [at(0.5), at(0.9), at(0.99), at(1.0)]
}

/// Time of `f` on each input: the best of `reps` runs (the least disturbed
/// by the machine), one sample per input.
fn per_input<T>(inputs: &[T], reps: usize, mut f: impl FnMut(&T)) -> Vec<Duration> {
    inputs
        .iter()
        .map(|x| {
            (0..reps)
                .map(|_| {
                    let t = Instant::now();
                    f(x);
                    t.elapsed()
                })
                .min()
                .unwrap_or_default()
        })
        .collect()
}

fn load(knowledge: &Path, locales: &Path) -> (Kb, Duration, usize) {
    let t = Instant::now();
    let (kb, diags) = Kb::load_anyway(knowledge, locales, Date::today());
    (kb, t.elapsed(), diags.len())
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let reps = if full { 21 } else { 1 };
    let questions = dev_questions();
    let questions: Vec<String> = if full { questions } else { questions.into_iter().take(20).collect() };

    println!("## Matching one question ({} questions, best of {reps} runs each)\n", questions.len());
    let (kb, load_time, _) = load(&root().join("knowledge"), &root().join("locales"));
    let bm25 = Bm25::build(&kb);
    println!("| matcher | median µs | p90 µs | p99 µs | max µs |");
    println!("|---|---:|---:|---:|---:|");
    let rules = spread(per_input(&questions, reps, |q| {
        black_box(kb.find(black_box(q), None, None));
    }));
    println!("| rules | {:.1} | {:.1} | {:.1} | {:.1} |", rules[0], rules[1], rules[2], rules[3]);
    let base = spread(per_input(&questions, reps, |q| {
        black_box(bm25.find(black_box(q), kb.language(q)));
    }));
    println!("| BM25 baseline | {:.1} | {:.1} | {:.1} | {:.1} |", base[0], base[1], base[2], base[3]);

    println!("\n## Start-up and matching by knowledge-base size\n");
    println!("| size | entries | load + validate + build ms | diagnostics | match median µs | match p99 µs |");
    println!("|---|---:|---:|---:|---:|---:|");
    let factors: &[usize] = if full { &[1, 10, 100] } else { &[1, 2] };
    for &factor in factors {
        let (kb_n, took, diags) = if factor == 1 {
            // Best of three: the first load also pays for the page cache.
            let runs: Vec<_> = (0..3).map(|_| load(&root().join("knowledge"), &root().join("locales"))).collect();
            let best = runs.iter().map(|r| r.1).min().unwrap_or(load_time);
            let (kb1, _, d) = runs.into_iter().next().unwrap();
            (kb1, best, d)
        } else {
            let dir = std::env::temp_dir().join(format!("pendlerbot-synth-{factor}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            synth::generate(&root().join("knowledge"), &root().join("locales"), factor, &dir).expect("generate");
            let r = load(&dir.join("knowledge"), &dir.join("locales"));
            let _ = std::fs::remove_dir_all(&dir);
            r
        };
        let m = spread(per_input(&questions, reps.min(5), |q| {
            black_box(kb_n.find(black_box(q), None, None));
        }));
        println!(
            "| {factor}x | {} | {:.0} | {diags} | {:.1} | {:.1} |",
            kb_n.entries.len(),
            took.as_secs_f64() * 1e3,
            m[0],
            m[2]
        );
    }

    println!("\n## Matching by question length\n");
    println!("| characters | time µs | µs per 1,000 characters |");
    println!("|---:|---:|---:|");
    let base_text = "jeg bor i tyskland og arbejder i danmark, hvad med skattekort og sygedagpenge? ";
    for len in [10usize, 100, 1_000, 10_000, 100_000] {
        let q: String = base_text.chars().cycle().take(len).collect();
        let t = per_input(&[q], reps.min(7), |q| {
            black_box(kb.find(black_box(q), None, None));
        })[0];
        let us = t.as_secs_f64() * 1e6;
        println!("| {len} | {us:.1} | {:.1} |", us / len as f64 * 1000.0);
    }

    println!("\n## Long and hostile inputs\n");
    // The limits that guard against quadratic blow-ups (once wall-clock
    // asserts in debug-build tests): checked here, in the release build of
    // `cargo bench`, far above the measured cost (about 1.5 ms).
    println!("| input | characters | time µs | limit µs |");
    println!("|---|---:|---:|---:|");
    let hostile = [
        ("one word repeated", "skattekort ".repeat(10_000)),
        ("one 100,000-letter word", (0..100_000).map(|i| char::from(b'a' + (i * 7 % 26) as u8)).collect()),
        ("zero-width and bidi marks", "sygedagpenge\u{200b}\u{202e}".repeat(5_000)),
    ];
    let limit = Duration::from_millis(50);
    for (what, q) in &hostile {
        let t = per_input(std::slice::from_ref(q), reps.min(7), |q| {
            black_box(kb.find(black_box(q), None, None));
        })[0];
        println!("| {what} | {} | {:.1} | {} |", q.chars().count(), t.as_secs_f64() * 1e6, limit.as_micros());
        // Only a release build's time means anything (under `cargo test` the
        // bench runs once, unoptimised, to prove it works).
        assert!(cfg!(debug_assertions) || t < limit, "{what}: {t:?}, over the limit of {limit:?}");
    }
}
