//! Vendor (environment) authentication and the environment's configuration.

use serde_json::json;

use super::{Route, State, route};
use crate::call::{Call, Fields};
use crate::clock::{self, now};
use crate::reply::{Outcome, Reply};
use crate::sessions::require_vendor;

pub(super) const ROUTES: &[Route] = &[
    route("POST", "/auth/vendor", authenticate),
    route("POST", "/auth/vendor/", authenticate),
    route(
        "GET",
        "/identity/resources/configurations/v1",
        configuration,
    ),
];

/// `{clientId, secret}` → `{token, expiresIn}`; the token expires.
fn authenticate(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let fields = Fields(&body);
    let client_id = fields.required("clientId")?;
    let secret = fields.required("secret")?;
    let env = &state.world.env;
    if client_id != env.client_id || secret != env.secret {
        return Err(Reply::unauthorized("Invalid authentication"));
    }
    let lifetime = env.settings.vendor_token_lifetime;
    let token = format!("vendor.{}", clock::token(24));
    state
        .world
        .vendor_tokens
        .insert(token.clone(), now() + lifetime);
    Ok(Reply::ok(json!({ "token": token, "expiresIn": lifetime })))
}

/// `VendorConfigResponse`: the public key the tokens verify with.
fn configuration(state: &mut State, call: &Call) -> Outcome {
    require_vendor(&state.world, call)?;
    let s = &state.world.env.settings;
    Ok(Reply::ok(json!({
        "id": "emulator",
        "defaultTokenExpiration": s.access_token_lifetime,
        "defaultRefreshTokenExpiration": s.refresh_token_lifetime,
        "publicKey": state.world.keys.public_pem(),
        "cookieSameSite": "NONE",
        "allowSignups": s.allow_sign_up,
        "apiTokensEnabled": true,
        "allowOverridePasswordComplexity": false,
        "allowOverridePasswordExpiration": false,
        "allowOverrideEnforcePasswordHistory": false,
        "jwtAlgorithm": "RS256",
        "jwtSecret": "",
        "allowNotVerifiedUsersLogin": false,
        "forcePermissions": false,
        "authStrategy": "EmailAndPassword",
        "defaultPasswordlessTokenExpiration": 3600,
        "forceSameDeviceOnAuth": false,
        "allowTenantInvitations": true,
        "rotateRefreshTokens": true,
        "machineToMachineAuthStrategy": "ClientCredentials",
        "addRolesToJwt": true,
        "addPermissionsToJwt": true,
        "refreshTokensRotationLimit": 1,
        "addSamlAttributesToJwt": false,
        "allowCustomLoginTenantSwitch": false,
    })))
}
