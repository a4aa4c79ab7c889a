//! The test controls under `/_emulator/`: health, configuration, reset,
//! the outbox, faults, the request log, minted tokens, key rotation and the
//! current TOTP code of a seeded user.

use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::{Route, State, route};
use crate::call::Call;
use crate::clock::now;
use crate::controls::Fault;
use crate::error::parse_strict;
use crate::keys::KeyRing;
use crate::reply::{Outcome, Reply};
use crate::sessions::user_claims;
use crate::totp;
use crate::world::{AuthContext, World};

pub(super) const ROUTES: &[Route] = &[
    route("GET", "/_emulator/health", health),
    route("GET", "/_emulator/config", config),
    route("POST", "/_emulator/reset", reset),
    route("GET", "/_emulator/outbox", outbox),
    route("DELETE", "/_emulator/outbox", clear_outbox),
    route("GET", "/_emulator/faults", faults),
    route("POST", "/_emulator/faults", add_fault),
    route("DELETE", "/_emulator/faults", clear_faults),
    route("GET", "/_emulator/requests", requests),
    route("DELETE", "/_emulator/requests", clear_requests),
    route("POST", "/_emulator/tokens", mint),
    route("POST", "/_emulator/keys/rotate", rotate_keys),
    route("POST", "/_emulator/keys/retire", retire_keys),
    route("GET", "/_emulator/totp/{email}", totp_code),
];

/// The commands, for the answer to an unknown one.
pub(crate) fn commands() -> Vec<String> {
    ROUTES
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

/// A control command's answer to bad input: 400 with what to fix.
fn refused(message: impl Into<String>) -> Reply {
    Reply::error(400, "ER-EMULATOR-CONTROL", message)
}

/// A control body as `T`, unknown keys refused by name.
fn body<T: for<'de> Deserialize<'de>>(call: &Call) -> Result<T, Reply> {
    let text = if call.body.iter().all(u8::is_ascii_whitespace) {
        b"{}".as_slice()
    } else {
        call.body.as_slice()
    };
    parse_strict(text).map_err(|e| refused(e.text().to_owned()))
}

fn health(state: &mut State, _call: &Call) -> Outcome {
    Ok(Reply::ok(json!({"status": "ok", "url": state.url})))
}

fn config(state: &mut State, _call: &Call) -> Outcome {
    let env = &state.world.env;
    Ok(Reply::ok(json!({
        "url": state.url,
        "client_id": env.client_id,
        "secret": env.secret,
        "issuer": env.issuer,
        "jwks_url": format!("{}/.well-known/jwks.json", state.url),
    })))
}

fn reset(state: &mut State, _call: &Call) -> Outcome {
    // The keys stay: a test's cached JWKS keeps working across resets.
    let keys: KeyRing = std::mem::take(&mut state.world.keys);
    state.world = World::from_seed(&state.seed, &state.url, keys);
    state.controls = Default::default();
    Ok(Reply::ok(json!({"reset": true})))
}

fn outbox(state: &mut State, call: &Call) -> Outcome {
    let to = call.query("to");
    let kind = call.query("kind");
    let items: Vec<&crate::world::Message> = state
        .world
        .outbox
        .iter()
        .filter(|m| to.is_none_or(|t| m.to.eq_ignore_ascii_case(t)))
        .filter(|m| kind.is_none_or(|k| m.kind == k))
        .collect();
    Ok(Reply::ok(json!({ "messages": items })))
}

fn clear_outbox(state: &mut State, _call: &Call) -> Outcome {
    state.world.outbox.clear();
    Ok(Reply::ok(json!({})))
}

fn faults(state: &mut State, _call: &Call) -> Outcome {
    Ok(Reply::ok(json!({ "faults": state.controls.faults() })))
}

fn add_fault(state: &mut State, call: &Call) -> Outcome {
    let fault: Fault = body(call)?;
    if let Some(problem) = fault.problem() {
        return Err(refused(problem));
    }
    state.controls.add_fault(fault);
    Ok(Reply::created(json!({ "faults": state.controls.faults() })))
}

fn clear_faults(state: &mut State, _call: &Call) -> Outcome {
    state.controls.clear_faults();
    Ok(Reply::ok(json!({})))
}

fn requests(state: &mut State, _call: &Call) -> Outcome {
    Ok(Reply::ok(json!({
        "requests": state.controls.log,
        "counts": state.controls.counts,
    })))
}

fn clear_requests(state: &mut State, _call: &Call) -> Outcome {
    state.controls.clear_log();
    Ok(Reply::ok(json!({})))
}

/// What `POST /_emulator/tokens` takes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MintRequest {
    /// A seeded user's email or id; without one, `claims` alone.
    #[serde(default)]
    user: Option<String>,
    #[serde(default)]
    tenant_id: Option<String>,
    /// Claims to add or override (`null` removes one).
    #[serde(default)]
    claims: Map<String, Value>,
    /// Seconds until `exp`; negative for a token that already expired.
    #[serde(default)]
    lifetime: Option<i64>,
    /// `current` (default), a published `kid`, or `untrusted` (a key no
    /// JWKS of this emulator lists).
    #[serde(default)]
    signing_key: Option<String>,
}

