//! The rule-based matcher: scores every entry for a question and decides
//! whether to answer, offer choices, or fall back.
//!
//! Built once per knowledge-base load (all automata are compiled here, never
//! per message); matching is a pure function of the question.
//!
//! How a question is scored:
//! 1. [`fold`] it, drop URLs, cut at [`MAX_MATCH_CHARS`].
//! 2. Remove the spaces and run one Aho-Corasick automaton over the result,
//!    holding the stem of every keyword word. A stem may match at the start
//!    of a word (inflection: "skattekort" finds "skattekortet"), inside a
//!    compound when it is long enough ("besteuerung" in
//!    "Grenzgängerbesteuerung"), and across one or two spaces when a
//!    compound was written apart ("borne penge").
//! 3. Words no stem matched are looked up with one typo allowed (a
//!    symmetric-delete dictionary over stems of six letters or more); words
//!    of eleven letters or more that one typo does not explain, with two
//!    ("befodringsfradrg"), against stems of ten letters or more.
//! 4. A keyword phrase counts when its words stand close together, in any
//!    order ("begrænset og fuld skattepligtig", "Mindestlohn in Dänemark"), or
//!    when its words written together are present ("akasse"); across a
//!    sentence end only with two words that are no filler (dialogue.toml).
//! 5. Entry score = keywords (1.0 each) + context words (0.35 each, at most
//!    0.7) + a bonus when the question's situation (lives in DE, works in
//!    DK, or the reverse) fits the entry, a heavy cut when it contradicts it.
//!    A `not` word, or a word that puts the question outside the DK-DE
//!    border, cuts the score. Confidence = 1 - e^(-score).
//! 6. Answer when the best confidence is at least [`ANSWER_AT`] and the
//!    runner-up is at least [`MARGIN`] behind; offer choices when the best is
//!    at least [`CHOICES_AT`]; otherwise fall back.

use std::borrow::Cow;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rust_stemmers::Stemmer;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;

use super::cues::{PhraseSet, RawCues};
use super::languages::{Grammar, LangMap, Languages};
use super::model::{Direction, Entry, EntryId, Scope};
use super::places::{Country, Gazetteer, RawPlaces, Situation};
use super::similar::{Similar, Source};
use crate::text::{fold, has_words, stem, strip_urls, tokens, Lang};

/// Confidence needed to answer with an entry.
pub const ANSWER_AT: f64 = 0.6;
/// Confidence needed to offer an entry as a choice.
pub const CHOICES_AT: f64 = 0.3;
/// How far the runner-up must trail the best entry for a confident answer.
pub const MARGIN: f64 = 0.1;
/// Or: how many times the runner-up's score the best must reach.
pub const LEAD_RATIO: f64 = 1.5;

const KEYWORD_WEIGHT: f64 = 1.0;
/// Each further word of a keyword phrase makes it more specific.
const EXTRA_WORD_WEIGHT: f64 = 0.25;
const CONTEXT_WEIGHT: f64 = 0.35;
const CONTEXT_CAP: f64 = 0.7;
const FUZZY_FACTOR: f64 = 0.95;
const DIRECTION_BONUS: f64 = 0.3;
const DIRECTION_CONFLICT_FACTOR: f64 = 0.3;
const NOT_FACTOR: f64 = 0.2;
const OUTSIDE_FACTOR: f64 = 0.45;
/// Highest score (raw) a question outside the border region can reach: below [`ANSWER_AT`].
const OUTSIDE_CAP: f64 = 0.85;
const MAX_CHOICES: usize = 3;
/// The shortest verb root read from a participle: "gesagt" is no "sag".
const PARTICIPLE_ROOT: usize = 4;
/// A message asking something with this many words or more is no greeting
/// alone when a topic's words are in it ...
const SMALL_TALK_MAX_WORDS: usize = 10;
/// ... enough to offer that topic (two context words: `1 - e^-0.7 > CHOICES_AT`).
const SMALL_TALK_TOPIC_RAW: f64 = 0.65;
/// The second opinion decides a close call only this far ahead of every
/// other entry (cosine similarity) ...
const SECOND_OPINION_LEAD: f32 = 0.05;
/// ... and only when the question resembles its entry at least this much.
const SECOND_OPINION_MIN: f32 = 0.2;
/// Weight of words outside the sentence that asks, in a message of several
/// sentences: the background sets the situation, the question the topic.
const BACKGROUND_WEIGHT: f64 = 0.7;
/// Longest word the matcher looks at, in bytes.
const MAX_WORD_BYTES: usize = 64;
/// Lazy-DFA cache allowed per pattern (the regex default is 2 MB).
const REGEX_SIZE_LIMIT: usize = 64 << 20;
/// Compiled size allowed for one pattern (issue 15.11: `(?:[a-z]{1,100}){5000}`
/// took 484 MB and 2.9 s to load); `check` refuses a larger one.
pub const PATTERN_SIZE_LIMIT: usize = 1 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Keyword,
    Context,
    Not,
}

/// One keyword phrase of one entry.
#[derive(Debug)]
struct Phrase {
    entry: usize,
    kind: Kind,
    lang: Lang,
    /// Listed in both languages of its entry: says nothing about the language.
    both_langs: bool,
    text: String,
    words: u8,
    /// Written as one hyphenated word ("mit-id", "a-kasse"): its words count
    /// only side by side, not anywhere in a window ("mit tyske skatte-id").
    tight: bool,
    stems: Vec<String>,
    /// The stems as indexes into the automaton's patterns (cheap to compare).
    stem_ids: Vec<u32>,
}

/// Where an automaton pattern belongs: phrase `phrase`, word `word`
/// (`JOINED` = the whole phrase written as one word).
#[derive(Clone, Copy, Debug)]
struct Slot {
    phrase: u32,
    word: u8,
    /// Whether the phrase is a `not` phrase, copied here so matching does
    /// not have to look the phrase up.
    not: bool,
}
const JOINED: u8 = u8::MAX;

/// A rule that could not be compiled, with where it was written.
#[derive(Debug)]
pub struct Problem {
    pub file: std::path::PathBuf,
    pub line: usize,
    pub message: String,
}

/// How the matcher decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Answer,
    Choices,
    Fallback,
}

#[derive(Clone, Debug, Serialize)]
pub struct Candidate {
    pub entry: EntryId,
    pub raw: f64,
    pub score: f64,
    /// A keyword or pattern of the entry stands in the sentence that asks.
    pub in_question: bool,
    /// Human-readable reasons: which keywords, patterns, situation rules fired.
    pub hits: Vec<String>,
}

/// The matcher's verdict on one question.
#[derive(Clone, Debug, Serialize)]
pub struct Match {
    pub lang: Lang,
    /// Function words or spelling said which language it is (a lone "email?" does not).
    pub lang_sure: bool,
    pub decision: Decision,
    /// The entry to answer with (only when `decision == Answer`).
    pub entry: Option<EntryId>,
    /// Entries to offer as choices (only when `decision == Choices`).
    pub options: Vec<EntryId>,
    pub score: f64,
    pub normalized: String,
    pub direction: Option<Direction>,
    /// Where the question says the commuter (and a partner) live and work.
    pub situation: Situation,
    pub outside: bool,
    /// The sentence read as the question, when the message had several.
    pub question: Option<String>,
    /// Everyday words read with their meaning ("fyret -> opsagt").
    pub expansions: Vec<String>,
    /// The best candidates, best first, for `--explain`.
    pub candidates: Vec<Candidate>,
    /// What the entries' own words said when the rules left a close call
    /// (see [`super::similar`]); `None` when the rules decided alone.
    pub second_opinion: Option<SecondOpinion>,
    /// The message asked nothing and ended with small talk ("... Farvel og
    /// god weekend!"): answered with that, whatever topics its story named.
    pub closing: bool,
    /// The message folded as a whole (`text::fold(question)`), when the
    /// matcher folded exactly the message (no link was stripped from it):
    /// the dialogue's cues read the same words without folding them again.
    #[serde(skip)]
    pub folded_message: Option<String>,
}

/// What the words of a message say for each entry (indexed by entry), before
/// the situation and the scope are applied.
struct Evidence {
    /// Keyword and pattern points from the sentence that asks ...
    raw: Vec<f64>,
    /// ... and from the background, weighed less when the question names a topic.
    raw_bg: Vec<f64>,
    context: Vec<f64>,
    context_bg: Vec<f64>,
    /// A `not` word of the entry was said.
    notted: Vec<bool>,
    /// ... in the sentence that asks.
    notted_focus: Vec<bool>,
    /// A keyword or pattern of the entry fired (context alone never answers).
    strong: Vec<bool>,
    /// ... in the sentence that asks.
    strong_focus: Vec<bool>,
    /// Any word of the entry (context included) in the sentence that asks.
    named_in_question: Vec<bool>,
    /// Counted phrases as (entry, phrase): only those of the same entry are compared.
    counted: Vec<(usize, u32)>,
    /// The keywords among them in the sentence that asks.
    asked: Vec<(usize, u32)>,
    /// Why each entry scored, as (entry, reason): words only when explaining.
    hits: Vec<(usize, Hit)>,
}

impl Evidence {
    /// All zero for `n` entries, in the vectors the last message's evidence
    /// left behind when there are (one allocation less per vector and message).
    fn new(n: usize) -> Evidence {
        match SPARE_EVIDENCE.take() {
            Some(spare) if spare.0.len() == n => {
                let (mut raw, mut raw_bg, mut context, mut context_bg, mut flags, mut counted, mut asked, mut hits) =
                    spare;
                for v in [&mut raw, &mut raw_bg, &mut context, &mut context_bg] {
                    v.fill(0.0);
                }
                for f in &mut flags {
                    f.fill(false);
                }
                counted.clear();
                asked.clear();
                hits.clear();
                let [notted, notted_focus, strong, strong_focus, named_in_question] = flags;
                Evidence {
                    raw,
                    raw_bg,
                    context,
                    context_bg,
                    notted,
                    notted_focus,
                    strong,
                    strong_focus,
                    named_in_question,
                    counted,
                    asked,
                    hits,
                }
            }
            _ => Evidence {
                raw: vec![0.0; n],
                raw_bg: vec![0.0; n],
                context: vec![0.0; n],
                context_bg: vec![0.0; n],
                notted: vec![false; n],
                notted_focus: vec![false; n],
                strong: vec![false; n],
                strong_focus: vec![false; n],
                named_in_question: vec![false; n],
                // Sized for most messages: no growing on the way.
                counted: Vec::with_capacity(32),
                asked: Vec::with_capacity(16),
                hits: Vec::with_capacity(32),
            },
        }
    }
}

/// The vectors of an [`Evidence`] kept for the next message: the four
/// score vectors, the five flag vectors, `counted`, `asked` and `hits`.
type SpareEvidence =
    (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>, [Vec<bool>; 5], Vec<(usize, u32)>, Vec<(usize, u32)>, Vec<(usize, Hit)>);

thread_local! {
    /// See [`Evidence::new`]; one set (a nested `decide` allocates its own).
    static SPARE_EVIDENCE: std::cell::Cell<Option<SpareEvidence>> = const { std::cell::Cell::new(None) };
}

impl Drop for Evidence {
    fn drop(&mut self) {
        let kept = SPARE_EVIDENCE.take();
        if kept.is_some() {
            SPARE_EVIDENCE.set(kept);
            return;
        }
        let flags = [
            std::mem::take(&mut self.notted),
            std::mem::take(&mut self.notted_focus),
            std::mem::take(&mut self.strong),
            std::mem::take(&mut self.strong_focus),
            std::mem::take(&mut self.named_in_question),
        ];
        SPARE_EVIDENCE.set(Some((
            std::mem::take(&mut self.raw),
            std::mem::take(&mut self.raw_bg),
            std::mem::take(&mut self.context),
            std::mem::take(&mut self.context_bg),
            flags,
            std::mem::take(&mut self.counted),
            std::mem::take(&mut self.asked),
            std::mem::take(&mut self.hits),
        )));
    }
}

/// What a call of `decide` wants besides the verdict.
#[derive(Clone, Copy)]
struct Mode {
    /// Each candidate lists in words what fired for it.
    explain: bool,
    /// Close calls may be settled by the entries' own words (see [`super::similar`]).
    second_opinion: bool,
}

impl Mode {
    const SERVE: Mode = Mode { explain: false, second_opinion: true };
}

/// The second opinion on a close call, for `--explain`.
#[derive(Clone, Debug, Serialize)]
pub struct SecondOpinion {
    /// The entry the question resembles most.
    pub entry: EntryId,
    pub best: f32,
    pub second: f32,
    /// Whether it turned the choices into an answer.
    pub decided: bool,
}

pub struct Matcher {
    phrases: Vec<Phrase>,
    /// Per phrase, the words that must all be found for it to be complete
    /// (see [`need_of`]).
    phrase_need: Vec<u16>,
    /// Per phrase: how many of its words are no filler words (dialogue.toml
    /// `filler`): a phrase with fewer than two stands within one sentence.
    phrase_content: Vec<u8>,
    ac: Option<AhoCorasick>,
    /// Pattern index -> (stem length in bytes, slots).
    patterns: Vec<(usize, Vec<Slot>)>,
    /// Deletion variants of long stems -> pattern indexes.
    /// (hash of the variant, pattern index), sorted: looked up by binary search.
    fuzzy: Vec<(u64, u32)>,
    /// Where in `fuzzy` each value of a hash's top [`TYPO_BITS`] bits starts
    /// (one more place at the end): a lookup searches that short run only.
    fuzzy_starts: Vec<u32>,
    /// The long stems (at least [`TWO_TYPO_STEM`] letters) for a reading with
    /// two typos: (stem, pattern index, its letters as bits), sorted.
    long_stems: Vec<(Box<str>, u32, u64)>,
    regexes: Vec<Pattern>,
    /// Literals every match of a pattern starts with: a pattern runs only
    /// when one of its literals is in the question (one pass for all).
    gate: Option<AhoCorasick>,
    /// Gate literal index -> patterns it opens, each with whether the
    /// literal starts every match of it (its prefix literals) or is only a
    /// part every match holds.
    gate_owner: Vec<Vec<GateOwner>>,
    /// Patterns without such literals: they always run.
    always: Vec<u32>,
    entry_ids: Vec<EntryId>,
    smalltalk: Vec<bool>,
    directions: Vec<Option<Direction>>,
    /// Index of the entry answering the same question for the other direction.
    other_side: Vec<Option<usize>>,
    /// The country whose rules for everyone there an entry explains (`country_rules`).
    country_rules: Vec<Option<Country>>,
    scope: ScopeMatcher,
    stemmers: LangMap<Stemmer>,
    /// The stems of the words the knowledge base itself uses (keywords and
    /// example questions) in every language, in the order of the languages,
    /// worked out once: most words of a question are among them, and a
    /// lookup is far cheaper than stemming.
    known_stems: HashMap<String, Vec<String>>,
    lang_words: LangWords,
    /// Every language's filler words (`languages.toml`): the patterns read a
    /// question without them.
    fillers: rustc_hash::FxHashSet<String>,
    /// Entries about travel abroad: naming another country is normal there.
    abroad: Vec<bool>,
    /// Places on each side of the border, and the verbs that say what a place is to the commuter.
    places: Gazetteer,
    /// Everyday words (`vocabulary.toml`): first folded word -> (all words, meaning, prefix).
    vocabulary: HashMap<String, Vec<(Vec<String>, String, bool)>>,
    /// The one-word prefixes of `vocabulary` (its key `""`) filed by their
    /// first byte, in the same order: a word is compared only with those it
    /// may start with.
    vocabulary_prefixed: Vec<Vec<Everyday>>,
    /// Every entry's keywords, context words and examples, for the second opinion.
    similar_texts: Vec<(usize, Source, String)>,
    /// The second opinion, built on the first close call.
    similar: OnceLock<Similar>,
    /// Every language's grammar words (`languages.toml`): negations, question
    /// openers, short stems' endings, abbreviations.
    grammar: Grammar,
    /// The languages with past participles to read as their verbs: only
    /// their phrases are found by a participle's root ("kündigt" is no
    /// Danish "kunder").
    participle_langs: Vec<Lang>,
    /// The thanks phrases of dialogue.toml: a story that opens with one and
    /// asks nothing is thanks (see [`Matcher::opening`]).
    thanks: PhraseSet,
    /// The words that point back (dialogue.toml `refers`: "den", "die", "das"):
    /// a story's question asking by one alone is about the story's topic.
    refers: PhraseSet,
}

/// A message made ready for matching: sentences folded, everyday words
/// read with their meaning, and which tokens belong to the sentence that asks.
struct Prepared {
    /// Folded tokens joined by single spaces (vocabulary meanings included).
    folded: String,
    /// Per token: whether it is in the sentence that asks (all true for one sentence).
    focus: Vec<bool>,
    /// Per token: the sentence it stands in.
    sentence_of: Vec<usize>,
    /// Whether the message had several sentences and one was picked as the question.
    focused: bool,
    /// Several sentences and none asks (no question mark, no question words):
    /// the last was picked, and it may be a greeting, thanks or goodbye.
    told: bool,
    /// The folded sentence(s) read as the question, for `--explain`.
    question: Option<String>,
    /// Several sentences, none opens with a question word or ends with a
    /// question mark, and the first thanks: that first sentence as written ("Super, danke. Dann rufe ich morgen an.").
    opening: Option<String>,
    /// "fyret -> opsagt", for `--explain`.
    expansions: Vec<String>,
    /// The message's own folded tokens, every one (no meanings, no
    /// background), joined by single spaces: the same as folding the whole
    /// message, without folding it again (for the places).
    plain: String,
}

