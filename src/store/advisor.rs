//! The advisors' part of the store (issue 6): the redacted unanswered log
//! and the 👍/👎 counts per entry.
//!
//! - `unanswered`: day (i64 big-endian) + a sled-generated id -> a
//!   [`Record`] as JSON. No chat id, no user id, no time of day; records
//!   older than the retention time are deleted by
//!   [`Store::prune_unanswered`], which every write and every read runs.
//! - feedback lives in the `counters` tree as `up/<entry>` and
//!   `down/<entry>`: counts only, no user ids.

use crate::knowledge::EntryId;
use crate::unanswered::Record;

use super::{Store, StoreError};

const UNANSWERED: &str = "unanswered";

/// 👍 and 👎 of one entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feedback {
    pub entry: EntryId,
    pub up: u64,
    pub down: u64,
}

impl Store {
    fn unanswered_tree(&self) -> Result<sled::Tree, StoreError> {
        Ok(self.db.open_tree(UNANSWERED)?)
    }

    /// Adds an unanswered question (already redacted) and deletes the ones
    /// older than `ttl_days` before `record.day`.
    pub fn record_unanswered(&self, record: &Record, ttl_days: u32) -> Result<(), StoreError> {
        let tree = self.unanswered_tree()?;
        let mut key = record.day.to_be_bytes().to_vec();
        key.extend_from_slice(&self.db.generate_id()?.to_be_bytes());
        tree.insert(key, serde_json::to_vec(record)?)?;
        self.prune_unanswered(record.day, ttl_days)?;
        self.db.flush()?;
        Ok(())
    }

    /// Deletes unanswered questions asked more than `ttl_days` before
    /// `today` (a day number); returns how many.
    pub fn prune_unanswered(&self, today: i64, ttl_days: u32) -> Result<usize, StoreError> {
        let tree = self.unanswered_tree()?;
        let cutoff = today - i64::from(ttl_days);
        let mut removed = 0;
        for item in tree.iter() {
            let (k, _) = item?;
            let day = <[u8; 8]>::try_from(&k[..8.min(k.len())]).map(i64::from_be_bytes).unwrap_or(i64::MIN);
            // Kept on `ttl_days` days: asked on day D, gone on day D + ttl_days.
            // Keys sort by day (days since 1970 are positive), so stop at the first kept one.
            if day > cutoff {
                break;
            }
            tree.remove(k)?;
            removed += 1;
        }
        Ok(removed)
    }

    /// The unanswered questions still kept, oldest first (expired ones are
    /// deleted first).
    pub fn unanswered(&self, today: i64, ttl_days: u32) -> Result<Vec<Record>, StoreError> {
        if self.prune_unanswered(today, ttl_days)? > 0 {
            self.db.flush()?;
        }
        let mut out = Vec::new();
        for item in self.unanswered_tree()?.iter() {
            let (_, v) = item?;
            // A record from another version that no longer parses is skipped.
            if let Ok(r) = serde_json::from_slice::<Record>(&v) {
                out.push(r);
            }
        }
        Ok(out)
    }

    /// Counts a 👍 (`up`) or 👎 for an entry.
    pub fn count_feedback(&self, entry: &str, up: bool) -> Result<(), StoreError> {
        let key = format!("{}/{entry}", if up { "up" } else { "down" });
        self.increment(key.as_bytes())?;
        self.db.flush()?;
        Ok(())
    }

    /// 👍 and 👎 per entry, by entry id.
    pub fn feedback(&self) -> Result<Vec<Feedback>, StoreError> {
        let mut out: Vec<Feedback> = Vec::new();
        for (prefix, up) in [("up/", true), ("down/", false)] {
            for item in self.counters.scan_prefix(prefix) {
                let (k, v) = item?;
                let n = <[u8; 8]>::try_from(v.as_ref()).map(u64::from_be_bytes).unwrap_or(0);
                let entry = EntryId::from(String::from_utf8_lossy(&k[prefix.len()..]).into_owned());
                let at = match out.iter().position(|f| f.entry == entry) {
                    Some(i) => i,
                    None => {
                        out.push(Feedback { entry, ..Feedback::default() });
                        out.len() - 1
                    }
                };
                if up {
                    out[at].up += n;
                } else {
                    out[at].down += n;
                }
            }
        }
        out.sort_by(|a, b| a.entry.cmp(&b.entry));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;
    use crate::unanswered::Kind;

    fn rec(day: i64, text: &str) -> Record {
        Record { day, lang: Lang::De, kind: Kind::FellBack, text: text.into(), nearest: vec![] }
    }

    #[test]
    fn unanswered_questions_expire_after_the_retention_time() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("data")).unwrap();
        store.record_unanswered(&rec(20_000, "alt"), 90).unwrap();
        store.record_unanswered(&rec(20_050, "mittel"), 90).unwrap();
        store.record_unanswered(&rec(20_089, "neu"), 90).unwrap();
        assert_eq!(store.unanswered(20_089, 90).unwrap().len(), 3);
        // Day 20_090: the first is 90 days old and goes; the rest stay.
        let kept: Vec<String> = store.unanswered(20_090, 90).unwrap().into_iter().map(|r| r.text).collect();
        assert_eq!(kept, ["mittel", "neu"]);
        // A write prunes too.
        store.record_unanswered(&rec(20_200, "später"), 90).unwrap();
        let kept: Vec<String> = store.unanswered(20_200, 90).unwrap().into_iter().map(|r| r.text).collect();
        assert_eq!(kept, ["später"]);
    }

    #[test]
    fn feedback_is_counted_per_entry() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("data")).unwrap();
        store.count_feedback("tax.a", true).unwrap();
        store.count_feedback("tax.a", true).unwrap();
        store.count_feedback("tax.a", false).unwrap();
        store.count_feedback("health.b", false).unwrap();
        assert_eq!(
            store.feedback().unwrap(),
            [Feedback { entry: "health.b".into(), up: 0, down: 1 }, Feedback { entry: "tax.a".into(), up: 2, down: 1 }]
        );
        // The question counters do not mistake feedback for answers.
        assert!(store.counters().unwrap().per_entry.is_empty());
    }
}
