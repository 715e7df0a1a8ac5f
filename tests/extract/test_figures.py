"""The meaning of figures, case by case, on sentences written for the tests."""

from datetime import date
from pathlib import Path

import pytest
import yaml

from tradefigures.extract.extractor import RulesExtractor

CASES = yaml.safe_load((Path(__file__).parents[1] / "data" / "figure_cases.yaml").read_text())


def extract(case):
    published = case.get("published")
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return RulesExtractor().extract(case["text"], published, "0" * 16).figures


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_figure_fields(case):
    rows = extract(case)
    by_mention = {r["mention"]: r for r in rows}
    for expected in case["figures"]:
        assert expected["mention"] in by_mention, (expected["mention"], sorted(by_mention))
        row = by_mention[expected["mention"]]
        for field, want in expected.items():
            got = row[field]
            if field == "value":
                assert got == pytest.approx(want, rel=1e-3), field
            elif field == "sectors":
                assert set(got or []) == set(want), (field, got)
            elif field == "source_org":
                assert got and want.lower() in got.lower(), (field, got)
            else:
                assert got == want, (field, got, row["cues"])
    mentions = " | ".join(by_mention)
    for text in case.get("absent", []):
        assert text not in mentions, (text, mentions)
    if not case["figures"]:
        assert rows == []


def test_every_row_is_grounded_and_explained():
    for case in CASES:
        for row in extract(case):
            assert case["text"][row["char_start"]:row["char_end"]] == row["mention"]
            assert row["mention"] in row["sentence"]
            assert row["cues"].startswith("{")


def test_a_fraction_that_sizes_a_change_may_be_followed_by_its_time():
    from tradefigures.extract.figures import find_quantities
    text = "Mill output could shrink by a third within a year."
    assert [text[q.start:q.end] for q in find_quantities(text)] == ["a third"]


def test_an_amount_so_far_this_year_is_no_years_total():
    rows = RulesExtractor().extract("The duties have cost the mill $30 million so far this year.",
                                    date(2025, 9, 1), "a").figures
    assert rows[0]["period"] is None and rows[0]["ref_period"] == "2025"
    rows = RulesExtractor().extract("The duties cost the mill $30 million this year.", date(2025, 9, 1), "a").figures
    assert rows[0]["period"] == "annual"
