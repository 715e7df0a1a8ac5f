"""One small engine for every field's rules.

A rule table (`extract/rules/`) lists, for a field, rules of the form

    Rule("threat verb", reach="verb", when=("verb_class=threaten",), value="threatened", strength=3)

Each name in `when` is a test from `extract/features.py`, given its argument after "="
("!target" holds where the test `target` does not).
A test answers with a `Cue` (the words that hold it, and sometimes a value) or None. A
rule fires when all its tests hold; its value is the literal `value`, or with
`value="@"` the value of its last test's cue.

Precedence is one explicit key, the same for every field: the smallest reach first
(phrase, object, lead, verb, clause, sentence, paragraph, article), then the greater
strength. Two rules of one field may not share both (a test checks the tables), so no
rule wins because of where its line sits. The first rule that fires decides, and the
figure's `cues` record its words and reach.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

REACHES = ("phrase", "object", "lead", "verb", "clause", "sentence", "paragraph", "article")


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that made a test hold, and the value they give (if any); `words` are
    the words of the text that name the value, exactly as written (default: `text`)."""

    text: str
    value: object = None
    words: str | None = None

    @property
    def grounded(self) -> str:
        return self.words if self.words is not None else self.text


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    reach: str
    when: tuple[str, ...]
    value: object
    strength: int = 1
    examples: tuple[str, ...] = ()  # sentences of our own that the rule decides (tested)

    def __post_init__(self):
        if self.reach not in REACHES:
            raise ValueError(f"rule {self.name!r}: reach {self.reach!r} is not one of {REACHES}")


@dataclass(frozen=True, slots=True)
class Decision:
    value: object
    cue: str | None
    reach: str | None
    rule: str | None
    words: str | None = None

    def describe(self) -> str | None:
        """The `cues` entry: the words, and the reach that decided (unless it is the phrase)."""
        if self.cue is None:
            return None
        return self.cue if self.reach in (None, "phrase") else f"{self.cue} ({self.reach})"


_MISSING = object()


class Table:
    """A field's rules, compiled: tests looked up once, rules in precedence order."""

    def __init__(self, field: str, rules: tuple[Rule, ...], tests: dict[str, Callable]):
        seen: dict[tuple[str, int], str] = {}
        for r in rules:
            key = (r.reach, r.strength)
            if key in seen:
                raise ValueError(f"{field} rules {seen[key]!r} and {r.name!r} share reach "
                                 f"{r.reach} and strength {r.strength}: give one precedence")
            seen[key] = r.name
        self.field = field
        self.rules = tuple(sorted(rules, key=lambda r: (REACHES.index(r.reach), -r.strength)))
        # Every distinct test with its argument gets one slot: a decision keeps what each
        # test answered in a list indexed by slot (many rules of a table ask the same
        # test, "unit=percent"), which is cheaper than a dict keyed by (test, argument).
        slots: dict[tuple[Callable, str | None], int] = {}
        self._compiled = []
        for r in self.rules:
            calls = []
            for name in r.when:
                negate = name.startswith("!")
                test, _, arg = name.lstrip("!").partition("=")
                if test not in tests:
                    raise ValueError(f"{field} rule {r.name!r} names the unknown test {test!r}")
                calls.append((slots.setdefault((tests[test], arg or None), len(slots)), negate))
            self._compiled.append((r, r.value == "@", tuple(calls)))
        self._compiled = tuple(self._compiled)
        self._tests = tuple(slots)
        self._unasked = [_MISSING] * len(slots)

    def decide(self, subject, default: object = None) -> Decision:
        """The value of the first rule that fires on `subject` (a frame), or `default`."""
        seen = self._unasked.copy()
        tests = self._tests
        missing = _MISSING
        for rule, takes_cue, calls in self._compiled:
            cue = None
            for slot, negate in calls:
                found = seen[slot]
                if found is missing:
                    test, arg = tests[slot]
                    found = seen[slot] = test(subject, arg)
                if negate:
                    if found is not None:
                        break
                    continue
                cue = found
                if cue is None:
                    break
            else:
                value = cue.value if takes_cue and cue is not None else rule.value
                return Decision(value, cue.text if cue else None, rule.reach, rule.name,
                                cue.grounded if cue else None)
        return Decision(default, None, None, None)
