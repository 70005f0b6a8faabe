//! Removes personal data from a question before it is written to the
//! unanswered log: e-mail addresses, IBANs, CPR numbers, German tax ids
//! (Steuer-ID), phone numbers and any other long run of digits become
//! placeholders such as `[CPR]`.
//!
//! Erring on the side of removing too much is fine; what must survive are
//! the numbers advisors need to read a question: form numbers with a dot
//! (`04.063`, `21.059`), amounts (`21.168 kr.`), years and dates.

use std::sync::OnceLock;

use regex::Regex;

/// The placeholders, as advisors see them in the unanswered list.
pub const EMAIL: &str = "[E-MAIL]";
pub const IBAN: &str = "[IBAN]";
pub const CPR: &str = "[CPR]";
pub const STEUER_ID: &str = "[STEUER-ID]";
pub const PHONE: &str = "[PHONE]";
pub const NUMBER: &str = "[NUMBER]";

/// Runs of at least this many digits (without separators) are removed even
/// when they look like nothing in particular: customer, case or account numbers.
pub const LONG_DIGITS: usize = 6;

struct Patterns {
    email: Regex,
    iban: Regex,
    /// Digits joined by single spaces, dashes or slashes, with an optional
    /// `+` in front. Dots are not joiners: they belong to form numbers,
    /// amounts and dates.
    digits: Regex,
    date: Regex,
    year: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        email: Regex::new(r"(?i)[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+").expect("email pattern"),
        iban: Regex::new(r"(?i)\b[a-z]{2}[0-9]{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,3})?\b")
            .expect("iban pattern"),
        digits: Regex::new(r"(?:\+[ ]?|\(\+?)?\d+(?:\)?(?:[ ]?[\-/][ ]?|[ ])\(?\d+)*").expect("digits pattern"),
        date: Regex::new(r"^(?:\d{1,2}[\-/]\d{1,2}[\-/](?:\d{2}|\d{4})|\d{4}[\-/]\d{1,2}[\-/]\d{1,2})$").expect("date"),
        year: Regex::new(r"^(?:19|20)\d\d$").expect("year"),
    })
}

/// The question with personal data replaced by placeholders. `currencies`:
/// the words after a number that make it an amount ("450000 kr" is kept),
/// lower case ([`crate::knowledge::Languages::currencies`]).
pub fn redact(text: &str, currencies: &[String]) -> String {
    let p = patterns();
    let text = p.email.replace_all(text, EMAIL);
    let text = p.iban.replace_all(&text, |c: &regex::Captures| {
        let m = &c[0];
        // An IBAN is mostly digits; "de12 haus ..." words are not.
        let digits = m.chars().filter(char::is_ascii_digit).count();
        if m.len() >= 15 && digits * 2 >= m.chars().filter(|c| !c.is_whitespace()).count() {
            IBAN.to_string()
        } else {
            m.to_string()
        }
    });
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in p.digits.find_iter(&text) {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        // Part of a word ("A1", "E104") or of a dotted number ("04.063", "21.168").
        let in_word = before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric);
        let dotted = (after.is_some_and(|c| c == '.' || c == ',')
            && text[m.end() + 1..].starts_with(|c: char| c.is_ascii_digit()))
            || (before.is_some_and(|c| c == '.' || c == ',')
                && text[..m.start() - 1].ends_with(|c: char| c.is_ascii_digit()));
        out.push_str(&text[last..m.start()]);
        if in_word || dotted {
            out.push_str(&redact_groups(m.as_str()));
        } else if is_amount(m.as_str(), &text[m.end()..], currencies) {
            out.push_str(m.as_str());
        } else {
            out.push_str(&redact_span(m.as_str()));
        }
        last = m.end();
    }
    out.push_str(&text[last..]);
    out
}

/// A span of joined digit groups: one placeholder for the whole span when
/// it is personal data, else each group judged on its own.
fn redact_span(span: &str) -> String {
    let p = patterns();
    if p.date.is_match(span) {
        return span.to_string();
    }
    let groups: Vec<&str> = span.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    let digits: String = groups.concat();
    // "2023 2024" are years and "i 2024 25 gange" two numbers, not one.
    let loose = groups.len() > 1 && (digits.len() < 8 || groups.iter().all(|g| p.year.is_match(g)));
    if loose {
        return redact_groups(span);
    }
    match classify(span, &digits) {
        Some(kind) => kind.to_string(),
        None => span.to_string(),
    }
}

