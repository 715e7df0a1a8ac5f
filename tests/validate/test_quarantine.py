"""Every contract rule, fed a row that breaks it, sends that row to quarantine with a reason."""

import copy
import json
from datetime import date

import pytest

from tradefigures.extract.batch import ExtractedBatch
from tradefigures.extract.extractor import RulesExtractor
from tradefigures.extract.ids import article_id
from tradefigures.validate.quarantine import check_batch

TEXT = ("Canada will keep its 25% counter-tariff on U.S. steel, officials said on March 4, 2025. "
        "The dispute puts up to 85,000 jobs at risk.")


def batch() -> ExtractedBatch:
    aid = article_id(TEXT)
    rows = RulesExtractor().extract(TEXT, date(2025, 3, 5), aid)
    from datetime import datetime, timezone
    now = datetime(2025, 3, 5, tzinfo=timezone.utc)
    article = {"article_id": aid, "source_uri": "a.txt", "url": None, "title": None, "outlet": None,
               "published_date": date(2025, 3, 5), "retrieved_at": now, "content_sha256": "a" * 64,
               "text": TEXT}
    source = {"source_uri": "a.txt", "article_id": aid, "content_sha256": "a" * 64,
              "retrieved_at": now, "fingerprint": "f"}
    return ExtractedBatch([article], rows.figures, rows.dates, [source])


def test_a_clean_batch_has_no_quarantine():
    checked = check_batch(batch())
    assert checked.quarantined == 0
    assert checked.tables["figures"].height == 2
    assert checked.tables["dates"].height == 1


def figure(b, mention):
    return next(f for f in b.figures if f["mention"] == mention)


FIGURE_BREAKS = [
    ("tariff over 1000", lambda f: f.update(value=1500.0), "tariff_rate_in_range", "between 0 and 1000"),
    ("tariff not in percent", lambda f: f.update(unit="currency"), "tariff_rate_in_range", "in percent"),
    ("unknown kind", lambda f: f.update(kind="mood"), "kind.isin", "not one of the allowed values"),
    ("unknown unit", lambda f: f.update(unit="furlongs"), "unit.isin", "not one of the allowed values"),
    ("unknown qualifier", lambda f: f.update(qualifier="maybe"), "qualifier.isin", "not one of"),
    ("unknown period", lambda f: f.update(period="weekly"), "period.isin", "not one of"),
    ("unknown status", lambda f: f.update(status="rumoured"), "status.isin", "not one of"),
    ("unknown sector", lambda f: f.update(sectors=["fish"]), "sectors.sectors_known", "contract's sectors"),
    ("bad country code", lambda f: f.update(imposed_by="Canada"), "imposed_by.str_matches", "expected form"),
    ("bad currency code", lambda f: f.update(unit="currency", kind="trade_value", status=None,
                                             imposed_by=None, applied_to=None, currency="dollars"),
     "currency.str_matches", "expected form"),
    ("ungrounded mention", lambda f: f.update(mention="26%"), "grounded", "exactly the article text"),
    ("offsets past the text", lambda f: f.update(char_start=5000, char_end=5003), "grounded", "exactly"),
    ("offsets reversed", lambda f: f.update(char_end=f["char_start"]), "offsets_ordered", "before char_end"),
    ("negative offset", lambda f: f.update(char_start=-1), "char_start", "at least 0"),
    ("infinite value", lambda f: f.update(value=float("inf")), "value_finite", "finite"),
    ("value not a number", lambda f: f.update(value="a lot"), "value", "missing"),
    ("cues not JSON", lambda f: f.update(cues="kind=tariff"), "cues_json_object", "JSON object"),
    ("status on a count", lambda f: f.update(kind="jobs", unit="count"), "tariff_fields_only_on_tariffs", "tariff rates only"),
    ("currency on a percent", lambda f: f.update(currency="USD"), "currency_only_on_money", "money amounts only"),
    ("mention outside its sentence", lambda f: f.update(sentence="Nothing here."), "mention_in_sentence", "sentence must contain"),
    ("bad figure id", lambda f: f.update(figure_id="xyz"), "figure_id.str_matches", "expected form"),
]


@pytest.mark.parametrize("name, breaks, check, reason", FIGURE_BREAKS, ids=[b[0] for b in FIGURE_BREAKS])
def test_figure_rule_sends_row_to_quarantine(name, breaks, check, reason):
    b = batch()
    breaks(figure(b, "25%"))
    checked = check_batch(b)
    q = checked.tables["quarantine"]
    assert q.height == 1, q
    row = q.row(0, named=True)
    assert row["table"] == "figures"
    assert check in row["check"]
    assert reason in row["reason"]
    assert json.loads(row["row"])["mention"] in ("25%", "26%")
    assert checked.tables["figures"]["mention"].to_list() == ["85,000"]


def test_negative_count_and_share_over_whole():
    b = batch()
    figure(b, "85,000").update(value=-3.0)
    checked = check_batch(b)
    assert "count_not_negative" in checked.tables["quarantine"]["check"][0]
    b = batch()
    figure(b, "25%").update(kind="trade_share", status=None, imposed_by=None, applied_to=None, value=130.0)
    assert "share_within_whole" in check_batch(b).tables["quarantine"]["check"][0]


DATE_BREAKS = [
    ("value at the wrong granularity", lambda d: d.update(granularity="month"), "value_matches_granularity"),
    ("interval reversed", lambda d: d.update(date_end=date(2020, 1, 1)), "date_interval_ordered"),
    ("unresolved absolute date", lambda d: d.update(value=None, relative=False), "unresolved_only_if_relative"),
    ("unknown role", lambda d: d.update(role="party"), "role.isin"),
    ("bad value form", lambda d: d.update(value="March 2025"), "value.str_matches"),
    ("ungrounded mention", lambda d: d.update(mention="April 4, 2025"), "grounded"),
]


@pytest.mark.parametrize("name, breaks, check", DATE_BREAKS, ids=[b[0] for b in DATE_BREAKS])
def test_date_rule_sends_row_to_quarantine(name, breaks, check):
    b = batch()
    breaks(b.dates[0])
    q = check_batch(b).tables["quarantine"]
    assert q.height == 1 and q["table"][0] == "dates"
    assert check in q["check"][0]
    assert q["reason"][0].endswith(".")


def test_a_failed_article_takes_its_rows_to_quarantine_too():
    b = batch()
    b.articles[0]["content_sha256"] = "not-a-hash"
    checked = check_batch(b)
    q = checked.tables["quarantine"]
    assert set(q["table"].to_list()) == {"articles", "figures", "dates"}
    assert checked.tables["figures"].height == 0 and checked.tables["articles"].height == 0
    assert any("nothing to point into" in r for r in q["reason"].to_list())


def test_duplicate_articles_in_a_batch_keep_one_row_and_both_sources():
    b = batch()
    b.articles.append(copy.deepcopy(b.articles[0]) | {"source_uri": "copy.txt"})
    b.sources.append(copy.deepcopy(b.sources[0]) | {"source_uri": "copy.txt"})
    b.figures += copy.deepcopy(b.figures)
    checked = check_batch(b)
    assert checked.quarantined == 0
    assert checked.tables["articles"].height == 1
    assert sorted(checked.tables["sources"]["source_uri"].to_list()) == ["a.txt", "copy.txt"]
    assert checked.tables["figures"].height == 2
