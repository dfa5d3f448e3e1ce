//! The `math` module (Modules/mathmodule.c semantics: domain errors raise
//! ValueError "math domain error", overflow raises OverflowError).

use crate::objects::float::float_of;
use crate::objects::function::Args;
use crate::objects::int::{num_of, to_bigint, Num};
use crate::objects::{PyRef, Value};
use crate::vm::call::check_args;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::{PyResult, ThreadState};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn arg1(ts: &mut ThreadState, args: &Args, name: &str) -> PyResult<f64> {
    check_args(name, args, 1, 1)?;
    float_of(ts, &args.pos[0])
}

/// Apply f, mapping NaN-from-finite to a domain error and inf-from-finite to overflow.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        if can_overflow {
            return Err(overflow_error("math range error"));
        }
        return Err(value_error("math domain error"));
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(fn $name(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            let x = arg1(ts, &args, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $overflow)
        })*
    };
}

unary! {
    m_sin => f64::sin, false;
    m_cos => f64::cos, false;
    m_tan => f64::tan, false;
    m_asin => f64::asin, false;
    m_acos => f64::acos, false;
    m_atan => f64::atan, false;
    m_sinh => f64::sinh, true;
    m_cosh => f64::cosh, true;
    m_tanh => f64::tanh, false;
    m_asinh => f64::asinh, false;
    m_acosh => f64::acosh, false;
    m_atanh => |x| if x.abs() >= 1.0 { f64::NAN } else { x.atanh() }, false;
    m_exp => f64::exp, true;
    m_exp2 => f64::exp2, true;
    m_expm1 => f64::exp_m1, true;
    m_fabs => f64::abs, false;
    m_erf => libm::erf, false;
    m_erfc => libm::erfc, false;
    m_gamma => gamma, true;
    m_lgamma => |x| if x <= 0.0 && x == x.floor() { f64::NAN } else { libm::lgamma(x) }, true;
    m_cbrt => f64::cbrt, false;
}

/// The platform's C99 math functions that CPython 3.11 also calls (erf and
/// erfc since 3.8), so results agree bit for bit on the same machine.
mod libm {
    extern "C" {
        #[link_name = "erf"]
        fn c_erf(x: f64) -> f64;
        #[link_name = "erfc"]
        fn c_erfc(x: f64) -> f64;
        #[link_name = "lgamma_r"]
        fn c_lgamma_r(x: f64, sign: *mut i32) -> f64;
    }

    pub fn erf(x: f64) -> f64 {
        // SAFETY: a pure function of its argument.
        unsafe { c_erf(x) }
    }

    pub fn erfc(x: f64) -> f64 {
        // SAFETY: a pure function of its argument.
        unsafe { c_erfc(x) }
    }

    /// log|Γ(x)|; lgamma_r is the reentrant form (no global signgam).
    pub fn lgamma(x: f64) -> f64 {
        let mut sign = 0;
        // SAFETY: `sign` is a valid out-pointer for the call's duration.
        unsafe { c_lgamma_r(x, &mut sign) }
    }
}

fn gamma(x: f64) -> f64 {
    if x <= 0.0 && x == x.floor() {
        return f64::NAN;
    }
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma(1.0 - x));
    }
    if x == x.floor() && x < 171.0 {
        let mut r = 1.0;
        let mut i = 2.0;
        while i < x {
            r *= i;
            i += 1.0;
        }
        return r;
    }
    // Lanczos approximation (g = 7).
    const G: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.5203681218851,
        -1259.1392167224028,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507343278686905,
        -0.13857109526572012,
        9.984_369_578_019_572e-6,
        1.5056327351493116e-7,
    ];
    let x = x - 1.0;
    let mut a = G[0];
    let t = x + 7.5;
    for (i, g) in G.iter().enumerate().skip(1) {
        a += g / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}

fn m_sqrt(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let x = arg1(ts, &args, "sqrt")?;
    if x < 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}

fn m_log(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("log", &args, 1, 2)?;
    let l = |ts: &mut ThreadState, v: &Value| -> PyResult<f64> {
        // Big ints: log of huge values without converting to float first.
        if let Some(Num::B(b)) = num_of(v) {
            if b.is_positive() {
                let bits = b.bits() as i64;
                let shift = (bits - 60).max(0) as usize;
                let top = (&b >> shift).to_f64().unwrap();
                return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
            }
            return Err(value_error("math domain error"));
        }
        let x = float_of(ts, v)?;
        if x <= 0.0 {
            return Err(value_error("math domain error"));
        }
        Ok(x.ln())
    };
    let num = l(ts, &args.pos[0])?;
    match args.pos.get(1) {
        Some(b) => {
            let den = l(ts, b)?;
            if den == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
        None => Ok(Value::Float(num)),
    }
}

fn m_log2(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let x = arg1(ts, &args, "log2")?;
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::Float(x.log2()))
}

fn m_log10(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let x = arg1(ts, &args, "log10")?;
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::Float(x.log10()))
}

fn m_log1p(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let x = arg1(ts, &args, "log1p")?;
    if x <= -1.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::Float(x.ln_1p()))
}

