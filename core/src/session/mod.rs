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
mod sign_in;
mod storage;

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use crate::client::{Client, RawRequest};
use crate::error::{FronteggError, RejectionReason, Result};
use crate::fork::{PerProcess, Slot, try_lock};
use crate::json::JsonValue;
use crate::models::AuthResponse;
use crate::secret::SecretString;
use crate::verify::{now_secs, unverified_claims};

pub use hosted::{AuthorizeRequest, HostedLogin, HostedLoginOptions, pkce_challenge};
pub use sign_in::{
    MfaRequired, PasswordlessMethod, SignInOutcome, SignUpOutcome, SocialProvider, SsoPreLogin,
};
pub use storage::{MemoryStorage, StoredSession, TokenStorage};

/// How long before expiry an access token is refreshed (at most half its
/// lifetime, for very short-lived tokens).
pub const REFRESH_AHEAD: Duration = Duration::from_secs(30);

/// Which endpoint renews the tokens: the one that issued them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
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

/// The live tokens.
#[derive(Clone)]
struct Tokens {
    access_token: SecretString,
    refresh_token: SecretString,
    /// Seconds since the epoch.
    expires_at: f64,
    /// Seconds the token lived when issued (for the refresh-ahead margin).
    lifetime: f64,
    user_id: Option<String>,
    tenant_id: Option<String>,
    /// A refresh with `refresh_token` was sent and may have reached
    /// Frontegg: with rotation it is used up, so it is never sent again.
    spent: bool,
    /// Counts the refreshes: a thread that found the token stale refreshes
    /// only if no other thread did since (tokens themselves may repeat).
    generation: u64,
}

struct Inner {
    kind: SessionKind,
    /// Calls the refresh and logout endpoints, and the user's API calls.
    client: Client,
    /// The OAuth client id (hosted sessions).
    oauth_client_id: Option<String>,
    storage: Arc<dyn TokenStorage>,
    live: PerProcess<Live>,
}

/// The tokens and locks of one process (see `fork.rs`).
struct Live {
    tokens: Mutex<Current>,
    /// Held while a refresh or logout runs: one at a time. Storage
    /// callbacks never run under it.
    refreshing: Mutex<()>,
    /// Held while the storage is written; the version written last.
    persisting: Mutex<u64>,
}

/// The live tokens and a count of their changes, so that storage writes
/// that overtake each other still leave the latest state stored.
#[derive(Clone, Default)]
struct Current {
    tokens: Option<Tokens>,
    version: u64,
}

impl Live {
    /// Fresh tokens (version 1), `stored` already when they came from the
    /// storage itself.
    fn new(tokens: Option<Tokens>, stored: bool) -> Self {
        Self {
            tokens: Mutex::new(Current { tokens, version: 1 }),
            refreshing: Mutex::new(()),
            persisting: Mutex::new(u64::from(stored)),
        }
    }

    /// A forked child's own: the tokens when they could be read without
    /// waiting. A refresh the parent had in flight may have used the
    /// refresh token up, so the child never sends it again.
    fn inherit(&self) -> Self {
        let persisted = try_lock(&self.persisting).map_or(0, |v| *v);
        let mut current = try_lock(&self.tokens)
            .map(|current| current.clone())
            // Unreadable tokens start the child signed out, but as the
            // version already stored: the child must not clear a storage
            // it shares with its parent because a lock was held at the fork.
            .unwrap_or(Current {
                tokens: None,
                version: persisted,
            });
        if try_lock(&self.refreshing).is_none()
            && let Some(tokens) = &mut current.tokens
        {
            tokens.spent = true;
        }
        Self {
            tokens: Mutex::new(current),
            refreshing: Mutex::new(()),
            persisting: Mutex::new(persisted),
        }
    }

