//! The second factor of a sign-in: [`MfaRequired`] and the ways to finish
//! it (authenticator app, SMS, email code, recovery code).

use std::sync::Arc;

use crate::api::identity::Mfa;
use crate::client::Client;
use crate::error::{FronteggError, Result};
use crate::json::JsonValue;
use crate::models::{
    AuthRequestVerifyMfaRequest, RecoverMfaDto, UserMfaDevicesResponse, VerifyMfaAuthAppRequest,
    VerifyMfaEmailOtcRequest, VerifyMfasmsRequest,
};
use crate::secret::SecretString;
use crate::transport::Request;

use super::sign_in::require;
use super::{Session, TokenStorage};

/// A password (or SSO, passwordless) sign-in that needs a second factor.
/// Holds the `mfaToken`; each method finishes the sign-in one way.
#[derive(Clone)]
pub struct MfaRequired {
    pub(super) state: Arc<MfaState>,
}

pub(super) struct MfaState {
    pub(super) client: Client,
    pub(super) storage: Option<Arc<dyn TokenStorage>>,
    pub(super) mfa_token: SecretString,
    pub(super) devices: Option<UserMfaDevicesResponse>,
    pub(super) strategies: Option<JsonValue>,
    pub(super) user_email: Option<String>,
}

impl std::fmt::Debug for MfaRequired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MfaRequired")
            .field("devices", &self.state.devices)
            .field("strategies", &self.state.strategies)
            .field("user_email", &self.state.user_email)
            .finish_non_exhaustive()
    }
}

/// The `otcToken` of a "send me a code" answer.
fn otc_token(answer: JsonValue) -> Result<SecretString> {
    answer
        .0
        .get("otcToken")
        .and_then(|t| t.as_str())
        .map(SecretString::new)
        .ok_or_else(|| FronteggError::Decode {
            status: 200,
            reason: "the answer has no otcToken".to_owned(),
        })
}

impl MfaRequired {
    /// The devices the user enrolled (authenticator apps, phones, emails,
    /// security keys), when Frontegg lists them.
    pub fn devices(&self) -> Option<&UserMfaDevicesResponse> {
        self.state.devices.as_ref()
    }

    /// The strategies Frontegg offers (`mfaStrategies`), as sent.
    pub fn strategies(&self) -> Option<&JsonValue> {
        self.state.strategies.as_ref()
    }

    /// The user's email, when Frontegg sends it.
    pub fn user_email(&self) -> Option<&str> {
        self.state.user_email.as_deref()
    }

    fn finish(&self, request: Request) -> Result<Session> {
        let response = self.state.client.send(&request)?;
        let answer = self.state.client.session_from(&response, &request)?;
        Session::from_auth_response(&self.state.client, answer, self.state.storage.clone())
    }

    /// Finishes with an authenticator-app code. `remember_device` asks
    /// Frontegg to skip MFA on this device next time, where the
    /// environment allows it.
    pub fn verify(&self, code: &str, remember_device: bool) -> Result<Session> {
        require("code", code)?;
        self.finish(Mfa::verify_authenticator_mfa_code_request(
            &VerifyMfaAuthAppRequest {
                mfa_token: self.state.mfa_token.clone(),
                value: code.trim().to_owned(),
                remember_device: Some(remember_device),
            },
        )?)
    }

    /// Sends a code by SMS to `device_id` (a phone of
    /// [`devices`](Self::devices)); give the answer to
    /// [`verify_sms`](Self::verify_sms).
    pub fn send_sms_code(&self, device_id: &str) -> Result<SecretString> {
        let request = Mfa::pre_verify_sms_mfa_request(
            device_id,
            &AuthRequestVerifyMfaRequest {
                mfa_token: self.state.mfa_token.clone(),
            },
        )?;
        otc_token(self.state.client.execute_json(request)?)
    }

    /// Finishes with the SMS code.
    pub fn verify_sms(
        &self,
        device_id: &str,
        otc_token: &SecretString,
        code: &str,
        remember_device: bool,
    ) -> Result<Session> {
        require("code", code)?;
        self.finish(Mfa::verify_sms_mfa_request(
            device_id,
            &VerifyMfasmsRequest {
                code: SecretString::new(code.trim()),
                mfa_token: self.state.mfa_token.clone(),
                otc_token: otc_token.clone(),
                remember_device: Some(remember_device),
            },
        )?)
    }

    /// Sends a code by email; give the answer to
    /// [`verify_email`](Self::verify_email).
    pub fn send_email_code(&self) -> Result<SecretString> {
        let request = Mfa::pre_verify_email_otc_mfa_request(&AuthRequestVerifyMfaRequest {
            mfa_token: self.state.mfa_token.clone(),
        })?;
        otc_token(self.state.client.execute_json(request)?)
    }

    /// Finishes with the emailed code.
    pub fn verify_email(
        &self,
        otc_token: &SecretString,
        code: &str,
        remember_device: bool,
    ) -> Result<Session> {
        require("code", code)?;
        self.finish(Mfa::verify_email_otc_mfa_request(
            &VerifyMfaEmailOtcRequest {
                code: SecretString::new(code.trim()),
                mfa_token: self.state.mfa_token.clone(),
                otc_token: otc_token.clone(),
                remember_device: Some(remember_device),
            },
        )?)
    }

    /// Finishes with a recovery code (which Frontegg then spends).
    pub fn recover(&self, email: &str, recovery_code: &str) -> Result<Session> {
        require("email", email)?;
        require("recovery_code", recovery_code)?;
        self.finish(Mfa::recover_mfa_request(&RecoverMfaDto {
            email: email.trim().to_owned(),
            recovery_code: SecretString::new(recovery_code.trim()),
        })?)
    }
}