impl Matcher {
    /// Compiles the rules of all entries.
    /// Compiles the rules. Problems that only show when all rules are put
    /// together (a pattern set too large) are returned beside the matcher.
    /// `eager`: compile every advisor pattern now, reporting the ones that do
    /// not compile (`check`, serving); otherwise only their syntax is checked
    /// and each is compiled when a question first reaches it (`ask`: start-up).
    pub fn build(
        languages: &Languages,
        entries: &[Entry],
        scope: &Scope,
        places: &RawPlaces,
        vocabulary: &[(String, String, bool)],
        cues: &RawCues,
        eager: bool,
    ) -> (Matcher, Vec<Problem>) {
        let stemmers = LangMap::from_fn(languages.all(), |l| languages.list[l].stemmer());
        let (regex_src, regex_owner) = pattern_sources(languages, entries);
        // The patterns (parsed, gated) and the keywords (stemmed, their automaton
        // and typo variants built) share nothing: they are built side by side.
        let (known_stems, phrases, stems, ac, typos, (regexes, problems, (gate, gate_owner, always))) =
            std::thread::scope(|scope| {
                // The gate needs every pattern parsed: most beside the rule words' stems.
                let parsing = start_parsing(&regex_src, scope);
                let known_stems = known_stems(languages, entries, &stemmers, eager);
                let (mut phrases, by_stem) = collect_phrases(languages, entries, &stemmers, &known_stems);
                let parsed = finish_parsing(parsing);
                let patterns = scope.spawn(|| {
                    let (mut regexes, problems) = compile_patterns(entries, &regex_src, parsed, &regex_owner, eager);
                    let gates = pattern_gates(regexes.iter().map(|p| p.tree.as_ref()));
                    if eager {
                        // Compiled already: the trees are not needed any more.
                        regexes.iter_mut().for_each(|p| p.tree = None);
                    }
                    (regexes, problems, gates)
                });
                let (stems, ac) = keyword_automaton(&mut phrases, by_stem);
                let typos = typo_variants(&stems);
                let patterns = patterns.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                (known_stems, phrases, stems, ac, typos, patterns)
            });
        let (fuzzy, fuzzy_starts) = typos;
        let mut long_stems: Vec<(Box<str>, u32, u64)> = stems
            .iter()
            .enumerate()
            .filter(|(_, (s, _))| s.len() >= TWO_TYPO_STEM && s.bytes().all(|c| c.is_ascii_alphabetic()))
            .map(|(i, (s, _))| (s.as_str().into(), i as u32, letter_bits(s.as_bytes())))
            .collect();
        long_stems.sort_unstable();
        let vocabulary_map = vocabulary_by_first_word(vocabulary);
        let matcher = Matcher {
            gate,
            gate_owner,
            always,
            patterns: stems.into_iter().map(|(s, slots)| (s.len(), slots)).collect(),
            phrase_need: phrases.iter().map(|p| need_of(p.words)).collect(),
            phrase_content: content_words(&phrases, &cues.filler),
            phrases,
            ac,
            fuzzy_starts,
            fuzzy,
            long_stems,
            regexes,
            entry_ids: entries.iter().map(|e| e.id.clone()).collect(),
            smalltalk: entries.iter().map(|e| e.is_smalltalk()).collect(),
            directions: entries.iter().map(|e| e.direction).collect(),
            country_rules: entries.iter().map(|e| e.country.filter(|_| e.country_rules)).collect(),

            other_side: other_sides(entries),
            scope: ScopeMatcher::new(scope),
            places: gazetteer(languages, scope, places, &known_stems, entries),
            vocabulary_prefixed: vocabulary_prefixed(&vocabulary_map),
            vocabulary: vocabulary_map,
            similar_texts: similar_texts(languages, entries),
            similar: OnceLock::new(),
            grammar: languages.grammar.clone(),
            participle_langs: participle_langs(languages),
            thanks: PhraseSet::new(&cues.thanks),
            refers: PhraseSet::new(cues.refers.iter().chain(cues.refers_in.values().flatten())),
            stemmers,
            known_stems,
            lang_words: LangWords::new(languages),
            fillers: languages.list.values().flat_map(|l| l.fillers.iter().cloned()).collect(),
            abroad: entries.iter().map(|e| e.abroad).collect(),
        };
        (matcher, problems)
    }

    /// Scores a question. `preferred` breaks ties in language detection;
    /// `profile` is the commuter's stated situation, used when the question
    /// itself does not say where they live and work. The candidates carry no
    /// reasons (see [`Matcher::find_explained`]): serving does not need them.
    pub fn find(&self, question: &str, preferred: Option<Lang>, profile: Option<Direction>) -> Match {
        self.decide(question, "", preferred, profile, Mode::SERVE)
    }

    /// Like [`Matcher::find`] with the rules alone, no second opinion: the
    /// base's own examples must be answered by its rules (`check`).
    pub fn find_by_rules(&self, question: &str, preferred: Option<Lang>, profile: Option<Direction>) -> Match {
        self.decide(question, "", preferred, profile, Mode { explain: false, second_opinion: false })
    }

    /// Like [`Matcher::find`], with `background` read as the background of
    /// the question (never as the sentence that asks): the topic of the last
    /// answer, so "bliver den beskattet?" after a pension answer is read
    /// with the pension in mind.
    pub fn find_in_context(
        &self,
        question: &str,
        background: &str,
        preferred: Option<Lang>,
        profile: Option<Direction>,
    ) -> Match {
        self.decide(question, background, preferred, profile, Mode::SERVE)
    }

    /// Like [`Matcher::find`], and each candidate lists in words what fired
    /// for it (keywords, patterns, situation rules): for `--explain` and `/why`.
    pub fn find_explained(&self, question: &str, preferred: Option<Lang>, profile: Option<Direction>) -> Match {
        self.decide(question, "", preferred, profile, Mode { explain: true, second_opinion: true })
    }

    /// The sentences of a message, folded, with everyday words read and the
    /// sentence that asks marked. No word is longer than [`MAX_WORD_BYTES`]; a
    /// longer "word" is noise (a pasted hash, a key mashed down) and is
    /// skipped, which keeps every step after this linear.
    fn prepare(&self, raw: &str, background: &str) -> Prepared {
        let abbreviations = &self.grammar.abbreviations;
        let mut sentences = sentences(raw, abbreviations);
        let own = sentences.len();
        sentences.extend(self::sentences(background, abbreviations).into_iter().map(|(s, _)| (s, false)));
        let mut folded = String::with_capacity(raw.len() + 16);
        let mut sentence_of: Vec<usize> = Vec::with_capacity(raw.len() / 3 + 8);
        let mut asks: Vec<bool> = Vec::with_capacity(sentences.len());
        let mut expansions = Vec::new();
        let mut texts: Vec<String> = Vec::with_capacity(sentences.len());
        let mut plain = String::with_capacity(raw.len() + 16);
        // A sentence that opens with a question word or ends with a question
        // mark ("kann ich" inside "Jetzt kann ich ... machen" tells).
        let mut plainly_asks = false;
        for (si, (text, question_mark)) in sentences.iter().enumerate() {
            let f = fold(text);
            if si < own && !f.is_empty() {
                // A sentence ends at a mark that folds to a space, so the
                // sentences' tokens are those of the whole message.
                if !plain.is_empty() {
                    plain.push(' ');
                }
                plain.push_str(&f);
            }
            let toks = words_of(&f);
            let opens = |t: &&str| self.grammar.openers.iter().any(|o| o == t);
            let plainly = *question_mark || toks.first().is_some_and(opens);
            asks.push(si < own && (plainly || asks_anywhere(&toks, &self.grammar.asking)));
            plainly_asks |= si < own && plainly;
            let start = folded.len();
            let mut i = 0;
            while i < toks.len() {
                let t = toks[i];
                push_token(&mut folded, &mut sentence_of, t, si);
                if let Some((taken, meaning)) = self.meaning_at(&toks, i) {
                    for t in &toks[i + 1..i + taken] {
                        push_token(&mut folded, &mut sentence_of, t, si);
                    }
                    if expansions.len() < 16 {
                        expansions.push(format!("{} -> {meaning}", toks[i..i + taken].join(" ")));
                    }
                    for m in tokens(&meaning) {
                        push_token(&mut folded, &mut sentence_of, m, si);
                    }
                    i += taken;
                } else {
                    i += 1;
                }
            }
            texts.push(folded[start..].trim().to_string());
        }
        // A full stop before a character that folds to a digit ("0.²") ends
        // a sentence but joins the whole message's "0.2": folded again then.
        if raw.as_bytes().windows(2).any(|w| w[0] == b'.' && !w[1].is_ascii()) {
            plain = fold(raw);
        }
        let spoken: Vec<usize> = (0..own).filter(|&i| !texts[i].is_empty()).collect();
        let mut told = false;
        let (focused, question) = if spoken.len() >= 2 || (own < sentences.len() && !spoken.is_empty()) {
            // The sentences that ask; without one, the last sentence (commuters
            // tell their story first and ask at the end).
            let mut asking: Vec<usize> = spoken.iter().copied().filter(|&i| asks[i]).collect();
            told = asking.is_empty();
            self.go_on_bare(&mut asking, &texts, own);
            let chosen = if asking.is_empty() { vec![*spoken.last().unwrap_or(&0)] } else { asking };
            let text = chosen.iter().map(|&i| texts[i].as_str()).collect::<Vec<_>>().join(" / ");
            (Some(chosen), Some(text))
        } else {
            (None, None)
        };
        let focus = match &focused {
            Some(chosen) => sentence_of.iter().map(|s| chosen.contains(s)).collect(),
            None => vec![true; sentence_of.len()],
        };
        let opening = spoken
            .first()
            .filter(|&&i| !plainly_asks && spoken.len() >= 2 && self.thanks.any(&tokens(&texts[i]).collect::<Vec<_>>()))
            .map(|&i| sentences[i].0.to_string());
        Prepared { folded, focus, sentence_of, focused: focused.is_some(), told, question, opening, expansions, plain }
    }

    /// "og hun? hun skal have barsel", "und meine Frau? die arbeitet in
    /// Husum": a short question that only goes on ("og", "und" and at most
    /// two words more) asks together with the sentence after it.
    fn go_on_bare(&self, asking: &mut Vec<usize>, texts: &[String], own: usize) {
        let bare = |i: usize| {
            let mut toks = tokens(&texts[i]);
            let first = toks.next().is_some_and(|t| self.grammar.continuers.iter().any(|c| c == t));
            first && toks.count() <= 2
        };
        let next: Vec<usize> = asking
            .iter()
            .filter(|&&i| bare(i) && i + 1 < own && !texts[i + 1].is_empty() && !asking.contains(&(i + 1)))
            .map(|&i| i + 1)
            .collect();
        asking.extend(next);
        asking.sort_unstable();
    }

    /// An everyday word (or phrase) at token `i`: how many tokens it takes and its meaning.
    fn meaning_at(&self, toks: &[&str], i: usize) -> Option<(usize, String)> {
        if self.vocabulary.is_empty() {
            return None;
        }
        let fits = |words: &Vec<String>, prefix: bool| {
            let n = words.len();
            n <= toks.len() - i
                && words.iter().enumerate().all(|(k, w)| {
                    let t = toks[i + k];
                    t == w || (prefix && k == n - 1 && t.len() > w.len() && t.starts_with(w.as_str()))
                })
        };
        let exact = self.vocabulary.get(toks[i]).into_iter().flatten();
        let first = toks[i].as_bytes().first().map_or(0, |b| usize::from(*b));
        let prefixed = self.vocabulary_prefixed.get(first).into_iter().flatten();
        exact
            .chain(prefixed)
            .filter(|(words, _, prefix)| fits(words, *prefix))
            .max_by_key(|(words, _, _)| words.len())
            .map(|(words, meaning, _)| (words.len(), meaning.clone()))
    }

    /// The situation a message states (where the commuter and a partner live and work).
    pub fn situation(&self, question: &str) -> Situation {
        self.places.situation(&strip_urls(question))
    }

    /// See [`Gazetteer::works_aside`].
    pub fn works_aside(&self, question: &str) -> bool {
        self.places.works_aside(&strip_urls(question))
    }

    /// See [`Gazetteer::job_moved_from`]. `folded`: the message's
    /// [`Match::folded_message`] (`Some` only when no link was stripped: it
    /// is then the fold of the text read).
    pub fn job_moved_from(&self, question: &str, folded: Option<&str>) -> Option<Country> {
        match folded {
            Some(folded) => self.places.job_moved_from_folded(question, folded),
            None => self.places.job_moved_from(&strip_urls(question)),
        }
    }

    /// See [`Gazetteer::countries_of_places`].
    pub fn countries_of_places(&self, question: &str) -> Vec<Country> {
        self.places.countries_of_places(&strip_urls(question))
    }

    /// See [`Gazetteer::countries_named_by_name`].
    pub fn countries_named_by_name(&self, question: &str) -> Vec<Country> {
        self.places.countries_named_by_name(&strip_urls(question))
    }

    /// A folded word that only tells a situation (see [`Gazetteer::tells_situation`]).
    pub fn tells_situation(&self, word: &str) -> bool {
        self.places.tells_situation(word)
    }

    /// The countries a message names as its subject (see [`Gazetteer::countries_named`]).
    pub fn countries_named(&self, question: &str) -> Vec<Country> {
        self.places.countries_named(&strip_urls(question))
    }

    /// Another border named, or an order the bot never carries out. A story
    /// that `tells` a Danish-German situation may name another country in its
    /// background (a holiday in Sweden): only the question's words count then.
    fn outside(&self, toks: &[&str], folded: &str, focus: &[bool], tells: bool) -> bool {
        self.scope.outside(toks, folded, |i| !tells || focus.get(i).copied().unwrap_or(true))
    }

    /// The steps from a message to a verdict: prepare the text, find the
    /// rules' words, weigh question and background, hand evidence to the
    /// situation's side, rank, decide, and put a close call to the second opinion.
    fn decide(
        &self,
        question: &str,
        background: &str,
        preferred: Option<Lang>,
        profile: Option<Direction>,
        mode: Mode,
    ) -> Match {
        let stripped = strip_urls(question);
        let mut prepared = self.prepare(&stripped, background);
        let folded = std::mem::take(&mut prepared.folded);
        let mut toks: Vec<&str> = Vec::with_capacity(folded.len() / 4 + 4);
        toks.extend(tokens(&folded));
        let mut lang_votes = self.lang_words.votes(question, &toks);
        // Function words and spelling alone: a single "email?" or "A1" says
        // nothing about the language, so the conversation keeps its own.
        let lang_sure = lang_lead(&lang_votes) >= 1.0;
        let (situation, one_side) = self.places.read_folded(&stripped, &prepared.plain);
        // `plain` is `fold(&stripped)` (see `prepare`); with no link stripped, the message's fold.
        let folded_message = (stripped == question).then(|| std::mem::take(&mut prepared.plain));

        if !has_words(&folded) {
            let lang = self.lang_words.pick(&lang_votes, preferred);
            return Match::fallback(lang, folded, situation, folded_message);
        }

        let mut marks = self.word_marks(&toks);
        let mut ev = self.phrase_evidence(&toks, &mut marks, (&prepared.focus, &prepared.sentence_of), &mut lang_votes);
        self.pattern_evidence(&folded, &prepared, &mut ev);

        let lang = self.lang_words.pick(&lang_votes, preferred);
        let text_direction = situation.direction();
        let direction = text_direction.or(profile);
        // Another border, or no border at all ("bor i Aarhus, arbejder i Viborg").
        let outside = self.outside(&toks, &folded, &prepared.focus, text_direction.is_some()) || one_side;

        let (any_topic, question_has_topic) = self.weigh_background(&mut ev, !background.is_empty());
        if let Some(have) = direction {
            self.hand_to_other_side(have, &mut ev);
        }
        let no_small_talk = any_topic || self.asks_beyond_small_talk(&stripped, &ev);
        let scored = self.ranked(&mut ev, direction, outside, no_small_talk);
        let cands = self.candidates(&scored, &ev, mode.explain);
        let best = cands.first().map(|c| c.score).unwrap_or(0.0);
        let closing = self.closing(&prepared, &ev).or_else(|| self.opening(&prepared, preferred));
        let (decision, entry, options) = match closing {
            Some(i) => (Decision::Answer, Some(self.entry_ids[i].clone()), vec![]),
            None => verdict(&scored, &cands, &ev.strong_focus, prepared.focused, question_has_topic, &self.smalltalk),
        };
        let (decision, entry, options) =
            self.story_topic_by_pronoun((decision, entry, options), &prepared, &ev, &scored, outside);
        let (decision, entry, options, second_opinion) = match decision {
            Decision::Choices if mode.second_opinion && !outside => {
                self.settled_by_second_opinion((decision, entry, options), &prepared, &stripped, &ev, &scored)
            }
            _ => (decision, entry, options, None),
        };
        let (decision, entry, options) =
            self.side_named((decision, entry, options), text_direction, profile, &stripped);
        Match {
            lang,
            lang_sure,
            decision,
            entry,
            options,
            score: (best * 1000.0).round() / 1000.0,
            normalized: folded,
            direction: text_direction,
            situation,
            outside,
            question: prepared.question,
            expansions: prepared.expansions,
            candidates: cands,
            second_opinion,
            closing: closing.is_some(),
            folded_message,
        }
    }

    /// "Jeg har en dansk firmabil. Må jeg køre den i Tyskland?": the one
    /// topic the story named by a keyword, asked about by a pronoun, is answered rather than offered.
    fn story_topic_by_pronoun(
        &self,
        verdict: (Decision, Option<EntryId>, Vec<EntryId>),
        prepared: &Prepared,
        ev: &Evidence,
        scored: &[(usize, f64)],
        outside: bool,
    ) -> (Decision, Option<EntryId>, Vec<EntryId>) {
        match (verdict.0, verdict.2.as_slice()) {
            (Decision::Choices, [only])
                if prepared.focused
                    && !ev.strong_focus.iter().any(|&f| f)
                    && !outside
                    && scored.first().is_some_and(|&(i, _)| ev.strong[i] && self.entry_ids[i] == *only)
                    && prepared
                        .question
                        .as_deref()
                        .is_some_and(|q| self.refers.any(&tokens(q).collect::<Vec<_>>())) =>
            {
                (Decision::Answer, Some(only.clone()), vec![])
            }
            _ => verdict,
        }
    }

    /// "hvor mange feriedage har man i Danmark?" from someone working in
    /// Germany, "ich bin in Deutschland krankgeschrieben" from someone working
    /// in Denmark: the answer for the commuter's side is about one country's
    /// rules (`country_rules`) and the message names only the other country.
    /// Whether it asks that country's rules or tells where something happens,
    /// only the commuter can say: both are offered (the dialogue puts the
    /// commuter's side first). Only against a situation told before (a message that tells its own is
    /// read as told).
    fn country_against_side(
        &self,
        verdict: (Decision, Option<EntryId>, Vec<EntryId>),
        text: &str,
    ) -> (Decision, Option<EntryId>, Vec<EntryId>) {
        let (Decision::Answer, Some(id)) = (verdict.0, verdict.1.as_ref()) else { return verdict };
        let Some(i) = self.entry_ids.iter().position(|e| e == id) else { return verdict };
        let (Some(rules), Some(j)) = (self.country_rules[i], self.other_side[i]) else { return verdict };
        match (self.places.countries_named_by_name(text).as_slice(), self.country_rules[j]) {
            ([named], Some(other)) if *named != rules && *named == other => {
                (Decision::Choices, None, vec![self.entry_ids[j].clone(), id.clone()])
            }
            _ => verdict,
        }
    }

