//! The handover to the advice office in Telegram (issue 18): the adapter's
//! glue around the pure [`crate::relay`] logic and the store's cases.
//!
//! With `PENDLERBOT_ADVISOR_CHAT` set, "talk to an advisor" asks for consent,
//! then for the question, and posts a case card to the advisors' group. An
//! advisor's reply to the card (or to a later message of the case) goes to
//! the commuter, marked as from the advice office; the commuter's next
//! messages go to the same case until either side closes it. Everything in
//! the advisors' group that is not a member's reply to a case is ignored,
//! and nothing from the group ever reaches the FAQ logic.
//!
//! Every change is returned as [`CaseOp`]s, which the caller commits in the
//! same transaction as the update's handled mark: a restart or `kill -9`
//! re-handles an update whose mark did not reach the disk, so nothing is
//! lost, and nothing whose mark did is relayed twice. No log line carries
//! message text, names or the card.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use teloxide_core::requests::Requester;
use teloxide_core::types::{
    self as tg, ChatMemberStatus, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update, UpdateKind,
};
use tracing::{debug, info, warn};

use super::send::{self, To};
use super::{describe, render, unix_now, Brain, Part, Shared};
use crate::dialogue::{Event, Input, Outcome, Reply, Session};
use crate::ids::{ChatId, MessageId, UserId};
use crate::knowledge::EntryId;
use crate::metrics::CaseEvent;
use crate::relay::{self, Case, Consent, GroupStep, Said, Stage, Step};
use crate::store::CaseOp;
use crate::text::Lang;

/// How long a membership answer from getChatMember is trusted.
const MEMBER_CACHE: Duration = Duration::from_secs(300);

/// The relay while the bot serves.
pub(super) struct Relay {
    /// The advisors' group.
    pub(super) group: ChatId,
    /// `PENDLERBOT_CASE_TTL_DAYS`, for the consent text.
    ttl_days: u64,
    next_case: AtomicU64,
    /// user id -> (member?, when asked).
    members: Mutex<HashMap<UserId, (bool, Instant)>>,
}

impl Relay {
    pub(super) fn new(group: ChatId, ttl: Duration, last_case: u64) -> Relay {
        Relay {
            group,
            ttl_days: ttl.as_secs() / 86_400,
            next_case: AtomicU64::new(last_case + 1),
            members: Mutex::new(HashMap::new()),
        }
    }
}

/// What the relay made of an update.
pub(super) enum Intercept {
    /// Handled here; nothing for the dialogue.
    Done(Vec<CaseOp>),
    /// The dialogue answers; these changes are committed with it.
    Pass(Vec<CaseOp>),
}

/// What the relay needs to know of the input after the dialogue took it.
pub(super) struct Before {
    kontakt: bool,
}

pub(super) fn before<B: Brain>(shared: &Shared<B>, input: &Input) -> Before {
    let kontakt = match input {
        Input::Text(t) => relay::command_name(t).is_some_and(|c| shared.brain.command_job(&c) == "contact"),
        _ => false,
    };
    Before { kontakt }
}

/// Takes the updates that belong to the relay: everything from the
/// advisors' group, consent buttons, and a commuter's messages while a
/// handover is under way.
pub(super) async fn intercept<B: Brain>(
    shared: &Shared<B>,
    relay: &Relay,
    update: u32,
    parsed: Option<&Update>,
) -> Intercept {
    let Some(u) = parsed else { return Intercept::Pass(vec![]) };
    match &u.kind {
        UpdateKind::Message(m) if ChatId::from(m.chat.id) == relay.group => {
            Intercept::Done(group(shared, relay, update, m).await)
        }
        // Edits, buttons and anything else in the group: ignored.
        _ if super::input::chat_of(u) == Some(relay.group) => {
            debug!(update, "advisors' group: nothing for the relay");
            Intercept::Done(vec![])
        }
        UpdateKind::CallbackQuery(q) => match q.data.as_deref().and_then(Consent::decode) {
            Some(c) => {
                let chat =
                    q.message.as_ref().map_or_else(|| UserId::from(q.from.id).private_chat(), |m| m.chat().id.into());
                let name = display_name(&q.from);
                let hint = super::lang_hint(q.from.language_code.as_deref());
                commuter(shared, relay, update, chat, Said::Consent(c), hint, name, None).await
            }
            None => Intercept::Pass(vec![]),
        },
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) if m.chat.is_private() => {
            let Some(from) = &m.from else { return Intercept::Pass(vec![]) };
            let hint = super::lang_hint(from.language_code.as_deref());
            let name = display_name(from);
            let chat = m.chat.id.into();
            match m.text() {
                Some(t) => match relay::command_name(t).map(|c| shared.brain.command_job(&c)) {
                    Some(job) => commuter(shared, relay, update, chat, Said::Command(&job), hint, name, None).await,
                    None => commuter(shared, relay, update, chat, Said::Text(t), hint, name, Some(t)).await,
                },
                None => commuter(shared, relay, update, chat, Said::Other, hint, name, None).await,
            }
        }
        _ => Intercept::Pass(vec![]),
    }
}

