"""Starting a Process by os.fork() and waiting for it.

Two pipes connect parent and child:
  * the *sentinel*: the child holds the only write end, so the parent's
    read end reaches end of file when the child exits (Process.sentinel,
    connection.wait on processes, join with a timeout);
  * the *parent sentinel*: the parent holds the only write end, so the
    child's read end reaches end of file when the parent exits
    (parent_process().is_alive()).

A grandchild forked by the child would inherit the child's write end of
its sentinel and keep it open after the child exits, so each Popen closes
the running process's own sentinel write end in the processes it forks.

Reaping: poll() is waitpid(WNOHANG); wait() without a timeout is a
blocking waitpid; with a timeout it waits for the sentinel first.  One
lock per child makes concurrent joins from several threads safe (only one
of them reaps; the others see the recorded return code).
"""

import os
import signal
import threading
import time

from . import util
from .connection import wait as _wait_fds

__all__ = ['Popen']

# This process's own sentinel write end (set in a forked child).
_own_sentinel_w = None


class Popen:
    method = 'fork'

    def __init__(self, process_obj):
        util.flush_std_streams()
        self.returncode = None
        self._lock = threading.Lock()
        self._launch(process_obj)

    def _launch(self, process_obj):
        global _own_sentinel_w
        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            code = 1
            try:
                os.close(parent_r)
                os.close(parent_w)
                if _own_sentinel_w is not None:
                    os.close(_own_sentinel_w)
                _own_sentinel_w = child_w
                code = process_obj._bootstrap(parent_sentinel=child_r)
            finally:
                os._exit(code)
        os.close(child_w)
        os.close(child_r)
        self.sentinel = parent_r
        self._parent_w = parent_w
        self._generation = util.fork_generation()

    def poll(self, flag=os.WNOHANG):
        """The return code, or None while the child runs."""
        if self.returncode is None and self._lock.acquire(blocking=(flag == 0)):
            try:
                if self.returncode is None:
                    try:
                        pid, sts = os.waitpid(self.pid, flag)
                    except ChildProcessError:
                        # Reaped by someone else (os.wait() in user code):
                        # the code is lost; CPython also answers None.
                        return None
                    if pid == self.pid:
                        self.returncode = os.waitstatus_to_exitcode(sts)
                        self._close_parent_w()
            finally:
                self._lock.release()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is None:
                return self.poll(0)
            deadline = time.monotonic() + timeout
            if not _wait_fds([self.sentinel], timeout):
                return self.poll()
            # The sentinel is at end of file: the child is gone (or another
            # thread is reaping it right now).
            delay = 0.0005
            while self.poll() is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                time.sleep(min(delay, remaining))
                delay = min(delay * 2, 0.05)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        self._send_signal(signal.SIGTERM)

    def kill(self):
        self._send_signal(signal.SIGKILL)

    def _close_parent_w(self):
        # Only the child (now reaped) watched this pipe.
        if self._parent_w >= 0:
            try:
                os.close(self._parent_w)
            except OSError:
                pass
            self._parent_w = -1

    def close(self):
        self._close_parent_w()
        if self.sentinel >= 0:
            try:
                os.close(self.sentinel)
            except OSError:
                pass
            self.sentinel = -1

    def __del__(self):
        # (pygil does not call __del__ yet; Process.close() is the way to
        # release the descriptors.)  Only in the process that created the
        # pipes: a forked child's copy refers to descriptors it may reuse.
        if getattr(self, '_generation', None) == util.fork_generation():
            self.close()
