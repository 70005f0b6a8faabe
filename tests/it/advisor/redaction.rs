//! Personal data never reaches the unanswered log; form numbers do.

use pendlerbot::dialogue::{handle, Input, Session};
use pendlerbot::{group_unanswered, record_of, redact, Lang, Outcome, Unanswered};

use crate::support::{currencies, fixture_kb as kb, today};

#[test]
fn every_kind_of_personal_data_becomes_a_placeholder() {
    let cases = [
        ("Mit CPR-nummer er 120385-1234, hvad gør jeg?", "Mit CPR-nummer er [CPR], hvad gør jeg?"),
        ("cpr 1203851234", "cpr [CPR]"),
        ("ring til mig på 23 45 67 89", "ring til mig på [PHONE]"),
        ("Rufen Sie mich an: +49 171 1234567", "Rufen Sie mich an: [PHONE]"),
        ("Tel. 0461/8051234", "Tel. [PHONE]"),
        ("min mail er anna.schmidt+bot@web.de.", "min mail er [E-MAIL]."),
        ("IBAN: DE89 3704 0044 0532 0130 00", "IBAN: [IBAN]"),
        ("konto DK5000400440116243", "konto [IBAN]"),
        ("Meine Steuer-ID lautet 12 345 678 901.", "Meine Steuer-ID lautet [STEUER-ID]."),
        ("Steuer-ID 65929970489", "Steuer-ID [STEUER-ID]"),
        ("Aktenzeichen 2024004711", "Aktenzeichen [NUMBER]"),
        ("sagsnummer 98765432101234", "sagsnummer [NUMBER]"),
    ];
    for (input, want) in cases {
        assert_eq!(redact(input, &currencies()), want, "redacting {input:?}");
    }
}

#[test]
fn form_numbers_amounts_dates_and_postcodes_are_kept() {
    for keep in [
        "Hvor finder jeg blanket 04.063?",
        "Wie fülle ich das Formular 21.059 aus?",
        "skemaerne 04.063 og 21.059",
        "Personfradraget er 51.600 kr. i 2025",
        "Ich verdiene 3.200 € im Monat",
        "am 01.07.2026 umgezogen",
        "fra 2024 til 2026",
        "6330 Padborg eller 24937 Flensburg",
        "A1-attest og blanket S1",
        "37 timer om ugen i 12 måneder",
    ] {
        assert_eq!(redact(keep, &currencies()), keep);
    }
}

/// Which words make a number an amount is the languages' data
/// (`currencies` in languages.toml): a number before one of them stays.
#[test]
fn amounts_are_kept_by_the_currency_words_of_the_languages() {
    let amount = "Jeg tjener 450000 kr om året";
    assert_eq!(redact(amount, &currencies()), amount);
    assert_eq!(redact(amount, &[]), "Jeg tjener [NUMBER] kr om året", "without currency words it is a long number");
}

#[test]
fn only_unanswered_questions_are_recorded_and_they_are_redacted() {
    let ask = |q: &str| {
        let o = handle(kb(), &Session::default(), Input::Text(q.into()), None);
        record_of(q, &o, today(), &currencies())
    };
    assert_eq!(ask("skattekort"), None, "answered questions are not recorded");
    assert_eq!(ask("/help"), None, "commands are not recorded");
    let r = ask("hvad koster en elefant? ring 23456789").expect("a fallback is recorded");
    assert_eq!(r.text, "hvad koster en elefant? ring [PHONE]");
    assert_eq!((r.kind, r.lang, r.day), (Outcome::FellBack, Lang::Da, today().days()));
    let r = ask("sygedagpenge og skattekort").expect("choices are recorded");
    assert_eq!(r.kind, Outcome::Offered);
    let near: Vec<&str> = r.nearest.iter().map(|(e, _)| e.as_str()).collect();
    assert!(near.contains(&"tax.tax-card-dk") && near.contains(&"health.sick-pay-dk"), "{near:?}");
    // Nothing but the redacted text, language, outcome, day and entries.
    let json = serde_json::to_value(&r).unwrap();
    let mut keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["day", "kind", "lang", "nearest", "text"]);
}

#[test]
fn near_identical_questions_show_once_with_a_count() {
    let r = |day: i64, text: &str, lang: Lang| Unanswered {
        day,
        lang,
        kind: Outcome::FellBack,
        text: text.into(),
        nearest: vec![("tax.tax-card-dk".into(), 0.3)],
    };
    let records = vec![
        r(100, "Kan jeg få kørselsfradrag for færgen?", Lang::Da),
        r(101, "kan jeg faa koerselsfradrag for faergen", Lang::Da),
        r(102, "Kan jeg få kørselsfradag for færgen??", Lang::Da),
        r(102, "Bekomme ich Pendlerpauschale für die Fähre?", Lang::De),
        r(103, "Hvornår udbetales børnepenge?", Lang::Da),
    ];
    let groups = group_unanswered(&records);
    let counts: Vec<usize> = groups.iter().map(|g| g.count).collect();
    assert_eq!(counts, [3, 1, 1], "{groups:#?}");
    assert_eq!(groups[0].nearest, [("tax.tax-card-dk".into(), 0.3)]);
    assert_eq!(groups[0].variants.len(), 2);
}
