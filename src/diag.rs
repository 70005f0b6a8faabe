//! Diagnostics: every problem found in `knowledge/` or `locales/`, each with
//! the file and line an advisor has to open. Loading never stops at the first
//! problem (like rust-analyzer's parser): it collects all of them, so one run
//! of `pendlerbot check` shows everything.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    pub line: usize,
    pub severity: Severity,
    pub message: String,
    /// The message in Danish and German, where the code writes one (syntax
    /// errors with a hint); every other message is translated by its English
    /// format when rendered (`check_text`).
    pub translated: Option<Box<[String; 2]>>,
}

/// The language `check` speaks: English, Danish or German.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckLang {
    En,
    Da,
    De,
}

impl CheckLang {
    /// From `--lang` or, without it, the locale (`LANG=da_DK.UTF-8` -> Danish).
    pub fn pick(flag: Option<&str>, locale: Option<&str>) -> CheckLang {
        let code = flag.or(locale).unwrap_or("").to_ascii_lowercase();
        if code.starts_with("da") {
            CheckLang::Da
        } else if code.starts_with("de") {
            CheckLang::De
        } else {
            CheckLang::En
        }
    }
}

impl Diagnostic {
    /// `file:line: error: message`, in `lang`: the message as translated
    /// where it was written with its translation (syntax errors), else from
    /// `locales/*/check.ftl` by its English format (`check_text`), else in
    /// English. English is the message itself, byte for byte.
    pub fn render(&self, lang: CheckLang) -> String {
        let error = self.severity == Severity::Error;
        let (sev, message) = match lang {
            CheckLang::Da => (if error { "fejl" } else { "advarsel" }, self.message_in(lang)),
            CheckLang::De => (if error { "Fehler" } else { "Warnung" }, self.message_in(lang)),
            CheckLang::En => (if error { "error" } else { "warning" }, None),
        };
        format!("{}:{}: {}: {}", self.file.display(), self.line, sev, message.as_deref().unwrap_or(&self.message))
    }

    /// The message in Danish or German, `None` where none is known.
    fn message_in(&self, lang: CheckLang) -> Option<String> {
        let i = match lang {
            CheckLang::Da => 0,
            CheckLang::De => 1,
            CheckLang::En => return None,
        };
        match &self.translated {
            Some(t) => Some(t[i].clone()),
            None => crate::check_text::translate(&self.message, lang),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(CheckLang::En))
    }
}

/// Collects diagnostics while loading.
#[derive(Default, Debug)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, file: &Path, line: usize, message: impl Into<String>) {
        self.push(file, line, Severity::Error, message.into());
    }

    pub fn warning(&mut self, file: &Path, line: usize, message: impl Into<String>) {
        self.push(file, line, Severity::Warning, message.into());
    }

    /// An error with its Danish and German wording.
    pub fn error_in(&mut self, file: &Path, line: usize, en: String, da: String, de: String) {
        self.items.push(Diagnostic {
            file: file.to_path_buf(),
            line,
            severity: Severity::Error,
            message: en,
            translated: Some(Box::new([da, de])),
        });
    }

    fn push(&mut self, file: &Path, line: usize, severity: Severity, message: String) {
        self.items.push(Diagnostic { file: file.to_path_buf(), line, severity, message, translated: None });
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn errors(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Warning).count()
    }

    /// Sorted by file, then line, so output reads top to bottom.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| (&a.file, a.line, a.severity).cmp(&(&b.file, b.line, b.severity)));
        self.items.dedup();
        self.items
    }
}

