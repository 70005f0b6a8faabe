//! The knowledge base we ship: it loads cleanly, covers the catalogue, and
//! every answer renders in both languages with its source and date.

use pendlerbot::{Date, Kb, Lang, Severity, MAX_MESSAGE_CHARS};

use super::util::{lines, shipped_kb};
use crate::support::root;

/// Errors fail; warnings (outdated amounts, unofficial sources, long
/// answers) are the advisors' to-do list and `check --strict` reports them.
#[test]
fn check_passes_without_errors() {
    let (kb, diags) = Kb::load(&root().join("knowledge"), &root().join("locales"), Date::today());
    let errors: Vec<_> = diags.iter().filter(|d| d.severity == Severity::Error).cloned().collect();
    assert!(errors.is_empty(), "{}", lines(&errors));
    assert!(kb.is_some());
}

#[test]
fn every_catalogue_id_renders_in_both_languages_with_source_and_date() {
    let kb = shipped_kb();
    let catalogue = std::fs::read_to_string(root().join("knowledge/topics.toml")).unwrap();
    let ids: Vec<&str> =
        catalogue.lines().filter_map(|l| l.strip_prefix("id = \"").and_then(|r| r.strip_suffix('"'))).collect();
    assert!(ids.len() >= 67, "catalogue has {} ids", ids.len());
    for id in ids {
        let entry = kb.entry(id).unwrap_or_else(|| panic!("no entry for {id}"));
        for lang in kb.languages.all() {
            let text = kb.render(id, lang).unwrap_or_else(|| panic!("{id} does not render in {lang}"));
            let n = text.chars().count();
            assert!(n < MAX_MESSAGE_CHARS, "{id} {lang}: {n} characters");
            assert!(!text.contains('{') && !text.contains('}'), "{id} {lang}: unformatted placeholder:\n{text}");
            if !entry.is_smalltalk() {
                assert!(text.contains("https://"), "{id} {lang}: no source link");
                let label = if lang == Lang::Da { "Senest kontrolleret:" } else { "Zuletzt geprüft:" };
                assert!(text.contains(label), "{id} {lang}: no checked date");
            }
            assert_ne!(kb.title(id, lang), id, "{id} {lang}: no title");
        }
    }
}

#[test]
fn every_entry_has_at_least_four_examples_per_language() {
    let kb = shipped_kb();
    for e in &kb.entries {
        for lang in kb.languages.all() {
            let n = e.rules(lang).examples.len();
            assert!(n >= 4, "{} has {n} {lang} examples", e.id);
        }
    }
}

#[test]
fn every_callback_fits_in_64_bytes() {
    use pendlerbot::dialogue::Action;
    let kb = shipped_kb();
    for e in &kb.entries {
        for lang in kb.languages.all() {
            let data = Action::EntryIn(e.id.clone(), lang).encode();
            assert!(data.len() <= 64, "{data}");
        }
    }
}

/// The worked example of knowledge/README.md, in each of its three languages,
/// copied as is to the end of the files it names, passes `check` and answers
/// its own example questions (issue 16: the guide's first edit must work).
#[test]
fn the_guides_worked_example_passes_check_in_every_language() {
    let guide = std::fs::read_to_string(crate::support::root().join("knowledge/README.md")).unwrap();
    let sections: Vec<&str> = guide.split("\n## ").skip(1).collect();
    assert_eq!(sections.len(), 3, "Dansk, Deutsch, English");
    for section in sections {
        let name = section.lines().next().unwrap_or_default().to_string();
        // Fenced blocks whose first line names the file they go at the end of.
        let mut blocks: Vec<(String, String)> = Vec::new();
        let mut rest = section;
        while let Some(start) = rest.find("```") {
            let after = &rest[start + 3..];
            let Some(end) = after.find("\n```") else { break };
            let body = &after[after.find('\n').map_or(0, |i| i + 1)..end];
            let first = body.lines().next().unwrap_or_default();
            if let Some(file) = first.strip_prefix("# ").and_then(|f| f.split(" – ").next()) {
                if file.starts_with("knowledge/") || file.starts_with("locales/") {
                    blocks.push((file.to_string(), body.to_string()));
                }
            }
            rest = &after[end + 4..];
        }
        assert!(blocks.len() >= 4, "{name}: topics.toml, the entry and two answers; found {blocks:?}");
        let dir = tempfile::tempdir().unwrap();
        crate::support::copy_tree(&crate::support::root().join("knowledge"), &dir.path().join("knowledge"));
        crate::support::copy_tree(&crate::support::root().join("locales"), &dir.path().join("locales"));
        for (file, body) in &blocks {
            let path = dir.path().join(file);
            let mut text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {file}: {e}"));
            text.push('\n');
            text.push_str(body);
            text.push('\n');
            std::fs::write(&path, text).unwrap();
        }
        let (kb, diags) =
            pendlerbot::Kb::load(&dir.path().join("knowledge"), &dir.path().join("locales"), pendlerbot::Date::today());
        let errors: Vec<String> =
            diags.iter().filter(|d| d.severity == pendlerbot::Severity::Error).map(|d| d.to_string()).collect();
        assert!(errors.is_empty() && kb.is_some(), "{name}: the worked example fails check:\n{}", errors.join("\n"));
    }
}

