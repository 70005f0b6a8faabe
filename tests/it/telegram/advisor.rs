//! The advisors' loop in Telegram (issue 6): 👍/👎 counted, unanswered
//! questions recorded redacted, `/inbox` and `/why` for admins only.

use pendlerbot::{Date, Feedback, Store};

use crate::support::bot::{buttons_of, config, fast, start_with, text_of};
use crate::support::fake::{self, Fake};

const ADMIN: i64 = 500;
const COMMUTER: i64 = 501;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feedback_is_counted_unanswered_questions_logged_and_admins_get_inbox_and_why() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let mut cfg = config(&fake, data.path(), fast());
    cfg.admins = vec![ADMIN];
    let bot = start_with(cfg);

    fake.push(fake::text(COMMUTER, Some("da"), "Hvor finder jeg mit skattekort?"));
    let sent = fake.wait_sent(COMMUTER, 1).await;
    let buttons = buttons_of(&sent[0]);
    assert!(buttons.ends_with(&["f:+:tax.tax-card-dk".to_string(), "f:-:tax.tax-card-dk".to_string()]), "{buttons:?}");
    fake.push(fake::callback(COMMUTER, "cb1", "f:-:tax.tax-card-dk"));
    let sent = fake.wait_sent(COMMUTER, 2).await;
    assert!(text_of(&sent[1]).starts_with("Tak for din vurdering"), "{}", text_of(&sent[1]));
    // A second press under the same answer is thanked, not counted.
    fake.push(fake::callback(COMMUTER, "cb2", "f:-:tax.tax-card-dk"));
    fake.wait_sent(COMMUTER, 3).await;

    fake.push(fake::text(COMMUTER, Some("da"), "hvad koster en elefant? min mail er a@b.dk"));
    fake.wait_sent(COMMUTER, 4).await;
    // Not an admin: the commands do not exist.
    fake.push(fake::text(COMMUTER, Some("da"), "/inbox"));
    let sent = fake.wait_sent(COMMUTER, 5).await;
    assert!(text_of(&sent[4]).contains("kommando"), "{}", text_of(&sent[4]));
    // Unsure between two topics: choices offered, the question recorded with its nearest topics.
    fake.push(fake::text(COMMUTER, Some("da"), "skattekort og gule kort"));
    fake.wait_sent(COMMUTER, 6).await;

    fake.push(fake::text(ADMIN, Some("da"), "/inbox"));
    let sent = fake.wait_sent(ADMIN, 1).await;
    let inbox = text_of(&sent[0]);
    assert!(inbox.contains("1× hvad koster en elefant? min mail er [E-MAIL]"), "{inbox}");
    assert!(!inbox.contains("a@b.dk"), "{inbox}");
    // How each group ended, in the admin's language (no English "fell back").
    assert!(inbox.contains("ikke besvaret 1"), "{inbox}");
    assert!(inbox.contains("valgmuligheder 1"), "{inbox}");
    assert!(!inbox.contains("fell back") && !inbox.contains("offered"), "{inbox}");
    // Nearest topics by title, not as ids with raw scores (issue 16).
    let near = inbox.lines().find(|l| l.starts_with('→')).unwrap_or_else(|| panic!("{inbox}"));
    assert!(near.contains("Skattekort"), "{inbox}");
    assert!(!near.contains("tax.") && !near.contains("health.") && !near.contains("0."), "{inbox}");

    fake.push(fake::text(ADMIN, Some("da"), "/why"));
    let sent = fake.wait_sent(ADMIN, 2).await;
    assert!(text_of(&sent[1]).starts_with("Skriv /why"), "no question yet: {}", text_of(&sent[1]));
    fake.push(fake::text(ADMIN, Some("da"), "hvad koster en giraf"));
    fake.wait_sent(ADMIN, 3).await;
    fake.push(fake::text(ADMIN, Some("da"), "/why"));
    let sent = fake.wait_sent(ADMIN, 4).await;
    let why = text_of(&sent[3]);
    assert!(why.contains("normalised: hvad koster en giraf"), "{why}");
    assert!(why.contains("decision:   fall back"), "{why}");
    fake.push(fake::text(ADMIN, Some("da"), "/why Hvor finder jeg mit skattekort?"));
    let sent = fake.wait_sent(ADMIN, 5).await;
    let why = text_of(&sent[4]);
    assert!(why.contains("keyword da: skattekort") && why.contains("answer with tax.tax-card-dk"), "{why}");
    bot.stop().await;

    let store = Store::open(data.path()).unwrap();
    assert_eq!(store.feedback().unwrap(), [Feedback { entry: "tax.tax-card-dk".into(), up: 0, down: 1 }]);
    let today = Date::today().days();
    let texts: Vec<String> = store.unanswered(today, 90).unwrap().into_iter().map(|r| r.text).collect();
    // The admin's own question counts too; commands and answers do not.
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(texts.contains(&"hvad koster en elefant? min mail er [E-MAIL]".to_string()), "{texts:?}");
}
