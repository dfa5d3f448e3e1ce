//! Per-thread GIL bookkeeping: the handle the interpreter keeps for each OS
//! thread that runs Python, its statistics and its trace buffer.
//!
//! Every counter here is written only by the thread that owns the handle
//! (in `acquire`, `release`, `handle_breaker`), so updates are a relaxed
//! load and store, not a locked read-modify-write; `Gil::stats` reads them
//! from any thread. The two small mutexes (block reasons, trace buffer) are
//! taken by their owner and, rarely, by `stats`/`take_trace`: they are never
//! contended on the GIL's own paths.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering::Relaxed};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::stats::{BlockedStats, ThreadStats};
use crate::sync::lock_std;
use crate::trace::TraceEvent;
use crate::BlockReason;

/// One OS thread that runs Python, as the GIL knows it. Cheap to clone
/// (an `Arc` inside); all clones are the same thread.
#[derive(Clone)]
pub struct ThreadHandle {
    pub(crate) inner: Arc<ThreadInner>,
}

impl ThreadHandle {
    /// The GIL's id for this thread: 1 for the first registered thread,
    /// then 2, 3, … (never reused within one `Gil`). Used in stats and trace.
    pub fn id(&self) -> u64 {
        self.inner.id
    }

    /// The name given at registration or by `Gil::set_thread_name`.
    pub fn name(&self) -> String {
        lock_std(&self.inner.name).clone()
    }
}

impl std::fmt::Debug for ThreadHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ThreadHandle")
            .field("id", &self.inner.id)
            .field("name", &self.name())
            .finish()
    }
}

/// What the GIL keeps about one thread.
pub(crate) struct ThreadInner {
    /// See `ThreadHandle::id`; never 0 (0 means "nobody" in `Core::holder`).
    pub(crate) id: u64,
    /// The `Gil::generation` the thread belongs to. A fork bumps the GIL's
    /// generation; every thread of an older generation was left behind in
    /// the parent and counts as finished in the child.
    pub(crate) generation: AtomicU64,
    /// Human-readable name (Python's `threading.Thread.name`).
    pub(crate) name: Mutex<String>,
    /// Set by `Gil::thread_finished`.
    pub(crate) finished: AtomicBool,
    /// Time and counters, written by the owning thread only.
    pub(crate) acct: Account,
    /// Trace events not yet collected by `Gil::take_trace`, in time order.
    pub(crate) trace: Mutex<Vec<TraceEvent>>,
}

impl ThreadInner {
    pub(crate) fn new(id: u64, generation: u64, name: &str) -> ThreadInner {
        ThreadInner {
            id,
            generation: AtomicU64::new(generation),
            name: Mutex::new(name.to_owned()),
            finished: AtomicBool::new(false),
            acct: Account::default(),
            trace: Mutex::new(Vec::new()),
        }
    }
}

/// Where a thread is with respect to the GIL; the value of `Account::phase`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Phase {
    /// Registered, has not asked for the GIL yet.
    New = 0,
    /// Wants the GIL: inside `acquire`, or forced off and waiting to be
    /// let back in.
    Waiting = 1,
    /// Holds the GIL.
    Holding = 2,
    /// Released the GIL before a blocking call, not back yet.
    Blocked = 3,
    /// `thread_finished` was called.
    Finished = 4,
}

impl Phase {
    fn from_u8(v: u8) -> Phase {
        match v {
            1 => Phase::Waiting,
            2 => Phase::Holding,
            3 => Phase::Blocked,
            4 => Phase::Finished,
            _ => Phase::New,
        }
    }
}

/// A thread's times and counters. All times are nanoseconds on the GIL's
/// clock.
#[derive(Default)]
pub(crate) struct Account {
    /// The current `Phase`, as u8.
    phase: AtomicU8,
    /// When the current phase began.
    since: AtomicU64,
    /// Total time holding the GIL, completed holds only.
    hold_ns: AtomicU64,
    /// Total time waiting for the GIL, completed waits only.
    wait_ns: AtomicU64,
    /// Total time blocked (released for a blocking call), completed only.
    blocked_ns: AtomicU64,
    /// The longest single wait for the GIL.
    longest_wait_ns: AtomicU64,
    /// Number of times the thread took the GIL.
    acquisitions: AtomicU64,
    /// Number of forced drops (drop requests and check-interval switches).
    forced_drops: AtomicU64,
    /// Number of voluntary drops (`release`).
    voluntary_drops: AtomicU64,
    /// Length of the last completed hold (IoPriority's credit rule).
    last_hold_ns: AtomicU64,
    /// Length of the last completed blocking call (IoPriority's credit rule).
    last_block_ns: AtomicU64,
    /// The reason for the current block, and per-reason totals.
    blocked: Mutex<BlockBook>,
}

#[derive(Default)]
struct BlockBook {
    /// Why the thread is blocked now (phase `Blocked`).
    current: Option<BlockReason>,
    /// Completed blocks, one entry per reason seen.
    by_reason: Vec<BlockedStats>,
}

/// Adds `n` to a counter that only the calling thread writes.
fn bump(a: &AtomicU64, n: u64) {
    a.store(a.load(Relaxed).wrapping_add(n), Relaxed);
}

