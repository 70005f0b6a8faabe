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
            let kb = load(&cli.knowledge, &cli.locales)?;
            ask(&kb, json, explain, question)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Chat { lang }) => {
            let kb = load(&cli.knowledge, &cli.locales)?;
            let hint = lang.as_deref().and_then(Lang::parse);
            chat(&kb, hint)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            if std::env::var_os("TELOXIDE_TOKEN").is_some() || std::env::var_os("PENDLERBOT_TOKEN_FILE").is_some() {
                bail!("a Telegram token is set, but this build has no Telegram adapter yet; unset it to chat on the terminal");
            }
            let kb = load(&cli.knowledge, &cli.locales)?;
            eprintln!("No Telegram token set (TELOXIDE_TOKEN): chatting on the terminal. Ctrl-D ends.");
            chat(&kb, None)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Loads the knowledge base, or fails with every error listed.
fn load(knowledge: &Path, locales: &Path) -> Result<Kb> {
    let (kb, diags) = Kb::load(knowledge, locales, Date::today());
    match kb {
        Some(kb) => Ok(kb),
        None => {
            let errors: Vec<String> =
                diags.iter().filter(|d| d.severity == Severity::Error).map(|d| d.to_string()).collect();
            bail!(
                "the knowledge base has {} error(s); run `pendlerbot check`:\n{}",
                errors.len(),
                errors.join("\n")
            )
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
            let examples: usize = kb
                .entries
                .iter()
                .map(|e| Lang::ALL.iter().map(|l| e.rules(*l).examples.len()).sum::<usize>())
                .sum();
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
