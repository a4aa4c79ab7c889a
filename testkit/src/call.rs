//! One parsed request as the routes see it: method, path, path parameters,
//! query, headers and body, with readers that answer a Frontegg-shaped 400
//! when the input is malformed.

use std::collections::HashMap;

use axum::http::HeaderMap;
use serde_json::{Map, Value};

use crate::reply::Reply;

/// Largest body the emulator reads; more is refused with 413.
pub(crate) const MAX_BODY: usize = 1024 * 1024;

pub(crate) struct Call {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) params: HashMap<String, String>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Call {
    pub(crate) fn param(&self, name: &str) -> &str {
        self.params.get(name).map_or("", String::as_str)
    }

    pub(crate) fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The bearer token of `Authorization`, else `x-access-token` (how
    /// Frontegg's SDKs pass the vendor token), else `x-api-key` (how
    /// machine clients pass an API access token).
    pub(crate) fn bearer(&self) -> Option<&str> {
        self.header("authorization")
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .or_else(|| self.header("x-access-token"))
            .or_else(|| self.header("x-api-key"))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }

    /// The body as a JSON object; an empty body is an empty object.
    pub(crate) fn json(&self) -> Result<Map<String, Value>, Reply> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Map::new());
        }
        match serde_json::from_slice::<Value>(&self.body) {
            Ok(Value::Object(map)) => Ok(map),
            Ok(_) => Err(Reply::bad_request("Invalid input json: expected an object")),
            Err(e) => Err(Reply::bad_request(format!("Invalid input json: {e}"))),
        }
    }

    /// The body as form fields (`application/x-www-form-urlencoded`) or,
    /// for the OAuth routes that take both, a JSON object of strings.
    pub(crate) fn form(&self) -> Result<HashMap<String, String>, Reply> {
        let is_json = self
            .header("content-type")
            .is_some_and(|v| v.starts_with("application/json"));
        if is_json {
            let map = self.json()?;
            return Ok(map
                .into_iter()
                .filter_map(|(k, v)| match v {
                    Value::String(s) => Some((k, s)),
                    Value::Number(n) => Some((k, n.to_string())),
                    _ => None,
                })
                .collect());
        }
        Ok(url::form_urlencoded::parse(&self.body)
            .into_owned()
            .collect())
    }
}

/// Reads fields of a JSON body with clear 400s for missing or mistyped ones.
pub(crate) struct Fields<'a>(pub(crate) &'a Map<String, Value>);

impl Fields<'_> {
    pub(crate) fn text(&self, name: &str) -> Result<Option<String>, Reply> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(Reply::bad_request(format!("{name} must be a string"))),
        }
    }

    pub(crate) fn required(&self, name: &str) -> Result<String, Reply> {
        match self.text(name)? {
            Some(s) if !s.trim().is_empty() => Ok(s),
            _ => Err(Reply::bad_request(format!("{name} should not be empty"))),
        }
    }

    pub(crate) fn object(&self, name: &str) -> Result<Option<Map<String, Value>>, Reply> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(m)) => Ok(Some(m.clone())),
            // Frontegg's metadata fields are JSON text in an object's place.
            Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
                Ok(Value::Object(m)) => Ok(Some(m)),
                _ => Err(Reply::bad_request(format!(
                    "{name} must be an object or its JSON text"
                ))),
            },
            Some(_) => Err(Reply::bad_request(format!("{name} must be an object"))),
        }
    }

    pub(crate) fn strings(&self, name: &str) -> Result<Option<Vec<String>>, Reply> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(str::to_owned)
                        .ok_or_else(|| Reply::bad_request(format!("{name} must hold strings")))
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(_) => Err(Reply::bad_request(format!("{name} must be an array"))),
        }
    }

    pub(crate) fn boolean(&self, name: &str) -> Result<Option<bool>, Reply> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(Reply::bad_request(format!("{name} must be true or false"))),
        }
    }
}
