//! The deterministic scheduler (`-X sched=seed:N,switch=P`): baton passing.
//!
//! Under the ordinary policies the OS decides who runs next: whichever
//! waiter wakes first, after a switch interval measured on a real clock. A
//! race that loses an update shows up once in a thousand runs and never
//! under a debugger. Under the scheduler the GIL makes every decision
//! itself, from a seeded PRNG, so the same seed gives the same
//! interleaving, the same output and the same trace, on any machine.
//!
//! # The baton
//!
//! At any moment at most one thread holds the *baton*: the id of the only
//! thread allowed to take the GIL (`Sched::baton`). Every thread waits for
//! the baton on its own condition variable, so a hand-over wakes exactly
//! one OS thread. The scheduler knows every thread from the moment it is
//! registered (`register_thread` runs in the creating thread, under the
//! GIL), long before its OS thread reaches `acquire`: a thread that is
//! given the baton before it has arrived simply finds it waiting. That is
//! what makes thread start deterministic.
//!
//! Each known thread is in one of these states (`Run`):
//!
//! - **Ready**: runnable, whether it holds the GIL, waits for it, or has
//!   not reached `acquire` yet;
//! - **Blocked** on a *logical* wait: a Python lock (`_thread.lock`, and so
//!   `threading`'s Lock, RLock, Condition, Event, Semaphore, Barrier,
//!   `Thread.join`, `queue`), or `time.sleep`. These never block in the
//!   OS: the interpreter calls [`Gil::sched_block`], which hands the baton
//!   on, and [`Gil::sched_notify`] when it releases a lock, which makes the
//!   lock's waiters Ready again (they retry; losers block again);
//! - **Io**: released the GIL for real blocking I/O (sockets, pipes,
//!   select, waitpid, files). When such a call returns is up to the OS,
//!   which is the one source of nondeterminism left.
//!
//! # Decisions
//!
//! - **Preemption.** At every instruction boundary (the eval-breaker poll)
//!   the holder draws from the PRNG and, with probability P, switches to a
//!   Ready thread other than itself chosen uniformly. The poll only enters
//!   the GIL while the SCHED breaker bit is set, which is exactly while a
//!   decision could matter: another thread is Ready, or a sleeper's
//!   deadline is pending. The draw is integer-only (`splitmix64` against a
//!   threshold P·2⁶⁴), so no floating-point library result can make two
//!   machines disagree.
//! - **Blocking.** A thread that blocks (logically or for I/O) passes the
//!   baton to a Ready thread chosen by the PRNG.
//! - **Time.** `time.sleep` and lock timeouts run on a *virtual clock*: it
//!   advances by `INSTR_NS` per instruction executed while somebody sleeps,
//!   and jumps straight to the next deadline when no thread is Ready. A
//!   program that sleeps therefore runs as fast as it computes, and wakes
//!   its sleepers at reproducible instructions. `time.time()` and
//!   `time.monotonic()` stay real clocks.
//! - **Idle with I/O in flight.** When nobody is Ready but some thread is in
//!   real I/O, the baton is free (`baton == 0`): the first thread back from
//!   I/O takes it, and a sleeper whose deadline passes in *real* time
//!   (counted from the moment the GIL went idle) wakes itself. The virtual
//!   clock then catches up with the real time that passed.
//! - **Deadlock.** When nobody is Ready, nobody sleeps with a deadline and
//!   nobody is in I/O, no thread can ever run again. Real CPython hangs;
//!   the scheduler wakes the lowest-id blocked thread with
//!   [`Wake::Deadlock`] and the interpreter reports the deadlock and exits.
//!
//! # What is deterministic
//!
//! For programs whose threads compute and synchronise through the
//! primitives above: everything (stdout, the order of trace events, the
//! statistics' counts). A thread in real I/O re-enters at the moment the OS
//! returns, so output that depends on it can vary, as can anything
//! reading a real clock, `id()` values and hashes of objects by address.
//! The settings that change timing-based switching (`switchinterval`, the
//! check interval, the policy) have no effect while the scheduler runs.
//!
//! # Shutdown and fork
//!
//! `begin_finalization` turns the scheduler off: the main thread runs the
//! exit handlers under the ordinary rules while the remaining (daemon)
//! threads stay frozen where they wait. A forked child starts a fresh
//! scheduler knowing only the forking thread; the PRNG state carries on.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;

