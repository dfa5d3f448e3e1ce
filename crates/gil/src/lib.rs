//! The Global Interpreter Lock of pygil.
//!
//! # What the lock is
//!
//! One thread runs Python at a time. The GIL is a boolean, `locked`, kept
//! with the holder's id, a switch counter and the waiter bookkeeping in a
//! small state (`lock::State`) behind an ordinary mutex, plus a condition
//! variable on which threads that want the GIL sleep. The mutex is held
//! only for a few instructions of bookkeeping, never while Python runs, so
//! it is almost always uncontended. This is CPython's design since 3.2
//! (Python/ceval_gil.c, "the new GIL"); the differences are noted where
//! they occur.
//!
//! A thread takes the GIL when it starts running Python (`acquire`) and
//! gives it up in two ways:
//!
//! - **voluntarily**, before a call that may block (sleep, socket, select,
//!   pipe and file I/O, waiting on a lock, join, waitpid, input):
//!   `release(t, why)`, then `acquire(t)` once the call returns. This is
//!   the cooperative half of the model. It does not wait for anybody.
//! - **forcibly**, at an instruction boundary, when another thread asked
//!   for it: the preemptive half, described next.
//!
//! # Who asks for a drop, and the switch interval
//!
//! The holder never looks at a clock. The *waiters* do: a thread that finds
//! the GIL taken sleeps on the condition variable for at most one switch
//! interval (`sys.setswitchinterval`, default 5 ms). If the interval ends
//! and no switch happened meanwhile (the switch counter did not move), it
//! sets the DROP_REQUEST bit in the eval-breaker word and sleeps for
//! another interval. The eval-breaker is one `AtomicU32` that the eval loop
//! polls at every instruction boundary with a relaxed load
//! (`breaker().load(Relaxed) != 0`): one load and one predictable branch
//! when nothing is pending. Other bits share the word (pending signals,
//! async exceptions, the check interval, trace hooks, and any bit from
//! 1 << 8 up for the VM), so a single test covers all of them. When the
//! word is non-zero the holder calls `handle_breaker`, which performs the
//! drop if one is requested and returns the bits that are the
//! interpreter's business.
//!
//! The interval is therefore a *minimum* time slice for a CPU-bound holder
//! when somebody waits, not a timer tick: with nobody waiting nothing ever
//! interrupts the holder, and an instruction that takes long (a big
//! multiplication, a sort) delays the drop until it finishes.
//!
//! # Forced switching
//!
//! Seeing DROP_REQUEST, the holder drops the GIL, wakes a waiter, and then
//! waits on a second condition variable until another thread has taken the
//! GIL, before it asks for it again (CPython's FORCE_SWITCHING). Without
//! that wait the dropper, which is running on a CPU at that moment, would
//! nearly always win the race against the waiter the OS has yet to
//! schedule, and the request would achieve nothing. A voluntary drop does
//! not wait: the thread is about to block anyway. Every take by a thread
//! other than the last holder increments the switch counter, and clears
//! DROP_REQUEST, since the request was aimed at the previous holder. When
//! the previous holder takes the GIL back itself (its blocking call
//! returned before any waiter got going), the request stays pending and is
//! honoured at its next poll, so a thread that releases and re-acquires in
//! a tight loop cannot starve the waiters.
//!
//! # The check interval
//!
//! Python 2's `sys.setcheckinterval(n)`: while another thread waits for the
//! GIL, the holder is made to switch every n instructions (polls). It costs
//! nothing when off (n = 0, the default) or when nobody waits: a waiter
//! that arrives while n > 0 sets the CHECK_INTERVAL bit, which makes every
//! poll enter `handle_breaker`; that counts n down from the holder's take
//! and forces a switch at zero. The last waiter to leave clears the bit.
//! The check interval and the switch interval are independent triggers:
//! whichever comes first forces the switch (set a long switch interval for
//! a pure instruction-count scheduler).
//!
//! # Policies
//!
//! Which waiter gets a free GIL, and how soon a returning I/O thread may
//! ask for it, is the policy's decision (policy.rs has the full rules):
//!
//! - `Policy::CPython`: any waiter; whoever wakes first. A thread back from
//!   a blocking call waits up to an interval like everybody else, which is
//!   the convoy effect of bpo-7946 (an I/O thread facing a CPU-bound thread
//!   gets one operation per interval).
//! - `Policy::IoPriority`: a thread back from a blocking call joins a FIFO
//!   priority queue and sets DROP_REQUEST at once, so a CPU-bound holder
//!   yields at its next poll. Guards: no priority for a thread that ran an
//!   interval or more before blocking, or that blocked for less time than
//!   it ran (it is CPU-bound, or its calls did not really block); a waiter
//!   that has waited one interval joins the priority queue too (no
//!   starvation); and a thread that got the GIL from the queue is not
//!   preempted at once by the next priority arrival (no thrashing, and an
//!   aged CPU thread keeps the GIL for about an interval).
//!
//! # Fork
//!
//! `os.fork()` copies only the calling thread. In the child the GIL must
//! be held by that thread, every other thread forgotten, and any lock that
//! a vanished thread held at the instant of fork must not be touched again.
//! The lock's state, mutex, condition variables and thread registry live in
//! one heap object (`lock::Core`) reached through an atomic pointer; the
//! child replaces it with a fresh one, held by the forking thread, and
//! deliberately leaks the old one (its mutex may be locked forever, by a
//! waiter that was checking the state when fork() happened). Threads of the
//! parent are recognised by their generation number, which the fork bumps.
//! The details, and why this is sound, are in fork.rs.
//!
//! # Shutdown
//!
//! The GIL has no destructor work: the process exits while the main thread
//! holds the GIL, and threads asleep in `acquire` die with it. Between the
//! start of interpreter finalization and the exit, though, a daemon thread
//! returning from a blocking call must not run Python on half torn-down
//! state: `begin_finalization` makes every other thread that asks for the
//! GIL from then on sleep forever (CPython's take_gil exits such threads).
//!
//! # Observability
//!
//! Statistics (time holding, waiting and blocked per reason, acquisitions,
//! forced and voluntary drops, longest wait, switch count) are always kept:
//! per-thread counters written by their own thread, gathered by `stats()`.
//! The event trace (request, take, drops with their causes, drop requests)
//! is recorded into per-thread buffers when `GilConfig::trace` is on and
//! read by `take_trace()`. `trace::marks` reads a trace as per-thread
//! spans (hold, wait, blocked on a reason) and instants (drop requests,
//! forced drops), which two writers draw: `trace::chrome_trace_json` for
//! Perfetto (`-X gil-trace=FILE.json`), and `html::html_timeline`, a
//! self-contained HTML page with an SVG timeline (one track per thread,
//! zoomable) and the statistics table (`-X gil-trace=FILE.html`).
//! Neither statistics nor trace takes a global lock, and neither costs
//! anything on the per-instruction poll.
//!
//! # Using it from the interpreter
//!
//! ```
//! use std::sync::atomic::Ordering::Relaxed;
//! use gil::{BlockReason, Gil, GilConfig};
//!
//! let gil = Gil::new(GilConfig::default());
//! // Thread start (the main thread too).
//! let t = gil.register_thread("MainThread");
//! gil.acquire(&t);
//! for _instruction in 0..1000 {
//!     // At an instruction boundary: one relaxed load when nothing is pending.
//!     if gil.breaker().load(Relaxed) != 0 {
//!         let pending = gil.handle_breaker(&t); // may switch threads
//!         if pending & gil::breaker::SIGNALS_PENDING != 0 { /* run signal handlers */ }
//!     }
//! }
//! // Around a blocking call (touching no Python object meanwhile).
//! gil.release(&t, BlockReason::Sleep);
//! std::thread::sleep(std::time::Duration::from_millis(1));
//! gil.acquire(&t);
//! // Thread end.
//! gil.release(&t, BlockReason::Other("exit"));
//! gil.thread_finished(&t);
//! println!("{}", gil.stats());
//! ```
//!
//! # Model checking
//!
//! The protocol is written against a small shim (sync.rs) so that
//! `RUSTFLAGS="--cfg loom" cargo test -p pygil-gil --release --lib loom`
//! runs it under loom, which explores the thread interleavings
//! exhaustively (up to a preemption bound). Timeouts, which loom cannot
//! model, are explicit steps of a "timer" thread; see sync.rs.

