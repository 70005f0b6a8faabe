//! `pendlerbot check`: each kind of broken knowledge or locale file is
//! reported with the file and line an advisor has to open.

use std::path::Path;

use super::util::{fixture_copy, lines, load_dir};

/// Applies `edit` to a copy of the fixture and returns all diagnostics as text.
fn broken(file: &str, edit: impl FnOnce(String) -> String) -> (bool, String) {
    let dir = fixture_copy();
    let path = dir.path().join(file);
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    std::fs::write(&path, edit(src)).unwrap();
    let (kb, diags) = load_dir(dir.path());
    // Paths in messages are absolute; keep them relative to the copy.
    let text = lines(&diags).replace(&format!("{}/", dir.path().display()), "");
    (kb.is_some(), text)
}

#[track_caller]
fn check_error(file: &str, edit: impl FnOnce(String) -> String, want: &str) {
    let (loaded, text) = broken(file, edit);
    assert!(!loaded, "a broken base must not load; diagnostics:\n{text}");
    assert!(text.contains(want), "want `{want}` in:\n{text}");
}

fn replace(from: &'static str, to: &'static str) -> impl FnOnce(String) -> String {
    move |s: String| {
        assert!(s.contains(from), "fixture lacks {from:?}");
        s.replacen(from, to, 1)
    }
}

#[test]
fn the_fixture_itself_is_clean() {
    let dir = fixture_copy();
    let (kb, diags) = load_dir(dir.path());
    assert!(kb.is_some(), "{}", lines(&diags));
    assert!(diags.is_empty(), "{}", lines(&diags));
}

#[test]
fn toml_syntax_error() {
    check_error(
        "knowledge/tax.toml",
        replace("direction = \"de-dk\"", "direction = de-dk\""),
        "knowledge/tax.toml:6: error: TOML",
    );
}

/// A grammar word the matcher or the gazetteer compares with one word of a
/// question can never match when it is two words or none: an error at its
/// language, not a rule that silently stops working.
#[test]
fn a_grammar_word_of_two_words_is_an_error() {
    for (from, to, want) in [
        (
            "{ first = [\"er\"], then = [\"det\"] }",
            "{ first = [\"er det\"], then = [\"det\"] }",
            "language `da`: grammar.asking `er det` must be one word",
        ),
        (
            "grammar.clause_joins = [\"und\", \"aber\", \"während\"]",
            "grammar.clause_joins = [\"und\", \"aber\", \"\"]",
            "language `de`: grammar.clause_joins `` must be one word",
        ),
        (
            "grammar.place_negations = [\"ikke\", \"ingen\", \"aldrig\"]",
            "grammar.place_negations = [\"ikke mere\"]",
            "language `da`: grammar.place_negations `ikke mere` must be one word",
        ),
        (
            "grammar.inside = [\"in\"]",
            "grammar.inside = [\"in der\"]",
            "language `de`: grammar.inside `in der` must be one word",
        ),
        // An empty currency word would keep any number before any word (a
        // customer number too) out of redaction.
        (
            "currencies = [\"eur\", \"€\", \"dkk\", \"kr\"]",
            "currencies = [\"eur\", \"\"]",
            "language `de`: currency `` must be one word",
        ),
    ] {
        check_error("knowledge/languages.toml", replace(from, to), want);
    }
}

#[test]
fn unknown_field_is_a_typo() {
    check_error("knowledge/tax.toml", replace("related =", "relatd ="), "knowledge/tax.toml:5: error: TOML");
}

#[test]
fn fluent_syntax_error() {
    check_error(
        "locales/de/answers.ftl",
        replace("Der Arbeitgeber zahlt", "Der Arbeitgeber { zahlt"),
        "locales/de/answers.ftl:11: error: Fluent",
    );
}

#[test]
fn duplicate_id() {
    check_error(
        "knowledge/health.toml",
        replace("id = \"health.sick-pay-dk\"", "id = \"health.special-health-card\""),
        "knowledge/health.toml:16: error: duplicate id `health.special-health-card`: also at",
    );
}

#[test]
fn unknown_id_not_in_catalogue() {
    check_error(
        "knowledge/topics.toml",
        replace("id = \"health.sick-pay-dk\"", "id = \"health.sick-pay-xx\""),
        "knowledge/health.toml:16: error: unknown id `health.sick-pay-dk`",
    );
}

#[test]
fn entry_without_danish_answer() {
    check_error(
        "locales/da/answers.ftl",
        replace("health-sick-pay-dk =", "health-sick-pay-xx ="),
        "knowledge/health.toml:16: error: entry `health.sick-pay-dk` has no Danish answer",
    );
}

#[test]
fn entry_without_german_section() {
    check_error(
        "knowledge/other.toml",
        |s| {
            let de = "[entry.de]\nkeywords = [\"hallo\", \"moin\"]\nexamples = [\"Moin!\", \"moin\", \"hallo\", \"Hallo!\"]\n";
            assert!(s.contains(de), "fixture lacks {de:?}");
            s.replace(de, "")
        },
        "knowledge/other.toml:2: error: entry `smalltalk.greeting` has no [entry.de] section",
    );
}

#[test]
fn fluent_id_in_one_language_only() {
    check_error(
        "locales/da/answers.ftl",
        |s| s + "only-danish = Kun på dansk\n",
        "locales/da/answers.ftl:17: error: message `only-danish` exists in da but not in de",
    );
}

#[test]
fn regex_that_does_not_compile() {
    check_error(
        "knowledge/tax.toml",
        replace("context = [\"skat\", \"løn\"]", "context = [\"skat\", \"løn\"]\npatterns = [\"skat(kort\"]"),
        "knowledge/tax.toml:11: error: entry `tax.tax-card-dk`: pattern `skat(kort` does not compile",
    );
}

#[test]
fn related_entry_that_does_not_exist() {
    check_error(
        "knowledge/tax.toml",
        replace("related = [\"tax.dk-resident-working-de\"]", "related = [\"tax.nope\"]"),
        "knowledge/tax.toml:5: error: entry `tax.tax-card-dk`: related entry `tax.nope` does not exist",
    );
}

#[test]
fn other_side_that_does_not_exist() {
    check_error(
        "knowledge/tax.toml",
        replace("direction = \"de-dk\"\n", "direction = \"de-dk\"\nother_side = \"tax.nope\"\n"),
        "knowledge/tax.toml:7: error: entry `tax.tax-card-dk`: other_side `tax.nope` does not exist",
    );
}

