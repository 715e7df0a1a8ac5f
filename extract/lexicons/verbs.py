"""Verbs by what they do to a figure, written as lemmas; their forms are generated
(`extract/inflection.py`), with the irregular ones listed here.

A verb may sit in several classes ("lift" raises a rate or removes a tariff, "cut"
lowers a rate or removes jobs): the rules decide among them from the words around it.
Multi-word verbs are written whole ("take effect", "roll back"); their first word is
inflected.
"""

VERBS = {
    # Put a tariff on goods.
    "levy": (
        "impose", "reimpose", "slap", "levy", "apply", "charge", "place", "put", "add", "lay",
        "implement", "introduce", "enforce", "keep", "maintain", "extend", "expand", "hit",
        "target", "set", "adopt", "institute", "stack", "layer", "tack on", "pile on",
        "hit back", "fire back", "retain", "leave", "go ahead with", "move ahead with",
        "push ahead with", "press ahead with", "follow through", "proceed with", "require",
    ),
    # The subject pays it.
    "face": ("face", "pay", "incur", "suffer", "bear", "absorb", "endure", "avoid", "escape",
             "dodge", "evade", "sidestep"),
    "threaten": (
        "threaten", "propose", "consider", "mull", "weigh", "float", "warn", "eye",
        "contemplate", "suggest", "raise the prospect of", "floated", "moot", "signal",
        "envision", "entertain", "study", "explore",
    ),
    # Spared from a tariff: the goods are exempt, the tariff stays for the rest ("cars that
    # meet the rules are exempt from the 25% tariff").
    "exempt": ("exempt", "spare", "carve out"),
    # Bargained for or accepted: the subject is the one the rate falls on ("Japan agreed
    # to a 15% rate", "Britain secured a 10% rate"), though "agree" also announces it.
    "consent": ("agree", "accept", "negotiate", "secure", "settle for", "sign on to"),
    # Looked for by others: what they expect may not come ("analysts expect 25% duties").
    "expect": ("expect", "anticipate", "foresee", "predict", "forecast"),
    "announce": (
        "announce", "unveil", "sign", "proclaim", "pledge", "vow", "promise", "schedule",
        "order", "decree", "declare", "confirm", "approve", "finalize", "finalise", "publish",
        "issue", "detail", "outline", "commit", "agree", "mandate", "direct", "authorize",
        "authorise", "plan", "prepare",
    ),
    # What a measure leaves out: "the 35% levy excludes energy" (no change of status).
    "exclude": ("exclude", "carve out", "spare"),
    # What brings a figure about: "could lead to 100,000 job losses".
    "cause": ("lead to", "result in", "cause", "trigger", "spark", "bring about", "translate into",
              "give rise to"),
    # Put off, still planned: "a 10% duty set to begin in March was postponed".
    # What leaves a measure as it stands: "Ottawa will keep its 25% tariffs", "the 25%
    # surcharge would stay until ...".
    "keep": ("keep", "maintain", "retain", "leave in place", "preserve", "continue", "remain", "stay", "hold",
             "freeze", "extend", "renew", "prolong"),
    "delay": ("delay", "postpone", "defer", "push back", "put off"),
    # What its subject escaped: "Mexico avoided the 30% tariff" (it was a threat).
    "avoid": ("avoid", "escape", "dodge", "evade", "sidestep", "avert", "stave off", "head off",
              "ward off"),
    "remove": (
        "remove", "lift", "drop", "scrap", "rescind", "revoke", "suspend", "cancel", "withdraw",
        "eliminate", "repeal", "pause", "end", "halt", "waive", "strike down",
        "roll back", "walk back", "abandon", "reverse", "invalidate", "overturn", "terminate",
        "retract", "shelve", "hold off", "back down", "back off",
        "call off", "scrap", "axe", "ax", "kill", "undo", "void", "nullify", "phase out",
        "replace", "supersede", "expire", "lapse",
    ),
    "raise": (
        "raise", "hike", "increase", "double", "triple", "quadruple", "boost", "bump", "lift",
        "escalate", "ratchet up", "jack up", "push", "up", "step up", "crank up", "bring",
        "take", "make",
    ),
    "lower": (
        "cut", "reduce", "lower", "slash", "ease", "trim", "halve", "decrease", "scale back",
        "pare", "dial back", "ratchet down", "bring down", "knock", "shave", "wipe",
    ),
    # Go up or down, with the figure as the size or the new level.
    "rise": (
        "rise", "jump", "climb", "grow", "gain", "surge", "soar", "increase", "spike", "rebound",
        "swell", "widen", "accelerate", "expand", "advance", "pick up", "edge up", "tick up",
        "improve", "strengthen", "recover", "balloon", "skyrocket", "rally", "go up", "shoot up",
        "top", "exceed", "surpass", "hit", "reach", "double", "triple", "up",
    ),
    "fall": (
        "fall", "drop", "decline", "shrink", "plunge", "slip", "dip", "contract", "slide",
        "sink", "tumble", "plummet", "narrow", "slow", "ease", "retreat", "shed", "lose",
        "decrease", "crater", "collapse", "slump", "weaken", "deteriorate", "erode", "fade",
        "go down", "edge down", "tick down", "dive", "nosedive", "sag", "shrivel", "evaporate",
        "down", "go from", "slip",
    ),
    "take_effect": (
        "take effect", "come into force", "come into effect", "enter into force", "kick in",
        "go into effect", "go into force", "begin", "start", "apply", "commence", "land",
        "take hold", "bite",
    ),
    "retaliate": (
        "retaliate", "respond", "counter", "answer", "match", "mirror", "reciprocate",
        "strike back", "push back", "fight back", "hit back", "fire back",
    ),
    "say": (
        "say", "estimate", "report", "forecast", "project", "predict", "expect", "find",
        "calculate", "note", "warn", "tell", "write", "add", "argue", "believe", "think",
        "suggest", "show", "indicate", "state", "explain", "point out", "announce", "reveal",
        "observe", "conclude", "anticipate", "reckon", "peg", "declare", "claim", "testify",
        "acknowledge", "model", "highlight", "caution", "publish", "release", "record",
        "tally", "count", "measure", "disclose", "confirm", "insist", "stress", "emphasize",
        "emphasise", "contend", "assert", "maintain", "predict", "calculate", "figure",
        "put", "place", "cite", "quote", "tweet", "post", "assess", "gauge", "compute",
    ),
    # A level that a figure states ("exports totalled $X", "the rate stands at 6.9%").
    "amount": (
        "total", "amount", "stand", "sit", "hover", "remain", "stay", "equal", "represent",
        "account for", "make up", "come in", "end", "finish", "settle", "average", "run",
        "be worth", "value", "peak", "bottom", "level off", "include", "comprise",
    ),
    # What a tariff falls on: "tariffs that would cover $37 billion of U.S. imports".
    "cover": ("cover", "target", "affect", "hit", "encompass", "apply to", "extend to", "span"),
    "employ": ("employ", "hire", "support", "create", "sustain", "staff", "add"),
    "lay_off": ("lay off", "cut", "shed", "eliminate", "lose", "slash", "furlough", "axe",
                "idle", "dismiss", "fire", "let go", "disappear", "vanish", "evaporate", "send home"),
    "export": ("export", "ship", "sell", "send", "supply", "deliver"),
    "import": ("import", "buy", "purchase", "source", "bring in", "receive"),
    "cost": ("cost", "lose", "drain", "hurt", "damage", "wipe", "erase", "shave", "knock",
             "hit", "reduce", "cut", "subtract", "shrink"),
    "collect": ("collect", "generate", "bring in", "rake in", "reap", "yield", "raise", "earn",
                "take in"),
    "produce": ("produce", "manufacture", "build", "assemble", "mine", "smelt", "refine",
                "output", "turn out", "churn out"),
    # Motion that says nothing of the figure: "$3 billion went south", "40% flows to the
    # U.S."; known as verbs so that no phrase reads them as its noun.
    "go": ("go", "flow", "travel", "head south", "head north"),
    # Ask or wish for what the verb they govern names, which is then not done: "urged
    # Ottawa to drop the levy", "wants Washington to impose 10%" (unlike "prompted Ford
    # to suspend the tax", which says it happened).
    "request": ("urge", "ask", "call on", "call for", "press", "want", "demand", "lobby", "pressure",
                "encourage", "petition", "plead", "beg", "implore", "seek", "hope", "consider",
                "weigh", "propose", "wish", "prefer"),
    "fund": ("fund", "subsidize", "subsidise", "provide", "offer", "allocate", "earmark", "commit", "spend", "invest",
             "inject", "pour", "set aside", "budget", "unveil", "announce", "give", "grant",
             "lend", "loan", "pledge", "dedicate", "deploy", "channel", "devote"),
}

