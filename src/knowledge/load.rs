//! Reading `knowledge/*.toml` into the model, collecting every problem with
//! its `file:line` instead of stopping at the first one.
//!
//! File kinds, by name: `languages.toml` (the languages, read first: the
//! entries' `[entry.<code>]` sections are named by them), `topics.toml` (the
//! catalogue of stable ids), `values.toml` (yearly amounts), `scope.toml`
//! (places and out-of-scope words); every other `*.toml` holds `[[entry]]`
//! tables of one area.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::languages::{LangMap, Languages};
use super::model::{Direction, Entry, EntryId, Located, Rules, Scope, Unit, Value};
use super::places::Country;
use crate::date::Date;
use crate::diag::{Diagnostics, Source};
use crate::text::{fold, Lang};

/// Said when a file or folder cannot be read because the bot's process is
/// out of file descriptors: not a problem of the knowledge base (issue
/// 15.9: idle connections used them up, and reloads reported a broken base).
pub const OUT_OF_FILES: &str = "the bot's process has too many open files";

/// The text for an I/O error reading `what` ("file", "folder").
fn cannot_read(what: &str, e: &std::io::Error) -> String {
    match e.raw_os_error() {
        // EMFILE, ENFILE
        Some(24) | Some(23) => format!("cannot read {what}: {OUT_OF_FILES} ({e}); the {what} itself may be fine"),
        _ => format!("cannot read {what}: {e}"),
    }
}

/// The files of a folder, read safely: only regular files directly inside
/// it with the given extension, never through a symlink that leaves the
/// folder. Sorted by name so loading is deterministic.
pub fn read_folder(dir: &Path, ext: &str, diags: &mut Diagnostics) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.error(dir, 0, cannot_read("folder", &e));
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
                diags.error(&path, 0, cannot_read("file", &e));
                continue;
            }
        }
        match std::fs::read_to_string(&path) {
            Ok(s) => out.push((path, s)),
            Err(e) => diags.error(&path, 0, cannot_read("file", &e)),
        }
    }
    out
}

/// Example questions per entry and language below which `check` warns
/// (knowledge/README.md asks for at least 4).
pub const MIN_EXAMPLES: usize = 4;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntryFile {
    #[serde(default)]
    entry: Vec<RawEntry>,
}

struct RawEntry {
    id: Spanned<String>,
    checked: Option<Spanned<toml::Value>>,
    sources: Vec<Spanned<String>>,
    related: Vec<Spanned<String>>,
    direction: Option<Spanned<String>>,
    other_side: Option<Spanned<String>>,
    country: Option<Spanned<String>>,
    country_rules: Option<Spanned<bool>>,
    abroad: bool,
    status: bool,
    /// `[entry.<code>]`: the keywords and examples of each language, in file order.
    langs: Vec<(Spanned<String>, RawRules)>,
}

/// A key of an `[[entry]]` table: a field, or a language code. An unknown
/// key is refused while the key is read, so the error points at its line.
struct EntryKey(Spanned<String>);

impl<'de> Deserialize<'de> for EntryKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<EntryKey, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "checked",
            "sources",
            "related",
            "direction",
            "other_side",
            "country",
            "country_rules",
            "abroad",
            "status",
            "<language code>",
        ];
        let key = Spanned::<String>::deserialize(d)?;
        let known = FIELDS.contains(&key.get_ref().as_str()) || Lang::from_code(key.get_ref()).is_some();
        if known {
            Ok(EntryKey(key))
        } else {
            Err(serde::de::Error::unknown_field(key.get_ref(), FIELDS))
        }
    }
}

