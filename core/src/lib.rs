// Every public item says what it is: the docs are the API reference of four
// languages (uniffi copies them into Kotlin and Swift).
#![deny(missing_docs)]
//! # frontegg-identity
//!
//! A typed, thread-safe, synchronous client for the Frontegg identity API,
//! the core of the Rust, Python, Kotlin and Swift SDKs.
//!
//! Layers, bottom up:
//! - `transport` (private): the one function that sends
//!   every request: URL, credentials, headers, timeouts, the 401 retry, error
//!   decoding;
//! - [`api`]: every operation of Frontegg's OpenAPI files, generated, one
//!   type per Frontegg tag (`client.user_management().get_user_by_id(…)`);
//!   each operation is a plain request description the transport executes;
//! - [`Client`]: the entry point and the hand-written flows (sign-up, login,
//!   refresh, logout, vendor token, tenant/user scoping);
//! - [`models`]: request and response types shared by every language.
//!
//! ```
//! use frontegg_identity::{Client, ClientConfig, Region, SignUpRequest};
//! # // A loopback stand-in for Frontegg, so that the example runs.
//! # let mut frontegg = mockito::Server::new();
//! # frontegg.mock("POST", "/auth/vendor").with_body(r#"{"token":"vendor","expiresIn":3600}"#).create();
//! # frontegg.mock("POST", "/identity/resources/users/v1/signUp").with_status(201)
//! #     .with_body(r#"{"shouldActivate":true,"userId":"u-1","tenantId":"t-1"}"#).create();
//!
//! let client = Client::new(
//!     ClientConfig::builder()
//!         .region(Region::Us)
//! #       .base_url(frontegg.url())
//!         .vendor_credentials("my-client-id", "my-api-key")
//!         .build(),
//! )?;
//! let signed_up = client.sign_up_tokens(&SignUpRequest {
//!     email: "jane@example.com".into(),
//!     company_name: "Acme".into(),
//!     password: Some("correct horse battery".into()),
//!     ..SignUpRequest::default()
//! })?;
//! println!("new user {:?}", signed_up.user_id);
//! # assert_eq!(signed_up.user_id.as_deref(), Some("u-1"));
//! # Ok::<(), frontegg_identity::FronteggError>(())
//! ```

pub mod api;
mod client;
mod config;
mod cookies;
mod deprecated;
mod error;
mod flows;
mod fork;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod json;
pub mod models;
mod pages;
#[cfg(feature = "python")]
#[doc(hidden)]
pub mod python;
mod redact;
mod resolve;
mod retry;
mod retry_after;
mod secret;
mod service;
mod session;
mod transport;
mod vendor_token;
mod verify;
pub mod worker_pool;

pub use client::{Client, NameValue, RawRequest};
pub use config::{
    ClientConfig, ClientConfigBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, DEFAULT_TIMEOUT,
    MAX_DURATION, MAX_RESPONSE_BYTES_LIMIT, MAX_RETRIES, Region, TlsRoots,
};
pub use cookies::refresh_cookie_name;
#[allow(deprecated)]
pub use deprecated::{QueryPair, SsoPrelogin};
pub use error::{ApiErrorDetails, ErrorKind, FronteggError, RejectionReason, Result};
pub use json::JsonValue;
pub use json::body_from_json;
#[cfg(feature = "python")]
#[doc(hidden)]
pub use json::{from_python as json_from_python, to_python as json_to_python};
pub use models::{
    AuthResponse, LoginRequest, Provider, SignUpRequest, SignUpResponse, VendorToken,
};
pub use pages::Pages;
pub use secret::{REDACTED, SecretString};
pub use session::{
    AuthorizeRequest, HostedLogin, HostedLoginOptions, MemoryStorage, MfaRequired,
    PasswordlessMethod, REFRESH_AHEAD, Session, SessionKind, SignInOutcome, SignUpOutcome,
    SocialProvider, SsoPreLogin, StoredSession, TokenStorage, pkce_challenge,
};
pub use verify::{
    AccessRequirements, Actor, Algorithm, Claims, DEFAULT_FETCH_TIMEOUT, DEFAULT_KEYS_TTL,
    DEFAULT_LEEWAY, DEFAULT_REFETCH_COOLDOWN, MAX_TOKEN_BYTES, STEP_UP_ACR, STEP_UP_METHODS,
    TokenType, TokenVerifier, TokenVerifierOptions,
};
#[allow(deprecated)]
pub use verify::{
    DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_KEYS_TTL_MS, DEFAULT_LEEWAY_MS, DEFAULT_REFETCH_COOLDOWN_MS,
};
pub use worker_pool::{PoolCall, WorkerPool};

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("frontegg_identity_core");
