//! Everything the bot keeps on disk, in one embedded sled database. This is
//! the only module that knows sled.
//!
//! Three trees:
//! - `sessions`: chat id -> [`Session`] as JSON (language, profile, last
//!   entry, pending choices; never message text).
//! - `inbox`: update id -> the raw update as JSON, written and flushed before
//!   the next `getUpdates` confirms it to Telegram, removed once handled. This
//!   is what makes a `kill -9` lose nothing.
//! - `handled`: update id -> when it was handled (unix seconds), kept for
//!   [`HANDLED_WINDOW_SECS`], so an update Telegram delivers again after a
//!   restart is never answered twice.
//! - `seen`: chat id -> when it last wrote (unix seconds), so sessions idle
//!   longer than the retention time are deleted by [`Store::sweep_sessions`].
//! - `counters`: questions per day and outcome, answers per entry (no chat
//!   ids, no text), for `pendlerbot stats`.
//! - `unanswered`: the redacted, expiring log of questions the bot could not
//!   answer, and 👍/👎 counts in `counters` (`store/advisor.rs`, issue 6).
//! - `cases` and `relay`: cases handed to the advice office and where each
//!   chat is in the handover (`store/cases.rs`, issue 18).
//!
//! Beside the database, the file `handled-mark` says "every update below W
//! was handled, as of unix time T" (issue 15.2). It is written atomically
//! (a temporary file, fsync, rename) at most once a second, and only with a
//! mark the database itself has already flushed (tree `meta`), so it is
//! never ahead of an intact database. sled recovers a damaged log silently
//! to an older state, in which answered updates are back in the inbox and
//! their handled marks gone; at open, a database whose own mark is below the
//! file's has lost writes: that is logged loudly, updates below the mark are
//! dropped from the inbox, and the first `getUpdates` confirms everything
//! below the mark ([`Store::poll_floor`]), so nothing is answered twice.
//!
//! Handling an update ends in one transaction over all three trees
//! ([`Store::finish`]), followed by a flush. sled is beta software: when its
//! database is damaged, [`Store::open_or_recover`] moves it aside *inside*
//! the data folder (`damaged-<unix time>/`) and starts empty rather than
//! crash-looping. Anything else that keeps it from opening (a full disk,
//! permissions, an I/O error) stops start-up and moves nothing; a path that
//! is a file, or a folder holding other things, is refused untouched.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use sled::transaction::{ConflictableTransactionError, TransactionError};
use sled::Transactional;

use crate::date::unix_now;
use crate::dialogue::Session;
use crate::ids::ChatId;
use crate::outcome::Outcome;

mod advisor;
mod cases;
pub use advisor::Feedback;
pub use cases::{CaseOp, RelayCounts};

/// How long handled update ids are remembered. Telegram keeps unconfirmed
/// updates for at most 24 hours, so a day and a bit covers every redelivery.
pub const HANDLED_WINDOW_SECS: u64 = 26 * 3600;

/// Prune the handled ids after this many handled updates.
const PRUNE_EVERY: u32 = 1000;
/// sled's page cache, in bytes.
const CACHE_BYTES: u64 = 8 << 20;
/// The file beside the database: "every update below W was handled".
pub const MARK_FILE: &str = "handled-mark";
/// How often the mark file is rewritten at most.
const MARK_EVERY: Duration = Duration::from_secs(1);
/// A mark older than this is not used as a floor for polling: Telegram
/// keeps unconfirmed updates at most a day, and may number updates anew
/// after a week without any.
const MARK_FLOOR_SECS: u64 = 24 * 3600;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("another process is using the data folder {0} (is pendlerbot already running?)")]
    Locked(PathBuf),
    #[error("the database in the data folder {path} is damaged: {source}")]
    Open { path: PathBuf, source: sled::Error },
    #[error("the database in the data folder {path} is damaged and cannot be moved aside inside it: {source}")]
    MoveAside { path: PathBuf, source: std::io::Error },
    #[error(
        "cannot open the data folder {path}: {reason}; nothing was moved: fix the cause (disk space, \
         permissions, the disk) and start again"
    )]
    Unavailable { path: PathBuf, reason: String },
    #[error(
        "the data folder {0} is a file, not a folder: point PENDLERBOT_DATA at a folder (it is created if missing)"
    )]
    NotAFolder(PathBuf),
    #[error(
        "{0} is not a pendlerbot data folder (it holds other files and no pendlerbot database): refusing \
         to write into it; point PENDLERBOT_DATA at an empty or new folder"
    )]
    NotDataFolder(PathBuf),
    #[error("database error: {0}")]
    Db(#[from] sled::Error),
    #[error("stored data cannot be written as JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("cannot write the database to disk: {0}")]
    Flush(String),
}

/// What handling an update does to its chat's session.
#[derive(Clone, Debug, PartialEq)]
pub enum SessionChange {
    Keep,
    Save(Session),
    /// `/forget`: erase everything stored about the chat.
    Forget,
}