    /// A country or place the message names, against the commuter's side
    /// told before, or deciding between one question's two countries' entries.
    fn side_named(
        &self,
        verdict: (Decision, Option<EntryId>, Vec<EntryId>),
        text_direction: Option<Direction>,
        profile: Option<Direction>,
        text: &str,
    ) -> (Decision, Option<EntryId>, Vec<EntryId>) {
        match (text_direction, profile) {
            (None, Some(_)) => self.country_against_side(verdict, text),
            (None, None) => self.side_of_place_named(verdict, text),
            _ => verdict,
        }
    }

    /// "wie viele Urlaubstage habe ich in Flensburg?": the choices are one
    /// question's two countries' entries (`other_side`, each of its country's
    /// rules) and the message names places of one country only, without
    /// saying what they are to the commuter: that country's entry.
    fn side_of_place_named(
        &self,
        verdict: (Decision, Option<EntryId>, Vec<EntryId>),
        text: &str,
    ) -> (Decision, Option<EntryId>, Vec<EntryId>) {
        let (Decision::Choices, [a, b]) = (verdict.0, verdict.2.as_slice()) else { return verdict };
        let index = |id: &EntryId| self.entry_ids.iter().position(|e| e == id);
        let (Some(i), Some(j)) = (index(a), index(b)) else { return verdict };
        if self.other_side[i] != Some(j) || self.country_rules[i].is_none() || self.country_rules[j].is_none() {
            return verdict;
        }
        match self.places.countries_of_places_named(text).as_slice() {
            [c] if self.country_rules[i] == Some(*c) => (Decision::Answer, Some(a.clone()), vec![]),
            [c] if self.country_rules[j] == Some(*c) => (Decision::Answer, Some(b.clone()), vec![]),
            _ => verdict,
        }
    }

    /// Choices the second opinion may settle (not when the two best are named apart): its answer, and its opinion.
    fn settled_by_second_opinion(
        &self,
        (decision, entry, options): (Decision, Option<EntryId>, Vec<EntryId>),
        prepared: &Prepared,
        stripped: &str,
        ev: &Evidence,
        scored: &[(usize, f64)],
    ) -> (Decision, Option<EntryId>, Vec<EntryId>, Option<SecondOpinion>) {
        // In a story, only the sentence that asks: the background names
        // other topics ("we already get Elterngeld. Short-time work is
        // coming: what do I get?"). Context words alone never answer, here neither.
        if self.named_apart(&ev.asked, &ev.hits, scored) {
            return (decision, entry, options, None);
        }
        let asked = prepared.question.as_deref().unwrap_or(stripped);
        match self.second_opinion_among(asked, scored, ev, &options) {
            (Some(id), opinion) => (Decision::Answer, Some(id), vec![], opinion),
            (None, opinion) => (decision, entry, options, opinion),
        }
    }

    /// Adds the background's points to the question's: in full when the
    /// question names no topic of its own ("Min arbejdsgiver har opsagt mig.
    /// Hvad gør jeg nu?" leaves the topic to the background), else weighed
    /// less. In a message's own story only a keyword or pattern names a
    /// topic: a context word ("penge", "jobbet") leaves it to the story's
    /// keywords. Read `in_context` of the last answer's title, a context word
    /// of the message names its topic against that title.
    /// Returns (any topic named at all, the question names one).
    fn weigh_background(&self, ev: &mut Evidence, in_context: bool) -> (bool, bool) {
        let n = self.entry_ids.len();
        let any_topic = (0..n).any(|i| ev.strong[i] && !self.smalltalk[i]);
        let named = |i: usize| ev.strong_focus[i] || (in_context && ev.named_in_question[i]);
        let question_has_topic = (0..n).any(|i| named(i) && !self.smalltalk[i]);
        let bg = if question_has_topic { BACKGROUND_WEIGHT } else { 1.0 };
        for i in 0..n {
            ev.raw[i] += bg * ev.raw_bg[i];
            ev.context[i] += bg * ev.context_bg[i];
        }
        (any_topic, question_has_topic)
    }

    /// The ranked entries as candidates, each with what fired for it when `explain`.
    fn candidates(&self, scored: &[(usize, f64)], ev: &Evidence, explain: bool) -> Vec<Candidate> {
        scored
            .iter()
            .map(|&(i, r)| Candidate {
                entry: self.entry_ids[i].clone(),
                raw: r,
                score: 1.0 - (-r).exp(),
                in_question: ev.strong_focus[i],
                hits: if explain {
                    ev.hits.iter().filter(|(e, _)| *e == i).map(|(_, h)| self.describe(*h)).collect()
                } else {
                    Vec::new()
                },
            })
            .collect()
    }

    /// The second opinion on the choices a keyword named strongly.
    fn second_opinion_among(
        &self,
        question: &str,
        scored: &[(usize, f64)],
        ev: &Evidence,
        options: &[EntryId],
    ) -> (Option<EntryId>, Option<SecondOpinion>) {
        let strong_options: Vec<&EntryId> = scored
            .iter()
            .filter(|&&(i, _)| ev.strong[i])
            .map(|&(i, _)| &self.entry_ids[i])
            .filter(|id| options.contains(id))
            .collect();
        self.second_opinion(question, &strong_options)
    }

    /// "Alles klar, dann melde ich mich nächste Woche wieder, wenn ich den
    /// Brief von der Familienkasse habe. Bis dann!": a story that asks
    /// nothing and whose last sentence is small talk only (a greeting,
    /// thanks, goodbye) is that small talk; the topics it told are no
    /// question. The small-talk entry with the most evidence in that sentence.
    fn closing(&self, prepared: &Prepared, ev: &Evidence) -> Option<usize> {
        // Context words in it are no topic ("god weekend").
        let n = self.entry_ids.len();
        if !prepared.told || (0..n).any(|i| ev.strong_focus[i] && !self.smalltalk[i]) {
            return None;
        }
        (0..n)
            // A `not` word in the story is no question (none asks); in the
            // last sentence itself it still counts ("hav en god dag" is no "goddag").
            .filter(|&i| self.smalltalk[i] && ev.strong_focus[i] && !ev.notted_focus[i])
            .max_by(|&a, &b| ev.raw[a].total_cmp(&ev.raw[b]).then_with(|| self.entry_ids[b].cmp(&self.entry_ids[a])))
    }

    /// "Mange tak for svaret. Nu ved jeg, hvad jeg skal sige til min
    /// arbejdsgiver om skattekortet.": a story that plainly asks nothing and opens
    /// with thanks is thanks; what it tells next is no question. The
    /// small-talk entry its first sentence alone answers.
    fn opening(&self, prepared: &Prepared, preferred: Option<Lang>) -> Option<usize> {
        let first = prepared.opening.as_deref()?;
        let m = self.decide(first, "", preferred, None, Mode::SERVE);
        let id = m.entry.filter(|_| m.decision == Decision::Answer)?;
        let i = self.entry_ids.iter().position(|e| *e == id)?;
        self.smalltalk[i].then_some(i)
    }

    /// Word-level hits: which word of which phrase was found at which token,
    /// by stem (one Aho-Corasick pass) and, for longer words nothing matched,
    /// with one typo.
    fn word_marks(&self, toks: &[&str]) -> Vec<Mark> {
        self.word_marks_with(toks, false)
    }

    /// [`Matcher::word_marks`]; `eager`: every hit at a word's start looks
    /// up the word's stems (off only to test that it changes nothing).
    fn word_marks_with(&self, toks: &[&str], eager: bool) -> Vec<Mark> {
        let mut marks: Vec<Mark> = Vec::with_capacity(256);
        // Each word's own stems, so a short stem may take any ending the
        // stemmer would cut ("uddan" finds "uddannelse", "tysk" not "tyskland").
        // Computed when first needed: many words (short ones, words no stem
        // starts) never need them.
        let mut tok_stems: Vec<Option<Cow<[String]>>> = vec![None; toks.len()];
        let mut covered = self.stem_marks(toks, eager, &mut tok_stems, &mut marks);
        self.participle_marks(toks, &mut covered, &mut marks);
        self.typo_marks(toks, &covered, &mut tok_stems, &mut marks);
        marks
    }

    /// The marks of past participles read as their verb ("gelöscht" as
    /// "lösch", "angemeldet" as "anmeld"; `grammar.participle_*` in
    /// languages.toml): one more stem pass over those words alone, adding
    /// the phrases the participle as written did not find.
    fn participle_marks(&self, toks: &[&str], covered: &mut [bool], marks: &mut Vec<Mark>) {
        let roots: Vec<Option<String>> = toks.iter().map(|t| self.participle_root(t)).collect();
        if roots.iter().all(Option::is_none) {
            return;
        }
        // Every other word is a mark no stem matches: the new marks are the participles' alone.
        let alt: Vec<&str> = roots.iter().map(|r| r.as_deref().unwrap_or("#")).collect();
        let mut alt_stems: Vec<Option<Cow<[String]>>> = vec![None; alt.len()];
        let mut found = Vec::new();
        let alt_covered = self.stem_marks(&alt, false, &mut alt_stems, &mut found);
        // An entry whose words found the participle as written ("arbeitslos
        // gemeldet") is not found twice by it ("arbeitslos melden").
        let entry_at = |m: &Mark| (self.phrases[m.phrase() as usize].entry, m.tok());
        let had: HashSet<(usize, u32)> = marks.iter().map(entry_at).collect();
        // The rule word is the verb itself, of a language with such
        // participles: "kündigt" is neither the Danish "kunder" nor "Kunden".
        let the_verb = |m: &Mark| {
            let p = &self.phrases[m.phrase() as usize];
            let root = roots[m.tok() as usize].as_deref().unwrap_or_default();
            // A phrase's words written together (`JOINED`) are no verb of one word.
            let Some(stem) = p.stems.get(usize::from(m.word())) else { return false };
            let own = self.stemmers.get(p.lang).is_some_and(|st| &crate::text::stem(st, root) == stem);
            self.participle_langs.contains(&p.lang) && (stem == root || own)
        };
        marks.extend(
            found
                .into_iter()
                .filter(|m| roots[m.tok() as usize].is_some() && the_verb(m) && !had.contains(&entry_at(m))),
        );
        for (c, a) in covered.iter_mut().zip(alt_covered) {
            *c |= a;
        }
    }

    /// The verb of a past participle ("gelöscht" -> "losch", "angemeldet" ->
    /// "anmeld"): a root of four letters or more.
    fn participle_root(&self, tok: &str) -> Option<String> {
        let g = &self.grammar;
        // Most words hold no mark at all: they cost one search each.
        if tok.len() < PARTICIPLE_ROOT + 2 || !g.participle_marks.iter().any(|m| tok.contains(m.as_str())) {
            return None;
        }
        let prefixes = std::iter::once("").chain(g.participle_prefixes.iter().map(String::as_str));
        for prefix in prefixes {
            let Some(after) = tok.strip_prefix(prefix) else { continue };
            for mark in &g.participle_marks {
                let Some(rest) = after.strip_prefix(mark.as_str()) else { continue };
                for ending in &g.participle_endings {
                    match rest.strip_suffix(ending.as_str()) {
                        Some(root) if root.len() >= PARTICIPLE_ROOT && root.is_ascii() => {
                            return Some(format!("{prefix}{root}"))
                        }
                        _ => {}
                    }
                }
            }
        }
        None
    }

    /// The marks of the rules' stems found in the words (one overlapping
    /// Aho-Corasick pass); returns which words a stem recognised.
    fn stem_marks<'a>(
        &'a self,
        toks: &[&str],
        eager: bool,
        tok_stems: &mut [Option<Cow<'a, [String]>>],
        marks: &mut Vec<Mark>,
    ) -> Vec<bool> {
        let mut covered = vec![false; toks.len()];
        let Some(ac) = &self.ac else { return covered };
        let (spaceless, tok_of, starts, ends, tok_end) = spaceless(toks);
        for m in ac.find_overlapping_iter(spaceless.as_bytes()) {
            let (start, end) = (m.start(), m.end());
            let len = self.patterns[m.pattern().as_usize()].0;
            // The word starts with this stem and the stem is the word's own
            // (an inflection of it).
            // A stem of one or two letters only as the whole word: the
            // Danish stem of "der" is "d", which is no "D-Arzt".
            // Where it stands settles most hits; the word's stems are
            // looked up only when they still decide something: whether
            // the hit counts, or whether a hit that ends inside the word
            // covers it (below).
            let valid = valid_hit(
                &spaceless,
                &tok_of,
                &starts,
                (&ends, &tok_end),
                (start, end, len),
                &self.grammar.short_endings,
            );
            let own_stem = (eager || !valid || !ends[end]) && starts[start] && (end - start >= 3 || ends[end]) && {
                let tok = tok_of[start];
                let found = &spaceless.as_bytes()[start..end];
                let cached = tok_stems[tok].get_or_insert_with(|| self.stems(toks[tok]));
                cached.iter().any(|st| st.as_bytes() == found)
            };
            let strict = own_stem || valid;
            // `not` words rule an entry out wherever they stand, even mid-compound
            // ("besteuer" in "Rentenbesteuerung"): erring there only costs a choice.
            let loose = strict || (len >= 6 && tok_of[end - 1] == tok_of[start]);
            if !loose {
                continue;
            }
            let tok = tok_of[start];
            // A word counts as recognised (no typo reading needed) when a
            // stem is the word itself or its stem (`own_stem` is only
            // false-for-unknown where `ends[end]` settles this).
            if strict && starts[start] && (own_stem || ends[end]) {
                covered[tok] = true;
            }
            for slot in &self.patterns[m.pattern().as_usize()].1 {
                if strict || slot.not {
                    marks.push(Mark::new(*slot, tok, false));
                }
            }
        }
        covered
    }

    /// The marks of rule words read with one typo in longer words nothing
    /// matched; a filler word ("eigentlich") is a word of its own, never a
    /// mistyped "eigene".
    fn typo_marks<'a>(
        &'a self,
        toks: &[&str],
        covered: &[bool],
        tok_stems: &mut [Option<Cow<'a, [String]>>],
        marks: &mut Vec<Mark>,
    ) {
        let mut seen_patterns: Vec<u32> = Vec::new();
        for (ti, t) in toks.iter().enumerate() {
            if covered[ti] || t.len() < 7 || !t.bytes().all(|c| c.is_ascii_alphabetic()) || self.fillers.contains(*t) {
                continue;
            }
            seen_patterns.clear();
            let stems = tok_stems[ti].get_or_insert_with(|| self.stems(t));
            for s in stems.iter() {
                self.one_typo_patterns(s.as_bytes(), &mut seen_patterns);
            }
            if seen_patterns.is_empty() && t.len() > TWO_TYPO_STEM {
                self.two_typo_patterns(stems, &mut seen_patterns);
            }
            seen_patterns.sort_unstable();
            seen_patterns.dedup();
            for &p in &seen_patterns {
                for slot in &self.patterns[p as usize].1 {
                    marks.push(Mark::new(*slot, ti, true));
                }
            }
        }
    }

    /// The long stems two typos away from one of `stems` ("befodringsfradrg"):
    /// same first letter, at most two letters longer or shorter. Two edits
    /// add at most two letters the other stem lacks, and take at most two
    /// away: a test of the letters' bits before the edits are counted.
    fn two_typo_patterns(&self, stems: &[String], seen: &mut Vec<u32>) {
        for s in stems.iter().filter(|s| s.len() >= TWO_TYPO_STEM) {
            let Some(first) = s.as_bytes().first() else { continue };
            // Bytes are letters only in an ASCII stem (the long stems are).
            let bits = s.is_ascii().then(|| letter_bits(s.as_bytes()));
            let few_apart =
                |b: u64| bits.is_none_or(|bits| (bits & !b).count_ones() <= 2 && (b & !bits).count_ones() <= 2);
            let from = self.long_stems.partition_point(|(l, ..)| l.as_bytes()[0] < *first);
            for (l, p, b) in self.long_stems[from..].iter().take_while(|(l, ..)| l.as_bytes()[0] == *first) {
                if l.len().abs_diff(s.len()) <= 2 && few_apart(*b) && super::places::edits_at_most(l, s, 2) {
                    seen.push(*p);
                }
            }
        }
    }

    /// The patterns one typo away from stem `b` (ASCII), added to `seen`.
    fn one_typo_patterns(&self, b: &[u8], seen: &mut Vec<u32>) {
        // One typo: the stem itself, or the rule's stem with a letter left
        // out anywhere (a letter missing here); this stem with a letter left
        // out equal to the rule's stem (one too many), or to the rule's stem
        // without the letter at the same place (one swapped for another) or
        // beside it (two swapped). Stemmers cut a mistyped word's ending
        // differently ("oplysningskemaet"): the last letter of either stem
        // may differ besides the typo.
        let whole = variant_hash(b, b"");
        self.fuzzy_lookup(tagged(whole, WHOLE), seen);
        self.fuzzy_lookup(tagged(whole, ANYWHERE), seen);
        for skip in 0..b.len() {
            let h = variant_hash(&b[..skip], &b[skip + 1..]);
            self.fuzzy_lookup(tagged(h, WHOLE), seen);
            for near in skip.saturating_sub(1)..=skip + 1 {
                self.fuzzy_lookup(tagged(h, at(near)), seen);
            }
            self.fuzzy_lookup(tagged(h, LAST), seen);
            if skip + 1 == b.len() {
                self.fuzzy_lookup(tagged(h, ANYWHERE), seen);
            }
        }
    }

    /// What the rules' phrases found say for each entry: keyword and
    /// context points from the sentence that asks and from the background,
    /// `not` words, and the language votes of one-language phrases.
    fn phrase_evidence(
        &self,
        toks: &[&str],
        marks: &mut [Mark],
        (focus, sentence_of): (&[bool], &[usize]),
        lang_votes: &mut [f64],
    ) -> Evidence {
        let mut ev = Evidence::new(self.entry_ids.len());
        let negated = self.negated_words(toks);
        for (pi, fuzzy, in_focus, negated) in self.complete_longest_first(marks, (focus, sentence_of), &negated) {
            let p = &self.phrases[pi as usize];
            // A `not` word said with a negation ("wir ziehen nicht um") rules nothing out.
            if self.adds_nothing(p, &ev.counted) || (p.kind == Kind::Not && negated) {
                continue;
            }
            self.count_phrase(&mut ev, pi, (fuzzy, in_focus), lang_votes);
        }
        ev
    }

    /// Which words are said with a negation next to them ("wir ziehen nicht
    /// um", "vi flytter ikke"): one before it or one of the two after it.
    fn negated_words(&self, toks: &[&str]) -> Vec<bool> {
        // Each token looked up once.
        let negation: Vec<bool> = toks.iter().map(|t| self.grammar.negations.iter().any(|n| n == t)).collect();
        (0..toks.len())
            .map(|i| {
                let neg = |j: Option<usize>| j.and_then(|j| negation.get(j)).is_some_and(|n| *n);
                neg(i.checked_sub(1)) || neg(Some(i + 1)) || neg(Some(i + 2))
            })
            .collect()
    }

