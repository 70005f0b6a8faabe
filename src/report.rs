//! `pendlerbot report --out report.html`: one self-contained HTML page for
//! the advice office. No scripts, no web fonts, no external files: the
//! charts are inline SVG written by hand, the styles sit in one `<style>`.
//!
//! [`ReportData::build`] gathers what the page shows from the knowledge base
//! and the stored counters (no personal data: counts, entry ids and the
//! already redacted unanswered questions); [`render`] writes the page. Both
//! are pure, so tests check the HTML without a browser; `scripts/
//! report-browser-check.sh` opens it in headless Chromium.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::date::Date;
use crate::knowledge::Kb;
use crate::outcome::Outcome;
use crate::store::{Counters, Feedback};
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
    pub offered: u64,
    pub fell_back: u64,
}

impl Day {
    pub fn total(&self) -> u64 {
        self.answered + self.offered + self.fell_back
    }
}

/// One row of an entry table.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryRow {
    pub id: String,
    pub title: String,
    pub answers: u64,
    pub up: u64,
    pub down: u64,
}

/// An entry whose review date has come (or comes soon).
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub id: String,
    pub title: String,
    pub checked: Date,
    pub due: Date,
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
    pub today: Date,
    pub kb_version: String,
    /// Every day of the period, oldest first (days without questions are zero).
    pub days: Vec<Day>,
    /// Answered entries, most answers first.
    pub top: Vec<EntryRow>,
    /// Entries no one was answered with (smalltalk left out).
    pub never: Vec<EntryRow>,
    /// Entries with any 👎, most 👎 first.
    pub disliked: Vec<EntryRow>,
    pub groups: Vec<Group>,
    pub unanswered_ttl_days: u32,
    pub reviews: Vec<Review>,
    pub stale_values: Vec<StaleValue>,
    /// The handover to the advice office (issue 18), if the data has any cases.
    pub cases: Option<CaseSummary>,
    /// Entry id -> its Danish title, to name the nearest topics of unanswered questions.
    pub titles: BTreeMap<String, String>,
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
    /// Gathers the report for the `period` days up to `today`.
    pub fn build(
        kb: &Kb,
        counters: &Counters,
        feedback: &[Feedback],
        records: &[Record],
        today: Date,
        period: u32,
        unanswered_ttl_days: u32,
    ) -> ReportData {
        let first = today.days() - i64::from(period.max(1)) + 1;
        let mut per_day: BTreeMap<i64, Day> =
            (first..=today.days()).map(|d| (d, Day { day: d, ..Day::default() })).collect();
        for (day, outcome, n) in &counters.per_day {
            let Some(d) = Date::parse(day).map(|d| d.days()) else { continue };
            let Some(slot) = per_day.get_mut(&d) else { continue };
            match outcome {
                Outcome::Answered => slot.answered += n,
                Outcome::Offered => slot.offered += n,
                Outcome::FellBack => slot.fell_back += n,
            }
        }
        // The office's language: the base's first.
        let lang = kb.languages.first();
        let row = |id: &str| {
            let answers = counters.per_entry.iter().find(|(e, _)| e == id).map_or(0, |(_, n)| *n);
            let f = feedback.iter().find(|f| f.entry == id);
            EntryRow {
                id: id.to_string(),
                title: kb.title(id, lang),
                answers,
                up: f.map_or(0, |f| f.up),
                down: f.map_or(0, |f| f.down),
            }
        };
        let mut top: Vec<EntryRow> = counters.per_entry.iter().filter(|(_, n)| *n > 0).map(|(e, _)| row(e)).collect();
        top.sort_by(|a, b| b.answers.cmp(&a.answers).then_with(|| a.id.cmp(&b.id)));
        let never: Vec<EntryRow> = kb
            .entries
            .iter()
            .filter(|e| !e.is_smalltalk())
            .filter(|e| !counters.per_entry.iter().any(|(id, n)| id == &e.id && *n > 0))
            .map(|e| row(&e.id))
            .collect();
        let mut disliked: Vec<EntryRow> = feedback.iter().filter(|f| f.down > 0).map(|f| row(&f.entry)).collect();
        disliked.sort_by(|a, b| b.down.cmp(&a.down).then(a.up.cmp(&b.up)).then_with(|| a.id.cmp(&b.id)));
        let mut reviews: Vec<Review> = kb
            .entries
            .iter()
            .filter_map(|e| {
                let due = Date::from_days(e.checked.days() + REVIEW_EVERY_DAYS);
                (due.days() <= today.days() + DUE_SOON_DAYS).then(|| Review {
                    id: e.id.clone(),
                    title: kb.title(&e.id, lang),
                    checked: e.checked,
                    due,
                })
            })
            .collect();
        reviews.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(&b.id)));
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
        let recent = unanswered::filter(records.to_vec(), Some(first), None);
        ReportData {
            today,
            kb_version: kb.version.clone(),
            days: per_day.into_values().collect(),
            top,
            never,
            disliked,
            groups: unanswered::group(&recent),
            unanswered_ttl_days,
            reviews,
            stale_values,
            cases: None,
            titles: kb.entries.iter().map(|e| (e.id.clone(), kb.title(&e.id, lang))).collect(),
        }
    }
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
const OFFERED: &str = "#d99a1e";
const FELL_BACK: &str = "#c0443a";

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
.chips { columns: 2; column-gap: 24px; margin: 0; padding-left: 18px; font-size: 14px; }
svg text { font-family: inherit; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding-bottom: 24px; }
"#;

