"""A fast first pass over a table: its pandera model's own checks, run as Polars queries.

Pandera's polars backend costs about 50 ms a `validate` call whatever the frame's size
(docs/benchmarks.md), most of it machinery around the checks rather than the checks.
`passes` asks the same questions (the model's columns, types, nulls, uniqueness and
every check, built by pandera's own check functions from `validate/schemas.py`) as
one-cell Polars queries. It only ever says yes or "ask pandera": a table it passes, pandera
passes; a table it does not is validated by pandera, which names the rows and reasons.
"""

from __future__ import annotations

from functools import cache

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData
from pandera.constants import CHECK_OUTPUT_KEY


def passes(model: type[pa.DataFrameModel], df: pl.DataFrame) -> bool:
    """True when pandera would pass `df` against `model`; False when it may not."""
    schema = _schema(model)
    if schema is None:
        return False
    types = df.schema
    names = set(types)
    required = {name for name, column in schema.columns.items() if column.required}
    if not names >= required or (schema.strict and not names <= set(schema.columns)):
        return False
    lf = df.lazy()
    answers = []
    try:
        for name, column in schema.columns.items():
            if name not in names:
                continue
            if column.dtype is not None and not column.dtype.check(types[name], PolarsData(lf.select(name), name)):
                return False
            if not column.nullable:
                present = pl.col(name).is_not_null()
                if types[name].is_float():
                    present = present & pl.col(name).is_not_nan()
                answers.append(lf.select(present.all()))
            if column.unique:
                answers.append(lf.select(pl.col(name).is_duplicated().not_().all()))
            answers += [_answer(check, lf, name) for check in column.checks]
        answers += [_answer(check, lf, "*") for check in schema.checks]
        if any(a is False for a in answers):
            return False
        # One query at a time: `pl.collect_all` over these plans sometimes never returned
        # (polars 2.1: its runtime parked for good, about one test run in three).
        frames = [a.collect() for a in answers if a is not True]
    except Exception:
        # a check that raises is a failure to pandera (CHECK_ERROR): let it say so
        return False
    return all(f.item() is True for f in frames)


def _answer(check: pa.Check, lf: pl.LazyFrame, key: str) -> pl.LazyFrame | bool:
    """One check as a one-cell query: did every row pass? Nulls count as pandera counts them."""
    # as Check.__call__ does: a built-in check's function is looked up again, since the
    # polars versions are registered after the model's checks were made
    name = getattr(check._check_fn, "__name__", None)
    if name is not None and check.is_builtin_check(name):
        check._check_fn = check.get_builtin_check_fn(name)
    out = check.get_backend(lf)(check).apply(PolarsData(lf, key))
    if isinstance(out, bool):
        return out
    ok = pl.col(CHECK_OUTPUT_KEY)
    ok = (ok | ok.is_null()) if check.ignore_na else ok.fill_null(False)
    return out.select(ok.all())


@cache
def _schema(model: type[pa.DataFrameModel]):
    """The model's schema, or None when it uses what `passes` does not mirror."""
    from pandera.config import CONFIG

    if CONFIG.use_narwhals_backend:
        return None
    schema = model.to_schema()
    # what the first `validate` would do: register the polars check functions
    schema.register_default_backends(pl.LazyFrame)
    if (schema.coerce or schema.ordered or schema.unique or schema.add_missing_columns
            or schema.drop_invalid_rows or schema.strict not in (True, False) or schema.parsers
            or any(c.element_wise or c.groupby is not None for c in schema.checks)):
        return None
    for column in schema.columns.values():
        if (column.coerce or column.regex or column.default is not None
                or column.parsers or any(c.element_wise or c.groupby is not None for c in column.checks)):
            return None
    return schema
