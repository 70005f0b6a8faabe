//! The handover to the advice office (issue 18), pure: where a chat is in
//! the handover, what a commuter's message does there, the case record,
//! the opening hours and when the office answers next. No I/O, no clock
//! (times are passed in as unix seconds), nothing of Telegram: the adapter
//! (`telegram/relay.rs`) does the sending, the store (`store/cases.rs`)
//! keeps the records.
//!
//! The flow: "talk to an advisor" (button, `/kontakt`, "kan jeg tale med en
//! person?") asks for consent ([`Stage::Consent`]); yes (with name or
//! anonymous) asks for the question ([`Stage::Question`]); the question opens
//! a case ([`Stage::Open`]) whose card goes to the advisors' group. Until the
//! case is closed (`/afslut`, `/beenden`, `/close`, or an advisor's `/close`)
//! the commuter's messages go to the case instead of the FAQ logic.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::diag::Diagnostics;
use crate::ids::{ChatId, MessageId};
use crate::knowledge::EntryId;
use crate::text::Lang;

/// Entry ids remembered per chat for the case card (the newest kept).
pub const MAX_TOPICS: usize = 8;
/// Default of `PENDLERBOT_CASE_TTL_DAYS`.
pub const DEFAULT_CASE_TTL_DAYS: u32 = 30;

/// Where a chat is in the handover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Stage {
    /// Consent asked; waiting for one of the three buttons.
    Consent,
    /// Consent given (`named`: with the commuter's name); the next message is the question.
    Question { named: bool },
    /// A case is open: the commuter's messages go to it.
    Open { case: u64 },
}

/// What the relay keeps per chat (no message text): the stage, the entries
/// answered in this conversation (for the card) and the chat's cases.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChatRelay {
    #[serde(default)]
    pub stage: Option<Stage>,
    #[serde(default)]
    pub topics: Vec<EntryId>,
    #[serde(default)]
    pub cases: Vec<u64>,
    /// Last change (unix seconds), for the retention sweep.
    #[serde(default)]
    pub touched: u64,
}

impl ChatRelay {
    /// Notes an entry answered in this conversation (newest last, no repeats).
    pub fn add_topic(&mut self, entry: &EntryId) {
        self.topics.retain(|t| t != entry);
        self.topics.push(entry.clone());
        if self.topics.len() > MAX_TOPICS {
            let cut = self.topics.len() - MAX_TOPICS;
            self.topics.drain(..cut);
        }
    }
}

/// One case: a commuter's question handed to the advice office. No text:
/// the question and the answers live in the two Telegram chats only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Case {
    pub id: u64,
    pub chat: ChatId,
    pub lang: Lang,
    pub open: bool,
    /// Opened (unix seconds).
    pub created: u64,
    /// The first advisor's answer relayed (unix seconds).
    #[serde(default)]
    pub first_answer: Option<u64>,
    #[serde(default)]
    pub closed: Option<u64>,
    /// The card's message id in the advisors' group.
    #[serde(default)]
    pub card: Option<MessageId>,
    /// Every message id of the case in the group (the card, the commuter's
    /// later messages), so advisors can reply to any of them.
    #[serde(default)]
    pub msgs: Vec<MessageId>,
    /// Advisor messages relayed to the commuter.
    #[serde(default)]
    pub relayed: u32,
    /// Last activity (unix seconds), for the retention sweep.
    #[serde(default)]
    pub touched: u64,
}

impl Case {
    pub fn new(id: u64, chat: ChatId, lang: Lang, now: u64) -> Case {
        Case {
            id,
            chat,
            lang,
            open: true,
            created: now,
            first_answer: None,
            closed: None,
            card: None,
            msgs: Vec::new(),
            relayed: 0,
            touched: now,
        }
    }
}

/// The consent buttons, as callback data (`r:` is no dialogue action).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consent {
    Named,
    Anonymous,
    No,
}

impl Consent {
    pub fn encode(self) -> &'static str {
        match self {
            Consent::Named => "r:name",
            Consent::Anonymous => "r:anon",
            Consent::No => "r:no",
        }
    }

    pub fn decode(data: &str) -> Option<Consent> {
        match data {
            "r:name" => Some(Consent::Named),
            "r:anon" => Some(Consent::Anonymous),
            "r:no" => Some(Consent::No),
            _ => None,
        }
    }
}

