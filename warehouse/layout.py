"""Where things live in a warehouse folder (see docs/contract.md)."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from tradefigures.warehouse.errors import NotAFolder

DEFAULT = "warehouse"
ENV = "TRADEFIGURES_WAREHOUSE"
CATALOG = "catalog.duckdb"
RELEASES = "releases"
STAGING = ".staging"
LOCK = ".lock"
MANIFEST = "datapackage.json"
# The people's decisions on figures and dates (docs/reviewing.md): beside the releases
# by default, or wherever --corrections or $TRADEFIGURES_CORRECTIONS names.
CORRECTIONS = "corrections.jsonl"
CORRECTIONS_ENV = "TRADEFIGURES_CORRECTIONS"
TMP_PREFIX = ".tmp-"
# A release's id is the UTC time it was made, to the microsecond: ids sort as releases do.
ID_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_RELEASE_ID = re.compile(r"\d{8}T\d{6}\.\d{6}Z")
# The temporary files tradefigures itself writes beside the catalog (DuckDB adds the
# .wal while the new catalog is written); nothing else there is ever swept.
_CATALOG_TMP = re.compile(rf"\.{re.escape(CATALOG)}\.\d+\.tmp(\.wal)?")
# Files an exported release holds beside its manifest and parts.
README = "README.md"
CHECKSUMS = "SHA256SUMS"
EXPORT_FILES = (README, CHECKSUMS)


def resolve(path: str | os.PathLike | None) -> Path:
    """The warehouse folder: the one given, else $TRADEFIGURES_WAREHOUSE, else ./warehouse.
    Raises NotAFolder when that path is a file."""
    wh = Path(path or os.environ.get(ENV) or DEFAULT).expanduser().resolve()
    if wh.exists() and not wh.is_dir():
        raise NotAFolder(wh)
    return wh


def is_release_id(name: str) -> bool:
    """Whether a folder name is a release id (a real UTC time, to the microsecond)."""
    if not _RELEASE_ID.fullmatch(name):
        return False
    try:
        datetime.strptime(name, ID_FORMAT)
    except ValueError:
        return False
    return True


def is_release_tmp(name: str) -> bool:
    """Whether a name in releases/ is a release being written (`.tmp-<release id>`)."""
    return name.startswith(TMP_PREFIX) and is_release_id(name[len(TMP_PREFIX):])


def catalog_tmp(wh: Path) -> Path:
    """Where this process writes a new catalog before swapping it in."""
    return wh / f".{CATALOG}.{os.getpid()}.tmp"


def is_catalog_tmp(name: str) -> bool:
    """Whether a file beside the catalog is one that `catalog_tmp` names (or its WAL)."""
    return _CATALOG_TMP.fullmatch(name) is not None


def corrections_path(wh: Path, given: str | os.PathLike | None = None) -> Path:
    """The corrections file: the one given, else $TRADEFIGURES_CORRECTIONS, else
    <warehouse>/corrections.jsonl."""
    named = given or os.environ.get(CORRECTIONS_ENV)
    return Path(named).expanduser().resolve() if named else wh / CORRECTIONS


def releases_dir(wh: Path) -> Path:
    return wh / RELEASES


def release_dir(wh: Path, release_id: str) -> Path:
    return wh / RELEASES / release_id


def catalog_path(wh: Path) -> Path:
    return wh / CATALOG


def staging_dir(wh: Path, run_id: str) -> Path:
    return wh / STAGING / run_id
