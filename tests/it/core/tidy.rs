//! The layering ARCHITECTURE.md promises, checked on the source text:
//! only the Telegram adapter uses teloxide, only the store uses sled, and
//! the dialogue core and the matcher read no clock, environment, files or
//! network (issue 17). Comments are not code and are skipped.

use std::path::{Path, PathBuf};

use crate::support::root;

/// Every `.rs` file below `dir`, with its code lines (comments skipped) as
/// (line number, text).
fn code_lines(dir: &Path) -> Vec<(PathBuf, usize, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, line) in text.lines().enumerate() {
                    let code = line.split("//").next().unwrap_or_default().trim();
                    if !code.is_empty() {
                        out.push((path.clone(), i + 1, code.to_string()));
                    }
                }
            }
        }
    }
    out
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[test]
fn teloxide_only_in_the_adapter_and_sled_only_in_the_store() {
    let mut found = Vec::new();
    for (path, n, code) in code_lines(&root().join("src")) {
        let file = rel(&path);
        if (code.contains("teloxide_core") || code.contains("teloxide::")) && !file.starts_with("src/telegram/") {
            found.push(format!("{file}:{n}: teloxide outside src/telegram: {code}"));
        }
        if code.contains("sled::") && !(file == "src/store.rs" || file.starts_with("src/store/")) {
            found.push(format!("{file}:{n}: sled outside the store: {code}"));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_dialogue_core_and_the_matcher_do_no_io() {
    const PURE: &[&str] =
        &["src/dialogue.rs", "src/knowledge/matcher.rs", "src/knowledge/places.rs", "src/knowledge/cues.rs"];
    const IO: &[&str] = &[
        "std::fs",
        "std::env",
        "std::net",
        "std::io::stdin",
        "SystemTime",
        "Instant::now",
        "Date::today",
        "unix_now",
        "tokio",
        "reqwest",
        "File::",
    ];
    let mut found = Vec::new();
    for (path, n, code) in code_lines(&root().join("src")) {
        let file = rel(&path);
        if !PURE.contains(&file.as_str()) {
            continue;
        }
        // Unit tests at the end of a file may read files.
        if code.starts_with("#[cfg(test)]") {
            continue;
        }
        if let Some(io) = IO.iter().find(|io| code.contains(*io)) {
            found.push(format!("{file}:{n}: `{io}` in a pure module: {code}"));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Every UI message the code asks for by id is in the list `check`
/// verifies in every language, so a missing translation is an error at
/// `check`, not an id shown to a commuter.
#[test]
fn every_ui_message_the_code_uses_is_checked() {
    let listed = pendlerbot::UI_MESSAGES;
    let mut missing = Vec::new();
    for (path, n, code) in code_lines(&root().join("src")) {
        // `ui(lang, "id")`, `ui(shared, lang, "id")`, `.ui(l, "id")`.
        for (at, _) in code.match_indices("ui(") {
            let args = &code[at + 3..];
            let Some(q) = args.find('"') else { continue };
            if args[..q].contains(')') || args[..q].matches(',').count() == 0 {
                continue;
            }
            let id: String = args[q + 1..].chars().take_while(|c| *c != '"').collect();
            let plain = !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if plain && !listed.contains(&id.as_str()) {
                missing.push(format!("{}:{n}: `{id}`", rel(&path)));
            }
        }
    }
    assert!(missing.is_empty(), "UI messages used in code but not checked:\n{}", missing.join("\n"));
}
