//! `pendlerbot report --out report.html`: one self-contained HTML page for
//! the advice office. No scripts, no web fonts, no external files: the
//! charts are inline SVG written by hand, the styles sit in one `<style>`.
//!
//! [`ReportData::build`] gathers what the page shows from the knowledge base
//! and the stored counters (no personal data: counts, entry ids and the
//! already redacted unanswered questions); [`render`] writes the page in the
//! report's language (Danish or German), every heading and label from the
//! `report-*` messages of the locales (`locales/*/report.ftl`). Both are
//! pure, so tests check the HTML without a browser; `scripts/
//! report-browser-check.sh` opens it in headless Chromium.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::date::Date;
use crate::i18n::entry_message_id;
use crate::knowledge::{EntryId, Kb};
use crate::outcome::Outcome;
use crate::store::{Counters, Feedback};
use crate::text::Lang;
use crate::unanswered::{self, Group, Record};

/// An entry is due for review this long after it was last checked.
pub const REVIEW_EVERY_DAYS: i64 = 365;
/// Entries due within this many days are listed as "due soon".
pub const DUE_SOON_DAYS: i64 = 30;

/// Questions of one day by outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Day {
    pub day: i64,
    pub answered: u64,
    /// Answered after the second opinion settled a close call.
    pub settled: u64,
    pub offered: u64,
    pub fell_back: u64,
}

impl Day {
    pub fn total(&self) -> u64 {
        self.series().iter().sum()
    }

    /// The counts in the order of [`Outcome::ALL`] (answered, settled,
    /// offered, fell back): the order of the charts and their colours.
    pub fn series(&self) -> [u64; 4] {
        [self.answered, self.settled, self.offered, self.fell_back]
    }
}

/// One row of an entry table.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryRow {
    pub id: EntryId,
    pub title: String,
    /// The entry's area (`tax`, `health`, ...): the compact lists group by it.
    pub area: String,
    pub answers: u64,
    pub up: u64,
    pub down: u64,
    /// The entry's review date (`checked`).
    pub checked: Date,
    /// `checked` is more than [`REVIEW_EVERY_DAYS`] ago.
    pub old: bool,
    /// The values its answer uses that are marked `confirmed = false`.
    pub unconfirmed: Vec<String>,
}

impl EntryRow {
    /// Needs an advisor's look: reviewed over 12 months ago, or unconfirmed values.
    pub fn flagged(&self) -> bool {
        self.old || !self.unconfirmed.is_empty()
    }
}

/// An entry whose review date has come (or comes soon), or whose answer
/// uses an amount not confirmed at an official source.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub id: EntryId,
    pub title: String,
    pub checked: Date,
    pub due: Date,
    /// The unconfirmed values its answer uses.
    pub unconfirmed: Vec<String>,
}

/// A yearly value whose year has passed.
#[derive(Clone, Debug, PartialEq)]
pub struct StaleValue {
    pub name: String,
    pub year: i32,
    pub file: String,
    pub line: usize,
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportData {
    /// The language of the page (headings, labels, titles).
    pub lang: Lang,
    pub today: Date,
    pub kb_version: String,
    /// Every day of the period, oldest first (days without questions are zero).
    pub days: Vec<Day>,
    /// Answered entries, most answers first.
    pub top: Vec<EntryRow>,
    /// Entries no one was answered with (smalltalk left out), by area.
    pub never: Vec<EntryRow>,
    /// Entries of the base (smalltalk left out).
    pub entry_count: usize,
    /// Entries with any 👎, most 👎 first.
    pub disliked: Vec<EntryRow>,
    pub groups: Vec<Group>,
    pub unanswered_ttl_days: u32,
    pub reviews: Vec<Review>,
    pub stale_values: Vec<StaleValue>,
    /// The handover to the advice office (issue 18), if the data has any cases.
    pub cases: Option<CaseSummary>,
    /// Entry id -> its title in the report's language, to name the nearest
    /// topics of unanswered questions.
    pub titles: BTreeMap<String, String>,
    /// Area -> its label in the report's language (`area-*` of the locales).
    pub areas: BTreeMap<String, String>,
}

/// Cases handed to the advice office: all-time counts (no ids, no text)
/// and the cases kept now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaseSummary {
    pub opened: u64,
    pub answered: u64,
    pub closed: u64,
    pub relayed: u64,
    /// Average seconds from the card to the first answer, over the answered cases.
    pub first_answer_avg_secs: Option<u64>,
    /// Cases open now, and those of them still waiting for a first answer.
    pub open_now: usize,
    pub waiting_now: usize,
    /// Hours the longest-waiting open case has waited for a first answer.
    pub oldest_waiting_hours: Option<u64>,
}

