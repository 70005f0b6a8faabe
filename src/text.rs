//! Text normalisation shared by the knowledge loader and the matcher.
//!
//! Commuters write "børnepenge", "boernepenge" and "borne penge" for the same
//! thing, and German speakers type Danish words without æ/ø/å (and vice
//! versa). Everything the matcher compares goes through [`fold`], so keywords
//! and questions meet on one spelling skeleton: lower case, no diacritics, and
//! the digraphs ae/oe/ue/aa collapsed to a single vowel. The folded form is
//! never shown to anyone.
//!
//! This module is pure: no I/O, no allocation beyond the returned strings.

use rust_stemmers::Stemmer;

/// A language the bot speaks, by its code ("da", "de"): which languages
/// those are is data (`knowledge/languages.toml` and `locales/<code>/`), read
/// into `knowledge::languages::Languages`. A code of two or three
/// lower-case ASCII letters, kept inline: copying or comparing one costs no
/// allocation, and sessions store it as the code they always stored.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang([u8; 3]);

#[allow(non_upper_case_globals)]
impl Lang {
    /// Danish and German, the shipped base's languages: for tests and
    /// examples. The code below the adapters takes its languages from the base.
    pub const Da: Lang = Lang(*b"da\0");
    pub const De: Lang = Lang(*b"de\0");
    /// The language of a base without languages (its `languages.toml` has
    /// errors): ISO 639's "undetermined".
    pub const UNDETERMINED: Lang = Lang(*b"und");

    /// A language code: two or three letters a-z ("da", "de", "en").
    pub fn from_code(code: &str) -> Option<Lang> {
        let b = code.as_bytes();
        if !(2..=3).contains(&b.len()) || !b.iter().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        let mut out = [0u8; 3];
        out[..b.len()].copy_from_slice(b);
        Some(Lang(out))
    }

    pub fn code(&self) -> &str {
        let len = if self.0[2] == 0 { 2 } else { 3 };
        std::str::from_utf8(&self.0[..len]).unwrap_or("??")
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let code = String::deserialize(d)?;
        Lang::from_code(&code).ok_or_else(|| serde::de::Error::custom(format!("`{code}` is no language code")))
    }
}

/// Longest input the matcher looks at, in characters. Telegram caps a message
/// at 4,096 characters; longer text (pasted documents) is cut here so the
/// time spent on one message stays bounded.
pub const MAX_MATCH_CHARS: usize = 4096;

/// The first stage of [`fold`], one character at a time (ASCII, nearly all
/// of it, takes the short way): lower case, Danish and German letters spelled
/// out, then decomposed with combining marks dropped (é -> e) and
/// compatibility-folded (ﬁ -> fi).
fn spell_out(input: &str) -> Vec<char> {
    let mut chars: Vec<char> = Vec::with_capacity(input.len());
    for c in input.chars().take(MAX_MATCH_CHARS) {
        if c.is_ascii() {
            chars.push(c.to_ascii_lowercase());
            continue;
        }
        for l in c.to_lowercase() {
            let spelled = match l {
                'æ' | 'ä' => "ae",
                'ø' | 'ö' | 'œ' => "oe",
                'å' => "aa",
                'ü' => "ue",
                'ß' => "ss",
                _ => {
                    unicode_normalization::char::decompose_compatible(l, |d| {
                        if !unicode_normalization::char::is_combining_mark(d) {
                            chars.extend(d.to_lowercase());
                        }
                    });
                    continue;
                }
            };
            chars.extend(spelled.chars());
        }
    }
    chars
}

pub fn fold(input: &str) -> String {
    // Nearly every message is ASCII once its Danish and German letters are
    // spelled out: those take a byte loop with the same rules (no
    // intermediate `Vec<char>`); anything else the general loop below.
    if input.is_ascii() {
        let b = input.as_bytes();
        return fold_ascii(&b[..b.len().min(MAX_MATCH_CHARS)]);
    }
    if let Some(spelled) = spell_out_ascii(input) {
        return fold_ascii(&spelled);
    }
    fold_chars(&spell_out(input))
}

/// [`spell_out`] when its result is all ASCII (lower case), else `None`.
fn spell_out_ascii(input: &str) -> Option<Vec<u8>> {
    let mut out: Vec<u8> = Vec::with_capacity(input.len() + 8);
    let mut buf = [0u8; 4];
    for c in input.chars().take(MAX_MATCH_CHARS) {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase() as u8);
            continue;
        }
        let common: &[u8] = match c {
            'æ' | 'Æ' | 'ä' | 'Ä' => b"ae",
            'ø' | 'Ø' | 'ö' | 'Ö' => b"oe",
            'å' | 'Å' => b"aa",
            'ü' | 'Ü' => b"ue",
            'ß' => b"ss",
            _ => b"",
        };
        if !common.is_empty() {
            out.extend_from_slice(common);
            continue;
        }
        let spelled = spell_out(c.encode_utf8(&mut buf));
        if !spelled.iter().all(char::is_ascii) {
            return None;
        }
        out.extend(spelled.iter().map(|&c| c as u8));
    }
    Some(out)
}

