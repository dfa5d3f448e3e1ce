//! `-X sched=...` parsing and race exploration (`-X explore=RUNS`).
//!
//! Exploration runs the same program under many seeds of the
//! deterministic scheduler (gil's sched.rs), each in its own `pygil`
//! process, groups the runs by outcome (stdout and exit status) and prints
//! every distinct outcome with the number of seeds that gave it and the
//! command line that reproduces it. Exit status 1 when the outcomes
//! differ: the program's result depends on the interleaving.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::process::{Command, Stdio};

use gil::SchedConfig;

/// Parses the value of `-X sched=`: `seed:N` (or `seed=N`, or just `N`),
/// optionally followed by `,switch=P` (or `switch:P`), 0 < P <= 1.
pub fn parse_sched(v: &str) -> Result<SchedConfig, String> {
    let mut cfg = SchedConfig { seed: 0, switch_prob: SchedConfig::DEFAULT_SWITCH };
    for part in v.split(',').filter(|p| !p.is_empty()) {
        let (key, val) = match part.split_once([':', '=']) {
            Some((k, v)) => (k, v),
            None => ("seed", part),
        };
        match key {
            "seed" => cfg.seed = val.parse().map_err(|_| format!("seed must be a non-negative integer, not '{val}'"))?,
            "switch" => {
                cfg.switch_prob = match val.parse::<f64>() {
                    Ok(p) if p > 0.0 && p <= 1.0 => p,
                    _ => return Err(format!("switch must be a probability in (0, 1], not '{val}'")),
                }
            }
            _ => return Err(format!("unknown setting '{key}' (use seed:N,switch=P)")),
        }
    }
    Ok(cfg)
}

/// The settings of `-X explore=RUNS[,seed=FIRST][,switch=P]`.
struct Explore {
    runs: u64,
    first_seed: u64,
    switch: Option<String>,
}

fn parse_explore(v: &str) -> Result<Explore, String> {
    let mut e = Explore { runs: 0, first_seed: 1, switch: None };
    for (i, part) in v.split(',').enumerate() {
        let (key, val) = match part.split_once([':', '=']) {
            Some((k, v)) => (k, v),
            None if i == 0 => ("runs", part),
            None => return Err(format!("cannot read '{part}'")),
        };
        match key {
            "runs" => e.runs = val.parse().map_err(|_| format!("the number of runs must be a positive integer, not '{val}'"))?,
            "seed" => e.first_seed = val.parse().map_err(|_| format!("seed must be a non-negative integer, not '{val}'"))?,
            "switch" => {
                parse_sched(&format!("switch={val}"))?;
                e.switch = Some(val.to_string());
            }
            _ => return Err(format!("unknown setting '{key}' (use RUNS,seed=N,switch=P)")),
        }
    }
    if e.runs == 0 {
        return Err("the number of runs must be a positive integer".into());
    }
    Ok(e)
}

/// One run's observable result.
#[derive(PartialEq, Eq, Hash, Clone)]
struct Outcome {
    stdout: Vec<u8>,
    status: i32,
    /// The last line of stderr when the run failed (the exception).
    error: String,
}

