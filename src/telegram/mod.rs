//! The Telegram adapter: Bot API updates in, [`dialogue`] outcomes out. This
//! is the only module that knows teloxide.
//!
//! teloxide's `Dispatcher` loses confirmed updates on `kill -9`, dies after
//! one handler panic and can miss a shutdown signal (measured, see
//! `shared/notes/telegram.md`), so this module drives `getUpdates` itself and
//! builds the guarantees around the [`Store`]:
//!
//! 1. Every fetched batch is written to the store's inbox and flushed before
//!    the next `getUpdates` confirms it; updates are handled from the inbox
//!    and leave it in the same transaction that records them as handled and
//!    saves the chat's session. A restart picks up the inbox and skips update
//!    ids it has handled, so nothing is lost and nothing answered twice
//!    (except a reply that was sent just before a crash could record it).
//! 2. Each update is handled in its own task: a panic costs that update only;
//!    its chat gets the `apology` text and the panic is counted.
//! 3. [`stop_signal`] listens for SIGTERM and SIGINT. Polling stops, updates
//!    being handled finish (the rest stay in the inbox), the store is
//!    flushed; a hard deadline bounds the whole stop.
//! 4. Sends are throttled (about 1 message/s per chat with short bursts,
//!    20/min per group, 30/s overall) and retried after a 429, which
//!    pauses that chat only (see [`throttle`]).
//!
//! Updates of one chat are handled in order; different chats in parallel.
//! The `Bot` is never formatted with `{:?}` (it would print the token), and
//! errors are logged through [`describe`], which shows no token and no
//! message text.

mod advisor;
mod commands;
mod handle;
mod input;
mod poll;
mod queue;
mod relay;
mod render;
mod send;
mod throttle;
mod updates;
mod upkeep;

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide_core::Bot;
use tokio::sync::{watch, Notify, Semaphore};
use tracing::{error, info, warn};

pub use crate::config::{ConfigError, Telegram as Config};
pub use input::lang_hint;
pub use render::{render, Part};
pub use send::describe;

use crate::date::unix_now;
use crate::dialogue::{self, Event, Input, Outcome, Session};
use crate::ids::{ChatId, UserId};
use crate::knowledge::languages::Menu;
use crate::knowledge::Kb;
use crate::store::{Store, StoreError};
use crate::text::Lang;
use poll::{parse_update, poll, startup, until_stopped};
use queue::{dispatch, wait_idle, Job, PARALLEL};
use throttle::{Flood, FloodGate, Throttle};

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot set up the HTTP client: {0}")]
    Client(String),
    #[error("Telegram refused the token from {0} (revoked or mistyped? a new one comes from @BotFather)")]
    Unauthorized(String),
    #[error("in-flight work did not finish within {0:?} of the stop signal")]
    Deadline(Duration),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
    #[error("cannot install the signal handlers (SIGTERM, SIGINT, SIGHUP): {0}")]
    Signals(std::io::Error),
    #[error(
        "Telegram answered 409 Conflict to getUpdates {0} times in a row: another instance polls this token \
         (a second pendlerbot, a test run, another bot program); stop it, or give this one its own token"
    )]
    Conflict(u32),
    #[error("cannot listen on {addr} (PENDLERBOT_HTTP): {reason}")]
    Listen { addr: std::net::SocketAddr, reason: String },
}

