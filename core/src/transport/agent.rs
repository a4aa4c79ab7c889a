//! The `ureq` agent every request goes through: timeouts, no redirects,
//! the caching resolver.

use std::time::Duration;

use crate::config::ResolvedConfig;

/// What an agent is built from: once per process (a forked child builds
/// its own, see `fork.rs`).
pub(super) struct AgentParts {
    pub(super) user_agent: String,
    pub(super) lookup: crate::resolve::Lookup,
    pub(super) ttl: Duration,
}

impl AgentParts {
    pub(super) fn agent(&self, config: &ResolvedConfig) -> ureq::Agent {
        let agent_config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(config.connect_timeout))
            .timeout_global(Some(config.timeout))
            .user_agent(self.user_agent.as_str())
            // Frontegg's API does not redirect; following one could carry
            // credentials to another host.
            .max_redirects(0)
            .tls_config(
                ureq::tls::TlsConfig::builder()
                    .root_certs(config.tls.root_certs())
                    .build(),
            )
            .build();
        ureq::Agent::with_parts(
            agent_config,
            ureq::unversioned::transport::DefaultConnector::new(),
            crate::resolve::CachingResolver::new(std::sync::Arc::clone(&self.lookup), self.ttl),
        )
    }
}