#[test]
fn other_side_must_be_the_opposite_direction() {
    check_error(
        "knowledge/tax.toml",
        replace("direction = \"dk-de\"\n", "direction = \"de-dk\"\nother_side = \"tax.tax-card-dk\"\n"),
        "knowledge/tax.toml:23: error: entry `tax.dk-resident-working-de`: other_side `tax.tax-card-dk` must have the opposite direction (\"dk-de\") or that side's country_rules (country = \"de\")",
    );
}

#[test]
fn country_must_be_dk_or_de() {
    check_error(
        "knowledge/tax.toml",
        replace("direction = \"de-dk\"\n", "direction = \"de-dk\"\ncountry = \"se\"\n"),
        "knowledge/tax.toml:7: error: entry `tax.tax-card-dk`: country `se` must be \"dk\" or \"de\"",
    );
}

#[test]
fn country_rules_need_a_country() {
    check_error(
        "knowledge/tax.toml",
        replace("direction = \"de-dk\"\n", "direction = \"de-dk\"\ncountry_rules = true\n"),
        "knowledge/tax.toml:7: error: entry `tax.tax-card-dk`: country_rules = true needs a country (country = \"dk\" or \"de\")",
    );
}

#[test]
fn entry_without_source_link() {
    check_error(
        "knowledge/health.toml",
        replace("sources = [\"https://example.org/sygedagpenge\"]", "sources = []"),
        "knowledge/health.toml:16: error: entry `health.sick-pay-dk` has no source link",
    );
}

#[test]
fn source_that_is_not_a_link() {
    check_error(
        "knowledge/health.toml",
        replace("\"https://example.org/sygedagpenge\"", "\"skat.dk\""),
        "knowledge/health.toml:18: error: entry `health.sick-pay-dk`: source `skat.dk` is not a web link",
    );
}

#[test]
fn entry_without_review_date() {
    check_error(
        "knowledge/health.toml",
        replace(
            "checked = 2026-11-01\nsources = [\"https://example.org/sygedagpenge\"]",
            "sources = [\"https://example.org/sygedagpenge\"]",
        ),
        "knowledge/health.toml:16: error: entry `health.sick-pay-dk` has no review date",
    );
}

#[test]
fn example_that_does_not_match_its_entry() {
    check_error(
        "knowledge/health.toml",
        replace("\"jeg er syg, hvad nu\"", "\"hvornår åbner svømmehallen\""),
        "knowledge/health.toml:22: error: example does not match its own entry `health.sick-pay-dk`",
    );
}

#[test]
fn example_taken_by_another_entry_names_both() {
    check_error(
        "knowledge/health.toml",
        replace("\"jeg er syg, hvad nu\"", "\"hvor er mit skattekort\""),
        "knowledge/health.toml:22: error: example of `health.sick-pay-dk` is taken by entry `tax.tax-card-dk`",
    );
}

#[test]
fn unknown_fluent_variable() {
    check_error(
        "locales/da/answers.ftl",
        replace("{ $no-tax-card-rate }", "{ $no-such-value }"),
        "locales/da/answers.ftl:1: error: answer `tax-tax-card-dk`",
    );
}

#[test]
fn answer_without_title() {
    check_error(
        "locales/de/answers.ftl",
        replace("    .title = Krankengeld\n", ""),
        "locales/de/answers.ftl:10: error: answer `health-sick-pay-dk` has no `.title`",
    );
}

#[test]
fn old_review_date_and_past_value_year_are_warnings() {
    let dir = fixture_copy();
    let k = dir.path().join("knowledge");
    let edit = |p: &Path, from: &str, to: &str| {
        let s = std::fs::read_to_string(p).unwrap();
        std::fs::write(p, s.replacen(from, to, 1)).unwrap();
    };
    edit(&k.join("health.toml"), "checked = 2026-11-01", "checked = 2024-01-15");
    edit(&k.join("values.toml"), "year = 2026", "year = 2025");
    let (kb, diags) = load_dir(dir.path());
    let text = lines(&diags);
    assert!(kb.is_some(), "warnings must not stop loading:\n{text}");
    assert!(
        text.contains("health.toml:3: warning: entry `health.special-health-card` was last checked 2024-01-15"),
        "{text}"
    );
    assert!(text.contains("values.toml:5: warning: value `no-tax-card-rate` holds for 2025"), "{text}");
}

#[test]
fn many_problems_are_reported_in_one_run() {
    let (_, text) = broken("knowledge/tax.toml", |s| {
        s.replace("related = [\"tax.dk-resident-working-de\"]", "related = [\"tax.nope\"]")
            .replace("sources = [\"https://example.org/steuer-id\"]", "sources = []")
    });
    assert!(text.contains("related entry `tax.nope`"), "{text}");
    assert!(text.contains("`tax.dk-resident-working-de` has no source link"), "{text}");
}

#[cfg(unix)]
#[test]
fn files_outside_the_folder_are_never_read() {
    let dir = fixture_copy();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.toml");
    std::fs::write(&secret, "[[entry]]\nid = \"x.y\"\n").unwrap();
    std::os::unix::fs::symlink(&secret, dir.path().join("knowledge/evil.toml")).unwrap();
    let (kb, diags) = load_dir(dir.path());
    let text = lines(&diags);
    assert!(kb.is_none());
    assert!(text.contains("evil.toml:0: error: file points outside its folder"), "{text}");
    assert!(!text.contains("x.y"), "the outside file must not be parsed:\n{text}");
}

#[test]
fn the_cli_prints_file_line_and_fails() {
    let dir = fixture_copy();
    let p = dir.path().join("knowledge/tax.toml");
    let s = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, s.replace("related = [\"tax.dk-resident-working-de\"]", "related = [\"tax.nope\"]")).unwrap();
    let k = dir.path().join("knowledge");
    let l = dir.path().join("locales");
    let (ok, out, _) =
        crate::support::run_bin(&["--knowledge", k.to_str().unwrap(), "--locales", l.to_str().unwrap(), "check"], "");
    assert!(!ok, "check must fail on errors:\n{out}");
    assert!(
        out.contains("tax.toml:5: error: entry `tax.tax-card-dk`: related entry `tax.nope` does not exist"),
        "{out}"
    );
}