pub struct Store {
    db: sled::Db,
    sessions: sled::Tree,
    inbox: sled::Tree,
    handled: sled::Tree,
    seen: sled::Tree,
    counters: sled::Tree,
    cases: sled::Tree,
    relay: sled::Tree,
    finished: AtomicU32,
    /// Updates in the inbox (sled counts a tree by walking it).
    waiting: std::sync::atomic::AtomicUsize,
    commit: GroupCommit,
    mark: std::sync::Arc<Mark>,
    /// What the mark file said at open: (W, unix time written).
    mark_at_open: Option<(u64, u64)>,
    /// Set at open when the database had lost writes (see the module docs).
    lost_writes: Option<String>,
}

/// The handled mark: computed after flushes, kept in the database's `meta`
/// tree, and copied to [`MARK_FILE`] once the database has flushed it.
struct Mark {
    file: PathBuf,
    inbox: sled::Tree,
    meta: sled::Tree,
    /// One above the highest update id handled since open (0: none).
    next: std::sync::atomic::AtomicU64,
    /// (the mark in `meta` waiting for a flush, when the file was last written)
    state: std::sync::Mutex<(Option<u64>, Option<std::time::Instant>)>,
}

impl Mark {
    /// After a flush: the mark put in `meta` before it is on disk now, so
    /// it may go to the file; then a new mark is put in `meta` for the next
    /// flush. At most once per [`MARK_EVERY`] unless `force`.
    fn after_flush(&self, force: bool) {
        let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = std::time::Instant::now();
        if !force && st.1.is_some_and(|t| now.duration_since(t) < MARK_EVERY) {
            return;
        }
        st.1 = Some(now);
        if let Some(w) = st.0.take() {
            if let Err(e) = write_atomically(&self.file, format!("{w} {}\n", unix_now()).as_bytes()) {
                tracing::warn!("cannot write {}: {e}", self.file.display());
            }
        }
        let next = self.next.load(Ordering::Relaxed);
        let first_waiting = self
            .inbox
            .first()
            .ok()
            .flatten()
            .and_then(|(k, _)| <[u8; 4]>::try_from(k.as_ref()).ok())
            .map(|k| u64::from(u32::from_be_bytes(k)));
        // Everything below the first update waiting, and below one above
        // the highest handled, was handled (or dropped on purpose).
        let w = match first_waiting {
            Some(f) if next > 0 => f.min(next),
            Some(_) => return,
            None if next > 0 => next,
            None => return,
        };
        if self.meta.insert(MARK_KEY, &w.to_be_bytes()).is_ok() {
            st.0 = Some(w);
        }
    }
}

const MARK_KEY: &[u8] = b"handled-mark";

