//! Verification keys: parsed once when they arrive (never per token), held
//! as an immutable [`KeySet`] behind an `Arc`, and refreshed by [`KeyCache`]
//! without ever stalling the verifications that already have their key.

use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use jsonwebtoken::DecodingKey;
use serde::Deserialize;

use crate::client::Client;
use crate::error::{FronteggError, RejectionReason, Result};
use crate::fork::{PerProcess, Slot};
use crate::transport::{Auth, Request};
use ureq::http::Method;

use super::Algorithm;

/// What a key can verify: RSA signatures, or an HMAC secret. Keeping the
/// two apart is what makes algorithm confusion impossible: an RS256 public
/// key is never handed to HMAC, whatever the token's header says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    Rsa,
    Hmac,
}

/// One usable key.
pub(crate) struct Key {
    /// `kid`; a key without one (a PEM key, a secret) matches any token.
    pub kid: Option<String>,
    pub family: Family,
    /// The one algorithm a JWK pins with its `alg`, if any.
    pub alg: Option<Algorithm>,
    pub decoding: DecodingKey,
}

/// The keys in use at one moment.
#[derive(Default)]
pub(crate) struct KeySet {
    pub keys: Vec<Key>,
}

impl KeySet {
    /// The key for a token's `kid` and algorithm. A token without `kid` is
    /// matched only when exactly one key of its family could sign it, so
    /// that a missing `kid` never means "try every key".
    pub fn find(&self, kid: Option<&str>, alg: Algorithm) -> Option<&Key> {
        let fits = |key: &&Key| key.family == alg.family() && key.alg.is_none_or(|a| a == alg);
        match kid {
            Some(kid) => self
                .keys
                .iter()
                .filter(fits)
                .find(|key| key.kid.as_deref().is_none_or(|k| k == kid)),
            None => {
                let mut candidates = self.keys.iter().filter(fits);
                let first = candidates.next();
                if candidates.next().is_some() {
                    None
                } else {
                    first
                }
            }
        }
    }

    pub fn from_pem(pem: &str) -> Result<Self> {
        Ok(Self {
            keys: vec![Key {
                kid: None,
                family: Family::Rsa,
                alg: None,
                decoding: rsa_from_pem(pem)?,
            }],
        })
    }

    pub fn from_secret(secret: &[u8]) -> Self {
        Self {
            keys: vec![Key {
                kid: None,
                family: Family::Hmac,
                alg: None,
                decoding: DecodingKey::from_secret(secret),
            }],
        }
    }

    /// Reads a JWKS document. Keys that cannot verify signatures (another
    /// `kty`, `use: enc`, an unknown `alg`, bad numbers) are skipped; a
    /// document with no usable key at all is an error.
    pub fn from_jwks(text: &str) -> Result<Self> {
        let value = serde_json::from_str(text)
            .map_err(|e| FronteggError::config(format!("the JWKS is not JSON: {e}")))?;
        Self::from_jwks_value(value)
    }

    /// Like [`KeySet::from_jwks`], from parsed JSON.
    pub fn from_jwks_value(value: serde_json::Value) -> Result<Self> {
        #[derive(Deserialize)]
        struct Jwks {
            keys: Vec<serde_json::Value>,
        }
        #[derive(Deserialize)]
        struct Jwk {
            kty: String,
            kid: Option<String>,
            #[serde(rename = "use")]
            usage: Option<String>,
            alg: Option<String>,
            n: Option<String>,
            e: Option<String>,
        }
        let jwks: Jwks = serde_json::from_value(value).map_err(|e| {
            FronteggError::config(format!(
                "the JWKS is not a key set ({{\"keys\": [...]}}): {e}"
            ))
        })?;
        let mut keys = Vec::new();
        for value in jwks.keys {
            let Ok(jwk) = serde_json::from_value::<Jwk>(value) else {
                continue;
            };
            if jwk.kty != "RSA" || jwk.usage.as_deref().is_some_and(|u| u != "sig") {
                continue;
            }
            let alg = match jwk.alg.as_deref().map(Algorithm::parse) {
                None => None,
                Some(Ok(alg)) if alg.family() == Family::Rsa => Some(alg),
                Some(_) => continue,
            };
            let (Some(n), Some(e)) = (jwk.n, jwk.e) else {
                continue;
            };
            let Ok(decoding) = DecodingKey::from_rsa_components(&n, &e) else {
                continue;
            };
            keys.push(Key {
                kid: jwk.kid,
                family: Family::Rsa,
                alg,
                decoding,
            });
        }
        if keys.is_empty() {
            return Err(FronteggError::config(
                "the JWKS holds no RSA signing key (kty RSA with n and e)",
            ));
        }
        Ok(Self { keys })
    }
}

