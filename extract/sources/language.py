"""Is an article in English? The extractor reads English; other languages are skipped.

The text decides, not a declaration: a page's `lang` or a server's Content-Language is
often wrong, so it only names the language in the reason and settles short texts. Long
English news text has 15 to 30% of its words among the function words below; French,
Spanish or German text has almost none.
"""

from __future__ import annotations

import re

ENGLISH_WORDS = frozenset(
    "the of and to in is that for on with as was by at from it are be this has have said "
    "will its an which were their would been not".split())
# Under this share of English function words a text of enough words is not English.
MIN_ENGLISH_SHARE = 0.06
MIN_WORDS = 30
NAMES = {"fr": "French", "es": "Spanish", "de": "German", "pt": "Portuguese", "it": "Italian",
         "nl": "Dutch", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ru": "Russian",
         "ar": "Arabic", "hi": "Hindi", "pa": "Punjabi", "tl": "Tagalog"}

_WORD = re.compile(r"[^\W\d_]+")
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)", re.I)


def html_lang(html: bytes) -> str | None:
    """The `lang` attribute of a page's <html> element, if it has one."""
    m = _HTML_LANG.search(html[:8192])
    return m.group(1).decode("ascii") if m else None


def not_english(text: str, declared: str | None = None) -> str | None:
    """Why `text` is not English, or None when it is (or when too short to tell and
    nothing declares another language)."""
    code = (declared or "").split(",")[0].strip().split("-")[0].lower()
    said = f'{NAMES.get(code, code)}, lang "{declared}"' if code and code != "en" else ""
    # per word, not per character: this runs on every article a run reads
    words = _WORD.findall(text[:20000])
    letters = sum(map(len, words))
    if letters and sum(len(w) for w in words if w.isascii()) / letters < 0.5:
        return f"not English ({said or 'mostly non-Latin script'}): the extractor reads English"
    if not words:
        return None
    share = sum(1 for w in map(str.lower, words) if w in ENGLISH_WORDS) / len(words)
    if share < MIN_ENGLISH_SHARE and (len(words) >= MIN_WORDS or said):
        return (f"not English ({said + '; ' if said else ''}{share:.0%} English function words): "
                "the extractor reads English")
    return None
