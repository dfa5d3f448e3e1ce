// Declares the `loom` cfg so that `#[cfg(loom)]` does not trip the
// `unexpected_cfgs` lint. (A `[lints.rust]` table in Cargo.toml would do the
// same, but this package inherits the workspace lints and cannot add its own.)
fn main() {
    println!("cargo::rustc-check-cfg=cfg(loom)");
}
