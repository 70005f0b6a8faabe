//! The advisors' inbox: questions the bot could not answer (it fell back to
//! the advice office) or was unsure about (it offered choices, or its second
//! opinion settled a close call between choices).
//!
//! A [`Record`] holds the question **redacted** ([`crate::redact`]), its
//! language and outcome, the nearest entries the matcher considered, and the
//! day it was asked: no chat id, no user id, no time of day. Records are kept
//! for `unanswered_ttl_days` / `PENDLERBOT_UNANSWERED_TTL_DAYS` days (default
//! 90; a setting of [`crate::config`], passed in) and then
//! deleted by the store. Similar questions are shown once with a count
//! ([`group`]). This module is pure: the store keeps the records, adapters
//! decide when to record ([`record_of`]).

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::dialogue::Outcome;
use crate::knowledge::EntryId;
use crate::text::{fold, Lang};

/// How long unanswered questions are kept when nothing is configured.
pub const DEFAULT_TTL_DAYS: u32 = 90;
/// Nearest entries kept per question.
pub const NEAREST: usize = 3;
/// Two questions whose folded trigrams overlap this much are one group.
pub const SAME_QUESTION: f64 = 0.7;
/// Characters of a question kept in the log; a longer one is cut and ends
/// in "…" (issue 15.7: questions up to Telegram's 4,096 characters made
/// grouping slow and the inbox unreadable).
pub const MAX_QUESTION_CHARS: usize = 500;
/// Groups a question is compared with at most: those sharing one of its
/// [`ANCHORS`] longest words, the earliest first.
pub const MAX_CANDIDATES: usize = 32;
/// Words of a question (its longest, after folding) that find the groups
/// it is compared with.
const ANCHORS: usize = 3;

/// What the bot did with an unanswered question: [`Kind::Settled`],
/// [`Kind::Offered`] or [`Kind::FellBack`] (stored as `settled`, `offered`,
/// `fell_back`).
pub use crate::outcome::Outcome as Kind;

/// One unanswered question as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Days since 1970-01-01 (see [`Date::days`]).
    pub day: i64,
    pub lang: Lang,
    pub kind: Kind,
    /// The question with personal data replaced by placeholders.
    pub text: String,
    /// The best candidates the matcher considered, with their scores.
    pub nearest: Vec<(EntryId, f64)>,
}

/// The record to keep for a handled question, if any: only questions the
/// bot fell back on, offered choices for or answered by its second opinion,
/// and never commands.
/// `currencies`: the languages' currency words ([`crate::redact::redact`]).
pub fn record_of(question: &str, outcome: &Outcome, today: Date, currencies: &[String]) -> Option<Record> {
    let m = outcome.matched.as_ref()?;
    let (kind, lang) = match Kind::of(&outcome.event)? {
        (Kind::Answered, _, _) => return None,
        (kind, lang, _) => (kind, lang),
    };
    let text = cut(&crate::redact::redact(question.trim(), currencies));
    if text.is_empty() {
        return None;
    }
    let nearest = m.candidates.iter().take(NEAREST).map(|c| (c.entry.clone(), round(c.score))).collect();
    Some(Record { day: today.days(), lang, kind, text, nearest })
}

/// A question cut to [`MAX_QUESTION_CHARS`] characters.
pub fn cut(text: &str) -> String {
    match text.char_indices().nth(MAX_QUESTION_CHARS) {
        Some((at, _)) => format!("{}…", text[..at].trim_end()),
        None => text.to_string(),
    }
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// `--since`: `7d`, `2w`, `3m` (30-day months) or a date `2026-11-01`;
/// returns the first day included.
pub fn parse_since(s: &str, today: Date) -> Option<i64> {
    let s = s.trim();
    if let Some(d) = Date::parse(s) {
        return Some(d.days());
    }
    let (n, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit())?);
    let n: i64 = n.parse().ok()?;
    let days = match unit {
        "d" => n,
        "w" => n * 7,
        "m" => n * 30,
        _ => return None,
    };
    Some(today.days() - days + 1)
}

