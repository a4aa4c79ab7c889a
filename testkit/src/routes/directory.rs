//! Tenants (and sub-tenants), roles and permissions.

use serde_json::{Value, json};

use super::{Route, State, route};
use crate::call::{Call, Fields};
use crate::clock::{self, now, rfc3339};
use crate::reply::{Outcome, Reply};
use crate::sessions::require_vendor;
use crate::world::{Permission, Role, Tenant, permission_json, role_json};

pub(super) const ROUTES: &[Route] = &[
    route("GET", "/tenants/resources/tenants/v1", tenants),
    route("POST", "/tenants/resources/tenants/v1", create_tenant),
    route("GET", "/tenants/resources/tenants/v1/{tenantId}", tenant),
    route(
        "PUT",
        "/tenants/resources/tenants/v1/{tenantId}",
        update_tenant,
    ),
    route(
        "DELETE",
        "/tenants/resources/tenants/v1/{tenantId}",
        delete_tenant,
    ),
    route(
        "POST",
        "/tenants/resources/sub-tenants/v1",
        create_sub_tenant,
    ),
    route("GET", "/identity/resources/roles/v1", roles),
    route("POST", "/identity/resources/roles/v1", create_roles),
    route(
        "DELETE",
        "/identity/resources/roles/v1/{roleId}",
        delete_role,
    ),
    route("GET", "/identity/resources/permissions/v1", permissions),
    route(
        "POST",
        "/identity/resources/permissions/v1",
        create_permissions,
    ),
    route(
        "DELETE",
        "/identity/resources/permissions/v1/{permissionId}",
        delete_permission,
    ),
    route(
        "PATCH",
        "/identity/resources/roles/v1/{roleId}",
        update_role,
    ),
    route(
        "PUT",
        "/identity/resources/roles/v1/{roleId}/permissions",
        set_role_permissions,
    ),
    route(
        "PATCH",
        "/identity/resources/permissions/v1/{permissionId}",
        update_permission,
    ),
];

fn tenant_json(t: &Tenant) -> Value {
    json!({
        "id": t.id,
        "tenantId": t.id,
        "name": t.name,
        "parentTenantId": t.parent_id,
        "metadata": Value::Object(t.metadata.clone()).to_string(),
        "vendorId": "emulator",
        "isReseller": false,
        "createdAt": t.created_at,
        "updatedAt": t.created_at,
        "deletedAt": null,
    })
}

fn tenants(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let items: Vec<Value> = state.world.tenants.values().map(tenant_json).collect();
    Ok(Reply::ok(json!(items)))
}

fn insert_tenant(state: &mut State, call: &Call, parent_required: bool) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let f = Fields(&body);
    let name = f.required("name")?;
    let id = f.text("tenantId")?.filter(|t| !t.is_empty());
    let parent = f.text("parentTenantId")?;
    let world = &mut state.world;
    if parent_required && parent.is_none() {
        return Err(Reply::bad_request("parentTenantId should not be empty"));
    }
    if let Some(p) = &parent
        && !world.tenants.contains_key(p)
    {
        return Err(Reply::not_found(format!("Parent tenant {p} not found")));
    }
    if let Some(id) = &id
        && world.tenants.contains_key(id)
    {
        return Err(Reply::conflict(format!("Tenant {id} already exists")));
    }
    let id = world.create_tenant(id, name, parent);
    if let (Some(metadata), Some(t)) = (f.object("metadata")?, world.tenants.get_mut(&id)) {
        t.metadata = metadata;
    }
    let answer = world
        .tenants
        .get(&id)
        .map(tenant_json)
        .unwrap_or(Value::Null);
    // Frontegg answers 200 here, not 201.
    Ok(Reply::ok(answer))
}

fn create_tenant(state: &mut State, call: &Call) -> Outcome {
    insert_tenant(state, call, false)
}

fn create_sub_tenant(state: &mut State, call: &Call) -> Outcome {
    insert_tenant(state, call, true)
}

