//! Fluent texts for each language of the base (`knowledge/languages.toml`):
//! UI strings and answer texts, loaded from `locales/<lang>/*.ftl` so
//! translators work per language.
//!
//! Answer texts are keyed by entry id with the dot written as a dash
//! (`tax.tax-card-dk` -> `tax-tax-card-dk`) and carry a `.title` attribute
//! (the label of its button). Yearly values from `knowledge/values.toml` are
//! passed to every message as variables, already formatted the way each
//! language writes numbers ("21.168 kr.", "259 €").

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::diag::{line_of, Diagnostics};
use crate::knowledge::languages::{LangMap, Languages};
use crate::knowledge::load::read_folder;
use crate::knowledge::model::Value;
use crate::text::Lang;

/// Where a message was defined.
#[derive(Clone, Debug)]
pub struct MessageSite {
    pub file: PathBuf,
    pub line: usize,
    pub has_title: bool,
    /// Every attribute of the message (`title`, answer parts), in file order.
    pub attributes: Vec<String>,
}

pub struct Texts {
    bundles: LangMap<FluentBundle<FluentResource>>,
    /// Yearly values, formatted per language: (variable name, text).
    args: LangMap<Vec<(String, String)>>,
    pub sites: LangMap<BTreeMap<String, MessageSite>>,
    /// Messages formatted once, without extra variables, on first use: a
    /// UI line is sent with almost every reply, and formatting it with every
    /// yearly value as an argument each time was a third of `ask --json`.
    plain: LangMap<std::sync::Mutex<rustc_hash::FxHashMap<String, String>>>,
    /// `check`'s own texts (`locales/<code>/check.ftl`, not part of the
    /// bundle: `check_text` reads them), where a language has the file: the
    /// file, and each message id with its line. A language without the file
    /// shows `check` in English.
    pub check_files: LangMap<Option<(PathBuf, BTreeMap<String, usize>)>>,
    /// Fluent syntax errors found: checks between messages and languages are
    /// skipped while there are any (they would only follow from them).
    pub syntax_errors: usize,
}

/// The Fluent message id of an entry's answer.
pub fn entry_message_id(entry_id: &str) -> String {
    entry_id.replace('.', "-")
}

impl Texts {
    /// Loads `locales/<code>` of every language, reporting syntax errors,
    /// duplicate ids and ids missing in a language.
    pub fn load(dir: &Path, languages: &Languages, values: &[Value], diags: &mut Diagnostics) -> Texts {
        let mut sites: LangMap<BTreeMap<String, MessageSite>> = LangMap::from_fn(languages.all(), |_| BTreeMap::new());
        let mut syntax_errors = 0usize;
        let mut check_files = LangMap::from_fn(languages.all(), |_| None);
        let bundles = LangMap::from_fn(languages.all(), |lang| {
            let mut one = OneLanguage {
                sites: &mut sites[lang],
                check_file: &mut check_files[lang],
                syntax_errors: &mut syntax_errors,
                graph: BTreeMap::new(),
            };
            one.load(&dir.join(lang.code()), lang, diags)
        });
        if syntax_errors == 0 {
            report_one_language_messages(&sites, diags);
        }
        let args = LangMap::from_fn(languages.all(), |lang| value_args(languages, values, lang));
        let plain = LangMap::from_fn(languages.all(), |_| Default::default());
        Texts { bundles, args, sites, plain, check_files, syntax_errors }
    }

