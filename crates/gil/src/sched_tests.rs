//! Tests of the deterministic scheduler (sched.rs) on the bare GIL: the
//! same seed gives the same interleaving, blocking and waking hand the
//! baton on, time is virtual, and a deadlock is detected.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use crate::*;

fn sched_gil(seed: u64, p: f64) -> Arc<Gil> {
    Arc::new(Gil::new(GilConfig {
        sched: Some(SchedConfig {
            seed,
            switch_prob: p,
        }),
        ..GilConfig::default()
    }))
}

fn poll(gil: &Gil, t: &ThreadHandle) {
    if gil.breaker().load(Relaxed) != 0 {
        gil.handle_breaker(t);
    }
}

/// `n` threads (registered by the main thread, as the interpreter does)
/// each run `steps` instructions, logging their id at every one. Returns
/// the log: the interleaving.
fn interleaving(seed: u64, n: usize, steps: usize) -> Vec<u64> {
    let gil = sched_gil(seed, 0.1);
    let log = Arc::new(Mutex::new(Vec::new()));
    let main = gil.register_thread("main");
    gil.acquire(&main);
    let handles: Vec<_> = (0..n)
        .map(|i| {
            let t = gil.register_thread(&format!("t{i}"));
            let (gil, log) = (gil.clone(), log.clone());
            thread::spawn(move || {
                gil.acquire(&t);
                for _ in 0..steps {
                    log.lock().unwrap().push(t.id());
                    poll(&gil, &t);
                }
                gil.thread_finished(&t);
            })
        })
        .collect();
    // The main thread waits for the others the way join does: a logical
    // block, woken by nobody, with a timeout long enough for all of them.
    while handles.iter().any(|h| !h.is_finished()) {
        gil.sched_block(&main, BlockReason::Join, 0, Some(Duration::from_secs(1)), None);
    }
    for h in handles {
        h.join().unwrap();
    }
    gil.thread_finished(&main);
    Arc::try_unwrap(log).unwrap().into_inner().unwrap()
}

#[test]
fn same_seed_same_interleaving() {
    let a = interleaving(42, 3, 300);
    for _ in 0..5 {
        assert_eq!(interleaving(42, 3, 300), a);
    }
    assert_eq!(a.len(), 900);
    // p = 0.1 over 900 steps: the threads alternate many times.
    let switches = a.windows(2).filter(|w| w[0] != w[1]).count();
    assert!(switches > 20, "only {switches} switches");
}

#[test]
fn different_seeds_differ() {
    let a = interleaving(1, 3, 300);
    let b = interleaving(2, 3, 300);
    assert_ne!(a, b);
}

#[test]
fn notify_wakes_a_blocked_thread() {
    let gil = sched_gil(7, 0.05);
    let main = gil.register_thread("main");
    gil.acquire(&main);
    let flag = Arc::new(Mutex::new(false));
    let t = gil.register_thread("waiter");
    let h = {
        let (gil, flag) = (gil.clone(), flag.clone());
        thread::spawn(move || {
            gil.acquire(&t);
            // Wait on key 99 until the flag is set (a condition variable).
            while !*flag.lock().unwrap() {
                let w = gil.sched_block(&t, BlockReason::Lock, 99, None, None);
                assert_eq!(w, Wake::Notified);
            }
            gil.thread_finished(&t);
        })
    };
    for _ in 0..1000 {
        poll(&gil, &main);
    }
    *flag.lock().unwrap() = true;
    gil.sched_notify(99);
    while !h.is_finished() {
        gil.sched_block(&main, BlockReason::Join, 0, Some(Duration::from_millis(1)), None);
    }
    h.join().unwrap();
    assert!(gil.is_held_by(&main));
}

#[test]
fn sleep_is_virtual() {
    let gil = sched_gil(3, 0.02);
    let main = gil.register_thread("main");
    gil.acquire(&main);
    let start = std::time::Instant::now();
    // Alone: an hour passes at once on the virtual clock.
    let w = gil.sched_block(&main, BlockReason::Sleep, 0, Some(Duration::from_secs(3600)), None);
    assert_eq!(w, Wake::TimedOut);
    assert!(start.elapsed() < Duration::from_secs(5));
    assert!(gil.sched_clock() >= Duration::from_secs(3600));
}

#[test]
fn deadlock_is_reported() {
    let gil = sched_gil(5, 0.02);
    let main = gil.register_thread("main");
    gil.acquire(&main);
    // Nobody will ever notify key 1.
    let w = gil.sched_block(&main, BlockReason::Lock, 1, None, None);
    assert_eq!(w, Wake::Deadlock);
    assert!(gil.is_held_by(&main));
    assert!(gil.sched_report().contains("main: blocked on lock"));
}