fn tenant(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    // Frontegg answers a list of one.
    let t = state
        .world
        .tenants
        .get(call.param("tenantId"))
        .ok_or_else(|| Reply::not_found("Tenant not found"))?;
    Ok(Reply::ok(json!([tenant_json(t)])))
}

fn update_tenant(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let f = Fields(&body);
    let t = state
        .world
        .tenants
        .get_mut(call.param("tenantId"))
        .ok_or_else(|| Reply::not_found("Tenant not found"))?;
    if let Some(name) = f.text("name")? {
        t.name = name;
    }
    if let Some(metadata) = f.object("metadata")? {
        t.metadata = metadata;
    }
    Ok(Reply::ok(tenant_json(t)))
}

fn delete_tenant(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let id = call.param("tenantId").to_owned();
    let world = &mut state.world;
    if world.tenants.remove(&id).is_none() {
        return Err(Reply::not_found("Tenant not found"));
    }
    for t in world.tenants.values_mut() {
        if t.parent_id.as_deref() == Some(id.as_str()) {
            t.parent_id = None;
        }
    }
    for u in world.users.values_mut() {
        u.tenant_ids.retain(|t| *t != id);
        if u.tenant_id == id {
            u.tenant_id = u.tenant_ids.first().cloned().unwrap_or_default();
        }
    }
    world.users.retain(|_, u| !u.tenant_ids.is_empty());
    Ok(Reply::ok(json!({})))
}

fn roles(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let tenant = call.header("frontegg-tenant-id");
    let items: Vec<Value> = state
        .world
        .roles
        .values()
        .filter(|r| {
            r.tenant_id.is_none() || tenant.is_some_and(|t| r.tenant_id.as_deref() == Some(t))
        })
        .map(|r| role_json(&state.world, r))
        .collect();
    Ok(Reply::ok(json!(items)))
}

/// The bodies of the `v1` create routes: an array of items.
fn items(call: &Call) -> Result<Vec<serde_json::Map<String, Value>>, Reply> {
    let value: Value = serde_json::from_slice(&call.body)
        .map_err(|e| Reply::bad_request(format!("Invalid input json: {e}")))?;
    match value {
        Value::Array(items) => items
            .into_iter()
            .map(|item| match item {
                Value::Object(map) => Ok(map),
                _ => Err(Reply::bad_request("each item must be an object")),
            })
            .collect(),
        _ => Err(Reply::bad_request("Invalid input json: expected an array")),
    }
}

fn create_roles(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let tenant = call.header("frontegg-tenant-id").map(str::to_owned);
    let mut created = Vec::new();
    for item in items(call)? {
        let f = Fields(&item);
        let key = f.required("key")?;
        if state.world.roles.values().any(|r| r.key == key) {
            return Err(Reply::conflict(format!("Role {key} already exists")));
        }
        let role = Role {
            id: clock::uuid(),
            name: f.text("name")?.unwrap_or_else(|| key.clone()),
            key,
            description: f.text("description")?.unwrap_or_default(),
            permissions: Vec::new(),
            tenant_id: tenant.clone(),
            is_default: f.boolean("isDefault")?.unwrap_or(false),
            created_at: rfc3339(now()),
        };
        created.push(role_json(&state.world, &role));
        state.world.roles.insert(role.id.clone(), role);
    }
    Ok(Reply::created(json!(created)))
}

fn delete_role(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let world = &mut state.world;
    let role = world
        .roles
        .remove(call.param("roleId"))
        .ok_or_else(|| Reply::not_found("Role not found"))?;
    for u in world.users.values_mut() {
        u.roles.retain(|k| *k != role.key);
    }
    Ok(Reply::empty(204))
}

fn permissions(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let world = &state.world;
    let items: Vec<Value> = world
        .permissions
        .values()
        .map(|p| permission_json(p, &world.roles))
        .collect();
    Ok(Reply::ok(json!(items)))
}