/// By hand rather than derived: the language sections are named by the
/// languages of `languages.toml`, which the code does not know, and each must
/// keep its line numbers (serde's `flatten` would lose them).
impl<'de> Deserialize<'de> for RawEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RawEntry, D::Error> {
        use serde::de::{Error, MapAccess, Visitor};
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an [[entry]] table")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawEntry, A::Error> {
                let mut e = RawEntry {
                    id: Spanned::new(0..0, String::new()),
                    checked: None,
                    sources: Vec::new(),
                    related: Vec::new(),
                    direction: None,
                    other_side: None,
                    country: None,
                    country_rules: None,
                    abroad: false,
                    status: false,
                    langs: Vec::new(),
                };
                let mut id = None;
                while let Some(EntryKey(key)) = map.next_key::<EntryKey>()? {
                    match key.get_ref().as_str() {
                        "id" => id = Some(map.next_value()?),
                        "checked" => e.checked = Some(map.next_value()?),
                        "sources" => e.sources = map.next_value()?,
                        "related" => e.related = map.next_value()?,
                        "direction" => e.direction = Some(map.next_value()?),
                        "other_side" => e.other_side = Some(map.next_value()?),
                        "country" => e.country = Some(map.next_value()?),
                        "country_rules" => e.country_rules = Some(map.next_value()?),
                        "abroad" => e.abroad = map.next_value()?,
                        "status" => e.status = map.next_value()?,
                        _ => {
                            let rules = map.next_value()?;
                            e.langs.push((key, rules));
                        }
                    }
                }
                e.id = id.ok_or_else(|| A::Error::missing_field("id"))?;
                Ok(e)
            }
        }
        d.deserialize_map(V)
    }
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
    /// The day the amount takes effect (default: 1 January of `year`).
    from: Option<Spanned<toml::Value>>,
    /// The day the amount was verified at `source`.
    checked: Option<Spanned<toml::Value>>,
    /// Until when an older amount is known to be the latest published one.
    review_by: Option<Spanned<toml::Value>>,
    /// `false`: the amount was seen only on unofficial pages.
    confirmed: Option<bool>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
    source: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSourcesFile {
    #[serde(default)]
    official: Vec<Spanned<String>>,
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
    /// The languages (`languages.toml`): read before the entries, whose
    /// `[entry.<code>]` sections they name.
    pub languages: Languages,
    pub entries: Vec<Entry>,
    /// One block per value name: the one in effect on the day of the load.
    pub values: Vec<Value>,
    /// Every block of `values.toml`, in effect or not.
    pub value_blocks: Vec<Value>,
    /// The official and authoritative domains of `sources.toml`, if it exists.
    pub official: Option<Vec<String>>,
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
    /// Knowledge files that could not be read (TOML syntax): checks of
    /// references between files are skipped, they would only follow from it.
    pub unreadable: usize,
    /// The advice office's opening hours (`office.toml`), for the relay.
    pub office: Option<crate::relay::OfficeHours>,
}

pub(crate) fn parse_toml<T: for<'de> Deserialize<'de>>(
    path: &Path,
    src: &Source,
    diags: &mut Diagnostics,
) -> Option<T> {
    match toml::from_str::<T>(src.text) {
        Ok(v) => Some(v),
        Err(e) => {
            let line = e.span().map(|s| src.line(s.start)).unwrap_or(1);
            let msg = e.message().replace('\n', " ");
            let text = e
                .span()
                .and_then(|s| src.text.get(..s.start))
                .map_or(0, |before| before.rfind('\n').map_or(0, |i| i + 1));
            let line_text = src.text[text..].lines().next().unwrap_or("");
            diags.error_text(path, line, crate::diag::toml_hint(msg.trim(), line_text));
            None
        }
    }
}

fn located(src: &Source, items: Vec<Spanned<String>>) -> Vec<Located<String>> {
    items.into_iter().map(|s| Located { line: src.line(s.span().start), value: s.into_inner() }).collect()
}

/// `dialogue.toml`'s `[language]` keys: each a language of `languages.toml`,
/// or `en` (the English note's phrases, for a base that does not speak
/// English; see `Cues::from_raw`). Without languages (an error of its own)
/// nothing is checked.
fn check_cue_languages(
    path: &Path,
    src: &Source,
    raw: &super::cues::RawCues,
    languages: &Languages,
    diags: &mut Diagnostics,
) {
    if languages.is_empty() {
        return;
    }
    let mut known: Vec<String> = languages.all().map(|l| l.code().to_string()).collect();
    if !known.iter().any(|c| c == "en") {
        known.push("en".into());
    }
    let tables = [
        ("language", raw.language.keys()),
        ("refers_in", raw.refers_in.keys()),
        ("partner_pronouns", raw.partner_pronouns.keys()),
        ("own_pronouns", raw.own_pronouns.keys()),
    ];
    for (table, code) in tables.into_iter().flat_map(|(t, codes)| codes.map(move |c| (t, c))) {
        if !known.contains(code.get_ref()) {
            diags.error(
                path,
                src.line(code.span().start),
                format!(
                    "[{table}]: `{}` is no language ({}): is a table header missing above it?",
                    code.get_ref(),
                    known.join(", ")
                ),
            );
        }
    }
}

/// `places.toml`'s `[words]`: every list the place reading needs
/// ([`super::places::RawWords::required`]) is there and holds a word; one
/// missing is reported at the `[words]` header (the first line without one).
fn check_place_words(path: &Path, src: &Source, words: &super::places::RawWords, diags: &mut Diagnostics) {
    let header = src.text.match_indices("[words]").find(|(at, _)| *at == 0 || src.text.as_bytes()[at - 1] == b'\n');
    for (name, list) in words.required() {
        let line = match list {
            Some(l) if l.get_ref().iter().any(|w| !fold(w.trim().trim_end_matches('*')).is_empty()) => continue,
            Some(l) => src.line(l.span().start),
            None => header.map_or(1, |(at, _)| src.line(at)),
        };
        diags.error(
            path,
            line,
            format!("[words] `{name}` is missing or empty: the place reading needs it (see knowledge/README.md)"),
        );
    }
}

