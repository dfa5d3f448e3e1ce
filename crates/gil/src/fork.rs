//! The GIL in a forked child (CPython's `PyOS_AfterFork_Child` and
//! `_PyEval_ReInitThreads`).
//!
//! fork() copies the address space but only the calling thread. Whatever
//! the other threads were doing is frozen mid-way, and that includes our
//! internal mutex: a waiter checking the GIL state, or a thread registering
//! itself, may have held it at the instant of fork, and in the child
//! nobody will ever unlock it. Re-initialising a std mutex in place is not
//! possible (and writing over a value that other references can see would
//! need a "no other thread exists" argument that the type system cannot
//! check). So the child does not repair the old state; it replaces it:
//!
//! 1. A fresh `Core` (state, mutex, condition variables, thread registry)
//!    is built, already held by the forking thread `t`, with `t` as the
//!    only registered thread, and swapped into `Gil::core`.
//! 2. The old `Core` is leaked, never dropped or freed: its mutex may be
//!    locked, its registry may be mid-update, and no code may touch it
//!    again. Since it is never freed, a stale `&Core` (there is none in a
//!    single-threaded child, but the type system does not know that) stays
//!    a valid reference, which is what makes `Gil::core` sound without any
//!    assumption about threads. The leak is a few hundred bytes per fork.
//! 3. The GIL's generation is bumped and `t` moved to the new one. Every
//!    other handle now belongs to an older generation: it counts as
//!    finished (`is_finished`, stats), and `thread_finished` on it does
//!    nothing, so the child never touches those threads' own mutexes
//!    (their trace buffers may be locked forever as well).
//! 4. The GIL's own breaker bits (DROP_REQUEST, CHECK_INTERVAL) are
//!    cleared; they were requests of threads that do not exist in the
//!    child. The interpreter's bits are left to the interpreter (CPython
//!    clears pending signals in the child; that is the signal module's
//!    call). The breaker word lives outside `Core`, so its address is
//!    unchanged.
//!
//! What the child keeps: `t`'s own counters and trace buffer, the
//! settings (policy, intervals, trace on/off) and the clock. The switch
//! counter starts again at 0. `t`'s own mutexes are safe to use because
//! `t` was busy calling fork(), not inside them; the remaining way they
//! could be held at fork time is another thread calling `stats`,
//! `take_trace` or `set_thread_name` (which lock every thread's buffers, or
//! `t`'s name) at that instant, which is why those are to be called with
//! the GIL held: the forking thread holds it.

use std::sync::atomic::Ordering::Relaxed;

use crate::breaker::{CHECK_INTERVAL, DROP_REQUEST, SCHED};
use crate::lock::Core;
use crate::trace::TraceKind;
use crate::{Gil, ThreadHandle};

impl Gil {
    /// In the child of a fork(), called by the thread that forked (which
    /// held the GIL) before anything else touches the GIL: re-creates the
    /// GIL as held by `t` (whether or not `t` held it at fork time) and
    /// forgets every other thread (their handles count as finished). See
    /// fork.rs.
    pub fn after_fork_child(&self, t: &ThreadHandle) {
        let inner = &t.inner;
        let generation = self.generation.fetch_add(1, Relaxed) + 1;
        inner.generation.store(generation, Relaxed);
        let sched = self
            .sched_enabled()
            .then(|| crate::sched::Sched::new(Some(inner.clone())));
        let fresh = Core::new(self.policy(), inner.id, vec![inner.clone()], sched);
        let old = self.swap_core(fresh);
        // Leaked on purpose: see point 2 above.
        let _ = old;
        self.breaker
            .fetch_and(!(DROP_REQUEST | CHECK_INTERVAL | SCHED), Relaxed);
        self.next_due.store(u64::MAX, Relaxed);
        self.check_countdown
            .store(self.check_interval.load(Relaxed), Relaxed);
        let now = self.now_ns();
        inner.acct.force_holding(now);
        self.record(inner, now, TraceKind::ForkChild);
    }
}
