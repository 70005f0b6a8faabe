//! The answering core: checking fixtures, matching, the dialogue,
//! conversations, the tuning sets' floors (`sets`), the CLI, the shipped
//! base and the architecture's invariants (`tidy`); helpers in `util`.

mod check;
mod cli;
mod conversation;
mod dialogue;
mod languages;
mod matching;
mod props;
mod readme;
mod second_opinion;
mod sets;
mod shipped;
mod tidy;
pub(crate) mod util;
mod values;
