//! Replays the parser/compiler fuzzing corpus (tests/fuzz_corpus/compile at
//! the repository root): every file there is an input that once made the
//! compiler panic, abort or overflow its stack (see tools/fuzz/README.md).
//! Each is compiled, as the fuzz target does, in the three modes of
//! `compile()`; the result may be Ok or an error, but compiling must not
//! panic. A second test builds the deeply nested sources that overflowed
//! the stack (too large to keep as files).
//!
//! The fuzzing itself needs nightly and cargo-fuzz and never runs in CI;
//! this replay does.

use pygil::compiler::{compile, ErrorKind, Mode};
use std::path::{Path, PathBuf};

/// The stack of a Python thread in pygil (modules/thread.rs; the main
/// thread has 1 GiB): `compile()` called from a thread runs on this much.
const THREAD_STACK: usize = 32 << 20;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fuzz_corpus/compile")
}

/// Run `f` on a thread with a Python thread's stack; false if it panicked.
/// (A stack overflow aborts the whole test binary, which fails too.)
fn on_thread_stack(f: impl FnOnce() + Send + 'static) -> bool {
    std::thread::Builder::new().stack_size(THREAD_STACK).spawn(f).unwrap().join().is_ok()
}

#[test]
fn compile_corpus_never_panics() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus()).unwrap().flatten().map(|e| e.path()).collect();
    files.retain(|p| p.is_file() && p.file_name().is_some_and(|n| !n.to_string_lossy().starts_with('.')));
    files.sort();
    let mut failures = Vec::new();
    for path in &files {
        let data = std::fs::read(path).unwrap();
        // Inputs that are not UTF-8 are skipped by the fuzz target too.
        let Ok(source) = String::from_utf8(data) else { continue };
        let ok = on_thread_stack(move || {
            for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
                let _ = compile(&source, "<fuzz>", mode);
            }
        });
        if !ok {
            failures.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(failures.is_empty(), "compile() panicked on {} of {} inputs: {:?}", failures.len(), files.len(), failures);
}

/// Expressions nested 100,000 deep without brackets overflowed a thread's
/// stack in the symbol table and code generator passes; now they are a
/// "maximum recursion depth exceeded during compilation" error, as in
/// CPython.
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let n = 100_000;
    let sources = [
        format!("1{}", "+1".repeat(n)),
        format!("{}x", "not ".repeat(n)),
        format!("{}1", "-".repeat(n)),
        format!("a{}", ".b".repeat(n)),
        format!("a{}", "[0]".repeat(n)),
        format!("f{}", "()".repeat(n)),
        format!("{}2", "1 if x else ".repeat(n)),
        format!("{}1", "lambda: ".repeat(n)),
        format!("2{}", "**2".repeat(n)),
        format!("{}1", "await ".repeat(n)),
    ];
    for src in sources {
        let head: String = src.chars().take(24).collect();
        let ok = on_thread_stack(move || {
            for mode in [Mode::Exec, Mode::Eval] {
                let err = compile(&src, "<deep>", mode).err().expect("compiled 100,000 nested operators");
                assert!(
                    err.kind == ErrorKind::Recursion || err.kind == ErrorKind::Syntax,
                    "unexpected error {:?}: {}",
                    err.kind,
                    err.msg
                );
            }
        });
        assert!(ok, "compiling {}... panicked", head);
    }
}
