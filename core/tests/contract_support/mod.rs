//! Runs the generated contract calls against Prism mock servers of
//! Frontegg's OpenAPI files. `FRONTEGG_PRISM_URLS` names one server per
//! service (`identity=http://127.0.0.1:4010,team=…`); scripts/test.sh starts
//! them, statically and then in dynamic mode with fixed seeds
//! (`FRONTEGG_CONTRACT_MODE` names the pass). When the specs are present but
//! no Prism is named, the suite fails: it must never pass without running.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use frontegg_identity::{Client, ClientConfig, FronteggError};
use serde::Serialize;
use serde::de::DeserializeOwned;

type Invoke = Box<dyn Fn(&Client) -> Result<serde_json::Value, FronteggError>>;

/// One operation called with minimal valid arguments.
pub struct Call {
    service: &'static str,
    name: &'static str,
    /// The spec documents a body, so the answer must not be empty.
    expects_body: bool,
    invoke: Invoke,
}

impl Call {
    pub fn new(
        service: &'static str,
        name: &'static str,
        expects_body: bool,
        invoke: impl Fn(&Client) -> Result<serde_json::Value, FronteggError> + 'static,
    ) -> Self {
        Self {
            service,
            name,
            expects_body,
            invoke: Box::new(invoke),
        }
    }
}

/// A typed request body from the generator's minimal JSON sample.
pub fn body<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("sample body {json} does not decode: {e}"))
}

/// An answer as JSON, to check that nothing came back empty.
pub fn value<T: Serialize>(answer: T) -> serde_json::Value {
    serde_json::to_value(answer).unwrap_or(serde_json::Value::Null)
}

fn specs_dir() -> PathBuf {
    std::env::var_os("FRONTEGG_OPENAPI_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/frontegg-openapi")
        })
}

pub fn run(calls: Vec<Call>) {
    let Ok(urls) = std::env::var("FRONTEGG_PRISM_URLS") else {
        let specs = specs_dir();
        assert!(
            !specs.is_dir(),
            "contract: the specs are at {} but FRONTEGG_PRISM_URLS is not set: \
             run scripts/test.sh (it starts Prism), or the {} operations go untested",
            specs.display(),
            calls.len()
        );
        let notice = format!(
            "contract: SKIPPED: no OpenAPI folder at {} and no Prism: {} operations NOT tested",
            specs.display(),
            calls.len()
        );
        // CI always has the specs: there a skip is a failure.
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{notice} (CI=true)"
        );
        // Straight to the process's stderr: libtest captures `println!` of a
        // passing test, and a plain `cargo test` must not pass silently.
        let _ = writeln!(std::io::stderr(), "{notice}");
        return;
    };
    let mode = std::env::var("FRONTEGG_CONTRACT_MODE").unwrap_or_else(|_| "static".into());
    let mut config = ClientConfig::builder()
        // Every service has its own Prism; nothing may reach the gateway.
        .base_url("http://127.0.0.1:9")
        // Prism serves /auth/vendor too: every credential kind is exercised,
        // and the specs want a bearer token on every route.
        .vendor_credentials("contract-client-id", "contract-secret")
        .vendor_host("app-contract.frontegg.com")
        .application_id("app-contract")
        .timeout(Duration::from_secs(30));
    for pair in urls.split(',').filter(|p| !p.is_empty()) {
        let (service, url) = pair
            .split_once('=')
            .unwrap_or_else(|| panic!("bad FRONTEGG_PRISM_URLS entry {pair}"));
        config = config.service_url(service, url);
    }
    let client = Client::new(config.build())
        .and_then(|c| c.for_tenant("contract-tenant"))
        .and_then(|c| c.for_user("contract-user"))
        .unwrap_or_else(|e| panic!("contract client: {e}"));

    let mut failures = Vec::new();
    let mut with_body = 0;
    for call in &calls {
        match (call.invoke)(&client) {
            Err(error) => failures.push(format!("{} {}: {error}", call.service, call.name)),
            Ok(serde_json::Value::Null) if call.expects_body => failures.push(format!(
                "{} {}: the spec documents a body, the answer came back empty",
                call.service, call.name
            )),
            Ok(serde_json::Value::Null) => {}
            Ok(_) => with_body += 1,
        }
    }
    let accepted = calls.len() - failures.len();
    println!(
        "contract ({mode}): {accepted} of {} operations accepted and decoded, {with_body} with a body",
        calls.len()
    );
    for failure in &failures {
        println!("  FAILED {failure}");
    }
    assert!(failures.is_empty(), "{} operations failed", failures.len());
}
