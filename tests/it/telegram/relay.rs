//! The handover to the advice office (issue 18) against the fake Bot API:
//! consent, the case card, answers relayed both ways, closing, several
//! cases, restarts and `kill -9`, `/forget`, strangers in the group, and
//! the office's opening hours.

use std::path::Path;
use std::time::Duration;

use pendlerbot::{ChatId, MessageId};
use serde_json::Value;

use crate::support::bot::{buttons_of, config, fast, start_with, text_of, Running};
use crate::support::fake::{self, Fake};

/// The advisors' group and two of its members.
const GROUP: i64 = -500;
const RITA: i64 = 901;
const OLE: i64 = 902;

fn start_relay(fake: &Fake, data: &Path) -> Running {
    fake.members(&[RITA, OLE]);
    let mut c = config(fake, data, fast());
    c.advisor_chat = Some(GROUP);
    start_with(c)
}

fn texts(msgs: &[Value]) -> Vec<String> {
    msgs.iter().map(|m| text_of(m).to_string()).collect()
}

/// Consent asked, given (with the name or not) and the question sent:
/// returns the card's message id in the group once the case is recorded
/// (an advisor cannot answer a card in the milliseconds before that).
async fn open_case(bot: &Running, fake: &Fake, chat: i64, lang: &str, ask: &str, consent: &str, question: &str) -> i64 {
    let handled = bot.handled();
    let before = fake.sent_to(chat).len();
    let cards = fake.sent_to(GROUP).len();
    fake.push(fake::text(chat, Some(lang), ask));
    let sent = fake.wait_sent(chat, before + 1).await;
    assert_eq!(buttons_of(sent.last().unwrap()), ["r:name", "r:anon", "r:no"], "{:?}", texts(&sent));
    fake.push(fake::callback(chat, "cb", consent));
    fake.wait_sent(chat, before + 2).await;
    fake.push(fake::text(chat, Some(lang), question));
    fake.wait_sent(chat, before + 3).await;
    fake.wait_until("the card", Duration::from_secs(10), |f| f.sent_to(GROUP).len() > cards).await;
    bot.wait_handled(handled + 3).await;
    fake.sent_with_ids(GROUP)[cards].0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_advisor_chat_talk_to_an_advisor_shows_the_contact_as_before() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = crate::support::bot::start(&fake, data.path(), fast());
    fake.push(fake::text(30, Some("da"), "kan jeg tale med en person?"));
    let sent = fake.wait_sent(30, 1).await;
    assert!(text_of(&sent[0]).contains("Ring til Regionskontoret"), "{}", text_of(&sent[0]));
    fake.push(fake::callback(30, "cb1", "a"));
    fake.push(fake::text(30, Some("da"), "/kontakt"));
    let sent = fake.wait_sent(30, 3).await;
    bot.wait_handled(3).await;
    assert!(text_of(&sent[1]).contains("Ring til Regionskontoret"));
    assert!(text_of(&sent[2]).contains("Telefontid"));
    assert_eq!(fake.sent_to(30).len(), 3, "one message each: {:?}", texts(&fake.sent_to(30)));
    assert!(sent.iter().all(|m| !buttons_of(m).iter().any(|b| b.starts_with("r:"))));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_is_asked_in_the_commuters_language_and_a_refusal_sends_nothing() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_relay(&fake, data.path());
    fake.push(fake::text(31, Some("da"), "kan jeg tale med en person?"));
    fake.push(fake::text(32, Some("de"), "Rückruf bitte"));
    fake.push(fake::text(33, Some("de"), "ich möchte mit einem Menschen sprechen"));
    fake.push(fake::text(34, Some("da"), "/kontakt"));
    fake.push(fake::callback(35, "cb0", "a"));
    let da = fake.wait_sent(31, 1).await;
    let de = fake.wait_sent(32, 1).await;
    let de2 = fake.wait_sent(33, 1).await;
    let kontakt = fake.wait_sent(34, 2).await;
    let button = fake.wait_sent(35, 1).await;
    // What goes to the office, for how long, whether the name is shared.
    let t = text_of(&da[0]);
    assert!(t.contains("Regionskontor") && t.contains("30 dage") && t.contains("Dit navn kun"), "{t}");
    assert_eq!(buttons_of(&da[0]), ["r:name", "r:anon", "r:no"]);
    for m in [&de[0], &de2[0]] {
        let t = text_of(m);
        assert!(t.contains("30 Tage") && t.contains("Ihren Namen nur"), "{t}");
        assert_eq!(buttons_of(m), ["r:name", "r:anon", "r:no"]);
    }
    // /kontakt: the contact first, then the offer.
    assert!(text_of(&kontakt[0]).contains("Telefontid"));
    assert_eq!(buttons_of(&kontakt[1]), ["r:name", "r:anon", "r:no"]);
    assert_eq!(buttons_of(&button[0]), ["r:name", "r:anon", "r:no"]);

    // Refused: told so, nothing anywhere, and the bot answers again.
    fake.push(fake::callback(31, "cb1", "r:no"));
    let sent = fake.wait_sent(31, 2).await;
    assert!(text_of(&sent[1]).contains("der er ikke sendt noget"), "{}", text_of(&sent[1]));
    fake.push(fake::text(31, Some("da"), "Hvor finder jeg mit skattekort?"));
    let sent = fake.wait_sent(31, 3).await;
    assert!(text_of(&sent[2]).starts_with("<b>Skattekort</b>"), "{}", text_of(&sent[2]));
    // A question typed instead of pressing a button: answered, consent not given.
    fake.push(fake::text(34, Some("da"), "Hvor finder jeg mit skattekort?"));
    let sent = fake.wait_sent(34, 3).await;
    assert!(text_of(&sent[2]).starts_with("<b>Skattekort</b>"));
    bot.wait_handled(8).await;
    assert!(fake.sent_to(GROUP).is_empty(), "nothing reached the group");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_given_asks_for_the_question_and_the_card_reaches_the_group() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_relay(&fake, data.path());
    fake.push(fake::text(40, Some("da"), "/profil de-dk"));
    fake.push(fake::text(40, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.wait_sent(40, 2).await;
    let card =
        open_case(&bot, &fake, 40, "da", "kan jeg tale med en person?", "r:name", "Mit CPR er 010203-1234, hvad nu?")
            .await;
    let sent = fake.sent_to(40);
    assert!(text_of(&sent[3]).contains("Skriv nu dit spørgsmål"), "{}", text_of(&sent[3]));
    assert!(text_of(&sent[4]).contains("sag #1"), "{}", text_of(&sent[4]));
    let group = fake.sent_to(GROUP);
    let t = text_of(&group[0]);
    assert!(t.contains("Sag #1 · DA"), "{t}");
    assert!(t.contains("Situation: Jeg bor i Tyskland og arbejder i Danmark"), "{t}");
    assert!(t.contains("Emner i samtalen: Skattekort"), "{t}");
    assert!(t.contains("Fra: Ann"), "{t}");
    assert!(t.contains("[CPR]") && !t.contains("010203"), "redacted as in `unanswered`: {t}");
    assert!(card > 0);

    // Anonymous: no name, no situation or topics known.
    open_case(&bot, &fake, 41, "de", "Rückruf bitte", "r:anon", "Wann bekomme ich Antwort?").await;
    let group = fake.sent_to(GROUP);
    let t = text_of(&group[1]);
    assert!(t.contains("Sag #2 · DE") && t.contains("Fra: anonym") && !t.contains("Ann"), "{t}");
    assert!(t.contains("Situation: ikke oplyst") && t.contains("Emner i samtalen: –"), "{t}");
    assert!(text_of(fake.sent_to(41).last().unwrap()).contains("Fall #2"));

    // The case is durable: its record is in the store after a stop.
    bot.stop().await;
    let store = pendlerbot::Store::open(data.path()).unwrap();
    let case = store.case(1).unwrap().expect("case 1 stored");
    assert_eq!((case.chat, case.open, case.card), (ChatId(40), true, Some(MessageId(card as i32))));
    assert!(case.created > 0 && case.first_answer.is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_advisors_reply_is_relayed_and_the_commuters_next_messages_go_to_the_case() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_relay(&fake, data.path());
    let card = open_case(&bot, &fake, 50, "da", "kan jeg tale med en person?", "r:anon", "Hvad med min pension?").await;
    let n = fake.sent_to(50).len();
    fake.push(fake::in_group(GROUP, RITA, Some(card), "Hej! Ring til os på mandag, så kigger vi på det."));
    let sent = fake.wait_sent(50, n + 1).await;
    let t = text_of(&sent[n]);
    assert!(t.starts_with("<b>Regionskontor &amp; Infocenter (sag #1):</b>"), "{t}");
    assert!(t.contains("Ring til os på mandag"), "{t}");
    // The commuter's next message goes to the case, as a reply to the card, not to the FAQ.
    fake.push(fake::text(50, Some("da"), "Tak! Hvor finder jeg mit skattekort?"));
    fake.wait_until("the follow-up in the group", Duration::from_secs(10), |f| f.sent_to(GROUP).len() == 2).await;
    let group = fake.sent_to(GROUP);
    assert!(text_of(&group[1]).contains("Sag #1 – borgeren skriver:"), "{}", text_of(&group[1]));
    assert!(text_of(&group[1]).contains("Hvor finder jeg mit skattekort?"));
    assert_eq!(group[1]["reply_parameters"]["message_id"], card);
    // An advisor can answer that message too.
    bot.wait_handled(5).await;
    let follow = fake.sent_with_ids(GROUP)[1].0;
    fake.push(fake::in_group(GROUP, OLE, Some(follow), "I TastSelv."));
    let sent = fake.wait_sent(50, n + 2).await;
    assert!(text_of(&sent[n + 1]).contains("I TastSelv."));
    bot.wait_handled(6).await;
    assert_eq!(fake.sent_to(50).len(), n + 2, "the FAQ did not answer: {:?}", texts(&fake.sent_to(50)));
    // Metrics: one case opened, its first answer timed, two messages relayed.
    let mut metrics = String::new();
    bot.stats.metrics.render(&mut metrics, std::time::Instant::now());
    for line in [
        "pendlerbot_cases_opened_total 1\n",
        "pendlerbot_cases_relayed_total 2\n",
        "pendlerbot_case_first_answer_seconds_count 1\n",
        "pendlerbot_case_first_answer_seconds_bucket{le=\"60\"} 1\n",
    ] {
        assert!(metrics.contains(line), "{line} not in\n{metrics}");
    }
    let store_counts = {
        bot.stop().await;
        pendlerbot::Store::open(data.path()).unwrap().relay_counts().unwrap()
    };
    assert_eq!((store_counts.opened, store_counts.answered, store_counts.relayed), (1, 1, 2));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn either_side_closes_a_case_and_the_bot_answers_again() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_relay(&fake, data.path());
    let card1 = open_case(&bot, &fake, 60, "da", "kan jeg tale med en person?", "r:anon", "Spørgsmål et").await;
    let card2 = open_case(&bot, &fake, 61, "de", "Rückruf bitte", "r:anon", "Frage zwei").await;
    // The commuter closes with /afslut (Danish) ...
    fake.push(fake::text(60, Some("da"), "/afslut"));
    let sent = fake.wait_sent(60, 4).await;
    assert!(text_of(&sent[3]).contains("Sag #1 er lukket"), "{}", text_of(&sent[3]));
    fake.wait_until("the group told", Duration::from_secs(10), |f| f.sent_to(GROUP).len() == 3).await;
    assert!(text_of(&fake.sent_to(GROUP)[2]).contains("lukket af borgeren"));
    // ... an advisor with /close as a reply to the card.
    fake.push(fake::in_group(GROUP, RITA, Some(card2), "/close"));
    let sent = fake.wait_sent(61, 4).await;
    assert!(text_of(&sent[3]).contains("Die Beratung hat Fall #2 geschlossen"), "{}", text_of(&sent[3]));
    // (The close is recorded right after the commuter is told.)
    bot.wait_handled(8).await;
    // Both get answers from the bot again.
    fake.push(fake::text(60, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.push(fake::text(61, Some("de"), "Wo finde ich meine Steuerkarte?"));
    let a = fake.wait_sent(60, 5).await;
    let b = fake.wait_sent(61, 5).await;
    assert!(text_of(&a[4]).starts_with("<b>Skattekort</b>"));
    assert!(text_of(&b[4]).starts_with("<b>Steuerkarte</b>"));
    // A late answer to a closed case is not relayed; the advisor is told.
    let group_before = fake.sent_to(GROUP).len();
    fake.push(fake::in_group(GROUP, OLE, Some(card1), "Et svar for sent"));
    fake.wait_until("the note", Duration::from_secs(10), |f| f.sent_to(GROUP).len() > group_before).await;
    assert!(text_of(fake.sent_to(GROUP).last().unwrap()).contains("dit svar er ikke sendt"));
    assert_eq!(fake.sent_to(60).len(), 5);
    bot.stop().await;
    let counts = pendlerbot::Store::open(data.path()).unwrap().relay_counts().unwrap();
    assert_eq!((counts.opened, counts.closed), (2, 2));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_cases_in_parallel_each_get_their_own_answers() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_relay(&fake, data.path());
    let c1 = open_case(&bot, &fake, 70, "da", "kan jeg tale med en person?", "r:anon", "Første").await;
    let c2 = open_case(&bot, &fake, 71, "da", "kan jeg tale med en person?", "r:anon", "Anden").await;
    fake.push(fake::in_group(GROUP, RITA, Some(c2), "Svar til to"));
    fake.push(fake::in_group(GROUP, OLE, Some(c1), "Svar til en"));
    let a = fake.wait_sent(70, 4).await;
    let b = fake.wait_sent(71, 4).await;
    assert!(text_of(&a[3]).contains("Svar til en") && text_of(&a[3]).contains("sag #1"), "{}", text_of(&a[3]));
    assert!(text_of(&b[3]).contains("Svar til to") && text_of(&b[3]).contains("sag #2"), "{}", text_of(&b[3]));
    bot.wait_handled(8).await;
    assert_eq!((fake.sent_to(70).len(), fake.sent_to(71).len()), (4, 4));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn strangers_and_everything_else_in_the_group_are_ignored() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_relay(&fake, data.path());
    let card = open_case(&bot, &fake, 80, "da", "kan jeg tale med en person?", "r:anon", "Hjælp").await;
    let group_before = fake.sent_to(GROUP).len();
    // Someone who is not a member replies to the card: not relayed.
    fake.push(fake::in_group(GROUP, 999, Some(card), "Jeg er ikke rådgiver"));
    // A member writes without replying, asks the FAQ, mentions the bot: ignored.
    fake.push(fake::in_group(GROUP, RITA, None, "Hvor finder jeg mit skattekort?"));
    fake.push(fake::in_group(GROUP, RITA, None, "/help"));
    fake.push(fake::in_group(GROUP, RITA, None, "@pendler_bot hvad er et skattekort?"));
    // A reply to a message that belongs to no case.
    fake.push(fake::in_group(GROUP, RITA, Some(12345), "Til hvem?"));
    // Then a member's real answer gets through.
    fake.push(fake::in_group(GROUP, RITA, Some(card), "Det rigtige svar"));
    let sent = fake.wait_sent(80, 4).await;
    assert!(text_of(&sent[3]).contains("Det rigtige svar"));
    bot.wait_handled(9).await;
    assert_eq!(fake.sent_to(80).len(), 4, "{:?}", texts(&fake.sent_to(80)));
    assert_eq!(fake.sent_to(GROUP).len(), group_before, "the bot said nothing in the group");
    assert!(fake.bodies("getChatMember").iter().any(|b| b["user_id"] == 999));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_case_survives_a_restart_mid_conversation() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_relay(&fake, data.path());
    let card = open_case(&bot, &fake, 90, "de", "Rückruf bitte", "r:anon", "Meine Frage").await;
    bot.stop().await;
    let bot = start_relay(&fake, data.path());
    fake.push(fake::in_group(GROUP, RITA, Some(card), "Antwort nach dem Neustart"));
    let sent = fake.wait_sent(90, 4).await;
    assert!(text_of(&sent[3]).contains("Antwort nach dem Neustart"));
    fake.push(fake::text(90, Some("de"), "Danke, noch eine Frage"));
    fake.wait_until("the follow-up", Duration::from_secs(10), |f| f.sent_to(GROUP).len() == 2).await;
    // Case numbers go on after a restart.
    open_case(&bot, &fake, 91, "de", "Rückruf bitte", "r:anon", "Neu").await;
    assert!(text_of(&fake.sent_to(GROUP)[2]).contains("Sag #2"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_during_an_open_case_closes_it_and_erases_its_data() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_relay(&fake, data.path());
    let card = open_case(&bot, &fake, 100, "da", "kan jeg tale med en person?", "r:name", "Slet mig bagefter").await;
    fake.push(fake::text(100, Some("da"), "/glem"));
    let sent = fake.wait_sent(100, 4).await;
    assert!(text_of(&sent[3]).contains("slettet"), "{}", text_of(&sent[3]));
    fake.wait_until("the group told", Duration::from_secs(10), |f| f.sent_to(GROUP).len() == 2).await;
    assert!(text_of(&fake.sent_to(GROUP)[1]).contains("bedt om at få sine data slettet"));
    bot.wait_handled(4).await;
    // An advisor's answer now reaches no one.
    fake.push(fake::in_group(GROUP, RITA, Some(card), "Svar efter glem"));
    // And the bot answers the chat again.
    fake.push(fake::text(100, Some("da"), "Hvor finder jeg mit skattekort?"));
    let sent = fake.wait_sent(100, 5).await;
    assert!(text_of(&sent[4]).starts_with("<b>Skattekort</b>"));
    bot.wait_handled(6).await;
    assert_eq!(fake.sent_to(100).len(), 5);
    bot.stop().await;
    let store = pendlerbot::Store::open(data.path()).unwrap();
    assert_eq!(store.case(1).unwrap(), None);
    assert_eq!(store.case_of_message(MessageId(card as i32)).unwrap(), None);
    let left = store.relay_chat(ChatId(100)).unwrap();
    assert_eq!((left.stage, left.cases.len()), (None, 0));
    assert_eq!(left.topics, ["tax.tax-card-dk"], "only what was asked after /glem");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outside_opening_hours_the_commuter_is_told_when_the_office_answers() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_relay(&fake, data.path());
    // The fixture's office is open one minute a week, Sunday 00:00 Danish time.
    let office = crate::support::bot::kb().office.clone().expect("the fixture has office hours");
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    open_case(&bot, &fake, 110, "da", "kan jeg tale med en person?", "r:anon", "Hvornår?").await;
    open_case(&bot, &fake, 111, "de", "Rückruf bitte", "r:anon", "Wann?").await;
    if office.is_open(now) || office.is_open(now + 30) {
        return; // the one minute a week it is open
    }
    let next = office.next_open(now).unwrap();
    let date = format!("{}.{}.", next.date.day, next.date.month);
    let da = text_of(fake.sent_to(110).last().unwrap()).to_string();
    assert!(da.contains("lukket lige nu") && da.contains(&format!("søndag den {date} kl. 00:00")), "{da}");
    let de = text_of(fake.sent_to(111).last().unwrap()).to_string();
    assert!(de.contains("gerade geschlossen") && de.contains(&format!("am Sonntag, {date}, ab 00:00 Uhr")), "{de}");
    // The case waits: it is open and the card is in the group.
    assert_eq!(fake.sent_to(GROUP).len(), 2);
    bot.stop().await;
}

/// The shipped base: /privacy tells about the handover in both languages,
/// and the office's hours load (marked as a placeholder until the advisors
/// enter the real ones).
#[test]
fn the_shipped_privacy_text_mentions_the_handover_and_the_office_hours_load() {
    use pendlerbot::dialogue::{Input, Session};
    use pendlerbot::Lang;
    // On the real date, as every test of the shipped base: advisors date
    // their checks by the calendar.
    let kb = crate::core::util::shipped_kb();
    for (lang, words) in [
        (Lang::Da, ["rådgiver", "Telegram-gruppe", "30 dage", "lukker en åben sag"]),
        (Lang::De, ["Beratung", "Telegram-Gruppe", "30 Tage", "schließt einen offenen Fall"]),
    ] {
        let session = Session { lang: Some(lang), ..Session::default() };
        let out = pendlerbot::dialogue::handle(kb, &session, Input::Text("/privacy".into()), None);
        let text = &out.replies[0].text;
        for w in words {
            assert!(text.contains(w), "{lang}: {w} not in {text}");
        }
    }
    let office = kb.office.clone().expect("knowledge/office.toml");
    assert!(office.placeholder, "the real hours are not known yet");
    assert!(office.closed.contains(&(12, 24)) && office.closed.contains(&(12, 31)));
}

/// The command menus name the commuter's close command only when the handover is on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_close_command_is_in_the_menus_only_with_the_handover() {
    let menu_has = |fake: &Fake, lang: &str, name: &str| {
        fake.calls().iter().any(|c| {
            c.method == "setmycommands"
                && c.body["language_code"] == lang
                && c.body["commands"].as_array().is_some_and(|a| a.iter().any(|x| x["command"] == name))
        })
    };
    let wait_menus = |fake: &Fake| {
        let fake = fake.clone();
        async move {
            fake.wait_until("the menus", Duration::from_secs(10), |f| {
                f.calls().iter().filter(|c| c.method == "setmycommands").count() >= 3
            })
            .await;
        }
    };
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = start_relay(&fake, data.path());
    wait_menus(&fake).await;
    assert!(menu_has(&fake, "da", "afslut") && menu_has(&fake, "de", "beenden"));
    bot.stop().await;

    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let bot = crate::support::bot::start(&fake, data.path(), fast());
    wait_menus(&fake).await;
    assert!(!menu_has(&fake, "da", "afslut") && !menu_has(&fake, "de", "beenden"));
    assert!(menu_has(&fake, "da", "glem"), "the menus are there");
    bot.stop().await;
}
