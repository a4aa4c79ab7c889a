//! Signing keys: RS256 key pairs, their JWKS, rotation, and JWT signing.
//!
//! A key is generated at each start unless the seed or `--signing-key`
//! pins one (PEM, PKCS#8 or PKCS#1), so a token from one run never verifies
//! against another run's JWKS unless the user asked for that.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::{KeyPair, RSA_PKCS1_SHA256, RsaKeyPair};
use rsa::pkcs8::EncodePrivateKey;
use serde_json::{Value, json};

use crate::error::EmulatorError as SetupError;

/// Size of generated keys: what Frontegg issues, and quick to generate.
const GENERATED_BITS: usize = 2048;

/// One RS256 key pair and its public JWK.
pub(crate) struct SigningKey {
    pub(crate) kid: String,
    pair: RsaKeyPair,
    jwk: Value,
}

impl SigningKey {
    /// A fresh 2048-bit key.
    pub(crate) fn generate(kid: String) -> Result<Self, SetupError> {
        let key = rsa::PrivateKey::new(&mut getrandom::SysRng, GENERATED_BITS)
            .map_err(|e| SetupError::new(format!("could not generate an RSA key: {e}")))?;
        let der = key
            .to_pkcs8_der()
            .map_err(|e| SetupError::new(format!("could not encode the RSA key: {e}")))?;
        let pair = RsaKeyPair::from_pkcs8(der.as_bytes())
            .map_err(|e| SetupError::new(format!("the generated RSA key was refused: {e}")))?;
        Ok(Self::from_pair(kid, pair))
    }

    /// A key from PEM text: `BEGIN PRIVATE KEY` (PKCS#8) or `BEGIN RSA
    /// PRIVATE KEY` (PKCS#1).
    pub(crate) fn from_pem(kid: String, pem: &str) -> Result<Self, SetupError> {
        let bad = |why: &str| SetupError::new(format!("signing key: {why}"));
        let (label, der) = pem_body(pem).ok_or_else(|| bad("not PEM text (no BEGIN/END lines)"))?;
        let pair = match label.as_str() {
            "PRIVATE KEY" => RsaKeyPair::from_pkcs8(&der),
            "RSA PRIVATE KEY" => RsaKeyPair::from_der(&der),
            other => {
                return Err(bad(&format!(
                    "a {other} block; expected PRIVATE KEY (PKCS#8) or RSA PRIVATE KEY (PKCS#1)"
                )));
            }
        }
        .map_err(|e| {
            bad(&format!(
                "not an RSA private key of 2048 bits or more ({e})"
            ))
        })?;
        Ok(Self::from_pair(kid, pair))
    }

    fn from_pair(kid: String, pair: RsaKeyPair) -> Self {
        let public = pair.public_key();
        let components: ring::rsa::PublicKeyComponents<Vec<u8>> = public.into();
        let jwk = json!({
            "kty": "RSA",
            "use": "sig",
            "alg": "RS256",
            "kid": kid,
            "n": URL_SAFE_NO_PAD.encode(&components.n),
            "e": URL_SAFE_NO_PAD.encode(&components.e),
        });
        Self { kid, pair, jwk }
    }

    /// `claims` as a compact RS256 JWT with this key's `kid`.
    pub(crate) fn sign(&self, claims: &Value) -> Result<String, SetupError> {
        let header = json!({"alg": "RS256", "typ": "JWT", "kid": self.kid});
        let input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut signature = vec![0; self.pair.public().modulus_len()];
        self.pair
            .sign(
                &RSA_PKCS1_SHA256,
                &SystemRandom::new(),
                input.as_bytes(),
                &mut signature,
            )
            .map_err(|_| SetupError::new("signing a token failed"))?;
        Ok(format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature)))
    }
}

/// The published keys, newest first; the first one signs.
#[derive(Default)]
pub(crate) struct KeyRing {
    keys: Vec<SigningKey>,
    /// The first key while it is being generated: RSA key generation takes
    /// longer than everything else at start, so the emulator serves while
    /// it runs and the first call that needs a key waits for it.
    pending: Option<std::thread::JoinHandle<Result<SigningKey, SetupError>>>,
    /// Signs tokens that no JWKS of this emulator lists (`signing_key:
    /// "untrusted"`), made on first use.
    untrusted: Option<SigningKey>,
    next: u32,
}

impl KeyRing {
    pub(crate) fn new(first: SigningKey) -> Self {
        Self {
            keys: vec![first],
            pending: None,
            untrusted: None,
            next: 2,
        }
    }

    /// A ring whose first key `kid` is generated on a thread of its own.
    pub(crate) fn generating(kid: String) -> Result<Self, SetupError> {
        let pending = std::thread::Builder::new()
            .name("frontegg-emulator-keygen".into())
            .spawn(move || SigningKey::generate(kid))
            .map_err(|e| {
                SetupError::new(format!("cannot start generating the signing key: {e}"))
            })?;
        Ok(Self {
            keys: Vec::new(),
            pending: Some(pending),
            untrusted: None,
            next: 2,
        })
    }

