//! The one integration-test binary (see matklad's "Delete Cargo Integration
//! Tests" and ripgrep's `tests/tests.rs`): a module per area, shared helpers
//! in `support`. Run one area with a filter: `cargo test --test it core::`,
//! `cargo test --test it telegram::faults`, the floors of the tuning sets
//! with `cargo test --test it core::sets`.

mod advisor;
mod core;
mod ops;
mod support;
mod telegram;
