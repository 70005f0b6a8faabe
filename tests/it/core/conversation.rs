//! Conversations (issue 12), driven through `dialogue::handle` with the
//! shipped knowledge base and no network. Each test is a small table of turns
//! and what the bot must do with the last one; sections follow the issue's
//! numbered points.

use pendlerbot::dialogue::{handle, Action, Event, Input, Outcome, Profile, Session};
use pendlerbot::{record_of, Country, Direction, EntryId, Kb, Lang, Situation};

#[allow(non_upper_case_globals)]
const Da: Lang = Lang::Da;
#[allow(non_upper_case_globals)]
const De: Lang = Lang::De;

use super::util::{fixture_copy, lines, load_dir, shipped_kb};
use crate::support::{currencies, today};

fn kb() -> &'static Kb {
    shipped_kb()
}

/// Every outcome of a conversation from a fresh chat: `talk(&["Kindergeld", "und wie viel?"])`.
fn talk(turns: &[&str]) -> Vec<Outcome> {
    let mut session = Session::default();
    turns
        .iter()
        .map(|t| {
            let o = handle(kb(), &session, Input::Text(t.to_string()), None);
            session = o.session.clone();
            o
        })
        .collect()
}

/// The outcome of a conversation's last turn.
fn last(turns: &[&str]) -> Outcome {
    talk(turns).pop().expect("at least one turn")
}

fn ui(lang: Lang, key: &str) -> String {
    kb().texts.ui(lang, key)
}

fn text(o: &Outcome) -> String {
    o.replies.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n")
}

fn actions(o: &Outcome) -> Vec<Action> {
    o.replies.iter().flat_map(|r| &r.buttons).flatten().map(|b| b.action.clone()).collect()
}

fn answered(id: &str, lang: Lang) -> Event {
    Event::Answered { entry: id.into(), lang, settled: false }
}

/// The entry answered, or the first one offered.
fn first_choice(o: &Outcome) -> Option<&str> {
    match &o.event {
        Event::Answered { entry, .. } => Some(entry),
        Event::Offered { options, .. } => options.first().map(EntryId::as_str),
        _ => None,
    }
}

/// "Sie wohnen in Deutschland und arbeiten in Dänemark", as the bot says it.
fn said(lang: Lang, lives: &str, works: &str) -> String {
    let and = ui(lang, "situation-and");
    format!("{} {and} {}", ui(lang, &format!("situation-lives-{lives}")), ui(lang, &format!("situation-works-{works}")))
}

fn situation(lives: Option<Country>, works: Option<Country>, partner_works: Option<Country>) -> Situation {
    Situation { lives, works, partner_works }
}

// 1. A follow-up asking for a part gets that part, with a "whole answer" button.

#[test]
fn a_follow_up_for_a_part_gets_only_that_part() {
    let card_da = "Hvordan får jeg det særlige sundhedskort som grænsependler?";
    let cases: &[(&str, &str, &str, &str, Lang)] = &[
        ("Kindergeld", "und wie viel ist das?", "family.kindergeld-de", "amount", De),
        ("Kindergeld", "wo beantrage ich das?", "family.kindergeld-de", "apply", De),
        ("Wo bekomme ich die gelbe Karte?", "kostet das was?", "health.special-health-card", "amount", De),
        (card_da, "hvor meget koster det?", "health.special-health-card", "amount", Da),
        (card_da, "hvor lang tid tager det?", "health.special-health-card", "duration", Da),
        ("Hvornår har Regionskontoret åbent?", "hvor ligger kontoret", "service.contact-hours", "contact", Da),
    ];
    for &(first, follow, id, part, lang) in cases {
        let o = last(&[first, follow]);
        let turns = format!("{first:?} → {follow:?}");
        assert_eq!(o.event, answered(id, lang), "{turns}");
        let want = kb().part(id, lang, part).unwrap_or_else(|| panic!("{id} has no .{part} in {lang:?}"));
        let whole = kb().render(id, lang).unwrap();
        assert_eq!(o.replies.last().unwrap().text, want, "{turns}");
        assert!(want.len() < whole.len(), "{turns}: the part is no shorter than the answer");
        assert_eq!(o.session.last_entry.as_deref(), Some(id), "{turns}");
        assert_eq!(o.session.last_part.as_deref(), Some(part), "{turns}");
        let button = o.replies.iter().flat_map(|r| &r.buttons).flatten().find(|b| b.action == Action::Entry(id.into()));
        assert_eq!(button.map(|b| b.label.clone()), Some(ui(lang, "button-whole-answer")), "{turns}");
        // The button sends the whole answer and forgets the part.
        let all = handle(kb(), &o.session, Input::Button(Action::Entry(id.into())), None);
        assert_eq!(all.event, answered(id, lang), "{turns}");
        assert_eq!(text(&all), whole, "{turns}");
        assert_eq!(all.session.last_part, None, "{turns}");
    }
}

/// "wie viel bekomme ich?" after the general answer on who pays when one
/// becomes unemployed: that answer has no amount, the country where the
/// commuter lives pays (dialogue.toml `by_country`), so its entry answers;
/// with the commuter's places unknown, both are offered.
#[test]
fn a_part_the_general_answer_lacks_comes_from_the_country_that_decides() {
    let cases: &[(&[&str], &str, &str, Lang)] = &[
        (
            &["wohne in Handewitt, arbeite in Kruså. Mir wurde gekündigt, was nun?", "wie viel bekomme ich?"],
            "unemployment.de-alg",
            "amount",
            De,
        ),
        (
            &["jeg bor i Tønder og arbejder i Niebüll og er blevet arbejdsløs, hvem betaler?", "hvor meget får jeg?"],
            "unemployment.dk-dagpenge",
            "amount",
            Da,
        ),
        (
            &["wohne in Handewitt, arbeite in Kruså. Mir wurde gekündigt, was nun?", "und wie lange?"],
            "unemployment.de-alg",
            "duration",
            De,
        ),
    ];
    for &(turns, id, part, lang) in cases {
        let o = last(turns);
        assert_eq!(o.event, answered(id, lang), "{turns:?}");
        assert_eq!(o.replies.last().map(|r| r.text.clone()), kb().part(id, lang, part), "{turns:?}");
    }
    // A part the general answer has stays with it.
    let o = last(&["wohne in Handewitt, arbeite in Kruså. Mir wurde gekündigt, was nun?", "wo melde ich mich?"]);
    assert_eq!(o.event, answered("unemployment.full-unemployment", De));
    // Nobody said where they live: both countries' entries are offered.
    let o = last(&["Ich bin arbeitslos geworden, wer zahlt?", "wie viel bekomme ich?"]);
    let Event::Offered { options, .. } = &o.event else { panic!("{:?}", o.event) };
    let mut options = options.clone();
    options.sort();
    assert_eq!(options, ["unemployment.de-alg", "unemployment.dk-dagpenge"]);
    // Where they live, told right after those choices, decides.
    let o = last(&["Ich bin arbeitslos geworden, wer zahlt?", "wie viel bekomme ich?", "ich wohne in Schleswig"]);
    assert_eq!(o.event, answered("unemployment.de-alg", De));
    let o = last(&["jeg er blevet arbejdsløs, hvem betaler?", "hvor meget får jeg?", "jeg bor i Tønder"]);
    assert_eq!(o.event, answered("unemployment.dk-dagpenge", Da));
}

/// "gælder det også, hvis jeg tager bussen?" right after the commuting
/// deduction asks whether that rule holds in another case: the same answer,
/// not the entry about buses and trains.
#[test]
fn does_that_also_apply_stays_with_the_last_answer() {
    let cases: &[(&[&str], &str, Lang)] = &[
        (
            &[
                "bor i Flensborg, arbejder i Aabenraa. hvordan får jeg kørselsfradrag?",
                "gælder det også, hvis jeg tager bussen?",
            ],
            "tax.commuting-deduction-dk",
            Da,
        ),
        (
            &[
                "wohne in Flensburg, arbeite in Apenrade. wie bekomme ich die Pendlerpauschale?",
                "gilt das auch, wenn ich mit dem Zug fahre?",
            ],
            "tax.commuting-deduction-dk",
            De,
        ),
    ];
    for &(turns, id, lang) in cases {
        assert_eq!(last(turns).event, answered(id, lang), "{turns:?}");
    }
    // The other country named is still the other country's entry.
    let o = last(&["Kindergeld", "gilt das auch in Dänemark?"]);
    assert_eq!(o.event, answered("family.boerne-ungeydelse-dk", De));
}

/// "und ab wann zahlt die Krankenkasse?" right after the German sick-pay
/// answer, which says when the Krankenkasse pays: a part of that answer,
/// asked with words it used, not the German health-insurance entry.
#[test]
fn a_part_asked_with_the_last_answers_own_words_stays_with_it() {
    let o = last(&[
        "wohne in Tinglev, arbeite bei einer Firma in Flensburg",
        "bin seit einer woche krank, bekomme ich weiter geld?",
        "und ab wann zahlt die Krankenkasse?",
    ]);
    assert_eq!(o.event, answered("health.sick-pay-de", De));
    // A new topic named after "und" without asking a part still gets its own entry.
    let o = last(&["Ich bekomme bald eine Rente aus Dänemark, wo muss ich die versteuern?", "und die ATP?"]);
    assert_eq!(o.event, answered("pension.atp-occupational", De));
}

/// "kan jeg skrive til Finanzamt på dansk?" after an answer asks about the
/// authorities' language, with a topic of its own: not "the last answer in
/// Danish". A bare "auf Deutsch bitte" still repeats the last answer.
#[test]
fn a_language_named_in_a_question_of_its_own_is_no_request_for_the_last_answer() {
    let o = last(&[
        "jeg bor i Kruså og arbejder i Flensborg",
        "og sygeforsikring?",
        "kan jeg skrive til Finanzamt på dansk?",
    ]);
    assert_eq!(o.event, answered("service.own-language-authorities", Da));
    let o = last(&["jeg bor i Kruså og arbejder i Flensborg", "og sygeforsikring?", "auf Deutsch bitte"]);
    assert!(matches!(&o.event, Event::Answered { lang: Lang::De, .. }), "{:?}", o.event);
    // "det" points back at the last answer: asked again in Danish.
    let o = last(&["Wo bekomme ich die gelbe Karte?", "kan du skrive det på dansk?"]);
    assert_eq!(o.event, answered("health.special-health-card", Da));
    // The German article "der" points at nothing (the Danish "der" does): a
    // German question about writing in Danish is answered in German, and the
    // chat's language stays German.
    let turns = [
        "Kindergeld beantragen, wo?",
        "kann ich der Familienkasse auf Dänisch schreiben?",
        "und wie lange dauert das?",
    ];
    let outcomes = talk(&turns);
    assert_eq!(outcomes[1].event, answered("service.own-language-authorities", De));
    assert!(matches!(&outcomes[2].event, Event::Answered { lang: Lang::De, .. }), "{:?}", outcomes[2].event);
}

/// A story that names an entry by its own keyword ("... und bekomme ALG")
/// and asks a bare question about it ("Wie lange bekomme ich das noch?"):
/// that entry, not the side's most asked entry of the area (the A-kasse).
#[test]
fn a_bare_question_after_a_story_naming_the_entry_is_about_that_entry() {
    let o = last(&[
        "Ich bin seit dem Sommer arbeitslos, wohne in Schleswig und bekomme ALG. Wie lange bekomme ich das noch?",
    ]);
    assert_eq!(o.event, answered("unemployment.de-alg", De));
}

/// "muss ich sie in Dänemark extra beantragen?" after the pension age: a part
/// the last answer lacks but an entry it points to is titled with (applying
/// for the pension) goes on in that thread, not into no answer.
#[test]
fn a_part_the_last_answer_points_to_by_title_goes_on_with_that_entry() {
    let o = last(&[
        "Ich habe 20 Jahre in Aabenraa gearbeitet und wohne in Flensburg. Bekomme ich eine dänische Rente?",
        "ab wann bekomme ich sie?",
        "muss ich sie in Dänemark extra beantragen?",
    ]);
    assert_eq!(o.event, answered("pension.apply-cross-border", De));
}

/// "hvem udbetaler dagpenge?", "Hvem skal betale mine dagpenge?": who pays
/// asks which country pays (full unemployment), not the Danish rate; the
/// amount asked stays the benefit's own.
#[test]
fn who_pays_the_benefit_asks_which_country_pays() {
    for q in ["hvem udbetaler dagpenge?", "Hvem skal betale mine dagpenge?"] {
        assert_eq!(last(&[q]).event, answered("unemployment.full-unemployment", Da), "{q}");
    }
    let o = last(&["wer zahlt mir dann das Arbeitslosengeld?"]);
    assert_eq!(o.event, answered("unemployment.full-unemployment", De));
    assert_eq!(last(&["hvor meget får jeg i dagpenge?"]).event, answered("unemployment.dk-dagpenge", Da));
}

/// "wie wird die private Nutzung versteuert?" after the company car is the
/// tax of the car's private use, not the general Danish tax; money the
/// Finanzamt cannot pay out is the account question (NemKonto), a wage the
/// boss did not pay is not.
#[test]
fn private_use_is_the_company_cars_tax_and_money_not_paid_out_the_account() {
    let car = "Ich bekomme einen Firmenwagen von meinem dänischen Arbeitgeber, was muss ich beachten?";
    let outcomes = talk(&[car, "wie wird die private Nutzung versteuert?"]);
    assert_eq!(outcomes[0].event, answered("car.company-car", De));
    assert_eq!(outcomes[1].event, answered("tax.company-car-benefit", De));
    let o = last(&["Das Finanzamt in Dänemark kann mir die Erstattung nicht auszahlen"]);
    assert_eq!(o.event, answered("registration.nemkonto", De));
    let o = last(&["min chef kan ikke udbetale lønnen"]);
    assert!(
        !matches!(&o.event, Event::Answered { entry, .. } if entry.as_str() == "registration.nemkonto"),
        "{:?}",
        o.event
    );
}

/// The bot forgetting ("kan du glemme det jeg skrev?") is the privacy entry;
/// the commuter forgetting a duty ("hvad sker der, hvis jeg glemmer det?") is not.
#[test]
fn forgetting_a_duty_is_no_request_to_forget_the_chat() {
    assert_eq!(last(&["kan du glemme det jeg skrev?"]).event, answered("service.privacy", Da));
    let o = last(&["hvad sker der, hvis jeg glemmer det?"]);
    assert!(!matches!(&o.event, Event::Answered { entry, .. } if entry.as_str() == "service.privacy"), "{:?}", o.event);
}

/// "darf ich den Antrag auf Deutsch schreiben?" asks about the commuter's own
/// application (the authorities' language), not about the bot's language: a
/// document word rules the bot's capabilities out.
#[test]
fn an_application_in_a_language_is_the_commuters_own_not_the_bots() {
    let o = last(&["darf ich den Antrag auf Deutsch schreiben?"]);
    assert_eq!(o.event, answered("service.own-language-authorities", De));
}

/// "og socialsikringen?" right after the home-office choices (tax, social
/// security): the choice of that area, not the area's general entry.
#[test]
fn a_short_area_follow_up_after_choices_takes_the_choice_of_that_area() {
    let first = "jeg bor i Slesvig og arbejder for et firma i Kolding, må jeg have hjemmearbejde 2 dage om ugen?";
    let o = last(&[first]);
    let Event::Offered { options, .. } = &o.event else { panic!("{:?}", o.event) };
    assert!(options.contains(&"homeoffice.social-security".into()), "{options:?}");
    let o = last(&[first, "og socialsikringen?"]);
    assert_eq!(o.event, answered("homeoffice.social-security", Da));
}

/// A follow-up that names its own topic plainly ("und wie bin ich dann als
/// Rentner krankenversichert", nearly certain on its own) keeps it, even when
/// a weaker entry the last answer pointed to shares a word ("Rente").
#[test]
fn a_plain_own_topic_beats_a_weak_pointer_of_the_last_answer() {
    let o = last(&[
        "Ich bekomme bald eine Rente aus Dänemark, wo muss ich die versteuern?",
        "und die ATP?",
        "und wie bin ich dann als Rentner krankenversichert",
    ]);
    assert_eq!(o.event, answered("health.pensioner-cover", De));
}

/// The same in a first question: the general entry the matcher found lacks
/// the part asked, and the place told in the question decides.
#[test]
fn a_first_question_for_a_part_the_general_answer_lacks_gets_the_deciding_countrys_entry() {
    let o = last(&["bor i Haderslev og har mistet mit job i Flensborg. hvor længe kan jeg få penge?"]);
    assert_eq!(o.event, answered("unemployment.dk-dagpenge", Da));
    // The whole answer: a first question is no follow-up.
    assert_eq!(o.replies.last().map(|r| r.text.clone()), kb().render("unemployment.dk-dagpenge", Da));
}

/// "und wenn ich in Deutschland arbeite?" right after the Danish holiday
/// answer: the entry it pointed to for the country supposed.
#[test]
fn a_supposed_country_after_an_answer_takes_that_countrys_entry() {
    let cases: &[(&[&str], &str, Lang)] = &[
        (
            &[
                "wohne in Flensburg, arbeite in Sonderburg. wie viel Urlaub habe ich?",
                "und wenn ich in Deutschland arbeite?",
            ],
            "work.holiday-de",
            De,
        ),
        (
            &["bor i Kruså og arbejder i Flensborg, hvor mange feriedage har jeg?", "og hvis jeg arbejder i Danmark?"],
            "work.holiday-dk",
            Da,
        ),
    ];
    for &(turns, id, lang) in cases {
        assert_eq!(last(turns).event, answered(id, lang), "{turns:?}");
    }
}

