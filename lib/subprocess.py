"""pygil's subprocess module: start programs and talk to them.

A pure-Python implementation written for pygil, following the documented
behaviour of CPython 3.11's subprocess module on POSIX systems: run(),
call(), check_call(), check_output(), getoutput(), getstatusoutput(), the
Popen class, CompletedProcess and the exceptions SubprocessError,
CalledProcessError and TimeoutExpired.

Starting a child is done by the native _pygil_spawn.spawn(), which forks
and execs in one step (nothing but async-signal-safe system calls run in
the child).  This module prepares everything it needs beforehand: the
argument vector, the list of paths to try (PATH lookup happens here), the
environment as b"KEY=VALUE" entries and the descriptors for 0/1/2.

Talking to more than one pipe at a time (communicate()) multiplexes the
pipes with the selectors module, so that a child filling one pipe never
blocks while we wait on another.

Not supported (they need Python code or system calls between fork and
exec that _pygil_spawn does not offer): preexec_fn, user, group,
extra_groups, umask and process_group raise NotImplementedError when
given a non-default value.  pipesize is accepted and ignored.

When os.environ is a plain dict (pygil's, which does not call putenv),
a child started without env= is given the contents of os.environ
explicitly, so that it sees changes made to os.environ as it would under
CPython.
"""

import errno
import io
import os
import signal
import sys
import threading
import time

try:
    import types as _types
    _GenericAlias = _types.GenericAlias
except (ImportError, AttributeError):      # pragma: no cover
    _GenericAlias = None

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call",
           "getstatusoutput", "getoutput", "check_output", "run",
           "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_mswindows = False

# Bytes written to a pipe in one go by communicate(); at most PIPE_BUF so
# that a write the selector reported as possible never blocks.
try:
    import select as _select
    _PIPE_BUF = getattr(_select, "PIPE_BUF", None)
except ImportError:                         # pragma: no cover
    _PIPE_BUF = None
if _PIPE_BUF is None:
    _PIPE_BUF = 4096 if sys.platform.startswith("linux") else 512

_READ_CHUNK = 65536

_time = time.monotonic


# ---------------------------------------------------------------------------
# Exceptions and results
# ---------------------------------------------------------------------------

class SubprocessError(Exception):
    """Base class of this module's own exceptions."""


