//! The command menus Telegram shows, per language (`setMyCommands`), as
//! the base defines them: the adapter holds no command text.

use teloxide_core::payloads::setters::*;
use teloxide_core::requests::Requester;
use teloxide_core::types::BotCommand;
use tracing::warn;

use super::send::describe;
use super::{advisor, Brain, Shared};
use crate::knowledge::languages::Menu;

/// The command menus, per language (`locales/<code>/commands.ftl`) and the
/// default one (`knowledge/languages.toml`), and the admins' own.
pub(super) async fn set_commands<B: Brain>(shared: &Shared<B>) {
    for Menu { lang, commands, admin } in shared.brain.menus(shared.relay.is_some()) {
        let commands: Vec<BotCommand> = commands.into_iter().map(|(name, text)| BotCommand::new(name, text)).collect();
        let admin: Vec<BotCommand> = admin.into_iter().map(|(name, text)| BotCommand::new(name, text)).collect();
        advisor::set_admin_menu(shared, lang, &commands, &admin).await;
        let mut request = shared.bot.set_my_commands(commands);
        if let Some(lang) = lang {
            request = request.language_code(lang.code());
        }
        if let Err(e) = request.await {
            warn!("setMyCommands ({}) failed: {}", lang.map_or("default".to_string(), |l| l.to_string()), describe(&e));
        }
    }
}
