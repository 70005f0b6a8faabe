//! Running pendlerbot as a service (`pendlerbot serve`): the Telegram
//! adapter plus what an operator lives with: `/healthz` and `/metrics` on
//! `PENDLERBOT_HTTP`, hot reload of the knowledge base (folder watch,
//! SIGHUP, `/reload`), the retention sweep, the stored counters behind
//! `pendlerbot stats`, and a clean stop on SIGTERM or SIGINT.
//!
//! This module knows neither teloxide nor sled: it drives them through
//! [`telegram`] and [`Store`].

pub mod live;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::net::TcpListener;
use tokio::sync::watch;
use tracing::{info, warn};

use crate::config::Settings;
use crate::date::{unix_now, Date};
use crate::dialogue::Event;
use crate::http::{Request, Response};
use crate::knowledge::Kb;
use crate::metrics::Metrics;
use crate::outcome::Outcome;
use crate::store::{Counters, Store, StoreError};
use crate::telegram::{self, ServeError, Stats, StatsSnapshot};
pub use live::{LiveKb, Trigger};

/// How often `serve` looks whether the date changed (the base is rebuilt
/// for each new day: amounts take effect on their `from` date).
pub const NEW_DAY_EVERY: Duration = Duration::from_secs(60);

/// Counts a handled update's event: in the metrics (by language and
/// outcome, latency, answers per entry) and in the stored daily counters.
/// Commands and non-text messages are not questions and are not counted.
pub fn count_event(metrics: &Metrics, store: &Store, event: &Event, took: Duration) {
    let Some((outcome, lang, entry)) = Outcome::of(event) else { return };
    metrics.question(lang, outcome, entry);
    metrics.latency(took);
    if let Err(e) = store.count_question(&today(unix_now()), outcome, entry) {
        warn!("cannot store the question counters: {e}");
    }
}

/// Deletes sessions idle for longer than `ttl` as of `now_unix`, logs and
/// counts how many. The adapter runs this every hour.
pub fn sweep(store: &Store, metrics: &Metrics, now_unix: u64, ttl: Duration) -> Result<usize, StoreError> {
    let removed = store.sweep_sessions(now_unix, ttl.as_secs())?;
    metrics.sessions_expired(removed);
    metrics.sessions(store.session_count());
    info!(removed, ttl_days = ttl.as_secs() / 86_400, "swept idle sessions");
    Ok(removed)
}

/// What `serve` does with what the adapter reports: counts questions
/// ([`count_event`]) and sweeps idle sessions ([`sweep`]).
struct Host {
    metrics: Arc<Metrics>,
}

impl telegram::Host for Host {
    fn handled(&self, store: &Store, event: &Event, took: Duration) {
        count_event(&self.metrics, store, event, took);
    }

    fn sweep(&self, store: &Store, now_unix: u64, ttl: Duration) -> Result<usize, StoreError> {
        sweep(store, &self.metrics, now_unix, ttl)
    }
}

/// `GET /healthz` and `GET /metrics`. `/healthz` answers 503 while the last
/// successful getUpdates is older than `max_poll_age` (zero: not checked):
/// a bot that cannot reach Telegram is not healthy.
pub fn endpoints(
    stats: Arc<Stats>,
    live: Arc<LiveKb>,
    max_poll_age: Duration,
) -> impl Fn(Request) -> Response + Send + Sync + 'static {
    move |req: Request| match (req.method.as_str(), req.path.as_str()) {
        ("GET" | "HEAD", "/healthz") => {
            let age = stats.metrics.poll_age(Instant::now());
            if !max_poll_age.is_zero() && age > max_poll_age {
                Response::text(
                    503,
                    format!(
                        "stale: no successful getUpdates for {} s (limit {} s)\n",
                        age.as_secs(),
                        max_poll_age.as_secs()
                    ),
                )
            } else {
                Response::text(200, format!("ok {}\n", live.current().version))
            }
        }
        ("GET" | "HEAD", "/metrics") => Response {
            status: 200,
            content_type: "text/plain; version=0.0.4; charset=utf-8",
            body: render_metrics(&stats).into_bytes(),
        },
        (_, "/healthz" | "/metrics") => Response::text(405, "method not allowed\n"),
        _ => Response::text(404, "not found\n"),
    }
}

