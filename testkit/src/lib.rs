//! `frontegg-emulator`: a stateful local Frontegg for test suites.
//!
//! It serves the identity routes the SDK's flows use (vendor
//! authentication, sign-up, password and passwordless login, MFA, refresh
//! with rotation, logout, hosted login with PKCE, API tokens) and the
//! management routes for users, tenants, roles and permissions, in
//! Frontegg's shapes. Anything else answers 501 `not emulated: METHOD PATH`.
//! Test controls (faults, the request log, the outbox, minted tokens, key
//! rotation, reset) are methods here and HTTP routes under `/_emulator/`.
//!
//! ```
//! use frontegg_identity_testkit::{Emulator, EmulatorConfig, Seed};
//!
//! let seed = Seed::from_json(r#"{
//!     "tenants": [{"id": "acme", "name": "Acme"}],
//!     "users": [{"email": "jane@acme.test", "password": "Secret-1", "tenant_id": "acme"}]
//! }"#)?;
//! let emulator = Emulator::start(EmulatorConfig { seed, ..EmulatorConfig::default() })?;
//! // Point a client at emulator.url() with emulator.client_id() and
//! // emulator.secret(); verify tokens against emulator.jwks_url().
//! let token = emulator.issue_token("jane@acme.test", serde_json::Map::new())?;
//! assert_eq!(token.split('.').count(), 3);
//! # Ok::<(), frontegg_identity_testkit::EmulatorError>(())
//! ```
//!
//! Its tokens carry the emulator's own URL as `iss` and are signed with a
//! key made at each start (unless the seed pins one), so a production
//! verifier never accepts them.

#![deny(missing_docs)]

mod call;
mod clock;
mod controls;
mod error;
mod keys;
mod matrix;
mod reply;
mod routes;
mod seed;
mod server;
mod sessions;
mod totp;
mod world;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::sync::Arc;

use serde_json::{Map, Value, json};

pub use controls::{Fault, LoggedRequest};
pub use error::EmulatorError;
pub use matrix::{operations_in_specs, support_matrix};
pub use routes::emulated_operations;
pub use seed::{
    ApiTokenSeed, ApplicationSeed, EnvironmentSeed, GroupSeed, MfaSeed, PermissionSeed, RoleSeed,
    Seed, SettingsSeed, TenantSeed, UserSeed,
};
pub use world::Message;

use call::Call;
use keys::{KeyRing, SigningKey};
use reply::Body;
use routes::State;
use server::{Server, Shared};
use world::World;

/// How to start an emulator.
#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    /// What it starts with and resets to.
    pub seed: Seed,
    /// Address to bind (default 127.0.0.1: only this machine reaches it).
    pub host: IpAddr,
    /// Port (default 0: a free one, read it from [`Emulator::url`]).
    pub port: u16,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            seed: Seed::default(),
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
        }
    }
}

/// A running emulator; it stops when dropped.
pub struct Emulator {
    shared: Arc<Shared>,
    url: String,
    client_id: String,
    secret: String,
    issuer: String,
    // Dropped last: the server stops after the handles above are gone.
    _server: Server,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The secret is a test credential, but still not for logs.
        f.debug_struct("Emulator")
            .field("url", &self.url)
            .field("client_id", &self.client_id)
            .field("issuer", &self.issuer)
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// Checks the seed, binds `host:port`, makes or loads the signing key
    /// and starts serving on a runtime of its own.
    pub fn start(config: EmulatorConfig) -> Result<Self, EmulatorError> {
        config.seed.check()?;
        let addr = SocketAddr::new(config.host, config.port);
        let listener = TcpListener::bind(addr)
            .map_err(|e| EmulatorError::new(format!("cannot listen on {addr}: {e}")))?;
        let bound = listener
            .local_addr()
            .map_err(|e| EmulatorError::new(format!("cannot read the bound address: {e}")))?;
        let url = match bound.ip() {
            IpAddr::V6(ip) => format!("http://[{ip}]:{}", bound.port()),
            IpAddr::V4(ip) => format!("http://{ip}:{}", bound.port()),
        };
        let keys = match &config.seed.environment.signing_key {
            Some(pem) => KeyRing::new(SigningKey::from_pem("emulator-key-1".into(), pem)?),
            None => KeyRing::generating("emulator-key-1".into())?,
        };
        let world = World::from_seed(&config.seed, &url, keys);
        let (client_id, secret, issuer) = (
            world.env.client_id.clone(),
            world.env.secret.clone(),
            world.env.issuer.clone(),
        );
        let shared = Arc::new(Shared::new(State {
            world,
            controls: Default::default(),
            seed: config.seed,
            url: url.clone(),
        })?);
        let server = Server::start(listener, shared.clone())?;
        Ok(Self {
            shared,
            url,
            client_id,
            secret,
            issuer,
            _server: server,
        })
    }

