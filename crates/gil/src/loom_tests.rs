//! Model-checked tests: loom runs each closure under every interleaving of
//! its threads (up to a preemption bound) and fails on a deadlock (every
//! thread blocked), on a data race on a `loom::cell::UnsafeCell`, or on a
//! failed assertion.
//!
//! Run with
//! `RUSTFLAGS="--cfg loom" cargo test -p pygil-gil --release --lib loom`.
//!
//! Timeouts are explicit: a test that needs a waiter's interval to run out
//! calls `Gil::loom_fire_timer` from a "timer" thread, and loom places that
//! call at every possible point of the other threads (see sync.rs). A
//! holder that spins on the eval-breaker calls `loom::thread::yield_now`,
//! which tells loom that the thread cannot progress until another one does.

use std::sync::atomic::Ordering::Relaxed;
use std::time::Duration;

use loom::cell::UnsafeCell;
use loom::sync::atomic::AtomicBool;
use loom::sync::Arc;
use loom::thread;

use crate::breaker::DROP_REQUEST;
use crate::*;

fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut b = loom::model::Builder::new();
    if b.preemption_bound.is_none() {
        b.preemption_bound = Some(3);
    }
    b.check(f);
}

fn new_gil(policy: Policy) -> Arc<Gil> {
    Arc::new(Gil::new(GilConfig {
        policy,
        switch_interval: Duration::from_millis(5),
        trace: false,
        sched: None,
    }))
}

fn forced_drops(t: &ThreadHandle) -> u64 {
    t.inner
        .acct
        .snapshot(0, String::new(), false, 0)
        .forced_drops
}

/// The holder spins at instruction boundaries until it has been made to
/// drop the GIL once; returns then (holding the GIL again).
fn spin_until_forced(gil: &Gil, t: &ThreadHandle) {
    loop {
        if gil.breaker().load(Relaxed) != 0 {
            gil.handle_breaker(t);
            if forced_drops(t) > 0 {
                return;
            }
        }
        thread::yield_now();
    }
}

/// Two threads each take the GIL twice and touch unsynchronised data while
/// holding it, with a timer that may fire anywhere: no two ever hold it at
/// once (loom's UnsafeCell would report the race), and nobody deadlocks.
#[test]
fn loom_mutual_exclusion_and_no_deadlock() {
    model(|| {
        let gil = new_gil(Policy::CPython);
        let data = Arc::new(UnsafeCell::new(0u32));
        let workers: Vec<_> = (0..2)
            .map(|i| {
                let (gil, data) = (gil.clone(), data.clone());
                thread::spawn(move || {
                    let t = gil.register_thread(if i == 0 { "a" } else { "b" });
                    for _ in 0..2 {
                        gil.acquire(&t);
                        assert!(gil.is_held_by(&t));
                        // SAFETY: the GIL is held; loom checks that claim.
                        data.with_mut(|p| unsafe { *p += 1 });
                        if gil.breaker().load(Relaxed) != 0 {
                            gil.handle_breaker(&t);
                        }
                        data.with_mut(|p| unsafe { *p += 1 });
                        gil.release(&t, BlockReason::Sleep);
                    }
                    gil.thread_finished(&t);
                })
            })
            .collect();
        let g = gil.clone();
        let timer = thread::spawn(move || g.loom_fire_timer());
        for w in workers {
            w.join().unwrap();
        }
        timer.join().unwrap();
        // SAFETY: every thread that wrote is joined.
        assert_eq!(data.with(|p| unsafe { *p }), 8);
    });
}

/// A release wakes a thread that is waiting, whether it started waiting
/// before or after the release: no lost wake-up (loom reports a deadlock
/// if the waiter sleeps forever). No timer: only the release can wake it.
#[test]
fn loom_release_wakes_waiter() {
    model(|| {
        let gil = new_gil(Policy::CPython);
        let main = gil.register_thread("main");
        gil.acquire(&main);
        let g = gil.clone();
        let waiter = thread::spawn(move || {
            let t = g.register_thread("waiter");
            g.acquire(&t);
            g.release(&t, BlockReason::Other("exit"));
            g.thread_finished(&t);
        });
        gil.release(&main, BlockReason::Join);
        waiter.join().unwrap();
        gil.acquire(&main);
    });
}