/// The report as one HTML page.
pub fn render(d: &ReportData) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let totals = d.days.iter().fold(Day::default(), |a, x| Day {
        day: 0,
        answered: a.answered + x.answered,
        offered: a.offered + x.offered,
        fell_back: a.fell_back + x.fell_back,
    });
    let total = totals.total();
    let pct = |n: u64| if total == 0 { "–".to_string() } else { format!("{:.0} %", 100.0 * n as f64 / total as f64) };
    let (first, last) = (
        d.days.first().map_or(d.today, |x| Date::from_days(x.day)),
        d.days.last().map_or(d.today, |x| Date::from_days(x.day)),
    );
    let up: u64 = d.top.iter().chain(&d.never).map(|r| r.up).sum::<u64>();
    let down: u64 = d.disliked.iter().map(|r| r.down).sum::<u64>();
    let unanswered: usize = d.groups.iter().map(|g| g.count).sum();

    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Pendlerbot – rapport {today}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>Pendlerbot · rapport til rådgivningen</h1>\
         <p>{first} – {last} · vidensbase {version} · lavet {today}</p></header>\n<main>\n",
        today = d.today,
        version = esc(&d.kb_version),
    );
    // Key figures.
    h.push_str("<div class=\"kpis\">");
    kpi(&mut h, &total.to_string(), "spørgsmål i perioden");
    kpi(&mut h, &pct(totals.answered), "besvaret");
    kpi(&mut h, &pct(totals.offered), "valgmuligheder tilbudt");
    kpi(&mut h, &pct(totals.fell_back), "henvist til rådgivningen");
    kpi(&mut h, &format!("{up} / {down}"), "gode / dårlige vurderinger");
    kpi(&mut h, &unanswered.to_string(), "ubesvarede spørgsmål");
    h.push_str("</div>\n");

    // Charts.
    h.push_str("<div class=\"grid\"><section><h2>Spørgsmål pr. dag</h2>");
    h.push_str(&day_chart(&d.days));
    legend(&mut h);
    h.push_str("</section><section><h2>Udfald</h2>");
    h.push_str(&outcome_chart(&totals));
    legend(&mut h);
    h.push_str("</section></div>\n");

    // Entries.
    h.push_str("<div class=\"grid2\"><section><h2>Mest brugte emner</h2>");
    let max = d.top.first().map_or(1, |r| r.answers.max(1));
    if d.top.is_empty() {
        h.push_str("<p class=\"empty\">Ingen besvarede spørgsmål i perioden.</p>");
    } else {
        h.push_str("<table><tr><th>emne</th><th class=\"n\">svar</th><th></th><th class=\"n\">gode</th><th class=\"n\">dårlige</th></tr>");
        for r in d.top.iter().take(15) {
            let w = (120.0 * r.answers as f64 / max as f64).round().max(2.0);
            let _ = write!(
                h,
                "<tr><td>{}<br><code>{}</code></td><td class=\"n\">{}</td><td><span class=\"bar\" style=\"width:{w}px\"></span></td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&r.title),
                esc(&r.id),
                r.answers,
                r.up,
                r.down
            );
        }
        h.push_str("</table>");
    }
    h.push_str("</section><section><h2>Flest dårlige vurderinger</h2>");
    if d.disliked.is_empty() {
        h.push_str("<p class=\"empty\">Ingen dårlige vurderinger endnu.</p>");
    } else {
        h.push_str(
            "<table><tr><th>emne</th><th class=\"n\">dårlige</th><th class=\"n\">gode</th><th class=\"n\">svar</th></tr>",
        );
        for r in d.disliked.iter().take(15) {
            let _ = write!(
                h,
                "<tr><td>{}<br><code>{}</code></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&r.title),
                esc(&r.id),
                r.down,
                r.up,
                r.answers
            );
        }
        h.push_str("</table>");
    }
    h.push_str("</section></div>\n");

    // Unanswered.
    let _ = write!(
        h,
        "<section><h2>Ubesvarede spørgsmål<small>grupperet; personoplysninger fjernet; gemmes {} dage uden chat eller bruger</small></h2>",
        d.unanswered_ttl_days
    );
    if d.groups.is_empty() {
        h.push_str("<p class=\"empty\">Ingen ubesvarede spørgsmål i perioden.</p>");
    } else {
        h.push_str("<table><tr><th class=\"n\">antal</th><th>spørgsmål</th><th>nærmeste emner</th></tr>");
        for g in d.groups.iter().take(40) {
            let _ = write!(
                h,
                "<tr><td class=\"n\">{}×</td><td><span class=\"q\">{}</span><br><span class=\"meta\">{}</span>",
                g.count,
                esc(&g.text),
                esc(&describe(g))
            );
            for v in &g.variants {
                let _ = write!(h, "<br><span class=\"meta\">også: {}</span>", esc(v));
            }
            // The topics the question came near, by title; the id for `ask --explain`.
            let near: Vec<String> = g
                .nearest
                .iter()
                .map(|(e, _)| match d.titles.get(e) {
                    Some(t) => format!("{} <code>{}</code>", esc(t), esc(e)),
                    None => format!("<code>{}</code>", esc(e)),
                })
                .collect();
            let _ = write!(h, "</td><td>{}</td></tr>", if near.is_empty() { "–".into() } else { near.join("<br>") });
        }
        h.push_str("</table>");
    }
    h.push_str("</section>\n");

    // The handover to the advice office.
    if let Some(c) = &d.cases {
        h.push_str("<section><h2>Sager til rådgivningen<small>samtaler sendt videre i Telegram; i alt, uden navne og tekst</small></h2>");
        let avg = match c.first_answer_avg_secs {
            Some(s) if s >= 3600 => format!("{:.1} timer", s as f64 / 3600.0),
            Some(s) => format!("{} min.", s.div_ceil(60)),
            None => "–".into(),
        };
        let oldest = c.oldest_waiting_hours.map_or("–".to_string(), |h| format!("{h} timer"));
        let _ = write!(
            h,
            "<table><tr><th>åbnet</th><th>besvaret</th><th>lukket</th><th>svar sendt</th><th>tid til første svar (gns.)</th>\
             <th>åbne nu</th><th>venter på svar</th><th>længst ventende</th></tr>\
             <tr><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr></table>",
            c.opened, c.answered, c.closed, c.relayed, esc(&avg), c.open_now, c.waiting_now, esc(&oldest)
        );
        h.push_str("</section>\n");
    }

    // Upkeep.
    h.push_str("<div class=\"grid2\"><section><h2>Gennemgang forfalden<small>sidst kontrolleret for over et år siden, eller snart</small></h2>");
    if d.reviews.is_empty() {
        h.push_str("<p class=\"empty\">Ingen emner skal gennemgås de næste 30 dage.</p>");
    } else {
        h.push_str("<table><tr><th>emne</th><th>kontrolleret</th><th>forfalder</th></tr>");
        for r in &d.reviews {
            let _ = write!(
                h,
                "<tr><td>{}<br><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                esc(&r.title),
                esc(&r.id),
                r.checked,
                r.due
            );
        }
        h.push_str("</table>");
    }
    let _ = write!(h, "</section><section><h2>Beløb fra et tidligere år<small>år før {}</small></h2>", d.today.year);
    if d.stale_values.is_empty() {
        h.push_str("<p class=\"empty\">Alle beløb gælder for i år.</p>");
    } else {
        h.push_str("<table><tr><th>værdi</th><th class=\"n\">år</th><th>fil</th></tr>");
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

    let _ =
        write!(h, "<section><h2>Emner, ingen har fået som svar<small>{} emner i perioden</small></h2>", d.never.len());
    if d.never.is_empty() {
        h.push_str("<p class=\"empty\">Alle emner er brugt.</p>");
    } else {
        h.push_str("<ul class=\"chips\">");
        for r in &d.never {
            let _ = write!(h, "<li>{} <code>{}</code></li>", esc(&r.title), esc(&r.id));
        }
        h.push_str("</ul>");
    }
    h.push_str("</section>\n</main>\n<footer>Lavet af <code>pendlerbot report</code>. Siden indeholder ingen navne, chats eller bruger-id'er.</footer>\n</body>\n</html>\n");
    h
}

