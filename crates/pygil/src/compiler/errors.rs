//! Parse errors in CPython's words.
//!
//! ruff's parser reports its own messages; Python programmers compare
//! against CPython's, so the common ones are translated here
//! (STYLE.md item 7). Anything not recognised is reported as
//! "invalid syntax", which is what CPython says for most of them.

use super::ErrorKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};

pub fn translate(e: &ParseError, source: &str) -> (ErrorKind, String) {
    use ParseErrorType as P;
    let at = e.location.start().to_usize();
    let found = source.get(at..e.location.end().to_usize()).unwrap_or("");
    match &e.error {
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
        P::InvalidAssignmentTarget => (ErrorKind::Syntax, format!("cannot assign to {}", describe(found))),
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
