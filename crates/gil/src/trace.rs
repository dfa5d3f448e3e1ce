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
//! [`marks`] reads a trace as per-thread spans (`hold`, `wait`,
//! `blocked: <reason>`) and instants (drop requests, forced drops). Two
//! writers draw them: [`chrome_trace_json`], Chrome trace-event JSON that
//! Perfetto (ui.perfetto.dev) and chrome://tracing open, with one track
//! per thread; and `html::html_timeline`, a self-contained HTML page.

use std::collections::{HashMap, VecDeque};
use std::fmt::{self, Write as _};

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
    /// The deterministic scheduler's PRNG chose this instruction (sched.rs).
    Sched,
}

impl DropCause {
    pub fn name(self) -> &'static str {
        match self {
            DropCause::Interval => "interval",
            DropCause::IoPriority => "io-priority",
            DropCause::CheckInterval => "check-interval",
            DropCause::Flag => "flag",
            DropCause::Sched => "sched",
        }
    }
}

/// What a thread was doing during a [`Span`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpanState {
    /// Holding the GIL: running Python.
    Hold,
    /// Wanting the GIL without having it (asked for it, or forced off).
    Wait,
    /// Between a voluntary release and the next acquire: in a blocking call.
    Blocked(BlockReason),
}

/// `hold`, `wait`, `blocked: <reason>`: the slice names of the JSON trace.
impl fmt::Display for SpanState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpanState::Hold => f.write_str("hold"),
            SpanState::Wait => f.write_str("wait"),
            SpanState::Blocked(why) => write!(f, "blocked: {}", why.name()),
        }
    }
}

/// One thread in one state from `start_ns` to `end_ns`. The spans of a
/// thread do not overlap and come out of [`marks`] in time order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub thread: u64,
    pub state: SpanState,
    pub start_ns: u64,
    pub end_ns: u64,
}

/// A moment worth a marker: a forced drop (on the holder's track) or a
/// drop request (on the waiter's track that made it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instant {
    pub thread: u64,
    pub time_ns: u64,
    /// A forced drop; otherwise a drop request.
    pub forced: bool,
    pub cause: DropCause,
}

impl Instant {
    /// "forced drop" or "drop request".
    pub fn name(&self) -> &'static str {
        if self.forced {
            "forced drop"
        } else {
            "drop request"
        }
    }
}

/// What [`marks`] yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Span(Span),
    Instant(Instant),
}

/// Turns a trace into spans and instants, the one reading of the events
/// that both writers (JSON here, HTML in html.rs) draw.
///
/// Per thread: `Request` and `ForcedDrop` open a wait (a forced drop's
/// wait goes on through the re-request, as one span), `Take` and
/// `ForkChild` a hold, `VoluntaryDrop` a blocked span; `Start` and `Exit`
/// close whatever is open. A span is yielded when the next one of its
/// thread begins; spans still open after the last event (the main thread
/// holding the GIL while the trace is written, a daemon thread asleep)
/// end at `end_ns`. An instant comes before the span its event closes.
pub fn marks(events: &[TraceEvent], end_ns: u64) -> Marks<'_> {
    Marks {
        events: events.iter(),
        end_ns,
        open: Vec::new(),
        slot: HashMap::new(),
        ready: VecDeque::new(),
        closed: false,
    }
}

/// The iterator of [`marks`].
pub struct Marks<'a> {
    events: std::slice::Iter<'a, TraceEvent>,
    end_ns: u64,
    /// Per thread, in order of first appearance: the open span's state
    /// (None between Start and the first request, and after Exit) and
    /// start time.
    open: Vec<(u64, Option<SpanState>, u64)>,
    /// Thread id to index in `open`.
    slot: HashMap<u64, usize>,
    /// Marks made by the last event, not yet yielded.
    ready: VecDeque<Mark>,
    /// The events are used up and the open spans were closed.
    closed: bool,
}

impl Marks<'_> {
    /// Feeds one event, queueing the marks it makes.
    fn step(&mut self, e: &TraceEvent) {
        let n = self.open.len();
        let i = *self.slot.entry(e.thread).or_insert(n);
        if i == n {
            self.open.push((e.thread, None, 0));
        }
        let next: Option<SpanState> = match e.kind {
            TraceKind::Request | TraceKind::ForcedDrop(_) => Some(SpanState::Wait),
            TraceKind::Take | TraceKind::ForkChild => Some(SpanState::Hold),
            TraceKind::VoluntaryDrop(why) => Some(SpanState::Blocked(why)),
            TraceKind::Start | TraceKind::Exit => None,
            TraceKind::DropRequest(_) => {
                self.instant(e, false);
                return;
            }
        };
        if let TraceKind::ForcedDrop(_) = e.kind {
            self.instant(e, true);
        }
        let (thread, cur, start) = self.open[i];
        if cur == next && next.is_some() {
            // A forced drop's wait continues into the re-request.
            return;
        }
        if let Some(state) = cur {
            self.ready.push_back(Mark::Span(Span {
                thread,
                state,
                start_ns: start,
                end_ns: e.time_ns.max(start),
            }));
        }
        self.open[i] = (thread, next, e.time_ns);
    }

    fn instant(&mut self, e: &TraceEvent, forced: bool) {
        if let TraceKind::ForcedDrop(cause) | TraceKind::DropRequest(cause) = e.kind {
            self.ready.push_back(Mark::Instant(Instant {
                thread: e.thread,
                time_ns: e.time_ns,
                forced,
                cause,
            }));
        }
    }
}

impl Iterator for Marks<'_> {
    type Item = Mark;

    fn next(&mut self) -> Option<Mark> {
        loop {
            if let Some(m) = self.ready.pop_front() {
                return Some(m);
            }
            if let Some(e) = self.events.next() {
                self.step(e);
                continue;
            }
            if self.closed {
                return None;
            }
            self.closed = true;
            for &(thread, state, start) in &self.open {
                if let Some(state) = state {
                    self.ready.push_back(Mark::Span(Span {
                        thread,
                        state,
                        start_ns: start,
                        end_ns: self.end_ns.max(start),
                    }));
                }
            }
        }
    }
}

/// Where a picture of `events` ends: the later of the stats snapshot and
/// the last event (the snapshot is normally taken after the trace).
pub fn end_ns(events: &[TraceEvent], stats: &GilStats) -> u64 {
    let snapshot = u64::try_from(stats.elapsed.as_nanos()).unwrap_or(u64::MAX);
    events.last().map_or(snapshot, |e| e.time_ns.max(snapshot))
}

/// Renders `events` (from `Gil::take_trace`) as Chrome trace-event JSON.
/// `stats` supplies the thread names, and its snapshot time ends the spans
/// still open. Times are in microseconds, as the format wants.
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
    let us = |ns: u64| ns as f64 / 1000.0;
    for m in marks(events, end_ns(events, stats)) {
        let line = match m {
            Mark::Instant(i) => format!(
                "{{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":{},\"ts\":{:.3},\"name\":\"{}\",\"args\":{{\"cause\":\"{}\"}}}}",
                i.thread,
                us(i.time_ns),
                i.name(),
                i.cause.name()
            ),
            Mark::Span(s) => format!(
                "{{\"ph\":\"X\",\"pid\":1,\"tid\":{},\"ts\":{:.3},\"dur\":{:.3},\"name\":\"{}\"}}",
                s.thread,
                us(s.start_ns),
                us(s.end_ns - s.start_ns),
                json_escape(&s.state.to_string())
            ),
        };
        emit(&mut out, line);
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
