"""A release's review: the corrections file applied at publication, surviving reruns and
new extractor versions, rejected rows listed, stale decisions reported, a bad file
publishing nothing."""

import json

import duckdb
import frictionless
import polars as pl
import pytest

from tradefigures.extract.extractor import RulesExtractor
from tradefigures.flows.pipeline import versions
from tradefigures.validate import schemas
from tradefigures.warehouse import decisions, layout, releases, reviews
from tradefigures.warehouse.errors import CorrectionsInvalid

from .conftest import publish_sources

SMELTER = ("Washington raised its tariff on Canadian aluminum to 50 per cent on Monday, officials said. "
           "Aluminum exports to the United States were worth $12 billion last year, the producers' "
           "association said. The smelter on the river employs 900 people.\n")
NAME = "s20_smelter.txt"


@pytest.fixture
def wh(warehouse, corpus):
    """A warehouse of one release: the samples and an article of our own."""
    (corpus / NAME).write_text(SMELTER, encoding="utf-8")
    publish_sources(warehouse, [corpus])
    return warehouse


def table(wh, name, rid=None):
    rel = releases.load(wh, rid) if rid else releases.latest(wh)
    return pl.read_parquet(rel.path / name / "*.parquet")


def figure(wh, mention, rid=None) -> dict | None:
    """The figure of that mention in our article, as the release holds it."""
    sources = table(wh, "sources", rid).filter(pl.col("source_uri").str.ends_with(NAME))
    found = table(wh, "figures", rid).filter((pl.col("mention") == mention)
                                             & pl.col("article_id").is_in(sources["article_id"].implode()))
    return found.row(0, named=True) if found.height else None


def decide(wh, mention, decision, *values, why="Read against the article."):
    row = figure(wh, mention)
    return decisions.record(wh, layout.corrections_path(wh), row["figure_id"], decision, "M. Roy", why, list(values))


def decided(wh) -> list[dict]:
    """The newest release's corrections, checked against the rules every row of them keeps."""
    found = reviews.published(releases.latest(wh))
    schemas.Corrections.validate(found, lazy=True)
    return found.sort("seq").to_dicts()


def outcomes(wh) -> list[str]:
    return [d["outcome"] for d in decided(wh)]


class Relabelled(RulesExtractor):
    """The same rules under another name: a new extractor version for every row."""

    name = "tradefigures-rules-relabelled"


class Doubling(RulesExtractor):
    """The same rules, but money comes out twice as large."""

    def extract(self, *args, **kwargs):
        rows = super().extract(*args, **kwargs)
        for f in rows.figures:
            if f["unit"] == "currency":
                f["value"] *= 2
        return rows


class NoTariffs(RulesExtractor):
    """The same rules, but a rate is no tariff: status and direction go with it."""

    def extract(self, *args, **kwargs):
        rows = super().extract(*args, **kwargs)
        for f in rows.figures:
            if f["kind"] == "tariff_rate":
                f.update(kind="other", status=None, imposed_by=None, applied_to=None)
        return rows


def republish(wh, corpus, extractor):
    """Publish with another extractor: a new pipeline version, so every article is read again."""
    run = {**versions(), "pipeline": "test+" + type(extractor).__name__, "extractor": extractor.label}
    return publish_sources(wh, [corpus], extractor=extractor, run_versions=run)


def test_a_correction_survives_a_rerun_and_a_new_extractor_version(wh, corpus):
    first = releases.latest(wh).id
    decide(wh, "$12 billion", "set", "source_org=the producers' association")
    decide(wh, "900", "reject", why="A head count of one smelter, not the dispute's.")
    second = publish_sources(wh, [corpus])
    assert second.changed and second.parent == first
    money = figure(wh, "$12 billion")
    assert money["source_org"] == "the producers' association"
    assert money["reviewed"] and money["corrected_fields"] == ["source_org"]
    assert figure(wh, "900") is None
    assert outcomes(wh) == ["applied", "applied"]

    again = publish_sources(wh, [corpus], batch=5)
    assert not again.changed and again.parent == second.release_id
    assert str(again.review) == "Corrections: 2 decisions (2 applied)"

    third = republish(wh, corpus, Relabelled())
    assert third.changed
    money = figure(wh, "$12 billion")
    assert money["extractor"].startswith("tradefigures-rules-relabelled/")  # extracted anew
    assert money["source_org"] == "the producers' association" and money["corrected_fields"] == ["source_org"]
    assert figure(wh, "900") is None and outcomes(wh) == ["applied", "applied"]
    unreviewed = table(wh, "figures").filter(~pl.col("reviewed"))
    assert unreviewed.height == table(wh, "figures", first).height - 2


