//! Generated knowledge bases N times the size of the real one, for the
//! scaling figures in docs/performance.md. Copy `k` of every entry gets the
//! id `<id>-g<k>`, its own answer texts, and its own vocabulary: every word
//! of four letters or more in its keywords, context words and examples is
//! turned into a made-up word (a letter rotation that depends on `k`, behind
//! a one-letter mark), so each copy is as distinct from the others as real
//! entries are, and real questions keep matching the real entries. Advisor
//! patterns (regexes) are not copied: only the original entries have them.

use std::fs;
use std::io;
use std::path::Path;

/// Writes `knowledge/` and `locales/` `factor` times the size of the real
/// ones under `out`.
pub fn generate(knowledge: &Path, locales: &Path, factor: usize, out: &Path) -> io::Result<()> {
    let kout = out.join("knowledge");
    fs::create_dir_all(&kout)?;
    let mut message_ids = Vec::new();
    for f in fs::read_dir(knowledge)? {
        let path = f?.path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".toml") {
            if path.is_file() {
                fs::copy(&path, kout.join(&name))?;
            }
            continue;
        }
        let text = fs::read_to_string(&path)?;
        let mut table: toml::Table = toml::from_str(&text).map_err(io::Error::other)?;
        let key = match name.as_str() {
            "topics.toml" => "topic",
            "values.toml" | "scope.toml" => {
                fs::write(kout.join(&name), text)?;
                continue;
            }
            _ => "entry",
        };
        let Some(toml::Value::Array(items)) = table.get(key).cloned() else {
            fs::write(kout.join(&name), text)?;
            continue;
        };
        let mut all = items.clone();
        for k in 1..factor {
            for item in &items {
                let mut copy = item.clone();
                let t = copy.as_table_mut().unwrap();
                let id = t["id"].as_str().unwrap().to_string();
                if key == "entry" {
                    message_ids.push(id.replace('.', "-"));
                }
                t.insert("id".into(), format!("{id}-g{k}").into());
                if let Some(toml::Value::Array(rel)) = t.get_mut("related") {
                    for r in rel.iter_mut() {
                        *r = format!("{}-g{k}", r.as_str().unwrap()).into();
                    }
                }
                for lang in ["da", "de"] {
                    let Some(toml::Value::Table(rules)) = t.get_mut(lang) else { continue };
                    rules.remove("patterns");
                    for list in ["keywords", "context", "not", "examples"] {
                        if let Some(toml::Value::Array(words)) = rules.get_mut(list) {
                            for w in words.iter_mut() {
                                *w = mangle(w.as_str().unwrap(), k).into();
                            }
                        }
                    }
                }
                all.push(copy);
            }
        }
        table.insert(key.into(), toml::Value::Array(all));
        fs::write(kout.join(&name), toml::to_string(&table).map_err(io::Error::other)?)?;
    }
    message_ids.sort();
    message_ids.dedup();
    for lang in ["da", "de"] {
        let lout = out.join("locales").join(lang);
        fs::create_dir_all(&lout)?;
        for f in fs::read_dir(locales.join(lang))? {
            let path = f?.path();
            let text = fs::read_to_string(&path)?;
            let mut extra = String::new();
            for block in messages(&text) {
                let id = block.split(" =").next().unwrap_or_default().trim();
                if message_ids.binary_search(&id.to_string()).is_ok() {
                    for k in 1..factor {
                        extra.push_str(&block.replacen(id, &format!("{id}-g{k}"), 1));
                    }
                }
            }
            fs::write(lout.join(path.file_name().unwrap()), format!("{text}\n{extra}"))?;
        }
    }
    Ok(())
}

/// The top-level messages of a Fluent file, each with its indented lines.
fn messages(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let starts = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts {
            out.push(String::new());
        } else if line.starts_with('#') || (line.trim().is_empty() && out.last().is_none()) {
            continue;
        }
        if let Some(m) = out.last_mut() {
            m.push_str(line);
            m.push('\n');
        }
    }
    out
}

/// Copy `k`'s version of a text: words of four letters or more become
/// made-up words; shorter ones (function words) stay.
fn mangle(text: &str, k: usize) -> String {
    let mark = [b'q', b'x', b'z', b'j'][(k / 26) % 4] as char;
    text.split(' ')
        .map(|w| {
            if w.chars().filter(|c| c.is_alphabetic()).count() < 4 {
                return w.to_string();
            }
            let mut s = String::from(mark);
            for (i, c) in w.chars().enumerate() {
                s.push(match c.to_ascii_lowercase() {
                    c @ 'a'..='z' => (b'a' + (((c as u8 - b'a') as usize + k * (i + 1)) % 26) as u8) as char,
                    other => other,
                });
            }
            s
        })
        .collect::<Vec<_>>()
        .join(" ")
}
