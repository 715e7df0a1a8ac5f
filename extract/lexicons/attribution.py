"""Who the article credits for a figure: verbs, phrases and the words around names."""

# "X estimates", "X said", "X told reporters".
SAYING_VERBS = (
    "said", "says", "say", "estimated", "estimates", "estimate", "reported", "reports",
    "forecast", "forecasts", "forecasted", "projected", "projects", "predicted", "predicts",
    "predict", "expects", "expected", "found", "finds", "calculated", "calculates", "noted",
    "notes", "warned", "warns", "warn", "told", "tells", "wrote", "writes", "added", "adds",
    "argued", "argues", "believes", "believe", "thinks", "suggested", "suggests", "showed",
    "shows", "show", "indicated", "indicates", "stated", "explained", "explains",
    "pointed out", "points out", "announced", "announces", "revealed", "reveals",
    "observed", "concluded", "concludes", "calculates", "anticipates", "anticipated",
    "disclosed", "discloses", "saying", "confirmed", "confirms", "projecting", "estimating",
    "forecasting", "predicting", "warning", "noting", "adding", "telling",
    "reckons", "reckoned", "posted", "placed", "pegged", "pegs", "declared", "claims", "claimed", "according", "testified", "acknowledged",
    "projects", "modelled", "modeled", "highlighted", "cautioned", "published", "released",
    "issued", "recorded", "tallied", "counted", "measured", "put", "puts",
)
# Saying verbs only when an "at" gives the estimate ("placed the cost at $2 billion");
# otherwise they levy or put ("the tariffs Trump placed on Canadian goods").
ESTIMATE_AT = ("placed", "pegged", "pegs", "put", "puts")
# Prepositions of place: a name after them in a subject is where the speakers are, not
# who speaks ("steel producers in Hamilton say").
PLACE_PREPOSITIONS = ("in", "across", "near", "outside", "throughout", "around")
# "according to X", "data from X": the name after them is credited.
SOURCE_LEADS = (
    "according to", "per", "data from", "figures from", "numbers from", "a report from",
    "a report by", "an analysis from", "an analysis by", "a study from", "a study by",
    "estimates from", "estimates by", "estimate from", "estimate by", "research from",
    "research by", "a survey from", "a survey by", "calculations from", "calculations by",
    "calculation by", "a new report from", "report from", "report by", "analysis by",
    "analysis from", "cited by", "compiled by", "published by", "released by",
    "a forecast from", "a forecast by", "projections from", "modelling by", "modeling by",
    "a statement from", "statement from", "an estimate from", "an estimate by", "data by",
)
# "X's analysis shows".
SOURCE_NOUNS = (
    "analysis", "report", "data", "estimate", "estimates", "figures", "numbers", "survey",
    "study", "research", "calculations", "forecast", "forecasts", "model", "modelling",
    "modeling", "projection", "projections", "outlook", "statement", "notice", "tally",
    "count", "review", "assessment",
)
# Nouns that stand for the source of figures the article named before: "according to
# the published data", "the release said" credit the organisation last named.
SOURCE_ANAPHORA = (
    "the data", "the published data", "the latest data", "the new data", "the figures",
    "the latest figures", "the numbers", "the release", "the news release", "the press release",
    "the report", "the new report", "the latest report", "the survey", "the study",
    "the statement", "the analysis", "the agency", "the statistical agency",
    "the national statistical agency", "the federal agency", "the data agency", "the forecast",
    "the outlook", "the estimates", "the projections", "the notice", "the research", "the bank",
    "the research group", "the think tank", "the group", "the association", "the council",
    "the board", "the institute", "the firm", "the company", "the union", "the office",
)
# Nouns for a business: "the company said" in a sentence that opens on a firm's name
# ("Stellantis will cut 1,200 jobs, the company said") is that firm's word.
FIRM_NOUNS = ("the company", "the firm", "the automaker", "the carmaker", "the steelmaker",
              "the producer", "the manufacturer", "the retailer", "the miner", "the airline")
