//! Offline verification of Frontegg tokens: [`TokenVerifier`] checks a
//! JWT's signature against cached keys and its claims against the
//! configured rules, and answers with typed [`Claims`] or a
//! [`FronteggError::InvalidToken`] whose [`RejectionReason`] says why.
//! [`TokenVerifier::authenticate`] does the same for a whole HTTP request
//! and says which status to answer.
//!
//! Order of the checks, each failing with its own reason: syntax and size,
//! algorithm allow-list, key lookup, signature, then claims (types, `type`,
//! `tenantId`, `iss`, `aud`, `exp`, `nbf`/`iat`). Nothing about a token is
//! believed before its signature holds.

mod algorithm;
mod authenticate;
mod claims;
mod keys;
mod rules;
mod token;

use std::sync::Arc;
use std::time::Duration;

use url::Url;

use crate::client::Client;
use crate::config::ClientConfig;
use crate::error::{FronteggError, RejectionReason, Result};
use crate::redact::{carries_credentials, shown, shown_url};

pub use algorithm::Algorithm;
pub use authenticate::AccessRequirements;
pub use claims::{Actor, Claims, STEP_UP_ACR, STEP_UP_METHODS, TokenType};
pub use token::MAX_TOKEN_BYTES;

pub(crate) use claims::now_secs;
pub(crate) use token::unverified_claims;

use keys::{Family, KeyCache, KeySet, Remote};
use rules::Rules;

// `TokenVerifierOptions`, its `DEFAULT_*` constants, from codegen/flows.toml.
include!("../options/token_verifier_options.rs");

/// Renamed [`DEFAULT_LEEWAY`] (a `Duration`).
#[deprecated(since = "0.2.0", note = "use `DEFAULT_LEEWAY`, a `Duration`")]
pub const DEFAULT_LEEWAY_MS: u64 = DEFAULT_LEEWAY.as_millis() as u64;
/// Renamed [`DEFAULT_KEYS_TTL`] (a `Duration`).
#[deprecated(since = "0.2.0", note = "use `DEFAULT_KEYS_TTL`, a `Duration`")]
pub const DEFAULT_KEYS_TTL_MS: u64 = DEFAULT_KEYS_TTL.as_millis() as u64;
/// Renamed [`DEFAULT_REFETCH_COOLDOWN`] (a `Duration`).
#[deprecated(since = "0.2.0", note = "use `DEFAULT_REFETCH_COOLDOWN`, a `Duration`")]
pub const DEFAULT_REFETCH_COOLDOWN_MS: u64 = DEFAULT_REFETCH_COOLDOWN.as_millis() as u64;
/// Renamed [`DEFAULT_FETCH_TIMEOUT`] (a `Duration`).
#[deprecated(since = "0.2.0", note = "use `DEFAULT_FETCH_TIMEOUT`, a `Duration`")]
pub const DEFAULT_FETCH_TIMEOUT_MS: u64 = DEFAULT_FETCH_TIMEOUT.as_millis() as u64;

impl TokenVerifierOptions {
    /// Options for tokens of `issuer`, every other field at its default.
    pub fn new(issuer: impl Into<String>) -> Self {
        Self {
            issuer: issuer.into(),
            public_key_pem: None,
            jwks_url: None,
            jwks: None,
            secret: None,
            audience: Vec::new(),
            algorithms: Vec::new(),
            token_types: Vec::new(),
            leeway: None,
            keys_ttl: None,
            refetch_cooldown: None,
            fetch_timeout: None,
        }
    }
}

enum Keys {
    /// Given once (PEM, inline JWKS, secret): never fetched.
    Fixed(Arc<KeySet>),
    Fetched(Box<KeyCache>),
}

struct Inner {
    rules: Rules,
    keys: Keys,
    /// HMAC keys given as `secret`, kept apart from the RSA keys (which
    /// may be fetched).
    secret: Option<KeySet>,
    /// For revocation checks of access tokens, when built from a client.
    client: Option<Client>,
    revocations: authenticate::RevocationCache,
}

