"""The tables of a release: one pandera model each, the single source of truth for columns.

The warehouse writes these columns in this order with these types; the docs' data
dictionary and the report read names and descriptions from here. Every check's
docstring is the reason a person reads when a row fails it and lands in quarantine.
"""

from __future__ import annotations

from functools import cache
from typing import Optional

import pandera.polars as pa
import polars as pl
from pandera.engines.polars_engine import Date, DateTime

from tradefigures.validate import vocabulary as v

UTC = {"time_unit": "us", "time_zone": "UTC"}
HEX16 = r"^[0-9a-f]{16}$"


def _grounded(data) -> pl.LazyFrame:
    lf = data.lazyframe
    return lf.select(
        (pl.col("char_end") <= pl.col("article_text").str.len_chars())
        & (pl.col("article_text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
           == pl.col("mention"))
    )


REVIEWED = ("A person reviewed the row (tradefigures review): confirmed it or set a field; "
            "false when no decision on it was applied.")
CORRECTED = ("The fields a person set to another value than the extractor gave, in the contract's order; "
             "empty when none.")


def _fields_known(data, table: str) -> pl.LazyFrame:
    return data.lazyframe.select(
        pl.col("corrected_fields").list.eval(pl.element().is_in(v.REVIEWABLE[table])).list.all().fill_null(True))


def _corrected_only_if_reviewed(data) -> pl.LazyFrame:
    return data.lazyframe.select(pl.col("reviewed") | (pl.col("corrected_fields").list.len() == 0))


class Articles(pa.DataFrameModel):
    """One row per article: its text, where it came from and when it was read."""

    article_id: str = pa.Field(str_matches=HEX16, unique=True,
                               description="Stable id derived from the normalised text.")
    source_uri: str = pa.Field(description="Where it came from: the file path as given, or the URL.")
    url: Optional[str] = pa.Field(nullable=True, description="The article's web address where known.")
    title: Optional[str] = pa.Field(nullable=True, description="From metadata, front matter or the page.")
    outlet: Optional[str] = pa.Field(nullable=True, description="The publisher, from metadata.")
    published_date: Optional[Date] = pa.Field(
        nullable=True, description="Publication date from metadata; never guessed from the text.")
    retrieved_at: DateTime = pa.Field(dtype_kwargs=UTC, description="When the pipeline read it (UTC).")
    content_sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$",
                                   description="SHA-256 of the raw input bytes.")
    text: str = pa.Field(str_length={"min_value": 1},
                         description="The article body as stored; every offset in the dataset points into it.")

    class Config:
        strict = True
        coerce = False


