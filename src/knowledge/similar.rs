//! A second opinion for close calls: which entry's own words does the
//! question resemble most?
//!
//! The rules (keywords, context, patterns) decide. When they leave two or
//! three entries close and would offer them as choices, the question is
//! compared with everything advisors wrote for each entry — its examples,
//! keywords and context words, in every language — as a bag of word
//! beginnings and four-letter pieces of words (so "Krankenkase",
//! "sygedagpengene" and "Sygedagpenge" still share most pieces), weighted by
//! how rare each piece is across the entries (TF-IDF, cosine). If the entry
//! it resembles most is one of the choices and clearly ahead of every other
//! entry, the matcher answers it instead of asking.
//!
//! It never answers on its own: it only picks among choices the rules
//! offered, never outside the border region, never against a `not` word (a
//! `not` word keeps an entry out of the choices). Adding examples written
//! the way commuters write is how advisors make it better.
//!
//! Pure: no I/O. Built lazily, on the first close call.

use std::hash::Hasher;

use rustc_hash::{FxHashMap as HashMap, FxHasher};

use crate::text::{fold, tokens};

/// A word's beginning of this many letters is one feature ("skattek" ...).
const PREFIX_CHARS: usize = 5;
/// Pieces of this many letters, from words of at least this length.
const PIECE_CHARS: usize = 4;
/// A piece counts this much against a word beginning's 1.0.
const PIECE_WEIGHT: f32 = 0.3;
/// Keywords say what an entry is about more surely than example questions.
const KEYWORD_WEIGHT: f32 = 2.0;

/// Which of an entry's words a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Keyword,
    Context,
    Example,
}

/// The entries' word profiles, ready to compare with a question.
pub struct Similar {
    /// Feature -> (inverse document frequency, [(entry, weight in the entry's unit vector)]).
    index: HashMap<u64, (f32, Vec<(u32, f32)>)>,
    entries: usize,
}

/// The entry a question resembles most, and by how much.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Opinion {
    pub entry: usize,
    /// Cosine similarity with the best entry, 0..1.
    pub best: f32,
    /// The same for the runner-up.
    pub second: f32,
}

/// Calls `add` with each feature of `text` (a hash of the word's beginning,
/// or of a piece) and its weight. Hashes, not strings: building the profiles
/// of a whole base must stay a few milliseconds.
fn features(text: &str, mut add: impl FnMut(u64, f32)) {
    let folded = fold(text);
    let mut chars: Vec<char> = Vec::with_capacity(32);
    for word in tokens(&folded) {
        chars.clear();
        chars.push('<');
        chars.extend(word.chars());
        chars.push('>');
        let letters = chars.len() - 2;
        add(hash(b'w', &chars[1..1 + letters.min(PREFIX_CHARS)]), 1.0);
        if letters >= PIECE_CHARS {
            for piece in chars.windows(PIECE_CHARS) {
                add(hash(b'p', piece), PIECE_WEIGHT);
            }
        }
    }
}

fn hash(kind: u8, chars: &[char]) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(kind);
    for c in chars {
        h.write_u32(*c as u32);
    }
    h.finish()
}

fn damp(count: f32) -> f32 {
    1.0 + count.ln_1p()
}

