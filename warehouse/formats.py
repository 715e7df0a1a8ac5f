"""Answers as text, from plain rows (column names and tuples of Python values): CSV that
is safe to open in a spreadsheet, and JSON whose JSON-text columns are nested. One writer
for every command, whether its answer came from DuckDB directly or from a DataFrame.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal

from tradefigures.validate.vocabulary import JSON_COLUMNS

# Cells a spreadsheet would read as a formula (OWASP's list): =, +, -, @, tab, return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value) -> str:
    """A value as a CSV cell: lists (sectors) as items joined by ";"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S.%f%z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ";".join("" if v is None else str(v) for v in value)
    return str(value)


def csv_text(columns: list[str], rows, escape: bool = True) -> str:
    """CSV of an answer. With `escape`, a text cell that begins like a formula gets a
    leading "'", as OWASP advises, so a spreadsheet shows it as text. Numbers are left
    alone: a negative number is data, and a spreadsheet reads "-5" as the number it is."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    # Python's csv quotes what holds "\n" but not a lone "\r": such a row is quoted whole
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(columns)
    for row in rows:
        cells = []
        for value in row:
            cell = _text(value)
            if escape and isinstance(value, (str, list, tuple, dict)) and cell.startswith(FORMULA_STARTS):
                cell = "'" + cell
            cells.append(cell)
        (quoted if any("\r" in c for c in cells) else writer).writerow(cells)
    return out.getvalue()


def _json_value(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return value


def nested(record: dict) -> dict:
    """`record` with its JSON-text columns (cues, status_history) decoded, in place."""
    for name in JSON_COLUMNS:
        if isinstance(record.get(name), str):
            try:
                record[name] = json.loads(record[name])
            except ValueError:
                pass  # a column of that name that is not JSON (a user's own alias) stays text
    return record


def records(columns: list[str], rows) -> list[dict]:
    return [nested({c: _json_value(v) for c, v in zip(columns, row)}) for row in rows]


def json_text(columns: list[str], rows) -> str:
    """An answer as a JSON array of objects."""
    return json.dumps(records(columns, rows), ensure_ascii=False, separators=(",", ":"))


def json_lines(columns: list[str], rows, **first) -> str:
    """An answer as JSON lines, the `first` fields leading each."""
    return "".join(json.dumps({**first, **r}, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for r in records(columns, rows))
