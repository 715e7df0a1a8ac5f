"""What a figure is about (the `measure` column): the nouns that name each quantity.

Phrases as in `grammar.py`. A word may name several measures ("shipments" are exports
or production); the rules read the figure's own phrase and clause to choose.
"""

MEASURES = {
    "exports": ("exports", "export", "exported", "export sales", "foreign sales",
                "sales abroad", "shipments abroad", "outbound shipments", "export value",
                "export volumes", "exports to", "sales to", "shipped", "shipments", "trade to",
                "trade volumes to", "shipments to", "trips to"),
    "imports": ("imports", "import", "imported", "import value", "purchases from",
                "inbound shipments"),
    "two_way_trade": ("trade", "two way trade", "bilateral trade", "cross border trade",
                      "trade relationship", "trading relationship", "back and forth trade",
                      "trade between", "cross the border", "crosses the border",
                      "crossing the border", "cross border", "trade flows",
                      "trade volume", "trade volumes", "goods and services", "total trade",
                      "imports and exports", "exports and imports", "trading partner"),
    "trade_balance": ("trade surplus", "trade deficit", "trade balance", "trade gap",
                      "merchandise trade balance", "current account", "surplus with", "deficit with",
                      "trade surpluses", "trade deficits", "goods surplus", "goods deficit"),
    "export_share": ("goes to", "went to", "destined for", "bound for",
                     "shipped to", "sold to", "sent to", "sold south of", "shipped south of",
                     "sold abroad", "shipped abroad", "sold outside", "shipped outside",
                     "sold in the united states", "sold in the u s", "sold in america",
                     "shipped to the united states", "sold into", "shipped into", "flows to", "flow to", "headed to",
                     "compliant", "tariff free", "duty free", "tariff exempt", "duty exempt",
                     "exempt", "cusma compliant", "usmca compliant", "market share", "entered",
                     "compliance rate", "compliance rates", "compliance",
                     "enter", "reliance", "dependence", "dependent on"),
    "import_share": ("supplies", "supply", "supplied", "provides", "provided", "comes from",
                     "come from", "coming from", "came from", "sourced from", "consumed",
                     "consumption", "demand"),
    "gdp": ("gdp", "gross domestic product", "economy", "economies", "economic growth",
            "growth", "real gdp", "economic output", "the economy", "growth rate",
            "economic activity", "recession", "contraction", "expansion"),
    "unemployment_rate": ("unemployment", "unemployment rate", "jobless rate", "jobless",
                          "unemployment rates"),
    "inflation": ("inflation", "consumer prices", "cpi", "consumer price index",
                  "cost of living", "inflation rate", "price growth"),
    "interest_rate": ("interest rate", "interest rates", "policy rate", "key rate",
                      "overnight rate", "key interest rate", "bond yield", "bond yields",
                      "yield", "yields", "mortgage rate", "mortgage rates", "borrowing costs",
                      "prime rate", "benchmark rate", "bank rate", "lending rate",
                      "target rate", "rate cut", "rate cuts"),
    "price": ("price", "prices", "discount", "discounts", "markdown", "markdowns", "rebate", "rebates", "loonie", "canadian dollar", "u s dollar", "currency",
              "shares", "stock", "stocks", "share price", "stock price", "per pound",
              "per ton", "per tonne", "per barrel", "cents", "value of the dollar",
              "exchange rate", "house prices", "home prices", "costs of", "cost of", "futures",
              "futures price", "futures prices"),
    "production": ("production", "output", "capacity", "investment", "investments", "plant",
                   "plants", "factory", "factories", "sales", "manufacturing", "orders",
                   "deliveries", "spending", "business spending", "business investment",
                   "profit", "profits", "margins", "profit margins", "revenue", "revenues",
                   "shipments", "produced", "produces", "produce", "build", "builds", "built",
                   "capital spending", "inventories", "travel", "trips", "visits", "returns",
                   "bookings", "expansion", "operations", "contract", "contracts", "project"),
    "jobs_at_risk": ("at risk", "in jeopardy", "vulnerable", "jobs at risk", "hang in the balance",
                     "hangs in the balance", "hanging in the balance", "in the balance",
                     "possible job losses", "potential job losses", "possible layoffs",
                     "potential layoffs",
                     "endangered", "on the line"),
    "jobs_lost": ("layoffs", "layoff", "laid off", "lay off", "job losses", "job loss",
                  "job cuts", "lost jobs", "jobs lost", "lose their jobs", "lost their jobs",
                  "lose their job", "lost their job", "losing their jobs", "losing their job",
                  "lose jobs", "losing jobs", "shed jobs", "shedding jobs", "cutting jobs",
                  "eliminate jobs", "eliminated jobs", "jobs eliminated", "jobs shed",
                  "layoff notices", "out of work", "cut jobs", "furloughed", "jobs cut",
                  "job reductions", "workforce reduction", "redundancies", "terminations",
                  "unemployed"),
    "employment": ("employs", "employ", "employing", "employed", "employment", "workers",
                   "employees", "jobs", "workforce", "staff", "jobs supported",
                   "supports jobs", "hired", "hiring", "positions", "people", "job gains",
                   "gained", "added", "created", "job creation", "work", "labour force",
                   "labor force", "members", "union members", "job", "worker"),
    "economic_cost": ("cost", "costs", "costing", "damage", "damages", "losses", "loss", "hit",
                      "toll", "harm", "price tag", "burden", "drag", "shave",
                      "wipe", "lose", "lost", "purchasing power", "add",
                      "adds", "added", "expense", "expenses", "bill", "bills", "shortfall",
                      "hurt", "impact", "blow"),
    "tariff_revenue": ("revenue", "revenues", "duties collected", "collected", "receipts",
                       "tariff revenue", "customs revenue", "duty revenue", "collect", "collects", "collecting", "raised",
                       "generate", "generated", "generating", "brought in", "bring in",
                       "took in", "customs duties", "tariff income", "money"),
    "support_funding": ("fund", "funds", "funding", "relief", "aid", "support", "supports",
                        "bailout", "bailouts", "loan", "loans", "package", "program",
                        "programs", "programme", "subsidy", "subsidies", "incentive",
                        "incentives", "credit", "credits", "deferral", "deferrals",
                        "backstop", "liquidity", "stimulus", "assistance", "financing",
                        "employment insurance", "insurance measures", "compensation",
                        "rebate", "rebates", "grants", "grant", "supports", "response plan",
                        "relief package", "aid package", "support package"),
}
# A share is "of" something: these words after "X% of" say the share is of trade.
SHARE_OF = ("exports", "exported", "export", "imports", "imported", "import", "trade",
            "goods", "products", "shipments", "merchandise", "commerce", "sales",
            "production", "output", "supply", "consumption", "market", "crude",
            "steel", "aluminum", "aluminium", "lumber", "oil", "its product", "their product")