class Figures(pa.DataFrameModel):
    """One row per figure mention, with its meaning and the words that decided it."""

    figure_id: str = pa.Field(str_matches=HEX16, unique=True,
                              description="Stable: the same article and span give the same id in every release.")
    article_id: str = pa.Field(str_matches=HEX16, description="The article (articles.article_id).")
    kind: str = pa.Field(isin=v.KINDS, description="What the figure measures.")
    value: float = pa.Field(description="The number, normalised: 45000000000 for \"$45 billion\", 25 for \"25%\".")
    unit: str = pa.Field(isin=v.UNITS, description="percent, currency, count or ratio.")
    currency: Optional[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$",
                                       description="ISO 4217 where the text fixes it; null for a bare \"$\".")
    qualifier: str = pa.Field(isin=v.QUALIFIERS, description="The hedge around the number.")
    period: Optional[str] = pa.Field(nullable=True, isin=v.PERIODS, description="The time base of a flow.")
    sectors: Optional[list[str]] = pa.Field(nullable=True, description="The sectors the figure is about.")
    status: Optional[str] = pa.Field(nullable=True, isin=v.STATUSES,
                                     description="Tariff rates: where the measure stands.")
    imposed_by: Optional[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$",
                                         description="Tariff rates: ISO 3166 alpha-2 of the country that levies it.")
    applied_to: Optional[str] = pa.Field(nullable=True, str_matches=r"^(?:[A-Z]{2}|\*)$",
                                         description="Tariff rates: the country whose goods pay it; * for all.")
    source_org: Optional[str] = pa.Field(nullable=True, description="Who the article credits for the figure.")
    mention: str = pa.Field(str_length={"min_value": 1},
                            description="Exactly articles.text[char_start:char_end].")
    char_start: int = pa.Field(ge=0, description="Offset of the mention's first character (Python string index).")
    char_end: int = pa.Field(gt=0, description="Offset just past the mention's last character.")
    sentence: str = pa.Field(description="The sentence that holds the mention.")
    cues: str = pa.Field(description="JSON object: the words that decided each field.")
    measure: Optional[str] = pa.Field(nullable=True, isin=v.MEASURES,
                                      description="The quantity the figure is about (exports, gdp, jobs_at_risk, ...); "
                                                  "null for tariff rates and figures no measure fits.")
    measure_phrase: Optional[str] = pa.Field(nullable=True,
                                             description="The words of the text that named the measure, as written.")
    ref_period: Optional[str] = pa.Field(nullable=True, str_matches=r"^\d{4}(?:-(?:Q[1-4]|\d{2}))?$",
                                         description="The time the figure is about, where its clause says: "
                                                     "2024, 2025-03, 2025-Q2.")
    extractor: str = pa.Field(description="Name and version of what produced the row.")
    reviewed: bool = pa.Field(description=REVIEWED)
    corrected_fields: list[str] = pa.Field(description=CORRECTED)

    @pa.check("corrected_fields", name="corrected_fields_known")
    def corrected_fields_known(cls, data) -> pl.LazyFrame:
        """Every corrected field must be a field a person may set."""
        return _fields_known(data, "figures")

    @pa.dataframe_check(name="corrected_only_if_reviewed")
    def corrected_only_if_reviewed(cls, data) -> pl.LazyFrame:
        """A row whose fields a person corrected is a reviewed row."""
        return _corrected_only_if_reviewed(data)

    @pa.check("sectors", name="sectors_known")
    def sectors_known(cls, data) -> pl.LazyFrame:
        """Every sector must be one of the contract's sectors."""
        return data.lazyframe.select(
            pl.col("sectors").list.eval(pl.element().is_in(v.SECTORS)).list.all().fill_null(True))

    @pa.check("value", name="value_finite")
    def value_finite(cls, data) -> pl.LazyFrame:
        """The value must be a finite number."""
        return data.lazyframe.select(pl.col("value").is_finite())

    @pa.check("cues", name="cues_json_object")
    def cues_json_object(cls, data) -> pl.LazyFrame:
        """cues must be a JSON object."""
        c = pl.col("cues")
        return data.lazyframe.select(c.str.starts_with("{") & c.str.ends_with("}"))

    @pa.dataframe_check(name="tariff_rate_in_range")
    def tariff_rate_in_range(cls, data) -> pl.LazyFrame:
        """A tariff rate must be in percent, between 0 and 1000."""
        lo, hi = v.TARIFF_RATE_RANGE
        return data.lazyframe.select(
            (pl.col("kind") != "tariff_rate")
            | ((pl.col("unit") == "percent") & pl.col("value").is_between(lo, hi)))

    @pa.dataframe_check(name="count_not_negative")
    def count_not_negative(cls, data) -> pl.LazyFrame:
        """A count cannot be negative."""
        return data.lazyframe.select((pl.col("unit") != "count") | (pl.col("value") >= 0))

    @pa.dataframe_check(name="share_within_whole")
    def share_within_whole(cls, data) -> pl.LazyFrame:
        """A share of trade in percent must lie between 0 and 100."""
        return data.lazyframe.select(
            (pl.col("kind") != "trade_share") | (pl.col("unit") != "percent")
            | pl.col("value").is_between(0, 100))

    @pa.dataframe_check(name="tariff_fields_only_on_tariffs")
    def tariff_fields_only_on_tariffs(cls, data) -> pl.LazyFrame:
        """status, imposed_by and applied_to belong to tariff rates only."""
        return data.lazyframe.select(
            (pl.col("kind") == "tariff_rate")
            | (pl.col("status").is_null() & pl.col("imposed_by").is_null() & pl.col("applied_to").is_null()))

    @pa.dataframe_check(name="currency_only_on_money")
    def currency_only_on_money(cls, data) -> pl.LazyFrame:
        """A currency belongs to money amounts only."""
        return data.lazyframe.select(pl.col("currency").is_null() | (pl.col("unit") == "currency"))

    @pa.dataframe_check(name="offsets_ordered")
    def offsets_ordered(cls, data) -> pl.LazyFrame:
        """char_start must come before char_end."""
        return data.lazyframe.select(pl.col("char_start") < pl.col("char_end"))

    @pa.dataframe_check(name="mention_in_sentence")
    def mention_in_sentence(cls, data) -> pl.LazyFrame:
        """The sentence must contain the mention."""
        return data.lazyframe.select(pl.col("sentence").str.contains(pl.col("mention"), literal=True))

    class Config:
        strict = True
        coerce = False