/// Parses an RSA public key: PEM (`PUBLIC KEY` or `RSA PUBLIC KEY`), or the
/// bare base64 body Frontegg's portal shows.
pub(crate) fn rsa_from_pem(pem: &str) -> Result<DecodingKey> {
    let pem = pem.trim();
    let wrapped;
    let pem = if pem.starts_with("-----BEGIN") {
        pem
    } else {
        wrapped = format!("-----BEGIN PUBLIC KEY-----\n{pem}\n-----END PUBLIC KEY-----\n");
        &wrapped
    };
    DecodingKey::from_rsa_pem(pem.as_bytes())
        .map_err(|e| FronteggError::config(format!("the public key is not an RSA PEM key: {e}")))
}

/// Where fetched keys come from.
pub(crate) enum Remote {
    /// A JWKS document at a URL (no credential).
    Jwks { client: Client, path: String },
    /// The environment's configuration, with the vendor token: its
    /// `publicKey`, and its `jwtSecret` when the environment signs HS256.
    Environment { client: Client },
}

impl Remote {
    fn fetch(&self) -> Result<KeySet> {
        match self {
            Remote::Jwks { client, path } => {
                let request = Request::to_path(Method::GET, path, Auth::None)?;
                KeySet::from_jwks_value(client.execute_json(request)?.0)
            }
            Remote::Environment { client } => {
                let config = client.core_settings().get_vendor_config()?;
                let mut set = KeySet::from_pem(&config.public_key)?;
                if !config.jwt_secret.is_empty() {
                    set.keys
                        .extend(KeySet::from_secret(config.jwt_secret.expose().as_bytes()).keys);
                }
                Ok(set)
            }
        }
    }
}

#[derive(Clone, Default)]
struct State {
    keys: Arc<KeySet>,
    /// When the keys were last loaded; `None` before the first success.
    loaded_at: Option<Instant>,
    /// No fetch starts before this: set after a failed fetch and after a
    /// refetch caused by an unknown `kid`, one cool-down ahead.
    quiet_until: Option<Instant>,
    /// Why the last fetch failed, for the `keys_unavailable` detail.
    last_error: Option<String>,
}

/// Keys fetched from a [`Remote`], cached for `ttl`.
///
/// - A token whose `kid` is unknown causes at most one refetch per
///   `cooldown`: forged `kid`s cannot make us hammer Frontegg.
/// - A failed fetch keeps the last good keys in use.
/// - One fetch at a time. Threads whose key is cached never wait for it;
///   those that need the fetch's result wait at most for that fetch, which
///   the fetch client's deadline bounds.
pub(crate) struct KeyCache {
    remote: Remote,
    ttl: Duration,
    cooldown: Duration,
    locks: PerProcess<Locks>,
}

/// The cache's state and its fetch lock, one pair per process: a child
/// forked during a fetch starts with the keys (when they could be read
/// without waiting) and no fetch in flight.
#[derive(Default)]
struct Locks {
    state: RwLock<State>,
    fetching: Mutex<()>,
}

impl Locks {
    fn inherit(&self) -> Self {
        Self {
            state: RwLock::new(self.state.try_read().map(|s| s.clone()).unwrap_or_default()),
            fetching: Mutex::new(()),
        }
    }
}

/// Why a refresh is wanted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// The keys are older than the TTL (or were never loaded).
    Stale,
    /// A token named a `kid` that the keys lack.
    UnknownKid,
}

