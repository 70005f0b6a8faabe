//! End-to-end load test: the real `pendlerbot serve` binary against a fake
//! Telegram Bot API on loopback, sessions in sled on disk. Updates from many
//! distinct chats arrive at a fixed rate; the fake measures, per update, the
//! time from the getUpdates response that delivered it to the sendMessage
//! that answers it, and samples the bot's resident memory every second.
//! Run it through scripts/loadtest.sh (docs/performance.md):
//!
//!     cargo build --release --examples
//!     target/release/examples/loadtest --bin target/release/pendlerbot \
//!         --rate 2000 --seconds 60 --chats 1000
//!
//! The bot runs with Telegram's send limits raised (PENDLERBOT_SEND_PER_SECOND,
//! PENDLERBOT_SEND_PER_CHAT_PER_SECOND) and the per-chat flood limit off, as
//! the issue asks: the figure is the bot's own cost, not Telegram's limits.
//!
//! `--fairness` (scripts/fairness.sh, issue 15.5) runs the bot with its
//! default limits instead: `--flood-chats` chats send `--flood-messages`
//! messages each at once, while `--probes` other chats ask one question
//! every 2 s for `--seconds`; it prints how long the probes waited for
//! their answers (getUpdates delivery to the first sendMessage).

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wire::read_request;

#[path = "../tests/it/support/wire.rs"]
mod wire;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

#[derive(Default)]
struct State {
    /// Updates not yet confirmed: (id, chat, JSON text).
    queue: VecDeque<(i64, i64, String)>,
    next_id: i64,
    /// When each delivered update was first handed out, per chat, in order.
    delivered: HashMap<i64, VecDeque<Instant>>,
    seen_ids: std::collections::HashSet<i64>,
    latencies: Vec<Duration>,
    sends: u64,
    /// Answers per chat (crash mode counts these).
    answers: HashMap<i64, u64>,
    /// sendMessage calls to a chat with nothing delivered and unanswered.
    unexpected: u64,
    /// Fairness mode: latencies of the probe chats' answers.
    probe_latencies: Vec<Duration>,
}

/// Chat ids from here on are probes (fairness mode).
const PROBE_BASE: i64 = 1_000_000;

struct Fake {
    state: Mutex<State>,
    changed: Notify,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str, default: &str| -> String {
        args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned().unwrap_or(default.to_string())
    };
    let bin = PathBuf::from(arg("--bin", "target/release/pendlerbot"));
    let rate: f64 = arg("--rate", "2000").parse().expect("--rate");
    let seconds: u64 = arg("--seconds", "60").parse().expect("--seconds");
    let chats: i64 = arg("--chats", "1000").parse().expect("--chats");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // `--question TEXT`: every update asks this (the crash test counts
    // repeated answers by messages, so it asks what one message answers).
    let questions = match args.iter().position(|a| a == "--question").and_then(|i| args.get(i + 1)) {
        Some(q) => vec![q.clone()],
        None => questions(&root),
    };

