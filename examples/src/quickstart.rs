//! The whole session flow: vendor auth → sign-up → sign-in → refresh → sign-out,
//! then a self-refreshing `Session`, and hosted login's authorize URL.
//!
//! With `FRONTEGG_CLIENT_ID`, `FRONTEGG_SECRET` and `FRONTEGG_BASE_URL` set it
//! talks to that Frontegg environment (set `FRONTEGG_VENDOR_HOST` too when the
//! base URL is a regional gateway, and `FRONTEGG_ISSUER` to verify the issued
//! token); without them it starts the Frontegg emulator (`frontegg-emulator`,
//! from the testkit crate) on loopback and says so.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use frontegg_identity::{
    Client, ClientConfig, HostedLogin, HostedLoginOptions, LoginRequest, SignInOutcome,
    SignUpRequest, TokenVerifier, TokenVerifierOptions,
};
use frontegg_identity_testkit::{Emulator, EmulatorConfig};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("quickstart failed: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let offline;
    // Kept alive to the end of the run: dropping it stops the emulator.
    let mut emulator = None;
    let mut config = match (
        env("FRONTEGG_CLIENT_ID"),
        env("FRONTEGG_SECRET"),
        env("FRONTEGG_BASE_URL"),
    ) {
        (Some(client_id), Some(secret), Some(base_url)) => {
            println!("Using the Frontegg environment at {base_url}");
            offline = None;
            ClientConfig::builder()
                .base_url(base_url)
                .vendor_credentials(client_id, secret)
                .build()
        }
        _ => {
            let fe = Emulator::start(EmulatorConfig::default())?;
            println!(
                "No FRONTEGG_CLIENT_ID / FRONTEGG_SECRET / FRONTEGG_BASE_URL set: \
                 using the Frontegg emulator at {}",
                fe.url()
            );
            offline = Some(fe.url().to_owned());
            // The emulator plays the regional gateway and the environment
            // domain at once.
            let config = ClientConfig::builder()
                .base_url(fe.url())
                .vendor_credentials(fe.client_id(), fe.secret())
                .build();
            emulator = Some(fe);
            config
        }
    };
    if let Some(host) = env("FRONTEGG_VENDOR_HOST") {
        config.vendor_host = Some(host);
    }
    let client = Client::new(config)?;

    let vendor = client.authenticate_vendor()?;
    println!(
        "1. vendor authenticated: token valid for {} s",
        vendor.expires_in.unwrap_or_default()
    );

    let stamp = SystemTime::now().duration_since(UNIX_EPOCH)?.as_millis();
    let email = format!("quickstart+{stamp}@example.com");
    let password = format!("Quickstart-{stamp}!");
    let signed_up = client.sign_up_tokens(&SignUpRequest {
        email: email.clone(),
        company_name: "Quickstart Inc.".into(),
        password: Some(password.clone().into()),
        name: Some("Quick Start".into()),
        ..SignUpRequest::default()
    })?;
    println!(
        "2. signed up {email}: user {}, tenant {}{}",
        signed_up.user_id.as_deref().unwrap_or("?"),
        signed_up.tenant_id.as_deref().unwrap_or("?"),
        if signed_up.should_activate == Some(true) {
            " (activation required before login)"
        } else {
            ""
        }
    );

    let credentials = LoginRequest {
        email: Some(email),
        password: password.into(),
        ..LoginRequest::default()
    };
    let session = client.sign_in_tokens(&credentials)?;
    println!(
        "3. signed in (tokens only): access token valid for {} s, refresh token {:?}",
        session.expires_in, session.refresh_token
    );
    // What a backend does with the token: verify it against the issuer's
    // published keys.
    let issuer = match &emulator {
        Some(fe) => Some((fe.issuer().to_owned(), fe.jwks_url())),
        None => env("FRONTEGG_ISSUER").map(|i| (i.clone(), format!("{i}/.well-known/jwks.json"))),
    };
    if let Some((issuer, jwks_url)) = issuer {
        let verifier = TokenVerifier::new(TokenVerifierOptions {
            jwks_url: Some(jwks_url),
            ..TokenVerifierOptions::new(issuer)
        })?;
        let claims = verifier.verify(session.access_token.expose())?;
        println!(
            "   verified against the JWKS: user {}, tenant {}, roles {:?}",
            claims.sub, claims.tenant_id, claims.roles
        );
    }

    let refresh_token = session
        .refresh_token
        .ok_or("login returned no refresh token")?;
    let refreshed = client.refresh_tokens(&refresh_token, None)?;
    println!(
        "4. refreshed: new access token valid for {} s",
        refreshed.expires_in
    );

    let current = refreshed.refresh_token.unwrap_or(refresh_token);
    client.sign_out(&current)?;
    println!("5. signed out");
    match client.refresh_tokens(&current, None) {
        Err(error) => println!("   the old refresh token is now refused: {error}"),
        Ok(_) => println!("   note: the server still accepts the old refresh token"),
    }

    // A Session keeps itself fresh: refreshed ahead of expiry, one refresh
    // at a time, each change saved to its storage (in memory here).
    match client.sign_in(&credentials, None)? {
        SignInOutcome::Session(session) => {
            let before = session.access_token()?;
            let after = session.refresh()?;
            println!(
                "6. signed in as a Session (user {}); refreshed: token changed: {}",
                session.user_id().unwrap_or_default(),
                before != after
            );
            session.sign_out()?;
            println!(
                "   session signed out: signed in = {}",
                session.is_signed_in()
            );
        }
        SignInOutcome::MfaRequired(_) => println!("6. sign-in needs a second factor"),
    }

    let client_id = match &emulator {
        Some(fe) => fe.client_id().to_owned(),
        None => env("FRONTEGG_CLIENT_ID").unwrap_or_default(),
    };
    hosted_login(offline.as_deref(), &client_id)
}

/// Hosted login: the authorize URL an app opens in a browser. Offline, the
/// emulator plays the browser sign-in too (it signs in a seeded or
/// signed-up user at once), and the callback is exchanged for a session
/// that refreshes with the `refresh_token` grant.
fn hosted_login(offline: Option<&str>, client_id: &str) -> Result<(), Box<dyn std::error::Error>> {
    let base_url = match offline {
        Some(url) => url.to_owned(),
        None => std::env::var("FRONTEGG_BASE_URL")?,
    };
    let hosted = HostedLogin::new(HostedLoginOptions {
        base_url,
        client_id: client_id.to_owned(),
        redirect_uri: "http://127.0.0.1:8765/callback".into(),
        scopes: vec![],
    })?;
    let request = hosted.authorize_url()?;
    println!("7. hosted login: open {}", request.url);
    let Some(_) = offline else {
        println!("   (sign in there; the app then calls hosted.exchange(callback_url, &request))");
        return Ok(());
    };
    // The emulator's authorize route answers with the redirect a browser
    // would follow after the user signed in.
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .build()
        .into();
    let answer = agent.get(&request.url).call()?;
    let callback = answer
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .ok_or("the authorize step did not redirect")?
        .to_owned();
    let session = hosted.exchange(&callback, &request, None)?;
    session.refresh()?;
    println!(
        "   callback exchanged (PKCE, state and nonce checked): session for {}, refreshed",
        session.user_id().unwrap_or_default()
    );
    session.sign_out()?;
    println!("   hosted session signed out");
    Ok(())
}
