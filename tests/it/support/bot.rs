//! The one harness "fake Bot API + bot": the Telegram fixture knowledge
//! base, a test brain, and the adapter running in this process against a
//! [`fake`](super::fake) Bot API. Every Telegram test starts its bot here.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use pendlerbot::dialogue::{Input, Outcome, Reply, Session};
use pendlerbot::{
    Brain, Kb, Lang, Limits, Menu, Rate, ServeError, Stats, StatsSnapshot, TelegramConfig as Config, Token,
};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::fake::Fake;
use super::CANARY;

pub fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/telegram")
}

pub fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| {
        let f = fixture();
        let (kb, diags) = Kb::load(&f.join("knowledge"), &f.join("locales"), super::today());
        kb.unwrap_or_else(|| panic!("fixture has errors: {diags:#?}"))
    })
}

/// The fixture knowledge base, plus three test-only inputs: `!long` (a
/// 10,000-character answer), `!panic` (the handler panics), `!echo <text>`
/// (the text comes back, to see it escaped) and `!many` (five replies).
pub struct TestBrain;

impl Brain for TestBrain {
    fn handle(&self, session: &Session, input: Input, hint: Option<Lang>) -> Outcome {
        if let Input::Text(t) = &input {
            let mut out = kb().handle(session, Input::Text("/help".into()), hint);
            let plain = |text: String| Reply { title: None, text, buttons: vec![] };
            if t == "!long" {
                let para = "Dette er et langt afsnit om skat og pension. ".repeat(9);
                let text = (1..=25).map(|i| format!("{i}. {}", para.trim())).collect::<Vec<_>>().join("\n\n");
                assert!(text.chars().count() >= 10_000);
                let mut reply =
                    kb().handle(session, Input::Text("Hvor finder jeg mit skattekort?".into()), hint).replies.remove(0);
                reply.text = text;
                out.replies = vec![reply];
                return out;
            }
            if t == "!panic" {
                panic!("test panic requested");
            }
            if let Some(rest) = t.strip_prefix("!echo ") {
                out.replies = vec![plain(rest.to_string())];
                return out;
            }
            if t == "!many" {
                out.replies = (1..=5).map(|i| plain(format!("svar {i}"))).collect();
                return out;
            }
        }
        kb().handle(session, input, hint)
    }

    fn ui(&self, lang: Lang, id: &str) -> Option<String> {
        kb().ui(lang, id)
    }

    fn ui_with(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> Option<String> {
        kb().ui_with(lang, id, args)
    }

    fn title(&self, entry: &str, lang: Lang) -> Option<String> {
        Brain::title(kb(), entry, lang)
    }

    fn office(&self) -> Option<pendlerbot::OfficeHours> {
        kb().office()
    }

    fn languages(&self) -> Vec<Lang> {
        Brain::languages(kb())
    }

    fn menus(&self, relay: bool) -> Vec<Menu> {
        kb().menus(relay)
    }

    fn command_job(&self, name: &str) -> String {
        kb().command_job(name).to_string()
    }

    fn currencies(&self) -> Vec<String> {
        kb().languages.currencies()
    }
}

/// Limits high enough that throttling never slows a test down.
pub fn fast() -> Limits {
    let r = Rate { per_sec: 1000.0, burst: 1000.0 };
    Limits { per_chat: r, per_group: r, global: r }
}

/// The adapter running in this process against a fake.
pub struct Running {
    pub stats: Arc<Stats>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<StatsSnapshot, ServeError>>,
}

pub fn config(fake: &Fake, data: &Path, limits: Limits) -> Config {
    let mut config = Config::new(Token::new(CANARY), data.to_path_buf());
    config.api_url = Some(fake.url.parse().unwrap());
    config.limits = limits;
    config.poll_timeout_secs = 2;
    config
}

pub fn start(fake: &Fake, data: &Path, limits: Limits) -> Running {
    start_with(config(fake, data, limits))
}

pub fn start_with(config: Config) -> Running {
    start_brain(config, Arc::new(TestBrain))
}

/// The adapter with another brain (a live, reloadable knowledge base).
pub fn start_brain<B: Brain>(config: Config, brain: Arc<B>) -> Running {
    start_counted(config, brain, Arc::new(Stats::default()))
}

/// The adapter counting into `stats` made beforehand (the brain or an HTTP
/// listener shares its metrics).
pub fn start_counted<B: Brain>(config: Config, brain: Arc<B>, stats: Arc<Stats>) -> Running {
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(pendlerbot::serve_with_stats(
        config,
        brain,
        async move {
            let _ = rx.await;
        },
        stats.clone(),
    ));
    Running { stats, stop: Some(tx), task }
}

impl Running {
    pub fn handled(&self) -> u64 {
        self.stats.snapshot().handled
    }

    /// Waits until `n` updates have been handled and recorded.
    pub async fn wait_handled(&self, n: u64) {
        super::wait_until(&format!("{n} handled updates"), super::PATIENCE, || self.handled() >= n).await;
    }

    /// Waits for the adapter to end by itself (a fatal error), without a stop.
    pub async fn ended(self) -> Result<StatsSnapshot, ServeError> {
        tokio::time::timeout(Duration::from_secs(10), self.task)
            .await
            .expect("the adapter ends within 10 s")
            .expect("the adapter task does not panic")
    }

    pub async fn stop(mut self) -> StatsSnapshot {
        let _ = self.stop.take().unwrap().send(());
        tokio::time::timeout(Duration::from_secs(10), self.task)
            .await
            .expect("the adapter stops within 10 s")
            .expect("the adapter task does not panic")
            .expect("the adapter stops cleanly")
    }
}

/// Asks `chat` a marker question after everything else (`!echo`), waits
/// for its answer and returns what the chat was sent before it. A chat's
/// updates are handled in order, so nothing the earlier ones cause can come
/// after the marker's answer: a test asserts an absence (no second answer)
/// on this positive event instead of after a sleep.
pub async fn sent_before_marker(fake: &Fake, chat: i64) -> Vec<serde_json::Value> {
    let marker = format!("marker-for-chat-{chat}");
    fake.push(super::fake::text(chat, Some("da"), &format!("!echo {marker}")));
    let is_marker = |m: &serde_json::Value| text_of(m).contains(&marker);
    fake.wait_until(&format!("the marker's answer in chat {chat}"), super::PATIENCE, |f| {
        f.sent_to(chat).iter().any(is_marker)
    })
    .await;
    let sent = fake.sent_to(chat);
    let at = sent.iter().position(is_marker).unwrap();
    sent[..at].to_vec()
}

/// The text of a sent message.
pub fn text_of(msg: &serde_json::Value) -> &str {
    msg["text"].as_str().unwrap_or_default()
}

/// The callback data of every button of a sent message, row by row flattened.
pub fn buttons_of(msg: &serde_json::Value) -> Vec<String> {
    msg["reply_markup"]["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .flat_map(|r| r.as_array().cloned().unwrap_or_default())
                .map(|b| b["callback_data"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}
