//! A rustls server on loopback whose certificate a CA of the test's own
//! signed, and a client to call it: shared by `tls.rs` and `tls_platform.rs`.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;

use frontegg_identity::{Client, ClientConfig, FronteggError, RawRequest, SecretString, TlsRoots};

/// A test CA and a server configuration with a leaf for 127.0.0.1 it signed.
pub struct Pki {
    pub ca_pem: String,
    pub server: Arc<rustls::ServerConfig>,
}

pub fn pki() -> Pki {
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "frontegg-identity test CA");
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let leaf_params =
        rcgen::CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .unwrap();
    let leaf_key = rcgen::KeyPair::generate().unwrap();
    let leaf = leaf_params.signed_by(&leaf_key, &ca, &ca_key).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let server = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![leaf.der().clone()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into()),
        )
        .unwrap();
    Pki {
        ca_pem: ca.pem(),
        server: Arc::new(server),
    }
}

/// Serves `connections` TLS connections on a loopback port, each answering
/// one request with `{"ok":true}`; a handshake the client refuses just ends.
pub fn serve(server: Arc<rustls::ServerConfig>, connections: usize) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(connections) {
            let Ok(tcp) = stream else { continue };
            let Ok(connection) = rustls::ServerConnection::new(Arc::clone(&server)) else {
                continue;
            };
            let mut tls = rustls::StreamOwned::new(connection, tcp);
            let mut reader = BufReader::new(&mut tls);
            let mut line = String::new();
            let mut ok = true;
            while ok {
                line.clear();
                ok = matches!(reader.read_line(&mut line), Ok(n) if n > 0) && line != "\r\n";
            }
            if line != "\r\n" {
                continue;
            }
            let body = r#"{"ok":true}"#;
            let _ = write!(
                tls,
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = tls.flush();
        }
    });
    port
}

pub fn client(
    port: u16,
    tls_roots: Option<TlsRoots>,
    ca_certificates_pem: Option<String>,
) -> Client {
    Client::new(ClientConfig {
        base_url: Some(format!("https://127.0.0.1:{port}")),
        access_token: Some(SecretString::new("user-token-secret")),
        max_retries: 0,
        tls_roots,
        ca_certificates_pem,
        ..ClientConfig::default()
    })
    .unwrap()
}

pub fn ping(client: &Client) -> Result<String, FronteggError> {
    client
        .request(&RawRequest {
            method: "GET".into(),
            path: "/ping".into(),
            ..RawRequest::default()
        })
        .map(|answer| answer.0.to_string())
}
