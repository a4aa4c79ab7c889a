//! The emulated environment's state: its entities (tenants, users, roles,
//! permissions, groups, applications, API tokens), the tokens and codes in
//! flight, and the outbox. Built from a [`Seed`]; `reset` builds it again.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Map, Value, json};

use crate::clock::{self, now, rfc3339, uuid};
use crate::keys::KeyRing;
use crate::seed::{Seed, SettingsSeed};
use crate::totp;

/// How long an API token is valid unless its seed says otherwise.
pub(crate) const API_TOKEN_DAYS: u64 = 365;

/// The OpenID PAPE multi-factor policy, the `acr` after a second factor.
pub(crate) const MFA_ACR: &str = "http://schemas.openid.net/pape/policies/2007/06/multi-factor";

pub(crate) struct Tenant {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) parent_id: Option<String>,
    pub(crate) metadata: Map<String, Value>,
    pub(crate) created_at: String,
}

pub(crate) struct Permission {
    pub(crate) id: String,
    pub(crate) key: String,
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) created_at: String,
}

pub(crate) struct Role {
    pub(crate) id: String,
    pub(crate) key: String,
    pub(crate) name: String,
    pub(crate) description: String,
    /// Permission keys.
    pub(crate) permissions: Vec<String>,
    pub(crate) tenant_id: Option<String>,
    pub(crate) is_default: bool,
    pub(crate) created_at: String,
}

pub(crate) struct Group {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) color: String,
    pub(crate) description: String,
    pub(crate) metadata: Map<String, Value>,
    pub(crate) tenant_id: Option<String>,
    /// Role keys.
    pub(crate) roles: Vec<String>,
    /// User ids.
    pub(crate) users: Vec<String>,
    pub(crate) created_at: String,
}

pub(crate) struct Application {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) app_url: String,
    pub(crate) login_url: String,
    pub(crate) created_at: String,
}

#[derive(Default)]
pub(crate) struct Mfa {
    /// An enrolled authenticator app's secret.
    pub(crate) totp: Option<Vec<u8>>,
    pub(crate) email: bool,
    pub(crate) sms_phone: Option<String>,
    pub(crate) recovery_codes: Vec<String>,
}

impl Mfa {
    pub(crate) fn enrolled(&self) -> bool {
        self.totp.is_some() || self.email || self.sms_phone.is_some()
    }
}

pub(crate) struct User {
    pub(crate) id: String,
    pub(crate) email: String,
    pub(crate) name: String,
    pub(crate) password: Option<String>,
    pub(crate) tenant_id: String,
    pub(crate) tenant_ids: Vec<String>,
    /// Role keys, in every tenant of the user.
    pub(crate) roles: Vec<String>,
    pub(crate) verified: bool,
    pub(crate) locked: bool,
    pub(crate) failed_logins: u32,
    pub(crate) phone_number: Option<String>,
    pub(crate) metadata: Map<String, Value>,
    pub(crate) mfa: Mfa,
    pub(crate) created_at: String,
    pub(crate) last_login: Option<String>,
}

impl User {
    /// A verified member of `tenant_id` with no password, roles or factors.
    pub(crate) fn new(id: String, email: String, tenant_id: String) -> Self {
        Self {
            id,
            name: email.clone(),
            email,
            password: None,
            tenant_ids: vec![tenant_id.clone()],
            tenant_id,
            roles: Vec::new(),
            verified: true,
            locked: false,
            failed_logins: 0,
            phone_number: None,
            metadata: Map::new(),
            mfa: Mfa::default(),
            created_at: rfc3339(now()),
            last_login: None,
        }
    }

    /// `lastLogin` as the answers give it: the spec requires a date, so a
    /// user who never signed in shows their creation time.
    pub(crate) fn last_login_date(&self) -> String {
        self.last_login
            .clone()
            .unwrap_or_else(|| self.created_at.clone())
    }
}

