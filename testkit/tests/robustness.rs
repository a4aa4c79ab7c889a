//! Hostile input: every route gets malformed and mistyped bodies, garbage
//! path parameters, cookies and tokens (a seeded generator, so a failure
//! repeats), with and without a valid vendor token. The emulator must
//! answer each with a Frontegg-shaped 4xx (or 501), never a 5xx or a
//! dropped connection, and stay healthy.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use frontegg_identity_testkit::{Emulator, EmulatorConfig, Seed, emulated_operations};
use serde_json::{Value, json};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn text(&mut self) -> String {
        const PIECES: [&str; 12] = [
            "",
            "a",
            "jane@acme.test",
            "\u{0}",
            "%00",
            "../..",
            "'\"<>",
            "🦀",
            "-1",
            "9999999999999999999999",
            "{}",
            "acme",
        ];
        let mut out = String::new();
        for _ in 0..self.below(4) {
            out.push_str(PIECES[self.below(PIECES.len() as u64) as usize]);
        }
        out
    }

    /// A header-safe variant (visible ASCII): garbage a client can send.
    fn header_text(&mut self) -> String {
        self.text()
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .collect()
    }

    fn value(&mut self, depth: u32) -> Value {
        match self.below(if depth > 3 { 5 } else { 7 }) {
            0 => Value::Null,
            1 => json!(self.below(2) == 0),
            2 => json!(self.next() as i64),
            3 => json!(self.text()),
            4 => json!(f64::from(self.below(1000) as u32) / 7.0),
            5 => Value::Array((0..self.below(4)).map(|_| self.value(depth + 1)).collect()),
            _ => {
                const KEYS: [&str; 14] = [
                    "email",
                    "password",
                    "clientId",
                    "secret",
                    "token",
                    "mfaToken",
                    "value",
                    "code",
                    "otcToken",
                    "refreshToken",
                    "tenantId",
                    "name",
                    "metadata",
                    "roleIds",
                ];
                let mut map = serde_json::Map::new();
                for _ in 0..self.below(6) {
                    let key = KEYS[self.below(KEYS.len() as u64) as usize];
                    map.insert(key.into(), self.value(depth + 1));
                }
                Value::Object(map)
            }
        }
    }

    fn body(&mut self) -> Vec<u8> {
        match self.below(6) {
            0 => Vec::new(),
            1 => b"{\"email\": ".to_vec(),
            2 => "[".repeat(5000).into_bytes(),
            3 => vec![0xff, 0xfe, 0x00, 0x7b],
            _ => self.value(0).to_string().into_bytes(),
        }
    }
}

#[test]
fn hostile_requests_get_4xx_never_a_crash() {
    let seed = Seed::from_json(
        r#"{"tenants": [{"id": "acme", "name": "Acme"}],
            "roles": [{"key": "viewer"}],
            "users": [{"email": "jane@acme.test", "password": "Secret-1",
                       "mfa": {"totp_secret": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"}}],
            "api_tokens": [{"client_id": "m", "secret": "s"}]}"#,
    )
    .unwrap();
    let fe = Emulator::start(EmulatorConfig {
        seed,
        ..EmulatorConfig::default()
    })
    .unwrap();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let vendor = {
        let mut answer = agent
            .post(format!("{}/auth/vendor", fe.url()))
            .header("content-type", "application/json")
            .send(json!({"clientId": fe.client_id(), "secret": fe.secret()}).to_string())
            .unwrap();
        let text = answer.body_mut().read_to_string().unwrap();
        serde_json::from_str::<Value>(&text).unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let mut rng = Rng(0x5eed_f00d_cafe_d00d);
    let mut sent = 0;
    let mut bad = Vec::new();
    for (method, template) in emulated_operations() {
        for round in 0..50 {
            // Path parameters: garbage, percent-encoded.
            let path: String = template
                .split('/')
                .map(|part| {
                    if part.starts_with('{') {
                        url::form_urlencoded::byte_serialize(rng.text().as_bytes())
                            .collect::<String>()
                    } else {
                        part.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            let query = format!(
                "?_limit={}&_offset={}&email={}&client_id={}&redirect_uri={}&code_challenge_method=S256",
                rng.text(),
                rng.text(),
                url::form_urlencoded::byte_serialize(rng.text().as_bytes()).collect::<String>(),
                if round % 2 == 0 {
                    fe.client_id().to_owned()
                } else {
                    rng.text()
                },
                url::form_urlencoded::byte_serialize(rng.text().as_bytes()).collect::<String>(),
            );
            let url = format!("{}{path}{query}", fe.url());
            let body = rng.body();
            let mut request = ureq::http::Request::builder()
                .method(method)
                .uri(&url)
                .header(
                    "content-type",
                    if round % 3 == 0 {
                        "application/x-www-form-urlencoded"
                    } else {
                        "application/json"
                    },
                )
                .header(
                    "cookie",
                    format!(
                        "fe_refresh_emulatorclientid={}; x={}",
                        rng.header_text(),
                        rng.header_text()
                    ),
                );
            request = match round % 3 {
                0 => request.header("authorization", format!("Bearer {vendor}")),
                1 => request.header("authorization", format!("Bearer {}", rng.header_text())),
                _ => request.header("x-api-key", "a.b.c"),
            };
            let Ok(request) = request.body(body) else {
                continue;
            };
            sent += 1;
            match agent.run(request) {
                Ok(answer) => {
                    let status = answer.status().as_u16();
                    if status >= 500 && status != 501 {
                        bad.push(format!("{method} {path}: {status}"));
                    }
                }
                Err(error) => bad.push(format!("{method} {path}: {error}")),
            }
        }
    }
    let health = agent
        .get(format!("{}/_emulator/health", fe.url()))
        .call()
        .unwrap();
    assert_eq!(health.status(), 200);
    println!(
        "robustness: {sent} hostile requests (at least 1000 required), {} answered 5xx or dropped",
        bad.len()
    );
    assert!(bad.is_empty(), "{bad:#?}");
    assert!(sent > 1000, "only {sent} requests were sent");
}
