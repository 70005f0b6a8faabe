//! The knowledge base: entries, yearly values and texts, loaded and checked
//! as a whole. A [`Kb`] exists only when the files have no errors, so a
//! broken edit can never replace a working base; it is immutable and shared
//! behind an `Arc` by whoever serves it.

pub mod cues;
pub mod languages;
pub mod load;
pub mod matcher;
pub mod model;
pub mod places;
pub mod similar;

use std::collections::HashMap;
use std::path::Path;

use crate::date::Date;
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::{entry_message_id, MessageSite, Texts};
use crate::text::Lang;
pub use cues::{Cues, Reading, ALL_CHOICES, LAST_CHOICE};
use languages::{LangMap, Languages, Menu};
pub use matcher::{Candidate, Decision, Match};
pub use model::{Direction, Entry, EntryId, Value};
pub use places::{Country, Situation};

/// UI messages the dialogue needs in every language.
/// Messages naming a command of the menu (`locales/<code>/commands.ftl`).
const COMMAND_PREFIX: &str = "command-";
/// Messages naming a command of the admins' own menus (same file).
const ADMIN_PREFIX: &str = "admin-";
/// The command closing a case with the advice office: in the menus only with the handover on.
const CLOSE_COMMAND: &str = "command-close";

/// Every UI message the code sends; `check` requires each in every language
/// (a test keeps this list and the code's `ui(…, "id")` calls in step).
pub const UI_MESSAGES: &[&str] = &[
    "inbox-empty",
    "inbox-title",
    "inbox-fell-back",
    "inbox-offered",
    "inbox-settled",
    "why-nothing",
    "missed",
    "complaint",
    "choices-also",
    "welcome",
    "help",
    "fallback",
    "choices-intro",
    "non-text",
    "language-set",
    "language-ask",
    "profile-ask",
    "profile-set",
    "profile-de-dk",
    "profile-dk-de",
    "profile-other",
    "profile-cleared",
    "forgotten",
    "button-other-language",
    "button-advisor",
    "button-related",
    "source",
    "checked",
    "unknown-command",
    "apology",
    "too-long",
    "too-fast",
    "console-intro",
    "no-such-button",
    "followup-no-context",
    "out-of-scope",
    "english",
    "choices-area",
    "situation-topics",
    "situation-noted",
    "situation-changed",
    "situation-lives-dk",
    "situation-lives-de",
    "situation-works-dk",
    "situation-works-de",
    "situation-partner-dk",
    "situation-partner-de",
    "situation-and",
    "situation-you",
    "button-whole-answer",
    "feedback-thanks",
    "value-outdated",
    "value-unconfirmed",
    "relay-consent",
    "relay-consent-name",
    "relay-consent-anon",
    "relay-consent-no",
    "relay-ask-question",
    "relay-declined",
    "relay-sent",
    "relay-office-closed",
    "relay-weekday",
    "relay-from-office",
    "relay-closed",
    "relay-closed-by-office",
    "relay-failed",
    "relay-card",
    "relay-follow",
    "relay-closed-by-commuter",
    "relay-closed-ack",
    "relay-forgotten",
    "relay-case-closed",
    "relay-anonymous",
    "relay-unknown",
];

/// Answers longer than this are flagged: they are read on phones.
pub const LONG_ANSWER_CHARS: usize = 1500;
/// Telegram's hard limit for one message.
pub const MAX_MESSAGE_CHARS: usize = 4096;
/// Longest text `check` accepts for any message, answers with their
/// sources included (issue 15.11: a 185 KB fallback went out as 47
/// messages); below Telegram's 4,096 to leave room for the buttons' lines.
pub const MAX_TEXT_CHARS: usize = 4000;
/// Answers with more words than this before the sources are flagged: the
/// one-sentence answer comes first, details belong behind a link.
pub const MAX_ANSWER_WORDS: usize = 120;

pub struct Kb {
    /// The languages the base speaks (`languages.toml`), in file order.
    pub languages: Languages,
    pub entries: Vec<Entry>,
    index: rustc_hash::FxHashMap<EntryId, usize>,
    pub values: Vec<Value>,
    pub texts: Texts,
    matcher: matcher::Matcher,
    /// Every entry's answer and title per language, formatted once at load
    /// (they depend on nothing but the files): index = entry, then language.
    answers: Vec<LangMap<Option<String>>>,
    titles: Vec<LangMap<Option<String>>>,
    /// The label of a button pointing to each entry ("button-related" with
    /// its title), per language: formatted once at load, not per answer.
    related_labels: Vec<LangMap<String>>,
    /// Every entry's answer parts per language ("amount", "apply", ...), rendered
    /// with a short source line: index = entry, then language.
    parts: Vec<LangMap<Vec<(String, String)>>>,
    /// How to read a conversation (`dialogue.toml`).
    pub cues: Cues,
    /// A typed command, lower case, -> its job: every language's command of
    /// the menu (`command-<job>`) and its `.also` words ("hilfe", "hjælp" -> "help").
    commands: HashMap<String, String>,
    /// Short hash of every file read: tells operators which base is serving.
    pub version: String,
    /// The day the base was built for: it decides which amounts are in
    /// effect and which are an older year's. Serving rebuilds it when the
    /// date changes.
    pub built_for: Date,
    /// The advice office's opening hours (`office.toml`), if given.
    pub office: Option<crate::relay::OfficeHours>,
}