#[test]
fn a_part_in_one_language_only_is_a_check_error() {
    let edit = |both: bool| {
        let dir = fixture_copy();
        let cues = "[parts.amount]\nda = [\"hvor meget\"]\nde = [\"wie viel\"]\n";
        std::fs::write(dir.path().join("knowledge/dialogue.toml"), cues).unwrap();
        let langs: &[(&str, &str, &str)] = &[
            ("da", "    .title = Det gule kort\n", "    .amount = Et nyt kort koster { $special-card-fee }.\n"),
            ("de", "    .title = Gelbe Karte\n", "    .amount = Eine neue Karte kostet { $special-card-fee }.\n"),
        ];
        for &(lang, title, amount) in &langs[..if both { 2 } else { 1 }] {
            let path = dir.path().join(format!("locales/{lang}/answers.ftl"));
            let src = std::fs::read_to_string(&path).unwrap();
            assert!(src.contains(title), "fixture {lang} has no {title:?}");
            std::fs::write(&path, src.replacen(title, &format!("{title}{amount}"), 1)).unwrap();
        }
        let (kb, diags) = load_dir(dir.path());
        (kb, lines(&diags))
    };
    let (kb, diags) = edit(false);
    assert!(kb.is_none(), "a part in one language only must stop the base:\n{diags}");
    assert!(diags.contains("has the part `.amount` in da only"), "{diags}");
    assert!(diags.contains("locales/da/answers.ftl"), "{diags}");
    // The same part in both languages is fine, and is served.
    let (kb, diags) = edit(true);
    let kb = kb.unwrap_or_else(|| panic!("{diags}"));
    assert!(kb.part("health.special-health-card", De, "amount").unwrap().contains("Eine neue Karte kostet"));
}

// 2. Follow-ups read against the last answer; thanks with a question is the question.

#[test]
fn follow_ups_without_a_topic_go_to_the_last_entry() {
    let cases: &[(&str, &str, &str, Lang)] = &[
        ("særligt sygesikringsbevis", "og min kone?", "health.special-health-card", Da),
        ("Kindergeld", "und meine Frau?", "family.kindergeld-de", De),
        ("Kindergeld", "und dann?", "family.kindergeld-de", De),
    ];
    for &(first, follow, id, lang) in cases {
        let o = last(&[first, follow]);
        assert_eq!(o.event, answered(id, lang), "{first:?} → {follow:?}");
        assert_eq!(o.session.last_entry.as_deref(), Some(id));
    }
}

#[test]
fn a_short_follow_up_naming_an_area_takes_the_entry_the_last_answer_pointed_to() {
    // The area's general entry would answer these alone; right after the
    // home-office answers they mean the home-office entry of that area.
    let cases: &[(&str, &str, &str, &str, Lang)] = &[
        (
            "jeg arbejder hjemme i Harrislee to dage om ugen, min arbejdsgiver er i Padborg. Hvor betaler jeg skat af de dage?",
            "og min sociale sikring?",
            "homeoffice.tax",
            "homeoffice.social-security",
            Da,
        ),
        ("Homeoffice Sozialversicherung dänischer Arbeitgeber", "und die Steuer?", "homeoffice.social-security", "homeoffice.tax", De),
    ];
    for &(first, follow, first_id, id, lang) in cases {
        let o = talk(&[first, follow]);
        assert_eq!(o[0].event, answered(first_id, lang), "{first:?}");
        assert_eq!(o[1].event, answered(id, lang), "{first:?} → {follow:?}");
    }
    // The same words as a first message: the general entry.
    assert_eq!(last(&["og min sociale sikring?"]).event, answered("socsec.applicable-law", Da));
}

#[test]
fn a_short_follow_up_naming_an_area_still_follows_the_thread_one_answer_back() {
    // The commuter followed a pointer of the home-office answer (the
    // commuting deduction, A1), then names an area: the home-office entry of
    // that area the answer before pointed to, not the area's general entry.
    let cases: &[(&[&str], &[&str], Lang)] = &[
        (
            &[
                "jeg arbejder hjemmefra i Flensborg to dage om ugen, hvor bliver de dage beskattet?",
                "kan jeg så få kørselsfradrag for de andre dage?",
                "og min sociale sikring?",
            ],
            &["homeoffice.tax", "tax.commuting-deduction-dk", "homeoffice.social-security"],
            Da,
        ),
        (
            &[
                "Homeoffice Sozialversicherung dänischer Arbeitgeber",
                "brauche ich dafür eine A1-Bescheinigung?",
                "und die Steuer?",
            ],
            &["homeoffice.social-security", "socsec.a1-certificate", "homeoffice.tax"],
            De,
        ),
    ];
    for &(turns, ids, lang) in cases {
        let o = talk(turns);
        for ((turn, out), id) in turns.iter().zip(&o).zip(ids) {
            assert_eq!(out.event, answered(id, lang), "{turn:?} in {turns:?}");
        }
    }
    // Without the home-office answer first, the second and third turns keep to their own entries.
    let o = talk(&["kan jeg få kørselsfradrag?", "og min sociale sikring?"]);
    assert_eq!(o[0].event, answered("tax.commuting-deduction-dk", Da));
    assert_eq!(o[1].event, answered("socsec.applicable-law", Da));
}

#[test]
fn how_much_tax_right_after_an_answer_about_that_tax_stays_with_it() {
    // "Steuer" names the tax area, and the pension answer points to the
    // double-taxation entry; the question asks the amount of the pension's tax.
    let first = "Ich wohne in Schleswig und bekomme bald eine dänische Rente. Welches Land besteuert die?";
    let o = talk(&[first, "wie hoch ist die Steuer ungefähr?"]);
    assert_eq!(o[0].event, answered("pension.taxation", De));
    assert_eq!(o[1].event, answered("pension.taxation", De));
    // Without the pension answer before it, the tax area's entries are offered.
    assert!(
        !matches!(last(&["wie hoch ist die Steuer ungefähr?"]).event, Event::Answered { ref entry, .. } if entry == "pension.taxation")
    );
}

/// The options a turn offered, in button order.
fn offered(o: &Outcome) -> Vec<EntryId> {
    match &o.event {
        Event::Offered { options, .. } => options.clone(),
        other => panic!("no choices offered: {other:?}"),
    }
}

#[test]
fn a_message_after_choices_naming_nothing_of_its_own_narrows_them_instead_of_giving_up() {
    // A context word shared by some of the choices: those choices again.
    let o = talk(&["Steuern?", "brauche ich eine Steuererklärung?"]);
    let (shown, narrowed) = (offered(&o[0]), offered(&o[1]));
    assert!(!narrowed.is_empty() && narrowed.len() < shown.len(), "{shown:?} -> {narrowed:?}");
    assert!(narrowed.iter().all(|id| shown.contains(id)), "{shown:?} -> {narrowed:?}");
    // Only a part asked ("how much?"): which of them?
    let o = talk(&["pension", "hvor meget får jeg?"]);
    assert_eq!(offered(&o[1]), offered(&o[0]));
    // A part some choice's words fit ("søge"): that choice.
    let o = talk(&["pension", "hvordan søger jeg?"]);
    let (shown, narrowed) = (offered(&o[0]), offered(&o[1]));
    assert!(!narrowed.is_empty() && narrowed.len() < shown.len(), "{shown:?} -> {narrowed:?}");
    // One choice shown ("Did you mean ...?") and only a part asked: that choice's part.
    let shown = Session { pending: vec!["family.kindergeld-de".into()], ..Session::default() };
    let o = handle(kb(), &shown, Input::Text("und wie viel?".into()), None);
    assert_eq!(o.event, answered("family.kindergeld-de", De));
    // A message of another topic is no narrowing.
    let o = talk(&["pension", "mein Auto hat dänische Kennzeichen, ich wohne in Flensburg"]);
    assert!(
        !matches!(o[1].event, Event::Offered { ref options, .. } if options.iter().all(|id| id.starts_with("pension.")))
    );
}

#[test]
fn a_topic_and_another_area_named_together_get_the_answer_and_that_areas_choices() {
    // "skat og sygesikring": the health-card answer, and the tax area asked
    // back as choices (buttons), not dropped.
    let said = "Jeg bor i Flensborg og arbejder i Padborg. Hvad med skat og sygesikring?";
    let o = last(&[said]);
    assert_eq!(o.event, answered("health.special-health-card", Da));
    assert!(o.session.pending.iter().any(|id| id.starts_with("tax.")), "{:?}", o.session.pending);
    assert!(text(&o).contains(&ui(Da, "choices-also")), "{}", text(&o));
    let o = last(&["Krankenversicherung und Steuern? Ich wohne in Schleswig und arbeite in Tønder"]);
    assert!(o.session.pending.iter().any(|id| id.starts_with("tax.")), "{:?}", o.session.pending);
    // The area word as part of the topic ("skat af min pension") asks nothing more.
    let o = last(&["Jeg bor i Flensborg. Hvordan betaler jeg skat af min danske pension?"]);
    assert_eq!(o.event, answered("pension.taxation", Da));
    assert!(o.session.pending.is_empty(), "{:?}", o.session.pending);
}

