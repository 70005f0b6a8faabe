//! Property tests (issue 8): the normaliser and the matcher on arbitrary
//! Unicode never panic, stay within bounds, and are deterministic. The
//! shipped knowledge base is used, so every rule and pattern takes part.

use std::time::{Duration, Instant};

use pendlerbot::{fold, tokens, Decision, MAX_MATCH_CHARS};
use proptest::prelude::*;

use super::util::shipped_kb;

/// Text that mixes what commuters and attackers send: letters of both
/// languages, digits, punctuation, emoji, zero-width and bidi controls,
/// combining marks, other scripts and control characters.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[a-zA-ZæøåÆØÅäöüÄÖÜß ]{1,12}",
        Just("skattekort ".to_string()),
        Just("Kindergeld ".to_string()),
        Just("se www.skat.dk. ".to_string()),
        Just("0.\u{b2} ".to_string()),
        Just("bor i Tyskland og arbejder i Danmark ".to_string()),
        "[0-9.,%/+-]{1,8}",
        "[\u{200b}\u{200d}\u{202e}\u{2066}\u{feff}\u{0301}\u{0308}]{1,4}",
        "[😀-🙏👍🏽🇩🇰🇩🇪]{1,4}",
        "[\u{0000}-\u{001f}\u{007f}]{1,3}",
        "[Α-ωА-я一-龥ﬁﬀ①-⑳]{1,6}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// Longer than any question may take in a release build.
const HANG: Duration = Duration::from_secs(2);

/// `n` cases, unless PROPTEST_CASES asks for more (scripts/fuzz.sh does).
fn cases(n: u32) -> ProptestConfig {
    let env = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    ProptestConfig { cases: n.max(env), ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(cases(300))]

    #[test]
    fn folding_is_deterministic_bounded_and_tidy(text in hostile_text()) {
        let a = fold(&text);
        prop_assert_eq!(&a, &fold(&text));
        prop_assert!(!a.starts_with(' ') && !a.ends_with(' ') && !a.contains("  "), "{:?}", a);
        // Each kept character spells out to a few at most.
        prop_assert!(a.chars().count() <= 4 * MAX_MATCH_CHARS);
        prop_assert!(!a.chars().any(|c| c.is_control()), "{:?}", a);
        prop_assert!(tokens(&a).all(|t| !t.is_empty()));
    }

    #[test]
    fn matching_never_panics_and_decides_the_same_way_twice(text in hostile_text()) {
        let kb = shipped_kb();
        let started = Instant::now();
        let m = kb.find(&text, None, None);
        // A hang detector, far above any real cost (see docs/performance.md),
        // in release builds only (scripts/fuzz.sh): a debug build's time says
        // nothing. `cargo bench --bench figures` bounds long inputs' cost.
        prop_assert!(cfg!(debug_assertions) || started.elapsed() < HANG);
        let again = kb.find(&text, None, None);
        // The fold the matcher hands on (to the dialogue's cues) is the
        // message's own fold, or none when a link was stripped from it.
        match &m.folded_message {
            Some(folded) => prop_assert_eq!(folded, &fold(&text)),
            None => {
                let lower = text.to_ascii_lowercase();
                prop_assert!(lower.contains("http") || lower.contains("www."), "{:?}", text);
            }
        }
        prop_assert_eq!(&m.entry, &again.entry);
        prop_assert_eq!(&m.options, &again.options);
        prop_assert_eq!(m.lang, again.lang);
        prop_assert!((0.0..=1.0).contains(&m.score));
        prop_assert!(m.options.len() <= 3);
        match m.decision {
            Decision::Answer => prop_assert!(m.entry.is_some() && m.options.is_empty()),
            Decision::Choices => prop_assert!(m.entry.is_none() && !m.options.is_empty()),
            Decision::Fallback => prop_assert!(m.entry.is_none() && m.options.is_empty()),
        }
        // Whatever it decides can be rendered for Telegram.
        if let Some(id) = &m.entry {
            let answer = kb.render(id, m.lang);
            prop_assert!(answer.is_some_and(|a| a.chars().count() <= 4096));
        }
    }

    #[test]
    fn long_hostile_messages_are_cut_not_choked_on(seed in hostile_text(), repeat in 1usize..4000) {
        let text = seed.repeat(repeat.min(100_000 / seed.len().max(1)));
        let kb = shipped_kb();
        let started = Instant::now();
        let _ = kb.find(&text, None, None);
        prop_assert!(cfg!(debug_assertions) || started.elapsed() < HANG);
    }
}

/// Broken advisor files: a knowledge or locale file replaced by mutated
/// text (bytes flipped, cut, duplicated) gives diagnostics, never a panic.
fn mutated(original: &str) -> impl Strategy<Value = String> {
    let original = original.to_string();
    (any::<u64>(), 0usize..6, hostile_text()).prop_map(move |(seed, how, noise)| {
        let mut s = original.clone();
        let mut cut = if s.is_empty() { 0 } else { (seed as usize) % s.len() };
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        match how {
            0 => s.truncate(cut),
            1 => s.insert_str(cut, &noise),
            2 => s = s.replace('"', ""),
            3 => s = s.replace('=', "=\n"),
            4 => s = format!("{s}\n{s}"),
            _ => s = noise,
        }
        s
    })
}

fn load_with(file: &str, content: &str) {
    let dir = tempfile::tempdir().unwrap();
    let root = crate::support::fixture();
    for sub in ["knowledge", "locales/da", "locales/de"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for f in std::fs::read_dir(root.join(sub)).unwrap() {
            let f = f.unwrap();
            std::fs::copy(f.path(), dir.path().join(sub).join(f.file_name())).unwrap();
        }
    }
    std::fs::write(dir.path().join(file), content).unwrap();
    let (_kb, _diags) = pendlerbot::Kb::load_anyway(
        &dir.path().join("knowledge"),
        &dir.path().join("locales"),
        crate::support::today(),
    );
}

proptest! {
    #![proptest_config(cases(48))]

    #[test]
    fn a_mangled_knowledge_file_never_panics_the_loader(
        text in mutated(&std::fs::read_to_string(crate::support::fixture().join("knowledge/tax.toml")).unwrap())
    ) {
        load_with("knowledge/tax.toml", &text);
    }

    #[test]
    fn a_mangled_locale_file_never_panics_the_loader(
        text in mutated(&std::fs::read_to_string(crate::support::fixture().join("locales/de/ui.ftl")).unwrap())
    ) {
        load_with("locales/de/ui.ftl", &text);
    }
}