fn kpi(h: &mut String, value: &str, label: &str) {
    let _ = write!(h, "<div class=\"kpi\"><b>{}</b><span>{}</span></div>", esc(value), esc(label));
}

fn legend(h: &mut String) {
    let _ = write!(
        h,
        "<div class=\"legend\"><span><i style=\"background:{ANSWERED}\"></i>besvaret</span>\
         <span><i style=\"background:{OFFERED}\"></i>valgmuligheder</span>\
         <span><i style=\"background:{FELL_BACK}\"></i>henvist</span></div>"
    );
}

/// "da+de · henvist 3 · valg 1 · 20.11.–28.11.2026"
fn describe(g: &Group) -> String {
    let langs: Vec<&str> = g.langs.iter().map(|l| l.code()).collect();
    let mut parts = vec![langs.join("+")];
    if g.fell_back > 0 {
        parts.push(format!("henvist {}", g.fell_back));
    }
    if g.offered > 0 {
        parts.push(format!("valgmuligheder {}", g.offered));
    }
    let (a, b) = (Date::from_days(g.first_day), Date::from_days(g.last_day));
    parts.push(if a == b {
        format!("{:02}.{:02}.{}", a.day, a.month, a.year)
    } else {
        format!("{:02}.{:02}.–{:02}.{:02}.{}", a.day, a.month, b.day, b.month, b.year)
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

/// Stacked bars, one per day: answered, offered, fell back.
pub fn day_chart(days: &[Day]) -> String {
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
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" aria-label=\"Spørgsmål pr. dag\">"
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
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"14\" text-anchor=\"middle\" fill=\"#5b6775\">Ingen spørgsmål i perioden</text>",
            left + (w - left) / 2.0,
            top + plot_h / 2.0
        );
    }
    let label_every = (days.len() / 8).max(1);
    for (i, d) in days.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let mut y = top + plot_h;
        let date = Date::from_days(d.day);
        for (n, color, what) in [
            (d.answered, ANSWERED, "besvaret"),
            (d.offered, OFFERED, "valgmuligheder"),
            (d.fell_back, FELL_BACK, "henvist"),
        ] {
            if n == 0 {
                continue;
            }
            let bh = plot_h * n as f64 / max as f64;
            y -= bh;
            let _ = write!(
                s,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{bh:.1}\" fill=\"{color}\"><title>{date}: {n} {what}</title></rect>"
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

/// One horizontal bar per outcome with counts and shares.
pub fn outcome_chart(t: &Day) -> String {
    let total = t.total();
    let (w, row) = (340.0, 52.0);
    let h = row * 3.0 + 8.0;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" aria-label=\"Udfald\">"
    );
    for (i, (n, color, label)) in [
        (t.answered, ANSWERED, "besvaret"),
        (t.offered, OFFERED, "valgmuligheder tilbudt"),
        (t.fell_back, FELL_BACK, "henvist til rådgivningen"),
    ]
    .into_iter()
    .enumerate()
    {
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
