"""The warehouse's lock: one publisher at a time, and who holds it.

An advisory flock on <warehouse>/.lock. The kernel drops it when its holder dies, even
by SIGKILL, so a killed run never leaves the warehouse locked.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from tradefigures.warehouse import layout
from tradefigures.warehouse.errors import WarehouseBusy

WAIT_SECONDS = 600
POLL_SECONDS = 0.2


def holder(wh: Path) -> str | None:
    """Who holds the lock, as its holder wrote it (process, host, since when), or None."""
    try:
        info = json.loads((wh / layout.LOCK).read_text(encoding="utf-8") or "null")
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    return f"process {info.get('pid')} on {info.get('host')}, since {info.get('since')}"


@contextmanager
def locked(wh: Path, wait: float = WAIT_SECONDS, on_wait: Callable[[str], None] | None = None):
    """Hold the warehouse's lock; a second run waits for it up to `wait` seconds (telling
    `on_wait` once whom it waits for), then gives up with WarehouseBusy."""
    wh.mkdir(parents=True, exist_ok=True)
    fh = open(wh / layout.LOCK, "a+", encoding="utf-8")
    started = time.monotonic()
    told = False
    try:
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() - started >= wait:
                    raise WarehouseBusy(wh, wait, holder(wh)) from None
                if on_wait is not None and not told:
                    on_wait(f"Waiting for the warehouse lock, held by {holder(wh) or 'another run'}.")
                    told = True
                time.sleep(POLL_SECONDS)
        _stamp(fh)
        yield
    finally:
        fh.close()


def _stamp(fh) -> None:
    """Say who holds the lock, for the message a waiting run shows."""
    since = datetime.now(timezone.utc).isoformat(timespec="seconds")
    fh.seek(0)
    fh.truncate()
    fh.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": since}))
    fh.flush()
