//! Unit tests of `config`.

use super::*;

fn config_error(config: ClientConfig) -> String {
    match config.resolve() {
        Err(FronteggError::Config { reason }) => reason,
        other => panic!("expected a config error, got {other:?}"),
    }
}

#[test]
fn regions_map_to_their_gateways() -> Result<()> {
    for (region, host) in [
        (Region::Eu, "api.frontegg.com"),
        (Region::Us, "api.us.frontegg.com"),
        (Region::Ca, "api.ca.frontegg.com"),
        (Region::Au, "api.au.frontegg.com"),
    ] {
        let resolved = ClientConfig::builder().region(region).build().resolve()?;
        assert_eq!(resolved.service_bases[0].host_str(), Some(host));
        assert!(resolved.gateway);
    }
    for (base, vendor_host, gateway) in [
        ("https://api.us.frontegg.com", None, true),
        ("https://app-x.frontegg.com", None, false),
        ("https://auth.example.com", None, false),
        ("http://127.0.0.1:9", Some("app-x.frontegg.com"), true),
    ] {
        let mut builder = ClientConfig::builder().base_url(base);
        if let Some(host) = vendor_host {
            builder = builder.vendor_host(host);
        }
        assert_eq!(builder.build().resolve()?.gateway, gateway, "{base}");
    }
    let resolved = ClientConfig::default().resolve()?;
    let bases: Vec<&str> = resolved.service_bases.iter().map(Url::as_str).collect();
    assert_eq!(
        bases,
        [
            "https://api.frontegg.com/identity",
            "https://api.frontegg.com/team",
            "https://api.frontegg.com/tenants",
            "https://api.frontegg.com/applications",
            "https://api.frontegg.com/directory",
            "https://api.frontegg.com/auth/vendor",
            "https://api.frontegg.com/",
        ]
    );
    Ok(())
}

#[test]
fn plain_http_is_refused_except_on_loopback() -> Result<()> {
    for ok in [
        "http://127.0.0.1:8080",
        "http://localhost:1",
        "http://[::1]:9",
        "https://app-x.frontegg.com",
    ] {
        ClientConfig::builder().base_url(ok).build().resolve()?;
    }
    let reason = config_error(
        ClientConfig::builder()
            .base_url("http://example.com")
            .build(),
    );
    assert!(reason.contains("https"), "{reason}");
    config_error(
        ClientConfig::builder()
            .base_url("ftp://example.com")
            .build(),
    );
    config_error(ClientConfig::builder().base_url("not a url").build());
    config_error(
        ClientConfig::builder()
            .base_url("https://x.com/?a=b")
            .build(),
    );
    Ok(())
}

#[test]
fn half_given_credentials_are_refused() {
    config_error(ClientConfig {
        secret: Some("s".into()),
        ..ClientConfig::default()
    });
    let both = ClientConfig::builder()
        .vendor_credentials("id", "s")
        .access_token("t")
        .build();
    config_error(both);
    config_error(ClientConfig::builder().vendor_credentials("id", "").build());
}

#[test]
fn zero_timeouts_and_header_injection_are_refused() {
    config_error(ClientConfig::builder().timeout(Duration::ZERO).build());
    config_error(
        ClientConfig::builder()
            .vendor_host("a\r\nX-Evil: 1")
            .build(),
    );
}

#[test]
fn config_errors_never_echo_secrets() {
    let config = ClientConfig {
        secret: Some("very-secret-key".into()),
        ..ClientConfig::default()
    };
    let reason = config_error(config.clone());
    assert!(!reason.contains("very-secret-key"));
    assert!(!format!("{config:?}").contains("very-secret-key"));
    for url in [
        "https://user:hunter22@auth.example.com",
        "https://auth.example.com/?access_token=hunter22",
        "http://auth.example.com/#hunter22",
        "hunter22 is not a url",
    ] {
        let reason = config_error(ClientConfig {
            base_url: Some(url.into()),
            ..ClientConfig::default()
        });
        assert!(!reason.contains("hunter22"), "{reason}");
    }
}
