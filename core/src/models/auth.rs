//! Types of the authentication routes (`/identity/resources/auth/v1/*`) and
//! sign-up (`/identity/resources/users/v1/signUp`).

use serde::{Deserialize, Serialize};

use crate::json::JsonValue;
use crate::secret::SecretString;

/// How a signed-up user authenticates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum AuthProvider {
    /// Email (or username) and password.
    #[default]
    Local,
    Saml,
    Google,
    Github,
    Facebook,
    Microsoft,
    Scim2,
    Slack,
    Apple,
}

impl AuthProvider {
    /// Every provider, in Frontegg's order.
    pub const ALL: [AuthProvider; 9] = [
        Self::Local,
        Self::Saml,
        Self::Google,
        Self::Github,
        Self::Facebook,
        Self::Microsoft,
        Self::Scim2,
        Self::Slack,
        Self::Apple,
    ];

    /// The wire name (`local`, `saml`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Local => "local",
            Self::Saml => "saml",
            Self::Google => "google",
            Self::Github => "github",
            Self::Facebook => "facebook",
            Self::Microsoft => "microsoft",
            Self::Scim2 => "scim2",
            Self::Slack => "slack",
            Self::Apple => "apple",
        }
    }

    /// Parses a wire name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

/// Body of `POST /identity/resources/users/v1/signUp`: a new user and the new
/// account (tenant) it owns.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SignUpRequest {
    /// The user's email.
    pub email: String,
    /// Name of the account (tenant) created for the user.
    pub company_name: String,
    /// The user's password (local sign-up).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub password: Option<SecretString>,
    /// How the user authenticates; `None` sends `local` (Frontegg requires
    /// a provider).
    #[serde(serialize_with = "provider_or_local")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub provider: Option<AuthProvider>,
    /// Display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub name: Option<String>,
    /// Username, where the environment allows usernames.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub username: Option<String>,
    /// Picture URL (at most 4095 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub profile_picture_url: Option<String>,
    /// Free-form user metadata; Frontegg stores it as a JSON string, and the
    /// client does the stringifying.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::json::serialize_as_string"
    )]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub metadata: Option<JsonValue>,
    /// Do not send the invitation email.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub skip_invite_email: Option<bool>,
    /// Roles given to the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub role_ids: Option<Vec<String>>,
    /// Values made available to the email templates.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub email_metadata: Option<JsonValue>,
    /// reCAPTCHA token, when the environment requires one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub recaptcha_token: Option<SecretString>,
    /// Invitation token, when signing up through an invitation.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub invitation_token: Option<SecretString>,
    /// Phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub phone_number: Option<String>,
}

fn provider_or_local<S: serde::Serializer>(
    provider: &Option<AuthProvider>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    provider.unwrap_or_default().serialize(serializer)
}

/// Answer of sign-up.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(get_all, frozen, module = "frontegg_identity")
)]
pub struct SignUpResponse {
    /// The user must activate the account (email verification) before
    /// logging in; no session was opened.
    #[serde(default)]
    pub should_activate: bool,
    /// The new user's id.
    pub user_id: Option<String>,
    /// The new account's (tenant's) id.
    pub tenant_id: Option<String>,
    /// The opened session, when no activation is required.
    pub auth_response: Option<AuthResponse>,
    /// Activation token, when Frontegg returns it to the caller.
    pub activation_token: Option<SecretString>,
}

/// Body of `POST /identity/resources/auth/v1/user`: a password login by email
/// or username.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LoginRequest {
    /// The user's password.
    pub password: SecretString,
    /// Email; give it or `username`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub email: Option<String>,
    /// Username; give it or `email`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub username: Option<String>,
    /// reCAPTCHA token, when the environment requires one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub recaptcha_token: Option<SecretString>,
    /// Invitation token, when logging in to accept an invitation.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub invitation_token: Option<SecretString>,
}

