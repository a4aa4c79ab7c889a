//! Test controls: faults queued for the next calls of a route, the request
//! log with counts per route, and the shapes of the control commands.

use std::collections::{BTreeMap, VecDeque};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Requests kept in the log; older ones are dropped (counts stay exact).
pub(crate) const LOG_LIMIT: usize = 10_000;

/// What to do to the next `times` calls of `route`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Fault {
    /// `"METHOD /path"`, `"/path"` (any method), a path ending in `*` (a
    /// prefix), or `"*"` (every route). Paths are the request's own, without
    /// the query: `POST /identity/resources/auth/v1/user`.
    pub route: String,
    /// How many calls it applies to (default 1).
    #[serde(default = "one")]
    pub times: u32,
    /// Answer with this status instead of the route's answer.
    #[serde(default)]
    pub status: Option<u16>,
    /// With a status: `Retry-After` in seconds.
    #[serde(default)]
    pub retry_after: Option<u64>,
    /// With a status: `X-Rate-Limit-Reset`, this many seconds from now
    /// (sent as an RFC 3339 time, as Frontegg's gateway does).
    #[serde(default)]
    pub rate_limit_reset: Option<u64>,
    /// Wait this long before answering (or before the fault's status).
    #[serde(default)]
    pub delay_ms: Option<u64>,
    /// Close the connection without a complete answer.
    #[serde(default)]
    pub drop: bool,
}

fn one() -> u32 {
    1
}

impl Fault {
    /// Why the fault cannot be applied, if it cannot.
    pub(crate) fn problem(&self) -> Option<String> {
        if self.route.trim().is_empty() {
            return Some(
                "route must not be empty: give \"METHOD /path\", \"/path\" or \"*\"".into(),
            );
        }
        if self.times == 0 {
            return Some("times must be at least 1".into());
        }
        if self.status.is_none() && self.delay_ms.is_none() && !self.drop {
            return Some("give status, delay_ms or drop".into());
        }
        if self.drop && self.status.is_some() {
            return Some("drop and status exclude each other".into());
        }
        if let Some(status) = self.status
            && !(100..=599).contains(&status)
        {
            return Some(format!("status {status} is not an HTTP status (100-599)"));
        }
        if (self.retry_after.is_some() || self.rate_limit_reset.is_some()) && self.status.is_none()
        {
            return Some("retry_after and rate_limit_reset need a status".into());
        }
        if self.delay_ms.is_some_and(|d| d > 120_000) {
            return Some("delay_ms is at most 120000".into());
        }
        None
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        let (want_method, want_path) = match self.route.split_once(' ') {
            Some((m, p)) => (Some(m), p.trim()),
            None => (None, self.route.trim()),
        };
        if want_method.is_some_and(|m| !m.eq_ignore_ascii_case(method)) {
            return false;
        }
        match want_path.strip_suffix('*') {
            Some(prefix) => path.starts_with(prefix),
            None => want_path == path,
        }
    }
}

/// One logged request. Secrets (credentials, tokens, passwords, cookies)
/// are replaced by `[redacted]` before they are stored.
#[derive(Debug, Clone, Serialize)]
pub struct LoggedRequest {
    /// `GET`, `POST`, …
    pub method: String,
    /// The request's path.
    pub path: String,
    /// The query, token-like values redacted.
    pub query: String,
    /// The matched route template, e.g. `/identity/resources/users/v1/{userId}`.
    pub route: Option<String>,
    /// The status the emulator answered.
    pub status: u16,
    /// Request headers, secrets redacted.
    pub headers: BTreeMap<String, String>,
    /// The JSON body with secret fields redacted, if the body was JSON.
    pub body: Option<Value>,
}

#[derive(Default)]
pub(crate) struct Controls {
    faults: Vec<Fault>,
    pub(crate) log: VecDeque<LoggedRequest>,
    pub(crate) counts: BTreeMap<String, u64>,
}

