"""The report's data: what the page's script reads, as plain JSON-ready values.

Sentences are stored once and referenced by index; each figure and date carries its
mention's offsets within the sentence shown for it (see `highlight`).
"""

from __future__ import annotations

import json
from pathlib import PurePath
from urllib.parse import urlsplit

import polars as pl

from tradefigures.validate import tables, vocabulary
from tradefigures.warehouse.report import formatting
from tradefigures.warehouse.report.data import ReleaseData
from tradefigures.warehouse.report.highlight import passage


# The columns of the CSV the page downloads of the figures its filters leave: the
# figures' own columns (less the offsets, extractor and cues, which serve the pipeline)
# and the article's, named as the contract names them.
DOWNLOAD = ("figure_id", "article_id", "kind", "mention", "value", "unit", "currency", "qualifier",
            "period", "sectors", "status", "imposed_by", "applied_to", "source_org", "measure",
            "ref_period", "reviewed", "corrected_fields", "sentence", "title", "outlet", "published_date", "url")
# The decisions that made a row what it is: not the orphaned ones, which found no row.
SHAPED = ("applied", "redundant", "invalid")


def article_label(row: dict) -> str:
    """A title to show: the article's own, else its outlet (or web site) and date, else
    its file name."""
    if row.get("title"):
        return row["title"]
    where = row.get("outlet") or (urlsplit(row["url"]).hostname if row.get("url") else None)
    if where:
        return f"{where}, {row['published_date'].isoformat()}" if row.get("published_date") else where
    uri = row["source_uri"]
    return PurePath(uri.rstrip("/")).name or uri


class _Sentences:
    """Sentences stored once, referenced by index."""

    def __init__(self):
        self.items: list[str] = []
        self._index: dict[str, int] = {}

    def add(self, text: str) -> int:
        if text not in self._index:
            self._index[text] = len(self.items)
            self.items.append(text)
        return self._index[text]


def _descriptions(table: str) -> dict[str, str]:
    """Column descriptions from the schemas (through validate/tables.json)."""
    return tables.descriptions(table)


def articles(data: ReleaseData) -> tuple[list[dict], dict[str, int]]:
    """The articles, newest first, and each article_id's index in that list."""
    rows = data.articles.sort(["published_date", "source_uri"], descending=[True, False], nulls_last=True)
    out = []
    for r in rows.iter_rows(named=True):
        out.append({
            "id": r["article_id"], "title": article_label(r), "given_title": r["title"], "url": r["url"],
            "outlet": r["outlet"],
            "published": r["published_date"].isoformat() if r["published_date"] else None,
            "source": r["source_uri"],
        })
    return out, {a["id"]: i for i, a in enumerate(out)}


def _mentions(df: pl.DataFrame, texts: dict[str, str], order: dict[str, int],
              sentences: _Sentences) -> list[tuple[dict, dict]]:
    """(row, placement) per row, in article order then text order."""
    df = df.with_columns(pl.col("article_id").replace_strict(order, default=len(order)).alias("_a"))
    out = []
    for r in df.sort(["_a", "char_start"]).iter_rows(named=True):
        p = passage(texts[r["article_id"]], r["sentence"], r["char_start"], r["char_end"])
        out.append((r, {"a": r["_a"], "s": sentences.add(p.text), "hs": p.start, "he": p.end,
                        "whole": p.whole_sentence}))
    return out


def _decision(r: dict) -> dict:
    """One decision as the page shows it: what it set, each field from the row before
    it to the row after it, who, when and why, and what the release made of it."""
    before = json.loads(r["before"]) if r["before"] else {}
    after = json.loads(r["after"]) if r["after"] else None
    values = json.loads(r["set_values"])
    return {"id": r["correction_id"], "decision": r["decision"], "outcome": r["outcome"], "reason": r["reason"],
            "figure": r["figure_id"], "date": r["date_id"], "mention": r["mention"],
            "set": [[f, values[f]] for f in r["fields"]],
            "changes": [[f, before.get(f), after.get(f)] for f in r["fields"]
                        if after is not None and before.get(f) != after.get(f)],
            "reviewer": r["reviewer"], "at": r["decided_at"].date().isoformat(), "why": r["why"]}


def reviews(data: ReleaseData) -> dict[str, dict]:
    """figure_id -> its review: its decisions in order and, for each field a person
    corrected, the value the extractor gave (the first decision's row before it)."""
    rows = (data.corrections.filter(pl.col("figure_id").is_not_null() & pl.col("outcome").is_in(SHAPED))
            .sort("seq"))
    out: dict[str, dict] = {}
    for r in rows.iter_rows(named=True):
        found = out.setdefault(r["figure_id"], {"decisions": [], "extracted": json.loads(r["before"])})
        found["decisions"].append(_decision(r))
    return out


def corrections(data: ReleaseData) -> list[dict]:
    """Every decision of the release, oldest first, orphaned ones too."""
    return [_decision(r) for r in data.corrections.sort("seq").iter_rows(named=True)]