/// Similar questions shown once.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The most recent wording.
    pub text: String,
    pub count: usize,
    pub langs: Vec<Lang>,
    pub fell_back: usize,
    pub offered: usize,
    /// Answered after the second opinion settled a close call.
    pub settled: usize,
    pub first_day: i64,
    pub last_day: i64,
    /// Nearest entries over the whole group, best summed score first.
    pub nearest: Vec<(EntryId, f64)>,
    /// Other wordings in the group (at most a few).
    pub variants: Vec<String>,
}

/// Groups near-identical questions (same words after folding, small typos,
/// punctuation, case): biggest groups first, then the most recent.
/// Deterministic for the same records.
///
/// Near-linear: a question is compared (trigram Dice) only with the groups
/// that share one of its `ANCHORS` longest words (folded, doubled letters
/// single), at most `MAX_CANDIDATES` of them, instead of with every group.
/// Texts are at most `MAX_QUESTION_CHARS` long (older records are cut
/// here too), so the cost per comparison is bounded as well.
pub fn group(records: &[Record]) -> Vec<Group> {
    group_counted(records).0
}

/// [`group`], and how many pairs of questions it compared (the cost).
pub fn group_counted(records: &[Record]) -> (Vec<Group>, usize) {
    let mut comparisons = 0;
    let mut order: Vec<&Record> = records.iter().collect();
    // Newest first, so a group shows its latest wording.
    order.sort_by(|a, b| b.day.cmp(&a.day).then_with(|| a.text.cmp(&b.text)));
    let mut groups: Vec<Acc> = Vec::new();
    let mut index: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for r in order {
        let text = cut(&r.text);
        let grams = trigrams(&text);
        let keys = anchors(&text);
        let mut candidates: Vec<usize> = keys.iter().filter_map(|k| index.get(k)).flatten().copied().collect();
        candidates.sort_unstable();
        candidates.dedup();
        let found = candidates.into_iter().take(MAX_CANDIDATES).find(|&g| {
            comparisons += 1;
            similarity(&groups[g].grams, &grams) >= SAME_QUESTION
        });
        let at = found.unwrap_or(groups.len());
        for k in keys {
            let postings = index.entry(k).or_default();
            if postings.last() != Some(&at) {
                postings.push(at);
            }
        }
        let r = &Record { text, ..r.clone() };
        let acc = match found {
            Some(g) => {
                groups[g].join(r);
                &mut groups[g]
            }
            None => {
                groups.push(Acc::new(grams, r));
                groups.last_mut().expect("just pushed")
            }
        };
        acc.tally(r);
    }
    let mut out: Vec<Group> = groups.into_iter().map(Acc::into_group).collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(b.last_day.cmp(&a.last_day)).then_with(|| a.text.cmp(&b.text)));
    (out, comparisons)
}

/// A group while it is gathered: its question's trigrams and its entries'
/// best scores and counts.
struct Acc {
    grams: Vec<String>,
    group: Group,
    scores: Vec<(EntryId, f64, usize)>,
}

impl Acc {
    /// A group of one question, `r` (its newest wording).
    fn new(grams: Vec<String>, r: &Record) -> Acc {
        let group = Group {
            text: r.text.clone(),
            count: 1,
            langs: Vec::new(),
            fell_back: 0,
            offered: 0,
            settled: 0,
            first_day: r.day,
            last_day: r.day,
            nearest: Vec::new(),
            variants: Vec::new(),
        };
        Acc { grams, group, scores: Vec::new() }
    }

    /// `r` joins the group: one more, its days, up to three other wordings.
    fn join(&mut self, r: &Record) {
        let g = &mut self.group;
        g.count += 1;
        g.first_day = g.first_day.min(r.day);
        g.last_day = g.last_day.max(r.day);
        if g.text != r.text && !g.variants.contains(&r.text) && g.variants.len() < 3 {
            g.variants.push(r.text.clone());
        }
    }

