//! Counters for operators, rendered in the Prometheus text format by
//! `GET /metrics`. Plain atomics and two small maps: no I/O, no clock (the
//! callers measure and pass durations in), nothing personal (labels are
//! languages, outcomes and entry ids).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::text::Lang;

/// Upper bounds (seconds) of the answer latency histogram's buckets.
pub const LATENCY_BUCKETS: &[f64] = &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// Upper bounds (seconds) of the histogram of times to an advisor's first
/// answer: a minute, 5 and 15 minutes, an hour, 4 and 8 hours, a day, 3 days.
pub const FIRST_ANSWER_BUCKETS: &[f64] = &[60.0, 300.0, 900.0, 3600.0, 14_400.0, 28_800.0, 86_400.0, 259_200.0];

/// How a question ended, as counted in `pendlerbot_questions_total`.
pub use crate::outcome::Outcome;

#[derive(Debug, Default)]
pub struct Metrics {
    questions: Mutex<BTreeMap<(Lang, Outcome), u64>>,
    answers: Mutex<BTreeMap<String, u64>>,
    latency_buckets: [AtomicU64; 11],
    latency_count: AtomicU64,
    latency_sum_micros: AtomicU64,
    kb: Mutex<KbInfo>,
    reloads_ok: AtomicU64,
    reloads_failed: AtomicU64,
    sessions: AtomicU64,
    sessions_expired: AtomicU64,
    telegram_errors: AtomicU64,
    telegram_retries: AtomicU64,
    flood_dropped: AtomicU64,
    /// When the adapter started serving, and when getUpdates last succeeded.
    serving_since: Mutex<Option<Instant>>,
    last_poll: Mutex<Option<Instant>>,
    inbox: AtomicU64,
    /// The handover to the advice office (issue 18).
    cases_opened: AtomicU64,
    cases_answered: AtomicU64,
    cases_closed: AtomicU64,
    cases_relayed: AtomicU64,
    cases_open: AtomicU64,
    first_answer_buckets: [AtomicU64; 8],
    first_answer_sum_secs: AtomicU64,
}

/// What happened to a case, for the metrics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseEvent {
    Opened,
    /// An advisor's message relayed; `first`: the case's first answer, after this long.
    Relayed {
        first: Option<Duration>,
    },
    Closed,
}

#[derive(Debug, Default)]
struct KbInfo {
    version: String,
    entries: usize,
    loaded_unix: u64,
    load_seconds: f64,
}

impl Metrics {
    /// A question in `lang` ("da", "de") that ended in `outcome`; `entry` is the answer given.
    pub fn question(&self, lang: Lang, outcome: Outcome, entry: Option<&str>) {
        *self.questions.lock().expect("metrics lock").entry((lang, outcome)).or_default() += 1;
        if let Some(e) = entry {
            *self.answers.lock().expect("metrics lock").entry(e.to_string()).or_default() += 1;
        }
    }