    pub fn has_attribute(&self, lang: Lang, id: &str, attribute: &str) -> bool {
        self.sites.get(lang).and_then(|s| s.get(id)).is_some_and(|s| s.attributes.iter().any(|a| a == attribute))
    }

    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.sites.get(lang).is_some_and(|s| s.contains_key(id))
    }

    /// Formats a message (or one of its attributes) with the yearly values
    /// and `extra` variables. Returns the text or why it could not be formatted.
    pub fn format_checked(
        &self,
        lang: Lang,
        id: &str,
        attribute: Option<&str>,
        extra: &[(&str, String)],
    ) -> Result<String, FormatError> {
        let bundle = self.bundles.get(lang).ok_or(FormatError::NoLocale(lang))?;
        let msg = bundle.get_message(id).ok_or_else(|| FormatError::Missing { id: id.to_string(), lang })?;
        let pattern = match attribute {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        }
        .ok_or_else(|| FormatError::NoValue { id: id.to_string(), attribute: attribute.map(str::to_string) })?;
        if extra.is_empty() {
            if let Some(text) = without_variables(bundle, pattern) {
                return Ok(text);
            }
        }
        let mut errors = Vec::new();
        let mut args = FluentArgs::with_capacity(self.args[lang].len() + extra.len());
        for (k, v) in self.args[lang].iter() {
            args.set(k.as_str(), FluentValue::from(v.as_str()));
        }
        for (k, v) in extra {
            args.set(*k, FluentValue::from(v.as_str()));
        }
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(FormatError::Fluent(errors.iter().map(|e| e.to_string()).collect()))
        }
    }

    /// A message (or attribute) formatted with the yearly values, whatever
    /// errors (a variable given only at run time) say: for measuring it.
    pub fn format_lossy(&self, lang: Lang, id: &str, attribute: Option<&str>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = pattern_of(bundle, id, attribute)?;
        if let Some(text) = without_variables(bundle, pattern) {
            return Some(text);
        }
        let mut args = FluentArgs::with_capacity(self.args[lang].len());
        for (k, v) in self.args[lang].iter() {
            args.set(k.as_str(), FluentValue::from(v.as_str()));
        }
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned())
    }

    /// The variables a message's value (or attribute) refers to, in order of
    /// first use, also through the messages it refers to: `{ $name }` gives
    /// `name`. Read from the Fluent syntax tree, so a variable in any
    /// variant of a selector counts.
    pub fn variables(&self, lang: Lang, id: &str, attribute: Option<&str>) -> Vec<String> {
        let Some(bundle) = self.bundles.get(lang) else { return Vec::new() };
        let mut out = Vec::new();
        let mut seen = vec![(id.to_string(), attribute.map(str::to_string))];
        if let Some(p) = pattern_of(bundle, id, attribute) {
            walk_pattern(bundle, p, &mut out, &mut seen);
        }
        out
    }

    /// Formats a UI message; a missing message shows its id rather than
    /// failing, because `check` already refuses such a locale.
    pub fn ui(&self, lang: Lang, id: &str) -> String {
        let Some(cache) = self.plain.get(lang) else { return id.to_string() };
        if let Some(t) = cache.lock().ok().and_then(|c| c.get(id).cloned()) {
            return t;
        }
        let text = self.ui_with(lang, id, &[]);
        if let Ok(mut c) = cache.lock() {
            c.insert(id.to_string(), text.clone());
        }
        text
    }

    pub fn ui_with(&self, lang: Lang, id: &str, extra: &[(&str, String)]) -> String {
        // Most UI lines use only their own variables: try those alone first
        // (setting every yearly value as an argument costs more than the rest).
        if !extra.is_empty() {
            if let Some(pattern) = self.bundles.get(lang).and_then(|b| b.get_message(id)).and_then(|m| m.value()) {
                let mut args = FluentArgs::with_capacity(extra.len());
                for (k, v) in extra {
                    args.set(*k, FluentValue::from(v.as_str()));
                }
                let mut errors = Vec::new();
                let text = self.bundles[lang].format_pattern(pattern, Some(&args), &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
            }
        }
        match self.format_checked(lang, id, None, extra) {
            Ok(t) => t,
            Err(_) => id.to_string(),
        }
    }
}

/// A message's text when it formats without any variable: most answers
/// and titles use no yearly value, and setting all of them as arguments
/// costs some forty times the formatting. A message that uses a variable
/// (or refers to a message that does) fails here and is formatted with
/// them; one that uses none formats the same either way (a term sees only
/// the arguments of its call).
fn without_variables(bundle: &Bundle, pattern: &fluent_syntax::ast::Pattern<&str>) -> Option<String> {
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Why a message could not be formatted. Its text is what `check` prints
/// after the message's place (and what `check_text` translates), so the
/// wording is part of the advisors' interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    NoLocale(Lang),
    Missing {
        id: String,
        lang: Lang,
    },
    NoValue {
        id: String,
        attribute: Option<String>,
    },
    /// Fluent's own errors (an unknown variable, a cycle ...), in order.
    Fluent(Vec<String>),
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::NoLocale(lang) => write!(f, "no locale for {lang}"),
            FormatError::Missing { id, lang } => write!(f, "message `{id}` is missing in {lang}"),
            FormatError::NoValue { id, attribute: None } => write!(f, "message `{id}` has no value"),
            FormatError::NoValue { id, attribute: Some(a) } => write!(f, "message `{id}` has no .{a}"),
            FormatError::Fluent(errors) => f.write_str(&errors.join("; ")),
        }
    }
}

