//! The SDK's own flows, end to end against the emulator: vendor
//! authentication, sign-up (with and without activation), password login
//! with lockout and reset, refresh rotation, logout, MFA (authenticator
//! app, email code, recovery code), passwordless, hosted login with PKCE,
//! API tokens, pagination, and every token verified with `TokenVerifier`
//! against the emulator's JWKS.

// Test code: a failed set-up step should stop the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use frontegg_identity::{
    Client, ClientConfig, FronteggError, HostedLogin, HostedLoginOptions, LoginRequest,
    PasswordlessMethod, SecretString, SignInOutcome, SignUpOutcome, SignUpRequest, TokenVerifier,
    TokenVerifierOptions,
};
use frontegg_identity_testkit::{Emulator, EmulatorConfig, Seed};

const SEED: &str = r#"{
  "tenants": [{"id": "acme", "name": "Acme"}, {"id": "globex", "name": "Globex"}],
  "permissions": [{"key": "docs.read"}, {"key": "docs.write"}],
  "roles": [
    {"key": "viewer", "permissions": ["docs.read"], "is_default": true},
    {"key": "editor", "permissions": ["docs.read", "docs.write"]}
  ],
  "users": [
    {"email": "jane@acme.test", "password": "Secret-1", "tenant_id": "acme",
     "tenants": ["globex"], "roles": ["editor"], "metadata": {"plan": "pro"}},
    {"email": "otp@acme.test", "password": "Secret-1", "tenant_id": "acme",
     "mfa": {"totp_secret": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "recovery_codes": ["recover-1"]}},
    {"email": "mail@acme.test", "password": "Secret-1", "tenant_id": "acme", "mfa": {"email": true}},
    {"email": "sms@acme.test", "tenant_id": "acme", "phone_number": "+15550100"}
  ],
  "api_tokens": [{"client_id": "machine-1", "secret": "machine-secret", "tenant_id": "acme",
                  "roles": ["viewer"]}]
}"#;

fn emulator() -> Emulator {
    let seed = Seed::from_json(SEED).unwrap();
    Emulator::start(EmulatorConfig {
        seed,
        ..EmulatorConfig::default()
    })
    .unwrap()
}

/// A client as a backend configures it: the emulator as gateway and
/// environment domain, with the environment's credentials.
fn client(fe: &Emulator) -> Client {
    Client::new(
        ClientConfig::builder()
            .base_url(fe.url())
            .vendor_credentials(fe.client_id(), fe.secret())
            .build(),
    )
    .unwrap()
}

fn verifier(fe: &Emulator) -> TokenVerifier {
    TokenVerifier::new(TokenVerifierOptions {
        issuer: fe.issuer().to_owned(),
        jwks_url: Some(fe.jwks_url()),
        audience: vec![fe.client_id().to_owned()],
        ..TokenVerifierOptions::new(fe.issuer())
    })
    .unwrap()
}

fn login(email: &str, password: &str) -> LoginRequest {
    LoginRequest {
        email: Some(email.into()),
        password: password.into(),
        ..LoginRequest::default()
    }
}

#[test]
fn password_session_refresh_rotation_and_sign_out() {
    let fe = emulator();
    let client = client(&fe);
    let vendor = client.authenticate_vendor().unwrap();
    assert_eq!(vendor.expires_in, Some(3600.0));

    let answer = client
        .sign_in_tokens(&login("jane@acme.test", "Secret-1"))
        .unwrap();
    assert!(!answer.mfa_required);
    let claims = verifier(&fe).verify(answer.access_token.expose()).unwrap();
    assert_eq!(claims.tenant_id, "acme");
    assert_eq!(claims.roles, vec!["editor".to_owned()]);
    assert!(claims.permissions.contains(&"docs.write".to_owned()));
    assert_eq!(claims.email.as_deref(), Some("jane@acme.test"));

    let first = answer.refresh_token.clone().unwrap();
    let refreshed = client.refresh_tokens(&first, None).unwrap();
    let second = refreshed.refresh_token.clone().unwrap();
    assert_ne!(first.expose(), second.expose(), "refresh rotates the token");
    // A refresh token works once.
    match client.refresh_tokens(&first, None) {
        Err(FronteggError::Unauthorized { .. }) => {}
        other => panic!("a reused refresh token must fail with 401, got {other:?}"),
    }
    // Switching tenant on refresh.
    let switched = client.refresh_tokens(&second, Some("globex")).unwrap();
    let claims = verifier(&fe)
        .verify(switched.access_token.expose())
        .unwrap();
    assert_eq!(claims.tenant_id, "globex");

    let third = switched.refresh_token.unwrap();
    client.sign_out(&third).unwrap();
    assert!(
        client.refresh_tokens(&third, None).is_err(),
        "logout revokes"
    );
}