/// Writes `bytes` to `path` so that a crash leaves either the old or the
/// new contents: a temporary file beside it, fsync, rename, fsync of the folder.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("tmp");
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent() {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// The mark file's (W, unix time), if it is there and readable.
fn read_mark(path: &Path) -> Option<(u64, u64)> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut parts = text.split_whitespace();
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

/// A store opened by [`Store::open_or_recover`], and where a damaged database went.
pub struct Recovered {
    pub store: Store,
    pub moved_aside: Option<(PathBuf, String)>,
}

impl Store {
    /// Opens (or creates) the database in `dir`. Waits up to two seconds for
    /// a previous owner in this process to let go of the folder's lock.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        check_folder(dir)?;
        let mut waited = Duration::ZERO;
        loop {
            // sled's page cache defaults to 1 GB and grows with the data; a
            // small one keeps the resident memory flat (sessions are tiny).
            match sled::Config::new().path(dir).cache_capacity(CACHE_BYTES).open() {
                Ok(db) => {
                    // Best effort: a folder with sled's `db` is recognised without it.
                    if !dir.join(MARKER).exists() {
                        let _ = std::fs::write(dir.join(MARKER), MARKER_TEXT);
                    }
                    return Store::from_db(db, dir);
                }
                Err(e) if is_lock_error(&e) => {
                    if waited >= Duration::from_secs(2) {
                        return Err(StoreError::Locked(dir.to_path_buf()));
                    }
                    std::thread::sleep(Duration::from_millis(50));
                    waited += Duration::from_millis(50);
                }
                Err(source) if is_damage(&source) => return Err(StoreError::Open { path: dir.to_path_buf(), source }),
                Err(e) => return Err(StoreError::Unavailable { path: dir.to_path_buf(), reason: e.to_string() }),
            }
        }
    }

    /// Opens the database; if it is damaged (sled reports corruption or
    /// cannot read its own files), moves sled's files into
    /// `<dir>/damaged-<unix time>/` and starts empty. Inside the folder,
    /// because that is the one place a sandboxed service or a container on
    /// a volume may write. Everything else is an error and moves nothing:
    /// another running instance, a full disk, permissions, I/O errors.
    pub fn open_or_recover(dir: &Path, now_unix: u64) -> Result<Recovered, StoreError> {
        match Store::open(dir) {
            Ok(store) => Ok(Recovered { store, moved_aside: None }),
            Err(StoreError::Open { path, source }) => {
                let reason = source.to_string();
                let aside = move_aside_inside(&path, now_unix)
                    .map_err(|e| StoreError::MoveAside { path: path.clone(), source: e })?;
                let store = Store::open(dir)?;
                Ok(Recovered { store, moved_aside: Some((aside, reason)) })
            }
            Err(e) => Err(e),
        }
    }

    /// Opens `dir` to read the counters and the unanswered questions, also
    /// while a running bot holds it: then a copy of the folder is opened (what
    /// a crash at this moment would leave, which sled recovers), and removed
    /// again when the returned value is dropped. The bot's folder is not touched.
    pub fn open_for_reading(dir: &Path) -> Result<ReadStore, StoreError> {
        match Store::open(dir) {
            Ok(store) => Ok(ReadStore { store: Some(store), snapshot: None }),
            Err(StoreError::Locked(_)) => {
                let copy = std::env::temp_dir().join(format!("pendlerbot-snapshot-{}", std::process::id()));
                let _ = std::fs::remove_dir_all(&copy);
                let unavailable = |e: std::io::Error| StoreError::Unavailable {
                    path: dir.to_path_buf(),
                    reason: format!("cannot copy it to read it while the bot runs: {e}"),
                };
                copy_folder(dir, &copy).map_err(unavailable)?;
                match Store::open(&copy) {
                    Ok(store) => Ok(ReadStore { store: Some(store), snapshot: Some(copy) }),
                    Err(e) => {
                        let _ = std::fs::remove_dir_all(&copy);
                        Err(e)
                    }
                }
            }
            Err(e) => Err(e),
        }
    }

    fn from_db(db: sled::Db, dir: &Path) -> Result<Store, StoreError> {
        let inbox = db.open_tree("inbox")?;
        let meta = db.open_tree("meta")?;
        let mark_file = dir.join(MARK_FILE);
        let mark_at_open = read_mark(&mark_file);
        let in_db = meta.get(MARK_KEY)?.and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok()).map(u64::from_be_bytes);
        let mark = std::sync::Arc::new(Mark {
            file: mark_file,
            inbox: inbox.clone(),
            meta,
            next: std::sync::atomic::AtomicU64::new(0),
            state: std::sync::Mutex::new((None, None)),
        });
        let mut store = Store {
            sessions: db.open_tree("sessions")?,
            waiting: std::sync::atomic::AtomicUsize::new(0),
            inbox,
            handled: db.open_tree("handled")?,
            seen: db.open_tree("seen")?,
            counters: db.open_tree("counters")?,
            cases: db.open_tree("cases")?,
            relay: db.open_tree("relay")?,
            commit: GroupCommit::start(db.clone(), mark.clone()),
            db,
            finished: AtomicU32::new(0),
            mark,
            mark_at_open,
            lost_writes: None,
        };
        if let Some((w, _)) = mark_at_open {
            if in_db.unwrap_or(0) < w {
                // The database is older than what it had flushed before:
                // updates below the mark were handled; drop them from the inbox.
                let mut skipped = 0;
                for item in store.inbox.iter() {
                    let (k, _) = item?;
                    let Ok(key) = <[u8; 4]>::try_from(k.as_ref()) else { continue };
                    if u64::from(u32::from_be_bytes(key)) < w {
                        store.inbox.remove(k)?;
                        store.handled.insert(key, &unix_now().to_be_bytes())?;
                        skipped += 1;
                    }
                }
                store.mark.meta.insert(MARK_KEY, &w.to_be_bytes())?;
                store.db.flush()?;
                store.lost_writes = Some(format!(
                    "it opened, but holds less than it had written to disk before (its handled mark is {}, \
                     the mark file {MARK_FILE} says every update below {w} was handled): sled recovered an \
                     older state, so sessions, counters and handled ids of that time may be lost; {skipped} \
                     update(s) answered before were back in its inbox and are skipped",
                    in_db.map_or("missing".to_string(), |m| m.to_string())
                ));
            }
        }
        store.waiting.store(store.inbox.len(), Ordering::Relaxed);
        Ok(store)
    }

    /// Set when the database opened but had lost writes (sled recovered an
    /// older state): what to log, loudly.
    pub fn lost_writes(&self) -> Option<&str> {
        self.lost_writes.as_deref()
    }

    /// The offset the first `getUpdates` may send: every update below it was
    /// handled, by the mark file, if that was written within a day.
    pub fn poll_floor(&self, now_unix: u64) -> Option<i64> {
        let (w, at) = self.mark_at_open?;
        (w > 0 && now_unix.saturating_sub(at) <= MARK_FLOOR_SECS).then_some(w as i64)
    }

    /// Writes the handled mark now (at a clean stop): flush, mark, flush, file.
    pub fn write_mark(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        self.mark.after_flush(true);
        self.db.flush()?;
        self.mark.after_flush(true);
        Ok(())
    }

    /// The session of a chat; a session that no longer parses (after an
    /// upgrade) is treated as a new one.
    pub fn session(&self, chat: ChatId) -> Result<Session, StoreError> {
        Ok(match self.sessions.get(chat.to_be_bytes())? {
            Some(bytes) => serde_json::from_slice(&bytes).unwrap_or_default(),
            None => Session::default(),
        })
    }

    pub fn has_session(&self, chat: ChatId) -> Result<bool, StoreError> {
        Ok(self.sessions.contains_key(chat.to_be_bytes())?)
    }

    pub fn session_count(&self) -> usize {
        self.sessions.len()
    }

    /// A group became a supergroup with a new chat id: its session (and
    /// last activity) move along, unless the new chat has one already.
    /// Returns whether anything moved.
    pub fn move_session(&self, from: ChatId, to: ChatId) -> Result<bool, StoreError> {
        if from == to || self.sessions.contains_key(to.to_be_bytes())? {
            return Ok(false);
        }
        let Some(session) = self.sessions.remove(from.to_be_bytes())? else { return Ok(false) };
        self.sessions.insert(to.to_be_bytes(), session)?;
        if let Some(seen) = self.seen.remove(from.to_be_bytes())? {
            self.seen.insert(to.to_be_bytes(), seen)?;
        }
        Ok(true)
    }

    /// True if the update is waiting in the inbox or was handled recently.
    pub fn is_known(&self, update: u32) -> Result<bool, StoreError> {
        let key = update.to_be_bytes();
        Ok(self.inbox.contains_key(key)? || self.handled.contains_key(key)?)
    }

    /// Puts a fetched update into the inbox unless it is already known.
    /// Returns whether it was new. Call [`Store::flush`] before confirming.
    pub fn add_to_inbox(&self, update: u32, raw: &[u8]) -> Result<bool, StoreError> {
        if self.is_known(update)? {
            return Ok(false);
        }
        if self.inbox.insert(update.to_be_bytes(), raw)?.is_none() {
            self.waiting.fetch_add(1, Ordering::Relaxed);
        }
        Ok(true)
    }

    /// Waits until everything written so far is on disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        self.mark.after_flush(false);
        Ok(())
    }

    /// Updates waiting to be handled, oldest first.
    pub fn inbox(&self) -> Result<Vec<(u32, Vec<u8>)>, StoreError> {
        let mut out = Vec::new();
        for item in self.inbox.iter() {
            let (k, v) = item?;
            if let Ok(key) = <[u8; 4]>::try_from(k.as_ref()) {
                out.push((u32::from_be_bytes(key), v.to_vec()));
            }
        }
        Ok(out)
    }

    pub fn inbox_len(&self) -> usize {
        self.waiting.load(Ordering::Relaxed)
    }

    /// How many handled ids are kept (for this file's tests only).
    #[cfg(test)]
    fn handled_len(&self) -> usize {
        self.handled.len()
    }

    /// Records that an update was handled: in one transaction it leaves the
    /// inbox, joins the handled ids and its chat's session changes; then the
    /// database is flushed.
    pub fn finish(
        &self,
        update: u32,
        chat: Option<ChatId>,
        change: &SessionChange,
        now_unix: u64,
    ) -> Result<(), StoreError> {
        self.finish_with(update, chat, change, &[], now_unix)
    }

    /// [`Store::finish`] with changes to the relay's cases, committed in
    /// the same transaction as the handled mark.
    pub fn finish_with(
        &self,
        update: u32,
        chat: Option<ChatId>,
        change: &SessionChange,
        ops: &[CaseOp],
        now_unix: u64,
    ) -> Result<(), StoreError> {
        self.record_finished(update, chat, change, ops, now_unix)?;
        self.db.flush()?;
        Ok(())
    }

    /// [`Store::finish`] for async callers, with group commit: the update
    /// is recorded at once, then the caller waits until a flush that began
    /// after the record has reached the disk. One flusher thread serves all
    /// chats, so the updates finished meanwhile share one fsync instead of
    /// each paying for its own.
    pub async fn finish_async(
        &self,
        update: u32,
        chat: Option<ChatId>,
        change: &SessionChange,
        now_unix: u64,
    ) -> Result<(), StoreError> {
        self.finish_async_with(update, chat, change, &[], now_unix).await
    }

    /// [`Store::finish_async`] with changes to the relay's cases in the same transaction.
    pub async fn finish_async_with(
        &self,
        update: u32,
        chat: Option<ChatId>,
        change: &SessionChange,
        ops: &[CaseOp],
        now_unix: u64,
    ) -> Result<(), StoreError> {
        self.record_finished(update, chat, change, ops, now_unix)?;
        self.commit.flushed().await
    }

    fn record_finished(
        &self,
        update: u32,
        chat: Option<ChatId>,
        change: &SessionChange,
        ops: &[CaseOp],
        now_unix: u64,
    ) -> Result<(), StoreError> {
        let key = update.to_be_bytes();
        let was_waiting = self.inbox.contains_key(key)?;
        let session_json = match change {
            SessionChange::Save(s) => Some(serde_json::to_vec(s)?),
            _ => None,
        };
        let trees = (&self.inbox, &self.handled, &self.sessions, &self.cases, &self.relay, &self.counters);
        let result: Result<(), TransactionError<()>> =
            trees.transaction(|(inbox, handled, sessions, cases, relay, counters)| {
                inbox.remove(&key)?;
                handled.insert(&key, &now_unix.to_be_bytes())?;
                if let Some(chat) = chat {
                    let ckey = chat.to_be_bytes();
                    match change {
                        SessionChange::Keep => {}
                        SessionChange::Save(_) => {
                            let json = session_json.as_deref().unwrap_or_default();
                            sessions.insert(&ckey, json)?;
                        }
                        SessionChange::Forget => {
                            sessions.remove(&ckey)?;
                        }
                    }
                }
                cases::apply(ops, cases, relay, counters, now_unix)?;
                Ok::<(), ConflictableTransactionError<()>>(())
            });
        match result {
            Ok(()) => {}
            Err(TransactionError::Storage(e)) => return Err(e.into()),
            Err(TransactionError::Abort(())) => unreachable!("the transaction never aborts"),
        }
        if was_waiting {
            self.waiting.fetch_sub(1, Ordering::Relaxed);
        }
        self.mark.next.fetch_max(u64::from(update) + 1, Ordering::Relaxed);
        if let Some(chat) = chat {
            self.touch(chat, change, now_unix)?;
        }
        if self.finished.fetch_add(1, Ordering::Relaxed) % PRUNE_EVERY == PRUNE_EVERY - 1 {
            self.prune_handled(now_unix)?;
        }
        Ok(())
    }

    /// Forgets handled ids older than `HANDLED_WINDOW_SECS`.
    pub fn prune_handled(&self, now_unix: u64) -> Result<usize, StoreError> {
        let cutoff = now_unix.saturating_sub(HANDLED_WINDOW_SECS);
        let mut removed = 0;
        // Update ids grow with time, so the old ones come first: stop at the
        // first recent one (one handled late stays a little longer, harmless).
        for item in self.handled.iter() {
            let (k, v) = item?;
            let at = <[u8; 8]>::try_from(v.as_ref()).map(u64::from_be_bytes).unwrap_or(0);
            if at >= cutoff {
                break;
            }
            self.handled.remove(k)?;
            removed += 1;
        }
        Ok(removed)
    }
}

