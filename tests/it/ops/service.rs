//! The service in this process: `/healthz` and `/metrics` on a real port,
//! `/reload` from an admin and notices to the admins through the fake Bot API.

use std::sync::Arc;
use std::time::Duration;

use pendlerbot::{Metrics, Stats, Trigger};
use tokio::net::TcpListener;

use super::reload::live;
use super::{editable_base, get, parse_prometheus, value};
use crate::support::bot::{self, fast};
use crate::support::fake::{self, Fake, Fault};
use crate::support::{edit, wait_until_async, PATIENCE};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_and_metrics_are_served_on_a_real_port() {
    let base = editable_base();
    let stats = Arc::new(Stats::default());
    let live = Arc::new(live(base.path(), stats.metrics.clone()));
    stats.metrics.question(pendlerbot::Lang::Da, pendlerbot::Outcome::Answered, Some("tax.tax-card-dk"));
    stats.metrics.latency(Duration::from_millis(3));
    stats.metrics.telegram_retry();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(pendlerbot::serve_http(
        listener,
        pendlerbot::endpoints(stats.clone(), live.clone(), Duration::from_secs(300)),
        async {
            let _ = stop_rx.await;
        },
    ));

    let (status, body) = get(addr, "/healthz").await;
    assert_eq!(status, 200);
    assert_eq!(body, format!("ok {}\n", live.current().version));

    let (status, body) = get(addr, "/metrics?x=1").await;
    assert_eq!(status, 200);
    let samples = parse_prometheus(&body);
    assert_eq!(value(&samples, r#"pendlerbot_questions_total{lang="da",outcome="answered"}"#), 1.0);
    assert_eq!(value(&samples, r#"pendlerbot_answers_total{entry="tax.tax-card-dk"}"#), 1.0);
    assert_eq!(value(&samples, r#"pendlerbot_answer_seconds_bucket{le="0.005"}"#), 1.0);
    assert_eq!(value(&samples, r#"pendlerbot_answer_seconds_bucket{le="+Inf"}"#), 1.0);
    assert_eq!(value(&samples, "pendlerbot_answer_seconds_count"), 1.0);
    assert_eq!(value(&samples, "pendlerbot_telegram_retries_total"), 1.0);
    assert_eq!(value(&samples, "pendlerbot_telegram_api_errors_total"), 0.0);
    assert_eq!(value(&samples, "pendlerbot_updates_handled_total"), 0.0);
    let version = format!(r#"pendlerbot_knowledge_info{{version="{}"}}"#, live.current().version);
    assert_eq!(value(&samples, &version), 1.0);
    assert_eq!(value(&samples, "pendlerbot_knowledge_entries"), live.current().entries.len() as f64);
    assert!(value(&samples, "pendlerbot_knowledge_loaded_timestamp_seconds") > 1.7e9);

    // A reload shows in the metrics.
    edit(&base.path().join("knowledge/tax.toml"), "health.special-health-card", "nothing.here");
    assert!(live.reload(Trigger::Signal).is_err());
    let (_, body) = get(addr, "/metrics").await;
    let samples = parse_prometheus(&body);
    assert_eq!(value(&samples, r#"pendlerbot_knowledge_reloads_total{result="failed"}"#), 1.0);
    assert_eq!(value(&samples, r#"pendlerbot_knowledge_reloads_total{result="ok"}"#), 0.0);

    assert_eq!(get(addr, "/nope").await.0, 404);
    stop_tx.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(5), server).await.expect("the server stops").unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_reload_by_command_and_hear_of_a_broken_edit() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let base = editable_base();
    let stats = Arc::new(Stats::default());
    let live = Arc::new(live(base.path(), Arc::new(Metrics::default())));
    let mut config = bot::config(&fake, data.path(), fast());
    config.admins = vec![7];
    let bot = bot::start_counted(config, live.clone(), stats.clone());

    // An advisor's edit, then /reload from an admin: the new text is served.
    edit(&base.path().join("locales/da/answers.ftl"), "står i TastSelv.", "står nu i TastSelv.");
    fake.push(fake::text(7, Some("da"), "/reload"));
    let sent = fake.wait_sent(7, 1).await;
    let reply = sent[0]["text"].as_str().unwrap();
    assert!(reply.starts_with("Knowledge base reloaded (/reload)"), "{reply}");
    fake.push(fake::text(7, Some("da"), "Hvor finder jeg mit skattekort?"));
    let sent = fake.wait_sent(7, 2).await;
    assert!(sent[1]["text"].as_str().unwrap().contains("står nu i TastSelv."), "{}", sent[1]["text"]);

    // /reload from anyone else is just an unknown command.
    fake.push(fake::text(8, Some("da"), "/reload"));
    let sent = fake.wait_sent(8, 1).await;
    assert!(!sent[0]["text"].as_str().unwrap().contains("reloaded"), "{}", sent[0]["text"]);

    // A broken edit picked up by the watch or SIGHUP: the admins are told.
    edit(&base.path().join("knowledge/tax.toml"), "health.special-health-card", "health.gone");
    assert!(live.reload(Trigger::Signal).is_err());
    let sent = fake.wait_sent(7, 3).await;
    let notice = sent[2]["text"].as_str().unwrap();
    assert!(notice.starts_with("Knowledge base NOT reloaded (SIGHUP)"), "{notice}");
    assert!(notice.contains("tax.toml:"), "{notice}");
    assert!(fake.sent_to(8).len() == 1, "only admins hear of it");

    bot.stop().await;
    assert_eq!(stats.snapshot().panics, 0);
}

/// /healthz tells the truth about Telegram: while no getUpdates has
/// succeeded for longer than the allowed age it answers 503; getMe failures
/// are counted; build info, the poll age and the inbox backlog are exported.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_answers_503_while_telegram_cannot_be_polled() {
    let fake = Fake::start().await;
    // Dropped connections: teloxide itself waits 10 s after a 5xx.
    fake.fail("getMe", &[Fault::Drop, Fault::Drop, Fault::Drop]);
    let data = tempfile::tempdir().unwrap();
    let base = editable_base();
    let stats = Arc::new(Stats::default());
    let live = Arc::new(live(base.path(), stats.metrics.clone()));
    let mut config = bot::config(&fake, data.path(), fast());
    config.poll_timeout_secs = 1;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (http_tx, http_rx) = tokio::sync::oneshot::channel::<()>();
    let max_age = Duration::from_secs(1);
    tokio::spawn(pendlerbot::serve_http(
        listener,
        pendlerbot::endpoints(stats.clone(), live.clone(), max_age),
        async {
            let _ = http_rx.await;
        },
    ));
    let bot = bot::start_counted(config, live.clone(), stats.clone());

    // getMe fails for about 3.5 s (three failures, growing waits): no poll
    // yet. Wait until /metrics shows a failure and a poll older than the
    // allowed second, and /healthz says so in the same moment: checked
    // apart, a loaded machine could let the first poll succeed in between.
    let stale = || async move {
        let samples = parse_prometheus(&get(addr, "/metrics").await.1);
        let (status, body) = get(addr, "/healthz").await;
        value(&samples, "pendlerbot_telegram_api_errors_total") >= 1.0
            && value(&samples, "pendlerbot_last_poll_age_seconds") >= 1.0
            && status == 503
            && body.starts_with("stale: no successful getUpdates for ")
    };
    wait_until_async("a counted getMe failure, a stale poll and /healthz 503", PATIENCE, stale).await;
    let (_, body) = get(addr, "/metrics").await;
    let samples = parse_prometheus(&body);
    // A counter never goes down: still counted, whatever the poll did since.
    assert!(value(&samples, "pendlerbot_telegram_api_errors_total") >= 1.0, "getMe failures are counted\n{body}");
    let build = format!(r#"pendlerbot_build_info{{version="{}"}}"#, env!("CARGO_PKG_VERSION"));
    assert_eq!(value(&samples, &build), 1.0);

    // Telegram answers again: healthy once getUpdates succeeds.
    wait_until_async("/healthz 200", PATIENCE, || async move { get(addr, "/healthz").await.0 == 200 }).await;
    let (_, body) = get(addr, "/healthz").await;
    assert_eq!(body, format!("ok {}\n", live.current().version));
    fake.push(fake::text(9, Some("da"), "Hvor finder jeg mit skattekort?"));
    fake.wait_sent(9, 1).await;
    bot.wait_handled(1).await;
    let (_, body) = get(addr, "/metrics").await;
    let samples = parse_prometheus(&body);
    assert!(value(&samples, "pendlerbot_last_poll_age_seconds") < 1.0, "{body}");
    assert_eq!(value(&samples, "pendlerbot_inbox_updates"), 0.0, "{body}");

    bot.stop().await;
    http_tx.send(()).unwrap();
}
