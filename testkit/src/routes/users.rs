//! Users: the management list with Frontegg's page envelope and filters,
//! create, read, update, delete, and the signed-in user's own profile.

use serde_json::{Value, json};

use super::{Route, State, page, route};
use crate::call::{Call, Fields};
use crate::clock;
use crate::reply::{Outcome, Reply};
use crate::sessions::{acting_user, require_vendor};
use crate::world::{Purpose, User, user_created_json, user_json};

pub(super) const ROUTES: &[Route] = &[
    route("GET", "/identity/resources/users/v3", list),
    route("POST", "/identity/resources/users/v2", create),
    route("POST", "/identity/resources/users/v1", create),
    route("GET", "/identity/resources/users/v1/email", by_email),
    route(
        "GET",
        "/identity/resources/vendor-only/users/v1/{userId}",
        by_id,
    ),
    route("PUT", "/identity/resources/users/v1/{userId}", update),
    route("DELETE", "/identity/resources/users/v1/{userId}", delete),
    route(
        "POST",
        "/identity/resources/users/v1/{userId}/roles",
        add_roles,
    ),
    route(
        "DELETE",
        "/identity/resources/users/v1/{userId}/roles",
        remove_roles,
    ),
    route("GET", "/identity/resources/users/v3/me", me),
    route("GET", "/identity/resources/users/v2/me", me),
];

fn list(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let world = &state.world;
    let tenant = call
        .query("_tenantId")
        .or_else(|| call.header("frontegg-tenant-id"));
    let email = call.query("_email").map(str::to_lowercase);
    let mut users: Vec<&User> = world
        .users
        .values()
        .filter(|u| tenant.is_none_or(|t| u.tenant_ids.iter().any(|id| id == t)))
        .filter(|u| {
            email
                .as_deref()
                .is_none_or(|e| u.email.to_lowercase().contains(e))
        })
        .collect();
    let descending = call
        .query("_order")
        .is_some_and(|o| o.eq_ignore_ascii_case("DESC"));
    match call.query("_sortBy").unwrap_or("createdAt") {
        "email" => users.sort_by(|a, b| a.email.cmp(&b.email)),
        "name" => users.sort_by(|a, b| a.name.cmp(&b.name)),
        "id" => users.sort_by(|a, b| a.id.cmp(&b.id)),
        _ => users.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.email.cmp(&b.email))),
    }
    if descending {
        users.reverse();
    }
    let items: Vec<Value> = users.into_iter().map(|u| user_json(world, u)).collect();
    page(call, items, "/identity/resources/users/v3")
}

fn create(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let tenant_id = call
        .header("frontegg-tenant-id")
        .ok_or_else(|| Reply::bad_request("frontegg-tenant-id header is required"))?
        .to_owned();
    let body = call.json()?;
    let f = Fields(&body);
    let email = f.required("email")?;
    let world = &mut state.world;
    if !world.tenants.contains_key(&tenant_id) {
        return Err(Reply::not_found(format!("Tenant {tenant_id} not found")));
    }
    if world.user_by_email(&email).is_some() {
        return Err(Reply::conflict("User already exists"));
    }
    let password = f.text("password")?;
    let verified = password.is_some();
    let id = clock::uuid();
    let roles = match f.strings("roleIds")? {
        Some(ids) => world.role_keys_by_id(&ids).map_err(Reply::bad_request)?,
        None => world.default_role_keys(),
    };
    let mut user = User::new(id.clone(), email.clone(), tenant_id);
    user.name = f.text("name")?.unwrap_or_else(|| email.clone());
    user.password = password;
    user.roles = roles;
    user.verified = verified;
    user.phone_number = f.text("phoneNumber")?;
    user.metadata = f.object("metadata")?.unwrap_or_default();
    world.users.insert(id.clone(), user);
    // A user created without a password is invited: they activate by email.
    if !verified && f.boolean("skipInviteEmail")? != Some(true) {
        world.send(&id, Purpose::Activation, "email", &email, "invitation");
    }
    let answer = world
        .users
        .get(&id)
        .map(|u| user_created_json(world, u))
        .unwrap_or(Value::Null);
    Ok(Reply::created(answer))
}

fn by_email(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let email = call
        .query("email")
        .ok_or_else(|| Reply::bad_request("email should not be empty"))?;
    let world = &state.world;
    let user = world
        .user_by_email(email)
        .ok_or_else(|| Reply::not_found("User not found"))?;
    Ok(Reply::ok(user_json(world, user)))
}

