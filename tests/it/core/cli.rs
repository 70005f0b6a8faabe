//! The `ask` and `chat` commands, run as a real process.

use crate::support::{fixture, run_bin};

fn fixture_args(rest: &[&str]) -> Vec<String> {
    let f = fixture();
    let mut v = vec![
        "--knowledge".to_string(),
        f.join("knowledge").display().to_string(),
        "--locales".to_string(),
        f.join("locales").display().to_string(),
    ];
    v.extend(rest.iter().map(|s| s.to_string()));
    v
}

fn run(rest: &[&str], stdin: &str) -> (bool, String, String) {
    let args = fixture_args(rest);
    let refs: Vec<&str> = args.iter().map(|s| s.as_str()).collect();
    run_bin(&refs, stdin)
}

#[test]
fn ask_json_prints_one_object_per_line_in_order() {
    let input = "Hvor finder jeg mit skattekort?\nwie wird das wetter\nsygedagpenge og skattekort\n\n😀\n";
    let (ok, out, err) = run(&["ask", "--json"], input);
    assert!(ok, "{err}");
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 5, "{out}");
    assert_eq!(rows[0]["entry"], "tax.tax-card-dk");
    assert_eq!(rows[0]["lang"], "da");
    assert!(rows[0]["score"].as_f64().unwrap() > 0.6);
    assert!(rows[0]["answer"].as_str().unwrap().contains("Kilde:"));
    assert!(rows[1]["entry"].is_null());
    assert_eq!(rows[1]["lang"], "de");
    assert!(rows[2]["entry"].is_null());
    assert_eq!(rows[2]["options"].as_array().unwrap().len(), 2);
    assert!(rows[3]["entry"].is_null());
    assert!(rows[4]["entry"].is_null());
}

#[test]
fn ask_answers_one_question_from_the_arguments() {
    let (ok, out, _) = run(&["ask", "Wo", "ist", "meine", "Steuerkarte?"], "");
    assert!(ok);
    assert!(out.contains("Ihre Steuerkarte steht in TastSelv"), "{out}");
}

#[test]
fn ask_explain_shows_hits_scores_and_the_decision() {
    let (ok, out, _) = run(&["ask", "--explain", "sygedagpenge og skattekort"], "");
    assert!(ok);
    assert!(out.contains("normalised: sygedagpenge og skattekort"), "{out}");
    assert!(out.contains("keyword da: sygedagpenge"), "{out}");
    assert!(out.contains("decision:   offer choices"), "{out}");
}

#[test]
fn chat_reads_piped_messages_and_numbers_press_buttons() {
    let input = "/sprog de\nsygedagpenge og skattekort\n1\n/glem\n";
    let (ok, out, err) = run(&["chat"], input);
    assert!(ok, "{err}");
    assert!(out.contains("Ich antworte jetzt auf Deutsch"), "{out}");
    assert!(out.contains("Geht es um eines dieser Themen?"), "{out}");
    assert!(out.contains("  [1] "), "{out}");
    assert!(out.contains("Quelle:"), "pressing 1 shows an answer:\n{out}");
    assert!(out.contains("ist jetzt gelöscht"), "{out}");
}

#[test]
fn without_a_token_the_default_command_chats_on_the_terminal() {
    let (ok, out, err) = run(&[], "hej\n");
    assert!(ok, "{err}");
    assert!(err.contains("No Telegram token"), "{err}");
    assert!(out.contains("Hvad kan jeg hjælpe med?"), "{out}");
}

#[test]
fn a_broken_base_refuses_to_start_with_every_error() {
    let dir = super::util::fixture_copy();
    let p = dir.path().join("knowledge/tax.toml");
    std::fs::write(&p, "[[entry]\n").unwrap();
    let k = dir.path().join("knowledge");
    let l = dir.path().join("locales");
    let (ok, _, err) =
        run_bin(&["--knowledge", k.to_str().unwrap(), "--locales", l.to_str().unwrap(), "chat"], "hej\n");
    assert!(!ok);
    assert!(err.contains("tax.toml:1: error: TOML"), "{err}");
    // `ask` is a testing tool: it still answers, and warns.
    let (ok, out, err) = run_bin(
        &["--knowledge", k.to_str().unwrap(), "--locales", l.to_str().unwrap(), "ask", "--json", "sygedagpenge"],
        "",
    );
    assert!(ok, "{err}");
    assert!(err.contains("has 1 error(s)"), "{err}");
    assert!(out.contains("\"entry\":\"health.sick-pay-dk\""), "{out}");
}

#[test]
fn the_piped_chat_prints_titles_as_plain_lines_and_says_when_a_button_is_not_there() {
    let (ok, out, err) = run(&["chat"], "Hvor finder jeg mit skattekort?\n17\n");
    assert!(ok, "{err}");
    // The fixture's title, without Telegram's *markup*.
    assert!(!out.contains('*'), "{out}");
    assert!(out.lines().any(|l| l == "Skattekort"), "{out}");
    assert!(out.contains("17"), "a missing button number is said back:\n{out}");
}

