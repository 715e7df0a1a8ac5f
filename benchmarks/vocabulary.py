"""Words the synthetic corpus is written from: outlets, people, places, goods, furniture.

Every name here is invented for the benchmark (real institutions appear only where the
story needs one, like a central bank); none of it comes from the annotated corpora.
Tuples, not sets: the generator draws from them by index, so their order is part of
what makes a seed give the same bytes every time.
"""

OUTLETS = (
    ("Northern Ledger", "northernledger.example"),
    ("Lakeshore Courier", "lakeshorecourier.example"),
    ("Prairie Wire", "prairiewire.example"),
    ("Border Business Daily", "borderbusiness.example"),
    ("The Harbourfront Post", "harbourfrontpost.example"),
    ("Fraser Valley Record", "fraservalleyrecord.example"),
    ("Capital Trade Monitor", "capitaltrademonitor.example"),
    ("Great Lakes Dispatch", "greatlakesdispatch.example"),
    ("Atlantic Market Report", "atlanticmarket.example"),
    ("Midwest Freight Journal", "midwestfreight.example"),
    ("Shield Country News", "shieldcountry.example"),
    ("Twin Ports Observer", "twinports.example"),
    ("Okanagan Business Wire", "okanaganbiz.example"),
    ("Rideau Policy Review", "rideaupolicy.example"),
    ("Cascadia Commerce", "cascadiacommerce.example"),
    ("Heartland Ag Weekly", "heartlandag.example"),
)

FIRST_NAMES = (
    "Amira", "Bastien", "Carys", "Dmitri", "Elodie", "Farid", "Greer", "Hollis", "Ines",
    "Jonah", "Keziah", "Lucien", "Maren", "Nikhil", "Odette", "Pascal", "Quinn", "Rosalind",
    "Soren", "Talia", "Ulrich", "Vivienne", "Wendell", "Xiomara", "Yusuf", "Zelda",
    "Anouk", "Benedikt", "Colette", "Desmond", "Esme", "Florian", "Gwen", "Hamish",
)
LAST_NAMES = (
    "Abernathy", "Bouchard-Lisle", "Castellan", "Drummond", "Eskildsen", "Fairweather",
    "Gauthier-Nolan", "Halvorsen", "Iqbal", "Jankowski", "Kerrigan", "Lindqvist",
    "MacTavish", "Nakashima", "Okonkwo", "Pellerin", "Quarshie", "Rasmussen", "Sauvageau",
    "Thibodeau", "Umberton", "Vasquez-Reid", "Whitcombe", "Yarrow", "Zaborski",
    "Achterberg", "Brightwater", "Corriveau", "Delacroix-Hart", "Emberly",
)
ECONOMIST_ROLES = (
    "an economist at", "a senior economist at", "chief economist at", "a trade analyst at",
    "a research fellow at", "director of trade policy at", "a principal economist with",
    "an associate professor of economics at", "head of North American strategy at",
)
ORGANISATIONS = (
    "Northbridge Capital", "the Laurentian Trade Institute", "Beaver Creek Securities",
    "the Cascade Policy Centre", "Hudson Bay Analytics", "Maple Leaf Advisory",
    "the Great Plains Economic Council", "Tidewater Research", "the Borderlands Institute",
    "Keystone Markets", "the Frontier Commerce Foundation", "Pinecrest Financial",
    "the Canadian Exporters' Roundtable", "Silverline Economics", "the Ridgeway Group",
)
INDUSTRY_GROUPS = (
    "the Ontario Parts Makers' Alliance", "the Prairie Oilseed Growers", "the Coastal Timber Council",
    "the Canadian Metal Fabricators Association", "the Atlantic Seafood Exporters",
    "the Quebec Dairy Producers' Guild", "the Western Potash Council",
    "the National Trucking Federation", "the Aluminium Smelters Forum",
)
OFFICIALS = (
    ("Finance Minister", "Rowena Castellan"), ("Trade Minister", "Gideon Pellerin"),
    ("Industry Minister", "Marguerite Halvorsen"), ("Premier", "Duncan Whitcombe"),
    ("U.S. Commerce Secretary", "Harlan Fairweather"), ("U.S. Trade Representative", "Judith Kerrigan"),
    ("Ambassador", "Tobias Lindqvist"), ("Senator", "Prudence Yarrow"),
)
AGENCIES = (
    "Statistics Canada", "the Parliamentary Budget Officer", "the Bank of Canada",
    "the U.S. Census Bureau", "the Conference Board", "Export Development Canada",
    "the Canada Border Services Agency", "the Department of Commerce",
)

# (phrase, adjective) for the side that levies and the side that pays.
CANADA = ("Ottawa", "Canada", "the federal government", "the Canadian government")
UNITED_STATES = ("Washington", "the United States", "the U.S.", "the Trump administration", "the White House")
CANADIAN_ADJ = ("Canadian", "Canada-made")
US_ADJ = ("American", "U.S.", "U.S.-made")