    /// Counts `r`'s language, outcome and nearest entries for the group.
    fn tally(&mut self, r: &Record) {
        if !self.group.langs.contains(&r.lang) {
            self.group.langs.push(r.lang);
        }
        match r.kind {
            Kind::Offered => self.group.offered += 1,
            Kind::FellBack => self.group.fell_back += 1,
            Kind::Settled => self.group.settled += 1,
            // Never recorded (`record_of`).
            Kind::Answered => {}
        }
        for (entry, score) in &r.nearest {
            match self.scores.iter_mut().find(|(e, _, _)| e == entry) {
                Some(s) => {
                    s.1 = s.1.max(*score);
                    s.2 += 1;
                }
                None => self.scores.push((entry.clone(), *score, 1)),
            }
        }
    }

    /// The group, its nearest entries the most often near (then the best
    /// scored), its languages sorted.
    fn into_group(mut self) -> Group {
        self.scores.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.total_cmp(&a.1)).then_with(|| a.0.cmp(&b.0)));
        self.group.nearest = self.scores.into_iter().take(NEAREST).map(|(e, s, _)| (e, s)).collect();
        self.group.langs.sort();
        self.group
    }
}

/// The longest words of a question, folded with doubled letters made
/// single ("skattekort", "skatekort" → "skatekort"); the whole folded text
/// for a question without words of four letters or more.
fn anchors(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| {
            let mut out = String::with_capacity(w.len());
            for c in w.chars() {
                if !out.ends_with(c) {
                    out.push(c);
                }
            }
            out
        })
        .filter(|w| w.chars().count() >= 4)
        .collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    words.dedup();
    words.truncate(ANCHORS);
    if words.is_empty() {
        words.push(folded.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    words
}

/// Character trigrams of the folded words, sorted and without repeats.
fn trigrams(text: &str) -> Vec<String> {
    let folded = fold(text);
    let words: Vec<&str> =
        folded.split(|c: char| !c.is_alphanumeric() && c != '[' && c != ']').filter(|w| !w.is_empty()).collect();
    let joined = format!(" {} ", words.join(" "));
    let chars: Vec<char> = joined.chars().collect();
    let mut grams: Vec<String> = chars.windows(3).map(|w| w.iter().collect()).collect();
    grams.sort();
    grams.dedup();
    grams
}

/// Dice coefficient of two sorted trigram sets.
fn similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// Keeps the records from `since` (a day number) in language `lang`.
pub fn filter(records: Vec<Record>, since: Option<i64>, lang: Option<Lang>) -> Vec<Record> {
    records
        .into_iter()
        .filter(|r| since.is_none_or(|s| r.day >= s))
        .filter(|r| lang.is_none_or(|l| r.lang == l))
        .collect()
}

/// The list `pendlerbot unanswered` prints.
pub fn format_list(groups: &[Group], ttl_days: u32) -> String {
    let total: usize = groups.iter().map(|g| g.count).sum();
    let mut out = format!(
        "{total} unanswered question(s) in {} group(s); questions are kept {ttl_days} days, redacted, without chat or user\n",
        groups.len()
    );
    for g in groups {
        out.push('\n');
        out.push_str(&format!("{:>4}x  {}\n", g.count, g.text));
        out.push_str(&format!("       {}\n", describe(g)));
        for v in &g.variants {
            out.push_str(&format!("       also: {v}\n"));
        }
        if !g.nearest.is_empty() {
            out.push_str(&format!("       nearest: {}\n", nearest(g)));
        }
    }
    out
}

/// "da, fell back 3, offered 1, 2026-11-20 .. 2026-11-28"
pub fn describe(g: &Group) -> String {
    let langs: Vec<&str> = g.langs.iter().map(|l| l.code()).collect();
    let mut parts = vec![langs.join("+")];
    if g.fell_back > 0 {
        parts.push(format!("fell back {}", g.fell_back));
    }
    if g.offered > 0 {
        parts.push(format!("offered choices {}", g.offered));
    }
    if g.settled > 0 {
        parts.push(format!("settled by the second opinion {}", g.settled));
    }
    parts.push(days(g));
    parts.join(", ")
}

/// The days a group's questions were asked: "2026-11-20" or "2026-11-20 .. 2026-11-28".
pub fn days(g: &Group) -> String {
    let (first, last) = (Date::from_days(g.first_day), Date::from_days(g.last_day));
    if first == last {
        first.to_string()
    } else {
        format!("{first} .. {last}")
    }
}

/// "tax.refund 0.42, tax.tax-card-dk 0.31"
pub fn nearest(g: &Group) -> String {
    g.nearest.iter().map(|(e, s)| format!("{e} {s:.2}")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(day: i64, text: &str, kind: Kind) -> Record {
        Record { day, lang: Lang::Da, kind, text: text.into(), nearest: vec![("tax.a".into(), 0.4)] }
    }

    #[test]
    fn near_identical_questions_are_one_group() {
        let records = vec![
            rec(10, "Hvordan får jeg et skattekort?", Kind::FellBack),
            rec(11, "hvordan faar jeg et skatekort", Kind::FellBack),
            rec(12, "Hvordan får jeg skattekort??", Kind::Offered),
            rec(12, "Hvad koster en parkeringsbøde i Flensburg?", Kind::FellBack),
        ];
        let groups = group(&records);
        assert_eq!(groups.len(), 2, "{groups:#?}");
        assert_eq!(groups[0].count, 3);
        assert_eq!((groups[0].fell_back, groups[0].offered), (2, 1));
        assert_eq!(groups[0].text, "Hvordan får jeg skattekort??", "the newest wording");
        assert_eq!((groups[0].first_day, groups[0].last_day), (10, 12));
        assert_eq!(groups[1].count, 1);
    }

    /// 1,000 long questions, all different but sharing the everyday words
    /// (issue 15.7: /inbox compared every pair, ~50 s).
    fn long_questions(n: usize) -> Vec<Record> {
        let words = ["skat", "pension", "arbejde", "Tyskland", "Danmark", "kommune", "bopæl", "sygedagpenge"];
        (0..n)
            .map(|i| {
                let mut text = String::new();
                let mut x = i as u64 * 2654435761 + 1;
                for _ in 0..120 {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    text.push_str(words[(x % words.len() as u64) as usize]);
                    text.push_str(&format!("{} ", x % 997));
                }
                rec(i as i64 % 30, &text, Kind::FellBack)
            })
            .collect()
    }

    #[test]
    fn grouping_is_near_linear() {
        for n in [250, 1000] {
            let records = long_questions(n);
            let (groups, comparisons) = group_counted(&records);
            assert_eq!(groups.len(), n, "all different");
            assert!(comparisons <= 40 * n, "{n} questions: {comparisons} comparisons");
        }
        // Copies of a question with small changes still make one group.
        let mut records = long_questions(200);
        let base = records[0].text.clone();
        for i in 0..50 {
            records.push(rec(40 + i, &format!("{base} {i}"), Kind::Offered));
        }
        let groups = group(&records);
        assert_eq!(groups[0].count, 51, "{:?}", groups.iter().map(|g| g.count).take(3).collect::<Vec<_>>());
        assert_eq!(groups.len(), 200);
    }

    #[test]
    fn stored_questions_are_cut_at_500_characters() {
        let long = "æ".repeat(4_000);
        let cut = cut(&long);
        assert_eq!(cut.chars().count(), MAX_QUESTION_CHARS + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(super::cut("kort"), "kort");
    }

    #[test]
    fn since_accepts_days_weeks_and_dates() {
        let today = Date::parse("2026-11-28").unwrap();
        assert_eq!(parse_since("7d", today), Some(today.days() - 6));
        assert_eq!(parse_since("2w", today), Some(today.days() - 13));
        assert_eq!(parse_since("2026-11-01", today), Date::parse("2026-11-01").map(|d| d.days()));
        assert_eq!(parse_since("soon", today), None);
    }
}
