//! Conversation cues from `knowledge/dialogue.toml`: the words that tell how
//! to read a message in a conversation rather than what it is about. "hvor
//! meget" asks for the amount of the last answer, "auf Deutsch bitte" asks for
//! another language, "Steuer?" names a whole area, "Wetter" is outside what the
//! bot covers. Advisors extend the lists; the dialogue core reads them through
//! [`Cues::read`]. Pure: no I/O after loading.

use std::collections::BTreeMap;

use crate::text::{fold, tokens, Lang};

/// One cue phrase: folded words; a last word ending in `*` takes any ending.
#[derive(Clone, Debug)]
struct Phrase {
    words: Vec<String>,
    prefix: bool,
}

impl Phrase {
    fn new(raw: &str) -> Option<Phrase> {
        let trimmed = raw.trim();
        let prefix = trimmed.ends_with('*');
        let words: Vec<String> = tokens(&fold(trimmed.trim_end_matches('*'))).map(str::to_string).collect();
        (!words.is_empty()).then_some(Phrase { words, prefix })
    }

    /// Token positions where the phrase starts.
    fn find(&self, toks: &[&str]) -> Option<usize> {
        let n = self.words.len();
        if toks.len() < n {
            return None;
        }
        (0..=toks.len() - n).find(|&i| {
            self.words.iter().enumerate().all(|(k, w)| {
                let t = toks[i + k];
                t == w || (self.prefix && k == n - 1 && t.starts_with(w.as_str()))
            })
        })
    }
}

/// A list of phrases, indexed by their first word (a one-word phrase
/// with `*` is kept apart: it is compared by prefix).
#[derive(Clone, Debug, Default)]
pub struct PhraseSet {
    phrases: Vec<Phrase>,
    by_first: rustc_hash::FxHashMap<String, Vec<usize>>,
    prefixes: Vec<usize>,
}

impl PhraseSet {
    pub fn new<'a>(raw: impl IntoIterator<Item = &'a String>) -> PhraseSet {
        let mut phrases: Vec<Phrase> = raw.into_iter().filter_map(|s| Phrase::new(s)).collect();
        // Longer phrases first, so the words a cue takes are the most it can.
        phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        let mut by_first: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        let mut prefixes = Vec::new();
        for (i, p) in phrases.iter().enumerate() {
            if p.prefix && p.words.len() == 1 {
                prefixes.push(i);
            } else {
                by_first.entry(p.words[0].clone()).or_default().push(i);
            }
        }
        PhraseSet { phrases, by_first, prefixes }
    }

    /// The phrases that may start with one of `toks`, longest first.
    fn candidates(&self, toks: &[&str]) -> Vec<usize> {
        let mut out: Vec<usize> = toks.iter().filter_map(|t| self.by_first.get(*t)).flatten().copied().collect();
        out.extend(self.prefixes.iter().filter(|&&i| {
            let w = &self.phrases[i].words[0];
            toks.iter().any(|t| t.starts_with(w.as_str()))
        }));
        out.sort_unstable();
        out.dedup();
        out
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Marks the tokens of every phrase found; the first position found, if any.
    fn mark_at(&self, toks: &[&str], used: &mut [bool]) -> Option<usize> {
        let mut first: Option<usize> = None;
        for p in self.candidates(toks).into_iter().map(|i| &self.phrases[i]) {
            if let Some(i) = p.find(toks) {
                first = Some(first.map_or(i, |f| f.min(i)));
                for u in used.iter_mut().skip(i).take(p.words.len()) {
                    *u = true;
                }
            }
        }
        first
    }

    fn mark(&self, toks: &[&str], used: &mut [bool]) -> bool {
        self.mark_at(toks, used).is_some()
    }

    pub fn any(&self, toks: &[&str]) -> bool {
        self.candidates(toks).into_iter().any(|i| self.phrases[i].find(toks).is_some())
    }
}

