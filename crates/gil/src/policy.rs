//! Who may take a free GIL: the switch policies.
//!
//! The lock itself (lock.rs) asks one question of the policy, "may thread
//! `t` take the GIL now that it is free?" ([`may_take`]), and tells it two
//! things: a thread returning from a blocking call, and a waiter whose
//! interval ran out. Everything a policy needs lives in the GIL state under
//! its mutex; the policy adds no lock of its own.
//!
//! # `Policy::CPython`
//!
//! Any waiter may take a free GIL; whichever waiter the OS wakes first
//! wins (CPython 3.2+, `take_gil` in Python/ceval_gil.c). A thread that
//! comes back from a blocking call waits like everybody else: up to one
//! switch interval before it even asks the holder to drop. With one
//! CPU-bound thread and one I/O thread this is the convoy effect of
//! bpo-7946: every I/O operation costs the I/O thread a whole interval.
//!
//! # `Policy::IoPriority`
//!
//! The rule: **a thread coming back from a blocking call jumps the queue
//! and preempts a CPU-bound holder at its next poll.** Concretely, on
//! `acquire` after `release`, the thread joins the *priority queue* (FIFO)
//! and, if the GIL is busy and its holder did not itself come from the
//! priority queue, sets DROP_REQUEST at once instead of after an interval.
//! While the priority queue is non-empty only its head may take a free
//! GIL. The holder sees the request at its next instruction boundary and
//! does an ordinary forced drop (with forced switching), so the I/O thread
//! runs within about one poll.
//!
//! Only waits on the outside world earn the priority (`BlockReason::is_io`:
//! sockets, select, pipes, files, input, sleep, waitpid). A thread back from
//! a Python lock or a join was released by the thread that holds the GIL,
//! which is about to block or finish: preempting it would only add a pair
//! of context switches to every hand-off of a Condition or Queue.
//!
//! Three guards keep this from starving CPU-bound threads:
//!
//! 1. **Credit.** Priority is only for threads that behave like I/O
//!    threads: the blocking call must have lasted at least as long as the
//!    hold before it, and that hold must have been shorter than a switch
//!    interval. A thread that runs for an interval between blocking calls
//!    is CPU-bound; a thread whose "blocking" calls return at once
//!    (`time.sleep(0)` used as a yield, reads of data already buffered) is
//!    not waiting for I/O, and giving it priority would only make it
//!    preempt the CPU-bound thread every few microseconds. Both wait like
//!    everybody else.
//! 2. **Aging.** A waiter that has waited one whole switch interval joins
//!    the priority queue too (behind those already there). Since the queue
//!    is FIFO, a CPU-bound thread preempted by I/O threads waits at most
//!    about (1 + number of threads ahead of it) intervals: priority
//!    arrivals after it queue behind it.
//! 3. **No immediate preemption of a priority holder.** A thread that took
//!    the GIL from the priority queue (an I/O thread, or a CPU thread that
//!    aged into it) is preempted by the ordinary timeout only, never at
//!    once by a newly arriving I/O thread. I/O threads therefore do not
//!    thrash each other, and an aged CPU thread, once it finally runs,
//!    keeps the GIL for about a full interval; without this rule a stream
//!    of short I/O returns could grant it a single instruction per turn.
//!
//! # A third policy
//!
//! DESIGN.md's deterministic scheduler (baton passing) would be one more
//! variant: `may_take` would name the one thread allowed to run next, and
//! the holder would be asked to drop at an instruction count the scheduler
//! picks, through the same DROP_REQUEST path.

use std::collections::VecDeque;
use std::fmt;

/// How the GIL picks the next thread. See the module comment of
/// `policy.rs` for the exact rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Policy {
    /// CPython 3.2+: any waiter may take a free GIL; a waiter asks the
    /// holder to drop only after one switch interval.
    #[default]
    CPython,
    /// Convoy-free: a thread returning from a blocking call preempts a
    /// CPU-bound holder at once and goes first; credit and aging rules keep
    /// CPU-bound threads from starving.
    IoPriority,
}

impl Policy {
    /// The policy's name as used on the command line and in stats:
    /// `"cpython"` or `"io-priority"`.
    pub fn name(self) -> &'static str {
        match self {
            Policy::CPython => "cpython",
            Policy::IoPriority => "io-priority",
        }
    }

    /// The inverse of [`Policy::name`] (also accepts `"io"`).
    pub fn from_name(name: &str) -> Option<Policy> {
        match name {
            "cpython" => Some(Policy::CPython),
            "io-priority" | "io" => Some(Policy::IoPriority),
            _ => None,
        }
    }

    pub(crate) fn to_u8(self) -> u8 {
        match self {
            Policy::CPython => 0,
            Policy::IoPriority => 1,
        }
    }

    pub(crate) fn from_u8(v: u8) -> Policy {
        if v == 1 {
            Policy::IoPriority
        } else {
            Policy::CPython
        }
    }
}

impl fmt::Display for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The IoPriority queue: ids of waiting threads that go before ordinary
/// waiters, in arrival order. Short (at most one entry per thread), so a
/// `VecDeque` with linear removal is the right size.
#[derive(Debug, Default)]
pub(crate) struct PriorityQueue {
    ids: VecDeque<u64>,
}

impl PriorityQueue {
    pub(crate) fn push(&mut self, id: u64) {
        debug_assert!(!self.ids.contains(&id));
        self.ids.push_back(id);
    }

    pub(crate) fn remove(&mut self, id: u64) {
        if let Some(i) = self.ids.iter().position(|&x| x == id) {
            self.ids.remove(i);
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub(crate) fn head(&self) -> Option<u64> {
        self.ids.front().copied()
    }
}

/// May thread `id` take the GIL, given that it is free? The single place
/// where a policy decides who runs next.
pub(crate) fn may_take(policy: Policy, queue: &PriorityQueue, id: u64) -> bool {
    match policy {
        Policy::CPython => true,
        Policy::IoPriority => match queue.head() {
            None => true,
            Some(head) => head == id,
        },
    }
}
