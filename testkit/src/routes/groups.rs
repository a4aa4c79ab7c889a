//! Groups of users in a tenant, and the roles a group grants its members.

use serde_json::{Map, Value, json};

use super::{Route, State, route};
use crate::call::{Call, Fields};
use crate::clock::{self, now, rfc3339};
use crate::reply::{Outcome, Reply};
use crate::sessions::require_vendor;
use crate::world::{Group, World};

pub(super) const ROUTES: &[Route] = &[
    route("GET", "/identity/resources/groups/v1", list),
    route("POST", "/identity/resources/groups/v1", create),
    route("GET", "/identity/resources/groups/v1/{id}", read),
    route("PATCH", "/identity/resources/groups/v1/{id}", update),
    route("DELETE", "/identity/resources/groups/v1/{id}", delete),
    route(
        "POST",
        "/identity/resources/groups/v1/{groupId}/users",
        add_users,
    ),
    route(
        "DELETE",
        "/identity/resources/groups/v1/{groupId}/users",
        remove_users,
    ),
    route(
        "POST",
        "/identity/resources/groups/v1/{groupId}/roles",
        add_roles,
    ),
    route(
        "DELETE",
        "/identity/resources/groups/v1/{groupId}/roles",
        remove_roles,
    ),
];

/// `GroupResponse`: roles as `RoleDto`, members as `GroupUserDto`.
fn group_json(world: &World, g: &Group) -> Value {
    let users: Vec<Value> = g
        .users
        .iter()
        .filter_map(|id| world.users.get(id))
        .map(|u| {
            json!({
                "id": u.id,
                "email": u.email,
                "name": u.name,
                "profilePictureUrl": "",
                "createdAt": u.created_at,
                "activatedForTenant": u.verified,
            })
        })
        .collect();
    json!({
        "id": g.id,
        "name": g.name,
        "color": g.color,
        "description": g.description,
        "metadata": Value::Object(g.metadata.clone()).to_string(),
        "roles": g.roles.iter().filter_map(|k| world.role_json(k)).collect::<Vec<_>>(),
        "users": users,
        "managedBy": "frontegg",
        "createdAt": g.created_at,
        "updatedAt": g.created_at,
    })
}

fn in_tenant(g: &Group, call: &Call) -> bool {
    match (call.header("frontegg-tenant-id"), &g.tenant_id) {
        (Some(t), Some(gt)) => t == gt,
        _ => true,
    }
}

fn list(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let world = &state.world;
    let groups: Vec<Value> = world
        .groups
        .values()
        .filter(|g| in_tenant(g, call))
        .map(|g| group_json(world, g))
        .collect();
    Ok(Reply::ok(json!({ "groups": groups })))
}

fn create(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let f = Fields(&body);
    let name = f.required("name")?;
    let world = &mut state.world;
    if world
        .groups
        .values()
        .any(|g| g.name == name && in_tenant(g, call))
    {
        return Err(Reply::conflict(format!("Group {name} already exists")));
    }
    let group = Group {
        id: clock::uuid(),
        name,
        color: f.text("color")?.unwrap_or_default(),
        description: f.text("description")?.unwrap_or_default(),
        metadata: f.object("metadata")?.unwrap_or_else(Map::new),
        tenant_id: call.header("frontegg-tenant-id").map(str::to_owned),
        roles: Vec::new(),
        users: Vec::new(),
        created_at: rfc3339(now()),
    };
    let answer = group_json(world, &group);
    world.groups.insert(group.id.clone(), group);
    Ok(Reply::created(answer))
}

fn find<'a>(world: &'a World, call: &Call, name: &str) -> Result<&'a Group, Reply> {
    world
        .groups
        .get(call.param(name))
        .filter(|g| in_tenant(g, call))
        .ok_or_else(|| Reply::not_found("Group not found"))
}

fn read(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let world = &state.world;
    Ok(Reply::ok(group_json(world, find(world, call, "id")?)))
}

fn update(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let f = Fields(&body);
    let id = find(&state.world, call, "id")?.id.clone();
    let world = &mut state.world;
    if let Some(g) = world.groups.get_mut(&id) {
        if let Some(name) = f.text("name")? {
            g.name = name;
        }
        if let Some(color) = f.text("color")? {
            g.color = color;
        }
        if let Some(description) = f.text("description")? {
            g.description = description;
        }
        if let Some(metadata) = f.object("metadata")? {
            g.metadata = metadata;
        }
    }
    let answer = world
        .groups
        .get(&id)
        .map(|g| group_json(world, g))
        .unwrap_or(Value::Null);
    Ok(Reply::ok(answer))
}

fn delete(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let id = find(&state.world, call, "id")?.id.clone();
    state.world.groups.remove(&id);
    Ok(Reply::ok(json!({})))
}

/// Changes a group's members or roles: `field` of the body holds ids.
fn change(state: &mut State, call: &Call, field: &str, add: bool) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let ids = Fields(&body)
        .strings(field)?
        .ok_or_else(|| Reply::bad_request(format!("{field} should not be empty")))?;
    let group_id = find(&state.world, call, "groupId")?.id.clone();
    let world = &mut state.world;
    let values = if field == "userIds" {
        for id in &ids {
            if !world.users.contains_key(id) {
                return Err(Reply::bad_request(format!("User {id} not found")));
            }
        }
        ids
    } else {
        world.role_keys_by_id(&ids).map_err(Reply::bad_request)?
    };
    if let Some(g) = world.groups.get_mut(&group_id) {
        let list = if field == "userIds" {
            &mut g.users
        } else {
            &mut g.roles
        };
        for value in values {
            let present = list.contains(&value);
            if add && !present {
                list.push(value);
            } else if !add {
                list.retain(|v| *v != value);
            }
        }
    }
    Ok(Reply::json(if add { 201 } else { 200 }, json!({})))
}

fn add_users(state: &mut State, call: &Call) -> Outcome {
    change(state, call, "userIds", true)
}

fn remove_users(state: &mut State, call: &Call) -> Outcome {
    change(state, call, "userIds", false)
}

fn add_roles(state: &mut State, call: &Call) -> Outcome {
    change(state, call, "roleIds", true)
}

fn remove_roles(state: &mut State, call: &Call) -> Outcome {
    change(state, call, "roleIds", false)
}
