//! Hosted login (OAuth 2.0 / OpenID Connect on the environment domain):
//! authorize (signs a seeded user in at once, chosen by `login_hint` or the
//! seed's default), the token endpoint with PKCE S256 enforced, logout,
//! discovery and the JWKS.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value, json};

use super::{Route, State, route};
use crate::call::Call;
use crate::clock::{self, now};
use crate::reply::{Outcome, Reply};
use crate::sessions::{
    new_refresh_token, presented_refresh_token, revoke_refresh_token, sign, spend_refresh_token,
    user_claims,
};
use crate::world::{AuthCode, AuthContext, Subject, World};

pub(super) const ROUTES: &[Route] = &[
    route("GET", "/oauth/authorize", authorize),
    route("POST", "/oauth/token", token),
    route("GET", "/oauth/logout", logout_redirect),
    route("POST", "/oauth/logout/token", logout_token),
    route("GET", "/.well-known/openid-configuration", discovery),
    route("GET", "/oauth/.well-known/openid-configuration", discovery),
    route("GET", "/.well-known/jwks.json", jwks),
];

/// An authorization code is good for this long, once.
const CODE_SECONDS: u64 = 120;

/// Whether hosted login may send the browser to `uri`.
fn redirect_allowed(world: &World, uri: &str) -> bool {
    if !world.env.redirect_uris.is_empty() {
        return world.env.redirect_uris.iter().any(|u| u == uri);
    }
    match url::Url::parse(uri) {
        Ok(url) if url.scheme() == "http" || url.scheme() == "https" => {
            matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"))
        }
        // An app's own scheme (myapp://callback, com.example.app:/cb):
        // only that app can receive it.
        Ok(_) => true,
        Err(_) => false,
    }
}

fn with_query(uri: &str, pairs: &[(&str, &str)]) -> Result<String, Reply> {
    let mut url = url::Url::parse(uri)
        .map_err(|_| Reply::oauth_error(400, "invalid_request", "redirect_uri is not a URL"))?;
    {
        let mut query = url.query_pairs_mut();
        for (k, v) in pairs {
            query.append_pair(k, v);
        }
    }
    Ok(url.into())
}

fn authorize(state: &mut State, call: &Call) -> Outcome {
    let get = |name: &str| call.query(name).unwrap_or_default().to_owned();
    let world = &mut state.world;
    if get("client_id") != world.env.client_id {
        return Err(Reply::oauth_error(
            400,
            "invalid_client",
            "client_id is not this environment's",
        ));
    }
    let redirect_uri = get("redirect_uri");
    if !redirect_allowed(world, &redirect_uri) {
        return Err(Reply::oauth_error(
            400,
            "invalid_request",
            "redirect_uri is not allowed: list it in the seed's environment.redirect_uris \
             (without a list, loopback and app-scheme URIs are allowed)",
        ));
    }
    let state_param = get("state");
    let fail = |code: &str, why: &str| -> Outcome {
        let target = with_query(
            &redirect_uri,
            &[
                ("error", code),
                ("error_description", why),
                ("state", &state_param),
            ],
        )?;
        Ok(Reply::redirect(&target))
    };
    if get("response_type") != "code" {
        return fail("unsupported_response_type", "response_type must be code");
    }
    if get("code_challenge_method") != "S256" || get("code_challenge").is_empty() {
        return fail(
            "invalid_request",
            "PKCE is required: code_challenge with code_challenge_method=S256",
        );
    }
    let hint = call
        .query("login_hint")
        .map(str::to_owned)
        .or_else(|| world.env.default_user.clone());
    let user_id = match hint {
        Some(email) => match world.user_id_by_email(&email) {
            Some(id) => id,
            None => return fail("access_denied", "no seeded user has that email"),
        },
        None => match world.users.keys().next() {
            Some(id) => id.clone(),
            None => return fail("access_denied", "no user to sign in: seed one"),
        },
    };
    let code = clock::token(24);
    world.auth_codes.insert(
        code.clone(),
        AuthCode {
            user_id,
            client_id: get("client_id"),
            redirect_uri: redirect_uri.clone(),
            challenge: get("code_challenge"),
            nonce: call.query("nonce").map(str::to_owned),
            expires_at: now() + CODE_SECONDS,
        },
    );
    let target = with_query(&redirect_uri, &[("code", &code), ("state", &state_param)])?;
    Ok(Reply::redirect(&target))
}

fn pkce_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(ring::digest::digest(
        &ring::digest::SHA256,
        verifier.as_bytes(),
    ))
}

