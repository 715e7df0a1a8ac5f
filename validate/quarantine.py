"""Judge a batch of rows: what passes goes on, what fails goes to quarantine with a reason."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime

import pandera.polars as pa
import polars as pl

from tradefigures.extract.batch import ExtractedBatch
from tradefigures.extract.sources.model import Skipped
from tradefigures.validate import precheck, schemas

_PARAM = re.compile(r"^(\w+)\((.*)\)$")


@dataclass(slots=True)
class CheckedBatch:
    """A batch's tables with only valid rows, its quarantine, and what was not read."""

    tables: dict[str, pl.DataFrame]
    skipped: list[Skipped] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extract_seconds: float = 0.0
    items: int = 0

    @property
    def quarantined(self) -> int:
        return self.tables["quarantine"].height


# What a row holds before any person reviewed it: an extractor says nothing of review.
UNREVIEWED = {"reviewed": False, "corrected_fields": ()}


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows as a DataFrame of the table's schema, unreviewed where they do not say. A
    value of the wrong type becomes null here and then fails its column's check, so that
    it lands in quarantine."""
    schema = schemas.polars_schema(table)
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame([pl.Series(name, [_value(r, name) for r in rows], dtype=dtype, strict=False)
                         for name, dtype in schema.items()])


def _value(row: dict, name: str):
    if name in row:
        return row[name]
    default = UNREVIEWED.get(name)
    return list(default) if isinstance(default, tuple) else default


def check_batch(batch: ExtractedBatch) -> CheckedBatch:
    """Validate every table of an extracted batch against the contract."""
    articles = frame("articles", batch.articles).unique("article_id", keep="first", maintain_order=True)
    sources = frame("sources", batch.sources)
    figures = frame("figures", batch.figures).unique("figure_id", keep="first", maintain_order=True)
    dates = frame("dates", batch.dates).unique("date_id", keep="first", maintain_order=True)

    quarantine: list[dict] = []
    articles, bad = validate_table("articles", articles)
    quarantine += bad
    texts = articles.select("article_id", pl.col("text").alias("article_text"))
    for name, rows in (("figures", figures), ("dates", dates)):
        joined = rows.join(texts, on="article_id", how="left", maintain_order="left")
        orphans = joined.filter(pl.col("article_text").is_null())
        for row in orphans.drop("article_text").iter_rows(named=True):
            quarantine.append(_quarantine_row(name, row, "article_valid",
                                              "Its article failed validation, so the row has nothing to point into."))
        joined = joined.filter(pl.col("article_text").is_not_null())
        good, bad = validate_table(name, joined)
        quarantine += bad
        if name == "figures":
            figures = good.drop("article_text")
        else:
            dates = good.drop("article_text")
    sources, bad = validate_table("sources", sources.filter(pl.col("article_id").is_in(articles["article_id"].implode())))
    quarantine += bad
    tables = {
        "articles": articles, "figures": figures, "dates": dates, "sources": sources,
        "quarantine": frame("quarantine", quarantine),
    }
    return CheckedBatch(tables, list(batch.skipped), list(batch.unchanged), list(batch.warnings),
                        batch.extract_seconds, batch.items)


def field_failures(table: str, values: dict) -> list[tuple[str, str, str]]:
    """(field, rule, reason) for each value that its column's own rules refuse, whatever
    the rest of the row: the checks of those columns alone in the table's schema. A
    value of the wrong type is named too."""
    return each_field_failures(table, [values]).get(0, [])


def each_field_failures(table: str, rows: list[dict]) -> dict[int, list[tuple[str, str, str]]]:
    """`field_failures` of many rows of values at once (one Pandera call per column, not
    per row): the index of each row that fails -> its (field, rule, reason)."""
    model = schemas.MODELS[table]
    columns = model.to_schema().columns
    types = schemas.polars_schema(table)
    out: dict[int, list[tuple[str, str, str]]] = {}
    for name in dict.fromkeys(n for row in rows for n in row):
        dtype = types[name]
        where, kept = [], []
        for i, row in enumerate(rows):
            if name not in row:
                continue
            try:
                pl.Series(name, [row[name]], dtype=dtype, strict=True)
            except (TypeError, ValueError, pl.exceptions.PolarsError):
                out.setdefault(i, []).append(
                    (name, "dtype", f"{name} {row[name]!r} is not of its type ({_type_name(dtype)})."))
                continue
            where.append(i)
            kept.append(row[name])
        if not kept:
            continue
        try:
            pa.DataFrameSchema({name: columns[name]}).validate(
                pl.DataFrame([pl.Series(name, kept, dtype=dtype)]), lazy=True)
        except pa.errors.SchemaErrors as exc:
            for case in exc.failure_cases.iter_rows(named=True):
                hit = range(len(kept)) if case["index"] is None else (case["index"],)
                for j in hit:
                    out.setdefault(where[j], []).append(
                        (name, _check_name(case["check"], name), _reason(model, case["check"], name,
                                                                          case["failure_case"])))
    return out


def _type_name(dtype: pl.DataType) -> str:
    return {pl.String: "text", pl.Float64: "a number", pl.Int64: "a whole number", pl.Boolean: "true or false",
            pl.Date: "a date, YYYY-MM-DD", pl.List(pl.String): "a list of text"}.get(dtype, str(dtype))


def validate_table(table: str, df: pl.DataFrame) -> tuple[pl.DataFrame, list[dict]]:
    """(valid rows, quarantine rows) of one table."""
    model = {"figures": schemas.FiguresInArticle, "dates": schemas.DatesInArticle}.get(table) \
        if "article_text" in df.columns else schemas.MODELS[table]
    if df.height == 0 or precheck.passes(model, df):
        return df, []
    try:
        model.validate(df, lazy=True)
        return df, []
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    failures: dict[int, list[tuple[str, str]]] = {}
    for case in cases.iter_rows(named=True):
        index = case["index"]
        targets = range(df.height) if index is None else (index,)
        reason = _reason(model, case["check"], case["column"], case["failure_case"])
        for i in targets:
            failures.setdefault(i, []).append((_check_name(case["check"], case["column"]), reason))
    bad_rows = []
    for i, found in sorted(failures.items()):
        row = df.row(i, named=True)
        row.pop("article_text", None)
        names = list(dict.fromkeys(n for n, _ in found))
        reasons = list(dict.fromkeys(r for _, r in found))
        bad_rows.append(_quarantine_row(table, row, ", ".join(names), " ".join(reasons)))
    keep = pl.Series([i not in failures for i in range(df.height)])
    return df.filter(keep), bad_rows


def _quarantine_row(table: str, row: dict, check: str, reason: str) -> dict:
    return {"table": table, "article_id": row.get("article_id"),
            "row": json.dumps(row, default=_jsonable, ensure_ascii=False, sort_keys=True),
            "check": check, "reason": reason}


def _jsonable(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _check_name(check: str, column: str | None) -> str:
    m = _PARAM.match(check or "")
    base = m.group(1) if m else (check or "schema")
    return f"{column}.{base}" if column and column not in schemas.MODELS and not column[0].isupper() else base


def _reason(model, check: str, column: str | None, failure) -> str:
    """The sentence a person reads for a failed check."""
    method = getattr(model, check, None) if check else None
    if method is not None and getattr(method, "__doc__", None):
        return method.__doc__.strip()
    name, args = (_PARAM.match(check).groups() if check and _PARAM.match(check) else (check, ""))
    shown = failure if isinstance(failure, str) and len(failure) < 80 else str(failure)[:80]
    if name == "isin":
        return f"{column} {shown!r} is not one of the allowed values ({args.strip('[]()')})."
    if name == "str_matches":
        return f"{column} {shown!r} is not in the expected form."
    if name in ("greater_than_or_equal_to", "greater_than", "less_than_or_equal_to", "less_than", "in_range"):
        words = {"greater_than_or_equal_to": "at least", "greater_than": "more than",
                 "less_than_or_equal_to": "at most", "less_than": "less than", "in_range": "between"}[name]
        return f"{column} must be {words} {args} (got {shown})."
    if name == "str_length":
        return f"{column} must not be empty."
    if name == "not_nullable":
        return f"{column} is missing (null) but is required."
    if name in ("field_uniqueness", "unique"):
        return f"{column} {shown!r} appears more than once."
    if name == "dtype":
        return f"{column} has the wrong type ({shown})."
    return f"{column or 'row'} failed {check} (value {shown})."
