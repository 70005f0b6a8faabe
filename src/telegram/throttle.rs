//! Telegram's rate limits as token buckets: one per chat (groups slower)
//! and one for the whole bot. A 429 pauses every send for its retry time.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Message rates, as a token bucket: `burst` messages at once, then
/// `per_sec` per second.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rate {
    pub per_sec: f64,
    pub burst: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub per_chat: Rate,
    pub per_group: Rate,
    pub global: Rate,
}

impl Default for Limits {
    /// Telegram's published limits: about 1 message/s per chat (short
    /// bursts allowed), 20/min per group, 30/s overall.
    fn default() -> Limits {
        Limits {
            per_chat: Rate { per_sec: 1.0, burst: 3.0 },
            per_group: Rate { per_sec: 20.0 / 60.0, burst: 3.0 },
            global: Rate { per_sec: 30.0, burst: 30.0 },
        }
    }
}

/// Token buckets: one per chat, one overall.
pub(super) struct Throttle {
    limits: Limits,
    state: Mutex<ThrottleState>,
}

struct ThrottleState {
    global: Bucket,
    chats: HashMap<i64, Bucket>,
    paused_until: Option<Instant>,
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
            }),
        }
    }

    /// Waits until a message to `chat` may go out, and takes its tokens.
    pub(super) async fn wait(&self, chat: i64, group: bool) {
        let rate = if group { self.limits.per_group } else { self.limits.per_chat };
        loop {
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
                let bucket = st.chats.entry(chat).or_insert_with(|| Bucket::full(rate, now));
                bucket.refill(rate, now);
                let chat_wait = bucket.wait(rate);
                let wait = chat_wait.max(st.global.wait(global_rate)).max(paused.unwrap_or_default());
                if wait.is_zero() {
                    if let Some(b) = st.chats.get_mut(&chat) {
                        b.tokens -= 1.0;
                    }
                    st.global.tokens -= 1.0;
                    return;
                }
                wait
            };
            tokio::time::sleep(delay).await;
        }
    }

    /// After a 429: nobody sends for `d`.
    pub(super) fn pause(&self, d: Duration) {
        let mut st = self.state.lock().expect("throttle lock");
        let until = Instant::now() + d;
        st.paused_until = Some(st.paused_until.map_or(until, |p| p.max(until)));
    }
}