fn display_name(u: &teloxide_core::types::User) -> String {
    let mut name = u.first_name.clone();
    if let Some(last) = &u.last_name {
        name.push(' ');
        name.push_str(last);
    }
    if let Some(user) = &u.username {
        name.push_str(&format!(" (@{user})"));
    }
    name
}

fn lang_of<B: Brain>(shared: &Shared<B>, session: &Session, hint: Option<Lang>) -> Lang {
    session
        .lang
        .or(session.last_lang)
        .or(super::spoken(shared.brain.as_ref(), hint))
        .unwrap_or_else(|| office_lang(shared))
}

/// The advisors' language: cards and notes in the group are written in the
/// base's first language.
fn office_lang<B: Brain>(shared: &Shared<B>) -> Lang {
    super::first_lang(shared.brain.as_ref())
}

fn ui<B: Brain>(shared: &Shared<B>, lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    shared.brain.ui_with(lang, id, args).unwrap_or_else(|| id.to_string())
}

#[allow(clippy::too_many_arguments)]
async fn commuter<B: Brain>(
    shared: &Shared<B>,
    relay: &Relay,
    update: u32,
    chat: ChatId,
    said: Said<'_>,
    hint: Option<Lang>,
    name: String,
    text: Option<&str>,
) -> Intercept {
    let state = match shared.store.relay_chat(chat) {
        Ok(s) => s,
        Err(e) => {
            warn!(update, "cannot read the relay state: {e}");
            return Intercept::Pass(vec![]);
        }
    };
    let step = relay::step(state.stage, said);
    if step == Step::Pass {
        return Intercept::Pass(vec![]);
    }
    let session = shared.store.session(chat).unwrap_or_default();
    let lang = lang_of(shared, &session, hint);
    let tell = |id: &str, args: &[(&str, String)]| text_reply(shared, lang, id, args);
    match step {
        Step::Pass => Intercept::Pass(vec![]),
        Step::Ignore => Intercept::Done(vec![]),
        Step::DropThenPass => {
            info!(update, "relay: a message instead of consent; back to normal");
            Intercept::Pass(vec![CaseOp::Stage { chat, stage: None }])
        }
        Step::Decline => {
            info!(update, "relay: consent refused or handover cancelled; nothing sent");
            send_reply(shared, chat, &tell("relay-declined", &[])).await;
            Intercept::Done(vec![CaseOp::Stage { chat, stage: None }])
        }
        Step::Accept { named } => {
            info!(update, named, "relay: consent given; asking for the question");
            send_reply(shared, chat, &tell("relay-ask-question", &[])).await;
            Intercept::Done(vec![CaseOp::Stage { chat, stage: Some(Stage::Question { named }) }])
        }
        Step::Open { named } => {
            let name = named.then_some(name);
            open_case(shared, relay, update, chat, lang, &session, &state.topics, name, text).await
        }
        Step::Follow { case } => follow(shared, relay, update, chat, lang, case, text).await,
        Step::Close { case } => {
            let card = shared.store.case(case).ok().flatten().and_then(|c| c.card);
            send_reply(shared, chat, &tell("relay-closed", &[("case", case.to_string())])).await;
            let note = ui(shared, office_lang(shared), "relay-closed-by-commuter", &[("case", case.to_string())]);
            post(shared, relay.group, &Reply { title: None, text: note, buttons: vec![] }, card).await;
            info!(update, case, "relay: case closed by the commuter");
            shared.stats.metrics.case(CaseEvent::Closed);
            Intercept::Done(vec![CaseOp::Close { case, at: unix_now() }])
        }
    }
}

