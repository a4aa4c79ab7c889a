//! [`CachingResolver`]: host names resolved once per TTL, IP literals never.
//!
//! ureq resolves a request's host before it looks in its connection pool,
//! and with a global timeout set (ours always is) its default resolver runs
//! each lookup on a new thread so that it can time out. That is a thread
//! and a `getaddrinfo` per call, even for a reused connection. This
//! resolver answers IP literals at once, keeps a host's addresses for a
//! bounded TTL, and only on a miss looks up (on a thread when a deadline
//! applies, so the timeout still holds). A failed lookup is not cached.

use std::collections::HashMap;
use std::fmt;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// How long a host's addresses are reused before it is looked up again.
pub(crate) const DNS_TTL: Duration = Duration::from_secs(30);

/// The most host names kept (a client talks to a handful).
const CAPACITY: usize = 64;

/// Turns `host:port` into addresses: the system resolver, or a test's.
pub(crate) type Lookup = Arc<dyn Fn(&str) -> std::io::Result<Vec<SocketAddr>> + Send + Sync>;

/// The system's resolver (`getaddrinfo`).
pub(crate) fn system_lookup() -> Lookup {
    Arc::new(|host_port: &str| host_port.to_socket_addrs().map(Iterator::collect))
}

pub(crate) struct CachingResolver {
    lookup: Lookup,
    ttl: Duration,
    cache: Mutex<HashMap<String, (Vec<SocketAddr>, Instant)>>,
}

impl fmt::Debug for CachingResolver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CachingResolver")
            .field("ttl", &self.ttl)
            .finish_non_exhaustive()
    }
}

impl CachingResolver {
    pub fn new(lookup: Lookup, ttl: Duration) -> Self {
        Self {
            lookup,
            ttl,
            cache: Mutex::new(HashMap::new()),
        }
    }

    fn cached(&self, key: &str) -> Option<Vec<SocketAddr>> {
        let cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        cache
            .get(key)
            .filter(|(_, at)| at.elapsed() < self.ttl)
            .map(|(addrs, _)| addrs.clone())
    }

    fn remember(&self, key: String, addrs: Vec<SocketAddr>) {
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        if cache.len() >= CAPACITY {
            cache.retain(|_, (_, at)| at.elapsed() < self.ttl);
        }
        if cache.len() >= CAPACITY {
            cache.clear();
        }
        cache.insert(key, (addrs, Instant::now()));
    }

    /// Looks `key` up, within `timeout` when one applies.
    fn look_up(&self, key: &str, timeout: &NextTimeout) -> Result<Vec<SocketAddr>, ureq::Error> {
        if timeout.after.is_not_happening() {
            return (self.lookup)(key).map_err(ureq::Error::Io);
        }
        // Only a miss pays for the thread that lets a slow lookup time out.
        let (sender, receiver) = mpsc::sync_channel(1);
        let lookup = Arc::clone(&self.lookup);
        let owned = key.to_owned();
        std::thread::spawn(move || {
            let _ = sender.send(lookup(&owned));
        });
        match receiver.recv_timeout(*timeout.after) {
            Ok(result) => result.map_err(ureq::Error::Io),
            Err(RecvTimeoutError::Timeout) => Err(ureq::Error::Timeout(timeout.reason)),
            Err(RecvTimeoutError::Disconnected) => Err(ureq::Error::HostNotFound),
        }
    }
}

impl Resolver for CachingResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let (Some(scheme), Some(authority)) = (uri.scheme(), uri.authority()) else {
            return Err(ureq::Error::BadUri(format!("{uri} has no scheme or host")));
        };
        let port = match (authority.port_u16(), scheme.as_str()) {
            (Some(port), _) => port,
            (None, "https") => 443,
            (None, "http") => 80,
            (None, other) => return Err(ureq::Error::BadUri(format!("unknown scheme: {other}"))),
        };
        let host = authority.host();
        let literal = host.trim_start_matches('[').trim_end_matches(']');
        let addrs = if let Ok(ip) = literal.parse::<IpAddr>() {
            vec![SocketAddr::new(ip, port)]
        } else {
            let key = format!("{host}:{port}");
            match self.cached(&key) {
                Some(addrs) => addrs,
                None => {
                    let addrs = self.look_up(&key, &timeout)?;
                    if !addrs.is_empty() {
                        self.remember(key, addrs.clone());
                    }
                    addrs
                }
            }
        };
        let mut result = self.empty();
        for addr in config.ip_family().keep_wanted(addrs.into_iter()) {
            // The array holds 16; more addresses add nothing.
            if result.try_push(addr).is_err() {
                break;
            }
        }
        if result.is_empty() {
            Err(ureq::Error::HostNotFound)
        } else {
            Ok(result)
        }
    }
}
