//! The HTTP side: one axum fallback handler on a runtime of the emulator's
//! own. Every request is read (bounded), checked against the queued faults,
//! routed through the operation table, logged with secrets redacted, and
//! answered with a `frontegg-trace-id`.

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body as AxumBody, Bytes};
use axum::http::{HeaderName, HeaderValue, Response, StatusCode};
use http_body::Frame;
use serde_json::Value;

use crate::call::{Call, MAX_BODY};
use crate::clock::{self, now, rfc3339};
use crate::controls::{Fault, LoggedRequest, redact_body, redact_header};
use crate::error::EmulatorError;
use crate::reply::{Body, Reply};
use crate::routes::{Router, State, not_emulated};

/// The state and the table, shared by every connection.
pub(crate) struct Shared {
    state: Mutex<State>,
    router: Router,
}

impl Shared {
    pub(crate) fn new(state: State) -> Result<Self, EmulatorError> {
        Ok(Self {
            state: Mutex::new(state),
            router: Router::new()?,
        })
    }

    /// The state, even after a handler panicked while holding it (the
    /// panic ended that one request; the emulator goes on).
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Routes and answers one call; faults and the log are the caller's.
    pub(crate) fn dispatch(&self, call: &mut Call) -> (Reply, Option<&'static str>) {
        let mut state = self.lock();
        match self.router.find(&call.method, &call.path) {
            Some((route, params)) => {
                // Only these answer before the first signing key exists.
                let keyless = matches!(route.path, "/_emulator/health" | "/_emulator/config");
                if !keyless && let Err(error) = state.world.keys.ready() {
                    let reply = Reply::error(500, "ER-EMULATOR-500", error.text().to_owned());
                    return (reply, Some(route.path));
                }
                call.params = params;
                let reply = (route.handler)(&mut state, call).unwrap_or_else(|e| e);
                (reply, Some(route.path))
            }
            None if call.path.starts_with("/_emulator") => (
                Reply::error(
                    404,
                    "ER-EMULATOR-CONTROL",
                    format!(
                        "unknown control command {} {}: the commands are {}",
                        call.method,
                        call.path,
                        crate::routes::control_commands().join(", ")
                    ),
                ),
                None,
            ),
            None => {
                let others = self.router.other_methods(&call.path);
                if others.is_empty() {
                    (not_emulated(&call.method, &call.path), None)
                } else {
                    (
                        Reply::error(
                            405,
                            "ER-EMULATOR-405",
                            format!(
                                "{} is not allowed on {}: use {}",
                                call.method,
                                call.path,
                                others.join(", ")
                            ),
                        )
                        .header("allow", others.join(", ")),
                        None,
                    )
                }
            }
        }
    }
}