impl std::error::Error for FormatError {}

/// The messages (`id`) and terms (`-id`) a pattern refers to.
fn references(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    fn inline(e: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
        use ast::InlineExpression as I;
        match e {
            I::MessageReference { id, .. } => out.push(id.name.to_string()),
            I::TermReference { id, arguments, .. } => {
                out.push(format!("-{}", id.name));
                if let Some(args) = arguments {
                    args.positional.iter().for_each(|a| inline(a, out));
                    args.named.iter().for_each(|a| inline(&a.value, out));
                }
            }
            I::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            I::Placeable { expression } => expr(expression, out),
            I::VariableReference { .. } | I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                variants.iter().for_each(|v| references(&v.value, out));
            }
        }
    }
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expr(expression, out);
        }
    }
}

/// The reference cycles of a graph of messages, each once, starting at its
/// first member by name (issue 15.11: a message referring to itself,
/// directly or through others, is shown by Fluent as its bare id).
fn cycles(graph: &BTreeMap<String, (PathBuf, usize, Vec<String>)>) -> Vec<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit<'a>(
        node: &'a str,
        graph: &'a BTreeMap<String, (PathBuf, usize, Vec<String>)>,
        marks: &mut BTreeMap<&'a str, Mark>,
        stack: &mut Vec<&'a str>,
        found: &mut Vec<Vec<String>>,
    ) {
        marks.insert(node, Mark::Open);
        stack.push(node);
        for next in graph.get(node).map(|n| n.2.as_slice()).unwrap_or_default() {
            let Some((key, _)) = graph.get_key_value(next.as_str()) else { continue };
            match marks.get(key.as_str()).copied().unwrap_or(Mark::New) {
                Mark::New => visit(key, graph, marks, stack, found),
                Mark::Open => {
                    let from = stack.iter().position(|n| *n == key).unwrap_or(0);
                    let mut cycle: Vec<String> = stack[from..].iter().map(|s| s.to_string()).collect();
                    let first = (0..cycle.len()).min_by_key(|&i| &cycle[i]).unwrap_or(0);
                    cycle.rotate_left(first);
                    if !found.contains(&cycle) {
                        found.push(cycle);
                    }
                }
                Mark::Done => {}
            }
        }
        stack.pop();
        marks.insert(node, Mark::Done);
    }
    let mut marks = BTreeMap::new();
    let mut found = Vec::new();
    for node in graph.keys() {
        if marks.get(node.as_str()).copied().unwrap_or(Mark::New) == Mark::New {
            visit(node, graph, &mut marks, &mut Vec::new(), &mut found);
        }
    }
    found
}

type Bundle = FluentBundle<FluentResource>;
/// Messages already walked: id and attribute.
type Walked = Vec<(String, Option<String>)>;

fn pattern_of<'b>(bundle: &'b Bundle, id: &str, attribute: Option<&str>) -> Option<&'b ast::Pattern<&'b str>> {
    let msg = bundle.get_message(id)?;
    match attribute {
        Some(a) => msg.get_attribute(a).map(|a| a.value()),
        None => msg.value(),
    }
}

fn walk_pattern(bundle: &Bundle, p: &ast::Pattern<&str>, out: &mut Vec<String>, seen: &mut Walked) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(bundle, expression, out, seen);
        }
    }
}

fn walk_expression(bundle: &Bundle, e: &ast::Expression<&str>, out: &mut Vec<String>, seen: &mut Walked) {
    match e {
        ast::Expression::Inline(inline) => walk_inline(bundle, inline, out, seen),
        ast::Expression::Select { selector, variants } => {
            walk_inline(bundle, selector, out, seen);
            for v in variants {
                walk_pattern(bundle, &v.value, out, seen);
            }
        }
    }
}

