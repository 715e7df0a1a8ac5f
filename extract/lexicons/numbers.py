"""Words for numbers, scales, fractions, currencies and units of measure."""

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Scale words after a number ("$45 billion", "$740M", "4.42M bbl/day").
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9,
    "bln": 1e9, "t": 1e12, "tn": 1e12, "tln": 1e12,
}
# Fractions after a whole number: "2½ per cent", "2 1/2 per cent", "two and a half".
VULGAR_FRACTIONS = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8}
# Fractions written as words, as a share of one.
FRACTIONS = {
    "half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "eighth": 1 / 8, "tenth": 1 / 10,
    "tenths": 1 / 10,
}

# Currency written before the number, longest first. None: a bare "$" does not fix
# the currency (the guidelines leave it null).
CURRENCY_PREFIXES = {
    "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "Can$": "CAD", "CDN$": "CAD", "Cdn$": "CAD",
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "USD": "USD", "CAD": "CAD", "CAD$": "CAD",
    "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "MX$": "MXN", "Mex$": "MXN",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "EUR": "EUR", "GBP": "GBP",
    "$US": "USD", "$CAN": "CAD", "$CDN": "CAD",
    "$": None,
}
# Currency written after the number (and its scale): "$3.63 billion U.S.",
# "750 million euros", "65 US cents". The value of a cent is a hundredth.
CURRENCY_SUFFIXES = {
    "u.s. dollars": "USD", "us dollars": "USD", "american dollars": "USD",
    "canadian dollars": "CAD", "cdn dollars": "CAD",
    "u.s.": "USD", "us": "USD", "usd": "USD", "cad": "CAD", "cdn": "CAD", "canadian": "CAD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "yen": "JPY", "pesos": "MXN", "rupees": "INR",
    "dollars": None, "dollar": None,
}
CENTS = ("us cents", "u.s. cents", "american cents", "canadian cents", "cents", "cent")

# Units of measure that make a count ("3.3 million metric tons", "4.0 mb/d").
MEASURES = (
    "barrels per day", "barrels a day", "barrels of oil per day", "barrels",
    "mb/d", "mbd", "mmbbl/d", "kb/d", "kbd", "bbl/day", "bbl/d", "b/d", "bpd", "bbl",
    "metric tonnes", "metric tons", "tonnes", "tons", "tonne", "ton",
    "kilograms", "kg", "kilotonnes", "megatonnes", "bushels", "cubic metres",
    "cubic meters", "board feet", "vehicles", "units",
)
# Measures that carry their own scale: "4.0 mb/d" is four million barrels a day.
MEASURE_SCALES = {"mb/d": 1e6, "mbd": 1e6, "mmbbl/d": 1e6, "kb/d": 1e3, "kbd": 1e3}
# "(converted to Canadian dollars)", "(in U.S. dollars)" right after an amount names its currency.
CONVERSION_NOTES = {
    "canadian": "CAD", "cdn": "CAD", "u.s.": "USD", "us": "USD", "american": "USD",
}
# "$95 a ton", "$650.30 U.S. per metric ton": a price per unit belongs to the mention.
PER_UNIT = ("metric ton", "metric tonne", "tonne", "ton", "barrel", "bushel", "litre",
            "liter", "gallon", "pound", "kilogram", "kg", "vehicle", "unit", "share",
            "megawatt-hour", "megawatt hour", "mwh", "kilowatt-hour", "kilowatt hour", "kwh",
            "board foot", "thousand board feet", "head")

# Time units: a number followed by one of these is a duration, not a figure.
TIME_UNITS = ("second", "minute", "hour", "day", "night", "week", "weekend", "month",
              "year", "decade", "century", "quarter", "term", "session")

# Hedges written joined to the number: "a near-2% rate", "sub-3% growth". The hedge is
# not part of the mention; the number after the hyphen is still a figure.
HYPHEN_HEDGES = ("near", "nearly", "almost", "about", "around", "roughly", "approximately",
                 "over", "above", "under", "below", "sub", "just")
# Words that sign the number after them: "minus five percent" is -5.
SIGN_WORDS = ("minus", "negative")

# A fraction with no "of" after it is a share where it gives the size of a change:
# "fell by a third", "cut by a quarter". The verbs are these classes of lexicons/verbs.py.
CHANGE_VERB_CLASSES = ("rise", "fall", "raise", "lower")
# Hedges between "by" and such a fraction: "fell by nearly a third".
CHANGE_HEDGES = ("about", "almost", "nearly", "roughly", "around", "more than", "less than",
                 "over", "under", "close to", "just over", "just under", "some")
# What may follow such a fraction as its clause goes on ("by a third last year"); a
# noun would make it something else ("by a third party", "by a quarter century").
AFTER_CHANGE = ("in", "on", "from", "over", "since", "during", "this", "last", "next", "and",
                "or", "but", "to", "as", "compared", "versus", "vs", "between", "after",
                "before", "while", "when", "if", "at", "for", "with", "than", "amid",
                "because", "due", "according", "including", "excluding", "among", "against",
                "relative", "until", "through", "by", "which", "that", "year", "annually",
                "overall", "alone", "within", "across", "despite", "again", "already", "so", "nationwide",
                "once", "yet")

# "for two quarters", "the last three quarters": a count of quarters is a span of time.
# It is a share only where "of" names what it is a share of ("three quarters of exports"),
# and not where these words stand before it ...
QUARTER_SPAN_BEFORE = ("last", "past", "next", "previous", "coming", "consecutive", "straight",
                       "successive", "recent", "first", "final", "several", "few", "many",
                       "subsequent", "remaining")
# ... or after its "of" ("two quarters of contraction").
QUARTER_SPAN_OF = ("growth", "contraction", "decline", "declines", "declining", "expansion",
                   "recession", "negative", "positive", "consecutive", "straight", "gains",
                   "losses", "economic", "weak", "weaker", "strong", "stronger", "slow",
                   "slower", "slowing", "falling", "rising", "shrinking", "data", "results",
                   "earnings", "output", "gdp", "job", "hiring", "this", "last", "next",
                   "the year", "the fiscal", "fiscal", "the calendar", "calendar")
# What a determiner may be before the noun a fraction is "of": "half of the year".
FRACTION_OF_DETERMINERS = ("the", "a", "an", "this", "that", "its", "their", "his", "her",
                           "our", "each", "every", "last", "next")

# Ratios ("150-to-1"): written with spaces ("3 to 1") they are ratios only before one
# of these nouns or after one of these words; otherwise "3 to 5" is a range.
RATIO_NOUNS = ("ratio", "margin", "majority", "odds")
RATIO_BEFORE = ("outnumbered", "outnumber", "outnumbers", "outnumbering", "odds of",
                "ratio of", "margin of")