/// Reads the knowledge folder. `today` decides which review dates are old.
pub fn load(dir: &Path, today: Date, diags: &mut Diagnostics) -> Loaded {
    let mut loaded = Loaded::default();
    let files = read_folder(dir, "toml", diags);
    if files.is_empty() && !diags.has_errors() {
        diags.error(dir, 0, "no knowledge files (*.toml) found");
    }
    let mut seen: BTreeMap<EntryId, (PathBuf, usize)> = BTreeMap::new();
    let errors_before = diags.errors();
    // Parsing the TOML is most of the loading and needs no other file: the
    // files from `later` on are parsed on a second thread while the ones
    // before are parsed and loaded here; each file's problems come in the
    // order of the files as before.
    let later = parsed_aside_from(&files);
    std::thread::scope(|scope| {
        let (send, parsed_aside) = std::sync::mpsc::channel();
        let aside_files = &files[later..];
        let aside = scope.spawn(move || {
            for (path, text) in aside_files {
                let mut problems = Diagnostics::default();
                let parsed = parse_file(path, text, &mut problems);
                if send.send((parsed, problems)).is_err() {
                    break;
                }
            }
        });
        if let Some(languages) = load_languages(dir, &files, diags) {
            loaded.languages = languages;
        }
        for (i, (path, text)) in files.iter().enumerate() {
            let parsed = if i < later {
                parse_file(path, text, diags)
            } else {
                match parsed_aside.recv() {
                    Ok((parsed, problems)) => {
                        diags.items.extend(problems.items);
                        parsed
                    }
                    // The sender is gone before the last file: it panicked.
                    Err(_) => match aside.join() {
                        Err(panic) => std::panic::resume_unwind(panic),
                        Ok(()) => unreachable!("every file is parsed or the parser panicked"),
                    },
                }
            };
            load_file(&mut loaded, &mut seen, path, text, parsed, today, diags);
        }
    });
    loaded.unreadable = unreadable_files(diags, errors_before);
    check_ids(&loaded, diags);
    check_sources(dir, &files, &loaded, diags);
    loaded
}

/// `languages.toml`, read before the other files (the entries' sections
/// are named by its languages); its absence is an error.
fn load_languages(dir: &Path, files: &[(PathBuf, String)], diags: &mut Diagnostics) -> Option<Languages> {
    match files.iter().find(|(p, _)| p.file_name().is_some_and(|n| n == "languages.toml")) {
        Some((path, text)) => Some(Languages::from_toml(path, text, diags)),
        None => {
            diags.error(
                &dir.join("languages.toml"),
                0,
                "no languages.toml: it names the languages the bot speaks (see knowledge/README.md)",
            );
            None
        }
    }
}

/// Where the files parsed on the second thread start: about the last two
/// thirds of the text (the first third is parsed beside loading them all).
fn parsed_aside_from(files: &[(PathBuf, String)]) -> usize {
    let total: usize = files.iter().map(|(_, t)| t.len()).sum();
    let mut so_far = 0;
    files
        .iter()
        .position(|(_, t)| {
            so_far += t.len();
            so_far * 3 >= total
        })
        .map_or(files.len(), |i| i + 1)
}

/// A file's TOML read into the tables of its kind (by its name): the part
/// of loading it that needs no other file. A syntax error is a problem in
/// `diags`, and the file's tables are then `None`.
enum Parsed {
    Topics(Option<RawTopics>),
    Sources(Option<RawSourcesFile>),
    Places(Option<Box<super::places::RawPlaces>>),
    Dialogue(Option<Box<super::cues::RawCues>>),
    Vocabulary(Option<RawVocabulary>),
    Scope(Option<RawScopeFile>),
    Entries(Option<RawEntryFile>),
    /// Read whole when loaded (`languages.toml` before the others,
    /// `values.toml`, `office.toml`).
    Later,
}

/// See [`Parsed`].
fn parse_file(path: &Path, text: &str, diags: &mut Diagnostics) -> Parsed {
    let src = &Source::new(text);
    match path.file_name().and_then(|n| n.to_str()).unwrap_or_default() {
        "languages.toml" | "values.toml" | "office.toml" => Parsed::Later,
        "topics.toml" => Parsed::Topics(parse_toml(path, src, diags)),
        "sources.toml" => Parsed::Sources(parse_toml(path, src, diags)),
        "places.toml" => Parsed::Places(parse_toml(path, src, diags).map(Box::new)),
        "dialogue.toml" => Parsed::Dialogue(parse_toml(path, src, diags).map(Box::new)),
        "vocabulary.toml" => Parsed::Vocabulary(parse_toml(path, src, diags)),
        "scope.toml" => Parsed::Scope(parse_toml(path, src, diags)),
        _ => Parsed::Entries(parse_toml(path, src, diags)),
    }
}

