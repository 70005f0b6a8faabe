//! Running pendlerbot as a service (issue 5): configuration, health and
//! metrics over HTTP, hot reload, the retention sweep, `/reload` and admin
//! notices through the fake Bot API, and the `pendlerbot` binary as a
//! process (SIGTERM, SIGHUP, `--print-config`, JSON logs, the token never
//! shown).

mod config;
mod install;
mod process;
mod reload;
mod service;

use crate::support::{bot, copy_tree};

/// A copy of the Telegram fixture base that a test may edit.
pub fn editable_base() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&bot::fixture(), dir.path());
    dir
}

/// One HTTP/1.1 GET on a fresh connection: (status, body).
pub async fn get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(format!("GET {path} HTTP/1.1\r\nhost: x\r\n\r\n").as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    tokio::time::timeout(std::time::Duration::from_secs(5), stream.read_to_end(&mut raw))
        .await
        .expect("the response comes within 5 s")
        .unwrap();
    let text = String::from_utf8(raw).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").expect("a complete response");
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, body.to_string())
}

/// Parses the Prometheus text format strictly enough to catch mistakes:
/// every sample line is `name{labels} value` of a family declared by a
/// `# TYPE` line. Returns (name with labels, value) pairs.
pub fn parse_prometheus(text: &str) -> Vec<(String, f64)> {
    let mut families = Vec::new();
    let mut samples = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let mut it = rest.split_whitespace();
            let name = it.next().unwrap().to_string();
            let kind = it.next().unwrap();
            assert!(["counter", "gauge", "histogram"].contains(&kind), "{line}");
            families.push(name);
            continue;
        }
        if line.starts_with("# HELP ") || line.is_empty() {
            continue;
        }
        let (series, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("bad sample line {line:?}"));
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("bad value in {line:?}"));
        let name = series.split('{').next().unwrap();
        if let Some(labels) = series.strip_prefix(name) {
            if !labels.is_empty() {
                assert!(labels.starts_with('{') && labels.ends_with('}'), "bad labels in {line:?}");
                for pair in labels[1..labels.len() - 1].split("\",") {
                    let (k, v) = pair.split_once('=').unwrap_or_else(|| panic!("bad label in {line:?}"));
                    assert!(k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "{line}");
                    assert!(v.starts_with('"'), "{line}");
                }
            }
        }
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|s| name.strip_suffix(s).filter(|f| families.iter().any(|x| x == f)))
            .unwrap_or(name);
        assert!(families.iter().any(|f| f == family), "sample {line:?} has no # TYPE");
        samples.push((series.to_string(), value));
    }
    samples
}

pub fn value(samples: &[(String, f64)], series: &str) -> f64 {
    samples.iter().find(|(s, _)| s == series).map(|(_, v)| *v).unwrap_or_else(|| panic!("no {series} in {samples:?}"))
}
