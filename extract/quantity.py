"""A number found in text (`Quantity`), and the values numerals name ("85,000", "twenty-eight", "three-quarters")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tradefigures.extract.lexicons.numbers import FRACTIONS, TENS, UNITS

# The words of a numeral: "twenty-eight", "three quarters".
_WORD_PARTS = re.compile(r"[\s-]+")


@dataclass(slots=True)
class Quantity:
    """A number in the text with its unit, before any meaning is given to it."""

    start: int
    end: int
    value: float
    unit: str | None  # percent, currency, count, ratio; None: a bare number, unit unknown
    currency: str | None = None
    points: bool = False  # "percentage points"
    unit_words: str | None = None  # units of measure: "barrels per day", "per metric ton"
    words: bool = False  # written in words ("two per cent")
    fraction: bool = False  # "three-quarters", "half"
    scaled: bool = False  # carried a scale word ("billion")
    suspended: bool = False  # "$1.54- and $2.35-billion": the scale comes later
    # a bare "two" kept only because a range or a list may claim it ("two to three per cent")
    provisional: bool = False
    currency_cue: str | None = None
    cues: dict[str, str] = field(default_factory=dict)


def parse_words(words: str) -> float | None:
    """Value of a number written in words: "twenty-eight" -> 28, "four" -> 4."""
    total = 0
    for part in _WORD_PARTS.split(words.lower()):
        if part in UNITS:
            total += UNITS[part]
        elif part in TENS:
            total += TENS[part]
        else:
            return None
    return float(total)


def parse_digits(digits: str) -> float:
    """Value of a number in digits: "85,000" -> 85000.0, "1.8" -> 1.8."""
    return float(digits.replace(",", ""))


def parse_numeral(numeral: str) -> float | None:
    """Value of a number in digits or in words."""
    return parse_digits(numeral) if numeral[0].isdigit() else parse_words(numeral)


def parse_fraction(words: str) -> float:
    """Share of one that a fraction names: "three-quarters" -> 0.75, "half" -> 0.5."""
    parts = _WORD_PARTS.split(words.lower())
    base = FRACTIONS[parts[-1]]
    if len(parts) == 1 or parts[0] == "a":
        return base
    return UNITS.get(parts[0], 1) * base


def alternation(words) -> str:
    """A regular-expression alternation of `words`, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
