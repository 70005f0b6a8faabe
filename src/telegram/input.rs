//! Telegram updates as dialogue inputs: texts and commands, button presses,
//! and "not text" for everything a commuter sends that is not text.

use teloxide_core::types::{self as tg, ChatMigration, MediaKind, Message, MessageKind, ThreadId, Update, UpdateKind};

use crate::dialogue::{self, Input};
use crate::ids::{ChatId, MessageId, UserId};
use crate::text::Lang;

/// What the adapter understood of an update.
#[derive(Debug, PartialEq)]
pub struct Incoming {
    pub chat: ChatId,
    pub input: Input,
    pub hint: Option<Lang>,
    pub group: bool,
}

pub(super) fn chat_of(update: &Update) -> Option<ChatId> {
    match &update.kind {
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => Some(m.chat.id.into()),
        UpdateKind::CallbackQuery(q) => Some(match &q.message {
            Some(m) => m.chat().id.into(),
            None => UserId::from(q.from.id).private_chat(),
        }),
        _ => None,
    }
}

/// The forum topic an update was written in: answers go there (issue
/// 15.15). Only topic messages of forum supergroups have one to reply in.
pub(super) fn thread_of(update: &Update) -> Option<ThreadId> {
    let m = match &update.kind {
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => m,
        UpdateKind::CallbackQuery(q) => q.regular_message()?,
        _ => return None,
    };
    if m.is_topic_message {
        m.thread_id
    } else {
        None
    }
}

/// A group that became a supergroup: (old chat id, new chat id). Telegram
/// sends one message in each; either says it.
pub(super) fn migration_of(update: &Update) -> Option<(ChatId, ChatId)> {
    let UpdateKind::Message(m) = &update.kind else { return None };
    match m.chat_migration()? {
        ChatMigration::To { chat_id } => Some((m.chat.id.into(), (*chat_id).into())),
        ChatMigration::From { chat_id } => Some(((*chat_id).into(), m.chat.id.into())),
    }
}

/// The Telegram user who sent an update (for the admin check).
pub(super) fn sender_of(update: Option<&Update>) -> Option<UserId> {
    match &update?.kind {
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => m.from.as_ref().map(|u| u.id.into()),
        UpdateKind::CallbackQuery(q) => Some(q.from.id.into()),
        _ => None,
    }
}

/// `/reload` (or `/reload@bot`), the admins' command to reload the knowledge base.
pub(super) fn is_reload(input: &Input) -> bool {
    match input {
        Input::Text(t) => {
            let head = t.split_whitespace().next().unwrap_or_default();
            head.split('@').next() == Some("/reload")
        }
        _ => false,
    }
}

/// Maps an update to an input for the dialogue: texts and commands,
/// buttons, and "not text" for photos, stickers, voice messages and files.
/// Edited messages count as new ones. In groups only commands (for this
/// bot) and messages that mention it are taken.
pub fn incoming(update: &Update, username: &str) -> Option<Incoming> {
    match &update.kind {
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => from_message(m, username),
        UpdateKind::CallbackQuery(q) => {
            let action = dialogue::Action::decode(q.data.as_deref()?)?;
            let (chat, group) = match &q.message {
                Some(m) => (m.chat().id.into(), !m.chat().is_private()),
                None => (UserId::from(q.from.id).private_chat(), false),
            };
            Some(Incoming {
                chat,
                input: Input::Button(action),
                hint: lang_hint(q.from.language_code.as_deref()),
                group,
            })
        }
        _ => None,
    }
}

fn from_message(m: &Message, username: &str) -> Option<Incoming> {
    let from = m.from.as_ref()?;
    if from.is_bot {
        return None;
    }
    let group = !m.chat.is_private();
    let hint = lang_hint(from.language_code.as_deref());
    let chat = m.chat.id.into();
    let input = match m.text() {
        Some(text) if !group => Input::Text(text.to_string()),
        Some(text) => Input::Text(addressed_in_group(text, username)?),
        None => {
            let MessageKind::Common(common) = &m.kind else { return None };
            if group || matches!(common.media_kind, MediaKind::Migration(_)) {
                return None;
            }
            Input::NonText
        }
    };
    Some(Incoming { chat, input, hint, group })
}

/// In a group: a command for this bot (or for no bot in particular) as it
/// is, a message mentioning `@username` without the mention; else `None`.
fn addressed_in_group(text: &str, username: &str) -> Option<String> {
    let mention = format!("@{}", username.to_lowercase());
    let trimmed = text.trim();
    if let Some(cmd) = trimmed.strip_prefix('/') {
        let head = cmd.split_whitespace().next().unwrap_or_default();
        return match head.split_once('@') {
            Some((_, bot)) if !bot.eq_ignore_ascii_case(username) => None,
            _ => Some(trimmed.to_string()),
        };
    }
    if username.is_empty() {
        return None;
    }
    // Telegram usernames are ASCII: compare in place, byte offsets stay
    // those of the text (a lower-cased copy can be longer: "İ", "Ⱥ").
    let at = trimmed.char_indices().map(|(i, _)| i).find(|&i| {
        trimmed.as_bytes()[i..].get(..mention.len()).is_some_and(|b| b.eq_ignore_ascii_case(mention.as_bytes()))
    })?;
    let before = trimmed[..at].trim_end();
    let after = trimmed[at + mention.len()..].trim_start().trim_start_matches([',', ':']).trim_start();
    let rest = format!("{before} {after}").trim().to_string();
    (!rest.is_empty()).then_some(rest)
}

