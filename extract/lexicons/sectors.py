"""Sector words: each sector of the contract and the words that name it.

The one list of sector words: kinds, tariffs and sectors all read it (a test checks that
its keys are the contract's sectors). Phrases as in `grammar.py`.
"""

SECTORS = {
    # Blanket words: a tariff on all goods.
    "all": (
        "all goods", "all imports", "all exports", "all products", "all trade", "everything",
        "virtually everything", "almost everything",
        "all canadian goods", "all canadian imports", "all canadian exports",
        "all canadian products", "all u s goods", "all american goods", "all american imports",
        "most goods", "most imports", "most exports", "most products", "nearly all goods",
        "almost all goods", "virtually all goods", "most canadian goods", "most canadian imports",
        "most canadian exports", "across the board", "blanket", "economy wide", "broad based",
        "general tariff", "general tariffs", "fentanyl tariff", "fentanyl tariffs", "fentanyl",
        "reciprocal tariff", "reciprocal tariffs", "baseline tariff", "baseline tariffs",
        "universal tariff", "universal tariffs", "goods and services", "imports from most countries",
        "tax on imports",
    ),
    "steel": ("metal", "metals", "metal tariffs", "steel", "steels", "steelmaking", "steelmaker*", "steelworker*", "steel mill*",
              "steel industry", "steel sector", "steel products", "rebar", "pipe and tube",
              "iron and steel", "=Algoma", "stelco", "dofasco", "wire rod", "wind towers",
              "fasteners"),
    "aluminum": ("metal", "metals", "metal tariffs", "aluminum", "aluminium", "smelter", "smelters", "bauxite", "alumina",
                 "=Alcoa", "rio tinto alcan"),
    "autos": (
        "auto", "autos", "auto sector", "auto industry", "auto parts", "auto part", "automobile*",
        "automotive", "automaker*", "auto maker*", "car", "cars", "carmaker*", "vehicle",
        "vehicles", "ev", "evs", "electric vehicle", "electric vehicles", "passenger cars",
        "light trucks", "light truck", "pickup trucks", "pickups", "suv", "suvs", "minivan*",
        "buses", "assembly plant", "assembly plants", "auto plant", "auto plants", "auto workers",
        "autoworkers", "=Honda", "=Toyota", "=Stellantis", "general motors", "=GM",
        "ford motor", "=Tesla", "=BYD", "=Jeep", "cr v", "vans",
    ),
    "trucks": ("trucks", "heavy trucks", "heavy duty trucks", "medium duty trucks",
               "heavy duty truck", "medium and heavy duty trucks", "tractor trailer*",
               "truck", "semi trucks", "big rigs"),
    "lumber": ("lumber", "softwood", "softwood lumber", "timber", "forestry",
               "forest products", "forest industry", "wood", "wood products", "sawmill*",
               "pulp", "plywood", "lumber producers"),
    "energy": (
        "energy", "oil", "crude", "crude oil", "natural gas", "gas", "petroleum", "electricity",
        "electric power", "power grid", "power generation", "power generators", "cost of power",
        "pipeline", "pipelines", "refinery", "refineries", "refiners", "fuel", "fuels",
        "barrel", "barrels", "lng", "uranium", "bbl", "mb d", "oilsands", "oil sands",
        "power exports", "energy exports", "hydro", "hydroelectric", "megawatt*",
    ),
    "agriculture": (
        "agriculture", "agricultural", "agri food", "agrifood", "farm", "farms", "farmer",
        "farmers", "farming", "dairy", "canola", "canola oil", "canola meal", "canola seed",
        "canola seeds", "pork", "beef", "pea", "peas", "yellow pea", "yellow peas", "pulse", "pulses", "seafood",
        "lobster", "lobsters", "fish", "grain", "grains", "wheat", "crop", "crops", "soybean*",
        "cattle", "poultry", "eggs", "oilseed*", "livestock", "food and beverage", "food",
        "foods", "barley", "lentils", "potatoes", "ag exports", "milk", "cheese", "vegetable oil",
        "palm oil", "olive oil", "soybean oil", "cooking oil", "agri", "ranchers", "hogs",
        "tomatoes", "tomato", "fruit", "fruits", "vegetables", "produce", "apples", "blueberries",
        "cranberries", "maple syrup", "orange juice", "chicken", "turkey", "eggs", "butter",
        "yogurt", "whisky", "whiskey", "bourbon", "wine", "beer", "spirits", "mustard", "oats",
        "corn", "sugar", "coffee", "flour", "pasta",
    ),
    "copper": ("copper", "copper based", "copper products", "copper cathode*", "copper wire"),
    "furniture": ("furniture", "cabinet", "cabinets", "kitchen cabinets", "vanities",
                  "bathroom vanities", "upholstered", "upholstery", "upholstered furniture",
                  "woodwork", "millwork", "cabinetry"),
    "critical_minerals": ("critical mineral", "critical minerals", "potash", "rare earth",
                          "rare earths", "lithium", "nickel", "cobalt", "graphite", "mineral",
                          "minerals", "fertilizer", "fertilizers", "fertiliser*"),
    "manufacturing": ("manufacturing", "manufacturer", "manufacturers", "manufactured",
                      "factory", "factories", "industrial", "machinery", "plants",
                      "manufacturing sector", "manufacturing jobs", "heavy industry"),
}