fn walk_inline(bundle: &Bundle, e: &ast::InlineExpression<&str>, out: &mut Vec<String>, seen: &mut Walked) {
    use ast::InlineExpression as I;
    let arguments = |args: &ast::CallArguments<&str>, out: &mut Vec<String>, seen: &mut Walked| {
        for a in &args.positional {
            walk_inline(bundle, a, out, seen);
        }
        for a in &args.named {
            walk_inline(bundle, &a.value, out, seen);
        }
    };
    match e {
        I::VariableReference { id } => {
            if !out.iter().any(|v| v == id.name) {
                out.push(id.name.to_string());
            }
        }
        I::Placeable { expression } => walk_expression(bundle, expression, out, seen),
        I::FunctionReference { arguments: args, .. } => arguments(args, out, seen),
        // A term sees only the variables passed to it.
        I::TermReference { arguments: Some(args), .. } => arguments(args, out, seen),
        I::MessageReference { id, attribute } => {
            let key = (id.name.to_string(), attribute.as_ref().map(|a| a.name.to_string()));
            if seen.contains(&key) {
                return;
            }
            seen.push(key);
            if let Some(p) = pattern_of(bundle, id.name, attribute.as_ref().map(|a| a.name)) {
                walk_pattern(bundle, p, out, seen);
            }
        }
        I::TermReference { arguments: None, .. } | I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
    }
}

/// Line of the first `id =` definition in `src`.
/// Line numbers of the messages defined in `src` (`id = ...` at the start
/// of a line), first definition of each id; one pass, for all lookups.
/// The loading of one language's folder: its messages' places, its
/// `check.ftl`, and (per language) the references between messages, for cycles.
struct OneLanguage<'a> {
    sites: &'a mut BTreeMap<String, MessageSite>,
    check_file: &'a mut Option<(PathBuf, BTreeMap<String, usize>)>,
    syntax_errors: &'a mut usize,
    /// Message (and `-term`) -> where, and the messages and terms it refers to.
    graph: BTreeMap<String, (PathBuf, usize, Vec<String>)>,
}

impl OneLanguage<'_> {
    /// The bundle of `locales/<code>` (`sub`): every .ftl file but
    /// `check.ftl`, then the cycles between its messages reported.
    fn load(&mut self, sub: &Path, lang: Lang, diags: &mut Diagnostics) -> FluentBundle<FluentResource> {
        let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Telegram shows the Unicode isolation marks as garbage.
        bundle.set_use_isolating(false);
        for (path, src) in read_folder(sub, "ftl", diags) {
            if path.file_name().is_some_and(|n| n == crate::check_text::FILE) {
                let (errors, ids) = check_file(&path, &src, diags);
                *self.syntax_errors += errors;
                *self.check_file = Some((path, ids));
                continue;
            }
            let resource = self.add_file(&path, &src, diags);
            if let Err(errors) = bundle.add_resource(resource) {
                // Duplicates are reported with both places (`add_file`).
                let _ = errors;
            }
        }
        report_cycles(&self.graph, diags);
        bundle
    }

    /// One .ftl file parsed: its syntax errors reported, its messages and
    /// terms put in the graph, its messages' places kept (a message defined
    /// twice reported).
    fn add_file(&mut self, path: &Path, src: &str, diags: &mut Diagnostics) -> FluentResource {
        let lines = message_lines(src);
        let resource = match FluentResource::try_new(src.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    *self.syntax_errors += 1;
                    let text = crate::diag::fluent_hint(&e.kind.to_string());
                    diags.error_text(path, line_of(src, e.pos.start), text);
                }
                r
            }
        };
        for entry in resource.entries() {
            let (name, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut refs = Vec::new();
            value.into_iter().chain(attributes.iter().map(|a| &a.value)).for_each(|p| references(p, &mut refs));
            let line = lines.get(name.as_str()).copied().unwrap_or(1);
            self.graph.entry(name).or_insert((path.to_path_buf(), line, refs));
        }
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let id = m.id.name.to_string();
                let line = lines.get(id.as_str()).copied().unwrap_or(1);
                let has_title = m.attributes.iter().any(|a| a.id.name == "title");
                if let Some(prev) = self.sites.get(&id) {
                    diags.error(
                        path,
                        line,
                        format!("message `{id}` is defined twice (also {}:{})", prev.file.display(), prev.line),
                    );
                    continue;
                }
                let attributes = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                self.sites.insert(id, MessageSite { file: path.to_path_buf(), line, has_title, attributes });
            }
        }
        resource
    }
}

/// A message or term that refers to itself, round about: reported at its first.
fn report_cycles(graph: &BTreeMap<String, (PathBuf, usize, Vec<String>)>, diags: &mut Diagnostics) {
    for cycle in cycles(graph) {
        let (file, line, _) = &graph[&cycle[0]];
        let path = cycle.iter().chain(std::iter::once(&cycle[0])).cloned().collect::<Vec<_>>().join(" → ");
        let what = if cycle[0].starts_with('-') { "term" } else { "message" };
        diags.error(
            file,
            *line,
            format!("{what} `{}` refers to itself: {path}; Fluent would show the bare id instead of a text", cycle[0]),
        );
    }
}

