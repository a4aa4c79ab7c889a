//! `TokenVerifier` for Python: keyword arguments in, the core verifier
//! out. `verify` and `authenticate` release the GIL (a key fetch may
//! block); claims are the core's `Claims`.

use frontegg_identity::{
    AccessRequirements, Algorithm, Claims, FronteggError, SecretString, TokenType,
    TokenVerifierOptions,
};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyMapping, PyString};

use crate::errors::to_py_err;
use crate::{Client, seconds_to_millis};

/// Verifies Frontegg JWTs offline against cached keys. Thread-safe: build
/// one per process and share it. Fork-safe: made before a fork, it works in
/// the children with the keys it had.
#[pyclass(frozen, module = "frontegg_identity", name = "TokenVerifier")]
pub(crate) struct TokenVerifier {
    inner: frontegg_identity::TokenVerifier,
}

fn config_error(reason: String) -> PyErr {
    to_py_err(FronteggError::Config { reason })
}

/// One string or a list of strings.
fn one_or_many(name: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<String>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Vec::new());
    };
    if let Ok(text) = value.cast::<PyString>() {
        return Ok(vec![text.to_str()?.to_owned()]);
    }
    value
        .extract::<Vec<String>>()
        .map_err(|_| config_error(format!("{name} must be a string or a list of strings")))
}

/// The options from Python keywords; seconds become milliseconds.
#[allow(clippy::too_many_arguments)]
fn options(
    issuer: String,
    public_key_pem: Option<String>,
    jwks_url: Option<String>,
    jwks: Option<&Bound<'_, PyAny>>,
    secret: Option<String>,
    audience: Option<&Bound<'_, PyAny>>,
    algorithms: Option<&Bound<'_, PyAny>>,
    token_types: Option<&Bound<'_, PyAny>>,
    leeway: f64,
    keys_ttl: f64,
    refetch_cooldown: f64,
    fetch_timeout: f64,
) -> PyResult<TokenVerifierOptions> {
    let jwks = match jwks.filter(|v| !v.is_none()) {
        None => None,
        Some(text) if text.is_instance_of::<PyString>() => Some(text.extract::<String>()?),
        Some(document) => Some(
            frontegg_identity::json_from_python(document)
                .map_err(to_py_err)?
                .to_json_string(),
        ),
    };
    let algorithms = one_or_many("algorithms", algorithms)?
        .iter()
        .map(|name| Algorithm::parse(name).map_err(to_py_err))
        .collect::<PyResult<_>>()?;
    let token_types = one_or_many("token_types", token_types)?
        .iter()
        .map(|name| {
            TokenType::parse(name).ok_or_else(|| {
                config_error(format!(
                    "token type {name:?} is unknown: use {}",
                    TokenType::ALL.map(TokenType::as_str).join(", ")
                ))
            })
        })
        .collect::<PyResult<_>>()?;
    Ok(TokenVerifierOptions {
        issuer,
        public_key_pem,
        jwks_url,
        jwks,
        secret: secret.map(SecretString::from),
        audience: one_or_many("audience", audience)?,
        algorithms,
        token_types,
        leeway_ms: seconds_to_millis("leeway", leeway)?,
        keys_ttl_ms: seconds_to_millis("keys_ttl", keys_ttl)?,
        refetch_cooldown_ms: seconds_to_millis("refetch_cooldown", refetch_cooldown)?,
        fetch_timeout_ms: seconds_to_millis("fetch_timeout", fetch_timeout)?,
    })
}

/// Header pairs from a mapping (dict, Starlette/aiohttp headers: their
/// `items()` keeps repeated names) or an iterable of `(name, value)`.
fn header_pairs(headers: &Bound<'_, PyAny>) -> PyResult<Vec<(String, String)>> {
    let items = if let Ok(mapping) = headers.cast::<PyMapping>() {
        mapping.items()?.into_any()
    } else if headers.hasattr("items")? {
        headers.call_method0("items")?
    } else {
        headers.clone()
    };
    let mut pairs = Vec::new();
    for item in items.try_iter()? {
        let (name, value): (String, String) = item?.extract().map_err(|_| {
            to_py_err(FronteggError::InvalidInput {
                reason: "headers must map names to string values".to_owned(),
            })
        })?;
        pairs.push((name, value));
    }
    Ok(pairs)
}

