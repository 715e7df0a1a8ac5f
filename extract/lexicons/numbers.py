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
