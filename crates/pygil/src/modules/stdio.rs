//! sys.stdin / sys.stdout / sys.stderr: buffered text streams over file
//! descriptors 0, 1, 2. Writes are buffered under the GIL; the system call
//! that empties the buffer runs without it (it may block on a full pipe).

use crate::objects::function::Args;
use crate::objects::object::NativeData;
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::check_args;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::types::{types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use std::cell::{Cell, RefCell};

pub struct StdStream {
    pub fd: i32,
    pub name: &'static str,
    pub writable: bool,
    /// Bytes instead of text (the `.buffer` of a text stream).
    pub binary: bool,
    pub line_buffered: Cell<bool>,
    pub out: RefCell<Vec<u8>>,
    /// Read-ahead for stdin.
    pub inbuf: RefCell<Vec<u8>>,
    pub eof: Cell<bool>,
    pub closed: Cell<bool>,
    pub buffer: RefCell<Value>,
}

impl NativeData for StdStream {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

static STREAM_TYPE: crate::vm::thread::GilStatic<PyRef> = crate::vm::thread::GilStatic::new();

fn stream_type() -> PyRef {
    STREAM_TYPE.get().expect("stdio type")
}

pub fn stream_of(v: &Value) -> Option<&StdStream> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<StdStream>(),
            _ => None,
        },
        _ => None,
    }
}

fn me<'a>(args: &'a Args) -> PyResult<&'a StdStream> {
    stream_of(&args.pos[0]).ok_or_else(|| type_error("expected a stdio stream"))
}

/// Write all of `data` to `fd`, retrying on EINTR (without the GIL held by the caller).
pub fn raw_write(fd: i32, mut data: &[u8]) -> Result<(), i32> {
    while !data.is_empty() {
        // SAFETY: `data` is a valid buffer of `data.len()` bytes for the call.
        let n = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            if e == libc::EINTR {
                continue;
            }
            return Err(e);
        }
        data = &data[n as usize..];
    }
    Ok(())
}

fn flush_stream(ts: &mut ThreadState, s: &StdStream) -> PyResult<()> {
    let data = std::mem::take(&mut *s.out.borrow_mut());
    if data.is_empty() {
        return Ok(());
    }
    let fd = s.fd;
    let r = ts.allow_threads(gil::BlockReason::File, move || raw_write(fd, &data));
    r.map_err(|e| os_error(e, None))
}

fn write_bytes(ts: &mut ThreadState, s: &StdStream, b: &[u8]) -> PyResult<()> {
    if s.closed.get() {
        return Err(value_error("I/O operation on closed file."));
    }
    let must_flush = {
        let mut out = s.out.borrow_mut();
        out.extend_from_slice(b);
        out.len() >= 8192 || (s.line_buffered.get() && b.contains(&b'\n'))
    };
    if must_flush || ts.interp.unbuffered.get() {
        flush_stream(ts, s)?;
    }
    Ok(())
}

/// print()'s fast path: write text straight into a native stream.
pub fn fast_write(ts: &mut ThreadState, file: &Value, text: &str) -> PyResult<bool> {
    match stream_of(file) {
        Some(s) if s.writable && !s.binary => {
            write_bytes(ts, s, text.as_bytes())?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn s_write(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("write", &args, 2, 2)?;
    let s = me(&args)?;
    if !s.writable {
        return Err(PyErr::new(&types().os_error, "not writable"));
    }
    if s.binary {
        let b = crate::objects::bytes::bytes_data(ts, &args.pos[1])?;
        write_bytes(ts, s, &b)?;
        return Ok(Value::Int(b.len() as i64));
    }
    let text = as_str(&args.pos[1])
        .ok_or_else(|| type_error(format!("write() argument must be str, not {}", type_name(&args.pos[1]))))?;
    let n = text.char_len();
    let t = text.as_str().to_string();
    write_bytes(ts, s, t.as_bytes())?;
    Ok(Value::Int(n as i64))
}

fn s_flush(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = me(&args)?;
    flush_stream(ts, s)?;
    Ok(Value::None)
}

/// Read more input into the buffer; false at end of file.
fn fill(ts: &mut ThreadState, s: &StdStream) -> PyResult<bool> {
    if s.eof.get() {
        return Ok(false);
    }
    let fd = s.fd;
    loop {
        let r = ts.allow_threads(gil::BlockReason::Input, move || {
            let mut buf = vec![0u8; 65536];
            // SAFETY: `buf` is valid for writes of its length.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
            if n < 0 {
                Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
            } else {
                buf.truncate(n as usize);
                Ok(buf)
            }
        });
        match r {
            Ok(b) if b.is_empty() => {
                s.eof.set(true);
                return Ok(false);
            }
            Ok(b) => {
                s.inbuf.borrow_mut().extend_from_slice(&b);
                return Ok(true);
            }
            Err(e) if e == libc::EINTR => {
                ts.check_signals()?;
                continue;
            }
            Err(e) => return Err(os_error(e, None)),
        }
    }
}

fn to_value(s: &StdStream, b: Vec<u8>) -> Value {
    if s.binary {
        new_bytes(b)
    } else {
        new_str(String::from_utf8_lossy(&b).into_owned())
    }
}

fn s_readline(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = me(&args)?;
    loop {
        let pos = s.inbuf.borrow().iter().position(|&c| c == b'\n');
        if let Some(i) = pos {
            let line: Vec<u8> = s.inbuf.borrow_mut().drain(..=i).collect();
            return Ok(to_value(s, line));
        }
        if !fill(ts, s)? {
            let rest = std::mem::take(&mut *s.inbuf.borrow_mut());
            return Ok(to_value(s, rest));
        }
    }
}

fn s_read(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("read", &args, 1, 2)?;
    let s = me(&args)?;
    let n = match args.pos.get(1) {
        Some(v) if !v.is_none() => index_value(ts, v)?,
        _ => -1,
    };
    if n < 0 {
        while fill(ts, s)? {}
        let all = std::mem::take(&mut *s.inbuf.borrow_mut());
        return Ok(to_value(s, all));
    }
    while (s.inbuf.borrow().len() as i64) < n && fill(ts, s)? {}
    let k = (n as usize).min(s.inbuf.borrow().len());
    let part: Vec<u8> = s.inbuf.borrow_mut().drain(..k).collect();
    Ok(to_value(s, part))
}

fn s_readlines(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let l = s_readline(ts, Args::new(&args.pos[..1]))?;
        if len(ts, &l)? == 0 {
            break;
        }
        lines.push(l);
    }
    Ok(new_list(lines))
}

fn s_next(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let l = s_readline(ts, args)?;
    if len(ts, &l)? == 0 {
        return Err(stop_iteration(Value::None));
    }
    Ok(l)
}

fn s_iter(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn s_fileno(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(me(&args)?.fd as i64))
}

fn s_isatty(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    // SAFETY: isatty only inspects the descriptor number.
    Ok(Value::Bool(unsafe { libc::isatty(me(&args)?.fd) } == 1))
}

fn s_true(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn s_false(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn s_readable(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(!me(&args)?.writable))
}

fn s_writable(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(me(&args)?.writable))
}

fn s_close(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = me(&args)?;
    flush_stream(ts, s)?;
    s.closed.set(true);
    Ok(Value::None)
}

fn s_closed(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(me(&args)?.closed.get()))
}

fn s_name(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_str(me(&args)?.name))
}

