//! README.md's example session is what today's bot says (issue 16: it had
//! gone out of date). The README runs `printf '%s\n' '…' '…' | pendlerbot
//! chat` on the shipped base; this test runs the same and compares line by
//! line, where the README's `...` stands for the rest of a long answer.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::support::root;

/// The shell command and the output of the README's example session.
fn readme_session() -> (Vec<String>, Vec<String>) {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme.find("$ printf '%s\\n' ").expect("the README shows a session started with printf");
    let block = &readme[start..];
    let block = &block[..block.find("```").unwrap()];
    let (command, output) = block.split_once("| pendlerbot chat\n").expect("piped into pendlerbot chat");
    // The messages: every '…' of the printf line(s).
    let messages: Vec<String> =
        command.split('\'').skip(3).step_by(2).map(|m| m.to_string()).filter(|m| !m.trim().is_empty()).collect();
    (messages, output.trim_end().lines().map(str::to_string).collect())
}

#[test]
fn the_readmes_example_session_is_what_the_bot_says() {
    let (messages, want) = readme_session();
    assert_eq!(messages.len(), 4, "{messages:?}");
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pendlerbot"))
        .args(["chat"])
        .current_dir(root())
        .env("PENDLERBOT_DATA", data.path().join("data"))
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("PENDLERBOT_TOKEN_FILE")
        .env_remove("PENDLERBOT_KNOWLEDGE")
        .env_remove("PENDLERBOT_LOCALES")
        .env_remove("PENDLERBOT_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input: String = messages.iter().map(|m| format!("{m}\n")).collect();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got: Vec<String> = String::from_utf8_lossy(&out.stdout).trim_end().lines().map(str::to_string).collect();
    // Walk both: `...` in the README skips the bot's lines up to the README's next line.
    let (mut i, mut j) = (0, 0);
    while i < want.len() {
        if want[i] == "..." {
            let next = want.get(i + 1).expect("`...` is followed by a line");
            while j < got.len() && got[j] != *next {
                j += 1;
            }
            i += 1;
            continue;
        }
        assert_eq!(
            got.get(j),
            Some(&want[i]),
            "README.md's session, line {} differs from the bot's output:\n{}",
            i + 1,
            got.join("\n")
        );
        i += 1;
        j += 1;
    }
    assert_eq!(j, got.len(), "the bot says more than the README shows:\n{}", got[j..].join("\n"));
}
