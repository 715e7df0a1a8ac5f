"""The report in a real browser: headless Chromium from Debian, driven by Playwright.

The page is opened from a file:// URL with every other request refused and recorded:
the charts must draw, the filters must narrow the table, and a click must show the
figure highlighted in its sentence. From 360 to 1,920 pixels nothing may stick out of
the page; at 800 and 1,400 the last event of the timeline must show and the tables
keep their rows whole; the rows the filters leave must download as CSV. Set
REPORT_SCREENSHOT=path to keep a screenshot (docs/report.png is made that way),
REPORT_SCREENSHOTS=folder for report-800.png and report-1400.png.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tradefigures.warehouse import formats
from tradefigures.warehouse.report import build, payload

from ..conftest import publish_sources

WIDTHS = (800, 1400)

CHROMIUM = os.environ.get("TRADEFIGURES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not Path(CHROMIUM).is_file():
        # CI must run this test: `make test` installs chromium there.
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (apt-get)")
        pytest.skip(f"{CHROMIUM} is missing: `make test` installs Debian's chromium as root")
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=FLAGS, headless=True,
            viewport={"width": 1320, "height": 1000})
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser, site):
    """The report, opened from the file system, with the network out of reach."""
    yield from opened(browser, site)


def opened(browser, site, width=None):
    tab = browser.new_page()
    if width:
        tab.set_viewport_size({"width": width, "height": 1000})
    errors: list[str] = []
    remote: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))

    def only_files(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            remote.append(route.request.url)
            route.abort()

    tab.route("**/*", only_files)
    tab.goto((site / "index.html").as_uri())
    tab.wait_for_selector("body[data-charts=ready]", timeout=30_000)
    yield tab
    assert not errors, errors
    assert not remote, f"the report asked for {remote}"
    tab.close()


def shown_ids(page) -> list[str]:
    return page.eval_on_selector_all("#figure-table tbody tr", "rows => rows.map(r => r.dataset.id)")


def test_every_chart_draws_its_marks(page, sql):
    for chart in ("chart-kinds", "chart-tariffs", "chart-directions", "chart-timeline"):
        assert page.get_attribute(f"#{chart}", "data-rendered") == "true", chart
        assert page.locator(f"#{chart} svg").count() == 1, chart
    kinds = sql("select count(distinct kind) from figures")[0][0]
    assert page.locator("#chart-kinds svg .mark-rect.role-mark path").count() == 7 >= kinds
    circles = sql("""select count(*) from (select distinct unnest(sectors), status, value
                     from figures where kind = 'tariff_rate')""")[0][0]
    assert page.locator("#chart-tariffs svg .mark-symbol.role-mark path").count() == circles > 3
    on_calendar = sql("select count(*) from dates where granularity = 'day' and date_start is not null")[0][0]
    assert page.locator("#chart-timeline svg .mark-symbol.role-mark path").count() == on_calendar > 3


def test_filters_and_search_narrow_the_table(page, sql):
    total = sql("select count(*) from figures")[0][0]
    assert len(shown_ids(page)) == total and page.text_content("#count") == f"{total} figures"

    page.select_option("#filter-kind", "tariff_rate")
    page.select_option("#filter-sector", "steel")
    expected = {i for (i,) in sql("select figure_id from figures where kind = 'tariff_rate' "
                                  "and list_contains(sectors, 'steel')")}
    assert set(shown_ids(page)) == expected and 0 < len(expected) < total

    page.click("#clear")
    page.fill("#search", "aluminum")
    hits = shown_ids(page)
    assert 0 < len(hits) < total
    for figure_id, sentence, sectors in sql(
            "select f.figure_id, f.sentence, f.sectors from figures f where figure_id in "
            f"({', '.join('?' * len(hits))})", *hits):
        assert "aluminum" in sentence.lower() or "aluminum" in sectors, figure_id


def test_a_click_shows_the_figure_highlighted_in_its_sentence(page, sql):
    page.select_option("#filter-kind", "tariff_rate")
    row = page.locator("#figure-table tbody tr").nth(2)
    figure_id = row.get_attribute("data-id")
    row.click()
    mention, sentence, url = sql("select f.mention, f.sentence, a.url from figures f join articles a "
                                 "using (article_id) where figure_id = ?", figure_id)[0]
    assert page.text_content("#detail mark") == mention
    assert page.text_content("#detail blockquote.sentence") == sentence
    assert page.locator("#figure-table tbody tr.selected").get_attribute("data-id") == figure_id
    assert page.url.endswith(f"#figure={figure_id}")
    if url:
        assert page.get_attribute("#detail a.article-link", "href") == url
    if os.environ.get("REPORT_SCREENSHOT"):
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=os.environ["REPORT_SCREENSHOT"], full_page=True)


def test_a_chart_mark_filters_the_table_and_a_date_opens_its_sentence(page, sql):
    page.locator("#chart-directions svg .mark-rect.role-mark path").first.click()
    imposed, applied, status = (page.input_value(f"#filter-{f}") for f in ("imposed_by", "applied_to", "status"))
    assert imposed and applied and status
    expected = {i for (i,) in sql(
        "select figure_id from figures where kind = 'tariff_rate' and imposed_by = ? and applied_to = ? "
        "and status = ?", imposed, applied, status)}
    assert set(shown_ids(page)) == expected and expected

    # The latest date is always in the timeline's opening view: click the rightmost dot.
    dots = page.locator("#chart-timeline svg .mark-symbol.role-mark path")
    boxes = [dots.nth(i).bounding_box() for i in range(dots.count())]
    dots.nth(max(range(len(boxes)), key=lambda i: boxes[i]["x"])).click()
    date_id = page.url.rsplit("#date=", 1)[-1]
    mention, sentence = sql("select mention, sentence from dates where date_id = ?", date_id)[0]
    assert page.text_content("#detail mark") == mention
    assert page.text_content("#detail blockquote.sentence") == sentence


def test_a_measure_or_a_conflict_lists_its_mentions_in_the_table(page, sql):
    measures = page.locator("#measure-table tbody tr")
    assert measures.count() == sql("select count(*) from tariff_measures")[0][0]
    measure_id, figure_ids = sql("select measure_id, figure_ids from tariff_measures "
                                 "order by mentions desc, measure_id limit 1")[0]
    page.click(f'#measure-table tr[data-id="{measure_id}"]')
    assert set(shown_ids(page)) == set(figure_ids) and len(figure_ids) > 1
    assert page.is_visible("#filter-group")

    conflicts = page.locator(".conflict-table tbody tr")
    assert conflicts.count() == sql("select count(*) from conflicts")[0][0] > 0
    conflict_id = conflicts.first.get_attribute("data-id")
    right = sql("select figure_ids from facts join conflicts on fact_id = right_id where conflict_id = ?",
                conflict_id)[0][0]
    page.locator(f'.conflict-table tr[data-id="{conflict_id}"] td.side').nth(1).click()
    assert set(shown_ids(page)) == set(right)

    page.click("#clear")
    assert len(shown_ids(page)) == sql("select count(*) from figures")[0][0]
    assert page.is_hidden("#filter-group")


def test_a_long_table_shows_its_rows_a_page_at_a_time(browser, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "many.txt").write_text(
        "\n".join(f"Washington set a tariff of {n}% on steel from Canada." for n in range(1, 251)) + "\n",
        encoding="utf-8")
    wh = tmp_path / "w"
    publish_sources(wh, [corpus])
    out = tmp_path / "site"
    build(wh, out)
    for tab in opened(browser, out):
        assert len(shown_ids(tab)) == 200 and tab.text_content("#more") == "Show more (50 left)"
        tab.click("#more")
        assert len(shown_ids(tab)) == 250 and tab.is_hidden("#more")
        tab.fill("#search", "steel 25%")  # every word, anywhere: 25%, 125%, 225%
        assert len(shown_ids(tab)) == 3


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def sized(browser, site, request):
    """The report in a window `request.param` pixels wide."""
    yield from opened(browser, site, request.param)


# Every box the page draws, unless a scrolling frame holds it (then the frame's own
# box counts): what sticks out past the window's right edge, and the page's own width.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const framed = (node) => {
    for (let p = node.parentElement; p && p !== document.body; p = p.parentElement) {
      if (["auto", "scroll", "hidden"].includes(getComputedStyle(p).overflowX)) return true;
    }
    return false;
  };
  const out = [];
  for (const node of document.body.querySelectorAll("*")) {
    const r = node.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || framed(node)) continue;
    if (r.left < -0.5 || r.right > width + 0.5) {
      out.push(`${node.tagName.toLowerCase()}#${node.id}.${node.getAttribute("class")}: ${r.left}..${r.right}`);
    }
  }
  return {page: document.documentElement.scrollWidth, width, out};
}"""


