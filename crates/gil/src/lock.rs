//! The lock itself: take, voluntary drop, forced switch (CPython's
//! `take_gil` / `drop_gil` in Python/ceval_gil.c, reworked around an
//! explicit priority queue and a per-wait deadline). The algorithm is
//! explained at the top of lib.rs; this file is its code.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;

use crate::breaker::{CHECK_INTERVAL, DROP_REQUEST};
use crate::policy::{may_take, Policy, PriorityQueue};
use crate::sched::Sched;
use crate::sync::{lock, AtomicU64, Condvar, Mutex, MutexGuard};
use crate::thread::ThreadInner;
use crate::trace::{DropCause, TraceKind};
use crate::{BlockReason, Gil};

/// The part of the GIL that a fork must re-create: everything that
/// contains a lock another thread may have held at the moment of fork().
/// `Gil::core` points at one; see fork.rs.
pub(crate) struct Core {
    /// Protects `State`. Taken only for short bookkeeping (never while
    /// Python code runs), so it is mostly uncontended (CPython's gil->mutex).
    pub(crate) state: Mutex<State>,
    /// Threads waiting to take the GIL sleep here; notified when the GIL is
    /// dropped, when the policy changes and by timeouts (CPython's gil->cond).
    pub(crate) cond: Condvar,
    /// A thread that was forced to drop the GIL sleeps here until another
    /// thread has taken it (FORCE_SWITCHING; CPython's gil->switch_cond).
    pub(crate) switched: Condvar,
    /// Threads frozen by `begin_finalization` sleep here forever.
    pub(crate) parked: Condvar,
    /// Id of the thread holding the GIL, 0 when it is free. Written under
    /// `state`; read without it by `is_held_by` (only the holder itself can
    /// see its own id there, so a relaxed read is exact for "is it me?").
    pub(crate) holder: AtomicU64,
    /// Every thread registered since this core was created, finished ones
    /// included, for `stats` and `take_trace`. Not part of the lock
    /// protocol; its own short-held mutex.
    pub(crate) threads: std::sync::Mutex<Vec<Arc<ThreadInner>>>,
}

/// The GIL's state proper, under `Core::state`.
pub(crate) struct State {
    /// Whether some thread holds the GIL (CPython's gil->locked).
    pub(crate) locked: bool,
    /// The thread that holds or last held the GIL, 0 before the first take.
    /// A forced dropper waits until this is someone else.
    pub(crate) last_holder: u64,
    /// Number of takes by a thread other than `last_holder`. A waiter
    /// compares it before and after an interval to tell "nobody switched".
    pub(crate) switch_number: u64,
    /// Number of threads inside `take` that do not hold the GIL (they may
    /// be asleep on `cond` or about to re-check). A forced drop with no
    /// waiter is skipped, and CHECK_INTERVAL is set exactly while this is
    /// non-zero and the check interval is on.
    pub(crate) waiters: u32,
    /// The switch policy; authoritative here (the `Gil::policy` atomic is a
    /// mirror for lock-free reads), so that a change is seen by every
    /// waiter in one step and cannot strand a waiter (see `set_policy`).
    pub(crate) policy: Policy,
    /// IoPriority: waiters that go before ordinary waiters, FIFO.
    pub(crate) queue: PriorityQueue,
    /// IoPriority: the holder took the GIL from the priority queue, so a
    /// newly arriving priority waiter does not preempt it at once (guard 3
    /// in policy.rs).
    pub(crate) holder_priority: bool,
    /// Why DROP_REQUEST was set, for the forced-drop trace event. Reset to
    /// `Flag` at every switch: a request that no waiter made came from
    /// `set_flag`.
    pub(crate) drop_cause: DropCause,
    /// The thread running interpreter finalization, 0 if none. Any other
    /// thread that asks for the GIL from then on is parked forever.
    pub(crate) finalizing: u64,
    /// The deterministic scheduler, when `-X sched` runs (sched.rs). While
    /// enabled it alone decides who takes the GIL: the baton's holder.
    pub(crate) sched: Option<Sched>,
}

impl Core {
    /// A fresh core. `holder` (non-zero) makes it start held by that thread.
    pub(crate) fn new(
        policy: Policy,
        holder: u64,
        threads: Vec<Arc<ThreadInner>>,
        sched: Option<Sched>,
    ) -> Core {
        Core {
            state: Mutex::new(State {
                locked: holder != 0,
                last_holder: holder,
                switch_number: 0,
                waiters: 0,
                policy,
                queue: PriorityQueue::default(),
                holder_priority: false,
                drop_cause: DropCause::Flag,
                finalizing: 0,
                sched,
            }),
            cond: Condvar::new(),
            switched: Condvar::new(),
            parked: Condvar::new(),
            holder: AtomicU64::new(holder),
            threads: std::sync::Mutex::new(threads),
        }
    }
}