/// Verifies Frontegg JWTs. Thread-safe and cheap to clone; clones share the
/// key cache. Build it once and keep it. Fork-safe: a child forked during a
/// key fetch starts with the keys the parent had and no fetch in flight.
///
/// ```
/// use frontegg_identity::{TokenVerifier, TokenVerifierOptions};
/// # // A token signed with the test key, and that key's JWKS: fully offline.
/// # let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs();
/// # let claims = serde_json::json!({"sub": "u-1", "iss": "https://app-x.frontegg.com",
/// #     "aud": "client-id", "type": "userToken", "tenantId": "t-1", "exp": now + 600, "iat": now,
/// #     "permissions": ["fe.secure.read.users"]});
/// # let key = jsonwebtoken::EncodingKey::from_rsa_pem(include_bytes!("../../tests/fixtures/jwt-key-1.pem"))?;
/// # let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
/// # header.kid = Some("key-1".into());
/// # let token = jsonwebtoken::encode(&header, &claims, &key)?;
/// # let jwks = include_str!("../../tests/fixtures/jwks-1.json");
///
/// let verifier = TokenVerifier::new(TokenVerifierOptions {
///     audience: vec!["client-id".into()],
/// #   jwks: Some(jwks.into()),
///     ..TokenVerifierOptions::new("https://app-x.frontegg.com")
/// })?;
/// let claims = verifier.verify(&token)?;
/// if claims.has_permissions(&["fe.secure.*"], true) {
///     println!("{} may manage security", claims.sub);
/// }
/// # assert_eq!(claims.sub, "u-1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct TokenVerifier {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for TokenVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenVerifier")
            .field("issuer", &self.inner.rules.issuer)
            .field("audience", &self.inner.rules.audience)
            .field("algorithms", &self.inner.rules.algorithms)
            .finish_non_exhaustive()
    }
}

/// An option's duration, its default when `None`; at most a day.
fn duration(name: &str, given: Option<Duration>, default: Duration) -> Result<Duration> {
    let duration = given.unwrap_or(default);
    if duration > crate::config::MAX_DURATION {
        return Err(FronteggError::config(format!(
            "{name} is longer than one day"
        )));
    }
    Ok(duration)
}

impl TokenVerifier {
    /// Checks `options` and builds a verifier. Static keys (PEM, inline
    /// JWKS) are parsed now, so a bad key is a
    /// [`FronteggError::Config`] here, not at the first token; fetched keys
    /// are loaded at the first verification.
    pub fn new(options: TokenVerifierOptions) -> Result<Self> {
        Self::build(options, None)
    }

