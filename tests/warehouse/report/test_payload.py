"""The page's data agrees with the release: every mention in its sentence, every count."""

import json
from datetime import date

import polars as pl
import pytest

from tradefigures.validate import tables
from tradefigures.warehouse.report import data, payload
from tradefigures.warehouse.report.errors import NoReleases
from tradefigures.warehouse.errors import NoRelease, NoWarehouse


@pytest.fixture(scope="module")
def page(released):
    return payload.build(data.read(released))


def test_every_figure_and_date_is_highlighted_at_its_offsets(page, sql):
    texts = dict(sql("select article_id, text from articles"))
    rows = {r[0]: r[1:] for r in sql(
        "select figure_id, article_id, char_start, char_end from figures union all "
        "select date_id, article_id, char_start, char_end from dates")}
    items = page["figures"] + page["dates"]
    assert len(items) == len(rows) > 40
    for item in items:
        article_id, start, end = rows[item["id"]]
        sentence = page["sentences"][item["s"]]
        assert page["articles"][item["a"]]["id"] == article_id
        assert sentence[item["hs"]:item["he"]] == texts[article_id][start:end] == item["mention"]
        assert texts[article_id][start - item["hs"]:start - item["hs"] + len(sentence)] == sentence


def test_summary_counts_match_the_catalog(page, sql):
    s = page["summary"]
    assert s["articles"] == sql("select count(*) from articles")[0][0] == 10
    assert s["figures"] == sql("select count(*) from figures")[0][0]
    assert s["dates"] == sql("select count(*) from dates")[0][0]
    assert s["quarantined"] == sql("select count(*) from quarantine")[0][0]
    by_kind = {k: n for k, n in sql("select kind, count(*) from figures group by 1")}
    assert {r["kind"]: r["figures"] for r in s["by_kind"] if r["figures"]} == by_kind
    by_role = {k: n for k, n in sql("select role, count(*) from dates where role is not null group by 1")}
    assert {r["role"]: r["dates"] for r in s["by_role"] if r["dates"]} == by_role


def test_measures_and_conflicts_agree_with_the_catalog(page, sql):
    measures = {m["id"]: m for m in page["measures"]}
    rows = sql("select measure_id, imposed_by, applied_to, rate, status, articles, figure_ids from tariff_measures")
    assert len(measures) == len(rows) == page["summary"]["measures"] > 5
    for measure_id, imposed_by, applied_to, rate, status, articles, figure_ids in rows:
        m = measures[measure_id]
        assert m["direction"] == f"{imposed_by} → {applied_to}" and m["rate"] == f"{rate:g}%"
        assert (m["status"], m["articles"], m["figures"]) == (status, articles, figure_ids)
        assert m["history"][-1]["status"] == status
    conflicts = sql("select conflict_id, left_id, right_id from conflicts")
    assert len(page["conflicts"]) == len(conflicts) == page["summary"]["conflicts"] > 0
    ids = {r[0]: r[1:] for r in conflicts}
    known = dict(sql("select fact_id, figure_ids from facts union all select measure_id, figure_ids from tariff_measures"))
    for c in page["conflicts"]:
        assert tuple(side["id"] for side in c["sides"]) == ids[c["id"]]
        assert all(side["figures"] == known[side["id"]] for side in c["sides"])


def test_sentences_are_stored_once(page):
    assert len(page["sentences"]) == len(set(page["sentences"]))
    assert len(page["sentences"]) < len(page["figures"]) + len(page["dates"])


def test_articles_carry_a_title_and_their_url(page, sql):
    urls = dict(sql("select article_id, url from articles"))
    for a in page["articles"]:
        assert a["title"] and a["url"] == urls[a["id"]]
    untitled = [a for a in page["articles"] if a["source"].endswith("s10_aluminum.txt")]
    assert untitled[0]["title"] == "s10_aluminum.txt"


def test_an_older_release_is_read_when_asked(released, sql):
    first, newest = (r[0] for r in sql("select release_id from releases order by 1"))
    assert data.read(released, first).articles.height == 8
    assert data.read(released).release.id == newest


def test_missing_things_are_named(released, tmp_path):
    with pytest.raises(NoRelease, match='"nope"'):
        data.read(released, "nope")
    with pytest.raises(NoWarehouse, match="No warehouse at"):
        data.read(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoReleases, match="holds no release yet: run `tradefigures run"):
        data.read(tmp_path / "empty")


