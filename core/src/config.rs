//! Client configuration: [`ClientConfig`] (a plain record, the same in every
//! language) and [`ClientConfigBuilder`] for Rust callers.

use std::collections::HashMap;
use std::time::Duration;

use ureq::http::HeaderValue;
use url::Url;

use crate::error::{FronteggError, Result};
use crate::retry::RetryPolicy;
use crate::secret::SecretString;
use crate::service::Service;

/// Frontegg's regional API gateways.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[non_exhaustive]
pub enum Region {
    /// Europe, `https://api.frontegg.com` (Frontegg's default).
    #[default]
    Eu,
    /// United States, `https://api.us.frontegg.com`.
    Us,
    /// Canada, `https://api.ca.frontegg.com`.
    Ca,
    /// Australia, `https://api.au.frontegg.com`.
    Au,
}

impl Region {
    /// The region's gateway URL.
    pub fn gateway_url(self) -> &'static str {
        match self {
            Region::Eu => "https://api.frontegg.com",
            Region::Us => "https://api.us.frontegg.com",
            Region::Ca => "https://api.ca.frontegg.com",
            Region::Au => "https://api.au.frontegg.com",
        }
    }

    /// Parses `eu`, `us`, `ca` or `au` (any case).
    pub fn parse(name: &str) -> Result<Self> {
        match name.to_ascii_lowercase().as_str() {
            "eu" => Ok(Region::Eu),
            "us" => Ok(Region::Us),
            "ca" => Ok(Region::Ca),
            "au" => Ok(Region::Au),
            other => Err(FronteggError::config(format!(
                "unknown region {}: expected one of eu, us, ca, au",
                crate::redact::shown(other)
            ))),
        }
    }
}

/// Longest timeout or deadline accepted: one day.
pub const MAX_DURATION: Duration = Duration::from_secs(24 * 3600);
/// Most retries accepted.
pub const MAX_RETRIES: u32 = 10;
/// Largest `max_response_bytes` accepted: 1 GiB.
pub const MAX_RESPONSE_BYTES_LIMIT: u64 = 1024 * 1024 * 1024;

// `ClientConfig`, its `Default` and the `DEFAULT_*` constants, from
// codegen/flows.toml (the one place a default lives).
include!("options/client_config.rs");

impl ClientConfig {
    /// Starts a builder with the defaults.
    pub fn builder() -> ClientConfigBuilder {
        ClientConfigBuilder::default()
    }

