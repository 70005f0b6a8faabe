//! Languages are data (issue 17): `tests/fixtures/english` is a base with a
//! third language, English, added in its files only (`languages.toml`,
//! `locales/en/`, `[entry.en]`): no code knows it.

use std::sync::OnceLock;

use pendlerbot::dialogue::{handle, Action, Event, Input, Outcome, Session};
use pendlerbot::{Kb, Lang};

use super::util::{lines, load_dir};
use crate::support::{root, run_bin};

fn english_kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| {
        let (kb, diags) = load_dir(&root().join("tests/fixtures/english"));
        kb.unwrap_or_else(|| panic!("the English fixture has errors:\n{}", lines(&diags)))
    })
}

fn en() -> Lang {
    Lang::from_code("en").unwrap()
}

fn say(session: &Session, text: &str) -> Outcome {
    handle(english_kb(), session, Input::Text(text.into()), None)
}

#[test]
fn english_questions_get_english_answers() {
    let o = say(&Session::default(), "Where do I find my tax card?");
    assert_eq!(o.event, Event::Answered { entry: "tax.tax-card-dk".into(), lang: en(), settled: false });
    let text = &o.replies[0].text;
    assert!(text.contains("Without a tax card, 55 % is withheld"), "{text}");
    assert!(text.contains("Last checked: 1 November 2026"), "{text}");
    // Amounts the English way.
    let o = say(&Session::default(), "How do I get the yellow card?");
    assert_eq!(o.event, Event::Answered { entry: "health.special-health-card".into(), lang: en(), settled: false });
    assert!(o.replies[0].text.contains("costs 1,234.50 DKK (2026)"), "{}", o.replies[0].text);
}

#[test]
fn danish_and_german_are_read_as_before_beside_english() {
    let o = say(&Session::default(), "Hvor finder jeg mit skattekort?");
    assert_eq!(o.event, Event::Answered { entry: "tax.tax-card-dk".into(), lang: Lang::Da, settled: false });
    let o = say(&Session::default(), "Wie bekomme ich die gelbe Karte?");
    assert_eq!(o.event, Event::Answered { entry: "health.special-health-card".into(), lang: Lang::De, settled: false });
    assert!(o.replies[0].text.contains("1.234,50 DKK"), "{}", o.replies[0].text);
}

#[test]
fn english_is_chosen_asked_for_and_offered_like_the_others() {
    let kb = english_kb();
    // "/language english" sets it; the language question offers a button per language.
    let o = say(&Session::default(), "/language english");
    assert_eq!(o.session.lang, Some(en()));
    assert!(o.replies[0].text.contains("I will answer in English now."), "{}", o.replies[0].text);
    let o = say(&Session::default(), "/language");
    let buttons: Vec<(String, Action)> =
        o.replies[0].buttons.iter().flatten().map(|b| (b.label.clone(), b.action.clone())).collect();
    assert_eq!(
        buttons,
        [
            ("Dansk".to_string(), Action::SetLang(Lang::Da)),
            ("Deutsch".to_string(), Action::SetLang(Lang::De)),
            ("English".to_string(), Action::SetLang(en())),
        ]
    );
    assert!(o.replies[0].text.ends_with("\nChoose a language:"), "{}", o.replies[0].text);
    // A phrase of dialogue.toml asks for it.
    let o = say(&Session::default(), "in english please");
    assert_eq!(o.session.lang, Some(en()));
    // An app set to English hints English; one set to French hints nothing.
    let o = handle(kb, &Session::default(), Input::Text("/start".into()), Some(en()));
    assert_eq!(o.lang, en());
    let o = handle(kb, &Session::default(), Input::Text("/start".into()), Lang::from_code("fr"));
    assert_eq!(
        o.replies[0].text,
        kb.texts.ui(Lang::Da, "language-ask")
            + "\n"
            + &kb.texts.ui(Lang::De, "language-ask")
            + "\n"
            + &kb.texts.ui(en(), "language-ask")
    );
}