impl Account {
    pub(crate) fn phase(&self) -> Phase {
        Phase::from_u8(self.phase.load(Relaxed))
    }

    fn set_phase(&self, p: Phase, now: u64) {
        self.phase.store(p as u8, Relaxed);
        self.since.store(now, Relaxed);
    }

    pub(crate) fn last_hold_ns(&self) -> u64 {
        self.last_hold_ns.load(Relaxed)
    }

    pub(crate) fn last_block_ns(&self) -> u64 {
        self.last_block_ns.load(Relaxed)
    }

    /// What the thread is blocked on now (phase `Blocked`), if anything.
    pub(crate) fn block_reason(&self) -> Option<BlockReason> {
        if self.phase() != Phase::Blocked {
            return None;
        }
        lock_std(&self.blocked).current
    }

    /// The thread starts wanting the GIL (entry of `acquire`). Closes a
    /// blocked period if there is one.
    pub(crate) fn start_wait(&self, now: u64) {
        self.close_block(now);
        self.set_phase(Phase::Waiting, now);
    }

    /// The thread took the GIL.
    pub(crate) fn on_take(&self, now: u64) {
        if self.phase() == Phase::Waiting {
            let waited = now.saturating_sub(self.since.load(Relaxed));
            bump(&self.wait_ns, waited);
            if waited > self.longest_wait_ns.load(Relaxed) {
                self.longest_wait_ns.store(waited, Relaxed);
            }
        }
        bump(&self.acquisitions, 1);
        self.set_phase(Phase::Holding, now);
    }

    /// The thread dropped the GIL: voluntarily before blocking for `why`,
    /// or forced (`why == None`), after which it waits to get it back.
    pub(crate) fn on_drop(&self, now: u64, why: Option<BlockReason>) {
        let held = now.saturating_sub(self.since.load(Relaxed));
        bump(&self.hold_ns, held);
        self.last_hold_ns.store(held, Relaxed);
        match why {
            Some(reason) => {
                bump(&self.voluntary_drops, 1);
                lock_std(&self.blocked).current = Some(reason);
                self.set_phase(Phase::Blocked, now);
            }
            None => {
                bump(&self.forced_drops, 1);
                self.set_phase(Phase::Waiting, now);
            }
        }
    }

    /// `thread_finished`.
    pub(crate) fn finish(&self, now: u64) {
        self.close_block(now);
        self.set_phase(Phase::Finished, now);
    }

    /// In a forked child: the thread holds the GIL, whatever it was doing.
    pub(crate) fn force_holding(&self, now: u64) {
        if self.phase() != Phase::Holding {
            self.close_block(now);
            self.set_phase(Phase::Holding, now);
        }
    }

    fn close_block(&self, now: u64) {
        if self.phase() != Phase::Blocked {
            return;
        }
        let d = now.saturating_sub(self.since.load(Relaxed));
        bump(&self.blocked_ns, d);
        self.last_block_ns.store(d, Relaxed);
        let mut book = lock_std(&self.blocked);
        let reason = book.current.take().unwrap_or(BlockReason::Other("unknown"));
        match book.by_reason.iter_mut().find(|b| b.reason == reason) {
            Some(b) => {
                b.count += 1;
                b.time += Duration::from_nanos(d);
            }
            None => book.by_reason.push(BlockedStats {
                reason,
                count: 1,
                time: Duration::from_nanos(d),
            }),
        }
    }

    /// A snapshot for `Gil::stats`. The phase in progress at `now` is
    /// counted too, so that a thread still holding the GIL (the main
    /// thread printing the summary) shows its current hold.
    pub(crate) fn snapshot(&self, id: u64, name: String, finished: bool, now: u64) -> ThreadStats {
        let d = Duration::from_nanos;
        let phase = self.phase();
        let running = now.saturating_sub(self.since.load(Relaxed));
        let extra = |p: Phase| if phase == p { running } else { 0 };
        let book = lock_std(&self.blocked);
        let mut blocked_by = book.by_reason.clone();
        if phase == Phase::Blocked {
            let reason = book.current.unwrap_or(BlockReason::Other("unknown"));
            match blocked_by.iter_mut().find(|b| b.reason == reason) {
                Some(b) => {
                    b.count += 1;
                    b.time += d(running);
                }
                None => blocked_by.push(BlockedStats {
                    reason,
                    count: 1,
                    time: d(running),
                }),
            }
        }
        drop(book);
        let wait_now = extra(Phase::Waiting);
        ThreadStats {
            id,
            name,
            finished,
            holding: d(self.hold_ns.load(Relaxed) + extra(Phase::Holding)),
            waiting: d(self.wait_ns.load(Relaxed) + wait_now),
            blocked: d(self.blocked_ns.load(Relaxed) + extra(Phase::Blocked)),
            blocked_by,
            acquisitions: self.acquisitions.load(Relaxed),
            forced_drops: self.forced_drops.load(Relaxed),
            voluntary_drops: self.voluntary_drops.load(Relaxed),
            longest_wait: d(self.longest_wait_ns.load(Relaxed).max(wait_now)),
        }
    }
}
