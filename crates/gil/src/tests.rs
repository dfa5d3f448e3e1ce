//! Tests with real threads. Timing-based assertions use medians and wide
//! margins: the machine is shared and has two cores.

use std::cell::UnsafeCell;
use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{mpsc, Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

use crate::breaker::{CHECK_INTERVAL, DROP_REQUEST, SIGNALS_PENDING};
use crate::trace::chrome_trace_json;
use crate::*;

fn new_gil(policy: Policy, interval: Duration, trace: bool) -> Arc<Gil> {
    Arc::new(Gil::new(GilConfig {
        policy,
        switch_interval: interval,
        trace,
        sched: None,
    }))
}

/// The eval loop's poll: the hot check and the slow path.
#[inline]
fn poll(gil: &Gil, t: &ThreadHandle) {
    if gil.breaker().load(Relaxed) != 0 {
        gil.handle_breaker(t);
    }
}

/// A counter with no synchronisation of its own: only the GIL protects it.
struct Racy(UnsafeCell<u64>);
// SAFETY: every access happens while the accessing thread holds the GIL,
// which is exactly the property under test; a broken GIL shows up as a
// wrong total (and the `inside` flag check), not as memory unsafety beyond
// a torn u64 on this test's own data.
unsafe impl Sync for Racy {}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// A thread that holds the GIL and spins, polling, until `stop`. Returns
/// its number of polls.
fn spinner(
    gil: Arc<Gil>,
    name: &str,
    stop: Arc<AtomicBool>,
    polls: Arc<AtomicU64>,
) -> thread::JoinHandle<()> {
    let name = name.to_owned();
    thread::spawn(move || {
        let t = gil.register_thread(&name);
        gil.acquire(&t);
        while !stop.load(Relaxed) {
            polls.store(polls.load(Relaxed) + 1, Relaxed);
            poll(&gil, &t);
        }
        gil.release(&t, BlockReason::Other("exit"));
        gil.thread_finished(&t);
    })
}

#[test]
fn mutual_exclusion_exact_total() {
    const THREADS: u64 = 4;
    const ITERS: u64 = 20_000;
    let gil = new_gil(Policy::CPython, Duration::from_micros(50), false);
    let counter = Arc::new(Racy(UnsafeCell::new(0)));
    let inside = Arc::new(AtomicBool::new(false));
    let handles: Vec<_> = (0..THREADS)
        .map(|i| {
            let (gil, counter, inside) = (gil.clone(), counter.clone(), inside.clone());
            thread::spawn(move || {
                let t = gil.register_thread(&format!("worker-{i}"));
                gil.acquire(&t);
                for n in 0..ITERS {
                    poll(&gil, &t); // the switch point
                    assert!(!inside.swap(true, Relaxed), "two threads inside the GIL");
                    // SAFETY: this thread holds the GIL (see `Racy`).
                    unsafe {
                        let v = std::ptr::read_volatile(counter.0.get());
                        std::hint::spin_loop();
                        std::ptr::write_volatile(counter.0.get(), v + 1);
                    }
                    inside.store(false, Relaxed);
                    if n % 2_000 == 1_999 {
                        gil.release(&t, BlockReason::Sleep);
                        gil.acquire(&t);
                    }
                }
                gil.release(&t, BlockReason::Other("exit"));
                gil.thread_finished(&t);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    // SAFETY: every writer has been joined.
    assert_eq!(unsafe { *counter.0.get() }, THREADS * ITERS);
    let s = gil.stats();
    assert!(s.switches > 0);
    assert_eq!(
        s.totals.acquisitions,
        s.totals.forced_drops + s.totals.voluntary_drops
    );
}

#[test]
fn stress_many_threads_all_paths() {
    // 16 threads, a 100 µs interval, the check interval on, and voluntary
    // releases (some with real sleeps) at pseudo-random points, under both
    // policies: the total is exact and the stats add up.
    for policy in [Policy::CPython, Policy::IoPriority] {
        const THREADS: u64 = 16;
        const ITERS: u64 = 3_000;
        let gil = new_gil(policy, Duration::from_micros(100), true);
        gil.set_check_interval(50);
        let counter = Arc::new(Racy(UnsafeCell::new(0)));
        let handles: Vec<_> = (0..THREADS)
            .map(|i| {
                let (gil, counter) = (gil.clone(), counter.clone());
                thread::spawn(move || {
                    let t = gil.register_thread(&format!("s{i}"));
                    let mut rng = 0x9e37_79b9_7f4a_7c15u64 ^ i;
                    gil.acquire(&t);
                    for _ in 0..ITERS {
                        poll(&gil, &t);
                        // SAFETY: this thread holds the GIL (see `Racy`).
                        unsafe {
                            let v = std::ptr::read_volatile(counter.0.get());
                            assert!(gil.is_held_by(&t));
                            std::ptr::write_volatile(counter.0.get(), v + 1);
                        }
                        rng ^= rng << 13;
                        rng ^= rng >> 7;
                        rng ^= rng << 17;
                        if rng.is_multiple_of(97) {
                            gil.release(&t, BlockReason::Socket);
                            if rng.is_multiple_of(3) {
                                thread::sleep(Duration::from_micros(50));
                            }
                            gil.acquire(&t);
                        }
                    }
                    gil.release(&t, BlockReason::Other("exit"));
                    gil.thread_finished(&t);
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        // SAFETY: every writer has been joined. (A poll between the read
        // and the write would lose updates, as `n += 1` does in Python.)
        assert_eq!(unsafe { *counter.0.get() }, THREADS * ITERS, "{policy}");
        let s = gil.stats();
        assert!(s.switches > 100, "{policy}: {s}");
        for t in &s.threads {
            assert!(t.finished);
            assert_eq!(t.acquisitions, t.forced_drops + t.voluntary_drops);
        }
        let trace = gil.take_trace();
        assert_eq!(
            trace.iter().filter(|e| e.kind == TraceKind::Take).count() as u64,
            s.totals.acquisitions
        );
    }
}

#[test]
fn forced_switching_lets_two_spinners_progress() {
    let gil = new_gil(Policy::CPython, Duration::from_millis(1), true);
    let stop = Arc::new(AtomicBool::new(false));
    let (pa, pb) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let a = spinner(gil.clone(), "a", stop.clone(), pa.clone());
    let b = spinner(gil.clone(), "b", stop.clone(), pb.clone());
    thread::sleep(Duration::from_millis(300));
    let mid = (pa.load(Relaxed), pb.load(Relaxed));
    thread::sleep(Duration::from_millis(100));
    stop.store(true, Relaxed);
    a.join().unwrap();
    b.join().unwrap();
    // Both made progress, and kept making it.
    assert!(
        pa.load(Relaxed) > mid.0 && pb.load(Relaxed) > mid.1,
        "{mid:?}"
    );
    let s = gil.stats();
    for t in &s.threads {
        assert!(t.forced_drops >= 10, "{s}");
        // Each waited about an interval per switch, never seconds.
        assert!(t.longest_wait < Duration::from_millis(200), "{s}");
    }
    assert!(s.switches >= 20, "{s}");
    let trace = gil.take_trace();
    assert!(trace
        .iter()
        .any(|e| e.kind == TraceKind::ForcedDrop(DropCause::Interval)));
    assert!(trace
        .iter()
        .any(|e| e.kind == TraceKind::DropRequest(DropCause::Interval)));
}

#[test]
fn voluntary_release_hands_over_at_once() {
    // A 10 s interval: only the release can explain a quick hand-over.
    let gil = new_gil(Policy::CPython, Duration::from_secs(10), false);
    let main = gil.register_thread("main");
    gil.acquire(&main);
    let (tx, rx) = mpsc::channel();
    let g = gil.clone();
    let waiter = thread::spawn(move || {
        let t = g.register_thread("waiter");
        g.acquire(&t);
        tx.send(Instant::now()).unwrap();
        g.release(&t, BlockReason::Other("exit"));
        g.thread_finished(&t);
    });
    // Let the waiter start waiting.
    while gil
        .stats()
        .threads
        .iter()
        .all(|t| t.name != "waiter" || t.waiting.is_zero())
    {
        thread::sleep(Duration::from_millis(1));
    }
    thread::sleep(Duration::from_millis(20));
    let released = Instant::now();
    gil.release(&main, BlockReason::Join);
    let got = rx.recv().unwrap();
    waiter.join().unwrap();
    assert!(got.duration_since(released) < Duration::from_millis(500));
    assert_eq!(gil.breaker().load(Relaxed) & DROP_REQUEST, 0);
    gil.acquire(&main);
    assert!(gil.is_held_by(&main));
}

#[test]
fn check_interval_switches_by_instruction_count() {
    // With a 10 s switch interval only the check interval can switch.
    let gil = new_gil(Policy::CPython, Duration::from_secs(10), true);
    gil.set_check_interval(100);
    assert_eq!(gil.check_interval(), 100);

    // Nobody waits: the breaker stays clear, the poll costs nothing.
    let solo = gil.register_thread("solo");
    gil.acquire(&solo);
    for _ in 0..10_000 {
        assert_eq!(gil.breaker().load(Relaxed), 0);
    }
    gil.release(&solo, BlockReason::Other("exit"));
    gil.thread_finished(&solo);

    let stop = Arc::new(AtomicBool::new(false));
    let per_hold: Vec<Arc<std::sync::Mutex<Vec<u64>>>> =
        (0..2).map(|_| Default::default()).collect();
    let handles: Vec<_> = (0..2)
        .map(|i| {
            let (gil, stop, log) = (gil.clone(), stop.clone(), per_hold[i].clone());
            thread::spawn(move || {
                let t = gil.register_thread(&format!("spin-{i}"));
                gil.acquire(&t);
                let mut polls = 0u64;
                while !stop.load(Relaxed) {
                    polls += 1;
                    if gil.breaker().load(Relaxed) != 0 {
                        let before = gil.stats_forced(&t);
                        gil.handle_breaker(&t);
                        if gil.stats_forced(&t) != before {
                            log.lock().unwrap().push(polls);
                            polls = 0;
                        }
                    }
                }
                gil.release(&t, BlockReason::Other("exit"));
                gil.thread_finished(&t);
            })
        })
        .collect();
    thread::sleep(Duration::from_millis(200));
    stop.store(true, Relaxed);
    for h in handles {
        h.join().unwrap();
    }
    let s = gil.stats();
    assert!(s.switches >= 10, "{s}");
    for log in &per_hold {
        for &n in log.lock().unwrap().iter() {
            assert!(n >= 100, "switched after {n} polls");
        }
    }
    let trace = gil.take_trace();
    let forced: Vec<_> = trace
        .iter()
        .filter(|e| matches!(e.kind, TraceKind::ForcedDrop(_)))
        .collect();
    assert!(!forced.is_empty());
    assert!(forced
        .iter()
        .all(|e| e.kind == TraceKind::ForcedDrop(DropCause::CheckInterval)));
    // Nobody waits any more: the bit is gone.
    assert_eq!(gil.breaker().load(Relaxed) & CHECK_INTERVAL, 0);
    gil.set_check_interval(0);
}

impl Gil {
    /// Test helper: `t`'s forced drops so far.
    fn stats_forced(&self, t: &ThreadHandle) -> u64 {
        t.inner
            .acct
            .snapshot(0, String::new(), false, 0)
            .forced_drops
    }
}

/// One CPU-bound spinner and one I/O thread that sleeps 5 ms between
/// operations. Returns the I/O thread's acquire latencies and the number of
/// spinner polls it took to get the GIL.
fn io_latencies(
    policy: Policy,
    interval: Duration,
    rounds: usize,
) -> (Vec<Duration>, Vec<u64>, Arc<Gil>) {
    let gil = new_gil(policy, interval, true);
    let stop = Arc::new(AtomicBool::new(false));
    let polls = Arc::new(AtomicU64::new(0));
    let cpu = spinner(gil.clone(), "cpu", stop.clone(), polls.clone());
    let io = gil.register_thread("io");
    gil.acquire(&io);
    let mut lat = Vec::new();
    let mut poll_counts = Vec::new();
    for _ in 0..rounds {
        gil.release(&io, BlockReason::Socket);
        thread::sleep(Duration::from_millis(5));
        let (t0, p0) = (Instant::now(), polls.load(Relaxed));
        gil.acquire(&io);
        lat.push(t0.elapsed());
        poll_counts.push(polls.load(Relaxed) - p0);
    }
    gil.release(&io, BlockReason::Other("exit"));
    gil.thread_finished(&io);
    stop.store(true, Relaxed);
    cpu.join().unwrap();
    (lat, poll_counts, gil)
}

#[test]
fn io_priority_ends_the_convoy() {
    let interval = Duration::from_millis(100);
    let (lat, polls, gil) = io_latencies(Policy::IoPriority, interval, 10);
    let m = median(lat.clone());
    eprintln!("IoPriority latencies {lat:?}, spinner polls {polls:?}");
    assert!(
        m < Duration::from_millis(20),
        "IoPriority median {m:?}: {lat:?}"
    );
    // The holder yields at the poll after it sees the request: a handful
    // of polls, where CPython's policy lets it run ~100 ms of them.
    let mut p = polls.clone();
    p.sort();
    assert!(p[p.len() / 2] < 1_000, "{polls:?}");
    let trace = gil.take_trace();
    assert!(trace
        .iter()
        .any(|e| e.kind == TraceKind::DropRequest(DropCause::IoPriority)));
    assert!(trace
        .iter()
        .any(|e| e.kind == TraceKind::ForcedDrop(DropCause::IoPriority)));

    // The same program under CPython's policy: each return waits about an
    // interval (the convoy effect).
    let (lat, _, _) = io_latencies(Policy::CPython, interval, 5);
    let m = median(lat.clone());
    eprintln!("CPython latencies {lat:?}");
    assert!(m >= interval * 8 / 10, "CPython median {m:?}: {lat:?}");
}

/// A CPU-bound spinner against a thread `other` that runs `hold` polls,
/// then "blocks" for `block` (zero: releases and re-acquires at once, like
/// `time.sleep(0)` in a loop), for 400 ms. Returns the stats.
fn cpu_against(policy: Policy, hold: u32, block: Duration) -> GilStats {
    let gil = new_gil(policy, Duration::from_millis(2), false);
    let stop = Arc::new(AtomicBool::new(false));
    let cpu = spinner(
        gil.clone(),
        "cpu",
        stop.clone(),
        Arc::new(AtomicU64::new(0)),
    );
    let (g, s) = (gil.clone(), stop.clone());
    let other = thread::spawn(move || {
        let t = g.register_thread("other");
        g.acquire(&t);
        while !s.load(Relaxed) {
            for _ in 0..hold {
                poll(&g, &t);
            }
            g.release(&t, BlockReason::Sleep);
            if !block.is_zero() {
                let until = Instant::now() + block;
                while Instant::now() < until {
                    std::hint::spin_loop();
                }
            }
            g.acquire(&t);
        }
        g.release(&t, BlockReason::Other("exit"));
        g.thread_finished(&t);
    });
    thread::sleep(Duration::from_millis(400));
    stop.store(true, Relaxed);
    cpu.join().unwrap();
    other.join().unwrap();
    gil.stats()
}

#[test]
fn io_priority_does_not_starve_cpu_threads() {
    for (policy, hold, block) in [
        // A real I/O thread: short holds, blocking calls of 100 µs; it gets
        // priority every time.
        (Policy::IoPriority, 100, Duration::from_micros(100)),
        // A thread whose blocking calls return at once: no credit.
        (Policy::IoPriority, 100, Duration::ZERO),
        // The same under CPython's policy, which must not starve either
        // (a re-take by the same thread keeps the drop request pending).
        (Policy::CPython, 100, Duration::ZERO),
    ] {
        let s = cpu_against(policy, hold, block);
        let cpu = s.threads.iter().find(|t| t.name == "cpu").unwrap();
        eprintln!("{policy} {hold} polls, blocking {block:?}:\n{s}");
        assert!(
            cpu.holding.as_secs_f64() > 0.2 * s.elapsed.as_secs_f64(),
            "cpu starved:\n{s}"
        );
        // Bounded waits: aging puts it first after about an interval.
        assert!(cpu.longest_wait < Duration::from_millis(150), "{s}");
    }
}

#[test]
fn stats_are_consistent() {
    let gil = new_gil(Policy::CPython, Duration::from_millis(1), true);
    let start = Barrier::new(3);
    let start = Arc::new(start);
    let handles: Vec<_> = (0..3)
        .map(|i| {
            let (gil, start) = (gil.clone(), start.clone());
            thread::spawn(move || {
                let t = gil.register_thread(&format!("t{i}"));
                start.wait();
                gil.acquire(&t);
                for n in 0..40 {
                    let spin_until = Instant::now() + Duration::from_micros(300);
                    while Instant::now() < spin_until {
                        poll(&gil, &t);
                    }
                    let why = if n % 2 == 0 {
                        BlockReason::Sleep
                    } else {
                        BlockReason::Lock
                    };
                    gil.release(&t, why);
                    thread::sleep(Duration::from_micros(200));
                    gil.acquire(&t);
                }
                gil.release(&t, BlockReason::Other("exit"));
                gil.thread_finished(&t);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let s = gil.stats();
    assert_eq!(s.threads.len(), 3);
    let mut sum_hold = Duration::ZERO;
    for t in &s.threads {
        assert!(t.finished);
        assert_eq!(t.acquisitions, t.forced_drops + t.voluntary_drops, "{s}");
        assert_eq!(t.voluntary_drops, 41);
        let by: Duration = t.blocked_by.iter().map(|b| b.time).sum();
        assert_eq!(by, t.blocked);
        let count = |r| {
            t.blocked_by
                .iter()
                .find(|b| b.reason == r)
                .map_or(0, |b| b.count)
        };
        assert_eq!(
            (count(BlockReason::Sleep), count(BlockReason::Lock)),
            (20, 20)
        );
        assert!(t.longest_wait <= t.waiting);
        assert!(t.holding >= Duration::from_micros(300 * 40));
        sum_hold += t.holding;
    }
    assert!(sum_hold <= s.elapsed);
    assert!(s.switches <= s.totals.acquisitions);
    assert_eq!(s.totals.holding, sum_hold);
    assert_eq!(
        s.totals.acquisitions,
        s.threads.iter().map(|t| t.acquisitions).sum::<u64>()
    );

    // The trace agrees with the counters, is sorted, and alternates
    // take / drop per thread.
    let trace = gil.take_trace();
    assert!(trace.windows(2).all(|w| w[0].time_ns <= w[1].time_ns));
    for t in &s.threads {
        let mine: Vec<_> = trace.iter().filter(|e| e.thread == t.id).collect();
        let takes = mine.iter().filter(|e| e.kind == TraceKind::Take).count() as u64;
        assert_eq!(takes, t.acquisitions);
        let mut holding = false;
        for e in &mine {
            match e.kind {
                TraceKind::Take => {
                    assert!(!holding);
                    holding = true;
                }
                TraceKind::VoluntaryDrop(_) | TraceKind::ForcedDrop(_) => {
                    assert!(holding);
                    holding = false;
                }
                TraceKind::Request | TraceKind::DropRequest(_) => assert!(!holding),
                _ => {}
            }
        }
        assert!(!holding);
    }
    // Globally, at most one thread holds at any event.
    let mut holder = 0;
    for e in &trace {
        match e.kind {
            TraceKind::Take => {
                assert_eq!(holder, 0, "take while {holder} holds");
                holder = e.thread;
            }
            TraceKind::VoluntaryDrop(_) | TraceKind::ForcedDrop(_) => holder = 0,
            _ => {}
        }
    }
    assert!(gil.take_trace().is_empty(), "take_trace drains");

    let json = chrome_trace_json(&trace, &s);
    assert!(json.starts_with('{') && json.trim_end().ends_with('}'));
    assert!(json.contains("\"thread_name\"") && json.contains("\"hold\""));
    assert_eq!(json.matches('{').count(), json.matches('}').count());
    let table = s.to_string();
    assert!(table.contains("t0") && table.contains("total") && table.contains("sleep"));
}

#[test]
fn breaker_flags_pass_through() {
    let gil = new_gil(Policy::CPython, Duration::from_millis(5), false);
    let t = gil.register_thread("main");
    gil.acquire(&t);
    gil.set_flag(SIGNALS_PENDING | breaker::FIRST_VM_BIT);
    assert_eq!(
        gil.handle_breaker(&t),
        SIGNALS_PENDING | breaker::FIRST_VM_BIT
    );
    gil.clear_flag(SIGNALS_PENDING | breaker::FIRST_VM_BIT);
    // A drop request with nobody waiting is a no-op, and is cleared.
    gil.set_flag(DROP_REQUEST);
    assert_eq!(gil.handle_breaker(&t), 0);
    assert_eq!(gil.breaker().load(Relaxed), 0);
    assert!(gil.is_held_by(&t));
    assert_eq!(gil.stats().threads[0].forced_drops, 0);
}

#[test]
fn settings_round_trip() {
    let gil = Gil::new(GilConfig::default());
    assert_eq!(gil.switch_interval(), Duration::from_millis(5));
    gil.set_switch_interval(Duration::from_micros(250));
    assert_eq!(gil.switch_interval(), Duration::from_micros(250));
    gil.set_switch_interval(Duration::ZERO);
    assert_eq!(gil.switch_interval(), Duration::from_micros(1));
    assert_eq!(gil.policy(), Policy::CPython);
    gil.set_policy(Policy::IoPriority);
    assert_eq!(gil.policy(), Policy::IoPriority);
    assert_eq!(
        Policy::from_name(Policy::IoPriority.name()),
        Some(Policy::IoPriority)
    );
    assert_eq!(gil.check_interval(), 0);
    let t = gil.register_thread("a");
    gil.set_thread_name(&t, "b");
    assert_eq!(t.name(), "b");
    assert_eq!(t.id(), 1);
}

#[test]
fn policy_change_does_not_strand_waiters() {
    // Waiters queued under IoPriority must still get the GIL when the
    // policy flips under them, and the other way round.
    let gil = new_gil(Policy::IoPriority, Duration::from_millis(1), false);
    let stop = Arc::new(AtomicBool::new(false));
    let (g, s) = (gil.clone(), stop.clone());
    let flipper = thread::spawn(move || {
        let mut p = Policy::CPython;
        while !s.load(Relaxed) {
            g.set_policy(p);
            p = if p == Policy::CPython {
                Policy::IoPriority
            } else {
                Policy::CPython
            };
            thread::sleep(Duration::from_micros(300));
        }
    });
    let handles: Vec<_> = (0..3)
        .map(|i| {
            let gil = gil.clone();
            thread::spawn(move || {
                let t = gil.register_thread(&format!("w{i}"));
                gil.acquire(&t);
                for _ in 0..300 {
                    for _ in 0..50 {
                        poll(&gil, &t);
                    }
                    gil.release(&t, BlockReason::Select);
                    gil.acquire(&t);
                }
                gil.release(&t, BlockReason::Other("exit"));
                gil.thread_finished(&t);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    stop.store(true, Relaxed);
    flipper.join().unwrap();
}

#[test]
fn thread_finished_releases_a_held_gil() {
    let gil = new_gil(Policy::CPython, Duration::from_millis(5), false);
    let a = gil.register_thread("a");
    gil.acquire(&a);
    gil.thread_finished(&a);
    assert!(!gil.is_held_by(&a));
    assert!(gil.is_finished(&a));
    let b = gil.register_thread("b");
    gil.acquire(&b);
    assert!(gil.is_held_by(&b));
}

#[test]
fn finalization_parks_other_threads() {
    let gil = new_gil(Policy::CPython, Duration::from_millis(1), false);
    let main = gil.register_thread("main");
    gil.acquire(&main);
    let ran = Arc::new(AtomicBool::new(false));
    let (g, r) = (gil.clone(), ran.clone());
    let (tx, rx) = mpsc::channel();
    let (go_tx, go_rx) = mpsc::channel::<()>();
    // A daemon thread that is "blocked in I/O" when finalization starts.
    let _daemon = thread::spawn(move || {
        let t = g.register_thread("daemon");
        tx.send(t.clone()).unwrap();
        go_rx.recv().unwrap();
        g.acquire(&t);
        r.store(true, Release);
    });
    let daemon = rx.recv().unwrap();
    gil.begin_finalization(&main);
    go_tx.send(()).unwrap();
    // Let the daemon try, while the main thread even lets go of the GIL.
    gil.release(&main, BlockReason::Other("finalize"));
    thread::sleep(Duration::from_millis(100));
    gil.acquire(&main);
    assert!(
        !ran.load(Acquire),
        "a daemon thread ran during finalization"
    );
    assert!(!gil.is_held_by(&daemon));
    // The finalizing thread keeps working normally.
    gil.release(&main, BlockReason::Sleep);
    gil.acquire(&main);
    assert!(gil.is_held_by(&main));
    // The parked thread is leaked on purpose (it would be at process exit).
}

/// Runs `child` in a forked child process and returns its exit status. The
/// child has 10 s before SIGALRM kills it, so a deadlock fails the test
/// instead of hanging it.
fn in_forked_child(child: impl FnOnce() -> bool) -> i32 {
    // SAFETY: fork() in a multi-threaded process; the child only runs
    // `child`, which uses this crate, std and malloc (fork-safe in glibc),
    // and leaves with _exit without running the parent's destructors.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork failed");
    if pid == 0 {
        // SAFETY: alarm and _exit are async-signal-safe.
        unsafe { libc::alarm(10) };
        let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(child)).unwrap_or(false);
        unsafe { libc::_exit(if ok { 0 } else { 1 }) };
    }
    let mut status = 0;
    // SAFETY: waiting for our own child; `status` is a valid out pointer.
    let r = unsafe { libc::waitpid(pid, &mut status, 0) };
    assert_eq!(r, pid);
    status
}

#[test]
fn after_fork_child_recreates_a_held_gil() {
    let gil = new_gil(Policy::CPython, Duration::from_millis(1), true);
    let main = gil.register_thread("main");
    gil.acquire(&main);

    // A waiter in the parent, asleep in acquire at the moment of fork.
    let g = gil.clone();
    let waiter = thread::spawn(move || {
        let t = g.register_thread("waiter");
        g.acquire(&t);
        g.release(&t, BlockReason::Other("exit"));
        g.thread_finished(&t);
    });
    // And a thread holding the GIL's internal mutex at that moment, as a
    // waiter checking the state would: in the child nobody unlocks it.
    let (locked_tx, locked_rx) = mpsc::channel();
    let (forked_tx, forked_rx) = mpsc::channel::<()>();
    let g = gil.clone();
    let squatter = thread::spawn(move || {
        let _st = crate::sync::lock(&g.core().state);
        locked_tx.send(()).unwrap();
        forked_rx.recv().unwrap();
    });
    locked_rx.recv().unwrap();

    let status = in_forked_child(|| {
        gil.after_fork_child(&main);
        let mut ok = gil.is_held_by(&main);
        ok &= gil.breaker().load(Relaxed) & DROP_REQUEST == 0;
        // Every other thread is forgotten.
        let s = gil.stats();
        ok &= s.threads.len() == 1 && s.threads[0].name == "main";
        // The GIL works: hand it to a new thread and back.
        let g = gil.clone();
        let child_thread = thread::spawn(move || {
            let t = g.register_thread("child-thread");
            g.acquire(&t);
            let held = g.is_held_by(&t);
            g.release(&t, BlockReason::Other("exit"));
            g.thread_finished(&t);
            held
        });
        gil.release(&main, BlockReason::Join);
        ok &= child_thread.join().unwrap_or(false);
        gil.acquire(&main);
        ok &= gil.is_held_by(&main);
        ok &= gil
            .take_trace()
            .iter()
            .any(|e| e.kind == TraceKind::ForkChild);
        ok
    });
    assert!(libc::WIFEXITED(status), "child died: status {status:#x}");
    assert_eq!(libc::WEXITSTATUS(status), 0, "child reported failure");

    // The parent is unaffected.
    forked_tx.send(()).unwrap();
    squatter.join().unwrap();
    gil.release(&main, BlockReason::Join);
    waiter.join().unwrap();
    gil.acquire(&main);
    assert!(gil.is_held_by(&main));
    assert_eq!(gil.stats().threads.len(), 2);
}

#[test]
fn marks_read_the_trace_as_spans_and_instants() {
    use crate::trace::{marks, Mark, Span, SpanState};
    let ev = |time_ns, thread, kind| TraceEvent {
        time_ns,
        thread,
        kind,
    };
    let events = [
        ev(0, 1, TraceKind::Start),
        ev(10, 1, TraceKind::Take),
        ev(20, 2, TraceKind::Start),
        ev(30, 2, TraceKind::Request),
        ev(40, 2, TraceKind::DropRequest(DropCause::Interval)),
        ev(50, 1, TraceKind::ForcedDrop(DropCause::Interval)),
        ev(51, 2, TraceKind::Take),
        ev(52, 1, TraceKind::Request),
        ev(60, 2, TraceKind::VoluntaryDrop(BlockReason::Sleep)),
        ev(61, 1, TraceKind::Take),
        ev(70, 2, TraceKind::Exit),
    ];
    let got: Vec<Mark> = marks(&events, 100).collect();
    let span = |thread, state, start_ns, end_ns| {
        Mark::Span(Span {
            thread,
            state,
            start_ns,
            end_ns,
        })
    };
    let instant = |thread, time_ns, forced| {
        Mark::Instant(crate::trace::Instant {
            thread,
            time_ns,
            forced,
            cause: DropCause::Interval,
        })
    };
    let want = vec![
        instant(2, 40, false),
        instant(1, 50, true),
        span(1, SpanState::Hold, 10, 50),
        span(2, SpanState::Wait, 30, 51),
        span(2, SpanState::Hold, 51, 60),
        // The forced drop's wait goes on through the re-request: one span.
        span(1, SpanState::Wait, 50, 61),
        span(2, SpanState::Blocked(BlockReason::Sleep), 60, 70),
        // Still open at the end of the trace: ends at `end_ns`.
        span(1, SpanState::Hold, 61, 100),
    ];
    assert_eq!(got, want);
    assert_eq!(
        SpanState::Blocked(BlockReason::Sleep).to_string(),
        "blocked: sleep"
    );
}
