//! The `pendlerbot` binary as an operator runs it: `--print-config`,
//! invalid configuration, and a serving process with JSON logs, HTTP
//! endpoints, SIGHUP and SIGTERM. The token canary must show nowhere.

use std::path::Path;
use std::process::{Child, Command, Stdio};

use super::{editable_base, get, parse_prometheus, value};
use crate::support::fake::{self, Fake};
use crate::support::{edit, try_wait_until, wait_until_async, CANARY, PATIENCE};

fn pendlerbot(base: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pendlerbot"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("PENDLERBOT_KNOWLEDGE", base.join("knowledge"))
        .env("PENDLERBOT_LOCALES", base.join("locales"))
        .stdin(Stdio::null());
    cmd
}

#[test]
fn print_config_redacts_the_token_and_bad_configuration_stops_start_up() {
    let base = editable_base();
    let out = pendlerbot(base.path())
        .args(["serve", "--print-config"])
        .env("TELOXIDE_TOKEN", CANARY)
        .env("PENDLERBOT_HTTP", "127.0.0.1:9464")
        .env("PENDLERBOT_ADMINS", "7")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("# token = <redacted> (from TELOXIDE_TOKEN)"), "{stdout}");
    assert!(stdout.contains("http = \"127.0.0.1:9464\"") && stdout.contains("admins = [7]"), "{stdout}");
    assert!(!stdout.contains("CANARY") && !String::from_utf8_lossy(&out.stderr).contains("CANARY"));
    // The printed configuration is a valid config file.
    let conf = tempfile::Builder::new().suffix(".toml").tempfile().unwrap();
    std::fs::write(conf.path(), stdout.as_bytes()).unwrap();
    let again =
        pendlerbot(base.path()).args(["serve", "--print-config", "--config"]).arg(conf.path()).output().unwrap();
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));

    let out = pendlerbot(base.path())
        .arg("serve")
        .env("TELOXIDE_TOKEN", format!("{CANARY} x"))
        .env("PENDLERBOT_HTTP", "everywhere")
        .env("PENDLERBOT_SESSION_TTL_DAYS", "forever")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(!stderr.contains("CANARY"), "{stderr}");
    let problems: Vec<&str> = stderr.lines().filter(|l| l.starts_with("  ")).collect();
    assert_eq!(problems.len(), 3, "one line per problem:\n{stderr}");
}

struct Bot {
    child: Child,
    out: tempfile::NamedTempFile,
}

impl Bot {
    fn output(&self) -> String {
        std::fs::read_to_string(self.out.path()).unwrap_or_default()
    }

    fn signal(&self, signal: libc::c_int) {
        // SAFETY: kill(2) on our own child's pid has no memory effects.
        assert_eq!(unsafe { libc::kill(self.child.id() as libc::pid_t, signal) }, 0);
    }

