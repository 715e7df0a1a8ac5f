"""Stable identifiers: the same text and span give the same id in every release."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The text an article id is derived from: NFC, white space collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def article_id(text: str) -> str:
    """Id of an article: a hash of its normalised text."""
    return _digest("article", normalise(text))


def figure_id(article: str, start: int, end: int) -> str:
    return _digest("figure", article, start, end)


def date_id(article: str, start: int, end: int) -> str:
    return _digest("date", article, start, end)
