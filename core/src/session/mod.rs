//! [`Session`]: a signed-in user's tokens, kept fresh.
//!
//! Every sign-in flow ends here. The session refreshes its access token
//! ahead of expiry with one request at a time (threads that find a refresh
//! running wait for it and share its result), never sends a refresh token
//! twice, writes every change to its [`TokenStorage`] (outside its locks, so
//! a storage may call back into the session), retries a call that got a 401
//! once after a refresh, refuses a refresh that answers for another user,
//! and clears itself on logout.

mod hosted;
mod live;
mod mfa;
mod refresh;
mod sign_in;
mod sso;
mod storage;
mod tokens;

use std::sync::{Arc, PoisonError};
use std::time::Duration;

use crate::client::{Client, RawRequest};
use crate::error::{FronteggError, Result};
use crate::fork::{PerProcess, Slot, try_lock};
use crate::json::JsonValue;
use crate::models::AuthResponse;
use crate::secret::SecretString;
use crate::verify::now_secs;

use live::Live;
use tokens::{Tokens, trusted_expiry};

pub use hosted::{AuthorizeRequest, HostedLogin, HostedLoginOptions, pkce_challenge};
pub use mfa::MfaRequired;
pub use sign_in::{PasswordlessMethod, SignInOutcome, SignUpOutcome};
pub use sso::{SocialProvider, SsoPreLogin};
pub use storage::{MemoryStorage, StoredSession, TokenStorage};

/// How long before expiry an access token is refreshed (at most half its
/// lifetime, for very short-lived tokens).
pub const REFRESH_AHEAD: Duration = Duration::from_secs(30);

/// Which endpoint renews the tokens: the one that issued them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SessionKind {
    /// Embedded login (`/identity/resources/auth/v1/…`): refreshed with the
    /// `fe_refresh_*` cookie.
    Embedded,
    /// Hosted login (`/oauth/…`): refreshed with the `refresh_token` grant.
    Hosted,
}

impl SessionKind {
    /// `embedded` or `hosted`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Embedded => "embedded",
            Self::Hosted => "hosted",
        }
    }

    /// Reads `embedded` or `hosted`.
    pub fn parse(name: &str) -> Result<Self> {
        match name {
            "embedded" => Ok(Self::Embedded),
            "hosted" => Ok(Self::Hosted),
            other => Err(FronteggError::invalid_input(format!(
                "session kind {} is unknown: expected embedded or hosted",
                crate::redact::shown(other)
            ))),
        }
    }
}

#[cfg(feature = "python")]
crate::python::python_str_enum!(SessionKind);

struct Inner {
    kind: SessionKind,
    /// Calls the refresh and logout endpoints, and the user's API calls.
    client: Client,
    /// The OAuth client id (hosted sessions).
    oauth_client_id: Option<String>,
    storage: Arc<dyn TokenStorage>,
    live: PerProcess<Live>,
}

/// A signed-in user's session. Thread-safe and cheap to clone; clones are
/// the same session.
///
/// Storage callbacks run outside the session's locks, so a
/// [`TokenStorage`] may call back into the session. A refresh whose answer
/// names another user (or another tenant than the one asked for) is refused
/// with [`RejectionReason::WrongSubject`](crate::RejectionReason::WrongSubject) and keeps nothing from it.
///
/// After `fork()` a session copied into the child does not inherit its
/// locks; a refresh the parent had in flight at the fork marks the refresh
/// token used in the child, which then never sends it. Parent and child
/// hold the same refresh token: with rotation, only one of them can renew,
/// so keep a session to one process.
#[derive(Clone)]
pub struct Session {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tokens = self.tokens();
        f.debug_struct("Session")
            .field("kind", &self.inner.kind)
            .field("user_id", &tokens.as_ref().and_then(|t| t.user_id.clone()))
            .field(
                "tenant_id",
                &tokens.as_ref().and_then(|t| t.tenant_id.clone()),
            )
            .field("signed_in", &tokens.is_some())
            .finish_non_exhaustive()
    }
}

fn signed_out() -> FronteggError {
    FronteggError::Unauthorized {
        details: crate::error::ApiErrorDetails {
            status: 401,
            errors: vec!["the session has ended: sign in again".to_owned()],
            attempts: 0,
            ..Default::default()
        },
    }
}

