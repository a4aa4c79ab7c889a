//! Sign-in flows and sessions against scripted loopback servers (mockito):
//! password + MFA, passwordless, SSO and social, sign-up and activation,
//! hosted login with PKCE; single-flight refresh, refresh-token rotation,
//! the storage callbacks, tenant switch, the 401 retry and logout.

// Test code: a failed set-up step should stop the test loudly.
#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use frontegg_identity::{
    AuthorizeRequest, Client, ClientConfig, FronteggError, HostedLogin, HostedLoginOptions,
    LoginRequest, PasswordlessMethod, RawRequest, RejectionReason, SecretString, Session,
    SignInOutcome, SignUpOutcome, SignUpRequest, StoredSession, TokenStorage, pkce_challenge,
};
use mockito::Matcher;
use serde_json::json;

/// A JWT-shaped token (unsigned: sessions only read its tenant).
fn jwt(sub: &str, tenant: &str) -> String {
    let payload = json!({"sub": sub, "tenantId": tenant}).to_string();
    format!(
        "eyJhbGciOiJSUzI1NiJ9.{}.sig",
        URL_SAFE_NO_PAD.encode(payload)
    )
}

fn answer(access: &str, refresh: &str, expires_in: f64) -> String {
    json!({
        "accessToken": access, "refreshToken": refresh, "expiresIn": expires_in,
        "expires": "later", "mfaRequired": false, "userId": "user-1"
    })
    .to_string()
}

fn client(server: &mockito::ServerGuard) -> Client {
    Client::new(
        ClientConfig::builder()
            .base_url(server.url())
            .client_id("client-1")
            .build(),
    )
    .unwrap()
}

fn login() -> LoginRequest {
    LoginRequest {
        email: Some("jane@example.com".into()),
        password: "pw".into(),
        ..LoginRequest::default()
    }
}

fn session_of(outcome: SignInOutcome) -> Session {
    match outcome {
        SignInOutcome::Session(session) => session,
        SignInOutcome::MfaRequired(mfa) => panic!("unexpected MFA: {mfa:?}"),
    }
}

/// Records what the session asks of its storage.
#[derive(Default)]
struct Recorder {
    events: Mutex<Vec<String>>,
    stored: Mutex<Option<StoredSession>>,
}

impl TokenStorage for Recorder {
    fn load(&self) -> Option<StoredSession> {
        self.stored.lock().unwrap().clone()
    }
    fn save(&self, session: StoredSession) {
        self.events
            .lock()
            .unwrap()
            .push(format!("save {}", session.refresh_token.expose()));
        *self.stored.lock().unwrap() = Some(session);
    }
    fn clear(&self) {
        self.events.lock().unwrap().push("clear".into());
        *self.stored.lock().unwrap() = None;
    }
}

const LOGIN: &str = "/identity/resources/auth/v1/user";
const REFRESH: &str = "/identity/resources/auth/v1/user/token/refresh";
const LOGOUT: &str = "/identity/resources/auth/v1/logout";

