//! Runs the generated contract calls against Prism mock servers of
//! Frontegg's OpenAPI files. `FRONTEGG_PRISM_URLS` names one server per
//! service (`identity=http://127.0.0.1:4010,team=…`); scripts/test.sh starts
//! them. Without it the suite says why and passes.

use std::time::Duration;

use frontegg_identity::{Client, ClientConfig, FronteggError};
use serde::de::DeserializeOwned;

type Invoke = Box<dyn Fn(&Client) -> Result<(), FronteggError>>;

/// One operation called with minimal valid arguments.
pub struct Call {
    service: &'static str,
    name: &'static str,
    invoke: Invoke,
}

impl Call {
    pub fn new(
        service: &'static str,
        name: &'static str,
        invoke: impl Fn(&Client) -> Result<(), FronteggError> + 'static,
    ) -> Self {
        Self {
            service,
            name,
            invoke: Box::new(invoke),
        }
    }
}

/// A typed request body from the generator's minimal JSON sample.
pub fn body<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("sample body {json} does not decode: {e}"))
}

pub fn run(calls: Vec<Call>) {
    let Ok(urls) = std::env::var("FRONTEGG_PRISM_URLS") else {
        println!(
            "contract: skipped: FRONTEGG_PRISM_URLS is not set \
             (scripts/test.sh starts Prism when ../shared/frontegg-openapi exists)"
        );
        return;
    };
    let mut config = ClientConfig::builder()
        // Every service has its own Prism; nothing may reach the gateway.
        .base_url("http://127.0.0.1:9")
        // The specs declare bearer auth on every route.
        .access_token("contract-test-token")
        .client_id("contract-client-id")
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
    for call in &calls {
        if let Err(error) = (call.invoke)(&client) {
            failures.push(format!("{} {}: {error}", call.service, call.name));
        }
    }
    let accepted = calls.len() - failures.len();
    println!(
        "contract: {accepted} of {} operations accepted and decoded",
        calls.len()
    );
    for failure in &failures {
        println!("  FAILED {failure}");
    }
    assert!(failures.is_empty(), "{} operations failed", failures.len());
}