/// Retention and counters (issue 5): when chats were last active, the
/// sweep of idle sessions, and the stored question counters.
impl Store {
    /// Notes that a chat was active now; a forgotten chat leaves no trace.
    fn touch(&self, chat: ChatId, change: &SessionChange, now_unix: u64) -> Result<(), StoreError> {
        match change {
            SessionChange::Forget => self.seen.remove(chat.to_be_bytes())?,
            _ => self.seen.insert(chat.to_be_bytes(), &now_unix.to_be_bytes())?,
        };
        Ok(())
    }

    /// Deletes the sessions of chats idle for more than `ttl_secs` and
    /// returns how many. A session with no activity recorded (stored by an
    /// older version) counts as active now, so it expires `ttl_secs` later.
    pub fn sweep_sessions(&self, now_unix: u64, ttl_secs: u64) -> Result<usize, StoreError> {
        let cutoff = now_unix.saturating_sub(ttl_secs);
        let mut removed = 0;
        for item in self.sessions.iter() {
            let (k, _) = item?;
            match self.seen.get(&k)? {
                Some(at) => {
                    let at = <[u8; 8]>::try_from(at.as_ref()).map(u64::from_be_bytes).unwrap_or(0);
                    if at < cutoff {
                        self.sessions.remove(&k)?;
                        self.seen.remove(&k)?;
                        removed += 1;
                    }
                }
                None => {
                    self.seen.insert(&k, &now_unix.to_be_bytes())?;
                }
            }
        }
        // Activity of chats that never stored a session expires too.
        for item in self.seen.iter() {
            let (k, at) = item?;
            let at = <[u8; 8]>::try_from(at.as_ref()).map(u64::from_be_bytes).unwrap_or(0);
            if at < cutoff && !self.sessions.contains_key(&k)? {
                self.seen.remove(&k)?;
            }
        }
        self.db.flush()?;
        Ok(removed)
    }

