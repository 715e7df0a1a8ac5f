"""The benchmark behind `make bench`: how fast tradefigures is at 1,000 to 100,000 articles.

For each size N it generates (or reuses) the synthetic corpus, then measures:

1. the extractor alone on one core (a child process pinned to one CPU), on every
   article or a spread sample of `--extract-sample` of them, and, on a smaller sample,
   the peer (spaCy's small English pipeline, NER only) on the same texts;
2. `tradefigures run CORPUS --warehouse W` as a subprocess against one local Prefect
   server: wall time and the peak RSS of its process tree;
3. the same command again on the same warehouse (nothing changed, nothing extracted);
4. up to `--overhead-up-to` articles, Prefect's overhead on one core
   (`benchmarks.flow_run`): the flow on the threads runner against the same library
   calls made without Prefect.

Once, it also measures what a one-article run costs with and without a running
server. Results go to a table and to JSON (`--json`, default
benchmarks/results/latest.json), written again after each size.

    python -m benchmarks.bench --sizes 1000,10000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from rich.console import Console

from benchmarks import corpus, machine, prefect_server, process, report
from benchmarks.throughput import ONE_THREAD

ROOT = machine.ROOT
DEFAULT_JSON = ROOT / "benchmarks" / "results" / "latest.json"
console = Console(stderr=True)


def say(text: str) -> None:
    console.print(f"[dim]{datetime.now():%H:%M:%S}[/dim] {text}", highlight=False)


def child_env(base: dict[str, str]) -> dict[str, str]:
    # The children import `benchmarks` from the checkout whatever their working folder.
    return {**base, "PYTHONPATH": str(ROOT)}


def tradefigures_run(corpus_dir: Path, warehouse: Path) -> list[str]:
    return [str(Path(sys.executable).with_name("tradefigures")), "run", str(corpus_dir), "--warehouse", str(warehouse)]


def summary(runs: list[process.Measured]) -> dict:
    """Median wall time and highest peak RSS over repeats, with every repeat kept."""
    return {"seconds": statistics.median(r.seconds for r in runs),
            "peak_rss": max(r.peak_rss for r in runs),
            "repeats": [{"seconds": r.seconds, "peak_rss": r.peak_rss} for r in runs]}


def prepare_corpus(work: Path, n: int, seed: int) -> tuple[Path, dict]:
    root = work / f"corpus-seed{seed}-n{n}"
    started = time.perf_counter()
    made = corpus.ensure(root, n, seed)
    files = [p for p in root.rglob("*") if p.suffix in (".txt", ".md", ".html")]
    info = {"path": str(root), "articles": n, "files": len(files),
            "file_mb": sum(p.stat().st_size for p in files) / 1e6,
            "generated_seconds": time.perf_counter() - started if made else None}
    return root, info


def measure_throughput(corpus_dir: Path, n: int, args, logs: Path) -> dict:
    sample = args.extract_sample if args.extract_sample and n > args.extract_sample else None
    command = [sys.executable, "-m", "benchmarks.throughput", str(corpus_dir),
               "--peer-sample", str(args.peer_sample), "--repeats", str(args.repeats)]
    if sample:
        command += ["--sample", str(sample)]
    if args.no_peer:
        command.append("--no-peer")
    before = machine.load()
    m = process.run(command, child_env({**os.environ, **ONE_THREAD}), logs, f"throughput-{n}").check()
    result = json.loads(m.stdout.strip().splitlines()[-1])
    result["load_before"], result["load_after"] = before, machine.load()
    return result


def measure_runs(corpus_dir: Path, n: int, env: dict[str, str], work: Path, args, logs: Path) -> dict:
    # Repeating is cheap only at small sizes: above them each run is measured once.
    repeats = args.repeats if n <= args.repeat_up_to else 1
    env = child_env(env)
    firsts = []
    for i in range(repeats):
        warehouse = work / f"warehouse-{n}"
        shutil.rmtree(warehouse, ignore_errors=True)
        say(f"N={n:,}: tradefigures run, first run {i + 1}/{repeats}")
        firsts.append(process.run(tradefigures_run(corpus_dir, warehouse), env, logs, f"first-{n}-{i}").check())
    reruns = []
    for i in range(args.repeats if n <= 10 * args.repeat_up_to else 1):
        say(f"N={n:,}: tradefigures run again, unchanged, {i + 1}")
        reruns.append(process.run(tradefigures_run(corpus_dir, warehouse), env, logs, f"rerun-{n}-{i}").check())
    out = {"first": summary(firsts), "rerun": summary(reruns),
           "first_stdout_tail": firsts[-1].stdout.strip().splitlines()[-3:],
           "rerun_stdout_tail": reruns[-1].stdout.strip().splitlines()[-2:]}
    if not args.keep:
        shutil.rmtree(warehouse, ignore_errors=True)
    if not args.no_overhead and n <= args.overhead_up_to:
        flow_wh = work / f"warehouse-{n}-flow"
        shutil.rmtree(flow_wh, ignore_errors=True)
        say(f"N={n:,}: Prefect's overhead: the flow on one core, and the same calls without Prefect")
        m = process.run([sys.executable, "-m", "benchmarks.flow_run", str(corpus_dir), str(flow_wh)],
                        env, logs, f"flow-{n}").check()
        out["flow"] = {**json.loads(m.stdout.strip().splitlines()[-1]),
                       "process_seconds": m.seconds, "peak_rss": m.peak_rss}
        shutil.rmtree(flow_wh, ignore_errors=True)
    return out


def measure_startup(work: Path, seed: int, env: dict[str, str], args, logs: Path) -> dict:
    """A one-article run: against the bench's server (the fixed cost of any run), and
    without one, in an empty PREFECT_HOME and again in the same one."""
    one, _ = prepare_corpus(work, 1, seed)
    with_server = []
    for i in range(args.repeats):
        warehouse = work / "warehouse-1"
        shutil.rmtree(warehouse, ignore_errors=True)
        with_server.append(process.run(tradefigures_run(one, warehouse), child_env(env), logs, f"one-server-{i}").check())
    out = {"with_server": summary(with_server)}
    if args.no_serverless:
        return out
    home = Path(tempfile.mkdtemp(prefix="prefect-home-", dir=work))
    alone = {k: v for k, v in prefect_server.prefect_env(home).items() if k != "PREFECT_API_URL"}
    for label in ("empty_home", "used_home"):
        warehouse = work / "warehouse-1"
        shutil.rmtree(warehouse, ignore_errors=True)
        say(f"one article, temporary Prefect server ({label.replace('_', ' ')})")
        out[label] = summary([process.run(tradefigures_run(one, warehouse), alone, logs, f"one-alone-{label}").check()])
    shutil.rmtree(home, ignore_errors=True)
    shutil.rmtree(work / "warehouse-1", ignore_errors=True)
    return out


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated article counts")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "tradefigures-bench",
                        help="folder for corpora (kept and reused), warehouses and logs")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write the results")
    parser.add_argument("--extract-sample", type=int, default=10_000,
                        help="above this many articles, time the extractor on a spread sample of this size")
    parser.add_argument("--peer-sample", type=int, default=500, help="articles the peer is compared on, at every N")
    parser.add_argument("--repeats", type=int, default=3, help="repeats where cheap; medians are reported")
    parser.add_argument("--repeat-up-to", type=int, default=1000,
                        help="repeat first runs only up to this N (reruns up to ten times it)")
    parser.add_argument("--no-peer", action="store_true", help="skip spaCy")
    parser.add_argument("--no-overhead", action="store_true", help="skip measuring Prefect's overhead")
    parser.add_argument("--overhead-up-to", type=int, default=10_000,
                        help="measure Prefect's overhead (two more one-core runs) only up to this N")
    parser.add_argument("--no-serverless", action="store_true", help="skip the runs without a Prefect server")
    parser.add_argument("--keep", action="store_true", help="keep the warehouses")
    args = parser.parse_args(argv)
    args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    return args


def main(argv: list[str] | None = None) -> dict:
    args = parse_args(argv)
    work = args.work
    logs = work / "logs"
    work.mkdir(parents=True, exist_ok=True)
    results = {
        "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine.describe(), "git": machine.git(), "versions": machine.versions(),
        "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "sizes": {},
    }

    def save() -> None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n")

    home = Path(tempfile.mkdtemp(prefix="prefect-server-", dir=work))
    say("starting one local Prefect server for every run")
    started = time.perf_counter()
    with prefect_server.running(home) as env:
        results["server_start_seconds"] = time.perf_counter() - started
        say("one-article runs: the fixed cost of a run")
        results["startup"] = measure_startup(work, args.seed, env, args, logs)
        save()
        for n in args.sizes:
            say(f"N={n:,}: corpus")
            corpus_dir, info = prepare_corpus(work, n, args.seed)
            entry = results["sizes"][str(n)] = {"corpus": info}
            say(f"N={n:,}: extractor{'' if args.no_peer else ' and peer'} on one core")
            entry["throughput"] = measure_throughput(corpus_dir, n, args, logs)
            save()
            entry["runs"] = measure_runs(corpus_dir, n, env, work, args, logs)
            entry["load_after"] = machine.load()
            save()
    shutil.rmtree(home, ignore_errors=True)
    results["finished_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    results["derived"] = report.derive(results)
    save()
    report.show(results, Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160))
    say(f"results written to {args.json}")
    return results


if __name__ == "__main__":
    main()
