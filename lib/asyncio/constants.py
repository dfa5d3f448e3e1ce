"""asyncio's constants."""

import enum

# After this many writes to a closed connection, log a warning.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# Seconds before retrying accept() when out of file descriptors.
ACCEPT_RETRY_DELAY = 1

DEBUG_STACK_DEPTH = 10

SSL_HANDSHAKE_TIMEOUT = 60.0
SSL_SHUTDOWN_TIMEOUT = 30.0

SENDFILE_FALLBACK_READBUFFER_SIZE = 1024 * 256

FLOW_CONTROL_HIGH_WATER_SSL_READ = 256  # KiB
FLOW_CONTROL_HIGH_WATER_SSL_WRITE = 512  # KiB


class _SendfileMode(enum.Enum):
    UNSUPPORTED = enum.auto()
    TRY_NATIVE = enum.auto()
    FALLBACK = enum.auto()
