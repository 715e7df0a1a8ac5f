"""Where a tariff stands (status) and who levies it on whom (direction)."""

# Phrases whose verb governs the tariff after it: "threatened to impose 25%".
# They outrank single words, which are read nearest-first. Regular expressions over
# lower-cased text.
STATUS_PHRASES = {
    "threatened": (
        r"threat\w* to (?:impose|slap|levy|hit|raise|hike|apply|put)",
        r"propos\w+ (?:to )?(?:impose|a|an|new)", r"would (?:impose|face|levy|slap|apply)",
        r"could (?:impose|face|levy|slap|apply)", r"consider\w* (?:imposing|a|an)",
        r"(?:if|should) (?:the )?(?:u\.s\.|us|trump|washington|ottawa|canada)\w* (?:impose|follow|go ahead)",
        r"warn\w* (?:of|that)", r"preliminary determination",
    ),
    "announced": (
        r"(?:plans?|planned|planning|set|slated|scheduled|going|vow\w*|pledg\w*|promis\w*) to (?:impose|slap|levy|hit|raise|hike|apply|put|implement|introduce)",
        r"will (?:impose|slap|levy|apply|face|enforce|introduce|implement|be (?:imposed|applied|levied|hit))",
        r"(?:executive order|order\w*|proclamation|proclaim\w*|sign\w*|unveil\w*)\W+(?:\w+\W+){0,5}?(?:impos\w+|raising|setting)",
        r"will (?:also )?(?:be )?appl(?:y|ied)", r"will take effect", r"(?:is|are) set to",
        r"takes? effect (?:on|at|as of|starting)", r"(?:will|to) come into (?:force|effect)",
        r"(?:will|to) kick in", r"there will be", r"as of (?:march|april|may|june|july|august|sept|oct|nov|dec|jan|feb)",
        r"(?:vowed|vows) to retaliate", r"\(planned\)", r"would (?:be )?(?:hit|raised?) to .{0,20}(?:on|from|starting)",
    ),
    "removed": (
        r"(?:was|were|been|be|is|are|has|have|had) (?:\w+ )?(?:paused|lifted|removed|dropped|scrapped|rescinded|revoked|suspended|cancell?ed|withdrawn|eliminated|repealed|struck down|rolled back)",
        r"(?:pause[sd]?|paus\w+|lift\w*|remov\w+|drop\w*|scrap\w*|rescind\w*|revok\w+|suspend\w*|cancel\w*|withdr[ae]w\w*|eliminat\w+|repeal\w*|invalidat\w+|struck down|strike down|roll\w* back|end(?:ed|ing)?) (?:the |its |his |their |a |that |those )?",
        r"no longer", r"replaced by",
    ),
    "in_effect": (
        r"(?:came|come|comes|coming|went|go|goes) into (?:force|effect)", r"took effect",
        r"in (?:effect|force|place)", r"(?:has|have|had) (?:been )?(?:imposed|applied|levied|slapped|charged)",
        r"now (?:faces?|pays?|subject)", r"subject to", r"(?:kept|keeping|keeps|maintain\w*) (?:its |the |a )?",
        r"remains?", r"(?:hik|rais|increas|doubl|bump|lift)\w* (?:\w+ ){0,6}?to",
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
# An earlier rate a newer one replaced ("the initial 25 per cent tariffs ... the hike to
# 50 per cent"): removed when another rate stands in the same sentence.
SUPERSEDED = (r"initial", r"original", r"previous", r"earlier", r"old", r"prior", r"first")

# Who is who. Keys are ISO 3166 alpha-2 codes; "*" is every country.
ACTORS = {
    "US": (
        r"u\.s\.", r"\bus\b", r"united states", r"america", r"american", r"americans",
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
# Words that mark the country after them as the one that pays.
TARGET_LEADS = (
    r"on", r"against", r"from", r"to", r"into", r"targeting", r"at", r"over", r"hitting",
    r"hit", r"threatened", r"on imports from", r"on goods from", r"with",
)
# Retaliation: the one that retaliates levies the tariff.
RETALIATION = (
    r"counter-?tariffs?", r"countertariffs?", r"retaliat\w+", r"counter ?measures?",
    r"fired back", r"hit back", r"in response", r"responded", r"reciprocal",
)
# Sectors that US national-security tariffs (Section 232) cover for every country.
GLOBAL_SECTORS = ("steel", "aluminum", "autos", "trucks", "copper", "lumber", "furniture")
