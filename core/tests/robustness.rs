//! Hostile and careless input, secrets echoed back, and many threads: the
//! bad-input table, the redaction table and the stress run. Each prints its
//! table; every row must pass.

// Test code: a failed set-up step should stop the test loudly.
#![allow(clippy::unwrap_used)]

mod loopback;

use std::collections::HashMap;
use std::io::Write;
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use frontegg_identity::models::{CreateUserDtoVendorOnly, GetUsersParams};
use frontegg_identity::{
    Client, ClientConfig, ErrorKind, FronteggError, LoginRequest, NameValue, Provider, RawRequest,
    SecretString, SignUpRequest, body_from_json,
};
use loopback::{Seen, read_request};
use mockito::{Matcher, Server};
use serde_json::json;

const CLIENT_ID: &str = "6a6b-12cd-34ef";

/// A keep-alive loopback server answering every request with `reply`.
fn serve(reply: fn(&Seen) -> (u16, String)) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&count);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let counter = Arc::clone(&counter);
            std::thread::spawn(move || {
                while let Some(seen) = read_request(&stream) {
                    counter.fetch_add(1, Ordering::SeqCst);
                    let (status, body) = reply(&seen);
                    let answer = format!(
                        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if stream.write_all(answer.as_bytes()).is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, count)
}

fn kind<T>(result: &Result<T, FronteggError>) -> String {
    match result {
        Ok(_) => "ok".into(),
        Err(error) => format!("{:?}", error.kind()),
    }
}

fn print_table(title: &str, rows: &[(String, String, bool)]) {
    println!("{title} ({} cases):", rows.len());
    for (case, outcome, ok) in rows {
        println!(
            "| {case:<58} | {outcome:<14} | {} |",
            if *ok { "pass" } else { "FAIL" }
        );
    }
}

/// One change that makes a configuration unusable.
type ConfigChange = Box<dyn FnOnce(&mut ClientConfig)>;

fn config_with(change: impl FnOnce(&mut ClientConfig)) -> Result<Client, FronteggError> {
    let mut config = ClientConfig::builder()
        .base_url("http://127.0.0.1:9")
        .build();
    change(&mut config);
    Client::new(config)
}

#[test]
fn bad_input_gets_a_typed_error_or_a_correct_request() {
    let mut rows: Vec<(String, String, bool)> = Vec::new();
    let mut check = |case: &str, result: String, expected: &str| {
        rows.push((case.to_owned(), result.clone(), result == expected));
    };
    // Configuration.
    let config_cases: Vec<(&str, ConfigChange)> = vec![
        ("timeout 0", Box::new(|c| c.timeout = Some(Duration::ZERO))),
        (
            "timeout above a day",
            Box::new(|c| c.timeout = Some(Duration::MAX)),
        ),
        (
            "connect timeout 0",
            Box::new(|c| c.connect_timeout = Some(Duration::ZERO)),
        ),
        (
            "connect timeout above a day",
            Box::new(|c| c.connect_timeout = Some(Duration::from_millis(90_000_000))),
        ),
        (
            "deadline 0",
            Box::new(|c| c.deadline = Some(Duration::ZERO)),
        ),
        (
            "deadline above a day",
            Box::new(|c| c.deadline = Some(Duration::MAX)),
        ),
        (
            "max retry wait above a day",
            Box::new(|c| c.max_retry_wait = Some(Duration::MAX)),
        ),
        ("max_retries 11", Box::new(|c| c.max_retries = 11)),
        (
            "max_retries u32::MAX",
            Box::new(|c| c.max_retries = u32::MAX),
        ),
        (
            "max_response_bytes 0",
            Box::new(|c| c.max_response_bytes = 0),
        ),
        (
            "max_response_bytes 2 GiB",
            Box::new(|c| c.max_response_bytes = 2 << 30),
        ),
        (
            "base_url plain http off loopback",
            Box::new(|c| c.base_url = Some("http://api.frontegg.com".into())),
        ),
        (
            "base_url ftp",
            Box::new(|c| c.base_url = Some("ftp://x.example.com".into())),
        ),
        (
            "base_url with user info",
            Box::new(|c| c.base_url = Some("https://u:p@x.example.com".into())),
        ),
        (
            "base_url with a query",
            Box::new(|c| c.base_url = Some("https://x.example.com/?access_token=t".into())),
        ),
        (
            "base_url not a URL",
            Box::new(|c| c.base_url = Some("not a url".into())),
        ),
        (
            "base_url empty",
            Box::new(|c| c.base_url = Some(String::new())),
        ),
        (
            "vendor_host with CR LF",
            Box::new(|c| c.vendor_host = Some("a\r\nx-evil: 1".into())),
        ),
        (
            "application_id with a NUL",
            Box::new(|c| c.application_id = Some("a\0b".into())),
        ),
        (
            "secret without client_id",
            Box::new(|c| c.secret = Some("s".into())),
        ),
        (
            "secret and access token together",
            Box::new(|c| {
                c.client_id = Some("id".into());
                c.secret = Some("s".into());
                c.access_token = Some("t".into());
            }),
        ),
        (
            "unknown service_urls key",
            Box::new(|c| {
                c.service_urls
                    .insert("billing".into(), "https://x.example.com".into());
            }),
        ),
        (
            "service_urls plain http off loopback",
            Box::new(|c| {
                c.service_urls
                    .insert("identity".into(), "http://x.example.com".into());
            }),
        ),
    ];
    for (case, change) in config_cases {
        check(
            &format!("config: {case}"),
            kind(&config_with(change)),
            "Config",
        );
    }

    // Ids and scoping headers: refused before anything is sent.
    let client = Client::new(
        ClientConfig::builder()
            .base_url("http://127.0.0.1:9")
            .access_token("t")
            .client_id(CLIENT_ID)
            .build(),
    )
    .unwrap();
    for id in [
        "",
        " ",
        "\t",
        ".",
        "..",
        ".\t.",
        "a\r\nb",
        "%2e",
        "%2E%2e",
        "a\u{0}b",
        "\u{7f}",
        "\u{85}x",
        "x\u{1b}[31m",
    ] {
        let result = client.users().get_user_by_id_vendor_only(id);
        check(&format!("path id {id:?}"), kind(&result), "InvalidInput");
    }
    for (case, result) in [
        (
            "for_tenant with CR LF",
            kind(&client.for_tenant("t\r\nx: y")),
        ),
        ("for_tenant blank", kind(&client.for_tenant("  "))),
        ("for_user empty", kind(&client.for_user(""))),
        ("as_user with a newline", kind(&client.as_user("tok\nen"))),
        ("as_user empty", kind(&client.as_user(""))),
    ] {
        check(case, result, "InvalidInput");
    }
    // The escape hatch.
    let raw = |method: &str, path: &str, headers: Vec<NameValue>| {
        kind(&client.request(&RawRequest {
            method: method.into(),
            path: path.into(),
            headers,
            ..RawRequest::default()
        }))
    };
    let header = |name: &str, value: &str| {
        vec![NameValue {
            name: name.into(),
            value: value.into(),
        }]
    };
    for (case, result) in [
        (
            "request path with a query",
            raw("GET", "/identity/a?b=c", vec![]),
        ),
        (
            "request path with a fragment",
            raw("GET", "/identity/a#b", vec![]),
        ),
        (
            "request path with ..",
            raw("GET", "/identity/../admin", vec![]),
        ),
        (
            "request path with a tab dot",
            raw("GET", "/identity/.\t./x", vec![]),
        ),
        (
            "request method with a space",
            raw("GE T", "/identity/a", vec![]),
        ),
        ("request method empty", raw("", "/identity/a", vec![])),
        (
            "request header Authorization",
            raw("GET", "/identity/a", header("Authorization", "x")),
        ),
        (
            "request header Cookie",
            raw("GET", "/identity/a", header("cookie", "x")),
        ),
        (
            "request header name with a space",
            raw("GET", "/identity/a", header("a b", "x")),
        ),
        (
            "request header value with CR LF",
            raw("GET", "/identity/a", header("x-a", "1\r\nx-b: 2")),
        ),
    ] {
        check(case, result, "InvalidInput");
    }
    // Cookies: a refresh token that would add a cookie or break the header.
    for token in [
        "a;b",
        "a; fe_refresh_x=y",
        "a,b",
        "a b",
        "a\tb",
        "\"q\"",
        "",
        "   ",
    ] {
        let result = client.refresh_tokens(&SecretString::new(token), None);
        check(
            &format!("refresh token {token:?}"),
            kind(&result),
            "InvalidInput",
        );
        let result = client.sign_out(&SecretString::new(token));
        check(
            &format!("logout token {token:?}"),
            kind(&result),
            "InvalidInput",
        );
    }
    // Flows: blank identifiers.
    let login = |email: &str, password: &str| {
        kind(&client.sign_in_tokens(&LoginRequest {
            email: Some(email.into()),
            password: password.into(),
            ..LoginRequest::default()
        }))
    };
    check(
        "login with a blank email",
        login("   ", "pw"),
        "InvalidInput",
    );
    check(
        "login with an empty password",
        login("a@b.c", ""),
        "InvalidInput",
    );
    let sign_up = |email: &str, company: &str, provider: Provider| {
        kind(&client.sign_up_tokens(&SignUpRequest {
            email: email.into(),
            company_name: company.into(),
            provider,
            ..SignUpRequest::default()
        }))
    };
    check(
        "sign-up with a blank email",
        sign_up(" ", "Acme", Provider::Local),
        "InvalidInput",
    );
    check(
        "sign-up with a blank company",
        sign_up("a@b.c", "\t", Provider::Local),
        "InvalidInput",
    );
    check(
        "sign-up with an unknown provider",
        sign_up(
            "a@b.c",
            "Acme",
            Provider::Other {
                value: "myspace".into(),
            },
        ),
        "InvalidInput",
    );
    // Bodies given as JSON (what a Python dict becomes).
    let body = |value: serde_json::Value| {
        kind(&body_from_json::<CreateUserDtoVendorOnly>(
            "users.create_user",
            value,
        ))
    };
    for (case, value) in [
        ("body missing tenantId", json!({"email": "a@b.c"})),
        ("body empty", json!({})),
        (
            "body with tenantID misspelt",
            json!({"tenantID": "t", "email": "a@b.c"}),
        ),
        (
            "body with an unknown key",
            json!({"tenantId": "t", "email": "a@b.c", "x": 1}),
        ),
        (
            "body tenantId a number",
            json!({"tenantId": 5, "email": "a@b.c"}),
        ),
        (
            "body tenantId null",
            json!({"tenantId": null, "email": "a@b.c"}),
        ),
        ("body a list", json!([1, 2])),
        ("body a string", json!("x")),
        ("body null", json!(null)),
        (
            "body roleIds a string",
            json!({"tenantId": "t", "email": "a@b.c", "roleIds": "r"}),
        ),
    ] {
        check(case, body(value), "InvalidInput");
    }
    check(
        "body with a 1 MiB name",
        body(json!({"tenantId": "t", "email": "a@b.c", "name": "n".repeat(1 << 20)})),
        "ok",
    );

    // Valid but unusual ids reach exactly their resource, percent-encoded.
    let mut server = Server::new();
    let client = Client::new(
        ClientConfig::builder()
            .base_url(server.url())
            .access_token("t")
            .build(),
    )
    .unwrap();
    for (id, encoded) in [
        ("a/b", "a%2Fb"),
        ("x?y#z", "x%3Fy%23z"),
        ("ü ñ", "%C3%BC%20%C3%B1"),
        ("...", "..."),
        ("%2e%2e%2f", "%252e%252e%252f"),
    ] {
        let mock = server
            .mock(
                "DELETE",
                format!("/identity/resources/roles/v1/{encoded}").as_str(),
            )
            .with_status(204)
            .expect(1)
            .create();
        let result = client.roles().delete_role(id, &Default::default());
        let reached = mock.matched();
        check(
            &format!("id {id:?} goes to its own resource"),
            if reached {
                kind(&result)
            } else {
                "wrong route".into()
            },
            "ok",
        );
    }
    // A huge query value is sent, encoded.
    let long = "q".repeat(8 * 1024);
    let mock = server
        .mock("GET", "/identity/resources/users/v3")
        .match_query(Matcher::UrlEncoded("_email".into(), long.clone()))
        .with_body(r#"{"items":[],"_links":{"next":"","prev":"","first":"","last":""},"_metadata":{"totalItems":0,"totalPages":0}}"#)
        .create();
    let result = client.user_management().get_users(&GetUsersParams {
        email: Some(long),
        ..Default::default()
    });
    check(
        "an 8 KiB query value",
        if mock.matched() {
            kind(&result)
        } else {
            "not sent".into()
        },
        "ok",
    );

    print_table("bad input", &rows);
    let failed: Vec<_> = rows.iter().filter(|(_, _, ok)| !ok).collect();
    assert!(rows.len() >= 60, "only {} cases", rows.len());
    assert!(failed.is_empty(), "{failed:#?}");
}

/// Everything logged, at the most verbose level.
fn logs() -> &'static Mutex<Vec<String>> {
    static LOGS: OnceLock<Mutex<Vec<String>>> = OnceLock::new();
    LOGS.get_or_init(|| Mutex::new(Vec::new()))
}

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        logs().lock().unwrap().push(record.args().to_string());
    }
    fn flush(&self) {}
}

