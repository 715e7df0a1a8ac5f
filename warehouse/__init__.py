"""Writing and reading releases: Parquet parts, manifests, and the DuckDB catalog.

Only this package writes files. ``staging`` holds a run's parts while it runs,
``releases`` publishes them as an immutable release, ``catalog`` keeps the DuckDB views
over every release, and ``query`` answers read-only SQL.
"""
