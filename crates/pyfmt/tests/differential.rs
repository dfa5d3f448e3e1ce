//! Differential test against CPython 3.11: every case in data/cases.tsv
//! (written by gen_cases.py, which runs the real CPython) must come out
//! byte for byte the same, errors and their messages included.

use std::collections::BTreeMap;
use std::str::FromStr;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyfmt::*;

/// What a case produces: `("ok", text)` or `(exception class, message)`.
type Outcome = (String, String);

fn ok(text: impl Into<String>) -> Outcome {
    ("ok".to_owned(), text.into())
}

fn err_kind(kind: ErrorKind) -> String {
    match kind {
        ErrorKind::ValueError => "ValueError",
        ErrorKind::OverflowError => "OverflowError",
    }
    .to_owned()
}

fn format_err(e: FormatError) -> Outcome {
    (err_kind(e.kind()), e.to_string())
}

fn type_err(msg: &str) -> Outcome {
    ("TypeError".to_owned(), msg.to_owned())
}

/// Undo gen_cases.py's escaping: `\\` and `\u{hex}`.
fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'));
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16).expect("hex code point");
                out.push(char::from_u32(cp).expect("no surrogates in the data"));
            }
            other => panic!("bad escape {other:?} in {field:?}"),
        }
    }
    out
}

fn float(field: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(field, 16).expect("float bits"))
}

fn big(field: &str) -> BigInt {
    BigInt::from_str(field).expect("decimal int")
}

/// Run `f` on `v` both as a small and as a big int when it fits an i64,
/// so both representations are covered; they must agree.
fn with_int<T: PartialEq + std::fmt::Debug>(v: &BigInt, f: impl Fn(Int) -> T) -> T {
    let from_big = f(Int::Big(v));
    if let Some(small) = v.to_i64() {
        let from_small = f(Int::Small(small));
        assert_eq!(
            from_small, from_big,
            "Int::Small and Int::Big disagree for {v}"
        );
    }
    from_big
}

fn format_with(
    spec: &str,
    type_name: &str,
    f: impl Fn(&FormatSpec) -> Result<String, FormatError>,
) -> Outcome {
    match parse_format_spec(spec).and_then(|s| f(&s)) {
        Ok(text) => ok(text),
        Err(e) => format_err(e.with_type_name(type_name)),
    }
}

/// One printf-style argument as the generator describes it.
enum Arg {
    Int(BigInt),
    Float(f64),
}

/// A minimal VM for `template % args`: walks the pieces, takes arguments
/// in CPython's order (`unicode_format_getnextarg`) and converts them the
/// way the interpreter will. `mapping` stands for a dict argument.
fn run_percent(template: &str, args: &[Arg], mapping: Option<&BTreeMap<String, Arg>>) -> Outcome {
    // The argument source: a tuple, or after `%(key)` the single value.
    let mut source: Vec<&Arg> = args.iter().collect();
    let mut taken = 0;
    let mut out = String::new();
    let missing = || type_err("not enough arguments for format string");
    let key_error = |k: &str| ("KeyError".to_owned(), format!("'{k}'"));
    let mut pieces = percent_pieces(template);
    while let Some(piece) = pieces.next() {
        let piece = match piece {
            Ok(p) => p,
            Err(e) => {
                // Replay what CPython did on this conversion before raising.
                let context = pieces.error_context();
                if context.key_opened && mapping.is_none() {
                    return type_err("format requires a mapping");
                }
                if let (Some(k), Some(m)) = (&context.key, mapping) {
                    let Some(v) = m.get(k) else {
                        return key_error(k);
                    };
                    source = vec![v];
                    taken = 0;
                }
                for _ in 0..context.stars {
                    match source.get(taken) {
                        Some(Arg::Int(_)) => taken += 1,
                        Some(Arg::Float(_)) => return type_err("* wants int"),
                        None => return missing(),
                    }
                }
                return (err_kind(e.kind()), e.to_string());
            }
        };
        let mut spec = match piece {
            PercentPiece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            PercentPiece::Spec(spec) => spec,
        };
        if let Some(k) = &spec.key {
            let Some(m) = mapping else {
                return type_err("format requires a mapping");
            };
            let Some(v) = m.get(k) else {
                return key_error(k);
            };
            source = vec![v];
            taken = 0;
        }
        let mut star = || -> Result<i64, Outcome> {
            let arg = source.get(taken).ok_or_else(missing)?;
            taken += 1;
            match arg {
                Arg::Int(v) => Ok(v.to_i64().expect("small star argument")),
                Arg::Float(_) => Err(type_err("* wants int")),
            }
        };
        let width = match spec.width {
            None => None,
            Some(Count::N(n)) => Some(n),
            Some(Count::Star) => {
                let w = match star() {
                    Ok(w) => w,
                    Err(e) => return e,
                };
                if w < 0 {
                    spec.flags.minus = true;
                }
                Some(w.unsigned_abs() as usize)
            }
        };
        let precision = match spec.precision {
            None => None,
            Some(Count::N(n)) => Some(n),
            Some(Count::Star) => match star() {
                Ok(p) => Some(p.max(0) as usize),
                Err(e) => return e,
            },
        };
        let Some(arg) = source.get(taken).copied() else {
            return missing();
        };
        taken += 1;
        if let Err(e) = spec.check_conv() {
            return (err_kind(e.kind()), e.to_string());
        }
        let text = match (spec.conv, arg) {
            ('d' | 'i' | 'u' | 'o' | 'x' | 'X', Arg::Int(v)) => {
                with_int(v, |i| percent_int(i, &spec, width, precision))
            }
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Float(x)) => {
                percent_float(*x, &spec, width, precision)
            }
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Int(v)) => {
                let x = match v.to_f64() {
                    Some(x) if x.is_finite() => x,
                    _ => {
                        return (
                            "OverflowError".into(),
                            "int too large to convert to float".into(),
                        )
                    }
                };
                percent_float(x, &spec, width, precision)
            }
            ('s' | 'r' | 'a', Arg::Int(v)) => percent_str(&v.to_string(), &spec, width, precision),
            ('s' | 'r' | 'a', Arg::Float(x)) => {
                percent_str(&float_repr(*x), &spec, width, precision)
            }
            ('c', Arg::Int(v)) => {
                let Some(c) = v
                    .to_u32()
                    .filter(|&c| c < 0x110000)
                    .and_then(char::from_u32)
                else {
                    return (
                        "OverflowError".into(),
                        "%c arg not in range(0x110000)".into(),
                    );
                };
                percent_str(&c.to_string(), &spec, width, precision)
            }
            _ => panic!("the generator pairs conversions with fitting arguments"),
        };
        out.push_str(&text);
    }
    if mapping.is_none() && taken < source.len() {
        return type_err("not all arguments converted during string formatting");
    }
    ok(out)
}