#[test]
fn the_command_menus_come_from_the_locales() {
    let menus = english_kb().menus(false);
    let langs: Vec<Option<Lang>> = menus.iter().map(|m| m.lang).collect();
    assert_eq!(langs, [Some(Lang::Da), Some(Lang::De), Some(en()), None]);
    assert_eq!(menus[2].commands[1], ("help".to_string(), "Help and commands".to_string()));
    assert!(!menus[2].commands.iter().any(|(c, _)| c == "close"));
    assert!(english_kb().menus(true)[2].commands.iter().any(|(c, _)| c == "close"));
    // The admins' commands too: each language's `admin-<job>`, the default from languages.toml.
    assert_eq!(menus[2].admin[0], ("check".to_string(), "Check the knowledge base (admin)".to_string()));
    let jobs: Vec<&str> = menus[0].admin.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(jobs, ["check", "reload", "inbox", "why"]);
    assert_eq!(menus[3].admin.len(), 4);
    // A typed word of an admin command (`.also`) names its job.
    assert_eq!(english_kb().command_job("tjek"), "check");
    assert_eq!(english_kb().command_job("pruefen"), "check");
}

#[test]
fn command_words_come_from_the_locales() {
    // `/erase` is a word of the English locale only (`.also`), `/hilfe` the German menu's.
    // (A command does not change the chat's language: a new chat's is the first.)
    let o = say(&Session::default(), "/erase");
    assert!(o.forget, "{}", o.replies[0].text);
    let english = Session { lang: Some(en()), ..Session::default() };
    let o = say(&english, "/erase");
    assert!(o.forget && o.replies[0].text.starts_with("Everything I kept"), "{}", o.replies[0].text);
    let o = say(&english, "/profile else");
    assert_eq!(o.session.profile, Some(pendlerbot::dialogue::Profile::Other));
    let o = say(&Session::default(), "/hilfe");
    assert_eq!(o.replies[0].text, english_kb().texts.ui(Lang::Da, "help"));
}

#[test]
fn check_and_ask_take_the_third_language_from_the_files() {
    let dir = root().join("tests/fixtures/english");
    let (k, l) = (dir.join("knowledge"), dir.join("locales"));
    let (k, l) = (k.to_str().unwrap(), l.to_str().unwrap());
    let (ok, out, err) = run_bin(&["--knowledge", k, "--locales", l, "check"], "");
    assert!(ok && out.contains("0 error(s), 0 warning(s)"), "{out}{err}");
    let (ok, out, err) = run_bin(&["--knowledge", k, "--locales", l, "ask", "--json"], "what is my withholding rate\n");
    assert!(ok && out.starts_with(r#"{"lang":"en","entry":"tax.tax-card-dk""#), "{out}{err}");
}

#[test]
fn a_locale_folder_without_its_language_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::copy_tree(&root().join("tests/fixtures/kb"), dir.path());
    std::fs::create_dir(dir.path().join("locales/en")).unwrap();
    let (kb, diags) = load_dir(dir.path());
    assert!(kb.is_some());
    let all = lines(&diags);
    assert!(all.contains("locales/en is no language of knowledge/languages.toml"), "{all}");
}

#[test]
fn an_entry_without_the_third_language_is_an_error_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::copy_tree(&root().join("tests/fixtures/english"), dir.path());
    let tax = dir.path().join("knowledge/tax.toml");
    let text = std::fs::read_to_string(&tax).unwrap();
    let cut = text.find("# The third language").unwrap();
    std::fs::write(&tax, format!("{}\n[entry.fr]\nkeywords = [\"carte\"]\n", &text[..cut])).unwrap();
    let (kb, diags) = load_dir(dir.path());
    let all = lines(&diags);
    assert!(kb.is_none());
    assert!(all.contains("tax.toml:2: error: entry `tax.tax-card-dk` has no [entry.en] section"), "{all}");
    assert!(all.contains("tax.toml:17: error: entry `tax.tax-card-dk`: [entry.fr] is none of the languages"), "{all}");
}

/// The English fixture with English's code changed to `sv` in every file:
/// a language whose code the code has never heard of.
fn fixture_as_sv() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    crate::support::copy_tree(&root().join("tests/fixtures/english"), dir.path());
    let edit = |file: &str, from: &str, to: &str| {
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file}: {from}");
        std::fs::write(&path, text.replace(from, to)).unwrap();
    };
    edit("knowledge/languages.toml", "code = \"en\"", "code = \"sv\"");
    edit("knowledge/tax.toml", "[entry.en]", "[entry.sv]");
    edit("knowledge/health.toml", "[entry.en]", "[entry.sv]");
    edit("knowledge/dialogue.toml", "\nen = [", "\nsv = [");
    std::fs::rename(dir.path().join("locales/en"), dir.path().join("locales/sv")).unwrap();
    dir
}