    /// Checks the configuration and resolves it into what the transport uses.
    pub(crate) fn resolve(&self) -> Result<ResolvedConfig> {
        let base_url = match &self.base_url {
            Some(raw) => parse_base_url(raw)?,
            None => parse_base_url(self.region.unwrap_or_default().gateway_url())?,
        };
        let credentials = match (&self.client_id, &self.secret, &self.access_token) {
            (_, Some(_), Some(_)) => {
                return Err(FronteggError::config(
                    "give either vendor credentials (client_id + secret) or an access token, not both",
                ));
            }
            (None, Some(_), None) => {
                return Err(FronteggError::config(
                    "a secret needs its client_id for vendor authentication",
                ));
            }
            (Some(client_id), Some(secret), None) => {
                require_non_empty("client_id", client_id)?;
                if secret.is_empty() {
                    return Err(FronteggError::config("secret is empty"));
                }
                Credentials::Vendor {
                    client_id: client_id.clone(),
                    secret: secret.clone(),
                }
            }
            (_, None, Some(token)) => {
                if token.is_empty() {
                    return Err(FronteggError::config("access_token is empty"));
                }
                Credentials::AccessToken(token.clone())
            }
            (_, None, None) => Credentials::None,
        };
        let connect_timeout = self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        let deadline = self.deadline.unwrap_or(DEFAULT_DEADLINE);
        let max_retry_wait = self.max_retry_wait.unwrap_or(DEFAULT_MAX_RETRY_WAIT);
        if connect_timeout.is_zero() || timeout.is_zero() || deadline.is_zero() {
            return Err(FronteggError::config(
                "timeouts and the deadline must be greater than zero: every call needs a bound",
            ));
        }
        for (name, value) in [
            ("connect_timeout", connect_timeout),
            ("timeout", timeout),
            ("deadline", deadline),
            ("max_retry_wait", max_retry_wait),
        ] {
            if value > MAX_DURATION {
                return Err(FronteggError::config(format!(
                    "{name} must be at most {} s",
                    MAX_DURATION.as_secs()
                )));
            }
        }
        if self.max_retries > MAX_RETRIES {
            return Err(FronteggError::config(format!(
                "max_retries must be between 0 and {MAX_RETRIES}"
            )));
        }
        if !(1024..=MAX_RESPONSE_BYTES_LIMIT).contains(&self.max_response_bytes) {
            return Err(FronteggError::config(format!(
                "max_response_bytes must be between 1024 and {MAX_RESPONSE_BYTES_LIMIT}"
            )));
        }
        for (name, value) in [
            ("client_id", &self.client_id),
            ("vendor_host", &self.vendor_host),
            ("application_id", &self.application_id),
        ] {
            if let Some(value) = value {
                require_header_safe(name, value)?;
            }
        }
        let mut service_urls = HashMap::new();
        for (service, url) in &self.service_urls {
            if service.is_empty() || !Service::ALL.iter().any(|s| s.prefix() == service) {
                let known: Vec<&str> = Service::ALL
                    .iter()
                    .map(|s| s.prefix())
                    .filter(|p| !p.is_empty())
                    .collect();
                return Err(FronteggError::config(format!(
                    "unknown service {} in service_urls: expected one of {}",
                    crate::redact::shown(service),
                    known.join(", ")
                )));
            }
            service_urls.insert(service.clone(), parse_base_url(url)?);
        }
        let mut service_bases = Vec::with_capacity(Service::ALL.len());
        for service in Service::ALL {
            let (mut url, prefix) = match service_urls.get(service.prefix()) {
                Some(own) => (Url::clone(own), ""),
                None => (base_url.clone(), service.prefix()),
            };
            url.path_segments_mut()
                .map_err(|()| FronteggError::config("base_url cannot carry a path"))?
                .pop_if_empty()
                .extend(prefix.split('/').filter(|s| !s.is_empty()));
            service_bases.push(url);
        }
        let mut default_headers = Vec::new();
        for (name, value) in [
            ("frontegg-vendor-host", &self.vendor_host),
            ("frontegg-application-id", &self.application_id),
        ] {
            if let Some(value) = value {
                let value = HeaderValue::from_str(value).map_err(|_| {
                    FronteggError::config(format!("{name} is not a valid header value"))
                })?;
                default_headers.push((name, value));
            }
        }
        // Sign-in calls through a regional gateway carry the vendor token and
        // `frontegg-vendor-host`; on an environment domain they carry nothing.
        let gateway = match &self.base_url {
            None => true,
            Some(_) => {
                self.vendor_host.is_some()
                    || base_url.host_str().is_some_and(|host| {
                        host.starts_with("api.") && host.ends_with(".frontegg.com")
                            || host == "api.frontegg.com"
                    })
            }
        };
        Ok(ResolvedConfig {
            gateway,
            service_bases,
            default_headers,
            credentials,
            client_id: self.client_id.clone(),
            connect_timeout,
            timeout,
            deadline,
            max_response_bytes: self.max_response_bytes,
            retry: RetryPolicy {
                max_retries: self.max_retries,
                max_wait: max_retry_wait,
            },
        })
    }
}

/// How the client authenticates its calls.
#[derive(Clone, Debug)]
pub(crate) enum Credentials {
    None,
    Vendor {
        client_id: String,
        secret: SecretString,
    },
    AccessToken(SecretString),
}

/// A checked configuration.
#[derive(Clone, Debug)]
pub(crate) struct ResolvedConfig {
    /// Whether the base is a regional gateway (no `base_url`, an
    /// `api.*.frontegg.com` one, or a `vendor_host` given) rather than an
    /// environment domain.
    pub gateway: bool,
    /// The base of each service, prefix applied, in `Service::ALL` order.
    pub service_bases: Vec<Url>,
    /// `frontegg-vendor-host` and `frontegg-application-id`, when set.
    pub default_headers: Vec<(&'static str, HeaderValue)>,
    pub credentials: Credentials,
    pub client_id: Option<String>,
    pub connect_timeout: Duration,
    pub timeout: Duration,
    pub deadline: Duration,
    pub max_response_bytes: u64,
    pub retry: RetryPolicy,
}

fn require_non_empty(name: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(FronteggError::config(format!("{name} is empty")));
    }
    Ok(())
}

/// Header values must not smuggle in line breaks or control characters.
pub(crate) fn require_header_safe(name: &str, value: &str) -> Result<()> {
    require_non_empty(name, value)?;
    if value.chars().any(|c| c.is_control()) {
        return Err(FronteggError::config(format!(
            "{name} contains control characters"
        )));
    }
    Ok(())
}

/// A URL as errors may show it: without user info, query or fragment, which
/// can hold credentials (`https://user:pass@…`, `?access_token=…`), and
/// bounded in length.
fn shown(url: &Url) -> String {
    crate::redact::shown_url(url.as_str())
}