class Dates(pa.DataFrameModel):
    """One row per date mention, put on the calendar."""

    date_id: str = pa.Field(str_matches=HEX16, unique=True,
                            description="Stable: the same article and span give the same id in every release.")
    article_id: str = pa.Field(str_matches=HEX16, description="The article (articles.article_id).")
    mention: str = pa.Field(str_length={"min_value": 1},
                            description="Exactly articles.text[char_start:char_end].")
    char_start: int = pa.Field(ge=0, description="Offset of the mention's first character.")
    char_end: int = pa.Field(gt=0, description="Offset just past the mention's last character.")
    sentence: str = pa.Field(description="The sentence that holds the mention.")
    value: Optional[str] = pa.Field(nullable=True, str_matches=r"^\d{4}(?:-\d\d(?:-\d\d)?)?$",
                                    description="ISO at the mention's granularity: 2026-07-01, 2025-09, 2026.")
    granularity: str = pa.Field(isin=v.GRANULARITIES, description="day, month or year.")
    date_start: Optional[Date] = pa.Field(nullable=True, description="First day of the interval the mention covers.")
    date_end: Optional[Date] = pa.Field(nullable=True, description="Last day of the interval the mention covers.")
    relative: bool = pa.Field(description="The value needed the publication date.")
    role: Optional[str] = pa.Field(nullable=True, isin=v.ROLES, description="What happens then.")
    cues: str = pa.Field(description="JSON object: the words that decided the role.")
    extractor: str = pa.Field(description="Name and version of what produced the row.")
    reviewed: bool = pa.Field(description=REVIEWED)
    corrected_fields: list[str] = pa.Field(description=CORRECTED)

    @pa.check("corrected_fields", name="corrected_fields_known")
    def corrected_fields_known(cls, data) -> pl.LazyFrame:
        """Every corrected field must be a field a person may set."""
        return _fields_known(data, "dates")

    @pa.dataframe_check(name="corrected_only_if_reviewed")
    def corrected_only_if_reviewed(cls, data) -> pl.LazyFrame:
        """A row whose fields a person corrected is a reviewed row."""
        return _corrected_only_if_reviewed(data)

    @pa.dataframe_check(name="date_interval_ordered")
    def date_interval_ordered(cls, data) -> pl.LazyFrame:
        """date_start must not come after date_end."""
        return data.lazyframe.select(
            pl.col("date_start").is_null() | pl.col("date_end").is_null()
            | (pl.col("date_start") <= pl.col("date_end")))

    @pa.dataframe_check(name="value_matches_granularity")
    def value_matches_granularity(cls, data) -> pl.LazyFrame:
        """The value must be written at the mention's granularity (YYYY-MM-DD, YYYY-MM or YYYY)."""
        n = pl.col("value").str.len_chars()
        g = pl.col("granularity")
        return data.lazyframe.select(
            pl.col("value").is_null()
            | ((g == "day") & (n == 10)) | ((g == "month") & (n == 7)) | ((g == "year") & (n == 4)))

    @pa.dataframe_check(name="unresolved_only_if_relative")
    def unresolved_only_if_relative(cls, data) -> pl.LazyFrame:
        """Only a relative mention may lack a value (no publication date to resolve it)."""
        return data.lazyframe.select(pl.col("value").is_not_null() | pl.col("relative"))

    @pa.dataframe_check(name="offsets_ordered")
    def offsets_ordered(cls, data) -> pl.LazyFrame:
        """char_start must come before char_end."""
        return data.lazyframe.select(pl.col("char_start") < pl.col("char_end"))

    class Config:
        strict = True
        coerce = False