pub(crate) struct ApiToken {
    pub(crate) client_id: String,
    pub(crate) secret: String,
    pub(crate) tenant_id: String,
    pub(crate) user_id: Option<String>,
    pub(crate) roles: Vec<String>,
    pub(crate) permissions: Vec<String>,
    pub(crate) description: String,
    pub(crate) created_by: String,
    pub(crate) created_at: String,
    pub(crate) expires_at: String,
}

/// How a session was established, carried into its tokens and refreshes.
#[derive(Clone, Debug, Default)]
pub(crate) struct AuthContext {
    pub(crate) amr: Vec<String>,
    pub(crate) acr: Option<String>,
    pub(crate) auth_time: u64,
}

impl AuthContext {
    pub(crate) fn password() -> Self {
        Self {
            amr: vec!["pwd".into()],
            acr: None,
            auth_time: now(),
        }
    }

    /// After a second factor `method` (`otp`, `sms`, …).
    pub(crate) fn with_factor(mut self, method: &str) -> Self {
        for m in ["mfa", method] {
            if !self.amr.iter().any(|a| a == m) {
                self.amr.push(m.into());
            }
        }
        self.acr = Some(MFA_ACR.into());
        self.auth_time = now();
        self
    }
}

/// What a refresh token stands for.
#[derive(Clone)]
pub(crate) enum Subject {
    User {
        user_id: String,
        tenant_id: String,
        auth: AuthContext,
    },
    ApiToken {
        client_id: String,
    },
}

#[derive(Clone)]
pub(crate) struct RefreshGrant {
    pub(crate) subject: Subject,
    pub(crate) expires_at: u64,
}

pub(crate) struct AuthCode {
    pub(crate) user_id: String,
    pub(crate) client_id: String,
    pub(crate) redirect_uri: String,
    pub(crate) challenge: String,
    pub(crate) nonce: Option<String>,
    pub(crate) expires_at: u64,
}

/// A pending second factor after a password login.
pub(crate) struct MfaPending {
    pub(crate) user_id: String,
    pub(crate) expires_at: u64,
    /// The emailed or texted code, once one was sent.
    pub(crate) code: Option<String>,
}

/// A one-time token or code sent through the outbox.
#[derive(Clone)]
pub(crate) struct OneTime {
    pub(crate) user_id: String,
    pub(crate) purpose: Purpose,
    pub(crate) expires_at: u64,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Purpose {
    Activation,
    PasswordReset,
    MagicLink,
    EmailCode,
    SmsCode,
}

impl Purpose {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Activation => "activation",
            Self::PasswordReset => "password_reset",
            Self::MagicLink => "magic_link",
            Self::EmailCode => "email_code",
            Self::SmsCode => "sms_code",
        }
    }
}

/// A message the emulator "sent": what a user would find in their inbox.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Message {
    /// `email` or `sms`.
    pub channel: String,
    /// The address or phone number.
    pub to: String,
    /// What it is for: `activation`, `password_reset`, `magic_link`,
    /// `email_code`, `sms_code`, `mfa_email_code`, `mfa_sms_code`, `invitation`.
    pub kind: String,
    /// The six-digit code, for codes.
    pub code: Option<String>,
    /// The token, for links (activation, reset, magic link, invitation).
    pub token: Option<String>,
    /// The user it concerns.
    pub user_id: String,
    /// When it was sent (RFC 3339).
    pub sent_at: String,
}

/// The environment's identity and policies.
pub(crate) struct Environment {
    pub(crate) client_id: String,
    pub(crate) secret: String,
    pub(crate) issuer: String,
    pub(crate) default_user: Option<String>,
    pub(crate) redirect_uris: Vec<String>,
    pub(crate) settings: SettingsSeed,
}

