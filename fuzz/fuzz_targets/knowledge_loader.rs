//! The loader on an arbitrary `knowledge/tax.toml` beside the test fixture's other files.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| common::load_with("knowledge/tax.toml", data));
