//! The deterministic scheduler from the command line (`-X sched`,
//! `-X explore`) on the programs of tests/sched: one seed, one output and
//! one trace; different seeds, different interleavings; exploration finds
//! the lost update, never reports one under a lock, and finds a deadlock.

use std::path::{Path, PathBuf};
use std::process::Command;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/sched").canonicalize().unwrap()
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn pygil(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_pygil")).args(args).current_dir(dir()).output().expect("run pygil");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The trace's events without their times: what happened, to whom, in
/// which order.
fn trace_shape(path: &Path) -> String {
    let json = std::fs::read_to_string(path).unwrap();
    let mut out = String::new();
    for field in json.split(',') {
        let f = field.trim();
        if f.starts_with("\"ts\"") || f.starts_with("\"dur\"") {
            continue;
        }
        out.push_str(f);
        out.push(',');
    }
    out
}

#[test]
fn same_seed_same_output_and_trace() {
    let tmp = std::env::temp_dir();
    let mut first: Option<(String, String)> = None;
    for i in 0..4 {
        let trace = tmp.join(format!("pygil-sched-{}-{i}.json", std::process::id()));
        let r = pygil(&["-X", "sched=seed:11", "-X", &format!("gil-trace={}", trace.display()), "workers.py"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let shape = trace_shape(&trace);
        let _ = std::fs::remove_file(&trace);
        assert!(shape.contains("sched"), "no scheduler switch in the trace");
        match &first {
            None => first = Some((r.stdout, shape)),
            Some((out, sh)) => {
                assert_eq!(&r.stdout, out, "stdout differs between runs of one seed");
                assert!(&shape == sh, "trace differs between runs of one seed");
            }
        }
    }
}

#[test]
fn different_seeds_interleave_differently() {
    let outs: std::collections::HashSet<String> =
        (1..=8).map(|s| pygil(&["-X", &format!("sched=seed:{s}"), "workers.py"]).stdout).collect();
    assert!(outs.len() >= 3, "8 seeds gave only {} interleavings", outs.len());
}

#[test]
fn explore_finds_the_lost_update() {
    let r = pygil(&["-X", "explore=50", "counter_unsafe.py"]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("distinct outcomes"), "{}", r.stdout);
    // Some outcome is short of 800, and it comes with a seed to replay.
    let lost = r.stdout.lines().any(|l| l.starts_with("| total ") && l != "| total 800");
    assert!(lost, "{}", r.stdout);
    let seed = r
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("reproduce: ").and_then(|c| c.split("sched=seed:").nth(1)))
        .and_then(|s| s.split_whitespace().next())
        .expect("a reproducing seed")
        .to_string();
    let again = pygil(&["-X", &format!("sched=seed:{seed}"), "counter_unsafe.py"]);
    let replay = pygil(&["-X", &format!("sched=seed:{seed}"), "counter_unsafe.py"]);
    assert_eq!(again.stdout, replay.stdout);
}

#[test]
fn explore_reports_one_outcome_under_a_lock() {
    let r = pygil(&["-X", "explore=50", "counter_locked.py"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("1 distinct outcome\n"), "{}", r.stdout);
    assert!(r.stdout.contains("| total 800"), "{}", r.stdout);
}

#[test]
fn explore_finds_the_deadlock() {
    let r = pygil(&["-X", "explore=20", "lock_order.py"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("pygil: deadlock under -X sched"), "{}", r.stdout);
    assert!(r.stdout.contains("| done"), "{}", r.stdout);
}

#[test]
fn deadlock_report_names_the_threads() {
    // Find a seed that deadlocks, then check its report.
    for seed in 1..40 {
        let r = pygil(&["-X", &format!("sched=seed:{seed}"), "lock_order.py"]);
        if r.code == 1 {
            assert!(r.stderr.contains("Thread-1 (one): blocked on lock"), "{}", r.stderr);
            assert!(r.stderr.contains("Thread-2 (two): blocked on lock"), "{}", r.stderr);
            return;
        }
        assert_eq!(r.stdout, "done\n");
    }
    panic!("no seed in 1..40 deadlocked");
}

#[test]
fn sleeps_follow_the_virtual_clock() {
    for seed in [1, 2, 3] {
        let r = pygil(&["-X", &format!("sched=seed:{seed}"), "sleepers.py"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(r.stdout, "['a', 'b', 'c'] False\n");
    }
}

#[test]
fn talk_race_under_the_scheduler() {
    let talk = dir().join("../talk");
    let out = Command::new(env!("CARGO_BIN_EXE_pygil"))
        .args(["-X", "sched=seed:1", "3_race.py"])
        .current_dir(talk)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "unsafe lost updates: some\nsafe total: 100000\n");
}

#[test]
fn bad_settings_are_refused() {
    for v in ["sched=seed:x", "sched=seed:1,switch=0", "sched=seed:1,switch=2", "sched=seed:1,color=red"] {
        let r = pygil(&["-X", v, "-c", "pass"]);
        assert_eq!(r.code, 2, "{v}");
        assert!(r.stderr.starts_with("pygil: -X sched:"), "{v}: {}", r.stderr);
    }
    let r = pygil(&["-X", "explore=0", "-c", "pass"]);
    assert_eq!(r.code, 2);
}

/// Every deterministic threading program of the corpus prints CPython's
/// output under the scheduler too (the scheduler changes the interleaving,
/// never the semantics), for one seed each.
#[test]
fn thread_corpus_under_the_scheduler() {
    let corpus = dir().join("../py");
    let mut failures = Vec::new();
    for (folder, seeds) in [("threads", &[1u64][..]), ("threads_stress", &[3][..])] {
        let mut files: Vec<_> = std::fs::read_dir(corpus.join(folder)).unwrap().flatten().map(|e| e.path()).collect();
        files.sort();
        for py in files.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
            let expected = std::fs::read_to_string(py.with_extension("out")).unwrap();
            for seed in seeds {
                let out = Command::new(env!("CARGO_BIN_EXE_pygil"))
                    .args(["-X", &format!("sched=seed:{seed}")])
                    .arg(py.file_name().unwrap())
                    .current_dir(py.parent().unwrap())
                    .output()
                    .unwrap();
                if !out.status.success() || String::from_utf8_lossy(&out.stdout) != expected {
                    failures.push(format!("{} (seed {seed}): {}", py.display(), String::from_utf8_lossy(&out.stderr)));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