/// What the adapter asks of the conversation core. [`Kb`] is the real one;
/// tests wrap it to make an answer long or a handler panic.
pub trait Brain: Send + Sync + 'static {
    fn handle(&self, session: &Session, input: Input, hint: Option<Lang>) -> Outcome;
    /// A UI text, if the locale has it.
    fn ui(&self, lang: Lang, id: &str) -> Option<String>;
    /// `/reload` from an admin: reloads the knowledge base and returns what
    /// to tell them. `None`: this brain cannot reload (a fixed base).
    fn reload(&self) -> Option<String> {
        None
    }
    /// Notices for the admins (a reload that failed), if this brain has any.
    fn notices(&self) -> Option<tokio::sync::broadcast::Receiver<String>> {
        None
    }
    /// A UI text with variables, if the locale has it.
    fn ui_with(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> Option<String> {
        let _ = args;
        self.ui(lang, id)
    }
    /// An entry's title (for the relay's case card).
    fn title(&self, entry: &str, lang: Lang) -> Option<String> {
        let _ = (entry, lang);
        None
    }
    /// The advice office's opening hours (`knowledge/office.toml`), if known.
    fn office(&self) -> Option<crate::relay::OfficeHours> {
        None
    }
    /// The languages the bot speaks, in the base's order: the first is the
    /// language of a chat nothing has said anything about.
    fn languages(&self) -> Vec<Lang> {
        Vec::new()
    }
    /// The command menus, each language's and then the default one (`None`):
    /// (command, description), the command closing a case only with the
    /// handover on.
    fn menus(&self, relay: bool) -> Vec<Menu> {
        let _ = relay;
        Vec::new()
    }
    /// The job of a command typed in any language ("afslut" -> "close").
    fn command_job(&self, name: &str) -> String {
        name.to_string()
    }
    /// The knowledge and locales folders this brain serves from, for `/check`.
    fn folders(&self) -> Option<(PathBuf, PathBuf)> {
        None
    }
    /// The languages' currency words, for redaction: a number before one is
    /// an amount and kept. None: every long number is removed.
    fn currencies(&self) -> Vec<String> {
        Vec::new()
    }
}

/// A language hint, if the bot speaks it.
pub(crate) fn spoken<B: Brain>(brain: &B, hint: Option<Lang>) -> Option<Lang> {
    hint.filter(|l| brain.languages().contains(l))
}

/// The language of a chat nothing has said anything about: the base's first.
pub(crate) fn first_lang<B: Brain>(brain: &B) -> Lang {
    brain.languages().first().copied().unwrap_or(Lang::UNDETERMINED)
}

impl Brain for Kb {
    fn handle(&self, session: &Session, input: Input, hint: Option<Lang>) -> Outcome {
        dialogue::handle(self, session, input, hint)
    }

    fn ui(&self, lang: Lang, id: &str) -> Option<String> {
        self.texts.has(lang, id).then(|| self.texts.ui(lang, id))
    }

    fn ui_with(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> Option<String> {
        self.texts.has(lang, id).then(|| self.texts.ui_with(lang, id, args))
    }

    fn title(&self, entry: &str, lang: Lang) -> Option<String> {
        self.entry(entry).is_some().then(|| Kb::title(self, entry, lang))
    }

    fn office(&self) -> Option<crate::relay::OfficeHours> {
        self.office.clone()
    }

    fn languages(&self) -> Vec<Lang> {
        self.languages.all().collect()
    }

    fn menus(&self, relay: bool) -> Vec<Menu> {
        Kb::menus(self, relay)
    }

    fn command_job(&self, name: &str) -> String {
        Kb::command_job(self, name).to_string()
    }

    fn currencies(&self) -> Vec<String> {
        self.languages.currencies()
    }
}

/// What the adapter reports to the service that runs it (`ops`), and the
/// chore it asks of it: handled questions to count, the hourly sweep of
/// idle sessions. Passed in, so the adapter never reaches up into the layer
/// that drives it. The defaults do neither (the adapter alone, in tests).
pub trait Host: Send + Sync + 'static {
    /// A handled update's event, and how long handling it took.
    fn handled(&self, store: &Store, event: &Event, took: Duration) {
        let _ = (store, event, took);
    }
    /// Deletes sessions idle longer than `ttl` as of `now_unix`; how many.
    fn sweep(&self, store: &Store, now_unix: u64, ttl: Duration) -> Result<usize, StoreError> {
        let _ = (store, now_unix, ttl);
        Ok(0)
    }
}

/// A host that counts nothing and sweeps nothing.
pub struct NoHost;

impl Host for NoHost {}

