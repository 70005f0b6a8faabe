//! The conversation core, driven without any network.

use pendlerbot::dialogue::{handle, Action, Event, Input, Profile, Session};
use pendlerbot::Lang;

use crate::support::fixture_kb;

fn say(session: &Session, text: &str) -> pendlerbot::dialogue::Outcome {
    handle(fixture_kb(), session, Input::Text(text.into()), None)
}

fn all_text(o: &pendlerbot::dialogue::Outcome) -> String {
    o.replies.iter().map(|r| format!("{:?}\n{}", r.title, r.text)).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_question_is_answered_in_its_language_with_source_and_date() {
    let o = say(&Session::default(), "Hvor finder jeg mit skattekort?");
    assert_eq!(o.event, Event::Answered { entry: "tax.tax-card-dk".into(), lang: Lang::Da, settled: false });
    let r = &o.replies[0];
    assert_eq!(r.title.as_deref(), Some("Skattekort"));
    assert!(r.text.contains("Uden skattekort trækkes 55 %"), "{}", r.text);
    assert!(r.text.contains("Kilde: https://skat.dk/borger/skattekort"), "{}", r.text);
    assert!(r.text.contains("Senest kontrolleret: 1. november 2026"), "{}", r.text);

    let o = say(&Session::default(), "Wo finde ich meine Steuerkarte?");
    let r = &o.replies[0];
    assert!(r.text.contains("Quelle: https://skat.dk/borger/skattekort"), "{}", r.text);
    assert!(r.text.contains("Zuletzt geprüft: 1. November 2026"), "{}", r.text);
}

#[test]
fn values_are_written_the_way_each_language_writes_numbers() {
    let o = say(&Session::default(), "det gule kort");
    assert!(all_text(&o).contains("1.234,50 kr. at erstatte (2026)"), "{}", all_text(&o));
    let o = say(&Session::default(), "die gelbe Karte");
    assert!(all_text(&o).contains("kostet 1.234,50 DKK (2026)"), "{}", all_text(&o));
}

#[test]
fn answers_offer_related_other_language_and_advisor_buttons() {
    let o = say(&Session::default(), "skattekort");
    let actions: Vec<Action> = o.replies[0].buttons.iter().flatten().map(|b| b.action.clone()).collect();
    assert!(actions.contains(&Action::Entry("tax.dk-resident-working-de".into())));
    assert!(actions.contains(&Action::EntryIn("tax.tax-card-dk".into(), Lang::De)));
    assert!(actions.contains(&Action::Advisor));
    // The other-language button shows the same answer in German.
    let o2 = handle(fixture_kb(), &o.session, Input::Button(Action::EntryIn("tax.tax-card-dk".into(), Lang::De)), None);
    assert!(all_text(&o2).contains("Ihre Steuerkarte steht in TastSelv"), "{}", all_text(&o2));
}

#[test]
fn unsure_questions_offer_numbered_choices_and_a_number_picks_one() {
    let o = say(&Session::default(), "sygedagpenge og skattekort");
    assert!(matches!(o.event, Event::Offered { .. }), "{:?}", o.event);
    assert_eq!(o.session.pending.len(), 2, "{:?}", o.session.pending);
    let first = o.session.pending[0].clone();
    let o2 = say(&o.session, "1");
    assert_eq!(o2.event, Event::Answered { entry: first, lang: Lang::Da, settled: false });
    assert!(o2.session.pending.is_empty());
}

#[test]
fn out_of_scope_gets_a_polite_no_with_the_advice_office() {
    let o = say(&Session::default(), "hvordan bliver vejret i morgen");
    assert_eq!(o.event, Event::FellBack { lang: Lang::Da });
    assert!(all_text(&o).contains("+45 74 67 05 01"), "{}", all_text(&o));
    let o = say(&Session::default(), "Wie wird das Wetter morgen?");
    assert_eq!(o.event, Event::FellBack { lang: Lang::De });
    assert!(all_text(&o).contains("Darauf kann ich leider keine sichere Antwort geben"));
}

#[test]
fn language_commands_switch_and_stick() {
    let o = say(&Session::default(), "/sprache de");
    assert_eq!(o.session.lang, Some(Lang::De));
    assert!(all_text(&o).contains("Ich antworte jetzt auf Deutsch"));
    // A Danish question now gets a German answer: the choice wins.
    let o2 = say(&o.session, "Hvor finder jeg mit skattekort?");
    assert!(all_text(&o2).contains("Ihre Steuerkarte"), "{}", all_text(&o2));
    let o3 = say(&o2.session, "/sprog da");
    assert_eq!(o3.session.lang, Some(Lang::Da));
    let o4 = say(&o3.session, "/language");
    assert_eq!(o4.replies[0].buttons[0].len(), 2, "asks with two buttons");
}

#[test]
fn start_greets_in_the_hinted_language_or_asks() {
    let o = handle(fixture_kb(), &Session::default(), Input::Text("/start".into()), Some(Lang::De));
    assert!(all_text(&o).starts_with("None\nMoin!"), "{}", all_text(&o));
    assert!(!o.replies[0].buttons.is_empty(), "area buttons");
    let o = handle(fixture_kb(), &Session::default(), Input::Text("/start".into()), None);
    assert!(all_text(&o).contains("Vælg sprog") && all_text(&o).contains("Sprache wählen"));
}

#[test]
fn start_with_a_deep_link_opens_the_answer() {
    for payload in ["tax-tax-card-dk", "tax.tax-card-dk"] {
        let o = handle(fixture_kb(), &Session::default(), Input::Text(format!("/start {payload}")), Some(Lang::De));
        assert_eq!(o.event, Event::Answered { entry: "tax.tax-card-dk".into(), lang: Lang::De, settled: false });
    }
}

#[test]
fn profile_is_remembered_and_used() {
    let o = say(&Session::default(), "/profil");
    assert_eq!(o.replies[0].buttons.len(), 3);
    let o = handle(fixture_kb(), &o.session, Input::Button(Action::SetProfile(Profile::DkDe)), None);
    assert_eq!(o.session.profile, Some(Profile::DkDe));
    let o = say(&o.session, "skattekort steuerklasse");
    assert_eq!(o.event, Event::Answered { entry: "tax.dk-resident-working-de".into(), lang: Lang::Da, settled: false });
}

#[test]
fn forget_erases_the_session() {
    let s = say(&say(&Session::default(), "/sprog de").session, "/profil dk-de").session;
    assert_ne!(s, Session::default());
    let o = say(&s, "/vergessen");
    assert!(o.forget);
    assert_eq!(o.session, Session::default());
    assert!(all_text(&o).contains("ist jetzt gelöscht"));
}

#[test]
fn non_text_gets_a_short_note() {
    let o = handle(fixture_kb(), &Session::default(), Input::NonText, Some(Lang::De));
    assert!(all_text(&o).contains("Ich kann nur Text lesen"));
}

#[test]
fn a_huge_message_gets_a_polite_reply() {
    let o = say(&Session::default(), &"skat ".repeat(20_000));
    assert!(all_text(&o).contains("Din besked er meget lang") || all_text(&o).contains("Ihre Nachricht ist sehr lang"));
}

#[test]
fn unknown_commands_and_stale_buttons_are_handled() {
    let o = say(&Session::default(), "/frobnicate");
    assert!(all_text(&o).contains("Den kommando kender jeg ikke"));
    let o = handle(fixture_kb(), &Session::default(), Input::Button(Action::Entry("tax.gone".into())), None);
    assert!(matches!(o.event, Event::FellBack { .. }));
}

#[test]
fn area_menu_lists_its_entries() {
    let o = handle(fixture_kb(), &Session::default(), Input::Button(Action::Menu("health".into())), Some(Lang::Da));
    let labels: Vec<&str> = o.replies[0].buttons.iter().flatten().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, vec!["Det gule kort", "Sygedagpenge"]);
}