    /// Counts a question of `day` (`YYYY-MM-DD`) with its outcome
    /// (`answered`, `offered`, `fell_back`) and, when answered, its entry.
    pub fn count_question(&self, day: &str, outcome: Outcome, entry: Option<&str>) -> Result<(), StoreError> {
        self.increment(format!("q/{day}/{}", outcome.as_str()).as_bytes())?;
        if let Some(e) = entry {
            self.increment(format!("e/{e}").as_bytes())?;
        }
        Ok(())
    }

    fn increment(&self, key: &[u8]) -> Result<(), StoreError> {
        self.counters.update_and_fetch(key, |old| {
            let n = old.and_then(|v| <[u8; 8]>::try_from(v).ok()).map(u64::from_be_bytes).unwrap_or(0);
            Some((n + 1).to_be_bytes().to_vec())
        })?;
        Ok(())
    }

    /// The stored counters.
    pub fn counters(&self) -> Result<Counters, StoreError> {
        let mut out = Counters::default();
        for item in self.counters.iter() {
            let (k, v) = item?;
            let n = <[u8; 8]>::try_from(v.as_ref()).map(u64::from_be_bytes).unwrap_or(0);
            let key = String::from_utf8_lossy(&k).into_owned();
            if let Some(rest) = key.strip_prefix("q/") {
                // A key of an outcome this version does not know is skipped.
                if let Some((day, Some(outcome))) = rest.split_once('/').map(|(d, o)| (d, Outcome::parse(o))) {
                    out.per_day.push((day.to_string(), outcome, n));
                }
            } else if let Some(entry) = key.strip_prefix("e/") {
                out.per_entry.push((entry.to_string(), n));
            }
        }
        Ok(out)
    }
}

/// Question counters as stored: no chat ids, no text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// (day `YYYY-MM-DD`, outcome, questions), by day.
    pub per_day: Vec<(String, Outcome, u64)>,
    /// (entry id, answers), by entry id.
    pub per_entry: Vec<(String, u64)>,
}

fn is_lock_error(e: &sled::Error) -> bool {
    matches!(e, sled::Error::Io(io) if io.to_string().contains("could not acquire lock"))
}

