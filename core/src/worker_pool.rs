//! A bounded pool of threads that runs blocking calls for async callers:
//! the Kotlin `suspend` and Swift `async` methods await a [`PoolCall`]
//! while a pool thread makes the blocking call.
//!
//! Why a pool of our own: the foreign side polls our futures from its own
//! executor (a coroutine dispatcher, Swift's cooperative pool), which must
//! never block. The pool is bounded, so a burst of calls queues instead of
//! starting a thread each; its threads start on demand and end after
//! [`WORKER_IDLE_TIMEOUT`] without work, so an idle app holds none.
//!
//! Cancelling the caller drops its [`PoolCall`]: a call still queued is
//! never started, and one already running finishes on its thread (every
//! call is bounded by the client's timeouts) and its result is dropped.

use std::collections::VecDeque;
use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use crate::FronteggError;
use crate::fork::{PerProcess, Slot};

/// How long a pool thread waits for more work before it ends.
pub const WORKER_IDLE_TIMEOUT: Duration = Duration::from_secs(2);

/// The largest pool size accepted: more threads than this only queue on
/// the connection pool and cost memory.
pub const MAX_WORKERS_LIMIT: u32 = 256;

type Job = Box<dyn FnOnce() + Send>;

/// Runs blocking calls on at most `max_workers` threads. Cheap to clone:
/// clones share the threads and the queue.
#[derive(Clone)]
pub struct WorkerPool {
    max_workers: u32,
    shared: Arc<PerProcess<Shared>>,
}

struct Shared {
    max_workers: usize,
    state: Mutex<State>,
    work: Condvar,
}

#[derive(Default)]
struct State {
    queue: VecDeque<Job>,
    live: usize,
    idle: usize,
}

impl std::fmt::Debug for WorkerPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerPool")
            .field("max_workers", &self.max_workers)
            .field("live_workers", &self.live_workers())
            .finish()
    }
}

impl WorkerPool {
    /// A pool of at most `max_workers` threads (1 to [`MAX_WORKERS_LIMIT`]).
    pub fn new(max_workers: u32) -> Result<Self, FronteggError> {
        if !(1..=MAX_WORKERS_LIMIT).contains(&max_workers) {
            return Err(FronteggError::Config {
                reason: format!(
                    "max_workers must be between 1 and {MAX_WORKERS_LIMIT}, got {max_workers}"
                ),
            });
        }
        Ok(Self {
            max_workers,
            shared: Arc::new(PerProcess::new(Shared::new(max_workers as usize))),
        })
    }

    /// The most threads this pool runs at once.
    pub fn max_workers(&self) -> u32 {
        self.max_workers
    }

    /// Threads alive now, busy or idle (they end after
    /// [`WORKER_IDLE_TIMEOUT`] without work).
    pub fn live_workers(&self) -> usize {
        self.slot().lock().live
    }

    /// Runs `call` on a pool thread; the returned future resolves to its
    /// result. Dropping the future before the call starts means it never
    /// starts. A panic in `call` resumes in the task that polls the future.
    pub fn run<T, F>(&self, call: F) -> PoolCall<T>
    where
        T: Send + 'static,
        F: FnOnce() -> Result<T, FronteggError> + Send + 'static,
    {
        let handoff = Arc::new(Mutex::new(Handoff::Waiting(None)));
        let delivery = Delivery {
            handoff: Some(Arc::clone(&handoff)),
        };
        let job: Job = Box::new(move || delivery.run(call));
        Shared::submit(&self.slot(), job);
        PoolCall { handoff }
    }

    fn slot(&self) -> Arc<Slot<Shared>> {
        // A forked child starts with an empty pool: the parent's threads
        // do not exist there, and its queued calls belong to the parent.
        self.shared
            .get(|_parent| Shared::new(self.max_workers as usize))
    }
}

