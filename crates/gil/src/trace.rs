//! The GIL event trace: what each thread did with the GIL, and when.
//!
//! Recording is switched on by `GilConfig::trace` (or `Gil::set_trace`).
//! Each thread appends its own events to a buffer inside its
//! `ThreadHandle`, under that buffer's own mutex, which only the owning
//! thread takes while the program runs: there is no global lock on the
//! recording path, and the cost of a disabled trace is one relaxed load
//! per GIL operation (never per instruction). `Gil::take_trace` drains all
//! buffers and merges them by time.
//!
//! Times come from one monotonic clock, read inside the GIL's critical
//! sections for takes and drops, so a `Take` is never stamped before the
//! drop that made it possible.
//!
//! [`chrome_trace_json`] turns a trace into Chrome trace-event JSON, which
//! Perfetto (ui.perfetto.dev) and chrome://tracing open: one track per
//! thread with `hold`, `wait` and `blocked: <reason>` slices, and instant
//! markers for drop requests and forced drops.

use std::fmt::Write as _;

use crate::stats::GilStats;
use crate::BlockReason;

/// One thing that happened to the GIL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TraceEvent {
    /// Nanoseconds since the GIL was created (monotonic).
    pub time_ns: u64,
    /// The thread's id (`ThreadHandle::id`), as in `GilStats`.
    pub thread: u64,
    /// What happened.
    pub kind: TraceKind,
}

/// What happened; the thread is the one named in the event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceKind {
    /// The thread was registered (its name is in `GilStats`).
    Start,
    /// The thread found the GIL busy (or the policy made it wait) and
    /// started waiting. An uncontended acquire records only `Take`.
    Request,
    /// The thread took the GIL.
    Take,
    /// The holder released the GIL before a blocking call.
    VoluntaryDrop(BlockReason),
    /// The holder was made to drop the GIL at an instruction boundary.
    ForcedDrop(DropCause),
    /// This waiting thread asked the holder to drop the GIL.
    DropRequest(DropCause),
    /// The thread finished (`Gil::thread_finished`).
    Exit,
    /// In a forked child: this thread is the only one left, holding the GIL.
    ForkChild,
}

/// Why a holder was asked to drop the GIL.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DropCause {
    /// A waiter waited a whole switch interval without any switch.
    Interval,
    /// A thread returned from a blocking call under `Policy::IoPriority`.
    IoPriority,
    /// The check-interval instruction count ran out while a thread waited.
    CheckInterval,
    /// DROP_REQUEST was set from outside the GIL (`Gil::set_flag`).
    Flag,
}

impl DropCause {
    pub fn name(self) -> &'static str {
        match self {
            DropCause::Interval => "interval",
            DropCause::IoPriority => "io-priority",
            DropCause::CheckInterval => "check-interval",
            DropCause::Flag => "flag",
        }
    }
}

/// Renders `events` (from `Gil::take_trace`) as Chrome trace-event JSON.
/// `stats` supplies the thread names. Times are in microseconds, as the
/// format wants.
pub fn chrome_trace_json(events: &[TraceEvent], stats: &GilStats) -> String {
    let mut out = String::from("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
    let mut first = true;
    let mut emit = |out: &mut String, s: String| {
        if !first {
            out.push_str(",\n");
        }
        first = false;
        out.push_str(&s);
    };
    for t in &stats.threads {
        emit(
            &mut out,
            format!(
                "{{\"ph\":\"M\",\"pid\":1,\"tid\":{},\"name\":\"thread_name\",\"args\":{{\"name\":\"{}\"}}}}",
                t.id,
                json_escape(&t.name)
            ),
        );
    }
    // Per thread, the slice that is open: its name and start time.
    let mut open: Vec<(u64, String, u64)> = Vec::new();
    let us = |ns: u64| ns as f64 / 1000.0;
    for e in events {
        let slot = match open.iter().position(|o| o.0 == e.thread) {
            Some(i) => i,
            None => {
                open.push((e.thread, String::new(), 0));
                open.len() - 1
            }
        };
        let next: Option<String> = match e.kind {
            TraceKind::Request => Some("wait".into()),
            TraceKind::Take | TraceKind::ForkChild => Some("hold".into()),
            TraceKind::VoluntaryDrop(why) => Some(format!("blocked: {}", why.name())),
            TraceKind::ForcedDrop(_) => Some("wait".into()),
            TraceKind::Start | TraceKind::Exit => Some(String::new()),
            TraceKind::DropRequest(_) => None,
        };
        if let TraceKind::ForcedDrop(c) | TraceKind::DropRequest(c) = e.kind {
            let what = if matches!(e.kind, TraceKind::ForcedDrop(_)) {
                "forced drop"
            } else {
                "drop request"
            };
            emit(
                &mut out,
                format!(
                    "{{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":{},\"ts\":{:.3},\"name\":\"{what}\",\"args\":{{\"cause\":\"{}\"}}}}",
                    e.thread,
                    us(e.time_ns),
                    c.name()
                ),
            );
        }
        if let Some(name) = next {
            if open[slot].1 == name {
                // A forced drop's wait continues into the re-request.
                continue;
            }
            let (_, cur, start) = &open[slot];
            if !cur.is_empty() {
                emit(
                    &mut out,
                    format!(
                        "{{\"ph\":\"X\",\"pid\":1,\"tid\":{},\"ts\":{:.3},\"dur\":{:.3},\"name\":\"{}\"}}",
                        e.thread,
                        us(*start),
                        us(e.time_ns.saturating_sub(*start)),
                        json_escape(cur)
                    ),
                );
            }
            open[slot] = (e.thread, name, e.time_ns);
        }
    }
    out.push_str("\n]}\n");
    out
}

fn json_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}