/// One file of the folder, read by its name's kind into `loaded` (its
/// TOML parsed already: `parsed`). `seen`: the entry ids read so far, with
/// their file and line.
fn load_file(
    loaded: &mut Loaded,
    seen: &mut BTreeMap<EntryId, (PathBuf, usize)>,
    path: &Path,
    text: &str,
    parsed: Parsed,
    today: Date,
    diags: &mut Diagnostics,
) {
    let src = &Source::new(text);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    match parsed {
        Parsed::Later => match name {
            "values.toml" => {
                let mut blocks = Vec::new();
                load_values(path, src, today, diags, &mut blocks);
                loaded.value_blocks = blocks.clone();
                loaded.values = choose_values(blocks, today, diags);
            }
            "office.toml" => {
                loaded.office = crate::relay::OfficeHours::from_toml(path, text, diags);
            }
            _ => {}
        },
        Parsed::Topics(raw) => {
            if let Some(raw) = raw {
                let ids =
                    raw.topic.into_iter().map(|t| (t.id.get_ref().clone(), src.line(t.id.span().start))).collect();
                loaded.catalogue = Some((path.to_path_buf(), ids));
            }
        }
        Parsed::Sources(raw) => {
            if let Some(raw) = raw {
                loaded.official = Some(load_domains(path, src, raw, diags));
            }
        }
        Parsed::Places(raw) => {
            if let Some(raw) = raw {
                check_place_words(path, src, &raw.words, diags);
                loaded.places = *raw;
            }
        }
        Parsed::Dialogue(raw) => {
            if let Some(raw) = raw {
                check_cue_languages(path, src, &raw, &loaded.languages, diags);
                loaded.cues = *raw;
                loaded.cues_file = Some(path.to_path_buf());
            }
        }
        Parsed::Vocabulary(raw) => {
            if let Some(raw) = raw {
                load_vocabulary(path, src, raw, &mut loaded.vocabulary, diags);
            }
        }
        Parsed::Scope(raw) => {
            if let Some(raw) = raw {
                loaded.scope = scope_of(raw);
            }
        }
        Parsed::Entries(raw) => {
            if let Some(raw) = raw {
                load_entries(loaded, seen, path, src, raw, today, diags);
            }
        }
    }
}

/// `vocabulary.toml`'s words, folded, into `out` as (word, meaning, prefix).
fn load_vocabulary(
    path: &Path,
    src: &Source,
    raw: RawVocabulary,
    out: &mut Vec<(String, String, bool)>,
    diags: &mut Diagnostics,
) {
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
        out.push((w, m, prefix));
    }
}

/// `scope.toml`, its words folded (empty ones left out).
fn scope_of(raw: RawScopeFile) -> Scope {
    let f = |v: Vec<String>| v.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect();
    Scope {
        germany: f(raw.places.germany),
        denmark: f(raw.places.denmark),
        live: f(raw.places.live),
        work: f(raw.places.work),
        outside: f(raw.outside.words),
        requests: f(raw.outside.requests),
    }
}

/// An area file's `[[entry]]` tables into `loaded.entries`; an id seen
/// before is an error at the second one.
fn load_entries(
    loaded: &mut Loaded,
    seen: &mut BTreeMap<EntryId, (PathBuf, usize)>,
    path: &Path,
    src: &Source,
    raw: RawEntryFile,
    today: Date,
    diags: &mut Diagnostics,
) {
    for e in raw.entry {
        let Some(entry) = load_entry(path, src, e, &loaded.languages, today, diags) else { continue };
        if let Some((f, l)) = seen.get(&entry.id) {
            diags.error(path, entry.line, format!("duplicate id `{}`: also at {}:{}", entry.id, f.display(), l));
            continue;
        }
        seen.insert(entry.id.clone(), (path.to_path_buf(), entry.line));
        loaded.entries.push(entry);
    }
}

/// The TOML syntax errors among the problems after the first
/// `errors_before` (the number of errors before the files were read).
fn unreadable_files(diags: &Diagnostics, errors_before: usize) -> usize {
    diags.items.iter().skip(errors_before).filter(|d| d.text.is_some() && d.message.starts_with("TOML")).count()
}

/// Entries and values against the official domains of `sources.toml`, or a
/// warning that there is no such list.
fn check_sources(dir: &Path, files: &[(PathBuf, String)], loaded: &Loaded, diags: &mut Diagnostics) {
    let has_sources_file = files.iter().any(|(p, _)| p.file_name().is_some_and(|n| n == "sources.toml"));
    if has_sources_file {
        check_official(loaded, diags);
    } else {
        diags.warning(
            &dir.join("sources.toml"),
            0,
            "no list of official sources (sources.toml): entries and values are not checked against one",
        );
    }
}

/// A date written as a TOML date (`2026-12-04`) or a string.
fn date_of(v: &toml::Value) -> Option<Date> {
    match v {
        toml::Value::Datetime(d) => Date::parse(&d.to_string()),
        toml::Value::String(s) => Date::parse(s),
        _ => None,
    }
}

/// How far ahead `review_by` may postpone the warning about an older year's amount.
pub const REVIEW_BY_MAX_DAYS: i64 = 31;

/// Reads every `[[value]]` block; several blocks may share a name
/// ([`choose_values`] picks one per name).
fn load_values(path: &Path, src: &Source, today: Date, diags: &mut Diagnostics, out: &mut Vec<Value>) {
    let Some(raw) = parse_toml::<RawValuesFile>(path, src, diags) else { return };
    for v in raw.value {
        if let Some(value) = value_block(path, src, v, today, diags) {
            out.push(value);
        }
    }
}