def _describe_signal(num):
    """Text naming signal `num` the way CPython's messages do."""
    enum_cls = getattr(signal, "Signals", None)
    if enum_cls is not None:
        try:
            return repr(enum_cls(num))
        except ValueError:
            return "unknown signal %d" % num
    # No Signals enum: build the same text from the module's constants.
    # Among aliases of one number the enum keeps the alphabetically first
    # name (SIGABRT over SIGIOT, SIGCHLD over SIGCLD).
    names = []
    for name in dir(signal):
        if not name.startswith("SIG") or name.startswith("SIG_"):
            continue
        value = getattr(signal, name, None)
        if isinstance(value, int) and value == num:
            names.append(name)
    if names:
        names.sort()
        return "<Signals.%s: %d>" % (names[0], num)
    return "unknown signal %d" % num


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call(), check_output() or
    run(..., check=True) exits with a non-zero status.

    Attributes: returncode, cmd, output (alias stdout), stderr.
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            return "Command '%s' died with %s." % (self.cmd,
                                                  _describe_signal(-code))
        return "Command '%s' returned non-zero exit status %d." % (self.cmd,
                                                                  code)

    @property
    def stdout(self):
        """Alias for output."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when waiting for a child process takes longer than allowed.

    Attributes: cmd, timeout, output (alias stdout), stderr.
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd,
                                                           self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        fields = ["args=%r" % (self.args,),
                  "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            fields.append("stdout=%r" % (self.stdout,))
        if self.stderr is not None:
            fields.append("stderr=%r" % (self.stderr,))
        return "%s(%s)" % (type(self).__name__, ", ".join(fields))

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args,
                                     self.stdout, self.stderr)


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def _fspath(obj):
    """str/bytes of a path-like object; other objects pass unchanged."""
    if isinstance(obj, (str, bytes)):
        return obj
    method = getattr(type(obj), "__fspath__", None)
    if method is not None:
        return method(obj)
    return obj


def _is_pathlike(obj):
    return (not isinstance(obj, (str, bytes))
            and getattr(type(obj), "__fspath__", None) is not None)


def _fsencode(obj):
    obj = _fspath(obj)
    if isinstance(obj, bytes):
        return obj
    if isinstance(obj, str):
        encode = getattr(os, "fsencode", None)
        if encode is not None:
            return encode(obj)
        return obj.encode("utf-8", "surrogateescape")
    raise TypeError("expected str, bytes or os.PathLike object, not %s"
                    % type(obj).__name__)


def _fsdecode(obj):
    obj = _fspath(obj)
    if isinstance(obj, str):
        return obj
    if isinstance(obj, bytes):
        decode = getattr(os, "fsdecode", None)
        if decode is not None:
            return decode(obj)
        return obj.decode("utf-8", "surrogateescape")
    raise TypeError("expected str, bytes or os.PathLike object, not %s"
                    % type(obj).__name__)


def _exec_path(env):
    """The directories a bare program name is looked up in."""
    if env is None:
        env = os.environ
    path = None
    try:
        path = env.get("PATH")
    except (AttributeError, TypeError):
        path = None
    if path is None:
        try:
            path = env.get(b"PATH")
        except (AttributeError, TypeError):
            path = None
    if path is None:
        path = os.defpath
    path = _fsdecode(path)
    return path.split(os.pathsep)


def _environment_entries(env):
    """env mapping -> list of b"KEY=VALUE" for the child."""
    entries = []
    for key, value in env.items():
        key = _fsencode(key)
        value = _fsencode(value)
        if b"=" in key:
            raise ValueError("illegal environment variable name")
        if b"\0" in key or b"\0" in value:
            raise ValueError("embedded null byte")
        entries.append(key + b"=" + value)
    return entries


def _status_to_returncode(status):
    convert = getattr(os, "waitstatus_to_exitcode", None)
    if convert is not None:
        return convert(status)
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def _text_newlines(data, encoding, errors):
    text = data.decode(encoding, errors)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _close_quietly(fd):
    try:
        os.close(fd)
    except OSError:
        pass


class _PlainTextPipe:
    """Minimal text layer over a pipe, used when io.TextIOWrapper cannot
    handle the requested encoding incrementally (pygil's io decodes only
    UTF-8, ASCII and Latin-1 that way).  write() encodes and passes the
    bytes straight on; read() decodes everything up to end of file."""

    def __init__(self, buffer, encoding, errors, write_through=False):
        self.buffer = buffer
        self.encoding = encoding
        self.errors = "strict" if errors is None else errors
        self._write_through = write_through
        self._lines = None

    @property
    def closed(self):
        return self.buffer.closed

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        self.buffer.write(s.encode(self.encoding, self.errors))
        if self._write_through or "\n" in s:
            self.buffer.flush()
        return len(s)

    def flush(self):
        self.buffer.flush()

    def read(self, size=-1):
        if self._lines is not None:
            text = "".join(self._lines)
            self._lines = None
        else:
            text = _text_newlines(self.buffer.read(), self.encoding,
                                  self.errors)
        if size is None or size < 0:
            return text
        self._lines = [text[size:]]
        return text[:size]

    def readline(self, size=-1):
        if self._lines is None:
            self._lines = self.read().splitlines(True)
        if not self._lines:
            return ""
        return self._lines.pop(0)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _text_layer(buffer, encoding, errors, write_through=False,
                line_buffering=False):
    try:
        return io.TextIOWrapper(buffer, encoding=encoding, errors=errors,
                                write_through=write_through,
                                line_buffering=line_buffering)
    except NotImplementedError:
        return _PlainTextPipe(buffer, encoding, errors,
                              write_through or line_buffering)


# Processes whose Popen object went away while they were still running;
# reaped the next time a Popen is created.
_active = []


def _cleanup():
    if _active is None:
        return
    for proc in list(_active):
        if proc._internal_poll(_deadstate=sys.maxsize) is not None:
            try:
                _active.remove(proc)
            except ValueError:
                pass


# ---------------------------------------------------------------------------
# Popen
# ---------------------------------------------------------------------------

def _warn(message, category):
    try:
        import warnings
        warnings.warn(message, category, stacklevel=3)
    except ImportError:                     # pragma: no cover
        pass


class Popen:
    """Run a program in a new process.

    Popen(args, bufsize=-1, executable=None, stdin=None, stdout=None,
          stderr=None, preexec_fn=None, close_fds=True, shell=False,
          cwd=None, env=None, universal_newlines=None, startupinfo=None,
          creationflags=0, restore_signals=True, start_new_session=False,
          pass_fds=(), *, encoding=None, errors=None, text=None, ...)
    """

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1,
                 pipesize=-1, process_group=None):
        _cleanup()
        self._waitpid_lock = threading.Lock()
        self._input = None
        self._input_offset = 0
        self._chunks = None
        self._communication_started = False
        self._devnull = None

        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows "
                             "platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows "
                             "platforms")
        if preexec_fn is not None:
            raise NotImplementedError("pygil's subprocess does not support "
                                      "preexec_fn")
        for name, value in (("user", user), ("group", group),
                            ("extra_groups", extra_groups)):
            if value is not None:
                raise NotImplementedError("pygil's subprocess does not "
                                          "support %s" % name)
        if umask is not None and umask >= 0:
            raise NotImplementedError("pygil's subprocess does not "
                                      "support umask")
        if process_group is not None and process_group >= 0:
            raise NotImplementedError("pygil's subprocess does not "
                                      "support process_group")
        if pass_fds and not close_fds:
            _warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError("Cannot disambiguate when both text "
                                  "and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        self.text_mode = encoding or errors or text or universal_newlines

        line_buffering = False
        if bufsize == 1:
            if self.text_mode:
                line_buffering = True
            else:
                _warn("line buffering (buffering=1) isn't supported in "
                      "binary mode, the default buffer size will be used",
                      RuntimeWarning)
            bufsize = -1

        # created: descriptors this call opened for the child's side,
        # closed in the parent once the child has started.
        created = []
        parent_fds = []
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = \
            self._get_handles(stdin, stdout, stderr, created, parent_fds)
        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, "wb", bufsize)
                if self.text_mode:
                    self.stdin = _text_layer(self.stdin, encoding, errors,
                                             write_through=True,
                                             line_buffering=line_buffering)
            if c2pread != -1:
                self.stdout = io.open(c2pread, "rb", bufsize)
                if self.text_mode:
                    self.stdout = _text_layer(self.stdout, encoding, errors)
            if errread != -1:
                self.stderr = io.open(errread, "rb", bufsize)
                if self.text_mode:
                    self.stderr = _text_layer(self.stderr, encoding, errors)

            self._execute_child(args, executable, close_fds, pass_fds, cwd,
                                env, shell, start_new_session,
                                p2cread, c2pwrite, errwrite)
        except BaseException:
            owned = set()
            for f in (self.stdin, self.stdout, self.stderr):
                if f is None:
                    continue
                try:
                    owned.add(f.fileno())
                except (OSError, ValueError):
                    pass
                try:
                    f.close()
                except OSError:
                    pass
            for fd in parent_fds:
                if fd not in owned:
                    _close_quietly(fd)
            raise
        finally:
            for fd in created:
                _close_quietly(fd)
            self._devnull = None

    # -- setting up ----------------------------------------------------
    def _devnull_fd(self, created):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
            created.append(self._devnull)
        return self._devnull

    def _stream_fds(self, spec, child_reads, created, parent_fds):
        """(parent end, child end) of one standard stream given as PIPE,
        DEVNULL, a descriptor or a file object; -1 where there is none."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            read_end, write_end = os.pipe()
            child, parent = ((read_end, write_end) if child_reads
                             else (write_end, read_end))
            created.append(child)
            parent_fds.append(parent)
            return parent, child
        if spec == DEVNULL:
            return -1, self._devnull_fd(created)
        if isinstance(spec, int):
            return -1, spec
        return -1, spec.fileno()

    def _get_handles(self, stdin, stdout, stderr, created, parent_fds):
        """Descriptors (p2cread, p2cwrite, c2pread, c2pwrite, errread,
        errwrite); -1 where nothing is to be done."""
        try:
            p2cwrite, p2cread = self._stream_fds(stdin, True, created,
                                                 parent_fds)
            c2pread, c2pwrite = self._stream_fds(stdout, False, created,
                                                 parent_fds)
            if stderr == STDOUT:
                errread = -1
                errwrite = (c2pwrite if c2pwrite != -1
                            else sys.__stdout__.fileno())
            else:
                errread, errwrite = self._stream_fds(stderr, False, created,
                                                     parent_fds)
        except BaseException:
            for fd in created + parent_fds:
                _close_quietly(fd)
            del created[:]
            del parent_fds[:]
            raise
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _execute_child(self, args, executable, close_fds, pass_fds, cwd,
                       env, shell, start_new_session,
                       p2cread, c2pwrite, errwrite):
        try:
            from _pygil_spawn import spawn
        except ImportError:
            raise OSError(errno.ENOSYS, "subprocess needs pygil's "
                          "_pygil_spawn module") from None

        if isinstance(args, (str, bytes)):
            args = [args]
        elif _is_pathlike(args):
            if shell:
                raise TypeError("path-like args is not allowed when "
                                "shell is true")
            args = [args]
        else:
            args = list(args)

        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        shown_executable = executable
        args = [_fspath(a) for a in args]

        executable = _fspath(executable)
        if isinstance(executable, bytes):
            if os.path.dirname(executable):
                candidates = [executable]
            else:
                candidates = [os.path.join(_fsencode(d), executable)
                              for d in _exec_path(env)]
        elif isinstance(executable, str):
            if os.path.dirname(executable):
                candidates = [executable]
            else:
                candidates = [os.path.join(d, executable)
                              for d in _exec_path(env)]
        else:
            raise TypeError("expected str, bytes or os.PathLike object, "
                            "not %s" % type(executable).__name__)

        if env is not None:
            env_entries = _environment_entries(env)
        elif type(os.environ) is dict:
            # This os.environ is a plain dict that does not pass changes on
            # to the process environment (no putenv), so hand it over
            # explicitly: the child sees what os.environ says, as it would
            # under CPython.
            env_entries = _environment_entries(os.environ)
        else:
            env_entries = None
        if cwd is not None:
            cwd = _fspath(cwd)

        keep = sorted(set(int(fd) for fd in pass_fds)) if pass_fds else ()

        # The child installs stdin, stdout, stderr in that order: a source
        # descriptor that an earlier step overwrites is moved out of the
        # way first.
        moved = []
        try:
            if c2pwrite == 0 and p2cread not in (-1, 0):
                c2pwrite = os.dup(c2pwrite)
                moved.append(c2pwrite)
            if errwrite in (0, 1):
                clobbered = ((errwrite == 0 and p2cread not in (-1, 0)) or
                             (errwrite == 1 and c2pwrite not in (-1, 1)))
                if clobbered:
                    errwrite = os.dup(errwrite)
                    moved.append(errwrite)

            try:
                pid = spawn(args, candidates, env_entries, cwd,
                            p2cread, c2pwrite, errwrite, bool(close_fds),
                            tuple(keep), bool(start_new_session))
            except OSError as exc:
                raise self._exec_error(exc, cwd, shown_executable,
                                       args[0]) from None
        finally:
            for fd in moved:
                _close_quietly(fd)
        self.pid = pid
        self._child_created = True

    @staticmethod
    def _exec_error(exc, cwd, shown_executable, argv0):
        """Give an exec failure the file name CPython reports: the working
        directory when changing to it failed, else the executable."""
        name = shown_executable
        if cwd is not None and exc.errno in (errno.ENOENT, errno.ENOTDIR):
            try:
                isdir = os.path.isdir(cwd)
            except (OSError, ValueError, TypeError):
                isdir = False
            if not isdir:
                name = cwd
        name = _fspath(name)
        if name == exc.filename or exc.errno is None:
            return exc
        new = type(exc)(exc.errno, exc.strerror, name)
        return new

    # -- attributes ----------------------------------------------------
    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)

    def __repr__(self):
        text = "<%s: returncode: %s args: %r>" % (type(self).__name__,
                                                 self.returncode, self.args)
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    # -- context manager -----------------------------------------------
    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout is not None:
            self.stdout.close()
        if self.stderr is not None:
            self.stderr.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            if exc_type is not None and issubclass(exc_type,
                                                   KeyboardInterrupt):
                # Give the child a moment to react to the interrupt too,
                # but do not hang on it.
                try:
                    self.wait(timeout=0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def __del__(self):
        if not self._child_created:
            return
        if self.returncode is None:
            self._internal_poll(_deadstate=sys.maxsize)
        if self.returncode is None and _active is not None:
            _active.append(self)

    # -- waiting -------------------------------------------------------
    def _record_status(self, status):
        self.returncode = _status_to_returncode(status)

    def _waitpid(self, options):
        while True:
            try:
                return os.waitpid(self.pid, options)
            except InterruptedError:
                continue
            except ChildProcessError:
                # Already reaped elsewhere (or SIGCHLD is ignored): the
                # exit status is lost.
                return self.pid, 0

    def _internal_poll(self, _deadstate=None):
        if self.returncode is None:
            if not self._waitpid_lock.acquire(False):
                # Another thread is waiting for the process.
                return None
            try:
                if self.returncode is not None:
                    return self.returncode
                try:
                    pid, status = os.waitpid(self.pid, os.WNOHANG)
                except OSError as exc:
                    if _deadstate is not None:
                        self.returncode = _deadstate
                    elif exc.errno == errno.ECHILD:
                        self.returncode = 0
                else:
                    if pid == self.pid:
                        self._record_status(status)
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def poll(self):
        """Return the exit code if the process has ended, else None."""
        return self._internal_poll()

    def wait(self, timeout=None):
        """Wait for the process to end and return its exit code; raise
        TimeoutExpired after `timeout` seconds."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            while self.returncode is None:
                with self._waitpid_lock:
                    if self.returncode is not None:
                        break
                    pid, status = self._waitpid(0)
                    if pid == self.pid:
                        self._record_status(status)
            return self.returncode

        deadline = _time() + timeout
        pause = 0.0005
        while True:
            if self._waitpid_lock.acquire(False):
                try:
                    if self.returncode is not None:
                        break
                    pid, status = self._waitpid(os.WNOHANG)
                    if pid == self.pid:
                        self._record_status(status)
                        break
                finally:
                    self._waitpid_lock.release()
            left = deadline - _time()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.05)
        return self.returncode

    # -- signals -------------------------------------------------------
    def send_signal(self, sig):
        """Send signal `sig` to the process (nothing once it has ended)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Send SIGTERM."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Send SIGKILL."""
        self.send_signal(signal.SIGKILL)

    # -- communicating -------------------------------------------------
    def _stdin_write(self, data):
        if data:
            try:
                self.stdin.write(data)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def communicate(self, input=None, timeout=None):
        """Send `input` to stdin, read stdout and stderr until end of file
        and wait for the process.  Returns (stdout_data, stderr_data);
        an element is None when that stream is not a pipe."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting "
                             "communication")

        pipes = [f for f in (self.stdin, self.stdout, self.stderr)
                 if f is not None]
        if (timeout is None and not self._communication_started
                and len(pipes) <= 1):
            stdout = stderr = None
            if self.stdin is not None:
                self._stdin_write(input)
            elif self.stdout is not None:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr is not None:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr

        deadline = None if timeout is None else _time() + timeout
        try:
            stdout, stderr = self._communicate(input, deadline, timeout)
        finally:
            self._communication_started = True

        if deadline is None:
            self.wait()
        else:
            try:
                self.wait(timeout=max(deadline - _time(), 0))
            except TimeoutExpired:
                raise TimeoutExpired(self.args, timeout) from None
        return stdout, stderr

    def _timeout_error(self, timeout):
        out = err = None
        chunks = self._chunks
        if self.stdout is not None and chunks.get("out"):
            out = b"".join(chunks["out"])
        if self.stderr is not None and chunks.get("err"):
            err = b"".join(chunks["err"])
        return TimeoutExpired(self.args, timeout, output=out, stderr=err)

    def _communicate(self, input, deadline, timeout):
        import selectors

        if self.stdin is not None and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            except ValueError:
                # Already closed by the caller.
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass

        if self._chunks is None:
            self._chunks = {"out": [], "err": []}
            self._encodings = {}
            for key, f in (("out", self.stdout), ("err", self.stderr)):
                if f is not None and self.text_mode:
                    self._encodings[key] = (f.encoding, f.errors)
        if self.stdin is not None and self._input is None:
            self._input_offset = 0
            data = input
            if data is not None:
                if self.text_mode:
                    data = data.encode(self.stdin.encoding,
                                       self.stdin.errors)
                elif isinstance(data, str):
                    raise TypeError("memoryview: a bytes-like object is "
                                    "required, not 'str'")
                elif not isinstance(data, bytes):
                    data = bytes(data)
            self._input = data

        selector_class = getattr(selectors, "PollSelector", None) or \
            selectors.DefaultSelector
        with selector_class() as selector:
            if (self.stdin is not None and not self.stdin.closed
                    and self._input):
                selector.register(self.stdin, selectors.EVENT_WRITE, None)
            for key, f in (("out", self.stdout), ("err", self.stderr)):
                if f is not None and not f.closed:
                    selector.register(f, selectors.EVENT_READ, key)

            while selector.get_map():
                left = None
                if deadline is not None:
                    left = deadline - _time()
                    if left < 0:
                        raise self._timeout_error(timeout)
                ready = selector.select(left)
                if not ready:
                    if deadline is not None and _time() >= deadline:
                        raise self._timeout_error(timeout)
                    continue
                for key, _events in ready:
                    if key.fileobj is self.stdin:
                        self._send_some(selector, key)
                    else:
                        self._receive_some(selector, key)

        results = []
        for key, f in (("out", self.stdout), ("err", self.stderr)):
            if f is None:
                results.append(None)
                continue
            data = b"".join(self._chunks[key])
            if self.text_mode:
                encoding, errors = self._encodings[key]
                data = _text_newlines(data, encoding, errors)
            results.append(data)
        return results[0], results[1]

    def _send_some(self, selector, key):
        data = self._input
        start = self._input_offset
        piece = data[start:start + _PIPE_BUF]
        try:
            self._input_offset += os.write(key.fd, piece)
        except BrokenPipeError:
            selector.unregister(key.fileobj)
            self._close_stream(key.fileobj)
            return
        if self._input_offset >= len(data):
            selector.unregister(key.fileobj)
            self._close_stream(key.fileobj)

    def _receive_some(self, selector, key):
        try:
            data = os.read(key.fd, _READ_CHUNK)
        except InterruptedError:
            return
        if not data:
            selector.unregister(key.fileobj)
            self._close_stream(key.fileobj)
            return
        self._chunks[key.data].append(data)

    @staticmethod
    def _close_stream(stream):
        try:
            stream.close()
        except BrokenPipeError:
            pass


# ---------------------------------------------------------------------------
# Convenience functions
# ---------------------------------------------------------------------------

def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it and return its exit code."""
    with Popen(*popenargs, **kwargs) as proc:
        try:
            return proc.wait(timeout=timeout)
        except BaseException:
            proc.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but raise CalledProcessError on a non-zero exit code."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; raise CalledProcessError on
    a non-zero exit code."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be "
                         "overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        # input=None means "no input", but the child still gets a pipe
        # that is closed at once rather than our stdin.
        textual = (kwargs.get("universal_newlines") or kwargs.get("text")
                   or kwargs.get("encoding") or kwargs.get("errors"))
        kwargs["input"] = "" if textual else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be "
                             "used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or \
                kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE

    with Popen(*popenargs, **kwargs) as proc:
        try:
            stdout, stderr = proc.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # The exception already holds whatever output arrived.
            proc.kill()
            proc.wait()
            raise
        except BaseException:
            proc.kill()
            raise
        code = proc.poll()
        if check and code:
            raise CalledProcessError(code, proc.args, output=stdout,
                                     stderr=stderr)
    return CompletedProcess(proc.args, code, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run `cmd` in a shell; return (exit code, output) with stderr merged
    into the output and one trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        code = 0
    except CalledProcessError as exc:
        data = exc.output
        code = exc.returncode
    if data.endswith("\n"):
        data = data[:-1]
    return code, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Output (stdout and stderr) of `cmd` run in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments into one command line the way the Microsoft C
    runtime splits them: arguments containing blanks (or empty ones) are
    quoted, double quotes are escaped with a backslash, and backslashes
    are doubled only where they come before a double quote."""
    parts = []
    for arg in seq:
        arg = _fsdecode(arg)
        quoted = not arg or " " in arg or "\t" in arg
        out = []
        slashes = 0
        for ch in arg:
            if ch == "\\":
                slashes += 1
                continue
            if ch == '"':
                out.append("\\" * (2 * slashes + 1))
            elif slashes:
                out.append("\\" * slashes)
            out.append(ch)
            slashes = 0
        if slashes:
            out.append("\\" * (2 * slashes if quoted else slashes))
        text = "".join(out)
        parts.append('"' + text + '"' if quoted else text)
    return " ".join(parts)
