"""Which lexicon tables become which cue classes: the one matcher every article is read with.

The lexicons (`extract/lexicons/`) hold the words; this module only names the class each
table's hits carry and builds `MATCHER`, once, at import. A rule asks for hits by class
(`doc.cues.within("tariff", lo, hi)`).
"""

from __future__ import annotations

from tradefigures.extract.inflection import forms
from tradefigures.extract.lexicons import actors, attribution, dates, grammar, hedges, measures, sectors, tariffs, verbs
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


def _date_verb_forms() -> dict[tuple[str, str, tuple[str, ...]], tuple[str, ...]]:
    """(role, lemma, tags) -> the form with those tags, for every verb a date's role reads."""
    irregular = {**verbs.IRREGULAR, **dates.IRREGULAR}
    out: dict = {}
    for role, own in dates.VERBS.items():
        lemmas = dict.fromkeys(own + tuple(lemma for cls in dates.VERB_CLASSES.get(role, ())
                                           for lemma in verbs.VERBS[cls] if lemma not in dates.NOT_TIMED))
        for lemma in lemmas:
            for form, tags in forms(lemma, irregular).items():
                out[(role, lemma, tags)] = out.get((role, lemma, tags), ()) + (form,)
            for form in dates.PLURAL_BE.get(lemma, ()):
                key = (role, lemma, ("s",) if form.split()[0] == "are" else ("past",))
                out[key] = out.get(key, ()) + (form,)
    return out


def _relative_dates() -> dict[tuple, tuple[str, ...]]:
    """Every relative date expression, by what it means: ("day"|"week"|"month"|"year",
    offset), ("month_of", shift, month) or ("season", shift)."""
    table: dict[tuple, tuple[str, ...]] = {}

    def add(value, phrase):
        table[value] = table.get(value, ()) + (phrase,)

    for phrase, value in dates.RELATIVE.items():
        add(value, phrase)
    for word, n in dates.COUNTS.items():
        for unit, (base, size) in dates.AGO_UNITS.items():
            add((base, -n * size), f"{word} {unit}{'' if n == 1 else 's'} ago")
    months = {name: number for name, number in dates.MONTHS.items() if len(name) > 3 or name == "may"}
    for lead, shift in dates.MONTH_SHIFTS.items():
        for name, number in months.items():
            add(("month_of", shift, number), f"{lead} {name}")
        for season in dates.SEASONS:
            add(("season", shift), f"{lead} {season}")
    return table


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
    ("title_head", actors.TITLE_HEADS),
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
    ("central_bank", measures.CENTRAL_BANKS),
    ("stock", measures.STOCKS),
    ("loss", measures.LOSSES),
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
    ("date_word", dates.TRIGGERS),
    ("date_relative", _relative_dates()),
    ("date_lead", dates.LEADS),
    ("date_noun", dates.NOUNS),
    ("date_verb", _date_verb_forms()),
    ("date_state", dates.STATES),
    ("date_measure", dates.MEASURES),
    ("date_unmet", dates.UNMET),
)

MATCHER = Matcher(TABLES)
