"""Answers as text: CSV safe in a spreadsheet, JSON with JSON-text columns nested."""

import json
from datetime import date

from tradefigures.warehouse.formats import csv_text, json_lines, json_text


def test_json_text_columns_are_nested_and_others_stay_as_they_are():
    columns = ["cues", "status_history", "mention", "day"]
    rows = [('{"kind": "tariffs"}', '[{"status": "in_effect"}]', '{"a": 1}', date(2025, 3, 4)),
            ("not json", None, "x", None)]
    got = json.loads(json_text(columns, rows))
    assert got[0] == {"cues": {"kind": "tariffs"}, "status_history": [{"status": "in_effect"}],
                      "mention": '{"a": 1}', "day": "2025-03-04"}
    assert got[1] == {"cues": "not json", "status_history": None, "mention": "x", "day": None}
    lines = [json.loads(line) for line in json_lines(columns, rows, table="figures").splitlines()]
    assert list(lines[0])[:2] == ["table", "cues"] and lines[0]["cues"] == {"kind": "tariffs"}


def test_csv_escapes_formulas_in_text_but_not_numbers_and_joins_lists():
    text = csv_text(["title", "value", "sectors", "ok"], [("=cmd|' /C calc'!A0", -5.0, ["steel", "autos"], True),
                                                          ("plain", None, [], False)])
    assert text.splitlines() == ["title,value,sectors,ok", "'=cmd|' /C calc'!A0,-5.0,steel;autos,true",
                                 "plain,,,false"]
    assert csv_text(["t"], [("-x",)], escape=False).splitlines()[1] == "-x"
