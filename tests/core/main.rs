//! One integration-test binary for the answering core (see matklad's
//! "Delete Cargo Integration Tests"): modules per area, helpers in `util`.

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
mod util;
mod values;
