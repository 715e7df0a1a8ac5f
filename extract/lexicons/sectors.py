"""Sector words: each sector of the contract and the words that name it."""

SECTORS = {
    "steel": (r"steel ?(?:making|manufactur\w*|mills?|industry|sector|products)", r"steel\w*",
              r"steelmakers?", r"steelworkers?", r"rebar", r"pipe and tube"),
    "aluminum": (r"alumin(?:i)?um (?:manufactur\w*|industry|sector|products)", r"alumin(?:i)?um",
                 r"smelters?", r"bauxite"),
    "autos": (
        r"auto(?:motive)? (?:manufactur\w*|sector|industry|plants?|workers|production|assembly)",
        r"autos?", r"auto ?parts", r"automobiles?", r"automotive", r"automakers?", r"cars?",
        r"vehicles?", r"evs?", r"electric vehicles?", r"buses", r"minivans?", r"suvs?",
        r"assembly plants?", r"honda", r"toyota", r"stellantis", r"general motors", r"\bgm\b",
        r"ford motor", r"cr-v",
    ),
    "trucks": (r"trucks", r"heavy-duty trucks?", r"medium-duty trucks?", r"tractor-trailers?"),
    "lumber": (
        r"lumber", r"softwood", r"timber", r"forestry", r"forest products", r"wood",
        r"sawmills?", r"pulp", r"plywood",
    ),
    "energy": (
        r"energy", r"oil", r"crude", r"natural gas", r"\bgas\b", r"petroleum", r"electricity",
        r"pipelines?", r"refiner(?:y|ies|s)", r"fuels?", r"barrels?", r"\blng\b", r"uranium",
        r"bbl", r"mb/d", r"oilsands", r"oil sands", r"power exports",
    ),
    "agriculture": (
        r"canola (?:oil|meal|seed)", r"(?:vegetable|palm|olive|soybean|cooking) oil", r"agricultur\w*", r"agri-?food", r"farms?", r"farmers?", r"farming", r"dairy", r"canola",
        r"pork", r"beef", r"peas", r"pulses?", r"seafood", r"lobsters?", r"fish", r"grains?",
        r"wheat", r"crops?", r"soybeans?", r"cattle", r"poultry", r"eggs", r"oilseeds?",
        r"livestock", r"food and beverage", r"foods?", r"barley", r"lentils", r"potatoes",
        r"ag exports", r"milk", r"cheese",
    ),
    "copper": (r"copper",),
    "furniture": (r"furniture", r"cabinets?", r"vanities", r"upholster\w*", r"kitchen cabinets"),
    "critical_minerals": (
        r"critical minerals?", r"potash", r"rare earths?", r"lithium", r"nickel", r"cobalt",
        r"graphite", r"minerals?", r"fertilizers?",
    ),
    "manufacturing": (
        r"manufactur\w*", r"factor(?:y|ies)", r"industrial", r"machinery", r"plants",
    ),
}

# Words that make a figure economy-wide (sector "all").
ALL_SECTORS = (
    r"all (?:canadian |u\.s\. |american |of (?:canada|the u\.s\.)\W?s? )?(?:goods|imports|exports|products|trade)",
    r"(?:most|nearly all|almost all|virtually all) (?:canadian |u\.s\. |american )?(?:goods|imports|exports|products)",
    r"across-the-board", r"blanket", r"economy-wide", r"broad(?:-based)? tariffs",
    r"\bgdp\b", r"gross domestic product", r"\beconomy\b", r"unemployment", r"jobless rate",
    r"inflation", r"interest rate", r"policy rate", r"total (?:exports|imports|trade)",
    r"all (?:exports|imports)", r"canadian (?:goods|imports|exports|products)",
    r"goods (?:from|made in) canada", r"imports from canada", r"imports and exports",
    r"exports and imports", r"two-way trade", r"bilateral trade", r"trade (?:surplus|deficit)", r"non-cusma",
    r"cusma-compliant", r"usmca-compliant", r"compliant", r"fentanyl", r"general tariffs?",
    r"tariffs on canada", r"on canada", r"economic growth", r"loonie", r"canadian dollar",
    r"national rate", r"trade (?:volumes|flows)", r"back and forth trade", r"trade between",
)

# Words for trade in general: a figure about "exports" takes the sector of the article's
# headline when it names one, else it is about all trade.
GENERIC_TRADE = (
    r"exports?", r"imports?", r"shipments?", r"exported", r"imported", r"exporters?",
    r"trade", r"sales", r"value of", r"goods", r"products", r"merchandise", r"deficit", r"surplus",
    r"trade balance",
)
# A headline's topic is in its main clause: "Canada's trade deficit narrows as energy
# exports rebound" is about the deficit, not energy.
HEADLINE_SUBORDINATORS = (r"as", r"after", r"while", r"amid", r"despite", r"because", r"but",
                          r"with", r"though", r"although", r"even as", r"ahead of", r"following")
# What a tariff does not cover: "on all imports except oil" is not about oil.
EXCEPTIONS = (
    r"except", r"excepting", r"excluding", r"with the exception of", r"other than",
    r"apart from", r"but not", r"save for", r"exempting", r"exempt",
)