fn parse_arg(a: &str) -> Arg {
    match a.split_once(':') {
        Some(("i", v)) => Arg::Int(big(v)),
        Some(("f", v)) => Arg::Float(float(v)),
        _ => panic!("bad argument {a:?}"),
    }
}

fn parse_args(field: &str) -> Vec<Arg> {
    field.split_whitespace().map(parse_arg).collect()
}

/// `i:5=key`, `f:...=other`, ... separated by U+001F (keys are the text
/// after the first `=`).
fn parse_mapping(field: &str) -> BTreeMap<String, Arg> {
    field
        .split('\u{1f}')
        .filter(|a| !a.is_empty())
        .map(|a| {
            let (value, key) = a.split_once('=').expect("value=key");
            (key.to_owned(), parse_arg(value))
        })
        .collect()
}

fn run_case(kind: &str, f: &[String], expected: &Outcome) -> Outcome {
    match kind {
        "repr" => ok(float_repr(float(&f[0]))),
        "to_string" => {
            let code = f[1].chars().next().unwrap();
            let flag = |s: &str| s == "1";
            ok(float_to_string(
                float(&f[0]),
                code,
                f[2].parse().unwrap(),
                flag(&f[3]),
                flag(&f[4]),
                flag(&f[5]),
            ))
        }
        "fmt_float" => format_with(&f[1], "float", |s| format_float(float(&f[0]), s)),
        "fmt_int" => {
            let v = big(&f[0]);
            with_int(&v, |i| format_with(&f[1], "int", |s| format_int(i, s)))
        }
        "fmt_str" => format_with(&f[1], "str", |s| format_str(&f[0], s)),
        "fmt_bool" if f[0].is_empty() => ok("True"),
        "fmt_bool" => format_with(&f[0], "bool", |s| format_int(Int::Small(1), s)),
        "pct" => run_percent(&f[0], &parse_args(&f[1]), None),
        "pctmap" => run_percent(&f[0], &[], Some(&parse_mapping(&f[1]))),
        "parse_float" => match parse_float(&f[0]) {
            Some(x) => ok(float_repr(x)),
            // The message quotes the argument's repr; the VM writes that.
            None => ("ValueError".to_owned(), expected.1.clone()),
        },
        "parse_int" => {
            let (base, limit) = (f[1].parse().unwrap(), f[2].parse().unwrap());
            match parse_int_limited(&f[0], base, limit) {
                Ok(Some(ParsedInt::Small(v))) => ok(int_to_base(Int::Small(v), 16)),
                Ok(Some(ParsedInt::Big(v))) => {
                    assert!(v.to_i64().is_none(), "a Big that fits i64: {v}");
                    ok(int_to_base(Int::Big(&v), 16))
                }
                Ok(None) => ("ValueError".to_owned(), expected.1.clone()),
                Err(e) => format_err(e),
            }
        }
        "str_limit" => {
            let hex = f[0].trim_start_matches('-').trim_start_matches("0x");
            let mut v = BigInt::parse_bytes(hex.as_bytes(), 16).unwrap();
            if f[0].starts_with('-') {
                v = -v;
            }
            match with_int(&v, |i| check_int_to_str_digits(i, f[1].parse().unwrap())) {
                Ok(()) => ok("ok"),
                Err(e) => format_err(e),
            }
        }
        "round" => match round_float_checked(float(&f[0]), f[1].parse().unwrap()) {
            Ok(x) => ok(float_repr(x)),
            Err(e) => format_err(e),
        },
        // round(x) returns an int, so the sign of a zero result is lost.
        "round0" => ok(float_repr(round_half_even(float(&f[0])) + 0.0)),
        "hex" => ok(float_hex(float(&f[0]))),
        "fromhex" => match float_fromhex_checked(&f[0]) {
            Ok(x) => ok(float_repr(x)),
            Err(e) => format_err(e),
        },
        "int_base" => {
            let v = big(&f[0]);
            ok(with_int(&v, |i| int_to_base(i, f[1].parse().unwrap())))
        }
        _ => panic!("unknown case kind {kind:?}"),
    }
}

