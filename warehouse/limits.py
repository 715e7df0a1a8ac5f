"""How long and how much memory one query may take before it is stopped (the defaults
of `tradefigures query --time-limit/--memory-limit` and `Warehouse.sql`)."""

TIME_LIMIT = 60.0  # seconds
MEMORY_LIMIT = "2GB"  # DuckDB's working memory, and the answer's size