#[pymethods]
impl TokenVerifier {
    #[new]
    #[pyo3(signature = (
        issuer,
        *,
        public_key_pem = None,
        jwks_url = None,
        jwks = None,
        secret = None,
        audience = None,
        algorithms = None,
        token_types = None,
        leeway = 30.0,
        keys_ttl = 600.0,
        refetch_cooldown = 30.0,
        fetch_timeout = 5.0,
        client = None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        issuer: String,
        public_key_pem: Option<String>,
        jwks_url: Option<String>,
        jwks: Option<&Bound<'_, PyAny>>,
        secret: Option<String>,
        audience: Option<&Bound<'_, PyAny>>,
        algorithms: Option<&Bound<'_, PyAny>>,
        token_types: Option<&Bound<'_, PyAny>>,
        leeway: f64,
        keys_ttl: f64,
        refetch_cooldown: f64,
        fetch_timeout: f64,
        client: Option<&Bound<'_, Client>>,
    ) -> PyResult<Self> {
        let options = options(
            issuer,
            public_key_pem,
            jwks_url,
            jwks,
            secret,
            audience,
            algorithms,
            token_types,
            leeway,
            keys_ttl,
            refetch_cooldown,
            fetch_timeout,
        )?;
        let inner = match client {
            Some(client) => client.get().inner.token_verifier(options),
            None => frontegg_identity::TokenVerifier::new(options),
        }
        .map_err(to_py_err)?;
        Ok(Self { inner })
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.inner)
    }

    /// The claims of `token`; raises `InvalidTokenError` (with `reason`)
    /// when it is refused.
    fn verify(&self, py: Python<'_>, token: &str) -> PyResult<Claims> {
        py.detach(|| self.inner.verify(token)).map_err(to_py_err)
    }

    /// The claims of the request with `headers`; raises
    /// `AuthenticationError` whose `status` (401, 403, 503) is the answer
    /// to send.
    #[pyo3(signature = (
        headers,
        *,
        roles = None,
        permissions = None,
        all = true,
        step_up = false,
        max_auth_age = None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn authenticate(
        &self,
        py: Python<'_>,
        headers: &Bound<'_, PyAny>,
        roles: Option<Vec<String>>,
        permissions: Option<Vec<String>>,
        all: bool,
        step_up: bool,
        max_auth_age: Option<f64>,
    ) -> PyResult<Claims> {
        let headers = header_pairs(headers)?;
        let required = AccessRequirements {
            roles: roles.unwrap_or_default(),
            permissions: permissions.unwrap_or_default(),
            all,
            step_up,
            max_auth_age_ms: max_auth_age
                .map(|secs| seconds_to_millis("max_auth_age", secs))
                .transpose()?,
        };
        py.detach(|| self.inner.authenticate(headers, &required))
            .map_err(to_py_err)
    }
}

#[pymethods]
impl Client {
    /// `TokenVerifier(issuer, client=self, **options)`: keys come from the
    /// environment's configuration (vendor token) unless a key source is
    /// given, and `authenticate` checks access tokens for revocation.
    #[pyo3(signature = (issuer, **options))]
    fn token_verifier(
        slf: &Bound<'_, Self>,
        issuer: String,
        options: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<TokenVerifier>> {
        let py = slf.py();
        let options = match options {
            Some(options) => options.copy()?,
            None => PyDict::new(py),
        };
        if options.contains("client")? {
            return Err(pyo3::exceptions::PyTypeError::new_err(
                "token_verifier() uses this client: do not pass client=",
            ));
        }
        options.set_item("client", slf)?;
        let verifier = py
            .get_type::<TokenVerifier>()
            .call((issuer,), Some(&options))?;
        Ok(verifier.cast_into::<TokenVerifier>()?.unbind())
    }
}
