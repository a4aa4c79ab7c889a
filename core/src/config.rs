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

mod builder;
mod tls;

pub use builder::ClientConfigBuilder;
pub(crate) use tls::ResolvedTls;
pub use tls::TlsRoots;

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
            tls: tls::resolve(self.tls_roots, self.ca_certificates_pem.as_deref())?,
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
    pub tls: ResolvedTls,
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

#[cfg(test)]
mod tests;
