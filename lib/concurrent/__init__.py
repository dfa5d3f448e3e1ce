# The `concurrent` namespace package; see concurrent.futures.
