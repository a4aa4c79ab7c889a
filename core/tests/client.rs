//! The client against loopback HTTP servers (mockito): request shapes,
//! error mapping, vendor-token caching, timeouts and redaction.

use std::io::Read;
use std::net::TcpListener;
use std::sync::Arc;
use std::time::{Duration, Instant};

use frontegg_identity::{
    Client, ClientConfig, ClientConfigBuilder, ErrorKind, FronteggError, JsonValue, LoginRequest,
    Provider, SecretString, SignUpRequest,
};
use mockito::{Matcher, Server};
use serde_json::json;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const CLIENT_ID: &str = "6a6b-12cd-34ef";
const SECRET: &str = "vendor-api-key-do-not-print";
const USER_AGENT: &str = concat!("frontegg-identity/", env!("CARGO_PKG_VERSION"), " (rust)");

fn builder(server: &Server) -> ClientConfigBuilder {
    ClientConfig::builder().base_url(server.url())
}

fn vendor_client(server: &Server) -> Result<Client, FronteggError> {
    Client::new(
        builder(server)
            .vendor_credentials(CLIENT_ID, SECRET)
            .vendor_host("app-test.frontegg.com")
            .application_id("app-1")
            .build(),
    )
}

fn mock_vendor_auth(server: &mut Server, token: &str, expires_in: u64) -> mockito::Mock {
    server
        .mock("POST", "/auth/vendor")
        .match_header("content-type", "application/json")
        .match_header("authorization", Matcher::Missing)
        .match_body(Matcher::Json(
            json!({"clientId": CLIENT_ID, "secret": SECRET}),
        ))
        .with_status(200)
        .with_header("content-type", "application/json")
        .with_body(json!({"token": token, "expiresIn": expires_in}).to_string())
}

fn session_body(access: &str, refresh: Option<&str>) -> String {
    let mut body = json!({
        "accessToken": access,
        "expiresIn": 300,
        "expires": "Thu, 26 Nov 2026 03:00:00 GMT",
        "mfaRequired": false,
        "userId": "u-1",
    });
    if let Some(refresh) = refresh {
        body["refreshToken"] = json!(refresh);
    }
    body.to_string()
}

