//! The gazetteer (`knowledge/places.toml`) and the commuter's situation read
//! from a message: "ich wohne in Flensburg und arbeite in Padborg", "vi bor i
//! Padborg, min mand arbejder i Tyskland", "dansk arbejdsgiver". Which side of
//! the border someone lives and works on picks the side's entry (holiday in
//! Denmark or in Germany, Danish or German sick pay), so place names are data
//! advisors extend. Pure: no I/O after loading.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::model::Direction;
use crate::text::{fold, token_list, tokens};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Country {
    #[serde(rename = "dk")]
    Dk,
    #[serde(rename = "de")]
    De,
}

impl Country {
    pub fn code(self) -> &'static str {
        match self {
            Country::Dk => "dk",
            Country::De => "de",
        }
    }
}

/// Where the commuter (and their partner) live and work, as far as known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives: Option<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub works: Option<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_works: Option<Country>,
}

impl Situation {
    pub fn is_empty(&self) -> bool {
        self.lives.is_none() && self.works.is_none() && self.partner_works.is_none()
    }

    /// The commuter's direction. Someone who asks a cross-border bot and says
    /// only where they live works on the other side, and the other way round.
    pub fn direction(&self) -> Option<Direction> {
        let other = |c: Country| match c {
            Country::Dk => Country::De,
            Country::De => Country::Dk,
        };
        let lives = self.lives.or(self.works.map(other))?;
        let works = self.works.unwrap_or(other(lives));
        match (lives, works) {
            (Country::De, Country::Dk) => Some(Direction::DeDk),
            (Country::Dk, Country::De) => Some(Direction::DkDe),
            _ => None,
        }
    }

    /// `newer` over `self`, field by field: what a message says replaces
    /// what was known, the rest stays.
    pub fn updated(&self, newer: &Situation) -> Situation {
        Situation {
            lives: newer.lives.or(self.lives),
            works: newer.works.or(self.works),
            partner_works: newer.partner_works.or(self.partner_works),
        }
    }
}

/// `places.toml` as written: per country, groups of place lines ("Aabenraa /
/// Apenrade"), `ambiguous` names (read as places only after a preposition),
/// `adjectives` ("dansk", "deutsch*") that name the country of an employer.
/// The optional `[words]` table holds the verbs and partner words.
#[derive(Debug, Default, Deserialize)]
pub struct RawPlaces {
    #[serde(default)]
    pub denmark: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub germany: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub words: RawWords,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWords {
    #[serde(default)]
    pub live: Vec<String>,
    #[serde(default)]
    pub work: Vec<String>,
    /// Someone else than the commuter: "min mand", "meine Frau".
    #[serde(default)]
    pub partner: Vec<String>,
    /// Nouns of a workplace, after which a country adjective says where one works.
    #[serde(default)]
    pub employer: Vec<String>,
    /// Other people ("min mor", "meine Tochter", "mein Kollege"): where they
    /// live or work says nothing of the commuter.
    #[serde(default)]
    pub others: Vec<String>,
    /// Words that put a clause in the past ("vorher", "tidligere", "boede"):
    /// a place there counts only when nothing is said of the present.
    #[serde(default)]
    pub past: Vec<String>,
    /// Work words of a job on the side ("Minijob", "fritidsjob"): where it
    /// is moves the commuter's workplace only when no main job is named.
    #[serde(default)]
    pub side: Vec<String>,
    /// Words right before a live or work verb that make it a plan, not a
    /// fact ("nach Dänemark zu ziehen", "overvejer at arbejde i Tyskland"):
    /// that verb says nothing of where the commuter lives or works now.
    #[serde(default)]
    pub intent: Vec<String>,
    /// Trades ("tømrer", "Krankenschwester"): after a word of `copula` and
    /// before a preposition of `at`, the place is where one works ("min mand
    /// er tømrer i Flensborg").
    #[serde(default)]
    pub trade: Vec<String>,
    /// The verb "to be" in its forms ("er", "bin", "ist") before a trade.
    #[serde(default)]
    pub copula: Vec<String>,
    /// The commuter ("jeg", "ich"): a clause of one, a preposition of `at`
    /// and a place takes the verb before; after the partner named alone, a
    /// clause with one is the commuter's again. Required, like the lists below
    /// ([`RawWords::required`]).
    pub me: Option<Spanned<Vec<String>>>,
    /// The prepositions of such a short clause ("…, ich in Padborg").
    pub at: Option<Spanned<Vec<String>>>,
    /// A clause starting with one sets its place against a denied one
    /// ("bor ikke i Danmark | men i Harreslev").
    pub contrast: Option<Spanned<Vec<String>>>,
    /// A clause starting with one shares its verb or place with the clause
    /// before ("jeg bor | og arbejder i Tønder").
    pub and: Option<Spanned<Vec<String>>>,
    /// "fra Flensborg til Padborg": from is home, to is work.
    pub from: Option<Spanned<Vec<String>>>,
    pub to: Option<Spanned<Vec<String>>>,
    /// Words of commuting (a `*` at the end: any ending): "pendler fra
    /// Tyskland" comes from there.
    pub commute: Option<Spanned<Vec<String>>>,
    /// A word right before a country adjective that makes it a language or
    /// a nationality ("på dansk", "ich bin Deutscher").
    pub language_before: Option<Spanned<Vec<String>>>,
}

impl RawWords {
    /// The lists the place reading needs, by name: `check` reports each one
    /// missing or without a word.
    pub fn required(&self) -> [(&'static str, Option<&Spanned<Vec<String>>>); 8] {
        [
            ("me", self.me.as_ref()),
            ("at", self.at.as_ref()),
            ("contrast", self.contrast.as_ref()),
            ("and", self.and.as_ref()),
            ("from", self.from.as_ref()),
            ("to", self.to.as_ref()),
            ("commute", self.commute.as_ref()),
            ("language_before", self.language_before.as_ref()),
        ]
    }
}

/// The words of an optional list (none when it is missing).
fn listed(list: &Option<Spanned<Vec<String>>>) -> &[String] {
    list.as_ref().map_or(&[], |l| l.get_ref().as_slice())
}

#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    /// First folded word of a name -> (the name's words, country, ambiguous).
    names: HashMap<String, Vec<(Vec<String>, Country, bool)>>,
    adjectives: Vec<(String, bool, Country)>,
    /// First folded words of the names in the `countries` groups ("danmark",
    /// "deutschland", "jylland"): a country named, not a town.
    country_names: HashSet<String>,
    live: HashSet<String>,
    work: HashSet<String>,
    partner: Vec<Vec<String>>,
    others: Vec<Vec<String>>,
    employer: HashSet<String>,
    past: HashSet<String>,
    side: HashSet<String>,
    intent: HashSet<String>,
    trade: HashSet<String>,
    copula: HashSet<String>,
    /// The small word lists of `[words]` (`me`, `at`, `contrast`, `and`,
    /// `from`, `to`, `language_before`), folded: read through their
    /// classes ([`ME`], [`AT`], ...).
    me: HashSet<String>,
    at: HashSet<String>,
    contrast: HashSet<String>,
    and: HashSet<String>,
    from: HashSet<String>,
    to: HashSet<String>,
    language_before: HashSet<String>,
    /// Words of the knowledge base ("Rente", "Teilzeit"): capitalised, but no places.
    known_words: HashSet<String>,
    /// Words after which an ambiguous name ("Als", "Gram", "Heide") is a
    /// place (`grammar.place_prepositions` of the languages).
    prepositions: Vec<String>,
    /// Prepositions of a commute or a move: "pendle nach Dänemark", "flytte
    /// fra Tyskland" (`grammar.movement`).
    movement: Vec<String>,
    /// Verbs of receiving before a `movement` preposition (`grammar.receiving`).
    receiving: Vec<String>,
    /// The first words of the places far from the border (the group `"other
    /// towns"`): a question about one ("Urlaubstage der Beamten in Hamburg")
    /// is no commuter's question of that side.
    far: HashSet<String>,
    /// Words joining two clauses ("og", "aber": `grammar.clause_joins`), lower case.
    joins: Vec<String>,
    /// The preposition of being in a place (`grammar.inside`), lower case
    /// and capitalised as a sentence's first word: ("i", "I"), ("in", "In").
    inside: Vec<(String, String)>,
    /// Words of commuting (`[words] commute`) as (folded word, a prefix: it ended with `*`).
    commute: Vec<(String, bool)>,
    /// Every word the sets above and the small word lists of `[words]`
    /// (`me`, `at`, ...) hold, with its classes ([`LIVE`], [`WORK`], ...,
    /// [`ME`], ...): a clause looks each of its words up once, not once per set.
    classes: HashMap<String, u32>,
    /// The first bytes of the adjectives (a bit each): most words start with none.
    adjective_first: [u64; 4],
    /// The one-word names a misspelt name may be ([`Gazetteer::near_place`]):
    /// (name, its length in characters, country, its [`letter_bits`]), in the order of `names`.
    near_names: Vec<(String, usize, Country, Option<u64>)>,
}

/// A live verb.
const LIVE: u32 = 1;
/// A work verb.
const WORK: u32 = 1 << 1;
/// A word that makes the verb after it a plan.
const INTENT: u32 = 1 << 2;
const PAST: u32 = 1 << 3;
const SIDE: u32 = 1 << 4;
const EMPLOYER: u32 = 1 << 5;
/// The first word of a partner phrase.
const PARTNER_FIRST: u32 = 1 << 6;
/// The first word of an "others" phrase.
const OTHERS_FIRST: u32 = 1 << 7;
/// The first word of a place name.
const NAME: u32 = 1 << 8;
/// A name's first word (four letters or more) and an "s": "flensborgs".
const GENITIVE: u32 = 1 << 9;
/// A word that says a live or work verb is negated ("nicht", "ikke").
const NEGATION: u32 = 1 << 10;
/// The commuter ("jeg", "ich": `[words] me`).
const ME: u32 = 1 << 11;
/// A preposition between the person and the place of a short clause (`[words] at`).
const AT: u32 = 1 << 12;
/// A clause's first word that sets its place against a denied one (`[words] contrast`).
const CONTRAST: u32 = 1 << 13;
/// A clause's first word that joins its verb to the clause before (`[words] and`).
const AND: u32 = 1 << 14;
/// From a place (`[words] from`).
const FROM: u32 = 1 << 15;
/// To a place (`[words] to`).
const TO: u32 = 1 << 16;
/// Before a country adjective, a word that makes it a language or a nationality (`[words] language_before`).
const LANGUAGE_BEFORE: u32 = 1 << 17;
/// A trade (`[words] trade`).
const TRADE: u32 = 1 << 18;
/// A form of "to be" (`[words] copula`).
const COPULA: u32 = 1 << 19;

/// One place named in a message.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub tok: usize,
    pub country: Country,
    pub role: Role,
    /// Said of the past ("vorher war ich in Flensburg angestellt").
    pub past: bool,
    /// The place of a job on the side ("Minijob in Flensburg").
    pub side: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Lives,
    Works,
    PartnerWorks,
    /// A place without a verb that says what it is to the commuter.
    Unknown,
}