impl CaseSummary {
    /// From the store's relay counters and the cases it keeps, as of `now` (unix seconds).
    pub fn build(counts: &crate::store::RelayCounts, cases: &[crate::relay::Case], now: u64) -> CaseSummary {
        let waiting: Vec<&crate::relay::Case> = cases.iter().filter(|c| c.open && c.first_answer.is_none()).collect();
        CaseSummary {
            opened: counts.opened,
            answered: counts.answered,
            closed: counts.closed,
            relayed: counts.relayed,
            first_answer_avg_secs: (counts.answered > 0).then(|| counts.first_answer_secs / counts.answered),
            open_now: cases.iter().filter(|c| c.open).count(),
            waiting_now: waiting.len(),
            oldest_waiting_hours: waiting.iter().map(|c| now.saturating_sub(c.created) / 3600).max(),
        }
    }
}

impl ReportData {
    /// Gathers the report for the `period` days up to `today`, in Danish.
    pub fn build(
        kb: &Kb,
        counters: &Counters,
        feedback: &[Feedback],
        records: &[Record],
        today: Date,
        period: u32,
        unanswered_ttl_days: u32,
    ) -> ReportData {
        ReportData::build_in(kb.languages.first(), kb, counters, feedback, records, today, period, unanswered_ttl_days)
    }

    /// Gathers the report for the `period` days up to `today`, in `lang`.
    #[allow(clippy::too_many_arguments)]
    pub fn build_in(
        lang: Lang,
        kb: &Kb,
        counters: &Counters,
        feedback: &[Feedback],
        records: &[Record],
        today: Date,
        period: u32,
        unanswered_ttl_days: u32,
    ) -> ReportData {
        let first = today.days() - i64::from(period.max(1)) + 1;
        let row = |id: &str| entry_row(kb, counters, feedback, lang, today, id);
        let mut top: Vec<EntryRow> = counters.per_entry.iter().filter(|(_, n)| *n > 0).map(|(e, _)| row(e)).collect();
        top.sort_by(|a, b| b.answers.cmp(&a.answers).then_with(|| a.id.cmp(&b.id)));
        let mut never: Vec<EntryRow> = kb
            .entries
            .iter()
            .filter(|e| !e.is_smalltalk())
            .filter(|e| !counters.per_entry.iter().any(|(id, n)| id == &e.id && *n > 0))
            .map(|e| row(&e.id))
            .collect();
        // Grouped by area, in the order areas first appear in the base.
        let area_order: Vec<&str> = kb.entries.iter().map(|e| e.area.as_str()).collect();
        let rank = |area: &str| area_order.iter().position(|a| *a == area).unwrap_or(usize::MAX);
        never.sort_by_key(|r| rank(&r.area));
        let mut disliked: Vec<EntryRow> = feedback.iter().filter(|f| f.down > 0).map(|f| row(&f.entry)).collect();
        disliked.sort_by(|a, b| b.down.cmp(&a.down).then(a.up.cmp(&b.up)).then_with(|| a.id.cmp(&b.id)));
        let recent = unanswered::filter(records.to_vec(), Some(first), None);
        let areas = area_labels(kb, lang);
        ReportData {
            lang,
            today,
            kb_version: kb.version.clone(),
            days: days(counters, first, today),
            top,
            never,
            entry_count: kb.entries.iter().filter(|e| !e.is_smalltalk()).count(),
            disliked,
            groups: unanswered::group(&recent),
            unanswered_ttl_days,
            reviews: reviews(kb, lang, today),
            stale_values: stale_values(kb, today),
            cases: None,
            titles: kb.entries.iter().map(|e| (e.id.to_string(), kb.title(&e.id, lang))).collect(),
            areas,
        }
    }
}

/// Questions per day and outcome, one row for every day from `first` to `today`.
fn days(counters: &Counters, first: i64, today: Date) -> Vec<Day> {
    let mut per_day: BTreeMap<i64, Day> =
        (first..=today.days()).map(|d| (d, Day { day: d, ..Day::default() })).collect();
    for (day, outcome, n) in &counters.per_day {
        let Some(d) = Date::parse(day).map(|d| d.days()) else { continue };
        let Some(slot) = per_day.get_mut(&d) else { continue };
        match outcome {
            Outcome::Answered => slot.answered += n,
            Outcome::Settled => slot.settled += n,
            Outcome::Offered => slot.offered += n,
            Outcome::FellBack => slot.fell_back += n,
        }
    }
    per_day.into_values().collect()
}