fn m_pow(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("pow", &args, 2, 2)?;
    let x = float_of(ts, &args.pos[0])?;
    let y = float_of(ts, &args.pos[1])?;
    if x == 0.0 && y < 0.0 {
        return Err(value_error("math domain error"));
    }
    if x < 0.0 && y.is_finite() && y != y.floor() {
        return Err(value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn two(ts: &mut ThreadState, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    check_args(name, args, 2, 2)?;
    Ok((float_of(ts, &args.pos[0])?, float_of(ts, &args.pos[1])?))
}

fn m_atan2(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (y, x) = two(ts, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_copysign(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (x, y) = two(ts, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (x, y) = two(ts, &args, "fmod")?;
    if y == 0.0 && !x.is_nan() || x.is_infinite() {
        return Err(value_error("math domain error"));
    }
    Ok(Value::Float(x % y))
}

fn m_remainder(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (x, y) = two(ts, &args, "remainder")?;
    if y == 0.0 || x.is_infinite() {
        return Err(value_error("math domain error"));
    }
    let q = x / y;
    let mut n = q.round();
    if (q - q.trunc()).abs() == 0.5 {
        n = 2.0 * (q / 2.0).round();
    }
    let r = x - n * y;
    Ok(Value::Float(r))
}

fn m_hypot(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    let mut vals = Vec::new();
    for a in args.pos {
        vals.push(float_of(ts, a)?.abs());
    }
    if vals.iter().any(|v| v.is_infinite()) {
        return Ok(Value::Float(f64::INFINITY));
    }
    let m = vals.iter().cloned().fold(0.0, f64::max);
    if m == 0.0 {
        return Ok(Value::Float(0.0));
    }
    for v in &vals {
        let s = v / m;
        acc += s * s;
    }
    Ok(Value::Float(m * acc.sqrt()))
}

fn m_dist(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("dist", &args, 2, 2)?;
    let p = crate::vm::iterops::collect(ts, &args.pos[0])?;
    let q = crate::vm::iterops::collect(ts, &args.pos[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::new();
    for (a, b) in p.iter().zip(q.iter()) {
        diffs.push(Value::Float(float_of(ts, a)? - float_of(ts, b)?));
    }
    m_hypot(ts, Args::new(&diffs))
}

fn int_result(f: f64) -> PyResult<Value> {
    crate::objects::int::float_to_int(f)
}

fn m_floor(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("floor", &args, 1, 1)?;
    let v = &args.pos[0];
    match num_of(v) {
        Some(Num::I(i)) => return Ok(Value::Int(i)),
        Some(Num::B(b)) => return Ok(int_from_big(b)),
        _ => {}
    }
    if !matches!(v, Value::Float(_)) {
        if let Some(r) = call_special0(ts, v, "__floor__")? {
            return Ok(r);
        }
    }
    int_result(float_of(ts, v)?.floor())
}

fn m_ceil(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("ceil", &args, 1, 1)?;
    let v = &args.pos[0];
    match num_of(v) {
        Some(Num::I(i)) => return Ok(Value::Int(i)),
        Some(Num::B(b)) => return Ok(int_from_big(b)),
        _ => {}
    }
    if !matches!(v, Value::Float(_)) {
        if let Some(r) = call_special0(ts, v, "__ceil__")? {
            return Ok(r);
        }
    }
    int_result(float_of(ts, v)?.ceil())
}

fn m_trunc(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("trunc", &args, 1, 1)?;
    let v = &args.pos[0];
    match call_special0(ts, v, "__trunc__")? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("type {} doesn't define __trunc__ method", type_name(v)))),
    }
}

fn m_isfinite(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(arg1(ts, &args, "isfinite")?.is_finite()))
}
fn m_isinf(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(arg1(ts, &args, "isinf")?.is_infinite()))
}
fn m_isnan(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(arg1(ts, &args, "isnan")?.is_nan()))
}

fn m_isclose(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = crate::vm::call::bind_native("isclose", &args, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = float_of(ts, &a[0])?;
    let y = float_of(ts, &a[1])?;
    let rel = if a[2].is_null() { 1e-9 } else { float_of(ts, &a[2])? };
    let abs = if a[3].is_null() { 0.0 } else { float_of(ts, &a[3])? };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs))
}

fn m_degrees(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Float(arg1(ts, &args, "degrees")?.to_degrees()))
}
fn m_radians(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Float(arg1(ts, &args, "radians")?.to_radians()))
}

fn m_modf(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let x = arg1(ts, &args, "modf")?;
    if x.is_infinite() {
        return Ok(new_tuple(vec![Value::Float(0.0f64.copysign(x)), Value::Float(x)]));
    }
    Ok(new_tuple(vec![Value::Float(x.fract()), Value::Float(x.trunc())]))
}

