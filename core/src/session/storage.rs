//! [`TokenStorage`]: where a [`Session`](super::Session) keeps its tokens
//! between runs of the app. Apps implement it on the platform's secure
//! store (Keychain, Keystore, a keyring); [`MemoryStorage`] is the default.

use crate::fork::ForkSafeMutex;
use crate::secret::SecretString;

use super::SessionKind;

/// What a session stores: enough to restore it after a restart.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(get_all, frozen, eq, module = "frontegg_identity")
)]
pub struct StoredSession {
    /// Which endpoint renews the tokens.
    pub kind: SessionKind,
    /// The access token last issued.
    pub access_token: SecretString,
    /// The refresh token that renews it.
    pub refresh_token: SecretString,
    /// When the access token expires, seconds since the epoch.
    pub expires_at: f64,
    /// How long the access token lived when issued, in seconds.
    pub lifetime: f64,
    /// The signed-in user's id.
    pub user_id: Option<String>,
    /// The active account (tenant) of the access token.
    pub tenant_id: Option<String>,
}

#[cfg(feature = "python")]
crate::python::python_repr!(StoredSession {
    kind,
    access_token,
    refresh_token,
    expires_at,
    lifetime,
    user_id,
    tenant_id
});

#[cfg(feature = "python")]
#[pyo3::pymethods]
impl StoredSession {
    /// A stored session as a store read it back (`kind` is `embedded` or
    /// `hosted`).
    #[new]
    #[pyo3(signature = (*, kind, access_token, refresh_token, expires_at, lifetime = 0.0, user_id = None, tenant_id = None))]
    fn py_new(
        kind: &str,
        access_token: String,
        refresh_token: String,
        expires_at: f64,
        lifetime: f64,
        user_id: Option<String>,
        tenant_id: Option<String>,
    ) -> pyo3::PyResult<Self> {
        Ok(Self {
            kind: SessionKind::parse(kind)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?,
            access_token: SecretString::new(access_token),
            refresh_token: SecretString::new(refresh_token),
            expires_at,
            lifetime,
            user_id,
            tenant_id,
        })
    }
}

/// Keeps a session's tokens. The session calls `save` after every sign-in
/// and refresh, `clear` on logout (or when Frontegg refuses the refresh
/// token), and `load` only in [`Session::restore`](super::Session::restore).
///
/// Calls come from whichever thread changed the session, one at a time per
/// session and outside the session's locks: a callback may use the session
/// (read its access token, even log out), and the session's latest state
/// is what ends up stored. Implementations must be thread-safe and should
/// not block for long. They cannot fail: a store that could not write
/// should log it, and the session goes on in memory.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait TokenStorage: Send + Sync {
    /// The stored session, if any.
    fn load(&self) -> Option<StoredSession>;
    /// Replaces the stored session.
    fn save(&self, session: StoredSession);
    /// Forgets the stored session.
    fn clear(&self);
}

/// The one text form of a [`StoredSession`], for stores that keep bytes
/// (a Keychain item, a Keystore-encrypted preference, a keyring entry).
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredText<S> {
    /// The format's version: a text of another version reads as no session.
    v: u32,
    session: S,
}

const STORED_TEXT_VERSION: u32 = 1;

impl StoredSession {
    /// This session as one JSON text, for a [`TokenStorage`] that keeps
    /// bytes. It holds the tokens: keep it where secrets belong.
    pub fn to_json(&self) -> SecretString {
        let text = serde_json::to_string(&StoredText {
            v: STORED_TEXT_VERSION,
            session: self,
        })
        // Plain strings and numbers always serialise.
        .unwrap_or_default();
        SecretString::new(text)
    }

    /// The session [`to_json`](Self::to_json) wrote; `None` for any other
    /// text (a damaged item, another format version), and the user then
    /// signs in again.
    pub fn from_json(text: &str) -> Option<StoredSession> {
        let stored: StoredText<StoredSession> = serde_json::from_str(text).ok()?;
        let session = stored.session;
        (stored.v == STORED_TEXT_VERSION
            && session.expires_at.is_finite()
            && session.lifetime.is_finite())
        .then_some(session)
    }
}

/// A [`TokenStorage`] in memory: the session does not survive the process.
/// A forked child gets its own copy.
#[derive(Default)]
pub struct MemoryStorage {
    session: ForkSafeMutex<Option<StoredSession>>,
}

impl TokenStorage for MemoryStorage {
    fn load(&self) -> Option<StoredSession> {
        self.session.with(|session| session.clone())
    }

    fn save(&self, session: StoredSession) {
        self.session.with(|stored| *stored = Some(session));
    }

    fn clear(&self) {
        self.session.with(|stored| *stored = None);
    }
}
