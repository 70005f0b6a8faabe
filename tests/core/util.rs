//! Small helpers shared by the test modules.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use pendlerbot::date::Date;
use pendlerbot::diag::Diagnostic;
use pendlerbot::knowledge::Kb;

/// The fixed "today" of every test, so review dates never rot.
pub fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture() -> PathBuf {
    root().join("tests/fixtures/kb")
}

/// The three-entry-style fixture knowledge base, loaded once.
pub fn fixture_kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| load_dir(&fixture()).0.expect("fixture loads without errors"))
}

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

/// Copies a folder tree (files and subfolders).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// A temporary copy of the fixture that a test may break.
pub fn fixture_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture(), dir.path());
    dir
}

/// Runs the real binary with arguments and stdin; returns (exit ok, stdout, stderr).
pub fn run_bin(args: &[&str], stdin: &str) -> (bool, String, String) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_pendlerbot"))
        .args(args)
        .current_dir(root())
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("PENDLERBOT_TOKEN_FILE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_string();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(data.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
