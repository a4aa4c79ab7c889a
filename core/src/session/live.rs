//! The tokens and locks of one process: what a forked child rebuilds for
//! itself (see `fork.rs`).

use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::fork::try_lock;

use super::tokens::Tokens;

/// The tokens and locks of one process (see `fork.rs`).
pub(super) struct Live {
    pub(super) tokens: Mutex<Current>,
    /// Held while a refresh or logout runs: one at a time. Storage
    /// callbacks never run under it.
    pub(super) refreshing: Mutex<()>,
    /// Held while the storage is written; the version written last.
    pub(super) persisting: Mutex<u64>,
}

/// The live tokens and a count of their changes, so that storage writes
/// that overtake each other still leave the latest state stored.
#[derive(Clone, Default)]
pub(super) struct Current {
    pub(super) tokens: Option<Tokens>,
    pub(super) version: u64,
}

impl Live {
    /// Fresh tokens (version 1), `stored` already when they came from the
    /// storage itself.
    pub(super) fn new(tokens: Option<Tokens>, stored: bool) -> Self {
        Self {
            tokens: Mutex::new(Current { tokens, version: 1 }),
            refreshing: Mutex::new(()),
            persisting: Mutex::new(u64::from(stored)),
        }
    }

    /// A forked child's own: the tokens when they could be read without
    /// waiting. A refresh the parent had in flight may have used the
    /// refresh token up, so the child never sends it again.
    pub(super) fn inherit(&self) -> Self {
        let persisted = try_lock(&self.persisting).map_or(0, |v| *v);
        let mut current = try_lock(&self.tokens)
            .map(|current| current.clone())
            // Unreadable tokens start the child signed out, but as the
            // version already stored: the child must not clear a storage
            // it shares with its parent because a lock was held at the fork.
            .unwrap_or(Current {
                tokens: None,
                version: persisted,
            });
        if try_lock(&self.refreshing).is_none()
            && let Some(tokens) = &mut current.tokens
        {
            tokens.spent = true;
        }
        Self {
            tokens: Mutex::new(current),
            refreshing: Mutex::new(()),
            persisting: Mutex::new(persisted),
        }
    }

    pub(super) fn current(&self) -> MutexGuard<'_, Current> {
        self.tokens.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
