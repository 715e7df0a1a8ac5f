"""Publication's peak memory on a large release, without extracting a large corpus.

    .venv/bin/python -m benchmarks.publication --articles 10000,100000 [--seed-articles 500]

Extracting 100,000 articles takes half an hour; publishing them is what held memory in
proportion to N (docs/benchmarks.md). So this extracts a small seed corpus once
(`benchmarks/corpus.py`, staged in batches of 250 as a run stages them) and builds the
staging folder of a run of N articles by copying the seed's staged groups with new ids
(article, figure, date ids and source uris get a copy suffix): the same rows per
article, the same number of groups per article as a real run. A child process then
publishes it into an empty warehouse (`publishing.publish`, the call the flow makes);
its wall time and the peak RSS and PSS of its process tree are sampled every 0.1 s
(`benchmarks/process.py`), and the child reports its own peak RSS (`ru_maxrss`).

`--sharing 2000` measures storage instead: a release of 2,000 articles, then a run that
adds one article to it, and the share of the second release's bytes that are its
parent's own files (hard links: the same inode). Issue 20 asks at least 90%.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

from benchmarks import corpus, machine, process

BATCH = 250
# The columns that identify a row, and the tables they are in: a copy suffixes them.
IDS = {"articles": ("article_id", "source_uri"), "sources": ("article_id", "source_uri"),
       "figures": ("figure_id", "article_id"), "dates": ("date_id", "article_id"),
       "quarantine": ("article_id",)}


def versions() -> dict[str, str]:
    """The code versions a run records (`flows.pipeline.versions`, without importing Prefect)."""
    from tradefigures import __version__
    from tradefigures.extract.extractor import RulesExtractor, rules_fingerprint
    from tradefigures.validate import rules_version

    return {"pipeline": f"{__version__}+{rules_fingerprint()}.{rules_version()}",
            "extractor": RulesExtractor().label, "validation": rules_version()}


def seed_groups(work: Path, n: int, run_versions: dict[str, str]) -> Path:
    """The seed corpus of `n` articles extracted and checked, one folder of Parquet
    files per batch (reused when already there)."""
    from tradefigures.extract.batch import extract_batch
    from tradefigures.extract.sources.files import discover
    from tradefigures.validate.quarantine import check_batch

    out = work / f"seed-{n}"
    if (out / "done").exists():
        return out
    shutil.rmtree(out, ignore_errors=True)
    corpus.ensure(work / f"corpus-{n}", n)
    items = discover([str(work / f"corpus-{n}")], print)
    for i in range(0, len(items), BATCH):
        checked = check_batch(extract_batch(items[i:i + BATCH], {}, run_versions["pipeline"]))
        folder = out / f"{i // BATCH:04d}"
        folder.mkdir(parents=True)
        for table, df in checked.tables.items():
            df.write_parquet(folder / f"{table}.parquet")
    (out / "done").write_text("")
    return out


def staged_copies(seed: Path, wh: Path, run_id: str, n: int, run_versions: dict[str, str]) -> list:
    """A run's staged batches of about `n` articles: the seed's batches copied with new ids."""
    from tradefigures.validate.tables import GROUP_TABLES
    from tradefigures.warehouse import layout

    folder = layout.staging_dir(wh, run_id)
    batches = sorted(p for p in seed.iterdir() if p.is_dir())
    frames = [{t: pl.read_parquet(b / f"{t}.parquet") for t in GROUP_TABLES} for b in batches]
    per_copy = sum(f["articles"].height for f in frames)
    staged = []
    for copy in range((n + per_copy - 1) // per_copy):
        for batch in frames:
            tables = {t: df.with_columns(pl.col(c) + f"~{copy}" for c in IDS[t]) for t, df in batch.items()}
            staged.append(staged_from(folder, tables, run_versions))
    return staged


def staged_from(folder: Path, tables: dict[str, pl.DataFrame], run_versions: dict[str, str]):
    """A batch's tables staged in `folder` the way `staging.stage` stages them."""
    from tradefigures.warehouse import parts
    from tradefigures.warehouse.staging import StagedBatch

    sources = tables["sources"]
    inputs = [{"source_uri": u, "content_sha256": h}
              for u, h in zip(sources["source_uri"].to_list(), sources["content_sha256"].to_list())]
    prov = {**run_versions, "inputs": json.dumps(inputs, ensure_ascii=False, sort_keys=True)}
    written = {t: parts.write(folder, t, df, prov) for t, df in tables.items() if df.height}
    return StagedBatch(written, tables["articles"]["article_id"].to_list(), sources["source_uri"].to_list(),
                       {t: df.height for t, df in tables.items()})


