//! The advisors' loop in Telegram (issue 6): unanswered questions go to the
//! store's redacted log, 👍/👎 presses are counted, and admins get two
//! commands:
//!
//! - `/inbox [7d]`: the grouped unanswered questions (default: last 7 days).
//! - `/why [question]`: how the matcher decides a question, the same text
//!   as `pendlerbot ask --explain`. Without an argument it explains the
//!   admin's own last question, which is held in memory only (never
//!   stored), and only for admins.
//! - `/check` (`/tjek`, `/pruefen`, `/prüfen`: the locales' words) `[N]`: runs `pendlerbot
//!   check` over the folders the bot serves from and replies with the
//!   summary and the first N problems (default 10) as `file:line`, in the
//!   admin's language. Nothing is reloaded (issue 16: an advisor without a
//!   Rust toolchain checks an edit).
//!
//! For everyone else these commands do not exist (the dialogue answers
//! "unknown command").

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use teloxide_core::payloads::setters::*;
use teloxide_core::requests::Requester;
use teloxide_core::types::{self as tg, BotCommand, BotCommandScope, Recipient};
use tracing::{info, warn};

use super::send::{send_text, To};
use super::{unix_now, Brain, Shared};
use crate::date::Date;
use crate::dialogue::{parse_command, Event, Input, Outcome, Session};
use crate::ids::ChatId;
use crate::text::Lang;
use crate::unanswered;

/// Groups shown by `/inbox`.
const INBOX_GROUPS: usize = 10;
/// The newest questions `/inbox` groups at most.
const INBOX_RECORDS: usize = 5_000;
/// How long `/inbox` may group before it gives up (issue 15.7: grouping
/// ran on the async runtime and stalled every chat for ~50 s).
const INBOX_TIME: Duration = Duration::from_secs(5);

/// What the adapter keeps for the advisors' loop while it runs.
pub(super) struct State {
    ttl_days: u32,
    /// An admin's last question, for `/why` without an argument. Memory only.
    last_question: Mutex<HashMap<ChatId, String>>,
}

impl State {
    /// Keeps unanswered questions `ttl_days` (the configuration's `unanswered_ttl_days`).
    pub(super) fn new(ttl_days: u32) -> State {
        State { ttl_days, last_question: Mutex::new(HashMap::new()) }
    }
}

/// The most problems `/check N` lists.
const CHECK_MAX_PROBLEMS: usize = 40;
/// How long `/check` may take before it gives up (a check of the shipped
/// base takes about a second).
const CHECK_TIME: Duration = Duration::from_secs(60);

/// An admin command of the advisors' loop.
#[derive(Debug, PartialEq)]
pub(super) enum Command {
    Inbox(String),
    Why(String),
    Check(String),
}

/// An admin command, its name typed in any language: `job` maps the typed
/// word to its job (`/tjek` -> `check`: the `.also` words of `admin-<job>`
/// in the locales, `Brain::command_job`).
pub(super) fn command(input: &Input, job: impl Fn(&str) -> String) -> Option<Command> {
    let Input::Text(t) = input else { return None };
    let cmd = t.trim().strip_prefix('/')?;
    let (name, arg) = parse_command(cmd);
    match job(&name).as_str() {
        "inbox" => Some(Command::Inbox(arg)),
        "why" => Some(Command::Why(arg)),
        "check" => Some(Command::Check(arg)),
        _ => None,
    }
}

fn today() -> Date {
    Date::from_days((unix_now() / 86_400) as i64)
}

/// Runs `/inbox` or `/why` for an admin.
pub(super) async fn run<B: Brain>(shared: &Shared<B>, chat: ChatId, group: bool, hint: Option<Lang>, cmd: Command) {
    let session = shared.store.session(chat).unwrap_or_default();
    let lang = session
        .lang
        .or(session.last_lang)
        .or(super::spoken(shared.brain.as_ref(), hint))
        .unwrap_or_else(|| super::first_lang(shared.brain.as_ref()));
    let text = match cmd {
        Command::Inbox(arg) => inbox(shared, lang, &arg).await,
        Command::Why(arg) => {
            let question = if arg.is_empty() {
                shared.advisor.last_question.lock().expect("last question lock").get(&chat).cloned()
            } else {
                Some(arg)
            };
            match question {
                Some(q) => {
                    let outcome = shared.brain.handle(&Session::default(), Input::Explain(q), hint);
                    outcome.replies.into_iter().map(|r| r.text).collect::<Vec<_>>().join("\n")
                }
                None => ui(shared, lang, "why-nothing"),
            }
        }
        Command::Check(arg) => check(shared, lang, &arg).await,
    };
    send_text(shared, To::chat(chat, group), text).await;
}