/// A first message of one Danish term that German commuters use too
/// ("sygedagpenge", "skattekort") has no function word to tell the
/// language; the Danish spelling endings of `languages.toml` (-penge,
/// -kort) do, so it is answered in Danish rather than in the file's
/// `undecided` German. German words stay German.
#[test]
fn a_lone_danish_term_is_read_as_danish() {
    let kb = shipped_kb();
    for (q, lang) in [
        ("sygedagpenge", Lang::Da),
        ("dagpenge?", Lang::Da),
        ("skattekort", Lang::Da),
        ("Steuerkarte", Lang::De),
        ("Krankengeld", Lang::De),
        ("Wechsel", Lang::De),
    ] {
        assert_eq!(kb.find(q, None, None).lang, lang, "{q:?}");
    }
}

/// "muss das Auto umgemeldet werden?": a German past participle no rule word
/// lists is read as its verb ("ummelden", a keyword of the foreign plates),
/// after a separable prefix too; a participle the rules list is found as
/// written, and the root of another word is no verb ("gekündigt" is no
/// "Kunden").
#[test]
fn a_german_participle_is_read_as_its_verb() {
    let kb = shipped_kb();
    for q in ["muss das Auto umgemeldet werden?", "ich habe den Wagen noch nicht umgemeldet"] {
        assert_eq!(kb.find(q, None, None).entry.as_deref(), Some("car.foreign-plates-dk"), "{q:?}");
    }
    let m = kb.find("mir wurde gekündigt", None, None);
    assert_eq!(m.entry.as_deref(), Some("unemployment.full-unemployment"));
    assert!(m.candidates.iter().all(|c| c.entry != "socsec.self-employed"), "{:?}", m.candidates);
    // Words of every shape that starts like a participle: never a panic.
    for q in ["krankgemeldet", "gege", "ge", "angeget", "zusammengearbeitet", "gezahltes geld", "geæøåt"] {
        let _ = kb.find(q, None, None);
    }
}

/// "wie viele Urlaubstage habe ich in Flensburg?": the two countries' holiday
/// entries tie on the words; the place named, with nothing said of what it is
/// to the commuter, is in one country and decides.
#[test]
fn a_place_named_decides_between_two_countries_entries_of_one_question() {
    let kb = shipped_kb();
    answers(
        kb,
        &[
            ("wie viele Urlaubstage habe ich in Flensburg?", "work.holiday-de"),
            ("wie viele Urlaubstage habe ich in Padborg?", "work.holiday-dk"),
        ],
    );
    // Places of both countries, or a city far from the border (no commuter's
    // question of that side: "Beamte in Hamburg"), leave the choice.
    for q in
        ["wie viele Urlaubstage habe ich in Flensburg oder Padborg?", "Wie viele Urlaubstage haben Beamte in Hamburg?"]
    {
        let m = kb.find(q, None, None);
        assert_eq!(m.entry, None, "{q:?}: {:?}", m.candidates);
    }
}

/// A trip to another country and what to take along or what is needed: the
/// blue card, the one thing of a trip the bot answers; the customs on the way
/// are none of it.
#[test]
fn a_trip_abroad_and_what_is_needed_is_the_blue_card() {
    let kb = shipped_kb();
    for q in [
        "Vi skal til Kroatien i sommerferien – hvad skal vi have med?",
        "Wir fliegen im Herbst nach Portugal, was brauchen wir?",
    ] {
        assert_eq!(kb.find(q, None, None).entry.as_deref(), Some("health.ehic-holiday"), "{q:?}");
    }
    let m = kb.find("Wir fahren nach Italien in den Urlaub. Was muss ich beim Zoll beachten?", None, None);
    assert_eq!(m.entry, None, "{:?}", m.candidates);
}

