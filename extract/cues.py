"""Which lexicon tables become which cue classes: the one matcher every article is read with.

The lexicons (`extract/lexicons/`) hold the words; this module only names the class each
table's hits carry and builds `MATCHER`, once, at import. A rule asks for hits by class
(`doc.cues.within("tariff", lo, hi)`).
"""

from __future__ import annotations

from tradefigures.extract.inflection import forms
from tradefigures.extract.lexicons import actors, attribution, grammar, hedges, measures, sectors, tariffs, verbs
from tradefigures.extract.matcher import Matcher


def _verb_forms() -> dict[tuple[str, str, tuple[str, ...]], tuple[str, ...]]:
    """(class, lemma, tags) -> the form with those tags, for every verb of every class."""
    out: dict = {}
    for cls, lemmas in verbs.VERBS.items():
        for lemma in lemmas:
            for form, tags in forms(lemma, verbs.IRREGULAR).items():
                out[(cls, lemma, tags)] = (form,)
    return out


def _actor_table() -> dict[tuple[str, str], tuple[str, ...]]:
    return {(code, role): phrases for code, roles in actors.ACTORS.items()
            for role, phrases in roles.items()}


def _auxiliaries() -> dict:
    return dict(grammar.AUXILIARIES.items())


TABLES = (
    ("det", grammar.DETERMINERS),
    ("prep", grammar.PREPOSITIONS),
    ("conj", grammar.CONJUNCTIONS),
    ("sub", grammar.SUBORDINATORS),
    ("rel", grammar.RELATIVES),
    ("aux", _auxiliaries()),
    ("modal", grammar.MODALS),
    ("neg", grammar.NEGATIONS),
    ("vadv", grammar.VERB_ADVERBS),
    ("prospective", grammar.PROSPECTIVE),
    ("condition", grammar.CONDITIONS),
    ("adjunct", grammar.ADJUNCTS),
    ("verb", _verb_forms()),
    ("tariff", tariffs.NOUNS),
    ("tariff_weak", tariffs.WEAK_NOUNS),
    ("export_levy", tariffs.EXPORT_LEVIES),
    ("country_specific", tariffs.COUNTRY_SPECIFIC),
    ("retaliation", tariffs.RETALIATION),
    ("status_adj", tariffs.STATUS_ADJECTIVES),
    ("superseded", tariffs.SUPERSEDED),
    ("status_noun", tariffs.STATUS_NOUNS),
    ("change_noun", tariffs.CHANGE_NOUNS),
    ("start_cue", tariffs.START_CUES),
    ("at_once", tariffs.AT_ONCE),
    ("actor", _actor_table()),
    ("containing_name", actors.CONTAINING_NAMES),
    ("org_head", actors.ORG_HEADS),
    ("sector", sectors.SECTORS),
    ("economy", sectors.ECONOMY),
    ("light_vehicle", sectors.LIGHT_VEHICLES),
    ("sector_exception", sectors.EXCEPTIONS),
    ("generic_trade", sectors.GENERIC_TRADE),
    ("industry", sectors.INDUSTRY),
    ("measure", measures.MEASURES),
    ("share_of", measures.SHARE_OF),
    ("covered", measures.COVERED),
    ("threshold", measures.THRESHOLDS),
    ("level_noun", measures.LEVELS),
    ("stock", measures.STOCKS),
    ("hedge_before", hedges.QUALIFIERS_BEFORE),
    ("hedge_after", hedges.QUALIFIERS_AFTER),
    ("period", hedges.PERIODS),
    ("saying", attribution.SAYING_VERBS),
    ("source_lead", attribution.SOURCE_LEADS),
    ("source_anaphora", attribution.SOURCE_ANAPHORA),
    ("source_noun", attribution.SOURCE_NOUNS),
    ("alias", attribution.ALIASES),
    ("office_written", attribution.OFFICES_AS_WRITTEN),
    ("unnamed", attribution.UNNAMED),
    ("title", attribution.TITLES),
    ("org_name", actors.CONTAINING_NAMES),
)

MATCHER = Matcher(TABLES)
