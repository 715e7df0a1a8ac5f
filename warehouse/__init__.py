"""Writing and reading releases: Parquet parts, manifests, and the DuckDB catalog.

Only this package writes files. ``staging`` holds a run's parts while it runs,
``publishing`` publishes them as an immutable release (``releases`` reads them), ``catalog`` keeps the DuckDB views
over every release, and ``query`` answers read-only SQL.
"""
