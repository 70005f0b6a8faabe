//! Telegram's rate limits as token buckets: one per chat (groups slower)
//! and one for the whole bot. A 429 on a send pauses that chat for its
//! retry time; a 429 on getUpdates, or on sends to several chats at once
//! ([`GLOBAL_429_CHATS`] within [`GLOBAL_429_WINDOW`]), pauses every send.
//!
//! Fairness (issue 15.5): when the bot's overall rate is the bottleneck, the
//! next send goes to the waiting chat with the least traffic lately
//! (messages in and out, a count that halves every [`LOAD_HALF_LIFE`]), so
//! a chat asking now and then is not queued behind chats that flood.
//! Incoming messages are limited per chat by [`FloodGate::admit`] before
//! they reach the shared inbox.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::sync::Notify;

use crate::config::{Limits, Rate};
use crate::ids::ChatId;

/// How fast a chat's count of recent sends decays: it halves in this time.
const LOAD_HALF_LIFE: Duration = Duration::from_secs(30);

/// 429s for this many different chats within [`GLOBAL_429_WINDOW`] mean
/// the bot's overall limit was hit: every send pauses.
pub(super) const GLOBAL_429_CHATS: usize = 3;
pub(super) const GLOBAL_429_WINDOW: Duration = Duration::from_secs(2);

/// Messages of one chat waiting to be handled beyond which its next ones
/// are dropped as they arrive (with the flood limit on): a person waits for
/// an answer before writing the eleventh message.
pub(super) const MAX_QUEUED_PER_CHAT: usize = 10;

/// Token buckets: one per chat, one overall.
pub(super) struct Throttle {
    limits: Limits,
    state: Mutex<ThrottleState>,
    /// Woken when a send took its tokens (the next in line may go).
    turn: Notify,
}

struct ThrottleState {
    global: Bucket,
    chats: HashMap<ChatId, Bucket>,
    paused_until: Option<Instant>,
    /// Sends waiting, by ticket: (chat, the chat's rate).
    waiting: HashMap<u64, (ChatId, Rate)>,
    next_ticket: u64,
    /// Per chat: messages in and out lately, decaying with [`LOAD_HALF_LIFE`].
    loads: HashMap<ChatId, Load>,
    /// Chats paused by a 429 for them, until when.
    chat_pauses: HashMap<ChatId, Instant>,
    /// Recent 429s on sends: when, and for which chat.
    recent_429: Vec<(Instant, ChatId)>,
}

#[derive(Clone, Copy)]
struct Load {
    value: f64,
    at: Instant,
}

impl Load {
    fn at(self, now: Instant) -> f64 {
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        self.value * 0.5f64.powf(elapsed / LOAD_HALF_LIFE.as_secs_f64())
    }
}

impl ThrottleState {
    /// How long `chat` is still paused by a 429 of its own.
    fn chat_paused(&self, chat: ChatId, now: Instant) -> Duration {
        self.chat_pauses.get(&chat).map_or(Duration::ZERO, |until| until.saturating_duration_since(now))
    }

    fn load(&self, chat: ChatId, now: Instant) -> f64 {
        self.loads.get(&chat).map_or(0.0, |l| l.at(now))
    }

    fn add_load(&mut self, chat: ChatId, now: Instant) {
        if self.loads.len() > 10_000 {
            self.loads.retain(|_, l| l.at(now) > 0.01);
        }
        let value = self.load(chat, now) + 1.0;
        self.loads.insert(chat, Load { value, at: now });
    }
}

#[derive(Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Bucket {
    fn full(rate: Rate, now: Instant) -> Bucket {
        Bucket { tokens: rate.burst, at: now }
    }

    fn refill(&mut self, rate: Rate, now: Instant) {
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + elapsed * rate.per_sec).min(rate.burst);
        self.at = now;
    }

    /// Time until one token is there.
    fn wait(&self, rate: Rate) -> Duration {
        if self.tokens >= 1.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64((1.0 - self.tokens) / rate.per_sec.max(1e-6))
        }
    }
}

impl Throttle {
    pub(super) fn new(limits: Limits) -> Throttle {
        let now = Instant::now();
        Throttle {
            limits,
            state: Mutex::new(ThrottleState {
                global: Bucket::full(limits.global, now),
                chats: HashMap::new(),
                paused_until: None,
                waiting: HashMap::new(),
                next_ticket: 0,
                loads: HashMap::new(),
                chat_pauses: HashMap::new(),
                recent_429: Vec::new(),
            }),
            turn: Notify::new(),
        }
    }