# Words about the whole economy: a figure about them is about all sectors, unless its
# own words name one ("unemployment in manufacturing").
ECONOMY = (
    "gdp", "gross domestic product", "economy", "economies", "unemployment",
    "unemployment rate", "jobless rate", "inflation", "interest rate", "interest rates",
    "policy rate", "key rate", "overnight rate", "total exports", "total imports", "total trade",
    "imports and exports", "exports and imports", "two way trade", "bilateral trade",
    "trade surplus", "trade deficit", "trade balance", "economic growth", "loonie",
    "canadian dollar", "national rate", "trade volumes", "trade flows", "trade between",
    "cross the border", "crosses the border", "crossing the border", "back and forth trade",
    "labour market", "labor market", "employment", "household", "households", "consumer",
    "consumers", "consumer prices", "purchasing power", "business spending",
    "the border", "retail", "wholesale", "services", "non cusma", "non usmca", "cusma compliant",
    "usmca compliant", "non compliant",
    # a country's goods in general: all goods, unless the phrase names which ("Canadian
    # exports of canola" are agriculture)
    "canadian goods", "canadian imports", "canadian exports", "canadian products",
    "goods from canada", "goods made in canada", "imports from canada", "u s goods", "american goods",
    "american products", "american imports", "u s imports", "u s products",
)
# Light vehicles: beside these, a bare "trucks" is a pickup, not a heavy truck.
LIGHT_VEHICLES = ("vans", "van", "suv", "suvs", "minivan", "minivans", "pickups", "pickup",
                  "light trucks", "passenger cars", "sedans", "crossovers")
# Phrases that name what drove a total ("exports rose 0.9%, led by crude oil"), or what
# a measure leaves out ("on all imports except oil"): the goods after them are not the
# figure's sectors.
EXCEPTIONS = (
    "led by", "driven by", "thanks to", "helped by", "boosted by", "dragged down by",
    "weighed down by", "pulled down by", "mostly from", "mainly from",
    "except", "excepting", "excluding", "with the exception of", "other than", "apart from",
    "but not", "save for", "exempting", "exempt", "exemption", "exemptions", "not including",
    "aside from", "outside", "excludes", "exclude", "excluded", "exempts", "spares", "carves out",
)
# Words for trade in general: a figure about "exports" is about all trade unless the
# figure's own words or the article's topic name a sector.
GENERIC_TRADE = (
    "exports", "export", "imports", "import", "shipments", "shipment", "exported", "imported",
    "exporters", "exporter", "trade", "sales", "goods", "products", "merchandise", "deficit",
    "surplus", "commerce", "economy", "jobs", "workers",
)
# Who makes or sells goods: "Canadian producers", "Ontario auto plants", "the Canadian
# Kitchen Cabinet Association". A country's industry named so says whose goods a tariff
# falls on.
INDUSTRY = (
    "exporters", "exporter", "producers", "producer", "industry", "industries", "companies",
    "businesses", "firms", "workers", "manufacturers", "makers", "farmers", "sector", "mills",
    "plants", "economy", "association", "autoworkers", "growers", "smelters", "refineries",
    "sawmills",
)
# Sectors broad enough to be another's industry: "auto manufacturing" is the auto
# industry, not manufacturing as well.
BROAD = ("manufacturing",)

# Nouns that point back to the sector last named: "support for the auto industry ...
# pledged $2 billion to protect the sector".
# Nouns that, after "the", "that" or "this", point back to the last of these sectors named
# before them ("aluminum smelters ... after the US doubled its tariff on **the metal**").
ANAPHORIC_NOUNS = {"metal": ("steel", "aluminum", "copper")}
ANAPHORA = ("the sector", "the industry", "that sector", "this sector", "that industry", "this industry")
