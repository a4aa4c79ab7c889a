//! Benchmark (not a test): per-call time of `sign_up` against a loopback
//! server, our client vs a bare `ureq` call doing the same work (serialize,
//! send, read, decode), interleaved in one run so both see the same machine.
//!
//! `bench` prints the Rust results as Markdown; `bench --serve` only runs the
//! loopback server and prints its URL (the Python benchmark uses it, so
//! neither side pays for a slow server).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use frontegg_identity::{Client, ClientConfig, SignUpRequest};

const ANSWER: &str =
    r#"{"shouldActivate":true,"userId":"u-1","tenantId":"t-1","activationToken":"act"}"#;
const ROUNDS: usize = 31;
const CALLS_PER_ROUND: usize = 400;

fn start_server() -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let url = format!("http://{}", listener.local_addr()?);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || serve(stream));
        }
    });
    Ok(url)
}

fn serve(stream: TcpStream) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    let response = format!(
        "HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{ANSWER}",
        ANSWER.len()
    );
    let mut line = String::new();
    loop {
        let mut length = 0usize;
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body)?;
        writer.write_all(response.as_bytes())?;
    }
}

fn request() -> SignUpRequest {
    SignUpRequest {
        email: "bench@example.com".into(),
        company_name: "Bench".into(),
        password: Some("Bench-password-1".into()),
        ..SignUpRequest::default()
    }
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = start_server()?;
    if std::env::args().any(|a| a == "--serve") {
        println!("{url}");
        std::io::stdout().flush()?;
        std::thread::park();
        return Ok(());
    }
    let client = Client::new(
        ClientConfig::builder()
            .base_url(url.clone())
            .vendor_host("app-bench.frontegg.com")
            .build(),
    )?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into();
    let endpoint = format!("{url}/identity/resources/users/v1/signUp");
    let body = request();

    let ours = || -> Result<(), Box<dyn std::error::Error>> {
        client.sign_up(&body)?;
        Ok(())
    };
    let bare = || -> Result<(), Box<dyn std::error::Error>> {
        let mut response = agent
            .post(&endpoint)
            .header("frontegg-vendor-host", "app-bench.frontegg.com")
            .header("content-type", "application/json")
            .send(&serde_json::to_vec(&body)?[..])?;
        let _: serde_json::Value = serde_json::from_slice(&response.body_mut().read_to_vec()?)?;
        Ok(())
    };
    // Warm up connections and caches.
    for _ in 0..200 {
        ours()?;
        bare()?;
    }
    let (mut ours_us, mut bare_us) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let time = |f: &dyn Fn() -> Result<(), Box<dyn std::error::Error>>| {
            let started = Instant::now();
            for _ in 0..CALLS_PER_ROUND {
                f()?;
            }
            Ok::<f64, Box<dyn std::error::Error>>(
                started.elapsed().as_secs_f64() * 1e6 / CALLS_PER_ROUND as f64,
            )
        };
        // Alternate which goes first so neither always runs on a warmer machine.
        if round % 2 == 0 {
            ours_us.push(time(&ours)?);
            bare_us.push(time(&bare)?);
        } else {
            bare_us.push(time(&bare)?);
            ours_us.push(time(&ours)?);
        }
    }
    let (ours_us, bare_us) = (median(ours_us), median(bare_us));
    println!(
        "| Rust `Client::sign_up` | bare `ureq` POST + serde | {ours_us:.1} µs | {bare_us:.1} µs | **{:.2}×** | ≤ 1.10× |",
        ours_us / bare_us
    );
    verification()
}

/// One RS256 verification with every claims check (`TokenVerifier::verify`
/// on an inline JWKS) against a bare RSA-2048 PKCS#1 signature check with
/// ring on pre-decoded input: call by call, alternating which goes first.
fn verification() -> Result<(), Box<dyn std::error::Error>> {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use frontegg_identity::{TokenVerifier, TokenVerifierOptions};

    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/fixtures");
    let jwks = std::fs::read_to_string(format!("{fixtures}/jwks-1.json"))?;
    let private = std::fs::read(format!("{fixtures}/jwt-key-1.pem"))?;
    let issuer = "https://app-bench.frontegg.com";
    let exp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs()
        + 3600;
    let claims = serde_json::json!({
        "sub": "user-1", "iss": issuer, "aud": "client-1", "type": "userToken",
        "tenantId": "t-1", "tenantIds": ["t-1"], "roles": ["admin"],
        "permissions": ["fe.secure.read", "fe.secure.write"], "email": "jane@example.com",
        "email_verified": true, "name": "Jane", "exp": exp, "iat": exp - 3600,
    });
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
    header.kid = Some("key-1".into());
    let token = jsonwebtoken::encode(
        &header,
        &claims,
        &jsonwebtoken::EncodingKey::from_rsa_pem(&private)?,
    )?;
    let verifier = TokenVerifier::new(TokenVerifierOptions {
        jwks: Some(jwks.clone()),
        audience: vec!["client-1".into()],
        ..TokenVerifierOptions::new(issuer)
    })?;
    let jwk: serde_json::Value = serde_json::from_str(&jwks)?;
    let component =
        |name: &str| URL_SAFE_NO_PAD.decode(jwk["keys"][0][name].as_str().unwrap_or_default());
    let (n, e) = (component("n")?, component("e")?);
    let (input, signature) = token.rsplit_once('.').ok_or("no signature")?;
    let signature = URL_SAFE_NO_PAD.decode(signature)?;
    let public = ring::signature::RsaPublicKeyComponents { n: &n, e: &e };

    let ours = || {
        verifier
            .verify(&token)
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    let bare = || {
        public
            .verify(
                &ring::signature::RSA_PKCS1_2048_8192_SHA256,
                input.as_bytes(),
                &signature,
            )
            .map_err(|e| e.to_string())
    };
    for _ in 0..500 {
        ours()?;
        bare()?;
    }
    let (mut ratios, mut ours_us, mut bare_us) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let (mut ours_total, mut bare_total) = (Duration::ZERO, Duration::ZERO);
        for call in 0..CALLS_PER_ROUND {
            let time = |f: &dyn Fn() -> Result<(), String>, total: &mut Duration| {
                let started = Instant::now();
                let result = f();
                *total += started.elapsed();
                result
            };
            if call % 2 == 0 {
                time(&ours, &mut ours_total)?;
                time(&bare, &mut bare_total)?;
            } else {
                time(&bare, &mut bare_total)?;
                time(&ours, &mut ours_total)?;
            }
        }
        let per_call = |total: Duration| total.as_secs_f64() * 1e6 / CALLS_PER_ROUND as f64;
        ours_us.push(per_call(ours_total));
        bare_us.push(per_call(bare_total));
        ratios.push(per_call(ours_total) / per_call(bare_total));
    }
    println!(
        "| Rust `TokenVerifier::verify` (RS256, all claims checks) | bare RSA-2048 signature check (`ring`) | {:.1} µs | {:.1} µs | **{:.2}×** | ≤ 1.2× |",
        median(ours_us),
        median(bare_us),
        median(ratios)
    );
    Ok(())
}
