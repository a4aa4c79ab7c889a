//! Sign-in flows and sessions for Swift and Kotlin: object handles over
//! the core's `Session`, `MfaRequired` and `HostedLogin`; outcomes as
//! enums that carry them. The storage is the core's `TokenStorage`
//! foreign trait, implemented on Keychain / Keystore by the app.

use std::sync::Arc;

use frontegg_identity::{FronteggError, JsonValue, RawRequest, SecretString};

use crate::FronteggClient;

/// A signed-in user's session: refreshes itself ahead of expiry (one
/// refresh at a time), never sends a refresh token twice, and tells its
/// `TokenStorage` every change. Thread-safe; calls block.
#[derive(uniffi::Object)]
pub struct Session {
    pub(crate) inner: frontegg_identity::Session,
}

/// How a sign-in step ended.
#[derive(uniffi::Enum)]
pub enum SignInOutcome {
    Session { session: Arc<Session> },
    MfaRequired { challenge: Arc<MfaRequired> },
}

/// How a sign-up ended.
#[derive(uniffi::Enum)]
pub enum SignUpOutcome {
    Session {
        session: Arc<Session>,
    },
    /// The user must confirm their email; then `activate` signs them in.
    ActivationRequired {
        user_id: Option<String>,
        tenant_id: Option<String>,
    },
}

pub(crate) fn session(inner: frontegg_identity::Session) -> Arc<Session> {
    Arc::new(Session { inner })
}

impl From<frontegg_identity::SignInOutcome> for SignInOutcome {
    fn from(outcome: frontegg_identity::SignInOutcome) -> Self {
        match outcome {
            frontegg_identity::SignInOutcome::Session(inner) => Self::Session {
                session: session(inner),
            },
            frontegg_identity::SignInOutcome::MfaRequired(inner) => Self::MfaRequired {
                challenge: Arc::new(MfaRequired { inner }),
            },
        }
    }
}

impl From<frontegg_identity::SignUpOutcome> for SignUpOutcome {
    fn from(outcome: frontegg_identity::SignUpOutcome) -> Self {
        match outcome {
            frontegg_identity::SignUpOutcome::Session(inner) => Self::Session {
                session: session(inner),
            },
            frontegg_identity::SignUpOutcome::ActivationRequired { user_id, tenant_id } => {
                Self::ActivationRequired { user_id, tenant_id }
            }
        }
    }
}

#[uniffi::export]
impl Session {
    /// Any endpoint as this user; a 401 refreshes once and retries once.
    pub fn request(&self, request: RawRequest) -> Result<JsonValue, FronteggError> {
        self.inner.request(&request)
    }

    /// A client whose user operations send the current access token.
    pub fn client(&self) -> Result<Arc<FronteggClient>, FronteggError> {
        Ok(Arc::new(FronteggClient {
            inner: self.inner.client()?,
        }))
    }
}

/// A sign-in waiting for its second factor.
#[derive(uniffi::Object)]
pub struct MfaRequired {
    pub(crate) inner: frontegg_identity::MfaRequired,
}

/// Hosted login (OAuth 2.0 + PKCE) for one app.
#[derive(uniffi::Object)]
pub struct HostedLogin {
    pub(crate) inner: frontegg_identity::HostedLogin,
}

/// `session` as one text for a store that keeps bytes (the Keychain and
/// Keystore storages use it): it holds the tokens, so encrypt it or keep it
/// where secrets belong.
#[uniffi::export]
pub fn encode_stored_session(session: frontegg_identity::StoredSession) -> SecretString {
    session.to_json()
}

/// The session `encode_stored_session` wrote; `null`/`nil` for any other
/// text (a damaged item, another format version): the user signs in again.
#[uniffi::export]
pub fn decode_stored_session(text: SecretString) -> Option<frontegg_identity::StoredSession> {
    frontegg_identity::StoredSession::from_json(text.expose())
}
