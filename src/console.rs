//! Terminal adapters: `pendlerbot chat` (a conversation exactly as in
//! Telegram, with buttons shown as numbers) and `pendlerbot ask` (one JSON
//! object per question, the contract `shared/eval/score` relies on).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::sync::mpsc;

use serde::Serialize;

use crate::dialogue::{handle, Action, Event, Input, Outcome, Reply, Session};
use crate::knowledge::{Decision, EntryId, Kb, Match};
use crate::text::Lang;

/// One line of `ask --json`. Field names and meaning are a stable contract.
#[derive(Serialize)]
pub struct AskLine<'a> {
    pub lang: Lang,
    pub entry: Option<&'a str>,
    pub score: f64,
    pub options: &'a [EntryId],
    pub answer: String,
}

/// The text the bot would send for a match (without buttons).
pub fn answer_text(kb: &Kb, m: &Match) -> String {
    match (&m.decision, &m.entry) {
        (Decision::Answer, Some(id)) => kb.render(id, m.lang).unwrap_or_default(),
        (Decision::Choices, _) => {
            let mut t = kb.texts.ui(m.lang, "choices-intro");
            for (i, id) in m.options.iter().enumerate() {
                t.push_str(&format!("\n{}. {}", i + 1, kb.title(id, m.lang)));
            }
            t
        }
        _ => kb.texts.ui(m.lang, "fallback"),
    }
}

/// One line of `ask --json`: the question as the first message of a
/// conversation, decided by the dialogue core exactly as the bot would (a
/// situation stated in the question counts, a broad question offers
/// choices), with the matcher's confidence as `score`.
pub fn ask_line(kb: &Kb, question: &str, out: &mut impl Write) -> std::io::Result<()> {
    let mut buf = Vec::new();
    push_ask_line(kb, question, &mut buf)?;
    out.write_all(&buf)
}

/// [`ask_line`] appended to `buf` (a batch's buffer), without a buffer of
/// its own.
pub fn push_ask_line(kb: &Kb, question: &str, buf: &mut Vec<u8>) -> std::io::Result<()> {
    let o = handle(kb, &Session::default(), Input::Text(question.to_string()), None);
    let (entry, options) = match &o.event {
        Event::Answered { entry, .. } => (Some(entry.as_str()), &[][..]),
        Event::Offered { options, .. } => (None, options.as_slice()),
        _ => (None, &[][..]),
    };
    let score = o.matched.as_ref().map_or(0.0, |m| m.score);
    // Serialised in memory and written at once. The answer, the last field
    // and about a kilobyte, is escaped by `push_json_str` in one pass: the
    // same bytes as the serialiser's (a test compares them), fewer steps.
    let line = AskLine { lang: o.lang, entry, score, options, answer: String::new() };
    let start = buf.len();
    serde_json::to_writer(&mut *buf, &line)?;
    if buf.ends_with(b"\"\"}") {
        buf.truncate(buf.len() - 3);
        push_turn_json(buf, &o.replies);
        buf.push(b'}');
    } else {
        buf.truncate(start);
        serde_json::to_writer(&mut *buf, &AskLine { answer: turn_text(&o), ..line })?;
    }
    buf.push(b'\n');
    Ok(())
}

/// Lines a worker answers at a time in [`answer_lines`]: enough that handing
/// them over costs nothing next to answering them (about 30 µs a line),
/// few enough that two workers share the end of the input.
const CHUNK_LINES: usize = 512;

/// Why [`answer_lines`] stopped early.
#[derive(Debug, thiserror::Error)]
pub enum LinesError {
    /// Reading the input failed (not UTF-8, or an I/O error); every line
    /// before it was answered.
    #[error("{0}")]
    Read(std::io::Error),
    /// Answering or writing failed (the reader went away).
    #[error("{0}")]
    Write(std::io::Error),
}