/// A commuter's update as the relay sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said<'a> {
    /// Text that is no command.
    Text(&'a str),
    /// A command: its job (`close`, `help`, ...; the adapter maps the word
    /// typed, in any language, to it: `Kb::command_job`).
    Command(&'a str),
    Consent(Consent),
    /// A dialogue button, a photo, anything else.
    Other,
}

/// What to do with a commuter's update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Not the relay's business: the dialogue answers.
    Pass,
    /// The chat's stage ends (consent not given after all); the dialogue answers.
    DropThenPass,
    /// Consent refused or the handover cancelled: nothing is sent anywhere.
    Decline,
    /// Consent given: ask for the question.
    Accept { named: bool },
    /// The question: open a case and post its card.
    Open { named: bool },
    /// A later message of an open case: post it to the group.
    Follow { case: u64 },
    /// The commuter closes the case.
    Close { case: u64 },
    /// A consent button with no consent asked (an old message): ignored.
    Ignore,
}

/// The command job that closes a case (or cancels a handover): `/afslut`,
/// `/beenden` (`command-close` in the locales).
pub const CLOSE: &str = "close";

fn is_close(job: &str) -> bool {
    job == CLOSE
}

/// What `said` does while the chat is at `stage`.
pub fn step(stage: Option<Stage>, said: Said) -> Step {
    match (stage, said) {
        (Some(Stage::Consent), Said::Consent(Consent::No)) => Step::Decline,
        (Some(Stage::Consent), Said::Consent(c)) => Step::Accept { named: c == Consent::Named },
        (_, Said::Consent(_)) => Step::Ignore,
        (Some(Stage::Open { case }), Said::Command(c)) if is_close(c) => Step::Close { case },
        (Some(Stage::Consent | Stage::Question { .. }), Said::Command(c)) if is_close(c) => Step::Decline,
        (Some(Stage::Consent), Said::Text(_)) => Step::DropThenPass,
        (Some(Stage::Question { named }), Said::Text(_)) => Step::Open { named },
        (Some(Stage::Open { case }), Said::Text(_)) => Step::Follow { case },
        _ => Step::Pass,
    }
}

/// A command's name: "/Afslut@pendler_bot" -> "afslut".
pub fn command_name(text: &str) -> Option<String> {
    let rest = text.trim().strip_prefix('/')?;
    let head = rest.split_whitespace().next().unwrap_or_default();
    Some(head.split('@').next().unwrap_or_default().to_lowercase())
}

/// What an advisor's message in the group does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupStep {
    /// Relay the text to the case's commuter.
    Relay,
    /// `/close`: close the case.
    Close,
    /// Another command: not for the commuter.
    Ignore,
}

/// `job`: the job of the command the message is, if it is one.
pub fn group_step(job: Option<&str>) -> GroupStep {
    match job {
        Some(CLOSE) => GroupStep::Close,
        Some(_) => GroupStep::Ignore,
        None => GroupStep::Relay,
    }
}

// ---------------------------------------------------------------------------
// Opening hours, in Danish (= German) time.

/// The office's opening hours (`knowledge/office.toml`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfficeHours {
    /// Per weekday, Monday first: (from, to) in minutes after midnight.
    pub week: [Vec<(u32, u32)>; 7],
    /// Days closed every year, as (month, day).
    pub closed: Vec<(u32, u32)>,
    /// The hours are a placeholder the advisors have not replaced yet.
    pub placeholder: bool,
}

/// When the office opens next, in local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opening {
    pub date: Date,
    /// 1 = Monday ... 7 = Sunday.
    pub weekday: u32,
    /// Minutes after midnight.
    pub minute: u32,
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffice {
    #[serde(default)]
    placeholder: bool,
    #[serde(default)]
    hours: toml::Table,
    #[serde(default)]
    closed: Vec<String>,
}

