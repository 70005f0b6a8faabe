//! pendlerbot: answers the questions of cross-border commuters between
//! Denmark and Germany, in Danish and German, from a knowledge base that
//! advisors keep as plain files.
//!
//! Module map (data flows down, never back up; see ARCHITECTURE.md):
//! - `console`: the terminal chat and the `ask` batch tool (adapters).
//! - [`dialogue`]: the pure conversation core, `handle(kb, session, input)`.
//! - `knowledge`: loading and checking `knowledge/` + `locales/`, and the
//!   rule-based matcher.
//! - `i18n`: Fluent bundles for da and de, number formatting.
//! - `text`: folding, tokens and stems shared by loader and matcher.
//! - `telegram`: the Telegram bot (teloxide); drives `getUpdates` itself
//!   so nothing is lost, nothing answered twice.
//! - `store`: sled: sessions, the inbox of fetched updates, handled ids.
//! - `ids`: Telegram's chat, user and message ids as types of their own.
//! - `diag`, `date`: `file:line` diagnostics and review dates;
//!   `check_text`, `check`'s texts in any language (`locales/<code>/check.ftl`,
//!   English built in).
//! - `ops`: `serve` as a service: hot reload, retention sweep, health and
//!   metrics over `http` (a small HTTP/1.1 listener), rendered by
//!   `metrics`; it drives `telegram`, never the reverse; `config`:
//!   env + optional TOML, validated at start, and the adapter's settings.
//! - `outcome`: how a question ended, one type for metrics, counters,
//!   the unanswered log and the report.
//! - The advisors' loop: `unanswered` (the redacted, expiring inbox of
//!   questions the bot could not answer, grouped), `redact` (personal
//!   data out), `explain` (`ask --explain`, `/why`), `report` (the
//!   self-contained HTML report); `advisor`, the terminal commands' glue
//!   around them; `check`, `pendlerbot check`; `relay`, handing a
//!   conversation over to the office's advisors.
//! - `baseline`: a plain BM25 retriever, only to compare the matcher with.
//!
//! Every module is private except [`dialogue`], the pure core, whose API is
//! its own namespace (`dialogue::Outcome`, one turn's replies, is not
//! [`Outcome`], how a question ended). What `src/main.rs`, `tests/`,
//! `benches/`, `examples/` and `fuzz/` use is re-exported below, and only
//! that, so rustc reports what nothing uses. [`cli`] holds the commands the
//! binary runs.

mod advisor;
mod baseline;
mod check;
mod check_text;
mod config;
mod console;
mod date;
mod diag;
pub mod dialogue;
mod explain;
mod http;
mod i18n;
mod ids;
mod knowledge;
mod metrics;
mod ops;
mod outcome;
mod redact;
mod relay;
mod report;
mod store;
mod telegram;
mod text;
mod unanswered;

/// The commands `src/main.rs` runs: the terminal chat and `ask`, the
/// advisors' commands, `check`, `stats` and `serve`.
pub mod cli {
    pub use crate::advisor::{open, print_feedback, report, report_lang, unanswered, Recorder};
    pub use crate::check::run as check;
    pub use crate::console::{
        answer_lines, ask_line, chat_with, explain, push_ask_line, turn_text, write_json, LinesError,
    };
    pub use crate::ops::{print_stats, run as serve};
}

// The knowledge base, its language and the day it is built for.
pub use check_text::{
    ids as check_ids, message_id as check_message_id, message_ids as check_message_ids, CheckLang, CheckTexts,
    Text as CheckText, PATTERNS as CHECK_PATTERNS,
};
pub use date::Date;
pub use diag::{Diagnostic, Severity};
pub use knowledge::languages::Menu;
pub use knowledge::{Country, Decision, Direction, EntryId, Kb, Situation, MAX_MESSAGE_CHARS, UI_MESSAGES};
pub use text::{fold, tokens, Lang, MAX_MATCH_CHARS};

// The advisors' loop.
pub use dialogue::explain;
pub use outcome::Outcome;
pub use redact::redact;
pub use relay::{Case, OfficeHours};
pub use report::{esc, render as render_report, CaseSummary, ReportData, REPORT_MESSAGES};
pub use unanswered::{group as group_unanswered, record_of, Record as Unanswered};

// Storage, configuration and the service.
pub use config::{ConfigErrors, Flags, Limits, LogFormat, Rate, Settings, Telegram as TelegramConfig, Token};
pub use http::serve as serve_http;
pub use ids::{ChatId, MessageId};
pub use metrics::Metrics;
pub use ops::live::{daily as rebuild_daily, watch as watch_folders};
pub use ops::{endpoints, sweep, LiveKb, Trigger};
pub use store::{Counters, Feedback, RelayCounts, SessionChange, Store};
pub use telegram::{quiet_panics, serve_with_stats, Brain, ServeError, Stats, StatsSnapshot};

// Only to compare the matcher with.
pub use baseline::Bm25;
