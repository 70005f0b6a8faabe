//! The advisors' loop (issue 6) on the fixture knowledge base: redaction,
//! grouping, retention, `--explain`, 👍/👎 counting through the dialogue
//! and the store, the CLI commands, and the HTML report's structure.
//! (The report in a real browser: `scripts/report-browser-check.sh`.)

mod cli;
mod explain;
mod feedback;
mod redaction;
mod report;
