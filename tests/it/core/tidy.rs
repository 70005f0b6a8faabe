//! The layering ARCHITECTURE.md promises, checked on the source text:
//! only the Telegram adapter uses teloxide, only the store uses sled; the
//! pure modules (the dialogue core, the matcher, places, cues, the second
//! opinion, the unanswered log's rules, the relay's rules) read no clock,
//! environment, files or network; the adapter does not import `ops`, and
//! the configuration imports neither `ops` nor the adapter (issue 17).
//! Comments are not code and are skipped, and so are unit-test modules.
//! And no function in `src/` is longer than 80 lines, but a named few.

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
                out.extend(code_of(&text).into_iter().map(|(n, code)| (path.clone(), n, code)));
            }
        }
    }
    out
}

/// The code lines of one file (comments skipped) as (line number, text).
pub(super) fn code_of(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.split("//").next().unwrap_or_default().trim().to_string()))
        .filter(|(_, code)| !code.is_empty())
        .collect()
}

/// The code lines of one file without its unit tests: everything from a
/// `#[cfg(test)]` followed by a `mod` on. A test module is the last item of
/// its file (clippy's `items_after_test_module`, denied in CI), so the rest
/// of the file is the module. A `#[cfg(test)]` helper outside the module is
/// still read (only the attribute line is left out): the stricter choice.
pub(super) fn code_without_tests(lines: &[(usize, String)]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, (n, code)) in lines.iter().enumerate() {
        if code.starts_with("#[cfg(test)]") {
            let next = lines.get(i + 1).map_or("", |(_, c)| c.as_str());
            if next.starts_with("mod ") || next.starts_with("pub mod ") || next.starts_with("pub(crate) mod ") {
                break;
            }
            continue;
        }
        out.push((*n, code.clone()));
    }
    out
}

/// The lines of `src/` files for which `bad` names a problem, as
/// "file:line: problem: code", unit tests left out.
fn violations(files: &[&str], bad: impl Fn(&str, &str) -> Option<String>) -> Vec<String> {
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (n, code) in code_without_tests(&code_of(&text)) {
            if let Some(problem) = bad(file, &code) {
                found.push(format!("{file}:{n}: {problem}: {code}"));
            }
        }
    }
    found
}

