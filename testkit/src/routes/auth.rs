//! Password login with lockout, refresh with rotation, logout, sign-up with
//! and without activation, activation, and password reset by email.

use serde_json::{Value, json};

use super::{Route, State, route};
use crate::call::{Call, Fields};
use crate::clock::{self, now};
use crate::reply::{Outcome, Reply};
use crate::sessions::{
    cleared_refresh_cookie, presented_refresh_token, revoke_refresh_token, session_body,
    session_reply, spend_refresh_token,
};
use crate::world::{AuthContext, Mfa, MfaPending, Purpose, Subject, User, World};

pub(super) const ROUTES: &[Route] = &[
    route("POST", "/identity/resources/auth/v1/user", login),
    route(
        "POST",
        "/identity/resources/auth/v1/user/token/refresh",
        refresh,
    ),
    route("POST", "/identity/resources/auth/v1/logout", logout),
    route("POST", "/identity/resources/users/v1/signUp", sign_up),
    route("POST", "/identity/resources/users/v1/activate", activate),
    route(
        "POST",
        "/identity/resources/users/v1/passwords/reset",
        reset_password,
    ),
    route(
        "POST",
        "/identity/resources/users/v1/passwords/reset/verify",
        verify_reset_password,
    ),
];

/// Lifetime of an MFA token between the password and the second factor.
const MFA_TOKEN_SECONDS: u64 = 600;

fn login(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let fields = Fields(&body);
    let identifier = match fields.text("email")? {
        Some(email) if !email.trim().is_empty() => email,
        _ => fields.text("username")?.unwrap_or_default(),
    };
    let password = fields.required("password")?;
    if identifier.trim().is_empty() {
        return Err(Reply::bad_request("email or username should not be empty"));
    }
    let world = &mut state.world;
    let lockout_after = world.env.settings.lockout_after;
    let user_id = world
        .user_id_by_email(identifier.trim())
        .ok_or_else(|| Reply::unauthorized("Incorrect email or password"))?;
    let user = world
        .users
        .get_mut(&user_id)
        .ok_or_else(|| Reply::unauthorized("Incorrect email or password"))?;
    if user.locked {
        return Err(Reply::error(
            403,
            "ER-EMULATOR-LOCKED",
            "User is locked after too many failed logins: reset the password to unlock",
        ));
    }
    if user.password.as_deref() != Some(password.as_str()) {
        user.failed_logins += 1;
        if lockout_after > 0 && user.failed_logins >= lockout_after {
            user.locked = true;
        }
        return Err(Reply::unauthorized("Incorrect email or password"));
    }
    user.failed_logins = 0;
    if !user.verified {
        return Err(Reply::error(
            403,
            "ER-EMULATOR-NOT-VERIFIED",
            "User is not verified: activate the account first",
        ));
    }
    if user.mfa.enrolled() {
        return Ok(mfa_required(world, &user_id));
    }
    session_reply(world, 200, &user_id, None, AuthContext::password())
}

/// The first step's answer when a second factor is due.
pub(super) fn mfa_required(world: &mut World, user_id: &str) -> Reply {
    let mfa_token = clock::token(24);
    world.mfa_pending.insert(
        mfa_token.clone(),
        MfaPending {
            user_id: user_id.to_owned(),
            expires_at: now() + MFA_TOKEN_SECONDS,
            code: None,
        },
    );
    let (email, devices) = match world.users.get(user_id) {
        Some(user) => (user.email.clone(), devices(user)),
        None => (String::new(), json!({})),
    };
    Reply::ok(json!({
        "tokenType": "bearer",
        "mfaRequired": true,
        "mfaToken": mfa_token,
        "mfaEnrolled": true,
        "mfaDevices": devices,
        "mfaStrategies": strategies(world.users.get(user_id).map(|u| &u.mfa)),
        "accessToken": "",
        "refreshToken": "",
        "expiresIn": 0,
        "expires": "",
        "userEmail": email,
        "userId": user_id,
    }))
}

/// `UserMfaDevicesResponse`: the user's enrolled factors.
fn devices(user: &User) -> Value {
    let authenticators: Vec<Value> = user
        .mfa
        .totp
        .iter()
        .map(|_| json!({"id": "authenticator", "deviceType": "authenticator"}))
        .collect();
    let phones: Vec<Value> = user
        .mfa
        .sms_phone
        .iter()
        .map(|p| json!({"id": "phone", "phoneNumber": p}))
        .collect();
    let emails: Vec<Value> = if user.mfa.email {
        vec![json!({"email": user.email})]
    } else {
        Vec::new()
    };
    json!({"webauthn": [], "phones": phones, "authenticators": authenticators, "emails": emails})
}

/// `mfaStrategies`: an object in the spec; here each factor by its
/// strategy name, `true` where the user can use it.
fn strategies(mfa: Option<&Mfa>) -> Value {
    let (app, email, sms) = mfa.map_or((false, false, false), |m| {
        (m.totp.is_some(), m.email, m.sms_phone.is_some())
    });
    json!({"AuthenticatorApp": app, "EmailCode": email, "SMS": sms})
}