impl Kb {
    /// Loads and checks `knowledge_dir` and `locales_dir`. Returns the base
    /// only when there are no errors, and every diagnostic either way.
    pub fn load(knowledge_dir: &Path, locales_dir: &Path, today: Date) -> (Option<Kb>, Vec<Diagnostic>) {
        let (kb, diags) = Kb::load_anyway(knowledge_dir, locales_dir, today);
        let ok = !diags.iter().any(|d| d.severity == crate::diag::Severity::Error);
        (ok.then_some(kb), diags)
    }

    /// Loads whatever can be loaded, errors or not. Only for testing tools
    /// (`ask`): an advisor can try questions while an edit is half done.
    /// Serving always goes through [`Kb::load`].
    pub fn load_anyway(knowledge_dir: &Path, locales_dir: &Path, today: Date) -> (Kb, Vec<Diagnostic>) {
        Kb::load_with(knowledge_dir, locales_dir, today, true)
    }

    /// [`Kb::load_anyway`] without matching every example question: for
    /// `ask`, which answers at once and leaves the examples to `check`.
    pub fn load_for_asking(knowledge_dir: &Path, locales_dir: &Path, today: Date) -> (Kb, Vec<Diagnostic>) {
        Kb::load_with(knowledge_dir, locales_dir, today, false)
    }