#[test]
fn sign_up_sends_every_field_and_header() -> TestResult {
    let mut server = Server::new();
    let vendor = mock_vendor_auth(&mut server, "vendor-token-1", 3600).create();
    let sign_up = server
        .mock("POST", "/identity/resources/users/v1/signUp")
        .match_header("authorization", "Bearer vendor-token-1")
        .match_header("frontegg-vendor-host", "app-test.frontegg.com")
        .match_header("frontegg-application-id", "app-1")
        .match_header("content-type", "application/json")
        .match_header("accept", "application/json")
        .match_header("user-agent", USER_AGENT)
        .match_body(Matcher::Json(json!({
            "provider": "google",
            "metadata": "{\"plan\":\"pro\"}",
            "email": "jane@example.com",
            "username": "jane",
            "name": "Jane",
            "profilePictureUrl": "https://example.com/j.png",
            "password": "pw-1",
            "skipInviteEmail": true,
            "roleIds": ["admin"],
            "emailMetadata": {"greeting": "hi"},
            "companyName": "Acme",
            "recaptchaToken": "captcha",
            "invitationToken": "invite",
            "phoneNumber": "+15550100",
        })))
        .with_status(201)
        .with_header(
            "set-cookie",
            "fe_refresh_6a6b12cd-34ef=refresh-from-cookie; Path=/; HttpOnly",
        )
        .with_body(
            json!({
                "shouldActivate": false,
                "userId": "u-1",
                "tenantId": "t-1",
                "authResponse": serde_json::from_str::<serde_json::Value>(&session_body("access-1", None))?,
            })
            .to_string(),
        )
        .create();

    let client = vendor_client(&server)?;
    let answer = client.sign_up_tokens(&SignUpRequest {
        email: "jane@example.com".into(),
        company_name: "Acme".into(),
        password: Some("pw-1".into()),
        provider: Provider::Google,
        name: Some("Jane".into()),
        username: Some("jane".into()),
        profile_picture_url: Some("https://example.com/j.png".into()),
        metadata: Some(r#"{"plan":"pro"}"#.into()),
        skip_invite_email: Some(true),
        role_ids: Some(vec!["admin".into()]),
        email_metadata: Some(JsonValue(json!({"greeting": "hi"}))),
        recaptcha_token: Some("captcha".into()),
        invitation_token: Some("invite".into()),
        phone_number: Some("+15550100".into()),
    })?;

    vendor.assert();
    sign_up.assert();
    assert_eq!(answer.should_activate, Some(false));
    assert_eq!(answer.user_id.as_deref(), Some("u-1"));
    assert_eq!(answer.tenant_id.as_deref(), Some("t-1"));
    let session = answer.auth_response.ok_or("no session")?;
    assert_eq!(session.access_token.expose(), "access-1");
    assert_eq!(
        session.refresh_token.as_ref().map(SecretString::expose),
        Some("refresh-from-cookie")
    );
    Ok(())
}

#[test]
fn sign_up_defaults_to_the_local_provider_and_validates_input() -> TestResult {
    let mut server = Server::new();
    let sign_up = server
        .mock("POST", "/identity/resources/users/v1/signUp")
        .match_header("authorization", Matcher::Missing)
        .match_body(Matcher::Json(json!({
            "provider": "local", "email": "a@b.c", "companyName": "Acme"
        })))
        .with_status(201)
        .with_body(r#"{"shouldActivate": true, "userId": "u-2", "activationToken": "act"}"#)
        .create();
    let client = Client::new(builder(&server).build())?;
    let answer = client.sign_up_tokens(&SignUpRequest {
        email: "a@b.c".into(),
        company_name: "Acme".into(),
        ..SignUpRequest::default()
    })?;
    sign_up.assert();
    assert_eq!(answer.should_activate, Some(true));
    assert!(answer.auth_response.is_none());

    let missing = client.sign_up_tokens(&SignUpRequest {
        email: " ".into(),
        company_name: "Acme".into(),
        ..SignUpRequest::default()
    });
    assert_eq!(
        missing.map_err(|e| e.kind()).err(),
        Some(ErrorKind::InvalidInput)
    );
    Ok(())
}

#[test]
fn login_sends_the_credentials_and_reads_the_session() -> TestResult {
    let mut server = Server::new();
    let login = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .match_header("authorization", Matcher::Missing)
        .match_header("frontegg-vendor-host", "app-test.frontegg.com")
        .match_body(Matcher::Json(json!({
            "email": "jane@example.com",
            "password": "pw-1",
            "invitationToken": "inv",
        })))
        .with_status(200)
        .with_header("frontegg-trace-id", "trace-ok")
        .with_body(session_body("access-1", Some("refresh-body")))
        .create();
    let client = Client::new(
        builder(&server)
            .client_id(CLIENT_ID)
            .vendor_host("app-test.frontegg.com")
            .build(),
    )?;
    let session = client.sign_in_tokens(&LoginRequest {
        email: Some("jane@example.com".into()),
        password: "pw-1".into(),
        invitation_token: Some("inv".into()),
        ..LoginRequest::default()
    })?;
    login.assert();
    assert_eq!(session.access_token.expose(), "access-1");
    assert_eq!(
        session.refresh_token.as_ref().map(SecretString::expose),
        Some("refresh-body")
    );
    assert_eq!(session.expires_in, 300.0);
    assert!(!session.mfa_required);

    for bad in [
        LoginRequest {
            password: "pw".into(),
            ..LoginRequest::default()
        },
        LoginRequest {
            email: Some("a@b.c".into()),
            ..LoginRequest::default()
        },
    ] {
        assert_eq!(
            client.sign_in_tokens(&bad).map_err(|e| e.kind()).err(),
            Some(ErrorKind::InvalidInput)
        );
    }
    Ok(())
}

#[test]
fn refresh_and_logout_send_the_named_cookie() -> TestResult {
    let mut server = Server::new();
    let refresh = server
        .mock("POST", "/identity/resources/auth/v1/user/token/refresh")
        .match_header("cookie", "fe_refresh_6a6b12cd-34ef=refresh-1")
        .match_header("frontegg-vendor-host", "app-test.frontegg.com")
        .match_header("content-length", "18")
        .match_body(Matcher::Json(json!({"tenantId": "t-9"})))
        .with_status(201)
        .with_header(
            "set-cookie",
            "fe_refresh_6a6b12cd-34ef=refresh-2; Path=/; HttpOnly; Secure",
        )
        .with_body(session_body("access-2", None))
        .create();
    let logout = server
        .mock("POST", "/identity/resources/auth/v1/logout")
        .match_header("cookie", "fe_refresh_6a6b12cd-34ef=refresh-2")
        .match_header("frontegg-vendor-host", "app-test.frontegg.com")
        .match_header("content-type", Matcher::Missing)
        // A bodiless POST goes with a zero length, never chunked.
        .match_header("content-length", "0")
        .match_header("transfer-encoding", Matcher::Missing)
        .with_status(201)
        .create();
    let client = Client::new(
        builder(&server)
            .client_id(CLIENT_ID)
            .vendor_host("app-test.frontegg.com")
            .build(),
    )?;
    assert_eq!(client.refresh_cookie_name()?, "fe_refresh_6a6b12cd-34ef");
    let session = client.refresh_tokens(&"refresh-1".into(), Some("t-9"))?;
    refresh.assert();
    let rotated = session.refresh_token.ok_or("no refresh token")?;
    assert_eq!(rotated.expose(), "refresh-2");
    client.sign_out(&rotated)?;
    logout.assert();
    Ok(())
}

#[test]
fn refresh_without_client_id_is_a_config_error() -> TestResult {
    let server = Server::new();
    let client = Client::new(builder(&server).build())?;
    let error = client
        .refresh_tokens(&"r".into(), None)
        .err()
        .ok_or("refresh succeeded")?;
    assert_eq!(error.kind(), ErrorKind::Config);
    Ok(())
}

#[test]
fn scoped_clients_send_tenant_and_user_headers() -> TestResult {
    let mut server = Server::new();
    let login = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .match_header("frontegg-tenant-id", "tenant/1")
        .match_header("frontegg-user-id", "user-1")
        .with_body(session_body("a", Some("r")))
        .create();
    let client = Client::new(builder(&server).build())?;
    let scoped = client.for_tenant("tenant/1")?.for_user("user-1")?;
    scoped.sign_in_tokens(&LoginRequest {
        email: Some("a@b.c".into()),
        password: "pw".into(),
        ..LoginRequest::default()
    })?;
    login.assert();
    assert_eq!(
        client.for_tenant("bad\nvalue").err().map(|e| e.kind()),
        Some(ErrorKind::InvalidInput)
    );
    Ok(())
}

fn login_error(
    server: &mut Server,
    status: usize,
    headers: &[(&str, &str)],
    body: &str,
) -> FronteggError {
    let mut mock = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .with_status(status)
        .with_body(body);
    for (name, value) in headers {
        mock = mock.with_header(*name, value);
    }
    let _mock = mock.create();
    let client = match Client::new(builder(server).build()) {
        Ok(client) => client,
        Err(error) => return error,
    };
    match client.sign_in_tokens(&LoginRequest {
        email: Some("a@b.c".into()),
        password: "pw".into(),
        ..LoginRequest::default()
    }) {
        Ok(session) => panic!("expected an error, got {session:?}"),
        Err(error) => error,
    }
}

#[test]
fn every_status_maps_to_its_error_kind() {
    let body = r#"{"errors":["User already exists"],"errorCode":"ER-01001"}"#;
    for (status, kind) in [
        (400, ErrorKind::Api),
        (401, ErrorKind::Unauthorized),
        (403, ErrorKind::Forbidden),
        (404, ErrorKind::NotFound),
        (409, ErrorKind::Conflict),
        (422, ErrorKind::Api),
        (429, ErrorKind::RateLimited),
        (500, ErrorKind::Server),
        (503, ErrorKind::Server),
    ] {
        let mut server = Server::new();
        let error = login_error(
            &mut server,
            status,
            &[("frontegg-trace-id", "trace-123")],
            body,
        );
        assert_eq!(error.kind(), kind, "status {status}");
        assert_eq!(error.status(), Some(status as u16));
        let details = error.details().cloned().unwrap_or_default();
        assert_eq!(details.errors, vec!["User already exists".to_owned()]);
        assert_eq!(details.error_code.as_deref(), Some("ER-01001"));
        assert_eq!(details.trace_id.as_deref(), Some("trace-123"));
        let text = error.to_string();
        assert!(
            text.contains("User already exists") && text.contains("ER-01001"),
            "{text}"
        );
    }
}

#[test]
fn rate_limits_carry_the_wait() {
    let mut server = Server::new();
    let error = login_error(&mut server, 429, &[("retry-after", "12")], "{}");
    assert!(matches!(
        error,
        FronteggError::RateLimited {
            retry_after: Some(wait),
            ..
        } if wait == Duration::from_secs(12)
    ));
    let mut server = Server::new();
    let error = login_error(
        &mut server,
        429,
        &[("x-rate-limit-reset", "2000-01-01T00:00:00Z")],
        "",
    );
    assert!(matches!(
        error,
        FronteggError::RateLimited {
            retry_after: Some(wait),
            ..
        } if wait == Duration::from_secs(0)
    ));
    assert!(error.is_retryable());
}

#[test]
fn non_json_error_bodies_keep_an_excerpt_and_nest_messages_are_read() {
    let mut server = Server::new();
    let html = format!(
        "<html><body>Bad   gateway {}</body></html>",
        "x".repeat(500)
    );
    let error = login_error(&mut server, 502, &[], &html);
    assert_eq!(error.kind(), ErrorKind::Server);
    let excerpt = error
        .details()
        .and_then(|d| d.body_excerpt.clone())
        .unwrap_or_default();
    assert!(
        excerpt.starts_with("<html><body>Bad gateway x"),
        "{excerpt}"
    );
    assert!(excerpt.chars().count() <= 201);

    let mut server = Server::new();
    let error = login_error(
        &mut server,
        400,
        &[],
        r#"{"statusCode":400,"message":["email must be an email"]}"#,
    );
    assert_eq!(
        error.details().map(|d| d.errors.clone()),
        Some(vec!["email must be an email".to_owned()])
    );
}

#[test]
fn a_malformed_success_body_is_a_decode_error() {
    let mut server = Server::new();
    let _mock = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .with_status(200)
        .with_body("not json")
        .create();
    let result = Client::new(builder(&server).build()).and_then(|client| {
        client.sign_in_tokens(&LoginRequest {
            email: Some("a@b.c".into()),
            password: "pw".into(),
            ..LoginRequest::default()
        })
    });
    assert!(matches!(
        result,
        Err(FronteggError::Decode { status: 200, .. })
    ));
}

#[test]
fn a_refused_connection_is_a_network_error() -> TestResult {
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let client = Client::new(
        ClientConfig::builder()
            .base_url(format!("http://127.0.0.1:{port}"))
            .build(),
    )?;
    let error = client
        .sign_out(&"r".into())
        .err()
        .ok_or("logout succeeded")?;
    // No client id: refused before any I/O.
    assert_eq!(error.kind(), ErrorKind::Config);
    let error = client
        .sign_in_tokens(&LoginRequest {
            email: Some("a@b.c".into()),
            password: "pw".into(),
            ..LoginRequest::default()
        })
        .err()
        .ok_or("login succeeded")?;
    assert_eq!(error.kind(), ErrorKind::Network, "{error}");
    assert!(error.is_retryable());
    Ok(())
}

#[test]
fn the_overall_timeout_fires_against_a_silent_server() -> TestResult {
    // Accepts connections and reads, but never answers.
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            let mut reader = stream.try_clone();
            std::thread::spawn(move || {
                let mut buffer = [0u8; 1024];
                if let Ok(reader) = reader.as_mut() {
                    while matches!(reader.read(&mut buffer), Ok(n) if n > 0) {}
                }
            });
            held.push(stream);
        }
    });
    let client = Client::new(
        ClientConfig::builder()
            .base_url(format!("http://127.0.0.1:{port}"))
            .timeout(Duration::from_millis(400))
            .build(),
    )?;
    let started = Instant::now();
    let error = client
        .sign_in_tokens(&LoginRequest {
            email: Some("a@b.c".into()),
            password: "pw".into(),
            ..LoginRequest::default()
        })
        .err()
        .ok_or("login succeeded")?;
    let elapsed = started.elapsed();
    assert_eq!(error.kind(), ErrorKind::Timeout, "{error}");
    assert!(elapsed >= Duration::from_millis(350), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
    Ok(())
}