impl OfficeHours {
    /// Reads `office.toml`; every problem goes to `diags` with its line.
    pub fn from_toml(path: &std::path::Path, text: &str, diags: &mut Diagnostics) -> Option<OfficeHours> {
        let line_of =
            |needle: &str| text.lines().position(|l| l.trim_start().starts_with(needle)).map(|i| i + 1).unwrap_or(0);
        let raw: RawOffice = match toml::from_str(text) {
            Ok(r) => r,
            Err(e) => {
                let line = e.span().map(|s| text[..s.start.min(text.len())].lines().count().max(1)).unwrap_or(0);
                diags.error(path, line, format!("office hours: {}", e.message()));
                return None;
            }
        };
        let mut office = OfficeHours { placeholder: raw.placeholder, ..OfficeHours::default() };
        for (key, value) in &raw.hours {
            let line = line_of(key);
            let Some(day) = WEEKDAYS.iter().position(|d| d == key) else {
                diags.error(path, line, format!("office hours: `{key}` is no weekday (mon, tue, ..., sun)"));
                continue;
            };
            let Some(spans) = value.as_str() else {
                diags.error(path, line, format!("office hours: `{key}` must be a string like \"09:00-12:00\""));
                continue;
            };
            for span in spans.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                match parse_span(span) {
                    Some(s) => office.week[day].push(s),
                    None => diags.error(
                        path,
                        line,
                        format!("office hours: `{span}` in `{key}` is not a time span like 09:00-12:00"),
                    ),
                }
            }
            office.week[day].sort_unstable();
        }
        for day in &raw.closed {
            match parse_month_day(day) {
                Some(md) => office.closed.push(md),
                None => diags.error(
                    path,
                    line_of("closed"),
                    format!("office hours: closed day `{day}` is not a month-day like 12-24"),
                ),
            }
        }
        if office.week.iter().all(Vec::is_empty) {
            diags.error(path, line_of("[hours]"), "office hours: no opening hours on any day");
        }
        // A placeholder is never told to commuters (see `is_open`); `serve`
        // warns at start when the handover is on, so `check --strict` stays
        // about the knowledge the bot really uses.
        Some(office)
    }

    /// Whether the office is open at `unix` (UTC seconds). Placeholder hours
    /// count as always open: the bot never tells a commuter made-up hours.
    pub fn is_open(&self, unix: u64) -> bool {
        if self.placeholder {
            return true;
        }
        let (date, weekday, minute) = local(unix);
        !self.closed.contains(&(date.month, date.day))
            && self.week[(weekday - 1) as usize].iter().any(|&(from, to)| minute >= from && minute < to)
    }

    /// The next opening after `unix`, within two weeks (`None` if there is none).
    pub fn next_open(&self, unix: u64) -> Option<Opening> {
        let (today, weekday, minute) = local(unix);
        for ahead in 0..15i64 {
            let date = Date::from_days(today.days() + ahead);
            if self.closed.contains(&(date.month, date.day)) {
                continue;
            }
            let wd = ((weekday as i64 - 1 + ahead) % 7) as u32 + 1;
            for &(from, to) in &self.week[(wd - 1) as usize] {
                if ahead > 0 || from > minute || (minute >= from && minute < to) {
                    let minute = if ahead == 0 && minute >= from { minute } else { from };
                    return Some(Opening { date, weekday: wd, minute });
                }
            }
        }
        None
    }
}

fn parse_span(s: &str) -> Option<(u32, u32)> {
    let (a, b) = s.split_once('-')?;
    let (a, b) = (parse_clock(a)?, parse_clock(b)?);
    (a < b).then_some((a, b))
}

fn parse_clock(s: &str) -> Option<u32> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

fn parse_month_day(s: &str) -> Option<(u32, u32)> {
    let (m, d) = s.trim().split_once('-')?;
    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    Date::parse(&format!("2024-{m:02}-{d:02}")).map(|_| (m, d))
}

/// The day count of the last Sunday of a month.
fn last_sunday(year: i32, month: u32) -> i64 {
    let next =
        if month == 12 { Date { year: year + 1, month: 1, day: 1 } } else { Date { year, month: month + 1, day: 1 } };
    let last = next.days() - 1;
    // 1970-01-01 was a Thursday: weekday index 0 = Monday.
    let wd = (last + 3).rem_euclid(7);
    last - (wd + 1) % 7
}

