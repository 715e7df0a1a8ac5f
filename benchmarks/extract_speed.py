"""`tradefigures extract` measured as a whole process: MB per CPU-second, and the fixed cost.

    python -m benchmarks.extract_speed [--corpus ../shared/corpus] [--out /tmp/tradefigures-10mb]

Builds about 10 MB of real article text from the annotated corpora (every file two of
their articles joined, a new pairing each round, so no two files are alike) outside the
repository, runs `tradefigures extract` on all of it as a child process, and divides the
bytes by the child's CPU time (`ru_utime + ru_stime`, from getrusage(RUSAGE_CHILDREN)),
start-up included. Then the cost of one sentence against `python -c "import polars"`:
the two in turn, the median of the ratios pair by pair (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

CORPORA = ("seeds", "dev", "dev2")
SENTENCE = b"Ottawa keeps its 25% counter-tariff on U.S. steel.\n"


def build(corpus: Path, out: Path, megabytes: float) -> list[Path]:
    """Files of two articles each under `out` until they hold `megabytes` MB."""
    texts = [p.read_bytes() for name in CORPORA for p in sorted((corpus / name).glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no articles (*.txt) under {corpus}/{{{','.join(CORPORA)}}}")
    out.mkdir(parents=True, exist_ok=True)
    paths, total, round_ = [], 0, 0
    while total < megabytes * 1e6:
        for i, first in enumerate(texts):
            data = first.rstrip(b"\n") + b"\n\n" + texts[(i + 1 + round_) % len(texts)]
            path = out / f"{len(paths):05d}.txt"
            path.write_bytes(data)
            paths.append(path)
            total += len(data)
            if total >= megabytes * 1e6:
                break
        round_ += 1
    return paths


def cpu_seconds(command: list[str], stdin: bytes | None = None) -> float:
    """The CPU time (user + system) of one finished child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--out", type=Path, default=Path("/tmp/tradefigures-10mb"))
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=7, help="pairs for the one-sentence ratio")
    args = parser.parse_args()
    tradefigures = [str(Path(sys.executable).with_name("tradefigures"))]

    paths = build(args.corpus, args.out, args.mb)
    size = sum(os.path.getsize(p) for p in paths) / 1e6
    cpu = cpu_seconds([*tradefigures, "extract", *map(str, paths)])
    print(f"{len(paths)} files, {size:.2f} MB, {cpu:.1f} CPU-s: {size / cpu:.3f} MB per CPU-second")

    ratios = []
    for _ in range(args.runs):
        one = cpu_seconds([*tradefigures, "extract", "-"], SENTENCE)
        floor = cpu_seconds([sys.executable, "-c", "import polars"])
        ratios.append(one / floor)
    print(f"one sentence / import polars, CPU time, median of {args.runs}: {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
