"""The report's charts as Vega-Lite specifications, made with Altair.

Each spec carries its data (small aggregates, or the dated mentions for the timeline)
and, under `usermeta.tradefigures`, what a click on a mark means to the page: which
table filters to set from the mark's fields, or which mention to open.
"""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import polars as pl

from tradefigures.validate import vocabulary

# A mark for rows whose field is null: the page's filters read it the same way.
MISSING = "not stated"
STATUS_COLORS = {"in_effect": "#e15759", "announced": "#f28e2b", "threatened": "#d4a72c",
                 "removed": "#9d9d9d", MISSING: "#c7c7c7"}
ROLE_COLORS = {"deadline": "#e15759", "effective": "#4e79a7", "announcement": "#f28e2b",
               "meeting": "#59a14f", "review": "#b07aa1", "reference": "#9d9d9d"}
# Every chart takes the width of its container (the page lays them out from 360 to
# 1,920 pixels); legends sit below the plot, where they take no width from it.
WIDTH = "container"
LEGEND = {"orient": "bottom", "direction": "horizontal"}
# How many labels fit across the timeline's view side by side, at 800 pixels.
LABELS_PER_VIEW = 12


def _spec(chart: alt.TopLevelMixin, **click) -> dict:
    """The chart as a Vega-Lite dict, saying what a click on one of its marks means."""
    return chart.properties(usermeta={"tradefigures": {"click": click}}).to_dict()


def _status_scale(rows: pl.DataFrame) -> alt.Scale:
    present = set(rows["status"].to_list())
    domain = [s for s in STATUS_COLORS if s in present]
    return alt.Scale(domain=domain, range=[STATUS_COLORS[s] for s in domain])


def kinds(summary_by_kind: list[dict]) -> dict:
    """Figures by kind: one bar per kind of the contract, zeros included."""
    chart = alt.Chart(alt.Data(values=summary_by_kind)).mark_bar(color="#4e79a7").encode(
        x=alt.X("figures:Q", title="figures"),
        y=alt.Y("kind:N", sort=list(vocabulary.KINDS), title=None),
        tooltip=[alt.Tooltip("kind:N"), alt.Tooltip("figures:Q")],
    ).properties(width=WIDTH, height=alt.Step(18), title="Figures by kind")
    return _spec(chart, filters={"kind": "kind"})


def _tariffs(figures: pl.DataFrame) -> pl.DataFrame:
    return figures.filter(pl.col("kind") == "tariff_rate").with_columns(
        pl.col("status").fill_null(MISSING))


def tariff_rates(figures: pl.DataFrame) -> dict:
    """Tariff rates by sector and status: a circle per rate, sized by its mentions."""
    rows = (_tariffs(figures)
            # an empty list is no sector stated, as a null one is (polars 2 drops the
            # row of an empty list on explode; a null list gives one null)
            .with_columns(pl.when(pl.col("sectors").list.len() > 0).then(pl.col("sectors")).alias("sector"))
            .explode("sector")
            .with_columns(pl.col("sector").fill_null(MISSING))
            .group_by(["sector", "status", "value"]).agg(pl.len().alias("mentions"))
            .sort(["sector", "status", "value"]))
    present = set(rows["sector"].to_list())
    order = [s for s in (*vocabulary.SECTORS, MISSING) if s in present]
    statuses = [s for s in STATUS_COLORS if s in set(rows["status"].to_list())]
    chart = alt.Chart(alt.Data(values=rows.to_dicts())).mark_circle(opacity=0.85, stroke="#333",
                                                                       strokeWidth=0.5).encode(
        x=alt.X("value:Q", title="tariff rate (%)",
                scale=alt.Scale(type="symlog", constant=10, domainMin=0, nice=False),
                axis=alt.Axis(values=[0, 10, 25, 50, 100, 200, 400, 1000], grid=True)),
        y=alt.Y("sector:N", sort=order, title=None),
        yOffset=alt.YOffset("status:N", sort=statuses, scale=alt.Scale(domain=statuses)),
        color=alt.Color("status:N", scale=_status_scale(rows), title="status", legend=alt.Legend(**LEGEND)),
        size=alt.Size("mentions:Q", scale=alt.Scale(range=[30, 260], zero=False),
                      legend=alt.Legend(**LEGEND, tickCount=4), title="mentions"),
        tooltip=[alt.Tooltip("sector:N"), alt.Tooltip("status:N"), alt.Tooltip("value:Q", title="rate (%)"),
                 alt.Tooltip("mentions:Q")],
    ).properties(width=WIDTH, height=max(60, 12 * len(statuses) * len(order)),
                 title="Tariff rates by sector and status")
    return _spec(chart, filters={"kind": "=tariff_rate", "sector": "sector", "status": "status",
                                 "value": "value"})