    /// The base URL to give the SDK (`http://127.0.0.1:PORT`).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The environment's client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// The environment's API key, for vendor authentication.
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// The `iss` of its tokens (its URL unless the seed sets another).
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// Where its public keys are.
    pub fn jwks_url(&self) -> String {
        format!("{}/.well-known/jwks.json", self.url)
    }

    /// Runs a control command in process, exactly as its HTTP route would.
    fn control(&self, method: &str, path: &str, body: Value) -> Result<Value, EmulatorError> {
        let mut call = Call {
            method: method.into(),
            path: path.into(),
            params: Default::default(),
            query: Vec::new(),
            headers: Default::default(),
            body: body.to_string().into_bytes(),
        };
        let (reply, _) = self.shared.dispatch(&mut call);
        let value = match reply.body {
            Body::Json(v) => v,
            _ => Value::Null,
        };
        if reply.status >= 400 {
            let text = value
                .get("errors")
                .and_then(|e| e.get(0))
                .and_then(Value::as_str)
                .unwrap_or("refused");
            return Err(EmulatorError::new(text));
        }
        Ok(value)
    }

    /// A signed access token for a seeded user (email or id), with `claims`
    /// added or overridden (`null` removes one).
    pub fn issue_token(
        &self,
        user: &str,
        claims: Map<String, Value>,
    ) -> Result<String, EmulatorError> {
        self.mint(json!({"user": user, "claims": claims}))
    }

    /// A token as `POST /_emulator/tokens` makes it: `user`, `tenant_id`,
    /// `claims`, `lifetime` (seconds, negative for an expired token) and
    /// `signing_key` (`current`, a `kid`, or `untrusted`).
    pub fn mint(&self, request: Value) -> Result<String, EmulatorError> {
        let answer = self.control("POST", "/_emulator/tokens", request)?;
        answer
            .get("token")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| EmulatorError::new("no token in the answer"))
    }

    /// Every message sent so far (activation, reset, magic links, codes).
    pub fn outbox(&self) -> Vec<Message> {
        self.shared.lock().world.outbox.clone()
    }

    /// Queues a fault for the next calls of a route.
    pub fn fail_next(&self, fault: Fault) -> Result<(), EmulatorError> {
        if let Some(problem) = fault.problem() {
            return Err(EmulatorError::new(problem));
        }
        self.shared.lock().controls.add_fault(fault);
        Ok(())
    }

    /// The request log (secrets redacted), oldest first.
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.shared.lock().controls.log.iter().cloned().collect()
    }

    /// How many calls each route got (`"POST /identity/resources/auth/v1/user"`).
    pub fn request_counts(&self) -> std::collections::BTreeMap<String, u64> {
        self.shared.lock().controls.counts.clone()
    }

    /// Back to the seed: entities, tokens, outbox, faults and log. The
    /// signing keys stay.
    pub fn reset(&self) -> Result<(), EmulatorError> {
        self.control("POST", "/_emulator/reset", json!({}))
            .map(drop)
    }

    /// Makes a new signing key current; the old one stays published.
    pub fn rotate_signing_key(&self) -> Result<String, EmulatorError> {
        let answer = self.control("POST", "/_emulator/keys/rotate", json!({}))?;
        answer
            .get("kid")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| EmulatorError::new("no kid in the answer"))
    }

    /// The current authenticator-app code of a seeded user.
    pub fn totp_code(&self, email: &str) -> Result<String, EmulatorError> {
        let path = format!("/_emulator/totp/{email}");
        let answer = self.control("GET", &path, json!({}))?;
        answer
            .get("code")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| EmulatorError::new("no code in the answer"))
    }
}
