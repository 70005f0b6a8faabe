//! Terminal adapters: `pendlerbot chat` (a conversation exactly as in
//! Telegram, with buttons shown as numbers) and `pendlerbot ask` (one JSON
//! object per question, the contract `shared/eval/score` relies on).

use std::io::{BufRead, Write};

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
    let mut buf = serde_json::to_vec(&line)?;
    if buf.ends_with(b"\"\"}") {
        buf.truncate(buf.len() - 3);
        push_turn_json(&mut buf, &o.replies);
        buf.push(b'}');
    } else {
        buf = serde_json::to_vec(&AskLine { answer: turn_text(&o), ..line })?;
    }
    buf.push(b'\n');
    out.write_all(&buf)
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