// Telegram's ids as ours and back, at the adapter's edge (`crate::ids`
// knows nothing of teloxide). Telegram's user ids are unsigned; ours
// are the signed numbers the configuration and the store use.

impl From<tg::ChatId> for ChatId {
    fn from(id: tg::ChatId) -> ChatId {
        ChatId(id.0)
    }
}

impl From<ChatId> for tg::ChatId {
    fn from(id: ChatId) -> tg::ChatId {
        tg::ChatId(id.0)
    }
}

impl From<tg::UserId> for UserId {
    fn from(id: tg::UserId) -> UserId {
        UserId(id.0 as i64)
    }
}

impl From<UserId> for tg::UserId {
    fn from(id: UserId) -> tg::UserId {
        tg::UserId(id.0 as u64)
    }
}

impl From<tg::MessageId> for MessageId {
    fn from(id: tg::MessageId) -> MessageId {
        MessageId(id.0)
    }
}

impl From<MessageId> for tg::MessageId {
    fn from(id: MessageId) -> tg::MessageId {
        tg::MessageId(id.0)
    }
}

/// "da", "da-DK" -> Danish; "de", "de-AT" -> German: the language a
/// Telegram user's app is set to, whether the bot speaks it or not (the
/// dialogue and [`super::spoken`] keep only the languages of the base).
pub fn lang_hint(code: Option<&str>) -> Option<Lang> {
    let primary = code?.split(['-', '_']).next()?.to_ascii_lowercase();
    Lang::from_code(&primary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::Action;

    fn update(json: &str) -> Update {
        serde_json::from_str(json).expect("update parses")
    }

    #[test]
    fn updates_map_to_inputs() {
        let text = update(
            r#"{"update_id":1,"message":{"message_id":1,"date":1700000000,"chat":{"id":7,"type":"private"},
            "from":{"id":7,"is_bot":false,"first_name":"A","language_code":"de-AT"},"text":"hej"}}"#,
        );
        let got = incoming(&text, "pendler_bot").unwrap();
        assert_eq!(
            (got.chat, got.input, got.hint, got.group),
            (ChatId(7), Input::Text("hej".into()), Some(Lang::De), false)
        );

        let sticker = update(
            r#"{"update_id":2,"message":{"message_id":2,"date":1700000000,"chat":{"id":7,"type":"private"},
            "from":{"id":7,"is_bot":false,"first_name":"A"},
            "sticker":{"file_id":"f","file_unique_id":"u","type":"regular","width":1,"height":1,"is_animated":false,"is_video":false}}}"#,
        );
        assert_eq!(incoming(&sticker, "pendler_bot").unwrap().input, Input::NonText);

        let button = update(
            r#"{"update_id":3,"callback_query":{"id":"cb","from":{"id":7,"is_bot":false,"first_name":"A","language_code":"en"},
            "chat_instance":"ci","data":"l:de","message":{"message_id":2,"date":1700000001,"chat":{"id":7,"type":"private"},"text":"m"}}}"#,
        );
        let got = incoming(&button, "pendler_bot").unwrap();
        // The app's language, spoken by the bot or not (`spoken` and the dialogue keep the base's).
        assert_eq!(
            (got.chat, got.input, got.hint),
            (ChatId(7), Input::Button(Action::SetLang(Lang::De)), Lang::from_code("en"))
        );
    }

    #[test]
    fn groups_only_hear_commands_and_mentions() {
        assert_eq!(addressed_in_group("hej alle", "pendler_bot"), None);
        assert_eq!(addressed_in_group("/help", "pendler_bot").as_deref(), Some("/help"));
        assert_eq!(addressed_in_group("/help@Pendler_Bot", "pendler_bot").as_deref(), Some("/help@Pendler_Bot"));
        assert_eq!(addressed_in_group("/help@other_bot", "pendler_bot"), None);
        assert_eq!(
            addressed_in_group("@Pendler_bot, hvad er et skattekort?", "pendler_bot").as_deref(),
            Some("hvad er et skattekort?")
        );
        assert_eq!(addressed_in_group("@pendler_bot", "pendler_bot"), None);
    }

    /// "İ" and "Ⱥ" grow by one byte when lower-cased: offsets found in a
    /// lower-cased copy cut the original inside a character (a panic) or
    /// in the wrong place (a garbled question).
    #[test]
    fn a_mention_after_letters_that_grow_when_lower_cased_is_cut_cleanly() {
        assert_eq!(
            addressed_in_group("İ @pendler_bot hvad er et skattekort?", "pendler_bot").as_deref(),
            Some("İ hvad er et skattekort?")
        );
        assert_eq!(
            addressed_in_group("ȺȺ @Pendler_Bot: skattekort?", "pendler_bot").as_deref(),
            Some("ȺȺ skattekort?")
        );
        assert_eq!(addressed_in_group("İİİ@pendler_bot", "pendler_bot").as_deref(), Some("İİİ"));
        assert_eq!(
            addressed_in_group("ẞtraße Ⱥ, @PENDLER_BOT, hjælp", "pendler_bot").as_deref(),
            Some("ẞtraße Ⱥ, hjælp")
        );
        assert_eq!(addressed_in_group("İstanbul pendler_bot", "pendler_bot"), None);
    }
}