fn refresh(state: &mut State, call: &Call) -> Outcome {
    let token = presented_refresh_token(&state.world, call).ok_or_else(|| {
        Reply::unauthorized("Refresh token is missing: send the fe_refresh cookie")
    })?;
    let body = call.json()?;
    let tenant = Fields(&body).text("tenantId")?;
    let world = &mut state.world;
    let grant = spend_refresh_token(world, &token)?;
    let Subject::User {
        user_id,
        tenant_id,
        auth,
    } = grant.subject
    else {
        return Err(Reply::unauthorized("Not a user session's refresh token"));
    };
    if !world.users.contains_key(&user_id) {
        return Err(Reply::unauthorized("The session's user no longer exists"));
    }
    let tenant = tenant.unwrap_or(tenant_id);
    session_reply(world, 201, &user_id, Some(&tenant), auth)
}

fn logout(state: &mut State, call: &Call) -> Outcome {
    if let Some(token) = presented_refresh_token(&state.world, call) {
        revoke_refresh_token(&mut state.world, &token);
    }
    Ok(Reply::created(json!({})).header("set-cookie", cleared_refresh_cookie(&state.world)))
}

fn sign_up(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let f = Fields(&body);
    let email = f.required("email")?;
    let company = f.required("companyName")?;
    let provider = f.text("provider")?.unwrap_or_else(|| "local".into());
    if provider != "local" {
        return Err(Reply::bad_request(format!(
            "provider {provider} is not emulated for sign-up: use local"
        )));
    }
    let world = &mut state.world;
    if !world.env.settings.allow_sign_up {
        return Err(Reply::forbidden("Sign-up is disabled for this environment"));
    }
    if !email.contains('@') {
        return Err(Reply::bad_request("email must be an email"));
    }
    if world.user_by_email(&email).is_some() {
        return Err(Reply::conflict("User already exists"));
    }
    let tenant_id = world.create_tenant(None, company, None);
    let verified = !world.env.settings.sign_up_requires_activation;
    let user_id = clock::uuid();
    let mut user = User::new(user_id.clone(), email.clone(), tenant_id.clone());
    user.name = f.text("name")?.unwrap_or_else(|| email.clone());
    user.password = f.text("password")?;
    user.roles = world.default_role_keys();
    user.verified = verified;
    user.phone_number = f.text("phoneNumber")?;
    user.metadata = f.object("metadata")?.unwrap_or_default();
    world.users.insert(user_id.clone(), user);
    if !verified {
        let token = world.send(&user_id, Purpose::Activation, "email", &email, "activation");
        return Ok(Reply::created(json!({
            "shouldActivate": true,
            "userId": user_id,
            "tenantId": tenant_id,
            "activationToken": token,
        })));
    }
    let (session, cookie) = session_body(world, &user_id, None, AuthContext::password())?;
    Ok(Reply::created(json!({
        "shouldActivate": false,
        "userId": user_id,
        "tenantId": tenant_id,
        "authResponse": session,
    }))
    .header("set-cookie", cookie))
}

/// Takes a one-time `token` of `purpose` that was sent to `user_id`.
fn redeem_for(
    world: &mut World,
    token: &str,
    user_id: &str,
    purpose: Purpose,
) -> Result<(), Reply> {
    let what = purpose.as_str().replace('_', " ");
    match world.one_time.get(token) {
        Some(t) if t.user_id == user_id => {}
        _ => return Err(Reply::bad_request(format!("Invalid {what} token"))),
    }
    world
        .redeem(token, purpose)
        .map(drop)
        .ok_or_else(|| Reply::bad_request(format!("Invalid or expired {what} token")))
}

fn activate(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let f = Fields(&body);
    let user_id = f.required("userId")?;
    let token = f.required("token")?;
    let password = f.text("password")?;
    let world = &mut state.world;
    redeem_for(world, &token, &user_id, Purpose::Activation)?;
    let user = world
        .users
        .get_mut(&user_id)
        .ok_or_else(|| Reply::not_found("User not found"))?;
    user.verified = true;
    if let Some(password) = password {
        user.password = Some(password);
    }
    session_reply(world, 200, &user_id, None, AuthContext::password())
}

fn reset_password(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let f = Fields(&body);
    // The spec's `identifier` (with `identifierType` "email"), or the
    // older `email` that SDKs still send.
    let email = match f.text("identifier")? {
        Some(identifier) => {
            let kind = f.text("identifierType")?.unwrap_or_else(|| "email".into());
            if !kind.eq_ignore_ascii_case("email") {
                return Err(Reply::bad_request(format!(
                    "identifierType {kind} is not emulated: use email"
                )));
            }
            identifier
        }
        None => f.required("email")?,
    };
    let world = &mut state.world;
    // Like Frontegg, the answer does not tell whether the user exists.
    if let Some(user_id) = world.user_id_by_email(&email) {
        world.send(
            &user_id,
            Purpose::PasswordReset,
            "email",
            &email,
            "password_reset",
        );
    }
    Ok(Reply::created(json!({})))
}

fn verify_reset_password(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let f = Fields(&body);
    let user_id = f.required("userId")?;
    let token = f.required("token")?;
    let password = f.required("password")?;
    let world = &mut state.world;
    redeem_for(world, &token, &user_id, Purpose::PasswordReset)?;
    let user = world
        .users
        .get_mut(&user_id)
        .ok_or_else(|| Reply::not_found("User not found"))?;
    user.password = Some(password);
    user.locked = false;
    user.failed_logins = 0;
    Ok(Reply::created(json!({})))
}
