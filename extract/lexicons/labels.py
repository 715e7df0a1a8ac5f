"""Words around a number that make it a label, not a figure ("Section 232", "Local 1005")."""

# Before the number, any case.
LABEL_WORDS = (
    "section", "sections", "article", "articles", "chapter", "bill", "no", "number",
    "nos", "rule", "title", "phase", "level", "stage", "tier", "highway", "hwy",
    "route", "interstate", "flight", "item", "schedule", "form", "part", "clause",
    "paragraph", "annex", "exhibit", "figure", "table", "page", "pages", "vol",
    "volume", "episode", "season", "ward", "district", "unit", "suite", "room",
    "gate", "terminal", "platform", "lane", "exit", "grade", "class", "division",
    "window", "covid", "covid-", "model", "version", "g", "group of",
)
# Before the number, capitalised as written: a union's local or lodge ("Unifor Local 444"),
# a numbered order ("Executive Order 14257").
CASED_LABEL_WORDS = ("Local", "Locals", "Lodge", "Order", "Proclamation")
# After a bare number, a singular noun that a count could not take makes the number a
# label: "a 232 probe" (a count of 232 would say "probes").
LABEL_NOUNS = (
    "probe", "investigation", "inquiry", "petition", "proceeding", "case", "action",
    "review", "ruling", "determination", "exclusion", "provision", "statute", "authority",
)
# Sections of trade law that news names by the bare number ("the 232 tariffs", "a 301
# investigation"), before these nouns in either number.
TRADE_LAW_SECTIONS = ("232", "301", "201", "122", "338")
TRADE_LAW_NOUNS = LABEL_NOUNS + (
    "probes", "investigations", "inquiries", "petitions", "proceedings", "cases", "actions",
    "reviews", "rulings", "determinations", "exclusions", "tariff", "tariffs", "duty",
    "duties", "levy", "levies", "measures", "order", "orders", "process", "powers",
)