impl Shared {
    fn new(max_workers: usize) -> Self {
        Self {
            max_workers,
            state: Mutex::new(State::default()),
            work: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn submit(this: &Arc<Slot<Shared>>, job: Job) {
        let mut state = this.lock();
        state.queue.push_back(job);
        if state.idle > 0 {
            this.work.notify_one();
        }
        // A woken thread counts as idle until it runs: start another one
        // when more calls wait than idle threads can take.
        if state.queue.len() <= state.idle || state.live >= this.max_workers {
            return;
        }
        state.live += 1;
        drop(state);
        let worker = Arc::clone(this);
        let spawned = std::thread::Builder::new()
            .name("frontegg-worker".into())
            .spawn(move || Shared::work(&worker));
        if let Err(error) = spawned {
            log::warn!("could not start a worker thread: {error}");
            let mut state = this.lock();
            state.live -= 1;
            // With no thread left to run them, the waiting calls fail now
            // (each dropped job answers its caller) instead of forever.
            if state.live == 0 {
                let stranded: Vec<Job> = state.queue.drain(..).collect();
                drop(state);
                drop(stranded);
            }
        }
    }

    fn work(this: &Slot<Shared>) {
        let mut state = this.lock();
        loop {
            if let Some(job) = state.queue.pop_front() {
                drop(state);
                job();
                state = this.lock();
                continue;
            }
            state.idle += 1;
            let (next, timeout) = this
                .work
                .wait_timeout(state, WORKER_IDLE_TIMEOUT)
                .unwrap_or_else(PoisonError::into_inner);
            state = next;
            state.idle -= 1;
            if timeout.timed_out() && state.queue.is_empty() {
                state.live -= 1;
                return;
            }
        }
    }
}

type Outcome<T> = std::thread::Result<Result<T, FronteggError>>;

/// Hands one call's outcome to its [`PoolCall`]; dropped without running
/// (its job never ran: no thread could be started), it answers with an
/// error, so no caller waits forever.
struct Delivery<T> {
    handoff: Option<Arc<Mutex<Handoff<T>>>>,
}

impl<T> Delivery<T> {
    fn run(mut self, call: impl FnOnce() -> Result<T, FronteggError>) {
        let Some(handoff) = self.handoff.take() else {
            return;
        };
        if matches!(*lock(&handoff), Handoff::Cancelled) {
            return;
        }
        let outcome = catch_unwind(AssertUnwindSafe(call));
        deliver(&handoff, outcome);
    }
}

impl<T> Drop for Delivery<T> {
    fn drop(&mut self) {
        if let Some(handoff) = self.handoff.take() {
            deliver(
                &handoff,
                Ok(Err(FronteggError::Network {
                    reason: "no worker thread could be started for this call; retry later".into(),
                })),
            );
        }
    }
}

fn deliver<T>(handoff: &Mutex<Handoff<T>>, outcome: Outcome<T>) {
    let mut slot = lock(handoff);
    match std::mem::replace(&mut *slot, Handoff::Done(outcome)) {
        Handoff::Waiting(waker) => {
            drop(slot);
            if let Some(waker) = waker {
                waker.wake();
            }
        }
        // Cancelled: the answer is not wanted; the slot stays as it was.
        other => *slot = other,
    }
}

enum Handoff<T> {
    /// Not finished; the waker of the task awaiting it, once polled.
    Waiting(Option<Waker>),
    Done(Outcome<T>),
    /// The awaiting side went away: the result is not wanted.
    Cancelled,
    Taken,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The result of one call on a [`WorkerPool`], to await. Dropping it
/// cancels a call that has not started.
#[must_use = "a PoolCall does nothing unless awaited; dropping it cancels the call"]
pub struct PoolCall<T> {
    handoff: Arc<Mutex<Handoff<T>>>,
}

impl<T> std::fmt::Debug for PoolCall<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PoolCall").finish_non_exhaustive()
    }
}

impl<T> Future for PoolCall<T> {
    type Output = Result<T, FronteggError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut slot = lock(&self.handoff);
        match std::mem::replace(&mut *slot, Handoff::Taken) {
            Handoff::Done(Ok(result)) => Poll::Ready(result),
            Handoff::Done(Err(panic)) => {
                drop(slot);
                resume_unwind(panic)
            }
            Handoff::Waiting(_) => {
                *slot = Handoff::Waiting(Some(cx.waker().clone()));
                Poll::Pending
            }
            Handoff::Cancelled | Handoff::Taken => Poll::Ready(Err(FronteggError::InvalidInput {
                reason: "this call's result was already taken".into(),
            })),
        }
    }
}

impl<T> Drop for PoolCall<T> {
    fn drop(&mut self) {
        let mut slot = lock(&self.handoff);
        if matches!(*slot, Handoff::Waiting(_)) {
            *slot = Handoff::Cancelled;
        }
    }
}

#[cfg(test)]
mod tests;
