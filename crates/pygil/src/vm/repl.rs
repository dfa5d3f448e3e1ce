//! The interactive prompt (`pygil` with no arguments on a terminal).

use super::ThreadState;
use crate::objects::Value;
use std::io::{BufRead, Write};

/// Read-eval-print loop; returns the exit status.
pub fn run(ts: &mut ThreadState) -> i32 {
    super::thread::set_current(ts);
    println!("Python 3.11.7 (pygil {}) on linux", env!("CARGO_PKG_VERSION"));
    println!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let main = super::import::new_module("__main__");
    let d = super::import::module_dict(&main);
    super::ops::dict_set_str(&d, "__builtins__", Value::Obj(ts.interp.builtins.clone()));
    super::ops::dict_set_str(&ts.interp.modules, "__main__", Value::Obj(main));
    let stdin = std::io::stdin();
    let mut buf = String::new();
    loop {
        print!("{}", if buf.is_empty() { ">>> " } else { "... " });
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        match stdin.lock().read_line(&mut line) {
            Ok(0) => {
                println!();
                break;
            }
            Ok(_) => {}
            Err(_) => break,
        }
        if buf.is_empty() && line.trim().is_empty() {
            continue;
        }
        buf.push_str(&line);
        let continuing = line.trim_end().ends_with(':') || (!buf.lines().next().unwrap_or("").trim_end().ends_with(':') && false);
        let in_block = buf.lines().count() > 1 || continuing;
        if in_block && !line.trim().is_empty() {
            continue;
        }
        let src = std::mem::take(&mut buf);
        let r = crate::compile_source(ts, &src, "<stdin>", crate::compiler::Mode::Single)
            .and_then(|c| crate::run_code(ts, c, d.clone(), Value::Obj(d.clone())));
        crate::flush_std(ts);
        if let Err(e) = r {
            if e.matches(&super::types::types().system_exit) {
                return crate::system_exit_code(ts, &e);
            }
            crate::report_uncaught(ts, e);
        }
    }
    crate::shutdown(ts).unwrap_or(0)
}