# Forms that the regular rules would get wrong: lemma -> (3rd person, past, past
# participle, -ing). Verbs not listed here follow the rules in `extract/inflection.py`.
IRREGULAR = {
    "be": ("is", "was", "been", "being"),
    "bring": ("brings", "brought", "brought", "bringing"),
    "lead": ("leads", "led", "led", "leading"),
    "begin": ("begins", "began", "begun", "beginning"),
    "bear": ("bears", "bore", "borne", "bearing"),
    "buy": ("buys", "bought", "bought", "buying"),
    "come": ("comes", "came", "come", "coming"),
    "cut": ("cuts", "cut", "cut", "cutting"),
    "deal": ("deals", "dealt", "dealt", "dealing"),
    "do": ("does", "did", "done", "doing"),
    "fall": ("falls", "fell", "fallen", "falling"),
    "find": ("finds", "found", "found", "finding"),
    "fight": ("fights", "fought", "fought", "fighting"),
    "fire": ("fires", "fired", "fired", "firing"),
    "forecast": ("forecasts", "forecast", "forecast", "forecasting"),
    "give": ("gives", "gave", "given", "giving"),
    "go": ("goes", "went", "gone", "going"),
    "grow": ("grows", "grew", "grown", "growing"),
    "have": ("has", "had", "had", "having"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "hold": ("holds", "held", "held", "holding"),
    "keep": ("keeps", "kept", "kept", "keeping"),
    "lay": ("lays", "laid", "laid", "laying"),
    "leave": ("leaves", "left", "left", "leaving"),
    "lend": ("lends", "lent", "lent", "lending"),
    "let": ("lets", "let", "let", "letting"),
    "lose": ("loses", "lost", "lost", "losing"),
    "make": ("makes", "made", "made", "making"),
    "pay": ("pays", "paid", "paid", "paying"),
    "put": ("puts", "put", "put", "putting"),
    "rise": ("rises", "rose", "risen", "rising"),
    "run": ("runs", "ran", "run", "running"),
    "say": ("says", "said", "said", "saying"),
    "sell": ("sells", "sold", "sold", "selling"),
    "send": ("sends", "sent", "sent", "sending"),
    "set": ("sets", "set", "set", "setting"),
    "shed": ("sheds", "shed", "shed", "shedding"),
    "shoot": ("shoots", "shot", "shot", "shooting"),
    "show": ("shows", "showed", "shown", "showing"),
    "shrink": ("shrinks", "shrank", "shrunk", "shrinking"),
    "sink": ("sinks", "sank", "sunk", "sinking"),
    "sit": ("sits", "sat", "sat", "sitting"),
    "slide": ("slides", "slid", "slid", "sliding"),
    "spend": ("spends", "spent", "spent", "spending"),
    "stand": ("stands", "stood", "stood", "standing"),
    "strike": ("strikes", "struck", "struck", "striking"),
    "swell": ("swells", "swelled", "swollen", "swelling"),
    "take": ("takes", "took", "taken", "taking"),
    "tell": ("tells", "told", "told", "telling"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "undo": ("undoes", "undid", "undone", "undoing"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "write": ("writes", "wrote", "written", "writing"),
    "dive": ("dives", "dove", "dived", "diving"),
    "shoot up": ("shoots up", "shot up", "shot up", "shooting up"),
    "quit": ("quits", "quit", "quit", "quitting"),
    "upset": ("upsets", "upset", "upset", "upsetting"),
    "wipe": ("wipes", "wiped", "wiped", "wiping"),
    "up": ("ups", "upped", "upped", "upping"),
    "axe": ("axes", "axed", "axed", "axing"),
    "ax": ("axes", "axed", "axed", "axing"),
    "cancel": ("cancels", "cancelled", "canceled", "cancelling"),
    "total": ("totals", "totalled", "totaled", "totalling"),
    "model": ("models", "modelled", "modeled", "modelling"),
    "level off": ("levels off", "levelled off", "leveled off", "levelling off"),
    "signal": ("signals", "signalled", "signaled", "signalling"),
    "channel": ("channels", "channelled", "channeled", "channelling"),
    "label": ("labels", "labelled", "labeled", "labelling"),
    "fuel": ("fuels", "fuelled", "fueled", "fuelling"),
    "travel": ("travels", "travelled", "traveled", "travelling"),
    "commit": ("commits", "committed", "committed", "committing"),
    "benefit": ("benefits", "benefited", "benefited", "benefiting"),
    "target": ("targets", "targeted", "targeted", "targeting"),
    "budget": ("budgets", "budgeted", "budgeted", "budgeting"),
    "visit": ("visits", "visited", "visited", "visiting"),
    "edit": ("edits", "edited", "edited", "editing"),
    "open": ("opens", "opened", "opened", "opening"),
    "happen": ("happens", "happened", "happened", "happening"),
    "widen": ("widens", "widened", "widened", "widening"),
    "weaken": ("weakens", "weakened", "weakened", "weakening"),
    "strengthen": ("strengthens", "strengthened", "strengthened", "strengthening"),
    "threaten": ("threatens", "threatened", "threatened", "threatening"),
    "answer": ("answers", "answered", "answered", "answering"),
    "counter": ("counters", "countered", "countered", "countering"),
    "deliver": ("delivers", "delivered", "delivered", "delivering"),
    "consider": ("considers", "considered", "considered", "considering"),
    "order": ("orders", "ordered", "ordered", "ordering"),
    "offer": ("offers", "offered", "offered", "offering"),
    "enter": ("enters", "entered", "entered", "entering"),
    "suffer": ("suffers", "suffered", "suffered", "suffering"),
    "render": ("renders", "rendered", "rendered", "rendering"),
    "lower": ("lowers", "lowered", "lowered", "lowering"),
    "recover": ("recovers", "recovered", "recovered", "recovering"),
    "deteriorate": ("deteriorates", "deteriorated", "deteriorated", "deteriorating"),
    "hover": ("hovers", "hovered", "hovered", "hovering"),
    "envision": ("envisions", "envisioned", "envisioned", "envisioning"),
    "shelve": ("shelves", "shelved", "shelved", "shelving"),
    "idle": ("idles", "idled", "idled", "idling"),
    "see": ("sees", "saw", "seen", "seeing"),
    "agree": ("agrees", "agreed", "agreed", "agreeing"),
    "lapse": ("lapses", "lapsed", "lapsed", "lapsing"),
}

# Verbs whose subject undergoes them, by lemma and by class: a tariff that "expires" is
# removed, one that "stays" stands and one "set to rise" moves, where one that
# "eliminates" jobs removes nothing of its own.
UNDERGONE = frozenset(("expire", "lapse", "remain", "stay"))
UNDERGONE_CLASSES = frozenset(("rise", "fall"))
# Verbs of cost whose money is a loss, not a change in the measure they name: "could
# cost the economy $45 billion" (where "reduce GDP by 2%" changes it).
LOSS_VERBS = frozenset(("cost", "lose", "drain", "damage", "hurt"))
# Verbs that are adjectives before "to" after a noun: "deposits equal to", "a sum
# equivalent to".
ADJECTIVES_BEFORE_TO = frozenset(("equal", "equivalent"))
