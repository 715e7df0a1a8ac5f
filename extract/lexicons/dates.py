"""Calendar words, relative expressions and the cues that give a date its role."""

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

# Words before a lone month name that make it a date: "in May", "an August deadline".
# "May" and "March" are also a verb; alone they need one of these.
MONTH_LEADS = (
    "in", "by", "since", "until", "till", "from", "through", "to", "of", "last", "next",
    "this", "early", "mid", "mid-", "late", "end of", "start of", "beginning of",
    "an", "a", "the", "on", "before", "after", "during", "between", "and", "or",
    "each", "every", "as of", "starting", "ahead of", "around", "throughout",
)

# Relative expressions and what they mean: (unit, offset). The value needs the
# article's publication date.
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
    "a year ago": ("year", -1), "a year earlier": ("year", -1),
    "a month ago": ("month", -1), "a week ago": ("week", -1),
}

# Role cues, nearest to the date wins (see dates.py). Each is a regular expression
# over lower-cased text.
ROLE_CUES = {
    "deadline": (
        r"deadlines?", r"\bdue\b", r"no later than", r"expir\w*", r"\bsubmit\w*",
        r"(?:first|final) payment", r"\bultimatum", r"cut-?off", r"time ?limit",
    ),
    "effective": (
        r"take[sn]? effect", r"took effect", r"tak\w+ effect", r"(?:came|come|comes|coming) into (?:effect|force)",
        r"in effect", r"in force", r"\beffective\b", r"\bas of\b", r"\bstarting\b", r"kick(?:s|ed)? in",
        r"(?:will|to) apply", r"\bapplied\b", r"\bimplemented\b", r"\bimposed\b", r"\bimposes\b",
        r"\bretroactive\b", r"\bbegins? (?:collecting|charging)", r"\benforce\w*", r"\blevied\b",
        r"\bplanned\b", r"go(?:es)? into effect", r"went into effect",
        r"\bincreas\w+ (?:rates|tariffs)", r"\bslapped\b", r"\bremoved\b", r"\blifted\b",
        r"\bscrapped\b", r"\brescinded\b",
    ),
    "announcement": (
        r"\bannounc\w*", r"\bunveil\w*", r"\bstatement\b", r"\bnotice\b", r"\bdated\b",
        r"\bsigned\b", r"\bposted\b", r"\bdeclared?\b", r"\breleased?\b", r"\breport\b",
        r"\bpublished\b", r"\blaunch\w*", r"\bproclaim\w*", r"\bunveiled\b",
        r"\brevealed\b", r"\bconfirmed\b", r"\bruling\b", r"\bdecision\b", r"\bthreatened\b",
        r"\bvowed\b", r"\bpledged\b", r"\bconsultations?\b", r"\bnews conference\b",
    ),
    "meeting": (
        r"\bmeet\w*", r"\bmet\b", r"\bvisit\w*", r"\bsummit\w*", r"\btalks\b", r"\btrip\b",
        r"\bconvention\b", r"\bconference\b", r"\bsit down\b", r"\bgathering\b",
        r"oval office", r"white house", r"\bwent to\b", r"\btravel\w*",
    ),
    "review": (
        r"\breview\b", r"\brenewal\b", r"\brenegotiat\w*", r"\bsunset\b", r"\bup for\b",
        r"joint review", r"\bre-?examin\w*",
    ),
}

# A year before a noun modifies it ("2024 levels", "the 2026 review"): the date takes the
# role only when the noun is one of these.
ADJECTIVE_ROLES = {"review": "review", "renewal": "review", "deadline": "deadline",
                   "talks": "meeting", "summit": "meeting", "meeting": "meeting"}
