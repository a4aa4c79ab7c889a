//! The test controls and the emulator's edges, through the SDK and raw
//! HTTP: faults (429 with `Retry-After` and `X-Rate-Limit-Reset`, 5xx,
//! delays, dropped connections), the request log (secrets redacted) and its
//! counts, minted tokens (expired, untrusted key, rotation), reset, the
//! page envelope, 501 for what is not emulated, seed errors, and the binary.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use frontegg_identity::models::GetUsersParams;
use frontegg_identity::{
    Client, ClientConfig, FronteggError, LoginRequest, RejectionReason, TokenVerifier,
    TokenVerifierOptions,
};
use frontegg_identity_testkit::{Emulator, EmulatorConfig, Fault, Seed};
use serde_json::{Map, json};

fn start(seed: &str) -> Emulator {
    Emulator::start(EmulatorConfig {
        seed: Seed::from_json(seed).unwrap(),
        ..EmulatorConfig::default()
    })
    .unwrap()
}

fn one_user() -> Emulator {
    start(
        r#"{"tenants": [{"id": "acme", "name": "Acme"}],
            "users": [{"email": "jane@acme.test", "password": "Secret-1"}]}"#,
    )
}

fn client(fe: &Emulator) -> Client {
    Client::new(
        ClientConfig::builder()
            .base_url(fe.url())
            .vendor_credentials(fe.client_id(), fe.secret())
            .retries(2, Duration::from_secs(5))
            .build(),
    )
    .unwrap()
}

fn jane() -> LoginRequest {
    LoginRequest {
        email: Some("jane@acme.test".into()),
        password: "Secret-1".into(),
        ..LoginRequest::default()
    }
}

/// A plain HTTP client that hands back every status.
fn raw_agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn fault(route: &str) -> Fault {
    serde_json::from_value(json!({ "route": route })).unwrap()
}

const LOGIN: &str = "POST /identity/resources/auth/v1/user";

fn verifier(fe: &Emulator) -> TokenVerifier {
    TokenVerifier::new(TokenVerifierOptions {
        jwks_url: Some(fe.jwks_url()),
        audience: vec![fe.client_id().to_owned()],
        ..TokenVerifierOptions::new(fe.issuer())
    })
    .unwrap()
}