/// A TOML syntax error as `[English, Danish, German]`, each with a hint for
/// the usual causes (a date, quotes, commas, a header).
pub fn toml_hint(msg: &str, line: &str) -> [String; 3] {
    let m = msg.to_lowercase();
    let key = line.split('=').next().unwrap_or("").trim();
    let date_key = matches!(key, "checked" | "from" | "review_by" | "until");
    let hint: [&str; 3] = if m.contains("date") || m.contains("time") || date_key {
        [
            "write dates as YYYY-MM-DD without quotes, e.g. checked = 2026-12-04",
            "skriv datoer som ÅÅÅÅ-MM-DD uden anførselstegn, fx checked = 2026-12-04",
            "Daten als JJJJ-MM-TT ohne Anführungszeichen schreiben, z. B. checked = 2026-12-04",
        ]
    } else if m.contains("duplicate key") {
        [
            "a key is written twice in the same block: each [[entry]] needs its own header",
            "en nøgle står to gange i samme blok: hvert emne skal have sin egen [[entry]]-linje",
            "ein Schlüssel steht zweimal im selben Block: jeder Eintrag braucht seine eigene [[entry]]-Zeile",
        ]
    } else if m.contains("unknown field") {
        [
            "this field name is not known: check its spelling against knowledge/README.md",
            "feltnavnet kendes ikke: tjek stavningen i knowledge/README.md",
            "dieser Feldname ist unbekannt: Schreibweise in knowledge/README.md prüfen",
        ]
    } else if m.contains("table header") || m.contains("expected `.`, `]`") {
        [
            "a header is written [[entry]], [entry.da] or [entry.de], with its brackets closed",
            "en overskrift skrives [[entry]], [entry.da] eller [entry.de], med lukkede klammer",
            "eine Überschrift lautet [[entry]], [entry.da] oder [entry.de], mit geschlossenen Klammern",
        ]
    } else if m.contains("string") || m.contains("quote") || m.contains("escape") {
        [
            "every text stands in straight double quotes \"...\"; a quote inside a text is written \\\"",
            "hver tekst står i lige dobbelte anførselstegn \"...\"; et anførselstegn i teksten skrives \\\"",
            "jeder Text steht in geraden doppelten Anführungszeichen \"...\"; ein Anführungszeichen im Text wird \\\" geschrieben",
        ]
    } else if m.contains("array") || m.contains("expected `,`") || m.contains("expected newline") {
        [
            "lists are written [\"a\", \"b\"] with a comma between the texts; one key = value per line",
            "lister skrives [\"a\", \"b\"] med komma mellem teksterne; én nøgle = værdi pr. linje",
            "Listen werden [\"a\", \"b\"] mit Komma zwischen den Texten geschrieben; ein Schlüssel = Wert pro Zeile",
        ]
    } else {
        [
            "compare the line with a working entry in the same file",
            "sammenlign linjen med et emne i samme fil, der virker",
            "die Zeile mit einem funktionierenden Eintrag derselben Datei vergleichen",
        ]
    };
    [
        format!("TOML: {msg} (hint: {})", hint[0]),
        format!("TOML-syntaksfejl: {msg} (tip: {})", hint[1]),
        format!("TOML-Syntaxfehler: {msg} (Tipp: {})", hint[2]),
    ]
}

/// A Fluent syntax error as `[English, Danish, German]`, with a hint.
pub fn fluent_hint(kind: &str) -> [String; 3] {
    let k = kind.to_lowercase();
    let hint: [&str; 3] = if k.contains("placeable") || k.contains("}") || k.contains("{") {
        [
            "a value is written { $name } with both braces; a literal brace is {\"{\"}",
            "en værdi skrives { $navn } med begge tuborgklammer",
            "ein Wert wird { $name } mit beiden geschweiften Klammern geschrieben",
        ]
    } else if k.contains("attribute") || k.contains("value") {
        [
            "every message needs a text after `=`; continuation lines and .title start with spaces",
            "hver besked skal have en tekst efter `=`; fortsættelseslinjer og .title indrykkes med mellemrum",
            "jede Nachricht braucht einen Text nach `=`; Folgezeilen und .title beginnen mit Leerzeichen",
        ]
    } else {
        [
            "continuation lines start with spaces; a new message starts at the line's beginning: id = text",
            "fortsættelseslinjer starter med mellemrum; en ny besked starter forrest på linjen: id = tekst",
            "Folgezeilen beginnen mit Leerzeichen; eine neue Nachricht beginnt am Zeilenanfang: id = Text",
        ]
    };
    [
        format!("Fluent: {kind} (hint: {})", hint[0]),
        format!("Fluent-syntaksfejl: {kind} (tip: {})", hint[1]),
        format!("Fluent-Syntaxfehler: {kind} (Tipp: {})", hint[2]),
    ]
}

/// 1-based line number of a byte offset in `source`. Counts from the start:
/// for many lookups in one file use [`Source`].
pub fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// A file's text with its line starts indexed, so each line lookup is a
/// binary search instead of a scan from the top (a large knowledge file has
/// thousands of spans to place).
pub struct Source<'a> {
    pub text: &'a str,
    newlines: Vec<usize>,
}

impl<'a> Source<'a> {
    pub fn new(text: &'a str) -> Source<'a> {
        Source { text, newlines: text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i).collect() }
    }

    /// 1-based line number of a byte offset, as [`line_of`] counts it.
    pub fn line(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&n| n < offset.min(self.text.len())) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_are_one_based() {
        let s = "a\nb\nc";
        assert_eq!(line_of(s, 0), 1);
        assert_eq!(line_of(s, 2), 2);
        assert_eq!(line_of(s, 4), 3);
        assert_eq!(line_of(s, 999), 3);
        let src = Source::new(s);
        for offset in 0..=s.len() + 2 {
            assert_eq!(src.line(offset), line_of(s, offset), "offset {offset}");
        }
    }
}
