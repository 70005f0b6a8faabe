//! The knowledge base we ship: it loads cleanly, covers the catalogue, and
//! every answer renders in both languages with its source and date.

use pendlerbot::diag::Severity;
use pendlerbot::knowledge::{Kb, MAX_MESSAGE_CHARS};
use pendlerbot::text::Lang;

use pendlerbot::date::Date;

use crate::util::{lines, root, shipped_kb};

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
        for lang in Lang::ALL {
            let text = kb.render(id, lang).unwrap_or_else(|| panic!("{id} does not render in {lang}"));
            let n = text.chars().count();
            assert!(n < MAX_MESSAGE_CHARS, "{id} {lang}: {n} characters");
            assert!(!text.contains('{') && !text.contains('}'), "{id} {lang}: unformatted placeholder:\n{text}");
            if !entry.is_smalltalk() {
                assert!(text.contains("https://"), "{id} {lang}: no source link");
                let label = match lang {
                    Lang::Da => "Senest kontrolleret:",
                    Lang::De => "Zuletzt geprüft:",
                };
                assert!(text.contains(label), "{id} {lang}: no checked date");
            }
            assert_ne!(kb.title(id, lang), id, "{id} {lang}: no title");
        }
    }
}

#[test]
fn every_entry_has_at_least_four_examples_per_language() {
    for e in &shipped_kb().entries {
        for lang in Lang::ALL {
            let n = e.rules(lang).examples.len();
            assert!(n >= 4, "{} has {n} {lang} examples", e.id);
        }
    }
}

#[test]
fn every_callback_fits_in_64_bytes() {
    use pendlerbot::dialogue::Action;
    for e in &shipped_kb().entries {
        for lang in Lang::ALL {
            let data = Action::EntryIn(e.id.clone(), lang).encode();
            assert!(data.len() <= 64, "{data}");
        }
    }
}