@pytest.mark.parametrize("width", [360, *WIDTHS, 1920])
def test_nothing_is_wider_than_the_window(browser, site, width):
    for tab in opened(browser, site, width):
        found = tab.evaluate(OVERFLOW)
        assert found["page"] <= found["width"] and not found["out"], found
        for chart in ("chart-kinds", "chart-tariffs", "chart-directions", "chart-timeline"):
            svg, box = (tab.locator(f"#{chart}{inner}").bounding_box() for inner in (" svg", ""))
            assert svg["width"] <= box["width"] + 0.5, chart
        if os.environ.get("REPORT_SCREENSHOTS") and width in WIDTHS:
            tab.screenshot(path=str(Path(os.environ["REPORT_SCREENSHOTS"]) / f"report-{width}.png"), full_page=True)


def test_the_charts_take_the_width_of_their_box_when_the_window_changes(browser, site):
    for tab in opened(browser, site, 1400):
        wide = tab.locator("#chart-timeline svg").bounding_box()["width"]
        assert wide > 1000
        tab.set_viewport_size({"width": 800, "height": 1000})
        tab.wait_for_function("document.querySelector('#chart-timeline svg').getBoundingClientRect().width < 800")
        assert tab.evaluate(OVERFLOW)["out"] == []
        # two charts side by side where two fit, one under the other where they do not
        tariffs, directions = (tab.locator(f"#{c}").bounding_box() for c in ("chart-tariffs", "chart-directions"))
        assert directions["y"] >= tariffs["y"] + tariffs["height"]


