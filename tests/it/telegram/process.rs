//! The `pendlerbot` binary as a separate process: `kill -9` right after an
//! update was fetched, SIGTERM and SIGINT, and the token never in the output.

use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

use crate::support::bot::{fixture, text_of};
use crate::support::fake::{self, Fake};
use crate::support::{try_wait_until, CANARY, PATIENCE};

struct Bot {
    child: Child,
    out: tempfile::NamedTempFile,
    _token_file: Option<tempfile::NamedTempFile>,
}

/// How the operator starts the bot.
#[derive(Clone, Copy, Debug)]
enum Launch {
    /// `pendlerbot` with `TELOXIDE_TOKEN` set.
    Default,
    /// `pendlerbot serve` with `PENDLERBOT_TOKEN_FILE`.
    ServeWithTokenFile,
    /// `pendlerbot` with `TELOXIDE_TOKEN` and an advisors' group (issue 18).
    Relay(i64),
}

fn spawn(fake: &Fake, data: &Path) -> Bot {
    spawn_as(fake, data, Launch::Default)
}

fn spawn_as(fake: &Fake, data: &Path, launch: Launch) -> Bot {
    let out = tempfile::NamedTempFile::new().unwrap();
    let f = fixture();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pendlerbot"));
    cmd.arg("--knowledge")
        .arg(f.join("knowledge"))
        .arg("--locales")
        .arg(f.join("locales"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TELOXIDE_API_URL", &fake.url)
        .env("PENDLERBOT_DATA", data)
        .env("PENDLERBOT_LOG", "trace")
        .stdin(Stdio::null())
        .stdout(out.reopen().unwrap())
        .stderr(out.reopen().unwrap());
    let mut token_file = None;
    match launch {
        Launch::Default => {
            cmd.env("TELOXIDE_TOKEN", CANARY);
        }
        Launch::Relay(group) => {
            cmd.env("TELOXIDE_TOKEN", CANARY).env("PENDLERBOT_ADVISOR_CHAT", group.to_string());
        }
        Launch::ServeWithTokenFile => {
            let file = tempfile::NamedTempFile::new().unwrap();
            std::fs::write(file.path(), format!("{CANARY}\n")).unwrap();
            cmd.arg("serve").env("PENDLERBOT_TOKEN_FILE", file.path());
            token_file = Some(file);
        }
    }
    let child = cmd.spawn().unwrap();
    Bot { child, out, _token_file: token_file }
}

impl Bot {
    fn output(&self) -> String {
        std::fs::read_to_string(self.out.path()).unwrap_or_default()
    }

    fn signal(&self, name: &str) {
        let signal = match name {
            "TERM" => libc::SIGTERM,
            "INT" => libc::SIGINT,
            other => panic!("no signal {other}"),
        };
        // SAFETY: kill(2) on our own child's pid has no memory effects.
        let rc = unsafe { libc::kill(self.child.id() as libc::pid_t, signal) };
        assert_eq!(rc, 0, "kill -{name}");
    }

    async fn wait_exit(&mut self, within: Duration) -> ExitStatus {
        if !try_wait_until(within, || self.child.try_wait().unwrap().is_some()).await {
            let _ = self.child.kill();
            panic!("the bot did not exit within {within:?}; output:\n{}", self.output());
        }
        self.child.wait().unwrap()
    }

    fn assert_no_token(&self) {
        let out = self.output();
        assert!(!out.contains("CANARY"), "the token shows in the output:\n{out}");
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits until the bot polls with an offset above `update`: it confirmed it.
async fn wait_confirmed(fake: &Fake, update: u32) {
    fake.wait_until(&format!("update {update} confirmed"), Duration::from_secs(15), |f| {
        f.confirmed() > i64::from(update)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_after_an_update_was_fetched_loses_nothing() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    // The answer cannot go out: the process is killed while it is stuck sending,
    // after the next getUpdates has confirmed the update to "Telegram".
    fake.hold_sends(true);
    let mut bot = spawn(&fake, data.path());
    let id = fake.push(fake::text(200, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.wait_until("a send attempt", Duration::from_secs(15), |f| {
        f.calls().iter().any(|c| c.method == "sendmessage" && !c.done)
    })
    .await;
    wait_confirmed(&fake, id).await;
    bot.child.kill().unwrap(); // SIGKILL
    bot.wait_exit(Duration::from_secs(5)).await;
    bot.assert_no_token();
    assert!(fake.sent_to(200).is_empty());

    // Telegram will not deliver it again; the inbox has it.
    fake.hold_sends(false);
    let mut bot = spawn(&fake, data.path());
    let sent = fake.wait_sent(200, 1).await;
    assert!(text_of(&sent[0]).starts_with("<b>Skattekort</b>"));
    bot.signal("TERM");
    assert!(bot.wait_exit(Duration::from_secs(10)).await.success(), "{}", bot.output());
    assert_eq!(fake.sent_to(200).len(), 1, "answered exactly once");
    bot.assert_no_token();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_and_sigint_stop_cleanly_and_the_token_never_shows() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let rounds = [("TERM", Launch::Default), ("INT", Launch::ServeWithTokenFile)];
    for (round, (signal, launch)) in rounds.into_iter().enumerate() {
        let mut bot = spawn_as(&fake, data.path(), launch);
        let chat = 210 + round as i64;
        let id = fake.push(fake::text(chat, Some("de"), "Wo finde ich meine Steuerkarte?"));
        fake.wait_sent(chat, 1).await;
        wait_confirmed(&fake, id).await;
        bot.signal(signal);
        // How fast: the bot's own stop deadline (`stop_deadline`, 10 s) makes
        // a stop that does not finish in time exit with an error, which
        // `success()` catches; the wait here only ends a hung process.
        let status = bot.wait_exit(PATIENCE).await;
        let out = bot.output();
        assert!(status.success(), "SIG{signal} ({launch:?}): {status:?}\n{out}");
        assert!(out.contains(&format!("SIG{signal}: stopping")), "{out}");
        bot.assert_no_token();
        // Nothing of what the commuter wrote is logged, even at trace level.
        assert!(!out.contains("Steuerkarte?"), "{out}");
    }
    assert!(fake.tokens_seen().iter().all(|t| t == CANARY));
    // The session of both runs is on disk, and nothing waits in the inbox.
    let store = pendlerbot::Store::open(data.path()).unwrap();
    assert_eq!(store.inbox_len(), 0);
    assert_eq!(store.session_count(), 2);
}

/// PENDLERBOT_DATA naming a file (the token file was tried): start-up stops
/// with one clear line, the file is neither renamed nor written.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_data_path_that_is_a_file_stops_start_up_with_one_message_and_is_left_alone() {
    let fake = Fake::start().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    std::fs::write(&file, "not a folder\n").unwrap();
    let mut bot = spawn(&fake, &file);
    let status = bot.wait_exit(Duration::from_secs(10)).await;
    let out = bot.output();
    assert!(!status.success(), "{out}");
    assert_eq!(out.matches("is a file, not a folder").count(), 1, "said once:\n{out}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a folder\n");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing created beside it");
    bot.assert_no_token();
}

/// Issue 18: an advisor's answer fetched, the process killed (`kill -9`)
/// while relaying it, before its handled mark: after the restart the answer
/// reaches the commuter exactly once, and a redelivery of the same update
/// relays nothing again. Nothing the commuter or the advisor wrote is logged.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_after_an_advisors_answer_was_fetched_relays_it_exactly_once() {
    const GROUP: i64 = -500;
    let fake = Fake::start().await;
    fake.members(&[901]);
    let data = tempfile::tempdir().unwrap();
    let mut bot = spawn_as(&fake, data.path(), Launch::Relay(GROUP));
    fake.push(fake::text(230, Some("da"), "kan jeg tale med en person?"));
    fake.wait_sent(230, 1).await;
    fake.push(fake::callback(230, "cb", "r:anon"));
    fake.wait_sent(230, 2).await;
    fake.push(fake::text(230, Some("da"), "Hvad med min feriepenge-sag?"));
    fake.wait_sent(230, 3).await;
    // The chat's updates are handled in order: once /help is answered, the case is recorded.
    fake.push(fake::text(230, Some("da"), "/help"));
    fake.wait_sent(230, 4).await;
    let card = fake.sent_with_ids(GROUP)[0].0;

    fake.hold_sends(true);
    let answer = fake::in_group(GROUP, 901, Some(card), "Svar fra Rita om feriepenge");
    let id = fake.push(answer.clone());
    fake.wait_until("the relay's send attempt", Duration::from_secs(15), |f| {
        f.calls().iter().any(|c| c.method == "sendmessage" && !c.done && c.body["chat_id"] == 230)
    })
    .await;
    wait_confirmed(&fake, id).await;
    bot.child.kill().unwrap(); // SIGKILL
    bot.wait_exit(Duration::from_secs(5)).await;
    let first_run = bot.output();
    assert_eq!(fake.sent_to(230).len(), 4);

    fake.hold_sends(false);
    let mut bot = spawn_as(&fake, data.path(), Launch::Relay(GROUP));
    let sent = fake.wait_sent(230, 5).await;
    assert!(text_of(&sent[4]).contains("Svar fra Rita om feriepenge"), "{}", text_of(&sent[4]));
    bot.signal("TERM");
    assert!(bot.wait_exit(Duration::from_secs(10)).await.success(), "{}", bot.output());
    let second_run = bot.output();
    // Telegram delivers the same update again (a lost confirmation): it is not relayed again.
    let mut again = answer;
    again["update_id"] = serde_json::json!(id);
    fake.redeliver(again);
    fake.push(fake::text(230, Some("da"), "/help"));
    let mut bot = spawn_as(&fake, data.path(), Launch::Relay(GROUP));
    fake.wait_sent(230, 6).await;
    bot.signal("TERM");
    assert!(bot.wait_exit(Duration::from_secs(10)).await.success(), "{}", bot.output());
    // The redelivery is skipped either as handled or, since the handled mark
    // (issue 15.2) is the first poll's offset, never fetched: both relay nothing.
    let relayed = fake.sent_to(230).iter().filter(|m| text_of(m).contains("Svar fra Rita")).count();
    assert_eq!(relayed, 1, "relayed exactly once");
    for out in [first_run, second_run, bot.output()] {
        assert!(!out.contains("feriepenge") && !out.contains("Rita") && !out.contains("person?"), "{out}");
    }
    bot.assert_no_token();
    let store = pendlerbot::Store::open(data.path()).unwrap();
    let case = store.case(1).unwrap().expect("the case survived");
    assert_eq!((case.relayed, case.open), (1, true));
    assert!(case.first_answer.is_some());
}