class Sources(pa.DataFrameModel):
    """One row per source read into the release: which article it gave, and its hash."""

    source_uri: str = pa.Field(unique=True, description="The file path as given, or the URL.")
    article_id: str = pa.Field(str_matches=HEX16, description="The article the source gave.")
    content_sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the bytes read.")
    retrieved_at: DateTime = pa.Field(dtype_kwargs=UTC, description="When the pipeline read it (UTC).")
    fingerprint: str = pa.Field(description="Hash of the bytes, metadata and pipeline version: "
                                            "a source whose fingerprint is unchanged is not extracted again.")

    class Config:
        strict = True
        coerce = False


class Quarantine(pa.DataFrameModel):
    """Every row that failed validation, with the rule and the reason. Nothing is dropped silently."""

    table: str = pa.Field(isin=v.TABLES, description="The table the row was meant for.")
    article_id: Optional[str] = pa.Field(nullable=True, description="The article the row came from.")
    row: str = pa.Field(description="The row as JSON.")
    check: str = pa.Field(description="The rule or rules it failed.")
    reason: str = pa.Field(description="Why, in a sentence a person understands.")

    class Config:
        strict = True
        coerce = False


class TariffMeasures(pa.DataFrameModel):
    """One row per tariff measure: the mentions of one tariff across articles, with its status history (docs/facts.md)."""

    measure_id: str = pa.Field(str_matches=HEX16, unique=True,
                               description="Stable: a hash of imposed_by, applied_to, sectors and rate.")
    imposed_by: Optional[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$",
                                         description="The country that levies it; null when no mention says.")
    applied_to: Optional[str] = pa.Field(nullable=True, str_matches=r"^(?:[A-Z]{2}|\*)$",
                                         description="The country whose goods pay it: * when any mention says "
                                                     "every country.")
    sectors: Optional[list[str]] = pa.Field(nullable=True, description=(
        "The specific sectors its mentions name, in the contract's order; all when none names one."))
    rate: float = pa.Field(description="The rate, in percent.")
    status: Optional[str] = pa.Field(nullable=True, isin=v.STATUSES,
                                     description="Where it stands: the status of its latest dated run of mentions.")
    status_history: str = pa.Field(description=(
        "JSON list of runs of one status in publication order, each {status, first_seen, last_seen, "
        "mentions}; runs of undated mentions come first, with null dates."))
    first_seen: Optional[Date] = pa.Field(nullable=True, description="Earliest publication date of an article mentioning it.")
    last_seen: Optional[Date] = pa.Field(nullable=True, description="Latest publication date of an article mentioning it.")
    mentions: int = pa.Field(ge=1, description="Figure mentions of it.")
    articles: int = pa.Field(ge=1, description="Articles that mention it.")
    outlets: int = pa.Field(ge=0, description="Outlets (articles.outlet, where known) that published those articles.")
    announced_dates: list[str] = pa.Field(description=(
        "Dates (ISO, at their granularity) of role announcement in the sentence of one of its mentions."))
    effective_dates: list[str] = pa.Field(description=(
        "Dates (ISO, at their granularity) of role effective in the sentence of one of its mentions."))
    source_orgs: list[str] = pa.Field(description="Who the articles credit for its mentions.")
    figure_ids: list[str] = pa.Field(description="Its mentions (figures.figure_id).")

    @pa.dataframe_check(name="seen_in_order")
    def seen_in_order(cls, data) -> pl.LazyFrame:
        """first_seen must not come after last_seen."""
        return _seen_in_order(data)

    @pa.dataframe_check(name="counts_nested")
    def counts_nested(cls, data) -> pl.LazyFrame:
        """outlets must not exceed articles, nor articles mentions; figure_ids holds one id per mention."""
        return _counts_nested(data)

    class Config:
        strict = True
        coerce = False


