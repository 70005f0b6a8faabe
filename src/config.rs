//! The service's configuration: an optional TOML file (`--config`, env
//! `PENDLERBOT_CONFIG`) whose values the environment overrides, and the
//! command-line flags over both. Everything is read and validated at start;
//! invalid configuration stops start-up with one line per problem.
//!
//! The token is a secret: it is read from `TELOXIDE_TOKEN` or from the file
//! named by `token_file` / `PENDLERBOT_TOKEN_FILE`, never from the TOML file
//! itself, and no error message, log line or `--print-config` output shows
//! it ([`Settings::print`] redacts it).
//!
//! The environment is passed in as a function, so tests never touch the
//! process environment.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How log lines look on stderr.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    /// One human-readable line per event (the default).
    Human,
    /// One JSON object per event, for log collectors.
    Json,
}

/// The bot token. Its `Debug` shows no secret.
#[derive(Clone)]
pub struct Token(String);

impl Token {
    pub fn new(token: impl Into<String>) -> Token {
        Token(token.into().trim().to_string())
    }

    /// The token itself, for the one place that talks to Telegram.
    pub fn secret(&self) -> &str {
        &self.0
    }

    /// True if `TELOXIDE_TOKEN` or `PENDLERBOT_TOKEN_FILE` is set.
    pub fn is_configured() -> bool {
        std::env::var_os("TELOXIDE_TOKEN").is_some() || std::env::var_os("PENDLERBOT_TOKEN_FILE").is_some()
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<hidden>)")
    }
}

/// `PENDLERBOT_UNANSWERED_TTL_DAYS` is no number of days from 1 to 3650.
/// A setting the Telegram adapter refuses when it starts.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The value is never repeated: a token pasted into the wrong variable
    /// must not reach the log.
    #[error("{name} is not a valid URL")]
    BadUrl { name: &'static str },
}

/// Message rates, as a token bucket: `burst` messages at once, then
/// `per_sec` per second.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rate {
    pub per_sec: f64,
    pub burst: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub per_chat: Rate,
    pub per_group: Rate,
    pub global: Rate,
}

impl Default for Limits {
    /// Telegram's published limits: about 1 message/s per chat (short
    /// bursts allowed), 20/min per group, 30/s overall.
    fn default() -> Limits {
        Limits {
            per_chat: Rate { per_sec: 1.0, burst: 3.0 },
            per_group: Rate { per_sec: 20.0 / 60.0, burst: 3.0 },
            global: Rate { per_sec: 30.0, burst: 30.0 },
        }
    }
}

/// What the Telegram adapter runs with ([`Settings::telegram`] builds it;
/// tests fill one in by hand). Re-exported as `telegram::Config`.
#[derive(Clone, Debug)]
pub struct Telegram {
    pub token: Token,
    /// Where the token came from (`TELOXIDE_TOKEN`, `the file …`): named
    /// when Telegram refuses it, so the operator knows where to look.
    pub token_origin: String,
    /// `TELOXIDE_API_URL`: a self-hosted Bot API server (or a test fake).
    pub api_url: Option<reqwest::Url>,
    /// `TELOXIDE_PROXY`.
    pub proxy: Option<String>,
    /// `PENDLERBOT_DATA`, default `./data`.
    pub data_dir: PathBuf,
    pub limits: Limits,
    /// Long-polling timeout; must stay below the HTTP client's 17 s.
    pub poll_timeout_secs: u32,
    /// How long a stop may take before the process gives up on in-flight work.
    pub stop_deadline: Duration,
    /// Telegram user ids allowed to run admin commands (`PENDLERBOT_ADMINS`);
    /// an admin's private chat id is their user id.
    pub admins: Vec<i64>,
    /// Sessions idle longer than this are deleted by a periodic sweep; `None`: kept.
    pub session_ttl: Option<Duration>,
    /// Incoming messages one chat may send per minute before it is told to
    /// slow down (once) and then ignored until the minute is over; 0: no limit.
    pub chat_messages_per_minute: u32,
    /// `PENDLERBOT_ADVISOR_CHAT`: the advisors' group that cases are handed
    /// to (issue 18); `None`: no handover, "talk to an advisor" shows the contact.
    pub advisor_chat: Option<i64>,
    /// `PENDLERBOT_CASE_TTL_DAYS`: cases are deleted after this long without activity.
    pub case_ttl: Duration,
    /// `PENDLERBOT_UNANSWERED_TTL_DAYS`: days the redacted unanswered questions are kept.
    pub unanswered_ttl_days: u32,
}

