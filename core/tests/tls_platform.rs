//! `TlsRoots::Platform` trusts what the operating system's store holds: on
//! Linux the bundle `SSL_CERT_FILE` names. A test binary of its own, since
//! the variable is read once per process.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/tls_server.rs"]
mod tls_server;

use frontegg_identity::TlsRoots;

#[test]
fn the_platform_store_is_what_platform_trusts() {
    let pki = tls_server::pki();
    let bundle = std::env::temp_dir().join(format!("frontegg-test-ca-{}.pem", std::process::id()));
    std::fs::write(&bundle, &pki.ca_pem).unwrap();
    // SAFETY: set before any thread of this test binary reads the
    // environment (this is its only test).
    unsafe { std::env::set_var("SSL_CERT_FILE", &bundle) };
    let port = tls_server::serve(std::sync::Arc::clone(&pki.server), 2);
    let answer =
        tls_server::ping(&tls_server::client(port, Some(TlsRoots::Platform), None)).unwrap();
    assert!(answer.contains("ok"), "{answer}");
    // The bundled roots do not see the system's CA.
    assert!(tls_server::ping(&tls_server::client(port, Some(TlsRoots::Bundled), None)).is_err());
    let _ = std::fs::remove_file(bundle);
}