fn by_id(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let world = &state.world;
    let user = world
        .users
        .get(call.param("userId"))
        .ok_or_else(|| Reply::not_found("User not found"))?;
    Ok(Reply::ok(user_json(world, user)))
}

fn update(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let f = Fields(&body);
    let world = &mut state.world;
    let user = world
        .users
        .get_mut(call.param("userId"))
        .ok_or_else(|| Reply::not_found("User not found"))?;
    if let Some(name) = f.text("name")? {
        user.name = name;
    }
    if let Some(phone) = f.text("phoneNumber")? {
        user.phone_number = Some(phone);
    }
    if let Some(metadata) = f.object("metadata")? {
        user.metadata = metadata;
    }
    let id = user.id.clone();
    let answer = world
        .users
        .get(&id)
        .map(|u| user_json(world, u))
        .unwrap_or(Value::Null);
    Ok(Reply::ok(answer))
}

/// Removes the user from the tenant in `frontegg-tenant-id`; a user left
/// with no tenant (or deleted without the header) is gone.
fn delete(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let id = call.param("userId").to_owned();
    let tenant = call.header("frontegg-tenant-id").map(str::to_owned);
    let world = &mut state.world;
    let user = world
        .users
        .get_mut(&id)
        .ok_or_else(|| Reply::not_found("User not found"))?;
    if let Some(tenant) = tenant {
        user.tenant_ids.retain(|t| *t != tenant);
        if user.tenant_id == tenant
            && let Some(next) = user.tenant_ids.first()
        {
            user.tenant_id = next.clone();
        }
    }
    let gone = user.tenant_ids.is_empty() || call.header("frontegg-tenant-id").is_none();
    if gone {
        world.users.remove(&id);
        world.refresh_tokens.retain(
            |_, g| !matches!(&g.subject, crate::world::Subject::User { user_id, .. } if *user_id == id),
        );
        for group in world.groups.values_mut() {
            group.users.retain(|u| *u != id);
        }
    }
    Ok(Reply::ok(json!({})))
}

fn me(state: &mut State, call: &Call) -> Outcome {
    let (user_id, tenant) = acting_user(&state.world, call)?;
    let world = &state.world;
    let user = world
        .users
        .get(&user_id)
        .ok_or_else(|| Reply::not_found("User not found"))?;
    let mut answer = user_json(world, user);
    if let Some(map) = answer.as_object_mut() {
        map.insert("tenantId".into(), json!(tenant));
    }
    Ok(Reply::ok(answer))
}

/// Assigns or removes roles (by id) in the tenant of `frontegg-tenant-id`;
/// answers the user's roles there as `IRole`s.
fn change_roles(state: &mut State, call: &Call, add: bool) -> Outcome {
    require_vendor(&state.world, call)?;
    let tenant = call
        .header("frontegg-tenant-id")
        .ok_or_else(|| Reply::bad_request("frontegg-tenant-id header is required"))?
        .to_owned();
    let body = call.json()?;
    let ids = Fields(&body)
        .strings("roleIds")?
        .ok_or_else(|| Reply::bad_request("roleIds should not be empty"))?;
    let world = &mut state.world;
    let keys = world.role_keys_by_id(&ids).map_err(Reply::bad_request)?;
    let user = world
        .users
        .get_mut(call.param("userId"))
        .ok_or_else(|| Reply::not_found("User not found"))?;
    if !user.tenant_ids.contains(&tenant) {
        return Err(Reply::not_found("User is not a member of this tenant"));
    }
    for key in keys {
        if add && !user.roles.contains(&key) {
            user.roles.push(key);
        } else if !add {
            user.roles.retain(|k| *k != key);
        }
    }
    let user_id = user.id.clone();
    let held = user.roles.clone();
    let roles: Vec<Value> = world
        .roles
        .values()
        .filter(|r| held.contains(&r.key))
        .map(|r| {
            json!({
                "id": r.id, "key": r.key, "name": r.name, "description": r.description,
                "isDefault": r.is_default, "level": 0, "createdAt": r.created_at,
            })
        })
        .collect();
    Ok(Reply::json(
        if add { 201 } else { 200 },
        json!({"tenantId": tenant, "userId": user_id, "roles": roles}),
    ))
}

fn add_roles(state: &mut State, call: &Call) -> Outcome {
    change_roles(state, call, true)
}

fn remove_roles(state: &mut State, call: &Call) -> Outcome {
    change_roles(state, call, false)
}