impl Gazetteer {
    /// Builds the gazetteer. `extra` are the places of `scope.toml` (older bases).
    pub fn new(raw: &RawPlaces, extra: &[(Country, Vec<String>)], live: &[String], work: &[String]) -> Gazetteer {
        let mut g = Gazetteer::default();
        for (country, table) in [(Country::Dk, &raw.denmark), (Country::De, &raw.germany)] {
            for (group, lines) in table {
                if group == "adjectives" {
                    for a in lines {
                        let prefix = a.trim().ends_with('*');
                        let f = fold(a.trim().trim_end_matches('*'));
                        if !f.is_empty() {
                            g.adjectives.push((f, prefix, country));
                        }
                    }
                    continue;
                }
                let ambiguous = group == "ambiguous";
                for line in lines {
                    for name in line.split('/') {
                        if group == "other towns" {
                            g.far.extend(tokens(&fold(name)).next().map(str::to_string));
                        }
                        g.add(name, country, ambiguous);
                        if group == "countries" {
                            g.country_names.extend(tokens(&fold(name)).next().map(str::to_string));
                        }
                    }
                }
            }
        }
        for (country, names) in extra {
            for n in names {
                g.add(n, *country, false);
            }
        }
        let set = |a: &[String], b: &[String]| -> HashSet<String> {
            a.iter().chain(b).map(|w| fold(w)).filter(|w| !w.is_empty()).collect()
        };
        g.live = set(&raw.words.live, live);
        g.work = set(&raw.words.work, work);
        let phrases = |v: &[String]| -> Vec<Vec<String>> {
            v.iter()
                .map(|p| tokens(&fold(p)).map(str::to_string).collect::<Vec<_>>())
                .filter(|p| !p.is_empty())
                .collect()
        };
        g.partner = phrases(&raw.words.partner);
        g.employer = raw.words.employer.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect();
        g.others = phrases(&raw.words.others);
        g.past = raw.words.past.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect();
        g.side = raw.words.side.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect();
        g.intent = raw.words.intent.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect();
        g.trade = raw.words.trade.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect();
        g.copula = raw.words.copula.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect();
        g.small_words(&raw.words);
        g.classes = g.word_classes();
        for (a, _, _) in &g.adjectives {
            let b = a.as_bytes()[0];
            g.adjective_first[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        g.near_names = g.near_names();
        g
    }

    /// The small word lists of `[words]`, folded; `commute` with its prefixes.
    fn small_words(&mut self, words: &RawWords) {
        let set = |list: &Option<Spanned<Vec<String>>>| -> HashSet<String> {
            listed(list).iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect()
        };
        self.me = set(&words.me);
        self.at = set(&words.at);
        self.contrast = set(&words.contrast);
        self.and = set(&words.and);
        self.from = set(&words.from);
        self.to = set(&words.to);
        self.language_before = set(&words.language_before);
        self.commute = listed(&words.commute)
            .iter()
            .map(|w| (fold(w.trim().trim_end_matches('*')), w.trim().ends_with('*')))
            .filter(|(w, _)| !w.is_empty())
            .collect();
    }

    /// Each first word whose names include a one-word name that is not
    /// ambiguous, with the first such name's country, in the order of `names`.
    fn near_names(&self) -> Vec<(String, usize, Country, Option<u64>)> {
        self.names
            .iter()
            .filter_map(|(first, list)| {
                let (_, country, _) = list.iter().find(|(words, _, ambiguous)| words.len() == 1 && !ambiguous)?;
                Some((first.clone(), first.chars().count(), *country, letter_bits(first)))
            })
            .collect()
    }

    /// The classes of every word of the sets, names and phrases.
    fn word_classes(&self) -> HashMap<String, u32> {
        let mut c: HashMap<String, u32> = HashMap::default();
        let mut mark = |w: &str, class: u32| *c.entry(w.to_string()).or_default() |= class;
        for (set, class) in [
            (&self.live, LIVE),
            (&self.work, WORK),
            (&self.intent, INTENT),
            (&self.past, PAST),
            (&self.side, SIDE),
            (&self.employer, EMPLOYER),
            (&self.me, ME),
            (&self.at, AT),
            (&self.contrast, CONTRAST),
            (&self.and, AND),
            (&self.from, FROM),
            (&self.to, TO),
            (&self.language_before, LANGUAGE_BEFORE),
            (&self.trade, TRADE),
            (&self.copula, COPULA),
        ] {
            for w in set {
                mark(w, class);
            }
        }
        for (phrases, class) in [(&self.partner, PARTNER_FIRST), (&self.others, OTHERS_FIRST)] {
            for p in phrases {
                mark(&p[0], class);
            }
        }
        for name in self.names.keys() {
            mark(name, NAME);
            if name.len() >= 4 {
                mark(&format!("{name}s"), GENITIVE);
            }
        }
        c
    }

    /// The classes of a folded word (0: none).
    fn class(&self, t: &str) -> u32 {
        self.classes.get(t).copied().unwrap_or(0)
    }

    /// Words the knowledge base uses, which are never unknown places.
    pub fn set_known_words(&mut self, words: impl IntoIterator<Item = String>) {
        self.known_words = words.into_iter().collect();
    }

    /// The languages' prepositions before a place, of a move and of being
    /// in a place, the words joining clauses and those negating a verb
    /// (`grammar.*`; a word that negates a verb shares no place).
    pub fn set_prepositions(&mut self, grammar: &super::languages::Grammar) {
        self.prepositions = grammar.place_prepositions.clone();
        self.movement = grammar.movement.clone();
        self.receiving = grammar.receiving.clone();
        self.joins = grammar.clause_joins.clone();
        self.inside = grammar.inside.iter().map(|p| (p.clone(), capitalised(p))).collect();
        for w in &grammar.place_negations {
            *self.classes.entry(w.clone()).or_default() |= NEGATION;
        }
    }

    fn add(&mut self, name: &str, country: Country, ambiguous: bool) {
        let words: Vec<String> = tokens(&fold(name)).map(str::to_string).collect();
        let Some(first) = words.first().cloned() else { return };
        let list = self.names.entry(first).or_default();
        if !list.iter().any(|(w, _, _)| *w == words) {
            list.push((words, country, ambiguous));
        }
    }

    /// The place starting at token `i`, if any: (country, words it takes).
    fn place_at(&self, toks: &[&str], i: usize) -> Option<(Country, usize)> {
        let t = toks[i];
        let after_prep = i > 0 && self.prepositions.iter().any(|p| p == toks[i - 1]);
        let lookup = |key: &str| {
            self.names.get(key).and_then(|list| {
                list.iter()
                    .filter(|(words, _, ambiguous)| {
                        (!ambiguous || after_prep)
                            && words.len() <= toks.len() - i
                            && words.iter().skip(1).zip(&toks[i + 1..]).all(|(w, t)| w == t)
                    })
                    .max_by_key(|(words, _, _)| words.len())
                    .map(|(words, country, _)| (*country, words.len()))
            })
        };
        // "Flensborgs", "Hamburgs": a genitive of a known name.
        lookup(t).or_else(|| t.strip_suffix('s').filter(|s| s.len() >= 4).and_then(lookup))
    }

    /// [`Gazetteer::place_at`] for a token whose classes are `class`: a word
    /// that starts no name (nor is one's genitive) starts no place.
    fn place_at_classed(&self, toks: &[&str], i: usize, class: u32) -> Option<(Country, usize)> {
        if class & (NAME | GENITIVE) == 0 {
            return None;
        }
        self.place_at(toks, i)
    }

    fn adjective(&self, t: &str) -> Option<Country> {
        if t.as_bytes().first().is_none_or(|b| self.adjective_first[usize::from(b >> 6)] & (1 << (b & 63)) == 0) {
            return None;
        }
        self.adjectives
            .iter()
            .find(|(a, prefix, _)| t == a || (*prefix && t.starts_with(a.as_str())))
            .map(|(_, _, c)| *c)
    }

    /// The places of a message and what each is to the commuter. Clauses are
    /// split at punctuation and at "og/und/men/aber"; in each clause a place
    /// takes the nearest live/work verb (before it, else after it: German
    /// puts the verb last), and a partner word before the verb makes it the
    /// partner's workplace.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        if self.names.is_empty() && self.adjectives.is_empty() {
            return out;
        }
        let mut before = ClauseBefore::default();
        let mut cls: Vec<u32> = Vec::new();
        for clause in clauses(text, &self.joins) {
            let folded = fold(&clause);
            let toks = token_list(&folded);
            cls.clear();
            cls.extend(toks.iter().map(|t| self.class(t)));
            self.read_next_clause(&toks, &cls, &mut before, &mut out);
        }
        out
    }

    /// [`Gazetteer::mentions`] from the message's folded words `toks` and
    /// their classes `cls`: when its letters beyond ASCII are Danish or
    /// German ones (see [`token_count`]), a clause's words are a run of the
    /// message's, and no clause is folded again (anything else: as `mentions`).
    fn mentions_of_words(&self, text: &str, toks: &[&str], cls: &[u32]) -> Vec<Mention> {
        if !plain_letters(text) {
            return self.mentions(text);
        }
        let mut out = Vec::new();
        if self.names.is_empty() && self.adjectives.is_empty() {
            return out;
        }
        let mut before = ClauseBefore::default();
        let mut at = 0;
        for clause in clauses(text, &self.joins) {
            let end = (at + token_count(clause.as_bytes())).min(toks.len());
            self.read_next_clause(&toks[at..end], &cls[at..end], &mut before, &mut out);
            at = end;
        }
        out
    }

