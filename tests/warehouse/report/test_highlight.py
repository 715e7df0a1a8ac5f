"""A mention is placed in its sentence by its offsets, never found again by its text."""

import pytest
from hypothesis import given, strategies as st

from tradefigures.extract.document import Document
from tradefigures.warehouse.report.highlight import passage

ARTICLE = ("Washington raised its levy to 25% in March. Ottawa answered: 25% on U.S. steel, "
           "and 25% more on aluminum.\nOfficials said 25% would stay.")


def test_the_second_of_two_equal_numbers_is_the_one_highlighted():
    second = ARTICLE.index("25%", ARTICLE.index("Ottawa") + 30)
    sentence = "Ottawa answered: 25% on U.S. steel, and 25% more on aluminum."
    p = passage(ARTICLE, sentence, second, second + 3)
    assert p.whole_sentence and p.text == sentence
    assert p.mention == "25%" and p.start == sentence.rindex("25%")


def test_a_sentence_that_occurs_twice_is_placed_at_the_mention():
    text = "Tariffs rose 10%. Exports fell. Tariffs rose 10%."
    p = passage(text, "Tariffs rose 10%.", 45, 48)
    assert (p.start, p.end) == (13, 16) and p.whole_sentence


def test_a_sentence_not_in_the_article_falls_back_to_the_text_around_the_mention():
    start = ARTICLE.index("25% would")
    p = passage(ARTICLE, "Officials  said 25%  would stay.", start, start + 3)
    assert not p.whole_sentence
    assert p.mention == "25%" and p.text in ARTICLE
    assert ARTICLE.index(p.text) + p.start == start


def test_offsets_outside_the_article_are_refused():
    with pytest.raises(ValueError, match="outside an article"):
        passage("short", "short", 3, 40)


@given(st.text(alphabet=st.sampled_from("ab 25%.\n"), min_size=1, max_size=120), st.data())
def test_any_span_in_any_sentence_is_highlighted_exactly(text, data):
    doc = Document.of(text)
    if not doc.sentences:
        return
    sent = data.draw(st.sampled_from(doc.sentences))
    start = data.draw(st.integers(sent.start, sent.end - 1))
    end = data.draw(st.integers(start + 1, sent.end))
    p = passage(text, doc.slice(sent), start, end)
    assert p.whole_sentence
    assert p.mention == text[start:end]
    assert text[start - p.start:start - p.start + len(p.text)] == p.text
