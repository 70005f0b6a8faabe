//! The conversation core: `handle(kb, session, input) -> Outcome`.
//!
//! A pure function: no I/O, no clock, no Telegram. The Telegram adapter, the
//! terminal chat and the tests all drive the same function, so every
//! conversational behaviour is testable without a network. Replies are plain
//! text plus buttons; each adapter decides how to show them (HTML and inline
//! keyboards in Telegram, numbered lines on the terminal).

use serde::{Deserialize, Serialize};

use crate::knowledge::{
    Country, Decision, Direction, Entry, EntryId, Kb, Match, Reading, Situation, ALL_CHOICES, LAST_CHOICE,
};
use crate::text::{fold, Lang};

/// What the bot remembers about one chat. No message text is ever kept.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Language the commuter chose explicitly (/sprog, /sprache, a button).
    pub lang: Option<Lang>,
    /// Where they live and work, if they told us.
    pub profile: Option<Profile>,
    /// The entry answered last (for "same answer in the other language").
    pub last_entry: Option<EntryId>,
    /// Language of the last reply, used for buttons when none was chosen.
    pub last_lang: Option<Lang>,
    /// Entries offered as choices, so "2" picks the second.
    pub pending: Vec<EntryId>,
    /// The entry this chat rated last with 👍/👎, so pressing again does not count twice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rated: Option<EntryId>,
    /// Where the commuter (and a partner) live and work, from what they wrote
    /// ("ich wohne in Flensburg") or from /profil.
    #[serde(default, skip_serializing_if = "Situation::is_empty")]
    pub situation: Situation,
    /// The part of the last entry sent last ("amount", "apply", ...), if only a part was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_part: Option<String>,
    /// The answer before the last, when the last one was among its related
    /// entries: the commuter followed its pointer, so its other pointers are
    /// still in play ("og min sociale sikring?" two answers after home office).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread: Option<EntryId>,
    /// The last question was read on the partner's side ("hvor betaler min
    /// kone skat?"), so "kan hun trække kørslen fra?" goes on about the partner.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub about_partner: bool,
    /// The country of the commuter's workplace before it moved across the
    /// border ("bis Oktober in Pattburg, jetzt in Flensburg"): questions of
    /// `job_moved` entries (holiday) are about the move.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_from: Option<Country>,
    /// While a message is resolved after a job moved: the one country whose
    /// places it names ("feriedage fra Flensborg"). Never stored.
    #[serde(skip)]
    pub place_asked: Option<Country>,
    /// Who the commuter told they are (`[status.<name>]` in dialogue.toml:
    /// "retired", "posted"): questions of a status's `entries` are answered
    /// for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statuses: Vec<String>,
    /// While a message is resolved: the statuses it tells, asks about ahead
    /// or supposes ("hvad når jeg går på pension, hvor er jeg så
    /// forsikret?"). Never stored.
    #[serde(skip)]
    pub statuses_asked: Vec<String>,
    /// While a message is resolved: it moved the side of the border told
    /// before ("Ich habe mich vertan, ich wohne in Sønderborg ..."). Never stored.
    #[serde(skip)]
    pub side_changed: bool,
}

impl Session {
    fn reply_lang(&self, kb: &Kb, hint: Option<Lang>) -> Lang {
        self.lang.or(self.last_lang).or(hint).unwrap_or_else(|| kb.languages.first())
    }

    fn direction(&self) -> Option<Direction> {
        match self.profile {
            Some(Profile::DeDk) => Some(Direction::DeDk),
            Some(Profile::DkDe) => Some(Direction::DkDe),
            Some(Profile::Other) => None,
            None => self.situation.direction(),
        }
    }
}

/// The profile of a side of the border (`None`: both on one side).
fn profile_of_direction(dir: Option<Direction>) -> Profile {
    match dir {
        Some(Direction::DeDk) => Profile::DeDk,
        Some(Direction::DkDe) => Profile::DkDe,
        None => Profile::Other,
    }
}

/// The profile a situation amounts to: the side of the border someone lives
/// and works on, or neither when both are on one side.
fn profile_of(s: &Situation) -> Option<Profile> {
    if s.lives.is_none() && s.works.is_none() {
        return None;
    }
    Some(profile_of_direction(s.direction()))
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
    /// send it only for admins; the reply is [`explain`].
    Explain(String),
}

/// What a button does. Encoded as Telegram `callback_data` (at most 64 bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Entry(EntryId),
    EntryIn(EntryId, Lang),
    SetLang(Lang),
    SetProfile(Profile),
    Advisor,
    Menu(String),
    /// 👍 (`true`) or 👎 (`false`) under an answer.
    Feedback(EntryId, bool),
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
                Some(Action::EntryIn(id.into(), Lang::from_code(l)?))
            }
            "l" => Lang::from_code(rest).map(Action::SetLang),
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
        "other" => Some(Profile::Other),
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
        entry: EntryId,
        lang: Lang,
        /// The rules were unsure between choices and the second opinion
        /// settled it (see [`crate::knowledge::similar`]): counted apart and
        /// listed for the advisors to review.
        settled: bool,
    },
    Offered {
        options: Vec<EntryId>,
        lang: Lang,
    },
    FellBack {
        lang: Lang,
    },
    /// 👍 or 👎 for an entry, counted once per chat and entry in a row.
    Feedback {
        entry: EntryId,
        up: bool,
    },
    Command,
    NonText,
}

#[derive(Clone, Debug)]
pub struct Outcome {
    pub session: Session,
    /// The language the bot replied in.
    pub lang: Lang,
    pub replies: Vec<Reply>,
    /// The commuter asked to erase everything stored about the chat.
    pub forget: bool,
    pub event: Event,
    /// The matcher's verdict, when the input was a question.
    pub matched: Option<Match>,
}

/// Longest message we try to understand; longer ones get a polite note.
pub const MAX_QUESTION_CHARS: usize = 4096;
/// A bare number up to this is read as a button press, never as a question.
const MAX_BUTTON_NUMBER: usize = 20;
/// Choices offered for a broad question or a stated situation.
const AREA_CHOICES: usize = 4;
/// The least score of a keyword in the question that still names a topic:
/// one keyword against the commuter's situation scores 1 - e^-0.3 ≈ 0.26,
/// one ruled out by a `not` word 1 - e^-0.2 ≈ 0.18.
const NAMED_AGAINST_SITUATION: f64 = 0.22;

/// How a message is decided, in words (`ask --explain`, `/why`): the
/// matcher's reading ([`crate::explain::explain`]) and, last, what the bot
/// itself does with it as a first message: its conversation rules may
/// answer where the matcher alone did not (a bare area with the situation
/// told, the one choice for the commuter's side ...).
pub fn explain(kb: &Kb, question: &str) -> String {
    let mut out = crate::explain::explain(kb, question);
    let m = kb.find(question, None, None);
    let o = handle(kb, &Session::default(), Input::Text(question.to_string()), None);
    let (does, same) = match &o.event {
        Event::Answered { entry, .. } => (
            format!("answers with {entry}"),
            m.decision == Decision::Answer && m.entry.as_deref() == Some(entry.as_str()),
        ),
        Event::Offered { options, .. } => {
            let ids: Vec<&str> = options.iter().map(|o| o.as_str()).collect();
            (format!("offers {ids:?}"), m.decision == Decision::Choices)
        }
        Event::FellBack { .. } => ("falls back to the advice office".to_string(), m.decision == Decision::Fallback),
        _ => ("gives no answer (a command, small talk or out of scope)".to_string(), true),
    };
    let note = if same { "" } else { " (its conversation rules decide this, not the matcher's decision above)" };
    out.push_str(&format!("the bot:    {does}{note}\n"));
    out
}

/// Handles one input. `hint` is the language the platform reports for the
/// user (Telegram's `language_code`), used until they write or choose.
pub fn handle(kb: &Kb, session: &Session, input: Input, hint: Option<Lang>) -> Outcome {
    // A Telegram app set to a language the base does not speak hints nothing.
    let hint = hint.filter(|l| kb.languages.contains(*l));
    let mut out = handle_input(kb, session, input, hint);
    if out.lang == Lang::UNDETERMINED {
        out.lang = kb.languages.first();
    }
    out
}

fn handle_input(kb: &Kb, session: &Session, input: Input, hint: Option<Lang>) -> Outcome {
    let s = session.clone();
    match input {
        Input::NonText => {
            let lang = s.reply_lang(kb, hint);
            outcome(s, vec![plain(kb.texts.ui(lang, "non-text"))], Event::NonText)
        }
        Input::Button(action) => on_action(kb, s, action, hint),
        Input::Explain(question) => {
            let text = explain(kb, &question);
            outcome(s, vec![plain(text)], Event::Command)
        }
        Input::Text(text) => {
            let trimmed = text.trim();
            if let Some(cmd) = trimmed.strip_prefix('/') {
                return on_command(kb, s, cmd, hint);
            }
            if let Ok(n) = trimmed.trim_start_matches('#').parse::<usize>() {
                let lang = s.reply_lang(kb, hint);
                if n >= 1 && n <= s.pending.len() {
                    let id = s.pending[n - 1].clone();
                    return answer(kb, s, &id, lang);
                }
                // A button number that is not there: say so; it is no question.
                if n <= MAX_BUTTON_NUMBER {
                    let text = kb.texts.ui_with(lang, "no-such-button", &[("number", n.to_string())]);
                    return outcome_in(s, vec![plain(text)], Event::Command, lang);
                }
            }
            if trimmed.chars().count() > MAX_QUESTION_CHARS {
                let lang = s.reply_lang(kb, hint);
                return outcome(s, vec![plain(kb.texts.ui(lang, "too-long"))], Event::FellBack { lang });
            }
            on_question(kb, s, trimmed, hint)
        }
    }
}

/// A typed message: read it (cues, situation, topic), resolve it against the
/// conversation, reply. The steps, in order of precedence:
/// English · a language asked for · a person asked for · a follow-up that is
/// only cues ("und wie viel?") · its own topic · a follow-up in context ·
/// small talk · a broad area · the situation alone · out of scope · fallback.
fn on_question(kb: &Kb, mut s: Session, text: &str, hint: Option<Lang>) -> Outcome {
    let conversation = s.lang.or(s.last_lang).or(hint);
    let m = kb.find(text, conversation, s.direction());
    let m = job_left_asked(kb, &s, text, conversation, &m).unwrap_or(m);
    // The message folded once (the matcher's fold, unless it stripped a
    // link) and split once, for every cue read below.
    let folded: std::borrow::Cow<str> = match &m.folded_message {
        Some(f) => f.into(),
        None => fold(text).into(),
    };
    let toks = crate::text::token_list(&folded);
    let mut reading = kb.cues.read_tokens(text, &toks);
    note_statuses(kb, &mut s, text, &toks, reading.partner);
    // "hvad gælder der så?": a pointing word of the message's language only.
    reading.refers = reading.refers || kb.cues.refers_in(m.lang, &toks);
    let partner_side = partner_asked(kb, &mut s, &m, &mut reading, text, &toks);
    let m = match partner_side {
        Some(dir) if dir != s.direction() => kb.find(text, conversation, dir),
        _ => m,
    };
    let lang = reply_lang(&s, &m, &reading, conversation);

    let (lived, worked) = (s.situation.lives, s.situation.works);
    // "hvad koster en flybillet fra Sønderborg til København?": a trip
    // asked about outside the bot's topics moves no home or workplace told before.
    let aside = (reading.offtopic || m.outside) && !s.situation.is_empty();
    let side_before = s.direction();
    let notes = if aside { Vec::new() } else { note_situation(kb, &mut s, &m, text, lang) };
    s.side_changed = side_before.is_some() && s.direction().is_some() && s.direction() != side_before;
    // Resolved on the partner's side ("og skat?" takes the area's entry for
    // that side); the commuter's own profile is kept for the turns after.
    let own_profile = s.profile;
    if let Some(dir) = partner_side {
        s.profile = Some(profile_of_direction(dir));
    }
    s.place_asked = place_asked(kb, &s, text);
    let mut out = resolve(kb, s, text, &m, &reading, lang);
    out.session.place_asked = None;
    out.session.statuses_asked.clear();
    out.session.side_changed = false;
    if partner_side.is_some() {
        out.session.profile = own_profile;
    }
    out.session.about_partner = partner_side.is_some() && matches!(out.event, Event::Answered { .. });
    // A job moved across the border decides the turns after: in the message
    // that tells it, the matcher reads the move itself. It tells a present
    // workplace, so only such a message is read again for it.
    if let Some(before) = m.situation.works.and_then(|_| kb.job_moved_from(text, m.folded_message.as_deref())) {
        out.session.moved_from = Some(before);
    }
    // Told over two messages: a new workplace across the border from the
    // same home ("ab März arbeite ich in Husum" after "wohne in Harrislee,
    // arbeite in Tondern"). A home that changes too is a correction.
    let now = &out.session.situation;
    if lived.is_some() && now.lives == lived && worked.is_some_and(|w| now.works.is_some_and(|n| n != w)) {
        out.session.moved_from = worked;
    }
    // The answer is the one the second opinion chose among the rules' choices.
    if let Event::Answered { entry, settled, .. } = &mut out.event {
        *settled = m.entry.as_ref() == Some(entry) && m.second_opinion.as_ref().is_some_and(|o| o.decided);
    }
    if !notes.is_empty() {
        // After a greeting back, before everything else.
        let greeted =
            matches!(&out.event, Event::Answered { entry, .. } if kb.entry(entry).is_some_and(|e| e.is_smalltalk()));
        let at = usize::from(greeted).min(out.replies.len());
        out.replies.splice(at..at, notes);
    }
    out.matched = Some(m);
    out
}

