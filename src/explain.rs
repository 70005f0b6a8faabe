//! How the matcher decided, in words: the text of `pendlerbot ask
//! --explain` and of `/why` for admins in Telegram. Pure: it runs the
//! matcher and formats what it saw (normalised text, language, situation,
//! thresholds, the top candidates with the keywords and patterns that fired,
//! and why it answered, offered choices or fell back).

use std::fmt::Write;

use crate::knowledge::matcher::{ANSWER_AT, CHOICES_AT, LEAD_RATIO, MARGIN};
use crate::knowledge::{Decision, Kb};

/// The explanation of how `question` is decided, one fact per line.
pub fn explain(kb: &Kb, question: &str) -> String {
    let m = kb.find_explained(question, None, None);
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "question:   {question}");
    let _ = writeln!(out, "normalised: {}", m.normalized);
    let _ = writeln!(out, "language:   {}", m.lang);
    if let Some(q) = &m.question {
        let _ = writeln!(
            out,
            "question sentence: {q} (the rest is background, weighed less when the question names a topic)"
        );
    }
    if !m.expansions.is_empty() {
        let _ = writeln!(out, "everyday words: {}", m.expansions.join(", "));
    }
    let dir = m.direction.map(|d| d.code()).unwrap_or("not stated");
    let _ = writeln!(out, "situation:  {dir}{}", if m.outside { " (outside the DK-DE border region)" } else { "" });
    let said = |c: Option<crate::knowledge::Country>| c.map_or("-", |c| c.code());
    if !m.situation.is_empty() {
        let s = &m.situation;
        let _ = writeln!(
            out,
            "            read from places: lives {}, works {}, partner works {}",
            said(s.lives),
            said(s.works),
            said(s.partner_works)
        );
    }
    let _ = writeln!(
        out,
        "thresholds: answer >= {ANSWER_AT:.2} with a lead of {MARGIN:.2} (or {LEAD_RATIO}x the runner-up's score); choices >= {CHOICES_AT:.2}"
    );
    if m.candidates.is_empty() {
        let _ = writeln!(out, "candidates: none");
    }
    for c in m.candidates.iter().take(5) {
        // In a message of several sentences: where the entry's keywords stood.
        let place = match (&m.question, c.in_question) {
            (None, _) => "",
            (Some(_), true) => "  (keyword in the question sentence)",
            (Some(_), false) => "  (no keyword in the question sentence)",
        };
        let _ = writeln!(out, "  {:.3}  {}{place}", c.score, c.entry);
        for h in &c.hits {
            let _ = writeln!(out, "           - {h}");
        }
    }
    if let Some(o) = &m.second_opinion {
        let verdict = if o.decided { "decides the close call" } else { "not clear enough to decide" };
        let _ = writeln!(
            out,
            "second opinion: the entries' own words (examples, keywords, context) resemble {} most: {:.3}, runner-up {:.3}; {verdict}",
            o.entry, o.best, o.second
        );
    }
    let why = match m.decision {
        Decision::Answer if m.second_opinion.as_ref().is_some_and(|o| o.decided) => {
            format!(
                "answer with {} (the rules' choices, decided by the second opinion)",
                m.entry.as_deref().unwrap_or("")
            )
        }
        Decision::Answer if m.closing => {
            format!(
                "answer with {} (the message asks nothing and ends with small talk)",
                m.entry.as_deref().unwrap_or("")
            )
        }
        Decision::Answer => {
            format!("answer with {} (best is confident and clearly ahead)", m.entry.as_deref().unwrap_or(""))
        }
        Decision::Choices => format!("offer choices {:?} (best is unsure or others are close)", m.options),
        Decision::Fallback => "fall back to the advice office (nothing matched well enough)".into(),
    };
    let _ = writeln!(out, "decision:   {why}");
    out
}
