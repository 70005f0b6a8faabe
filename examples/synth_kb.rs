//! Writes a generated knowledge base N times the size of the real one (see
//! benches/support/synth.rs), to try start-up and matching at scale:
//!
//!     cargo run --release --example synth_kb -- 100 /tmp/kb100
//!     target/release/pendlerbot check --knowledge /tmp/kb100/knowledge --locales /tmp/kb100/locales

#[path = "../benches/support/synth.rs"]
mod synth;

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(factor), Some(out)) = (args.get(1).and_then(|f| f.parse::<usize>().ok()), args.get(2)) else {
        eprintln!("usage: synth_kb FACTOR OUT_DIR");
        std::process::exit(2);
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    if let Err(e) = synth::generate(&root.join("knowledge"), &root.join("locales"), factor, &PathBuf::from(out)) {
        eprintln!("synth_kb: {e}");
        std::process::exit(1);
    }
}
