//! Every error text that repeats a caller's (or a server's) value repeats at
//! most 200 characters of it, and never a URL's user info, query or
//! fragment, on every path: every URL option of every config type, ids,
//! header names, methods, enum names, token `kid`s.

// Test code: a failed set-up step should stop the test loudly.
#![allow(clippy::unwrap_used)]

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use frontegg_identity::{
    Client, ClientConfig, FronteggError, HostedLogin, HostedLoginOptions, PasswordlessMethod,
    RawRequest, Region, SessionKind, TokenVerifier, TokenVerifierOptions,
};
use serde_json::json;

/// What no error text may contain: the password and token of the URLs
/// below, and 201 characters in a row of the long value.
const SECRETS: [&str; 3] = ["hunter2pass", "tok3nvalue", "fragm3nt"];
const LIMIT: usize = 200;

fn long() -> String {
    "a".repeat(9000)
}

/// URL values with secrets in each place a URL can carry one, an
/// unparsable one, and very long ones.
fn urls() -> Vec<String> {
    vec![
        "https://user:hunter2pass@app.example.com".into(),
        "https://user:hunter2pass@app.example.com/path?access_token=tok3nvalue#fragm3nt".into(),
        "https://app.example.com/?access_token=tok3nvalue".into(),
        "https://app.example.com/#fragm3nt".into(),
        "http://app.example.com/?access_token=tok3nvalue".into(),
        "ftp://user:hunter2pass@app.example.com/?x=tok3nvalue".into(),
        format!("{}://app.example.com", "s".repeat(9000)),
        "not a url hunter2pass tok3nvalue".into(),
        "https://:hunter2pass@app.example.com".into(),
        format!("https://{}.example.com/?t=tok3nvalue", long()),
        format!("https://app.example.com/{}?t=tok3nvalue", long()),
        format!("http://localhost/{}?t=tok3nvalue", long()),
    ]
}

fn check(rows: &mut Vec<String>, path: &str, value: &str, outcome: Result<(), FronteggError>) {
    let Err(error) = outcome else {
        rows.push(format!(
            "| {path} | {} chars | accepted |",
            value.chars().count()
        ));
        return;
    };
    let text = error.to_string();
    for secret in SECRETS {
        assert!(!text.contains(secret), "{path}: {text}");
    }
    let run = "a".repeat(LIMIT + 1);
    assert!(
        !text.contains(&run),
        "{path}: {} characters: {text:.300}",
        text.len()
    );
    assert!(
        !text.contains(&"s".repeat(LIMIT + 1)),
        "{path}: {text:.300}"
    );
    assert!(
        text.chars().count() <= 4 * LIMIT,
        "{path}: {} characters",
        text.chars().count()
    );
    rows.push(format!(
        "| {path} | {} chars | {} chars of error |",
        value.chars().count(),
        text.chars().count()
    ));
}

fn hosted(base_url: &str, redirect_uri: &str) -> Result<(), FronteggError> {
    HostedLogin::new(HostedLoginOptions {
        base_url: base_url.into(),
        client_id: "client-1".into(),
        redirect_uri: redirect_uri.into(),
        scopes: vec![],
    })
    .map(drop)
}

