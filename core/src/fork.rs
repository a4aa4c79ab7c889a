//! Fork safety: what belongs to one process — pooled sockets, the threads
//! and locks of work in flight, caches guarded by locks — is never used by a
//! child forked from it.
//!
//! After `fork()` only the forking thread exists in the child. A keep-alive
//! socket inherited from the parent is the parent's too: two processes
//! reading one socket get each other's answers. A lock that another parent
//! thread held at the moment of the fork is held forever in the child. So
//! every such piece of state lives in a [`PerProcess`] slot, tagged with the
//! fork generation it was made in. A `pthread_atfork` child handler bumps
//! the generation (an atomic add: all a handler may safely do); the next use
//! in the child sees a slot from an older generation and builds its own,
//! carrying over only plain data that can be read without waiting (a cached
//! token read with `try_lock`). The parent's slot is untouched, so the parent
//! keeps its connections.
//!
//! Cost on the hot path: one atomic load and one `Arc` clone per use.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Once, TryLockError};

use arc_swap::ArcSwap;

/// Forks this process descends from since the library was first used.
static GENERATION: AtomicU64 = AtomicU64::new(0);
static REGISTER: Once = Once::new();

#[cfg(unix)]
extern "C" fn after_fork_in_child() {
    // Only async-signal-safe work here: one atomic add.
    GENERATION.fetch_add(1, Ordering::AcqRel);
}

/// Installs the child handler once per process image. Forks before the
/// first [`PerProcess`] exists need no handler: nothing was there to inherit.
fn register() {
    REGISTER.call_once(|| {
        #[cfg(unix)]
        // SAFETY: the handler is a plain `extern "C"` function with static
        // lifetime that only touches an atomic.
        unsafe {
            libc::pthread_atfork(None, None, Some(after_fork_in_child));
        }
    });
}

/// A value of one process, tagged with its fork generation.
pub(crate) struct Slot<T> {
    generation: u64,
    value: T,
}

impl<T> std::ops::Deref for Slot<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

/// State that a forked child must not share with its parent: each process
/// gets its own, built on first use from what the parent's can give without
/// waiting.
pub(crate) struct PerProcess<T> {
    slot: ArcSwap<Slot<T>>,
    /// [`GENERATION`], or a counter of a unit test's own.
    forks: &'static AtomicU64,
}

impl<T> PerProcess<T> {
    pub fn new(value: T) -> Self {
        register();
        Self::counting(value, &GENERATION)
    }

    fn counting(value: T, forks: &'static AtomicU64) -> Self {
        Self {
            slot: ArcSwap::from_pointee(Slot {
                generation: forks.load(Ordering::Acquire),
                value,
            }),
            forks,
        }
    }

    /// This process's value. In a child forked since the value was made,
    /// `inherit` builds the child's own from the parent's; it must not
    /// block on anything the parent's other threads may have held (use
    /// `try_lock`), and it may run more than once when threads race.
    pub fn get(&self, inherit: impl Fn(&T) -> T) -> Arc<Slot<T>> {
        loop {
            let current = self.slot.load_full();
            let now = self.forks.load(Ordering::Acquire);
            if current.generation == now {
                return current;
            }
            let fresh = Arc::new(Slot {
                generation: now,
                value: inherit(&current.value),
            });
            let previous = self.slot.compare_and_swap(&current, Arc::clone(&fresh));
            if Arc::ptr_eq(&previous, &current) {
                // The parent's value is dropped here once no call of this
                // process uses it: for a connection pool, the child closes
                // its copies of the sockets (closing never shuts the
                // parent's connection down).
                return fresh;
            }
            // Another thread installed one first: use that.
        }
    }
}

impl<T: Default> Default for PerProcess<T> {
    fn default() -> Self {
        Self::new(T::default())
    }
}

/// The lock when it is free, without waiting (a panic that poisoned it
/// left consistent data: every value guarded here is written in one step);
/// `None` when another holder has it — in a forked child, a parent thread
/// that will never release it.
pub(crate) fn try_lock<T>(mutex: &Mutex<T>) -> Option<MutexGuard<'_, T>> {
    match mutex.try_lock() {
        Ok(guard) => Some(guard),
        Err(TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
        Err(TryLockError::WouldBlock) => None,
    }
}

/// A mutex-guarded value whose lock a forked child never inherits held:
/// the child starts from a copy taken with `try_lock`, or from `T::default()`
/// when a parent thread held the lock at the fork.
pub(crate) struct ForkSafeMutex<T> {
    inner: PerProcess<Mutex<T>>,
}

impl<T: Clone + Default> ForkSafeMutex<T> {
    pub fn new(value: T) -> Self {
        Self {
            inner: PerProcess::new(Mutex::new(value)),
        }
    }

    #[cfg(test)]
    fn counting(value: T, forks: &'static AtomicU64) -> Self {
        Self {
            inner: PerProcess::counting(Mutex::new(value), forks),
        }
    }

    /// Runs `f` with the value locked. The lock is held only while `f`
    /// runs: call nothing from `f` that may come back here.
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        let slot = self.inner.get(|parent| {
            Mutex::new(
                try_lock(parent)
                    .map(|value| value.clone())
                    .unwrap_or_default(),
            )
        });
        let mut guard = slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut guard)
    }
}

impl<T: Clone + Default> Default for ForkSafeMutex<T> {
    fn default() -> Self {
        Self::new(T::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Each test forks "by hand" on a counter of its own: bumping the real
    // one would make every other test's state look inherited.
    #[test]
    fn a_new_generation_gets_its_own_value_built_from_the_old() {
        static FORKS: AtomicU64 = AtomicU64::new(0);
        let per_process = PerProcess::counting(1_u32, &FORKS);
        assert_eq!(**per_process.get(|old| old + 1), 1);
        FORKS.fetch_add(1, Ordering::AcqRel);
        assert_eq!(**per_process.get(|old| old + 1), 2);
        assert_eq!(**per_process.get(|old| old + 1), 2);
    }

    #[test]
    fn a_lock_held_at_the_fork_is_not_inherited() {
        static FORKS: AtomicU64 = AtomicU64::new(0);
        let guarded = Arc::new(ForkSafeMutex::counting(7_u32, &FORKS));
        let holder = Arc::clone(&guarded);
        let (locked, release) = (
            std::sync::mpsc::channel::<()>(),
            std::sync::mpsc::channel::<()>(),
        );
        let (locked_tx, locked_rx) = locked;
        let (release_tx, release_rx) = release;
        let thread = std::thread::spawn(move || {
            holder.with(|_| {
                let _ = locked_tx.send(());
                let _ = release_rx.recv();
            });
        });
        let _ = locked_rx.recv();
        FORKS.fetch_add(1, Ordering::AcqRel);
        // The lock is held by "a parent thread": a child starts from the
        // default instead of waiting.
        assert_eq!(guarded.with(|value| *value), 0);
        let _ = release_tx.send(());
        let _ = thread.join();
    }
}