/// Whether letter `c` and the `next` one are a spelt-out æ/ø/å/ü that
/// folding reads as `c` alone (aa, ae, oe; ue unless after a vowel, as in
/// "neue"), `prev` being the letter already written before `c`.
#[inline]
fn collapses(c: u8, next: Option<u8>, prev: Option<u8>) -> bool {
    match (c, next) {
        (b'a', Some(b'a' | b'e')) | (b'o', Some(b'e')) => true,
        (b'u', Some(b'e')) => !matches!(prev, Some(b'a' | b'e' | b'i' | b'o' | b'u')),
        _ => false,
    }
}

/// The letters of a pattern's literal as [`fold`] reads a message's: lower
/// case, æ/ø/å/ä/ö/ü/ß spelt out, the digraphs collapsed. Every other byte
/// (spaces, digits, marks) is kept as written, unlike [`fold`], which
/// would turn a literal's trailing space or hyphen into a word boundary.
pub fn fold_literal(bytes: &[u8]) -> Vec<u8> {
    let spelled =
        std::str::from_utf8(bytes).ok().and_then(spell_out_ascii).unwrap_or_else(|| bytes.to_ascii_lowercase());
    let mut out: Vec<u8> = Vec::with_capacity(spelled.len());
    let mut i = 0;
    while i < spelled.len() {
        let c = spelled[i];
        let collapse = collapses(c, spelled.get(i + 1).copied(), out.last().copied());
        out.push(c);
        i += if collapse { 2 } else { 1 };
    }
    out
}

/// The second stage of [`fold`] over ASCII (already lower case), byte by
/// byte: the same rules as [`fold_chars`].
fn fold_ascii(input: &[u8]) -> String {
    // Letters and digits that start no digraph (not a, o, u), in either case.
    const PLAIN: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            let c = (b as u8).to_ascii_lowercase();
            t[b] = c.is_ascii_alphanumeric() && !matches!(c, b'a' | b'o' | b'u');
            b += 1;
        }
        t
    };
    let mut out: Vec<u8> = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        // Most bytes: a run of them is copied in lower case at once.
        let run = input[i..].iter().take_while(|b| PLAIN[usize::from(**b)]).count();
        if run > 0 {
            out.extend(input[i..i + run].iter().map(u8::to_ascii_lowercase));
            i += run;
            continue;
        }
        let c = input[i].to_ascii_lowercase();
        let next = input.get(i + 1).map(u8::to_ascii_lowercase);
        if c.is_ascii_alphanumeric() {
            if collapses(c, next, out.last().copied()) {
                out.push(c);
                i += 2;
                continue;
            }
            out.push(c);
        } else if (c == b'.' || c == b',')
            && i > 0
            && input[i - 1].is_ascii_digit()
            && next.is_some_and(|n| n.is_ascii_digit())
        {
            out.push(b'.');
        } else if c == b'%' {
            if out.last() != Some(&b' ') && !out.is_empty() {
                out.push(b' ');
            }
            out.push(b'%');
            out.push(b' ');
        } else if out.last() != Some(&b' ') && !out.is_empty() {
            out.push(b' ');
        }
        i += 1;
    }
    while out.last() == Some(&b' ') {
        out.pop();
    }
    // Only ASCII bytes were pushed.
    String::from_utf8(out).unwrap_or_default()
}

