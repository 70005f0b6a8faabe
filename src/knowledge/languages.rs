//! The languages the bot speaks, as data: a language is its folder
//! `locales/<code>/` (UI lines and answers) plus its table in
//! `knowledge/languages.toml` (its name, stemmer, the words that tell it,
//! how it writes amounts). Adding one touches no code (issue 17).
//!
//! Everything per language is kept in a [`LangMap`], in the order of the
//! file: the first language is the one of a chat nothing has said anything
//! about yet, and the order of buttons and menus.

use std::path::Path;

use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostics, Source};
use crate::text::{fold, Lang};

/// Values per language, in the order of the base's languages. A handful of
/// languages at most: a lookup walks the list, which beats hashing.
#[derive(Clone, Debug, PartialEq)]
pub struct LangMap<T> {
    items: Vec<(Lang, T)>,
}

impl<T> Default for LangMap<T> {
    fn default() -> Self {
        LangMap { items: Vec::new() }
    }
}

impl<T> LangMap<T> {
    /// One value per language, made by `f`.
    pub fn from_fn(langs: impl IntoIterator<Item = Lang>, mut f: impl FnMut(Lang) -> T) -> LangMap<T> {
        LangMap { items: langs.into_iter().map(|l| (l, f(l))).collect() }
    }

    pub fn get(&self, lang: Lang) -> Option<&T> {
        self.items.iter().find(|(l, _)| *l == lang).map(|(_, t)| t)
    }

    pub fn get_mut(&mut self, lang: Lang) -> Option<&mut T> {
        self.items.iter_mut().find(|(l, _)| *l == lang).map(|(_, t)| t)
    }

    /// The position of a language in the map (the order of the file).
    pub fn position(&self, lang: Lang) -> Option<usize> {
        self.items.iter().position(|(l, _)| *l == lang)
    }

    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        self.items.iter().map(|(l, t)| (*l, t))
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.items.iter().map(|(_, t)| t)
    }

    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        self.items.iter().map(|(l, _)| *l)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T> std::ops::Index<Lang> for LangMap<T> {
    type Output = T;

    /// Panics for a language the base does not speak: every map of a base
    /// is made for all of its languages, and a `Lang` comes from the base.
    fn index(&self, lang: Lang) -> &T {
        self.get(lang).unwrap_or_else(|| panic!("language `{lang}` is not one of the base's"))
    }
}

impl<T> std::ops::IndexMut<Lang> for LangMap<T> {
    fn index_mut(&mut self, lang: Lang) -> &mut T {
        self.get_mut(lang).unwrap_or_else(|| panic!("language `{lang}` is not one of the base's"))
    }
}

/// A command menu Telegram shows: for people whose app is set to `lang`, or
/// (`None`) the default one; (command, description) in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Menu {
    pub lang: Option<Lang>,
    pub commands: Vec<(String, String)>,
    /// The admins' commands, added after `commands` in their own menus.
    pub admin: Vec<(String, String)>,
}

/// One language of the base.
#[derive(Clone, Debug)]
pub struct Language {
    pub lang: Lang,
    /// The language's own name: the label of its button ("Dansk", "Deutsch").
    pub name: String,
    /// Its name in English, for `check`'s messages ("Danish").
    pub english_name: String,
    pub stemmer: Algorithm,
    /// Words naming the language, folded: what `/sprog` and `--lang` accept
    /// besides the code ("dansk", "dänisch").
    pub names: Vec<String>,
    /// Short, frequent words of the language, folded: how a question's
    /// language is told ("jeg", "ich").
    pub words: Vec<String>,
    /// Filler words, folded ("egentlig", "eigentlich"): said anywhere in a
    /// question, they mean nothing to the advisors' patterns, which read the
    /// question without them.
    pub fillers: Vec<String>,
    /// Letters only this language writes (both cases).
    pub letters: Vec<char>,
    /// Spelling habits: a word containing one of `contains`, or ending in one
    /// of `endings`, is a hint of the language.
    pub contains: Vec<String>,
    pub endings: Vec<String>,
    /// How amounts are written: the word for Danish kroner and for euro
    /// after the number, and the thousands and decimal separators.
    pub dkk: String,
    pub eur: String,
    pub thousands: String,
    pub decimal: String,
    /// Words after a number that make it an amount ("450000 kr", "300 €"),
    /// lower case: redaction keeps such a number (`redact`).
    pub currencies: Vec<String>,
    /// The names of the months, January first ("januar", "Januar").
    pub months: Vec<String>,
    /// How a day is written: `{day}`, `{month}` (its name) and `{year}`.
    pub date: String,
    /// The words of its grammar the matcher reads (`grammar.*`).
    pub grammar: Grammar,
}

