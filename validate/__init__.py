"""Judging rows: the schema of every table, and the quarantine for what fails.

``tradefigures.validate.schemas`` holds one pandera model per table (the single source
of truth for columns); ``tradefigures.validate.quarantine`` splits a batch into valid
rows and quarantined ones, each with a reason.
"""

from functools import cache


@cache
def rules_version() -> str:
    """A hash of the validation rules' source: rows judged by other rules are judged again."""
    from tradefigures.extract.extractor import package_fingerprint

    return package_fingerprint("tradefigures.validate")