/// Whether the message asks about the partner, and then the partner's side
/// of the border (see [`partner_direction`]). Sets `reading.partner` for
/// "kan hun trække kørslen fra?" right after a question about the partner,
/// and forgets the partner's answer as context when the commuter asks for
/// themself again ("og hvem betaler, hvis jeg bliver syg?").
fn partner_asked(
    kb: &Kb,
    s: &mut Session,
    m: &Match,
    reading: &mut Reading,
    text: &str,
    toks: &[&str],
) -> Option<Option<Direction>> {
    let pronoun = kb.cues.partner_pronoun_in(m.lang, toks);
    let own = kb.cues.own_pronoun_in(m.lang, toks);
    // "Lohnt sich für mich die 75-Prozent-Regel, wenn meine Frau gut
    // verdient?": the commuter asks for themself; the partner is only supposed.
    if let Some((before, after)) = kb.cues.supposed_at(toks).map(|i| toks.split_at(i)) {
        let cues = &kb.cues;
        if cues.own_pronoun_in(m.lang, before) && !cues.partner_in(before) && cues.partner_in(after) {
            reading.partner = false;
            return None;
        }
    }
    reading.partner = reading.partner || (s.about_partner && pronoun);
    // "og hun? hun er ansat i Netto i Gråsten": a pronoun and the partner's job, nothing of the commuter's.
    let partner_job_told =
        m.situation.partner_works.is_some() && m.situation.lives.is_none() && m.situation.works.is_none();
    if pronoun && partner_job_told && s.last_entry.is_some() && !own {
        reading.partner = true;
    }
    // "hvor lang barsel kan hun få?" after a story that told the partner's job:
    // the partner, named by a pronoun only.
    let pronoun_partner = s.situation.partner_works.is_some() && pronoun && !own && m.situation.is_empty();
    // And "og skat?": a bare area goes on about whom the last question was.
    let bare_area = !reading.areas.is_empty() && reading.rest == 0 && reading.parts.is_empty();
    let about_partner = reading.partner || (s.about_partner && bare_area) || pronoun_partner;
    // "og mig selv? jeg arbejder i Sønderborg" right after the partner's
    // Elterngeld: the same question for the commuter, whose job is across the
    // border from the partner's: the last answer's counterpart of that country.
    let partners_entry = s.about_partner
        || s.last_entry
            .as_deref()
            .and_then(|l| kb.entry(l))
            .is_some_and(|e| e.country_rules && e.country.is_some() && e.country == s.situation.partner_works);
    if partners_entry && !reading.partner && own && !pronoun {
        if let Some(mine) = own_counterpart(kb, s, text) {
            (s.last_entry, s.last_part, s.thread) = (Some(mine), None, None);
            reading.again = true;
            return None;
        }
    }
    if s.about_partner && !reading.partner && reading.rest > 0 && own {
        s.last_entry = None;
        s.last_part = None;
        s.thread = None;
    }
    // A follow-up about the partner is read again on the partner's side; named
    // by a pronoun only, a message that names a topic ("hvor søger han?" names
    // none and goes on with the last answer).
    let names_topic = m.candidates.iter().any(|c| c.in_question && c.score >= NAMED_AGAINST_SITUATION);
    let by_pronoun_only = pronoun_partner && !reading.partner && !(s.about_partner && bare_area);
    (about_partner && (names_topic || !by_pronoun_only)).then(|| partner_direction(kb, s, text)).flatten()
}

/// "hvad sker der med mine feriepenge?" after the job moved from Denmark to
/// Germany: the present job's side rules out the holiday entry of the job
/// left, which the move's entry (`job_moved`) answers. Read without the side
/// then, when nothing answered on it.
fn job_left_asked(kb: &Kb, s: &Session, text: &str, conversation: Option<Lang>, m: &Match) -> Option<Match> {
    let left = s.moved_from.filter(|&c| Some(c) != s.situation.works)?;
    if m.entry.is_some() {
        return None;
    }
    let free = kb.find(text, conversation, None);
    let id = free.entry.as_deref()?;
    (kb.cues.job_moved(id).is_some() && country_of(kb, id) == Some(left)).then_some(free)
}

/// A status told is kept ("er gået på pension"); ahead ("når jeg går på
/// pension") or supposed ("hvis jeg går på pension") it answers this message
/// only (`statuses_asked`), and so does one told in a message about the
/// partner ("min mand er gået på pension"). `toks` are the folded message's tokens.
fn note_statuses(kb: &Kb, s: &mut Session, text: &str, toks: &[&str], partner: bool) {
    let found = kb.cues.statuses_in(toks);
    let supposed = partner || (!found.is_empty() && kb.cues.supposes(text));
    let planned = if found.iter().any(|(_, told)| !told) { planned_statuses(kb, text) } else { Vec::new() };
    for (name, told) in &found {
        if (*told || planned.contains(name)) && !supposed && !s.statuses.iter().any(|k| k == name) {
            s.statuses.push(name.to_string());
        }
    }
    s.statuses_asked = found.into_iter().map(|(name, _)| name.to_string()).collect();
}

/// "Om et halvt år går jeg på pension.": a status ahead in a sentence that
/// asks nothing is a plan told, and the questions after it are about that
/// time; asked ("hvornår kan jeg gå på pension?") it is not.
fn planned_statuses<'k>(kb: &'k Kb, text: &str) -> Vec<&'k str> {
    text.split_inclusive(['.', '!', '?', '\n'])
        .filter(|sentence| !kb.cues.read(sentence).question)
        .flat_map(|sentence| kb.cues.statuses_in(&crate::text::token_list(&fold(sentence))))
        .filter(|(_, told)| !told)
        .map(|(name, _)| name)
        .collect()
}

/// After a job moved: the one country whose places the message names
/// ("mine feriedage fra Flensborg"), which decides the job asked about.
/// Without a job move the message's places are not read again.
fn place_asked(kb: &Kb, s: &Session, text: &str) -> Option<Country> {
    s.moved_from?;
    match kb.countries_of_places(text).as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// What the message says of the commuter's situation is kept at once,
/// unless it only supposes another one ("og hvis jeg flytter til
/// Danmark?"): that answers this question and leaves the one told before.
/// The note that says it back, if the situation changed.
fn note_situation(kb: &Kb, s: &mut Session, m: &Match, text: &str, lang: Lang) -> Vec<Reply> {
    let supposed = !s.situation.is_empty() && kb.cues.supposes(text);
    if m.situation.is_empty() || supposed {
        return Vec::new();
    }
    let had = s.situation;
    // A job of the past or on the side does not move the workplace told before.
    let mut told = m.situation;
    if had.works.is_some() && told.works != had.works && kb.works_aside(text) {
        told.works = had.works;
    }
    let now = had.updated(&told);
    if now == had {
        return Vec::new();
    }
    s.situation = now;
    s.profile = profile_of(&now);
    let key = if had.is_empty() { "situation-noted" } else { "situation-changed" };
    let said = describe_situation(kb, lang, &now);
    vec![plain(kb.texts.ui_with(lang, key, &[("situation", said)]))]
}

/// "hvad med min kone, hun arbejder i Sønderborg og vil have barsel" after
/// an answer: a follow-up about the partner is read on the partner's side of the border
/// (the household's home, the partner's job), when the partner's job is
/// known: `Some(None)` when both are on one side (no cross-border rule then).
fn partner_direction(kb: &Kb, s: &Session, text: &str) -> Option<Option<Direction>> {
    // A follow-up, or a first question after the situation alone ("hvor
    // betaler min kone skat?"), not a story of the commuter's own that names the partner.
    let told = kb.situation(text);
    if told.works.is_some() || (s.last_entry.is_none() && !told.is_empty()) {
        return None;
    }
    let works = told.partner_works.or(s.situation.partner_works)?;
    let home = match s.direction() {
        Some(Direction::DeDk) => Some(Country::De),
        Some(Direction::DkDe) => Some(Country::Dk),
        None => None,
    };
    let lives = told.lives.or(s.situation.lives).or(home);
    if lives == Some(works) {
        return Some(None);
    }
    Some(Situation { lives, works: Some(works), partner_works: None }.direction())
}

/// The language to reply in: one asked for ("auf Deutsch bitte"), else the
/// one chosen with /sprog, else the message's own when it clearly has one,
/// else the conversation's ("ok", "email?", "A1" keep it).
fn reply_lang(s: &Session, m: &Match, reading: &Reading, conversation: Option<Lang>) -> Lang {
    if let Some(l) = reading.want_lang {
        return l;
    }
    if let Some(l) = s.lang {
        return l;
    }
    match conversation {
        Some(l) if !m.lang_sure => l,
        _ => m.lang,
    }
}

/// What one message is resolved with: the knowledge base, the message, the
/// matcher's verdict and the cues read, the reply language, the message's
/// own topic and the last answer's entry.
struct Turn<'a> {
    kb: &'a Kb,
    text: &'a str,
    m: &'a Match,
    reading: &'a Reading,
    lang: Lang,
    /// The entry the message names by itself (see [`own_topic`]).
    own: Option<EntryId>,
    /// The last answer's entry, if it still exists.
    last: Option<EntryId>,
}

/// Resolves a message against the conversation, in order of precedence:
/// what the commuter asked for explicitly, a follow-up to the last answer,
/// the message's own topic, and what is left without one. Each step either
/// answers or hands the session on.
fn resolve(kb: &Kb, s: Session, text: &str, m: &Match, reading: &Reading, lang: Lang) -> Outcome {
    let last = s.last_entry.clone().filter(|id| kb.entry(id).is_some());
    let t = Turn { kb, text, m, reading, lang, own: own_topic(kb, m), last };
    requested(&t, s)
        .or_else(|s| continues_last(&t, s))
        .or_else(|s| own_topic_in_context(&t, s))
        .unwrap_or_else(|s| without_topic(&t, s))
}

/// A button named by its place, English, a thank-you about the answer just
/// given, "that is not what I asked", a language asked for, a person asked
/// for, the office's contact, a button named by its words.
fn requested(t: &Turn, s: Session) -> Result<Outcome, Session> {
    choice_named_by_place(t, s)
        .or_else(|s| english_asked(t, s))
        .or_else(|s| language_asked(t, s))
        .or_else(|s| closing_small_talk(t, s))
        .or_else(|s| thanks_for_last(t, s))
        .or_else(|s| missed_question(t, s))
        .or_else(|s| named_person_contact(t, s))
        .or_else(|s| person_or_office(t, s))
        .or_else(|s| complaint(t, s))
        .or_else(|s| button_named_by_words(t, s))
}

/// "den første", "die zweite bitte": a choice just shown, named by its place.
fn choice_named_by_place(t: &Turn, s: Session) -> Result<Outcome, Session> {
    let Turn { kb, lang, .. } = *t;
    let Some(place) = (!s.pending.is_empty()).then(|| kb.cues.choice_place(t.text)).flatten() else { return Err(s) };
    if place == ALL_CHOICES {
        let all = s.pending.clone();
        return Ok(answer_all(kb, s, &all, lang));
    }
    let id = match place {
        LAST_CHOICE => s.pending.last(),
        n => s.pending.get(n),
    };
    match id.cloned() {
        Some(id) => Ok(answer(kb, s, &id, lang)),
        None => Err(s),
    }
}

/// English written, no language asked for and the language not read surely: the English note.
fn english_asked(t: &Turn, s: Session) -> Result<Outcome, Session> {
    let Turn { kb, m, reading, lang, .. } = *t;
    if reading.english && reading.want_lang.is_none() && !m.lang_sure {
        return Ok(english(kb, s, m, lang));
    }
    Err(s)
}

/// A language asked for: the last answer (or part, or choices) again in it, or the message's own topic.
fn language_asked(t: &Turn, mut s: Session) -> Result<Outcome, Session> {
    let Turn { kb, m, reading, .. } = *t;
    let Some(l) = reading.want_lang else { return Err(s) };
    // "kannst du das auf Deutsch schreiben?": the last answer again; a
    // question of its own in the new language is answered.
    // Not when it asks about a new topic of its own with confidence ("kan jeg
    // skrive til Finanzamt på dansk?" asks about the authorities' language):
    // that is answered in the language it is written in, which stays the chat's.
    let own_new = reading.question
        && !reading.refers
        && t.own.is_some()
        && t.own != t.last
        && m.decision == Decision::Answer
        && m.score >= 0.6;
    if let (true, Some(id)) = (own_new, &t.own) {
        let written = s.lang.unwrap_or(m.lang);
        return Ok(answer(kb, s, id, written));
    }
    s.lang = Some(l);
    let resend = t.last.is_some() && (reading.rest <= 2 || t.own.is_none());
    Ok(match (t.own.clone(), t.last.clone()) {
        (_, Some(id)) if resend => match s.last_part.clone() {
            Some(part) => answer_part(kb, s, &id, &part, l),
            None => answer(kb, s, &id, l),
        },
        (Some(id), _) => answer(kb, s, &id, l),
        // Choices just shown: shown again in the language asked for.
        (None, _) if !s.pending.is_empty() => {
            let options = s.pending.clone();
            choices(kb, s, options, l, "choices-intro")
        }
        (None, _) => on_action(kb, s, Action::SetLang(l), Some(l)),
    })
}

/// "Okay, dann schicke ich den Antrag ab. Tschüss und bis bald!": a story
/// that asks nothing and ends with small talk is that small talk.
fn closing_small_talk(t: &Turn, s: Session) -> Result<Outcome, Session> {
    match (t.m.closing, &t.m.entry) {
        (true, Some(id)) => Ok(answer(t.kb, s, id, t.lang)),
        _ => Err(s),
    }
}

/// A thank-you right after an answer that tells rather than asks, or names no topic of its own, is thanks.
fn thanks_for_last(t: &Turn, s: Session) -> Result<Outcome, Session> {
    let Turn { kb, reading, lang, .. } = *t;
    // "tusind tak, nu kan jeg få styr på skattekortet" right after that
    // answer: a thank-you that tells rather than asks is thanks, not the
    // same answer again; so is one that names no topic of its own ("tak, så
    // ringer jeg til skat i morgen"), unless it is about someone else.
    if reading.thanks
        && !reading.question
        && t.last.is_some()
        && (t.own == t.last || (t.own.is_none() && !reading.partner))
        && kb.entry("smalltalk.thanks").is_some()
    {
        return Ok(answer(kb, s, "smalltalk.thanks", lang));
    }
    Err(s)
}

/// "det var ikke det, jeg spurgte om", "das meinte ich nicht": no new
/// question of its own (or the same topic again) right after an answer.
fn missed_question(t: &Turn, s: Session) -> Result<Outcome, Session> {
    let Turn { kb, reading, lang, .. } = *t;
    // "nein, andersrum: ich wohne in Tønder ...": a correction of the situation, not of the answer.
    let corrects_situation = t.m.situation.direction().is_some();
    if let (Some(last), false) = (t.last.as_deref(), corrects_situation) {
        let short_or_told = !reading.question || reading.words <= MISSED_QUESTION_WORDS;
        if t.own.as_deref().is_none_or(|o| o == last) && short_or_told && kb.cues.missed(t.text) {
            return Ok(missed(kb, s, last, lang));
        }
    }
    Err(s)
}

/// "du er en ubrugelig bot": a complaint about the bot with no topic of its
/// own (the bot's own entries aside) is the last answer's 👎 when there is
/// one, and else an apology with a person.
fn complaint(t: &Turn, s: Session) -> Result<Outcome, Session> {
    let Turn { kb, reading, lang, .. } = *t;
    let own_is_the_bots = t.own.as_deref().is_none_or(|o| o.starts_with("service.") || t.last.as_deref() == Some(o));
    // "Mein Chef ist nutzlos, er hat meinen Urlaub nicht bezahlt" tells a story.
    if !own_is_the_bots || reading.words > COMPLAINT_WORDS || !kb.cues.complaint(t.text) {
        return Err(s);
    }
    Ok(match t.last.as_deref() {
        Some(last) => missed(kb, s, last, lang),
        None => decline(kb, s, lang, "complaint"),
    })
}

