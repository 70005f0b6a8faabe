//! The adapter in this process against the fake Bot API.

use std::time::Duration;

use pendlerbot::{ChatId, Limits, Store};
use serde_json::json;

use crate::support::bot::{buttons_of, fast, sent_before_marker, start, text_of};
use crate::support::fake::{self, Fake};

const DA_WELCOME: &str = "Hej! Jeg er pendlerbotten";
const DE_WELCOME: &str = "Moin! Ich bin der Pendlerbot";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_greets_in_the_telegram_language_or_asks() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::text(1, Some("da"), "/start"));
    fake.push(fake::text(2, Some("de-DE"), "/start"));
    fake.push(fake::text(3, Some("en"), "/start"));
    let da = fake.wait_sent(1, 1).await;
    let de = fake.wait_sent(2, 1).await;
    let ask = fake.wait_sent(3, 1).await;
    assert!(text_of(&da[0]).starts_with(DA_WELCOME), "{}", text_of(&da[0]));
    assert!(text_of(&de[0]).starts_with(DE_WELCOME), "{}", text_of(&de[0]));
    assert_eq!(da[0]["parse_mode"], "HTML");
    // The main areas as buttons.
    assert_eq!(buttons_of(&da[0]), ["m:health", "m:tax"]);
    // No language known: ask, with a button per language.
    assert!(text_of(&ask[0]).contains("Vælg sprog") && text_of(&ask[0]).contains("Sprache wählen"));
    assert_eq!(buttons_of(&ask[0]), ["l:da", "l:de"]);
    bot.wait_handled(3).await;
    // The command menus: Danish, German and a default.
    fake.wait_until("three setMyCommands", Duration::from_secs(5), |f| f.bodies("setMyCommands").len() == 3).await;
    let menus = fake.bodies("setMyCommands");
    let langs: Vec<_> = menus.iter().map(|m| m["language_code"].as_str().unwrap_or("default").to_string()).collect();
    assert_eq!(langs, ["da", "de", "default"]);
    let names = |m: &serde_json::Value| {
        m["commands"].as_array().unwrap().iter().map(|c| c["command"].as_str().unwrap().to_string()).collect::<Vec<_>>()
    };
    assert!(names(&menus[0]).contains(&"glem".to_string()));
    assert!(names(&menus[1]).contains(&"vergessen".to_string()) && names(&menus[1]).contains(&"sprache".to_string()));
    assert!(names(&menus[2]).contains(&"forget".to_string()));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn questions_are_answered_in_their_language_as_escaped_html_with_buttons() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::text(10, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.push(fake::text(11, Some("da"), "Wo finde ich meine Steuerkarte?"));
    let da = fake.wait_sent(10, 1).await;
    let de = fake.wait_sent(11, 1).await;
    let da_text = text_of(&da[0]);
    // Title in bold; the answer's own `<b>` and `&` escaped.
    assert!(da_text.starts_with("<b>Skattekort</b>\nDit skattekort står i TastSelv."), "{da_text}");
    assert!(da_text.contains("Brug &lt;b&gt;ikke&lt;/b&gt; papir &amp; pen."), "{da_text}");
    assert!(da_text.contains("Kilde: https://skat.dk/borger/skattekort"), "{da_text}");
    assert_eq!(da[0]["link_preview_options"]["is_disabled"], true);
    // Related topic, the other language, an advisor, 👍/👎.
    assert_eq!(
        buttons_of(&da[0]),
        ["e:health.special-health-card", "t:de:tax.tax-card-dk", "a", "f:+:tax.tax-card-dk", "f:-:tax.tax-card-dk"]
    );
    let de_text = text_of(&de[0]);
    assert!(de_text.starts_with("<b>Steuerkarte</b>\nIhre Steuerkarte"), "{de_text}");
    assert!(de_text.contains("Nutzen Sie &lt;b&gt;kein&lt;/b&gt; Papier &amp; Stift."), "{de_text}");
    assert_eq!(
        buttons_of(&de[0]),
        ["e:health.special-health-card", "t:da:tax.tax-card-dk", "a", "f:+:tax.tax-card-dk", "f:-:tax.tax-card-dk"]
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn user_text_with_markup_is_escaped() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    // The dialogue does not echo, so a plain question with markup just gets a valid answer ...
    fake.push(fake::text(20, Some("da"), "<b>&"));
    let sent = fake.wait_sent(20, 1).await;
    assert!(text_of(&sent[0]).starts_with("Det kan jeg desværre ikke svare sikkert på."));
    // ... and text that does come back (the test brain echoes) is escaped.
    fake.push(fake::text(20, Some("da"), "!echo <b>& x</b>"));
    let sent = fake.wait_sent(20, 2).await;
    assert_eq!(text_of(&sent[1]), "&lt;b&gt;&amp; x&lt;/b&gt;");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_button_works_and_every_press_is_answered() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    let chat = 30;
    let presses = [
        ("cb-menu", "m:tax"),
        ("cb-entry", "e:health.special-health-card"),
        ("cb-other-lang", "t:de:tax.tax-card-dk"),
        ("cb-advisor", "a"),
        ("cb-lang", "l:de"),
        ("cb-profile", "p:dk-de"),
        ("cb-garbage", "no-such-action"),
    ];
    for (id, data) in presses {
        fake.push(fake::callback(chat, id, data));
    }
    bot.wait_handled(presses.len() as u64).await;
    let answered: Vec<_> = fake
        .bodies("answerCallbackQuery")
        .iter()
        .map(|b| b["callback_query_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(answered, presses.iter().map(|(id, _)| id.to_string()).collect::<Vec<_>>());
    let sent = fake.sent_to(chat);
    let texts: Vec<&str> = sent.iter().map(text_of).collect();
    // m:tax -> the area menu with its entries.
    assert!(buttons_of(&sent[0]).contains(&"e:tax.tax-card-dk".to_string()), "{:?}", sent[0]);
    assert!(texts[1].starts_with("<b>Det gule kort</b>"), "{}", texts[1]);
    assert!(texts[2].starts_with("<b>Steuerkarte</b>"), "{}", texts[2]);
    // The advisor answers in the language of the last reply.
    assert!(texts[3].starts_with("<b>Berater</b>"), "{}", texts[3]);
    assert_eq!(texts[4], "Ich antworte jetzt auf Deutsch.");
    assert!(texts[5].starts_with(DE_WELCOME));
    assert!(texts[6].starts_with("Danke, ich habe notiert: Ich wohne in Dänemark"), "{}", texts[6]);
    // The garbage button was answered but said nothing.
    assert_eq!(sent.len(), 7);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_and_profile_are_kept_across_restarts() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let chat = 40;
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::text(chat, Some("da"), "/sprog de"));
    fake.push(fake::text(chat, Some("da"), "/profil"));
    let sent = fake.wait_sent(chat, 3).await;
    assert_eq!(text_of(&sent[0]), "Ich antworte jetzt auf Deutsch.");
    assert!(text_of(&sent[2]).starts_with("Wo wohnen und arbeiten Sie?"));
    assert_eq!(buttons_of(&sent[2]), ["p:de-dk", "p:dk-de", "p:other"]);
    fake.push(fake::callback(chat, "cb", "p:de-dk"));
    let sent = fake.wait_sent(chat, 4).await;
    assert!(text_of(&sent[3]).starts_with("Danke, ich habe notiert: Ich wohne in Deutschland"));
    bot.wait_handled(3).await;
    bot.stop().await;

    // Stored: language and profile, no message text.
    {
        let store = Store::open(data.path()).unwrap();
        let session = store.session(ChatId(chat)).unwrap();
        assert_eq!(session.lang, Some(pendlerbot::Lang::De));
        assert_eq!(session.profile, Some(pendlerbot::dialogue::Profile::DeDk));
        assert_eq!(store.inbox_len(), 0);
    }

    // After a restart the saved choice beats Telegram's language.
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::text(chat, Some("da"), "/start"));
    let sent = fake.wait_sent(chat, 5).await;
    assert!(text_of(&sent[4]).starts_with(DE_WELCOME), "{}", text_of(&sent[4]));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_links_and_service_commands_open_their_answer() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::text(50, Some("de"), "/start tax-tax-card-dk"));
    fake.push(fake::text(51, Some("da"), "/start service.privacy"));
    fake.push(fake::text(52, Some("da"), "/kontakt"));
    fake.push(fake::text(53, Some("de"), "/datenschutz"));
    fake.push(fake::text(54, Some("da"), "/hjælp"));
    assert!(text_of(&fake.wait_sent(50, 1).await[0]).starts_with("<b>Steuerkarte</b>"));
    assert!(text_of(&fake.wait_sent(51, 1).await[0]).starts_with("<b>Dine data</b>"));
    assert!(text_of(&fake.wait_sent(52, 1).await[0]).starts_with("<b>Kontakt og åbningstider</b>"));
    assert!(text_of(&fake.wait_sent(53, 1).await[0]).starts_with("<b>Ihre Daten</b>"));
    assert!(text_of(&fake.wait_sent(54, 1).await[0]).starts_with("Skriv dit spørgsmål på dansk eller tysk"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_erases_the_chat_from_the_store() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let chat = 60;
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::text(chat, Some("da"), "/sprog de"));
    fake.push(fake::text(chat, Some("da"), "/profil dk-de"));
    fake.push(fake::text(chat, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.push(fake::text(61, Some("da"), "/sprog da"));
    bot.wait_handled(4).await;
    fake.push(fake::text(chat, Some("de"), "/vergessen"));
    bot.wait_handled(5).await;
    let sent = fake.sent_to(chat);
    assert!(text_of(sent.last().unwrap()).starts_with("Alles, was ich zu diesem Chat gespeichert hatte"));
    bot.stop().await;
    let store = Store::open(data.path()).unwrap();
    assert!(!store.has_session(ChatId(chat)).unwrap(), "the forgotten chat has no session");
    assert_eq!(store.session_count(), 1, "other chats are untouched");
    assert_eq!(store.inbox_len(), 0, "no update (and so no message text) is left behind");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stickers_photos_and_edited_messages() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::sticker(70));
    fake.push(fake::photo(71));
    fake.push(fake::edited(72, Some("de"), "Wo finde ich meine Steuerkarte?"));
    assert_eq!(
        text_of(&fake.wait_sent(70, 1).await[0]),
        "Jeg kan kun læse tekst. Skriv dit spørgsmål som en almindelig besked."
    );
    assert!(text_of(&fake.wait_sent(71, 1).await[0]).starts_with("Ich kann nur Text lesen."));
    assert!(text_of(&fake.wait_sent(72, 1).await[0]).starts_with("<b>Steuerkarte</b>"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_groups_only_commands_and_mentions_are_answered() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    let group = -80;
    fake.push(fake::text(group, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.push(fake::sticker(group));
    fake.push(fake::text(group, Some("da"), "/help@other_bot"));
    fake.push(fake::text(group, Some("da"), "@pendler_bot hvor finder jeg mit skattekort?"));
    fake.push(fake::text(group, Some("da"), "/hjælp@pendler_bot"));
    bot.wait_handled(5).await;
    let sent = fake.sent_to(group);
    assert_eq!(sent.len(), 2, "{sent:#?}");
    assert!(text_of(&sent[0]).starts_with("<b>Skattekort</b>"));
    assert!(text_of(&sent[1]).starts_with("Skriv dit spørgsmål"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ten_thousand_character_answer_is_split_at_paragraphs() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::text(90, Some("da"), "!long"));
    bot.wait_handled(1).await;
    let sent = fake.sent_to(90);
    assert_eq!(sent.len(), 3, "10,000 characters make three messages");
    for (i, msg) in sent.iter().enumerate() {
        let text = text_of(msg);
        assert!(text.encode_utf16().count() < 4096, "part {i} is {} long", text.encode_utf16().count());
        assert!(text.ends_with("pension."), "part {i} ends inside a paragraph: …{}", &text[text.len() - 30..]);
        assert_eq!(msg["reply_markup"].is_object(), i == 2, "buttons go under the last part only");
    }
    assert!(text_of(&sent[0]).starts_with("<b>Skattekort</b>\n1. Dette er"));
    assert!(text_of(&sent[1]).starts_with(char::is_numeric));
    let total: usize = sent.iter().map(|m| text_of(m).len()).sum();
    assert!(total > 10_000);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_between_two_batches_answers_nothing_twice() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    let first = fake::text(100, Some("da"), "Hvor finder jeg mit skattekort?");
    let id = fake.push(first.clone());
    fake.wait_sent(100, 1).await;
    bot.wait_handled(1).await;
    bot.stop().await;

    // Telegram delivers the first batch again (the confirmation was lost) with a new update.
    let mut again = first;
    again["update_id"] = json!(id);
    fake.redeliver(again);
    fake.push(fake::text(100, Some("da"), "Hvordan får jeg det gule kort?"));
    let bot = start(&fake, data.path(), fast());
    let sent = fake.wait_sent(100, 2).await;
    bot.wait_handled(1).await;
    // A duplicate would come before a later question's answer.
    let sent_after = sent_before_marker(&fake, 100).await;
    let stats = bot.stop().await;
    assert_eq!(sent_after.len(), 2, "{sent_after:#?}");
    assert!(text_of(&sent[1]).starts_with("<b>Det gule kort</b>"));
    // The first poll after the restart confirms it (the handled mark's
    // floor), or the store knows it as handled: never answered again.
    assert!(stats.duplicates <= 1, "{stats:?}");
    assert_eq!(stats.handled, 2, "the new question and the marker");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_costs_one_update_and_other_chats_carry_on() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    fake.push(fake::text(110, Some("da"), "!panic"));
    fake.push(fake::text(111, Some("de"), "Wo finde ich meine Steuerkarte?"));
    fake.push(fake::text(110, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.push(fake::text(111, Some("de"), "!panic"));
    fake.push(fake::text(111, Some("de"), "Wie bekomme ich die gelbe Karte?"));
    bot.wait_handled(5).await;
    let a = fake.sent_to(110);
    let b = fake.sent_to(111);
    assert!(text_of(&a[0]).starts_with("Beklager, der gik noget galt hos mig."), "{a:#?}");
    assert!(text_of(&a[1]).starts_with("<b>Skattekort</b>"));
    assert!(text_of(&b[0]).starts_with("<b>Steuerkarte</b>"));
    assert!(text_of(&b[1]).starts_with("Entschuldigung, bei mir ist etwas schiefgegangen."), "{b:#?}");
    assert!(text_of(&b[2]).starts_with("<b>Die gelbe Karte</b>"));
    let stats = bot.stop().await;
    assert_eq!(stats.panics, 2);
    assert_eq!(Store::open(data.path()).unwrap().inbox_len(), 0, "a panicked update is not retried forever");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sends_are_throttled_per_chat_and_retried_after_429() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), Limits::default());
    // Five replies to one chat: three at once, then about one per second.
    fake.push(fake::text(120, Some("da"), "!many"));
    bot.wait_handled(1).await;
    let at: Vec<_> = fake
        .calls()
        .into_iter()
        .filter(|c| c.done && c.method == "sendmessage" && c.body["chat_id"] == json!(120))
        .map(|c| c.at)
        .collect();
    assert_eq!(at.len(), 5);
    let gap = at[4] - at[0];
    assert!(gap >= Duration::from_millis(1800) && gap < Duration::from_secs(4), "{gap:?}");
    let texts: Vec<_> = fake.sent_to(120).iter().map(|m| text_of(m).to_string()).collect();
    assert_eq!(texts, ["svar 1", "svar 2", "svar 3", "svar 4", "svar 5"]);

    // Telegram says "too many requests": the message goes out once, after the wait.
    fake.answer_too_many(1);
    fake.push(fake::text(121, Some("da"), "/hjælp"));
    bot.wait_handled(2).await;
    assert_eq!(fake.bodies("sendMessage-429").len(), 1);
    assert_eq!(fake.sent_to(121).len(), 1);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_database_is_moved_aside_inside_the_data_folder_and_the_bot_still_answers() {
    let fake = Fake::start().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    {
        let store = Store::open(&data).unwrap();
        store.flush().unwrap();
    }
    std::fs::write(data.join("conf"), b"\xff\xfe not a sled config").unwrap();
    let bot = start(&fake, &data, fast());
    fake.push(fake::text(130, Some("da"), "/start"));
    assert!(text_of(&fake.wait_sent(130, 1).await[0]).starts_with(DA_WELCOME));
    bot.stop().await;
    let aside: Vec<_> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing beside the data folder");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_mention_after_letters_that_grow_when_lower_cased_is_answered() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    let group = -81;
    fake.push(fake::text(group, Some("da"), "İ @pendler_bot hvor finder jeg mit skattekort?"));
    // Two letters that grow: today's byte offsets cut the "ø" in half.
    fake.push(fake::text(group, Some("da"), "İȺ @Pendler_Bot øh, hvor finder jeg mit skattekort?"));
    let sent = fake.wait_sent(group, 2).await;
    for s in &sent {
        assert!(text_of(s).starts_with("<b>Skattekort</b>"), "{}", text_of(s));
    }
    assert_eq!(bot.stop().await.panics, 0);
}

/// The panic hook of `serve` writes where a panic happened, never its
/// message: a bad string slice quotes the string, which may be what a
/// commuter wrote. Run in a child process (the hook is process-wide).
#[test]
fn the_panic_hook_logs_the_location_and_never_the_message() {
    const SECRET: &str = "min-cpr-er-010203-1234";
    if std::env::var_os("PENDLERBOT_PANIC_HOOK_CHILD").is_some() {
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(std::io::stderr)
            .with_ansi(false)
            .init();
        pendlerbot::quiet_panics();
        let _ = std::panic::catch_unwind(|| panic!("question: {SECRET}"));
        let text = format!("İ {SECRET}");
        let _ = std::panic::catch_unwind(|| text[1..].len());
        return;
    }
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "telegram::adapter::the_panic_hook_logs_the_location_and_never_the_message", "--nocapture"])
        .env("PENDLERBOT_PANIC_HOOK_CHILD", "1")
        .output()
        .unwrap();
    let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{all}");
    assert_eq!(all.matches("panic at ").count(), 2, "{all}");
    assert!(all.contains("panic at tests/it/telegram/adapter.rs:"), "{all}");
    assert!(!all.contains(SECRET) && !all.contains("İ"), "the panic message reached the log:\n{all}");
}

/// The sled files of `from` put in place of those in `to`; everything else
/// in `to` (the marker, the handled mark) stays.
fn restore_sled_files(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(to).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == "db" || name == "conf" || name == "blobs" || name.starts_with("snap.") {
            let p = entry.path();
            if p.is_dir() {
                std::fs::remove_dir_all(&p).unwrap()
            } else {
                std::fs::remove_file(&p).unwrap()
            }
        }
    }
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == "db" || name == "conf" || name.starts_with("snap.") {
            std::fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
}

/// Issue 15.2: sled recovers a damaged database silently to an older state
/// (its log cut at the damage), in which updates answered since are back in
/// the inbox and their handled marks are gone; Telegram may deliver them
/// again too. Nothing already answered is answered again: the bot keeps a
/// mark of what was handled in a small file of its own, written atomically,
/// skips what lies below it and never polls below it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn updates_answered_before_a_database_rolled_back_are_not_answered_again() {
    let fake = Fake::start().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let old = dir.path().join("old");
    let updates: Vec<serde_json::Value> = (0..3)
        .map(|i| {
            let mut u = fake::text(140 + i, Some("da"), "Hvor finder jeg mit skattekort?");
            u["update_id"] = json!(1000 + i);
            u
        })
        .collect();
    {
        // The older state: the three updates fetched, none answered yet.
        let store = Store::open(&data).unwrap();
        for u in &updates {
            store.add_to_inbox(u["update_id"].as_u64().unwrap() as u32, u.to_string().as_bytes()).unwrap();
        }
        store.flush().unwrap();
    }
    std::fs::create_dir(&old).unwrap();
    restore_sled_files(&data, &old);
    let bot = start(&fake, &data, fast());
    for i in 0..3 {
        fake.wait_sent(140 + i, 1).await;
    }
    bot.wait_handled(3).await;
    bot.stop().await;
    // The damage: sled's files fall back to the older state. Telegram
    // delivers the three again as well (their confirmation was lost).
    restore_sled_files(&old, &data);
    for u in &updates {
        fake.redeliver(u.clone());
    }
    let bot = start(&fake, &data, fast());
    fake.next_update_id(2000);
    fake.push(fake::text(150, Some("da"), "/start"));
    fake.wait_sent(150, 1).await;
    // An answer given again would come before a later question's answer.
    for i in 0..3 {
        assert_eq!(sent_before_marker(&fake, 140 + i).await.len(), 1, "chat {} answered again", 140 + i);
    }
    bot.stop().await;
}

/// Issue 15.15: in a forum supergroup the answer goes to the topic the
/// question was asked in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_forum_the_answer_goes_to_the_question_s_topic() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    let forum = -100_200;
    fake.push(json!({"message": {"message_id": 9, "date": 1_700_000_000, "message_thread_id": 7,
        "is_topic_message": true,
        "chat": {"id": forum, "type": "supergroup", "title": "Pendlere", "is_forum": true},
        "from": {"id": 5, "is_bot": false, "first_name": "Ann", "language_code": "da"},
        "text": "@pendler_bot hvor finder jeg mit skattekort?"}}));
    let sent = fake.wait_sent(forum, 1).await;
    assert_eq!(sent[0]["message_thread_id"], json!(7), "{:#}", sent[0]);
    assert!(text_of(&sent[0]).starts_with("<b>Skattekort</b>"), "{}", text_of(&sent[0]));
    bot.stop().await;
}

/// Issue 15.15: a group that becomes a supergroup (a new chat id) keeps its
/// session: the language chosen before is still used.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_migrated_to_a_supergroup_keeps_its_session() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start(&fake, data.path(), fast());
    let (old, new) = (-82i64, -100_300i64);
    let from = json!({"id": 5, "is_bot": false, "first_name": "Ann", "language_code": "da"});
    fake.push(fake::text(old, Some("da"), "/sprache de"));
    let sent = fake.wait_sent(old, 1).await;
    assert!(text_of(&sent[0]).contains("auf Deutsch"), "{}", text_of(&sent[0]));
    bot.wait_handled(1).await;
    fake.push(json!({"message": {"message_id": 10, "date": 1_700_000_000,
        "chat": {"id": old, "type": "group", "title": "Pendlere"}, "from": from, "migrate_to_chat_id": new}}));
    fake.push(json!({"message": {"message_id": 1, "date": 1_700_000_000,
        "chat": {"id": new, "type": "supergroup", "title": "Pendlere"},
        "from": {"id": 1087968824, "is_bot": true, "first_name": "Group"}, "migrate_from_chat_id": old}}));
    fake.push(json!({"message": {"message_id": 2, "date": 1_700_000_000,
        "chat": {"id": new, "type": "supergroup", "title": "Pendlere"}, "from": from, "text": "/help"}}));
    let sent = fake.wait_sent(new, 1).await;
    assert!(text_of(&sent[0]).starts_with("Schreiben Sie Ihre Frage"), "{}", text_of(&sent[0]));
    bot.stop().await;
}