/// Applies a text swap to a copy of the fixture; the base must still load
/// (warnings never stop it), and every `want` must show, no `absent` may.
#[track_caller]
fn check_warnings(file: &str, from: &str, to: &str, want: &[&str], absent: &[&str]) {
    let (loaded, text) = broken(file, |s| {
        assert!(s.contains(from), "{file} lacks {from:?}");
        s.replacen(from, to, 1)
    });
    assert!(loaded, "warnings must not stop loading ({file}: {from:?} -> {to:?}):\n{text}");
    for w in want {
        assert!(text.contains(w), "{file}: {from:?} -> {to:?}: want `{w}` in:\n{text}");
    }
    for a in absent {
        assert!(!text.contains(a), "{file}: {from:?} -> {to:?}: `{a}` must not show in:\n{text}");
    }
}

/// File, text to replace, replacement, diagnostics wanted, texts that must not show.
type WarningCase<'a> = (&'a str, &'a str, &'a str, &'a [&'a str], &'a [&'a str]);

/// `n` words of an answer text.
fn words(n: usize) -> String {
    vec!["ord"; n].join(" ")
}

/// Issue 14: each new warning, and its boundary (the fixture day is 2026-11-28).
#[test]
fn warnings_about_sources_dates_values_and_long_answers() {
    let long = words(121);
    let just = words(120);
    let cases: &[WarningCase] = &[
        // An entry citing no domain of sources.toml; a subdomain counts, a look-alike does not.
        (
            "knowledge/tax.toml",
            "https://skat.dk/borger/skattekort",
            "https://www.skattetips.example.com/skattekort",
            &["knowledge/tax.toml:2: warning: entry `tax.tax-card-dk` cites no official source"],
            &[],
        ),
        ("knowledge/tax.toml", "https://skat.dk/borger/skattekort", "https://info.skat.dk/x", &[], &["official"]),
        (
            "knowledge/tax.toml",
            "https://skat.dk/borger/skattekort",
            "https://notskat.dk/x",
            &["knowledge/tax.toml:2: warning: entry `tax.tax-card-dk` cites no official source"],
            &[],
        ),
        // Checked more than 12 months before the day.
        (
            "knowledge/health.toml",
            "checked = 2026-11-01",
            "checked = 2025-11-27",
            &["knowledge/health.toml:3: warning: entry `health.special-health-card` was last checked 2025-11-27, more than 12 months ago"],
            &[],
        ),
        ("knowledge/health.toml", "checked = 2026-11-01", "checked = 2025-11-28", &[], &["last checked"]),
        // More than 120 words before the sources.
        (
            "locales/da/answers.ftl",
            "Arbejdsgiveren betaler de første 30 dage.",
            &long,
            &["locales/da/answers.ftl:10: warning: answer `health-sick-pay-dk` has 121 words before the sources"],
            &[],
        ),
        ("locales/de/answers.ftl", "Der Arbeitgeber zahlt die ersten 30 Tage.", &just, &[], &["words"]),
        // review_by at most 31 days ahead.
        (
            "knowledge/values.toml",
            "year = 2026\n",
            "year = 2026\nreview_by = 2026-12-30\n",
            &["knowledge/values.toml:6: warning: value `no-tax-card-rate`: review_by 2026-12-30 is more than 31 days ahead; it postpones the year warning until 2026-12-29 at most"],
            &[],
        ),
        ("knowledge/values.toml", "year = 2026\n", "year = 2026\nreview_by = 2026-12-29\n", &[], &["review_by"]),
        // An older year's amount in use: review_by postpones the warning, capped at 31 days...
        (
            "knowledge/values.toml",
            "year = 2026\n",
            "year = 2025\nreview_by = 2027-01-31\n",
            &["knowledge/values.toml:6: warning: value `no-tax-card-rate`: review_by 2027-01-31 is more than 31 days ahead"],
            &["holds for 2025"],
        ),
        // ... and not past its date.
        (
            "knowledge/values.toml",
            "year = 2026\n",
            "year = 2025\nreview_by = 2026-11-27\n",
            &["knowledge/values.toml:5: warning: value `no-tax-card-rate` holds for 2025; check the amount for 2026"],
            &["review_by"],
        ),
        // A value without source or checked date.
        (
            "knowledge/values.toml",
            "checked = 2026-11-01\nsource = \"https://skat.dk/borger/skattekort\"\n",
            "",
            &[
                "knowledge/values.toml:2: warning: value `no-tax-card-rate` for 2026 has no source",
                "knowledge/values.toml:2: warning: value `no-tax-card-rate` for 2026 has no checked date",
            ],
            &[],
        ),
        // A value whose source is not official, in effect or not yet.
        (
            "knowledge/values.toml",
            "https://skat.dk/borger/skattekort",
            "https://lohn.example.com/x",
            &["knowledge/values.toml:2: warning: value `no-tax-card-rate` for 2026: source https://lohn.example.com/x is not on a domain in sources.toml"],
            &[],
        ),
        (
            "knowledge/values.toml",
            "from = 2027-01-01\nchecked = 2026-11-01\nsource = \"https://borger.dk/saerligt-sundhedskort\"",
            "from = 2027-01-01\nchecked = 2026-11-01\nsource = \"https://news.example.com/x\"",
            &["knowledge/values.toml:18: warning: value `special-card-fee` for 2027: source https://news.example.com/x is not on a domain"],
            &[],
        ),
        // sources.toml lists domains, not links.
        (
            "knowledge/sources.toml",
            "\"skat.dk\"",
            "\"https://skat.dk/\"",
            &[
                "knowledge/sources.toml:2: warning: `https://skat.dk/` is not a domain (write it like skat.dk)",
                "knowledge/tax.toml:2: warning: entry `tax.tax-card-dk` cites no official source",
            ],
            &[],
        ),
    ];
    for (file, from, to, want, absent) in cases {
        check_warnings(file, from, to, want, absent);
    }
}

#[test]
fn a_missing_sources_file_is_one_warning() {
    let dir = fixture_copy();
    std::fs::remove_file(dir.path().join("knowledge/sources.toml")).unwrap();
    let (kb, diags) = load_dir(dir.path());
    let text = lines(&diags).replace(&format!("{}/", dir.path().display()), "");
    assert!(kb.is_some(), "{text}");
    assert_eq!(diags.len(), 1, "{text}");
    assert!(text.contains("knowledge/sources.toml:0: warning: no list of official sources (sources.toml)"), "{text}");
}

