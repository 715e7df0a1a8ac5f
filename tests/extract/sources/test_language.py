"""Articles not in English are skipped with their language; English ones never are."""

from pathlib import Path

import pytest

from tradefigures.extract.sources.language import html_lang, not_english

from ...conftest import SHARED

FRENCH = ("Le Canada imposera des contre-tarifs de 25 pour cent sur des produits américains d'une "
          "valeur de 29,8 milliards de dollars à compter de jeudi, a annoncé mardi le ministre des "
          "Finances. Selon l'Association canadienne des producteurs d'acier, environ 23 000 emplois "
          "dépendent des exportations vers les États-Unis.")
SPANISH = ("México y Canadá respondieron el martes a los aranceles de 25 por ciento que Washington "
           "impuso sobre el acero y el aluminio, y los productores advirtieron que miles de empleos "
           "están en riesgo en las plantas del norte del país durante los próximos meses del año.")
CHINESE = "加拿大宣布对美国钢铁和铝产品征收百分之二十五的反制关税，总值约二百九十八亿加元。"
SHORT = "Ottawa placed a 25 per cent tariff on U.S. steel on Tuesday."


def english_articles():
    folders = [Path(__file__).resolve().parents[3] / "samples", SHARED / "corpus" / "seeds",
               SHARED / "corpus" / "dev"]
    return sorted(p for f in folders if f.is_dir() for p in f.iterdir() if p.suffix in (".txt", ".md"))


@pytest.mark.parametrize("path", english_articles(), ids=lambda p: p.name)
def test_english_articles_are_english(path):
    assert not_english(path.read_text(encoding="utf-8")) is None


@pytest.mark.parametrize("text, language", [(FRENCH, None), (SPANISH, None), (CHINESE, None),
                                            (FRENCH, "fr-CA")])
def test_other_languages_are_named_as_not_english(text, language):
    reason = not_english(text, language)
    assert reason and reason.startswith("not English (") and reason.endswith("the extractor reads English")
    if language:
        assert 'French, lang "fr-CA"' in reason


def test_the_text_outweighs_a_wrong_declaration():
    assert not_english(SHORT, "fr") is None


def test_short_text_in_no_declared_language_is_given_the_benefit_of_the_doubt():
    assert not_english("Tarifs: 25 pour cent.") is None
    assert not_english("Tarifs: 25 pour cent.", "fr") is not None


@pytest.mark.parametrize("html, lang", [
    (b'<!doctype html><html lang="fr-CA"><head>', "fr-CA"),
    (b"<html class='x' LANG=en><body>", "en"),
    (b"<html><body lang='fr'>", None),
])
def test_html_lang(html, lang):
    assert html_lang(html) == lang
