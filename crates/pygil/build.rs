//! Embed the pure-Python modules of lib/ into the binary: generates a table
//! of (module name, source, is_package) that the import system serves.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        if path.is_dir() {
            if name.starts_with("tests_") || name == "__pycache__" || name.starts_with('.') {
                continue;
            }
            let init = path.join("__init__.py");
            if init.is_file() {
                let pkg = format!("{}{}", prefix, name);
                out.push((pkg.clone(), init, true));
                walk(&path, &format!("{}.", pkg), out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem == "__init__" {
                continue;
            }
            out.push((format!("{}{}", prefix, stem), path, false));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let lib = manifest.join("../../lib").canonicalize().expect("lib/ directory");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut mods = Vec::new();
    walk(&lib, "", &mut mods);
    let mut src = String::from("pub static FROZEN: &[(&str, &str, bool)] = &[\n");
    for (name, path, pkg) in &mods {
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(src, "    ({:?}, include_str!({:?}), {}),", name, path.display().to_string(), pkg).unwrap();
    }
    src.push_str("];\n");
    // Watch every directory too, so new files are picked up.
    fn dirs(d: &Path) {
        println!("cargo:rerun-if-changed={}", d.display());
        for e in std::fs::read_dir(d).unwrap().flatten() {
            if e.path().is_dir() {
                dirs(&e.path());
            }
        }
    }
    dirs(&lib);
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("frozen.rs");
    std::fs::write(out, src).unwrap();
}