/// Words of a language's grammar the matcher reads, folded. The matcher
/// takes every language's together ([`Grammar::union`]): a question is
/// matched before its language is known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grammar {
    /// Words that negate the word beside them ("ikke", "nicht").
    pub negations: Vec<String>,
    /// Words that open a question ("hvad", "wie").
    pub openers: Vec<String>,
    /// Endings a short stem (three letters or less) may carry: "bil" finds
    /// "bilen" and "bilerne" but not "billet".
    pub short_endings: Vec<String>,
    /// Abbreviations whose full stop ends no sentence ("fx", "bzw"), lower case.
    pub abbreviations: Vec<String>,
    /// Words opening a message that goes on with the last topic ("og", "aber").
    pub continuers: Vec<String>,
    /// Words joining two things asked for ("skat og sygesikring").
    pub coordinators: Vec<String>,
    /// Words after which an ambiguous name ("Als", "Gram", "Heide") is a place.
    pub place_prepositions: Vec<String>,
    /// Prepositions of a commute or a move ("nach Dänemark", "fra Tyskland").
    pub movement: Vec<String>,
    /// Verbs of receiving: a country after one of them and a `movement`
    /// preposition is the one that pays or sends ("hvor meget får jeg fra Tyskland?").
    pub receiving: Vec<String>,
    /// Two words side by side that make a sentence a question wherever they
    /// stand: a word of the first list, then one of the second ("... kan jeg
    /// ...", "... muss ich ...").
    pub asking: Vec<(Vec<String>, Vec<String>)>,
    /// Words that join two clauses with a subject and verb of their own
    /// ("og", "aber"): the gazetteer reads each clause's places apart.
    /// Lower case, not folded (compared with a message's words as written).
    pub clause_joins: Vec<String>,
    /// Words that negate a live or work verb ("bor ikke", "kein Job"): a
    /// place said with one is not where the commuter lives or works.
    pub place_negations: Vec<String>,
    /// The preposition of being in a place ("bor i", "wohne in"): a
    /// capitalised name after it that the gazetteer does not know is
    /// checked as a place of the region misspelt. Lower case, as written.
    pub inside: Vec<String>,
    /// Indefinite articles ("en", "et", "ein", "eine"): a thing named after
    /// one is brought up as new, not pointed back to ("og hvordan får jeg
    /// et skattekort?" after an answer that mentions the tax card).
    pub indefinite: Vec<String>,
    /// The mark of a past participle ("ge": "gelöscht", "angemeldet"), and
    /// its endings ("t", "et", "en"): a participle no rule word matched is
    /// read as its verb ("löscht" -> "löschen"), after one of the
    /// `participle_prefixes` ("an", "ab", "aus") when it has one.
    pub participle_marks: Vec<String>,
    pub participle_endings: Vec<String>,
    pub participle_prefixes: Vec<String>,
}

impl Language {
    /// One `[[language]]` table of language `lang`, or `None` after
    /// reporting why it cannot be one.
    fn from_raw(l: RawLanguage, lang: Lang, path: &Path, src: &Source, diags: &mut Diagnostics) -> Option<Language> {
        let line = src.line(l.code.span().start);
        let stemmer = match toml::Value::String(l.stemmer.get_ref().clone()).try_into::<Algorithm>() {
            Ok(a) => a,
            Err(_) => {
                diags.error(
                    path,
                    src.line(l.stemmer.span().start),
                    format!(
                        "language `{lang}`: stemmer `{}` is no Snowball stemmer (Danish, Dutch, English, \
                         Finnish, French, German, Italian, Norwegian, Portuguese, Swedish, ...)",
                        l.stemmer.get_ref()
                    ),
                );
                return None;
            }
        };
        if let Some(problem) = l.problem(lang) {
            diags.error(path, line, problem);
            return None;
        }
        Some(Language {
            lang,
            name: l.name,
            english_name: l.english,
            stemmer,
            names: folded(l.names),
            words: folded(l.words),
            fillers: folded(l.fillers),
            letters: both_cases(&l.letters),
            contains: l.spelling.contains,
            endings: l.spelling.endings,
            dkk: l.dkk,
            eur: l.eur,
            thousands: l.thousands,
            decimal: l.decimal,
            currencies: l.currencies.iter().map(|c| c.trim().to_lowercase()).collect(),
            months: l.months,
            date: l.date,
            grammar: l.grammar.into_grammar(),
        })
    }
}