/// The grouped unanswered questions. Grouping runs on a blocking thread,
/// never on the async runtime, and is given [`INBOX_TIME`].
async fn inbox<B: Brain>(shared: &Shared<B>, lang: Lang, arg: &str) -> String {
    let today = today();
    let since = unanswered::parse_since(if arg.is_empty() { "7d" } else { arg }, today);
    let records = match shared.store.unanswered(today.days(), shared.advisor.ttl_days) {
        Ok(r) => r,
        Err(e) => {
            warn!("cannot read the unanswered questions: {e}");
            return ui(shared, lang, "apology");
        }
    };
    let mut records = unanswered::filter(records, since, None);
    // Oldest first, as stored: keep the newest.
    let excess = records.len().saturating_sub(INBOX_RECORDS);
    records.drain(..excess);
    let grouping = tokio::task::spawn_blocking(move || unanswered::group(&records));
    let groups = match tokio::time::timeout(INBOX_TIME, grouping).await {
        Ok(Ok(groups)) => groups,
        Ok(Err(_)) | Err(_) => {
            warn!("/inbox: grouping the unanswered questions failed or took longer than {INBOX_TIME:?}");
            return ui(shared, lang, "apology");
        }
    };
    if groups.is_empty() {
        return ui(shared, lang, "inbox-empty");
    }
    let total: usize = groups.iter().map(|g| g.count).sum();
    let mut text = format!("{}: {total}", ui(shared, lang, "inbox-title"));
    for g in groups.iter().take(INBOX_GROUPS) {
        text.push_str(&format!("\n\n{}× {}\n{}", g.count, g.text, describe_in(shared, lang, g)));
        if !g.nearest.is_empty() {
            // The nearest topics by title in the admin's language (issue 16: ids with raw
            // matcher scores meant nothing to an advisor); `/why` shows the scores.
            let near: Vec<String> = g
                .nearest
                .iter()
                .map(|(entry, _)| shared.brain.title(entry, lang).unwrap_or_else(|| entry.to_string()))
                .collect();
            text.push_str(&format!("\n→ {}", near.join(" · ")));
        }
    }
    if groups.len() > INBOX_GROUPS {
        text.push_str(&format!("\n\n… +{}", groups.len() - INBOX_GROUPS));
    }
    text
}

/// `/check [N]`: the checks of `pendlerbot check` over the served folders,
/// on a blocking thread; nothing is swapped in.
async fn check<B: Brain>(shared: &Shared<B>, lang: Lang, arg: &str) -> String {
    let Some((knowledge, locales)) = shared.brain.folders() else {
        // Only a bot built around a fixed base (tests): no language of its own.
        return "Denne bot kører med en fast vidensbase og kan ikke tjekke mapper. / \
                Dieser Bot läuft mit einer festen Wissensbasis und kann keine Ordner prüfen."
            .into();
    };
    let first = arg.trim().parse::<usize>().map_or(crate::check::CHAT_PROBLEMS, |n| n.clamp(1, CHECK_MAX_PROBLEMS));
    let (k, l) = (knowledge.clone(), locales.clone());
    let run = tokio::task::spawn_blocking(move || crate::check::run(&k, &l, today()));
    match tokio::time::timeout(CHECK_TIME, run).await {
        Ok(Ok(checked)) => {
            info!(errors = checked.errors(), warnings = checked.warnings(), "/check from an admin");
            checked.for_chat(&knowledge, &locales, lang, first)
        }
        Ok(Err(_)) | Err(_) => {
            warn!("/check: the check failed or took longer than {CHECK_TIME:?}");
            ui(shared, lang, "apology")
        }
    }
}