/// Counters for operators (and tests).
#[derive(Debug, Default)]
pub struct Stats {
    /// Updates handled (answered, ignored or failed) and recorded as such.
    pub handled: AtomicU64,
    pub replies: AtomicU64,
    pub panics: AtomicU64,
    pub send_errors: AtomicU64,
    pub duplicates: AtomicU64,
    /// Messages not answered because their chat was over its message limit.
    pub flood_dropped: AtomicU64,
    /// What `GET /metrics` exports.
    pub metrics: Arc<crate::metrics::Metrics>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatsSnapshot {
    pub handled: u64,
    pub replies: u64,
    pub panics: u64,
    pub send_errors: u64,
    pub duplicates: u64,
    pub flood_dropped: u64,
}

impl Stats {
    pub fn snapshot(&self) -> StatsSnapshot {
        StatsSnapshot {
            handled: self.handled.load(Ordering::Relaxed),
            replies: self.replies.load(Ordering::Relaxed),
            panics: self.panics.load(Ordering::Relaxed),
            send_errors: self.send_errors.load(Ordering::Relaxed),
            duplicates: self.duplicates.load(Ordering::Relaxed),
            flood_dropped: self.flood_dropped.load(Ordering::Relaxed),
        }
    }
}

/// Panic messages can quote the text being handled (a bad string slice
/// prints the string), so panics are logged with their location only, at
/// every level: the payload is never formatted.
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        error!("panic at {at}");
    }));
}

/// Resolves on the first SIGTERM or SIGINT. The handlers are installed when
/// this is called, so a signal that arrives before the future is polled is
/// not lost.
pub fn stop_signal() -> std::io::Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => info!("SIGTERM: stopping"),
            _ = int.recv() => info!("SIGINT: stopping"),
        }
    })
}

struct Shared<B: Brain> {
    bot: Bot,
    brain: Arc<B>,
    store: Store,
    username: String,
    admins: Vec<UserId>,
    advisor: advisor::State,
    relay: Option<relay::Relay>,
    case_ttl: Duration,
    throttle: Throttle,
    flood: FloodGate,
    stats: Arc<Stats>,
    host: Arc<dyn Host>,
    queues: Mutex<HashMap<ChatId, VecDeque<Job>>>,
    parallel: Semaphore,
    stopping: AtomicBool,
    busy: AtomicUsize,
    idle: Notify,
    progressed: Notify,
}

/// Runs the bot until `shutdown` resolves, counting into `stats`, which the
/// caller can watch while it runs. Tests call this with a fake Bot API in
/// `config.api_url` and their own `shutdown`.
pub async fn serve_with_stats<B: Brain>(
    config: Config,
    brain: Arc<B>,
    shutdown: impl Future<Output = ()> + Send + 'static,
    stats: Arc<Stats>,
) -> Result<StatsSnapshot, ServeError> {
    serve_hosted(config, brain, shutdown, stats, Arc::new(NoHost)).await
}

/// Like [`serve_with_stats`], reporting to `host` (questions counted, the
/// session sweep): how `ops` runs the adapter.
pub async fn serve_hosted<B: Brain>(
    config: Config,
    brain: Arc<B>,
    shutdown: impl Future<Output = ()> + Send + 'static,
    stats: Arc<Stats>,
    host: Arc<dyn Host>,
) -> Result<StatsSnapshot, ServeError> {
    let (stop_tx, mut stop_rx) = watch::channel(false);
    tokio::spawn(async move {
        shutdown.await;
        let _ = stop_tx.send(true);
    });

    stats.metrics.serving_since(std::time::Instant::now());
    let store = open_store(&config)?;

    let bot = make_bot(&config)?;
    let Some(me) = until_stopped(&mut stop_rx, startup(&bot, &config.token_origin, &stats.metrics)).await else {
        store.flush()?;
        return Ok(stats.snapshot());
    };
    let username = me?;
    info!(
        "serving as @{username}; data in {}; {} update(s) waiting in the inbox",
        config.data_dir.display(),
        store.inbox_len()
    );

    let last_case = store.last_case_number()?;
    if config.advisor_chat.is_some() && brain.office().is_some_and(|o| o.placeholder) {
        tracing::warn!(
            "the advice office's hours in knowledge/office.toml are a placeholder: commuters are not told \
             when the office answers until an advisor enters the real hours and removes `placeholder`"
        );
    }
    let shared = Arc::new(Shared {
        bot,
        brain,
        store,
        username,
        admins: config.admins.iter().map(|&id| UserId(id)).collect(),
        advisor: advisor::State::new(config.unanswered_ttl_days),
        relay: config.advisor_chat.map(|group| relay::Relay::new(ChatId(group), config.case_ttl, last_case)),
        case_ttl: config.case_ttl,
        throttle: Throttle::new(config.limits),
        flood: FloodGate::new(config.chat_messages_per_minute, Duration::from_secs(60)),
        stats: stats.clone(),
        host,
        queues: Mutex::new(HashMap::new()),
        parallel: Semaphore::new(PARALLEL),
        stopping: AtomicBool::new(false),
        busy: AtomicUsize::new(0),
        idle: Notify::new(),
        progressed: Notify::new(),
    });

    {
        let shared = shared.clone();
        tokio::spawn(async move { commands::set_commands(&shared).await });
    }
    upkeep::spawn(&shared, config.session_ttl, stop_rx.clone());

    // Updates fetched before the last stop or crash come first.
    for (id, raw) in shared.store.inbox()? {
        dispatch(&shared, id, parse_update(id, &raw), Flood::Allow);
    }

    let polled = poll(&shared, &config, &mut stop_rx).await;

    stop(&shared, &config, polled).await
}

