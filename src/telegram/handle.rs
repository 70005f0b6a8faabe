//! Handling one update: the relay's turn, admin commands, the flood
//! verdict, then the conversation core; the replies sent, the event counted
//! (through [`super::Host`]), and the outcome committed with the update's
//! handled mark.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use teloxide_core::requests::Requester;
use teloxide_core::types::{Update, UpdateKind};
use tracing::{debug, error, info, warn};

use super::input::{incoming, is_reload, migration_of, sender_of, thread_of, Incoming};
use super::queue::Job;
use super::send::{describe, send_part, send_reply, send_text, To};
use super::throttle::Flood;
use super::{advisor, first_lang, relay, spoken, unix_now, Brain, Shared};
use crate::dialogue::{Event, Input, Session};
use crate::ids::ChatId;
use crate::store::{CaseOp, SessionChange};

/// Handles one update and records it as handled, in named steps: the
/// button's spinner, a group's migration, the relay's turn, then what the
/// update is (too fast, an admin's command, a message for the dialogue).
pub(super) async fn handle_job<B: Brain>(shared: Arc<Shared<B>>, job: Job) {
    let Job { update, chat, parsed, flood } = job;
    let parsed = parsed.as_ref();
    stop_spinner(&shared, update, parsed).await;
    follow_migration(&shared, update, parsed);
    let mut relay_ops = Vec::new();
    if let (Some(r), Flood::Allow) = (&shared.relay, flood) {
        match relay::intercept(&shared, r, update, parsed).await {
            relay::Intercept::Done(ops) => {
                finish(&shared, update, chat, &SessionChange::Keep, &ops).await;
                return;
            }
            relay::Intercept::Pass(ops) => relay_ops = ops,
        }
    }
    let Some(inc) = parsed.and_then(|u| incoming(u, &shared.username)) else {
        debug!(update, "nothing to answer");
        finish(&shared, update, chat, &SessionChange::Keep, &relay_ops).await;
        return;
    };
    let admin = sender_of(parsed).is_some_and(|u| shared.admins.contains(&u));
    let to = To::chat(inc.chat, inc.group);
    let topic = to.in_thread(parsed.and_then(thread_of));
    let change = if flood == Flood::Warn {
        too_fast(&shared, update, &inc, topic).await;
        SessionChange::Keep
    } else if admin && is_reload(&inc.input) {
        reload(&shared, update, to).await;
        SessionChange::Keep
    } else if let Some(cmd) = admin.then(|| advisor::command(&inc.input, |n| shared.brain.command_job(n))).flatten() {
        info!(update, "advisor command from an admin");
        advisor::run(&shared, inc.chat, inc.group, inc.hint, cmd).await;
        SessionChange::Keep
    } else {
        converse(&shared, update, inc, topic, admin, &mut relay_ops).await
    };
    finish(&shared, update, chat, &change, &relay_ops).await;
}

/// Always answers a button press, so the commuter's spinner stops.
async fn stop_spinner<B: Brain>(shared: &Shared<B>, update: u32, parsed: Option<&Update>) {
    if let Some(Update { kind: UpdateKind::CallbackQuery(q), .. }) = parsed {
        if let Err(e) = shared.bot.answer_callback_query(q.id.clone()).await {
            warn!(update, "answerCallbackQuery failed: {}", describe(&e));
        }
    }
}

/// A group that became a supergroup takes its session along.
fn follow_migration<B: Brain>(shared: &Shared<B>, update: u32, parsed: Option<&Update>) {
    if let Some((from, to)) = parsed.and_then(migration_of) {
        match shared.store.move_session(from, to) {
            Ok(true) => info!(update, "group migrated to a supergroup; its session moved along"),
            Ok(false) => {}
            Err(e) => warn!(update, "cannot move the session of a migrated group: {e}"),
        }
    }
}

/// Commits the update's outcome with its handled mark, and counts it.
async fn finish<B: Brain>(
    shared: &Shared<B>,
    update: u32,
    chat: Option<ChatId>,
    change: &SessionChange,
    ops: &[CaseOp],
) {
    if let Err(e) = shared.store.finish_async_with(update, chat, change, ops, unix_now()).await {
        error!(update, "cannot record the update as handled: {e}");
    }
    shared.stats.handled.fetch_add(1, Ordering::Relaxed);
}

