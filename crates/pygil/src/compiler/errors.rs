//! Parse errors in CPython's words.
//!
//! ruff's parser reports its own messages; Python programmers compare
//! against CPython's, so the common ones are translated here
//! (STYLE.md item 7). Anything not recognised is reported as
//! "invalid syntax", which is what CPython says for most of them.

use super::ErrorKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};

/// CPython's message and caret range for a parse error.
pub fn translate(e: &ParseError, source: &str) -> (ErrorKind, String, u32, u32) {
    if let Some(off) = tab_error(source) {
        return (ErrorKind::Tab, "inconsistent use of tabs and spaces in indentation".into(), off, off);
    }
    let (kind, msg) = translate_msg(e, source);
    let start = e.location.start().to_u32();
    let (s, end) = match (&e.error, kind) {
        // Whole-expression errors underline the expression.
        (ParseErrorType::InvalidAssignmentTarget | ParseErrorType::InvalidDeleteTarget, _) => (start, e.location.end().to_u32()),
        // The tokenizer's indentation errors point past the end of the line.
        (ParseErrorType::Lexical(LexicalErrorType::IndentationError), _) => {
            let line_end = source[start as usize..].find('\n').map(|i| start as usize + i).unwrap_or(source.len()) as u32;
            (line_end, line_end + 1)
        }
        (ParseErrorType::Lexical(LexicalErrorType::Eof), _) if msg.ends_with("was never closed") => {
            let at = unclosed_bracket_offset(source).unwrap_or(start as usize) as u32;
            (at, at + 1)
        }
        _ => (start, start + 1),
    };
    (kind, msg, s, end)
}

fn translate_msg(e: &ParseError, source: &str) -> (ErrorKind, String) {
    use ParseErrorType as P;
    let at = e.location.start().to_usize();
    let found = source.get(at..e.location.end().to_usize()).unwrap_or("");
    match &e.error {
        P::OtherError(m) if m.starts_with("Expected an indented block") => (ErrorKind::Indentation, expected_block(source, at)),
        P::Lexical(LexicalErrorType::Eof) => match unclosed_bracket(source, at) {
            Some(open) => (ErrorKind::Syntax, format!("'{}' was never closed", open)),
            None => (ErrorKind::Syntax, "unexpected EOF while parsing".into()),
        },
        P::Lexical(l) => match l {
            LexicalErrorType::IndentationError => {
                (ErrorKind::Indentation, "unindent does not match any outer indentation level".into())
            }
            LexicalErrorType::UnclosedStringError => {
                (ErrorKind::Syntax, format!("unterminated string literal (detected at line {})", line_of(source, at)))
            }
            other => (ErrorKind::Syntax, other.to_string()),
        },
        P::UnexpectedIndentation => (ErrorKind::Indentation, "unexpected indent".into()),
        P::InvalidAssignmentTarget => {
            if found.trim_start().starts_with("yield") {
                return (ErrorKind::Syntax, "assignment to yield expression not possible".into());
            }
            let rest = source.get(e.location.end().to_usize()..).unwrap_or("").trim_start_matches([' ', '\t']);
            let plain_assign = rest.starts_with('=') && !rest.starts_with("==");
            let what = describe(found);
            if plain_assign && what != "expression" {
                (ErrorKind::Syntax, format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", what))
            } else {
                (ErrorKind::Syntax, format!("cannot assign to {}", what))
            }
        }
        P::InvalidDeleteTarget => (ErrorKind::Syntax, format!("cannot delete {}", describe(found))),
        P::InvalidAugmentedAssignmentTarget => {
            (ErrorKind::Syntax, format!("'{}' is an illegal expression for augmented assignment", describe(found)))
        }
        P::ExpectedToken { expected, .. } => {
            let exp = expected.to_string();
            if exp.to_lowercase().contains("indent") {
                (ErrorKind::Indentation, expected_block(source, at))
            } else if exp.contains(':') || exp.contains("Colon") {
                (ErrorKind::Syntax, "expected ':'".into())
            } else if let Some(open) = unclosed_bracket(source, at) {
                (ErrorKind::Syntax, format!("'{}' was never closed", open))
            } else {
                (ErrorKind::Syntax, "invalid syntax".into())
            }
        }
        _ => {
            if let Some(open) = unclosed_bracket(source, at) {
                (ErrorKind::Syntax, format!("'{}' was never closed", open))
            } else {
                (ErrorKind::Syntax, "invalid syntax".into())
            }
        }
    }
}

/// CPython's TabError: indentation whose order depends on the tab size
/// (compared at tab size 8 and tab size 1, as the tokenizer does).
fn tab_error(source: &str) -> Option<u32> {
    if !source.contains('\t') {
        return None;
    }
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut offset = 0usize;
    for line in source.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        let body = line.trim_start_matches([' ', '\t']);
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let ws = &line[..line.len() - body.len()];
        let (mut c8, mut c1) = (0usize, 0usize);
        for ch in ws.chars() {
            if ch == '\t' {
                c8 = (c8 / 8 + 1) * 8;
                c1 += 1;
            } else {
                c8 += 1;
                c1 += 1;
            }
        }
        let &(t8, t1) = stack.last().unwrap();
        if (c8 == t8) != (c1 == t1) || (c8 > t8) != (c1 > t1) {
            return Some(line_start as u32);
        }
        if c8 > t8 {
            stack.push((c8, c1));
        } else {
            while stack.len() > 1 && stack.last().unwrap().0 > c8 {
                stack.pop();
            }
        }
        // Continuation lines inside brackets are not indentation; this check
        // only runs when the parse already failed, so that rarely matters.
    }
    None
}