/// An amount of money written without thousands separators: "450000 kr".
fn is_amount(span: &str, rest: &str, currencies: &[String]) -> bool {
    let rest = rest.trim_start().to_lowercase();
    let currency = currencies.iter().any(|c| rest.starts_with(c.as_str()));
    currency && span.len() <= 7 && span.chars().all(|c| c.is_ascii_digit())
}

/// Judges each digit group alone: only long runs are removed.
fn redact_groups(span: &str) -> String {
    let mut out = String::with_capacity(span.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if run.len() >= LONG_DIGITS {
            out.push_str(NUMBER);
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in span.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// What kind of personal number `digits` (the span without separators) is.
fn classify(span: &str, digits: &str) -> Option<&'static str> {
    let n = digits.len();
    let international = span.starts_with('+') || span.starts_with("(+") || digits.starts_with("00");
    if international && n >= 8 {
        return Some(PHONE);
    }
    if n == 10 && is_cpr_date(&digits[..6]) {
        let shape = span.replace([' ', '-'], "");
        let parts: Vec<&str> = span.split([' ', '-']).filter(|s| !s.is_empty()).collect();
        let cpr_shape = parts.len() == 1 || (parts.len() == 2 && parts[0].len() == 6);
        if cpr_shape && shape.len() == 10 {
            return Some(CPR);
        }
    }
    if n == 11 && !digits.starts_with('0') {
        return Some(STEUER_ID);
    }
    if n == 8 || ((7..=13).contains(&n) && digits.starts_with('0')) {
        return Some(PHONE);
    }
    if n >= LONG_DIGITS {
        return Some(NUMBER);
    }
    None
}

/// `ddmmyy` with a real day and month.
fn is_cpr_date(d: &str) -> bool {
    let day: u32 = d[0..2].parse().unwrap_or(0);
    let month: u32 = d[2..4].parse().unwrap_or(0);
    (1..=31).contains(&day) && (1..=12).contains(&month)
}

#[cfg(test)]
mod tests {
    fn redact(text: &str) -> String {
        super::redact(text, &crate::knowledge::languages::shipped_languages().currencies())
    }

    #[test]
    fn each_kind_of_personal_data_is_replaced() {
        let cases = [
            ("mit cpr er 010190-1234 hvad nu", "mit cpr er [CPR] hvad nu"),
            ("cpr 0101901234", "cpr [CPR]"),
            ("ring på +45 12 34 56 78 tak", "ring på [PHONE] tak"),
            ("tlf 12345678", "tlf [PHONE]"),
            ("Tel. 0461 / 123456", "Tel. [PHONE]"),
            ("Handy 0171-1234567", "Handy [PHONE]"),
            ("+49 (0) 461 12345", "[PHONE]"),
            ("skriv til jens.hansen@example.dk nu", "skriv til [E-MAIL] nu"),
            ("IBAN DE89 3704 0044 0532 0130 00 bitte", "IBAN [IBAN] bitte"),
            ("konto dk5000400440116243", "konto [IBAN]"),
            ("Steuer-ID 12 345 678 901", "Steuer-ID [STEUER-ID]"),
            ("meine Steuer-ID ist 12345678901", "meine Steuer-ID ist [STEUER-ID]"),
            ("Kundennummer 4711081512", "Kundennummer [NUMBER]"),
            ("sag 123456", "sag [NUMBER]"),
            ("ref ABC1234567", "ref ABC[NUMBER]"),
        ];
        for (input, want) in cases {
            assert_eq!(redact(input), want, "{input}");
        }
    }

    #[test]
    fn form_numbers_amounts_years_and_dates_stay() {
        for keep in [
            "blanket 04.063",
            "Formular 21.059 ausfüllen",
            "er det 21.168 kr. i 2026?",
            "1.234.567 kr",
            "fra 2023 2024",
            "den 01-02-2024",
            "am 31.12.2025",
            "A1 attest, E 104, PD U1, 5 dage",
            "postnummer 6330 Padborg, 24937 Flensburg",
            "37 timer om ugen",
            "i 2024 25 gange",
            "jeg tjener 450000 kr om året",
        ] {
            assert_eq!(redact(keep), keep);
        }
    }

    #[test]
    fn a_number_is_an_amount_only_by_a_currency_word_of_the_languages() {
        assert_eq!(super::redact("jeg tjener 450000 kr om året", &[]), "jeg tjener [NUMBER] kr om året");
        assert_eq!(super::redact("sag 450000 zł", &["zł".to_string()]), "sag 450000 zł");
    }
}
