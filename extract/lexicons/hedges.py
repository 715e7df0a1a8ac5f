"""Hedge words around a number (the `qualifier` column) and time bases (`period`)."""

# Words just before a number. Longest first is applied by the reader.
QUALIFIERS_BEFORE = {
    "approximate": (
        "approximately", "approx.", "roughly", "about", "around", "some", "nearly", "almost", "near",
        "close to", "an estimated roughly", "in the neighbourhood of", "in the neighborhood of",
        "on the order of", "circa", "~", "just about", "more or less", "upward of", "or so",
        "an approximate", "approaching", "the equivalent of", "a roughly", "an almost",
        "a nearly", "an about", "a near",
    ),
    "lower_bound": (
        "more than", "over", "exceeding", "above", "at least", "upwards of", "upward of",
        "in excess of", "greater than", "no less than", "not less than", "as low as",
        "as few as", "a minimum of", "north of", "well over", "just over", "top", "tops",
        "topped", "topping", "surpassed", "surpassing", "surpasses", "exceeded", "exceeds",
        "beyond", "a record", "higher than", "better than", "at minimum",
    ),
    "upper_bound": (
        "up to", "as high as", "as much as", "as many as", "less than", "under", "below",
        "at most", "no more than", "not more than", "fewer than", "a maximum of",
        "just under", "just below", "capped at", "lower than", "short of", "shy of",
        "within", "a high of",
    ),
}
# Words just after a number: "$110 billion or so", "$25 million or more".
QUALIFIERS_AFTER = {
    "approximate": ("or so", "or thereabouts", "give or take"),
    "lower_bound": ("or more", "and more", "and up", "or higher", "and above", "plus", "-plus"),
    "upper_bound": ("or less", "or fewer", "and under", "or lower", "at most"),
}

PERIODS = {
    "daily": (
        r"a day", r"per day", r"daily", r"each day", r"every day", r"/day", r"/d\b", r"mb/d",
        r"b/d", r"bpd", r"a day['’]s", r"per diem",
    ),
    "monthly": (r"a month", r"per month", r"monthly", r"each month", r"every month", r"/month"),
    "quarterly": (r"a quarter", r"per quarter", r"quarterly", r"each quarter", r"every quarter"),
    "annual": (
        r"a year", r"per year", r"annually", r"annual", r"annualized", r"annualised", r"yearly",
        r"each year", r"every year", r"per annum", r"/year", r"/yr", r"a year['’]s",
        r"fiscal year", r"straight year", r"full-year", r"per cent a year",
    ),
}
