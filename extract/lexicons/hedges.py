"""Hedge words around a number (the `qualifier` column) and time bases (`period`).

Phrases as in `grammar.py`.
"""

# Words just before a number.
QUALIFIERS_BEFORE = {
    "approximate": (
        "approximately", "approx", "roughly", "about", "around", "some", "nearly", "almost",
        "near", "close to", "an estimated", "estimated", "in the neighbourhood of",
        "in the neighborhood of", "on the order of", "circa", "just about", "more or less",
        "an approximate", "approaching", "the equivalent of", "a roughly", "an almost",
        "a nearly", "an about", "a near", "about a",
        "in the order of", "in the range of",
    ),
    # idioms that open an amount without hedging it: "to the tune of $5 billion" is $5
    # billion; as hedges they still open the figure's phrase
    "exact": ("to the tune of", "in the amount of", "the sum of"),
    "lower_bound": (
        "more than", "over", "exceeding", "above", "at least", "upwards of", "upward of",
        "in excess of", "greater than", "no less than", "not less than", "a minimum of",
        "north of", "well over", "just over", "top", "tops", "topped", "topping", "surpassed",
        "surpassing", "surpasses", "exceeded", "exceeds", "beyond", "a record", "higher than",
        "better than", "at minimum", "more than a", "over a", "well above", "well in excess of",
    ),
    "upper_bound": (
        "up to", "as high as", "as much as", "as many as", "less than", "under", "below",
        "at most", "no more than", "not more than", "fewer than", "a maximum of", "just under",
        "just below", "capped at", "lower than", "short of", "shy of", "within", "a high of",
        "up to a", "less than a", "as little as", "as low as", "as few as", "a low of", "sub",
    ),
}
# Words just after a number: "$110 billion or so", "$25 million or more".
QUALIFIERS_AFTER = {
    "approximate": ("or so", "or thereabouts", "give or take", "approximately", "roughly"),
    "lower_bound": ("or more", "and more", "and up", "or higher", "and above", "plus",
                    "or greater", "at least"),
    "upper_bound": ("or less", "or fewer", "and under", "or lower", "at most", "at the most",
                    "or below"),
}
PERIODS = {
    "daily": ("a day", "per day", "daily", "each day", "every day", "a day s", "per diem", "bpd", "b d", "mb d", "kb d", "bbl day", "bbl d", "barrels a day",
              "barrels per day"),
    "monthly": ("a month", "per month", "monthly", "each month", "every month"),
    "quarterly": ("a quarter", "per quarter", "quarterly", "each quarter", "every quarter"),
    "annual": ("a year", "per year", "annually", "annual", "annualized", "annualised",
               "yearly", "each year", "every year", "per annum", "a year s", "fiscal year",
               "full year", "calendar year"),
}
# Verbs whose "about" names a topic, not a hedge: "we could be talking about 12 or 25".
TOPIC_VERBS = frozenset((
    "talk", "talks", "talked", "talking", "think", "thinks", "thought", "thinking", "speak",
    "speaks", "spoke", "speaking", "worry", "worries", "worried", "worrying", "concerned",
    "care", "cares", "cared", "know", "knows", "knew", "ask", "asks", "asked", "asking",
    "hear", "heard", "complain", "complained", "joke", "joked", "wonder", "wondered",
    "argue", "argued", "learn", "learned", "forget", "forgot", "warn", "warned", "dream",
))