/// One `[[value]]` block, each field checked in turn; `None` when one that
/// the block cannot do without is wrong (the error is reported).
fn value_block(path: &Path, src: &Source, v: RawValue, today: Date, diags: &mut Diagnostics) -> Option<Value> {
    let line = src.line(v.name.span().start);
    let name = v.name.into_inner();
    if !is_value_name(&name) {
        diags.error(path, line, format!("value name `{name}` must use a-z, 0-9 and -, starting with a letter"));
        return None;
    }
    let at = ValueAt { path, src, name: &name };
    let amount = at.amount(&v.amount, diags)?;
    let unit = at.unit(&v.unit, diags)?;
    let year_line = src.line(v.year.span().start);
    let Ok(year) = i32::try_from(*v.year.get_ref()) else {
        diags.error(path, year_line, format!("value `{name}`: year {} is not a year", v.year.get_ref()));
        return None;
    };
    let from = at.date(&v.from, "from", diags);
    let checked = at.date(&v.checked, "checked", diags);
    let review_by = at.date(&v.review_by, "review_by", diags);
    let from = at.start(from, v.from.is_some(), year, diags)?;
    at.check_checked(checked, today, diags);
    let review_by = review_by.map(|r| at.capped_review_by(r, today, diags));
    let source = v.source.map(|s| at.source(s, diags));
    let value = Value {
        name,
        amount,
        unit,
        year,
        from,
        checked: checked.map(|(d, _)| d),
        source,
        review_by,
        confirmed: v.confirmed.unwrap_or(true),
        file: path.to_path_buf(),
        line,
        year_line,
    };
    warn_unverified(&value, today, diags);
    Some(value)
}

/// a-z, 0-9 and -, starting with a letter.
fn is_value_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && name.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Where a value block's problems are reported: its file and name.
struct ValueAt<'a> {
    path: &'a Path,
    src: &'a Source<'a>,
    name: &'a str,
}

impl ValueAt<'_> {
    fn amount(&self, amount: &Spanned<toml::Value>, diags: &mut Diagnostics) -> Option<f64> {
        match amount.get_ref() {
            toml::Value::Integer(i) => Some(*i as f64),
            toml::Value::Float(f) => Some(*f),
            _ => {
                let name = self.name;
                diags.error(
                    self.path,
                    self.src.line(amount.span().start),
                    format!("value `{name}`: amount must be a number"),
                );
                None
            }
        }
    }

    fn unit(&self, unit: &Spanned<String>, diags: &mut Diagnostics) -> Option<Unit> {
        match unit.get_ref().to_ascii_lowercase().as_str() {
            "dkk" | "kr" => Some(Unit::Dkk),
            "eur" | "€" => Some(Unit::Eur),
            "percent" | "%" => Some(Unit::Percent),
            "" | "number" => Some(Unit::Plain),
            other => {
                diags.error(
                    self.path,
                    self.src.line(unit.span().start),
                    format!("value `{}`: unknown unit `{other}` (use DKK, EUR, percent or number)", self.name),
                );
                None
            }
        }
    }

    /// A date field: the date and its line, or an error at its line.
    fn date(&self, field: &Option<Spanned<toml::Value>>, what: &str, diags: &mut Diagnostics) -> Option<(Date, usize)> {
        let f = field.as_ref()?;
        let fline = self.src.line(f.span().start);
        let d = date_of(f.get_ref());
        if d.is_none() {
            diags.error(self.path, fline, format!("value `{}`: {what} must be a date (YYYY-MM-DD)", self.name));
        }
        d.map(|d| (d, fline))
    }

    /// The day the block takes effect: `from` within its year, or 1 January
    /// without one; `None` when `from` is written but wrong.
    fn start(&self, from: Option<(Date, usize)>, written: bool, year: i32, diags: &mut Diagnostics) -> Option<Date> {
        match from {
            Some((d, fline)) if d.year != year => {
                diags.error(self.path, fline, format!("value `{}`: from {d} is not in its year {year}", self.name));
                None
            }
            Some((d, _)) => Some(d),
            None if written => None,
            None => Some(Date { year, month: 1, day: 1 }),
        }
    }

    fn check_checked(&self, checked: Option<(Date, usize)>, today: Date, diags: &mut Diagnostics) {
        if let Some((d, cline)) = checked {
            if d > today {
                diags.error(self.path, cline, format!("value `{}`: checked date {d} is in the future", self.name));
            }
        }
    }

    /// `review_by`, at most [`REVIEW_BY_MAX_DAYS`] ahead (a warning beyond).
    fn capped_review_by(&self, (r, rline): (Date, usize), today: Date, diags: &mut Diagnostics) -> Date {
        let cap = Date::from_days(today.days() + REVIEW_BY_MAX_DAYS);
        if r > cap {
            diags.warning(
                self.path,
                rline,
                format!(
                    "value `{}`: review_by {r} is more than {REVIEW_BY_MAX_DAYS} days ahead; it postpones the year warning until {cap} at most",
                    self.name
                ),
            );
        }
        r.min(cap)
    }

    /// The source link, trimmed; an error if it is no web link.
    fn source(&self, s: Spanned<String>, diags: &mut Diagnostics) -> String {
        let text = s.get_ref().trim().to_string();
        if !(text.starts_with("https://") || text.starts_with("http://")) || text.contains(char::is_whitespace) {
            diags.error(
                self.path,
                self.src.line(s.span().start),
                format!("value `{}`: source `{text}` is not a web link", self.name),
            );
        }
        text
    }
}

