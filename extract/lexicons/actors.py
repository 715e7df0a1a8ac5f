"""Who is who: the words that name a country, by ISO 3166 alpha-2 code.

Each country's words are grouped by what they are, for the rules that read them:
`name` ("Canada"), `adjective` ("Canadian": goods of that country), `seat` (its capital
or government: "Ottawa", "the White House"), `person` (its leaders and ministers) and
`region` (its provinces and states: they levy and pay for their country). "*" is every
country.
"""

ACTORS = {
    "US": {
        "name": ("united states", "united states of america", "america", "=U.S.", "=US", "=U.S.A.",
                 "=USA"),
        "adjective": ("american", "americans", "u s made", "us made", "american made", "=U.S.-made",
                      "=US-made"),
        "seat": ("washington", "white house", "the administration", "trump administration",
                 "biden administration", "commerce department", "department of commerce",
                 "u s government", "us government", "american government", "congress",
                 "u s customs", "customs and border protection", "ustr", "u s trade representative",
                 "office of the u s trade representative", "international trade administration",
                 "federal register", "the pentagon", "state department", "treasury department",
                 "international trade commission", "=ITC", "u s administration"),
        "person": ("trump", "donald trump", "biden", "lutnick", "howard lutnick", "bessent",
                   "scott bessent", "greer", "jamieson greer", "navarro", "peter navarro",
                   "hoekstra", "pete hoekstra", "vance", "rubio", "president trump"),
        "region": ("michigan", "new york state", "minnesota", "ohio", "california", "texas",
                   "wisconsin", "pennsylvania", "illinois", "vermont", "maine", "new hampshire",
                   "montana", "alaska", "north dakota", "idaho", "florida", "washington state",
                   "kentucky", "indiana", "tennessee", "georgia state", "new york", "oregon",
                   "iowa", "kansas", "nebraska", "south dakota", "wyoming", "colorado",
                   "arizona", "nevada", "utah", "new jersey", "massachusetts", "virginia",
                   "north carolina", "south carolina", "alabama", "louisiana", "missouri",
                   "oklahoma", "arkansas", "mississippi", "connecticut", "maryland", "delaware",
                   "rhode island", "west virginia", "new mexico", "hawaii", "seattle", "detroit",
                   "chicago"),
    },
    "CA": {
        "name": ("canada",),
        "adjective": ("canadian", "canadians", "canadian made", "made in canada"),
        "seat": ("ottawa", "the federal government", "canadian government",
                 "government of canada", "liberal government", "carney government",
                 "trudeau government", "finance canada", "department of finance",
                 "parliament hill", "canada border services agency", "cbsa",
                 "canadian border services agency", "global affairs canada"),
        "person": ("trudeau", "justin trudeau", "carney", "mark carney", "champagne",
                   "francois philippe champagne", "françois philippe champagne", "leblanc",
                   "dominic leblanc", "joly", "melanie joly", "mélanie joly", "anand",
                   "anita anand", "freeland", "chrystia freeland", "poilievre", "doug ford",
                   "ford government", "premier ford", "david eby", "eby", "danielle smith",
                   "scott moe", "legault", "françois legault", "francois legault",
                   "wab kinew", "kinew", "sabia", "hillman", "kirsten hillman",
                   "maninder sidhu", "sidhu"),
        "region": ("ontario", "quebec", "québec", "alberta", "british columbia", "=B.C.",
                   "saskatchewan", "manitoba", "nova scotia", "new brunswick",
                   "prince edward island", "newfoundland", "newfoundland and labrador",
                   "yukon", "nunavut", "northwest territories", "windsor", "toronto",
                   "montreal", "vancouver", "calgary", "oshawa", "brampton", "hamilton",
                   "sault ste marie", "edmonton", "winnipeg", "regina", "halifax",
                   # in this dispute's news, "the province" is a Canadian one
                   "the province", "the provincial government", "provincial governments"),
    },
    "CN": {
        "name": ("china", "people s republic of china", "prc"),
        "adjective": ("chinese", "chinese made", "made in china"),
        "seat": ("beijing", "ministry of commerce", "chinese government",
                 "state council tariff commission", "mofcom"),
        "person": ("xi", "xi jinping", "li qiang", "wang wentao"),
    },
    "MX": {
        "name": ("mexico",),
        "adjective": ("mexican", "mexicans", "mexican made", "made in mexico"),
        "seat": ("mexico city", "mexican government"),
        "person": ("sheinbaum", "claudia sheinbaum", "ebrard", "marcelo ebrard"),
    },
    "JP": {"name": ("japan",), "adjective": ("japanese",), "seat": ("tokyo",)},
    "IN": {"name": ("india",), "adjective": ("indian",), "seat": ("new delhi",),
           "person": ("modi", "narendra modi")},
    "GB": {"name": ("britain", "united kingdom", "great britain", "=UK", "=U.K."),
           "adjective": ("british",), "seat": ("london",)},
    "KR": {"name": ("south korea", "korea"), "adjective": ("korean", "south korean"),
           "seat": ("seoul",)},
    "DE": {"name": ("germany",), "adjective": ("german",), "seat": ("berlin",)},
    "BR": {"name": ("brazil",), "adjective": ("brazilian",), "seat": ("brasilia",)},
    "VN": {"name": ("vietnam", "viet nam"), "adjective": ("vietnamese",)},
    "EU": {"name": ("european union", "=EU", "=E.U.", "europe"), "adjective": ("european",),
           "seat": ("brussels", "european commission")},
    "AU": {"name": ("australia",), "adjective": ("australian",)},
    "CH": {"name": ("switzerland",), "adjective": ("swiss",)},
    "TW": {"name": ("taiwan",), "adjective": ("taiwanese",)},
    "*": {
        "name": ("all countries", "every country", "all trading partners", "any country",
                 "other countries", "most countries", "all nations", "every nation",
                 "the world", "around the world", "trading partners", "all partners",
                 "dozens of countries", "many countries", "countries around the world",
                 "other trading partners", "all other countries", "all sources"),
        "adjective": ("foreign", "global", "worldwide", "foreign made", "imported"),
    },
}

