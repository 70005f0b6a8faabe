//! The one way a message leaves the bot: rendered parts, throttled, retried
//! after 429s and brief failures, followed to a migrated supergroup. Every
//! send (answers, notices, the apology, the relay's posts to the advisors'
//! group) goes through [`send_part`]; failures are logged and counted,
//! never raised: the update is handled either way.

use std::sync::atomic::Ordering;
use std::time::Duration;

use teloxide_core::payloads::setters::*;
use teloxide_core::requests::Requester;
use teloxide_core::types::{self as tg, LinkPreviewOptions, ParseMode, ReplyParameters, ThreadId};
use teloxide_core::{ApiError, Bot, RequestError};
use tracing::{info, warn};

use super::{render, Brain, Part, Shared};
use crate::dialogue::Reply;
use crate::ids::{ChatId, MessageId};

/// Transient failures of one send retried before it is given up (about
/// 30 s of waiting in all).
const MAX_TRANSIENT_FAILURES: u32 = 7;

/// Where a message goes: a chat (a group is throttled slower), in a forum
/// topic, as a reply to one of its messages.
#[derive(Clone, Copy, Debug)]
pub(super) struct To {
    pub chat: ChatId,
    pub group: bool,
    pub thread: Option<ThreadId>,
    pub reply_to: Option<MessageId>,
}

impl To {
    pub(super) fn chat(chat: ChatId, group: bool) -> To {
        To { chat, group, thread: None, reply_to: None }
    }

    /// Into the forum topic the question was asked in, if any.
    pub(super) fn in_thread(self, thread: Option<ThreadId>) -> To {
        To { thread, ..self }
    }

    /// As a reply to message `to`, if given (sent anyway if it is gone).
    pub(super) fn replying(self, to: Option<MessageId>) -> To {
        To { reply_to: to, ..self }
    }
}

/// Renders `reply` and sends its parts; the ids of the messages sent.
pub(super) async fn send_reply<B: Brain>(shared: &Shared<B>, to: To, reply: &Reply) -> Vec<MessageId> {
    let mut ids = Vec::new();
    for part in render(reply) {
        ids.extend(send_part(shared, to, part).await);
    }
    ids
}

/// A plain text (no title, no buttons), as [`send_reply`].
pub(super) async fn send_text<B: Brain>(shared: &Shared<B>, to: To, text: String) {
    send_reply(shared, to, &Reply { title: None, text, buttons: vec![] }).await;
}

/// Sends one message, throttled, retried after 429s and brief network
/// failures; the message id, or `None` when it could not be sent.
pub(super) async fn send_part<B: Brain>(shared: &Shared<B>, to: To, part: Part) -> Option<MessageId> {
    let mut chat = to.chat;
    let mut transient_failures = 0;
    // Re-sent once already after a failure that may have been delivered.
    let mut resent_unknown = false;
    for _ in 0..(MAX_TRANSIENT_FAILURES + 4) {
        shared.throttle.wait(chat, to.group).await;
        let request = message(&shared.bot, chat, to, &part);
        match request.await {
            Ok(m) => {
                shared.stats.replies.fetch_add(1, Ordering::Relaxed);
                return Some(m.id.into());
            }
            Err(RequestError::RetryAfter(s)) => {
                // That chat's limit (the throttle waits it out); only 429s
                // for several chats at once pause every send.
                shared.stats.metrics.telegram_retry();
                if shared.throttle.pause_chat(chat, s.duration()) {
                    warn!("sendMessage: too many requests for several chats; every send waits {} s", s.seconds());
                } else {
                    warn!("sendMessage: too many requests for one chat; it waits {} s", s.seconds());
                }
            }
            Err(RequestError::MigrateToChatId(to)) => {
                info!("group migrated to a supergroup; sending there, its session moves along");
                if let Err(e) = shared.store.move_session(chat, to.into()) {
                    warn!("cannot move the session of a migrated group: {e}");
                }
                chat = to.into();
            }
            Err(e) if failure(&e) == Some(Failure::Unknown) && resent_unknown => {
                // Twice a request that may have arrived: a third copy is not risked.
                count_error(shared);
                warn!("sendMessage: outcome unknown again ({}); not sent a third time", describe(&e));
                return None;
            }
            Err(e) if failure(&e).is_some() && transient_failures < MAX_TRANSIENT_FAILURES => {
                // Telegram (or the network to it) failed for a moment: a 5xx,
                // a garbled or cut-off response, a timeout. Try again, waiting
                // longer each time; after an outcome that may have been a
                // delivery (issue 15.4), only once.
                if failure(&e) == Some(Failure::Unknown) {
                    resent_unknown = true;
                }
                transient_failures += 1;
                shared.stats.metrics.telegram_retry();
                warn!("sendMessage failed, retrying: {}", describe(&e));
                tokio::time::sleep(Duration::from_millis((250u64 << transient_failures).min(8_000))).await;
            }
            Err(e) => {
                count_error(shared);
                match &e {
                    RequestError::Api(ApiError::BotBlocked | ApiError::ChatNotFound | ApiError::UserDeactivated) => {
                        info!("chat cannot be reached: {}", describe(&e))
                    }
                    _ => warn!("sendMessage failed: {}", describe(&e)),
                }
                return None;
            }
        }
    }
    count_error(shared);
    warn!("sendMessage: giving up after repeated failures");
    None
}

