//! The knowledge base while serving: one [`Kb`] behind an `RwLock<Arc<_>>`,
//! replaced as a whole by a reload. A reload runs the same load and checks
//! as `pendlerbot check`; only a base without errors is swapped in, so a
//! broken edit keeps the old base serving. The failure is logged (every
//! `file:line`) and sent to the admins.
//!
//! Reloads come from four places: the folder watch ([`watch`], mtimes
//! polled and debounced), SIGHUP, `/reload` from an admin, and a new day
//! ([`daily`]): the base is built for a date, which decides the amounts in
//! effect, so it is rebuilt when the date changes.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

use tokio::sync::{broadcast, watch as stop_channel};
use tracing::{error, info, warn};

use crate::date::{unix_now, Date};
use crate::diag::{Diagnostic, Severity};
use crate::dialogue::{self, Input, Outcome, Session};
use crate::knowledge::languages::Menu;
use crate::knowledge::load::OUT_OF_FILES;
use crate::knowledge::Kb;
use crate::metrics::Metrics;
use crate::telegram::Brain;
use crate::text::Lang;

/// What asked for a reload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// The folder watch saw an edit.
    Watch,
    /// SIGHUP.
    Signal,
    /// `/reload` from an admin (who gets the result as the reply).
    Command,
    /// The date changed: amounts that take effect today replace older ones.
    NewDay,
}

impl Trigger {
    fn as_str(self) -> &'static str {
        match self {
            Trigger::Watch => "file change",
            Trigger::Signal => "SIGHUP",
            Trigger::Command => "/reload",
            Trigger::NewDay => "new day",
        }
    }
}

pub struct LiveKb {
    current: RwLock<Arc<Kb>>,
    knowledge: PathBuf,
    locales: PathBuf,
    metrics: Arc<Metrics>,
    notices: broadcast::Sender<String>,
    /// One reload at a time.
    reloading: Mutex<()>,
    today: fn() -> Date,
    /// The last date a rebuild for a new day was tried: a failing one is
    /// not retried (and reported) every minute, a folder edit retries it.
    day_tried: Mutex<Option<Date>>,
}

impl LiveKb {
    /// Serves `kb`, loaded from `knowledge` and `locales`; reloads read the
    /// date from `today` (tests pass a fixed one).
    pub fn new(kb: Kb, knowledge: &Path, locales: &Path, metrics: Arc<Metrics>, today: fn() -> Date) -> LiveKb {
        metrics.knowledge_loaded(&kb.version, kb.entries.len(), unix_now(), Duration::ZERO);
        let (notices, _) = broadcast::channel(16);
        LiveKb {
            current: RwLock::new(Arc::new(kb)),
            knowledge: knowledge.to_path_buf(),
            locales: locales.to_path_buf(),
            metrics,
            notices,
            reloading: Mutex::new(()),
            today,
            day_tried: Mutex::new(None),
        }
    }

    /// The base serving now.
    pub fn current(&self) -> Arc<Kb> {
        self.current.read().expect("kb lock").clone()
    }

    pub fn subscribe(&self) -> broadcast::Receiver<String> {
        self.notices.subscribe()
    }

    /// Loads and checks the folders; swaps the new base in only when it has
    /// no errors. `Ok` carries the text for the admins, as does the error's `Display`. A
    /// failure not asked for by `/reload` is also sent to every admin.
    pub fn reload(&self, trigger: Trigger) -> Result<String, ReloadError> {
        let _one = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
        let started = Instant::now();
        let (kb, diags) = Kb::load(&self.knowledge, &self.locales, (self.today)());
        let took = started.elapsed();
        let (old, old_entries) = {
            let current = self.current();
            (current.version.clone(), current.entries.len())
        };
        // A base that checks clean but lost most of its entries is almost
        // surely a mistake (a file saved empty, a bad merge): refused like
        // a broken edit. A deliberate cut that large takes a restart.
        let (kb, refusal) = match kb {
            Some(new) if shrinks_too_much(old_entries, new.entries.len()) => {
                let problem = format!(
                    "{}: error: the edit leaves {} of {old_entries} entries: more than half would be lost, so \
                     it is taken for a mistake (a file saved empty?); if it is meant, restart the bot to load it",
                    self.knowledge.display(),
                    new.entries.len()
                );
                (None, Some(problem))
            }
            other => (other, None),
        };
        match kb {
            Some(kb) => Ok(self.swap_in(kb, &diags, trigger, &old, took)),
            None if refusal.is_none()
                && diags.iter().any(|d| d.severity == Severity::Error && d.message.contains(OUT_OF_FILES)) =>
            {
                // The files could not be opened at all: not a broken edit.
                error!(
                    trigger = trigger.as_str(),
                    serving = old.as_str(),
                    "knowledge base not reloaded: {OUT_OF_FILES} (file descriptors used up: \
                     `ls /proc/<pid>/fd | wc -l`); the files were not read, the previous version keeps serving"
                );
                self.metrics.reload(false);
                Err(self.refused(ReloadError::Unreadable { trigger, serving: old }))
            }
            None => {
                let errors: Vec<String> = refusal
                    .into_iter()
                    .chain(diags.iter().filter(|d| d.severity == Severity::Error).map(|d| d.to_string()))
                    .collect();
                error!(
                    trigger = trigger.as_str(),
                    errors = errors.len(),
                    serving = old.as_str(),
                    "knowledge base NOT reloaded: the edit has errors; the previous version keeps serving"
                );
                for e in &errors {
                    error!("{e}");
                }
                self.metrics.reload(false);
                Err(self.refused(ReloadError::Broken { trigger, serving: old, errors }))
            }
        }
    }

