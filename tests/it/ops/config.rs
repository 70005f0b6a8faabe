//! Configuration: flags over environment over file over defaults, and
//! every problem reported, one line each, never with the token.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use pendlerbot::{Flags, LogFormat, Settings};

use crate::support::CANARY;

fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    move |k| map.get(k).cloned()
}

fn file(text: &str) -> tempfile::NamedTempFile {
    let f = tempfile::Builder::new().suffix(".toml").tempfile().unwrap();
    std::fs::write(f.path(), text).unwrap();
    f
}

#[test]
fn defaults_without_file_or_environment() {
    let s = Settings::load(None, env(&[]), &Flags::default()).unwrap();
    assert!(s.token.is_none());
    assert_eq!(s.data_dir, PathBuf::from("data"));
    assert_eq!(s.knowledge, PathBuf::from("knowledge"));
    assert_eq!(s.http, None);
    assert!(s.admins.is_empty());
    assert_eq!(s.session_ttl_days, 30);
    assert_eq!(s.log_level, tracing::Level::INFO);
    assert_eq!(s.log_format, LogFormat::Human);
    assert_eq!(s.reload_poll, Duration::from_secs(2));
    assert_eq!(s.health_max_poll_age, Duration::from_secs(300));
    assert!(s.print().contains("health_max_poll_age = 300\n"), "{}", s.print());
    let s = Settings::load(None, env(&[("PENDLERBOT_HEALTH_MAX_POLL_AGE", "90")]), &Flags::default()).unwrap();
    assert_eq!(s.health_max_poll_age, Duration::from_secs(90));
    let s = Settings::load(None, env(&[]), &Flags::default()).unwrap();
    assert!(s.telegram().unwrap_err().to_string().contains("no Telegram token"));
}

#[test]
fn environment_overrides_the_file_and_flags_override_both() {
    let f = file(
        r#"
        data = "/var/lib/from-file"
        knowledge = "/opt/file/knowledge"
        locales = "/opt/file/locales"
        http = "127.0.0.1:9000"
        admins = [11, 12]
        session_ttl_days = 7
        log = "debug"
        "#,
    );
    let e = env(&[
        ("PENDLERBOT_HTTP", "0.0.0.0:9464"),
        ("PENDLERBOT_ADMINS", "21, 22 23"),
        ("PENDLERBOT_KNOWLEDGE", "/env/knowledge"),
        ("PENDLERBOT_LOG_FORMAT", "json"),
        ("TELOXIDE_TOKEN", CANARY),
    ]);
    let flags = Flags { knowledge: Some("/flag/knowledge".into()), ..Flags::default() };
    let s = Settings::load(Some(f.path()), e, &flags).unwrap();
    assert_eq!(s.data_dir, PathBuf::from("/var/lib/from-file"), "from the file");
    assert_eq!(s.locales, PathBuf::from("/opt/file/locales"), "from the file");
    assert_eq!(s.knowledge, PathBuf::from("/flag/knowledge"), "the flag wins");
    assert_eq!(s.http, Some("0.0.0.0:9464".parse().unwrap()), "the environment wins");
    assert_eq!(s.admins, vec![21, 22, 23]);
    assert_eq!(s.session_ttl_days, 7);
    assert_eq!(s.log_level, tracing::Level::DEBUG);
    assert_eq!(s.log_format, LogFormat::Json);
    let tg = s.telegram().unwrap();
    assert_eq!(tg.admins, vec![21, 22, 23]);
    assert_eq!(tg.session_ttl, Some(Duration::from_secs(7 * 86_400)));
    assert_eq!(tg.data_dir, PathBuf::from("/var/lib/from-file"));

    // PENDLERBOT_CONFIG names the file when --config does not.
    let path = f.path().to_str().unwrap().to_string();
    let s = Settings::load(None, env(&[("PENDLERBOT_CONFIG", &path)]), &Flags::default()).unwrap();
    assert_eq!(s.admins, vec![11, 12]);
    assert_eq!(s.http, Some("127.0.0.1:9000".parse().unwrap()));
}

#[test]
fn every_problem_is_reported_on_its_own_line() {
    let f = file(
        r#"
        http = "localhost"
        session_ttl_days = 0
        colour = "blue"
        token = "in-the-file"
        admins = [5, "x"]
        "#,
    );
    let e = env(&[("PENDLERBOT_LOG", "loud"), ("TELOXIDE_API_URL", "ftp://x")]);
    let err = Settings::load(Some(f.path()), e, &Flags::default()).unwrap_err();
    let text = err.to_string();
    assert_eq!(err.0.len(), 7, "{text}");
    assert_eq!(text.lines().count(), 8, "a heading and one line per problem:\n{text}");
    for needle in [
        "`http` in",
        "not an address like 127.0.0.1:9464",
        "`session_ttl_days` in",
        "unknown setting",
        "the token is not read from the config file",
        "entry 2 is not a Telegram user id",
        "PENDLERBOT_LOG: must be one of error, warn, info, debug, trace",
        "TELOXIDE_API_URL: not an http(s) URL",
    ] {
        assert!(text.contains(needle), "no {needle:?} in\n{text}");
    }
    assert!(!text.contains("in-the-file"), "a token in the file is not echoed:\n{text}");
    assert!(!text.contains("localhost") && !text.contains("loud"), "no value is repeated:\n{text}");
}

