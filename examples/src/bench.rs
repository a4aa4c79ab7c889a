//! Benchmark (not a test): per-call time of `sign_up_tokens` against a loopback
//! server, our client vs a bare `ureq` call without timeouts doing the same
//! work (serialize, send, read, decode), interleaved call by call in one run
//! so both see the same machine; `scripts/bench.sh` pins it to one core.
//! Then one token verification against a bare RSA check, or (`--threads`,
//! unpinned) 1, 2 and 4 threads sharing one client.
//!
//! `bench` prints the Rust results as Markdown; `bench --serve` only runs the
//! loopback server and prints its URL (the Python benchmark uses it, so
//! neither side pays for a slow server).

use std::io::Write;
use std::time::{Duration, Instant};

use frontegg_identity::{Client, ClientConfig, SignUpRequest};

mod loopback;

const ANSWER: &str =
    r#"{"shouldActivate":true,"userId":"u-1","tenantId":"t-1","activationToken":"act"}"#;
const ROUNDS: usize = 31;
const CALLS_PER_ROUND: usize = 400;

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

/// Times `a` and `b` call by call, alternating which goes first, for
/// `ROUNDS` rounds of `CALLS_PER_ROUND` pairs: the medians of the per-call
/// times (µs) and of the per-round ratios.
fn interleaved(
    a: &dyn Fn() -> Result<(), String>,
    b: &dyn Fn() -> Result<(), String>,
) -> Result<(f64, f64, f64), String> {
    let (mut ratios, mut a_us, mut b_us) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let (mut a_total, mut b_total) = (Duration::ZERO, Duration::ZERO);
        for call in 0..CALLS_PER_ROUND {
            let time = |f: &dyn Fn() -> Result<(), String>, total: &mut Duration| {
                let started = Instant::now();
                let result = f();
                *total += started.elapsed();
                result
            };
            if call % 2 == 0 {
                time(a, &mut a_total)?;
                time(b, &mut b_total)?;
            } else {
                time(b, &mut b_total)?;
                time(a, &mut a_total)?;
            }
        }
        let per_call = |total: Duration| total.as_secs_f64() * 1e6 / CALLS_PER_ROUND as f64;
        a_us.push(per_call(a_total));
        b_us.push(per_call(b_total));
        ratios.push(per_call(a_total) / per_call(b_total));
    }
    Ok((median(a_us), median(b_us), median(ratios)))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = loopback::fixed_server("201 Created", ANSWER)?;
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
    // The baseline: ureq as it comes, no timeouts (with a global timeout set,
    // ureq's own resolver spawns a thread per call).
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let endpoint = format!("{url}/identity/resources/users/v1/signUp");
    let body = request();

    let ours = || {
        client
            .sign_up_tokens(&body)
            .map(drop)
            .map_err(|e| e.to_string())
    };
    let bare = || -> Result<(), String> {
        let json = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
        let mut response = agent
            .post(&endpoint)
            .header("frontegg-vendor-host", "app-bench.frontegg.com")
            .header("content-type", "application/json")
            .send(&json[..])
            .map_err(|e| e.to_string())?;
        let bytes = response
            .body_mut()
            .read_to_vec()
            .map_err(|e| e.to_string())?;
        serde_json::from_slice::<serde_json::Value>(&bytes).map_err(|e| e.to_string())?;
        Ok(())
    };
    // Warm up connections and caches.
    for _ in 0..500 {
        ours()?;
        bare()?;
    }
    let (ours_us, bare_us, ratio) = interleaved(&ours, &bare)?;
    println!(
        "| Rust `Client::sign_up_tokens` | bare `ureq` POST + serde, no timeouts | {ours_us:.1} µs | {bare_us:.1} µs | **{ratio:.2}×** | ≤ 1.3× |"
    );
    if std::env::args().any(|a| a == "--threads") {
        threads(&client, &body)?;
    } else {
        verification()?;
    }
    Ok(())
}

/// Throughput of 1, 2 and 4 threads sharing one client (unpinned): calls
/// per second, and the speed-up over one thread.
fn threads(client: &Client, body: &SignUpRequest) -> Result<(), Box<dyn std::error::Error>> {
    const CALLS: usize = 4000;
    let mut single = 0.0;
    for n in [1usize, 2, 4] {
        let started = Instant::now();
        std::thread::scope(|scope| {
            for _ in 0..n {
                scope.spawn(|| {
                    for _ in 0..CALLS / n {
                        let _ = client.sign_up_tokens(body);
                    }
                });
            }
        });
        let rate = CALLS as f64 / started.elapsed().as_secs_f64();
        if n == 1 {
            single = rate;
        }
        let target = match n {
            2 => "≥ 1.8× (2 cores)",
            _ => "—",
        };
        println!(
            "| Rust `sign_up_tokens`, {n} thread(s) sharing one client (unpinned) | 1 thread | {rate:.0} calls/s | {single:.0} calls/s | **{:.2}×** | {target} |",
            rate / single
        );
    }
    Ok(())
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
    let (ours_us, bare_us, ratio) = interleaved(&ours, &bare)?;
    println!(
        "| Rust `TokenVerifier::verify` (RS256, all claims checks) | bare RSA-2048 signature check (`ring`) | {ours_us:.1} µs | {bare_us:.1} µs | **{ratio:.2}×** | ≤ 1.2× |"
    );
    Ok(())
}
