"""The quick tests in front of cue patterns skip text but never a match."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradefigures.extract import attribution, dates, kinds, numbers, sectors, tariffs
from tradefigures.extract.context import Words
from tradefigures.extract.literals import prefilter, quick_start
from tradefigures.extract.text import Document

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def cue_patterns() -> list[re.Pattern]:
    """Every compiled pattern the extractor's rule modules hold."""
    found = []
    for module in (attribution, dates, kinds, numbers, sectors, tariffs):
        for value in vars(module).values():
            values = value.values() if isinstance(value, dict) else [value]
            for v in values:
                if isinstance(v, Words):
                    v = v.pattern
                if isinstance(v, re.Pattern) and v not in found:
                    found.append(v)
    return found


PATTERNS = cue_patterns()
SENTENCES = [line for f in sorted(SAMPLES.glob("*.txt")) for line in f.read_text().splitlines() if line.strip()]


def test_the_rule_modules_have_patterns_worth_testing():
    assert len(PATTERNS) > 30
    assert sum(prefilter(p) is not None for p in PATTERNS) > 10


def test_prefilter_reads_the_literals_a_match_needs():
    test = prefilter(re.compile(r"take[sn]? effect|\bcame into (?:force|effect)|\bimposed\b"))
    assert test is not None
    for text in ("it takes effect today", "the rule came into force", "they imposed it"):
        assert test.search(text)
    assert test.search("the weather was fine") is None


def test_no_prefilter_when_a_match_needs_no_literal():
    assert prefilter(re.compile(r"\d+%")) is None
    assert prefilter(re.compile(r"(?:tariff)?s")) is None


def test_inline_case_flags_are_not_read_as_case_sensitive_literals():
    pattern = re.compile(r"(?i:the analysts?) said")
    test = prefilter(pattern)
    assert pattern.search("The Analysts said so")
    assert test is None or test.search("The Analysts said so")


def test_a_literal_inside_a_longer_one_is_enough():
    test = prefilter(re.compile(r"went into effect|in effect|effective"))
    assert test.search("effective")
    assert test.search("now in effect")


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:40])
def test_on_sample_sentences_every_match_passes_the_tests(pattern):
    test, quick = prefilter(pattern), quick_start(pattern)
    for sentence in SENTENCES:
        for text in (sentence, sentence.lower()):
            matches = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in quick.finditer(text)] == matches
            if matches and test is not None:
                assert test.search(text), (pattern.pattern[:60], text)


PIECES = ["took effect", "Tariffs", "said", "according to", "steel", "aluminum", "the U.S.", "Ottawa",
          "imposed", "25%", "deadline", "(PBO)", "’s", "meet", "talks", "Canada’s", "economist"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=25).map(" ".join))
def test_cue_lookups_find_what_a_plain_scan_finds(text):
    doc = Document.of(text)
    starts = [0] + [s.start for s in doc.sentences[1:]] + [len(text)]
    for pattern in PATTERNS[::3]:
        for i, s in enumerate(doc.sentences):
            plain = [m.span() for m in pattern.finditer(doc.lower, starts[i], starts[i + 1])
                     if m.end() <= s.end]
            assert [m.span() for m in doc.cues.within(pattern, s.start, s.end)] == \
                [sp for sp in plain if sp[0] >= s.start]