# Organisations written short: the name they stand for.
ALIASES = {
    "Statistics Canada": ("statscan", "statcan", "stats can", "stat can"),
    "Bank of Canada": ("boc",),
    "Royal Bank of Canada": ("rbc",),
    "Bank of Montreal": ("bmo",),
    "Canadian Imperial Bank of Commerce": ("cibc",),
    "Toronto-Dominion Bank": ("td bank",),
    "International Monetary Fund": ("imf",),
    "Organisation for Economic Co-operation and Development": ("oecd",),
    "Canadian Federation of Independent Business": ("cfib",),
}
# Bodies credited as written when they speak: "the premier's office said".
OFFICES_AS_WRITTEN = (
    "premier s office", "the premier s office", "prime minister s office", "the prime minister s office",
    "minister s office", "the minister s office", "pmo", "'s office",
)
# Nouns that refer back to the organisation last named ("the ratings agency").
COREFERENCE_NOUNS = (
    "agency", "ratings agency", "the bank", "the report", "the watchdog", "budget watchdog",
    "the group", "the council", "the association", "the union", "the board", "the office",
    "the department", "the ministry", "the firm", "the company", "the economist",
    "the economists", "the analysts", "the analyst", "the study", "the institute", "the centre",
    "the center", "the organization", "the statistical agency", "the national statistical agency",
    "the government", "the source", "the chamber",
)
# What the organisation a noun points back to is called: "the agency said" is Statistics
# Canada's or the Census Bureau's words, never a business federation's. A noun not listed
# points back to any organisation; one listed, only to a name holding one of its words
# (any case), else to none.
COREFERENCE_KINDS = {
    "agency": ("statistics", "statcan", "statscan", "bureau", "agency", "administration", "office",
               "service", "commission", "department", "fitch", "moody", "s&p", "standard & poor",
               "dbrs", "morningstar"),
    "bank": ("bank", "scotiabank", "desjardins", "rbc", "td", "bmo", "cibc", "hsbc", "goldman",
             "morgan", "barclays", "ubs", "jefferies", "citi"),
    "union": ("union", "unifor", "steelworkers", "workers", "teamsters", "labour", "labor"),
    "association": ("association",),
    "council": ("council",),
    "board": ("board",),
    "institute": ("institute",),
    "chamber": ("chamber",),
    "department": ("department",),
    "ministry": ("ministry",),
}
# Capitalised words that are not names of sources.
NOT_NAMES = frozenset("""
The A An This That These Those It Its In On At For But And Or So Yet However Meanwhile
He She They We I You His Her Their Our Last Next Since While When If As After Before
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Canada Canadian Canadians
America American Americans U.S. US United States Mexico Mexican China Chinese Ottawa
Washington Beijing CUSMA USMCA NAFTA GDP Also Read Here What Why How
Still Some Many Most Both Each Such Under Over By With Without Prime Minister President
Premier Minister Chief Economist Senior Economist Assistant Deputy Industry
Bank Bay Street Wall
""".split())
# Titles before a person's name, dropped from the name.
TITLES = (
    "Prime Minister", "President", "Premier", "Finance Minister", "Foreign Affairs Minister",
    "Industry Minister", "Trade Minister", "Minister", "Chief Economist", "Senior Economist",
    "Assistant Chief Economist", "Deputy Chief Economist", "Economist", "Prof.", "Professor",
    "Dr.", "Treasury Secretary", "Commerce Secretary", "Secretary", "CEO", "Chair",
    "Governor", "U.S. President", "U.S. Treasury Secretary", "U.S. Commerce Secretary",
    "Conservative Party leader", "Conservative Leader", "NDP Leader", "Senator", "Sen.",
    "Rep.", "Ambassador", "Spokesperson",
)
# Heads of organisation names ("... Bank", "... Association").
ORG_HEADS = (
    "Bank", "Association", "Council", "Institute", "Board", "Office", "Officer", "Agency",
    "Administration", "Ratings", "Canada", "Research", "Centre", "Center", "Union",
    "Chamber", "Commission", "Department", "Ministry", "Group", "Inc.", "Corp.", "Ltd.",
    "Times", "Post", "Journal", "News", "Press", "Reuters", "Bloomberg", "Steelworkers",
    "Unifor", "Federation", "Alliance", "Foundation", "Fund", "Organization", "Capital",
    "Economics", "Securities", "Partners", "Government", "Treasury", "Budget Officer",
    "Statistics Canada", "Ratings Inc.", "Markets", "Forum", "Coalition", "Producers",
    "Industries", "Services", "Financial", "Advisors", "Advisers", "Bureau", "Authority", "Service",
    "Secretariat", "Tribunal", "Court",
)

