//! The loader on an arbitrary `locales/de/ui.ftl` beside the test fixture's other files.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use pendlerbot::date::Date;
use pendlerbot::knowledge::Kb;

fuzz_target!(|data: &[u8]| {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/kb");
    let dir = tempfile::tempdir().unwrap();
    for sub in ["knowledge", "locales/da", "locales/de"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for f in std::fs::read_dir(fixture.join(sub)).unwrap() {
            let f = f.unwrap();
            std::fs::copy(f.path(), dir.path().join(sub).join(f.file_name())).unwrap();
        }
    }
    std::fs::write(dir.path().join("locales/de/ui.ftl"), data).unwrap();
    let _ =
        Kb::load_anyway(&dir.path().join("knowledge"), &dir.path().join("locales"), Date::parse("2026-11-28").unwrap());
});
