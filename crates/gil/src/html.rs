//! The GIL trace as one self-contained HTML page: a timeline picture that
//! needs no tool (`pygil -X gil-trace=FILE.html`).
//!
//! The page has no external resources: inline CSS, an inline SVG, and a
//! small inline script that only adds zooming. It shows
//!
//! - one track per thread (named as in `GilStats`), with spans coloured
//!   by state: running Python (holding the GIL), waiting for the GIL,
//!   blocked in a call (one colour per `BlockReason`); triangles for forced
//!   drops (on the holder's track, pointing down) and drop requests (on
//!   the asking waiter's track, pointing up); `<title>` tooltips; a time
//!   axis in ms; a legend;
//! - the `-X gil-stats` table, with the same numbers.
//!
//! The spans are those of `trace::marks`, the reading the JSON writer uses.
//!
//! # Scale
//!
//! At zoom 1 the picture is `PX_PER_MS` pixels per millisecond, at least
//! `MIN_WIDTH` and at most `MAX_WIDTH` pixels wide (past that a longer
//! run gets fewer pixels per ms), and the browser scrolls it sideways.
//! A trace can hold hundreds of thousands of events, most of them spans
//! far shorter than a pixel (a ping-pong program switches every few µs),
//! so not every span becomes an element:
//!
//! - a span at least one *resolution step* wide (1 px at zoom 1) is drawn
//!   exactly, as a `<rect>` with its own tooltip;
//! - runs of narrower spans are cut into buckets one step wide; a bucket
//!   takes the state that filled most of its time (the track's dominant
//!   state there), neighbouring buckets of one state join, and all such
//!   runs of one state on one track are one `<path>` whose tooltip counts
//!   the spans it stands for;
//! - where the thread held the GIL inside stretches that were mostly
//!   something else, a thin green strip along the bottom of the bar says
//!   so (one more `<path>` per track): a thread that runs for 2 µs out of
//!   every 20 µs is mostly waiting, but it does run, and the strip shows it;
//! - markers are kept one per kind per step per track, with a count.
//!
//! So a track never has more than about two elements per step, whatever
//! the number of events. If the exact spans still number more than
//! `MAX_EXACT_SPANS` (many threads, long runs), the step doubles until
//! they do not; the page says so, and says how many spans were merged.
//! Zooming in magnifies the picture (it is vector graphics) but shows no
//! detail below the step; Perfetto and the JSON trace have every event.
//!
//! # Zoom without distortion
//!
//! The spans live in an inner `<svg>` whose viewBox is the zoom-1 width,
//! stretched to whatever width the outer `<svg>` has
//! (`preserveAspectRatio="none"`). Text, grid lines and markers sit in
//! the outer `<svg>` at x positions in percent, so they move with the
//! zoom without being stretched. Zooming is then one attribute: the outer
//! width (the script also redraws the axis ticks for the new scale).
//! Without JavaScript the page shows the zoom-1 picture, scrollable.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::stats::{GilStats, ThreadStats};
use crate::trace::{self, Instant, Mark, Span, SpanState, TraceEvent};
use crate::BlockReason;

/// Horizontal scale at zoom 1, before the width limits apply.
const PX_PER_MS: f64 = 20.0;
/// Width of the picture at zoom 1, in pixels.
const MIN_WIDTH: f64 = 800.0;
const MAX_WIDTH: f64 = 16_000.0;
/// Past this many exactly drawn spans the resolution step doubles.
const MAX_EXACT_SPANS: usize = 50_000;
/// Width of the thread-name column, in pixels.
const LABEL_WIDTH: u32 = 190;
/// Height of the time axis, in pixels.
const AXIS_HEIGHT: u32 = 26;
/// Tick labels at least this far apart, in pixels.
const TICK_SPACING: f64 = 90.0;
/// More threads than this get compact tracks.
const COMPACT_ABOVE: usize = 60;

/// The page for `events` (from `Gil::take_trace`) and `stats` (names and
/// the summary table); `title` names the run (the script, say).
pub fn html_timeline(events: &[TraceEvent], stats: &GilStats, title: &str) -> String {
    let end_ns = trace::end_ns(events, stats);
    let tracks = tracks(events, stats, end_ns);
    let total_ms = end_ns as f64 / 1e6;
    let width = (total_ms * PX_PER_MS).clamp(MIN_WIDTH, MAX_WIDTH);
    let scale = Scale {
        px_per_ns: if end_ns == 0 {
            0.0
        } else {
            width / end_ns as f64
        },
        width,
    };
    let mut step = 1.0;
    while step < width && exact_spans(&tracks, scale, step) > MAX_EXACT_SPANS {
        step *= 2.0;
    }
    let rows = Rows::for_threads(tracks.len());
    let laid: Vec<Layout> = tracks.iter().map(|t| layout(t, scale, step)).collect();

    let mut out = String::with_capacity(64 * 1024);
    let title = esc(title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>\
         <meta name=\"viewport\" content=\"width=device-width\"/>\
         <title>GIL timeline: {title}</title>\n<style>{CSS}{rows_css}</style></head>\n<body>\n\
         <h1>GIL timeline: {title}</h1>\n",
        rows_css = rows.css(),
    );
    header(&mut out, events, stats, &tracks, &laid, total_ms, step);
    legend(&mut out, &tracks, laid.iter().any(|l| !l.held.is_empty()));
    out.push_str(
        "<div id=\"tools\" hidden=\"hidden\"><button id=\"zout\" title=\"zoom out\">\u{2212}</button>\
         <button id=\"zin\" title=\"zoom in\">+</button><button id=\"zreset\">reset</button>\
         <button id=\"zfit\">fit</button> <span id=\"zlabel\">1\u{d7}</span>\
         <span class=\"hint\">ctrl+wheel zooms at the pointer; scroll sideways to move</span></div>\n",
    );
    timeline(&mut out, &tracks, &laid, scale, total_ms, rows);
    summary(&mut out, stats);
    let _ = write!(out, "<script>\n{SCRIPT}</script>\n</body></html>\n");
    out
}