pub(crate) struct World {
    pub(crate) env: Environment,
    pub(crate) keys: KeyRing,
    pub(crate) tenants: BTreeMap<String, Tenant>,
    pub(crate) permissions: BTreeMap<String, Permission>,
    pub(crate) roles: BTreeMap<String, Role>,
    pub(crate) groups: BTreeMap<String, Group>,
    pub(crate) applications: BTreeMap<String, Application>,
    /// By id, in creation order of their ids' insertion (ids are random,
    /// so lists sort by `created_at` then email).
    pub(crate) users: BTreeMap<String, User>,
    pub(crate) api_tokens: BTreeMap<String, ApiToken>,
    pub(crate) vendor_tokens: HashMap<String, u64>,
    pub(crate) refresh_tokens: HashMap<String, RefreshGrant>,
    /// Refresh tokens already exchanged or revoked: presenting one fails.
    pub(crate) spent_refresh_tokens: HashSet<String>,
    pub(crate) auth_codes: HashMap<String, AuthCode>,
    pub(crate) mfa_pending: HashMap<String, MfaPending>,
    /// Enrollment secrets handed out and not yet confirmed, by user.
    pub(crate) totp_enrollments: HashMap<String, Vec<u8>>,
    pub(crate) one_time: HashMap<String, OneTime>,
    pub(crate) outbox: Vec<Message>,
    /// API tokens deleted: the access tokens they issued (`sub` = their
    /// client id) are refused before they expire.
    pub(crate) revoked_clients: HashSet<String>,
}

/// Keys of a seeded tenant id, or a new one.
fn id_or_new(id: &Option<String>) -> String {
    id.clone().unwrap_or_else(uuid)
}

