//! The adapter's background chores while it serves: relaying notices to
//! the admins (a knowledge-base reload that failed), and the retention
//! sweep of idle sessions with the sessions gauge. Both end with the stop
//! signal, so the store is let go of when `serve` returns.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{broadcast, watch};
use tracing::warn;

use super::send::{send_text, To};
use super::{unix_now, Brain, Shared};

/// How often the sessions gauge is refreshed (a count is a full scan in sled).
const GAUGE_EVERY: Duration = Duration::from_secs(60);
/// How often idle sessions are swept.
const SWEEP_EVERY: Duration = Duration::from_secs(3600);

pub(super) fn spawn<B: Brain>(shared: &Arc<Shared<B>>, ttl: Option<Duration>, stop: watch::Receiver<bool>) {
    if let Some(notices) = shared.brain.notices() {
        let shared = shared.clone();
        let stop = stop.clone();
        tokio::spawn(async move { relay(shared, notices, stop).await });
    }
    let shared = shared.clone();
    tokio::spawn(async move { housekeeping(shared, ttl, stop).await });
}

async fn relay<B: Brain>(
    shared: Arc<Shared<B>>,
    mut notices: broadcast::Receiver<String>,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        let text = tokio::select! {
            _ = stop.wait_for(|s| *s) => return,
            received = notices.recv() => match received {
                Ok(text) => text,
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return,
            },
        };
        if shared.admins.is_empty() {
            continue;
        }
        for admin in &shared.admins {
            send_text(&shared, To::chat(admin.private_chat(), false), text.clone()).await;
        }
    }
}

async fn housekeeping<B: Brain>(shared: Arc<Shared<B>>, ttl: Option<Duration>, mut stop: watch::Receiver<bool>) {
    let mut gauge = tokio::time::interval(GAUGE_EVERY);
    let mut sweep = tokio::time::interval(SWEEP_EVERY);
    loop {
        tokio::select! {
            _ = stop.wait_for(|s| *s) => return,
            _ = gauge.tick() => {
                shared.stats.metrics.sessions(shared.store.session_count());
                if shared.relay.is_some() {
                    let open = shared.store.all_cases().map(|c| c.iter().filter(|c| c.open).count()).unwrap_or(0);
                    shared.stats.metrics.cases_open(open);
                }
            }
            _ = sweep.tick(), if ttl.is_some() => {
                let ttl = ttl.unwrap_or_default();
                if let Err(e) = shared.host.sweep(&shared.store, unix_now(), ttl) {
                    warn!("cannot sweep idle sessions: {e}");
                }
                match shared.store.sweep_cases(unix_now(), shared.case_ttl.as_secs()) {
                    Ok(n) if n > 0 => tracing::info!(removed = n, "deleted cases past their retention time"),
                    Ok(_) => {}
                    Err(e) => warn!("cannot sweep old cases: {e}"),
                }
            }
        }
    }
}