/// Runs `-X explore`: `args` is pygil's whole command line, `value` the
/// option's value. Returns the process exit status.
pub fn run(args: &[String], value: &str) -> i32 {
    let e = match parse_explore(value) {
        Ok(e) => e,
        Err(msg) => {
            eprintln!("pygil: -X explore: {msg}");
            return 2;
        }
    };
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| args[0].clone());
    let rest = without_explore(&args[1..]);
    let program = program_name(&rest);
    let switch = e.switch.clone().unwrap_or_else(|| SchedConfig::DEFAULT_SWITCH.to_string());
    let sched_arg = |seed: u64| match &e.switch {
        Some(p) => format!("sched=seed:{seed},switch={p}"),
        None => format!("sched=seed:{seed}"),
    };
    say(format!(
        "pygil explore: {} runs of {}, seeds {}..{}, switch={}\n",
        e.runs,
        program,
        e.first_seed,
        e.first_seed + e.runs - 1,
        switch
    ));
    let seeds: Vec<u64> = (e.first_seed..e.first_seed + e.runs).collect();
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get()).min(seeds.len());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&seed) = seeds.get(i) else { break };
                let out = Command::new(&exe)
                    .arg("-X")
                    .arg(sched_arg(seed))
                    .args(&rest)
                    .stdin(Stdio::null())
                    .output();
                let outcome = match out {
                    Ok(o) => Outcome {
                        stdout: o.stdout,
                        status: o.status.code().unwrap_or_else(|| 128 + signal_of(&o.status)),
                        error: if o.status.success() {
                            String::new()
                        } else {
                            String::from_utf8_lossy(&o.stderr)
                                .lines()
                                .rfind(|l| !l.starts_with(char::is_whitespace))
                                .unwrap_or("")
                                .to_string()
                        },
                    },
                    Err(err) => Outcome { stdout: Vec::new(), status: -1, error: format!("cannot run {exe}: {err}") },
                };
                results.lock().unwrap_or_else(|p| p.into_inner()).push((seed, outcome));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    results.sort_by_key(|r| r.0);
    // Group by outcome, in order of first appearance (lowest seed first).
    let mut order: Vec<Outcome> = Vec::new();
    let mut seeds_of: HashMap<Outcome, Vec<u64>> = HashMap::new();
    for (seed, o) in results {
        if !seeds_of.contains_key(&o) {
            order.push(o.clone());
        }
        seeds_of.entry(o).or_default().push(seed);
    }
    let n = order.len();
    let mut out = String::new();
    let _ = writeln!(out, "{} distinct outcome{}", n, if n == 1 { "" } else { "s" });
    for (k, o) in order.iter().enumerate() {
        let seeds = &seeds_of[o];
        let shown: Vec<String> = seeds.iter().take(8).map(|s| s.to_string()).collect();
        let more = if seeds.len() > 8 { ", ..." } else { "" };
        out.push('\n');
        let _ = writeln!(out, 
            "--- outcome {} of {}: {} run{} (seed{} {}{})",
            k + 1,
            n,
            seeds.len(),
            if seeds.len() == 1 { "" } else { "s" },
            if seeds.len() == 1 { "" } else { "s" },
            shown.join(", "),
            more
        );
        let _ = writeln!(out, "reproduce: {} -X {} {}", exe, sched_arg(seeds[0]), rest.join(" "));
        if o.status != 0 {
            let _ = writeln!(out, "exit status {}: {}", o.status, o.error);
        }
        let text = String::from_utf8_lossy(&o.stdout);
        for line in text.lines() {
            let _ = writeln!(out, "| {line}");
        }
    }
    say(out);
    if n > 1 {
        1
    } else {
        0
    }
}

/// The script's name (or "-c ..." / "-m NAME") for the report's title.
fn program_name(args: &[String]) -> String {
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-X" => i += 2,
            "-c" => return "-c ...".into(),
            "-m" => return format!("-m {}", args.get(i + 1).map_or("", |s| s.as_str())),
            a if a.starts_with('-') => i += 1,
            a => return a.to_string(),
        }
    }
    "<stdin>".into()
}

/// The command line without its `-X explore=...` option (either form).
fn without_explore(args: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "-X" && args.get(i + 1).is_some_and(|v| v.starts_with("explore")) {
            i += 2;
            continue;
        }
        if a.starts_with("-Xexplore") {
            i += 1;
            continue;
        }
        out.push(a.clone());
        i += 1;
    }
    out
}

/// Writes to stdout, ignoring errors (a closed pipe must not panic).
fn say(text: String) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

fn signal_of(status: &std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status.signal().unwrap_or(0)
}
