//! The conversation core: `handle(kb, session, input) -> Outcome`.
//!
//! A pure function: no I/O, no clock, no Telegram. The Telegram adapter, the
//! terminal chat and the tests all drive the same function, so every
//! conversational behaviour is testable without a network. Replies are plain
//! text plus buttons; each adapter decides how to show them (HTML and inline
//! keyboards in Telegram, numbered lines on the terminal).

use serde::{Deserialize, Serialize};

use crate::knowledge::{Decision, Direction, Kb, Match};
use crate::text::Lang;

/// What the bot remembers about one chat. No message text is ever kept.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Language the commuter chose explicitly (/sprog, /sprache, a button).
    pub lang: Option<Lang>,
    /// Where they live and work, if they told us.
    pub profile: Option<Profile>,
    /// The entry answered last (for "same answer in the other language").
    pub last_entry: Option<String>,
    /// Language of the last reply, used for buttons when none was chosen.
    pub last_lang: Option<Lang>,
    /// Entries offered as choices, so "2" picks the second.
    pub pending: Vec<String>,
    /// The entry this chat rated last with 👍/👎, so pressing again does not count twice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rated: Option<String>,
}

impl Session {
    fn reply_lang(&self, hint: Option<Lang>) -> Lang {
        self.lang.or(self.last_lang).or(hint).unwrap_or(Lang::Da)
    }

    fn direction(&self) -> Option<Direction> {
        match self.profile {
            Some(Profile::DeDk) => Some(Direction::DeDk),
            Some(Profile::DkDe) => Some(Direction::DkDe),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Profile {
    DeDk,
    DkDe,
    Other,
}

/// Something the commuter did.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Text(String),
    Button(Action),
    /// A photo, sticker, voice message, file, ...
    NonText,
    /// An advisor's `/why`: how the matcher decides this question. Adapters
    /// send it only for admins; the reply is [`crate::explain::explain`].
    Explain(String),
}

/// What a button does. Encoded as Telegram `callback_data` (at most 64 bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Entry(String),
    EntryIn(String, Lang),
    SetLang(Lang),
    SetProfile(Profile),
    Advisor,
    Menu(String),
    /// 👍 (`true`) or 👎 (`false`) under an answer.
    Feedback(String, bool),
}

impl Action {
    pub fn encode(&self) -> String {
        match self {
            Action::Entry(id) => format!("e:{id}"),
            Action::EntryIn(id, l) => format!("t:{l}:{id}"),
            Action::SetLang(l) => format!("l:{l}"),
            Action::SetProfile(p) => format!("p:{}", profile_code(*p)),
            Action::Advisor => "a".into(),
            Action::Menu(area) => format!("m:{area}"),
            Action::Feedback(id, up) => format!("f:{}:{id}", if *up { '+' } else { '-' }),
        }
    }

    pub fn decode(data: &str) -> Option<Action> {
        let (kind, rest) = data.split_once(':').unwrap_or((data, ""));
        match kind {
            "e" if !rest.is_empty() => Some(Action::Entry(rest.into())),
            "t" => {
                let (l, id) = rest.split_once(':')?;
                Some(Action::EntryIn(id.into(), Lang::parse(l)?))
            }
            "l" => Lang::parse(rest).map(Action::SetLang),
            "p" => parse_profile(rest).map(Action::SetProfile),
            "a" => Some(Action::Advisor),
            "m" if !rest.is_empty() => Some(Action::Menu(rest.into())),
            "f" => match rest.split_once(':')? {
                ("+", id) if !id.is_empty() => Some(Action::Feedback(id.into(), true)),
                ("-", id) if !id.is_empty() => Some(Action::Feedback(id.into(), false)),
                _ => None,
            },
            _ => None,
        }
    }
}

fn profile_code(p: Profile) -> &'static str {
    match p {
        Profile::DeDk => "de-dk",
        Profile::DkDe => "dk-de",
        Profile::Other => "other",
    }
}