/// The second stage of [`fold`]: digraphs collapsed, everything that is
/// not a letter or a digit turned into single spaces.
fn fold_chars(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c.is_alphanumeric() {
            if !c.is_ascii() && !c.is_numeric() {
                // Letters outside ASCII after folding (Cyrillic, Greek, CJK, ...)
                // stay as they are: they simply match nothing.
                out.push(c);
                i += 1;
                continue;
            }
            // Digraph collapse: ae->a, oe->o, ue->u, aa->a; but not the
            // diphthongs eu/au ("Steuer", "blaue"), where u follows a vowel.
            if let Some(n) = next {
                let after_vowel = out.ends_with(['a', 'e', 'i', 'o', 'u']);
                let collapse = match (c, n) {
                    ('a', 'a') => true,
                    ('a' | 'o', 'e') => true,
                    ('u', 'e') => !after_vowel,
                    _ => false,
                };
                if collapse {
                    out.push(c);
                    i += 2;
                    continue;
                }
            }
            out.push(c);
        } else if (c == '.' || c == ',')
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && next.is_some_and(|n| n.is_ascii_digit())
        {
            out.push('.');
        } else if c == '%' {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
            out.push('%');
            out.push(' ');
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
        i += 1;
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// [`tokens`] gathered in a vector sized for them at once (a token and the
/// space after it take two bytes at least): one allocation, no regrowing.
pub fn token_list(folded: &str) -> Vec<&str> {
    let mut toks = Vec::with_capacity(folded.len() / 2 + 1);
    toks.extend(tokens(folded));
    toks
}

/// Splits folded text into its tokens (the pieces between spaces, empty
/// ones left out). A byte loop: the tokens are short, and a space is one
/// byte that is no part of any longer character.
pub fn tokens(folded: &str) -> impl Iterator<Item = &str> {
    Tokens { rest: folded }
}

struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let b = self.rest.as_bytes();
        let start = b.iter().position(|&c| c != b' ')?;
        let end = b[start..].iter().position(|&c| c == b' ').map_or(b.len(), |n| start + n);
        let token = &self.rest[start..end];
        self.rest = &self.rest[end..];
        Some(token)
    }
}

/// Stems one folded word with the language's Snowball stemmer. Words with
/// digits (A1, S1, 04.063) are kept as they are.
pub fn stem(stemmer: &Stemmer, word: &str) -> String {
    if word.chars().any(|c| c.is_ascii_digit()) || word.chars().count() <= 3 {
        return word.to_string();
    }
    let s = stemmer.stem(word).into_owned();
    // A stem of three letters or less would be matched as a whole word only
    // ("lukket" -> "luk" would no longer find "lukket"): keep the word.
    if s.chars().count() < 4 {
        word.to_string()
    } else {
        s
    }
}

/// True when the text holds something a person might have meant as words:
/// at least two letters in a row. Emoji strings, digits alone, punctuation
/// and URLs-only are not questions.
pub fn has_words(folded: &str) -> bool {
    // "A1", "S1", "hej": two or more letters or digits, at least one a letter.
    tokens(folded).any(|t| {
        !is_url_token(t)
            && t.chars().any(|c| c.is_alphabetic())
            && t.chars().filter(|c| c.is_alphanumeric()).count() >= 2
    })
}

/// Whether `raw` holds "http" or "www." in any case: one pass, a window
/// compared only where it starts with an h or a w (`| 0x20` lower-cases
/// those two letters and turns no other byte into them).
fn has_link_start(raw: &str) -> bool {
    raw.as_bytes().windows(4).any(|w| match w[0] | 0x20 {
        b'h' => w.eq_ignore_ascii_case(b"http"),
        b'w' => w.eq_ignore_ascii_case(b"www."),
        _ => false,
    })
}

fn is_url_token(t: &str) -> bool {
    matches!(t, "http" | "https" | "www" | "com" | "org" | "dk" | "de")
}

