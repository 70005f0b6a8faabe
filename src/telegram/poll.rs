//! Fetching updates: getMe and polling mode at start, then the long-polling
//! loop. A batch is admitted per chat (the flood limit), written to the
//! store's inbox and flushed before the next getUpdates confirms it, then
//! queued ([`super::queue`]).

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use teloxide_core::requests::Requester;
use teloxide_core::types::Update;
use teloxide_core::{ApiError, Bot, RequestError};
use tokio::sync::watch;
use tracing::{debug, warn};

use super::input::{incoming, sender_of};
use super::queue::dispatch;
use super::send::describe;
use super::throttle::Flood;
use super::{unix_now, updates, Brain, Config, ServeError, Shared};
use crate::ids::ChatId;
use crate::store::StoreError;

/// 409 Conflicts in a row from getUpdates (with growing waits, about 3.5 s)
/// after which the bot stops: another instance polls the token.
const MAX_CONFLICTS: u32 = 4;

/// Stop fetching while this many updates wait in the inbox.
const INBOX_HIGH_WATER: usize = 1000;

/// Runs `fut` unless the stop comes first.
pub(super) async fn until_stopped<T>(stop: &mut watch::Receiver<bool>, fut: impl Future<Output = T>) -> Option<T> {
    if *stop.borrow() {
        return None;
    }
    tokio::select! {
        v = fut => Some(v),
        _ = stop.wait_for(|s| *s) => None,
    }
}

/// getMe (retried until Telegram answers), and polling mode: a webhook set
/// on the bot would make getUpdates fail.
pub(super) async fn startup(
    bot: &Bot,
    token_origin: &str,
    metrics: &crate::metrics::Metrics,
) -> Result<String, ServeError> {
    let mut backoff = Backoff::new();
    let username = loop {
        match bot.get_me().await {
            Ok(me) => break me.username.clone().unwrap_or_default(),
            Err(RequestError::Api(ApiError::InvalidToken)) => {
                return Err(ServeError::Unauthorized(token_origin.to_string()))
            }
            Err(e) => {
                metrics.telegram_error();
                warn!("getMe failed, retrying: {}", describe(&e));
                backoff.wait().await;
            }
        }
    };
    match bot.get_webhook_info().await {
        Ok(info) if info.url.is_some() => {
            warn!("a webhook is set on this bot; deleting it to poll for updates");
            if let Err(e) = bot.delete_webhook().await {
                warn!("deleteWebhook failed: {}", describe(&e));
            }
        }
        Ok(_) => {}
        Err(e) => warn!("getWebhookInfo failed: {}", describe(&e)),
    }
    Ok(username)
}

/// The long-polling loop. Returns the next offset when stopped.
pub(super) async fn poll<B: Brain>(
    shared: &Arc<Shared<B>>,
    config: &Config,
    stop: &mut watch::Receiver<bool>,
) -> Result<Option<i64>, ServeError> {
    // Never below the handled mark: what lies below was answered (issue 15.2).
    let mut offset: Option<i64> = shared.store.poll_floor(unix_now());
    let mut backoff = Backoff::new();
    let mut conflicts = 0;
    loop {
        if *stop.borrow() {
            return Ok(offset);
        }
        if inbox_full(shared) {
            // Wait for the workers to make room (or a second), unless stopped.
            let progressed = shared.progressed.notified();
            if until_stopped(stop, tokio::time::timeout(Duration::from_secs(1), progressed)).await.is_none() {
                return Ok(offset);
            }
            continue;
        }
        let request = updates::fetch(&shared.bot, offset, config.poll_timeout_secs);
        let Some(result) = until_stopped(stop, request).await else {
            return Ok(offset);
        };
        let updates = match result {
            Ok(updates) => {
                backoff.reset();
                conflicts = 0;
                shared.stats.metrics.polled(std::time::Instant::now());
                updates
            }
            Err(RequestError::RetryAfter(s)) => {
                shared.stats.metrics.telegram_retry();
                warn!("getUpdates: too many requests, every call waits {} s", s.seconds());
                shared.throttle.pause(s.duration());
                until_stopped(stop, tokio::time::sleep(s.duration())).await;
                continue;
            }
            Err(RequestError::Api(ApiError::InvalidToken)) => {
                return Err(ServeError::Unauthorized(config.token_origin.clone()))
            }
            // Another process polls this token. Once can be an old instance's
            // last long poll during a restart; again and again, the two would
            // take each other's updates for ever.
            Err(RequestError::Api(ApiError::TerminatedByOtherGetUpdates)) if conflicts + 1 >= MAX_CONFLICTS => {
                shared.stats.metrics.telegram_error();
                return Err(ServeError::Conflict(conflicts + 1));
            }
            Err(e) => {
                shared.stats.metrics.telegram_error();
                if matches!(e, RequestError::Api(ApiError::TerminatedByOtherGetUpdates)) {
                    conflicts += 1;
                    warn!("getUpdates: 409 Conflict, another instance polls this token; retrying");
                } else {
                    conflicts = 0;
                    warn!("getUpdates failed: {}", describe(&e));
                }
                until_stopped(stop, backoff.wait()).await;
                continue;
            }
        };
        // This call confirmed what `offset` covered; the next confirms this
        // batch, or goes without an offset when the batch is empty.
        offset = updates::next_offset(updates.iter().map(|u| u.id.0));
        take(shared, updates)?;
    }
}

