//! Error kinds of the formatters and parsers. Each variant's `Display` is
//! CPython 3.11's message word for word; `kind()` says which exception class
//! CPython raises with it.

use std::fmt;

/// The Python exception class an error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`.
    ValueError,
    /// `OverflowError`.
    OverflowError,
}

/// Errors of `format(value, spec)` (Python/formatter_unicode.c) and of the
/// numeric conversions that go with it.
///
/// Variants that name the formatted object's type carry `type_name`.
/// `parse_format_spec` cannot know that type and leaves it empty, and
/// `format_int`/`format_float`/`format_str` write `int`/`float`/`str`: the
/// caller passes the real type name (e.g. `bool`, or a subclass) through
/// [`FormatError::with_type_name`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `unknown_presentation_type`: the type letter does not apply.
    UnknownCode { code: char, type_name: String },
    /// Characters left over after the type letter.
    InvalidSpec { spec: String, type_name: String },
    /// A width or precision past `Py_ssize_t` (`get_integer`).
    TooManyDigits,
    /// A `.` with no digits after it.
    MissingPrecision,
    /// Both `,` and `_` given.
    BothSeparators,
    /// `,` or `_` with a type that cannot group (`invalid_thousands_separator_type`).
    SeparatorWithCode { separator: char, code: char },
    /// Any precision on an integer presentation type.
    PrecisionNotAllowedInt,
    /// `z` on an integer presentation type.
    NegZeroNotAllowedInt,
    /// A sign with `'c'`.
    SignNotAllowedChar,
    /// `#` with `'c'`.
    AlternateNotAllowedChar,
    /// `'c'` on an int outside `range(0x110000)` (OverflowError).
    CharOutOfRange,
    /// `'c'` on an int that does not fit a C long (OverflowError).
    IntTooLargeForCLong,
    /// `'c'` on a surrogate code point: CPython makes a one-character str,
    /// but a Rust `String` cannot hold it. (pygil's own limit.)
    SurrogateChar(u32),
    /// A float presentation type on an int past the double range (OverflowError).
    IntTooLargeForFloat,
    /// A float precision past `INT_MAX`.
    PrecisionTooBig,
    /// `+` or `-` in a str spec.
    SignNotAllowedStr,
    /// ` ` in a str spec.
    SpaceNotAllowedStr,
    /// `z` in a str spec.
    NegZeroNotAllowedStr,
    /// `#` in a str spec.
    AlternateNotAllowedStr,
    /// `=` alignment in a str spec.
    EqualsAlignNotAllowedStr,
    /// `round(x, n)` overflowed (OverflowError).
    RoundOverflow,
    /// `float.fromhex` of a value past the double range (OverflowError).
    FromHexOverflow,
    /// `float.fromhex` of a malformed string.
    FromHexInvalid,
    /// An int with more decimal digits than `sys.get_int_max_str_digits()`
    /// allows, converted to str.
    IntToStrLimit { limit: usize },
    /// A str with more digits than `sys.get_int_max_str_digits()` allows,
    /// converted to int.
    StrToIntLimit { limit: usize, digits: usize },
}

impl FormatError {
    /// The exception class CPython raises.
    pub fn kind(&self) -> ErrorKind {
        match self {
            FormatError::CharOutOfRange
            | FormatError::IntTooLargeForCLong
            | FormatError::IntTooLargeForFloat
            | FormatError::RoundOverflow
            | FormatError::FromHexOverflow => ErrorKind::OverflowError,
            _ => ErrorKind::ValueError,
        }
    }

    /// Whether CPython raises `ValueError` (otherwise `OverflowError`).
    pub fn is_value_error(&self) -> bool {
        self.kind() == ErrorKind::ValueError
    }

    /// The same error, naming `type_name` as the formatted object's type.
    pub fn with_type_name(mut self, name: &str) -> Self {
        if let FormatError::UnknownCode { type_name, .. }
        | FormatError::InvalidSpec { type_name, .. } = &mut self
        {
            *type_name = name.to_owned();
        }
        self
    }
}

