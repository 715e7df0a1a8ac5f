"""Sentences and paragraphs of an article, wrapped lines joined, offsets into the text."""

from tradefigures.extract.document import Document, split


def sentences(text):
    return [text[s.start:s.end] for s in split(text)[0]]


def test_abbreviations_do_not_end_sentences():
    text = "U.S. President Donald Trump spoke. Exports to the U.S. The deficit grew."
    assert sentences(text) == ["U.S. President Donald Trump spoke.", "Exports to the U.S.",
                               "The deficit grew."]


def test_decimals_and_titles_stay_inside():
    text = "Mr. Carney cited 3.5 per cent growth in Sault Ste. Marie, Ont. on Monday. Next one."
    assert sentences(text) == ["Mr. Carney cited 3.5 per cent growth in Sault Ste. Marie, Ont. on Monday.",
                               "Next one."]


def test_a_line_break_ends_a_headline_and_quotes_close_sentences():
    text = "Headline without stop\n“We will respond,” he said. Then he left."
    assert sentences(text) == ["Headline without stop", "“We will respond,” he said.", "Then he left."]


def test_hard_wrapped_lines_go_on_in_one_sentence():
    text = ("The department raised the duty on softwood\nlumber from 8.1% to 14.2%, the notice\n"
            "said on Friday.\nA new line starts here.")
    assert sentences(text) == [
        "The department raised the duty on softwood\nlumber from 8.1% to 14.2%, the notice\nsaid on Friday.",
        "A new line starts here."]


def test_a_line_ending_on_a_comma_or_a_preposition_goes_on():
    text = "Ottawa answered within hours,\nputting 25% on U.S. steel.\nIn March, the levy rose to\n30% for aluminum."
    assert sentences(text) == ["Ottawa answered within hours,\nputting 25% on U.S. steel.",
                               "In March, the levy rose to\n30% for aluminum."]


def test_a_period_glued_to_the_next_sentence_ends_it():
    assert sentences("Imports fell 1.3%.Business spending rose.") == ["Imports fell 1.3%.", "Business spending rose."]


def test_paragraphs_are_the_lines_a_sentence_ends_on():
    text = "One sentence here.\nTwo sentences\nwrapped here. And more.\n\nLast."
    doc = Document.of(text)
    assert [doc.slice(p) for p in doc.paragraphs] == ["One sentence here.", "Two sentences\nwrapped here. And more.",
                                                      "Last."]


def test_document_finds_the_sentence_of_an_offset():
    text = "First one here. Second one at 25%."
    doc = Document.of(text)
    pos = text.index("25%")
    assert doc.slice(doc.sentence_at(pos)) == "Second one at 25%."


def test_a_long_line_of_prose_that_ends_on_a_capitalised_word_goes_on_in_the_next():
    text = ("Heading in Title Case\nExports of Canadian lumber to the U.S. fell sharply in the\n"
            "second quarter of the year, according to Statistics\nCanada. Prices rose.")
    doc = Document.of(text)
    sentences = [doc.slice(s) for s in doc.sentences]
    assert sentences[0] == "Heading in Title Case"
    assert sentences[1].endswith("according to Statistics\nCanada.")
    # a short line, or one in title case, still ends where it breaks
    doc = Document.of("Lumber Mills Brace For Duties Across The Whole Of British Columbia\nPrices rose.")
    assert len(doc.sentences) == 2
