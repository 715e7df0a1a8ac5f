"""Small frames of articles, figures and dates, built field by field, for the derive tests."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from tradefigures.validate import schemas
from tradefigures.warehouse import derive
from tradefigures.warehouse.derive.corroboration import stable_id


class Release:
    """Articles and their figures and dates, added one at a time; `derived()` gives the
    derived tables, each checked against its schema."""

    def __init__(self):
        self.articles: list[dict] = []
        self.figures: list[dict] = []
        self.dates: list[dict] = []

    def article(self, published: str | None = None, outlet: str | None = None) -> str:
        article_id = stable_id("article", len(self.articles))
        self.articles.append({"article_id": article_id, "outlet": outlet,
                              "published_date": date.fromisoformat(published) if published else None})
        return article_id

    def figure(self, article_id: str, value: float, kind: str = "tariff_rate", sentence: str | None = None,
               char_start: int = 0, **fields) -> str:
        figure_id = stable_id("figure", article_id, len(self.figures))
        tariff = kind == "tariff_rate"
        row = {"figure_id": figure_id, "article_id": article_id, "kind": kind, "value": float(value),
               "unit": "percent" if tariff else "count", "currency": None, "qualifier": "exact",
               "period": None, "sectors": ["all"], "status": "in_effect" if tariff else None,
               "imposed_by": "US" if tariff else None, "applied_to": "CA" if tariff else None,
               "source_org": None, "measure": None, "ref_period": None, "char_start": char_start,
               "sentence": sentence or f"Sentence {len(self.figures)}."}
        row.update(fields)
        self.figures.append(row)
        return figure_id

    def date(self, article_id: str, value: str, role: str, sentence: str, char_start: int = 0) -> None:
        self.dates.append({"article_id": article_id, "sentence": sentence, "char_start": char_start,
                           "role": role, "value": value})

    def frames(self) -> dict[str, pl.DataFrame]:
        out = {}
        for table, rows in (("articles", self.articles), ("figures", self.figures), ("dates", self.dates)):
            columns = derive.COLUMNS[table]
            schema = {c: t for c, t in schemas.polars_schema(table).items() if c in columns}
            out[table] = pl.DataFrame(rows, schema=schema)
        return out

    def derived(self) -> dict[str, pl.DataFrame]:
        tables = derive.derive(**self.frames())
        for name, df in tables.items():
            schemas.MODELS[name].validate(df, lazy=True)
            assert df.schema == schemas.polars_schema(name), name
        return tables


@pytest.fixture
def release() -> Release:
    return Release()
