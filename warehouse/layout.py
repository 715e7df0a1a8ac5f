"""Where things live in a warehouse folder (see docs/contract.md)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT = "warehouse"
ENV = "TRADEFIGURES_WAREHOUSE"
CATALOG = "catalog.duckdb"
RELEASES = "releases"
STAGING = ".staging"
LOCK = ".lock"
MANIFEST = "datapackage.json"
TMP_PREFIX = ".tmp-"
# Files an exported release holds beside its manifest and parts.
README = "README.md"
CHECKSUMS = "SHA256SUMS"
EXPORT_FILES = (README, CHECKSUMS)


def resolve(path: str | os.PathLike | None) -> Path:
    """The warehouse folder: the one given, else $TRADEFIGURES_WAREHOUSE, else ./warehouse."""
    return Path(path or os.environ.get(ENV) or DEFAULT).expanduser().resolve()


def releases_dir(wh: Path) -> Path:
    return wh / RELEASES


def release_dir(wh: Path, release_id: str) -> Path:
    return wh / RELEASES / release_id


def catalog_path(wh: Path) -> Path:
    return wh / CATALOG


def staging_dir(wh: Path, run_id: str) -> Path:
    return wh / STAGING / run_id