#[test]
fn sign_up_signs_in_or_waits_for_activation() {
    let fe = emulator();
    let client = client(&fe);
    let request = SignUpRequest {
        email: "new@startup.test".into(),
        company_name: "Startup".into(),
        password: Some("Pass-1".into()),
        ..SignUpRequest::default()
    };
    match client.sign_up(&request, None).unwrap() {
        SignUpOutcome::Session(session) => {
            let token = session.access_token().unwrap();
            let claims = verifier(&fe).verify(token.expose()).unwrap();
            // New members get the default roles.
            assert_eq!(claims.roles, vec!["viewer".to_owned()]);
        }
        other => panic!("expected a session, got {other:?}"),
    }
    match client.sign_up(&request, None) {
        Err(FronteggError::Conflict { .. }) => {}
        other => panic!("a second sign-up of the same email is a conflict, got {other:?}"),
    }

    let seed = Seed::from_json(r#"{"settings": {"sign_up_requires_activation": true}}"#).unwrap();
    let fe = Emulator::start(EmulatorConfig {
        seed,
        ..EmulatorConfig::default()
    })
    .unwrap();
    let client = self::client(&fe);
    let SignUpOutcome::ActivationRequired { user_id, .. } = client.sign_up(&request, None).unwrap()
    else {
        panic!("activation is required");
    };
    // Not verified yet: password login is refused.
    assert!(
        client
            .sign_in_tokens(&login("new@startup.test", "Pass-1"))
            .is_err()
    );
    let mail = fe
        .outbox()
        .into_iter()
        .find(|m| m.kind == "activation")
        .unwrap();
    assert_eq!(mail.to, "new@startup.test");
    let token = SecretString::new(mail.token.unwrap());
    match client
        .activate(&user_id.unwrap(), &token, None, None)
        .unwrap()
    {
        SignInOutcome::Session(session) => assert!(session.is_signed_in()),
        other => panic!("activation signs in, got {other:?}"),
    }
    assert!(
        client
            .sign_in_tokens(&login("new@startup.test", "Pass-1"))
            .is_ok()
    );
}

#[test]
fn lockout_after_failed_logins_and_reset_through_the_outbox() {
    let fe = emulator();
    let client = client(&fe);
    for _ in 0..5 {
        assert!(matches!(
            client.sign_in_tokens(&login("jane@acme.test", "wrong")),
            Err(FronteggError::Unauthorized { .. })
        ));
    }
    // Locked now, even with the right password.
    assert!(matches!(
        client.sign_in_tokens(&login("jane@acme.test", "Secret-1")),
        Err(FronteggError::Forbidden { .. })
    ));
    client
        .password_settings()
        .reset_password(&frontegg_identity::models::ResetPasswordDto {
            identifier: "jane@acme.test".into(),
            identifier_type: frontegg_identity::models::ResetPasswordDtoIdentifierType::Email,
            ..Default::default()
        })
        .unwrap();
    let mail = fe
        .outbox()
        .into_iter()
        .find(|m| m.kind == "password_reset")
        .unwrap();
    client
        .password_settings()
        .verify_reset_password(&frontegg_identity::models::VerifyPasswordDto {
            user_id: mail.user_id,
            token: mail.token.unwrap().into(),
            password: "Fresh-2".into(),
        })
        .unwrap();
    assert!(
        client
            .sign_in_tokens(&login("jane@acme.test", "Fresh-2"))
            .is_ok()
    );
}

#[test]
fn mfa_with_an_authenticator_app_steps_up_the_token() {
    let fe = emulator();
    let client = client(&fe);
    let SignInOutcome::MfaRequired(challenge) = client
        .sign_in(&login("otp@acme.test", "Secret-1"), None)
        .unwrap()
    else {
        panic!("the user has MFA");
    };
    let code = fe.totp_code("otp@acme.test").unwrap();
    // A code one digit off is refused, and the challenge stays usable.
    let wrong: String = code
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                if c == '9' { '0' } else { '9' }
            } else {
                c
            }
        })
        .collect();
    assert!(challenge.verify(&wrong, false).is_err());
    let session = challenge.verify(&code, false).unwrap();
    let claims = verifier(&fe)
        .verify(session.access_token().unwrap().expose())
        .unwrap();
    assert!(
        claims.is_stepped_up(None),
        "amr {:?} acr {:?}",
        claims.amr,
        claims.acr
    );
}

