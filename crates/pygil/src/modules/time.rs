//! The `time` module. `sleep` releases the GIL and is interruptible by
//! Ctrl-C in the main thread.

use crate::objects::function::Args;
use crate::objects::{PyRef, Value};
use crate::vm::call::check_args;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::types::{new_structseq_type, structseq_new};
use crate::vm::{PyResult, ThreadState};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn clock(id: libc::clockid_t) -> f64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid out-pointer for clock_gettime.
    unsafe { libc::clock_gettime(id, &mut t) };
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

fn clock_ns(id: libc::clockid_t) -> i64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid out-pointer for clock_gettime.
    unsafe { libc::clock_gettime(id, &mut t) };
    t.tv_sec * 1_000_000_000 + t.tv_nsec
}

fn t_time(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn t_time_ns(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn t_monotonic(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(clock(libc::CLOCK_MONOTONIC)))
}

fn t_monotonic_ns(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn t_process_time(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(clock(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn t_process_time_ns(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn t_thread_time(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(clock(libc::CLOCK_THREAD_CPUTIME_ID)))
}

/// Sleep `secs` without the GIL; the main thread wakes for Ctrl-C.
pub fn sleep_for(ts: &mut ThreadState, secs: f64) -> PyResult<()> {
    if ts.interp.gil.sched_enabled() {
        // On the deterministic scheduler's virtual clock.
        ts.sched_wait(gil::BlockReason::Sleep, 0, Some(Duration::from_secs_f64(secs.min(1e9))))?;
        return Ok(());
    }
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let is_main = ts.is_main();
    loop {
        let now = Instant::now();
        if now >= deadline {
            return Ok(());
        }
        let left = deadline - now;
        // The main thread sleeps in short slices so a pending Ctrl-C is seen promptly
        // even if the signal landed on another thread.
        let slice = if is_main { left.min(Duration::from_millis(20)) } else { left };
        ts.allow_threads(gil::BlockReason::Sleep, move || std::thread::sleep(slice));
        if is_main {
            ts.check_signals()?;
        }
    }
}

fn t_sleep(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("sleep", &args, 1, 1)?;
    let secs = crate::objects::float::float_of(ts, &args.pos[0]).map_err(|_| {
        type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&args.pos[0])))
    })?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs == 0.0 && !ts.interp.gil.sched_enabled() {
        // sleep(0) still yields the GIL to a waiting thread.
        ts.allow_threads(gil::BlockReason::Sleep, std::thread::yield_now);
        return Ok(Value::None);
    }
    sleep_for(ts, secs)?;
    Ok(Value::None)
}

static STRUCT_TIME: crate::vm::thread::GilStatic<PyRef> = crate::vm::thread::GilStatic::new();

fn struct_time_type() -> PyRef {
    STRUCT_TIME.get_or_init(|| {
        new_structseq_type(
            "struct_time",
            "time",
            &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"],
        )
    })
}

fn tm_to_value(tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        "UTC".to_string()
    } else {
        // SAFETY: tm_zone points at a NUL-terminated string owned by libc.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
    };
    let items = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        new_str(zone),
        Value::Int(tm.tm_gmtoff),
    ];
    // Only the first nine are part of the tuple in CPython; the rest are attributes.
    structseq_new(&struct_time_type(), items)
}

fn secs_arg(ts: &mut ThreadState, args: &Args) -> PyResult<i64> {
    match args.pos.first() {
        None | Some(Value::None) => Ok(SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs() as i64),
        Some(v) => Ok(crate::objects::float::float_of(ts, v)?.floor() as i64),
    }
}

fn t_localtime(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let secs = secs_arg(ts, &args)? as libc::time_t;
    // SAFETY: zeroed tm is a valid out-parameter; localtime_r fills it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    unsafe { libc::localtime_r(&secs, &mut tm) };
    Ok(tm_to_value(&tm))
}

fn t_gmtime(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let secs = secs_arg(ts, &args)? as libc::time_t;
    // SAFETY: zeroed tm is a valid out-parameter; gmtime_r fills it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    unsafe { libc::gmtime_r(&secs, &mut tm) };
    Ok(tm_to_value(&tm))
}

