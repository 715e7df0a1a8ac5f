"""A release's manifest as a Frictionless Data Package (datapackage.json).

One resource per table; its `path` lists the table's parts. The standard's `bytes` and
`hash` describe one file, so every part's size, hash and row count go in the
namespaced `tradefigures:parts`; the release's own provenance goes in
`tradefigures:release`, `tradefigures:inputs` and `tradefigures:groups`.
"""

from __future__ import annotations

import polars as pl

from tradefigures.validate import schemas
from tradefigures.warehouse.parts import Part

PROFILE = "data-package"
MEDIATYPE = "application/vnd.apache.parquet"
KEYS = {"articles": "article_id", "figures": "figure_id", "dates": "date_id", "sources": "source_uri",
        "tariff_measures": "measure_id", "facts": "fact_id", "conflicts": "conflict_id",
        "corrections": "correction_id"}
DESCRIPTIONS = {
    "articles": "One row per article: its text, where it came from and when it was read.",
    "figures": "One row per figure mention: kind, value, unit, hedge, period, sectors, tariff status and direction, source.",
    "dates": "One row per date mention, put on the calendar, with its role.",
    "quarantine": "Rows that failed validation, with the rule and the reason.",
    "sources": "One row per source read into the release, with the hash of its bytes.",
    "tariff_measures": "One row per tariff measure: its mentions across articles grouped, with its status history "
                       "and corroboration (derived from figures and dates).",
    "facts": "One row per fact: mentions of the same quantity across articles grouped, with its corroboration "
             "(derived from figures).",
    "conflicts": "One row per pair of facts, or of tariff measures, that cannot both be right, side by side "
                 "(derived from facts and tariff_measures).",
    "corrections": "One row per decision of the people who reviewed figures and dates (confirm, set, reject): "
                   "who, when, why, the row before and after, and what the release made of it.",
}


def _field_type(dtype: pl.DataType) -> str:
    if dtype == pl.String:
        return "string"
    if dtype.is_integer():
        return "integer"
    if dtype.is_float():
        return "number"
    if dtype == pl.Boolean:
        return "boolean"
    if dtype == pl.Date:
        return "date"
    if isinstance(dtype, pl.Datetime):
        return "datetime"
    # A list column is declared "any": frictionless reads Parquet through pandas, whose
    # list cells are numpy arrays that its "array" type rejects, so `frictionless
    # validate` would fail on correct data. The item type goes in tradefigures:itemType.
    return "any"


def table_schema(table: str) -> dict:
    """The Table Schema of a table, read from its pandera model."""
    model = schemas.MODELS[table].to_schema()
    fields = []
    for name, col in model.columns.items():
        field: dict = {"name": name, "type": _field_type(col.dtype.type)}
        if isinstance(col.dtype.type, pl.List):
            field["tradefigures:itemType"] = _field_type(col.dtype.type.inner) if \
                col.dtype.type.inner != pl.String else "string"
        if col.description:
            field["description"] = col.description
        constraints: dict = {}
        if not col.nullable:
            constraints["required"] = True
        if col.unique:
            constraints["unique"] = True
        for check in col.checks:
            stats = getattr(check, "statistics", {}) or {}
            if check.name == "isin" and "allowed_values" in stats:
                constraints["enum"] = list(stats["allowed_values"])
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    out: dict = {"fields": fields}
    if table in KEYS:
        out["primaryKey"] = KEYS[table]
    return out


def resource(table: str, table_parts: list[Part]) -> dict:
    paths = [p.path for p in table_parts]
    res: dict = {
        "name": table,
        "profile": "tabular-data-resource",
        "path": paths[0] if len(paths) == 1 else paths,
        "format": "parquet",
        "mediatype": MEDIATYPE,
        "description": DESCRIPTIONS.get(table, ""),
        "schema": table_schema(table),
        "tradefigures:rows": sum(p.rows for p in table_parts),
        "tradefigures:parts": [
            {"path": p.path, "bytes": p.bytes, "hash": f"sha256:{p.sha256}", "rows": p.rows}
            for p in table_parts
        ],
    }
    # The standard's own `bytes` and `hash` are left out even for a one-part table:
    # frictionless's Parquet reader reports no byte count, so its validator would flag
    # them. Every part's size and hash are in tradefigures:parts, and `tradefigures
    # verify` checks them.
    return res


def descriptor(release_id: str, parent: str | None, created_at: str, versions: dict[str, str],
               tables: dict[str, list[Part]], groups: list[dict[str, str]],
               inputs: list[dict], skipped: list[dict]) -> dict:
    return {
        "profile": PROFILE,
        "name": f"tradefigures-{release_id.lower().replace('.', '-')}",
        "id": release_id,
        "title": f"tradefigures release {release_id}",
        "description": "Figures and dates in news articles about the Canada-United States trade "
                       "dispute, each with its exact source span, meaning and attribution.",
        "version": release_id,
        "created": created_at,
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0"}],
        "resources": [resource(t, tables[t]) for t in tables],
        "tradefigures:release": {
            "id": release_id, "parent": parent, "created_at": created_at, **versions,
        },
        "tradefigures:groups": groups,
        "tradefigures:inputs": inputs,
        "tradefigures:skipped": skipped,
    }
