//! A small HTTP/1.1 listener on tokio for the operator endpoints
//! (`GET /healthz`, `GET /metrics`). Enough HTTP for probes and Prometheus
//! scrapers, and no more: one request per connection, bounded head and body,
//! a deadline for reading the request and one for writing the answer, and
//! at most [`MAX_CONNECTIONS`] connections at once (issue 15.9: idle
//! connections used up the process's file descriptors); one more is
//! answered 503 and closed at once. Like mini-redis' `server::run`,
//! [`serve`] takes a bound listener and a shutdown future, so tests run it
//! on 127.0.0.1:0.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tracing::{debug, warn};

/// Longest request head accepted.
const MAX_HEAD: usize = 16 * 1024;
/// Largest request body accepted.
const MAX_BODY: usize = 1024 * 1024;
/// A client must send its request within this time (idle connections are
/// closed after it).
const READ_TIMEOUT: Duration = Duration::from_secs(5);
/// The answer must be taken within this time.
const WRITE_TIMEOUT: Duration = Duration::from_secs(5);
/// Connections served at once; one more gets 503 and is closed.
pub const MAX_CONNECTIONS: usize = 32;

/// The listener's bounds (tests make them small).
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_connections: usize,
    pub read_timeout: Duration,
    pub write_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_connections: MAX_CONNECTIONS, read_timeout: READ_TIMEOUT, write_timeout: WRITE_TIMEOUT }
    }
}

#[derive(Debug)]
pub struct Request {
    pub method: String,
    /// The path without the query string.
    pub path: String,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(status: u16, body: impl Into<String>) -> Response {
        Response { status, content_type: "text/plain; charset=utf-8", body: body.into().into_bytes() }
    }
}

/// Answers requests on `listener` with `handler` until `shutdown` resolves.
pub async fn serve<H>(listener: TcpListener, handler: H, shutdown: impl Future<Output = ()>)
where
    H: Fn(Request) -> Response + Send + Sync + 'static,
{
    serve_limited(listener, handler, shutdown, Limits::default()).await
}

/// [`serve`] with other bounds.
pub async fn serve_limited<H>(listener: TcpListener, handler: H, shutdown: impl Future<Output = ()>, limits: Limits)
where
    H: Fn(Request) -> Response + Send + Sync + 'static,
{
    let handler = Arc::new(handler);
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let mut last_warning: Option<std::time::Instant> = None;
    let mut warn_now = |what: &str| {
        let now = std::time::Instant::now();
        if last_warning.is_none_or(|t| now.duration_since(t) >= Duration::from_secs(60)) {
            last_warning = Some(now);
            warn!("http: {what}");
        }
    };
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            _ = &mut shutdown => return,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => match slots.clone().try_acquire_owned() {
                    Ok(slot) => {
                        let handler = handler.clone();
                        tokio::spawn(async move {
                            connection(stream, handler, limits).await;
                            drop(slot);
                        });
                    }
                    Err(_) => {
                        warn_now(&format!("{} connections open; refusing more (503)", limits.max_connections));
                        tokio::spawn(async move {
                            let _ = tokio::time::timeout(Duration::from_secs(1), answer(stream, Response::text(503, "too many connections\n"))).await;
                        });
                    }
                },
                Err(e) => {
                    if matches!(e.raw_os_error(), Some(23 | 24)) {
                        warn_now(&format!("cannot accept: too many open files ({e})"));
                    } else {
                        debug!("http accept failed: {e}");
                    }
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
        }
    }
}

async fn connection<H>(mut stream: TcpStream, handler: Arc<H>, limits: Limits)
where
    H: Fn(Request) -> Response + Send + Sync + 'static,
{
    let _ = stream.set_nodelay(true);
    let response = match tokio::time::timeout(limits.read_timeout, read_request(&mut stream)).await {
        Ok(Ok(request)) => handler(request),
        Ok(Err(status)) => Response::text(status, reason(status)),
        Err(_) => Response::text(408, reason(408)),
    };
    let _ = tokio::time::timeout(limits.write_timeout, answer(stream, response)).await;
}

async fn answer(mut stream: TcpStream, response: Response) {
    let head = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: {}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        response.status,
        reason(response.status),
        response.content_type,
        response.body.len()
    );
    let mut out = head.into_bytes();
    out.extend_from_slice(&response.body);
    let _ = stream.write_all(&out).await;
    let _ = stream.shutdown().await;
}

/// Reads one request, or the status to refuse it with.
async fn read_request(stream: &mut TcpStream) -> Result<Request, u16> {
    let mut buf = Vec::with_capacity(1024);
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() > MAX_HEAD {
            return Err(431);
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.map_err(|_| 400u16)?;
        if n == 0 {
            return Err(400);
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = std::str::from_utf8(&buf[..head_end]).map_err(|_| 400u16)?;
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or_default().split(' ');
    let method = first.next().unwrap_or_default().to_string();
    let target = first.next().ok_or(400u16)?;
    let path = target.split('?').next().unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length = match headers.iter().find(|(k, _)| k == "content-length") {
        Some((_, v)) => v.parse::<usize>().map_err(|_| 400u16)?,
        None => 0,
    };
    if length > MAX_BODY {
        return Err(413);
    }
    let mut body = buf[head_end..].to_vec();
    while body.len() < length {
        let mut chunk = [0u8; 8192];
        let n = stream.read(&mut chunk).await.map_err(|_| 400u16)?;
        if n == 0 {
            return Err(400);
        }
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    Ok(Request { method, path, headers, body })
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Payload Too Large",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn get(addr: std::net::SocketAddr) -> String {
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n").await.unwrap();
        let mut out = String::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), s.read_to_string(&mut out)).await;
        out
    }

    /// Issue 15.9: idle connections are capped and closed after the read
    /// timeout; one over the cap is answered 503 at once, not held.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn idle_connections_are_capped_and_timed_out() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let limits = Limits {
            max_connections: 4,
            read_timeout: Duration::from_millis(400),
            write_timeout: Duration::from_secs(1),
        };
        tokio::spawn(serve_limited(listener, |_| Response::text(200, "ok"), std::future::pending(), limits));
        let mut idle = Vec::new();
        for _ in 0..4 {
            idle.push(TcpStream::connect(addr).await.unwrap());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(get(addr).await.starts_with("HTTP/1.1 503"), "over the cap: refused at once");
        // The idle ones are closed after the read timeout (408), and the slots are free again.
        for s in &mut idle {
            let mut out = String::new();
            tokio::time::timeout(Duration::from_secs(3), s.read_to_string(&mut out)).await.unwrap().unwrap();
            assert!(out.starts_with("HTTP/1.1 408"), "{out}");
        }
        assert!(get(addr).await.starts_with("HTTP/1.1 200"));
    }
}