class Facts(pa.DataFrameModel):
    """One row per fact: mentions of the same quantity across articles, with its corroboration (docs/facts.md)."""

    fact_id: str = pa.Field(str_matches=HEX16, unique=True,
                            description="Stable: a hash of kind, unit, currency, period, sectors and value, and of "
                                        "measure, imposed_by, applied_to and ref_period when one is set.")
    kind: str = pa.Field(isin=v.FACT_KINDS, description="What the figures measure.")
    value: float = pa.Field(description="The value most of its mentions give (of two as common, the smaller).")
    value_min: float = pa.Field(description="The smallest value a mention gives.")
    value_max: float = pa.Field(description="The largest value a mention gives; at most 2% above value_min.")
    unit: str = pa.Field(isin=v.UNITS, description="percent, currency, count or ratio.")
    currency: Optional[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$",
                                       description="ISO 4217 where the text fixes it; null for a bare \"$\".")
    period: Optional[str] = pa.Field(nullable=True, isin=v.PERIODS, description="The time base of a flow.")
    sectors: Optional[list[str]] = pa.Field(nullable=True, description="The sectors it is about, in the contract's order.")
    mentions: int = pa.Field(ge=1, description="Figure mentions of it.")
    articles: int = pa.Field(ge=1, description="Articles that mention it.")
    outlets: int = pa.Field(ge=0, description="Outlets (articles.outlet, where known) that published those articles.")
    first_seen: Optional[Date] = pa.Field(nullable=True, description="Earliest publication date of an article mentioning it.")
    last_seen: Optional[Date] = pa.Field(nullable=True, description="Latest publication date of an article mentioning it.")
    source_orgs: list[str] = pa.Field(description="Who the articles credit for its mentions.")
    figure_ids: list[str] = pa.Field(description="Its mentions (figures.figure_id).")
    measure: Optional[str] = pa.Field(nullable=True, isin=v.MEASURES, description=(
        "What its mentions measure (figures.measure): exports, gdp, jobs_at_risk, ...; null when they name "
        "none, and then it never conflicts."))
    ref_period: Optional[str] = pa.Field(nullable=True, str_matches=r"^\d{4}(?:-(?:Q[1-4]|\d{2}))?$",
                                         description="The time its mentions are about (figures.ref_period): "
                                                     "2024, 2025-03, 2025-Q2; null when they do not say.")
    imposed_by: Optional[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$",
                                         description="The direction of its mentions, where they have one "
                                                     "(figures.imposed_by).")
    applied_to: Optional[str] = pa.Field(nullable=True, str_matches=r"^(?:[A-Z]{2}|\*)$",
                                         description="The direction of its mentions, where they have one "
                                                     "(figures.applied_to).")

    @pa.dataframe_check(name="value_within_range")
    def value_within_range(cls, data) -> pl.LazyFrame:
        """value must lie between value_min and value_max."""
        return data.lazyframe.select(pl.col("value").is_between(pl.col("value_min"), pl.col("value_max")))

    @pa.dataframe_check(name="seen_in_order")
    def seen_in_order(cls, data) -> pl.LazyFrame:
        """first_seen must not come after last_seen."""
        return _seen_in_order(data)

    @pa.dataframe_check(name="counts_nested")
    def counts_nested(cls, data) -> pl.LazyFrame:
        """outlets must not exceed articles, nor articles mentions; figure_ids holds one id per mention."""
        return _counts_nested(data)

    class Config:
        strict = True
        coerce = False