/// A user session, or the next step towards one (MFA): the answer of login,
/// refresh, MFA verification, activation and SSO post-login.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(get_all, frozen, module = "frontegg_identity")
)]
pub struct AuthResponse {
    /// The user's access token (JWT). Empty when `mfa_required`.
    #[serde(default)]
    pub access_token: SecretString,
    /// The refresh token, from the body or from the `fe_refresh_*` cookie,
    /// whichever carried it.
    pub refresh_token: Option<SecretString>,
    /// Access-token lifetime in seconds.
    #[serde(default, deserialize_with = "crate::json::lenient_u64")]
    pub expires_in: u64,
    /// Access-token expiry as Frontegg formats it.
    #[serde(default)]
    pub expires: String,
    /// Token type, normally `bearer`.
    pub token_type: Option<String>,
    /// A second factor is required: continue with `mfa_token`.
    #[serde(default)]
    pub mfa_required: bool,
    /// Token for the MFA step.
    pub mfa_token: Option<SecretString>,
    /// Whether the user has MFA enrolled.
    pub mfa_enrolled: Option<bool>,
    /// The user's MFA devices (web authn, phones, authenticators, emails).
    pub mfa_devices: Option<JsonValue>,
    /// The MFA strategies the environment offers.
    pub mfa_strategies: Option<JsonValue>,
    /// QR code for authenticator enrolment.
    pub qr_code: Option<SecretString>,
    /// MFA recovery code.
    pub recovery_code: Option<SecretString>,
    /// One-time code token.
    pub otc_token: Option<SecretString>,
    /// Token for a forced password reset.
    pub reset_password_token: Option<SecretString>,
    /// Seconds until the password expires.
    #[serde(default, deserialize_with = "crate::json::lenient_opt_u64")]
    pub password_expires_in: Option<u64>,
    /// Seconds before password expiry at which users are warned.
    #[serde(default, deserialize_with = "crate::json::lenient_opt_u64")]
    pub notification_period: Option<u64>,
    /// The user's id.
    pub user_id: Option<String>,
    /// The user's email.
    pub user_email: Option<String>,
    /// Whether the email is verified.
    pub email_verified: Option<bool>,
    /// The password appears in a known breach.
    pub is_breached_password: Option<bool>,
}

#[cfg(feature = "python")]
crate::python::python_repr!(AuthResponse {
    access_token,
    refresh_token,
    expires_in,
    expires,
    token_type,
    mfa_required,
    mfa_token,
    mfa_enrolled,
    mfa_devices,
    mfa_strategies,
    qr_code,
    recovery_code,
    otc_token,
    reset_password_token,
    password_expires_in,
    notification_period,
    user_id,
    user_email,
    email_verified,
    is_breached_password,
});

#[cfg(feature = "python")]
crate::python::python_repr!(SignUpResponse {
    should_activate,
    user_id,
    tenant_id,
    auth_response,
    activation_token,
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_up_body_is_camel_case_and_omits_unset_fields() -> Result<(), serde_json::Error> {
        let request = SignUpRequest {
            email: "a@b.c".into(),
            company_name: "Acme".into(),
            password: Some("pw".into()),
            provider: Some(AuthProvider::Local),
            metadata: Some(JsonValue(serde_json::json!({"plan": "pro"}))),
            role_ids: Some(vec!["r1".into()]),
            ..SignUpRequest::default()
        };
        let body = serde_json::to_value(&request)?;
        assert_eq!(
            body,
            serde_json::json!({
                "email": "a@b.c",
                "companyName": "Acme",
                "password": "pw",
                "provider": "local",
                "metadata": "{\"plan\":\"pro\"}",
                "roleIds": ["r1"],
            })
        );
        Ok(())
    }

    #[test]
    fn auth_response_tolerates_unknown_fields_and_float_durations() -> Result<(), serde_json::Error>
    {
        let response: AuthResponse = serde_json::from_value(serde_json::json!({
            "accessToken": "at", "refreshToken": "rt", "expiresIn": 3600.0,
            "expires": "Thu, 26 Nov 2026 03:00:00 GMT", "mfaRequired": false,
            "somethingNew": {"x": 1}
        }))?;
        assert_eq!(response.expires_in, 3600);
        assert_eq!(response.refresh_token, Some("rt".into()));
        Ok(())
    }

    #[test]
    fn debug_hides_every_token() {
        let response = AuthResponse {
            access_token: "access-secret".into(),
            refresh_token: Some("refresh-secret".into()),
            mfa_token: Some("mfa-secret".into()),
            ..AuthResponse::default()
        };
        let text = format!("{response:?}");
        for secret in ["access-secret", "refresh-secret", "mfa-secret"] {
            assert!(!text.contains(secret), "{text}");
        }
    }

    #[test]
    fn providers_round_trip_their_wire_names() {
        for provider in AuthProvider::ALL {
            assert_eq!(AuthProvider::parse(provider.as_str()), Some(provider));
        }
        assert_eq!(AuthProvider::parse("myspace"), None);
    }
}
