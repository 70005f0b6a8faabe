//! Reliability and security of the adapter (issue 8): Telegram failing in
//! every way the fake can, a chat flooding the bot, and admin commands from
//! people who are not admins.

use std::time::Duration;

use crate::fake::{self, Fake, Fault};
use crate::{config, fast, start, start_with, text_of};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_question_is_answered_once_after_getupdates_and_sendmessage_fail_in_every_way() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let faults =
        [Fault::ServerError, Fault::Malformed, Fault::Drop, Fault::TooMany, Fault::Slow(Duration::from_secs(2))];
    fake.fail("getUpdates", &faults);
    fake.fail("sendMessage", &faults);
    let chats = [41, 42, 43, 44, 45, 46];
    for chat in chats {
        fake.push(fake::text(chat, Some("da"), "Hvor finder jeg mit skattekort?"));
    }
    let bot = start(&fake, data.path(), fast());
    fake.wait_until("every chat answered", Duration::from_secs(60), |f| {
        chats.iter().all(|c| !f.sent_to(*c).is_empty())
    })
    .await;
    assert_eq!(fake.faults_left(), 0, "every fault was served");
    // Let any wrongly repeated send arrive before counting.
    tokio::time::sleep(Duration::from_millis(500)).await;
    for chat in chats {
        let sent = fake.sent_to(chat);
        assert_eq!(sent.len(), 1, "chat {chat} got {} answers", sent.len());
        assert!(text_of(&sent[0]).contains("skattekort"), "{}", text_of(&sent[0]));
    }
    let stats = bot.stop().await;
    assert_eq!(stats.panics, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flooding_chat_is_told_once_and_then_ignored_while_others_are_answered() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let mut cfg = config(&fake, data.path(), fast());
    cfg.chat_messages_per_minute = 3;
    for _ in 0..8 {
        fake.push(fake::text(50, Some("da"), "Hvor finder jeg mit skattekort?"));
    }
    fake.push(fake::text(51, Some("de"), "Wo finde ich meine Steuerkarte?"));
    let bot = start_with(cfg);
    bot.wait_handled(9).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let flooding = fake.sent_to(50);
    assert_eq!(flooding.len(), 4, "three answers and one notice: {flooding:#?}");
    assert!(text_of(&flooding[3]).contains("mange beskeder"), "{}", text_of(&flooding[3]));
    assert_eq!(fake.sent_to(51).len(), 1);
    let stats = bot.stop().await;
    assert_eq!(stats.flood_dropped, 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_commands_are_refused_to_everyone_else() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let mut cfg = config(&fake, data.path(), fast());
    cfg.admins = vec![900];
    for (i, cmd) in ["/reload", "/inbox", "/why"].iter().enumerate() {
        fake.push(fake::text(60 + i as i64, Some("da"), cmd));
    }
    fake.push(fake::text(900, Some("da"), "/reload"));
    let bot = start_with(cfg);
    bot.wait_handled(4).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    // The admin gets the reload answer (the test brain cannot reload) ...
    let admin = fake.sent_to(900);
    assert!(admin.iter().any(|m| text_of(m).contains("reload")), "{admin:#?}");
    // ... the others get the ordinary "unknown command" answer, nothing of the admin tools.
    for chat in [60, 61, 62] {
        let sent = fake.sent_to(chat);
        assert_eq!(sent.len(), 1, "{sent:#?}");
        let t = text_of(&sent[0]);
        assert!(!t.contains("reload") && !t.contains("Ubesvarede") && !t.contains("normalised"), "chat {chat}: {t}");
    }
    bot.stop().await;
}

/// A revoked token stops the bot, and the message says where the token came
/// from (the operator looks there), never the token.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_token_names_where_it_came_from() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    fake.fail("getMe", &[Fault::Unauthorized]);
    let mut c = config(&fake, data.path(), fast());
    c.token_origin = "the file /etc/pendlerbot/token".into();
    let err = start_with(c).ended().await.unwrap_err().to_string();
    assert!(err.contains("Telegram refused the token from the file /etc/pendlerbot/token"), "{err}");
    assert!(!err.contains("CANARY") && !err.contains("TELOXIDE_TOKEN"), "{err}");
}