#[test]
fn a_reader_that_goes_away_ends_the_chat_quietly() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    let args = fixture_args(&["chat"]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_pendlerbot"))
        .args(&args)
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("PENDLERBOT_TOKEN_FILE")
        .env("PENDLERBOT_DATA", std::env::temp_dir().join(format!("pendlerbot-pipe-{}", std::process::id())))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    // Read one line, like `| head -1`, then close the pipe.
    let mut first = String::new();
    stdin.write_all(b"Hvor finder jeg mit skattekort?\n").unwrap();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    let many = "Hvor finder jeg mit skattekort?\n".repeat(2000);
    let _ = stdin.write_all(many.as_bytes());
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("Broken pipe"), "{err}");
}

/// The third column of every tuning set under `tests/data`: many questions with many
/// different answers from the shipped base, repeated to `lines` lines.
fn many_questions(lines: usize) -> String {
    let mut questions = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(crate::support::root().join("tests/data"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with("questions-"))
        .collect();
    files.sort();
    for f in files {
        for l in std::fs::read_to_string(f).unwrap().lines() {
            if let Some(q) = l.split('\t').nth(2).filter(|_| !l.starts_with('#')) {
                questions.push(q.to_string());
            }
        }
    }
    assert!(questions.len() > 500, "{}", questions.len());
    let mut out = String::new();
    for q in questions.iter().cycle().take(lines) {
        out.push_str(q);
        out.push('\n');
    }
    out
}

#[test]
fn ask_on_several_threads_answers_every_line_in_input_order_as_one_thread_does() {
    let input = many_questions(3000);
    let (ok, one, err) = run_bin(&["ask", "--json", "--threads", "1"], &input);
    assert!(ok, "{err}");
    let (ok, four, err) = run_bin(&["ask", "--json", "--threads", "4"], &input);
    assert!(ok, "{err}");
    assert_eq!(one.lines().count(), 3000);
    let entries: std::collections::BTreeSet<&str> =
        one.lines().map(|l| l.split(",\"score\"").next().unwrap()).collect();
    assert!(entries.len() > 30, "the lines must have many different answers: {}", entries.len());
    // Line by line, so a failure names the first line out of place.
    for (i, (a, b)) in one.lines().zip(four.lines()).enumerate() {
        assert_eq!(a, b, "line {}", i + 1);
    }
    assert_eq!(one, four);
    // The default (as many threads as cores) and the plain-text form too.
    let (ok, default, err) = run_bin(&["ask", "--json"], &input);
    assert!(ok, "{err}");
    assert_eq!(one, default);
    let short: String = input.lines().take(400).map(|l| format!("{l}\n")).collect();
    let (ok, one, _) = run_bin(&["ask", "--threads", "1"], &short);
    assert!(ok);
    let (ok, three, _) = run_bin(&["ask", "--threads", "3"], &short);
    assert!(ok);
    assert_eq!(one, three);
}

/// `ask` started with a pipe that stays open, as a terminal does.
fn ask_kept_open(threads: &str) -> (std::process::Child, std::sync::mpsc::Receiver<String>) {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let args = fixture_args(&["ask", "--json", "--threads", threads]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_pendlerbot"))
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    (child, rx)
}

#[test]
fn ask_answers_each_line_as_it_comes_without_waiting_for_the_end_of_its_input() {
    use std::io::Write;
    for threads in ["1", "2", "4"] {
        let (mut child, answers) = ask_kept_open(threads);
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"Hvor finder jeg mit skattekort?\n").unwrap();
        stdin.flush().unwrap();
        let first = answers.recv_timeout(crate::support::PATIENCE);
        let _ = child.kill();
        let first = first.unwrap_or_else(|_| panic!("--threads {threads}: no answer while the input stays open"));
        assert!(first.contains("\"entry\":\"tax.tax-card-dk\""), "{first}");
        let _ = child.wait();
    }
    // And the next line too, then the end of the input ends `ask`.
    let (mut child, answers) = ask_kept_open("2");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"Hvor finder jeg mit skattekort?\n").unwrap();
    assert!(answers.recv_timeout(crate::support::PATIENCE).is_ok());
    stdin.write_all(b"sygedagpenge og skattekort\n").unwrap();
    let second = answers.recv_timeout(crate::support::PATIENCE);
    drop(stdin);
    let second = second.expect("the second line is answered while the input stays open");
    assert!(second.contains("\"options\":[\""), "{second}");
    assert!(child.wait().unwrap().success());
}

#[test]
fn a_reader_that_goes_away_ends_ask_quietly_while_its_input_stays_open() {
    use std::io::Write;
    let (mut child, answers) = ask_kept_open("2");
    let mut stdin = child.stdin.take().unwrap();
    let many = "Hvor finder jeg mit skattekort?\n".repeat(5000);
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(many.as_bytes());
        // Kept open until the test ends.
        stdin
    });
    assert!(answers.recv_timeout(crate::support::PATIENCE).is_ok());
    drop(answers);
    let deadline = std::time::Instant::now() + crate::support::PATIENCE;
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if std::time::Instant::now() > deadline {
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    let _ = child.kill();
    let mut err = String::new();
    let _ = std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err);
    let status = status.expect("ask ends when its reader goes away, although its input stays open");
    assert!(status.success(), "{err}");
    assert!(!err.contains("Broken pipe"), "{err}");
    drop(writer);
}
