//! A fake Telegram Bot API on 127.0.0.1:0: a minimal HTTP/1.1 server that
//! queues updates, honours `offset`/`limit`/`timeout` of getUpdates like
//! Telegram (an update stays until a later `offset` confirms it), and
//! records every call. It lives in the test process, so it keeps its state
//! while the bot restarts or is killed.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

use super::wire::read_request;

pub const USERNAME: &str = "pendler_bot";

/// One request the bot made. `done` is false for a send the fake held
/// without answering.
#[derive(Clone, Debug)]
pub struct Call {
    pub method: String,
    pub body: Value,
    pub at: Instant,
    pub done: bool,
}

#[derive(Default)]
struct State {
    queue: Vec<Value>,
    next_update: u32,
    next_message: i64,
    calls: Vec<Call>,
    /// Highest `offset` the bot sent: updates below it are confirmed.
    confirmed: i64,
    /// Do not answer sendMessage (the bot is to be killed meanwhile).
    hold_sends: bool,
    /// Answer this many sendMessage calls with 429, retry after 1 s.
    too_many: u32,
    /// Answer sendMessage to a chat with 429: (chat, times, retry_after s).
    too_many_for: Vec<(i64, u32, u64)>,
    tokens: Vec<String>,
    /// Faults to answer the next calls of a method with, in order.
    faults: Vec<(String, Fault)>,
    /// User ids getChatMember calls members (of any chat); everyone else has left.
    members: Vec<i64>,
}

/// A way the Bot API can fail one call.
#[derive(Clone, Copy, Debug)]
pub enum Fault {
    /// HTTP 500 with Telegram's error JSON.
    ServerError,
    /// HTTP 200 whose body is not JSON.
    Malformed,
    /// The connection is closed without an answer.
    Drop,
    /// The answer comes this late (then normally).
    Slow(Duration),
    /// 429 with retry_after 1.
    TooMany,
    /// 401 Unauthorized: a revoked or mistyped token.
    Unauthorized,
    /// 409 Conflict: another instance polls with this token.
    Conflict,
}

#[derive(Clone)]
pub struct Fake {
    pub url: String,
    state: Arc<Mutex<State>>,
    changed: Arc<Notify>,
}