#[test]
fn an_area_word_never_answers_an_entry_the_rules_did_not_offer() {
    // The rules offer two specific entries; "skat" in the question must not
    // replace them with the tax area's entry for the side, found by context words only.
    let q = "Min arbejdsgiver i Aabenraa har sagt ja til, at jeg arbejder fra mit hus i Handewitt hver onsdag. Hvad betyder det for min skat?";
    let m = kb().find(q, None, None);
    assert_eq!(m.decision, pendlerbot::Decision::Choices, "{:?}", m.candidates);
    match last(&[q]).event {
        Event::Answered { entry, .. } => assert!(m.options.contains(&entry), "{entry} not in {:?}", m.options),
        Event::Offered { options, .. } => assert!(options.iter().all(|o| m.options.contains(o)), "{options:?}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_choice_named_by_its_place_is_that_choice() {
    for (first, pick, index, lang) in [
        ("sygesikring", "den første", 0, Da),
        ("sygesikring", "nummer 2 tak", 1, Da),
        ("Krankenversicherung", "die zweite bitte", 1, De),
        ("Krankenversicherung", "das letzte", usize::MAX, De),
    ] {
        let o = talk(&[first, pick]);
        let options = offered(&o[0]);
        assert!(options.len() >= 3, "{first:?}: {options:?}");
        let want = if index == usize::MAX { options.last().unwrap() } else { &options[index] };
        assert!(
            matches!(&o[1].event, Event::Answered { entry, lang: l, .. } if entry == want && *l == lang),
            "{first:?} → {pick:?}: {:?}, options {options:?}",
            o[1].event
        );
    }
    // With no choices shown, or with a topic of its own, it is no choice.
    assert!(!matches!(last(&["den første"]).event, Event::Answered { .. }));
    let o = talk(&["sygesikring", "den første dag i Tyskland, hvad med skatten?"]);
    assert!(!matches!(&o[1].event, Event::Answered { entry, .. } if entry.starts_with("health.")), "{:?}", o[1].event);
}

#[test]
fn both_or_all_after_choices_answers_every_choice() {
    for (first, pick, lang) in
        [("sygedagpenge og skattekort", "begge dele", Da), ("Krankengeld und Steuerkarte", "beides bitte", De)]
    {
        let o = talk(&[first, pick]);
        let options = offered(&o[0]);
        assert_eq!(options.len(), 2, "{first:?}: {options:?}");
        let titles: Vec<String> = o[1].replies.iter().filter_map(|r| r.title.clone()).collect();
        let want: Vec<String> = options.iter().map(|id| kb().title(id, lang)).collect();
        assert_eq!(titles, want, "{first:?} → {pick:?}");
        assert_eq!(o[1].event, answered(&options[0], lang));
        assert_eq!(o[1].session.last_entry.as_deref(), Some(options[1].as_str()));
        assert!(o[1].session.pending.is_empty());
    }
    // Without choices shown, "begge" is no choice.
    assert!(!matches!(last(&["begge dele"]).event, Event::Answered { .. }));
}

#[test]
fn a_situation_told_after_choices_picks_among_them_for_that_side() {
    // The Danish title of the DK->DE tax entry is "Bor i Danmark, arbejder i
    // Tyskland: skat": the same words as the situation, the other way round.
    let o = talk(&["skat", "jeg bor i Tyskland og arbejder i Danmark"]);
    assert!(offered(&o[0]).iter().any(|id| id == "tax.dk-resident-working-de"));
    let got: Vec<EntryId> = match &o[1].event {
        Event::Answered { entry, .. } => vec![entry.clone()],
        Event::Offered { options, .. } => options.clone(),
        other => panic!("{other:?}"),
    };
    assert!(!got.is_empty() && !got.contains(&"tax.dk-resident-working-de".into()), "{got:?}");
    assert!(got.iter().all(|id| kb().entry(id).unwrap().direction != Some(Direction::DkDe)), "{got:?}");
    assert_eq!(o[1].session.situation, situation(Some(Country::De), Some(Country::Dk), None));
}

#[test]
fn thanks_with_a_question_is_the_question() {
    let o = last(&["Kindergeld", "danke, und wo beantrage ich das?"]);
    assert_eq!(o.event, answered("family.kindergeld-de", De));
    assert_eq!(o.session.last_part.as_deref(), Some("apply"));
    assert_eq!(text(&o), kb().part("family.kindergeld-de", De, "apply").unwrap());
    let o = last(&["Hvordan får jeg det særlige sundhedskort som grænsependler?", "tak, hvordan kontakter jeg jer?"]);
    assert!(!matches!(&o.event, Event::Answered { entry, .. } if entry.starts_with("smalltalk.")), "{:?}", o.event);
}

/// "tusind tak, nu kan jeg endelig få styr på skattekortet" right after the
/// tax-card answer tells, it does not ask: the bot once sent the same answer again.
#[test]
fn thanks_with_a_statement_about_the_answer_just_given_is_thanks() {
    for (first, thanks, id, lang) in [
        (
            "hvordan får jeg et skattekort?",
            "tusind tak, nu kan jeg endelig få styr på skattekortet",
            "tax.tax-card-dk",
            Da,
        ),
        (
            "Wie beantrage ich Kindergeld?",
            "Danke, dann stelle ich den Kindergeld-Antrag morgen.",
            "family.kindergeld-de",
            De,
        ),
    ] {
        let o = talk(&[first, thanks]);
        assert_eq!(o[0].event, answered(id, lang));
        assert_eq!(o[1].event, answered("smalltalk.thanks", lang), "{thanks:?}");
        // The topic stays for what comes next.
        assert_eq!(o[1].session.last_entry.as_deref(), Some(id));
    }
    // A thank-you with a question is the question.
    let o = talk(&["Wie beantrage ich Kindergeld?", "danke! und wie lange dauert die Bearbeitung beim Kindergeld?"]);
    assert_eq!(o[1].event, answered("family.kindergeld-de", De));
}

/// "det var ikke det, jeg spurgte om" once got the same answer again. Now
/// the bot says it misunderstood, counts a 👎 for that answer (the report's
/// "disliked" list), and offers what the answer pointed to and a person.
#[test]
fn told_the_answer_missed_the_bot_apologises_and_offers_the_related_topics() {
    for (first, reject, id, lang) in [
        ("hvordan får jeg et skattekort?", "det var ikke det, jeg spurgte om", "tax.tax-card-dk", Da),
        ("Wie beantrage ich Kindergeld?", "nein, das meinte ich nicht", "family.kindergeld-de", De),
        ("Wie beantrage ich Kindergeld?", "falsch", "family.kindergeld-de", De),
    ] {
        let o = talk(&[first, reject]);
        assert_eq!(o[0].event, answered(id, lang));
        assert_eq!(o[1].event, Event::Feedback { entry: id.into(), up: false }, "{reject:?}");
        assert!(text(&o[1]).starts_with(&ui(lang, "missed")), "{reject:?}: {}", text(&o[1]));
        let related: Vec<EntryId> = kb().entry(id).unwrap().related.iter().take(3).map(|r| r.value.clone()).collect();
        let acts = actions(&o[1]);
        for r in &related {
            assert!(acts.contains(&Action::Entry(r.clone())), "{reject:?}: {acts:?}");
        }
        assert!(acts.contains(&Action::Advisor), "{acts:?}");
        assert_eq!(o[1].session.pending, related);
        assert_eq!(o[1].session.last_entry, None, "the missed answer is no context");
    }
    // Said twice, it is counted once.
    let o = talk(&["Kindergeld", "falsch", "falsch"]);
    assert!(!matches!(o[2].event, Event::Feedback { .. }), "{:?}", o[2].event);
    // With no answer before it, or with a question of its own, it is no rejection.
    assert!(!matches!(last(&["forkert"]).event, Event::Feedback { .. }));
    let o = talk(&["Kindergeld", "nein, ich meinte das dänische Kindergeld"]);
    assert_eq!(o[1].event, answered("family.boerne-ungeydelse-dk", De));
    let o = talk(&["skattekort", "har jeg misforstået noget med mit skattekort, når jeg bor i Tyskland?"]);
    assert!(!matches!(o[1].event, Event::Feedback { .. }), "{:?}", o[1].event);
}

/// "du er en ubrugelig bot", "du bist echt nutzlos": a complaint about the
/// bot is no question about what the bot can do. The bot apologises and
/// offers a person; right after an answer it is that answer's 👎.
#[test]
fn a_complaint_about_the_bot_gets_an_apology_and_a_person() {
    for (complaint, lang) in [("du er fandme en ubrugelig bot", Da), ("du bist echt ein nutzloser Bot", De)] {
        let o = last(&[complaint]);
        assert_eq!(o.event, Event::FellBack { lang }, "{complaint:?}");
        assert!(text(&o).starts_with(&ui(lang, "complaint")), "{complaint:?}: {}", text(&o));
        assert!(actions(&o).contains(&Action::Advisor), "{complaint:?}");
    }
    let o = talk(&["Wie beantrage ich Kindergeld?", "du bist echt ein nutzloser Bot"]);
    assert_eq!(o[1].event, Event::Feedback { entry: "family.kindergeld-de".into(), up: false });
    // Asking what the bot can do is still that question.
    assert_eq!(last(&["hvad kan botten?"]).event, answered("service.bot-capabilities", Da));
}

/// A follow-up about the partner who works in the other country gets that
/// country's entry of the last answer's question, though it names the topic
/// again ("und ist auch krank") or supposes something ("hvis hun bliver
/// hjemme": the partner's job it tells still counts).
#[test]
fn the_partner_working_across_the_border_gets_that_countrys_entry() {
    let o = talk(&[
        "Ich wohne in Padborg, arbeite in Flensburg und bin krankgeschrieben. Zahlt mein Arbeitgeber weiter?",
        "Mein Mann arbeitet in Aabenraa und ist seit gestern auch krank, ist das bei ihm genauso?",
    ]);
    assert_eq!(o[0].event, answered("health.sick-pay-de", De));
    assert_eq!(o[1].event, answered("health.sick-pay-dk", De));
    let o = talk(&[
        "Jeg bor i Harrislee og arbejder i Tønder, vi skal have barn til foråret. Hvor lang barsel har jeg?",
        "min kone er ansat i Husum – hvad kan hun få, hvis hun bliver hjemme med barnet?",
    ]);
    assert_eq!(o[0].event, answered("family.parental-leave-dk", Da));
    assert_eq!(o[1].event, answered("family.elterngeld-de", Da));
}

/// "kan jeg bruge grænsegængerreglen, hvis min mand kun arbejder deltid?":
/// the commuter asks for themself and only supposes something of the
/// partner, so the next short question ("hvornår skal jeg vælge den?") is
/// still about that answer, not a return from the partner to the commuter.
#[test]
fn a_partner_only_supposed_leaves_the_question_the_commuters() {
    let o = talk(&[
        "Jeg bor i Harrislee og arbejder i Tønder, min mand arbejder i Flensborg. Skal jeg betale skat i Danmark?",
        "kan jeg bruge grænsegængerreglen, hvis min mand kun arbejder deltid?",
        "hvornår skal jeg vælge den?",
    ]);
    assert_eq!(o[1].event, answered("tax.frontier-worker-rule", Da));
    assert_eq!(o[2].event, answered("tax.frontier-worker-rule", Da));
}

/// "og hvor skal den beskattes, når jeg bor i Tyskland?" after applying for
/// the pension: "den" is the pension, and the situation said inside the one
/// sentence that asks is no background of its own, so the entry the last
/// answer pointed to (the pension's tax) beats the general Danish tax.
#[test]
fn a_situation_inside_the_question_keeps_the_reference_to_the_last_answer() {
    let o = talk(&[
        "Jeg bor i Husum og har arbejdet i Tønder i 30 år. Hvordan søger jeg min danske folkepension?",
        "og hvor skal den beskattes, når jeg bor i Tyskland?",
    ]);
    assert_eq!(o[0].event, answered("pension.apply-cross-border", Da));
    assert_eq!(o[1].event, answered("pension.taxation", Da));
}

#[test]
fn thanks_and_how_to_reach_you_gets_the_office() {
    for turns in
        [&["tak, hvordan kontakter jeg jer?"][..], &["særligt sygesikringsbevis", "tak, hvordan kontakter jeg jer?"]]
    {
        assert_eq!(first_choice(&last(turns)), Some("service.contact-hours"), "{turns:?}");
    }
    // "Büro" in the story is the commuter's own office: who to turn to about
    // the topic asked is that topic's authority, not the advice office.
    let q = "Ich arbeite im Büro in Tønder und wohne in Leck. Mein Chef hat mir gekündigt. An wen wende ich mich?";
    assert_eq!(first_choice(&last(&[q])), Some("unemployment.full-unemployment"));
}

// 3. A follow-up with no context asks what it is about; so does one after /forget.

fn asks_what_it_is_about(o: &Outcome, lang: Lang, question: &str) {
    assert_eq!(o.event, Event::Command, "{question:?}");
    assert_eq!(o.replies[0].text, ui(lang, "followup-no-context"), "{question:?}");
    let acts = actions(o);
    for area in ["tax", "family", "health", "pension"] {
        assert!(acts.contains(&Action::Menu(area.into())), "{question:?}: no {area} button in {acts:?}");
    }
    assert!(
        record_of(question, o, today(), &currencies()).is_none(),
        "{question:?} must not be an unanswered question"
    );
}

#[test]
fn a_follow_up_as_the_first_message_asks_what_it_is_about() {
    for (q, lang) in
        [("und wie viel ist das?", De), ("hvor meget koster det?", Da), ("und dann?", De), ("og min kone?", Da)]
    {
        asks_what_it_is_about(&last(&[q]), lang, q);
    }
}

#[test]
fn a_follow_up_after_forget_asks_what_it_is_about() {
    let o = talk(&["Kindergeld", "/forget", "und wie viel ist das?"]);
    assert!(o[1].forget);
    assert_eq!(o[1].session, Session::default());
    asks_what_it_is_about(&o[2], De, "und wie viel ist das?");
}

// 4. Broad questions offer the area's entries; with a known situation, that side's.

#[test]
fn an_area_word_alone_offers_that_areas_entries() {
    let cases = [
        ("Steuer?", "tax", De),
        ("skat", "tax", Da),
        ("hvordan med skatten?", "tax", Da),
        ("arbejdsløs", "unemployment", Da),
        ("pension", "pension", Da),
    ];
    for (q, area, lang) in cases {
        let o = last(&[q]);
        let Event::Offered { options, lang: l } = &o.event else { panic!("{q:?}: {:?}", o.event) };
        assert_eq!(*l, lang, "{q:?}");
        assert!(options.len() >= 2, "{q:?}: {options:?}");
        assert!(options.iter().all(|id| id.starts_with(&format!("{area}."))), "{q:?}: {options:?}");
        assert_eq!(&o.session.pending, options, "{q:?}");
        assert_eq!(o.replies[0].text, ui(lang, "choices-area"), "{q:?}");
    }
}

#[test]
fn a_broad_question_with_a_known_situation_answers_for_that_side() {
    let cases: &[(&[&str], &str)] = &[
        (&["/profil de-dk", "Steuer?"], "tax.limited-liability-dk"),
        (&["Ich wohne in Flensburg und arbeite in Padborg", "Was ist mit Steuern?"], "tax.limited-liability-dk"),
        (&["ich wohne in Flensburg und arbeite in Padborg. Was ist mit Steuern?"], "tax.limited-liability-dk"),
        (&["/profil dk-de", "hvordan med skatten?"], "tax.dk-resident-working-de"),
    ];
    for &(turns, id) in cases {
        let o = last(turns);
        assert_eq!(first_choice(&o), Some(id), "{turns:?}: {:?}", o.event);
    }
}

/// "und muss ich das in Deutschland auch angeben?" from someone living in
/// Flensburg and working in Padborg, after the Danish commuting deduction:
/// the German entry of the commuter's own direction, never the deduction of
/// those living in Denmark (which it was). A supposed situation may change sides.
#[test]
fn a_country_follow_up_keeps_the_commuters_direction() {
    let o = last(&[
        "Ich wohne in Flensburg und arbeite in Padborg. Kann ich die Fahrt in Dänemark absetzen?",
        "und muss ich das in Deutschland auch noch angeben?",
    ]);
    assert_eq!(o.event, answered("tax.progression-de", De));
    let o = last(&[
        "Ich wohne in Flensburg und arbeite in Padborg. Kann ich die Fahrt absetzen?",
        "und wenn ich in Deutschland arbeite?",
    ]);
    assert_ne!(first_choice(&o), Some("tax.commuting-deduction-dk"), "{:?}", o.event);
}

/// "ist das schlimm für meine Sozialversicherung?" right after the
/// home-office choices: "das" is the home office, so the choice of that area
/// answers, not the area's general entry (which it was).
#[test]
fn a_question_about_the_choices_just_shown_that_names_an_area_takes_that_choice() {
    for (turns, lang) in [
        (
            [
                "Ich wohne in Husum und arbeite im Homeoffice drei Tage pro Woche für einen Betrieb in Tondern",
                "ist das schlimm für meine sozialversicherung?",
            ],
            De,
        ),
        (
            [
                "Jeg bor i Slesvig og arbejder hjemme en dag om ugen for et firma i Haderslev",
                "er det et problem for min sociale sikring?",
            ],
            Da,
        ),
    ] {
        let o = talk(&turns);
        assert_eq!(o[0].session.pending.len(), 2, "{turns:?}: the home-office choices first");
        assert_eq!(o[1].event, answered("homeoffice.social-security", lang), "{turns:?}");
    }
}

/// "hvad med min kone, hun arbejder i Sønderborg og vil have barsel" after
/// the Elterngeld answer: the partner's own topic, named by its keyword, is
/// answered (the Elterngeld answer came again); the partner's job is noted.
#[test]
fn a_partner_follow_up_with_a_topic_of_its_own_is_that_topic() {
    let o = talk(&[
        "jeg bor i Gråsten og arbejder i Schleswig",
        "vi skal have baby i maj, får jeg elterngeld?",
        "hvad med min kone, hun arbejder i Sønderborg og vil have barsel",
    ]);
    assert_eq!(o[1].event, answered("family.elterngeld-de", Da));
    assert_eq!(o[2].event, answered("family.parental-leave-dk", Da));
    assert_eq!(o[2].session.situation.partner_works, Some(Country::Dk));
}

/// "und wo ist er krankenversichert?" after a pension answer: a part ("wo")
/// asked of another area is that area's entry the answer pointed to, not the
/// pension answer's own "where" again.
#[test]
fn a_part_asked_of_another_area_goes_where_the_last_answer_pointed() {
    let o = last(&[
        "Mein Vater wohnt in Harrislee und bekommt eine Rente aus Dänemark",
        "wo muss er seine Rente versteuern?",
        "und wo ist er krankenversichert?",
    ]);
    assert_eq!(o.event, answered("health.pensioner-cover", De));
}

/// A hyphenated keyword ("mit-id") counts only with its words side by side:
/// "mit tyske skatte-id" is no MitID question (MitID was offered).
#[test]
fn a_hyphenated_keyword_needs_its_words_side_by_side() {
    let o = last(&["min bank spørger efter mit tyske skatte-id, hvad skal jeg gøre?"]);
    let offered = match &o.event {
        Event::Answered { entry, .. } => vec![entry.clone()],
        Event::Offered { options, .. } => options.clone(),
        _ => vec![],
    };
    assert!(!offered.iter().any(|id| id.as_str() == "registration.mitid-digital-post"), "{:?}", o.event);
    assert_eq!(first_choice(&last(&["hvordan får jeg mit-id?"])), Some("registration.mitid-digital-post"));
}

// 5. The situation from the chat.

#[test]
fn a_stated_situation_is_kept_said_back_and_gets_topics() {
    let q = "ich wohne in Flensburg und arbeite in Padborg";
    let o = last(&[q]);
    assert_eq!(o.session.situation, situation(Some(Country::De), Some(Country::Dk), None));
    assert_eq!(o.session.profile, Some(Profile::DeDk));
    let noted = kb().texts.ui_with(De, "situation-noted", &[("situation", said(De, "de", "dk"))]);
    assert_eq!(o.replies[0].text, noted);
    // No question in it: the topics others in that situation ask, and no unanswered question.
    assert_eq!(o.event, Event::Command);
    assert!(record_of(q, &o, today(), &currencies()).is_none());
    assert_eq!(o.replies[1].text, ui(De, "situation-topics"));
    let pending = &o.session.pending;
    assert_eq!(pending.first().map(EntryId::as_str), Some("tax.limited-liability-dk"), "{pending:?}");
    assert!(actions(&o).contains(&Action::Entry("tax.tax-card-dk".into())));
}

/// A long message that opens with a greeting, tells a story and asks about
/// something the bot has words for is that question, not a greeting back;
/// a question that only knocks at the door is still greeted.
#[test]
fn a_greeting_before_a_long_question_is_no_answer_to_it() {
    let q = "Hallo, ich wohne in Schleswig und arbeite in Tinglev, auf meiner Gehaltsabrechnung ist so viel Abzug, ist das normal?";
    assert_eq!(last(&[q]).event, answered("tax.tax-card-dk", De));
    for (q, lang) in [
        ("Hallo, ist da jemand, der mir bei einer Frage helfen kann?", De),
        ("Hej, jeg bor i Kruså, er der nogen der kan hjælpe mig med et spørgsmål?", Lang::Da),
    ] {
        assert_eq!(last(&[q]).event, answered("smalltalk.greeting", lang), "{q}");
    }
}

/// "Moin, ich wohne in Flensburg und arbeite in Padborg": a greeting that
/// also tells the situation is greeted back first, then the situation is said
/// back with the topics others in it ask (before, the greeting was dropped).
#[test]
fn a_greeting_with_a_situation_is_greeted_noted_and_gets_topics() {
    for (q, lang, home, work) in [
        ("Moin, ich wohne in Flensburg und arbeite in Padborg", De, "de", "dk"),
        ("Hej! Jeg bor i Kruså og arbejder i Flensborg", Lang::Da, "dk", "de"),
    ] {
        let o = last(&[q]);
        assert_eq!(o.event, answered("smalltalk.greeting", lang), "{q}");
        let greeting = kb().render("smalltalk.greeting", lang).expect("greeting");
        assert_eq!(o.replies[0].text, greeting, "{q}");
        let noted = kb().texts.ui_with(lang, "situation-noted", &[("situation", said(lang, home, work))]);
        assert_eq!(o.replies[1].text, noted, "{q}");
        assert_eq!(o.replies[2].text, ui(lang, "situation-topics"), "{q}");
        assert!(!o.session.pending.is_empty(), "{q}: the topics are buttons");
        assert!(record_of(q, &o, today(), &currencies()).is_none(), "{q}: no unanswered question");
    }
    // A greeting with a question is the question.
    let o = last(&["Hej, jeg bor i Kruså og arbejder i Flensborg. Hvor skal jeg betale skat?"]);
    assert_eq!(o.event, answered("tax.dk-resident-working-de", Lang::Da));
}

#[test]
fn a_situation_stated_twice_the_latest_wins_and_the_bot_says_so() {
    let o = talk(&[
        "ich wohne in Flensburg und arbeite in Padborg",
        "ich wohne in Sonderburg und arbeite in Flensburg",
        "Was ist mit Steuern?",
    ]);
    assert_eq!(o[1].session.situation, situation(Some(Country::Dk), Some(Country::De), None));
    assert_eq!(o[1].session.profile, Some(Profile::DkDe));
    let changed = kb().texts.ui_with(De, "situation-changed", &[("situation", said(De, "dk", "de"))]);
    assert_eq!(o[1].replies[0].text, changed);
    assert_eq!(o[2].event, answered("tax.dk-resident-working-de", De));
}

/// "og hvis jeg flytter til Danmark?" asks about a move; it is no move. The
/// question is answered with the situation it supposes, and the situation
/// told before stays (the bot once said "Jeg har ændret det: du bor i Danmark").
#[test]
fn a_supposed_situation_answers_the_question_but_keeps_the_told_one() {
    for (told, supposed, lang) in [
        (
            "Jeg bor i Flensborg og arbejder i Tønder. Hvordan får jeg det gule kort?",
            "og hvis jeg flytter til Danmark?",
            Da,
        ),
        (
            "Ich wohne in Flensburg und arbeite in Tondern. Wie bekomme ich die gelbe Karte?",
            "und wenn ich nach Dänemark ziehe?",
            De,
        ),
    ] {
        let o = talk(&[told, supposed]);
        assert_eq!(o[0].session.situation, situation(Some(Country::De), Some(Country::Dk), None), "{told:?}");
        assert_eq!(o[1].event, answered("registration.move-to-dk", lang), "{supposed:?}");
        assert_eq!(o[1].session.situation, o[0].session.situation, "{supposed:?} is no move");
        let changed = kb().texts.ui_with(lang, "situation-changed", &[("situation", said(lang, "dk", "dk"))]);
        assert!(o[1].replies.iter().all(|r| r.text != changed), "{supposed:?}");
    }
    // Told as a fact, the move is noted.
    let o = talk(&[
        "Jeg bor i Flensborg og arbejder i Tønder. Hvordan får jeg det gule kort?",
        "jeg er flyttet til Sønderborg",
    ]);
    assert_eq!(o[1].session.situation.lives, Some(Country::Dk));
}

#[test]
fn starting_a_job_somewhere_is_working_there_and_outweighs_the_job_before() {
    // places.toml's work verbs: "angefangen", "begyndt"; the job before is in a past clause.
    for q in [
        "Ich habe vor einem Monat in Sønderborg angefangen, vorher war ich in Husum angestellt.",
        "Jeg er begyndt i Aabenraa i august, før arbejdede jeg i Niebüll.",
    ] {
        assert_eq!(kb().find(q, None, None).situation.works, Some(Country::Dk), "{q}");
    }
}

#[test]
fn a_partners_work_is_kept_apart_from_the_commuters() {
    let cases = [
        (
            "min mand arbejder i tyskland og jeg arbejder i danmark. vi bor i padborg",
            situation(Some(Country::Dk), Some(Country::Dk), Some(Country::De)),
        ),
        ("vi bor i Padborg, min mand arbejder i Tyskland", situation(Some(Country::Dk), None, Some(Country::De))),
    ];
    for (q, want) in cases {
        let o = last(&[q]);
        assert_eq!(o.session.situation, want, "{q:?}");
        assert!(o.replies[0].text.contains(&ui(Da, "situation-partner-de")), "{q:?}: {}", o.replies[0].text);
        assert_ne!(o.event, Event::FellBack { lang: Da }, "{q:?}");
    }
}

#[test]
fn a_clause_after_a_partner_named_alone_is_the_partners_and_moves_no_home() {
    // "und mein Mann, wie lange kann der in Dänemark zuhause bleiben?": the clause after "und
    // mein Mann," is about him; "in Dänemark zuhause" is not where the commuter lives.
    let story = "Wir wohnen in Harrislee, mein Mann arbeitet in Padborg und ich in Flensburg.";
    let told = situation(Some(Country::De), Some(Country::De), Some(Country::Dk));
    for q in [
        "und mein Mann, wie lange kann der in Dänemark zuhause bleiben?",
        "og min mand, hvor længe kan han blive hjemme i Danmark?",
    ] {
        let o = last(&[story, "bekomme ich Elterngeld?", q]);
        assert_eq!(o.session.situation, told, "{q:?}");
    }
    let o = last(&[story, "bekomme ich Elterngeld?", "und mein Mann, wie lange kann der in Dänemark zuhause bleiben?"]);
    assert_eq!(o.event, answered("family.parental-leave-dk", De));
    // The commuter's own clause after the partner's still counts.
    let o = last(&["min kone arbejder i Flensborg, jeg bor i Padborg"]);
    assert_eq!(o.session.situation.lives, Some(Country::Dk));
}

#[test]
fn questions_about_the_partner_stay_on_the_partners_side_while_they_say_she_or_he() {
    // The partner's job told with the situation, then asked about by name and by pronoun.
    let story = "Jeg bor i Aabenraa og arbejder i Padborg. Min mand kører hver dag til sit job i Flensborg.";
    let o = last(&[story, "hvor skal min mand betale skat?"]);
    assert_eq!(o.event, answered("tax.dk-resident-working-de", Da));
    let o = last(&[story, "hvor skal min mand betale skat?", "kan han trække kørslen fra?"]);
    assert_eq!(o.event, answered("tax.commuting-deduction-de", Da));
    let o = last(&[story, "hvor skal min mand betale skat?", "og hvis han bliver syg, hvem betaler så?"]);
    assert_eq!(o.event, answered("health.sick-pay-de", Da));
    // "jeg": the commuter asks for themselves again, not on the partner's side.
    let o = last(&[story, "hvor skal min mand betale skat?", "og hvem betaler, hvis jeg bliver syg?"]);
    let own = EntryId::new("health.sick-pay-dk");
    match &o.event {
        Event::Answered { entry, .. } => assert_eq!(entry, &own),
        Event::Offered { options, .. } => assert!(options.contains(&own), "{options:?}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_bare_area_after_a_question_about_the_partner_is_the_partners_too() {
    // Both live and work in Denmark, only the partner crosses the border:
    // "og skat?" right after her health insurance asks her tax.
    let story = "Vi bor i Sønderborg. Jeg arbejder i Sønderborg, min kone har fået job på et hotel i Glücksburg.";
    let o = last(&[story, "hvordan er min kone sygesikret?"]);
    assert_eq!(o.event, answered("health.dk-resident-working-de", Da));
    let o = last(&[story, "hvordan er min kone sygesikret?", "og skat?"]);
    assert_eq!(o.event, answered("tax.dk-resident-working-de", Da));
    // The commuter's own side is kept for what comes after.
    assert_eq!(o.session.situation.direction(), None);
}

#[test]
fn a_part_the_last_answer_lacks_goes_to_the_entry_it_points_to_for_that_part() {
    // The Danish state pension's answer has no "apply" part; it points to the
    // entry about applying in both countries, whose title says so.
    let first = "Bekomme ich die volle dänische Volksrente?";
    assert_eq!(last(&[first]).event, answered("pension.folkepension-earning", De));
    let o = last(&[first, "und wo muss ich die beantragen?"]);
    assert_eq!(o.event, answered("pension.apply-cross-border", De));
    let o = last(&["Kan jeg få fuld dansk folkepension?", "hvor søger jeg den?"]);
    assert_eq!(o.event, answered("pension.apply-cross-border", Da));
}

#[test]
fn an_area_word_after_an_answer_skips_a_pointer_for_the_other_side() {
    // Working in Germany: "og ferie?" after the German minimum wage is the
    // German holiday, not the Danish contract the answer points to (whose
    // title names holiday too, but which is for those working in Denmark).
    let story = "jeg bor i Gråsten og arbejder i en butik i Harreslev";
    let o = last(&[story, "jeg får 12 euro i timen, er det ok", "og ferie?"]);
    assert_eq!(o.event, answered("work.holiday-de", Da));
}

#[test]
fn a_correction_of_the_situation_answers_the_last_question_for_the_side_told() {
    // "nein, andersrum: ..." is not "you misunderstood me": it corrects the situation.
    let first = "Ich wohne in Niebüll und arbeite in Tønder. Wo bin ich krankenversichert?";
    let o = last(&[first, "nein, falsch: ich wohne in Tønder und arbeite in Niebüll"]);
    assert_eq!(o.session.situation.direction(), Some(Direction::DkDe));
    assert_eq!(o.event, answered("health.dk-resident-working-de", De));
    // Without a situation it still is.
    let o = last(&[first, "nein, das meinte ich nicht"]);
    assert!(!matches!(o.event, Event::Answered { .. }), "{:?}", o.event);
}

#[test]
fn a_bare_word_of_another_area_is_no_echo_of_the_last_answer() {
    // The yellow card's answer mentions tax; "og skat?" still asks about tax.
    let o = last(&["Jeg bor i Husum og arbejder i Tønder", "og lægen?"]);
    assert_eq!(o.event, answered("health.special-health-card", Da));
    let o = last(&["Jeg bor i Husum og arbejder i Tønder", "og lægen?", "og skat?"]);
    assert_eq!(o.event, answered("tax.limited-liability-dk", Da));
    // A condition of the last answer in a word of another area still is one.
    let o = last(&["Wie viel Arbeitslosengeld bekomme ich in Deutschland?", "und mit Kind?"]);
    assert_eq!(o.event, answered("unemployment.de-alg", De));
}

#[test]
fn a_keyword_the_situation_turns_down_still_names_a_topic() {
    // "barsel" names the Danish parental leave; for someone working in
    // Germany the situation lowers it below the choices, but the message
    // still asks something new: no repeat of the holiday answer.
    let o = last(&["bor i tønder, arbejder i niebüll", "ferie?", "barsel?"]);
    assert_ne!(o.event, answered("work.holiday-de", Da));
}

// 6. Small talk only when the message holds nothing else.

#[test]
fn small_talk_only_when_the_message_holds_nothing_else() {
    for (q, lang) in [("tak", Da), ("danke", De), ("Vielen Dank", De)] {
        assert_eq!(last(&[q]).event, answered("smalltalk.thanks", lang), "{q:?}");
    }
    // Thanks is no topic: the last answer stays the one to follow up on.
    let o = last(&["Kindergeld", "danke"]);
    assert_eq!(o.event, answered("smalltalk.thanks", De));
    assert_eq!(o.session.last_entry.as_deref(), Some("family.kindergeld-de"));
}

/// A story that asks nothing and ends with a goodbye is a goodbye, whatever
/// topics it told; one that ends with a topic, or asks, is not.
#[test]
fn a_story_that_asks_nothing_and_ends_with_a_goodbye_is_a_goodbye() {
    for (turns, lang) in [
        (&["Super, nu ved jeg hvad jeg skal gøre med feriepengene og skattekortet. Jeg ringer til Skat i morgen. Hav en god dag!"][..], Da),
        (&["Kindergeld", "Okay, dann schicke ich den Antrag an die Familienkasse und melde mich wieder. Tschüss und bis bald!"][..], De),
        // "weekend" is a context word of other entries: no topic.
        (&["Så er jeg klar. Jeg sender blanketten om min pension til Udbetaling Danmark i næste uge. Farvel og god weekend!"][..], Da),
    ] {
        let o = last(turns);
        assert_eq!(o.event, answered("smalltalk.goodbye", lang), "{turns:?}");
    }
    for (q, id) in [
        ("Jeg ringer til Skat i morgen. Farvel. Hvor meget er befordringsfradraget?", "tax.commuting-deduction-dk"),
        ("Tschüss erstmal. Ich wohne in Flensburg und arbeite in Padborg. Kindergeld", "family.child-benefit-priority"),
    ] {
        assert_ne!(last(&[q]).event, answered("smalltalk.goodbye", if id.starts_with("tax") { Da } else { De }), "{q}");
    }
}

/// A message that opens with thanks and asks nothing is thanks, whatever it
/// tells about what the commuter will do next: the bot once answered "Tak, så
/// ved jeg det. Jeg ringer til Skat i morgen." with the tax answer again, and
/// "Super, danke. Dann rufe ich morgen beim Finanzamt an." with the CPR entry.
/// Opening a message, a thank-you that tells is thanks too; one that asks is not.
#[test]
fn a_message_that_opens_with_thanks_and_asks_nothing_is_thanks() {
    let first = "jeg bor i Flensborg og arbejder i Padborg, hvor betaler jeg skat?";
    for (turns, lang) in [
        (&[first, "Tak, så ved jeg det. Jeg ringer til Skat i morgen."][..], Da),
        (&[first, "tak, så ringer jeg til skat i morgen"][..], Da),
        (&["Wie beantrage ich Kindergeld?", "Super, danke. Dann rufe ich morgen beim Finanzamt an."][..], De),
        (&["Mange tak for svaret. Nu ved jeg, hvad jeg skal sige til min arbejdsgiver om skattekortet."][..], Da),
        (&["Vielen Dank, das hat mir sehr geholfen. Jetzt kann ich die Steuererklärung in Ruhe machen."][..], De),
    ] {
        let o = last(turns);
        assert_eq!(o.event, answered("smalltalk.thanks", lang), "{turns:?}");
    }
    // Asked plainly (a question word first, a question mark): the question counts.
    for turns in [
        &[first, "Tak. Hvornår skal jeg så sende selvangivelsen?"][..],
        &["Danke. Wie hoch ist das Kindergeld"][..],
        &["Wie beantrage ich Kindergeld?", "danke. und muss ich das jedes Jahr machen?"][..],
    ] {
        let o = last(turns);
        assert!(
            matches!(&o.event, Event::Answered { entry, .. } if !entry.as_str().starts_with("smalltalk.")),
            "{turns:?}: {:?}",
            o.event
        );
    }
}

// 7. Language: kept for words of both languages, switched on request, English gets a note.

#[test]
fn words_of_both_languages_keep_the_conversation_language() {
    let o = last(&["Kindergeld", "email?"]);
    assert_eq!((o.lang, o.event.clone()), (De, answered("family.kindergeld-de", De)));
    assert_eq!(text(&o), kb().part("family.kindergeld-de", De, "contact").unwrap());
    for word in ["ok", "A1"] {
        let o = last(&["Wie bekomme ich die gelbe Karte für Dänemark?", word]);
        assert_eq!(o.lang, De, "{word:?}: {:?}", o.event);
    }
    // A full sentence in the other language switches.
    let o = last(&["Kindergeld", "Hvor meget får man i børne- og ungeydelse for en 4-årig?"]);
    assert_eq!(o.event, answered("family.boerne-ungeydelse-dk", Da));
}

#[test]
fn asking_for_the_other_language_resends_the_last_answer() {
    let card_da = "Hvordan får jeg det særlige sundhedskort som grænsependler?";
    let id = "health.special-health-card";
    let cases: &[(&[&str], Lang, Option<&str>)] = &[
        (&[card_da, "auf Deutsch bitte"], De, None),
        (&[card_da, "ich verstehe kein Dänisch"], De, None),
        (&[card_da, "hvor meget koster det?", "auf Deutsch bitte"], De, Some("amount")),
        (&["Wie bekomme ich die gelbe Karte für Dänemark?", "på dansk tak"], Da, None),
    ];
    for &(turns, lang, part) in cases {
        let o = last(turns);
        assert_eq!(o.event, answered(id, lang), "{turns:?}");
        assert_eq!(o.session.lang, Some(lang), "{turns:?}");
        let want = match part {
            Some(p) => kb().part(id, lang, p).unwrap(),
            None => kb().render(id, lang).unwrap(),
        };
        assert_eq!(text(&o), want, "{turns:?}");
    }
}

#[test]
fn english_gets_a_short_english_reply_with_the_language_buttons() {
    for turns in [&["can you speak english?"][..], &["Kindergeld", "can you speak english?"]] {
        let o = last(turns);
        assert_eq!(o.replies[0].text, ui(o.lang, "english"), "{turns:?}");
        assert!(o.replies[0].text.starts_with("Sorry, I only answer in Danish and German"));
        let acts = actions(&o);
        assert!(acts.contains(&Action::SetLang(Da)) && acts.contains(&Action::SetLang(De)), "{turns:?}: {acts:?}");
        assert!(!matches!(o.event, Event::Answered { .. }), "{turns:?}: {:?}", o.event);
    }
    // With the topic choices it would offer.
    let o = last(&["How much Kindergeld do I get?"]);
    assert_eq!(o.replies[0].text, ui(o.lang, "english"));
    assert!(actions(&o).contains(&Action::Entry("family.kindergeld-de".into())), "{:?}", actions(&o));
}

// 8. Out of scope says so, distinct from "I did not understand".

#[test]
fn out_of_scope_is_said_plainly_and_differs_from_the_fallback() {
    for lang in [Da, De] {
        assert_ne!(ui(lang, "out-of-scope"), ui(lang, "fallback"));
    }
    let cases = [
        ("Wie wird das Wetter morgen?", De, "out-of-scope"),
        ("hvordan bliver vejret i morgen", Da, "out-of-scope"),
        ("Erzähl mir einen Witz", De, "out-of-scope"),
        ("Wie beantrage ich den Flibberschein für meinen Zorkel?", De, "fallback"),
        ("hvordan får jeg en blumpeattest til min frakkel", Da, "fallback"),
    ];
    for (q, lang, key) in cases {
        let o = last(&[q]);
        assert_eq!(o.event, Event::FellBack { lang }, "{q:?}");
        assert_eq!(o.replies[0].text, ui(lang, key), "{q:?}");
        assert!(actions(&o).contains(&Action::Advisor), "{q:?}");
    }
}

// 9. Ways to ask for a person.

#[test]
fn asking_for_a_person_gets_the_human_advisor() {
    let cases: &[(&[&str], Lang)] = &[
        (&["kan jeg snakke med en person om det"], Da),
        (&["Rückruf bitte"], De),
        (&["jemanden anrufen"], De),
        (&["mit einem Menschen sprechen"], De),
        (&["Hvordan får jeg det særlige sundhedskort som grænsependler?", "kan jeg snakke med en person om det"], Da),
    ];
    for &(turns, lang) in cases {
        assert_eq!(last(turns).event, answered("service.human-advisor", lang), "{turns:?}");
    }
}

// 10. Sessions stored by the previous version still load.

#[test]
fn sessions_of_the_previous_version_load_with_defaults() {
    let old = r#"{"lang":"de","profile":"DeDk","last_entry":"health.special-health-card","last_lang":"de","pending":["tax.tax-card-dk"],"rated":"tax.tax-card-dk"}"#;
    let s: Session = serde_json::from_str(old).expect("an old session deserialises");
    assert_eq!(s.lang, Some(De));
    assert_eq!(s.profile, Some(Profile::DeDk));
    assert_eq!(s.last_entry.as_deref(), Some("health.special-health-card"));
    assert_eq!(s.pending, vec!["tax.tax-card-dk".to_string()]);
    assert_eq!(s.rated.as_deref(), Some("tax.tax-card-dk"));
    assert_eq!((s.situation, s.last_part.clone()), (Situation::default(), None));
    // An even older one, before ratings, with nulls.
    let older = r#"{"lang":null,"profile":null,"last_entry":null,"last_lang":null,"pending":[]}"#;
    assert_eq!(serde_json::from_str::<Session>(older).unwrap(), Session::default());
    // The conversation goes on where it was.
    let o = handle(kb(), &s, Input::Text("kostet das was?".into()), None);
    assert_eq!(o.event, answered("health.special-health-card", De));
    assert_eq!(o.session.last_part.as_deref(), Some("amount"));
}

// Button numbers that are not there.

#[test]
fn a_button_number_that_is_not_there_says_so() {
    let cases: &[(&[&str], Lang, usize)] = &[(&["7"], Da, 0), (&["Steuer?", "7"], De, 4)];
    for &(turns, lang, pending) in cases {
        let o = last(turns);
        assert_eq!(o.event, Event::Command, "{turns:?}");
        let want = kb().texts.ui_with(lang, "no-such-button", &[("number", "7".to_string())]);
        assert_eq!(text(&o), want, "{turns:?}");
        assert!(record_of("7", &o, today(), &currencies()).is_none(), "{turns:?}");
        assert_eq!(o.session.pending.len(), pending, "{turns:?}: the choices shown stay");
    }
}

// The other side's entry (issue 13, "places decide the side"): the words name
// one side's entry, the commuter's situation the other; `other_side` in the
// knowledge files says which entry answers the same question for the other
// direction.

#[test]
fn the_situation_picks_the_other_sides_entry_of_the_same_question() {
    let cases: &[(&str, &str, &str)] = &[
        ("Jeg bor i Gråsten og pendler til Husum.", "kan jeg trække kørsel fra?", "tax.commuting-deduction-de"),
        ("Jeg bor i Tønder og arbejder i Niebüll", "hvor mange feriedage har jeg?", "work.holiday-de"),
        ("Jeg bor i Haderslev og arbejder i Schleswig", "skal jeg have et skattekort?", "tax.dk-resident-working-de"),
        ("Ich wohne in Leck und arbeite in Tondern.", "Wie viele Urlaubstage habe ich?", "work.holiday-dk"),
        (
            "Ich wohne in Kappeln, arbeite aber in Sonderburg.",
            "Bekomme ich Krankengeld, wenn ich krank werde?",
            "health.sick-pay-dk",
        ),
    ];
    for (story, question, want) in cases {
        let o = last(&[story, question]);
        assert_eq!(first_choice(&o), Some(*want), "{story} / {question}: {:?}", o.event);
        assert!(matches!(o.event, Event::Answered { .. }), "{story} / {question}: {:?}", o.event);
    }
    // Without a situation the words decide, as before.
    assert_eq!(first_choice(&last(&["hvor mange feriedage har jeg?"])), Some("work.holiday-dk"));
}

#[test]
fn a_country_named_in_a_follow_up_goes_to_the_related_entry_for_that_country() {
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "Welches Land zahlt Kindergeld, wenn mein Mann in Dänemark arbeitet?",
                "und wie viel ist es in Dänemark?",
            ],
            "family.boerne-ungeydelse-dk",
        ),
        (
            &["hvilket land betaler børnepenge når man pendler?", "hvor meget får man i Tyskland?"],
            "family.kindergeld-de",
        ),
        (&["Hvor meget er den danske børne- og ungeydelse?", "og i Tyskland?"], "family.kindergeld-de"),
    ];
    for (turns, want) in cases {
        let o = last(turns);
        assert_eq!(first_choice(&o), Some(*want), "{turns:?}: {:?}", o.event);
        assert!(matches!(o.event, Event::Answered { .. }), "{turns:?}: {:?}", o.event);
    }
    // A question of its own that merely names a country is no such follow-up.
    let o = last(&[
        "Wie hoch ist das Arbeitslosengeld in Deutschland?",
        "werden meine Versicherungsjahre in Dänemark angerechnet?",
    ]);
    assert_ne!(first_choice(&o), Some("unemployment.dk-dagpenge"), "{:?}", o.event);
}

#[test]
fn an_article_is_no_pointer_back_when_the_message_names_a_related_entry() {
    // "den danske" is an article, not "it": the Danish benefit the last answer pointed to.
    let o = last(&["hvor meget er tysk Kindergeld?", "og den danske børneydelse?"]);
    assert_eq!(o.event, answered("family.boerne-ungeydelse-dk", Da), "{:?}", o.event);
}

#[test]
fn a_new_situation_with_its_own_question_is_no_follow_up() {
    let o = last(&[
        "Wir ziehen nach Apenrade. Was müssen wir tun?",
        "und unser Auto?",
        "Ich arbeite aber weiter in Husum. Wie werde ich dann besteuert?",
    ]);
    assert_eq!(o.event, answered("tax.dk-resident-working-de", De), "{:?}", o.event);
}

#[test]
fn a_short_follow_up_with_words_of_the_last_answer_stays_with_it() {
    let o = last(&["Wieviel Arbeitslosengeld gibt es in Deutschland?", "und mit Kind?"]);
    assert_eq!(first_choice(&o), Some("unemployment.de-alg"), "{:?}", o.event);
    let o = last(&["Wie bekomme ich MitID als Grenzgänger?", "wo buche ich den Termin?"]);
    assert_eq!(first_choice(&o), Some("registration.mitid-digital-post"), "{:?}", o.event);
    let o = last(&["Wie bekomme ich MitID als Grenzgänger?", "und wo mache ich dafür einen Termin?"]);
    assert_eq!(first_choice(&o), Some("registration.mitid-digital-post"), "{:?}", o.event);
    // An area word alone is a new topic, even when the last answer used it.
    let o = last(&["Wie viel Kindergeld gibt es?", "arbeitslos"]);
    assert_ne!(first_choice(&o), Some("family.kindergeld-de"), "{:?}", o.event);
}

#[test]
fn a_follow_up_naming_a_related_entrys_title_gets_that_entry() {
    let o = last(&[
        "Jeg arbejder hjemme fra Flensborg to dage om ugen, hvor skal den løn beskattes?",
        "hvad så med den sociale sikring?",
    ]);
    assert_eq!(first_choice(&o), Some("homeoffice.social-security"), "{:?}", o.event);
}

#[test]
fn a_reply_that_repeats_a_buttons_words_presses_it() {
    // Choices shown for a broad question; the commuter types most of one label.
    let o = last(&["børnepenge", "hvilket land betaler?"]);
    assert_eq!(o.event, answered("family.child-benefit-priority", Da), "{:?}", o.event);
    // A related entry offered under the last answer.
    let o = last(&["Wie hoch ist das deutsche Arbeitslosengeld?", "und dänische Dagpenge?"]);
    assert_eq!(first_choice(&o), Some("unemployment.dk-dagpenge"), "{:?}", o.event);
}

#[test]
fn a_short_question_whose_only_hint_is_a_context_word_goes_on_with_the_last_answer() {
    let o = last(&["Was ist ATP und bekomme ich das als Grenzgänger?", "ab wann bekommt man die ausgezahlt?"]);
    assert_eq!(first_choice(&o), Some("pension.atp-occupational"), "{:?}", o.event);
}

#[test]
fn a_broad_question_leaning_to_no_one_entry_of_the_side_offers_choices() {
    // "Steuer" fits every tax entry of the side equally: no guess, the side's most asked first.
    let o = last(&["/profil de-dk", "wie läuft das mit der Steuer im Moment?"]);
    assert!(matches!(o.event, Event::Offered { .. }), "{:?}", o.event);
    assert_eq!(first_choice(&o), Some("tax.limited-liability-dk"), "{:?}", o.event);
    // The bare area word: the side's first most-asked entry answers.
    let o = last(&["/profil de-dk", "und die Steuer?"]);
    assert_eq!(o.event, answered("tax.limited-liability-dk", De), "{:?}", o.event);
    // Also when the situation is told in the same message, before the bare question.
    let o = last(&["Ich wohne in Flensburg und arbeite in Padborg. Wie ist das mit der Steuer?"]);
    assert_eq!(o.event, answered("tax.limited-liability-dk", De), "{:?}", o.event);
    // Not when the background says more than the situation.
    let o =
        last(&["Ich wohne in Flensburg und arbeite in Padborg und bekomme eine Rente. Wie ist das mit der Steuer?"]);
    assert!(
        !matches!(o.event, Event::Answered { ref entry, .. } if entry == "tax.limited-liability-dk"),
        "{:?}",
        o.event
    );
}

#[test]
fn a_story_asking_only_how_its_area_goes_answers_the_sides_entry() {
    // The question sentence names the area and nothing else ("how does it go"
    // is no topic); the background's words (a partner's trade, a start date)
    // are the story, not a topic of their own.
    let cases = [
        (
            "Jeg bor i Sønderborg og er startet som elektriker i Flensborg. Min kone er sygeplejerske i Aabenraa. \
             Hvordan fungerer det med skatten?",
            "tax.dk-resident-working-de",
            Da,
        ),
        (
            "Ich wohne in Schafflund, meine Frau ist Lehrerin in Husum, und ich fange im Mai in Tondern an. \
             Wie läuft das dann mit der Steuer?",
            "tax.limited-liability-dk",
            De,
        ),
    ];
    for (story, id, lang) in cases {
        let o = last(&[story]);
        assert_eq!(o.event, answered(id, lang), "{story}: {:?}", o.event);
    }
}

#[test]
fn a_question_naming_an_entry_of_the_choices_area_not_offered_is_that_entry() {
    // Retired: the pension choices are offered (what retirees ask most);
    // asking the pension's tax then is that entry, not the choice whose area
    // word ("Rente") the question shares.
    for (told, asked, lang) in [
        ("Ich bin seit dem Frühjahr in Rente.", "Wo versteuere ich meine Rente jetzt?", De),
        ("Jeg er gået på pension i sommer.", "Hvor bliver min pension beskattet?", Da),
    ] {
        let o = talk(&[told, asked]);
        assert!(
            matches!(&o[0].event, Event::Offered { options, .. } if !options.iter().any(|id| id.as_str() == "pension.taxation")),
            "{told}: {:?}",
            o[0].event
        );
        assert_eq!(o[1].event, answered("pension.taxation", lang), "{asked}: {:?}", o[1].event);
    }
}

#[test]
fn a_follow_up_naming_an_entry_of_its_own_is_that_entry_not_the_areas_pointer() {
    // "cpr" names the registration area, but "eine CPR-Nummer" is an entry of
    // its own, not the registration entry the moving answer pointed to.
    let story = "Wir überlegen nach Dänemark zu ziehen, ich arbeite schon in Tondern";
    let o = last(&[story, "was muss ich machen wenn ich umziehe?", "wie bekomme ich eine cpr nummer"]);
    assert_eq!(o.event, answered("registration.cpr-tax-number", De), "{:?}", o.event);
}

#[test]
fn an_off_topic_question_right_after_an_answer_is_declined_not_that_answers_part() {
    // "was kostet" asks a part (the amount), but of a football ticket: no
    // follow-up to the sick-pay answer.
    let story = "Ich wohne in Flensburg und arbeite in Padborg";
    let o = last(&[
        story,
        "was bekomme ich, wenn ich zwei Wochen krank bin?",
        "was kostet ein Ticket fürs Fußballspiel am Sonntag?",
    ]);
    assert!(matches!(o.event, Event::FellBack { .. }), "{:?}", o.event);
    let o = last(&[story, "was bekomme ich, wenn ich zwei Wochen krank bin?", "wie viel bekomme ich dann?"]);
    assert!(matches!(o.event, Event::Answered { .. }), "{:?}", o.event);
}

#[test]
fn a_country_follow_up_with_a_topic_of_its_own_keeps_that_topics_area() {
    // After the self-employed answer (which points to the Danish tax entry),
    // "wo bin ich versichert, wenn ich in Dänemark arbeite?" names Denmark and
    // social security: a social security answer, not the Danish tax one.
    let o = last(&[
        "Ich habe eine kleine Firma in Husum und bekomme Aufträge aus Tondern",
        "wo bin ich versichert, wenn ich in Dänemark arbeite?",
    ]);
    assert!(
        matches!(o.event, Event::Answered { ref entry, .. } if entry.as_str().starts_with("socsec.")),
        "{:?}",
        o.event
    );
}

#[test]
fn a_deduction_asked_about_the_partner_after_a_health_answer_is_a_tax_question() {
    // "fradrag" names the tax area: about the wife, but no part of the
    // health answer before.
    let o = last(&[
        "Jeg bor i Harreslev og arbejder i Padborg",
        "hvor er min kone sygesikret, hun arbejder ikke?",
        "får jeg fradrag, fordi min kone ikke arbejder?",
    ]);
    assert!(
        matches!(o.event, Event::Answered { ref entry, .. } if entry.as_str().starts_with("tax."))
            || matches!(o.event, Event::Offered { ref options, .. } if options.iter().all(|e| e.as_str().starts_with("tax."))),
        "{:?}",
        o.event
    );
}

#[test]
fn a_place_inside_an_indirect_question_leaves_the_situation_told() {
    // "ob die Firma in Deutschland ... muss" asks whether; it tells nothing
    // of where the commuter works.
    let o = last(&[
        "Ich wohne in Schleswig und arbeite in Aabenraa",
        "wo bin ich sozialversichert?",
        "meine Chefin will wissen, ob die Firma in Deutschland Beiträge abführen muss",
    ]);
    assert_eq!(o.session.situation, situation(Some(Country::De), Some(Country::Dk), None));
}

#[test]
fn a_short_question_right_after_one_areas_choices_takes_the_choice_of_its_area() {
    // The home-office choices are shown; "hvor er jeg socialt sikret?" is
    // their social-security one, and "og skatten?" then the home-office tax.
    let o = talk(&[
        "Jeg bor i Flensborg, mit firma ligger i Aabenraa, og jeg arbejder hjemme tre dage om ugen",
        "hvor er jeg socialt sikret?",
        "og skatten?",
    ]);
    assert!(matches!(o[0].event, Event::Offered { .. }), "{:?}", o[0].event);
    assert_eq!(o[1].event, answered("homeoffice.social-security", Da), "{:?}", o[1].event);
    assert_eq!(o[2].event, answered("homeoffice.tax", Da), "{:?}", o[2].event);
}

/// A follow-up that names an entry by a keyword of its own question keeps
/// it, though a referring word ("den", "min danske") could point back: the
/// entry the last answer pointed to wins only on words the question says too.
/// The bot once answered "hvad er den laveste timeløn i tyskland?" after the
/// German tax answer with the German commuting deduction.
#[test]
fn a_follow_up_naming_its_own_entry_by_keyword_is_not_bent_back_by_a_referring_word() {
    let dk_de = "jeg bor i Sønderborg og har fået fast job i Kiel, skal jeg betale skat i tyskland nu?";
    for (turns, id, lang) in [
        (&[dk_de, "hvad er den laveste timeløn i tyskland?"][..], "work.minimum-wage-de", Da),
        (
            &[dk_de, "kan jeg trække kørslen fra?", "skal lønnen så også på min danske årsopgørelse?"][..],
            "tax.annual-return-dk",
            Da,
        ),
    ] {
        let o = last(turns);
        assert_eq!(o.event, answered(id, lang), "{turns:?}");
    }
}

/// "og skat af den?" right after a pension answer that points to no tax
/// entry: the entry of the same area whose title names the area asked
/// ("Beskatning af pension"), not the general tax entry of the commuter's side.
#[test]
fn an_area_follow_up_takes_the_entry_of_the_last_answers_area_titled_by_it() {
    for (turns, lang) in [
        (
            &[
                "jeg bor i Harreslev og har arbejdet i Padborg i 25 år. hvornår kan jeg gå på pension?",
                "og skat af den?",
            ][..],
            Da,
        ),
        (
            &[
                "Ich wohne in Leck und habe in Tønder gearbeitet. Ab wann kann ich in Rente gehen?",
                "und die Steuer darauf?",
            ][..],
            De,
        ),
    ] {
        let o = last(turns);
        assert_eq!(o.event, answered("pension.taxation", lang), "{turns:?}");
    }
}

/// A job on the side or one of the past, told later in the conversation,
/// does not move the commuter's workplace: "minijob i Flensborg" after
/// "arbejder i Sønderborg" once made the bot answer the next tax question
/// for someone working in Germany.
#[test]
fn a_side_or_past_job_told_later_keeps_the_workplace_told_before() {
    use Country::{De, Dk};
    for (turns, lives, works) in [
        (
            &[
                "Jeg bor i Gråsten og arbejder på sygehuset i Sønderborg",
                "jeg vil gerne have et minijob i Flensborg i weekenderne, må jeg det?",
            ][..],
            Dk,
            Dk,
        ),
        (
            &[
                "bor i tønder, arbejder på et plejehjem i niebüll",
                "jeg har stadig feriepenge til gode fra mit gamle job i Løgumkloster, hvor skal de beskattes?",
            ][..],
            Dk,
            De,
        ),
        (
            &[
                "Ich wohne in Flensburg und arbeite in Padborg",
                "früher habe ich in Husum gearbeitet, zählt das für die Rente?",
            ][..],
            De,
            Dk,
        ),
        // The job one comes from ("fra det danske job") is no workplace now.
        (
            &["Jeg bor i Harreslev og arbejder i Husum", "kan jeg få mine feriepenge fra det danske job udbetalt?"][..],
            De,
            De,
        ),
    ] {
        let o = talk(turns);
        assert_eq!(o[1].session.situation, situation(Some(lives), Some(works), None), "{turns:?}");
    }
    // A new main job still does.
    let o = talk(&["Jeg bor i Gråsten og arbejder i Sønderborg", "nu har jeg fået nyt job i Flensborg"]);
    assert_eq!(o[1].session.situation, situation(Some(Dk), Some(De), None));
}

/// A follow-up whose best entry says by its `not` words that it is not for
/// the topic the last answer was about ("selbstständig" for the general
/// social-security entry, right after the self-employed answer) stays with
/// that answer: the commuter is still the self-employed one.
#[test]
fn a_follow_up_whose_entry_excludes_the_last_answers_topic_stays_with_it() {
    for (turns, id, lang) in [
        (
            &["Ich habe eine eigene Firma in Husum und mache Aufträge in Dänemark", "und wo bin ich sozialversichert?"]
                [..],
            "socsec.self-employed",
            De,
        ),
        (
            &["jeg har mit eget firma i Aabenraa og får opgaver i Tyskland", "hvor er jeg så socialt sikret?"][..],
            "socsec.self-employed",
            Da,
        ),
    ] {
        let o = talk(turns);
        assert_eq!(o[0].event, answered(id, lang), "{turns:?}");
        assert_eq!(o[1].event, answered(id, lang), "{turns:?}");
    }
    // Without the self-employed answer before, the general entry answers.
    let o = last(&["Ich wohne in Flensburg und arbeite in Padborg", "und wo bin ich sozialversichert?"]);
    assert_eq!(o.event, answered("socsec.applicable-law", De));
}

/// Something the bot does not cover, asked right after an answer, is no
/// follow-up: "kennst du einen guten Zahnarzt?" after sick pay ("arzt" is a
/// word of that entry's background, the message alone does not point at it),
/// "hvad koster en karton smøger?" after what the bot can do (a part that
/// answer does not have, asked of things of its own). A follow-up that goes
/// on ("und wie lange vorher ...?") still gets the last answer.
#[test]
fn an_unrelated_question_after_an_answer_is_not_carried_to_it() {
    let sick = ["Ich wohne in Harrislee und arbeite in Padborg", "ich bin krankgeschrieben, wer zahlt meinen Lohn?"];
    assert_eq!(last(&sick).event, answered("health.sick-pay-dk", De));
    let o = last(&[sick[0], sick[1], "kennst du einen guten Zahnarzt in Flensburg"]);
    assert!(!matches!(o.event, Event::Answered { .. }), "{:?}", o.event);
    let o = last(&["hvad kan du egentlig hjælpe med?", "hvad koster en karton smøger i Tyskland?"]);
    assert!(!matches!(o.event, Event::Answered { .. }), "{:?}", o.event);
    // A club's match, a pram's price, where to eat: short questions that name
    // nothing of the base, right after an answer (dialogue.toml `offtopic`).
    // And short questions with a word the base never uses and none the last
    // answer used ("Kanu", "juletræ"), with no list of such words at all.
    for turn in [
        "wann spielt der HSV am Sonntag?",
        "hvad koster en klapvogn i Flensborg?",
        "wo gibt es hier gute Fischbrötchen?",
        "wo kann ich in Flensburg ein Kanu mieten?",
        "hvor kan jeg købe et juletræ i Padborg?",
    ] {
        let o = last(&[sick[0], sick[1], turn]);
        assert!(!matches!(o.event, Event::Answered { .. }), "{turn:?}: {:?}", o.event);
    }
    let o = last(&[
        "Wir denken darüber nach, nach Dänemark zu ziehen. Ich arbeite in Sonderburg, was muss ich dann machen?",
        "und wie lange vorher muss ich mich melden?",
    ]);
    assert_eq!(o.event, answered("registration.move-to-dk", De));
}

#[test]
fn a_country_named_against_the_commuters_side_is_asked_back() {
    // "i Danmark" may ask Denmark's rules or tell where something happens
    // ("jeg er syg i Danmark"): against the side told before, both are offered.
    let dk_de = "jeg bor i Padborg og arbejder i Flensborg";
    let de_dk = "Ich wohne in Flensburg und arbeite in Padborg";
    for (turns, pair) in [
        ([dk_de, "hvor mange feriedage har man i danmark?"], ["work.holiday-de", "work.holiday-dk"]),
        ([dk_de, "hvad får man i sygedagpenge i danmark?"], ["health.sick-pay-de", "health.sick-pay-dk"]),
        ([de_dk, "ich bin in Deutschland krankgeschrieben, wer zahlt?"], ["health.sick-pay-dk", "health.sick-pay-de"]),
    ] {
        let o = last(&turns);
        let Event::Offered { options, .. } = &o.event else { panic!("{turns:?}: {:?}", o.event) };
        let options: Vec<&str> = options.iter().map(EntryId::as_str).collect();
        assert_eq!(options, pair, "{turns:?}");
    }
    // Without a country named, or naming the commuter's own side, the side told decides ...
    for (turns, want, lang) in [
        ([dk_de, "hvor mange feriedage har jeg?"], "work.holiday-de", Da),
        ([dk_de, "hvor mange feriedage har man i tyskland?"], "work.holiday-de", Da),
        ([de_dk, "wie viel Urlaub habe ich?"], "work.holiday-dk", De),
        // ... and so it does for entries whose rule follows the commuter's
        // situation (tax): the country named is that country's tax of the commuter.
        ([dk_de, "skal jeg betale skat i danmark?"], "tax.dk-resident-working-de", Da),
    ] {
        assert_eq!(last(&turns).event, answered(want, lang), "{turns:?}");
    }
    // A message that tells its own situation is read as told.
    let o = last(&["jeg bor i Padborg og arbejder i Flensborg, hvor mange feriedage har jeg i forhold til i danmark?"]);
    assert_eq!(o.event, answered("work.holiday-de", Da));
}

#[test]
fn a_part_asked_with_a_word_of_the_last_answers_area_stays_with_it() {
    // "Kind"/"barn" is a word of the family area: once it took the follow-up
    // to the area's choices, although the last answer has the amount.
    let o = last(&["kindergeld beantragen wo", "wieviel gibts pro kind"]);
    assert_eq!(o.event, answered("family.kindergeld-de", De));
    let o = last(&["hvordan søger jeg børne- og ungeydelse?", "hvor meget får man pr. barn?"]);
    assert_eq!(o.event, answered("family.boerne-ungeydelse-dk", Da));
    // A part the last answer lacks is not forced on it ("wie viel" after
    // which country pays goes to the benefit's amount, as before).
    let o = last(&[
        "welches land zahlt das kindergeld, wenn meine frau in dänemark arbeitet?",
        "wie viel gibt es pro Kind?",
    ]);
    assert_ne!(o.event, answered("family.child-benefit-priority", De));
}

#[test]
fn a_part_asked_after_choices_takes_the_entry_of_the_country_that_decides() {
    // The unemployment choices, then where one lives, then "how much": the
    // residence country pays a frontier worker's full unemployment
    // (dialogue.toml `by_country`), not the entry "wie viel" is a context word of.
    let o = last(&["arbeitslos", "ich wohne in Dänemark", "wie viel krieg ich"]);
    assert_eq!(o.event, answered("unemployment.dk-dagpenge", De));
}

#[test]
fn a_german_pronoun_before_a_preposition_points_back() {
    // "die" before "in" is no article: "wird die in Dänemark besteuert?" after
    // the answer on applying for the pension asks about that pension's tax.
    let story = "Ich wohne in Husum und war 30 Jahre bei einer Firma in Tønder";
    let o = last(&[story, "wo beantrage ich meine Rente?", "wird die auch in Dänemark versteuert?"]);
    assert_eq!(o.event, answered("pension.taxation", De));
    // Nor right before the verb that ends the question.
    let o = last(&[story, "wo beantrage ich meine Rente?", "wo muss ich die versteuern?"]);
    assert_eq!(o.event, answered("pension.taxation", De));
}

#[test]
fn a_pointer_does_not_lead_away_from_the_country_the_message_names() {
    // The A-kasse answer points to the Danish dagpenge; a question that names
    // Germany's unemployment money is the German ALG all the same.
    let story = "Mir wurde in Sonderburg gekündigt, ich wohne in Harrislee";
    let o = last(&[story, "brauche ich eine A-Kasse?", "und wie hoch ist das Arbeitslosengeld in Deutschland?"]);
    assert_eq!(o.event, answered("unemployment.de-alg", De));
}

#[test]
fn holiday_left_behind_by_a_job_moved_across_the_border_is_the_holiday_of_the_move() {
    // Told once, the move decides later questions about the holiday of the
    // country left behind, in both languages.
    let moved = "Ich wohne in Schafflund. Vorher habe ich bei einer Firma in Tondern gearbeitet, jetzt arbeite ich in Flensburg.";
    let o = last(&[moved, "bekomme ich meine Feriepenge noch?"]);
    assert_eq!(o.event, answered("work.holiday-pay-moved", De));
    let before = "jeg bor i Padborg og arbejdede før i Flensborg, nu arbejder jeg i Aabenraa";
    let o = last(&[before, "hvad sker der med min tyske ferie?"]);
    assert_eq!(o.event, answered("work.holiday-pay-moved", Da));
    assert_eq!(o.session.moved_from, Some(Country::De));
    // The holiday of the new job is that country's.
    let o = last(&[before, "hvor mange feriedage har jeg i Danmark?"]);
    assert_eq!(o.event, answered("work.holiday-dk", Da));
    // A past job on the same side is no move: the holiday of that side.
    let o = last(&[
        "Ich wohne in Schafflund und arbeite in Tondern, vorher war ich in Aabenraa",
        "bekomme ich meine Feriepenge?",
    ]);
    assert_eq!(o.event, answered("work.holiday-dk", De));
}

#[test]
fn a_part_the_last_answer_lacks_goes_back_to_the_answer_that_pointed_to_it() {
    // The minijob answer points to the A1 certificate; "how much may I earn?"
    // right after the A1 answer (which has no amount) is the minijob's amount.
    let story = "Ich wohne in Sonderburg und habe dort eine Vollzeitstelle, samstags will ich in Harrislee einen Minijob anfangen";
    let turns = [
        story,
        "ist das erlaubt?",
        "brauche ich dafür eine A1-Bescheinigung?",
        "und wie viel darf ich dabei verdienen?",
    ];
    let o = last(&turns);
    assert_eq!(o.event, answered("work.side-job-minijob", De));
    assert_eq!(o.session.last_part.as_deref(), Some("amount"));
}

#[test]
fn a_topic_brought_up_by_its_title_after_an_answer_that_mentions_it_is_that_topic() {
    // The limited-tax-liability answer says how to apply for the tax card;
    // "og hvor søger jeg så et skattekort?" brings up the tax card as new,
    // by its entry's title after an indefinite article: that entry, not the
    // last answer's apply part.
    let story = "Jeg bor i Flensborg og starter på et nyt job i Padborg, hvordan skal jeg betale skat?";
    let o = last(&[story, "og hvor søger jeg så et skattekort?"]);
    assert_eq!(o.event, answered("tax.tax-card-dk", Da));
    let story = "Ich wohne in Flensburg und fange in Padborg an, wie werde ich besteuert?";
    let o = last(&[story, "und wie beantrage ich eine Steuerkarte?"]);
    assert_eq!(o.event, answered("tax.tax-card-dk", De));
    // The definite form points back to the thing the answer named: its part.
    let o = last(&[story, "und wie beantrage ich die Steuerkarte?"]);
    assert_eq!(o.event, answered("tax.limited-liability-dk", De));
}

#[test]
fn a_workplace_across_the_border_told_in_a_later_message_is_a_job_move() {
    let o = last(&[
        "Ich wohne in Harrislee und arbeite in Tondern",
        "ab März arbeite ich bei einer Firma in Husum",
        "was passiert mit meinen Feriepenge?",
    ]);
    assert_eq!(o.event, answered("work.holiday-pay-moved", De));
    assert_eq!(o.session.moved_from, Some(Country::Dk));
    // The holiday "vom dänischen Job" is the job left, no new workplace; the
    // choices between the Danish holiday and the move's are that one entry.
    let o = last(&[
        "Ich wohne in Harrislee und arbeite in Tondern",
        "ab März arbeite ich bei einer Firma in Husum",
        "was ist mit meinen Feriepenge vom dänischen Job?",
    ]);
    assert_eq!(o.event, answered("work.holiday-pay-moved", De));
    // Home and workplace told again the other way round is a correction, no move.
    let o = last(&[
        "Ich wohne in Harrislee und arbeite in Tondern",
        "nein, andersrum: ich wohne in Tondern und arbeite in Harrislee",
    ]);
    assert_eq!(o.session.moved_from, None);
    // The holiday asked with a place of the job left ("fra Tønder") is the
    // move's, even when the word asks the holiday of the new job's country.
    let o = last(&[
        "Ich wohne in Harrislee und arbeite in Tondern",
        "ab März arbeite ich bei einer Firma in Husum",
        "was wird aus meinen Urlaubstagen in Tondern?",
    ]);
    assert_eq!(o.event, answered("work.holiday-pay-moved", De));
    // A place of the new job is no question about the move.
    let o = last(&[
        "Ich wohne in Harrislee und arbeite in Tondern",
        "ab März arbeite ich bei einer Firma in Husum",
        "wie viele Urlaubstage habe ich in Husum?",
    ]);
    assert_ne!(o.event, answered("work.holiday-pay-moved", De));
}

#[test]
fn a_job_told_in_the_perfect_tense_beside_a_new_one_is_the_job_left() {
    // "har arbejdet i Aabenraa, men nu har jeg fået et job i Harrislee": the
    // perfect is the job left when a present one is told; the holiday of the
    // job left (ruled out by the new job's side) is the move's.
    let story = "Jeg bor i Kollund. Jeg har arbejdet i Aabenraa i fem år, men nu har jeg fået et job i Harrislee.";
    let o = last(&[story, "hvad med mine feriepenge?"]);
    assert_eq!(o.session.moved_from, Some(Country::Dk));
    assert_eq!(o.event, answered("work.holiday-pay-moved", Da));
    // The German perfect at the end of its clause, the new job told later.
    let o = last(&[
        "Ich wohne in Handewitt und habe bisher in Sonderburg gearbeitet",
        "ab Januar bin ich bei einer Firma in Schleswig",
        "was wird aus meinen Feriepenge?",
    ]);
    assert_eq!(o.event, answered("work.holiday-pay-moved", De));
    // Alone, the perfect is where one works still.
    let o = last(&["Jeg bor i Kollund og har arbejdet i Flensborg i fem år"]);
    assert_eq!(o.session.situation.works, Some(Country::De));
}

#[test]
fn retirement_told_before_makes_health_and_tax_questions_a_retirees() {
    // Retirement told in one message decides the health and tax questions
    // after it (`[retired]` in dialogue.toml): the pensioner's cover, the
    // pension's tax, not the worker's entries of the situation's side.
    let story = "Jeg bor i Padborg og har arbejdet i Flensborg hele livet. Nu er jeg gået på pension.";
    let o = last(&[story, "hvor er jeg sygesikret nu?"]);
    assert_eq!(o.event, answered("health.pensioner-cover", Da));
    assert_eq!(o.session.statuses, ["retired"]);
    let story = "Ich wohne in Harrislee und war in Tingleff angestellt. Seit dem Sommer bin ich Rentner.";
    let o = last(&[story, "Und wo zahle ich jetzt Steuern?"]);
    assert_eq!(o.event, answered("pension.taxation", De));
    // Supposed, it answers that question only: the tax asked next is the worker's.
    let turns = [
        "Jeg bor i Bov og arbejder i Handewitt.",
        "hvad når jeg går på pension, hvor er jeg så sygesikret?",
        "hvor betaler jeg skat?",
    ];
    let all = talk(&turns);
    assert_eq!(all[1].event, answered("health.pensioner-cover", Da));
    assert_eq!(all[2].event, answered("tax.dk-resident-working-de", Da));
    assert!(all[2].session.statuses.is_empty());
    // Told of the partner, it is not the commuter's.
    let o = last(&["Jeg bor i Bov og arbejder i Handewitt. Min mand er gået på pension."]);
    assert!(o.session.statuses.is_empty());
}

#[test]
fn a_cross_border_commuter_asking_a_benefit_by_its_everyday_name_gets_which_country_pays() {
    // "børnepenge" names no country: with home and job on two sides, the
    // entry that says which country pays answers, not choices among the
    // countries' entries; without a situation the bot still asks which.
    let o = last(&["Jeg bor i Sønderborg og arbejder i Husum. Vi har tvillinger. Hvad med børnepenge?"]);
    assert_eq!(o.event, answered("family.child-benefit-priority", Da));
    let o = last(&["Hvad med børnepenge?"]);
    assert!(matches!(o.event, Event::Offered { .. }), "{:?}", o.event);
}

#[test]
fn a_retirement_planned_and_told_holds_for_the_questions_after_it() {
    // "Om et halvt år går jeg på pension." tells a plan, asks nothing: the
    // health and tax questions after it are about the time after work.
    let story = "Jeg bor i Rødekro og kører til Schleswig hver dag. Om et halvt år går jeg på pension.";
    let o = last(&[story, "hvad så med min sygesikring?"]);
    assert_eq!(o.event, answered("health.pensioner-cover", Da));
    assert_eq!(o.session.statuses, ["retired"]);
    let all = talk(&[
        "Ich wohne in Kappeln und arbeite in Sønderborg.",
        "Nächstes Jahr gehe ich in Rente.",
        "Wo bin ich dann krankenversichert?",
    ]);
    assert_eq!(all[2].event, answered("health.pensioner-cover", De));
    // Asked in the same sentence, it still holds for that question only.
    let all =
        talk(&["Jeg bor i Bov og arbejder i Handewitt.", "hvornår kan jeg gå på pension?", "hvor betaler jeg skat?"]);
    assert!(all[2].session.statuses.is_empty());
}

#[test]
fn a_posting_told_before_makes_tax_and_social_security_questions_a_posted_workers() {
    // Sent abroad for some months by the employer at home (`[status.posted]`):
    // the tax treaty's 183 days and the A1 certificate answer, not the
    // entries of a commuter with a job across the border.
    let story = "Ich bin Monteur und werde von meinem Arbeitgeber in Husum für fünf Monate nach Esbjerg entsandt.";
    let all = talk(&[story, "Wo bin ich dann sozialversichert?", "und die Steuern?"]);
    assert_eq!(all[1].event, answered("socsec.a1-certificate", De));
    assert_eq!(all[2].event, answered("tax.dba-dk-de", De));
    let story = "Jeg bor i Haderslev, og mit firma sender mig til en byggeplads i Kiel i et halvt år.";
    let o = last(&[story, "hvor skal jeg betale skat af lønnen?"]);
    assert_eq!(o.event, answered("tax.dba-dk-de", Da));
    assert_eq!(o.session.statuses, ["posted"]);
}

#[test]
fn the_pension_age_points_to_the_pensions_tax() {
    // "den" after the answer on when the German pension starts is that
    // pension: its tax, not the tax on wages (pension.toml `related`).
    let o = last(&[
        "Jeg bor i Padborg og har arbejdet mange år i Flensborg",
        "hvornår kan jeg få min tyske rente?",
        "og hvordan bliver den beskattet?",
    ]);
    assert_eq!(o.event, answered("pension.taxation", Da));
}

#[test]
fn danish_de_between_verb_and_participle_points_back() {
    // "skal de beskattes?" after the occupational pension's payout: "de" is
    // the pension money (dialogue.toml `[refers_in]`), so its tax, not wages'.
    let o = last(&[
        "Jeg bor i Harrislee og har sparet op i en dansk pensionskasse",
        "hvornår kan jeg få pengene udbetalt?",
        "skal de beskattes i Tyskland?",
    ]);
    assert_eq!(o.event, answered("pension.taxation", Da));
}

#[test]
fn a_situation_corrected_right_after_an_answer_gets_the_answer_for_the_other_side() {
    // "falsch herum" told with nothing else asked: the question just answered,
    // answered again for the corrected side (the entry's `other_side`).
    let o = last(&[
        "Ich wohne in Dänemark und arbeite in Deutschland. Wo zahle ich Steuern?",
        "Moment, falsch herum: ich wohne in Deutschland und arbeite in Dänemark",
    ]);
    assert_eq!(o.event, answered("tax.limited-liability-dk", De));
    // The note that says the change back comes first, then the answer.
    let title = kb().title("tax.limited-liability-dk", De);
    let answered_at = o.replies.iter().position(|r| r.title.as_deref() == Some(title.as_str()));
    assert!(answered_at.is_some_and(|at| at > 0), "{}", text(&o));
    let holiday = ["jeg bor i Kruså og arbejder i Flensborg", "hvor mange feriedage har jeg?"];
    let o = last(&[holiday[0], holiday[1], "nej vent, jeg bor i Harreslev og arbejder i Padborg"]);
    assert_eq!(o.event, answered("work.holiday-dk", Da));
    // Told the same way again, the answer's side is still right: nothing to redo.
    let o = last(&[holiday[0], holiday[1], "jeg bor i Padborg og arbejder i Flensborg"]);
    assert_ne!(o.event, answered("work.holiday-dk", Da));
}

#[test]
fn a_part_asked_of_something_the_base_never_names_is_not_the_last_answers() {
    // "wie hoch ...?" asks the amount part, which the Kindergeld answer has;
    // but "Hundesteuer" is a word no entry uses and the answer does not
    // either: declined as the question alone is, not the Kindergeld again.
    let kindergeld = "Ich wohne in Flensburg und arbeite in Padborg. Wie viel Kindergeld bekomme ich?";
    let o = last(&[kindergeld, "Wie hoch ist die Hundesteuer in Schleswig?"]);
    assert!(!matches!(o.event, Event::Answered { .. }), "{:?}", o.event);
    let o = last(&[kindergeld, "hvor meget koster en parkeringsbillet i Aabenraa?"]);
    assert!(!matches!(o.event, Event::Answered { .. }), "{:?}", o.event);
    // A part asked with the answer's own words stays with it.
    let o = last(&[kindergeld, "und wie viel gibt es pro Kind?"]);
    assert_eq!(o.event, answered("family.kindergeld-de", De));
}

#[test]
fn asking_for_a_recommendation_is_declined_unless_it_asks_whom_to_turn_to() {
    // "kender du et godt sygehus i Tønder?" right after an answer about an
    // accident at work: the bot is no directory, so no follow-up to the
    // accident; a recommendation of an adviser is what the service entries answer.
    let story = "Jeg bor i Flensborg og arbejder i Tønder som tømrer";
    let fell = "jeg faldt ned fra et stillads på arbejdet, hvem betaler?";
    for asked in ["kender du et godt sygehus i Tønder?", "kender du en god bank i Tønder?"] {
        let o = last(&[story, fell, asked]);
        assert!(!matches!(o.event, Event::Answered { .. }), "{asked}: {:?}", o.event);
    }
    let o = last(&["Kennst du einen guten Steuerberater in Flensburg?"]);
    assert_eq!(o.event, answered("service.scope-limits", De), "{:?}", o.event);
    let o = last(&["Kennen Sie eine gute Beratungsstelle für Grenzpendler?"]);
    assert_eq!(o.event, answered("service.regionskontor", De), "{:?}", o.event);
}

#[test]
fn childcare_places_are_out_of_scope_also_right_after_a_family_answer() {
    // The municipality's childcare is no entry's: no follow-up to the child
    // benefit, and a pedagogue's job in a Kita is still a tax story.
    let story = "Ich wohne in Leck und arbeite in Tønder. Wer zahlt das Kindergeld?";
    for asked in ["Gibt es in Leck freie Krippenplätze?", "og hvor lang ventetid er der på en vuggestueplads i Tønder?"]
    {
        let o = last(&[story, asked]);
        assert!(!matches!(o.event, Event::Answered { .. }), "{asked}: {:?}", o.event);
    }
    let o =
        last(&["Ich arbeite als Erzieherin in einer Kita in Sønderborg und wohne in Flensburg. Wo zahle ich Steuern?"]);
    assert!(matches!(o.event, Event::Answered { .. }), "{:?}", o.event);
}

#[test]
fn the_price_of_everyday_things_is_no_follow_up() {
    // "hvad koster det?" goes on with the last answer's amount; the price of a
    // dental cleaning or where to buy work clothes is nothing the bot answers.
    for (story, sick, asked) in [
        (
            "Jeg bor i Bov og arbejder i Harrislee.",
            "hvem betaler, når jeg er syg?",
            "hvad koster en tandrens hos en tysk tandlæge?",
        ),
        (
            "Ich wohne in Harrislee und arbeite in Padborg.",
            "Wer zahlt, wenn ich krank bin?",
            "wo kaufe ich günstige Arbeitsklamotten?",
        ),
    ] {
        let o = last(&[story, sick, asked]);
        assert!(!matches!(o.event, Event::Answered { .. }), "{asked}: {:?}", o.event);
    }
}

#[test]
fn a_follow_up_never_points_to_the_benefit_of_the_country_that_does_not_pay() {
    // The A-kasse answer points to the Danish dagpenge; for a commuter living
    // in Germany the country of residence pays when the job is lost
    // (`by_country` of full unemployment: decides = "lives"), so the amount
    // asked next is the German Arbeitslosengeld, as the question alone says.
    let turns = [
        "Ich wohne in Schafflund und arbeite in Tinglev. Ich habe meine Stelle verloren.",
        "Muss ich in die A-Kasse?",
        "und wie hoch ist das Arbeitslosengeld?",
    ];
    assert_eq!(last(&turns).event, answered("unemployment.de-alg", De));
}

#[test]
fn an_injury_at_a_workplace_is_a_work_accident() {
    // "verletzen" beside a workplace, like "Unfall": the accident insurance,
    // also in a self-employed painter's story.
    let q = "Ich bin selbstständiger Maler aus Medelby. Und wenn ich mich auf einer Baustelle in Kolding verletze?";
    assert_eq!(last(&[q]).event, answered("socsec.work-accident", De));
}

#[test]
fn when_asked_after_the_state_pension_is_the_pension_age() {
    // "ab wann?" after how the Danish state pension is earned: that answer has
    // no part on when; the entry it points to whose title asks it does.
    let o = last(&["bekomme ich später dänische Volksrente? ich arbeite seit 1998 in Padborg", "ab wann?"]);
    assert_eq!(o.event, answered("pension.pension-age", De));
    let o = last(&["får jeg folkepension fra Danmark, når jeg har arbejdet i Tønder i 20 år?", "fra hvornår?"]);
    assert_eq!(o.event, answered("pension.pension-age", Da));
}

#[test]
fn a_pointing_word_never_leads_to_the_entry_for_the_other_direction() {
    // The bus answer points to the commuting deductions of both sides; "så"
    // points back, but someone living in Denmark and working in Germany gets
    // the German one, as the question alone would.
    let story = "Jeg bor i Kruså og arbejder i Harrislee";
    let bus = "kører der en bus fra Kruså til Harrislee?";
    for asked in [
        "kan jeg så få kørselsfradrag, når jeg tager toget?",
        "får jeg så fradrag for kørslen, selv om jeg kører med bus?",
    ] {
        let o = last(&[story, bus, asked]);
        assert_eq!(o.event, answered("tax.commuting-deduction-de", Da), "{asked}: {:?}", o.event);
    }
}

#[test]
fn a_situation_told_right_after_an_answer_that_fits_it_gets_that_answer_again() {
    // The commuter answers the question the answer raised (is this me?) by
    // telling where they live and work: the answer fits that side, so it is
    // given again after the note, instead of a list of other topics.
    let asked = "Wer zahlt meinen Lohn, wenn ich krank bin?";
    let first = last(&[asked]);
    assert_eq!(first.event, answered("health.sick-pay-dk", De));
    let o = last(&[asked, "Ich wohne in Harrislee und arbeite in Kruså."]);
    assert_eq!(o.event, answered("health.sick-pay-dk", De));
    assert!(text(&o).contains(&said(De, "de", "dk")), "{}", text(&o));
    // Told without an answer before it, the situation alone is noted as before.
    assert!(!matches!(last(&["Ich wohne in Harrislee und arbeite in Kruså."]).event, Event::Answered { .. }));
}

#[test]
fn a_partner_named_by_a_pronoun_after_the_partners_job_was_told_is_asked_about_on_the_partners_side() {
    // The partner's job was told in the story, not in a question about the
    // partner: "hun" in a later question still means the partner, whose
    // Danish job takes the Danish leave (the commuter works in Germany).
    let story = "Vi bor i Kruså, og jeg arbejder i Flensborg. Min kone arbejder på et plejehjem i Aabenraa.";
    let o = last(&[story, "hvor lang barsel kan hun få?"]);
    assert_eq!(o.event, answered("family.parental-leave-dk", Da));
    // The commuter asking for themself stays on their own side.
    let o = last(&[story, "hvor lang barsel kan jeg få?"]);
    assert_ne!(o.event, answered("family.parental-leave-dk", Da));
    // A part asked of the last answer about the partner stays with that answer.
    let o = last(&[
        "Min mand har arbejdet i Husum i mange år, vi bor i Tønder. Han er syg og kommer nok ikke tilbage.",
        "Kan han få førtidspension?",
        "hvor søger han?",
    ]);
    assert_eq!(o.event, answered("pension.disability", Da));
}

#[test]
fn the_leave_asked_by_someone_working_in_germany_is_the_elterngeld() {
    // "barsel" names the Danish leave; living in Denmark and working in
    // Germany, its `other_side` is the German Elterngeld (an entry of no
    // direction with Germany's country rules), not "I cannot answer".
    let o = last(&["Jeg bor i Bov og arbejder i Harrislee.", "Min kone venter vores første barn. Får jeg barsel?"]);
    assert_eq!(o.event, answered("family.elterngeld-de", Da));
    let o = last(&["Ich wohne in Tondern und arbeite in Niebüll. Wie lange habe ich Barsel?"]);
    assert_eq!(o.event, answered("family.elterngeld-de", De));
}

#[test]
fn how_much_child_benefit_after_who_pays_comes_from_the_country_the_family_rule_names() {
    // `decides = "family"`: the partner works in the home country, so that
    // country pays first; else, and with the partner's job unknown, the
    // country the commuter works in.
    let who = "Wer zahlt das Kindergeld für unseren Sohn?";
    let story = "Wir wohnen in Harrislee, ich arbeite in Padborg und meine Frau arbeitet in Flensburg.";
    let o = last(&[story, who, "und wie viel ist das?"]);
    assert_eq!(o.event, answered("family.kindergeld-de", De));
    let story = "Wir wohnen in Harrislee, ich arbeite in Padborg und meine Frau arbeitet auch in Padborg.";
    let o = last(&[story, who, "und wie viel ist das?"]);
    assert_eq!(o.event, answered("family.boerne-ungeydelse-dk", De));
    let o = last(&["Ich wohne in Harrislee und arbeite in Padborg.", who, "und wie viel ist das?"]);
    assert_eq!(o.event, answered("family.boerne-ungeydelse-dk", De));
}

#[test]
fn what_the_employer_must_do_after_a_home_office_story_is_the_employers_duties() {
    // The employer's side of working from home across the border: its
    // registration and contributions, not the worker's home-office choices again.
    for (story, asked, lang) in [
        (
            "Ich wohne in Schleswig und arbeite für eine Firma in Kolding, seit Kurzem zwei Tage die Woche im Homeoffice.",
            "was muss mein Arbeitgeber jetzt tun?",
            De,
        ),
        (
            "Jeg bor i Kollund og arbejder hjemme to dage om ugen for en virksomhed i Flensborg.",
            "hvad skal min arbejdsgiver så gøre?",
            Da,
        ),
    ] {
        assert_eq!(last(&[story, asked]).event, answered("socsec.employer-abroad", lang), "{asked}");
    }
}

#[test]
fn a_due_date_is_no_appointment_with_the_office() {
    // "termin" beside a pregnancy is the baby's due date, not the office's hours.
    for (told, lang) in
        [("Min kone er gravid, termin i juni.", Da), ("Meine Freundin ist schwanger, Termin im Juni.", De)]
    {
        let o = last(&[told]);
        assert_ne!(o.event, answered("service.contact-hours", lang), "{told}");
    }
}

#[test]
fn hours_cut_to_a_number_and_the_unemployment_insurance_of_a_danish_job() {
    // "auf 28 Stunden runtersetzen": the hours cut, the short-time question.
    let cut =
        "Ich arbeite in einer Gärtnerei in Tondern und wohne in Leck. Der Chef will uns auf 28 Stunden runtersetzen.";
    assert_eq!(last(&[cut]).event, answered("unemployment.partial-short-time", De));
    // "Arbeitslosenversicherung" working in Denmark is no longer the German
    // Arbeitslosengeld alone: the A-kasse comes first among the choices.
    let o = last(&["Ich wohne in Schafflund und arbeite in Tinglev. Brauche ich eine Arbeitslosenversicherung?"]);
    assert_eq!(first_choice(&o), Some("unemployment.akasse-membership"), "{:?}", o.event);
}

#[test]
fn the_partner_working_in_the_other_country_gets_that_countrys_leave() {
    // After one country's parental leave, the partner whose job is in the
    // other country gets that country's leave (the related entry of the
    // same area with that country's rules), not the commuter's again.
    let o = last(&[
        "Ich wohne in Harrislee und arbeite in Padborg.",
        "Wie lange habe ich Barsel?",
        "und meine Frau? sie arbeitet in Flensburg",
    ]);
    assert_eq!(o.event, answered("family.elterngeld-de", De));
    let o = last(&[
        "Jeg bor i Padborg og arbejder i Flensborg.",
        "Kan jeg få Elterngeld?",
        "og min kone? hun arbejder i Sønderborg",
    ]);
    assert_eq!(o.event, answered("family.parental-leave-dk", Da));
    let o = last(&[
        "Jeg bor i Padborg og arbejder i Flensborg.",
        "Kan jeg få Elterngeld?",
        "og hun? hun er ansat i Brugsen i Kruså",
    ]);
    assert_eq!(o.event, answered("family.parental-leave-dk", Da));
}

#[test]
fn a_workplace_named_by_its_trade_closing_is_unemployment() {
    // "die Bäckerei macht dicht", like "die Firma macht dicht": the job is
    // lost, the question of who pays, not the A-kasse answer again.
    let o = last(&[
        "Ich wohne in Leck und arbeite in einer Bäckerei in Tønder. Muss ich in die A-Kasse?",
        "Und wenn die Bäckerei ganz dicht macht?",
    ]);
    assert_eq!(o.event, answered("unemployment.full-unemployment", De));
}

#[test]
fn a_soenderjysk_i_getting_hurt_on_the_way_is_a_work_accident() {
    // Sønderjysk "a" (jeg) before "kommer til skade", as "jeg kommer til skade".
    let o = last(&["Jeg bor i Tinglev og arbejder i Harrislee.", "å hvis a kommer til skade på vejen derhen?"]);
    assert_eq!(o.event, answered("socsec.work-accident", Da));
}

#[test]
fn a_bare_and_what_about_her_asks_together_with_the_sentence_after_it() {
    // "og hun?" alone asks nothing of its own: the sentence after it is the
    // question with it, so its topic counts as asked ("barsel", "Minijob"),
    // not as background weighed less than the last answer.
    let o = last(&[
        "Jeg bor i Aabenraa og arbejder i Flensborg. Min kone arbejder i Aabenraa.",
        "kan jeg få Elterngeld?",
        "og hun? hun skal på barsel til foråret",
    ]);
    assert_eq!(o.event, answered("family.parental-leave-dk", Da));
    let o = last(&[
        "Ich wohne in Padborg und arbeite in Flensburg.",
        "Wo zahle ich Steuern?",
        "und mein Mann? der hat einen Minijob in Harrislee",
    ]);
    assert_eq!(o.event, answered("work.side-job-minijob", De));
}

#[test]
fn self_employed_or_paid_by_the_state_told_before_decides_the_tax_entry() {
    // `status.self_employed` and `status.public_sector` (dialogue.toml): told
    // once, a later "where do I pay tax?" is the treaty's question (the
    // profit of a firm of one's own) or the public-sector rule's, not the
    // employee's limited tax liability.
    let o = last(&[
        "Ich bin selbstständiger Maler in Harrislee und habe viele Kunden in Dänemark.",
        "Wo muss ich Steuern zahlen?",
    ]);
    assert_eq!(o.event, answered("tax.dba-dk-de", De));
    let o = last(&[
        "Ich unterrichte an einer deutschen Schule in Tingleff und werde vom Land bezahlt. Ich wohne in Harrislee.",
        "Wo muss ich Steuern zahlen?",
    ]);
    assert_eq!(o.event, answered("tax.public-sector", De));
}

#[test]
fn a_trip_asked_about_outside_the_topics_moves_no_home_or_workplace() {
    // "von Hamburg nach München" in a question the bot declines is a trip,
    // not a new workplace: the holiday question after it is still the
    // Danish job's, and the decline says nothing was changed.
    let o = talk(&[
        "Ich wohne in Harrislee und arbeite in Padborg.",
        "Was kostet ein Flug von Hamburg nach München?",
        "Wie viele Urlaubstage habe ich?",
    ]);
    let changed = ui(De, "situation-changed");
    let changed = changed.split(':').next().unwrap_or_default();
    assert!(!text(&o[1]).contains(changed), "{}", text(&o[1]));
    assert_eq!(o[2].event, answered("work.holiday-dk", De));
}

#[test]
fn how_much_of_another_topic_of_the_same_area_is_not_the_last_answers_amount() {
    // "børnepengene" right after the German parental leave: the amount of
    // the child benefit (the family rule: the partner works at home, so
    // Denmark's), not of the Elterngeld, which the words do not name.
    let o = last(&[
        "Jeg bor i Kruså og arbejder i Flensborg, min mand arbejder i Kruså.",
        "hvor lang barsel har jeg ret til?",
        "og hvor meget er børnepengene om måneden?",
    ]);
    assert_eq!(o.event, answered("family.boerne-ungeydelse-dk", Da));
}

#[test]
fn parental_leave_in_danish_is_the_side_of_the_job() {
    // "forældreorlov" names the leave of the country one works in: the
    // German Elterngeld for a Dane working in Flensburg.
    let o = last(&["Jeg bor i Aabenraa og arbejder i Flensborg.", "hvad kan man få under forældreorlov?"]);
    assert_eq!(o.event, answered("family.elterngeld-de", Da));
}

#[test]
fn until_when_asks_how_long_the_last_answer_lasts() {
    // "indtil hvornår?" after the Kindergeld: how long it is paid, not a new question.
    let o = last(&["får vi tysk Kindergeld for vores søn?", "indtil hvornår?"]);
    assert_eq!(o.event, answered("family.kindergeld-de", Da));
}

#[test]
fn hours_cut_in_half_and_a_job_on_the_side_are_named_in_everyday_words() {
    // Reduced hours said with a verb of cutting ("halveret", "gekürzt") are
    // short time; "nebenbei jobben" is a job on the side.
    let o = last(&["min arbejdstid bliver halveret fra januar, hvem betaler resten?"]);
    assert_eq!(o.event, answered("unemployment.partial-short-time", Da));
    let o = last(&["Darf ich nebenbei noch in einer Bar in Tønder jobben?"]);
    assert_eq!(o.event, answered("work.side-job-minijob", De));
}

#[test]
fn a_form_asked_for_that_pointing_back_goes_on_in_the_thread() {
    // "Welches Formular brauche ich dafür?" after the German ALG, reached as
    // the amount of who pays: "dafür" points back, so the form is the
    // thread's (the PD U1 of who pays), not a part of something of its own.
    let o = talk(&[
        "Mir wurde in Sønderborg gekündigt, ich wohne in Glücksburg. Wer zahlt mir jetzt Arbeitslosengeld?",
        "Wie viel bekomme ich dann ungefähr?",
        "Welches Formular brauche ich dafür aus Dänemark?",
    ]);
    assert_eq!(o[1].event, answered("unemployment.de-alg", De));
    assert_eq!(o[2].event, answered("unemployment.full-unemployment", De));
    assert!(text(&o[2]).contains("PD U1"), "{}", text(&o[2]));
}

#[test]
fn a_country_one_receives_from_is_the_country_asked() {
    // "hvor meget får jeg så fra Tyskland?" after the Danish dagpenge: the
    // country that pays (a verb of receiving before "fra"), not a place one moves from.
    let o = talk(&[
        "Jeg bor i Süderlügum og arbejder på en fabrik i Tønder. Jeg har fået en fyreseddel. Hvem betaler nu?",
        "skal jeg ikke have danske dagpenge?",
        "hvor meget får jeg så fra Tyskland?",
    ]);
    assert_eq!(o[1].event, answered("unemployment.dk-dagpenge", Da));
    assert_eq!(o[2].event, answered("unemployment.de-alg", Da));
    // Moving from the country is still no country asked.
    let m = kb().find("vi flytter fra Tyskland til Padborg", None, None);
    assert!(kb().countries_named("vi flytter fra Tyskland til Padborg").is_empty(), "{:?}", m.candidates);
}

#[test]
fn a_new_fact_supposed_is_answered_by_its_own_entry() {
    // "og hvis de opsiger mig, mens jeg er syg ...?" after the sick pay: the
    // matcher hesitates between being fired and being sick; the supposed new
    // fact, named above the last answer, is what is asked.
    let o = talk(&[
        "Jeg bor i Harrislee og arbejder i Tinglev. Jeg er sygemeldt, hvad får jeg?",
        "og hvis de opsiger mig, mens jeg er syg, og jeg står helt uden job, hvem betaler så?",
    ]);
    assert_eq!(o[0].event, answered("health.sick-pay-dk", Da));
    assert_eq!(o[1].event, answered("unemployment.full-unemployment", Da));
}

#[test]
fn the_paper_asked_for_is_the_form_part() {
    // "hvad hedder papiret?" right after the answer on taking dagpenge abroad: its form (the PD U2).
    let o = last(&[
        "Jeg er ledig og vil søge arbejde i Tyskland i et par måneder med mine dagpenge.",
        "hvad hedder papiret?",
    ]);
    assert_eq!(o.event, answered("unemployment.jobseeking-abroad", Da));
    assert!(text(&o).contains("PD U2"), "{}", text(&o));
}

#[test]
fn the_commuter_after_the_partner_gets_the_counterpart_of_their_own_job() {
    // The partner works in Germany and is pregnant: the Elterngeld (the
    // leave's money, asked in everyday words). "og mig selv?" with the
    // commuter's job in Denmark: the same question for the commuter, the Danish leave.
    let o = talk(&[
        "Min kone og jeg bor i Kollund. Hun er ansat i Harrislee og er gravid. Hvad får hun, når babyen kommer?",
        "og mig selv? jeg arbejder i Aabenraa",
    ]);
    assert_eq!(o[0].event, answered("family.elterngeld-de", Da));
    assert_eq!(o[1].event, answered("family.parental-leave-dk", Da));
    // The child benefit asked around the birth stays the child benefit's question.
    let m = kb().find("Hvad får vi i børnepenge, når barnet kommer?", None, None);
    assert!(m.candidates.first().is_some_and(|c| c.entry != "family.elterngeld-de"), "{:?}", m.candidates);
    assert_ne!(m.entry.as_deref(), Some("family.elterngeld-de"));
}

#[test]
fn another_person_getting_the_same_is_the_last_answer() {
    // "kan børnene også få det?" right after the blue card: the same card
    // for the children (`applies`), not the children's insurance at home.
    let o = talk(&[
        "Jeg bor i Harrislee og arbejder i Padborg. Skal jeg have det blå kort med, når vi tager til Italien?",
        "kan børnene også få det?",
    ]);
    assert_eq!(o[0].event, answered("health.ehic-holiday", Da));
    assert_eq!(o[1].event, answered("health.ehic-holiday", Da));
    // The same for the children, asked as whether it holds for them or
    // whether they are included: the last answer, not the family area's choices.
    let cases: &[(&[&str], &str, Lang)] = &[
        (
            &[
                "Jeg bor i Tarp og arbejder i Kruså. Hvordan får jeg det gule sygesikringskort?",
                "gælder kortet også for mine børn?",
            ],
            "health.special-health-card",
            Da,
        ),
        (
            &[
                "Ich wohne in Tarp und arbeite in Kruså. Ich brauche die Karte für den Urlaub in Spanien",
                "bekommen meine Kinder auch eine?",
            ],
            "health.ehic-holiday",
            De,
        ),
        // The partner named with no place of work: no partner's entry to go
        // to, so the last answer, for the family.
        (
            &[
                "jeg bor i Danmark og arbejder i Husum. skal jeg selv finde en tysk sygekasse?",
                "min kone og børn, er de med?",
            ],
            "health.dk-resident-working-de",
            Da,
        ),
    ];
    for &(turns, id, lang) in cases {
        assert_eq!(last(turns).event, answered(id, lang), "{turns:?}");
    }
}

/// "skal jeg så have en A1?" after the home-office tax: the A1 named by its
/// title's own word, after an indefinite article, is what is asked, not the
/// home-office entry the last answer's title leans to.
#[test]
fn a_certificate_named_by_its_code_after_a_related_answer_is_that_certificate() {
    for (turns, lang) in [
        (["Jeg arbejder hjemme to dage om ugen for min arbejdsgiver i Aabenraa. Hvad betyder det for min skat?", "skal jeg så have en A1?"], Da),
        (["Ich arbeite zwei Tage die Woche im Homeoffice für meinen Arbeitgeber in Sønderborg. Wie ist das mit der Steuer?", "Brauche ich dafür so eine A1-Bescheinigung?"], De),
    ] {
        let o = talk(&turns);
        assert_eq!(o[0].event, answered("homeoffice.tax", lang), "{turns:?}");
        assert_eq!(o[1].event, answered("socsec.a1-certificate", lang), "{turns:?}");
    }
}

/// A room for the working week beside the family's home (`[status.two_homes]`):
/// registering an address is the double residence's question, and where one
/// is taxed the tie-breaker's of two homes, for the rest of the conversation.
#[test]
fn a_home_on_each_side_told_keeps_registration_and_tax_with_the_two_homes() {
    let o = talk(&[
        "Jeg er ugependler: jeg bor hos familien i Aabenraa og har et værelse i Kiel, hvor jeg arbejder.",
        "skal jeg så melde mig i Tyskland?",
    ]);
    assert_eq!(o[1].event, answered("registration.double-residence", Da));
    let o = talk(&[
        "Unter der Woche schlafe ich in einem Zimmer in Apenrade, am Wochenende bin ich bei meiner Familie in Schleswig.",
        "Muss ich mich in Apenrade anmelden?",
        "Wo bin ich denn steuerpflichtig?",
    ]);
    assert_eq!(o[1].event, answered("registration.double-residence", De));
    assert_eq!(o[2].event, answered("tax.tax-home-tiebreaker", De));
    // Without the second home, the same questions are the move's and the tax liability's.
    let o = talk(&["Ich wohne in Schleswig und arbeite in Apenrade.", "Wo bin ich denn steuerpflichtig?"]);
    assert_eq!(o[1].event, answered("tax.limited-liability-dk", De));
}

/// "und meine Kinder?" right after a health answer: the same cover for the
/// children (`[areas.health] family_follows`), not the family area's choices;
/// after a tax answer the children still mean the family's topics.
#[test]
fn children_named_alone_after_a_health_answer_get_that_answer() {
    let o = talk(&[
        "Ich wohne in Harrislee und arbeite in Padborg. Brauche ich die blaue Karte im Urlaub in Italien?",
        "Und meine Kinder?",
    ]);
    assert_eq!(o[1].event, answered("health.ehic-holiday", De));
    let o = talk(&[
        "Jeg bor i Tønder og begynder i Niebüll på mandag. Skal jeg melde mig ind i en Krankenkasse?",
        "og mine børn?",
    ]);
    assert_eq!(o[1].event, answered("health.dk-resident-working-de", Da));
    // A topic of the family named is that topic.
    let o = talk(&[
        "Ich wohne in Harrislee und arbeite in Padborg. Brauche ich die blaue Karte im Urlaub in Italien?",
        "und Kindergeld?",
    ]);
    assert_ne!(o[1].event, answered("health.ehic-holiday", De));
    let o = talk(&["Jeg bor i Tønder og arbejder i Niebüll. Hvor betaler jeg skat?", "og mine børn?"]);
    assert_ne!(o[1].event, answered("tax.dk-resident-working-de", Da));
}

/// The weather, or a letter to be written, asked right after an answer:
/// nothing the bot covers, however much it sounds like a follow-up ("om det").
#[test]
fn the_weather_and_a_letter_asked_mid_conversation_are_declined() {
    let cases: &[&[&str]] = &[
        &["kan man tage toget fra Flensborg til Vojens hver dag?", "bliver der sne på torsdag?"],
        &["Wie komme ich mit dem Zug von Flensburg nach Tondern?", "schneit es morgen?"],
        &[
            "min arbejdsgiver siger jeg skal have en nemkonto, hvad er det?",
            "kan du skrive et brev til min bank om det?",
        ],
        &["Was ist eine NemKonto?", "kannst du mir einen Brief an meine Bank schreiben?"],
        // the car's inspection is the testing station's
        &[
            "må min datter tage sin danske bil med, når hun flytter til Kiel?",
            "og hvor meget koster bilsynet i Padborg?",
        ],
        // the best of something is a recommendation ("am besten" asks how, and stays)
        &[
            "Ich wohne in Harrislee und arbeite in Padborg. Brauche ich die blaue Karte im Urlaub in Italien?",
            "und welche Auslandskrankenversicherung ist die beste?",
        ],
    ];
    for turns in cases {
        let o = last(turns);
        assert!(!matches!(o.event, Event::Answered { .. }), "{turns:?}: {:?}", o.event);
    }
}

#[test]
fn a_named_persons_number_is_declined_not_the_offices_contact() {
    // The bot knows offices, not their staff: the number of a person named
    // ("Henrik Lund", two capitalised words the base does not know and no
    // place) is declined, not answered with the advice office's hours.
    for (q, lang) in [
        ("Kan du give mig telefonnummeret til Henrik Lund på skattecentret?", Da),
        ("Ich brauche die Telefonnummer von Sabine Krüger vom Skattecenter", De),
    ] {
        let o = last(&[q]);
        assert!(!matches!(o.event, Event::Answered { .. }), "{q}: {:?}", o.event);
        assert!(text(&o).contains(&ui(lang, "out-of-scope")), "{q}: {}", text(&o));
    }
    // The office's own number is still the office's contact.
    let o = last(&["Hvad er jeres telefonnummer?"]);
    assert_eq!(o.event, answered("service.contact-hours", Da));
}

#[test]
fn a_part_after_choices_for_everyone_is_not_given_to_the_sides_entry_alone() {
    // The family entries offered after a birth: only the Danish leave has a
    // direction (the commuter's). "Wie viel gibt es?" is no choice of that
    // entry by side: the child benefit is as near, and the family rule
    // (the partner at home in Germany, the job in Denmark) gives Denmark's.
    let o = talk(&[
        "Hallo, unser zweites Kind ist gerade geboren. Ich wohne in Harrislee und arbeite in Tinglev, meine Frau ist zu Hause.",
        "Wie viel gibt es?",
    ]);
    assert!(matches!(o[0].event, Event::Offered { .. }), "{:?}", o[0].event);
    assert_eq!(o[1].event, answered("family.boerne-ungeydelse-dk", De));
}

/// "Ich habe mich vertan, ich wohne in Sønderborg und arbeite in Flensburg.
/// Was gilt dann?": a correction of the side of the border, asked again, is
/// the last answer's question on the new side (`[other_side]` in dialogue.toml),
/// not the old side's entry with a new note above it.
#[test]
fn a_corrected_side_asked_again_gets_the_other_sides_entry() {
    for (turns, first, then, lang) in [
        (
            [
                "Ich wohne in Flensburg und fahre jeden Tag nach Sønderborg zur Arbeit. Kann ich die Fahrtkosten absetzen?",
                "Ich habe mich vertan, ich wohne in Sønderborg und arbeite in Flensburg. Was gilt dann?",
            ],
            "tax.commuting-deduction-dk",
            "tax.commuting-deduction-de",
            De,
        ),
        (
            [
                "jeg bor i Padborg og arbejder i Flensborg. hvor er jeg sygeforsikret?",
                "nej vent, jeg bor i Flensborg og arbejder i Padborg. hvad så?",
            ],
            "health.dk-resident-working-de",
            "health.special-health-card",
            Da,
        ),
    ] {
        let o = talk(&turns);
        assert_eq!(o[0].event, answered(first, lang), "{turns:?}");
        assert_eq!(o[1].event, answered(then, lang), "{turns:?}");
    }
    // The same side told again changes nothing.
    let o = talk(&[
        "jeg bor i Padborg og arbejder i Flensborg. hvor er jeg sygeforsikret?",
        "jeg bor i Kruså og arbejder i Flensborg, hvad så?",
    ]);
    assert_eq!(o[1].event, answered("health.dk-resident-working-de", Da));
}

/// "gælder det også i Sverige?", "und in Österreich?" right after an answer:
/// a follow-up about another border is out of scope like the same question
/// asked alone, not the last answer again.
#[test]
fn a_follow_up_about_another_border_is_out_of_scope() {
    for (turns, first, lang) in [
        (["hvornår kan jeg få folkepension?", "gælder det også i Sverige?"], "pension.pension-age", Da),
        (["Wie hoch ist das Kindergeld?", "und in Österreich?"], "family.kindergeld-de", De),
        (
            [
                "jeg bor i Padborg og arbejder i Flensborg, hvordan bliver jeg beskattet?",
                "min svoger pendler fra Malmø til København, gælder det samme for ham?",
            ],
            "tax.dk-resident-working-de",
            Da,
        ),
    ] {
        let o = talk(&turns);
        assert_eq!(o[0].event, answered(first, lang), "{turns:?}");
        assert_eq!(o[1].event, Event::FellBack { lang }, "{turns:?}");
    }
    // After the blue card for holidays abroad, another country is that answer's question.
    let o = talk(&["hvad er det blå EU-sygesikringskort?", "gælder det også i Sverige?"]);
    assert_eq!(o[1].event, answered("health.ehic-holiday", Da));
}

/// "og sygesikringen?" right after the home-office tax: no entry the answer
/// points to is of the health area, but one fits the word by its own words
/// (home office and social security, health cover included): that one, not
/// the general health entry of the commuter's side.
#[test]
fn an_area_asked_after_an_answer_goes_to_the_pointed_entry_its_word_fits() {
    for (turns, lang) in [
        (
            [
                "jeg bor i Padborg og arbejder i Flensborg og har hjemmekontor to dage om ugen. hvordan bliver min løn beskattet?",
                "og sygesikringen?",
            ],
            Da,
        ),
        (
            [
                "Ich wohne in Flensburg und arbeite in Padborg und mache zwei Tage Homeoffice. Wie wird mein Lohn besteuert?",
                "und die Krankenversicherung?",
            ],
            De,
        ),
    ] {
        let o = talk(&turns);
        assert_eq!(o[0].event, answered("homeoffice.tax", lang), "{turns:?}");
        assert_eq!(o[1].event, answered("homeoffice.social-security", lang), "{turns:?}");
    }
    // With no home office before, the health area's entry for the side.
    let o = talk(&["jeg bor i Padborg og arbejder i Flensborg. hvordan bliver jeg beskattet?", "og sygesikringen?"]);
    assert_eq!(o[1].event, answered("health.dk-resident-working-de", Da));
}