#[test]
fn value_blocks_that_contradict_each_other_are_errors() {
    let cases: &[(&str, &str, &str)] = &[
        // Two blocks of one name taking effect the same day.
        (
            "year = 2027\nfrom = 2027-01-01",
            "year = 2026\nfrom = 2026-01-01",
            "knowledge/values.toml:18: error: value `special-card-fee` takes effect on 2026-01-01 twice (also at knowledge/values.toml:10)",
        ),
        // Without `from`, 1 January of the year.
        (
            "year = 2027\nfrom = 2027-01-01\n",
            "year = 2026\n",
            "knowledge/values.toml:18: error: value `special-card-fee` takes effect on 2026-01-01 twice",
        ),
        (
            "amount = 1300\nunit = \"DKK\"",
            "amount = 1300\nunit = \"EUR\"",
            "knowledge/values.toml:18: error: value `special-card-fee`: unit EUR differs from DKK at knowledge/values.toml:10",
        ),
        (
            "from = 2027-01-01",
            "from = 2026-12-01",
            "knowledge/values.toml:22: error: value `special-card-fee`: from 2026-12-01 is not in its year 2027",
        ),
        ("from = 2027-01-01", "from = \"1. januar\"", "knowledge/values.toml:22: error: value `special-card-fee`: from must be a date"),
        (
            "checked = 2026-11-01",
            "checked = 2026-11-29",
            "knowledge/values.toml:6: error: value `no-tax-card-rate`: checked date 2026-11-29 is in the future",
        ),
        (
            "\"https://skat.dk/borger/skattekort\"",
            "\"skat.dk\"",
            "knowledge/values.toml:7: error: value `no-tax-card-rate`: source `skat.dk` is not a web link",
        ),
    ];
    for (from, to, want) in cases {
        check_error("knowledge/values.toml", replace_owned(from, to), want);
    }
}

fn replace_owned(from: &str, to: &str) -> impl FnOnce(String) -> String {
    let (from, to) = (from.to_string(), to.to_string());
    move |s: String| {
        assert!(s.contains(&from), "fixture lacks {from:?}");
        s.replacen(&from, &to, 1)
    }
}

/// knowledge/README.md asks for at least 4 example questions per language:
/// fewer is a warning (the base still loads; `check --strict` fails).
#[test]
fn fewer_than_four_examples_in_a_language_is_a_warning() {
    let (loaded, text) = broken(
        "knowledge/tax.toml",
        replace(
            r#"examples = ["Wo finde ich meine dänische Steuerkarte?", "Hauptkarte oder Nebenkarte?", "Steuerkarte", "Freikarte"]"#,
            r#"examples = ["Wo finde ich meine dänische Steuerkarte?", "Hauptkarte oder Nebenkarte?", "Steuerkarte"]"#,
        ),
    );
    assert!(loaded, "a warning does not stop the base:\n{text}");
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with("knowledge/tax.toml:16: warning: entry `tax.tax-card-dk` has 3 German example question(s); write at least 4"),
        "{text}"
    );
}

/// `check`'s texts in `code` as shipped (the fixture has no check.ftl of its own).
fn shipped_texts(code: &str) -> pendlerbot::CheckTexts {
    pendlerbot::CheckTexts::load(
        &crate::support::root().join("locales"),
        &pendlerbot::CheckLang::pick(Some(code), None),
    )
}

/// Every diagnostic of a broken copy, rendered in `lang` with the shipped texts.
fn broken_in(file: &str, edit: impl FnOnce(String) -> String, lang: &str) -> Vec<String> {
    let texts = shipped_texts(lang);
    let dir = fixture_copy();
    let path = dir.path().join(file);
    let src = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(src)).unwrap();
    let (_, diags) = load_dir(dir.path());
    diags.iter().map(|d| d.render(&texts).replace(&format!("{}/", dir.path().display()), "")).collect()
}

#[test]
fn a_toml_syntax_error_speaks_the_advisors_language_with_a_hint_and_alone() {
    use pendlerbot::CheckLang;
    // A German date: one error, in Danish, with the date hint; no follow-on
    // errors about the entries of that file that other files name.
    let got = broken_in("knowledge/tax.toml", replace("checked = 2026-11-01", "checked = 01.11.2026"), "da");
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(got[0].starts_with("knowledge/tax.toml:3: fejl: TOML-syntaksfejl"), "{got:#?}");
    assert!(got[0].contains("ÅÅÅÅ-MM-DD"), "{got:#?}");
    let got = broken_in("knowledge/tax.toml", replace("checked = 2026-11-01", "checked = 01.11.2026"), "de");
    assert!(got[0].contains("Fehler: TOML-Syntaxfehler") && got[0].contains("JJJJ-MM-TT"), "{got:#?}");
    // English stays the default.
    assert_eq!(CheckLang::pick(None, Some("C.UTF-8")).code(), "en");
    assert_eq!(CheckLang::pick(None, Some("da_DK.UTF-8")).code(), "da");
    assert_eq!(CheckLang::pick(Some("de"), Some("da_DK.UTF-8")).code(), "de");
    assert_eq!(CheckLang::pick(Some("dansk"), None).code(), "da");
    assert_eq!(CheckLang::pick(Some("sv_SE"), None).code(), "sv");
}

/// `check` speaks a language from that language's `check.ftl` in the
/// locales checked; without the file (or a message in it), in English. A
/// check.ftl is checked against the one list of `check`'s messages.
#[test]
fn check_speaks_from_the_locales_check_ftl_and_english_without_it() {
    let dir = fixture_copy();
    let tax = dir.path().join("knowledge/tax.toml");
    let text = std::fs::read_to_string(&tax).unwrap();
    std::fs::write(&tax, text.replacen("related = [", "related = [\"tax.nope\", ", 1)).unwrap();
    let locales = dir.path().join("locales");
    let danish = pendlerbot::CheckLang::pick(Some("da"), None);
    let first = |texts: &pendlerbot::CheckTexts| {
        let (_, diags) = load_dir(dir.path());
        diags[0].render(texts).replace(&format!("{}/", dir.path().display()), "")
    };
    // The fixture has no check.ftl: English.
    let got = first(&pendlerbot::CheckTexts::load(&locales, &danish));
    assert!(got.contains(": error: entry `") && got.contains("`tax.nope` does not exist"), "{got}");
    // The shipped Danish one: Danish, and the file is clean.
    let shipped = std::fs::read_to_string(crate::support::root().join("locales/da/check.ftl")).unwrap();
    std::fs::write(locales.join("da/check.ftl"), &shipped).unwrap();
    let got = first(&pendlerbot::CheckTexts::load(&locales, &danish));
    assert!(got.contains(": fejl: emnet `") && got.contains("`tax.nope` findes ikke"), "{got}");
    let (_, diags) = load_dir(dir.path());
    assert!(!lines(&diags).contains("check.ftl"), "{}", lines(&diags));
    // One message taken out, one unknown added: each reported, and the one taken out is English.
    let edited = shipped.replacen("check-error = fejl\n", "check-eror = fejl\n", 1);
    std::fs::write(locales.join("da/check.ftl"), edited).unwrap();
    let (_, diags) = load_dir(dir.path());
    let all = lines(&diags);
    assert!(
        all.contains("check.ftl:0: warning: check message `check-error` is missing in da; check shows it in English"),
        "{all}"
    );
    assert!(all.contains(": warning: `check-eror` is no message of check (a typo or a leftover?)"), "{all}");
    let got = first(&pendlerbot::CheckTexts::load(&locales, &danish));
    assert!(got.contains(": error: emnet `"), "{got}");
}

