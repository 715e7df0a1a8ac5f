"""English verb forms from a lemma: the regular rules, and a table for the rest.

>>> forms("impose")
{'impose': ('base',), 'imposes': ('s',), 'imposed': ('past', 'pp'), 'imposing': ('ing',)}
>>> forms("levy")["levied"]
('past', 'pp')
>>> forms("take effect", {"take": ("takes", "took", "taken", "taking")})["took effect"]
('past',)
>>> sorted(forms("slap"))
['slap', 'slapped', 'slapping', 'slaps']
"""

from __future__ import annotations

import re

# One syllable ending in one vowel and one consonant doubles it: slap, slapped.
_DOUBLES = re.compile(r"^[^aeiou]*[aeiou][bdglmnprt]$")


def _regular(word: str) -> tuple[str, str, str, str]:
    if re.search(r"[^aeiou]y$", word):
        stem = word[:-1]
        return stem + "ies", stem + "ied", stem + "ied", word + "ing"
    if word.endswith("e"):
        return word + "s", word + "d", word + "d", word[:-1] + "ing"
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es", word + "ed", word + "ed", word + "ing"
    if _DOUBLES.match(word):
        double = word + word[-1]
        return word + "s", double + "ed", double + "ed", double + "ing"
    return word + "s", word + "ed", word + "ed", word + "ing"


def forms(lemma: str, irregular: dict[str, tuple[str, str, str, str]] | None = None) -> dict[str, tuple[str, ...]]:
    """Every form of `lemma` (a word or a phrase whose first word is the verb), each
    with the tags it can carry: base, s (third person), past, pp (past participle), ing."""
    irregular = irregular or {}
    if lemma in irregular:
        table = irregular[lemma]
        rest = ""
    else:
        first, _, rest = lemma.partition(" ")
        table = irregular.get(first) or _regular(first)
        rest = " " + rest if rest else ""
    s, past, pp, ing = (f + rest for f in table)
    out: dict[str, list[str]] = {}
    for form, tag in ((lemma, "base"), (s, "s"), (past, "past"), (pp, "pp"), (ing, "ing")):
        tags = out.setdefault(form, [])
        if tag not in tags:
            tags.append(tag)
    return {form: tuple(tags) for form, tags in out.items()}