use std::sync::atomic::Ordering::{AcqRel, Acquire, Relaxed};
use std::sync::atomic::{
    AtomicBool, AtomicPtr, AtomicU32 as StdAtomicU32, AtomicU64 as StdAtomicU64, AtomicU8,
};
use std::sync::Arc;
use std::time::Duration;

mod fork;
pub mod html;
mod lock;
mod policy;
mod sched;
mod stats;
mod sync;
mod thread;
pub mod trace;

#[cfg(all(test, loom))]
mod loom_tests;
#[cfg(all(test, not(loom)))]
mod sched_tests;
#[cfg(all(test, not(loom)))]
mod tests;

pub use policy::Policy;
pub use sched::{SchedConfig, Wake};
pub use stats::{BlockedStats, GilStats, ThreadStats, Totals};
pub use thread::ThreadHandle;
pub use trace::{DropCause, TraceEvent, TraceKind};

use lock::Core;
use sync::{lock, lock_std, AtomicU32, Clock};
use thread::ThreadInner;

/// The bits of the eval-breaker word (`Gil::breaker`).
pub mod breaker {
    /// A waiter asks the holder to drop the GIL. Set and cleared by the GIL.
    pub const DROP_REQUEST: u32 = 1;
    /// A signal handler ran; the main thread should run the Python-level
    /// handlers. Set with `Gil::set_flag` (async-signal-safe), cleared by
    /// the interpreter.
    pub const SIGNALS_PENDING: u32 = 2;
    /// An asynchronous exception (`PyThreadState_SetAsyncExc`) is pending.
    /// The interpreter's to set and clear.
    pub const ASYNC_EXC: u32 = 4;
    /// Somebody waits and the check interval is on: every poll counts down.
    /// Set and cleared by the GIL.
    pub const CHECK_INTERVAL: u32 = 8;
    /// Trace or profile hooks (`sys.settrace`) are active. The
    /// interpreter's to set and clear.
    pub const TRACE: u32 = 16;
    /// The deterministic scheduler wants every instruction boundary (it
    /// draws whether to switch, or counts virtual time). Set and cleared
    /// by the GIL.
    pub const SCHED: u32 = 32;
    /// The bits the GIL handles itself; `handle_breaker` never returns them.
    pub const GIL_BITS: u32 = DROP_REQUEST | CHECK_INTERVAL | SCHED;
    /// The lowest bit free for the VM; every bit from here up is the VM's.
    pub const FIRST_VM_BIT: u32 = 1 << 8;
}

