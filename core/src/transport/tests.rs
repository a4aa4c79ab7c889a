//! Unit tests of `transport`.

use super::*;
use crate::config::ClientConfig;

fn transport(base_url: &str) -> Result<Transport> {
    let config = ClientConfig::builder()
        .base_url(base_url)
        .build()
        .resolve()?;
    Ok(Transport::new(
        config,
        "test",
        crate::resolve::system_lookup(),
        crate::resolve::DNS_TTL,
    ))
}

#[test]
fn ids_are_percent_encoded_segments_below_the_base_path() -> Result<()> {
    let transport = transport("https://auth.example.com/frontegg/")?;
    let request = Request::new(Method::GET, Service::Identity)
        .path("resources/users/v1")
        .segment("user_id", "a/b?c#d e")?
        .query("_limit", Some(&10i64))
        .query("_filter", Some(&"x&y=z".to_owned()))
        .query("_ids", Some(&vec!["a".to_owned(), "b".to_owned()]))
        .query("_none", None::<&String>);
    assert_eq!(
        transport.url(&request)?.as_str(),
        "https://auth.example.com/frontegg/identity/resources/users/v1/a%2Fb%3Fc%23d%20e?_limit=10&_filter=x%26y%3Dz&_ids=a&_ids=b"
    );
    Ok(())
}

#[test]
fn a_service_with_its_own_url_drops_the_gateway_prefix() -> Result<()> {
    let mut config = ClientConfig::builder()
        .base_url("https://api.frontegg.com")
        .build();
    config
        .service_urls
        .insert("team".into(), "http://127.0.0.1:4011".into());
    let transport = Transport::new(
        config.resolve()?,
        "test",
        crate::resolve::system_lookup(),
        crate::resolve::DNS_TTL,
    );
    let team = Request::new(Method::GET, Service::Team).path("resources/sso/v1/configurations");
    let identity = Request::new(Method::GET, Service::Identity).path("resources/roles/v1");
    assert_eq!(
        transport.url(&team)?.as_str(),
        "http://127.0.0.1:4011/resources/sso/v1/configurations"
    );
    assert_eq!(
        transport.url(&identity)?.as_str(),
        "https://api.frontegg.com/identity/resources/roles/v1"
    );
    Ok(())
}