#[test]
fn a_fluent_syntax_error_speaks_the_advisors_language_and_alone() {
    let got = broken_in("locales/de/answers.ftl", replace("Der Arbeitgeber zahlt", "Der Arbeitgeber { zahlt"), "de");
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(got[0].contains("Fehler: Fluent-Syntaxfehler") && got[0].contains("Tipp:"), "{got:#?}");
}

#[test]
fn a_keyword_competing_for_another_entrys_example_is_reported_at_the_keyword() {
    let (loaded, text) = broken(
        "knowledge/tax.toml",
        replace(
            "keywords = [\"skattekort\", \"hovedkort\"",
            "keywords = [\"min skatteklasse\", \"skattekort\", \"hovedkort\"",
        ),
    );
    assert!(!loaded, "{text}");
    // At the example, as before ...
    assert!(
        text.contains(
            "knowledge/tax.toml:26: error: example does not match its own entry `tax.dk-resident-working-de`"
        ),
        "{text}"
    );
    // ... and at the keyword that competes for it, where the fix goes.
    assert!(
        text.contains(
            "knowledge/tax.toml:9: error: keyword `min skatteklasse` of `tax.tax-card-dk` competes for an example of \
             `tax.dk-resident-working-de` (knowledge/tax.toml:26)"
        ),
        "{text}"
    );
}

/// Issue 15.11: edits that compile but do harm. A pattern whose compiled
/// program is huge (this one took 484 MB and 2.9 s to load) ...
#[test]
fn a_pattern_too_large_to_compile_small_is_an_error() {
    check_error(
        "knowledge/tax.toml",
        replace(
            "context = [\"skat\", \"løn\"]",
            "context = [\"skat\", \"løn\"]\npatterns = [\"(?:[a-z]{1,100}){5000}\"]",
        ),
        "knowledge/tax.toml:11: error: entry `tax.tax-card-dk`: pattern `(?:[a-z]{1,100}){5000}` is too large",
    );
}

/// ... a text over 4,000 characters (a 185 KB fallback went out as 47
/// messages), in any message, not only in answers ...
#[test]
fn a_text_over_4000_characters_is_an_error() {
    let long: &'static str = Box::leak(format!("fallback =\n    {}\n", "Ring til os. ".repeat(320)).into_boxed_str());
    check_error(
        "locales/da/ui.ftl",
        replace("fallback =\n", long),
        "locales/da/ui.ftl:15: error: message `fallback` is 4",
    );
}

/// ... and a Fluent reference cycle (the bot answered the bare word "help").
#[test]
fn a_fluent_reference_cycle_is_an_error() {
    check_error(
        "locales/de/ui.ftl",
        replace("help =\n", "help = { help-more }\nhelp-more = { help }\nhelp-old =\n"),
        "locales/de/ui.ftl:7: error: message `help` refers to itself: help → help-more → help",
    );
    check_error(
        "locales/da/ui.ftl",
        replace("help =\n", "help = { help }\nhelp-old =\n"),
        "locales/da/ui.ftl:7: error: message `help` refers to itself: help → help",
    );
}