/// Every `.rs` file below `src/<dir>`, as paths from the root.
fn rs_files(dir: &str) -> Vec<String> {
    let mut files: Vec<String> =
        code_lines(&root().join(dir)).into_iter().map(|(path, _, _)| rel(&path)).collect::<Vec<_>>();
    files.dedup();
    files
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

/// The modules ARCHITECTURE.md calls pure: no clock, environment, files or
/// network (the clock is read at the edges and passed in).
const PURE: &[&str] = &[
    "src/dialogue.rs",
    "src/knowledge/matcher.rs",
    "src/knowledge/places.rs",
    "src/knowledge/cues.rs",
    "src/knowledge/similar.rs",
    "src/unanswered.rs",
    "src/relay.rs",
];

/// What reads a clock, the environment, files or the network.
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

fn io_in(_file: &str, code: &str) -> Option<String> {
    IO.iter().find(|io| code.contains(*io)).map(|io| format!("`{io}` in a pure module"))
}

#[test]
fn the_dialogue_core_and_the_matcher_do_no_io() {
    let found = violations(PURE, io_in);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The guard itself: a read of the environment in a pure module's code, in
/// a test-only helper beside it or after that helper is caught; one inside
/// the unit-test module at the end is not, nor one in a comment.
#[test]
fn the_io_guard_sees_code_and_skips_unit_tests() {
    let text = "use crate::text::fold;\n\
                pub fn ttl() -> u32 {\n\
                    std::env::var(\"X\").map_or(90, |v| v.len() as u32) // a comment: std::fs\n\
                }\n\
                #[cfg(test)]\n\
                fn helper() { let _ = std::fs::read(\"a\"); }\n\
                pub fn after_helper() -> u64 { unix_now() }\n\
                #[cfg(test)]\n\
                mod tests {\n\
                    fn t() { let _ = std::fs::read_to_string(\"x\"); }\n\
                }\n";
    let found: Vec<(usize, Option<String>)> =
        code_without_tests(&code_of(text)).into_iter().map(|(n, code)| (n, io_in("x.rs", &code))).collect();
    let caught: Vec<usize> = found.iter().filter(|(_, p)| p.is_some()).map(|(n, _)| *n).collect();
    assert_eq!(caught, vec![3, 6, 7], "{found:?}");
}

/// The paths into the crate a file names, from the crate's root: every
/// `crate::a::b` or `super::a` written in its code, and every path of its
/// `use` trees expanded (`use crate::{ops::Host, text::Lang};` names
/// `crate::ops::Host` and `crate::text::Lang`), each with the line it starts
/// on. `module` is the file's module path (`["telegram", "send"]`), against
/// which `super::` and `self::` are resolved.
fn crate_paths(lines: &[(usize, String)], module: &[&str]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut statement: Option<(usize, String)> = None;
    for (n, code) in lines {
        let starts = code.starts_with("use ") || (code.starts_with("pub") && code.contains(" use "));
        if statement.is_none() && starts {
            statement = Some((*n, String::new()));
        }
        if let Some((first, text)) = statement.as_mut() {
            text.push_str(code);
            if code.ends_with(';') {
                let tree = text.split_once("use ").map_or("", |(_, t)| t).trim_end_matches(';');
                out.extend(expand("", tree).into_iter().filter_map(|p| resolve(&p, module)).map(|p| (*first, p)));
                statement = None;
            }
            continue;
        }
        for start in ["crate::", "super::"] {
            for (at, _) in code.match_indices(start) {
                if code[..at].ends_with(|c: char| c == ':' || c == '_' || c.is_alphanumeric()) {
                    continue;
                }
                let path: String =
                    code[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
                out.extend(resolve(&path, module).map(|p| (*n, p)));
            }
        }
    }
    out
}

/// `path` from the crate's root (`crate::…`), written in `module`; `None`
/// for a path outside the crate (`std::…`, `tokio::…`).
fn resolve(path: &str, module: &[&str]) -> Option<String> {
    let mut segments: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = match segments.first() {
        Some(&"crate") => return Some(path.to_string()),
        Some(&"self") => {
            segments.remove(0);
            module.to_vec()
        }
        Some(&"super") => {
            let ups = segments.iter().take_while(|s| **s == "super").count();
            segments.drain(..ups);
            module[..module.len().saturating_sub(ups)].to_vec()
        }
        _ => return None,
    };
    base.insert(0, "crate");
    base.extend(segments.into_iter().filter(|s| !s.is_empty()));
    Some(base.join("::"))
}

/// A file's module path: `src/telegram/send.rs` is `["telegram", "send"]`,
/// `src/telegram/mod.rs` `["telegram"]`.
fn module_of(file: &str) -> Vec<&str> {
    let path = file.strip_prefix("src/").unwrap_or(file).trim_end_matches(".rs");
    let path = path.strip_suffix("/mod").unwrap_or(path);
    path.split('/').filter(|m| !matches!(*m, "lib" | "main")).collect()
}

/// The paths of one `use` tree with `prefix` before it.
fn expand(prefix: &str, tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        // `a::b as c` names `a::b`.
        let path = tree.split(" as ").next().unwrap_or_default().trim();
        return vec![format!("{prefix}{path}")];
    };
    let (head, inner) = (&tree[..open], &tree[open + 1..tree.len() - 1]);
    let mut items = Vec::new();
    let (mut depth, mut from) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[from..]);
    items.into_iter().filter(|i| !i.is_empty()).flat_map(|i| expand(&format!("{prefix}{head}"), i)).collect()
}

/// `file`'s paths into one of `modules` (`"ops"` is `crate::ops` and
/// what is below it), unit tests left out, as "file:line: names crate::x".
fn imports_of(file: &str, modules: &[&str]) -> Vec<String> {
    let text = std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut found = Vec::new();
    for (n, path) in crate_paths(&code_without_tests(&code_of(&text)), &module_of(file)) {
        let below = path.strip_prefix("crate::").unwrap_or_default();
        if modules.iter().any(|m| below == *m || below.starts_with(&format!("{m}::"))) {
            found.push(format!("{file}:{n}: names `{path}`"));
        }
    }
    found
}

/// Layers without circles (issue 17): `ops` drives the Telegram adapter,
/// never the reverse, and the configuration imports neither.
#[test]
fn the_adapter_and_the_configuration_do_not_import_the_layers_above() {
    let mut found = Vec::new();
    for file in rs_files("src/telegram") {
        found.extend(imports_of(&file, &["ops"]));
    }
    found.extend(imports_of("src/config.rs", &["ops", "telegram"]));
    assert!(found.is_empty(), "imports against the layering:\n{}", found.join("\n"));
}

/// The guard itself: grouped, nested and inline paths are all seen.
#[test]
fn the_import_guard_reads_use_trees() {
    let text = "use crate::text::Lang;\n\
                use crate::{\n\
                    dialogue::Reply,\n\
                    ops::{Host, LiveKb},\n\
                };\n\
                pub(super) use crate::telegram as tg;\n\
                fn f() { crate::ops::sweep(); }\n\
                use super::super::ops::Trigger;\n\
                use super::{send::To, Brain};\n\
                fn g() { super::super::ops::sweep(); std::fs::read(\"x\"); }\n";
    let paths: Vec<(usize, String)> = crate_paths(&code_of(text), &module_of("src/telegram/send.rs"));
    let names: Vec<String> = paths.iter().map(|(n, p)| format!("{n}:{p}")).collect();
    assert_eq!(
        names,
        [
            "1:crate::text::Lang",
            "2:crate::dialogue::Reply",
            "2:crate::ops::Host",
            "2:crate::ops::LiveKb",
            "6:crate::telegram",
            "7:crate::ops::sweep",
            "8:crate::ops::Trigger",
            "9:crate::telegram::send::To",
            "9:crate::telegram::Brain",
            "10:crate::ops::sweep"
        ]
    );
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

/// Each UI message is listed once: a second entry says nothing more and
/// hides which place in the list is the one to edit.
#[test]
fn every_ui_message_is_listed_once() {
    let mut seen = std::collections::HashSet::new();
    let twice: Vec<&str> = pendlerbot::UI_MESSAGES.iter().copied().filter(|id| !seen.insert(*id)).collect();
    assert!(twice.is_empty(), "listed twice in UI_MESSAGES: {twice:?}");
}

/// The most lines a function in `src/` may have, from its `fn` line to its
/// closing brace (issue 17: long functions are split into named steps).
const MAX_FN_LINES: usize = 80;

/// Functions allowed to be longer, by name, until they are split (none
/// now: a new long function fails). A name here that is no longer too long
/// fails the test too, so the list only shrinks.
const LONG_FNS: &[&str] = &[];

/// The functions of one file as (name, line of `fn`, lines from `fn` to the
/// closing brace): a function ends at the first line after its signature
/// that is its own indentation and `}` (rustfmt's layout), or on its
/// signature's line when the body closes there. Declarations without a
/// body (`fn f();` in a trait) are not functions here.
fn functions_of(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        let indent = &line[..line.len() - code.len()];
        let mut rest = code;
        for qualifier in ["pub(crate) ", "pub(super) ", "pub ", "const ", "async ", "unsafe "] {
            rest = rest.strip_prefix(qualifier).unwrap_or(rest);
        }
        let Some(signature) = rest.strip_prefix("fn ") else { continue };
        let name: String = signature.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let Some(open) = (i..lines.len()).find(|&j| lines[j].contains('{') || lines[j].trim_end().ends_with(';'))
        else {
            continue;
        };
        if !lines[open].contains('{') {
            continue;
        }
        let closes_there = lines[open].matches('{').count() == lines[open].matches('}').count();
        let end = if closes_there {
            open
        } else {
            let close = format!("{indent}}}");
            (open + 1..lines.len()).find(|&j| lines[j].trim_end() == close).unwrap_or(lines.len() - 1)
        };
        out.push((name, i + 1, end - i + 1));
    }
    out
}

/// Every function in `src/` longer than `limit` lines, as "file:line: name (n lines)",
/// and the allowed names (`LONG_FNS`) that no longer are.
fn long_functions(limit: usize) -> (Vec<String>, Vec<&'static str>) {
    let mut files: Vec<String> = rs_files("src");
    files.sort();
    let mut long = Vec::new();
    let mut allowed_seen = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (name, line, n) in functions_of(&text) {
            if n <= limit {
                continue;
            }
            match LONG_FNS.iter().find(|allowed| **allowed == name) {
                Some(allowed) => allowed_seen.push(*allowed),
                None => long.push(format!("{file}:{line}: {name} ({n} lines)")),
            }
        }
    }
    let stale = LONG_FNS.iter().copied().filter(|a| !allowed_seen.contains(a)).collect();
    (long, stale)
}

#[test]
fn no_function_in_src_is_longer_than_80_lines() {
    let (long, stale) = long_functions(MAX_FN_LINES);
    assert!(long.is_empty(), "functions over {MAX_FN_LINES} lines: split them into named steps:\n{}", long.join("\n"));
    assert!(stale.is_empty(), "no longer over {MAX_FN_LINES} lines: take them off LONG_FNS: {stale:?}");
}

/// The guard itself: a function is counted from its `fn` line (a signature
/// over several lines included) to the brace at its own indentation; a
/// method in an `impl`, a one-line function and a body-less declaration.
#[test]
fn the_length_guard_counts_from_fn_to_its_closing_brace() {
    let text = "pub fn short() -> u32 { 1 }\n\
                impl X {\n    \
                    pub(crate) fn method(\n        \
                        a: u32,\n    \
                    ) -> u32 {\n        \
                        if a > 1 {\n            \
                            2\n        \
                        } else {\n            \
                            3\n        \
                        }\n    \
                    }\n\
                }\n\
                trait T {\n    \
                    fn declared(&self);\n\
                }\n";
    let found = functions_of(text);
    assert_eq!(found, vec![("short".to_string(), 1, 1), ("method".to_string(), 3, 9)], "{found:?}");
}
