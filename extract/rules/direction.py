"""Who levies a tariff rate on whom (ISO 3166 alpha-2; "*" every country).

`applied_to` is read first: what the tariff falls on ("on Canadian goods", "on imports
from Mexico"), the country a verb hits with it, the subject that faces or pays it, a
country "at" a rate. Then `imposed_by`: "imposed by X", a possessive ("Trump's 35%
tariffs", "its own duties"), a country before the tariff ("U.S. tariffs"), the subject of
the verb that levies it, a counter-measure (Canada's, in this dispute). Where the text
names only one side, the other is the dispute's: the side the article's own tariffs are
levied by, the other side of the target, the tariff spoken of just before.
"""

from tradefigures.extract.engine import Rule

LEVYING = "levy/announce/threaten/raise/lower/retaliate/remove/take_effect/collect"
GLOBAL_SECTORS = "steel/aluminum/autos/trucks/copper/lumber/furniture"

APPLIED_TO = (
    Rule("what the one who retaliates answers", "lead", ("retaliation_target",), "@", 11,
         examples=("Mexico vowed to retaliate against the 30% levy.",)),
    Rule("what a response answers", "lead", ("answered_by",), "@", 11.5,
         examples=("Canada's response to the 35 per cent tariff included a relief fund.",)),
    Rule("what it falls on", "object", ("target_object",), "@", 10,
         examples=("The U.S. charges a 50% duty on Canadian steel.",)),
    Rule("a country at a rate", "lead", ("lead=at", "actor_in_lead"), "@", 10,
         examples=("Tariff caps hold Britain at 10% and Japan at 15%.",)),
    Rule("the country a verb hits", "verb", ("hit_object",), "@", 10,
         examples=("Trump threatened Canada and Mexico with duties of 25%.",)),
    Rule("the subject of a levy in the passive", "verb", ("passive_target=" + LEVYING + "/cover",), "@", 9.6,
         examples=("Brazil was slapped with a 50% duty in July.",)),
    Rule("the one that faces it", "verb", ("payer_subject",), "@", 9,
         examples=("Mexico faces a 25% levy on steel.",)),
    Rule("the subject that gets it", "verb", ("subject_target",), "@", 8.5,
         examples=("Japan and the EU each negotiated a 15% baseline tariff with Washington.",)),
    Rule("goods named in the clause", "clause", ("clause_target",), "@", 10),
    Rule("the other side of a deal with the U.S.", "clause", ("between_countries",), "@", 9.5,
         examples=("A 15% tariff deal between Washington and Seoul was signed.",)),
    Rule("goods named with their country", "clause", ("goods_adjective",), "@", 9,
         examples=("The deal lets Chinese electric vehicles into Canada at a tariff rate of 6.1%.",)),
)

IMPOSED_BY = (
    Rule("a possessive", "phrase", ("possessor",), "@", 10,
         examples=("Washington's 35% tariff falls on most goods.",)),
    Rule("named before it", "phrase", ("actor_before",), "@", 9,
         examples=("U.S. tariffs of 50% on steel apply to every country.",)),
    Rule("the subject of its own relative clause", "phrase", ("relative_levier",), "@", 9.5,
         examples=("Growers still pay the 100% tariff China placed on canola oil.",)),
    Rule("imposed by", "verb", ("passive_agent",), "@", 11,
         examples=("A 25% duty imposed by Ottawa hit U.S. whiskey.",)),
    Rule("a tariff from its levier", "object", ("levier_from",), "@", 10.5,
         examples=("Mexico faces a 30% tariff from Washington.",)),
    Rule("where the goods go", "object", ("importer",), "@", 10,
         examples=("China put a 100% tariff on imports of canola oil to China.",)),
    Rule("the subject that levies it", "verb", ("subject_actor=" + LEVYING,), "@", 10,
         examples=("China will impose a 100 per cent duty on canola oil.",)),
    Rule("the one behind a plan", "verb", ("plan_actor",), "@", 9),
    Rule("a counter-measure on the U.S.", "clause", ("retaliation", "applied=US"), "CA", 10,
         examples=("A 25 per cent counter-tariff on U.S. goods took effect.",)),
    Rule("a rate on the U.S. its reporter levies", "sentence", ("applied=US", "speaker_country"), "@", 8,
         examples=("Mexico's economy ministry said a 30% duty on U.S. pork was under review.",)),
    Rule("the same rate before", "article", ("same_rate_direction=imposed_by",), "@", 12,
         examples=("Beijing put a 75.8% duty on canola seed. Growers fear the 75.8% tariff will last.",)),
    Rule("the article's usual levier", "article", ("article_imposer",), "@", 11),
    Rule("on any but the U.S. or China", "article", ("applied=any", "!applied=US/CN"), "US", 10,
         examples=("Britain secured a 10% rate on its steel exports.",)),
    Rule("on the U.S. or China", "article", ("applied=US/CN",), "CA", 9),
    Rule("as the tariff before", "article", ("recent_direction=imposed_by",), "@", 8),
    Rule("a counter-measure", "article", ("retaliation",), "CA", 7),
)

# What the side a tariff is levied on is, when the text names only who levies it.
DEFAULT_TARGETS = {"US": "CA", "CA": "US", "CN": "CA", "MX": "CA", "JP": "CA", "IN": "CA", "EU": "CA", "GB": "CA"}