impl State {
    pub(crate) fn may_take(&self, id: u64) -> bool {
        if self.locked {
            return false;
        }
        match &self.sched {
            Some(s) if s.enabled => s.baton == id,
            _ => may_take(self.policy, &self.queue, id),
        }
    }

    /// The scheduler, if it runs.
    pub(crate) fn sched_mut(&mut self) -> Option<&mut Sched> {
        self.sched.as_mut().filter(|s| s.enabled)
    }

    pub(crate) fn finalizing_other(&self, id: u64) -> bool {
        self.finalizing != 0 && self.finalizing != id
    }
}

impl Gil {
    /// Takes the GIL for `t`, waiting as long as it takes. `priority`: `t`
    /// returns from a blocking call with I/O credit (IoPriority).
    pub(crate) fn take(&self, t: &ThreadInner, priority: bool) {
        let core = self.core();
        let mut st = lock(&core.state);
        if st.finalizing_other(t.id) {
            self.park(core, st, t, false, false);
        }
        if st.sched_mut().is_some() {
            self.sched_take(core, st, t);
        } else if st.may_take(t.id) {
            self.grab(core, st, t, false);
        } else {
            self.wait_and_take(core, st, t, priority);
        }
    }

    /// The contended path of `take`: CPython's `while (gil->locked)` loop.
    ///
    /// The waiter sleeps until notified or until its deadline, one switch
    /// interval after the start of the current round. When the deadline
    /// passes and no switch happened during the round, it sets DROP_REQUEST
    /// and starts a new round. (CPython restarts its interval after every
    /// wake-up; keeping the deadline across wake-ups means that frequent
    /// notifications, e.g. from IoPriority's notify_all, cannot postpone a
    /// drop request forever.)
    fn wait_and_take<'a>(
        &self,
        core: &'a Core,
        mut st: MutexGuard<'a, State>,
        t: &ThreadInner,
        priority: bool,
    ) {
        let now = self.now_ns();
        self.record(t, now, TraceKind::Request);
        st.waiters += 1;
        if self.check_interval.load(Relaxed) > 0 {
            self.breaker.fetch_or(CHECK_INTERVAL, Relaxed);
        }
        // In the IoPriority queue?
        let mut queued = false;
        if priority && st.policy == Policy::IoPriority {
            st.queue.push(t.id);
            queued = true;
            if st.locked && !st.holder_priority {
                self.request_drop(&mut st, t, now, DropCause::IoPriority);
            }
        }
        let mut round_switches = st.switch_number;
        let mut deadline = now + self.interval_ns();
        loop {
            if st.finalizing_other(t.id) {
                self.park(core, st, t, true, queued);
            }
            if st.may_take(t.id) {
                break;
            }
            let (guard, timed_out) = self.clock.wait_until(&core.cond, st, deadline);
            st = guard;
            if timed_out {
                let now = self.now_ns();
                if st.locked && st.switch_number == round_switches {
                    self.request_drop(&mut st, t, now, DropCause::Interval);
                }
                // IoPriority guard 2 (aging): one interval of waiting earns
                // a place in the priority queue.
                if !queued && st.policy == Policy::IoPriority {
                    st.queue.push(t.id);
                    queued = true;
                }
                round_switches = st.switch_number;
                deadline = now + self.interval_ns();
            }
        }
        self.leave_waiters(&mut st);
        if queued {
            st.queue.remove(t.id);
        }
        self.grab(core, st, t, queued);
    }

    /// Marks the GIL taken by `t`; `st.may_take(t.id)` holds.
    pub(crate) fn grab(&self, core: &Core, mut st: MutexGuard<'_, State>, t: &ThreadInner, from_queue: bool) {
        debug_assert!(!st.locked);
        st.locked = true;
        st.holder_priority = from_queue;
        core.holder.store(t.id, Relaxed);
        if st.last_holder != t.id {
            st.last_holder = t.id;
            st.switch_number += 1;
            // A pending drop request was aimed at the previous holder
            // (CPython resets gil_drop_request in take_gil likewise).
            self.breaker.fetch_and(!DROP_REQUEST, Relaxed);
            st.drop_cause = DropCause::Flag;
            // Wake a forced dropper waiting for exactly this.
            core.switched.notify_all();
        }
        // When the previous holder takes the GIL back (it released it for a
        // blocking call that returned before any waiter got going), a
        // pending drop request stays: no switch has happened, and the
        // holder must honour it at its next poll. Clearing it here let a
        // thread that releases and re-acquires in a tight loop (sleep(0),
        // small reads) starve the waiters, whose requests it kept erasing.
        // (CPython avoids the same starvation differently: its drop_gil
        // waits for the switch when a request is pending, even before a
        // blocking call.)
        self.check_countdown
            .store(self.check_interval.load(Relaxed), Relaxed);
        let now = self.stamp(&mut st);
        t.acct.on_take(now);
        self.record(t, now, TraceKind::Take);
        drop(st);
    }

    /// A trace time stamp: strictly increasing under the scheduler (see
    /// `Sched::last_stamp`), the clock otherwise.
    fn stamp(&self, st: &mut State) -> u64 {
        match st.sched.as_mut() {
            Some(s) => self.sched_stamp(s),
            None => self.now_ns(),
        }
    }

    /// A waiter stops waiting (it takes the GIL, or is parked).
    fn leave_waiters(&self, st: &mut State) {
        st.waiters -= 1;
        if st.waiters == 0 {
            // Nobody waits: the holder need not count instructions.
            self.breaker.fetch_and(!CHECK_INTERVAL, Relaxed);
        }
    }

    /// A waiter asks the holder to drop the GIL.
    fn request_drop(&self, st: &mut State, t: &ThreadInner, now: u64, cause: DropCause) {
        st.drop_cause = cause;
        self.breaker.fetch_or(DROP_REQUEST, Relaxed);
        self.record(t, now, TraceKind::DropRequest(cause));
    }

    /// Marks the GIL free and wakes whoever may take it.
    fn unlock(&self, core: &Core, st: &mut State, t: &ThreadInner) {
        assert!(
            st.locked && core.holder.load(Relaxed) == t.id,
            "pygil-gil: thread {} dropped the GIL without holding it",
            t.id
        );
        st.locked = false;
        core.holder.store(0, Relaxed);
        if st.waiters > 0 {
            if st.policy == Policy::IoPriority && !st.queue.is_empty() {
                // Only the queue's head may take it: a single notification
                // could wake someone else, who would go back to sleep.
                core.cond.notify_all();
            } else {
                core.cond.notify_one();
            }
        }
    }

    /// Voluntary drop before a blocking call (CPython's drop_gil without a
    /// pending request): no waiting for a switch.
    pub(crate) fn drop_voluntary(&self, t: &ThreadInner, why: BlockReason) {
        let core = self.core();
        let mut st = lock(&core.state);
        let now = if st.sched_mut().is_some() {
            self.unlock_sched(core, &mut st, t);
            let s = st.sched_mut().expect("sched");
            self.sched_drop(s, t, Some(why))
        } else {
            self.unlock(core, &mut st, t);
            self.now_ns()
        };
        t.acct.on_drop(now, Some(why));
        self.record(t, now, TraceKind::VoluntaryDrop(why));
        if why == BlockReason::Other("exit") {
            if let Some(s) = st.sched_mut() {
                // See `thread_finished`.
                let stamp = self.sched_stamp(s);
                self.record(t, stamp, TraceKind::Exit);
            }
        }
    }

    /// Forced drop at an instruction boundary, then take the GIL back.
    /// `requested`: DROP_REQUEST was set (otherwise the check-interval
    /// count ran out).
    #[cold]
    #[inline(never)]
    pub(crate) fn forced_switch(&self, t: &ThreadInner, requested: bool) {
        let core = self.core();
        let mut st = lock(&core.state);
        if st.waiters == 0 {
            // Nobody to hand over to: the request came from `set_flag`, or
            // a relaxed read showed a CHECK_INTERVAL bit already cleared.
            // Dropping and re-taking would only add a trace event.
            self.breaker
                .fetch_and(!(DROP_REQUEST | CHECK_INTERVAL), Relaxed);
            self.check_countdown
                .store(self.check_interval.load(Relaxed), Relaxed);
            return;
        }
        let cause = if requested {
            st.drop_cause
        } else {
            DropCause::CheckInterval
        };
        self.unlock(core, &mut st, t);
        let now = self.now_ns();
        t.acct.on_drop(now, None);
        self.record(t, now, TraceKind::ForcedDrop(cause));
        // FORCE_SWITCHING: wait until another thread has taken the GIL.
        // Without this the dropper, which is on a CPU right now, nearly
        // always re-takes the GIL before the woken waiter is scheduled, and
        // the drop request achieves nothing. The waiter count cannot fall
        // to zero without a switch (a waiter leaves only by taking the GIL,
        // or by being parked, which notifies `switched`), so this ends.
        while st.last_holder == t.id && st.waiters > 0 {
            st = core
                .switched
                .wait(st)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        drop(st);
        self.take(t, false);
    }

    /// Interpreter finalization has begun in another thread: `t` must never
    /// run Python again. It leaves the waiters and sleeps forever; the
    /// process exit ends it (CPython exits such threads in take_gil).
    #[cold]
    pub(crate) fn park(
        &self,
        core: &Core,
        mut st: MutexGuard<'_, State>,
        t: &ThreadInner,
        counted: bool,
        queued: bool,
    ) -> ! {
        if counted {
            self.leave_waiters(&mut st);
        }
        if queued {
            st.queue.remove(t.id);
        }
        // This thread may have consumed the notification meant for a
        // waiter that can take the GIL, or have been the queue's head:
        // let every waiter re-check. A forced dropper waiting for this
        // thread to take the GIL must re-check too.
        core.cond.notify_all();
        core.switched.notify_all();
        loop {
            st = core
                .parked
                .wait(st)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
    }
}
