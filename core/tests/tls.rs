//! Which CAs TLS trusts, against a rustls server on loopback whose
//! certificate a CA of the test's own signed: trusted when the client is
//! given that CA, refused by the bundled roots, by the platform's store
//! (which does not hold it) and by default; and the configuration's
//! checks of the two fields.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use frontegg_identity::{Client, ClientConfig, FronteggError, TlsRoots};

#[path = "support/tls_server.rs"]
mod tls_server;

use tls_server::{client, ping, pki, serve};

#[test]
fn the_given_ca_is_trusted() {
    let pki = pki();
    let port = serve(Arc::clone(&pki.server), 1);
    let answer = ping(&client(port, None, Some(pki.ca_pem))).unwrap();
    assert!(answer.contains("ok"), "{answer}");
}

#[test]
fn a_ca_outside_the_trusted_roots_is_refused_as_a_network_error() {
    let pki = pki();
    for roots in [
        Some(TlsRoots::Bundled),
        Some(TlsRoots::Platform),
        // The default off Android and Apple platforms: the bundled roots.
        None,
    ] {
        let port = serve(Arc::clone(&pki.server), 1);
        let error = ping(&client(port, roots, None)).unwrap_err();
        let text = error.to_string();
        assert!(
            matches!(error, FronteggError::Network { .. }),
            "{roots:?}: {error:?}"
        );
        assert!(
            text.to_lowercase().contains("certificate") || text.to_lowercase().contains("issuer"),
            "{roots:?}: the error should say the certificate is not trusted: {text}"
        );
        assert!(!text.contains("user-token-secret"), "{text}");
    }
    assert_eq!(TlsRoots::DEFAULT, TlsRoots::Bundled);
}

#[test]
fn the_two_fields_are_checked_when_the_client_is_built() {
    let pki = pki();
    let config = |tls_roots, pem: &str| ClientConfig {
        base_url: Some("https://127.0.0.1:9".into()),
        tls_roots,
        ca_certificates_pem: Some(pem.to_owned()),
        ..ClientConfig::default()
    };
    let reason = |config: ClientConfig| match Client::new(config) {
        Err(FronteggError::Config { reason }) => reason,
        other => panic!("expected a config error, got {other:?}"),
    };
    assert!(reason(config(Some(TlsRoots::Platform), &pki.ca_pem)).contains("not both"));
    assert!(reason(config(None, "")).contains("no certificate"));
    assert!(reason(config(None, "not a pem at all")).contains("no certificate"));
    assert!(
        reason(config(
            None,
            "-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n"
        ))
        .contains("not PEM")
    );
    let key = rcgen::KeyPair::generate().unwrap().serialize_pem();
    assert!(reason(config(None, &key)).contains("other than certificates"));
    // A bundle of several CAs is fine.
    let two = format!("{}{}", pki.ca_pem, tls_server::pki().ca_pem);
    Client::new(config(None, &two)).unwrap();
}

#[test]
fn tls_roots_parse_from_their_names() {
    assert_eq!(TlsRoots::parse("Platform").unwrap(), TlsRoots::Platform);
    assert_eq!(TlsRoots::parse("bundled").unwrap().as_str(), "bundled");
    let error = TlsRoots::parse("system").unwrap_err();
    assert!(
        error.to_string().contains("expected platform or bundled"),
        "{error}"
    );
}
