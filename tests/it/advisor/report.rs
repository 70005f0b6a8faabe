//! The report page: valid, self-contained HTML with inline SVG charts.

use pendlerbot::{render_report as render, Counters, Feedback, Lang, Outcome, ReportData, Unanswered};

use crate::support::{fixture_kb as kb, today};

fn data() -> ReportData {
    let day = |offset: i64| pendlerbot::Date::from_days(today().days() - offset).to_string();
    let mut per_day = Vec::new();
    for i in 0..30 {
        per_day.push((day(i), Outcome::Answered, (7 + i * 3 % 11) as u64));
        per_day.push((day(i), Outcome::Offered, (i % 4) as u64));
        per_day.push((day(i), Outcome::FellBack, (i % 3) as u64));
    }
    per_day.push((day(200), Outcome::Answered, 999)); // outside the period
    let counters =
        Counters { per_day, per_entry: vec![("tax.tax-card-dk".into(), 120), ("health.sick-pay-dk".into(), 40)] };
    let feedback = vec![
        Feedback { entry: "tax.tax-card-dk".into(), up: 30, down: 2 },
        Feedback { entry: "health.sick-pay-dk".into(), up: 1, down: 9 },
    ];
    let rec = |text: &str| Unanswered {
        day: today().days() - 1,
        lang: Lang::Da,
        kind: Outcome::FellBack,
        text: text.into(),
        nearest: vec![("tax.tax-card-dk".into(), 0.31)],
    };
    let records =
        vec![rec("Hvad med <script>alert(1)</script> & færgen?"), rec("hvad med færgen"), rec("hvad med færgen?")];
    ReportData::build(kb(), &counters, &feedback, &records, today(), 30, 90)
}

#[test]
fn the_report_gathers_days_entries_feedback_and_upkeep() {
    let d = data();
    assert_eq!(d.days.len(), 30);
    assert!(d.days.iter().all(|x| x.total() < 999), "a day outside the period is left out");
    assert_eq!(d.top[0].id, "tax.tax-card-dk");
    assert_eq!(d.disliked[0].id, "health.sick-pay-dk");
    assert!(d.never.iter().any(|r| r.id == "health.special-health-card"), "{:?}", d.never);
    assert!(d.never.iter().all(|r| !r.id.starts_with("smalltalk.")));
    assert_eq!(d.groups.iter().map(|g| g.count).sum::<usize>(), 3);
}

#[test]
fn the_page_is_well_formed_self_contained_and_escapes_questions() {
    let html = render(&data(), kb());
    assert!(html.starts_with("<!DOCTYPE html>"));
    check_balanced(&html);
    let lower = html.to_lowercase();
    for banned in ["<script", "<link", "@import", "url(", "src=", "@font-face"] {
        assert!(!lower.contains(banned), "the page must not load anything: found {banned}");
    }
    // The only URL is the SVG namespace.
    assert_eq!(lower.matches("http").count(), lower.matches("http://www.w3.org/2000/svg").count());
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; færgen?"));
    assert_eq!(html.matches("<svg ").count(), 2, "two charts");
    // Every bar of the day chart: 30 days, each with answered bars at least.
    assert!(html.matches("<rect ").count() >= 30);
    for attr in [" x=\"", " y=\"", " width=\"", " height=\""] {
        for value in html.split(attr).skip(1).map(|s| s.split('"').next().unwrap()) {
            if let Ok(v) = value.parse::<f64>() {
                assert!(v.is_finite() && v >= 0.0, "{attr}{value}");
            } else {
                assert!(value.ends_with('%') || value.ends_with("px"), "{attr}{value}");
            }
        }
    }
    for section in [
        "Spørgsmål pr. dag",
        "Udfald",
        "Mest brugte emner",
        "Flest dårlige vurderinger",
        "Ubesvarede og usikre spørgsmål",
        "Gennemgang forfalden",
        "Beløb fra et tidligere år",
        "Emner, ingen har fået som svar",
    ] {
        assert!(html.contains(section), "section {section}");
    }
}

#[test]
fn an_empty_store_still_makes_a_readable_page() {
    let d = ReportData::build(kb(), &Counters::default(), &[], &[], today(), 7, 90);
    let html = render(&d, kb());
    check_balanced(&html);
    assert!(html.contains("Ingen besvarede spørgsmål i perioden."));
    assert!(!html.contains("report-"), "every message is in the locales");
    assert!(!html.contains("NaN") && !html.contains("inf"));
}

