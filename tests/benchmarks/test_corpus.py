"""The benchmark's corpus generator: deterministic, within its sizes, every format, a
manifest the pipeline accepts, and articles the pipeline reads and finds figures in."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import corpus
from tradefigures.extract.sources.files import discover
from tradefigures.extract.sources.manifest import read_manifest, valid_date


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    corpus.generate(root, 200, seed=11)
    return root


def articles_in(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".txt", ".md", ".html"))


def test_the_same_seed_and_size_give_the_same_bytes(tmp_path):
    corpus.generate(tmp_path / "a", 40, seed=3)
    corpus.generate(tmp_path / "b", 40, seed=3)
    corpus.generate(tmp_path / "c", 40, seed=4)
    a, b, c = files(tmp_path / "a"), files(tmp_path / "b"), files(tmp_path / "c")
    assert a == b
    assert len(a) == 42  # 40 articles, a manifest and the stamp
    assert set(a) != set(c) or any(a[k] != c[k] for k in a)


def test_a_smaller_corpus_is_the_start_of_a_larger_one(tmp_path):
    corpus.generate(tmp_path / "small", 7, seed=5)
    corpus.generate(tmp_path / "large", 1_003, seed=5)
    small, large = files(tmp_path / "small"), files(tmp_path / "large")
    for name, data in small.items():
        if name.endswith((".txt", ".md", ".html")):
            assert large[name] == data, name
    assert "shard-0001/manifest.csv" in large  # the thousand-and-first article opens a new folder


def test_articles_are_2_to_8_kb(generated):
    sizes = [p.stat().st_size for p in articles_in(generated)]
    assert len(sizes) == 200
    assert min(sizes) >= corpus.MIN_BYTES and max(sizes) <= corpus.MAX_BYTES
    assert max(sizes) - min(sizes) > 3000  # spread over the range, not one size


def test_formats_are_mixed(generated):
    counts = Counter(p.suffix for p in articles_in(generated))
    assert set(counts) == {".txt", ".md", ".html"}
    assert all(n >= 0.15 * 200 for n in counts.values()), counts
    md = next(p for p in articles_in(generated) if p.suffix == ".md").read_text()
    assert md.startswith("---\ntitle: ") and "\ndate: " in md


def test_the_manifest_has_the_contract_columns_and_a_row_per_file(generated):
    folder = generated / corpus.shard_of(0)
    with open(folder / "manifest.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == corpus.MANIFEST_COLUMNS
    assert [r["doc"] for r in rows] == [p.stem for p in articles_in(generated)]
    assert all(valid_date(r["published"]) for r in rows if r["published"])
    assert all(r["published"] for r in rows if (folder / f"{r['doc']}.txt").exists())
    warnings: list[str] = []
    meta = read_manifest(folder, warnings.append)
    assert warnings == [] and len(meta) == 200


def test_ensure_reuses_a_current_corpus_and_refuses_a_foreign_folder(tmp_path):
    assert corpus.ensure(tmp_path / "c", 5, seed=1) is not None
    assert corpus.ensure(tmp_path / "c", 5, seed=1) is None
    assert corpus.ensure(tmp_path / "c", 6, seed=1).n == 6
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(FileExistsError):
        corpus.ensure(tmp_path / "mine", 5)
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def test_the_pipeline_reads_every_article_and_finds_figures_in_each(tmp_path):
    from tradefigures.extract.batch import extract_batch
    from tradefigures.validate.quarantine import check_batch

    corpus.generate(tmp_path, 20, seed=2)
    warnings: list[str] = []
    items = discover([str(tmp_path)], warnings.append)
    assert len(items) == 20 and warnings == []
    batch = extract_batch(items, {}, "bench-test")
    assert batch.skipped == [] and len(batch.articles) == 20
    figures = Counter(f["article_id"] for f in batch.figures)
    assert all(figures[a["article_id"]] >= 3 for a in batch.articles), figures
    kinds = {f["kind"] for f in batch.figures}
    assert {"tariff_rate", "trade_value", "jobs"} <= kinds
    # metadata arrives from the manifest, front matter or the HTML head, whatever the format
    assert all(a["published_date"] and a["title"] for a in batch.articles)
    # the page furniture the generator scatters is furniture to the pipeline
    for a in batch.articles:
        for line in ("Share on Facebook", "Subscribe now", "Sign up for our", "Advertisement", "![" ):
            assert line not in a["text"], (a["source_uri"], line)
    checked = check_batch(batch)
    assert checked.tables["figures"].height == len(batch.figures)