    /// The complete phrases as (phrase, fuzzy, in focus, negated), longest
    /// first, so a phrase inside a longer one of the same entry ("menneske"
    /// in "et menneske") is not counted twice.
    fn complete_longest_first(
        &self,
        marks: &mut [Mark],
        (focus, sentence_of): (&[bool], &[usize]),
        negated: &[bool],
    ) -> Vec<(u32, bool, bool, bool)> {
        // A phrase of fewer than two words that are no filler ("wie frage
        // ich") stands within one sentence: "Der Chef fragt ... Wie komme
        // ich ...?" is no question about asking the bot.
        let sentence = |t: u32| sentence_of.get(t as usize).copied();
        let mut complete = complete_phrases(
            marks,
            &self.phrase_need,
            |p| (self.phrases[p as usize].words, self.phrases[p as usize].tight),
            |t| focus.get(t as usize).copied().unwrap_or(true),
            |t| negated.get(t as usize).copied().unwrap_or(false),
            |p, a, b| self.phrase_content[p as usize] >= 2 || sentence(a) == sentence(b),
        );
        // Each phrase stands once (the key ends with it): computing the key
        // once per phrase gives the same order.
        complete.sort_by_cached_key(|(pi, _, _, _)| {
            let p = &self.phrases[*pi as usize];
            (std::cmp::Reverse(p.words), std::cmp::Reverse(p.stems.iter().map(String::len).sum::<usize>()), *pi)
        });
        complete
    }

    /// Whether phrase `p` adds nothing to the phrases of its entry already
    /// `counted` (as (entry, phrase)): it is inside a longer one, or a
    /// context word inside a keyword.
    fn adds_nothing(&self, p: &Phrase, counted: &[(usize, u32)]) -> bool {
        let same_entry = || counted.iter().filter(|(e, _)| *e == p.entry).map(|(_, c)| &self.phrases[*c as usize]);
        // A phrase inside a longer one of the same entry and kind, also inside
        // its words ("pendler" in "grænsependler"), is no extra evidence.
        let inside_longer = same_entry().any(|q| {
            q.kind == p.kind
                && (p.stem_ids.iter().all(|s| q.stem_ids.contains(s))
                    || (p.kind == Kind::Context
                        && p.stems.iter().all(|s| q.stems.iter().any(|k| k.len() > s.len() && k.contains(s.as_str())))))
        });
        // A context word that is only part of a counted keyword ("skat" in
        // "skattekort") is no extra evidence.
        let part_of_keyword = p.kind == Kind::Context
            && p.stems.iter().all(|s| {
                same_entry().any(|q| q.kind == Kind::Keyword && q.stems.iter().any(|k| k.starts_with(s.as_str())))
            });
        inside_longer || part_of_keyword
    }

    /// Counts complete phrase `pi` for its entry: keyword or context points
    /// (in the question or the background), a `not`, and its language vote.
    fn count_phrase(&self, ev: &mut Evidence, pi: u32, (fuzzy, in_focus): (bool, bool), lang_votes: &mut [f64]) {
        let p = &self.phrases[pi as usize];
        let Evidence {
            raw,
            context,
            raw_bg,
            context_bg,
            notted,
            notted_focus,
            strong,
            strong_focus,
            named_in_question,
            counted,
            asked,
            hits,
        } = ev;
        counted.push((p.entry, pi));
        if in_focus && p.kind == Kind::Keyword {
            asked.push((p.entry, pi));
        }
        named_in_question[p.entry] |= in_focus && p.kind != Kind::Not;
        let factor = if fuzzy { FUZZY_FACTOR } else { 1.0 };
        let (raw, context) = if in_focus { (raw, context) } else { (raw_bg, context_bg) };
        hits.push((p.entry, Hit::Phrase { phrase: pi, fuzzy }));
        match p.kind {
            Kind::Keyword => {
                let specific = EXTRA_WORD_WEIGHT * f64::from(p.words.saturating_sub(1).min(4));
                raw[p.entry] += (KEYWORD_WEIGHT + specific) * factor;
                strong[p.entry] = true;
                strong_focus[p.entry] |= in_focus;
                if !p.both_langs {
                    self.lang_words.vote(lang_votes, p.lang, 0.5);
                }
            }
            Kind::Context => {
                context[p.entry] += CONTEXT_WEIGHT * factor;
                if !p.both_langs {
                    self.lang_words.vote(lang_votes, p.lang, 0.25);
                }
            }
            Kind::Not => {
                notted[p.entry] = true;
                notted_focus[p.entry] |= in_focus;
            }
        }
    }

    /// The advisors' patterns: each runs only when one of its literals is in
    /// the text; in a story, where it matched decides question or background.
    fn pattern_evidence(&self, folded: &str, prepared: &Prepared, ev: &mut Evidence) {
        let focus = &prepared.focus;
        let Evidence { raw, raw_bg, strong, strong_focus, hits, .. } = ev;
        // Filler words ("egentlig", "eigentlich") left out; `kept` maps a
        // word of the text read back to its place in the message.
        let unfilled = self.without_fillers(folded);
        let (folded, kept) = match &unfilled {
            Some((text, kept)) => (text.as_str(), Some(kept.as_slice())),
            None => (folded, None),
        };
        let place = |t: usize| kept.map_or(t, |k| k.get(t).copied().unwrap_or(t));
        for (i, from) in self.gated(folded) {
            let pattern = &self.regexes[i as usize];
            let Some(regex) = pattern.regex.get_or_init(|| pattern.tree.as_ref().and_then(search_regex_of)) else {
                continue;
            };
            // No match starts before `from` (its first gate literal): the
            // search starts there, the text before it still read for `\b`.
            let input = regex_automata::Input::new(folded.as_bytes()).range(from..);
            // Where it matched matters only in a message of several sentences.
            let found = if prepared.focused {
                regex.find(input).map(|f| (f.start(), f.end()))
            } else {
                regex.is_match(input).then_some((0, 0))
            };
            if let Some((start, end)) = found {
                // In the question when any word it spans is.
                let bytes = folded.as_bytes();
                let first = bytes[..start].iter().filter(|&&b| b == b' ').count();
                let last = place(first + bytes[start..end].iter().filter(|&&b| b == b' ').count());
                let first = place(first);
                let in_focus = (first..=last).any(|t| focus.get(t).copied().unwrap_or(true));
                if in_focus {
                    raw[pattern.entry] += KEYWORD_WEIGHT;
                } else {
                    raw_bg[pattern.entry] += KEYWORD_WEIGHT;
                }
                strong[pattern.entry] = true;
                strong_focus[pattern.entry] |= in_focus;
                hits.push((pattern.entry, Hit::Pattern(i)));
            }
        }
    }

    /// `folded` without its filler words, and for each word left its place
    /// in `folded`; `None` when it has none (most questions).
    fn without_fillers(&self, folded: &str) -> Option<(String, Vec<usize>)> {
        if self.fillers.is_empty() || !folded.split(' ').any(|t| self.fillers.contains(t)) {
            return None;
        }
        let mut text = String::with_capacity(folded.len());
        let mut kept = Vec::new();
        for (i, t) in folded.split(' ').enumerate() {
            if self.fillers.contains(t) {
                continue;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(t);
            kept.push(i);
        }
        Some((text, kept))
    }

    /// The patterns that may match `folded`, in order: those whose gate
    /// literals are in it and those without any; each with the first byte
    /// a match of it may start at (where its first prefix literal stands,
    /// else 0).
    fn gated(&self, folded: &str) -> Vec<(u32, usize)> {
        let mut run: Vec<(u32, usize)> = Vec::with_capacity(self.always.len() + 32);
        run.extend(self.always.iter().map(|&i| (i, 0)));
        if let Some(gate) = &self.gate {
            for m in gate.find_overlapping_iter(folded.as_bytes()) {
                let owners = &self.gate_owner[m.pattern().as_usize()];
                run.extend(owners.iter().map(|&(i, prefix)| (i, if prefix { m.start() } else { 0 })));
            }
        }
        // By pattern, the earliest start first: that one is kept.
        run.sort_unstable();
        run.dedup_by_key(|&mut (i, _)| i);
        run
    }

    /// "skattekort?" from someone living in Denmark and working in
    /// Germany: the words name the Danish side's entry, the situation the
    /// other; the other side's entry of the same question takes the evidence.
    /// Only the entry the words alone would answer hands its evidence on ...
    fn hand_to_other_side(&self, have: Direction, ev: &mut Evidence) {
        let n = self.entry_ids.len();
        let Evidence { raw, context, notted, strong, strong_focus, hits, .. } = ev;
        let total: Vec<f64> =
            (0..n).map(|i| if notted[i] { 0.0 } else { raw[i] + context[i].min(CONTEXT_CAP) }).collect();
        let top = (0..n).filter(|&i| !self.smalltalk[i]).map(|i| total[i]).fold(0.0, f64::max);
        // ... and clearly: by half a keyword over every other entry.
        let alone_on_top = (0..n).filter(|&i| !self.smalltalk[i] && total[i] > top - 0.5).count() == 1;
        for i in 0..n {
            let Some(j) = self.other_side[i] else { continue };
            // The other side's entry: of that direction, or of no direction and
            // the rules of the country worked in (Elterngeld for Denmark-to-Germany).
            let fits = self.directions[j] == Some(have)
                || (self.directions[j].is_none() && self.country_rules[j] == Some(have.works_in()));
            if self.directions[i] == Some(have) || !fits || notted[j] || !strong[i] || total[i] < top || !alone_on_top {
                continue;
            }
            if total[i] > total[j] {
                raw[j] = raw[i];
                context[j] = context[i];
                strong[j] |= strong[i];
                strong_focus[j] |= strong_focus[i];
                hits.push((j, Hit::OtherSide(i as u32)));
            }
        }
    }

    /// "hallo ich wohn in flenburg und arbeite in padborg, auf mein
    /// lohnzettel sind 38% abzug, ist das normal?": a long message that asks
    /// something and touches a topic enough to offer it (two context words,
    /// no keyword needed) is more than the greeting it opens with; a greeting
    /// back would answer nothing.
    fn asks_beyond_small_talk(&self, message: &str, ev: &Evidence) -> bool {
        message.contains('?')
            && message.split_whitespace().count() >= SMALL_TALK_MAX_WORDS
            && (0..self.entry_ids.len()).any(|i| {
                !self.smalltalk[i]
                    && !ev.notted[i]
                    && ev.raw[i] + ev.context[i].min(CONTEXT_CAP) >= SMALL_TALK_TOPIC_RAW
            })
    }

    /// The entries with any evidence, situation and scope applied, best first
    /// (at most eight), as (entry, raw score).
    fn ranked(
        &self,
        ev: &mut Evidence,
        direction: Option<Direction>,
        outside: bool,
        no_small_talk: bool,
    ) -> Vec<(usize, f64)> {
        let n = self.entry_ids.len();
        let Evidence { raw, context, notted, strong, hits, .. } = ev;
        // (entry, raw score), then the best turned into candidates.
        let mut scored: Vec<(usize, f64)> = Vec::with_capacity(32);
        for i in 0..n {
            let mut r = raw[i] + context[i].min(CONTEXT_CAP);
            if r <= 0.0 {
                continue;
            }
            if self.smalltalk[i] && no_small_talk {
                continue;
            }
            if let (Some(want), Some(have)) = (self.directions[i], direction) {
                if want == have {
                    if strong[i] {
                        r += DIRECTION_BONUS;
                        hits.push((i, Hit::Fits(have)));
                    }
                } else {
                    r *= DIRECTION_CONFLICT_FACTOR;
                    hits.push((i, Hit::Contradicts { have, want }));
                }
            }
            if notted[i] {
                r *= NOT_FACTOR;
            }
            if outside && !self.smalltalk[i] && !self.abroad[i] {
                // Never a confident answer, however many keywords fired.
                r = (r * OUTSIDE_FACTOR).min(OUTSIDE_CAP);
                hits.push((i, Hit::Outside));
            }
            // Context words alone never make a confident answer.
            if !strong[i] {
                r = r.min(CONTEXT_CAP);
            }
            scored.push((i, r));
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| self.entry_ids[a.0].cmp(&self.entry_ids[b.0])));
        scored.truncate(8);
        scored
    }
    /// Whether the two best entries are each named by words of their own in
    /// the sentence that asks (`asked`: its keywords) ("sygedagpenge og
    /// skattekort"): the commuter asked about two things,
    /// and only the commuter can say which first. Entries found by the same
    /// words ("feriepenge" for two holiday entries) are one question read two
    /// ways, which the second opinion may settle.
    fn named_apart(&self, counted: &[(usize, u32)], hits: &[(usize, Hit)], scored: &[(usize, f64)]) -> bool {
        let [(a, _), (b, _), ..] = scored else { return false };
        let keywords = |e: usize| {
            counted
                .iter()
                .filter(move |(x, pi)| *x == e && self.phrases[*pi as usize].kind == Kind::Keyword)
                .map(|(_, pi)| &self.phrases[*pi as usize].stem_ids)
        };
        let own_words = |x: usize, y: usize| {
            keywords(x).any(|p| keywords(y).all(|q| !p.iter().any(|s| q.contains(s))))
                || hits.iter().any(|(e, h)| *e == x && matches!(h, Hit::Pattern(_)))
        };
        own_words(*a, *b) && own_words(*b, *a)
    }

    /// The entries' word profiles, built on first need.
    fn similar(&self) -> &Similar {
        self.similar.get_or_init(|| {
            Similar::build(self.entry_ids.len(), self.similar_texts.iter().map(|(e, s, t)| (*e, *s, t.as_str())))
        })
    }

    /// Whether some entry's keywords, context words or examples (in any
    /// language) use a word beginning as the folded `word` does: the same in
    /// `ask` and `check`, whatever was compiled eagerly.
    pub fn knows_word(&self, word: &str) -> bool {
        self.similar().knows(word)
    }

    /// A close call between `options`: the entry whose own words the
    /// question resembles most, when that entry is one of the options
    /// (those with a keyword or pattern of their own) and clearly ahead of
    /// every other entry (see [`super::similar`]).
    fn second_opinion(&self, question: &str, options: &[&EntryId]) -> (Option<EntryId>, Option<SecondOpinion>) {
        let similar = self.similar();
        let Some(o) = similar.opinion(question) else {
            return (None, None);
        };
        let id = &self.entry_ids[o.entry];
        let decided = options.contains(&id) && o.best - o.second >= SECOND_OPINION_LEAD && o.best >= SECOND_OPINION_MIN;
        let opinion = SecondOpinion { entry: id.clone(), best: o.best, second: o.second, decided };
        (decided.then(|| id.clone()), Some(opinion))
    }

    /// The question's language from function words and spelling alone
    /// (what [`Matcher::find`] starts from, before keywords add their votes).
    pub fn language(&self, question: &str, preferred: Option<Lang>) -> Lang {
        let folded = fold(&strip_urls(question));
        let toks: Vec<&str> = tokens(&folded).filter(|t| t.len() <= MAX_WORD_BYTES).collect();
        self.lang_words.pick(&self.lang_words.votes(question, &toks), preferred)
    }

    /// The patterns one of whose typo variants has hash `h`.
    fn fuzzy_lookup(&self, h: u64, out: &mut Vec<u32>) {
        typo_lookup(&self.fuzzy, &self.fuzzy_starts, h, out);
    }

    /// A folded word's stems in every language (a known word's without
    /// copying them).
    fn stems(&self, word: &str) -> Cow<'_, [String]> {
        match self.known_stems.get(word) {
            Some(known) => Cow::Borrowed(known.as_slice()),
            None => Cow::Owned(self.stemmers.values().map(|st| stem(st, word)).collect()),
        }
    }

    /// A reason in words, as `--explain` prints it.
    fn describe(&self, hit: Hit) -> String {
        match hit {
            Hit::Phrase { phrase, fuzzy } => {
                let p = &self.phrases[phrase as usize];
                let kind = match p.kind {
                    Kind::Keyword => "keyword",
                    Kind::Context => "context",
                    Kind::Not => "not",
                };
                let tag = if fuzzy && p.kind != Kind::Not { " (typo)" } else { "" };
                format!("{kind} {}: {}{tag}", p.lang, p.text)
            }
            Hit::Pattern(i) => format!("pattern: {}", self.regexes[i as usize].source),
            Hit::Fits(have) => format!("situation fits ({})", have.code()),
            Hit::Contradicts { have, want } => {
                format!("situation contradicts: question is {}, entry is {}", have.code(), want.code())
            }
            Hit::Outside => "question is outside the DK-DE border region".into(),

            Hit::OtherSide(i) => {
                format!("the situation's side of {} (other_side)", self.entry_ids[i as usize])
            }
        }
    }
}

/// An everyday word or phrase: its folded words, its meaning, and whether
/// the last word is a prefix.
type Everyday = (Vec<String>, String, bool);

/// The one-word prefixes of the vocabulary (key `""`) by the first byte
/// of the prefix, in their order: a word that starts with a prefix starts
/// with its first byte.
fn vocabulary_prefixed(vocabulary: &HashMap<String, Vec<Everyday>>) -> Vec<Vec<Everyday>> {
    let mut by_byte: Vec<Vec<Everyday>> = vec![Vec::new(); 256];
    for e in vocabulary.get("").into_iter().flatten() {
        if let Some(b) = e.0.first().and_then(|w| w.as_bytes().first()) {
            by_byte[usize::from(*b)].push(e.clone());
        }
    }
    by_byte
}

/// Why an entry scored, kept as indexes while matching.
#[derive(Clone, Copy, Debug)]
enum Hit {
    Phrase {
        phrase: u32,
        fuzzy: bool,
    },
    Pattern(u32),
    Fits(Direction),
    Contradicts {
        have: Direction,
        want: Direction,
    },
    Outside,
    /// The evidence of the other direction's entry of the same question.
    OtherSide(u32),
}

/// One advisor pattern, compiled on its own: a set of all patterns has to be
/// determinised as a product and costs far more per question.
struct Pattern {
    /// Compiled at build (`eager`) or when first needed; `None` when it
    /// does not compile (only possible when not eager: `check` reports it).
    regex: std::sync::OnceLock<Option<regex_automata::meta::Regex>>,
    /// Its syntax tree as parsed at build, until it is compiled from it
    /// (not parsed again when a question first reaches it); `None` when
    /// compiled at build.
    tree: Option<regex_syntax::hir::Hir>,
    entry: usize,
    source: String,
}