#[test]
fn mfa_by_email_code_and_by_recovery_code() {
    let fe = emulator();
    let client = client(&fe);
    let SignInOutcome::MfaRequired(challenge) = client
        .sign_in(&login("mail@acme.test", "Secret-1"), None)
        .unwrap()
    else {
        panic!("the user has MFA");
    };
    let otc = challenge.send_email_code().unwrap();
    let mail = fe
        .outbox()
        .into_iter()
        .find(|m| m.kind == "mfa_email_code")
        .unwrap();
    assert!(challenge.verify_email(&otc, "not-it", false).is_err());
    let session = challenge
        .verify_email(&otc, &mail.code.unwrap(), false)
        .unwrap();
    assert!(session.is_signed_in());

    let SignInOutcome::MfaRequired(challenge) = client
        .sign_in(&login("otp@acme.test", "Secret-1"), None)
        .unwrap()
    else {
        panic!("the user has MFA");
    };
    let session = challenge.recover("otp@acme.test", "recover-1").unwrap();
    assert!(session.is_signed_in());
    // A recovery code turns MFA off: the next login needs no second factor.
    assert!(matches!(
        client
            .sign_in(&login("otp@acme.test", "Secret-1"), None)
            .unwrap(),
        SignInOutcome::Session(_)
    ));
}

#[test]
fn passwordless_links_and_codes_arrive_in_the_outbox() {
    let fe = emulator();
    let client = client(&fe);
    for (method, email, phone, kind) in [
        (
            PasswordlessMethod::MagicLink,
            Some("jane@acme.test"),
            None,
            "magic_link",
        ),
        (
            PasswordlessMethod::EmailCode,
            Some("jane@acme.test"),
            None,
            "email_code",
        ),
        (
            PasswordlessMethod::SmsCode,
            None,
            Some("+15550100"),
            "sms_code",
        ),
    ] {
        client.passwordless_start(method, email, phone).unwrap();
        let message = fe
            .outbox()
            .into_iter()
            .rev()
            .find(|m| m.kind == kind)
            .unwrap();
        let secret = message.token.or(message.code).unwrap();
        let outcome = client
            .passwordless_finish(method, &SecretString::new(secret.clone()), None)
            .unwrap();
        assert!(matches!(outcome, SignInOutcome::Session(_)), "{kind}");
        // Each link or code works once.
        assert!(
            client
                .passwordless_finish(method, &SecretString::new(secret), None)
                .is_err(),
            "{kind} reused"
        );
    }
}

