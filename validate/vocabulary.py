"""The contract's vocabularies: every value a coded column may take."""

KINDS = ("tariff_rate", "trade_value", "trade_share", "jobs", "economic_impact",
         "economic_indicator", "other")
UNITS = ("percent", "currency", "count", "ratio")
QUALIFIERS = ("exact", "approximate", "lower_bound", "upper_bound")
PERIODS = ("annual", "quarterly", "monthly", "daily")
SECTORS = ("all", "steel", "aluminum", "autos", "trucks", "lumber", "energy", "agriculture",
           "copper", "furniture", "critical_minerals", "manufacturing")
STATUSES = ("in_effect", "announced", "threatened", "removed")
# What a figure is about: the measures of the annotation guidelines (gold/GUIDELINES.md).
MEASURES = ("exports", "imports", "two_way_trade", "trade_balance", "covered_trade", "export_share",
            "import_share", "gdp", "unemployment_rate", "inflation", "interest_rate", "price",
            "production", "jobs_at_risk", "jobs_lost", "employment", "economic_cost", "tariff_revenue",
            "support_funding")
GRANULARITIES = ("day", "month", "year")
ROLES = ("deadline", "effective", "announcement", "meeting", "review", "reference")
# Tables whose rows belong to an article: a release's group holds one part of each.
TABLES = ("articles", "figures", "dates", "quarantine", "sources")
# Tables a release derives from its own figures and dates (docs/facts.md).
DERIVED_TABLES = ("tariff_measures", "facts", "conflicts")
# The decisions of people that a release applies to its rows, and what came of each
# (docs/reviewing.md).
REVIEW_TABLES = ("corrections",)
# Every table a release holds: the one list the warehouse's modules read.
RELEASE_TABLES = TABLES + DERIVED_TABLES + REVIEW_TABLES
# Columns that hold JSON text in Parquet and SQL; JSON output nests them as values.
JSON_COLUMNS = ("cues", "status_history", "set_values", "before", "after")
# Kinds grouped into facts: tariff rates are measures, `other` is no one quantity.
FACT_KINDS = tuple(k for k in KINDS if k not in ("tariff_rate", "other"))
CONFLICT_KINDS = ("fact", "measure")

# A tariff rate lies in this range, in percent.
TARIFF_RATE_RANGE = (0.0, 1000.0)

# What a person may decide of a figure or a date (`tradefigures review`): it is right as
# extracted, these fields take these values, or it is no figure (or date) at all.
DECISIONS = ("confirm", "set", "reject")
# What a release made of a decision: applied to its row; redundant (the extractor now
# gives every value it sets); orphaned (its row is no longer in the release); invalid
# (the row it would make breaks a rule, so it is not applied).
OUTCOMES = ("applied", "redundant", "orphaned", "invalid")
# The tables a person reviews, and the column that names their rows.
REVIEWED_TABLES = {"figures": "figure_id", "dates": "date_id"}
# The fields a person may set: every column but the row's ids, its place in the
# article's text (offsets, mention, sentence), what produced it (cues, extractor) and
# the review's own columns. Moving a span is no correction: reject the row instead.
REVIEWABLE = {
    "figures": ("kind", "value", "unit", "currency", "qualifier", "period", "sectors", "status", "imposed_by",
                "applied_to", "source_org", "measure", "measure_phrase", "ref_period"),
    "dates": ("value", "granularity", "date_start", "date_end", "relative", "role"),
}
