"""Calendar words, relative expressions, and the words that give a date its role.

Phrases as in `grammar.py`: lower case, one space between words, a hyphen or an
apostrophe in the text reads as a space, `*` for any ending.
"""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
SEASONS = ("spring", "summer", "fall", "autumn", "winter")
# Parts of a year or month that open a date ("the end of March", "the fall of 2024").
PARTS = ("end", "start", "beginning", "middle", "latter part", "first half", "second half",
         "first quarter", "second quarter", "third quarter", "fourth quarter", "final quarter")

# Where a date written with words can start: the matcher finds these, the date pattern
# is tried there (dates that start with a digit are found by the pattern alone).
TRIGGERS = (
    tuple(MONTHS) + tuple(WEEKDAYS) + SEASONS
    + ("early", "mid", "late")
    + tuple(f"{the}{part} of" for the in ("", "the ") for part in PARTS)
    + tuple(f"the {s}" for s in SEASONS)
)

# Words before a lone month name that make it a date: "in May", "an August deadline".
# "May" and "March" are also a verb; alone they need one of these.
MONTH_LEADS = (
    "in", "by", "since", "until", "till", "from", "through", "to", "of", "last", "next",
    "this", "early", "mid", "mid-", "late", "end of", "start of", "beginning of",
    "an", "a", "the", "on", "before", "after", "during", "between", "and", "or",
    "each", "every", "as of", "starting", "ahead of", "around", "throughout", "for",
    "as early as", "into", "late as",
)

# Relative expressions and what they mean: (unit, offset) from the publication date.
RELATIVE = {
    "today": ("day", 0), "tonight": ("day", 0), "this morning": ("day", 0),
    "this afternoon": ("day", 0), "this evening": ("day", 0),
    "yesterday": ("day", -1), "tomorrow": ("day", 1),
    "this week": ("week", 0), "last week": ("week", -1), "next week": ("week", 1),
    "earlier this week": ("week", 0), "later this week": ("week", 0),
    "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "earlier this month": ("month", 0), "later this month": ("month", 0),
    "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
    "earlier this year": ("year", 0), "later this year": ("year", 0),
    "a year earlier": ("year", -1),
    # (the end of the year is its December, a month no offset names: the guidelines' "year-end")
    "the end of the month": ("month", 0), "the end of this month": ("month", 0), "month end": ("month", 0),
}
# "last quarter", "next spring": a time that follows an amount ends its noun phrase
# ("cost the firm $40 million last quarter"), whether or not it is a date.
TIME_OPENERS = ("last", "next", "this", "past", "previous", "coming")
TIME_UNITS = ("week", "weekend", "month", "quarter", "year", "spring", "summer", "fall", "autumn",
              "winter", "season", "decade")
# "two years ago", "a decade ago": a count of units before the publication date.
COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}
COUNTS.update({str(n): n for n in range(1, 61)})
AGO_UNITS = {"day": ("day", 1), "week": ("week", 1), "month": ("month", 1),
             "year": ("year", 1), "decade": ("year", 10)}
# "last August", "next spring": a month or a season named from the publication date.
MONTH_SHIFTS = {"last": -1, "next": 1, "this": 0, "earlier this": 0, "later this": 0,
                "this past": -1, "this coming": 1}


# -- roles -----------------------------------------------------------------------------
# The role a date has (guidelines: deadline, effective, announcement, meeting, review,
# reference) is read from the words around it (`extract/rules/date_role.py`).

# Words right before a date that say what it is: "by Aug. 1", "since 2018",
# "starting Oct. 14", "a notice dated March 8".
LEADS = {
    "deadline": ("until", "till", "no later than", "not later than"),
    # a time limit, unless the clause looks back ("by April, Ottawa had collected ...")
    "by": ("by",),
    "effective": ("starting", "starting on", "starting from", "starting in", "beginning",
                  "beginning on", "beginning in", "effective", "effective on",
                  "effective from", "as of", "retroactive to", "retroactively to",
                  "in effect from", "in force from"),
    "reference": ("since", "dating to", "dating back to", "dates back to", "date back to",
                  "as far back as", "going back to", "back to"),
    "announcement": ("dated",),
}

