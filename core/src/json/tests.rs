//! Unit tests of `json`.

use serde_json::json;

use super::*;
use crate::models::LoginRequest;

#[test]
fn a_misspelt_required_key_is_named_with_a_suggestion() {
    let error = body_from_json::<LoginRequest>(
        "authentication.login",
        json!({"email": "a@b.c", "passwrd": "x"}),
    )
    .unwrap_err()
    .to_string();
    assert!(
        error.contains("lacks the required key \"password\""),
        "{error}"
    );
    assert!(error.contains("(did you mean \"password\"?)"), "{error}");
    assert!(error.contains("authentication.login"), "{error}");
}

#[test]
fn a_complete_body_decodes_and_edit_distance_counts_edits() {
    let body = body_from_json::<LoginRequest>(
        "authentication.login",
        json!({"email": "a@b.c", "password": "x"}),
    );
    assert!(body.is_ok());
    assert_eq!(edit_distance("tenantID", "tenantId"), 1);
    assert_eq!(
        did_you_mean("TENANT_ID", &["tenantId", "email"]),
        Some("tenantId")
    );
    assert_eq!(did_you_mean("zzz", &["tenantId"]), None);
}