#[test]
fn hosted_login_with_pkce_nonce_and_login_hint() {
    let fe = emulator();
    let hosted = HostedLogin::new(HostedLoginOptions {
        base_url: fe.url().to_owned(),
        client_id: fe.client_id().to_owned(),
        redirect_uri: "http://127.0.0.1:8765/callback".into(),
        scopes: vec![],
    })
    .unwrap();
    let request = hosted.authorize_url().unwrap();
    let browser: ureq::Agent = ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .build()
        .into();
    let url = format!("{}&login_hint=otp%40acme.test", request.url);
    let answer = browser.get(&url).call().unwrap();
    assert_eq!(answer.status(), 302);
    let callback = answer.headers()["location"].to_str().unwrap().to_owned();
    // The ID token's signature, issuer, audience and nonce are checked here.
    let session = hosted.exchange(&callback, &request, None).unwrap();
    let claims = verifier(&fe)
        .verify(session.access_token().unwrap().expose())
        .unwrap();
    assert_eq!(claims.email.as_deref(), Some("otp@acme.test"));
    session.refresh().unwrap();
    session.sign_out().unwrap();

    // The same callback cannot be exchanged twice.
    assert!(hosted.exchange(&callback, &request, None).is_err());
    // A wrong verifier is refused.
    let other = hosted.authorize_url().unwrap();
    let answer = browser.get(&other.url).call().unwrap();
    let code = url::Url::parse(answer.headers()["location"].to_str().unwrap())
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "code")
        .unwrap()
        .1
        .into_owned();
    let answer = browser
        .post(format!("{}/oauth/token", fe.url()))
        .send_form([
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", "http://127.0.0.1:8765/callback"),
            ("code_verifier", "not-the-verifier"),
        ])
        .unwrap();
    assert_eq!(answer.status(), 400);
    // No PKCE at all: refused with an OAuth error on the redirect.
    let answer = browser
        .get(format!(
            "{}/oauth/authorize?response_type=code&client_id={}&redirect_uri=http://127.0.0.1:8765/cb&state=s",
            fe.url(),
            fe.client_id()
        ))
        .call()
        .unwrap();
    let location = answer.headers()["location"].to_str().unwrap();
    assert!(location.contains("error=invalid_request"), "{location}");
}

#[test]
fn api_tokens_exchange_refresh_and_revocation() {
    let fe = emulator();
    let client = client(&fe);
    let api = client.api_token();
    let answer = api
        .auth_api_token(&frontegg_identity::models::AuthApiTokenDto {
            client_id: "machine-1".into(),
            secret: "machine-secret".into(),
        })
        .unwrap();
    let claims = verifier(&fe).verify(answer.access_token.expose()).unwrap();
    assert_eq!(claims.sub, "machine-1");
    assert_eq!(claims.permissions, vec!["docs.read".to_owned()]);
    let refreshed = api
        .refresh_token(&frontegg_identity::models::RefreshApiTokenDto {
            refresh_token: answer.refresh_token.clone(),
        })
        .unwrap();
    assert!(
        api.refresh_token(&frontegg_identity::models::RefreshApiTokenDto {
            refresh_token: answer.refresh_token,
        })
        .is_err(),
        "API refresh tokens rotate too"
    );
    assert!(
        api.auth_api_token(&frontegg_identity::models::AuthApiTokenDto {
            client_id: "machine-1".into(),
            secret: "wrong".into(),
        })
        .is_err()
    );
    // Deleting the token revokes what it issued: its access token no
    // longer passes the emulator's own checks.
    let raw: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let vendor = client.authenticate_vendor().unwrap();
    let deleted = raw
        .delete(format!(
            "{}/identity/resources/tenants/api-tokens/v1/machine-1",
            fe.url()
        ))
        .header(
            "authorization",
            format!("Bearer {}", vendor.token.unwrap().expose()),
        )
        .header("frontegg-tenant-id", "acme")
        .call()
        .unwrap();
    assert_eq!(deleted.status(), 200);
    let me = raw
        .get(format!("{}/identity/resources/users/v3/me", fe.url()))
        .header("x-api-key", refreshed.access_token.expose())
        .call()
        .unwrap();
    assert_eq!(me.status(), 401);
}