    /// A base that checked clean (warnings logged) serves from now on; the
    /// text for the admins.
    fn swap_in(&self, kb: Kb, diags: &[Diagnostic], trigger: Trigger, old: &str, took: Duration) -> String {
        let warnings = diags.len();
        for d in diags {
            warn!("{d}");
        }
        let text = format!(
            "Knowledge base reloaded ({}): version {} (was {old}), {} entries, {warnings} warning(s), {} ms",
            trigger.as_str(),
            kb.version,
            kb.entries.len(),
            took.as_millis()
        );
        info!(
            trigger = trigger.as_str(),
            version = kb.version.as_str(),
            previous = old,
            entries = kb.entries.len(),
            warnings,
            ms = took.as_millis() as u64,
            "knowledge base reloaded"
        );
        self.metrics.knowledge_loaded(&kb.version, kb.entries.len(), unix_now(), took);
        self.metrics.reload(true);
        *self.current.write().expect("kb lock") = Arc::new(kb);
        text
    }

    /// A failed reload not asked for by `/reload` is also sent to every admin.
    fn refused(&self, e: ReloadError) -> ReloadError {
        if e.trigger() != Trigger::Command {
            let _ = self.notices.send(e.to_string());
        }
        e
    }
}

/// Why a reload kept the previous base serving. Its text is what the
/// admins are told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReloadError {
    /// The files could not be opened at all (file descriptors used up): not
    /// a problem of the edit.
    Unreadable { trigger: Trigger, serving: String },
    /// The edit has errors, or loses more than half of the entries.
    Broken { trigger: Trigger, serving: String, errors: Vec<String> },
}

impl ReloadError {
    pub fn trigger(&self) -> Trigger {
        match self {
            ReloadError::Unreadable { trigger, .. } | ReloadError::Broken { trigger, .. } => *trigger,
        }
    }
}