def test_the_last_event_of_the_timeline_shows_with_its_label(sized, sql):
    (last,) = sql("select max(date_start) from dates where granularity = 'day'")[0]
    assert last.isoformat() == "2026-07-01"  # the CUSMA review's deadline, in the samples
    width = sized.viewport_size["width"]
    dot = sized.locator(f'#chart-timeline svg .mark-symbol.role-mark path[aria-label*="date: {last}"]')
    sized.locator("#chart-timeline").scroll_into_view_if_needed()
    box, chart = dot.bounding_box(), sized.locator("#chart-timeline svg").bounding_box()
    assert 0 <= box["x"] and box["x"] + box["width"] <= min(width, chart["x"] + chart["width"])
    label = sized.locator("#chart-timeline svg .mark-text.role-mark text", has_text=f"{last:%b} {last.day}")
    assert label.count() == 1
    text = label.bounding_box()
    assert 0 <= text["x"] and text["x"] + text["width"] <= min(width, chart["x"] + chart["width"])
    assert abs((text["y"] + text["height"] / 2) - (box["y"] + box["height"] / 2)) < 30


def test_the_measures_show_whole_and_the_headers_stay(sized, sql):
    frame = sized.locator("#measure-frame")
    rows = sized.locator("#measure-table tbody tr")
    assert rows.count() == sql("select count(*) from tariff_measures")[0][0]
    last, box = rows.last.bounding_box(), frame.bounding_box()
    assert last["y"] + last["height"] <= box["y"] + box["height"]

    # The table of figures scrolls in its frame, its header row staying on top.
    figures = sized.locator("#figures .table-wrap")
    figures.evaluate("frame => { frame.scrollTop = 300; }")
    head, top = sized.locator("#figure-table thead th").first.bounding_box(), figures.bounding_box()
    assert figures.evaluate("frame => frame.scrollTop") == 300 and abs(head["y"] - top["y"]) < 3


def test_the_article_column_shows_the_title_and_the_outlet_uncut(sized, sql):
    outlets = dict(sql("select coalesce(title, ''), outlet from articles"))
    cells = sized.locator("#figure-table td.article")
    assert cells.count() == sql("select count(*) from figures")[0][0]
    for i in range(cells.count()):
        cell = cells.nth(i)
        title = cell.locator(".title").text_content()
        if title in outlets and outlets[title]:
            assert outlets[title] in cell.locator("small").text_content()
        assert cell.evaluate("td => td.scrollWidth <= td.clientWidth"), title
    if sized.viewport_size["width"] >= 1400:
        assert sized.locator("#figures .table-wrap").evaluate("f => f.scrollWidth <= f.clientWidth")
    # A click shows the figure where the reader looks, beside the table or below it.
    cells.first.click()
    detail = sized.locator("#detail").bounding_box()
    assert 0 <= detail["y"] < sized.viewport_size["height"] and sized.locator("#detail mark").count() == 1


