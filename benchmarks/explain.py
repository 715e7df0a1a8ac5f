"""How the extractor reads one sentence: tokens, clauses, verb groups, and for each
figure its phrase, what it hangs on, its verb and subject, and the rule behind each field;
for each date the same, and the rule behind its role.

    python -m benchmarks.explain "Exports fell 4.2% in March." [--published 2025-04-01]
"""

from __future__ import annotations

import argparse
import json
from datetime import date


def explain(text: str, published: date | None = None) -> None:
    from tradefigures.extract import date_frames
    from tradefigures.extract import figures as figs
    from tradefigures.extract.dates import find_dates, settle
    from tradefigures.extract.document import Document
    from tradefigures.extract.structure import build

    doc = Document.of(text)
    dates = find_dates(doc, published)
    qs, _, _ = figs.quantities(doc, dates)
    parses = figs.sentence_parses(doc, figs.units(qs, dates))
    settle(doc, dates, parses, published)
    for si, p in sorted(parses.items()):
        print(f"sentence {si}: {doc.slice(p.span)!r}")
        for ci, (lo, hi) in enumerate(p.clauses):
            print(f"  clause {ci} (in {p.parent[ci]}): {p.text(doc, lo, hi)!r}")
        for v in p.verbs:
            gov = p.tokens[v.governor.head].low if v.governor else None
            print(f"  verb {p.text(doc, v.first, v.last + 1)!r}: {v.lemma} {v.classes} mood={v.mood} "
                  f"modal={v.modal} neg={v.negated} passive={v.passive} governor={gov}")
        for i, t in enumerate(p.tokens):
            if t.kind == "d":
                _explain_date(doc, p, i, published, date_frames)
            if t.kind != "n":
                continue
            f = build(doc, p, i)
            lead = f"{f.lead.prep} <- {p.text(doc, f.lead.lo, f.lead.hi)!r}" if f.lead else None
            after = [f"{a.prep} {p.text(doc, a.lo, a.hi)!r}" for a in f.after]
            print(f"  figure {t.low!r}: phrase {f.text(*f.phrase)!r} head "
                  f"{f.text(f.head, f.head + 1) if f.head is not None else None!r} lead {lead} after {after}")
            print(f"      verb {f.text(f.verb.first, f.verb.last + 1) if f.verb else None!r} "
                  f"(after={f.verb_after}) subject {f.text(*f.subject) if f.subject else None!r}")
    from tradefigures.extract.extractor import RulesExtractor

    for row in RulesExtractor().extract(text, published, "0" * 16).figures:
        shown = {k: row[k] for k in ("kind", "measure", "unit", "qualifier", "period", "sectors", "status",
                                     "imposed_by", "applied_to", "source_org")}
        print(f"  => {row['mention']!r}: {shown}")
        print(f"     cues {json.loads(row['cues'])}")


def _explain_date(doc, p, i, published, date_frames) -> None:
    f = date_frames.build(doc, p, date_frames.Words(doc, p), i, published)
    d = p.tokens[i].ref
    pred = f.predicate
    lead = f.text(f.lead[0], f.lead[1]) if f.lead else None
    print(f"  date {p.tokens[i].low!r}: phrase {f.text(f.left[0], f.right[1])!r} lead {lead!r} "
          f"hosts {[f.text(lo, hi) for lo, hi in f.hosts]}")
    if pred is not None:
        print(f"      verb {f.text(pred.first, pred.last + 1)!r} roles {pred.roles} "
              f"mood {pred.group.mood if pred.group else None} tense {date_frames.tense(f)}")
    print(f"  => {d.value} {d.granularity} role {d.role} by {d.rule!r} cues {d.cues}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text")
    parser.add_argument("--published", type=date.fromisoformat)
    args = parser.parse_args()
    explain(args.text, args.published)


if __name__ == "__main__":
    main()