# Nouns a date names the time of: "the July 1 deadline", "Tuesday's meeting", "a 2026
# review", "talks in January". A longer phrase wins over a word inside it: "news
# conference" is an announcement, "Conference Board" is nothing a date happens in.
NOUNS = {
    "deadline": ("deadline", "deadlines", "ultimatum", "cut off", "cutoff", "due date",
                 "time limit", "expiry", "expiration"),
    "review": ("review", "reviews", "joint review", "renewal", "renegotiation", "sunset clause",
               "sunset review"),
    "meeting": ("meeting", "meetings", "summit", "summits", "talks", "visit", "visits", "trip",
                "trips", "convention", "conference", "gathering", "hearing", "hearings", "discussion", "discussions", "sit down", "negotiating session",
                "round of talks", "negotiations", "round of negotiations", "bilateral", "g7 summit", "forum", "retreat", "phone call"),
    "announcement": ("announcement", "announcements", "statement", "statements", "notice",
                     "consultation", "consultations", "public consultations",
                     "release", "press release", "news release", "report", "reports",
                     "news conference", "press conference", "proclamation", "executive order",
                     "decision", "ruling", "determination", "declaration", "letter",
                     "fall economic statement", "economic statement", "speech", "address",
                     "post"),
    # named things that hold a meeting word and are no event
    "reference": ("conference board", "board of trade", "chamber of commerce",
                  "conference board of canada", "conference call"),
}