/// The gate of each pattern: the literals any match of it must start with
/// (from the pattern's syntax tree), merged into one automaton. A pattern
/// whose matches may start anywhere (`.*x`, `\w+ x`) has no gate and runs
/// on every question. The gate only skips patterns that cannot match, so
/// results are the same as running every pattern.
/// Answer, choices or fallback from the ranked candidates: the best answers
/// when confident and clearly ahead; in a story, the sentence that asks
/// weighs in (see the two cases below).
fn verdict(
    scored: &[(usize, f64)],
    cands: &[Candidate],
    strong_focus: &[bool],
    focused: bool,
    question_has_topic: bool,
    smalltalk: &[bool],
) -> (Decision, Option<EntryId>, Vec<EntryId>) {
    let best = cands.first().map(|c| c.score).unwrap_or(0.0);
    let second = cands.get(1).map(|c| c.score).unwrap_or(0.0);
    // Clearly ahead: by MARGIN in confidence, or (where confidences bunch up
    // near 1) by half again the runner-up's score and at least half a keyword.
    let (best_raw, second_raw) = (cands.first().map_or(0.0, |c| c.raw), cands.get(1).map_or(0.0, |c| c.raw));
    let ahead = best - second >= MARGIN || (best_raw >= LEAD_RATIO * second_raw && best_raw - second_raw >= 0.5);
    // Ask instead of guessing: in a story, an entry that wins only on the
    // background while another is named in the question is offered, not answered.
    let best_idx = scored.first().map(|&(i, _)| i);
    let close_in_question =
        |b: usize, best_raw: f64| scored.iter().skip(1).any(|&(i, r)| strong_focus[i] && i != b && r >= best_raw * 0.4);
    let background_only = focused
        && question_has_topic
        && best_idx.is_some_and(|b| !strong_focus[b] && close_in_question(b, scored[0].1));
    // The mirror case: the best is named in the question and the runner-up
    // only in the background ("Ich habe die gelbe Karte. Muss ich in eine
    // A-Kasse?"): the question decides, by any lead.
    let second_idx = scored.get(1).map(|&(i, _)| i);
    let question_over_background = focused
        && best_idx.is_some_and(|b| strong_focus[b])
        && second_idx.is_some_and(|s| !strong_focus[s])
        && best_raw > second_raw;
    let ahead = (ahead || question_over_background) && !background_only;
    if best >= ANSWER_AT && ahead {
        (Decision::Answer, Some(cands[0].entry.clone()), vec![])
    } else if best >= CHOICES_AT {
        // Small talk is never a button ("Hej. Jeg har et spørgsmål om min skat.").
        let floor = CHOICES_AT.max(best - 0.3);
        let opts: Vec<EntryId> = cands
            .iter()
            .zip(scored)
            .filter(|(c, &(i, _))| c.score >= floor && !smalltalk[i])
            .take(MAX_CHOICES)
            .map(|(c, _)| c.entry.clone())
            .collect();
        match opts.is_empty() {
            true => (Decision::Fallback, None, opts),
            false => (Decision::Choices, None, opts),
        }
    } else {
        (Decision::Fallback, None, vec![])
    }
}

/// Every rule word's stems in every language, computed once: the phrases
/// take theirs from here, questions look words up.
fn known_stems(
    languages: &Languages,
    entries: &[Entry],
    stemmers: &LangMap<Stemmer>,
    eager: bool,
) -> HashMap<String, Vec<String>> {
    let mut known_stems: HashMap<String, Vec<String>> = HashMap::default();
    for e in entries {
        for lang in languages.all() {
            let r = e.rules(lang);
            // Example questions' words only when checking them all (`ask`
            // stems a question's other words when it meets them).
            let examples = r.examples.iter().filter(|_| eager);
            for text in r.keywords.iter().chain(&r.context).chain(examples) {
                for w in tokens(&fold(&text.value)) {
                    if !known_stems.contains_key(w) {
                        known_stems.insert(w.to_string(), stemmers.values().map(|st| stem(st, w)).collect());
                    }
                }
            }
        }
    }
    known_stems
}

/// The automaton's stems in sorted order with their slots, each phrase's stems numbered by that order, and the Aho-Corasick automaton over them (none without stems).
fn keyword_automaton(
    phrases: &mut [Phrase],
    by_stem: HashMap<String, Vec<Slot>>,
) -> (Vec<(String, Vec<Slot>)>, Option<AhoCorasick>) {
    let mut stems: Vec<(String, Vec<Slot>)> = by_stem.into_iter().collect();
    stems.sort_by(|a, b| a.0.cmp(&b.0));
    let ids: HashMap<&str, u32> = stems.iter().enumerate().map(|(i, (s, _))| (s.as_str(), i as u32)).collect();
    for p in phrases.iter_mut() {
        p.stem_ids = p.stems.iter().map(|s| ids[s.as_str()]).collect();
    }
    let ac = (!stems.is_empty()).then(|| {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(stems.iter().map(|(s, _)| s.as_str()))
            .expect("keyword automaton builds")
    });
    (stems, ac)
}

/// The everyday words by their first folded word (one-word prefixes under `""`), in their order.
fn vocabulary_by_first_word(vocabulary: &[(String, String, bool)]) -> HashMap<String, Vec<Everyday>> {
    let mut v: HashMap<String, Vec<Everyday>> = HashMap::default();
    for (word, meaning, prefix) in vocabulary {
        let words: Vec<String> = tokens(word).map(str::to_string).collect();
        if let Some(first) = words.first() {
            let key = if *prefix && words.len() == 1 { String::new() } else { first.clone() };
            v.entry(key).or_default().push((words, meaning.clone(), *prefix));
        }
    }
    v
}

/// Each entry's `other_side` as the index of that entry, if it exists.
fn other_sides(entries: &[Entry]) -> Vec<Option<usize>> {
    entries.iter().map(|e| e.other_side.as_ref().and_then(|o| entries.iter().position(|x| x.id == o.value))).collect()
}

/// The gazetteer of the places, the countries' names and the live/work verbs, knowing the keywords' stems and the prepositions.
fn gazetteer(
    languages: &Languages,
    scope: &Scope,
    places: &RawPlaces,
    known_stems: &HashMap<String, Vec<String>>,
    entries: &[Entry],
) -> Gazetteer {
    let mut g = Gazetteer::new(
        places,
        &[(Country::De, scope.germany.clone()), (Country::Dk, scope.denmark.clone())],
        &scope.live,
        &scope.work,
    );
    // The entries' `not` words are words too: "ansat i Brugsen" names a
    // shop (a `not` word of the office's hours), no unknown town abroad.
    let not_words = entries
        .iter()
        .flat_map(|e| languages.all().flat_map(move |l| e.rules(l).not.iter()))
        .flat_map(|w| tokens(&fold(&w.value)).map(str::to_string).collect::<Vec<_>>());
    g.set_known_words(known_stems.keys().cloned().chain(not_words));
    g.set_prepositions(&languages.grammar);
    g
}

/// The phrases of every entry's keywords, context and `not` words (stemmed,
/// the same words in both languages of an entry once), the automaton's
/// stems with the phrase words they stand for.
fn collect_phrases(
    languages: &Languages,
    entries: &[Entry],
    stemmers: &LangMap<Stemmer>,
    known_stems: &HashMap<String, Vec<String>>,
) -> (Vec<Phrase>, HashMap<String, Vec<Slot>>) {
    let mut phrases: Vec<Phrase> = Vec::new();
    let mut seen: HashMap<(usize, String), usize> = HashMap::default();
    let mut by_stem: HashMap<String, Vec<Slot>> = HashMap::default();
    for (ei, e) in entries.iter().enumerate() {
        for lang in languages.all() {
            let st = &stemmers[lang];
            let r = e.rules(lang);
            let groups = [(Kind::Keyword, &r.keywords), (Kind::Context, &r.context), (Kind::Not, &r.not)];
            for (kind, list) in groups {
                for kw in list.iter() {
                    let folded = fold(&kw.value);
                    let li = stemmers.position(lang);
                    let words: Vec<String> = tokens(&folded)
                        .take(8)
                        .map(|w| {
                            let known = known_stems.get(w).zip(li).and_then(|(s, i)| s.get(i));
                            known.map_or_else(|| stem(st, w), String::clone)
                        })
                        .collect();
                    if words.is_empty() {
                        continue;
                    }
                    if let Some(&earlier) = seen.get(&(ei, format!("{kind:?} {folded}"))) {
                        let p: &mut Phrase = &mut phrases[earlier];
                        p.both_langs |= p.lang != lang;
                        continue;
                    }
                    seen.insert((ei, format!("{kind:?} {folded}")), phrases.len());
                    let pi = phrases.len() as u32;
                    let not = kind == Kind::Not;
                    for (wi, w) in words.iter().enumerate() {
                        by_stem.entry(w.clone()).or_default().push(Slot { phrase: pi, word: wi as u8, not });
                    }
                    if words.len() > 1 {
                        let joined: String = tokens(&folded).collect();
                        by_stem.entry(stem(st, &joined)).or_default().push(Slot { phrase: pi, word: JOINED, not });
                    }
                    phrases.push(Phrase {
                        entry: ei,
                        kind,
                        lang,
                        both_langs: false,
                        text: kw.value.clone(),
                        words: words.len() as u8,
                        tight: kw.value.contains('-') && !kw.value.contains(char::is_whitespace),
                        stems: words,
                        stem_ids: Vec::new(),
                    });
                }
            }
        }
    }
    (phrases, by_stem)
}

/// The patterns of every entry in every language, in that order, with their
/// owners (entry, source, line).
#[allow(clippy::type_complexity)]
fn pattern_sources(languages: &Languages, entries: &[Entry]) -> (Vec<String>, Vec<(usize, String, usize)>) {
    let mut regex_src = Vec::new();
    let mut regex_owner = Vec::new();
    for (ei, e) in entries.iter().enumerate() {
        for lang in languages.all() {
            for p in &e.rules(lang).patterns {
                regex_src.push(p.value.clone());
                regex_owner.push((ei, p.value.clone(), p.line));
            }
        }
    }
    (regex_src, regex_owner)
}

/// Per phrase, how many of its words are no `filler` words (at most 255).
fn content_words(phrases: &[Phrase], filler: &[String]) -> Vec<u8> {
    let filler: HashSet<String> = filler.iter().map(|w| fold(w)).collect();
    phrases.iter().map(|p| tokens(&fold(&p.text)).filter(|w| !filler.contains(*w)).count().min(255) as u8).collect()
}

/// Each long stem with a letter left out, tagged with where (see the lookup
/// in `word_marks`), sorted for binary search: (hash, stem index), with
/// where each value of the hashes' top bits starts (see [`sorted_by_top_bits`]).
/// The languages whose grammar lists past participles (`grammar.participle_marks`).
fn participle_langs(languages: &Languages) -> Vec<Lang> {
    languages.list.iter().filter(|(_, l)| !l.grammar.participle_marks.is_empty()).map(|(lang, _)| lang).collect()
}

fn typo_variants(stems: &[(String, Vec<Slot>)]) -> (Vec<(u64, u32)>, Vec<u32>) {
    let mut fuzzy: Vec<(u64, u32)> = Vec::new();
    for (i, (s, _)) in stems.iter().enumerate() {
        if s.len() >= 6 && s.bytes().all(|c| c.is_ascii_alphabetic()) {
            // Tagged with where a letter was left out, so that a question
            // word is one typo away, not one letter in here and another
            // out there (see the lookup in `decide`).
            let b = s.as_bytes();
            fuzzy.push((tagged(variant_hash(b, b""), WHOLE), i as u32));
            for skip in 0..b.len() {
                let h = variant_hash(&b[..skip], &b[skip + 1..]);
                fuzzy.push((tagged(h, ANYWHERE), i as u32));
                fuzzy.push((tagged(h, at(skip)), i as u32));
                if skip + 1 == b.len() {
                    fuzzy.push((tagged(h, LAST), i as u32));
                }
            }
        }
    }
    sorted_by_top_bits(fuzzy)
}

/// How many top bits of a typo variant's hash file it (see `Matcher::fuzzy_starts`).
const TYPO_BITS: u32 = 16;

/// The variants sorted, duplicates dropped, and where each value of the
/// top [`TYPO_BITS`] bits starts (and after the last, where it ends):
/// filed by those bits first, then each file sorted on its own. The same
/// as one sort of them all (the top bits are the hashes' highest), at a
/// fraction of its cost: the files hold a few variants each.
fn sorted_by_top_bits(variants: Vec<(u64, u32)>) -> (Vec<(u64, u32)>, Vec<u32>) {
    let top = |h: u64| (h >> (64 - TYPO_BITS)) as usize;
    let files = 1usize << TYPO_BITS;
    u32::try_from(variants.len()).expect("fewer typo variants than 2^32");
    // Where each file starts, and after it, where the last ends.
    let mut bounds = vec![0u32; files + 1];
    for &(h, _) in &variants {
        bounds[top(h) + 1] += 1;
    }
    for t in 1..=files {
        bounds[t] += bounds[t - 1];
    }
    let mut next = bounds.clone();
    let mut filed = vec![(0u64, 0u32); variants.len()];
    for v in variants {
        let at = &mut next[top(v.0)];
        filed[*at as usize] = v;
        *at += 1;
    }
    let mut starts = Vec::with_capacity(files + 1);
    let mut kept = 0usize;
    for t in 0..files {
        starts.push(kept as u32);
        let (from, to) = (bounds[t] as usize, bounds[t + 1] as usize);
        filed[from..to].sort_unstable();
        for i in from..to {
            if kept == starts[t] as usize || filed[kept - 1] != filed[i] {
                filed[kept] = filed[i];
                kept += 1;
            }
        }
    }
    starts.push(kept as u32);
    filed.truncate(kept);
    (filed, starts)
}

/// For each value of the top [`TYPO_BITS`] bits, where the variants with
/// it start in the sorted `fuzzy`, and the end after the last (what
/// [`sorted_by_top_bits`] gives beside the variants; the tests' reference).
#[cfg(test)]
fn typo_starts(fuzzy: &[(u64, u32)]) -> Vec<u32> {
    let mut starts = Vec::with_capacity((1 << TYPO_BITS) + 1);
    let mut i = 0;
    for top in 0..=(1usize << TYPO_BITS) {
        while i < fuzzy.len() && ((fuzzy[i].0 >> (64 - TYPO_BITS)) as usize) < top {
            i += 1;
        }
        starts.push(u32::try_from(i).expect("fewer typo variants than 2^32"));
    }
    starts
}

/// The patterns of the variants with hash `h`, in order, searched only
/// among those filed under its top bits (`starts`: [`sorted_by_top_bits`]).
fn typo_lookup(fuzzy: &[(u64, u32)], starts: &[u32], h: u64, out: &mut Vec<u32>) {
    let top = (h >> (64 - TYPO_BITS)) as usize;
    let run = &fuzzy[starts[top] as usize..starts[top + 1] as usize];
    let from = run.partition_point(|(k, _)| *k < h);
    out.extend(run[from..].iter().take_while(|(k, _)| *k == h).map(|(_, p)| *p));
}

/// The advisors' patterns: each parsed once (the syntax check, the gate's
/// literals and, when not `eager`, the compiling on first use), compiled
/// now when `eager`; the ones that do not compile become problems.
#[allow(clippy::type_complexity)]
fn compile_patterns(
    entries: &[Entry],
    regex_src: &[String],
    parsed: Vec<Result<regex_syntax::hir::Hir, String>>,
    regex_owner: &[(usize, String, usize)],
    eager: bool,
) -> (Vec<Pattern>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut regexes = Vec::new();
    // Each pattern parsed once: the syntax check, the gate's literals and
    // the compiling (parsing is a fifth of `ask`'s start-up).
    for ((src, hir), (ei, _, line)) in regex_src.iter().zip(parsed).zip(regex_owner) {
        let checked = match (&hir, eager) {
            (Err(e), _) => Err(regex::Error::Syntax(e.clone())),
            (Ok(tree), true) => compile_pattern(src).map(|_| Some(search_regex_of(tree))),
            // Compiled on first use.
            (Ok(_), false) => Ok(None),
        };
        match checked {
            Ok(regex) => {
                let cell = std::sync::OnceLock::new();
                if let Some(r) = regex {
                    let _ = cell.set(r);
                }
                regexes.push(Pattern { regex: cell, tree: hir.ok(), entry: *ei, source: src.clone() })
            }
            Err(e) => {
                let id = &entries[*ei].id;
                let message = match e {
                    regex::Error::CompiledTooBig(_) => format!(
                        "entry `{id}`: pattern `{src}` is too large: compiled it exceeds {} MB (a repetition \
                         inside a repetition, like `{{1,100}}{{5000}}`?); write it shorter or use keywords",
                        PATTERN_SIZE_LIMIT >> 20
                    ),
                    e => {
                        let why = e.to_string().lines().last().unwrap_or_default().trim().to_string();
                        format!("entry `{id}`: pattern `{src}` does not compile: {why}")
                    }
                };
                problems.push(Problem { file: entries[*ei].file.clone(), line: *line, message });
            }
        }
    }
    (regexes, problems)
}

/// Every entry's keywords, context words and example questions, in every language.
fn similar_texts(languages: &Languages, entries: &[Entry]) -> Vec<(usize, Source, String)> {
    let mut texts = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        for lang in languages.all() {
            let r = e.rules(lang);
            for (source, list) in
                [(Source::Keyword, &r.keywords), (Source::Context, &r.context), (Source::Example, &r.examples)]
            {
                texts.extend(list.iter().map(|t| (i, source, t.value.clone())));
            }
        }
    }
    texts
}

/// The gate of the patterns: an automaton of literals, each literal's
/// patterns, and the patterns without literals (run on every message).
/// Only which patterns a message lets through counts ([`Matcher::gated`]
/// sorts them), so the literals are kept in the order first seen, not sorted.
fn pattern_gates<'a>(
    patterns: impl Iterator<Item = Option<&'a regex_syntax::hir::Hir>>,
) -> (Option<AhoCorasick>, Vec<Vec<GateOwner>>, Vec<u32>) {
    let mut at: HashMap<Vec<u8>, usize> = HashMap::default();
    let mut literals: Vec<(Vec<u8>, Vec<GateOwner>)> = Vec::new();
    let mut always = Vec::new();
    for (i, hir) in patterns.enumerate() {
        // The prefix literals when there are (as `required_literals` takes them first).
        let gate = hir
            .and_then(|h| prefix_literals(h).map(|l| (l, true)).or_else(|| required_literals(h).map(|l| (l, false))));
        let Some((lits, prefix)) = gate else {
            always.push(i as u32);
            continue;
        };
        for l in fewest_literals(lits) {
            let k = match at.get(&l) {
                Some(&k) => k,
                None => {
                    at.insert(l.clone(), literals.len());
                    literals.push((l, Vec::new()));
                    literals.len() - 1
                }
            };
            literals[k].1.push((i as u32, prefix));
        }
    }
    let gate = (!literals.is_empty()).then(|| {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(literals.iter().map(|(l, _)| l))
            .expect("gate automaton builds")
    });
    (gate, literals.into_iter().map(|(_, owners)| owners).collect(), always)
}

