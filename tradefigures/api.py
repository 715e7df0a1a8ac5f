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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import polars as pl

from tradefigures.errors import LengthMismatch, NotADate, NotText
from tradefigures.warehouse.limits import MEMORY_LIMIT, TIME_LIMIT

if TYPE_CHECKING:
    from tradefigures.extract.extractor import Extraction


@dataclass(frozen=True)
class Extracted:
    """The rows one text gives: figures and dates that passed validation, and any that
    did not (with the reason), as Polars DataFrames in the release's columns."""

    article_id: str
    figures: pl.DataFrame
    dates: pl.DataFrame
    quarantine: pl.DataFrame


# Articles validated per call: pandera's fixed cost (about 50 ms a call) becomes a
# small share of each article's, and a batch's frames stay a few megabytes.
BATCH = 200


def extract(text: str | Sequence[str], published: date | str | Sequence | None = None,
            title: str | Sequence | None = None) -> Extracted | list[Extracted]:
    """Figures and dates in `text`, with every field and offsets into `text` as given.

    The same extractor and the same validation as the pipeline; nothing is written.
    `published` (a date or "YYYY-MM-DD") resolves relative dates ("next year").

    Given a list of texts, a list of their rows in the same order, the same rows each
    would give alone; they are validated many to a call, which is what keeps a long
    list fast. `published` and `title` then apply to every text, or are lists with one
    value per text.
    """
    if isinstance(text, (list, tuple)):
        for name, given in (("published", published), ("title", title)):
            if isinstance(given, (list, tuple)) and len(given) != len(text):
                raise LengthMismatch(f"{len(text)} texts but {len(given)} values of {name}: give one "
                                     f"per text, or one value for all")
        return list(extract_each(text, published, title))
    if not isinstance(text, str):
        raise NotText(f"extract takes the text of an article as a str, not {type(text).__name__}")
    return next(extract_each([text], published, title))


def extract_each(texts: Iterable[str], published: date | str | Sequence | None = None,
                 title: str | Sequence | None = None) -> Iterator[Extracted]:
    """The rows of each text in turn, as `extract` gives them: extracted one by one,
    validated `BATCH` at a time, so an endless stream of texts takes bounded memory."""
    # imported here, not at the top: `import tradefigures` stays light for the command line
    from tradefigures.extract.extractor import RulesExtractor
    from tradefigures.extract.ids import article_id

    extractor = RulesExtractor()
    pending: list[_Read] = []
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise NotText(f"extract takes the text of an article as a str, not {type(text).__name__} "
                          f"(text {i})")
        day = as_date(_per_text(published, i, "published"))
        name = _per_text(title, i, "title")
        aid = article_id(text)
        # one article id per batch: the same text twice (or two texts that normalise
        # alike) would otherwise be one article to the validation
        if len(pending) >= BATCH or any(p.article_id == aid for p in pending):
            yield from _validated(pending)
            pending = []
        pending.append(_Read(aid, text, name, day, extractor.extract(text, day, aid, name)))
    yield from _validated(pending)


def _per_text(given, i: int, name: str):
    """Text i's value of `given`: its own from a list, or the one value for all."""
    if not isinstance(given, (list, tuple)):
        return given
    if i >= len(given):
        raise LengthMismatch(f"no value of {name} for text {i}: {len(given)} given")
    return given[i]


def as_date(published: date | str | None) -> date | None:
    """A publication date as given, or read from "YYYY-MM-DD"."""
    if published is None or isinstance(published, date):
        return published
    if isinstance(published, str):
        try:
            return date.fromisoformat(published)
        except ValueError:
            pass
    shown = f'"{published}"' if isinstance(published, str) else repr(published)
    raise NotADate(f"published {shown} is not a date (YYYY-MM-DD, or a datetime.date)")


class _Read(NamedTuple):
    """A text read and extracted, waiting for its batch's validation."""

    article_id: str
    text: str
    title: str | None
    published: date | None
    rows: Extraction


def _validated(pending: list[_Read]) -> Iterator[Extracted]:
    """Each pending article's rows after one validation of them all."""
    from tradefigures.extract.batch import ExtractedBatch
    from tradefigures.validate.quarantine import check_batch
    from tradefigures.validate.schemas import empty

    now = datetime.now(timezone.utc)
    # a blank text gives no rows, and is not an article to validate
    read = [p for p in pending if p.text.strip()]
    # No sources table: the API reads no source, and Extracted has none.
    batch = ExtractedBatch(
        [{"article_id": p.article_id, "source_uri": "<text>", "url": None, "title": p.title, "outlet": None,
          "published_date": p.published, "retrieved_at": now,
          "content_sha256": hashlib.sha256(p.text.encode("utf-8")).hexdigest(), "text": p.text}
         for p in read],
        [row for p in read for row in p.rows.figures], [row for p in read for row in p.rows.dates])
    tables = check_batch(batch).tables if read else {t: empty(t) for t in ("figures", "dates", "quarantine")}
    parts = {t: tables[t].partition_by("article_id", as_dict=True, maintain_order=True)
             for t in ("figures", "dates", "quarantine")}
    for p in pending:
        if not p.text.strip():
            yield Extracted(p.article_id, empty("figures"), empty("dates"), empty("quarantine"))
            continue
        yield Extracted(p.article_id, *(parts[t].get((p.article_id,), tables[t].clear())
                                        for t in ("figures", "dates", "quarantine")))


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
        from tradefigures.warehouse.errors import NoTable

        if name not in schemas.MODELS:
            raise NoTable(name, schemas.MODELS)
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
    """Every row of an extraction as a JSON line, with the table it belongs to; a
    quarantined row names the table it was meant for in `row_table`; `cues` is an
    object, not a string of JSON."""
    from tradefigures.warehouse.formats import json_lines

    parts = []
    for table in ("figures", "dates", "quarantine"):
        df = getattr(rows, table)
        if table == "quarantine":
            df = df.rename({"table": "row_table"})
        if df.height:
            parts.append(json_lines(df.columns, df.rows(), source=source, table=table))
    return "".join(parts)
