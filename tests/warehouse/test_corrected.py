"""Decisions applied to rows: each decision's outcome, the row before and after it, the
rules of validate/ on every corrected row, and the extractor's rows taken back."""

from datetime import date

import polars as pl
import pytest

from tradefigures.extract.extractor import RulesExtractor
from tradefigures.extract.ids import article_id
from tradefigures.validate.quarantine import frame
from tradefigures.warehouse import corrected, corrections

TEXT = ("Washington raised its tariff on Canadian aluminum to 50 per cent on Monday, officials said. "
        "Aluminum exports to the United States were worth $12 billion last year, the producers' association "
        "said. The smelter on the river employs 900 people.")
AID = article_id(TEXT)


@pytest.fixture(scope="module")
def rows() -> pl.DataFrame:
    return frame("figures", RulesExtractor().extract(TEXT, date(2026, 3, 2), AID).figures)


def of(rows, mention) -> dict:
    return rows.filter(pl.col("mention") == mention).row(0, named=True)


def decide(rows, mention, decision, seq, **values) -> corrections.Decision:
    row = of(rows, mention)
    return corrections.new("figures", row["figure_id"], AID, mention, decision, "M. Roy", "Read again.",
                           values, seq=seq)


def applied(rows, *decisions):
    return corrected.apply("figures", rows, list(decisions), {AID: TEXT})


def test_a_set_changes_its_fields_and_names_them(rows):
    money = of(rows, "$12 billion")
    assert money["source_org"] is None  # what the extractor missed
    out, (o,) = applied(rows, decide(rows, "$12 billion", "set", 1, source_org="the producers' association"))
    row = of(out, "$12 billion")
    assert row["source_org"] == "the producers' association"
    assert row["reviewed"] and row["corrected_fields"] == ["source_org"]
    assert o.outcome == "applied" and o.before == money and o.after == row
    others = out.filter(pl.col("mention") != "$12 billion")
    assert not others["reviewed"].any() and others.height == rows.height - 1


def test_a_confirm_reviews_without_correcting(rows):
    out, (o,) = applied(rows, decide(rows, "900", "confirm", 1))
    row = of(out, "900")
    assert row["reviewed"] and row["corrected_fields"] == [] and o.outcome == "applied"
    assert {k: v for k, v in row.items() if k != "reviewed"} == \
        {k: v for k, v in of(rows, "900").items() if k != "reviewed"}


def test_a_set_to_what_the_extractor_gives_is_redundant(rows):
    tariff = of(rows, "50 per cent")
    out, (o,) = applied(rows, decide(rows, "50 per cent", "set", 1, status=tariff["status"],
                                     value=int(tariff["value"])))
    assert o.outcome == "redundant" and o.reason == corrected.REDUNDANT
    assert of(out, "50 per cent")["corrected_fields"] == [] and of(out, "50 per cent")["reviewed"]


def test_a_rejected_row_leaves_its_table_and_a_later_decision_brings_it_back(rows):
    out, (o,) = applied(rows, decide(rows, "900", "reject", 1))
    assert "900" not in out["mention"].to_list() and out.height == rows.height - 1
    assert o.before == of(rows, "900") and o.after is None
    back, outs = applied(rows, decide(rows, "900", "reject", 1), decide(rows, "900", "set", 2, kind="other"))
    assert of(back, "900")["kind"] == "other" and [x.outcome for x in outs] == ["applied", "applied"]
    assert outs[1].before is not None and outs[1].before["reviewed"]  # the row just before: rejected


def test_a_set_that_breaks_a_rule_is_invalid_with_the_rules_reason_and_not_applied(rows):
    later = decide(rows, "$12 billion", "set", 2, period="quarterly")
    out, outs = applied(rows, decide(rows, "$12 billion", "set", 1, status="in_effect"), later)
    assert [o.outcome for o in outs] == ["invalid", "applied"]
    assert "status, imposed_by and applied_to belong to tariff rates only" in outs[0].reason
    assert "tariff_fields_only_on_tariffs" in outs[0].reason
    row = of(out, "$12 billion")
    assert row["status"] is None and row["period"] == "quarterly" and row["corrected_fields"] == ["period"]


def test_the_later_decision_on_a_field_wins(rows):
    out, outs = applied(rows, decide(rows, "50 per cent", "set", 1, status="announced"),
                        decide(rows, "50 per cent", "set", 2, status="threatened"))
    assert of(out, "50 per cent")["status"] == "threatened"
    assert outs[1].before["status"] == "announced" and outs[1].after["status"] == "threatened"


def test_a_decision_whose_row_is_gone_is_orphaned(rows):
    gone = corrections.new("figures", "0123456789abcdef", AID, "25%", "confirm", "M. Roy", "Checked.")
    out, (o,) = applied(rows, gone)
    assert o.outcome == "orphaned" and o.before is None and out.equals(rows)


def test_the_extractors_rows_come_back_from_a_corrected_table(rows):
    decisions = [decide(rows, "$12 billion", "set", 1, source_org="the producers' association"),
                 decide(rows, "900", "reject", 2), decide(rows, "50 per cent", "confirm", 3),
                 decide(rows, "$12 billion", "set", 4, value=12.5e9)]
    out, outs = applied(rows, *decisions)
    table = corrected.frame("corrections", [o.row() for o in outs])
    back = corrected.extracted("figures", out, table)
    assert back.equals(corrected.ordered("figures", rows))
    # ... and applying the same decisions to them again gives the same rows, byte for byte
    again, _ = applied(back, *decisions)
    assert again.equals(out)
