//! `check`'s texts in the advisor's language, from
//! `locales/<code>/check.ftl` of the locales folder checked (like every
//! other text), English where a language has no such file or lacks a message.
//!
//! Two kinds of text. `check`'s own (the summary, the words for error and
//! warning, `/check`'s reply, the syntax errors' hints): ids of [`OWN`], in
//! English in `check_en.ftl`, compiled in so `check` always speaks. And the
//! problems: the code writes every diagnostic in English
//! (`file:line: error: message`); [`PATTERNS`] recognises each English
//! message format by an anchored regex with named captures, and the Fluent
//! message of the same kind is filled with the captures. A message no
//! pattern matches stays English, so a new diagnostic is never lost, only
//! untranslated (a test over the broken fixtures fails until it has its line
//! here). A broken check.ftl loses only the messages that do not parse: they
//! are shown in English, and `check` reports the file like any other.

use std::path::Path;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use regex::Regex;

/// The English texts of [`OWN`]: the fallback of every language.
pub const EN_FTL: &str = include_str!("check_en.ftl");

/// The file of `check`'s texts in a language's locales folder.
pub const FILE: &str = "check.ftl";

/// `check`'s own messages (around the problems, and the syntax errors with
/// their hints). With the ids of [`PATTERNS`] they are the one list of
/// `check.ftl` ids ([`ids`]), which `check` verifies in every language that
/// has the file.
pub const OWN: &[&str] = &[
    "check-error",
    "check-warning",
    "check-summary",
    "check-summary-failed",
    "check-chat-title",
    "check-chat-more",
    "check-chat-kept",
    "check-chat-kept-errors",
    "check-toml-syntax",
    "check-fluent-syntax",
];

/// Every id a `check.ftl` holds: [`OWN`], then the kinds of [`PATTERNS`].
pub fn ids() -> impl Iterator<Item = &'static str> {
    OWN.iter().copied().chain(PATTERNS.iter().map(|(id, _)| *id))
}

/// The language `check` speaks: a language code, from `--lang`, the locale
/// or a chat's language. Its texts are `locales/<code>/check.ftl`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckLang(String);

impl CheckLang {
    /// English, the code's own language.
    pub fn english() -> CheckLang {
        CheckLang("en".into())
    }

    /// From `--lang` or, without it, the locale: the leading letters
    /// (`da_DK.UTF-8` -> `da`), two or three of them, else the first two
    /// (`dansk` -> `da`); none or one letter (`C.UTF-8`) is English.
    pub fn pick(flag: Option<&str>, locale: Option<&str>) -> CheckLang {
        let raw = flag.or(locale).unwrap_or("");
        let letters: String =
            raw.chars().take_while(char::is_ascii_alphabetic).collect::<String>().to_ascii_lowercase();
        match letters.len() {
            0 | 1 => CheckLang::english(),
            2 | 3 => CheckLang(letters),
            _ => CheckLang(letters[..2].to_string()),
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }
}

/// A text of `check` by id with its arguments, rendered in any language
/// when shown (a syntax error's message and hint).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

/// `check`'s texts in one language.
pub struct CheckTexts {
    lang: CheckLang,
    /// `locales/<code>/check.ftl`, where it exists and reads.
    bundle: Option<FluentBundle<FluentResource>>,
}

impl CheckTexts {
    /// The texts of `lang` from `locales`; English where there are none. A
    /// file that cannot be read or parse is no error here: `check` reports
    /// it, and what is missing is shown in English.
    pub fn load(locales: &Path, lang: &CheckLang) -> CheckTexts {
        let path = locales.join(lang.code()).join(FILE);
        let bundle = std::fs::read_to_string(path).ok().map(|source| bundle(lang.code(), source));
        CheckTexts { lang: lang.clone(), bundle }
    }

    /// English only: what the code writes, with [`EN_FTL`] around it.
    pub fn english() -> &'static CheckTexts {
        static EN: OnceLock<CheckTexts> = OnceLock::new();
        EN.get_or_init(|| CheckTexts { lang: CheckLang::english(), bundle: None })
    }

