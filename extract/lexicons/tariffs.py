"""Where a tariff stands (status) and who levies it on whom (direction)."""

# Phrases whose verb governs the tariff after it ("threatened to impose 25%",
# "lifted the 25% tariff"): read only before the figure. They outrank single words,
# which are read nearest-first. Regular expressions over lower-cased text.
STATUS_PHRASES_BEFORE = {
    "threatened": (
        r"threat\w* to (?:impose|slap|levy|hit|raise|hike|apply|put)",
        r"propos\w+ (?:to )?(?:impose|a|an|new)", r"consider\w* (?:imposing|a|an)",
        r"(?:if|should) (?:the )?(?:u\.s\.|us|trump|washington|ottawa|canada)\w* (?:impose|follow|go ahead)",
        r"warn\w* (?:of|that)", r"preliminary determination",
    ),
    "announced": (
        r"(?:plans?|planned|planning|set|slated|scheduled|going|vow\w*|pledg\w*|promis\w*) to (?:impose|slap|levy|hit|raise|hike|apply|put|implement|introduce)",
        r"will (?:impose|slap|levy|apply|face|enforce|introduce|implement|be (?:imposed|applied|levied|hit))",
        r"(?:executive order|order\w*|proclamation|proclaim\w*|sign\w*|unveil\w*)\W+(?:\w+\W+){0,5}?(?:impos\w+|raising|setting)",
        r"there will be", r"as of (?:march|april|may|june|july|august|sept|oct|nov|dec|jan|feb)",
        r"(?:vowed|vows) to retaliate",
    ),
    "removed": (
        r"(?:pause[sd]?|paus\w+|lift\w*|remov\w+|drop\w*|scrap\w*|rescind\w*|revok\w+|suspend\w*|cancel\w*|withdr[ae]w\w*|eliminat\w+|repeal\w*|invalidat\w+|struck down|strike down|roll\w* back|end(?:ed|ing)?) (?:the |its |his |their |a |that |those )?",
    ),
    "in_effect": (
        r"(?:has|have|had) (?:been )?(?:imposed|applied|levied|slapped|charged)",
        r"now (?:faces?|pays?|subject)", r"subject to", r"(?:kept|keeping|keeps|maintain\w*) (?:its |the |a )?",
        r"(?:hik|rais|increas|doubl|bump|lift)\w* (?:\w+ ){0,6}?to",
    ),
}
# Phrases read on either side of the figure ("a 25% tariff will take effect",
# "the 25% levy was paused").
STATUS_PHRASES = {
    "threatened": (
        r"would (?:impose|levy|slap|apply|hit|charge|raise|add)", r"could (?:impose|levy|slap|apply|hit|charge|raise|add)",
    ),
    "announced": (
        r"will (?:also )?(?:be )?appl(?:y|ied)", r"will take effect", r"(?:is|are) set to",
        r"takes? effect (?:on|at|as of|starting)", r"(?:will|to) come into (?:force|effect)",
        r"(?:will|to) kick in", r"\(planned\)", r"would (?:be )?(?:hit|raised?) to .{0,20}(?:on|from|starting)",
    ),
    "removed": (
        r"(?:was|were|been|be|is|are|has|have|had) (?:\w+ )?(?:paused|lifted|removed|dropped|scrapped|rescinded|revoked|suspended|cancell?ed|withdrawn|eliminated|repealed|struck down|rolled back)",
        r"no longer", r"replaced by",
    ),
    "in_effect": (
        r"(?:came|come|comes|coming|went|go|goes) into (?:force|effect)", r"took effect",
        r"in (?:effect|force|place)", r"remains?",
    ),
}
# Single words, read nearest first when no phrase decides.
STATUS_WORDS = {
    "threatened": (
        r"threat\w*", r"propos\w+", r"potential", r"possible", r"hypothetical", r"looming",
        r"floated", r"mull\w*", r"contemplat\w+", r"weigh\w*",
    ),
    "announced": (r"planned", r"upcoming", r"forthcoming", r"impending", r"scheduled", r"coming"),
    "removed": (
        r"paused", r"lifted", r"removed", r"scrapped", r"rescinded", r"revoked", r"suspended",
        r"cancell?ed", r"withdrawn", r"repealed", r"invalidated", r"struck", r"former",
    ),
    "in_effect": (
        r"imposed", r"imposes", r"imposing", r"implemented", r"applied", r"applies", r"levied",
        r"levies", r"levying", r"charged", r"charges", r"charging", r"collect\w*", r"slapped",
        r"placed", r"current", r"existing", r"current", r"paying", r"pays", r"faces",
        r"facing", r"hiked", r"raised", r"doubled", r"adding", r"added", r"enforced", r"responded",
        r"retaliated", r"fired back", r"hit back", r"hitting", r"hit", r"now",
    ),
}
# Weak cues count only inside the figure's own clause.
WEAK_STATUS = {
    "threatened": (r"could", r"would", r"might", r"may", r"if", r"unless", r"preliminary"),
}
# What governs a raise ("threatened to raise the levy to 45%", "paused the increase to
# 25%"): the raise is not in effect. A paused or delayed increase is announced.
RAISE_GOVERNORS = {
    "threatened": (r"threat\w*", r"propos\w*", r"could", r"would", r"may", r"might", r"consider\w*",
                   r"warn\w*", r"if"),
    "announced": (r"will", r"plans?", r"planned", r"set", r"slated", r"scheduled", r"vow\w*",
                  r"paus\w*", r"suspend\w*", r"delay\w*", r"postpon\w*", r"defer\w*", r"hold\w* off"),
}
# An earlier rate a newer one replaced ("the initial 25 per cent tariffs ... the hike to
# 50 per cent"): removed when another rate stands in the same sentence.
SUPERSEDED = (r"initial", r"original", r"previous", r"earlier", r"old", r"prior", r"first")

