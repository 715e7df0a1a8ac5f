"""Where the extractor spends its time: pyinstrument over the extract calls on a sample of
the synthetic corpus (`make profile`).

Prints the call tree's top and the functions with the most time of their own, and
writes the full interactive profile as HTML (default benchmarks/results/profile.html).
Reading and parsing the articles happen before the profiler starts.

    python -m benchmarks.profile --n 300
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from benchmarks import articles, corpus
from benchmarks.machine import ROOT


def self_times(frame, into: Counter) -> Counter:
    """Seconds spent in each function itself (not its callees), summed over the tree."""
    # A synthetic "[self]" frame's time is already in its parent's total_self_time.
    if not frame.is_synthetic:
        key = f"{frame.function}  {Path(frame.file_path_short or frame.file_path or '?').name}:{frame.line_no}"
        into[key] += frame.total_self_time
    for child in frame.children:
        self_times(child, into)
    return into


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300, help="articles to profile (default 300)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "tradefigures-bench")
    parser.add_argument("--html", type=Path, default=ROOT / "benchmarks" / "results" / "profile.html")
    parser.add_argument("--top", type=int, default=25, help="functions to list by own time")
    parser.add_argument("--tree-lines", type=int, default=60, help="lines of the call tree to print")
    args = parser.parse_args(argv)

    from pyinstrument import Profiler

    from tradefigures.extract.extractor import RulesExtractor

    root = args.work / f"corpus-seed{args.seed}-n{args.n}"
    corpus.ensure(root, args.n, args.seed)
    parsed = list(articles.read(articles.items(root)))
    extractor = RulesExtractor()
    extractor.extract("A 25% tariff took effect on March 4, 2025.", None, "warm-up")
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for a in parsed:
        extractor.extract(a.text, a.published_date, a.article_id, a.title)
    profiler.stop()

    console = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160)
    mb = sum(len(a.text.encode()) for a in parsed) / 1e6
    session = profiler.last_session
    console.print(f"{len(parsed)} articles, {mb:.2f} MB in {session.duration:.1f} s under the profiler "
                  f"({mb / session.duration:.3f} MB/s; the profiler slows it down)", highlight=False)
    tree = profiler.output_text(unicode=True, color=False, show_all=False, time="percent_of_total")
    console.print("\n".join(tree.splitlines()[:args.tree_lines]), highlight=False, markup=False)
    total = session.duration or 1.0
    own = self_times(session.root_frame(), Counter())
    table = Table(title="Functions by own time", title_justify="left")
    for col, just in (("function", "left"), ("seconds", "right"), ("share", "right")):
        table.add_column(col, justify=just)
    for key, seconds in own.most_common(args.top):
        table.add_row(key, f"{seconds:.2f}", f"{seconds / total:.1%}")
    console.print(table)
    args.html.parent.mkdir(parents=True, exist_ok=True)
    args.html.write_text(profiler.output_html())
    console.print(f"HTML profile: {args.html}", highlight=False)


if __name__ == "__main__":
    main()
