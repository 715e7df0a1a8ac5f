"""The report's files: a page, its assets, nothing remote, the same bytes every time."""

import json
import re
import shutil
from html.parser import HTMLParser

import pytest

from tradefigures.warehouse.report import build
from tradefigures.warehouse.report.errors import TargetTaken
from tradefigures.warehouse.report.site import is_report

from ...conftest import DATA, ROOT
from ..conftest import publish_sources


class References(HTMLParser):
    """Every src and href in a page, and the JSON script blocks by id."""

    def __init__(self):
        super().__init__()
        self.refs: list[tuple[str, str]] = []
        self.blocks: dict[str, str] = {}
        self._block = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key):
                self.refs.append((tag, a[key]))
        if tag == "script" and a.get("type") == "application/json":
            self._block = a["id"]

    def handle_data(self, data):
        if self._block:
            self.blocks[self._block] = self.blocks.get(self._block, "") + data

    def handle_endtag(self, tag):
        if tag == "script":
            self._block = None


def parse(site):
    refs = References()
    refs.feed((site / "index.html").read_text(encoding="utf-8"))
    return refs


def test_the_page_loads_only_files_beside_it(site):
    refs = parse(site)
    loaded = [ref for tag, ref in refs.refs if tag in ("script", "link")]
    assert len(loaded) == 3
    for ref in loaded:
        assert not re.match(r"^[a-z]+:|^//", ref), ref
        assert (site / ref).is_file(), ref
    bundle = next(site.glob("assets/vega-*.js")).read_text(encoding="utf-8")
    assert "vegaEmbed" in bundle and len(bundle) > 100_000


def test_the_page_holds_its_data_and_charts(site, sql):
    blocks = parse(site).blocks
    page, charts = json.loads(blocks["report-data"]), json.loads(blocks["report-charts"])
    newest = sql("select max(release_id) from releases")[0][0]
    assert page["release"]["id"] == newest
    assert len(page["figures"]) == sql("select count(*) from figures")[0][0]
    assert set(charts) == {"chart-kinds", "chart-tariffs", "chart-directions", "chart-timeline"}


def test_article_text_cannot_break_out_of_the_data_block(released, tmp_path):
    """A sentence holding "</script>" stays data: the JSON is escaped for HTML."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        'Tariffs hit 25% on steel </script><script>alert(1)</script> said the "memo".\n', encoding="utf-8")
    wh = tmp_path / "w"
    publish_sources(wh, [corpus])
    out = tmp_path / "r"
    build(wh, out)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    page = json.loads(parse(out).blocks["report-data"])
    assert any("</script><script>alert(1)</script>" in s for s in page["sentences"])


def test_the_same_release_gives_the_same_files(released, site, tmp_path):
    again = tmp_path / "again"
    build(released, again)
    for path in site.rglob("*"):
        if path.is_file():
            assert (again / path.relative_to(site)).read_bytes() == path.read_bytes(), path


def test_an_earlier_report_is_replaced_and_other_folders_are_refused(released, tmp_path, sql):
    first = sql("select min(release_id) from releases")[0][0]
    out = tmp_path / "report"
    build(released, out)
    (out / "assets" / "vega-old-version.js").write_text("old", encoding="utf-8")
    report = build(released, out, first)
    assert report.release_id == first and report.articles == 8
    assert first in (out / "index.html").read_text(encoding="utf-8") and is_report(out)
    assert not (out / "assets" / "vega-old-version.js").exists()

    taken = tmp_path / "notes"
    taken.mkdir()
    (taken / "todo.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(TargetTaken, match="holds other files and no tradefigures report"):
        build(released, taken)
    assert sorted(p.name for p in taken.iterdir()) == ["todo.txt"]
    with pytest.raises(TargetTaken, match="it is a file"):
        build(released, taken / "todo.txt")


def test_conflicts_whose_timing_cannot_be_judged_are_folded(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(DATA / "facts", corpus)
    # Not in the folder's manifest: no publication date, but the year it is about is said.
    (corpus / "j3_undated.txt").write_text(
        "The Mining Association of Canada estimates that the U.S. duties will cost 60,000 jobs in the "
        "copper industry in 2025.\n", encoding="utf-8")
    wh = tmp_path / "w"
    publish_sources(wh, [corpus])
    out = tmp_path / "r"
    build(wh, out)
    html = (out / "index.html").read_text(encoding="utf-8")
    main, folded = html.split('<details id="undated-conflicts">', 1)
    folded = folded.split("</details>", 1)[0]
    # 12,000 and 30,000 (dated), 30,000 and 60,000 (one undated): neighbours only.
    assert main.count('<td class="side"') == 2 and folded.count('<td class="side"') == 2
    assert "1 with a side whose articles are undated" in folded


def test_each_conflict_shows_its_measure_and_the_sentence_of_each_side(site, sql):
    html = (site / "index.html").read_text(encoding="utf-8")
    table = html.split('class="conflict-table"', 1)[1].split("</table>", 1)[0]
    (measure,) = sql("select measure from conflicts")[0]
    assert f'<b class="measure">{measure}</b>' in table
    quotes = table.split('<blockquote class="quote">')[1:]
    assert len(quotes) == 2 * sql("select count(*) from conflicts")[0][0]
    # Each side's sentence, its mention marked: the March figure of the samples and the test article's.
    assert "in March from February" in table and "<mark>8.9 per cent</mark>" in table


def test_the_page_opens_on_the_tariffs_in_effect_now(site, sql):
    html = (site / "index.html").read_text(encoding="utf-8")
    main = html.split("<main>", 1)[1]
    assert main.lstrip().startswith('<section id="in-effect"')
    section = main.split("</section>", 1)[0]
    rows = section.split("<tbody>", 1)[1].split("</tbody>", 1)[0].split("<tr ")[1:]
    expected = sql("select measure_id, rate, articles from tariff_measures where status = 'in_effect'")
    assert len(rows) == len(expected) > 3
    for measure_id, rate, articles in expected:
        row = next(r for r in rows if f'data-id="{measure_id}"' in r)
        assert f'data-sort="{rate}">{rate:g}%</td>' in row and f'<td class="num">{articles}</td>' in row
    assert "United States (US)</td>" in section and "Canada (CA)</td>" in section


def test_every_table_scrolls_in_its_own_frame_and_the_tables_of_rows_sort(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    tables = re.findall(r"(<div class=\"table-wrap\"[^>]*>\s*)?<table( [^>]*)?>", html)
    assert len(tables) >= 3 and all(frame for frame, _ in tables), tables
    for table in ("in-effect-table", "measure-table", "figure-table"):
        assert f'<table id="{table}" class="sortable">' in html


@pytest.mark.parametrize("width", [800, 1400])
def test_the_docs_show_the_report_at_800_and_1400_pixels(width):
    """The screenshots docs/architecture.md says how to make, named in the README."""
    png = ROOT / "docs" / f"report-{width}.png"
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(head[16:20], "big") == width
    assert f"(docs/report-{width}.png)" in (ROOT / "README.md").read_text(encoding="utf-8")
