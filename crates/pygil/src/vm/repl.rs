//! The interactive prompt (`pygil` with no arguments on a terminal): line
//! editing and history (rustyline, history in ~/.pygil_history), `...`
//! continuation for blocks and unclosed brackets, results shown with repr.

use super::ThreadState;
use crate::objects::Value;

/// Is this compile error just "the input is not finished yet"?
fn incomplete(e: &crate::compiler::CompileError, src: &str) -> bool {
    let at_end = e.line as usize >= src.trim_end_matches('\n').lines().count();
    at_end
        && (e.msg.contains("was never closed")
            || e.msg.starts_with("expected an indented block")
            || e.msg.contains("unexpected EOF")
            || e.msg.contains("unterminated triple-quoted"))
}

/// Read-eval-print loop; returns the exit status.
pub fn run(ts: &mut ThreadState) -> i32 {
    super::thread::set_current(ts);
    println!("Python 3.11.7 (pygil {}) on linux", env!("CARGO_PKG_VERSION"));
    println!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let main = super::import::new_module("__main__");
    let d = super::import::module_dict(&main);
    super::ops::dict_set_str(&d, "__builtins__", Value::Obj(ts.interp.builtins.clone()));
    super::ops::dict_set_str(&ts.interp.modules, "__main__", Value::Obj(main));
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("pygil: cannot start the line editor: {}", e);
            return 1;
        }
    };
    let history = std::env::var("HOME").map(|h| format!("{}/.pygil_history", h)).ok();
    if let Some(h) = &history {
        let _ = rl.load_history(h);
    }
    let mut buf = String::new();
    let status = loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        let line = match rl.readline(prompt) {
            Ok(l) => l,
            Err(rustyline::error::ReadlineError::Interrupted) => {
                buf.clear();
                println!("KeyboardInterrupt");
                continue;
            }
            Err(_) => {
                println!();
                break 0;
            }
        };
        if buf.is_empty() && line.trim().is_empty() {
            continue;
        }
        let _ = rl.add_history_entry(line.as_str());
        buf.push_str(&line);
        buf.push('\n');
        // A compound statement (first line ends with ':' or is a
        // decorator) ends with an empty line; anything else runs as soon
        // as it compiles.
        let first = buf.lines().next().unwrap_or("").trim_end();
        let compound = first.ends_with(':') || first.starts_with('@');
        if compound && !line.trim().is_empty() {
            continue;
        }
        match crate::compiler::compile(&buf, "<stdin>", crate::compiler::Mode::Single) {
            Err(e) if incomplete(&e, &buf) && !line.trim().is_empty() => continue,
            _ => {}
        }
        let src = std::mem::take(&mut buf);
        let r = crate::compile_source(ts, &src, "<stdin>", crate::compiler::Mode::Single)
            .and_then(|c| crate::run_code(ts, c, d.clone(), Value::Obj(d.clone())));
        crate::flush_std(ts);
        if let Err(e) = r {
            if e.matches(&super::types::types().system_exit) {
                break crate::system_exit_code(ts, &e);
            }
            crate::report_uncaught(ts, e);
        }
    };
    if let Some(h) = &history {
        let _ = rl.save_history(h);
    }
    crate::shutdown(ts).unwrap_or(status)
}
