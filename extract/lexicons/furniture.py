"""Page furniture: lines of a page that are not the article.

Regular expressions matched against a whole line (stripped), case-insensitively.
"""

# A line that is furniture by itself.
LINES = (
    r"(?:also read|read also|read more|related|recommended|more from|see also|must read|don['’]t miss)\b.*",
    r"sign ?up (?:for|to) (?:our|the) .*newsletters?.*", r"subscribe (?:to|now|for)\b.*",
    r".*\bnewsletters?\b.*(?:sign up|subscribe|inbox).*", r"get the latest .* (?:in|to) your inbox.*",
    r"leave a (?:reply|comment).*", r"your email address will not be published.*",
    r"required fields are marked.*", r"(?:post|submit) (?:a )?comment.*", r"comments?(?: \(\d+\))?",
    r"[×✕✖]", r"share(?: this)?(?: article| story)?:?", r"share on (?:facebook|twitter|x|linkedin|whatsapp|email).*",
    r"click to (?:share|print|email).*", r"(?:tweet|email|print|whatsapp|linkedin|facebook|reddit)",
    r"advertisement(?: \d+)?", r"story continues below(?: advertisement)?", r"article content",
    r"skip to (?:main )?content", r"copy (?:section|link)", r"menu", r"(?:\d+ )?min(?:ute)? read",
    r"trending(?: now)?:?", r"most (?:read|popular|viewed):?", r"published:?", r"updated:?",
    r"connect with .*:", r"follow (?:us|me) on .*", r"(?:photo|image|video|credit|source|file photo)s?:.*",
    r"\((?:[\w ]+ )?(?:file )?(?:image|photo|photograph)\)", r"\[.*(?:via wikimedia|cc by|creative commons|photo|image).*\]",
    r"!\[[^\]]*\]\([^)]*\)", r"<img\b.*", r"\{\{.*\}\}.*", r".*\{\{[^}]*\}\}.*", r"@\{\{.*",
    r"(?:[PDM]|OOP|ADUNIT|T)\[[^\]]*\](?:\s+\S+\[[^\]]*\])*", r"document\.write\(.*\);?",
    r"(?:var|let|const|function)\b.*[;{(].*", r"[‘’'\"]?;", r"[{}()\[\];/\\|]+",
    r"-?\d+(?:\.\d+)?\s?°?\s?[CF]", r"(?:by|written by)\s*", r"(?:by )?the canadian press",
    r"(?:\d+ )?(?:shares?|views?|comments?)", r"(?:previous|next) (?:article|story|post).*",
    r"(?:back to top|top of page|print this page|listen to this article).*",
    r"(?:watch|listen)(?: now)?:.*", r"this (?:article|story) (?:was|is) (?:produced|written|updated).*",
    r"(?:image|photo) (?:courtesy|credit|by) .*", r"getty images.*", r"\(?(?:reuters|ap|afp|bloomberg) (?:photo|file)\)?.*",
    r"[\w .'-]{2,40} / (?:the canadian press|getty images|reuters|ap|afp|bloomberg).*",
    r".{0,160}\b(?:image|photo|photograph|credit)s?:\s.{0,80}",
    r"(?:photo|image|slide|picture)\s+\d+\s+(?:of|/)\s+\d+.*",
    r".*\b(?:tsx|s&p(?: 500)?|dow(?: jones)?|nasdaq|cad/usd|usd/cad|wti|brent)\b.*[(|].*[+-]\d.*",
    r"(?:published|updated|posted)\s+\d+\s+\w+\s+ago.*", r".*\((?:[\w ]+ )?file (?:image|photo)\)",
    r"by\s+[^.]{2,60}", r"date \d{4}-\d\d-\d\d",
)
# A caption ends with a credit glued to it: "... on June 26, 2024.Amber Bracken/The Globe and Mail".
CAPTION_CREDIT = r"[.!?]\s?[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s?/\s?(?:The |the )?[A-Z][\w .&'-]+$"
# Lines that open a "related links" box: the marker and the headline after it go.
RELATED_MARKERS = (
    r"(?:also read|read also|related(?: stories| articles| coverage)?|recommended(?: for you)?|more from .*|read more|see also|you may also like|trending now|most read)\s*:?",
)