/// A server that echoes every request, headers and body, into its error.
fn echo(seen: &Seen) -> (u16, String) {
    let status = if seen.head.starts_with("POST /auth/vendor") && !seen.body.contains("wrong") {
        return (
            200,
            r#"{"token":"vendor-token-abcdef","expiresIn":3600}"#.into(),
        );
    } else if seen.head.contains("/oauth/") {
        // Not JSON: the echo lands in the body excerpt.
        return (
            400,
            format!("echo {} {}", seen.head.replace("\r\n", " "), seen.body),
        );
    } else {
        401
    };
    let text = format!("{}\n{}", seen.head, seen.body);
    (
        status,
        json!({"errors": [text.clone()], "errorCode": text, "message": text}).to_string(),
    )
}

#[test]
fn no_secret_leaves_through_errors_or_logs() {
    let _ = log::set_logger(&Capture);
    log::set_max_level(log::LevelFilter::Trace);
    let (url, _) = serve(echo);
    let secrets = [
        "api-key-secret-value",
        "vendor-token-abcdef",
        "user-access-token-xyz",
        "password-value-123",
        "refresh-token-value-456",
        "new-user-password-789",
    ];
    let vendor = Client::new(
        ClientConfig::builder()
            .base_url(&url)
            .vendor_credentials(CLIENT_ID, "api-key-secret-value")
            .vendor_host("app-x.frontegg.com")
            .build(),
    )
    .unwrap();
    let calls: Vec<(&str, FronteggError)> = vec![
        (
            "login (password in the body)",
            vendor
                .sign_in_tokens(&LoginRequest {
                    email: Some("a@b.c".into()),
                    password: "password-value-123".into(),
                    ..LoginRequest::default()
                })
                .unwrap_err(),
        ),
        (
            "refresh (token in the cookie)",
            vendor
                .refresh_tokens(&SecretString::new("refresh-token-value-456"), None)
                .unwrap_err(),
        ),
        (
            "a vendor call (vendor token)",
            vendor
                .users()
                .get_user_by_id_vendor_only("u-1")
                .unwrap_err(),
        ),
        (
            "a user call (as_user token)",
            vendor
                .as_user("user-access-token-xyz")
                .unwrap()
                .user_management()
                .get_user_tenants_v2(&Default::default())
                .unwrap_err(),
        ),
        (
            "a body field that is a secret",
            vendor
                .users()
                .create_user(&CreateUserDtoVendorOnly {
                    tenant_id: "t".into(),
                    email: Some("a@b.c".into()),
                    password: Some("new-user-password-789".into()),
                    ..Default::default()
                })
                .unwrap_err(),
        ),
        (
            "a non-JSON echo (body excerpt)",
            vendor
                .request(&RawRequest {
                    method: "POST".into(),
                    path: "/oauth/token".into(),
                    body: Some(json!({"password": "password-value-123"}).into()),
                    ..RawRequest::default()
                })
                .unwrap_err(),
        ),
        (
            "vendor authentication refused (secret echoed)",
            Client::new(
                ClientConfig::builder()
                    .base_url(&url)
                    .vendor_credentials(CLIENT_ID, "api-key-secret-value-wrong")
                    .build(),
            )
            .unwrap()
            .authenticate_vendor()
            .unwrap_err(),
        ),
    ];
    let mut rows = Vec::new();
    for (case, error) in &calls {
        let details = error.details();
        let texts = [
            ("Display", error.to_string()),
            ("Debug", format!("{error:?}")),
            (
                "errors",
                details.map(|d| d.errors.join("\n")).unwrap_or_default(),
            ),
            (
                "body_excerpt",
                details
                    .and_then(|d| d.body_excerpt.clone())
                    .unwrap_or_default(),
            ),
            (
                "error_code",
                details
                    .and_then(|d| d.error_code.clone())
                    .unwrap_or_default(),
            ),
        ];
        for (place, text) in texts {
            let leaked: Vec<&&str> = secrets.iter().filter(|s| text.contains(**s)).collect();
            rows.push((
                format!("{case}: {place}"),
                if leaked.is_empty() {
                    "clean".to_owned()
                } else {
                    format!("LEAK {leaked:?}")
                },
                leaked.is_empty(),
            ));
        }
        // The echo did arrive: the scrubbed text still says something.
        rows.push((
            format!("{case}: still informative"),
            error.kind().pipe_name(),
            error.to_string().contains("redacted") || error.to_string().contains("echo"),
        ));
    }
    let logged = logs().lock().unwrap().join("\n");
    let leaked: Vec<&&str> = secrets.iter().filter(|s| logged.contains(**s)).collect();
    rows.push((
        "log output at trace level".into(),
        if leaked.is_empty() {
            "clean".into()
        } else {
            format!("LEAK {leaked:?}")
        },
        leaked.is_empty() && !logged.is_empty(),
    ));
    // Debug of the client and of a session never shows a secret either.
    let debug = format!("{vendor:?}");
    rows.push((
        "Debug of a client".into(),
        "checked".into(),
        !secrets.iter().any(|s| debug.contains(s)),
    ));
    print_table("redaction", &rows);
    let failed: Vec<_> = rows.iter().filter(|(_, _, ok)| !ok).collect();
    assert!(failed.is_empty(), "{failed:#?}");
}

