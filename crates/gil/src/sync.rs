//! The synchronisation primitives of the GIL's core, and its clock.
//!
//! Normal builds use `std::sync`. Model-checking builds (`--cfg loom`) use
//! loom's look-alikes, so that loom can explore every interleaving of the
//! take / drop / forced-switch protocol. Only the primitives that carry the
//! protocol go through this shim (the state mutex, the two condition
//! variables, the eval-breaker word and the holder id); configuration
//! values, statistics and trace buffers use `std` in both builds because
//! no correctness argument rests on them.
//!
//! # Time under loom
//!
//! Loom cannot model timeouts: its `Condvar::wait_timeout` never times out.
//! So the GIL's clock is abstract: [`Clock::now_ns`] is real monotonic time
//! in normal builds, and a *logical* time in loom builds that advances only
//! when a test calls `Gil::loom_fire_timer`, by one switch interval each
//! time. A timed wait ([`Clock::wait_until`]) is a plain condvar wait, and
//! "did the deadline pass?" is answered by re-reading the clock, in both
//! builds. A loom test that wants timeouts spawns a "timer" thread that
//! fires a fixed number of times; loom then explores the timer firing at
//! every point of the other threads' executions, which is exactly the set of
//! moments at which a real timeout could end a wait. The model is slightly
//! coarser than reality (one firing ends the interval of every waiter at
//! once), which the tests accept: each has at most one waiter per round.

#[cfg(loom)]
pub(crate) use loom::sync::{
    atomic::{AtomicU32, AtomicU64},
    Condvar, Mutex, MutexGuard,
};
#[cfg(not(loom))]
pub(crate) use std::sync::{
    atomic::{AtomicU32, AtomicU64},
    Condvar, Mutex, MutexGuard,
};

/// Locks `m`, ignoring poisoning. The GIL's critical sections do not
/// panic half-way through an update (their only panics are assertions made
/// before anything is changed), so a poisoned lock still guards a
/// consistent state.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The same for the plain `std` mutexes of per-thread bookkeeping.
pub(crate) fn lock_std<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Monotonic time since the GIL was created, in nanoseconds.
pub(crate) struct Clock {
    /// When the GIL was created.
    #[cfg(not(loom))]
    start: std::time::Instant,
    /// Logical time: advanced only by `advance`, see the module comment.
    #[cfg(loom)]
    logical_ns: std::sync::atomic::AtomicU64,
}

impl Clock {
    pub(crate) fn new() -> Clock {
        Clock {
            #[cfg(not(loom))]
            start: std::time::Instant::now(),
            #[cfg(loom)]
            logical_ns: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Nanoseconds since the GIL was created.
    #[inline]
    pub(crate) fn now_ns(&self) -> u64 {
        #[cfg(not(loom))]
        {
            // u64 nanoseconds last 584 years.
            self.start.elapsed().as_nanos() as u64
        }
        #[cfg(loom)]
        {
            self.logical_ns.load(std::sync::atomic::Ordering::Relaxed)
        }
    }

    /// Moves logical time forward (loom builds only). Call with the state
    /// mutex held so that waiters see the new time when they re-check.
    #[cfg(loom)]
    pub(crate) fn advance(&self, ns: u64) {
        self.logical_ns
            .fetch_add(ns, std::sync::atomic::Ordering::Relaxed);
    }

    /// Waits on `cond` until it is notified or the clock reaches
    /// `deadline_ns`. Returns the guard and whether the deadline has passed
    /// (decided by reading the clock, so spurious wake-ups and early
    /// returns are harmless).
    pub(crate) fn wait_until<'a, T>(
        &self,
        cond: &Condvar,
        guard: MutexGuard<'a, T>,
        deadline_ns: u64,
    ) -> (MutexGuard<'a, T>, bool) {
        let now = self.now_ns();
        if now >= deadline_ns {
            return (guard, true);
        }
        #[cfg(not(loom))]
        let guard = cond
            .wait_timeout(guard, std::time::Duration::from_nanos(deadline_ns - now))
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .0;
        #[cfg(loom)]
        let guard = cond
            .wait(guard)
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let timed_out = self.now_ns() >= deadline_ns;
        (guard, timed_out)
    }
}