/// Answers every line of `input` on its own with `answer` (which appends a
/// line's output to a buffer) and writes the outputs to `out` strictly in the
/// order of the input, on `threads` worker threads (1: all in this thread).
/// No state passes from one line to the next but what `answer` keeps.
///
/// Streaming, in bounded memory: lines are read in chunks of at most
/// [`CHUNK_LINES`], and a chunk is handed over as soon as no more input has
/// been read already, so a line typed on a terminal or sent down a pipe that
/// stays open is answered, and its answer flushed, at once; at most
/// `4 × threads` chunks are read and not yet written. A line ends as
/// [`BufRead::lines`] ends it (`\n` or `\r\n`). When writing fails the
/// input is not read further: the reader thread is left blocked on it (the
/// process is about to end), never waited for.
pub fn answer_lines<R, W>(
    input: BufReader<R>,
    out: &mut W,
    threads: usize,
    answer: &(dyn Fn(&str, &mut Vec<u8>) -> std::io::Result<()> + Sync),
) -> Result<(), LinesError>
where
    R: Read + Send + 'static,
    W: Write,
{
    answer_lines_by(input, out, threads, CHUNK_LINES, answer)
}

fn answer_lines_by<R, W>(
    mut input: BufReader<R>,
    out: &mut W,
    threads: usize,
    chunk_lines: usize,
    answer: &(dyn Fn(&str, &mut Vec<u8>) -> std::io::Result<()> + Sync),
) -> Result<(), LinesError>
where
    R: Read + Send + 'static,
    W: Write,
{
    if threads <= 1 {
        return answer_lines_here(&mut input, out, answer);
    }
    let in_flight = 4 * threads;
    // A token per chunk that may be read and not yet written: the reader
    // takes one before it reads a chunk, the writer gives it back once the
    // chunk is written.
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        let _ = token_tx.send(());
    }
    // `None` tells a worker to stop.
    let (work_tx, work_rx) = mpsc::sync_channel::<Option<Chunk>>(in_flight);
    let stop = work_tx.clone();
    // Not scoped: after a failed write it may stay blocked on its input.
    let reader = std::thread::spawn(move || read_chunks(&mut input, chunk_lines, threads, &token_rx, &work_tx));
    let work_rx = std::sync::Mutex::new(work_rx);
    let written = std::thread::scope(|scope| {
        let (done_tx, done_rx) = mpsc::channel::<(usize, Answered)>();
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            scope.spawn(move || loop {
                let job = work_rx.lock().ok().and_then(|rx| rx.recv().ok()).flatten();
                let Some((seq, lines)) = job else { break };
                // A panic goes to the writer, which stops the batch and
                // passes it on (the hook has printed it already).
                let answered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let mut buf = Vec::with_capacity(lines.len() * 1024);
                    lines.iter().try_for_each(|l| answer(l, &mut buf)).map(|()| buf)
                }));
                if done_tx.send((seq, answered)).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        let written = write_in_order(done_rx, out, &token_tx);
        if written.is_err() {
            // `done_rx` is gone: a worker with a chunk stops at its answer;
            // one waiting for a chunk, which the reader (blocked on its
            // input) may never send, is told to stop. A full queue holds a
            // chunk for each worker.
            for _ in 0..threads {
                let _ = stop.try_send(None);
            }
        }
        written
    });
    match written {
        Ok(()) => {}
        Err(Stopped::Write(e)) => return Err(LinesError::Write(e)),
        Err(Stopped::Panic(panic)) => std::panic::resume_unwind(panic),
    }
    match reader.join() {
        Ok(read) => read.map_err(LinesError::Read),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// A chunk of lines and its place in the input.
type Chunk = (usize, Vec<String>);

/// A chunk's output, or why there is none.
type Answered = std::thread::Result<std::io::Result<Vec<u8>>>;

/// Why the writer of [`answer_lines`] stopped.
enum Stopped {
    Write(std::io::Error),
    Panic(Box<dyn std::any::Any + Send>),
}

/// [`answer_lines`] on one thread: the outputs gathered in one buffer,
/// written when it is large or when no more input has been read already.
fn answer_lines_here<R: Read, W: Write>(
    input: &mut BufReader<R>,
    out: &mut W,
    answer: &(dyn Fn(&str, &mut Vec<u8>) -> std::io::Result<()> + Sync),
) -> Result<(), LinesError> {
    let mut pending = Vec::with_capacity(1 << 17);
    let mut line = String::new();
    loop {
        let read = read_line(input, &mut line);
        if let Ok(true) = read {
            answer(&line, &mut pending).map_err(LinesError::Write)?;
        }
        if pending.len() >= 1 << 16 || input.buffer().is_empty() || !matches!(read, Ok(true)) {
            out.write_all(&pending).and_then(|()| out.flush()).map_err(LinesError::Write)?;
            pending.clear();
        }
        match read {
            Ok(true) => {}
            Ok(false) => return Ok(()),
            Err(e) => return Err(LinesError::Read(e)),
        }
    }
}

/// Reads the next line into `line` without its end (as [`BufRead::lines`]);
/// `false` at the end of the input.
fn read_line<R: Read>(input: &mut BufReader<R>, line: &mut String) -> std::io::Result<bool> {
    line.clear();
    if input.read_line(line)? == 0 {
        return Ok(false);
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(true)
}

/// The reader of [`answer_lines`]: chunks of lines, numbered, each after a
/// token; a chunk ends after `chunk_lines` lines or where the input read so
/// far ends. Stops at the end of the input, at an error (returned after the
/// lines before it were handed over) or when the writer has gone.
fn read_chunks<R: Read>(
    input: &mut BufReader<R>,
    chunk_lines: usize,
    workers: usize,
    tokens: &mpsc::Receiver<()>,
    work: &mpsc::SyncSender<Option<Chunk>>,
) -> std::io::Result<()> {
    let read = read_chunks_until_done(input, chunk_lines, tokens, work);
    for _ in 0..workers {
        let _ = work.send(None);
    }
    read
}

/// [`read_chunks`] but for telling the workers to stop.
fn read_chunks_until_done<R: Read>(
    input: &mut BufReader<R>,
    chunk_lines: usize,
    tokens: &mpsc::Receiver<()>,
    work: &mpsc::SyncSender<Option<Chunk>>,
) -> std::io::Result<()> {
    for seq in 0.. {
        if tokens.recv().is_err() {
            return Ok(());
        }
        let mut lines = Vec::with_capacity(chunk_lines.min(64));
        let mut line = String::new();
        let read = loop {
            match read_line(input, &mut line) {
                Ok(true) => lines.push(std::mem::take(&mut line)),
                other => break other,
            }
            if lines.len() >= chunk_lines || input.buffer().is_empty() {
                break Ok(true);
            }
        };
        if !lines.is_empty() && work.send(Some((seq, lines))).is_err() {
            return Ok(());
        }
        if !read? {
            return Ok(());
        }
    }
    Ok(())
}

/// The writer of [`answer_lines`]: each chunk's output in the order read,
/// flushed when the next one is not done yet, its token given back.
fn write_in_order<W: Write>(
    done: mpsc::Receiver<(usize, Answered)>,
    out: &mut W,
    tokens: &mpsc::SyncSender<()>,
) -> Result<(), Stopped> {
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    for (seq, answered) in done {
        waiting.insert(seq, answered);
        while let Some(answered) = waiting.remove(&next) {
            let output = answered.map_err(Stopped::Panic)?.map_err(Stopped::Write)?;
            out.write_all(&output).map_err(Stopped::Write)?;
            next += 1;
            let _ = tokens.send(());
        }
        out.flush().map_err(Stopped::Write)?;
    }
    Ok(())
}

/// [`turn_text`] of `replies` as a JSON string, escaped piece by piece
/// (escaping works character by character), without joining the pieces
/// into one string first.
fn push_turn_json(out: &mut Vec<u8>, replies: &[Reply]) {
    out.push(b'"');
    for (i, r) in replies.iter().enumerate() {
        if i > 0 {
            push_json_chars(out, "\n\n");
        }
        if let Some(t) = &r.title {
            push_json_chars(out, t);
            push_json_chars(out, "\n");
        }
        push_json_chars(out, &r.text);
    }
    out.push(b'"');
}

/// `text` as a JSON string, escaped exactly as `serde_json` escapes it:
/// quote, backslash and control characters; everything else as it is.
#[cfg(test)]
fn push_json_str(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    push_json_chars(out, text);
    out.push(b'"');
}

/// The characters of [`push_json_str`], without the quotes.
fn push_json_chars(out: &mut Vec<u8>, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let b = text.as_bytes();
    out.reserve(b.len() + 2);
    // Sixteen, then eight bytes at a time while none of them needs escaping
    // (most of an answer): whether a byte is below 0x20, a quote or a
    // backslash. `needs` joins the three tests: a high bit set in its
    // result (`& HIGH`) where one of them holds.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * u64::from(n)) & !v;
    let needs =
        |v: u64| below(v, 0x20) | below(v ^ (ONES * u64::from(b'"')), 1) | below(v ^ (ONES * u64::from(b'\\')), 1);
    let word = |chunk: &[u8]| u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 16) {
            if (needs(word(&chunk[..8])) | needs(word(&chunk[8..]))) & HIGH == 0 {
                i += 16;
                continue;
            }
        }
        if let Some(chunk) = b.get(i..i + 8) {
            if needs(word(chunk)) & HIGH == 0 {
                i += 8;
                continue;
            }
        }
        let c = b[i];
        i += 1;
        if c >= 0x20 && c != b'"' && c != b'\\' {
            continue;
        }
        out.extend_from_slice(&b[start..i - 1]);
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(c >> 4)], HEX[usize::from(c & 0xf)]]),
        }
        start = i;
    }
    out.extend_from_slice(&b[start..]);
}