    async fn wait_output(&self, what: &str, pred: impl Fn(&str) -> bool) {
        let seen = try_wait_until(PATIENCE, || pred(&self.output())).await;
        assert!(seen, "timed out waiting for {what}; output:\n{}", self.output());
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> std::net::SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_serving_process_reports_health_reloads_on_sighup_and_stops_on_sigterm() {
    let fake = Fake::start().await;
    let base = editable_base();
    let data = tempfile::tempdir().unwrap();
    let addr = free_port();
    let out = tempfile::NamedTempFile::new().unwrap();
    let child = pendlerbot(base.path())
        .args(["serve", "--log-json"])
        .env("TELOXIDE_TOKEN", CANARY)
        .env("TELOXIDE_API_URL", &fake.url)
        .env("PENDLERBOT_DATA", data.path())
        .env("PENDLERBOT_HTTP", addr.to_string())
        .env("PENDLERBOT_ADMINS", "7")
        .env("PENDLERBOT_RELOAD_POLL_MS", "0")
        .env("PENDLERBOT_LOG", "trace")
        .stdout(out.reopen().unwrap())
        .stderr(out.reopen().unwrap())
        .spawn()
        .unwrap();
    let mut bot = Bot { child, out };
    bot.wait_output("the HTTP endpoints", |o| o.contains("health and metrics on")).await;
    let (status, health) = get(addr, "/healthz").await;
    assert_eq!(status, 200);
    assert!(health.starts_with("ok "), "{health}");

    let chats = [101, 102, 103, 104];
    for chat in chats {
        fake.push(fake::text(chat, Some("da"), "Hvor finder jeg mit skattekort?"));
    }
    fake.push(fake::text(105, Some("de"), "Wie wird das Wetter morgen in Paris?"));
    for chat in chats {
        fake.wait_sent(chat, 1).await;
    }
    fake.wait_sent(105, 1).await;
    // Sent is not yet recorded: wait until all five are handled.
    let handled = || async move {
        value(&parse_prometheus(&get(addr, "/metrics").await.1), "pendlerbot_updates_handled_total") >= 5.0
    };
    wait_until_async("five updates handled in /metrics", PATIENCE, handled).await;
    let samples = parse_prometheus(&get(addr, "/metrics").await.1);
    assert_eq!(value(&samples, r#"pendlerbot_questions_total{lang="da",outcome="answered"}"#), 4.0);
    assert_eq!(value(&samples, r#"pendlerbot_answers_total{entry="tax.tax-card-dk"}"#), 4.0);
    assert_eq!(value(&samples, "pendlerbot_answer_seconds_count"), 5.0);

    // A broken edit and SIGHUP: the old base keeps serving, the log names file:line, the admin is told.
    let tax = base.path().join("knowledge/tax.toml");
    edit(&tax, "health.special-health-card", "health.gone");
    bot.signal(libc::SIGHUP);
    let admin = fake.wait_sent(7, 1).await;
    assert!(admin[0]["text"].as_str().unwrap().contains("NOT reloaded (SIGHUP)"), "{}", admin[0]["text"]);
    bot.wait_output("the reload error logged", |o| o.contains(&format!("{}:", tax.display()))).await;
    fake.push(fake::text(106, Some("da"), "Hvor finder jeg mit skattekort?"));
    assert!(fake.wait_sent(106, 1).await[0]["text"].as_str().unwrap().starts_with("<b>Skattekort</b>"));
    // Fixed, and SIGHUP again: reloaded.
    edit(&tax, "health.gone", "health.special-health-card");
    bot.signal(libc::SIGHUP);
    bot.wait_output("the reload", |o| o.contains("knowledge base reloaded")).await;

    bot.signal(libc::SIGTERM);
    let exited = try_wait_until(PATIENCE, || bot.child.try_wait().unwrap().is_some()).await;
    assert!(exited, "no exit after SIGTERM:\n{}", bot.output());
    let status = bot.child.wait().unwrap();
    let output = bot.output();
    assert!(status.success(), "{status:?}\n{output}");
    assert!(!output.contains("CANARY"), "the token shows in the output:\n{output}");
    assert!(!output.contains("skattekort?") && !output.contains("Paris"), "message text is logged:\n{output}");
    for line in output.lines() {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON log line ({e}): {line}"));
        assert!(v["level"].is_string() && v["fields"].is_object(), "{line}");
    }
    // Every session written before the stop is on disk.
    let store = pendlerbot::Store::open(data.path()).unwrap();
    assert_eq!(store.inbox_len(), 0);
    for chat in chats.into_iter().chain([105, 106]) {
        assert!(store.has_session(pendlerbot::ChatId(chat)).unwrap(), "chat {chat} has its session");
    }
    let counters = store.counters().unwrap();
    assert_eq!(counters.per_entry, vec![("tax.tax-card-dk".to_string(), 5)]);
}

/// PENDLERBOT_HTTP on a port another process holds: start-up stops and says
/// so, once, not "cannot start the async runtime".
#[test]
fn a_port_in_use_is_reported_as_such() {
    let base = editable_base();
    let data = tempfile::tempdir().unwrap();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap();
    let out = pendlerbot(base.path())
        .arg("serve")
        .env("TELOXIDE_TOKEN", CANARY)
        .env("TELOXIDE_API_URL", "http://127.0.0.1:9/")
        .env("PENDLERBOT_DATA", data.path())
        .env("PENDLERBOT_HTTP", addr.to_string())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    let needle = format!("cannot listen on {addr} (PENDLERBOT_HTTP): the address is already in use");
    assert_eq!(stderr.matches(&needle).count(), 1, "{stderr}");
    assert!(!stderr.contains("async runtime"), "{stderr}");
    assert!(!stderr.contains("CANARY"), "{stderr}");
}