    /// Waits until a message to `chat` may go out, and takes its tokens.
    /// Among sends whose chat may send, the one whose chat has had the
    /// least sent lately goes first (ties: the one waiting longest).
    pub(super) async fn wait(&self, chat: ChatId, group: bool) {
        let rate = if group { self.limits.per_group } else { self.limits.per_chat };
        let ticket = {
            let mut st = self.state.lock().expect("throttle lock");
            st.next_ticket += 1;
            let ticket = st.next_ticket;
            st.waiting.insert(ticket, (chat, rate));
            ticket
        };
        // Cancelled (the task ended): leave the line.
        let _leave = Leave { throttle: self, ticket };
        loop {
            let turn = self.turn.notified();
            let delay = {
                let mut st = self.state.lock().expect("throttle lock");
                let now = Instant::now();
                let paused = st.paused_until.filter(|&until| until > now).map(|until| until - now);
                if st.chats.len() > 10_000 {
                    // A bucket untouched for a minute is full again: forget it.
                    st.chats.retain(|_, b| now.saturating_duration_since(b.at) < Duration::from_secs(60));
                }
                let global_rate = self.limits.global;
                st.global.refill(global_rate, now);
                let waiting: Vec<(u64, ChatId, Rate)> = st.waiting.iter().map(|(t, (c, r))| (*t, *c, *r)).collect();
                for (_, c, r) in &waiting {
                    st.chats.entry(*c).or_insert_with(|| Bucket::full(*r, now)).refill(*r, now);
                }
                let bucket = st.chats[&chat];
                let wait = bucket
                    .wait(rate)
                    .max(st.global.wait(global_rate))
                    .max(paused.unwrap_or_default())
                    .max(st.chat_paused(chat, now));
                if !wait.is_zero() {
                    wait
                } else {
                    // Ready: is a send of a chat with less traffic ready too?
                    let key = |t: u64, c: ChatId| (st.load(c, now), t);
                    let mine = key(ticket, chat);
                    let ahead = waiting.iter().any(|&(t, c, r)| {
                        t != ticket
                            && st.chats.get(&c).is_some_and(|b| b.wait(r).is_zero())
                            && st.chat_paused(c, now).is_zero()
                            && key(t, c).partial_cmp(&mine) == Some(std::cmp::Ordering::Less)
                    });
                    if ahead {
                        Duration::from_millis(50)
                    } else {
                        if let Some(b) = st.chats.get_mut(&chat) {
                            b.tokens -= 1.0;
                        }
                        st.add_load(chat, now);
                        st.global.tokens -= 1.0;
                        st.waiting.remove(&ticket);
                        drop(st);
                        self.turn.notify_waiters();
                        return;
                    }
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                _ = turn => {}
            }
        }
    }

    /// A message from `chat` arrived (answered or not): it counts towards
    /// the chat's traffic, which orders the sends.
    pub(super) fn incoming(&self, chat: ChatId) {
        self.state.lock().expect("throttle lock").add_load(chat, Instant::now());
    }

    /// After a 429 on a send to `chat`: that chat sends nothing for `d`.
    /// When sends to [`GLOBAL_429_CHATS`] different chats got a 429 within
    /// [`GLOBAL_429_WINDOW`], the bot's overall limit was hit: every send
    /// pauses, and this returns true.
    pub(super) fn pause_chat(&self, chat: ChatId, d: Duration) -> bool {
        let now = Instant::now();
        let global = {
            let mut st = self.state.lock().expect("throttle lock");
            let until = now + d;
            let entry = st.chat_pauses.entry(chat).or_insert(until);
            *entry = (*entry).max(until);
            st.chat_pauses.retain(|_, until| *until > now);
            st.recent_429.retain(|(at, _)| now.saturating_duration_since(*at) < GLOBAL_429_WINDOW);
            st.recent_429.push((now, chat));
            let mut chats: Vec<ChatId> = st.recent_429.iter().map(|(_, c)| *c).collect();
            chats.sort_unstable();
            chats.dedup();
            chats.len() >= GLOBAL_429_CHATS
        };
        if global {
            self.pause(d);
        }
        global
    }

    /// After a 429 on a global method (getUpdates), or on many chats at
    /// once: nobody sends for `d`.
    pub(super) fn pause(&self, d: Duration) {
        let mut st = self.state.lock().expect("throttle lock");
        let until = Instant::now() + d;
        st.paused_until = Some(st.paused_until.map_or(until, |p| p.max(until)));
    }
}

/// Takes a waiting send out of the line when it ends, sent or cancelled.
struct Leave<'a> {
    throttle: &'a Throttle,
    ticket: u64,
}

impl Drop for Leave<'_> {
    fn drop(&mut self) {
        if let Ok(mut st) = self.throttle.state.lock() {
            st.waiting.remove(&self.ticket);
        }
        self.throttle.turn.notify_waiters();
    }
}

/// What to do with a chat's next incoming message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Flood {
    /// Within the limit: answer it.
    Allow,
    /// Just over the limit: say so politely, once per window.
    Warn,
    /// Still over the limit: drop it silently until the window passes.
    Drop,
}

/// A per-chat limit on incoming messages, so one chat cannot flood the
/// bot: at most `per_window` messages per `window` (a fixed window that
/// starts with the chat's first message). `per_window == 0` turns it off.
pub(super) struct FloodGate {
    per_window: u32,
    window: Duration,
    chats: Mutex<HashMap<ChatId, (Instant, u32)>>,
}

impl FloodGate {
    pub(super) fn new(per_window: u32, window: Duration) -> FloodGate {
        FloodGate { per_window, window, chats: Mutex::new(HashMap::new()) }
    }