/// A chat over its message limit is told once, then ignored for the minute.
async fn too_fast<B: Brain>(shared: &Shared<B>, update: u32, inc: &Incoming, to: To) {
    warn!(update, "a chat is over its message limit; it is told once, then ignored for the minute");
    shared.stats.flood_dropped.fetch_add(1, Ordering::Relaxed);
    shared.stats.metrics.flood_dropped();
    let session = shared.store.session(inc.chat).unwrap_or_default();
    let lang = session
        .lang
        .or(spoken(shared.brain.as_ref(), inc.hint))
        .or(session.last_lang)
        .unwrap_or_else(|| first_lang(shared.brain.as_ref()));
    if let Some(text) = shared.brain.ui(lang, "too-fast") {
        send_text(shared, to, text).await;
    }
}

/// `/reload` from an admin: the base reloaded off the runtime, the result told.
async fn reload<B: Brain>(shared: &Shared<B>, update: u32, to: To) {
    info!(update, "/reload from an admin");
    let brain = shared.brain.clone();
    let text = tokio::task::spawn_blocking(move || brain.reload())
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| "This bot cannot reload its knowledge base.".into());
    send_text(shared, to, text).await;
}

/// A message for the conversation core: its answer sent (in the topic it was
/// asked in), the advisors' loop and the relay told, the event counted; the
/// session change to commit.
async fn converse<B: Brain>(
    shared: &Shared<B>,
    update: u32,
    inc: Incoming,
    topic: To,
    admin: bool,
    relay_ops: &mut Vec<CaseOp>,
) -> SessionChange {
    let started = std::time::Instant::now();
    let session = match shared.store.session(inc.chat) {
        Ok(s) => s,
        Err(e) => {
            error!(update, "cannot read the session: {e}");
            Session::default()
        }
    };
    let question = match &inc.input {
        Input::Text(t) => Some(t.clone()),
        _ => None,
    };
    let before = relay::before(shared, &inc.input);
    let mut outcome = shared.brain.handle(&session, inc.input, inc.hint);
    log_event(update, &outcome.event);
    advisor::after(shared, inc.chat, question.as_deref(), &outcome, admin);
    let mut extra = Vec::new();
    if let Some(r) = &shared.relay {
        let (ops, parts) = relay::after(shared, r, inc.chat, &before, &mut outcome, inc.group).await;
        relay_ops.extend(ops);
        extra = parts;
    }
    for reply in &outcome.replies {
        send_reply(shared, topic, reply).await;
    }
    for part in extra {
        send_part(shared, To::chat(inc.chat, inc.group), part).await;
    }
    shared.host.handled(&shared.store, &outcome.event, started.elapsed());
    if outcome.forget {
        info!(update, "chat asked to be forgotten; erasing its data");
        SessionChange::Forget
    } else if outcome.session != session {
        SessionChange::Save(outcome.session)
    } else {
        SessionChange::Keep
    }
}

fn log_event(update: u32, event: &Event) {
    match event {
        Event::Answered { entry, lang, settled } => info!(update, %lang, entry = entry.as_str(), settled, "answered"),
        Event::Offered { options, lang } => info!(update, %lang, options = options.len(), "offered choices"),
        Event::FellBack { lang } => info!(update, %lang, "fell back to the advice office"),
        Event::Feedback { entry, up } => info!(update, entry = entry.as_str(), up, "feedback"),
        Event::Command => info!(update, "command"),
        Event::NonText => info!(update, "not text"),
    }
}

pub(super) async fn apologise<B: Brain>(shared: &Shared<B>, chat: ChatId) {
    let session = shared.store.session(chat).unwrap_or_default();
    let lang = session.lang.or(session.last_lang).unwrap_or_else(|| first_lang(shared.brain.as_ref()));
    // `check` refuses a locale without `apology`; this is for a brain without texts.
    let text = shared.brain.ui(lang, "apology").unwrap_or_else(|| "Beklager / Entschuldigung / Sorry".into());
    send_text(shared, To::chat(chat, false), text).await;
}