/// Everything `/metrics` exports: the adapter's counters and [`Metrics`].
pub fn render_metrics(stats: &Stats) -> String {
    let s = stats.snapshot();
    let mut out = String::with_capacity(4096);
    for (name, help, value) in [
        ("pendlerbot_updates_handled_total", "Telegram updates handled.", s.handled),
        ("pendlerbot_messages_sent_total", "Messages sent to Telegram.", s.replies),
        ("pendlerbot_panics_total", "Updates whose handling panicked.", s.panics),
        ("pendlerbot_send_errors_total", "Messages that could not be sent.", s.send_errors),
        ("pendlerbot_duplicate_updates_total", "Updates delivered again and not handled twice.", s.duplicates),
    ] {
        out.push_str(&format!("# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}\n"));
    }
    stats.metrics.render(&mut out, Instant::now());
    out
}

/// `pendlerbot serve`: loads the base, starts the HTTP endpoints, the
/// reload watch and SIGHUP handler, and runs the Telegram adapter until
/// SIGTERM or SIGINT. A watchdog ends the process if the stop takes far
/// longer than its deadline.
pub fn run(settings: &Settings) -> anyhow::Result<StatsSnapshot> {
    let config = settings.telegram()?;
    let stats = Arc::new(Stats::default());
    let live = Arc::new(load(settings, &stats.metrics)?);
    telegram::quiet_panics();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(ServeError::Runtime)?;
    let result = runtime.block_on(serve(settings.clone(), config, live, stats));
    runtime.shutdown_timeout(Duration::from_secs(1));
    // The caller logs the error once (`main`).
    Ok(result?)
}

/// The knowledge base for today, or every error in it.
fn load(settings: &Settings, metrics: &Arc<Metrics>) -> anyhow::Result<LiveKb> {
    let started = Instant::now();
    let (kb, diags) = Kb::load(&settings.knowledge, &settings.locales, Date::today());
    let Some(kb) = kb else {
        let errors: Vec<String> =
            diags.iter().filter(|d| d.severity == crate::diag::Severity::Error).map(|d| d.to_string()).collect();
        anyhow::bail!(
            "the knowledge base has {} error(s); run `pendlerbot check`:\n{}",
            errors.len(),
            errors.join("\n")
        );
    };
    let live = LiveKb::new(kb, &settings.knowledge, &settings.locales, metrics.clone(), Date::today);
    let kb = live.current();
    metrics.knowledge_loaded(&kb.version, kb.entries.len(), unix_now(), started.elapsed());
    info!(
        version = kb.version.as_str(),
        entries = kb.entries.len(),
        ms = started.elapsed().as_millis() as u64,
        "knowledge base loaded"
    );
    Ok(live)
}

/// On the runtime: the stop signal, `/healthz` and `/metrics`, SIGHUP, the
/// folder watch and the daily rebuild, then the adapter until the stop.
async fn serve(
    settings: Settings,
    config: telegram::Config,
    live: Arc<LiveKb>,
    stats: Arc<Stats>,
) -> Result<StatsSnapshot, ServeError> {
    let signal = telegram::stop_signal().map_err(ServeError::Signals)?;
    let (stop_tx, stop_rx) = watch::channel(false);
    if let Some(addr) = settings.http {
        let listener = bind(addr).await?;
        let handler = endpoints(stats.clone(), live.clone(), settings.health_max_poll_age);
        let mut stop = stop_rx.clone();
        tokio::spawn(crate::http::serve(listener, handler, async move {
            let _ = stop.wait_for(|s| *s).await;
        }));
    }
    hangup(live.clone(), stop_rx.clone()).map_err(ServeError::Signals)?;
    if !settings.reload_poll.is_zero() {
        tokio::spawn(live::watch(live.clone(), settings.reload_poll, stop_rx.clone()));
    }
    tokio::spawn(live::daily(live.clone(), NEW_DAY_EVERY, stop_rx.clone()));
    let deadline = config.stop_deadline;
    let shutdown = async move {
        signal.await;
        let _ = stop_tx.send(true);
        watchdog(deadline + Duration::from_secs(5));
    };
    let host = Arc::new(Host { metrics: stats.metrics.clone() });
    telegram::serve_hosted(config, live, shutdown, stats, host).await
}