/// "telefonnummer Birgit Hansen skattecenter Tønder": the contact of a
/// person named at an authority is none the bot has (it knows offices, not
/// their staff), when the message has no topic of its own: declined, with the office.
fn named_person_contact(t: &Turn, s: Session) -> Result<Outcome, Session> {
    let Turn { kb, text, reading, lang, .. } = *t;
    let own_is_service = t.own.as_deref().is_none_or(|id| id.starts_with("service."));
    if !own_is_service || !reading.parts.iter().any(|p| p == "contact") || !names_a_person(kb, text) {
        return Err(s);
    }
    Ok(decline(kb, s, lang, "out-of-scope"))
}

/// Two capitalised words side by side, not the message's first, that the
/// base does not know and that name no place ("Birgit Hansen"): a person's name.
fn names_a_person(kb: &Kb, text: &str) -> bool {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let name = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(char::is_lowercase)
            && w.chars().count() >= 3
            && !kb.knows_word(&fold(w))
            && kb.countries_of_places(w).is_empty()
    };
    words.windows(2).skip(1).any(|pair| name(pair[0]) && name(pair[1]))
}

/// A person asked for (the advisor), or the office's own contact, when the message has no other topic.
fn person_or_office(t: &Turn, s: Session) -> Result<Outcome, Session> {
    let Turn { kb, reading, lang, .. } = *t;
    if reading.person && t.own.as_deref().is_none_or(|id| id.starts_with("service.")) {
        return Ok(advisor(kb, s, lang));
    }
    // "tak, hvordan kontakter jeg jer?": the office's own contact; not when
    // the message has a topic of its own ("ich arbeite im Büro ... gekündigt. An wen wende ich mich?").
    if reading.office
        && reading.parts.iter().any(|p| p == "contact")
        && t.own.as_deref().is_none_or(|id| id.starts_with("service."))
        && kb.entry("service.contact-hours").is_some()
    {
        return Ok(answer_asked(kb, s, "service.contact-hours", reading, lang));
    }
    Err(s)
}

/// A button named by its words, when the message has no topic and tells no situation.
fn button_named_by_words(t: &Turn, s: Session) -> Result<Outcome, Session> {
    let Turn { kb, m, reading, lang, .. } = *t;
    // A situation told ("jeg bor i Tyskland og arbejder i Danmark") is no
    // button's title, even when it has a title's words ("Bor i Danmark,
    // arbejder i Tyskland: skat").
    if t.own.is_none() && m.situation.is_empty() {
        if let Some(id) = button_named(kb, &s, reading, lang) {
            return Ok(answer_asked(kb, s, &id, reading, lang));
        }
    }
    Err(s)
}

/// A follow-up to the last answer: the other country's entry, words the
/// last answer used, only cues ("und wie viel?"), or no topic of its own.
fn continues_last(t: &Turn, s: Session) -> Result<Outcome, Session> {
    let Turn { kb, text, m, reading, lang, .. } = *t;
    let (Some(id), own) = (t.last.as_deref(), t.own.as_deref()) else { return Err(s) };
    // The message names no entry of its own: no keyword in the question, no
    // area. A keyword the situation turns down ("barsel?" from someone working
    // in Germany, about a third of its score) still names its topic.
    let names_nothing =
        reading.areas.is_empty() && !m.candidates.iter().any(|c| c.in_question && c.score >= NAMED_AGAINST_SITUATION);
    // A service answer ("telefonnummer", "e-mail") does not take a
    // follow-up about the last answer's authority, unless the office is named.
    let weak_own = own.is_none_or(|o| o.starts_with("service.") && !reading.office && !id.starts_with("service."));
    // "gælder det også i Sverige?", "und in Österreich?": another border is
    // out of scope right after an answer too, except after an answer about
    // travel abroad (`abroad`: the blue card holds in Sweden).
    if m.outside && !kb.entry(id).is_some_and(|e| e.abroad) {
        return Err(s);
    }
    // "hvad koster en billet til fodboldkampen?" right after an answer: a
    // topic the bot does not cover, however much it asks like a follow-up.
    if reading.offtopic && names_nothing && own.is_none() {
        return Err(s);
    }
    // "og hvis de så opsiger mig, mens jeg er syg, hvem betaler så?" after
    // the sick pay: the new fact supposed names the best of the matcher's
    // choices, above the last answer: that entry.
    if let Some(new) = own.is_none().then(|| supposed_beyond(kb, text, m, id)).flatten() {
        return Ok(answer_asked(kb, s, &new, reading, lang));
    }
    // "und in Dänemark?" after the German benefit: the Danish one it pointed to.
    if let Some(other) = country_follow_up(kb, text, m, id, own, reading, s.direction()) {
        return Ok(answer_asked(kb, s, &other, reading, lang));
    }
    if let Some(entry) = applies_or_partners(t, &s, id, own) {
        return Ok(answer_asked(kb, s, &entry, reading, lang));
    }
    // "und mit Kind?", "wo buche ich den Termin?": words the last answer itself
    // used; not a bare word naming another area ("og skat?" after the yellow
    // card, whose answer mentions tax: nothing says it is about that answer).
    let last_area = kb.entry(id).map(|e| e.area.as_str());
    let bare_other_area = reading.words <= 2 && reading.areas.iter().any(|a| Some(a.as_str()) != last_area);
    let echo = weak_own
        && reading.words <= 7
        && !bare_other_area
        && (own.is_some() || reading.rest_words.len() + reading.area_words.len() <= 1)
        && echoes_answer(kb, text, id, own.is_some(), lang, reading);
    // "und ab wann zahlt die Krankenkasse?" right after the sick-pay answer:
    // a part asked, going on ("und") with words the last answer used.
    let goes_on = goes_on(text, &kb.languages.grammar.continuers);
    let part_echo = own.is_some_and(|o| o != id)
        && goes_on
        && !reading.parts.is_empty()
        && reading.words <= 7
        && reading.parts.iter().any(|p| kb.part(id, lang, p).is_some())
        && !own.is_some_and(|o| brings_up_title(kb, text, o, id, lang))
        && echoes_answer(kb, text, id, false, lang, reading);
    // "wie viel gibt es pro Kind?" right after Kindergeld: a part the last
    // answer has, asked with only a word of the last answer's own area.
    let part_in_own_area = own.is_none()
        && !reading.areas.is_empty()
        && reading.areas.iter().all(|a| Some(a.as_str()) == last_area)
        && reading.words <= 7
        && !m.candidates.iter().any(|c| c.in_question && c.score >= 0.3)
        && !others_in_area(kb, m, id)
        && reading.parts.iter().any(|p| kb.part(id, lang, p).is_some());
    if echo || part_echo || part_in_own_area {
        return Ok(answer_asked(kb, s, id, reading, lang));
    }
    let only_cues = (reading.rest == 0 && (!reading.parts.is_empty() || reading.again || reading.partner))
        || (weak_own && own.is_some() && reading.rest <= 1 && !reading.parts.is_empty());
    if (only_cues && weak_own) || own.is_none() {
        let names_nothing = names_nothing || (only_cues && weak_own);
        if let Some(out) = follow_up(kb, &s, text, id, m, reading, names_nothing, lang) {
            return Ok(out);
        }
    }
    Err(s)
}

/// "gælder det også, hvis jeg tager bussen?": the last answer `id`, in
/// another case. "Meine Frau arbeitet in Sønderborg und ist auch krank – gilt
/// für sie dasselbe?" after the German sick pay: the partner's country's
/// entry, when the message's topic is the last answer's or its counterpart.
fn applies_or_partners(t: &Turn, s: &Session, id: &str, own: Option<&str>) -> Option<EntryId> {
    let Turn { kb, text, m, reading, .. } = *t;
    // Not when the message names a topic of its own other than in the case it
    // supposes ("und Elterngeld, kann ich das auch bekommen?"; "gælder det også,
    // hvis jeg tager bussen?" is the last answer in the case of the bus).
    let own_named = || own.is_some_and(|o| o != id) && !kb.cues.supposes(text);
    let applies = reading.words <= APPLIES_WORDS && kb.cues.applies(text) && !own_named();
    if applies && !reading.partner {
        return Some(EntryId::new(id));
    }
    // "und meine Kinder?" after the blue card: only family members named,
    // after an answer of an area that holds for the family too.
    let bare = own.is_none() && !reading.partner && reading.rest == 0 && reading.words <= FAMILY_WORDS;
    let members_only = || !reading.area_words.is_empty() && reading.area_words.iter().all(|w| kb.cues.family_member(w));
    if bare && members_only() && kb.entry(id).is_some_and(|e| kb.cues.family_follows(&e.area)) {
        return Some(EntryId::new(id));
    }
    // Only about the partner: the place reading of `partner_counterpart` is not run for every follow-up.
    if !reading.partner || own.is_some_and(|o| o != id) {
        return None;
    }
    // "min kone og børn, er de med?": no entry of the partner's own to go
    // to, so the same answer for the family.
    let Some(other) = partner_counterpart(kb, s, text, id) else { return applies.then(|| EntryId::new(id)) };
    let top = m.candidates.first().map_or(0.0, |c| c.score);
    let on_top = |e: &str| m.candidates.iter().any(|c| c.entry.as_str() == e && c.score >= top);
    (own.is_some() || on_top(id) || on_top(other.as_str())).then_some(other)
}

/// "hvor meget får vi i børnepenge?" right after the parental leave: the
/// message's words lean to entries of the last answer's area, but not to
/// the last answer itself (its own word, "barsel", is not among them).
fn others_in_area(kb: &Kb, m: &Match, last: &str) -> bool {
    let area = kb.entry(last).map(|e| e.area.as_str());
    let in_area: Vec<&str> = m
        .candidates
        .iter()
        .map(|c| c.entry.as_str())
        .filter(|id| kb.entry(id).map(|e| e.area.as_str()) == area)
        .collect();
    !in_area.is_empty() && !in_area.contains(&last)
}

/// "og hvordan får jeg et skattekort?" after the limited-tax-liability
/// answer, which mentions the tax card: the message brings up entry `own`
/// as new, by a word of its title ("Skattekort og trækprocent") that the
/// `last` entry's title lacks, after an indefinite article ("skal jeg så have
/// en A1?": a word with a digit only as a whole word). "und ab wann
/// zahlt die Krankenkasse?" points back to the Krankenkasse the answer named.
fn brings_up_title(kb: &Kb, text: &str, own: &str, last: &str, lang: Lang) -> bool {
    let indefinite = &kb.languages.grammar.indefinite;
    let folded = crate::text::fold(text);
    let toks = crate::text::token_list(&folded);
    let (own_title, last_title) = (crate::text::fold(&kb.title(own, lang)), crate::text::fold(&kb.title(last, lang)));
    let last_words: Vec<&str> = crate::text::tokens(&last_title).collect();
    // A short name with a digit ("A1", "S1") counts as a whole word.
    let code = |w: &str| w.len() >= 2 && w.bytes().any(|b| b.is_ascii_digit());
    let brought_up = crate::text::tokens(&own_title)
        .filter(|w| (w.chars().count() >= 5 || code(w)) && !last_words.contains(w))
        .any(|w| {
            // The title word less its last letter: "Steuerkarte" names "Steuerkarten" too.
            let stem = &w[..w.char_indices().last().map_or(0, |(i, _)| i)];
            let names = |t: &str| if code(w) { t == w } else { t.starts_with(stem) };
            toks.windows(2).any(|p| indefinite.iter().any(|a| a == p[0]) && names(p[1]))
        });
    brought_up
}

/// The message's own topic, read in the conversation: an entry the last
/// answer pointed to may be meant instead, and a part of the last answer
/// is answered as that part.
fn own_topic_in_context(t: &Turn, s: Session) -> Result<Outcome, Session> {
    let Some(id) = own_topic_kept(t) else { return Err(s) };
    kept_status(t, s, id)
        .or_else(|s| pointed_by_reference(t, s, id))
        .or_else(|s| pointed_in_area_asked(t, s, id))
        .or_else(|s| part_of_last(t, s, id))
        .or_else(|s| Ok(own_answer(t, s, id)))
}

/// The message's own topic, unless an offtopic word outweighs a topic the matcher is not very sure of.
fn own_topic_kept<'t>(t: &'t Turn) -> Option<&'t str> {
    let Turn { m, reading, .. } = *t;
    // An offtopic word ("Scheidung", "værksted") outweighs a topic the
    // matcher is not very sure of, and any service topic; asking for a
    // recommendation only does not outweigh a service topic: whom to turn
    // to ("kennst du einen guten Steuerberater?") is what those answer.
    let outweighed = |id: &str| {
        if id.starts_with("service.") {
            !reading.recommends
        } else {
            m.score < 0.7
        }
    };
    t.own.as_deref().filter(|id| !(reading.offtopic && outweighed(id)))
}

/// The last answer was about who the commuter is and the own entry rules it out: the last entry again.
fn kept_status(t: &Turn, s: Session, id: &str) -> Result<Outcome, Session> {
    match t.last.as_deref().filter(|l| excludes_last(t.kb, id, l)) {
        Some(kept) => Ok(answer_asked(t.kb, s, kept, t.reading, t.lang)),
        None => Err(s),
    }
}

/// Whether `own` is the last answer's entry `last` or one it points to.
fn names_related(kb: &Kb, own: &str, last: &str) -> bool {
    kb.entry(last).is_some_and(|e| e.related.iter().any(|r| r.value == own) || own == last)
}

/// A pointing word right after an answer: the entry the last answer pointed to beats a general one.
fn pointed_by_reference(t: &Turn, s: Session, id: &str) -> Result<Outcome, Session> {
    let Turn { kb, text, m, reading, lang, .. } = *t;
    // "skal jeg betale skat af den?" right after the ATP answer: "den" is the
    // pension, so the entry the last answer pointed to beats a general one.
    // Not when the message names an entry the last answer pointed to itself
    // ("og den danske børneydelse?": "den" is an article), nor when it tells
    // a background of its own ("Ich arbeite weiter in Husum. Wie werde ich dann besteuert?"); a
    // situation said inside the one sentence that asks is no background ("og hvor bliver den
    // beskattet, når jeg bor i Tyskland?").
    if let (Some(l), true) = (t.last.as_deref(), reading.refers && m.question.is_none()) {
        if names_related(kb, id, l) {
            return Ok(answer_asked(kb, s, id, reading, lang));
        }
        let own_sure = m.decision == Decision::Answer
            && m.score >= SURE_OWN_SCORE
            && m.candidates.first().is_some_and(|c| c.entry == id && c.in_question);
        // "Brauche ich dafür so eine A1-Bescheinigung?" after the home-office
        // tax: the thing named by its own title's word is what is asked.
        if own_sure && brings_up_title(kb, text, id, l, lang) {
            return Err(s);
        }
        if let Some(better) = pointed_in_context(kb, &s, text, l, id, own_sure, lang) {
            return Ok(answer_asked(kb, s, &better, reading, lang));
        }
    }
    Err(s)
}