/// The raw file, as advisors write it.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCues {
    /// Part name -> words asking for it, per language ("da", "de").
    #[serde(default)]
    pub parts: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Which language a message asks for: "da", "de", and "en" (English words).
    #[serde(default)]
    pub language: BTreeMap<String, Vec<String>>,
    /// Words of English, to tell an English message.
    #[serde(default)]
    pub english: Vec<String>,
    #[serde(default)]
    pub person: Vec<String>,
    #[serde(default)]
    pub thanks: Vec<String>,
    /// A follow-up about someone else ("og min kone?", "und meine Frau?").
    #[serde(default)]
    pub partner: Vec<String>,
    /// Short follow-ups that refer back without naming a part ("og så?", "und dann?").
    #[serde(default)]
    pub again: Vec<String>,
    /// Words pointing back to what was just said ("det", "das", "dafür").
    #[serde(default)]
    pub refers: Vec<String>,
    /// Words naming the advice office itself ("jer", "euch", "Regionskontor").
    #[serde(default)]
    pub office: Vec<String>,
    /// Words whose topic the bot does not cover (weather, jokes, lawyers ...).
    #[serde(default)]
    pub offtopic: Vec<String>,
    /// Area -> words naming the whole area, and the area's most asked entries.
    #[serde(default)]
    pub areas: BTreeMap<String, RawArea>,
    /// Situation ("de-dk", "dk-de", "other") -> the entries most asked in it.
    #[serde(default)]
    pub situation_topics: BTreeMap<String, Vec<String>>,
    /// Words without meaning for the question ("jeg", "ich", "bitte", ...):
    /// what is left after them and the cues decides whether a message has
    /// anything of its own.
    #[serde(default)]
    pub filler: Vec<String>,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArea {
    #[serde(default)]
    pub words: Vec<String>,
    /// Entry ids, most asked first.
    #[serde(default)]
    pub popular: Vec<String>,
}

/// The compiled cues.
#[derive(Clone, Debug, Default)]
pub struct Cues {
    /// (part name, phrases), in file order.
    pub parts: Vec<(String, PhraseSet)>,
    /// Phrases asking for Danish / German, and the English ones.
    pub want_lang: [PhraseSet; 2],
    pub want_english: PhraseSet,
    english: rustc_hash::FxHashSet<String>,
    pub person: PhraseSet,
    pub thanks: PhraseSet,
    pub partner: PhraseSet,
    pub again: PhraseSet,
    pub refers: PhraseSet,
    pub office: PhraseSet,
    pub offtopic: PhraseSet,
    /// (area, words, popular entries).
    pub areas: Vec<(String, PhraseSet, Vec<String>)>,
    filler: rustc_hash::FxHashSet<String>,
    situation_topics: BTreeMap<String, Vec<String>>,
}

/// What the cues say about one message.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    /// Parts asked for, in the order they stand in the message.
    pub parts: Vec<String>,
    pub want_lang: Option<Lang>,
    /// Written in English (or asking for English).
    pub english: bool,
    pub person: bool,
    pub thanks: bool,
    pub partner: bool,
    pub again: bool,
    /// Points back to what was just said.
    pub refers: bool,
    /// Names the advice office itself.
    pub office: bool,
    pub offtopic: bool,
    /// Areas named.
    pub areas: Vec<String>,
    /// Words left after cues and filler words: what the message says of its own.
    pub rest: usize,
    /// Words in all.
    pub words: usize,
}

impl Cues {
    pub fn from_raw(raw: &RawCues) -> Cues {
        let parts =
            raw.parts.iter().map(|(name, langs)| (name.clone(), PhraseSet::new(langs.values().flatten()))).collect();
        let lang_set = |code: &str| PhraseSet::new(raw.language.get(code).into_iter().flatten());
        let areas =
            raw.areas.iter().map(|(name, a)| (name.clone(), PhraseSet::new(&a.words), a.popular.clone())).collect();
        let words =
            |v: &[String]| v.iter().flat_map(|w| tokens(&fold(w)).map(str::to_string).collect::<Vec<_>>()).collect();
        Cues {
            parts,
            want_lang: [lang_set("da"), lang_set("de")],
            want_english: lang_set("en"),
            english: words(&raw.english),
            person: PhraseSet::new(&raw.person),
            thanks: PhraseSet::new(&raw.thanks),
            partner: PhraseSet::new(&raw.partner),
            again: PhraseSet::new(&raw.again),
            refers: PhraseSet::new(&raw.refers),
            office: PhraseSet::new(&raw.office),
            offtopic: PhraseSet::new(&raw.offtopic),
            areas,
            filler: words(&raw.filler),
            situation_topics: raw.situation_topics.clone(),
        }
    }