    pub(crate) fn build(options: TokenVerifierOptions, client: Option<Client>) -> Result<Self> {
        let issuer = options.issuer.trim().trim_end_matches('/').to_owned();
        if issuer.is_empty() {
            return Err(FronteggError::config(
                "issuer is required: the environment domain, https://app-xxx.frontegg.com",
            ));
        }
        // An issuer is an https URL without user info, query or fragment
        // (OpenID Connect Discovery §2); one that has them is a pasted
        // credential more likely than an issuer.
        if Url::parse(&issuer).is_ok_and(|url| carries_credentials(&url)) {
            return Err(FronteggError::config(format!(
                "issuer {} must not carry user info, a query or a fragment",
                shown_url(&issuer)
            )));
        }
        let sources = [
            options.public_key_pem.is_some(),
            options.jwks_url.is_some(),
            options.jwks.is_some(),
        ];
        if sources.iter().filter(|given| **given).count() > 1 {
            return Err(FronteggError::config(
                "give one key source: public_key_pem, jwks_url or jwks",
            ));
        }
        let leeway = duration("leeway", options.leeway, DEFAULT_LEEWAY)?.as_secs_f64();
        let ttl = duration("keys_ttl", options.keys_ttl, DEFAULT_KEYS_TTL)?;
        let cooldown = duration(
            "refetch_cooldown",
            options.refetch_cooldown,
            DEFAULT_REFETCH_COOLDOWN,
        )?;
        let fetch_timeout = duration(
            "fetch_timeout",
            options.fetch_timeout,
            DEFAULT_FETCH_TIMEOUT,
        )?;
        let secret = match &options.secret {
            Some(secret) if secret.is_empty() => {
                return Err(FronteggError::config("secret is empty"));
            }
            Some(secret) => Some(KeySet::from_secret(secret.expose().as_bytes())),
            None => None,
        };
        let only_secret = secret.is_some() && !sources.contains(&true) && client.is_none();
        let algorithms = if !options.algorithms.is_empty() {
            options.algorithms.clone()
        } else if only_secret {
            vec![Algorithm::Hs256]
        } else {
            vec![Algorithm::Rs256]
        };
        let wants_hmac = algorithms.contains(&Algorithm::Hs256);
        if wants_hmac && secret.is_none() && client.is_none() {
            return Err(FronteggError::config(
                "HS256 is accepted only with a secret: set secret (the environment's jwtSecret)",
            ));
        }
        let keys = if let Some(pem) = &options.public_key_pem {
            Keys::Fixed(Arc::new(KeySet::from_pem(pem)?))
        } else if let Some(jwks) = &options.jwks {
            Keys::Fixed(Arc::new(KeySet::from_jwks(jwks)?))
        } else if only_secret
            || (secret.is_some() && !algorithms.iter().any(|a| a.family() == Family::Rsa))
        {
            Keys::Fixed(Arc::new(KeySet::default()))
        } else {
            let remote = match (&options.jwks_url, &client) {
                (None, Some(client)) => Remote::Environment {
                    client: client.clone(),
                },
                (url, _) => {
                    let url = url
                        .clone()
                        .unwrap_or_else(|| format!("{issuer}/.well-known/jwks.json"));
                    jwks_remote(&url, fetch_timeout)?
                }
            };
            Keys::Fetched(Box::new(KeyCache::new(remote, ttl, cooldown)))
        };
        Ok(Self {
            inner: Arc::new(Inner {
                rules: Rules {
                    issuer,
                    audience: options.audience.clone(),
                    algorithms,
                    token_types: options.token_types.clone(),
                    leeway,
                },
                keys,
                secret,
                client,
                revocations: authenticate::RevocationCache::default(),
            }),
        })
    }

    /// Verifies `token`: its signature, then its claims. Blocks only when
    /// keys must be fetched (bounded by `fetch_timeout`).
    pub fn verify(&self, token: &str) -> Result<Claims> {
        let payload = self.signed_payload(token)?;
        let claims = Claims::from_payload(&payload)?;
        self.inner.rules.check(&claims, claims::now_secs())?;
        Ok(claims)
    }

