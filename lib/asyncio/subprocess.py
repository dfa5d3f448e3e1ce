"""asyncio subprocesses: not supported by pygil (the functions raise
NotImplementedError); use the subprocess module in a thread
(asyncio.to_thread) instead."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

import subprocess

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class Process:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("asyncio subprocesses are not supported by pygil")


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=None, **kwds):
    raise NotImplementedError("asyncio.create_subprocess_shell is not supported by pygil")


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=None, **kwds):
    raise NotImplementedError("asyncio.create_subprocess_exec is not supported by pygil")
