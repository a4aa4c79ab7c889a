//! Passwordless sign-in: magic link, email code and SMS code, delivered
//! through the outbox.

use serde_json::json;

use super::{Route, State, route};
use crate::call::{Call, Fields};
use crate::reply::{Outcome, Reply};
use crate::sessions::session_reply;
use crate::world::{AuthContext, Purpose};

pub(super) const ROUTES: &[Route] = &[
    route(
        "POST",
        "/identity/resources/auth/v1/passwordless/magiclink/prelogin",
        magic_link_start,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/passwordless/magiclink/postlogin",
        magic_link_finish,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/passwordless/code/prelogin",
        email_code_start,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/passwordless/code/postlogin",
        email_code_finish,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/passwordless/smscode/prelogin",
        sms_code_start,
    ),
    route(
        "POST",
        "/identity/resources/auth/v1/passwordless/smscode/postlogin",
        sms_code_finish,
    ),
];

fn start(state: &mut State, call: &Call, purpose: Purpose, status: u16) -> Outcome {
    let body = call.json()?;
    let f = Fields(&body);
    let world = &mut state.world;
    let email = f.text("email")?.filter(|e| !e.trim().is_empty());
    let phone = f.text("phoneNumber")?.filter(|p| !p.trim().is_empty());
    let user = match (&email, &phone) {
        (Some(email), _) => world.user_by_email(email),
        (None, Some(phone)) => world
            .users
            .values()
            .find(|u| u.phone_number.as_deref() == Some(phone.as_str())),
        (None, None) => {
            return Err(Reply::bad_request(
                "email (or phoneNumber for SMS) should not be empty",
            ));
        }
    };
    // Unknown users get the same answer, and nothing is sent.
    if let Some(user) = user {
        let (id, address, phone) = (
            user.id.clone(),
            user.email.clone(),
            user.phone_number.clone(),
        );
        match purpose {
            Purpose::SmsCode => {
                let phone = phone.ok_or_else(|| Reply::bad_request("User has no phone number"))?;
                world.send(&id, purpose, "sms", &phone, "sms_code");
            }
            _ => {
                world.send(&id, purpose, "email", &address, purpose.as_str());
            }
        }
    }
    if purpose == Purpose::SmsCode {
        return Ok(Reply::json(status, json!({ "phoneNumber": phone })));
    }
    Ok(Reply::json(status, json!({})))
}

fn finish(state: &mut State, call: &Call, purpose: Purpose) -> Outcome {
    let body = call.json()?;
    let token = Fields(&body).required("token")?;
    let world = &mut state.world;
    let user_id = world
        .redeem(token.trim(), purpose)
        .ok_or_else(|| Reply::bad_request("Invalid or expired token"))?;
    let method = if purpose == Purpose::SmsCode {
        "sms"
    } else {
        "email"
    };
    let mut auth = AuthContext::password();
    auth.amr = vec![method.into()];
    session_reply(world, 201, &user_id, None, auth)
}

fn magic_link_start(state: &mut State, call: &Call) -> Outcome {
    start(state, call, Purpose::MagicLink, 200)
}

fn magic_link_finish(state: &mut State, call: &Call) -> Outcome {
    finish(state, call, Purpose::MagicLink)
}

fn email_code_start(state: &mut State, call: &Call) -> Outcome {
    start(state, call, Purpose::EmailCode, 201)
}

fn email_code_finish(state: &mut State, call: &Call) -> Outcome {
    finish(state, call, Purpose::EmailCode)
}

fn sms_code_start(state: &mut State, call: &Call) -> Outcome {
    start(state, call, Purpose::SmsCode, 201)
}

fn sms_code_finish(state: &mut State, call: &Call) -> Outcome {
    finish(state, call, Purpose::SmsCode)
}
