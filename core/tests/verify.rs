//! Token verification: a table of bad tokens (each refused with its own
//! reason), key rotation and refetch pacing against a loopback JWKS server,
//! the shared authorization cases, and the request authenticator's 401 /
//! 403 / 503.

// Test code: a failed set-up step should stop the test loudly.
#![allow(clippy::unwrap_used)]

#[allow(dead_code)]
mod loopback;

use std::io::Write;
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use frontegg_identity::{
    AccessRequirements, Algorithm, Claims, Client, ClientConfig, FronteggError, JsonValue,
    MAX_TOKEN_BYTES, RejectionReason, STEP_UP_ACR, TokenType, TokenVerifier, TokenVerifierOptions,
};
use jsonwebtoken::{EncodingKey, crypto};
use serde_json::{Value, json};

const ISSUER: &str = "https://app-test.frontegg.com";
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap()
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A valid user token's claims.
fn claims() -> Value {
    let now = now().floor();
    json!({
        "sub": "user-1", "iss": ISSUER, "aud": "client-1", "type": "userToken",
        "tenantId": "t-1", "tenantIds": ["t-1", "t-2"], "roles": ["admin"],
        "permissions": ["fe.secure.*"], "email": "jane@example.com", "email_verified": true,
        "name": "Jane", "metadata": {"plan": "pro"}, "applicationId": "app-1",
        "exp": now + 600.0, "iat": now - 5.0,
        "profilePictureUrl": "https://example.com/jane.png"
    })
}

/// Signs `header.payload` with private key `key` (1 or 2) as `alg`.
fn sign_raw(
    header: &Value,
    payload: &[u8],
    alg: jsonwebtoken::Algorithm,
    key: &EncodingKey,
) -> String {
    let input = format!("{}.{}", b64(header.to_string().as_bytes()), b64(payload));
    let signature = crypto::sign(input.as_bytes(), key, alg).unwrap();
    format!("{input}.{signature}")
}

fn rsa_key(n: u8) -> EncodingKey {
    EncodingKey::from_rsa_pem(fixture(&format!("jwt-key-{n}.pem")).as_bytes()).unwrap()
}

fn token_with(key: u8, kid: Option<&str>, claims: &Value) -> String {
    let mut header = json!({"alg": "RS256", "typ": "JWT"});
    if let Some(kid) = kid {
        header["kid"] = json!(kid);
    }
    sign_raw(
        &header,
        claims.to_string().as_bytes(),
        jsonwebtoken::Algorithm::RS256,
        &rsa_key(key),
    )
}

fn token(claims: &Value) -> String {
    token_with(1, Some("key-1"), claims)
}

fn with(changes: Value) -> Value {
    let mut claims = claims();
    for (name, value) in changes.as_object().unwrap() {
        if value.is_null() {
            claims.as_object_mut().unwrap().remove(name);
        } else {
            claims[name] = value.clone();
        }
    }
    claims
}

fn options() -> TokenVerifierOptions {
    TokenVerifierOptions {
        jwks: Some(fixture("jwks-1.json")),
        audience: vec!["client-1".into()],
        ..TokenVerifierOptions::new(ISSUER)
    }
}

fn reason(result: Result<Claims, FronteggError>) -> Option<RejectionReason> {
    result.err().and_then(|error| error.rejection())
}

fn tamper_payload(token: &str) -> String {
    let parts: Vec<&str> = token.split('.').collect();
    let payload = with(json!({"roles": ["owner"]})).to_string();
    format!("{}.{}.{}", parts[0], b64(payload.as_bytes()), parts[2])
}

fn tamper_signature(token: &str) -> String {
    let (input, signature) = token.rsplit_once('.').unwrap();
    let mut bytes = URL_SAFE_NO_PAD.decode(signature).unwrap();
    bytes[10] ^= 1;
    format!("{input}.{}", b64(&bytes))
}

