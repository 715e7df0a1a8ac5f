"""The corrections file: one JSON line per decision, read back as written, appended
safely, and a line edited by hand into an invalid state named with why."""

import json
import multiprocessing
import re
from datetime import date, datetime, timezone

import pytest

from tradefigures.warehouse import corrections
from tradefigures.warehouse.errors import CorrectionsInvalid

FIGURE = "0123456789abcdef"
ARTICLE = "fedcba9876543210"
DATE = "00112233445566ff"


def decision(**given) -> corrections.Decision:
    args = {"table": "figures", "row_id": FIGURE, "article_id": ARTICLE, "mention": "50 per cent",
            "decision": "set", "reviewer": "M. Roy", "why": "The article says the rate rose in March.",
            "set_values": {"status": "in_effect"}} | given
    return corrections.new(**args)


def line(**given) -> str:
    """A valid line with some keys replaced (a key given None is left out)."""
    data = json.loads(decision().line()) | given
    return json.dumps({k: v for k, v in data.items() if v is not None})


def test_a_decision_reads_back_as_it_was_written_with_its_types(tmp_path):
    path = tmp_path / "corrections.jsonl"
    made = [decision(set_values={"value": 2500000000, "sectors": ["steel", "aluminum"], "currency": None}),
            decision(decision="reject", set_values={}, why="A page number."),
            decision(table="dates", row_id=DATE, mention="March 4", set_values={"date_start": date(2026, 3, 4)})]
    for d in made:
        corrections.append(path, lambda existing, d=d: d)
    back = corrections.read(path)
    assert [d.correction_id for d in back] == [d.correction_id for d in made]
    assert [d.seq for d in back] == [1, 2, 3]
    assert back[0].set_values == {"value": 2.5e9, "sectors": ["steel", "aluminum"], "currency": None}
    assert isinstance(back[0].set_values["value"], float)
    assert back[2].set_values == {"date_start": date(2026, 3, 4)} and back[2].key == "date_id"
    assert back[1].decided_at.tzinfo == timezone.utc
    # One line per decision, each whole: the file diffs a line per new decision.
    lines = path.read_text().splitlines()
    assert len(lines) == 3 and all(json.loads(text)["reviewer"] == "M. Roy" for text in lines)


def test_the_id_of_a_decision_is_its_content_not_its_place(tmp_path):
    at = datetime(2026, 12, 5, 10, 30, tzinfo=timezone.utc)
    a, b = decision(at=at), decision(at=at, seq=7)
    assert a.correction_id == b.correction_id
    assert decision(at=at, why="Another reason.").correction_id != a.correction_id


def test_no_file_is_no_decision(tmp_path):
    assert corrections.read(tmp_path / "none.jsonl") == []


@pytest.mark.parametrize("text, why", [
    ("{not json", "is not a JSON object"),
    ("[1, 2]", "is not a JSON object"),
    (line(reviwer="M. Roy"), '"reviwer" is no key of a decision'),
    (line(date_id=DATE), "names one row"),
    (line(figure_id="F1"), 'figure_id "F1" is not an id'),
    (line(decision="approve"), 'decision "approve" is not one of confirm, set, reject'),
    (line(set_values={"colour": "red"}), 'figures has no field "colour"'),
    (line(set_values={"char_start": 3}), "char_start is not a field a person sets"),
    (line(set_values={"value": "lots"}), 'value "lots" is not a number'),
    (line(set_values={"sectors": "steel"}), 'sectors "steel" is not a list of text'),
    (line(set_values={}), "a set decision names at least one field"),
    (line(decision="reject"), "a reject decision sets no field"),
    (line(decided_at="yesterday"), 'decided_at "yesterday" is not a time'),
    (line(decided_at="2026-12-05T10:30:00"), "has no time zone"),
    (line(why=" "), "why is missing or empty"),
    (line(reviewer=None), "reviewer is missing or empty"),
])
def test_a_line_edited_into_an_invalid_state_is_named_with_why(tmp_path, text, why):
    path = tmp_path / "corrections.jsonl"
    path.write_text(line() + "\n\n" + text + "\n")
    with pytest.raises(CorrectionsInvalid) as caught:
        corrections.read(path)
    message = str(caught.value)
    assert f"{path} line 3: " in message and why in message and "\n" not in message


@pytest.mark.parametrize("values, why", [
    ({"status": "maybe"}, "status 'maybe' is not one of the allowed values"),
    ({"sectors": ["steel", "bananas"]}, "Every sector must be one of the contract's sectors"),
    ({"currency": "dollars"}, "currency 'dollars' is not in the expected form"),
    ({"kind": None}, "kind is missing (null) but is required"),
])
def test_a_value_outside_the_contract_is_named_by_its_columns_rule(tmp_path, values, why):
    path = tmp_path / "corrections.jsonl"
    path.write_text(line() + "\n" + line(set_values=values, why="Hand-edited.") + "\n")
    decisions = corrections.read(path)  # well-formed: its values are judged by the rules
    with pytest.raises(CorrectionsInvalid, match=re.escape(f"line 2: {why}")):
        corrections.check(path, decisions)


def test_a_repeated_line_is_named(tmp_path):
    path = tmp_path / "corrections.jsonl"
    text = line()
    path.write_text(text + "\n" + text + "\n")
    with pytest.raises(CorrectionsInvalid, match="line 2: it repeats the decision of line 1"):
        corrections.read(path)


def test_an_append_after_a_hand_edit_without_its_last_newline_starts_a_line(tmp_path):
    path = tmp_path / "corrections.jsonl"
    path.write_text(line())  # an editor that drops the final newline
    corrections.append(path, lambda existing: decision(why="Second look."))
    assert [d.why for d in corrections.read(path)] == ["The article says the rate rose in March.", "Second look."]


def _append_many(path, who, n):
    for i in range(n):
        corrections.append(path, lambda existing: decision(reviewer=who, why=f"Check {i} of {len(existing)}."))


def test_reviewers_appending_at_once_each_get_their_lines_whole(tmp_path):
    path = tmp_path / "corrections.jsonl"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_append_many, args=(path, who, 25)) for who in ("A", "B", "C")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    back = corrections.read(path)
    assert len(back) == 75 and {d.reviewer for d in back} == {"A", "B", "C"}
    # Under the file's lock each decision was made from every line before it.
    assert sorted(int(d.why.split(" of ")[1].rstrip(".")) for d in back) == list(range(75))


def test_a_value_from_the_command_line_takes_its_columns_type():
    assert corrections.parse("figures", "value=2,500,000") == ("value", 2500000.0)
    assert corrections.parse("figures", "sectors=steel, aluminum") == ("sectors", ["steel", "aluminum"])
    assert corrections.parse("figures", "currency=") == ("currency", None)
    assert corrections.parse("dates", "relative=true") == ("relative", True)
    assert corrections.parse("dates", "date_start=2026-07-01") == ("date_start", date(2026, 7, 1))
    for bad, why in (("status", "is not FIELD=VALUE"), ("value=lots", "is not a number"),
                     ("mention=50%", "not a field a person sets"), ("date_start=July", "is not a date")):
        with pytest.raises(corrections.NotADecision, match=why):
            corrections.parse("dates" if bad.startswith("date") else "figures", bad)
