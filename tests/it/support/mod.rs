//! What every area of the test binary shares: the canary token, the fixed
//! "today", copying and editing fixture folders, running the real binary,
//! waiting on an event with a deadline, and the fake Bot API with the one
//! harness that runs the bot against it ([`bot`]).

pub mod bot;
pub mod fake;
pub mod wire;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use pendlerbot::{Date, Kb};

/// A token to look for in every output: it must never show.
pub const CANARY: &str = "4242:CANARY-token-must-never-be-logged";

/// How long a test waits for something that normally takes milliseconds:
/// generous, so a loaded machine does not fail a test, and still finite.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The fixed "today" of every test, so review dates never rot.
pub fn today() -> Date {
    Date::parse("2026-11-28").unwrap()
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The small fixture knowledge base (`tests/fixtures/kb`).
pub fn fixture() -> PathBuf {
    root().join("tests/fixtures/kb")
}

/// The fixture's currency words (what redaction keeps as amounts).
pub fn currencies() -> Vec<String> {
    fixture_kb().languages.currencies()
}

/// The fixture knowledge base, loaded once on the fixed day.
pub fn fixture_kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| {
        let f = fixture();
        let (kb, diags) = Kb::load(&f.join("knowledge"), &f.join("locales"), today());
        kb.unwrap_or_else(|| panic!("the fixture has errors: {diags:#?}"))
    })
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

/// Replaces `old` by `new` in a file (the test's "advisor edit").
pub fn edit(path: &Path, old: &str, new: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(old), "{} has no {old:?}", path.display());
    std::fs::write(path, text.replace(old, new)).unwrap();
}

/// Polls `done` every 10 ms until it holds; fails naming `what` after
/// `timeout`. Tests wait on events with this, never with a bare sleep.
pub async fn wait_until(what: &str, timeout: Duration, done: impl FnMut() -> bool) {
    assert!(try_wait_until(timeout, done).await, "waited {timeout:?} for {what}, in vain");
}

/// Like [`wait_until`], but says whether `done` held in time, for a caller
/// that adds what it knows (a process's output) to the failure.
pub async fn try_wait_until(timeout: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = tokio::time::Instant::now() + timeout;
    while !done() {
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    true
}

/// Like [`wait_until`], for a condition that needs `.await` to look (an
/// HTTP request to the service).
pub async fn wait_until_async<F: Future<Output = bool>>(what: &str, timeout: Duration, mut done: impl FnMut() -> F) {
    let deadline = tokio::time::Instant::now() + timeout;
    while !done().await {
        assert!(tokio::time::Instant::now() < deadline, "waited {timeout:?} for {what}, in vain");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
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
