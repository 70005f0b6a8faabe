//! 👍/👎 under every answer, counted per entry without user ids.

use pendlerbot::dialogue::{handle, Action, Event, Input, Session};
use pendlerbot::{Feedback, Store};

use crate::support::fixture_kb as kb;

#[test]
fn answers_carry_feedback_buttons_and_presses_are_counted_once_per_answer() {
    let o = handle(kb(), &Session::default(), Input::Text("skattekort".into()), None);
    let last = o.replies[0].buttons.last().unwrap();
    let actions: Vec<&Action> = last.iter().map(|b| &b.action).collect();
    assert_eq!(
        actions,
        [&Action::Feedback("tax.tax-card-dk".into(), true), &Action::Feedback("tax.tax-card-dk".into(), false)]
    );
    assert!(Action::Feedback("tax.tax-card-dk".into(), false).encode().len() <= 64);

    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).unwrap();
    let mut session = o.session;
    let mut press = |action: Action| {
        let out = handle(kb(), &session, Input::Button(action), None);
        if let Event::Feedback { entry, up } = &out.event {
            store.count_feedback(entry, *up).unwrap();
        }
        session = out.session.clone();
        out
    };
    let thanks = press(Action::Feedback("tax.tax-card-dk".into(), false));
    assert!(thanks.replies[0].text.starts_with("Tak"), "{}", thanks.replies[0].text);
    // Pressing again under the same answer does not count twice.
    press(Action::Feedback("tax.tax-card-dk".into(), false));
    press(Action::Feedback("tax.tax-card-dk".into(), true));
    // An entry that no longer exists is not counted.
    press(Action::Feedback("tax.gone".into(), true));
    // A new answer can be rated again.
    press(Action::Entry("health.sick-pay-dk".into()));
    press(Action::Feedback("health.sick-pay-dk".into(), true));
    assert_eq!(
        store.feedback().unwrap(),
        [
            Feedback { entry: "health.sick-pay-dk".into(), up: 1, down: 0 },
            Feedback { entry: "tax.tax-card-dk".into(), up: 0, down: 1 },
        ]
    );
}

/// Callback data can be forged: 👍/👎 count only for the entry this chat
/// was last answered with, never for entries it was not shown.
#[test]
fn feedback_counts_only_for_the_entry_the_chat_was_last_answered_with() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).unwrap();
    let press = |session: &Session, action: Action| {
        let out = handle(kb(), session, Input::Button(action), None);
        if let Event::Feedback { entry, up } = &out.event {
            store.count_feedback(entry, *up).unwrap();
        }
        out.session
    };
    // A chat that was never answered.
    let fresh = press(&Session::default(), Action::Feedback("tax.tax-card-dk".into(), false));
    assert_eq!(fresh.rated, None);
    // Answered about the tax card, then forging a vote for another entry.
    let answered = handle(kb(), &Session::default(), Input::Text("skattekort".into()), None).session;
    let session = press(&answered, Action::Feedback("health.sick-pay-dk".into(), false));
    assert!(store.feedback().unwrap().is_empty(), "{:?}", store.feedback().unwrap());
    // The entry it was shown still counts.
    press(&session, Action::Feedback("tax.tax-card-dk".into(), true));
    assert_eq!(store.feedback().unwrap(), [Feedback { entry: "tax.tax-card-dk".into(), up: 1, down: 0 }]);
}
