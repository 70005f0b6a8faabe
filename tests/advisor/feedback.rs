//! 👍/👎 under every answer, counted per entry without user ids.

use pendlerbot::dialogue::{handle, Action, Event, Input, Session};
use pendlerbot::store::{Feedback, Store};

use crate::util::kb;

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
