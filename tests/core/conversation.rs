//! Exploration (temporary).
use crate::util::shipped_kb;
use pendlerbot::dialogue::{handle, Input, Session};

fn show(turns: &[&str]) {
    let kb = shipped_kb();
    let mut s = Session::default();
    println!("=== {:?}", turns);
    for t in turns {
        let o = handle(kb, &s, Input::Text(t.to_string()), None);
        println!("> {t}\n  event={:?} lang={:?}\n  session: lang={:?} profile={:?} sit={:?} last={:?} part={:?} pending={:?}", o.event, o.lang, o.session.lang, o.session.profile, o.session.situation, o.session.last_entry, o.session.last_part, o.session.pending);
        for r in &o.replies {
            println!("  [{:?}] {}", r.title, r.text.chars().take(160).collect::<String>().replace('\n', " | "));
            println!(
                "  buttons: {:?}",
                r.buttons.iter().flatten().map(|b| format!("{}={}", b.label, b.action.encode())).collect::<Vec<_>>()
            );
        }
        s = o.session;
    }
}

#[test]
fn explore() {
    show(&["Hvornår har Regionskontoret åbent?", "hvor ligger kontoret"]);
    show(&["Wie bekomme ich die gelbe Karte für Dänemark?", "på dansk tak"]);
    show(&["Vielen Dank"]);
    show(&[
        "ich wohne in Flensburg und arbeite in Padborg",
        "ich wohne in Sonderburg und arbeite in Flensburg",
        "Was ist mit Steuern?",
    ]);
    show(&["what about tax?"]);
}
