"""Making what was written survive a crash: fsync of a file, a folder, a tree.

A rename is durable only once the folder holding it is synced, and a renamed folder's
files only once they are; SIGKILL alone would not need this, a power cut does.
"""

from __future__ import annotations

import os
from pathlib import Path


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
