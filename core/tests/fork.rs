//! Fork safety from Rust: a client used before `fork()` is used by parent
//! and child at once, and every answer is the caller's own; a child forked
//! while a parent thread renews the vendor token does not wait for a
//! renewal that no thread of the child will finish.

#![cfg(unix)]
// Test code: a failed set-up step should stop the test loudly.
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::time::Duration;

use frontegg_identity::{Client, ClientConfig, RawRequest};

#[allow(dead_code)]
mod loopback;

fn client(base_url: &str) -> Client {
    Client::new(
        ClientConfig::builder()
            .base_url(base_url)
            .vendor_credentials("fork-test", "fork-secret")
            .build(),
    )
    .unwrap()
}

/// A keep-alive loopback server that echoes each request's `nonce` (after a
/// short wait, so that answers to processes sharing a socket would arrive
/// out of order) and answers vendor authentication after `vendor_delay`.
/// Returns its base URL.
fn echo(vendor_delay: Duration) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                while let Some(seen) = loopback::read_request(&stream) {
                    let line = seen.head.lines().next().unwrap_or_default().to_owned();
                    let body = if line.starts_with("POST /auth/vendor") {
                        std::thread::sleep(vendor_delay);
                        r#"{"token": "vendor-token", "expiresIn": 3600}"#.to_owned()
                    } else {
                        std::thread::sleep(Duration::from_micros(300));
                        let nonce = line
                            .split_once("nonce=")
                            .and_then(|(_, rest)| rest.split(' ').next())
                            .unwrap_or_default();
                        format!(r#"{{"nonce": "{nonce}"}}"#)
                    };
                    let answer = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if (&stream).write_all(answer.as_bytes()).is_err() {
                        break;
                    }
                }
            });
        }
    });
    url
}

/// Calls `count` times with nonces `{who}-{n}`; the number of answers that
/// were not the caller's own, or failed.
fn wrong_answers(client: &Client, who: &str, count: usize) -> usize {
    (0..count)
        .filter(|n| {
            let nonce = format!("{who}-{n}");
            let answer = client.request(&RawRequest {
                method: "GET".into(),
                path: "/identity/resources/echo".into(),
                query: vec![frontegg_identity::NameValue {
                    name: "nonce".into(),
                    value: nonce.clone(),
                }],
                ..RawRequest::default()
            });
            !matches!(answer, Ok(value) if value.0["nonce"] == nonce.as_str())
        })
        .count()
}

/// Forks; the child runs `work` under a 10 s alarm and exits with its
/// result. Returns the child's pid.
fn fork_child(work: impl FnOnce() -> i32) -> libc::pid_t {
    // SAFETY: fork in a test binary; the child only runs `work` and exits
    // with `_exit`, never returning into the test harness.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork failed");
    if pid == 0 {
        // SAFETY: plain libc calls in the child.
        unsafe {
            libc::alarm(10);
            libc::_exit(work());
        }
    }
    pid
}

/// The child's exit code, or `None` if a signal (the alarm: a hang) ended it.
fn wait_child(pid: libc::pid_t) -> Option<i32> {
    let mut status = 0;
    // SAFETY: waiting for our own child.
    unsafe { libc::waitpid(pid, &mut status, 0) };
    libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status))
}

#[test]
fn parent_and_child_share_a_client_but_never_a_socket() {
    let client = client(&echo(Duration::ZERO));
    // A pooled keep-alive connection, which the child inherits.
    assert_eq!(wrong_answers(&client, "warm-up", 1), 0);
    // Both processes call at once, right after the fork, each starting with
    // the connection the parent pooled.
    let child = fork_child(|| wrong_answers(&client, "child", 200).min(100) as i32);
    let parent = wrong_answers(&client, "parent", 200);
    assert_eq!(
        wait_child(child),
        Some(0),
        "the child got answers that were not its own"
    );
    assert_eq!(parent, 0, "the parent got answers that were not its own");

    // A child forked while a parent thread renews the vendor token.
    let client = self::client(&echo(Duration::from_millis(1500)));
    let renewing = {
        let client = client.clone();
        std::thread::spawn(move || wrong_answers(&client, "renewing", 1))
    };
    std::thread::sleep(Duration::from_millis(300));
    let child = fork_child(|| wrong_answers(&client, "child", 3) as i32);
    assert_eq!(
        wait_child(child),
        Some(0),
        "the child waited on the parent's renewal (or failed)"
    );
    assert_eq!(renewing.join().unwrap(), 0);
    println!(
        "fork: 200 + 200 calls of parent and child, 0 cross-talk; a fork during a vendor-token renewal did not hang"
    );
}