impl std::fmt::Display for ReloadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        /// Errors listed in the text; the rest are counted.
        const SHOWN: usize = 20;
        match self {
            ReloadError::Unreadable { trigger, serving } => write!(
                f,
                "Knowledge base not reloaded ({}): {OUT_OF_FILES}, so the files could not be read; this is \
                 not a problem of the edit. Version {serving} keeps serving; the next edit, SIGHUP or /reload \
                 tries again.",
                trigger.as_str()
            ),
            ReloadError::Broken { trigger, serving, errors } => {
                write!(
                    f,
                    "Knowledge base NOT reloaded ({}): {} error(s); version {serving} keeps serving. Run `pendlerbot check`.",
                    trigger.as_str(),
                    errors.len()
                )?;
                for e in errors.iter().take(SHOWN) {
                    write!(f, "\n{e}")?;
                }
                if errors.len() > SHOWN {
                    write!(f, "\n… and {} more", errors.len() - SHOWN)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ReloadError {}

/// Whether a reload from `old` to `new` entries loses more than half.
fn shrinks_too_much(old: usize, new: usize) -> bool {
    old > 0 && (new == 0 || new * 2 < old)
}

impl LiveKb {
    /// Rebuilds the base when the date is no longer the one it was built
    /// for, so an amount that takes effect on 1 January answers from that
    /// day without a restart or an edit. Tries once per date; a failure
    /// keeps the old base serving and is reported like any failed reload.
    /// `None` when nothing had to be done.
    pub fn rebuild_if_new_day(&self) -> Option<Result<String, ReloadError>> {
        let today = (self.today)();
        {
            let mut tried = self.day_tried.lock().unwrap_or_else(|e| e.into_inner());
            if self.current().built_for == today || *tried == Some(today) {
                return None;
            }
            *tried = Some(today);
        }
        info!(day = %today, "new day: rebuilding the knowledge base for it");
        Some(self.reload(Trigger::NewDay))
    }
}

impl Brain for LiveKb {
    fn handle(&self, session: &Session, input: Input, hint: Option<Lang>) -> Outcome {
        dialogue::handle(&self.current(), session, input, hint)
    }

    fn ui(&self, lang: Lang, id: &str) -> Option<String> {
        Brain::ui(&*self.current(), lang, id)
    }

    fn ui_with(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> Option<String> {
        Brain::ui_with(&*self.current(), lang, id, args)
    }

    fn title(&self, entry: &str, lang: Lang) -> Option<String> {
        Brain::title(&*self.current(), entry, lang)
    }

    fn office(&self) -> Option<crate::relay::OfficeHours> {
        Brain::office(&*self.current())
    }

    fn languages(&self) -> Vec<Lang> {
        Brain::languages(&*self.current())
    }

    fn menus(&self, relay: bool) -> Vec<Menu> {
        Brain::menus(&*self.current(), relay)
    }

    fn command_job(&self, name: &str) -> String {
        Brain::command_job(&*self.current(), name)
    }

    fn currencies(&self) -> Vec<String> {
        Brain::currencies(&*self.current())
    }

    fn reload(&self) -> Option<String> {
        Some(match LiveKb::reload(self, Trigger::Command) {
            Ok(t) => t,
            Err(e) => e.to_string(),
        })
    }

    fn notices(&self) -> Option<broadcast::Receiver<String>> {
        Some(self.subscribe())
    }

    fn folders(&self) -> Option<(PathBuf, PathBuf)> {
        Some((self.knowledge.clone(), self.locales.clone()))
    }
}

/// What the watch compares: every file's path, size and modification time.
type Fingerprint = Vec<(PathBuf, u64, Option<SystemTime>)>;

fn fingerprint(dirs: &[&Path]) -> Fingerprint {
    fn walk(dir: &Path, out: &mut Fingerprint, depth: usize) {
        let Ok(items) = std::fs::read_dir(dir) else { return };
        for item in items.flatten() {
            let path = item.path();
            let Ok(meta) = item.metadata() else { continue };
            if meta.is_dir() && depth < 4 {
                walk(&path, out, depth + 1);
            } else if meta.is_file() {
                out.push((path, meta.len(), meta.modified().ok()));
            }
        }
    }
    let mut out = Vec::new();
    for d in dirs {
        walk(d, &mut out, 0);
    }
    out.sort();
    out
}

/// Polls the knowledge and locales folders every `every`; after an edit,
/// reloads once nothing changed for one more `every` (an editor saving
/// several files, or a `git pull`, gives one reload). Ends with `stop`.
pub async fn watch(live: Arc<LiveKb>, every: Duration, mut stop: stop_channel::Receiver<bool>) {
    let dirs = |live: &LiveKb| fingerprint(&[&live.knowledge, &live.locales]);
    let mut last = {
        let live = live.clone();
        tokio::task::spawn_blocking(move || dirs(&live)).await.unwrap_or_default()
    };
    let mut pending = false;
    loop {
        tokio::select! {
            _ = stop.wait_for(|s| *s) => return,
            _ = tokio::time::sleep(every) => {}
        }
        let live = live.clone();
        let now = {
            let live = live.clone();
            tokio::task::spawn_blocking(move || dirs(&live)).await.unwrap_or_default()
        };
        if now != last {
            last = now;
            pending = true;
            continue;
        }
        if pending {
            pending = false;
            let _ = tokio::task::spawn_blocking(move || live.reload(Trigger::Watch)).await;
        }
    }
}

/// Looks at the date every `every` and rebuilds the base when it changed
/// ([`LiveKb::rebuild_if_new_day`]). Ends with `stop`.
pub async fn daily(live: Arc<LiveKb>, every: Duration, mut stop: stop_channel::Receiver<bool>) {
    loop {
        tokio::select! {
            _ = stop.wait_for(|s| *s) => return,
            _ = tokio::time::sleep(every) => {}
        }
        let live = live.clone();
        let _ = tokio::task::spawn_blocking(move || live.rebuild_if_new_day()).await;
    }
}