/// The commuter's question: a case numbered, its card posted to the
/// advisors' group, the commuter told (and when the office opens, if it is
/// closed now).
#[allow(clippy::too_many_arguments)]
async fn open_case<B: Brain>(
    shared: &Shared<B>,
    relay: &Relay,
    update: u32,
    chat: ChatId,
    lang: Lang,
    session: &Session,
    topics: &[EntryId],
    name: Option<String>,
    text: Option<&str>,
) -> Intercept {
    let id = relay.next_case.fetch_add(1, Ordering::SeqCst);
    if let Err(e) = shared.store.note_case_number(id) {
        warn!(update, "cannot keep the case number: {e}");
    }
    let card = card(shared, id, lang, session, topics, name, text.unwrap_or_default());
    let ids = post(shared, relay.group, &Reply { title: None, text: card, buttons: vec![] }, None).await;
    let Some(&card_id) = ids.first() else {
        warn!(update, "relay: the case card could not be posted; the commuter is told");
        send_reply(shared, chat, &text_reply(shared, lang, "relay-failed", &[])).await;
        return Intercept::Done(vec![CaseOp::Stage { chat, stage: None }]);
    };
    let now = unix_now();
    let mut case = Case::new(id, chat, lang, now);
    case.card = Some(card_id);
    case.msgs = ids;
    info!(update, case = id, "relay: case opened, card posted");
    shared.stats.metrics.case(CaseEvent::Opened);
    let text = sent(shared, lang, id, now);
    send_reply(shared, chat, &Reply { title: None, text, buttons: vec![] }).await;
    Intercept::Done(vec![CaseOp::Open(case)])
}

/// The case card, in the office's language: number, the commuter's
/// language, situation, topics answered, name (or anonymous) and the
/// question redacted.
fn card<B: Brain>(
    shared: &Shared<B>,
    id: u64,
    lang: Lang,
    session: &Session,
    topics: &[EntryId],
    name: Option<String>,
    question: &str,
) -> String {
    let office = office_lang(shared);
    let situation = match session.profile {
        Some(p) => {
            let code = match p {
                crate::dialogue::Profile::DeDk => "de-dk",
                crate::dialogue::Profile::DkDe => "dk-de",
                crate::dialogue::Profile::Other => "other",
            };
            ui(shared, office, &format!("profile-{code}"), &[])
        }
        None => ui(shared, office, "relay-unknown", &[]),
    };
    let topics: Vec<String> =
        topics.iter().map(|t| shared.brain.title(t, office).unwrap_or_else(|| t.to_string())).collect();
    let topics = if topics.is_empty() { "–".to_string() } else { topics.join(", ") };
    let name = name.unwrap_or_else(|| ui(shared, office, "relay-anonymous", &[]));
    ui(
        shared,
        office,
        "relay-card",
        &[
            ("case", id.to_string()),
            ("lang", lang.code().to_uppercase()),
            ("situation", situation),
            ("topics", topics),
            ("name", name),
            ("question", crate::redact::redact(question, &shared.brain.currencies())),
        ],
    )
}

/// "Your question is case N", and when the office opens if it is closed.
fn sent<B: Brain>(shared: &Shared<B>, lang: Lang, id: u64, now: u64) -> String {
    let mut text = ui(shared, lang, "relay-sent", &[("case", id.to_string())]);
    if let Some(office) = shared.brain.office().filter(|o| !o.is_open(now)) {
        if let Some(next) = office.next_open(now) {
            let args = [
                ("weekday", ui(shared, lang, "relay-weekday", &[("day", next.weekday.to_string())])),
                ("date", format!("{}.{}.", next.date.day, next.date.month)),
                ("time", format!("{:02}:{:02}", next.minute / 60, next.minute % 60)),
            ];
            text.push_str("\n\n");
            text.push_str(&ui(shared, lang, "relay-office-closed", &args));
        }
    }
    text
}

