//! Applications (Frontegg's multi-apps).

use serde_json::{Value, json};

use super::{Route, State, route};
use crate::call::{Call, Fields};
use crate::clock::{self, now, rfc3339};
use crate::reply::{Outcome, Reply};
use crate::sessions::require_vendor;
use crate::world::Application;

pub(super) const ROUTES: &[Route] = &[
    route("GET", "/applications/resources/applications/v1", list),
    route("POST", "/applications/resources/applications/v1", create),
    route("GET", "/applications/resources/applications/v1/{id}", read),
    route(
        "PATCH",
        "/applications/resources/applications/v1/{id}",
        update,
    ),
    route(
        "DELETE",
        "/applications/resources/applications/v1/{id}",
        delete,
    ),
];

/// `ApplicationsResponse`.
fn application_json(a: &Application) -> Value {
    json!({
        "id": a.id,
        "vendorId": "emulator",
        "accessType": "FREE_ACCESS",
        "appURL": a.app_url,
        "loginURL": a.login_url,
        "isDefault": false,
        "isActive": true,
        "name": a.name,
        "logoURL": "",
        "createdAt": a.created_at,
        "updatedAt": a.created_at,
        "type": "web",
        "frontendStack": "react",
        "description": "",
        "integrationFinishedAt": a.created_at,
        "allowDcr": false,
    })
}

fn list(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let items: Vec<Value> = state
        .world
        .applications
        .values()
        .map(application_json)
        .collect();
    Ok(Reply::ok(json!(items)))
}

fn create(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let f = Fields(&body);
    let application = Application {
        id: clock::uuid(),
        name: f.required("name")?,
        app_url: f.required("appURL")?,
        login_url: f.required("loginURL")?,
        created_at: rfc3339(now()),
    };
    let answer = application_json(&application);
    state
        .world
        .applications
        .insert(application.id.clone(), application);
    Ok(Reply::created(answer))
}

fn read(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let a = state
        .world
        .applications
        .get(call.param("id"))
        .ok_or_else(|| Reply::not_found("Application not found"))?;
    Ok(Reply::ok(application_json(a)))
}

/// Frontegg answers a bodiless 201.
fn update(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let body = call.json()?;
    let f = Fields(&body);
    let a = state
        .world
        .applications
        .get_mut(call.param("id"))
        .ok_or_else(|| Reply::not_found("Application not found"))?;
    if let Some(name) = f.text("name")? {
        a.name = name;
    }
    if let Some(url) = f.text("appURL")? {
        a.app_url = url;
    }
    if let Some(url) = f.text("loginURL")? {
        a.login_url = url;
    }
    Ok(Reply::empty(201))
}

fn delete(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    state
        .world
        .applications
        .remove(call.param("id"))
        .ok_or_else(|| Reply::not_found("Application not found"))?;
    Ok(Reply::ok(json!({})))
}