#[test]
fn login_mfa_session_refresh_logout_with_the_storage_told_each_change() {
    let mut server = mockito::Server::new();
    server
        .mock("POST", LOGIN)
        .with_body(
            json!({
                "accessToken": "", "expiresIn": 0, "expires": "", "mfaRequired": true,
                "mfaToken": "mfa-token-1",
                "mfaDevices": {"authenticators": [{"id": "app-1"}], "emails": [], "phones": [], "webauthn": []}
            })
            .to_string(),
        )
        .expect(1)
        .create();
    let verify = server
        .mock("POST", "/identity/resources/auth/v1/user/mfa/verify")
        .match_body(Matcher::PartialJson(
            json!({"mfaToken": "mfa-token-1", "value": "123456", "rememberDevice": true}),
        ))
        .with_header(
            "set-cookie",
            "fe_refresh_client1=refresh-1; Path=/; HttpOnly; Secure",
        )
        .with_body(
            json!({"accessToken": jwt("user-1", "t-1"), "expiresIn": 0, "expires": "", "mfaRequired": false})
                .to_string(),
        )
        .expect(1)
        .create();
    let refresh = server
        .mock("POST", REFRESH)
        .match_header("cookie", "fe_refresh_client1=refresh-1")
        .with_body(answer(&jwt("user-1", "t-1"), "refresh-2", 3600.0))
        .expect(1)
        .create();
    let logout = server
        .mock("POST", LOGOUT)
        .match_header("cookie", "fe_refresh_client1=refresh-2")
        .expect(1)
        .create();

    let recorder = Arc::new(Recorder::default());
    let client = client(&server);
    let outcome = client.sign_in(&login(), Some(recorder.clone())).unwrap();
    let SignInOutcome::MfaRequired(mfa) = outcome else {
        panic!("expected MFA")
    };
    assert_eq!(mfa.devices().unwrap().authenticators.len(), 1);
    assert!(!format!("{mfa:?}").contains("mfa-token-1"));
    let session = mfa.verify("123456", true).unwrap();
    assert_eq!(session.tenant_id().as_deref(), Some("t-1"));
    // Expired at once (expiresIn 0): the next use refreshes.
    session.access_token().unwrap();
    assert!(session.expires_at().unwrap() > 1e9);
    session.sign_out().unwrap();
    assert!(!session.is_signed_in());
    assert!(matches!(
        session.access_token(),
        Err(FronteggError::Unauthorized { .. })
    ));
    verify.assert();
    refresh.assert();
    logout.assert();
    assert_eq!(
        *recorder.events.lock().unwrap(),
        ["save refresh-1", "save refresh-2", "clear"]
    );
}