/// A block without a source or a checked date is a warning.
fn warn_unverified(value: &Value, today: Date, diags: &mut Diagnostics) {
    if value.source.is_none() {
        diags.warning(
            &value.file,
            value.line,
            format!(
                "value `{}` {} has no source (source = \"https://...\", its official page)",
                value.name,
                block(value)
            ),
        );
    }
    if value.checked.is_none() {
        diags.warning(
            &value.file,
            value.line,
            format!(
                "value `{}` {} has no checked date (checked = {today}, the day it was verified at its source)",
                value.name,
                block(value)
            ),
        );
    }
}

/// "for 2026", or "from 2026-07-01" when a block starts during its year.
fn block(v: &Value) -> String {
    if v.from == (Date { year: v.year, month: 1, day: 1 }) {
        format!("for {}", v.year)
    } else {
        format!("from {}", v.from)
    }
}

/// One block per name, in the order the names first appear: the newest
/// block in effect on `today` (an amount only announced so far answers with
/// its earliest block). Blocks of one name must share the unit and differ
/// in `from`.
pub fn choose_values(blocks: Vec<Value>, today: Date, diags: &mut Diagnostics) -> Vec<Value> {
    let mut order: Vec<String> = Vec::new();
    let mut by_name: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for v in blocks {
        let same = by_name.entry(v.name.clone()).or_default();
        if same.is_empty() {
            order.push(v.name.clone());
        }
        if let Some(first) = same.first() {
            if first.unit != v.unit {
                diags.error(
                    &v.file,
                    v.line,
                    format!(
                        "value `{}`: unit {} differs from {} at {}:{}; all blocks of a value need the same unit",
                        v.name,
                        v.unit.code(),
                        first.unit.code(),
                        first.file.display(),
                        first.line
                    ),
                );
                continue;
            }
        }
        if let Some(twin) = same.iter().find(|o| o.from == v.from) {
            diags.error(
                &v.file,
                v.line,
                format!(
                    "value `{}` takes effect on {} twice (also at {}:{}); give one block another `from`",
                    v.name,
                    v.from,
                    twin.file.display(),
                    twin.line
                ),
            );
            continue;
        }
        same.push(v);
    }
    order
        .into_iter()
        .filter_map(|name| {
            let blocks = by_name.remove(&name)?;
            let in_effect = blocks.iter().filter(|v| v.from <= today).max_by_key(|v| v.from);
            let chosen = in_effect.or_else(|| blocks.iter().min_by_key(|v| v.from))?;
            Some(chosen.clone())
        })
        .collect()
}

/// The domains of `sources.toml`, lower-cased; anything that is not a bare
/// domain is reported and left out.
fn load_domains(path: &Path, src: &Source, raw: RawSourcesFile, diags: &mut Diagnostics) -> Vec<String> {
    let mut out = Vec::new();
    for d in raw.official {
        let line = src.line(d.span().start);
        let domain = d.get_ref().trim().trim_end_matches('.').to_ascii_lowercase();
        let ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.contains("..")
            && domain.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        if ok {
            out.push(domain);
        } else {
            diags.warning(path, line, format!("`{}` is not a domain (write it like skat.dk)", d.get_ref()));
        }
    }
    out
}

/// The host of a web link, lower-cased, without user, port or trailing dot.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next()?.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// A link is official when its host is one of `domains` or below one.
pub fn is_official(url: &str, domains: &[String]) -> bool {
    let Some(host) = host_of(url) else { return false };
    domains.iter().any(|d| {
        host == *d
            || (host.len() > d.len() && host.ends_with(d.as_str()) && host[..host.len() - d.len()].ends_with('.'))
    })
}

/// Entries (and values) should cite at least one page on an official domain.
fn check_official(loaded: &Loaded, diags: &mut Diagnostics) {
    let domains = loaded.official.as_deref().unwrap_or_default();
    for e in &loaded.entries {
        if e.is_smalltalk() || e.sources.is_empty() {
            continue;
        }
        if !e.sources.iter().any(|s| is_official(s, domains)) {
            diags.warning(
                &e.file,
                e.line,
                format!(
                    "entry `{}` cites no official source: none of its sources is on a domain in sources.toml",
                    e.id
                ),
            );
        }
    }
    for v in &loaded.value_blocks {
        if let Some(s) = &v.source {
            if !is_official(s, domains) {
                diags.warning(
                    &v.file,
                    v.line,
                    format!("value `{}` {}: source {s} is not on a domain in sources.toml", v.name, block(v)),
                );
            }
        }
    }
}

