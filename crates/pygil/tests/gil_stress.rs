//! The thread stress programs (tests/py/threads_stress) under both GIL
//! policies and a tiny switch interval, several times each: no crash,
//! deadlock or lost update, and the same output as CPython.

use std::path::Path;
use std::process::Command;

#[test]
fn stress_programs_under_every_policy() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/py/threads_stress").canonicalize().unwrap();
    let mut progs: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    progs.sort();
    for policy in ["cpython", "io-priority"] {
        for round in 0..3 {
            for p in &progs {
                let out = Command::new(env!("CARGO_BIN_EXE_pygil"))
                    .args(["-X", &format!("gil={}", policy), "-X", "switchinterval=0.00002"])
                    .arg(p.file_name().unwrap())
                    .current_dir(&dir)
                    .output()
                    .unwrap();
                let want = std::fs::read_to_string(p.with_extension("out")).unwrap();
                assert_eq!(
                    String::from_utf8_lossy(&out.stdout),
                    want,
                    "{} under {} (round {}): {}",
                    p.display(),
                    policy,
                    round,
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        }
    }
}
