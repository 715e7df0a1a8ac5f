"""Words before a number that make it a label, not a figure ("Section 232", "Bill C-2")."""

LABEL_WORDS = (
    "section", "sections", "article", "articles", "chapter", "bill", "no", "number",
    "nos", "rule", "title", "phase", "level", "stage", "tier", "highway", "hwy",
    "route", "interstate", "flight", "item", "schedule", "form", "part", "clause",
    "paragraph", "annex", "exhibit", "figure", "table", "page", "pages", "vol",
    "volume", "episode", "season", "ward", "district", "unit", "suite", "room",
    "gate", "terminal", "platform", "lane", "exit", "grade", "class", "division",
    "window", "covid", "covid-", "model", "version", "g", "group of",
)