/// One `[[entry]]` table, each field checked in turn; `None` when its id is
/// malformed (the error is reported).
fn load_entry(
    path: &Path,
    src: &Source,
    raw: RawEntry,
    languages: &Languages,
    today: Date,
    diags: &mut Diagnostics,
) -> Option<Entry> {
    let line = src.line(raw.id.span().start);
    let id = raw.id.into_inner();
    if !is_entry_id(&id) {
        diags.error(path, line, format!("entry id `{id}` must look like `area.topic-name` (a-z, 0-9, -)"));
        return None;
    }
    let area = id.split('.').next().unwrap_or_default().to_string();
    let at = EntryAt { path, src, id: &id, line };
    let checked = at.checked(raw.checked.as_ref(), today, diags);
    at.check_sources(&raw.sources, diags);
    let direction = at.direction(raw.direction.as_ref(), diags);
    let country = at.country(raw.country.as_ref(), diags);
    let country_rules = at.country_rules(raw.country_rules.as_ref(), raw.country.is_some(), diags);
    let rules = at.rules(raw.langs, languages, diags);
    Some(Entry {
        id: EntryId::new(id),
        area,
        checked: checked.unwrap_or(today),
        sources: raw.sources.into_iter().map(|s| s.into_inner()).collect(),
        related: located(src, raw.related)
            .into_iter()
            .map(|r| Located { line: r.line, value: r.value.into() })
            .collect(),
        direction,
        other_side: raw.other_side.map(|o| Located { line: src.line(o.span().start), value: o.into_inner().into() }),
        country,
        country_rules,
        abroad: raw.abroad,
        status: raw.status,
        rules,
        file: path.to_path_buf(),
        line,
    })
}

/// `area.topic-name`: a-z, 0-9 and -, one dot between two non-empty parts.
fn is_entry_id(id: &str) -> bool {
    id.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
            && id.matches('.').count() == 1
    })
}

/// Where an entry's problems are reported: its file, id and line.
struct EntryAt<'a> {
    path: &'a Path,
    src: &'a Source<'a>,
    id: &'a str,
    line: usize,
}

