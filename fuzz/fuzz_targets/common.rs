//! Shared by the loader targets: the test fixture's knowledge base copied to
//! a temporary folder with one file replaced by the fuzzer's bytes.

use std::path::PathBuf;

use pendlerbot::{Date, Kb};

pub fn load_with(file: &str, data: &[u8]) {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/kb");
    let dir = tempfile::tempdir().unwrap();
    for sub in ["knowledge", "locales/da", "locales/de"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for f in std::fs::read_dir(fixture.join(sub)).unwrap() {
            let f = f.unwrap();
            std::fs::copy(f.path(), dir.path().join(sub).join(f.file_name())).unwrap();
        }
    }
    std::fs::write(dir.path().join(file), data).unwrap();
    let _ =
        Kb::load_anyway(&dir.path().join("knowledge"), &dir.path().join("locales"), Date::parse("2026-11-28").unwrap());
}