/// Step 4 of ARCHITECTURE's "How to add a language": the phrases asking for
/// a language in `dialogue.toml` may name any language of `languages.toml`,
/// not only da, de and en; a code that is none of them is still an error
/// at its line.
#[test]
fn dialogue_toml_asks_for_any_language_of_the_base() {
    let dir = fixture_as_sv();
    let (kb, diags) = load_dir(dir.path());
    let kb = kb.unwrap_or_else(|| panic!("a fourth code is refused:\n{}", lines(&diags)));
    assert!(diags.is_empty(), "{}", lines(&diags));
    let sv = Lang::from_code("sv").unwrap();
    let o = handle(&kb, &Session::default(), Input::Text("in english please".into()), None);
    assert_eq!(o.session.lang, Some(sv), "the phrase of `sv = [...]` asks for it");

    let dialogue = dir.path().join("knowledge/dialogue.toml");
    let text = std::fs::read_to_string(&dialogue).unwrap();
    let text = text.replace("\nsv = [", "\nfr = [\"en français\"]\nsv = [");
    let tables = "[refers_in]\nxx = [\"das\"]\n[partner_pronouns]\nyy = [\"sie\"]\n[own_pronouns]\nzz = [\"ich\"]\n";
    std::fs::write(&dialogue, format!("{text}\n{tables}")).unwrap();
    let line = std::fs::read_to_string(&dialogue).unwrap().lines().position(|l| l.starts_with("fr = ")).unwrap() + 1;
    let (kb, diags) = load_dir(dir.path());
    let all = lines(&diags);
    assert!(kb.is_none());
    assert!(
        all.contains(&format!(
            "dialogue.toml:{line}: error: [language]: `fr` is no language (da, de, sv, en): is a table header missing above it?"
        )),
        "{all}"
    );
    let line = std::fs::read_to_string(&dialogue).unwrap().lines().position(|l| l.starts_with("xx = ")).unwrap() + 1;
    assert!(
        all.contains(&format!(
            "dialogue.toml:{line}: error: [refers_in]: `xx` is no language (da, de, sv, en): is a table header missing above it?"
        )),
        "{all}"
    );
    let lines_of = std::fs::read_to_string(&dialogue).unwrap();
    for (table, code) in [("partner_pronouns", "yy"), ("own_pronouns", "zz")] {
        let line = lines_of.lines().position(|l| l.starts_with(&format!("{code} = "))).unwrap() + 1;
        let want = format!(
            "dialogue.toml:{line}: error: [{table}]: `{code}` is no language (da, de, sv, en): is a table header missing above it?"
        );
        assert!(all.contains(&want), "{all}");
    }
    // In Danish with the shipped check.ftl (the fixture has none of its own).
    let texts = pendlerbot::CheckTexts::load(&root().join("locales"), &pendlerbot::CheckLang::pick(Some("da"), None));
    let danish: Vec<String> = diags.iter().map(|d| d.render(&texts)).collect();
    assert!(danish.iter().any(|d| d.contains("`fr` er ikke et sprog (da, de, sv, en)")), "{danish:?}");
    assert!(danish.iter().any(|d| d.contains("[refers_in]: `xx` er ikke et sprog")), "{danish:?}");
    assert!(danish.iter().any(|d| d.contains("[own_pronouns]: `zz` er ikke et sprog")), "{danish:?}");
}

