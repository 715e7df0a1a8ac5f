"""Which library runs the one-pass lexicon scan: pyahocorasick, ahocorasick-rs or Hyperscan.

Every lexicon phrase the extractor knows (`extract/cues.py`, as `Matcher.keys` holds
them: space-delimited lower-case words) is compiled by each library, and each scans the
same text as the extractor reads it (`matcher.reading`) for every overlapping hit. What
is reported, per library: compile seconds, scan MB per second (median of the repeats),
hits found (they must agree: a library that finds fewer is not doing the same job), and
the cost of turning its hits into the `(start, end, value)` tuples the extractor reads.

    python -m benchmarks.matchers [--repeats 5] [--mb 4]

The text is the annotated corpora beside the checkout when they exist, or the synthetic
corpus (`benchmarks/corpus.py`) when they do not, repeated to `--mb` megabytes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def sample_text(megabytes: float) -> str:
    texts: list[str] = []
    corpora = [SHARED / "corpus" / name for name in ("seeds", "dev", "dev2")]
    if all(folder.is_dir() for folder in corpora):
        from tradefigures.extract.sources import files
        from tradefigures.extract.sources.model import Skipped
        from tradefigures.extract.sources.parse import parse

        for folder in corpora:
            for item in files.discover([str(folder)], lambda _line: None):
                raw = files.read_file(item)
                article = parse(raw, lambda _line: None) if not isinstance(raw, Skipped) else raw
                if not isinstance(article, Skipped):
                    texts.append(article.text)
    else:
        from benchmarks import corpus

        texts = [corpus.article(0, i).data.decode("utf-8", "replace") for i in range(200)]
    one = "\n\n".join(texts)
    want = int(megabytes * 1_000_000)
    return (one * (want // len(one) + 1))[:want]


def _timed(fn, repeats: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def pyahocorasick_case(keys, read):
    import ahocorasick

    def build():
        automaton = ahocorasick.Automaton()
        for i, key in enumerate(keys):
            automaton.add_word(key, (len(key), i))
        automaton.make_automaton()
        return automaton

    def scan(automaton):
        return [(last - length + 1, last, i) for last, (length, i) in automaton.iter(read)]

    return build, scan


def ahocorasick_rs_case(keys, read):
    import ahocorasick_rs

    def build():
        return ahocorasick_rs.AhoCorasick(list(keys), matchkind=ahocorasick_rs.MATCHKIND_STANDARD)

    def scan(automaton):
        return [(start, end - 1, i) for i, start, end in automaton.find_matches_as_indexes(read, overlapping=True)]

    return build, scan


def hyperscan_case(keys, read):
    import re

    import hyperscan

    data = read.encode("latin-1", "replace")

    def build():
        db = hyperscan.Database()
        db.compile(expressions=[re.escape(k).encode("latin-1", "replace") for k in keys],
                   ids=list(range(len(keys))), elements=len(keys),
                   flags=[hyperscan.HS_FLAG_SOM_LEFTMOST] * len(keys))
        return db

    def scan(db):
        hits: list = []
        add = hits.append

        def on_match(i, start, end, flags, context):
            add((start, end - 1, i))

        db.scan(data, match_event_handler=on_match)
        return hits

    return build, scan


CASES = {"pyahocorasick": pyahocorasick_case, "ahocorasick-rs": ahocorasick_rs_case,
         "hyperscan": hyperscan_case}


def measure(megabytes: float, repeats: int) -> dict:
    from tradefigures.extract.cues import MATCHER
    from tradefigures.extract.matcher import reading

    text = sample_text(megabytes)
    read = reading(text)
    keys = MATCHER.keys
    out: dict = {"phrases": len(keys), "megabytes": round(len(read.encode("utf-8")) / 1e6, 2), "libraries": {}}
    for name, case in CASES.items():
        try:
            build, scan = case(keys, read)
            compile_s, automaton = _timed(build, 1)
            scan_s, hits = _timed(lambda: scan(automaton), repeats)
        except ImportError as e:
            out["libraries"][name] = {"missing": str(e)}
            continue
        out["libraries"][name] = {"compile_s": round(compile_s, 3), "scan_s": round(scan_s, 3),
                                  "mb_per_s": round(out["megabytes"] / scan_s, 1), "hits": len(hits)}
    # the whole scan as the extractor runs it (hits sorted into their classes, case and
    # apostrophe checks), for comparison with the bare library scans above
    whole_s, _ = _timed(lambda: MATCHER.scan(text, read), repeats)
    out["extractor_scan"] = {"scan_s": round(whole_s, 3), "mb_per_s": round(out["megabytes"] / whole_s, 1)}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args(argv)
    print(json.dumps(measure(args.mb, args.repeats), indent=2))


if __name__ == "__main__":
    main()
