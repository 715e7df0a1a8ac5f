"""Function words: what the structure of a sentence is read from.

Phrases are lower case, words separated by one space; a hyphen or an apostrophe in the
text reads as a space ("won't" is "won t"). A final `*` matches any word that begins so;
a leading `'` only a word right after an apostrophe ("'s" in "it's", not the S of "U.S.").
"""

DETERMINERS = (
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "some", "any", "each", "every", "another", "no", "such", "both",
)
# Determiners that refer back to what was named before: "the 25% tariff" is one the
# reader knows, "a 25% tariff" a new one.
DEFINITE = ("the", "this", "that", "these", "those")
# Words that open a prepositional phrase: they end the noun phrase before them.
PREPOSITIONS = (
    "of", "on", "in", "at", "to", "from", "by", "for", "with", "into", "against", "over",
    "under", "above", "below", "between", "through", "across", "after", "before", "since",
    "until", "during", "including", "per", "via", "among", "toward", "towards", "onto",
    "upon", "amid", "despite", "like", "than", "within", "without", "off", "beyond",
    "throughout", "except", "excluding", "versus", "vs", "about", "around", "near", "behind",
    "along", "beside", "besides", "inside", "outside", "unlike", "regarding", "following",
    "ahead of", "due to", "because of", "according to", "as well as", "in addition to",
    "instead of", "rather than", "such as", "on top of", "in response to", "as part of",
    "thanks to", "worth",
)
# Prepositions that open a circumstance, not an argument of the verb: in "pledged $2
# billion in the face of Trump's 25% tariffs" the tariff is not what was pledged.
ADJUNCTS = ("in the face of", "amid", "amidst", "despite", "in spite of", "because of", "due to",
            "in response to", "in retaliation for", "in light of", "on the heels of",
            "in the wake of", "against the backdrop of", "as a result of", "thanks to",
            "regardless of", "notwithstanding")
CONJUNCTIONS = ("and", "or", "but", "nor", "plus", "yet")
# Words that open a subordinate clause.
SUBORDINATORS = (
    "if", "unless", "while", "whereas", "although", "though", "because", "when", "whenever",
    "once", "even as", "even though", "even if", "so that", "as long as", "as soon as",
    "given that", "now that", "provided that", "in case", "whether",
)
# Words that open a condition: what follows them has not happened.
CONDITIONS = ("if", "unless", "until", "should", "were", "once", "provided", "as long as", "in case",
              "whether")
# Conditions that a clause next to them depends on ("... if talks fail", "unless it acts").
IF_CONDITIONS = ("if", "unless")
# Prepositions that open a condition: "Without a deal, the levy will climb to 45%".
CONDITION_PREPOSITIONS = ("without", "absent", "barring", "failing")
RELATIVES = ("which", "who", "whom", "whose", "where")
# Object pronouns that stand for a noun named before ("raised them", "then suspended it").
OBJECT_PRONOUNS = ("it", "them")
# Particles of phrasal verbs: right after a verb they are part of it ("drawn up").
PARTICLES = ("up", "down", "off", "out")
# Subject pronouns, and the words that stand where one would: no noun a figure is about,
# and no word a date could classify ("today we are announcing").
SUBJECT_PRONOUNS = ("i", "we", "you", "he", "she", "it", "they")
PRONOUNS = frozenset(SUBJECT_PRONOUNS + ("there", "this", "that", "these", "those", "who", "which"))
# Of those, the ones that stand for a thing named just before ("It was lifted in June").
THING_PRONOUNS = ("it", "they")
# Marks that open a list's line ("- 35%: ...", "• Implementing a 25% tariff").
BULLETS = ("•", "-", "*", "·", "–")
# What divides a table's cells in text taken from a page ("Steel | 50% | June 4").
TABLE_CELL = " | "
# Forms of "be", "have" and "do" as auxiliaries, with the tense each marks.
AUXILIARIES = {
    "be_present": ("is", "are", "am", "'s", "'re"),
    "be_past": ("was", "were"),
    "be_base": ("be",),
    "be_participle": ("been",),
    "be_gerund": ("being",),
    "have_present": ("has", "have", "'ve"),
    "have_past": ("had",),
    "have_gerund": ("having",),
    "do_present": ("does", "do"),
    "do_past": ("did",),
}
# Modal verbs by the mood they give the verb they govern.
MODALS = {
    "future": ("will", "'ll", "shall", "won t"),
    "conditional": ("would", "could", "might", "may", "should", "ought to"),
    # ability and necessity say nothing of whether a measure stands: "we can't ship at 50%"
    "ability": ("can", "cannot", "can t", "must", "couldn t"),
}
NEGATIONS = (
    "not", "never", "no longer", "didn t", "won t", "doesn t", "don t", "isn t", "aren t",
    "wasn t", "weren t", "hasn t", "haven t", "hadn t", "couldn t", "wouldn t", "shouldn t",
    "can t", "cannot", "neither",
)
# Adverbs that may stand inside a verb group ("has also imposed", "will now face").
VERB_ADVERBS = (
    "also", "now", "already", "still", "just", "only", "then", "recently", "previously", "yet",
    "quickly", "officially", "formally", "effectively", "immediately", "again", "further",
    "currently", "reportedly", "initially", "eventually", "soon", "later", "even", "actually",
    "largely", "mostly", "partly", "fully", "briefly", "first", "finally", "originally",
    "temporarily", "permanently", "potentially", "likely", "probably", "ultimately", "once",
    "abruptly", "suddenly", "swiftly", "promptly", "since", "ever", "so far", "far",
    "repeatedly", "continually", "dramatically", "sharply", "significantly", "slightly",
)
# "is set to", "plans to": the verb they govern lies ahead, and how sure it is.
PROSPECTIVE = {
    "scheduled": ("set to", "slated to", "scheduled to", "due to", "poised to", "about to",
                  "expected to", "going to", "gonna", "set for", "slated for", "scheduled for",
                  "on track to", "on course to", "ready to", "preparing to", "prepared to", "poised for"),
    "intended": ("plans to", "plan to", "planned to", "planning to", "intends to", "intend to",
                 "intended to", "intending to", "aims to", "aim to", "aiming to", "wants to",
                 "want to", "wanted to", "seeks to", "seek to", "seeking to", "looking to",
                 "hopes to", "hope to", "moving to", "moved to", "moves to"),
}