#[test]
fn sixteen_threads_on_an_expired_session_cause_exactly_one_refresh() {
    let mut server = mockito::Server::new();
    server
        .mock("POST", LOGIN)
        .with_body(answer(&jwt("user-1", "t-1"), "refresh-1", 0.0))
        .create();
    let refresh = server
        .mock("POST", REFRESH)
        .match_header("cookie", "fe_refresh_client1=refresh-1")
        .with_body_from_request(|_| {
            // Slow enough that every thread arrives while it runs.
            std::thread::sleep(std::time::Duration::from_millis(200));
            answer(&jwt("user-1", "t-1"), "refresh-2", 3600.0).into_bytes()
        })
        .expect(1)
        .create();
    let session = session_of(client(&server).sign_in(&login(), None).unwrap());
    let tokens: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..16)
            .map(|_| {
                let session = session.clone();
                scope.spawn(move || session.access_token().unwrap().expose().to_owned())
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(tokens.windows(2).all(|w| w[0] == w[1]));
    refresh.assert();
}

#[test]
fn a_rotating_refresh_token_is_never_sent_twice() {
    let mut server = mockito::Server::new();
    server
        .mock("POST", LOGIN)
        .with_body(answer(&jwt("user-1", "t-1"), "refresh-1", 3600.0))
        .create();
    let first = server
        .mock("POST", REFRESH)
        .match_header("cookie", "fe_refresh_client1=refresh-1")
        .with_body(answer(&jwt("user-1", "t-1"), "refresh-2", 3600.0))
        .expect(1)
        .create();
    // The next refresh fails after reaching Frontegg (a 500): refresh-2
    // may be used up, so it is not sent again.
    let second = server
        .mock("POST", REFRESH)
        .match_header("cookie", "fe_refresh_client1=refresh-2")
        .with_status(500)
        .expect(1)
        .create();
    let session = session_of(client(&server).sign_in(&login(), None).unwrap());
    session.refresh().unwrap();
    assert!(session.refresh().is_err());
    let again = session.refresh().unwrap_err();
    assert!(again.to_string().contains("never sent twice"), "{again}");
    first.assert();
    second.assert();
}

#[test]
fn a_refused_refresh_ends_the_session_and_clears_the_storage() {
    let mut server = mockito::Server::new();
    server
        .mock("POST", LOGIN)
        .with_body(answer(&jwt("user-1", "t-1"), "refresh-1", 0.0))
        .create();
    server.mock("POST", REFRESH).with_status(401).create();
    let recorder = Arc::new(Recorder::default());
    let session = session_of(
        client(&server)
            .sign_in(&login(), Some(recorder.clone()))
            .unwrap(),
    );
    assert!(matches!(
        session.access_token(),
        Err(FronteggError::Unauthorized { .. })
    ));
    assert!(!session.is_signed_in());
    assert_eq!(
        *recorder.events.lock().unwrap(),
        ["save refresh-1", "clear"]
    );
}

#[test]
fn tenant_switch_refreshes_with_the_tenant_and_a_401_call_retries_once() {
    let mut server = mockito::Server::new();
    server
        .mock("POST", LOGIN)
        .with_body(answer(&jwt("user-1", "t-1"), "refresh-1", 3600.0))
        .create();
    let switch = server
        .mock("POST", REFRESH)
        .match_body(Matcher::Json(json!({"tenantId": "t-2"})))
        .with_body(answer(&jwt("user-1", "t-2"), "refresh-2", 3600.0))
        .expect(1)
        .create();
    let session = session_of(client(&server).sign_in(&login(), None).unwrap());
    session.switch_tenant("t-2").unwrap();
    assert_eq!(session.tenant_id().as_deref(), Some("t-2"));
    switch.assert();

    // A call refused with 401 refreshes once, then goes through.
    let old = jwt("user-1", "t-2");
    let fresh = jwt("user-9", "t-2");
    let refused = server
        .mock("GET", "/identity/resources/users/v2/me")
        .match_header("authorization", format!("Bearer {old}").as_str())
        .with_status(401)
        .expect(1)
        .create();
    let renewed = server
        .mock("POST", REFRESH)
        .match_header("cookie", "fe_refresh_client1=refresh-2")
        .with_body(answer(&fresh, "refresh-3", 3600.0))
        .expect(1)
        .create();
    let accepted = server
        .mock("GET", "/identity/resources/users/v2/me")
        .match_header("authorization", format!("Bearer {fresh}").as_str())
        .with_body(r#"{"id":"user-1"}"#)
        .expect(1)
        .create();
    let me = session
        .request(&RawRequest {
            method: "GET".into(),
            path: "/identity/resources/users/v2/me".into(),
            ..RawRequest::default()
        })
        .unwrap();
    assert_eq!(me.0["id"], "user-1");
    refused.assert();
    renewed.assert();
    accepted.assert();
}

#[test]
fn passwordless_sso_social_and_activation_end_in_sessions() {
    let mut server = mockito::Server::new();
    let session_body = answer(&jwt("user-1", "t-1"), "refresh-1", 3600.0);
    let prelogin = server
        .mock(
            "POST",
            "/identity/resources/auth/v1/passwordless/magiclink/prelogin",
        )
        .match_body(Matcher::PartialJson(json!({"email": "jane@example.com"})))
        .expect(1)
        .create();
    let postlogin = server
        .mock(
            "POST",
            "/identity/resources/auth/v1/passwordless/magiclink/postlogin",
        )
        .match_body(Matcher::PartialJson(json!({"token": "link-token"})))
        .with_body(&session_body)
        .expect(1)
        .create();
    let sms = server
        .mock(
            "POST",
            "/identity/resources/auth/v1/passwordless/smscode/prelogin",
        )
        .match_body(Matcher::PartialJson(json!({"phoneNumber": "+15550100"})))
        .with_body("{}")
        .expect(1)
        .create();
    let sso = server
        .mock("POST", "/identity/resources/auth/v2/user/sso/prelogin")
        .match_body(Matcher::Json(json!({"email": "jane@corp.example"})))
        .with_body(r#"{"address":"https://idp.example/login","idpType":"saml"}"#)
        .create();
    let saml = server
        .mock("POST", "/identity/resources/auth/v1/user/saml/postlogin")
        .match_body(Matcher::Json(
            json!({"SAMLResponse": "PHNhbWw+", "RelayState": "relay"}),
        ))
        .with_body(&session_body)
        .expect(1)
        .create();
    let oidc = server
        .mock("POST", "/identity/resources/auth/v1/user/oidc/postlogin")
        .match_body(Matcher::PartialJson(
            json!({"code": "oidc-code", "state": "s"}),
        ))
        .with_body(&session_body)
        .expect(1)
        .create();
    server
        .mock("GET", "/identity/resources/sso/v1")
        .with_body(
            r#"[{"type":"google","clientId":"g-1","redirectUrl":"https://app/cb","active":true}]"#,
        )
        .create();
    let social = server
        .mock(
            "POST",
            "/identity/resources/auth/v1/user/sso/google/postlogin",
        )
        .match_body(Matcher::PartialJson(
            json!({"code": "g-code", "codeVerifier": "v"}),
        ))
        .with_body(&session_body)
        .expect(1)
        .create();
    let sign_up = server
        .mock("POST", "/identity/resources/users/v1/signUp")
        .with_body(r#"{"shouldActivate":true,"userId":"user-2","tenantId":"t-2"}"#)
        .create();
    let activate = server
        .mock("POST", "/identity/resources/users/v1/activate")
        .match_body(Matcher::PartialJson(
            json!({"userId": "user-2", "token": "act-token"}),
        ))
        .with_body(&session_body)
        .expect(1)
        .create();

    let client = client(&server);
    client
        .passwordless_start(
            PasswordlessMethod::MagicLink,
            Some("jane@example.com"),
            None,
        )
        .unwrap();
    session_of(
        client
            .passwordless_finish(PasswordlessMethod::MagicLink, &"link-token".into(), None)
            .unwrap(),
    );
    client
        .passwordless_start(PasswordlessMethod::SmsCode, None, Some("+15550100"))
        .unwrap();
    assert!(matches!(
        client.passwordless_start(PasswordlessMethod::EmailCode, None, None),
        Err(FronteggError::InvalidInput { .. })
    ));
    let idp = client.sso_pre_login("jane@corp.example").unwrap();
    assert_eq!(idp.idp_type.as_deref(), Some("saml"));
    session_of(
        client
            .saml_post_login(&"PHNhbWw+".into(), "relay", None)
            .unwrap(),
    );
    session_of(
        client
            .oidc_post_login(&"oidc-code".into(), "s", None, None)
            .unwrap(),
    );
    let providers = client.social_providers().unwrap();
    assert_eq!(
        (providers[0].provider.as_str(), providers[0].active),
        ("google", true)
    );
    let url = client
        .social_login_url("google", "https://app/cb", Some("st"))
        .unwrap();
    assert_eq!(
        url,
        format!(
            "{}/identity/resources/auth/v2/user/sso/default/google/prelogin?redirectUri=https%3A%2F%2Fapp%2Fcb&state=st",
            server.url()
        )
    );
    session_of(
        client
            .social_post_login(
                "google",
                &"g-code".into(),
                Some("https://app/cb"),
                Some(&"v".into()),
                None,
                None,
            )
            .unwrap(),
    );
    let outcome = client
        .sign_up(
            &SignUpRequest {
                email: "new@example.com".into(),
                company_name: "New".into(),
                ..SignUpRequest::default()
            },
            None,
        )
        .unwrap();
    let SignUpOutcome::ActivationRequired { user_id, .. } = outcome else {
        panic!("expected activation")
    };
    assert_eq!(user_id.as_deref(), Some("user-2"));
    session_of(
        client
            .activate("user-2", &"act-token".into(), None, None)
            .unwrap(),
    );
    for mock in [
        prelogin, postlogin, sms, sso, saml, oidc, social, sign_up, activate,
    ] {
        mock.assert();
    }
}

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap()
}

/// Hosted login against `server`, which serves key 1 as its JWKS.
fn hosted(server: &mut mockito::ServerGuard) -> HostedLogin {
    server
        .mock("GET", "/.well-known/jwks.json")
        .with_body(fixture("jwks-1.json"))
        .create();
    HostedLogin::new(HostedLoginOptions {
        base_url: server.url(),
        client_id: "client-1".into(),
        redirect_uri: "myapp://callback".into(),
        scopes: vec![],
    })
    .unwrap()
}

/// `claims` signed as `alg` by test key `key` (header `kid` `key-N`).
fn signed(claims: &serde_json::Value, alg: &str, key: u8) -> String {
    let header = json!({"alg": alg, "typ": "JWT", "kid": format!("key-{key}")});
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    if alg == "none" {
        return format!("{input}.");
    }
    let pem = fixture(&format!("jwt-key-{key}.pem"));
    let key = jsonwebtoken::EncodingKey::from_rsa_pem(pem.as_bytes()).unwrap();
    let signature =
        jsonwebtoken::crypto::sign(input.as_bytes(), &key, jsonwebtoken::Algorithm::RS256).unwrap();
    format!("{input}.{signature}")
}

/// A valid ID token of `server`'s issuer for `aud`, carrying `nonce`.
fn id_token(server: &mockito::ServerGuard, nonce: &str, aud: &str) -> String {
    signed(
        &json!({"iss": server.url(), "sub": "user-1", "nonce": nonce, "aud": aud, "exp": 4_000_000_000u64}),
        "RS256",
        1,
    )
}

#[test]
fn pkce_matches_rfc_7636_appendix_b() {
    assert_eq!(
        pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    );
}

#[test]
fn hosted_login_builds_the_url_exchanges_the_code_refreshes_and_logs_out() {
    let mut server = mockito::Server::new();
    let login = hosted(&mut server);
    let request: AuthorizeRequest = login.authorize_url().unwrap();
    let url = url::Url::parse(&request.url).unwrap();
    let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    assert_eq!(url.path(), "/oauth/authorize");
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["client_id"], "client-1");
    assert_eq!(query["redirect_uri"], "myapp://callback");
    assert_eq!(query["scope"], "openid email profile");
    assert_eq!(query["state"], request.state);
    assert_eq!(query["nonce"], request.nonce);
    assert_eq!(query["code_challenge_method"], "S256");
    assert_eq!(
        query["code_challenge"],
        pkce_challenge(request.code_verifier.expose())
    );
    assert_eq!(request.code_verifier.expose().len(), 43);
    assert_ne!(login.authorize_url().unwrap().state, request.state);

    let id = id_token(&server, &request.nonce, "client-1");
    let exchange = server
        .mock("POST", "/oauth/token")
        .match_body(Matcher::Json(json!({
            "grant_type": "authorization_code", "client_id": "client-1", "code": "the-code",
            "redirect_uri": "myapp://callback", "code_verifier": request.code_verifier.expose(),
        })))
        .with_body(
            json!({
                "access_token": jwt("user-1", "t-1"), "refresh_token": "oauth-refresh-1",
                "id_token": id, "expires_in": 3600, "token_type": "Bearer"
            })
            .to_string(),
        )
        .expect(1)
        .create();
    let refresh = server
        .mock("POST", "/oauth/token")
        .match_body(Matcher::Json(json!({"grant_type": "refresh_token", "refresh_token": "oauth-refresh-1"})))
        .with_body(json!({"access_token": jwt("user-1", "t-1"), "refresh_token": "oauth-refresh-2", "expires_in": 3600}).to_string())
        .expect(1)
        .create();
    let logout = server
        .mock("POST", "/oauth/logout/token")
        .match_header("cookie", "fe_refresh_client1=oauth-refresh-2")
        .expect(1)
        .create();
    let callback = format!("myapp://callback?code=the-code&state={}", request.state);
    let session = login.exchange(&callback, &request, None).unwrap();
    assert_eq!(session.user_id().as_deref(), Some("user-1"));
    session.refresh().unwrap();
    session.sign_out().unwrap();
    exchange.assert();
    refresh.assert();
    logout.assert();
}

#[test]
fn a_callback_with_a_wrong_state_or_an_error_is_refused_before_any_request() {
    let mut server = mockito::Server::new();
    let untouched = server.mock("POST", "/oauth/token").expect(0).create();
    let login = hosted(&mut server);
    let request = login.authorize_url().unwrap();
    for callback in [
        "myapp://callback?code=c&state=forged".to_owned(),
        "myapp://callback?code=c".to_owned(),
        format!(
            "myapp://callback?error=access_denied&error_description=no&state={}",
            request.state
        ),
        format!("myapp://callback?state={}", request.state),
    ] {
        let error = login.exchange(&callback, &request, None).unwrap_err();
        assert!(
            matches!(error, FronteggError::OAuth { .. }),
            "{callback}: {error:?}"
        );
    }
    let denied = format!("?error=access_denied&state={}", request.state);
    assert!(matches!(
        login.exchange(&denied, &request, None),
        Err(FronteggError::OAuth { code, .. }) if code == "access_denied"
    ));
    untouched.assert();
}

#[test]
fn a_callback_names_its_state_once_or_not_at_all() {
    let mut server = mockito::Server::new();
    let login = hosted(&mut server);
    let request = login.authorize_url().unwrap();
    let callback = format!("myapp://callback?code=c&state={}#frag", request.state);
    assert_eq!(login.callback_state(&callback), Some(request.state.clone()));
    assert_eq!(
        login.callback_state("myapp://callback?state=a%20b&code=c"),
        Some("a b".to_owned())
    );
    for refused in [
        "myapp://callback?code=c",
        "myapp://callback?state=a&state=b",
        "myapp://callback?state=a&code=c&code=d",
        "not a url",
    ] {
        assert_eq!(login.callback_state(refused), None, "{refused}");
    }
}

#[test]
fn an_id_token_for_another_login_is_refused() {
    let mut server = mockito::Server::new();
    let login = hosted(&mut server);
    let request = login.authorize_url().unwrap();
    let id = id_token(&server, "another-nonce", "client-1");
    server
        .mock("POST", "/oauth/token")
        .with_body(
            json!({
                "access_token": jwt("user-1", "t-1"), "refresh_token": "r",
                "id_token": id, "expires_in": 3600
            })
            .to_string(),
        )
        .create();
    let callback = format!("?code=c&state={}", request.state);
    let error = login.exchange(&callback, &request, None).unwrap_err();
    assert_eq!(
        error.rejection(),
        Some(RejectionReason::WrongNonce),
        "{error:?}"
    );
}

#[test]
fn a_stored_session_is_restored_after_a_restart() {
    let mut server = mockito::Server::new();
    server
        .mock("POST", LOGIN)
        .with_body(answer(&jwt("user-1", "t-1"), "refresh-1", 3600.0))
        .create();
    let recorder: Arc<Recorder> = Arc::new(Recorder::default());
    let client = client(&server);
    session_of(client.sign_in(&login(), Some(recorder.clone())).unwrap());
    let restored = Session::restore(&client, recorder.clone()).unwrap();
    assert_eq!(restored.user_id().as_deref(), Some("user-1"));
    assert_eq!(
        restored.access_token().unwrap(),
        SecretString::new(jwt("user-1", "t-1"))
    );
    assert!(!format!("{restored:?}").contains("refresh-1"));
}

/// Runs `work` on a thread and fails the test if it has not finished within
/// ten seconds: a deadlock shows as a failure, not a stuck suite.
fn within_ten_seconds<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    match receiver.recv_timeout(std::time::Duration::from_secs(10)) {
        Ok(value) => value,
        Err(_) => panic!("the call blocked for 10 s: a deadlock"),
    }
}

/// A storage that calls back into its session from `save` and `clear`.
#[derive(Default)]
struct ReEntrant {
    session: std::sync::OnceLock<Session>,
    seen: Mutex<Vec<String>>,
}

impl TokenStorage for ReEntrant {
    fn load(&self) -> Option<StoredSession> {
        None
    }
    fn save(&self, stored: StoredSession) {
        if let Some(session) = self.session.get() {
            let token = session.access_token().unwrap();
            // The session already holds what it is saving.
            assert_eq!(token, stored.access_token);
            self.seen
                .lock()
                .unwrap()
                .push(format!("save sees {}", stored.refresh_token.expose()));
        }
    }
    fn clear(&self) {
        if let Some(session) = self.session.get() {
            session.sign_out().unwrap();
            self.seen.lock().unwrap().push("clear, logout again".into());
        }
    }
}

#[test]
fn a_storage_that_calls_back_into_its_session_never_blocks() {
    let mut server = mockito::Server::new();
    server
        .mock("POST", LOGIN)
        .with_body(answer(&jwt("user-1", "t-1"), "refresh-1", 3600.0))
        .create();
    let refresh = server
        .mock("POST", REFRESH)
        .with_body(answer(&jwt("user-1", "t-1"), "refresh-2", 3600.0))
        .expect(1)
        .create();
    let logout = server.mock("POST", LOGOUT).expect(1).create();
    let storage = Arc::new(ReEntrant::default());
    let session = session_of(
        client(&server)
            .sign_in(&login(), Some(storage.clone()))
            .unwrap(),
    );
    let _ = storage.session.set(session.clone());
    let (refreshing, ending) = (session.clone(), session.clone());
    within_ten_seconds(move || refreshing.refresh().map(drop)).unwrap();
    within_ten_seconds(move || ending.sign_out()).unwrap();
    assert!(!session.is_signed_in());
    refresh.assert();
    logout.assert();
    assert_eq!(
        *storage.seen.lock().unwrap(),
        ["save sees refresh-2", "clear, logout again"]
    );
}

/// A storage holding one stored session, as an app's store reads it back.
struct Holding(Mutex<Option<StoredSession>>);

impl TokenStorage for Holding {
    fn load(&self) -> Option<StoredSession> {
        self.0.lock().unwrap().clone()
    }
    fn save(&self, session: StoredSession) {
        *self.0.lock().unwrap() = Some(session);
    }
    fn clear(&self) {
        *self.0.lock().unwrap() = None;
    }
}

#[test]
fn a_stored_expiry_that_is_not_a_sane_time_loads_as_expired() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let cases = [
        ("NaN expiry", f64::NAN, 3600.0),
        ("+inf expiry", f64::INFINITY, 3600.0),
        ("-inf expiry", f64::NEG_INFINITY, 3600.0),
        ("negative expiry", -5.0, 3600.0),
        ("expiry in 10,000 years", now + 3.2e11, 3600.0),
        ("f64::MAX expiry", f64::MAX, 3600.0),
        ("NaN lifetime", now + 3000.0, f64::NAN),
        ("infinite lifetime", now + 3000.0, f64::INFINITY),
        ("negative lifetime", now + 3000.0, -1.0),
        ("lifetime of 1e300 s", now + 3000.0, 1e300),
    ];
    for (name, expires_at, lifetime) in cases {
        let mut server = mockito::Server::new();
        let refresh = server
            .mock("POST", REFRESH)
            .match_header("cookie", "fe_refresh_client1=stored-refresh")
            .with_body(answer(&jwt("user-1", "t-1"), "refresh-2", 3600.0))
            .expect(1)
            .create();
        let storage = Arc::new(Holding(Mutex::new(Some(StoredSession {
            kind: frontegg_identity::SessionKind::Embedded,
            access_token: "stale-access".into(),
            refresh_token: "stored-refresh".into(),
            expires_at,
            lifetime,
            user_id: Some("user-1".into()),
            tenant_id: Some("t-1".into()),
        }))));
        let session = Session::restore(&client(&server), storage).unwrap();
        let token = session.access_token().unwrap();
        assert_ne!(
            token.expose(),
            "stale-access",
            "{name}: the stale token was handed out"
        );
        refresh.assert();
        println!("stored session with {name}: refreshed before use");
    }
}