/// A holder spinning at instruction boundaries is asked to drop (by a
/// waiter whose interval ran out) and, when it has dropped, the waiter has
/// had the GIL before the holder gets it back: a forced drop always hands
/// over.
///
/// Both the holder's spin and the timer are bounded: with two unbounded
/// spinning threads loom can keep choosing the stale value of a relaxed
/// load forever (legal in the memory model, if not on real hardware) and
/// gives up. The bounds leave plenty of interleavings in which the timer
/// fires, the waiter requests the drop and the holder sees it; in the
/// others the holder releases voluntarily, which must not deadlock either.
#[test]
fn loom_forced_drop_hands_over() {
    FORCED_SEEN.store(0, Relaxed);
    model(|| {
        let gil = new_gil(Policy::CPython);
        let took = Arc::new(AtomicBool::new(false));
        let holder = gil.register_thread("holder");
        gil.acquire(&holder);
        let (g, k) = (gil.clone(), took.clone());
        let waiter = thread::spawn(move || {
            let t = g.register_thread("waiter");
            g.acquire(&t);
            k.store(true, Relaxed);
            g.release(&t, BlockReason::Other("exit"));
            g.thread_finished(&t);
        });
        let g = gil.clone();
        let timer = thread::spawn(move || {
            g.loom_fire_timer();
            g.loom_fire_timer();
        });
        let mut forced = false;
        for _ in 0..4 {
            if gil.breaker().load(Relaxed) != 0 {
                gil.handle_breaker(&holder);
                if forced_drops(&holder) > 0 {
                    forced = true;
                    break;
                }
            }
            thread::yield_now();
        }
        if forced {
            assert!(took.load(Relaxed), "forced drop without a hand-over");
            assert!(gil.is_held_by(&holder));
            assert_eq!(gil.breaker().load(Relaxed) & DROP_REQUEST, 0);
            FORCED_SEEN.fetch_add(1, Relaxed);
        }
        gil.release(&holder, BlockReason::Join);
        waiter.join().unwrap();
        timer.join().unwrap();
    });
    // The interesting interleavings were explored, not only the others.
    assert!(FORCED_SEEN.load(Relaxed) > 0);
}

/// Executions of `loom_forced_drop_hands_over` that did a forced drop.
static FORCED_SEEN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Under IoPriority a thread back from a blocking call preempts a spinning
/// holder without any timeout (there is no timer thread here).
#[test]
fn loom_io_priority_preempts_without_timeout() {
    model(|| {
        let gil = new_gil(Policy::IoPriority);
        let took = Arc::new(AtomicBool::new(false));
        let io = gil.register_thread("io");
        // `io` ran briefly and is now in a blocking call.
        gil.acquire(&io);
        gil.release(&io, BlockReason::Socket);
        let cpu = gil.register_thread("cpu");
        gil.acquire(&cpu);
        let (g, k) = (gil.clone(), took.clone());
        let io_thread = thread::spawn(move || {
            g.acquire(&io); // the blocking call returned
            k.store(true, Relaxed);
            g.release(&io, BlockReason::Other("exit"));
            g.thread_finished(&io);
        });
        spin_until_forced(&gil, &cpu);
        assert!(took.load(Relaxed));
        io_thread.join().unwrap();
    });
}

/// The check interval alone (no timer) makes a spinning holder hand over to
/// a waiter after the given number of polls.
#[test]
fn loom_check_interval_hands_over() {
    model(|| {
        let gil = new_gil(Policy::CPython);
        gil.set_check_interval(2);
        let took = Arc::new(AtomicBool::new(false));
        let holder = gil.register_thread("holder");
        gil.acquire(&holder);
        let (g, k) = (gil.clone(), took.clone());
        let waiter = thread::spawn(move || {
            let t = g.register_thread("waiter");
            g.acquire(&t);
            k.store(true, Relaxed);
            g.release(&t, BlockReason::Other("exit"));
            g.thread_finished(&t);
        });
        spin_until_forced(&gil, &holder);
        assert!(took.load(Relaxed));
        waiter.join().unwrap();
    });
}

/// Two threads alternate release/acquire (cooperative switching) while a
/// timer may fire and a drop may be requested at any time, under both
/// policies: the pair never deadlocks and each finishes.
#[test]
fn loom_release_acquire_pairs_never_deadlock() {
    for policy in [Policy::CPython, Policy::IoPriority] {
        model(move || {
            let gil = new_gil(policy);
            let workers: Vec<_> = (0..2)
                .map(|_| {
                    let gil = gil.clone();
                    thread::spawn(move || {
                        let t = gil.register_thread("w");
                        gil.acquire(&t);
                        if gil.breaker().load(Relaxed) != 0 {
                            gil.handle_breaker(&t);
                        }
                        gil.release(&t, BlockReason::Lock);
                        gil.acquire(&t);
                        gil.release(&t, BlockReason::Other("exit"));
                        gil.thread_finished(&t);
                    })
                })
                .collect();
            let g = gil.clone();
            let timer = thread::spawn(move || g.loom_fire_timer());
            for w in workers {
                w.join().unwrap();
            }
            timer.join().unwrap();
        });
    }
}
