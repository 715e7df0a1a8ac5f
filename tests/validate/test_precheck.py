"""The fast pass never lets through a table pandera would reject, and passes clean ones."""

import math

import pandera.polars as pa
import polars as pl
import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st

from tradefigures.validate import precheck, schemas
from tradefigures.validate.quarantine import frame

from .test_quarantine import DATE_BREAKS, FIGURE_BREAKS, batch, figure


def in_article(table: str, b) -> tuple[type[pa.DataFrameModel], pl.DataFrame]:
    """A table with its article's text alongside, as check_batch validates it."""
    texts = frame("articles", b.articles).select("article_id", pl.col("text").alias("article_text"))
    rows = frame(table, getattr(b, table)).join(texts, on="article_id", how="left", maintain_order="left")
    return {"figures": schemas.FiguresInArticle, "dates": schemas.DatesInArticle}[table], rows


def pandera_passes(model, df) -> bool:
    try:
        model.validate(df, lazy=True)
    except pa.errors.SchemaErrors:
        return False
    return True


def test_clean_tables_pass():
    b = batch()
    for table in ("figures", "dates"):
        assert precheck.passes(*in_article(table, b))
    assert precheck.passes(schemas.Articles, frame("articles", b.articles))
    assert precheck.passes(schemas.Sources, frame("sources", b.sources))


@pytest.mark.parametrize("breaks", [b[1] for b in FIGURE_BREAKS], ids=[b[0] for b in FIGURE_BREAKS])
def test_every_broken_figure_rule_is_left_to_pandera(breaks):
    b = batch()
    breaks(figure(b, "25%"))
    model, df = in_article("figures", b)
    assert not pandera_passes(model, df)
    assert not precheck.passes(model, df)


@pytest.mark.parametrize("breaks", [b[1] for b in DATE_BREAKS], ids=[b[0] for b in DATE_BREAKS])
def test_every_broken_date_rule_is_left_to_pandera(breaks):
    b = batch()
    breaks(b.dates[0])
    model, df = in_article("dates", b)
    assert not precheck.passes(model, df)


def test_duplicates_missing_and_extra_columns_are_left_to_pandera():
    b = batch()
    b.figures.append(dict(b.figures[0]))
    model, df = in_article("figures", b)
    assert not precheck.passes(model, df)
    model, df = in_article("figures", batch())
    assert not precheck.passes(model, df.drop("kind"))
    assert not precheck.passes(model, df.with_columns(pl.lit(1).alias("extra")))
    assert not precheck.passes(model, df.with_columns(pl.col("char_start").cast(pl.Int32)))


ODD = st.sampled_from([None, "", " ", "x", "ZZ", "USD", "*", "25%", "{}", "[", -1, 0, 10**9, -0.5, 1500.0,
                       math.nan, math.inf, "tariff_rate", "percent", "count", "day", "2025-13", ["fish"], []])


@settings(max_examples=150, deadline=None)
@given(table=st.sampled_from(["figures", "dates"]), changes=st.lists(
    st.tuples(st.integers(0, 40), st.sampled_from([0, 1]), ODD), min_size=1, max_size=3))
def test_what_the_fast_pass_passes_pandera_passes(table, changes):
    b = batch()
    rows = getattr(b, table)
    for column, row, value in changes:
        names = list(schemas.polars_schema(table))
        rows[row % len(rows)][names[column % len(names)]] = value
    try:
        model, df = in_article(table, b)
    except (TypeError, pl.exceptions.PolarsError):
        reject()  # a value no frame of the table holds
    if precheck.passes(model, df):
        assert pandera_passes(model, df)