# Who is who. Keys are ISO 3166 alpha-2 codes; "*" is every country.
ACTORS = {
    "US": (
        r"michigan", r"new york state", r"minnesota", r"ohio", r"california", r"texas", r"wisconsin",
        r"pennsylvania", r"illinois", r"vermont", r"maine", r"new hampshire", r"montana", r"alaska",
        r"north dakota", r"idaho", r"florida", r"u\.s\.", r"\bus\b", r"united states", r"america", r"american", r"americans",
        r"washington", r"trump", r"trump['’]s", r"white house", r"biden", r"commerce department",
        r"lutnick", r"bessent", r"greer", r"the president", r"u\.s\.-made", r"us-made",
    ),
    "CA": (
        r"canada", r"canadian", r"canadians", r"ottawa", r"trudeau", r"carney", r"champagne",
        r"leblanc", r"joly", r"anand", r"freeland", r"the federal government",
        r"canadian-made", r"ontario", r"quebec", r"alberta", r"british columbia", r"b\.c\.",
        r"saskatchewan", r"manitoba",
    ),
    "CN": (r"china", r"chinese", r"beijing", r"\bxi\b", r"chinese-made", r"ministry of commerce"),
    "MX": (r"mexico", r"mexican", r"sheinbaum", r"mexican-made"),
    "JP": (r"japan", r"japanese"),
    "IN": (r"india", r"indian"),
    "GB": (r"britain", r"british", r"\bu\.k\.", r"united kingdom"),
    "KR": (r"south korea", r"korean"),
    "DE": (r"germany", r"german"),
    "BR": (r"brazil", r"brazilian"),
    "EU": (r"european union", r"\beu\b", r"europe"),
    "*": (
        r"foreign", r"all countries", r"every country", r"all trading partners", r"global",
        r"worldwide", r"imports from all", r"any country", r"other countries",
    ),
}
# Words that mark the country after them as the one that pays ("on Canadian goods",
# "imports from Canada", "applied to Canadian pork").
TARGET_LEADS = (
    r"on", r"against", r"from", r"into", r"targeting", r"targeted", r"hitting",
    r"on imports from", r"on goods from", r"appl(?:y|ied|ies) to", r"extended to",
    r"threaten\w* to hit", r"threaten\w*", r"hit",
)
# The country after these imports: it levies the tariff ("exports to the U.S.").
IMPORTER_LEADS = (
    r"(?:exports?|imports?|shipments?|sales|goods|products|flowing|shipped|sold)\b[^.;]{0,40}?\b(?:to|into)",
    r"(?:imposed|levied|applied|charged|collected|slapped|placed)\s+by",
)
# A nationality before these nouns names the goods that pay: "Canadian steel".
GOODS_NOUNS = (
    r"goods", r"products", r"imports", r"exports", r"exporters", r"producers", r"steel",
    r"aluminum", r"aluminium", r"autos?", r"cars", r"vehicles", r"auto parts", r"lumber",
    r"softwood", r"oil", r"gas", r"energy", r"crude", r"canola", r"pork", r"beef", r"dairy",
    r"seafood", r"potash", r"copper", r"electric vehicles", r"evs", r"shipments", r"items",
    r"merchandise", r"companies", r"firms", r"farmers", r"industry", r"agricultural",
    r"agri-food", r"%?canola imports", r"steel products", r"aluminum products", r"imports from",
)
# A country followed by one of these verbs is the one that levies.
LEVYING_VERBS = (
    r"impos\w*", r"slap\w*", r"lev(?:y|ied|ies|ying)", r"hik\w+", r"rais\w+", r"plac\w+",
    r"put\w*", r"threat\w*", r"announc\w+", r"respond\w*", r"retaliat\w+", r"fired back",
    r"hit back", r"hits?", r"match\w*", r"keep\w*", r"kept", r"decid\w+", r"charg\w+",
    r"appl\w+", r"implement\w*", r"enforc\w+", r"set", r"introduc\w+", r"doubl\w+",
    r"increas\w+", r"sign\w*", r"vow\w*", r"plan\w*", r"unveil\w*", r"added",
    r"adding", r"targets?", r"targeted", r"will", r"would", r"could", r"is set to",
    r"moved? to", r"began", r"started", r"tariffs?", r"counter\w*", r"placed",
)
# Retaliation: the one that retaliates levies the tariff.
RETALIATION = (
    r"counter-?tariffs?", r"countertariffs?", r"retaliat\w+", r"counter ?measures?",
    r"fired back", r"hit back", r"in response", r"responded", r"reciprocal",
)
# Taxes the exporting side levies: the country its goods are sold to pays them.
EXPORT_LEVIES = (r"export tax(?:es)?", r"export surcharges?", r"surcharges? on (?:electricity|power|energy|exports?)",
                 r"export dut(?:y|ies)", r"export levy")
# Words between a country and its verb that name its leader ("Ontario Premier Doug Ford imposed").
LEADER_TITLES = (r"premier", r"prime minister", r"president", r"finance minister", r"trade minister",
                 r"minister", r"government", r"officials?", r"leader")
# Sectors that US national-security tariffs (Section 232) cover for every country.
GLOBAL_SECTORS = ("steel", "aluminum", "autos", "trucks", "copper", "lumber", "furniture")
# Names that hold a country's name without being that country: "Bank of Canada",
# "Statistics Canada". Regular expressions for the words just before the country.
CONTAINING_NAMES = (
    r"bank of", r"board of", r"council of", r"association of", r"institute of",
    r"university of", r"chamber of commerce of", r"royal bank of", r"statistics",
    r"farm credit", r"export development", r"global affairs", r"finance", r"air",
    r"innovation", r"transport", r"health", r"team", r"made in", r"canola council of",
    r"steel producers association of", r"embassy of", r"gulf of",
)
