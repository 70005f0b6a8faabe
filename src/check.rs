//! One run of the knowledge-base checks, told to whoever asked: `pendlerbot
//! check` prints every problem, `/check` in Telegram (for admins: an advisor
//! without a Rust toolchain checks an edit) replies with the summary and the
//! first problems. Both load the folders with [`Kb::load`], exactly as a
//! reload does, but neither swaps anything in: checking is not reloading.
//!
//! Its texts are `check`'s own (`check_text`): `locales/<code>/check.ftl`
//! of the locales checked, English (compiled in) where a language has none,
//! so a check still speaks when the locales are the thing that is broken.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::date::Date;
use fluent_bundle::FluentValue;

use crate::check_text::{CheckLang, CheckTexts};
use crate::diag::{Diagnostic, Severity};
use crate::knowledge::Kb;
use crate::text::Lang;

/// Problems `/check` lists in its reply; the rest is counted.
pub const CHAT_PROBLEMS: usize = 10;
/// A problem's message is cut at this many characters in a chat.
const CHAT_LINE_CHARS: usize = 300;

/// What a base that loaded holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub entries: usize,
    pub examples: usize,
    pub values: usize,
    pub version: String,
}

/// The result of one check.
#[derive(Debug)]
pub struct Checked {
    /// Every problem, errors and warnings, in file order.
    pub diags: Vec<Diagnostic>,
    /// The base, when it has no errors.
    pub loaded: Option<Loaded>,
    pub took: Duration,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.diags.iter().filter(|d| d.severity == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.diags.len() - self.errors()
    }

    /// The closing line of `pendlerbot check` (and the first of `/check`).
    pub fn summary(&self, texts: &CheckTexts) -> String {
        let (errors, warnings) = (self.errors(), self.warnings());
        match &self.loaded {
            Some(l) => texts.text(
                "check-summary",
                &[
                    ("entries", l.entries.into()),
                    ("examples", l.examples.into()),
                    ("values", l.values.into()),
                    ("ms", FluentValue::from(self.took.as_millis().to_string())),
                    ("errors", errors.into()),
                    ("warnings", warnings.into()),
                    ("version", l.version.as_str().into()),
                ],
            ),
            None => texts.text("check-summary-failed", &[("errors", errors.into()), ("warnings", warnings.into())]),
        }
    }

    /// The reply to `/check`: what was checked, the summary, the first
    /// `first` problems (errors before warnings) as `file:line: …` with the
    /// paths as the advisors know them (`knowledge/tax.toml`), and what the
    /// check did not do (reload). In the chat's language where the locales
    /// have its `check.ftl`, else in English.
    pub fn for_chat(&self, knowledge: &Path, locales: &Path, lang: Lang, first: usize) -> String {
        let texts = CheckTexts::load(locales, &CheckLang::pick(Some(lang.code()), None));
        let (k, l) = (shown(knowledge), shown(locales));
        let mut out =
            texts.text("check-chat-title", &[("knowledge", k.as_str().into()), ("locales", l.as_str().into())]);
        out.push('\n');
        out.push_str(&self.summary(&texts));
        let mut problems: Vec<&Diagnostic> = self.diags.iter().filter(|d| d.severity == Severity::Error).collect();
        problems.extend(self.diags.iter().filter(|d| d.severity == Severity::Warning));
        if !problems.is_empty() {
            out.push('\n');
        }
        for d in problems.iter().take(first) {
            let relative = Diagnostic { file: relative(&d.file, knowledge, locales), ..(*d).clone() };
            out.push('\n');
            out.push_str(&cut(&relative.render(&texts), CHAT_LINE_CHARS));
        }
        if problems.len() > first {
            let rest = problems.len() - first;
            out.push('\n');
            out.push_str(&texts.text("check-chat-more", &[("rest", rest.into())]));
        }
        out.push_str("\n\n");
        out.push_str(
            &texts.text(if self.loaded.is_some() { "check-chat-kept" } else { "check-chat-kept-errors" }, &[]),
        );
        out
    }
}

/// Loads and checks the folders as `pendlerbot check` and a reload do.
pub fn run(knowledge: &Path, locales: &Path, today: Date) -> Checked {
    let started = Instant::now();
    let (kb, diags) = Kb::load(knowledge, locales, today);
    let loaded = kb.as_ref().map(|kb| Loaded {
        entries: kb.entries.len(),
        examples: kb.entries.iter().map(|e| e.rules.values().map(|r| r.examples.len()).sum::<usize>()).sum(),
        values: kb.values.len(),
        version: kb.version.clone(),
    });
    Checked { diags, loaded, took: started.elapsed() }
}

/// `/opt/pendlerbot/knowledge/tax.toml` -> `knowledge/tax.toml`: the path
/// from the folder's own name, as the advisors see it in their copy.
fn relative(file: &Path, knowledge: &Path, locales: &Path) -> PathBuf {
    for dir in [knowledge, locales] {
        if let Ok(rest) = file.strip_prefix(dir) {
            let name = dir.file_name().map(PathBuf::from).unwrap_or_default();
            return name.join(rest);
        }
    }
    file.to_path_buf()
}

/// A folder by its own name (`knowledge/`).
fn shown(dir: &Path) -> String {
    match dir.file_name() {
        Some(n) => format!("{}/", n.to_string_lossy()),
        None => dir.display().to_string(),
    }
}

fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_shown_from_the_folders_own_name() {
        let (k, l) = (Path::new("/opt/pendlerbot/knowledge"), Path::new("/opt/pendlerbot/locales"));
        assert_eq!(relative(Path::new("/opt/pendlerbot/knowledge/tax.toml"), k, l), Path::new("knowledge/tax.toml"));
        assert_eq!(relative(Path::new("/opt/pendlerbot/locales/da/ui.ftl"), k, l), Path::new("locales/da/ui.ftl"));
        assert_eq!(relative(Path::new("/elsewhere/x.toml"), k, l), Path::new("/elsewhere/x.toml"));
        assert_eq!(shown(k), "knowledge/");
    }

    #[test]
    fn long_messages_are_cut() {
        assert_eq!(cut("abcdef", 3), "abc…");
        assert_eq!(cut("abc", 3), "abc");
    }
}