#[test]
fn a_callback_with_a_repeated_oauth_parameter_is_refused_before_any_request() {
    let mut server = mockito::Server::new();
    let untouched = server.mock("POST", "/oauth/token").expect(0).create();
    let login = hosted(&mut server);
    let request = login.authorize_url().unwrap();
    let state = &request.state;
    for callback in [
        format!("?code=c&state={state}&state={state}"),
        format!("?code=c&state={state}&state=forged"),
        format!("?state=forged&code=c&state={state}"),
        format!("?code=c1&code=c2&state={state}"),
        format!("?code=c&code=c&state={state}"),
        format!("?code=c&state={state}&error=a&error=b"),
        format!("?code=c&state={state}&error_description=a&error_description=b"),
        format!("?code=c&state={state}&iss=https://a&iss=https://b"),
        format!("myapp://callback?code=c&state={state}&co%64e=c2"),
    ] {
        let error = login.exchange(&callback, &request, None).unwrap_err();
        assert!(
            matches!(&error, FronteggError::OAuth { code, .. } if code == "invalid_request"),
            "{callback}: {error:?}"
        );
    }
    untouched.assert();
}

#[test]
fn an_id_token_is_verified_as_openid_connect_asks() {
    let mut server = mockito::Server::new();
    let login = hosted(&mut server);
    let request = login.authorize_url().unwrap();
    let good = json!({"iss": server.url(), "sub": "user-1", "nonce": request.nonce, "aud": "client-1", "exp": 4_000_000_000u64});
    let with = |key: &str, value: serde_json::Value| {
        let mut claims = good.clone();
        claims[key] = value;
        claims
    };
    let without = |key: &str| {
        let mut claims = good.clone();
        claims.as_object_mut().unwrap().remove(key);
        claims
    };
    let mut forged_signature = signed(&good, "RS256", 1);
    forged_signature.push_str("AAAA");
    let cases: Vec<(&str, Option<String>, RejectionReason)> = vec![
        (
            "another issuer",
            Some(signed(
                &with("iss", json!("https://evil.example")),
                "RS256",
                1,
            )),
            RejectionReason::WrongIssuer,
        ),
        (
            "no issuer",
            Some(signed(&without("iss"), "RS256", 1)),
            RejectionReason::MissingClaim,
        ),
        (
            "alg none",
            Some(signed(&good, "none", 1)),
            RejectionReason::UnsupportedAlgorithm,
        ),
        (
            "an unknown key",
            Some(signed(&good, "RS256", 2)),
            RejectionReason::UnknownKey,
        ),
        (
            "a forged signature",
            Some(forged_signature),
            RejectionReason::BadSignature,
        ),
        (
            "another audience",
            Some(signed(&with("aud", json!(["other-client"])), "RS256", 1)),
            RejectionReason::WrongAudience,
        ),
        (
            "an old exp",
            Some(signed(&with("exp", json!(1_000_000_000u64)), "RS256", 1)),
            RejectionReason::Expired,
        ),
        (
            "another nonce",
            Some(signed(&with("nonce", json!("other")), "RS256", 1)),
            RejectionReason::WrongNonce,
        ),
        (
            "no nonce",
            Some(signed(&without("nonce"), "RS256", 1)),
            RejectionReason::MissingClaim,
        ),
        ("no ID token at all", None, RejectionReason::MissingClaim),
    ];
    for (name, id_token, reason) in cases {
        let mut answer =
            json!({"access_token": jwt("user-1", "t-1"), "refresh_token": "r", "expires_in": 3600});
        if let Some(id_token) = id_token {
            answer["id_token"] = json!(id_token);
        }
        let exchange = server
            .mock("POST", "/oauth/token")
            .with_body(answer.to_string())
            .expect(1)
            .create();
        let callback = format!("?code=c&state={}", request.state);
        let error = login.exchange(&callback, &request, None).unwrap_err();
        assert_eq!(error.rejection(), Some(reason), "{name}: {error:?}");
        exchange.assert();
        exchange.remove();
        println!("ID token with {name}: refused ({})", reason.as_str());
    }
    // The good one passes.
    server
        .mock("POST", "/oauth/token")
        .with_body(json!({"access_token": jwt("user-1", "t-1"), "refresh_token": "r", "expires_in": 3600, "id_token": signed(&good, "RS256", 1)}).to_string())
        .create();
    let callback = format!("?code=c&state={}", request.state);
    assert!(login.exchange(&callback, &request, None).is_ok());
}

