//! The relay's part of the store (issue 18): cases handed to the advice
//! office and where each chat is in the handover. No message text.
//!
//! - `cases`: `c` + case id (u64 BE) -> [`Case`] as JSON; `m` + a message
//!   id of the advisors' group (i32 BE) -> the case id it belongs to.
//! - `relay`: chat id -> [`ChatRelay`] as JSON (stage, entries answered in
//!   the conversation, the chat's case ids).
//! - counts in `counters`: `relay/opened`, `relay/answered` (cases with a
//!   first answer), `relay/closed`, `relay/relayed` (advisor messages),
//!   `relay/first_answer_secs` (sum of the times to a first answer).
//!
//! Every change is a [`CaseOp`] applied in the same transaction that marks
//! the update handled ([`Store::finish_with`]), so a restart or `kill -9`
//! either sees an update with all its relay changes or neither, and an
//! update is never relayed twice once its mark is on disk.

use sled::transaction::{ConflictableTransactionError, TransactionalTree};

use super::{Store, StoreError};
use crate::ids::{ChatId, MessageId};
use crate::knowledge::EntryId;
use crate::relay::{Case, ChatRelay, Stage};

/// A change to the relay's records, committed with an update's handled mark.
#[derive(Clone, Debug, PartialEq)]
pub enum CaseOp {
    /// The chat's stage (`None`: back to normal).
    Stage { chat: ChatId, stage: Option<Stage> },
    /// An entry answered in the chat's conversation (for the card).
    Topic { chat: ChatId, entry: EntryId },
    /// A new case, with its card's message id if it was posted.
    Open(Case),
    /// A message of the advisors' group that belongs to a case.
    Message { case: u64, msg: MessageId },
    /// An advisor's message was relayed to the commuter.
    Relayed { case: u64, at: u64 },
    /// The case is closed; the chat goes back to normal if it was in it.
    Close { case: u64, at: u64 },
    /// `/forget`: the chat's record, its cases and their messages are erased.
    ForgetChat { chat: ChatId },
}

/// The relay's counters: no ids, no text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RelayCounts {
    pub opened: u64,
    pub answered: u64,
    pub closed: u64,
    pub relayed: u64,
    /// Sum of the seconds from opening to the first answer, over `answered`.
    pub first_answer_secs: u64,
}

const OPENED: &[u8] = b"relay/opened";
const ANSWERED: &[u8] = b"relay/answered";
const CLOSED: &[u8] = b"relay/closed";
const RELAYED: &[u8] = b"relay/relayed";
const FIRST_SECS: &[u8] = b"relay/first_answer_secs";

fn case_key(id: u64) -> [u8; 9] {
    let mut k = [b'c'; 9];
    k[1..].copy_from_slice(&id.to_be_bytes());
    k
}

fn msg_key(msg: MessageId) -> [u8; 5] {
    let mut k = [b'm'; 5];
    k[1..].copy_from_slice(&msg.to_be_bytes());
    k
}

type TxResult<T> = Result<T, ConflictableTransactionError<()>>;

fn get_json<T: serde::de::DeserializeOwned>(tree: &TransactionalTree, key: &[u8]) -> TxResult<Option<T>> {
    Ok(tree.get(key)?.and_then(|v| serde_json::from_slice(&v).ok()))
}

fn put_json<T: serde::Serialize>(tree: &TransactionalTree, key: &[u8], value: &T) -> TxResult<()> {
    // These types always serialise; an empty value would only be skipped on reading.
    tree.insert(key, serde_json::to_vec(value).unwrap_or_default())?;
    Ok(())
}

fn add(counters: &TransactionalTree, key: &[u8], n: u64) -> TxResult<()> {
    let old = counters.get(key)?.and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok()).map(u64::from_be_bytes);
    counters.insert(key, &(old.unwrap_or(0) + n).to_be_bytes())?;
    Ok(())
}

