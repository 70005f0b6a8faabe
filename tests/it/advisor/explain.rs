//! `pendlerbot ask --explain` (and `/why`): a clear match, an ambiguous
//! one and a fallback.

use pendlerbot::dialogue::{handle, Input, Session};
use pendlerbot::explain;

use crate::support::fixture_kb as kb;

#[test]
fn a_clear_match_names_the_keyword_scores_threshold_and_answer() {
    let out = explain(kb(), "Hvor finder jeg mit Skattekort?");
    assert!(out.contains("normalised: hvor finder jeg mit skattekort"), "{out}");
    assert!(out.contains("language:   da"), "{out}");
    assert!(out.contains("thresholds: answer >= 0.60"), "{out}");
    assert!(out.contains("tax.tax-card-dk"), "{out}");
    assert!(out.contains("skattekort"), "the keyword that fired:\n{out}");
    assert!(out.contains("decision:   answer with tax.tax-card-dk"), "{out}");
}

#[test]
fn an_ambiguous_match_lists_both_candidates_and_offers_choices() {
    let out = explain(kb(), "sygedagpenge og skattekort");
    assert!(out.contains("health.sick-pay-dk") && out.contains("tax.tax-card-dk"), "{out}");
    assert!(out.contains("decision:   offer choices"), "{out}");
    assert!(out.contains("others are close"), "{out}");
}

#[test]
fn a_fallback_says_nothing_matched_well_enough() {
    let out = explain(kb(), "hvad koster en elefant");
    assert!(out.contains("decision:   fall back to the advice office"), "{out}");
    let weak = explain(kb(), "skat og sygesikring");
    assert!(weak.contains("fall back"), "{weak}");
    assert!(weak.contains("tax.tax-card-dk"), "a weak candidate is still shown:\n{weak}");
}

#[test]
fn why_in_the_dialogue_is_the_same_text() {
    let o = handle(kb(), &Session::default(), Input::Explain("skattekort".into()), None);
    assert_eq!(o.replies[0].text, explain(kb(), "skattekort"));
    assert_eq!(o.session, Session::default(), "an explanation changes nothing");
}

/// The conversation rules may do more than the matcher's verdict (a bare
/// area question with the situation told answers the side's general entry):
/// the last line says what the bot itself does with the message.
#[test]
fn the_last_line_says_what_the_bot_does() {
    let kb = crate::core::util::shipped_kb();
    let out = explain(kb, "Ich wohne in Flensburg und arbeite in Padborg. Wie ist das mit der Steuer?");
    assert!(out.contains("decision:   fall back"), "{out}");
    assert!(out.contains("the bot:    answers with tax.limited-liability-dk (its conversation rules"), "{out}");
    let out = explain(kb, "Hvor finder jeg mit skattekort?");
    assert!(out.contains("the bot:    answers with tax.tax-card-dk\n"), "{out}");
}