    /// Reads the next clause of a message into `out`, with what the clause
    /// `before` it left, and updates that for the clause after.
    fn read_next_clause(&self, toks: &[&str], cls: &[u32], before: &mut ClauseBefore, out: &mut Vec<Mention>) {
        let start = out.len();
        // "bor ikke i Danmark | men i Harreslev": the place set against a denied one takes its role.
        let contrast = cls.first().is_some_and(|c| c & CONTRAST != 0);
        let carry = if contrast { before.carry.or(before.denied) } else { before.carry };
        (before.carry, before.denied) = self.read_clause(toks, cls, before.offset, carry, out);
        before.offset += toks.len();
        // Two verbs joined by og/und (`[words] and`) share one place.
        let joined = cls.first().is_some_and(|c| c & AND != 0);
        let verb = self.bare_verb(&toks[usize::from(joined)..], &cls[usize::from(joined)..]);
        if joined {
            let (share, role) = match (verb, before.bare) {
                // "und arbeite": the places before are its places too.
                (Some(role), _) if out.len() == start => (before.read.clone(), role),
                // "jeg bor | og arbejder i Tønder": this clause's places are the bare verb's too.
                (_, Some(role)) => (start..out.len(), role),
                _ => (0..0, Role::Unknown),
            };
            let extra: Vec<Mention> = out[share]
                .iter()
                .filter(|m| matches!(m.role, Role::Lives | Role::Works) && m.role != role)
                .map(|m| Mention { role, ..*m })
                .collect();
            out.extend(extra);
        }
        self.elliptic(&toks[usize::from(joined)..], &cls[usize::from(joined)..], &mut out[start..], before.role);
        // "und mein Mann, wie lange kann der in Dänemark zuhause bleiben?": the
        // clause after the partner named alone is about the partner: work there is
        // the partner's, and it says nothing of where the commuter lives.
        let me = cls.iter().any(|c| c & ME != 0);
        if before.partner_alone && !me {
            for m in &mut out[start..] {
                m.role = match m.role {
                    Role::Works | Role::PartnerWorks => Role::PartnerWorks,
                    _ => Role::Unknown,
                };
            }
        }
        before.partner_alone = out.len() == start
            && cls.iter().all(|c| c & (LIVE | WORK) == 0)
            && first_phrase(toks, &self.partner, |i| cls[i] & PARTNER_FIRST != 0).is_some();
        before.role = out[start..].iter().rev().map(|m| m.role).find(|r| *r != Role::Unknown);
        before.bare = verb.filter(|_| out.len() == start);
        before.read = start..out.len();
    }

    /// A clause with no verb that starts with "ich"/"jeg" or a partner word
    /// and names places only: "…, ich in Padborg", "…, meine Frau in
    /// Flensburg". Its places take the role the clause before gave its own,
    /// for the person it names (the partner only for work).
    fn elliptic(&self, toks: &[&str], cls: &[u32], read: &mut [Mention], before: Option<Role>) {
        let Some(before) = before else { return };
        if read.is_empty() || read.iter().any(|m| m.role != Role::Unknown) || cls.iter().any(|c| c & (LIVE | WORK) != 0)
        {
            return;
        }
        let me = cls.first().is_some_and(|c| c & ME != 0);
        let partner = !me && first_phrase(toks, &self.partner, |i| cls[i] & PARTNER_FIRST != 0) == Some(0);
        // Only the person, a preposition and the place ("ich in Padborg"):
        // "og jeg har pendlet til et plejehjem i Tønder" says more than that.
        let person = match (me, partner) {
            (true, _) => 1,
            (_, true) => self
                .partner
                .iter()
                .filter(|p| p.len() <= toks.len() && p.iter().zip(toks).all(|(a, b)| a == b))
                .map(Vec::len)
                .max()
                .unwrap_or(1),
            _ => return,
        };
        let prep = cls.get(person).is_some_and(|c| c & AT != 0);
        if !prep || toks.len() > person + 4 || read.len() != 1 {
            return;
        }
        let role = match (me, partner, before) {
            (true, _, Role::PartnerWorks) => Role::Works,
            (true, _, r) => r,
            (false, true, Role::Works | Role::PartnerWorks) => Role::PartnerWorks,
            _ => return,
        };
        for m in read {
            m.role = role;
        }
    }

    /// The live or work verb of a clause that is nothing more: "bor", "jeg
    /// bor", "und arbeite" (at most two words, ending with the one verb).
    fn bare_verb(&self, toks: &[&str], cls: &[u32]) -> Option<Role> {
        if toks.len() > 2 {
            return None;
        }
        let role = |c: &u32| {
            if c & LIVE != 0 {
                Some(Role::Lives)
            } else if c & WORK != 0 {
                Some(Role::Works)
            } else {
                None
            }
        };
        let mut verbs = cls.iter().filter_map(role);
        let verb = verbs.next();
        // "die in Dänemark lebt und nicht arbeitet": a verb said with a negation shares nothing.
        let negated = cls.iter().any(|c| c & NEGATION != 0);
        let last_is_verb = cls.last().is_some_and(|c| role(c).is_some());
        verb.filter(|_| verbs.next().is_none() && last_is_verb && !negated)
    }

    /// Reads one clause; `carry` is the verb of the clause before when that
    /// clause named no place ("Ich arbeite | aber weiter in Husum": German
    /// "aber" and Danish "men" also stand inside a clause). Returns the verb
    /// to carry on, if this clause has a verb and no place, and the role a
    /// place it denied would have had ("bor ikke i Danmark").
    fn read_clause(
        &self,
        toks: &[&str],
        cls: &[u32],
        offset: usize,
        carry: Option<Role>,
        out: &mut Vec<Mention>,
    ) -> (Option<Role>, Option<Role>) {
        let before_len = out.len();
        let verbs = clause_verbs(cls);
        let denied = self.clause_places(toks, cls, offset, (&verbs, carry), out);
        let start = out.len() - out.iter().rev().take_while(|m| m.tok >= offset).count();
        from_home_to_work(cls, offset, &mut out[start..]);
        from_is_home_of_two_workplaces(cls, offset, &mut out[start..]);
        self.commuting_from_is_home(toks, cls, offset, &mut out[start..]);
        let carry = match (out.len() == before_len, verbs.last()) {
            (true, Some((_, r))) => Some(*r),
            _ => None,
        };
        (carry, denied)
    }

    /// The places a clause names, in order, each with the role its verb
    /// (or `carry`, the verb of the clause before) and the person before it give.
    fn clause_places(
        &self,
        toks: &[&str],
        cls: &[u32],
        offset: usize,
        (verbs, carry): (&[(usize, Role)], Option<Role>),
        out: &mut Vec<Mention>,
    ) -> Option<Role> {
        let mut denied = None;
        let partner_at = first_phrase(toks, &self.partner, |i| cls[i] & PARTNER_FIRST != 0);
        let other_at = first_phrase(toks, &self.others, |i| cls[i] & OTHERS_FIRST != 0);
        let past = cls.iter().any(|c| c & PAST != 0);
        let mut i = 0;
        while i < toks.len() {
            let Some((country, len, from_adjective)) = self.place_or_employer_at(toks, cls, i) else {
                i += 1;
                continue;
            };
            // "min mand er tømrer i Flensborg": a trade told with "is" right
            // before the place says more than a verb elsewhere in the clause.
            let (role, side) = if from_adjective || trade_told(cls, i) {
                (Role::Works, false)
            } else {
                verb_role(cls, verbs, (i, len), carry)
            };
            // "mine feriepenge fra det danske job", "Urlaub aus dem dänischen Job": the job one comes from.
            let past = past || (from_adjective && cls[i.saturating_sub(2)..i].iter().any(|c| c & FROM != 0));
            let verb_at = verbs.iter().rev().find(|(v, _)| *v < i).map(|(v, _)| *v).unwrap_or(i);
            let mut role = whose_role(role, verb_at.max(i), partner_at, other_at);
            // "bor ikke (længere) i Danmark", "wohne nicht mehr in Dänemark": a
            // negation among the three words before the place denies it.
            if !from_adjective && cls[i.saturating_sub(3)..i].iter().any(|c| c & NEGATION != 0) {
                denied = Some(role).filter(|r| *r != Role::Unknown);
                role = Role::Unknown;
            }
            out.push(Mention { tok: offset + i, country, role, past, side });
            i += len;
        }
        denied
    }

    /// The place named at word `i` as (country, words, false), or "dansk
    /// arbejdsgiver", "deutsche Firma" (where one works) as (country, 2, true).
    fn place_or_employer_at(&self, toks: &[&str], cls: &[u32], i: usize) -> Option<(Country, usize, bool)> {
        match self.place_at_classed(toks, i, cls[i]) {
            Some((c, len)) => Some((c, len, false)),
            None => self
                .adjective(toks[i])
                .filter(|_| cls.get(i + 1).is_some_and(|n| n & EMPLOYER != 0))
                .map(|c| (c, 2, true)),
        }
    }

    /// A folded word that only tells where someone lives or works: a live or
    /// work verb, a one-word place or country name.
    pub fn tells_situation(&self, word: &str) -> bool {
        self.live.contains(word)
            || self.work.contains(word)
            || self.country_names.contains(word)
            || self.names.get(word).is_some_and(|ns| ns.iter().any(|(n, _, _)| n.len() == 1))
    }

    /// The countries of the places a message names, in whatever role
    /// ("mine feriedage fra Flensborg", "in Tondern"), in order, each once.
    pub fn countries_of_places(&self, text: &str) -> Vec<Country> {
        self.countries_of(text, |_| true)
    }

    /// The countries of the places a message names without saying what they
    /// are to the commuter ("wie viele Urlaubstage habe ich in Flensburg?"):
    /// not of the past, not a job on the side, not where one moves or commutes
    /// from or to, nor far from the border (`"other towns"`).
    pub fn countries_of_places_named(&self, text: &str) -> Vec<Country> {
        let folded = fold(text);
        let toks = token_list(&folded);
        self.countries_of(text, |m| {
            let movement = m.tok > 0 && toks.get(m.tok - 1).is_some_and(|b| self.movement.iter().any(|w| w == b));
            let far = toks.get(m.tok).is_some_and(|t| self.far.contains(*t));
            m.role == Role::Unknown && !m.past && !m.side && !movement && !far
        })
    }

    /// The countries of the places named that `keep`, each once, in order.
    fn countries_of(&self, text: &str, keep: impl Fn(&Mention) -> bool) -> Vec<Country> {
        let mut out: Vec<Country> = Vec::new();
        for m in self.mentions(text).iter().filter(|m| keep(m)) {
            if !out.contains(&m.country) {
                out.push(m.country);
            }
        }
        out
    }

