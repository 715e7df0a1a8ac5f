"""Figures written back for people: "25%", "$45 billion a year", "85,000"."""

from __future__ import annotations

SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
PERIODS = {"annual": "a year", "quarterly": "a quarter", "monthly": "a month", "daily": "a day"}
COUNTRIES = {"US": "United States", "CA": "Canada", "MX": "Mexico", "CN": "China", "JP": "Japan",
             "IN": "India", "GB": "United Kingdom", "KR": "South Korea", "DE": "Germany",
             "BR": "Brazil", "EU": "European Union", "*": "all countries"}
QUALIFIERS = {"approximate": "about ", "lower_bound": "at least ", "upper_bound": "up to ", "exact": ""}


def number(value: float) -> str:
    """A number with thousands separators and no trailing zeros: 85,000; 3.1; 0.25."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def scaled(value: float) -> str:
    """Large amounts with a scale word: 45000000000 -> "45 billion"."""
    for size, word in SCALES:
        if abs(value) >= size:
            return f"{number(round(value / size, 3))} {word}"
    return number(value)


def figure(value: float, unit: str, currency: str | None = None, period: str | None = None,
           qualifier: str | None = None) -> str:
    """The figure as a reader would say it, from its normalised fields."""
    if unit == "percent":
        text = f"{number(value)}%"
    elif unit == "currency":
        text = f"{currency} {scaled(value)}" if currency else f"${scaled(value)}"
    elif unit == "ratio":
        text = f"{number(value)} (ratio)"
    else:
        text = scaled(value)
    if period in PERIODS:
        text += " " + PERIODS[period]
    return QUALIFIERS.get(qualifier or "exact", "") + text


def country(code: str) -> str:
    """A country code as a reader says it: "United States (US)"."""
    name = COUNTRIES.get(code)
    if name is None or code == "*":
        return name or code
    return f"{name} ({code})"