impl Session {
    fn new(
        kind: SessionKind,
        client: Client,
        oauth_client_id: Option<String>,
        storage: Option<Arc<dyn TokenStorage>>,
        tokens: Option<Tokens>,
    ) -> Self {
        let storage = storage.unwrap_or_else(|| Arc::new(MemoryStorage::default()));
        let session = Self {
            inner: Arc::new(Inner {
                kind,
                client,
                oauth_client_id,
                storage,
                live: PerProcess::new(Live::new(tokens, false)),
            }),
        };
        session.persist();
        session
    }

    /// A session from an embedded-login answer (`AuthResponse`) of `client`.
    pub(crate) fn from_auth_response(
        client: &Client,
        answer: AuthResponse,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<Self> {
        let tokens = Tokens::from_answer(
            answer.access_token,
            answer.refresh_token,
            answer.expires_in,
            answer.user_id,
        )?;
        Ok(Self::new(
            SessionKind::Embedded,
            client.clone(),
            None,
            storage,
            Some(tokens),
        ))
    }

    pub(crate) fn from_oauth(
        client: &Client,
        client_id: &str,
        answer: hosted::TokenAnswer,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<Self> {
        let tokens = Tokens::from_answer(
            answer.access_token,
            answer.refresh_token,
            answer.expires_in,
            None,
        )?;
        Ok(Self::new(
            SessionKind::Hosted,
            client.clone(),
            Some(client_id.to_owned()),
            storage,
            Some(tokens),
        ))
    }

    /// The embedded-login session `storage` kept from an earlier run of the
    /// app, renewed through `client`; `None` when the storage holds none
    /// (or a hosted-login one: see [`HostedLogin::restore_session`]).
    pub fn restore(client: &Client, storage: Arc<dyn TokenStorage>) -> Option<Self> {
        Self::restore_with(client, None, storage)
    }

    pub(crate) fn restore_with(
        client: &Client,
        hosted: Option<&HostedLogin>,
        storage: Arc<dyn TokenStorage>,
    ) -> Option<Self> {
        let stored = storage.load()?;
        if stored.access_token.is_empty() || stored.refresh_token.is_empty() {
            return None;
        }
        let (expires_at, lifetime) = trusted_expiry(stored.expires_at, stored.lifetime, now_secs());
        let tokens = Tokens {
            access_token: stored.access_token,
            refresh_token: stored.refresh_token,
            expires_at,
            lifetime,
            user_id: stored.user_id,
            tenant_id: stored.tenant_id,
            spent: false,
            generation: 0,
        };
        let (client, oauth_client_id) = match (stored.kind, hosted) {
            (SessionKind::Hosted, Some(hosted)) => {
                (hosted.client().clone(), Some(hosted.client_id().to_owned()))
            }
            (SessionKind::Hosted, None) => return None,
            (SessionKind::Embedded, _) => (client.clone(), None),
        };
        let live = Live::new(Some(tokens), true);
        Some(Self {
            inner: Arc::new(Inner {
                kind: stored.kind,
                client,
                oauth_client_id,
                storage,
                live: PerProcess::new(live),
            }),
        })
    }

    fn live(&self) -> Arc<Slot<Live>> {
        self.inner.live.get(Live::inherit)
    }

    fn tokens(&self) -> Option<Tokens> {
        self.live().current().tokens.clone()
    }

    /// Replaces the tokens; the caller then calls [`Self::persist`], once no
    /// lock of the session is held.
    fn set_tokens(&self, tokens: Option<Tokens>) {
        let live = self.live();
        let mut current = live.current();
        current.tokens = tokens;
        current.version = current.version.wrapping_add(1);
    }

    /// Writes the latest tokens to the storage unless they are there
    /// already. One thread writes at a time; a thread that finds another
    /// writing leaves it to that one, which writes again until what it wrote
    /// is the latest. A callback that re-enters the session (and changes
    /// it) finds the write lock taken by its own thread and returns at once:
    /// the loop below writes the newer state after the callback returns.
    fn persist(&self) {
        let live = self.live();
        loop {
            let Some(mut written) = try_lock(&live.persisting) else {
                return;
            };
            loop {
                let (version, tokens) = {
                    let current = live.current();
                    (current.version, current.tokens.clone())
                };
                if version == *written {
                    break;
                }
                match tokens {
                    Some(tokens) => self.inner.storage.save(tokens.stored(self.inner.kind)),
                    None => self.inner.storage.clear(),
                }
                *written = version;
            }
            drop(written);
            // A change made after the last look, by a thread that found the
            // lock taken, is written by this thread.
            let latest = live.current().version;
            match try_lock(&live.persisting) {
                Some(written) if *written != latest => {}
                _ => return,
            }
        }
    }

    /// Which endpoint renews this session.
    pub fn kind(&self) -> SessionKind {
        self.inner.kind
    }

    /// Whether the session still holds tokens (logout and a refused
    /// refresh end it).
    pub fn is_signed_in(&self) -> bool {
        self.tokens().is_some()
    }

    /// The signed-in user's id.
    pub fn user_id(&self) -> Option<String> {
        self.tokens().and_then(|t| t.user_id)
    }

    /// The active account (tenant) of the current access token.
    pub fn tenant_id(&self) -> Option<String> {
        self.tokens().and_then(|t| t.tenant_id)
    }

    /// When the current access token expires, seconds since the epoch.
    pub fn expires_at(&self) -> Option<f64> {
        self.tokens().map(|t| t.expires_at)
    }

    /// A valid access token: the current one, or a fresh one when it
    /// expires within [`REFRESH_AHEAD`].
    pub fn access_token(&self) -> Result<SecretString> {
        self.current().map(|(token, _)| token)
    }

    /// The access token to use now and its generation, refreshed first
    /// when due.
    fn current(&self) -> Result<(SecretString, u64)> {
        let tokens = self.tokens().ok_or_else(signed_out)?;
        if !tokens.needs_refresh(now_secs()) {
            return Ok((tokens.access_token, tokens.generation));
        }
        self.refresh_from(tokens.generation, None)
    }

    /// Renews the tokens now, whatever their expiry.
    pub fn refresh(&self) -> Result<SecretString> {
        let tokens = self.tokens().ok_or_else(signed_out)?;
        self.refresh_from(tokens.generation, None)
            .map(|(token, _)| token)
    }

    /// Makes `tenant_id` the active account: a refresh that asks for it.
    pub fn switch_tenant(&self, tenant_id: &str) -> Result<()> {
        crate::config::require_header_safe("tenant_id", tenant_id).map_err(|e| match e {
            FronteggError::Config { reason } => FronteggError::InvalidInput { reason },
            other => other,
        })?;
        let tokens = self.tokens().ok_or_else(signed_out)?;
        self.refresh_from(tokens.generation, Some(tenant_id))
            .map(drop)
    }

    /// Refreshes unless another thread already did since generation `seen`
    /// (the tokens the caller found stale or refused): one refresh per
    /// stale token, however many threads noticed it.
    /// Signs out: Frontegg invalidates the refresh token, and the session
    /// and its storage are cleared, even when Frontegg cannot be reached
    /// (the error is returned then). A session already ended is fine.
    pub fn sign_out(&self) -> Result<()> {
        let sent = self.logout_locked();
        // Outside the lock: a storage's `clear` may call back into the session.
        self.persist();
        match sent {
            // Already signed out at Frontegg: the goal is reached.
            Err(FronteggError::Unauthorized { .. }) => Ok(()),
            other => other,
        }
    }

    fn logout_locked(&self) -> Result<()> {
        let live = self.live();
        let _one_at_a_time = live
            .refreshing
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let Some(tokens) = self.tokens() else {
            return Ok(());
        };
        let sent = match self.inner.kind {
            SessionKind::Embedded => self.inner.client.sign_out(&tokens.refresh_token),
            SessionKind::Hosted => hosted::logout_token(
                &self.inner.client,
                self.inner.oauth_client_id.as_deref().unwrap_or_default(),
                &tokens.refresh_token,
            ),
        };
        self.set_tokens(None);
        sent
    }

    /// A client whose user operations send this session's current access
    /// token (refreshed first when due). Build a new one per request: it
    /// does not follow later refreshes.
    pub fn client(&self) -> Result<Client> {
        let token = self.access_token()?;
        self.inner.client.as_user(token)
    }

    /// Runs `call` with a client acting as this user; when it fails with
    /// a 401, refreshes once and runs it once more.
    pub fn call<T>(&self, call: impl Fn(&Client) -> Result<T>) -> Result<T> {
        let (token, generation) = self.current()?;
        match call(&self.inner.client.as_user(token)?) {
            Err(FronteggError::Unauthorized { .. }) => {
                let (fresh, _) = self.refresh_from(generation, None)?;
                call(&self.inner.client.as_user(fresh)?)
            }
            other => other,
        }
    }

    /// [`Client::request`] as this user, with [`Session::call`]'s one
    /// refresh and retry on a 401.
    pub fn request(&self, request: &RawRequest) -> Result<JsonValue> {
        self.call(|client| client.request(request))
    }
}

#[cfg(test)]
mod tests;
