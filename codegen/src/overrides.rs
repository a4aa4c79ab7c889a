//! Everything the generator decides by name rather than by rule: spec
//! quirks, naming collisions, and the core types written by hand. Each entry
//! says why.

use serde_json::Value;

use crate::names::snake;

/// Shorter names for the types every session flow uses.
pub fn type_name(schema: &str) -> Option<&'static str> {
    Some(match schema {
        "AuthenticationResponseDto" => "AuthResponse",
        "SignUpUserEmailDto" => "SignUpRequest",
        "AuthenticateUserPasswordDto" => "LoginRequest",
        "SignUpResponseDto" => "SignUpResponse",
        "VendorAuthenticationResponse" => "VendorToken",
        _ => return None,
    })
}

/// Routes outside `/resources/auth/` that a signed-out user calls with what
/// an email or SMS gave them (sign-up, activation, password reset,
/// accepting an invitation): public, like the sign-in steps.
pub fn is_public_path(path: &str) -> bool {
    matches!(
        path,
        "/resources/users/v1/signUp"
            | "/resources/users/v1/signUp/username"
            | "/resources/users/v1/activate"
            | "/resources/users/v1/activate/code"
            | "/resources/users/v1/activate/strategy"
            | "/resources/users/v1/activate/reset"
            | "/resources/users/v1/passwords/reset"
            | "/resources/users/v1/passwords/reset/verify"
            | "/resources/users/v2/passwords/reset/email"
            | "/resources/users/v2/passwords/reset/sms"
            | "/resources/users/v2/passwords/reset/sms/verify"
            | "/resources/users/v1/invitation/accept"
            | "/resources/users/v1/invitation/accept/code"
            | "/resources/users/emails/v1/verify"
            | "/resources/tenants/invites/v1/verify"
            // Read during login, before the user has a session.
            | "/resources/configurations/v1/mfa-policy/allow-remember-device"
    )
}

/// Operations whose success schema the spec gets wrong.
pub fn response_schema(operation_id: &str) -> Option<&'static str> {
    match operation_id {
        // The spec documents the 201 body as the request DTO; Frontegg
        // answers with SignUpResponseDto.
        "UsersControllerV1_signUpUser" => Some("SignUpResponseDto"),
        _ => None,
    }
}

/// Operations that cannot work as a bare call and are reached through a
/// hand-written flow instead, with the flow's call (Rust spelling) for the
/// docs and the contract test. They keep no generated method in any
/// language, so there is one working method per endpoint.
pub fn flow(operation_id: &str) -> Option<&'static str> {
    Some(match operation_id {
        // The flow caches the token and renews it; a bare call bypasses the
        // cache every time.
        "authenticate_vendor" => "authenticate_vendor()",
        // Both read the refresh token from the `fe_refresh_*` cookie, which
        // the flows set; a bare call sends none.
        "AuthenticatioAuthenticationControllerV1_refreshToken" => {
            "refresh_tokens(&SecretString::from(\"refresh-token\"), None)"
        }
        "AuthenticatioAuthenticationControllerV1_logout" => {
            "sign_out(&SecretString::from(\"refresh-token\"))"
        }
        _ => return None,
    })
}

/// Fields the spec marks required though Frontegg needs only some of them.
pub fn optional_field(schema: &str, field: &str) -> bool {
    match schema {
        // Passwordless prelogin takes one identifier, not all of them.
        "PasswordlessAuthenticationPreloginDto" | "PasswordlessAuthenticationSmsOtcPreloginDto" => {
            matches!(field, "email" | "userId" | "username" | "phoneNumber")
        }
        // Every field is marked required; Frontegg requires none up front.
        "CreateSSOConfigurationRequestDto" => true,
        // The refresh token may travel only in the `fe_refresh_*` cookie;
        // the client then fills it in from there.
        "AuthenticationResponseDto" => field == "refreshToken",
        _ => false,
    }
}

/// The group accessor for a tag (`client.user_management()`).
pub fn group_name(file: &str, tag: &str) -> String {
    match (file, tag) {
        // Sign-up, login, refresh and logout.
        ("identity.json", "General") => "authentication".into(),
        ("applications.json", "Applications settings") => "applications".into(),
        // `M2M` is one word, not `m2_m`.
        ("identity.json", "M2M tokens") => "m2m_tokens".into(),
        _ => snake(tag),
    }
}

/// The tag of operations the spec leaves untagged.
pub fn untagged_group(file: &str) -> &'static str {
    match file {
        "env-auth.json" => "Vendor authentication",
        _ => "Accounts",
    }
}

/// String fields that hold secrets: tokens, passwords, keys. Such fields are
/// `SecretString`: redacted in `Debug`, `repr`, Kotlin `toString` and Swift
/// `description`, and scrubbed from error texts when sent.
pub fn is_secret(wire: &str) -> bool {
    let name = wire.to_ascii_lowercase().replace(['_', '-'], "");
    if NOT_SECRET.contains(&name.as_str()) {
        return false;
    }
    name.contains("secret")
        || name.contains("password")
        || name.ends_with("token")
        || name.ends_with("apikey")
        || name.ends_with("privatekey")
        || name.ends_with("accesskey")
        || name.ends_with("signingkey")
        || matches!(
            name.as_str(),
            "recoverycode" | "qrcode" | "otc" | "code" | "mfacode"
        )
}

/// Names the rules above would take for secrets but that are not.
const NOT_SECRET: &[&str] = &[
    // The kind of a token (`bearer`), not a token.
    "tokentype",
];

