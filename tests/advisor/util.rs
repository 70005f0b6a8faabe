//! Helpers: the fixture knowledge base and a fixed "today".

use std::path::PathBuf;
use std::sync::OnceLock;

use pendlerbot::date::Date;
use pendlerbot::knowledge::Kb;

pub fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

pub fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kb")
}

pub fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| {
        let f = fixture();
        Kb::load(&f.join("knowledge"), &f.join("locales"), today()).0.expect("fixture loads")
    })
}