/// The cases of data/cases.tsv, read once: (line number, fields).
fn cases() -> &'static [(usize, Vec<String>)] {
    static CASES: std::sync::OnceLock<Vec<(usize, Vec<String>)>> = std::sync::OnceLock::new();
    CASES.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cases.tsv");
        let data = std::fs::read_to_string(path).expect("tests/data/cases.tsv (run gen_cases.py)");
        data.lines()
            .enumerate()
            .filter(|(_, line)| !line.starts_with('#') && !line.is_empty())
            .map(|(i, line)| (i + 1, line.split('\t').map(unescape).collect()))
            .collect()
    })
}

/// Run every case whose kind is in `kinds` and compare with CPython.
fn check(kinds: &[&str]) {
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for (lineno, fields) in cases() {
        let kind = fields[0].as_str();
        if !kinds.contains(&kind) {
            continue;
        }
        let n = fields.len();
        let expected = (fields[n - 2].clone(), fields[n - 1].clone());
        let args = &fields[1..n - 2];
        let actual =
            std::panic::catch_unwind(|| run_case(kind, args, &expected)).unwrap_or_else(|e| {
                (
                    "panic".to_owned(),
                    format!("{:?}", e.downcast_ref::<String>()),
                )
            });
        let entry = counts.entry(kind).or_default();
        entry.0 += 1;
        if actual != expected {
            entry.1 += 1;
            failures.push(format!(
                "line {lineno}: {kind} {args:?}\n    expected {expected:?}\n    got      {actual:?}"
            ));
        }
    }
    for (kind, (total, failed)) in &counts {
        println!("{kind:12} {total:6} cases, {failed} failed");
    }
    let total: usize = counts.values().map(|c| c.0).sum();
    let show: usize = std::env::var("SHOW").map_or(60, |v| v.parse().unwrap());
    for f in failures.iter().take(show) {
        println!("{f}");
    }
    assert!(total > 0, "no cases of kinds {kinds:?}");
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ from CPython",
        failures.len()
    );
}

/// Every kind in the data file, each listed in exactly one test below.
const KINDS: &[&str] = &[
    "repr",
    "to_string",
    "fmt_float",
    "fmt_int",
    "fmt_bool",
    "fmt_str",
    "pct",
    "pctmap",
    "parse_float",
    "parse_int",
    "str_limit",
    "round",
    "round0",
    "hex",
    "fromhex",
    "int_base",
];

#[test]
fn every_kind_is_checked() {
    for (lineno, fields) in cases() {
        assert!(
            KINDS.contains(&fields[0].as_str()),
            "line {lineno}: unknown kind {:?}",
            fields[0]
        );
    }
}

#[test]
fn float_repr_matches() {
    check(&["repr"]);
}

#[test]
fn double_to_string_matches() {
    check(&["to_string"]);
}

#[test]
fn format_float_matches() {
    check(&["fmt_float"]);
}

#[test]
fn format_int_matches() {
    check(&["fmt_int", "fmt_bool"]);
}

#[test]
fn format_str_matches() {
    check(&["fmt_str"]);
}

#[test]
fn percent_matches() {
    check(&["pct", "pctmap"]);
}

#[test]
fn parse_float_matches() {
    check(&["parse_float"]);
}

#[test]
fn parse_int_matches() {
    check(&["parse_int", "str_limit"]);
}

#[test]
fn round_matches() {
    check(&["round", "round0"]);
}

#[test]
fn hex_matches() {
    check(&["hex", "fromhex"]);
}

#[test]
fn int_to_base_matches() {
    check(&["int_base"]);
}