    /// The countries a message names as the subject of its question, not as
    /// where someone lives or works: "und in Dänemark?", "den danske
    /// børneydelse", "wie viel gibt es in Deutschland?". A language named
    /// ("på dansk", "auf Deutsch") is no country.
    pub fn countries_named(&self, text: &str) -> Vec<Country> {
        self.countries_named_with(text, true)
    }

    /// [`Gazetteer::countries_named`] by their names only ("i Danmark", not
    /// "den danske"): an adjective often names a country of something else
    /// ("vom deutschen Arzt krankgeschrieben").
    pub fn countries_named_by_name(&self, text: &str) -> Vec<Country> {
        self.countries_named_with(text, false)
    }

    fn countries_named_with(&self, text: &str, adjectives: bool) -> Vec<Country> {
        let mut out: Vec<Country> = Vec::new();
        let mut push = |c: Country| {
            if !out.contains(&c) {
                out.push(c);
            }
        };
        let folded = fold(text);
        let toks = token_list(&folded);
        if !toks.iter().any(|t| self.country_names.contains(*t) || adjectives && self.adjective(t).is_some()) {
            return out;
        }
        for m in self.mentions(text) {
            // "nach Dänemark", "fra Tyskland": where one commutes or moves from or to.
            let movement = m.tok > 0
                && toks.get(m.tok - 1).is_some_and(|b| self.movement.iter().any(|w| w == b))
                && !self.received_from(&toks, m.tok - 1);
            if m.role == Role::Unknown && !movement && toks.get(m.tok).is_some_and(|t| self.country_names.contains(*t))
            {
                push(m.country);
            }
        }
        if !adjectives {
            return out;
        }
        for (i, t) in toks.iter().enumerate() {
            let Some(c) = self.adjective(t) else { continue };
            // "på dansk", "kein Dänisch": a language; "ich bin Deutscher",
            // "dansk statsborger": a nationality (`[words] language_before`).
            let language = i > 0 && self.class(toks[i - 1]) & LANGUAGE_BEFORE != 0;
            let next = toks.get(i + 1).copied().unwrap_or("");
            let nationality = next.starts_with("staats") || next.starts_with("statsborger");
            let employer = self.employer.contains(next) || nationality;
            // "Deutschland" starts like "deutsch*": a place, read above.
            let place = self.place_at(&toks, i).is_some();
            if !language && !employer && !place {
                push(c);
            }
        }
        out
    }

    /// "hvor meget får jeg så fra Tyskland?", "kriegt sie auch was aus
    /// Dänemark?": a verb of receiving (`grammar.receiving`) at most three
    /// words before the preposition at `prep` makes the country the one that
    /// pays, not a place one moves from.
    fn received_from(&self, toks: &[&str], prep: usize) -> bool {
        toks[prep.saturating_sub(3)..prep].iter().any(|t| self.receiving.iter().any(|w| w == t))
    }

    /// The situation a message states: the last mention of each role wins.
    pub fn situation(&self, text: &str) -> Situation {
        self.read(text).0
    }

    /// The situation, and whether the message is plainly about no crossing of
    /// the Danish-German border: living and working on one side with the other
    /// never named ("bor i Aarhus, arbejder i Viborg", "arbeite in Hamburg,
    /// wohne in Lübeck"), or living or working in a place the gazetteer does
    /// not know ("bor i Helsingør, job i Helsingborg", "wohne in Kleve").
    pub fn read(&self, text: &str) -> (Situation, bool) {
        self.read_folded(text, &fold(text))
    }

    /// Where the message says the commuter works comes only from a job of
    /// the past or on the side ("minijob i Flensborg", "mit gamle job i
    /// Løgumkloster"): a workplace told before stays.
    pub fn works_aside(&self, text: &str) -> bool {
        let mentions = self.mentions(text);
        let works = mentions.iter().filter(|m| m.role == Role::Works);
        works.clone().any(|m| m.past || m.side) && !works.clone().any(|m| !m.past && !m.side)
    }

    /// The country of a workplace the message tells as past, when the present
    /// one it tells is in the other country ("bis Oktober war ich in Pattburg
    /// angestellt, jetzt arbeite ich in Flensburg"): the job moved across the border.
    pub fn job_moved_from(&self, text: &str) -> Option<Country> {
        self.job_moved_from_folded(text, &fold(text))
    }

    /// [`Gazetteer::job_moved_from`] with the message already folded (`folded` is `fold(text)`).
    pub fn job_moved_from_folded(&self, text: &str, folded: &str) -> Option<Country> {
        let toks = token_list(folded);
        let cls: Vec<u32> = toks.iter().map(|t| self.class(t)).collect();
        // A past mention needs a word of the past, or "from" and an employer
        // word ("fra det danske job"); most messages with a workplace have neither.
        let any = |class: u32| cls.iter().any(|c| c & class != 0);
        if plain_letters(text) && !any(PAST) && !(any(FROM) && any(EMPLOYER)) {
            return None;
        }
        let mentions = self.mentions_of_words(text, &toks, &cls);
        let work = |past: bool| {
            mentions
                .iter()
                .filter(|m| m.role == Role::Works && m.past == past && !m.side)
                .map(|m| m.country)
                .next_back()
        };
        match (work(true), work(false)) {
            (Some(before), Some(now)) if before != now => Some(before),
            _ => None,
        }
    }

    /// [`Gazetteer::read`] with the message already folded (`folded` is `fold(text)`).
    pub fn read_folded(&self, text: &str, folded: &str) -> (Situation, bool) {
        self.read_with(text, folded, true)
    }

    /// [`Gazetteer::read_folded`]; `shortcut`: a message whose places can have
    /// no role is not split into clauses (off only to test that it changes nothing).
    fn read_with(&self, text: &str, folded: &str, shortcut: bool) -> (Situation, bool) {
        // Most messages name no place and no live/work verb: one pass over
        // the folded words decides that before any clause is split.
        let toks = token_list(folded);
        let cls: Vec<u32> = toks.iter().map(|t| self.class(t)).collect();
        let places = (0..toks.len())
            .any(|i| self.adjective(toks[i]).is_some() || self.place_at_classed(&toks, i, cls[i]).is_some());
        let verbs = cls.iter().any(|c| c & (LIVE | WORK) != 0);
        if !places {
            if !verbs {
                return (Situation::default(), false);
            }
            let (elsewhere, near) = self.unknown_names(text);
            return (near, elsewhere != (false, false));
        }
        // A place takes a role only from a live or work verb, a country
        // adjective before an employer word ("dansk arbejdsgiver") or "fra
        // ... til": with none of them every place is of unknown role, and
        // the situation is empty whatever the clauses say.
        let roles = verbs
            || (0..toks.len())
                .any(|i| cls.get(i + 1).is_some_and(|n| n & EMPLOYER != 0) && self.adjective(toks[i]).is_some())
            // "fra ... til": two words of `[words] from` and `to`.
            || cls.iter().filter(|c| *c & (FROM | TO) != 0).count() >= 2
            // "er tømrer i ...": a trade told with "is".
            || (0..toks.len()).any(|i| trade_told(&cls, i));
        if shortcut && !roles {
            let (lives_elsewhere, works_elsewhere) = self.elsewhere(text);
            return (Situation::default(), lives_elsewhere || works_elsewhere);
        }
        let mentions = self.mentions_of_words(text, &toks, &cls);
        let mut s = Self::situation_of(&mentions);
        // A misspelt place of the region takes a role no known place has.
        let ((lives_elsewhere, works_elsewhere), near) = self.unknown_names(text);
        s.lives = s.lives.or(near.lives);
        s.works = s.works.or(near.works);
        let named = |c: Country| mentions.iter().any(|m| m.country == c);
        let one_side = match (s.lives, s.works) {
            (Some(l), Some(w)) if l == w => {
                let other = if l == Country::Dk { Country::De } else { Country::Dk };
                !named(other) && s.partner_works.is_none_or(|p| p == l)
            }
            _ => false,
        };
        // An unknown name counts only when no known place has that role
        // ("arbejder i Scandinavian Park i Handewitt" works in Germany).
        let elsewhere = (lives_elsewhere && s.lives.is_none()) || (works_elsewhere && s.works.is_none());
        (s, one_side || elsewhere)
    }

    /// "wohne in Kleve", "job i Helsingborg": a live or work verb, a
    /// preposition and a capitalised name the gazetteer does not know. Says
    /// which roles had such a name: (lives, works).
    fn elsewhere(&self, text: &str) -> (bool, bool) {
        self.unknown_names(text).0
    }

    /// The capitalised names after "i"/"in" and a live or work verb that the
    /// gazetteer does not know: whether one is where the commuter lives or
    /// works (see [`Gazetteer::elsewhere`]), and, for a name that is a place of
    /// the region mistyped or spelt as spoken ("wohn in Flensburch"), the
    /// situation it tells.
    fn unknown_names(&self, text: &str) -> ((bool, bool), Situation) {
        // Sized at once: a word and its space take two bytes at least.
        let mut words: Vec<&str> = Vec::with_capacity((text.len() / 2 + 1).min(crate::text::MAX_MATCH_CHARS / 2));
        words.extend(text.split_whitespace().take(crate::text::MAX_MATCH_CHARS / 2));
        let mut found = (false, false);
        let mut near = Situation::default();
        for w in words.windows(3) {
            if !self.inside.iter().any(|(p, capital)| w[1] == p || w[1] == capital) {
                continue;
            }
            let name = w[2].trim_matches(|c: char| !c.is_alphanumeric());
            // A name in lower case may be a word ("i morgen"): only a place
            // of the region mistyped ("wohne in flensbrug") counts then.
            let upper = name.chars().next().is_some_and(char::is_uppercase);
            if !upper && name.chars().count() < 5 {
                continue;
            }
            let folded = fold(name);
            let unknown = folded.len() >= 4
                && !folded.contains(' ')
                && !self.names.contains_key(&folded)
                && !self.known_words.contains(&folded);
            if !unknown {
                // A known place or word ("i Padborg"): the verb does not matter.
                continue;
            }
            let verb = fold(w[0]);
            let (live, work) = (self.live.contains(&verb), self.work.contains(&verb));
            if !live && !work {
                // No verb of the commuter's: the name tells nothing, near a place or not.
                continue;
            }
            match self.near_place(&folded) {
                Some(country) if live => near.lives = near.lives.or(Some(country)),
                Some(country) if work => near.works = near.works.or(Some(country)),
                Some(_) => {}
                None if !upper => {}
                None if live => found.0 = true,
                None if work => found.1 = true,
                None => {}
            }
        }
        (found, near)
    }