impl Telegram {
    pub fn new(token: Token, data_dir: PathBuf) -> Telegram {
        Telegram {
            token,
            token_origin: "TELOXIDE_TOKEN".into(),
            api_url: None,
            proxy: None,
            data_dir,
            limits: Limits::default(),
            poll_timeout_secs: 10,
            stop_deadline: Duration::from_secs(10),
            admins: Vec::new(),
            session_ttl: None,
            chat_messages_per_minute: 20,
            advisor_chat: None,
            case_ttl: Duration::from_secs(u64::from(crate::relay::DEFAULT_CASE_TTL_DAYS) * 86_400),
            unanswered_ttl_days: crate::unanswered::DEFAULT_TTL_DAYS,
        }
    }
}

/// The effective configuration of `pendlerbot serve`.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The file the values came from, if any.
    pub file: Option<PathBuf>,
    /// `TELOXIDE_TOKEN`, or the contents of `token_file`. `None` when unset.
    pub token: Option<Token>,
    /// Where the token came from, for `--print-config` and a refused token
    /// (never the token).
    pub token_origin: Option<String>,
    /// `token_file` / `PENDLERBOT_TOKEN_FILE`: the path (never its contents).
    pub token_file: Option<PathBuf>,
    /// `data` / `PENDLERBOT_DATA`: the sled folder. Default `data`.
    pub data_dir: PathBuf,
    /// `knowledge` / `PENDLERBOT_KNOWLEDGE` / `--knowledge`. Default `knowledge`.
    pub knowledge: PathBuf,
    /// `locales` / `PENDLERBOT_LOCALES` / `--locales`. Default `locales`.
    pub locales: PathBuf,
    /// `api_url` / `TELOXIDE_API_URL`: a self-hosted Bot API server.
    pub api_url: Option<reqwest::Url>,
    /// `proxy` / `TELOXIDE_PROXY`.
    pub proxy: Option<String>,
    /// `http` / `PENDLERBOT_HTTP`: where `/healthz` and `/metrics` listen; off when unset.
    pub http: Option<SocketAddr>,
    /// `admins` / `PENDLERBOT_ADMINS`: Telegram user ids allowed to run the
    /// admin commands (`/reload`, and the `/inbox` and `/why` of the
    /// unanswered log). The Telegram adapter reads them from
    /// [`Telegram::admins`]; an admin's private chat id is their user id.
    pub admins: Vec<i64>,
    /// `session_ttl_days` / `PENDLERBOT_SESSION_TTL_DAYS`: sessions idle
    /// longer than this are deleted by the periodic sweep. Default 30.
    pub session_ttl_days: u32,
    /// `log` / `PENDLERBOT_LOG`: pendlerbot's log level. Default info.
    pub log_level: tracing::Level,
    /// `log_format` / `PENDLERBOT_LOG_FORMAT` / `--log-json`. Default human.
    pub log_format: LogFormat,
    /// `reload_poll_ms` / `PENDLERBOT_RELOAD_POLL_MS`: how often the
    /// knowledge and locales folders are checked for edits; 0 turns the
    /// watch off (SIGHUP and `/reload` still work). Default 2000.
    pub reload_poll: Duration,
    /// `chat_messages_per_minute` / `PENDLERBOT_CHAT_MESSAGES_PER_MINUTE`:
    /// incoming messages one chat may send per minute before it is told to
    /// slow down once and then ignored for the rest of the minute; 0 turns
    /// the limit off. Default 20.
    pub chat_messages_per_minute: u32,
    /// `send_per_second` / `PENDLERBOT_SEND_PER_SECOND`: messages the bot
    /// sends per second in all (Telegram allows about 30). Default 30.
    pub send_per_second: f64,
    /// `send_per_chat_per_second` / `PENDLERBOT_SEND_PER_CHAT_PER_SECOND`:
    /// messages per second to one chat (Telegram: about 1). Default 1.
    /// Raise both only against a self-hosted Bot API or a load-test fake.
    pub send_per_chat_per_second: f64,
    /// `health_max_poll_age` / `PENDLERBOT_HEALTH_MAX_POLL_AGE` (seconds):
    /// `/healthz` answers 503 when getUpdates last succeeded longer ago;
    /// 0 turns the check off. Default 300.
    pub health_max_poll_age: Duration,
    /// `advisor_chat` / `PENDLERBOT_ADVISOR_CHAT`: the Telegram id of the
    /// advisors' group that "talk to an advisor" hands cases to (issue 18);
    /// unset: no handover, the bot shows the office's contact as before.
    pub advisor_chat: Option<i64>,
    /// `case_ttl_days` / `PENDLERBOT_CASE_TTL_DAYS`: cases are deleted after
    /// this many days without activity. Default 30.
    pub case_ttl_days: u32,
    /// `unanswered_ttl_days` / `PENDLERBOT_UNANSWERED_TTL_DAYS`: days the
    /// redacted unanswered questions are kept (the bot, `chat`, `unanswered`
    /// and `report` read it from here). Default 90.
    pub unanswered_ttl_days: u32,
}

