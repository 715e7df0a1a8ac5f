"""A command run as a child process: its wall time and the peak memory of its tree.

Memory is the sum of the resident set sizes of the process and every descendant,
sampled with psutil every 100 ms; the peak of that sum is reported. A Prefect server the
bench started itself is not a descendant and is not counted.
"""

from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

INTERVAL = 0.1


@dataclass(frozen=True)
class Measured:
    command: list[str]
    seconds: float
    peak_rss: int
    returncode: int
    stdout: str
    stderr: str

    def check(self) -> "Measured":
        if self.returncode:
            tail = (self.stderr or self.stdout).strip().splitlines()[-5:]
            raise RuntimeError(f"{' '.join(self.command)} exited with {self.returncode}: " + " | ".join(tail))
        return self


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def run(command: list[str], env: dict[str, str], log_dir: Path, name: str) -> Measured:
    """Run `command` to the end; its output goes to `log_dir/name.{out,err}` and is returned."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / f"{name}.out", log_dir / f"{name}.err"
    peak = 0
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        proc = psutil.Process(child.pid)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                try:
                    peak = max(peak, tree_rss(proc))
                except psutil.NoSuchProcess:
                    return
                done.wait(INTERVAL)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        returncode = child.wait()
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
    return Measured(command, seconds, peak, returncode,
                    out_path.read_text(errors="replace"), err_path.read_text(errors="replace"))