impl Similar {
    /// `texts`: (entry index, what the text is, the text), for entries `0..entries`.
    pub fn build<'a>(entries: usize, texts: impl IntoIterator<Item = (usize, Source, &'a str)>) -> Similar {
        let mut counts: Vec<HashMap<u64, f32>> = vec![HashMap::default(); entries];
        for (entry, source, text) in texts {
            let weight = if source == Source::Keyword { KEYWORD_WEIGHT } else { 1.0 };
            let bag = &mut counts[entry];
            features(text, |f, w| *bag.entry(f).or_insert(0.0) += w * weight);
        }
        let mut df: HashMap<u64, u32> = HashMap::default();
        for bag in &counts {
            for f in bag.keys() {
                *df.entry(*f).or_insert(0) += 1;
            }
        }
        let idf = |f: &u64| ((entries as f32) / (1.0 + df[f] as f32)).ln() + 1.0;
        let mut index: HashMap<u64, (f32, Vec<(u32, f32)>)> = HashMap::default();
        for (entry, bag) in counts.iter().enumerate() {
            let weights: Vec<(&u64, f32)> = bag.iter().map(|(f, &c)| (f, damp(c) * idf(f))).collect();
            let norm = weights.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm == 0.0 {
                continue;
            }
            for (f, w) in weights {
                let slot = index.entry(*f).or_insert_with(|| (idf(f), Vec::new()));
                slot.1.push((entry as u32, w / norm));
            }
        }
        Similar { index, entries }
    }

    /// Whether any entry's own words begin the way `word` (folded) begins:
    /// the base uses the word, or one of its forms ("søndagen", "Søndag").
    pub fn knows(&self, word: &str) -> bool {
        let chars: Vec<char> = word.chars().take(PREFIX_CHARS).collect();
        !chars.is_empty() && self.index.contains_key(&hash(b'w', &chars))
    }

    /// The entry `question` resembles most, with the runner-up's similarity;
    /// `None` when it shares nothing with any entry.
    pub fn opinion(&self, question: &str) -> Option<Opinion> {
        let mut bag: HashMap<u64, f32> = HashMap::default();
        features(question, |f, w| {
            if self.index.contains_key(&f) {
                *bag.entry(f).or_insert(0.0) += w;
            }
        });
        let mut scores = vec![0.0f32; self.entries];
        let mut norm = 0.0f32;
        for (f, c) in &bag {
            let (idf, postings) = &self.index[f];
            let q = damp(*c) * idf;
            norm += q * q;
            for &(e, w) in postings {
                scores[e as usize] += q * w;
            }
        }
        if norm == 0.0 {
            return None;
        }
        let norm = norm.sqrt();
        let mut best = (0usize, 0.0f32);
        let mut second = 0.0f32;
        for (e, &s) in scores.iter().enumerate() {
            if s > best.1 {
                second = best.1;
                best = (e, s);
            } else if s > second {
                second = s;
            }
        }
        Some(Opinion { entry: best.0, best: best.1 / norm, second: second / norm })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Similar {
        let texts = [
            (0, Source::Keyword, "sygedagpenge"),
            (0, Source::Example, "Hvem betaler sygedagpenge når jeg er syg og arbejder i Danmark?"),
            (0, Source::Example, "Krankengeld vom dänischen Arbeitgeber"),
            (1, Source::Keyword, "krankenkasse"),
            (1, Source::Example, "Muss ich mich bei einer deutschen Krankenkasse anmelden?"),
            (1, Source::Example, "S1 Formular bei der Krankenkasse abgeben"),
            (2, Source::Keyword, "skattekort"),
            (2, Source::Example, "Hvor finder jeg mit skattekort?"),
        ];
        Similar::build(3, texts)
    }

    #[test]
    fn the_entry_sharing_the_most_rare_words_wins() {
        let o = base().opinion("Wo gebe ich das S1 Formular ab?").unwrap();
        assert_eq!(o.entry, 1);
        assert!(o.best > o.second, "{o:?}");
    }

    #[test]
    fn a_typo_keeps_most_pieces_of_the_word() {
        let o = base().opinion("krankenkase anmelden").unwrap();
        assert_eq!(o.entry, 1, "{o:?}");
        let o = base().opinion("sygedagpengene").unwrap();
        assert_eq!(o.entry, 0, "{o:?}");
    }

    #[test]
    fn a_word_is_known_by_its_beginning() {
        let b = base();
        assert!(b.knows("skattekortet"), "a form of a keyword");
        assert!(b.knows("krankenkassen"), "a form of a keyword");
        assert!(!b.knows("juletrae"));
        assert!(!b.knows(""));
    }

    #[test]
    fn nothing_shared_is_no_opinion() {
        assert_eq!(base().opinion("🚲🚲"), None);
        assert_eq!(base().opinion(""), None);
        assert_eq!(Similar::build(0, []).opinion("skattekort"), None);
    }
}