/// The names of the unconfirmed values an entry's answer uses, in any language.
fn unconfirmed_values(kb: &Kb, id: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for l in kb.languages.all() {
        for var in kb.texts.variables(l, &entry_message_id(id), None) {
            let name = var.strip_suffix("-year").unwrap_or(&var);
            if kb.values.iter().any(|v| v.name == name && !v.confirmed) && !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
    }
    names
}

/// One entry's line: answers, feedback, review date and flags.
fn entry_row(kb: &Kb, counters: &Counters, feedback: &[Feedback], lang: Lang, today: Date, id: &str) -> EntryRow {
    let answers = counters.per_entry.iter().find(|(e, _)| e == id).map_or(0, |(_, n)| *n);
    let f = feedback.iter().find(|f| f.entry == id);
    let entry = kb.entry(id);
    let checked = entry.map_or(today, |e| e.checked);
    EntryRow {
        id: EntryId::from(id),
        title: kb.title(id, lang),
        area: entry.map_or_else(|| id.split('.').next().unwrap_or(id).to_string(), |e| e.area.clone()),
        answers,
        up: f.map_or(0, |f| f.up),
        down: f.map_or(0, |f| f.down),
        checked,
        old: entry.is_some() && checked.days() + REVIEW_EVERY_DAYS < today.days(),
        unconfirmed: unconfirmed_values(kb, id),
    }
}

/// Entries due for review within DUE_SOON_DAYS, or using unconfirmed values, soonest first.
fn reviews(kb: &Kb, lang: Lang, today: Date) -> Vec<Review> {
    let mut reviews: Vec<Review> = kb
        .entries
        .iter()
        .filter(|e| !e.is_smalltalk())
        .filter_map(|e| {
            let due = Date::from_days(e.checked.days() + REVIEW_EVERY_DAYS);
            let unconfirmed = unconfirmed_values(kb, &e.id);
            (due.days() <= today.days() + DUE_SOON_DAYS || !unconfirmed.is_empty()).then(|| Review {
                id: e.id.clone(),
                title: kb.title(&e.id, lang),
                checked: e.checked,
                due,
                unconfirmed,
            })
        })
        .collect();
    reviews.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(&b.id)));
    reviews
}

/// Amounts from a year before today's, oldest first.
fn stale_values(kb: &Kb, today: Date) -> Vec<StaleValue> {
    let mut stale_values: Vec<StaleValue> = kb
        .values
        .iter()
        .filter(|v| v.year < today.year)
        .map(|v| StaleValue {
            name: v.name.clone(),
            year: v.year,
            file: v.file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default(),
            line: v.line,
        })
        .collect();
    stale_values.sort_by(|a, b| a.year.cmp(&b.year).then_with(|| a.name.cmp(&b.name)));
    stale_values
}

/// Each area's label in `lang` (`area-<name>` in the locales, else the name).
fn area_labels(kb: &Kb, lang: Lang) -> BTreeMap<String, String> {
    kb.entries
        .iter()
        .map(|e| {
            let key = format!("area-{}", e.area);
            let label = if kb.texts.has(lang, &key) { kb.texts.ui(lang, &key) } else { e.area.clone() };
            (e.area.clone(), label)
        })
        .collect()
}

/// Escapes text for HTML and SVG.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const ANSWERED: &str = "#2f7d4f";
const SETTLED: &str = "#7fb08f";
const OFFERED: &str = "#d99a1e";
const FELL_BACK: &str = "#c0443a";
/// The outcomes' colours, in the order of [`Day::series`].
const COLORS: [&str; 4] = [ANSWERED, SETTLED, OFFERED, FELL_BACK];

