//! [`Claims`]: what a verified token says, typed, plus the roles,
//! permissions and step-up checks that every language shares.

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value};

use crate::error::{FronteggError, RejectionReason, Result};
use crate::json::JsonValue;

/// The `acr` of a token issued after a multi-factor step-up (the OpenID
/// PAPE "multi-factor" policy, which Frontegg sets).
pub const STEP_UP_ACR: &str = "http://schemas.openid.net/pape/policies/2007/06/multi-factor";

/// The second factors whose presence in `amr` (beside `mfa`) counts as a
/// step-up: one-time password, SMS, hardware key, SSO.
pub const STEP_UP_METHODS: [&str; 4] = ["otp", "sms", "hwk", "sso"];

/// Frontegg's token types (claim `type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TokenType {
    /// A user signed in (`userToken`).
    UserToken,
    /// A user's API token exchanged for a JWT (`userApiToken`).
    UserApiToken,
    /// An account's (tenant's) API token exchanged for a JWT
    /// (`tenantApiToken`).
    TenantApiToken,
    /// A user's personal access token (`userAccessToken`); revocable.
    UserAccessToken,
    /// An account's access token (`tenantAccessToken`); revocable.
    TenantAccessToken,
}

impl TokenType {
    /// Every type, in the order above.
    pub const ALL: [TokenType; 5] = [
        Self::UserToken,
        Self::UserApiToken,
        Self::TenantApiToken,
        Self::UserAccessToken,
        Self::TenantAccessToken,
    ];

    /// The claim's value (`userToken`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UserToken => "userToken",
            Self::UserApiToken => "userApiToken",
            Self::TenantApiToken => "tenantApiToken",
            Self::UserAccessToken => "userAccessToken",
            Self::TenantAccessToken => "tenantAccessToken",
        }
    }

    /// Reads a claim value; `None` for anything else (a vendor token, …).
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == value)
    }

    /// Whether Frontegg can revoke such a token before it expires.
    pub fn is_revocable(self) -> bool {
        matches!(self, Self::UserAccessToken | Self::TenantAccessToken)
    }
}

#[cfg(feature = "python")]
crate::python::python_str_enum!(TokenType);

/// Who acts on the user's behalf (claim `act`, set while impersonating).
#[derive(Clone, Debug, PartialEq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(get_all, frozen, eq, module = "frontegg_identity")
)]
pub struct Actor {
    /// The acting user's id (`act.sub`).
    pub sub: Option<String>,
    /// The actor's kind (`act.type`).
    pub actor_type: Option<String>,
}

/// The claims of a verified Frontegg token.
///
/// Typed fields for what Frontegg documents; `raw` holds every claim as it
/// arrived, including those not typed here (`profilePictureUrl`,
/// `superUser`, custom claims…).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(get_all, frozen, eq, module = "frontegg_identity")
)]
pub struct Claims {
    /// The user id (for API tokens, the token's client id; for access
    /// tokens, the token id).
    pub sub: String,
    /// The issuer, the environment's domain.
    pub iss: String,
    /// The audiences (`aud`, a string or a list on the wire).
    pub aud: Vec<String>,
    /// The token type.
    pub token_type: TokenType,
    /// The active account (tenant), `tenantId`.
    pub tenant_id: String,
    /// Every account the user belongs to, `tenantIds`.
    pub tenant_ids: Vec<String>,
    /// Role keys.
    pub roles: Vec<String>,
    /// Permission keys; a key ending in `*` grants every key it prefixes.
    pub permissions: Vec<String>,
    /// The user's email address.
    pub email: Option<String>,
    /// `email_verified` (or `emailVerified`).
    pub email_verified: Option<bool>,
    /// The user's display name.
    pub name: Option<String>,
    /// The user's metadata object, as sent.
    pub metadata: Option<JsonValue>,
    /// `applicationId`, in multi-app environments.
    pub application_id: Option<String>,
    /// The impersonating actor, `act`.
    pub act: Option<Actor>,
    /// Authentication context class: [`STEP_UP_ACR`] after a step-up.
    pub acr: Option<String>,
    /// Authentication methods (`pwd`, `mfa`, `otp`, …).
    pub amr: Vec<String>,
    /// When the user authenticated, seconds since the epoch.
    pub auth_time: Option<f64>,
    /// Expiry, seconds since the epoch.
    pub exp: f64,
    /// Not before, seconds since the epoch.
    pub nbf: Option<f64>,
    /// Issue time, seconds since the epoch.
    pub iat: Option<f64>,
    /// Every claim, as a JSON object.
    pub raw: JsonValue,
}

