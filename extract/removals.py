"""A tariff the article later says was lifted, paused or suspended is removed.

"Ontario imposed a 25% surcharge on electricity exports on March 10." is in effect when
read alone; a later "... prompting Ford to suspend the electricity surcharge" removes
it. A rate in effect is removed when a later sentence has a removal verb that is done
(not negated, not conditional or future, not a threat, not a condition) whose object names a tariff and
one of the rate's sectors, and whose subject, if it names a country, names the one that
levies the rate. A removal in a later clause of the rate's own sentence whose object is
a pronoun ("imposed a 25% surcharge on power, then suspended it") removes the last rate
before it; so does a passive removal that opens the next sentence with "it" or "they"
("... a 25% surtax on U.S. boats in March. It was lifted in September.").
"""

from __future__ import annotations

from tradefigures.extract.document import Document
from tradefigures.extract.lexicons.grammar import OBJECT_PRONOUNS, THING_PRONOUNS
from tradefigures.extract.parse import Parse, parse

_PENDING = frozenset(("conditional", "future", "ability"))
_TARIFF_WORDS = ("tariff", "tariff_weak", "export_levy")
# How many words after the verb its object may run to.
_OBJECT_REACH = 6
_PRONOUNS = frozenset(OBJECT_PRONOUNS)
# Pronouns a passive removal may open its sentence with, for the rate just named.
_SUBJECT_PRONOUNS = frozenset(THING_PRONOUNS)
_PREVIOUS = "previous"


def settle_removals(doc: Document, figures, parses: dict[int, Parse]) -> None:
    rates = [f for f in figures if f.kind == "tariff_rate" and f.status == "in_effect"]
    if not rates:
        return
    removals = _removals(doc, parses)
    for fig in rates:
        i = doc.sentence_index(fig.start)
        for j, sectors, actor, words, at in removals:
            if actor not in (None, fig.imposed_by):
                continue
            if sectors == _PREVIOUS:  # "... a 25% surtax in March. It was lifted in June."
                after = [g for g in figures if g.kind == "tariff_rate" and g.start > fig.start
                         and doc.sentence_index(g.start) == i]
                if j != i + 1 or after:
                    continue
            elif sectors is None:  # "..., then suspended it": the last rate before, in its sentence
                later = [g for g in figures if g.kind == "tariff_rate" and fig.start < g.start < at
                         and (actor is None or g.imposed_by == actor)]
                if j != i or fig.start > at or later:
                    continue
            elif not (j > i and fig.sectors and fig.sectors != ["all"] and set(fig.sectors) & sectors):
                continue
            fig.status = "removed"
            fig.cues["status"] = f"{words} (later)"
            break


def _removals(doc: Document, parses: dict[int, Parse]) -> list[tuple[int, set | None, str | None, str, int]]:
    """(sentence, sectors of the object (None for a pronoun), country of the subject,
    words, where the verb starts) of every removal done in the article."""
    out = []
    seen: set[int] = set()
    for start, _end, (cls, _lemma, _tags) in doc.cues.of("verb"):
        if cls != "remove":
            continue
        i = doc.sentence_index(start)
        if i in seen:
            continue
        seen.add(i)
        p = parses.get(i) or parse(doc, doc.sentences[i], [])
        for v in p.verbs:
            if "remove" not in v.classes or v.negated or v.mood in _PENDING:
                continue
            if v.governor is not None and ("threaten" in v.governor.classes or v.governor.mood in _PENDING
                                           or "request" in v.governor.classes):
                continue  # "urged Ottawa to drop the levy": asked for, not done
            c_lo, c_hi = p.clauses[p.tokens[v.head].clause]
            if any("condition" in t.tags for t in p.tokens[c_lo:v.first]):
                continue  # "until the U.S. lifts its tariffs": not done
            if v.passive and v.first == c_lo + 1 and p.tokens[c_lo].low in _SUBJECT_PRONOUNS and c_lo == 0:
                # "It was lifted in September.": the rate the sentence before ended on
                out.append((i, _PREVIOUS, None, p.text(doc, c_lo, v.last + 1), p.tokens[v.first].start))
                continue
            obj = p.tokens[v.last + 1:min(c_hi, v.last + 1 + _OBJECT_REACH)]
            if obj and obj[0].low in _PRONOUNS:
                words = p.text(doc, v.first, v.last + 2)
                out.append((i, None, _subject_country(p, v), words, p.tokens[v.first].start))
                continue
            if not any(c in t.tags for t in obj for c in _TARIFF_WORDS):
                continue
            sectors = {s for t in obj for s in t.values("sector")}
            if not sectors:
                continue
            words = p.text(doc, v.first, v.last + 1 + len(obj)).rstrip(".,;:")
            out.append((i, sectors, _subject_country(p, v), words, p.tokens[v.first].start))
    return out


def _subject_country(p: Parse, v) -> str | None:
    c_lo = p.clauses[p.tokens[v.first].clause][0]
    top = v.governor if v.governor is not None and v.governor.first < v.first else v
    for k in range(top.first - 1, max(c_lo, top.first - 6) - 1, -1):
        t = p.tokens[k]
        if t.kind == "p" or "prep" in t.tags:
            break  # "on goods sent to U.S. states, then suspended it": no subject of its own
        if "actor" in t.tags:
            return t.values("actor")[0][0]
    return None