fn parse_profile(s: &str) -> Option<Profile> {
    match s.trim().to_ascii_lowercase().as_str() {
        "de-dk" | "dedk" => Some(Profile::DeDk),
        "dk-de" | "dkde" => Some(Profile::DkDe),
        "other" | "andet" | "anders" | "andere" => Some(Profile::Other),
        _ => None,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Button {
    pub label: String,
    pub action: Action,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Reply {
    /// Shown in bold above the text, if any.
    pub title: Option<String>,
    pub text: String,
    /// Rows of buttons.
    pub buttons: Vec<Vec<Button>>,
}

/// What happened, for counters and the unanswered log. Carries no text.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Answered {
        entry: String,
        lang: Lang,
    },
    Offered {
        options: Vec<String>,
        lang: Lang,
    },
    FellBack {
        lang: Lang,
    },
    /// 👍 or 👎 for an entry, counted once per chat and entry in a row.
    Feedback {
        entry: String,
        up: bool,
    },
    Command,
    NonText,
}

#[derive(Clone, Debug)]
pub struct Outcome {
    pub session: Session,
    pub replies: Vec<Reply>,
    /// The commuter asked to erase everything stored about the chat.
    pub forget: bool,
    pub event: Event,
    /// The matcher's verdict, when the input was a question.
    pub matched: Option<Match>,
}

/// Longest message we try to understand; longer ones get a polite note.
pub const MAX_QUESTION_CHARS: usize = 4096;

/// Handles one input. `hint` is the language the platform reports for the
/// user (Telegram's `language_code`), used until they write or choose.
pub fn handle(kb: &Kb, session: &Session, input: Input, hint: Option<Lang>) -> Outcome {
    let s = session.clone();
    match input {
        Input::NonText => {
            let lang = s.reply_lang(hint);
            outcome(s, vec![plain(kb.texts.ui(lang, "non-text"))], Event::NonText)
        }
        Input::Button(action) => on_action(kb, s, action, hint),
        Input::Explain(question) => {
            let text = crate::explain::explain(kb, &question);
            outcome(s, vec![plain(text)], Event::Command)
        }
        Input::Text(text) => {
            let trimmed = text.trim();
            if let Some(cmd) = trimmed.strip_prefix('/') {
                return on_command(kb, s, cmd, hint);
            }
            if let Ok(n) = trimmed.parse::<usize>() {
                if n >= 1 && n <= s.pending.len() {
                    let id = s.pending[n - 1].clone();
                    let lang = s.reply_lang(hint);
                    return answer(kb, s, &id, lang);
                }
            }
            if trimmed.chars().count() > MAX_QUESTION_CHARS {
                let lang = s.reply_lang(hint);
                return outcome(s, vec![plain(kb.texts.ui(lang, "too-long"))], Event::FellBack { lang });
            }
            on_question(kb, s, trimmed, hint)
        }
    }
}

fn on_question(kb: &Kb, mut s: Session, text: &str, hint: Option<Lang>) -> Outcome {
    let preferred = s.lang.or(s.last_lang).or(hint);
    let m = kb.find(text, preferred, s.direction());
    // The chosen language wins; otherwise answer in the language asked in.
    let lang = s.lang.unwrap_or(m.lang);
    let mut out = match m.decision {
        Decision::Answer => {
            let id = m.entry.clone().unwrap_or_default();
            answer(kb, s, &id, lang)
        }
        Decision::Choices => {
            s.pending = m.options.clone();
            s.last_lang = Some(lang);
            let buttons = m
                .options
                .iter()
                .map(|id| vec![Button { label: kb.title(id, lang), action: Action::Entry(id.clone()) }])
                .chain(std::iter::once(vec![advisor_button(kb, lang)]))
                .collect();
            let reply = Reply { title: None, text: kb.texts.ui(lang, "choices-intro"), buttons };
            outcome(s, vec![reply], Event::Offered { options: m.options.clone(), lang })
        }
        Decision::Fallback => {
            s.pending.clear();
            s.last_lang = Some(lang);
            let reply = Reply {
                title: None,
                text: kb.texts.ui(lang, "fallback"),
                buttons: vec![vec![advisor_button(kb, lang)]],
            };
            outcome(s, vec![reply], Event::FellBack { lang })
        }
    };
    out.matched = Some(m);
    out
}

fn answer(kb: &Kb, mut s: Session, id: &str, lang: Lang) -> Outcome {
    let Some(text) = kb.render(id, lang) else {
        s.last_lang = Some(lang);
        return outcome(s, vec![plain(kb.texts.ui(lang, "fallback"))], Event::FellBack { lang });
    };
    let entry = kb.entry(id).expect("rendered entries exist");
    let mut buttons: Vec<Vec<Button>> = entry
        .related
        .iter()
        .take(3)
        .filter(|r| kb.entry(&r.value).is_some())
        .map(|r| {
            let label = kb.texts.ui_with(lang, "button-related", &[("title", kb.title(&r.value, lang))]);
            vec![Button { label, action: Action::Entry(r.value.clone()) }]
        })
        .collect();
    if !entry.is_smalltalk() {
        buttons.push(vec![
            Button {
                label: kb.texts.ui(lang.other(), "button-other-language"),
                action: Action::EntryIn(id.to_string(), lang.other()),
            },
            advisor_button(kb, lang),
        ]);
        buttons.push(vec![
            Button { label: "👍".into(), action: Action::Feedback(id.to_string(), true) },
            Button { label: "👎".into(), action: Action::Feedback(id.to_string(), false) },
        ]);
    }
    s.last_entry = Some(id.to_string());
    s.last_lang = Some(lang);
    s.pending.clear();
    // A new answer may be rated again.
    s.rated = None;
    let title = (!entry.is_smalltalk()).then(|| kb.title(id, lang));
    let reply = Reply { title, text, buttons };
    outcome(s, vec![reply], Event::Answered { entry: id.to_string(), lang })
}

fn on_action(kb: &Kb, mut s: Session, action: Action, hint: Option<Lang>) -> Outcome {
    let lang = s.reply_lang(hint);
    match action {
        Action::Entry(id) if kb.entry(&id).is_some() => answer(kb, s, &id, lang),
        Action::EntryIn(id, l) if kb.entry(&id).is_some() => answer(kb, s, &id, l),
        Action::SetLang(l) => {
            s.lang = Some(l);
            s.last_lang = Some(l);
            let mut replies = vec![plain(kb.texts.ui(l, "language-set"))];
            replies.push(welcome(kb, l));
            outcome(s, replies, Event::Command)
        }
        Action::SetProfile(p) => {
            s.profile = Some(p);
            let key = format!("profile-{}", profile_code(p));
            let text = kb.texts.ui_with(lang, "profile-set", &[("profile", kb.texts.ui(lang, &key))]);
            outcome(s, vec![plain(text)], Event::Command)
        }
        Action::Advisor => advisor(kb, s, lang),
        Action::Feedback(id, up) => {
            let reply = plain(kb.texts.ui(lang, "feedback-thanks"));
            if kb.entry(&id).is_none() || s.rated.as_deref() == Some(id.as_str()) {
                return outcome(s, vec![reply], Event::Command);
            }
            s.rated = Some(id.clone());
            outcome(s, vec![reply], Event::Feedback { entry: id, up })
        }
        Action::Menu(area) => {
            let buttons: Vec<Vec<Button>> = kb
                .entries
                .iter()
                .filter(|e| e.area == area)
                .map(|e| vec![Button { label: kb.title(&e.id, lang), action: Action::Entry(e.id.clone()) }])
                .collect();
            if buttons.is_empty() {
                return outcome(s, vec![plain(kb.texts.ui(lang, "fallback"))], Event::Command);
            }
            let text = kb.texts.ui(lang, &format!("area-{area}"));
            outcome(s, vec![Reply { title: None, text, buttons }], Event::Command)
        }
        // A button from an old message whose entry no longer exists.
        Action::Entry(_) | Action::EntryIn(..) => {
            outcome(s, vec![plain(kb.texts.ui(lang, "fallback"))], Event::FellBack { lang })
        }
    }
}

fn advisor(kb: &Kb, s: Session, lang: Lang) -> Outcome {
    if kb.entry("service.human-advisor").is_some() {
        answer(kb, s, "service.human-advisor", lang)
    } else {
        outcome(s, vec![plain(kb.texts.ui(lang, "fallback"))], Event::Command)
    }
}

fn advisor_button(kb: &Kb, lang: Lang) -> Button {
    Button { label: kb.texts.ui(lang, "button-advisor"), action: Action::Advisor }
}

/// Splits "/sprog@pendler_bot da" into ("sprog", "da").
pub fn parse_command(cmd: &str) -> (String, String) {
    let (head, arg) = cmd.split_once(char::is_whitespace).unwrap_or((cmd, ""));
    let name = head.split('@').next().unwrap_or_default().to_lowercase();
    (name, arg.trim().to_string())
}

fn on_command(kb: &Kb, mut s: Session, cmd: &str, hint: Option<Lang>) -> Outcome {
    let (name, arg) = parse_command(cmd);
    let lang = s.reply_lang(hint);
    match name.as_str() {
        "start" => {
            if !arg.is_empty() {
                // Deep links cannot carry dots: accept `tax-tax-card-dk` and `tax.tax-card-dk`.
                let id = kb
                    .entries
                    .iter()
                    .find(|e| e.id == arg || crate::i18n::entry_message_id(&e.id) == arg)
                    .map(|e| e.id.clone());
                if let Some(id) = id {
                    return answer(kb, s, &id, lang);
                }
            }
            match s.lang.or(hint) {
                Some(l) => {
                    s.last_lang = Some(l);
                    outcome(s, vec![welcome(kb, l)], Event::Command)
                }
                None => outcome(s, vec![language_question(kb)], Event::Command),
            }
        }
        "help" | "hjaelp" | "hjælp" | "hilfe" => outcome(s, vec![plain(kb.texts.ui(lang, "help"))], Event::Command),
        "sprog" | "sprache" | "language" | "lang" => match Lang::parse(&arg) {
            Some(l) => on_action(kb, s, Action::SetLang(l), hint),
            None => outcome(s, vec![language_question(kb)], Event::Command),
        },
        "profil" | "profile" => match parse_profile(&arg) {
            Some(p) => on_action(kb, s, Action::SetProfile(p), hint),
            None => {
                let buttons = [Profile::DeDk, Profile::DkDe, Profile::Other]
                    .into_iter()
                    .map(|p| {
                        let label = kb.texts.ui(lang, &format!("profile-{}", profile_code(p)));
                        vec![Button { label, action: Action::SetProfile(p) }]
                    })
                    .collect();
                let reply = Reply { title: None, text: kb.texts.ui(lang, "profile-ask"), buttons };
                outcome(s, vec![reply], Event::Command)
            }
        },
        "kontakt" | "contact" => {
            if kb.entry("service.contact-hours").is_some() {
                answer(kb, s, "service.contact-hours", lang)
            } else {
                advisor(kb, s, lang)
            }
        }
        "privacy" | "privatliv" | "datenschutz" => {
            if kb.entry("service.privacy").is_some() {
                answer(kb, s, "service.privacy", lang)
            } else {
                outcome(s, vec![plain(kb.texts.ui(lang, "help"))], Event::Command)
            }
        }
        "forget" | "glem" | "vergessen" => {
            let mut out = outcome(Session::default(), vec![plain(kb.texts.ui(lang, "forgotten"))], Event::Command);
            out.forget = true;
            out
        }
        _ => outcome(s, vec![plain(kb.texts.ui(lang, "unknown-command"))], Event::Command),
    }
}

fn language_question(kb: &Kb) -> Reply {
    let text = format!("{}\n{}", kb.texts.ui(Lang::Da, "language-ask"), kb.texts.ui(Lang::De, "language-ask"));
    let buttons = vec![vec![
        Button { label: "Dansk".into(), action: Action::SetLang(Lang::Da) },
        Button { label: "Deutsch".into(), action: Action::SetLang(Lang::De) },
    ]];
    Reply { title: None, text, buttons }
}

fn welcome(kb: &Kb, lang: Lang) -> Reply {
    let mut areas: Vec<&str> = Vec::new();
    for e in &kb.entries {
        if !e.is_smalltalk() && e.area != "service" && !areas.contains(&e.area.as_str()) {
            areas.push(&e.area);
        }
    }
    let buttons = areas
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|a| Button { label: kb.texts.ui(lang, &format!("area-{a}")), action: Action::Menu(a.to_string()) })
                .collect()
        })
        .collect();
    Reply { title: None, text: kb.texts.ui(lang, "welcome"), buttons }
}

fn plain(text: String) -> Reply {
    Reply { title: None, text, buttons: vec![] }
}

fn outcome(session: Session, replies: Vec<Reply>, event: Event) -> Outcome {
    Outcome { session, replies, forget: false, event, matched: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip_through_callback_data() {
        let all = [
            Action::Entry("tax.limited-liability-dk".into()),
            Action::EntryIn("health.special-health-card".into(), Lang::De),
            Action::SetLang(Lang::Da),
            Action::SetProfile(Profile::DkDe),
            Action::Advisor,
            Action::Menu("tax".into()),
            Action::Feedback("tax.tax-card-dk".into(), true),
            Action::Feedback("tax.tax-card-dk".into(), false),
        ];
        for a in all {
            let data = a.encode();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Action::decode(&data), Some(a));
        }
        assert_eq!(Action::decode("garbage"), None);
        assert_eq!(Action::decode("t:xx:tax.x"), None);
        assert_eq!(Action::decode(""), None);
    }

    #[test]
    fn commands_lose_the_bot_name_and_keep_the_argument() {
        assert_eq!(parse_command("sprog@pendler_bot da"), ("sprog".into(), "da".into()));
        assert_eq!(parse_command("START"), ("start".into(), "".into()));
    }
}