/// What a thread blocked on when it released the GIL, for stats and trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockReason {
    /// `time.sleep`.
    Sleep,
    /// Socket connect, accept, recv, send.
    Socket,
    /// `select`, `poll`.
    Select,
    /// Pipe read or write.
    Pipe,
    /// File I/O.
    File,
    /// Waiting on a Python lock (`_thread.lock.acquire`).
    Lock,
    /// `Thread.join`.
    Join,
    /// `os.waitpid` and friends.
    Wait,
    /// `input()`, reading a terminal.
    Input,
    /// Anything else, named.
    Other(&'static str),
}

impl BlockReason {
    /// Whether the call waited for the outside world (I/O, a timer, a
    /// child process) rather than for another Python thread (lock, join).
    /// Only these earn `Policy::IoPriority`'s priority.
    pub fn is_io(self) -> bool {
        !matches!(self, BlockReason::Lock | BlockReason::Join | BlockReason::Other(_))
    }

    /// A short lowercase name: "sleep", "socket", … or the `Other` text.
    pub fn name(self) -> &'static str {
        match self {
            BlockReason::Sleep => "sleep",
            BlockReason::Socket => "socket",
            BlockReason::Select => "select",
            BlockReason::Pipe => "pipe",
            BlockReason::File => "file",
            BlockReason::Lock => "lock",
            BlockReason::Join => "join",
            BlockReason::Wait => "wait",
            BlockReason::Input => "input",
            BlockReason::Other(s) => s,
        }
    }
}

/// How a `Gil` starts; every value can be changed later.
#[derive(Clone, Copy, Debug)]
pub struct GilConfig {
    pub policy: Policy,
    /// `sys.setswitchinterval`; at least 1 µs (smaller values are raised).
    pub switch_interval: Duration,
    /// Record the event trace (`take_trace`).
    pub trace: bool,
    /// Run the deterministic scheduler (sched.rs) instead of the policy.
    pub sched: Option<SchedConfig>,
}

