//! The seed file: the environment, tenants, users, roles, permissions,
//! groups, applications and API tokens the emulator starts with and returns
//! to on reset. JSON; every key is snake_case and an unknown key is an
//! error that names it by its path (`users[1].pasword`).
//!
//! The schema is documented in `docs/testing.md`.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error::{EmulatorError, parse_strict};

/// Everything a seed file can hold; each part is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Seed {
    /// The environment's credentials, issuer and signing key.
    pub environment: EnvironmentSeed,
    /// Lifetimes and policies.
    pub settings: SettingsSeed,
    /// Tenants (accounts), sub-tenants naming their `parent_id`.
    pub tenants: Vec<TenantSeed>,
    /// Permissions, by key.
    pub permissions: Vec<PermissionSeed>,
    /// Roles, each with the keys of its permissions.
    pub roles: Vec<RoleSeed>,
    /// Groups of users in a tenant.
    pub groups: Vec<GroupSeed>,
    /// Applications (Frontegg's multi-apps).
    pub applications: Vec<ApplicationSeed>,
    /// Users with their passwords, tenants, roles and MFA factors.
    pub users: Vec<UserSeed>,
    /// Client-credentials API tokens of a tenant or a user.
    pub api_tokens: Vec<ApiTokenSeed>,
}

/// The environment itself.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EnvironmentSeed {
    /// The environment's client id (default `emulator-client-id`).
    pub client_id: Option<String>,
    /// Its API key for `/auth/vendor` (default `emulator-secret`).
    pub secret: Option<String>,
    /// The tokens' `iss`; default: the emulator's own URL.
    pub issuer: Option<String>,
    /// A pinned RS256 signing key, PEM (PKCS#8 or PKCS#1).
    pub signing_key: Option<String>,
    /// The user that hosted login signs in without a `login_hint`
    /// (an email; default: the first seeded user).
    pub default_user: Option<String>,
    /// Redirect URIs hosted login accepts; empty allows loopback ones only.
    pub redirect_uris: Vec<String>,
}

/// Lifetimes (seconds) and policies.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SettingsSeed {
    /// User access tokens (default 600).
    pub access_token_lifetime: u64,
    /// Refresh tokens (default 30 days).
    pub refresh_token_lifetime: u64,
    /// Vendor (environment) tokens (default 3600).
    pub vendor_token_lifetime: u64,
    /// API-token access tokens (default 3600).
    pub api_token_lifetime: u64,
    /// Whether sign-up answers `shouldActivate` and waits for activation
    /// (default false: sign-up signs the user in).
    pub sign_up_requires_activation: bool,
    /// Failed password logins before the user is locked (default 5; 0 never).
    pub lockout_after: u32,
    /// Whether sign-up is allowed at all (default true).
    pub allow_sign_up: bool,
}

impl Default for SettingsSeed {
    fn default() -> Self {
        Self {
            access_token_lifetime: 600,
            refresh_token_lifetime: 30 * 24 * 3600,
            vendor_token_lifetime: 3600,
            api_token_lifetime: 3600,
            sign_up_requires_activation: false,
            lockout_after: 5,
            allow_sign_up: true,
        }
    }
}

/// A tenant (account).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TenantSeed {
    /// Pinned id (default: a new UUID).
    pub id: Option<String>,
    /// The tenant's name (required).
    pub name: String,
    /// The parent of a sub-tenant.
    pub parent_id: Option<String>,
    /// Free-form metadata.
    pub metadata: Map<String, Value>,
}

/// A permission.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PermissionSeed {
    /// Pinned id (default: a new UUID).
    pub id: Option<String>,
    /// The key tokens carry in `permissions` (required).
    pub key: String,
    /// Display name (default: the key).
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
}

/// A role and its permissions (by key).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RoleSeed {
    /// Pinned id (default: a new UUID).
    pub id: Option<String>,
    /// The key tokens carry in `roles` (required).
    pub key: String,
    /// Display name (default: the key).
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Keys of the role's permissions.
    pub permissions: Vec<String>,
    /// A tenant-specific role; default: every tenant has it.
    pub tenant_id: Option<String>,
    /// Given to new users of a tenant (sign-up, invitations).
    pub is_default: bool,
}

