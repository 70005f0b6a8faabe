//! Hot reload of the knowledge base and the retention sweep, in process.

use std::sync::Arc;
use std::time::Duration;

use pendlerbot::dialogue::{Input, Session};
use pendlerbot::{Brain, ChatId, Kb, Lang, LiveKb, Metrics, Outcome, SessionChange, Store, Trigger};

use super::editable_base;
use crate::support::{edit, today as fixed_today, wait_until, PATIENCE};

const QUESTION: &str = "Hvor finder jeg mit skattekort?";

pub fn live(base: &std::path::Path, metrics: Arc<Metrics>) -> LiveKb {
    let (k, l) = (base.join("knowledge"), base.join("locales"));
    let (kb, diags) = Kb::load(&k, &l, fixed_today());
    let kb = kb.unwrap_or_else(|| panic!("{diags:#?}"));
    LiveKb::new(kb, &k, &l, metrics, fixed_today)
}

pub fn answer(brain: &impl Brain, question: &str) -> String {
    let out = brain.handle(&Session::default(), Input::Text(question.into()), Some(Lang::Da));
    out.replies.iter().map(|r| r.text.clone()).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_good_edit_changes_the_answers_and_a_broken_one_keeps_them() {
    let base = editable_base();
    let metrics = Arc::new(Metrics::default());
    let live = live(base.path(), metrics.clone());
    let mut notices = live.subscribe();
    let v1 = live.current().version.clone();
    assert!(answer(&live, QUESTION).contains("Dit skattekort står i TastSelv."));

    // A good edit: the new text is served.
    let da = base.path().join("locales/da/answers.ftl");
    edit(&da, "Dit skattekort står i TastSelv.", "Dit skattekort finder du i TastSelv under Skattekort.");
    let report = live.reload(Trigger::Watch).expect("a good edit reloads");
    assert!(report.contains("reloaded"), "{report}");
    let v2 = live.current().version.clone();
    assert_ne!(v1, v2);
    assert!(answer(&live, QUESTION).contains("finder du i TastSelv under Skattekort."));

    // A broken edit: a keyword list that is not a list, and an entry relating to nothing.
    let tax = base.path().join("knowledge/tax.toml");
    edit(&tax, r#"related = ["health.special-health-card"]"#, r#"related = ["health.no-such-entry"]"#);
    let report = live.reload(Trigger::Watch).expect_err("a broken edit does not reload").to_string();
    assert!(report.contains("NOT reloaded"), "{report}");
    assert!(report.contains(&format!("{}:", tax.display())), "names the file:line: {report}");
    assert!(report.contains(&format!("version {v2} keeps serving")), "{report}");
    assert_eq!(live.current().version, v2, "the old base keeps serving");
    assert!(answer(&live, QUESTION).contains("finder du i TastSelv under Skattekort."));
    // The admins are told (a reload asked for by /reload answers the admin instead).
    assert_eq!(notices.try_recv().unwrap(), report);
    let again = live.reload(Trigger::Command).unwrap_err().to_string();
    assert!(again.contains("(/reload)"), "{again}");
    assert!(notices.try_recv().is_err());
    assert_eq!(metrics.reloads(), (1, 2));

    // Through the Brain trait, as the adapter's /reload does.
    edit(&tax, r#"related = ["health.no-such-entry"]"#, r#"related = ["health.special-health-card"]"#);
    let text = Brain::reload(&live).unwrap();
    assert!(text.starts_with("Knowledge base reloaded (/reload)"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_folder_watch_picks_up_an_edit_by_itself() {
    let base = editable_base();
    let live = Arc::new(live(base.path(), Arc::new(Metrics::default())));
    let v1 = live.current().version.clone();
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let watcher = tokio::spawn(pendlerbot::watch_folders(live.clone(), Duration::from_millis(20), stop_rx));
    // Size changes too, so a coarse file-system clock cannot hide the edit.
    let answers = base.path().join("locales/da/answers.ftl");
    edit(&answers, "står i TastSelv.", "står i TastSelv (skat.dk).");
    // The watch takes its first look when it starts, and nothing tells when
    // that is: an edit made before then is its starting point. So instead of
    // sleeping first, the file is touched again (one more blank line) every
    // 200 ms until the watch reports a new version.
    let mut polls = 0;
    wait_until("the edit picked up by the watch", PATIENCE, || {
        polls += 1;
        if polls % 20 == 0 {
            let text = std::fs::read_to_string(&answers).unwrap();
            std::fs::write(&answers, text + "\n").unwrap();
        }
        live.current().version != v1
    })
    .await;
    assert!(answer(&*live, QUESTION).contains("står i TastSelv (skat.dk)."));
    stop_tx.send(true).unwrap();
    tokio::time::timeout(Duration::from_secs(5), watcher).await.expect("the watch stops").unwrap();
}

#[test]
fn the_sweep_removes_only_sessions_idle_longer_than_the_ttl() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).unwrap();
    let day = 86_400;
    let t0 = 1_800_000_000;
    let save = |update: u32, chat: i64, at: u64| {
        store.add_to_inbox(update, b"{}").unwrap();
        let s = Session { lang: Some(Lang::Da), ..Session::default() };
        store.finish(update, Some(ChatId(chat)), &SessionChange::Save(s), at).unwrap();
    };
    save(1, 1, t0); // idle 31 days at the sweep
    save(2, 2, t0 + day); // idle exactly 30 days: kept
    save(3, 3, t0 + 20 * day);
    save(4, 4, t0);
    // Chat 4 wrote again later without changing its session: still active.
    store.add_to_inbox(5, b"{}").unwrap();
    store.finish(5, Some(ChatId(4)), &SessionChange::Keep, t0 + 25 * day).unwrap();
    let metrics = Metrics::default();
    let now = t0 + 31 * day;
    assert_eq!(pendlerbot::sweep(&store, &metrics, now, Duration::from_secs(30 * day)).unwrap(), 1);
    assert!(!store.has_session(ChatId(1)).unwrap());
    for chat in [2, 3, 4] {
        assert!(store.has_session(ChatId(chat)).unwrap(), "chat {chat} is kept");
    }
    let mut out = String::new();
    metrics.render(&mut out, std::time::Instant::now());
    assert!(out.contains("pendlerbot_sessions_expired_total 1\n"), "{out}");
    assert!(out.contains("pendlerbot_sessions 3\n"), "{out}");
    // A day later chat 2 has been idle too long as well.
    assert_eq!(store.sweep_sessions(now + day, 30 * day).unwrap(), 1);
    assert!(!store.has_session(ChatId(2)).unwrap());
    assert_eq!(store.session_count(), 2);
}

#[test]
fn a_forgotten_chat_leaves_nothing_to_sweep() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data");
    let store = Store::open(&path).unwrap();
    store.add_to_inbox(1, b"{}").unwrap();
    store.finish(1, Some(ChatId(9)), &SessionChange::Save(Session::default()), 100).unwrap();
    // /forget erases the session and its activity record at once.
    store.add_to_inbox(2, b"{}").unwrap();
    store.finish(2, Some(ChatId(9)), &SessionChange::Forget, 200).unwrap();
    assert_eq!(store.sweep_sessions(10_000_000, 1).unwrap(), 0);
    assert_eq!(store.session_count(), 0);
}

#[test]
fn stats_prints_counters_without_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).unwrap();
    store.count_question("2026-11-27", Outcome::Answered, Some("tax.tax-card-dk")).unwrap();
    store.count_question("2026-11-28", Outcome::Answered, Some("tax.tax-card-dk")).unwrap();
    store.count_question("2026-11-28", Outcome::Answered, Some("health.special-health-card")).unwrap();
    store.count_question("2026-11-28", Outcome::FellBack, None).unwrap();
    let text = pendlerbot::cli::print_stats(&store.counters().unwrap(), 10);
    assert!(text.contains("day           answered   settled   offered fell_back     total\n"), "{text}");
    assert!(text.contains("2026-11-27           1         0         0         0         1\n"), "{text}");
    assert!(text.contains("2026-11-28           2         0         0         1         3\n"), "{text}");
    assert!(text.contains("answered          3  75.0 %"), "{text}");
    let top: Vec<&str> = text.lines().skip_while(|l| !l.starts_with("top entries")).skip(1).collect();
    assert_eq!(top, ["       2  tax.tax-card-dk", "       1  health.special-health-card"]);
}

/// The core fixture (tests/fixtures/kb): its special-card-fee is 1234.5 for
/// 2026 and 1300 from 2027-01-01.
fn values_base() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    crate::support::copy_tree(&crate::support::fixture(), dir.path());
    dir
}

