"""From mentions to facts: the tables a release derives from its own figures and dates.

``measures`` groups tariff-rate mentions into tariff measures with their status
history, ``facts`` groups the other figures into facts with their corroboration, and
``conflicts`` pairs facts, or measures, that cannot both be right. Each works in a
`session` (DuckDB, out of core) over the release's rows and judges in Python only what
is per distinct value, signature or fact; the rules are in docs/facts.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TypeVar

import polars as pl

from tradefigures.validate import vocabulary
from tradefigures.warehouse.derive import conflicts, corroboration, facts, measures, session

TABLES = vocabulary.DERIVED_TABLES
# The columns of a release's tables that deriving reads.
COLUMNS = session.COLUMNS
T = TypeVar("T")


def derive(articles: pl.DataFrame, figures: pl.DataFrame, dates: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The derived tables of a release, by name, from its articles, figures and dates."""
    with session.of_frames(articles, figures, dates) as s:
        return {name: pl.concat(list(rows)) for name, rows in _derived(s)}


def derive_parts(paths: dict[str, list[Path]], temp_root: Path,
                 write: Callable[[str, Iterator[pl.DataFrame]], T]) -> dict[str, T]:
    """The derived tables of a release, from the Parquet parts of its articles, figures
    and dates (table -> files), read out of core (DuckDB spills under temp_root): each
    handed to `write(table, slices)` as it is made, a few rows at a time, and what
    `write` returns kept by name."""
    with session.of_parts(paths, temp_root) as s:
        return {name: write(name, rows) for name, rows in _derived(s)}


def _derived(s: session.Session) -> Iterator[tuple[str, Iterator[pl.DataFrame]]]:
    """Each derived table's name and its rows in slices, made in the session while it
    is open: a table's slices are to be read before the next table is asked for."""
    found_measures = measures.derive(s)
    yield "tariff_measures", corroboration.slices(s, found_measures, "rate_members", "measure_id", measures.SCHEMA)
    found_facts = facts.derive(s)
    yield "facts", corroboration.slices(s, found_facts, "fact_members", "_cluster", facts.SCHEMA)
    yield "conflicts", iter([conflicts.derive(found_measures, found_facts, s)])


@cache
def version() -> str:
    """A hash of the rules' source: a release derived by other rules is derived again."""
    from tradefigures.extract.extractor import package_fingerprint

    return package_fingerprint("tradefigures.warehouse.derive")
