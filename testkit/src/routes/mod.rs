//! The operation table: every emulated route, its method and path template
//! (Frontegg's, with the service prefix), and the function that answers it.
//! One table serves the router, the 501 answer for everything else, and
//! the support matrix.

mod api_tokens;
mod applications;
mod auth;
mod control;
mod directory;
mod groups;
mod hosted;
mod mfa;
mod passwordless;
mod users;
mod vendor;

use std::collections::HashMap;

pub(crate) use control::commands as control_commands;

use crate::call::Call;
use crate::controls::Controls;
use crate::reply::{Outcome, Reply};
use crate::seed::Seed;
use crate::world::World;

/// Everything behind the emulator's one lock.
pub(crate) struct State {
    pub(crate) world: World,
    pub(crate) controls: Controls,
    pub(crate) seed: Seed,
    pub(crate) url: String,
}

pub(crate) type Handler = fn(&mut State, &Call) -> Outcome;

/// One emulated operation.
pub(crate) struct Route {
    pub(crate) method: &'static str,
    pub(crate) path: &'static str,
    pub(crate) handler: Handler,
}

pub(crate) const fn route(method: &'static str, path: &'static str, handler: Handler) -> Route {
    Route {
        method,
        path,
        handler,
    }
}

/// Every route, control routes included.
pub(crate) fn table() -> Vec<Route> {
    [
        vendor::ROUTES,
        auth::ROUTES,
        mfa::ROUTES,
        passwordless::ROUTES,
        hosted::ROUTES,
        api_tokens::ROUTES,
        users::ROUTES,
        directory::ROUTES,
        groups::ROUTES,
        applications::ROUTES,
        control::ROUTES,
    ]
    .into_iter()
    .flat_map(|routes| routes.iter().map(|r| route(r.method, r.path, r.handler)))
    .collect()
}

/// The emulated operations as `(METHOD, path template)`, control routes
/// left out: what the support matrix lists as emulated.
pub fn emulated_operations() -> Vec<(&'static str, &'static str)> {
    table()
        .into_iter()
        .filter(|r| !r.path.starts_with("/_emulator"))
        .map(|r| (r.method, r.path))
        .collect()
}

/// Finds the route of a call.
pub(crate) struct Router {
    table: Vec<Route>,
    by_method: HashMap<&'static str, matchit::Router<usize>>,
}

impl Router {
    pub(crate) fn new() -> Result<Self, crate::error::EmulatorError> {
        let table = table();
        let mut by_method: HashMap<&'static str, matchit::Router<usize>> = HashMap::new();
        for (i, r) in table.iter().enumerate() {
            by_method
                .entry(r.method)
                .or_default()
                .insert(r.path, i)
                .map_err(|e| {
                    crate::error::EmulatorError::new(format!(
                        "route table: {} {}: {e}",
                        r.method, r.path
                    ))
                })?;
        }
        Ok(Self { table, by_method })
    }

    /// The route for `method` and `path` with its path parameters.
    pub(crate) fn find(
        &self,
        method: &str,
        path: &str,
    ) -> Option<(&Route, HashMap<String, String>)> {
        // Browser SDKs prefix every path with `/frontegg` on the
        // environment domain.
        let path = path
            .strip_prefix("/frontegg")
            .filter(|p| p.starts_with('/'))
            .unwrap_or(path);
        let router = self.by_method.get(method)?;
        let matched = router.at(path).ok()?;
        let params = matched
            .params
            .iter()
            .map(|(k, v)| {
                let value = percent_encoding::percent_decode_str(v).decode_utf8_lossy();
                (k.to_owned(), value.into_owned())
            })
            .collect();
        let route = self.table.get(*matched.value)?;
        Some((route, params))
    }

    /// Whether any method serves `path` (for 405 versus 501).
    pub(crate) fn other_methods(&self, path: &str) -> Vec<&'static str> {
        let mut methods: Vec<&'static str> = self
            .by_method
            .iter()
            .filter(|(_, r)| r.at(path).is_ok())
            .map(|(m, _)| *m)
            .collect();
        methods.sort_unstable();
        methods
    }
}

/// The answer for a route the emulator does not emulate.
pub(crate) fn not_emulated(method: &str, path: &str) -> Reply {
    Reply::error(
        501,
        "ER-EMULATOR-501",
        format!(
            "not emulated: {method} {path} (see docs/EMULATOR.md for what the emulator serves)"
        ),
    )
}

/// Pages a list as Frontegg's `FronteggPaginationWrapper`: `_limit` (default
/// 50, at most 200) and `_offset` as a page index.
pub(crate) fn page(call: &Call, items: Vec<serde_json::Value>, path: &str) -> Outcome {
    let number = |name: &str, default: usize| -> Result<usize, Reply> {
        match call.query(name) {
            None | Some("") => Ok(default),
            Some(text) => text
                .parse::<usize>()
                .map_err(|_| Reply::bad_request(format!("{name} must be a whole number"))),
        }
    };
    let limit = number("_limit", 50)?.clamp(1, 200);
    let offset = number("_offset", 0)?;
    let total = items.len();
    let pages = total.div_ceil(limit).max(1);
    let link = |page: usize| format!("{path}?_limit={limit}&_offset={page}");
    let page_items: Vec<serde_json::Value> = items
        .into_iter()
        .skip(offset.saturating_mul(limit))
        .take(limit)
        .collect();
    Ok(Reply::ok(serde_json::json!({
        "items": page_items,
        "_links": {
            "first": link(0),
            "last": link(pages - 1),
            "next": if offset + 1 < pages { link(offset + 1) } else { String::new() },
            "prev": if offset > 0 { link(offset - 1) } else { String::new() },
        },
        "_metadata": { "totalItems": total, "totalPages": pages },
    })))
}