impl World {
    /// The world a seed describes (already checked by `Seed::from_json`).
    pub(crate) fn from_seed(seed: &Seed, url: &str, keys: KeyRing) -> Self {
        let created = rfc3339(now());
        let e = &seed.environment;
        let env = Environment {
            client_id: e
                .client_id
                .clone()
                .unwrap_or_else(|| "emulator-client-id".into()),
            secret: e.secret.clone().unwrap_or_else(|| "emulator-secret".into()),
            issuer: e.issuer.clone().unwrap_or_else(|| url.to_owned()),
            default_user: e.default_user.clone(),
            redirect_uris: e.redirect_uris.clone(),
            settings: seed.settings.clone(),
        };
        let mut world = World {
            env,
            keys,
            tenants: BTreeMap::new(),
            permissions: BTreeMap::new(),
            roles: BTreeMap::new(),
            groups: BTreeMap::new(),
            applications: BTreeMap::new(),
            users: BTreeMap::new(),
            api_tokens: BTreeMap::new(),
            vendor_tokens: HashMap::new(),
            refresh_tokens: HashMap::new(),
            spent_refresh_tokens: HashSet::new(),
            auth_codes: HashMap::new(),
            mfa_pending: HashMap::new(),
            totp_enrollments: HashMap::new(),
            one_time: HashMap::new(),
            outbox: Vec::new(),
            revoked_clients: HashSet::new(),
        };
        for t in &seed.tenants {
            let id = id_or_new(&t.id);
            world.tenants.insert(
                id.clone(),
                Tenant {
                    id,
                    name: t.name.clone(),
                    parent_id: t.parent_id.clone(),
                    metadata: t.metadata.clone(),
                    created_at: created.clone(),
                },
            );
        }
        for p in &seed.permissions {
            let id = id_or_new(&p.id);
            world.permissions.insert(
                id.clone(),
                Permission {
                    id,
                    key: p.key.clone(),
                    name: p.name.clone().unwrap_or_else(|| p.key.clone()),
                    description: p.description.clone().unwrap_or_default(),
                    created_at: created.clone(),
                },
            );
        }
        for r in &seed.roles {
            let id = id_or_new(&r.id);
            world.roles.insert(
                id.clone(),
                Role {
                    id,
                    key: r.key.clone(),
                    name: r.name.clone().unwrap_or_else(|| r.key.clone()),
                    description: r.description.clone().unwrap_or_default(),
                    permissions: r.permissions.clone(),
                    tenant_id: r.tenant_id.clone(),
                    is_default: r.is_default,
                    created_at: created.clone(),
                },
            );
        }
        for a in &seed.applications {
            let id = id_or_new(&a.id);
            world.applications.insert(
                id.clone(),
                Application {
                    id,
                    name: a.name.clone(),
                    app_url: a.app_url.clone().unwrap_or_default(),
                    login_url: a.login_url.clone().unwrap_or_default(),
                    created_at: created.clone(),
                },
            );
        }
        let first_tenant = world.tenants.keys().next().cloned();
        for u in &seed.users {
            let tenant_id = match u.tenant_id.clone().or_else(|| u.tenants.first().cloned()) {
                Some(t) => t,
                None => match &first_tenant {
                    Some(t) => t.clone(),
                    // A user needs a tenant: make one in their name.
                    None => world.create_tenant(None, format!("{}'s account", u.email), None),
                },
            };
            let mut tenant_ids = vec![tenant_id.clone()];
            for t in &u.tenants {
                if !tenant_ids.contains(t) {
                    tenant_ids.push(t.clone());
                }
            }
            let id = id_or_new(&u.id);
            // `Seed::check` refused secrets that are not base32.
            let totp = u.mfa.totp_secret.as_deref().and_then(totp::decode_base32);
            world.users.insert(
                id.clone(),
                User {
                    id,
                    email: u.email.clone(),
                    name: u.name.clone().unwrap_or_else(|| u.email.clone()),
                    password: u.password.clone(),
                    tenant_id,
                    tenant_ids,
                    roles: u.roles.clone(),
                    verified: u.verified.unwrap_or(true),
                    locked: u.locked,
                    failed_logins: 0,
                    phone_number: u.phone_number.clone(),
                    metadata: u.metadata.clone(),
                    mfa: Mfa {
                        totp,
                        email: u.mfa.email,
                        sms_phone: u.mfa.sms_phone.clone(),
                        recovery_codes: u.mfa.recovery_codes.clone(),
                    },
                    created_at: created.clone(),
                    last_login: None,
                },
            );
        }
        for g in &seed.groups {
            let id = id_or_new(&g.id);
            let users = g
                .users
                .iter()
                .filter_map(|email| world.user_by_email(email).map(|u| u.id.clone()))
                .collect();
            world.groups.insert(
                id.clone(),
                Group {
                    id,
                    name: g.name.clone(),
                    color: String::new(),
                    description: String::new(),
                    metadata: Map::new(),
                    tenant_id: g.tenant_id.clone(),
                    roles: g.roles.clone(),
                    users,
                    created_at: created.clone(),
                },
            );
        }
        for t in &seed.api_tokens {
            let user_id = t
                .user
                .as_ref()
                .and_then(|email| world.user_by_email(email))
                .map(|u| u.id.clone());
            let tenant_id = t
                .tenant_id
                .clone()
                .or_else(|| {
                    user_id
                        .as_ref()
                        .and_then(|id| world.users.get(id))
                        .map(|u| u.tenant_id.clone())
                })
                .or_else(|| first_tenant.clone())
                .unwrap_or_default();
            world.api_tokens.insert(
                t.client_id.clone(),
                ApiToken {
                    client_id: t.client_id.clone(),
                    secret: t.secret.clone(),
                    tenant_id,
                    user_id,
                    roles: t.roles.clone(),
                    permissions: t.permissions.clone(),
                    description: t.description.clone().unwrap_or_default(),
                    created_by: String::new(),
                    created_at: created.clone(),
                    expires_at: t
                        .expires_at
                        .clone()
                        .unwrap_or_else(|| rfc3339(now() + API_TOKEN_DAYS * 86_400)),
                },
            );
        }
        world
    }

