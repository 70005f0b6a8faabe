//! One queue per chat: a chat's updates are handled in order, different
//! chats in parallel (at most [`PARALLEL`] at once), each update in its own
//! task so a panic costs only that update.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use teloxide_core::types::Update;
use tracing::error;

use super::handle::{apologise, handle_job};
use super::input::chat_of;
use super::throttle::Flood;
use super::{unix_now, Brain, Shared};
use crate::ids::ChatId;
use crate::store::SessionChange;

/// Updates handled at the same time (across chats).
pub(super) const PARALLEL: usize = 64;

pub(super) struct Job {
    pub(super) update: u32,
    pub(super) chat: Option<ChatId>,
    pub(super) parsed: Option<Update>,
    /// The flood verdict taken when the update arrived.
    pub(super) flood: Flood,
}

/// Queues an update behind the earlier ones of its chat.
pub(super) fn dispatch<B: Brain>(shared: &Arc<Shared<B>>, update: u32, parsed: Option<Update>, flood: Flood) {
    let chat = parsed.as_ref().and_then(chat_of);
    let job = Job { update, chat, parsed, flood };
    let key = chat.unwrap_or(ChatId(0));
    let mut queues = shared.queues.lock().expect("queue lock");
    match queues.get_mut(&key) {
        Some(queue) => queue.push_back(job),
        None => {
            queues.insert(key, VecDeque::from([job]));
            shared.busy.fetch_add(1, Ordering::SeqCst);
            let shared = shared.clone();
            tokio::spawn(async move { chat_worker(shared, key).await });
        }
    }
}

/// Handles one chat's updates in order, each in its own task so a panic
/// costs only that update.
async fn chat_worker<B: Brain>(shared: Arc<Shared<B>>, key: ChatId) {
    loop {
        let job = {
            let mut queues = shared.queues.lock().expect("queue lock");
            let next = if shared.stopping.load(Ordering::SeqCst) {
                None
            } else {
                queues.get_mut(&key).and_then(|q| q.pop_front())
            };
            if next.is_none() {
                queues.remove(&key);
            }
            next
        };
        let Some(job) = job else { break };
        let Ok(_permit) = shared.parallel.acquire().await else { break };
        let update = job.update;
        let chat = job.chat;
        let task = tokio::spawn(handle_job(shared.clone(), job));
        match task.await {
            Ok(()) => {}
            Err(e) if e.is_panic() => {
                shared.stats.panics.fetch_add(1, Ordering::Relaxed);
                error!(update, "handling the update panicked; the chat gets an apology");
                if let Some(chat) = chat {
                    apologise(&shared, chat).await;
                }
                if let Err(e) = shared.store.finish_async(update, chat, &SessionChange::Keep, unix_now()).await {
                    error!(update, "cannot record the update as handled: {e}");
                }
                shared.stats.handled.fetch_add(1, Ordering::Relaxed);
            }
            Err(_) => {}
        }
        shared.stats.metrics.inbox(shared.store.inbox_len());
        shared.progressed.notify_waiters();
    }
    if shared.busy.fetch_sub(1, Ordering::SeqCst) == 1 {
        shared.idle.notify_waiters();
    }
}

pub(super) async fn wait_idle<B: Brain>(shared: &Shared<B>) {
    loop {
        let idle = shared.idle.notified();
        if shared.busy.load(Ordering::SeqCst) == 0 {
            return;
        }
        idle.await;
    }
}