/// A short follow-up naming an area, after an answer or choices: the entry of that area pointed to.
fn pointed_in_area_asked(t: &Turn, s: Session, id: &str) -> Result<Outcome, Session> {
    let Turn { kb, text, m, reading, lang, .. } = *t;
    // "og min sociale sikring?" right after the home-office tax answer: a
    // short follow-up that names an area means the entry of that area the
    // last answer pointed to ("Hjemmearbejde og social sikring"), not the
    // area's general entry.
    // Also right after choices when it goes on from them ("og socialsikringen?"
    // after the home-office choices; not "was passiert, wenn ich krank werde?"
    // after the topics offered for a situation).
    // And a question about choices of one area ("ist das schlimm für meine
    // Sozialversicherung?" after the two home-office entries: "das" is what
    // they were about); not about the topics offered for a situation.
    let goes_on = goes_on(text, &kb.languages.grammar.continuers);
    let area_of = |id: &EntryId| kb.entry(id).map(|e| e.area.as_str());
    let one_area = s.pending.first().is_some_and(|f| s.pending.iter().all(|id| area_of(id) == area_of(f)));
    let about_choices = reading.refers
        && one_area
        && !reading.areas.is_empty()
        && reading.words <= SHORT_FOLLOW_UP_WORDS + 2
        && m.situation.is_empty()
        && m.question.is_none();
    // Right after the choices of one area ("hvor er jeg socialt sikret?"
    // after the two home-office entries): going on or not, the choice of the area asked.
    if (about_choices || is_short_follow_up(m, reading))
        && (t.last.is_some() || ((goes_on || one_area) && !s.pending.is_empty()) || about_choices)
        && !t.last.as_deref().is_some_and(|l| names_related(kb, id, l))
    {
        // Not when the message names an entry beyond its area word ("wie
        // bekomme ich eine CPR-Nummer?": "cpr" names the area, "CPR-Nummer"
        // an entry): its area words alone would answer less surely or otherwise.
        // Choices just shown are a closer context than the last answer's
        // pointers, except for an entry of the choices' one area that is not
        // among them ("wo versteuere ich meine Rente?" after the pension
        // choices offered to a retiree).
        let sibling = one_area
            && !s.pending.iter().any(|p| p == id)
            && s.pending.first().is_some_and(|f| area_of(f) == kb.entry(id).map(|e| e.area.as_str()));
        let beyond_area = (s.pending.is_empty() || sibling) && m.decision == Decision::Answer && {
            let bare = kb.find(&reading.area_words.join(" "), Some(lang), s.direction());
            bare.entry.as_deref() != Some(id) || m.score >= bare.score + BEYOND_AREA_MARGIN
        };
        let near = near_entries(kb, &s);
        let mut pointed = if beyond_area { Vec::new() } else { pointed_in_area(kb, &s, &near, reading, lang) };
        // "og sygesikringen?" after the home-office tax: none pointed to is of
        // the health area, but one has the word among its own (home office
        // and social security): the one the message leans to.
        // Only for the bare area going on ("wo bin ich krankenversichert?" asks its own question).
        let bare = goes_on && reading.rest == 0 && reading.parts.is_empty();
        if pointed.is_empty() && bare && !beyond_area && !near.iter().any(|n| n == id) {
            let leaning: Vec<&EntryId> =
                near.iter().filter(|n| m.candidates.iter().any(|c| c.entry == **n && c.score >= LEANS)).collect();
            if let [only] = leaning.as_slice() {
                pointed = vec![(*only).clone()];
            }
        }
        if let [pointed] = pointed.as_slice() {
            return Ok(answer_asked(kb, s, pointed, reading, lang));
        }
    }
    Err(s)
}

/// "hvor meget koster det gule kort" right after that answer: the part.
fn part_of_last(t: &Turn, s: Session, id: &str) -> Result<Outcome, Session> {
    let Turn { kb, reading, lang, .. } = *t;
    if t.last.as_deref() == Some(id) {
        if let Some(part) = reading.parts.iter().find(|p| kb.part(id, lang, p).is_some()) {
            return Ok(answer_part(kb, s, id, part, lang));
        }
    }
    Err(s)
}

/// The own topic answered (the deciding country's entry for a part it lacks), other areas named beside it offered.
fn own_answer(t: &Turn, s: Session, id: &str) -> Outcome {
    let Turn { kb, text, m, reading, lang, .. } = *t;
    // "hvor længe kan jeg få penge?" in a story of a lost job: the general
    // entry has no duration; the entry of the country that decides has.
    let id = match by_country_for_part(kb, &s, id, reading, lang) {
        Some(better) => better,
        None => id.to_string(),
    };
    // "was passiert mit meinen Feriepenge?" from someone whose job moved
    // from Padborg to Flensburg: the holiday of the move, not Danish holiday.
    let id = told_before(kb, &s, &id).to_string();
    let out = answer(kb, s, &id, lang);
    // "Hvad med skat og sygesikring?": the other area, named only by its
    // word beside the topic, is asked back as that area's choices.
    // Only in the sentence that asks: "zahle dort Steuern und Sozialversicherung" in the story is no question.
    let also = areas_named_beside(kb, m.question.as_deref().unwrap_or(text), &id, reading);
    if also.is_empty() || !matches!(out.event, Event::Answered { .. }) {
        return out;
    }
    let more = area_choices(kb, out.session.clone(), m, &also, lang, "choices-also");
    let mut replies = out.replies;
    replies.extend(more.replies);
    Outcome { replies, session: more.session, ..out }
}

/// "und wo bin ich sozialversichert?" right after the self-employed answer:
/// the last answer was about who the commuter is (`status = true`), and the
/// general entry of the same area says by a `not` word that it is not for
/// that (one of the last entry's keywords), so the commuter, still the
/// self-employed one, is answered by the last entry.
fn excludes_last(kb: &Kb, own: &str, last: &str) -> bool {
    let (Some(e), Some(l)) = (kb.entry(own), kb.entry(last)) else { return false };
    if own == last || !l.status || e.area != l.area {
        return false;
    }
    kb.languages.all().any(|lang| {
        let keywords: Vec<String> = l.rules(lang).keywords.iter().map(|k| fold(&k.value)).collect();
        e.rules(lang).not.iter().any(|n| keywords.contains(&fold(&n.value)))
    })
}

/// The areas other than `id`'s that the message names by a bare area word
/// joined with "og", "und" ... to a word of `id`'s own area ("skat og
/// sygesikring"): not as part of its topic ("skat af min pension"), nor
/// joining clauses or people ("min pension, og vi bor i Kappeln", "børnene og jeg").
fn areas_named_beside(kb: &Kb, text: &str, id: &str, reading: &Reading) -> Vec<String> {
    let Some(own_area) = kb.entry(id).map(|e| &e.area) else { return Vec::new() };
    if reading.areas.iter().all(|a| a == own_area) {
        return Vec::new();
    }
    let folded = crate::text::fold(text);
    let toks = crate::text::token_list(&folded);
    let mut also: Vec<String> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !kb.languages.grammar.coordinators.iter().any(|c| c == t) {
            continue;
        }
        let (Some(before), Some(after)) = (i.checked_sub(1).and_then(|j| toks.get(j)), toks.get(i + 1)) else {
            continue;
        };
        let (a, b) = (kb.cues.read(before).areas, kb.cues.read(after).areas);
        let other = match (a.contains(own_area), b.contains(own_area)) {
            (true, false) => b,
            (false, true) => a,
            _ => continue,
        };
        for area in other {
            if reading.areas.contains(&area) && !also.contains(&area) {
                also.push(area);
            }
        }
    }
    also
}

/// A message without a topic of its own: out of scope, read with the last
/// answer as background, a follow-up to choices, small talk, a broad area,
/// choices, the situation alone, or the advice office.
fn without_topic(t: &Turn, s: Session) -> Outcome {
    let Turn { kb, text, m, reading, lang, .. } = *t;
    if reading.offtopic {
        return out_of_scope(kb, s, lang);
    }
    // Read again with the last answer's topic as background: "bliver den
    // beskattet?" after a pension answer.
    if let Some(out) = in_context(kb, &s, text, m, reading, lang) {
        return out;
    }
    let is_followup = !reading.parts.is_empty() || reading.again || reading.partner;
    // A follow-up to choices just shown, of which one is for the commuter's side.
    if let (true, None, Some(dir)) = (is_followup && reading.rest == 0, &t.last, s.direction()) {
        let fitting: Vec<EntryId> =
            s.pending.iter().filter(|id| kb.entry(id).is_some_and(|e| e.direction == Some(dir))).cloned().collect();
        // Only when the choices differ by side: one for everyone ("Wie viel gibt es?" after the child
        // benefit offered beside the Danish leave) is as near as the side's.
        let by_side = s.pending.iter().all(|id| kb.entry(id).is_some_and(|e| e.direction.is_some()));
        if let ([only], true) = (fitting.as_slice(), by_side) {
            return answer_asked(kb, s.clone(), only, reading, lang);
        }
    }
    if is_followup && t.last.is_none() && reading.rest == 0 && s.pending.is_empty() {
        // A follow-up as the very first message: ask what it is about.
        let mut reply = welcome(kb, lang);
        reply.text = kb.texts.ui(lang, "followup-no-context");
        return outcome_in(s, vec![reply], Event::Command, lang);
    }
    if let (Decision::Answer, Some(id)) = (m.decision, &m.entry) {
        // Small talk, only when the message holds nothing else.
        if reading.areas.is_empty() && m.situation.is_empty() {
            return answer(kb, s, id, lang);
        }
    }
    if m.outside {
        return out_of_scope(kb, s, lang);
    }
    if !reading.areas.is_empty() {
        return broad(kb, s, m, reading, lang);
    }
    if m.decision == Decision::Choices {
        // One choice left, and it is the entry for the commuter's side: answer it.
        if let ([only], Some(dir)) = (m.options.as_slice(), s.direction()) {
            if kb.entry(only).is_some_and(|e| e.direction == Some(dir)) && m.score >= 0.45 {
                return answer(kb, s, &only.clone(), lang);
            }
        }
        let options = order_by_situation(kb, &s, m.options.clone());
        return choices(kb, s, options, lang, "choices-intro");
    }
    if !m.situation.is_empty() {
        if let Some(out) = pending_for_side(kb, &s, lang) {
            return out;
        }
        let mut out = situation_topics(kb, s, lang);
        // "Moin, ich wohne in Flensburg und arbeite in Padborg": greeted back first.
        if let (Decision::Answer, Some(id)) = (m.decision, &m.entry) {
            if let (true, Some(text)) = (kb.entry(id).is_some_and(|e| e.is_smalltalk()), kb.render(id, lang)) {
                out.replies.insert(0, plain(text));
                out.event = Event::Answered { entry: id.clone(), lang, settled: false };
            }
        }
        return out;
    }
    if let Some(out) = narrow_pending(kb, &s, m, reading, lang) {
        return out;
    }
    fallback(kb, s, lang)
}

/// A message right after choices that names nothing of its own: the
/// choices its words lean to ("brauche ich eine Steuererklärung?" after the
/// tax choices), or, when it asks only a part ("hvor meget får jeg?"), the
/// same choices again: which one? Asking back, not giving up; when one
/// choice is left, it is answered.
fn narrow_pending(kb: &Kb, s: &Session, m: &Match, reading: &Reading, lang: Lang) -> Option<Outcome> {
    if s.pending.is_empty() {
        return None;
    }
    let leans = |id: &EntryId| m.candidates.iter().any(|c| &c.entry == id && c.score >= 0.2);
    let leaning: Vec<EntryId> = s.pending.iter().filter(|id| leans(id)).cloned().collect();
    let only_part = reading.rest == 0 && !reading.parts.is_empty();
    let named = |id: &EntryId| m.candidates.iter().any(|c| &c.entry == id && c.in_question);
    // "wie viel krieg ich?" after the unemployment choices, living in Denmark:
    // a general choice's country entry (`by_country`) for the country that
    // decides, when that entry was shown too. A part's own words ("wie
    // viel", a context word of one choice) do not lean to that choice.
    if !reading.parts.is_empty() && reading.rest <= 1 && !s.pending.iter().any(named) {
        let decided = s.pending.iter().find_map(|g| {
            let rule = kb.cues.by_country(g)?;
            let id = deciding_country(s, rule).and_then(|c| rule.entry(c))?;
            s.pending.iter().find(|p| p.as_str() == id).cloned()
        });
        if let Some(id) = decided {
            return Some(answer_asked(kb, s.clone(), &id, reading, lang));
        }
    }
    let options = match leaning.is_empty() {
        false => leaning,
        true if only_part => s.pending.clone(),
        true => return None,
    };
    // One left, and it was the only choice or it is for the commuter's side:
    // that one ("und wie viel?" after a single choice). Otherwise asked back:
    // "Steuererklärung" fits the DK->DE entry, but only the commuter knows their side.
    if let [only] = options.as_slice() {
        let fits = |d: Option<Direction>| s.direction().is_some_and(|side| d.is_none_or(|d| d == side));
        if s.pending.len() == 1 || kb.entry(only).is_some_and(|e| fits(e.direction)) {
            return Some(answer_asked(kb, s.clone(), only, reading, lang));
        }
    }
    Some(choices(kb, s.clone(), order_by_situation(kb, s, options), lang, "choices-intro"))
}

/// A situation told right after choices: the one choice for the commuter's
/// side, or the choices that fit it (their side's first), again.
fn pending_for_side(kb: &Kb, s: &Session, lang: Lang) -> Option<Outcome> {
    // The countries' entries of a general answer (`by_country`): the one of the country that decides.
    if let Some(id) = s.last_entry.as_deref().and_then(|last| by_country_choice(kb, s, last)) {
        return Some(answer(kb, s.clone(), &id, lang));
    }
    let dir = s.direction()?;
    // "nej undskyld, omvendt: jeg bor i Tyskland ..." right after an answer
    // for the other side: that answer's other side, the question answered again.
    let last = s.last_entry.as_deref().and_then(|id| kb.entry(id));
    if let Some(other) = last.filter(|e| e.direction.is_some_and(|d| d != dir)).and_then(|e| e.other_side.as_ref()) {
        if kb.entry(&other.value).is_some_and(|o| o.direction.is_none_or(|d| d == dir)) {
            return Some(answer(kb, s.clone(), &other.value, lang));
        }
    }
    // "nej, i Tyskland – i Weesby. Jeg arbejder i Rødekro" right after an answer
    // that fits that side: the commuter said whom it is for; it is given again.
    if s.pending.is_empty() {
        if let Some(e) =
            last.filter(|e| e.direction.is_none_or(|d| d == dir) && !e.is_smalltalk() && e.area != "service")
        {
            return Some(answer(kb, s.clone(), &e.id.clone(), lang));
        }
    }
    let side = |id: &EntryId| kb.entry(id).map(|e| e.direction);
    let fitting: Vec<EntryId> =
        s.pending.iter().filter(|id| side(id).is_some_and(|d| d.is_none_or(|d| d == dir))).cloned().collect();
    let sided: Vec<&EntryId> = fitting.iter().filter(|id| side(id) == Some(Some(dir))).collect();
    match (sided.as_slice(), fitting.is_empty()) {
        ([only], _) => Some(answer(kb, s.clone(), only, lang)),
        (_, true) => None,
        _ => Some(choices(kb, s.clone(), order_by_situation(kb, s, fitting), lang, "choices-intro")),
    }
}