/// CPython's defaults: policy CPython, 5 ms, no trace.
impl Default for GilConfig {
    fn default() -> GilConfig {
        GilConfig {
            policy: Policy::CPython,
            switch_interval: Duration::from_millis(5),
            trace: false,
            sched: None,
        }
    }
}

/// The smallest switch interval (CPython clamps to 1 µs too).
const MIN_INTERVAL_NS: u64 = 1_000;

/// The Global Interpreter Lock. `Send + Sync`; keep one per interpreter
/// (in an `Arc`, or leaked as `&'static`).
pub struct Gil {
    /// The eval-breaker word, polled by the holder at every instruction
    /// boundary. Outside `core` so that its address never changes (the
    /// interpreter may keep a reference) and so that a signal handler can
    /// set bits without touching anything a fork re-creates.
    breaker: AtomicU32,
    /// The lock's state, condition variables and thread registry. Always
    /// points to a live `Box<Core>`: replaced only by `after_fork_child`,
    /// which leaks the old one, and freed only in `Drop`.
    core: AtomicPtr<Core>,
    /// Time since creation: the time base of stats and trace.
    clock: Clock,
    /// Mirror of `State::policy` for lock-free reads (`Policy::to_u8`).
    policy: AtomicU8,
    /// The switch interval in nanoseconds (>= MIN_INTERVAL_NS). Read by
    /// waiters when they set a deadline; a change applies from their next
    /// round.
    interval_ns: StdAtomicU64,
    /// The check interval in instructions; 0 = off.
    check_interval: StdAtomicU32,
    /// Instructions left before the holder must switch, counted only while
    /// CHECK_INTERVAL is set. Reset at every take; touched by the holder
    /// only.
    check_countdown: StdAtomicU32,
    /// Whether trace events are recorded.
    trace: AtomicBool,
    /// The next thread id to hand out; ids start at 1.
    next_id: StdAtomicU64,
    /// Bumped by every fork: threads registered under an older generation
    /// belong to the parent process and count as finished.
    generation: StdAtomicU64,
    /// Whether the deterministic scheduler runs (mirror of
    /// `Sched::enabled` for lock-free reads).
    sched_on: AtomicBool,
    /// The scheduler's PRNG state (splitmix64). Used by the holder, or under
    /// the state mutex while nobody holds the GIL.
    sched_rng: StdAtomicU64,
    /// Switch when a draw is below this (P·2⁶⁴).
    sched_threshold: StdAtomicU64,
    /// The scheduler's virtual clock in ns; see sched.rs.
    vclock: StdAtomicU64,
    /// The earliest virtual deadline of a sleeping thread, u64::MAX if none.
    next_due: StdAtomicU64,
}

// The GIL is shared by all threads: check that it can be.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Gil>();
    assert_send_sync::<Core>();
    assert_send_sync::<ThreadHandle>();
};

impl Gil {
    /// A new GIL, held by nobody.
    pub fn new(cfg: GilConfig) -> Gil {
        Gil {
            breaker: AtomicU32::new(0),
            core: AtomicPtr::new(Box::into_raw(Box::new(Core::new(
                cfg.policy,
                0,
                Vec::new(),
                cfg.sched.map(|_| sched::Sched::new(None)),
            )))),
            clock: Clock::new(),
            policy: AtomicU8::new(cfg.policy.to_u8()),
            interval_ns: StdAtomicU64::new(clamp_interval(cfg.switch_interval)),
            check_interval: StdAtomicU32::new(0),
            check_countdown: StdAtomicU32::new(0),
            trace: AtomicBool::new(cfg.trace),
            next_id: StdAtomicU64::new(1),
            generation: StdAtomicU64::new(0),
            sched_on: AtomicBool::new(cfg.sched.is_some()),
            sched_rng: StdAtomicU64::new(cfg.sched.map_or(0, |c| c.seed)),
            sched_threshold: StdAtomicU64::new(
                cfg.sched.map_or(0, |c| sched::threshold(c.switch_prob)),
            ),
            vclock: StdAtomicU64::new(0),
            next_due: StdAtomicU64::new(u64::MAX),
        }
    }

