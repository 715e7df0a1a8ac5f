"""Single-core throughput of the extractor and of the peer, on already-parsed text.

Run as its own process (`python -m benchmarks.throughput CORPUS ...`, which bench.py
does): it pins itself to one CPU, and the parent starts it with BLAS and OpenMP limited
to one thread, so "one core" is what the numbers say. Only the `extract` calls (and the
peer's `nlp.pipe`) are timed; reading and parsing are not. Prints one JSON object.

MB are 10^6 bytes of the articles' UTF-8 text as the pipeline parsed it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from benchmarks import articles

# Set by the parent before this process starts; numpy reads them at import.
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                                     "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")}


def pin_to_one_cpu() -> int | None:
    """Restrict this process to one CPU it may run on; the CPU, or None where the
    platform cannot."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def time_extractor(texts: list[tuple]) -> tuple[float, int, int]:
    """Seconds spent in `extract` over the articles, and the figures and dates found."""
    from tradefigures.extract.extractor import RulesExtractor

    extractor = RulesExtractor()
    extractor.extract("A 25% tariff took effect on March 4, 2025.", None, "warm-up")
    seconds, figures, dates = 0.0, 0, 0
    for text, published, article_id, title in texts:
        started = time.perf_counter()
        rows = extractor.extract(text, published, article_id, title)
        seconds += time.perf_counter() - started
        figures += len(rows.figures)
        dates += len(rows.dates)
    return seconds, figures, dates


def rate(nbytes: int, count: int, seconds: float) -> dict:
    return {"articles": count, "mb": nbytes / 1e6, "seconds": seconds,
            "mb_per_s": nbytes / 1e6 / seconds if seconds else None,
            "articles_per_s": count / seconds if seconds else None}


def measure(corpus: Path, sample: int | None, peer_sample: int, repeats: int, peer: bool) -> dict:
    items = articles.items(corpus)
    chosen = articles.spread(items, sample)
    parsed = [(a.text, a.published_date, a.article_id, a.title) for a in articles.read(chosen)]
    nbytes = sum(len(t[0].encode()) for t in parsed)
    seconds, figures, dates = time_extractor(parsed)
    out = {
        "corpus_articles": len(items),
        "sampled": len(parsed) < len(items),
        "extractor": {**rate(nbytes, len(parsed), seconds), "figures": figures, "dates": dates},
    }
    if not peer:
        return out
    # The peer and the extractor on the same texts, the extractor repeated (it is cheap)
    # and the median kept; the peer once, as it is ten times slower.
    subset = articles.spread(parsed, peer_sample)
    sub_bytes = sum(len(t[0].encode()) for t in subset)
    ours = statistics.median(time_extractor(subset)[0] for _ in range(repeats))
    out["peer_sample"] = {"tradefigures": rate(sub_bytes, len(subset), ours), "repeats": repeats}
    from benchmarks.peer import PeerMissing, load

    try:
        model = load()
    except PeerMissing as exc:
        out["peer_sample"]["peer"] = {"error": str(exc)}
        return out
    model.entities(["Warm-up: a 25% tariff on $2 billion of goods from March 4."])
    started = time.perf_counter()
    found = model.entities([t[0] for t in subset])
    spent = time.perf_counter() - started
    out["peer_sample"]["peer"] = {**rate(sub_bytes, len(subset), spent), "name": model.name,
                                  "entities": dict(sorted(found.items()))}
    out["peer_sample"]["ratio"] = spent / ours if ours else None
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sample", type=int, default=None, help="articles for the extractor (default all)")
    parser.add_argument("--peer-sample", type=int, default=500, help="articles for the peer comparison")
    parser.add_argument("--repeats", type=int, default=3, help="extractor repeats on the peer sample")
    parser.add_argument("--no-peer", action="store_true")
    args = parser.parse_args(argv)
    cpu = pin_to_one_cpu()
    result = measure(args.corpus, args.sample, args.peer_sample, args.repeats, not args.no_peer)
    result["cpu"] = cpu
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