    /// The country of the place of the region that a word of five letters or
    /// more is, mistyped or spelt as spoken ("flensburch", "paborg"): at most
    /// one edit away, two for seven letters or more; never an ambiguous name.
    /// Only asked of unknown names, so never on the hot path.
    fn near_place(&self, word: &str) -> Option<Country> {
        let n = word.chars().count();
        if n < 5 {
            return None;
        }
        // Two letters swapped ("flensbrug", "padbrog") are two edits.
        let most = if n >= 7 { 2 } else { 1 };
        let bits = letter_bits(word);
        // Letters one has and the other lacks: each edit adds at most one.
        let few_apart = |name_bits: Option<u64>| match (bits, name_bits) {
            (Some(w), Some(m)) => (w & !m).count_ones() as usize <= most && (m & !w).count_ones() as usize <= most,
            _ => true,
        };
        self.near_names
            .iter()
            .find(|(name, len, _, name_bits)| {
                len.abs_diff(n) <= most && few_apart(*name_bits) && edits_at_most(name, word, most)
            })
            .map(|(_, _, country, _)| *country)
    }

    /// "pendler fra Tyskland", "pendle jeden Tag aus Husum": a place right
    /// after fra/von/aus (`[words] from`), a few words after a commute word
    /// (`commute`), is where the commuter comes from, not the workplace ("et
    /// firma fra Hamborg" is).
    fn commuting_from_is_home(&self, toks: &[&str], cls: &[u32], offset: usize, read: &mut [Mention]) {
        const WITHIN: usize = 4;
        let commute =
            |t: &str| self.commute.iter().any(|(w, prefix)| if *prefix { t.starts_with(w.as_str()) } else { t == w });
        for m in read.iter_mut().filter(|m| m.role == Role::Works) {
            let Some(j) = m.tok.checked_sub(offset + 1) else { continue };
            if cls[j] & FROM != 0 && toks[j.saturating_sub(WITHIN)..j].iter().any(|t| commute(t)) {
                m.role = Role::Lives;
            }
        }
    }

    fn situation_of(mentions: &[Mention]) -> Situation {
        let mut s = Situation::default();
        // The past first, then a job on the side, so the present main job
        // overrides them whatever the order.
        let (past, present): (Vec<&Mention>, Vec<&Mention>) = mentions.iter().partition(|m| m.past);
        let (side, main): (Vec<&Mention>, Vec<&Mention>) = present.into_iter().partition(|m| m.side);
        for m in past.into_iter().chain(side).chain(main) {
            match m.role {
                Role::Lives => s.lives = Some(m.country),
                Role::Works => s.works = Some(m.country),
                Role::PartnerWorks => s.partner_works = Some(m.country),
                Role::Unknown => {}
            }
        }
        s
    }
}

/// The letters of an ASCII word as bits (each byte's `b & 63`). A word
/// `k` edits away from another has at most `k` bits the other has not, and
/// lacks at most `k` of the other's: a cheap test before [`edits_at_most`].
fn letter_bits(w: &str) -> Option<u64> {
    w.is_ascii().then(|| w.bytes().fold(0u64, |m, b| m | 1 << (b & 63)))
}

/// Whether a message's clauses are runs of its folded words (see
/// [`token_count`]): no longer than is matched, and its letters beyond
/// ASCII Danish or German ones.
fn plain_letters(text: &str) -> bool {
    let plain = |c: char| {
        c.is_ascii() || matches!(c, 'æ' | 'Æ' | 'ø' | 'Ø' | 'å' | 'Å' | 'ä' | 'Ä' | 'ö' | 'Ö' | 'ü' | 'Ü' | 'ß')
    };
    text.len() <= crate::text::MAX_MATCH_CHARS && text.chars().all(plain)
}