def publish_child(wh: Path, run_id: str, staged_file: Path) -> None:
    """In the measured child: publish the staged run, print what it did and its peak RSS."""
    from tradefigures.warehouse import publishing

    with open(staged_file, "rb") as fh:
        staged, run_versions = pickle.load(fh)
    started = time.perf_counter()
    pub = publishing.publish(wh, run_id, staged, run_versions)
    print(json.dumps({"release": pub.release_id, "counts": pub.counts,
                      "seconds": round(time.perf_counter() - started, 1),
                      "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))


def measure(work: Path, seed: Path, n: int, run_versions: dict[str, str]) -> dict:
    wh = work / f"warehouse-{n}"
    shutil.rmtree(wh, ignore_errors=True)
    run_id = "0123456789ab"
    staged = staged_copies(seed, wh, run_id, n, run_versions)
    staged_file = work / f"staged-{n}.pickle"
    with open(staged_file, "wb") as fh:
        pickle.dump((staged, run_versions), fh)
    command = [sys.executable, "-m", "benchmarks.publication", "--publish", str(wh), run_id, str(staged_file)]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(machine.ROOT), "HOME": str(work)}
    measured = process.run(command, env, work / "logs", f"publish-{n}").check()
    child = json.loads(measured.stdout.strip().splitlines()[-1])
    shutil.rmtree(wh, ignore_errors=True)
    return {"articles": sum(len(s.article_ids) for s in staged), "groups": len(staged),
            "figures": child["counts"]["figures"], "publish_seconds": child["seconds"],
            "wall_seconds": round(measured.seconds, 1), "peak_rss_mb": measured.peak_rss // 2**20,
            "peak_pss_mb": measured.peak_pss // 2**20, "child_maxrss_mb": child["maxrss_mb"],
            "derived": {t: child["counts"][t] for t in ("tariff_measures", "facts", "conflicts")}}


def sharing(work: Path, seed: Path, n: int, run_versions: dict[str, str]) -> dict:
    """Publish `n` articles, then one more: how much of the second release is the first's."""
    import os

    from tradefigures.warehouse import layout, publishing

    wh = work / f"sharing-{n}"
    shutil.rmtree(wh, ignore_errors=True)
    first = publishing.publish(wh, "00000000000a", staged_copies(seed, wh, "00000000000a", n, run_versions),
                               run_versions)
    one = staged_copies(seed, wh, "00000000000b", 1, run_versions)[0]
    # One article of the seed's first batch, as a copy no release holds yet.
    folder = layout.staging_dir(wh, "00000000000b")
    article = one.article_ids[0]
    tables = {t: pl.read_parquet(folder / p.path) for t, p in one.parts.items()}
    tables = {t: df.filter(pl.col("article_id") == article).with_columns(pl.col(c) + "~new" for c in IDS[t])
              for t, df in tables.items()}
    staged = staged_from(folder, tables, run_versions)
    second = publishing.publish(wh, "00000000000b", [staged], run_versions)
    old, new = layout.release_dir(wh, first.release_id), layout.release_dir(wh, second.release_id)
    inodes = {p.stat().st_ino for p in old.rglob("*.parquet")}
    files = list(new.rglob("*.parquet"))
    total = sum(p.stat().st_size for p in files)
    shared = sum(p.stat().st_size for p in files if p.stat().st_ino in inodes)
    shutil.rmtree(wh, ignore_errors=True)
    return {"articles": n, "added": 1, "release_bytes": total, "shared_bytes": shared,
            "shared_share": round(shared / total, 4), "os": os.uname().sysname}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default="10000,100000", help="sizes, comma-separated")
    ap.add_argument("--seed-articles", type=int, default=500)
    ap.add_argument("--sharing", type=int, metavar="N",
                    help="measure the storage a release adding one article to N shares with its parent")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "tradefigures-publication-bench")
    ap.add_argument("--publish", nargs=3, metavar=("WAREHOUSE", "RUN_ID", "STAGED"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.publish:
        publish_child(Path(args.publish[0]), args.publish[1], Path(args.publish[2]))
        return
    args.work.mkdir(parents=True, exist_ok=True)
    run_versions = versions()
    seed = seed_groups(args.work, args.seed_articles, run_versions)
    if args.sharing:
        print(json.dumps(sharing(args.work, seed, args.sharing, run_versions)), flush=True)
        return
    for n in (int(s) for s in args.articles.split(",")):
        print(json.dumps({"n": n, **measure(args.work, seed, n, run_versions)}), flush=True)


if __name__ == "__main__":
    main()
