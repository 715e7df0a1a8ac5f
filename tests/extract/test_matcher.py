"""One automaton over every lexicon: whole words, classes and values, offsets into the text."""

import pytest

from tradefigures.extract.cues import MATCHER
from tradefigures.extract.matcher import Matcher, reading


def test_phrases_match_whole_words_only():
    m = Matcher([("prep", ("on",)), ("tariff", ("tariff", "tariffs"))])
    cues = m.scan("Construction tariffs on steel")
    assert [("Construction tariffs on steel"[s:e], v) for s, e, v in cues.of("tariff")] == [("tariffs", None)]
    assert len(cues.of("prep")) == 1


def test_values_prefixes_case_and_clitics():
    m = Matcher([
        ("actor", {"US": ("=US", "united states"), "CA": ("canada",)}),
        ("verb", {"impose": ("impos*",)}),
        ("aux", ("'s",)),
    ])
    text = "Tell us: the US imposes; Canada's reply. United States imposed."
    cues = m.scan(text)
    assert [(text[s:e], v) for s, e, v in cues.of("actor")] == [("US", "US"), ("Canada", "CA"), ("United States", "US")]
    assert [text[s:e] for s, e, _ in cues.of("verb")] == ["imposes", "imposed"]
    assert [text[s:e] for s, e, _ in cues.of("aux")] == ["s"]


def test_punctuation_reads_as_space_one_for_one():
    text = "counter-tariffs on U.S. goods, it’s said"
    read = reading(text)
    assert len(read) == len(text) + 2
    cues = MATCHER.scan(text)
    start, end, _ = cues.of("tariff")[0]
    assert text[start:end] == "counter-tariffs"


def test_lookups_by_position():
    text = "A tariff here, a duty there, a levy at the end."
    cues = MATCHER.scan(text)
    duty = text.index("duty")
    assert [text[s:e] for s, e, _ in cues.within("tariff", duty, len(text))] == ["duty", "levy"]
    assert text[slice(*cues.last_before("tariff", duty)[:2])] == "tariff"
    assert text[slice(*cues.first_after("tariff", duty + 1, len(text))[:2])] == "levy"
    assert cues.any_within("tariff", 0, 5) and not cues.any_within("tariff", 40, 47)


def test_a_phrase_without_letters_is_refused():
    with pytest.raises(ValueError, match="no letters"):
        Matcher([("x", ("--",))])


def test_slice_among_is_slice_of_those_classes():
    """`slice_among` gives what `slice` gives, of the named classes only, in the same order."""
    from tradefigures.extract.cues import MATCHER

    text = ("Ottawa will keep its 25% counter-tariff on U.S. steel and aluminum, the minister said; "
            "exports of cars fell 3.2% in March, and the duty could rise to 35% on Aug. 1.")
    cues = MATCHER.scan(text)
    cids = tuple(sorted(MATCHER.ids[c] for c in ("tariff", "prep", "verb", "sector", "modal")))
    for lo, hi in ((0, len(text)), (10, 60), (60, len(text)), (5, 5)):
        assert cues.slice_among(cids, lo, hi) == [h for h in cues.slice(lo, hi) if h[2] in cids]
    assert cues.slice_among(cids, 0, len(text))