@pytest.mark.parametrize("row, label", [
    ({"title": "Steel duty doubles", "url": "https://x.example/a", "source_uri": "a.txt"}, "Steel duty doubles"),
    ({"title": None, "outlet": "The Globe", "published_date": date(2025, 6, 5), "url": None,
      "source_uri": "a.txt"}, "The Globe, 2025-06-05"),
    ({"title": None, "outlet": None, "published_date": None, "url": "https://news.example.ca/story/123",
      "source_uri": "https://news.example.ca/story/123"}, "news.example.ca"),
    ({"title": None, "outlet": None, "published_date": None, "url": None,
      "source_uri": "corpus/d01_steel.txt"}, "d01_steel.txt"),
])
def test_an_article_without_a_title_is_named_by_what_is_known(row, label):
    assert payload.article_label(row) == label


def test_the_tariffs_in_effect_are_the_measures_in_effect_the_most_reported_first(page, sql):
    rows = sql("select measure_id, articles, rate, effective_dates, status_history from tariff_measures "
               "where status = 'in_effect'")
    shown = page["in_effect"]
    assert {m["id"] for m in shown} == {r[0] for r in rows} and len(rows) > 3
    assert [(-m["articles"], -m["rate_value"]) for m in shown] == sorted((-m["articles"], -m["rate_value"])
                                                                         for m in shown)
    for measure_id, articles, rate, effective, history in rows:
        m = next(m for m in shown if m["id"] == measure_id)
        assert (m["articles"], m["rate_value"]) == (articles, rate)
        runs = [run["first_seen"] for run in json.loads(history) if run["status"] == "in_effect" and run["first_seen"]]
        assert (m["since"], m["since_named"]) == ((min(effective), True) if effective else (runs[-1], False))
    assert {m["since_named"] for m in shown} == {True, False}


def test_a_tariff_is_in_effect_since_its_effective_date_else_its_first_report_in_effect():
    base = {"imposed_by": "US", "applied_to": "CA", "direction": "US → CA", "rate_value": 25.0, "articles": 1}
    history = [{"status": "in_effect", "first_seen": "2025-03-04", "last_seen": "2025-03-04", "mentions": 1},
               {"status": "removed", "first_seen": "2025-05-01", "last_seen": "2025-05-01", "mentions": 1},
               {"status": "in_effect", "first_seen": "2025-06-04", "last_seen": "2025-06-09", "mentions": 2}]
    measures = [{**base, "id": "a", "status": "in_effect", "history": history, "effective": []},
                {**base, "id": "b", "status": "in_effect", "history": history, "effective": ["2025-06", "2025-03-12"],
                 "articles": 3, "applied_to": "*"},
                {**base, "id": "c", "status": "removed", "history": history, "effective": []}]
    got = [(m["id"], m["since"], m["since_named"], m["by"], m["on"]) for m in payload.in_effect(measures)]
    assert got == [("b", "2025-03-12", True, "United States (US)", "all countries"),
                   ("a", "2025-06-04", False, "United States (US)", "Canada (CA)")]


def test_the_download_names_the_contracts_columns(page):
    known = {c for t in ("figures", "articles") for c, _ in tables.columns(t)}
    assert page["download"]["columns"] == list(payload.DOWNLOAD) and set(payload.DOWNLOAD) <= known
    assert page["download"]["file"] == f"tradefigures-{page['release']['id']}-figures.csv"


def test_a_figure_whose_sentence_is_not_found_whole_carries_it_for_the_download(released):
    d = data.read(released)
    first = d.figures.row(0, named=True)
    odd = first["sentence"].replace(" ", "  ", 1)
    d.figures = d.figures.with_columns(
        pl.when(pl.col("figure_id") == first["figure_id"]).then(pl.lit(odd)).otherwise(pl.col("sentence"))
        .alias("sentence"))
    figures = {f["id"]: f for f in payload.build(d)["figures"]}
    assert figures[first["figure_id"]]["sentence"] == odd and not figures[first["figure_id"]]["whole"]
    assert all("sentence" not in f for i, f in figures.items() if i != first["figure_id"])