    /// The payload of `token` once its algorithm is allowed and its
    /// signature holds; no claim is checked yet.
    fn signed_payload(&self, token: &str) -> Result<Vec<u8>> {
        let parsed = token::parse(token)?;
        let rules = &self.inner.rules;
        let alg = Algorithm::parse(&parsed.alg)
            .ok()
            .filter(|alg| rules.algorithms.contains(alg))
            .ok_or_else(|| {
                FronteggError::invalid_token(
                    RejectionReason::UnsupportedAlgorithm,
                    format!(
                        "alg {:?} is not accepted (accepted: {})",
                        parsed.alg.chars().take(32).collect::<String>(),
                        rules
                            .algorithms
                            .iter()
                            .map(|a| a.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?;
        let kid = parsed.kid.as_deref();
        let fetched;
        let keys: &KeySet = match (alg.family(), &self.inner.secret, &self.inner.keys) {
            (Family::Hmac, Some(secret), _) => secret,
            (_, _, Keys::Fixed(keys)) => keys,
            (_, _, Keys::Fetched(cache)) => {
                fetched = cache.keys_for(kid, alg)?;
                &fetched
            }
        };
        let key = keys.find(kid, alg).ok_or_else(|| match kid {
            Some(kid) => FronteggError::invalid_token(
                RejectionReason::UnknownKey,
                format!("no key has kid {}", shown(kid)),
            ),
            None => FronteggError::invalid_token(
                RejectionReason::UnsupportedAlgorithm,
                format!("no key can verify {}", alg.as_str()),
            ),
        })?;
        let valid = jsonwebtoken::crypto::verify(
            parsed.signature,
            parsed.signing_input.as_bytes(),
            &key.decoding,
            alg.jsonwebtoken(),
        )
        .map_err(|error| match error.kind() {
            jsonwebtoken::errors::ErrorKind::Base64(_) => FronteggError::invalid_token(
                RejectionReason::Malformed,
                "the signature segment is not base64url",
            ),
            _ => FronteggError::invalid_token(
                RejectionReason::BadSignature,
                "the signature could not be checked with the key",
            ),
        })?;
        if !valid {
            return Err(FronteggError::invalid_token(
                RejectionReason::BadSignature,
                "the signature does not match the token",
            ));
        }
        Ok(parsed.payload)
    }

    /// Verifies an OpenID Connect ID token as Core 1.0 §3.1.3.7 asks: the
    /// signature against this verifier's keys, then the registered claims
    /// as for every token (`iss` is the issuer, `aud` names a configured
    /// audience — hosted login configures its client id —, `exp` within
    /// the leeway), then `nonce` equal to the one the login sent. Frontegg's
    /// own claims (`type`, `tenantId`) are not asked of an ID token.
    pub(crate) fn verify_id_token(&self, token: &str, nonce: &str) -> Result<()> {
        let payload = claims::payload_object(&self.signed_payload(token)?)?;
        let registered = claims::Registered::read(&payload)?;
        self.inner.rules.check_registered(
            &registered.iss,
            &registered.aud,
            registered.exp,
            [registered.nbf, registered.iat],
            claims::now_secs(),
        )?;
        match payload.get("nonce") {
            Some(serde_json::Value::String(got)) if got == nonce => Ok(()),
            Some(_) => Err(FronteggError::invalid_token(
                RejectionReason::WrongNonce,
                "the ID token's nonce is not this login's",
            )),
            None => Err(FronteggError::invalid_token(
                RejectionReason::MissingClaim,
                "the ID token has no nonce",
            )),
        }
    }
}

/// A remote JWKS at `url`, fetched through a client of its own: no
/// credential, `https` (loopback excepted), no retries (the cool-down
/// paces them), bounded by `timeout`, at most 1 MiB.
fn jwks_remote(url: &str, timeout: Duration) -> Result<Remote> {
    let parsed = Url::parse(url).map_err(|e| {
        FronteggError::config(format!("jwks_url {} is not a URL: {e}", shown_url(url)))
    })?;
    if carries_credentials(&parsed) {
        return Err(FronteggError::config(format!(
            "jwks_url {} must not carry a query, fragment or user info",
            shown_url(url)
        )));
    }
    let origin = parsed.origin().ascii_serialization();
    let timeout = Some(timeout.max(Duration::from_millis(1)));
    let client = Client::with_sdk_language(
        ClientConfig {
            base_url: Some(origin),
            connect_timeout: timeout,
            timeout,
            deadline: timeout,
            max_retries: 0,
            max_response_bytes: 1024 * 1024,
            ..ClientConfig::default()
        },
        "rust; jwks",
    )?;
    Ok(Remote::Jwks {
        client,
        path: parsed.path().to_owned(),
    })
}

impl Client {
    /// A [`TokenVerifier`] that uses this client: keys come from the
    /// environment's configuration (`GET /identity/resources/configurations/v1`,
    /// vendor token) unless `options` names a key source, and
    /// [`TokenVerifier::authenticate`] checks access tokens for revocation.
    pub fn token_verifier(&self, options: TokenVerifierOptions) -> Result<TokenVerifier> {
        TokenVerifier::build(options, Some(self.clone()))
    }
}