def test_columns_sort_both_ways(page, sql):
    page.click("#figure-table thead th[data-key=value] button")
    values = dict(sql("select figure_id, value from figures"))
    shown = [values[i] for i in shown_ids(page)]
    assert shown == sorted(shown) and len(set(shown)) > 3
    assert page.get_attribute("#figure-table th[data-key=value]", "aria-sort") == "ascending"
    page.click("#figure-table thead th[data-key=value] button")
    assert [values[i] for i in shown_ids(page)] == sorted(shown, reverse=True)
    # a filter keeps the order
    page.select_option("#filter-kind", "tariff_rate")
    tariffs = [values[i] for i in shown_ids(page)]
    assert tariffs == sorted(tariffs, reverse=True) and len(tariffs) < len(shown)

    rates = dict(sql("select measure_id, rate from tariff_measures"))
    page.click("#measure-table thead th:nth-child(2) button")
    assert [rates[i] for i in measure_ids(page)] == sorted(rates.values())
    page.click("#measure-table thead th:nth-child(2) button")
    assert [rates[i] for i in measure_ids(page)] == sorted(rates.values(), reverse=True)


def measure_ids(page) -> list[str]:
    return page.eval_on_selector_all("#measure-table tbody tr", "rows => rows.map(r => r.dataset.id)")


def downloaded(tab) -> str:
    """The CSV the page's download button gives, as text."""
    with tab.expect_download() as info:
        tab.click("#download")
    assert info.value.suggested_filename == tab.evaluate(
        "JSON.parse(document.getElementById('report-data').textContent).download.file")
    return Path(info.value.path()).read_text(encoding="utf-8")


def catalog_csv(sql, ids) -> str:
    """What `tradefigures query --format csv` writes for those figures, in that order."""
    columns = list(payload.DOWNLOAD)
    article = {"title", "outlet", "published_date", "url"}
    select = ", ".join(f"a.{c}" if c in article else f"f.{c}" for c in columns)
    rows = {r[0]: r for r in sql(f"select {select} from figures f join articles a using (article_id)")}
    return formats.csv_text(columns, [rows[i] for i in ids])


def test_the_filtered_rows_download_as_csv(page, sql):
    page.select_option("#filter-kind", "tariff_rate")
    page.select_option("#filter-imposed_by", "US")
    page.click("#figure-table thead th[data-key=value] button")
    text = downloaded(page)
    ids = [r["figure_id"] for r in csv.DictReader(io.StringIO(text))]
    assert ids == shown_ids(page) and len(ids) > 3
    assert set(ids) == {i for (i,) in sql("select figure_id from figures where kind = 'tariff_rate' "
                                          "and imposed_by = 'US'")}
    assert text == catalog_csv(sql, ids)
    assert text.startswith(f"{','.join(payload.DOWNLOAD)}\n")
    assert f"tradefigures-{sql('select max(release_id) from releases')[0][0]}-figures.csv" == page.evaluate(
        "JSON.parse(document.getElementById('report-data').textContent).download.file")


def test_a_download_quotes_and_escapes_as_the_command_line_does(browser, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "odd.md").write_text(
        '---\ntitle: "Steel, again: the \\"50%\\" question"\noutlet: "=HYPERLINK(x)"\npublished: 2025-06-05\n---\n\n'
        '-Washington set a tariff of 50% on steel from Canada, "officials" said.\n\n'
        "Exports were worth $2.5 billion a year.\n", encoding="utf-8")
    wh = tmp_path / "w"
    publish_sources(wh, [corpus])
    out = tmp_path / "site"
    build(wh, out)
    con = duckdb.connect(str(wh / "catalog.duckdb"), read_only=True)
    try:
        for tab in opened(browser, out):
            text = downloaded(tab)
            ids = [r["figure_id"] for r in csv.DictReader(io.StringIO(text))]
            assert text == catalog_csv(lambda q, *p: con.execute(q, list(p)).fetchall(), ids) and len(ids) == 2
            assert "'=HYPERLINK(x)" in text and '"\'-Washington set a tariff of 50% on steel from Canada, ""officials"" said."' in text
    finally:
        con.close()