impl Fake {
    pub async fn start() -> Fake {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let fake = Fake {
            url,
            state: Arc::new(Mutex::new(State { next_update: 1000, next_message: 100, ..State::default() })),
            changed: Arc::new(Notify::new()),
        };
        let server = fake.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let _ = stream.set_nodelay(true);
                let server = server.clone();
                tokio::spawn(async move { server.connection(stream).await });
            }
        });
        fake
    }

    /// Queues an update (its `update_id` is assigned here) and returns the id.
    pub fn push(&self, mut update: Value) -> u32 {
        let id = {
            let mut st = self.state.lock().unwrap();
            let id = st.next_update;
            st.next_update += 1;
            update["update_id"] = json!(id);
            st.queue.push(update);
            id
        };
        self.changed.notify_waiters();
        id
    }

    /// Queues an update with a given id again, as Telegram does after a
    /// restart or a webhook retry.
    pub fn redeliver(&self, update: Value) {
        self.state.lock().unwrap().queue.push(update);
        self.changed.notify_waiters();
    }

    /// The id the next pushed update gets (Telegram may pick a random one
    /// after a week without updates; ids near 2^31 exist).
    pub fn next_update_id(&self, id: u32) {
        self.state.lock().unwrap().next_update = id;
    }

    /// Users getChatMember reports as members of every group.
    pub fn members(&self, users: &[i64]) {
        self.state.lock().unwrap().members = users.to_vec();
    }

    /// Messages delivered to a chat with the message id the fake gave each.
    pub fn sent_with_ids(&self, chat: i64) -> Vec<(i64, Value)> {
        self.sent_to(chat).into_iter().map(|b| (b["_message_id"].as_i64().unwrap_or(0), b)).collect()
    }

    pub fn hold_sends(&self, hold: bool) {
        self.state.lock().unwrap().hold_sends = hold;
    }

    /// The next calls of `method` (case-insensitive) fail with `faults`, in order.
    pub fn fail(&self, method: &str, faults: &[Fault]) {
        let mut st = self.state.lock().unwrap();
        st.faults.extend(faults.iter().map(|f| (method.to_lowercase(), *f)));
    }

    pub fn faults_left(&self) -> usize {
        self.state.lock().unwrap().faults.len()
    }

    pub fn answer_too_many(&self, n: u32) {
        self.state.lock().unwrap().too_many = n;
    }

    /// The next `n` sendMessage calls to `chat` get 429 with `retry_after`
    /// seconds in `parameters`: that chat's own limit.
    pub fn answer_too_many_for(&self, chat: i64, n: u32, retry_after: u64) {
        self.state.lock().unwrap().too_many_for.push((chat, n, retry_after));
    }

    pub fn confirmed(&self) -> i64 {
        self.state.lock().unwrap().confirmed
    }

    pub fn calls(&self) -> Vec<Call> {
        self.state.lock().unwrap().calls.clone()
    }

    pub fn tokens_seen(&self) -> Vec<String> {
        self.state.lock().unwrap().tokens.clone()
    }

    /// Completed calls of one method (case-insensitive).
    pub fn bodies(&self, method: &str) -> Vec<Value> {
        let m = method.to_lowercase();
        self.calls().into_iter().filter(|c| c.done && c.method == m).map(|c| c.body).collect()
    }

    /// Messages delivered to a chat, in order.
    pub fn sent_to(&self, chat: i64) -> Vec<Value> {
        self.bodies("sendMessage").into_iter().filter(|b| b["chat_id"] == json!(chat)).collect()
    }

    /// Waits (bounded) until `pred` holds for the recorded calls.
    pub async fn wait_until(&self, what: &str, timeout: Duration, mut pred: impl FnMut(&Fake) -> bool) {
        let deadline = Instant::now() + timeout;
        loop {
            let changed = self.changed.notified();
            if pred(self) {
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                panic!("timed out waiting for {what}; calls: {:#?}", self.summary());
            }
            let _ = tokio::time::timeout(left.min(Duration::from_millis(200)), changed).await;
        }
    }

    /// Waits until `n` messages have reached `chat`, and returns them.
    pub async fn wait_sent(&self, chat: i64, n: usize) -> Vec<Value> {
        self.wait_until(&format!("{n} message(s) to chat {chat}"), Duration::from_secs(10), |f| {
            f.sent_to(chat).len() >= n
        })
        .await;
        self.sent_to(chat)
    }

    fn summary(&self) -> Vec<String> {
        self.calls().iter().map(|c| format!("{} {} {}", c.method, if c.done { "" } else { "(held)" }, c.body)).collect()
    }

    fn record(&self, method: &str, body: &Value, done: bool) {
        self.state.lock().unwrap().calls.push(Call {
            method: method.to_string(),
            body: body.clone(),
            at: Instant::now(),
            done,
        });
        self.changed.notify_waiters();
    }

    async fn connection(&self, mut stream: TcpStream) {
        let mut buf = Vec::new();
        loop {
            let Some((path, body)) = read_request(&mut stream, &mut buf).await else { return };
            // POST /bot<TOKEN>/<Method>
            let mut segments = path.trim_start_matches('/').splitn(2, '/');
            let token = segments.next().unwrap_or_default().trim_start_matches("bot").to_string();
            let method = segments.next().unwrap_or_default().to_lowercase();
            {
                let mut st = self.state.lock().unwrap();
                if !st.tokens.contains(&token) {
                    st.tokens.push(token);
                }
            }
            let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            let fault = {
                let mut st = self.state.lock().unwrap();
                st.faults.iter().position(|(m, _)| *m == method).map(|i| st.faults.remove(i).1)
            };
            if let Some(fault) = fault {
                self.record(&format!("{method}-fault"), &json!(format!("{fault:?}")), true);
                let (status, text) = match fault {
                    Fault::Drop => return,
                    Fault::Slow(d) => {
                        // Time is the fault: a Telegram that answers too late.
                        tokio::time::sleep(d).await;
                        ("", String::new())
                    }
                    Fault::ServerError => (
                        "500 Internal Server Error",
                        json!({"ok": false, "error_code": 500, "description": "Internal Server Error"}).to_string(),
                    ),
                    Fault::Malformed => ("200 OK", "{\"ok\": tru".to_string()),
                    Fault::Unauthorized => (
                        "401 Unauthorized",
                        json!({"ok": false, "error_code": 401, "description": "Unauthorized"}).to_string(),
                    ),
                    Fault::Conflict => (
                        "409 Conflict",
                        json!({"ok": false, "error_code": 409, "description":
                            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"})
                        .to_string(),
                    ),
                    Fault::TooMany => (
                        "429 Too Many Requests",
                        json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1",
                            "parameters": {"retry_after": 1}})
                        .to_string(),
                    ),
                };
                if !status.is_empty() {
                    let head = format!(
                        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: keep-alive\r\n\r\n",
                        text.len()
                    );
                    if stream.write_all(format!("{head}{text}").as_bytes()).await.is_err() {
                        return;
                    }
                    continue;
                }
            }
            let response = match self.respond(&method, &body).await {
                Some(r) => r,
                None => {
                    // Held: keep the connection open and never answer.
                    std::future::pending::<()>().await;
                    return;
                }
            };
            let text = response.to_string();
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: keep-alive\r\n\r\n",
                text.len()
            );
            let mut out = head.into_bytes();
            out.extend_from_slice(text.as_bytes());
            if stream.write_all(&out).await.is_err() {
                return;
            }
        }
    }

    async fn respond(&self, method: &str, body: &Value) -> Option<Value> {
        let ok = |result: Value| json!({"ok": true, "result": result});
        match method {
            "getme" => {
                self.record(method, body, true);
                Some(ok(json!({"id": 42, "is_bot": true, "first_name": "Pendler", "username": USERNAME,
                    "can_join_groups": true, "can_read_all_group_messages": false,
                    "supports_inline_queries": false, "has_main_web_app": false})))
            }
            "getwebhookinfo" => {
                self.record(method, body, true);
                Some(ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0})))
            }
            "getupdates" => Some(ok(self.get_updates(body).await)),
            "sendmessage" => {
                let chat = body["chat_id"].as_i64().unwrap_or(0);
                let (hold, too_many, too_many_for) = {
                    let mut st = self.state.lock().unwrap();
                    let too_many = st.too_many > 0;
                    if too_many {
                        st.too_many -= 1;
                    }
                    let mut for_chat = None;
                    if let Some(entry) = st.too_many_for.iter_mut().find(|(c, n, _)| *c == chat && *n > 0) {
                        entry.1 -= 1;
                        for_chat = Some(entry.2);
                    }
                    (st.hold_sends, too_many, for_chat)
                };
                if let Some(secs) = too_many_for {
                    self.record("sendmessage-429", body, true);
                    return Some(json!({"ok": false, "error_code": 429,
                        "description": format!("Too Many Requests: retry after {secs}"),
                        "parameters": {"retry_after": secs}}));
                }
                if hold {
                    self.record(method, body, false);
                    return None;
                }
                if too_many {
                    self.record("sendmessage-429", body, true);
                    return Some(json!({"ok": false, "error_code": 429,
                        "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}}));
                }
                let id = {
                    let mut st = self.state.lock().unwrap();
                    st.next_message += 1;
                    st.next_message
                };
                // The id given is kept with the call, so tests can reply to the message.
                let mut recorded = body.clone();
                recorded["_message_id"] = json!(id);
                self.record(method, &recorded, true);
                let chat = body["chat_id"].as_i64().unwrap_or(0);
                Some(ok(
                    json!({"message_id": id, "date": 1_700_000_000, "chat": chat_json(chat), "text": body["text"]}),
                ))
            }
            "getchatmember" => {
                self.record(method, body, true);
                let user = body["user_id"].as_i64().unwrap_or(0);
                let member = self.state.lock().unwrap().members.contains(&user);
                let status = if member { "member" } else { "left" };
                Some(ok(json!({"status": status, "user": {"id": user, "is_bot": false, "first_name": "U"}})))
            }
            _ => {
                // answerCallbackQuery, setMyCommands, deleteWebhook, ...
                self.record(method, body, true);
                Some(ok(json!(true)))
            }
        }
    }

    async fn get_updates(&self, body: &Value) -> Value {
        let offset = body["offset"].as_i64();
        let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
        let timeout = Duration::from_secs(body["timeout"].as_u64().unwrap_or(0));
        let deadline = Instant::now() + timeout;
        self.record("getupdates", body, true);
        // The offset confirms everything below it as the request arrives.
        if let Some(o) = offset {
            let mut st = self.state.lock().unwrap();
            st.confirmed = st.confirmed.max(o);
            st.queue.retain(|u| u["update_id"].as_i64().unwrap_or(0) >= o);
        }
        loop {
            let changed = self.changed.notified();
            let batch: Vec<Value> = {
                let mut st = self.state.lock().unwrap();
                st.queue.sort_by_key(|u| u["update_id"].as_i64());
                let from = offset.unwrap_or(i64::MIN);
                st.queue.iter().filter(|u| u["update_id"].as_i64().unwrap_or(0) >= from).take(limit).cloned().collect()
            };
            let left = deadline.saturating_duration_since(Instant::now());
            if !batch.is_empty() || left.is_zero() {
                return Value::Array(batch);
            }
            let _ = tokio::time::timeout(left, changed).await;
        }
    }
}