/// A commuter's message in an open case, posted (redacted) as a reply to
/// the case's card.
async fn follow<B: Brain>(
    shared: &Shared<B>,
    relay: &Relay,
    update: u32,
    chat: ChatId,
    lang: Lang,
    case: u64,
    text: Option<&str>,
) -> Intercept {
    let Some(c) = shared.store.case(case).ok().flatten().filter(|c| c.open) else {
        // Deleted by the sweep meanwhile: back to normal.
        return Intercept::Pass(vec![CaseOp::Stage { chat, stage: None }]);
    };
    let reply = Reply {
        title: Some(ui(shared, office_lang(shared), "relay-follow", &[("case", case.to_string())])),
        text: crate::redact::redact(text.unwrap_or_default(), &shared.brain.currencies()),
        buttons: vec![],
    };
    let ids = post(shared, relay.group, &reply, c.card).await;
    if ids.is_empty() {
        warn!(update, case, "relay: the commuter's message could not be posted; the commuter is told");
        send_reply(shared, chat, &text_reply(shared, lang, "relay-failed", &[])).await;
        return Intercept::Done(vec![]);
    }
    info!(update, case, "relay: commuter's message posted to the case");
    Intercept::Done(ids.into_iter().map(|msg| CaseOp::Message { case, msg }).collect())
}

/// A UI text as a reply of its own.
fn text_reply<B: Brain>(shared: &Shared<B>, lang: Lang, id: &str, args: &[(&str, String)]) -> Reply {
    Reply { title: None, text: ui(shared, lang, id, args), buttons: vec![] }
}

/// A message in the advisors' group: only a member's text reply to a
/// message of a case counts.
async fn group<B: Brain>(shared: &Shared<B>, relay: &Relay, update: u32, m: &Message) -> Vec<CaseOp> {
    let Some(from) = &m.from else { return vec![] };
    let (Some(replied), Some(text)) = (m.reply_to_message(), m.text()) else {
        debug!(update, "advisors' group: not a text reply; ignored");
        return vec![];
    };
    if from.is_bot {
        return vec![];
    }
    let Some(case_id) = shared.store.case_of_message(replied.id.into()).ok().flatten() else {
        debug!(update, "advisors' group: a reply to no case; ignored");
        return vec![];
    };
    let Some(case) = shared.store.case(case_id).ok().flatten() else { return vec![] };
    if !is_member(shared, relay, from.id.into()).await {
        info!(update, "advisors' group: a reply from someone who is not a member; ignored");
        return vec![];
    }
    let session = shared.store.session(case.chat).unwrap_or_default();
    let lang = session.lang.or(session.last_lang).unwrap_or(case.lang);
    let n = [("case", case.id.to_string())];
    match relay::group_step(relay::command_name(text).map(|c| shared.brain.command_job(&c)).as_deref()) {
        GroupStep::Ignore => vec![],
        GroupStep::Close if !case.open => vec![],
        GroupStep::Close => {
            let tell = Reply { title: None, text: ui(shared, lang, "relay-closed-by-office", &n), buttons: vec![] };
            send_reply(shared, case.chat, &tell).await;
            let ack =
                Reply { title: None, text: ui(shared, office_lang(shared), "relay-closed-ack", &n), buttons: vec![] };
            post(shared, relay.group, &ack, Some(m.id.into())).await;
            info!(update, case = case.id, "relay: case closed by an advisor");
            shared.stats.metrics.case(CaseEvent::Closed);
            vec![CaseOp::Close { case: case.id, at: unix_now() }]
        }
        GroupStep::Relay if !case.open => {
            let note =
                Reply { title: None, text: ui(shared, office_lang(shared), "relay-case-closed", &n), buttons: vec![] };
            post(shared, relay.group, &note, Some(m.id.into())).await;
            vec![]
        }
        GroupStep::Relay => {
            let reply = Reply {
                title: Some(ui(shared, lang, "relay-from-office", &n)),
                text: text.to_string(),
                buttons: vec![],
            };
            send_reply(shared, case.chat, &reply).await;
            info!(update, case = case.id, "relay: an advisor's answer relayed");
            let first =
                case.first_answer.is_none().then(|| Duration::from_secs(unix_now().saturating_sub(case.created)));
            shared.stats.metrics.case(CaseEvent::Relayed { first });
            vec![CaseOp::Relayed { case: case.id, at: unix_now() }, CaseOp::Message { case: case.id, msg: m.id.into() }]
        }
    }
}

