//! `/check` (`/tjek`, `/pruefen`) for admins (issue 16): an advisor without
//! a Rust toolchain checks an edit of the folders the bot serves from. The
//! reply has the summary and the first problems as `file:line`, in the
//! admin's language; nothing is reloaded; for everyone else the command
//! does not exist.

use std::sync::Arc;

use pendlerbot::{Kb, LiveKb, Metrics};

use crate::support::bot::{config, fast, fixture, start_brain, start_with, text_of};
use crate::support::fake::{self, Fake};
use crate::support::{copy_tree, edit, root, today as fixed_today};

const ADMIN_DA: i64 = 610;
const ADMIN_DE: i64 = 611;
const COMMUTER: i64 = 612;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_runs_the_checks_over_the_served_folders_for_admins_only_without_reloading() {
    let base = tempfile::tempdir().unwrap();
    copy_tree(&fixture().join("knowledge"), &base.path().join("knowledge"));
    copy_tree(&fixture().join("locales"), &base.path().join("locales"));
    let (k, l) = (base.path().join("knowledge"), base.path().join("locales"));
    // `check`'s texts come from the served locales, as shipped.
    for code in ["da", "de"] {
        std::fs::copy(root().join("locales").join(code).join("check.ftl"), l.join(code).join("check.ftl")).unwrap();
    }
    let (kb, diags) = Kb::load(&k, &l, fixed_today());
    let live = Arc::new(LiveKb::new(
        kb.unwrap_or_else(|| panic!("{diags:#?}")),
        &k,
        &l,
        Arc::new(Metrics::default()),
        fixed_today,
    ));
    let version = live.current().version.clone();

    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let mut cfg = config(&fake, data.path(), fast());
    cfg.admins = vec![ADMIN_DA, ADMIN_DE];
    let bot = start_brain(cfg, live.clone());

    // A clean base: the summary, in Danish.
    fake.push(fake::text(ADMIN_DA, Some("da"), "/tjek"));
    let sent = fake.wait_sent(ADMIN_DA, 1).await;
    let reply = text_of(&sent[0]);
    assert!(reply.starts_with("Tjek af knowledge/ og locales/:\nkontrolleret "), "{reply}");
    assert!(reply.contains(": 0 fejl, "), "{reply}");
    assert!(reply.contains(": advarsel: "), "warnings too, in Danish: {reply}");
    assert!(reply.contains("Intet er genindlæst"), "{reply}");

    // A broken edit: an entry relating to nothing, and a Fluent syntax error.
    edit(&k.join("tax.toml"), r#"related = ["health.special-health-card"]"#, r#"related = ["health.no-such-entry"]"#);
    fake.push(fake::text(ADMIN_DA, Some("da"), "/check"));
    let sent = fake.wait_sent(ADMIN_DA, 2).await;
    let reply = text_of(&sent[1]);
    assert!(reply.contains("\n1 fejl, "), "{reply}");
    assert!(reply.contains("knowledge/tax.toml:8: fejl: "), "file:line as the advisors know the file: {reply}");
    assert!(reply.contains("health.no-such-entry"), "{reply}");
    assert!(!reply.contains(&base.path().display().to_string()), "no server paths: {reply}");

    let de = l.join("de/answers.ftl");
    let text = std::fs::read_to_string(&de).unwrap();
    let line = text.lines().position(|l| l.starts_with("    ")).unwrap() + 1;
    let broken: String = text
        .lines()
        .enumerate()
        .map(|(i, l)| if i + 1 == line { format!("{l} {{ kaputt\n") } else { format!("{l}\n") })
        .collect();
    std::fs::write(&de, broken).unwrap();
    fake.push(fake::text(ADMIN_DE, Some("de"), "/pruefen"));
    let sent = fake.wait_sent(ADMIN_DE, 1).await;
    let reply = text_of(&sent[0]);
    assert!(reply.starts_with("Prüfung von knowledge/ und locales/:"), "{reply}");
    // At the line of the error or the one after (where the parser noticed), with the German hint.
    let at = [line, line + 1].map(|n| format!("locales/de/answers.ftl:{n}: Fehler: Fluent-Syntaxfehler"));
    assert!(at.iter().any(|a| reply.contains(a)), "{reply}");
    assert!(reply.contains("Nichts wurde neu geladen"), "{reply}");

    // Not an admin: the command does not exist.
    fake.push(fake::text(COMMUTER, Some("da"), "/check"));
    let sent = fake.wait_sent(COMMUTER, 1).await;
    assert!(text_of(&sent[0]).contains("kommando"), "{}", text_of(&sent[0]));
    assert!(!text_of(&sent[0]).contains("fejl"), "{}", text_of(&sent[0]));
    // Nothing was reloaded: the base in service is the one before the edits.
    fake.push(fake::text(COMMUTER, Some("da"), "Hvor finder jeg mit skattekort?"));
    let sent = fake.wait_sent(COMMUTER, 2).await;
    assert!(text_of(&sent[1]).to_lowercase().contains("skattekort"), "{}", text_of(&sent[1]));
    assert_eq!(live.current().version, version, "checking is not reloading");
    bot.stop().await;
}

/// Admins find `/check` in their own command menus (per admin chat, each
/// language), beside the commuters' commands; the general menus do not have it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_have_check_in_their_own_menus() {
    let fake = Fake::start().await;
    let data = tempfile::tempdir().unwrap();
    let mut cfg = config(&fake, data.path(), fast());
    cfg.admins = vec![ADMIN_DA];
    let bot = start_with(cfg);
    fake.wait_until("the menus", std::time::Duration::from_secs(10), |f| {
        f.calls().iter().filter(|c| c.method == "setmycommands").count() >= 6
    })
    .await;
    let calls = fake.calls();
    let menus: Vec<&serde_json::Value> =
        calls.iter().filter(|c| c.method == "setmycommands").map(|c| &c.body).collect();
    let names = |m: &serde_json::Value| -> Vec<String> {
        m["commands"].as_array().unwrap().iter().map(|c| c["command"].as_str().unwrap().to_string()).collect()
    };
    for (lang, check, commuter) in
        [(Some("da"), "check", "glem"), (Some("de"), "check", "vergessen"), (None, "check", "forget")]
    {
        let of_lang = |m: &&&serde_json::Value| m["language_code"].as_str() == lang;
        let admin = menus
            .iter()
            .filter(of_lang)
            .find(|m| m["scope"]["type"] == "chat" && m["scope"]["chat_id"] == ADMIN_DA)
            .unwrap_or_else(|| panic!("{lang:?}: {menus:#?}"));
        let admin = names(admin);
        assert!(admin.contains(&check.to_string()) && admin.contains(&commuter.to_string()), "{admin:?}");
        assert!(admin.contains(&"reload".to_string()) && admin.contains(&"inbox".to_string()), "{admin:?}");
        for general in menus.iter().filter(of_lang).filter(|m| m["scope"].is_null()) {
            assert!(!names(general).contains(&check.to_string()), "{general:#?}");
        }
    }
    bot.stop().await;
}
