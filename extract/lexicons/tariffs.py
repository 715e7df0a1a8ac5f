"""Tariffs: the nouns that name one, and the words that say where one stands.

Phrases as in `grammar.py`: lower case, one space between words, `*` for any ending.
"""

# The thing a tariff rate rates.
NOUNS = (
    "tariff", "tariffs", "tariffed", "surtax", "surtaxes", "counter tariff", "counter tariffs",
    "countertariff", "countertariffs", "counter levies", "counter levy", "duty", "duties",
    "levy", "levies", "surcharge", "surcharges", "import tax", "import taxes", "import tariff",
    "import tariffs", "export tariff", "export tariffs", "export tax",
    "export taxes", "retaliatory tax", "retaliatory taxes", "border tax", "border taxes",
    "customs duty", "customs duties", "anti dumping", "antidumping", "countervailing",
    "reciprocal tariff", "reciprocal tariffs", "countermeasure", "countermeasures",
    "counter measure", "counter measures", "retaliatory measures", "penalty", "penalties",
    "taxes on imports", "tax on imports", "import duty", "import duties", "export duty",
    "export duties", "export levy", "export surcharge", "tax", "taxes", "tariff rate",
    "tariff rates", "duty rate", "duty rates", "levy rate", "rate", "rates", "charges",
    "charge", "retaliation", "deposit", "deposits",
)
# Of those, the ones that are only a tariff in a sentence already about tariffs.
WEAK_NOUNS = ("tax", "taxes", "penalty", "penalties", "rate", "rates", "charges", "charge",
              "retaliation", "deposit", "deposits")
# Levied by the exporting side: the country its goods are sold to pays it.
EXPORT_LEVIES = ("export tax", "export taxes", "export duty", "export duties", "export levy",
                 "export surcharge", "surcharge on electricity", "electricity surcharge",
                 "surcharge on power", "electricity tax", "tax on electricity", "export tariff")
# Anti-dumping and countervailing duties answer one country's trade, never all.
COUNTRY_SPECIFIC = ("anti dumping", "antidumping", "countervailing", "dumping", "subsidized",
                    "subsidy", "subsidies")
# Retaliation: whoever retaliates levies the tariff; in this dispute that is the one hit first.
RETALIATION = ("counter tariff", "counter tariffs", "countertariff", "countertariffs",
               "countermeasure", "countermeasures", "counter measure", "counter measures",
               "retaliat*", "in response", "in retaliation", "reciprocal", "counter levies",
               "counter levy", "response")

# Adjectives in a tariff's own phrase that say where it stands.
STATUS_ADJECTIVES = {
    "removed": ("former", "lifted", "paused", "suspended", "scrapped", "repealed", "expired",
                "defunct", "cancelled", "canceled", "abandoned", "rescinded", "revoked",
                "retired", "waived"),
    "threatened": ("proposed", "threatened", "potential", "possible", "hypothetical",
                   "looming", "mooted", "floated", "contemplated", "rumoured", "rumored",
                   "preliminary", "prospective", "feared", "promised threat"),
    "announced": ("planned", "upcoming", "promised", "scheduled", "forthcoming", "impending",
                  "pending", "coming", "future", "announced", "slated", "expected",
                  "incoming", "pledged", "vowed", "new announced"),
    "in_effect": ("current", "existing", "ongoing", "standing", "remaining", "prevailing",
                  "present", "in place", "in force", "in effect", "imposed", "applied",
                  "levied", "effective", "today s", "now"),
}
# Of the threatened adjectives, those of a finding not final: a preliminary duty that is
# imposed or collected stands in effect ("Beijing imposed a preliminary deposit of 75.8%").
PRELIMINARY = frozenset(("preliminary", "provisional", "interim"))
# A rate these words describe was replaced, when a newer rate stands beside it
# ("the initial 25% tariff ... the hike to 50%").
SUPERSEDED = ("previous", "prior", "old", "earlier", "original", "initial", "first", "existing")
# Nouns of a sum: a rate moved "to" one of them adds to the rate before, it does not
# replace it ("an extra 25% penalty, bringing its total to 50%").
SUM_NOUNS = ("total", "combined", "cumulative", "overall", "sum", "all in", "stack", "stacked")
# Adverbs right after a rate that say it was the rate before: "compared with 14.4% previously".
SUPERSEDED_AFTER = frozenset(("previously", "formerly", "before", "earlier", "prior"))
# Nouns that govern a rate after them ("threat of 25% tariffs", "plans for a 25% tariff").
STATUS_NOUNS = {
    "threatened": ("threat", "threats", "proposal", "proposals", "possibility", "prospect",
                   "prospects", "risk", "spectre", "specter", "scenario", "idea", "warning",
                   "ultimatum", "suggestion", "hypothetical", "draft"),
    "announced": ("plan", "plans", "promise", "promises", "vow", "pledge", "pledges",
                  "schedule", "timetable", "order", "executive order", "proclamation",
                  "notice", "decision", "announcement", "letter", "regulation", "regulations",
                  "rule", "rules", "deal", "agreement", "directive", "legislation", "bill",
                  "policy"),
    "removed": ("removal", "suspension", "pause", "exemption", "exemptions", "repeal",
                "lifting", "end", "rollback", "cancellation", "withdrawal", "elimination",
                "reprieve", "moratorium", "truce", "waiver", "relief", "reversal"),
}
# Words that say a rate changes from one level to another: "hiking the rate from 7.66% to 20.56%".
CHANGE_NOUNS = {
    "up": ("increase", "increases", "hike", "hikes", "rise", "rises", "jump", "surge", "boost",
           "escalation", "gain", "gains", "climb", "doubling", "tripling", "spike", "uptick",
           "growth", "expansion", "acceleration", "rebound", "upswing", "advance"),
    "down": ("decrease", "decreases", "cut", "cuts", "reduction", "reductions", "drop",
             "drops", "decline", "declines", "fall", "dip", "plunge", "slump", "loss", "losses",
             "contraction", "slowdown", "downturn", "shrinkage", "retreat", "slide", "easing",
             "lowering", "halving"),
}
# Words that put a date as the day a measure starts ("starting Oct. 14", "as of March 20").
START_CUES = ("starting", "starting on", "starting from", "beginning", "beginning on",
              "effective", "effective on", "as of", "as early as", "on", "by", "from")
# Of those, the ones that put a date as a start whatever the tense.
START_STRONG = ("starting", "starting on", "starting from", "beginning", "beginning on",
                "effective", "effective on", "as of", "as early as")
# Words that say a measure applies at once ("starting with tariffs on $30 billion immediately").
AT_ONCE = ("immediately", "effective immediately", "as of today", "as of midnight", "tonight",
           "right away", "at once", "now in effect", "as of now")