# (plural noun, sector word the extractor might read)
GOODS = (
    "steel", "aluminum", "softwood lumber", "autos", "auto parts", "canola oil", "canola seed",
    "potash", "crude oil", "natural gas", "pork", "beef", "dairy products", "frozen fish",
    "lobster", "maple syrup", "electric vehicles", "copper wire", "fertilizer", "newsprint",
    "machinery", "plastics", "pharmaceuticals", "whisky", "orange juice", "appliances",
    "motorcycles", "wine", "furniture", "farm equipment",
)
PROVINCES_STATES = (
    "Ontario", "Quebec", "British Columbia", "Alberta", "Saskatchewan", "Manitoba",
    "Nova Scotia", "New Brunswick", "Michigan", "Ohio", "Minnesota", "Wisconsin",
    "Washington state", "New York", "Pennsylvania", "Vermont", "Maine",
)
TOWNS = (
    "Windsor", "Sarnia", "Hamilton", "Trois-Rivières", "Sault Ste. Marie", "Prince George",
    "Saskatoon", "Moncton", "Kitimat", "Oshawa", "Brandon", "Red Deer", "Thunder Bay",
    "Lethbridge", "Sept-Îles", "Kamloops",
)
PLANTS = ("mill", "smelter", "assembly plant", "processing plant", "distribution centre", "foundry")

HEADLINE_SUBJECTS = (
    "Steelmakers", "Canola growers", "Auto suppliers", "Lumber mills", "Federal officials", "U.S. lawmakers",
    "Exporters", "Border towns", "Economists", "Dairy farmers", "Potash producers",
    "Truckers", "Smelter workers", "Retailers", "Manufacturers",
)
HEADLINE_VERBS = (
    "brace for", "count the cost of", "push back against", "weigh options after",
    "scramble to adapt to", "warn about", "see no quick end to", "seek relief from",
    "shrug off", "rethink plans after",
)
HEADLINE_OBJECTS = (
    "new U.S. levies", "the latest tariff hike", "retaliatory duties", "a longer trade fight",
    "the CUSMA review", "stricter quotas", "a slump in shipments", "higher input costs",
    "the border slowdown", "a summer of uncertainty",
)

HEDGES_APPROX = ("about", "roughly", "around", "nearly", "some", "an estimated", "close to", "almost")
HEDGES_UPPER = ("up to", "as much as", "as many as", "no more than", "less than")
HEDGES_LOWER = ("more than", "over", "at least", "upwards of", "in excess of")
# Verbs after the figure and before the speaker: "..., said X, an economist at Y."
SAID = ("said", "says", "noted", "warned", "added", "according to", "cautioned")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_ABBREV = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
                "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
RELATIVE_DATES = (
    "next year", "last year", "next month", "last month", "last week", "next week",
    "earlier this year", "later this year", "this spring", "this fall", "two weeks ago",
    "in the coming months", "by the end of the year", "next quarter",
)

# Page furniture a scraped article carries; the pipeline should drop most of it.
RELATED_MARKERS = ("Also Read:", "Related:", "Read more:", "Recommended", "You may also like")
NEWSLETTER_LINES = (
    "Sign up for our Trade Desk newsletter and get the week's biggest stories.",
    "Get the latest business news delivered to your inbox every morning.",
    "Subscribe now for unlimited access to our reporting.",
    "Sign up to our free Border Economy newsletter.",
)
SHARE_LINES = ("Share this article", "Share on Facebook", "Share on X", "Share on LinkedIn",
               "Email", "Print", "Copy link")
AD_LINES = ("Advertisement", "Story continues below advertisement", "ADVERTISEMENT 2")
CAPTION_SUBJECTS = (
    "Trucks line up at a border crossing", "A worker checks coils of rolled steel",
    "Logs wait to be loaded at a coastal sawmill", "Canola fields in bloom",
    "Containers stacked at a rail yard", "A minister speaks to reporters",
    "Cars roll off an assembly line",
)
PHOTO_AGENCIES = ("The Canadian Press", "Reuters", "Getty Images", "AP")
BOILERPLATE = (
    "© {year} {outlet}. All rights reserved.",
    "This story was produced with files from our wire partners.",
    "Corrections: tips and corrections can be sent to our newsroom.",
    "Comments are moderated and may take a few minutes to appear.",
    "Have a news tip? Contact the business desk.",
)
NO_FIGURE_SENTENCES = (
    "Officials on both sides declined to say when talks would resume.",
    "The mood at the plant gate was subdued as the afternoon shift arrived.",
    "Several business groups called for a clearer timetable from both capitals.",
    "Negotiators have met in person only twice since the spring.",
    "Local councillors said they were watching the file closely.",
    "The government did not respond to a request for comment by deadline.",
    "Some exporters have begun looking for buyers in Europe and Asia.",
    "Customs brokers describe a backlog of paperwork at several crossings.",
    "Opposition critics accused the government of moving too slowly.",
    "Industry lawyers expect the dispute to end up before a trade panel.",
    "Shop owners in the downtown core say tourists from across the border have thinned out.",
    "The company has not said whether the idled line will restart.",
    "A spokesperson for the minister called the decision regrettable but not unexpected.",
    "Trucking firms report longer waits at the busiest crossings on weekday mornings.",
    "Farm groups plan to raise the issue at a meeting with provincial officials.",
    "Analysts caution that the data are preliminary and subject to revision.",
    "The two leaders spoke briefly by phone but made no announcement afterwards.",
    "For now, most contracts are being written one shipment at a time.",
)
CONTEXT_SENTENCES = (
    "In {town}, the {plant} is the largest private employer.",
    "{person} has run a family {plant} outside {town} for two decades.",
    "Members of {group} met with officials in {place} to press their case.",
    "The dispute has hit {place} harder than most, given its reliance on {goods}.",
    "Producers of {goods} in {place} say their American customers are stockpiling.",
    "{official} is expected to meet counterparts {when}.",
)
