"""Making what was written survive a crash (fsync of a file, a folder, a tree), and
failing clearly when it cannot be written at all.

A rename is durable only once the folder holding it is synced, and a renamed folder's
files only once they are; SIGKILL alone would not need this, a power cut does.
"""

from __future__ import annotations

import errno
import os
from contextlib import contextmanager
from pathlib import Path

from tradefigures.warehouse.errors import PublishFailed
from tradefigures.warehouse.releases import list_ids


def fsync(path: Path) -> None:
    """Flush a file or a folder to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """Flush every file and folder under root, root included."""
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            fsync(Path(dirpath, name))
        fsync(Path(dirpath))


# Write failures that are the file system's state, not a bug: reported as PublishFailed.
_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO,
                 errno.ENOTDIR}


def is_write_error(exc: BaseException) -> bool:
    """Whether an error is the file system refusing a write (full, read-only, forbidden)."""
    return isinstance(exc, OSError) and exc.errno in _WRITE_ERRORS


@contextmanager
def failing_clearly(warehouse: Path, what: str = "to the warehouse"):
    """Turn a full disk or a read-only, forbidden folder into one PublishFailed line that
    names `what` could not be written ("this run's staged rows", ...)."""
    try:
        yield
    except OSError as exc:
        if exc.errno not in _WRITE_ERRORS:
            raise
        ids = list_ids(warehouse) if warehouse.is_dir() else []
        where = f" ({exc.filename})" if exc.filename else ""
        raise PublishFailed(warehouse, f"{exc.strerror or exc}{where}", ids[-1] if ids else None, what) from exc