    /// Waits for the first key if it is still being generated.
    pub(crate) fn ready(&mut self) -> Result<(), SetupError> {
        if let Some(pending) = self.pending.take() {
            let key = pending
                .join()
                .map_err(|_| SetupError::new("generating the signing key failed"))??;
            self.keys.insert(0, key);
        }
        Ok(())
    }

    /// The key that signs new tokens (`None` only in a ring being moved
    /// during a reset).
    pub(crate) fn current(&self) -> Option<&SigningKey> {
        self.keys.first()
    }

    /// The key with `kid`, or the untrusted one for `"untrusted"`.
    pub(crate) fn by_name(&mut self, name: &str) -> Result<&SigningKey, SetupError> {
        if name == "untrusted" {
            if self.untrusted.is_none() {
                self.untrusted = Some(SigningKey::generate("untrusted".into())?);
            }
            return self
                .untrusted
                .as_ref()
                .ok_or_else(|| SetupError::new("no untrusted key"));
        }
        if name == "current" {
            return self
                .current()
                .ok_or_else(|| SetupError::new("no signing key"));
        }
        self.keys.iter().find(|k| k.kid == name).ok_or_else(|| {
            SetupError::new(format!(
                "no signing key {name:?}: the keys are {}, \"current\" and \"untrusted\"",
                self.kids().join(", ")
            ))
        })
    }

    /// Makes a new key current; the old ones stay in the JWKS until
    /// `retire_old` so that tokens they signed still verify.
    pub(crate) fn rotate(&mut self) -> Result<String, SetupError> {
        let kid = format!("emulator-key-{}", self.next);
        self.next += 1;
        self.keys.insert(0, SigningKey::generate(kid.clone())?);
        Ok(kid)
    }

    /// Drops every key but the current one from the JWKS.
    pub(crate) fn retire_old(&mut self) {
        self.keys.truncate(1);
    }

    /// The claims of a token signed by one of the published keys, `None`
    /// when it is malformed or no published key made its signature.
    pub(crate) fn verify(&self, token: &str) -> Option<serde_json::Map<String, Value>> {
        let mut parts = token.split('.');
        let (header, payload, signature) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
        let kid = header.get("kid")?.as_str()?;
        if header.get("alg")?.as_str()? != "RS256" {
            return None;
        }
        let key = self.keys.iter().find(|k| k.kid == kid)?;
        let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
        let input = &token[..header_len(token)?];
        ring::signature::UnparsedPublicKey::new(
            &ring::signature::RSA_PKCS1_2048_8192_SHA256,
            key.pair.public_key().as_ref(),
        )
        .verify(input.as_bytes(), &signature)
        .ok()?;
        match serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()? {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub(crate) fn kids(&self) -> Vec<String> {
        self.keys.iter().map(|k| k.kid.clone()).collect()
    }

    pub(crate) fn jwks(&self) -> Value {
        json!({ "keys": self.keys.iter().map(|k| k.jwk.clone()).collect::<Vec<_>>() })
    }

    /// The current key's public half as PEM (`SubjectPublicKeyInfo`), as
    /// Frontegg's configuration route hands it out.
    pub(crate) fn public_pem(&self) -> String {
        self.current()
            .map(|k| spki_pem(k.pair.public_key().as_ref()))
            .unwrap_or_default()
    }
}

/// Length of `header.payload`, the signed part of a compact JWT.
fn header_len(token: &str) -> Option<usize> {
    token.rfind('.')
}

/// The label and decoded body of the first PEM block in `text`.
fn pem_body(text: &str) -> Option<(String, Vec<u8>)> {
    let start = text.find("-----BEGIN ")?;
    let rest = &text[start + 11..];
    let label_end = rest.find("-----")?;
    let label = rest[..label_end].to_owned();
    let body_start = label_end + 5;
    let end = rest.find(&format!("-----END {label}-----"))?;
    let body: String = rest
        .get(body_start..end)?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .ok()?;
    Some((label, der))
}

/// Wraps a PKCS#1 `RSAPublicKey` in a `SubjectPublicKeyInfo` and PEM.
fn spki_pem(rsa_public: &[u8]) -> String {
    // AlgorithmIdentifier rsaEncryption with NULL parameters.
    const ALGORITHM: [u8; 15] = [
        0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
    ];
    let mut bit_string = vec![0u8];
    bit_string.extend_from_slice(rsa_public);
    let mut inner = ALGORITHM.to_vec();
    inner.extend(der_item(0x03, &bit_string));
    let spki = der_item(0x30, &inner);
    let text = base64::engine::general_purpose::STANDARD.encode(spki);
    let mut pem = String::from("-----BEGIN PUBLIC KEY-----\n");
    for line in text.as_bytes().chunks(64) {
        pem.push_str(&String::from_utf8_lossy(line));
        pem.push('\n');
    }
    pem.push_str("-----END PUBLIC KEY-----\n");
    pem
}

fn der_item(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes: Vec<u8> = len
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}