fn chat_json(chat: i64) -> Value {
    if chat < 0 {
        json!({"id": chat, "type": "group", "title": "Pendlere"})
    } else {
        json!({"id": chat, "type": "private"})
    }
}

fn user_json(chat: i64, lang: Option<&str>) -> Value {
    let mut user = json!({"id": chat.abs(), "is_bot": false, "first_name": "Ann"});
    if let Some(l) = lang {
        user["language_code"] = json!(l);
    }
    user
}

/// A text message (or command) from a user whose Telegram speaks `lang`.
pub fn text(chat: i64, lang: Option<&str>, text: &str) -> Value {
    json!({"message": {"message_id": 1, "date": 1_700_000_000, "chat": chat_json(chat),
        "from": user_json(chat, lang), "text": text}})
}

/// The same, as an edit of an earlier message.
pub fn edited(chat: i64, lang: Option<&str>, text: &str) -> Value {
    json!({"edited_message": {"message_id": 1, "date": 1_700_000_000, "edit_date": 1_700_000_100,
        "chat": chat_json(chat), "from": user_json(chat, lang), "text": text}})
}

pub fn sticker(chat: i64) -> Value {
    json!({"message": {"message_id": 2, "date": 1_700_000_000, "chat": chat_json(chat),
        "from": user_json(chat, Some("da")),
        "sticker": {"file_id": "f", "file_unique_id": "u", "type": "regular", "width": 512, "height": 512,
                    "is_animated": false, "is_video": false}}})
}