impl RawLanguage {
    /// The first problem of the table's words, if any, in the order they
    /// are checked.
    fn problem(&self, lang: Lang) -> Option<String> {
        if self.months.len() != 12 {
            return Some(format!("language `{lang}`: months lists {} names, not 12", self.months.len()));
        }
        if let Some(c) = self.letters.chars().find(|c| c.is_ascii()) {
            return Some(format!("language `{lang}`: letter `{c}` is written by other languages too"));
        }
        if let Some(f) = self.fillers.iter().find(|f| fold(f).contains(' ')) {
            return Some(format!("language `{lang}`: filler `{f}` must be one word"));
        }
        // An empty currency word would keep every number before any word (a
        // customer number included) as an amount.
        if let Some(c) = self.currencies.iter().find(|c| c.trim().is_empty() || c.trim().contains(char::is_whitespace))
        {
            return Some(format!("language `{lang}`: currency `{c}` must be one word"));
        }
        // A grammar word is compared with one word of a question: one with a
        // space, or none at all, would never match.
        let g = &self.grammar;
        let asking_words = g.asking.iter().flat_map(|a| a.first.iter().chain(&a.then)).map(|w| ("asking", w));
        let lists = [
            ("clause_joins", &g.clause_joins),
            ("place_negations", &g.place_negations),
            ("inside", &g.inside),
            ("indefinite", &g.indefinite),
            ("participle_marks", &g.participle_marks),
            ("participle_endings", &g.participle_endings),
            ("participle_prefixes", &g.participle_prefixes),
        ];
        let listed = lists.into_iter().flat_map(|(list, words)| words.iter().map(move |w| (list, w)));
        let (list, w) = asking_words.chain(listed).find(|(_, w)| !one_word(w))?;
        Some(format!("language `{lang}`: grammar.{list} `{w}` must be one word"))
    }
}

impl RawGrammar {
    /// The grammar words as the matcher compares them: folded, but for the
    /// abbreviations, the clause joins and "in" (lower case, as written).
    fn into_grammar(self) -> Grammar {
        let lower = |v: Vec<String>| v.iter().map(|w| w.trim().to_lowercase()).collect();
        Grammar {
            negations: folded(self.negations),
            openers: folded(self.openers),
            short_endings: folded(self.short_endings),
            abbreviations: self.abbreviations.iter().map(|a| a.to_lowercase()).collect(),
            continuers: folded(self.continuers),
            coordinators: folded(self.coordinators),
            place_prepositions: folded(self.place_prepositions),
            movement: folded(self.movement),
            receiving: folded(self.receiving),
            asking: self.asking.into_iter().map(|g| (folded(g.first), folded(g.then))).collect(),
            clause_joins: lower(self.clause_joins),
            place_negations: folded(self.place_negations),
            inside: lower(self.inside),
            indefinite: folded(self.indefinite),
            participle_marks: folded(self.participle_marks),
            participle_endings: folded(self.participle_endings),
            participle_prefixes: folded(self.participle_prefixes),
        }
    }
}

/// Words folded, the empty ones left out.
fn folded(v: Vec<String>) -> Vec<String> {
    v.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect()
}

/// A language's own letters in both cases, where the upper case is one
/// letter (not ß -> SS).
fn both_cases(letters: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in letters.chars() {
        for x in c.to_lowercase().chain(c.to_uppercase()) {
            if !out.contains(&x) && x.to_lowercase().count() == 1 && (c.to_uppercase().count() == 1 || x == c) {
                out.push(x);
            }
        }
    }
    out
}

/// Whether `w` folds to exactly one word of a question.
fn one_word(w: &str) -> bool {
    let f = fold(w);
    let mut toks = crate::text::tokens(&f);
    toks.next() == Some(f.as_str()) && toks.next().is_none()
}

/// The shipped languages, for unit tests.
#[cfg(test)]
pub(crate) fn shipped_languages() -> Languages {
    let mut diags = crate::diag::Diagnostics::default();
    let text = include_str!("../../knowledge/languages.toml");
    Languages::from_toml(Path::new("languages.toml"), text, &mut diags)
}