    pub fn part_names(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().map(|(n, _)| n.as_str())
    }

    pub fn popular(&self, area: &str) -> &[String] {
        self.areas.iter().find(|(a, _, _)| a == area).map(|(_, _, p)| p.as_slice()).unwrap_or(&[])
    }

    pub fn situation_topics(&self, situation: &str) -> &[String] {
        self.situation_topics.get(situation).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Reads the cues of a message.
    pub fn read(&self, text: &str) -> Reading {
        let folded = fold(text);
        let toks: Vec<&str> = tokens(&folded).collect();
        let mut used = vec![false; toks.len()];
        let mut r = Reading { words: toks.len(), ..Reading::default() };
        // Parts in the order asked: "hvornår skal jeg søge" asks for the deadline.
        let mut parts: Vec<(usize, &String)> =
            self.parts.iter().filter_map(|(name, set)| set.mark_at(&toks, &mut used).map(|i| (i, name))).collect();
        parts.sort();
        r.parts = parts.into_iter().map(|(_, n)| n.clone()).collect();
        // "på tysk" asks for German; "jeg forstår ikke tysk" too (the longer
        // phrase is listed under the language wanted).
        let da = self.want_lang[0].mark(&toks, &mut used);
        let de = self.want_lang[1].mark(&toks, &mut used);
        r.want_lang = match (da, de) {
            (true, false) => Some(Lang::Da),
            (false, true) => Some(Lang::De),
            _ => None,
        };
        r.person = self.person.mark(&toks, &mut used);
        r.thanks = self.thanks.mark(&toks, &mut used);
        r.partner = self.partner.mark(&toks, &mut used);
        r.again = self.again.mark(&toks, &mut used);
        r.offtopic = self.offtopic.mark(&toks, &mut used);
        // Not taken from the rest: "det" and "jer" are words of the question.
        r.refers = self.refers.any(&toks);
        r.office = self.office.any(&toks);
        for (name, set, _) in &self.areas {
            if set.mark(&toks, &mut used) {
                r.areas.push(name.clone());
            }
        }
        let english_words = toks.iter().filter(|t| self.english.contains(**t)).count();
        r.english = self.want_english.mark(&toks, &mut used) || (toks.len() >= 2 && english_words * 2 > toks.len());
        r.rest = toks.iter().zip(&used).filter(|(t, u)| !**u && !self.filler.contains(**t) && t.len() > 1).count();
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues() -> Cues {
        let raw: RawCues = toml::from_str(
            r#"
            filler = ["og", "und", "das", "det", "ist", "er", "jeg", "ich"]
            english = ["can", "you", "speak", "english", "please", "the"]
            thanks = ["tak", "danke"]
            [parts.amount]
            da = ["hvor meget", "koster*"]
            de = ["wie viel", "kostet"]
            [language]
            de = ["auf deutsch", "kein dänisch"]
            en = ["english please"]
            [areas.tax]
            words = ["skat", "steuer*"]
            popular = ["tax.a"]
            "#,
        )
        .unwrap();
        Cues::from_raw(&raw)
    }

    #[test]
    fn cue_words_are_found_and_the_rest_is_counted() {
        let c = cues();
        let r = c.read("und wie viel ist das?");
        assert_eq!(r.parts, vec!["amount".to_string()]);
        assert_eq!(r.rest, 0);
        let r = c.read("Danke, wie viel Urlaub bekomme ich?");
        assert!(r.thanks);
        assert_eq!(r.rest, 2, "{r:?}");
        assert_eq!(c.read("ich verstehe kein Dänisch").want_lang, Some(Lang::De));
        assert_eq!(c.read("Steuern?").areas, vec!["tax".to_string()]);
        assert!(c.read("can you speak english?").english);
        assert!(!c.read("kan jeg få det på tysk").english);
        assert!(c.read("det koster").parts.contains(&"amount".to_string()));
        assert!(c.read("hvad koster det").parts.contains(&"amount".to_string()));
    }
}
