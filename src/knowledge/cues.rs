//! Conversation cues from `knowledge/dialogue.toml`: the words that tell how
//! to read a message in a conversation rather than what it is about. "hvor
//! meget" asks for the amount of the last answer, "auf Deutsch bitte" asks for
//! another language, "Steuer?" names a whole area, "Wetter" is outside what the
//! bot covers. Advisors extend the lists; the dialogue core reads them through
//! [`Cues::read`]. Pure: no I/O after loading.

use std::collections::BTreeMap;

use super::languages::{LangMap, Languages};
use super::model::EntryId;
use crate::text::{fold, token_list, tokens, Lang};

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

    /// Whether the phrase stands at token `i`.
    fn fits_at(&self, toks: &[&str], i: usize) -> bool {
        let n = self.words.len();
        i + n <= toks.len()
            && self.words.iter().enumerate().all(|(k, w)| {
                let t = toks[i + k];
                t == w || (self.prefix && k == n - 1 && t.starts_with(w.as_str()))
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

    /// Marks the tokens of every phrase found; the first position found, if
    /// any. Looks up each token once, allocates nothing. `seen` holds per
    /// token the bits of the sets it may start a phrase of (see
    /// [`Cues::read`]), `bit` is this set's: other tokens are not looked up.
    fn mark_at(&self, toks: &[&str], seen: &Seen, used: &mut [bool]) -> Option<usize> {
        let mut first: Option<usize> = None;
        let mut hit = |i: usize, len: usize, used: &mut [bool]| {
            first = Some(first.map_or(i, |f| f.min(i)));
            for u in used.iter_mut().skip(i).take(len) {
                *u = true;
            }
        };
        for (i, t) in toks.iter().enumerate() {
            if !seen.may_start(i) {
                continue;
            }
            if let Some(list) = self.by_first.get(*t) {
                // Longest first: the first phrase that fits here takes the words.
                if let Some(p) = list.iter().map(|&pi| &self.phrases[pi]).find(|p| p.fits_at(toks, i)) {
                    hit(i, p.words.len(), used);
                }
            }
            if self.prefixes.iter().any(|&pi| t.starts_with(self.phrases[pi].words[0].as_str())) {
                hit(i, 1, used);
            }
        }
        first
    }

    fn mark(&self, toks: &[&str], seen: &Seen, used: &mut [bool]) -> bool {
        self.mark_at(toks, seen, used).is_some()
    }

    /// [`PhraseSet::any`] looking only at the tokens that may start a phrase of it.
    fn any_seen(&self, toks: &[&str], seen: &Seen) -> bool {
        toks.iter().enumerate().any(|(i, t)| {
            seen.may_start(i)
                && (self.by_first.get(*t).is_some_and(|l| l.iter().any(|&pi| self.phrases[pi].fits_at(toks, i)))
                    || self.prefixes.iter().any(|&pi| t.starts_with(self.phrases[pi].words[0].as_str())))
        })
    }

    pub fn any(&self, toks: &[&str]) -> bool {
        toks.iter().enumerate().any(|(i, t)| {
            self.by_first.get(*t).is_some_and(|l| l.iter().any(|&pi| self.phrases[pi].fits_at(toks, i)))
                || self.prefixes.iter().any(|&pi| t.starts_with(self.phrases[pi].words[0].as_str()))
        })
    }
}

/// The place [`Cues::choice_place`] gives for the last button.
pub const LAST_CHOICE: usize = usize::MAX;
/// The place [`Cues::choice_place`] gives for every button at once ("begge dele").
pub const ALL_CHOICES: usize = usize::MAX - 1;
/// Most words of a message that names a button by its place.
const MAX_CHOICE_WORDS: usize = 5;

/// Per token, the bits of the phrase sets it may start a phrase of (a set
/// past the 63rd shares the last bit), and the bit of the set looked at.
struct Seen<'a> {
    masks: &'a [u64],
    bit: u64,
}

impl Seen<'_> {
    fn may_start(&self, i: usize) -> bool {
        self.masks.get(i).is_none_or(|m| m & self.bit != 0)
    }
}