use crate::breaker::SCHED;
use crate::lock::{Core, State};
use crate::sync::{lock, Condvar, MutexGuard};
use crate::thread::ThreadInner;
use crate::trace::{DropCause, TraceKind};
use crate::{BlockReason, Gil};

/// `-X sched=seed:N,switch=P`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SchedConfig {
    /// The PRNG seed: the same seed, the same interleaving.
    pub seed: u64,
    /// Probability of a switch at each instruction boundary, in (0, 1].
    pub switch_prob: f64,
}

impl SchedConfig {
    /// The default switch probability: one switch every 50 instructions on
    /// average, which puts several switches inside every loop iteration of
    /// a few dozen instructions. It finds the lost update of a shared
    /// `n += 1` counter in nearly every seed while keeping the hand-over
    /// cost (two OS context switches) small against the work.
    pub const DEFAULT_SWITCH: f64 = 0.02;
}

/// Virtual nanoseconds per instruction: roughly CPython's speed on simple
/// bytecode, so that `sleep(0.01)` lasts about as many instructions as it
/// would in real time.
pub const INSTR_NS: u64 = 20;

/// How a logical wait ([`Gil::sched_block`]) ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// `sched_notify` on the key: retry the lock.
    Notified,
    /// The deadline passed (on the virtual clock).
    TimedOut,
    /// The `interrupted` callback said so (Ctrl-C in the main thread).
    Interrupted,
    /// No thread can ever run again; the caller holds the GIL and should
    /// report it ([`Gil::sched_report`]) and end the process.
    Deadlock,
}

/// What a thread known to the scheduler is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Run {
    /// Runnable (holding, waiting for the baton, or not yet arrived).
    Ready,
    /// In a logical wait on `key` (0 for sleep), until `deadline` (virtual
    /// ns) if any.
    Blocked {
        key: u64,
        reason: BlockReason,
        deadline: Option<u64>,
    },
    /// Released the GIL for real blocking I/O.
    Io,
}

struct Entry {
    id: u64,
    run: Run,
    /// Why the last logical wait ended; set by whoever made it Ready.
    wake: Option<Wake>,
    /// The thread waits for the baton here (with `Core::state`).
    cond: Arc<Condvar>,
    /// The thread's GIL bookkeeping, for trace events recorded by others.
    inner: Arc<ThreadInner>,
}

/// The scheduler's state, inside the GIL state (`State::sched`).
pub(crate) struct Sched {
    /// Off after `begin_finalization`: ordinary rules from then on.
    pub(crate) enabled: bool,
    /// The only thread that may take the GIL; 0 = the first to arrive.
    pub(crate) baton: u64,
    /// Known threads, in registration order (the order picks index into).
    threads: Vec<Entry>,
    /// When the baton went free with threads in I/O: (real ns, virtual ns).
    idle_since: Option<(u64, u64)>,
    /// The last trace stamp handed out: stamps are strictly increasing, so
    /// that merging the per-thread buffers by time gives the logical order.
    last_stamp: u64,
}

impl Sched {
    pub(crate) fn new(first: Option<Arc<ThreadInner>>) -> Sched {
        let mut s = Sched {
            enabled: true,
            baton: 0,
            threads: Vec::new(),
            idle_since: None,
            last_stamp: 0,
        };
        if let Some(t) = first {
            s.baton = t.id;
            s.add(t);
        }
        s
    }

    fn add(&mut self, inner: Arc<ThreadInner>) {
        self.threads.push(Entry {
            id: inner.id,
            run: Run::Ready,
            wake: None,
            cond: Arc::new(Condvar::new()),
            inner,
        });
    }

    fn entry(&mut self, id: u64) -> Option<&mut Entry> {
        self.threads.iter_mut().find(|e| e.id == id)
    }

