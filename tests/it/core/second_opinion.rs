//! The second opinion on close calls: when the rules leave two entries
//! close, the words advisors wrote for each entry (examples, keywords,
//! context) decide among the rules' choices — never beyond them, and in a
//! story only from the sentence that asks.

use pendlerbot::{Decision, Kb};

use super::util::{fixture_copy, lines};
use crate::support::{currencies, today};

/// "skattekort" is a keyword of one tax entry and part of one ("tysk
/// skattekort") of the other: one question the rules read two ways.
const CLOSE_CALL: &str = "tysk skattekort – jeg har mange overarbejdstimer, hvad skal jeg ændre?";
/// The same words, but the sentence that asks names only the keywords.
const STORY: &str = "Jeg har mange overarbejdstimer og skal ændre noget. Hvad med tysk skattekort?";
/// Two things named by words of their own: only the commuter can choose.
const TWO_TOPICS: &str = "skattekort og skatteklasse – jeg har mange overarbejdstimer, hvad skal jeg ændre?";
/// Both things named in the background, the question about neither by name.
const BACKGROUND_NAMES_TWO: &str =
    "Jeg får sygedagpenge og har et skattekort. Hvad skal jeg ændre med mine mange overarbejdstimer?";
/// Example questions written the way commuters ask about overtime.
const OVERTIME: &str = r#""Jeg har mange overarbejdstimer og tjener mere, hvad skal jeg ændre?", "overarbejde – skal jeg ændre noget?", "mere i løn pga overarbejdstimer, hvad ændrer jeg?", "#;

/// The fixture with the overtime examples added to `entry`'s Danish examples.
fn kb_with_overtime_examples_in(entry: &str) -> Kb {
    let dir = fixture_copy();
    let knowledge = dir.path().join("knowledge");
    let mut changed = false;
    for file in ["tax.toml", "health.toml"] {
        let path = knowledge.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let Some(at) = text.find(&format!("id = \"{entry}\"")) else { continue };
        let da = at + text[at..].find("[entry.da]").unwrap();
        let examples = da + text[da..].find("examples = [").unwrap() + "examples = [".len();
        let text = format!("{}{OVERTIME}{}", &text[..examples], &text[examples..]);
        std::fs::write(&path, text).unwrap();
        changed = true;
    }
    assert!(changed, "{entry} is in the fixture");
    // The new examples do not name a keyword: `check` would ask for one.
    let (kb, diags) = Kb::load_anyway(&knowledge, &dir.path().join("locales"), today());
    let other: Vec<_> = diags.iter().filter(|d| !d.to_string().contains("example does not match")).cloned().collect();
    assert!(other.is_empty(), "{}", lines(&other));
    kb
}

#[test]
fn the_rules_alone_offer_both_entries() {
    let kb = kb_with_overtime_examples_in("health.sick-pay-dk");
    let m = kb.find(CLOSE_CALL, None, None);
    assert_eq!(m.decision, Decision::Choices, "{m:#?}");
    assert!(m.options.iter().any(|o| o == "tax.tax-card-dk"), "{:?}", m.options);
    assert!(m.options.iter().any(|o| o == "tax.dk-resident-working-de"), "{:?}", m.options);
}

#[test]
fn examples_decide_a_close_call() {
    let kb = kb_with_overtime_examples_in("tax.tax-card-dk");
    let m = kb.find(CLOSE_CALL, None, None);
    assert_eq!(m.decision, Decision::Answer, "{m:#?}");
    assert_eq!(m.entry.as_deref(), Some("tax.tax-card-dk"));
    let o = m.second_opinion.expect("the close call was put to the second opinion");
    assert!(o.decided && o.best > o.second, "{o:?}");
}

#[test]
fn two_things_named_apart_are_left_to_the_commuter() {
    let kb = kb_with_overtime_examples_in("tax.tax-card-dk");
    let m = kb.find(TWO_TOPICS, None, None);
    assert_eq!(m.decision, Decision::Choices, "{m:#?}");
    assert!(m.second_opinion.is_none(), "{:?}", m.second_opinion);
}

#[test]
fn keywords_in_the_background_do_not_make_two_questions() {
    let kb = kb_with_overtime_examples_in("tax.tax-card-dk");
    let m = kb.find(BACKGROUND_NAMES_TWO, None, None);
    assert_eq!(m.entry.as_deref(), Some("tax.tax-card-dk"), "{m:#?}");
}

#[test]
fn the_second_opinion_never_answers_outside_the_choices() {
    // The question resembles the sick-pay entry most, but the rules never offered it.
    let kb = kb_with_overtime_examples_in("health.sick-pay-dk");
    let m = kb.find(CLOSE_CALL, None, None);
    assert_eq!(m.decision, Decision::Choices, "{m:#?}");
    let o = m.second_opinion.expect("the close call was put to the second opinion");
    assert_eq!(o.entry, "health.sick-pay-dk");
    assert!(!o.decided);
}

#[test]
fn in_a_story_only_the_sentence_that_asks_is_compared() {
    let kb = kb_with_overtime_examples_in("tax.tax-card-dk");
    let m = kb.find(STORY, None, None);
    assert_ne!(m.entry.as_deref(), Some("tax.tax-card-dk"), "the background's overtime decided: {m:#?}");
}

#[test]
fn explain_says_what_the_second_opinion_did() {
    let kb = kb_with_overtime_examples_in("tax.tax-card-dk");
    let text = pendlerbot::explain(&kb, CLOSE_CALL);
    assert!(text.contains("second opinion") && text.contains("decides the close call"), "{text}");
}

/// Issue 13 follow-up: an answer the second opinion chose is counted as
/// `settled`, not `answered`, and kept (redacted) in the advisors' list, so
/// the close calls it settled can be reviewed and given keywords.
#[test]
fn a_settled_answer_is_counted_apart_and_listed_for_the_advisors() {
    use pendlerbot::dialogue::{handle, Event, Input, Session};
    use pendlerbot::{record_of, Outcome};

    let kb = kb_with_overtime_examples_in("tax.tax-card-dk");
    let o = handle(&kb, &Session::default(), Input::Text(CLOSE_CALL.into()), None);
    assert!(
        matches!(&o.event, Event::Answered { entry, settled: true, .. } if entry == "tax.tax-card-dk"),
        "{:?}",
        o.event
    );
    assert_eq!(
        Outcome::of(&o.event).map(|(kind, _, entry)| (kind, entry)),
        Some((Outcome::Settled, Some("tax.tax-card-dk")))
    );
    let record = record_of(CLOSE_CALL, &o, today(), &currencies()).expect("a settled answer is listed");
    assert_eq!(record.kind, Outcome::Settled);
    assert!(record.nearest.iter().any(|(e, _)| e == "tax.tax-card-dk"), "{:?}", record.nearest);

    // What the rules answered alone stays a plain answer and is not listed.
    let plain = handle(&kb, &Session::default(), Input::Text("skattekort".into()), None);
    assert!(matches!(&plain.event, Event::Answered { settled: false, .. }), "{:?}", plain.event);
    assert_eq!(record_of("skattekort", &plain, today(), &currencies()), None);
}