#[test]
fn a_related_entry_button_carries_the_label_formatted_at_load() {
    let kb = crate::core::util::shipped_kb();
    for e in &kb.entries {
        for lang in kb.languages.all() {
            let now = kb.texts.ui_with(lang, "button-related", &[("title", kb.title(&e.id, lang))]);
            assert_eq!(kb.related_label(&e.id, lang), now, "{} {lang}", e.id);
        }
    }
    // An entry that is not there is formatted on the spot, with its id as the title.
    let missing = kb.texts.ui_with(Lang::Da, "button-related", &[("title", "tax.gone".to_string())]);
    assert_eq!(kb.related_label("tax.gone", Lang::Da), missing);
    // The answer's buttons use it.
    let o = say(&Session::default(), "Hvor finder jeg mit skattekort?");
    let labels: Vec<&str> = o.replies[0].buttons.iter().flatten().map(|b| b.label.as_str()).collect();
    let Some(Action::Entry(first)) = o.replies[0].buttons.first().and_then(|r| r.first()).map(|b| b.action.clone())
    else {
        panic!("no related entry button: {labels:?}")
    };
    let fixture = fixture_kb();
    assert_eq!(
        labels[0],
        fixture.texts.ui_with(Lang::Da, "button-related", &[("title", fixture.title(&first, Lang::Da))])
    );
}
