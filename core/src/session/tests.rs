//! Unit tests of `session`.

use super::*;

fn tokens() -> Tokens {
    Tokens {
        access_token: "access".into(),
        refresh_token: "refresh".into(),
        expires_at: now_secs() + 600.0,
        lifetime: 600.0,
        user_id: Some("user-1".into()),
        tenant_id: None,
        spent: false,
        generation: 0,
    }
}

/// Runs `check` while another thread holds the tokens' lock (or, with
/// `tokens` false, the refresh lock), as a parent thread would at the
/// moment of a fork.
fn while_held(live: &Live, tokens: bool, check: impl FnOnce()) {
    let (locked, release) = (std::sync::Barrier::new(2), std::sync::Barrier::new(2));
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let _held = if tokens {
                (Some(live.current()), None)
            } else {
                (None, Some(live.refreshing.lock()))
            };
            locked.wait();
            release.wait();
        });
        locked.wait();
        check();
        release.wait();
    });
}

#[test]
fn a_child_forked_during_a_refresh_never_sends_the_refresh_token() {
    let live = Live::new(Some(tokens()), false);
    while_held(&live, false, || {
        let child = live.inherit();
        let current = child.current();
        assert!(current.tokens.as_ref().is_some_and(|t| t.spent));
    });
}

#[test]
fn a_child_that_cannot_read_the_tokens_writes_nothing_to_the_storage() {
    let live = Live::new(Some(tokens()), true);
    while_held(&live, true, || {
        let child = live.inherit();
        let current = child.current();
        assert!(current.tokens.is_none());
        // Same version as stored: `persist` has nothing to write.
        assert_eq!(
            current.version,
            *child
                .persisting
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        );
    });
}

#[test]
fn a_nan_expiry_always_needs_a_refresh() {
    let mut stale = tokens();
    stale.expires_at = f64::NAN;
    assert!(stale.needs_refresh(now_secs()));
    assert_eq!(trusted_expiry(f64::NAN, 600.0, now_secs()), (0.0, 0.0));
    assert_eq!(trusted_expiry(f64::INFINITY, 600.0, now_secs()), (0.0, 0.0));
}

fn stored() -> StoredSession {
    StoredSession {
        kind: SessionKind::Hosted,
        access_token: SecretString::new("access-1"),
        refresh_token: SecretString::new("refresh-1"),
        expires_at: 1_900_000_000.5,
        lifetime: 300.0,
        user_id: Some("user-1".into()),
        tenant_id: None,
    }
}

#[test]
fn a_stored_session_survives_its_text_form() {
    let text = stored().to_json();
    assert_eq!(StoredSession::from_json(text.expose()), Some(stored()));
    assert!(
        text.expose()
            .starts_with(r#"{"v":1,"session":{"kind":"hosted""#)
    );
    assert_eq!(format!("{text:?}"), format!("{:?}", SecretString::new("x")));
}

#[test]
fn any_other_text_reads_as_no_session() {
    let other_version = stored().to_json().expose().replace(r#""v":1"#, r#""v":2"#);
    for text in [
        "",
        "null",
        "{}",
        r#"{"v":1}"#,
        other_version.as_str(),
        r#"{"v":1,"session":{"kind":"other","access_token":"a","refresh_token":"r","expires_at":1,"lifetime":1}}"#,
    ] {
        assert_eq!(StoredSession::from_json(text), None, "{text}");
    }
}