/// The grammar words of the shipped languages, for unit tests.
#[cfg(test)]
pub(crate) fn shipped_grammar() -> Grammar {
    shipped_languages().grammar
}

impl Grammar {
    /// The words of all `grammars`, each once, in order.
    pub fn union<'a>(grammars: impl IntoIterator<Item = &'a Grammar>) -> Grammar {
        let mut out = Grammar::default();
        for g in grammars {
            for (to, from) in [
                (&mut out.negations, &g.negations),
                (&mut out.openers, &g.openers),
                (&mut out.short_endings, &g.short_endings),
                (&mut out.abbreviations, &g.abbreviations),
                (&mut out.continuers, &g.continuers),
                (&mut out.coordinators, &g.coordinators),
                (&mut out.place_prepositions, &g.place_prepositions),
                (&mut out.movement, &g.movement),
                (&mut out.receiving, &g.receiving),
                (&mut out.clause_joins, &g.clause_joins),
                (&mut out.place_negations, &g.place_negations),
                (&mut out.inside, &g.inside),
                (&mut out.indefinite, &g.indefinite),
                (&mut out.participle_marks, &g.participle_marks),
                (&mut out.participle_endings, &g.participle_endings),
                (&mut out.participle_prefixes, &g.participle_prefixes),
            ] {
                for w in from {
                    if !to.contains(w) {
                        to.push(w.clone());
                    }
                }
            }
            for pair in &g.asking {
                if !out.asking.contains(pair) {
                    out.asking.push(pair.clone());
                }
            }
        }
        out
    }
}

impl Language {
    pub fn stemmer(&self) -> Stemmer {
        Stemmer::create(self.stemmer)
    }
}

