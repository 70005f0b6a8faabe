//! pendlerbot: answers the questions of cross-border commuters between
//! Denmark and Germany, in Danish and German, from a knowledge base that
//! advisors keep as plain files.
//!
//! Module map (data flows down, never back up; see ARCHITECTURE.md):
//! - [`console`]: the terminal chat and the `ask` batch tool (adapters).
//! - [`dialogue`]: the pure conversation core, `handle(kb, session, input)`.
//! - [`knowledge`]: loading and checking `knowledge/` + `locales/`, and the
//!   rule-based matcher.
//! - [`i18n`]: Fluent bundles for da and de, number formatting.
//! - [`text`]: folding, tokens and stems shared by loader and matcher.
//! - [`telegram`]: the Telegram bot (teloxide); drives `getUpdates` itself
//!   so nothing is lost, nothing answered twice.
//! - [`store`]: sled: sessions, the inbox of fetched updates, handled ids.
//! - [`diag`], [`date`]: `file:line` diagnostics and review dates.
//! - [`ops`]: `serve` as a service: hot reload, retention sweep, health and
//!   metrics over [`http`] (a small HTTP/1.1 listener), rendered by
//!   [`metrics`]; it drives [`telegram`], never the reverse; [`config`]:
//!   env + optional TOML, validated at start, and the adapter's settings.
//! - [`outcome`]: how a question ended, one type for metrics, counters,
//!   the unanswered log and the report.
//! - The advisors' loop: [`unanswered`] (the redacted, expiring inbox of
//!   questions the bot could not answer, grouped), [`redact`] (personal
//!   data out), [`explain`] (`ask --explain`, `/why`), [`report`] (the
//!   self-contained HTML report).
//! - [`baseline`]: a plain BM25 retriever, only to compare the matcher with.

pub mod advisor;
pub mod baseline;
pub mod check;
pub mod config;
pub mod console;
pub mod date;
pub mod diag;
pub mod dialogue;
pub mod explain;
pub mod http;
pub mod i18n;
pub mod knowledge;
pub mod metrics;
pub mod ops;
pub mod outcome;
pub mod redact;
pub mod relay;
pub mod report;
pub mod store;
pub mod telegram;
pub mod text;
pub mod unanswered;