    fn cond_of(&self, id: u64) -> Option<Arc<Condvar>> {
        self.threads.iter().find(|e| e.id == id).map(|e| e.cond.clone())
    }

    fn ready_count(&self) -> usize {
        self.threads.iter().filter(|e| e.run == Run::Ready).count()
    }

    /// The earliest deadline of a blocked thread.
    fn next_due(&self) -> Option<u64> {
        self.threads
            .iter()
            .filter_map(|e| match e.run {
                Run::Blocked { deadline, .. } => deadline,
                _ => None,
            })
            .min()
    }

    fn any_io(&self) -> bool {
        self.threads.iter().any(|e| e.run == Run::Io)
    }
}

/// The PRNG: splitmix64 (Steele, Lea, Flood 2014), one u64 of state.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// P·2⁶⁴ as an integer threshold (P = 1 saturates to "always").
pub(crate) fn threshold(p: f64) -> u64 {
    if p >= 1.0 {
        u64::MAX
    } else {
        (p.max(0.0) * 18_446_744_073_709_551_616.0) as u64
    }
}

impl Gil {
    /// Whether the deterministic scheduler is running.
    #[inline]
    pub fn sched_enabled(&self) -> bool {
        self.sched_on.load(Relaxed)
    }

    /// The scheduler's virtual clock (lock timeouts are measured on it).
    pub fn sched_clock(&self) -> Duration {
        Duration::from_nanos(self.vclock.load(Relaxed))
    }

    /// A number in `0..n` from the scheduler's PRNG. Called by the holder,
    /// or under the state mutex while nobody holds the GIL: never by two
    /// threads at once.
    fn sched_rand(&self, n: usize) -> usize {
        let mut s = self.sched_rng.load(Relaxed);
        let r = splitmix(&mut s);
        self.sched_rng.store(s, Relaxed);
        ((r as u128 * n as u128) >> 64) as usize
    }

    /// One instruction boundary with SCHED set (from `handle_breaker`, by
    /// the holder): advances the virtual clock, wakes sleepers that are
    /// due, and returns whether to switch now.
    pub(crate) fn sched_tick(&self) -> bool {
        let v = self.vclock.load(Relaxed) + INSTR_NS;
        self.vclock.store(v, Relaxed);
        if v >= self.next_due.load(Relaxed) {
            let core = self.core();
            let mut st = lock(&core.state);
            if let Some(s) = st.sched.as_mut() {
                self.wake_due(s);
            }
        }
        let mut s = self.sched_rng.load(Relaxed);
        let r = splitmix(&mut s);
        self.sched_rng.store(s, Relaxed);
        r < self.sched_threshold.load(Relaxed)
    }

    /// Makes every sleeper whose deadline has come Ready.
    fn wake_due(&self, s: &mut Sched) {
        let v = self.vclock.load(Relaxed);
        for i in 0..s.threads.len() {
            if let Run::Blocked {
                deadline: Some(d), ..
            } = s.threads[i].run
            {
                if d <= v {
                    self.make_ready(s, i, Wake::TimedOut);
                }
            }
        }
        self.sched_refresh(s);
    }

    fn make_ready(&self, s: &mut Sched, i: usize, why: Wake) {
        let e = &mut s.threads[i];
        e.run = Run::Ready;
        e.wake = Some(why);
        let inner = e.inner.clone();
        let now = self.sched_stamp(s);
        self.record(&inner, now, TraceKind::Request);
    }

    /// Recomputes the SCHED bit and the next deadline after any change of
    /// thread states.
    fn sched_refresh(&self, s: &Sched) {
        let due = s.next_due();
        self.next_due.store(due.unwrap_or(u64::MAX), Relaxed);
        let ready = s.ready_count();
        if s.enabled && (ready >= 2 || (ready >= 1 && due.is_some())) {
            self.breaker.fetch_or(SCHED, Relaxed);
        } else {
            self.breaker.fetch_and(!SCHED, Relaxed);
        }
    }

    /// A trace time stamp, strictly after the previous one.
    pub(crate) fn sched_stamp(&self, s: &mut Sched) -> u64 {
        let now = self.now_ns().max(s.last_stamp + 1);
        s.last_stamp = now;
        now
    }