    /// The verdict on a message as it arrives, before it is queued:
    /// [`check`](Self::check), and with the limit on, a chat that already
    /// has [`MAX_QUEUED_PER_CHAT`] messages waiting has the next dropped.
    pub(super) fn admit(&self, chat: ChatId, now: Instant, queued: usize) -> Flood {
        let verdict = self.check(chat, now);
        if verdict == Flood::Allow && self.per_window > 0 && queued >= MAX_QUEUED_PER_CHAT {
            Flood::Drop
        } else {
            verdict
        }
    }

    pub(super) fn check(&self, chat: ChatId, now: Instant) -> Flood {
        if self.per_window == 0 {
            return Flood::Allow;
        }
        let mut chats = self.chats.lock().expect("flood lock");
        if chats.len() > 10_000 {
            // Windows that have passed say nothing any more: forget them.
            chats.retain(|_, (start, _)| now.saturating_duration_since(*start) < self.window);
        }
        let (start, count) = chats.entry(chat).or_insert((now, 0));
        if now.saturating_duration_since(*start) >= self.window {
            *start = now;
            *count = 0;
        }
        *count = count.saturating_add(1);
        if *count <= self.per_window {
            Flood::Allow
        } else if *count == self.per_window + 1 {
            Flood::Warn
        } else {
            Flood::Drop
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flooding_chat_is_warned_once_then_dropped_until_the_window_passes() {
        let gate = FloodGate::new(3, Duration::from_secs(60));
        let t0 = Instant::now();
        let seen: Vec<Flood> = (0..6).map(|i| gate.check(ChatId(7), t0 + Duration::from_secs(i))).collect();
        assert_eq!(seen, [Flood::Allow, Flood::Allow, Flood::Allow, Flood::Warn, Flood::Drop, Flood::Drop]);
        // Another chat is not affected.
        assert_eq!(gate.check(ChatId(8), t0 + Duration::from_secs(6)), Flood::Allow);
        // After the window, the chat is answered again.
        assert_eq!(gate.check(ChatId(7), t0 + Duration::from_secs(61)), Flood::Allow);
    }

    #[test]
    fn a_chat_with_a_full_queue_has_the_next_message_dropped_as_it_arrives() {
        let gate = FloodGate::new(100, Duration::from_secs(60));
        let t0 = Instant::now();
        assert_eq!(gate.admit(ChatId(7), t0, MAX_QUEUED_PER_CHAT - 1), Flood::Allow);
        assert_eq!(gate.admit(ChatId(7), t0, MAX_QUEUED_PER_CHAT), Flood::Drop);
        assert_eq!(gate.admit(ChatId(8), t0, 0), Flood::Allow);
        // With the limit off, nothing is dropped.
        assert_eq!(FloodGate::new(0, Duration::from_secs(60)).admit(ChatId(7), t0, 1000), Flood::Allow);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn the_chat_with_the_least_traffic_lately_sends_first() {
        let limits = Limits {
            per_chat: Rate { per_sec: 100.0, burst: 100.0 },
            per_group: Rate { per_sec: 100.0, burst: 100.0 },
            global: Rate { per_sec: 20.0, burst: 1.0 },
        };
        let throttle = std::sync::Arc::new(Throttle::new(limits));
        // Chat 1 sends a lot; then chats 1 and 2 wait together for the overall rate.
        for _ in 0..3 {
            throttle.wait(ChatId(1), false).await;
        }
        let order = std::sync::Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for chat in [ChatId(1), ChatId(1), ChatId(2)] {
            let (throttle, order) = (throttle.clone(), order.clone());
            tasks.push(tokio::spawn(async move {
                throttle.wait(chat, false).await;
                order.lock().unwrap().push(chat);
            }));
            tokio::task::yield_now().await;
        }
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(order.lock().unwrap()[0], ChatId(2), "{:?}", order.lock().unwrap());
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_429_for_one_chat_pauses_that_chat_and_for_several_chats_everyone() {
        let r = Rate { per_sec: 1000.0, burst: 1000.0 };
        let throttle = Throttle::new(Limits { per_chat: r, per_group: r, global: r });
        let soon = Duration::from_millis(100);
        let long = Duration::from_secs(30);
        assert!(!throttle.pause_chat(ChatId(1), long));
        assert!(tokio::time::timeout(soon, throttle.wait(ChatId(1), false)).await.is_err(), "chat 1 is paused");
        assert!(tokio::time::timeout(soon, throttle.wait(ChatId(2), false)).await.is_ok(), "chat 2 is not");
        assert!(!throttle.pause_chat(ChatId(2), long));
        assert!(tokio::time::timeout(soon, throttle.wait(ChatId(3), false)).await.is_ok(), "two chats: still per chat");
        assert!(throttle.pause_chat(ChatId(3), long), "a third chat within the window: the bot's own limit");
        assert!(tokio::time::timeout(soon, throttle.wait(ChatId(4), false)).await.is_err(), "everyone waits");
    }

    #[test]
    fn zero_turns_the_limit_off() {
        let gate = FloodGate::new(0, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!((0..1000).all(|_| gate.check(ChatId(1), t0) == Flood::Allow));
    }
}
