//! Reliability and security of the adapter (issue 8): Telegram failing in
//! every way the fake can, a chat flooding the bot, and admin commands from
//! people who are not admins.

use std::time::Duration;

use crate::support::bot::{config, fast, sent_before_marker, start, start_with, text_of};
use crate::support::fake::{self, Fake, Fault};
use crate::support::{wait_until, PATIENCE};
use pendlerbot::{Limits, Rate};

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
    // A wrongly repeated send would come before a later question's answer.
    for chat in chats {
        let sent = sent_before_marker(&fake, chat).await;
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
    // Three answers, the notice and the other chat; the rest is dropped as it arrives.
    // Every update accounted for (handled or dropped by the counters): nothing more can come.
    wait_until("five handled and five dropped", PATIENCE, || {
        let s = bot.stats.snapshot();
        s.handled >= 5 && s.flood_dropped >= 5
    })
    .await;
    let flooding = fake.wait_sent(50, 4).await;
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
    // The admin gets the reload answer (the test brain cannot reload) ...
    let admin = fake.sent_to(900);
    assert!(admin.iter().any(|m| text_of(m).contains("reload")), "{admin:#?}");
    // ... the others get the ordinary "unknown command" answer, nothing of the admin tools.
    for chat in [60, 61, 62] {
        let sent = sent_before_marker(&fake, chat).await;
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

/// The offsets the bot sent with getUpdates, in order (`None`: no offset).
fn offsets(fake: &Fake) -> Vec<Option<i64>> {
    fake.bodies("getUpdates").iter().map(|b| b["offset"].as_i64()).collect()
}

/// update_id 2^31 - 1: the next offset (2^31) does not fit an i32; it must
/// not wrap to a negative offset (which asks for the queue's tail and spins).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_ids_near_2_pow_31_do_not_wrap_the_offset() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    fake.next_update_id(i32::MAX as u32 - 1);
    fake.push(fake::text(61, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.push(fake::text(62, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.wait_sent(61, 1).await;
    fake.wait_sent(62, 1).await;
    bot.wait_handled(2).await;
    // Past 2^31 - 1 as well.
    fake.push(fake::text(63, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.wait_sent(63, 1).await;
    bot.wait_handled(3).await;
    let polls_before = offsets(&fake).len();
    // Time is the subject here: a spinning poll is many polls in a short
    // time, so the test watches the polls for 1.5 s (a long poll lasts 2 s).
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let polls = offsets(&fake);
    assert!(polls.len() - polls_before <= 2, "polling spins: {:?}", &polls[polls_before..]);
    assert!(polls.iter().flatten().all(|o| *o > 0), "a negative offset: {polls:?}");
    assert!(polls.contains(&Some(i64::from(i32::MAX) + 2)), "{polls:?}");
    for chat in [61, 62, 63] {
        assert_eq!(fake.sent_to(chat).len(), 1, "chat {chat}");
    }
    assert_eq!(bot.stop().await.panics, 0);
}

/// After a week without updates Telegram may number the next one from a
/// random, lower id: the bot must still receive it, without a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_ids_that_go_backwards_are_not_missed() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    fake.next_update_id(5000);
    fake.push(fake::text(64, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.wait_sent(64, 1).await;
    bot.wait_handled(1).await;
    // The batch is confirmed (offset 5001) and a quiet poll follows.
    fake.wait_until("the batch confirmed", Duration::from_secs(10), |f| f.confirmed() == 5001).await;
    let n = offsets(&fake).len();
    fake.wait_until("a later poll", Duration::from_secs(10), |f| offsets(f).len() > n + 1).await;
    fake.next_update_id(100);
    fake.push(fake::text(65, Some("da"), "Hvor finder jeg mit skattekort?"));
    let sent = fake.wait_sent(65, 1).await;
    assert!(text_of(&sent[0]).starts_with("<b>Skattekort</b>"), "{}", text_of(&sent[0]));
    bot.wait_handled(2).await;
    bot.stop().await;
}

/// 409 Conflict: another process polls with the same token. Retrying would
/// have the two take updates from each other for ever: the bot stops and
/// says why.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conflict_with_another_instance_stops_the_bot_with_a_clear_message() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    fake.fail("getUpdates", &[Fault::Conflict, Fault::Conflict, Fault::Conflict, Fault::Conflict]);
    let err = start(&fake, data.path(), fast()).ended().await.unwrap_err().to_string();
    assert!(err.contains("another instance polls this token"), "{err}");
    assert!(err.contains("409 Conflict"), "{err}");
    assert!(!err.contains("CANARY"), "{err}");
}

/// One 409 (an old instance still finishing its last long poll while a new
/// one starts) is waited out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_single_conflict_is_waited_out() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    fake.fail("getUpdates", &[Fault::Conflict]);
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::text(66, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.wait_sent(66, 1).await;
    bot.stop().await;
}

/// Issue 15.5: one chat sends far more than it may (more than the inbox's
/// high-water mark). Its excess is dropped as it arrives, never queued, so
/// another chat is answered while the flooder's few allowed answers still
/// drain at its own rate.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_flooding_chat_does_not_delay_another_chat() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let slow = Rate { per_sec: 1.0, burst: 1.0 };
    let mut cfg = config(&fake, data.path(), Limits { per_chat: slow, ..fast() });
    cfg.chat_messages_per_minute = 3;
    for _ in 0..1200 {
        fake.push(fake::text(70, Some("da"), "Hvor finder jeg mit skattekort?"));
    }
    fake.push(fake::text(71, Some("de"), "Wo finde ich meine Steuerkarte?"));
    let bot = start_with(cfg);
    fake.wait_sent(71, 1).await;
    // Dropped as they came in, not after the allowed answers went out.
    assert_eq!(bot.stats.snapshot().flood_dropped, 1200 - 4);
    // Three answers and the notice: the last goes out about 3 s after the first.
    let flood = fake.wait_sent(70, 4).await;
    let sends = fake.bodies("sendMessage");
    let probe = sends.iter().position(|b| b["chat_id"] == 71).unwrap();
    let last_flood = sends.iter().rposition(|b| b["chat_id"] == 70).unwrap();
    assert!(probe < last_flood, "chat 71 waited for the flood: answer {probe} of {}", sends.len());
    assert!(text_of(&flood[3]).contains("mange beskeder"), "{}", text_of(&flood[3]));
    let stats = bot.stop().await;
    // The notice counts too: its message was not answered.
    assert_eq!(stats.flood_dropped, 1200 - 3);
    assert_eq!(fake.sent_to(70).len(), 4);
}

/// Issue 15.5: fifty chats flood at once. Their excess is dropped as it
/// arrives (counted), and a chat that writes while the flooders' allowed
/// answers still compete for the bot's overall send rate goes ahead of
/// them: chats that have had the least sent lately are served first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_flooding_chats_do_not_delay_another_chat() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let limits = Limits {
        per_chat: Rate { per_sec: 1.0, burst: 1.0 },
        per_group: Rate { per_sec: 1.0, burst: 1.0 },
        global: Rate { per_sec: 20.0, burst: 1.0 },
    };
    let mut cfg = config(&fake, data.path(), limits);
    cfg.chat_messages_per_minute = 2;
    let flooders: Vec<i64> = (100..150).collect();
    for _ in 0..30 {
        for chat in &flooders {
            fake.push(fake::text(*chat, Some("da"), "Hvor finder jeg mit skattekort?"));
        }
    }
    let bot = start_with(cfg);
    // Every flooder has had its first answer; two more each (an answer and
    // the notice) still wait for the overall rate, 100 messages in all.
    fake.wait_until("every flooder answered once", Duration::from_secs(30), |f| {
        flooders.iter().all(|c| !f.sent_to(*c).is_empty())
    })
    .await;
    let dropped = bot.stats.snapshot().flood_dropped;
    assert!((50 * 27..50 * 27 + 5).contains(&dropped), "the excess is dropped as it arrives: {dropped}");
    let probe_id = fake.push(fake::text(200, Some("de"), "Wo finde ich meine Steuerkarte?"));
    fake.wait_sent(200, 1).await;
    // The poll after the probe was taken in may come after its answer (the
    // bot answers before it polls again, more so on a busy machine): wait for it.
    let polled_after =
        |c: &fake::Call| c.method == "getupdates" && c.body["offset"].as_i64().is_some_and(|o| o > i64::from(probe_id));
    fake.wait_until("a poll after the probe", Duration::from_secs(30), |f| f.calls().iter().any(polled_after)).await;
    // Sends between the poll after the probe was taken in and its answer
    // (none when the answer came first).
    let calls = fake.calls();
    let taken = calls.iter().position(polled_after).expect("a poll after the probe");
    let answered = calls.iter().position(|c| c.method == "sendmessage" && c.done && c.body["chat_id"] == 200).unwrap();
    let before = calls[taken.min(answered)..answered].iter().filter(|c| c.method == "sendmessage" && c.done).count();
    let flood_left = 150 - calls[..answered].iter().filter(|c| c.method == "sendmessage" && c.done).count();
    assert!(before <= 8, "{before} flood messages went ahead of the new chat's answer ({flood_left} still waiting)");
    fake.wait_until("the flood drained", Duration::from_secs(30), |f| f.bodies("sendMessage").len() >= 151).await;
    let stats = bot.stop().await;
    assert_eq!(stats.flood_dropped, 50 * 28, "27 dropped and one told per chat");
}

/// Issue 15.6: a 429 with retry_after for one chat (its own limit) pauses
/// that chat only; the others are answered meanwhile, and the chat itself
/// gets its answer once, after the pause.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_for_one_chat_pauses_that_chat_only() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    fake.answer_too_many_for(80, 1, 4);
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::text(80, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.wait_until("the 429", Duration::from_secs(10), |f| !f.bodies("sendmessage-429").is_empty()).await;
    for chat in [81, 82] {
        fake.push(fake::text(chat, Some("da"), "Hvor finder jeg mit skattekort?"));
    }
    fake.wait_sent(81, 1).await;
    fake.wait_sent(82, 1).await;
    fake.wait_sent(80, 1).await;
    let calls = fake.calls();
    let at = |pred: &dyn Fn(&crate::support::fake::Call) -> bool| calls.iter().find(|c| pred(c)).unwrap().at;
    let limited = at(&|c| c.method == "sendmessage-429");
    let answered = |chat: i64| at(&|c| c.method == "sendmessage" && c.done && c.body["chat_id"] == chat);
    for chat in [81, 82] {
        assert!(answered(chat) < answered(80), "chat {chat} waited for chat 80's pause");
        let waited = answered(chat) - limited;
        assert!(waited < Duration::from_secs(2), "chat {chat} waited {waited:?} (retry_after 4 s was for chat 80)");
    }
    assert!(answered(80) - limited >= Duration::from_millis(3900), "chat 80 honours its retry_after");
    assert_eq!(sent_before_marker(&fake, 80).await.len(), 1);
    bot.stop().await;
}

/// Issue 15.4: a send whose outcome is unknown (the connection dropped
/// after the request went out: Telegram may have delivered it) is sent
/// again at most once, so the commuter never gets more than two copies;
/// failures Telegram reports (5xx) are retried as before.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_send_with_an_unknown_outcome_is_sent_again_at_most_once() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    fake.fail("sendMessage", &[Fault::Drop, Fault::Drop, Fault::Drop]);
    fake.push(fake::text(90, Some("da"), "Hvor finder jeg mit skattekort?"));
    bot.wait_handled(1).await;
    let attempts = fake.calls().iter().filter(|c| c.method == "sendmessage-fault").count();
    assert_eq!(attempts, 2, "the send and one retry, not more");
    assert_eq!(fake.faults_left(), 1);
    fake.fail("sendMessage", &[Fault::ServerError]);
    // The fault left over is the first this chat meets, then a 5xx (after
    // which teloxide itself waits 10 s), then the send goes through.
    fake.push(fake::text(91, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.wait_until("chat 91 answered", Duration::from_secs(30), |f| !f.sent_to(91).is_empty()).await;
    let sent = fake.sent_to(91);
    assert!(text_of(&sent[0]).contains("skattekort"));
    assert_eq!(fake.faults_left(), 0);
    assert_eq!(sent_before_marker(&fake, 91).await.len(), 1);
    bot.stop().await;
}