/// The last answer missed what was asked: say so, offer what it pointed to
/// and a person, and count a 👎 for it (once per answer, like the button).
/// The missed answer is no context for what comes next.
fn missed(kb: &Kb, mut s: Session, last: &str, lang: Lang) -> Outcome {
    let related: Vec<EntryId> = kb
        .entry(last)
        .map(|e| e.related.iter().take(3).map(|r| r.value.clone()).filter(|id| kb.entry(id).is_some()).collect())
        .unwrap_or_default();
    let event = if s.rated.as_deref() == Some(last) {
        Event::Command
    } else {
        Event::Feedback { entry: EntryId::new(last), up: false }
    };
    s.rated = Some(EntryId::new(last));
    s.last_entry = None;
    s.last_part = None;
    s.thread = None;
    let mut out = choices(kb, s, related, lang, "missed");
    out.event = event;
    out
}

/// The entries the conversation pointed to: the last answer's related
/// entries, those of the answer before it when the commuter followed one of
/// its pointers (the thread; only entries not listed yet), and the choices
/// just shown.
fn near_entries(kb: &Kb, s: &Session) -> Vec<EntryId> {
    let related =
        |id: Option<&str>| id.and_then(|l| kb.entry(l)).into_iter().flat_map(|e| e.related.iter().map(|r| &r.value));
    let mut near: Vec<EntryId> = related(s.last_entry.as_deref()).cloned().collect();
    // The thread points back to the last answer too: that is no other entry.
    let thread = s.last_entry.as_deref().and(s.thread.as_deref());
    for id in related(thread) {
        if !near.contains(id) && s.last_entry.as_deref() != Some(id.as_str()) {
            near.push(id.clone());
        }
    }
    near.extend(s.pending.iter().cloned());
    near
}

/// Of `near`, the entries in an area the message names; when that is not
/// exactly one, the one entry whose title names such an area ("Homeoffice
/// und Steuern" for "und die Steuer?").
/// With none of those, the one entry of the last answer's own area whose
/// title names an area asked ("Beskatning af pension" for "og skat af den?"
/// after the pension age).
fn pointed_in_area(kb: &Kb, s: &Session, near: &[EntryId], reading: &Reading, lang: Lang) -> Vec<EntryId> {
    let in_area = |id: &str| kb.entry(id).is_some_and(|e| reading.areas.contains(&e.area));
    let pointed: Vec<EntryId> = near.iter().filter(|id| in_area(id)).cloned().collect();
    if pointed.len() == 1 {
        return pointed;
    }
    let titled_by_area =
        |id: &&EntryId| reading.areas.iter().any(|a| kb.cues.read(&kb.title(id, lang)).areas.contains(a));
    // Not an entry for the other side of the border than the commuter's
    // ("og ferie?" from someone working in Germany: not the Danish contract).
    let for_side = |id: &&EntryId| {
        let want = kb.entry(id).and_then(|e| e.direction);
        want.is_none() || s.direction().is_none() || want == s.direction()
    };
    let titled: Vec<&EntryId> = near.iter().filter(titled_by_area).filter(for_side).collect();
    if let [only] = titled.as_slice() {
        return vec![(*only).clone()];
    }
    let last = s.last_entry.as_deref().and_then(|l| kb.entry(l));
    if !pointed.is_empty() || !titled.is_empty() || last.is_none_or(|e| reading.areas.contains(&e.area)) {
        return pointed;
    }
    let area = last.map(|e| &e.area);
    let siblings: Vec<&EntryId> =
        kb.entries.iter().filter(|e| Some(&e.area) == area).map(|e| &e.id).filter(titled_by_area).collect();
    match siblings.as_slice() {
        [only] => vec![(*only).clone()],
        _ => pointed,
    }
}

/// A broad question ("hvad med skatten?"): an entry of that area the last
/// answer pointed to; with the situation known, the area's entry for that
/// situation the question leans to (most asked first); otherwise choices.
fn broad(kb: &Kb, s: Session, m: &Match, reading: &Reading, lang: Lang) -> Outcome {
    let score = |id: &str| m.candidates.iter().find(|c| c.entry == id).map_or(0.0, |c| c.score);
    // What the conversation pointed to (the last answer's related entries,
    // the choices just shown), in the area asked or leaning to the question:
    // "und was ist mit der Steuer?" after the home-office choices.
    let near = near_entries(kb, &s);
    let mut pointed = pointed_in_area(kb, &s, &near, reading, lang);
    if pointed.len() != 1 {
        // Leaning at least as much as to the best entry of an area asked:
        // "kone" leans to the S1 entry, but "fradrag" to the 75 % rule more.
        let area_best = m
            .candidates
            .iter()
            .filter(|c| kb.entry(&c.entry).is_some_and(|e| reading.areas.contains(&e.area)))
            .map(|c| c.score)
            .fold(0.0, f64::max);
        let leaning: Vec<&EntryId> = near.iter().filter(|id| score(id) >= LEANS && score(id) >= area_best).collect();
        if let Some(best) = leaning.iter().max_by(|a, b| score(a).total_cmp(&score(b))) {
            if leaning.iter().filter(|id| score(id) == score(best)).count() == 1 {
                pointed = vec![(*best).clone()];
            }
        }
    }
    // "wie hoch ist die Steuer ungefähr?" right after the answer about the
    // pension's tax: the last answer itself, when the message asks a part of
    // it or points back, and a word of it fits that answer better than any
    // entry the answer pointed to.
    if let Some(last) = s.last_entry.as_deref().filter(|id| kb.entry(id).is_some()) {
        let pointed_best = pointed.iter().map(|id| score(id)).fold(0.0, f64::max);
        if (reading.refers || !reading.parts.is_empty()) && score(last) >= 0.2 && score(last) > pointed_best {
            pointed = vec![EntryId::new(last)];
        }
    }
    // In a story, what the sentence that asks says: "Min kone er lærer ...
    // Hvordan foregår det med skatten?" asks the bare area, whatever the
    // background tells.
    let asked = m.question.as_deref().map(|q| kb.cues.read(q));
    let qr = asked.as_ref().unwrap_or(reading);
    let rules_chose = m.decision == Decision::Choices && !m.options.is_empty() && qr.rest > 0;
    let bare = qr.rest == 0 || (!m.situation.is_empty() && qr.rest_words.iter().all(|w| kb.tells_situation(w)));
    let pick = match (pointed.as_slice(), s.direction(), reading.areas.as_slice()) {
        ([only], _, _) => Some(only.clone()),
        (_, Some(dir), [area]) => side_entry_asked(kb, m, area, dir, rules_chose, bare),
        _ => None,
    };
    match pick {
        Some(id) => answer_asked(kb, s, &id, reading, lang),
        None if rules_chose => {
            let options = order_by_situation(kb, &s, m.options.clone());
            choices(kb, s, options, lang, "choices-intro")
        }
        None => area_choices(kb, s, m, &reading.areas, lang, "choices-area"),
    }
}

/// The entry of `area` for the commuter's side that a broad question asks:
/// the one it leans to most, or for the bare area the side's most asked.
fn side_entry_asked(kb: &Kb, m: &Match, area: &str, dir: Direction, rules_chose: bool, bare: bool) -> Option<EntryId> {
    let score = |id: &str| m.candidates.iter().find(|c| c.entry == id).map_or(0.0, |c| c.score);
    // Only an entry the question leans to (a word of it matched): the
    // side's entry of that topic, never just any entry of the area.
    // Several side entries the question leans to equally (the area
    // word alone, "Steuer zurück?"): choices, the most asked first,
    // rather than a guess.
    // When the rules offered choices for a message that says more
    // than the area word, only among them: the area word is its least specific word.
    let offered = |id: &EntryId| !rules_chose || m.options.contains(id);
    let fitting: Vec<&crate::knowledge::Entry> = kb
        .entries
        .iter()
        .filter(|e| e.area == *area && e.direction == Some(dir) && score(&e.id) >= 0.2 && offered(&e.id))
        .collect();
    let pct = |id: &str| (score(id) * 100.0).round() as i64;
    let top = fitting.iter().map(|e| pct(&e.id)).max();
    let leaders: Vec<&&crate::knowledge::Entry> = fitting.iter().filter(|e| Some(pct(&e.id)) == top).collect();
    match leaders.as_slice() {
        [only] => Some(only.id.clone()),
        // The bare area ("hvad med skatten?", "Steuer?", also after the
        // situation told in the same message): the side's first entry
        // in the area's `popular` list (dialogue.toml).
        // But "... und krieg ALG. Wie lange bekomme ich das?": the question
        // sentence is bare, but the story named an entry of the area by a
        // keyword of its own; that entry, not the side's most asked one.
        _ if bare => named_in_area(kb, m, area).or_else(|| side_popular(kb, area, dir)),
        _ => None,
    }
}

/// The entry of `area` that the message names by a keyword (the best such candidate).
fn named_in_area(kb: &Kb, m: &Match, area: &str) -> Option<EntryId> {
    m.candidates
        .iter()
        .filter(|c| c.score >= NAMED_SCORE && kb.entry(&c.entry).is_some_and(|e| e.area == *area))
        .max_by(|a, b| a.score.total_cmp(&b.score))
        .map(|c| c.entry.clone())
}

/// The side's first entry in the area's `popular` list (dialogue.toml).
fn side_popular(kb: &Kb, area: &str, dir: Direction) -> Option<EntryId> {
    let popular = kb.cues.popular(area);
    // "Hvad med børnepenge?": an area whose most asked entry says which
    // country pays, over entries of one country each, is answered by it.
    if general_over_countries(kb, popular) {
        return popular.first().cloned();
    }
    popular.iter().find(|p| kb.entry(p).is_some_and(|e| e.direction == Some(dir))).cloned()
}

/// "That is outside what I can answer", what the bot covers, the advice office.
fn out_of_scope(kb: &Kb, s: Session, lang: Lang) -> Outcome {
    decline(kb, s, lang, "out-of-scope")
}

/// No answer: the UI text `key` with the advisor button.
fn decline(kb: &Kb, mut s: Session, lang: Lang, key: &str) -> Outcome {
    s.pending.clear();
    s.last_lang = Some(lang);
    let reply = Reply { title: None, text: kb.texts.ui(lang, key), buttons: vec![vec![advisor_button(kb, lang)]] };
    outcome_in(s, vec![reply], Event::FellBack { lang }, lang)
}

/// The entry, or only the part of it the message asked for when it has that part.
fn answer_asked(kb: &Kb, s: Session, id: &str, reading: &Reading, lang: Lang) -> Outcome {
    let id = told_before(kb, &s, id);
    match reading.parts.iter().find(|p| kb.part(id, lang, p).is_some()) {
        Some(part) => answer_part(kb, s, id, &part.clone(), lang),
        None => match part_by_country(kb, &s, id, reading, lang) {
            Some(out) => out,
            None => match related_for_part(kb, id, reading, lang) {
                Some(other) => answer(kb, s, &other, lang),
                None => match thread_for_part(kb, &s, id, reading, lang) {
                    Some((thread, part)) => answer_part(kb, s, &thread, &part, lang),
                    None => answer(kb, s, id, lang),
                },
            },
        },
    }
}

/// A part the last answer `id` lacks that the answer before it has, when
/// `id` was one of its pointers ("wie viel darf ich da verdienen?" after the
/// A1 answer the minijob answer pointed to): the conversation's thread. Not
/// back to another country's entry ("wie viel Geld gibt es da?" after the
/// Danish parental leave the German Elterngeld pointed to).
fn thread_for_part(kb: &Kb, s: &Session, id: &str, reading: &Reading, lang: Lang) -> Option<(String, String)> {
    let thread = s.thread.as_deref().filter(|_| s.last_entry.as_deref() == Some(id))?;
    let (here, there) = (country_of(kb, id), country_of(kb, thread));
    if here.is_some() && there.is_some() && here != there {
        return None;
    }
    let part = reading.parts.iter().find(|p| kb.part(thread, lang, p).is_some())?;
    Some((thread.to_string(), part.clone()))
}

/// A part `id` lacks ("wo muss ich die beantragen?" after the Danish state
/// pension, whose answer says nothing of applying): the one entry `id`
/// points to whose title is that part ("Rente in beiden Ländern beantragen").
fn related_for_part(kb: &Kb, id: &str, reading: &Reading, lang: Lang) -> Option<String> {
    let titled = |r: &&str| reading.parts.iter().any(|p| kb.cues.read(&kb.title(r, lang)).parts.contains(p));
    let related: Vec<&str> = kb.entry(id)?.related.iter().map(|r| r.value.as_str()).filter(titled).collect();
    match related.as_slice() {
        [only] => Some(only.to_string()),
        _ => None,
    }
}

/// `id` is one country's entry of a `by_country` rule ("unemployment.dk-dagpenge")
/// and the commuter's places make the other country the one that decides.
fn not_deciding(kb: &Kb, s: &Session, id: &str) -> bool {
    kb.cues.by_country_rules().any(|rule| {
        let country = if rule.dk.as_deref() == Some(id) {
            Country::Dk
        } else if rule.de.as_deref() == Some(id) {
            Country::De
        } else {
            return false;
        };
        deciding_country(s, rule).is_some_and(|c| c != country)
    })
}

/// The country that decides a `by_country` rule: where the commuter lives
/// or works, from /profil or what they wrote. `family`: the home country
/// when the partner works there, else where the commuter works.
fn deciding_country(s: &Session, rule: &crate::knowledge::cues::RawByCountry) -> Option<Country> {
    let (lives, works) = match s.profile {
        Some(Profile::DeDk) => (Some(Country::De), Some(Country::Dk)),
        Some(Profile::DkDe) => (Some(Country::Dk), Some(Country::De)),
        _ => (s.situation.lives, s.situation.works),
    };
    match rule.decides.as_str() {
        "family" if s.situation.partner_works.is_some_and(|p| Some(p) == lives) => lives,
        "works" | "family" => works,
        _ => lives,
    }
}