def test_a_tariff_in_effect_lists_its_mentions(page, sql):
    rows = page.locator("#in-effect-table tbody tr")
    assert rows.count() == sql("select count(*) from tariff_measures where status = 'in_effect'")[0][0] > 3
    measure_id = rows.first.get_attribute("data-id")
    (figure_ids,) = sql("select figure_ids from tariff_measures where measure_id = ?", measure_id)[0]
    rows.first.click()
    assert set(shown_ids(page)) == set(figure_ids)


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory, samples):
    """A release of the samples with a person's decisions: a status corrected, a figure
    confirmed, one rejected; its warehouse and its report."""
    import polars as pl

    from tradefigures.warehouse import decisions, layout, releases

    root = tmp_path_factory.mktemp("reviewed")
    corpus = root / "corpus"
    shutil.copytree(samples, corpus, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    wh = root / "w"
    publish_sources(wh, [corpus])
    figures = pl.read_parquet(releases.latest(wh).path / "figures" / "*.parquet").sort("figure_id")
    tariffs = figures.filter(pl.col("kind") == "tariff_rate")
    corrected, confirmed = tariffs.row(0, named=True), tariffs.row(1, named=True)
    rejected = figures.filter(pl.col("kind") == "jobs").row(0, named=True)
    wanted = "threatened" if corrected["status"] != "threatened" else "announced"
    path = layout.corrections_path(wh)
    decisions.record(wh, path, corrected["figure_id"], "set", "M. Roy", "Only threatened, the minister said.",
                     [f"status={wanted}"])
    decisions.record(wh, path, confirmed["figure_id"], "confirm", "A. Tremblay", "Checked against the order.")
    decisions.record(wh, path, rejected["figure_id"], "reject", "A. Tremblay", "A page total, not jobs.")
    publish_sources(wh, [corpus])
    out = root / "site"
    build(wh, out)
    return {"wh": wh, "site": out, "corrected": corrected, "confirmed": confirmed, "rejected": rejected,
            "wanted": wanted}


def test_the_report_shows_who_corrected_what_beside_the_extracted_value(browser, reviewed):
    con = duckdb.connect(str(reviewed["wh"] / "catalog.duckdb"), read_only=True)
    sql = lambda q: [r[0] for r in con.execute(q).fetchall()]  # noqa: E731
    corrected, confirmed, rejected = (reviewed[k] for k in ("corrected", "confirmed", "rejected"))
    try:
        for tab in opened(browser, reviewed["site"]):
            mark = f'#figure-table tr[data-id="{corrected["figure_id"]}"] .review-mark'
            assert tab.text_content(mark) == "corrected" and "M. Roy" in tab.get_attribute(mark, "title")
            assert tab.text_content(f'#figure-table tr[data-id="{confirmed["figure_id"]}"] .review-mark') == "reviewed"
            assert tab.locator("#figure-table .review-mark").count() == len(sql("select 1 from figures where reviewed"))
            assert tab.locator(f'#figure-table tr[data-id="{rejected["figure_id"]}"]').count() == 0

            tab.click(f'#figure-table tr[data-id="{corrected["figure_id"]}"]')
            review = tab.text_content("#detail .review")
            assert "Corrected by a person" in review
            assert f'status {reviewed["wanted"]} (extracted: {corrected["status"]})' in review
            assert "M. Roy" in review and "Only threatened, the minister said." in review
            assert tab.text_content("#detail mark") == corrected["mention"]

            tab.click("#unreviewed-tariffs")
            assert set(shown_ids(tab)) == set(sql("select figure_id from figures where kind = 'tariff_rate' "
                                                  "and not reviewed")) and len(shown_ids(tab)) > 3
            assert tab.input_value("#filter-kind") == "tariff_rate" and tab.input_value("#filter-review") == "unreviewed"
            tab.click("#clear")
            tab.select_option("#filter-review", "corrected")
            assert shown_ids(tab) == [corrected["figure_id"]]

            decisions = tab.locator("#corrections-table tbody tr")
            assert decisions.count() == 3
            reject = tab.locator("#corrections-table tbody tr", has_text="A page total, not jobs.")
            assert reject.locator("td").first.text_content() == "reject"
            assert reject.locator("td.mention").text_content() == rejected["mention"]
            tab.click("#clear")
            tab.locator("#corrections-table tbody tr", has_text="Only threatened").click()
            assert tab.url.endswith(f'#figure={corrected["figure_id"]}')
            assert f"{corrected['status']} → {reviewed['wanted']}" in tab.text_content(
                "#corrections-table tbody tr:first-child td.changes")
            if os.environ.get("REPORT_SCREENSHOT_REVIEW"):
                tab.locator("#reviews").screenshot(path=os.environ["REPORT_SCREENSHOT_REVIEW"])
    finally:
        con.close()
