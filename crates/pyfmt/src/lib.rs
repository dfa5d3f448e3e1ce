//! CPython 3.11's number parsing and formatting, as pure functions.
//!
//! Everything here reproduces CPython's output byte for byte; each routine
//! names the CPython function it mirrors. The layers, bottom up:
//!
//! * `digits`: decimal digits of a double in dtoa's three
//!   modes (shortest, significant digits, fixed point), exact and
//!   round-half-even, and binary rounding of big values to a double.
//! * `dtostr`: `PyOS_double_to_string` — lays those digits out in `e`,
//!   `f`, `g` or `repr` style. `repr(float)` is [`float_repr`].
//! * `spec`, `layout`, `advanced`: `format(value, spec)` for int, float
//!   and str — parse the mini-language, convert, then pad, sign and group
//!   as `calc_number_widths`/`fill_number` do.
//! * `percent`: `template % args`, parsed into pieces the VM walks.
//! * `parse`, `hex`, `round`, `int`: `float(str)`, `int(str, base)`,
//!   `float.hex`/`fromhex`, `round`, and int to text in any base.
//!
//! The locale is always the C locale (`n` never groups, the point is `.`).
//! Errors carry CPython's exact messages and exception class.
//!
//! ```
//! use pyfmt::*;
//! assert_eq!(float_repr(1e16), "1e+16");
//! let spec = parse_format_spec("*^+12,.2f").unwrap();
//! assert_eq!(format_float(1234.5, &spec).unwrap(), "*+1,234.50**");
//! let err = format_int(Int::Small(5), &parse_format_spec("s").unwrap()).unwrap_err();
//! assert_eq!(err.with_type_name("bool").to_string(),
//!            "Unknown format code 's' for object of type 'bool'");
//! ```
//!
//! Left to the VM, because they need objects or interpreter state: fetching
//! and converting `%` arguments (see `percent`'s notes on error order),
//! `sys.int_max_str_digits` on output ([`check_int_to_str_digits`]),
//! `MemoryError` for absurd widths, and lone surrogates, which a Rust
//! `String` cannot hold (`format(0xD800, 'c')` gives
//! [`FormatError::SurrogateChar`]).
//!
//! The differential test (tests/differential.rs) checks every function
//! against cases that tests/gen_cases.py generated with CPython 3.11.

mod advanced;
mod digits;
mod dtostr;
mod error;
mod hex;
mod int;
mod layout;
mod parse;
mod percent;
mod round;
mod spec;
mod unicode;

pub use advanced::{format_float, format_int, format_str};
pub use dtostr::{float_repr, float_to_string};
pub use error::{ErrorKind, FormatError, PercentError};
pub use hex::{float_fromhex, float_fromhex_checked, float_hex};
pub use int::{
    check_int_to_str_digits, int_to_base, int_to_str_radix, Int, ParsedInt, INT_MAX_STR_DIGITS,
};
pub use parse::{parse_float, parse_int, parse_int_limited};
pub use percent::{
    parse_percent, percent_float, percent_int, percent_pieces, percent_str, Count, ErrorContext,
    PercentFlags, PercentPiece, PercentPieces, PercentSpec,
};
pub use round::{round_float, round_float_checked, round_half_even};
pub use spec::{parse_format_spec, FormatSpec};
