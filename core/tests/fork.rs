//! Fork safety from Rust: a client used before `fork()` is used by parent
//! and child at once, and every answer is the caller's own; a child forked
//! while a parent thread renews the vendor token does not wait for a
//! renewal that no thread of the child will finish.

#![cfg(unix)]
// Test code: a failed set-up step should stop the test loudly.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use frontegg_identity::{Client, ClientConfig, RawRequest};

fn client(server: &mockito::ServerGuard) -> Client {
    Client::new(
        ClientConfig::builder()
            .base_url(server.url())
            .vendor_credentials("fork-test", "fork-secret")
            .build(),
    )
    .unwrap()
}

fn echo(server: &mut mockito::ServerGuard, vendor_delay: Duration) {
    server
        .mock("POST", "/auth/vendor")
        .with_body_from_request(move |_| {
            std::thread::sleep(vendor_delay);
            br#"{"token": "vendor-token", "expiresIn": 3600}"#.to_vec()
        })
        .create();
    server
        .mock("GET", "/identity/resources/echo")
        .match_query(mockito::Matcher::Any)
        .with_body_from_request(|request| {
            let nonce = request
                .path_and_query()
                .split_once("nonce=")
                .map(|(_, nonce)| nonce.to_owned())
                .unwrap_or_default();
            // A short wait, so that answers to processes sharing a socket
            // would arrive out of order.
            std::thread::sleep(Duration::from_micros(300));
            format!(r#"{{"nonce": "{nonce}"}}"#).into_bytes()
        })
        .create();
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
                query: vec![frontegg_identity::QueryPair {
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
/// result. Returns the child's exit code, or `None` if a signal ended it.
fn in_child(work: impl FnOnce() -> i32) -> Option<i32> {
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
    let mut status = 0;
    // SAFETY: waiting for our own child.
    unsafe { libc::waitpid(pid, &mut status, 0) };
    libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status))
}

#[test]
fn parent_and_child_share_a_client_but_never_a_socket() {
    let mut server = mockito::Server::new();
    echo(&mut server, Duration::ZERO);
    let client = client(&server);
    // A pooled keep-alive connection, which the child inherits.
    assert_eq!(wrong_answers(&client, "warm-up", 1), 0);
    let child_client = client.clone();
    let parent = std::thread::spawn(move || wrong_answers(&client, "parent", 200));
    let child = in_child(|| wrong_answers(&child_client, "child", 200).min(100) as i32);
    assert_eq!(
        child,
        Some(0),
        "the child got answers that were not its own"
    );
    assert_eq!(
        parent.join().unwrap(),
        0,
        "the parent got answers that were not its own"
    );

    // A child forked while a parent thread renews the vendor token.
    let mut slow = mockito::Server::new();
    echo(&mut slow, Duration::from_millis(1500));
    let client = self::client(&slow);
    let renewing = {
        let client = client.clone();
        std::thread::spawn(move || wrong_answers(&client, "renewing", 1))
    };
    std::thread::sleep(Duration::from_millis(300));
    let child = in_child(|| wrong_answers(&client, "child", 3) as i32);
    assert_eq!(
        child,
        Some(0),
        "the child waited on the parent's renewal (or failed)"
    );
    assert_eq!(renewing.join().unwrap(), 0);
    println!(
        "fork: 200 + 200 calls of parent and child, 0 cross-talk; a fork during a vendor-token renewal did not hang"
    );
}
