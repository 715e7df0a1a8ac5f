"""The release report: a static HTML site with charts, and every figure shown in its sentence.

`build(warehouse, out, release_id)` reads one release's Parquet parts and writes
`out/index.html` and `out/assets/`; see docs/cli.md (`tradefigures report`).
"""

from tradefigures.warehouse.report.site import Report, build

__all__ = ["Report", "build"]