/// Applies `ops` inside the finishing transaction.
pub(super) fn apply(
    ops: &[CaseOp],
    cases: &TransactionalTree,
    relay: &TransactionalTree,
    counters: &TransactionalTree,
    now: u64,
) -> TxResult<()> {
    let tx = Trees { cases, relay, counters, now };
    for op in ops {
        match op {
            CaseOp::Stage { chat, stage } => tx.update_chat(*chat, |r| r.stage = *stage)?,
            CaseOp::Topic { chat, entry } => tx.update_chat(*chat, |r| r.add_topic(entry))?,
            CaseOp::Open(case) => tx.open(case)?,
            CaseOp::Message { case, msg } => tx.message(*case, *msg)?,
            CaseOp::Relayed { case, at } => tx.relayed(*case, *at)?,
            CaseOp::Close { case, at } => tx.close(*case, *at)?,
            CaseOp::ForgetChat { chat } => tx.forget_chat(*chat)?,
        }
    }
    Ok(())
}

/// The trees one transaction of [`apply`] writes, and its time.
struct Trees<'a> {
    cases: &'a TransactionalTree,
    relay: &'a TransactionalTree,
    counters: &'a TransactionalTree,
    now: u64,
}

impl Trees<'_> {
    /// The chat's relay record changed by `change` and touched.
    fn update_chat(&self, chat: ChatId, change: impl FnOnce(&mut ChatRelay)) -> TxResult<()> {
        let key = chat.to_be_bytes();
        let mut r: ChatRelay = get_json(self.relay, &key)?.unwrap_or_default();
        change(&mut r);
        r.touched = self.now;
        put_json(self.relay, &key, &r)
    }

    /// A new case: the chat in it, counted once, its messages filed under it.
    fn open(&self, case: &Case) -> TxResult<()> {
        self.update_chat(case.chat, |r| {
            r.stage = Some(Stage::Open { case: case.id });
            if !r.cases.contains(&case.id) {
                r.cases.push(case.id);
            }
        })?;
        if self.cases.get(case_key(case.id))?.is_none() {
            add(self.counters, OPENED, 1)?;
        }
        for m in &case.msgs {
            self.cases.insert(&msg_key(*m), &case.id.to_be_bytes())?;
        }
        put_json(self.cases, &case_key(case.id), case)
    }

    /// A message of the advisors' group filed under its case.
    fn message(&self, case: u64, msg: MessageId) -> TxResult<()> {
        if let Some(mut c) = get_json::<Case>(self.cases, &case_key(case))? {
            if !c.msgs.contains(&msg) {
                c.msgs.push(msg);
            }
            c.touched = self.now;
            put_json(self.cases, &case_key(case), &c)?;
            self.cases.insert(&msg_key(msg), &case.to_be_bytes())?;
        }
        Ok(())
    }

    /// An advisor's message relayed: counted, and the first answer's time kept.
    fn relayed(&self, case: u64, at: u64) -> TxResult<()> {
        if let Some(mut c) = get_json::<Case>(self.cases, &case_key(case))? {
            if c.first_answer.is_none() {
                c.first_answer = Some(at);
                add(self.counters, ANSWERED, 1)?;
                add(self.counters, FIRST_SECS, at.saturating_sub(c.created))?;
            }
            c.relayed += 1;
            c.touched = self.now;
            add(self.counters, RELAYED, 1)?;
            put_json(self.cases, &case_key(case), &c)?;
        }
        Ok(())
    }

    /// The case closed (counted once), and its chat back to normal if it was in it.
    fn close(&self, case: u64, at: u64) -> TxResult<()> {
        if let Some(mut c) = get_json::<Case>(self.cases, &case_key(case))? {
            if c.open {
                c.open = false;
                c.closed = Some(at);
                c.touched = self.now;
                add(self.counters, CLOSED, 1)?;
                put_json(self.cases, &case_key(case), &c)?;
            }
            let key = c.chat.to_be_bytes();
            if let Some(mut r) = get_json::<ChatRelay>(self.relay, &key)? {
                if r.stage == Some(Stage::Open { case }) {
                    r.stage = None;
                    r.touched = self.now;
                    put_json(self.relay, &key, &r)?;
                }
            }
        }
        Ok(())
    }

    /// `/forget`: the chat's record, its cases and their messages erased
    /// (an open case counted as closed).
    fn forget_chat(&self, chat: ChatId) -> TxResult<()> {
        let key = chat.to_be_bytes();
        if let Some(r) = get_json::<ChatRelay>(self.relay, &key)? {
            for id in r.cases {
                if let Some(c) = get_json::<Case>(self.cases, &case_key(id))? {
                    if c.open {
                        add(self.counters, CLOSED, 1)?;
                    }
                    for m in c.msgs {
                        self.cases.remove(&msg_key(m))?;
                    }
                }
                self.cases.remove(&case_key(id))?;
            }
            self.relay.remove(&key)?;
        }
        Ok(())
    }
}

