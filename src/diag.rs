//! Diagnostics: every problem found in `knowledge/` or `locales/`, each with
//! the file and line an advisor has to open. Loading never stops at the first
//! problem (like rust-analyzer's parser): it collects all of them, so one run
//! of `pendlerbot check` shows everything.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::check_text::{english_text, CheckTexts, Text};

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
    /// The message as a text of `check.ftl` with its arguments, where the
    /// code writes one (syntax errors with a hint): `message` is its English.
    /// Every other message is translated by its English format when
    /// rendered (`check_text`).
    pub text: Option<Box<Text>>,
}

impl Diagnostic {
    /// `file:line: error: message` in the language of `texts`: the message
    /// as a text of `check.ftl` where it was written as one, else translated
    /// by its English format, else in English. English is the message
    /// itself, byte for byte.
    pub fn render(&self, texts: &CheckTexts) -> String {
        let sev = texts.text(if self.severity == Severity::Error { "check-error" } else { "check-warning" }, &[]);
        let message = match &self.text {
            Some(t) => Some(texts.render(t)),
            None => texts.translate(&self.message),
        };
        format!("{}:{}: {}: {}", self.file.display(), self.line, sev, message.as_deref().unwrap_or(&self.message))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(CheckTexts::english()))
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

    /// An error written as a text of `check.ftl`, shown in the advisor's language.
    pub fn error_text(&mut self, file: &Path, line: usize, text: Text) {
        self.items.push(Diagnostic {
            file: file.to_path_buf(),
            line,
            severity: Severity::Error,
            message: english_text(&text),
            text: Some(Box::new(text)),
        });
    }

    fn push(&mut self, file: &Path, line: usize, severity: Severity, message: String) {
        self.items.push(Diagnostic { file: file.to_path_buf(), line, severity, message, text: None });
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

/// A TOML syntax error with a hint for the usual causes (a date, quotes,
/// commas, a header): `check-toml-syntax`, its hint chosen by `$hint`.
pub fn toml_hint(msg: &str, line: &str) -> Text {
    let m = msg.to_lowercase();
    let key = line.split('=').next().unwrap_or("").trim();
    let date_key = matches!(key, "checked" | "from" | "review_by" | "until");
    let hint = if m.contains("date") || m.contains("time") || date_key {
        "date"
    } else if m.contains("duplicate key") {
        "duplicate-key"
    } else if m.contains("unknown field") {
        "unknown-field"
    } else if m.contains("table header") || m.contains("expected `.`, `]`") {
        "header"
    } else if m.contains("string") || m.contains("quote") || m.contains("escape") {
        "string"
    } else if m.contains("array") || m.contains("expected `,`") || m.contains("expected newline") {
        "list"
    } else {
        "other"
    };
    Text { id: "check-toml-syntax", args: vec![("problem", msg.to_string()), ("hint", hint.to_string())] }
}

/// A Fluent syntax error with a hint: `check-fluent-syntax`.
pub fn fluent_hint(kind: &str) -> Text {
    let k = kind.to_lowercase();
    let hint = if k.contains("placeable") || k.contains('}') || k.contains('{') {
        "placeable"
    } else if k.contains("attribute") || k.contains("value") {
        "value"
    } else {
        "other"
    };
    Text { id: "check-fluent-syntax", args: vec![("problem", kind.to_string()), ("hint", hint.to_string())] }
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