/// The entry of the country that decides the general entry `id`
/// (`by_country`), when the message asks only for parts `id` lacks and that
/// entry has one of them.
fn by_country_for_part(kb: &Kb, s: &Session, id: &str, reading: &Reading, lang: Lang) -> Option<String> {
    let has_part = |e: &str| reading.parts.iter().any(|p| kb.part(e, lang, p).is_some());
    if reading.parts.is_empty() || has_part(id) {
        return None;
    }
    let rule = kb.cues.by_country(id)?;
    let target = deciding_country(s, rule).and_then(|c| rule.entry(c))?;
    has_part(target).then(|| target.to_string())
}

/// The choices just shown are the countries' entries of the general answer
/// `last` (`by_country`), and the commuter's place now decides one of them.
fn by_country_choice(kb: &Kb, s: &Session, last: &str) -> Option<String> {
    let rule = kb.cues.by_country(last)?;
    let mut shown = s.pending.clone();
    shown.sort();
    let mut entries: Vec<String> = rule.entries().cloned().collect();
    entries.sort();
    if shown != entries {
        return None;
    }
    deciding_country(s, rule).and_then(|c| rule.entry(c)).map(str::to_string)
}

/// A part the general answer `id` lacks ("wie viel bekomme ich?" after who
/// pays when one becomes unemployed): the entry of the country that decides
/// (dialogue.toml `by_country`: where the commuter lives or works) answers
/// it; with that place unknown, the countries' entries are offered.
fn part_by_country(kb: &Kb, s: &Session, id: &str, reading: &Reading, lang: Lang) -> Option<Outcome> {
    if let Some(e) = by_country_for_part(kb, s, id, reading, lang) {
        let part = reading.parts.iter().find(|p| kb.part(&e, lang, p).is_some())?.clone();
        return Some(answer_part(kb, s.clone(), &e, &part, lang));
    }
    let rule = kb.cues.by_country(id).filter(|_| !reading.parts.is_empty())?;
    if deciding_country(s, rule).is_some() {
        return None;
    }
    let options: Vec<EntryId> = rule.entries().filter(|e| kb.entry(e).is_some()).map(EntryId::new).collect();
    (options.len() > 1).then(|| choices(kb, s.clone(), options, lang, "choices-intro"))
}

/// The entry the message is about when read with the last answer as its
/// background, if that is another entry than `own` and one the last answer
/// pointed to (its related entries).
fn pointed_in_context(
    kb: &Kb,
    s: &Session,
    text: &str,
    last: &str,
    own: &str,
    own_sure: bool,
    lang: Lang,
) -> Option<EntryId> {
    // Not to the other country than the one the message names when its own
    // topic is that country's ("wie hoch ist das Arbeitslosengeld in
    // Deutschland?" after the A-kasse, which points to the Danish dagpenge).
    let named = kb.countries_named_by_name(text);
    let against = |id: &str| {
        named.len() == 1 && country_of(kb, own) == Some(named[0]) && country_of(kb, id).is_some_and(|c| c != named[0])
    };
    // Nor to an entry for the other direction than the commuter's ("får jeg
    // kørselsfradrag?" after the bus answer, from someone living in Denmark).
    let other_direction =
        |id: &str| s.direction().is_some_and(|d| kb.entry(id).and_then(|e| e.direction).is_some_and(|e| e != d));
    // Nor to the benefit of the country that does not pay for this commuter
    // ("wie hoch ist das Arbeitslosengeld?" after the A-kasse, living in
    // Germany: `by_country` of full unemployment decides by the home).
    let related: Vec<&str> = kb
        .entry(last)?
        .related
        .iter()
        .map(|r| r.value.as_str())
        .filter(|id| !against(id) && !other_direction(id) && !not_deciding(kb, s, id))
        .collect();
    let m = kb.find_in_context(text, &kb.title(last, lang), Some(lang), s.direction());
    let better = own_topic(kb, &m).or_else(|| m.options.first().cloned())?;
    // A keyword of the question names `own` surely ("den laveste timeløn i
    // tyskland", "min danske årsopgørelse"): the pointed entry must be named
    // by the question's words too, not by the last answer's title around them.
    let asked = |id: &str| !own_sure || m.candidates.iter().any(|c| c.entry == id && c.in_question);
    if better != own && related.contains(&better.as_str()) && asked(&better) {
        return Some(better);
    }
    // The one related entry a word of the question itself names ("kone" in
    // the entry about family members' doctors); not one far weaker than a
    // new topic of the message's own ("als Rentner krankenversichert" after
    // ATP is not the pension tax), unless it is that topic's other side.
    let score = |id: &str| m.candidates.iter().find(|c| c.entry == id).map_or(0.0, |c| c.score);
    let other_side = kb.entry(own).and_then(|e| e.other_side.as_ref()).map(|o| o.value.as_str());
    let close = |id: &str| own == last || score(id) + POINTER_MARGIN >= score(own) || other_side == Some(id);
    let named: Vec<&str> = m
        .candidates
        .iter()
        .filter(|c| {
            c.score >= 0.25
                && related.contains(&c.entry.as_str())
                && c.entry != own
                && close(&c.entry)
                && asked(&c.entry)
        })
        .map(|c| c.entry.as_str())
        .collect();
    match named.as_slice() {
        [only] => Some(EntryId::from(*only)),
        _ => None,
    }
}

/// How much surer than its area words alone a message must name its own
/// entry for that entry to beat the one of the area the last answer pointed to.
const BEYOND_AREA_MARGIN: f64 = 0.15;

/// A message's own entry answered at least this surely, by a keyword of its
/// question, is not bent back to an entry the last answer pointed to by a
/// referring word alone.
const SURE_OWN_SCORE: f64 = 0.6;

/// A candidate at least this sure was named by a keyword of the message
/// (one context word alone scores 0.295, two 0.50).
const NAMED_SCORE: f64 = 0.6;

/// How much weaker than the message's own topic an entry the last answer
/// pointed to may be and still be the better reading of a follow-up.
const POINTER_MARGIN: f64 = 0.3;

/// The entry for the country a follow-up names ("und in Dänemark?", "hvor
/// meget får man i Tyskland?") among those the last answer pointed to (its
/// related entries and its other side), when the last answer was about the
/// other country or about both, and the message asks nothing else of its own.
fn country_follow_up(
    kb: &Kb,
    text: &str,
    m: &Match,
    last: &str,
    own: Option<&str>,
    reading: &Reading,
    have: Option<Direction>,
) -> Option<EntryId> {
    // Cues, the country and at most one word more ("og den danske børnecheck?").
    let mut allowed = if reading.parts.is_empty() { 2 } else { 3 };
    let mut named = kb.countries_named(text);
    let supposes = kb.cues.supposes(text);
    // "und wenn ich in Deutschland arbeite?": the country of the place
    // supposed (the supposing word and the verb are allowed besides).
    if named.is_empty() && supposes {
        named.extend(m.situation.works.or(m.situation.lives));
        allowed += 2;
    }
    if reading.rest > allowed {
        return None;
    }
    let [country] = named.as_slice() else { return None };
    let e = kb.entry(last)?;
    if e.country == Some(*country) {
        return None;
    }
    let mut family: Vec<&str> = e.related.iter().map(|r| r.value.as_str()).collect();
    family.extend(e.other_side.as_ref().map(|o| o.value.as_str()));
    if own.is_some_and(|o| o != last && !family.contains(&o)) {
        return None;
    }
    // Not an entry for the other direction than the commuter's ("und muss ich
    // das in Deutschland auch angeben?" from Flensburg, working in Padborg, is
    // no question for those living in Denmark), unless the message supposes
    // another situation.
    let fits = |x: &Entry| supposes || have.is_none() || x.direction.is_none() || x.direction == have;
    let mut fitting: Vec<&str> =
        family.into_iter().filter(|id| kb.entry(id).is_some_and(|x| x.country == Some(*country) && fits(x))).collect();
    // A topic of the message's own among them keeps its area: "wo bin ich
    // versichert, wenn ich in Dänemark arbeite?" after the self-employed
    // answer is no Danish tax entry it pointed to.
    if let Some(area) = own.filter(|o| *o != last).and_then(|o| kb.entry(o)).map(|o| &o.area) {
        fitting.retain(|id| kb.entry(id).is_some_and(|x| &x.area == area));
    }
    // The other side is often among the related entries too.
    fitting.sort_unstable();
    fitting.dedup();
    match fitting.as_slice() {
        [only] => Some(EntryId::from(*only)),
        _ => None,
    }
}

/// A typed reply that repeats most of a button's words ("hvilket land
/// betaler?" right after the button "Hvilket land betaler børnepenge?"): the
/// entry of that button, among the choices just shown and the last answer's
/// related entries.
fn button_named(kb: &Kb, s: &Session, reading: &Reading, lang: Lang) -> Option<EntryId> {
    let words: Vec<&String> = reading.rest_words.iter().chain(&reading.area_words).collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let mut shown: Vec<EntryId> = s.pending.clone();
    if let Some(e) = s.last_entry.as_deref().and_then(|l| kb.entry(l)) {
        shown.extend(e.related.iter().take(3).map(|r| r.value.clone()));
    }
    let mut best: Option<(usize, &EntryId)> = None;
    let mut tie = false;
    for id in &shown {
        let title = kb.cues.read(&kb.title(id, lang));
        let label: Vec<&String> = title.rest_words.iter().chain(&title.area_words).collect();
        let n = words.iter().filter(|w| label.iter().any(|l| same_stem(w, l))).count();
        match best {
            Some((b, _)) if n == b => tie = true,
            Some((b, _)) if n < b => {}
            _ => {
                best = Some((n, id));
                tie = false;
            }
        }
    }
    match best {
        // Most of what the message says of its own, and more than one word.
        Some((n, id)) if !tie && n * 2 > words.len() && n >= 2 => Some(id.clone()),
        _ => None,
    }
}

/// Two folded words with the same stem: "betaler" / "betal", "Dagpenge" / "dagpenge".
fn same_stem(a: &str, b: &str) -> bool {
    // All but the last two letters, at least four: "betaler" -> "betal";
    // compounds stay apart ("steuerkarte" is no "steuererklarung").
    let stem = |w: &str| -> String {
        let n = w.chars().count();
        w.chars().take(n.saturating_sub(2).max(n.min(4))).collect()
    };
    a.starts_with(stem(b).as_str()) || b.starts_with(stem(a).as_str())
}

/// The message goes on from what was said: it starts with one of
/// `continuers` ("og", "und", "aber" ...: `grammar.continuers` of the languages).
fn goes_on(text: &str, continuers: &[String]) -> bool {
    // Only the first word matters: when it is ASCII letters followed by an
    // ASCII space (or nothing), it folds by itself to the message's first
    // token, and the rest of the message need not be folded.
    let start = text.len() - text.trim_start().len();
    let rest = &text.as_bytes()[start..];
    let len = rest.iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(rest.len());
    if len > 0
        && start + len < crate::text::MAX_MATCH_CHARS
        && rest.get(len).is_none_or(u8::is_ascii_whitespace)
        && text.as_bytes()[..start].iter().all(u8::is_ascii_whitespace)
    {
        let first = crate::text::fold(&text[start..start + len]);
        return continuers.contains(&first);
    }
    goes_on_folded(text, continuers)
}

/// [`goes_on`] the long way: the whole message folded.
fn goes_on_folded(text: &str, continuers: &[String]) -> bool {
    let folded = crate::text::fold(text);
    let first = crate::text::tokens(&folded).next().is_some_and(|w| continuers.iter().any(|c| c == w));
    first
}

/// Every word the message says of its own (at most two) is in the last
/// answer's text: "und mit Kind?" after "mit Kind 67 %".
fn echoes_answer(kb: &Kb, text: &str, last: &str, service_own: bool, lang: Lang, reading: &Reading) -> bool {
    // A word naming an area counts only after "und", "og", "aber" ...: "und mit
    // Kind?" goes on; "arbeitslos" alone is a new topic even if the last answer used it.
    let goes_on = goes_on(text, &kb.languages.grammar.continuers);
    // Nor when the last answer pointed to an entry of that area ("og pension?"
    // after the tax treaty: its pension entry, chosen by the broad question).
    let points_there = kb
        .entry(last)
        .is_some_and(|e| e.related.iter().any(|r| kb.entry(&r.value).is_some_and(|x| reading.areas.contains(&x.area))));
    let area_words: &[String] = if goes_on && !points_there { &reading.area_words } else { &[] };
    let own: Vec<&String> = reading.rest_words.iter().chain(area_words).collect();
    if own.is_empty() || own.len() > 2 {
        return false;
    }
    let Some(answer) = kb.render(last, lang) else { return false };
    let folded = crate::text::fold(&answer);
    let words: Vec<&str> = crate::text::tokens(&folded).collect();
    let echoed = |w: &&String| stem_in(w, &words);
    // Against a service answer ("Termin" also names the office's appointments)
    // one word of the last answer is enough; otherwise every word must be there.
    if service_own {
        own.iter().any(echoed)
    } else {
        own.iter().all(echoed)
    }
}

/// A word's stem, found alone or inside a compound ("Termin" in "Terminbuchung") among `words`.
fn stem_in<T: AsRef<str>>(w: &str, words: &[T]) -> bool {
    let n = w.chars().count();
    let stem: String = w.chars().take(n.saturating_sub(1).clamp(n.min(4), 6)).collect();
    stem.chars().count() >= 3 && words.iter().any(|t| t.as_ref().contains(stem.as_str()))
}

/// The words of entry `last`'s answer as rendered in `lang`, folded.
fn answer_words(kb: &Kb, last: &str, lang: Lang) -> Option<Vec<String>> {
    let folded = crate::text::fold(&kb.render(last, lang)?);
    Some(crate::text::tokens(&folded).map(str::to_string).collect())
}

/// The message read with the conversation as its background; an answer
/// only when that makes the matcher confident.
fn in_context(kb: &Kb, s: &Session, text: &str, alone: &Match, reading: &Reading, lang: Lang) -> Option<Outcome> {
    if reading.rest == 0 {
        return None;
    }
    let mut background: Vec<String> = Vec::new();
    if let Some(last) = s.last_entry.as_deref().filter(|id| kb.entry(id).is_some()) {
        background.push(kb.title(last, lang));
    }
    if background.is_empty() {
        return None;
    }
    let m = kb.find_in_context(text, &background.join(". "), Some(lang), s.direction());
    // The background decides between entries; it never brings back the last
    // answer on its own title alone, nor when the message by itself does not
    // point at it ("kennst du einen guten Zahnarzt?" after sick pay: "arzt").
    let id = own_topic(kb, &m).filter(|id| {
        s.last_entry.as_deref() != Some(id.as_str())
            || (m.candidates.first().is_some_and(|c| c.in_question) && alone.candidates.iter().any(|c| c.entry == *id))
    })?;
    Some(match reading.parts.iter().find(|p| kb.part(&id, lang, p).is_some()) {
        Some(part) if s.last_entry.as_deref() == Some(id.as_str()) => {
            answer_part(kb, s.clone(), &id, &part.clone(), lang)
        }
        _ => answer(kb, s.clone(), &id, lang),
    })
}

