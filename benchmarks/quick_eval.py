"""The extractor scored on the annotated corpora in seconds, without a pipeline run.

`make eval` runs the whole pipeline and scores its release; while the rules are being
worked on, this reads the same corpora through the same readers (files, manifest,
furniture) and the same extractor, writes the rows into a scratch DuckDB file with the
views the shared scorer reads (`articles`, `figures`, `dates`), and runs the scorer on
each gold. Nothing is validated or published.

    python -m benchmarks.quick_eval [--details] [--only dev2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = {"seeds": ("corpus/seeds", "gold"), "dev": ("corpus/dev", "gold/dev"),
           "dev2": ("corpus/dev2", "gold/dev2")}


def extract_corpora(names: list[str]) -> dict[str, list[dict]]:
    """The article, figure and date rows of every article of the named corpora."""
    from tradefigures.extract.extractor import RulesExtractor
    from tradefigures.extract.sources import files
    from tradefigures.extract.sources.model import Skipped
    from tradefigures.extract.sources.parse import parse

    extractor = RulesExtractor()
    tables: dict[str, list[dict]] = {"articles": [], "figures": [], "dates": []}
    for name in names:
        items = files.discover([str(SHARED / CORPORA[name][0])], print)
        for item in items:
            raw = files.read_file(item)
            article = parse(raw, print) if not isinstance(raw, Skipped) else raw
            if isinstance(article, Skipped):
                print(f"skipped {article.uri}: {article.reason}", file=sys.stderr)
                continue
            rows = extractor.extract(article.text, article.published_date, article.article_id, article.title)
            tables["articles"].append({"article_id": article.article_id, "source_uri": article.source_uri,
                                       "text": article.text})
            tables["figures"].extend(rows.figures)
            tables["dates"].extend(rows.dates)
    return tables


def write_catalog(tables: dict[str, list[dict]], folder: Path) -> None:
    import duckdb
    import polars as pl

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "catalog.duckdb"
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    for name, rows in tables.items():
        frame = pl.DataFrame(rows, infer_schema_length=None)  # noqa: F841 (read by DuckDB by name)
        con.execute(f"create table {name} as select * from frame")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=sorted(CORPORA))
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--keep", type=Path, help="write the scratch catalog here")
    args = parser.parse_args()
    names = args.only or list(CORPORA)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="tradefigures-quick-eval-"))
    write_catalog(extract_corpora(names), folder)
    for name in names:
        print(f"== {name}", flush=True)
        cmd = [sys.executable, str(SHARED / "eval/score.py"), "--gold", str(SHARED / CORPORA[name][1]),
               "--warehouse", str(folder)] + (["--details"] if args.details else [])
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
