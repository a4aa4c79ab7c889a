//! The second factor after a password login (authenticator app with real
//! RFC 6238 codes, email and SMS codes through the outbox, recovery codes)
//! and a signed-in user's authenticator enrollment.

use serde_json::json;

use super::{Route, State, route};
use crate::call::{Call, Fields};
use crate::clock::{self, now};
use crate::reply::{Outcome, Reply};
use crate::sessions::{acting_user, session_reply};
use crate::totp;
use crate::world::{AuthContext, World};

pub(super) const ROUTES: &[Route] = &[
    route(
        "POST",
        "/identity/resources/auth/v1/user/mfa/verify",
        verify_app,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/user/mfa/authenticator/{deviceId}/verify",
        verify_app,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/user/mfa/emailcode",
        send_email_code,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/user/mfa/emailcode/verify",
        verify_code,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/user/mfa/sms/{deviceId}",
        send_sms_code,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/user/mfa/sms/{deviceId}/verify",
        verify_code,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/user/mfa/recover",
        recover,
    ),
    route(
        "POST",
        "/identity/resources/users/v1/mfa/authenticator/enroll",
        enroll_app,
    ),
    route(
        "POST",
        "/identity/resources/users/v1/mfa/authenticator/enroll/verify",
        confirm_app,
    ),
];

/// The user waiting on `mfaToken`.
fn pending_user(world: &World, fields: &Fields<'_>) -> Result<(String, String), Reply> {
    let mfa_token = fields.required("mfaToken")?;
    match world.mfa_pending.get(&mfa_token) {
        Some(p) if p.expires_at > now() => Ok((mfa_token, p.user_id.clone())),
        Some(_) => Err(Reply::unauthorized("MFA token expired: sign in again")),
        None => Err(Reply::unauthorized("Invalid MFA token")),
    }
}

fn finish(world: &mut World, mfa_token: &str, user_id: &str, method: &str) -> Outcome {
    world.mfa_pending.remove(mfa_token);
    session_reply(
        world,
        201,
        user_id,
        None,
        AuthContext::password().with_factor(method),
    )
}

fn verify_app(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let f = Fields(&body);
    let (mfa_token, user_id) = pending_user(&state.world, &f)?;
    let code = f.required("value")?;
    let world = &mut state.world;
    let secret = world
        .users
        .get(&user_id)
        .and_then(|u| u.mfa.totp.clone())
        .ok_or_else(|| Reply::bad_request("No authenticator app is enrolled"))?;
    if !totp::verify(&secret, &code, now()) {
        return Err(Reply::bad_request("Invalid MFA code"));
    }
    finish(world, &mfa_token, &user_id, "otp")
}

fn send_code(state: &mut State, call: &Call, sms: bool) -> Outcome {
    let body = call.json()?;
    let f = Fields(&body);
    let (mfa_token, user_id) = pending_user(&state.world, &f)?;
    let world = &mut state.world;
    let user = world
        .users
        .get(&user_id)
        .ok_or_else(|| Reply::not_found("User not found"))?;
    let (to, channel, kind) = if sms {
        let phone = user
            .mfa
            .sms_phone
            .clone()
            .ok_or_else(|| Reply::bad_request("No phone is enrolled for SMS codes"))?;
        (phone, "sms", "mfa_sms_code")
    } else {
        (user.email.clone(), "email", "mfa_email_code")
    };
    let code = clock::digits();
    let otc_token = clock::token(16);
    world.outbox.push(crate::world::Message {
        channel: channel.into(),
        to,
        kind: kind.into(),
        code: Some(code.clone()),
        token: None,
        user_id: user_id.clone(),
        sent_at: crate::clock::rfc3339(now()),
    });
    if let Some(p) = world.mfa_pending.get_mut(&mfa_token) {
        p.code = Some(format!("{otc_token}:{code}"));
    }
    Ok(Reply::created(json!({ "otcToken": otc_token })))
}

