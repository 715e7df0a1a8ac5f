"""First run against an unchanged rerun: what skipping unchanged articles saves.

    .venv/bin/python benchmarks/incremental.py [--articles 2000] [--source files|feed]

Writes N generated news articles into a temporary folder, runs the pipeline over them
once (every article extracted), then again over the same, unchanged articles (none
extracted: the warehouse's record of each source's fingerprint says so), and prints
both times and their ratio. The target is a rerun under a tenth of the first run.

`--source feed` serves the articles as HTML pages from 127.0.0.1, listed in one RSS
feed, so that both runs fetch every page over HTTP (a rerun still fetches each page to
compare its bytes).

Both runs talk to one Prefect server: PREFECT_API_URL when set, else one this script
starts and stops. Without it each run would start a temporary server (about 8 s here),
and the figures would measure that rather than the pipeline.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tradefigures.flows.server import port_in_use

OPENINGS = [
    "{country} will impose a {rate} per cent tariff on {sector} imports from {other} starting {day}, "
    "officials said on {weekday}.",
    "A {rate}% duty on {sector} from {other} took effect on {day}, and {org} warned that about "
    "{jobs:,} jobs could be at risk.",
    "{other} threatened to raise tariffs on {sector} to {rate} per cent if talks fail before {day}.",
]
MIDDLES = [
    "Trade between the two countries is worth roughly ${value} billion a year, according to {org}.",
    "{org} estimates the measures could cut economic growth by {growth} percentage points this year.",
    "Exports of {sector} to the United States fell {drop} per cent in the first quarter.",
    "About {share} per cent of Canada's {sector} exports go to American buyers.",
    "The federal government set aside ${aid} million to support affected workers in {province}.",
]
CLOSINGS = [
    "Negotiators are expected to meet again before the CUSMA review deadline of July 1, 2026.",
    "Industry groups said they would press for exemptions in the coming weeks.",
    "Economists cautioned that the full effect would not be known for several months.",
]
SECTORS = ["steel", "aluminum", "softwood lumber", "auto parts", "canola", "dairy", "energy", "copper"]
ORGS = ["Statistics Canada", "the Bank of Canada", "the Canadian Chamber of Commerce",
        "the Conference Board of Canada", "Desjardins economists", "the U.S. Commerce Department"]
PROVINCES = ["Ontario", "Quebec", "British Columbia", "Alberta", "Nova Scotia", "Manitoba"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]


def article(n: int) -> tuple[str, str, str]:
    """Article `n`: its title, its publication date and its text, the same every time."""
    rng = random.Random(n)
    month = rng.randrange(len(MONTHS))
    published = f"2025-{month + 1:02d}-{rng.randint(1, 28):02d}"

    def fields() -> dict:
        """Fresh numbers for every sentence."""
        return {
            "country": rng.choice(["Canada", "Ottawa", "The United States", "Washington"]),
            "other": rng.choice(["the United States", "Canada", "Mexico", "China"]),
            "rate": rng.choice([10, 15, 25, 35, 50]), "sector": rng.choice(SECTORS),
            "day": f"{MONTHS[(month + 1) % len(MONTHS)]} {rng.randint(1, 28)}",
            "weekday": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
            "org": rng.choice(ORGS), "jobs": rng.randrange(1_000, 150_000, 500),
            "value": rng.choice([2.5, 30, 45, 60, 150, 900]), "growth": rng.choice([0.2, 0.5, 1.1, 2]),
            "drop": rng.randint(3, 40), "share": rng.randint(40, 95), "aid": rng.randrange(50, 2000, 25),
            "province": rng.choice(PROVINCES),
        }

    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        sentences = [rng.choice(OPENINGS)] + rng.sample(MIDDLES, 2) + [rng.choice(CLOSINGS)]
        paragraphs.append(" ".join(s.format(**fields()) for s in sentences))
    title = f"Tariffs on {rng.choice(SECTORS)}: story {n}"
    return title, published, "\n\n".join(paragraphs) + "\n"


def write_files(folder: Path, n: int) -> None:
    rows = ["doc,title,published"]
    for i in range(n):
        title, published, text = article(i)
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        rows.append(f'a{i:05d},"{title}",{published}')
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def write_site(folder: Path, n: int, base: str) -> None:
    items = []
    for i in range(n):
        title, published, text = article(i)
        body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        (folder / f"a{i:05d}.html").write_text(
            f'<html lang="en"><head><title>{title}</title>'
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>", encoding="utf-8")
        items.append(f"<item><title>{title}</title><link>{base}/a{i:05d}.html</link></item>")
    (folder / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>'
        + "".join(items) + "</channel></rss>", encoding="utf-8")


@contextlib.contextmanager
def web_site(folder: Path):
    """The folder served over HTTP on 127.0.0.1 by a process of its own, as a remote site
    would be: in this process it would compete with the pipeline for the interpreter."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                             "--directory", str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not port_in_use(port):
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prefect_server():
    """The running Prefect server to use, or one started for the benchmark."""
    if os.environ.get("PREFECT_API_URL"):
        return contextlib.nullcontext(os.environ["PREFECT_API_URL"]), "PREFECT_API_URL"
    from tradefigures.flows.server import local_server

    return local_server(free_port()), "started by this script"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--source", choices=["files", "feed"], default="files")
    args = parser.parse_args()
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    work = Path(tempfile.mkdtemp(prefix="tradefigures-bench-"))
    corpus, warehouse = work / "corpus", work / "warehouse"
    corpus.mkdir()
    server, origin = prefect_server()
    try:
        with server as api, (web_site(corpus) if args.source == "feed" else contextlib.nullcontext()) as site:
            os.environ["PREFECT_API_URL"] = api
            if site:
                write_site(corpus, args.articles, site)
                sources = [f"{site}/feed.xml"]
            else:
                write_files(corpus, args.articles)
                sources = [str(corpus)]
            from tradefigures.flows.pipeline import run_pipeline  # after PREFECT_API_URL is set

            print(f"{args.articles:,} generated articles ({args.source}); Prefect server {api} "
                  f"({origin}): both runs use it, so neither time includes a temporary server's start.")
            started = time.perf_counter()
            first = run_pipeline(sources, warehouse)
            first_s = time.perf_counter() - started
            started = time.perf_counter()
            rerun = run_pipeline(sources, warehouse)
            rerun_s = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    extracted = first.items - first.unchanged - len(first.skipped)
    print(f"first run:       {first_s:8.1f} s  ({extracted:,} articles extracted; "
          f"release {first.publication.release_id})")
    print(f"unchanged rerun: {rerun_s:8.1f} s  ({rerun.unchanged:,} unchanged, "
          f"{rerun.items - rerun.unchanged - len(rerun.skipped):,} extracted; "
          f"{'nothing published' if not rerun.publication.changed else 'published ' + rerun.publication.release_id})")
    ratio = rerun_s / first_s
    print(f"ratio:           {ratio:8.3f}    (target: under 0.1) {'met' if ratio < 0.1 else 'NOT met'}")
    return 0 if ratio < 0.1 and not rerun.publication.changed else 1


if __name__ == "__main__":
    sys.exit(main())