/// What the command line says (it wins over the environment and the file).
#[derive(Clone, Debug, Default)]
pub struct Flags {
    pub knowledge: Option<PathBuf>,
    pub locales: Option<PathBuf>,
    pub log_json: bool,
}

/// Every problem found in the configuration; shown one per line.
#[derive(Debug, PartialEq, Eq)]
pub struct ConfigErrors(pub Vec<String>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid configuration ({} problem(s)):", self.0.len())?;
        for p in &self.0 {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

/// The settings a file may contain, with their environment variables.
const KEYS: &[(&str, &str)] = &[
    ("token_file", "PENDLERBOT_TOKEN_FILE"),
    ("data", "PENDLERBOT_DATA"),
    ("knowledge", "PENDLERBOT_KNOWLEDGE"),
    ("locales", "PENDLERBOT_LOCALES"),
    ("api_url", "TELOXIDE_API_URL"),
    ("proxy", "TELOXIDE_PROXY"),
    ("http", "PENDLERBOT_HTTP"),
    ("admins", "PENDLERBOT_ADMINS"),
    ("session_ttl_days", "PENDLERBOT_SESSION_TTL_DAYS"),
    ("log", "PENDLERBOT_LOG"),
    ("log_format", "PENDLERBOT_LOG_FORMAT"),
    ("reload_poll_ms", "PENDLERBOT_RELOAD_POLL_MS"),
    ("chat_messages_per_minute", "PENDLERBOT_CHAT_MESSAGES_PER_MINUTE"),
    ("send_per_second", "PENDLERBOT_SEND_PER_SECOND"),
    ("send_per_chat_per_second", "PENDLERBOT_SEND_PER_CHAT_PER_SECOND"),
    ("health_max_poll_age", "PENDLERBOT_HEALTH_MAX_POLL_AGE"),
    ("advisor_chat", "PENDLERBOT_ADVISOR_CHAT"),
    ("case_ttl_days", "PENDLERBOT_CASE_TTL_DAYS"),
    ("unanswered_ttl_days", "PENDLERBOT_UNANSWERED_TTL_DAYS"),
];

impl Settings {
    /// Reads the process environment and the file named by `file` (or
    /// `PENDLERBOT_CONFIG`).
    pub fn from_process(file: Option<&Path>, flags: &Flags) -> Result<Settings, ConfigErrors> {
        Settings::load(file, |name| std::env::var(name).ok(), flags)
    }

    /// The configuration from `flags`, then `env`, then the TOML `file`
    /// (when given, else `PENDLERBOT_CONFIG`), then the defaults. Collects
    /// every problem before failing.
    pub fn load(
        file: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
        flags: &Flags,
    ) -> Result<Settings, ConfigErrors> {
        let mut src = Sources::open(file, &env);
        src.refuse_unknown_keys();
        let (token, token_origin, token_file) = src.token();
        let data_dir = src.path("data", &None, "data");
        let knowledge = src.path("knowledge", &flags.knowledge, "knowledge");
        let locales = src.path("locales", &flags.locales, "locales");
        // In this order: the problems are listed in it.
        let api_url = src.api_url();
        let proxy = src.proxy();
        let http = src.http();
        let admins = src.admins();
        let session_ttl_days = src.setting("session_ttl_days", 30, DAYS, days);
        let log_level = src.log_level();
        let mut log_format = src.log_format();
        if flags.log_json {
            log_format = LogFormat::Json;
        }
        let reload_poll = src.reload_poll();
        let chat_messages_per_minute = src.chat_messages_per_minute();
        let send_per_second = src.setting("send_per_second", 30.0, RATE, rate);
        let send_per_chat_per_second = src.setting("send_per_chat_per_second", 1.0, RATE, rate);
        let health_max_poll_age = src.health_max_poll_age();
        let advisor_chat = src.advisor_chat();
        let case_ttl_days = src.setting("case_ttl_days", crate::relay::DEFAULT_CASE_TTL_DAYS, DAYS, days);
        let unanswered_ttl_days = src.setting("unanswered_ttl_days", crate::unanswered::DEFAULT_TTL_DAYS, DAYS, days);

        let Sources { file, problems, .. } = src;
        if !problems.is_empty() {
            return Err(ConfigErrors(problems));
        }
        Ok(Settings {
            file,
            token,
            token_origin,
            token_file,
            data_dir,
            knowledge,
            locales,
            api_url,
            proxy,
            http,
            admins,
            session_ttl_days,
            log_level,
            log_format,
            reload_poll,
            chat_messages_per_minute,
            send_per_second,
            send_per_chat_per_second,
            health_max_poll_age,
            advisor_chat,
            case_ttl_days,
            unanswered_ttl_days,
        })
    }

    /// The Telegram adapter's configuration; fails without a token.
    pub fn telegram(&self) -> Result<Telegram, ConfigErrors> {
        let token = self.token.clone().ok_or_else(|| {
            ConfigErrors(vec!["no Telegram token: set TELOXIDE_TOKEN or PENDLERBOT_TOKEN_FILE (token_file)".into()])
        })?;
        let mut config = Telegram::new(token, self.data_dir.clone());
        if let Some(origin) = &self.token_origin {
            config.token_origin = origin.clone();
        }
        config.api_url = self.api_url.clone();
        config.proxy = self.proxy.clone();
        config.admins = self.admins.clone();
        config.session_ttl = Some(Duration::from_secs(u64::from(self.session_ttl_days) * 86_400));
        config.chat_messages_per_minute = self.chat_messages_per_minute;
        config.advisor_chat = self.advisor_chat;
        config.case_ttl = Duration::from_secs(u64::from(self.case_ttl_days) * 86_400);
        config.unanswered_ttl_days = self.unanswered_ttl_days;
        config.limits.global = Rate { per_sec: self.send_per_second, burst: self.send_per_second.max(1.0) };
        config.limits.per_chat =
            Rate { per_sec: self.send_per_chat_per_second, burst: (3.0 * self.send_per_chat_per_second).max(3.0) };
        Ok(config)
    }

    /// The effective configuration as TOML, the token redacted (its origin
    /// is shown instead) and a proxy's password hidden.
    pub fn print(&self) -> String {
        let q = |p: &Path| toml::Value::String(p.display().to_string()).to_string();
        let s = |v: &str| toml::Value::String(v.to_string()).to_string();
        let mut out = String::new();
        out.push_str("# pendlerbot: the effective configuration (flags > environment > ");
        match &self.file {
            Some(f) => out.push_str(&format!("{} > defaults)\n", f.display())),
            None => out.push_str("defaults; no config file)\n"),
        }
        match (&self.token, &self.token_origin) {
            (Some(_), Some(origin)) => out.push_str(&format!("# token = <redacted> (from {origin})\n")),
            _ => out.push_str("# token: not set (TELOXIDE_TOKEN or PENDLERBOT_TOKEN_FILE)\n"),
        }
        // The path only, never what the file holds.
        match (&self.token_file, self.token_origin.as_deref()) {
            (Some(f), Some("TELOXIDE_TOKEN")) => {
                out.push_str(&format!("# token_file = {} (not read: TELOXIDE_TOKEN is set)\n", q(f)))
            }
            (Some(f), _) => out.push_str(&format!("token_file = {}\n", q(f))),
            (None, _) => {}
        }
        out.push_str(&format!("data = {}\n", q(&self.data_dir)));
        out.push_str(&format!("knowledge = {}\n", q(&self.knowledge)));
        out.push_str(&format!("locales = {}\n", q(&self.locales)));
        if let Some(u) = &self.api_url {
            out.push_str(&format!("api_url = {}\n", s(&shown_url(u))));
        }
        if let Some(p) = &self.proxy {
            let shown = match reqwest::Url::parse(p) {
                Ok(mut u) if u.password().is_some() => {
                    let _ = u.set_password(Some("redacted"));
                    u.to_string()
                }
                Ok(u) => u.to_string(),
                Err(_) => "<redacted>".into(),
            };
            out.push_str(&format!("proxy = {}\n", s(&shown)));
        }
        match &self.http {
            Some(a) => out.push_str(&format!("http = {}\n", s(&a.to_string()))),
            None => out.push_str("# http: off (set PENDLERBOT_HTTP, e.g. 127.0.0.1:9464)\n"),
        }
        let admins: Vec<String> = self.admins.iter().map(|a| a.to_string()).collect();
        out.push_str(&format!("admins = [{}]\n", admins.join(", ")));
        out.push_str(&format!("session_ttl_days = {}\n", self.session_ttl_days));
        out.push_str(&format!("log = {}\n", s(&self.log_level.to_string().to_lowercase())));
        let format = match self.log_format {
            LogFormat::Human => "human",
            LogFormat::Json => "json",
        };
        out.push_str(&format!("log_format = {}\n", s(format)));
        out.push_str(&format!("reload_poll_ms = {}\n", self.reload_poll.as_millis()));
        out.push_str(&format!("chat_messages_per_minute = {}\n", self.chat_messages_per_minute));
        out.push_str(&format!("send_per_second = {}\n", self.send_per_second));
        out.push_str(&format!("send_per_chat_per_second = {}\n", self.send_per_chat_per_second));
        out.push_str(&format!("health_max_poll_age = {}\n", self.health_max_poll_age.as_secs()));
        match self.advisor_chat {
            Some(id) => out.push_str(&format!("advisor_chat = {id}\n")),
            None => out.push_str("# advisor_chat: off (set PENDLERBOT_ADVISOR_CHAT to the advisors' group id)\n"),
        }
        out.push_str(&format!("case_ttl_days = {}\n", self.case_ttl_days));
        out.push_str(&format!("unanswered_ttl_days = {}\n", self.unanswered_ttl_days));
        out
    }
}

const DAYS: &str = "must be a number of days from 1 to 3650";
const RATE: &str = "must be a number of messages per second above 0";

fn days(v: &str) -> Option<u32> {
    v.trim().parse::<u32>().ok().filter(|d| (1..=3650).contains(d))
}

fn rate(v: &str) -> Option<f64> {
    v.trim().parse::<f64>().ok().filter(|r| *r > 0.0 && r.is_finite())
}

/// Where settings come from while they are read: the environment, then the
/// file's table; and every problem found so far, in the order of reading.
struct Sources<'a> {
    file: Option<PathBuf>,
    table: toml::Table,
    env: &'a dyn Fn(&str) -> Option<String>,
    problems: Vec<String>,
}

impl<'a> Sources<'a> {
    /// `file`, else the one `PENDLERBOT_CONFIG` names, read and parsed.
    fn open(file: Option<&Path>, env: &'a dyn Fn(&str) -> Option<String>) -> Sources<'a> {
        let mut problems = Vec::new();
        let file = file.map(Path::to_path_buf).or_else(|| env("PENDLERBOT_CONFIG").map(PathBuf::from));
        let table = match &file {
            Some(path) => read_file(path, &mut problems),
            None => toml::Table::new(),
        };
        Sources { file, table, env, problems }
    }

    /// How a problem names where a value came from: the file's key, or the key alone.
    fn origin(&self, key: &str) -> String {
        match &self.file {
            Some(path) => format!("`{key}` in {}", path.display()),
            None => key.to_string(),
        }
    }

    /// A `token` in the file, or a key no setting has.
    fn refuse_unknown_keys(&mut self) {
        let keys: Vec<String> = self.table.keys().cloned().collect();
        for key in keys {
            if key == "token" {
                let problem = format!(
                    "{}: the token is not read from the config file; use token_file or TELOXIDE_TOKEN",
                    self.origin(&key)
                );
                self.problems.push(problem);
            } else if !KEYS.iter().any(|(k, _)| *k == key) {
                let known: Vec<&str> = KEYS.iter().map(|(k, _)| *k).collect();
                let problem = format!("{}: unknown setting (known: {})", self.origin(&key), known.join(", "));
                self.problems.push(problem);
            }
        }
    }

    /// The raw value of a setting and where it came from: the environment
    /// wins over the file.
    fn raw(&mut self, key: &str) -> Option<(String, String)> {
        let var = KEYS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).unwrap_or_default();
        if let Some(v) = (self.env)(var) {
            return Some((v, var.to_string()));
        }
        let origin = self.origin(key);
        match self.table.get(key)? {
            toml::Value::String(s) => Some((s.clone(), origin)),
            toml::Value::Integer(i) => Some((i.to_string(), origin)),
            toml::Value::Float(f) => Some((f.to_string(), origin)),
            toml::Value::Array(items) if key == "admins" => {
                let mut out = Vec::new();
                for item in items {
                    match item {
                        toml::Value::Integer(i) => out.push(i.to_string()),
                        toml::Value::String(s) => out.push(s.clone()),
                        _ => self.problems.push(format!("{origin}: must be a list of Telegram user ids")),
                    }
                }
                Some((out.join(","), origin))
            }
            _ => {
                self.problems.push(format!("{origin}: must be a string"));
                None
            }
        }
    }

    /// A setting read by `parse`; `default` when unset, and when `parse`
    /// refuses it (then `problem` is noted, never the value).
    fn setting<T>(&mut self, key: &str, default: T, problem: &str, parse: impl Fn(&str) -> Option<T>) -> T {
        match self.raw(key) {
            Some((v, from)) => match parse(&v) {
                Some(value) => value,
                None => {
                    self.problems.push(format!("{from}: {problem}"));
                    default
                }
            },
            None => default,
        }
    }

    /// The token: `TELOXIDE_TOKEN`, else the token file; with where it came
    /// from and the token file's path (never its contents).
    fn token(&mut self) -> (Option<Token>, Option<String>, Option<PathBuf>) {
        let token_file = self.raw("token_file").map(|(path, from)| (PathBuf::from(path), from));
        let mut token = None;
        let mut origin = None;
        if let Some(t) = (self.env)("TELOXIDE_TOKEN") {
            match checked_token(&t, "TELOXIDE_TOKEN") {
                Ok(t) => token = Some(t),
                Err(p) => self.problems.push(p.to_string()),
            }
            origin = Some("TELOXIDE_TOKEN".to_string());
        } else if let Some((path, from)) = &token_file {
            match std::fs::read_to_string(path) {
                Ok(text) => match checked_token(&text, &format!("the token file {}", path.display())) {
                    Ok(t) => token = Some(t),
                    Err(p) => self.problems.push(p.to_string()),
                },
                // The io error names no content, only why the file cannot be read.
                Err(e) => self.problems.push(format!("{from}: cannot read the token file {}: {e}", path.display())),
            }
            origin = Some(format!("the file {}", path.display()));
        }
        (token, origin, token_file.map(|(path, _)| path))
    }

    /// A folder: the flag, else the setting (not empty), else `default`.
    fn path(&mut self, key: &str, flag: &Option<PathBuf>, default: &str) -> PathBuf {
        if let Some(f) = flag {
            return f.clone();
        }
        match self.raw(key) {
            Some((v, from)) if v.trim().is_empty() => {
                self.problems.push(format!("{from}: must not be empty"));
                PathBuf::from(default)
            }
            Some((v, _)) => PathBuf::from(v),
            None => PathBuf::from(default),
        }
    }

    // The settings of one kind each, read as `Settings::load` lists them. No
    // problem line repeats the value it refuses: a token or password pasted
    // into the wrong setting must not reach the log.

    fn api_url(&mut self) -> Option<reqwest::Url> {
        self.setting("api_url", None, "not an http(s) URL (like http://127.0.0.1:8081)", |v| {
            if v.is_empty() {
                return Some(None);
            }
            reqwest::Url::parse(v).ok().filter(|u| matches!(u.scheme(), "http" | "https")).map(Some)
        })
    }

    fn http(&mut self) -> Option<SocketAddr> {
        self.setting("http", None, "not an address like 127.0.0.1:9464", |v| {
            if v.is_empty() {
                return Some(None);
            }
            v.parse::<SocketAddr>().ok().map(Some)
        })
    }

    fn log_level(&mut self) -> tracing::Level {
        self.setting("log", tracing::Level::INFO, "must be one of error, warn, info, debug, trace", |v| {
            v.trim().parse::<tracing::Level>().ok()
        })
    }

    fn log_format(&mut self) -> LogFormat {
        self.setting("log_format", LogFormat::Human, "must be human or json", |v| match v.trim() {
            "human" | "" => Some(LogFormat::Human),
            "json" => Some(LogFormat::Json),
            _ => None,
        })
    }

    fn reload_poll(&mut self) -> Duration {
        self.setting("reload_poll_ms", Duration::from_secs(2), "must be a number of milliseconds", |v| {
            v.trim().parse::<u64>().ok().map(Duration::from_millis)
        })
    }

    fn chat_messages_per_minute(&mut self) -> u32 {
        self.setting("chat_messages_per_minute", 20, "must be a whole number (0 = no limit)", |v| {
            v.trim().parse::<u32>().ok()
        })
    }

    fn health_max_poll_age(&mut self) -> Duration {
        self.setting(
            "health_max_poll_age",
            Duration::from_secs(300),
            "must be a whole number of seconds (0 = not checked)",
            |v| v.trim().parse::<u64>().ok().map(Duration::from_secs),
        )
    }

    fn advisor_chat(&mut self) -> Option<i64> {
        self.setting(
            "advisor_chat",
            None,
            "must be a Telegram chat id (groups are negative, like -1001234567890)",
            |v| match v.trim() {
                "" => Some(None),
                v => v.parse::<i64>().ok().filter(|id| *id != 0).map(Some),
            },
        )
    }

    /// A proxy URL may carry a password: it is never echoed, and kept even
    /// when it does not parse (the problem stops start-up anyway).
    fn proxy(&mut self) -> Option<String> {
        match self.raw("proxy") {
            Some((v, _)) if v.is_empty() => None,
            Some((v, from)) => {
                if reqwest::Url::parse(&v).is_err() {
                    self.problems.push(format!("{from}: not a URL"));
                }
                Some(v)
            }
            None => None,
        }
    }

    /// Telegram user ids, separated by commas, spaces or semicolons.
    fn admins(&mut self) -> Vec<i64> {
        let mut admins = Vec::new();
        if let Some((v, from)) = self.raw("admins") {
            for (n, part) in v.split([',', ' ', ';']).map(str::trim).filter(|p| !p.is_empty()).enumerate() {
                match part.parse::<i64>() {
                    Ok(id) if id > 0 => admins.push(id),
                    _ => self
                        .problems
                        .push(format!("{from}: entry {} is not a Telegram user id (a number above 0)", n + 1)),
                }
            }
        }
        admins
    }
}

fn read_file(path: &Path, problems: &mut Vec<String>) -> toml::Table {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.push(format!("cannot read the config file {}: {e}", path.display()));
            return toml::Table::new();
        }
    };
    match text.parse::<toml::Table>() {
        Ok(t) => t,
        Err(e) => {
            let line = e.span().map(|s| crate::diag::line_of(&text, s.start)).unwrap_or(1);
            // The message only, not toml's excerpt of the file (it could quote a secret).
            problems.push(format!("{}:{line}: {}", path.display(), e.message()));
            toml::Table::new()
        }
    }
}

