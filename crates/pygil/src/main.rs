//! The `pygil` command, compatible with `python`'s command line:
//! `pygil script.py args`, `pygil -c CODE`, `pygil -m module`, `pygil -`,
//! `-u`, `-X name[=value]`, `-V`, `-h`, and a REPL with no arguments.

use pygil::{Config, Program};

const USAGE: &str = "usage: pygil [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : pygil-specific option:
         -X gil=cpython|io-priority   GIL switch policy (default io-priority)
         -X switchinterval=SECONDS    initial sys.getswitchinterval()
         -X gil-stats                 per-thread GIL statistics at exit (stderr)
         -X gil-trace=FILE.json|.html GIL event trace: Chrome trace JSON or HTML timeline
         -X sched=seed:N[,switch=P]   deterministic scheduler: seeded switches
         -X explore=RUNS[,seed=N][,switch=P]
                                      run under RUNS seeds, group the outcomes
-B -E -I -O -q -s -S : accepted for compatibility, no effect
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut cfg = Config { executable: std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default(), ..Default::default() };
    // PYTHONUNBUFFERED set to a non-empty string means -u, as in CPython.
    cfg.unbuffered = std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    let mut program: Option<Program> = None;
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" => {
                let Some(code) = args.get(i + 1) else { usage_error("Argument expected for the -c option") };
                program = Some(Program::Command(code.clone()));
                cfg.argv = std::iter::once("-c".to_string()).chain(args[i + 2..].iter().cloned()).collect();
                break;
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else { usage_error("Argument expected for the -m option") };
                program = Some(Program::Module(m.clone()));
                cfg.argv = std::iter::once(m.clone()).chain(args[i + 2..].iter().cloned()).collect();
                cfg.path0 = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
                break;
            }
            "-u" => cfg.unbuffered = true,
            "-X" => {
                let Some(opt) = args.get(i + 1) else { usage_error("Argument expected for the -X option") };
                cfg.xoptions.push(split_xopt(opt));
                i += 1;
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (pygil {})", env!("CARGO_PKG_VERSION"));
                return;
            }
            "-h" | "-?" | "--help" => {
                print!("{}", USAGE);
                return;
            }
            "-B" | "-E" | "-I" | "-O" | "-OO" | "-q" | "-s" | "-S" | "-b" | "-bb" | "-d" | "-v" => {}
            "-" => {
                program = Some(Program::Stdin);
                cfg.argv = std::iter::once("-".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                break;
            }
            s if s.starts_with("-X") => cfg.xoptions.push(split_xopt(&s[2..])),
            s if s.starts_with("-c") && s.len() > 2 => {
                program = Some(Program::Command(s[2..].to_string()));
                cfg.argv = std::iter::once("-c".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                break;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                usage_error(&format!("Unknown option: {}", s));
            }
            script => {
                program = Some(Program::Script(script.to_string()));
                cfg.argv = args[i..].to_vec();
                let dir = std::path::Path::new(script).parent().map(|p| p.display().to_string()).unwrap_or_default();
                cfg.path0 = std::fs::canonicalize(if dir.is_empty() { "." } else { &dir })
                    .map(|p| p.display().to_string())
                    .unwrap_or(dir);
                break;
            }
        }
        i += 1;
    }
    if let Some((_, v)) = cfg.xoptions.iter().find(|(k, _)| k == "explore") {
        std::process::exit(pygil::explore::run(&args, v));
    }
    let program = program.unwrap_or_else(|| {
        cfg.argv = vec![String::new()];
        // SAFETY: isatty only inspects the descriptor.
        if unsafe { libc::isatty(0) } == 1 {
            Program::Command(String::new())
        } else {
            Program::Stdin
        }
    });
    let interactive = matches!(&program, Program::Command(c) if c.is_empty()) && cfg.argv == vec![String::new()];
    // Python code runs on a thread with a large stack so deep native
    // recursion (repr of nested containers, __eq__ chains) reaches
    // RecursionError long before the stack runs out.
    let runner = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(1 << 30)
        .spawn(move || {
            let mut ts = pygil::create_interpreter(&cfg);
            if interactive {
                pygil::vm::repl::run(&mut ts)
            } else {
                pygil::run_main(&mut ts, program)
            }
        })
        .expect("cannot start the main Python thread");
    // This OS thread only waits: keep Ctrl-C for the Python main thread.
    pygil::modules::thread::block_sigint();
    let status = runner.join().unwrap_or(1);
    std::process::exit(status);
}

fn split_xopt(s: &str) -> (String, String) {
    match s.split_once('=') {
        Some((k, v)) => (k.to_string(), v.to_string()),
        None => (s.to_string(), String::new()),
    }
}

fn usage_error(msg: &str) -> ! {
    eprintln!("{}", msg);
    eprintln!("usage: pygil [option] ... [-c cmd | -m mod | file | -] [arg] ...");
    eprintln!("Try `pygil -h' for more information.");
    std::process::exit(2);
}
