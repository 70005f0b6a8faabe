//! Replies as Telegram messages: HTML parse mode with every piece of text
//! escaped, inline keyboards from buttons, long texts split at paragraphs.

use teloxide_core::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use tracing::warn;

use crate::dialogue::Reply;

/// Telegram's limit for one message is 4,096 characters; we stay a little
/// below it (counted in UTF-16 units, as Telegram does).
pub const MAX_PART: usize = 4000;
/// Telegram's limit for `callback_data`.
pub const MAX_CALLBACK_DATA: usize = 64;

/// One Telegram message: HTML text and, on the last part of a reply, its
/// inline keyboard.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub html: String,
    pub keyboard: Option<InlineKeyboardMarkup>,
}

/// Renders a reply as HTML messages: the title in bold, every piece of text
/// escaped, long texts split at paragraph boundaries, buttons under the last
/// message. Buttons whose `callback_data` would exceed 64 bytes are left out.
pub fn render(reply: &Reply) -> Vec<Part> {
    let title = reply.title.as_deref().filter(|t| !t.trim().is_empty());
    let title_len = title.map_or(0, |t| utf16_len(t) + 1);
    let first_budget = MAX_PART.saturating_sub(title_len).max(MAX_PART / 2);
    let mut chunks = split_text(reply.text.trim(), first_budget, MAX_PART);
    if chunks.is_empty() {
        chunks.push(String::new());
    }
    let n = chunks.len();
    let keyboard = keyboard(reply);
    chunks
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| {
            let mut html = String::with_capacity(chunk.len() + 32);
            if let (0, Some(t)) = (i, title) {
                html.push_str("<b>");
                html.push_str(&escape(t));
                html.push_str("</b>");
                if !chunk.is_empty() {
                    html.push('\n');
                }
            }
            html.push_str(&escape(&chunk));
            if html.is_empty() {
                html.push('…');
            }
            Part { html, keyboard: if i + 1 == n { keyboard.clone() } else { None } }
        })
        .collect()
}

fn keyboard(reply: &Reply) -> Option<InlineKeyboardMarkup> {
    let rows: Vec<Vec<InlineKeyboardButton>> = reply
        .buttons
        .iter()
        .map(|row| {
            row.iter()
                .filter_map(|b| {
                    let data = b.action.encode();
                    if data.len() > MAX_CALLBACK_DATA {
                        warn!("button `{data}` is longer than {MAX_CALLBACK_DATA} bytes; left out");
                        return None;
                    }
                    Some(InlineKeyboardButton::callback(b.label.clone(), data))
                })
                .collect::<Vec<_>>()
        })
        .filter(|row| !row.is_empty())
        .collect();
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

/// Escapes text for Telegram's HTML parse mode.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Splits `text` into pieces of at most `first` (then `rest`) UTF-16 units,
/// preferring paragraph breaks, then line breaks, then spaces.
pub fn split_text(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut remaining = text.trim();
    while !remaining.is_empty() {
        let budget = if out.is_empty() { first } else { rest };
        if utf16_len(remaining) <= budget {
            out.push(remaining.to_string());
            break;
        }
        // The longest prefix that fits, in bytes.
        let mut units = 0;
        let mut fit = 0;
        for (i, c) in remaining.char_indices() {
            units += c.len_utf16();
            if units > budget {
                break;
            }
            fit = i + c.len_utf8();
        }
        let window = &remaining[..fit];
        let cut =
            ["\n\n", "\n", " "].iter().find_map(|sep| window.rfind(sep).filter(|&at| at > 0).map(|at| (at, sep.len())));
        let (head, tail) = match cut {
            Some((at, len)) => (&remaining[..at], &remaining[at + len..]),
            None => (window, &remaining[fit..]),
        };
        out.push(head.trim_end().to_string());
        remaining = tail.trim_start();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::{Action, Button};

    #[test]
    fn long_texts_split_at_paragraphs_below_the_limit() {
        let para = "Ord og flere ord. ".repeat(50);
        let text = [para.trim(); 12].join("\n\n");
        let parts = split_text(&text, 1000, 1000);
        assert!(parts.len() > 1);
        for p in &parts {
            assert!(utf16_len(p) <= 1000, "{}", utf16_len(p));
            assert!(!p.starts_with(char::is_whitespace) && !p.ends_with(char::is_whitespace));
            assert!(p.ends_with('.'), "cut inside a paragraph: {:?}", &p[p.len() - 20..]);
        }
        assert_eq!(parts.join("\n\n"), text);
        // One endless word is cut hard, on a character boundary.
        let word = "æ".repeat(2500);
        let parts = split_text(&word, 1000, 1000);
        assert_eq!(parts.iter().map(|p| p.chars().count()).collect::<Vec<_>>(), [1000, 1000, 500]);
    }

    #[test]
    fn replies_render_as_escaped_html_with_buttons_on_the_last_part() {
        let reply = Reply {
            title: Some("Skat & <told>".into()),
            text: "a < b && c > d".into(),
            buttons: vec![vec![Button { label: "x".into(), action: Action::Advisor }]],
        };
        let parts = render(&reply);
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].html, "<b>Skat &amp; &lt;told&gt;</b>\na &lt; b &amp;&amp; c &gt; d");
        assert!(parts[0].keyboard.is_some());
        let long = Reply { title: Some("T".into()), text: "abc ".repeat(3000), buttons: reply.buttons.clone() };
        let parts = render(&long);
        assert_eq!(parts.len(), 4);
        assert!(parts[..3].iter().all(|p| p.keyboard.is_none()));
        assert!(parts[3].keyboard.is_some());
        assert!(parts.iter().all(|p| utf16_len(&p.html) < 4096));
    }
}