/// Sets each admin's own command menu in `lang`'s language: the commuters'
/// menu plus the admin commands (`admin-<job>` of the locale's
/// `commands.ftl`; `admin_menu` of `languages.toml` for the default), so an
/// advisor finds `/check` (issue 16). A chat's menu replaces the general one
/// in Telegram, hence both.
pub(super) async fn set_admin_menu<B: Brain>(
    shared: &Shared<B>,
    lang: Option<Lang>,
    commuter: &[BotCommand],
    admin: &[BotCommand],
) {
    let mut commands = commuter.to_vec();
    commands.extend_from_slice(admin);
    for admin in &shared.admins {
        let scope = BotCommandScope::Chat { chat_id: Recipient::Id(tg::ChatId::from(admin.private_chat())) };
        let mut request = shared.bot.set_my_commands(commands.clone()).scope(scope);
        if let Some(lang) = lang {
            request = request.language_code(lang.code());
        }
        if let Err(e) = request.await {
            let code = lang.map_or_else(|| "default".to_string(), |l| l.code().to_string());
            warn!("setMyCommands for an admin ({code}) failed: {}", super::describe(&e));
        }
    }
}

fn ui<B: Brain>(shared: &Shared<B>, lang: Lang, id: &str) -> String {
    shared.brain.ui(lang, id).unwrap_or_else(|| id.to_string())
}

/// How a group of unanswered questions ended, in the admin's language:
/// "da, ikke besvaret 3, valgmuligheder 1, 2026-11-20 .. 2026-11-28".
fn describe_in<B: Brain>(shared: &Shared<B>, lang: Lang, g: &unanswered::Group) -> String {
    let langs: Vec<&str> = g.langs.iter().map(|l| l.code()).collect();
    let mut parts = vec![langs.join("+")];
    for (count, id) in [(g.fell_back, "inbox-fell-back"), (g.offered, "inbox-offered"), (g.settled, "inbox-settled")] {
        if count > 0 {
            parts.push(
                shared
                    .brain
                    .ui_with(lang, id, &[("count", count.to_string())])
                    .unwrap_or_else(|| format!("{id} {count}")),
            );
        }
    }
    parts.push(unanswered::days(g));
    parts.join(", ")
}

/// After a handled update: an unanswered question goes to the redacted
/// log, a 👍/👎 is counted, and an admin's question is remembered for `/why`.
pub(super) fn after<B: Brain>(
    shared: &Shared<B>,
    chat: ChatId,
    question: Option<&str>,
    outcome: &Outcome,
    admin: bool,
) {
    if let Event::Feedback { entry, up } = &outcome.event {
        if let Err(e) = shared.store.count_feedback(entry, *up) {
            warn!("cannot count the feedback: {e}");
        }
    }
    let Some(question) = question else { return };
    if outcome.matched.is_none() {
        return;
    }
    if admin {
        let mut last = shared.advisor.last_question.lock().expect("last question lock");
        last.insert(chat, question.to_string());
    }
    if let Some(record) = unanswered::record_of(question, outcome, today(), &shared.brain.currencies()) {
        if let Err(e) = shared.store.record_unanswered(&record, shared.advisor.ttl_days) {
            warn!("cannot record the unanswered question: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admin_commands_are_recognised() {
        // The typed words of the shipped locales' `admin-check`.
        let job = |name: &str| match name {
            "tjek" | "pruefen" | "prüfen" => "check".to_string(),
            other => other.to_string(),
        };
        let t = |s: &str| command(&Input::Text(s.into()), job);
        assert_eq!(t("/inbox"), Some(Command::Inbox(String::new())));
        assert_eq!(t("/inbox@pendler_bot 30d"), Some(Command::Inbox("30d".into())));
        assert_eq!(t("/why hvad er A1?"), Some(Command::Why("hvad er A1?".into())));
        assert_eq!(t("/check"), Some(Command::Check(String::new())));
        assert_eq!(t("/tjek 20"), Some(Command::Check("20".into())));
        assert_eq!(t("/pruefen"), Some(Command::Check(String::new())));
        assert_eq!(t("/prüfen@pendler_bot"), Some(Command::Check(String::new())));
        assert_eq!(t("/help"), None);
        assert_eq!(t("why"), None);
    }
}