    pub fn lang(&self) -> &CheckLang {
        &self.lang
    }

    /// One of [`OWN`] with its arguments: in this language, else English.
    pub fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.bundle
            .as_ref()
            .and_then(|b| format(b, id, &fluent))
            .or_else(|| format(english(), id, &fluent))
            .unwrap_or_else(|| id.to_string())
    }

    /// A [`Text`] in this language, else English.
    pub fn render(&self, text: &Text) -> String {
        let args: Vec<(&str, FluentValue)> =
            text.args.iter().map(|(k, v)| (*k, FluentValue::from(v.as_str()))).collect();
        self.text(text.id, &args)
    }

    /// An English diagnostic `message` in this language, or `None` where no
    /// pattern matches or this language lacks its message: the caller
    /// shows the English then.
    pub fn translate(&self, message: &str) -> Option<String> {
        let bundle = self.bundle.as_ref()?;
        let (id, caps, re) = matched(message)?;
        let mut args = FluentArgs::new();
        for name in re.capture_names().flatten() {
            let value = caps.name(name).map_or("", |m| m.as_str());
            let value = match name {
                NESTED => self.translate(value).unwrap_or_else(|| value.to_string()),
                _ => value.to_string(),
            };
            args.set(name, FluentValue::from(value));
        }
        format(bundle, id, &args)
    }
}

/// A message of `bundle` formatted, `None` where it is missing or does not
/// format cleanly.
fn format(bundle: &FluentBundle<FluentResource>, id: &str, args: &FluentArgs) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors).into_owned();
    errors.is_empty().then_some(text)
}

fn english() -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    EN.get_or_init(|| bundle("en", EN_FTL.to_string()))
}

/// A [`Text`] in English, as the code writes a diagnostic's message.
pub fn english_text(text: &Text) -> String {
    CheckTexts::english().render(text)
}