/// The raw file, as advisors write it.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCues {
    /// Part name -> words asking for it, per language ("da", "de").
    #[serde(default)]
    pub parts: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Which language a message asks for: each language of `languages.toml`
    /// by its code, and `en` (English words) for the English note while the
    /// base does not speak English. Keys keep their place for `check`.
    #[serde(default)]
    pub language: BTreeMap<toml::Spanned<String>, Vec<String>>,
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
    /// Words pointing back only in a message of one language (the Danish
    /// "der" is no pointing word in German, where it is an article).
    #[serde(default)]
    pub refers_in: BTreeMap<toml::Spanned<String>, Vec<String>>,
    /// Pronouns of one language that go on asking about the partner right
    /// after a question about the partner ("kan hun trække kørslen fra?").
    #[serde(default)]
    pub partner_pronouns: BTreeMap<toml::Spanned<String>, Vec<String>>,
    /// Words of one language by which the commuter asks for themselves
    /// ("og hvem betaler, hvis jeg bliver syg?" after a question about the partner).
    #[serde(default)]
    pub own_pronouns: BTreeMap<toml::Spanned<String>, Vec<String>>,
    /// Words naming the advice office itself ("jer", "euch", "Regionskontor").
    #[serde(default)]
    pub office: Vec<String>,
    /// Words whose topic the bot does not cover (weather, jokes, lawyers ...).
    #[serde(default)]
    pub offtopic: Vec<String>,
    /// Asking for a recommendation ("kender du en god ...", "kennst du einen
    /// guten ..."): off topic, except for whom to turn to (the service entries).
    #[serde(default)]
    pub recommend: Vec<String>,
    /// Area -> words naming the whole area, and the area's most asked entries.
    #[serde(default)]
    pub areas: BTreeMap<String, RawArea>,
    /// Situation ("de-dk", "dk-de", "other") -> the entries most asked in it.
    #[serde(default)]
    pub situation_topics: BTreeMap<String, Vec<String>>,
    /// Words that open a question ("hvad", "hvor", "wie", "kann" ...).
    #[serde(default)]
    pub question: Vec<String>,
    /// Words without meaning for the question ("jeg", "ich", "bitte", ...):
    /// what is left after them and the cues decides whether a message has
    /// anything of its own.
    #[serde(default)]
    pub filler: Vec<String>,
    /// A choice named by its place ("den første", "die zweite"): the n-th
    /// list holds the words for the n-th button.
    #[serde(default)]
    pub choice_places: Vec<Vec<String>>,
    /// Words for the last button ("den sidste", "das letzte").
    #[serde(default)]
    pub choice_last: Vec<String>,
    /// Words for every button at once ("begge", "beides", "alle").
    #[serde(default)]
    pub choice_all: Vec<String>,
    /// Words that may stand beside a place ("nummer", "Option", "tak").
    #[serde(default)]
    pub choice_words: Vec<String>,
    /// Words that suppose rather than tell ("hvis", "wenn", "falls"): a
    /// situation in such a message is not kept as the commuter's.
    #[serde(default)]
    pub supposes: Vec<String>,
    /// Phrases that say the last answer missed ("det var ikke det, jeg
    /// spurgte om", "das meinte ich nicht", "falsch").
    #[serde(default)]
    pub missed: Vec<String>,
    /// Phrases that complain about the bot itself ("ubrugelig bot", "du bist
    /// nutzlos"): an apology and a person, not what the bot can do.
    #[serde(default)]
    pub complaint: Vec<String>,
    /// Phrases asking whether the last answer holds in another case too
    /// ("gælder det også", "gilt das auch"): a follow-up to that answer.
    #[serde(default)]
    pub applies: Vec<String>,
    /// Words naming members of the family ("børnene", "Kinder"): with an
    /// area's `family_follows`, a follow-up of only these words.
    #[serde(default)]
    pub family_members: Vec<String>,
    /// General entry -> which of the commuter's places decides the country
    /// whose entry answers a part the general one lacks ("wie viel?").
    #[serde(default)]
    pub by_country: BTreeMap<String, RawByCountry>,
    /// Entry -> the entry that answers its question for a commuter whose job
    /// moved across the border ("work.holiday-dk" -> "work.holiday-pay-moved").
    #[serde(default)]
    pub job_moved: BTreeMap<String, String>,
    /// Who the commuter told they are ("bin seit November in Rente", "meine
    /// Firma schickt mich nach Kolding"), by status name: the words that
    /// tell it, and entry -> the entry that answers its question then.
    #[serde(default)]
    pub status: BTreeMap<String, RawStatus>,
}

