//! What a route answers: a status, headers, an optional JSON or text body,
//! and the Frontegg error shape (`errors`, `errorCode`).

use serde_json::{Value, json};

/// An answer before it becomes an HTTP response.
#[derive(Debug, Clone)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Body,
}

#[derive(Debug, Clone)]
pub(crate) enum Body {
    Empty,
    Json(Value),
    Html(String),
}

impl Reply {
    pub(crate) fn json(status: u16, body: Value) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: Body::Json(body),
        }
    }

    pub(crate) fn ok(body: Value) -> Self {
        Self::json(200, body)
    }

    pub(crate) fn created(body: Value) -> Self {
        Self::json(201, body)
    }

    pub(crate) fn empty(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: Body::Empty,
        }
    }

    pub(crate) fn html(status: u16, text: String) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: Body::Html(text),
        }
    }

    pub(crate) fn redirect(location: &str) -> Self {
        Self::empty(302).header("location", location)
    }

    /// Frontegg's error body: `{"errors": [message], "errorCode": code}`.
    pub(crate) fn error(status: u16, code: &str, message: impl Into<String>) -> Self {
        Self::json(
            status,
            json!({ "errors": [message.into()], "errorCode": code, "statusCode": status }),
        )
    }

    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        Self::error(400, "ER-00006", message)
    }

    pub(crate) fn unauthorized(message: impl Into<String>) -> Self {
        Self::error(401, "ER-00001", message)
    }

    pub(crate) fn forbidden(message: impl Into<String>) -> Self {
        Self::error(403, "ER-00003", message)
    }

    pub(crate) fn not_found(what: impl Into<String>) -> Self {
        Self::error(404, "ER-00404", what)
    }

    pub(crate) fn conflict(message: impl Into<String>) -> Self {
        Self::error(409, "ER-00409", message)
    }

    /// OAuth 2.0's error body (RFC 6749 §5.2) for the `/oauth` routes.
    pub(crate) fn oauth_error(status: u16, code: &str, description: impl Into<String>) -> Self {
        Self::json(
            status,
            json!({ "error": code, "error_description": description.into() }),
        )
    }

    pub(crate) fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_owned(), value.into()));
        self
    }
}

/// What a route returns: the answer, or an error answer through `?`.
pub(crate) type Outcome = Result<Reply, Reply>;