const STYLE: &str = r#"
:root { --ink: #1d2733; --muted: #5b6775; --line: #dde3ea; --bg: #f5f7fa; --card: #fff; --accent: #1f5f99; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header { background: var(--accent); color: #fff; padding: 22px 32px; }
header h1 { margin: 0; font-size: 24px; font-weight: 650; }
header p { margin: 4px 0 0; opacity: .85; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 14px; margin-bottom: 20px; }
.kpi { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
.kpi b { display: block; font-size: 26px; line-height: 1.2; }
.kpi span { color: var(--muted); font-size: 13px; }
.grid { display: grid; grid-template-columns: 2fr 1fr; gap: 18px; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
@media (max-width: 900px) { .grid, .grid2 { grid-template-columns: 1fr; } }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; margin-bottom: 18px; }
h2 { font-size: 17px; margin: 0 0 10px; }
h2 small { color: var(--muted); font-weight: normal; font-size: 13px; margin-left: 6px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
.bar { display: inline-block; height: 8px; background: var(--accent); border-radius: 4px; vertical-align: middle; }
.empty { color: var(--muted); font-style: italic; }
.legend { display: flex; gap: 16px; font-size: 13px; color: var(--muted); margin-top: 6px; }
.legend i { display: inline-block; width: 11px; height: 11px; border-radius: 3px; margin-right: 5px; vertical-align: -1px; }
.q { font-weight: 550; }
.meta { color: var(--muted); font-size: 13px; }
svg text { font-family: inherit; }
.flag { color: #a0522d; font-size: 12.5px; white-space: nowrap; }
th.area { text-transform: none; letter-spacing: 0; font-size: 14px; color: var(--ink); white-space: nowrap; width: 1%; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding-bottom: 24px; }
"#;

/// The `report-*` messages the page is written with; every one must be in
/// both languages of the locales (`locales/*/report.ftl`).
pub const REPORT_MESSAGES: &[&str] = &[
    "report-title",
    "report-heading",
    "report-subheading",
    "report-kpi-questions",
    "report-kpi-answered",
    "report-kpi-settled",
    "report-kpi-offered",
    "report-kpi-fell-back",
    "report-kpi-feedback",
    "report-kpi-unanswered",
    "report-per-day",
    "report-outcomes",
    "report-answered",
    "report-settled",
    "report-offered",
    "report-fell-back",
    "report-no-questions",
    "report-top",
    "report-top-empty",
    "report-col-topic",
    "report-col-answers",
    "report-col-up",
    "report-col-down",
    "report-col-checked",
    "report-disliked",
    "report-disliked-empty",
    "report-unanswered",
    "report-unanswered-note",
    "report-unanswered-empty",
    "report-col-count",
    "report-col-question",
    "report-col-nearest",
    "report-also",
    "report-group-fell-back",
    "report-group-settled",
    "report-group-offered",
    "report-cases",
    "report-cases-note",
    "report-cases-opened",
    "report-cases-answered",
    "report-cases-closed",
    "report-cases-relayed",
    "report-cases-first-answer",
    "report-cases-open-now",
    "report-cases-waiting",
    "report-cases-oldest",
    "report-hours",
    "report-minutes",
    "report-reviews",
    "report-reviews-note",
    "report-reviews-empty",
    "report-col-due",
    "report-col-note",
    "report-flag-old",
    "report-flag-unconfirmed",
    "report-stale",
    "report-stale-note",
    "report-stale-empty",
    "report-col-value",
    "report-col-year",
    "report-col-file",
    "report-never",
    "report-never-note",
    "report-never-explain",
    "report-never-empty",
    "report-footer",
];

/// The page's texts: `report-*` messages of the locales in the report's
/// language, HTML-escaped. A missing message shows its id (the shipped
/// locales are tested to have every one).
struct Labels<'a> {
    kb: &'a Kb,
    lang: Lang,
}

impl Labels<'_> {
    fn get(&self, id: &str) -> String {
        esc(&self.kb.texts.ui(self.lang, id))
    }

    fn with(&self, id: &str, args: &[(&str, String)]) -> String {
        esc(&self.kb.texts.ui_with(self.lang, id, args))
    }
}

/// `28.11.2026`: the way both languages write a date.
fn day_month_year(d: Date) -> String {
    format!("{:02}.{:02}.{}", d.day, d.month, d.year)
}

/// The report as one HTML page, in `d.lang`, with the texts of `kb`'s locales.
pub fn render(d: &ReportData, kb: &Kb) -> String {
    let t = Labels { kb, lang: d.lang };
    let mut h = String::with_capacity(64 * 1024);
    let totals = d.days.iter().fold(Day::default(), |a, x| Day {
        day: 0,
        answered: a.answered + x.answered,
        settled: a.settled + x.settled,
        offered: a.offered + x.offered,
        fell_back: a.fell_back + x.fell_back,
    });
    head(&mut h, &t, d);
    key_figures(&mut h, &t, d, &totals);
    charts(&mut h, &t, d, &totals);
    entries(&mut h, &t, d);
    unanswered(&mut h, &t, d);
    if let Some(c) = &d.cases {
        cases(&mut h, &t, c);
    }
    upkeep(&mut h, &t, d);
    never_answered(&mut h, &t, d);
    let _ = write!(h, "</section>\n</main>\n<footer>{}</footer>\n</body>\n</html>\n", t.get("report-footer"));
    h
}

/// The page's head: title, heading, the days covered and the base's version.
fn head(h: &mut String, t: &Labels, d: &ReportData) {
    let (first, last) = (
        d.days.first().map_or(d.today, |x| Date::from_days(x.day)),
        d.days.last().map_or(d.today, |x| Date::from_days(x.day)),
    );
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>{heading}</h1><p>{sub}</p></header>\n<main>\n",
        code = d.lang.code(),
        title = t.with("report-title", &[("date", day_month_year(d.today))]),
        heading = t.get("report-heading"),
        sub = t.with(
            "report-subheading",
            &[
                ("first", day_month_year(first)),
                ("last", day_month_year(last)),
                ("version", d.kb_version.clone()),
                ("today", day_month_year(d.today)),
            ]
        ),
    );
}

/// Key figures: the counts of `pendlerbot stats` over the same days.
fn key_figures(h: &mut String, t: &Labels, d: &ReportData, totals: &Day) {
    let total = totals.total();
    let share = |n: u64| {
        if total == 0 {
            n.to_string()
        } else {
            format!("{n} · {:.0} %", 100.0 * n as f64 / total as f64)
        }
    };
    let up: u64 = d.top.iter().chain(&d.never).map(|r| r.up).sum::<u64>();
    let down: u64 = d.disliked.iter().map(|r| r.down).sum::<u64>();
    let unanswered: usize = d.groups.iter().map(|g| g.count).sum();
    h.push_str("<div class=\"kpis\">");
    kpi(h, &total.to_string(), &t.get("report-kpi-questions"));
    kpi(h, &share(totals.answered), &t.get("report-kpi-answered"));
    kpi(h, &share(totals.settled), &t.get("report-kpi-settled"));
    kpi(h, &share(totals.offered), &t.get("report-kpi-offered"));
    kpi(h, &share(totals.fell_back), &t.get("report-kpi-fell-back"));
    kpi(h, &format!("{up} / {down}"), &t.get("report-kpi-feedback"));
    kpi(h, &unanswered.to_string(), &t.get("report-kpi-unanswered"));
    h.push_str("</div>\n");
}

/// Questions per day and per outcome, as charts.
fn charts(h: &mut String, t: &Labels, d: &ReportData, totals: &Day) {
    let outcome_labels =
        [t.get("report-answered"), t.get("report-settled"), t.get("report-offered"), t.get("report-fell-back")];
    let _ = write!(h, "<div class=\"grid\"><section><h2>{}</h2>", t.get("report-per-day"));
    h.push_str(&day_chart(&d.days, &t.get("report-per-day"), &t.get("report-no-questions"), &outcome_labels));
    legend(h, &outcome_labels);
    let _ = write!(h, "</section><section><h2>{}</h2>", t.get("report-outcomes"));
    let kpi_labels = [
        t.get("report-kpi-answered"),
        t.get("report-kpi-settled"),
        t.get("report-kpi-offered"),
        t.get("report-kpi-fell-back"),
    ];
    h.push_str(&outcome_chart(totals, &t.get("report-outcomes"), &kpi_labels));
    legend(h, &outcome_labels);
    h.push_str("</section></div>\n");
}

/// The entries answered most and the ones commuters disliked, by title (the
/// id only as a tooltip, for `ask --explain`).
fn entries(h: &mut String, t: &Labels, d: &ReportData) {
    let flag = |r: &EntryRow| flags(t, r.old, &r.unconfirmed);
    let _ = write!(h, "<div class=\"grid2\"><section><h2>{}</h2>", t.get("report-top"));
    let max = d.top.first().map_or(1, |r| r.answers.max(1));
    if d.top.is_empty() {
        let _ = write!(h, "<p class=\"empty\">{}</p>", t.get("report-top-empty"));
    } else {
        let _ = write!(
            h,
            "<table><tr><th>{}</th><th class=\"n\">{}</th><th></th><th class=\"n\">{}</th><th class=\"n\">{}</th><th>{}</th></tr>",
            t.get("report-col-topic"),
            t.get("report-col-answers"),
            t.get("report-col-up"),
            t.get("report-col-down"),
            t.get("report-col-checked"),
        );
        for r in d.top.iter().take(15) {
            let w = (120.0 * r.answers as f64 / max as f64).round().max(2.0);
            let _ = write!(
                h,
                "<tr><td title=\"{}\">{}</td><td class=\"n\">{}</td><td><span class=\"bar\" style=\"width:{w}px\"></span></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}{}</td></tr>",
                esc(&r.id),
                esc(&r.title),
                r.answers,
                r.up,
                r.down,
                day_month_year(r.checked),
                flag(r),
            );
        }
        h.push_str("</table>");
    }
    let _ = write!(h, "</section><section><h2>{}</h2>", t.get("report-disliked"));
    if d.disliked.is_empty() {
        let _ = write!(h, "<p class=\"empty\">{}</p>", t.get("report-disliked-empty"));
    } else {
        let _ = write!(
            h,
            "<table><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th>{}</th></tr>",
            t.get("report-col-topic"),
            t.get("report-col-down"),
            t.get("report-col-up"),
            t.get("report-col-answers"),
            t.get("report-col-checked"),
        );
        for r in d.disliked.iter().take(15) {
            let _ = write!(
                h,
                "<tr><td title=\"{}\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}{}</td></tr>",
                esc(&r.id),
                esc(&r.title),
                r.down,
                r.up,
                r.answers,
                day_month_year(r.checked),
                flag(r),
            );
        }
        h.push_str("</table>");
    }
    h.push_str("</section></div>\n");
}

/// The questions the bot could not answer, grouped, with the topics they came near.
fn unanswered(h: &mut String, t: &Labels, d: &ReportData) {
    let _ = write!(
        h,
        "<section><h2>{}<small>{}</small></h2>",
        t.get("report-unanswered"),
        t.with("report-unanswered-note", &[("days", d.unanswered_ttl_days.to_string())])
    );
    if d.groups.is_empty() {
        let _ = write!(h, "<p class=\"empty\">{}</p>", t.get("report-unanswered-empty"));
    } else {
        let _ = write!(
            h,
            "<table><tr><th class=\"n\">{}</th><th>{}</th><th>{}</th></tr>",
            t.get("report-col-count"),
            t.get("report-col-question"),
            t.get("report-col-nearest"),
        );
        for g in d.groups.iter().take(40) {
            let _ = write!(
                h,
                "<tr><td class=\"n\">{}×</td><td><span class=\"q\">{}</span><br><span class=\"meta\">{}</span>",
                g.count,
                esc(&g.text),
                describe(t, g)
            );
            for v in &g.variants {
                let _ = write!(h, "<br><span class=\"meta\">{}</span>", t.with("report-also", &[("text", v.clone())]));
            }
            // The topics the question came near, by title; the id as a tooltip.
            let near: Vec<String> = g
                .nearest
                .iter()
                .map(|(e, _)| {
                    let title = d.titles.get(e.as_str()).cloned().unwrap_or_else(|| e.to_string());
                    format!("<span title=\"{}\">{}</span>", esc(e), esc(&title))
                })
                .collect();
            let _ = write!(h, "</td><td>{}</td></tr>", if near.is_empty() { "–".into() } else { near.join("<br>") });
        }
        h.push_str("</table>");
    }
    h.push_str("</section>\n");
}

/// The handover to the advice office.
fn cases(h: &mut String, t: &Labels, c: &CaseSummary) {
    let _ = write!(h, "<section><h2>{}<small>{}</small></h2>", t.get("report-cases"), t.get("report-cases-note"));
    let avg = match c.first_answer_avg_secs {
        Some(s) if s >= 3600 => t.with("report-hours", &[("n", format!("{:.1}", s as f64 / 3600.0))]),
        Some(s) => t.with("report-minutes", &[("n", s.div_ceil(60).to_string())]),
        None => "–".into(),
    };
    let oldest = c.oldest_waiting_hours.map_or("–".to_string(), |n| t.with("report-hours", &[("n", n.to_string())]));
    let _ = write!(
        h,
        "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\
         <tr><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td>\
         <td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr></table>",
        t.get("report-cases-opened"),
        t.get("report-cases-answered"),
        t.get("report-cases-closed"),
        t.get("report-cases-relayed"),
        t.get("report-cases-first-answer"),
        t.get("report-cases-open-now"),
        t.get("report-cases-waiting"),
        t.get("report-cases-oldest"),
        c.opened,
        c.answered,
        c.closed,
        c.relayed,
        avg,
        c.open_now,
        c.waiting_now,
        oldest
    );
    h.push_str("</section>\n");
}

/// Upkeep: reviews due and amounts from an earlier year.
fn upkeep(h: &mut String, t: &Labels, d: &ReportData) {
    let _ = write!(
        h,
        "<div class=\"grid2\"><section><h2>{}<small>{}</small></h2>",
        t.get("report-reviews"),
        t.get("report-reviews-note")
    );
    if d.reviews.is_empty() {
        let _ = write!(h, "<p class=\"empty\">{}</p>", t.get("report-reviews-empty"));
    } else {
        let _ = write!(
            h,
            "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            t.get("report-col-topic"),
            t.get("report-col-checked"),
            t.get("report-col-due"),
            t.get("report-col-note"),
        );
        for r in &d.reviews {
            let old = r.due.days() < d.today.days();
            let _ = write!(
                h,
                "<tr><td title=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&r.id),
                esc(&r.title),
                day_month_year(r.checked),
                day_month_year(r.due),
                flags(t, old, &r.unconfirmed),
            );
        }
        h.push_str("</table>");
    }
    let _ = write!(
        h,
        "</section><section><h2>{}<small>{}</small></h2>",
        t.get("report-stale"),
        t.with("report-stale-note", &[("year", d.today.year.to_string())])
    );
    if d.stale_values.is_empty() {
        let _ = write!(h, "<p class=\"empty\">{}</p>", t.get("report-stale-empty"));
    } else {
        let _ = write!(
            h,
            "<table><tr><th>{}</th><th class=\"n\">{}</th><th>{}</th></tr>",
            t.get("report-col-value"),
            t.get("report-col-year"),
            t.get("report-col-file"),
        );
        for v in &d.stale_values {
            let _ = write!(
                h,
                "<tr><td><code>{}</code></td><td class=\"n\">{}</td><td><code>{}:{}</code></td></tr>",
                esc(&v.name),
                v.year,
                esc(&v.file),
                v.line
            );
        }
        h.push_str("</table>");
    }
    h.push_str("</section></div>\n");
}

/// Topics nobody got as an answer: one line per area, titles only.
fn never_answered(h: &mut String, t: &Labels, d: &ReportData) {
    let _ = write!(
        h,
        "<section><h2>{}<small>{}</small></h2>",
        t.get("report-never"),
        t.with("report-never-note", &[("n", d.never.len().to_string()), ("all", d.entry_count.to_string())])
    );
    if d.never.is_empty() {
        let _ = write!(h, "<p class=\"empty\">{}</p>", t.get("report-never-empty"));
    } else {
        let _ = write!(h, "<p class=\"meta\">{}</p><table>", t.get("report-never-explain"));
        for (area, rows) in by_area(&d.never) {
            let label = d.areas.get(area).cloned().unwrap_or_else(|| area.to_string());
            let titles: Vec<String> = rows
                .iter()
                .map(|r| {
                    // Flagged ones with their review date; every one's in the tooltip with the id.
                    let checked = day_month_year(r.checked);
                    let mark = if r.flagged() { format!(" ⚠ {checked}") } else { String::new() };
                    format!("<span title=\"{} · {checked}\">{}{mark}</span>", esc(&r.id), esc(&r.title))
                })
                .collect();
            let _ = write!(
                h,
                "<tr><th class=\"area\">{} <span class=\"meta\">({})</span></th><td>{}</td></tr>",
                esc(&label),
                rows.len(),
                titles.join(" · ")
            );
        }
        h.push_str("</table>");
    }
}

/// Consecutive rows of one area (the rows are sorted by area).
fn by_area(rows: &[EntryRow]) -> Vec<(&str, Vec<&EntryRow>)> {
    let mut out: Vec<(&str, Vec<&EntryRow>)> = Vec::new();
    for r in rows {
        match out.last_mut() {
            Some((area, list)) if *area == r.area => list.push(r),
            _ => out.push((&r.area, vec![r])),
        }
    }
    out
}

/// " ⚠ older than 12 months · unconfirmed amount: x", or nothing.
fn flags(t: &Labels, old: bool, unconfirmed: &[String]) -> String {
    let mut notes = Vec::new();
    if old {
        notes.push(t.get("report-flag-old"));
    }
    if !unconfirmed.is_empty() {
        notes.push(t.with("report-flag-unconfirmed", &[("values", unconfirmed.join(", "))]));
    }
    if notes.is_empty() {
        String::new()
    } else {
        format!(" <span class=\"flag\">⚠ {}</span>", notes.join(" · "))
    }
}

fn kpi(h: &mut String, value: &str, label: &str) {
    let _ = write!(h, "<div class=\"kpi\"><b>{}</b><span>{}</span></div>", esc(value), label);
}

fn legend(h: &mut String, labels: &[String; 4]) {
    h.push_str("<div class=\"legend\">");
    for (color, label) in COLORS.iter().zip(labels) {
        let _ = write!(h, "<span><i style=\"background:{color}\"></i>{label}</span>");
    }
    h.push_str("</div>");
}

/// "da+de · henvist 3 · valgmuligheder 1 · 20.11.–28.11.2026", escaped.
fn describe(t: &Labels, g: &Group) -> String {
    let langs: Vec<&str> = g.langs.iter().map(|l| l.code()).collect();
    let mut parts = vec![langs.join("+")];
    if g.fell_back > 0 {
        parts.push(t.with("report-group-fell-back", &[("n", g.fell_back.to_string())]));
    }
    if g.offered > 0 {
        parts.push(t.with("report-group-offered", &[("n", g.offered.to_string())]));
    }
    if g.settled > 0 {
        parts.push(t.with("report-group-settled", &[("n", g.settled.to_string())]));
    }
    let (a, b) = (Date::from_days(g.first_day), Date::from_days(g.last_day));
    parts.push(if a == b {
        day_month_year(a)
    } else {
        format!("{:02}.{:02}.–{}", a.day, a.month, day_month_year(b))
    });
    parts.join(" · ")
}

/// A "nice" axis step (1, 2, 5 × 10^n) at or above `max`.
fn nice(max: u64) -> u64 {
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if m * step >= max.max(1) {
                return m * step;
            }
        }
        step *= 10;
    }
}