    let fake = Arc::new(Fake { state: Mutex::new(State { next_id: 1, ..State::default() }), changed: Notify::new() });
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/", listener.local_addr().expect("addr"));
    {
        let fake = fake.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let _ = stream.set_nodelay(true);
                let fake = fake.clone();
                tokio::spawn(async move { connection(&fake, stream).await });
            }
        });
    }

    let data = std::env::temp_dir().join(format!("pendlerbot-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let fairness = args.iter().any(|a| a == "--fairness");
    let spawn = || {
        let mut command = tokio::process::Command::new(&bin);
        command
            .arg("serve")
            .current_dir(&root)
            .env("TELOXIDE_TOKEN", "123456:load-test-token")
            .env("TELOXIDE_API_URL", &url)
            .env("PENDLERBOT_DATA", &data)
            .env("PENDLERBOT_LOG", std::env::var("LOADTEST_LOG").unwrap_or_else(|_| "error".into()));
        if !fairness {
            command
                .env("PENDLERBOT_SEND_PER_SECOND", "1000000")
                .env("PENDLERBOT_SEND_PER_CHAT_PER_SECOND", "1000000")
                .env("PENDLERBOT_CHAT_MESSAGES_PER_MINUTE", "0");
        }
        command.stdout(Stdio::null()).stderr(Stdio::inherit()).kill_on_drop(true).spawn().expect("start the bot")
    };
    let mut child = spawn();
    let mut pid = child.id().expect("pid");
    tokio::time::sleep(Duration::from_millis(500)).await;
    if fairness {
        let flood_chats: i64 = arg("--flood-chats", "1").parse().expect("--flood-chats");
        let flood_messages: i64 = arg("--flood-messages", "5000").parse().expect("--flood-messages");
        let probes: i64 = arg("--probes", "20").parse().expect("--probes");
        fairness_run(&fake, &questions, flood_chats, flood_messages, probes, seconds).await;
        let _ = child.start_kill();
        let _ = child.wait().await;
        let _ = std::fs::remove_dir_all(&data);
        return;
    }
    // Crash mode: kill -9 at random moments (every 0.3 to 1.5 s) and restart.
    let crash = args.iter().any(|a| a == "--crash");
    let mut rng: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next_kill = Instant::now() + Duration::from_millis(300 + rand(&mut rng) % 1200);
    let (mut kills, mut in_flight_at_kills) = (0u64, 0u64);
    println!("load: {rate} updates/s for {seconds} s from {chats} chats, bot pid {pid}");
    let started = Instant::now();
    let total = (rate * seconds as f64) as i64;
    let mut rss = Vec::new();
    let mut next_sample = Instant::now();
    let mut sent: i64 = 0;
    while sent < total {
        // Push what is due by now (a tick per millisecond).
        let due = ((started.elapsed().as_secs_f64() * rate) as i64).min(total);
        if due > sent {
            let mut st = fake.state.lock().unwrap();
            for n in sent..due {
                let chat = 1 + n % chats;
                let id = st.next_id;
                st.next_id += 1;
                let q = &questions[n as usize % questions.len()];
                let update = json!({"update_id": id, "message": {"message_id": n + 1, "date": 1_700_000_000,
                    "chat": {"id": chat, "type": "private"},
                    "from": {"id": chat, "is_bot": false, "first_name": "Load", "language_code": "da"},
                    "text": q}});
                st.queue.push_back((id, chat, update.to_string()));
            }
            drop(st);
            fake.changed.notify_waiters();
            sent = due;
        }
        if Instant::now() >= next_sample {
            rss.push(rss_kb(pid));
            next_sample += Duration::from_secs(1);
        }
        if crash && Instant::now() >= next_kill {
            // What was delivered and not yet answered is in flight.
            in_flight_at_kills += fake.state.lock().unwrap().delivered.values().map(|q| q.len() as u64).sum::<u64>();
            unsafe_kill(pid);
            let _ = child.wait().await;
            kills += 1;
            // Delivered-but-unanswered updates come again after the restart.
            {
                let mut st = fake.state.lock().unwrap();
                st.delivered.clear();
                st.seen_ids.clear();
            }
            child = spawn();
            pid = child.id().expect("pid");
            next_kill = Instant::now() + Duration::from_millis(300 + rand(&mut rng) % 1200);
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let pushing = started.elapsed();
    // Wait (bounded) for the last answers.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let done = {
            let st = fake.state.lock().unwrap();
            if crash {
                st.answers.values().sum::<u64>() as i64
            } else {
                st.latencies.len() as i64
            }
        };
        if done >= total || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let finished = started.elapsed();
    rss.push(rss_kb(pid));
    let _ = child.start_kill();
    let _ = child.wait().await;
    if !crash {
        let _ = std::fs::remove_dir_all(&data);
    }

    let st = fake.state.lock().unwrap();
    if crash {
        let per_chat = (total + chats - 1) / chats;
        let short: Vec<i64> = (1..=chats.min(total))
            .filter(|c| {
                st.answers.get(c).copied().unwrap_or(0) < (total / chats + i64::from(*c <= total % chats)) as u64
            })
            .collect();
        let answers: u64 = st.answers.values().sum();
        println!("crash test: {total} questions from {chats} chats (about {per_chat} each), killed -9 {kills} times");
        let repeated = answers as i64 - total;
        println!("answers:           {answers} ({repeated} more than questions)");
        println!(
            "repeated answers per kill: {:.2} (issue 15.4: at most about one)",
            repeated as f64 / kills.max(1) as f64
        );
        println!("in flight at the kills (delivered, not yet answered): {in_flight_at_kills}");
        println!("chats with a question never answered: {}", short.len());
        let ok = std::process::Command::new(&bin)
            .args(["stats"])
            .env("PENDLERBOT_DATA", &data)
            .current_dir(&root)
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        println!("store opens after the last kill (pendlerbot stats): {}", if ok { "yes" } else { "NO" });
        let _ = std::fs::remove_dir_all(&data);
        return;
    }
    let mut lat = st.latencies.clone();
    lat.sort();
    let pct = |q: f64| lat.get(((lat.len().max(1) - 1) as f64 * q) as usize).map_or(0.0, |d| d.as_secs_f64() * 1e3);
    let answered = lat.len() as i64;
    println!("updates sent:      {total} in {:.1} s", pushing.as_secs_f64());
    println!("answered:          {answered} ({} lost)", total - answered);
    println!("sendMessage calls: {} ({} without a pending update)", st.sends, st.unexpected);
    println!(
        "throughput:        {:.0} answers/s over {:.1} s",
        answered as f64 / finished.as_secs_f64(),
        finished.as_secs_f64()
    );
    println!("latency ms:        p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}", pct(0.5), pct(0.9), pct(0.99), pct(1.0));
    let rss_mb: Vec<f64> = rss.iter().map(|k| *k as f64 / 1024.0).collect();
    let first = rss_mb.get(1).copied().unwrap_or(0.0);
    let last = rss_mb.last().copied().unwrap_or(0.0);
    let max = rss_mb.iter().copied().fold(0.0, f64::max);
    println!("resident MB:       after 1 s {first:.1}, at the end {last:.1}, max {max:.1}");
}

/// Fairness mode: the flood at once, then the probes' questions every 2 s
/// (staggered), then the probes' latencies.
async fn fairness_run(fake: &Fake, questions: &[String], flood_chats: i64, messages: i64, probes: i64, seconds: u64) {
    let message = |st: &mut State, chat: i64, text: &str| {
        let id = st.next_id;
        st.next_id += 1;
        let update = json!({"update_id": id, "message": {"message_id": id, "date": 1_700_000_000,
            "chat": {"id": chat, "type": "private"},
            "from": {"id": chat, "is_bot": false, "first_name": "Load", "language_code": "da"},
            "text": text}});
        st.queue.push_back((id, chat, update.to_string()));
    };
    {
        let mut st = fake.state.lock().unwrap();
        for n in 0..messages {
            for chat in 1..=flood_chats {
                message(&mut st, chat, &questions[(n + chat) as usize % questions.len()]);
            }
        }
    }
    fake.changed.notify_waiters();
    println!(
        "fairness: {flood_chats} chat(s) send {messages} messages each at once; {probes} other chats ask every 2 s \
         for {seconds} s"
    );
    let started = Instant::now();
    let mut asked = 0u64;
    let mut next: Vec<Instant> =
        (0..probes).map(|p| started + Duration::from_millis((2000 * p as u64) / probes.max(1) as u64)).collect();
    while started.elapsed() < Duration::from_secs(seconds) {
        let now = Instant::now();
        for (p, due) in next.iter_mut().enumerate() {
            if now >= *due {
                let mut st = fake.state.lock().unwrap();
                let q = questions[(asked as usize * 7) % questions.len()].clone();
                message(&mut st, PROBE_BASE + p as i64, &q);
                drop(st);
                fake.changed.notify_waiters();
                asked += 1;
                *due += Duration::from_secs(2);
            }
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    let st = fake.state.lock().unwrap();
    let mut lat = st.probe_latencies.clone();
    lat.sort();
    let pct = |q: f64| lat.get(((lat.len().max(1) - 1) as f64 * q) as usize).map_or(0.0, |d| d.as_secs_f64());
    let flood_answers: u64 = (1..=flood_chats).map(|c| st.answers.get(&c).copied().unwrap_or(0)).sum();
    let slow = lat.iter().filter(|d| **d > Duration::from_secs(2)).count();
    println!(
        "flood: {} messages, {flood_answers} sent to the flooding chats (answers and notices), the rest dropped",
        flood_chats * messages
    );
    println!("probe questions:   {asked}, answered {}", lat.len());
    println!(
        "probe latency s:   p50 {:.3}  p90 {:.3}  p99 {:.3}  max {:.3}; over 2 s: {slow}",
        pct(0.5),
        pct(0.9),
        pct(0.99),
        pct(1.0)
    );
}

/// Questions to send: the dev set when it is there, else the examples.
fn questions(root: &std::path::Path) -> Vec<String> {
    let text = std::fs::read_to_string(root.join("../shared/eval/dev.tsv")).unwrap_or_default();
    let mut qs: Vec<String> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.splitn(3, '\t').nth(2).map(str::to_string))
        .collect();
    if qs.is_empty() {
        qs = vec!["Hvor finder jeg mit skattekort?".into(), "Wer zahlt Krankengeld in Dänemark?".into()];
    }
    qs
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

async fn connection(fake: &Fake, mut stream: TcpStream) {
    let mut buf = Vec::new();
    loop {
        let Some((path, body)) = read_request(&mut stream, &mut buf).await else { return };
        let method = path.rsplit('/').next().unwrap_or_default().to_lowercase();
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        // The fake must cost little next to the bot: updates go out as the
        // JSON text they were queued as.
        let text = match method.as_str() {
            "getupdates" => get_updates(fake, &body).await,
            _ => {
                let result = match method.as_str() {
                    "getme" => json!({"id": 42, "is_bot": true, "first_name": "Pendler", "username": "pendler_bot",
                        "can_join_groups": true, "can_read_all_group_messages": false,
                        "supports_inline_queries": false, "has_main_web_app": false}),
                    "getwebhookinfo" => json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}),
                    "sendmessage" => {
                        let chat = body["chat_id"].as_i64().unwrap_or(0);
                        let mut st = fake.state.lock().unwrap();
                        st.sends += 1;
                        *st.answers.entry(chat).or_default() += 1;
                        match st.delivered.get_mut(&chat).and_then(|q| q.pop_front()) {
                            Some(at) if chat >= PROBE_BASE => st.probe_latencies.push(at.elapsed()),
                            Some(at) => st.latencies.push(at.elapsed()),
                            None => st.unexpected += 1,
                        }
                        let id = st.sends as i64;
                        json!({"message_id": id, "date": 1_700_000_000, "chat": {"id": chat, "type": "private"},
                            "text": ""})
                    }
                    _ => json!(true),
                };
                json!({"ok": true, "result": result}).to_string()
            }
        };
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: keep-alive\r\n\r\n",
            text.len()
        );
        let mut out = head.into_bytes();
        out.extend_from_slice(text.as_bytes());
        if stream.write_all(&out).await.is_err() {
            return;
        }
    }
}

async fn get_updates(fake: &Fake, body: &Value) -> String {
    let offset = body["offset"].as_i64().unwrap_or(0);
    let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
    let deadline = Instant::now() + Duration::from_secs(body["timeout"].as_u64().unwrap_or(0));
    loop {
        let changed = fake.changed.notified();
        {
            let mut st = fake.state.lock().unwrap();
            while st.queue.front().is_some_and(|(id, _, _)| *id < offset) {
                st.queue.pop_front();
            }
            if !st.queue.is_empty() || Instant::now() >= deadline {
                let now = Instant::now();
                let batch: Vec<(i64, i64, String)> = st.queue.iter().take(limit).cloned().collect();
                let mut items = Vec::with_capacity(batch.len());
                for (id, chat, text) in batch {
                    if st.seen_ids.insert(id) {
                        st.delivered.entry(chat).or_default().push_back(now);
                    }
                    items.push(text);
                }
                return format!("{{\"ok\":true,\"result\":[{}]}}", items.join(","));
            }
        }
        let left = deadline.saturating_duration_since(Instant::now());
        let _ = tokio::time::timeout(left.min(Duration::from_millis(100)), changed).await;
    }
}

fn rand(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// SIGKILL, as `kill -9` does.
fn unsafe_kill(pid: u32) {
    let _ = std::process::Command::new("kill").args(["-9", &pid.to_string()]).status();
}