#[test]
fn thirty_two_threads_share_one_vendor_authentication() -> TestResult {
    let mut server = Server::new();
    // 31 s lifetime: renewal is due after 1 s (30 s before expiry).
    let vendor = server
        .mock("POST", "/auth/vendor")
        .with_chunked_body(|writer| {
            // Slow enough that every thread arrives while it is in flight.
            std::thread::sleep(Duration::from_millis(300));
            writer.write_all(br#"{"token":"vendor-token-1","expiresIn":31}"#)
        })
        .expect(1)
        .create();
    let login = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .match_header("authorization", "Bearer vendor-token-1")
        .with_body(session_body("a", Some("r")))
        .expect(32)
        .create();
    let client = Arc::new(vendor_client(&server)?);
    let threads: Vec<_> = (0..32)
        .map(|_| {
            let client = Arc::clone(&client);
            std::thread::spawn(move || {
                client.sign_in_tokens(&LoginRequest {
                    email: Some("a@b.c".into()),
                    password: "pw".into(),
                    ..LoginRequest::default()
                })
            })
        })
        .collect();
    for thread in threads {
        thread.join().map_err(|_| "thread panicked")??;
    }
    vendor.assert();
    login.assert();

    std::thread::sleep(Duration::from_millis(1100));
    let renewed = mock_vendor_auth(&mut server, "vendor-token-1", 3600)
        .expect(1)
        .create();
    client.sign_in_tokens(&LoginRequest {
        email: Some("a@b.c".into()),
        password: "pw".into(),
        ..LoginRequest::default()
    })?;
    renewed.assert();
    Ok(())
}

#[test]
fn a_rejected_vendor_token_is_renewed_once_and_the_call_retried_once() -> TestResult {
    let mut server = Server::new();
    let first = mock_vendor_auth(&mut server, "stale-token", 3600)
        .expect(1)
        .create();
    let second = mock_vendor_auth(&mut server, "fresh-token", 3600)
        .expect(1)
        .create();
    let path = "/identity/resources/vendor-only/users/v1/u-1";
    let rejected = server
        .mock("GET", path)
        .match_header("authorization", "Bearer stale-token")
        .with_status(401)
        .with_body(r#"{"errors":["Invalid authentication"]}"#)
        .expect(1)
        .create();
    let accepted = server
        .mock("GET", path)
        .match_header("authorization", "Bearer fresh-token")
        .with_body(user_json("u-1"))
        .expect(1)
        .create();
    let client = vendor_client(&server)?;
    client.users().get_user_by_id_vendor_only("u-1")?;
    first.assert();
    second.assert();
    rejected.assert();
    accepted.assert();
    Ok(())
}

#[test]
fn a_second_401_is_returned_not_retried_again() -> TestResult {
    let mut server = Server::new();
    let vendor = mock_vendor_auth(&mut server, "token", 3600)
        .expect(2)
        .create();
    let rejected = server
        .mock("GET", "/identity/resources/vendor-only/users/v1/u-1")
        .with_status(401)
        .with_body(r#"{"errors":["Invalid authentication"]}"#)
        .expect(2)
        .create();
    let client = vendor_client(&server)?;
    let error = client
        .users()
        .get_user_by_id_vendor_only("u-1")
        .err()
        .ok_or("call succeeded")?;
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    vendor.assert();
    rejected.assert();
    Ok(())
}

#[test]
fn a_wrong_password_through_a_gateway_is_sent_once_with_one_vendor_token() -> TestResult {
    let mut server = Server::new();
    let vendor = mock_vendor_auth(&mut server, "token", 3600)
        .expect(1)
        .create();
    let login = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .match_header("authorization", "Bearer token")
        .match_header("frontegg-vendor-host", "app-test.frontegg.com")
        .with_status(401)
        .with_body(r#"{"errors":["Invalid email or password"]}"#)
        .expect(1)
        .create();
    let client = vendor_client(&server)?;
    for _ in 0..1 {
        let error = client
            .sign_in_tokens(&login_request())
            .err()
            .ok_or("login succeeded")?;
        assert_eq!(error.kind(), ErrorKind::Unauthorized);
    }
    // The vendor token was not thrown away: a vendor call reuses it.
    let user = server
        .mock("GET", "/identity/resources/vendor-only/users/v1/u-1")
        .match_header("authorization", "Bearer token")
        .with_body(user_json("u-1"))
        .expect(1)
        .create();
    client.users().get_user_by_id_vendor_only("u-1")?;
    vendor.assert();
    login.assert();
    user.assert();
    Ok(())
}

#[test]
fn a_wrong_password_on_an_environment_domain_carries_no_token() -> TestResult {
    let mut server = Server::new();
    let vendor = mock_vendor_auth(&mut server, "token", 3600)
        .expect(0)
        .create();
    let login = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .match_header("authorization", Matcher::Missing)
        .with_status(401)
        .with_body(r#"{"errors":["Invalid email or password"]}"#)
        .expect(1)
        .create();
    // No vendor host: the loopback base stands for an environment domain.
    let client = Client::new(
        builder(&server)
            .vendor_credentials(CLIENT_ID, SECRET)
            .build(),
    )?;
    let error = client
        .sign_in_tokens(&login_request())
        .err()
        .ok_or("login succeeded")?;
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    vendor.assert();
    login.assert();
    Ok(())
}

#[test]
fn as_user_sends_the_user_token_to_user_operations_only() -> TestResult {
    let mut server = Server::new();
    let vendor = mock_vendor_auth(&mut server, "vendor-token", 3600)
        .expect(1)
        .create();
    let me = server
        .mock("GET", "/identity/resources/users/v2/me/tenants")
        .match_header("authorization", "Bearer user-jwt")
        .with_body("[]")
        .expect(1)
        .create();
    let vendor_call = server
        .mock("GET", "/identity/resources/vendor-only/users/v1/u-1")
        .match_header("authorization", "Bearer vendor-token")
        .with_body(user_json("u-1"))
        .expect(1)
        .create();
    let client = vendor_client(&server)?.as_user("user-jwt")?;
    client
        .user_management()
        .get_user_tenants_v2(&Default::default())?;
    client.users().get_user_by_id_vendor_only("u-1")?;
    me.assert();
    vendor_call.assert();
    vendor.assert();
    Ok(())
}

#[test]
fn an_undocumented_answer_comes_back_as_json() -> TestResult {
    let mut server = Server::new();
    // The spec documents no body for this GET; Frontegg sends one.
    let tenants = server
        .mock("GET", "/tenants/resources/tenants/v2")
        .with_body(r#"[{"tenantId":"t-1","name":"Acme"}]"#)
        .create();
    let empty = server
        .mock("DELETE", "/identity/resources/roles/v1/r-1")
        .with_status(204)
        .create();
    let client = Client::new(builder(&server).access_token("t").build())?;
    let answer = client.accounts().get_tenants(&Default::default())?;
    assert_eq!(answer.0, json!([{"tenantId": "t-1", "name": "Acme"}]));
    let deleted = client.roles().delete_role("r-1", &Default::default())?;
    assert_eq!(deleted.0, serde_json::Value::Null);
    tenants.assert();
    empty.assert();
    Ok(())
}

#[test]
fn request_reaches_endpoints_outside_the_specs() -> TestResult {
    use frontegg_identity::{NameValue, RawRequest};

    let mut server = Server::new();
    let token = server
        .mock("POST", "/oauth/token")
        .match_query(Matcher::UrlEncoded("a".into(), "b c".into()))
        .match_header("x-extra", "1")
        .match_header("authorization", "Bearer t")
        .match_body(Matcher::Json(json!({"grant_type": "refresh_token"})))
        .with_body(r#"{"access_token":"x"}"#)
        .create();
    let client = Client::new(builder(&server).access_token("t").build())?;
    let answer = client.request(&RawRequest {
        method: "post".into(),
        path: "/oauth/token".into(),
        query: vec![NameValue {
            name: "a".into(),
            value: "b c".into(),
        }],
        headers: vec![NameValue {
            name: "X-Extra".into(),
            value: "1".into(),
        }],
        body: Some(json!({"grant_type": "refresh_token"}).into()),
    })?;
    assert_eq!(answer.0, json!({"access_token": "x"}));
    token.assert();
    for (path, header) in [
        ("/identity/../x", None),
        ("/a?b=c", None),
        ("/oauth/token", Some("Cookie")),
    ] {
        let error = client
            .request(&RawRequest {
                method: "GET".into(),
                path: path.into(),
                headers: header
                    .map(|h| {
                        vec![NameValue {
                            name: h.into(),
                            value: "x".into(),
                        }]
                    })
                    .unwrap_or_default(),
                ..RawRequest::default()
            })
            .err()
            .ok_or("request succeeded")?;
        assert_eq!(error.kind(), ErrorKind::InvalidInput, "{path}");
    }
    Ok(())
}

#[test]
fn bad_vendor_credentials_surface_as_unauthorized() -> TestResult {
    let mut server = Server::new();
    let _vendor = server
        .mock("POST", "/auth/vendor")
        .with_status(401)
        .with_body(r#"{"errors":["Invalid credentials"]}"#)
        .create();
    let client = vendor_client(&server)?;
    let error = client
        .authenticate_vendor()
        .err()
        .ok_or("authentication succeeded")?;
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    assert!(!error.to_string().contains(SECRET));
    Ok(())
}

#[test]
fn no_secret_appears_in_debug_display_or_errors() -> TestResult {
    let secrets = [
        SECRET,
        "password-value",
        "access-token-value",
        "refresh-token-value",
        "vendor-token-value",
        "fe_refresh_6a6b12cd-34ef=refresh-token-value",
    ];
    let mut server = Server::new();
    let _vendor = mock_vendor_auth(&mut server, "vendor-token-value", 3600).create();
    let _login = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .with_header(
            "set-cookie",
            "fe_refresh_6a6b12cd-34ef=refresh-token-value; HttpOnly",
        )
        .with_body(session_body("access-token-value", None))
        .create();
    let _refresh = server
        .mock("POST", "/identity/resources/auth/v1/user/token/refresh")
        .with_status(401)
        .with_body(r#"{"errors":["Invalid refresh token"]}"#)
        .create();
    let config = builder(&server)
        .vendor_credentials(CLIENT_ID, SECRET)
        .build();
    let client = Client::new(config.clone())?;
    let login = LoginRequest {
        email: Some("a@b.c".into()),
        password: "password-value".into(),
        ..LoginRequest::default()
    };
    let session = client.sign_in_tokens(&login)?;
    let vendor_token = client.authenticate_vendor()?;
    let refresh_error = client
        .refresh_tokens(&"refresh-token-value".into(), None)
        .err()
        .ok_or("refresh succeeded")?;
    let user_client = Client::new(builder(&server).access_token("access-token-value").build())?;

    let printed = [
        format!("{config:?}"),
        format!("{client:?}"),
        format!("{user_client:?}"),
        format!("{login:?}"),
        format!("{session:?}"),
        format!("{vendor_token:?}"),
        format!("{refresh_error:?}"),
        refresh_error.to_string(),
        format!(
            "{:?}",
            SignUpRequest {
                password: Some("password-value".into()),
                ..SignUpRequest::default()
            }
        ),
    ];
    for text in &printed {
        for secret in secrets {
            assert!(!text.contains(secret), "{secret} leaked in {text}");
        }
    }
    // The values are still there for whoever asks on purpose.
    assert_eq!(session.access_token.expose(), "access-token-value");
    assert_eq!(
        vendor_token.token.as_ref().map(SecretString::expose),
        Some("vendor-token-value")
    );
    Ok(())
}

#[test]
fn ids_in_headers_and_config_are_checked_at_build_time() {
    let error = Client::new(
        ClientConfig::builder()
            .base_url("http://example.com")
            .build(),
    )
    .err();
    assert_eq!(error.map(|e| e.kind()), Some(ErrorKind::Config));
}

#[test]
fn generated_list_operations_walk_every_page_lazily() -> TestResult {
    use frontegg_identity::models::AccountRolesGetAllRolesParams;

    let mut server = Server::new();
    let page = |ids: &[&str]| {
        let items: Vec<_> = ids.iter().map(|id| role_json(id)).collect();
        json!({
            "items": items,
            "_links": {"next": "", "prev": "", "first": "", "last": ""},
            "_metadata": {"totalItems": 3, "totalPages": 2},
        })
        .to_string()
    };
    let mut mocks = Vec::new();
    for (offset, ids) in [("0", vec!["r1", "r2"]), ("1", vec!["r3"])] {
        mocks.push(
            server
                .mock("GET", "/identity/resources/roles/v2")
                .match_query(Matcher::AllOf(vec![
                    Matcher::UrlEncoded("_offset".into(), offset.into()),
                    Matcher::UrlEncoded("_sortBy".into(), "name".into()),
                    Matcher::UrlEncoded("_limit".into(), "2".into()),
                ]))
                .match_header("frontegg-tenant-id", "t-1")
                .with_body(page(&ids))
                .expect(1)
                .create(),
        );
    }
    let client = Client::new(builder(&server).access_token("user-token").build())?;
    let pages = client
        .account_roles()
        .get_all_roles_pages(&AccountRolesGetAllRolesParams {
            sort_by: "name".into(),
            limit: Some(2),
            tenant_id: Some("t-1".into()),
            levels: None,
            tenant_ids: None,
            offset: None,
            order: None,
            filter: None,
        });
    let ids = pages
        .map(|role| role.map(|r| r.id))
        .collect::<Result<Vec<_>, _>>()?;
    assert_eq!(ids, vec!["r1", "r2", "r3"]);
    for mock in mocks {
        mock.assert();
    }
    Ok(())
}

#[test]
fn generated_operations_encode_ids() -> TestResult {
    let mut server = Server::new();
    let get = server
        .mock("GET", "/identity/resources/vendor-only/users/v1/a%2Fb")
        .match_header("authorization", "Bearer user-token")
        .with_body(user_json("a/b"))
        .create();
    let client = Client::new(builder(&server).access_token("user-token").build())?;
    client.users().get_user_by_id_vendor_only("a/b")?;
    get.assert();

    Ok(())
}

/// A role item with every field the spec requires.
fn role_json(id: &str) -> serde_json::Value {
    json!({
        "id": id, "key": id, "name": id, "description": "", "createdAt": "2026-01-01",
        "updatedAt": "2026-01-01", "firstUserRole": false, "isDefault": false, "level": 0,
        "permissions": [], "tenantId": "t", "vendorId": "v"
    })
}

/// A `UserDto` answer with every field the spec requires.
fn user_json(id: &str) -> String {
    serde_json::json!({
        "id": id, "email": "a@b.c", "name": "A", "createdAt": "2026-01-01",
        "lastLogin": "2026-01-02", "metadata": "{}", "vendorMetadata": "{}",
        "mfaEnrolled": false, "permissions": [], "roles": [], "profilePictureUrl": "",
        "provider": "local", "sub": id, "subAccountAccessAllowed": false,
        "tenantId": "t", "tenantIds": ["t"], "tenants": [], "verified": true
    })
    .to_string()
}

fn login_request() -> LoginRequest {
    LoginRequest {
        email: Some("a@b.c".into()),
        password: "pw".into(),
        ..LoginRequest::default()
    }
}

#[test]
fn a_rate_limited_call_is_repeated_after_its_wait_even_a_post() -> TestResult {
    let mut server = Server::new();
    let limited = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .with_status(429)
        .with_header("retry-after", "0")
        .expect(1)
        .create();
    let accepted = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .with_body(session_body("a", Some("r")))
        .expect(1)
        .create();
    Client::new(builder(&server).build())?.sign_in_tokens(&login_request())?;
    limited.assert();
    accepted.assert();
    Ok(())
}

#[test]
fn gateway_errors_are_repeated_only_for_idempotent_calls() -> TestResult {
    let mut server = Server::new();
    let unavailable = server
        .mock("GET", "/identity/resources/vendor-only/users/v1/u-1")
        .with_status(503)
        .expect(1)
        .create();
    let found = server
        .mock("GET", "/identity/resources/vendor-only/users/v1/u-1")
        .with_body(user_json("u-1"))
        .expect(1)
        .create();
    let client = Client::new(builder(&server).access_token("t").build())?;
    client.users().get_user_by_id_vendor_only("u-1")?;
    unavailable.assert();
    found.assert();

    let post = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .with_status(503)
        .expect(1)
        .create();
    let error = client
        .sign_in_tokens(&login_request())
        .err()
        .ok_or("login succeeded")?;
    assert_eq!(error.kind(), ErrorKind::Server);
    post.assert();
    Ok(())
}

#[test]
fn long_waits_and_disabled_retries_return_the_error_at_once() -> TestResult {
    let mut server = Server::new();
    let far = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .with_status(429)
        .with_header("retry-after", "60")
        .expect(1)
        .create();
    let error = Client::new(builder(&server).build())?
        .sign_in_tokens(&login_request())
        .err()
        .ok_or("login succeeded")?;
    assert!(matches!(
        error,
        FronteggError::RateLimited {
            retry_after: Some(wait),
            ..
        } if wait == Duration::from_secs(60)
    ));
    far.assert();

    let mut server = Server::new();
    let once = server
        .mock("POST", "/identity/resources/auth/v1/user")
        .with_status(429)
        .with_header("retry-after", "0")
        .expect(1)
        .create();
    let client = Client::new(builder(&server).retries(0, Duration::from_secs(5)).build())?;
    assert!(client.sign_in_tokens(&login_request()).is_err());
    once.assert();
    Ok(())
}
