"""A folder's manifest.csv: metadata for its files, keyed by file name without extension."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

FIELDS = ("url", "title", "outlet", "published")


def read_manifest(folder: Path, warn) -> dict[str, dict[str, str]]:
    """Rows of `folder/manifest.csv` by `doc`. Problems are reported through `warn`
    (one line each) and the row or field is left out; a bad manifest never stops a run."""
    path = folder / "manifest.csv"
    if not path.is_file():
        return {}
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        warn(f'manifest "{path}": cannot be read ({exc.__class__.__name__}); its files get no metadata')
        return {}
    reader = csv.DictReader(io.StringIO(raw))
    if not reader.fieldnames or "doc" not in reader.fieldnames:
        warn(f'manifest "{path}": has no "doc" column; its files get no metadata')
        return {}
    out: dict[str, dict[str, str]] = {}
    for line, row in enumerate(reader, start=2):
        doc = (row.get("doc") or "").strip()
        if not doc:
            warn(f'manifest "{path}": line {line} has no doc; row ignored')
            continue
        if None in row:
            warn(f'manifest "{path}": line {line} has more fields than the header; extra fields ignored')
        meta = {k: (row.get(k) or "").strip() for k in FIELDS if (row.get(k) or "").strip()}
        if "published" in meta and not valid_date(meta["published"]):
            warn(f'manifest "{path}": line {line} has published "{meta["published"]}", '
                 "not a date (YYYY-MM-DD); published left empty")
            del meta["published"]
        out[doc] = meta
    return out


def valid_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10
