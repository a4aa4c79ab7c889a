//! The async twins for Kotlin (`suspend fun`) and Swift (`async throws`):
//! each holds its blocking object and the worker pool its calls run on.
//! The methods are generated: operations in `generated_async.rs`, flows in
//! `flows_async.rs`; here are the objects, the outcomes that carry them and
//! the few methods the flow table does not list.
//!
//! Everything an async object hands out (sessions, scoped clients,
//! verifiers) shares its pool, so one `max_workers` bounds the threads of a
//! client and all that came from it.

use std::sync::Arc;

use frontegg_identity::{FronteggError, JsonValue, RawRequest, WorkerPool};

use crate::FronteggClient;
use crate::session::{HostedLogin, MfaRequired, Session, SignInOutcome, SignUpOutcome};
use crate::verify::TokenVerifier;

/// A Frontegg API client whose calls are Kotlin `suspend` / Swift `async`
/// methods, safe to call from the main thread: the blocking call runs on a
/// pool of at most `max_workers` threads that start on demand and end when
/// idle. Cancelling the caller returns at once; the abandoned call's answer
/// is dropped.
#[derive(uniffi::Object)]
pub struct AsyncFronteggClient {
    pub(crate) blocking: Arc<FronteggClient>,
    pub(crate) pool: WorkerPool,
}

/// A signed-in user's session with `suspend` / `async` methods (see
/// `Session`).
#[derive(uniffi::Object)]
pub struct AsyncSession {
    pub(crate) blocking: Arc<Session>,
    pub(crate) pool: WorkerPool,
}

/// A sign-in waiting for its second factor, with `suspend` / `async`
/// methods (see `MfaRequired`).
#[derive(uniffi::Object)]
pub struct AsyncMfaRequired {
    pub(crate) blocking: Arc<MfaRequired>,
    pub(crate) pool: WorkerPool,
}

/// Hosted login (OAuth 2.0 + PKCE) with `suspend` / `async` methods (see
/// `HostedLogin`).
#[derive(uniffi::Object)]
pub struct AsyncHostedLogin {
    pub(crate) blocking: Arc<HostedLogin>,
    pub(crate) pool: WorkerPool,
}

/// A token verifier with `suspend` / `async` methods (see
/// `TokenVerifier`): `verify` suspends only while keys are fetched.
#[derive(uniffi::Object)]
pub struct AsyncTokenVerifier {
    pub(crate) blocking: Arc<TokenVerifier>,
    pub(crate) pool: WorkerPool,
}

/// How an async sign-in step ended.
#[derive(uniffi::Enum)]
pub enum AsyncSignInOutcome {
    Session { session: Arc<AsyncSession> },
    MfaRequired { challenge: Arc<AsyncMfaRequired> },
}

/// How an async sign-up ended.
#[derive(uniffi::Enum)]
pub enum AsyncSignUpOutcome {
    Session {
        session: Arc<AsyncSession>,
    },
    /// The user must confirm their email; then `activate` signs them in.
    ActivationRequired {
        user_id: Option<String>,
        tenant_id: Option<String>,
    },
}

/// A blocking object's answer as its async twin, sharing `pool`.
pub(crate) trait IntoAsync {
    type Async;
    fn into_async(self, pool: &WorkerPool) -> Self::Async;
}

macro_rules! twin {
    ($blocking:ty => $twin:ident) => {
        impl IntoAsync for Arc<$blocking> {
            type Async = Arc<$twin>;
            fn into_async(self, pool: &WorkerPool) -> Arc<$twin> {
                Arc::new($twin {
                    blocking: self,
                    pool: pool.clone(),
                })
            }
        }
    };
}

twin!(FronteggClient => AsyncFronteggClient);
twin!(Session => AsyncSession);
twin!(MfaRequired => AsyncMfaRequired);
twin!(HostedLogin => AsyncHostedLogin);
twin!(TokenVerifier => AsyncTokenVerifier);

impl<T: IntoAsync> IntoAsync for Option<T> {
    type Async = Option<T::Async>;
    fn into_async(self, pool: &WorkerPool) -> Self::Async {
        self.map(|inner| inner.into_async(pool))
    }
}

impl IntoAsync for SignInOutcome {
    type Async = AsyncSignInOutcome;
    fn into_async(self, pool: &WorkerPool) -> AsyncSignInOutcome {
        match self {
            Self::Session { session } => AsyncSignInOutcome::Session {
                session: session.into_async(pool),
            },
            Self::MfaRequired { challenge } => AsyncSignInOutcome::MfaRequired {
                challenge: challenge.into_async(pool),
            },
        }
    }
}

impl IntoAsync for SignUpOutcome {
    type Async = AsyncSignUpOutcome;
    fn into_async(self, pool: &WorkerPool) -> AsyncSignUpOutcome {
        match self {
            Self::Session { session } => AsyncSignUpOutcome::Session {
                session: session.into_async(pool),
            },
            Self::ActivationRequired { user_id, tenant_id } => {
                AsyncSignUpOutcome::ActivationRequired { user_id, tenant_id }
            }
        }
    }
}

#[uniffi::export]
impl AsyncFronteggClient {
    /// Calls any Frontegg endpoint (`/oauth/token`, …) through the same
    /// transport as every operation; the answer is its JSON text (`null`
    /// when empty).
    pub async fn request(&self, request: RawRequest) -> Result<JsonValue, FronteggError> {
        let blocking = Arc::clone(&self.blocking);
        self.pool.run(move || blocking.request(request)).await
    }

    /// The blocking client behind this one: same connections, same
    /// vendor token.
    pub fn blocking(&self) -> Arc<FronteggClient> {
        Arc::clone(&self.blocking)
    }

    /// The most calls this client (and all it handed out) runs at once.
    pub fn max_workers(&self) -> u32 {
        self.pool.max_workers()
    }
}

#[uniffi::export]
impl AsyncSession {
    /// Any endpoint as this user; a 401 refreshes once and retries once.
    pub async fn request(&self, request: RawRequest) -> Result<JsonValue, FronteggError> {
        let blocking = Arc::clone(&self.blocking);
        self.pool.run(move || blocking.request(request)).await
    }

    /// A client whose user operations send the current access token.
    pub async fn client(&self) -> Result<Arc<AsyncFronteggClient>, FronteggError> {
        let blocking = Arc::clone(&self.blocking);
        self.pool
            .run(move || blocking.client())
            .await
            .map(|client| client.into_async(&self.pool))
    }

    /// The blocking session behind this one (same tokens, same storage).
    pub fn blocking(&self) -> Arc<Session> {
        Arc::clone(&self.blocking)
    }
}
