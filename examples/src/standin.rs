//! A local stand-in for the few Frontegg routes the quickstart uses, so the
//! quickstart runs offline. It keeps users and refresh tokens in memory,
//! rotates refresh tokens and answers errors in Frontegg's shape. It is a
//! demo aid, not a Frontegg emulator.

use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

/// The demo environment's credentials.
pub const CLIENT_ID: &str = "demo-client-id";
pub const SECRET: &str = "demo-api-key";

/// The test key pair the stand-in signs ID tokens with (a throwaway made for
/// this repository's tests: it signs nothing real), and its JWKS.
const SIGNING_KEY: &str = include_str!("../../core/tests/fixtures/jwt-key-1.pem");
const JWKS: &str = include_str!("../../core/tests/fixtures/jwks-1.json");

#[derive(Default)]
struct State {
    /// The stand-in's own URL: the `iss` of its tokens.
    url: String,
    vendor_tokens: Vec<String>,
    /// email → (password, user id, tenant id)
    users: HashMap<String, (String, String, String)>,
    /// refresh token → email
    refresh_tokens: HashMap<String, String>,
    /// hosted login: authorization code → (PKCE challenge, nonce)
    codes: HashMap<String, (String, String)>,
    /// hosted login: refresh token of the `refresh_token` grant
    oauth_refresh_tokens: Vec<String>,
}

/// Starts the stand-in on a free loopback port; returns its base URL.
pub fn start() -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let url = format!("http://{}", listener.local_addr()?);
    let state = Arc::new(Mutex::new(State {
        url: url.clone(),
        ..State::default()
    }));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let state = Arc::clone(&state);
            std::thread::spawn(move || {
                let _ = serve(stream, &state);
            });
        }
    });
    Ok(url)
}

struct Request {
    method: String,
    path: String,
    headers: HashMap<String, String>,
    body: Value,
}

#[derive(Default)]
struct Reply {
    status: u16,
    body: Value,
    set_cookie: Option<String>,
    /// A redirect's target (hosted login's authorize step).
    location: Option<String>,
}

fn serve(stream: TcpStream, state: &Mutex<State>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    while let Some(request) = read_request(&mut reader)? {
        let reply = {
            let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
            handle(&request, &mut state)
        };
        let body = if reply.body.is_null() {
            String::new()
        } else {
            reply.body.to_string()
        };
        let mut head = format!(
            "HTTP/1.1 {} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nfrontegg-trace-id: standin-{}\r\n",
            reply.status,
            body.len(),
            token(4)
        );
        if let Some(cookie) = reply.set_cookie {
            head.push_str(&format!("set-cookie: {cookie}\r\n"));
        }
        if let Some(location) = reply.location {
            head.push_str(&format!("location: {location}\r\n"));
        }
        head.push_str("\r\n");
        writer.write_all(head.as_bytes())?;
        writer.write_all(body.as_bytes())?;
        writer.flush()?;
    }
    Ok(())
}

fn read_request(reader: &mut impl BufRead) -> std::io::Result<Option<Request>> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let path = parts.next().unwrap_or_default().to_owned();
    let mut headers = HashMap::new();
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        if let Some((name, value)) = trimmed.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
        }
    }
    let length = headers
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
    Ok(Some(Request {
        method,
        path,
        headers,
        body,
    }))
}

fn token(bytes: usize) -> String {
    let mut out = String::new();
    while out.len() < bytes * 2 {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_usize(out.len());
        out.push_str(&format!("{:016x}", hasher.finish()));
    }
    out.truncate(bytes * 2);
    out
}

fn error(status: u16, message: &str, code: &str) -> Reply {
    Reply {
        status,
        body: json!({"errors": [message], "errorCode": code}),
        ..Reply::default()
    }
}

fn cookie_name() -> String {
    frontegg_identity::refresh_cookie_name(CLIENT_ID)
}

