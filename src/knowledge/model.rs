//! The knowledge base as the rest of the program sees it: entries with their
//! matching rules, yearly values, and the scope rules (places, directions,
//! words that put a question outside what the bot covers).

use std::path::PathBuf;

use super::languages::LangMap;
use super::places::Country;
use crate::date::Date;
use crate::text::Lang;

/// An entry's id (`tax.tax-card-dk`): the stable name advisors, sessions,
/// counters and the unanswered log use for an entry. Stored as the string
/// it always was; shared, so that the copies each question hands on (its
/// candidates, options, answer) cost no allocation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(std::sync::Arc<str>);

impl serde::Serialize for EntryId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for EntryId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<EntryId, D::Error> {
        String::deserialize(d).map(EntryId::from)
    }
}

impl EntryId {
    pub fn new(id: impl Into<String>) -> EntryId {
        EntryId(id.into().into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for EntryId {
    fn from(id: &str) -> EntryId {
        EntryId(id.into())
    }
}

impl From<String> for EntryId {
    fn from(id: String) -> EntryId {
        EntryId(id.into())
    }
}

impl std::ops::Deref for EntryId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for EntryId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for EntryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for EntryId {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for EntryId {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for EntryId {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<EntryId> for String {
    fn eq(&self, other: &EntryId) -> bool {
        **self == *other.0
    }
}

impl PartialEq<EntryId> for str {
    fn eq(&self, other: &EntryId) -> bool {
        *self == *other.0
    }
}

/// Whose situation an entry (or a question, or a commuter's profile) is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Direction {
    /// Lives in Germany, works in Denmark (the large group).
    #[serde(rename = "de-dk")]
    DeDk,
    /// Lives in Denmark, works in Germany.
    #[serde(rename = "dk-de")]
    DkDe,
}

impl Direction {
    pub fn parse(s: &str) -> Option<Direction> {
        match s.trim().to_ascii_lowercase().as_str() {
            "de-dk" => Some(Direction::DeDk),
            "dk-de" => Some(Direction::DkDe),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Direction::DeDk => "de-dk",
            Direction::DkDe => "dk-de",
        }
    }

    /// The country the commuter of this direction works in.
    pub fn works_in(self) -> Country {
        match self {
            Direction::DeDk => Country::Dk,
            Direction::DkDe => Country::De,
        }
    }

    /// The reverse commute.
    pub fn other(self) -> Direction {
        match self {
            Direction::DeDk => Direction::DkDe,
            Direction::DkDe => Direction::DeDk,
        }
    }
}

/// A rule written by an advisor, remembered with where it was written.
#[derive(Clone, Debug)]
pub struct Located<T> {
    pub value: T,
    pub line: usize,
}

/// Matching rules of one entry in one language.
#[derive(Clone, Debug, Default)]
pub struct Rules {
    /// Specific terms: one of them is enough evidence for the entry.
    pub keywords: Vec<Located<String>>,
    /// Supporting words: they add to keywords but never answer alone.
    pub context: Vec<Located<String>>,
    /// Words that rule the entry out ("not about this").
    pub not: Vec<Located<String>>,
    /// Regular expressions over the folded text, for the rare advanced case.
    pub patterns: Vec<Located<String>>,
    /// Example questions: shown to nobody, checked by `pendlerbot check`.
    pub examples: Vec<Located<String>>,
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub id: EntryId,
    /// The part of the id before the first dot: tax, health, smalltalk, ...
    pub area: String,
    pub checked: Date,
    pub sources: Vec<String>,
    pub related: Vec<Located<EntryId>>,
    pub direction: Option<Direction>,
    /// The entry answering the same question for the other direction
    /// (`tax.commuting-deduction-dk` <-> `tax.commuting-deduction-de`).
    pub other_side: Option<Located<EntryId>>,
    /// The one country whose scheme or authority the entry is about
    /// (`family.kindergeld-de`: Germany): "und in Dänemark?" after it goes to
    /// the related entry about Denmark.
    pub country: Option<Country>,
    /// The entry explains the rules of its `country` that hold for everyone
    /// there (holiday, sick pay, minimum wage): a question naming that country
    /// ("feriedage i Danmark") gets it whatever side the commuter lives or
    /// works on. Without it (tax), the commuter's own situation decides.
    pub country_rules: bool,
    /// About travelling abroad (holiday cover): naming another country does
    /// not put a question outside the bot's scope.
    pub abroad: bool,
    /// About who the commuter is (self-employed, public servant, pensioner):
    /// a follow-up of the same area whose entry rules this one out by a `not`
    /// word stays with it (see `dialogue::excludes_last`).
    pub status: bool,
    pub rules: LangMap<Rules>,
    pub file: PathBuf,
    pub line: usize,
}

impl Entry {
    pub fn rules(&self, lang: Lang) -> &Rules {
        &self.rules[lang]
    }

    /// Smalltalk entries only win when nothing else matched.
    pub fn is_smalltalk(&self) -> bool {
        self.area == "smalltalk"
    }
}

/// Units a yearly value can have; each language writes them its own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Dkk,
    Eur,
    Percent,
    Plain,
}

impl Unit {
    /// As written in `values.toml`.
    pub fn code(self) -> &'static str {
        match self {
            Unit::Dkk => "DKK",
            Unit::Eur => "EUR",
            Unit::Percent => "percent",
            Unit::Plain => "number",
        }
    }
}

/// An amount that changes over time, defined once for both languages. One
/// name may have several blocks (one per year or change date); the base
/// built for a day uses the newest block in effect on it.
#[derive(Clone, Debug)]
pub struct Value {
    pub name: String,
    pub amount: f64,
    pub unit: Unit,
    /// The year the amount belongs to (`{ $name-year }`).
    pub year: i32,
    /// The day it takes effect (default: 1 January of `year`).
    pub from: Date,
    /// The day an advisor verified the amount at `source`.
    pub checked: Option<Date>,
    /// The official page of the amount.
    pub source: Option<String>,
    /// Until when an older year's amount is known to be the latest published
    /// one, already capped at 31 days after the day the base was built for.
    pub review_by: Option<Date>,
    /// False when the amount could not be confirmed at an official source
    /// (`confirmed = false`): answers then point to the official page.
    pub confirmed: bool,
    pub file: PathBuf,
    /// Line of the block's `name`.
    pub line: usize,
    /// Line of the block's `year`.
    pub year_line: usize,
}

impl Value {
    /// A value of `year` in effect from 1 January, without source or dates.
    pub fn new(name: &str, amount: f64, unit: Unit, year: i32) -> Value {
        Value {
            name: name.to_string(),
            amount,
            unit,
            year,
            from: Date { year, month: 1, day: 1 },
            checked: None,
            source: None,
            review_by: None,
            confirmed: true,
            file: PathBuf::new(),
            line: 0,
            year_line: 0,
        }
    }
}

/// Scope rules from `knowledge/scope.toml`.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// Places and country names in Germany / Denmark, folded.
    pub germany: Vec<String>,
    pub denmark: Vec<String>,
    /// Verbs that say where someone lives / works, folded.
    pub live: Vec<String>,
    pub work: Vec<String>,
    /// Words that put a question outside the DK-DE border (other countries,
    /// other borders), folded.
    pub outside: Vec<String>,
    /// Requests the bot never fulfils (fill in my form, write a letter), folded phrases.
    pub requests: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_id_is_stored_as_its_string_and_compares_with_one() {
        let id = EntryId::new("tax.tax-card-dk");
        assert_eq!(serde_json::to_string(&id).unwrap(), r#""tax.tax-card-dk""#);
        assert_eq!(serde_json::from_str::<EntryId>(r#""tax.tax-card-dk""#).unwrap(), id);
        let owned = String::from("tax.tax-card-dk");
        assert_eq!(id, "tax.tax-card-dk");
        assert_eq!(owned, id);
        assert_eq!(id.as_str(), "tax.tax-card-dk");
        let index: std::collections::HashMap<EntryId, usize> = [(id.clone(), 3)].into();
        assert_eq!(index.get("tax.tax-card-dk"), Some(&3), "looked up by &str");
        assert_eq!(id.to_string(), "tax.tax-card-dk");
    }
}
