//! Helpers of the core tests: the shipped knowledge base, loading a copy of
//! the fixture a test may break, and diagnostics as lines.

use std::path::Path;
use std::sync::OnceLock;

use pendlerbot::{Date, Diagnostic, Kb};

use crate::support::{copy_tree, fixture, root, today};

/// The knowledge base the product ships, loaded once.
pub fn shipped_kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| {
        // The shipped base is checked on the real date: advisors date their
        // checks by the calendar, and a fixed test date would call them future.
        let (kb, diags) = Kb::load(&root().join("knowledge"), &root().join("locales"), Date::today());
        kb.unwrap_or_else(|| panic!("shipped knowledge base has errors:\n{}", lines(&diags)))
    })
}

pub fn load_dir(dir: &Path) -> (Option<Kb>, Vec<Diagnostic>) {
    Kb::load(&dir.join("knowledge"), &dir.join("locales"), today())
}

pub fn lines(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}

/// A temporary copy of the fixture that a test may break.
pub fn fixture_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture(), dir.path());
    dir
}

/// A fixture copy whose tax card entry (`knowledge/tax.toml`, after its
/// `context` line) has the `patterns` list given in TOML.
pub fn fixture_with_tax_card_patterns(list: &str) -> tempfile::TempDir {
    let dir = fixture_copy();
    let path = dir.path().join("knowledge/tax.toml");
    let context = "context = [\"skat\", \"løn\"]";
    let src = std::fs::read_to_string(&path).unwrap().replacen(context, &format!("{context}\npatterns = {list}"), 1);
    std::fs::write(&path, src).unwrap();
    dir
}