fn value_to_tm(ts: &mut ThreadState, v: &Value) -> PyResult<libc::tm> {
    let items = crate::vm::iterops::collect(ts, v)?;
    if items.len() < 9 {
        return Err(type_error("time tuple must have 9 elements"));
    }
    let mut n = [0i64; 9];
    for (i, x) in items.iter().take(9).enumerate() {
        n[i] = index_value(ts, x)?;
    }
    // SAFETY: an all-zero tm is valid.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (n[0] - 1900) as i32;
    tm.tm_mon = (n[1] - 1) as i32;
    tm.tm_mday = n[2] as i32;
    tm.tm_hour = n[3] as i32;
    tm.tm_min = n[4] as i32;
    tm.tm_sec = n[5] as i32;
    tm.tm_wday = ((n[6] + 1) % 7) as i32;
    tm.tm_yday = (n[7] - 1) as i32;
    tm.tm_isdst = n[8] as i32;
    Ok(tm)
}

fn t_mktime(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("mktime", &args, 1, 1)?;
    let mut tm = value_to_tm(ts, &args.pos[0])?;
    // SAFETY: tm is a valid, initialised struct.
    let t = unsafe { libc::mktime(&mut tm) };
    Ok(Value::Float(t as f64))
}

fn t_strftime(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("strftime", &args, 1, 2)?;
    let fmt = str_of(ts, &args.pos[0])?;
    let tm = match args.pos.get(1) {
        Some(v) => value_to_tm(ts, v)?,
        None => {
            let secs = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs() as libc::time_t;
            // SAFETY: zeroed tm is a valid out-parameter.
            let mut tm: libc::tm = unsafe { std::mem::zeroed() };
            // SAFETY: both pointers are valid.
            unsafe { libc::localtime_r(&secs, &mut tm) };
            tm
        }
    };
    let cfmt = std::ffi::CString::new(fmt.clone()).map_err(|_| value_error("embedded null character"))?;
    let mut buf = vec![0u8; 256 + fmt.len() * 8];
    // SAFETY: buf is valid for buf.len() bytes; cfmt and tm are valid.
    let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, buf.len(), cfmt.as_ptr(), &tm) };
    buf.truncate(n);
    Ok(new_str(String::from_utf8_lossy(&buf).into_owned()))
}

fn t_asctime(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = match args.pos.first() {
        Some(v) => v.clone(),
        None => t_localtime(ts, Args::new(&[]))?,
    };
    let fmt = new_str("%a %b %e %H:%M:%S %Y");
    t_strftime(ts, Args::new(&[fmt, v]))
}

fn t_ctime(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let lt = t_localtime(ts, args)?;
    t_asctime(ts, Args::new(&[lt]))
}

fn t_perf_counter(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(clock(libc::CLOCK_MONOTONIC)))
}

fn t_perf_counter_ns(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(clock_ns(libc::CLOCK_MONOTONIC)))
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let m = super::make_module(
        "time",
        &[
            ("time", t_time),
            ("time_ns", t_time_ns),
            ("monotonic", t_monotonic),
            ("monotonic_ns", t_monotonic_ns),
            ("perf_counter", t_perf_counter),
            ("perf_counter_ns", t_perf_counter_ns),
            ("process_time", t_process_time),
            ("process_time_ns", t_process_time_ns),
            ("thread_time", t_thread_time),
            ("sleep", t_sleep),
            ("localtime", t_localtime),
            ("gmtime", t_gmtime),
            ("mktime", t_mktime),
            ("strftime", t_strftime),
            ("asctime", t_asctime),
            ("ctime", t_ctime),
        ],
    );
    super::set_attrs(
        &m,
        &[
            ("struct_time", Value::Obj(struct_time_type())),
            ("timezone", Value::Int(0)),
            ("altzone", Value::Int(0)),
            ("daylight", Value::Int(0)),
            ("tzname", new_tuple(vec![new_str("UTC"), new_str("UTC")])),
        ],
    );
    Ok(m)
}