/// Strips URLs from raw text before folding, so the words inside a link never
/// trigger a topic.
pub fn strip_urls(raw: &str) -> String {
    if !has_link_start(raw) {
        // Nothing to strip (the usual case): spaces are collapsed by `fold` anyway.
        return raw.to_string();
    }
    raw.split_whitespace()
        .filter(|w| {
            let l = w.to_ascii_lowercase();
            !(l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www."))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    /// The definition `fold` implements, written the slow, obvious way
    /// (whole-string NFKD): the fast path must agree with it.
    pub(crate) fn reference_spell_out(input: &str) -> Vec<char> {
        let mut spelled = String::new();
        for c in input.chars().take(MAX_MATCH_CHARS).flat_map(|c| c.to_lowercase()) {
            match c {
                'æ' | 'ä' => spelled.push_str("ae"),
                'ø' | 'ö' | 'œ' => spelled.push_str("oe"),
                'å' => spelled.push_str("aa"),
                'ü' => spelled.push_str("ue"),
                'ß' => spelled.push_str("ss"),
                _ => spelled.push(c),
            }
        }
        spelled
            .nfkd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .flat_map(|c| c.to_lowercase())
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_the_pieces_between_spaces(s in "[ a-zæøé\u{301}\u{a0}1-9]{0,40}") {
            let split: Vec<&str> = s.split(' ').filter(|t| !t.is_empty()).collect();
            proptest::prop_assert_eq!(tokens(&s).collect::<Vec<_>>(), split);
        }
    }

    proptest::proptest! {
        #[test]
        fn per_character_folding_agrees_with_whole_string_nfkd_on_any_text(s in "\\PC{0,40}|[\\u{0}-\\u{2fff}]{0,40}") {
            proptest::prop_assert_eq!(spell_out(&s), reference_spell_out(&s));
        }

        #[test]
        fn the_ascii_fold_agrees_with_the_general_one(s in "[ -~æøåÆØÅäöüÄÖÜß€½é\\n\\t]{0,60}") {
            proptest::prop_assert_eq!(fold(&s), fold_chars(&spell_out(&s)));
        }

        #[test]
        fn the_ascii_fold_agrees_with_the_general_one_on_digraphs(s in "[aeiouAEOUbxX .,%0-9]{0,60}") {
            proptest::prop_assert_eq!(fold(&s), fold_chars(&spell_out(&s)));
        }
    }

    #[test]
    fn per_character_folding_agrees_with_whole_string_nfkd() {
        let samples = [
            "Børnepenge FRA Tyskland?",
            "Grenzgängerbesteuerung – Straße, Übergang, ÆØÅ æøå",
            "café naïve résumé ﬁnanzamt Ⅻ ½ ㎞ ｆｕｌｌｗｉｄｔｈ",
            "İstanbul ΣΑΣ ǅemal ŉ ﬀ ẞ",
            "e\u{301} a\u{308}\u{301} emoji 👍🏽 zero\u{200b}width \u{202e}rtl",
            "Ärger über Öl, Œuvre",
        ];
        for s in samples {
            assert_eq!(spell_out(s), reference_spell_out(s), "{s:?}");
        }
    }

    #[track_caller]
    fn check(input: &str, want: &str) {
        assert_eq!(fold(input), want, "fold({input:?})");
    }

    #[test]
    fn folds_danish_and_german_letters_to_one_skeleton() {
        check("Børnepenge", "bornepenge");
        check("boernepenge", "bornepenge");
        check("Årsopgørelse", "arsopgorelse");
        check("aarsopgoerelse", "arsopgorelse");
        check("arsopgorelse", "arsopgorelse");
        check("Grenzgänger", "grenzganger");
        check("Grenzgaenger", "grenzganger");
        check("Straße", "strasse");
        check("Mühle", "muhle");
        check("fuer", "fur");
        check("Steuer", "steuer");
        check("versteuert", "versteuert");
        check("blaue", "blaue");
        check("Café", "cafe");
    }

    #[test]
    fn punctuation_becomes_single_spaces_but_form_numbers_survive() {
        check("Blanket 04.063, tak!", "blanket 04.063 tak");
        check("A-kasse?!", "a kasse");
        check("  hej   med   dig ", "hej med dig");
        check("8 %-reglen", "8 % reglen");
        check("1,5 mio.", "1.5 mio");
    }

    #[test]
    fn emoji_and_control_characters_fold_to_nothing_wordlike() {
        assert!(!has_words(&fold("😀😀👍")));
        assert!(!has_words(&fold("\u{200b}\u{200f}\u{0007}")));
        assert!(!has_words(&fold("12345 678")));
        assert!(has_words(&fold("hej 😀")));
        assert!(has_words(&fold("A1")));
        assert!(!has_words(&fold("25 %")));
    }

    proptest::proptest! {
        #[test]
        fn a_link_start_is_found_as_by_two_searches(s in "[ hHtTpPwW.ä1\u{c8}\u{e8}\u{f7}]{0,24}") {
            let lower_has = |needle: &[u8]| s.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle));
            proptest::prop_assert_eq!(has_link_start(&s), lower_has(b"http") || lower_has(b"www."));
        }
    }

    #[test]
    fn urls_are_removed_before_matching() {
        assert_eq!(strip_urls("se https://skat.dk/borger her"), "se her");
        assert_eq!(strip_urls("www.pendlerinfo.org"), "");
    }

    #[test]
    fn long_input_is_cut() {
        let long = "skat ".repeat(100_000);
        assert!(fold(&long).len() <= MAX_MATCH_CHARS);
    }

    #[test]
    fn language_codes_are_two_or_three_letters() {
        assert_eq!(Lang::from_code("da"), Some(Lang::Da));
        assert_eq!(Lang::from_code("de").map(|l| l.to_string()), Some("de".into()));
        assert_eq!(Lang::from_code("fry").map(|l| l.to_string()), Some("fry".into()));
        assert_eq!(Lang::from_code("dansk"), None);
        assert_eq!(Lang::from_code("DA"), None);
        assert_eq!(serde_json::to_string(&Lang::De).unwrap(), "\"de\"");
        assert_eq!(serde_json::from_str::<Lang>("\"da\"").unwrap(), Lang::Da);
    }
}
