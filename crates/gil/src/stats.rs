//! GIL statistics: always collected, read with `Gil::stats`.
//!
//! The counters are plain per-thread numbers kept by each thread
//! (thread.rs); `stats()` gathers them. A snapshot taken while threads run
//! is approximate (each number is exact, but they are not read at one
//! instant); one taken after the other threads finished is exact.
//!
//! Invariants a snapshot satisfies (checked by the tests):
//! - per thread, `acquisitions == forced_drops + voluntary_drops`, plus 1
//!   while the thread holds the GIL;
//! - `switches <= totals.acquisitions`;
//! - `holding` summed over threads never exceeds `elapsed` (one holder at
//!   a time);
//! - `blocked` is the sum of `blocked_by` times.

use std::fmt;
use std::time::Duration;

use crate::{BlockReason, Policy};

/// Everything `Gil::stats` reports.
#[derive(Clone, Debug)]
pub struct GilStats {
    /// Time since the GIL was created.
    pub elapsed: Duration,
    /// Takes by a thread other than the previous holder (CPython's
    /// `switch_number`). Starts again at 0 in a forked child.
    pub switches: u64,
    /// The policy in force when the snapshot was taken.
    pub policy: Policy,
    /// The switch interval in force when the snapshot was taken.
    pub switch_interval: Duration,
    /// One entry per registered thread, in registration order, finished
    /// threads included.
    pub threads: Vec<ThreadStats>,
    /// Sums over `threads` (`longest_wait` is the maximum).
    pub totals: Totals,
}

/// One thread's numbers. Times include the phase in progress.
#[derive(Clone, Debug)]
pub struct ThreadStats {
    /// `ThreadHandle::id`.
    pub id: u64,
    pub name: String,
    /// `thread_finished` was called, or the thread was left behind by fork.
    pub finished: bool,
    /// Time holding the GIL.
    pub holding: Duration,
    /// Time wanting the GIL without having it (in `acquire`, or forced off).
    pub waiting: Duration,
    /// Time between a voluntary release and the next acquire.
    pub blocked: Duration,
    /// `blocked`, split by what the thread blocked on.
    pub blocked_by: Vec<BlockedStats>,
    /// Times the thread took the GIL.
    pub acquisitions: u64,
    /// Times the thread was made to drop the GIL.
    pub forced_drops: u64,
    /// Times the thread released the GIL before a blocking call.
    pub voluntary_drops: u64,
    /// The longest single wait for the GIL.
    pub longest_wait: Duration,
}

/// Blocked time for one `BlockReason`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockedStats {
    pub reason: BlockReason,
    /// Number of blocking calls.
    pub count: u64,
    /// Their total time.
    pub time: Duration,
}

/// Sums over all threads.
#[derive(Clone, Debug, Default)]
pub struct Totals {
    pub holding: Duration,
    pub waiting: Duration,
    pub blocked: Duration,
    pub blocked_by: Vec<BlockedStats>,
    pub acquisitions: u64,
    pub forced_drops: u64,
    pub voluntary_drops: u64,
    /// The longest single wait of any thread.
    pub longest_wait: Duration,
}

impl Totals {
    pub(crate) fn of(threads: &[ThreadStats]) -> Totals {
        let mut t = Totals::default();
        for s in threads {
            t.holding += s.holding;
            t.waiting += s.waiting;
            t.blocked += s.blocked;
            t.acquisitions += s.acquisitions;
            t.forced_drops += s.forced_drops;
            t.voluntary_drops += s.voluntary_drops;
            t.longest_wait = t.longest_wait.max(s.longest_wait);
            for b in &s.blocked_by {
                match t.blocked_by.iter_mut().find(|x| x.reason == b.reason) {
                    Some(x) => {
                        x.count += b.count;
                        x.time += b.time;
                    }
                    None => t.blocked_by.push(*b),
                }
            }
        }
        t
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A human-readable summary table, for `-X gilstats`-style output.
impl fmt::Display for GilStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "GIL: {} switches in {:.3} s (policy {}, switch interval {:.3} ms)",
            self.switches,
            self.elapsed.as_secs_f64(),
            self.policy,
            ms(self.switch_interval)
        )?;
        writeln!(
            f,
            "{:<20} {:>4} {:>11} {:>11} {:>11} {:>8} {:>7} {:>9} {:>12}",
            "thread",
            "id",
            "hold ms",
            "wait ms",
            "blocked ms",
            "acquire",
            "forced",
            "voluntary",
            "max wait ms"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, id: &str, h, w, b, a, fd, vd, lw| {
            writeln!(
                f,
                "{:<20} {:>4} {:>11.3} {:>11.3} {:>11.3} {:>8} {:>7} {:>9} {:>12.3}",
                name, id, h, w, b, a, fd, vd, lw
            )
        };
        for t in &self.threads {
            let name: String = t.name.chars().take(20).collect();
            row(
                f,
                &name,
                &t.id.to_string(),
                ms(t.holding),
                ms(t.waiting),
                ms(t.blocked),
                t.acquisitions,
                t.forced_drops,
                t.voluntary_drops,
                ms(t.longest_wait),
            )?;
        }
        let s = &self.totals;
        row(
            f,
            "total",
            "",
            ms(s.holding),
            ms(s.waiting),
            ms(s.blocked),
            s.acquisitions,
            s.forced_drops,
            s.voluntary_drops,
            ms(s.longest_wait),
        )?;
        if !s.blocked_by.is_empty() {
            write!(f, "blocked on:")?;
            for b in &s.blocked_by {
                write!(f, " {} {}x {:.3} ms;", b.reason.name(), b.count, ms(b.time))?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