/// The sendMessage request for `part` to `chat` (the thread and the message
/// replied to of `to`): HTML, no link previews.
fn message(bot: &Bot, chat: ChatId, to: To, part: &Part) -> <Bot as Requester>::SendMessage {
    let mut request = bot
        .send_message(tg::ChatId::from(chat), part.html.clone())
        .parse_mode(ParseMode::Html)
        .link_preview_options(LinkPreviewOptions {
            is_disabled: true,
            url: None,
            prefer_small_media: false,
            prefer_large_media: false,
            show_above_text: false,
        });
    if let Some(k) = &part.keyboard {
        request = request.reply_markup(k.clone());
    }
    if let Some(t) = to.thread {
        request = request.message_thread_id(t);
    }
    if let Some(id) = to.reply_to {
        let mut reply = ReplyParameters::new(id.into());
        reply.allow_sending_without_reply = Some(true);
        request = request.reply_parameters(reply);
    }
    request
}

/// A message given up on: counted for `stats` and `/metrics`.
fn count_error<B: Brain>(shared: &Shared<B>) {
    shared.stats.send_errors.fetch_add(1, Ordering::Relaxed);
    shared.stats.metrics.telegram_error();
}

/// How a send failed, for trying again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Failure {
    /// Not delivered: no connection was made, or Telegram answered with a
    /// server error.
    NotSent,
    /// Maybe delivered: the request went out and no readable answer came
    /// (a timeout, a dropped connection, a garbled response).
    Unknown,
}

/// Errors worth trying again: the network, a response that is not the JSON
/// Telegram sends, or a server error (Telegram answers 5xx as an API error
/// whose description teloxide does not know).
fn failure(e: &RequestError) -> Option<Failure> {
    match e {
        RequestError::Network(n) if n.is_connect() => Some(Failure::NotSent),
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => Some(Failure::Unknown),
        RequestError::Api(ApiError::Unknown(description)) => {
            let d = description.to_ascii_lowercase();
            ["internal server error", "bad gateway", "service unavailable", "gateway timeout", "server error"]
                .iter()
                .any(|s| d.contains(s))
                .then_some(Failure::NotSent)
        }
        _ => None,
    }
}

/// A request error as it may be logged: no token (teloxide strips it from
/// URLs) and no raw response body (it can hold message text).
pub fn describe(e: &RequestError) -> String {
    match e {
        RequestError::Api(api) => format!("Telegram said: {api}"),
        RequestError::MigrateToChatId(_) => "group migrated to a supergroup".into(),
        RequestError::RetryAfter(s) => format!("too many requests, retry after {} s", s.seconds()),
        RequestError::Network(n) => format!("network error: {n}"),
        RequestError::InvalidJson { source, .. } => format!("unreadable response: {source}"),
        RequestError::Io(io) => format!("I/O error: {io}"),
    }
}