/// Every element is closed in order (void elements and `/>` aside).
fn check_balanced(html: &str) {
    const VOID: &[&str] = &["meta", "br", "!doctype"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').expect("every tag ends");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with("style") {
            let close = rest.find("</style>").expect("style closes");
            rest = &rest[close + "</style>".len()..];
            continue;
        }
        let name =
            tag.trim_start_matches('/').split(|c: char| c.is_whitespace() || c == '/').next().unwrap().to_lowercase();
        if tag.starts_with('/') {
            assert_eq!(stack.pop().as_deref(), Some(name.as_str()), "closing </{name}> out of order");
        } else if !tag.ends_with('/') && !VOID.contains(&name.as_str()) {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    // Text never holds a raw `<` or `>` outside tags (it would be escaped).
}

/// `PENDLERBOT_REPORT_DEMO=/tmp/demo.html cargo test --test it advisor::report::demo`
/// writes this test's page, with a month of traffic, for the browser check.
#[test]
fn demo_page_for_the_browser_check() {
    if let Some(path) = std::env::var_os("PENDLERBOT_REPORT_DEMO") {
        std::fs::write(path, render(&data(), kb())).unwrap();
    }
}

/// Issue 18: the handover's section, from the store's counts and cases.
#[test]
fn the_report_has_a_section_on_the_cases_handed_to_the_office() {
    use pendlerbot::CaseSummary;
    use pendlerbot::RelayCounts;
    use pendlerbot::{Case, ChatId};
    let counts = RelayCounts { opened: 5, answered: 3, closed: 2, relayed: 7, first_answer_secs: 3 * 5400 };
    let now = 1_800_000_000;
    let mut answered = Case::new(4, ChatId(40), Lang::Da, now - 9000);
    answered.first_answer = Some(now - 100);
    let cases =
        [answered, Case::new(5, ChatId(50), Lang::De, now - 7 * 3600), Case::new(6, ChatId(60), Lang::Da, now - 600)];
    let summary = CaseSummary::build(&counts, &cases, now);
    assert_eq!(summary.first_answer_avg_secs, Some(5400));
    assert_eq!((summary.open_now, summary.waiting_now, summary.oldest_waiting_hours), (3, 2, Some(7)));
    let mut d = data();
    assert!(!render(&d, kb()).contains("Sager til rådgivningen"), "no section without cases");
    d.cases = Some(summary);
    let html = render(&d, kb());
    check_balanced(&html);
    assert!(html.contains("Sager til rådgivningen"), "{html}");
    assert!(html.contains("<td>1.5 timer</td>") && html.contains("<td>7 timer</td>"), "{html}");
}

#[test]
fn the_nearest_topics_of_an_unanswered_question_are_shown_by_title_not_by_raw_score() {
    let html = render(&data(), kb());
    let title = kb().title("tax.tax-card-dk", Lang::Da);
    assert!(html.contains(&format!("<span title=\"tax.tax-card-dk\">{}</span>", pendlerbot::esc(&title))), "{html}");
    assert!(!html.contains("0.31"), "no raw matcher score");
    assert!(!html.contains(">tax.tax-card-dk<"), "ids only as tooltips, titles everywhere");
}

/// Issue 16: the report speaks German too, every heading from the locales.
#[test]
fn the_report_is_written_in_german_with_lang_de_and_no_danish_heading_is_left() {
    let d = ReportData::build_in(Lang::De, kb(), &Counters::default(), &[], &[], today(), 7, 90);
    let html = render(&d, kb());
    check_balanced(&html);
    assert!(html.contains("<html lang=\"de\">"));
    for section in
        ["Fragen pro Tag", "Ergebnis", "Meistgenutzte Themen", "Unbeantwortete und unsichere Fragen", "Prüfung fällig"]
    {
        assert!(html.contains(section), "section {section}");
    }
    for danish in ["Spørgsmål pr. dag", "Udfald", "besvaret", "henvist", "Emner, ingen", "Lavet af", "rapport"] {
        assert!(!html.contains(danish), "Danish left in the German page: {danish}");
    }
    assert!(!html.contains("report-"), "every message is in the locales");
    // Titles in German.
    assert!(html.contains(&pendlerbot::esc(&kb().title("health.special-health-card", Lang::De))));
}

/// The shipped locales have every message the page uses, in both languages,
/// and the test fixture's copy is the shipped file.
#[test]
fn every_report_message_is_in_both_shipped_languages() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for lang in ["da", "de"] {
        let shipped = std::fs::read_to_string(root.join(format!("locales/{lang}/report.ftl"))).unwrap();
        for id in pendlerbot::REPORT_MESSAGES {
            assert!(shipped.lines().any(|l| l.starts_with(&format!("{id} ="))), "{id} missing in {lang}");
        }
        let fixture =
            std::fs::read_to_string(root.join(format!("tests/fixtures/kb/locales/{lang}/report.ftl"))).unwrap();
        assert_eq!(shipped, fixture, "tests/fixtures/kb/locales/{lang}/report.ftl is a copy of the shipped one");
    }
}