const CARD_QUESTION: &str = "Hvordan får jeg det gule kort?";

fn day(s: &str) -> i64 {
    pendlerbot::Date::parse(s).unwrap().days()
}

#[test]
fn a_new_day_rebuilds_the_base_and_switches_the_amounts() {
    use std::sync::atomic::{AtomicI64, Ordering};
    static DAY: AtomicI64 = AtomicI64::new(0);
    fn clock() -> pendlerbot::Date {
        pendlerbot::Date::from_days(DAY.load(Ordering::SeqCst))
    }
    DAY.store(day("2026-12-31"), Ordering::SeqCst);
    let base = values_base();
    let (k, l) = (base.path().join("knowledge"), base.path().join("locales"));
    let kb = Kb::load(&k, &l, clock()).0.expect("fixture loads");
    let live = LiveKb::new(kb, &k, &l, Arc::new(Metrics::default()), clock);
    let mut notices = live.subscribe();
    assert!(answer(&live, CARD_QUESTION).contains("1.234,50 kr. at erstatte (2026)"));
    assert!(live.rebuild_if_new_day().is_none(), "same day: nothing to do");

    DAY.store(day("2027-01-01"), Ordering::SeqCst);
    let report = live.rebuild_if_new_day().expect("a new day rebuilds").expect("the base is fine");
    assert!(report.starts_with("Knowledge base reloaded (new day)"), "{report}");
    assert_eq!(live.current().built_for, clock());
    assert!(answer(&live, CARD_QUESTION).contains("1.300 kr. at erstatte (2027)"));
    assert!(live.rebuild_if_new_day().is_none(), "built for today already");

    // A broken edit not yet reloaded: the next day keeps the old base, tells
    // the admins once and does not try again that day.
    edit(&k.join("tax.toml"), r#"related = ["tax.dk-resident-working-de"]"#, r#"related = ["tax.nope"]"#);
    DAY.store(day("2027-01-02"), Ordering::SeqCst);
    let failed = live.rebuild_if_new_day().expect("tried").expect_err("the edit has errors").to_string();
    assert!(failed.contains("NOT reloaded (new day)"), "{failed}");
    assert_eq!(notices.try_recv().unwrap(), failed);
    assert!(live.rebuild_if_new_day().is_none(), "tried once per day");
    assert!(notices.try_recv().is_err());
    assert_eq!(live.current().built_for, pendlerbot::Date::parse("2027-01-01").unwrap());
    assert!(answer(&live, CARD_QUESTION).contains("1.300 kr."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_daily_task_rebuilds_by_itself_when_the_date_changes() {
    use std::sync::atomic::{AtomicI64, Ordering};
    static DAY: AtomicI64 = AtomicI64::new(0);
    fn clock() -> pendlerbot::Date {
        pendlerbot::Date::from_days(DAY.load(Ordering::SeqCst))
    }
    DAY.store(day("2026-12-31"), Ordering::SeqCst);
    let base = values_base();
    let (k, l) = (base.path().join("knowledge"), base.path().join("locales"));
    let kb = Kb::load(&k, &l, clock()).0.expect("fixture loads");
    let live = Arc::new(LiveKb::new(kb, &k, &l, Arc::new(Metrics::default()), clock));
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let task = tokio::spawn(pendlerbot::rebuild_daily(live.clone(), Duration::from_millis(20), stop_rx));
    // Whether the task looks once more on the old day first does not matter
    // (that it does nothing then is the test above): no sleep here.
    assert!(answer(&*live, CARD_QUESTION).contains("1.234,50 kr."));
    DAY.store(day("2027-01-01"), Ordering::SeqCst);
    wait_until("the new day picked up", PATIENCE, || answer(&*live, CARD_QUESTION).contains("1.300 kr.")).await;
    stop_tx.send(true).unwrap();
    tokio::time::timeout(Duration::from_secs(5), task).await.expect("the task stops").unwrap();
}

/// An edit that empties the base (every area file blank) or drops more than
/// half of its entries passes the checks but is almost surely a mistake (a
/// file saved empty, a bad merge): refused and reported like a broken edit.
#[test]
fn a_reload_that_would_lose_more_than_half_of_the_entries_is_refused() {
    let base = editable_base();
    let metrics = Arc::new(Metrics::default());
    let live = live(base.path(), metrics.clone());
    let mut notices = live.subscribe();
    let v1 = live.current().version.clone();
    let before = live.current().entries.len();
    let knowledge = base.path().join("knowledge");
    let areas = ["health.toml", "service.toml", "smalltalk.toml", "tax.toml"];
    let saved: Vec<String> = areas.iter().map(|a| std::fs::read_to_string(knowledge.join(a)).unwrap()).collect();

    // Every area file empty.
    for a in areas {
        std::fs::write(knowledge.join(a), "").unwrap();
    }
    let report = live.reload(Trigger::Watch).expect_err("an empty base is refused").to_string();
    assert!(report.starts_with("Knowledge base NOT reloaded (file change)"), "{report}");
    assert!(report.contains(&format!("0 of {before} entries")), "{report}");
    assert!(report.contains(&format!("version {v1} keeps serving")), "{report}");
    assert_eq!(notices.try_recv().unwrap(), report, "the admins are told");
    assert_eq!(live.current().version, v1);
    assert!(answer(&live, QUESTION).contains("Dit skattekort står i TastSelv."));

    // More than half gone: refused; exactly half: taken.
    for (a, text) in areas.iter().zip(&saved) {
        std::fs::write(knowledge.join(a), text).unwrap();
    }
    std::fs::write(knowledge.join("service.toml"), "").unwrap();
    std::fs::write(knowledge.join("smalltalk.toml"), "").unwrap();
    let left = before - 4;
    assert!(left * 2 < before);
    let report = live.reload(Trigger::Signal).expect_err("losing more than half is refused").to_string();
    assert!(report.contains(&format!("{left} of {before} entries")), "{report}");
    std::fs::write(knowledge.join("smalltalk.toml"), &saved[2]).unwrap();
    let report = live.reload(Trigger::Signal).expect("losing half is a deliberate edit");
    assert!(report.contains(&format!("{} entries", before - 3)), "{report}");
    assert_eq!(metrics.reloads(), (1, 2));
}

/// Issue 15.9: with the process out of file descriptors, a reload cannot
/// read the files. That is said as such, not as a broken knowledge base.
/// Runs itself again as a child process: lowering the descriptor limit
/// would disturb the other tests of this one.
#[test]
fn a_reload_without_free_file_descriptors_says_so() {
    if std::env::var_os("PENDLERBOT_TEST_OUT_OF_FILES").is_none() {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "ops::reload::a_reload_without_free_file_descriptors_says_so", "--test-threads", "1"])
            .env("PENDLERBOT_TEST_OUT_OF_FILES", "1")
            .output()
            .unwrap();
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success() && text.contains("1 passed"), "{text}");
        return;
    }
    let base = editable_base();
    let live = live(base.path(), Arc::new(Metrics::default()));
    let v1 = live.current().version.clone();
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) };
    let low = libc::rlimit { rlim_cur: 64, rlim_max: limit.rlim_max };
    unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &low) };
    let mut held = Vec::new();
    while let Ok(f) = std::fs::File::open("/dev/null") {
        held.push(f);
    }
    let report = live.reload(Trigger::Watch).unwrap_err().to_string();
    drop(held);
    unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &limit) };
    assert!(report.contains("too many open files, so the files could not be read"), "{report}");
    assert!(report.contains("not a problem of the edit"), "{report}");
    assert!(!report.contains("Run `pendlerbot check`"), "{report}");
    assert_eq!(live.current().version, v1);
}