/// Whether a user may answer cases: a creator, administrator or member of
/// the advisors' group, as getChatMember says (cached a few minutes).
async fn is_member<B: Brain>(shared: &Shared<B>, relay: &Relay, user: UserId) -> bool {
    if let Some((member, at)) = relay.members.lock().expect("member cache").get(&user).copied() {
        if at.elapsed() < MEMBER_CACHE {
            return member;
        }
    }
    match shared.bot.get_chat_member(tg::ChatId::from(relay.group), tg::UserId::from(user)).await {
        Ok(m) => {
            let member = matches!(
                m.kind.status(),
                ChatMemberStatus::Owner | ChatMemberStatus::Administrator | ChatMemberStatus::Member
            );
            relay.members.lock().expect("member cache").insert(user, (member, Instant::now()));
            member
        }
        Err(e) => {
            warn!("getChatMember failed: {}", describe(&e));
            false
        }
    }
}

/// After the dialogue answered: notes the entry for a later card, turns
/// "talk to an advisor" into the consent request, and closes and erases
/// the chat's cases on `/forget`. Returns the changes and the messages to
/// send after the dialogue's replies.
pub(super) async fn after<B: Brain>(
    shared: &Shared<B>,
    relay: &Relay,
    chat: ChatId,
    before: &Before,
    outcome: &mut Outcome,
    group: bool,
) -> (Vec<CaseOp>, Vec<Part>) {
    if group {
        return (vec![], vec![]);
    }
    if outcome.forget {
        let state = shared.store.relay_chat(chat).unwrap_or_default();
        for id in &state.cases {
            if let Some(case) = shared.store.case(*id).ok().flatten().filter(|c| c.open) {
                shared.stats.metrics.case(CaseEvent::Closed);
                let note = ui(shared, office_lang(shared), "relay-forgotten", &[("case", id.to_string())]);
                post(shared, relay.group, &Reply { title: None, text: note, buttons: vec![] }, case.card).await;
            }
        }
        return (vec![CaseOp::ForgetChat { chat }], vec![]);
    }
    let mut ops = Vec::new();
    let advisor = match &outcome.event {
        Event::Answered { entry, .. } if entry == "service.human-advisor" => true,
        Event::Answered { entry, .. } => {
            if !entry.starts_with("service.") && !entry.starts_with("smalltalk.") {
                ops.push(CaseOp::Topic { chat, entry: entry.clone() });
            }
            false
        }
        _ => false,
    };
    if !advisor && !before.kontakt {
        return (ops, vec![]);
    }
    if advisor {
        // The consent request replaces the phone number and e-mail answer.
        outcome.replies.clear();
    }
    let lang = outcome.lang;
    let text = ui(shared, lang, "relay-consent", &[("days", relay.ttl_days.to_string())]);
    let button = |c: Consent, id: &str| InlineKeyboardButton::callback(ui(shared, lang, id, &[]), c.encode());
    let keyboard = InlineKeyboardMarkup::new(vec![
        vec![button(Consent::Named, "relay-consent-name"), button(Consent::Anonymous, "relay-consent-anon")],
        vec![button(Consent::No, "relay-consent-no")],
    ]);
    let mut parts = render(&Reply { title: None, text, buttons: vec![] });
    if let Some(last) = parts.last_mut() {
        last.keyboard = Some(keyboard);
    }
    ops.push(CaseOp::Stage { chat, stage: Some(Stage::Consent) });
    (ops, parts)
}

async fn send_reply<B: Brain>(shared: &Shared<B>, chat: ChatId, reply: &Reply) {
    send::send_reply(shared, To::chat(chat, false), reply).await;
}

/// Posts a reply to the advisors' group, as a reply to `to` if given;
/// returns the message ids Telegram gave the parts.
async fn post<B: Brain>(shared: &Shared<B>, group: ChatId, reply: &Reply, to: Option<MessageId>) -> Vec<MessageId> {
    send::send_reply(shared, To::chat(group, true).replying(to), reply).await
}
