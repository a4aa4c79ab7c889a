//! Fidelity: every operation of Frontegg's specs that the emulator serves,
//! walked through the SDK with Prism in front of the emulator as a
//! validating proxy (`prism proxy --errors`). A request or an answer that
//! breaks the spec comes back from Prism as a 500 listing the violations,
//! so an operation passes only when both sides conform and the SDK decodes
//! the answer.
//!
//! `scripts/test.sh` starts the emulator (with `fixtures/fidelity-seed.json`)
//! and one proxy per spec, and passes their URLs in
//! `FRONTEGG_FIDELITY_URLS` (`emulator=URL,identity=URL,…`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use frontegg_identity::models::{
    EnrollMyAuthenticatorMfaParams, GetUserByEmailParams, VerifyAuthenticatorMfaEnrollmentParams,
};
use frontegg_identity::{Client, ClientConfig, LoginRequest, SecretString};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

const TENANT: &str = "7b0e7c4e-0000-4000-8000-000000000001";
const MACHINE: &str = "7b0e7c4e-0000-4000-8000-0000000000c1";

fn dto<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{value} is not the DTO: {e}"))
}

/// The emulator's controls, reached directly (not through Prism).
struct Controls {
    url: String,
    agent: ureq::Agent,
}

impl Controls {
    fn get(&self, path: &str) -> Value {
        let text = self
            .agent
            .get(format!("{}{path}", self.url))
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap();
        serde_json::from_str(&text).unwrap()
    }

    fn last(&self, kind: &str) -> Value {
        let outbox = self.get("/_emulator/outbox");
        outbox["messages"]
            .as_array()
            .unwrap()
            .iter()
            .rev()
            .find(|m| m["kind"] == kind)
            .cloned()
            .unwrap_or_else(|| panic!("no {kind} in the outbox: {outbox}"))
    }

    fn totp(&self, email: &str) -> String {
        self.get(&format!("/_emulator/totp/{email}"))["code"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

/// RFC 6238 (SHA-1, 30 s, 6 digits), for the enrollment the test makes.
fn totp_now(secret_base32: &str) -> String {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut bits, mut buffer, mut bytes) = (0u32, 0u32, Vec::new());
    for c in secret_base32.bytes() {
        let v = alphabet.iter().position(|a| *a == c).unwrap() as u32;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
        }
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, &bytes);
    let tag = ring::hmac::sign(&key, &(now / 30).to_be_bytes());
    let h = tag.as_ref();
    let at = (h[19] & 0x0f) as usize;
    let n = u32::from_be_bytes([h[at] & 0x7f, h[at + 1], h[at + 2], h[at + 3]]);
    format!("{:06}", n % 1_000_000)
}

fn specs_dir() -> PathBuf {
    std::env::var_os("FRONTEGG_OPENAPI_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/frontegg-openapi")
        })
}

