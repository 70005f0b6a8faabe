//! Yearly values (issue 14): the base is built for a day and uses the
//! block of each value in effect on it; an answer using an older year's
//! amount says so, with a pointer to the amount's official page.

use pendlerbot::{Date, Kb, Lang};

use super::util::lines;
use crate::support::fixture;

const CARD: &str = "health.special-health-card";

/// The fixture base built for `day`, and its diagnostics as text.
fn kb_on(day: &str) -> (Kb, String) {
    let f = fixture();
    let (kb, diags) = Kb::load(&f.join("knowledge"), &f.join("locales"), Date::parse(day).unwrap());
    let text = lines(&diags).replace(&format!("{}/", f.display()), "");
    (kb.unwrap_or_else(|| panic!("fixture has errors on {day}:\n{text}")), text)
}

#[test]
fn an_amount_taking_effect_on_1_january_answers_from_that_day() {
    // The fixture has special-card-fee 1234.5 for 2026 and 1300 from 2027-01-01.
    let cases = [
        ("2026-11-28", "koster 1.234,50 kr. at erstatte (2026)", "kostet 1.234,50 DKK (2026)"),
        ("2026-12-31", "koster 1.234,50 kr. at erstatte (2026)", "kostet 1.234,50 DKK (2026)"),
        ("2027-01-01", "koster 1.300 kr. at erstatte (2027)", "kostet 1.300 DKK (2027)"),
        ("2027-12-31", "koster 1.300 kr. at erstatte (2027)", "kostet 1.300 DKK (2027)"),
    ];
    for (day, da, de) in cases {
        let (kb, _) = kb_on(day);
        assert_eq!(kb.built_for, Date::parse(day).unwrap());
        for (lang, want) in [(Lang::Da, da), (Lang::De, de)] {
            let text = kb.render(CARD, lang).unwrap();
            assert!(text.contains(want), "{day} {lang}: want {want:?} in:\n{text}");
            assert!(!text.contains("Beløbet er fra") && !text.contains("Betrag ist von"), "{day}: {text}");
        }
        // One value per name.
        assert_eq!(kb.values.iter().filter(|v| v.name == "special-card-fee").count(), 1);
    }
}

#[test]
fn an_older_years_amount_shows_its_year_and_a_pointer_to_the_official_page() {
    // On 2028-03-01 the newest amounts are from 2027 (special-card-fee) and 2026 (no-tax-card-rate).
    let (kb, diags) = kb_on("2028-03-01");
    let da = kb.render(CARD, Lang::Da).unwrap();
    assert_eq!(
        da,
        "Det gule kort koster 1.300 kr. at erstatte (2027).\n\n\
         Beløbet er fra 2027. Se det aktuelle beløb på https://borger.dk/saerligt-sundhedskort\n\n\
         Kilde: https://borger.dk/saerligt-sundhedskort\n\
         Senest kontrolleret: 1. november 2026"
    );
    let de = kb.render(CARD, Lang::De).unwrap();
    assert!(
        de.contains(
            "(2027).\n\nDer Betrag ist von 2027. Den aktuellen Betrag finden Sie unter https://borger.dk/saerligt-sundhedskort\n\nQuelle:"
        ),
        "{de}"
    );
    // The tax-card answer uses another value, with its own year and page.
    let tax = kb.render("tax.tax-card-dk", Lang::Da).unwrap();
    assert!(
        tax.contains("\n\nBeløbet er fra 2026. Se det aktuelle beløb på https://skat.dk/borger/skattekort\n\n"),
        "{tax}"
    );
    // An answer without values has no such line.
    assert!(!kb.render("health.sick-pay-dk", Lang::Da).unwrap().contains("Beløbet"));
    // check names each value in use at its year's line.
    assert!(
        diags.contains(
            "knowledge/values.toml:21: warning: value `special-card-fee` holds for 2027; check the amount for 2028"
        ),
        "{diags}"
    );
    assert!(
        diags.contains(
            "knowledge/values.toml:5: warning: value `no-tax-card-rate` holds for 2026; check the amount for 2028"
        ),
        "{diags}"
    );
}

#[test]
fn the_pointer_shows_once_per_value_even_when_used_twice() {
    let (kb, _) = kb_on("2028-03-01");
    // The card answer uses both { $special-card-fee } and { $special-card-fee-year }.
    let da = kb.render(CARD, Lang::Da).unwrap();
    assert_eq!(da.matches("Beløbet er fra").count(), 1, "{da}");
}

#[test]
fn an_amount_only_announced_answers_until_an_older_one_exists() {
    // A value whose only block lies ahead is shown (an announcement: the text says from when).
    let dir = super::util::fixture_copy();
    let values = dir.path().join("knowledge/values.toml");
    let text = std::fs::read_to_string(&values).unwrap();
    let first_card = "[[value]]\nname = \"special-card-fee\"\namount = 1234.5\nunit = \"DKK\"\nyear = 2026\nchecked = 2026-11-01\nsource = \"https://borger.dk/saerligt-sundhedskort\"\n";
    assert!(text.contains(first_card));
    std::fs::write(&values, text.replace(first_card, "")).unwrap();
    let (kb, diags) = super::util::load_dir(dir.path());
    let kb = kb.unwrap_or_else(|| panic!("{}", lines(&diags)));
    assert!(kb.render(CARD, Lang::Da).unwrap().contains("1.300 kr. at erstatte (2027)"));
}

#[test]
fn an_amount_not_confirmed_at_an_official_source_says_so_with_the_pointer() {
    // A copy of the fixture where the 2026 card fee was seen only on unofficial pages.
    let dir = super::util::fixture_copy();
    let path = dir.path().join("knowledge/values.toml");
    let src = std::fs::read_to_string(&path).unwrap();
    let src = src.replacen(
        "amount = 1234.5\nunit = \"DKK\"\nyear = 2026\n",
        "amount = 1234.5\nunit = \"DKK\"\nyear = 2026\nconfirmed = false\n",
        1,
    );
    assert!(src.contains("confirmed = false"), "the fixture changed");
    std::fs::write(&path, src).unwrap();
    let (kb, diags) =
        Kb::load(&dir.path().join("knowledge"), &dir.path().join("locales"), Date::parse("2026-12-04").unwrap());
    let kb = kb.unwrap_or_else(|| panic!("{}", lines(&diags)));
    // No warning: the figure is the current year's; the commuter is told instead.
    assert!(diags.is_empty(), "{}", lines(&diags));
    let da = kb.render(CARD, Lang::Da).unwrap();
    assert!(
        da.contains("\n\nBeløbet for 2026 er ikke bekræftet. Tjek det på https://borger.dk/saerligt-sundhedskort\n\n"),
        "{da}"
    );
    // From 1 January the 2027 block (confirmed) answers, without the line.
    let (kb, _) =
        Kb::load(&dir.path().join("knowledge"), &dir.path().join("locales"), Date::parse("2027-01-02").unwrap());
    assert!(!kb.unwrap().render(CARD, Lang::Da).unwrap().contains("ikke bekræftet"));
}