class Conflicts(pa.DataFrameModel):
    """One row per pair of facts, or of tariff measures, that cannot both be right, side by side (docs/facts.md)."""

    conflict_id: str = pa.Field(str_matches=HEX16, unique=True, description="Stable: a hash of left_id and right_id.")
    kind: str = pa.Field(isin=v.CONFLICT_KINDS, description="fact (ids in facts) or measure (ids in tariff_measures).")
    subject: str = pa.Field(description="What both sides are about: measure, kind, sectors, unit, currency, "
                                        "period, ref_period; or who levies the tariff on whom.")
    left_id: str = pa.Field(str_matches=HEX16, description="The side with the lower value: facts.fact_id or tariff_measures.measure_id.")
    left_value: float = pa.Field(description="Its value (a fact's value, a measure's rate).")
    left_sources: list[str] = pa.Field(description="Who the articles credit for its mentions.")
    left_outlets: list[str] = pa.Field(description="The outlets (where known) that published its mentions.")
    left_mentions: int = pa.Field(ge=1, description="Figure mentions of it.")
    left_first_seen: Optional[Date] = pa.Field(nullable=True, description="Earliest publication date of a mention.")
    left_last_seen: Optional[Date] = pa.Field(nullable=True, description="Latest publication date of a mention.")
    right_id: str = pa.Field(str_matches=HEX16, description="The side with the higher value.")
    right_value: float = pa.Field(description="Its value.")
    right_sources: list[str] = pa.Field(description="Who the articles credit for its mentions.")
    right_outlets: list[str] = pa.Field(description="The outlets (where known) that published its mentions.")
    right_mentions: int = pa.Field(ge=1, description="Figure mentions of it.")
    right_first_seen: Optional[Date] = pa.Field(nullable=True, description="Earliest publication date of a mention.")
    right_last_seen: Optional[Date] = pa.Field(nullable=True, description="Latest publication date of a mention.")
    days_apart: Optional[int] = pa.Field(nullable=True, ge=0, description=(
        "Days between the two sides' reporting periods, 0 when they overlap; null when a side has no "
        "dated mention (such a pair is listed, but its time cannot be judged)."))
    reason: str = pa.Field(description="Why the two cannot both hold, in a sentence a person reads.")
    measure: Optional[str] = pa.Field(nullable=True, isin=v.MEASURES, description=(
        "Facts: the measure both sides name (facts.measure); null for tariff measures."))
    ref_period: Optional[str] = pa.Field(nullable=True, str_matches=r"^\d{4}(?:-(?:Q[1-4]|\d{2}))?$",
                                         description="Facts: the time both sides are about (facts.ref_period); "
                                                     "null when they do not say, and for tariff measures.")

    @pa.dataframe_check(name="lower_value_left")
    def lower_value_left(cls, data) -> pl.LazyFrame:
        """The left value must be below the right one."""
        return data.lazyframe.select(pl.col("left_value") < pl.col("right_value"))

    class Config:
        strict = True
        coerce = False