/// Everything the bot sent in one turn, replies separated by a blank line.
pub fn turn_text(outcome: &Outcome) -> String {
    outcome
        .replies
        .iter()
        .map(|r| match &r.title {
            Some(t) => format!("{t}\n{}", r.text),
            None => r.text.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

pub fn write_json(kb: &Kb, m: &Match, out: &mut impl Write) -> std::io::Result<()> {
    let line = AskLine {
        lang: m.lang,
        entry: m.entry.as_deref(),
        score: m.score,
        options: &m.options,
        answer: answer_text(kb, m),
    };
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}

/// A human-readable account of how the matcher decided (the same text as
/// `/why` in Telegram, see [`crate::dialogue::explain`]).
pub fn explain(kb: &Kb, question: &str, out: &mut impl Write) -> std::io::Result<()> {
    out.write_all(crate::dialogue::explain(kb, question).as_bytes())
}

/// Writes one reply as plain text, buttons as numbered lines. Returns the
/// buttons' actions in order so a typed number can press them. The title is
/// bold on a terminal (`styled`), a plain line when piped: never Telegram's
/// `*markup*`.
pub fn print_reply(reply: &Reply, out: &mut impl Write, styled: bool) -> std::io::Result<Vec<Action>> {
    if let Some(t) = &reply.title {
        if styled {
            writeln!(out, "\x1b[1m{t}\x1b[0m")?;
        } else {
            writeln!(out, "{t}")?;
        }
    }
    writeln!(out, "{}", reply.text)?;
    let mut actions = Vec::new();
    for row in &reply.buttons {
        for b in row {
            actions.push(b.action.clone());
            writeln!(out, "  [{}] {}", actions.len(), b.label)?;
        }
    }
    writeln!(out)?;
    Ok(actions)
}

/// One line of `chat --json`: what the bot did in one turn. Field names and
/// meaning are a contract with `shared/eval/converse`.
#[derive(Serialize)]
pub struct ChatLine<'a> {
    pub lang: Lang,
    /// The entry answered in this turn (also when only a part of it was sent).
    pub entry: Option<&'a str>,
    /// The entries offered as choices in this turn.
    pub options: &'a [EntryId],
    /// Everything the bot sent in this turn, replies separated by a blank line.
    pub text: String,
}

/// Writes one turn of `chat --json`.
pub fn write_turn(outcome: &Outcome, out: &mut impl Write) -> std::io::Result<()> {
    let (entry, options, lang) = match &outcome.event {
        Event::Answered { entry, lang, .. } => (Some(entry.as_str()), &[][..], *lang),
        Event::Offered { options, lang } => (None, options.as_slice(), *lang),
        Event::FellBack { lang } => (None, &[][..], *lang),
        _ => (None, &[][..], outcome.lang),
    };
    let text = turn_text(outcome);
    serde_json::to_writer(&mut *out, &ChatLine { lang, entry, options, text })?;
    out.write_all(b"\n")
}

/// The terminal chat (`json`: one `ChatLine` per input line, every line
/// answered, also an empty one); `seen` gets each typed message (`None` for a button)
/// with its outcome, so `pendlerbot chat` can record unanswered questions
/// and feedback the same way the Telegram bot does.
pub fn chat_with(
    kb: &Kb,
    input: impl BufRead,
    out: &mut impl Write,
    interactive: bool,
    json: bool,
    hint: Option<Lang>,
    seen: &mut dyn FnMut(Option<&str>, &Outcome),
) -> std::io::Result<()> {
    let mut session = Session::default();
    let mut buttons: Vec<Action> = Vec::new();
    if interactive {
        let lang = hint.unwrap_or_else(|| kb.languages.first());
        writeln!(out, "{}\n", kb.texts.ui(lang, "console-intro"))?;
        write!(out, "> ")?;
        out.flush()?;
    }
    for line in input.lines() {
        let line = line?;
        let trimmed = line.trim();
        if trimmed.is_empty() && !json {
            if interactive {
                write!(out, "> ")?;
                out.flush()?;
            }
            continue;
        }
        let pressed = trimmed.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| buttons.get(i));
        let input = match pressed {
            Some(a) => Input::Button(a.clone()),
            None => Input::Text(line.clone()),
        };
        let typed = match &input {
            Input::Text(t) => Some(t.clone()),
            _ => None,
        };
        let outcome = handle(kb, &session, input, hint);
        seen(typed.as_deref(), &outcome);
        session = outcome.session.clone();
        buttons.clear();
        if json {
            for r in &outcome.replies {
                buttons.extend(r.buttons.iter().flatten().map(|b| b.action.clone()));
            }
            write_turn(&outcome, out)?;
        } else {
            for r in &outcome.replies {
                buttons.extend(print_reply(r, out, interactive)?);
            }
        }
        if interactive {
            write!(out, "> ")?;
        }
        out.flush()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line's output that depends on the line only, and takes longer for
    /// some lines, so that chunks finish out of order on several threads.
    fn slow_echo(line: &str, out: &mut Vec<u8>) -> std::io::Result<()> {
        let n: u64 = line.trim().parse().unwrap_or(0);
        if n.is_multiple_of(61) {
            std::thread::sleep(std::time::Duration::from_micros(300 + 37 * (n % 7)));
        }
        writeln!(out, "{}:{}", n * n, line.len())
    }

    #[test]
    fn lines_are_answered_in_input_order_on_any_number_of_threads() {
        let input: String = (0..5000).map(|i| format!("{i}{}\n", if i % 3 == 0 { "\r" } else { "" })).collect();
        let run = |threads, chunk| {
            let mut out = Vec::new();
            let reader = BufReader::with_capacity(777, std::io::Cursor::new(input.clone().into_bytes()));
            answer_lines_by(reader, &mut out, threads, chunk, &slow_echo).unwrap();
            String::from_utf8(out).unwrap()
        };
        let one = run(1, CHUNK_LINES);
        let expected: String = (0..5000u64).map(|i| format!("{}:{}\n", i * i, i.to_string().len())).collect();
        assert_eq!(one, expected);
        for (threads, chunk) in [(2, 1), (3, 7), (4, 64), (8, CHUNK_LINES)] {
            assert_eq!(run(threads, chunk), one, "{threads} threads, chunks of {chunk}");
        }
    }

    /// Input that arrives in pieces: `read` waits for the next piece, as a
    /// pipe or a terminal does, and ends when the sender is gone.
    struct Pieces(mpsc::Receiver<Vec<u8>>, Vec<u8>);

    impl Read for Pieces {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.1.is_empty() {
                match self.0.recv() {
                    Ok(piece) => self.1 = piece,
                    Err(_) => return Ok(0),
                }
            }
            let n = buf.len().min(self.1.len());
            buf[..n].copy_from_slice(&self.1[..n]);
            self.1.drain(..n);
            Ok(n)
        }
    }

    /// Output that goes to the test as soon as it is flushed.
    struct Flushed(Vec<u8>, mpsc::Sender<String>);

    impl Write for Flushed {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            if !self.0.is_empty() {
                let _ = self.1.send(String::from_utf8(std::mem::take(&mut self.0)).unwrap());
            }
            Ok(())
        }
    }

    #[test]
    fn a_line_is_answered_before_the_next_one_comes() {
        let patience = std::time::Duration::from_secs(20);
        for threads in [1, 2, 4] {
            let (input, pieces) = mpsc::channel();
            let (flushed, answers) = mpsc::channel();
            let batch = std::thread::spawn(move || {
                let mut out = Flushed(Vec::new(), flushed);
                answer_lines(BufReader::new(Pieces(pieces, Vec::new())), &mut out, threads, &slow_echo)
            });
            input.send(b"3\n".to_vec()).unwrap();
            assert_eq!(answers.recv_timeout(patience).unwrap(), "9:1\n", "{threads} threads");
            // A line in two pieces, then two lines in one.
            input.send(b"1".to_vec()).unwrap();
            input.send(b"2\n".to_vec()).unwrap();
            assert_eq!(answers.recv_timeout(patience).unwrap(), "144:2\n", "{threads} threads");
            input.send(b"4\n5\n".to_vec()).unwrap();
            let mut got = answers.recv_timeout(patience).unwrap();
            if got.len() < 10 {
                got.push_str(&answers.recv_timeout(patience).unwrap());
            }
            assert_eq!(got, "16:1\n25:1\n", "{threads} threads");
            drop(input);
            batch.join().unwrap().unwrap();
        }
    }

    #[test]
    fn the_lines_before_unreadable_input_are_answered_then_it_is_reported() {
        for threads in [1, 3] {
            let mut bytes = b"1\n2\n".repeat(300);
            bytes.extend_from_slice(b"\xff\n7\n");
            let mut out = Vec::new();
            let reader = BufReader::with_capacity(64, std::io::Cursor::new(bytes));
            let err = answer_lines_by(reader, &mut out, threads, 5, &slow_echo).unwrap_err();
            assert!(matches!(err, LinesError::Read(ref e) if e.kind() == std::io::ErrorKind::InvalidData), "{err}");
            assert_eq!(String::from_utf8(out).unwrap(), "1:1\n4:1\n".repeat(300), "{threads} threads");
        }
    }

    #[test]
    #[should_panic(expected = "line 7")]
    fn a_panic_in_an_answer_is_passed_on() {
        let input: String = (0..100).map(|i| format!("{i}\n")).collect();
        let reader = BufReader::new(std::io::Cursor::new(input.into_bytes()));
        let answer = |line: &str, out: &mut Vec<u8>| {
            assert_ne!(line, "7", "line 7");
            slow_echo(line, out)
        };
        let _ = answer_lines_by(reader, &mut Vec::new(), 2, 3, &answer);
    }

    #[test]
    fn a_failed_write_stops_the_batch() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        for threads in [1, 2] {
            // Input that never ends: the batch must not wait for it.
            let (input, pieces) = mpsc::channel::<Vec<u8>>();
            input.send(b"1\n2\n".to_vec()).unwrap();
            let err = answer_lines(BufReader::new(Pieces(pieces, Vec::new())), &mut Closed, threads, &slow_echo);
            assert!(matches!(err, Err(LinesError::Write(ref e)) if e.kind() == std::io::ErrorKind::BrokenPipe));
            drop(input);
        }
    }

    proptest::proptest! {
        #[test]
        fn answers_are_escaped_as_serde_json_escapes_them(s in "[\\u{0}-\\u{7f}æøåäöüß€–\\u{2028}\\u{fffd}]{0,200}") {
            let mut ours = Vec::new();
            push_json_str(&mut ours, &s);
            proptest::prop_assert_eq!(ours, serde_json::to_vec(&s).unwrap());
        }
    }

    proptest::proptest! {
        #[test]
        fn a_turn_is_escaped_as_its_joined_text_is(
            parts in proptest::collection::vec((proptest::option::of("[a-zæ\"\\\n ]{0,8}"), "[a-zø\"\\\n\t ]{0,12}"), 0..4)
        ) {
            let replies: Vec<Reply> =
                parts.into_iter().map(|(title, text)| Reply { title, text, buttons: vec![] }).collect();
            let o = Outcome { session: Session::default(), lang: Lang::Da, replies, forget: false, event: Event::Command, matched: None };
            let mut ours = Vec::new();
            push_turn_json(&mut ours, &o.replies);
            proptest::prop_assert_eq!(ours, serde_json::to_vec(&turn_text(&o)).unwrap());
        }
    }

    proptest::proptest! {
        /// Long runs with nothing to escape, as in an answer, and now and then a byte to escape.
        #[test]
        fn answer_like_text_is_escaped_as_serde_json_escapes_it(
            s in "([a-zA-Z æøå.,:€–]{0,40}[\"\\\\\n\t\u{1}\u{1f}]?){0,8}"
        ) {
            let mut ours = Vec::new();
            push_json_str(&mut ours, &s);
            proptest::prop_assert_eq!(ours, serde_json::to_vec(&s).unwrap());
        }
    }

    #[test]
    fn every_control_character_is_escaped_as_serde_json_escapes_it() {
        let all: String = (0u8..0x80).map(char::from).chain("\"\\ø€".chars()).collect();
        let mut ours = Vec::new();
        push_json_str(&mut ours, &all);
        assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&all).unwrap());
    }
}