/// "hvad tjener man mindst i Danmark?": the least one earns is the minimum
/// wage question (vocabulary.toml), Denmark's answer being the agreements.
#[test]
fn the_least_one_earns_is_the_minimum_wage_question() {
    let kb = shipped_kb();
    answers(
        kb,
        &[
            ("hvad tjener man mindst i Danmark?", "work.contract-dk"),
            ("Was verdient man mindestens in Deutschland?", "work.minimum-wage-de"),
        ],
    );
}

/// "er du en bot eller et menneske?": a machine or a person asked as an
/// either-or is what the bot is; asking for a person instead of the bot stays
/// the request for an advisor.
#[test]
fn a_bot_or_a_person_asked_as_either_or_is_what_the_bot_is() {
    let kb = shipped_kb();
    answers(
        kb,
        &[
            ("er du en computer eller en person?", "service.bot-capabilities"),
            ("Mensch oder Maschine?", "service.bot-capabilities"),
            ("jeg vil hellere tale med et menneske end med en bot", "service.human-advisor"),
            ("Ich möchte lieber mit einem Menschen sprechen, nicht mit einem Bot.", "service.human-advisor"),
        ],
    );
}

/// Each question of `cases` answered by its entry (the matcher alone, no conversation).
fn answers(kb: &Kb, cases: &[(&str, &str)]) {
    for (q, id) in cases {
        assert_eq!(kb.find(q, None, None).entry.as_deref(), Some(*id), "{q:?}");
    }
}

/// Everyday greetings and goodbyes of the evening and the phone ("god nat",
/// "auf Wiederhören"); a good evening wished on leaving stays a goodbye.
#[test]
fn evening_and_phone_greetings_and_goodbyes_are_small_talk() {
    let kb = shipped_kb();
    answers(
        kb,
        &[
            ("god aften", "smalltalk.greeting"),
            ("guten Nachmittag", "smalltalk.greeting"),
            ("god nat", "smalltalk.goodbye"),
            ("auf Wiederhören", "smalltalk.goodbye"),
            ("wir hören uns", "smalltalk.goodbye"),
            ("hav en god aften", "smalltalk.goodbye"),
            // a goodbye in the other language beside the good evening
            ("ciao og god aften", "smalltalk.goodbye"),
            ("guten Abend und farvel", "smalltalk.goodbye"),
        ],
    );
}

/// "Mittelpunkt der Lebensinteressen" is the tax treaty's tie-breaker's term
/// ("centrum for livsinteresser"); the registered address is the
/// "Lebensmittelpunkt" of the register.
#[test]
fn the_centre_of_vital_interests_is_the_tax_tie_breakers_term() {
    let kb = shipped_kb();
    answers(
        kb,
        &[
            ("was heißt Mittelpunkt der Lebensinteressen?", "tax.tax-home-tiebreaker"),
            ("hvad betyder centrum for livsinteresser?", "tax.tax-home-tiebreaker"),
            (
                "Ich bin Wochenpendler mit einer Zweitwohnung in Dänemark. Wo ist mein Lebensmittelpunkt?",
                "registration.double-residence",
            ),
        ],
    );
}

/// Registering in a town names that town's country's move ("muss ich mich in
/// Kolding anmelden?"); being sick or unemployed is reported, not registered.
#[test]
fn registering_in_a_town_is_that_countrys_move() {
    let kb = shipped_kb();
    answers(
        kb,
        &[
            ("Müssen wir uns in Sonderburg anmelden?", "registration.move-to-dk"),
            ("skal vi melde os i Aabenraa?", "registration.move-to-dk"),
            ("skal jeg melde mig i Flensborg?", "registration.move-to-de"),
        ],
    );
    for q in ["skal jeg melde mig syg i Sønderborg?", "skal jeg melde mig ledig i Flensborg?"] {
        let e = kb.find(q, None, None).entry;
        assert!(!e.as_deref().is_some_and(|id| id.starts_with("registration.")), "{q}: {e:?}");
    }
}

/// Changing jobs, then the holiday pay, is the holiday pay taken along.
#[test]
fn changing_jobs_and_the_holiday_pay_is_the_pay_taken_along() {
    let kb = shipped_kb();
    answers(
        kb,
        &[
            ("jeg skifter arbejde til Husum efter nytår, hvad med mine feriepenge?", "work.holiday-pay-moved"),
            ("Wenn ich zu einer Firma in Flensburg wechsle, was wird aus meinen Feriepenge?", "work.holiday-pay-moved"),
        ],
    );
}

/// Sønderjysk "te" for "til": calling the office is its contact.
#[test]
fn calling_the_office_in_soenderjysk_is_its_contact() {
    answers(shipped_kb(), &[("ka a ring te jer i mårn?", "service.contact-hours")]);
}