/// `[status.<name>]`: `words` telling the status (kept for the
/// conversation), `ahead` asking about the time when it will hold (that
/// message only), and `entries` (entry -> the entry that answers its
/// question for a commuter of that status).
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatus {
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub ahead: Vec<String>,
    #[serde(default)]
    pub entries: BTreeMap<String, String>,
}

/// `[by_country."<entry>"]`: `decides = "lives"`, `"works"` or `"family"`
/// (the home country when the partner works there, else where the commuter
/// works: the priority of family benefits), and the entry for each country
/// (`dk`, `de`).
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawByCountry {
    pub decides: String,
    #[serde(default)]
    pub dk: Option<String>,
    #[serde(default)]
    pub de: Option<String>,
}

impl RawByCountry {
    /// The entry for `country`.
    pub fn entry(&self, country: crate::knowledge::Country) -> Option<&str> {
        match country {
            crate::knowledge::Country::Dk => self.dk.as_deref(),
            crate::knowledge::Country::De => self.de.as_deref(),
        }
    }

    /// Every country's entry, Denmark first.
    pub fn entries(&self) -> impl Iterator<Item = &String> {
        self.dk.iter().chain(&self.de)
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArea {
    #[serde(default)]
    pub words: Vec<String>,
    /// Entry ids, most asked first.
    #[serde(default)]
    pub popular: Vec<String>,
    /// An answer of this area holds for the family too: a bare follow-up
    /// naming only family members ("und meine Kinder?") gets it again.
    #[serde(default)]
    pub family_follows: bool,
}

/// The compiled cues.
#[derive(Clone, Debug, Default)]
pub struct Cues {
    /// (part name, phrases), in file order.
    pub parts: Vec<(String, PhraseSet)>,
    /// Phrases asking for each language of the base, and the English ones
    /// (for a base that does not speak English: its note).
    pub want_lang: LangMap<PhraseSet>,
    pub want_english: PhraseSet,
    english: rustc_hash::FxHashSet<String>,
    pub person: PhraseSet,
    pub thanks: PhraseSet,
    pub partner: PhraseSet,
    pub again: PhraseSet,
    pub refers: PhraseSet,
    refers_in: LangMap<PhraseSet>,
    partner_pronouns: LangMap<PhraseSet>,
    own_pronouns: LangMap<PhraseSet>,
    pub office: PhraseSet,
    pub offtopic: PhraseSet,
    pub recommend: PhraseSet,
    /// (area, words, popular entries).
    pub areas: Vec<(String, PhraseSet, Vec<EntryId>)>,
    filler: rustc_hash::FxHashSet<String>,
    question_words: rustc_hash::FxHashSet<String>,
    situation_topics: BTreeMap<String, Vec<EntryId>>,
    by_country: BTreeMap<String, RawByCountry>,
    job_moved: BTreeMap<String, String>,
    /// (name, words, ahead, entry -> entry), in name order.
    statuses: Vec<(String, PhraseSet, PhraseSet, BTreeMap<String, String>)>,
    /// Every phrase of every status, told or ahead: a message with none of
    /// them tells no status (one pass instead of two per status).
    any_status: PhraseSet,
    /// Folded word -> the button place it names (0-based; [`LAST_CHOICE`]
    /// for the last).
    choice_places: rustc_hash::FxHashMap<String, usize>,
    choice_words: rustc_hash::FxHashSet<String>,
    supposes: rustc_hash::FxHashSet<String>,
    /// Areas whose answers hold for the family too (`family_follows`).
    family_follows: Vec<String>,
    family_members: rustc_hash::FxHashSet<String>,
    missed: PhraseSet,
    complaint: PhraseSet,
    applies: PhraseSet,
    /// The first word of every cue phrase (the sets it starts a phrase of,
    /// a bit each), and whether the word is English or filler: one lookup
    /// per word of a message.
    first_words: rustc_hash::FxHashMap<String, WordCue>,
    /// The one-word prefixes filed by their first byte: a word is compared
    /// only with those that start like it.
    prefixes: Vec<Vec<(String, u64)>>,
}

/// The phrase sets a message's words may start ([`Cues::word_sets`]).
struct WordSets {
    /// Per word: the sets (a bit each) it may start a phrase of.
    masks: Vec<u64>,
    /// Every word's sets together.
    mask: u64,
    /// How many words are English words.
    english: usize,
    /// Per word: whether it is a filler.
    filler: Vec<bool>,
}

/// What one word may be to the cues.
#[derive(Clone, Copy, Debug, Default)]
struct WordCue {
    /// The sets a phrase of which it starts, a bit each.
    sets: u64,
    english: bool,
    filler: bool,
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
    /// Asks something: a question mark, or opens with a question word.
    pub question: bool,
    /// Names a topic the bot does not cover, or asks for a recommendation.
    pub offtopic: bool,
    /// Off topic only by asking for a recommendation: a service entry named still answers.
    pub recommends: bool,
    /// Areas named.
    pub areas: Vec<String>,
    /// Words left after cues and filler words: what the message says of its own.
    pub rest: usize,
    /// Those words, folded.
    pub rest_words: Vec<String>,
    /// The words that named an area ("Kind", "skat"), folded.
    pub area_words: Vec<String>,
    /// Words in all.
    pub words: usize,
}

impl Cues {
    pub fn from_raw(raw: &RawCues, languages: &Languages) -> Cues {
        let parts =
            raw.parts.iter().map(|(name, langs)| (name.clone(), PhraseSet::new(langs.values().flatten()))).collect();
        let lang_set = |code: &str| PhraseSet::new(raw.language.get(code).into_iter().flatten());
        let ids = |v: &[String]| v.iter().map(|id| EntryId::from(id.as_str())).collect::<Vec<_>>();
        let areas =
            raw.areas.iter().map(|(name, a)| (name.clone(), PhraseSet::new(&a.words), ids(&a.popular))).collect();
        let status = |(name, st): (&String, &RawStatus)| {
            (name.clone(), PhraseSet::new(&st.words), PhraseSet::new(&st.ahead), st.entries.clone())
        };
        let statuses = raw.status.iter().map(status).collect();
        let words =
            |v: &[String]| v.iter().flat_map(|w| tokens(&fold(w)).map(str::to_string).collect::<Vec<_>>()).collect();
        let lang_sets = |table: &BTreeMap<toml::Spanned<String>, Vec<String>>| {
            LangMap::from_fn(languages.all(), |l| {
                PhraseSet::new(table.iter().filter(|(k, _)| k.get_ref() == l.code()).flat_map(|(_, v)| v))
            })
        };
        let mut cues = Cues {
            parts,
            want_lang: LangMap::from_fn(languages.all(), |l| lang_set(l.code())),
            want_english: if languages.all().any(|l| l.code() == "en") { PhraseSet::default() } else { lang_set("en") },
            english: words(&raw.english),
            person: PhraseSet::new(&raw.person),
            thanks: PhraseSet::new(&raw.thanks),
            partner: PhraseSet::new(&raw.partner),
            again: PhraseSet::new(&raw.again),
            refers: PhraseSet::new(&raw.refers),
            refers_in: lang_sets(&raw.refers_in),
            partner_pronouns: lang_sets(&raw.partner_pronouns),
            own_pronouns: lang_sets(&raw.own_pronouns),
            office: PhraseSet::new(&raw.office),
            offtopic: PhraseSet::new(&raw.offtopic),
            recommend: PhraseSet::new(&raw.recommend),
            areas,
            filler: words(&raw.filler),
            question_words: words(&raw.question),
            situation_topics: raw.situation_topics.iter().map(|(k, v)| (k.clone(), ids(v))).collect(),
            by_country: raw.by_country.clone(),
            job_moved: raw.job_moved.clone(),
            statuses,
            any_status: PhraseSet::new(raw.status.values().flat_map(|st| st.words.iter().chain(&st.ahead))),
            choice_places: choice_places(raw),
            choice_words: words(&raw.choice_words),
            supposes: words(&raw.supposes),
            family_follows: raw.areas.iter().filter(|(_, a)| a.family_follows).map(|(n, _)| n.clone()).collect(),
            family_members: words(&raw.family_members),
            missed: PhraseSet::new(&raw.missed),
            complaint: PhraseSet::new(&raw.complaint),
            applies: PhraseSet::new(&raw.applies),
            first_words: Default::default(),
            prefixes: Vec::new(),
        };
        let mut first_words: rustc_hash::FxHashMap<String, WordCue> = Default::default();
        let mut prefixes: Vec<Vec<(String, u64)>> = vec![Vec::new(); 256];
        for (bit, set) in cues.sets().into_iter().enumerate() {
            let mask = 1u64 << bit.min(63);
            for w in set.by_first.keys() {
                first_words.entry(w.clone()).or_default().sets |= mask;
            }
            for &i in &set.prefixes {
                let w = &set.phrases[i].words[0];
                prefixes[usize::from(w.as_bytes()[0])].push((w.clone(), mask));
            }
        }
        for w in &cues.english {
            first_words.entry(w.clone()).or_default().english = true;
        }
        for w in &cues.filler {
            first_words.entry(w.clone()).or_default().filler = true;
        }
        cues.first_words = first_words;
        cues.prefixes = prefixes;
        cues
    }

    /// Every phrase set in one fixed order: its index is its bit in the
    /// mask of sets a message may touch.
    fn sets(&self) -> Vec<&PhraseSet> {
        let mut sets: Vec<&PhraseSet> = self.parts.iter().map(|(_, s)| s).collect();
        sets.extend(self.want_lang.values());
        sets.extend([
            &self.want_english,
            &self.person,
            &self.thanks,
            &self.partner,
            &self.again,
            &self.refers,
            &self.office,
            &self.offtopic,
            &self.recommend,
        ]);
        sets.extend(self.areas.iter().map(|(_, s, _)| s));
        sets
    }

    pub fn part_names(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().map(|(n, _)| n.as_str())
    }

    /// Whether an answer of `area` holds for the family too (`family_follows`).
    pub fn family_follows(&self, area: &str) -> bool {
        self.family_follows.iter().any(|a| a == area)
    }

    /// Whether a folded word names a member of the family (`family_members`).
    pub fn family_member(&self, word: &str) -> bool {
        self.family_members.contains(word)
    }

    pub fn popular(&self, area: &str) -> &[EntryId] {
        self.areas.iter().find(|(a, _, _)| a == area).map(|(_, _, p)| p.as_slice()).unwrap_or(&[])
    }

    /// The `by_country` rule of a general entry, if it has one.
    pub fn by_country(&self, entry: &str) -> Option<&RawByCountry> {
        self.by_country.get(entry)
    }

    /// Every `by_country` rule.
    pub fn by_country_rules(&self) -> impl Iterator<Item = &RawByCountry> {
        self.by_country.values()
    }

    /// The entry that answers `entry`'s question for a commuter whose job moved across the border.
    pub fn job_moved(&self, entry: &str) -> Option<&str> {
        self.job_moved.get(entry).map(String::as_str)
    }

    /// The entry that answers `entry`'s question for a commuter of `status`.
    pub fn for_status(&self, status: &str, entry: &str) -> Option<&str> {
        let (_, _, _, entries) = self.statuses.iter().find(|(name, ..)| name == status)?;
        entries.get(entry).map(String::as_str)
    }

    /// The statuses the message tells ("bin in Rente": `(name, true)`) or
    /// asks about ahead ("når jeg går på pension": `(name, false)`; ahead
    /// wins), in name order; `toks` are the folded message's tokens.
    pub fn statuses_in(&self, toks: &[&str]) -> Vec<(&str, bool)> {
        if self.statuses.is_empty() || !self.any_status.any(toks) {
            return Vec::new();
        }
        self.statuses
            .iter()
            .filter_map(|(name, words, ahead, _)| {
                // "når jeg bliver pensionist" asks ahead, though "pensionist" tells.
                if ahead.any(toks) {
                    Some((name.as_str(), false))
                } else {
                    words.any(toks).then_some((name.as_str(), true))
                }
            })
            .collect()
    }

    pub fn situation_topics(&self, situation: &str) -> &[EntryId] {
        self.situation_topics.get(situation).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The message supposes rather than tells ("og hvis jeg flytter til
    /// Danmark?", "und wenn ich umziehe?").
    pub fn supposes(&self, text: &str) -> bool {
        !self.supposes.is_empty() && tokens(&fold(text)).any(|t| self.supposes.contains(t))
    }

    /// Where the first word that supposes stands among `toks` (folded).
    pub fn supposed_at(&self, toks: &[&str]) -> Option<usize> {
        toks.iter().position(|t| self.supposes.contains(*t))
    }

    /// Whether `toks` (folded) name the partner ("min kone", "meine Frau").
    pub fn partner_in(&self, toks: &[&str]) -> bool {
        self.partner.any(toks)
    }

    /// The message asks whether the last answer holds in another case too.
    pub fn applies(&self, text: &str) -> bool {
        let folded = fold(text);
        let toks: Vec<&str> = tokens(&folded).collect();
        self.applies.any(&toks)
    }

    /// The message complains about the bot itself.
    pub fn complaint(&self, text: &str) -> bool {
        let folded = fold(text);
        let toks: Vec<&str> = tokens(&folded).collect();
        self.complaint.any(&toks)
    }

    /// The message says the last answer missed what was asked.
    pub fn missed(&self, text: &str) -> bool {
        let folded = fold(text);
        let toks: Vec<&str> = tokens(&folded).collect();
        self.missed.any(&toks)
    }

    /// The button a short message names by its place alone ("den første",
    /// "nummer 2 tak", "das letzte"): 0-based, [`LAST_CHOICE`] for the last.
    /// `None` when the message says anything more.
    pub fn choice_place(&self, text: &str) -> Option<usize> {
        let folded = fold(text);
        let mut found = None;
        for (i, t) in tokens(&folded).enumerate() {
            if i >= MAX_CHOICE_WORDS {
                return None;
            }
            let place =
                self.choice_places.get(t).copied().or_else(|| {
                    t.parse::<usize>().ok().filter(|n| (1..=MAX_CHOICE_WORDS * 4).contains(n)).map(|n| n - 1)
                });
            match place {
                Some(p) if found.is_none() => found = Some(p),
                Some(_) => return None,
                None if self.filler.contains(t) || self.choice_words.contains(t) => {}
                None => return None,
            }
        }
        found
    }

    /// The sets a word of the message may start a phrase of; the others
    /// are skipped (most messages touch three or four of some thirty).
    /// Per word too: a set's phrases are looked for only at its words.
    fn word_sets(&self, toks: &[&str]) -> WordSets {
        let mut out = WordSets {
            masks: Vec::with_capacity(toks.len()),
            mask: 0,
            english: 0,
            filler: Vec::with_capacity(toks.len()),
        };
        for t in toks {
            let cue = self.first_words.get(*t).copied().unwrap_or_default();
            out.english += usize::from(cue.english);
            out.filler.push(cue.filler);
            let mut own = cue.sets;
            let filed = t.as_bytes().first().and_then(|b| self.prefixes.get(usize::from(*b)));
            for (p, m) in filed.into_iter().flatten() {
                if own & m == 0 && t.starts_with(p.as_str()) {
                    own |= m;
                }
            }
            out.mask |= own;
            out.masks.push(own);
        }
        out
    }

    /// Reads the cues of a message.
    pub fn read(&self, text: &str) -> Reading {
        self.read_folded(text, &fold(text))
    }

    /// Whether a message read as language `lang` has a word that points back
    /// only in that language (`refers_in`; `toks` are the folded message's tokens).
    pub fn refers_in(&self, lang: Lang, toks: &[&str]) -> bool {
        any_in(&self.refers_in, lang, toks)
    }

    /// Whether a message read as language `lang` has a pronoun that goes on
    /// asking about the partner (`partner_pronouns`; `toks` are the folded message's tokens).
    pub fn partner_pronoun_in(&self, lang: Lang, toks: &[&str]) -> bool {
        any_in(&self.partner_pronouns, lang, toks)
    }

    /// Whether a message read as language `lang` has a word by which the
    /// commuter asks for themselves (`own_pronouns`; `toks` are the folded message's tokens).
    pub fn own_pronoun_in(&self, lang: Lang, toks: &[&str]) -> bool {
        any_in(&self.own_pronouns, lang, toks)
    }

    /// [`Cues::read`] with the message already folded (`folded` is `fold(text)`).
    pub fn read_folded(&self, text: &str, folded: &str) -> Reading {
        self.read_tokens(text, &token_list(folded))
    }

    /// [`Cues::read`] with the message's folded words (`toks` are the tokens of `fold(text)`).
    pub fn read_tokens(&self, text: &str, toks: &[&str]) -> Reading {
        let mut used = vec![false; toks.len()];
        let mut r = Reading { words: toks.len(), ..Reading::default() };
        r.question = text.contains('?') || toks.first().is_some_and(|t| self.question_words.contains(*t));
        let WordSets { masks, mask, english: english_words, filler } = self.word_sets(toks);
        let mut bit = 0usize;
        // Each set's bit when the message touches it, else 0.
        let mut touched = || {
            let b = 1u64 << bit.min(63);
            bit += 1;
            if mask & b != 0 {
                b
            } else {
                0
            }
        };
        let parts_touched: Vec<u64> = self.parts.iter().map(|_| touched()).collect();
        let lang_touched: Vec<u64> = self.want_lang.values().map(|_| touched()).collect();
        let [en_t, person_t, thanks_t, partner_t, again_t, refers_t, office_t, offtopic_t, recommend_t] =
            [(); 9].map(|_| touched());
        let areas_touched: Vec<u64> = self.areas.iter().map(|_| touched()).collect();
        let seen = |bit: u64| Seen { masks: &masks, bit };
        // Parts in the order asked: "hvornår skal jeg søge" asks for the deadline.
        let mut parts: Vec<(usize, &String)> = self
            .parts
            .iter()
            .zip(&parts_touched)
            .filter(|(_, t)| **t != 0)
            .filter_map(|((name, set), t)| set.mark_at(toks, &seen(*t), &mut used).map(|i| (i, name)))
            .collect();
        parts.sort();
        r.parts = parts.into_iter().map(|(_, n)| n.clone()).collect();
        // "på tysk" asks for German; "jeg forstår ikke tysk" too (the longer
        // phrase is listed under the language wanted).
        let wanted: Vec<Lang> = self
            .want_lang
            .iter()
            .zip(&lang_touched)
            .filter(|((_, set), touched)| **touched != 0 && set.mark(toks, &seen(**touched), &mut used))
            .map(|((lang, _), _)| lang)
            .collect();
        r.want_lang = match wanted.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        r.person = person_t != 0 && self.person.mark(toks, &seen(person_t), &mut used);
        r.thanks = thanks_t != 0 && self.thanks.mark(toks, &seen(thanks_t), &mut used);
        r.partner = partner_t != 0 && self.partner.mark(toks, &seen(partner_t), &mut used);
        r.again = again_t != 0 && self.again.mark(toks, &seen(again_t), &mut used);
        r.offtopic = offtopic_t != 0 && self.offtopic.mark(toks, &seen(offtopic_t), &mut used);
        let recommends = recommend_t != 0 && self.recommend.mark(toks, &seen(recommend_t), &mut used);
        (r.recommends, r.offtopic) = (recommends && !r.offtopic, r.offtopic || recommends);
        // Not taken from the rest: "det" and "jer" are words of the question.
        r.refers = refers_t != 0 && self.refers.any_seen(toks, &seen(refers_t));
        r.office = office_t != 0 && self.office.any_seen(toks, &seen(office_t));
        let before_areas = used.clone();
        for ((name, set, _), t) in self.areas.iter().zip(&areas_touched) {
            if *t != 0 && set.mark(toks, &seen(*t), &mut used) {
                r.areas.push(name.clone());
            }
        }
        r.area_words = toks
            .iter()
            .zip(used.iter().zip(&before_areas))
            .filter(|(_, (now, before))| **now && !**before)
            .map(|(t, _)| t.to_string())
            .collect();
        r.english = (en_t != 0 && self.want_english.mark(toks, &seen(en_t), &mut used))
            || (toks.len() >= 2 && english_words * 2 > toks.len());
        r.rest_words = toks
            .iter()
            .zip(&used)
            .zip(&filler)
            .filter(|((t, u), f)| !**u && !**f && t.len() > 1)
            .map(|((t, _), _)| t.to_string())
            .collect();
        r.rest = r.rest_words.len();
        r
    }
}

/// Whether the tokens `toks` hold a phrase of language `lang`'s set in `sets`.
fn any_in(sets: &LangMap<PhraseSet>, lang: Lang, toks: &[&str]) -> bool {
    sets.get(lang).is_some_and(|set| !set.phrases.is_empty() && set.any(toks))
}

/// Each word naming a button by its place, with the button's index
/// ([`LAST_CHOICE`] for the last, [`ALL_CHOICES`] for every one).
fn choice_places(raw: &RawCues) -> rustc_hash::FxHashMap<String, usize> {
    raw.choice_places
        .iter()
        .enumerate()
        .flat_map(|(i, ws)| ws.iter().map(move |w| (i, w)))
        .chain(raw.choice_last.iter().map(|w| (LAST_CHOICE, w)))
        .chain(raw.choice_all.iter().map(|w| (ALL_CHOICES, w)))
        .map(|(i, w)| (fold(w), i))
        .collect()
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
        let mut diags = crate::diag::Diagnostics::default();
        let languages = Languages::from_toml(
            std::path::Path::new("languages.toml"),
            include_str!("../../knowledge/languages.toml"),
            &mut diags,
        );
        Cues::from_raw(&raw, &languages)
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
