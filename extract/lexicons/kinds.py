"""Words that say what a figure measures (the `kind` column).

Each entry is a regular expression over lower-cased text; `kinds.py` reads them.
"""

# The thing a tariff rate rates.
TARIFF_NOUNS = (
    r"tariffs?", r"surtax(?:es)?", r"counter-?tariffs?", r"countertariffs?", r"duty", r"duties", r"levy",
    r"levies", r"surcharges?", r"import tax(?:es)?", r"export tax(?:es)?",
    r"retaliatory tax(?:es)?", r"border tax(?:es)?", r"tariff rates?", r"customs duty",
    r"anti-?dumping dut(?:y|ies)", r"countervailing dut(?:y|ies)", r"taxes on imports",
    r"import taxes", r"reciprocal tariffs?", r"retaliatory measures?", r"countermeasures?",
)
# A rate changes ("a 25% increase"): then the figure is the change, not the tariff,
# unless the change is "in tariffs".
CHANGE_NOUNS = (
    r"increase", r"decrease", r"rise", r"drop", r"decline", r"jump", r"gain", r"fall",
    r"surge", r"plunge", r"dip", r"hike", r"cut", r"reduction", r"contraction",
    r"growth", r"slump", r"boost", r"loss", r"climb",
)
CHANGE_VERBS = (
    r"rose", r"rise[sn]?", r"rising", r"fell", r"falls?", r"falling", r"fallen",
    r"jump(?:ed|s|ing)?", r"climb(?:ed|s|ing)?", r"gain(?:ed|s|ing)?", r"grew", r"grow(?:s|n|ing)?",
    r"shr[iau]nk(?:s|ing)?", r"declin(?:ed|es|ing)", r"drop(?:ped|s|ping)?", r"dipp(?:ed|ing)",
    r"increas(?:ed|es|ing)", r"decreas(?:ed|es|ing)", r"slid(?:e|es|ing)?", r"plung(?:ed|es|ing)",
    r"surg(?:ed|es|ing)", r"soar(?:ed|s|ing)?", r"tumbl(?:ed|es|ing)", r"slump(?:ed|s|ing)?",
    r"down", r"up", r"lower", r"higher", r"reduc(?:e|ed|es|ing)", r"cut(?:s|ting)?",
    r"expand(?:ed|s|ing)?", r"contract(?:ed|s|ing)?", r"stabiliz(?:ed|ing|e)", r"sits? at",
    r"stood at", r"stands at", r"hit", r"reached", r"widen(?:ed|s|ing)?", r"narrow(?:ed|s|ing)?",
    r"boost(?:ed|s|ing)?", r"shave[sd]?", r"wipe[sd]? out", r"slow(?:ed|s|ing)?",
)
# Rates that are not tariffs: "compliance rates of 89 per cent", "the jobless rate".
OTHER_RATES = (
    r"compliance", r"unemployment", r"jobless", r"employment", r"participation", r"interest",
    r"policy", r"overnight", r"prime", r"mortgage", r"exchange", r"growth", r"inflation",
    r"vacancy", r"utilization", r"utilisation", r"capacity", r"savings", r"default", r"tax",
    r"birth", r"poverty", r"approval", r"success", r"response", r"adoption", r"usage",
)
# Verbs that move a tariff to a new rate: "hiked tariffs on Canada to 35%".
RAISE_VERBS = (
    r"hik\w+", r"rais\w+", r"increas\w+", r"doubl\w+", r"lift\w*", r"bump\w*",
    r"boost\w*", r"push\w*", r"jump\w*", r"take[sn]?", r"took", r"set\w*", r"bring\w*",
    r"brought", r"cut\w*", r"lower\w*", r"reduc\w+", r"slash\w*", r"trim\w*",
)
# Economy-wide measures: a percent about these is an economic indicator.
INDICATOR_NOUNS = (
    r"gdp", r"gross domestic product", r"econom(?:y|ies)", r"economic growth", r"growth",
    r"inflation", r"unemployment", r"jobless", r"employment rate", r"interest rates?",
    r"policy rate", r"overnight rate", r"bank rate", r"prices?", r"cpi", r"consumer price",
    r"output", r"productivity", r"recession", r"loonie", r"canadian dollar", r"exchange rate",
    r"real income", r"wages?", r"investment", r"business investment", r"consumption",
    r"percentage points?", r"the size of", r"exports?", r"imports?", r"shipments",
    r"sales", r"trade volumes?", r"manufacturing", r"value of",
)
# A share of trade: "75% of its exports", "93 per cent of which goes to the U.S.".
TRADE_NOUNS = (
    r"exports?", r"imports?", r"trade", r"goods", r"products", r"shipments?",
    r"merchandise", r"commerce", r"sales", r"exporters?", r"importers?", r"crude production",
    r"production", r"output", r"market share", r"agri-?food", r"purchases",
)
SHARE_CUES = (
    r"compliant", r"compliance", r"duty-?free", r"tariff-?free", r"tariff-exempt", r"duty-exempt", r"exempt", r"reliance",
    r"dependence", r"dependent", r"market share", r"share of", r"goes to", r"go to",
    r"went to", r"flows? (?:to|downstream)", r"destined for", r"shipped to", r"sold to",
    r"bound for", r"went into", r"entered",
)
# The money value of a flow of goods.
TRADE_VALUE_CUES = (
    r"exports?", r"imports?", r"exported", r"imported", r"trade", r"traded", r"goods",
    r"products", r"shipments?", r"merchandise", r"worth of", r"two-way", r"bilateral",
    r"cross-border", r"trade surplus", r"trade deficit", r"surplus with",
    r"deficit with", r"sales to", r"sales of", r"purchases", r"commerce",
    r"retaliat\w+", r"counter-?tariffs?", r"countermeasures?", r"covering", r"targets?", r"targeting",
)
# Money a tariff raises is an impact, however near the goods it falls on.
TARIFF_MONEY = (
    r"(?:tariffs?|duties|levies|customs|surtax(?:es)?) (?:collected|revenues?|receipts|paid|raised|income|take)",
    r"(?:collected|paid|raised|brought in|took in) (?:\w+ ){0,3}in (?:tariffs|duties|levies|customs)",
    r"(?:tariff|duty|customs) (?:revenues?|receipts|income|take|haul)",
)
# Money the dispute costs, raises or spends.
IMPACT_CUES = (
    r"costs?", r"costing", r"damages?", r"loss(?:es)?", r"lost", r"losing", r"revenues?",
    r"bailouts?", r"aid", r"support", r"relief", r"investments?", r"invest(?:ed|ing|s)?",
    r"subsid\w+", r"funding", r"funds?", r"compensation", r"pledged?", r"contracts?",
    r"collected", r"collect(?:s|ing)?", r"in duties", r"in tariffs", r"tax credits?",
    r"payments?", r"shell out", r"bring in", r"brought in", r"raise[sd]?", r"spen[dt]\w*",
    r"package", r"stimulus", r"bill", r"hit to", r"wipe", r"shave", r"price tag",
    r"fines?", r"penalt(?:y|ies)", r"backstop", r"loans?", r"liquidity", r"program",
    r"to protect", r"to help", r"committed", r"commit", r"earmarked", r"allocated",
    r"set aside", r"budget(?:ed)?",
)
JOB_NOUNS = (
    r"jobs?", r"employs?", r"employed", r"employing", r"job cuts", r"workers?", r"employees?", r"positions", r"layoffs?", r"job losses",
    r"unemployed", r"employment", r"jobless", r"laid off", r"out of work", r"workforce",
    r"staff", r"labourers?", r"laborers?", r"hires?",
)
# A money amount that is a limit, not a flow: thresholds and quotas are `other`.
THRESHOLD_CUES = (
    r"or more\b", r"and more\b", r"and up\b", r"or higher\b", r"and above\b",
    r"threshold", r"quota", r"at least", r"minimum", r"greater than",
)
# Prices, rewards and budgets of things outside the dispute's money.
OTHER_MONEY_CUES = (
    r"price", r"per (?:metric )?(?:ton|tonne|barrel|bushel)", r"a (?:ton|tonne|barrel)",
    r"reward", r"salary", r"fine", r"deficit", r"debt", r"futures", r"carbon tax",
    r"market cap", r"valuation", r"ipo",
)
STOCK_CUES = (
    r"shares? of", r"stock", r"shares (?:rose|fell|jumped|climbed|dropped)", r"tsx",
    r"nyse", r"nasdaq", r"s&p", r"dow jones", r"index",
)
