"""The data dictionary, written from the schemas: every table, column, type and rule."""

from __future__ import annotations

from tradefigures.validate import schemas, vocabulary

INTRO = """# Data dictionary

Generated from `validate/schemas.py` (the single source of truth for columns) by
`make docs`; a test fails when this file and the schemas disagree.

Each release holds these tables as folders of Parquet parts
(`releases/<release_id>/<table>/part-<sha256>.parquet`); `catalog.duckdb` has a view
of each for the newest release and an `all_<table>` view over every release.
`tariff_measures`, `facts` and `conflicts` are derived from the release's own figures
and dates; [facts.md](facts.md) says how. `corrections` holds the decisions of the
people who reviewed figures and dates, and what the release made of each;
[reviewing.md](reviewing.md) says how.
"""

VOCABULARIES = {
    "kind": vocabulary.KINDS, "unit": vocabulary.UNITS, "qualifier": vocabulary.QUALIFIERS,
    "period": vocabulary.PERIODS, "sectors": vocabulary.SECTORS, "status": vocabulary.STATUSES,
    "granularity": vocabulary.GRANULARITIES, "role": vocabulary.ROLES,
    "decision": vocabulary.DECISIONS, "outcome": vocabulary.OUTCOMES,
}
# Where a table's column of that name takes fewer or other values.
TABLE_VOCABULARIES = {("facts", "kind"): vocabulary.FACT_KINDS, ("conflicts", "kind"): vocabulary.CONFLICT_KINDS}


def _type(dtype) -> str:
    text = str(dtype)
    return {"String": "string", "Float64": "double", "Int64": "integer", "Boolean": "boolean",
            "Date": "date", "List(String)": "list of string",
            "Datetime(time_unit='us', time_zone='UTC')": "timestamp (UTC)"}.get(text, text)


def markdown() -> str:
    """docs/data-dictionary.md: the introduction, then every table."""
    return "\n".join([INTRO, tables()])


def tables(level: int = 2) -> str:
    """Every table, its columns and its rules, as markdown sections at heading `level`
    (an exported release's README nests them under its own heading)."""
    h = "#" * level
    lines = []
    for table, model in schemas.MODELS.items():
        schema = model.to_schema()
        lines += [f"{h} {table}", "", (model.__doc__ or "").strip(), "",
                  "| column | type | null | meaning |", "| --- | --- | --- | --- |"]
        for name, col in schema.columns.items():
            meaning = col.description or ""
            values = TABLE_VOCABULARIES.get((table, name), VOCABULARIES.get(name))
            if values:
                meaning += " One of: " + ", ".join(f"`{v}`" for v in values) + "."
            lines.append(f"| `{name}` | {_type(col.dtype.type)} | {'yes' if col.nullable else 'no'} | {meaning} |")
        names = {c.name for c in schema.checks} | {c.name for col in schema.columns.values() for c in col.checks}
        rules = {n: getattr(model, n).__doc__.strip() for n in names
                 if getattr(getattr(model, n, None), "__doc__", None)}
        if rules:
            lines += ["", "Rules every row keeps (the tests check them on what the warehouse derives):"
                      if table in vocabulary.DERIVED_TABLES + vocabulary.REVIEW_TABLES else
                      "Rules (a row that breaks one goes to `quarantine` with the reason shown):", ""]
            lines += [f"- `{n}`: {d}" for n, d in sorted(rules.items())]
        lines.append("")
    lines += [f"{h} Grounding", "",
              "Every `figures` and `dates` row also passes `grounded`: "
              + (schemas.FiguresInArticle.grounded.__doc__ or "").strip(), ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(), end="")