/// A group in a tenant.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GroupSeed {
    /// Pinned id (default: a new UUID).
    pub id: Option<String>,
    /// The group's name.
    pub name: String,
    /// The tenant it belongs to (default: every tenant sees it).
    pub tenant_id: Option<String>,
    /// Role keys the group grants.
    pub roles: Vec<String>,
    /// Member emails.
    pub users: Vec<String>,
}

/// An application.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApplicationSeed {
    /// Pinned id (default: a new UUID).
    pub id: Option<String>,
    /// The application's name.
    pub name: String,
    /// Its URL.
    pub app_url: Option<String>,
    /// Its login URL.
    pub login_url: Option<String>,
}

/// A user.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UserSeed {
    /// Pinned id (default: a new UUID).
    pub id: Option<String>,
    /// Email address (required, unique regardless of case).
    pub email: String,
    /// Display name (default: the email).
    pub name: Option<String>,
    /// Without one, the user signs in only through passwordless or hosted login.
    pub password: Option<String>,
    /// The active tenant (default: the first of `tenants`, else the first tenant).
    pub tenant_id: Option<String>,
    /// Every tenant the user belongs to (default: `tenant_id`).
    pub tenants: Vec<String>,
    /// Role keys in each of the user's tenants.
    pub roles: Vec<String>,
    /// Default true; an unverified user must activate first.
    pub verified: Option<bool>,
    /// Locked users cannot sign in with a password until a reset.
    pub locked: bool,
    /// For SMS passwordless sign-in.
    pub phone_number: Option<String>,
    /// Free-form metadata (tokens carry it as `metadata`).
    pub metadata: Map<String, Value>,
    /// Second factors.
    pub mfa: MfaSeed,
}

/// A user's second factors.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MfaSeed {
    /// An enrolled authenticator app's secret (base32), for RFC 6238 codes.
    pub totp_secret: Option<String>,
    /// Codes by email to this user's address.
    pub email: bool,
    /// Codes by SMS to this number.
    pub sms_phone: Option<String>,
    /// Recovery codes that disable MFA once each.
    pub recovery_codes: Vec<String>,
}

/// A client-credentials API token.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApiTokenSeed {
    /// The token's client id (the `sub` of its access tokens).
    pub client_id: String,
    /// Its secret.
    pub secret: String,
    /// Its tenant (default: the user's, else the first tenant).
    pub tenant_id: Option<String>,
    /// A user's personal token (by email); default: a tenant token.
    pub user: Option<String>,
    /// Role keys its access tokens carry.
    pub roles: Vec<String>,
    /// Permission keys its access tokens carry beside the roles' ones.
    pub permissions: Vec<String>,
    /// Description.
    pub description: Option<String>,
    /// RFC 3339 expiry (default: a year from the start).
    pub expires_at: Option<String>,
}