/// A pattern a gate literal opens, and whether the literal starts every
/// match of it (one of its prefix literals) rather than being a part every
/// match holds.
type GateOwner = (u32, bool);

/// The longest gate literal: a literal's first bytes are in every text
/// that holds it, so a literal cut short lets the same messages through
/// and a few more (about 1 % more pattern runs at 16 bytes), while the
/// gate's automaton, built at every start, is half as large.
const GATE_LITERAL_LEN: usize = 16;

/// One pattern's literals cut at [`GATE_LITERAL_LEN`], without those that
/// start with another of them (a text holding "skattekort" holds "skat":
/// the pattern runs either way).
fn fewest_literals(mut lits: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    lits.iter_mut().for_each(|l| l.truncate(GATE_LITERAL_LEN));
    lits.sort_unstable();
    let mut kept: Vec<Vec<u8>> = Vec::with_capacity(lits.len());
    for l in lits {
        if kept.last().is_none_or(|k| !l.starts_with(k)) {
            kept.push(l);
        }
    }
    kept
}

/// Literals one of which every match of `hir` contains, or `None` when no
/// such finite set is known: the pattern then runs on every message. Its
/// prefix literals when it has them ("skat", "beskat" ...); else, for a
/// pattern that starts with something of no fixed letters (`\w*`, `(^| )`),
/// those of a part every match must contain: a part of a sequence, every
/// branch of an alternative, a repeated part taken at least once. No
/// literal is longer than [`GATE_LITERAL_LEN`].
fn required_literals(hir: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::HirKind;
    if let Some(lits) = prefix_literals(hir) {
        return Some(lits);
    }
    match hir.kind() {
        HirKind::Capture(c) => required_literals(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => required_literals(&r.sub),
        // The part whose shortest literal is longest: the rarest in a message.
        HirKind::Concat(parts) => parts
            .iter()
            .filter_map(required_literals)
            .max_by_key(|lits| (lits.iter().map(Vec::len).min().unwrap_or(0), std::cmp::Reverse(lits.len()))),
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for b in branches {
                all.extend(required_literals(b)?);
            }
            Some(all)
        }
        _ => None,
    }
}

/// Literals one of which every match of `hir` starts with (none empty, at
/// most [`GATE_LITERAL_LEN`] long), when such a finite set is known.
fn prefix_literals(hir: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let seq = Extractor::new().kind(ExtractKind::Prefix).limit_literal_len(GATE_LITERAL_LEN).extract(hir);
    let lits = seq.literals()?;
    (!lits.is_empty() && lits.iter().all(|l| !l.as_bytes().is_empty()))
        .then(|| lits.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Word `word` of phrase `phrase` (of `words` words) found at token `tok`,
/// exactly or with one typo, packed into one integer so that sorting groups
/// the marks by phrase, then word and token, with the exact find first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Mark(u64);

impl Mark {
    fn new(slot: Slot, tok: usize, fuzzy: bool) -> Mark {
        // Tokens are far fewer than 2^23 (the text is cut at MAX_MATCH_CHARS).
        let tok = (tok as u64).min((1 << 23) - 1);
        Mark(u64::from(slot.phrase) << 32 | u64::from(slot.word) << 24 | tok << 1 | u64::from(fuzzy))
    }
    fn phrase(self) -> u32 {
        (self.0 >> 32) as u32
    }
    fn word(self) -> u8 {
        (self.0 >> 24) as u8
    }
    fn tok(self) -> u32 {
        ((self.0 >> 1) & ((1 << 23) - 1)) as u32
    }
    fn fuzzy(self) -> bool {
        self.0 & 1 == 1
    }
}

/// The shortest stem read with two typos (shorter words are read with one).
const TWO_TYPO_STEM: usize = 10;

/// Most places one phrase word is looked at (bounds the window check).
const MAX_MARKS_PER_PHRASE: usize = 64;

/// The phrases whose words were all found close together (or written as one
/// word), each with whether a typo reading was needed. An exact find of a
/// word makes a typo reading of the same word redundant.
fn complete_phrases(
    marks: &mut [Mark],
    need: &[u16],
    phrase_words: impl Fn(u32) -> (u8, bool),
    in_focus: impl Fn(u32) -> bool,
    negated: impl Fn(u32) -> bool,
    together: impl Fn(u32, u32, u32) -> bool,
) -> Vec<(u32, bool, bool, bool)> {
    // Most marks are one word of a phrase of several whose other words are
    // not there ("skat" of a hundred phrases): those can never be complete
    // and are dropped before the sort.
    let kept = keep_completable(marks, need);
    let marks = &mut marks[..kept];
    marks.sort_unstable();
    let mut out = Vec::with_capacity(kept.min(64));
    let mut words: Vec<(u8, u32)> = Vec::with_capacity(MAX_MARKS_PER_PHRASE);
    for group in marks.chunk_by(|a, b| a.phrase() == b.phrase()) {
        words.clear();
        let (mut joined, mut joined_exact, mut joined_fuzzy, mut fuzzy) = (false, false, false, false);
        let mut last: Option<(u8, u32)> = None;
        for m in group {
            if m.word() == JOINED {
                joined = true;
                joined_exact |= !m.fuzzy();
                joined_fuzzy |= m.fuzzy();
                continue;
            }
            // Sorted with the exact find of a (word, token) first.
            if last == Some((m.word(), m.tok())) || words.len() >= MAX_MARKS_PER_PHRASE {
                continue;
            }
            last = Some((m.word(), m.tok()));
            words.push((m.word(), m.tok()));
            fuzzy |= m.fuzzy();
        }
        let phrase = group[0].phrase();
        // Where the phrase stands: written as one word, or its words close
        // together; in the question when a word of such a place is.
        let place = if joined { Some(group.iter().any(|m| m.word() == JOINED && in_focus(m.tok()))) } else { None };
        let within = |a: u32, b: u32| together(phrase, a, b);
        let place = place
            .into_iter()
            .chain(phrase_windows(&words, phrase_words(phrase), &in_focus, &within))
            .reduce(|a, b| a || b);
        if let Some(focus) = place {
            let negated = group.iter().filter(|m| m.word() != JOINED).all(|m| negated(m.tok()));
            // A typo reading of the joined form counts only without an exact one.
            out.push((phrase, fuzzy || (joined_fuzzy && !joined_exact), focus, negated));
        }
    }
    out
}

/// Bit of a phrase written as one word, among the bits of its words found.
const JOINED_BIT: u16 = 1 << 15;

/// The bit of each word number among the words found: [`JOINED_BIT`] for
/// [`JOINED`], words past the 15th share the 15th's (one load per mark).
const WORD_BIT: [u16; 256] = {
    let mut bits = [0u16; 256];
    let mut w = 0;
    while w < 256 {
        bits[w] = if w == JOINED as usize {
            JOINED_BIT
        } else if w < 14 {
            1 << w
        } else {
            1 << 14
        };
        w += 1;
    }
    bits
};

/// The words a phrase of `n` words needs found (a bit per word), or 0 when
/// it is kept whatever was found (more words than bits).
fn need_of(n: u8) -> u16 {
    if (1..15).contains(&n) {
        (1u16 << n) - 1
    } else {
        0
    }
}

/// Moves to the front the marks of the phrases that may be complete: found
/// written as one word, or with every word found somewhere (where is for
/// [`complete_phrases`] to judge). Returns how many; the others' groups
/// could yield no place, so dropping them changes nothing but the work.
fn keep_completable(marks: &mut [Mark], need: &[u16]) -> usize {
    let bit = |m: Mark| WORD_BIT[usize::from(m.word())];
    // The words found per phrase, all zero between calls (reset below).
    let mut found = FOUND.take();
    if found.len() < need.len() {
        found.resize(need.len(), 0);
    }
    for &m in marks.iter() {
        if let Some(f) = found.get_mut(m.phrase() as usize) {
            *f |= bit(m);
        }
    }
    let mut kept = 0;
    for i in 0..marks.len() {
        let p = marks[i].phrase() as usize;
        let (f, n) = (found.get(p).copied().unwrap_or(JOINED_BIT), need.get(p).copied().unwrap_or(0));
        if f & JOINED_BIT != 0 || f & n == n {
            // Swapped, not overwritten: every mark stays for the reset.
            marks.swap(kept, i);
            kept += 1;
        }
    }
    for m in marks.iter() {
        if let Some(f) = found.get_mut(m.phrase() as usize) {
            *f = 0;
        }
    }
    FOUND.set(found);
    kept
}

thread_local! {
    /// Scratch of [`keep_completable`], kept from one message to the next.
    static FOUND: std::cell::Cell<Vec<u16>> = const { std::cell::Cell::new(Vec::new()) };
}

/// How far apart (in words) neighbouring words of a phrase may stand.
const PHRASE_GAP: u32 = 6;

/// Where all words 0..n of a phrase occur close together, in any order
/// (German and Danish put words in different places): within a window of
/// [`PHRASE_GAP`] words per extra word of the phrase. Yields, per such window,
/// whether a word of it stands in the question ("... die gelbe Karte. Brauche
/// ich eine Steuerkarte?": the "karte" of "Steuerkarte" is no part of the
/// window of "gelbe Karte", which stays in the background). A window may cross
/// a sentence end ("Min far får folkepension. Skal han betale skat af det?")
/// where `together` allows two of its tokens.
fn phrase_windows<'a>(
    words: &'a [(u8, u32)],
    (n, tight): (u8, bool),
    in_focus: &'a impl Fn(u32) -> bool,
    together: &'a impl Fn(u32, u32) -> bool,
) -> impl Iterator<Item = bool> + 'a {
    // A hyphenated keyword's words stand side by side.
    let gap = if tight { 1 } else { PHRASE_GAP };
    let span = gap * u32::from(n.saturating_sub(1));
    let inside = move |from: u32, t: u32| t >= from && t - from <= span && together(from, t);
    words
        .iter()
        .map(|&(_, from)| from)
        .filter(move |&from| (0..n).all(|w| words.iter().any(|&(x, t)| x == w && inside(from, t))))
        .map(move |from| words.iter().any(|&(_, t)| inside(from, t) && in_focus(t)))
}

/// A pattern parsed, or why not (see [`parse_pattern`]).
type Parsed = Result<regex_syntax::hir::Hir, String>;

/// Parsing the patterns, begun: the first two thirds of their text on a
/// thread of `scope`, while this one makes the stems of the rule words;
/// the rest is left for [`finish_parsing`].
fn start_parsing<'scope>(
    sources: &'scope [String],
    scope: &'scope std::thread::Scope<'scope, '_>,
) -> (std::thread::ScopedJoinHandle<'scope, Vec<Parsed>>, &'scope [String]) {
    let total: usize = sources.iter().map(String::len).sum();
    let mut so_far = 0;
    let split = sources
        .iter()
        .position(|s| {
            so_far += s.len();
            so_far * 3 >= total * 2
        })
        .map_or(sources.len(), |i| i + 1);
    let (first, rest) = sources.split_at(split);
    (scope.spawn(move || first.iter().map(|s| parse_pattern(s)).collect()), rest)
}

/// [`parse_pattern`] of each pattern, in order: the rest that
/// [`start_parsing`] left parsed here, after the part of its thread.
fn finish_parsing((first, rest): (std::thread::ScopedJoinHandle<'_, Vec<Parsed>>, &[String])) -> Vec<Parsed> {
    let rest: Vec<Parsed> = rest.iter().map(|s| parse_pattern(s)).collect();
    let mut parsed = first.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    parsed.extend(rest);
    parsed
}

/// Parses an advisor pattern the way [`compile_pattern`] reads it.
/// The error is kept as its message: it is only ever reported.
fn parse_pattern(pattern: &str) -> Parsed {
    let tree = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .map_err(|e| e.to_string())?;
    Ok(fold_literals(&tree))
}

/// A pattern's letters read as a message's are: "værksted" and "vaerksted"
/// find the folded "varksted", "Firmaet" finds "firmat" (see
/// [`crate::text::fold_literal`]). Classes, anchors and repetitions stay as written.
fn fold_literals(hir: &regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Capture, Hir, HirKind, Repetition};
    match hir.kind() {
        HirKind::Literal(lit) => Hir::literal(crate::text::fold_literal(&lit.0)),
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(fold_literals).collect()),
        HirKind::Alternation(branches) => Hir::alternation(branches.iter().map(fold_literals).collect()),
        HirKind::Repetition(r) => Hir::repetition(Repetition { sub: Box::new(fold_literals(&r.sub)), ..r.clone() }),
        HirKind::Capture(c) => Hir::capture(Capture { sub: Box::new(fold_literals(&c.sub)), ..c.clone() }),
        _ => hir.clone(),
    }
}

/// Compiles advisor patterns the way they are matched: over the folded
/// text, byte-wise, with ASCII classes (`\w`, `\b` and `.` stay small; the
/// folded text is ASCII apart from letters no keyword uses).
pub fn compile_pattern(pattern: &str) -> Result<regex::bytes::Regex, regex::Error> {
    regex::bytes::RegexBuilder::new(pattern)
        .unicode(false)
        .size_limit(PATTERN_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .build()
}

/// The regex a pattern runs as per question, from its text (the tests'
/// reference for [`search_regex_of`]). `None` when it does not compile.
#[cfg(test)]
fn search_regex(pattern: &str) -> Option<regex_automata::meta::Regex> {
    search_builder().build(pattern).ok()
}

/// The regex a pattern runs as per question (see `search_regex`), from
/// its tree as [`parse_pattern`] gives it (the same syntax settings): the
/// pattern is not parsed again.
fn search_regex_of(tree: &regex_syntax::hir::Hir) -> Option<regex_automata::meta::Regex> {
    search_builder().build_from_hir(tree).ok()
}

/// How the patterns run per question are compiled: [`compile_pattern`]'s
/// settings, without the literal prefilter. The gate has already found a
/// literal the match needs, and on a message of a few dozen bytes the
/// prefilter, restarted each time the search falls back to its start,
/// costs more than the lazy DFA's walk over every byte.
fn search_builder() -> regex_automata::meta::Builder {
    let config = regex_automata::meta::Config::new()
        .match_kind(regex_automata::MatchKind::LeftmostFirst)
        .utf8_empty(false)
        .nfa_size_limit(Some(PATTERN_SIZE_LIMIT))
        .hybrid_cache_capacity(REGEX_SIZE_LIMIT)
        .auto_prefilter(false);
    let syntax = regex_automata::util::syntax::Config::new().unicode(false).utf8(false);
    let mut builder = regex_automata::meta::Builder::new();
    builder.configure(config).syntax(syntax);
    builder
}

/// The tokens of a folded sentence up to [`MAX_WORD_BYTES`] long, in a
/// vector sized for them at once.
fn words_of(folded: &str) -> Vec<&str> {
    let mut toks = Vec::with_capacity(folded.len() / 2 + 1);
    toks.extend(tokens(folded).filter(|t| t.len() <= MAX_WORD_BYTES));
    toks
}

/// The bytes of a word as bits (each byte's `b & 63`; the letters a-z
/// apart): a word two edits from another has at most two bits the other
/// has not.
fn letter_bits(w: &[u8]) -> u64 {
    w.iter().fold(0u64, |m, b| m | 1 << (b & 63))
}

/// The tokens written together, with per-byte token index and token
/// start/end flags (indexed by byte position, length + 1), and where each
/// token ends.
fn spaceless(toks: &[&str]) -> (String, Vec<usize>, Vec<bool>, Vec<bool>, Vec<usize>) {
    let total: usize = toks.iter().map(|t| t.len()).sum();
    let mut s = String::with_capacity(total);
    let mut tok_of = Vec::with_capacity(total);
    let mut starts = vec![false; total + 1];
    let mut ends = vec![false; total + 1];
    let mut tok_end = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        starts[s.len()] = true;
        s.push_str(t);
        tok_of.extend(std::iter::repeat_n(i, t.len()));
        ends[s.len()] = true;
        tok_end.push(s.len());
    }
    (s, tok_of, starts, ends, tok_end)
}

/// Whether a stem found at `start..end` (`len` bytes) counts where it
/// stands. A short stem (three letters or less) may carry one of
/// `short_endings` only: "bil" finds "bilen" and "bilerne" but not "billet".
fn valid_hit(
    s: &str,
    tok_of: &[usize],
    starts: &[bool],
    (ends, tok_end): (&[bool], &[usize]),
    (start, end, len): (usize, usize, usize),
    short_endings: &[String],
) -> bool {
    let crossed = tok_of[end - 1] - tok_of[start];
    let at_start = starts[start];
    // Letters left in the word after the match (an ending, or the rest of a
    // compound): not at a token's end, `end` is inside the token it ends.
    let word_end = if ends[end] { end } else { tok_end[tok_of[end]] };
    let rest = word_end - end;
    if crossed > 0 {
        // A compound written apart ("borne penge", "a kasse"): starts at a
        // word, its last piece is a real part (not "tog et" for "toget"),
        // and it ends where a word ends (or before an ending).
        let mut last_start = end - 1;
        while !starts[last_start] {
            last_start -= 1;
        }
        return at_start && crossed <= 2 && len >= 4 && end - last_start >= 3 && rest <= 3;
    }
    if len <= 3 {
        // Whole words only, with an inflection ending at most; a word of one
        // or two letters takes none ("d" of "D-Arzt" is not "der").
        return at_start && (rest == 0 || (len >= 3 && short_endings.iter().any(|e| *e == s[end..word_end])));
    }
    if at_start {
        // Long stems may open a compound ("sundhedskort" in "sundhedskortet",
        // "grenzganger" in "grenzgangerbesteuerung"); short ones take an ending only
        // ("tysk" is not "Tyskland").
        return len >= 6 || rest <= 3;
    }
    // Inside a word: the second part of a compound ("besteuerung" in
    // "grenzgangerbesteuerung", "skat" in "indkomstskat"). The part before must
    // be a word of its own; shorter stems only as the compound's last part.
    let mut word_start = start;
    while !starts[word_start] {
        word_start -= 1;
    }
    let before = start - word_start;
    before >= 3 && len >= 4 && (len >= 7 || rest <= 3)
}

