"""Sentence and paragraph spans."""

from tradefigures.extract.text import Document, split_sentences


def sentences(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_abbreviations_do_not_end_sentences():
    text = "U.S. President Donald Trump spoke. Exports to the U.S. The deficit grew."
    assert sentences(text) == ["U.S. President Donald Trump spoke.", "Exports to the U.S.",
                               "The deficit grew."]


def test_decimals_and_titles_stay_inside():
    text = "Mr. Carney cited 3.5 per cent growth in Sault Ste. Marie, Ont. on Monday. Next one."
    assert sentences(text) == ["Mr. Carney cited 3.5 per cent growth in Sault Ste. Marie, Ont. on Monday.",
                               "Next one."]


def test_newlines_always_end_sentences_and_quotes_close_them():
    text = "Headline without stop\n“We will respond,” he said. Then he left."
    assert sentences(text) == ["Headline without stop", "“We will respond,” he said.", "Then he left."]


def test_document_finds_the_sentence_of_an_offset():
    text = "First one here. Second one at 25%."
    doc = Document.of(text)
    pos = text.index("25%")
    assert doc.slice(doc.sentence_at(pos)) == "Second one at 25%."