    fn current(&self) -> MutexGuard<'_, Current> {
        self.tokens.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A signed-in user's session. Thread-safe and cheap to clone; clones are
/// the same session.
///
/// Storage callbacks run outside the session's locks, so a
/// [`TokenStorage`] may call back into the session. A refresh whose answer
/// names another user (or another tenant than the one asked for) is refused
/// with [`RejectionReason::WrongSubject`] and keeps nothing from it.
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

impl Tokens {
    fn from_answer(
        access_token: SecretString,
        refresh_token: Option<SecretString>,
        expires_in: f64,
        user_id: Option<String>,
    ) -> Result<Self> {
        let refresh_token =
            refresh_token
                .filter(|t| !t.is_empty())
                .ok_or_else(|| FronteggError::Decode {
                    status: 200,
                    reason: "the answer holds no refresh token (body or fe_refresh cookie)"
                        .to_owned(),
                })?;
        if access_token.is_empty() {
            return Err(FronteggError::Decode {
                status: 200,
                reason: "the answer holds an empty access token".to_owned(),
            });
        }
        // A lifetime from the server is clamped: never negative, at most a
        // year, so the expiry arithmetic cannot overflow or go backwards.
        let lifetime = if expires_in.is_finite() {
            expires_in.clamp(0.0, 365.0 * 86400.0)
        } else {
            0.0
        };
        // Display facts of a token Frontegg just sent: read, not verified.
        let claims = unverified_claims(access_token.expose()).unwrap_or_default();
        let text = |claim: &str| {
            claims
                .get(claim)
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        let tenant_id = text("tenantId");
        let user_id = user_id.or_else(|| text("sub"));
        Ok(Self {
            access_token,
            refresh_token,
            expires_at: now_secs() + lifetime,
            lifetime,
            user_id,
            tenant_id,
            spent: false,
            generation: 0,
        })
    }

    fn stored(&self, kind: SessionKind) -> StoredSession {
        StoredSession {
            kind,
            access_token: self.access_token.clone(),
            refresh_token: self.refresh_token.clone(),
            expires_at: self.expires_at,
            lifetime: self.lifetime,
            user_id: self.user_id.clone(),
            tenant_id: self.tenant_id.clone(),
        }
    }

    fn needs_refresh(&self, now: f64) -> bool {
        let ahead = REFRESH_AHEAD.as_secs_f64().min(self.lifetime / 2.0);
        // A NaN anywhere (no ordering) means "refresh", never "valid".
        now.partial_cmp(&(self.expires_at - ahead)) != Some(std::cmp::Ordering::Less)
    }
}

/// The longest lifetime a token is believed to have: a year.
const LONGEST_LIFETIME: f64 = 365.0 * 86400.0;

/// A stored expiry and lifetime as the session may trust them: anything
/// not finite, negative or beyond a year from now loads as already expired
/// (so the first use refreshes), never as valid.
fn trusted_expiry(expires_at: f64, lifetime: f64, now: f64) -> (f64, f64) {
    let lifetime_ok = lifetime.is_finite() && (0.0..=LONGEST_LIFETIME).contains(&lifetime);
    let expiry_ok =
        expires_at.is_finite() && expires_at >= 0.0 && expires_at <= now + LONGEST_LIFETIME;
    if lifetime_ok && expiry_ok {
        (expires_at, lifetime)
    } else {
        (0.0, 0.0)
    }
}

/// Why a refresh answer is not this session's: it names another user, or
/// another tenant than the one asked for.
fn foreign_answer(old: &Tokens, fresh: &Tokens, tenant_id: Option<&str>) -> Option<&'static str> {
    if let (Some(was), Some(now)) = (&old.user_id, &fresh.user_id)
        && was != now
    {
        return Some("another user");
    }
    let expected_tenant = tenant_id.or(old.tenant_id.as_deref());
    if let (Some(expected), Some(now)) = (expected_tenant, &fresh.tenant_id)
        && expected != now
    {
        return Some("another tenant");
    }
    None
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
    fn refresh_from(&self, seen: u64, tenant_id: Option<&str>) -> Result<(SecretString, u64)> {
        let outcome = self.refresh_locked(seen, tenant_id);
        // Outside the refresh lock: the storage may call back into the session.
        self.persist();
        outcome
    }

