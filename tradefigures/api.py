"""The Python API: extract figures from a text, read a warehouse. Re-exported from
`tradefigures`; the command line calls these same functions.

>>> import tradefigures
>>> rows = tradefigures.extract("Ottawa keeps its 25% counter-tariff on U.S. steel.")
>>> rows.figures.select("kind", "value", "imposed_by", "applied_to").row(0)
('tariff_rate', 25.0, 'CA', 'US')
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import polars as pl

from tradefigures.warehouse.limits import MEMORY_LIMIT, TIME_LIMIT


class NotText(TypeError):
    """What was given to extract is not a string of text."""


@dataclass(frozen=True)
class Extracted:
    """The rows one text gives: figures and dates that passed validation, and any that
    did not (with the reason), as Polars DataFrames in the release's columns."""

    article_id: str
    figures: pl.DataFrame
    dates: pl.DataFrame
    quarantine: pl.DataFrame


def extract(text: str, published: date | str | None = None, title: str | None = None) -> Extracted:
    """Figures and dates in `text`, with every field and offsets into `text` as given.

    The same extractor and the same validation as the pipeline; nothing is written.
    `published` (a date or "YYYY-MM-DD") resolves relative dates ("next year").
    """
    # imported here, not at the top: `import tradefigures` stays light for the command line
    from tradefigures.extract.batch import ExtractedBatch
    from tradefigures.extract.extractor import RulesExtractor
    from tradefigures.extract.ids import article_id
    from tradefigures.validate.quarantine import check_batch

    if not isinstance(text, str):
        raise NotText(f"extract takes the text of an article as a str, not {type(text).__name__}")
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError:
            raise ValueError(f'published "{published}" is not a date (YYYY-MM-DD)') from None
    aid = article_id(text)
    rows = RulesExtractor().extract(text, published, aid, title)
    now = datetime.now(timezone.utc)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    batch = ExtractedBatch(
        [{"article_id": aid, "source_uri": "<text>", "url": None, "title": title, "outlet": None,
          "published_date": published, "retrieved_at": now, "content_sha256": digest, "text": text}],
        rows.figures, rows.dates,
        [{"source_uri": "<text>", "article_id": aid, "content_sha256": digest, "retrieved_at": now,
          "fingerprint": digest[:32]}])
    checked = check_batch(batch) if text.strip() else None
    if checked is None:
        from tradefigures.validate.schemas import empty

        return Extracted(aid, empty("figures"), empty("dates"), empty("quarantine"))
    return Extracted(aid, checked.tables["figures"], checked.tables["dates"], checked.tables["quarantine"])


class Warehouse:
    """A warehouse opened read-only: its releases and their tables as Polars DataFrames.

    Tables come from the newest release unless a release id is given; `sql` answers
    through the catalog with the same refusals as `tradefigures query`.
    """

    def __init__(self, path: str | os.PathLike = "warehouse"):
        from tradefigures.warehouse import layout
        from tradefigures.warehouse.errors import NoWarehouse

        self.path = layout.resolve(path)
        if not layout.releases_dir(self.path).is_dir():
            raise NoWarehouse(self.path)

    def __repr__(self) -> str:
        return f"Warehouse({str(self.path)!r})"

    def releases(self) -> pl.DataFrame:
        """Every release, oldest first: id, parent, when, row counts, what each added."""
        from tradefigures.warehouse import history

        return history.table(self.path)

    def table(self, name: str, release: str | None = None) -> pl.DataFrame:
        """One table of a release: the newest by default, else an id, a unique prefix of
        one, or "latest"."""
        from tradefigures.validate import schemas
        from tradefigures.warehouse import history, releases

        if name not in schemas.MODELS:
            raise ValueError(f'no table "{name}": the tables are {", ".join(schemas.MODELS)}')
        rel = releases.load(self.path, history.resolve(self.path, release))
        parts = [rel.path / p["path"] for p in rel.parts(name)]
        return pl.read_parquet(parts) if parts else schemas.empty(name)

    def figures(self, release: str | None = None) -> pl.DataFrame:
        return self.table("figures", release)

    def dates(self, release: str | None = None) -> pl.DataFrame:
        return self.table("dates", release)

    def articles(self, release: str | None = None) -> pl.DataFrame:
        return self.table("articles", release)

    def quarantine(self, release: str | None = None) -> pl.DataFrame:
        return self.table("quarantine", release)

    def sources(self, release: str | None = None) -> pl.DataFrame:
        return self.table("sources", release)

    def sql(self, query: str, time_limit: float = TIME_LIMIT, memory_limit: str = MEMORY_LIMIT) -> pl.DataFrame:
        """The answer to one read-only SQL statement over the catalog's views: a SELECT or an
        EXPLAIN of one, stopped (QueryStopped) past `time_limit` seconds or `memory_limit`."""
        from tradefigures.warehouse import query as q

        return q.run(Path(self.path), query, time_limit, memory_limit)


def rows_as_jsonl(rows: Extracted, source: str = "-") -> str:
    """Every row of an extraction as a JSON line, with the table it belongs to."""
    parts = []
    for table in ("figures", "dates", "quarantine"):
        df = getattr(rows, table)
        if df.height:
            parts.append(df.select(pl.lit(source).alias("source"), pl.lit(table).alias("table"), pl.all())
                         .write_ndjson())
    return "".join(parts)
