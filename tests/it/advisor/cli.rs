//! `pendlerbot chat` records into PENDLERBOT_DATA, `ask` records nothing,
//! `unanswered` lists, `report` writes the page, `stats` shows feedback.

use std::process::{Command, Stdio};

use crate::support::fixture;

fn run(data: &std::path::Path, args: &[&str], stdin: &str) -> (bool, String, String) {
    run_with(data, None, args, stdin)
}

/// The binary on the fixture with its data in `data` and, when given, a
/// configuration file (else none is read).
fn run_with(
    data: &std::path::Path,
    config: Option<&std::path::Path>,
    args: &[&str],
    stdin: &str,
) -> (bool, String, String) {
    use std::io::Write;
    let f = fixture();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pendlerbot"));
    cmd.arg("--knowledge")
        .arg(f.join("knowledge"))
        .arg("--locales")
        .arg(f.join("locales"))
        .args(args)
        .env("PENDLERBOT_DATA", data)
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("PENDLERBOT_TOKEN_FILE")
        .env_remove("PENDLERBOT_UNANSWERED_TTL_DAYS");
    match config {
        Some(c) => cmd.env("PENDLERBOT_CONFIG", c),
        None => cmd.env_remove("PENDLERBOT_CONFIG"),
    };
    let mut child =
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("binary starts");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn chat_records_unanswered_questions_and_feedback_ask_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (ok, _, err) = run(&data, &["ask", "hvad koster en elefant, ring 23456789"], "");
    assert!(ok, "{err}");
    assert!(!data.exists(), "ask records nothing (and makes no data folder)");

    // Two similar fallbacks, one German one, an answer rated 👎 (its 5th button).
    let input =
        "hvad koster en elefant, ring 23456789\nHvad koster en elefant?\nWas kostet ein Elefant?\nskattekort\n5\n";
    let (ok, out, err) = run(&data, &["chat"], input);
    assert!(ok, "{err}");
    assert!(out.contains("[5] 👎"), "{out}");

    let (ok, out, err) = run(&data, &["unanswered"], "");
    assert!(ok, "{err}");
    assert!(out.starts_with("3 unanswered question(s) in 2 group(s)"), "{out}");
    assert!(out.contains("   2x  Hvad koster en elefant?"), "{out}");
    assert!(out.contains("[PHONE]") && !out.contains("23456789"), "redacted:\n{out}");
    let (ok, out, _) = run(&data, &["unanswered", "--lang", "de", "--since", "7d"], "");
    assert!(ok);
    assert!(out.starts_with("1 unanswered question(s) in 1 group(s)"), "{out}");
    let (ok, _, err) = run(&data, &["unanswered", "--since", "soon"], "");
    assert!(!ok && err.contains("--since"), "{err}");

    let (ok, out, err) = run(&data, &["stats"], "");
    assert!(ok, "{err}");
    assert!(out.contains("       0        1  tax.tax-card-dk"), "{out}");

    let page = dir.path().join("report.html");
    let (ok, _, err) = run(&data, &["report", "--out", page.to_str().unwrap()], "");
    assert!(ok, "{err}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("Hvad koster en elefant?") && html.contains("2×"), "the cluster is in the report");
    assert!(!html.contains("23456789"));
}

#[test]
fn the_retention_time_comes_from_the_environment_and_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pendlerbot"))
        .args(["unanswered"])
        .env("PENDLERBOT_DATA", &data)
        .env("PENDLERBOT_UNANSWERED_TTL_DAYS", "0")
        .env_remove("PENDLERBOT_CONFIG")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("PENDLERBOT_UNANSWERED_TTL_DAYS"));
}

/// The retention comes from the configuration file too, like every setting
/// of `serve`, and reaches `unanswered` and `report`.
#[test]
fn the_retention_time_comes_from_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("pendlerbot.toml");
    std::fs::write(&config, "unanswered_ttl_days = 45\n").unwrap();
    let run = |args: &[&str], stdin: &str| run_with(&data, Some(&config), args, stdin);
    let (ok, _, err) = run(&["chat"], "hvad koster en elefant\n");
    assert!(ok, "{err}");
    let (ok, out, err) = run(&["unanswered"], "");
    assert!(ok && out.contains("questions are kept 45 days"), "{out}{err}");
    let page = dir.path().join("report.html");
    let (ok, _, err) = run(&["report", "--lang", "da", "--out", page.to_str().unwrap()], "");
    assert!(ok, "{err}");
    assert!(std::fs::read_to_string(&page).unwrap().contains("gemmes 45 dage"));
    std::fs::write(&config, "unanswered_ttl_days = 0\n").unwrap();
    let (ok, _, err) = run(&["unanswered"], "");
    assert!(!ok && err.contains("`unanswered_ttl_days` in"), "{err}");
}

