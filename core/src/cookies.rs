//! The refresh-token cookie: how Frontegg names it and how to find it in a
//! response.

use crate::error::{FronteggError, Result};
use crate::secret::SecretString;

/// Prefix of every refresh-token cookie.
const REFRESH_PREFIX: &str = "fe_refresh_";

/// Name of the refresh-token cookie of the environment `client_id`:
/// `fe_refresh_` followed by the client id with its first `-` removed (what
/// Frontegg's own SDKs send).
pub fn refresh_cookie_name(client_id: &str) -> String {
    format!("{REFRESH_PREFIX}{}", client_id.replacen('-', "", 1))
}

/// Refuses a cookie value that would change the `Cookie` header's meaning:
/// `;` or `,` would add another cookie pair, whitespace and control
/// characters would break or fold the header. The error never repeats the
/// value.
pub(crate) fn check_cookie_value(name: &str, value: &SecretString) -> Result<()> {
    let text = value.expose();
    if text.trim().is_empty() {
        return Err(FronteggError::invalid_input(format!(
            "the value of cookie {name} is empty"
        )));
    }
    if text
        .chars()
        .any(|c| c == ';' || c == ',' || c.is_whitespace() || c.is_control() || c == '"')
    {
        return Err(FronteggError::invalid_input(format!(
            "the value of cookie {name} holds `;`, `,`, a quote, whitespace or a control \
             character, which would change the Cookie header"
        )));
    }
    Ok(())
}

/// The refresh token carried by `Set-Cookie` headers, if any. With a client
/// id, names are compared with every `-` removed (Frontegg's SDKs disagree on
/// how many dashes they drop); without one, any `fe_refresh_*` cookie counts.
/// A cookie with an empty value (a deletion) is not a token.
pub(crate) fn refresh_token_from_set_cookie<'a>(
    set_cookies: impl Iterator<Item = &'a str>,
    client_id: Option<&str>,
) -> Option<SecretString> {
    let wanted = client_id.map(|id| format!("{REFRESH_PREFIX}{}", id.replace('-', "")));
    set_cookies
        .filter_map(|header| {
            let pair = header.split(';').next()?;
            let (name, value) = pair.split_once('=')?;
            Some((name.trim(), value.trim().trim_matches('"')))
        })
        .find(|(name, value)| {
            !value.is_empty()
                && match &wanted {
                    Some(wanted) => name.replace('-', "") == *wanted,
                    None => name.starts_with(REFRESH_PREFIX),
                }
        })
        .map(|(_, value)| SecretString::new(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_dash_is_removed() {
        assert_eq!(
            refresh_cookie_name("6a6b-12cd-34ef"),
            "fe_refresh_6a6b12cd-34ef"
        );
        assert_eq!(refresh_cookie_name("nodash"), "fe_refresh_nodash");
    }

    #[test]
    fn the_token_is_found_among_other_cookies() {
        let headers = [
            "fe_device_abc=dev; Path=/",
            "fe_refresh_6a6b12cd-34ef=rt-1; Path=/; HttpOnly; Secure",
        ];
        let found = refresh_token_from_set_cookie(headers.into_iter(), Some("6a6b-12cd-34ef"));
        assert_eq!(found, Some("rt-1".into()));
        let any = refresh_token_from_set_cookie(headers.into_iter(), None);
        assert_eq!(any, Some("rt-1".into()));
    }

    #[test]
    fn deletions_and_other_environments_are_ignored() {
        let headers = ["fe_refresh_abc=; Max-Age=0", "fe_refresh_zzz=other"];
        assert_eq!(
            refresh_token_from_set_cookie(headers.into_iter(), Some("a-bc")),
            None
        );
    }
}
