//! [`Rules`]: the claim checks a verified signature still has to pass
//! (issuer, audience, token type, times within the leeway, the ID token's
//! nonce).

use crate::error::{FronteggError, RejectionReason, Result};

use crate::redact::shown;

use super::{Algorithm, Claims, TokenType};

/// The checks a verified signature still has to pass.
pub(super) struct Rules {
    pub(super) issuer: String,
    pub(super) audience: Vec<String>,
    pub(super) algorithms: Vec<Algorithm>,
    pub(super) token_types: Vec<TokenType>,
    pub(super) leeway: f64,
}

impl Rules {
    pub(super) fn check(&self, claims: &Claims, now: f64) -> Result<()> {
        let reject = FronteggError::invalid_token;
        if !self.token_types.is_empty() && !self.token_types.contains(&claims.token_type) {
            return Err(reject(
                RejectionReason::WrongType,
                format!("type {} is not accepted here", claims.token_type.as_str()),
            ));
        }
        if claims.tenant_id.is_empty() {
            return Err(reject(
                RejectionReason::MissingClaim,
                "tenantId is empty".to_owned(),
            ));
        }
        self.check_registered(
            &claims.iss,
            &claims.aud,
            claims.exp,
            [claims.nbf, claims.iat],
            now,
        )
    }

    /// The checks of the registered claims, for every kind of token: `iss`
    /// is the issuer, `aud` names a configured audience (when any is), and
    /// `exp`, `nbf` and `iat` hold within the leeway.
    pub(super) fn check_registered(
        &self,
        iss: &str,
        aud: &[String],
        exp: f64,
        [nbf, iat]: [Option<f64>; 2],
        now: f64,
    ) -> Result<()> {
        let reject = FronteggError::invalid_token;
        if iss.trim_end_matches('/') != self.issuer {
            return Err(reject(
                RejectionReason::WrongIssuer,
                format!("iss {} is not {:?}", shown(iss), self.issuer),
            ));
        }
        if !self.audience.is_empty() && !aud.iter().any(|a| self.audience.contains(a)) {
            return Err(reject(
                RejectionReason::WrongAudience,
                if aud.is_empty() {
                    "the token has no aud claim".to_owned()
                } else {
                    format!("aud names none of {:?}", self.audience)
                },
            ));
        }
        if exp + self.leeway <= now {
            return Err(reject(
                RejectionReason::Expired,
                format!("expired {:.0} s ago", now - exp),
            ));
        }
        for (name, at) in [("nbf", nbf), ("iat", iat)] {
            if let Some(at) = at
                && at - self.leeway > now
            {
                return Err(reject(
                    RejectionReason::NotYetValid,
                    format!("{name} is {:.0} s in the future", at - now),
                ));
            }
        }
        Ok(())
    }
}