fn m_frexp(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let x = arg1(ts, &args, "frexp")?;
    let (m, e) = crate::objects::float::frexp(x);
    Ok(new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_ldexp(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("ldexp", &args, 2, 2)?;
    let x = float_of(ts, &args.pos[0])?;
    let e = index_value(ts, &args.pos[1])?;
    extern "C" {
        // C99 ldexp from the platform's libm (linked by std): exact, one
        // rounding even for subnormal results (x * 2^e in two steps is not).
        fn ldexp(x: f64, exp: i32) -> f64;
    }
    // SAFETY: ldexp is a pure function of its arguments.
    let r = unsafe { ldexp(x, e.clamp(-100_000, 100_000) as i32) };
    if r.is_infinite() && x.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn int_arg(ts: &mut ThreadState, v: &Value) -> PyResult<BigInt> {
    match to_bigint(v) {
        Some(b) => Ok(b),
        None => {
            let i = index_value(ts, v).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))?;
            Ok(BigInt::from(i))
        }
    }
}

fn m_factorial(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("factorial", &args, 1, 1)?;
    if matches!(args.pos[0], Value::Float(_)) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(ts, &args.pos[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(int_from_big(r))
}

fn m_gcd(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for a in args.pos {
        g = g.gcd(&int_arg(ts, a)?);
    }
    Ok(int_from_big(g))
}

fn m_lcm(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let mut l = BigInt::one();
    for a in args.pos {
        let x = int_arg(ts, a)?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&x);
    }
    Ok(int_from_big(l.abs()))
}

fn m_isqrt(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("isqrt", &args, 1, 1)?;
    let n = int_arg(ts, &args.pos[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_from_big(n.sqrt()))
}

fn m_comb(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("comb", &args, 2, 2)?;
    let n = int_arg(ts, &args.pos[0])?;
    let k = int_arg(ts, &args.pos[1])?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().ok_or_else(|| overflow_error("min(n - k, k) must not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(int_from_big(r))
}

fn m_perm(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("perm", &args, 1, 2)?;
    let n = int_arg(ts, &args.pos[0])?;
    let k = match args.pos.get(1) {
        Some(v) if !v.is_none() => int_arg(ts, v)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().ok_or_else(|| overflow_error("k must not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(int_from_big(r))
}

fn m_prod(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = crate::vm::call::bind_native("prod", &args, &["iterable", "start"], 1)?;
    let mut acc = if a[1].is_null() { Value::Int(1) } else { a[1].clone() };
    for x in crate::vm::iterops::collect(ts, &a[0])? {
        acc = crate::vm::arith::binary_op(ts, &acc, &x, 5)?;
    }
    Ok(acc)
}

/// fsum: Shewchuk's algorithm (exactly rounded sum), as msum in mathmodule.c.
fn m_fsum(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("fsum", &args, 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for v in crate::vm::iterops::collect(ts, &args.pos[0])? {
        let mut x = float_of(ts, &v)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if special.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_nextafter(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (x, y) = two(ts, &args, "nextafter")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x == y {
        return Ok(Value::Float(y));
    }
    if x == 0.0 {
        return Ok(Value::Float(f64::from_bits(1).copysign(y)));
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    Ok(Value::Float(f64::from_bits(if up { bits + 1 } else { bits - 1 })))
}

fn m_ulp(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let x = arg1(ts, &args, "ulp")?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    if x == f64::MAX {
        return Ok(Value::Float(x - f64::from_bits(x.to_bits() - 1)));
    }
    Ok(Value::Float(f64::from_bits(x.to_bits() + 1) - x))
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let m = super::make_module(
        "math",
        &[
            ("sin", m_sin), ("cos", m_cos), ("tan", m_tan), ("asin", m_asin), ("acos", m_acos), ("atan", m_atan),
            ("sinh", m_sinh), ("cosh", m_cosh), ("tanh", m_tanh), ("asinh", m_asinh), ("acosh", m_acosh),
            ("atanh", m_atanh), ("exp", m_exp), ("exp2", m_exp2), ("expm1", m_expm1), ("fabs", m_fabs),
            ("erf", m_erf), ("erfc", m_erfc), ("gamma", m_gamma), ("lgamma", m_lgamma), ("cbrt", m_cbrt),
            ("sqrt", m_sqrt), ("log", m_log), ("log2", m_log2), ("log10", m_log10), ("log1p", m_log1p),
            ("pow", m_pow), ("atan2", m_atan2), ("copysign", m_copysign), ("fmod", m_fmod),
            ("remainder", m_remainder), ("hypot", m_hypot), ("dist", m_dist), ("floor", m_floor),
            ("ceil", m_ceil), ("trunc", m_trunc), ("isfinite", m_isfinite), ("isinf", m_isinf),
            ("isnan", m_isnan), ("isclose", m_isclose), ("degrees", m_degrees), ("radians", m_radians),
            ("modf", m_modf), ("frexp", m_frexp), ("ldexp", m_ldexp), ("factorial", m_factorial),
            ("gcd", m_gcd), ("lcm", m_lcm), ("isqrt", m_isqrt), ("comb", m_comb), ("perm", m_perm),
            ("prod", m_prod), ("fsum", m_fsum), ("nextafter", m_nextafter), ("ulp", m_ulp),
        ],
    );
    super::set_attrs(
        &m,
        &[
            ("pi", Value::Float(std::f64::consts::PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
        ],
    );
    Ok(m)
}