def directions(figures: pl.DataFrame) -> dict:
    """Who levies tariffs on whom: mentions per imposed_by → applied_to, by status."""
    rows = (_tariffs(figures)
            .with_columns(pl.col("imposed_by").fill_null(MISSING), pl.col("applied_to").fill_null(MISSING))
            .group_by(["imposed_by", "applied_to", "status"])
            .agg(pl.len().alias("mentions"),
                 pl.col("value").unique().sort().cast(pl.String).str.join(", ").alias("rates"))
            .sort(["imposed_by", "applied_to", "status"]))
    rank = {status: i for i, status in enumerate(STATUS_COLORS)}
    rows = rows.with_columns(pl.col("status").replace_strict(rank, return_dtype=pl.Int64).alias("rank"),
                             pl.concat_str(
        pl.col("imposed_by").map_elements(_short, return_dtype=pl.String), pl.lit(" → "),
        pl.col("applied_to").map_elements(_short, return_dtype=pl.String)).alias("direction"))
    chart = alt.Chart(alt.Data(values=rows.to_dicts())).mark_bar().encode(
        # rows are one per direction and status already: no aggregate, so a click on a
        # bar gets the row's own fields.
        x=alt.X("mentions:Q", stack="zero", title="tariff-rate mentions"),
        y=alt.Y("direction:N", sort=alt.EncodingSortField(field="mentions", op="sum", order="descending"),
                title="imposed by → applied to"),
        color=alt.Color("status:N", scale=_status_scale(rows), title="status", legend=alt.Legend(**LEGEND)),
        order=alt.Order("rank:Q"),
        tooltip=[alt.Tooltip("direction:N"), alt.Tooltip("status:N"), alt.Tooltip("mentions:Q"),
                 alt.Tooltip("rates:N", title="rates (%)")],
    ).properties(width=WIDTH, height=alt.Step(22), title="Who levies tariffs on whom")
    return _spec(chart, filters={"kind": "=tariff_rate", "imposed_by": "imposed_by",
                                 "applied_to": "applied_to", "status": "status"})


def _short(code: str) -> str:
    return "all countries" if code == "*" else code