    /// The scheduler learns about a new thread (from `register_thread`).
    pub(crate) fn sched_register(&self, inner: &Arc<ThreadInner>) -> Option<u64> {
        let core = self.core();
        let mut st = lock(&core.state);
        let s = st.sched.as_mut().filter(|s| s.enabled)?;
        s.add(inner.clone());
        let now = self.sched_stamp(s);
        self.sched_refresh(s);
        Some(now)
    }

    /// Passes the baton on after the holder gave up the GIL (it is Blocked
    /// or in I/O now, or Ready and being preempted: `preempted`).
    fn pick_next(&self, s: &mut Sched, preempted: u64) {
        // Sleepers due right now (sleep(0), expired timeouts) compete too.
        self.wake_due(s);
        let ready: Vec<usize> = (0..s.threads.len())
            .filter(|&i| s.threads[i].run == Run::Ready && s.threads[i].id != preempted)
            .collect();
        if !ready.is_empty() {
            return self.give_baton(s, ready[self.sched_rand(ready.len())]);
        }
        if preempted != 0 {
            // Nobody else can run: the preempted thread goes on.
            let i = s.threads.iter().position(|e| e.id == preempted).expect("known");
            return self.give_baton(s, i);
        }
        if s.any_io() {
            // Wait for the OS: the first thread back from I/O runs, or a
            // sleeper whose time comes in real time.
            s.baton = 0;
            s.idle_since = Some((self.now_ns(), self.vclock.load(Relaxed)));
            for e in &s.threads {
                if matches!(e.run, Run::Blocked { deadline: Some(_), .. }) {
                    e.cond.notify_one();
                }
            }
            return;
        }
        if let Some(due) = s.next_due() {
            // Nobody can run before the next deadline: jump to it.
            self.vclock.store(due, Relaxed);
            return self.pick_next(s, preempted);
        }
        // Every thread waits for something only another thread could do.
        if let Some(i) = s
            .threads
            .iter()
            .position(|e| matches!(e.run, Run::Blocked { .. }))
        {
            // It stays Blocked (for the report); the wake lets it take
            // the GIL to report.
            s.threads[i].wake = Some(Wake::Deadlock);
            self.give_baton(s, i);
        }
    }

    fn give_baton(&self, s: &mut Sched, i: usize) {
        s.baton = s.threads[i].id;
        s.idle_since = None;
        s.threads[i].cond.notify_one();
        self.sched_refresh(s);
    }

    /// `take` under the scheduler: wait for the baton.
    pub(crate) fn sched_take<'a>(&self, core: &'a Core, mut st: MutexGuard<'a, State>, t: &ThreadInner) {
        let Some(s) = st.sched.as_mut() else { unreachable!() };
        let Some(e) = s.entry(t.id) else {
            // Every thread is registered after the scheduler exists (it is
            // created with the GIL), so the scheduler knows them all.
            unreachable!("pygil-gil: thread {} unknown to the scheduler", t.id)
        };
        if e.run != Run::Ready {
            // Back from I/O: this is the nondeterministic part.
            e.run = Run::Ready;
            let now = self.sched_stamp(s);
            self.record(t, now, TraceKind::Request);
        }
        self.claim_idle_baton(s, t.id);
        self.sched_refresh(s);
        let cond = s.cond_of(t.id).expect("registered");
        while !st.may_take(t.id) {
            if st.finalizing_other(t.id) {
                self.park(core, st, t, false, false);
            }
            st = cond.wait(st).unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        self.grab(core, st, t, false);
    }

    /// With the baton free (everybody else in I/O or asleep), thread `id`
    /// takes it; the virtual clock catches up with the real time spent
    /// idle.
    fn claim_idle_baton(&self, s: &mut Sched, id: u64) {
        if s.baton != 0 {
            return;
        }
        if let Some((real, virt)) = s.idle_since.take() {
            let v = virt + self.now_ns().saturating_sub(real);
            if v > self.vclock.load(Relaxed) {
                self.vclock.store(v, Relaxed);
            }
            self.wake_due(s);
        }
        s.baton = id;
    }