# Words before a money figure that make it the value a tariff falls on.
COVERED = ("worth of", "of goods", "worth of goods", "of imports", "in goods", "of products",
           "in imports", "of u s goods", "of american goods", "of canadian goods",
           "worth of american", "worth of u s", "worth of canadian")
# The units each measure can be counted in: a word is read as a measure only for a
# figure of one of its units ("lost" is jobs for a count, a cost for money).
UNITS = {
    "exports": ("currency", "percent", "count"),
    "imports": ("currency", "percent", "count"),
    "two_way_trade": ("currency", "percent"),
    "trade_balance": ("currency", "percent"),
    "covered_trade": ("currency",),
    "export_share": ("percent",),
    "import_share": ("percent",),
    "gdp": ("percent", "ratio", "currency"),
    "unemployment_rate": ("percent",),
    "inflation": ("percent",),
    "interest_rate": ("percent",),
    "price": ("percent", "currency"),
    "production": ("percent", "currency", "count"),
    "jobs_at_risk": ("count",),
    "jobs_lost": ("count", "percent"),
    "employment": ("count", "percent"),
    "economic_cost": ("currency",),
    "tariff_revenue": ("currency",),
    "support_funding": ("currency",),
}
# Words that make an amount a limit rather than a flow ("a $25 million threshold").
THRESHOLDS = ("threshold", "thresholds", "quota", "quotas", "minimum", "cap", "ceiling",
              "limit", "above which", "worth at least")
# Nouns of a level that say nothing of what is measured ("near the 2% target", "the
# $1-trillion mark"): the figure is about what its clause says.
LEVELS = ("target", "targets", "level", "levels", "mark", "figure", "pace", "clip", "amount",
          "total", "sum", "high", "low", "record", "peak", "rate", "average", "range", "point",
          "points", "margin", "margins", "share", "portion", "increase", "decrease", "bump",
          "hike", "gain", "jump", "drop", "rise", "decline", "growth", "contraction", "estimate",
          "forecast", "projection", "reading", "print", "annualized rate", "annual rate", "basis")
# Shares of a company: their price moves are no economic indicator.
STOCKS = ("shares", "share price", "stock", "stocks", "stock price", "shares of", "shares in",
          "share prices", "stock market", "tsx", "s&p 500", "dow jones", "nasdaq", "index")
# A loss a figure is the size of: "a loss of 50,000 jobs", "the cancellation of a $100
# million contract" (money lost: a cost).
LOSSES = ("loss", "losses", "loss of", "losses of", "cancellation", "cancellations", "termination",
          "scrapping", "forfeiture")
# Prices that are a currency's value: an economic indicator, not the price of a good
# ("the loonie fell to 69 U.S. cents").
CURRENCY_PRICES = ("loonie", "canadian dollar", "u s dollar", "currency", "exchange rate",
                   "value of the dollar", "dollar")
# Prices a seller cuts: a percent off is no economic indicator ("a 30 percent discount").
PRICE_CUTS = ("discount", "discounts", "markdown", "markdowns", "rebate", "rebates")
# Words for the whole a share is of, when the verb's subject says of what: "exports to
# the U.S. make up 72% of the total".
WHOLES = frozenset(("total", "all", "whole", "overall", "sum"))
# The share a part of a whole of a trade measure is.
# Word stems in what a share is "of" that make it a share of a buyer's imports or supply
# ("half of U.S. steel imports", "a third of the supply"); any other trade is exports.
IMPORT_SIDE = ("import", "supply", "consum", "demand")
# Employers: jobs one says it "will" cut are cut, not a forecast ("the mill will eliminate
# 250 positions"; "tariffs will eliminate 150,000 jobs" is one).
EMPLOYERS = ("company", "firm", "mill", "plant", "factory", "automaker", "carmaker", "steelmaker",
             "manufacturer", "producer", "employer", "maker", "miner", "smelter", "retailer", "airline")
# Nouns whose "of" phrase names what a percent is a share of: "the share of exports
# headed south fell to 71%".
SHARE_NOUNS = ("share", "portion", "proportion", "percentage")
SHARE_OF_MEASURE = {"exports": "export_share", "imports": "import_share", "two_way_trade": "export_share"}
# Central banks: the rates they set or move are interest rates ("the Bank of Canada cut
# rates by 25 basis points").
CENTRAL_BANKS = ("bank of canada", "federal reserve", "the fed", "central bank", "bank of england",
                 "european central bank", "bank of japan", "bank of mexico", "banxico")