fn session(state: &mut State, email: &str, status: u16) -> Reply {
    let refresh = token(24);
    state
        .refresh_tokens
        .insert(refresh.clone(), email.to_owned());
    let user_id = state
        .users
        .get(email)
        .map(|(_, id, _)| id.clone())
        .unwrap_or_default();
    Reply {
        status,
        body: json!({
            "accessToken": format!("standin.{}.{}", token(16), token(16)),
            "expiresIn": 600,
            "expires": "in 10 minutes",
            "mfaRequired": false,
            "tokenType": "bearer",
            "userId": user_id,
            "userEmail": email,
        }),
        // Like Frontegg, the refresh token travels in a cookie.
        set_cookie: Some(format!(
            "{}={refresh}; Path=/; HttpOnly; Secure; SameSite=None",
            cookie_name()
        )),
        location: None,
    }
}

fn refresh_cookie(request: &Request) -> Option<String> {
    let wanted = cookie_name();
    request.headers.get("cookie")?.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == wanted).then(|| value.to_owned())
    })
}

fn text<'a>(body: &'a Value, field: &str) -> &'a str {
    body.get(field).and_then(Value::as_str).unwrap_or_default()
}

fn handle(request: &Request, state: &mut State) -> Reply {
    let bearer = request
        .headers
        .get("authorization")
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_owned);
    let (path, query) = request
        .path
        .split_once('?')
        .unwrap_or((request.path.as_str(), ""));
    let query: HashMap<String, String> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    match (request.method.as_str(), path) {
        ("POST", "/auth/vendor") => {
            if text(&request.body, "clientId") != CLIENT_ID
                || text(&request.body, "secret") != SECRET
            {
                return error(401, "Invalid credentials", "ER-00001");
            }
            let vendor = token(24);
            state.vendor_tokens.push(vendor.clone());
            Reply {
                status: 200,
                body: json!({"token": vendor, "expiresIn": 3600}),
                ..Reply::default()
            }
        }
        ("POST", "/identity/resources/users/v1/signUp") => {
            if !bearer.is_some_and(|t| state.vendor_tokens.contains(&t)) {
                return error(401, "Invalid authentication", "ER-00002");
            }
            let email = text(&request.body, "email").to_owned();
            let password = text(&request.body, "password").to_owned();
            if email.is_empty() || text(&request.body, "companyName").is_empty() {
                return error(400, "email and companyName are required", "ER-00006");
            }
            if state.users.contains_key(&email) {
                return error(409, "User already exists", "ER-01001");
            }
            let user_id = format!("user-{}", token(6));
            let tenant_id = format!("tenant-{}", token(6));
            state.users.insert(
                email.clone(),
                (password, user_id.clone(), tenant_id.clone()),
            );
            let opened = session(state, &email, 201);
            Reply {
                body: json!({
                    "shouldActivate": false,
                    "userId": user_id,
                    "tenantId": tenant_id,
                    "authResponse": opened.body,
                }),
                ..opened
            }
        }
        ("POST", "/identity/resources/auth/v1/user") => {
            let email = text(&request.body, "email");
            match state.users.get(email) {
                Some((password, _, _)) if password == text(&request.body, "password") => {
                    session(state, email, 200)
                }
                _ => error(401, "Incorrect email or password", "ER-01002"),
            }
        }
        ("POST", "/identity/resources/auth/v1/user/token/refresh") => {
            match refresh_cookie(request).and_then(|t| state.refresh_tokens.remove(&t)) {
                Some(email) => session(state, &email, 201),
                None => error(401, "Session expired", "ER-01003"),
            }
        }
        ("POST", "/identity/resources/auth/v1/logout") => {
            if let Some(refresh) = refresh_cookie(request) {
                state.refresh_tokens.remove(&refresh);
            }
            Reply {
                status: 201,
                body: Value::Null,
                set_cookie: Some(format!("{}=; Path=/; Max-Age=0", cookie_name())),
                location: None,
            }
        }
        ("GET", "/oauth/authorize") => authorize(&query, state),
        ("GET", "/.well-known/jwks.json") => Reply {
            status: 200,
            body: serde_json::from_str(JWKS).unwrap_or_default(),
            ..Reply::default()
        },
        ("POST", "/oauth/token") => oauth_token(&request.body, state),
        ("POST", "/oauth/logout/token") => {
            let cookie = refresh_cookie(request);
            state
                .oauth_refresh_tokens
                .retain(|t| Some(t) != cookie.as_ref());
            Reply {
                status: 200,
                ..Reply::default()
            }
        }
        (method, path) => error(404, &format!("No route {method} {path}"), "ER-00404"),
    }
}

