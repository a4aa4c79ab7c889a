//! [`ClientConfigBuilder`]: a [`ClientConfig`] step by step, for Rust
//! callers (the record itself is the same in every language).

use std::time::Duration;

use crate::secret::SecretString;

use super::{ClientConfig, Region};

/// Builds a [`ClientConfig`] step by step.
///
/// ```
/// use std::time::Duration;
/// use frontegg_identity::{ClientConfig, Region};
///
/// let config = ClientConfig::builder()
///     .region(Region::Us)
///     .vendor_credentials("my-client-id", "my-api-key")
///     .timeout(Duration::from_secs(10))
///     .build();
/// assert_eq!(config.timeout, Some(Duration::from_secs(10)));
/// ```
#[derive(Clone, Debug, Default)]
pub struct ClientConfigBuilder {
    config: ClientConfig,
}

impl ClientConfigBuilder {
    /// Uses a regional gateway.
    pub fn region(mut self, region: Region) -> Self {
        self.config.region = Some(region);
        self
    }

    /// Uses an environment domain, custom domain or other base URL instead
    /// of a regional gateway.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.config.base_url = Some(base_url.into());
        self
    }

    /// Authenticates as the vendor (environment) with its client id and API key.
    pub fn vendor_credentials(
        mut self,
        client_id: impl Into<String>,
        secret: impl Into<SecretString>,
    ) -> Self {
        self.config.client_id = Some(client_id.into());
        self.config.secret = Some(secret.into());
        self
    }

    /// Sets the environment's client id alone (it names the refresh cookie).
    pub fn client_id(mut self, client_id: impl Into<String>) -> Self {
        self.config.client_id = Some(client_id.into());
        self
    }

    /// Sends a user's access token as the bearer token.
    pub fn access_token(mut self, token: impl Into<SecretString>) -> Self {
        self.config.access_token = Some(token.into());
        self
    }

    /// Time allowed to open a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = Some(timeout);
        self
    }

    /// Bound of one attempt, connection to last body byte.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = Some(timeout);
        self
    }

    /// Default `frontegg-vendor-host` header.
    pub fn vendor_host(mut self, host: impl Into<String>) -> Self {
        self.config.vendor_host = Some(host.into());
        self
    }

    /// Default `frontegg-application-id` header.
    pub fn application_id(mut self, id: impl Into<String>) -> Self {
        self.config.application_id = Some(id.into());
        self
    }

    /// How many times a failed call is repeated (0: never) and the longest
    /// wait before a retry.
    pub fn retries(mut self, max_retries: u32, max_wait: Duration) -> Self {
        self.config.max_retries = max_retries;
        self.config.max_retry_wait = Some(max_wait);
        self
    }

    /// The longest a whole call may take, retries and waits included.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.config.deadline = Some(deadline);
        self
    }

    /// The largest answer read, in bytes.
    pub fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.config.max_response_bytes = bytes;
        self
    }

    /// Where the CAs that TLS trusts come from (see [`TlsRoots`](crate::TlsRoots)).
    pub fn tls_roots(mut self, roots: crate::TlsRoots) -> Self {
        self.config.tls_roots = Some(roots);
        self
    }

    /// Trusts exactly the CAs of `pem` (one or more PEM certificates).
    pub fn ca_certificates_pem(mut self, pem: impl Into<String>) -> Self {
        self.config.ca_certificates_pem = Some(pem.into());
        self
    }

    /// Sends one service's requests to `url` instead of the gateway.
    pub fn service_url(mut self, service: impl Into<String>, url: impl Into<String>) -> Self {
        self.config.service_urls.insert(service.into(), url.into());
        self
    }

    /// The finished configuration (checked when a client is built from it).
    pub fn build(self) -> ClientConfig {
        self.config
    }
}
