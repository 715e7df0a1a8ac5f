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
    "reckons", "reckoned", "posted", "placed", "pegged", "pegs", "declared", "claims", "claimed", "according", "testified", "acknowledged",
    "projects", "modelled", "modeled", "highlighted", "cautioned", "published", "released",
    "issued", "recorded", "tallied", "counted", "measured",
)
# "according to X", "data from X", "X's analysis".
SOURCE_LEADS = (
    r"according to", r"data from", r"figures from", r"numbers from", r"a report (?:from|by)",
    r"an analysis (?:from|by)", r"a study (?:from|by)", r"estimates? (?:from|by)",
    r"research (?:from|by)", r"a survey (?:from|by)", r"calculations? (?:from|by)",
    r"a new report from", r"report from", r"analysis by", r"analysis from",
    r"cited by", r"compiled by", r"published by", r"released by", r"said", r"says",
)
# "X's analysis shows".
SOURCE_NOUNS = (
    "analysis", "report", "data", "estimate", "estimates", "figures", "numbers", "survey",
    "study", "research", "calculations", "forecast", "forecasts", "model", "modelling",
    "modeling", "projection", "projections", "outlook", "statement", "notice", "tally",
    "count", "review", "assessment",
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
PRONOUNS = ("he", "she", "they", "we", "i")
# Capitalised words that are not names of sources.
NOT_NAMES = frozenset("""
The A An This That These Those It Its In On At For But And Or So Yet However Meanwhile
He She They We I You His Her Their Our Last Next Since While When If As After Before
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Canada Canadian Canadians
America American Americans U.S. US United States Mexico Mexican China Chinese Ottawa
Washington Beijing CUSMA USMCA NAFTA GDP Also Read Here What Why How
Still Some Many Most Both Each Such Under Over By With Without Prime Minister President
Premier Finance Minister Chief Economist Senior Economist Assistant Deputy Industry
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
    "Industries", "Services", "Financial", "Advisors", "Advisers",
)

# Offices named in lower case that are sources themselves ("the parliamentary budget
# officer had estimated"): credited as written.
OFFICES = (
    "parliamentary budget officer", "budget officer", "finance minister", "prime minister",
    "trade minister", "industry minister", "foreign minister", "central bank",
    "federal government", "provincial government",
    "white house", "commerce department", "treasury department", "ministry of commerce",
)
# Sources the article leaves unnamed: credited as written ("the industry says").
GENERIC_SOURCES = (
    "the industry", "the industry group", "industry groups", "industry officials", "the trade group",
    "the business group", "the lobby group", "the group", "officials", "government officials",
    "analysts", "economists", "experts", "observers", "the union", "unions", "producers",
    "exporters", "farmers", "executives", "the company", "the association", "the sector",
    "trade experts", "critics", "a government source", "the source", "sources", "insiders",
)
# A lower-case noun between an organisation's name and its verb ("the United
# Steelworkers union estimates").
ORG_NOUNS = (
    "union", "group", "association", "council", "bank", "agency", "government", "officials",
    "lobby", "think tank", "organization", "organisation", "firm", "ministry", "department",
    "office", "institute", "board", "economists", "analysts",
)