    #[inline]
    fn core(&self) -> &Core {
        // SAFETY: `core` always points to a live, never-moved `Core`: it is
        // set from `Box::into_raw`; `after_fork_child` swaps in a new box
        // and leaks the old one instead of freeing it, so a pointer loaded
        // before a swap stays valid; only `Drop` (which has `&mut self`, so
        // no `&Core` borrowed from `self` is alive) frees it.
        unsafe { &*self.core.load(Acquire) }
    }

    #[inline]
    fn now_ns(&self) -> u64 {
        self.clock.now_ns()
    }

    fn interval_ns(&self) -> u64 {
        self.interval_ns.load(Relaxed)
    }

    /// Appends a trace event to `t`'s own buffer, if tracing is on.
    #[inline]
    fn record(&self, t: &ThreadInner, time_ns: u64, kind: TraceKind) {
        if !cfg!(feature = "untraced") && self.trace.load(Relaxed) {
            lock_std(&t.trace).push(TraceEvent {
                time_ns,
                thread: t.id,
                kind,
            });
        }
    }

    /// Whether `t` is current (not left behind in the parent by a fork).
    fn is_current(&self, t: &ThreadInner) -> bool {
        t.generation.load(Relaxed) == self.generation.load(Relaxed)
    }

    // ----- threads -------------------------------------------------------

    /// Registers the calling OS thread. Does not take the GIL.
    pub fn register_thread(&self, name: &str) -> ThreadHandle {
        let id = self.next_id.fetch_add(1, Relaxed);
        let inner = Arc::new(ThreadInner::new(id, self.generation.load(Relaxed), name));
        lock_std(&self.core().threads).push(inner.clone());
        let now = match self.sched_register(&inner) {
            Some(stamp) => stamp,
            None => self.now_ns(),
        };
        self.record(&inner, now, TraceKind::Start);
        ThreadHandle { inner }
    }

    /// The thread is done with Python. Call after its final `release`; if
    /// it still holds the GIL, the GIL is released here (as a voluntary
    /// drop for "exit"). A handle left behind by a fork is ignored.
    pub fn thread_finished(&self, t: &ThreadHandle) {
        let inner = &t.inner;
        if !self.is_current(inner) || inner.finished.load(Relaxed) {
            return;
        }
        // Under the scheduler the final drop records `Exit` itself, before
        // the next thread can record anything: the trace stays in order.
        let mut exit_recorded = false;
        if self.is_held_by(t) {
            exit_recorded = self.sched_enabled();
            self.drop_voluntary(inner, BlockReason::Other("exit"));
        } else if self.sched_enabled() {
            self.sched_forget(inner);
        }
        let now = self.now_ns();
        inner.acct.finish(now);
        inner.finished.store(true, Relaxed);
        if !exit_recorded {
            self.record(inner, now, TraceKind::Exit);
        }
    }

    /// Whether `thread_finished` was called for `t`, or `t` belongs to the
    /// parent of a fork.
    pub fn is_finished(&self, t: &ThreadHandle) -> bool {
        t.inner.finished.load(Relaxed) || !self.is_current(&t.inner)
    }

    /// Renames `t` (Python's `Thread.name` setter). Call with the GIL held
    /// (see fork.rs for why).
    pub fn set_thread_name(&self, t: &ThreadHandle, name: &str) {
        *lock_std(&t.inner.name) = name.to_owned();
    }

    // ----- taking and dropping --------------------------------------------

    /// Takes the GIL for `t`, blocking as long as needed: at thread start,
    /// and after a blocking call. Panics if `t` already holds it.
    pub fn acquire(&self, t: &ThreadHandle) {
        let inner = &t.inner;
        assert!(
            !self.is_held_by(t),
            "pygil-gil: thread {} acquired the GIL twice",
            inner.id
        );
        let now = self.now_ns();
        // IoPriority: only I/O earns priority. A thread back from a lock,
        // a join or an exit was released by another Python thread, which
        // holds the GIL and is about to block or finish anyway; preempting
        // it would only add two context switches per hand-off (a
        // Condition ping-pong then ran ~3 switches per hand-off instead of
        // ~1).
        let returning = inner.acct.block_reason().is_some_and(BlockReason::is_io);
        inner.acct.start_wait(now);
        // IoPriority guard 1 (credit): priority only for a thread back from
        // a blocking call that blocked at least as long as it had run, and
        // ran less than an interval.
        let hold = inner.acct.last_hold_ns();
        let priority = returning
            && self.policy() == Policy::IoPriority
            && hold < self.interval_ns()
            && inner.acct.last_block_ns() >= hold;
        self.take(inner, priority);
    }