/// (Fluent id, English message format). The first pattern that matches wins:
/// specific formats stand before general ones of the same start.
pub const PATTERNS: &[(&str, &str)] = &[
    // Files and folders (knowledge/load.rs).
    ("check-cannot-read", r"^cannot read (?P<what>file|folder): (?P<error>.*)$"),
    ("check-outside-folder", r"^file points outside its folder \(symlink\?\); it is ignored$"),
    ("check-no-knowledge-files", r"^no knowledge files \(\*\.toml\) found$"),
    (
        "check-no-languages-file",
        r"^no languages\.toml: it names the languages the bot speaks \(see knowledge/README\.md\)$",
    ),
    (
        "check-no-sources-file",
        r"^no list of official sources \(sources\.toml\): entries and values are not checked against one$",
    ),
    ("check-vocabulary-no-letters", r"^vocabulary `(?P<word>[^`]*)`: both sides need letters$"),
    ("check-vocabulary-itself", r"^vocabulary `(?P<word>[^`]*)` means itself$"),
    (
        "check-place-words-missing",
        r"^\[words\] `(?P<list>[^`]*)` is missing or empty: the place reading needs it \(see knowledge/README\.md\)$",
    ),
    ("check-duplicate-id", r"^duplicate id `(?P<id>[^`]*)`: also at (?P<place>.*)$"),
    ("check-not-a-domain", r"^`(?P<domain>[^`]*)` is not a domain \(write it like skat\.dk\)$"),
    // Values (knowledge/load.rs, knowledge/mod.rs).
    ("check-value-name", r"^value name `(?P<name>[^`]*)` must use a-z, 0-9 and -, starting with a letter$"),
    ("check-value-amount", r"^value `(?P<name>[^`]*)`: amount must be a number$"),
    (
        "check-value-unit",
        r"^value `(?P<name>[^`]*)`: unknown unit `(?P<unit>[^`]*)` \(use DKK, EUR, percent or number\)$",
    ),
    ("check-value-year", r"^value `(?P<name>[^`]*)`: year (?P<year>.*) is not a year$"),
    ("check-value-date", r"^value `(?P<name>[^`]*)`: (?P<field>[a-z_]+) must be a date \(YYYY-MM-DD\)$"),
    ("check-value-from-year", r"^value `(?P<name>[^`]*)`: from (?P<date>\S+) is not in its year (?P<year>\S+)$"),
    ("check-value-checked-future", r"^value `(?P<name>[^`]*)`: checked date (?P<date>\S+) is in the future$"),
    (
        "check-value-review-by",
        r"^value `(?P<name>[^`]*)`: review_by (?P<date>\S+) is more than (?P<days>\d+) days ahead; it postpones the year warning until (?P<cap>\S+) at most$",
    ),
    ("check-value-source-link", r"^value `(?P<name>[^`]*)`: source `(?P<source>.*)` is not a web link$"),
    (
        "check-value-no-source",
        r#"^value `(?P<name>[^`]*)` (?P<kind>for|from) (?P<when>\S+) has no source \(source = "https://\.\.\.", its official page\)$"#,
    ),
    (
        "check-value-no-checked",
        r"^value `(?P<name>[^`]*)` (?P<kind>for|from) (?P<when>\S+) has no checked date \(checked = (?P<today>\S+), the day it was verified at its source\)$",
    ),
    (
        "check-value-unit-differs",
        r"^value `(?P<name>[^`]*)`: unit (?P<unit>\S+) differs from (?P<first>\S+) at (?P<place>.*); all blocks of a value need the same unit$",
    ),
    (
        "check-value-twice",
        r"^value `(?P<name>[^`]*)` takes effect on (?P<date>\S+) twice \(also at (?P<place>.*)\); give one block another `from`$",
    ),
    (
        "check-value-unofficial-source",
        r"^value `(?P<name>[^`]*)` (?P<kind>for|from) (?P<when>\S+): source (?P<source>\S+) is not on a domain in sources\.toml$",
    ),
    (
        "check-value-old-year",
        r"^value `(?P<name>[^`]*)` holds for (?P<year>\d+); check the amount for (?P<current>\d+)$",
    ),
    // Entries (knowledge/load.rs).
    (
        "check-entry-unofficial",
        r"^entry `(?P<id>[^`]*)` cites no official source: none of its sources is on a domain in sources\.toml$",
    ),
    ("check-entry-id", r"^entry id `(?P<id>[^`]*)` must look like `area\.topic-name` \(a-z, 0-9, -\)$"),
    ("check-entry-no-review-date", r"^entry `(?P<id>[^`]*)` has no review date \(checked = 2026-01-31\)$"),
    ("check-entry-review-future", r"^entry `(?P<id>[^`]*)`: review date (?P<date>\S+) is in the future$"),
    ("check-entry-review-old", r"^entry `(?P<id>[^`]*)` was last checked (?P<date>\S+), more than 12 months ago$"),
    ("check-entry-not-a-date", r"^entry `(?P<id>[^`]*)`: `(?P<text>.*)` is not a date \(write YYYY-MM-DD\)$"),
    ("check-entry-no-source", r#"^entry `(?P<id>[^`]*)` has no source link \(sources = \["https://\.\.\."\]\)$"#),
    ("check-entry-source-link", r"^entry `(?P<id>[^`]*)`: source `(?P<source>.*)` is not a web link$"),
    ("check-entry-direction", r#"^entry `(?P<id>[^`]*)`: direction `(?P<direction>.*)` must be "de-dk" or "dk-de"$"#),
    ("check-entry-country", r#"^entry `(?P<id>[^`]*)`: country `(?P<country>.*)` must be "dk" or "de"$"#),
    (
        "check-entry-country-rules",
        r#"^entry `(?P<id>[^`]*)`: country_rules = true needs a country \(country = "dk" or "de"\)$"#,
    ),
    (
        "check-entry-section-language",
        r"^entry `(?P<id>[^`]*)`: \[entry\.(?P<code>[^\]]*)\] is none of the languages of languages\.toml$",
    ),
    (
        "check-entry-no-section",
        r"^entry `(?P<id>[^`]*)` has no \[entry\.(?P<lang>[^\]]*)\] section with keywords and examples$",
    ),
    ("check-entry-no-keywords", r"^entry `(?P<id>[^`]*)` has no (?P<lang>\S+) keywords$"),
    ("check-entry-no-examples", r"^entry `(?P<id>[^`]*)` has no (?P<lang>\S+) example questions$"),
    (
        "check-entry-few-examples",
        r"^entry `(?P<id>[^`]*)` has (?P<count>\d+) (?P<language>.+) example question\(s\); write at least (?P<min>\d+), asked in different ways, so `check` shows that the keywords catch how commuters ask$",
    ),
    ("check-entry-keyword-empty", r"^entry `(?P<id>[^`]*)`: keyword `(?P<keyword>.*)` has no letters or digits$"),
    ("check-entry-related-itself", r"^entry `(?P<id>[^`]*)` lists itself as related$"),
    ("check-entry-related-missing", r"^entry `(?P<id>[^`]*)`: related entry `(?P<other>[^`]*)` does not exist$"),
    ("check-entry-other-side-missing", r"^entry `(?P<id>[^`]*)`: other_side `(?P<other>[^`]*)` does not exist$"),
    ("check-entry-other-side-no-direction", r"^entry `(?P<id>[^`]*)` has other_side but no direction$"),
    (
        "check-entry-other-side-direction",
        r#"^entry `(?P<id>[^`]*)`: other_side `(?P<other>[^`]*)` must have the opposite direction \("(?P<direction>[^"]*)"\) or that side's country_rules \(country = "(?P<country>[^"]*)"\)$"#,
    ),
    ("check-unknown-id", r"^unknown id `(?P<id>[^`]*)`: it is not in the catalogue (?P<file>.*)$"),
    ("check-topic-no-entry", r"^topic `(?P<id>[^`]*)` has no entry yet$"),
    // Patterns (knowledge/matcher.rs).
    (
        "check-pattern-too-large",
        r"^entry `(?P<id>[^`]*)`: pattern `(?P<pattern>.*)` is too large: compiled it exceeds (?P<mb>\d+) MB \(a repetition inside a repetition, like `\{1,100\}\{5000\}`\?\); write it shorter or use keywords$",
    ),
    ("check-pattern-compile", r"^entry `(?P<id>[^`]*)`: pattern `(?P<pattern>.*)` does not compile: (?P<why>.*)$"),
    // Languages (knowledge/languages.rs).
    ("check-language-code", r"^language code `(?P<code>[^`]*)` must be two or three letters a-z$"),
    ("check-language-twice", r"^language `(?P<lang>[^`]*)` is listed twice$"),
    (
        "check-language-stemmer",
        r"^language `(?P<lang>[^`]*)`: stemmer `(?P<stemmer>[^`]*)` is no Snowball stemmer \((?P<list>[^)]*)\)$",
    ),
    ("check-language-months", r"^language `(?P<lang>[^`]*)`: months lists (?P<count>\d+) names, not 12$"),
    (
        "check-language-letter",
        r"^language `(?P<lang>[^`]*)`: letter `(?P<letter>.)` is written by other languages too$",
    ),
    ("check-language-filler", r"^language `(?P<lang>[^`]*)`: filler `(?P<filler>[^`]*)` must be one word$"),
    ("check-language-currency", r"^language `(?P<lang>[^`]*)`: currency `(?P<word>[^`]*)` must be one word$"),
    (
        "check-language-grammar-word",
        r"^language `(?P<lang>[^`]*)`: grammar\.(?P<list>[a-z_]+) `(?P<word>[^`]*)` must be one word$",
    ),
    ("check-no-language", r"^no \[\[language\]\]: the bot needs at least one language$"),
    ("check-undecided", r"^undecided `(?P<code>[^`]*)` is none of the languages$"),
    (
        "check-locale-folder-unused",
        r"^locales/(?P<name>\S+) is no language of knowledge/languages\.toml: its texts are not used$",
    ),
    // `check`'s own texts (knowledge/mod.rs).
    ("check-text-missing", r"^check message `(?P<id>[^`]*)` is missing in (?P<lang>\S+); check shows it in English$"),
    ("check-text-unknown", r"^`(?P<id>[^`]*)` is no message of check \(a typo or a leftover\?\)$"),
    // Texts (i18n.rs, knowledge/mod.rs).
    ("check-message-twice", r"^message `(?P<id>[^`]*)` is defined twice \(also (?P<place>.*)\)$"),
    (
        "check-message-cycle",
        r"^(?P<what>message|term) `(?P<id>[^`]*)` refers to itself: (?P<path>.*); Fluent would show the bare id instead of a text$",
    ),
    ("check-message-one-language", r"^message `(?P<id>[^`]*)` exists in (?P<lang>\S+) but not in (?P<other>\S+)$"),
    (
        "check-message-too-long",
        r"^message `(?P<id>[^`]*)` is (?P<count>\d+) characters; at most (?P<max>\d+) \(Telegram cuts a message at (?P<cut>\d+), a longer text goes out in pieces\): shorten it$",
    ),
    (
        "check-ui-area-missing",
        r"^UI message `area-(?P<area>[^`]*)` \(the menu label of area [^)]*\) is missing in (?P<lang>\S+)$",
    ),
    ("check-ui-missing", r"^UI message `(?P<id>[^`]*)` is missing in (?P<lang>\S+)$"),
    (
        "check-entry-no-answer",
        r"^entry `(?P<id>[^`]*)` has no (?P<language>.+) answer: add `(?P<mid>[^`]*) = \.\.\.` to (?P<file>.*)$",
    ),
    ("check-answer-no-title", r"^answer `(?P<id>[^`]*)` has no `\.title` \(its button label\)$"),
    (
        "check-answer-words",
        r"^answer `(?P<id>[^`]*)` has (?P<words>\d+) words before the sources; keep it under (?P<max>\d+), the one-sentence answer first$",
    ),
    (
        "check-answer-too-long",
        r"^answer `(?P<id>[^`]*)` is (?P<count>\d+) characters with its sources; at most (?P<max>\d+) \(Telegram cuts a message at (?P<cut>\d+)\): shorten it or link to the source$",
    ),
    (
        "check-answer-long",
        r"^answer `(?P<id>[^`]*)` is (?P<count>\d+) characters; keep answers under (?P<max>\d+) for phones$",
    ),
    (
        "check-answer-unknown-part",
        r"^answer `(?P<id>[^`]*)` has `\.(?P<attr>[^`]*)`, which is no answer part \(parts: (?P<parts>.*)\)$",
    ),
    (
        "check-answer-part-one-language",
        r"^answer `(?P<id>[^`]*)` has the part `\.(?P<attr>[^`]*)` in (?P<lang>\S+) only: add it in (?P<other>\S+)$",
    ),
    ("check-answer-part-error", r"^answer `(?P<id>[^`]*)`\.(?P<attr>[A-Za-z0-9_-]+): (?P<error>.*)$"),
    ("check-answer-error", r"^answer `(?P<id>[^`]*)`: (?P<error>.*)$"),
    // Commands and the dialogue (knowledge/mod.rs).
    (
        "check-command-twice",
        r"^command `(?P<name>[^`]*)` of `(?P<id>[^`]*)` is also the command of `(?P<other>[^`]*)`$",
    ),
    (
        "check-command-name",
        r"^command `(?P<id>[^`]*)` = `(?P<name>[^`]*)`: a command is 1-32 letters a-z, digits or _$",
    ),
    ("check-command-description", r"^command `(?P<id>[^`]*)` has no `\.description` for the menu$"),
    ("check-popular-missing", r"^area `(?P<area>[^`]*)`: popular entry `(?P<id>[^`]*)` does not exist$"),
    (
        "check-popular-other-area",
        r"^area `(?P<area>[^`]*)`: popular entry `(?P<id>[^`]*)` is in area `(?P<other>[^`]*)`$",
    ),
    (
        "check-dialogue-language",
        r"^\[(?P<table>language|refers_in|partner_pronouns|own_pronouns)\]: `(?P<code>[^`]*)` is no language \((?P<codes>[^)]*)\): is a table header missing above it\?$",
    ),
    ("check-situation", r"^situation_topics: `(?P<situation>[^`]*)` is no situation \(de-dk, dk-de, other\)$"),
    ("check-situation-entry", r"^situation_topics\.(?P<situation>\S+): entry `(?P<id>[^`]*)` does not exist$"),
    ("check-by-country-entry", r"^by_country\.(?P<general>\S+): entry `(?P<id>[^`]*)` does not exist$"),
    ("check-job-moved-entry", r"^job_moved\.(?P<from>\S+): entry `(?P<id>[^`]*)` does not exist$"),
    (
        "check-status-entry",
        r"^status\.(?P<status>[^.\s]+)\.entries\.(?P<from>\S+): entry `(?P<id>[^`]*)` does not exist$",
    ),
    (
        "check-by-country-decides",
        r"^by_country\.(?P<general>\S+): decides = `(?P<decides>[^`]*)` is neither lives, works nor family$",
    ),
    // Example questions (knowledge/mod.rs).
    (
        "check-example-language",
        r#"^example of `(?P<id>[^`]*)` is read as (?P<read>\S+), not (?P<lang>\S+): "(?P<example>.*)"$"#,
    ),
    ("check-example-taken", r#"^example of `(?P<id>[^`]*)` is taken by entry `(?P<other>[^`]*)`: "(?P<example>.*)"$"#),
    (
        "check-example-takes",
        r"^(?P<kind>keyword|pattern) `(?P<phrase>.*)` of `(?P<winner>[^`]*)` takes an example of `(?P<id>[^`]*)` \((?P<place>.*)\): narrow it or add a `not` word$",
    ),
    (
        "check-example-competes",
        r"^(?P<kind>keyword|pattern) `(?P<phrase>.*)` of `(?P<rival>[^`]*)` competes for an example of `(?P<id>[^`]*)` \((?P<place>.*)\): narrow it or add a `not` word$",
    ),
    (
        "check-example-nothing",
        r#"^example does not match its own entry `(?P<id>[^`]*)` \(best: nothing matched\): "(?P<example>.*)"$"#,
    ),
    (
        "check-example-unmatched",
        r#"^example does not match its own entry `(?P<id>[^`]*)` \(best: (?P<best>.*)\): "(?P<example>.*)"$"#,
    ),
    // The advice office (relay.rs): specific formats before the TOML error.
    ("check-office-weekday", r"^office hours: `(?P<key>[^`]*)` is no weekday \(mon, tue, \.\.\., sun\)$"),
    ("check-office-string", r#"^office hours: `(?P<key>[^`]*)` must be a string like "09:00-12:00"$"#),
    ("check-office-span", r"^office hours: `(?P<span>[^`]*)` in `(?P<key>[^`]*)` is not a time span like 09:00-12:00$"),
    ("check-office-closed", r"^office hours: closed day `(?P<day>[^`]*)` is not a month-day like 12-24$"),
    ("check-office-no-hours", r"^office hours: no opening hours on any day$"),
    ("check-office-error", r"^office hours: (?P<error>.*)$"),
    // Details quoted in a message's `error` part (the Fluent resolver's).
    ("check-unknown-variable", r"^Resolver error: Unknown variable: \$(?P<name>\S+)$"),
];

/// A capture of this name is itself a message: translated where a pattern
/// knows it (an unknown variable in an answer), else quoted as it is.
const NESTED: &str = "error";

fn bundle(lang: &str, source: String) -> FluentBundle<FluentResource> {
    let langid = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // The terminal and Telegram show the Unicode isolation marks as garbage.
    bundle.set_use_isolating(false);
    // A syntax error keeps the messages that parsed.
    let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// A pattern as used: `.` also takes a newline (a TOML error quoted in a
/// message has several lines).
fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern).dot_matches_new_line(true).build()
}

fn patterns() -> &'static [(&'static str, Regex)] {
    static PATTERNS_COMPILED: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    // A pattern that does not compile is left out (a test keeps them compiling).
    PATTERNS_COMPILED
        .get_or_init(|| PATTERNS.iter().filter_map(|(id, re)| compile(re).ok().map(|r| (*id, r))).collect())
}

/// The Fluent id of the kind of an English message, if a pattern knows it.
pub fn message_id(message: &str) -> Option<&'static str> {
    message_ids(message).first().copied()
}

/// The Fluent ids a message is translated with: its own kind's, then those
/// of the details it quotes (its `error` part), as far as patterns know them.
pub fn message_ids(message: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut text = message;
    while let Some((id, caps, _)) = matched(text) {
        out.push(id);
        match caps.name(NESTED) {
            Some(m) => text = m.as_str(),
            None => break,
        }
    }
    out
}

/// The first pattern matching `message`, with its captures.
fn matched(message: &str) -> Option<(&'static str, regex::Captures<'_>, &'static Regex)> {
    patterns().iter().find_map(|(id, re)| re.captures(message).map(|c| (*id, c, re)))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast;

    use super::*;

    /// Variables of a pattern, also inside selectors and variants.
    fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline_variables(i, out),
        }
    }

    fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
            _ => {}
        }
    }

    /// Message id -> its variables, of one .ftl file that must parse cleanly.
    fn messages(source: &'static str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, e)| panic!("check.ftl: {e:?}"));
        let mut out = std::collections::BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                let value = m.value.unwrap_or_else(|| panic!("check.ftl: `{}` has no text", m.id.name));
                variables(&value, &mut vars);
                out.insert(m.id.name.to_string(), vars);
            }
        }
        out
    }

    /// The shipped texts of the languages the base speaks.
    const SHIPPED: [(&str, &str); 2] =
        [("da", include_str!("../locales/da/check.ftl")), ("de", include_str!("../locales/de/check.ftl"))];

    #[test]
    fn every_pattern_is_anchored_compiles_and_has_each_translation_with_its_variables() {
        let shipped: Vec<_> = SHIPPED.iter().map(|(lang, src)| (*lang, messages(src))).collect();
        let english = messages(EN_FTL);
        let mut ids = BTreeSet::new();
        for (id, re) in PATTERNS {
            assert!(ids.insert(*id), "`{id}` twice in PATTERNS");
            assert!(re.starts_with('^') && re.ends_with('$'), "`{id}` is not anchored: {re}");
            let compiled = compile(re).unwrap_or_else(|e| panic!("`{id}`: {e}"));
            let captures: BTreeSet<String> = compiled.capture_names().flatten().map(String::from).collect();
            for (lang, messages) in &shipped {
                let vars = messages.get(*id).unwrap_or_else(|| panic!("`{id}` is missing in locales/{lang}/check.ftl"));
                assert_eq!(vars, &captures, "`{id}` in locales/{lang}/check.ftl: variables differ from the pattern's");
            }
        }
        assert_eq!(patterns().len(), PATTERNS.len());
        // `check`'s own texts: English has exactly OWN, every language the same variables.
        assert_eq!(english.keys().map(String::as_str).collect::<BTreeSet<_>>(), OWN.iter().copied().collect());
        for id in OWN {
            assert!(ids.insert(*id), "`{id}` is in OWN and PATTERNS");
            for (lang, messages) in &shipped {
                let vars = messages.get(*id).unwrap_or_else(|| panic!("`{id}` is missing in locales/{lang}/check.ftl"));
                assert_eq!(vars, &english[*id], "`{id}` in locales/{lang}/check.ftl: variables differ from English");
            }
        }
        // And no message of the files off the one list (a leftover).
        assert_eq!(ids, ids_list());
        for (lang, messages) in &shipped {
            for id in messages.keys() {
                assert!(ids.contains(id.as_str()), "locales/{lang}/check.ftl: `{id}` is no message of check");
            }
        }
    }

    fn ids_list() -> BTreeSet<&'static str> {
        ids().collect()
    }

    fn shipped(code: &str) -> CheckTexts {
        let source = SHIPPED.iter().find(|(c, _)| *c == code).map(|(_, s)| *s).unwrap();
        CheckTexts { lang: CheckLang(code.into()), bundle: Some(bundle(code, source.to_string())) }
    }

    #[test]
    fn a_message_is_filled_with_its_parts_and_english_stays_english() {
        let (da, de) = (shipped("da"), shipped("de"));
        let m = "entry `tax.tax-card-dk`: related entry `tax.nope` does not exist";
        assert_eq!(message_id(m), Some("check-entry-related-missing"));
        let t = da.translate(m).unwrap();
        assert!(t.contains("tax.tax-card-dk") && t.contains("tax.nope") && !t.contains("does not"), "{t}");
        let t = de.translate(m).unwrap();
        assert!(t.contains("tax.tax-card-dk") && t.contains("tax.nope"), "{t}");
        assert_eq!(CheckTexts::english().translate(m), None);
        assert_eq!(da.translate("something new entirely"), None);
        // A detail the message quotes is translated too, where it is known.
        let a = "answer `tax-x`: Resolver error: Unknown variable: $no-such-value";
        assert_eq!(message_ids(a), ["check-answer-error", "check-unknown-variable"]);
        let t = da.translate(a).unwrap();
        assert!(t.contains("$no-such-value") && !t.contains("Unknown"), "{t}");
        // A selector on a captured word picks its variant.
        let v = "value `x` from 2027-03-01 has no source (source = \"https://...\", its official page)";
        assert!(de.translate(v).unwrap().contains("ab 2027-03-01"), "{:?}", de.translate(v));
    }

    #[test]
    fn own_texts_fall_back_to_english_and_syntax_hints_read_as_before() {
        let none = CheckTexts { lang: CheckLang("sv".into()), bundle: None };
        assert_eq!(none.text("check-warning", &[]), "warning");
        let partial =
            CheckTexts { lang: CheckLang("sv".into()), bundle: Some(bundle("sv", "check-error = fel\n".into())) };
        assert_eq!(
            (partial.text("check-error", &[]), partial.text("check-warning", &[])),
            ("fel".into(), "warning".into())
        );
        let toml = crate::diag::toml_hint("invalid string", "title = \"x");
        assert_eq!(
            english_text(&toml),
            "TOML: invalid string (hint: every text stands in straight double quotes \"...\"; a quote inside a text is written \\\")"
        );
        let fluent = crate::diag::fluent_hint("Expected a token starting with \"}\"");
        assert_eq!(
            english_text(&fluent),
            "Fluent: Expected a token starting with \"}\" (hint: a value is written { $name } with both braces; a literal brace is {\"{\"})"
        );
        assert_eq!(
            shipped("da").render(&crate::diag::toml_hint("expected `,`", "x = [\"a\" \"b\"]")),
            "TOML-syntaksfejl: expected `,` (tip: lister skrives [\"a\", \"b\"] med komma mellem teksterne; én nøgle = værdi pr. linje)"
        );
    }

    #[test]
    fn every_own_text_the_code_uses_is_on_the_list() {
        let quoted = Regex::new(r#""(check-[a-z-]+)""#).unwrap();
        let code = [include_str!("check.rs"), include_str!("diag.rs")];
        let used: BTreeSet<&str> =
            code.iter().flat_map(|src| quoted.captures_iter(src)).map(|c| c.get(1).unwrap().as_str()).collect();
        assert!(used.len() >= OWN.len(), "{used:?}");
        for id in used {
            assert!(OWN.contains(&id), "`{id}` is used in the code but not listed in OWN");
        }
    }
}
