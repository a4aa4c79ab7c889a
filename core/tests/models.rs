//! The generated models: wire names, tolerance of what Frontegg may add,
//! enum fallbacks and redaction.

use frontegg_identity::{AuthResponse, Provider, SignUpRequest};
use serde_json::json;

type TestResult = Result<(), Box<dyn std::error::Error>>;

#[test]
fn request_bodies_are_camel_case_and_omit_unset_fields() -> TestResult {
    let request = SignUpRequest {
        email: "a@b.c".into(),
        company_name: "Acme".into(),
        password: Some("pw".into()),
        metadata: Some(r#"{"plan":"pro"}"#.into()),
        role_ids: Some(vec!["r1".into()]),
        ..SignUpRequest::default()
    };
    assert_eq!(
        serde_json::to_value(&request)?,
        json!({
            "email": "a@b.c",
            "companyName": "Acme",
            "password": "pw",
            // Frontegg requires a provider; the default is a password sign-up.
            "provider": "local",
            "metadata": "{\"plan\":\"pro\"}",
            "roleIds": ["r1"],
        })
    );
    Ok(())
}

#[test]
fn responses_tolerate_new_fields_and_float_durations() -> TestResult {
    let response: AuthResponse = serde_json::from_value(json!({
        "accessToken": "at", "refreshToken": "rt", "expiresIn": 3600.0,
        "expires": "Thu, 26 Nov 2026 03:00:00 GMT", "mfaRequired": false,
        "somethingNew": {"x": 1}
    }))?;
    assert_eq!(response.expires_in, 3600.0);
    assert_eq!(response.refresh_token, Some("rt".into()));
    Ok(())
}

#[test]
fn numbers_keep_their_sign_and_fraction() -> TestResult {
    let response: AuthResponse = serde_json::from_value(json!({
        "accessToken": "at", "expiresIn": 12.5, "passwordExpiresIn": -3,
        "expires": "x", "mfaRequired": false
    }))?;
    assert_eq!(response.expires_in, 12.5);
    assert_eq!(response.password_expires_in, Some(-3.0));
    Ok(())
}

#[test]
fn a_missing_required_field_is_an_error_naming_it() {
    let error = serde_json::from_value::<AuthResponse>(json!({
        "expiresIn": 1, "expires": "x", "mfaRequired": false
    }))
    .map(drop)
    .unwrap_err()
    .to_string();
    assert!(error.contains("accessToken"), "{error}");
}

#[test]
fn nullable_fields_accept_null() -> TestResult {
    // `createdByUserId` is required and nullable in the spec.
    let token: frontegg_identity::models::TenantAccessTokenResponse =
        serde_json::from_value(json!({
            "id": "t", "createdAt": "2026-01-01", "roleIds": [], "createdByUserId": null
        }))?;
    assert_eq!(token.created_by_user_id, None);
    Ok(())
}

#[test]
fn enums_keep_values_this_version_does_not_know() -> TestResult {
    let known: Provider = serde_json::from_value(json!("saml"))?;
    assert_eq!(known, Provider::Saml);
    let new: Provider = serde_json::from_value(json!("myspace"))?;
    assert_eq!(
        new,
        Provider::Other {
            value: "myspace".into()
        }
    );
    assert_eq!(serde_json::to_value(&new)?, json!("myspace"));
    Ok(())
}

#[test]
fn debug_hides_every_token() {
    let response = AuthResponse {
        access_token: "access-secret".into(),
        refresh_token: Some("refresh-secret".into()),
        mfa_token: Some("mfa-secret".into()),
        recovery_code: Some("recovery-secret".into()),
        ..AuthResponse::default()
    };
    let text = format!("{response:?}");
    for secret in [
        "access-secret",
        "refresh-secret",
        "mfa-secret",
        "recovery-secret",
    ] {
        assert!(!text.contains(secret), "{text}");
    }
}