def test_a_rejected_figure_leaves_figures_and_what_derives_from_them_and_stays_in_corrections(wh, corpus):
    extracted = figure(wh, "50 per cent")
    decide(wh, "50 per cent", "reject", why="The sentence quotes last year's rate.")
    publish_sources(wh, [corpus])
    assert figure(wh, "50 per cent") is None
    measures = table(wh, "tariff_measures")
    assert extracted["figure_id"] not in {i for ids in measures["figure_ids"] for i in ids}
    (row,) = decided(wh)
    assert row["decision"] == "reject" and row["outcome"] == "applied" and row["after"] is None
    assert row["figure_id"] == extracted["figure_id"] and row["why"] == "The sentence quotes last year's rate."
    assert json.loads(row["before"]) == extracted  # the row as the extractor gave it


def test_removing_a_decision_from_the_file_gives_the_extractors_row_back(wh, corpus):
    extracted = table(wh, "figures")
    decide(wh, "50 per cent", "set", "status=announced")
    decide(wh, "900", "reject")
    publish_sources(wh, [corpus])
    path = layout.corrections_path(wh)
    path.write_text(path.read_text().splitlines()[1] + "\n")  # the set decision taken out by hand
    back = publish_sources(wh, [corpus])
    assert back.changed and figure(wh, "50 per cent") == figure(wh, "50 per cent", releases.list_ids(wh)[0])
    path.write_text("")
    publish_sources(wh, [corpus])
    assert table(wh, "figures").sort("figure_id").equals(extracted.sort("figure_id"))


def test_a_decision_on_an_edited_article_is_orphaned_and_reported(wh, corpus):
    decide(wh, "$12 billion", "set", "period=annual", "source_org=the producers' association")
    publish_sources(wh, [corpus])
    old_article = figure(wh, "$12 billion")["article_id"]
    (corpus / NAME).write_text("OTTAWA — " + SMELTER, encoding="utf-8")  # every span moves
    pub = publish_sources(wh, [corpus])
    assert pub.changed and figure(wh, "$12 billion")["source_org"] is None
    (row,) = decided(wh)
    assert row["outcome"] == "orphaned" and row["before"] is None
    assert row["reason"] == (f"Its article ({old_article}) is no longer in the release: its source "
                             f"{corpus / NAME} was edited and gives article {figure(wh, '$12 billion')['article_id']} now.")
    assert pub.review.counts["orphaned"] == 1
    (line,) = pub.review.lines
    assert row["correction_id"] in line and "orphaned" in line and "$12 billion" in line


def test_a_correction_the_new_extractor_now_makes_is_redundant(wh, corpus):
    money = figure(wh, "$12 billion")
    decide(wh, "$12 billion", "set", f"value={2 * money['value']:.0f}", why="The table in the article doubles it.")
    publish_sources(wh, [corpus])
    assert figure(wh, "$12 billion")["corrected_fields"] == ["value"] and outcomes(wh) == ["applied"]
    republish(wh, corpus, Doubling())
    now = figure(wh, "$12 billion")
    assert now["value"] == 2 * money["value"] and now["reviewed"] and now["corrected_fields"] == []
    assert outcomes(wh) == ["redundant"]