/// Whether the inbox holds [`INBOX_HIGH_WATER`] updates (fetching waits);
/// its size goes to the metrics.
fn inbox_full<B: Brain>(shared: &Shared<B>) -> bool {
    let waiting = shared.store.inbox_len();
    shared.stats.metrics.inbox(waiting);
    waiting >= INBOX_HIGH_WATER
}

/// A fetched batch: admitted per chat, written to the inbox and flushed
/// (the next getUpdates confirms it to Telegram), then queued.
fn take<B: Brain>(shared: &Arc<Shared<B>>, updates: Vec<Update>) -> Result<(), ServeError> {
    let mut fresh = Vec::new();
    let mut admitted: HashMap<ChatId, usize> = HashMap::new();
    for update in updates {
        let id = update.id.0;
        let flood = admit(shared, &update, &mut admitted);
        if flood == Flood::Drop {
            // Not queued: the next getUpdates confirms it unanswered.
            debug!(update = id, "dropped as it arrived: the chat is over its message limit");
            shared.stats.flood_dropped.fetch_add(1, Ordering::Relaxed);
            shared.stats.metrics.flood_dropped();
            continue;
        }
        let raw = serde_json::to_vec(&update).map_err(StoreError::from)?;
        if shared.store.add_to_inbox(id, &raw)? {
            fresh.push((id, update, flood));
        } else {
            shared.stats.duplicates.fetch_add(1, Ordering::Relaxed);
            debug!(update = id, "already handled or waiting; not taken again");
        }
    }
    // The next getUpdates confirms this batch to Telegram: it must be on disk first.
    shared.store.flush()?;
    for (id, update, flood) in fresh {
        dispatch(shared, id, Some(update), flood);
    }
    Ok(())
}

pub(super) fn parse_update(id: u32, raw: &[u8]) -> Option<Update> {
    match serde_json::from_slice::<Update>(raw) {
        Ok(u) => Some(u),
        Err(e) => {
            warn!(update = id, "stored update no longer parses ({e}); dropping it");
            None
        }
    }
}

/// Per-chat admission, before the shared inbox (issue 15.5): the flood
/// limit is applied as a message arrives, so a flooding chat's excess is
/// dropped at once instead of filling the inbox ahead of other chats.
/// Admins are exempt. `admitted` counts this batch's messages per chat.
fn admit<B: Brain>(shared: &Shared<B>, update: &Update, admitted: &mut HashMap<ChatId, usize>) -> Flood {
    let Some(inc) = incoming(update, &shared.username) else { return Flood::Allow };
    if sender_of(Some(update)).is_some_and(|u| shared.admins.contains(&u)) {
        return Flood::Allow;
    }
    shared.throttle.incoming(inc.chat);
    let batch = admitted.entry(inc.chat).or_default();
    let queued = shared.queues.lock().expect("queue lock").get(&inc.chat).map_or(0, VecDeque::len) + *batch;
    let verdict = shared.flood.admit(inc.chat, std::time::Instant::now(), queued);
    if verdict != Flood::Drop {
        *batch += 1;
    }
    verdict
}

/// Exponential backoff for a failing Telegram: 1 s, 2 s, 4 s, ... 30 s.
pub(super) struct Backoff(u32);

impl Backoff {
    fn new() -> Backoff {
        Backoff(0)
    }

    fn reset(&mut self) {
        self.0 = 0;
    }

    async fn wait(&mut self) {
        let secs = (1u64 << self.0.min(5)).min(30);
        self.0 += 1;
        tokio::time::sleep(Duration::from_secs(secs)).await;
    }
}
