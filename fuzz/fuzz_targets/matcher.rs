//! The normaliser and the matcher on arbitrary bytes (read as lossy UTF-8).
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pendlerbot::{Date, Kb};

fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        Kb::load_anyway(&root.join("knowledge"), &root.join("locales"), Date::parse("2026-11-28").unwrap()).0
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = pendlerbot::fold(&text);
    let m = kb().find(&text, None, None);
    assert!(m.options.len() <= 3);
});
