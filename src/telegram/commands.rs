//! The command menus Telegram shows, per language (`setMyCommands`). A
//! locale may override a description with a `command-<name>` message.

use teloxide_core::payloads::setters::*;
use teloxide_core::requests::Requester;
use teloxide_core::types::BotCommand;
use tracing::warn;

use super::send::describe;
use super::{Brain, Shared};
use crate::text::Lang;

/// The command menus, per language. A locale may override a description
/// with a `command-<name>` message.
pub(super) async fn set_commands<B: Brain>(shared: &Shared<B>) {
    const DA: &[(&str, &str)] = &[
        ("start", "Start og emner"),
        ("help", "Hjælp og kommandoer"),
        ("sprog", "Skift sprog (dansk/tysk)"),
        ("profil", "Hvor du bor og arbejder"),
        ("kontakt", "Regionskontorets kontakt og åbningstider"),
        ("privacy", "Hvad jeg gemmer om dig"),
        ("glem", "Slet alt, hvad jeg har gemt om denne chat"),
    ];
    const DE: &[(&str, &str)] = &[
        ("start", "Start und Themen"),
        ("hilfe", "Hilfe und Befehle"),
        ("sprache", "Sprache wechseln (Dänisch/Deutsch)"),
        ("profil", "Wo Sie wohnen und arbeiten"),
        ("kontakt", "Kontakt und Öffnungszeiten des Regionskontors"),
        ("datenschutz", "Was ich über Sie speichere"),
        ("vergessen", "Alles löschen, was ich zu diesem Chat gespeichert habe"),
    ];
    const DEFAULT: &[(&str, &str)] = &[
        ("start", "Start"),
        ("help", "Hjælp / Hilfe"),
        ("language", "Sprog / Sprache"),
        ("profil", "Profil"),
        ("kontakt", "Kontakt"),
        ("privacy", "Privatliv / Datenschutz"),
        ("forget", "Glem mig / Vergessen"),
    ];
    // With the handover on, the commuter's command that closes a case (issue 18).
    const CLOSE: [&[(&str, &str)]; 3] = [
        &[("afslut", "Luk din sag hos rådgivningen")],
        &[("beenden", "Ihren Fall bei der Beratung schließen")],
        &[("close", "Afslut sag / Fall beenden")],
    ];
    for ((code, lang, table), close) in
        [(Some("da"), Some(Lang::Da), DA), (Some("de"), Some(Lang::De), DE), (None, None, DEFAULT)]
            .into_iter()
            .zip(CLOSE)
    {
        let close: &[(&str, &str)] = if shared.relay.is_some() { close } else { &[] };
        let commands: Vec<BotCommand> = table
            .iter()
            .chain(close)
            .map(|(name, fallback)| {
                let text = lang.and_then(|l| shared.brain.ui(l, &format!("command-{name}")));
                BotCommand::new(*name, text.unwrap_or_else(|| fallback.to_string()))
            })
            .collect();
        let mut request = shared.bot.set_my_commands(commands);
        if let Some(code) = code {
            request = request.language_code(code);
        }
        if let Err(e) = request.await {
            warn!("setMyCommands ({}) failed: {}", code.unwrap_or("default"), describe(&e));
        }
    }
}