pub fn photo(chat: i64) -> Value {
    json!({"message": {"message_id": 3, "date": 1_700_000_000, "chat": chat_json(chat),
        "from": user_json(chat, Some("de")), "caption": "hvad er det?",
        "photo": [{"file_id": "p", "file_unique_id": "pu", "width": 90, "height": 90}]}})
}

/// A button press; `id` is the callback query id.
pub fn callback(chat: i64, id: &str, data: &str) -> Value {
    json!({"callback_query": {"id": id, "from": user_json(chat, Some("da")), "chat_instance": "ci", "data": data,
        "message": {"message_id": 5, "date": 1_700_000_001, "chat": chat_json(chat), "text": "menu"}}})
}

/// A message in a group from `user`, replying to message `reply_to` if given.
pub fn in_group(group: i64, user: i64, reply_to: Option<i64>, text: &str) -> Value {
    let mut message = json!({"message_id": 7000 + user, "date": 1_700_000_000, "chat": chat_json(group),
        "from": {"id": user, "is_bot": false, "first_name": "Rita", "language_code": "da"}, "text": text});
    if let Some(to) = reply_to {
        message["reply_to_message"] =
            json!({"message_id": to, "date": 1_700_000_000, "chat": chat_json(group), "text": "card"});
    }
    json!({ "message": message })
}
