//! [`Algorithm`]: the signature algorithms a verifier may accept.

use crate::error::{FronteggError, Result};

use super::keys::Family;

/// A signature algorithm a `TokenVerifier` may accept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Algorithm {
    /// RSASSA-PKCS1-v1_5 with SHA-256: Frontegg's default.
    Rs256,
    /// RSASSA-PKCS1-v1_5 with SHA-384.
    Rs384,
    /// RSASSA-PKCS1-v1_5 with SHA-512.
    Rs512,
    /// HMAC with SHA-256, for environments set to sign with a shared
    /// secret; needs `secret`.
    Hs256,
}

impl Algorithm {
    /// The JOSE name (`RS256`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rs256 => "RS256",
            Self::Rs384 => "RS384",
            Self::Rs512 => "RS512",
            Self::Hs256 => "HS256",
        }
    }

    /// Reads a JOSE name; anything else (`none`, `ES256`, …) is refused.
    pub fn parse(name: &str) -> Result<Self> {
        match name {
            "RS256" => Ok(Self::Rs256),
            "RS384" => Ok(Self::Rs384),
            "RS512" => Ok(Self::Rs512),
            "HS256" => Ok(Self::Hs256),
            other => Err(FronteggError::config(format!(
                "algorithm {} is not supported: use RS256, RS384, RS512 or HS256",
                crate::redact::shown(other)
            ))),
        }
    }

    pub(crate) fn family(self) -> Family {
        match self {
            Self::Hs256 => Family::Hmac,
            _ => Family::Rsa,
        }
    }

    pub(super) fn jsonwebtoken(self) -> jsonwebtoken::Algorithm {
        match self {
            Self::Rs256 => jsonwebtoken::Algorithm::RS256,
            Self::Rs384 => jsonwebtoken::Algorithm::RS384,
            Self::Rs512 => jsonwebtoken::Algorithm::RS512,
            Self::Hs256 => jsonwebtoken::Algorithm::HS256,
        }
    }
}
