//! `getUpdates` with a 64-bit offset. teloxide-core's payload types the
//! offset as `i32`, but the offset that confirms update 2^31 - 1 is 2^31:
//! cast, it wraps negative, which asks Telegram for the tail of the queue
//! and the bot polls in a tight loop. Telegram's integers are wider, so the
//! request is sent with our own payload through teloxide's request layer.

use std::time::Duration;

use serde::Serialize;
use teloxide_core::requests::{JsonRequest, Payload};
use teloxide_core::types::{AllowedUpdate, Update};
use teloxide_core::{Bot, RequestError};

#[derive(Debug, Clone, Serialize)]
struct GetUpdates {
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u8>,
    timeout: u32,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    allowed_updates: Vec<AllowedUpdate>,
}

impl Payload for GetUpdates {
    type Output = Vec<Update>;
    const NAME: &'static str = "GetUpdates";

    /// Long polling: the HTTP timeout must exceed the poll's.
    fn timeout_hint(&self) -> Option<Duration> {
        Some(Duration::from_secs(self.timeout.into()))
    }
}

/// Long-polls for updates of the kinds the bot reads. `offset` confirms
/// every update below it; `None` starts at the earliest unconfirmed one.
pub(super) async fn fetch(bot: &Bot, offset: Option<i64>, timeout: u32) -> Result<Vec<Update>, RequestError> {
    let payload = GetUpdates {
        offset,
        limit: None,
        timeout,
        allowed_updates: vec![AllowedUpdate::Message, AllowedUpdate::EditedMessage, AllowedUpdate::CallbackQuery],
    };
    JsonRequest::new(bot.clone(), payload).await
}

/// Confirms every update below `offset` without waiting for new ones.
pub(super) async fn confirm(bot: &Bot, offset: i64) -> Result<Vec<Update>, RequestError> {
    let payload = GetUpdates { offset: Some(offset), limit: Some(1), timeout: 0, allowed_updates: Vec::new() };
    JsonRequest::new(bot.clone(), payload).await
}

/// The offset that confirms a batch: one above its highest id, `None` for
/// an empty batch. After a call that confirmed the last batch, the next one
/// goes without an offset (Telegram starts at the earliest unconfirmed
/// update), so ids that restart lower, as Telegram's may after a week
/// without updates, are received rather than confirmed unseen.
pub(super) fn next_offset(ids: impl IntoIterator<Item = u32>) -> Option<i64> {
    ids.into_iter().map(|id| i64::from(id) + 1).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_wide_and_follow_the_batch() {
        assert_eq!(next_offset([i32::MAX as u32]), Some(1 << 31));
        assert_eq!(next_offset([u32::MAX]), Some(1 << 32));
        assert_eq!(next_offset([7, 3]), Some(8));
        assert_eq!(next_offset([]), None);
        let body = serde_json::to_value(GetUpdates {
            offset: Some(1 << 31),
            limit: None,
            timeout: 10,
            allowed_updates: vec![AllowedUpdate::Message],
        })
        .unwrap();
        assert_eq!(body, serde_json::json!({"offset": 2147483648i64, "timeout": 10, "allowed_updates": ["message"]}));
    }
}