/// A running server; stops when dropped.
pub(crate) struct Server {
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    pub(crate) fn start(listener: TcpListener, shared: Arc<Shared>) -> Result<Self, EmulatorError> {
        listener
            .set_nonblocking(true)
            .map_err(|e| EmulatorError::new(format!("cannot set up the listener: {e}")))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("frontegg-emulator")
            .enable_all()
            .build()
            .map_err(|e| EmulatorError::new(format!("cannot start the emulator's runtime: {e}")))?;
        let listener = {
            let _entered = runtime.enter();
            tokio::net::TcpListener::from_std(listener)
                .map_err(|e| EmulatorError::new(format!("cannot set up the listener: {e}")))?
        };
        let app = axum::Router::new().fallback(handle).with_state(shared);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("frontegg-emulator-main".into())
            .spawn(move || {
                runtime.spawn(async move {
                    // An accept error ends serving; the test sees refused
                    // connections rather than a hang.
                    let _ = axum::serve(listener, app).await;
                });
                let _ = runtime.block_on(stopped);
                runtime.shutdown_timeout(Duration::from_millis(200));
            })
            .map_err(|e| EmulatorError::new(format!("cannot start the emulator's thread: {e}")))?;
        Ok(Self {
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

async fn handle(
    axum::extract::State(shared): axum::extract::State<Arc<Shared>>,
    request: axum::extract::Request,
) -> Response<AxumBody> {
    let (parts, body) = request.into_parts();
    let body = match read_body(body).await {
        Ok(bytes) => bytes,
        Err(reply) => return respond(*reply),
    };
    let call = Call {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        params: Default::default(),
        query: parts
            .uri
            .query()
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default(),
        headers: parts.headers,
        body,
    };
    let fault = shared.lock().controls.take_fault(&call.method, &call.path);
    if let Some(delay) = fault.as_ref().and_then(|f| f.delay_ms) {
        tokio::time::sleep(Duration::from_millis(delay)).await;
    }
    if fault.as_ref().is_some_and(|f| f.drop) {
        log(&shared, &call, None, 0);
        return dropped();
    }
    let (reply, route, call) = match fault.as_ref().and_then(|f| Some((f.status?, f))) {
        Some((status, f)) => (fault_reply(status, f), None, call),
        None => {
            let shared = shared.clone();
            // Handlers are quick and hold the lock briefly; the blocking
            // pool keeps a long one from stalling the async workers.
            let routed = tokio::task::spawn_blocking(move || {
                let mut call = call;
                let (reply, route) = shared.dispatch(&mut call);
                (reply, route, call)
            });
            match routed.await {
                Ok(done) => done,
                Err(_) => {
                    return respond(Reply::error(
                        500,
                        "ER-EMULATOR-500",
                        "the emulator failed on this request (a bug: please report it)",
                    ));
                }
            }
        }
    };
    log(&shared, &call, route, reply.status);
    respond(reply)
}

/// Past this much, a too-large body is not even drained: the connection
/// closes.
const DRAIN_LIMIT: usize = 16 * MAX_BODY;

/// The body, at most `MAX_BODY` bytes. A larger one is read on (and
/// dropped) up to `DRAIN_LIMIT`, so that the client, still sending, gets the
/// 413 rather than a reset connection.
async fn read_body(mut body: AxumBody) -> Result<Vec<u8>, Box<Reply>> {
    use http_body_util::BodyExt;
    let mut bytes = Vec::new();
    let mut seen = 0usize;
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else {
            return Err(Box::new(Reply::error(
                400,
                "ER-EMULATOR-400",
                "the request body could not be read",
            )));
        };
        if let Some(data) = frame.data_ref() {
            seen += data.len();
            if seen <= MAX_BODY {
                bytes.extend_from_slice(data);
            } else if seen > DRAIN_LIMIT {
                break;
            }
        }
    }
    if seen > MAX_BODY {
        return Err(Box::new(Reply::error(
            413,
            "ER-EMULATOR-413",
            format!("the body has {seen} bytes or more; the emulator reads at most {MAX_BODY}"),
        )));
    }
    Ok(bytes)
}

fn fault_reply(status: u16, fault: &Fault) -> Reply {
    let mut reply = Reply::error(
        status,
        "ER-EMULATOR-FAULT",
        format!("fault injected by the emulator's controls (status {status})"),
    );
    if let Some(seconds) = fault.retry_after {
        reply = reply.header("retry-after", seconds.to_string());
    }
    if let Some(seconds) = fault.rate_limit_reset {
        reply = reply.header("x-rate-limit-reset", rfc3339(now() + seconds));
    }
    reply
}

fn log(shared: &Shared, call: &Call, route: Option<&'static str>, status: u16) {
    // The log is the traffic under test; the controls' own calls are not.
    if call.path.starts_with("/_emulator/") {
        return;
    }
    let headers: BTreeMap<String, String> = call
        .headers
        .iter()
        .map(|(k, v)| {
            let name = k.as_str().to_owned();
            let value = redact_header(&name, v.to_str().unwrap_or("[not text]"));
            (name, value)
        })
        .collect();
    let body = serde_json::from_slice::<Value>(&call.body)
        .ok()
        .map(|mut v| {
            redact_body(&mut v);
            v
        });
    let query: String = call
        .query
        .iter()
        .map(|(k, v)| {
            let v = if k.contains("token") || k == "code" || k == "code_verifier" {
                "[redacted]"
            } else {
                v
            };
            format!("{k}={v}")
        })
        .collect::<Vec<_>>()
        .join("&");
    shared.lock().controls.record(LoggedRequest {
        method: call.method.clone(),
        path: call.path.clone(),
        query,
        route: route.map(str::to_owned),
        status,
        headers,
        body,
    });
}

fn respond(reply: Reply) -> Response<AxumBody> {
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let (content_type, bytes) = match reply.body {
        Body::Empty => (None, Vec::new()),
        Body::Json(value) => (
            Some("application/json; charset=utf-8"),
            value.to_string().into_bytes(),
        ),
        Body::Html(text) => (Some("text/html; charset=utf-8"), text.into_bytes()),
    };
    let mut response = Response::new(AxumBody::from(bytes));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Some(ct) = content_type {
        headers.insert("content-type", HeaderValue::from_static(ct));
    }
    if let Ok(trace) = HeaderValue::from_str(&clock::uuid()) {
        headers.insert("frontegg-trace-id", trace);
    }
    for (name, value) in reply.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            headers.append(name, value);
        }
    }
    response
}

/// A response whose body fails at once: hyper closes the connection
/// without a complete answer, as a dropped connection would.
fn dropped() -> Response<AxumBody> {
    Response::new(AxumBody::new(FailingBody))
}

struct FailingBody;

impl http_body::Body for FailingBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "connection dropped by an emulator fault",
        ))))
    }
}
