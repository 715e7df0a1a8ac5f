"""The rule tables: well formed, and each rule decides the examples written above it.

Like HeidelTime's EXAMPLE lines, every rule may carry sentences of our own that it must
decide; this test runs each through the extractor and checks that the figure the rule
is about was decided by that rule."""

import pytest

from tradefigures.extract.engine import REACHES, Rule, Table
from tradefigures.extract.extractor import RulesExtractor
from tradefigures.extract.features import TESTS
from tradefigures.extract.rules import direction, jobs, measure, sectors, status

TABLES = {"measure": measure.RULES, "jobs": jobs.RULES, "sectors": sectors.RULES, "status": status.RULES,
          "applied_to": direction.APPLIED_TO, "imposed_by": direction.IMPOSED_BY}
EXAMPLES = [(field, rule, text) for field, rules in TABLES.items() for rule in rules for text in rule.examples]


def decided_by(text: str, field: str) -> set[str]:
    frames: list = []
    RulesExtractor().read(text, None, frames_out=frames)
    return {f.decisions[field].rule for f in frames if field in f.decisions}


@pytest.mark.parametrize("field,rule,text", EXAMPLES, ids=[f"{f}:{r.name}:{i}" for i, (f, r, _) in enumerate(EXAMPLES)])
def test_each_rule_decides_its_examples(field, rule, text):
    assert rule.name in decided_by(text, field), (rule.name, decided_by(text, field))


@pytest.mark.parametrize("field", TABLES)
def test_tables_compile_with_one_precedence(field):
    table = Table(field, TABLES[field], TESTS)
    keys = [(REACHES.index(r.reach), -r.strength) for r in table.rules]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)


def test_two_rules_with_one_precedence_are_refused():
    rules = (Rule("a", "phrase", ("unit=percent",), "x", 1), Rule("b", "phrase", ("unit=count",), "y", 1))
    with pytest.raises(ValueError, match="share reach"):
        Table("demo", rules, TESTS)


def test_an_unknown_test_or_reach_is_refused():
    with pytest.raises(ValueError, match="unknown test"):
        Table("demo", (Rule("a", "phrase", ("nonsense",), "x", 1),), TESTS)
    with pytest.raises(ValueError, match="reach"):
        Rule("a", "everywhere", (), "x")


def test_most_rules_carry_examples():
    rules = [r for rules in TABLES.values() for r in rules]
    assert sum(1 for r in rules if r.examples) >= 0.6 * len(rules)