    /// Drops the GIL before a blocking call on `why`; the thread calls
    /// `acquire` when the call returns. Never waits. Panics if `t` does not
    /// hold the GIL.
    pub fn release(&self, t: &ThreadHandle, why: BlockReason) {
        self.drop_voluntary(&t.inner, why);
    }

    /// The eval-breaker word. The eval loop's poll is
    /// `gil.breaker().load(Relaxed) != 0`, and when it is true it calls
    /// `handle_breaker`.
    #[inline(always)]
    pub fn breaker(&self) -> &AtomicU32 {
        &self.breaker
    }

    /// The slow path of the poll, called by the holder when the breaker
    /// word is non-zero. Performs a forced drop and re-take if DROP_REQUEST
    /// is set or the check-interval count ran out (returning when `t` holds
    /// the GIL again), and returns the bits left for the interpreter
    /// (SIGNALS_PENDING, ASYNC_EXC, TRACE, VM bits), never GIL_BITS.
    #[cold]
    pub fn handle_breaker(&self, t: &ThreadHandle) -> u32 {
        let bits = self.breaker.load(Relaxed);
        let requested = bits & breaker::DROP_REQUEST != 0;
        let mut switch = requested;
        if bits & breaker::CHECK_INTERVAL != 0 {
            let left = self.check_countdown.load(Relaxed);
            if left <= 1 {
                switch = true;
            } else {
                self.check_countdown.store(left - 1, Relaxed);
            }
        }
        if switch {
            self.forced_switch(&t.inner, requested);
        }
        if bits & breaker::SCHED != 0 && self.sched_tick() {
            self.sched_switch(&t.inner);
        }
        self.breaker.load(Relaxed) & !breaker::GIL_BITS
    }

    /// Sets bits in the eval-breaker word. Async-signal-safe (one atomic
    /// OR), so a signal handler may set SIGNALS_PENDING.
    #[inline]
    pub fn set_flag(&self, bits: u32) {
        self.breaker.fetch_or(bits, Relaxed);
    }

    /// Clears bits in the eval-breaker word. Async-signal-safe.
    #[inline]
    pub fn clear_flag(&self, bits: u32) {
        self.breaker.fetch_and(!bits, Relaxed);
    }

    /// Whether `t` holds the GIL right now.
    pub fn is_held_by(&self, t: &ThreadHandle) -> bool {
        self.core().holder.load(Relaxed) == t.inner.id
    }

    // ----- settings ------------------------------------------------------

    /// `sys.setswitchinterval`. Values below 1 µs are raised to 1 µs.
    /// Waiters pick the new value up at their next round.
    pub fn set_switch_interval(&self, d: Duration) {
        self.interval_ns.store(clamp_interval(d), Relaxed);
    }

    /// `sys.getswitchinterval`.
    pub fn switch_interval(&self) -> Duration {
        Duration::from_nanos(self.interval_ns())
    }

    /// `sys.setcheckinterval(n)`: while somebody waits, switch every `n`
    /// instructions; 0 turns it off. Restarts the holder's count.
    pub fn set_check_interval(&self, n: u32) {
        let core = self.core();
        let st = lock(&core.state);
        self.check_interval.store(n, Relaxed);
        self.check_countdown.store(n, Relaxed);
        if n > 0 && st.waiters > 0 {
            self.breaker.fetch_or(breaker::CHECK_INTERVAL, Relaxed);
        } else {
            self.breaker.fetch_and(!breaker::CHECK_INTERVAL, Relaxed);
        }
    }

    /// The check interval; 0 = off (the default).
    pub fn check_interval(&self) -> u32 {
        self.check_interval.load(Relaxed)
    }

