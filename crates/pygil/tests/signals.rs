//! Ctrl-C (SIGINT) interrupts the main thread's blocking waits with
//! KeyboardInterrupt: join, Lock.acquire, Queue.get, time.sleep. The test
//! sends the signal only after the program says it is about to wait, so no
//! timing decides the result (a short pause lets it enter the wait).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const PROGRAM: &str = r#"
import queue, threading, time
def ready(what):
    print("ready", what, flush=True)
ev = threading.Event()
t = threading.Thread(target=ev.wait, daemon=True)
t.start()
for what, wait in [("join", t.join), ("acquire", None), ("get", queue.Queue().get), ("sleep", lambda: time.sleep(60))]:
    if wait is None:
        lock = threading.Lock()
        lock.acquire()
        wait = lock.acquire
    ready(what)
    try:
        wait()
    except KeyboardInterrupt:
        print("interrupted", what, flush=True)
print("done", flush=True)
"#;

#[test]
fn ctrl_c_interrupts_blocking_waits() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pygil"))
        .args(["-c", PROGRAM])
        .stdout(Stdio::piped())
        .spawn()
        .expect("start pygil");
    let pid = child.id() as i32;
    let out = child.stdout.take().unwrap();
    let mut lines = Vec::new();
    for line in BufReader::new(out).lines() {
        let line = line.unwrap();
        if line.starts_with("ready") {
            std::thread::sleep(std::time::Duration::from_millis(200));
            // SAFETY: sending a signal to our own child process.
            unsafe { libc::kill(pid, libc::SIGINT) };
        }
        lines.push(line);
        if lines.last().map(|l| l == "done").unwrap_or(false) {
            break;
        }
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "{:?}", lines);
    for what in ["join", "acquire", "get", "sleep"] {
        assert!(lines.contains(&format!("interrupted {}", what)), "{} not interrupted: {:?}", what, lines);
    }
}