/// Stacked bars, one per day: answered, offered, fell back. The texts
/// (`aria` label, `empty` note, the three outcome `labels`) come escaped.
pub fn day_chart(days: &[Day], aria: &str, empty: &str, labels: &[String; 4]) -> String {
    let (w, h, left, bottom, top) = (720.0, 260.0, 40.0, 28.0, 10.0);
    let plot_h = h - bottom - top;
    let busiest = days.iter().map(Day::total).max().unwrap_or(0);
    // Four gridlines at whole numbers.
    let max = 4 * nice(busiest.div_ceil(4));
    let n = days.len().max(1) as f64;
    let slot = (w - left - 8.0) / n;
    let bar = (slot * 0.7).max(1.0);
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" aria-label=\"{aria}\">"
    );
    for i in 0..=4 {
        let v = max * i / 4;
        let y = top + plot_h - plot_h * i as f64 / 4.0;
        let _ = write!(
            s,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#dde3ea\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\" fill=\"#5b6775\">{v}</text>",
            w - 4.0,
            left - 6.0,
            y + 4.0
        );
    }
    if busiest == 0 {
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"14\" text-anchor=\"middle\" fill=\"#5b6775\">{empty}</text>",
            left + (w - left) / 2.0,
            top + plot_h / 2.0
        );
    }
    let label_every = (days.len() / 8).max(1);
    for (i, d) in days.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let mut y = top + plot_h;
        let date = Date::from_days(d.day);
        for ((n, color), what) in d.series().into_iter().zip(COLORS).zip(labels) {
            if n == 0 {
                continue;
            }
            let bh = plot_h * n as f64 / max as f64;
            y -= bh;
            let _ = write!(
                s,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{bh:.1}\" fill=\"{color}\"><title>{}: {n} {what}</title></rect>",
                day_month_year(date)
            );
        }
        if i % label_every == 0 || i + 1 == days.len() {
            let _ = write!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5b6775\">{:02}.{:02}.</text>",
                x + bar / 2.0,
                h - 8.0,
                date.day,
                date.month
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// One horizontal bar per outcome with counts and shares; the texts come escaped.
pub fn outcome_chart(t: &Day, aria: &str, labels: &[String; 4]) -> String {
    let total = t.total();
    let (w, row) = (340.0, 52.0);
    let h = row * labels.len() as f64 + 8.0;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" aria-label=\"{aria}\">"
    );
    for (i, ((n, color), label)) in t.series().into_iter().zip(COLORS).zip(labels).enumerate() {
        let y = 8.0 + row * i as f64;
        let share = if total == 0 { 0.0 } else { n as f64 / total as f64 };
        let bw = ((w - 8.0) * share).max(if n > 0 { 2.0 } else { 0.0 });
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"13\" fill=\"#1d2733\">{label}</text>\
             <text x=\"{}\" y=\"{:.1}\" font-size=\"13\" text-anchor=\"end\" fill=\"#5b6775\">{n} · {:.0} %</text>\
             <rect x=\"0\" y=\"{:.1}\" width=\"{:.1}\" height=\"14\" rx=\"4\" fill=\"#eef1f5\"/>\
             <rect x=\"0\" y=\"{:.1}\" width=\"{bw:.1}\" height=\"14\" rx=\"4\" fill=\"{color}\"/>",
            y + 12.0,
            w - 8.0,
            y + 12.0,
            share * 100.0,
            y + 20.0,
            w - 8.0,
            y + 20.0
        );
    }
    s.push_str("</svg>");
    s
}
