//! The `pendlerbot` command: parses flags, runs one subcommand, prints the
//! error chain and returns an exit code. Everything else lives in the library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};

use pendlerbot::{cli, dialogue, CheckLang, CheckTexts, Date, Flags, Kb, Lang, LogFormat, Settings, Severity};

// The matcher allocates many short-lived strings and vectors per message;
// mimalloc serves them faster than the system allocator (docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "pendlerbot", version, about = "Answers cross-border commuters between Denmark and Germany")]
struct Cli {
    /// Folder with the knowledge files (*.toml) [default: knowledge]
    #[arg(long, global = true, env = "PENDLERBOT_KNOWLEDGE")]
    knowledge: Option<PathBuf>,
    /// Folder with the Fluent texts, a folder per language (da/*.ftl, de/*.ftl) [default: locales]
    #[arg(long, global = true, env = "PENDLERBOT_LOCALES")]
    locales: Option<PathBuf>,
    /// Optional TOML configuration file; environment variables override it
    #[arg(long, global = true, env = "PENDLERBOT_CONFIG")]
    config: Option<PathBuf>,
    /// Log one JSON object per line (same as PENDLERBOT_LOG_FORMAT=json)
    #[arg(long, global = true)]
    log_json: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Chat on the terminal, exactly as the Telegram bot would (also reads piped input)
    Chat {
        /// Language to greet in until you write: a code or name of knowledge/languages.toml (da, de)
        #[arg(long)]
        lang: Option<String>,
        /// One JSON object per input line: {"lang","entry","options","text"}
        /// (the contract of shared/eval/converse); nothing is recorded
        #[arg(long)]
        json: bool,
    },
    /// Answer one question, or one per stdin line
    Ask {
        /// Print one JSON object per question (the contract tools rely on)
        #[arg(long)]
        json: bool,
        /// Show how the matcher decided: normalised text, hits, scores, threshold
        #[arg(long)]
        explain: bool,
        /// Which matcher answers: `rules` (the bot's) or `bm25`, a plain BM25
        /// retriever over the example questions kept only for comparison
        /// (docs/performance.md)
        #[arg(long, default_value = "rules", value_parser = ["rules", "bm25"])]
        matcher: String,
        /// Threads answering the lines of stdin (each line on its own; answers in input order);
        /// default: one per core
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=256))]
        threads: Option<u32>,
        /// The question; without it, questions are read from stdin, one per line
        question: Vec<String>,
    },
    /// Run the Telegram bot (token from TELOXIDE_TOKEN or PENDLERBOT_TOKEN_FILE, data in PENDLERBOT_DATA)
    Serve {
        /// Print the effective configuration (token redacted) and exit
        #[arg(long)]
        print_config: bool,
    },
    /// Print the stored counters: questions per day and outcome, top entries (no personal data)
    Stats {
        /// How many entries to list
        #[arg(long, default_value_t = 20)]
        top: usize,
        /// The bot's data folder (default: PENDLERBOT_DATA or the config file's `data`); read from a
        /// snapshot while the bot runs
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// List the questions the bot could not answer or was unsure about (redacted, grouped)
    Unanswered {
        /// Only questions from this period: 7d, 2w, 3m or a date YYYY-MM-DD
        #[arg(long)]
        since: Option<String>,
        /// Only questions in this language: its code (da, de)
        #[arg(long)]
        lang: Option<String>,
        /// The bot's data folder (default: PENDLERBOT_DATA or the config file's `data`); read from a
        /// snapshot while the bot runs
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Write the advice office's report as one self-contained HTML page
    Report {
        /// Where to write the page
        #[arg(long, default_value = "report.html")]
        out: PathBuf,
        /// How many days up to today the report covers
        #[arg(long, default_value_t = 30)]
        days: u32,
        /// The bot's data folder (default: PENDLERBOT_DATA or the config file's `data`); read from a
        /// snapshot while the bot runs
        #[arg(long)]
        data: Option<PathBuf>,
        /// Language of the page: a language of the base, by code or name (default: from LANG when the
        /// base speaks it, else the base's first)
        #[arg(long)]
        lang: Option<String>,
    },
    /// Check knowledge/ and locales/ and print every problem as file:line
    Check {
        /// Treat warnings as errors (exit non-zero on any warning)
        #[arg(long)]
        strict: bool,
        /// Language of the messages: da, de or en (default: from LANG)
        #[arg(long)]
        lang: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // The reader went away (`pendlerbot chat | head`): that ends the
        // output, it is no failure.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("pendlerbot: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let flags = Flags { knowledge: cli.knowledge.clone(), locales: cli.locales.clone(), log_json: cli.log_json };
    let config_file = cli.config.clone();
    let knowledge = cli.knowledge.unwrap_or_else(|| PathBuf::from("knowledge"));
    let locales = cli.locales.unwrap_or_else(|| PathBuf::from("locales"));
    let settings = || Settings::from_process(config_file.as_deref(), &flags);
    match cli.command {
        Some(Command::Check { strict, lang }) => {
            check(&knowledge, &locales, strict, CheckLang::pick(lang.as_deref(), locale().as_deref()))
        }
        Some(Command::Ask { json, explain, matcher, threads, question }) => {
            // A testing tool: it answers even from a base with errors, and says so.
            // The example questions are `check`'s to match, not every `ask`'s.
            let (kb, diags) = Kb::load_for_asking(&knowledge, &locales, Date::today());
            // The process ends after answering: its memory goes back whole,
            // not freed piece by piece (the patterns' trees, the automata).
            let kb = std::mem::ManuallyDrop::new(kb);
            let errors = diags.iter().filter(|d| d.severity == Severity::Error).count();
            if errors > 0 {
                eprintln!("pendlerbot: warning: the knowledge base has {errors} error(s) (run `pendlerbot check`); answering anyway");
            }
            let bm25 = (matcher == "bm25").then(|| pendlerbot::Bm25::build(&kb));
            let threads =
                threads.map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), |n| n as usize);
            ask(&kb, bm25.as_ref(), Asking { json, explain, threads }, question)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Chat { lang, json }) => {
            let kb = load(&knowledge, &locales)?;
            let hint = lang.as_deref().and_then(|l| kb.languages.named(l));
            if json {
                let stdout = std::io::stdout();
                cli::chat_with(&kb, std::io::stdin().lock(), &mut stdout.lock(), false, true, hint, &mut |_, _| {})?;
            } else {
                chat(&kb, hint, &data_dir(&settings), settings().map(|s| s.unanswered_ttl_days))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Serve { print_config }) => serve(settings()?, print_config),
        Some(Command::Stats { top, data }) => {
            let store = cli::open(&data.unwrap_or_else(|| data_dir(&settings)))?;
            print!("{}", cli::print_stats(&store.counters()?, top));
            print!("{}", cli::print_feedback(&store.feedback()?));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Unanswered { since, lang, data }) => {
            let ttl = settings()?.unanswered_ttl_days;
            cli::unanswered(&data.unwrap_or_else(|| data_dir(&settings)), since.as_deref(), lang.as_deref(), ttl)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Report { out, days, data, lang }) => {
            let kb = load(&knowledge, &locales)?;
            let lang = cli::report_lang(&kb, lang.as_deref(), locale().as_deref())?;
            let ttl = settings()?.unanswered_ttl_days;
            cli::report(&kb, &data.unwrap_or_else(|| data_dir(&settings)), &out, days, lang, ttl)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            if pendlerbot::Token::is_configured() {
                return serve(settings()?, false);
            }
            let kb = load(&knowledge, &locales)?;
            eprintln!("No Telegram token set (TELOXIDE_TOKEN): chatting on the terminal. Ctrl-D ends.");
            chat(&kb, None, &data_dir(&settings), settings().map(|s| s.unanswered_ttl_days))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `pendlerbot serve`: the Telegram bot, until SIGTERM or SIGINT.
fn serve(settings: Settings, print_config: bool) -> Result<ExitCode> {
    if print_config {
        print!("{}", settings.print());
        return Ok(ExitCode::SUCCESS);
    }
    init_logging(&settings);
    info_start(&settings);
    // Logged once, in the log's format (JSON under --log-json), not printed again.
    if let Err(e) = cli::serve(&settings) {
        tracing::error!("{e:#}");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn info_start(settings: &Settings) {
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        config = settings.file.as_ref().map(|f| f.display().to_string()).unwrap_or_else(|| "none".into()),
        knowledge = %settings.knowledge.display(),
        locales = %settings.locales.display(),
        data = %settings.data_dir.display(),
        http = settings.http.map(|a| a.to_string()).unwrap_or_else(|| "off".into()),
        admins = settings.admins.len(),
        session_ttl_days = settings.session_ttl_days,
        "pendlerbot starting"
    );
}

/// Logs to stderr; `PENDLERBOT_LOG` sets pendlerbot's level (error, warn,
/// info, debug, trace; default info), `PENDLERBOT_LOG_FORMAT=json` or
/// `--log-json` one JSON object per line. Libraries log warnings and errors
/// only. Message text is never logged.
fn init_logging(settings: &Settings) {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = tracing_subscriber::filter::Targets::new()
        .with_target("pendlerbot", settings.log_level)
        .with_default(tracing::Level::WARN);
    let fmt = tracing_subscriber::fmt::layer().with_writer(std::io::stderr).with_target(false);
    let _ = match settings.log_format {
        LogFormat::Human => {
            tracing_subscriber::registry().with(fmt.with_ansi(std::io::stderr().is_terminal())).with(filter).try_init()
        }
        LogFormat::Json => tracing_subscriber::registry().with(fmt.json().with_ansi(false)).with(filter).try_init(),
    };
}

/// Loads the knowledge base, or fails with every error listed.
fn load(knowledge: &Path, locales: &Path) -> Result<Kb> {
    let (kb, diags) = Kb::load(knowledge, locales, Date::today());
    match kb {
        Some(kb) => Ok(kb),
        None => {
            let errors: Vec<String> =
                diags.iter().filter(|d| d.severity == Severity::Error).map(|d| d.to_string()).collect();
            bail!("the knowledge base has {} error(s); run `pendlerbot check`:\n{}", errors.len(), errors.join("\n"))
        }
    }
}

fn check(knowledge: &Path, locales: &Path, strict: bool, lang: CheckLang) -> Result<ExitCode> {
    let checked = cli::check(knowledge, locales, Date::today());
    let texts = CheckTexts::load(locales, &lang);
    let mut stdout = std::io::stdout().lock();
    for d in &checked.diags {
        writeln!(stdout, "{}", d.render(&texts))?;
    }
    writeln!(stdout, "{}", checked.summary(&texts))?;
    let failed = checked.errors() > 0 || (strict && checked.warnings() > 0);
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// How `ask` answers: the form of its output, and on how many threads.
struct Asking {
    json: bool,
    explain: bool,
    threads: usize,
}

fn ask(kb: &Kb, bm25: Option<&pendlerbot::Bm25>, how: Asking, question: Vec<String>) -> Result<()> {
    let Asking { json, explain, threads } = how;
    let answer = |q: &str, out: &mut Vec<u8>| -> std::io::Result<()> {
        if explain {
            cli::explain(kb, q, out)?;
            writeln!(out)
        } else if let (true, Some(bm25)) = (json, bm25) {
            let m = bm25.find(q, kb.language(q));
            cli::write_json(kb, &m, out)
        } else if json {
            cli::push_ask_line(kb, q, out)
        } else {
            let o = dialogue::handle(kb, &dialogue::Session::default(), dialogue::Input::Text(q.to_string()), None);
            writeln!(out, "{}\n", cli::turn_text(&o))
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if !question.is_empty() {
        let mut buf = Vec::new();
        answer(&question.join(" "), &mut buf)?;
        out.write_all(&buf)?;
        out.flush()?;
        return Ok(());
    }
    // Stdin's own buffer is bypassed: reads as large as this one's go
    // straight through it.
    let input = std::io::BufReader::with_capacity(1 << 16, std::io::stdin());
    match cli::answer_lines(input, &mut out, threads, &answer) {
        Ok(()) => Ok(()),
        Err(cli::LinesError::Read(e)) => Err(e).context("reading stdin"),
        Err(cli::LinesError::Write(e)) => Err(e.into()),
    }
}

fn chat(kb: &Kb, hint: Option<Lang>, data: &Path, ttl_days: Result<u32, pendlerbot::ConfigErrors>) -> Result<()> {
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut recorder = cli::Recorder::open(data, ttl_days, kb.languages.currencies());
    cli::chat_with(kb, stdin.lock(), &mut out, interactive, false, hint, &mut |q, o| recorder.seen(q, o))?;
    Ok(())
}

/// The user's locale (`LC_ALL`, else `LANG`): the default language of `check` and `report`.
fn locale() -> Option<String> {
    std::env::var("LC_ALL").ok().filter(|l| !l.is_empty()).or_else(|| std::env::var("LANG").ok())
}

/// The data folder: `PENDLERBOT_DATA` or the config file's `data`, else `data`.
fn data_dir(settings: &dyn Fn() -> Result<Settings, pendlerbot::ConfigErrors>) -> PathBuf {
    match settings() {
        Ok(s) => s.data_dir,
        Err(_) => std::env::var_os("PENDLERBOT_DATA").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("data")),
    }
}