/// The entry a message names by itself: a confident answer that is no small talk.
fn own_topic(kb: &Kb, m: &Match) -> Option<EntryId> {
    match (m.decision, &m.entry) {
        (Decision::Answer, Some(id)) if kb.entry(id).is_some_and(|e| !e.is_smalltalk()) => Some(id.clone()),
        _ => None,
    }
}

/// A message read in the context of the last answer `last`: the part asked
/// for, the last answer again, or the one of the matcher's choices that the
/// last answer or the buttons just shown pointed to. `None` when the
/// context does not decide it.
#[allow(clippy::too_many_arguments)]
fn follow_up(
    kb: &Kb,
    s: &Session,
    text: &str,
    last: &str,
    m: &Match,
    reading: &Reading,
    names_nothing: bool,
    lang: Lang,
) -> Option<Outcome> {
    let mut near_set: Vec<EntryId> = kb.entry(last)?.related.iter().map(|r| r.value.clone()).collect();
    near_set.push(EntryId::new(last));
    near_set.extend(s.pending.iter().cloned());
    let with_part = |id: &str| answer_asked(kb, s.clone(), id, reading, lang);
    // The matcher hesitates between entries and one of them is the last
    // answer, one it offered as a button, or a choice just shown: that one.
    if m.decision == Decision::Choices {
        let near: Vec<&EntryId> = m.options.iter().filter(|o| near_set.contains(o)).collect();
        if let [only] = near.as_slice() {
            return Some(with_part(only));
        }
    }
    if !names_nothing && reading.rest > 0 {
        return None;
    }
    // "og min kone? hun arbejder i Sønderborg" after the Elterngeld: the partner's entry.
    if let Some(id) = partner_follow_up(kb, s, text, last, reading, lang) {
        return Some(with_part(&id));
    }
    // "und wo ist er krankenversichert?" after the pension's tax: a part
    // asked of another area the last answer pointed to is that entry's.
    let last_area = kb.entry(last).map(|e| e.area.as_str());
    if !reading.areas.is_empty() && !reading.areas.iter().any(|a| Some(a.as_str()) == last_area) {
        if let [pointed] = pointed_in_area(kb, s, &near_entries(kb, s), reading, lang).as_slice() {
            return Some(with_part(pointed));
        }
    }
    if asks_of_its_own(kb, s, text, last, reading, lang) {
        return None;
    }
    // "hvor meget får vi i børnepenge?" after the parental leave: a part of
    // what the area word names, not of the last answer.
    let area_elsewhere = reading.areas.iter().any(|a| Some(a.as_str()) == last_area) && others_in_area(kb, m, last);
    if (!reading.parts.is_empty() || reading.again || reading.partner) && !area_elsewhere {
        return Some(with_part(last));
    }
    // "muss ich das haben?", "hvor finder jeg det?": short, pointing back;
    // "kan jeg selv vælge?", "hvor mange timer skal jeg arbejde?": a short
    // question that names no topic of its own goes on with the last one.
    // A context word alone ("ausgezahlt") names no topic, unless the matcher
    // thought it enough to offer its entry ("Fahrt absetzen").
    let weak = |c: &crate::knowledge::Candidate| c.score < 0.25 || (!c.in_question && m.decision != Decision::Choices);
    let short_question = reading.words <= 8 && reading.question && m.candidates.iter().all(weak);
    if names_nothing
        && (reading.refers || reading.words <= 3 || short_question)
        && !reading.offtopic
        // "Ich wohne in Flensburg und arbeite in Padborg." is a situation to
        // note; "ich arbeite aber in Flensburg, ist das ein Problem?" asks about the last answer.
        && (m.situation.is_empty() || (reading.question && reading.refers))
        && !about_something_else(kb, text, last, reading, lang)
        && !area_elsewhere
    {
        return Some(with_part(last));
    }
    None
}

/// The best candidate of a message that supposes something ("og hvis ..."),
/// when it was named in the question and scores above `near`, the entry of
/// the last answer: the new fact's entry.
fn supposed_beyond(kb: &Kb, text: &str, m: &Match, near: &str) -> Option<EntryId> {
    if m.decision != Decision::Choices || !kb.cues.supposes(text) {
        return None;
    }
    // The matcher hesitates between the last answer and the new fact's entry.
    if !m.options.iter().any(|o| o == near) {
        return None;
    }
    let best = m.candidates.first().filter(|c| c.entry != *near && c.in_question)?;
    let near_score = m.candidates.iter().find(|c| c.entry == *near).map_or(0.0, |c| c.score);
    (best.score > near_score && best.score >= NAMED_SCORE).then(|| best.entry.clone())
}

/// A part asked of something of the message's own, not of the last answer
/// `last` (see [`follow_up`]).
fn asks_of_its_own(kb: &Kb, s: &Session, text: &str, last: &str, reading: &Reading, lang: Lang) -> bool {
    // "hvad koster en karton smøger?" after what the bot can do: a part the
    // last answer does not have, asked of things of its own and not going on
    // ("und wie lange vorher ...?"), is no follow-up; nor one asked with a
    // word the base never uses and none the last answer used ("wie hoch ist
    // die Hundesteuer in Schleswig?" after Kindergeld, as a short question).
    let asks_own = !reading.parts.is_empty()
        && reading.rest >= 2
        && !reading.again
        && !reading.partner
        && !goes_on(text, &kb.languages.grammar.continuers);
    // A part an entry the last answer points to is titled with ("muss ich das
    // in Dänemark extra beantragen?" after the pension age: applying) is a
    // part of the last answer's thread, not of something of its own.
    let part_of_own = asks_own
        && reading.parts.iter().all(|p| kb.part(last, lang, p).is_none())
        && related_for_part(kb, last, reading, lang).is_none()
        && !(reading.refers && thread_for_part(kb, s, last, reading, lang).is_some());
    part_of_own || (asks_own && about_something_else(kb, text, last, reading, lang))
}

/// A follow-up about the partner: the last answer's entry for the country
/// the partner works in ([`partner_counterpart`]), else ("og min kone? hun
/// arbejder ikke" after the yellow card) the related entry that the question
/// read with the last topic leads to. A part the last answer has ("hvor
/// søger han?") is that answer's part: `None`.
fn partner_follow_up(kb: &Kb, s: &Session, text: &str, last: &str, reading: &Reading, lang: Lang) -> Option<EntryId> {
    if !reading.partner {
        return None;
    }
    if let Some(other) = partner_counterpart(kb, s, text, last) {
        return Some(other);
    }
    let asks_part_of_last = reading.parts.iter().any(|p| kb.part(last, lang, p).is_some());
    if reading.rest == 0 || asks_part_of_last {
        return None;
    }
    pointed_in_context(kb, s, text, last, last, false, lang)
}

/// "og hun? hun er ansat i Netto i Gråsten" after the Elterngeld answer: the
/// last answer explains one country's rules (`country_rules`) and the partner
/// works in the other; the related entry of the same area with that country's
/// rules is the partner's. The partner's job told in the message counts even
/// when the message supposes something ("min mand arbejder i Flensborg – hvad
/// får han, hvis han tager orlov?" keeps no situation).
fn partner_counterpart(kb: &Kb, s: &Session, text: &str, last: &str) -> Option<EntryId> {
    let works = kb.situation(text).partner_works.or(s.situation.partner_works)?;
    counterpart_in(kb, last, works)
}

/// The commuter's own counterpart of the last answer, about the partner:
/// that entry for the country the commuter works in (told now or before).
fn own_counterpart(kb: &Kb, s: &Session, text: &str) -> Option<EntryId> {
    let works = kb.situation(text).works.or(s.situation.works)?;
    counterpart_in(kb, s.last_entry.as_deref()?, works)
}

/// The related entry of the same area with the rules of `country`, when
/// `last` explains another country's rules (`country_rules`).
fn counterpart_in(kb: &Kb, last: &str, country: Country) -> Option<EntryId> {
    let e = kb.entry(last)?;
    e.country.filter(|&c| e.country_rules && c != country)?;
    e.related
        .iter()
        .map(|r| &r.value)
        .find(|r| kb.entry(r).is_some_and(|x| x.area == e.area && x.country_rules && x.country == Some(country)))
        .cloned()
}

/// "kender I en god vuggestue i Aabenraa?" right after the parental-leave
/// answer: a short question with a word the base never uses ("vuggestue";
/// filler words aside) and none the last answer used is about something
/// else, however much it asks like a follow-up. Not when it goes on ("und
/// nächstes Jahr?") or points back ("wo reiche ich das ein?").
fn about_something_else(kb: &Kb, text: &str, last: &str, reading: &Reading, lang: Lang) -> bool {
    if reading.refers || goes_on(text, &kb.languages.grammar.continuers) {
        return false;
    }
    let filler = |w: &str| kb.languages.list.values().any(|l| l.fillers.iter().any(|f| f == w));
    let unknown = reading.rest_words.iter().any(|w| w.chars().count() >= 4 && !filler(w) && !kb.knows_word(w));
    unknown && !answer_words(kb, last, lang).is_some_and(|words| reading.rest_words.iter().any(|w| stem_in(w, &words)))
}

/// The fixed English reply: the bot answers in Danish and German; the
/// language buttons and the topics it would offer.
fn english(kb: &Kb, mut s: Session, m: &Match, lang: Lang) -> Outcome {
    let mut options: Vec<EntryId> = m.entry.iter().chain(&m.options).cloned().collect();
    options.retain(|id| kb.entry(id).is_some_and(|e| !e.is_smalltalk()));
    options.truncate(MAX_OPTIONS);
    let mut buttons = vec![language_buttons(kb)];
    buttons
        .extend(options.iter().map(|id| vec![Button { label: kb.title(id, lang), action: Action::Entry(id.clone()) }]));
    s.pending = options.clone();
    let reply = Reply { title: None, text: kb.texts.ui(lang, "english"), buttons };
    // Written in English is no unanswered question for the advisors' inbox.
    let event = if options.is_empty() { Event::Command } else { Event::Offered { options, lang } };
    outcome_in(s, vec![reply], event, lang)
}

/// A message of at most this many words that names an area and tells no
/// situation of its own: read as a follow-up to the last answer.
const SHORT_FOLLOW_UP_WORDS: usize = 6;

fn is_short_follow_up(m: &Match, reading: &Reading) -> bool {
    !reading.areas.is_empty()
        && reading.words <= SHORT_FOLLOW_UP_WORDS
        && m.situation.is_empty()
        && m.question.is_none()
}

/// A question ("du forstår mig ikke?") says the last answer missed only when
/// it is this short; a longer one asks something ("har jeg misforstået noget
/// med skattekortet?").
const MISSED_QUESTION_WORDS: usize = 5;

/// A complaint about the bot is at most this long; a longer message with
/// such a word tells a story ("mein Chef ist nutzlos, er hat ...").
const COMPLAINT_WORDS: usize = 8;

/// A message leans to an entry with at least this score (one context word: `1 - e^-0.35`).
const LEANS: f64 = 0.2;

/// A "gælder det også ...?" follow-up of at most this many words asks about
/// the last answer; a longer one tells a case of its own.
const APPLIES_WORDS: usize = 12;
/// At most so many words in a follow-up that names only family members ("og hvad med mine børn?").
const FAMILY_WORDS: usize = 5;

/// Most buttons offered for one message.
const MAX_OPTIONS: usize = 4;

