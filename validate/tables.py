"""The published tables and their columns, for code that reads releases but never
validates: the catalog's views, `query`, `releases`, `verify`.

The schemas in `schemas.py` are the one definition of every table; importing them means
importing Pandera (and pandas with it), a second and more before the first row. So their
columns and types are also written out to `tables.json`, which this module reads;
`python -m tradefigures.validate.tables` writes it again from the schemas, and a test
holds the two equal.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from tradefigures.validate import vocabulary

# The tables each batch of articles stages (a group holds one part of each), and every
# table of a release, the derived ones last: named once, in the vocabulary.
GROUP_TABLES = vocabulary.TABLES
TABLES = vocabulary.RELEASE_TABLES
FILE = "tables.json"


@cache
def _data() -> dict:
    return json.loads(resources.files("tradefigures.validate").joinpath(FILE).read_text("utf-8"))


def columns(table: str) -> list[tuple[str, str]]:
    """(name, Polars type as `str(dtype)` prints it) for each column of `table`, in order."""
    return [(name, column[0]) for name, column in _data()["columns"][table].items()]


def descriptions(table: str) -> dict[str, str]:
    """What each column of `table` means."""
    return {name: column[1] for name, column in _data()["columns"][table].items()}


def empty(table: str):
    """A frame of no rows with `table`'s columns and types."""
    import polars as pl

    # The types are Polars' own printed forms ("List(String)"), read back in its namespace.
    return pl.DataFrame(schema={name: eval(dtype, {"__builtins__": {}}, vars(pl))
                                for name, dtype in columns(table)})


def dictionary() -> str:
    """The data dictionary's tables at heading level 3, as an exported release's README has it."""
    return _data()["dictionary"]


def from_schemas() -> dict:
    """What `tables.json` must hold, computed from the Pandera schemas."""
    from tradefigures.validate import dictionary as dictionary_, schemas

    return {"columns": {table: {name: [str(col.dtype.type), col.description or ""]
                                for name, col in model.to_schema().columns.items()}
                        for table, model in schemas.MODELS.items()},
            "dictionary": dictionary_.tables(level=3)}


if __name__ == "__main__":
    target = resources.files("tradefigures.validate").joinpath(FILE)
    with open(str(target), "w", encoding="utf-8") as f:
        json.dump(from_schemas(), f, indent=1)
        f.write("\n")
    print(f"wrote {target}")