fn send_email_code(state: &mut State, call: &Call) -> Outcome {
    send_code(state, call, false)
}

fn send_sms_code(state: &mut State, call: &Call) -> Outcome {
    send_code(state, call, true)
}

fn verify_code(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let f = Fields(&body);
    let (mfa_token, user_id) = pending_user(&state.world, &f)?;
    let otc_token = f.required("otcToken")?;
    let code = f.required("code")?;
    let world = &mut state.world;
    let expected = world
        .mfa_pending
        .get(&mfa_token)
        .and_then(|p| p.code.clone())
        .ok_or_else(|| Reply::bad_request("No code was sent for this MFA token"))?;
    if expected != format!("{otc_token}:{}", code.trim()) {
        return Err(Reply::bad_request("Invalid MFA code"));
    }
    let method = if call.path.contains("/sms/") {
        "sms"
    } else {
        "otp"
    };
    finish(world, &mfa_token, &user_id, method)
}

/// A recovery code signs the user in once and turns MFA off (as Frontegg
/// does), so that they can enroll again.
fn recover(state: &mut State, call: &Call) -> Outcome {
    let body = call.json()?;
    let f = Fields(&body);
    let email = f.required("email")?;
    let code = f.required("recoveryCode")?;
    let world = &mut state.world;
    let user_id = world
        .user_id_by_email(&email)
        .ok_or_else(|| Reply::bad_request("Invalid recovery code"))?;
    let user = world
        .users
        .get_mut(&user_id)
        .ok_or_else(|| Reply::bad_request("Invalid recovery code"))?;
    let Some(at) = user
        .mfa
        .recovery_codes
        .iter()
        .position(|c| *c == code.trim())
    else {
        return Err(Reply::bad_request("Invalid recovery code"));
    };
    user.mfa.recovery_codes.remove(at);
    user.mfa.totp = None;
    user.mfa.email = false;
    user.mfa.sms_phone = None;
    world.mfa_pending.retain(|_, p| p.user_id != user_id);
    session_reply(world, 200, &user_id, None, AuthContext::password())
}

/// Starts enrolling an authenticator app: the secret, as base32 and as
/// the `otpauth://` URI a QR code would carry.
fn enroll_app(state: &mut State, call: &Call) -> Outcome {
    let (user_id, _) = acting_user(&state.world, call)?;
    let world = &mut state.world;
    let secret = clock::random_bytes(20);
    let text = totp::encode_base32(&secret);
    let email = world
        .users
        .get(&user_id)
        .map(|u| u.email.clone())
        .unwrap_or_default();
    world.totp_enrollments.insert(user_id, secret);
    let uri = format!(
        "otpauth://totp/Frontegg%20emulator:{}?secret={text}&issuer=Frontegg%20emulator",
        url::form_urlencoded::byte_serialize(email.as_bytes()).collect::<String>()
    );
    Ok(Reply::ok(json!({ "qrCode": uri, "secret": text })))
}

/// Confirms enrollment with a first code; answers the recovery code.
fn confirm_app(state: &mut State, call: &Call) -> Outcome {
    let (user_id, _) = acting_user(&state.world, call)?;
    let body = call.json()?;
    let code = Fields(&body).required("token")?;
    let world = &mut state.world;
    let secret = world
        .totp_enrollments
        .get(&user_id)
        .cloned()
        .ok_or_else(|| Reply::bad_request("Start the enrollment first"))?;
    if !totp::verify(&secret, &code, now()) {
        return Err(Reply::bad_request("Invalid code"));
    }
    world.totp_enrollments.remove(&user_id);
    let recovery = clock::token(12);
    let user = world
        .users
        .get_mut(&user_id)
        .ok_or_else(|| Reply::not_found("User not found"))?;
    user.mfa.totp = Some(secret);
    user.mfa.recovery_codes.push(recovery.clone());
    Ok(Reply::ok(json!({ "recoveryCode": recovery })))
}