/// One broken copy of the fixture: files to change (path, from, to; an empty
/// `from` writes `to` as the whole file, an empty `to` with `from` "-"
/// removes the file).
type Breakage<'a> = &'a [(&'a str, &'a str, &'a str)];

/// Every diagnostic of the broken copies, each with its message.
fn diagnostics_of(cases: &[Breakage]) -> Vec<pendlerbot::Diagnostic> {
    let mut out = Vec::new();
    for case in cases {
        let dir = fixture_copy();
        for (file, from, to) in case.iter() {
            let path = dir.path().join(file);
            if *from == "-" {
                std::fs::remove_file(&path).unwrap();
            } else if from.is_empty() {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, to).unwrap();
            } else {
                let s = std::fs::read_to_string(&path).unwrap();
                assert!(s.contains(from), "{file} lacks {from:?}");
                std::fs::write(&path, s.replacen(from, to, 1)).unwrap();
            }
        }
        out.extend(load_dir(dir.path()).1);
    }
    out
}

/// Kinds of message no broken fixture below produces yet: each needs a file
/// system fault to show. The test fails when one of them does show (then it
/// leaves this list) and when a kind neither shows nor stands here.
const NOT_PRODUCED: &[&str] = &["check-cannot-read"];

/// Issues 16/17: `check` speaks the advisor's language in every message.
/// Breaks the fixture in every way the loader reports, and asserts that each
/// diagnostic has its Danish and German wording (a new kind of message
/// without a line in locales/*/check.ftl fails here), and that every kind of
/// the table is produced by some breakage.
#[cfg(unix)]
#[test]
fn every_diagnostic_speaks_danish_and_german() {
    let long_answer: &'static str =
        Box::leak(format!("health-sick-pay-dk =\n    {}\n", "abcdefghi ".repeat(399)).into_boxed_str());
    let longish_answer: &'static str =
        Box::leak(format!("health-sick-pay-dk =\n    {}\n", "abcdefghi ".repeat(170)).into_boxed_str());
    let dialogue =
        "[parts.amount]\nda = [\"hvor meget\"]\nde = [\"wie viel\"]\n\n[language]\nsv = [\"på svenska\"]\n\n\
                    [areas.tax]\nwords = [\"skat\"]\npopular = [\"tax.nope\", \"health.sick-pay-dk\"]\n\n\
                    [situation_topics]\nde-dk = [\"tax.nope\"]\nnorth = []\n\n\
                    [by_country.\"tax.nope\"]\ndecides = \"home\"\ndk = \"health.sick-pay-dk\"\n\n\
                    [job_moved]\n\"tax.nope\" = \"health.sick-pay-dk\"\n\n\
                    [status.retired.entries]\n\"tax.nope\" = \"health.sick-pay-dk\"\n";
    let office = "[hours]\nmonday = \"09:00-12:00\"\ntue = 9\nwed = \"9 to 12\"\n";
    let cases: &[Breakage] = &[
        // Files and folders.
        &[("knowledge/languages.toml", "-", ""), ("knowledge/sources.toml", "-", "")],
        &[
            ("knowledge/vocabulary.toml", "", "[words]\n\"!!\" = \"?\"\n\"syg\" = \"syg\"\n"),
            ("knowledge/health.toml", "id = \"health.sick-pay-dk\"", "id = \"health.special-health-card\""),
            ("knowledge/sources.toml", "\"skat.dk\"", "\"https://skat.dk/\""),
            ("locales/sv/ui.ftl", "", "welcome = Hej\n"),
        ],
        &[
            ("knowledge/health.toml", "-", ""),
            ("knowledge/tax.toml", "-", ""),
            ("knowledge/other.toml", "-", ""),
            ("knowledge/languages.toml", "-", ""),
            ("knowledge/scope.toml", "-", ""),
            ("knowledge/sources.toml", "-", ""),
            ("knowledge/topics.toml", "-", ""),
            ("knowledge/values.toml", "-", ""),
        ],
        // Values.
        &[("knowledge/values.toml", "name = \"no-tax-card-rate\"", "name = \"No rate\"")],
        // Places: the word lists the place reading needs.
        &[("knowledge/places.toml", "", "[words]\nme = []\n")],
        &[
            ("knowledge/values.toml", "amount = 55", "amount = \"55\""),
            ("knowledge/values.toml", "unit = \"DKK\"", "unit = \"kroner\""),
        ],
        &[("knowledge/values.toml", "year = 2026\nchecked", "year = 99999999999\nchecked")],
        &[
            ("knowledge/values.toml", "from = 2027-01-01", "from = \"1. januar\""),
            ("knowledge/values.toml", "checked = 2026-11-01", "checked = 2026-11-29"),
        ],
        &[("knowledge/values.toml", "from = 2027-01-01", "from = 2026-12-01")],
        &[("knowledge/values.toml", "\"https://skat.dk/borger/skattekort\"", "\"skat.dk\"")],
        &[
            ("knowledge/values.toml", "year = 2026\n", "year = 2025\nreview_by = 2027-01-31\n"),
            (
                "knowledge/values.toml",
                "from = 2027-01-01\nchecked = 2026-11-01\nsource = \"https://borger.dk/saerligt-sundhedskort\"",
                "from = 2027-03-01\n",
            ),
            ("knowledge/values.toml", "https://borger.dk/saerligt-sundhedskort", "https://news.example.com/x"),
        ],
        &[("knowledge/values.toml", "year = 2026\n", "year = 2025\n")],
        &[("knowledge/values.toml", "amount = 1300\nunit = \"DKK\"", "amount = 1300\nunit = \"EUR\"")],
        &[("knowledge/values.toml", "year = 2027\nfrom = 2027-01-01", "year = 2026\nfrom = 2026-01-01")],
        // Entries.
        &[
            ("knowledge/tax.toml", "https://skat.dk/borger/skattekort", "https://notskat.dk/x"),
            ("knowledge/health.toml", "checked = 2026-11-01", "checked = 2024-01-15"),
            ("knowledge/topics.toml", "[[topic]]\nid = \"smalltalk.greeting\"", "[[topic]]\nid = \"tax.later\"\n\n[[topic]]\nid = \"smalltalk.greeting\""),
        ],
        &[("knowledge/other.toml", "id = \"service.human-advisor\"", "id = \"Human advisor\"")],
        &[
            ("knowledge/health.toml", "checked = 2026-11-01\nsources = [\"https://example.org/sygedagpenge\"]", "sources = []"),
            ("knowledge/health.toml", "checked = 2026-11-01", "checked = 2026-12-24"),
        ],
        &[
            ("knowledge/health.toml", "checked = 2026-11-01", "checked = \"1. november\""),
            ("knowledge/other.toml", "\"https://example.org/contact\"", "\"example.org\""),
        ],
        &[
            ("knowledge/tax.toml", "direction = \"de-dk\"", "direction = \"north\""),
            ("knowledge/tax.toml", "direction = \"dk-de\"", "direction = \"dk-de\"\ncountry = \"se\""),
        ],
        &[("knowledge/tax.toml", "direction = \"de-dk\"\n", "direction = \"de-dk\"\ncountry_rules = true\n")],
        &[
            ("knowledge/health.toml", "[entry.de]\nkeywords = [\"gelbe", "[entry.sv]\nkeywords = [\"gula\"]\n\n[entry.de]\nkeywords = [\"gelbe"),
            ("knowledge/other.toml", "[entry.de]\nkeywords = [\"hallo\", \"moin\"]\nexamples = [\"Moin!\", \"moin\", \"hallo\", \"Hallo!\"]\n", ""),
        ],
        &[
            ("knowledge/tax.toml", "keywords = [\"Steuerklasse\", \"Steuer-ID\"]", "keywords = []"),
            ("knowledge/other.toml", "examples = [\"Ich möchte mit einem Menschen sprechen\", \"Mensch\", \"Berater\", \"einen Berater\"]", "examples = []"),
            ("knowledge/health.toml", "\"Krankengeld\", \"krank\"", "\"Krankengeld\", \"!!\", \"krank\""),
            ("knowledge/tax.toml", r#"examples = ["Wo finde ich meine dänische Steuerkarte?", "Hauptkarte oder Nebenkarte?", "Steuerkarte", "Freikarte"]"#, r#"examples = ["Wo finde ich meine dänische Steuerkarte?", "Hauptkarte oder Nebenkarte?", "Steuerkarte"]"#),
        ],
        &[
            ("knowledge/tax.toml", "related = [\"tax.dk-resident-working-de\"]", "related = [\"tax.tax-card-dk\", \"tax.nope\"]"),
            ("knowledge/health.toml", "related = [\"health.sick-pay-dk\"]", "related = [\"health.sick-pay-dk\"]\nother_side = \"health.sick-pay-dk\""),
            ("knowledge/tax.toml", "direction = \"de-dk\"\n", "direction = \"de-dk\"\nother_side = \"tax.nope\"\n"),
        ],
        &[("knowledge/tax.toml", "direction = \"dk-de\"\n", "direction = \"de-dk\"\nother_side = \"tax.tax-card-dk\"\n")],
        &[("knowledge/topics.toml", "id = \"health.sick-pay-dk\"", "id = \"health.sick-pay-xx\"")],
        // Patterns.
        &[(
            "knowledge/tax.toml",
            "context = [\"skat\", \"løn\"]",
            "context = [\"skat\", \"løn\"]\npatterns = [\"skat(kort\", \"(?:[a-z]{1,100}){5000}\"]",
        )],
        // Languages.
        &[
            ("knowledge/languages.toml", "code = \"de\"", "code = \"d-e\""),
            ("knowledge/languages.toml", "undecided = \"de\"", "undecided = \"sv\""),
        ],
        &[("knowledge/languages.toml", "code = \"de\"", "code = \"da\"")],
        &[("knowledge/languages.toml", "stemmer = \"German\"", "stemmer = \"Klingon\"")],
        &[("knowledge/languages.toml", "\"Oktober\", \"November\", \"Dezember\",", "\"Oktober\", \"November\",")],
        &[("knowledge/languages.toml", "letters = \"äöüß\"", "letters = \"äöüßa\"")],
        &[("knowledge/languages.toml", "letters = \"äöüß\"", "fillers = [\"eben mal\"]\nletters = \"äöüß\"")],
        &[("knowledge/languages.toml", "grammar.inside = [\"in\"]", "grammar.inside = [\"in der\"]")],
        &[("knowledge/languages.toml", "currencies = [\"eur\",", "currencies = [\"e ur\",")],
        &[("knowledge/languages.toml", "", "undecided = \"de\"\n")],
        // Texts.
        &[
            ("locales/da/ui.ftl", "non-text =", "choices-intro = igen\nnon-text ="),
            ("locales/de/ui.ftl", "help =\n", "help = { help }\nhelp-old =\n"),
            ("locales/da/answers.ftl", "", "only-danish = Kun på dansk\n"),
        ],
        &[
            ("locales/da/ui.ftl", "area-tax = Skat\n", ""),
            ("locales/da/ui.ftl", "feedback-thanks = Tak for din vurdering!\n", ""),
            ("locales/da/answers.ftl", "health-sick-pay-dk =", "health-sick-pay-xx ="),
        ],
        &[
            ("locales/da/answers.ftl", "health-sick-pay-dk =\n    Arbejdsgiveren betaler de første 30 dage.\n", long_answer),
            ("locales/de/answers.ftl", "    .title = Krankengeld\n", ""),
            ("locales/da/answers.ftl", "{ $no-tax-card-rate }", "{ $no-such-value }"),
            ("locales/da/answers.ftl", "    .title = Hilsen", "    .title = { $nope }"),
        ],
        &[
            ("locales/da/answers.ftl", "health-sick-pay-dk =\n    Arbejdsgiveren betaler de første 30 dage.\n", longish_answer),
            ("knowledge/dialogue.toml", "", dialogue),
            ("locales/da/answers.ftl", "    .title = Skattekort", "    .title = Skattekort\n    .amount = 55 %\n    .colour = grøn"),
        ],
        &[("locales/da/ui.ftl", "fallback =\n", Box::leak(format!("fallback =\n    {}\n", "Ring til os. ".repeat(320)).into_boxed_str()))],
        // Commands.
        &[
            ("locales/da/commands.ftl", "command-help = help\n    .description = Hjælp og kommandoer\n", "command-help = start\n"),
            ("locales/de/commands.ftl", "command-help = hilfe", "command-help = Hilfe!"),
        ],
        // Example questions.
        &[("knowledge/health.toml", "\"jeg er syg, hvad nu\"", "\"hvor er mit skattekort\"")],
        &[("knowledge/health.toml", "\"jeg er syg, hvad nu\"", "\"hvornår åbner svømmehallen\"")],
        &[("knowledge/tax.toml", "keywords = [\"skattekort\", \"hovedkort\"", "keywords = [\"min skatteklasse\", \"skattekort\", \"hovedkort\"")],
        &[("knowledge/health.toml", "\"Hvem betaler sygedagpenge?\"", "\"Wer zahlt mir sygedagpenge, bitte?\"")],
        // A broken check.ftl in the locales: check reports it like any text.
        &[("locales/da/check.ftl", "", "check-entry-id = {\n"), ("knowledge/tax.toml", "related = [", "related = [\"tax.nope\", ")],
        // A check.ftl with a message check does not have, and without all the others.
        &[("locales/de/check.ftl", "", "check-nope = Nanu\n")],
        // The advice office.
        &[("knowledge/office.toml", "", office)],
        &[("knowledge/office.toml", "", "closed = [\"24.12.\"]\n[hours]\n")],
        &[("knowledge/office.toml", "", "[hours\n")],
    ];
    let mut diags = diagnostics_of(cases);
    // A file that points outside its folder.
    let dir = fixture_copy();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.toml"), "").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.toml"), dir.path().join("knowledge/evil.toml")).unwrap();
    diags.extend(load_dir(dir.path()).1);
    let (da, de) = (shipped_texts("da"), shipped_texts("de"));
    let mut produced = std::collections::BTreeSet::new();
    let mut untranslated = Vec::new();
    for d in &diags {
        match (pendlerbot::check_message_id(&d.message), &d.text) {
            (Some(_), _) => produced.extend(pendlerbot::check_message_ids(&d.message)),
            (None, Some(_)) => {}
            (None, None) => untranslated.push(d.message.clone()),
        }
        for texts in [&da, &de] {
            let r = d.render(texts);
            assert!(!r.contains(&d.message), "{:?} rendering is English: {r}", texts.lang());
        }
        assert_eq!(d.render(&shipped_texts("en")), d.to_string());
    }
    assert!(untranslated.is_empty(), "messages without a pattern in src/check_text.rs:\n{}", untranslated.join("\n"));
    let missing: Vec<&str> = pendlerbot::CHECK_PATTERNS
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !produced.contains(id) && !NOT_PRODUCED.contains(id))
        .collect();
    assert!(missing.is_empty(), "kinds no broken fixture produces: {missing:?}");
    for id in NOT_PRODUCED {
        assert!(!produced.contains(id), "`{id}` is produced now: take it out of NOT_PRODUCED");
    }
}

