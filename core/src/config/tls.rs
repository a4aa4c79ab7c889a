//! Which certificate authorities the client trusts: the operating
//! system's (the default on Android, iOS and macOS, where managed devices
//! add their own CAs), Mozilla's bundled roots (the default elsewhere), or
//! exactly the CAs the caller gives.

use std::sync::Arc;

use ureq::tls::{Certificate, PemItem, RootCerts};

use crate::error::{FronteggError, Result};

/// Where the certificate authorities that TLS trusts come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[non_exhaustive]
pub enum TlsRoots {
    /// The operating system's trust store and verifier (Android, iOS and
    /// macOS keychains; on Linux the system bundle, `SSL_CERT_FILE`
    /// honoured): CAs that a device manager installs are trusted.
    Platform,
    /// Mozilla's roots, bundled in the library: the same on every device,
    /// blind to CAs the system adds.
    Bundled,
}

impl TlsRoots {
    /// What a client trusts when `tls_roots` is not given.
    pub const DEFAULT: TlsRoots = if cfg!(any(target_os = "android", target_vendor = "apple")) {
        TlsRoots::Platform
    } else {
        TlsRoots::Bundled
    };

    /// `platform` or `bundled` (any case) as the value.
    pub fn parse(name: &str) -> Result<Self> {
        match name.to_ascii_lowercase().as_str() {
            "platform" => Ok(Self::Platform),
            "bundled" => Ok(Self::Bundled),
            other => Err(FronteggError::config(format!(
                "unknown tls_roots {}: expected platform or bundled",
                crate::redact::shown(other)
            ))),
        }
    }

    /// `platform` or `bundled`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Platform => "platform",
            Self::Bundled => "bundled",
        }
    }
}

/// The trust that the agent is built with.
#[derive(Clone, Debug)]
pub(crate) enum ResolvedTls {
    Roots(TlsRoots),
    /// Exactly these CAs (from `ca_certificates_pem`).
    Only(Arc<Vec<Certificate<'static>>>),
}

impl ResolvedTls {
    pub(crate) fn root_certs(&self) -> RootCerts {
        match self {
            Self::Roots(TlsRoots::Platform) => RootCerts::PlatformVerifier,
            Self::Roots(TlsRoots::Bundled) => RootCerts::WebPki,
            Self::Only(certs) => RootCerts::Specific(Arc::clone(certs)),
        }
    }
}

/// Checks the two TLS fields of a configuration together.
pub(crate) fn resolve(roots: Option<TlsRoots>, pem: Option<&str>) -> Result<ResolvedTls> {
    let Some(pem) = pem else {
        return Ok(ResolvedTls::Roots(roots.unwrap_or(TlsRoots::DEFAULT)));
    };
    if roots.is_some() {
        return Err(FronteggError::config(
            "give tls_roots or ca_certificates_pem, not both: the certificates replace the roots",
        ));
    }
    let mut certs = Vec::new();
    for item in ureq::tls::parse_pem(pem.as_bytes()) {
        match item {
            Ok(PemItem::Certificate(cert)) => certs.push(cert),
            Ok(_) => {
                return Err(FronteggError::config(
                    "ca_certificates_pem holds something other than certificates (a private key?): give CA certificates only",
                ));
            }
            Err(_) => {
                return Err(FronteggError::config(
                    "ca_certificates_pem is not PEM: give one or more -----BEGIN CERTIFICATE----- blocks",
                ));
            }
        }
    }
    if certs.is_empty() {
        return Err(FronteggError::config(
            "ca_certificates_pem holds no certificate: give one or more -----BEGIN CERTIFICATE----- blocks",
        ));
    }
    Ok(ResolvedTls::Only(Arc::new(certs)))
}