/// `report --lang` takes any language of the base (its code or a name),
/// and without the flag the locale's language when the base speaks it,
/// else the base's first.
#[test]
fn the_report_is_written_in_any_language_of_the_base() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let fixture = root().join("tests/fixtures/english");
    let run = |args: &[&str], locale: &str| -> (bool, String) {
        use std::io::Write;
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_pendlerbot"))
            .arg("--knowledge")
            .arg(fixture.join("knowledge"))
            .arg("--locales")
            .arg(fixture.join("locales"))
            .args(args)
            .env("PENDLERBOT_DATA", &data)
            .env("LANG", locale)
            .env_remove("LC_ALL")
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("PENDLERBOT_TOKEN_FILE")
            .env_remove("PENDLERBOT_CONFIG")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(b"Where do I find my tax card?\n").unwrap();
        let out = child.wait_with_output().unwrap();
        (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (ok, err) = run(&["chat"], "C");
    assert!(ok, "{err}");
    let page = dir.path().join("report.html");
    let page_arg = page.to_str().unwrap();
    let html_lang = || {
        let html = std::fs::read_to_string(&page).unwrap();
        html[html.find("<html lang=\"").unwrap() + 12..].chars().take_while(|c| *c != '"').collect::<String>()
    };
    for (args, locale, want) in [
        (vec!["report", "--lang", "en", "--out", page_arg], "C", "en"),
        (vec!["report", "--lang", "English", "--out", page_arg], "C", "en"),
        (vec!["report", "--lang", "DE", "--out", page_arg], "C", "de"),
        (vec!["report", "--out", page_arg], "en_GB.UTF-8", "en"),
        (vec!["report", "--out", page_arg], "de_DE.UTF-8", "de"),
        (vec!["report", "--out", page_arg], "fr_FR.UTF-8", "da"),
        (vec!["report", "--out", page_arg], "C", "da"),
    ] {
        let _ = std::fs::remove_file(&page);
        let (ok, err) = run(&args, locale);
        assert!(ok, "{args:?} {locale}: {err}");
        assert_eq!(html_lang(), want, "{args:?} {locale}");
    }
    let (ok, err) = run(&["report", "--lang", "fr", "--out", page_arg], "C");
    assert!(!ok && err.contains("--lang takes a language of the base (da, de, en), not `fr`"), "{err}");
}

/// Where the code may still write "da" or "de", and why: country codes
/// (Denmark and Germany are the border, not languages), a web domain, and
/// the languages of `check`'s own messages, which are compiled in so a
/// broken `locales/` cannot silence `check` (ARCHITECTURE: "not yet data").
/// (file, code on the line, why). Each must still match a line: a place the
/// code no longer needs comes off the list.
const MAY_NAME_DA_OR_DE: &[(&str, &str, &str)] = &[
    ("src/knowledge/places.rs", "#[serde(rename = \"de\")]", "the country Germany"),
    ("src/knowledge/places.rs", "Country::De => \"de\"", "the country Germany"),
    ("src/knowledge/load.rs", "\"de\" => Some(Country::De)", "an entry's country"),
    ("src/check_text.rs", "must be \"dk\" or \"de\"", "the message about an entry's country"),
    (
        "src/check_text.rs",
        "needs a country \\(country = \"dk\" or \"de\"",
        "the message about an entry's country_rules",
    ),
    ("src/text.rs", "\"dk\" | \"de\"", "the .de web domain in a URL"),
];

/// The invariant that makes this work: outside tests, no code names Danish or
/// German: not `Lang::Da`, `Lang::De` (they are there for tests), nor a `"da"`
/// or `"de"` string but the few of [`MAY_NAME_DA_OR_DE`]. Unit-test modules
/// and comments are left out.
#[test]
fn no_code_below_src_names_a_language() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("src"), &mut files);
    let mut found = Vec::new();
    let mut allowed_used = vec![false; MAY_NAME_DA_OR_DE.len()];
    for path in files {
        let file = path.strip_prefix(root()).unwrap().display().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in super::tidy::code_without_tests(&super::tidy::code_of(&text)) {
            // `Lang::Da`, not `CheckLang::Da` (the language of `check`'s own messages).
            let named = ["Lang::Da", "Lang::De"]
                .iter()
                .any(|l| line.match_indices(l).any(|(at, _)| !line[..at].ends_with(|c: char| c.is_alphanumeric())));
            let literal = line.contains("\"da\"") || line.contains("\"de\"");
            if named {
                found.push(format!("{file}:{n}: {line}"));
            } else if literal {
                match MAY_NAME_DA_OR_DE.iter().position(|(f, code, _)| *f == file && line.contains(code)) {
                    Some(i) => allowed_used[i] = true,
                    None => found.push(format!("{file}:{n}: {line}")),
                }
            }
        }
    }
    assert!(found.is_empty(), "languages named in code:\n{}", found.join("\n"));
    let stale: Vec<_> = MAY_NAME_DA_OR_DE.iter().zip(allowed_used).filter(|(_, used)| !used).map(|(a, _)| a).collect();
    assert!(stale.is_empty(), "allowed but no longer in the code (take them off the list): {stale:?}");
}