/// A string the spec accepts, for the contract test's minimal arguments.
pub fn sample_string(schema: &Value) -> String {
    if let Some(example) = schema.get("example").and_then(Value::as_str) {
        return example.to_owned();
    }
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        if pattern.contains("\\+[1-9]") {
            return "+15550100123".into();
        }
        // Some patterns are placeholders (`domainRegex`): matched literally.
        if pattern.chars().all(|c| c.is_ascii_alphanumeric()) {
            return pattern.to_owned();
        }
    }
    let text = match schema.get("format").and_then(Value::as_str) {
        Some("email") => "user@example.com",
        Some("date-time") => "2026-01-01T00:00:00.000Z",
        Some("date") => "2026-01-01",
        Some("uri" | "url") => "https://example.com",
        Some("uuid") => "00000000-0000-4000-8000-000000000000",
        _ => "sample",
    };
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    if text.len() < min {
        return "s".repeat(min);
    }
    text.to_owned()
}

/// Corrects spec mistakes that would otherwise make Prism, or our types,
/// disagree with what Frontegg serves. Applied before anything is read, and
/// to the copies Prism serves in the contract test.
pub fn fix_spec(spec: &mut Value) {
    fix_schemas(spec);
    relax_required(spec);
    let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, op) in item.iter_mut() {
            if !matches!(method.as_str(), "get" | "post" | "put" | "patch" | "delete") {
                continue;
            }
            let operation_id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
                continue;
            };
            // The success body Frontegg really sends, where the spec names
            // another schema: what our types decode is what Prism checks.
            if let Some(schema) = response_schema(&operation_id) {
                for (code, response) in responses.iter_mut() {
                    if let (true, Some(slot)) = (
                        code.starts_with('2'),
                        response.pointer_mut("/content/application~1json/schema"),
                    ) {
                        *slot =
                            serde_json::json!({ "$ref": format!("#/components/schemas/{schema}") });
                    }
                }
            }
            // Some operations list a bodiless 200 beside a 201 with a body;
            // Frontegg answers with the body, so the bodiless one goes.
            let with_body = |r: &Value| r.pointer("/content/application~1json/schema").is_some();
            if responses
                .iter()
                .any(|(code, r)| code.starts_with('2') && with_body(r))
            {
                responses.retain(|code, r| !code.starts_with('2') || with_body(r));
            }
            // Some operations list only their error answers; Frontegg
            // answers success with an empty 200.
            if !responses.keys().any(|code| code.starts_with('2')) {
                responses.insert(
                    "200".into(),
                    serde_json::json!({ "description": "Success" }),
                );
            }
        }
    }
}

/// Drops from `required` the fields [`optional_field`] names, so that Prism
/// accepts the requests Frontegg accepts.
fn relax_required(spec: &mut Value) {
    let Some(schemas) = spec
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    for (name, schema) in schemas.iter_mut() {
        if let Some(Value::Array(required)) = schema.get_mut("required") {
            required.retain(|field| !field.as_str().is_some_and(|f| optional_field(name, f)));
        }
    }
}

fn fix_schemas(value: &mut Value) {
    match value {
        Value::Object(map) => {
            // `/^[a-z]+$/`: a JavaScript regex literal where a pattern string
            // belongs; no value can match it with the slashes.
            if let Some(Value::String(pattern)) = map.get_mut("pattern")
                && pattern.len() > 2
                && pattern.starts_with('/')
                && pattern.ends_with('/')
            {
                *pattern = pattern[1..pattern.len() - 1].to_owned();
            }
            // `"example": "true"` on a boolean: an example of the wrong type.
            let declared = map.get("type").and_then(Value::as_str).map(str::to_owned);
            if let (Some(declared), Some(example)) = (declared, map.get("example")) {
                let fits = match declared.as_str() {
                    "boolean" => example.is_boolean(),
                    "number" | "integer" => example.is_number(),
                    "string" => example.is_string(),
                    "array" => example.is_array(),
                    "object" => example.is_object(),
                    _ => true,
                };
                if !fits {
                    map.remove("example");
                }
            }
            for child in map.values_mut() {
                fix_schemas(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(fix_schemas),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn spec_fixes_repair_patterns_examples_and_missing_successes() {
        let mut spec = json!({
            "paths": {"/a": {"post": {"responses": {"400": {"description": "bad"}}}}},
            "components": {"schemas": {"X": {"properties": {
                "name": {"type": "string", "pattern": "/^[a-z]+$/"},
                "on": {"type": "boolean", "example": "true"},
                "n": {"type": "number", "example": 3}
            }}}}
        });
        fix_spec(&mut spec);
        assert_eq!(
            spec.pointer("/components/schemas/X/properties/name/pattern"),
            Some(&json!("^[a-z]+$"))
        );
        assert_eq!(
            spec.pointer("/components/schemas/X/properties/on/example"),
            None
        );
        assert_eq!(
            spec.pointer("/components/schemas/X/properties/n/example"),
            Some(&json!(3))
        );
        assert!(spec.pointer("/paths/~1a/post/responses/200").is_some());
    }

    #[test]
    fn secrets_and_samples_follow_the_schema() {
        assert!(is_secret("refreshToken") && is_secret("client_secret") && is_secret("password"));
        assert!(is_secret("secretKey") && is_secret("secretAccessKey") && is_secret("privateKey"));
        assert!(!is_secret("tokenType") && !is_secret("email") && !is_secret("countryCode"));
        assert_eq!(
            sample_string(&json!({"format": "email"})),
            "user@example.com"
        );
        assert_eq!(
            sample_string(&json!({"pattern": "domainRegex"})),
            "domainRegex"
        );
        assert_eq!(sample_string(&json!({"minLength": 8})), "ssssssss");
        assert_eq!(sample_string(&json!({"example": "ex"})), "ex");
    }
}