impl Controls {
    pub(crate) fn add_fault(&mut self, fault: Fault) {
        self.faults.push(fault);
    }

    pub(crate) fn faults(&self) -> &[Fault] {
        &self.faults
    }

    pub(crate) fn clear_faults(&mut self) {
        self.faults.clear();
    }

    /// The first fault for this call, counted down (and dropped when used up).
    pub(crate) fn take_fault(&mut self, method: &str, path: &str) -> Option<Fault> {
        let at = self.faults.iter().position(|f| f.matches(method, path))?;
        let fault = self.faults[at].clone();
        self.faults[at].times -= 1;
        if self.faults[at].times == 0 {
            self.faults.remove(at);
        }
        Some(fault)
    }

    pub(crate) fn record(&mut self, entry: LoggedRequest) {
        let key = format!(
            "{} {}",
            entry.method,
            entry.route.as_deref().unwrap_or(&entry.path)
        );
        *self.counts.entry(key).or_default() += 1;
        if self.log.len() == LOG_LIMIT {
            self.log.pop_front();
        }
        self.log.push_back(entry);
    }

    pub(crate) fn clear_log(&mut self) {
        self.log.clear();
        self.counts.clear();
    }
}

/// Headers whose values are secrets.
const SECRET_HEADERS: [&str; 5] = [
    "authorization",
    "cookie",
    "x-access-token",
    "x-api-key",
    "x-webhook-secret",
];

/// Body fields whose values are secrets, wherever they appear.
const SECRET_FIELDS: [&str; 14] = [
    "password",
    "newPassword",
    "secret",
    "clientSecret",
    "refreshToken",
    "refresh_token",
    "accessToken",
    "access_token",
    "token",
    "code_verifier",
    "recoveryCode",
    "mfaToken",
    "value",
    "code",
];

pub(crate) fn redact_header(name: &str, value: &str) -> String {
    if SECRET_HEADERS.contains(&name) {
        "[redacted]".into()
    } else {
        value.to_owned()
    }
}

pub(crate) fn redact_body(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if SECRET_FIELDS.contains(&key.as_str()) {
                    *v = Value::String("[redacted]".into());
                } else {
                    redact_body(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_body),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(route: &str) -> Fault {
        Fault {
            route: route.into(),
            times: 2,
            status: Some(503),
            retry_after: None,
            rate_limit_reset: None,
            delay_ms: None,
            drop: false,
        }
    }

    #[test]
    fn faults_match_method_path_and_prefix_and_count_down() {
        let mut c = Controls::default();
        c.add_fault(fault("POST /a/b"));
        assert!(c.take_fault("GET", "/a/b").is_none());
        assert!(c.take_fault("POST", "/a/b").is_some());
        assert!(c.take_fault("post", "/a/b").is_some());
        assert!(c.take_fault("POST", "/a/b").is_none());
        c.add_fault(fault("/a/*"));
        assert!(c.take_fault("DELETE", "/a/zzz").is_some());
        c.add_fault(fault("*"));
        assert!(c.take_fault("GET", "/anything").is_some());
    }

    #[test]
    fn bad_faults_say_why() {
        let mut f = fault("/x");
        f.status = Some(700);
        assert!(f.problem().is_some_and(|p| p.contains("700")));
        f.status = None;
        assert!(f.problem().is_some_and(|p| p.contains("give status")));
    }

    #[test]
    fn secrets_are_redacted() {
        let mut body =
            serde_json::json!({"email": "a@b.c", "password": "p", "nested": [{"secret": "s"}]});
        redact_body(&mut body);
        assert_eq!(body["password"], "[redacted]");
        assert_eq!(body["nested"][0]["secret"], "[redacted]");
        assert_eq!(body["email"], "a@b.c");
        assert_eq!(redact_header("cookie", "fe_refresh_x=1"), "[redacted]");
    }
}