impl Seed {
    /// Reads a seed file (JSON).
    pub fn from_file(path: &Path) -> Result<Self, EmulatorError> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            EmulatorError::new(format!("cannot read seed file {}: {e}", path.display()))
        })?;
        Self::from_json(&text)
            .map_err(|e| EmulatorError::new(format!("seed file {}: {e}", path.display())))
    }

    /// Reads seed JSON text; errors name the bad key by its path.
    pub fn from_json(text: &str) -> Result<Self, EmulatorError> {
        let seed: Seed = parse_strict(text.as_bytes())?;
        seed.check()?;
        Ok(seed)
    }

    /// Cross-references: every role, tenant, permission and user named
    /// exists, and ids and emails are unique.
    pub(crate) fn check(&self) -> Result<(), EmulatorError> {
        let bad = |at: String, why: String| Err(EmulatorError::new(format!("{at}: {why}")));
        let mut tenant_ids = HashSet::new();
        for (i, tenant) in self.tenants.iter().enumerate() {
            if tenant.name.trim().is_empty() {
                return bad(format!("tenants[{i}].name"), "must not be empty".into());
            }
            let id = tenant.id.clone().unwrap_or_else(|| format!("#{i}"));
            if !tenant_ids.insert(id.clone()) {
                return bad(format!("tenants[{i}].id"), format!("{id:?} is used twice"));
            }
        }
        let known_tenant = |id: &str| self.tenants.iter().any(|t| t.id.as_deref() == Some(id));
        for (i, tenant) in self.tenants.iter().enumerate() {
            if let Some(parent) = &tenant.parent_id
                && !known_tenant(parent)
            {
                return bad(
                    format!("tenants[{i}].parent_id"),
                    format!("no tenant has id {parent:?}"),
                );
            }
        }
        let permission_keys: HashSet<&str> =
            self.permissions.iter().map(|p| p.key.as_str()).collect();
        for (i, p) in self.permissions.iter().enumerate() {
            if p.key.trim().is_empty() {
                return bad(format!("permissions[{i}].key"), "must not be empty".into());
            }
        }
        for (i, role) in self.roles.iter().enumerate() {
            if role.key.trim().is_empty() {
                return bad(format!("roles[{i}].key"), "must not be empty".into());
            }
            for (j, key) in role.permissions.iter().enumerate() {
                if !permission_keys.contains(key.as_str()) {
                    return bad(
                        format!("roles[{i}].permissions[{j}]"),
                        format!("no permission has key {key:?}"),
                    );
                }
            }
            if let Some(t) = &role.tenant_id
                && !known_tenant(t)
            {
                return bad(
                    format!("roles[{i}].tenant_id"),
                    format!("no tenant has id {t:?}"),
                );
            }
        }
        let role_keys: HashSet<&str> = self.roles.iter().map(|r| r.key.as_str()).collect();
        let mut emails = HashSet::new();
        for (i, user) in self.users.iter().enumerate() {
            if !user.email.contains('@') {
                return bad(
                    format!("users[{i}].email"),
                    format!("{:?} is not an email address", user.email),
                );
            }
            if !emails.insert(user.email.to_lowercase()) {
                return bad(
                    format!("users[{i}].email"),
                    format!("{} is used twice", user.email),
                );
            }
            for (j, t) in user.tenant_id.iter().chain(&user.tenants).enumerate() {
                if !known_tenant(t) {
                    let at = if user.tenant_id.is_some() && j == 0 {
                        format!("users[{i}].tenant_id")
                    } else {
                        format!("users[{i}].tenants")
                    };
                    return bad(at, format!("no tenant has id {t:?}"));
                }
            }
            for (j, key) in user.roles.iter().enumerate() {
                if !role_keys.contains(key.as_str()) {
                    return bad(
                        format!("users[{i}].roles[{j}]"),
                        format!("no role has key {key:?}"),
                    );
                }
            }
            if let Some(secret) = &user.mfa.totp_secret
                && crate::totp::decode_base32(secret).is_none()
            {
                return bad(
                    format!("users[{i}].mfa.totp_secret"),
                    "is not base32 (RFC 4648, letters A-Z and digits 2-7)".into(),
                );
            }
        }
        let known_email = |email: &str| emails.contains(&email.to_lowercase());
        for (i, group) in self.groups.iter().enumerate() {
            for (j, email) in group.users.iter().enumerate() {
                if !known_email(email) {
                    return bad(
                        format!("groups[{i}].users[{j}]"),
                        format!("no user has email {email:?}"),
                    );
                }
            }
            for (j, key) in group.roles.iter().enumerate() {
                if !role_keys.contains(key.as_str()) {
                    return bad(
                        format!("groups[{i}].roles[{j}]"),
                        format!("no role has key {key:?}"),
                    );
                }
            }
        }
        for (i, token) in self.api_tokens.iter().enumerate() {
            if token.client_id.is_empty() || token.secret.is_empty() {
                return bad(
                    format!("api_tokens[{i}]"),
                    "needs client_id and secret".into(),
                );
            }
            if let Some(email) = &token.user
                && !known_email(email)
            {
                return bad(
                    format!("api_tokens[{i}].user"),
                    format!("no user has email {email:?}"),
                );
            }
            if let Some(t) = &token.tenant_id
                && !known_tenant(t)
            {
                return bad(
                    format!("api_tokens[{i}].tenant_id"),
                    format!("no tenant has id {t:?}"),
                );
            }
        }
        if let Some(email) = &self.environment.default_user
            && !known_email(email)
        {
            return bad(
                "environment.default_user".into(),
                format!("no user has email {email:?}"),
            );
        }
        Ok(())
    }
}
