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
from typing import Iterable

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


ROW_GROUP_ROWS = 100_000


def _metadata(table: str, provenance: dict[str, str]) -> dict[bytes, bytes]:
    meta = {f"{PREFIX}{k}".encode(): str(v).encode() for k, v in sorted(provenance.items())}
    meta[f"{PREFIX}table".encode()] = table.encode()
    return meta


def encode(table: str, df: pl.DataFrame, provenance: dict[str, str]) -> bytes:
    """The Parquet bytes of a table's rows: columns in the contract's order, zstd, and
    the provenance as key-value metadata."""
    columns = [name for name, _ in tables.columns(table)]
    arrow = df.select(columns).to_arrow()
    buf = io.BytesIO()
    pq.write_table(arrow.replace_schema_metadata(_metadata(table, provenance)), buf, compression="zstd",
                   row_group_size=ROW_GROUP_ROWS, write_statistics=True)
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


def write_slices(folder: Path, table: str, slices: Iterable[pl.DataFrame], provenance: dict[str, str]) -> Part:
    """Write rows that come slice by slice (at least one, all of one schema) as a part
    under folder/table/, each slice its own row groups, never all of them in memory.
    The same slices give the same bytes; one slice gives the bytes `write` would."""
    columns = [name for name, _ in tables.columns(table)]
    target_dir = folder / table
    target_dir.mkdir(parents=True, exist_ok=True)
    tmp = target_dir / f".slices.{os.getpid()}.tmp"
    meta = _metadata(table, provenance)
    writer = None
    rows = 0
    try:
        for df in slices:
            arrow = df.select(columns).to_arrow().replace_schema_metadata(meta)
            if writer is None:
                writer = pq.ParquetWriter(tmp, arrow.schema, compression="zstd", write_statistics=True)
            writer.write_table(arrow, row_group_size=ROW_GROUP_ROWS)
            rows += df.height
        writer.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        digest = sha256_file(tmp)
        part = Part(table, f"part-{digest}.parquet", rows, tmp.stat().st_size, digest)
        if (folder / part.path).exists():
            tmp.unlink()
        else:
            os.replace(tmp, folder / part.path)
        return part
    finally:
        tmp.unlink(missing_ok=True)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