    /// The time from an update's start of handling to its last reply sent.
    pub fn latency(&self, took: Duration) {
        let secs = took.as_secs_f64();
        for (i, le) in LATENCY_BUCKETS.iter().enumerate() {
            if secs <= *le {
                self.latency_buckets[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.latency_count.fetch_add(1, Ordering::Relaxed);
        self.latency_sum_micros.fetch_add(took.as_micros() as u64, Ordering::Relaxed);
    }

    /// A knowledge base went live (at start or by a reload).
    pub fn knowledge_loaded(&self, version: &str, entries: usize, loaded_unix: u64, took: Duration) {
        let mut kb = self.kb.lock().expect("metrics lock");
        *kb = KbInfo { version: version.to_string(), entries, loaded_unix, load_seconds: took.as_secs_f64() };
    }

    pub fn reload(&self, ok: bool) {
        if ok { &self.reloads_ok } else { &self.reloads_failed }.fetch_add(1, Ordering::Relaxed);
    }

    pub fn sessions(&self, stored: usize) {
        self.sessions.store(stored as u64, Ordering::Relaxed);
    }

    pub fn sessions_expired(&self, n: usize) {
        self.sessions_expired.fetch_add(n as u64, Ordering::Relaxed);
    }

    /// A Bot API call failed (after its retries, or a failed poll).
    pub fn telegram_error(&self) {
        self.telegram_errors.fetch_add(1, Ordering::Relaxed);
    }

    /// A Bot API call is tried again (after a 429 or a network error).
    pub fn telegram_retry(&self) {
        self.telegram_retries.fetch_add(1, Ordering::Relaxed);
    }

    /// An incoming message dropped unanswered: its chat was over its limit.
    pub fn flood_dropped(&self) {
        self.flood_dropped.fetch_add(1, Ordering::Relaxed);
    }

    /// The adapter starts serving (the poll age counts from here until the
    /// first getUpdates succeeds).
    pub fn serving_since(&self, at: Instant) {
        *self.serving_since.lock().expect("metrics lock") = Some(at);
    }

    /// A getUpdates call succeeded at `at`.
    pub fn polled(&self, at: Instant) {
        *self.last_poll.lock().expect("metrics lock") = Some(at);
    }

    /// Updates fetched and not yet handled (the durable inbox).
    pub fn inbox(&self, waiting: usize) {
        self.inbox.store(waiting as u64, Ordering::Relaxed);
    }

    /// A case opened, answered or closed (the handover, issue 18).
    pub fn case(&self, event: CaseEvent) {
        match event {
            CaseEvent::Opened => self.cases_opened.fetch_add(1, Ordering::Relaxed),
            CaseEvent::Closed => self.cases_closed.fetch_add(1, Ordering::Relaxed),
            CaseEvent::Relayed { first } => {
                if let Some(took) = first {
                    let secs = took.as_secs_f64();
                    for (i, le) in FIRST_ANSWER_BUCKETS.iter().enumerate() {
                        if secs <= *le {
                            self.first_answer_buckets[i].fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    self.cases_answered.fetch_add(1, Ordering::Relaxed);
                    self.first_answer_sum_secs.fetch_add(took.as_secs(), Ordering::Relaxed);
                }
                self.cases_relayed.fetch_add(1, Ordering::Relaxed)
            }
        };
    }

    /// Cases open now (stored), refreshed by the adapter's upkeep.
    pub fn cases_open(&self, n: usize) {
        self.cases_open.store(n as u64, Ordering::Relaxed);
    }

    /// How long ago getUpdates last succeeded as of `now`; before the first
    /// success, how long the adapter has been trying; zero when it never ran.
    pub fn poll_age(&self, now: Instant) -> Duration {
        let last = *self.last_poll.lock().expect("metrics lock");
        let since = *self.serving_since.lock().expect("metrics lock");
        last.or(since).map(|t| now.saturating_duration_since(t)).unwrap_or_default()
    }

    pub fn reloads(&self) -> (u64, u64) {
        (self.reloads_ok.load(Ordering::Relaxed), self.reloads_failed.load(Ordering::Relaxed))
    }

    /// The Prometheus text exposition (format 0.0.4) of these metrics;
    /// `now` (passed in: no clock here) dates the poll age.
    pub fn render(&self, out: &mut String, now: Instant) {
        self.render_service(out, now);
        self.render_questions(out);
        self.render_knowledge(out);
        self.render_counters(out);
        self.render_cases(out);
    }

    /// Build, the last poll, the inbox.
    fn render_service(&self, out: &mut String, now: Instant) {
        let _ = writeln!(
            out,
            "# HELP pendlerbot_build_info The pendlerbot version running.\n\
             # TYPE pendlerbot_build_info gauge\n\
             pendlerbot_build_info{{version=\"{}\"}} 1\n\
             # HELP pendlerbot_last_poll_age_seconds Seconds since getUpdates last succeeded (since start before the first).\n\
             # TYPE pendlerbot_last_poll_age_seconds gauge\n\
             pendlerbot_last_poll_age_seconds {:.3}\n\
             # HELP pendlerbot_inbox_updates Updates fetched from Telegram and not yet handled.\n\
             # TYPE pendlerbot_inbox_updates gauge\n\
             pendlerbot_inbox_updates {}",
            label(env!("CARGO_PKG_VERSION")),
            self.poll_age(now).as_secs_f64(),
            self.inbox.load(Ordering::Relaxed)
        );
    }

    /// Questions by outcome, the answer time histogram, answers per entry.
    fn render_questions(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "# HELP pendlerbot_questions_total Questions by language and outcome.\n\
             # TYPE pendlerbot_questions_total counter"
        );
        for ((lang, outcome), n) in self.questions.lock().expect("metrics lock").iter() {
            let _ = writeln!(out, "pendlerbot_questions_total{{lang=\"{lang}\",outcome=\"{}\"}} {n}", outcome.as_str());
        }

        let _ = writeln!(
            out,
            "# HELP pendlerbot_answer_seconds Time from receiving a question to the last reply sent.\n\
             # TYPE pendlerbot_answer_seconds histogram"
        );
        for (i, le) in LATENCY_BUCKETS.iter().enumerate() {
            let n = self.latency_buckets[i].load(Ordering::Relaxed);
            let _ = writeln!(out, "pendlerbot_answer_seconds_bucket{{le=\"{le}\"}} {n}");
        }
        let count = self.latency_count.load(Ordering::Relaxed);
        let sum = self.latency_sum_micros.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(out, "pendlerbot_answer_seconds_bucket{{le=\"+Inf\"}} {count}");
        let _ = writeln!(out, "pendlerbot_answer_seconds_sum {sum}");
        let _ = writeln!(out, "pendlerbot_answer_seconds_count {count}");

        let _ = writeln!(
            out,
            "# HELP pendlerbot_answers_total Answers given, per knowledge entry.\n# TYPE pendlerbot_answers_total counter"
        );
        for (entry, n) in self.answers.lock().expect("metrics lock").iter() {
            let _ = writeln!(out, "pendlerbot_answers_total{{entry=\"{}\"}} {n}", label(entry));
        }
    }

    /// The knowledge base serving and its reloads.
    fn render_knowledge(&self, out: &mut String) {
        let kb = self.kb.lock().expect("metrics lock");
        let _ = writeln!(
            out,
            "# HELP pendlerbot_knowledge_info The knowledge base serving (its version).\n\
             # TYPE pendlerbot_knowledge_info gauge\n\
             pendlerbot_knowledge_info{{version=\"{}\"}} 1\n\
             # HELP pendlerbot_knowledge_entries Entries in the knowledge base serving.\n\
             # TYPE pendlerbot_knowledge_entries gauge\n\
             pendlerbot_knowledge_entries {}\n\
             # HELP pendlerbot_knowledge_loaded_timestamp_seconds When the serving knowledge base was loaded.\n\
             # TYPE pendlerbot_knowledge_loaded_timestamp_seconds gauge\n\
             pendlerbot_knowledge_loaded_timestamp_seconds {}\n\
             # HELP pendlerbot_knowledge_load_seconds How long loading and checking it took.\n\
             # TYPE pendlerbot_knowledge_load_seconds gauge\n\
             pendlerbot_knowledge_load_seconds {}",
            label(&kb.version),
            kb.entries,
            kb.loaded_unix,
            kb.load_seconds
        );
        drop(kb);
        let (ok, failed) = self.reloads();
        let _ = writeln!(
            out,
            "# HELP pendlerbot_knowledge_reloads_total Reloads of knowledge/ and locales/, by result.\n\
             # TYPE pendlerbot_knowledge_reloads_total counter\n\
             pendlerbot_knowledge_reloads_total{{result=\"ok\"}} {ok}\n\
             pendlerbot_knowledge_reloads_total{{result=\"failed\"}} {failed}"
        );
    }

    /// Sessions, Telegram errors and retries, flood drops.
    fn render_counters(&self, out: &mut String) {
        let counters: [(&str, &str, &str, u64); 5] = [
            ("pendlerbot_sessions", "gauge", "Sessions stored.", self.sessions.load(Ordering::Relaxed)),
            (
                "pendlerbot_sessions_expired_total",
                "counter",
                "Sessions deleted by the retention sweep.",
                self.sessions_expired.load(Ordering::Relaxed),
            ),
            (
                "pendlerbot_telegram_api_errors_total",
                "counter",
                "Telegram Bot API calls that failed.",
                self.telegram_errors.load(Ordering::Relaxed),
            ),
            (
                "pendlerbot_telegram_retries_total",
                "counter",
                "Telegram Bot API calls tried again (429 or network).",
                self.telegram_retries.load(Ordering::Relaxed),
            ),
            (
                "pendlerbot_flood_dropped_total",
                "counter",
                "Incoming messages dropped unanswered because their chat was over its limit.",
                self.flood_dropped.load(Ordering::Relaxed),
            ),
        ];
        for (name, kind, help, value) in counters {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}");
        }
    }

    /// The handover to the advice office (issue 18).
    fn render_cases(&self, out: &mut String) {
        let cases: [(&str, &str, &str, u64); 4] = [
            (
                "pendlerbot_cases_opened_total",
                "counter",
                "Cases handed to the advice office.",
                self.cases_opened.load(Ordering::Relaxed),
            ),
            (
                "pendlerbot_cases_closed_total",
                "counter",
                "Cases closed (by the commuter, an advisor or /forget).",
                self.cases_closed.load(Ordering::Relaxed),
            ),
            (
                "pendlerbot_cases_relayed_total",
                "counter",
                "Advisors' messages relayed to commuters.",
                self.cases_relayed.load(Ordering::Relaxed),
            ),
            ("pendlerbot_cases_open", "gauge", "Cases open now.", self.cases_open.load(Ordering::Relaxed)),
        ];
        for (name, kind, help, value) in cases {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}");
        }
        let _ = writeln!(
            out,
            "# HELP pendlerbot_case_first_answer_seconds Time from a case's card to the first advisor's answer relayed.\n\
             # TYPE pendlerbot_case_first_answer_seconds histogram"
        );
        for (i, le) in FIRST_ANSWER_BUCKETS.iter().enumerate() {
            let n = self.first_answer_buckets[i].load(Ordering::Relaxed);
            let _ = writeln!(out, "pendlerbot_case_first_answer_seconds_bucket{{le=\"{le}\"}} {n}");
        }
        let count = self.cases_answered.load(Ordering::Relaxed);
        let _ = writeln!(out, "pendlerbot_case_first_answer_seconds_bucket{{le=\"+Inf\"}} {count}");
        let _ = writeln!(
            out,
            "pendlerbot_case_first_answer_seconds_sum {}",
            self.first_answer_sum_secs.load(Ordering::Relaxed)
        );
        let _ = writeln!(out, "pendlerbot_case_first_answer_seconds_count {count}");
    }
}

/// A label value, escaped as the text format wants.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_a_cumulative_histogram() {
        let m = Metrics::default();
        m.question(Lang::Da, Outcome::Answered, Some("tax.card"));
        m.question(Lang::Da, Outcome::Answered, Some("tax.card"));
        m.question(Lang::De, Outcome::FellBack, None);
        m.latency(Duration::from_millis(20));
        m.latency(Duration::from_millis(300));
        let mut out = String::new();
        m.render(&mut out, Instant::now());
        assert!(out.contains("pendlerbot_questions_total{lang=\"da\",outcome=\"answered\"} 2\n"), "{out}");
        assert!(out.contains("pendlerbot_questions_total{lang=\"de\",outcome=\"fell_back\"} 1\n"));
        assert!(out.contains("pendlerbot_answers_total{entry=\"tax.card\"} 2\n"));
        assert!(out.contains("pendlerbot_answer_seconds_bucket{le=\"0.01\"} 0\n"));
        assert!(out.contains("pendlerbot_answer_seconds_bucket{le=\"0.025\"} 1\n"));
        assert!(out.contains("pendlerbot_answer_seconds_bucket{le=\"0.5\"} 2\n"));
        assert!(out.contains("pendlerbot_answer_seconds_count 2\n"));
    }
}