#[test]
fn a_refresh_that_answers_for_another_user_or_tenant_is_refused_and_kept_from() {
    for (name, access, tenant_switch) in [
        ("another user", jwt("user-2", "t-1"), None),
        (
            "another tenant without a switch",
            jwt("user-1", "t-9"),
            None,
        ),
        (
            "a tenant other than the one asked for",
            jwt("user-1", "t-9"),
            Some("t-2"),
        ),
    ] {
        let mut server = mockito::Server::new();
        server
            .mock("POST", LOGIN)
            .with_body(answer(&jwt("user-1", "t-1"), "refresh-1", 3600.0))
            .create();
        server
            .mock("POST", REFRESH)
            .with_body(
                json!({"accessToken": access, "refreshToken": "refresh-2", "expiresIn": 3600, "expires": "", "mfaRequired": false})
                    .to_string(),
            )
            .create();
        let recorder = Arc::new(Recorder::default());
        let session = session_of(
            client(&server)
                .sign_in(&login(), Some(recorder.clone()))
                .unwrap(),
        );
        let error = match tenant_switch {
            Some(tenant) => session.switch_tenant(tenant).unwrap_err(),
            None => session.refresh().unwrap_err(),
        };
        assert_eq!(
            error.rejection(),
            Some(RejectionReason::WrongSubject),
            "{name}: {error:?}"
        );
        assert_eq!(session.user_id().as_deref(), Some("user-1"), "{name}");
        assert_eq!(session.tenant_id().as_deref(), Some("t-1"), "{name}");
        assert_eq!(
            session.access_token().unwrap().expose(),
            jwt("user-1", "t-1"),
            "{name}"
        );
        assert_eq!(
            *recorder.events.lock().unwrap(),
            ["save refresh-1"],
            "{name}: storage told of it"
        );
        // The refresh token reached Frontegg: it is never sent again.
        assert!(session.refresh().is_err(), "{name}");
        println!("refresh answering {name}: refused, nothing kept");
    }
}