/// The store in `config.data_dir`: a damaged database moved aside, lost
/// writes reported, old handled ids pruned.
fn open_store(config: &Config) -> Result<Store, ServeError> {
    let recovered = Store::open_or_recover(&config.data_dir, unix_now())?;
    if let Some((aside, reason)) = &recovered.moved_aside {
        error!(
            "THE DATABASE IN {} IS DAMAGED ({reason}); it was moved to {} and the bot starts with empty \
             sessions. Keep the damaged copy for inspection, or delete it.",
            config.data_dir.display(),
            aside.display()
        );
    }
    let store = recovered.store;
    if let Some(what) = store.lost_writes() {
        error!("THE DATABASE IN {} IS DAMAGED: {what}", config.data_dir.display());
    }
    if let Err(e) = store.prune_handled(unix_now()) {
        warn!("cannot prune handled update ids: {e}");
    }
    Ok(store)
}

/// Stop: no new work; what is being handled finishes (within the
/// deadline); the rest stays in the flushed inbox.
async fn stop<B: Brain>(
    shared: &Arc<Shared<B>>,
    config: &Config,
    polled: Result<Option<i64>, ServeError>,
) -> Result<StatsSnapshot, ServeError> {
    shared.stopping.store(true, Ordering::SeqCst);
    let drained = tokio::time::timeout(config.stop_deadline, wait_idle(shared)).await;
    if let Some(offset) = polled.as_ref().ok().copied().flatten() {
        // Everything fetched is in the flushed inbox, so confirming it is safe
        // and spares Telegram redelivering it.
        let _ = tokio::time::timeout(Duration::from_secs(2), updates::confirm(&shared.bot, offset)).await;
    }
    shared.store.flush()?;
    if let Err(e) = shared.store.write_mark() {
        warn!("cannot write the handled mark: {e}");
    }
    let snapshot = shared.stats.snapshot();
    info!(
        "stopped: {} update(s) handled, {} message(s) sent, {} panic(s), {} send error(s); {} left in the inbox",
        snapshot.handled,
        snapshot.replies,
        snapshot.panics,
        snapshot.send_errors,
        shared.store.inbox_len()
    );
    polled?;
    drained.map_err(|_| ServeError::Deadline(config.stop_deadline))?;
    Ok(snapshot)
}

fn make_bot(config: &Config) -> Result<Bot, ServeError> {
    let mut builder = teloxide_core::net::default_reqwest_settings();
    if let Some(proxy) = &config.proxy {
        let proxy = reqwest::Proxy::all(proxy).map_err(|_| ConfigError::BadUrl { name: "TELOXIDE_PROXY" })?;
        builder = builder.proxy(proxy);
    }
    let client = builder.build().map_err(|e| ServeError::Client(e.to_string()))?;
    let mut bot = Bot::with_client(config.token.secret(), client);
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    Ok(bot)
}