/// Every message one language has and another lacks.
fn report_one_language_messages(sites: &LangMap<BTreeMap<String, MessageSite>>, diags: &mut Diagnostics) {
    for (lang, mine) in sites.iter() {
        for (other, theirs) in sites.iter().filter(|(other, _)| *other != lang) {
            for (id, site) in mine {
                if !theirs.contains_key(id) {
                    diags.error(&site.file, site.line, format!("message `{id}` exists in {lang} but not in {other}"));
                }
            }
        }
    }
}

/// The yearly values as `lang` writes them, as Fluent variables: each
/// value and its `-year`, sorted by name.
fn value_args(languages: &Languages, values: &[Value], lang: Lang) -> Vec<(String, String)> {
    let mut args = Vec::with_capacity(values.len() * 2);
    for v in values {
        args.push((v.name.clone(), languages.format_value(v, lang)));
        args.push((format!("{}-year", v.name), v.year.to_string()));
    }
    // FluentArgs keeps its keys sorted: feeding them sorted makes each insert an append.
    args.sort();
    args
}

/// `check`'s texts in one language (`check.ftl`): its syntax errors and
/// duplicate messages reported like every text's; the number of syntax
/// errors, and the id and line of each message that parsed.
fn check_file(path: &Path, src: &str, diags: &mut Diagnostics) -> (usize, BTreeMap<String, usize>) {
    let lines = message_lines(src);
    let (resource, errors) = match fluent_syntax::parser::parse(src) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    for e in &errors {
        diags.error_text(path, line_of(src, e.pos.start), crate::diag::fluent_hint(&e.kind.to_string()));
    }
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let line = lines.get(m.id.name).copied().unwrap_or(1);
            match ids.get(m.id.name) {
                Some(prev) => diags.error(
                    path,
                    line,
                    format!("message `{}` is defined twice (also {}:{prev})", m.id.name, path.display()),
                ),
                None => {
                    ids.insert(m.id.name.to_string(), line);
                }
            }
        }
    }
    (errors.len(), ids)
}

fn message_lines(src: &str) -> std::collections::HashMap<&str, usize> {
    let mut lines = std::collections::HashMap::new();
    for (i, l) in src.lines().enumerate() {
        let id_len = l.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(l.len());
        if id_len > 0 && l[id_len..].trim_start().starts_with('=') {
            lines.entry(&l[..id_len]).or_insert(i + 1);
        }
    }
    lines
}

/// 1234.5 -> "1.234,50"; 21168 -> "21.168".
pub fn format_number(x: f64) -> String {
    crate::knowledge::languages::format_number_with(x, ".", ",")
}

#[cfg(test)]
mod tests {

    /// `check` prints these after an answer's place and translates them by
    /// their English wording (check_text.rs): the wording must not drift.
    #[test]
    fn format_errors_read_as_check_prints_them() {
        let da = Lang::from_code("da").unwrap();
        assert_eq!(FormatError::NoLocale(da).to_string(), "no locale for da");
        assert_eq!(FormatError::Missing { id: "x".into(), lang: da }.to_string(), "message `x` is missing in da");
        assert_eq!(FormatError::NoValue { id: "x".into(), attribute: None }.to_string(), "message `x` has no value");
        let title = FormatError::NoValue { id: "x".into(), attribute: Some("title".into()) };
        assert_eq!(title.to_string(), "message `x` has no .title");
        assert_eq!(FormatError::Fluent(vec!["a".into(), "b".into()]).to_string(), "a; b");
    }

    use super::*;

    use crate::knowledge::model::Unit;

    /// The shipped base's languages.
    fn languages() -> Languages {
        let mut diags = Diagnostics::default();
        let l =
            Languages::from_toml(Path::new("languages.toml"), include_str!("../knowledge/languages.toml"), &mut diags);
        assert!(diags.items.is_empty(), "{:?}", diags.items);
        l
    }

    fn format_value(v: &Value, lang: Lang) -> String {
        languages().format_value(v, lang)
    }

    fn value(amount: f64, unit: Unit) -> Value {
        Value::new("x", amount, unit, 2026)
    }