#[test]
fn every_error_that_echoes_input_is_bounded_and_keeps_url_secrets() {
    let mut rows = Vec::new();
    for url in urls() {
        let base = Client::new(ClientConfig {
            base_url: Some(url.clone()),
            ..ClientConfig::default()
        });
        check(&mut rows, "ClientConfig.base_url", &url, base.map(drop));
        let mut services = std::collections::HashMap::new();
        services.insert("identity".to_owned(), url.clone());
        let service = Client::new(ClientConfig {
            service_urls: services,
            ..ClientConfig::default()
        });
        check(
            &mut rows,
            "ClientConfig.service_urls",
            &url,
            service.map(drop),
        );
        let jwks = TokenVerifier::new(TokenVerifierOptions {
            jwks_url: Some(url.clone()),
            ..TokenVerifierOptions::new("https://app.example.com")
        });
        check(
            &mut rows,
            "TokenVerifierOptions.jwks_url",
            &url,
            jwks.map(drop),
        );
        let issuer = TokenVerifier::new(TokenVerifierOptions::new(url.clone()));
        check(
            &mut rows,
            "TokenVerifierOptions.issuer",
            &url,
            issuer.map(drop),
        );
        check(
            &mut rows,
            "HostedLoginOptions.base_url",
            &url,
            hosted(&url, "myapp://callback"),
        );
        check(
            &mut rows,
            "HostedLoginOptions.redirect_uri",
            &url,
            hosted("https://app.example.com", &url),
        );
    }
    let long = long();
    let mut services = std::collections::HashMap::new();
    services.insert(long.clone(), "https://app.example.com".to_owned());
    check(
        &mut rows,
        "ClientConfig.service_urls key",
        &long,
        Client::new(ClientConfig {
            service_urls: services,
            ..ClientConfig::default()
        })
        .map(drop),
    );
    check(
        &mut rows,
        "Region::parse",
        &long,
        Region::parse(&long).map(drop),
    );
    check(
        &mut rows,
        "SessionKind::parse",
        &long,
        SessionKind::parse(&long).map(drop),
    );
    check(
        &mut rows,
        "PasswordlessMethod::parse",
        &long,
        PasswordlessMethod::parse(&long).map(drop),
    );
    check(
        &mut rows,
        "Algorithm::parse",
        &long,
        frontegg_identity::Algorithm::parse(&long).map(drop),
    );

    let client = Client::new(
        ClientConfig::builder()
            .base_url("http://127.0.0.1:9")
            .access_token("token")
            .build(),
    )
    .unwrap();
    let blank_id = " ".repeat(9000);
    check(
        &mut rows,
        "a blank id",
        &blank_id,
        client
            .users()
            .get_user_by_id_vendor_only(&blank_id)
            .map(drop),
    );
    let raw = |change: &dyn Fn(&mut RawRequest)| {
        let mut request = RawRequest {
            method: "GET".into(),
            path: "/identity/resources/users/v1".into(),
            ..RawRequest::default()
        };
        change(&mut request);
        client.request(&request).map(drop)
    };
    check(
        &mut rows,
        "RawRequest.method",
        &long,
        raw(&|r| r.method = long.clone()),
    );
    let with_query = format!("/identity/resources/{long}?access_token=tok3nvalue");
    check(
        &mut rows,
        "RawRequest.path with a query",
        &with_query,
        raw(&|r| r.path = with_query.clone()),
    );
    let header = frontegg_identity::NameValue {
        name: format!("x-{long}\n"),
        value: "v".into(),
    };
    check(
        &mut rows,
        "RawRequest header name",
        &long,
        raw(&|r| r.headers = vec![header.clone()]),
    );

    // A token whose kid is 9,000 characters, on the jwks_url path.
    let mut server = mockito::Server::new();
    server
        .mock("GET", "/.well-known/jwks.json")
        .with_body(
            std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/jwks-1.json"
            ))
            .unwrap(),
        )
        .create();
    let verifier = TokenVerifier::new(TokenVerifierOptions {
        jwks_url: Some(format!("{}/.well-known/jwks.json", server.url())),
        refetch_cooldown: Some(std::time::Duration::ZERO),
        ..TokenVerifierOptions::new("https://app.example.com")
    })
    .unwrap();
    let header = URL_SAFE_NO_PAD.encode(json!({"alg": "RS256", "kid": long}).to_string());
    let payload = URL_SAFE_NO_PAD.encode(json!({"sub": "u"}).to_string());
    let token = format!("{header}.{payload}.c2ln");
    check(
        &mut rows,
        "a 9,000-character kid (jwks_url)",
        &long,
        verifier.verify(&token).map(drop),
    );
    let typed = URL_SAFE_NO_PAD.encode(json!({"alg": long}).to_string());
    check(
        &mut rows,
        "a 9,000-character alg",
        &long,
        verifier
            .verify(&format!("{typed}.{payload}.c2ln"))
            .map(drop),
    );

    println!(
        "| path | value | outcome |\n|---|---|---|\n{}",
        rows.join("\n")
    );
    println!(
        "{} echo paths checked: at most {LIMIT} characters of any value, no URL secret",
        rows.len()
    );
}
