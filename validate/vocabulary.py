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
# Every table a release holds: the one list the warehouse's modules read.
RELEASE_TABLES = TABLES + DERIVED_TABLES
# Columns that hold JSON text in Parquet and SQL; JSON output nests them as values.
JSON_COLUMNS = ("cues", "status_history")
# Kinds grouped into facts: tariff rates are measures, `other` is no one quantity.
FACT_KINDS = tuple(k for k in KINDS if k not in ("tariff_rate", "other"))
CONFLICT_KINDS = ("fact", "measure")

# A tariff rate lies in this range, in percent.
TARIFF_RATE_RANGE = (0.0, 1000.0)
