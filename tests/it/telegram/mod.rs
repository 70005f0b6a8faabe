//! The Telegram adapter end to end: the real polling loop, store and
//! renderer against a fake Bot API on 127.0.0.1:0 (see `fake.rs`).
//!
//! `adapter` runs the adapter inside the test process (fast, with a test
//! brain that can make an answer very long or panic); `process` runs the
//! `pendlerbot` binary as a child process for the kill, signal and token
//! tests.

mod adapter;
mod advisor;
mod check;
mod faults;
mod process;
mod relay;
