//! The tokenizer's nesting limits, checked before parsing (CPython's
//! Parser/tokenizer.c: MAXLEVEL brackets, MAXINDENT indentation levels).
//!
//! CPython refuses more than 200 nested brackets ("too many nested
//! parentheses") and more than 100 indentation levels ("too many levels of
//! indentation"). Besides matching CPython's errors, the limits keep the
//! recursive parser and compiler far from the end of the stack on
//! pathological input. One linear pass over the bytes, skipping strings and
//! comments; everything else is left to the parser.

use super::ErrorKind;

/// CPython's MAXLEVEL.
const MAX_BRACKETS: usize = 200;
/// CPython's MAXINDENT.
const MAX_INDENT: usize = 100;

/// The first limit `source` exceeds: kind, message, and the byte offset to
/// report.
pub fn check(source: &str) -> Option<(ErrorKind, &'static str, u32)> {
    let b = source.as_bytes();
    let mut depth = 0usize;
    let mut indents: Vec<usize> = vec![0];
    let mut i = 0;
    // At the start of a physical line that begins a logical line.
    let mut line_start = true;
    while i < b.len() {
        if line_start {
            line_start = false;
            let (width, end) = indentation(b, i);
            let blank = end >= b.len() || matches!(b[end], b'\n' | b'\r' | b'#' | b'\x0c');
            if !blank {
                if width > *indents.last().unwrap() {
                    indents.push(width);
                    if indents.len() > MAX_INDENT {
                        return Some((ErrorKind::Indentation, "too many levels of indentation", i as u32));
                    }
                } else {
                    while width < *indents.last().unwrap() {
                        indents.pop();
                    }
                }
            }
            i = end;
            continue;
        }
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' | b'"' => {
                i = skip_string(b, i);
                continue;
            }
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                // A continuation: the next line is not a new logical line.
                i += 2;
                continue;
            }
            b'\\' if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') => {
                i += 3;
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_BRACKETS {
                    return Some((ErrorKind::Syntax, "too many nested parentheses", i as u32));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' if depth == 0 => line_start = true,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The indentation width of the line at `i` (tabs to the next multiple of
/// 8, as the tokenizer counts) and where its text starts.
fn indentation(b: &[u8], mut i: usize) -> (usize, usize) {
    let mut col = 0;
    while i < b.len() {
        match b[i] {
            b' ' => col += 1,
            b'\t' => col = (col / 8 + 1) * 8,
            b'\x0c' => col = 0,
            _ => break,
        }
        i += 1;
    }
    (col, i)
}

/// Skips the string literal whose opening quote is at `i` (its prefix
/// letters were skipped as ordinary characters); returns the offset after
/// it, or the end of the line for an unterminated one-line string (the
/// parser reports that).
fn skip_string(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            c if c == q => {
                if !triple {
                    return j + 1;
                }
                if b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q) {
                    return j + 3;
                }
                j += 1;
            }
            b'\n' if !triple => return j,
            _ => j += 1,
        }
    }
    b.len()
}