/// One thread's marks.
struct Track {
    id: u64,
    name: String,
    spans: Vec<Span>,
    instants: Vec<Instant>,
}

/// Tracks in `stats` order (registration order), then any thread the
/// trace names that `stats` does not.
fn tracks(events: &[TraceEvent], stats: &GilStats, end_ns: u64) -> Vec<Track> {
    let mut tracks: Vec<Track> = stats
        .threads
        .iter()
        .map(|t| Track {
            id: t.id,
            name: t.name.clone(),
            spans: Vec::new(),
            instants: Vec::new(),
        })
        .collect();
    let mut index: HashMap<u64, usize> =
        tracks.iter().enumerate().map(|(i, t)| (t.id, i)).collect();
    for m in trace::marks(events, end_ns) {
        let thread = match m {
            Mark::Span(s) => s.thread,
            Mark::Instant(i) => i.thread,
        };
        let i = *index.entry(thread).or_insert_with(|| {
            tracks.push(Track {
                id: thread,
                name: format!("thread {thread}"),
                spans: Vec::new(),
                instants: Vec::new(),
            });
            tracks.len() - 1
        });
        match m {
            Mark::Span(s) => tracks[i].spans.push(s),
            Mark::Instant(e) => tracks[i].instants.push(e),
        }
    }
    tracks
}

/// Time to pixels at zoom 1.
#[derive(Clone, Copy)]
struct Scale {
    px_per_ns: f64,
    width: f64,
}

impl Scale {
    /// `ns` as an x in pixels, rounded as printed (so that rounded
    /// neighbours never overlap).
    fn x(self, ns: u64) -> f64 {
        round2(ns as f64 * self.px_per_ns)
    }

    /// `ns` as an x in percent of the width, for the outer `<svg>`.
    fn pct(self, ns: u64) -> f64 {
        if self.width == 0.0 {
            0.0
        } else {
            ns as f64 * self.px_per_ns / self.width * 100.0
        }
    }

    fn wide(self, s: &Span, step: f64) -> bool {
        (s.end_ns - s.start_ns) as f64 * self.px_per_ns >= step
    }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn exact_spans(tracks: &[Track], scale: Scale, step: f64) -> usize {
    tracks
        .iter()
        .map(|t| t.spans.iter().filter(|s| scale.wide(s, step)).count())
        .sum()
}

/// What one track draws.
#[derive(Default)]
struct Layout {
    /// Spans drawn one by one.
    exact: Vec<Span>,
    /// Runs of narrow spans, by the state that dominates them.
    merged: Vec<Run>,
    /// Markers: one per kind per step.
    markers: Vec<Marker>,
    /// How many spans the runs stand for.
    merged_spans: usize,
    /// Stretches of runs not mostly `Hold` in which the thread held the
    /// GIL all the same (drawn as a thin strip, so that a thread switching
    /// every few µs is not shown as merely waiting), and that hold time.
    held: Vec<(u64, u64)>,
    held_ns: u64,
}

/// Narrow spans drawn as one stretch of `state`.
struct Run {
    state: SpanState,
    start_ns: u64,
    end_ns: u64,
    /// Spans inside, and their time by state.
    count: usize,
    mix: Vec<(SpanState, u64)>,
}

/// One step-wide bucket of narrow spans, being filled.
struct Bucket {
    index: u64,
    start_ns: u64,
    end_ns: u64,
    count: usize,
    mix: Vec<(SpanState, u64)>,
}

impl Bucket {
    /// The state holding most of the bucket's time; on a tie the one met
    /// first.
    fn dominant(&self) -> SpanState {
        let mut best = self.mix[0];
        for &m in &self.mix[1..] {
            if m.1 > best.1 {
                best = m;
            }
        }
        best.0
    }
}

fn add_mix(mix: &mut Vec<(SpanState, u64)>, state: SpanState, ns: u64) {
    match mix.iter_mut().find(|m| m.0 == state) {
        Some(m) => m.1 += ns,
        None => mix.push((state, ns)),
    }
}

/// Markers at the same place, shown as one.
struct Marker {
    forced: bool,
    first_ns: u64,
    last_ns: u64,
    count: usize,
    causes: Vec<(&'static str, usize)>,
}

/// Splits a track into exact spans and merged runs, and its instants
/// into markers, at resolution `step` pixels.
fn layout(t: &Track, scale: Scale, step: f64) -> Layout {
    let mut l = Layout::default();
    let bucket_of = |ns: u64| (ns as f64 * scale.px_per_ns / step) as u64;
    let mut bucket: Option<Bucket> = None;
    let mut run: Option<Run> = None;

    // Closes the bucket into the current run (or a new one).
    fn close(bucket: Option<Bucket>, run: &mut Option<Run>, l: &mut Layout) {
        let Some(b) = bucket else { return };
        let state = b.dominant();
        let held = b
            .mix
            .iter()
            .find(|m| m.0 == SpanState::Hold)
            .map_or(0, |m| m.1);
        if state != SpanState::Hold && held > 0 {
            l.held_ns += held;
            match l.held.last_mut() {
                Some(last) if last.1 == b.start_ns => last.1 = b.end_ns,
                _ => l.held.push((b.start_ns, b.end_ns)),
            }
        }
        if let Some(r) = run {
            if r.state == state && r.end_ns == b.start_ns {
                r.end_ns = b.end_ns;
                r.count += b.count;
                for (s, ns) in b.mix {
                    add_mix(&mut r.mix, s, ns);
                }
                return;
            }
        }
        l.merged.extend(run.take());
        *run = Some(Run {
            state,
            start_ns: b.start_ns,
            end_ns: b.end_ns,
            count: b.count,
            mix: b.mix,
        });
    }

    for s in &t.spans {
        if scale.wide(s, step) {
            close(bucket.take(), &mut run, &mut l);
            l.merged.extend(run.take());
            l.exact.push(*s);
            continue;
        }
        let index = bucket_of(s.start_ns / 2 + s.end_ns / 2);
        if bucket
            .as_ref()
            .is_some_and(|b| b.index != index || b.end_ns != s.start_ns)
        {
            close(bucket.take(), &mut run, &mut l);
        }
        let b = bucket.get_or_insert_with(|| Bucket {
            index,
            start_ns: s.start_ns,
            end_ns: s.start_ns,
            count: 0,
            mix: Vec::new(),
        });
        b.end_ns = s.end_ns;
        b.count += 1;
        add_mix(&mut b.mix, s.state, s.end_ns - s.start_ns);
        l.merged_spans += 1;
    }
    close(bucket.take(), &mut run, &mut l);
    l.merged.extend(run.take());

    // Markers: per kind, instants in one step share a marker.
    let mut open: [Option<(u64, Marker)>; 2] = [None, None];
    for i in &t.instants {
        let k = usize::from(i.forced);
        let index = bucket_of(i.time_ns);
        if let Some((at, m)) = &mut open[k] {
            if *at == index {
                m.last_ns = i.time_ns;
                m.count += 1;
                match m.causes.iter_mut().find(|c| c.0 == i.cause.name()) {
                    Some(c) => c.1 += 1,
                    None => m.causes.push((i.cause.name(), 1)),
                }
                continue;
            }
        }
        let fresh = Marker {
            forced: i.forced,
            first_ns: i.time_ns,
            last_ns: i.time_ns,
            count: 1,
            causes: vec![(i.cause.name(), 1)],
        };
        if let Some((_, m)) = open[k].replace((index, fresh)) {
            l.markers.push(m);
        }
    }
    l.markers.extend(open.into_iter().flatten().map(|(_, m)| m));
    l.markers.sort_by_key(|m| m.first_ns);
    l
}

/// Track geometry: normal, or compact for many threads.
#[derive(Clone, Copy)]
struct Rows {
    /// Track pitch.
    height: u32,
    /// Bar height, and its offset from the track top.
    bar: u32,
    top: u32,
}

impl Rows {
    fn for_threads(n: usize) -> Rows {
        if n > COMPACT_ABOVE {
            Rows {
                height: 12,
                bar: 8,
                top: 2,
            }
        } else {
            Rows {
                height: 24,
                bar: 14,
                top: 5,
            }
        }
    }

