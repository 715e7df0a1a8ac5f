"""Every figure and date row of the annotated corpora, as one JSON file, to check that a
change to the extractor's speed changes no row.

    python -m benchmarks.same_rows OUT.json [--check BASELINE.json]

Reads seeds, dev and dev2 through the same readers as benchmarks/quick_eval.py and
writes each article's figure and date rows, in extraction order, without the
`extractor` column (its version is a hash of the package's source, so it changes with
every edit; the ids do not embed it). With `--check`, compares the output with a
baseline byte for byte and exits non-zero on the first difference.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks.quick_eval import CORPORA, extract_corpora


def rows() -> dict[str, list[dict]]:
    tables = extract_corpora(list(CORPORA))
    out: dict[str, list[dict]] = {}
    for name in ("figures", "dates"):
        out[name] = [{k: v for k, v in sorted(row.items()) if k != "extractor"} for row in tables[name]]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--check", type=Path, help="a baseline to compare with")
    args = parser.parse_args()
    text = json.dumps(rows(), ensure_ascii=False, indent=1, default=str) + "\n"
    args.out.write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(f"{len(data['figures'])} figure rows, {len(data['dates'])} date rows -> {args.out}")
    if args.check:
        base = args.check.read_text(encoding="utf-8")
        if base == text:
            print("identical to", args.check)
            return
        old = json.loads(base)
        for name in ("figures", "dates"):
            for i, (a, b) in enumerate(zip(old[name], data[name])):
                if a != b:
                    keys = [k for k in a.keys() | b.keys() if a.get(k) != b.get(k)]
                    print(f"{name}[{i}] differs in {sorted(keys)}:\n  was {a}\n  now {b}", file=sys.stderr)
                    break
            if len(old[name]) != len(data[name]):
                print(f"{name}: {len(old[name])} rows before, {len(data[name])} now", file=sys.stderr)
        sys.exit("rows differ from " + str(args.check))


if __name__ == "__main__":
    main()
