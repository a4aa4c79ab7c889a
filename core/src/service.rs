//! [`Service`]: which Frontegg service a request goes to. A leaf: the
//! configuration resolves one base URL per service, the transport picks one.

/// The Frontegg service a request goes to: a path prefix on the gateway, or
/// its own base URL when `ClientConfig::service_urls` names one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Service {
    Identity,
    Team,
    Tenants,
    Applications,
    Directory,
    VendorAuth,
    /// The base URL itself, for paths no spec file covers (`/oauth/…`,
    /// `/audits/…`), reached through [`Client::request`](crate::Client::request).
    Root,
}

impl Service {
    /// Every service, in the order `ResolvedConfig::service_bases` uses.
    pub const ALL: [Service; 7] = [
        Service::Identity,
        Service::Team,
        Service::Tenants,
        Service::Applications,
        Service::Directory,
        Service::VendorAuth,
        Service::Root,
    ];

    /// The prefix on the gateway, also the key of `service_urls`.
    pub fn prefix(self) -> &'static str {
        match self {
            Service::Identity => "identity",
            Service::Team => "team",
            Service::Tenants => "tenants",
            Service::Applications => "applications",
            Service::Directory => "directory",
            Service::VendorAuth => "auth/vendor",
            Service::Root => "",
        }
    }

    /// The service of a full gateway path and the path below its prefix:
    /// `/identity/resources/users/v1` → (`Identity`, `resources/users/v1`);
    /// a path of no known service goes to [`Service::Root`] whole.
    pub fn of_path(path: &str) -> (Service, &str) {
        let path = path.trim_start_matches('/');
        for service in Service::ALL {
            let prefix = service.prefix();
            if prefix.is_empty() {
                continue;
            }
            if let Some(rest) = path.strip_prefix(prefix)
                && (rest.is_empty() || rest.starts_with('/'))
            {
                return (service, rest.trim_start_matches('/'));
            }
        }
        (Service::Root, path)
    }

    /// Its index in [`Service::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::Service;

    #[test]
    fn a_path_picks_its_service_by_the_first_segments() {
        assert_eq!(
            Service::of_path("/identity/resources/users/v1"),
            (Service::Identity, "resources/users/v1")
        );
        assert_eq!(Service::of_path("/auth/vendor"), (Service::VendorAuth, ""));
        assert_eq!(
            Service::of_path("/oauth/token"),
            (Service::Root, "oauth/token")
        );
        assert_eq!(
            Service::of_path("/identityx/a"),
            (Service::Root, "identityx/a")
        );
        for (index, service) in Service::ALL.iter().enumerate() {
            assert_eq!(service.index(), index);
        }
    }
}