#[test]
fn the_chats_questions_are_counted_like_the_bots_so_the_figures_agree() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // One fallback (also an unanswered question) and one answer.
    let (ok, _, err) = run(&data, &["chat"], "hvad koster en elefant\nskattekort\n/hjælp\n");
    assert!(ok, "{err}");
    let (ok, out, err) = run(&data, &["stats"], "");
    assert!(ok, "{err}");
    assert!(out.contains("per outcome (all 1 day(s), 2 question(s))"), "{out}");
    assert!(out.lines().any(|l| l.starts_with("answered") && l.contains(" 1 ")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("fell_back") && l.contains(" 1 ")), "{out}");
    let (ok, out, _) = run(&data, &["unanswered"], "");
    assert!(ok && out.starts_with("1 unanswered question(s)"), "{out}");
}

#[test]
fn the_advisors_commands_read_a_data_folder_a_running_bot_holds() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (ok, _, err) = run(&data, &["chat"], "hvad koster en elefant\n");
    assert!(ok, "{err}");
    // Stand in for the running bot: hold the database open in this process.
    let held = pendlerbot::Store::open(&data).unwrap();
    let (ok, out, err) = run(&data, &["unanswered"], "");
    assert!(ok, "{err}");
    assert!(out.starts_with("1 unanswered question(s)"), "{out}");
    assert!(err.contains("snapshot"), "says it read a copy: {err}");
    let (ok, out, err) = run(&data, &["stats"], "");
    assert!(ok && out.contains("1 question(s)"), "{out}{err}");
    // --data names the folder explicitly (here: the same one).
    let page = dir.path().join("r.html");
    let (ok, _, err) = run(
        &dir.path().join("elsewhere"),
        &["report", "--data", data.to_str().unwrap(), "--out", page.to_str().unwrap()],
        "",
    );
    assert!(ok, "{err}");
    assert!(std::fs::read_to_string(&page).unwrap().contains("elefant"));
    // The copies are gone afterwards; the bot's own folder was not touched.
    let leftovers = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("pendlerbot-snapshot-"))
        .count();
    assert_eq!(leftovers, 0);
    drop(held);
}

/// Issue 16: the report's figures are `stats`'s (the report once said 7
/// questions and 8 unanswered), and `--lang de` writes it in German.
#[test]
fn the_reports_figures_agree_with_stats_and_unanswered_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input = "hvad koster en elefant\nskattekort\nWas kostet ein Elefant?\n7\ngult kort\nhvad med færgen\n";
    let (ok, _, err) = run(&data, &["chat"], input);
    assert!(ok, "{err}");
    let (ok, stats, err) = run(&data, &["stats"], "");
    assert!(ok, "{err}");
    let count = |name: &str| -> u64 {
        let line = stats.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("{name}: {stats}"));
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    };
    let (answered, settled, offered, fell_back) =
        (count("answered"), count("settled"), count("offered"), count("fell_back"));
    let total = answered + settled + offered + fell_back;
    assert!(stats.contains(&format!("{total} question(s))")), "{stats}");
    let (ok, list, _) = run(&data, &["unanswered"], "");
    assert!(ok);
    let unanswered: u64 = list.split_whitespace().next().unwrap().parse().unwrap();

    for (lang, labels) in [
        (
            "da",
            [
                "spørgsmål i perioden",
                "besvaret</span>",
                "besvaret efter nærmere sammenligning",
                "valgmuligheder tilbudt",
                "henvist til rådgivningen",
            ],
        ),
        (
            "de",
            [
                "Fragen im Zeitraum",
                "beantwortet</span>",
                "nach genauerem Vergleich beantwortet",
                "Auswahl angeboten",
                "an die Beratung verwiesen",
            ],
        ),
    ] {
        let page = dir.path().join(format!("report-{lang}.html"));
        let (ok, _, err) = run(&data, &["report", "--lang", lang, "--out", page.to_str().unwrap()], "");
        assert!(ok, "{err}");
        let html = std::fs::read_to_string(&page).unwrap();
        let kpi = |label: &str| -> u64 {
            let at = html.find(&format!("</b><span>{label}")).unwrap_or_else(|| panic!("{label}: {html}"));
            let value = &html[html[..at].rfind("<b>").unwrap() + 3..at];
            value.split(' ').next().unwrap().parse().unwrap()
        };
        assert_eq!(
            labels.map(kpi),
            [total, answered, settled, offered, fell_back],
            "{lang}: the report's figures are stats's"
        );
        let stored = if lang == "da" {
            "ubesvarede eller usikre spørgsmål gemt"
        } else {
            "unbeantwortete oder unsichere Fragen mit Text"
        };
        assert_eq!(kpi(stored), unanswered, "{lang}");
        assert!(unanswered <= settled + offered + fell_back, "only questions not plainly answered are listed");
    }
    let (ok, _, err) = run(&data, &["report", "--lang", "en", "--out", "/dev/null"], "");
    assert!(!ok && err.contains("--lang takes a language of the base (da, de), not `en`"), "{err}");
}
