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
mod input;
mod relay;
mod render;
mod throttle;
mod updates;
mod upkeep;

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use teloxide_core::payloads::setters::*;
use teloxide_core::requests::Requester;
use teloxide_core::types::{BotCommand, ChatId, LinkPreviewOptions, ParseMode, Update, UpdateKind};
use teloxide_core::{ApiError, Bot, RequestError};
use tokio::sync::{watch, Notify, Semaphore};
use tracing::{debug, error, info, warn};

pub use crate::config::{ConfigError, Limits, Rate, Telegram as Config, Token};
pub use input::{incoming, lang_hint, Incoming};
pub use render::{escape, render, split_text, Part, MAX_CALLBACK_DATA, MAX_PART};

use crate::dialogue::{self, Event, Input, Outcome, Reply, Session};
use crate::knowledge::Kb;
use crate::store::{SessionChange, Store, StoreError};
use crate::text::Lang;
use input::{chat_of, is_reload, migration_of, sender_of, thread_of};
use throttle::{Flood, FloodGate, Throttle};

/// 409 Conflicts in a row from getUpdates (with growing waits, about 3.5 s)
/// after which the bot stops: another instance polls the token.
const MAX_CONFLICTS: u32 = 4;
/// Stop fetching while this many updates wait in the inbox.
const INBOX_HIGH_WATER: usize = 1000;
/// Updates handled at the same time (across chats).
const PARALLEL: usize = 64;

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
    admins: Vec<i64>,
    advisor: advisor::State,
    relay: Option<relay::Relay>,
    case_ttl: Duration,
    throttle: Throttle,
    flood: FloodGate,
    stats: Arc<Stats>,
    host: Arc<dyn Host>,
    queues: Mutex<HashMap<i64, VecDeque<Job>>>,
    parallel: Semaphore,
    stopping: AtomicBool,
    busy: AtomicUsize,
    idle: Notify,
    progressed: Notify,
}

struct Job {
    update: u32,
    chat: Option<i64>,
    parsed: Option<Update>,
    /// The flood verdict taken when the update arrived.
    flood: Flood,
}

/// Runs the bot until `shutdown` resolves. Tests call this with a fake Bot
/// API in `config.api_url` and their own `shutdown`.
pub async fn serve<B: Brain>(
    config: Config,
    brain: Arc<B>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<StatsSnapshot, ServeError> {
    serve_with_stats(config, brain, shutdown, Arc::new(Stats::default())).await
}

/// Like [`serve`], with counters the caller can watch while it runs.
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
        admins: config.admins.clone(),
        advisor: advisor::State::from_env(),
        relay: config.advisor_chat.map(|group| relay::Relay::new(group, config.case_ttl, last_case)),
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
        tokio::spawn(async move { set_commands(&shared).await });
    }
    upkeep::spawn(&shared, config.session_ttl, stop_rx.clone());

    // Updates fetched before the last stop or crash come first.
    for (id, raw) in shared.store.inbox()? {
        dispatch(&shared, id, parse_update(id, &raw), Flood::Allow);
    }

    let polled = poll(&shared, &config, &mut stop_rx).await;

    // Stop: no new work; what is being handled finishes; the rest stays in the inbox.
    shared.stopping.store(true, Ordering::SeqCst);
    let drained = tokio::time::timeout(config.stop_deadline, wait_idle(&shared)).await;
    if let Some(offset) = polled.as_ref().ok().copied().flatten() {
        // Everything fetched is in the flushed inbox, so confirming it is safe
        // and spares Telegram redelivering it.
        let _ = tokio::time::timeout(Duration::from_secs(2), updates::confirm(&shared.bot, offset)).await;
    }
    shared.store.flush()?;
    if let Err(e) = shared.store.write_mark() {
        warn!("cannot write the handled mark: {e}");
    }
    let snapshot = stats.snapshot();
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