impl Store {
    /// Where a chat is in the handover, and what the relay keeps of it.
    pub fn relay_chat(&self, chat: ChatId) -> Result<ChatRelay, StoreError> {
        Ok(match self.relay.get(chat.to_be_bytes())? {
            Some(v) => serde_json::from_slice(&v).unwrap_or_default(),
            None => ChatRelay::default(),
        })
    }

    pub fn case(&self, id: u64) -> Result<Option<Case>, StoreError> {
        Ok(self.cases.get(case_key(id))?.and_then(|v| serde_json::from_slice(&v).ok()))
    }

    /// The case a message of the advisors' group belongs to.
    pub fn case_of_message(&self, msg: MessageId) -> Result<Option<u64>, StoreError> {
        Ok(self.cases.get(msg_key(msg))?.and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok()).map(u64::from_be_bytes))
    }

    /// Every case kept, by id.
    pub fn all_cases(&self) -> Result<Vec<Case>, StoreError> {
        let mut out = Vec::new();
        for item in self.cases.scan_prefix(b"c") {
            let (_, v) = item?;
            if let Ok(c) = serde_json::from_slice::<Case>(&v) {
                out.push(c);
            }
        }
        Ok(out)
    }

    /// The highest case number ever counted (case numbers go on from it).
    pub fn last_case_number(&self) -> Result<u64, StoreError> {
        let kept = self.cases.scan_prefix(b"c").last().transpose()?;
        let kept = kept.and_then(|(k, _)| <[u8; 8]>::try_from(&k[1..]).ok()).map(u64::from_be_bytes).unwrap_or(0);
        let stored = self
            .counters
            .get(b"relay/last_case")?
            .and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok())
            .map(u64::from_be_bytes)
            .unwrap_or(0);
        Ok(kept.max(stored))
    }

    /// Keeps the highest case number, so numbers are not reused after a
    /// case was deleted by the sweep or `/forget`.
    pub fn note_case_number(&self, n: u64) -> Result<(), StoreError> {
        self.counters.fetch_and_update(b"relay/last_case", |old| {
            let was = old.and_then(|v| <[u8; 8]>::try_from(v).ok()).map(u64::from_be_bytes).unwrap_or(0);
            Some(was.max(n).to_be_bytes().to_vec())
        })?;
        Ok(())
    }

    pub fn relay_counts(&self) -> Result<RelayCounts, StoreError> {
        let get = |k: &[u8]| -> Result<u64, StoreError> {
            Ok(self
                .counters
                .get(k)?
                .and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok())
                .map(u64::from_be_bytes)
                .unwrap_or(0))
        };
        Ok(RelayCounts {
            opened: get(OPENED)?,
            answered: get(ANSWERED)?,
            closed: get(CLOSED)?,
            relayed: get(RELAYED)?,
            first_answer_secs: get(FIRST_SECS)?,
        })
    }

    /// Deletes cases (open or closed) with no activity for `ttl_secs`, and
    /// relay records of chats idle that long; returns the cases deleted.
    pub fn sweep_cases(&self, now_unix: u64, ttl_secs: u64) -> Result<usize, StoreError> {
        let cutoff = now_unix.saturating_sub(ttl_secs);
        let mut removed = 0;
        for case in self.all_cases()? {
            if case.touched.max(case.created) >= cutoff {
                continue;
            }
            for m in &case.msgs {
                self.cases.remove(msg_key(*m))?;
            }
            self.cases.remove(case_key(case.id))?;
            removed += 1;
            let key = case.chat.to_be_bytes();
            if let Some(v) = self.relay.get(key)? {
                let mut r: ChatRelay = serde_json::from_slice(&v).unwrap_or_default();
                r.cases.retain(|c| *c != case.id);
                if r.stage == Some(Stage::Open { case: case.id }) {
                    r.stage = None;
                }
                self.relay.insert(key, serde_json::to_vec(&r)?)?;
            }
        }
        for item in self.relay.iter() {
            let (k, v) = item?;
            let r: ChatRelay = serde_json::from_slice(&v).unwrap_or_default();
            if r.touched < cutoff && r.cases.is_empty() {
                self.relay.remove(k)?;
            }
        }
        self.db.flush()?;
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SessionChange;
    use crate::text::Lang;

    fn case(id: u64, chat: i64, card: i32, now: u64) -> Case {
        let mut c = Case::new(id, ChatId(chat), Lang::Da, now);
        c.card = Some(MessageId(card));
        c.msgs.push(MessageId(card));
        c
    }

    #[test]
    fn cases_are_recorded_with_the_handled_mark_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data");
        {
            let store = Store::open(&path).unwrap();
            let stage = CaseOp::Stage { chat: ChatId(7), stage: Some(Stage::Question { named: false }) };
            store.finish_with(1, Some(ChatId(7)), &SessionChange::Keep, &[stage], 100).unwrap();
            store
                .finish_with(2, Some(ChatId(7)), &SessionChange::Keep, &[CaseOp::Open(case(1, 7, 500, 110))], 110)
                .unwrap();
            let ops = [CaseOp::Relayed { case: 1, at: 170 }, CaseOp::Relayed { case: 1, at: 200 }];
            store.finish_with(3, Some(ChatId(-9)), &SessionChange::Keep, &ops, 200).unwrap();
            store
                .finish_with(
                    4,
                    Some(ChatId(7)),
                    &SessionChange::Keep,
                    &[CaseOp::Message { case: 1, msg: MessageId(510) }],
                    210,
                )
                .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.relay_chat(ChatId(7)).unwrap().stage, Some(Stage::Open { case: 1 }));
        assert_eq!(store.case_of_message(MessageId(500)).unwrap(), Some(1));
        assert_eq!(store.case_of_message(MessageId(510)).unwrap(), Some(1));
        let c = store.case(1).unwrap().unwrap();
        assert_eq!((c.first_answer, c.relayed, c.open), (Some(170), 2, true));
        assert!(store.is_known(3).unwrap());
        let counts = store.relay_counts().unwrap();
        assert_eq!((counts.opened, counts.answered, counts.relayed, counts.first_answer_secs), (1, 1, 2, 60));
        store
            .finish_with(5, Some(ChatId(7)), &SessionChange::Keep, &[CaseOp::Close { case: 1, at: 300 }], 300)
            .unwrap();
        assert_eq!(store.relay_chat(ChatId(7)).unwrap().stage, None);
        assert_eq!(store.relay_counts().unwrap().closed, 1);
        assert_eq!(store.last_case_number().unwrap(), 1);
    }

    #[test]
    fn forget_erases_the_chats_cases_and_the_sweep_deletes_old_ones() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("data")).unwrap();
        store
            .finish_with(1, Some(ChatId(7)), &SessionChange::Keep, &[CaseOp::Open(case(1, 7, 500, 100))], 100)
            .unwrap();
        store
            .finish_with(2, Some(ChatId(8)), &SessionChange::Keep, &[CaseOp::Open(case(2, 8, 501, 100))], 100)
            .unwrap();
        store.note_case_number(2).unwrap();
        store
            .finish_with(3, Some(ChatId(7)), &SessionChange::Forget, &[CaseOp::ForgetChat { chat: ChatId(7) }], 120)
            .unwrap();
        assert_eq!(store.case(1).unwrap(), None);
        assert_eq!(store.case_of_message(MessageId(500)).unwrap(), None);
        assert_eq!(store.relay_chat(ChatId(7)).unwrap(), ChatRelay::default());
        assert_eq!(store.relay_counts().unwrap().closed, 1);
        // Case 2 was last active at 100: with a TTL of 50 s it goes at 151.
        assert_eq!(store.sweep_cases(149, 50).unwrap(), 0);
        assert_eq!(store.sweep_cases(151, 50).unwrap(), 1);
        assert_eq!(store.all_cases().unwrap(), vec![]);
        assert_eq!(store.relay_chat(ChatId(8)).unwrap().stage, None);
        assert_eq!(store.last_case_number().unwrap(), 2, "numbers are not reused");
    }
}