#[test]
fn a_good_token_gives_typed_claims_and_every_raw_claim() {
    let verifier = TokenVerifier::new(options()).unwrap();
    let claims = verifier.verify(&token(&claims())).unwrap();
    assert_eq!(claims.sub, "user-1");
    assert_eq!(claims.token_type, TokenType::UserToken);
    assert_eq!(claims.tenant_id, "t-1");
    assert_eq!(claims.tenant_ids, ["t-1", "t-2"]);
    assert_eq!(claims.aud, ["client-1"]);
    assert_eq!(claims.email_verified, Some(true));
    assert_eq!(claims.metadata, Some(JsonValue(json!({"plan": "pro"}))));
    assert_eq!(claims.application_id.as_deref(), Some("app-1"));
    assert_eq!(
        claims.raw.0["profilePictureUrl"],
        json!("https://example.com/jane.png")
    );
    // Leeway: expired 10 s ago is still accepted with the default 30 s.
    let late = with(json!({"exp": now() - 10.0}));
    assert!(verifier.verify(&token(&late)).is_ok());
    // A trailing slash on either side is the same issuer.
    let slash = with(json!({"iss": format!("{ISSUER}/")}));
    assert!(verifier.verify(&token(&slash)).is_ok());
    // `aud` as a list, with `emailVerified` spelled Go's way.
    let list =
        with(json!({"aud": ["other", "client-1"], "email_verified": null, "emailVerified": false}));
    assert_eq!(
        verifier.verify(&token(&list)).unwrap().email_verified,
        Some(false)
    );
    // Impersonation.
    let acting = with(json!({"act": {"sub": "admin-9", "type": "user"}}));
    let act = verifier.verify(&token(&acting)).unwrap().act.unwrap();
    assert_eq!(
        (act.sub.as_deref(), act.actor_type.as_deref()),
        (Some("admin-9"), Some("user"))
    );
}

