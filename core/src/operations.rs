//! Operations: each a plain description of one HTTP call (method, path,
//! headers, body, credential) that [`Transport::send`] executes.
//!
//! These are the routes of the first slice, written by hand in the shape the
//! spec generator will produce for every operation.
//!
//! [`Transport::send`]: crate::transport::Transport::send

use ureq::http::Method;

use crate::error::Result;
use crate::models::{LoginRequest, RefreshRequest, SignUpRequest};
use crate::transport::{Auth, Request};

/// Signup user: `POST /identity/resources/users/v1/signUp`.
/// <https://developers.frontegg.com/api/identity/general/UsersControllerV1_signUpUser>
pub(crate) fn sign_up_user(
    body: &SignUpRequest,
    vendor_host: Option<&str>,
    application_id: Option<&str>,
) -> Result<Request> {
    Request::new(Method::POST, "identity/resources/users/v1/signUp")
        .header("frontegg-vendor-host", vendor_host)
        .header("frontegg-application-id", application_id)
        .auth(Auth::Configured)
        .json(body)
}

/// Authenticate user with password: `POST /identity/resources/auth/v1/user`.
/// <https://developers.frontegg.com/api/identity/general/AuthenticatioAuthenticationControllerV1_authenticateLocalUser>
pub(crate) fn authenticate_local_user(
    body: &LoginRequest,
    vendor_host: Option<&str>,
) -> Result<Request> {
    Request::new(Method::POST, "identity/resources/auth/v1/user")
        .header("frontegg-vendor-host", vendor_host)
        .auth(Auth::Configured)
        .json(body)
}

/// Refresh user JWT token: `POST /identity/resources/auth/v1/user/token/refresh`.
/// <https://developers.frontegg.com/api/identity/general/AuthenticatioAuthenticationControllerV1_refreshToken>
pub(crate) fn refresh_token(
    body: &RefreshRequest<'_>,
    vendor_host: Option<&str>,
) -> Result<Request> {
    Request::new(
        Method::POST,
        "identity/resources/auth/v1/user/token/refresh",
    )
    .header("frontegg-vendor-host", vendor_host)
    .auth(Auth::Configured)
    .json(body)
}

/// Logout user: `POST /identity/resources/auth/v1/logout`.
/// <https://developers.frontegg.com/api/identity/general/AuthenticatioAuthenticationControllerV1_logout>
pub(crate) fn logout(vendor_host: Option<&str>) -> Request {
    Request::new(Method::POST, "identity/resources/auth/v1/logout")
        .header("frontegg-vendor-host", vendor_host)
        .auth(Auth::Configured)
}
