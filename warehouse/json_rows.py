"""Rows as JSON output, for `query --format json` and `extract`'s JSON lines.

Columns that hold JSON text in Parquet and SQL (cues, status_history) are nested as the
values they hold, not given as strings of JSON inside JSON.
"""

from __future__ import annotations

import json

from tradefigures.validate.vocabulary import JSON_COLUMNS


def nested(record: dict) -> dict:
    """`record` with its JSON-text columns decoded (in place)."""
    for name in JSON_COLUMNS:
        if isinstance(record.get(name), str):
            try:
                record[name] = json.loads(record[name])
            except ValueError:
                pass  # a column of that name that is not JSON (a user's own alias) stays text
    return record


def to_json(df) -> str:
    """A polars frame as a JSON array of objects, JSON-text columns nested."""
    return json.dumps([nested(r) for r in json.loads(df.write_json())], ensure_ascii=False, separators=(",", ":"))


def to_json_lines(df, **first) -> str:
    """A polars frame as JSON lines, the `first` fields leading each, JSON-text columns nested."""
    return "".join(json.dumps({**first, **nested(json.loads(line))}, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for line in df.write_ndjson().splitlines())
