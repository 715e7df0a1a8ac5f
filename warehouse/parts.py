"""Parquet parts named by the hash of their bytes.

The same rows and provenance always give the same bytes, hence the same name: a
release that shares rows with an earlier one shares its files.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from tradefigures.validate import tables

PREFIX = "tradefigures."


@dataclass(frozen=True, slots=True)
class Part:
    """One Parquet file of a table."""

    table: str
    name: str
    rows: int
    bytes: int
    sha256: str

    @property
    def path(self) -> str:
        """Path relative to a release folder."""
        return f"{self.table}/{self.name}"


def encode(table: str, df: pl.DataFrame, provenance: dict[str, str]) -> bytes:
    """The Parquet bytes of a table's rows: columns in the contract's order, zstd, and
    the provenance as key-value metadata."""
    columns = [name for name, _ in tables.columns(table)]
    arrow = df.select(columns).to_arrow()
    meta = {f"{PREFIX}{k}".encode(): str(v).encode() for k, v in sorted(provenance.items())}
    meta[f"{PREFIX}table".encode()] = table.encode()
    buf = io.BytesIO()
    pq.write_table(arrow.replace_schema_metadata(meta), buf, compression="zstd",
                   row_group_size=100_000, write_statistics=True)
    return buf.getvalue()


def write(folder: Path, table: str, df: pl.DataFrame, provenance: dict[str, str]) -> Part:
    """Write the rows as a part under folder/table/, unless that exact part is there."""
    data = encode(table, df, provenance)
    digest = hashlib.sha256(data).hexdigest()
    part = Part(table, f"part-{digest}.parquet", df.height, len(data), digest)
    target = folder / part.path
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    return part


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