/// Hosted login's authorize step, as if the user had signed in in the
/// browser: redirects to `redirect_uri` with a code bound to the PKCE
/// challenge and the nonce.
fn authorize(query: &HashMap<String, String>, state: &mut State) -> Reply {
    let get = |name: &str| query.get(name).cloned().unwrap_or_default();
    if get("client_id") != CLIENT_ID || get("code_challenge_method") != "S256" {
        return error(400, "unknown client or no S256 PKCE challenge", "ER-00400");
    }
    let code = token(12);
    state
        .codes
        .insert(code.clone(), (get("code_challenge"), get("nonce")));
    let mut target = match url::Url::parse(&get("redirect_uri")) {
        Ok(target) => target,
        Err(_) => return error(400, "redirect_uri is not a URL", "ER-00400"),
    };
    target
        .query_pairs_mut()
        .append_pair("code", &code)
        .append_pair("state", &get("state"));
    Reply {
        status: 302,
        location: Some(target.into()),
        ..Reply::default()
    }
}

/// `claims` as an RS256 JWT signed with the stand-in's key (`kid` `key-1`).
fn signed(claims: &Value) -> Option<String> {
    use base64::Engine;
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let input = format!(
        "{}.{}",
        b64(br#"{"alg":"RS256","typ":"JWT","kid":"key-1"}"#),
        b64(claims.to_string().as_bytes())
    );
    let key = jsonwebtoken::EncodingKey::from_rsa_pem(SIGNING_KEY.as_bytes()).ok()?;
    let signature =
        jsonwebtoken::crypto::sign(input.as_bytes(), &key, jsonwebtoken::Algorithm::RS256).ok()?;
    Some(format!("{input}.{signature}"))
}

/// `/oauth/token`: the code exchange (checking the PKCE verifier) and the
/// refresh-token grant (rotating the token).
fn oauth_token(body: &Value, state: &mut State) -> Reply {
    let tokens = |state: &mut State, nonce: Option<String>| {
        let refresh = token(24);
        state.oauth_refresh_tokens.push(refresh.clone());
        let claims = json!({
            "iss": state.url, "sub": "hosted-user", "tenantId": "hosted-tenant", "aud": CLIENT_ID,
            "nonce": nonce, "exp": 4_000_000_000u64,
        });
        match signed(&claims) {
            Some(jwt) => Reply {
                status: 200,
                body: json!({
                    "access_token": jwt, "refresh_token": refresh,
                    "id_token": jwt, "expires_in": 600, "token_type": "Bearer",
                }),
                ..Reply::default()
            },
            None => error(500, "the stand-in could not sign a token", "ER-00500"),
        }
    };
    match text(body, "grant_type") {
        "authorization_code" => match state.codes.remove(text(body, "code")) {
            Some((challenge, nonce))
                if frontegg_identity::pkce_challenge(text(body, "code_verifier")) == challenge =>
            {
                tokens(state, Some(nonce))
            }
            _ => error(400, "invalid_grant", "ER-00400"),
        },
        "refresh_token" => {
            let given = text(body, "refresh_token");
            match state.oauth_refresh_tokens.iter().position(|t| t == given) {
                Some(at) => {
                    state.oauth_refresh_tokens.remove(at);
                    tokens(state, None)
                }
                None => error(401, "invalid_grant", "ER-01003"),
            }
        }
        _ => error(400, "unsupported_grant_type", "ER-00400"),
    }
}
