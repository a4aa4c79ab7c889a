//! The fault matrix: a loopback server that misbehaves on purpose, one way
//! per case, each case called with GET and with POST through the one
//! transport. Every case must end in the expected typed outcome, within the
//! deadline, after the expected number of requests. Prints its table.

// Test code: a failed set-up step should stop the test loudly.
#![allow(clippy::unwrap_used)]

#[allow(dead_code)]
mod loopback;

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use frontegg_identity::{Client, ClientConfig, ErrorKind, RawRequest};
use loopback::read_request;

/// What the server does with request number `n` (0-based) of a case.
type Behaviour = fn(n: usize, stream: &mut TcpStream);

/// A server on loopback that runs `behaviour` for each request and counts
/// them. One connection per request (every answer closes it).
struct FaultServer {
    url: String,
    requests: Arc<AtomicUsize>,
}

impl FaultServer {
    fn start(behaviour: Behaviour) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&requests);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                let counter = Arc::clone(&counter);
                std::thread::spawn(move || {
                    // A keep-alive connection may carry several requests.
                    while read_request(&stream).is_some() {
                        let n = counter.fetch_add(1, Ordering::SeqCst);
                        behaviour(n, &mut stream);
                    }
                });
            }
        });
        Self { url, requests }
    }
}

fn answer(stream: &mut TcpStream, status: &str, headers: &[(&str, &str)], body: &str) {
    let mut head = format!("HTTP/1.1 {status}\r\ncontent-length: {}\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
}

fn json(stream: &mut TcpStream, status: &str, body: &str) {
    answer(
        stream,
        status,
        &[("content-type", "application/json")],
        body,
    );
}

const FRONTEGG_5XX: &str = r#"{"errors":["Internal error"],"errorCode":"ER-00500"}"#;

struct Case {
    name: &'static str,
    behaviour: Behaviour,
    /// Expected outcome and request count, for GET and for POST.
    get: (Option<ErrorKind>, usize),
    post: (Option<ErrorKind>, usize),
}

fn cases() -> Vec<Case> {
    use ErrorKind::*;
    vec![
        Case {
            name: "connection refused",
            behaviour: |_, _| {},
            get: (Some(Network), 0),
            post: (Some(Network), 0),
        },
        Case {
            name: "closed before the answer",
            behaviour: |_, s| {
                let _ = s.shutdown(std::net::Shutdown::Both);
            },
            get: (Some(Network), 3),
            post: (Some(Network), 1),
        },
        Case {
            name: "closed mid-body",
            behaviour: |_, s| {
                let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"a\":");
                let _ = s.shutdown(std::net::Shutdown::Both);
            },
            get: (Some(Network), 3),
            post: (Some(Network), 1),
        },
        Case {
            name: "slow headers",
            behaviour: |_, s| {
                std::thread::sleep(Duration::from_millis(1500));
                json(s, "200 OK", "{}");
            },
            get: (Some(Timeout), 1),
            post: (Some(Timeout), 1),
        },
        Case {
            name: "body dripping a byte a second",
            behaviour: |_, s| {
                let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 50\r\n\r\n");
                for _ in 0..50 {
                    if s.write_all(b" ").is_err() {
                        return;
                    }
                    std::thread::sleep(Duration::from_secs(1));
                }
            },
            get: (Some(Timeout), 1),
            post: (Some(Timeout), 1),
        },
        Case {
            name: "truncated JSON",
            behaviour: |_, s| json(s, "200 OK", r#"{"token": "ab"#),
            get: (Some(Decode), 1),
            post: (Some(Decode), 1),
        },
        Case {
            name: "malformed JSON",
            behaviour: |_, s| json(s, "200 OK", "not json at all"),
            get: (Some(Decode), 1),
            post: (Some(Decode), 1),
        },
        Case {
            name: "502 with an HTML page",
            behaviour: |_, s| {
                answer(
                    s,
                    "502 Bad Gateway",
                    &[("content-type", "text/html")],
                    "<html>bad gateway</html>",
                )
            },
            get: (Some(Server), 3),
            post: (Some(Server), 1),
        },
        Case {
            name: "JSON with a wrong content type",
            behaviour: |_, s| {
                answer(
                    s,
                    "200 OK",
                    &[("content-type", "text/plain")],
                    r#"{"ok":true}"#,
                )
            },
            get: (None, 1),
            post: (None, 1),
        },
        Case {
            name: "429 with Retry-After",
            behaviour: |_, s| {
                answer(
                    s,
                    "429 Too Many Requests",
                    &[("retry-after", "1")],
                    r#"{"errors":["slow down"]}"#,
                )
            },
            get: (Some(RateLimited), 3),
            post: (Some(RateLimited), 3),
        },
        Case {
            name: "429 with X-Rate-Limit-Reset",
            behaviour: |_, s| {
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap()
                    .as_secs();
                let reset = (now + 1).to_string();
                answer(
                    s,
                    "429 Too Many Requests",
                    &[("x-rate-limit-reset", reset.as_str())],
                    "",
                )
            },
            get: (Some(RateLimited), 3),
            post: (Some(RateLimited), 3),
        },
        Case {
            name: "500 with a Frontegg body",
            behaviour: |_, s| json(s, "500 Internal Server Error", FRONTEGG_5XX),
            get: (Some(Server), 1),
            post: (Some(Server), 1),
        },
        Case {
            name: "502 with a Frontegg body",
            behaviour: |_, s| json(s, "502 Bad Gateway", FRONTEGG_5XX),
            get: (Some(Server), 3),
            post: (Some(Server), 1),
        },
        Case {
            name: "503 with a Frontegg body",
            behaviour: |_, s| json(s, "503 Service Unavailable", FRONTEGG_5XX),
            get: (Some(Server), 3),
            post: (Some(Server), 1),
        },
        Case {
            name: "504 with a Frontegg body",
            behaviour: |_, s| json(s, "504 Gateway Timeout", FRONTEGG_5XX),
            get: (Some(Server), 3),
            post: (Some(Server), 1),
        },
        Case {
            name: "503 twice, then success",
            behaviour: |n, s| {
                if n < 2 {
                    json(s, "503 Service Unavailable", FRONTEGG_5XX)
                } else {
                    json(s, "200 OK", r#"{"ok":true}"#)
                }
            },
            get: (None, 3),
            post: (Some(Server), 1),
        },
        Case {
            name: "a 64 MiB answer",
            behaviour: |_, s| {
                let size = 64 * 1024 * 1024;
                let _ = s.write_all(
                    format!("HTTP/1.1 200 OK\r\ncontent-length: {size}\r\n\r\n[").as_bytes(),
                );
                let chunk = vec![b'1'; 64 * 1024];
                for _ in 0..(size / chunk.len()) {
                    if s.write_all(&chunk).is_err() {
                        return;
                    }
                }
            },
            get: (Some(Decode), 1),
            post: (Some(Decode), 1),
        },
        Case {
            name: "a redirect to http",
            behaviour: |_, s| {
                answer(
                    s,
                    "302 Found",
                    &[("location", "http://example.com/steal")],
                    "",
                )
            },
            get: (Some(Api), 1),
            post: (Some(Api), 1),
        },
        Case {
            name: "a Frontegg 400",
            behaviour: |_, s| {
                json(
                    s,
                    "400 Bad Request",
                    r#"{"errors":["Invalid tenantId"],"errorCode":"ER-01000"}"#,
                )
            },
            get: (Some(Api), 1),
            post: (Some(Api), 1),
        },
    ]
}

const DEADLINE: Duration = Duration::from_secs(4);

fn client(url: &str) -> Client {
    Client::new(
        ClientConfig::builder()
            .base_url(url)
            .access_token("fault-token")
            .timeout(Duration::from_millis(700))
            .connect_timeout(Duration::from_millis(500))
            .retries(2, Duration::from_secs(2))
            .deadline(DEADLINE)
            .build(),
    )
    .unwrap()
}

#[test]
fn every_fault_ends_typed_within_the_deadline_with_the_expected_request_count() {
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    let all = cases();
    // Cases run side by side: each has its own server.
    let handles: Vec<_> = all
        .into_iter()
        .flat_map(|case| {
            [("GET", case.get), ("POST", case.post)].map(|(method, expected)| {
                let name = case.name;
                let behaviour = case.behaviour;
                std::thread::spawn(move || {
                    let server = FaultServer::start(behaviour);
                    let url = if name == "connection refused" {
                        // A port nobody listens on.
                        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
                        let url = format!("http://{}", listener.local_addr().unwrap());
                        drop(listener);
                        url
                    } else {
                        server.url.clone()
                    };
                    let started = Instant::now();
                    let outcome = client(&url).request(&RawRequest {
                        method: method.into(),
                        path: "/identity/resources/things/v1".into(),
                        ..RawRequest::default()
                    });
                    let took = started.elapsed();
                    let requests = server.requests.load(Ordering::SeqCst);
                    (name, method, expected, outcome.map(drop), took, requests)
                })
            })
        })
        .collect();
    for handle in handles {
        let (name, method, (kind, count), outcome, took, requests) = handle.join().unwrap();
        let got = outcome.as_ref().err().map(|e| e.kind());
        let mut ok =
            got == kind && requests == count && took <= DEADLINE + Duration::from_millis(500);
        if name == "a 64 MiB answer"
            && let Err(error) = &outcome
        {
            ok &= error.status() == Some(200) && error.to_string().contains("max_response_bytes");
        }
        let shown = match &outcome {
            Ok(()) => "ok".to_owned(),
            Err(error) => format!("{:?}", error.kind()),
        };
        rows.push(format!(
            "| {name:<32} | {method:<4} | {shown:<12} | {requests:>2} requests | {:>5} ms | {} |",
            took.as_millis(),
            if ok { "pass" } else { "FAIL" }
        ));
        if !ok {
            failures.push(format!(
                "{name} {method}: expected {kind:?} after {count} requests, got {outcome:?} after {requests} in {took:?}"
            ));
        }
    }
    println!("fault matrix ({} cases):", rows.len());
    println!(
        "| case                             | verb | outcome      | requests    | time     | |"
    );
    for row in &rows {
        println!("{row}");
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