def figures(data: ReleaseData, texts, order, sentences) -> list[dict]:
    """Every figure with its fields, its place in its sentence, how it reads, and its
    review (who decided what, and the extractor's value of each field corrected)."""
    reviewed = reviews(data)
    out = []
    for r, place in _mentions(data.figures, texts, order, sentences):
        item = {
            "id": r["figure_id"], **place, "mention": r["mention"], "kind": r["kind"],
            "value": r["value"], "unit": r["unit"], "currency": r["currency"],
            "qualifier": r["qualifier"], "period": r["period"], "sectors": r["sectors"] or [],
            "status": r["status"], "imposed_by": r["imposed_by"], "applied_to": r["applied_to"],
            "source_org": r["source_org"], "measure": r["measure"], "ref_period": r["ref_period"],
            "reviewed": r["reviewed"], "corrected_fields": r["corrected_fields"],
            "cues": json.loads(r["cues"] or "{}"),
            "display": formatting.figure(r["value"], r["unit"], r["currency"], r["period"], r["qualifier"]),
        }
        if r["figure_id"] in reviewed:
            review = reviewed[r["figure_id"]]
            extracted = review["extracted"]
            item["review"] = {"decisions": review["decisions"],
                              "extracted": {f: extracted.get(f) for f in r["corrected_fields"]},
                              "display": formatting.figure(extracted["value"], extracted["unit"],
                                                           extracted["currency"], extracted["period"],
                                                           extracted["qualifier"])}
        # The text shown is the row's sentence when it was found whole; otherwise the
        # download still needs the sentence itself.
        if not place["whole"]:
            item["sentence"] = r["sentence"]
        out.append(item)
    return out


def dates(data: ReleaseData, texts, order, sentences) -> list[dict]:
    """Every date mention with its interval, role and place in its sentence."""
    out = []
    for r, place in _mentions(data.dates, texts, order, sentences):
        out.append({
            "id": r["date_id"], **place, "mention": r["mention"], "value": r["value"],
            "granularity": r["granularity"], "role": r["role"], "relative": r["relative"],
            "start": r["date_start"].isoformat() if r["date_start"] else None,
            "end": r["date_end"].isoformat() if r["date_end"] else None,
            "cues": json.loads(r["cues"] or "{}"),
        })
    return out


def _day(value) -> str | None:
    return value.isoformat() if value else None


def measures(data: ReleaseData) -> list[dict]:
    """Every tariff measure with its status runs and the ids of its mentions."""
    out = []
    for r in data.tariff_measures.iter_rows(named=True):
        out.append({
            "id": r["measure_id"], "imposed_by": r["imposed_by"], "applied_to": r["applied_to"],
            "direction": f"{r['imposed_by'] or '?'} → {r['applied_to'] or '?'}",
            "rate": formatting.figure(r["rate"], "percent"), "rate_value": r["rate"], "sectors": r["sectors"] or [],
            "status": r["status"], "history": json.loads(r["status_history"]),
            "first_seen": _day(r["first_seen"]), "last_seen": _day(r["last_seen"]),
            "mentions": r["mentions"], "articles": r["articles"], "outlets": r["outlets"],
            "announced": r["announced_dates"], "effective": r["effective_dates"], "figures": r["figure_ids"],
        })
    return out


def in_effect(measures: list[dict]) -> list[dict]:
    """The tariffs in effect now, the most reported first: the measures whose latest
    dated run of mentions says in effect, each with who levies it on whom, on what, at
    which rate, since when and in how many articles.

    "Since" is the earliest effective date named in the sentence of one of its
    mentions; when none is named, it is the first publication of its latest run in
    effect, and `since_named` is false."""
    out = []
    for m in measures:
        if m["status"] != "in_effect":
            continue
        runs = [run for run in m["history"] if run["status"] == "in_effect" and run["first_seen"]]
        named = sorted(m["effective"])
        since = named[0] if named else (runs[-1]["first_seen"] if runs else None)
        out.append({**m, "since": since, "since_named": bool(named),
                    "by": formatting.country(m["imposed_by"]) if m["imposed_by"] else "not stated",
                    "on": formatting.country(m["applied_to"]) if m["applied_to"] else "not stated"})
    return sorted(out, key=lambda m: (-m["articles"], -m["rate_value"], m["direction"], m["id"]))


def _quote(data: ReleaseData, figure_ids: list[str], texts: dict[str, str], titles: dict[str, str]) -> dict | None:
    """The sentence of a side's first reported mention (earliest publication, undated
    last), split around the mention, with the article it is from."""
    rows = (data.figures.filter(pl.col("figure_id").is_in(figure_ids))
            .join(data.articles.select("article_id", "published_date"), on="article_id", how="left")
            .sort(["published_date", "figure_id"], nulls_last=True))
    if rows.height == 0:
        return None
    r = rows.row(0, named=True)
    p = passage(texts[r["article_id"]], r["sentence"], r["char_start"], r["char_end"])
    return {"before": p.text[:p.start], "mention": p.mention, "after": p.text[p.end:],
            "article": titles[r["article_id"]], "published": _day(r["published_date"])}