fn create_permissions(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let mut created = Vec::new();
    for item in items(call)? {
        let f = Fields(&item);
        let key = f.required("key")?;
        if state.world.permissions.values().any(|p| p.key == key) {
            return Err(Reply::conflict(format!("Permission {key} already exists")));
        }
        let permission = Permission {
            id: clock::uuid(),
            name: f.text("name")?.unwrap_or_else(|| key.clone()),
            key,
            description: f.text("description")?.unwrap_or_default(),
            created_at: rfc3339(now()),
        };
        created.push(permission_json(&permission, &state.world.roles));
        state
            .world
            .permissions
            .insert(permission.id.clone(), permission);
    }
    Ok(Reply::created(json!(created)))
}

fn delete_permission(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let world = &mut state.world;
    let permission = world
        .permissions
        .remove(call.param("permissionId"))
        .ok_or_else(|| Reply::not_found("Permission not found"))?;
    for r in world.roles.values_mut() {
        r.permissions.retain(|k| *k != permission.key);
    }
    Ok(Reply::empty(204))
}

fn update_role(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let f = Fields(&body);
    let id = call.param("roleId").to_owned();
    let world = &mut state.world;
    let new_key = f.text("key")?;
    if let Some(key) = &new_key
        && world.roles.values().any(|r| r.key == *key && r.id != id)
    {
        return Err(Reply::conflict(format!("Role {key} already exists")));
    }
    let role = world
        .roles
        .get_mut(&id)
        .ok_or_else(|| Reply::not_found("Role not found"))?;
    let old_key = role.key.clone();
    if let Some(key) = new_key {
        role.key = key;
    }
    if let Some(name) = f.text("name")? {
        role.name = name;
    }
    if let Some(description) = f.text("description")? {
        role.description = description;
    }
    if let Some(is_default) = f.boolean("isDefault")? {
        role.is_default = is_default;
    }
    let key = role.key.clone();
    // Users and groups hold roles by key.
    for u in world.users.values_mut() {
        rename(&mut u.roles, &old_key, &key);
    }
    for g in world.groups.values_mut() {
        rename(&mut g.roles, &old_key, &key);
    }
    let answer = world.role_json(&key).unwrap_or(Value::Null);
    Ok(Reply::ok(answer))
}

fn set_role_permissions(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let ids = Fields(&body)
        .strings("permissionIds")?
        .ok_or_else(|| Reply::bad_request("permissionIds should not be empty"))?;
    let world = &mut state.world;
    let keys = world
        .permission_keys_by_id(&ids)
        .map_err(Reply::bad_request)?;
    let role = world
        .roles
        .get_mut(call.param("roleId"))
        .ok_or_else(|| Reply::not_found("Role not found"))?;
    role.permissions = keys;
    let key = role.key.clone();
    Ok(Reply::ok(world.role_json(&key).unwrap_or(Value::Null)))
}

fn update_permission(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let f = Fields(&body);
    let id = call.param("permissionId").to_owned();
    let world = &mut state.world;
    let new_key = f.text("key")?;
    if let Some(key) = &new_key
        && world
            .permissions
            .values()
            .any(|p| p.key == *key && p.id != id)
    {
        return Err(Reply::conflict(format!("Permission {key} already exists")));
    }
    let permission = world
        .permissions
        .get_mut(&id)
        .ok_or_else(|| Reply::not_found("Permission not found"))?;
    let old_key = permission.key.clone();
    if let Some(key) = new_key {
        permission.key = key;
    }
    if let Some(name) = f.text("name")? {
        permission.name = name;
    }
    if let Some(description) = f.text("description")? {
        permission.description = description;
    }
    let key = permission.key.clone();
    for r in world.roles.values_mut() {
        rename(&mut r.permissions, &old_key, &key);
    }
    let answer = world
        .permissions
        .get(&id)
        .map(|p| permission_json(p, &world.roles))
        .unwrap_or(Value::Null);
    Ok(Reply::ok(answer))
}

/// Follows a key's rename in a list of keys.
fn rename(keys: &mut [String], old: &str, new: &str) {
    for k in keys.iter_mut().filter(|k| *k == old) {
        *k = new.to_owned();
    }
}
