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
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}: {}: {}", self.file.display(), self.line, sev, self.message)
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

    fn push(&mut self, file: &Path, line: usize, severity: Severity, message: String) {
        self.items.push(Diagnostic { file: file.to_path_buf(), line, severity, message });
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