#[test]
fn a_429_with_retry_after_is_retried_by_the_sdk() {
    let fe = one_user();
    let client = client(&fe);
    fe.fail_next(Fault {
        status: Some(429),
        retry_after: Some(0),
        ..fault(LOGIN)
    })
    .unwrap();
    client.sign_in_tokens(&jane()).unwrap();
    assert_eq!(fe.request_counts()[LOGIN], 2, "one 429, then the retry");

    // Past the retries: the caller sees RateLimited with the server's wait.
    fe.fail_next(Fault {
        status: Some(429),
        times: 3,
        rate_limit_reset: Some(1),
        ..fault(LOGIN)
    })
    .unwrap();
    match client.sign_in_tokens(&jane()) {
        Err(FronteggError::RateLimited { retry_after, .. }) => {
            assert!(retry_after.is_some_and(|d| d <= Duration::from_secs(2)));
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
}

#[test]
fn server_errors_drops_and_delays() {
    let fe = one_user();
    let client = client(&fe);
    let users = client.user_management();
    // A GET is idempotent: a 503 and a dropped connection are retried.
    fe.fail_next(Fault {
        status: Some(503),
        ..fault("GET /identity/resources/users/v3")
    })
    .unwrap();
    fe.fail_next(Fault {
        drop: true,
        ..fault("GET /identity/resources/users/v3")
    })
    .unwrap();
    let page = users.get_users(&GetUsersParams::default()).unwrap();
    assert_eq!(page.items.len(), 1);
    // A POST is not repeated after a 503: the caller gets the error, with
    // the trace id the emulator sent.
    fe.fail_next(Fault {
        status: Some(503),
        ..fault(LOGIN)
    })
    .unwrap();
    match client.sign_in_tokens(&jane()) {
        Err(FronteggError::Server { details }) => {
            assert_eq!(details.status, 503);
            assert!(details.trace_id.is_some());
        }
        other => panic!("expected a 503, got {other:?}"),
    }
    // A delay holds the answer back.
    fe.fail_next(Fault {
        delay_ms: Some(300),
        ..fault(LOGIN)
    })
    .unwrap();
    let began = Instant::now();
    client.sign_in_tokens(&jane()).unwrap();
    assert!(began.elapsed() >= Duration::from_millis(300));
    // Bad faults are refused with the reason.
    let error = fe
        .fail_next(Fault {
            status: Some(700),
            ..fault(LOGIN)
        })
        .unwrap_err();
    assert!(error.to_string().contains("700"), "{error}");
}

#[test]
fn the_request_log_counts_routes_and_redacts_secrets() {
    let fe = one_user();
    let client = client(&fe);
    client.authenticate_vendor().unwrap();
    let session = client.sign_in_tokens(&jane()).unwrap();
    client
        .refresh_tokens(session.refresh_token.as_ref().unwrap(), None)
        .unwrap();
    let log = serde_json::to_string(&fe.requests()).unwrap();
    assert!(!log.contains("Secret-1"), "the password is logged: {log}");
    assert!(!log.contains(fe.secret()), "the API key is logged");
    assert!(!log.contains(session.refresh_token.unwrap().expose()));
    assert!(log.contains("[redacted]"));
    let counts = fe.request_counts();
    assert_eq!(counts["POST /auth/vendor"], 1);
    assert_eq!(counts[LOGIN], 1);
    assert_eq!(
        counts["POST /identity/resources/auth/v1/user/token/refresh"],
        1
    );
}

#[test]
fn minted_tokens_expiry_untrusted_keys_and_rotation() {
    let fe = one_user();
    let verifier = verifier(&fe);
    let mut claims = Map::new();
    claims.insert("roles".into(), json!(["admin"]));
    let token = fe.issue_token("jane@acme.test", claims).unwrap();
    let verified = verifier.verify(&token).unwrap();
    assert_eq!(verified.roles, vec!["admin".to_owned()]);
    assert_eq!(verified.email.as_deref(), Some("jane@acme.test"));

    let expired = fe
        .mint(json!({"user": "jane@acme.test", "lifetime": -3600}))
        .unwrap();
    match verifier.verify(&expired) {
        Err(error) => assert_eq!(error.rejection(), Some(RejectionReason::Expired)),
        Ok(_) => panic!("an expired token verified"),
    }
    let kid = fe.rotate_signing_key().unwrap();
    let fresh = fe.issue_token("jane@acme.test", Map::new()).unwrap();
    assert!(
        verifier.verify(&fresh).is_ok(),
        "the verifier refetches for {kid}"
    );
    assert!(
        verifier.verify(&token).is_ok(),
        "the old key stays published"
    );

    let untrusted = fe
        .mint(json!({"user": "jane@acme.test", "signing_key": "untrusted"}))
        .unwrap();
    assert!(
        verifier.verify(&untrusted).is_err(),
        "a key outside the JWKS"
    );

    assert!(fe.mint(json!({"user": "nobody@acme.test"})).is_err());
    assert!(
        fe.mint(json!({"usr": "jane@acme.test"}))
            .unwrap_err()
            .to_string()
            .contains("usr")
    );
}

#[test]
fn reset_returns_to_the_seed() {
    let fe = one_user();
    let client = client(&fe);
    client
        .sign_up_tokens(&frontegg_identity::SignUpRequest {
            email: "temp@x.test".into(),
            company_name: "X".into(),
            password: Some("P-1".into()),
            ..Default::default()
        })
        .unwrap();
    let users = client.user_management();
    assert_eq!(
        users
            .get_users(&GetUsersParams::default())
            .unwrap()
            .items
            .len(),
        2
    );
    fe.reset().unwrap();
    assert!(fe.requests().is_empty());
    // The vendor token is gone too: the client authenticates again.
    assert_eq!(
        users
            .get_users(&GetUsersParams::default())
            .unwrap()
            .items
            .len(),
        1
    );
}

#[test]
fn the_page_envelope_serves_the_sdk_pager() {
    let users: Vec<_> = (0..120)
        .map(|i| json!({"email": format!("user{i:03}@acme.test")}))
        .collect();
    let fe =
        start(&json!({"tenants": [{"id": "acme", "name": "Acme"}], "users": users}).to_string());
    let client = client(&fe);
    let all: Vec<_> = client
        .user_management()
        .get_users_pages(&GetUsersParams {
            limit: Some(50),
            sort_by: Some("email".into()),
            ..Default::default()
        })
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(all.len(), 120);
    assert_eq!(all[0].email, "user000@acme.test");
    assert_eq!(all[119].email, "user119@acme.test");
    assert_eq!(fe.request_counts()["GET /identity/resources/users/v3"], 3);
}

#[test]
fn what_is_not_emulated_answers_501_by_name() {
    let fe = one_user();
    let client = client(&fe);
    match client.mfa_configuration().get_mfa_config() {
        Err(error) => {
            let text = error.to_string();
            assert!(text.contains("501"), "{text}");
            assert!(
                text.contains("not emulated: GET /identity/resources/configurations/v1/mfa"),
                "{text}"
            );
        }
        Ok(_) => panic!("not emulated, yet answered"),
    }
}

#[test]
fn seed_errors_name_the_bad_key() {
    let cases = [
        (
            r#"{"users": [{"email": "a@b.c", "pasword": "x"}]}"#,
            "users[0].pasword",
        ),
        (r#"{"tenantz": []}"#, "tenantz"),
        (
            r#"{"users": [{"email": "a@b.c", "roles": ["ghost"]}]}"#,
            "users[0].roles[0]",
        ),
        (
            r#"{"roles": [{"key": "r", "permissions": ["nope"]}]}"#,
            "roles[0].permissions[0]",
        ),
        (
            r#"{"users": [{"email": "a@b.c", "mfa": {"totp_secret": "not base32!"}}]}"#,
            "users[0].mfa.totp_secret",
        ),
        (
            r#"{"users": [{"email": "a@b.c"}, {"email": "A@b.c"}]}"#,
            "users[1].email",
        ),
        (
            r#"{"settings": {"lockout_after": "five"}}"#,
            "settings.lockout_after",
        ),
        (
            r#"{"environment": {"signing_key": "not a pem"}}"#,
            "signing key",
        ),
        (r#"[1, 2]"#, "invalid type"),
        (r#"{"#, "EOF"),
    ];
    for (text, needle) in cases {
        let error = Seed::from_json(text)
            .and_then(|seed| {
                Emulator::start(EmulatorConfig {
                    seed,
                    ..Default::default()
                })
            })
            .map(drop)
            .unwrap_err()
            .to_string();
        assert!(error.contains(needle), "{text}: {error}");
    }
}

#[test]
fn malformed_requests_get_frontegg_shaped_400s() {
    let fe = one_user();
    let raw = raw_agent();
    let post = |path: &str, body: &str| {
        let mut answer = raw
            .post(format!("{}{path}", fe.url()))
            .header("content-type", "application/json")
            .send(body)
            .unwrap();
        let status = answer.status().as_u16();
        let trace = answer.headers().get("frontegg-trace-id").is_some();
        let text = answer.body_mut().read_to_string().unwrap();
        let body: serde_json::Value = serde_json::from_str(&text).unwrap();
        (status, trace, body)
    };
    for (path, body) in [
        ("/identity/resources/auth/v1/user", "{not json"),
        ("/identity/resources/auth/v1/user", "[]"),
        (
            "/identity/resources/auth/v1/user",
            r#"{"email": 5, "password": "x"}"#,
        ),
        ("/auth/vendor", r#"{"clientId": "x"}"#),
        ("/_emulator/faults", r#"{"route": "/x"}"#),
    ] {
        let (status, trace, answer) = post(path, body);
        assert_eq!(status, 400, "{path} {body}: {answer}");
        assert!(trace, "every answer has a frontegg-trace-id");
        assert!(answer["errors"][0].is_string(), "{answer}");
    }
    let (status, _, answer) = post("/_emulator/launch", "{}");
    assert_eq!(status, 404);
    assert!(
        answer["errors"][0]
            .as_str()
            .unwrap()
            .contains("unknown control command")
    );
    // A body past the limit is refused, not read into memory.
    let big = format!(r#"{{"email": "{}"}}"#, "a".repeat(2 * 1024 * 1024));
    let (status, _, _) = post("/identity/resources/auth/v1/user", &big);
    assert_eq!(status, 413);
    // Wrong method on a known route: 405 with the allowed ones.
    let answer = raw
        .get(format!("{}/identity/resources/auth/v1/user", fe.url()))
        .call()
        .unwrap();
    assert_eq!(answer.status(), 405);
}

#[test]
fn it_binds_loopback_by_default() {
    let fe = one_user();
    assert!(fe.url().starts_with("http://127.0.0.1:"), "{}", fe.url());
    assert_eq!(fe.issuer(), fe.url(), "tokens name the emulator as issuer");
}

#[test]
fn the_binary_prints_its_url_first_and_refuses_bad_input() {
    let binary = env!("CARGO_BIN_EXE_frontegg-emulator");
    let mut child = Command::new(binary)
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let url = first
        .trim()
        .strip_prefix("listening on ")
        .expect(&first)
        .to_owned();
    let raw = raw_agent();
    let text = raw
        .get(format!("{url}/_emulator/health"))
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    let health: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(health["status"], "ok");
    child.kill().unwrap();
    child.wait().unwrap();

    let dir = std::env::temp_dir().join(format!("emulator-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"users": [{"emial": "x"}]}"#).unwrap();
    for (args, needle) in [
        (vec!["--seed", bad.to_str().unwrap()], "users[0].emial"),
        (
            vec!["--seed", "/no/such/file.json"],
            "cannot read seed file",
        ),
        (vec!["--port", "http"], "--port"),
        (vec!["--frobnicate"], "unknown argument"),
    ] {
        let out = Command::new(binary).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn tokens_expire_and_the_sdk_renews_them() {
    let fe = start(
        r#"{"settings": {"vendor_token_lifetime": 1, "access_token_lifetime": 1},
            "tenants": [{"id": "acme", "name": "Acme"}],
            "users": [{"email": "jane@acme.test", "password": "Secret-1"}]}"#,
    );
    let client = client(&fe);
    let vendor = client.authenticate_vendor().unwrap();
    assert_eq!(vendor.expires_in, Some(1.0));
    let session = match client.sign_in(&jane(), None).unwrap() {
        frontegg_identity::SignInOutcome::Session(session) => session,
        other => panic!("{other:?}"),
    };
    let first = session.access_token().unwrap();
    std::thread::sleep(Duration::from_millis(2100));
    let raw = raw_agent();
    let stale = raw
        .get(format!("{}/identity/resources/users/v3", fe.url()))
        .header(
            "authorization",
            format!("Bearer {}", vendor.token.unwrap().expose()),
        )
        .call()
        .unwrap();
    assert_eq!(stale.status(), 401, "an expired vendor token is refused");
    // The SDK renews its vendor token and refreshes the session by itself.
    assert!(
        client
            .user_management()
            .get_users(&GetUsersParams::default())
            .is_ok()
    );
    let second = session.access_token().unwrap();
    assert_ne!(first.expose(), second.expose(), "the session refreshed");
    assert!(verifier(&fe).verify(second.expose()).is_ok());
    let strict = TokenVerifier::new(TokenVerifierOptions {
        jwks_url: Some(fe.jwks_url()),
        leeway: Some(Duration::ZERO),
        ..TokenVerifierOptions::new(fe.issuer())
    })
    .unwrap();
    assert!(
        strict.verify(first.expose()).is_err(),
        "the old token expired (no leeway)"
    );
}

#[test]
fn refresh_takes_the_token_from_the_body_too() {
    let fe = one_user();
    let client = client(&fe);
    let answer = client.sign_in_tokens(&jane()).unwrap();
    let raw = raw_agent();
    let refresh = |token: &str| {
        raw.post(format!(
            "{}/identity/resources/auth/v1/user/token/refresh",
            fe.url()
        ))
        .header("content-type", "application/json")
        .send(json!({ "refreshToken": token }).to_string())
        .unwrap()
        .status()
        .as_u16()
    };
    let token = answer.refresh_token.unwrap();
    assert_eq!(refresh(token.expose()), 201);
    assert_eq!(
        refresh(token.expose()),
        401,
        "rotation: the body token works once"
    );
    assert_eq!(refresh("never-issued"), 401);
}