/// A presentation type as CPython's messages print it: the character when
/// it is printable ASCII, else `\x` and its hex code.
struct Code(char);

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.0 as u32;
        if c > 32 && c < 128 {
            write!(f, "{}", self.0)
        } else {
            write!(f, "\\x{c:x}")
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::UnknownCode { code, type_name } => {
                write!(
                    f,
                    "Unknown format code '{}' for object of type '{type_name}'",
                    Code(*code)
                )
            }
            FormatError::InvalidSpec { spec, type_name } => {
                write!(
                    f,
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )
            }
            FormatError::TooManyDigits => f.write_str("Too many decimal digits in format string"),
            FormatError::MissingPrecision => f.write_str("Format specifier missing precision"),
            FormatError::BothSeparators => f.write_str("Cannot specify both ',' and '_'."),
            FormatError::SeparatorWithCode { separator, code } => {
                write!(f, "Cannot specify '{separator}' with '{}'.", Code(*code))
            }
            FormatError::PrecisionNotAllowedInt => {
                f.write_str("Precision not allowed in integer format specifier")
            }
            FormatError::NegZeroNotAllowedInt => {
                f.write_str("Negative zero coercion (z) not allowed in integer format specifier")
            }
            FormatError::SignNotAllowedChar => {
                f.write_str("Sign not allowed with integer format specifier 'c'")
            }
            FormatError::AlternateNotAllowedChar => {
                f.write_str("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            FormatError::CharOutOfRange => f.write_str("%c arg not in range(0x110000)"),
            FormatError::IntTooLargeForCLong => {
                f.write_str("Python int too large to convert to C long")
            }
            FormatError::SurrogateChar(c) => {
                write!(f, "surrogate code point U+{c:04X} cannot be represented")
            }
            FormatError::IntTooLargeForFloat => f.write_str("int too large to convert to float"),
            FormatError::PrecisionTooBig => f.write_str("precision too big"),
            FormatError::SignNotAllowedStr => {
                f.write_str("Sign not allowed in string format specifier")
            }
            FormatError::SpaceNotAllowedStr => {
                f.write_str("Space not allowed in string format specifier")
            }
            FormatError::NegZeroNotAllowedStr => {
                f.write_str("Negative zero coercion (z) not allowed in string format specifier")
            }
            FormatError::AlternateNotAllowedStr => {
                f.write_str("Alternate form (#) not allowed in string format specifier")
            }
            FormatError::EqualsAlignNotAllowedStr => {
                f.write_str("'=' alignment not allowed in string format specifier")
            }
            FormatError::RoundOverflow => f.write_str("rounded value too large to represent"),
            FormatError::FromHexOverflow => {
                f.write_str("hexadecimal value too large to represent as a float")
            }
            FormatError::FromHexInvalid => f.write_str("invalid hexadecimal floating-point string"),
            FormatError::IntToStrLimit { limit } => write!(
                f,
                "Exceeds the limit ({limit} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            ),
            FormatError::StrToIntLimit { limit, digits } => write!(
                f,
                "Exceeds the limit ({limit} digits) for integer string conversion: \
                 value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
        }
    }
}

impl std::error::Error for FormatError {}

/// Errors of parsing a printf-style template (`unicode_format_arg_parse`
/// and `unicode_format_arg_format` in Objects/unicodeobject.c). All are
/// `ValueError`s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentError {
    /// The template ends inside a conversion.
    Incomplete,
    /// The template ends inside a `%(key)`.
    IncompleteKey,
    /// A conversion letter CPython does not know; `index` counts code points.
    Unsupported { ch: char, index: usize },
    /// A literal width past `Py_ssize_t`.
    WidthTooBig,
    /// A literal precision past `INT_MAX`.
    PrecisionTooBig,
}

impl PercentError {
    /// The exception class CPython raises (always `ValueError`).
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::ValueError
    }
}

impl fmt::Display for PercentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PercentError::Incomplete => f.write_str("incomplete format"),
            PercentError::IncompleteKey => f.write_str("incomplete format key"),
            PercentError::Unsupported { ch, index } => {
                let c = *ch as u32;
                let shown = if (31..=126).contains(&c) { *ch } else { '?' };
                write!(
                    f,
                    "unsupported format character '{shown}' (0x{c:x}) at index {index}"
                )
            }
            PercentError::WidthTooBig => f.write_str("width too big"),
            PercentError::PrecisionTooBig => f.write_str("precision too big"),
        }
    }
}

impl std::error::Error for PercentError {}
