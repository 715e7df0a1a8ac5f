"""The charts compile to Vega and count what the catalog counts."""

import json
from datetime import date

import pytest
import vl_convert as vlc

from tradefigures.warehouse.report import charts, data, payload


@pytest.fixture(scope="module")
def specs(released):
    d = data.read(released)
    return charts.all_charts(d.figures, payload.build(d))


def values(spec):
    """The rows a spec plots (from its layers too)."""
    return spec["data"]["values"]


@pytest.mark.parametrize("name", ["chart-kinds", "chart-tariffs", "chart-directions", "chart-timeline"])
def test_each_chart_compiles_and_says_what_a_click_means(specs, name):
    vega = vlc.vegalite_to_vega(specs[name])
    assert vega["marks"] and json.dumps(vega)
    click = specs[name]["usermeta"]["tradefigures"]["click"]
    assert click.get("filters") or click.get("open") == "date"


def test_tariff_rates_count_every_sector_of_every_rate(specs, sql):
    expected = sql("""select s, coalesce(status, 'not stated'), value, count(*)
                      from (select unnest(if(len(coalesce(sectors, [])) = 0, ['not stated'], sectors)) s,
                                   status, value from figures where kind = 'tariff_rate')
                      group by all""")
    got = [(r["sector"], r["status"], r["value"], r["mentions"]) for r in values(specs["chart-tariffs"])]
    assert sorted(got) == sorted(expected) and got


def test_directions_count_every_tariff_rate_once(specs, sql):
    rows = values(specs["chart-directions"])
    assert sum(r["mentions"] for r in rows) == sql("select count(*) from figures where kind = 'tariff_rate'")[0][0]
    pairs = {(r["imposed_by"], r["applied_to"]) for r in rows}
    assert pairs == {(a or "not stated", b or "not stated") for a, b in sql(
        "select distinct imposed_by, applied_to from figures where kind = 'tariff_rate'")}


def test_timeline_holds_the_dates_put_on_a_day_or_a_month(specs, sql):
    rows = values(specs["chart-timeline"])
    expected = sql("select date_id from dates where date_start is not null and granularity != 'year'")
    assert sorted(r["id"] for r in rows) == sorted(i for (i,) in expected) and rows
    meta = specs["chart-timeline"]["usermeta"]["tradefigures"]
    assert meta["shown"] + meta["years_only"] == sql("select count(*) from dates")[0][0]


def test_the_timeline_opens_on_the_bulk_of_the_events_and_counts_the_rest():
    articles = [{"title": "a"}]
    day = {"a": 0, "granularity": "day", "role": "effective", "value": None, "mention": "x"}
    dates = [{**day, "id": f"{i:016x}", "start": f"2025-{m:02d}-10", "end": f"2025-{m:02d}-10"}
             for i, m in enumerate([3, 4, 5, 6, 7, 8, 9, 10] * 3)]
    dates.append({**day, "id": "f" * 16, "start": "2019-05-01", "end": "2019-05-01"})
    dates.append({**day, "id": "e" * 16, "granularity": "year", "start": "2025-01-01", "end": "2025-12-31"})
    spec = charts.timeline(dates, articles)
    meta = spec["usermeta"]["tradefigures"]
    assert (meta["shown"], meta["years_only"], meta["outside_view"]) == (25, 1, 1)
    domains = [layer["encoding"]["x"].get("scale", {}).get("domain") for layer in spec["layer"]]
    assert ["2025-02-24", "2025-10-24"] in domains


def test_a_rate_with_no_sector_or_an_empty_list_is_plotted_as_not_stated():
    import polars as pl

    figures = pl.DataFrame({
        "kind": ["tariff_rate"] * 3, "status": ["in_effect", None, "threatened"],
        "value": [25.0, 10.0, 50.0], "sectors": [["steel"], None, []],
    }, schema_overrides={"sectors": pl.List(pl.String)})
    rows = values(charts.tariff_rates(figures))
    got = sorted((r["sector"], r["status"], r["value"]) for r in rows)
    assert got == [("not stated", "not stated", 10.0), ("not stated", "threatened", 50.0),
                   ("steel", "in_effect", 25.0)]


def test_every_chart_takes_the_width_of_its_container(specs):
    for name, spec in specs.items():
        assert spec["width"] == "container", name
        legends = [enc["legend"] for enc in _encodings(spec) if enc.get("legend")]
        assert all(legend["orient"] == "bottom" for legend in legends), name


def _encodings(spec):
    for layer in [spec, *spec.get("layer", [])]:
        yield from (e for e in layer.get("encoding", {}).values() if isinstance(e, dict))


def test_the_timeline_labels_each_event_once_and_keeps_its_labels_apart():
    articles = [{"title": "a"}]
    day = {"a": 0, "granularity": "day", "value": None, "mention": "x"}
    starts = ["2025-03-04", "2025-03-04", "2025-03-05", "2025-03-09", "2025-06-04", "2025-08-01",
              "2025-08-07", "2025-10-14", "2026-07-01"]
    dates = [{**day, "id": f"{i:016x}", "role": "effective", "start": s, "end": s} for i, s in enumerate(starts)]
    dates.append({**day, "id": "a" * 16, "role": "deadline", "start": "2025-08-01", "end": "2025-08-01"})
    dates.append({**day, "id": "b" * 16, "role": "meeting", "granularity": "month", "start": "2025-11-01",
                  "end": "2025-11-30"})
    spec = charts.timeline(dates, articles)
    rows = values(spec)
    labelled = [(r["role"], r["start"], r["label"], r["lane"], r["align"]) for r in rows if r["label"]]
    # The same day twice is labelled once; the next day goes below; a third event
    # that close (Mar 9) has no lane left.
    assert [(r[2], r[3]) for r in labelled if r[0] == "effective"] == \
        [("Mar 4", 0), ("Mar 5", 1), ("Jun 4", 0), ("Aug 1", 0), ("Aug 7", 1), ("Oct 14", 0), ("Jul 1", 0)]
    assert ("deadline", "2025-08-01", "Aug 1", 0, "left") in labelled
    assert ("meeting", "2025-11-01", "Nov", 0, "left") in labelled
    # The last event ends at its mark, so the right edge does not cut its label.
    assert ("effective", "2026-07-01", "Jul 1", 0, "right") in labelled
    lo, hi = (date.fromisoformat(d) for d in spec["usermeta"]["tradefigures"]["window"])
    for role, lane in {(r[0], r[3]) for r in labelled}:
        days = sorted(date.fromisoformat(r[1]) for r in labelled if (r[0], r[3]) == (role, lane))
        assert all(b - a >= (hi - lo) / charts.LABELS_PER_VIEW for a, b in zip(days, days[1:])), (role, lane)
    # Each lane and side is a text layer; a row without a label is drawn by none.
    texts = [layer for layer in spec["layer"] if layer["mark"]["type"] == "text"]
    assert texts and all("isValid(datum.label)" in layer["transform"][0]["filter"] for layer in texts)
    vega = vlc.vegalite_to_vega(spec)
    assert vega["marks"]