pub(crate) fn now_secs() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn malformed(claim: &str, expected: &str) -> FronteggError {
    FronteggError::invalid_token(
        RejectionReason::Malformed,
        format!("claim {claim} is not {expected}"),
    )
}

fn missing(claim: &str) -> FronteggError {
    FronteggError::invalid_token(
        RejectionReason::MissingClaim,
        format!("the token has no {claim} claim"),
    )
}

fn string(map: &Map<String, Value>, claim: &str) -> Result<Option<String>> {
    match map.get(claim) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(malformed(claim, "a string")),
    }
}

fn required_string(map: &Map<String, Value>, claim: &str) -> Result<String> {
    string(map, claim)?.ok_or_else(|| missing(claim))
}

fn number(map: &Map<String, Value>, claim: &str) -> Result<Option<f64>> {
    match map.get(claim) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n
            .as_f64()
            .map(Some)
            .ok_or_else(|| malformed(claim, "a number")),
        Some(_) => Err(malformed(claim, "a number")),
    }
}

fn strings(map: &Map<String, Value>, claim: &str) -> Result<Vec<String>> {
    match map.get(claim) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => Ok(s.clone()),
                _ => Err(malformed(claim, "a list of strings")),
            })
            .collect(),
        Some(_) => Err(malformed(claim, "a list of strings")),
    }
}

/// A verified payload's JSON object.
pub(crate) fn payload_object(payload: &[u8]) -> Result<Map<String, Value>> {
    match serde_json::from_slice(payload) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(FronteggError::invalid_token(
            RejectionReason::Malformed,
            "the payload is not a JSON object",
        )),
        Err(e) => Err(FronteggError::invalid_token(
            RejectionReason::Malformed,
            format!("the payload is not JSON: {e}"),
        )),
    }
}

/// The registered claims (RFC 7519 §4.1) every token is checked on,
/// whatever else it carries: Frontegg's tokens and OpenID Connect ID tokens.
pub(crate) struct Registered {
    pub iss: String,
    pub aud: Vec<String>,
    pub exp: f64,
    pub nbf: Option<f64>,
    pub iat: Option<f64>,
}

impl Registered {
    /// The typed registered claims of `map`; `iss` and `exp` are required,
    /// `aud` is one string or a list of them.
    pub(crate) fn read(map: &Map<String, Value>) -> Result<Self> {
        Ok(Self {
            iss: required_string(map, "iss")?,
            aud: match map.get("aud") {
                Some(Value::String(one)) => vec![one.clone()],
                _ => strings(map, "aud")?,
            },
            exp: number(map, "exp")?.ok_or_else(|| missing("exp"))?,
            nbf: number(map, "nbf")?,
            iat: number(map, "iat")?,
        })
    }
}