# Words that make a country's name in a subject its government speaking ("Mexico's
# economy ministry said"), single words as the text writes them, lower case.
GOVERNMENT_WORDS = frozenset(("government", "ministry", "department", "minister", "office", "cabinet",
                              "administration", "officials", "spokesperson", "spokesman", "spokeswoman"))

# Names that hold a country's name without being that country ("Bank of Canada",
# "Statistics Canada", "Canadian Steel Producers Association"): an organisation, not the
# country, whatever it says. Words of these phrases that name a country are not read as one.
CONTAINING_NAMES = (
    "bank of canada", "statistics canada", "statscan", "statcan", "canada post", "air canada",
    "export development canada", "farm credit canada", "global affairs canada",
    "canadian press", "canadian chamber of commerce", "chamber of commerce",
    "canadian federation of independent business", "canadian manufacturers and exporters",
    "canadian steel producers association", "canadian vehicle manufacturers association",
    "canadian kitchen cabinet association", "aluminium association of canada",
    "aluminum association of canada", "canola council of canada", "conference board of canada",
    "royal bank of canada", "bank of america", "american iron and steel institute",
    "canadian imperial bank of commerce", "business council of canada",
    "canadian labour congress", "canadian auto workers", "canadian tire",
    "canadian national", "canadian pacific", "canadian dairy", "dairy farmers of canada",
    "unifor canada", "investment canada", "innovation canada", "health canada",
    "transport canada", "finance canada", "team canada", "made in canada", "gulf of mexico",
    "new mexico", "embassy of canada", "canadian embassy", "american embassy",
    "u s embassy", "u s chamber of commerce", "national association of manufacturers",
    "american automotive policy council", "canadian american business council",
    "automotive parts manufacturers association", "canadian association of petroleum producers",
    "canadian centre for policy alternatives", "canadian centre", "canadian institute",
    "american petroleum institute", "canadian federation of agriculture",
    "canadian cattle association", "canadian pork council", "canadian meat council",
    "canadian bankers association", "new york times", "wall street journal", "washington post",
    "american week", "america first", "bank of montreal", "national bank of canada",
    "canada s building trades", "canadian trucking alliance", "canadian union",
    "canada goose", "canada life", "canadian broadcasting",
    "canadian council", "canada mortgage and housing", "canadian real estate association",
)

# Capitalised words that head the name of a body that speaks for others or studies them
# ("the Automotive Parts Manufacturers' Association", "the Center for Automotive
# Research", "Canola Council of Canada"): the capitalised words around them are a name,
# and its sector or country words name nothing. Companies are not among them: "Algoma
# Steel Inc." makes steel, and its shares are about steel.
ORG_HEADS = (
    "=Association", "=Associations", "=Council", "=Institute", "=Board", "=Federation",
    "=Alliance", "=Society", "=Chamber", "=Coalition", "=Foundation", "=Commission",
    "=Research", "=Center", "=Centre", "=Agency", "=Committee", "=Congress", "=Bank",
    "=Institution", "=Network", "=Forum", "=Exchange", "=Producers", "=Manufacturers",
    "=Exporters", "=Workers",
)
# Heads of an office's title: its words name no sector or measure ("Agriculture Minister",
# "the Economy Ministry"), but a country in it is the office's ("U.S. Trade Secretary").
TITLE_HEADS = ("=Minister", "=Ministry", "=Department", "=Secretary")