/// Runs `fut` unless the stop comes first.
async fn until_stopped<T>(stop: &mut watch::Receiver<bool>, fut: impl Future<Output = T>) -> Option<T> {
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
async fn startup(bot: &Bot, token_origin: &str, metrics: &crate::metrics::Metrics) -> Result<String, ServeError> {
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
async fn poll<B: Brain>(
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
        let waiting = shared.store.inbox_len();
        shared.stats.metrics.inbox(waiting);
        if waiting >= INBOX_HIGH_WATER {
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
        let mut fresh = Vec::new();
        let mut admitted: HashMap<i64, usize> = HashMap::new();
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
    }
}

fn parse_update(id: u32, raw: &[u8]) -> Option<Update> {
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
fn admit<B: Brain>(shared: &Shared<B>, update: &Update, admitted: &mut HashMap<i64, usize>) -> Flood {
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

/// Queues an update behind the earlier ones of its chat.
fn dispatch<B: Brain>(shared: &Arc<Shared<B>>, update: u32, parsed: Option<Update>, flood: Flood) {
    let chat = parsed.as_ref().and_then(chat_of);
    let job = Job { update, chat, parsed, flood };
    let key = chat.unwrap_or(0);
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
async fn chat_worker<B: Brain>(shared: Arc<Shared<B>>, key: i64) {
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

async fn wait_idle<B: Brain>(shared: &Shared<B>) {
    loop {
        let idle = shared.idle.notified();
        if shared.busy.load(Ordering::SeqCst) == 0 {
            return;
        }
        idle.await;
    }
}

async fn handle_job<B: Brain>(shared: Arc<Shared<B>>, job: Job) {
    let Job { update, chat, parsed, flood } = job;
    let incoming = parsed.as_ref().and_then(|u| incoming(u, &shared.username));
    // Always answer a button press, so the commuter's spinner stops.
    if let Some(Update { kind: UpdateKind::CallbackQuery(q), .. }) = &parsed {
        if let Err(e) = shared.bot.answer_callback_query(q.id.clone()).await {
            warn!(update, "answerCallbackQuery failed: {}", describe(&e));
        }
    }
    let admin = sender_of(parsed.as_ref()).is_some_and(|u| shared.admins.contains(&u));
    let thread = parsed.as_ref().and_then(thread_of);
    if let Some((from, to)) = parsed.as_ref().and_then(migration_of) {
        match shared.store.move_session(from, to) {
            Ok(true) => info!(update, "group migrated to a supergroup; its session moved along"),
            Ok(false) => {}
            Err(e) => warn!(update, "cannot move the session of a migrated group: {e}"),
        }
    }
    let mut relay_ops = Vec::new();
    if let (Some(r), Flood::Allow) = (&shared.relay, flood) {
        match relay::intercept(&shared, r, update, parsed.as_ref()).await {
            relay::Intercept::Done(ops) => {
                if let Err(e) =
                    shared.store.finish_async_with(update, chat, &SessionChange::Keep, &ops, unix_now()).await
                {
                    error!(update, "cannot record the update as handled: {e}");
                }
                shared.stats.handled.fetch_add(1, Ordering::Relaxed);
                return;
            }
            relay::Intercept::Pass(ops) => relay_ops = ops,
        }
    }
    let change = match incoming {
        None => {
            debug!(update, "nothing to answer");
            SessionChange::Keep
        }
        Some(inc) if flood == Flood::Warn => {
            warn!(update, "a chat is over its message limit; it is told once, then ignored for the minute");
            shared.stats.flood_dropped.fetch_add(1, Ordering::Relaxed);
            shared.stats.metrics.flood_dropped();
            let session = shared.store.session(inc.chat).unwrap_or_default();
            let lang = session.lang.or(inc.hint).or(session.last_lang).unwrap_or(Lang::Da);
            if let Some(text) = shared.brain.ui(lang, "too-fast") {
                let reply = Reply { title: None, text, buttons: vec![] };
                for part in render(&reply) {
                    send_to(&shared, inc.chat, inc.group, thread, part).await;
                }
            }
            SessionChange::Keep
        }
        Some(inc)
            if is_reload(&inc.input) && sender_of(parsed.as_ref()).is_some_and(|u| shared.admins.contains(&u)) =>
        {
            info!(update, "/reload from an admin");
            let brain = shared.brain.clone();
            let text = tokio::task::spawn_blocking(move || brain.reload())
                .await
                .ok()
                .flatten()
                .unwrap_or_else(|| "This bot cannot reload its knowledge base.".into());
            let reply = Reply { title: None, text, buttons: vec![] };
            for part in render(&reply) {
                send(&shared, inc.chat, inc.group, part).await;
            }
            SessionChange::Keep
        }
        Some(inc)
            if advisor::command(&inc.input).is_some()
                && sender_of(parsed.as_ref()).is_some_and(|u| shared.admins.contains(&u)) =>
        {
            info!(update, "advisor command from an admin");
            if let Some(cmd) = advisor::command(&inc.input) {
                advisor::run(&shared, inc.chat, inc.group, inc.hint, cmd).await;
            }
            SessionChange::Keep
        }
        Some(inc) => {
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
            let before = relay::before(&inc.input);
            let mut outcome = shared.brain.handle(&session, inc.input, inc.hint);
            log_event(update, &outcome.event);
            advisor::after(&shared, inc.chat, question.as_deref(), &outcome, admin);
            let mut extra = Vec::new();
            if let Some(r) = &shared.relay {
                let (ops, parts) = relay::after(&shared, r, inc.chat, &before, &mut outcome, inc.group).await;
                relay_ops.extend(ops);
                extra = parts;
            }
            for reply in &outcome.replies {
                for part in render(reply) {
                    send_to(&shared, inc.chat, inc.group, thread, part).await;
                }
            }
            for part in extra {
                send(&shared, inc.chat, inc.group, part).await;
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
    };
    if let Err(e) = shared.store.finish_async_with(update, chat, &change, &relay_ops, unix_now()).await {
        error!(update, "cannot record the update as handled: {e}");
    }
    shared.stats.handled.fetch_add(1, Ordering::Relaxed);
}

fn log_event(update: u32, event: &Event) {
    match event {
        Event::Answered { entry, lang } => info!(update, %lang, entry = entry.as_str(), "answered"),
        Event::Offered { options, lang } => info!(update, %lang, options = options.len(), "offered choices"),
        Event::FellBack { lang } => info!(update, %lang, "fell back to the advice office"),
        Event::Feedback { entry, up } => info!(update, entry = entry.as_str(), up, "feedback"),
        Event::Command => info!(update, "command"),
        Event::NonText => info!(update, "not text"),
    }
}

async fn apologise<B: Brain>(shared: &Shared<B>, chat: i64) {
    let session = shared.store.session(chat).unwrap_or_default();
    let lang = session.lang.or(session.last_lang).unwrap_or(Lang::Da);
    let text = shared.brain.ui(lang, "apology").unwrap_or_else(|| match lang {
        Lang::Da => "Beklager, der gik noget galt. Prøv igen om lidt.".into(),
        Lang::De => "Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal.".into(),
    });
    let reply = Reply { title: None, text, buttons: vec![] };
    for part in render(&reply) {
        send(shared, chat, false, part).await;
    }
}

/// Sends one message, throttled, retried after 429s and brief network
/// failures. Failures are logged and counted, never raised: the update is
/// handled either way.
async fn send<B: Brain>(shared: &Shared<B>, chat: i64, group: bool, part: Part) {
    send_to(shared, chat, group, None, part).await
}

/// [`send`] into a forum topic (`thread`), where the question was asked.
async fn send_to<B: Brain>(
    shared: &Shared<B>,
    chat: i64,
    group: bool,
    thread: Option<teloxide_core::types::ThreadId>,
    part: Part,
) {
    let mut chat = chat;
    let mut transient_failures = 0;
    // Re-sent once already after a failure that may have been delivered.
    let mut resent_unknown = false;
    for _ in 0..(MAX_TRANSIENT_FAILURES + 4) {
        shared.throttle.wait(chat, group).await;
        let mut request =
            shared.bot.send_message(ChatId(chat), part.html.clone()).parse_mode(ParseMode::Html).link_preview_options(
                LinkPreviewOptions {
                    is_disabled: true,
                    url: None,
                    prefer_small_media: false,
                    prefer_large_media: false,
                    show_above_text: false,
                },
            );
        if let Some(k) = &part.keyboard {
            request = request.reply_markup(k.clone());
        }
        if let Some(t) = thread {
            request = request.message_thread_id(t);
        }
        match request.await {
            Ok(_) => {
                shared.stats.replies.fetch_add(1, Ordering::Relaxed);
                return;
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
                if let Err(e) = shared.store.move_session(chat, to.0) {
                    warn!("cannot move the session of a migrated group: {e}");
                }
                chat = to.0;
            }
            Err(e) if failure(&e) == Some(Failure::Unknown) && resent_unknown => {
                // Twice a request that may have arrived: a third copy is not risked.
                shared.stats.send_errors.fetch_add(1, Ordering::Relaxed);
                shared.stats.metrics.telegram_error();
                warn!("sendMessage: outcome unknown again ({}); not sent a third time", describe(&e));
                return;
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
                shared.stats.send_errors.fetch_add(1, Ordering::Relaxed);
                shared.stats.metrics.telegram_error();
                match &e {
                    RequestError::Api(ApiError::BotBlocked | ApiError::ChatNotFound | ApiError::UserDeactivated) => {
                        info!("chat cannot be reached: {}", describe(&e))
                    }
                    _ => warn!("sendMessage failed: {}", describe(&e)),
                }
                return;
            }
        }
    }
    shared.stats.send_errors.fetch_add(1, Ordering::Relaxed);
    shared.stats.metrics.telegram_error();
    warn!("sendMessage: giving up after repeated failures");
}

/// Transient failures of one send retried before it is given up (about
/// 30 s of waiting in all).
const MAX_TRANSIENT_FAILURES: u32 = 7;

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

/// The command menus, per language. A locale may override a description
/// with a `command-<name>` message.
async fn set_commands<B: Brain>(shared: &Shared<B>) {
    const DA: &[(&str, &str)] = &[
        ("start", "Start og emner"),
        ("help", "Hjælp og kommandoer"),
        ("sprog", "Skift sprog (dansk/tysk)"),
        ("profil", "Hvor du bor og arbejder"),
        ("kontakt", "Regionskontorets kontakt og åbningstider"),
        ("privacy", "Hvad jeg gemmer om dig"),
        ("glem", "Slet alt, hvad jeg har gemt om denne chat"),
    ];
    const DE: &[(&str, &str)] = &[
        ("start", "Start und Themen"),
        ("hilfe", "Hilfe und Befehle"),
        ("sprache", "Sprache wechseln (Dänisch/Deutsch)"),
        ("profil", "Wo Sie wohnen und arbeiten"),
        ("kontakt", "Kontakt und Öffnungszeiten des Regionskontors"),
        ("datenschutz", "Was ich über Sie speichere"),
        ("vergessen", "Alles löschen, was ich zu diesem Chat gespeichert habe"),
    ];
    const DEFAULT: &[(&str, &str)] = &[
        ("start", "Start"),
        ("help", "Hjælp / Hilfe"),
        ("language", "Sprog / Sprache"),
        ("profil", "Profil"),
        ("kontakt", "Kontakt"),
        ("privacy", "Privatliv / Datenschutz"),
        ("forget", "Glem mig / Vergessen"),
    ];
    // With the handover on, the commuter's command that closes a case (issue 18).
    const CLOSE: [&[(&str, &str)]; 3] = [
        &[("afslut", "Luk din sag hos rådgivningen")],
        &[("beenden", "Ihren Fall bei der Beratung schließen")],
        &[("close", "Afslut sag / Fall beenden")],
    ];
    for ((code, lang, table), close) in
        [(Some("da"), Some(Lang::Da), DA), (Some("de"), Some(Lang::De), DE), (None, None, DEFAULT)]
            .into_iter()
            .zip(CLOSE)
    {
        let close: &[(&str, &str)] = if shared.relay.is_some() { close } else { &[] };
        let commands: Vec<BotCommand> = table
            .iter()
            .chain(close)
            .map(|(name, fallback)| {
                let text = lang.and_then(|l| shared.brain.ui(l, &format!("command-{name}")));
                BotCommand::new(*name, text.unwrap_or_else(|| fallback.to_string()))
            })
            .collect();
        let mut request = shared.bot.set_my_commands(commands);
        if let Some(code) = code {
            request = request.language_code(code);
        }
        if let Err(e) = request.await {
            warn!("setMyCommands ({}) failed: {}", code.unwrap_or("default"), describe(&e));
        }
    }
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Exponential backoff for a failing Telegram: 1 s, 2 s, 4 s, ... 30 s.
struct Backoff(u32);

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
