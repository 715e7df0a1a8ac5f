"""JSON output nests the columns that hold JSON text."""

import json

import polars as pl

from tradefigures.warehouse.json_rows import to_json, to_json_lines


def test_json_text_columns_are_nested_and_others_stay_as_they_are():
    df = pl.DataFrame({"cues": ['{"kind": "tariffs"}', "not json"],
                       "status_history": ['[{"status": "in_effect"}]', None], "mention": ['{"a": 1}', "x"]})
    rows = json.loads(to_json(df))
    assert rows[0] == {"cues": {"kind": "tariffs"}, "status_history": [{"status": "in_effect"}], "mention": '{"a": 1}'}
    assert rows[1] == {"cues": "not json", "status_history": None, "mention": "x"}
    lines = [json.loads(line) for line in to_json_lines(df, table="figures").splitlines()]
    assert list(lines[0]) == ["table", "cues", "status_history", "mention"] and lines[0]["cues"] == {"kind": "tariffs"}
