"""Parts: named by their bytes, whole or written slice by slice."""

import polars as pl

from tradefigures.validate import tables
from tradefigures.warehouse import parts

PROVENANCE = {"pipeline": "test", "derive": "rules"}


def _facts(n: int) -> pl.DataFrame:
    empty = tables.empty("facts")
    rows = pl.DataFrame({"fact_id": [f"{i:016x}" for i in range(n)], "kind": ["jobs"] * n,
                         "value": [float(i) for i in range(n)],
                         "figure_ids": [[f"f{i}", f"g{i}"] for i in range(n)]})
    return pl.concat([empty, rows], how="diagonal_relaxed").select(empty.columns).cast(empty.schema)


def test_one_slice_is_the_part_write_makes(tmp_path):
    df = _facts(5)
    assert parts.write_slices(tmp_path / "a", "facts", [df], PROVENANCE) == parts.write(tmp_path / "b", "facts",
                                                                                       df, PROVENANCE)


def test_slices_make_one_part_of_every_row_the_same_every_time(tmp_path):
    df = _facts(10)
    first = parts.write_slices(tmp_path / "a", "facts", [df.slice(0, 4), df.slice(4, 6)], PROVENANCE)
    again = parts.write_slices(tmp_path / "b", "facts", iter([df.slice(0, 4), df.slice(4, 6)]), PROVENANCE)
    assert first == again and first.rows == 10
    assert pl.read_parquet(tmp_path / "a" / first.path).equals(df)
    assert [p.name for p in (tmp_path / "a" / "facts").iterdir()] == [first.name]