#[test]
fn a_syntax_error_in_the_file_names_its_line() {
    let f = file("data = \"x\"\nhttp = \n");
    let err = Settings::load(Some(f.path()), env(&[]), &Flags::default()).unwrap_err();
    assert_eq!(err.0.len(), 1);
    assert!(err.0[0].starts_with(&format!("{}:2:", f.path().display())), "{err}");
    let missing = Settings::load(Some("/nonexistent/pendlerbot.toml".as_ref()), env(&[]), &Flags::default());
    assert!(missing.unwrap_err().0[0].contains("cannot read the config file /nonexistent/pendlerbot.toml"));
}

#[test]
fn the_token_shows_in_no_error_and_not_in_print_config() {
    // A token from a file, with a trailing newline as editors write it.
    let token_file = file(&format!("{CANARY}\n"));
    let f = file(&format!("token_file = {:?}\nhttp = \"127.0.0.1:9464\"\n", token_file.path()));
    let s = Settings::load(Some(f.path()), env(&[]), &Flags::default()).unwrap();
    assert!(s.token.is_some());
    let printed = s.print();
    assert!(!printed.contains("CANARY"), "{printed}");
    assert!(printed.contains("token = <redacted> (from the file"), "{printed}");
    assert!(printed.contains("http = \"127.0.0.1:9464\""), "{printed}");
    assert!(!format!("{s:?}").contains("CANARY"));
    assert!(!format!("{:?}", s.telegram().unwrap()).contains("CANARY"));

    // A malformed token is refused without being quoted.
    let bad = format!("{CANARY} with spaces");
    let err = Settings::load(None, env(&[("TELOXIDE_TOKEN", &bad), ("PENDLERBOT_HTTP", "nope")]), &Flags::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("bad Telegram token: TELOXIDE_TOKEN is empty or has spaces"), "{err}");
    assert!(!err.contains("CANARY"), "{err}");
    assert_eq!(err.lines().count(), 3, "{err}");

    // A proxy password is hidden too.
    let s =
        Settings::load(None, env(&[("TELOXIDE_PROXY", "http://user:CANARY@proxy:3128")]), &Flags::default()).unwrap();
    assert!(!s.print().contains("CANARY"), "{}", s.print());
}

/// A token pasted into the wrong variable must not come back in the error:
/// no problem line repeats the value it refuses.
#[test]
fn configuration_errors_never_repeat_the_value() {
    let vars = [
        "TELOXIDE_API_URL",
        "TELOXIDE_PROXY",
        "PENDLERBOT_HTTP",
        "PENDLERBOT_ADMINS",
        "PENDLERBOT_SESSION_TTL_DAYS",
        "PENDLERBOT_LOG",
        "PENDLERBOT_LOG_FORMAT",
        "PENDLERBOT_RELOAD_POLL_MS",
        "PENDLERBOT_CHAT_MESSAGES_PER_MINUTE",
        "PENDLERBOT_SEND_PER_SECOND",
        "PENDLERBOT_SEND_PER_CHAT_PER_SECOND",
        "PENDLERBOT_HEALTH_MAX_POLL_AGE",
    ];
    let pairs: Vec<(&str, &str)> = vars.iter().map(|v| (*v, CANARY)).collect();
    let err = Settings::load(None, env(&pairs), &Flags::default()).unwrap_err();
    let text = err.to_string();
    assert_eq!(err.0.len(), vars.len(), "{text}");
    for var in vars {
        assert!(text.contains(&format!("{var}: ")), "no line for {var}:\n{text}");
    }
    assert!(!text.contains("CANARY") && !text.contains("4242"), "a value was repeated:\n{text}");
    // A URL of the wrong kind, with a password in it: not repeated either.
    let url = "ftp://user:CANARY@example.org/";
    let text = Settings::load(None, env(&[("TELOXIDE_API_URL", url)]), &Flags::default()).unwrap_err().to_string();
    assert!(text.contains("TELOXIDE_API_URL: not an http(s) URL") && !text.contains("CANARY"), "{text}");
}