    #[test]
    fn numbers_are_written_the_danish_and_german_way() {
        assert_eq!(format_number(1234.5), "1.234,50");
        assert_eq!(format_number(21168.0), "21.168");
        assert_eq!(format_number(12.82), "12,82");
        assert_eq!(format_number(1_000_000.0), "1.000.000");
        assert_eq!(format_number(0.0), "0");
        assert_eq!(format_value(&value(1234.5, Unit::Dkk), Lang::Da), "1.234,50 kr.");
        assert_eq!(format_value(&value(255.0, Unit::Eur), Lang::De), "255 €");
        assert_eq!(format_value(&value(255.0, Unit::Eur), Lang::Da), "255 euro");
        assert_eq!(format_value(&value(8.0, Unit::Percent), Lang::De), "8 %");
    }

    /// A locales folder with `text` as da/a.ftl and de/a.ftl.
    fn ftl_dir(text: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for lang in ["da", "de"] {
            std::fs::create_dir_all(dir.path().join(lang)).unwrap();
            std::fs::write(dir.path().join(lang).join("a.ftl"), text).unwrap();
        }
        dir
    }

    #[test]
    fn variables_are_read_from_the_syntax_tree() {
        let dir = ftl_dir(
            "-brand = Pendler { $ignored }\n\
             part = { $b } og { $a }\n\
             msg = { $a } { $a-year } { -brand } { $n ->\n    [one] { $c }\n   *[other] { NUMBER($d) } { part }\n}\n    .title = { $t }\n\
             loop = { loop } { $e }\n",
        );
        let mut diags = Diagnostics::default();
        let texts = Texts::load(dir.path(), &languages(), &[], &mut diags);
        // The loop is an error of `check` (issue 15.11); reading its variables still ends.
        let errors: Vec<&str> = diags.items.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors.iter().all(|e| e.starts_with("message `loop` refers to itself: loop → loop")), "{errors:?}");
        assert_eq!(texts.variables(Lang::Da, "msg", None), ["a", "a-year", "n", "c", "d", "b"]);
        assert_eq!(texts.variables(Lang::De, "msg", Some("title")), ["t"]);
        assert_eq!(texts.variables(Lang::Da, "loop", None), ["e"]);
        assert!(texts.variables(Lang::Da, "nothing", None).is_empty());
    }

    /// A message is first formatted without the yearly values (most use
    /// none): one that uses a value, directly or through another message,
    /// still gets it; a term sees only its call's arguments either way; an
    /// unknown variable is an error.
    #[test]
    fn messages_with_and_without_values_format_as_with_all_values() {
        let dir = ftl_dir(
            "-brand = Pendler\n\
             -paid = { $pay }\n\
             -called = T { $x }\n\
             plain = Hej { -brand }\n    .title = Titel\n\
             uses = Løn { $pay } i { $pay-year }\n    .title = { $pay }\n\
             through = Se { uses }\n\
             by-term = Det er { -paid }\n\
             term-args = { -called(x: \"a\") }\n\
             unknown = Hvad { $nope }\n",
        );
        let mut diags = Diagnostics::default();
        let values = [Value::new("pay", 1000.0, Unit::Dkk, 2026)];
        let texts = Texts::load(dir.path(), &languages(), &values, &mut diags);
        let pay = "1.000 kr.";
        let f = |id: &str, attribute: Option<&str>| texts.format_checked(Lang::Da, id, attribute, &[]);
        assert_eq!(f("plain", None).unwrap(), "Hej Pendler");
        assert_eq!(f("plain", Some("title")).unwrap(), "Titel");
        assert_eq!(f("uses", None).unwrap(), format!("Løn {pay} i 2026"));
        assert_eq!(f("uses", Some("title")).unwrap(), "1.000 kr.");
        assert_eq!(f("through", None).unwrap(), format!("Se Løn {pay} i 2026"));
        // A term sees only the arguments of its call, with the values or without.
        assert_eq!(f("by-term", None).unwrap(), "Det er {$pay}");
        assert_eq!(f("term-args", None).unwrap(), "T a");
        assert!(matches!(f("unknown", None), Err(FormatError::Fluent(_))));
        assert_eq!(texts.format_lossy(Lang::Da, "uses", None).unwrap(), f("uses", None).unwrap());
        assert_eq!(texts.format_lossy(Lang::Da, "unknown", None).unwrap(), "Hvad {$nope}");
    }

    #[test]
    fn entry_ids_become_fluent_ids() {
        assert_eq!(entry_message_id("tax.tax-card-dk"), "tax-tax-card-dk");
    }
}
