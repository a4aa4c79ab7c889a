use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::task::Wake;
use std::time::Instant;

use super::*;

/// Blocks the test thread on a future: wakes come through a channel.
fn block_on<F: Future>(future: F) -> F::Output {
    struct ChannelWaker(Mutex<mpsc::Sender<()>>);
    impl Wake for ChannelWaker {
        fn wake(self: Arc<Self>) {
            let _ = lock(&self.0).send(());
        }
    }
    let (sender, woken) = mpsc::channel();
    let waker = Waker::from(Arc::new(ChannelWaker(Mutex::new(sender))));
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
        let woke = woken.recv_timeout(Duration::from_secs(10));
        assert!(woke.is_ok(), "woken within 10 s");
    }
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(Instant::now() < deadline, "{what} within 10 s");
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn runs_a_call_and_returns_its_result() -> Result<(), FronteggError> {
    let pool = WorkerPool::new(2)?;
    let on_caller = std::thread::current().id();
    let (value, thread) = block_on(pool.run(move || Ok((41 + 1, std::thread::current().id()))))?;
    assert_eq!(value, 42);
    assert_ne!(thread, on_caller, "the call ran on a pool thread");
    let answer = block_on(pool.run(|| -> Result<(), _> {
        Err(FronteggError::InvalidInput {
            reason: "bad".into(),
        })
    }));
    assert!(
        matches!(answer, Err(FronteggError::InvalidInput { .. })),
        "{answer:?}"
    );
    Ok(())
}

#[test]
fn rejects_a_size_outside_its_bounds() -> Result<(), FronteggError> {
    for size in [0, MAX_WORKERS_LIMIT + 1] {
        let built = WorkerPool::new(size);
        assert!(
            matches!(&built, Err(FronteggError::Config { reason }) if reason.contains("max_workers")),
            "{built:?}"
        );
    }
    assert_eq!(WorkerPool::new(MAX_WORKERS_LIMIT)?.max_workers(), 256);
    Ok(())
}

#[test]
fn never_runs_more_calls_at_once_than_its_size() -> Result<(), FronteggError> {
    let pool = WorkerPool::new(3)?;
    let running = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let calls: Vec<_> = (0..24)
        .map(|_| {
            let (running, peak) = (Arc::clone(&running), Arc::clone(&peak));
            pool.run(move || {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                peak.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(5));
                running.fetch_sub(1, Ordering::SeqCst);
                Ok(())
            })
        })
        .collect();
    assert!(pool.live_workers() <= 3);
    for call in calls {
        block_on(call)?;
    }
    assert_eq!(
        peak.load(Ordering::SeqCst),
        3,
        "three threads ran in parallel"
    );
    Ok(())
}

#[test]
fn a_dropped_call_that_has_not_started_never_runs() -> Result<(), FronteggError> {
    let pool = WorkerPool::new(1)?;
    let (release, gate) = mpsc::channel::<()>();
    let gate = Mutex::new(gate);
    let blocker = pool.run(move || {
        let _ = lock(&gate).recv_timeout(Duration::from_secs(10));
        Ok(())
    });
    let started = Arc::new(AtomicUsize::new(0));
    for _ in 0..100 {
        let started = Arc::clone(&started);
        drop(pool.run(move || {
            started.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }));
    }
    assert!(release.send(()).is_ok(), "the call is still waiting");
    block_on(blocker)?;
    block_on(pool.run(|| Ok(())))?;
    assert_eq!(started.load(Ordering::SeqCst), 0);
    Ok(())
}

#[test]
fn threads_end_when_idle() -> Result<(), FronteggError> {
    let pool = WorkerPool::new(4)?;
    let calls: Vec<_> = (0..8)
        .map(|_| {
            pool.run(|| {
                std::thread::sleep(Duration::from_millis(20));
                Ok(())
            })
        })
        .collect();
    for call in calls {
        block_on(call)?;
    }
    assert!(pool.live_workers() >= 1);
    wait_until("idle threads end", || pool.live_workers() == 0);
    // And the pool starts threads again afterwards.
    assert_eq!(block_on(pool.run(|| Ok(7)))?, 7);
    Ok(())
}

#[test]
fn a_panicking_call_resumes_its_panic_in_the_awaiting_task_and_the_pool_goes_on()
-> Result<(), FronteggError> {
    let pool = WorkerPool::new(1)?;
    let call = pool.run(|| -> Result<(), FronteggError> { panic!("boom") });
    let caught = catch_unwind(AssertUnwindSafe(|| block_on(call)));
    assert!(caught.is_err());
    assert_eq!(block_on(pool.run(|| Ok("after")))?, "after");
    Ok(())
}

#[test]
fn debug_names_the_size() -> Result<(), FronteggError> {
    let pool = WorkerPool::new(5)?;
    assert_eq!(
        format!("{pool:?}"),
        "WorkerPool { max_workers: 5, live_workers: 0 }"
    );
    Ok(())
}

#[test]
fn a_call_whose_job_is_dropped_unrun_answers_with_an_error() -> Result<(), FronteggError> {
    // What happens to queued calls when no thread can be started.
    let handoff = Arc::new(Mutex::new(Handoff::Waiting(None)));
    let delivery: Delivery<u8> = Delivery {
        handoff: Some(Arc::clone(&handoff)),
    };
    let call = PoolCall { handoff };
    drop(delivery);
    let answer = block_on(call);
    assert!(
        matches!(&answer, Err(FronteggError::Network { reason }) if reason.contains("retry later")),
        "{answer:?}"
    );
    Ok(())
}

#[test]
fn a_burst_starts_threads_up_to_the_size_even_while_one_is_waking() -> Result<(), FronteggError> {
    let pool = WorkerPool::new(4)?;
    // One thread, idle after its call.
    block_on(pool.run(|| Ok(())))?;
    let (release, gate) = mpsc::channel::<()>();
    let gate = Arc::new(Mutex::new(gate));
    let running = Arc::new(AtomicUsize::new(0));
    let calls: Vec<_> = (0..4)
        .map(|_| {
            let (gate, running) = (Arc::clone(&gate), Arc::clone(&running));
            pool.run(move || {
                running.fetch_add(1, Ordering::SeqCst);
                let _ = lock(&gate).recv_timeout(Duration::from_secs(10));
                Ok(())
            })
        })
        .collect();
    // All four start at once: the idle thread took one, three were started.
    wait_until("four calls running", || running.load(Ordering::SeqCst) == 4);
    assert_eq!(pool.live_workers(), 4);
    for _ in 0..4 {
        assert!(release.send(()).is_ok(), "the call is still waiting");
    }
    for call in calls {
        block_on(call)?;
    }
    Ok(())
}