def timeline(dates: list[dict], articles: list[dict]) -> dict:
    """Dated events: every date mention put on a day or a month, by role, each event
    labelled with its date.

    The view opens on where most events lie (a few mentions of distant months would
    squeeze the rest into a sliver); drag and scroll reach the others."""
    rows = []
    for d in dates:
        if d["start"] is None or d["granularity"] == "year":
            continue
        rows.append({"id": d["id"], "start": d["start"], "end": d["end"], "role": d["role"] or "reference",
                     "mention": d["mention"], "value": d["value"], "granularity": d["granularity"],
                     "article": articles[d["a"]]["title"]})
    window = _window(rows)
    _label(rows, window)
    x_scale = alt.Scale(type="utc", domain=list(window) if window else alt.Undefined)
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y("role:N", sort=list(vocabulary.ROLES), title=None),
        color=alt.Color("role:N", scale=alt.Scale(domain=list(ROLE_COLORS), range=list(ROLE_COLORS.values())),
                        legend=None),
        tooltip=[alt.Tooltip("value:N", title="date"), alt.Tooltip("mention:N"), alt.Tooltip("role:N"),
                 alt.Tooltip("article:N")],
    )
    months = base.transform_filter(alt.datum.granularity == "month").mark_bar(
        height=8, opacity=0.45, clip=True).encode(x=alt.X("start:T", title=None), x2="end:T")
    days = base.transform_filter(alt.datum.granularity == "day").mark_circle(
        size=70, opacity=0.9, stroke="#333", strokeWidth=0.5, clip=True).encode(
        x=alt.X("start:T", scale=x_scale, title=None, axis=alt.Axis(format="%b %Y")))
    # One text layer per lane (above or below the row's marks) and side of the mark
    # (a label near the right edge ends at its mark, so the edge does not cut it).
    labels = [base.transform_filter((alt.datum.lane == lane) & (alt.datum.align == align)
                                    & alt.expr.isValid(alt.datum.label)).mark_text(
        dy=-12 if lane == 0 else 13, dx=-3 if align == "right" else 3, align=align, fontSize=10,
        clip=True).encode(x=alt.X("start:T", title=None), text="label:N", color=alt.value("#333"))
        for lane, align in sorted({(r["lane"], r["align"]) for r in rows if r["label"]})]
    zoom = alt.selection_interval(bind="scales", encodings=["x"])
    chart = alt.layer(months.add_params(zoom), days, *labels).properties(
        width=WIDTH, height=alt.Step(40), title="Timeline of dated events (days and months)")
    spec = _spec(chart, open="date")
    spec["usermeta"]["tradefigures"].update(
        shown=len(rows), years_only=len(dates) - len(rows), window=list(window) if window else None,
        outside_view=sum(1 for r in rows if window and (r["end"] < window[0] or r["start"] > window[1])))
    return spec


def _window(rows: list[dict]) -> tuple[str, str] | None:
    """The span that holds the bulk of the events: from the 5th percentile of their
    starts to the last end, padded by two weeks."""
    if len(rows) < 2:
        return None
    starts = sorted(date.fromisoformat(r["start"]) for r in rows)
    pad = timedelta(days=14)
    lo = starts[int(0.05 * (len(starts) - 1))] - pad
    hi = max(date.fromisoformat(r["end"]) for r in rows) + pad
    return lo.isoformat(), hi.isoformat()


def _label(rows: list[dict], window: tuple[str, str] | None) -> None:
    """Give each event a label ("Jul 1" for a day, "Sep" for a month), once per role and
    interval, in one of two lanes: above its mark unless the last label above, in its
    role, began less than a twelfth of the view before it (at 800 pixels, the width of
    a label), else below on the same terms; where both lanes are taken the event keeps
    its tooltip and no label, as text drawn over text is read by no one."""
    lo, hi = (date.fromisoformat(w) for w in window) if window else (None, None)
    gap = (hi - lo) / LABELS_PER_VIEW if window else timedelta(0)
    last: dict[tuple[str, int], date] = {}
    seen = set()
    for r in sorted(rows, key=lambda r: (r["role"], r["start"], r["granularity"], r["id"])):
        start = date.fromisoformat(r["start"])
        key = (r["role"], r["start"], r["end"])
        free = [n for n in (0, 1) if (r["role"], n) not in last or start - last[r["role"], n] >= gap]
        r["label"] = _date_label(start, r["granularity"]) if free and key not in seen else None
        r["lane"] = free[0] if free else 0
        r["align"] = "right" if window and start > hi - 2 * gap else "left"
        seen.add(key)
        if r["label"]:
            last[r["role"], r["lane"]] = start


def _date_label(day: date, granularity: str) -> str:
    return f"{day:%b} {day.day}" if granularity == "day" else f"{day:%b}"


def all_charts(figures: pl.DataFrame, page: dict) -> dict[str, dict]:
    """Every chart of the report, by the id of the element it renders into."""
    return {
        "chart-kinds": kinds(page["summary"]["by_kind"]),
        "chart-tariffs": tariff_rates(figures),
        "chart-directions": directions(figures),
        "chart-timeline": timeline(page["dates"], page["articles"]),
    }