fn mint(state: &mut State, call: &Call) -> Outcome {
    let request: MintRequest = body(call)?;
    let world = &mut state.world;
    let default_lifetime = world.env.settings.access_token_lifetime as i64;
    let lifetime = request.lifetime.unwrap_or(default_lifetime);
    let mut claims = match &request.user {
        Some(who) => {
            let user_id = if world.users.contains_key(who) {
                who.clone()
            } else {
                world.user_id_by_email(who).ok_or_else(|| {
                    refused(format!("user: no seeded user has email or id {who:?}"))
                })?
            };
            let tenant = match &request.tenant_id {
                Some(t) => t.clone(),
                None => world
                    .users
                    .get(&user_id)
                    .map(|u| u.tenant_id.clone())
                    .unwrap_or_default(),
            };
            user_claims(world, &user_id, &tenant, &AuthContext::password(), 0)
                .ok_or_else(|| refused("user: not found"))?
        }
        None => {
            let issued = now();
            let mut base = Map::new();
            base.insert("iss".into(), json!(world.env.issuer));
            base.insert("aud".into(), json!(world.env.client_id));
            base.insert("iat".into(), json!(issued));
            base
        }
    };
    let exp = (now() as i64).saturating_add(lifetime).max(0);
    claims.insert("exp".into(), json!(exp));
    for (key, value) in request.claims {
        if value.is_null() {
            claims.remove(&key);
        } else {
            claims.insert(key, value);
        }
    }
    let name = request.signing_key.as_deref().unwrap_or("current");
    let key = world
        .keys
        .by_name(name)
        .map_err(|e| refused(e.text().to_owned()))?;
    let kid = key.kid.clone();
    let token = key
        .sign(&Value::Object(claims.clone()))
        .map_err(|e| Reply::error(500, "ER-00500", e.text().to_owned()))?;
    Ok(Reply::created(
        json!({"token": token, "kid": kid, "claims": claims}),
    ))
}

fn rotate_keys(state: &mut State, _call: &Call) -> Outcome {
    let kid = state
        .world
        .keys
        .rotate()
        .map_err(|e| Reply::error(500, "ER-00500", e.text().to_owned()))?;
    Ok(Reply::created(
        json!({"kid": kid, "kids": state.world.keys.kids()}),
    ))
}

fn retire_keys(state: &mut State, _call: &Call) -> Outcome {
    state.world.keys.retire_old();
    Ok(Reply::ok(json!({"kids": state.world.keys.kids()})))
}

fn totp_code(state: &mut State, call: &Call) -> Outcome {
    let email = call.param("email");
    let user = state
        .world
        .user_by_email(email)
        .ok_or_else(|| refused(format!("no seeded user has email {email:?}")))?;
    let secret = user
        .mfa
        .totp
        .as_ref()
        .ok_or_else(|| refused(format!("{email} has no authenticator app enrolled")))?;
    Ok(Reply::ok(json!({"code": totp::code_at(secret, now())})))
}