trait PipeName {
    fn pipe_name(self) -> String;
}

impl PipeName for ErrorKind {
    fn pipe_name(self) -> String {
        format!("{self:?}")
    }
}

#[test]
fn many_threads_share_one_client_and_one_vendor_token() {
    let (url, count) = serve(|seen| {
        if seen.head.starts_with("POST /auth/vendor") {
            (200, r#"{"token":"stress-token","expiresIn":3600}"#.into())
        } else {
            (200, r#"{"ok":true}"#.into())
        }
    });
    let client = Client::new(
        ClientConfig::builder()
            .base_url(&url)
            .vendor_credentials(CLIENT_ID, "stress-secret")
            .timeout(Duration::from_secs(20))
            .build(),
    )
    .unwrap();
    let threads = 64;
    let calls = 200;
    let errors = Arc::new(Mutex::new(HashMap::<String, usize>::new()));
    let started = std::time::Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let client = client.clone();
            let errors = Arc::clone(&errors);
            scope.spawn(move || {
                for _ in 0..calls {
                    if let Err(error) = client.request(&RawRequest {
                        method: "GET".into(),
                        path: "/identity/resources/users/v1".into(),
                        ..RawRequest::default()
                    }) {
                        *errors.lock().unwrap().entry(error.to_string()).or_default() += 1;
                    }
                }
            });
        }
    });
    let took = started.elapsed();
    let total = count.load(Ordering::SeqCst);
    let vendor_auths = total - threads * calls;
    println!("stress: {threads} threads x {calls} calls on one client");
    println!("| calls | errors | vendor authentications | time |");
    let errors = errors.lock().unwrap();
    println!(
        "| {} | {} | {vendor_auths} | {} ms |",
        threads * calls,
        errors.values().sum::<usize>(),
        took.as_millis()
    );
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(
        vendor_auths, 1,
        "one vendor authentication per token lifetime"
    );
}
