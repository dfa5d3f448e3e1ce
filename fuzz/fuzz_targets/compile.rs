//! Parser + compiler: arbitrary bytes as Python source. Any input that is
//! UTF-8 is compiled in the three modes of `compile()` (module, expression,
//! interactive); each must return Ok or a SyntaxError, never panic, abort or
//! overflow the stack.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pygil::compiler::{compile, Mode};

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let _ = compile(source, "<fuzz>", Mode::Exec);
        let _ = compile(source, "<fuzz>", Mode::Eval);
        let _ = compile(source, "<fuzz>", Mode::Single);
    }
});