    fn refresh_locked(&self, seen: u64, tenant_id: Option<&str>) -> Result<(SecretString, u64)> {
        let live = self.live();
        let _one_at_a_time = live
            .refreshing
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let tokens = self.tokens().ok_or_else(signed_out)?;
        if tenant_id.is_none() && tokens.generation != seen {
            return Ok((tokens.access_token, tokens.generation));
        }
        if tokens.spent {
            return Err(FronteggError::Unauthorized {
                details: crate::error::ApiErrorDetails {
                    status: 401,
                    errors: vec![
                        "the last refresh may have used up the refresh token and it is never sent twice: sign in again"
                            .to_owned(),
                    ],
                    attempts: 0,
                    ..Default::default()
                },
            });
        }
        // From here the token may reach Frontegg.
        self.set_spent(true);
        match self.renew(&tokens.refresh_token, tenant_id) {
            Ok(mut fresh) => {
                if let Some(other) = foreign_answer(&tokens, &fresh, tenant_id) {
                    // Someone else's tokens (a proxy or cookie jar mixing
                    // users up): keep none of them. The refresh token
                    // reached Frontegg, so it stays spent.
                    log::warn!("a session refresh answered tokens of {other}: refused");
                    return Err(FronteggError::invalid_token(
                        RejectionReason::WrongSubject,
                        format!(
                            "the refresh answered tokens of {other}; none was kept and this session cannot be renewed: sign in again"
                        ),
                    ));
                }
                if fresh.user_id.is_none() {
                    fresh.user_id = tokens.user_id.clone();
                }
                fresh.generation = tokens.generation.wrapping_add(1);
                let current = (fresh.access_token.clone(), fresh.generation);
                self.set_tokens(Some(fresh));
                Ok(current)
            }
            Err(error) => {
                match &error {
                    // Frontegg refused the token: the session is over.
                    FronteggError::Unauthorized { .. } => self.set_tokens(None),
                    // Nothing reached Frontegg (no connection), or it
                    // refused the request itself (429, a tenant the user is
                    // not in): the token was not used.
                    FronteggError::Network { .. }
                    | FronteggError::RateLimited { .. }
                    | FronteggError::Forbidden { .. }
                    | FronteggError::NotFound { .. }
                    | FronteggError::Api { .. }
                    | FronteggError::InvalidInput { .. }
                    | FronteggError::Config { .. } => self.set_spent(false),
                    // Too late to tell whether it arrived (timeout, 5xx,
                    // an unreadable answer): it stays spent.
                    _ => {}
                }
                Err(error)
            }
        }
    }

    fn set_spent(&self, spent: bool) {
        if let Some(tokens) = self.live().current().tokens.as_mut() {
            tokens.spent = spent;
        }
    }

    fn renew(&self, refresh_token: &SecretString, tenant_id: Option<&str>) -> Result<Tokens> {
        match self.inner.kind {
            SessionKind::Embedded => {
                let answer = self.inner.client.refresh_tokens(refresh_token, tenant_id)?;
                Tokens::from_answer(
                    answer.access_token,
                    answer.refresh_token,
                    answer.expires_in,
                    answer.user_id,
                )
            }
            SessionKind::Hosted => {
                let answer = hosted::refresh_grant(&self.inner.client, refresh_token, tenant_id)?;
                // Without rotation the grant may answer no new refresh token.
                let refresh = answer.refresh_token.or_else(|| Some(refresh_token.clone()));
                Tokens::from_answer(answer.access_token, refresh, answer.expires_in, None)
            }
        }
    }

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
mod tests {
    use super::*;

    fn tokens() -> Tokens {
        Tokens {
            access_token: "access".into(),
            refresh_token: "refresh".into(),
            expires_at: now_secs() + 600.0,
            lifetime: 600.0,
            user_id: Some("user-1".into()),
            tenant_id: None,
            spent: false,
            generation: 0,
        }
    }

    /// Runs `check` while another thread holds the tokens' lock (or, with
    /// `tokens` false, the refresh lock), as a parent thread would at the
    /// moment of a fork.
    fn while_held(live: &Live, tokens: bool, check: impl FnOnce()) {
        let (locked, release) = (std::sync::Barrier::new(2), std::sync::Barrier::new(2));
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let _held = if tokens {
                    (Some(live.current()), None)
                } else {
                    (None, Some(live.refreshing.lock()))
                };
                locked.wait();
                release.wait();
            });
            locked.wait();
            check();
            release.wait();
        });
    }

    #[test]
    fn a_child_forked_during_a_refresh_never_sends_the_refresh_token() {
        let live = Live::new(Some(tokens()), false);
        while_held(&live, false, || {
            let child = live.inherit();
            let current = child.current();
            assert!(current.tokens.as_ref().is_some_and(|t| t.spent));
        });
    }

    #[test]
    fn a_child_that_cannot_read_the_tokens_writes_nothing_to_the_storage() {
        let live = Live::new(Some(tokens()), true);
        while_held(&live, true, || {
            let child = live.inherit();
            let current = child.current();
            assert!(current.tokens.is_none());
            // Same version as stored: `persist` has nothing to write.
            assert_eq!(
                current.version,
                *child
                    .persisting
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
            );
        });
    }

    #[test]
    fn a_nan_expiry_always_needs_a_refresh() {
        let mut stale = tokens();
        stale.expires_at = f64::NAN;
        assert!(stale.needs_refresh(now_secs()));
        assert_eq!(trusted_expiry(f64::NAN, 600.0, now_secs()), (0.0, 0.0));
        assert_eq!(trusted_expiry(f64::INFINITY, 600.0, now_secs()), (0.0, 0.0));
    }
}