    /// The holder gives up the GIL under the scheduler: voluntarily for
    /// `why` (the thread is in I/O, or exiting), or preempted (`why` None).
    /// Returns the trace stamp. Called with the state locked, after
    /// `unlock_sched`.
    pub(crate) fn sched_drop(&self, s: &mut Sched, t: &ThreadInner, why: Option<BlockReason>) -> u64 {
        let now = self.sched_stamp(s);
        match why {
            Some(BlockReason::Other("exit")) => s.threads.retain(|e| e.id != t.id),
            Some(_) => {
                if let Some(e) = s.entry(t.id) {
                    e.run = Run::Io;
                }
            }
            None => {}
        }
        self.pick_next(s, if why.is_none() { t.id } else { 0 });
        now
    }

    /// The holder switches at a PRNG-chosen instruction (from
    /// `handle_breaker`): hands the baton to another Ready thread and
    /// waits for it back.
    #[cold]
    #[inline(never)]
    pub(crate) fn sched_switch(&self, t: &ThreadInner) {
        let core = self.core();
        let mut st = lock(&core.state);
        let Some(s) = st.sched.as_mut() else { return };
        if !s.enabled
            || !s
                .threads
                .iter()
                .any(|e| e.run == Run::Ready && e.id != t.id)
        {
            return;
        }
        self.unlock_sched(core, &mut st, t);
        let s = st.sched.as_mut().expect("sched");
        let now = self.sched_drop(s, t, None);
        t.acct.on_drop(now, None);
        self.record(t, now, TraceKind::ForcedDrop(DropCause::Sched));
        self.sched_take(core, st, t);
    }

    /// Marks the GIL free without waking anybody: the baton's holder is
    /// woken by `give_baton`.
    pub(crate) fn unlock_sched(&self, core: &Core, st: &mut State, t: &ThreadInner) {
        assert!(
            st.locked && core.holder.load(Relaxed) == t.id,
            "pygil-gil: thread {} dropped the GIL without holding it",
            t.id
        );
        st.locked = false;
        core.holder.store(0, Relaxed);
    }

