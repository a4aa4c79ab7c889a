//! Identifier conventions.

use std::collections::BTreeSet;

/// `signUpUser`, `SSO settings`, `frontegg-tenant-id` → `sign_up_user`,
/// `sso_settings`, `frontegg_tenant_id`.
pub fn snake(text: &str) -> String {
    let mut out = String::new();
    // "OAuth" is one word, not "o_auth".
    let text = text.replace("OAuth", "Oauth");
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() {
                let prev = i.checked_sub(1).map(|j| chars[j]);
                let next = chars.get(i + 1);
                let boundary = prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
                    || (prev.is_some_and(|p| p.is_ascii_uppercase())
                        && next.is_some_and(|n| n.is_ascii_lowercase()));
                if boundary && !out.ends_with('_') {
                    out.push('_');
                }
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_').to_owned();
    if out.is_empty() {
        "value".to_owned()
    } else if out.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{out}")
    } else {
        out
    }
}

/// `sign_up_user`, `SSO settings` → `SignUpUser`, `SsoSettings`.
pub fn pascal(text: &str) -> String {
    snake(text)
        .split('_')
        .filter(|s| !s.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// `sign_up_user` → `signUpUser` (Kotlin and Swift names).
pub fn camel(snake_name: &str) -> String {
    let p = pascal(snake_name);
    let mut chars = p.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => p,
    }
}

const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
    "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Python keywords (uniffi escapes Kotlin and Swift keywords itself).
const PYTHON_KEYWORDS: &[&str] = &[
    "and", "assert", "class", "def", "del", "elif", "except", "finally", "from", "global",
    "import", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "with",
];

/// A snake_case name that is no Rust or Python keyword, distinct from
/// the names already in `taken`.
pub fn unique(taken: &mut BTreeSet<String>, wanted: &str) -> String {
    let mut base = wanted.to_owned();
    if RUST_KEYWORDS.contains(&base.as_str()) || PYTHON_KEYWORDS.contains(&base.as_str()) {
        base = format!("{base}_value");
    }
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}_{n}");
        n += 1;
    }
    taken.insert(name.clone());
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_handles_acronyms_digits_and_separators() {
        assert_eq!(snake("signUpUser"), "sign_up_user");
        assert_eq!(snake("SSO settings"), "sso_settings");
        assert_eq!(snake("getSSOConfigurations"), "get_sso_configurations");
        assert_eq!(snake("frontegg-tenant-id"), "frontegg_tenant_id");
        assert_eq!(snake("_links"), "links");
        assert_eq!(snake("2fa"), "n2fa");
        assert_eq!(
            snake("Custom social OAuth provider"),
            "custom_social_oauth_provider"
        );
        assert_eq!(pascal("user_management"), "UserManagement");
        assert_eq!(camel("get_user_by_id"), "getUserById");
    }

    #[test]
    fn keywords_and_repeats_get_distinct_names() {
        let mut taken = BTreeSet::new();
        assert_eq!(unique(&mut taken, "type"), "type_value");
        assert_eq!(unique(&mut taken, "from"), "from_value");
        assert_eq!(unique(&mut taken, "email"), "email");
        assert_eq!(unique(&mut taken, "email"), "email_2");
    }
}
