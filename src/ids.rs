//! Telegram's ids as types of their own, below the store, the relay and the
//! adapter: a chat's, a user's and a message's id are all plain numbers on
//! the wire, and a newtype each keeps one from being passed for another. No
//! I/O and nothing of teloxide (the adapter converts at its edge). Stored
//! ids stay plain numbers (`serde(transparent)`), so records written before
//! these types existed still load and are written the same.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A Telegram chat's id (private chats positive, groups negative): the key
/// of a chat's session, activity and relay records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ChatId(pub i64);

impl ChatId {
    /// The key of the chat's records.
    pub fn to_be_bytes(self) -> [u8; 8] {
        self.0.to_be_bytes()
    }
}

/// A Telegram user's id (who sent an update; admins are users). A user's
/// private chat with the bot has the same number as its [`ChatId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UserId(pub i64);

impl UserId {
    /// The user's private chat with the bot.
    pub fn private_chat(self) -> ChatId {
        ChatId(self.0)
    }
}

/// A message's id within its chat (the relay keeps the ids of a case's
/// messages in the advisors' group).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MessageId(pub i32);

impl MessageId {
    /// The key of the message's record.
    pub fn to_be_bytes(self) -> [u8; 4] {
        self.0.to_be_bytes()
    }
}

impl fmt::Display for ChatId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stored_as_plain_numbers() {
        assert_eq!(serde_json::to_string(&ChatId(-1001234567890)).unwrap(), "-1001234567890");
        assert_eq!(serde_json::to_string(&UserId(7)).unwrap(), "7");
        assert_eq!(serde_json::to_string(&vec![MessageId(500), MessageId(510)]).unwrap(), "[500,510]");
        assert_eq!(serde_json::from_str::<ChatId>("42").unwrap(), ChatId(42));
        assert_eq!(serde_json::from_str::<Option<MessageId>>("null").unwrap(), None);
        assert_eq!(ChatId(-5).to_be_bytes(), (-5i64).to_be_bytes());
        assert_eq!(MessageId(9).to_be_bytes(), 9i32.to_be_bytes());
    }
}
