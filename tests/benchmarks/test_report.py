"""The benchmark's verdicts: each target passes or fails on the figures, and a target
whose size was not run says so instead of passing."""

from __future__ import annotations

from benchmarks import articles, report


def results(e2e_10k: float, rss_100k: float | None, mb_s: float = 6.0, ratio: float = 25.0,
            e2e_1k: float | None = None) -> dict:
    def size(n, e2e, rss):
        return {
            "throughput": {"extractor": {"mb_per_s": mb_s, "articles_per_s": 1000.0, "articles": n,
                                         "seconds": n / 1000, "figures": 30 * n},
                           "peer_sample": {"ratio": ratio, "peer": {"mb_per_s": mb_s / ratio, "articles": 100},
                                           "tradefigures": {"mb_per_s": mb_s}}},
            "runs": {"first": {"seconds": e2e, "peak_rss": rss}, "rerun": {"seconds": 2.0},
                     "flow": {"flow_seconds": e2e - 1, "bare_seconds": e2e / 2, "extract_seconds": e2e / 3}},
        }

    # by default 1,000 articles take a tenth of 10,000 plus the fixed cost (1 s): linear
    sizes = {"1000": size(1000, e2e_1k or e2e_10k / 10 + 1, 3e8), "10000": size(10_000, e2e_10k, 5e8)}
    if rss_100k is not None:
        sizes["100000"] = size(100_000, 10 * e2e_10k, rss_100k)
    return {"startup": {"with_server": {"seconds": 1.0}}, "sizes": sizes}


def verdicts(r: dict) -> dict[str, str]:
    return {t["target"]: t["status"] for t in report.derive(r)["targets"]}


def test_targets_pass_when_the_figures_meet_them():
    v = verdicts(results(e2e_10k=41.0, rss_100k=8e8))
    assert set(v.values()) == {"PASS"}, v


def test_each_target_fails_on_its_own_figure():
    v = verdicts(results(e2e_10k=75.0, rss_100k=2e9, mb_s=0.3, ratio=7.0))
    assert v["extractor throughput, one core"] == "FAIL"
    assert v["speed over the spaCy peer"] == "FAIL"
    assert v["end to end, 10,000 articles"] == "FAIL"
    assert v["peak RSS at 100,000 articles"] == "FAIL"
    # 7.5, 7.4 and 7.5 s/1k net at 1,000, 10,000 and 100,000: linear though slow
    assert v["time linear in N"] == "PASS"


def test_superlinear_time_fails_and_a_size_not_run_is_not_a_pass():
    r = results(e2e_10k=200.0, rss_100k=None, e2e_1k=6.0)
    v = verdicts(r)
    assert v["time linear in N"] == "FAIL"  # 5 s/1k at 1,000, 19.9 s/1k at 10,000
    assert v["peak RSS at 100,000 articles"] == "n/a"
    derived = report.derive(r)["sizes"]["10000"]
    assert derived["prefect_overhead_seconds"] == 199.0 - 100.0
    assert derived["prefect_overhead_share"] == 99.0 / 199.0
    assert derived["rerun_ratio"] == 2.0 / 200.0


def test_a_spread_sample_covers_the_whole_sequence():
    seq = list(range(100))
    assert articles.spread(seq, 4) == [0, 25, 50, 75]
    assert articles.spread(seq, None) == seq and articles.spread(seq, 500) == seq
