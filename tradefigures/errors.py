"""The Python API's own mistakes, one class each (docs/python.md, "Errors").

A module of its own, importing nothing: the extractor's readers raise `NotText` too,
and the command line catches these without loading the API.
"""


class NotText(TypeError, ValueError):
    """What was given is not text: not a `str` (a TypeError, as Python's own), or bytes
    that do not decode as text (a ValueError, as a bad decode is)."""


class NotADate(ValueError):
    """A publication date that is neither a `date` nor "YYYY-MM-DD"."""


class LengthMismatch(ValueError):
    """Per-text values (publication dates, titles) that do not pair one to one with the texts."""
