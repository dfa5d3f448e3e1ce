"""Stand-in for pygil's native _pygil_spawn, for running the tests under
CPython.  Same call signature; built on os.fork and os.execve.  The child
reports an exec (or chdir, or dup2) failure as a 4-byte errno through a
close-on-exec pipe, and the parent raises the matching OSError subclass
with filename = args[0], as the native module does."""

import os
import signal

MAX_FD = 1024


def spawn(args, executables, env=None, cwd=None, stdin=-1, stdout=-1,
          stderr=-1, close_fds=False, pass_fds=(), start_new_session=False):
    argv = [os.fsencode(a) for a in args]
    exes = [os.fsencode(e) for e in executables]
    for item in argv + exes + list(env or ()):
        if b"\0" in item:
            raise ValueError("embedded null byte")
    if not exes:
        raise ValueError("no executable given")
    envmap = None
    if env is not None:
        envmap = {}
        for entry in env:
            key, _, value = bytes(entry).partition(b"=")
            envmap[key] = value
    cwd_b = None if cwd is None else os.fsencode(cwd)
    keep = [int(fd) for fd in pass_fds]
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 255
        try:
            os.close(rfd)
            for sig in (signal.SIGINT, signal.SIGPIPE):
                signal.signal(sig, signal.SIG_DFL)
            if start_new_session:
                os.setsid()
            for src, dst in ((stdin, 0), (stdout, 1), (stderr, 2)):
                if src >= 0:
                    if src == dst:
                        os.set_inheritable(src, True)
                    else:
                        os.dup2(src, dst)
            for fd in keep:
                os.set_inheritable(fd, True)
            if close_fds:
                for fd in range(3, MAX_FD):
                    if fd != wfd and fd not in keep:
                        try:
                            os.close(fd)
                        except OSError:
                            pass
            if cwd_b is not None:
                os.chdir(cwd_b)
            last = 2
            for exe in exes:
                try:
                    if envmap is None:
                        os.execv(exe, argv)
                    else:
                        os.execve(exe, argv, envmap)
                except OSError as exc:
                    if exc.errno not in (2, 20):
                        last = exc.errno
                        break
            code = last
        except OSError as exc:
            code = exc.errno or 5
        except BaseException:
            code = 5
        finally:
            try:
                os.write(wfd, int(code).to_bytes(4, "little"))
            finally:
                os._exit(255)
    os.close(wfd)
    data = b""
    while len(data) < 4:
        piece = os.read(rfd, 4 - len(data))
        if not piece:
            break
        data += piece
    os.close(rfd)
    if len(data) == 4:
        err = int.from_bytes(data, "little")
        os.waitpid(pid, 0)
        raise OSError(err, os.strerror(err), os.fsdecode(argv[0]))
    return pid
