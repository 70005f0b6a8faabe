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
    chats: Mutex<HashMap<i64, (Instant, u32)>>,
}

impl FloodGate {
    pub(super) fn new(per_window: u32, window: Duration) -> FloodGate {
        FloodGate { per_window, window, chats: Mutex::new(HashMap::new()) }
    }

    pub(super) fn check(&self, chat: i64, now: Instant) -> Flood {
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
        let seen: Vec<Flood> = (0..6).map(|i| gate.check(7, t0 + Duration::from_secs(i))).collect();
        assert_eq!(seen, [Flood::Allow, Flood::Allow, Flood::Allow, Flood::Warn, Flood::Drop, Flood::Drop]);
        // Another chat is not affected.
        assert_eq!(gate.check(8, t0 + Duration::from_secs(6)), Flood::Allow);
        // After the window, the chat is answered again.
        assert_eq!(gate.check(7, t0 + Duration::from_secs(61)), Flood::Allow);
    }

    #[test]
    fn zero_turns_the_limit_off() {
        let gate = FloodGate::new(0, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!((0..1000).all(|_| gate.check(1, t0) == Flood::Allow));
    }
}
