"""The extractor alone on the annotated corpora, in MB per CPU-second.

    python -m benchmarks.cpu_speed [--runs 5] [--repeat 3]

Reads the articles of seeds, dev and dev2 once (the readers of benchmarks/quick_eval.py),
warms the extractor up on one sentence, then times `RulesExtractor().extract` over all
of them `--repeat` times per run with time.process_time (CPU time of this process), and
prints the median over `--runs` runs. Article text is counted as UTF-8 bytes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from benchmarks.quick_eval import CORPORA, SHARED


def articles() -> list:
    from tradefigures.extract.sources import files
    from tradefigures.extract.sources.model import Skipped
    from tradefigures.extract.sources.parse import parse

    out = []
    for name in CORPORA:
        for item in files.discover([str(SHARED / CORPORA[name][0])], lambda *a: None):
            raw = files.read_file(item)
            article = parse(raw, lambda *a: None) if not isinstance(raw, Skipped) else raw
            if not isinstance(article, Skipped):
                out.append(article)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile one run instead, by own time")
    args = parser.parse_args()
    from tradefigures.extract.extractor import RulesExtractor

    arts = articles()
    mb = sum(len(a.text.encode()) for a in arts) / 1e6
    extractor = RulesExtractor()
    extractor.extract("A 25% tariff took effect on March 4, 2025.", None, "warm-up")

    def once() -> None:
        for _ in range(args.repeat):
            for a in arts:
                extractor.extract(a.text, a.published_date, a.article_id, a.title)

    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile(time.process_time)
        prof.runcall(once)
        pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(40)
        return
    seconds = []
    for _ in range(args.runs):
        t = time.process_time()
        once()
        seconds.append(time.process_time() - t)
    med = statistics.median(seconds)
    print(f"{len(arts)} articles, {mb:.3f} MB x {args.repeat}; CPU s per run {', '.join(f'{s:.2f}' for s in seconds)}; "
          f"median {med:.2f} s: {mb * args.repeat / med:.3f} MB per CPU-second")


if __name__ == "__main__":
    main()