    fn load_with(knowledge_dir: &Path, locales_dir: &Path, today: Date, examples: bool) -> (Kb, Vec<Diagnostic>) {
        let mut diags = Diagnostics::default();
        let loaded = load::load(knowledge_dir, today, &mut diags);
        let languages = loaded.languages.clone();
        // The texts need nothing of the matcher: read beside its building,
        // their problems put before the matcher's as before.
        let ((texts, text_problems), (matcher, problems)) = std::thread::scope(|scope| {
            let texts = scope.spawn(|| {
                let mut diags = Diagnostics::default();
                let texts = Texts::load(locales_dir, &languages, &loaded.values, &mut diags);
                check_locale_folders(locales_dir, &languages, &mut diags);
                (texts, diags)
            });
            let built = matcher::Matcher::build(
                &languages,
                &loaded.entries,
                &loaded.scope,
                &loaded.places,
                &loaded.vocabulary,
                &loaded.cues,
                examples,
            );
            (texts.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), built)
        });
        diags.items.extend(text_problems.items);
        let cues = Cues::from_raw(&loaded.cues, &languages);
        for p in problems {
            diags.error(&p.file, p.line, p.message);
        }
        let index = loaded.entries.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let n = loaded.entries.len();
        let mut kb = Kb {
            answers: vec![LangMap::from_fn(languages.all(), |_| None); n],
            titles: vec![LangMap::from_fn(languages.all(), |_| None); n],
            related_labels: Vec::new(),
            parts: vec![LangMap::from_fn(languages.all(), |_| Vec::new()); n],
            cues,
            commands: HashMap::new(),
            entries: loaded.entries,
            index,
            values: loaded.values,
            texts,
            matcher,
            version: version_of(knowledge_dir, locales_dir, &languages),
            languages,
            built_for: today,
            office: loaded.office.clone(),
        };
        kb.check_texts(locales_dir, examples, &mut diags);
        kb.related_labels = kb
            .entries
            .iter()
            .map(|e| LangMap::from_fn(kb.languages.all(), |lang| kb.format_related_label(&e.id, lang)))
            .collect();
        if kb.texts.syntax_errors == 0 {
            kb.check_menus(&mut diags);
        }
        kb.commands = kb.command_jobs(&mut diags);
        if loaded.unreadable == 0 {
            kb.check_cues(&loaded.cues, loaded.cues_file.as_deref(), knowledge_dir, &mut diags);
        }
        kb.check_value_years(&mut diags);
        if examples {
            kb.check_examples(&mut diags);
        }
        (kb, diags.sorted())
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.index.get(id).map(|&i| &self.entries[i])
    }

    pub fn find(&self, question: &str, preferred: Option<Lang>, profile: Option<Direction>) -> Match {
        self.matcher.find(question, preferred, profile)
    }

    /// [`Kb::find`] with `background` read as the question's background (the
    /// last answer's topic in a conversation).
    pub fn find_in_context(
        &self,
        question: &str,
        background: &str,
        preferred: Option<Lang>,
        profile: Option<Direction>,
    ) -> Match {
        self.matcher.find_in_context(question, background, preferred, profile)
    }

    /// The question's language from function words and spelling alone.
    pub fn language(&self, question: &str) -> Lang {
        self.matcher.language(question, None)
    }

    /// [`Kb::find`] with the reasons of each candidate in words (`--explain`, `/why`).
    pub fn find_explained(&self, question: &str, preferred: Option<Lang>, profile: Option<Direction>) -> Match {
        self.matcher.find_explained(question, preferred, profile)
    }

    /// The situation a message states (where the commuter and a partner live and work).
    pub fn situation(&self, question: &str) -> Situation {
        self.matcher.situation(question)
    }

    /// The workplace a message tells is only a job of the past or on the side.
    pub fn works_aside(&self, question: &str) -> bool {
        self.matcher.works_aside(question)
    }

    /// The country of a workplace the message tells as past when the present one is across the border.
    /// `folded`: the message as the matcher folded it ([`Match::folded_message`]), when it did.
    pub fn job_moved_from(&self, question: &str, folded: Option<&str>) -> Option<Country> {
        self.matcher.job_moved_from(question, folded)
    }

    /// Whether the base's own words use this folded word (see [`matcher::Matcher::knows_word`]).
    pub fn knows_word(&self, word: &str) -> bool {
        self.matcher.knows_word(word)
    }

    /// The countries of the places a message names, in any role, in order.
    pub fn countries_of_places(&self, question: &str) -> Vec<Country> {
        self.matcher.countries_of_places(question)
    }

    /// The countries a message names by their names ("in Deutschland"), in order.
    pub fn countries_named_by_name(&self, question: &str) -> Vec<Country> {
        self.matcher.countries_named_by_name(question)
    }

    /// A folded word that only tells where someone lives or works ("wohne", "padborg").
    pub fn tells_situation(&self, word: &str) -> bool {
        self.matcher.tells_situation(word)
    }

    /// The countries a message names as its subject ("und in Dänemark?").
    pub fn countries_named(&self, question: &str) -> Vec<Country> {
        self.matcher.countries_named(question)
    }

    /// One part of an entry's answer ("amount", "apply", ...), with its source line.
    pub fn part(&self, id: &str, lang: Lang, part: &str) -> Option<String> {
        let i = *self.index.get(id)?;
        self.parts[i].get(lang)?.iter().find(|(p, _)| p == part).map(|(_, t)| t.clone())
    }

    /// The short title of an entry (its button label).
    pub fn title(&self, id: &str, lang: Lang) -> String {
        self.index.get(id).and_then(|&i| self.titles[i].get(lang).cloned().flatten()).unwrap_or_else(|| id.to_string())
    }

    /// The label of a button that points to entry `id` ("button-related"
    /// with its title), as formatted at load.
    pub fn related_label(&self, id: &str, lang: Lang) -> String {
        match self.index.get(id).and_then(|&i| self.related_labels.get(i)).and_then(|l| l.get(lang)) {
            Some(label) => label.clone(),
            None => self.format_related_label(id, lang),
        }
    }

    fn format_related_label(&self, id: &str, lang: Lang) -> String {
        self.texts.ui_with(lang, "button-related", &[("title", self.title(id, lang))])
    }

    /// The command menus: each language's from the `command-<job>` messages
    /// of its locale in file order (the value is the command, `.description`
    /// its text), then the default one of `languages.toml`. The command
    /// closing a case (`command-close`, `close`) only when `relay`, last.
    /// The admins' commands likewise, from `admin-<job>` and `admin_menu`.
    pub fn menus(&self, relay: bool) -> Vec<Menu> {
        let mut out = Vec::new();
        for (lang, sites) in self.texts.sites.iter() {
            let close = Some(CLOSE_COMMAND).filter(|c| relay && sites.contains_key(*c));
            let commands = self.menu_of(lang, COMMAND_PREFIX, close);
            let admin = self.menu_of(lang, ADMIN_PREFIX, None);
            out.push(Menu { lang: Some(lang), commands, admin });
        }
        let close = self.languages.close.clone().filter(|_| relay);
        let commands = self.languages.menu.iter().cloned().chain(close).collect();
        out.push(Menu { lang: None, commands, admin: self.languages.admin_menu.clone() });
        out
    }

    /// (command, description) of the messages starting with `prefix` in
    /// `lang`, in file order, the close command left out and put last when given.
    fn menu_of(&self, lang: Lang, prefix: &str, close: Option<&str>) -> Vec<(String, String)> {
        let Some(sites) = self.texts.sites.get(lang) else { return Vec::new() };
        let mut ids: Vec<(&Path, usize, &str)> = sites
            .iter()
            .filter(|(id, _)| id.starts_with(prefix) && *id != CLOSE_COMMAND)
            .map(|(id, s)| (s.file.as_path(), s.line, id.as_str()))
            .collect();
        ids.sort();
        ids.into_iter()
            .map(|(_, _, id)| id)
            .chain(close)
            .filter_map(|id| {
                let description = self.texts.format_checked(lang, id, Some("description"), &[]).ok()?;
                Some((self.texts.ui(lang, id), description))
            })
            .collect()
    }

    /// The job of a typed command ("hilfe" -> "help"): a command of a menu,
    /// one of its `.also` words, or the job's own name.
    pub fn command_job<'a>(&'a self, name: &'a str) -> &'a str {
        self.commands.get(name).map_or(name, String::as_str)
    }

    /// The words of attribute `.{attribute}` of `command-<job>`, in every
    /// language, lower case (`/profil andet`: `command-profile.other`).
    pub fn command_words(&self, job: &str, attribute: &str) -> Vec<String> {
        let id = format!("{COMMAND_PREFIX}{job}");
        let mut words = Vec::new();
        for lang in self.languages.all() {
            if let Ok(text) = self.texts.format_checked(lang, &id, Some(attribute), &[]) {
                words.extend(text.split_whitespace().map(str::to_lowercase));
            }
        }
        words
    }

    /// Every language's command words, each naming one job only.
    fn command_jobs(&self, diags: &mut Diagnostics) -> HashMap<String, String> {
        let mut words: HashMap<String, String> = HashMap::new();
        for (lang, sites) in self.texts.sites.iter() {
            for (id, site) in
                sites.iter().filter(|(id, _)| id.starts_with(COMMAND_PREFIX) || id.starts_with(ADMIN_PREFIX))
            {
                let job = id.strip_prefix(COMMAND_PREFIX).or_else(|| id.strip_prefix(ADMIN_PREFIX)).unwrap_or(id);
                let also = self.texts.format_checked(lang, id, Some("also"), &[]).unwrap_or_default();
                let names = std::iter::once(self.texts.ui(lang, id)).chain(also.split_whitespace().map(str::to_string));
                for name in names.map(|n| n.to_lowercase()) {
                    match words.get(&name) {
                        Some(other) if other != job => diags.error(
                            &site.file,
                            site.line,
                            format!("command `{name}` of `{id}` is also the command of `{COMMAND_PREFIX}{other}`"),
                        ),
                        _ => {
                            words.insert(name, job.to_string());
                        }
                    }
                }
            }
        }
        words
    }

    /// Every command of the menus is a Telegram command (a-z, 0-9, _; at
    /// most 32) with a description.
    fn check_menus(&self, diags: &mut Diagnostics) {
        for (lang, sites) in self.texts.sites.iter() {
            for (id, site) in
                sites.iter().filter(|(id, _)| id.starts_with(COMMAND_PREFIX) || id.starts_with(ADMIN_PREFIX))
            {
                let name = self.texts.ui(lang, id);
                let valid = !name.is_empty()
                    && name.len() <= 32
                    && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                if !valid {
                    diags.error(
                        &site.file,
                        site.line,
                        format!("command `{id}` = `{name}`: a command is 1-32 letters a-z, digits or _"),
                    );
                }
                if !site.attributes.iter().any(|a| a == "description") {
                    diags.error(&site.file, site.line, format!("command `{id}` has no `.description` for the menu"));
                }
            }
        }
    }

    /// The answer text of an entry, with its sources and review date.
    pub fn render(&self, id: &str, lang: Lang) -> Option<String> {
        self.answers[*self.index.get(id)?].get(lang).cloned().flatten()
    }

    /// The answer text, a line per older year's amount it uses, then the
    /// sources and the review date.
    fn with_footer(&self, entry: &Entry, lang: Lang, body: &str, notes: &[String]) -> String {
        let mut out = String::with_capacity(body.len() + 200);
        out.push_str(body);
        if !notes.is_empty() {
            out.push('\n');
            for n in notes {
                out.push('\n');
                out.push_str(n);
            }
        }
        if entry.is_smalltalk() {
            return out;
        }
        out.push_str("\n\n");
        let sources = entry.sources.join("\n");
        out.push_str(&self.texts.ui_with(lang, "source", &[("sources", sources)]));
        out.push('\n');
        out.push_str(&self.texts.ui_with(lang, "checked", &[("date", self.languages.long_date(entry.checked, lang))]));
        out
    }

    /// Checks the texts and keeps every answer and title that formats.
    /// Checks the texts and renders every answer, title and part once.
    /// `all`: also measure every UI message (`check`, serving); `ask` skips
    /// that to start faster.
    fn check_texts(&mut self, locales_dir: &Path, all: bool, diags: &mut Diagnostics) {
        // A Fluent syntax error drops messages: what is "missing" after it
        // follows from it. Fix it first; the next `check` shows the rest.
        if self.texts.syntax_errors > 0 {
            return;
        }
        if all {
            self.check_message_lengths(diags);
        }
        for lang in self.languages.all().collect::<Vec<_>>() {
            self.check_ui_messages(lang, locales_dir, diags);
            self.check_check_texts(lang, diags);
            for ei in 0..self.entries.len() {
                self.check_answer(ei, lang, diags);
            }
        }
    }

    /// Every message but the answers, measured as it would be sent (answers
    /// are measured with their sources in `answer_text`).
    fn check_message_lengths(&self, diags: &mut Diagnostics) {
        for (lang, sites) in self.texts.sites.iter() {
            for (id, site) in sites {
                if self.entries.iter().any(|e| entry_message_id(&e.id) == *id) {
                    continue;
                }
                let attributes = site.attributes.iter().map(|a| Some(a.as_str()));
                for attribute in std::iter::once(None).chain(attributes) {
                    let Some(text) = self.texts.format_lossy(lang, id, attribute) else { continue };
                    let n = text.chars().count();
                    if n > MAX_TEXT_CHARS {
                        let name = attribute.map_or(format!("`{id}`"), |a| format!("`{id}.{a}`"));
                        diags.error(
                            &site.file,
                            site.line,
                            format!(
                                "message {name} is {n} characters; at most {MAX_TEXT_CHARS} (Telegram cuts a \
                                 message at {MAX_MESSAGE_CHARS}, a longer text goes out in pieces): shorten it"
                            ),
                        );
                    }
                }
            }
        }
    }

    /// `check`'s own texts in `lang`, where the language has them: every id
    /// of the one list (`check_text::ids`), and none besides. A language
    /// without `check.ftl` is fine: `check` speaks English to it.
    fn check_check_texts(&self, lang: Lang, diags: &mut Diagnostics) {
        let Some((file, ids)) = self.texts.check_files.get(lang).and_then(Option::as_ref) else { return };
        for id in crate::check_text::ids() {
            if !ids.contains_key(id) {
                diags.warning(file, 0, format!("check message `{id}` is missing in {lang}; check shows it in English"));
            }
        }
        for (id, line) in ids {
            if !crate::check_text::ids().any(|known| known == id) {
                diags.warning(file, *line, format!("`{id}` is no message of check (a typo or a leftover?)"));
            }
        }
    }

    /// The UI messages the code uses and the menu label of every area, in `lang`.
    fn check_ui_messages(&self, lang: Lang, locales_dir: &Path, diags: &mut Diagnostics) {
        for id in UI_MESSAGES {
            if !self.texts.has(lang, id) {
                let dir = locales_dir.join(lang.code());
                diags.error(&dir, 0, format!("UI message `{id}` is missing in {lang}"));
            }
        }
        let mut areas: Vec<&str> = self.entries.iter().filter(|e| !e.is_smalltalk()).map(|e| e.area.as_str()).collect();
        areas.sort_unstable();
        areas.dedup();
        for area in areas {
            if !self.texts.has(lang, &format!("area-{area}")) {
                let dir = locales_dir.join(lang.code());
                diags.error(
                    &dir,
                    0,
                    format!("UI message `area-{area}` (the menu label of area {area}) is missing in {lang}"),
                );
            }
        }
    }

    /// Entry `ei`'s answer in `lang`: present, with a title, formatting;
    /// its text (with sources), title and parts kept for serving.
    fn check_answer(&mut self, ei: usize, lang: Lang, diags: &mut Diagnostics) {
        let e = &self.entries[ei];
        let mid = entry_message_id(&e.id);
        let Some(site) = self.texts.sites[lang].get(&mid) else {
            let name = self.languages.get(lang).map_or("", |l| l.english_name.as_str());
            diags.error(
                &e.file,
                e.line,
                format!("entry `{}` has no {name} answer: add `{mid} = ...` to locales/{lang}/{}.ftl", e.id, e.area),
            );
            return;
        };
        if !site.has_title {
            diags.error(&site.file, site.line, format!("answer `{mid}` has no `.title` (its button label)"));
        }
        let answer = self.answer_text(e, lang, &mid, site, diags);
        let title = self.answer_title(lang, &mid, site, diags);
        let parts = self.answer_parts(e, lang, &mid, site, diags);
        if let Some(answer) = answer {
            self.answers[ei][lang] = Some(answer);
        }
        if let Some(title) = title {
            self.titles[ei][lang] = Some(title);
        }
        self.parts[ei][lang] = parts;
    }

    /// The answer with its footer (sources, review date, outdated amounts),
    /// measured in words and characters; `None` if it does not format.
    fn answer_text(
        &self,
        e: &Entry,
        lang: Lang,
        mid: &str,
        site: &MessageSite,
        diags: &mut Diagnostics,
    ) -> Option<String> {
        let body = match self.texts.format_checked(lang, mid, None, &[]) {
            Err(err) => {
                diags.error(&site.file, site.line, format!("answer `{mid}`: {err}"));
                return None;
            }
            Ok(body) => body,
        };
        let notes = self.outdated_notes(e, lang, mid);
        let full = self.with_footer(e, lang, body.trim(), &notes);
        let words = count_words(&body);
        if words > MAX_ANSWER_WORDS {
            diags.warning(
                &site.file,
                site.line,
                format!("answer `{mid}` has {words} words before the sources; keep it under {MAX_ANSWER_WORDS}, the one-sentence answer first"),
            );
        }
        let n = full.chars().count();
        if n > MAX_TEXT_CHARS {
            diags.error(
                &site.file,
                site.line,
                format!(
                    "answer `{mid}` is {n} characters with its sources; at most {MAX_TEXT_CHARS} \
                     (Telegram cuts a message at {MAX_MESSAGE_CHARS}): shorten it or link to the source"
                ),
            );
        } else if n > LONG_ANSWER_CHARS {
            diags.warning(
                &site.file,
                site.line,
                format!("answer `{mid}` is {n} characters; keep answers under {LONG_ANSWER_CHARS} for phones"),
            );
        }
        Some(full)
    }

    /// The answer's `.title` (its button label), if it has one that formats.
    fn answer_title(&self, lang: Lang, mid: &str, site: &MessageSite, diags: &mut Diagnostics) -> Option<String> {
        if !site.has_title {
            return None;
        }
        match self.texts.format_checked(lang, mid, Some("title"), &[]) {
            Err(err) => {
                diags.error(&site.file, site.line, format!("answer `{mid}`.title: {err}"));
                None
            }
            Ok(title) => Some(title),
        }
    }

    /// The answer's parts (`.amount`, `.apply`, ...) with the sources below
    /// each: an attribute that is no part of `dialogue.toml` is a warning, a
    /// part missing in another language an error.
    fn answer_parts(
        &self,
        e: &Entry,
        lang: Lang,
        mid: &str,
        site: &MessageSite,
        diags: &mut Diagnostics,
    ) -> Vec<(String, String)> {
        let mut parts = Vec::new();
        for attr in &site.attributes {
            if attr == "title" {
                continue;
            }
            if !self.cues.part_names().any(|p| p == attr) {
                let known = self.cues.part_names().collect::<Vec<_>>().join(", ");
                diags.warning(
                    &site.file,
                    site.line,
                    format!("answer `{mid}` has `.{attr}`, which is no answer part (parts: {known})"),
                );
                continue;
            }
            for other in self.languages.all().filter(|l| *l != lang) {
                if !self.texts.has_attribute(other, mid, attr) {
                    diags.error(
                        &site.file,
                        site.line,
                        format!("answer `{mid}` has the part `.{attr}` in {lang} only: add it in {other}"),
                    );
                }
            }
            match self.texts.format_checked(lang, mid, Some(attr), &[]) {
                Err(err) => diags.error(&site.file, site.line, format!("answer `{mid}`.{attr}: {err}")),
                Ok(text) => {
                    let footer = self.texts.ui_with(lang, "source", &[("sources", e.sources.join("\n"))]);
                    parts.push((attr.clone(), format!("{}\n\n{footer}", text.trim())));
                }
            }
        }
        parts
    }

    /// `dialogue.toml`: the most asked entries of each area exist and are of that area.
    fn check_cues(&self, raw: &cues::RawCues, file: Option<&Path>, dir: &Path, diags: &mut Diagnostics) {
        let file = file.map(Path::to_path_buf).unwrap_or_else(|| dir.join("dialogue.toml"));
        for (area, a) in &raw.areas {
            for id in &a.popular {
                match self.entry(id) {
                    None => diags.error(&file, 0, format!("area `{area}`: popular entry `{id}` does not exist")),
                    Some(e) if e.area != *area => {
                        diags.warning(&file, 0, format!("area `{area}`: popular entry `{id}` is in area `{}`", e.area))
                    }
                    Some(_) => {}
                }
            }
        }
        for (situation, ids) in &raw.situation_topics {
            if !matches!(situation.as_str(), "de-dk" | "dk-de" | "other") {
                diags.error(&file, 0, format!("situation_topics: `{situation}` is no situation (de-dk, dk-de, other)"));
            }
            for id in ids {
                if self.entry(id).is_none() {
                    diags.error(&file, 0, format!("situation_topics.{situation}: entry `{id}` does not exist"));
                }
            }
        }
        for (from, to) in &raw.job_moved {
            for id in [from, to] {
                if self.entry(id).is_none() {
                    diags.error(&file, 0, format!("job_moved.{from}: entry `{id}` does not exist"));
                }
            }
        }
        for (name, status) in &raw.status {
            for (from, to) in &status.entries {
                for id in [from, to] {
                    if self.entry(id).is_none() {
                        diags.error(&file, 0, format!("status.{name}.entries.{from}: entry `{id}` does not exist"));
                    }
                }
            }
        }
        for (general, rule) in &raw.by_country {
            for id in std::iter::once(general).chain(rule.entries()) {
                if self.entry(id).is_none() {
                    diags.error(&file, 0, format!("by_country.{general}: entry `{id}` does not exist"));
                }
            }
            if !matches!(rule.decides.as_str(), "lives" | "works" | "family") {
                diags.error(
                    &file,
                    0,
                    format!("by_country.{general}: decides = `{}` is neither lives, works nor family", rule.decides),
                );
            }
        }
    }

    /// The value a Fluent variable stands for: `name` or `name-year`.
    fn value_of_variable(&self, var: &str) -> Option<&Value> {
        let by_name = |n: &str| self.values.iter().find(|v| v.name == n);
        by_name(var).or_else(|| var.strip_suffix("-year").and_then(by_name))
    }

    /// The values an answer uses whose amount is an older year's than the
    /// day the base is built for, each once, in order of use.
    fn outdated_values(&self, lang: Lang, mid: &str) -> Vec<&Value> {
        let mut out: Vec<&Value> = Vec::new();
        for var in self.texts.variables(lang, mid, None) {
            if let Some(v) = self.value_of_variable(&var) {
                let doubtful = v.year < self.built_for.year || !v.confirmed;
                if doubtful && !out.iter().any(|o| o.name == v.name) {
                    out.push(v);
                }
            }
        }
        out
    }

    /// "The amount is from 2025. See the current amount at <source>", one
    /// line per older year's value the answer uses.
    /// Amounts of one year on one page (the three age groups of a benefit) share one line.
    fn outdated_notes(&self, e: &Entry, lang: Lang, mid: &str) -> Vec<String> {
        let mut notes: Vec<String> = Vec::new();
        for v in self.outdated_values(lang, mid) {
            let source = v.source.clone().or_else(|| e.sources.first().cloned()).unwrap_or_default();
            let key = if v.year < self.built_for.year { "value-outdated" } else { "value-unconfirmed" };
            let note = self.texts.ui_with(lang, key, &[("year", v.year.to_string()), ("source", source)]);
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
        notes
    }

    /// A value some text uses whose amount is an older year's is a warning,
    /// unless `review_by` (capped at load) postpones it.
    fn check_value_years(&self, diags: &mut Diagnostics) {
        let today = self.built_for;
        let mut used: Vec<&str> = Vec::new();
        for (lang, sites) in self.texts.sites.iter() {
            for (id, site) in sites {
                let mut vars = self.texts.variables(lang, id, None);
                if site.has_title {
                    vars.extend(self.texts.variables(lang, id, Some("title")));
                }
                for var in vars {
                    if let Some(v) = self.value_of_variable(&var) {
                        used.push(v.name.as_str());
                    }
                }
            }
        }
        for v in &self.values {
            let postponed = v.review_by.is_some_and(|r| r >= today);
            if v.year < today.year && !postponed && used.contains(&v.name.as_str()) {
                diags.warning(
                    &v.file,
                    v.year_line,
                    format!("value `{}` holds for {}; check the amount for {}", v.name, v.year, today.year),
                );
            }
        }
    }

    /// Every example question must be answered with its own entry. The
    /// examples are matched on all cores (a large base has tens of
    /// thousands); the findings are reported in the files' order.
    fn check_examples(&self, diags: &mut Diagnostics) {
        let jobs: Vec<(&Entry, Lang, &model::Located<String>)> = self
            .entries
            .iter()
            .flat_map(|e| e.rules.iter().flat_map(move |(l, r)| r.examples.iter().map(move |x| (e, l, x))))
            .collect();
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
        let chunk = jobs.len().div_ceil(threads).max(64);
        let findings: Vec<Vec<(bool, &Entry, usize, String)>> = std::thread::scope(|scope| {
            let workers: Vec<_> = jobs
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || part.iter().flat_map(|(e, l, x)| self.check_example(e, *l, x)).collect())
                })
                .collect();
            workers.into_iter().map(|w| w.join().unwrap_or_default()).collect()
        });
        for (error, e, line, message) in findings.into_iter().flatten() {
            if error {
                diags.error(&e.file, line, message);
            } else {
                diags.warning(&e.file, line, message);
            }
        }
    }

    /// What is wrong with one example, if anything: (is an error, entry, line, message).
    fn check_example<'a>(
        &'a self,
        e: &'a Entry,
        lang: Lang,
        ex: &model::Located<String>,
    ) -> Vec<(bool, &'a Entry, usize, String)> {
        // The rules alone: the second opinion learns from these very examples.
        let m = self.matcher.find_by_rules(&ex.value, Some(lang), None);
        let describe = |c: &Candidate| format!("`{}` ({:.2})", c.entry, c.score);
        match &m.entry {
            Some(got) if got == &e.id => (m.lang != lang)
                .then(|| {
                    (
                        false,
                        e,
                        ex.line,
                        format!("example of `{}` is read as {}, not {lang}: \"{}\"", e.id, m.lang, ex.value),
                    )
                })
                .into_iter()
                .collect(),
            Some(got) => {
                let mut out = vec![(
                    true,
                    e,
                    ex.line,
                    format!("example of `{}` is taken by entry `{got}`: \"{}\"", e.id, ex.value),
                )];
                // Also at the keywords and patterns that took it: that is where the fix goes.
                if let Some(winner) = self.entry(got) {
                    for (line, what) in self.taking_phrases(winner, &ex.value, lang) {
                        out.push((
                            true,
                            winner,
                            line,
                            format!(
                                "{what} of `{got}` takes an example of `{}` ({}:{}): narrow it or add a `not` word",
                                e.id,
                                e.file.display(),
                                ex.line
                            ),
                        ));
                    }
                }
                out
            }
            None => {
                let near: Vec<String> = m.candidates.iter().take(3).map(describe).collect();
                let near = if near.is_empty() { "nothing matched".into() } else { near.join(", ") };
                let mut out = vec![(
                    true,
                    e,
                    ex.line,
                    format!("example does not match its own entry `{}` (best: {near}): \"{}\"", e.id, ex.value),
                )];
                // Another entry ahead of it: its keywords compete for the example.
                if let Some(rival) = m.candidates.first().filter(|c| c.entry != e.id).and_then(|c| self.entry(&c.entry))
                {
                    for (line, what) in self.taking_phrases(rival, &ex.value, lang) {
                        out.push((
                            true,
                            rival,
                            line,
                            format!(
                                "{what} of `{}` competes for an example of `{}` ({}:{}): narrow it or add a `not` word",
                                rival.id,
                                e.id,
                                e.file.display(),
                                ex.line
                            ),
                        ));
                    }
                }
                out
            }
        }
    }

    /// The keywords and patterns of `winner` that fired on `question`, as
    /// (line, "keyword `x`" / "pattern `y`").
    fn taking_phrases(&self, winner: &Entry, question: &str, lang: Lang) -> Vec<(usize, String)> {
        let m = self.find_explained(question, Some(lang), None);
        let Some(c) = m.candidates.iter().find(|c| c.entry == winner.id) else { return Vec::new() };
        let mut out = Vec::new();
        for hit in &c.hits {
            let (kind, text) = match hit.split_once(": ") {
                Some((k, t)) if k.starts_with("keyword") => ("keyword", t.trim_end_matches(" (typo)")),
                Some(("pattern", t)) => ("pattern", t),
                _ => continue,
            };
            for rules in winner.rules.values() {
                let list = if kind == "keyword" { &rules.keywords } else { &rules.patterns };
                if let Some(found) = list.iter().find(|k| k.value == text) {
                    let entry = (found.line, format!("{kind} `{}`", found.value));
                    if !out.contains(&entry) {
                        out.push(entry);
                    }
                }
            }
        }
        out
    }
}