/// The word lists of places.toml's `[words]` that the place reading needs
/// (`me`, `contrast`, ...): one empty is an error at its line, one missing
/// at the `[words]` header; a base without places.toml has none of them.
#[test]
fn a_place_word_list_missing_or_empty_is_an_error_at_its_line() {
    let dir = fixture_copy();
    let shipped = std::fs::read_to_string(crate::support::root().join("knowledge/places.toml")).unwrap();
    let contrast = shipped.lines().find(|l| l.starts_with("contrast = [")).unwrap();
    let language = shipped.lines().find(|l| l.starts_with("language_before = [")).unwrap();
    let edited = shipped.replacen(contrast, "contrast = [\"\", \"!\"]", 1).replacen(language, "", 1);
    std::fs::write(dir.path().join("knowledge/places.toml"), &edited).unwrap();
    let line_of = |needle: &str| edited[..edited.find(needle).unwrap()].lines().count() + 1;
    let (kb, diags) = load_dir(dir.path());
    assert!(kb.is_none());
    let text = lines(&diags).replace(&format!("{}/", dir.path().display()), "");
    let errors: Vec<&str> = text.lines().filter(|l| l.contains("[words]")).collect();
    let message = "is missing or empty: the place reading needs it (see knowledge/README.md)";
    // Problems come line by line: the missing list at the [words] header first.
    assert_eq!(
        errors,
        [
            format!("knowledge/places.toml:{}: error: [words] `language_before` {message}", line_of("\n[words]")),
            format!("knowledge/places.toml:{}: error: [words] `contrast` {message}", line_of("contrast = [\"\"")),
        ],
        "{text}"
    );
    assert!(load_dir(fixture_copy().path()).0.is_some(), "the fixture has no places.toml");
}

