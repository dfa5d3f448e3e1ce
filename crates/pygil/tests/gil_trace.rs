//! `-X gil-trace=FILE`: a three-thread program (two spinners, one thread
//! that sleeps between bursts of work) traced to HTML and to JSON, and
//! the files checked for structure (not timing: which thread ran when is
//! the scheduler's business).

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

const PROGRAM: &str = r#"
import sys, threading, time
sys.setswitchinterval(0.001)

def spin():
    end = time.time() + 0.04
    while time.time() < end:
        pass

def naps():
    for _ in range(5):
        time.sleep(0.004)
        x = 0
        for i in range(20000):
            x += i

threads = [threading.Thread(target=spin), threading.Thread(target=spin),
           threading.Thread(target=naps, name="napper")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("ok")
"#;

const NAMES: [&str; 4] = ["MainThread", "Thread-1 (spin)", "Thread-2 (spin)", "napper"];

/// Runs PROGRAM with `-X gil-trace=<tmp>/<name>` and returns the file.
fn traced(name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("pygil-gil-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script: PathBuf = dir.join("three_threads.py");
    std::fs::write(&script, PROGRAM).unwrap();
    let out_file = dir.join(name);
    let out = Command::new(env!("CARGO_BIN_EXE_pygil"))
        .arg(format!("-Xgil-trace={}", out_file.display()))
        .arg(&script)
        .output()
        .expect("run pygil");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n");
    let text = std::fs::read_to_string(&out_file).expect("trace written");
    let _ = std::fs::remove_file(&out_file);
    text
}

/// `name="value"` in one tag's text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(&tag[i..i + tag[i..].find('"')?])
}

#[test]
fn html_has_one_track_per_python_thread() {
    let html = traced("trace.html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("three_threads.py</title>"));
    // Every container opened is closed (leaves are written `<x .../>`).
    for tag in ["svg", "g", "div", "title", "table", "tr", "td", "script", "style"] {
        let opened = html.matches(&format!("<{tag} ")).count() + html.matches(&format!("<{tag}>")).count();
        let closed = html.matches(&format!("</{tag}>")).count();
        assert_eq!(opened, closed, "<{tag}> opened {opened} times, closed {closed}");
    }
    // One track group per thread, in registration order, named as Python
    // names them.
    let tracks: Vec<(&str, &str)> = html
        .match_indices("<g class=\"track\"")
        .map(|(i, _)| {
            let open = &html[i..i + html[i..].find('>').unwrap()];
            let body_start = i + open.len() + 1;
            let body = &html[body_start..body_start + html[body_start..].find("</g>").unwrap()];
            (attr(open, "data-name").unwrap(), body)
        })
        .collect();
    let names: Vec<&str> = tracks.iter().map(|t| t.0).collect();
    assert_eq!(names, NAMES);
    for (name, body) in &tracks {
        // Everybody ran Python at some point.
        assert!(body.contains("class=\"hold"), "{name} never holds: {body}");
    }
    assert!(tracks[3].1.contains("class=\"blk blk-sleep"), "napper never sleeps");
    // (Thread.join waits on a lock, as in CPython.)
    assert!(tracks[0].1.contains("class=\"blk blk-lock"), "main never waits in join");
    // The statistics table names every thread too.
    for name in NAMES {
        assert!(html.contains(&format!("<tr><td>{name}</td>")), "{name} not in the table");
    }
    assert!(html.contains("<tfoot><tr><td>total</td>"));
}

// ----- a minimal JSON reader, enough for the trace ----------------------

#[derive(Debug)]
enum Json {
    /// true, false or null: the trace has none, the reader skips them.
    Literal,
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().find(|f| f.0 == key).map(|f| &f.1),
            _ => None,
        }
    }
    fn num(&self) -> Option<f64> {
        if let Json::Num(n) = self { Some(*n) } else { None }
    }
    fn str(&self) -> Option<&str> {
        if let Json::Str(s) = self { Some(s) } else { None }
    }
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn eat(&mut self, c: u8) {
        self.ws();
        assert_eq!(self.s.get(self.i), Some(&c), "expected '{}' at byte {}", c as char, self.i);
        self.i += 1;
    }
    fn value(&mut self) -> Json {
        self.ws();
        match self.s[self.i] {
            b'{' => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.s[self.i] == b'}' {
                    self.i += 1;
                    return Json::Obj(fields);
                }
                loop {
                    self.ws();
                    let Json::Str(k) = self.value() else { panic!("key at {}", self.i) };
                    self.eat(b':');
                    fields.push((k, self.value()));
                    self.ws();
                    self.i += 1;
                    match self.s[self.i - 1] {
                        b',' => continue,
                        b'}' => return Json::Obj(fields),
                        c => panic!("'{}' in object at {}", c as char, self.i),
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s[self.i] == b']' {
                    self.i += 1;
                    return Json::Arr(items);
                }
                loop {
                    items.push(self.value());
                    self.ws();
                    self.i += 1;
                    match self.s[self.i - 1] {
                        b',' => continue,
                        b']' => return Json::Arr(items),
                        c => panic!("'{}' in array at {}", c as char, self.i),
                    }
                }
            }
            b'"' => {
                self.i += 1;
                let mut out = String::new();
                loop {
                    let c = self.s[self.i];
                    self.i += 1;
                    match c {
                        b'"' => return Json::Str(out),
                        b'\\' => {
                            let e = self.s[self.i];
                            self.i += 1;
                            match e {
                                b'u' => {
                                    let hex = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
                                    out.push(char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap());
                                    self.i += 4;
                                }
                                b'n' => out.push('\n'),
                                b't' => out.push('\t'),
                                c => out.push(c as char),
                            }
                        }
                        c if c < 0x20 => panic!("raw control character in a string"),
                        _ => {
                            // Copy one UTF-8 sequence.
                            let start = self.i - 1;
                            while self.i < self.s.len() && (self.s[self.i] & 0xC0) == 0x80 {
                                self.i += 1;
                            }
                            out.push_str(std::str::from_utf8(&self.s[start..self.i]).unwrap());
                        }
                    }
                }
            }
            b't' | b'f' | b'n' => {
                for word in ["true", "false", "null"] {
                    if self.s[self.i..].starts_with(word.as_bytes()) {
                        self.i += word.len();
                        return Json::Literal;
                    }
                }
                panic!("bad literal at {}", self.i)
            }
            _ => {
                let start = self.i;
                while self.i < self.s.len() && b"+-.eE0123456789".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                let text = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                Json::Num(text.parse().unwrap_or_else(|_| panic!("bad number {text:?} at {start}")))
            }
        }
    }
}

fn parse(text: &str) -> Json {
    let mut r = Reader { s: text.as_bytes(), i: 0 };
    let v = r.value();
    r.ws();
    assert_eq!(r.i, text.len(), "trailing text after the JSON value");
    v
}

#[test]
fn json_is_a_well_formed_chrome_trace() {
    let json = parse(&traced("trace.json"));
    let Some(Json::Arr(events)) = json.get("traceEvents") else { panic!("no traceEvents array") };
    assert!(events.len() > 20, "{} events", events.len());
    let mut names: HashMap<u64, String> = HashMap::new();
    // Per thread: the last slice's (ts, end), the last instant's ts.
    let mut last_slice: HashMap<u64, (f64, f64)> = HashMap::new();
    let mut last_instant: HashMap<u64, f64> = HashMap::new();
    let mut holds: Vec<(f64, f64, u64)> = Vec::new();
    let mut slice_names: HashMap<u64, Vec<String>> = HashMap::new();
    const EPS: f64 = 1e-6;
    for e in events {
        let ph = e.get("ph").and_then(Json::str).expect("ph");
        assert!(e.get("pid").and_then(Json::num).is_some(), "pid: {e:?}");
        let tid = e.get("tid").and_then(Json::num).expect("tid") as u64;
        let name = e.get("name").and_then(Json::str).expect("name");
        match ph {
            "M" => {
                assert_eq!(name, "thread_name");
                let n = e.get("args").and_then(|a| a.get("name")).and_then(Json::str).expect("args.name");
                assert!(names.insert(tid, n.to_string()).is_none(), "two names for {tid}");
            }
            "X" => {
                let ts = e.get("ts").and_then(Json::num).expect("ts");
                let dur = e.get("dur").and_then(Json::num).expect("dur");
                assert!(ts >= 0.0 && dur >= 0.0, "{e:?}");
                assert!(names.contains_key(&tid), "slice before thread_name of {tid}");
                if let Some(&(prev_ts, prev_end)) = last_slice.get(&tid) {
                    assert!(ts >= prev_ts, "slices of {tid} go back in time: {e:?}");
                    assert!(ts + EPS >= prev_end, "slices of {tid} overlap: {e:?}");
                }
                last_slice.insert(tid, (ts, ts + dur));
                assert!(
                    name == "hold" || name == "wait" || name.starts_with("blocked: "),
                    "slice name {name}"
                );
                if name == "hold" {
                    holds.push((ts, ts + dur, tid));
                }
                slice_names.entry(tid).or_default().push(name.to_string());
            }
            "i" => {
                let ts = e.get("ts").and_then(Json::num).expect("ts");
                assert_eq!(e.get("s").and_then(Json::str), Some("t"));
                assert!(name == "forced drop" || name == "drop request", "instant {name}");
                assert!(e.get("args").and_then(|a| a.get("cause")).and_then(Json::str).is_some());
                if let Some(&prev) = last_instant.get(&tid) {
                    assert!(ts >= prev, "instants of {tid} go back in time: {e:?}");
                }
                last_instant.insert(tid, ts);
            }
            other => panic!("unexpected ph {other}"),
        }
    }
    let mut listed: Vec<&str> = names.values().map(String::as_str).collect();
    listed.sort();
    let mut want = NAMES.to_vec();
    want.sort();
    assert_eq!(listed, want);
    let by_name = |n: &str| *names.iter().find(|(_, v)| v.as_str() == n).unwrap().0;
    for n in NAMES {
        assert!(slice_names[&by_name(n)].iter().any(|s| s == "hold"), "{n} never holds");
    }
    assert!(slice_names[&by_name("napper")].iter().any(|s| s == "blocked: sleep"));
    // One holder at a time: the hold slices of all threads never overlap.
    holds.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap());
    for w in holds.windows(2) {
        assert!(w[1].0 + EPS >= w[0].1, "holds overlap: {:?} and {:?}", w[0], w[1]);
    }
}