fn line_of(source: &str, at: usize) -> usize {
    source[..at.min(source.len())].matches('\n').count() + 1
}

fn expected_block(source: &str, at: usize) -> String {
    // CPython: "expected an indented block after 'if' statement on line N"
    let before = &source[..at.min(source.len())];
    let lines: Vec<&str> = before.lines().collect();
    for (i, l) in lines.iter().enumerate().rev() {
        let t = l.trim_start();
        if t.ends_with(':') {
            let kw = t.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
            let what = match kw {
                "if" => "'if' statement",
                "elif" => "'elif' statement",
                "else" => "'else' statement",
                "for" => "'for' statement",
                "while" => "'while' statement",
                "with" => "'with' statement",
                "try" => "'try' statement",
                "except" => "'except' statement",
                "finally" => "'finally' statement",
                "def" => "function definition",
                "class" => "class definition",
                _ => return "expected an indented block".into(),
            };
            return format!("expected an indented block after {} on line {}", what, i + 1);
        }
    }
    "expected an indented block".into()
}

fn describe(text: &str) -> &'static str {
    let t = text.trim();
    if t.ends_with(')') && t.contains('(') {
        "function call"
    } else if t.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '"' || c == '\'') {
        "literal"
    } else {
        "expression"
    }
}

/// Byte offset of the first bracket never closed.
fn unclosed_bracket_offset(source: &str) -> Option<usize> {
    let mut stack: Vec<usize> = Vec::new();
    let mut in_str: Option<char> = None;
    let mut it = source.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if let Some(q) = in_str {
            if c == '\\' {
                it.next();
            } else if c == q || c == '\n' {
                in_str = None;
            }
            continue;
        }
        match c {
            '#' => {
                for (_, c2) in it.by_ref() {
                    if c2 == '\n' {
                        break;
                    }
                }
            }
            '"' | '\'' => in_str = Some(c),
            '(' | '[' | '{' => stack.push(i),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.first().copied()
}

/// The innermost bracket opened before `at` and never closed in the whole source.
fn unclosed_bracket(source: &str, _at: usize) -> Option<char> {
    let mut stack: Vec<char> = Vec::new();
    let mut chars = source.chars().peekable();
    let mut in_str: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = in_str {
            if c == '\\' {
                chars.next();
            } else if c == q || c == '\n' {
                in_str = None;
            }
            continue;
        }
        match c {
            '#' => {
                for c2 in chars.by_ref() {
                    if c2 == '\n' {
                        break;
                    }
                }
            }
            '"' | '\'' => in_str = Some(c),
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.first().copied()
}