# Verbs whose time a date gives, lemmas (forms are generated, `extract/inflection.py`):
# each role's own words, and the classes of `verbs.VERBS` it also reads (`VERB_CLASSES`).
VERB_CLASSES = {
    "measure": ("levy", "raise", "lower", "remove", "delay", "rise", "fall", "retaliate", "collect"),
}
# Words of those classes that date nothing: "comes up for renewal in 2026".
NOT_TIMED = ("up", "down")
VERBS = {
    # a measure takes effect, whatever its subject
    "effective": ("take effect", "come into force", "come into effect", "go into effect",
                  "go into force", "enter into force", "kick in", "become effective",
                  "take hold", "go live"),
    # a measure is put in place, changed or lifted: effective where the verb's subject or
    # object names a measure ("were raised to 35 per cent on Aug. 1")
    "measure": ("adjust", "broaden", "be subject to"),
    "announcement": ("announce", "unveil", "sign", "proclaim", "declare", "issue", "publish",
                     "release", "report", "launch", "post", "threaten", "vow", "pledge",
                     "promise", "reveal", "order", "direct", "decide", "approve", "rule",
                     "table", "notify", "inform", "tweet", "confirm", "outline",
                     "propose", "file", "initiate", "reiterate"),
    "meeting": ("meet", "visit", "host", "travel", "convene", "gather", "huddle", "confer",
                "sit down", "hold talks", "discuss", "fly", "testify", "hear"),
    "review": ("review", "renegotiate", "re examine", "reexamine", "revisit", "reassess",
               "come up for review", "come up for renewal", "be up for review",
               "be up for renewal", "renew"),
    "deadline": ("submit", "expire", "lapse", "be due", "come due", "fall due", "run out"),
    # light verbs: their object says what happens ("held an emergency meeting", "made
    # the announcement", "set a deadline")
    "light": ("hold", "make", "give", "attend", "call", "set", "arrange", "plan",
              "join", "deliver", "convene", "organize", "organise"),
    # the subject says what starts then: "talks begin in January", "the review starts
    # next year", "the tariffs begin Tuesday"
    "begin": ("begin", "start", "commence", "open", "kick off", "resume", "take place",
              "get under way", "get underway", "schedule", "slate", "happen", "occur", "expect"),
    # the subject says what ends then; a measure that ends meets its deadline
    "end": ("end", "conclude", "wrap up", "close", "run through", "last until"),
    # common verbs with no role of their own: a date after one dates it, not a verb
    # further back ("exports went into the country duty-free in June")
    "none": ("go", "come", "see", "become", "seem", "continue", "return", "try", "work", "ask",
             "help", "get", "use", "lead", "send", "sell", "buy", "win", "lose", "spend", "pass",
             "vote", "warn", "say", "tell", "note", "argue", "add", "write", "speak"),
}
# Forms the regular rules get wrong, besides those in `verbs.IRREGULAR`.
IRREGULAR = {
    "meet": ("meets", "met", "met", "meeting"),
    "submit": ("submits", "submitted", "submitted", "submitting"),
    "defer": ("defers", "deferred", "deferred", "deferring"),
    "occur": ("occurs", "occurred", "occurred", "occurring"),
    "confer": ("confers", "conferred", "conferred", "conferring"),
    "fly": ("flies", "flew", "flown", "flying"),
    "hear": ("hears", "heard", "heard", "hearing"),
    "become": ("becomes", "became", "become", "becoming"),
    "get": ("gets", "got", "gotten", "getting"),
    "lead": ("leads", "led", "led", "leading"),
    "win": ("wins", "won", "won", "winning"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "be subject to": ("is subject to", "was subject to", "been subject to", "being subject to"),
    "be due": ("is due", "was due", "been due", "being due"),
    "be up for review": ("is up for review", "was up for review", "been up for review",
                         "being up for review"),
    "be up for renewal": ("is up for renewal", "was up for renewal", "been up for renewal",
                          "being up for renewal"),
}
# Plural forms of "be" the generated forms leave out.
PLURAL_BE = {"be subject to": ("are subject to", "were subject to"), "be due": ("are due", "were due"),
             "be up for review": ("are up for review", "were up for review"),
             "be up for renewal": ("are up for renewal", "were up for renewal")}

# A state a measure is in since a date: "in force since July 1, 2020".
STATES = ("in force", "in effect", "in place", "into force", "into effect")
# Things a measure can be besides a tariff ("the policy took effect").
MEASURES = ("policy", "policies", "ban", "bans", "quota", "quotas", "restriction", "restrictions",
            "exemption", "exemptions", "measure", "measures", "countermeasure", "countermeasures",
            "sanction", "sanctions", "embargo", "pause", "reprieve")
# What one meets that is no meeting: "imports meeting the rules of origin".
UNMET = ("criteria", "criterion", "requirement", "requirements", "rule", "rules", "standard",
         "standards", "demand", "demands", "target", "targets", "goal", "goals", "expectation",
         "expectations", "condition", "conditions", "deadline", "obligation", "obligations",
         "threshold", "thresholds", "need", "needs", "quota", "quotas", "test")
# Nouns of figures a month can classify: "May trade data" are about a May already past
# when they come out, whatever the tense of their release.
DATA_NOUNS = ("data", "figures", "numbers", "statistics", "report", "release", "reading", "trade",
              "jobs", "exports", "imports", "sales", "survey")
# Words after a capitalised "May" that make it the verb ("Prices May rise"), where a
# headline leaves the next word in lower case.
MODAL_FOLLOWERS = ("rise", "fall", "hit", "come", "go", "end", "stay", "drop", "climb", "face",
                   "need", "take", "see", "get", "have", "also", "still", "soon", "well", "not",
                   "never", "even", "only", "just", "yet", "cost", "hurt", "lose", "force", "lead",
                   "push", "send", "slow", "shrink", "grow", "decline", "increase", "raise", "cut",
                   "impose", "retaliate", "respond", "apply", "last", "help", "make", "mean",
                   "affect", "change", "follow", "become", "remain", "continue", "want", "try")
# Nouns whose "of" phrase names what they are part of: "the first round of talks begins"
# is the talks' time; "consultations on the review close" is not the review's.
PARTITIVES = ("round", "rounds", "series", "start", "part", "phase", "stage", "rest", "end", "first",
              "second", "third", "last", "latest", "next", "new", "final")
