"""From mentions to facts: the tables a release derives from its own figures and dates.

``measures`` groups tariff-rate mentions into tariff measures with their status
history, ``facts`` groups the other figures into facts with their corroboration, and
``conflicts`` pairs facts, or measures, that cannot both be right. Pure functions over
polars frames; the rules are in docs/facts.md.
"""

from __future__ import annotations

from functools import cache

import polars as pl

from tradefigures.validate import vocabulary
from tradefigures.warehouse.derive import conflicts, corroboration, facts, measures

TABLES = vocabulary.DERIVED_TABLES
compact = corroboration.compact
# The columns of a release's tables that deriving reads.
COLUMNS = {"articles": corroboration.ARTICLE_COLUMNS, "figures": corroboration.FIGURE_COLUMNS,
           "dates": measures.DATE_COLUMNS}


def derive(articles: pl.DataFrame, figures: pl.DataFrame, dates: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The derived tables of a release, by name, from its articles, figures and dates
    (whose sentences may be compacted already)."""
    mentions = corroboration.mentions(articles, figures)
    found_measures = measures.derive(mentions, dates)
    found_facts = facts.derive(mentions)
    return {"tariff_measures": found_measures, "facts": found_facts,
            "conflicts": conflicts.derive(found_measures, found_facts, mentions)}


@cache
def version() -> str:
    """A hash of the rules' source: a release derived by other rules is derived again."""
    from tradefigures.extract.extractor import package_fingerprint

    return package_fingerprint("tradefigures.warehouse.derive")