impl KeyCache {
    pub fn new(remote: Remote, ttl: Duration, cooldown: Duration) -> Self {
        Self {
            remote,
            ttl,
            cooldown,
            locks: PerProcess::default(),
        }
    }

    fn locks(&self) -> Arc<Slot<Locks>> {
        self.locks.get(Locks::inherit)
    }

    fn read<T>(&self, f: impl FnOnce(&State) -> T) -> T {
        f(&self
            .locks()
            .state
            .read()
            .unwrap_or_else(PoisonError::into_inner))
    }

    fn write<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self
            .locks()
            .state
            .write()
            .unwrap_or_else(PoisonError::into_inner))
    }

    /// The keys to verify a token with `kid` and `alg`, refreshed when
    /// stale and refetched (within the cool-down) when `kid` is unknown.
    pub fn keys_for(&self, kid: Option<&str>, alg: Algorithm) -> Result<Arc<KeySet>> {
        let (keys, stale) = self.read(|s| {
            let stale = s.loaded_at.is_none_or(|at| at.elapsed() >= self.ttl);
            (Arc::clone(&s.keys), stale)
        });
        let keys = if stale {
            // With keys in hand, a stale set is refreshed by whoever gets
            // the fetch lock first; the others go on with what they have.
            self.refresh(Need::Stale, !keys.keys.is_empty());
            self.read(|s| Arc::clone(&s.keys))
        } else {
            keys
        };
        if keys.find(kid, alg).is_some() {
            return Ok(keys);
        }
        if keys.keys.is_empty() {
            return Err(self.unavailable());
        }
        if kid.is_some() {
            self.refresh(Need::UnknownKid, false);
            let keys = self.read(|s| Arc::clone(&s.keys));
            if keys.find(kid, alg).is_some() {
                return Ok(keys);
            }
        }
        Err(FronteggError::invalid_token(
            RejectionReason::UnknownKey,
            match kid {
                Some(kid) => format!("no key has kid {}", crate::redact::shown(kid)),
                None => "the token has no kid and no single key fits it".to_owned(),
            },
        ))
    }

    fn unavailable(&self) -> FronteggError {
        let why = self
            .read(|s| s.last_error.clone())
            .unwrap_or_else(|| "the keys could not be fetched yet".to_owned());
        FronteggError::invalid_token(
            RejectionReason::KeysUnavailable,
            format!("no verification keys: {why}"),
        )
    }

    /// Fetches the keys unless the cool-down forbids it. With
    /// `skip_if_busy`, returns at once when another thread is fetching.
    fn refresh(&self, need: Need, skip_if_busy: bool) {
        let seen_loaded_at = self.read(|s| s.loaded_at);
        let locks = self.locks();
        let _guard = if skip_if_busy {
            match locks.fetching.try_lock() {
                Ok(guard) => guard,
                Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) => return,
            }
        } else {
            locks
                .fetching
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        };
        let now = Instant::now();
        let skip = self.read(|s| {
            // Someone loaded the keys while we waited for the lock.
            s.loaded_at != seen_loaded_at
                || s.quiet_until.is_some_and(|until| now < until)
                || (need == Need::Stale && s.loaded_at.is_some_and(|at| at.elapsed() < self.ttl))
        });
        if skip {
            return;
        }
        let fetched = self.remote.fetch();
        let done = Instant::now();
        self.write(|s| match fetched {
            Ok(keys) => {
                log::debug!(target: "frontegg_identity", "verification keys loaded: {} key(s)", keys.keys.len());
                s.keys = Arc::new(keys);
                s.loaded_at = Some(done);
                s.last_error = None;
                if need == Need::UnknownKid {
                    s.quiet_until = Some(done + self.cooldown);
                }
            }
            Err(error) => {
                log::warn!(target: "frontegg_identity", "verification keys not refreshed: {error}");
                s.last_error = Some(error.to_string());
                s.quiet_until = Some(done + self.cooldown);
            }
        });
    }
}
