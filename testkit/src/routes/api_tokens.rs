//! Machine sessions: client-credentials API tokens exchanged for access
//! tokens (with refresh and rotation), and a tenant's tokens managed
//! through the API; deleting a token revokes what it issued.

use serde_json::{Value, json};

use super::{Route, State, route};
use crate::call::{Call, Fields};
use crate::clock::{self, now, rfc3339};
use crate::reply::{Outcome, Reply};
use crate::sessions::{acting_user, new_refresh_token, require_vendor, sign, spend_refresh_token};
use crate::world::{ApiToken, Subject, World};

pub(super) const ROUTES: &[Route] = &[
    route("POST", "/identity/resources/auth/v2/api-token", exchange),
    route(
        "POST",
        "/identity/resources/auth/v2/api-token/token/refresh",
        refresh,
    ),
    route("GET", "/identity/resources/tenants/api-tokens/v1", list),
    route("POST", "/identity/resources/tenants/api-tokens/v1", create),
    route(
        "DELETE",
        "/identity/resources/tenants/api-tokens/v1/{id}",
        delete,
    ),
];

fn exchange(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let f = Fields(&body);
    let client_id = f.required("clientId")?;
    let secret = f.required("secret")?;
    let world = &mut state.world;
    match world.api_tokens.get(&client_id) {
        Some(t) if t.secret == secret => {}
        _ => return Err(Reply::unauthorized("Invalid client credentials")),
    }
    tokens(world, &client_id)
}

fn refresh(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let token = Fields(&body).required("refreshToken")?;
    let world = &mut state.world;
    let grant = spend_refresh_token(world, &token)?;
    match grant.subject {
        Subject::ApiToken { client_id } if world.api_tokens.contains_key(&client_id) => {
            tokens(world, &client_id)
        }
        Subject::ApiToken { .. } => Err(Reply::unauthorized("The API token was deleted")),
        Subject::User { .. } => Err(Reply::unauthorized("Not an API token's refresh token")),
    }
}

fn tokens(world: &mut World, client_id: &str) -> Outcome {
    let token = world
        .api_tokens
        .get(client_id)
        .ok_or_else(|| Reply::unauthorized("Invalid client credentials"))?;
    let lifetime = world.env.settings.api_token_lifetime;
    let issued = now();
    let mut permissions = world.permissions_of_roles(&token.roles);
    for p in &token.permissions {
        if !permissions.contains(p) {
            permissions.push(p.clone());
        }
    }
    let mut claims = json!({
        "sub": token.client_id,
        "tenantId": token.tenant_id,
        "roles": token.roles,
        "permissions": permissions,
        "type": if token.user_id.is_some() { "userApiToken" } else { "tenantApiToken" },
        "aud": world.env.client_id,
        "iss": world.env.issuer,
        "iat": issued,
        "exp": issued + lifetime,
        "jti": clock::uuid(),
    });
    if let (Some(user_id), Some(map)) = (&token.user_id, claims.as_object_mut()) {
        map.insert("userId".into(), json!(user_id));
    }
    let Value::Object(claims) = claims else {
        return Err(Reply::error(500, "ER-00500", "claims are not an object"));
    };
    let access = sign(world, &claims)?;
    let refresh = new_refresh_token(
        world,
        Subject::ApiToken {
            client_id: client_id.to_owned(),
        },
    );
    Ok(Reply::ok(json!({
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": lifetime,
        "expires": rfc3339(issued + lifetime),
    })))
}

/// The tenant of a management call: `frontegg-tenant-id` beside a vendor
/// token, or the signed-in user's tenant.
fn tenant_of(world: &World, call: &Call) -> Result<String, Reply> {
    if require_vendor(world, call).is_ok() {
        return call
            .header("frontegg-tenant-id")
            .map(str::to_owned)
            .ok_or_else(|| Reply::bad_request("frontegg-tenant-id header is required"));
    }
    acting_user(world, call).map(|(_, tenant)| tenant)
}

fn token_json(t: &ApiToken) -> Value {
    json!({
        "clientId": t.client_id,
        "tenantId": t.tenant_id,
        "description": t.description,
        "createdByUserId": t.created_by,
        "roleIds": t.roles,
        "permissionIds": t.permissions,
        "createdAt": t.created_at,
        "expires": t.expires_at,
        "metadata": {},
    })
}

fn list(state: &mut State, call: &Call) -> Outcome {
    let tenant = tenant_of(&state.world, call)?;
    let items: Vec<Value> = state
        .world
        .api_tokens
        .values()
        .filter(|t| t.tenant_id == tenant && t.user_id.is_none())
        .map(token_json)
        .collect();
    Ok(Reply::ok(json!(items)))
}

fn create(state: &mut State, call: &Call) -> Outcome {
    let tenant = tenant_of(&state.world, call)?;
    let created_by = acting_user(&state.world, call)
        .map(|(user, _)| user)
        .unwrap_or_default();
    let body = call.json()?;
    let f = Fields(&body);
    let token = ApiToken {
        client_id: clock::uuid(),
        secret: clock::token(24),
        tenant_id: tenant,
        user_id: None,
        roles: f.strings("roleIds")?.unwrap_or_default(),
        permissions: f.strings("permissionIds")?.unwrap_or_default(),
        description: f.text("description")?.unwrap_or_default(),
        created_by,
        created_at: rfc3339(now()),
        expires_at: rfc3339(now() + crate::world::API_TOKEN_DAYS * 86_400),
    };
    let mut answer = token_json(&token);
    if let Some(map) = answer.as_object_mut() {
        map.insert("secret".into(), json!(token.secret));
    }
    state
        .world
        .api_tokens
        .insert(token.client_id.clone(), token);
    Ok(Reply::created(answer))
}

fn delete(state: &mut State, call: &Call) -> Outcome {
    let tenant = tenant_of(&state.world, call)?;
    let id = call.param("id").to_owned();
    let world = &mut state.world;
    match world.api_tokens.get(&id) {
        Some(t) if t.tenant_id == tenant => {}
        _ => return Err(Reply::not_found("API token not found")),
    }
    world.api_tokens.remove(&id);
    // Revocation: its refresh tokens stop working at once, and so do the
    // access tokens it issued.
    world
        .refresh_tokens
        .retain(|_, g| !matches!(&g.subject, Subject::ApiToken { client_id } if *client_id == id));
    world.revoked_clients.insert(id);
    Ok(Reply::ok(json!({})))
}