/// Words of a text: runs between spaces with a letter or digit in them
/// (a dash or bullet alone is no word).
pub fn count_words(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// A folder of `locales/` that is no language of `languages.toml` is never
/// read: most likely a language half added.
fn check_locale_folders(locales_dir: &Path, languages: &Languages, diags: &mut Diagnostics) {
    let Ok(items) = std::fs::read_dir(locales_dir) else { return };
    let mut names: Vec<String> = items
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    names.sort();
    for name in names {
        if !languages.all().any(|l| l.code() == name) && !languages.is_empty() {
            diags.warning(
                &locales_dir.join(&name),
                0,
                format!("locales/{name} is no language of knowledge/languages.toml: its texts are not used"),
            );
        }
    }
}

/// FNV-1a over every file's name and bytes, in a stable order.
fn version_of(knowledge_dir: &Path, locales_dir: &Path, languages: &Languages) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut dirs = vec![knowledge_dir.to_path_buf()];
    for lang in languages.all() {
        dirs.push(locales_dir.join(lang.code()));
    }
    for dir in dirs {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if let Ok(bytes) = std::fs::read(&p) {
                feed(p.file_name().map(|n| n.as_encoded_bytes()).unwrap_or_default());
                feed(&bytes);
            }
        }
    }
    format!("{h:016x}")[..12].to_string()
}
