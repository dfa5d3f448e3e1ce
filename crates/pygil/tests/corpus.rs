//! Runs every program of the Python test corpus (tests/py at the repository
//! root) under the pygil binary and compares with CPython 3.11's recorded
//! results: stdout against NAME.out, and for error programs the exit status
//! (NAME.code), stdout (NAME.stdout) and the last line of stderr (NAME.err).
//! Error programs keep their stdout in NAME.stdout, not NAME.out, because
//! ../shared/tools/difftest takes a NAME.out to mean "exit status 0"; without
//! one it runs python3 itself and compares the exit status too.
//!
//! Programs that are known not to pass yet are listed, one path per line,
//! in tests/expected_failures.txt; the test fails if a listed program
//! starts passing (so the list only shrinks) or an unlisted one fails.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            // Only category folders hold tests; their subfolders are helper packages.
            if p.parent() == Some(&root().join("tests/py")) {
                programs(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "py") && expected_stdout(&p).exists() {
            out.push(p);
        }
    }
}

/// The file with CPython's stdout for `prog`: NAME.out, or NAME.stdout for
/// programs that exit with an error (see the module comment).
fn expected_stdout(prog: &Path) -> PathBuf {
    if prog.with_extension("code").exists() {
        prog.with_extension("stdout")
    } else {
        prog.with_extension("out")
    }
}

/// Run one program; Err(reason) if it does not match CPython's results.
fn check(bin: &Path, prog: &Path) -> Result<(), String> {
    let dir = prog.parent().unwrap();
    let name = prog.file_name().unwrap();
    let mut child = Command::new(bin)
        .arg(name)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {}", e))?;
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait().map_err(|e| e.to_string())?.is_some() {
            break;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            return Err("timed out after 60 s".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let want_out = std::fs::read_to_string(expected_stdout(prog)).unwrap();
    let code = out.status.code().unwrap_or(-1);
    let want_code: i32 = std::fs::read_to_string(prog.with_extension("code"))
        .map(|s| s.trim().parse().unwrap_or(0))
        .unwrap_or(0);
    if code != want_code {
        let last = stderr.lines().last().unwrap_or("");
        return Err(format!("exit status {} (expected {}); stderr: {}", code, want_code, last));
    }
    if stdout != want_out {
        let first = stdout.lines().zip(want_out.lines()).position(|(a, b)| a != b);
        return Err(match first {
            Some(i) => format!(
                "stdout differs at line {}: got {:?}, expected {:?}",
                i + 1,
                stdout.lines().nth(i).unwrap_or(""),
                want_out.lines().nth(i).unwrap_or("")
            ),
            None => format!("stdout has {} lines, expected {}", stdout.lines().count(), want_out.lines().count()),
        });
    }
    if let Ok(want_err) = std::fs::read_to_string(prog.with_extension("err")) {
        let want = want_err.trim_end_matches('\n');
        let got = stderr.trim_end_matches('\n').lines().last().unwrap_or("");
        if !want.is_empty() && got != want {
            return Err(format!("last stderr line {:?}, expected {:?}", got, want));
        }
    }
    Ok(())
}

#[test]
fn python_corpus() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_pygil"));
    let root = root();
    let mut progs = Vec::new();
    programs(&root.join("tests/py"), &mut progs);
    assert!(progs.len() > 200, "corpus not found");
    let xfail: Vec<String> = std::fs::read_to_string(root.join("tests/expected_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    // Run in parallel batches: each program is its own process.
    let results: Vec<(String, Result<(), String>)> = std::thread::scope(|s| {
        let chunks: Vec<Vec<PathBuf>> = progs.chunks(progs.len().div_ceil(4)).map(|c| c.to_vec()).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let bin = bin.clone();
                let root = root.clone();
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|p| (p.strip_prefix(&root).unwrap().display().to_string(), check(&bin, p)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut passed = 0;
    for (name, r) in &results {
        let listed = xfail.contains(name);
        match (r, listed) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => fixed.push(name.clone()),
            (Err(e), false) => unexpected.push(format!("{}: {}", name, e)),
            (Err(_), true) => {}
        }
    }
    eprintln!("{} passed, {} expected failures, {} programs", passed, xfail.len(), results.len());
    if !fixed.is_empty() {
        eprintln!("now passing (remove from tests/expected_failures.txt):\n  {}", fixed.join("\n  "));
    }
    if !unexpected.is_empty() {
        eprintln!("FAILED:\n  {}", unexpected.join("\n  "));
    }
    assert!(unexpected.is_empty() && fixed.is_empty(), "{} unexpected failures, {} fixed", unexpected.len(), fixed.len());
}