/// Seconds Copenhagen (and Flensburg) is ahead of UTC at `unix`: CET, or
/// CEST from the last Sunday of March 01:00 UTC to the last Sunday of
/// October 01:00 UTC (the EU rule).
pub fn copenhagen_offset(unix: u64) -> i64 {
    let unix = unix as i64;
    let year = Date::from_days(unix.div_euclid(86_400)).year;
    let start = last_sunday(year, 3) * 86_400 + 3600;
    let end = last_sunday(year, 10) * 86_400 + 3600;
    if unix >= start && unix < end {
        7200
    } else {
        3600
    }
}

/// Local date, weekday (1 = Monday) and minute of the day in Copenhagen.
pub fn local(unix: u64) -> (Date, u32, u32) {
    let t = unix as i64 + copenhagen_offset(unix);
    let days = t.div_euclid(86_400);
    let weekday = ((days + 3).rem_euclid(7) + 1) as u32;
    (Date::from_days(days), weekday, (t.rem_euclid(86_400) / 60) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unix(date: &str, h: u32, m: u32, offset_h: i64) -> u64 {
        (Date::parse(date).unwrap().days() * 86_400 + i64::from(h * 3600 + m * 60) - offset_h * 3600) as u64
    }

    #[test]
    fn the_handover_steps() {
        use Said::*;
        assert_eq!(step(None, Text("hej")), Step::Pass);
        assert_eq!(step(Some(Stage::Consent), Consent(super::Consent::No)), Step::Decline);
        assert_eq!(step(Some(Stage::Consent), Consent(super::Consent::Named)), Step::Accept { named: true });
        assert_eq!(step(Some(Stage::Consent), Consent(super::Consent::Anonymous)), Step::Accept { named: false });
        assert_eq!(step(None, Consent(super::Consent::Named)), Step::Ignore);
        assert_eq!(step(Some(Stage::Consent), Text("skat?")), Step::DropThenPass);
        assert_eq!(step(Some(Stage::Question { named: true }), Text("skat?")), Step::Open { named: true });
        assert_eq!(step(Some(Stage::Question { named: false }), Command("close")), Step::Decline);
        assert_eq!(step(Some(Stage::Open { case: 3 }), Text("og?")), Step::Follow { case: 3 });
        assert_eq!(step(Some(Stage::Open { case: 3 }), Command("close")), Step::Close { case: 3 });
        assert_eq!(step(Some(Stage::Open { case: 3 }), Command("afslut")), Step::Pass, "a word, not a job");
        assert_eq!(step(Some(Stage::Open { case: 3 }), Command("help")), Step::Pass);
        assert_eq!(step(Some(Stage::Open { case: 3 }), Other), Step::Pass);
        assert_eq!(command_name("/Afslut@pendler_bot"), Some("afslut".into()));
        assert_eq!(group_step(Some("close")), GroupStep::Close);
        assert_eq!(group_step(None), GroupStep::Relay);
        assert_eq!(group_step(Some("help")), GroupStep::Ignore);
        for c in [super::Consent::Named, super::Consent::Anonymous, super::Consent::No] {
            assert_eq!(super::Consent::decode(c.encode()), Some(c));
        }
    }

    #[test]
    fn topics_keep_the_newest_without_repeats() {
        let mut r = ChatRelay::default();
        for i in 0..10 {
            r.add_topic(&EntryId::new(format!("t.{i}")));
        }
        r.add_topic(&"t.5".into());
        assert_eq!(r.topics.len(), MAX_TOPICS);
        assert_eq!(r.topics.last().map(EntryId::as_str), Some("t.5"));
        assert_eq!(r.topics.iter().filter(|t| *t == "t.5").count(), 1);
    }

    #[test]
    fn copenhagen_time_follows_the_last_sunday_rule() {
        // 2026: CEST from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(copenhagen_offset(unix("2026-03-29", 0, 59, 0)), 3600);
        assert_eq!(copenhagen_offset(unix("2026-03-29", 1, 0, 0)), 7200);
        assert_eq!(copenhagen_offset(unix("2026-10-25", 0, 59, 0)), 7200);
        assert_eq!(copenhagen_offset(unix("2026-10-25", 1, 0, 0)), 3600);
        assert_eq!(copenhagen_offset(unix("2026-12-04", 12, 0, 0)), 3600);
        // 2027: 28 March and 31 October.
        assert_eq!(copenhagen_offset(unix("2027-03-28", 2, 0, 0)), 7200);
        assert_eq!(copenhagen_offset(unix("2027-10-31", 0, 30, 0)), 7200);
        assert_eq!(copenhagen_offset(unix("2027-10-31", 1, 30, 0)), 3600);
        // 2026-12-04 is a Friday.
        assert_eq!(local(unix("2026-12-04", 23, 30, 1)), (Date::parse("2026-12-04").unwrap(), 5, 23 * 60 + 30));
    }

    #[test]
    fn the_next_opening_is_found_in_local_time() {
        let mut diags = Diagnostics::default();
        let text = "[hours]\nmon = \"09:00-12:00, 13:00-15:00\"\nthu = \"09:00-12:00\"\nclosed = 1\n";
        assert!(OfficeHours::from_toml("office.toml".as_ref(), text, &mut diags).is_none() || diags.has_errors());
        let mut diags = Diagnostics::default();
        let text = "closed = [\"12-24\"]\n[hours]\nmon = \"09:00-12:00, 13:00-15:00\"\nthu = \"09:00-12:00\"\n";
        let office = OfficeHours::from_toml("office.toml".as_ref(), text, &mut diags).unwrap();
        assert!(!diags.has_errors());
        // Friday 4 December 2026, 10:00 local: closed; next Monday 7 December 09:00.
        let fri = unix("2026-12-04", 10, 0, 1);
        assert!(!office.is_open(fri));
        assert_eq!(
            office.next_open(fri),
            Some(Opening { date: Date::parse("2026-12-07").unwrap(), weekday: 1, minute: 9 * 60 })
        );
        // Monday 12:30 (lunch): next 13:00 the same day; Monday 10:00 is open.
        assert_eq!(office.next_open(unix("2026-12-07", 12, 30, 1)).map(|o| o.minute), Some(13 * 60));
        assert!(office.is_open(unix("2026-12-07", 10, 0, 1)));
        assert!(office.is_open(unix("2026-06-01", 9, 30, 2)), "summer time: 09:30 local is 07:30 UTC");
        assert!(!office.is_open(unix("2026-06-01", 8, 30, 2)));
        // Thursday 24 December is closed: next Monday 28 December.
        let xmas = unix("2026-12-24", 10, 0, 1);
        assert!(!office.is_open(xmas));
        assert_eq!(office.next_open(xmas).map(|o| o.date), Date::parse("2026-12-28"));
    }

    #[test]
    fn bad_office_hours_are_errors_with_lines() {
        let mut diags = Diagnostics::default();
        let text = "[hours]\nmon = \"9-12\"\nfunday = \"09:00-10:00\"\n";
        OfficeHours::from_toml("office.toml".as_ref(), text, &mut diags);
        let shown: Vec<String> = diags.sorted().iter().map(|d| format!("{}:{}", d.line, d.message)).collect();
        assert!(shown.iter().any(|s| s.starts_with("2:") && s.contains("9-12")), "{shown:?}");
        assert!(shown.iter().any(|s| s.starts_with("3:") && s.contains("funday")), "{shown:?}");
    }

    #[test]
    fn a_case_stored_with_plain_numbers_loads_and_is_written_the_same() {
        // As stored before the ids had types of their own.
        let stored = r#"{"id":3,"chat":-1001234567890,"lang":"da","open":true,"created":100,"first_answer":110,"closed":null,"card":500,"msgs":[500,510],"relayed":1,"touched":120}"#;
        let case: Case = serde_json::from_str(stored).unwrap();
        assert_eq!(case.chat, ChatId(-1001234567890));
        assert_eq!((case.card, case.msgs.clone()), (Some(MessageId(500)), vec![MessageId(500), MessageId(510)]));
        assert_eq!(serde_json::to_string(&case).unwrap(), stored);
        let new = Case::new(4, ChatId(40), Lang::De, 200);
        assert_eq!(
            serde_json::to_string(&new).unwrap(),
            r#"{"id":4,"chat":40,"lang":"de","open":true,"created":200,"first_answer":null,"closed":null,"card":null,"msgs":[],"relayed":0,"touched":200}"#
        );
    }
}
