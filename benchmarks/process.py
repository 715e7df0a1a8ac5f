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
    peak_pss: int = 0

    def check(self) -> "Measured":
        if self.returncode:
            tail = (self.stderr or self.stdout).strip().splitlines()[-5:]
            raise RuntimeError(f"{' '.join(self.command)} exited with {self.returncode}: " + " | ".join(tail))
        return self


def tree_memory(proc: psutil.Process) -> tuple[int, int]:
    """RSS and PSS summed over the process tree. Summed RSS counts the pages the worker
    processes share (the same libraries, mapped in each) once per process; PSS splits
    each shared page between its sharers, so the sum is what the tree occupies."""
    rss = pss = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            rss += p.memory_info().rss
            pss += getattr(p.memory_full_info(), "pss", 0)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return rss, pss


def run(command: list[str], env: dict[str, str], log_dir: Path, name: str) -> Measured:
    """Run `command` to the end; its output goes to `log_dir/name.{out,err}` and is returned."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / f"{name}.out", log_dir / f"{name}.err"
    peak = peak_pss = 0
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        proc = psutil.Process(child.pid)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, peak_pss
            while not done.is_set():
                try:
                    rss, pss = tree_memory(proc)
                    peak, peak_pss = max(peak, rss), max(peak_pss, pss)
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
                    out_path.read_text(errors="replace"), err_path.read_text(errors="replace"), peak_pss)
