"""diff: what changed between two releases, by stable id."""

import json

import polars as pl
import pytest

from tradefigures.extract.extractor import RulesExtractor
from tradefigures.flows.pipeline import versions
from tradefigures.warehouse import diff, layout, releases

from .conftest import publish_sources

EDITED = "s04_cusma_review.txt"


def figures(wh, rid):
    return pl.read_parquet(layout.release_dir(wh, rid) / "figures" / "*.parquet")


def article_of(wh, rid, name):
    src = pl.read_parquet(layout.release_dir(wh, rid) / "sources" / "*.parquet")
    return src.filter(pl.col("source_uri").str.ends_with(name))["article_id"].item()


def test_editing_one_article_publishes_one_release_whose_diff_is_that_article(warehouse, corpus):
    first = publish_sources(warehouse, [corpus]).release_id
    path = corpus / EDITED
    path.write_text(path.read_text().replace("about $2 billion", "about $2.5 billion"))
    second = publish_sources(warehouse, [corpus]).release_id
    assert releases.list_ids(warehouse) == [first, second]
    old_id, new_id = article_of(warehouse, first, EDITED), article_of(warehouse, second, EDITED)

    d = diff.between(warehouse, first, second)
    assert d.articles.to_dicts() == [{"status": "revised", "source_uri": str(path),
                                      "old_article_id": old_id, "new_article_id": new_id}]
    by = {s: d.rows.filter(pl.col("status") == s) for s in diff.STATUSES}
    assert by["added"]["mention"].to_list() == ["$2.5 billion"]
    assert by["removed"]["mention"].to_list() == ["$2 billion"]
    assert by["changed"].height == by["extractor_only"].height == 0
    assert set(d.rows["source_uri"]) == {str(path)}

    # Against the releases themselves: the diff accounts for every figure of the edited
    # article, old and new, and every other figure is the same in both releases.
    old, new = figures(warehouse, first), figures(warehouse, second)
    moved_from = {json.loads(b)["figure_id"] for b in by["moved"]["before"]}
    assert set(by["removed"]["figure_id"]) | moved_from == set(old.filter(pl.col("article_id") == old_id)["figure_id"])
    assert set(by["added"]["figure_id"]) | set(by["moved"]["figure_id"]) == \
        set(new.filter(pl.col("article_id") == new_id)["figure_id"])
    rest = [f.filter(~pl.col("article_id").is_in([old_id, new_id])).sort("figure_id") for f in (old, new)]
    assert rest[0].equals(rest[1]) and rest[0].height > 30
    for row in by["moved"].iter_rows(named=True):
        before, after = json.loads(row["before"]), json.loads(row["after"])
        assert set(before) == set(after) == {"figure_id", "article_id", "char_start", "char_end"}
        moved = old.filter(pl.col("figure_id") == before["figure_id"]).drop(*before).to_dicts()
        kept = new.filter(pl.col("figure_id") == after["figure_id"]).drop(*after).to_dicts()
        assert moved == kept


def test_a_release_against_itself_is_empty(warehouse, corpus):
    rid = publish_sources(warehouse, [corpus]).release_id
    d = diff.between(warehouse, rid, "latest")
    assert d.rows.height == 0 and d.articles.height == 0
    assert d.counts() == dict.fromkeys(diff.STATUSES, 0)


def test_a_new_article_only_adds_and_the_reverse_only_removes(warehouse, corpus):
    first = publish_sources(warehouse, [corpus]).release_id
    (corpus / "s09_new.txt").write_text(
        "Washington kept its 50 per cent tariff on Canadian steel in place, officials said. "
        "About 8,000 jobs depend on the mill.")
    second = publish_sources(warehouse, [corpus]).release_id
    new_id = article_of(warehouse, second, "s09_new.txt")
    forward = diff.between(warehouse, first, second)
    assert forward.articles["status"].to_list() == ["added"]
    assert set(forward.rows["status"]) == {"added"} and set(forward.rows["article_id"]) == {new_id}
    assert forward.rows.height == figures(warehouse, second).height - figures(warehouse, first).height
    backward = diff.between(warehouse, second, first)
    assert backward.articles["status"].to_list() == ["removed"]
    assert set(backward.rows["status"]) == {"removed"}
    assert sorted(backward.rows["figure_id"]) == sorted(forward.rows["figure_id"])


def test_dates_are_compared_by_date_id(warehouse, corpus):
    first = publish_sources(warehouse, [corpus]).release_id
    (corpus / "s09_new.txt").write_text("The tariff takes effect on March 4, 2026, officials said.")
    second = publish_sources(warehouse, [corpus]).release_id
    d = diff.between(warehouse, first, second, "dates")
    assert d.rows["status"].to_list() == ["added"] and d.rows["mention"].to_list() == ["March 4, 2026"]
    assert "date_id" in d.rows.columns


class Relabelled(RulesExtractor):
    """The same rules under another name: every row's extractor column differs."""

    name = "tradefigures-rules-relabelled"


class Doubling(RulesExtractor):
    """The same rules, but money amounts come out twice as large."""

    def extract(self, *args, **kwargs):  # whatever the interface passes, passed on
        rows = super().extract(*args, **kwargs)
        for f in rows.figures:
            if f["unit"] == "currency":
                f["value"] *= 2
        return rows