def test_a_correction_a_new_extraction_makes_break_a_rule_is_reported_and_left_out(wh, corpus):
    decide(wh, "50 per cent", "set", "status=announced")
    publish_sources(wh, [corpus])
    pub = republish(wh, corpus, NoTariffs())
    row = figure(wh, "50 per cent")
    assert row["kind"] == "other" and row["status"] is None and not row["reviewed"]
    (row,) = decided(wh)
    assert row["outcome"] == "invalid" and "belong to tariff rates only" in row["reason"]
    assert pub.review.counts["invalid"] == 1 and "invalid" in pub.review.lines[0]


def test_a_corrections_file_edited_into_an_invalid_state_publishes_nothing(wh, corpus):
    decide(wh, "900", "confirm")
    path = layout.corrections_path(wh)
    good = path.read_text()
    path.write_text(good + good.replace('"confirm"', '"set"').replace('"set_values": {}',
                                                                       '"set_values": {"kind": "rumour"}'))
    (corpus / "s21_new.txt").write_text("Ottawa set a 25 per cent counter-tariff on U.S. steel.\n")
    before = releases.list_ids(wh)
    with pytest.raises(CorrectionsInvalid, match=r"corrections.jsonl line 2: kind 'rumour' is not one of"):
        publish_sources(wh, [corpus])
    assert releases.list_ids(wh) == before
    assert not (wh / ".staging").exists() or not any((wh / ".staging").iterdir())


def test_the_corrections_table_is_a_view_and_a_valid_resource(wh, corpus):
    decide(wh, "50 per cent", "set", "status=announced")
    decide(wh, "900", "reject")
    pub = publish_sources(wh, [corpus])
    con = duckdb.connect(str(wh / "catalog.duckdb"), read_only=True)
    try:
        rows = con.execute("select f.mention, c.decision, c.outcome, c.reviewer from corrections c "
                           "left join figures f using (figure_id) order by c.seq").fetchall()
        counts = con.execute("select release_id, corrections from releases order by 1").fetchall()
        history = con.execute("select release_id, count(*) from all_corrections group by 1").fetchall()
    finally:
        con.close()
    assert rows == [("50 per cent", "set", "applied", "M. Roy"), (None, "reject", "applied", "M. Roy")]
    schemas.Corrections.validate(table(wh, "corrections"), lazy=True)  # the rules every row keeps
    assert counts[-1] == (pub.release_id, 2) and history == [(pub.release_id, 2)]
    manifest = layout.release_dir(wh, pub.release_id) / "datapackage.json"
    resource = {r["name"]: r for r in json.loads(manifest.read_text())["resources"]}["corrections"]
    assert resource["schema"]["primaryKey"] == "correction_id" and resource["tradefigures:rows"] == 2
    report = frictionless.validate(str(manifest))
    assert report.valid, report.flatten(["type", "note"])


def test_a_date_is_reviewed_the_same_way(wh, corpus):
    from tradefigures.warehouse import diff

    before = releases.latest(wh).id
    dates = table(wh, "dates").filter(pl.col("sentence").str.contains("smelter|raised its tariff on Canadian aluminum"))
    monday = dates.filter(pl.col("mention") == "Monday").row(0, named=True)
    assert monday["role"] != "announcement"
    decisions.record(wh, layout.corrections_path(wh), monday["date_id"], "set", "M. Roy",
                     "The rise was announced on Monday; it takes effect later.", ["role=announcement"])
    publish_sources(wh, [corpus])
    row = table(wh, "dates").filter(pl.col("date_id") == monday["date_id"]).row(0, named=True)
    assert row["role"] == "announcement" and row["reviewed"] and row["corrected_fields"] == ["role"]
    (decision,) = decided(wh)
    assert decision["date_id"] == monday["date_id"] and decision["figure_id"] is None
    assert json.loads(decision["before"])["role"] == monday["role"]
    d = diff.between(wh, before, "latest", "dates")
    assert d.corrections["id"].to_list() == [monday["date_id"]] and d.correction_counts()["added"] == 1
    assert diff.between(wh, before, "latest").corrections.height == 0  # none of the figures'