    /// A logical blocking wait under the scheduler, instead of blocking in
    /// the OS: the caller (holding the GIL) waits on `key` (a lock's
    /// address; 0 for a plain sleep) until [`Gil::sched_notify`] with that
    /// key, or until `timeout` passes on the virtual clock. The GIL is
    /// passed on meanwhile and held again on return. `interrupted`, if
    /// given, is polled every 20 ms of real time (Ctrl-C in the main
    /// thread). Only call when [`Gil::sched_enabled`].
    pub fn sched_block(
        &self,
        t: &crate::ThreadHandle,
        reason: BlockReason,
        key: u64,
        timeout: Option<Duration>,
        interrupted: Option<&dyn Fn() -> bool>,
    ) -> Wake {
        let t = &*t.inner;
        let core = self.core();
        let mut st = lock(&core.state);
        self.unlock_sched(core, &mut st, t);
        let s = st.sched.as_mut().expect("sched_block without the scheduler");
        let deadline = timeout.map(|d| {
            self.vclock
                .load(Relaxed)
                .saturating_add(u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        });
        if let Some(e) = s.entry(t.id) {
            e.run = Run::Blocked {
                key,
                reason,
                deadline,
            };
            e.wake = None;
        }
        let now = self.sched_stamp(s);
        t.acct.on_drop(now, Some(reason));
        self.record(t, now, TraceKind::VoluntaryDrop(reason));
        self.pick_next(s, 0);
        let cond = s.cond_of(t.id).expect("registered");
        let mut started = false;
        loop {
            let locked = st.locked;
            let may_take = st.may_take(t.id);
            if st.finalizing_other(t.id) {
                self.park(core, st, t, false, false);
            }
            let s = st.sched.as_mut().expect("sched");
            let woken = s.entry(t.id).and_then(|e| e.wake);
            if woken.is_some() && !started {
                started = true;
                t.acct.start_wait(self.now_ns());
            }
            if woken.is_some() && may_take {
                break;
            }
            let me = s.threads.iter().position(|e| e.id == t.id).expect("known");
            // How long to sleep in real time: until a real-time deadline
            // while the GIL is idle, and in slices when interruptible.
            let mut wait: Option<u64> = interrupted.map(|_| 20_000_000);
            if let (Some((real, virt)), Some(d), None) = (s.idle_since, deadline, woken) {
                let due_real = real + d.saturating_sub(virt);
                let now = self.now_ns();
                if now >= due_real && s.baton == 0 && !locked {
                    // Our time came while everybody else is in I/O.
                    self.claim_idle_baton(s, t.id);
                    if s.threads[me].wake.is_none() {
                        self.vclock.store(self.vclock.load(Relaxed).max(d), Relaxed);
                        self.make_ready(s, me, Wake::TimedOut);
                    }
                    self.sched_refresh(s);
                    continue;
                }
                let left = due_real.saturating_sub(now);
                wait = Some(wait.map_or(left, |w| w.min(left)));
            }
            if let (Some(f), None) = (interrupted, woken) {
                if f() {
                    self.make_ready(s, me, Wake::Interrupted);
                    if !locked {
                        self.claim_idle_baton(s, t.id);
                    }
                    self.sched_refresh(s);
                    continue;
                }
            }
            st = match wait {
                Some(ns) => {
                    cond.wait_timeout(st, Duration::from_nanos(ns.max(1)))
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .0
                }
                None => cond.wait(st).unwrap_or_else(std::sync::PoisonError::into_inner),
            };
        }
        let s = st.sched.as_mut().expect("sched");
        let wake = s.entry(t.id).and_then(|e| e.wake.take()).unwrap_or(Wake::Notified);
        self.grab(core, st, t, false);
        wake
    }

    /// The holder released the lock `key`: every thread blocked on it
    /// becomes Ready (and retries). Only call when [`Gil::sched_enabled`].
    pub fn sched_notify(&self, key: u64) {
        let core = self.core();
        let mut st = lock(&core.state);
        let Some(s) = st.sched.as_mut() else { return };
        let mut any = false;
        for i in 0..s.threads.len() {
            if matches!(s.threads[i].run, Run::Blocked { key: k, .. } if k == key) {
                self.make_ready(s, i, Wake::Notified);
                any = true;
            }
        }
        if any {
            self.sched_refresh(s);
        }
    }

    /// What every thread waits for, for a deadlock report: one line per
    /// thread, "NAME: blocked on lock" and so on.
    pub fn sched_report(&self) -> String {
        let core = self.core();
        let st = lock(&core.state);
        let mut out = String::new();
        if let Some(s) = st.sched.as_ref() {
            for e in &s.threads {
                let name = crate::sync::lock_std(&e.inner.name).clone();
                let what = match e.run {
                    Run::Ready => "running".to_string(),
                    Run::Io => "in I/O".to_string(),
                    Run::Blocked { reason, .. } => format!("blocked on {}", reason.name()),
                };
                out.push_str(&format!("  {name}: {what}\n"));
            }
        }
        out
    }

    /// A thread finished without holding the GIL (it never ran, or its
    /// start failed): the scheduler forgets it, and passes the baton on if
    /// it was waiting for this thread.
    pub(crate) fn sched_forget(&self, t: &ThreadInner) {
        let core = self.core();
        let mut st = lock(&core.state);
        let locked = st.locked;
        let Some(s) = st.sched_mut() else { return };
        s.threads.retain(|e| e.id != t.id);
        if !locked && (s.baton == t.id || s.baton == 0) {
            self.pick_next(s, 0);
        }
        self.sched_refresh(s);
    }

    /// Interpreter finalization: back to the ordinary rules.
    pub(crate) fn sched_stop(&self, st: &mut State) {
        if let Some(s) = st.sched.as_mut() {
            s.enabled = false;
            self.sched_on.store(false, Relaxed);
            self.breaker.fetch_and(!SCHED, Relaxed);
        }
    }
}