    /// Changes the switch policy. Waiters re-evaluate at once.
    pub fn set_policy(&self, p: Policy) {
        let core = self.core();
        let mut st = lock(&core.state);
        if st.policy != p {
            st.policy = p;
            self.policy.store(p.to_u8(), Relaxed);
            // A waiter asleep because it was not the queue's head may take
            // a free GIL under the new policy: let every waiter re-check.
            core.cond.notify_all();
        }
    }

    /// The switch policy.
    pub fn policy(&self) -> Policy {
        Policy::from_u8(self.policy.load(Relaxed))
    }

    /// Turns trace recording on or off.
    pub fn set_trace(&self, on: bool) {
        self.trace.store(on, Relaxed);
    }

    /// Whether trace recording is on.
    pub fn trace_enabled(&self) -> bool {
        self.trace.load(Relaxed)
    }

    /// Interpreter finalization starts in `t`, which holds the GIL (call it
    /// after the non-daemon threads were joined). From now on any other
    /// thread that asks for the GIL sleeps forever, so a daemon thread back
    /// from a blocking call cannot run Python on torn-down state.
    pub fn begin_finalization(&self, t: &ThreadHandle) {
        let core = self.core();
        let mut st = lock(&core.state);
        st.finalizing = t.inner.id;
        self.sched_stop(&mut st);
        // Park the current waiters too.
        core.cond.notify_all();
    }

    // ----- observability -------------------------------------------------

    /// A snapshot of the statistics; see stats.rs. Call with the GIL held
    /// (see fork.rs for why).
    pub fn stats(&self) -> GilStats {
        let core = self.core();
        let switches = lock(&core.state).switch_number;
        let threads: Vec<Arc<ThreadInner>> = lock_std(&core.threads).clone();
        let now = self.now_ns();
        let threads: Vec<ThreadStats> = threads
            .iter()
            .map(|t| {
                let finished = t.finished.load(Relaxed) || !self.is_current(t);
                t.acct
                    .snapshot(t.id, lock_std(&t.name).clone(), finished, now)
            })
            .collect();
        GilStats {
            elapsed: Duration::from_nanos(now),
            switches,
            policy: self.policy(),
            switch_interval: self.switch_interval(),
            totals: Totals::of(&threads),
            threads,
        }
    }

    /// All trace events recorded since the last call, from every thread,
    /// sorted by time (events of one thread keep their order). Call with
    /// the GIL held (see fork.rs for why).
    pub fn take_trace(&self) -> Vec<TraceEvent> {
        let threads: Vec<Arc<ThreadInner>> = lock_std(&self.core().threads).clone();
        let mut all = Vec::new();
        for t in &threads {
            all.append(&mut lock_std(&t.trace));
        }
        all.sort_by_key(|e| e.time_ns);
        all
    }

    /// Loom tests only: the timer fires. Logical time moves on by one
    /// switch interval, so every wait whose deadline has come ends as
    /// timed out (see sync.rs).
    #[cfg(loom)]
    #[doc(hidden)]
    pub fn loom_fire_timer(&self) {
        let core = self.core();
        let _st = lock(&core.state);
        self.clock.advance(self.interval_ns());
        core.cond.notify_all();
    }
}

fn clamp_interval(d: Duration) -> u64 {
    u64::try_from(d.as_nanos())
        .unwrap_or(u64::MAX)
        .max(MIN_INTERVAL_NS)
}

impl Drop for Gil {
    fn drop(&mut self) {
        let p = *self.core.get_mut();
        // SAFETY: `p` came from `Box::into_raw` and is freed only here;
        // `&mut self` guarantees no `&Core` derived from `self` is alive.
        // Cores replaced by a fork were leaked on purpose and stay leaked.
        drop(unsafe { Box::from_raw(p) });
    }
}

impl std::fmt::Debug for Gil {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gil")
            .field("holder", &self.core().holder.load(Relaxed))
            .field("breaker", &self.breaker.load(Relaxed))
            .field("policy", &self.policy())
            .field("switch_interval", &self.switch_interval())
            .field("check_interval", &self.check_interval())
            .finish()
    }
}

// Used by fork.rs.
impl Gil {
    fn swap_core(&self, fresh: Core) -> *mut Core {
        self.core.swap(Box::into_raw(Box::new(fresh)), AcqRel)
    }
}