fn parse_base_url(raw: &str) -> Result<Url> {
    // An unparsable value is not repeated: it may be a pasted credential.
    let url = Url::parse(raw.trim()).map_err(|e| {
        FronteggError::config(format!(
            "a base URL ({} characters) is not a URL: {e}",
            raw.chars().count()
        ))
    })?;
    let host = url
        .host()
        .ok_or_else(|| FronteggError::config(format!("base URL {} has no host", shown(&url))))?;
    let loopback = match host {
        url::Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(FronteggError::config(format!(
                "base URL {} must use https (plain http is allowed only for loopback hosts)",
                shown(&url)
            )));
        }
        other => {
            return Err(FronteggError::config(format!(
                "base URL {} has unsupported scheme {}",
                shown(&url),
                crate::redact::shown(other)
            )));
        }
    }
    if crate::redact::carries_credentials(&url) {
        return Err(FronteggError::config(format!(
            "base URL {} must not carry a query, fragment or user info",
            shown(&url)
        )));
    }
    Ok(url)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn config_error(config: ClientConfig) -> String {
        match config.resolve() {
            Err(FronteggError::Config { reason }) => reason,
            other => panic!("expected a config error, got {other:?}"),
        }
    }

    #[test]
    fn regions_map_to_their_gateways() -> Result<()> {
        for (region, host) in [
            (Region::Eu, "api.frontegg.com"),
            (Region::Us, "api.us.frontegg.com"),
            (Region::Ca, "api.ca.frontegg.com"),
            (Region::Au, "api.au.frontegg.com"),
        ] {
            let resolved = ClientConfig::builder().region(region).build().resolve()?;
            assert_eq!(resolved.service_bases[0].host_str(), Some(host));
            assert!(resolved.gateway);
        }
        for (base, vendor_host, gateway) in [
            ("https://api.us.frontegg.com", None, true),
            ("https://app-x.frontegg.com", None, false),
            ("https://auth.example.com", None, false),
            ("http://127.0.0.1:9", Some("app-x.frontegg.com"), true),
        ] {
            let mut builder = ClientConfig::builder().base_url(base);
            if let Some(host) = vendor_host {
                builder = builder.vendor_host(host);
            }
            assert_eq!(builder.build().resolve()?.gateway, gateway, "{base}");
        }
        let resolved = ClientConfig::default().resolve()?;
        let bases: Vec<&str> = resolved.service_bases.iter().map(Url::as_str).collect();
        assert_eq!(
            bases,
            [
                "https://api.frontegg.com/identity",
                "https://api.frontegg.com/team",
                "https://api.frontegg.com/tenants",
                "https://api.frontegg.com/applications",
                "https://api.frontegg.com/directory",
                "https://api.frontegg.com/auth/vendor",
                "https://api.frontegg.com/",
            ]
        );
        Ok(())
    }

    #[test]
    fn plain_http_is_refused_except_on_loopback() -> Result<()> {
        for ok in [
            "http://127.0.0.1:8080",
            "http://localhost:1",
            "http://[::1]:9",
            "https://app-x.frontegg.com",
        ] {
            ClientConfig::builder().base_url(ok).build().resolve()?;
        }
        let reason = config_error(
            ClientConfig::builder()
                .base_url("http://example.com")
                .build(),
        );
        assert!(reason.contains("https"), "{reason}");
        config_error(
            ClientConfig::builder()
                .base_url("ftp://example.com")
                .build(),
        );
        config_error(ClientConfig::builder().base_url("not a url").build());
        config_error(
            ClientConfig::builder()
                .base_url("https://x.com/?a=b")
                .build(),
        );
        Ok(())
    }

    #[test]
    fn half_given_credentials_are_refused() {
        config_error(ClientConfig {
            secret: Some("s".into()),
            ..ClientConfig::default()
        });
        let both = ClientConfig::builder()
            .vendor_credentials("id", "s")
            .access_token("t")
            .build();
        config_error(both);
        config_error(ClientConfig::builder().vendor_credentials("id", "").build());
    }

    #[test]
    fn zero_timeouts_and_header_injection_are_refused() {
        config_error(ClientConfig::builder().timeout(Duration::ZERO).build());
        config_error(
            ClientConfig::builder()
                .vendor_host("a\r\nX-Evil: 1")
                .build(),
        );
    }

    #[test]
    fn config_errors_never_echo_secrets() {
        let config = ClientConfig {
            secret: Some("very-secret-key".into()),
            ..ClientConfig::default()
        };
        let reason = config_error(config.clone());
        assert!(!reason.contains("very-secret-key"));
        assert!(!format!("{config:?}").contains("very-secret-key"));
        for url in [
            "https://user:hunter22@auth.example.com",
            "https://auth.example.com/?access_token=hunter22",
            "http://auth.example.com/#hunter22",
            "hunter22 is not a url",
        ] {
            let reason = config_error(ClientConfig {
                base_url: Some(url.into()),
                ..ClientConfig::default()
            });
            assert!(!reason.contains("hunter22"), "{reason}");
        }
    }
}