/// Start-up builds independent parts side by side (the patterns beside the
/// keywords): the problems of a base broken in several places still come in
/// one order, file by file, line by line, and on one line in the order the
/// advisor wrote them; `ask`'s load reports the same as `check`'s.
#[test]
fn the_problems_of_a_base_broken_in_several_places_come_in_one_order() {
    let dir = fixture_copy();
    let tax = dir.path().join("knowledge/tax.toml");
    let src = std::fs::read_to_string(&tax).unwrap();
    let from = "context = [\"skat\", \"løn\"]";
    assert!(src.contains(from));
    let bad = format!("{from}\npatterns = [\"skat(kort\", \"[løn\", \"kort)\", \"x{{2,1}}\"]");
    let src = src.replacen(from, &bad, 1).replacen(
        "related = [\"tax.dk-resident-working-de\"]",
        "related = [\"tax.nope\"]",
        1,
    );
    std::fs::write(&tax, src).unwrap();
    let da = dir.path().join("locales/da/answers.ftl");
    let ftl = std::fs::read_to_string(&da).unwrap();
    std::fs::write(&da, ftl + "only-danish = Kun på dansk\n").unwrap();
    let text = |diags: &[pendlerbot::Diagnostic]| lines(diags).replace(&format!("{}/", dir.path().display()), "");
    let (kb, diags) = load_dir(dir.path());
    assert!(kb.is_none());
    let first = text(&diags);
    let patterns: Vec<&str> = first.lines().filter(|l| l.contains(": pattern `")).collect();
    let named: Vec<&str> = patterns.iter().map(|l| l.split('`').nth(3).unwrap()).collect();
    assert_eq!(named, ["skat(kort", "[løn", "kort)", "x{2,1}"], "{first}");
    assert!(patterns.iter().all(|l| l.starts_with("knowledge/tax.toml:11: error: ")), "{first}");
    assert!(
        first.contains("knowledge/tax.toml:5: error: entry `tax.tax-card-dk`: related entry `tax.nope`"),
        "{first}"
    );
    assert!(first.contains("locales/da/answers.ftl:17: error: message `only-danish`"), "{first}");
    for _ in 0..5 {
        assert_eq!(text(&load_dir(dir.path()).1), first);
    }
    let (_, asking) = pendlerbot::Kb::load_for_asking(
        &dir.path().join("knowledge"),
        &dir.path().join("locales"),
        crate::support::today(),
    );
    let asking = text(&asking);
    assert_eq!(asking.lines().filter(|l| l.contains(": pattern `")).collect::<Vec<_>>(), patterns, "{asking}");
}

/// The knowledge files are parsed side by side (the later ones on a second
/// thread, beside loading the first): a base broken in files of both
/// reports as when they were read one after the other. The first file and
/// one of the last do not parse; an id of `tax.toml` also in `other.toml`
/// (read before it) is the duplicate of `tax.toml`; every load alike.
#[test]
fn the_problems_of_files_parsed_side_by_side_come_as_read_one_by_one() {
    let dir = fixture_copy();
    let knowledge = dir.path().join("knowledge");
    let add = |name: &str, more: &str| {
        let path = knowledge.join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text + more).unwrap();
    };
    let tax = std::fs::read_to_string(knowledge.join("tax.toml")).unwrap();
    let first_entry = &tax[..tax[1..].find("[[entry]]").unwrap() + 1];
    assert!(first_entry.contains("id = \"tax.tax-card-dk\""));
    add("health.toml", "\noops = [\n");
    add("other.toml", &format!("\n{first_entry}"));
    add("topics.toml", "\n[[topic]\nid = 1\n");
    let text = |diags: &[pendlerbot::Diagnostic]| lines(diags).replace(&format!("{}/", dir.path().display()), "");
    let (kb, diags) = load_dir(dir.path());
    assert!(kb.is_none());
    let first = text(&diags);
    let at = |needle: &str| first.find(needle).unwrap_or_else(|| panic!("{needle} not in\n{first}"));
    let health = at("knowledge/health.toml:");
    let duplicate = at("knowledge/tax.toml:2: error: duplicate id `tax.tax-card-dk`: also at ");
    let topics = at("knowledge/topics.toml:");
    assert!(health < duplicate && duplicate < topics, "{first}");
    assert!(!first.lines().any(|l| l.starts_with("knowledge/other.toml") && l.contains("duplicate")), "{first}");
    for _ in 0..5 {
        assert_eq!(text(&load_dir(dir.path()).1), first);
    }
    let (_, asking) = pendlerbot::Kb::load_for_asking(&knowledge, &dir.path().join("locales"), crate::support::today());
    let files = |all: &str| -> Vec<String> {
        all.lines()
            .filter(|l| ["health.toml", "topics.toml", "duplicate id"].iter().any(|f| l.contains(f)))
            .map(String::from)
            .collect()
    };
    assert_eq!(files(&text(&asking)), files(&first));
}