    fn css(self) -> String {
        let font = if self.height < 20 { 9 } else { 12 };
        format!(
            ".lab{{height:{h}px;line-height:{h}px;font-size:{font}px}}\n\
             .corner,.labels{{width:{LABEL_WIDTH}px}}\n",
            h = self.height
        )
    }
}

/// The CSS class of a state: `hold`, `wait`, or `blk blk-<reason>`.
fn class(s: SpanState) -> String {
    match s {
        SpanState::Hold => "hold".into(),
        SpanState::Wait => "wait".into(),
        SpanState::Blocked(why) => format!("blk blk-{}", reason_class(why)),
    }
}

fn reason_class(why: BlockReason) -> &'static str {
    match why {
        BlockReason::Other(_) => "other",
        r => r.name(),
    }
}

/// What the legend and tooltips call a state.
fn describe(s: SpanState) -> String {
    match s {
        SpanState::Hold => "running Python (holds the GIL)".into(),
        SpanState::Wait => "waiting for the GIL".into(),
        SpanState::Blocked(why) => format!("blocked in I/O ({})", why.name()),
    }
}

fn ms(ns: u64) -> f64 {
    ns as f64 / 1e6
}

/// The line under the title: what the run was, and what was simplified.
fn header(
    out: &mut String,
    events: &[TraceEvent],
    stats: &GilStats,
    tracks: &[Track],
    laid: &[Layout],
    total_ms: f64,
    step: f64,
) {
    let _ = write!(
        out,
        "<p class=\"sub\">{} threads, {:.3} ms, {} GIL switches, policy {}, switch interval {:.3} ms; {} events.",
        tracks.len(),
        total_ms,
        stats.switches,
        stats.policy,
        stats.switch_interval.as_secs_f64() * 1e3,
        events.len()
    );
    if events.is_empty() {
        out.push_str(" No events were recorded (was tracing on?).");
    }
    let spans: usize = tracks.iter().map(|t| t.spans.len()).sum();
    let merged: usize = laid.iter().map(|l| l.merged_spans).sum();
    let runs: usize = laid.iter().map(|l| l.merged.len()).sum();
    let instants: usize = tracks.iter().map(|t| t.instants.len()).sum();
    let markers: usize = laid.iter().map(|l| l.markers.len()).sum();
    if merged > 0 {
        let _ = write!(
            out,
            " Of {spans} spans, {merged} shorter than {step} px at zoom 1 are merged into {runs} \
             stretches, each showing the state that filled most of every {step} px."
        );
    }
    if step > 1.0 {
        let _ = write!(
            out,
            " The resolution was coarsened to {step} px to keep the page under {MAX_EXACT_SPANS} \
             exactly drawn spans."
        );
    }
    if markers < instants {
        let _ = write!(
            out,
            " {markers} markers stand for {instants} forced drops and drop requests."
        );
    }
    if merged > 0 || markers < instants {
        out.push_str(" Open the JSON trace (-X gil-trace=FILE.json) in Perfetto for every event.");
    }
    out.push_str("</p>\n");
}

/// Swatches for the states the trace has (the three kinds always).
fn legend(out: &mut String, tracks: &[Track], held: bool) {
    let mut blocked: Vec<BlockReason> = Vec::new();
    let mut others: Vec<&str> = Vec::new();
    for t in tracks {
        for s in &t.spans {
            match s.state {
                SpanState::Blocked(BlockReason::Other(name)) if !others.contains(&name) => {
                    others.push(name)
                }
                SpanState::Blocked(BlockReason::Other(_)) => {}
                SpanState::Blocked(why) if !blocked.contains(&why) => blocked.push(why),
                _ => {}
            }
        }
    }
    let mut items: Vec<(String, String)> = [SpanState::Hold, SpanState::Wait]
        .into_iter()
        .chain(blocked.iter().map(|&b| SpanState::Blocked(b)))
        .map(|s| (class(s), describe(s)))
        .collect();
    let other = class(SpanState::Blocked(BlockReason::Other("")));
    if !others.is_empty() {
        items.push((other, format!("blocked, other ({})", others.join(", "))));
    } else if blocked.is_empty() {
        items.push((other, "blocked in I/O (none in this run)".into()));
    }
    out.push_str("<div class=\"legend\">");
    for (class, label) in items {
        let _ = write!(
            out,
            "<span><svg width=\"22\" height=\"12\"><rect class=\"{class}\" width=\"22\" height=\"12\"/></svg>{}</span>",
            esc(&label)
        );
    }
    if held {
        let _ = write!(
            out,
            "<span><svg width=\"22\" height=\"12\"><rect class=\"wait\" width=\"22\" height=\"12\"/>\
             <rect class=\"hold\" y=\"{}\" width=\"22\" height=\"{}\"/></svg>held the GIL in spans \
             too short to draw</span>",
            12 - held_strip(12),
            held_strip(12)
        );
    }
    out.push_str(
        "<span><svg width=\"14\" height=\"12\"><use href=\"#fd\" x=\"7\" y=\"3\"/></svg>forced drop</span>\
         <span><svg width=\"14\" height=\"12\"><use href=\"#dr\" x=\"7\" y=\"9\"/></svg>drop request</span>\
         </div>\n",
    );
}

/// Axis ticks: a 1-2-5 step of at least `TICK_SPACING` pixels. Returns
/// (step, decimals) in ms. The script has the same rule.
fn tick_step(px_per_ms: f64) -> (f64, usize) {
    let mut step = 1e-6;
    let mut decimals = 6usize;
    loop {
        for m in [1.0, 2.0, 5.0] {
            if step * m * px_per_ms >= TICK_SPACING || step * m >= 1e7 {
                return (step * m, decimals);
            }
        }
        step *= 10.0;
        decimals = decimals.saturating_sub(1);
    }
}

/// The scrolling picture: axis row, then name column and tracks.
fn timeline(
    out: &mut String,
    tracks: &[Track],
    laid: &[Layout],
    scale: Scale,
    total_ms: f64,
    rows: Rows,
) {
    let w = scale.width;
    let h = rows.height * tracks.len() as u32 + 4;
    out.push_str("<div id=\"scroll\"><div id=\"inner\">\n");
    // The axis row (sticks to the top).
    let _ = write!(
        out,
        "<div class=\"row head\"><div class=\"corner\">thread \\ time</div>\
         <svg id=\"axis\" width=\"{w}\" height=\"{AXIS_HEIGHT}\"><g id=\"ticks\">"
    );
    let (step, decimals) = tick_step(if total_ms > 0.0 { w / total_ms } else { 1.0 });
    let mut ticks = Vec::new();
    let mut i = 0u64;
    while total_ms > 0.0 && (i as f64) * step <= total_ms + 1e-9 {
        ticks.push(i as f64 * step);
        i += 1;
    }
    for (k, &t) in ticks.iter().enumerate() {
        let pct = t / total_ms * 100.0;
        let anchor = if k == 0 { "start" } else { "middle" };
        let _ = write!(
            out,
            "<line x1=\"{pct:.4}%\" x2=\"{pct:.4}%\" y1=\"18\" y2=\"{AXIS_HEIGHT}\"/>\
             <text x=\"{pct:.4}%\" y=\"14\" text-anchor=\"{anchor}\">{t:.decimals$} ms</text>"
        );
    }
    out.push_str("</g></svg></div>\n");

    // Thread names (stick to the left).
    out.push_str("<div class=\"row\"><div class=\"labels\">");
    for t in tracks {
        let _ = write!(
            out,
            "<div class=\"lab\" title=\"{} (id {})\">{}</div>",
            esc(&t.name),
            t.id,
            esc(&t.name)
        );
    }
    out.push_str("</div>\n");

    let _ = write!(
        out,
        "<svg id=\"tracks\" width=\"{w}\" height=\"{h}\" data-width=\"{w}\" data-ms=\"{total_ms}\">\n\
         <defs><path id=\"fd\" d=\"M-5 -2h10l-5 7z\"/><path id=\"dr\" d=\"M-4.5 2h9l-4.5 -6z\"/></defs>\n\
         <g id=\"grid\">"
    );
    for &t in &ticks {
        let pct = t / total_ms * 100.0;
        let _ = write!(
            out,
            "<line x1=\"{pct:.4}%\" x2=\"{pct:.4}%\" y1=\"0\" y2=\"{h}\"/>"
        );
    }
    out.push_str("</g>\n");
    for k in 0..tracks.len() {
        if k % 2 == 1 {
            let _ = write!(
                out,
                "<rect class=\"band\" x=\"0\" y=\"{}\" width=\"100%\" height=\"{}\"/>",
                rows.height * k as u32,
                rows.height
            );
        }
    }
    let _ = writeln!(
        out,
        "<svg id=\"spans\" x=\"0\" y=\"0\" width=\"100%\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" preserveAspectRatio=\"none\">"
    );
    for (k, (t, l)) in tracks.iter().zip(laid).enumerate() {
        track(out, t, l, scale, rows, rows.height * k as u32 + rows.top);
    }
    out.push_str("</svg>\n<g id=\"markers\">");
    for (k, (t, l)) in tracks.iter().zip(laid).enumerate() {
        let y = rows.height * k as u32 + rows.top;
        let _ = write!(out, "<g class=\"marks\" data-tid=\"{}\">", t.id);
        for m in &l.markers {
            marker(out, m, scale, if m.forced { y } else { y + rows.bar });
        }
        out.push_str("</g>\n");
    }
    out.push_str("</g></svg></div></div></div>\n");
}

/// One thread's group: exact spans as rects, merged runs as one path per
/// state.
fn track(out: &mut String, t: &Track, l: &Layout, scale: Scale, rows: Rows, y: u32) {
    let bar = rows.bar;
    let _ = writeln!(
        out,
        "<g class=\"track\" data-tid=\"{}\" data-name=\"{}\" transform=\"translate(0 {y})\">",
        t.id,
        esc(&t.name)
    );
    for s in &l.exact {
        let (x0, x1) = (scale.x(s.start_ns), scale.x(s.end_ns));
        let _ = writeln!(
            out,
            "<rect class=\"{}\" x=\"{x0:.2}\" width=\"{:.2}\" height=\"{bar}\"><title>{} {:.3} ms from {:.3} ms</title></rect>",
            class(s.state),
            x1 - x0,
            esc(&s.state.to_string()),
            ms(s.end_ns - s.start_ns),
            ms(s.start_ns)
        );
    }
    let mut states: Vec<SpanState> = Vec::new();
    for r in &l.merged {
        if !states.contains(&r.state) {
            states.push(r.state);
        }
    }
    for state in states {
        let runs: Vec<&Run> = l.merged.iter().filter(|r| r.state == state).collect();
        let _ = write!(out, "<path class=\"{} merged\" d=\"", class(state));
        let mut spans = 0;
        let mut mix: Vec<(SpanState, u64)> = Vec::new();
        for r in &runs {
            let (x0, x1) = (scale.x(r.start_ns), scale.x(r.end_ns));
            let _ = write!(out, "M{x0:.2} 0H{x1:.2}V{bar}H{x0:.2}z");
            spans += r.count;
            for &(s, ns) in &r.mix {
                add_mix(&mut mix, s, ns);
            }
        }
        let _ = write!(
            out,
            "\"><title>{spans} short spans, mostly {}:",
            esc(&state.to_string())
        );
        for (i, (s, ns)) in mix.iter().enumerate() {
            let _ = write!(
                out,
                "{} {} {:.3} ms",
                if i > 0 { "," } else { "" },
                esc(&s.to_string()),
                ms(*ns)
            );
        }
        out.push_str("</title></path>\n");
    }
    if !l.held.is_empty() {
        let top = bar - held_strip(bar);
        out.push_str("<path class=\"hold held\" d=\"");
        for &(start, end) in &l.held {
            let (x0, x1) = (scale.x(start), scale.x(end));
            let _ = write!(out, "M{x0:.2} {top}H{x1:.2}V{bar}H{x0:.2}z");
        }
        let _ = writeln!(
            out,
            "\"><title>held the GIL for {:.3} ms in spans too short to draw, inside stretches that were mostly something else</title></path>",
            ms(l.held_ns)
        );
    }
    out.push_str("</g>\n");
}

/// Height of the strip that marks hold time inside merged stretches.
fn held_strip(bar: u32) -> u32 {
    bar.div_ceil(4)
}

fn marker(out: &mut String, m: &Marker, scale: Scale, y: u32) {
    let what = if m.forced {
        "forced drop"
    } else {
        "drop request"
    };
    let causes: Vec<String> = m
        .causes
        .iter()
        .map(|(c, n)| {
            if m.count > 1 {
                format!("{c} \u{d7}{n}")
            } else {
                c.to_string()
            }
        })
        .collect();
    let when = if m.count > 1 {
        format!(
            "{} {what}s at {:.3}\u{2013}{:.3} ms",
            m.count,
            ms(m.first_ns),
            ms(m.last_ns)
        )
    } else {
        format!("{what} at {:.3} ms", ms(m.first_ns))
    };
    let _ = write!(
        out,
        "<use href=\"#{}\" x=\"{:.4}%\" y=\"{y}\"><title>{when} ({})</title></use>",
        if m.forced { "fd" } else { "dr" },
        scale.pct(m.first_ns),
        causes.join(", ")
    );
}

/// The `-X gil-stats` table (stats.rs's Display), as HTML.
fn summary(out: &mut String, stats: &GilStats) {
    let msd = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    let _ = write!(
        out,
        "<h2>GIL statistics</h2>\n<p>GIL: {} switches in {:.3} s (policy {}, switch interval {:.3} ms)</p>\n\
         <table><thead><tr><th>thread</th><th>id</th><th>hold ms</th><th>wait ms</th>\
         <th>blocked ms</th><th>acquire</th><th>forced</th><th>voluntary</th>\
         <th>max wait ms</th><th>blocked on</th></tr></thead><tbody>\n",
        stats.switches,
        stats.elapsed.as_secs_f64(),
        stats.policy,
        msd(stats.switch_interval)
    );
    let blocked_on = |b: &[crate::BlockedStats]| {
        b.iter()
            .map(|b| {
                format!(
                    "{} {}\u{d7} {:.3} ms",
                    b.reason.name(),
                    b.count,
                    msd(b.time)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let row = |out: &mut String, name: &str, id: &str, t: &ThreadStats| {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{id}</td><td>{:.3}</td><td>{:.3}</td><td>{:.3}</td><td>{}</td>\
             <td>{}</td><td>{}</td><td>{:.3}</td><td>{}</td></tr>",
            esc(name),
            msd(t.holding),
            msd(t.waiting),
            msd(t.blocked),
            t.acquisitions,
            t.forced_drops,
            t.voluntary_drops,
            msd(t.longest_wait),
            esc(&blocked_on(&t.blocked_by))
        );
    };
    for t in &stats.threads {
        row(out, &t.name, &t.id.to_string(), t);
    }
    let s = &stats.totals;
    let total = ThreadStats {
        id: 0,
        name: "total".into(),
        finished: true,
        holding: s.holding,
        waiting: s.waiting,
        blocked: s.blocked,
        blocked_by: s.blocked_by.clone(),
        acquisitions: s.acquisitions,
        forced_drops: s.forced_drops,
        voluntary_drops: s.voluntary_drops,
        longest_wait: s.longest_wait,
    };
    out.push_str("</tbody><tfoot>");
    row(out, "total", "", &total);
    out.push_str("</tfoot></table>\n");
}

/// Escapes text for HTML content and double-quoted attributes.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = "\
body{font:13px/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;margin:16px;color:#222;background:#fff}
h1{font-size:18px;margin:0 0 4px}h2{font-size:15px;margin:20px 0 4px}
.sub{color:#555;margin:0 0 8px;max-width:70em}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;margin:6px 0}
.legend span{display:inline-flex;align-items:center;gap:5px}
#tools{margin:6px 0}#tools button{min-width:2.4em;margin-right:3px}.hint{color:#777;margin-left:10px}
#scroll{overflow:auto;max-height:80vh;border:1px solid #ccc}
#inner{width:max-content}
.row{display:flex}
.head{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #ddd}
.corner,.labels{position:sticky;left:0;z-index:1;background:#fff;flex:none;\
border-right:1px solid #ddd;box-sizing:border-box}
.corner{color:#777;font-size:11px;padding:6px}
.lab{padding:0 6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
svg{display:block}.legend svg{display:inline}
#axis text{font-size:11px;fill:#444}#axis line,#grid line{stroke:#ddd}#axis line{stroke:#888}
.band{fill:#f6f6f6}
.hold{fill:#2ca02c}.wait{fill:#ff9f1a}
.blk{fill:#b7b7b7}.blk-sleep{fill:#9ecae1}.blk-socket{fill:#3182bd}.blk-select{fill:#6baed6}
.blk-pipe{fill:#17becf}.blk-file{fill:#8c6d31}.blk-lock{fill:#9467bd}.blk-join{fill:#c5b0d5}
.blk-wait{fill:#bcbd22}.blk-input{fill:#e377c2}
#fd{fill:#d62728;stroke:#fff;stroke-width:.6}#dr{fill:#222;stroke:#fff;stroke-width:.6}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{padding:2px 8px;border-bottom:1px solid #e4e4e4;text-align:right;white-space:nowrap}
th:first-child,td:first-child,td:last-child,th:last-child{text-align:left}
tfoot td{font-weight:600;border-top:2px solid #999}
";

/// Zooming: the outer SVGs' width, the scroll position (keeping the time
/// under the pointer, or the middle, in place) and the axis ticks.
const SCRIPT: &str = r#"(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var tracks = document.getElementById("tracks"), axis = document.getElementById("axis");
  var scroll = document.getElementById("scroll"), zlabel = document.getElementById("zlabel");
  var W = +tracks.getAttribute("data-width"), T = +tracks.getAttribute("data-ms");
  var LW = document.querySelector(".labels").offsetWidth, z = 1;
  document.getElementById("tools").hidden = false;
  function el(name, attrs) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  function ticks() {
    if (!(T > 0)) return;
    var pxms = W * z / T, step = 1e-6, dec = 6, found = 0;
    for (;;) {
      for (var m of [1, 2, 5]) if (step * m * pxms >= 90 || step * m >= 1e7) { found = step * m; break; }
      if (found) break;
      step *= 10; dec = Math.max(0, dec - 1);
    }
    var g = document.getElementById("ticks"), grid = document.getElementById("grid");
    var h = tracks.getAttribute("height");
    g.textContent = ""; grid.textContent = "";
    for (var i = 0; i * found <= T + 1e-9; i++) {
      var t = i * found, p = (t / T * 100).toFixed(4) + "%";
      g.appendChild(el("line", {x1: p, x2: p, y1: 18, y2: 26}));
      var tx = el("text", {x: p, y: 14, "text-anchor": i ? "middle" : "start"});
      tx.textContent = t.toFixed(dec) + " ms";
      g.appendChild(tx);
      grid.appendChild(el("line", {x1: p, x2: p, y1: 0, y2: h}));
    }
  }
  function zoom(nz, at) {
    var view = scroll.clientWidth - LW;
    if (at === undefined) at = LW + view / 2;
    nz = Math.min(400000 / W, Math.max(Math.min(1, view / W) / 2, nz));
    var frac = (scroll.scrollLeft + at - LW) / (W * z);
    z = nz;
    tracks.setAttribute("width", W * z);
    axis.setAttribute("width", W * z);
    scroll.scrollLeft = frac * W * z - at + LW;
    zlabel.textContent = (z >= 10 ? z.toFixed(0) : z.toPrecision(2)) + "\u00d7";
    ticks();
  }
  document.getElementById("zin").onclick = function () { zoom(z * 2); };
  document.getElementById("zout").onclick = function () { zoom(z / 2); };
  document.getElementById("zreset").onclick = function () { zoom(1); };
  document.getElementById("zfit").onclick = function () { zoom((scroll.clientWidth - LW) / W); };
  scroll.addEventListener("wheel", function (e) {
    if (!e.ctrlKey) return;
    e.preventDefault();
    zoom(z * Math.pow(1.002, -e.deltaY), e.clientX - scroll.getBoundingClientRect().left);
  }, {passive: false});
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::{DropCause, TraceKind};
    use crate::{Policy, Totals};
    use std::time::Duration;

    fn ev(time_us: u64, thread: u64, kind: TraceKind) -> TraceEvent {
        TraceEvent {
            time_ns: time_us * 1000,
            thread,
            kind,
        }
    }

    fn thread(id: u64, name: &str) -> ThreadStats {
        ThreadStats {
            id,
            name: name.into(),
            finished: true,
            holding: Duration::from_micros(1234 * id),
            waiting: Duration::from_micros(567 * id),
            blocked: Duration::from_micros(890),
            blocked_by: vec![crate::BlockedStats {
                reason: BlockReason::Sleep,
                count: 2,
                time: Duration::from_micros(890),
            }],
            acquisitions: 3 + id,
            forced_drops: id,
            voluntary_drops: 3,
            longest_wait: Duration::from_micros(99 * id),
        }
    }

    fn stats(names: &[&str], elapsed_us: u64) -> GilStats {
        let threads: Vec<ThreadStats> = names
            .iter()
            .enumerate()
            .map(|(i, n)| thread(i as u64 + 1, n))
            .collect();
        GilStats {
            elapsed: Duration::from_micros(elapsed_us),
            switches: 42,
            policy: Policy::CPython,
            switch_interval: Duration::from_millis(5),
            totals: Totals::of(&threads),
            threads,
        }
    }

    /// Three threads: MainThread starts two workers and joins them; the
    /// workers spin in 5 ms slices (forced drops) and sleep.
    fn synthetic() -> Vec<TraceEvent> {
        use TraceKind::*;
        let mut e = vec![
            ev(0, 1, Start),
            ev(5, 1, Take),
            ev(100, 2, Start),
            ev(120, 3, Start),
            ev(200, 1, VoluntaryDrop(BlockReason::Join)),
            ev(210, 2, Take),
            ev(220, 3, Request),
        ];
        let mut t = 210;
        let (mut holder, mut waiter) = (2, 3);
        for _ in 0..6 {
            e.push(ev(t + 5000, waiter, DropRequest(DropCause::Interval)));
            e.push(ev(t + 5010, holder, ForcedDrop(DropCause::Interval)));
            e.push(ev(t + 5012, waiter, Take));
            e.push(ev(t + 5013, holder, Request));
            t += 5012;
            std::mem::swap(&mut holder, &mut waiter);
        }
        // The holder sleeps; the waiter runs, then exits; so does the other.
        e.push(ev(t + 100, holder, VoluntaryDrop(BlockReason::Sleep)));
        e.push(ev(t + 101, waiter, Take));
        e.push(ev(
            t + 2000,
            waiter,
            VoluntaryDrop(BlockReason::Other("exit")),
        ));
        e.push(ev(t + 2001, waiter, Exit));
        e.push(ev(t + 3000, holder, Take));
        e.push(ev(
            t + 3500,
            holder,
            VoluntaryDrop(BlockReason::Other("exit")),
        ));
        e.push(ev(t + 3501, holder, Exit));
        e.push(ev(t + 3600, 1, Take));
        e
    }

    /// A tiny well-formedness check: every tag closed in order, `/>` for
    /// void elements, script and style bodies skipped, attributes quoted.
    fn check_balanced(html: &str) -> Result<usize, String> {
        let mut stack: Vec<String> = Vec::new();
        let mut rest = html;
        let mut tags = 0;
        while let Some(i) = rest.find('<') {
            rest = &rest[i..];
            if rest.starts_with("<!DOCTYPE") || rest.starts_with("<!--") {
                let end = rest.find('>').ok_or("unclosed declaration")?;
                rest = &rest[end + 1..];
                continue;
            }
            // Find the tag's end, honouring quoted attribute values.
            let mut quoted = false;
            let mut end = None;
            for (k, c) in rest.char_indices().skip(1) {
                match c {
                    '"' => quoted = !quoted,
                    '<' if !quoted => return Err(format!("'<' inside a tag: {}", &rest[..k])),
                    '>' if !quoted => {
                        end = Some(k);
                        break;
                    }
                    _ => {}
                }
            }
            let end = end.ok_or("unterminated tag")?;
            let tag = &rest[1..end];
            rest = &rest[end + 1..];
            tags += 1;
            if let Some(name) = tag.strip_prefix('/') {
                match stack.pop() {
                    Some(open) if open == name => {}
                    other => return Err(format!("</{name}> closes {other:?}")),
                }
                continue;
            }
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if name.is_empty() {
                return Err(format!("bad tag <{tag}>"));
            }
            if tag.ends_with('/') {
                continue;
            }
            if name == "script" || name == "style" {
                let close = format!("</{name}>");
                let k = rest.find(&close).ok_or("unclosed script/style")?;
                rest = &rest[k + close.len()..];
                continue;
            }
            stack.push(name);
        }
        if stack.is_empty() {
            Ok(tags)
        } else {
            Err(format!("unclosed: {stack:?}"))
        }
    }

    /// `name="value"` inside one tag's text.
    fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
        let key = format!(" {name}=\"");
        let i = tag.find(&key)? + key.len();
        Some(&tag[i..i + tag[i..].find('"')?])
    }

    /// The track groups: (opening tag, body) each.
    fn track_groups(html: &str) -> Vec<(&str, &str)> {
        html.match_indices("<g class=\"track\"")
            .map(|(i, _)| {
                let open_end = i + html[i..].find('>').unwrap();
                let close = open_end + html[open_end..].find("</g>").unwrap();
                (&html[i..open_end], &html[open_end + 1..close])
            })
            .collect()
    }

    #[test]
    fn timeline_structure() {
        let names = [
            "MainThread",
            "Thread-1 (spin)",
            "Thread-2 <spin & \"sleep\">",
        ];
        let events = synthetic();
        let st = stats(&names, 40_000);
        let html = html_timeline(&events, &st, "synthetic.py");
        check_balanced(&html).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<title>GIL timeline: synthetic.py</title>"));
        // Nothing from outside.
        for bad in ["http://", "https://", "src=", "@import", "url("] {
            let outside = html.replace("http://www.w3.org/2000/svg", "");
            assert!(!outside.contains(bad), "{bad}");
        }

        let groups = track_groups(&html);
        assert_eq!(groups.len(), 3, "one track group per thread");
        let mut total_rects = 0;
        for ((open, body), (i, name)) in groups.iter().zip(names.iter().enumerate()) {
            assert_eq!(attr(open, "data-name"), Some(esc(name).as_str()));
            assert_eq!(attr(open, "data-tid"), Some((i + 1).to_string().as_str()));
            let mut last_end = 0.0f64;
            for (k, _) in body.match_indices("<rect ") {
                let tag = &body[k..k + body[k..].find('>').unwrap()];
                let x: f64 = attr(tag, "x").unwrap().parse().unwrap();
                let w: f64 = attr(tag, "width").unwrap().parse().unwrap();
                let class = attr(tag, "class").unwrap();
                assert!(w >= 0.0, "{tag}");
                assert!(
                    x + 1e-9 >= last_end,
                    "spans overlap or go back in time: {tag}"
                );
                assert!(x + w <= 800.0 + 1e-6, "{tag}");
                last_end = x + w;
                let ok = [
                    "hold",
                    "wait",
                    "blk blk-join",
                    "blk blk-sleep",
                    "blk blk-other",
                ];
                assert!(ok.contains(&class), "class {class}");
                total_rects += 1;
            }
            // Every title is closed inside its rect.
            assert_eq!(
                body.matches("<title>").count(),
                body.matches("</title>").count()
            );
        }
        // Thread 2 and 3 both hold, wait, and 2 or 3 sleep; main joins.
        let (_, main) = groups[0];
        assert!(main.contains("class=\"blk blk-join\"") && main.contains("class=\"hold\""));
        for (_, body) in &groups[1..] {
            assert!(body.contains("class=\"hold\"") && body.contains("class=\"wait\""));
        }
        assert!(html.contains("class=\"blk blk-sleep\""));
        // Main's last hold is still open at the end: drawn to the end.
        assert!(
            main.contains("<title>hold 6.118 ms from 33.882 ms</title>"),
            "{main}"
        );
        assert!(total_rects >= 3 + 2 * 7);
        // Six forced drops and six drop requests, one marker each.
        let markers = &html[html.find("<g id=\"markers\">").unwrap()..];
        assert_eq!(markers.matches("<use href=\"#fd\"").count(), 6);
        assert_eq!(markers.matches("<use href=\"#dr\"").count(), 6);
        assert!(html.contains("forced drop at 5.220 ms (interval)"));
        // Legend and axis.
        for s in [
            "running Python",
            "waiting for the GIL",
            "blocked in I/O (sleep)",
            "forced drop",
            "drop request",
        ] {
            assert!(html.contains(s), "{s}");
        }
        assert!(html.contains(">0 ms</text>") && html.contains(">10 ms</text>"));
        // The summary table has the -X gil-stats numbers.
        assert!(
            html.contains("GIL: 42 switches in 0.040 s (policy cpython, switch interval 5.000 ms)")
        );
        for t in &st.threads {
            let row = format!(
                "<td>{:.3}</td><td>{:.3}</td><td>{:.3}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.3}</td>",
                t.holding.as_secs_f64() * 1e3,
                t.waiting.as_secs_f64() * 1e3,
                t.blocked.as_secs_f64() * 1e3,
                t.acquisitions,
                t.forced_drops,
                t.voluntary_drops,
                t.longest_wait.as_secs_f64() * 1e3
            );
            assert!(html.contains(&row), "{row}");
        }
        assert!(html.contains("<tfoot><tr><td>total</td><td></td><td>7.404</td>"));
        assert!(html.contains("sleep 2\u{d7} 0.890 ms"));
        // Zoom script, and a page that works without it.
        assert!(html.contains("id=\"tools\" hidden=\"hidden\""));
        assert!(html.contains("preserveAspectRatio=\"none\""));
    }

    /// 300k events of a ping-pong: the page stays small, every track is
    /// still there, and the merging is announced.
    #[test]
    fn big_trace_is_merged() {
        use TraceKind::*;
        let mut events = vec![
            ev(0, 1, Start),
            ev(0, 2, Start),
            ev(0, 3, Start),
            ev(1, 1, Take),
        ];
        let mut t = 1;
        for n in 0..50_000u64 {
            let (a, b) = if n % 2 == 0 { (1, 2) } else { (2, 1) };
            events.push(ev(t + 3, a, VoluntaryDrop(BlockReason::Lock)));
            events.push(ev(t + 4, b, Take));
            t += 4;
            if n % 500 == 0 {
                events.push(ev(t, 3, Request));
                events.push(ev(t + 1, 3, DropRequest(DropCause::Interval)));
                events.push(ev(t + 2, b, ForcedDrop(DropCause::Interval)));
                events.push(ev(t + 3, 3, Take));
                events.push(ev(t + 3000, 3, VoluntaryDrop(BlockReason::Sleep)));
                events.push(ev(t + 3002, b, Take));
                events.push(ev(t + 3002, b, Request));
                t += 3002;
            }
        }
        let st = stats(&["a", "b", "c"], t);
        let html = html_timeline(&events, &st, "ping-pong");
        check_balanced(&html).unwrap();
        assert_eq!(track_groups(&html).len(), 3);
        assert!(html.len() < 3_000_000, "{} bytes", html.len());
        assert!(html.contains("merged into"));
        assert!(html.contains("class=\"hold merged\""));
        // a and b hold for 3 µs in every 8: mostly blocked, but they ran.
        assert!(html.contains("class=\"hold held\""));
        assert!(html.contains("held the GIL in spans too short to draw"));
        // The long holds of thread c are exact.
        assert!(html.contains("<title>hold 2.997 ms from"));
    }

    #[test]
    fn empty_trace_still_renders() {
        let st = stats(&["MainThread"], 0);
        let html = html_timeline(&[], &st, "nothing");
        check_balanced(&html).unwrap();
        assert_eq!(track_groups(&html).len(), 1);
        assert!(html.contains("No events were recorded"));
    }

    #[test]
    fn tick_steps_are_1_2_5() {
        assert_eq!(tick_step(20.0).0, 5.0);
        assert_eq!(tick_step(1.0).0, 100.0);
        let (s, d) = tick_step(2000.0);
        assert!((s - 0.05).abs() < 1e-12 && d == 2, "{s} {d}");
    }
}