/// Issue 16: 63 topics "never answered" were one long list of ids. Now one
/// line per area with the titles, and what the list means.
#[test]
fn the_topics_nobody_got_are_one_line_per_area_with_titles_and_an_explanation() {
    let d = data();
    let html = render(&d, kb());
    let section = &html[html.find("Emner, ingen har fået som svar").unwrap()..];
    let mut areas: Vec<&str> = d.never.iter().map(|r| r.area.as_str()).collect();
    areas.dedup();
    let mut sorted = areas.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(areas.len(), sorted.len(), "rows of one area are together: {areas:?}");
    assert_eq!(section.matches("<th class=\"area\">").count(), areas.len(), "one line per area");
    assert!(section.contains("Det er ikke en fejl"), "says what the list means");
    assert!(section.contains(&format!("{} af {} emner", d.never.len(), d.entry_count)));
    for r in &d.never {
        assert!(section.contains(&pendlerbot::esc(&r.title)), "{}", r.title);
        assert!(!section.contains(&format!(">{}<", r.id)), "no id as text: {}", r.id);
    }
}

/// Issue 16: each entry's review date is shown, and entries reviewed over
/// 12 months ago or using unconfirmed amounts are flagged.
#[test]
fn review_dates_are_shown_and_old_or_unconfirmed_entries_flagged() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::copy_tree(&crate::support::fixture(), dir.path());
    let tax = dir.path().join("knowledge/tax.toml");
    let text = std::fs::read_to_string(&tax).unwrap().replacen("checked = 2026-11-01", "checked = 2025-06-01", 1);
    std::fs::write(&tax, text).unwrap();
    let values = dir.path().join("knowledge/values.toml");
    let text = std::fs::read_to_string(&values).unwrap().replacen(
        "source = \"https://borger.dk/saerligt-sundhedskort\"",
        "source = \"https://borger.dk/saerligt-sundhedskort\"\nconfirmed = false",
        1,
    );
    std::fs::write(&values, text).unwrap();
    let (kb, diags) = pendlerbot::Kb::load(&dir.path().join("knowledge"), &dir.path().join("locales"), today());
    let kb = kb.unwrap_or_else(|| panic!("{diags:#?}"));
    let counters = Counters { per_day: vec![], per_entry: vec![("tax.tax-card-dk".into(), 3)] };
    let d = ReportData::build(&kb, &counters, &[], &[], today(), 30, 90);
    assert_eq!(d.top[0].checked, pendlerbot::Date::parse("2025-06-01").unwrap());
    assert!(d.top[0].old && d.top[0].flagged());
    let card = d.never.iter().find(|r| r.id == "health.special-health-card").unwrap();
    assert_eq!(card.unconfirmed, ["special-card-fee"]);
    assert!(d.reviews.iter().any(|r| r.id == "tax.tax-card-dk"), "due for review");
    assert!(d.reviews.iter().any(|r| r.id == "health.special-health-card" && !r.unconfirmed.is_empty()));
    let html = render(&d, &kb);
    check_balanced(&html);
    assert!(
        html.contains("<td>01.06.2025 <span class=\"flag\">⚠ kontrolleret for over 12 måneder siden</span></td>"),
        "{html}"
    );
    assert!(html.contains("beløb ikke bekræftet: special-card-fee"), "{html}");
    assert!(html.contains(&format!(
        "{} ⚠ 01.11.2026</span>",
        pendlerbot::esc(&kb.title("health.special-health-card", Lang::Da))
    )));
}