/// Ends the process if it is still running `hard` from now (a handler
/// stuck in a loop would otherwise hold up the stop for ever).
fn watchdog(hard: Duration) {
    std::thread::spawn(move || {
        std::thread::sleep(hard);
        eprintln!("pendlerbot: stop took longer than {hard:?}; exiting");
        std::process::exit(3);
    });
}

async fn bind(addr: SocketAddr) -> Result<TcpListener, ServeError> {
    let listener = TcpListener::bind(addr).await.map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::AddrInUse => {
                "the address is already in use (another pendlerbot, or another program on that port?)".to_string()
            }
            std::io::ErrorKind::AddrNotAvailable => "no network interface has that address".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied (ports below 1024 need privileges)".into(),
            _ => e.to_string(),
        };
        ServeError::Listen { addr, reason }
    })?;
    info!("health and metrics on http://{}/healthz and /metrics", listener.local_addr().unwrap_or(addr));
    Ok(listener)
}

/// SIGHUP reloads the knowledge base, as operators expect.
fn hangup(live: Arc<LiveKb>, mut stop: watch::Receiver<bool>) -> std::io::Result<()> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut hup = signal(SignalKind::hangup())?;
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = stop.wait_for(|s| *s) => return,
                got = hup.recv() => if got.is_none() { return },
            }
            info!("SIGHUP: reloading the knowledge base");
            let live = live.clone();
            let _ = tokio::task::spawn_blocking(move || live.reload(Trigger::Signal)).await;
        }
    });
    Ok(())
}

/// `pendlerbot stats`: the stored counters, without any personal data.
pub fn print_stats(counters: &Counters, top: usize) -> String {
    use std::collections::BTreeMap;
    let mut days: BTreeMap<&str, [u64; Outcome::ALL.len()]> = BTreeMap::new();
    let mut totals = [0u64; Outcome::ALL.len()];
    for (day, outcome, n) in &counters.per_day {
        let Some(i) = Outcome::ALL.iter().position(|o| o == outcome) else { continue };
        days.entry(day.as_str()).or_default()[i] += n;
        totals[i] += n;
    }
    let mut out = String::new();
    out.push_str("questions per day\n");
    out.push_str(&format!("{:<12}", "day"));
    for o in Outcome::ALL {
        out.push_str(&format!(" {:>9}", o.as_str()));
    }
    out.push_str(&format!(" {:>9}\n", "total"));
    for (day, c) in &days {
        out.push_str(&format!("{day:<12}"));
        for n in c {
            out.push_str(&format!(" {n:>9}"));
        }
        out.push_str(&format!(" {:>9}\n", c.iter().sum::<u64>()));
    }
    let all: u64 = totals.iter().sum();
    out.push_str(&format!("\nper outcome (all {} day(s), {all} question(s))\n", days.len()));
    for (i, o) in Outcome::ALL.iter().map(|o| o.as_str()).enumerate() {
        let share = if all == 0 { 0.0 } else { 100.0 * totals[i] as f64 / all as f64 };
        out.push_str(&format!("{o:<10} {:>8} {share:>5.1} %\n", totals[i]));
    }
    let mut entries = counters.per_entry.clone();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out.push_str(&format!("\ntop entries (of {})\n", entries.len()));
    for (entry, n) in entries.iter().take(top) {
        out.push_str(&format!("{n:>8}  {entry}\n"));
    }
    out
}

/// `YYYY-MM-DD` (UTC) of a unix time.
pub fn today(now_unix: u64) -> String {
    Date::from_days((now_unix / 86_400) as i64).to_string()
}