/// A broad question ("Steuer?", "pension"): the area's entries, the ones the
/// matcher saw first, then the area's most asked, ordered by the situation.
fn area_choices(kb: &Kb, s: Session, m: &Match, areas: &[String], lang: Lang, intro: &str) -> Outcome {
    let mut ids: Vec<EntryId> = Vec::new();
    let in_areas = |id: &str| kb.entry(id).is_some_and(|e| areas.contains(&e.area));
    for c in &m.candidates {
        if in_areas(&c.entry) && !ids.contains(&c.entry) {
            ids.push(c.entry.clone());
        }
    }
    for area in areas {
        for id in kb.cues.popular(area) {
            if kb.entry(id).is_some() && !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    for e in &kb.entries {
        if areas.contains(&e.area) && !ids.contains(&e.id) {
            ids.push(e.id.clone());
        }
    }
    let mut ids = order_by_situation(kb, &s, ids);
    ids.truncate(AREA_CHOICES);
    choices(kb, s, ids, lang, intro)
}

/// Entries for the commuter's side first; entries for the other side last.
fn order_by_situation(kb: &Kb, s: &Session, ids: Vec<EntryId>) -> Vec<EntryId> {
    let Some(dir) = s.direction() else { return ids };
    let rank = |id: &EntryId| match kb.entry(id).and_then(|e| e.direction) {
        Some(d) if d == dir => 0,
        None => 1,
        Some(_) => 2,
    };
    let mut ranked: Vec<(usize, EntryId)> = ids.into_iter().enumerate().collect();
    ranked.sort_by_key(|(i, id)| (rank(id), *i));
    ranked.into_iter().map(|(_, id)| id).collect()
}

/// A situation told without a question: said back, and what others in that
/// situation ask most.
fn situation_topics(kb: &Kb, s: Session, lang: Lang) -> Outcome {
    let key = match s.direction() {
        Some(d) => d.code().to_string(),
        None => "other".to_string(),
    };
    let ids: Vec<EntryId> =
        kb.cues.situation_topics(&key).iter().filter(|id| kb.entry(id).is_some()).take(5).cloned().collect();
    let mut out = choices(kb, s, ids, lang, "situation-topics");
    // Telling one's situation is no unanswered question.
    out.event = Event::Command;
    out
}

/// `entries` are led by one of no country or direction of its own (the one
/// that says which country pays: "family.child-benefit-priority"), and the
/// rest are its area's entries of one country or side each.
fn general_over_countries(kb: &Kb, entries: &[EntryId]) -> bool {
    let Some(first) = entries.first().and_then(|id| kb.entry(id)) else { return false };
    let rest: Vec<_> = entries[1..].iter().filter_map(|id| kb.entry(id)).collect();
    first.country.is_none()
        && first.direction.is_none()
        && !first.is_smalltalk()
        && first.area != "service"
        && rest.len() + 1 == entries.len()
        && rest.iter().any(|e| e.country.is_some())
        && rest.iter().all(|e| e.area == first.area && (e.country.is_some() || e.direction.is_some()))
}

/// The country whose rules entry `id` explains (`country`), if it has one.
fn country_of(kb: &Kb, id: &str) -> Option<Country> {
    kb.entry(id).and_then(|e| e.country)
}

/// The entry that answers `id`'s question given what the commuter told
/// before: a job moved across the border, a status (retired, posted).
fn told_before<'a>(kb: &'a Kb, s: &Session, id: &'a str) -> &'a str {
    on_new_side(kb, s, for_status(kb, s, job_moved(kb, s, id)))
}

/// "Ich habe mich vertan, ich wohne in Sønderborg und arbeite in Flensburg.
/// Was gilt dann?": in the message that moved the side of the border, an
/// entry for the old side is that question's entry for the new one (its `other_side`).
fn on_new_side<'a>(kb: &'a Kb, s: &Session, id: &'a str) -> &'a str {
    let side = s.direction();
    let Some(e) = kb.entry(id).filter(|e| s.side_changed && e.direction.is_some_and(|d| Some(d) != side)) else {
        return id;
    };
    match e.other_side.as_ref().map(|o| o.value.as_str()) {
        Some(other) if kb.entry(other).and_then(|o| o.direction) == side => other,
        _ => id,
    }
}

/// "Wie bin ich jetzt krankenversichert?" from a commuter who told they
/// have retired: the retiree's entry (`[status.<name>] entries` in
/// dialogue.toml), the statuses of this message first.
fn for_status<'a>(kb: &'a Kb, s: &Session, id: &'a str) -> &'a str {
    s.statuses_asked
        .iter()
        .chain(&s.statuses)
        .find_map(|status| kb.cues.for_status(status, id))
        .filter(|better| kb.entry(better).is_some())
        .unwrap_or(id)
}

/// The entry that answers `id`'s question for a commuter whose job moved
/// across the border (`job_moved` in dialogue.toml), when `id` is the
/// country left behind's ("Feriepenge" after Padborg -> Flensburg; the
/// holiday of the new job stays), else `id`.
fn job_moved<'a>(kb: &'a Kb, s: &Session, id: &'a str) -> &'a str {
    let left = s.moved_from.filter(|&c| Some(c) != s.situation.works);
    // A place named decides which job is asked about: "feriedage fra
    // Flensborg" is the job left, "Urlaubstage in Husum" the new one.
    let moved = left.is_some()
        && match s.place_asked {
            Some(place) => Some(place) == left,
            None => country_of(kb, id) == left,
        };
    match kb.cues.job_moved(id).filter(|_| moved) {
        Some(move_entry) if kb.entry(move_entry).is_some() => move_entry,
        _ => id,
    }
}

fn choices(kb: &Kb, mut s: Session, options: Vec<EntryId>, lang: Lang, intro: &str) -> Outcome {
    if options.is_empty() {
        return fallback(kb, s, lang);
    }
    // The holiday entries of each country are one choice after a job moved.
    let several = options.len() > 1;
    let mut options: Vec<EntryId> = options.iter().map(|id| EntryId::new(told_before(kb, &s, id))).collect();
    let mut seen = std::collections::HashSet::new();
    options.retain(|id| seen.insert(id.clone()));
    // Choices that all were that one entry: nothing left to ask.
    if let [only] = options.as_slice() {
        if several {
            return answer(kb, s, only, lang);
        }
    }
    s.pending = options.clone();
    s.last_lang = Some(lang);
    let buttons = options
        .iter()
        .map(|id| vec![Button { label: kb.title(id, lang), action: Action::Entry(id.clone()) }])
        .chain(std::iter::once(vec![advisor_button(kb, lang)]))
        .collect();
    let reply = Reply { title: None, text: kb.texts.ui(lang, intro), buttons };
    outcome_in(s, vec![reply], Event::Offered { options, lang }, lang)
}

fn fallback(kb: &Kb, s: Session, lang: Lang) -> Outcome {
    decline(kb, s, lang, "fallback")
}

/// "du bor i Tyskland og arbejder i Danmark; din partner arbejder i Tyskland".
fn describe_situation(kb: &Kb, lang: Lang, s: &Situation) -> String {
    let mut parts = Vec::new();
    let code = |c: Country| c.code();
    if let Some(c) = s.lives {
        parts.push(kb.texts.ui(lang, &format!("situation-lives-{}", code(c))));
    }
    if let Some(c) = s.works {
        let works = kb.texts.ui(lang, &format!("situation-works-{}", code(c)));
        parts.push(if s.lives.is_none() { format!("{} {works}", kb.texts.ui(lang, "situation-you")) } else { works });
    }
    let mut text = parts.join(&format!(" {} ", kb.texts.ui(lang, "situation-and")));
    if let Some(c) = s.partner_works {
        if !text.is_empty() {
            text.push_str("; ");
        }
        text.push_str(&kb.texts.ui(lang, &format!("situation-partner-{}", code(c))));
    }
    text
}

/// One part of an entry's answer, with a button for the whole answer.
fn answer_part(kb: &Kb, mut s: Session, id: &str, part: &str, lang: Lang) -> Outcome {
    let Some(text) = kb.part(id, lang, part) else { return answer(kb, s, id, lang) };
    let mut buttons =
        vec![vec![Button { label: kb.texts.ui(lang, "button-whole-answer"), action: Action::Entry(id.into()) }]];
    buttons.push(vec![
        Button {
            label: kb.texts.ui(kb.languages.other(lang), "button-other-language"),
            action: Action::EntryIn(id.into(), kb.languages.other(lang)),
        },
        advisor_button(kb, lang),
    ]);
    follow_thread(kb, &mut s, id);
    s.last_entry = Some(EntryId::new(id));
    s.last_part = Some(part.to_string());
    s.last_lang = Some(lang);
    s.pending.clear();
    s.rated = None;
    let reply = Reply { title: Some(kb.title(id, lang)), text, buttons };
    outcome_in(s, vec![reply], Event::Answered { entry: EntryId::new(id), lang, settled: false }, lang)
}

/// Before `id` becomes the last answer: the last answer stays the thread
/// when `id` is one of its related entries; another answer of the same
/// entry keeps the thread; any other answer ends it.
fn follow_thread(kb: &Kb, s: &mut Session, id: &str) {
    let Some(last) = s.last_entry.as_deref() else {
        s.thread = None;
        return;
    };
    if last == id {
        return;
    }
    let pointed = kb.entry(last).is_some_and(|e| e.related.iter().any(|r| r.value == id));
    s.thread = pointed.then(|| EntryId::new(last));
}

/// Every one of `ids` in turn ("begge dele" after two choices): the event
/// and the language are the first answer's, the session the last's.
fn answer_all(kb: &Kb, s: Session, ids: &[EntryId], lang: Lang) -> Outcome {
    let Some((first, rest)) = ids.split_first() else { return fallback(kb, s, lang) };
    let mut out = answer(kb, s, first, lang);
    for id in rest {
        let next = answer(kb, out.session, id, lang);
        out.replies.extend(next.replies);
        out.session = next.session;
    }
    out
}

fn answer(kb: &Kb, mut s: Session, id: &str, lang: Lang) -> Outcome {
    let id = for_status(kb, &s, id);
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
            let label = kb.related_label(&r.value, lang);
            vec![Button { label, action: Action::Entry(r.value.clone()) }]
        })
        .collect();
    if !entry.is_smalltalk() {
        buttons.push(vec![
            Button {
                label: kb.texts.ui(kb.languages.other(lang), "button-other-language"),
                action: Action::EntryIn(EntryId::new(id), kb.languages.other(lang)),
            },
            advisor_button(kb, lang),
        ]);
        buttons.push(vec![
            Button { label: "👍".into(), action: Action::Feedback(EntryId::new(id), true) },
            Button { label: "👎".into(), action: Action::Feedback(EntryId::new(id), false) },
        ]);
    }
    // Small talk is no topic to follow up on: the last topic stays.
    if !entry.is_smalltalk() {
        follow_thread(kb, &mut s, id);
        s.last_entry = Some(EntryId::new(id));
        s.last_part = None;
    }
    s.last_lang = Some(lang);
    s.pending.clear();
    // A new answer may be rated again.
    s.rated = None;
    let title = (!entry.is_smalltalk()).then(|| kb.title(id, lang));
    let reply = Reply { title, text, buttons };
    outcome(s, vec![reply], Event::Answered { entry: EntryId::new(id), lang, settled: false })
}

fn on_action(kb: &Kb, mut s: Session, action: Action, hint: Option<Lang>) -> Outcome {
    let lang = s.reply_lang(kb, hint);
    match action {
        Action::Entry(id) if kb.entry(&id).is_some() => answer(kb, s, &id, lang),
        // A language the base does not speak (an old button): the chat's.
        Action::EntryIn(id, l) if kb.entry(&id).is_some() => {
            answer(kb, s, &id, if kb.languages.contains(l) { l } else { lang })
        }
        Action::SetLang(l) if kb.languages.contains(l) => {
            s.lang = Some(l);
            s.last_lang = Some(l);
            let mut replies = vec![plain(kb.texts.ui(l, "language-set"))];
            replies.push(welcome(kb, l));
            outcome(s, replies, Event::Command)
        }
        Action::SetProfile(p) => {
            s.profile = Some(p);
            s.situation = match p {
                Profile::DeDk => Situation { lives: Some(Country::De), works: Some(Country::Dk), ..s.situation },
                Profile::DkDe => Situation { lives: Some(Country::Dk), works: Some(Country::De), ..s.situation },
                Profile::Other => Situation { lives: None, works: None, ..s.situation },
            };
            let key = format!("profile-{}", profile_code(p));
            let text = kb.texts.ui_with(lang, "profile-set", &[("profile", kb.texts.ui(lang, &key))]);
            outcome(s, vec![plain(text)], Event::Command)
        }
        Action::Advisor => advisor(kb, s, lang),
        Action::Feedback(id, up) => {
            let reply = plain(kb.texts.ui(lang, "feedback-thanks"));
            // Callback data can be forged: only the entry this chat was last
            // answered with counts, once per answer.
            if kb.entry(&id).is_none()
                || s.last_entry.as_deref() != Some(id.as_str())
                || s.rated.as_deref() == Some(id.as_str())
            {
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
        Action::SetLang(_) => outcome(s, vec![language_question(kb)], Event::Command),
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
    let lang = s.reply_lang(kb, hint);
    // The words are the locales' (`commands.ftl`); the jobs are the code's.
    match kb.command_job(&name) {
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
        "help" => outcome(s, vec![plain(kb.texts.ui(lang, "help"))], Event::Command),
        "language" => match kb.languages.named(&arg) {
            Some(l) => on_action(kb, s, Action::SetLang(l), hint),
            None => outcome(s, vec![language_question(kb)], Event::Command),
        },
        "profile" => match parse_profile(&arg).or_else(|| {
            let other = kb.command_words("profile", "other");
            other.contains(&arg.to_lowercase()).then_some(Profile::Other)
        }) {
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
        "contact" => {
            if kb.entry("service.contact-hours").is_some() {
                answer(kb, s, "service.contact-hours", lang)
            } else {
                advisor(kb, s, lang)
            }
        }
        "privacy" => {
            if kb.entry("service.privacy").is_some() {
                answer(kb, s, "service.privacy", lang)
            } else {
                outcome(s, vec![plain(kb.texts.ui(lang, "help"))], Event::Command)
            }
        }
        "forget" => {
            let mut out =
                outcome_in(Session::default(), vec![plain(kb.texts.ui(lang, "forgotten"))], Event::Command, lang);
            out.forget = true;
            out
        }
        _ => outcome(s, vec![plain(kb.texts.ui(lang, "unknown-command"))], Event::Command),
    }
}

/// "Vælg sprog:" in every language, a line each, and a button per language.
fn language_question(kb: &Kb) -> Reply {
    let text = kb.languages.all().map(|l| kb.texts.ui(l, "language-ask")).collect::<Vec<_>>().join("\n");
    Reply { title: None, text, buttons: vec![language_buttons(kb)] }
}

/// One row: a button per language, labelled with its own name ("Dansk", "Deutsch").
fn language_buttons(kb: &Kb) -> Vec<Button> {
    kb.languages.list.values().map(|l| Button { label: l.name.clone(), action: Action::SetLang(l.lang) }).collect()
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
    let lang = match &event {
        Event::Answered { lang, .. } | Event::Offered { lang, .. } | Event::FellBack { lang } => Some(*lang),
        _ => None,
    };
    // No language yet: [`handle`] puts the base's first in.
    let lang = lang.or(session.last_lang).or(session.lang).unwrap_or(Lang::UNDETERMINED);
    Outcome { session, replies, forget: false, event, matched: None, lang }
}

fn outcome_in(session: Session, replies: Vec<Reply>, event: Event, lang: Lang) -> Outcome {
    Outcome { session, replies, forget: false, event, matched: None, lang }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_stored_with_plain_entry_ids_loads_and_is_written_the_same() {
        let stored = r#"{"lang":"da","profile":null,"last_entry":"tax.a","last_lang":"de","pending":["tax.b","tax.c"],"rated":"tax.a","thread":"tax.d"}"#;
        let s: Session = serde_json::from_str(stored).unwrap();
        assert_eq!(
            (s.last_entry.as_deref(), s.rated.as_deref(), s.thread.as_deref()),
            (Some("tax.a"), Some("tax.a"), Some("tax.d"))
        );
        assert_eq!(s.pending, [EntryId::from("tax.b"), EntryId::from("tax.c")]);
        assert_eq!(serde_json::to_string(&s).unwrap(), stored);
    }

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
        // Any language code decodes; whether the base speaks it is the dialogue's to say.
        assert_eq!(Action::decode("t:x:tax.x"), None);
        assert_eq!(Action::decode("l:fr"), Lang::from_code("fr").map(Action::SetLang));
        assert_eq!(Action::decode(""), None);
    }

    proptest::proptest! {
        #[test]
        fn goes_on_reads_the_first_word_as_the_whole_fold_does(
            s in "[ \t\naAeEgGoOuUnNdDbBrRsSlLmM,.!?'æøåäöüß\u{a0}\u{301}-]{0,24}"
        ) {
            let c = &crate::knowledge::languages::shipped_grammar().continuers;
            proptest::prop_assert_eq!(goes_on(&s, c), goes_on_folded(&s, c));
        }
    }

    #[test]
    fn goes_on_takes_the_first_word_only() {
        let c = &crate::knowledge::languages::shipped_grammar().continuers;
        for (text, on) in [
            ("og hvad så?", true),
            ("Und wie viel?", true),
            ("  aber  ", true),
            ("aber,", true),
            ("Også", false),
            ("ogsaa det", false),
            ("\u{a0}og hvad", true),
            ("skat og pension", false),
            ("og\u{301} x", true),
            ("", false),
        ] {
            assert_eq!(goes_on(text, c), on, "{text:?}");
            assert_eq!(goes_on_folded(text, c), on, "{text:?}");
        }
    }

    #[test]
    fn commands_lose_the_bot_name_and_keep_the_argument() {
        assert_eq!(parse_command("sprog@pendler_bot da"), ("sprog".into(), "da".into()));
        assert_eq!(parse_command("START"), ("start".into(), "".into()));
    }
}
