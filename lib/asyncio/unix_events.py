"""The event loop and policy used on Unix."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The selector loop (signal handlers and subprocesses are not
    supported by pygil's asyncio)."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """One SelectorEventLoop per thread."""
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