impl EntryAt<'_> {
    /// The review date: required, not in the future, a warning when older
    /// than a year.
    fn checked(&self, checked: Option<&Spanned<toml::Value>>, today: Date, diags: &mut Diagnostics) -> Option<Date> {
        let (path, id) = (self.path, self.id);
        let Some(c) = checked else {
            diags.error(path, self.line, format!("entry `{id}` has no review date (checked = 2026-01-31)"));
            return None;
        };
        let cline = self.src.line(c.span().start);
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
                if d < today.a_year_before() {
                    diags.warning(path, cline, format!("entry `{id}` was last checked {d}, more than 12 months ago"));
                }
                Some(d)
            }
            None => {
                diags.error(path, cline, format!("entry `{id}`: `{text}` is not a date (write YYYY-MM-DD)"));
                None
            }
        }
    }

    /// At least one source, each a web link.
    fn check_sources(&self, sources: &[Spanned<String>], diags: &mut Diagnostics) {
        let (path, id) = (self.path, self.id);
        if sources.is_empty() {
            diags.error(path, self.line, format!("entry `{id}` has no source link (sources = [\"https://...\"])"));
        }
        for s in sources {
            let v = s.get_ref();
            if !(v.starts_with("https://") || v.starts_with("http://")) || v.contains(char::is_whitespace) {
                diags.error(
                    path,
                    self.src.line(s.span().start),
                    format!("entry `{id}`: source `{v}` is not a web link"),
                );
            }
        }
    }

    fn direction(&self, direction: Option<&Spanned<String>>, diags: &mut Diagnostics) -> Option<Direction> {
        let d = direction?;
        let dir = Direction::parse(d.get_ref());
        if dir.is_none() {
            diags.error(
                self.path,
                self.src.line(d.span().start),
                format!("entry `{}`: direction `{}` must be \"de-dk\" or \"dk-de\"", self.id, d.get_ref()),
            );
        }
        dir
    }

    fn country(&self, country: Option<&Spanned<String>>, diags: &mut Diagnostics) -> Option<Country> {
        let c = country?;
        match c.get_ref().as_str() {
            "dk" => Some(Country::Dk),
            "de" => Some(Country::De),
            other => {
                diags.error(
                    self.path,
                    self.src.line(c.span().start),
                    format!("entry `{}`: country `{other}` must be \"dk\" or \"de\"", self.id),
                );
                None
            }
        }
    }

    /// `country_rules = true` says which rules: those of the entry's `country`, which it must have.
    fn country_rules(&self, flag: Option<&Spanned<bool>>, has_country: bool, diags: &mut Diagnostics) -> bool {
        let Some(flag) = flag.filter(|f| *f.get_ref()) else { return false };
        if !has_country {
            diags.error(
                self.path,
                self.src.line(flag.span().start),
                format!("entry `{}`: country_rules = true needs a country (country = \"dk\" or \"de\")", self.id),
            );
            return false;
        }
        true
    }

    /// The `[entry.<code>]` sections as rules per language of the base:
    /// a section of no such language is an error, and so is a language
    /// without a section.
    fn rules(
        &self,
        mut raw_langs: Vec<(Spanned<String>, RawRules)>,
        languages: &Languages,
        diags: &mut Diagnostics,
    ) -> LangMap<Rules> {
        self.check_section_names(&raw_langs, languages, diags);
        let mut rules: LangMap<Rules> = LangMap::from_fn(languages.all(), |_| Rules::default());
        for language in languages.list.values() {
            let lang = language.lang;
            let at = raw_langs.iter().position(|(code, _)| code.get_ref() == lang.code());
            let Some(r) = at.map(|i| raw_langs.swap_remove(i).1) else {
                diags.error(
                    self.path,
                    self.line,
                    format!("entry `{}` has no [entry.{lang}] section with keywords and examples", self.id),
                );
                continue;
            };
            let section = Rules {
                keywords: located(self.src, r.keywords),
                context: located(self.src, r.context),
                not: located(self.src, r.not),
                patterns: located(self.src, r.patterns),
                examples: located(self.src, r.examples),
            };
            self.check_rules(&section, language, diags);
            rules[lang] = section;
        }
        rules
    }

    fn check_section_names(
        &self,
        raw_langs: &[(Spanned<String>, RawRules)],
        languages: &Languages,
        diags: &mut Diagnostics,
    ) {
        for (code, _) in raw_langs {
            let known = Lang::from_code(code.get_ref()).is_some_and(|l| languages.contains(l));
            if !known && !languages.is_empty() {
                diags.error(
                    self.path,
                    self.src.line(code.span().start),
                    format!(
                        "entry `{}`: [entry.{}] is none of the languages of languages.toml",
                        self.id,
                        code.get_ref()
                    ),
                );
            }
        }
    }

    /// One language's rules: keywords (or patterns), enough examples,
    /// keywords with letters. Patterns are compiled (and their errors
    /// reported) by the matcher.
    fn check_rules(&self, rules: &Rules, language: &super::languages::Language, diags: &mut Diagnostics) {
        let (path, id, line, lang) = (self.path, self.id, self.line, language.lang);
        if rules.keywords.is_empty() && rules.patterns.is_empty() {
            diags.error(path, line, format!("entry `{id}` has no {lang} keywords"));
        }
        if rules.examples.is_empty() {
            diags.error(path, line, format!("entry `{id}` has no {lang} example questions"));
        } else if rules.examples.len() < MIN_EXAMPLES {
            let at = rules.examples.first().map_or(line, |x| x.line);
            diags.warning(
                path,
                at,
                format!(
                    "entry `{id}` has {} {} example question(s); write at least {MIN_EXAMPLES}, asked in \
                     different ways, so `check` shows that the keywords catch how commuters ask",
                    rules.examples.len(),
                    language.english_name
                ),
            );
        }
        for kw in rules.keywords.iter().chain(&rules.context).chain(&rules.not) {
            if fold(&kw.value).is_empty() {
                diags.error(path, kw.line, format!("entry `{id}`: keyword `{}` has no letters or digits", kw.value));
            }
        }
    }
}

fn check_ids(loaded: &Loaded, diags: &mut Diagnostics) {
    // A file that could not be read leaves its entries out: references to
    // them would only repeat that one syntax error many times.
    if loaded.unreadable > 0 {
        return;
    }
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
    // The other side's entry of the same question: it answers when the
    // commuter's situation is the other direction.
    for e in &loaded.entries {
        let Some(Located { value: o, line }) = &e.other_side else { continue };
        let other = loaded.entries.iter().find(|x| &x.id == o);
        let problem = match (e.direction, other) {
            (_, None) => Some(format!("entry `{}`: other_side `{o}` does not exist", e.id)),
            (None, _) => Some(format!("entry `{}` has other_side but no direction", e.id)),
            // Or no direction and the rules of the country the other side works in
            // (Elterngeld for someone living in Denmark and working in Germany).
            (Some(d), Some(x))
                if x.direction != Some(d.other())
                    && !(x.direction.is_none() && x.country_rules && x.country == Some(d.other().works_in())) =>
            {
                Some(format!(
                    "entry `{}`: other_side `{o}` must have the opposite direction (\"{}\") or that side's country_rules (country = \"{}\")",
                    e.id,
                    d.other().code(),
                    d.other().works_in().code()
                ))
            }
            _ => None,
        };
        if let Some(problem) = problem {
            diags.error(&e.file, *line, problem);
        }
    }
    if let Some((cat_path, cat)) = &loaded.catalogue {
        for e in &loaded.entries {
            if !cat.contains_key(e.id.as_str()) {
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