/// The file that marks a folder as pendlerbot's data folder.
pub const MARKER: &str = "pendlerbot-data";
const MARKER_TEXT: &str = "This folder holds pendlerbot's database (sled). Back it up whole; do not edit.\n";

/// Names in a data folder that are not sled's database files.
fn kept_in_place(name: &str) -> bool {
    name == MARKER
        || name.starts_with(MARK_FILE)
        || name.starts_with("damaged-")
        || name.starts_with('.')
        || name == "lost+found"
}

/// Refuses a path that is a file, and a folder that holds other things and
/// no pendlerbot database (a wrong PENDLERBOT_DATA): both are left as they are.
fn check_folder(dir: &Path) -> Result<(), StoreError> {
    let unavailable = |e: std::io::Error| StoreError::Unavailable { path: dir.to_path_buf(), reason: e.to_string() };
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(unavailable(e)),
        Ok(m) if !m.is_dir() => Err(StoreError::NotAFolder(dir.to_path_buf())),
        Ok(_) => {
            let (mut ours, mut others) = (false, false);
            for entry in std::fs::read_dir(dir).map_err(unavailable)? {
                let name = entry.map_err(unavailable)?.file_name().to_string_lossy().into_owned();
                if name == MARKER || name == MARK_FILE || name == "db" || name == "conf" {
                    ours = true;
                } else if !kept_in_place(&name) {
                    others = true;
                }
            }
            if others && !ours {
                return Err(StoreError::NotDataFolder(dir.to_path_buf()));
            }
            Ok(())
        }
    }
}

/// Whether sled's open error means its files are damaged (move them aside)
/// rather than a condition to fix (no space, permissions, the disk failing).
fn is_damage(e: &sled::Error) -> bool {
    match e {
        sled::Error::Corruption { .. } | sled::Error::ReportableBug(_) | sled::Error::Unsupported(_) => true,
        sled::Error::Io(io) => {
            matches!(io.kind(), std::io::ErrorKind::InvalidData | std::io::ErrorKind::UnexpectedEof)
        }
        _ => false,
    }
}

/// Moves sled's files from `dir` into `dir/damaged-<now>` (`-2`, `-3`, ...
/// if taken) and returns that folder.
fn move_aside_inside(dir: &Path, now_unix: u64) -> std::io::Result<PathBuf> {
    let base = dir.join(format!("damaged-{now_unix}"));
    let mut aside = base.clone();
    let mut n = 2;
    while aside.exists() {
        aside = PathBuf::from(format!("{}-{n}", base.display()));
        n += 1;
    }
    std::fs::create_dir(&aside)?;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if !kept_in_place(&name.to_string_lossy()) {
            std::fs::rename(entry.path(), aside.join(&name))?;
        }
    }
    Ok(aside)
}

/// Group commit for [`Store::finish_async`]: callers take a ticket and wait;
/// one thread flushes for every ticket taken before its flush began.
struct GroupCommit {
    shared: std::sync::Arc<CommitState>,
    mark: std::sync::Arc<Mark>,
    thread: Option<std::thread::JoinHandle<()>>,
    /// For flushing in place when the thread could not be started.
    db: sled::Db,
}

struct CommitState {
    /// (tickets taken, tickets covered by a finished flush, closing)
    counts: std::sync::Mutex<(u64, u64, bool)>,
    wake: std::sync::Condvar,
    /// Last ticket covered, and the error of that flush if it failed.
    done: tokio::sync::watch::Sender<(u64, Option<String>)>,
}

impl GroupCommit {
    fn start(db: sled::Db, mark: std::sync::Arc<Mark>) -> GroupCommit {
        let (done, _) = tokio::sync::watch::channel((0, None));
        let shared = std::sync::Arc::new(CommitState {
            counts: std::sync::Mutex::new((0, 0, false)),
            wake: std::sync::Condvar::new(),
            done,
        });
        let state = shared.clone();
        let flusher = db.clone();
        let marker = mark.clone();
        let thread = std::thread::Builder::new()
            .name("store-flush".into())
            .spawn(move || loop {
                let target = {
                    let mut c = state.counts.lock().unwrap_or_else(|p| p.into_inner());
                    while c.0 == c.1 && !c.2 {
                        c = state.wake.wait(c).unwrap_or_else(|p| p.into_inner());
                    }
                    if c.0 == c.1 && c.2 {
                        return;
                    }
                    c.0
                };
                let error = flusher.flush().err().map(|e| e.to_string());
                if error.is_none() {
                    marker.after_flush(false);
                }
                state.counts.lock().unwrap_or_else(|p| p.into_inner()).1 = target;
                state.done.send_replace((target, error));
            })
            .ok();
        GroupCommit { shared, mark, thread, db }
    }

    /// Waits until everything recorded before the call is on disk.
    async fn flushed(&self) -> Result<(), StoreError> {
        if self.thread.is_none() {
            self.db.flush()?;
            self.mark.after_flush(false);
            return Ok(());
        }
        let mut rx = self.shared.done.subscribe();
        let ticket = {
            let mut c = self.shared.counts.lock().unwrap_or_else(|p| p.into_inner());
            c.0 += 1;
            c.0
        };
        self.shared.wake.notify_one();
        let reached = rx.wait_for(|(covered, _)| *covered >= ticket).await;
        match reached.as_deref() {
            Ok((_, None)) => Ok(()),
            Ok((_, Some(e))) => Err(StoreError::Flush(e.clone())),
            Err(_) => Err(StoreError::Flush("the flusher stopped".into())),
        }
    }
}