fn token(state: &mut State, call: &Call) -> Outcome {
    let form = call.form()?;
    let get = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    let world = &mut state.world;
    match get("grant_type") {
        "authorization_code" => {
            let code = world
                .auth_codes
                .remove(get("code"))
                .ok_or_else(|| invalid_grant("the code is unknown or was already used"))?;
            if code.expires_at <= now() {
                return Err(invalid_grant("the code expired"));
            }
            if code.redirect_uri != get("redirect_uri") {
                return Err(invalid_grant(
                    "redirect_uri differs from the authorize step's",
                ));
            }
            let client = get("client_id");
            if !client.is_empty() && client != code.client_id {
                return Err(invalid_grant("the code was issued to another client"));
            }
            if pkce_challenge(get("code_verifier")) != code.challenge {
                return Err(invalid_grant(
                    "code_verifier does not match the code_challenge",
                ));
            }
            let auth = AuthContext {
                amr: vec!["pwd".into()],
                acr: None,
                auth_time: now(),
            };
            oauth_tokens(world, &code.user_id, None, auth, code.nonce.as_deref())
        }
        "refresh_token" => {
            let grant = spend_refresh_token(world, get("refresh_token"))
                .map_err(|_| invalid_grant("the refresh token is unknown, expired or was used"))?;
            match grant.subject {
                Subject::User {
                    user_id,
                    tenant_id,
                    auth,
                } => oauth_tokens(world, &user_id, Some(&tenant_id), auth, None),
                Subject::ApiToken { .. } => Err(invalid_grant("not a hosted-login refresh token")),
            }
        }
        "" => Err(Reply::oauth_error(
            400,
            "invalid_request",
            "grant_type is required",
        )),
        other => Err(Reply::oauth_error(
            400,
            "unsupported_grant_type",
            format!("grant_type {other} is not emulated: use authorization_code or refresh_token"),
        )),
    }
}

fn invalid_grant(why: &str) -> Reply {
    Reply::oauth_error(400, "invalid_grant", why)
}

fn oauth_tokens(
    world: &mut World,
    user_id: &str,
    tenant_id: Option<&str>,
    auth: AuthContext,
    nonce: Option<&str>,
) -> Outcome {
    let lifetime = world.env.settings.access_token_lifetime;
    let tenant = match tenant_id {
        Some(t) => t.to_owned(),
        None => world
            .users
            .get(user_id)
            .map(|u| u.tenant_id.clone())
            .ok_or_else(|| invalid_grant("the user no longer exists"))?,
    };
    let claims = user_claims(world, user_id, &tenant, &auth, lifetime)
        .ok_or_else(|| invalid_grant("the user no longer exists"))?;
    let access = sign(world, &claims)?;
    let id_token = sign(world, &id_claims(&claims, nonce))?;
    let refresh = new_refresh_token(
        world,
        Subject::User {
            user_id: user_id.to_owned(),
            tenant_id: tenant,
            auth,
        },
    );
    Ok(Reply::ok(json!({
        "access_token": access,
        "refresh_token": refresh,
        "id_token": id_token,
        "expires_in": lifetime,
        "token_type": "Bearer",
        "scope": "openid email profile",
    })))
}

/// The ID token: who signed in, for the client, with the login's nonce.
fn id_claims(access: &Map<String, Value>, nonce: Option<&str>) -> Map<String, Value> {
    let mut claims = Map::new();
    for key in [
        "iss",
        "sub",
        "aud",
        "exp",
        "iat",
        "email",
        "name",
        "email_verified",
        "auth_time",
        "tenantId",
        "amr",
    ] {
        if let Some(v) = access.get(key) {
            claims.insert(key.into(), v.clone());
        }
    }
    if let Some(nonce) = nonce {
        claims.insert("nonce".into(), json!(nonce));
    }
    claims
}

fn logout_redirect(state: &mut State, call: &Call) -> Outcome {
    if let Some(token) = presented_refresh_token(&state.world, call) {
        revoke_refresh_token(&mut state.world, &token);
    }
    match call.query("post_logout_redirect_uri") {
        Some(uri) if redirect_allowed(&state.world, uri) => Ok(Reply::redirect(uri)),
        Some(_) => Err(Reply::oauth_error(
            400,
            "invalid_request",
            "post_logout_redirect_uri is not allowed",
        )),
        None => Ok(Reply::html(
            200,
            "<!doctype html><title>Signed out</title><p>Signed out of the Frontegg emulator.</p>"
                .into(),
        )),
    }
}

fn logout_token(state: &mut State, call: &Call) -> Outcome {
    let token = presented_refresh_token(&state.world, call)
        .ok_or_else(|| Reply::unauthorized("No refresh cookie: already signed out"))?;
    if revoke_refresh_token(&mut state.world, &token) {
        Ok(Reply::ok(json!({})))
    } else {
        Err(Reply::unauthorized("Already signed out"))
    }
}

fn discovery(state: &mut State, _call: &Call) -> Outcome {
    let issuer = state.world.env.issuer.clone();
    let base = state.url.clone();
    Ok(Reply::ok(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{base}/oauth/authorize"),
        "token_endpoint": format!("{base}/oauth/token"),
        "end_session_endpoint": format!("{base}/oauth/logout"),
        "jwks_uri": format!("{base}/.well-known/jwks.json"),
        "response_types_supported": ["code"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "code_challenge_methods_supported": ["S256"],
        "scopes_supported": ["openid", "email", "profile", "offline_access"],
        "token_endpoint_auth_methods_supported": ["none", "client_secret_basic", "client_secret_post"],
    })))
}

fn jwks(state: &mut State, _call: &Call) -> Outcome {
    Ok(Reply::ok(state.world.keys.jwks()))
}
