//! Reading `knowledge/*.toml` into the model, collecting every problem with
//! its `file:line` instead of stopping at the first one.
//!
//! File kinds, by name: `topics.toml` (the catalogue of stable ids),
//! `values.toml` (yearly amounts), `scope.toml` (places and out-of-scope
//! words); every other `*.toml` holds `[[entry]]` tables of one area.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::model::{Direction, Entry, Located, Rules, Scope, Unit, Value};
use crate::date::Date;
use crate::diag::{Diagnostics, Source};
use crate::text::{fold, Lang};

/// The files of a folder, read safely: only regular files directly inside
/// it with the given extension, never through a symlink that leaves the
/// folder. Sorted by name so loading is deterministic.
pub fn read_folder(dir: &Path, ext: &str, diags: &mut Diagnostics) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.error(dir, 0, format!("cannot read folder: {e}"));
            return out;
        }
    };
    let root = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.extension().and_then(|e| e.to_str()) != Some(ext) {
            continue;
        }
        match std::fs::canonicalize(&path) {
            Ok(real) if real.starts_with(&root) && real.is_file() => {}
            Ok(_) => {
                diags.error(&path, 0, "file points outside its folder (symlink?); it is ignored");
                continue;
            }
            Err(e) => {
                diags.error(&path, 0, format!("cannot read file: {e}"));
                continue;
            }
        }
        match std::fs::read_to_string(&path) {
            Ok(s) => out.push((path, s)),
            Err(e) => diags.error(&path, 0, format!("cannot read file: {e}")),
        }
    }
    out
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntryFile {
    #[serde(default)]
    entry: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: Spanned<String>,
    checked: Option<Spanned<toml::Value>>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    #[serde(default)]
    related: Vec<Spanned<String>>,
    direction: Option<Spanned<String>>,
    #[serde(default)]
    abroad: bool,
    da: Option<RawRules>,
    de: Option<RawRules>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawRules {
    #[serde(default)]
    keywords: Vec<Spanned<String>>,
    #[serde(default)]
    context: Vec<Spanned<String>>,
    #[serde(default)]
    not: Vec<Spanned<String>>,
    #[serde(default)]
    patterns: Vec<Spanned<String>>,
    #[serde(default)]
    examples: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawValuesFile {
    #[serde(default)]
    value: Vec<RawValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawValue {
    name: Spanned<String>,
    amount: Spanned<toml::Value>,
    unit: Spanned<String>,
    year: Spanned<i64>,
    /// Until when an older amount is known to be the latest published one.
    review_by: Option<toml::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    source: Option<String>,
    /// When the amount was verified at `source` (checked by the facts work).
    #[serde(default)]
    #[allow(dead_code)]
    checked: Option<toml::Value>,
    /// The day the amount takes effect; later amounts wait for their day.
    #[serde(default)]
    from: Option<toml::Value>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawScopeFile {
    #[serde(default)]
    places: RawPlaces,
    #[serde(default)]
    outside: RawOutside,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPlaces {
    #[serde(default)]
    germany: Vec<String>,
    #[serde(default)]
    denmark: Vec<String>,
    #[serde(default)]
    live: Vec<String>,
    #[serde(default)]
    work: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawOutside {
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    requests: Vec<String>,
}

#[derive(Deserialize)]
struct RawTopics {
    #[serde(default)]
    topic: Vec<RawTopic>,
}

#[derive(Deserialize)]
struct RawTopic {
    id: Spanned<String>,
}

/// `vocabulary.toml`: everyday words -> the words the entries use.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawVocabulary {
    #[serde(default)]
    words: BTreeMap<String, Spanned<String>>,
}

/// What the knowledge folder holds, before the locales are joined to it.
#[derive(Default)]
pub struct Loaded {
    pub entries: Vec<Entry>,
    pub values: Vec<Value>,
    pub scope: Scope,
    /// The gazetteer (`places.toml`), as written.
    pub places: super::places::RawPlaces,
    /// Conversation cues (`dialogue.toml`), as written, with the file for `check`.
    pub cues: super::cues::RawCues,
    pub cues_file: Option<PathBuf>,
    /// Everyday words (`vocabulary.toml`): (folded word or phrase, folded meaning, prefix).
    pub vocabulary: Vec<(String, String, bool)>,
    /// Catalogue ids with the line that lists them, if `topics.toml` exists.
    pub catalogue: Option<(PathBuf, BTreeMap<String, usize>)>,
}

fn parse_toml<T: for<'de> Deserialize<'de>>(path: &Path, src: &Source, diags: &mut Diagnostics) -> Option<T> {
    match toml::from_str::<T>(src.text) {
        Ok(v) => Some(v),
        Err(e) => {
            let line = e.span().map(|s| src.line(s.start)).unwrap_or(1);
            let msg = e.message().replace('\n', " ");
            diags.error(path, line, format!("TOML: {}", msg.trim()));
            None
        }
    }
}

fn located(src: &Source, items: Vec<Spanned<String>>) -> Vec<Located<String>> {
    items.into_iter().map(|s| Located { line: src.line(s.span().start), value: s.into_inner() }).collect()
}

/// Reads the knowledge folder. `today` decides which review dates are old.
pub fn load(dir: &Path, today: Date, diags: &mut Diagnostics) -> Loaded {
    let mut loaded = Loaded::default();
    let files = read_folder(dir, "toml", diags);
    if files.is_empty() && !diags.has_errors() {
        diags.error(dir, 0, "no knowledge files (*.toml) found");
    }
    let mut seen: BTreeMap<String, (PathBuf, usize)> = BTreeMap::new();
    for (path, text) in &files {
        let src = &Source::new(text);
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        match name {
            "topics.toml" => {
                if let Some(raw) = parse_toml::<RawTopics>(path, src, diags) {
                    let ids =
                        raw.topic.into_iter().map(|t| (t.id.get_ref().clone(), src.line(t.id.span().start))).collect();
                    loaded.catalogue = Some((path.clone(), ids));
                }
            }
            "values.toml" => load_values(path, src, today, diags, &mut loaded.values),
            "places.toml" => {
                if let Some(raw) = parse_toml::<super::places::RawPlaces>(path, src, diags) {
                    loaded.places = raw;
                }
            }
            "dialogue.toml" => {
                if let Some(raw) = parse_toml::<super::cues::RawCues>(path, src, diags) {
                    loaded.cues = raw;
                    loaded.cues_file = Some(path.clone());
                }
            }
            "vocabulary.toml" => {
                if let Some(raw) = parse_toml::<RawVocabulary>(path, src, diags) {
                    for (word, meaning) in raw.words {
                        let line = src.line(meaning.span().start);
                        let prefix = word.trim().ends_with('*');
                        let (w, m) = (fold(word.trim().trim_end_matches('*')), fold(meaning.get_ref()));
                        if w.is_empty() || m.is_empty() {
                            diags.error(path, line, format!("vocabulary `{word}`: both sides need letters"));
                            continue;
                        }
                        if w == m {
                            diags.warning(path, line, format!("vocabulary `{word}` means itself"));
                            continue;
                        }
                        loaded.vocabulary.push((w, m, prefix));
                    }
                }
            }
            // Read by the checks of sources (issue 14) where supported.
            "sources.toml" => {}
            "scope.toml" => {
                if let Some(raw) = parse_toml::<RawScopeFile>(path, src, diags) {
                    let f = |v: Vec<String>| v.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect();
                    loaded.scope = Scope {
                        germany: f(raw.places.germany),
                        denmark: f(raw.places.denmark),
                        live: f(raw.places.live),
                        work: f(raw.places.work),
                        outside: f(raw.outside.words),
                        requests: f(raw.outside.requests),
                    };
                }
            }
            _ => {
                if let Some(raw) = parse_toml::<RawEntryFile>(path, src, diags) {
                    for e in raw.entry {
                        if let Some(entry) = load_entry(path, src, e, today, diags) {
                            if let Some((f, l)) = seen.get(&entry.id) {
                                diags.error(
                                    path,
                                    entry.line,
                                    format!("duplicate id `{}`: also at {}:{}", entry.id, f.display(), l),
                                );
                                continue;
                            }
                            seen.insert(entry.id.clone(), (path.clone(), entry.line));
                            loaded.entries.push(entry);
                        }
                    }
                }
            }
        }
    }
    check_ids(&loaded, diags);
    loaded
}

fn load_values(path: &Path, src: &Source, today: Date, diags: &mut Diagnostics, out: &mut Vec<Value>) {
    let Some(raw) = parse_toml::<RawValuesFile>(path, src, diags) else { return };
    let mut names = HashSet::new();
    for v in raw.value {
        let line = src.line(v.name.span().start);
        let name = v.name.into_inner();
        if name.is_empty()
            || !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            || !name.starts_with(|c: char| c.is_ascii_lowercase())
        {
            diags.error(path, line, format!("value name `{name}` must use a-z, 0-9 and -, starting with a letter"));
            continue;
        }
        let from = v.from.as_ref().and_then(|r| match r {
            toml::Value::Datetime(d) => Date::parse(&d.to_string()),
            toml::Value::String(s) => Date::parse(s),
            _ => None,
        });
        if from.is_some_and(|f| f > today) {
            continue;
        }
        if !names.insert(name.clone()) {
            if from.is_some() {
                out.retain(|old: &Value| old.name != name);
            } else {
                diags.error(path, line, format!("duplicate value `{name}`"));
                continue;
            }
        }
        let amount = match v.amount.get_ref() {
            toml::Value::Integer(i) => *i as f64,
            toml::Value::Float(f) => *f,
            _ => {
                diags.error(path, src.line(v.amount.span().start), format!("value `{name}`: amount must be a number"));
                continue;
            }
        };
        let unit = match v.unit.get_ref().to_ascii_lowercase().as_str() {
            "dkk" | "kr" => Unit::Dkk,
            "eur" | "€" => Unit::Eur,
            "percent" | "%" => Unit::Percent,
            "" | "number" => Unit::Plain,
            other => {
                diags.error(
                    path,
                    src.line(v.unit.span().start),
                    format!("value `{name}`: unknown unit `{other}` (use DKK, EUR, percent or number)"),
                );
                continue;
            }
        };
        let year = *v.year.get_ref() as i32;
        let review_by = v.review_by.as_ref().and_then(|r| match r {
            toml::Value::Datetime(d) => Date::parse(&d.to_string()),
            toml::Value::String(s) => Date::parse(s),
            _ => None,
        });
        if v.review_by.is_some() && review_by.is_none() {
            diags.error(path, line, format!("value `{name}`: review_by must be a date (YYYY-MM-DD)"));
        }
        if year < today.year && review_by.is_none_or(|r| r < today) {
            diags.warning(
                path,
                src.line(v.year.span().start),
                format!("value `{name}` holds for {year}; check the amount for {}", today.year),
            );
        }
        out.push(Value { name, amount, unit, year, file: path.to_path_buf(), line });
    }
}

fn load_entry(path: &Path, src: &Source, raw: RawEntry, today: Date, diags: &mut Diagnostics) -> Option<Entry> {
    let line = src.line(raw.id.span().start);
    let id = raw.id.into_inner();
    let valid_id = id.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
            && id.matches('.').count() == 1
    });
    if !valid_id {
        diags.error(path, line, format!("entry id `{id}` must look like `area.topic-name` (a-z, 0-9, -)"));
        return None;
    }
    let area = id.split('.').next().unwrap_or_default().to_string();

    let checked = match &raw.checked {
        None => {
            diags.error(path, line, format!("entry `{id}` has no review date (checked = 2026-01-31)"));
            None
        }
        Some(c) => {
            let cline = src.line(c.span().start);
            let text = match c.get_ref() {
                toml::Value::Datetime(d) => d.to_string(),
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            match Date::parse(&text) {
                Some(d) if d > today => {
                    diags.error(path, cline, format!("entry `{id}`: review date {d} is in the future"));
                    Some(d)
                }
                Some(d) => {
                    if today.days() - d.days() > 365 {
                        diags.warning(path, cline, format!("entry `{id}` was last checked {d}, more than a year ago"));
                    }
                    Some(d)
                }
                None => {
                    diags.error(path, cline, format!("entry `{id}`: `{text}` is not a date (write YYYY-MM-DD)"));
                    None
                }
            }
        }
    };

    if raw.sources.is_empty() {
        diags.error(path, line, format!("entry `{id}` has no source link (sources = [\"https://...\"])"));
    }
    for s in &raw.sources {
        let v = s.get_ref();
        if !(v.starts_with("https://") || v.starts_with("http://")) || v.contains(char::is_whitespace) {
            diags.error(path, src.line(s.span().start), format!("entry `{id}`: source `{v}` is not a web link"));
        }
    }

    let direction = match &raw.direction {
        None => None,
        Some(d) => match Direction::parse(d.get_ref()) {
            Some(dir) => Some(dir),
            None => {
                diags.error(
                    path,
                    src.line(d.span().start),
                    format!("entry `{id}`: direction `{}` must be \"de-dk\" or \"dk-de\"", d.get_ref()),
                );
                None
            }
        },
    };

    let mut rules: [Rules; 2] = Default::default();
    for (i, (lang, r)) in [(Lang::Da, raw.da), (Lang::De, raw.de)].into_iter().enumerate() {
        let Some(r) = r else {
            diags.error(path, line, format!("entry `{id}` has no [entry.{lang}] section with keywords and examples"));
            continue;
        };
        rules[i] = Rules {
            keywords: located(src, r.keywords),
            context: located(src, r.context),
            not: located(src, r.not),
            patterns: located(src, r.patterns),
            examples: located(src, r.examples),
        };
        if rules[i].keywords.is_empty() && rules[i].patterns.is_empty() {
            diags.error(path, line, format!("entry `{id}` has no {lang} keywords"));
        }
        if rules[i].examples.is_empty() {
            diags.error(path, line, format!("entry `{id}` has no {lang} example questions"));
        }
        for kw in rules[i].keywords.iter().chain(&rules[i].context).chain(&rules[i].not) {
            if fold(&kw.value).is_empty() {
                diags.error(path, kw.line, format!("entry `{id}`: keyword `{}` has no letters or digits", kw.value));
            }
        }
        // Patterns are compiled (and their errors reported) by the matcher.
    }

    Some(Entry {
        id,
        area,
        checked: checked.unwrap_or(today),
        sources: raw.sources.into_iter().map(|s| s.into_inner()).collect(),
        related: located(src, raw.related),
        direction,
        abroad: raw.abroad,
        rules,
        file: path.to_path_buf(),
        line,
    })
}

fn check_ids(loaded: &Loaded, diags: &mut Diagnostics) {
    let ids: HashSet<&str> = loaded.entries.iter().map(|e| e.id.as_str()).collect();
    for e in &loaded.entries {
        for Located { value: r, line } in &e.related {
            let line = *line;
            if r == &e.id {
                diags.error(&e.file, line, format!("entry `{}` lists itself as related", e.id));
            } else if !ids.contains(r.as_str()) {
                diags.error(&e.file, line, format!("entry `{}`: related entry `{r}` does not exist", e.id));
            }
        }
    }
    if let Some((cat_path, cat)) = &loaded.catalogue {
        for e in &loaded.entries {
            if !cat.contains_key(&e.id) {
                diags.error(
                    &e.file,
                    e.line,
                    format!("unknown id `{}`: it is not in the catalogue {}", e.id, cat_path.display()),
                );
            }
        }
        for (id, line) in cat {
            if !ids.contains(id.as_str()) {
                diags.warning(cat_path, *line, format!("topic `{id}` has no entry yet"));
            }
        }
    }
}
