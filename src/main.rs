//! The `pendlerbot` command: parses flags, runs one subcommand, prints the
//! error chain and returns an exit code. Everything else lives in the library.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};

use pendlerbot::console;
use pendlerbot::date::Date;
use pendlerbot::diag::Severity;
use pendlerbot::knowledge::Kb;
use pendlerbot::telegram;
use pendlerbot::text::Lang;

#[derive(Parser)]
#[command(name = "pendlerbot", version, about = "Answers cross-border commuters between Denmark and Germany")]
struct Cli {
    /// Folder with the knowledge files (*.toml)
    #[arg(long, global = true, env = "PENDLERBOT_KNOWLEDGE", default_value = "knowledge")]
    knowledge: PathBuf,
    /// Folder with the Fluent texts (da/*.ftl, de/*.ftl)
    #[arg(long, global = true, env = "PENDLERBOT_LOCALES", default_value = "locales")]
    locales: PathBuf,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Chat on the terminal, exactly as the Telegram bot would (also reads piped input)
    Chat {
        /// Language to greet in until you write (da or de)
        #[arg(long)]
        lang: Option<String>,
    },
    /// Answer one question, or one per stdin line
    Ask {
        /// Print one JSON object per question (the contract tools rely on)
        #[arg(long)]
        json: bool,
        /// Show how the matcher decided: normalised text, hits, scores, threshold
        #[arg(long)]
        explain: bool,
        /// The question; without it, questions are read from stdin, one per line
        question: Vec<String>,
    },
    /// Run the Telegram bot (token from TELOXIDE_TOKEN or PENDLERBOT_TOKEN_FILE, data in PENDLERBOT_DATA)
    Serve,
    /// Check knowledge/ and locales/ and print every problem as file:line
    Check {
        /// Treat warnings as errors (exit non-zero on any warning)
        #[arg(long)]
        strict: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pendlerbot: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Check { strict }) => check(&cli.knowledge, &cli.locales, strict),
        Some(Command::Ask { json, explain, question }) => {
            // A testing tool: it answers even from a base with errors, and says so.
            let (kb, diags) = Kb::load_anyway(&cli.knowledge, &cli.locales, Date::today());
            let errors = diags.iter().filter(|d| d.severity == Severity::Error).count();
            if errors > 0 {
                eprintln!("pendlerbot: warning: the knowledge base has {errors} error(s) (run `pendlerbot check`); answering anyway");
            }
            ask(&kb, json, explain, question)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Chat { lang }) => {
            let kb = load(&cli.knowledge, &cli.locales)?;
            let hint = lang.as_deref().and_then(Lang::parse);
            chat(&kb, hint)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Serve) => serve(&cli.knowledge, &cli.locales),
        None => {
            if telegram::Token::is_configured() {
                return serve(&cli.knowledge, &cli.locales);
            }
            let kb = load(&cli.knowledge, &cli.locales)?;
            eprintln!("No Telegram token set (TELOXIDE_TOKEN): chatting on the terminal. Ctrl-D ends.");
            chat(&kb, None)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `pendlerbot serve`: the Telegram bot, until SIGTERM or SIGINT.
fn serve(knowledge: &Path, locales: &Path) -> Result<ExitCode> {
    init_logging();
    let config = telegram::Config::from_env()?;
    let kb = load(knowledge, locales)?;
    tracing::info!("knowledge base {} loaded: {} entries", kb.version, kb.entries.len());
    match telegram::run(config, kb) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(e) => {
            tracing::error!("{e}");
            Err(e.into())
        }
    }
}

/// Logs to stderr; `PENDLERBOT_LOG` sets pendlerbot's level (error, warn,
/// info, debug, trace; default info). Libraries log warnings and errors
/// only. Message text is never logged.
fn init_logging() {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let level = std::env::var("PENDLERBOT_LOG")
        .ok()
        .and_then(|l| l.parse::<tracing::Level>().ok())
        .unwrap_or(tracing::Level::INFO);
    let filter =
        tracing_subscriber::filter::Targets::new().with_target("pendlerbot", level).with_default(tracing::Level::WARN);
    let fmt = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(std::io::stderr().is_terminal());
    let _ = tracing_subscriber::registry().with(fmt).with(filter).try_init();
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

fn check(knowledge: &Path, locales: &Path, strict: bool) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    let (kb, diags) = Kb::load(knowledge, locales, Date::today());
    let mut stdout = std::io::stdout().lock();
    for d in &diags {
        writeln!(stdout, "{d}")?;
    }
    let errors = diags.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diags.len() - errors;
    match &kb {
        Some(kb) => {
            let examples: usize =
                kb.entries.iter().map(|e| Lang::ALL.iter().map(|l| e.rules(*l).examples.len()).sum::<usize>()).sum();
            writeln!(
                stdout,
                "checked {} entries, {} example questions, {} values in {} ms: {errors} error(s), {warnings} warning(s) (version {})",
                kb.entries.len(),
                examples,
                kb.values.len(),
                started.elapsed().as_millis(),
                kb.version
            )?;
        }
        None => writeln!(stdout, "{errors} error(s), {warnings} warning(s)")?,
    }
    let failed = errors > 0 || (strict && warnings > 0);
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn ask(kb: &Kb, json: bool, explain: bool, question: Vec<String>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let questions: Box<dyn Iterator<Item = std::io::Result<String>>> = if question.is_empty() {
        Box::new(std::io::stdin().lock().lines())
    } else {
        Box::new(std::iter::once(Ok(question.join(" "))))
    };
    for q in questions {
        let q = q.context("reading stdin")?;
        if explain {
            console::explain(kb, &q, &mut out)?;
            writeln!(out)?;
        } else if json {
            let m = kb.find(&q, None, None);
            console::write_json(kb, &m, &mut out)?;
        } else {
            let m = kb.find(&q, None, None);
            writeln!(out, "{}\n", console::answer_text(kb, &m))?;
        }
    }
    out.flush()?;
    Ok(())
}

fn chat(kb: &Kb, hint: Option<Lang>) -> Result<()> {
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    console::chat(kb, stdin.lock(), &mut out, interactive, hint)?;
    Ok(())
}