/// FNV-1a hash of `a` followed by `b`: the key of a stem with one letter
/// left out, without building the string. (A collision between two of the
/// few thousand keys is about as likely as 1 in 10^10; it would only offer
/// a typo reading, never more.)
/// Tags of a typo variant: the whole stem, a letter left out anywhere, or
/// left out at a given place.
const WHOLE: u64 = 0;
const ANYWHERE: u64 = 1;
const LAST: u64 = u64::MAX;
fn at(skip: usize) -> u64 {
    skip as u64 + 2
}

/// A variant's hash with its tag folded in.
fn tagged(h: u64, tag: u64) -> u64 {
    (h ^ tag.wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0x0000_0100_0000_01b3)
}

fn variant_hash(a: &[u8], b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in a.iter().chain(b) {
        h = (h ^ u64::from(x)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// How far the language with the most votes leads the next one.
fn lang_lead(votes: &[f64]) -> f64 {
    let (mut first, mut second) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
    for &v in votes {
        if v > first {
            second = first;
            first = v;
        } else if v > second {
            second = v;
        }
    }
    if second == f64::NEG_INFINITY {
        f64::INFINITY
    } else {
        first - second
    }
}

/// Language detection by function words and letters (`languages.toml`):
/// cheap, and right for the short, informal questions commuters write.
struct LangWords {
    langs: Vec<Lang>,
    /// Folded word -> the language it votes for (`None`: listed by several).
    words: HashMap<String, Option<usize>>,
    /// Per language: the letters only it writes.
    letters: Vec<Vec<char>>,
    /// Per language: spelling habits (contains, endings).
    spelling: Spellings,
    undecided: Option<usize>,
}

impl LangWords {
    fn new(languages: &Languages) -> LangWords {
        let mut words: HashMap<String, Option<usize>> = HashMap::default();
        for (i, l) in languages.list.values().enumerate() {
            for w in &l.words {
                // A word in two lists ("man", "ja") votes for neither.
                match words.get(w) {
                    Some(Some(j)) if *j != i => {
                        words.insert(w.clone(), None);
                    }
                    Some(_) => {}
                    None => {
                        words.insert(w.clone(), Some(i));
                    }
                }
            }
        }
        LangWords {
            langs: languages.all().collect(),
            words,
            letters: languages.list.values().map(|l| l.letters.clone()).collect(),
            spelling: Spellings::new(languages.list.values().map(|l| Spelling::new(&l.contains, &l.endings)).collect()),
            undecided: languages.undecided.and_then(|u| languages.list.position(u)),
        }
    }

    fn vote(&self, votes: &mut [f64], lang: Lang, weight: f64) {
        if let Some(i) = self.langs.iter().position(|l| *l == lang) {
            votes[i] += weight;
        }
    }

    /// The language with the most votes; on a tie the one `preferred`
    /// (the conversation's), else the file's `undecided` one.
    fn pick(&self, votes: &[f64], preferred: Option<Lang>) -> Lang {
        let best = votes.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let tied: Vec<usize> = (0..votes.len()).filter(|&i| votes[i] == best).collect();
        match tied.as_slice() {
            [] => preferred.unwrap_or(Lang::UNDETERMINED),
            [one] => self.langs[*one],
            _ => preferred
                .or_else(|| self.undecided.map(|u| self.langs[u]))
                .or_else(|| tied.first().map(|&i| self.langs[i]))
                .unwrap_or(Lang::UNDETERMINED),
        }
    }

    fn votes(&self, raw: &str, toks: &[&str]) -> Vec<f64> {
        let n = self.langs.len();
        let mut v = vec![0.0; n];
        for t in toks {
            if let Some(Some(i)) = self.words.get(*t) {
                v[*i] += 1.0;
            }
        }
        let mut letters = vec![0.0f64; n];
        for c in raw.chars().take(crate::text::MAX_MATCH_CHARS) {
            if c.is_ascii() {
                continue;
            }
            if let Some(i) = self.letters.iter().position(|l| l.contains(&c)) {
                letters[i] += 1.0;
            }
        }
        for i in 0..n {
            v[i] += letters[i].min(3.0) * 0.75;
        }
        for (i, cue) in spelling_cues(raw, &self.spelling).into_iter().enumerate() {
            v[i] += cue;
        }
        v
    }
}

/// One language's spelling habits: a word containing one of `contains`
/// or ending in one of `endings`. Most needles start with a common letter
/// ("e", "s"), so the tables mark the needles' first two bytes (a needle of
/// one byte: its byte alone) and the endings' last two: a word is scanned
/// once, and a needle compared whole only where its first two bytes stand.
struct Spelling {
    contains: Vec<Vec<u8>>,
    endings: Vec<Vec<u8>>,
    /// A needle of this one byte; a needle is empty (every word has it).
    contains_one: [bool; 256],
    contains_empty: bool,
    /// Bit `first * 256 + second`: a longer needle starts with these two bytes.
    contains_two: Vec<u64>,
    endings_one: [bool; 256],
    endings_empty: bool,
    /// Bit `second_last * 256 + last`: a longer ending ends with these two bytes.
    endings_two: Vec<u64>,
}

fn pair_bit(a: u8, b: u8) -> (usize, u64) {
    let k = usize::from(a) << 8 | usize::from(b);
    (k >> 6, 1u64 << (k & 63))
}

fn has_pair(bits: &[u64], a: u8, b: u8) -> bool {
    let (i, bit) = pair_bit(a, b);
    bits[i] & bit != 0
}

fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl Spelling {
    fn new(contains: &[String], endings: &[String]) -> Spelling {
        let mut s = Spelling {
            contains: contains.iter().map(|c| c.as_bytes().to_vec()).collect(),
            endings: endings.iter().map(|e| e.as_bytes().to_vec()).collect(),
            contains_one: [false; 256],
            contains_empty: false,
            contains_two: vec![0; 1024],
            endings_one: [false; 256],
            endings_empty: false,
            endings_two: vec![0; 1024],
        };
        for c in &s.contains {
            match c[..] {
                [] => s.contains_empty = true,
                [b] => s.contains_one[usize::from(b)] = true,
                [b0, b1, ..] => {
                    let (i, bit) = pair_bit(b0, b1);
                    s.contains_two[i] |= bit;
                }
            }
        }
        for e in &s.endings {
            match e[..] {
                [] => s.endings_empty = true,
                [b] => s.endings_one[usize::from(b)] = true,
                [.., b0, b1] => {
                    let (i, bit) = pair_bit(b0, b1);
                    s.endings_two[i] |= bit;
                }
            }
        }
        s
    }

    fn contained_in(&self, w: &[u8]) -> bool {
        self.contains_empty
            || (0..w.len()).any(|i| {
                self.contains_one[usize::from(w[i])]
                    || (i + 1 < w.len()
                        && has_pair(&self.contains_two, w[i], w[i + 1])
                        && self.contains.iter().any(|c| c.len() <= w.len() - i && same_bytes(&w[i..i + c.len()], c)))
            })
    }

    fn ends(&self, w: &[u8]) -> bool {
        match w {
            [] => self.endings_empty,
            [.., b] if self.endings_empty || self.endings_one[usize::from(*b)] => true,
            [b] => self.endings_one[usize::from(*b)],
            [.., b0, b1] => {
                has_pair(&self.endings_two, *b0, *b1)
                    && self.endings.iter().any(|e| e.len() <= w.len() && same_bytes(&w[w.len() - e.len()..], e))
            }
        }
    }
}

/// Spelling habits of each language, for questions without function words
/// ("dobbelt domicil", "kinder geld antrag"): German writes z, w, sch and
/// -ung/-keit/-lich; Danish writes aa for å, -ning/-hed/-else/-lig/-skab
/// (`spelling` in `languages.toml`). The words of the lower-cased message
/// (split at every character that is no letter) are read as they are
/// lower-cased, character by character, into one buffer: no lower-cased
/// copy of the message and no splitting of it.
fn spelling_cues(raw: &str, spelling: &Spellings) -> Vec<f64> {
    // A capital sigma lower-cases by its neighbours in a whole string, not
    // alone: such a message takes the whole-string way.
    if !raw.is_ascii() && raw.contains('\u{3a3}') {
        return spelling_cues_of_lowered(raw, spelling);
    }
    let mut cues = vec![0.0f64; spelling.len()];
    let mut word: Vec<u8> = Vec::with_capacity(32);
    let mut buf = [0u8; 4];
    for c in raw.chars().take(crate::text::MAX_MATCH_CHARS) {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                word.push(c.to_ascii_lowercase() as u8);
            } else {
                word_cues(&word, spelling, &mut cues);
                word.clear();
            }
            continue;
        }
        for l in c.to_lowercase() {
            if l.is_alphabetic() {
                word.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
            } else {
                word_cues(&word, spelling, &mut cues);
                word.clear();
            }
        }
    }
    word_cues(&word, spelling, &mut cues);
    cues.into_iter().map(|c| c.min(1.2)).collect()
}

/// The cues of one lower-cased word (three bytes or more): 0.3 for each
/// language it contains a needle of, 0.3 for each whose ending it has.
fn word_cues(w: &[u8], spelling: &Spellings, cues: &mut [f64]) {
    if w.len() < 3 {
        return;
    }
    // More than eight languages: each scans the word itself.
    let contained = spelling.contained_in(w);
    for (k, (sp, cue)) in spelling.iter().zip(cues.iter_mut()).enumerate() {
        if contained.map_or_else(|| sp.contained_in(w), |bits| bits & (1 << k) != 0) {
            *cue += 0.3;
        }
        if sp.ends(w) {
            *cue += 0.3;
        }
    }
}

/// Every language's [`Spelling`], with the first bytes of their needles
/// merged: a word is scanned once for all languages (a language's bit in a
/// table per byte and per byte pair), not once per language.
struct Spellings {
    langs: Vec<Spelling>,
    /// Languages with an empty needle (every word has it).
    empty: u8,
    /// Per byte: the languages with that one-byte needle.
    one: [u8; 256],
    /// Per byte pair (`first * 256 + second`): the languages with a longer
    /// needle that starts with it. Empty with more than eight languages.
    two: Vec<u8>,
}

impl Spellings {
    fn new(langs: Vec<Spelling>) -> Spellings {
        let mut s = Spellings { langs, empty: 0, one: [0; 256], two: Vec::new() };
        if s.langs.len() > 8 {
            return s;
        }
        s.two = vec![0; 1 << 16];
        for (k, sp) in s.langs.iter().enumerate() {
            let bit = 1u8 << k;
            for c in &sp.contains {
                match c[..] {
                    [] => s.empty |= bit,
                    [b] => s.one[usize::from(b)] |= bit,
                    [b0, b1, ..] => s.two[usize::from(b0) << 8 | usize::from(b1)] |= bit,
                }
            }
        }
        s
    }

    /// The languages (bit `k` for the `k`th) that `w` contains a needle
    /// of; `None` with more than eight languages.
    fn contained_in(&self, w: &[u8]) -> Option<u8> {
        if self.two.is_empty() {
            return None;
        }
        let all = u8::MAX >> (8 - self.langs.len());
        let mut found = self.empty;
        for i in 0..w.len() {
            if found == all {
                break;
            }
            found |= self.one[usize::from(w[i])];
            let Some(&next) = w.get(i + 1) else { break };
            let mut maybe = self.two[usize::from(w[i]) << 8 | usize::from(next)] & !found;
            while maybe != 0 {
                let k = maybe.trailing_zeros() as usize;
                maybe &= maybe - 1;
                if self.langs[k].contains.iter().any(|c| c.len() <= w.len() - i && same_bytes(&w[i..i + c.len()], c)) {
                    found |= 1 << k;
                }
            }
        }
        Some(found)
    }
}

impl std::ops::Deref for Spellings {
    type Target = [Spelling];
    fn deref(&self) -> &[Spelling] {
        &self.langs
    }
}

/// [`spelling_cues`] on a lower-cased copy of the message, split into words.
fn spelling_cues_of_lowered(raw: &str, spelling: &Spellings) -> Vec<f64> {
    let lower = lowered(raw);
    let mut cues = vec![0.0f64; spelling.len()];
    for w in lower.split(|c: char| !c.is_alphabetic()) {
        word_cues(w.as_bytes(), spelling, &mut cues);
    }
    cues.into_iter().map(|c| c.min(1.2)).collect()
}

/// The message's first [`crate::text::MAX_MATCH_CHARS`] characters, lower-cased.
fn lowered(raw: &str) -> String {
    if raw.is_ascii() && raw.len() <= crate::text::MAX_MATCH_CHARS {
        raw.to_ascii_lowercase()
    } else if raw.len() <= crate::text::MAX_MATCH_CHARS {
        // No more characters than bytes: nothing to cut.
        raw.to_lowercase()
    } else {
        raw.chars().take(crate::text::MAX_MATCH_CHARS).collect::<String>().to_lowercase()
    }
}

/// The spelling cues as first written: every needle and ending of every
/// language compared with every word of the lower-cased message.
#[cfg(test)]
fn reference_spelling_cues(raw: &str, spelling: &[(Vec<String>, Vec<String>)]) -> Vec<f64> {
    let lower = lowered(raw);
    let mut cues = vec![0.0f64; spelling.len()];
    for w in lower.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 3) {
        for ((contains, endings), cue) in spelling.iter().zip(cues.iter_mut()) {
            if contains.iter().any(|c| contains_bytes(w.as_bytes(), c.as_bytes())) {
                *cue += 0.3;
            }
            if endings.iter().any(|e| w.ends_with(e.as_str())) {
                *cue += 0.3;
            }
        }
    }
    cues.into_iter().map(|c| c.min(1.2)).collect()
}

/// `hay.contains(needle)`, a plain window compare.
#[cfg(test)]
fn contains_bytes(h: &[u8], n: &[u8]) -> bool {
    match n.split_first() {
        None => true,
        Some((&first, rest)) => {
            h.len() >= n.len() && (0..=h.len() - n.len()).any(|i| h[i] == first && &h[i + 1..i + n.len()] == rest)
        }
    }
}

/// Situation and scope from `knowledge/scope.toml`.
struct ScopeMatcher {
    outside: HashSet<String>,
    requests: Vec<String>,
}

impl ScopeMatcher {
    fn new(s: &Scope) -> ScopeMatcher {
        let set = |v: &[String]| v.iter().cloned().collect::<HashSet<String>>();
        ScopeMatcher { outside: set(&s.outside), requests: s.requests.clone() }
    }

    /// Whether a word of token `i` with `counts(i)`, or the message's opening, puts it outside.
    fn outside(&self, toks: &[&str], folded: &str, counts: impl Fn(usize) -> bool) -> bool {
        toks.iter().enumerate().any(|(i, t)| counts(i) && self.outside.contains(*t))
            || self.requests.iter().any(|r| starts_with_phrase(folded, r))
    }
}

/// Two words that make a sentence a question wherever they stand ("... kan
/// jeg ...", "... muss ich ..."): `grammar.asking` of the languages.
fn asks_anywhere(toks: &[&str], asking: &[(Vec<String>, Vec<String>)]) -> bool {
    toks.windows(2)
        .any(|w| asking.iter().any(|(first, then)| first.iter().any(|f| f == w[0]) && then.iter().any(|t| t == w[1])))
}

/// The sentences of a message, each with whether a question mark closes it.
/// A full stop between digits ("2.5", "04.063") or after an abbreviation
/// ("ca.", "z.B.") ends no sentence. The sentences are slices of the message
/// (no sentence holds an end mark, so each is the text between two).
fn sentences<'a>(raw: &'a str, abbreviations: &[String]) -> Vec<(&'a str, bool)> {
    // The first MAX_MATCH_CHARS characters.
    let raw = match raw.len() > crate::text::MAX_MATCH_CHARS {
        true => raw.char_indices().nth(crate::text::MAX_MATCH_CHARS).map_or(raw, |(end, _)| &raw[..end]),
        false => raw,
    };
    let mut out: Vec<(&str, bool)> = Vec::new();
    let mut start = 0;
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '?' | '!' | '\n' | ';' => true,
            '.' => {
                let next_digit = chars.peek().is_some_and(|(_, n)| n.is_ascii_digit());
                !next_digit && !after_abbreviation(&raw[start..i], abbreviations)
            }
            _ => false,
        };
        if !end {
            continue;
        }
        let cur = &raw[start..i];
        if !cur.trim().is_empty() {
            out.push((cur, c == '?'));
        } else if c == '?' {
            // "...??" : the mark belongs to the sentence before.
            if let Some(last) = out.last_mut() {
                last.1 = true;
            }
        }
        start = i + c.len_utf8();
    }
    let cur = &raw[start..];
    if !cur.trim().is_empty() {
        out.push((cur, false));
    }
    out
}

impl Match {
    /// The fallback verdict with nothing read beyond the words: a message
    /// without a word, and the base of the BM25 baseline's verdicts.
    pub(crate) fn fallback(lang: Lang, folded: String, situation: Situation, folded_message: Option<String>) -> Match {
        Match {
            lang,
            lang_sure: false,
            decision: Decision::Fallback,
            entry: None,
            options: vec![],
            score: 0.0,
            normalized: folded,
            direction: None,
            situation,
            outside: false,
            question: None,
            expansions: vec![],
            candidates: vec![],
            second_opinion: None,
            closing: false,
            folded_message,
        }
    }
}

/// Whether `cur` ends with one of `abbreviations` ("ca", "z"), its last
/// word compared without regard to case.
fn after_abbreviation(cur: &str, abbreviations: &[String]) -> bool {
    let word = cur.trim_end_matches(|c: char| c.is_ascii_alphanumeric());
    let tail = &cur[word.len()..];
    match word.chars().next_back() {
        // A letter outside ASCII in the last word: lower-cased as a whole.
        Some(c) if c.is_alphanumeric() => {
            let prev: String = cur.chars().rev().take_while(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
            let prev: String = prev.chars().rev().collect();
            abbreviations.contains(&prev)
        }
        // An ASCII word (the usual case): compared without copying it.
        _ => abbreviations.iter().any(|a| a.eq_ignore_ascii_case(tail)),
    }
}

/// The abbreviations of the shipped languages, for tests.
#[cfg(test)]
fn shipped_abbreviations() -> &'static [String] {
    static SHIPPED: OnceLock<Vec<String>> = OnceLock::new();
    SHIPPED.get_or_init(|| super::languages::shipped_grammar().abbreviations)
}

