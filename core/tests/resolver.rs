//! Per-call cost: no thread and no DNS lookup per call. 100 calls on one
//! client spawn no thread after the first connection; a host name is
//! resolved once per TTL, and again after it (when its address changed).

// Test code: a failed set-up step should stop the test loudly.
#![allow(clippy::unwrap_used)]

#[allow(dead_code)]
mod loopback;

use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use frontegg_identity::{Client, ClientConfig, RawRequest};

/// A keep-alive server answering `{"n": <server>}` to every request.
fn server(tag: u32) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            std::thread::spawn(move || {
                let body = format!("{{\"n\":{tag}}}");
                let answer = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.set_nodelay(true);
                while loopback::read_request(&stream).is_some() {
                    // One write: no Nagle wait between head and body.
                    let _ = stream.write_all(answer.as_bytes());
                }
            });
        }
    });
    addr
}

fn get(client: &Client) -> serde_json::Value {
    client
        .request(&RawRequest {
            method: "GET".into(),
            path: "/ping".into(),
            ..RawRequest::default()
        })
        .unwrap()
        .0
}

/// The last PID handed out on this machine: threads take PIDs too, so the
/// difference over a stretch counts the threads created meanwhile (plus
/// whatever else the machine started).
fn last_pid() -> u64 {
    let loadavg = std::fs::read_to_string("/proc/loadavg").unwrap();
    loadavg.split_whitespace().nth(4).unwrap().parse().unwrap()
}

fn threads() -> usize {
    std::fs::read_dir("/proc/self/task").unwrap().count()
}

#[test]
fn calls_spawn_no_thread_and_resolve_a_name_once_per_ttl() {
    // 1. An IP literal: no lookup, and no thread per call.
    let first = server(1);
    let client = Client::new(
        ClientConfig::builder()
            .base_url(format!("http://{first}"))
            .access_token("t")
            .build(),
    )
    .unwrap();
    assert_eq!(get(&client)["n"], 1); // the first connection
    let (pids, live) = (last_pid(), threads());
    for _ in 0..100 {
        get(&client);
    }
    let spawned = last_pid().saturating_sub(pids);
    assert!(
        spawned < 20,
        "100 calls took {spawned} new PIDs: a thread per call?"
    );
    assert_eq!(threads(), live, "threads alive before and after differ");

    // 2. A host name: looked up once for 100 calls, again after the TTL.
    let second = server(2);
    let lookups = Arc::new(AtomicUsize::new(0));
    let target = Arc::new(std::sync::Mutex::new(first));
    let client = Client::with_lookup(
        ClientConfig::builder()
            .base_url(format!("http://localhost:{}", first.port()))
            .access_token("t")
            .build(),
        {
            let (lookups, target) = (Arc::clone(&lookups), Arc::clone(&target));
            move |host_port: &str| {
                assert!(host_port.starts_with("localhost:"), "{host_port}");
                lookups.fetch_add(1, Ordering::SeqCst);
                Ok(vec![*target.lock().unwrap()])
            }
        },
        Duration::from_millis(300),
    )
    .unwrap();
    let started = std::time::Instant::now();
    for _ in 0..100 {
        assert_eq!(get(&client)["n"], 1);
    }
    assert!(
        started.elapsed() < Duration::from_millis(300),
        "100 calls outlasted the TTL: {:?}",
        started.elapsed()
    );
    assert_eq!(
        lookups.load(Ordering::SeqCst),
        1,
        "one lookup for 100 calls"
    );
    // The name now points elsewhere; after the TTL a new connection follows it.
    let moved = SocketAddr::new(second.ip(), second.port());
    *target.lock().unwrap() = moved;
    std::thread::sleep(Duration::from_millis(400));
    let client_moved = Client::with_lookup(
        ClientConfig::builder()
            .base_url(format!("http://localhost:{}", second.port()))
            .access_token("t")
            .build(),
        {
            let target = Arc::clone(&target);
            move |_: &str| Ok(vec![*target.lock().unwrap()])
        },
        Duration::from_millis(300),
    )
    .unwrap();
    assert_eq!(get(&client_moved)["n"], 2);
    get(&client);
    assert_eq!(
        lookups.load(Ordering::SeqCst),
        2,
        "looked up again after the TTL"
    );

    // 3. A failed lookup is not cached: the next call looks again.
    let failures = Arc::new(AtomicUsize::new(0));
    let flaky = Client::with_lookup(
        ClientConfig::builder()
            .base_url(format!("http://localhost:{}", first.port()))
            .access_token("t")
            .retries(0, Duration::from_secs(1))
            .build(),
        {
            let failures = Arc::clone(&failures);
            move |_: &str| {
                if failures.fetch_add(1, Ordering::SeqCst) == 0 {
                    Err(std::io::Error::other("resolver down"))
                } else {
                    Ok(vec![first])
                }
            }
        },
        Duration::from_secs(30),
    )
    .unwrap();
    assert!(
        flaky
            .request(&RawRequest {
                method: "GET".into(),
                path: "/ping".into(),
                ..RawRequest::default()
            })
            .is_err()
    );
    assert_eq!(get(&flaky)["n"], 1);
    assert_eq!(failures.load(Ordering::SeqCst), 2);
}