#[test]
fn print_config_hides_what_api_url_carries_and_shows_the_token_file() {
    let token_file = file(&format!("{CANARY}\n"));
    let e = env(&[
        ("TELOXIDE_API_URL", "https://user:CANARY@botapi.example.org:8081/bot4242:CANARY-in-the-path/?key=CANARY"),
        ("PENDLERBOT_TOKEN_FILE", token_file.path().to_str().unwrap()),
    ]);
    let s = Settings::load(None, e, &Flags::default()).unwrap();
    let printed = s.print();
    assert!(!printed.contains("CANARY") && !printed.contains("4242"), "{printed}");
    assert!(printed.contains("api_url = \"https://<redacted>@botapi.example.org:8081/<redacted>\""), "{printed}");
    assert!(printed.contains(&format!("token_file = \"{}\"", token_file.path().display())), "{printed}");
    // The printed configuration is a valid config file again.
    assert!(printed.parse::<toml::Table>().is_ok(), "{printed}");
    // A plain URL is shown as it is.
    let s = Settings::load(None, env(&[("TELOXIDE_API_URL", "http://127.0.0.1:8081/")]), &Flags::default()).unwrap();
    assert!(s.print().contains("api_url = \"http://127.0.0.1:8081/\""), "{}", s.print());
    // With TELOXIDE_TOKEN the token file is not read: said so, still shown.
    let e = env(&[("TELOXIDE_TOKEN", CANARY), ("PENDLERBOT_TOKEN_FILE", "/etc/pendlerbot/token")]);
    let printed = Settings::load(None, e, &Flags::default()).unwrap().print();
    assert!(
        printed.contains("# token_file = \"/etc/pendlerbot/token\" (not read: TELOXIDE_TOKEN is set)"),
        "{printed}"
    );
    // Where the adapter says a refused token came from.
    let s =
        Settings::load(None, env(&[("PENDLERBOT_TOKEN_FILE", token_file.path().to_str().unwrap())]), &Flags::default())
            .unwrap();
    assert_eq!(s.telegram().unwrap().token_origin, format!("the file {}", token_file.path().display()));
}

#[test]
fn the_advisors_group_and_the_case_retention_are_read_and_checked() {
    // Unset: no handover (the bot behaves as before), cases kept 30 days.
    let s = Settings::load(None, env(&[]), &Flags::default()).unwrap();
    assert_eq!((s.advisor_chat, s.case_ttl_days), (None, 30));
    assert!(s.print().contains("# advisor_chat: off"), "{}", s.print());
    let f = file("advisor_chat = -1001234567890\ncase_ttl_days = 14\n");
    let s = Settings::load(Some(f.path()), env(&[("TELOXIDE_TOKEN", "1:x")]), &Flags::default()).unwrap();
    assert_eq!((s.advisor_chat, s.case_ttl_days), (Some(-1001234567890), 14));
    assert!(s.print().contains("advisor_chat = -1001234567890\ncase_ttl_days = 14\n"), "{}", s.print());
    let t = s.telegram().unwrap();
    assert_eq!((t.advisor_chat, t.case_ttl), (Some(-1001234567890), Duration::from_secs(14 * 86_400)));
    let s = Settings::load(
        None,
        env(&[("PENDLERBOT_ADVISOR_CHAT", "-42"), ("PENDLERBOT_CASE_TTL_DAYS", "7")]),
        &Flags::default(),
    )
    .unwrap();
    assert_eq!((s.advisor_chat, s.case_ttl_days), (Some(-42), 7));
    let e = Settings::load(
        None,
        env(&[("PENDLERBOT_ADVISOR_CHAT", "advisors"), ("PENDLERBOT_CASE_TTL_DAYS", "0")]),
        &Flags::default(),
    )
    .unwrap_err();
    assert_eq!(e.0.len(), 2, "{e}");
    assert!(
        e.0[0].starts_with("PENDLERBOT_ADVISOR_CHAT: must be a Telegram chat id") && !e.0[0].contains("advisors"),
        "{e}"
    );
    assert!(e.0[1].starts_with("PENDLERBOT_CASE_TTL_DAYS: must be a number of days"), "{e}");
}

/// Issue 17: the unanswered log's retention is a setting like the others
/// (file < environment, checked with every other problem, printed, passed to
/// the adapter), no longer an environment variable the adapter reads itself.
#[test]
fn the_unanswered_retention_is_a_setting_like_the_others() {
    let s = Settings::load(None, env(&[]), &Flags::default()).unwrap();
    assert_eq!(s.unanswered_ttl_days, 90);
    assert!(s.print().contains("\nunanswered_ttl_days = 90\n"), "{}", s.print());
    let f = file("unanswered_ttl_days = 365\n");
    let s = Settings::load(Some(f.path()), env(&[("TELOXIDE_TOKEN", "1:x")]), &Flags::default()).unwrap();
    assert_eq!(s.unanswered_ttl_days, 365);
    assert!(s.print().contains("\nunanswered_ttl_days = 365\n"), "{}", s.print());
    assert_eq!(s.telegram().unwrap().unanswered_ttl_days, 365);
    let s =
        Settings::load(Some(f.path()), env(&[("PENDLERBOT_UNANSWERED_TTL_DAYS", "14")]), &Flags::default()).unwrap();
    assert_eq!(s.unanswered_ttl_days, 14);
    let e = Settings::load(None, env(&[("PENDLERBOT_UNANSWERED_TTL_DAYS", "0")]), &Flags::default()).unwrap_err();
    assert_eq!(e.0, ["PENDLERBOT_UNANSWERED_TTL_DAYS: must be a number of days from 1 to 3650"]);
    let f = file("unanswered_ttl_days = 99999\n");
    let e = Settings::load(Some(f.path()), env(&[]), &Flags::default()).unwrap_err();
    assert_eq!(
        e.0,
        [format!("`unanswered_ttl_days` in {}: must be a number of days from 1 to 3650", f.path().display())]
    );
}