fn s_mode(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = me(&args)?;
    Ok(new_str(match (s.writable, s.binary) {
        (true, false) => "w",
        (false, false) => "r",
        (true, true) => "wb",
        (false, true) => "rb",
    }))
}

fn s_encoding(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

fn s_errors(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(new_str("strict"))
}

fn s_line_buffering(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(me(&args)?.line_buffered.get()))
}

fn s_buffer(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = me(&args)?;
    Ok(s.buffer.borrow().clone())
}

fn s_writelines(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    for l in crate::vm::iterops::collect(ts, &args.pos[1])? {
        s_write(ts, Args::new(&[args.pos[0].clone(), l]))?;
    }
    Ok(Value::None)
}

fn s_reconfigure(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = me(&args)?;
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        if as_str(k).is_some_and(|k| k.as_str() == "line_buffering") {
            s.line_buffered.set(truthy(ts, v)?);
        }
    }
    Ok(Value::None)
}

fn s_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = me(&args)?;
    let mode = if s.writable { "w" } else { "r" };
    Ok(new_str(format!("<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>", s.name, mode)))
}

fn s_enter(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn s_exit(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    s_close(ts, Args::new(&args.pos[..1]))?;
    Ok(Value::None)
}

fn make(fd: i32, name: &'static str, writable: bool, binary: bool) -> Value {
    // SAFETY: isatty only inspects the descriptor number.
    let tty = unsafe { libc::isatty(fd) } == 1;
    let s = StdStream {
        fd,
        name,
        writable,
        binary,
        line_buffered: Cell::new(tty || fd == 2),
        out: RefCell::new(Vec::new()),
        inbuf: RefCell::new(Vec::new()),
        eof: Cell::new(false),
        closed: Cell::new(false),
        buffer: RefCell::new(Value::None),
    };
    Value::Obj(PyObject::new(stream_type(), Payload::Native(Box::new(s))))
}

/// Create (stdin, stdout, stderr).
pub fn create_streams() -> (Value, Value, Value) {
    let t = crate::vm::types::new_native_type("TextIOWrapper", "_io", None);
    TypeBuilder::new(&t, "TextIOWrapper")
        .method("write", s_write)
        .method("flush", s_flush)
        .method("readline", s_readline)
        .method("read", s_read)
        .method("readlines", s_readlines)
        .method("__next__", s_next)
        .method("__iter__", s_iter)
        .method("fileno", s_fileno)
        .method("isatty", s_isatty)
        .method("readable", s_readable)
        .method("writable", s_writable)
        .method("seekable", s_false)
        .method("close", s_close)
        .method("writelines", s_writelines)
        .method("reconfigure", s_reconfigure)
        .method("__repr__", s_repr)
        .method("__enter__", s_enter)
        .method("__exit__", s_exit)
        .getter("closed", s_closed)
        .getter("name", s_name)
        .getter("mode", s_mode)
        .getter("encoding", s_encoding)
        .getter("errors", s_errors)
        .getter("line_buffering", s_line_buffering)
        .getter("buffer", s_buffer)
        .getter("__stdio__", s_true);
    STREAM_TYPE.set(t);
    let mk = |fd, name, w| {
        let text = make(fd, name, w, false);
        let bin = make(fd, name, w, true);
        if let Some(s) = stream_of(&text) {
            *s.buffer.borrow_mut() = bin;
        }
        text
    };
    (mk(0, "<stdin>", false), mk(1, "<stdout>", true), mk(2, "<stderr>", true))
}

/// Flush a stream if it is one of ours (interpreter exit, fork).
pub fn flush_value(ts: &mut ThreadState, v: &Value) {
    if let Some(s) = stream_of(v) {
        let _ = flush_stream(ts, s);
        if let Some(b) = stream_of(&s.buffer.borrow().clone()) {
            let _ = flush_stream(ts, b);
        }
    } else if !v.is_none() {
        let _ = crate::vm::call::call_method0(ts, v, "flush");
    }
}