# Offices named in lower case that are sources themselves ("the parliamentary budget
# officer had estimated"): credited as written.
OFFICES = (
    "parliamentary budget officer", "budget officer", "finance minister", "prime minister",
    "trade minister", "industry minister", "foreign minister", "central bank",
    "federal government", "provincial government",
    "white house", "commerce department", "treasury department", "ministry of commerce",
    "finance department", "finance ministry", "department of finance",
    "agriculture minister", "economy minister", "commerce minister", "energy minister",
    "natural resources minister", "labour minister", "labor minister", "environment minister",
    "industry department", "agriculture department", "commerce ministry", "economy ministry",
    "trade ministry", "foreign ministry", "agriculture ministry", "trade representative",
)
# Sources the article leaves unnamed: "officials", "economists", "analysts" are no one in
# particular, and never a source_org; "the industry says" credits the industry as written.
UNNAMED = (
    "officials", "government officials", "analysts", "economists", "experts", "observers",
    "producers", "exporters", "farmers", "executives", "critics", "sources", "insiders",
    "trade experts", "industry officials", "some economists", "many economists", "observers",
)
GENERIC_SOURCES = (
    "the industry", "the industry group", "industry groups", "the trade group",
    "the business group", "the lobby group", "the union", "unions", "the sector",
    "a government source", "the source",
)
# Adverbs between a source and its verb of saying: "GM **alone** expects", "the bank **now**
# sees".
SUBJECT_FILLERS = ("also", "has", "had", "have", "now", "then", "previously", "recently", "earlier",
                   "later", "further", "separately", "still", "alone", "itself", "too", "already",
                   "again")
# A lower-case noun between an organisation's name and its verb ("the United
# Steelworkers union estimates").
ORG_NOUNS = (
    "union", "group", "association", "council", "bank", "agency", "government", "officials",
    "lobby", "think tank", "organization", "organisation", "firm", "ministry", "department",
    "office", "institute", "board", "economists", "analysts",
)
# Words for a person's role between "said" and the name: "said union president Lana Payne".
# Roles between a body's name and a person's before a verb of saying: "Unifor president
# Lana Payne said" credits her with the body.
BODY_ROLES = ("president", "vice president", "vice-president", "chair", "chairman", "chairwoman", "chief executive",
              "ceo", "director", "head", "spokesman", "spokeswoman", "executive director",
              "national president")
ROLE_WORDS = ("union", "president", "vice president", "economist", "chief economist",
              "senior economist", "analyst", "strategist", "spokesperson", "spokesman",
              "spokeswoman", "minister", "premier", "mayor", "ceo", "chief executive", "director",
              "executive director", "chair", "chairman", "chairwoman", "professor", "researcher",
              "head", "leader", "founder", "owner", "official", "senator", "governor", "secretary",
              "trade lawyer", "lawyer", "expert", "consultant", "partner", "adviser", "advisor",
              "the bank s", "the union s", "the association s", "the company s", "local")
