//! How the bot ended a question: answered it, answered after the second
//! opinion settled a close call, offered choices, or fell back to the advice
//! office. One type for the metrics
//! (`pendlerbot_questions_total{outcome}`), the store's daily counters, the
//! unanswered log (`unanswered::Kind` is this type), `stats` and the report.
//!
//! [`Outcome::as_str`] is the stored form (`q/<day>/<outcome>` keys, the
//! unanswered records' `kind`) and the exported label: it never changes,
//! so data written by earlier versions loads.

use serde::{Deserialize, Serialize};

use crate::dialogue::Event;
use crate::text::Lang;

/// How a question ended. The order (answered, settled, offered, fell back)
/// is the order of the `stats` columns and the report's charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Answered,
    /// It answered after the second opinion settled a close call between
    /// choices: an answer the advisors may want to review.
    Settled,
    /// It offered choices (it was unsure).
    Offered,
    /// It fell back to the advice office (it could not answer).
    FellBack,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [Outcome::Answered, Outcome::Settled, Outcome::Offered, Outcome::FellBack];

    /// `answered`, `offered`, `fell_back`: as stored and exported.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Answered => "answered",
            Outcome::Settled => "settled",
            Outcome::Offered => "offered",
            Outcome::FellBack => "fell_back",
        }
    }

    /// The stored form back; `None` for anything else.
    pub fn parse(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == s)
    }

    /// A question's outcome with its language and the entry answered, or
    /// `None` for what is no question (commands, feedback, non-text).
    pub fn of(event: &Event) -> Option<(Outcome, Lang, Option<&str>)> {
        match event {
            Event::Answered { entry, lang, settled: false } => Some((Outcome::Answered, *lang, Some(entry.as_str()))),
            Event::Answered { entry, lang, settled: true } => Some((Outcome::Settled, *lang, Some(entry.as_str()))),
            Event::Offered { lang, .. } => Some((Outcome::Offered, *lang, None)),
            Event::FellBack { lang } => Some((Outcome::FellBack, *lang, None)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_form_reads_back_and_matches_serde() {
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
            assert_eq!(serde_json::to_string(&o).unwrap(), format!("\"{}\"", o.as_str()));
        }
        assert_eq!(Outcome::parse("fell back"), None);
    }
}