impl Drop for GroupCommit {
    fn drop(&mut self) {
        self.shared.counts.lock().unwrap_or_else(|p| p.into_inner()).2 = true;
        self.shared.wake.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A store opened for reading: the folder itself, or a copy of a folder a
/// running bot holds (removed on drop).
pub struct ReadStore {
    store: Option<Store>,
    snapshot: Option<PathBuf>,
}

impl ReadStore {
    /// Whether this is a copy of a folder a running bot holds.
    pub fn is_snapshot(&self) -> bool {
        self.snapshot.is_some()
    }
}

impl std::ops::Deref for ReadStore {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store.as_ref().expect("present until dropped")
    }
}

impl Drop for ReadStore {
    fn drop(&mut self) {
        // The database first, then its copy.
        self.store.take();
        if let Some(copy) = &self.snapshot {
            let _ = std::fs::remove_dir_all(copy);
        }
    }
}

/// Copies a folder tree (the data folder is flat but for moved-aside damage).
fn copy_folder(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_folder(&e.path(), &target)?;
        } else {
            std::fs::copy(e.path(), &target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    fn session(lang: Lang) -> Session {
        Session { lang: Some(lang), ..Session::default() }
    }

    #[test]
    fn sessions_and_handled_ids_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data");
        {
            let store = Store::open(&path).unwrap();
            assert!(store.add_to_inbox(10, b"{}").unwrap());
            assert!(!store.add_to_inbox(10, b"{}").unwrap());
            store.flush().unwrap();
            store.finish(10, Some(ChatId(7)), &SessionChange::Save(session(Lang::De)), 1000).unwrap();
            assert!(store.add_to_inbox(11, b"{\"x\":1}").unwrap());
            store.flush().unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.session(ChatId(7)).unwrap(), session(Lang::De));
        assert!(store.is_known(10).unwrap());
        assert!(!store.add_to_inbox(10, b"{}").unwrap(), "a handled update is not taken again");
        assert_eq!(store.inbox().unwrap(), vec![(11, b"{\"x\":1}".to_vec())]);
    }

    #[test]
    fn forget_erases_the_session_and_handled_ids_expire() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("data")).unwrap();
        store.add_to_inbox(1, b"{}").unwrap();
        store.finish(1, Some(ChatId(7)), &SessionChange::Save(session(Lang::Da)), 1000).unwrap();
        store.add_to_inbox(2, b"{}").unwrap();
        store.finish(2, Some(ChatId(7)), &SessionChange::Forget, 1000 + HANDLED_WINDOW_SECS).unwrap();
        assert!(!store.has_session(ChatId(7)).unwrap());
        assert_eq!(store.session_count(), 0);
        assert_eq!(store.prune_handled(1001 + HANDLED_WINDOW_SECS).unwrap(), 1);
        assert!(!store.is_known(1).unwrap());
        assert!(store.is_known(2).unwrap());
    }

    /// The names in a folder, sorted.
    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    /// Issue 15.2: a database truncated, garbled or zeroed after updates
    /// were handled is noticed at open (moved aside, or opened with lost
    /// writes and said so), and the handled mark keeps the answered updates
    /// from being answered again.
    #[test]
    fn damage_after_handling_is_noticed_and_the_handled_mark_survives_it() {
        type Damage = fn(&Path);
        let damages: [(&str, Damage); 3] = [
            ("truncated", |db| {
                let len = std::fs::metadata(db).unwrap().len();
                std::fs::OpenOptions::new().write(true).open(db).unwrap().set_len(len / 2).unwrap();
            }),
            ("garbled", |db| {
                let mut bytes = std::fs::read(db).unwrap();
                for (i, b) in bytes.iter_mut().enumerate().skip(512) {
                    *b ^= (i as u8).wrapping_mul(31) | 1;
                }
                std::fs::write(db, bytes).unwrap();
            }),
            ("zeroed", |db| {
                let len = std::fs::metadata(db).unwrap().len() as usize;
                std::fs::write(db, vec![0u8; len]).unwrap();
            }),
        ];
        for (what, damage) in damages {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("data");
            {
                let store = Store::open(&path).unwrap();
                for id in 10..20 {
                    store.add_to_inbox(id, b"{}").unwrap();
                }
                store.flush().unwrap();
                for id in 10..20 {
                    store.finish(id, Some(ChatId(7)), &SessionChange::Keep, 1000).unwrap();
                }
                store.write_mark().unwrap();
            }
            damage(&path.join("db"));
            let recovered = Store::open_or_recover(&path, 1234).unwrap();
            let noticed = recovered.moved_aside.is_some() || recovered.store.lost_writes().is_some();
            let intact = recovered.store.handled_len() == 10;
            assert!(noticed || intact, "{what}: damage went unnoticed");
            assert_eq!(recovered.store.poll_floor(unix_now()), Some(20), "{what}");
            let waiting: Vec<u32> = recovered.store.inbox().unwrap().into_iter().map(|(id, _)| id).collect();
            assert!(waiting.iter().all(|id| *id >= 20), "{what}: answered updates back in the inbox: {waiting:?}");
        }
    }

    #[test]
    fn a_damaged_database_is_moved_aside_inside_the_data_folder_and_the_store_starts_empty() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data");
        {
            let store = Store::open(&path).unwrap();
            store.add_to_inbox(1, b"{}").unwrap();
            store.finish(1, Some(ChatId(7)), &SessionChange::Save(session(Lang::Da)), 1000).unwrap();
        }
        // A config sled cannot read.
        std::fs::write(path.join("conf"), b"\xff\xfe garbage").unwrap();
        let recovered = Store::open_or_recover(&path, 1234).unwrap();
        let (aside, _reason) = recovered.moved_aside.clone().expect("moved aside");
        // Inside the folder: the only place a sandboxed service (ProtectSystem=strict,
        // ReadWritePaths) or a container on a volume may write.
        assert_eq!(aside, path.join("damaged-1234"));
        assert!(aside.join("conf").exists() && aside.join("db").exists());
        assert_eq!(listing(dir.path()), ["data"], "nothing beside the data folder");
        assert_eq!(recovered.store.session_count(), 0);
        assert!(path.join(MARKER).exists());
        drop(recovered);
        // The next start opens the new database and leaves the damaged copy alone.
        let again = Store::open_or_recover(&path, 1300).unwrap();
        assert!(again.moved_aside.is_none());
        assert!(aside.join("conf").exists());
    }

    #[test]
    fn a_data_path_that_is_a_file_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("token");
        std::fs::write(&file, "4242:secret\n").unwrap();
        match Store::open_or_recover(&file, 1) {
            Err(e @ StoreError::NotAFolder(_)) => {
                let text = e.to_string();
                assert!(text.contains("is a file, not a folder"), "{text}");
                assert!(!text.contains("secret"), "{text}");
            }
            other => panic!("expected NotAFolder, got {:?}", other.err()),
        }
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "4242:secret\n");
        assert_eq!(listing(dir.path()), ["token"]);
    }

    #[test]
    fn a_folder_with_other_files_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("tax.toml"), "[x]\n").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        match Store::open_or_recover(dir.path(), 1) {
            Err(e @ StoreError::NotDataFolder(_)) => {
                assert!(e.to_string().contains("not a pendlerbot data folder"), "{e}");
            }
            other => panic!("expected NotDataFolder, got {:?}", other.err()),
        }
        assert_eq!(listing(dir.path()), ["sub", "tax.toml"]);
        // An empty folder (a new volume) is taken, and marked as ours.
        let empty = tempfile::tempdir().unwrap();
        drop(Store::open(empty.path()).unwrap());
        assert!(empty.path().join(MARKER).exists());
    }

    #[test]
    fn a_data_folder_of_an_older_version_without_the_marker_is_taken() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store.finish(1, Some(ChatId(7)), &SessionChange::Save(session(Lang::De)), 1000).unwrap();
        }
        std::fs::remove_file(dir.path().join(MARKER)).unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.session(ChatId(7)).unwrap(), session(Lang::De));
        assert!(dir.path().join(MARKER).exists());
    }

    #[test]
    fn an_io_error_that_is_not_damage_stops_and_moves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data");
        {
            let store = Store::open(&path).unwrap();
            store.finish(1, Some(ChatId(7)), &SessionChange::Save(session(Lang::Da)), 1000).unwrap();
        }
        // sled's file cannot be opened (a folder where the file should be: EISDIR).
        let db = path.join("db");
        std::fs::rename(&db, path.join("db.real")).unwrap();
        std::fs::create_dir(&db).unwrap();
        let before = listing(&path);
        match Store::open_or_recover(&path, 1) {
            Err(e @ StoreError::Unavailable { .. }) => {
                assert!(e.to_string().contains("nothing was moved"), "{e}");
            }
            other => panic!("expected Unavailable, got {:?}", other.err().map(|e| e.to_string())),
        }
        assert_eq!(listing(&path), before, "nothing moved");
        assert_eq!(listing(dir.path()), ["data"]);
    }

    #[test]
    fn full_disk_permission_and_io_errors_are_not_damage() {
        use std::io::{Error, ErrorKind};
        for e in [
            Error::from_raw_os_error(28), // ENOSPC
            Error::from_raw_os_error(13), // EACCES
            Error::from_raw_os_error(5),  // EIO
            Error::from_raw_os_error(30), // EROFS
            Error::from(ErrorKind::PermissionDenied),
        ] {
            assert!(!is_damage(&sled::Error::Io(e)));
        }
        assert!(is_damage(&sled::Error::Corruption { at: None, bt: () }));
        assert!(is_damage(&sled::Error::Io(Error::from(ErrorKind::UnexpectedEof))));
        assert!(is_damage(&sled::Error::Io(Error::from(ErrorKind::InvalidData))));
    }

    #[test]
    fn a_folder_in_use_is_not_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data");
        let _first = Store::open(&path).unwrap();
        match Store::open_or_recover(&path, 1) {
            Err(StoreError::Locked(_)) => {}
            other => panic!("expected Locked, got {:?}", other.err()),
        }
        assert!(!path.join("damaged-1").exists());
    }
}