/// [`sentences`] as it was written first, character by character: what
/// the slices are checked against.
#[cfg(test)]
fn reference_sentences(raw: &str) -> Vec<(String, bool)> {
    let chars: Vec<char> = raw.chars().take(crate::text::MAX_MATCH_CHARS).collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let end = match c {
            '?' | '!' | '\n' | ';' => true,
            '.' => {
                let next_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                let prev_word: String =
                    cur.chars().rev().take_while(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
                let abbrev = shipped_abbreviations().contains(&prev_word.chars().rev().collect::<String>());
                !next_digit && !abbrev
            }
            _ => false,
        };
        if end {
            if !cur.trim().is_empty() {
                out.push((std::mem::take(&mut cur), c == '?'));
            } else if c == '?' {
                if let Some(last) = out.last_mut() {
                    last.1 = true;
                }
            }
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    if !cur.trim().is_empty() {
        out.push((cur, false));
    }
    out
}

fn push_token(out: &mut String, sentence_of: &mut Vec<usize>, tok: &str, sentence: usize) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(tok);
    sentence_of.push(sentence);
}

/// The message opens with `phrase` ("udfyld ...", "schreib mir ..."): an
/// order to do something, which the bot never does.
fn starts_with_phrase(text: &str, phrase: &str) -> bool {
    text.strip_prefix(phrase).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Patterns of the shipped base's kinds that start with no fixed letters.
    const UNGATED: [&str; 5] = [
        r"\b\w*(uddannelse|eksamen)\w*\b( \w+){0,4} (tysk\w*|dk)",
        r"(^| )danske? sygedagpenge",
        r"(\b(\w*ferie\w*|rejse\w*)\b( \w+){0,6} (til|i) (kroatien|spanien))",
        r"(arbejd(er|e|s)?|job\w*)\b( \w+){0,4} (begge lande|flere lande)",
        r"(a|b)+c*",
    ];

    #[test]
    fn a_word_bit_is_its_number_s_bit_and_the_token_end_where_the_word_ends() {
        for w in 0..=u8::MAX {
            let bit = if w == JOINED { JOINED_BIT } else { 1u16 << w.min(14) };
            assert_eq!(WORD_BIT[usize::from(w)], bit, "{w}");
        }
        let (s, tok_of, _, ends, tok_end) = spaceless(&["skat", "i", "grenzgangerbesteuerung", "a"]);
        for end in 1..=s.len() {
            let mut word_end = end;
            while !ends[word_end] {
                word_end += 1;
            }
            assert_eq!(if ends[end] { end } else { tok_end[tok_of[end]] }, word_end, "{end}");
        }
    }

    #[test]
    fn evidence_in_the_vectors_of_the_last_is_all_zero_again() {
        let mut ev = Evidence::new(3);
        ev.raw[0] = 1.0;
        ev.context_bg[2] = 2.0;
        ev.strong[1] = true;
        ev.named_in_question[2] = true;
        ev.counted.push((1, 2));
        ev.hits.push((0, Hit::Outside));
        let kept = ev.raw.as_ptr();
        drop(ev);
        let ev = Evidence::new(3);
        assert_eq!(ev.raw.as_ptr(), kept);
        for v in [&ev.raw, &ev.raw_bg, &ev.context, &ev.context_bg] {
            assert_eq!(v, &[0.0; 3]);
        }
        for f in [&ev.notted, &ev.notted_focus, &ev.strong, &ev.strong_focus, &ev.named_in_question] {
            assert_eq!(f, &[false; 3]);
        }
        assert!(ev.counted.is_empty() && ev.asked.is_empty() && ev.hits.is_empty());
        drop(ev);
        assert_eq!(Evidence::new(5).strong, [false; 5]);
    }

    #[test]
    fn spelling_cues_of_more_than_eight_languages_are_read_one_language_at_a_time() {
        let own = |v: &[&str]| v.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let mut written = vec![(own(&["sch", "z"]), own(&["ung"])), (own(&["aa", "ø"]), own(&["hed"]))];
        written.extend((0..8).map(|i| (own(&[["ei", "ie", "kv", "w"][i % 4]]), own(&["lig"]))));
        let compiled = Spellings::new(written.iter().map(|(c, e)| Spelling::new(c, e)).collect());
        assert!(compiled.two.is_empty());
        for text in ["Schätzung der Steuer", "skattefrihed kvittering", "weil wir hierbleiben", "ølejlighed"] {
            assert_eq!(spelling_cues(text, &compiled), reference_spelling_cues(text, &written), "{text}");
        }
    }

    #[test]
    fn patterns_with_no_fixed_start_are_gated_by_a_part_they_need() {
        let lits = |p: &str| {
            required_literals(&parse_pattern(p).unwrap())
                .map(|l| l.into_iter().map(|b| String::from_utf8(b).unwrap()).collect::<Vec<_>>())
        };
        assert!(lits(UNGATED[1]).unwrap().iter().all(|l| l.contains("dansk")), "{:?}", lits(UNGATED[1]));
        assert_eq!(lits(UNGATED[4]).unwrap(), ["a", "b"]);
        assert!(lits(UNGATED[0]).unwrap().iter().any(|l| l.contains("uddannelse")), "{:?}", lits(UNGATED[0]));
        assert_eq!(lits(r"\w+"), None);
        assert_eq!(lits(r"a*b?"), None);
    }

    #[test]
    fn the_gate_lets_through_every_shipped_pattern_that_matches_a_test_question() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        // The test sets, built in (this module does no I/O of its own).
        const SETS: [&str; 7] = [
            include_str!("../../tests/data/questions-coverage.tsv"),
            include_str!("../../tests/data/questions-coverage-2.tsv"),
            include_str!("../../tests/data/questions-health.tsv"),
            include_str!("../../tests/data/questions-health-2.tsv"),
            include_str!("../../tests/data/questions-life.tsv"),
            include_str!("../../tests/data/questions-real.tsv"),
            include_str!("../../tests/data/questions-tax.tsv"),
        ];
        let day = crate::date::Date::parse("2026-12-05").unwrap();
        let (kb, _) = crate::knowledge::Kb::load_for_asking(&root.join("knowledge"), &root.join("locales"), day);
        let m = &kb.matcher;
        let texts: Vec<String> = SETS
            .iter()
            .flat_map(|set| set.lines().filter_map(|l| l.split('\t').nth(2)))
            .map(|q| m.prepare(q, "").folded)
            .collect();
        assert!(texts.len() > 500, "{}", texts.len());
        let always: usize = m.always.len();
        let regexes: Vec<Option<regex::bytes::Regex>> =
            m.regexes.iter().map(|p| compile_pattern(&p.source).ok()).collect();
        let (mut matched, mut skipped) = (0, 0);
        for t in &texts {
            let run = m.gated(t);
            for (i, (p, regex)) in m.regexes.iter().zip(&regexes).enumerate() {
                let Some(regex) = regex else { continue };
                let through = run.binary_search_by_key(&(i as u32), |&(i, _)| i).ok().map(|k| run[k].1);
                if let Some(found) = regex.find(t.as_bytes()) {
                    matched += 1;
                    let Some(from) = through else {
                        panic!("pattern {} matches {t:?} but the gate kept it out", p.source)
                    };
                    // The search may start where the gate says: no match starts before.
                    assert!(
                        from <= found.start(),
                        "pattern {} matches {t:?} at {} before {from}",
                        p.source,
                        found.start()
                    );
                    let from_there =
                        search_regex(&p.source).and_then(|r| r.find(regex_automata::Input::new(t).range(from..)));
                    assert_eq!(from_there.map(|f| f.range()), Some(found.range()), "pattern {} in {t:?}", p.source);
                } else if through.is_none() {
                    skipped += 1;
                }
            }
        }
        assert!(matched > 100 && skipped > 1000 && always < m.regexes.len() / 20, "{matched} {skipped} {always}");
    }

    #[test]
    fn patterns_run_without_the_prefilter_find_what_the_regex_crate_finds() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let day = crate::date::Date::parse("2026-12-05").unwrap();
        let (kb, _) = crate::knowledge::Kb::load_for_asking(&root.join("knowledge"), &root.join("locales"), day);
        let m = &kb.matcher;
        let texts: Vec<String> = include_str!("../../tests/data/questions-real.tsv")
            .lines()
            .chain(include_str!("../../tests/data/questions-tax.tsv").lines())
            .filter_map(|l| l.split('\t').nth(2))
            .map(|q| m.prepare(q, "").folded)
            .collect();
        let mut found = 0;
        for p in m.regexes.iter().map(|p| p.source.as_str()).chain(UNGATED) {
            let (plain, fast) = (compile_pattern(p).unwrap(), search_regex(p).unwrap());
            // As compiled on first use: from the tree parsed at build.
            let from_tree = search_regex_of(&parse_pattern(p).unwrap()).unwrap();
            for t in &texts {
                let span = |r: Option<regex_automata::Match>| r.map(|f| (f.start(), f.end()));
                assert_eq!(
                    plain.find(t.as_bytes()).map(|f| (f.start(), f.end())),
                    span(fast.find(t.as_bytes())),
                    "{p} {t}"
                );
                assert_eq!(span(from_tree.find(t.as_bytes())), span(fast.find(t.as_bytes())), "{p} {t}");
                assert_eq!(plain.is_match(t.as_bytes()), fast.is_match(t.as_bytes()), "{p} {t}");
                assert_eq!(from_tree.is_match(t.as_bytes()), fast.is_match(t.as_bytes()), "{p} {t}");
                found += usize::from(fast.is_match(t.as_bytes()));
            }
        }
        assert!(found > 50, "{found}");
    }

    proptest::proptest! {
        #[test]
        fn a_pattern_matches_only_text_that_holds_one_of_its_gate_literals(
            s in "(danske?|sygedagpenge|uddannelse|eksamen|tysk|dk|ferie|rejse|til|kroatien|arbejder|job|begge|lande|a|b|c| |x){0,12}"
        ) {
            for p in UNGATED {
                let lits = required_literals(&parse_pattern(p).unwrap()).unwrap();
                if compile_pattern(p).unwrap().is_match(s.as_bytes()) {
                    proptest::prop_assert!(lits.iter().any(|l| s.as_bytes().windows(l.len()).any(|w| w == l.as_slice())), "{p} {s:?} {lits:?}");
                }
            }
        }
    }

    #[test]
    fn a_variant_hashes_like_the_string_it_stands_for() {
        let stem = b"skattekort";
        for skip in 0..stem.len() {
            let mut deleted = stem.to_vec();
            deleted.remove(skip);
            assert_eq!(variant_hash(&stem[..skip], &stem[skip + 1..]), variant_hash(&deleted, b""));
        }
        assert_ne!(variant_hash(b"skattekort", b""), variant_hash(b"skattekor", b""));
    }

    /// The words' stems looked up only where they decide something give the
    /// marks that looking them up at every hit gave, on every question of
    /// the test sets (each as its own tokens).
    #[test]
    fn stems_looked_up_only_where_they_decide_give_the_same_marks() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        const SETS: [&str; 3] = [
            include_str!("../../tests/data/questions-real.tsv"),
            include_str!("../../tests/data/questions-tax.tsv"),
            include_str!("../../tests/data/questions-life.tsv"),
        ];
        let day = crate::date::Date::parse("2026-12-05").unwrap();
        let (kb, _) = crate::knowledge::Kb::load_for_asking(&root.join("knowledge"), &root.join("locales"), day);
        let m = &kb.matcher;
        let mut questions = 0;
        for q in SETS.iter().flat_map(|set| set.lines().filter_map(|l| l.split('\t').nth(2))) {
            let folded = m.prepare(q, "").folded;
            let toks: Vec<&str> = tokens(&folded).collect();
            assert_eq!(m.word_marks_with(&toks, false), m.word_marks_with(&toks, true), "{q}");
            questions += 1;
        }
        assert!(questions > 300, "{questions}");
    }

    /// A typo variant is found among those filed under its top bits as by a
    /// binary search of them all: every variant of a few stems (one shared
    /// by two patterns), hashes at the ends of the range and some in between.
    #[test]
    fn typo_variants_filed_by_top_bits_are_found_as_by_a_search_of_all() {
        let slot = Slot { phrase: 0, word: 0, not: false };
        let stems: Vec<(String, Vec<Slot>)> = ["grenzgaenger", "grenzganger", "skattekort", "sygedagpenge", "ab"]
            .iter()
            .map(|s| (s.to_string(), vec![slot]))
            .collect();
        let (mut fuzzy, _) = typo_variants(&stems);
        let (h, _) = fuzzy[fuzzy.len() / 2];
        fuzzy.extend([(h, 7), (0, 3), (u64::MAX, 4), (u64::MAX, 5)]);
        fuzzy.sort_unstable();
        let starts = typo_starts(&fuzzy);
        assert_eq!(starts.len(), (1 << TYPO_BITS) + 1);
        let all = |h: u64| -> Vec<u32> {
            let from = fuzzy.partition_point(|(k, _)| *k < h);
            fuzzy[from..].iter().take_while(|(k, _)| *k == h).map(|(_, p)| *p).collect()
        };
        let mut asked: Vec<u64> = fuzzy.iter().map(|(k, _)| *k).collect();
        asked.extend((0..2000u64).map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15)));
        asked.extend([0, 1, u64::MAX, u64::MAX - 1, 1 << 48, (1 << 48) - 1]);
        for h in asked {
            let mut got = Vec::new();
            typo_lookup(&fuzzy, &starts, h, &mut got);
            assert_eq!(got, all(h), "{h:x}");
        }
        assert!(all(h).len() >= 2);
    }

    proptest::proptest! {
        /// Filing the typo variants by their top bits and sorting each file
        /// gives the order and the duplicates dropped of one sort of them all:
        /// hashes crowded into a few top-bit values, spread over all, equal
        /// hashes with equal and different patterns.
        #[test]
        fn typo_variants_sorted_by_top_bits_as_by_one_sort(
            raw in proptest::collection::vec((0u64..4, proptest::num::u64::ANY, 0u32..6), 0..3000),
        ) {
            let variants: Vec<(u64, u32)> = raw
                .iter()
                .map(|&(crowd, h, p)| (if crowd == 0 { h } else { (crowd << 62) | (h & 0xff) }, p))
                .collect();
            let mut one_sort = variants.clone();
            one_sort.sort_unstable();
            one_sort.dedup();
            let (sorted, starts) = sorted_by_top_bits(variants);
            proptest::prop_assert_eq!(&sorted, &one_sort);
            proptest::prop_assert_eq!(starts, typo_starts(&one_sort));
        }
    }

    proptest::proptest! {
        #[test]
        fn sentences_agree_with_the_character_by_character_split(s in "[ -~æøåÆØÅäöüßK\u{212a}İé1-9\\n]{0,80}") {
            let slices: Vec<(String, bool)> = sentences(&s, shipped_abbreviations()).into_iter().map(|(t, q)| (t.to_string(), q)).collect();
            proptest::prop_assert_eq!(slices, reference_sentences(&s));
        }
    }

    proptest::proptest! {
        #[test]
        fn spelling_cues_read_as_they_lower_case_agree_with_the_lowered_copy(
            s in "[ -~æøåÆØÅäöüßÄÖÜ\u{212a}İẞé\u{301}ǅΣσﬁ1-9\n]{0,80}",
        ) {
            let own = |v: &[&str]| v.iter().map(|w| w.to_string()).collect::<Vec<_>>();
            let mut written = vec![
                (own(&["aa", "sj", "ø", "kv"]), own(&["ning", "hed", "lige", "lig"])),
                (own(&["sch", "z", "i\u{307}"]), own(&["ung", "ß", "ss"])),
                (own(&["é"]), own(&["e\u{301}", ""])),
                (own(&[""]), own(&[])),
            ];
            let compiled = Spellings::new(written.iter().map(|(c, e)| Spelling::new(c, e)).collect());
            proptest::prop_assert_eq!(spelling_cues(&s, &compiled), reference_spelling_cues(&s, &written));
            written.truncate(2);
            let compiled = Spellings::new(written.iter().map(|(c, e)| Spelling::new(c, e)).collect());
            proptest::prop_assert_eq!(spelling_cues(&s, &compiled), reference_spelling_cues(&s, &written));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_sentences_fold_to_the_tokens_of_the_whole(s in "[ -~æøåÆØÅäöüß€½é\u{301}\u{212a}\u{2024}\u{a0}ﬁ²１？1-9\\n.]{0,80}") {
            let whole: Vec<String> = tokens(&fold(&s)).map(str::to_string).collect();
            let pieces: Vec<String> =
                sentences(&s, shipped_abbreviations()).into_iter().flat_map(|(t, _)| tokens(&fold(t)).map(str::to_string).collect::<Vec<_>>()).collect();
            if !s.as_bytes().windows(2).any(|w| w[0] == b'.' && !w[1].is_ascii()) {
                proptest::prop_assert_eq!(pieces, whole);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn dropping_incomplete_phrases_changes_no_complete_phrase(
            raw in proptest::collection::vec((0u32..8, 0u8..5, 0usize..30, proptest::bool::ANY), 0..60),
            words in proptest::collection::vec(1u8..5, 8),
        ) {
            let marks: Vec<Mark> = raw
                .iter()
                .map(|&(phrase, word, tok, fuzzy)| {
                    let word = if word == 4 { JOINED } else { word.min(words[phrase as usize] - 1) };
                    Mark::new(Slot { phrase, word, not: false }, tok, fuzzy)
                })
                .collect();
            let need: Vec<u16> = words.iter().map(|&n| need_of(n)).collect();
            let run = |need: &[u16]| {
                let mut m = marks.clone();
                complete_phrases(&mut m, need, |p| (words[p as usize], false), |t| t % 3 == 0, |t| t % 5 == 0, |_, _, _| true)
            };
            proptest::prop_assert_eq!(run(&need), run(&[0; 8]));
        }
    }

    #[test]
    fn sentences_end_at_the_character_limit() {
        let long = format!("{}. naechster Satz", "ab ".repeat(crate::text::MAX_MATCH_CHARS));
        let slices: Vec<(String, bool)> =
            sentences(&long, shipped_abbreviations()).into_iter().map(|(t, q)| (t.to_string(), q)).collect();
        assert_eq!(slices, reference_sentences(&long));
        for text in ["ca. 5 kr. om dagen", "z.B. morgen. Und dann?", "Nr. 5. Hvad nu?", "KR. 5", "\u{212a}r. 5", "0.²"]
        {
            let slices: Vec<(String, bool)> =
                sentences(text, shipped_abbreviations()).into_iter().map(|(t, q)| (t.to_string(), q)).collect();
            assert_eq!(slices, reference_sentences(text), "{text}");
        }
    }

    #[test]
    fn requests_match_only_at_the_start_on_a_word_boundary() {
        assert!(starts_with_phrase("udfyld blanket 04.063", "udfyld"));
        assert!(starts_with_phrase("udfyld", "udfyld"));
        assert!(!starts_with_phrase("udfylder jeg", "udfyld"));
        assert!(!starts_with_phrase("hvordan udfyld", "udfyld"));
    }
}
