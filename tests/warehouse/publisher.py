"""A real publisher in its own process, for the tests that kill runs or race two.

    python publisher.py WAREHOUSE SOURCE --versions JSON [--go FILE] [--lock-wait S]
        stage, say "staged", publish
    python publisher.py WAREHOUSE --hold
        take the lock, say "locked", sleep

The test passes the run's code versions (`versions()` of the flow), so that this
process need not import Prefect. It prints "staged" once every batch is staged (then waits for --go FILE to exist, if
given), and "published <id>" or "no change" at the end; a busy warehouse exits 3 with
the library's message on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import publish_sources  # noqa: E402

from tradefigures.warehouse.errors import WarehouseBusy  # noqa: E402
from tradefigures.warehouse.lock import locked  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("warehouse", type=Path)
    ap.add_argument("source", nargs="?")
    ap.add_argument("--versions", type=json.loads)
    ap.add_argument("--go", type=Path)
    ap.add_argument("--lock-wait", type=float, default=600)
    ap.add_argument("--hold", action="store_true")
    args = ap.parse_args()
    if args.hold:
        with locked(args.warehouse):
            print("locked", flush=True)
            time.sleep(120)
        return 0

    def staged() -> None:
        print("staged", flush=True)
        while args.go and not args.go.exists():
            time.sleep(0.01)

    try:
        pub = publish_sources(args.warehouse, [args.source], run_versions=args.versions,
                              before_publish=staged, lock_wait=args.lock_wait)
    except WarehouseBusy as exc:
        print(exc, file=sys.stderr, flush=True)
        return 3
    print(f"published {pub.release_id}" if pub.changed else "no change", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
