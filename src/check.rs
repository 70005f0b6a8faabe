//! One run of the knowledge-base checks, told to whoever asked: `pendlerbot
//! check` prints every problem, `/check` in Telegram (for admins: an advisor
//! without a Rust toolchain checks an edit) replies with the summary and the
//! first problems. Both load the folders with [`Kb::load`], exactly as a
//! reload does, but neither swaps anything in: checking is not reloading.
//!
//! The texts of this module are in the code, in English, Danish and German,
//! not in the locales: a check must still speak when the locales are the
//! thing that is broken. The problems' messages are translated when rendered,
//! from `locales/*/check.ftl` compiled in (`check_text`).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::date::Date;
use crate::diag::{CheckLang, Diagnostic, Severity};
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
    pub fn summary(&self, lang: CheckLang) -> String {
        let (errors, warnings) = (self.errors(), self.warnings());
        let ms = self.took.as_millis();
        match (&self.loaded, lang) {
            (Some(l), CheckLang::En) => format!(
                "checked {} entries, {} example questions, {} values in {ms} ms: {errors} error(s), {warnings} \
                 warning(s) (version {})",
                l.entries, l.examples, l.values, l.version
            ),
            (Some(l), CheckLang::Da) => format!(
                "kontrolleret {} emner, {} eksempelspørgsmål, {} værdier på {ms} ms: {errors} fejl, {warnings} \
                 advarsel/advarsler (version {})",
                l.entries, l.examples, l.values, l.version
            ),
            (Some(l), CheckLang::De) => format!(
                "geprüft: {} Einträge, {} Beispielfragen, {} Werte in {ms} ms: {errors} Fehler, {warnings} \
                 Warnung(en) (Version {})",
                l.entries, l.examples, l.values, l.version
            ),
            (None, CheckLang::En) => format!("{errors} error(s), {warnings} warning(s)"),
            (None, CheckLang::Da) => format!("{errors} fejl, {warnings} advarsel/advarsler"),
            (None, CheckLang::De) => format!("{errors} Fehler, {warnings} Warnung(en)"),
        }
    }

    /// The reply to `/check`: what was checked, the summary, the first
    /// `first` problems (errors before warnings) as `file:line: …` with the
    /// paths as the advisors know them (`knowledge/tax.toml`), and what the
    /// check did not do (reload).
    pub fn for_chat(&self, knowledge: &Path, locales: &Path, lang: Lang, first: usize) -> String {
        // `check`'s own messages are Danish, German or English (`CheckLang`).
        let cl = CheckLang::pick(Some(lang.code()), None);
        let mut out = String::new();
        out.push_str(&match cl {
            CheckLang::Da => format!("Tjek af {} og {}:\n", shown(knowledge), shown(locales)),
            CheckLang::De => format!("Prüfung von {} und {}:\n", shown(knowledge), shown(locales)),
            CheckLang::En => format!("Check of {} and {}:\n", shown(knowledge), shown(locales)),
        });
        out.push_str(&self.summary(cl));
        let mut problems: Vec<&Diagnostic> = self.diags.iter().filter(|d| d.severity == Severity::Error).collect();
        problems.extend(self.diags.iter().filter(|d| d.severity == Severity::Warning));
        if !problems.is_empty() {
            out.push('\n');
        }
        for d in problems.iter().take(first) {
            let relative = Diagnostic { file: relative(&d.file, knowledge, locales), ..(*d).clone() };
            out.push('\n');
            out.push_str(&cut(&relative.render(cl), CHAT_LINE_CHARS));
        }
        if problems.len() > first {
            let rest = problems.len() - first;
            out.push_str(&match cl {
                CheckLang::Da => format!("\n… og {rest} mere: pendlerbot check viser dem alle."),
                CheckLang::De => format!("\n… und {rest} weitere: pendlerbot check zeigt alle."),
                CheckLang::En => format!("\n… and {rest} more: pendlerbot check shows them all."),
            });
        }
        out.push_str(match (cl, self.loaded.is_some()) {
            (CheckLang::Da, true) => "\n\nIntet er genindlæst: botten svarer stadig med den version, den kører. /reload tager ændringen i brug (det sker også af sig selv, når filerne er gemt).",
            (CheckLang::Da, false) => "\n\nIntet er genindlæst: botten svarer videre med den version, den kører, til fejlene er rettet.",
            (CheckLang::De, true) => "\n\nNichts wurde neu geladen: der Bot antwortet weiter mit der laufenden Version. /reload übernimmt die Änderung (das geschieht auch von selbst, wenn die Dateien gespeichert sind).",
            (CheckLang::De, false) => "\n\nNichts wurde neu geladen: der Bot antwortet weiter mit der laufenden Version, bis die Fehler behoben sind.",
            (CheckLang::En, true) => "\n\nNothing was reloaded: the bot still answers with the version it runs. /reload takes the change into use (it also happens by itself when the files are saved).",
            (CheckLang::En, false) => "\n\nNothing was reloaded: the bot answers with the version it runs until the errors are fixed.",
        });
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
