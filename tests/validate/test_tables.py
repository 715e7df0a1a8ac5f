"""validate/tables.json, what read-only commands know of the tables without Pandera,
is the schemas' own columns, types and dictionary."""

import polars as pl

from tradefigures.validate import schemas, tables


def test_tables_json_is_what_the_schemas_give():
    # `python -m tradefigures.validate.tables` writes it again after a schema changes.
    assert tables._data() == tables.from_schemas()


def test_every_table_is_listed_once_and_has_its_columns():
    assert sorted(tables.TABLES) == sorted(schemas.MODELS)
    for table in tables.TABLES:
        assert [name for name, _ in tables.columns(table)] == list(schemas.polars_schema(table))


def test_an_empty_table_has_the_schemas_types():
    for table in tables.TABLES:
        frame = tables.empty(table)
        assert frame.height == 0
        assert frame.schema == schemas.polars_schema(table)
    assert tables.empty("figures").schema["sectors"] == pl.List(pl.String)
