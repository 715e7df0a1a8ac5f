"""The markdown a run leaves in Prefect: quarantined rows and skipped sources, readable."""

from tradefigures.flows import artifacts
from tradefigures.flows.pipeline import RunResult
from tradefigures.warehouse.publishing import Publication


def result(quarantine_rows, quarantined, skipped):
    return RunResult(Publication("r2", "r1", {}), 10, 0, skipped, [], quarantined, 0.0, quarantine_rows)


def test_quarantined_rows_and_skipped_sources_are_tables_with_cells_kept_whole():
    rows = [{"table": "figures", "article_id": "a1", "check": "value.in_range",
             "reason": "value must be between 0 and 100 | got 250\n(percent)"}]
    text = artifacts.problems(result(rows, 1, [{"source_uri": "https://x.example/a", "reason": "HTTP 404 Not Found"}]))
    assert "# Quarantined rows: 1" in text and "# Skipped sources: 1" in text
    assert "| figures | a1 | value.in_range | value must be between 0 and 100 \\| got 250 (percent) |" in text
    assert "| https://x.example/a | HTTP 404 Not Found |" in text


def test_nothing_to_report_says_none():
    text = artifacts.problems(result([], 0, []))
    assert text.count("None.") == 2


def test_a_long_list_is_cut_and_says_where_the_rest_is():
    skipped = [{"source_uri": f"https://x.example/{i}", "reason": "HTTP 404 Not Found"} for i in range(250)]
    text = artifacts.problems(result([], 0, skipped))
    assert text.count("HTTP 404 Not Found") == artifacts.MAX_LINES
    assert f"The first {artifacts.MAX_LINES} of 250; the release's `datapackage.json`" in text


def test_decisions_the_release_could_not_apply_are_listed():
    from datetime import datetime, timezone

    from tradefigures.warehouse import corrections, reviewing
    from tradefigures.warehouse.corrected import Outcome

    decided = corrections.new("figures", "0123456789abcdef", "fedcba9876543210", "25%", "confirm", "M. Roy",
                              "Checked.", at=datetime(2026, 12, 5, tzinfo=timezone.utc))
    orphaned = Outcome(decided, "orphaned", "Its article (fedcba9876543210) is no longer in the release.", None, None)
    run = RunResult(Publication("r2", "r1", {}, review=reviewing.summary([orphaned])), 10, 0, [], [], 0, 0.0, [])
    text = artifacts.problems(run)
    assert "# Corrections: 1 decision (1 orphaned)" in text
    assert f"- correction {decided.correction_id} (confirm figure 0123456789abcdef (\"25%\")) is orphaned: " \
           "Its article (fedcba9876543210) is no longer in the release." in text
    assert "# Corrections: none" in artifacts.problems(result([], 0, []))
