//! The advisors' commands around the store: `pendlerbot unanswered`,
//! `pendlerbot report`, the 👍/👎 lines of `pendlerbot stats`, and the
//! recorder that makes `pendlerbot chat` log unanswered questions and
//! feedback exactly as the Telegram bot does (same core, same data folder).
//! `pendlerbot ask` records nothing: it is a testing tool.

use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::config;
use crate::date::Date;
use crate::dialogue::{Event, Outcome};
use crate::knowledge::Kb;
use crate::report::{self, ReportData};
use crate::store::{Feedback, Store};
use crate::text::Lang;
use crate::unanswered;

/// `pendlerbot unanswered [--since 7d] [--lang de]`; `ttl` is the
/// configuration's `unanswered_ttl_days`.
pub fn unanswered(data: &Path, since: Option<&str>, lang: Option<&str>, ttl: u32) -> Result<()> {
    let today = Date::today();
    let since = match since {
        Some(s) => Some(
            unanswered::parse_since(s, today)
                .with_context(|| format!("--since takes 7d, 2w, 3m or a date YYYY-MM-DD, not `{s}`"))?,
        ),
        None => None,
    };
    let lang = match lang {
        Some(l) => {
            Some(Lang::from_code(l).with_context(|| format!("--lang takes a language code (da, de), not `{l}`"))?)
        }
        None => None,
    };
    let store = open(data)?;
    let records = unanswered::filter(store.unanswered(today.days(), ttl)?, since, lang);
    print!("{}", unanswered::format_list(&unanswered::group(&records), ttl));
    Ok(())
}

/// The report's language: `--lang` (a language of the base, by its code or a
/// name: `de`, `Deutsch`), else the locale's (`LANG=de_DE.UTF-8` gives German)
/// when the base speaks it, else the base's first language.
pub fn report_lang(kb: &Kb, flag: Option<&str>, locale: Option<&str>) -> Result<Lang> {
    let languages = &kb.languages;
    if let Some(f) = flag {
        return languages.named(f).with_context(|| {
            let codes: Vec<String> = languages.all().map(|l| l.code().to_string()).collect();
            format!("--lang takes a language of the base ({}), not `{f}`", codes.join(", "))
        });
    }
    let from_locale = locale
        .map(|l| l.split(['_', '.', '-', '@']).next().unwrap_or_default().to_ascii_lowercase())
        .and_then(|code| Lang::from_code(&code))
        .filter(|l| languages.contains(*l));
    Ok(from_locale.unwrap_or_else(|| languages.first()))
}

/// `pendlerbot report --out report.html [--days 30] [--lang da|de]`; `ttl`
/// is the configuration's `unanswered_ttl_days`.
pub fn report(kb: &Kb, data: &Path, out: &Path, days: u32, lang: Lang, ttl: u32) -> Result<()> {
    let today = Date::today();
    let store = open(data)?;
    let mut data = ReportData::build_in(
        lang,
        kb,
        &store.counters()?,
        &store.feedback()?,
        &store.unanswered(today.days(), ttl)?,
        today,
        days,
        ttl,
    );
    let counts = store.relay_counts()?;
    let cases = store.all_cases()?;
    if counts.opened > 0 || !cases.is_empty() {
        let now = crate::date::unix_now();
        data.cases = Some(report::CaseSummary::build(&counts, &cases, now));
    }
    std::fs::write(out, report::render(&data, kb)).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!("wrote {}", out.display());
    Ok(())
}

/// The data folder for reading; a copy of it while the bot runs (it holds the folder).
pub fn open(data: &Path) -> Result<crate::store::ReadStore> {
    if !data.exists() {
        bail!("no data folder {} (give --data or set PENDLERBOT_DATA to the bot's data folder)", data.display());
    }
    let store =
        Store::open_for_reading(data).with_context(|| format!("cannot read the data folder {}", data.display()))?;
    if store.is_snapshot() {
        eprintln!("pendlerbot: the bot is running: read from a snapshot of {} taken just now", data.display());
    }
    Ok(store)
}

/// `pendlerbot stats`: 👍/👎 per entry, most 👎 first.
pub fn print_feedback(feedback: &[Feedback]) -> String {
    let mut rows: Vec<&Feedback> = feedback.iter().collect();
    rows.sort_by(|a, b| b.down.cmp(&a.down).then(b.up.cmp(&a.up)).then_with(|| a.entry.cmp(&b.entry)));
    let mut out = format!("\nfeedback (of {} entries)\n{:>8} {:>8}  entry\n", rows.len(), "up", "down");
    for f in rows {
        out.push_str(&format!("{:>8} {:>8}  {}\n", f.up, f.down, f.entry));
    }
    out
}

/// Records what `pendlerbot chat` sees into the data folder, when there is
/// one: `PENDLERBOT_DATA` set, or the folder exists (the bot made it).
/// Without it (or while a running bot holds it, or with a configuration that
/// has problems: its retention is unknown) the chat just records nothing.
pub struct Recorder {
    store: Option<Store>,
    ttl_days: u32,
    /// The languages' currency words, for redaction.
    currencies: Vec<String>,
}

impl Recorder {
    /// `ttl_days`: the configuration's `unanswered_ttl_days`, or its problems;
    /// `currencies`: the base's currency words (`Languages::currencies`).
    pub fn open(data: &Path, ttl_days: Result<u32, config::ConfigErrors>, currencies: Vec<String>) -> Recorder {
        let wanted = data.exists() || std::env::var_os("PENDLERBOT_DATA").is_some();
        let ttl_days = match ttl_days {
            Ok(days) => days,
            Err(e) if wanted => {
                eprintln!("pendlerbot: unanswered questions are not recorded: {e}");
                return Recorder { store: None, ttl_days: unanswered::DEFAULT_TTL_DAYS, currencies };
            }
            Err(_) => unanswered::DEFAULT_TTL_DAYS,
        };
        let store = if wanted {
            match Store::open(data) {
                Ok(s) => Some(s),
                Err(e) => {
                    eprintln!("pendlerbot: unanswered questions are not recorded: {e}");
                    None
                }
            }
        } else {
            None
        };
        Recorder { store, ttl_days, currencies }
    }

    pub fn seen(&mut self, question: Option<&str>, outcome: &Outcome) {
        let Some(store) = &self.store else { return };
        // Counted like the bot's questions (ops::count_event), so the report's
        // figures and its unanswered list agree.
        if let Some((kind, _, entry)) = crate::outcome::Outcome::of(&outcome.event) {
            if let Err(e) = store.count_question(&Date::today().to_string(), kind, entry) {
                eprintln!("pendlerbot: cannot count: {e}");
            }
        }
        let result = match (&outcome.event, question) {
            (Event::Feedback { entry, up }, _) => store.count_feedback(entry, *up),
            (_, Some(q)) => match unanswered::record_of(q, outcome, Date::today(), &self.currencies) {
                Some(r) => store.record_unanswered(&r, self.ttl_days),
                None => Ok(()),
            },
            _ => Ok(()),
        };
        if let Err(e) = result {
            eprintln!("pendlerbot: cannot record: {e}");
        }
    }
}