def republish(wh, corpus, extractor):
    """Publish again with another extractor: a new pipeline version, so every source is
    read again."""
    run_versions = {**versions(), "pipeline": "test+" + extractor.__class__.__name__,
                    "extractor": extractor.label}
    return publish_sources(wh, [corpus], extractor=extractor, run_versions=run_versions).release_id


def test_rows_that_differ_only_in_their_extractor_are_counted_apart(warehouse, corpus):
    first = publish_sources(warehouse, [corpus]).release_id
    second = republish(warehouse, corpus, Relabelled())
    d = diff.between(warehouse, first, second)
    n = d.counts()
    assert n["extractor_only"] == figures(warehouse, first).height > 0
    assert n["changed"] == n["added"] == n["removed"] == 0 and d.articles.height == 0
    row = d.rows.row(0, named=True)
    assert row["fields"] == ["extractor"]
    assert json.loads(row["after"])["extractor"].startswith("tradefigures-rules-relabelled/")


def test_same_id_with_another_value_is_changed(warehouse, corpus):
    first = publish_sources(warehouse, [corpus]).release_id
    second = republish(warehouse, corpus, Doubling())
    d = diff.between(warehouse, first, second)
    old = figures(warehouse, first)
    money = old.filter(pl.col("unit") == "currency")
    assert d.counts()["changed"] == money.height > 0 and d.counts()["added"] == 0
    changed = d.rows.filter(pl.col("status") == "changed")
    assert set(changed["figure_id"]) == set(money["figure_id"])
    assert all(f == ["value"] for f in changed["fields"].to_list())
    for row in changed.iter_rows(named=True):
        assert json.loads(row["after"])["value"] == 2 * json.loads(row["before"])["value"]


def test_compare_pairs_what_a_revised_article_kept_even_a_figure_said_twice(warehouse, corpus):
    rid = publish_sources(warehouse, [corpus]).release_id
    old = figures(warehouse, rid)
    art = old["article_id"][0]
    mine = old.filter(pl.col("article_id") == art)
    # The same figure said again later in the same sentence, as a second row.
    again = mine.head(1).with_columns(figure_id=pl.lit("0123456789abcdef"), char_start=pl.col("char_start") + 5,
                                      char_end=pl.col("char_end") + 5)
    mine = pl.concat([mine, again])
    # The article revised: a sentence added at the top shifts every figure.
    new = mine.with_columns(article_id=pl.lit("f" * 16), char_start=pl.col("char_start") + 40,
                            char_end=pl.col("char_end") + 40,
                            figure_id=pl.col("figure_id").str.reverse())
    out = diff.compare(mine, new, "figure_id", {art: "f" * 16})
    assert out["status"].to_list() == ["moved"] * mine.height
    assert set(out["figure_id"]) == set(new["figure_id"])
    for row in out.iter_rows(named=True):
        before, after = json.loads(row["before"]), json.loads(row["after"])
        assert after["char_start"] == before["char_start"] + 40  # the n-th pairs with the n-th
    without = diff.compare(mine, new, "figure_id")
    assert sorted(without["status"]) == ["added"] * mine.height + ["removed"] * mine.height


def test_only_figures_and_dates_are_compared(warehouse, corpus):
    publish_sources(warehouse, [corpus])
    with pytest.raises(ValueError, match="figures, dates"):
        diff.between(warehouse, "latest", "latest", "articles")


def test_a_correction_is_listed_between_the_releases_before_and_after_it(warehouse, corpus):
    from tradefigures.warehouse import decisions

    first = publish_sources(warehouse, [corpus]).release_id
    old = figures(warehouse, first)
    tariff = old.filter(pl.col("kind") == "tariff_rate").row(0, named=True)
    other = old.filter(pl.col("kind") != "tariff_rate").row(0, named=True)
    path = layout.corrections_path(warehouse)
    wanted = next(s for s in ("announced", "threatened") if s != tariff["status"])
    decisions.record(warehouse, path, tariff["figure_id"], "set", "M. Roy", "Not yet in force.", [f"status={wanted}"])
    decisions.record(warehouse, path, other["figure_id"], "reject", "M. Roy", "A total of a table.")
    second = publish_sources(warehouse, [corpus]).release_id

    d = diff.between(warehouse, first, second)
    assert d.correction_counts() == {"added": 2, "removed": 0, "changed": 0}
    assert d.corrections["decision"].to_list() == ["set", "reject"]
    assert d.corrections["id"].to_list() == [tariff["figure_id"], other["figure_id"]]
    assert d.corrections["new_outcome"].to_list() == ["applied", "applied"]
    assert json.loads(d.corrections["set_values"][0]) == {"status": wanted}
    changed = d.rows.filter(pl.col("status") == "changed").row(0, named=True)
    assert changed["figure_id"] == tariff["figure_id"]
    assert changed["fields"] == ["status", "reviewed", "corrected_fields"]
    assert d.rows.filter(pl.col("status") == "removed")["figure_id"].to_list() == [other["figure_id"]]
    assert d.to_dict()["corrections"][0]["set_values"] == {"status": wanted}
    assert diff.between(warehouse, second, first).correction_counts()["removed"] == 2
    assert diff.between(warehouse, second, first, "dates").corrections.height == 0