/// A token that cannot be one; names where it came from, never the token.
#[derive(Debug, thiserror::Error)]
#[error("bad Telegram token: {origin} is empty or has spaces in it")]
struct BadToken {
    origin: String,
}

/// The token as given, or why it cannot be one (never quoting it).
fn checked_token(raw: &str, origin: &str) -> Result<Token, BadToken> {
    let t = raw.trim();
    if t.is_empty() || t.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(BadToken { origin: origin.to_string() });
    }
    Ok(Token::new(t))
}

/// A URL as `--print-config` may show it: user and password, the query,
/// the fragment and a path that may hold a token (a segment with `:` or
/// starting with `bot`, as in a pasted `/bot<token>/`) become `<redacted>`.
fn shown_url(u: &reqwest::Url) -> String {
    let mut out = format!("{}://", u.scheme());
    if !u.username().is_empty() || u.password().is_some() {
        out.push_str("<redacted>@");
    }
    out.push_str(u.host_str().unwrap_or_default());
    if let Some(port) = u.port() {
        out.push_str(&format!(":{port}"));
    }
    let secret_path = u.path().split('/').any(|seg| {
        let seg = seg.to_ascii_lowercase();
        seg.contains(':') || seg.contains("%3a") || seg.starts_with("bot")
    });
    if secret_path || u.query().is_some() || u.fragment().is_some() {
        out.push_str("/<redacted>");
    } else {
        out.push_str(u.path());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_does_not_show_in_debug_output() {
        let config = Telegram::new(Token::new("123:SECRET"), "data".into());
        assert!(!format!("{config:?}").contains("SECRET"));
    }
}
