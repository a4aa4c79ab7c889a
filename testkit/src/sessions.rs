//! Tokens the emulator issues and checks: user access tokens with
//! Frontegg's claims, refresh tokens with rotation, vendor tokens, and the
//! `AuthenticationResponseDto` that carries them.

use serde_json::{Map, Value, json};

use crate::call::Call;
use crate::clock::{self, now, rfc3339};
use crate::reply::Reply;
use crate::world::{AuthContext, RefreshGrant, Subject, World};

/// `fe_refresh_` + the client id with its first dash removed (what
/// Frontegg's SDKs send).
pub(crate) fn refresh_cookie_name(client_id: &str) -> String {
    format!("fe_refresh_{}", client_id.replacen('-', "", 1))
}

/// The refresh token of a call: the `fe_refresh_*` cookie (names compared
/// without dashes, as Frontegg's SDKs do), else `refreshToken` in the body.
pub(crate) fn presented_refresh_token(world: &World, call: &Call) -> Option<String> {
    let wanted = refresh_cookie_name(&world.env.client_id).replace('-', "");
    let from_cookie = call
        .headers
        .get_all("cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| name.replace('-', "") == wanted)
        .map(|(_, v)| v.trim().to_owned());
    from_cookie.or_else(|| {
        call.json().ok().and_then(|body| {
            body.get("refreshToken")
                .and_then(Value::as_str)
                .map(str::to_owned)
        })
    })
}

/// Claims of a user's access token in `tenant_id`.
pub(crate) fn user_claims(
    world: &World,
    user_id: &str,
    tenant_id: &str,
    auth: &AuthContext,
    lifetime: u64,
) -> Option<Map<String, Value>> {
    let user = world.users.get(user_id)?;
    let roles = world.role_keys_of(user);
    let permissions = world.permissions_of_roles(&roles);
    let issued = now();
    let mut claims = json!({
        "sub": user.id,
        "name": user.name,
        "email": user.email,
        "email_verified": user.verified,
        "metadata": Value::Object(user.metadata.clone()),
        "roles": roles,
        "permissions": permissions,
        "tenantId": tenant_id,
        "tenantIds": user.tenant_ids,
        "profilePictureUrl": null,
        "type": "userToken",
        "sid": clock::uuid(),
        "aud": world.env.client_id,
        "iss": world.env.issuer,
        "iat": issued,
        "exp": issued + lifetime,
        "amr": auth.amr,
        "auth_time": auth.auth_time,
    });
    if let (Some(acr), Some(map)) = (&auth.acr, claims.as_object_mut()) {
        map.insert("acr".into(), json!(acr));
    }
    match claims {
        Value::Object(map) => Some(map),
        _ => None,
    }
}

/// Signs `claims` with the current key.
pub(crate) fn sign(world: &World, claims: &Map<String, Value>) -> Result<String, Reply> {
    world
        .keys
        .current()
        .ok_or_else(|| crate::error::EmulatorError::new("no signing key"))
        .and_then(|key| key.sign(&Value::Object(claims.clone())))
        .map_err(|e| Reply::error(500, "ER-00500", e.text().to_owned()))
}

/// A new refresh token for `subject`.
pub(crate) fn new_refresh_token(world: &mut World, subject: Subject) -> String {
    let token = clock::token(32);
    world.refresh_tokens.insert(
        token.clone(),
        RefreshGrant {
            subject,
            expires_at: now() + world.env.settings.refresh_token_lifetime,
        },
    );
    token
}

/// Takes a refresh token once: later presentations fail (rotation).
pub(crate) fn spend_refresh_token(world: &mut World, token: &str) -> Result<RefreshGrant, Reply> {
    if world.spent_refresh_tokens.contains(token) {
        return Err(Reply::unauthorized(
            "Refresh token was already used or revoked",
        ));
    }
    match world.refresh_tokens.remove(token) {
        Some(grant) if grant.expires_at > now() => {
            world.spent_refresh_tokens.insert(token.to_owned());
            Ok(grant)
        }
        Some(_) => Err(Reply::unauthorized("Refresh token expired")),
        None => Err(Reply::unauthorized("Invalid refresh token")),
    }
}

/// Ends the session of `token` (logout): it can never be used again.
pub(crate) fn revoke_refresh_token(world: &mut World, token: &str) -> bool {
    let known = world.refresh_tokens.remove(token).is_some();
    world.spent_refresh_tokens.insert(token.to_owned());
    known
}

/// Signs the user in: a fresh access token and refresh token, as
/// Frontegg's `AuthenticationResponseDto`, with the refresh cookie set.
pub(crate) fn session_reply(
    world: &mut World,
    status: u16,
    user_id: &str,
    tenant_id: Option<&str>,
    auth: AuthContext,
) -> Result<Reply, Reply> {
    let (body, cookie) = session_body(world, user_id, tenant_id, auth)?;
    Ok(Reply::json(status, body).header("set-cookie", cookie))
}

/// A new session's `AuthenticationResponseDto` and its refresh cookie.
pub(crate) fn session_body(
    world: &mut World,
    user_id: &str,
    tenant_id: Option<&str>,
    auth: AuthContext,
) -> Result<(Value, String), Reply> {
    let (access, refresh, expires_in) = session_tokens(world, user_id, tenant_id, auth)?;
    let cookie = refresh_cookie(world, &refresh);
    let user = world
        .users
        .get_mut(user_id)
        .ok_or_else(|| Reply::not_found("User not found"))?;
    user.last_login = Some(rfc3339(now()));
    let body = json!({
        "tokenType": "bearer",
        "mfaRequired": false,
        "accessToken": access,
        "refreshToken": refresh,
        "expiresIn": expires_in,
        "expires": rfc3339(now() + expires_in),
        "userId": user.id,
        "userEmail": user.email,
        "emailVerified": user.verified,
        "mfaEnrolled": user.mfa.enrolled(),
    });
    Ok((body, cookie))
}

/// The access token, refresh token and lifetime of a new session.
pub(crate) fn session_tokens(
    world: &mut World,
    user_id: &str,
    tenant_id: Option<&str>,
    auth: AuthContext,
) -> Result<(String, String, u64), Reply> {
    let user = world
        .users
        .get(user_id)
        .ok_or_else(|| Reply::not_found("User not found"))?;
    let tenant_id = match tenant_id {
        Some(t) if user.tenant_ids.iter().any(|id| id == t) => t.to_owned(),
        Some(_) => return Err(Reply::forbidden("User is not a member of this tenant")),
        None => user.tenant_id.clone(),
    };
    let lifetime = world.env.settings.access_token_lifetime;
    let claims = user_claims(world, user_id, &tenant_id, &auth, lifetime)
        .ok_or_else(|| Reply::not_found("User not found"))?;
    let access = sign(world, &claims)?;
    let refresh = new_refresh_token(
        world,
        Subject::User {
            user_id: user_id.to_owned(),
            tenant_id,
            auth,
        },
    );
    Ok((access, refresh, lifetime))
}

pub(crate) fn refresh_cookie(world: &World, token: &str) -> String {
    format!(
        "{}={token}; Path=/; HttpOnly; SameSite=None; Secure; Max-Age={}",
        refresh_cookie_name(&world.env.client_id),
        world.env.settings.refresh_token_lifetime
    )
}

/// A cookie that clears the refresh cookie (logout).
pub(crate) fn cleared_refresh_cookie(world: &World) -> String {
    format!(
        "{}=; Path=/; HttpOnly; SameSite=None; Secure; Max-Age=0",
        refresh_cookie_name(&world.env.client_id)
    )
}

/// Checks a vendor token on a management call.
pub(crate) fn require_vendor(world: &World, call: &Call) -> Result<(), Reply> {
    let token = call.bearer().ok_or_else(|| {
        Reply::unauthorized("Unauthorized: send the vendor token as Authorization: Bearer")
    })?;
    match world.vendor_tokens.get(token) {
        Some(&expires_at) if expires_at > now() => Ok(()),
        Some(_) => Err(Reply::unauthorized("Vendor token expired")),
        None => match verified_claims(world, token) {
            // A user's token on a vendor route: authenticated, not allowed.
            Ok(_) => Err(Reply::forbidden(
                "This route needs the vendor (environment) token",
            )),
            Err(_) => Err(Reply::unauthorized("Invalid authorization token")),
        },
    }
}

/// Checks a user (or API) access token issued by this emulator: its
/// signature against the current keys, and expiry.
pub(crate) fn verified_claims(world: &World, token: &str) -> Result<Map<String, Value>, Reply> {
    let claims = world
        .keys
        .verify(token)
        .ok_or_else(|| Reply::unauthorized("Invalid authorization token"))?;
    let exp = claims.get("exp").and_then(Value::as_u64).unwrap_or(0);
    if exp <= now() {
        return Err(Reply::unauthorized("Token expired"));
    }
    let is_api_token = claims
        .get("type")
        .and_then(Value::as_str)
        .is_some_and(|t| t.ends_with("ApiToken"));
    if is_api_token
        && let Some(sub) = claims.get("sub").and_then(Value::as_str)
        && world.revoked_clients.contains(sub)
    {
        return Err(Reply::unauthorized("Token was revoked"));
    }
    Ok(claims)
}

/// The user acting on a self-service route: a user token's `sub`, or the
/// `frontegg-user-id` header beside a vendor token. Also the tenant.
pub(crate) fn acting_user(world: &World, call: &Call) -> Result<(String, String), Reply> {
    let token = call
        .bearer()
        .ok_or_else(|| Reply::unauthorized("Unauthorized"))?;
    if world.vendor_tokens.contains_key(token) {
        require_vendor(world, call)?;
        let user_id = call
            .header("frontegg-user-id")
            .ok_or_else(|| Reply::bad_request("frontegg-user-id header is required"))?;
        let user = world
            .users
            .get(user_id)
            .ok_or_else(|| Reply::not_found("User not found"))?;
        let tenant = call
            .header("frontegg-tenant-id")
            .map_or_else(|| user.tenant_id.clone(), str::to_owned);
        return Ok((user.id.clone(), tenant));
    }
    let claims = verified_claims(world, token)?;
    let user_id = claims
        .get("sub")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let tenant = claims
        .get("tenantId")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    if !world.users.contains_key(&user_id) {
        return Err(Reply::unauthorized("The token's user no longer exists"));
    }
    Ok((user_id, tenant))
}
