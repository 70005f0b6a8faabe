//! A plain BM25 retriever over the knowledge base's example questions: the
//! baseline the rule-based matcher is measured against (issue 7,
//! docs/performance.md). It is what one would build instead with a search
//! library: every example question is a document labelled with its entry,
//! a question is a query, the best document's entry wins.
//!
//! For a fair comparison it gets the same text normalisation (folding,
//! Danish and German Snowball stems) and the same language detection as the
//! matcher; it has no keywords, no situation rules and no outside-scope
//! words. It answers when the best document scores at least
//! [`ANSWER_AT`] (a fixed BM25 score chosen once, not tuned on the dev set)
//! and leads the best document of another entry by [`MARGIN`]; otherwise
//! it offers the top entries as choices. Not used when serving.

use rust_stemmers::Stemmer;
use rustc_hash::FxHashMap as HashMap;

use crate::knowledge::{Decision, EntryId, Kb, Match};
use crate::text::{fold, stem, tokens, Lang};

/// BM25 term-frequency saturation and length normalisation (the usual values).
const K1: f64 = 1.2;
const B: f64 = 0.75;
/// Lowest best-document score that answers.
pub const ANSWER_AT: f64 = 6.0;
/// Lead over the best document of another entry needed to answer.
pub const MARGIN: f64 = 1.0;

pub struct Bm25 {
    /// term -> (document, term frequency)
    postings: HashMap<String, Vec<(u32, u16)>>,
    doc_entry: Vec<u32>,
    doc_len: Vec<u32>,
    avg_len: f64,
    entry_ids: Vec<EntryId>,
    /// One per language of the base, in its order.
    stemmers: Vec<Stemmer>,
}

impl Bm25 {
    /// Indexes every example question of `kb`, in both languages.
    pub fn build(kb: &Kb) -> Bm25 {
        let stemmers: Vec<Stemmer> = kb.languages.list.values().map(|l| l.stemmer()).collect();
        let mut postings: HashMap<String, Vec<(u32, u16)>> = HashMap::default();
        let mut doc_entry = Vec::new();
        let mut doc_len = Vec::new();
        let mut entry_ids = Vec::new();
        for (ei, e) in kb.entries.iter().enumerate() {
            entry_ids.push(e.id.clone());
            for rules in e.rules.values() {
                for ex in &rules.examples {
                    let doc = doc_entry.len() as u32;
                    let terms = terms(&stemmers, &ex.value);
                    let mut tf: HashMap<&str, u16> = HashMap::default();
                    for t in &terms {
                        *tf.entry(t.as_str()).or_default() += 1;
                    }
                    for (t, n) in tf {
                        postings.entry(t.to_string()).or_default().push((doc, n));
                    }
                    doc_entry.push(ei as u32);
                    doc_len.push(terms.len() as u32);
                }
            }
        }
        let avg_len = doc_len.iter().map(|&l| f64::from(l)).sum::<f64>() / doc_len.len().max(1) as f64;
        Bm25 { postings, doc_entry, doc_len, avg_len, entry_ids, stemmers }
    }

    /// Scores a question; the language comes from the rule matcher's
    /// detection (`lang`), which BM25 has no way to do itself.
    pub fn find(&self, question: &str, lang: Lang) -> Match {
        let n_docs = self.doc_len.len() as f64;
        let mut score: HashMap<u32, f64> = HashMap::default();
        let mut q = terms(&self.stemmers, question);
        q.sort_unstable();
        q.dedup();
        for t in &q {
            let Some(list) = self.postings.get(t) else { continue };
            let df = list.len() as f64;
            let idf = ((n_docs - df + 0.5) / (df + 0.5) + 1.0).ln();
            for &(doc, tf) in list {
                let tf = f64::from(tf);
                let len_norm = 1.0 - B + B * f64::from(self.doc_len[doc as usize]) / self.avg_len;
                *score.entry(doc).or_default() += idf * tf * (K1 + 1.0) / (tf + K1 * len_norm);
            }
        }
        // Best document per entry.
        let mut by_entry: HashMap<u32, f64> = HashMap::default();
        for (doc, s) in score {
            let e = by_entry.entry(self.doc_entry[doc as usize]).or_default();
            *e = e.max(s);
        }
        let mut ranked: Vec<(u32, f64)> = by_entry.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let best = ranked.first().map_or(0.0, |r| r.1);
        let second = ranked.get(1).map_or(0.0, |r| r.1);
        let id = |r: &(u32, f64)| self.entry_ids[r.0 as usize].clone();
        let (decision, entry, options) = if best >= ANSWER_AT && best - second >= MARGIN {
            (Decision::Answer, Some(id(&ranked[0])), vec![])
        } else if best > 0.0 {
            (Decision::Choices, None, ranked.iter().take(3).map(id).collect())
        } else {
            (Decision::Fallback, None, vec![])
        };
        Match {
            lang_sure: true,
            decision,
            entry,
            options,
            score: (best * 1000.0).round() / 1000.0,
            ..Match::fallback(lang, fold(question), Default::default(), None)
        }
    }
}

/// The question's terms: folded words with their stems in every language
/// (all, as the analyser does not know the language), each stem once per
/// word, the last language's first.
fn terms(stemmers: &[Stemmer], text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut out = Vec::new();
    for w in tokens(&folded) {
        let start = out.len();
        for st in stemmers.iter().rev() {
            let s = stem(st, w);
            if !out[start..].contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_gets_both_stems_once_when_they_agree() {
        let st = [
            rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Danish),
            rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::German),
        ];
        let t = terms(&st, "Kindergeld skat");
        assert!(t.contains(&"skat".to_string()), "{t:?}");
        assert_eq!(t.iter().filter(|x| *x == "skat").count(), 1, "{t:?}");
    }
}