    pub(crate) fn create_tenant(
        &mut self,
        id: Option<String>,
        name: String,
        parent_id: Option<String>,
    ) -> String {
        let id = id.unwrap_or_else(uuid);
        self.tenants.insert(
            id.clone(),
            Tenant {
                id: id.clone(),
                name,
                parent_id,
                metadata: Map::new(),
                created_at: rfc3339(now()),
            },
        );
        id
    }

    pub(crate) fn user_by_email(&self, email: &str) -> Option<&User> {
        self.users
            .values()
            .find(|u| u.email.eq_ignore_ascii_case(email))
    }

    pub(crate) fn user_id_by_email(&self, email: &str) -> Option<String> {
        self.user_by_email(email).map(|u| u.id.clone())
    }

    /// Roles a user holds: their own plus their groups'.
    pub(crate) fn role_keys_of(&self, user: &User) -> Vec<String> {
        let mut keys = user.roles.clone();
        for g in self.groups.values().filter(|g| g.users.contains(&user.id)) {
            for r in &g.roles {
                if !keys.contains(r) {
                    keys.push(r.clone());
                }
            }
        }
        keys
    }

    /// Permission keys behind role keys.
    pub(crate) fn permissions_of_roles(&self, role_keys: &[String]) -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        for role in self.roles.values().filter(|r| role_keys.contains(&r.key)) {
            for p in &role.permissions {
                if !keys.contains(p) {
                    keys.push(p.clone());
                }
            }
        }
        keys
    }

    /// Default roles for a new member of a tenant.
    pub(crate) fn default_role_keys(&self) -> Vec<String> {
        self.roles
            .values()
            .filter(|r| r.is_default)
            .map(|r| r.key.clone())
            .collect()
    }

    pub(crate) fn role_json(&self, key: &str) -> Option<Value> {
        self.roles
            .values()
            .find(|r| r.key == key)
            .map(|r| role_json(self, r))
    }

    /// The keys of roles given by id; the first unknown id is the error.
    pub(crate) fn role_keys_by_id(&self, ids: &[String]) -> Result<Vec<String>, String> {
        ids.iter()
            .map(|id| {
                self.roles
                    .get(id)
                    .map(|r| r.key.clone())
                    .ok_or_else(|| format!("Role {id} not found"))
            })
            .collect()
    }

    /// The keys of permissions given by id; the first unknown id is the error.
    pub(crate) fn permission_keys_by_id(&self, ids: &[String]) -> Result<Vec<String>, String> {
        ids.iter()
            .map(|id| {
                self.permissions
                    .get(id)
                    .map(|p| p.key.clone())
                    .ok_or_else(|| format!("Permission {id} not found"))
            })
            .collect()
    }

    /// Permission ids of permission keys, as Frontegg's role answers list them.
    pub(crate) fn permission_ids(&self, keys: &[String]) -> Vec<String> {
        self.permissions
            .values()
            .filter(|p| keys.contains(&p.key))
            .map(|p| p.id.clone())
            .collect()
    }

    /// Puts a message in the outbox and remembers its one-time token.
    pub(crate) fn send(
        &mut self,
        user_id: &str,
        purpose: Purpose,
        channel: &str,
        to: &str,
        kind: &str,
    ) -> String {
        let is_code = matches!(purpose, Purpose::EmailCode | Purpose::SmsCode);
        let secret = if is_code {
            clock::digits()
        } else {
            clock::token(24)
        };
        self.one_time.insert(
            secret.clone(),
            OneTime {
                user_id: user_id.to_owned(),
                purpose,
                expires_at: now() + 3600,
            },
        );
        self.outbox.push(Message {
            channel: channel.into(),
            to: to.into(),
            kind: kind.into(),
            code: is_code.then(|| secret.clone()),
            token: (!is_code).then(|| secret.clone()),
            user_id: user_id.into(),
            sent_at: rfc3339(now()),
        });
        secret
    }

    /// Takes a one-time token or code for `purpose`, once.
    pub(crate) fn redeem(&mut self, secret: &str, purpose: Purpose) -> Option<String> {
        match self.one_time.get(secret) {
            Some(t) if t.purpose == purpose && t.expires_at > now() => {
                let user_id = t.user_id.clone();
                self.one_time.remove(secret);
                Some(user_id)
            }
            _ => None,
        }
    }
}