#[test]
fn every_emulated_operation_conforms_to_the_spec() {
    let Ok(urls) = std::env::var("FRONTEGG_FIDELITY_URLS") else {
        let notice = format!(
            "fidelity: SKIPPED: FRONTEGG_FIDELITY_URLS is not set (scripts/test.sh starts the \
             emulator behind Prism proxies): {} emulated operations NOT validated",
            frontegg_identity_testkit::emulated_operations().len()
        );
        assert!(
            !specs_dir().is_dir() || std::env::var("CI").as_deref() != Ok("true"),
            "{notice} (CI=true)"
        );
        let _ = writeln!(std::io::stderr(), "{notice}");
        return;
    };
    // Failed set-ups are collected below; their panics need no backtrace.
    std::panic::set_hook(Box::new(|_| {}));
    let mut emulator = None;
    let mut config = ClientConfig::builder()
        .base_url("http://127.0.0.1:9")
        .vendor_credentials("fidelity-client", "fidelity-secret")
        // As a backend calls the gateway: sign-in routes carry the vendor
        // token and the environment's host (the specs want a bearer on
        // every route).
        .vendor_host("app-fidelity.frontegg.com")
        .application_id("7b0e7c4e-0000-4000-8000-0000000000d1")
        .timeout(Duration::from_secs(30))
        .retries(0, Duration::ZERO);
    let mut services = Vec::new();
    for pair in urls.split(',').filter(|p| !p.is_empty()) {
        let (service, url) = pair.split_once('=').unwrap();
        if service == "emulator" {
            emulator = Some(url.to_owned());
        } else {
            services.push((service.to_owned(), url.to_owned()));
            config = config.service_url(service, url);
        }
    }
    let controls = Controls {
        url: emulator.expect("FRONTEGG_FIDELITY_URLS names the emulator"),
        agent: ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into(),
    };
    // From the seed, whatever ran before.
    controls
        .agent
        .post(format!("{}/_emulator/reset", controls.url))
        .send_empty()
        .unwrap();
    let vendor = Client::new(config.clone().build())
        .unwrap()
        .for_tenant(TENANT)
        .unwrap();
    let as_user = |token: &SecretString| {
        let mut c = config.clone().build();
        c.secret = None;
        c.access_token = Some(token.clone());
        Client::new(c).unwrap()
    };

    let mut walked: BTreeSet<&'static str> = BTreeSet::new();
    let mut failures: Vec<String> = Vec::new();
    macro_rules! step {
        ($op:expr, $call:expr) => {{
            walked.insert($op);
            // A step whose set-up failed (no message in the outbox, a body
            // that is not the DTO) is a failure of its own, not the end.
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| $call)) {
                Ok(Ok(value)) => Some(value),
                Ok(Err(error)) => {
                    failures.push(format!("{}: {error}", $op));
                    None
                }
                Err(panic) => {
                    let why = panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    failures.push(format!("{}: set-up failed: {why}", $op));
                    None
                }
            }
        }};
    }
    let login = |email: &str| LoginRequest {
        email: Some(email.into()),
        password: "Secret-1".into(),
        ..LoginRequest::default()
    };

    step!("POST /auth/vendor", vendor.authenticate_vendor());
    step!(
        "GET /identity/resources/configurations/v1",
        vendor.core_settings().get_vendor_config()
    );
    step!(
        "POST /identity/resources/users/v1/signUp",
        vendor.authentication().sign_up_user(
            &dto(json!({"provider": "local", "email": "new@startup.test", "companyName": "Startup", "password": "Pass-1"})),
            &Default::default()
        )
    );
    let jane = step!(
        "POST /identity/resources/auth/v1/user",
        vendor
            .authentication()
            .authenticate_local_user(&login("jane@acme.test"), &Default::default())
    );
    if let Some(jane) = &jane {
        let refreshed = step!(
            "POST /identity/resources/auth/v1/user/token/refresh",
            vendor.refresh_tokens(jane.refresh_token.as_ref().unwrap(), None)
        );
        if let Some(refreshed) = &refreshed {
            let me = as_user(&refreshed.access_token);
            step!(
                "GET /identity/resources/users/v3/me",
                me.user_management().get_user_profile_v3()
            );
            step!(
                "GET /identity/resources/users/v2/me",
                me.user_management().get_user_profile_v2()
            );
            let enrolled = step!(
                "POST /identity/resources/users/v1/mfa/authenticator/enroll",
                me.mfa()
                    .enroll_my_authenticator_mfa(&EnrollMyAuthenticatorMfaParams {
                        user_id: refreshed.user_id.clone(),
                    })
            );
            if let Some(enrolled) = enrolled {
                // The secret travels in the otpauth URI an app shows as a QR code.
                let uri = url::Url::parse(enrolled.qr_code.expose()).unwrap();
                let secret = uri
                    .query_pairs()
                    .find(|(k, _)| k == "secret")
                    .unwrap()
                    .1
                    .into_owned();
                step!(
                    "POST /identity/resources/users/v1/mfa/authenticator/enroll/verify",
                    me.mfa().verify_authenticator_mfa_enrollment(
                        &dto(json!({"token": totp_now(&secret)})),
                        &VerifyAuthenticatorMfaEnrollmentParams {
                            user_id: refreshed.user_id.clone(),
                        }
                    )
                );
            }
            step!(
                "POST /identity/resources/auth/v1/logout",
                vendor.sign_out(refreshed.refresh_token.as_ref().unwrap())
            );
        }
    }

    // MFA after a password: app code (both routes), email, SMS, recovery.
    macro_rules! mfa_token {
        ($email:expr) => {{
            let answer = step!(
                "POST /identity/resources/auth/v1/user",
                vendor.sign_in_tokens(&login($email))
            );
            let token = answer.and_then(|a| a.mfa_token);
            if token.is_none() {
                failures.push(format!("{}: the password step gave no mfaToken", $email));
            }
            token
        }};
    }
    if let Some(token) = mfa_token!("otp@acme.test") {
        step!(
            "POST /identity/resources/auth/v1/user/mfa/verify",
            vendor.mfa().verify_authenticator_mfa_code(&dto(json!({
                "mfaToken": token.expose(), "value": controls.totp("otp@acme.test")
            })))
        );
    }
    if let Some(token) = mfa_token!("otp@acme.test") {
        step!(
            "POST /identity/resources/auth/v1/user/mfa/authenticator/{deviceId}/verify",
            vendor.mfa().verify_authenticator_mfa(
                "authenticator",
                &dto(json!({
                    "mfaToken": token.expose(), "value": controls.totp("otp@acme.test")
                }))
            )
        );
    }
    if let Some(token) = mfa_token!("mail@acme.test") {
        let sent = step!(
            "POST /identity/resources/auth/v1/user/mfa/emailcode",
            vendor
                .mfa()
                .pre_verify_email_otc_mfa(&dto(json!({"mfaToken": token.expose()})))
        );
        if let Some(sent) = sent {
            step!(
                "POST /identity/resources/auth/v1/user/mfa/emailcode/verify",
                vendor.mfa().verify_email_otc_mfa(&dto(json!({
                    "mfaToken": token.expose(), "otcToken": sent.0["otcToken"],
                    "code": controls.last("mfa_email_code")["code"]
                })))
            );
        }
    }
    if let Some(token) = mfa_token!("sms@acme.test") {
        let sent = step!(
            "POST /identity/resources/auth/v1/user/mfa/sms/{deviceId}",
            vendor
                .mfa()
                .pre_verify_sms_mfa("phone", &dto(json!({"mfaToken": token.expose()})))
        );
        if let Some(sent) = sent {
            step!(
                "POST /identity/resources/auth/v1/user/mfa/sms/{deviceId}/verify",
                vendor.mfa().verify_sms_mfa(
                    "phone",
                    &dto(json!({
                        "mfaToken": token.expose(), "otcToken": sent.0["otcToken"],
                        "code": controls.last("mfa_sms_code")["code"]
                    }))
                )
            );
        }
    }
    step!(
        "POST /identity/resources/auth/v1/user/mfa/recover",
        vendor.mfa().recover_mfa(&dto(
            json!({"email": "otp@acme.test", "recoveryCode": "recover-1"})
        ))
    );

    // Passwordless, each through the outbox.
    step!(
        "POST /identity/resources/auth/v1/passwordless/magiclink/prelogin",
        vendor
            .passwordless()
            .magic_link_prelogin(&dto(json!({"email": "jane@acme.test"})))
    );
    step!(
        "POST /identity/resources/auth/v1/passwordless/magiclink/postlogin",
        vendor
            .passwordless()
            .magic_link_post_login(&dto(json!({"token": controls.last("magic_link")["token"]})))
    );
    step!(
        "POST /identity/resources/auth/v1/passwordless/code/prelogin",
        vendor
            .passwordless()
            .email_code_prelogin(&dto(json!({"email": "jane@acme.test"})))
    );
    step!(
        "POST /identity/resources/auth/v1/passwordless/code/postlogin",
        vendor
            .passwordless()
            .email_code_post_login(&dto(json!({"token": controls.last("email_code")["code"]})))
    );
    step!(
        "POST /identity/resources/auth/v1/passwordless/smscode/prelogin",
        vendor
            .passwordless()
            .sms_code_pre_login(&dto(json!({"phoneNumber": "+15550100"})))
    );
    step!(
        "POST /identity/resources/auth/v1/passwordless/smscode/postlogin",
        vendor
            .passwordless()
            .sms_code_post_login(&dto(json!({"token": controls.last("sms_code")["code"]})))
    );

    // Password reset and activation through the outbox.
    step!(
        "POST /identity/resources/users/v1/passwords/reset",
        vendor.password_settings().reset_password(&dto(
            json!({"identifier": "jane@acme.test", "identifierType": "email"})
        ))
    );
    step!(
        "POST /identity/resources/users/v1/passwords/reset/verify",
        {
            let reset = controls.last("password_reset");
            vendor
                .password_settings()
                .verify_reset_password(&dto(json!({
                    "userId": reset["user_id"], "token": reset["token"], "password": "Secret-1"
                })))
        }
    );
    let invited = step!(
        "POST /identity/resources/users/v2",
        vendor.user_management().create_user_v2(
            &dto(json!({"email": "invited@acme.test", "name": "Invited"})),
            &Default::default()
        )
    );
    if invited.is_some() {
        step!("POST /identity/resources/users/v1/activate", {
            let mail = controls.last("invitation");
            vendor.user_management().activate_user(
                &dto(json!({"userId": mail["user_id"], "token": mail["token"], "password": "Pass-2"})),
                &Default::default(),
            )
        });
    }

    // Machine tokens.
    let machine = step!(
        "POST /identity/resources/auth/v2/api-token",
        vendor.api_token().auth_api_token(&dto(
            json!({"clientId": MACHINE, "secret": "machine-secret"})
        ))
    );
    if let Some(machine) = machine {
        step!(
            "POST /identity/resources/auth/v2/api-token/token/refresh",
            vendor.api_token().refresh_token(&dto(
                json!({"refreshToken": machine.refresh_token.expose()})
            ))
        );
    }
    step!(
        "GET /identity/resources/tenants/api-tokens/v1",
        vendor
            .api_tokens()
            .get_tenants_api_tokens(&Default::default())
    );
    let created = step!(
        "POST /identity/resources/tenants/api-tokens/v1",
        vendor
            .api_tokens()
            .create_tenant_api_token_v1(&dto(json!({"description": "ci"})), &Default::default())
    );
    if let Some(created) = created {
        let id = serde_json::to_value(&created).unwrap()["clientId"]
            .as_str()
            .unwrap()
            .to_owned();
        step!(
            "DELETE /identity/resources/tenants/api-tokens/v1/{id}",
            vendor
                .api_tokens()
                .delete_tenant_api_token(&id, &Default::default())
        );
    }

    // Users.
    let users = vendor.user_management();
    step!(
        "GET /identity/resources/users/v3",
        users.get_users(&Default::default())
    );
    let made = step!(
        "POST /identity/resources/users/v1",
        users.create_user_v1(
            &dto(json!({"email": "made@acme.test", "password": "Made-1"})),
            &Default::default()
        )
    );
    let by_email = step!(
        "GET /identity/resources/users/v1/email",
        vendor.users().get_user_by_email(&GetUserByEmailParams {
            email: "made@acme.test".into(),
        })
    );
    if let (Some(_), Some(user)) = (made, by_email) {
        step!(
            "GET /identity/resources/vendor-only/users/v1/{userId}",
            vendor.users().get_user_by_id_vendor_only(&user.id)
        );
        step!(
            "PUT /identity/resources/users/v1/{userId}",
            vendor
                .users()
                .update_user_for_vendor(&user.id, &dto(json!({"name": "Made Again"})))
        );
        step!(
            "DELETE /identity/resources/users/v1/{userId}",
            users.remove_user_from_tenant(&user.id, &Default::default())
        );
    }

    // Tenants.
    let accounts = vendor.accounts();
    let tenant_id = "7b0e7c4e-0000-4000-8000-000000000002";
    step!(
        "POST /tenants/resources/tenants/v1",
        accounts.create_tenant(&dto(json!({"tenantId": tenant_id, "name": "Globex"})))
    );
    step!(
        "GET /tenants/resources/tenants/v1/{tenantId}",
        accounts.get_tenant_v1(tenant_id)
    );
    step!(
        "PUT /tenants/resources/tenants/v1/{tenantId}",
        accounts.update_tenant_v1(tenant_id, &dto(json!({"name": "Globex Corp"})))
    );
    step!(
        "POST /tenants/resources/sub-tenants/v1",
        vendor.sub_accounts().create_sub_tenant(&dto(json!({
            "tenantId": "7b0e7c4e-0000-4000-8000-000000000003", "name": "Globex EU", "parentTenantId": tenant_id
        })))
    );
    step!(
        "DELETE /tenants/resources/tenants/v1/{tenantId}",
        accounts.delete_tenant(tenant_id)
    );

    // Roles, permissions, groups, applications.
    step!(
        "GET /identity/resources/roles/v1",
        vendor.roles().get_all_roles(&Default::default())
    );
    let roles = step!(
        "POST /identity/resources/roles/v1",
        vendor.roles().add_roles(
            &vec![dto(
                json!({"key": "auditor", "name": "Auditor", "level": 0})
            )],
            &Default::default()
        )
    );
    if let Some(roles) = roles {
        step!(
            "DELETE /identity/resources/roles/v1/{roleId}",
            vendor
                .roles()
                .delete_role(&roles[0].id, &Default::default())
        );
    }
    step!(
        "GET /identity/resources/permissions/v1",
        vendor.permissions().get_all_permissions()
    );
    let permissions = step!(
        "POST /identity/resources/permissions/v1",
        vendor.permissions().add_permissions(&vec![dto(
            json!({"key": "docs.write", "name": "Write docs"})
        )])
    );
    if let Some(permissions) = permissions {
        step!(
            "DELETE /identity/resources/permissions/v1/{permissionId}",
            vendor.permissions().delete_permission(&permissions[0].id)
        );
    }
    // Roles and permissions changed, a user's roles.
    const ROLE: &str = "7b0e7c4e-0000-4000-8000-0000000000b1";
    const PERMISSION: &str = "7b0e7c4e-0000-4000-8000-0000000000a1";
    step!(
        "PATCH /identity/resources/roles/v1/{roleId}",
        vendor.roles().update_role(
            ROLE,
            &dto(json!({"name": "Viewer", "description": "Reads"})),
            &Default::default()
        )
    );
    step!(
        "PUT /identity/resources/roles/v1/{roleId}/permissions",
        vendor.roles().set_permissions_to_role(
            ROLE,
            &dto(json!({"permissionIds": [PERMISSION]})),
            &Default::default()
        )
    );
    step!(
        "PATCH /identity/resources/permissions/v1/{permissionId}",
        vendor
            .permissions()
            .update_permission(PERMISSION, &dto(json!({"name": "Read docs"})))
    );
    let jane_id = vendor
        .users()
        .get_user_by_email(&GetUserByEmailParams {
            email: "jane@acme.test".into(),
        })
        .map(|u| u.id)
        .unwrap_or_default();
    step!(
        "POST /identity/resources/users/v1/{userId}/roles",
        users.add_roles_to_user(
            &jane_id,
            &dto(json!({"roleIds": [ROLE]})),
            &Default::default()
        )
    );
    step!(
        "DELETE /identity/resources/users/v1/{userId}/roles",
        users.delete_roles_from_user(
            &jane_id,
            &dto(json!({"roleIds": [ROLE]})),
            &Default::default()
        )
    );

    // Groups.
    let groups = vendor.user_groups();
    step!(
        "GET /identity/resources/groups/v1",
        groups.get_all_groups(&Default::default())
    );
    let group = step!(
        "POST /identity/resources/groups/v1",
        groups.create_group(
            &dto(json!({"name": "Auditors", "color": "#ff0000"})),
            &Default::default()
        )
    );
    if let Some(group) = group {
        let id = group.id.clone();
        step!(
            "GET /identity/resources/groups/v1/{id}",
            groups.get_group_by_id(&id, &Default::default())
        );
        step!(
            "PATCH /identity/resources/groups/v1/{id}",
            groups.update_group(
                &id,
                &dto(json!({"description": "Read-only"})),
                &Default::default()
            )
        );
        step!(
            "POST /identity/resources/groups/v1/{groupId}/users",
            groups.add_users_to_group(
                &id,
                &dto(json!({"userIds": [jane_id]})),
                &Default::default()
            )
        );
        step!(
            "DELETE /identity/resources/groups/v1/{groupId}/users",
            groups.remove_users_from_group(
                &id,
                &dto(json!({"userIds": [jane_id]})),
                &Default::default()
            )
        );
        step!(
            "POST /identity/resources/groups/v1/{groupId}/roles",
            groups.add_roles_to_group(&id, &dto(json!({"roleIds": [ROLE]})), &Default::default())
        );
        step!(
            "DELETE /identity/resources/groups/v1/{groupId}/roles",
            groups.remove_roles_from_group(
                &id,
                &dto(json!({"roleIds": [ROLE]})),
                &Default::default()
            )
        );
        step!(
            "DELETE /identity/resources/groups/v1/{id}",
            groups.delete_group(&id, &Default::default())
        );
    }

    // Applications.
    let apps = vendor.applications();
    step!(
        "GET /applications/resources/applications/v1",
        apps.get_applications(&Default::default())
    );
    let app = step!(
        "POST /applications/resources/applications/v1",
        apps.create_application(&dto(json!({
            "name": "Admin", "appURL": "https://admin.acme.test", "loginURL": "https://admin.acme.test/login"
        })))
    );
    if let Some(app) = app {
        step!(
            "PATCH /applications/resources/applications/v1/{id}",
            apps.update_application(&app.id, &dto(json!({"name": "Admin console"})))
        );
        step!(
            "GET /applications/resources/applications/v1/{id}",
            apps.get_application_by_id(&app.id)
        );
        step!(
            "DELETE /applications/resources/applications/v1/{id}",
            apps.delete_application(&app.id)
        );
    }

    // The default hook again: the verdict below must print.
    drop(std::panic::take_hook());
    // Every emulated operation that is in the specs was walked.
    let in_specs = frontegg_identity_testkit::operations_in_specs(&specs_dir()).unwrap();
    let missing: Vec<String> = frontegg_identity_testkit::emulated_operations()
        .into_iter()
        .map(|(m, p)| format!("{m} {p}"))
        .filter(|op| in_specs.contains(op) && !walked.contains(op.as_str()))
        .collect();
    println!(
        "fidelity: {} operations walked through Prism proxies ({}), {} violations or failures",
        walked.len(),
        services
            .iter()
            .map(|(s, _)| s.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        failures.len()
    );
    for failure in &failures {
        println!("  FAILED {failure}");
    }
    assert!(
        missing.is_empty(),
        "emulated spec operations not walked: {missing:?}"
    );
    assert!(
        failures.is_empty(),
        "{} operations broke the spec or failed",
        failures.len()
    );
}