class Corrections(pa.DataFrameModel):
    """One row per decision in the corrections file (docs/reviewing.md): what a person decided of a figure or a date, what the release made of it, and the row before and after."""

    correction_id: str = pa.Field(str_matches=HEX16, unique=True, description=(
        "Stable: a hash of the decision (its row, what it decides, who, when and why)."))
    seq: int = pa.Field(ge=1, description=(
        "Its place in the corrections file: decisions on one row apply in this order, the later one winning."))
    figure_id: Optional[str] = pa.Field(nullable=True, str_matches=HEX16,
                                        description="The figure it decides (figures.figure_id); null for a date.")
    date_id: Optional[str] = pa.Field(nullable=True, str_matches=HEX16,
                                      description="The date it decides (dates.date_id); null for a figure.")
    article_id: str = pa.Field(str_matches=HEX16, description="The article of that row when the decision was made.")
    mention: Optional[str] = pa.Field(nullable=True, description="The row's mention when the decision was made.")
    decision: str = pa.Field(isin=v.DECISIONS, description=(
        "confirm (the row is right as extracted), set (these fields take these values) or reject (no figure, "
        "or no date, at all)."))
    fields: list[str] = pa.Field(description="The fields a set decision names; empty for confirm and reject.")
    set_values: str = pa.Field(description="JSON object: the value a set decision gives each of its fields; {} otherwise.")
    outcome: str = pa.Field(isin=v.OUTCOMES, description="What this release made of it.")
    reason: Optional[str] = pa.Field(nullable=True, description=(
        "Why it is redundant, orphaned or invalid, in a sentence a person reads; null when applied."))
    before: Optional[str] = pa.Field(nullable=True, description=(
        "JSON: the row just before the decision (the first decision on a row: the row as extracted); "
        "null when orphaned."))
    after: Optional[str] = pa.Field(nullable=True, description=(
        "JSON: the row just after it; null when orphaned or when the row is rejected (it left its table)."))
    reviewer: str = pa.Field(str_length={"min_value": 1}, description="Who decided.")
    decided_at: DateTime = pa.Field(dtype_kwargs=UTC, description="When (UTC).")
    why: str = pa.Field(str_length={"min_value": 1}, description="Why, in the reviewer's words.")

    @pa.dataframe_check(name="one_row_decided")
    def one_row_decided(cls, data) -> pl.LazyFrame:
        """A decision names exactly one row: a figure_id or a date_id."""
        return data.lazyframe.select(pl.col("figure_id").is_null() != pl.col("date_id").is_null())

    @pa.dataframe_check(name="fields_only_on_set")
    def fields_only_on_set(cls, data) -> pl.LazyFrame:
        """A set decision names at least one field; confirm and reject name none."""
        return data.lazyframe.select((pl.col("decision") == "set") == (pl.col("fields").list.len() > 0))

    @pa.dataframe_check(name="row_unless_orphaned")
    def row_unless_orphaned(cls, data) -> pl.LazyFrame:
        """Every decision but an orphaned one shows the row before it."""
        return data.lazyframe.select((pl.col("outcome") == "orphaned") == pl.col("before").is_null())

    class Config:
        strict = True
        coerce = False


def _seen_in_order(data) -> pl.LazyFrame:
    return data.lazyframe.select(
        pl.col("first_seen").is_null() | pl.col("last_seen").is_null() | (pl.col("first_seen") <= pl.col("last_seen")))


def _counts_nested(data) -> pl.LazyFrame:
    return data.lazyframe.select(
        (pl.col("outlets") <= pl.col("articles")) & (pl.col("articles") <= pl.col("mentions"))
        & (pl.col("figure_ids").list.len() == pl.col("mentions")))


class FiguresInArticle(Figures):
    """Figures with their article's text alongside, to check grounding."""

    article_text: str

    @pa.dataframe_check(name="grounded")
    def grounded(cls, data) -> pl.LazyFrame:
        """The mention must be exactly the article text at its offsets."""
        return _grounded(data)

    class Config:
        strict = True
        coerce = False


class DatesInArticle(Dates):
    """Dates with their article's text alongside, to check grounding."""

    article_text: str

    @pa.dataframe_check(name="grounded")
    def grounded(cls, data) -> pl.LazyFrame:
        """The mention must be exactly the article text at its offsets."""
        return _grounded(data)

    class Config:
        strict = True
        coerce = False


MODELS: dict[str, type[pa.DataFrameModel]] = {
    "articles": Articles, "figures": Figures, "dates": Dates, "sources": Sources,
    "quarantine": Quarantine,
    "tariff_measures": TariffMeasures, "facts": Facts, "conflicts": Conflicts,
    "corrections": Corrections,
}


def polars_schema(table: str) -> pl.Schema:
    """The Polars schema of a published table, in column order."""
    return pl.Schema(_polars_schema(table))


@cache
def _polars_schema(table: str) -> pl.Schema:
    # pandera builds a model's schema anew on every to_schema() (milliseconds each), and
    # every batch's frames ask for theirs
    schema = MODELS[table].to_schema()
    return pl.Schema({name: col.dtype.type for name, col in schema.columns.items()})


def empty(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=polars_schema(table))