def conflicts(data: ReleaseData, texts: dict[str, str] | None = None) -> list[dict]:
    """Every conflict, its two sides with their values as a reader says them, who they
    credit, where and when they were reported, the sentence of each, and the ids of
    their mentions."""
    if texts is None:
        texts = dict(zip(data.articles["article_id"].to_list(), data.articles["text"].to_list()))
    titles = {r["article_id"]: article_label(r) for r in data.articles.iter_rows(named=True)}
    facts = {r["fact_id"]: r for r in data.facts.iter_rows(named=True)}
    rates = {r["measure_id"]: r for r in data.tariff_measures.iter_rows(named=True)}
    out = []
    for r in data.conflicts.iter_rows(named=True):
        sides = []
        for side in ("left", "right"):
            ident = r[f"{side}_id"]
            found = facts[ident] if r["kind"] == "fact" else rates[ident]
            value = formatting.figure(r[f"{side}_value"], found["unit"], found["currency"], found["period"]) \
                if r["kind"] == "fact" else formatting.figure(r[f"{side}_value"], "percent")
            sides.append({"id": ident, "value": value, "sources": r[f"{side}_sources"],
                          "outlets": r[f"{side}_outlets"], "mentions": r[f"{side}_mentions"],
                          "first_seen": _day(r[f"{side}_first_seen"]), "last_seen": _day(r[f"{side}_last_seen"]),
                          "figures": found["figure_ids"],
                          "quote": _quote(data, found["figure_ids"], texts, titles)})
        out.append({"id": r["conflict_id"], "kind": r["kind"], "subject": r["subject"],
                    "measure": r["measure"],
                    "ref_period": r["ref_period"], "days_apart": r["days_apart"], "reason": r["reason"],
                    "sides": sides})
    return out


def summary(data: ReleaseData) -> dict:
    """Counts a reader sees first: by kind, articles, dates, and what failed validation."""
    kinds = dict(data.figures.group_by("kind").len().iter_rows())
    roles = dict(data.dates.group_by("role").len().iter_rows())
    quarantine = (data.quarantine.group_by(["table", "check"])
                  .agg(pl.len().alias("rows"), pl.col("reason").first())
                  .sort(["rows", "table", "check"], descending=[True, False, False]))
    return {
        "articles": data.articles.height,
        "articles_with_url": data.articles["url"].drop_nulls().len(),
        "figures": data.figures.height,
        "dates": data.dates.height,
        "quarantined": data.quarantine.height,
        "measures": data.tariff_measures.height,
        "facts": data.facts.height,
        "corroborated": data.facts.filter(pl.col("articles") > 1).height,
        "conflicts": data.conflicts.height,
        "undated_conflicts": data.conflicts.filter(pl.col("days_apart").is_null()).height,
        "reviewed": data.figures.filter(pl.col("reviewed")).height,
        "corrected": data.figures.filter(pl.col("corrected_fields").list.len() > 0).height,
        "unreviewed_tariffs": data.figures.filter((pl.col("kind") == "tariff_rate") & ~pl.col("reviewed")).height,
        "decisions": data.corrections.height,
        "by_outcome": {o: data.corrections.filter(pl.col("outcome") == o).height for o in vocabulary.OUTCOMES},
        "by_kind": [{"kind": k, "figures": kinds.get(k, 0)} for k in vocabulary.KINDS],
        "by_role": [{"role": r, "dates": roles.get(r, 0)} for r in vocabulary.ROLES],
        "quarantine": quarantine.to_dicts(),
    }


def build(data: ReleaseData) -> dict:
    """Everything the page shows, in one JSON-ready dict."""
    release = data.release
    arts, order = articles(data)
    texts = dict(zip(data.articles["article_id"].to_list(), data.articles["text"].to_list()))
    sentences = _Sentences()
    every_measure = measures(data)
    return {
        "release": {"id": release.id, "created_at": release.created_at, "parent": release.parent,
                    "pipeline": release.pipeline, "extractor": release.info.get("extractor")},
        "summary": summary(data),
        "articles": arts,
        "figures": figures(data, texts, order, sentences),
        "dates": dates(data, texts, order, sentences),
        "measures": every_measure,
        "in_effect": in_effect(every_measure),
        "conflicts": conflicts(data, texts),
        "corrections": corrections(data),
        "sentences": sentences.items,
        "vocabulary": {"kind": vocabulary.KINDS, "sectors": vocabulary.SECTORS,
                       "status": vocabulary.STATUSES, "role": vocabulary.ROLES,
                       "countries": {c: formatting.country(c) for c in formatting.COUNTRIES}},
        "columns": {t: _descriptions(t) for t in ("figures", "dates", "tariff_measures", "conflicts", "corrections")},
        "download": {"columns": list(DOWNLOAD), "file": f"tradefigures-{release.id}-figures.csv"},
    }