#[test]
fn every_bad_token_is_refused_with_its_own_reason() {
    use RejectionReason::*;
    let rs = |claims: &Value| token(claims);
    let good = rs(&claims());
    let public_pem = fixture("jwt-key-1.pub.pem");
    let payload = claims().to_string();
    let hs_with_public_key = sign_raw(
        &json!({"alg": "HS256", "kid": "key-1"}),
        payload.as_bytes(),
        jsonwebtoken::Algorithm::HS256,
        &EncodingKey::from_secret(public_pem.as_bytes()),
    );
    let none = format!(
        "{}.{}.",
        b64(br#"{"alg":"none","typ":"JWT"}"#),
        b64(payload.as_bytes())
    );
    let none_signed = format!(
        "{}.{}.{}",
        b64(br#"{"alg":"none"}"#),
        b64(payload.as_bytes()),
        good.rsplit('.').next().unwrap()
    );
    let rs384 = sign_raw(
        &json!({"alg": "RS384", "kid": "key-1"}),
        payload.as_bytes(),
        jsonwebtoken::Algorithm::RS384,
        &rsa_key(1),
    );
    let es256 = format!(
        "{}.{}.c2ln",
        b64(br#"{"alg":"ES256","kid":"key-1"}"#),
        b64(payload.as_bytes())
    );
    let not_json = sign_raw(
        &json!({"alg": "RS256", "kid": "key-1"}),
        b"not json",
        jsonwebtoken::Algorithm::RS256,
        &rsa_key(1),
    );
    let crit = sign_raw(
        &json!({"alg": "RS256", "kid": "key-1", "crit": ["exp"]}),
        payload.as_bytes(),
        jsonwebtoken::Algorithm::RS256,
        &rsa_key(1),
    );
    let now = now();
    let cases: Vec<(&str, String, RejectionReason)> = vec![
        ("expired", rs(&with(json!({"exp": now - 3600.0}))), Expired),
        (
            "expired beyond the leeway",
            rs(&with(json!({"exp": now - 31.0}))),
            Expired,
        ),
        (
            "not yet valid (nbf)",
            rs(&with(json!({"nbf": now + 3600.0}))),
            NotYetValid,
        ),
        (
            "issued in the future (iat)",
            rs(&with(json!({"iat": now + 3600.0}))),
            NotYetValid,
        ),
        (
            "wrong issuer",
            rs(&with(json!({"iss": "https://evil.example.com"}))),
            WrongIssuer,
        ),
        (
            "issuer prefix",
            rs(&with(json!({"iss": format!("{ISSUER}.evil.com")}))),
            WrongIssuer,
        ),
        (
            "wrong audience",
            rs(&with(json!({"aud": "client-2"}))),
            WrongAudience,
        ),
        (
            "no audience",
            rs(&with(json!({"aud": null}))),
            WrongAudience,
        ),
        (
            "unknown kid",
            token_with(1, Some("key-9"), &claims()),
            UnknownKey,
        ),
        (
            "right kid, other key",
            token_with(2, Some("key-1"), &claims()),
            BadSignature,
        ),
        ("tampered payload", tamper_payload(&good), BadSignature),
        ("tampered signature", tamper_signature(&good), BadSignature),
        ("alg none, no signature", none, UnsupportedAlgorithm),
        ("alg none, a signature", none_signed, UnsupportedAlgorithm),
        (
            "HS256 signed with the RSA public key",
            hs_with_public_key,
            UnsupportedAlgorithm,
        ),
        (
            "RS384 where only RS256 is allowed",
            rs384,
            UnsupportedAlgorithm,
        ),
        ("ES256", es256, UnsupportedAlgorithm),
        (
            "vendor token type",
            rs(&with(json!({"type": "vendor"}))),
            WrongType,
        ),
        ("no type", rs(&with(json!({"type": null}))), MissingClaim),
        (
            "no tenantId",
            rs(&with(json!({"tenantId": null}))),
            MissingClaim,
        ),
        (
            "empty tenantId",
            rs(&with(json!({"tenantId": ""}))),
            MissingClaim,
        ),
        ("no sub", rs(&with(json!({"sub": null}))), MissingClaim),
        ("no exp", rs(&with(json!({"exp": null}))), MissingClaim),
        ("no iss", rs(&with(json!({"iss": null}))), MissingClaim),
        (
            "exp as a string",
            rs(&with(json!({"exp": "tomorrow"}))),
            Malformed,
        ),
        (
            "roles not a list",
            rs(&with(json!({"roles": "admin"}))),
            Malformed,
        ),
        ("payload not JSON", not_json, Malformed),
        ("critical header", crit, Malformed),
        (
            "malformed base64",
            format!("{}.%%%.{}", b64(b"{}"), "c2ln"),
            Malformed,
        ),
        (
            "signature not base64url",
            format!("{}.%%%", good.rsplit_once('.').unwrap().0),
            Malformed,
        ),
        (
            "two segments",
            "eyJhbGciOiJSUzI1NiJ9.e30".to_owned(),
            Malformed,
        ),
        ("four segments", format!("{good}.e30"), Malformed),
        (
            "oversized",
            format!(
                "{}.{}.c2ln",
                b64(br#"{"alg":"RS256"}"#),
                "A".repeat(MAX_TOKEN_BYTES)
            ),
            Malformed,
        ),
        ("empty", String::new(), Malformed),
    ];
    let verifier = TokenVerifier::new(options()).unwrap();
    assert!(verifier.verify(&good).is_ok());
    let mut failures = Vec::new();
    for (name, token, expected) in &cases {
        let result = verifier.verify(token);
        let got = reason(result.clone());
        println!("{name:40} -> {got:?}");
        if got != Some(*expected) {
            failures.push(format!("{name}: expected {expected:?}, got {result:?}"));
        }
        if let Err(error) = result {
            // An error text never quotes the token.
            assert!(
                token.len() < 20 || !error.to_string().contains(token.as_str()),
                "{name}"
            );
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(cases.len() >= 20);
}

#[test]
fn token_types_and_hmac_follow_the_configuration() {
    // A narrowed type allow-list.
    let verifier = TokenVerifier::new(TokenVerifierOptions {
        token_types: vec![TokenType::TenantApiToken],
        ..options()
    })
    .unwrap();
    assert_eq!(
        reason(verifier.verify(&token(&claims()))),
        Some(RejectionReason::WrongType)
    );
    let api = with(json!({"type": "tenantApiToken"}));
    assert!(verifier.verify(&token(&api)).is_ok());

    // HS256 only with a secret, and then never with the RSA key.
    let no_secret = TokenVerifier::new(TokenVerifierOptions {
        algorithms: vec![Algorithm::Hs256],
        ..options()
    });
    assert!(matches!(no_secret, Err(FronteggError::Config { .. })));
    let hs = TokenVerifier::new(TokenVerifierOptions {
        secret: Some("shared-secret".into()),
        ..TokenVerifierOptions::new(ISSUER)
    })
    .unwrap();
    let payload = claims().to_string();
    let good = sign_raw(
        &json!({"alg": "HS256"}),
        payload.as_bytes(),
        jsonwebtoken::Algorithm::HS256,
        &EncodingKey::from_secret(b"shared-secret"),
    );
    assert!(hs.verify(&good).is_ok());
    let wrong = sign_raw(
        &json!({"alg": "HS256"}),
        payload.as_bytes(),
        jsonwebtoken::Algorithm::HS256,
        &EncodingKey::from_secret(fixture("jwt-key-1.pub.pem").as_bytes()),
    );
    assert_eq!(
        reason(hs.verify(&wrong)),
        Some(RejectionReason::BadSignature)
    );
    assert_eq!(
        reason(hs.verify(&token(&claims()))),
        Some(RejectionReason::UnsupportedAlgorithm)
    );
    // A verifier on the PEM key: no kid needed.
    let pem = TokenVerifier::new(TokenVerifierOptions {
        public_key_pem: Some(fixture("jwt-key-1.pub.pem")),
        ..TokenVerifierOptions::new(ISSUER)
    })
    .unwrap();
    assert!(pem.verify(&token_with(1, None, &claims())).is_ok());
    assert_eq!(
        reason(pem.verify(&token_with(2, None, &claims()))),
        Some(RejectionReason::BadSignature)
    );
}

#[test]
fn bad_options_are_config_errors() {
    let bad = [
        TokenVerifierOptions::new(" "),
        TokenVerifierOptions {
            public_key_pem: Some("not a key".into()),
            ..TokenVerifierOptions::new(ISSUER)
        },
        TokenVerifierOptions {
            jwks: Some(r#"{"keys": []}"#.into()),
            ..TokenVerifierOptions::new(ISSUER)
        },
        TokenVerifierOptions {
            jwks: Some(fixture("jwks-1.json")),
            public_key_pem: Some(fixture("jwt-key-1.pub.pem")),
            ..TokenVerifierOptions::new(ISSUER)
        },
        TokenVerifierOptions {
            jwks_url: Some("http://example.com/jwks.json".into()),
            ..TokenVerifierOptions::new(ISSUER)
        },
        TokenVerifierOptions {
            leeway: Some(Duration::MAX),
            ..options()
        },
    ];
    for options in bad {
        let result = TokenVerifier::new(options.clone());
        assert!(
            matches!(result, Err(FronteggError::Config { .. })),
            "{options:?}: {result:?}"
        );
    }
}

/// A JWKS server on loopback: request `n` (0-based) gets what `answer`
/// says: (status, body, delay).
struct JwksServer {
    url: String,
    requests: Arc<AtomicUsize>,
}

type Answer = dyn Fn(usize) -> (u16, String, Duration) + Send + Sync;

impl JwksServer {
    fn start(answer: impl Fn(usize) -> (u16, String, Duration) + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!(
            "http://{}/.well-known/jwks.json",
            listener.local_addr().unwrap()
        );
        let requests = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&requests);
        let answer: Arc<Answer> = Arc::new(answer);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                let (counter, answer) = (Arc::clone(&counter), Arc::clone(&answer));
                std::thread::spawn(move || {
                    while loopback::read_request(&stream).is_some() {
                        let n = counter.fetch_add(1, Ordering::SeqCst);
                        let (status, body, delay) = answer(n);
                        std::thread::sleep(delay);
                        let head = format!(
                            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                            body.len()
                        );
                        let _ = stream.write_all(head.as_bytes());
                        let _ = stream.write_all(body.as_bytes());
                    }
                });
            }
        });
        Self { url, requests }
    }

    fn count(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

fn fetched(url: &str, ttl_ms: u64, cooldown_ms: u64) -> TokenVerifier {
    TokenVerifier::new(TokenVerifierOptions {
        jwks_url: Some(url.to_owned()),
        keys_ttl: Some(Duration::from_millis(ttl_ms)),
        refetch_cooldown: Some(Duration::from_millis(cooldown_ms)),
        fetch_timeout: Some(Duration::from_millis(3000)),
        ..TokenVerifierOptions::new(ISSUER)
    })
    .unwrap()
}

#[test]
fn a_rotated_key_verifies_after_exactly_one_refetch_and_forged_kids_cannot_storm() {
    let (one, both) = (fixture("jwks-1.json"), fixture("jwks-both.json"));
    let server = JwksServer::start(move |n| {
        (
            200,
            if n == 0 { one.clone() } else { both.clone() },
            Duration::ZERO,
        )
    });
    let verifier = fetched(&server.url, 600_000, 60_000);
    assert!(verifier.verify(&token(&claims())).is_ok());
    assert_eq!(server.count(), 1, "first use loads the keys once");
    assert!(verifier.verify(&token(&claims())).is_ok());
    assert_eq!(server.count(), 1, "cached");

    let rotated = token_with(2, Some("key-2"), &claims());
    assert!(verifier.verify(&rotated).is_ok());
    assert_eq!(server.count(), 2, "exactly one refetch for the new kid");

    // 1,000 forged kids from 8 threads: within the cool-down, no refetch.
    std::thread::scope(|scope| {
        for t in 0..8 {
            let verifier = verifier.clone();
            scope.spawn(move || {
                for i in 0..125 {
                    let forged = token_with(1, Some(&format!("forged-{t}-{i}")), &claims());
                    assert_eq!(
                        reason(verifier.verify(&forged)),
                        Some(RejectionReason::UnknownKey)
                    );
                }
            });
        }
    });
    assert_eq!(
        server.count(),
        2,
        "forged kids caused no refetch within the cool-down"
    );
    assert!(verifier.verify(&rotated).is_ok());

    // A fresh verifier whose cool-down is short: 1,000 forged kids over
    // ~0.5 s with a 200 ms cool-down fetch at most ~3 times, not 1,000.
    let server = JwksServer::start({
        let one = fixture("jwks-1.json");
        move |_| (200, one.clone(), Duration::ZERO)
    });
    let verifier = fetched(&server.url, 600_000, 200);
    let start = Instant::now();
    for i in 0..1000 {
        let forged = token_with(1, Some(&format!("forged-{i}")), &claims());
        let _ = verifier.verify(&forged);
        std::thread::sleep(Duration::from_micros(300));
    }
    let elapsed = start.elapsed().as_millis() as usize;
    let allowed = 1 + elapsed / 200 + 1;
    assert!(
        server.count() <= allowed,
        "{} fetches in {elapsed} ms",
        server.count()
    );
}

#[test]
fn a_failed_refetch_keeps_the_last_good_keys_and_a_slow_one_blocks_nobody() {
    let one = fixture("jwks-1.json");
    let server = JwksServer::start(move |n| match n {
        0 => (200, one.clone(), Duration::ZERO),
        1 => (500, r#"{"errors":["down"]}"#.into(), Duration::ZERO),
        _ => (200, one.clone(), Duration::from_millis(1500)),
    });
    let verifier = fetched(&server.url, 100, 200);
    let good = token(&claims());
    assert!(verifier.verify(&good).is_ok());
    std::thread::sleep(Duration::from_millis(150));
    // Stale: the refresh fails (500), the old keys stay in use.
    assert!(verifier.verify(&good).is_ok());
    assert_eq!(server.count(), 2);
    // After the cool-down, the next refresh is slow: whoever fetches waits
    // for it; everyone else goes on at once with the old keys.
    std::thread::sleep(Duration::from_millis(250));
    let fetcher = {
        let (verifier, good) = (verifier.clone(), good.clone());
        std::thread::spawn(move || verifier.verify(&good).is_ok())
    };
    std::thread::sleep(Duration::from_millis(100));
    let start = Instant::now();
    for _ in 0..10 {
        assert!(verifier.verify(&good).is_ok());
    }
    assert!(
        start.elapsed() < Duration::from_millis(500),
        "{:?}",
        start.elapsed()
    );
    assert!(fetcher.join().unwrap());
    assert_eq!(server.count(), 3);
}

#[test]
fn unreachable_keys_are_keys_unavailable_and_503() {
    // A port nobody listens on.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let verifier = fetched(
        &format!("http://127.0.0.1:{port}/jwks.json"),
        600_000,
        30_000,
    );
    let good = token(&claims());
    assert_eq!(
        reason(verifier.verify(&good)),
        Some(RejectionReason::KeysUnavailable)
    );
    let error = verifier
        .authenticate(
            [("Authorization", format!("Bearer {good}"))],
            &AccessRequirements::default(),
        )
        .unwrap_err();
    assert!(
        matches!(
            error,
            FronteggError::Authentication {
                status: 503,
                reason: RejectionReason::KeysUnavailable,
                ..
            }
        ),
        "{error:?}"
    );
}

#[test]
fn the_authenticator_tells_401_403_and_503_apart() {
    let verifier = TokenVerifier::new(options()).unwrap();
    let good = token(&claims());
    let status = |headers: Vec<(&str, String)>, required: &AccessRequirements| match verifier
        .authenticate(headers, required)
    {
        Ok(_) => (200, None),
        Err(FronteggError::Authentication { status, reason, .. }) => (status, Some(reason)),
        Err(other) => panic!("{other:?}"),
    };
    let none = AccessRequirements::default();
    let bearer = |t: &str| vec![("authorization", format!("Bearer {t}"))];
    assert_eq!(status(bearer(&good), &none), (200, None));
    assert_eq!(
        status(vec![("AUTHORIZATION", format!("bearer {good}"))], &none),
        (200, None)
    );
    assert_eq!(
        status(vec![], &none),
        (401, Some(RejectionReason::MissingToken))
    );
    assert_eq!(
        status(vec![("authorization", format!("Basic {good}"))], &none),
        (401, Some(RejectionReason::MissingToken))
    );
    assert_eq!(
        status(bearer("Bearer"), &none),
        (401, Some(RejectionReason::Malformed))
    );
    let expired = token(&with(json!({"exp": now() - 3600.0})));
    assert_eq!(
        status(bearer(&expired), &none),
        (401, Some(RejectionReason::Expired))
    );
    let admin = AccessRequirements {
        roles: vec!["admin".into()],
        ..AccessRequirements::default()
    };
    assert_eq!(status(bearer(&good), &admin), (200, None));
    let owner = AccessRequirements {
        roles: vec!["owner".into()],
        ..AccessRequirements::default()
    };
    assert_eq!(
        status(bearer(&good), &owner),
        (403, Some(RejectionReason::InsufficientRoles))
    );
    let either = AccessRequirements {
        roles: vec!["owner".into(), "admin".into()],
        all: false,
        ..AccessRequirements::default()
    };
    assert_eq!(status(bearer(&good), &either), (200, None));
    let write = AccessRequirements {
        permissions: vec!["fe.connectivity.write".into()],
        ..AccessRequirements::default()
    };
    assert_eq!(
        status(bearer(&good), &write),
        (403, Some(RejectionReason::InsufficientPermissions))
    );
    let step_up = AccessRequirements {
        step_up: true,
        ..AccessRequirements::default()
    };
    assert_eq!(
        status(bearer(&good), &step_up),
        (401, Some(RejectionReason::StepUpRequired))
    );
    let stepped = token(&with(
        json!({"acr": STEP_UP_ACR, "amr": ["pwd", "mfa", "otp"], "auth_time": now() - 30.0}),
    ));
    assert_eq!(status(bearer(&stepped), &step_up), (200, None));
    let recent = AccessRequirements {
        max_auth_age: Some(Duration::from_secs(10)),
        ..step_up.clone()
    };
    assert_eq!(
        status(bearer(&stepped), &recent),
        (401, Some(RejectionReason::StepUpRequired))
    );

    // x-api-key carries API tokens, not user sessions.
    let api = token(&with(json!({"type": "tenantApiToken"})));
    assert_eq!(status(vec![("X-Api-Key", api.clone())], &none), (200, None));
    assert_eq!(
        status(vec![("x-api-key", good.clone())], &none),
        (401, Some(RejectionReason::WrongType))
    );
    // With both headers both must hold: a junk x-api-key beside a good
    // bearer is refused, not skipped.
    assert_eq!(
        status(
            vec![
                ("x-api-key", "junk".into()),
                ("authorization", format!("Bearer {good}"))
            ],
            &none
        ),
        (401, Some(RejectionReason::Malformed))
    );
}

/// An identity service on loopback that answers the environment
/// configuration and the access-token lookups, counting them.
fn environment_server(
    revoked: &'static str,
) -> (mockito::ServerGuard, mockito::Mock, mockito::Mock) {
    let mut server = mockito::Server::new();
    let config = json!({
        "publicKey": fixture("jwt-key-1.pub.pem"), "jwtSecret": "",
    });
    server
        .mock("POST", "/auth/vendor")
        .with_body(r#"{"token":"vendor-token","expiresIn":3600}"#)
        .create();
    let configuration = server
        .mock("GET", "/identity/resources/configurations/v1")
        .match_header("authorization", "Bearer vendor-token")
        .with_body(full_vendor_config(config))
        .expect(1)
        .create();
    let active = server
        .mock(
            "GET",
            mockito::Matcher::Regex(
                r"^/identity/resources/vendor-only/users/access-tokens/v1/tok-active$".into(),
            ),
        )
        .match_header("frontegg-tenant-id", "t-1")
        .with_body(r#"{"id":"tok-active"}"#)
        .expect(1)
        .create();
    server
        .mock(
            "GET",
            format!("/identity/resources/vendor-only/tenants/access-tokens/v1/{revoked}").as_str(),
        )
        .with_status(404)
        .with_body(r#"{"errors":["Not found"]}"#)
        .create();
    (server, configuration, active)
}

/// A configuration answer with every required field.
fn full_vendor_config(mut partial: Value) -> String {
    let base = json!({
        "addPermissionsToJwt": true, "addRolesToJwt": true, "addSamlAttributesToJwt": false,
        "allowCustomLoginTenantSwitch": false, "allowNotVerifiedUsersLogin": false,
        "allowOverrideEnforcePasswordHistory": false, "allowOverridePasswordComplexity": false,
        "allowOverridePasswordExpiration": false, "allowSignups": true,
        "allowTenantInvitations": true, "apiTokensEnabled": true, "authStrategy": "EmailAndPassword",
        "cookieSameSite": "NONE", "defaultPasswordlessTokenExpiration": 300,
        "defaultRefreshTokenExpiration": 86400, "defaultTokenExpiration": 86400,
        "forcePermissions": false, "forceSameDeviceOnAuth": false, "id": "cfg",
        "jwtAlgorithm": "RS256", "machineToMachineAuthStrategy": "ClientCredentials",
        "refreshTokensRotationLimit": 5, "rotateRefreshTokens": true,
    });
    let mut merged = base.as_object().unwrap().clone();
    merged.append(partial.as_object_mut().unwrap());
    Value::Object(merged).to_string()
}

#[test]
fn a_client_verifier_uses_the_environment_key_and_checks_revocation() {
    let (server, configuration, active) = environment_server("tok-revoked");
    let client = Client::new(
        ClientConfig::builder()
            .base_url(server.url())
            .service_url("auth/vendor", format!("{}/auth/vendor", server.url()))
            .vendor_credentials("client-id", "api-key")
            .build(),
    )
    .unwrap();
    let verifier = client
        .token_verifier(TokenVerifierOptions::new(ISSUER))
        .unwrap();
    let user = token_with(1, None, &claims());
    assert!(verifier.verify(&user).is_ok());
    let access = token_with(
        1,
        None,
        &with(json!({"type": "userAccessToken", "sub": "tok-active"})),
    );
    let none = AccessRequirements::default();
    for _ in 0..3 {
        assert!(
            verifier
                .authenticate([("x-api-key", access.as_str())], &none)
                .is_ok()
        );
    }
    let revoked = token_with(
        1,
        None,
        &with(json!({"type": "tenantAccessToken", "sub": "tok-revoked"})),
    );
    let error = verifier
        .authenticate([("x-api-key", revoked.as_str())], &none)
        .unwrap_err();
    assert!(
        matches!(
            error,
            FronteggError::Authentication {
                status: 401,
                reason: RejectionReason::Revoked,
                ..
            }
        ),
        "{error:?}"
    );
    // verify() alone is offline: no revocation lookup.
    assert!(verifier.verify(&revoked).is_ok());
    configuration.assert();
    active.assert();
}

struct Case {
    line: String,
    kind: String,
    cols: Vec<String>,
}

fn list(text: &str) -> Vec<String> {
    if text == "-" {
        Vec::new()
    } else {
        text.split(',').map(str::to_owned).collect()
    }
}

fn cases() -> Vec<Case> {
    fixture("authorization-cases.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let mut cols: Vec<String> = line.split('\t').map(str::to_owned).collect();
            let kind = cols.remove(0);
            Case {
                line: line.to_owned(),
                kind,
                cols,
            }
        })
        .collect()
}

fn claims_for(
    roles: Vec<String>,
    permissions: Vec<String>,
    acr: Option<String>,
    amr: Vec<String>,
    auth_time: Option<f64>,
) -> Claims {
    Claims {
        sub: "u".into(),
        iss: ISSUER.into(),
        aud: vec![],
        token_type: TokenType::UserToken,
        tenant_id: "t".into(),
        tenant_ids: vec![],
        roles,
        permissions,
        email: None,
        email_verified: None,
        name: None,
        metadata: None,
        application_id: None,
        act: None,
        acr,
        amr,
        auth_time,
        exp: now() + 60.0,
        nbf: None,
        iat: None,
        raw: JsonValue::default(),
    }
}

#[test]
fn roles_permissions_and_step_up_follow_the_shared_table() {
    let cases = cases();
    assert!(cases.len() >= 30);
    for case in cases {
        let c = &case.cols;
        let got = match case.kind.as_str() {
            "roles" => claims_for(list(&c[0]), vec![], None, vec![], None)
                .has_roles(&list(&c[1]), c[2] == "all"),
            "permissions" => claims_for(vec![], list(&c[0]), None, vec![], None)
                .has_permissions(&list(&c[1]), c[2] == "all"),
            "stepup" => {
                let acr = match c[0].as_str() {
                    "multi-factor" => Some(STEP_UP_ACR.to_owned()),
                    "-" => None,
                    other => Some(other.to_owned()),
                };
                let auth_time = (c[2] != "-").then(|| now() - c[2].parse::<f64>().unwrap());
                let max_age = (c[3] != "-")
                    .then(|| std::time::Duration::from_secs_f64(c[3].parse::<f64>().unwrap()));
                claims_for(vec![], vec![], acr, list(&c[1]), auth_time).is_stepped_up(max_age)
            }
            other => panic!("unknown kind {other}"),
        };
        let expected = c.last().unwrap() == "true";
        assert_eq!(got, expected, "{}", case.line);
    }
}

#[test]
fn ambiguous_credentials_are_an_invalid_request_never_resolved_by_order() {
    let verifier = TokenVerifier::new(options()).unwrap();
    let jane = token(&claims());
    let john = token(&with(json!({"sub": "user-2"})));
    let api_jane = token(&with(json!({"type": "tenantApiToken"})));
    let api_other = token(&with(json!({"type": "tenantApiToken", "sub": "api-9"})));
    let outcome = |headers: Vec<(&str, String)>| match verifier
        .authenticate(headers, &AccessRequirements::default())
    {
        Ok(claims) => Ok(claims.sub),
        Err(FronteggError::Authentication {
            status,
            reason,
            detail,
        }) => {
            assert!(
                !detail.contains(&jane) && !detail.contains(&john),
                "{detail}"
            );
            Err((status, reason))
        }
        Err(other) => panic!("{other:?}"),
    };
    let invalid = Err((401, RejectionReason::InvalidRequest));
    let bearer = |t: &str| ("Authorization", format!("Bearer {t}"));
    for (name, headers) in [
        (
            "two bearer tokens of two users",
            vec![bearer(&jane), bearer(&john)],
        ),
        (
            "two bearer tokens of two users, the other order",
            vec![bearer(&john), bearer(&jane)],
        ),
        (
            "the same bearer token twice",
            vec![bearer(&jane), bearer(&jane)],
        ),
        (
            "a bearer and a Basic header",
            vec![bearer(&jane), ("authorization", "Basic dTpw".into())],
        ),
        (
            "two x-api-key headers",
            vec![
                ("x-api-key", api_jane.clone()),
                ("X-Api-Key", api_other.clone()),
            ],
        ),
        (
            "a bearer and an API key of another subject",
            vec![bearer(&jane), ("x-api-key", api_other.clone())],
        ),
    ] {
        assert_eq!(outcome(headers), invalid, "{name}");
        println!("{name}: 401 invalid_request");
    }
    // One credential, or two that name the same subject, still pass.
    assert_eq!(outcome(vec![bearer(&jane)]), Ok("user-1".to_owned()));
    assert_eq!(
        outcome(vec![bearer(&jane), ("x-api-key", api_jane.clone())]),
        Ok("user-1".to_owned())
    );
    assert_eq!(
        outcome(vec![("x-api-key", api_jane)]),
        Ok("user-1".to_owned())
    );
}