/// The base's languages (`knowledge/languages.toml`), in file order.
#[derive(Clone, Debug, Default)]
pub struct Languages {
    pub list: LangMap<Language>,
    /// The language a question is read as when its words vote for no language
    /// more than another and the conversation has none.
    pub undecided: Option<Lang>,
    /// The command menu for people whose Telegram speaks none of the
    /// languages: (command, description).
    pub menu: Vec<(String, String)>,
    /// The command closing a case with the advice office, after the menu.
    pub close: Option<(String, String)>,
    /// The admins' commands, after the menu in their own menus.
    pub admin_menu: Vec<(String, String)>,
    /// Every language's grammar words together ([`Grammar::union`]).
    pub grammar: Grammar,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguages {
    undecided: Option<Spanned<String>>,
    #[serde(default)]
    language: Vec<RawLanguage>,
    #[serde(default)]
    menu: Vec<(String, String)>,
    close: Option<(String, String)>,
    #[serde(default)]
    admin_menu: Vec<(String, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: Spanned<String>,
    name: String,
    english: String,
    stemmer: Spanned<String>,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    fillers: Vec<String>,
    #[serde(default)]
    letters: String,
    #[serde(default)]
    spelling: RawSpelling,
    dkk: String,
    eur: String,
    thousands: String,
    decimal: String,
    #[serde(default)]
    currencies: Vec<String>,
    months: Vec<String>,
    date: String,
    #[serde(default)]
    grammar: RawGrammar,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawGrammar {
    #[serde(default)]
    negations: Vec<String>,
    #[serde(default)]
    openers: Vec<String>,
    #[serde(default)]
    short_endings: Vec<String>,
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    continuers: Vec<String>,
    #[serde(default)]
    coordinators: Vec<String>,
    #[serde(default)]
    place_prepositions: Vec<String>,
    #[serde(default)]
    movement: Vec<String>,
    #[serde(default)]
    receiving: Vec<String>,
    #[serde(default)]
    asking: Vec<RawAsking>,
    #[serde(default)]
    clause_joins: Vec<String>,
    #[serde(default)]
    place_negations: Vec<String>,
    #[serde(default)]
    inside: Vec<String>,
    #[serde(default)]
    indefinite: Vec<String>,
    #[serde(default)]
    participle_marks: Vec<String>,
    #[serde(default)]
    participle_endings: Vec<String>,
    #[serde(default)]
    participle_prefixes: Vec<String>,
}

/// One `grammar.asking` group: `{ first = [...], then = [...] }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAsking {
    first: Vec<String>,
    then: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawSpelling {
    #[serde(default)]
    contains: Vec<String>,
    #[serde(default)]
    endings: Vec<String>,
}

impl Languages {
    /// Reads `languages.toml`, reporting every problem at its line.
    pub fn from_toml(path: &Path, text: &str, diags: &mut Diagnostics) -> Languages {
        let src = Source::new(text);
        let Some(raw) = super::load::parse_toml::<RawLanguages>(path, &src, diags) else {
            return Languages::default();
        };
        let mut items: Vec<(Lang, Language)> = Vec::new();
        for l in raw.language {
            let line = src.line(l.code.span().start);
            let Some(lang) = Lang::from_code(l.code.get_ref()) else {
                diags.error(
                    path,
                    line,
                    format!("language code `{}` must be two or three letters a-z", l.code.get_ref()),
                );
                continue;
            };
            if items.iter().any(|(x, _)| *x == lang) {
                diags.error(path, line, format!("language `{lang}` is listed twice"));
                continue;
            }
            if let Some(language) = Language::from_raw(l, lang, path, &src, diags) {
                items.push((lang, language));
            }
        }
        if items.is_empty() {
            diags.error(path, 1, "no [[language]]: the bot needs at least one language");
        }
        let undecided = raw.undecided.and_then(|u| match Lang::from_code(u.get_ref()) {
            Some(l) if items.iter().any(|(x, _)| *x == l) => Some(l),
            _ => {
                diags.error(
                    path,
                    src.line(u.span().start),
                    format!("undecided `{}` is none of the languages", u.get_ref()),
                );
                None
            }
        });
        let grammar = Grammar::union(items.iter().map(|(_, l)| &l.grammar));
        Languages {
            list: LangMap { items },
            undecided,
            menu: raw.menu,
            close: raw.close,
            admin_menu: raw.admin_menu,
            grammar,
        }
    }

    /// Every language's currency words together, each once: a question is
    /// redacted whatever its language.
    pub fn currencies(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in self.list.values().flat_map(|l| &l.currencies) {
            if !out.contains(c) {
                out.push(c.clone());
            }
        }
        out
    }

    /// Every language of the base, in file order.
    pub fn all(&self) -> impl Iterator<Item = Lang> + '_ {
        self.list.langs()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn get(&self, lang: Lang) -> Option<&Language> {
        self.list.get(lang)
    }

    pub fn contains(&self, lang: Lang) -> bool {
        self.list.get(lang).is_some()
    }

    /// The language of a chat nothing has said anything about: the first.
    pub fn first(&self) -> Lang {
        self.list.langs().next().unwrap_or(Lang::UNDETERMINED)
    }

    /// The language offered beside an answer ("På dansk" under a German
    /// one): the first language that is not `lang`.
    pub fn other(&self, lang: Lang) -> Lang {
        self.list.langs().find(|l| *l != lang).unwrap_or(lang)
    }

    /// A language by its code or one of its names ("de", "Deutsch", "tysk").
    pub fn named(&self, name: &str) -> Option<Lang> {
        let f = fold(name.trim());
        self.list.values().find(|l| l.lang.code() == f || l.names.contains(&f)).map(|l| l.lang)
    }

    /// Writes an amount the way the language does ("21.168 kr.", "259 €").
    pub fn format_value(&self, v: &super::model::Value, lang: Lang) -> String {
        use super::model::Unit;
        let Some(l) = self.get(lang) else {
            return crate::i18n::format_number(v.amount);
        };
        let number = format_number_with(v.amount, &l.thousands, &l.decimal);
        match v.unit {
            Unit::Dkk => format!("{number} {}", l.dkk),
            Unit::Eur => format!("{number} {}", l.eur),
            Unit::Percent => format!("{number} %"),
            Unit::Plain => number,
        }
    }
}

impl Languages {
    /// A day written out: "1. november 2026", "1. November 2026".
    pub fn long_date(&self, d: crate::date::Date, lang: Lang) -> String {
        let m = (d.month.clamp(1, 12) - 1) as usize;
        let Some(l) = self.get(lang) else { return format!("{}-{:02}-{:02}", d.year, d.month, d.day) };
        l.date
            .replace("{day}", &d.day.to_string())
            .replace("{month}", &l.months[m])
            .replace("{year}", &d.year.to_string())
    }
}

/// 1234.5 -> "1.234,50" with "." and ","; whole amounts without decimals.
pub fn format_number_with(x: f64, thousands: &str, decimal: &str) -> String {
    let negative = x < 0.0;
    let cents = (x.abs() * 100.0).round() as u64;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(thousands);
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    if frac == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{decimal}{frac:02}")
    }
}
