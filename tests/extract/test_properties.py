"""Any text in, grounded rows that pass validation out, never an exception."""

from datetime import date, datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradefigures.extract.batch import ExtractedBatch
from tradefigures.extract.extractor import RulesExtractor
from tradefigures.extract.furniture import clean
from tradefigures.extract.ids import article_id
from tradefigures.validate.quarantine import check_batch

EXTRACTOR = RulesExtractor()

# Pieces of news text that exercise every rule, to be shuffled with noise.
PIECES = [
    "25%", "25 per cent", "25-per-cent", "$45 billion", "C$155 billion", "($105 billion)", "US$1.0 billion",
    "three-quarters", "one-tenth", "half", "two to three percentage points", "between $1.54- and $2.35-billion",
    "85,000 jobs", "up to", "more than", "roughly", "tariff", "counter-tariff", "duties of", "on Canadian steel",
    "Ottawa", "Trump", "China", "the U.S.", "threatened to impose", "will apply", "paused", "raised to",
    "according to Statistics Canada", "said Jane Doe,", "“", "”", "he said.", "July 1, 2026", "next year",
    "last month", "in May", "2024", "Section 232", "G7", "51st", "12:01", "five months", "$$$", "%%%",
    "\n", ". ", ", ", "; ", " — ", "(", ")", "9" * 40, "-0.5%", "€750 million", "65 US cents", "bbl/day",
]
NEWS_LIKE = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=60).map(" ".join)


def rows_of(text: str, published=None):
    aid = article_id(text) if text.strip() else "0" * 16
    return aid, EXTRACTOR.extract(text, published, aid)


def assert_grounded(text, result):
    for row in result.figures + result.dates:
        assert 0 <= row["char_start"] < row["char_end"] <= len(text)
        assert text[row["char_start"]:row["char_end"]] == row["mention"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_gives_grounded_rows(text):
    _, result = rows_of(text)
    assert_grounded(text, result)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWS_LIKE, st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_news_like_text_gives_rows_that_pass_validation(text, published):
    aid, result = rows_of(text, published)
    assert_grounded(text, result)
    if not text.strip():
        return
    now = datetime(2025, 1, 1, tzinfo=timezone.utc)
    batch = ExtractedBatch(
        [{"article_id": aid, "source_uri": "x.txt", "url": None, "title": None, "outlet": None,
          "published_date": published, "retrieved_at": now, "content_sha256": "0" * 64, "text": text}],
        result.figures, result.dates,
        [{"source_uri": "x.txt", "article_id": aid, "content_sha256": "0" * 64, "retrieved_at": now,
          "fingerprint": "f"}])
    checked = check_batch(batch)
    assert checked.quarantined == 0, checked.tables["quarantine"].to_dicts()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_furniture_removal_only_removes(text):
    cleaned = clean(text)
    source_lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    for line in cleaned.split("\n"):
        assert line == "" or line in source_lines


def test_hostile_shapes_do_not_break_the_extractor():
    for text in ["$$$%%%" * 5000, "9" * 400 + " per cent", "<div>" * 2000 + "25%" + "</div>" * 2000,
                 "25% " * 3000, "\x00\x01\x02 25% \ufffd", "٣٥٪ ٢٥%", "𝟐𝟓% tariff", "25％ tariff"]:
        _, result = rows_of(text)
        assert_grounded(text, result)