impl Claims {
    /// Reads the typed claims from a payload. Only the types are checked
    /// here: what the values must be is `Rules::check`'s job.
    pub(crate) fn from_payload(payload: &[u8]) -> Result<Self> {
        let object = payload_object(payload)?;
        let map = &object;
        let Registered {
            iss,
            aud,
            exp,
            nbf,
            iat,
        } = Registered::read(map)?;
        let type_name = required_string(map, "type")?;
        let token_type = TokenType::parse(&type_name).ok_or_else(|| {
            FronteggError::invalid_token(
                RejectionReason::WrongType,
                format!(
                    "type {} is not a Frontegg user or API token type",
                    crate::redact::shown(&type_name)
                ),
            )
        })?;
        let email_verified = match map
            .get("email_verified")
            .or_else(|| map.get("emailVerified"))
        {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(_) => return Err(malformed("email_verified", "a boolean")),
        };
        let act = match map.get("act") {
            None | Some(Value::Null) => None,
            Some(Value::Object(act)) => Some(Actor {
                sub: string(act, "sub")?,
                actor_type: string(act, "type")?,
            }),
            Some(_) => return Err(malformed("act", "an object")),
        };
        let metadata = match map.get("metadata") {
            None | Some(Value::Null) => None,
            Some(value) => Some(JsonValue(value.clone())),
        };
        let mut claims = Self {
            sub: required_string(map, "sub")?,
            iss,
            aud,
            token_type,
            tenant_id: required_string(map, "tenantId")?,
            tenant_ids: strings(map, "tenantIds")?,
            roles: strings(map, "roles")?,
            permissions: strings(map, "permissions")?,
            email: string(map, "email")?,
            email_verified,
            name: string(map, "name")?,
            metadata,
            application_id: string(map, "applicationId")?,
            act,
            acr: string(map, "acr")?,
            amr: strings(map, "amr")?,
            auth_time: number(map, "auth_time")?,
            exp,
            nbf,
            iat,
            raw: JsonValue::default(),
        };
        // The typed fields are copies; the object itself moves, uncopied.
        claims.raw = JsonValue(Value::Object(object));
        Ok(claims)
    }

    /// Whether the token holds the `required` roles: every one of them
    /// when `all`, at least one otherwise. Nothing required is always held.
    pub fn has_roles<S: AsRef<str>>(&self, required: &[S], all: bool) -> bool {
        holds(required, all, |role| self.roles.iter().any(|r| r == role))
    }

    /// Whether the token holds the `required` permissions: every one of
    /// them when `all`, at least one otherwise. A key ending in `*` is a
    /// prefix on either side: required `fe.secure.*` is met by any granted
    /// `fe.secure.…`, and a granted `fe.secure.*` meets any required
    /// `fe.secure.…`. Nothing required is always held.
    pub fn has_permissions<S: AsRef<str>>(&self, required: &[S], all: bool) -> bool {
        holds(required, all, |wanted| {
            self.permissions
                .iter()
                .any(|granted| permission_matches(wanted, granted))
        })
    }

    /// Whether the user completed a multi-factor step-up: `acr` is
    /// [`STEP_UP_ACR`] and `amr` has `mfa` plus one of
    /// [`STEP_UP_METHODS`]. With `max_age`, `auth_time` must also be at
    /// most that old (a token without `auth_time` then fails).
    pub fn is_stepped_up(&self, max_age: Option<std::time::Duration>) -> bool {
        self.is_stepped_up_at(max_age.map(|age| age.as_secs_f64()), now_secs())
    }

    pub(crate) fn is_stepped_up_at(&self, max_age_secs: Option<f64>, now: f64) -> bool {
        let has = |method: &str| self.amr.iter().any(|m| m == method);
        let multi_factor = self.acr.as_deref() == Some(STEP_UP_ACR)
            && has("mfa")
            && STEP_UP_METHODS.iter().any(|m| has(m));
        let fresh = match max_age_secs {
            None => true,
            Some(max_age) => self
                .auth_time
                .is_some_and(|at| max_age >= 0.0 && now - at <= max_age),
        };
        multi_factor && fresh
    }
}

fn holds<S: AsRef<str>>(required: &[S], all: bool, held: impl Fn(&str) -> bool) -> bool {
    if required.is_empty() {
        return true;
    }
    let mut wanted = required.iter().map(|r| held(r.as_ref()));
    if all {
        wanted.all(|ok| ok)
    } else {
        wanted.any(|ok| ok)
    }
}

fn permission_matches(wanted: &str, granted: &str) -> bool {
    if wanted == granted {
        return true;
    }
    if let Some(prefix) = wanted.strip_suffix('*')
        && granted.starts_with(prefix)
    {
        return true;
    }
    granted
        .strip_suffix('*')
        .is_some_and(|prefix| wanted.starts_with(prefix))
}

// The claims' methods for Kotlin/Swift and Python: inherent impls, so
// they live in this crate (the orphan rule), behind their features.
#[cfg(any(feature = "uniffi", feature = "python"))]
mod bindings;