pub(crate) fn permission_json(p: &Permission, roles: &BTreeMap<String, Role>) -> Value {
    let role_ids: Vec<&str> = roles
        .values()
        .filter(|r| r.permissions.contains(&p.key))
        .map(|r| r.id.as_str())
        .collect();
    json!({
        "id": p.id,
        "key": p.key,
        "name": p.name,
        "description": p.description,
        "createdAt": p.created_at,
        "updatedAt": p.created_at,
        "roleIds": role_ids,
        "categoryId": "",
        "fePermission": false,
    })
}

/// `UserDto` (a superset of `UserV3Dto` and `CoreUserDto`).
pub(crate) fn user_json(world: &World, u: &User) -> Value {
    let role_keys = world.role_keys_of(u);
    let roles: Vec<Value> = role_keys
        .iter()
        .filter_map(|k| world.role_json(k))
        .collect();
    let permission_keys = world.permissions_of_roles(&role_keys);
    let permissions: Vec<Value> = world
        .permissions
        .values()
        .filter(|p| permission_keys.contains(&p.key))
        .map(|p| permission_json(p, &world.roles))
        .collect();
    let tenants: Vec<Value> = u
        .tenant_ids
        .iter()
        .map(|t| json!({"tenantId": t, "roles": roles}))
        .collect();
    let mut answer = json!({
        "id": u.id,
        "email": u.email,
        "name": u.name,
        "profilePictureUrl": "",
        "sub": u.id,
        "verified": u.verified,
        "mfaEnrolled": u.mfa.enrolled(),
        "roles": roles,
        "permissions": permissions,
        "provider": "local",
        "tenantId": u.tenant_id,
        "tenantIds": u.tenant_ids,
        "activatedForTenant": u.verified,
        "isLocked": u.locked,
        "tenants": tenants,
        "metadata": Value::Object(u.metadata.clone()).to_string(),
        "vendorMetadata": "{}",
        "createdAt": u.created_at,
        "lastLogin": u.last_login_date(),
        "subAccountAccessAllowed": false,
    });
    if let (Some(phone), Some(map)) = (&u.phone_number, answer.as_object_mut()) {
        map.insert("phoneNumber".into(), json!(phone));
    }
    answer
}

/// `UserCreatedResponse`: roles and permissions by id.
pub(crate) fn user_created_json(world: &World, u: &User) -> Value {
    let role_keys = world.role_keys_of(u);
    let permission_keys = world.permissions_of_roles(&role_keys);
    json!({
        "id": u.id,
        "email": u.email,
        "verified": u.verified,
        "name": u.name,
        "profilePictureUrl": "",
        "roles": world.roles.values().filter(|r| role_keys.contains(&r.key)).map(|r| r.id.clone()).collect::<Vec<_>>(),
        "permissions": world.permissions.values().filter(|p| permission_keys.contains(&p.key)).map(|p| p.id.clone()).collect::<Vec<_>>(),
        "metadata": Value::Object(u.metadata.clone()).to_string(),
        "createdAt": u.created_at,
        "lastLogin": u.last_login_date(),
        "activatedForTenant": u.verified,
    })
}

/// `RoleResponse` (a superset of `RoleDto`): permissions by id.
pub(crate) fn role_json(world: &World, r: &Role) -> Value {
    json!({
        "id": r.id,
        "key": r.key,
        "name": r.name,
        "description": r.description,
        "isDefault": r.is_default,
        "firstUserRole": false,
        "vendorId": "emulator",
        "tenantId": r.tenant_id.clone().unwrap_or_default(),
        "permissions": world.permission_ids(&r.permissions),
        "level": 0,
        "createdAt": r.created_at,
        "updatedAt": r.created_at,
    })
}
