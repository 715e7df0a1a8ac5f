"""The benchmark's figures derived from its raw measurements, the targets they are held
to, and the tables that show them."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

MB = 1e6
# Issue 8's targets.
EXTRACTOR_MB_S = 5.0
PEER_RATIO = 20.0
E2E_10K_SECONDS = 60.0
RSS_100K_BYTES = 1e9
# Seconds per 1,000 articles at the largest N over the smallest: at most this is "linear".
LINEAR_RATIO = 1.2


def _div(a, b):
    return a / b if a is not None and b else None


def derive(results: dict) -> dict:
    """Per size: the figures the table shows; and the fixed cost of a run."""
    fixed = (results.get("startup") or {}).get("with_server", {}).get("seconds")
    sizes = {}
    for key, entry in results["sizes"].items():
        n = int(key)
        t = entry.get("throughput", {})
        ex = t.get("extractor", {})
        ps = t.get("peer_sample", {})
        runs = entry.get("runs", {})
        first, rerun, flow = runs.get("first", {}), runs.get("rerun", {}), runs.get("flow")
        e2e = first.get("seconds")
        d = {
            "extractor_mb_s": ex.get("mb_per_s"),
            "extractor_articles_s": ex.get("articles_per_s"),
            "extractor_articles": ex.get("articles"),
            "figures_per_article": _div(ex.get("figures"), ex.get("articles")),
            "peer_mb_s": (ps.get("peer") or {}).get("mb_per_s"),
            "peer_articles": (ps.get("peer") or {}).get("articles"),
            "tradefigures_mb_s_on_peer_sample": (ps.get("tradefigures") or {}).get("mb_per_s"),
            "ratio_to_peer": ps.get("ratio"),
            "e2e_seconds": e2e,
            "e2e_articles_s": _div(n, e2e),
            "seconds_per_1k": _div(e2e, n / 1000),
            "seconds_per_1k_net": _div(e2e - fixed, n / 1000) if e2e is not None and fixed is not None else None,
            "peak_rss": first.get("peak_rss"),
            "rerun_seconds": rerun.get("seconds"),
            "rerun_ratio": _div(rerun.get("seconds"), e2e),
        }
        if flow:
            d["flow_seconds"] = flow["flow_seconds"]
            d["bare_seconds"] = flow["bare_seconds"]
            d["run_extract_seconds"] = flow["extract_seconds"]
            d["prefect_overhead_seconds"] = flow["flow_seconds"] - flow["bare_seconds"]
            d["prefect_overhead_share"] = _div(d["prefect_overhead_seconds"], flow["flow_seconds"])
        sizes[key] = d
    return {"fixed_run_seconds": fixed, "sizes": sizes, "targets": targets(sizes)}


def targets(sizes: dict) -> list[dict]:
    def row(name, goal, value, text, ok):
        return {"target": name, "goal": goal, "measured": value, "text": text,
                "status": "n/a" if ok is None else ("PASS" if ok else "FAIL")}

    ns = sorted(int(k) for k in sizes)
    got = {n: sizes[str(n)] for n in ns}
    out = []
    mbs = [(n, d["extractor_mb_s"]) for n, d in got.items() if d.get("extractor_mb_s")]
    worst = min(mbs, key=lambda x: x[1]) if mbs else None
    out.append(row("extractor throughput, one core", f">= {EXTRACTOR_MB_S:g} MB/s", worst and worst[1],
                   f"{worst[1]:.2f} MB/s (lowest, N={worst[0]:,})" if worst else "not measured",
                   worst[1] >= EXTRACTOR_MB_S if worst else None))
    ratios = [(n, d["ratio_to_peer"]) for n, d in got.items() if d.get("ratio_to_peer")]
    lowest = min(ratios, key=lambda x: x[1]) if ratios else None
    out.append(row("speed over the spaCy peer", f">= {PEER_RATIO:g}x", lowest and lowest[1],
                   f"{lowest[1]:.1f}x (lowest, N={lowest[0]:,})" if lowest else "not measured",
                   lowest[1] >= PEER_RATIO if lowest else None))
    e2e = got.get(10_000, {}).get("e2e_seconds")
    out.append(row("end to end, 10,000 articles", f"< {E2E_10K_SECONDS:g} s", e2e,
                   f"{e2e:.1f} s" if e2e else "N=10,000 not run", e2e < E2E_10K_SECONDS if e2e else None))
    rss = got.get(100_000, {}).get("peak_rss")
    biggest = max((n for n in ns if got[n].get("peak_rss")), default=None)
    text = (f"{rss / MB:,.0f} MB" if rss else
            f"N=100,000 not run (N={biggest:,}: {got[biggest]['peak_rss'] / MB:,.0f} MB)" if biggest else "not measured")
    out.append(row("peak RSS at 100,000 articles", "< 1 GB", rss, text, rss < RSS_100K_BYTES if rss else None))
    per = [(n, got[n].get("seconds_per_1k_net") or got[n].get("seconds_per_1k")) for n in ns]
    per = [(n, v) for n, v in per if v]
    if len(per) >= 2:
        ratio = per[-1][1] / per[0][1]
        out.append(row("time linear in N", f"s/1k at largest N <= {LINEAR_RATIO:g}x smallest", ratio,
                       "; ".join(f"N={n:,}: {v:.1f} s/1k" for n, v in per) + f"; ratio {ratio:.2f}",
                       ratio <= LINEAR_RATIO))
    else:
        out.append(row("time linear in N", f"s/1k at largest N <= {LINEAR_RATIO:g}x smallest", None,
                       "needs two sizes", None))
    return out


def _fmt(value, spec: str, scale: float = 1.0) -> str:
    return "—" if value is None else format(value / scale, spec)


ROWS = (
    ("extractor, one core: MB/s", "extractor_mb_s", ".3f", 1),
    ("extractor, one core: articles/s", "extractor_articles_s", ",.1f", 1),
    ("  articles timed", "extractor_articles", ",.0f", 1),
    ("  figures per article", "figures_per_article", ".1f", 1),
    ("spaCy NER only: MB/s (peer sample)", "peer_mb_s", ".3f", 1),
    ("tradefigures on the same sample: MB/s", "tradefigures_mb_s_on_peer_sample", ".3f", 1),
    ("  peer sample, articles", "peer_articles", ",.0f", 1),
    ("tradefigures / spaCy", "ratio_to_peer", ".1f", 1),
    ("end to end: seconds", "e2e_seconds", ",.1f", 1),
    ("end to end: articles/s", "e2e_articles_s", ",.1f", 1),
    ("seconds per 1,000 articles", "seconds_per_1k", ".1f", 1),
    ("  net of the fixed cost of a run", "seconds_per_1k_net", ".1f", 1),
    ("peak RSS of the run (MB)", "peak_rss", ",.0f", MB),
    ("unchanged rerun: seconds", "rerun_seconds", ",.1f", 1),
    ("  rerun / first run", "rerun_ratio", ".3f", 1),
    ("one core, no Prefect: seconds", "bare_seconds", ",.1f", 1),
    ("  of which extractor (CPU)", "run_extract_seconds", ",.1f", 1),
    ("one core, the flow (threads): seconds", "flow_seconds", ",.1f", 1),
    ("  Prefect overhead = flow - no Prefect", "prefect_overhead_seconds", ",.1f", 1),
    ("  Prefect overhead share of the flow", "prefect_overhead_share", ".1%", 1),
)


def show(results: dict, console: Console) -> None:
    derived = results["derived"]
    sizes = derived["sizes"]
    keys = sorted(sizes, key=int)
    table = Table(title="tradefigures benchmark", title_justify="left")
    table.add_column("measure")
    for k in keys:
        table.add_column(f"N={int(k):,}", justify="right")
    for label, field, spec, scale in ROWS:
        table.add_row(label, *(_fmt(sizes[k].get(field), spec, scale) for k in keys))
    console.print(table)
    startup = results.get("startup", {})
    notes = [f"Fixed cost of a one-article run against a running server: "
             f"{_fmt(derived['fixed_run_seconds'], '.1f')} s; the server itself took "
             f"{_fmt(results.get('server_start_seconds'), '.1f')} s to answer."]
    if "empty_home" in startup:
        notes.append(f"Without PREFECT_API_URL (temporary server): {startup['empty_home']['seconds']:.1f} s "
                     f"in an empty PREFECT_HOME, {startup['used_home']['seconds']:.1f} s in a used one.")
    for k in keys:
        t = results["sizes"][k].get("throughput", {})
        if t.get("sampled"):
            notes.append(f"N={int(k):,}: the extractor was timed on a spread sample of "
                         f"{t['extractor']['articles']:,} articles, not all {int(k):,}.")
    notes.append("MB are 10^6 bytes of parsed article text (extractor, peer); the peer and tradefigures are "
                 "compared on the same spread sample at every N.")
    for note in notes:
        console.print(note, highlight=False)
    goals = Table(title="Targets (issue 8)", title_justify="left")
    for col in ("target", "goal", "measured", "status"):
        goals.add_column(col)
    for t in derived["targets"]:
        colour = {"PASS": "green", "FAIL": "red"}.get(t["status"], "yellow")
        goals.add_row(t["target"], t["goal"], t["text"], f"[{colour}]{t['status']}[/{colour}]")
    console.print(goals)
    m, g = results["machine"], results["git"]
    console.print(f"{m['cores']} cores ({m['cpu']}), Python {m['python']}, {m['platform']}; "
                  f"commit {(g['commit'] or '?')[:10]}{' (dirty)' if g['dirty'] else ''}; "
                  f"load before/after the last size: {results['sizes'][keys[-1]].get('throughput', {}).get('load_before')}"
                  f" / {results['sizes'][keys[-1]].get('load_after')}" if keys else "", highlight=False)
