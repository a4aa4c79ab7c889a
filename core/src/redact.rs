//! Scrubbing secrets out of text that leaves the transport: error messages,
//! Frontegg's `errors`, body excerpts and log lines.
//!
//! A server or proxy that echoes the request back (a debugging gateway, a
//! misconfigured WAF) would otherwise put the bearer token, the API key, a
//! password or the refresh cookie into every traceback that prints the
//! error. The transport knows each secret it sent in a call and removes it,
//! in its plain, JSON-escaped and percent-encoded spellings; it also masks
//! any `Bearer …` value and `fe_refresh_…=` cookie it does not know.

use crate::secret::{REDACTED, SecretString};

/// The most characters of any one caller- or server-given value that an
/// error text repeats.
pub(crate) const MAX_SHOWN_CHARS: usize = 200;

/// `value` as an error text may repeat it: quoted, and cut to
/// [`MAX_SHOWN_CHARS`] characters with the length of the rest said, so a
/// 9,000-character id or `kid` makes a short message.
pub(crate) fn shown(value: &str) -> String {
    let total = value.chars().count();
    if total <= MAX_SHOWN_CHARS {
        return format!("{value:?}");
    }
    let start: String = value.chars().take(MAX_SHOWN_CHARS).collect();
    format!("{start:?}… ({} more characters)", total - MAX_SHOWN_CHARS)
}

/// Whether `url` carries what may be a credential: user info (a password
/// alone included), a query or a fragment. Options naming a server
/// (`base_url`, `service_urls`, `jwks_url`, `issuer`) refuse such a URL.
pub(crate) fn carries_credentials(url: &url::Url) -> bool {
    !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
}

/// A URL option (`base_url`, `jwks_url`, `redirect_uri`, …) as an error
/// text may repeat it: scheme, host, port and path only, since user info
/// (`https://user:pass@…`), a query (`?access_token=…`) and a fragment can
/// hold credentials; bounded like [`shown`]. A value that is not a URL is
/// not repeated at all: it may be a pasted secret.
pub(crate) fn shown_url(raw: &str) -> String {
    match url::Url::parse(raw.trim()) {
        Ok(mut url) => {
            let _ = url.set_username("");
            let _ = url.set_password(None);
            url.set_query(None);
            url.set_fragment(None);
            shown(url.as_str())
        }
        Err(_) => format!("({} characters, not a URL)", raw.chars().count()),
    }
}

/// Secrets shorter than this are not searched for: a one-letter password
/// would blank out every occurrence of that letter and hide the message.
const SHORTEST_SCRUBBED: usize = 4;

/// The secrets of one call.
#[derive(Default, Clone)]
pub(crate) struct Secrets(Vec<String>);

impl Secrets {
    pub fn add(&mut self, secret: &SecretString) {
        let value = secret.expose();
        if value.len() < SHORTEST_SCRUBBED {
            return;
        }
        let mut spellings = vec![value.to_owned()];
        // As it appears inside a JSON string…
        if let Ok(quoted) = serde_json::to_string(value) {
            spellings.push(quoted.trim_matches('"').to_owned());
        }
        // …and in a form or query.
        spellings.push(url::form_urlencoded::byte_serialize(value.as_bytes()).collect());
        for spelling in spellings {
            if !self.0.contains(&spelling) {
                self.0.push(spelling);
            }
        }
        // Longest first, so a secret that contains another goes whole.
        self.0.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }

    pub fn extend<'a>(&mut self, secrets: impl IntoIterator<Item = &'a SecretString>) {
        for secret in secrets {
            self.add(secret);
        }
    }

    /// `text` with every known secret and every bearer or refresh-cookie
    /// value replaced by [`REDACTED`].
    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for secret in &self.0 {
            if out.contains(secret.as_str()) {
                out = out.replace(secret.as_str(), REDACTED);
            }
        }
        mask_after(
            &mask_after(&out, "bearer ", is_token_char),
            "fe_refresh_",
            |c| c != ';' && c != ',' && !c.is_whitespace() && c != '"' && c != '\'',
        )
    }
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '+' | '/' | '=')
}

/// Replaces the value that follows each (case-insensitive) `marker`: for
/// `bearer ` the token, for `fe_refresh_` what follows its `=`.
fn mask_after(text: &str, marker: &str, keep: impl Fn(char) -> bool) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    let mut search = 0;
    while let Some(found) = lower[search..].find(marker) {
        let start = search + found + marker.len();
        let value_start = if marker == "fe_refresh_" {
            // The cookie's name runs to `=`; its value follows.
            match text[start..].find(|c: char| c == '=' || c.is_whitespace() || c == ';') {
                Some(offset) if text[start + offset..].starts_with('=') => start + offset + 1,
                _ => {
                    search = start;
                    continue;
                }
            }
        } else {
            start
        };
        let value_len: usize = text[value_start..]
            .chars()
            .take_while(|c| keep(*c))
            .map(char::len_utf8)
            .sum();
        if value_len > 0 && !text[value_start..].starts_with(REDACTED) {
            out.push_str(&text[rest..value_start]);
            out.push_str(REDACTED);
            rest = value_start + value_len;
        }
        let step = if value_len > 0 {
            value_len
        } else {
            text[value_start..].chars().next().map_or(0, char::len_utf8)
        };
        search = value_start + step;
        if step == 0 || search >= text.len() {
            break;
        }
    }
    out.push_str(&text[rest..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secrets(values: &[&str]) -> Secrets {
        let mut secrets = Secrets::default();
        for value in values {
            secrets.add(&SecretString::new(*value));
        }
        secrets
    }

    #[test]
    fn known_secrets_go_in_every_spelling() {
        let s = secrets(&["p@ss word\"x", "api-key-123"]);
        let text = r#"echo: {"password":"p@ss word\"x"} q=p%40ss+word%22x key api-key-123"#;
        let scrubbed = s.scrub(text);
        assert!(!scrubbed.contains("p@ss"), "{scrubbed}");
        assert!(!scrubbed.contains("api-key-123"), "{scrubbed}");
        assert!(scrubbed.contains("echo:"), "{scrubbed}");
    }

    #[test]
    fn unknown_bearer_tokens_and_refresh_cookies_are_masked() {
        let s = Secrets::default();
        let text =
            "Authorization: Bearer eyJabc.def-ghi; Cookie: fe_refresh_6a6b12cd=rt-value; other=1";
        let scrubbed = s.scrub(text);
        assert_eq!(
            scrubbed,
            "Authorization: Bearer <redacted>; Cookie: fe_refresh_6a6b12cd=<redacted>; other=1"
        );
        assert_eq!(
            s.scrub("no secrets here, bearer"),
            "no secrets here, bearer"
        );
        assert_eq!(s.scrub("ünïcode bearer ñ"), "ünïcode bearer ñ");
    }

    #[test]
    fn short_secrets_are_left_alone() {
        assert_eq!(secrets(&["a"]).scrub("a cat"), "a cat");
    }
}
