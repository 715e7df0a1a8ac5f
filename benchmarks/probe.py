"""The extractor on sentences of our own (`benchmarks/probe_cases.py`): field by field,
how many it gets, and each miss.

    python -m benchmarks.probe
"""

from __future__ import annotations

from collections import Counter

from benchmarks.probe_cases import CASES


def main() -> None:
    from tradefigures.extract.extractor import RulesExtractor

    extractor = RulesExtractor()
    right, total = Counter(), Counter()
    for i, case in enumerate(CASES):
        found = extractor.extract(case["text"], case.get("pub"), f"probe-{i}")
        figures = {r["mention"]: r for r in found.figures}
        dates = {r["mention"]: r for r in found.dates}
        for mention, want in case["expect"].items():
            is_date = mention.startswith("@")
            row = (dates if is_date else figures).get(mention.lstrip("@"))
            if row is None:
                print(f"[{i}] missing {mention!r}")
                total.update(want.keys())
                continue
            for field, value in want.items():
                got = row.get(field)
                if isinstance(got, list) and isinstance(value, list):
                    got, value = sorted(got), sorted(value)
                ok = got == value or (field == "source_org" and got and value
                                      and (value.lower() in got.lower() or got.lower() in value.lower()))
                total[field] += 1
                right[field] += ok
                if not ok:
                    print(f"[{i}] {mention!r} {field}: expected {value!r}, got {got!r}")
    print(f"\n{sum(right.values())}/{sum(total.values())} = {sum(right.values()) / max(1, sum(total.values())):.3f}")
    for field in sorted(total):
        print(f"  {field:12s} {right[field]}/{total[field]}")


if __name__ == "__main__":
    main()
