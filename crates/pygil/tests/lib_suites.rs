//! Test suites of lib/ modules that run under pygil itself.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// lib/subprocess.py's own tests, against the copy built into the binary.
#[test]
fn subprocess_suite() {
    for t in ["test_run.py", "test_popen.py", "test_messages.py"] {
        let out = Command::new(env!("CARGO_BIN_EXE_pygil"))
            .arg(root().join("lib/tests_subprocess").join(t))
            .env("TESTS_SUBPROCESS_FROZEN", "1")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success() && stdout.contains(" 0 failed"), "{}:\n{}\n{}", t, stdout, String::from_utf8_lossy(&out.stderr));
    }
}

/// random's sequences equal CPython's for the same seeds (python3 runs the
/// same script for the expected output).
#[test]
fn random_matches_cpython() {
    let script = root().join("lib/tests_random/smoke.py");
    let mine = Command::new(env!("CARGO_BIN_EXE_pygil")).arg(&script).output().unwrap();
    let theirs = Command::new("python3").arg(&script).output().unwrap();
    assert!(mine.status.success(), "{}", String::from_utf8_lossy(&mine.stderr));
    assert_eq!(String::from_utf8_lossy(&mine.stdout), String::from_utf8_lossy(&theirs.stdout));
}

/// lib/re against CPython's re: python3 records ~100,000 cases with its own
/// results, pygil replays them; smoke.py's output must match too.
#[test]
fn re_matches_cpython() {
    let dir = root().join("lib/tests_re");
    let cases = std::env::temp_dir().join(format!("pygil_re_cases_{}.txt", std::process::id()));
    let rec = Command::new("python3").arg(dir.join("run.py")).arg("--record").arg(&cases).output().unwrap();
    assert!(rec.status.success(), "python3 run.py failed:\n{}", String::from_utf8_lossy(&rec.stdout));
    let replay = Command::new(env!("CARGO_BIN_EXE_pygil")).arg(dir.join("replay.py")).arg(&cases).output().unwrap();
    let _ = std::fs::remove_file(&cases);
    let stdout = String::from_utf8_lossy(&replay.stdout);
    assert!(replay.status.success() && stdout.contains(" 0 failed"), "{}\n{}", stdout, String::from_utf8_lossy(&replay.stderr));

    let script = dir.join("smoke.py");
    let mine = Command::new(env!("CARGO_BIN_EXE_pygil")).arg(&script).output().unwrap();
    let theirs = Command::new("python3").arg(&script).output().unwrap();
    assert!(mine.status.success(), "{}", String::from_utf8_lossy(&mine.stderr));
    assert_eq!(String::from_utf8_lossy(&mine.stdout), String::from_utf8_lossy(&theirs.stdout));
}

/// pickle against CPython's: python3 records its pickles of ~250 values
/// (all protocols), pygil must write the same bytes and read them back;
/// then python3 reads pygil's pickles.
#[test]
fn pickle_matches_cpython() {
    let dir = root().join("lib/tests_pickle");
    let tmp = std::env::temp_dir();
    let rec = tmp.join(format!("pygil_pickle_rec_{}.json", std::process::id()));
    let rev = tmp.join(format!("pygil_pickle_rev_{}.json", std::process::id()));
    let out = Command::new("python3").arg(dir.join("record.py")).arg(&rec).output().unwrap();
    assert!(out.status.success(), "python3 record.py failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let run = Command::new(env!("CARGO_BIN_EXE_pygil")).arg(dir.join("run.py")).arg(&rec).arg(&rev).output().unwrap();
    let _ = std::fs::remove_file(&rec);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success() && stdout.contains(" 0 failed"), "{}\n{}", stdout, String::from_utf8_lossy(&run.stderr));
    let check = Command::new("python3").arg(dir.join("check_reverse.py")).arg(&rev).output().unwrap();
    let _ = std::fs::remove_file(&rev);
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success() && stdout.contains(" 0 failed"), "{}\n{}", stdout, String::from_utf8_lossy(&check.stderr));
}

/// struct against CPython's: python3 records ~5,800 pack/unpack/calcsize/
/// pack_into/unpack_from/iter_unpack cases with its results (every int code
/// at its bounds in every byte order, float and half-float rounding,
/// strings, alignment, error messages); pygil replays them.
#[test]
fn struct_matches_cpython() {
    let dir = root().join("lib/tests_struct");
    let cases = std::env::temp_dir().join(format!("pygil_struct_cases_{}.txt", std::process::id()));
    let rec = Command::new("python3").arg(dir.join("record.py")).arg(&cases).output().unwrap();
    assert!(rec.status.success(), "python3 record.py failed:\n{}", String::from_utf8_lossy(&rec.stderr));
    let replay = Command::new(env!("CARGO_BIN_EXE_pygil")).arg(dir.join("replay.py")).arg(&cases).output().unwrap();
    let _ = std::fs::remove_file(&cases);
    let stdout = String::from_utf8_lossy(&replay.stdout);
    assert!(replay.status.success() && stdout.contains(" 0 failed"), "{}\n{}", stdout, String::from_utf8_lossy(&replay.stderr));
}

/// json against CPython's: python3 records ~12,000 cases built from seeded
/// random values (dumps under several option sets through the native
/// encoder, iterencode through the Python one, loads of re-spaced and
/// mutated texts with and without hooks, error messages and positions)
/// with its results; pygil replays them.
#[test]
fn json_matches_cpython() {
    let dir = root().join("lib/tests_json");
    let cases = std::env::temp_dir().join(format!("pygil_json_cases_{}.txt", std::process::id()));
    let rec = Command::new("python3").arg(dir.join("record.py")).arg(&cases).output().unwrap();
    assert!(rec.status.success(), "python3 record.py failed:\n{}", String::from_utf8_lossy(&rec.stderr));
    let replay = Command::new(env!("CARGO_BIN_EXE_pygil")).arg(dir.join("replay.py")).arg(&cases).output().unwrap();
    let _ = std::fs::remove_file(&cases);
    let stdout = String::from_utf8_lossy(&replay.stdout);
    assert!(replay.status.success() && stdout.contains(" 0 failed"), "{}\n{}", stdout, String::from_utf8_lossy(&replay.stderr));
}