/// Whether `a` becomes `b` by at most `most` letters inserted, left out or
/// changed (Levenshtein distance, rows cut off beyond `most`).
pub(crate) fn edits_at_most(a: &str, b: &str, most: usize) -> bool {
    // ASCII (every folded place name): bytes are characters, and the row
    // fits on the stack.
    if a.is_ascii() && b.is_ascii() && b.len() < 64 {
        let mut row = [0usize; 64];
        return edits_within(a.as_bytes(), b.as_bytes(), most, &mut row[..=b.len()]);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    edits_within(&a, &b, most, &mut vec![0; b.len() + 1])
}

/// [`edits_at_most`] over characters (or bytes); `row` has `b.len() + 1` places.
/// Only the band of cells at most `most` off the diagonal is computed, and
/// every value is capped at `most + 1`: a way of `most` edits or fewer never
/// leaves the band, so the answer is the full table's (Ukkonen's cut-off).
fn edits_within<T: PartialEq>(a: &[T], b: &[T], most: usize, row: &mut [usize]) -> bool {
    // Each letter one word has beyond the other's length is an edit.
    if a.len().abs_diff(b.len()) > most {
        return false;
    }
    let over = most + 1;
    for (j, r) in row.iter_mut().enumerate() {
        *r = j.min(over);
    }
    for (i, ca) in a.iter().enumerate() {
        // Row `i + 1` of the table: columns `lo..=hi` lie in the band.
        let lo = (i + 1).saturating_sub(most).max(1);
        let hi = (i + 1 + most).min(b.len());
        let mut prev = row[lo - 1];
        row[lo - 1] = if lo == 1 { (i + 1).min(over) } else { over };
        let mut least = row[lo - 1];
        for j in lo..=hi {
            let here = row[j];
            row[j] = (prev + usize::from(*ca != b[j - 1])).min(row[j - 1] + 1).min(here + 1).min(over);
            least = least.min(row[j]);
            prev = here;
        }
        if least > most {
            return false;
        }
    }
    row[b.len()] <= most
}

/// The live and work verbs of a clause as (word, role); "... nach
/// Dänemark zu ziehen": a verb after an intent word is a plan, no verb.
fn clause_verbs(cls: &[u32]) -> Vec<(usize, Role)> {
    cls.iter()
        .enumerate()
        .filter_map(|(i, c)| {
            if i > 0 && cls[i - 1] & INTENT != 0 {
                None
            } else if c & LIVE != 0 {
                Some((i, Role::Lives))
            } else if c & WORK != 0 {
                Some((i, Role::Works))
            } else {
                None
            }
        })
        .collect()
}

/// A place's role from the nearest verb before it, else after it, else
/// `carry`; and whether that verb tells the side of the border.
fn verb_role(cls: &[u32], verbs: &[(usize, Role)], (i, len): (usize, usize), carry: Option<Role>) -> (Role, bool) {
    let before = verbs.iter().rev().find(|(v, _)| *v < i);
    let after = verbs.iter().find(|(v, _)| *v >= i + len);
    let side = before.or(after).is_some_and(|(v, _)| cls[*v] & SIDE != 0);
    let role = match (before.or(after), carry) {
        (Some((_, r)), _) => *r,
        (None, Some(r)) if verbs.is_empty() => r,
        (None, _) => Role::Unknown,
    };
    (role, side)
}

/// "er tømrer i", "bin Krankenschwester in": a word of `copula`, a trade
/// and a preposition of `at` right before the place at word `i`.
fn trade_told(cls: &[u32], i: usize) -> bool {
    i >= 3 && cls[i - 1] & AT != 0 && cls[i - 2] & TRADE != 0 && cls[i - 3] & COPULA != 0
}

/// Whose place: "Meine Mutter lebt in Tondern" is someone else's, work after
/// a partner is the partner's ("min kone bor i Padborg" is home too).
fn whose_role(role: Role, at: usize, partner_at: Option<usize>, other_at: Option<usize>) -> Role {
    if other_at.is_some_and(|o| o < at) {
        return Role::Unknown;
    }
    match (role, partner_at) {
        (Role::Works, Some(p)) if p < at => Role::PartnerWorks,
        (r, _) => r,
    }
}

/// "jeg kører fra Flensborg til Haderslev", "pendle von Leck nach Tønder":
/// with no verb to say more, from is home and to is work (`[words] from`,
/// `to`; `cls`: the classes of the clause's words).
fn from_home_to_work(cls: &[u32], offset: usize, read: &mut [Mention]) {
    let unknown: Vec<usize> = (0..read.len()).filter(|&k| read[k].role == Role::Unknown).collect();
    let before = |k: usize| read[k].tok.checked_sub(offset + 1).map_or(0, |j| cls[j]);
    let from = unknown.iter().copied().find(|&k| before(k) & FROM != 0);
    let to = unknown.iter().copied().find(|&k| before(k) & TO != 0);
    if let (Some(f), Some(t)) = (from, to) {
        if f < t {
            read[f].role = Role::Lives;
            read[t].role = Role::Works;
        }
    }
}

/// "job i Danmark fra Tyskland": of two workplaces, the one after
/// fra/von/aus (`[words] from`) is where the commuter comes from.
fn from_is_home_of_two_workplaces(cls: &[u32], offset: usize, read: &mut [Mention]) {
    let works: Vec<usize> = (0..read.len()).filter(|&k| read[k].role == Role::Works).collect();
    if works.len() == 2 && read[works[0]].country != read[works[1]].country {
        let after_from = |k: usize| read[k].tok.checked_sub(offset + 1).is_some_and(|j| cls[j] & FROM != 0);
        let from: Vec<usize> = works.iter().copied().filter(|&k| after_from(k)).collect();
        if let [k] = from[..] {
            read[k].role = Role::Lives;
        }
    }
}

/// What the clauses before the next one left for it.
#[derive(Default)]
struct ClauseBefore {
    /// The words read so far: the next clause's first word's place in the message.
    offset: usize,
    /// The verb of the clause before when that clause named no place.
    carry: Option<Role>,
    /// The clause before's bare verb ("jeg bor | og arbejder i Tønder").
    bare: Option<Role>,
    /// The places it read with a verb ("in Flensburg wohne | und arbeite").
    read: std::ops::Range<usize>,
    /// The role it gave its places ("Meine Frau arbeitet in Flensburg | ich in Padborg").
    role: Option<Role>,
    /// It named the partner and nothing else ("und mein Mann, | wie lange kann der …").
    partner_alone: bool,
    /// The role its verb would have given a place it denied ("bor ikke i Danmark | men i Harreslev").
    denied: Option<Role>,
}

/// How many tokens `fold` makes of text of at most `MAX_MATCH_CHARS` bytes
/// whose only characters beyond ASCII are æøå, äöü and ß (each spelled as
/// letters), without folding it: runs of letters and digits (a `.` or `,`
/// between two digits inside one), each `%` a token of its own.
fn token_count(b: &[u8]) -> usize {
    let mut n = 0;
    let mut inside = false;
    for (i, &c) in b.iter().enumerate() {
        let decimal = matches!(c, b'.' | b',')
            && i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_alphanumeric() || c >= 0x80 || decimal {
            n += usize::from(!inside);
            inside = true;
        } else {
            n += usize::from(c == b'%');
            inside = false;
        }
    }
    n
}

/// The first token at which one of `phrases` stands (the least position
/// of any of them); `first(i)` says whether token `i` is the first word of one.
fn first_phrase(toks: &[&str], phrases: &[Vec<String>], first: impl Fn(usize) -> bool) -> Option<usize> {
    (0..toks.len()).find(|&i| {
        first(i) && phrases.iter().any(|p| p.len() <= toks.len() - i && p.iter().zip(&toks[i..]).all(|(w, t)| w == t))
    })
}

/// Where `phrase` first stands (what [`first_phrase`] is checked against).
#[cfg(test)]
fn find_phrase(toks: &[&str], phrase: &[String]) -> Option<usize> {
    if toks.len() < phrase.len() {
        return None;
    }
    (0..=toks.len() - phrase.len()).find(|&i| phrase.iter().zip(&toks[i..]).all(|(p, t)| p == t))
}

/// `word` with its first letter in upper case ("in" -> "In").
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Splits a message into clauses at sentence punctuation, commas and the
/// words of `joins` ("og", "und", "men", "aber": `grammar.clause_joins`, lower
/// case; a decimal point is no boundary).
pub fn clauses(text: &str, joins: &[String]) -> Vec<String> {
    // The first MAX_MATCH_CHARS characters. Every boundary and digit is
    // ASCII, and no byte of a longer character is: the text is cut into
    // slices at byte positions, without copying it character by character.
    let text = match text.len() > crate::text::MAX_MATCH_CHARS {
        true => text.char_indices().nth(crate::text::MAX_MATCH_CHARS).map_or(text, |(end, _)| &text[..end]),
        false => text,
    };
    let b = text.as_bytes();
    let mut out: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        let boundary = matches!(c, b'.' | b',' | b';' | b'!' | b'?' | b'\n' | b':' | b'(' | b')')
            && !(matches!(c, b'.' | b',')
                && i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit));
        if boundary {
            out.push(&text[start..i]);
            start = i + 1;
        }
    }
    out.push(&text[start..]);
    // Conjunctions join clauses with their own subject and verb.
    let mut split = Vec::with_capacity(out.len() + 2);
    for c in out {
        // A part holds at most the clause's words, each with one space.
        let mut part = String::with_capacity(c.len() + 1);
        for w in c.split_whitespace() {
            // In any case: "Og", "WÄHREND" (lower-casing only a short word beyond ASCII).
            // A word beyond ASCII is lower-cased only when its first letter, lower-cased, starts `j`.
            let join = |j: &String| {
                w.eq_ignore_ascii_case(j)
                    || (!w.is_ascii()
                        && w.len() <= 2 * j.len()
                        && w.chars().next().and_then(|c| c.to_lowercase().next()) == j.chars().next()
                        && w.to_lowercase() == *j)
            };
            if joins.iter().any(join) {
                split.push(std::mem::take(&mut part));
            }
            part.push_str(w);
            part.push(' ');
        }
        split.push(part);
    }
    split.retain(|s| !s.trim().is_empty());
    split
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaz() -> Gazetteer {
        gaz_with(&[])
    }

    /// The gazetteer of the test's places.toml with each `(old, new)` of
    /// `edits` made in it (an advisor's edit of a word list).
    fn gaz_with(edits: &[(&str, &str)]) -> Gazetteer {
        let text = r#"
            [denmark]
            countries = ["Danmark / Dänemark"]
            "Sønderjylland" = ["Padborg / Pattburg", "Tønder / Tondern", "Løjt Kirkeby"]
            ambiguous = ["Als / Alsen"]
            adjectives = ["dansk", "danske", "dänisch*"]
            [germany]
            countries = ["Tyskland / Deutschland"]
            "Flensburg" = ["Flensburg / Flensborg"]
            "Nordfriesland" = ["Niebüll / Nibøl"]
            adjectives = ["tysk", "tyske", "deutsch*"]
            [words]
            live = ["bor", "wohne", "wohnen", "lebe", "lebt"]
            work = ["arbejder", "arbeite", "arbeitet", "arbeitete", "job", "minijob"]
            side = ["minijob"]
            partner = ["min mand", "min kone", "meine frau", "mein mann"]
            employer = ["arbejdsgiver", "firma", "arbeitgeber"]
            past = ["vorher", "tidligere", "boede"]
            others = ["meine mutter", "min mor"]
            intent = ["zu", "at"]
            me = ["jeg", "ich"]
            at = ["i", "på", "ved", "in", "im", "bei"]
            contrast = ["men", "aber", "sondern", "but"]
            and = ["og", "und"]
            from = ["fra", "von", "aus"]
            to = ["til", "nach"]
            commute = ["pendl*", "pendel*"]
            language_before = ["på", "ikke", "som", "er", "auf", "in", "kein", "bin", "als", "ist"]
            "#;
        let mut text = text.to_string();
        for (old, new) in edits {
            assert!(text.contains(old), "{old}");
            text = text.replacen(old, new, 1);
        }
        let raw: RawPlaces = toml::from_str(&text).unwrap();
        let mut g = Gazetteer::new(&raw, &[], &[], &[]);
        g.set_prepositions(&crate::knowledge::languages::shipped_grammar());
        g
    }

    /// The words [`reference_clauses`] splits at.
    const JOINS: [&str; 8] = ["og", "und", "men", "aber", "but", "and", "mens", "während"];

    fn joins() -> Vec<String> {
        JOINS.iter().map(|j| j.to_string()).collect()
    }

    /// [`clauses`] as it was written first, character by character.
    fn reference_clauses(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = String::new();
        let chars: Vec<char> = text.chars().take(crate::text::MAX_MATCH_CHARS).collect();
        for (i, &c) in chars.iter().enumerate() {
            let boundary = matches!(c, '.' | ',' | ';' | '!' | '?' | '\n' | ':' | '(' | ')')
                && !(matches!(c, '.' | ',')
                    && i > 0
                    && chars[i - 1].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()));
            if boundary {
                out.push(std::mem::take(&mut cur));
            } else {
                cur.push(c);
            }
        }
        out.push(cur);
        let mut split = Vec::new();
        for c in out {
            let mut part = String::new();
            for w in c.split_whitespace() {
                if w.len() <= 8
                    && JOINS.iter().any(|j| w.eq_ignore_ascii_case(j) || (w.starts_with('W') && w.to_lowercase() == *j))
                {
                    split.push(std::mem::take(&mut part));
                }
                part.push_str(w);
                part.push(' ');
            }
            split.push(part);
        }
        split.retain(|s| !s.trim().is_empty());
        split
    }

    proptest::proptest! {
        #[test]
        fn clauses_agree_with_the_character_by_character_split(s in "[ -~æøåÆØÅäöüß€½é1-9\\n]{0,80}") {
            proptest::prop_assert_eq!(clauses(&s, &joins()), reference_clauses(&s));
        }
    }

    #[test]
    fn a_word_has_the_classes_of_the_sets_it_holds() {
        let g = gaz();
        let negations = crate::knowledge::languages::shipped_grammar().place_negations;
        let mut words: Vec<String> =
            ["alss", "als", "alsens", "padborgs", "tonders", "x", "s", "nicht", "kein", "nie", "danske", "deutsche"]
                .iter()
                .map(|w| w.to_string())
                .collect();
        let small = [&g.me, &g.at, &g.contrast, &g.and, &g.from, &g.to, &g.language_before];
        for set in
            [&g.live, &g.work, &g.intent, &g.past, &g.side, &g.employer, &g.trade, &g.copula].into_iter().chain(small)
        {
            words.extend(set.iter().cloned());
        }
        for p in g.partner.iter().chain(&g.others) {
            words.extend(p.iter().cloned());
        }
        for name in g.names.keys() {
            words.push(name.clone());
            words.push(format!("{name}s"));
            words.push(format!("{name}ss"));
        }
        for w in &words {
            let c = g.class(w);
            for (set, class) in [
                (&g.live, LIVE),
                (&g.work, WORK),
                (&g.intent, INTENT),
                (&g.past, PAST),
                (&g.side, SIDE),
                (&g.employer, EMPLOYER),
                (&g.me, ME),
                (&g.at, AT),
                (&g.contrast, CONTRAST),
                (&g.and, AND),
                (&g.from, FROM),
                (&g.to, TO),
                (&g.language_before, LANGUAGE_BEFORE),
                (&g.trade, TRADE),
                (&g.copula, COPULA),
            ] {
                assert_eq!(c & class != 0, set.contains(w), "{w} {class}");
            }
            assert_eq!(c & PARTNER_FIRST != 0, g.partner.iter().any(|p| p[0] == *w), "{w}");
            assert_eq!(c & OTHERS_FIRST != 0, g.others.iter().any(|p| p[0] == *w), "{w}");
            assert_eq!(c & NAME != 0, g.names.contains_key(w), "{w}");
            let genitive = w.strip_suffix('s').is_some_and(|s| s.len() >= 4 && g.names.contains_key(s));
            assert_eq!(c & GENITIVE != 0, genitive, "{w}");
            assert_eq!(c & NEGATION != 0, negations.contains(w), "{w}");
            // The index is where `w` stands in the variant: `w` may itself be "i".
            for (toks, i) in [(vec![w.as_str()], 0), (vec!["i", w.as_str()], 1), (vec![w.as_str(), "kirkeby"], 0)] {
                assert_eq!(g.place_at_classed(&toks, i, c), g.place_at(&toks, i), "{w}");
            }
        }
    }

    #[test]
    fn places_of_no_role_are_read_without_clauses_only_when_nothing_gives_them_one() {
        let g = gaz();
        for text in [
            "fra Padborg til Flensburg",
            "von Tondern nach Flensburg?",
            "dansk firma, Padborg",
            "deutsche arbeitgeber",
            "Padborg. Ich wohne, aber in Flensburg",
            "meine Frau in Flensburg",
            "Danmark og Tyskland",
            "vorher Padborg",
            "ich in Padborg",
        ] {
            let folded = fold(text);
            assert_eq!(g.read_with(text, &folded, true), g.read_with(text, &folded, false), "{text}");
        }
        let folded = fold("fra Padborg til Flensburg");
        assert_eq!(g.read_with("fra Padborg til Flensburg", &folded, true).0.lives, Some(Country::Dk));
    }

    /// A message of property-test words, each followed by its separator.
    fn glued(words: &[&str], glue: &[&str]) -> String {
        words.iter().zip(glue).flat_map(|(w, sep)| [*w, *sep]).collect()
    }

    proptest::proptest! {
        #[test]
        fn a_message_whose_places_have_no_role_reads_as_if_split_into_clauses(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Padborg", "padborgs", "Tønder", "Tondern", "Flensburg", "Als", "i", "in", "fra", "von", "aus", "til",
                "nach", "bor", "wohne", "arbeite", "job", "minijob", "dansk", "deutsche", "firma", "arbejdsgiver",
                "min", "mand", "meine", "frau", "mutter", "vorher", "zu", "og", "und", "aber", "men", "ich", "jeg",
                "Kleve", "Danmark", "Dänemark", "nicht", "0", "1", "2", ".", ",", "?", ":", "(", "\n", "²", "ø",
                "\u{301}", "Løjt", "Kirkeby", "Niebüll", "tysk", "Während", "WÄHREND", "x",
            ]), 0..14),
            glue in proptest::collection::vec(proptest::sample::select(vec![" ", "", ". ", ", "]), 14),
        ) {
            let g = gaz();
            let text = glued(&words, &glue);
            let folded = fold(&text);
            proptest::prop_assert_eq!(g.read_with(&text, &folded, true), g.read_with(&text, &folded, false));
        }
    }

    proptest::proptest! {
        #[test]
        fn text_folds_to_as_many_tokens_as_counted(s in "[ -~\n\tæøåÆØÅäöüÄÖÜß]{0,80}") {
            proptest::prop_assert_eq!(token_count(s.as_bytes()), tokens(&fold(&s)).count());
        }

        #[test]
        fn mentions_from_the_message_words_are_those_of_its_clauses_folded_again(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Padborg", "padborgs", "Tonder", "Tondern", "Flensburg", "Als", "i", "in", "fra", "von", "aus", "til",
                "nach", "bor", "wohne", "arbeite", "job", "minijob", "dansk", "deutsche", "firma", "arbejdsgiver",
                "min", "mand", "meine", "frau", "mutter", "vorher", "zu", "og", "und", "Og", "aber", "men", "ich",
                "jeg", "Kleve", "Danmark", "Daenemark", "nicht", "0", "1", "2", ".", ",", "?", ":", "(", "\n", "%",
                "-", "3.5", "4,2", "Loejt", "Kirkeby", "Niebuell", "tysk", "ue", "aa", "x", "Tønder", "Dänemark",
                "Niebüll", "Løjt", "Während", "WÄHREND", "Straße", "på", "Å", "½", "é", "²",
            ]), 0..16),
            glue in proptest::collection::vec(proptest::sample::select(vec![" ", "", ". ", ", ", "  ", "-"]), 16),
        ) {
            let g = gaz();
            let text = glued(&words, &glue);
            let folded = fold(&text);
            let toks: Vec<&str> = tokens(&folded).collect();
            let cls: Vec<u32> = toks.iter().map(|t| g.class(t)).collect();
            proptest::prop_assert_eq!(g.mentions_of_words(&text, &toks, &cls), g.mentions(&text));
        }
    }

    #[test]
    fn the_first_phrase_is_the_least_position_of_any() {
        let phrases: Vec<Vec<String>> = [vec!["min", "kone"], vec!["kone"], vec!["meine", "frau"]]
            .iter()
            .map(|p| p.iter().map(|w| w.to_string()).collect())
            .collect();
        let firsts: HashSet<String> = phrases.iter().map(|p| p[0].clone()).collect();
        for text in ["og min kone bor i padborg", "kone min", "meine frau", "min", "", "x meine", "min min kone kone"] {
            let toks: Vec<&str> = tokens(text).collect();
            let want = phrases.iter().filter_map(|p| find_phrase(&toks, p)).min();
            assert_eq!(first_phrase(&toks, &phrases, |i| firsts.contains(toks[i])), want, "{text:?}");
        }
    }

    #[test]
    fn joins_beyond_ascii_split_in_any_case_and_other_words_do_not() {
        let split = clauses("bor i x wÄhrend y WÄHREND z Während q på Øg ÆBER", &joins());
        assert_eq!(split, ["bor i x ", "wÄhrend y ", "WÄHREND z ", "Während q på Øg ÆBER "]);
    }

    #[test]
    fn clauses_are_cut_at_the_character_limit() {
        let long = format!("{}, og bor i Tønder", "æ".repeat(crate::text::MAX_MATCH_CHARS - 3));
        assert_eq!(clauses(&long, &joins()), reference_clauses(&long));
        assert_eq!(clauses("1.5 og 2,5 . ø,9 9,ø", &joins()), reference_clauses("1.5 og 2,5 . ø,9 9,ø"));
    }

    #[test]
    fn situations_are_read_from_clauses() {
        let g = gaz();
        let dk = Some(Country::Dk);
        let de = Some(Country::De);
        let cases: &[(&str, Situation)] = &[
            ("ich wohne in Flensburg und arbeite in Padborg", Situation { lives: de, works: dk, partner_works: None }),
            (
                "min mand arbejder i tyskland og jeg arbejder i danmark. vi bor i padborg",
                Situation { lives: dk, works: dk, partner_works: de },
            ),
            ("wohne in Tønder, arbeite in Niebüll", Situation { lives: dk, works: de, partner_works: None }),
            ("wenn ich in Dänemark wohne", Situation { lives: dk, works: None, partner_works: None }),
            ("jeg bor i Løjt Kirkeby", Situation { lives: dk, works: None, partner_works: None }),
            ("jeg har en dansk arbejdsgiver", Situation { lives: None, works: dk, partner_works: None }),
            ("bor på Als", Situation { lives: dk, works: None, partner_works: None }),
            ("als ich ein Kind war", Situation::default()),
            (
                "ich arbeite seit 2.5 Jahren in Flensburgs Hafen",
                Situation { lives: None, works: de, partner_works: None },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(g.situation(text), *want, "{text}");
        }
    }

    /// "bor og arbejder i Tønder", "wenn ich in Flensburg wohne und arbeite":
    /// two verbs joined by og/und share one place.
    #[test]
    fn joined_verbs_share_their_place() {
        let g = gaz();
        let dk = Some(Country::Dk);
        let de = Some(Country::De);
        let cases: &[(&str, Situation)] = &[
            ("jeg bor og arbejder i Tønder", Situation { lives: dk, works: dk, partner_works: None }),
            ("Ich wohne und arbeite nur in Flensburg", Situation { lives: de, works: de, partner_works: None }),
            ("wenn ich in Flensburg wohne und arbeite?", Situation { lives: de, works: de, partner_works: None }),
            ("die in Flensburg lebt und nicht arbeitet", Situation { lives: de, works: None, partner_works: None }),
            ("jeg arbejder i Tønder og bor i DE", Situation { lives: None, works: dk, partner_works: None }),
            (
                "ich arbeite bei einer Firma in Tondern und ziehe weg",
                Situation { lives: None, works: dk, partner_works: None },
            ),
            // Each verb with its own place stays apart.
            ("ich wohne in Flensburg und arbeite in Padborg", Situation { lives: de, works: dk, partner_works: None }),
            // A long clause before is no shared verb.
            (
                "jeg bor sammen med min familie og arbejder i Tønder",
                Situation { lives: None, works: dk, partner_works: None },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(g.situation(text), *want, "{text}");
        }
        let (_, one_side) = g.read("hvornår kommer min årsopgørelse, bor og arbejder i Tønder");
        assert!(one_side, "living and working on one side is no border crossing");
    }

    /// "Meine Frau arbeitet in Flensburg, ich in Padborg": a clause with no
    /// verb of its own that starts with "ich"/"jeg" (or the partner) takes
    /// the verb of the clause before, for the person it names.
    #[test]
    fn an_elliptic_clause_takes_the_verb_before() {
        let g = gaz();
        let dk = Some(Country::Dk);
        let de = Some(Country::De);
        let cases: &[(&str, Situation)] = &[
            (
                "Meine Frau arbeitet in Flensburg, ich in Padborg",
                Situation { lives: None, works: dk, partner_works: de },
            ),
            ("min kone arbejder i Flensborg og jeg i Padborg", Situation { lives: None, works: dk, partner_works: de }),
            (
                "Ich arbeite in Padborg, meine Frau in Flensburg",
                Situation { lives: None, works: dk, partner_works: de },
            ),
            ("jeg bor i Padborg, min mand i Flensborg", Situation { lives: dk, works: None, partner_works: None }),
            // More than the person and the place: not elliptic.
            (
                "min mand og jeg bor i Niebüll og jeg har pendlet til et plejehjem i Tønder",
                Situation { lives: de, works: None, partner_works: None },
            ),
            // No pronoun: the place stays unread.
            (
                "Meine Frau arbeitet in Flensburg, Padborg ist schön",
                Situation { lives: None, works: None, partner_works: de },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(g.situation(text), *want, "{text}");
        }
    }

    /// "ich arbeite in DK und hab nen Minijob in Deutschland": the main job
    /// says where the commuter works, whatever the order.
    #[test]
    fn a_side_job_does_not_move_the_workplace() {
        let g = gaz();
        let dk = Some(Country::Dk);
        let de = Some(Country::De);
        let cases: &[(&str, Situation)] = &[
            (
                "ich arbeite in Dänemark und hab nen Minijob in Deutschland",
                Situation { lives: None, works: dk, partner_works: None },
            ),
            ("Minijob in Flensburg, arbeite in Padborg", Situation { lives: None, works: dk, partner_works: None }),
            ("ich habe einen Minijob in Flensburg", Situation { lives: None, works: de, partner_works: None }),
        ];
        for (text, want) in cases {
            assert_eq!(g.situation(text), *want, "{text}");
        }
    }

    /// "Wir überlegen, nach Dänemark zu ziehen": a plan says nothing of now.
    #[test]
    fn a_plan_is_no_place_to_live_or_work() {
        let g = gaz();
        let dk = Some(Country::Dk);
        let cases: &[(&str, Situation)] = &[
            (
                "Wir überlegen nach Dänemark zu wohnen, ich arbeite schon in Tondern",
                Situation { lives: None, works: dk, partner_works: None },
            ),
            ("jeg overvejer at arbejder i Flensborg", Situation::default()),
            ("wir wohnen in Padborg", Situation { lives: dk, works: None, partner_works: None }),
        ];
        for (text, want) in cases {
            assert_eq!(g.situation(text), *want, "{text}");
        }
    }

    /// "job i Danmark fra Tyskland", "arbeite in Padborg von Flensburg aus":
    /// two places under one work verb, one after fra/von/aus: that one is home.
    #[test]
    fn from_beside_a_workplace_is_home() {
        let g = gaz();
        let dk = Some(Country::Dk);
        let de = Some(Country::De);
        let cases: &[(&str, Situation)] = &[
            ("jeg har fået job i Danmark fra Tyskland", Situation { lives: de, works: dk, partner_works: None }),
            ("ich arbeite in Padborg von Flensburg aus", Situation { lives: de, works: dk, partner_works: None }),
            ("jeg arbejder fra Tyskland", Situation { lives: None, works: de, partner_works: None }),
        ];
        for (text, want) in cases {
            assert_eq!(g.situation(text), *want, "{text}");
        }
    }

    /// What `text` reads as with the test's places.toml, and with `edits`
    /// made in it: a word added to a list of `[words]` must change it.
    fn read_before_and_after(text: &str, edits: &[(&str, &str)]) -> (Situation, Situation) {
        (gaz().situation(text), gaz_with(edits).situation(text))
    }

    const DK: Option<Country> = Some(Country::Dk);
    const DE: Option<Country> = Some(Country::De);

    #[test]
    fn the_words_for_the_commuter_are_those_of_places_toml() {
        let edit = [("me = [\"jeg\", \"ich\"]", "me = [\"jeg\", \"ich\", \"ik\"]")];
        // A short clause of the commuter takes the verb before.
        let (without, with) = read_before_and_after("Meine Frau arbeitet in Flensburg, ik in Padborg", &edit);
        assert_eq!(without, Situation { lives: None, works: None, partner_works: DE });
        assert_eq!(with, Situation { lives: None, works: DK, partner_works: DE });
        // After the partner named alone, a clause with the commuter is the commuter's.
        let (without, with) = read_before_and_after("min mand, ik arbejder i Padborg", &edit);
        assert_eq!(without, Situation { lives: None, works: None, partner_works: DK });
        assert_eq!(with, Situation { lives: None, works: DK, partner_works: None });
    }

    #[test]
    fn the_prepositions_of_a_short_clause_are_those_of_places_toml() {
        let edit = [("at = [\"i\",", "at = [\"nahe\", \"i\",")];
        let (without, with) = read_before_and_after("Meine Frau arbeitet in Flensburg, ich nahe Padborg", &edit);
        assert_eq!(without, Situation { lives: None, works: None, partner_works: DE });
        assert_eq!(with, Situation { lives: None, works: DK, partner_works: DE });
    }

    #[test]
    fn the_words_of_a_contrast_are_those_of_places_toml() {
        let edit = [("contrast = [", "contrast = [\"doch\", ")];
        let (without, with) = read_before_and_after("ich wohne nicht in Dänemark, doch in Flensburg", &edit);
        assert_eq!(without, Situation::default());
        assert_eq!(with, Situation { lives: DE, works: None, partner_works: None });
    }

    #[test]
    fn the_words_joining_two_verbs_are_those_of_places_toml() {
        let edit = [("and = [", "and = [\"plus\", ")];
        let (without, with) = read_before_and_after("jeg bor, plus arbejder i Tønder", &edit);
        assert_eq!(without, Situation { lives: None, works: DK, partner_works: None });
        assert_eq!(with, Situation { lives: DK, works: DK, partner_works: None });
    }

    #[test]
    fn the_words_from_and_to_a_place_are_those_of_places_toml() {
        let from = [("from = [", "from = [\"ab\", ")];
        let (without, with) = read_before_and_after("ab Padborg til Flensburg", &from);
        assert_eq!(without, Situation::default());
        assert_eq!(with, Situation { lives: DK, works: DE, partner_works: None });
        let to = [("to = [", "to = [\"bis\", ")];
        let (without, with) = read_before_and_after("fra Padborg bis Flensburg", &to);
        assert_eq!(without, Situation::default());
        assert_eq!(with, Situation { lives: DK, works: DE, partner_works: None });
        // Also when the shortcut for places of no role is off.
        let g = gaz_with(&to);
        let text = "fra Padborg bis Flensburg";
        assert_eq!(g.read_with(text, &fold(text), false), g.read_with(text, &fold(text), true));
    }

    #[test]
    fn the_words_of_commuting_are_those_of_places_toml() {
        let drives = ("work = [\"arbejder\",", "work = [\"fahre\", \"arbejder\",");
        let text = "ich fahre jeden Tag aus Flensburg";
        assert_eq!(gaz_with(&[drives]).situation(text), Situation { lives: None, works: DE, partner_works: None });
        let commutes = gaz_with(&[drives, ("commute = [", "commute = [\"fahr*\", ")]);
        assert_eq!(commutes.situation(text), Situation { lives: DE, works: None, partner_works: None });
        // A word without `*` is the word only.
        let exact = gaz_with(&[drives, ("commute = [", "commute = [\"fahr\", ")]);
        assert_eq!(exact.situation(text), Situation { lives: None, works: DE, partner_works: None });
    }

    #[test]
    fn the_words_before_a_language_are_those_of_places_toml() {
        let edit = [("language_before = [", "language_before = [\"snakker\", ")];
        assert_eq!(gaz().countries_named("jeg snakker dansk"), [Country::Dk]);
        assert!(gaz_with(&edit).countries_named("jeg snakker dansk").is_empty());
        assert!(gaz().countries_named("på dansk").is_empty());
    }

    #[test]
    fn edits_are_counted_up_to_the_limit() {
        assert!(edits_at_most("flensburg", "flensburch", 2));
        assert!(!edits_at_most("flensburg", "flensburch", 1));
        assert!(edits_at_most("padborg", "paborg", 1));
        assert!(edits_at_most("tonder", "tonder", 0));
        assert!(!edits_at_most("aabenraa", "haderslev", 2));
        assert!(edits_at_most("", "ab", 2) && !edits_at_most("", "abc", 2));
    }

    /// The full table of Levenshtein distances, the reference for the band.
    fn edit_distance(a: &[char], b: &[char]) -> usize {
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.iter().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let here = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(here + 1);
                prev = here;
            }
        }
        row[b.len()]
    }

    proptest::proptest! {
        #[test]
        fn edits_within_the_band_agree_with_the_full_table(a in "[abcø]{0,12}", b in "[abcø]{0,12}", most in 0usize..4) {
            let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            proptest::prop_assert_eq!(edits_at_most(&a, &b, most), edit_distance(&ca, &cb) <= most);
        }
    }

    /// The edit distance as first written: the full table over characters.
    fn reference_edits(a: &str, b: &str, most: usize) -> bool {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        edit_distance(&a, &b) <= most
    }

    proptest::proptest! {
        #[test]
        fn edits_on_bytes_agree_with_edits_on_characters(
            a in "[abdeglnorsæø]{0,12}",
            b in "[abdeglnorsæø]{0,70}",
            most in 0usize..3,
        ) {
            proptest::prop_assert_eq!(edits_at_most(&a, &b, most), reference_edits(&a, &b, most));
        }

        #[test]
        fn words_few_edits_apart_have_few_letters_apart(
            a in "[a-gA-G ]{0,12}",
            edits in proptest::collection::vec((0usize..3, 0usize..16, "[a-hA-H ]"), 0..3),
        ) {
            // `b`: `a` with the edits made (insert, leave out, change).
            let mut b: Vec<char> = a.chars().collect();
            for (kind, at, c) in &edits {
                let c = c.chars().next().unwrap_or('a');
                let at = if b.is_empty() { 0 } else { at % b.len() };
                match (kind, b.is_empty()) {
                    (0, _) | (_, true) => b.insert(at, c),
                    (1, false) => { b.remove(at); }
                    _ => b[at] = c,
                }
            }
            let b: String = b.into_iter().collect();
            let most = edits.len();
            proptest::prop_assert!(edits_at_most(&a, &b, most));
            let (x, y) = (letter_bits(&a).unwrap_or(0), letter_bits(&b).unwrap_or(0));
            proptest::prop_assert!((x & !y).count_ones() as usize <= most && (y & !x).count_ones() as usize <= most);
        }
    }

    /// The misspelt names' list gives what a scan of all names gave.
    #[test]
    fn near_places_are_those_of_a_scan_of_all_names() {
        let g = gaz();
        let scan = |word: &str| -> Option<Country> {
            let n = word.chars().count();
            if n < 5 {
                return None;
            }
            let most = if n >= 7 { 2 } else { 1 };
            g.names.iter().find_map(|(first, list)| {
                let (_, country, _) = list.iter().find(|(words, _, ambiguous)| words.len() == 1 && !ambiguous)?;
                (first.chars().count().abs_diff(n) <= most && reference_edits(first, word, most)).then_some(*country)
            })
        };
        let mut words: Vec<String> = Vec::new();
        for first in g.names.keys() {
            let chars: Vec<char> = first.chars().collect();
            words.push(first.clone());
            for i in 0..chars.len() {
                let mut left_out = chars.clone();
                left_out.remove(i);
                words.push(left_out.iter().collect());
                let mut changed = chars.clone();
                changed[i] = 'x';
                words.push(changed.iter().collect());
                changed.insert(i, 'q');
                words.push(changed.iter().collect());
            }
        }
        assert!(words.iter().any(|w| g.near_place(w).is_some()));
        for w in &words {
            assert_eq!(g.near_place(w), scan(w), "{w}");
        }
    }

    #[test]
    fn a_direction_follows_from_one_side_alone() {
        let s = Situation { lives: Some(Country::Dk), ..Situation::default() };
        assert_eq!(s.direction(), Some(Direction::DkDe));
        let s = Situation { works: Some(Country::Dk), ..Situation::default() };
        assert_eq!(s.direction(), Some(Direction::DeDk));
        let s = Situation { lives: Some(Country::Dk), works: Some(Country::Dk), partner_works: None };
        assert_eq!(s.direction(), None);
    }
}
