"""unittest.mock is not implemented in pygil yet."""

raise ImportError("unittest.mock is not implemented in pygil")
