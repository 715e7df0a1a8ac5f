"""Where a tariff rate stands: in effect, announced (set, not yet in force),
threatened (proposed, hypothetical) or removed.

Read from the words that govern the rate: an adjective in its own phrase ("the former
25% tariff"), a noun it hangs on ("the threat of 25% tariffs"), then the verb and the
verbs that govern it ("threatened to raise ... to 45%", "will impose", "paused the
increase to 25%"), its mood, a start date after publication; then the same rate named
earlier in the article.
"""

from tradefigures.extract.engine import Rule

DONE = "past/perfect/present/participle/gerund"

RULES = (
    Rule("an adjective that says", "phrase", ("before_phrase=status_adj",), "@", 10,
         examples=("The former 25% tariff was a blunt tool.",)),
    Rule("a noun the rate is of", "phrase", ("head=status_noun",), "@", 9.5,
         examples=("Cheese makers face a 200% tariff threat.",)),
    Rule("the rate before, said so after it", "phrase", ("other_rate", "after_superseded"), "removed", 9.2,
         examples=("The duty on pork rose to 12%, against 8% previously.",)),
    Rule("replaced by a newer rate", "phrase", ("before_phrase=superseded", "other_rate"), "removed", 9,
         examples=("The initial 25% tariff gave way to a hike to 50%.",)),
    Rule("a noun that governs", "lead", ("lead=of/for/to/on/from:status_noun",), "@", 10,
         examples=("The threat of 25% tariffs hangs over Ontario.",)),
    Rule("an adjective on what it hangs on", "lead", ("lead=of/to:status_adj",), "@", 9,
         examples=("Trump paused a promised increase of 30 per cent in the tariff on cabinets.",)),
    # the verb
    Rule("the rate a removal puts in", "verb", ("chain=remove", "lead=by"), "announced", 14,
         examples=("The 50% tariffs on wood are to be replaced by 10% rates.",)),
    Rule("an increase paused", "verb", ("chain=remove", "target"), "announced", 13,
         examples=("The White House paused the increase of the tariff to 25%.",)),
    Rule("held until a time past", "verb", ("ended_until",), "removed", 12.5,
         examples=("Until May, exporters paid a 25% tariff on cheese.",)),
    Rule("kept as it stands", "verb", ("chain=keep", "!negated", "!target"), "in_effect", 12.2,
         examples=("Ottawa would keep its 25% duties on U.S. boats until talks end.",)),
    Rule("a condition", "verb", ("conditional",), "threatened", 12,
         examples=("If Ottawa retaliates with 25% duties, Washington will respond.",)),
    Rule("put off", "verb", ("chain=delay", "!negated"), "announced", 11.1,
         examples=("A 10% duty on Canadian energy, set to begin in March, was postponed.",)),
    Rule("not moved", "verb", ("chain=raise/lower/remove", "negated", "!target", "!target=from"), "in_effect", 11.05,
         examples=("Trump said he would not raise the 35% tariff for now.",)),
    Rule("removed", "verb", ("chain=remove", "!negated"), "removed", 11,
         examples=("Ottawa dropped its 25 per cent retaliatory tariffs on Sept. 1.",)),
    Rule("moved since", "verb", ("superseded_later",), "removed", 10.8,
         examples=("Trump put 25% tariffs on steel in March, raising them to 50% in June.",)),
    Rule("the old rate of a change done", "verb", ("target=from", "chain=raise/lower/rise/fall", "chain_mood=" + DONE),
         "removed", 10.5, examples=("In June the duty was lowered from 50 per cent.",)),
    Rule("the rate a pending change starts from", "verb", ("target=from", "chain=raise/lower/rise/fall"), "in_effect", 10.4,
         examples=("China agreed to reduce its tariff from 84% to 15% by March 1.",)),
    Rule("the rate a change starts from", "verb", ("chain=raise/lower", "!target", "!target=from", "moved_later"),
         "in_effect", 10.3, examples=("Canada will cut its 100% tariff on Chinese EVs to 6.1%.",)),
    Rule("avoided", "verb", ("chain=avoid", "!negated"), "threatened", 10.1,
         examples=("Mexico avoided the 30% tariff after striking a deal.",)),
    Rule("threatened", "verb", ("chain=threaten",), "threatened", 10,
         examples=("Trump threatened to raise the levy on Canadian goods to 45 per cent.",)),
    Rule("at once", "verb", ("chain_mood=future", "at_once"), "in_effect", 9.8,
         examples=("Canada will apply 25% tariffs on $30 billion of goods immediately.",)),
    Rule("what a decision does", "verb", ("chain_mood=conditional/future/present", "decision_subject"), "announced", 9.5,
         examples=("The executive order would place 25 per cent tariffs on cars next week.",)),
    Rule("what a described finding does", "verb", ("chain_mood=conditional", "host_status"), "@", 9.3,
         examples=("The agency issued a preliminary finding that would raise the duty rate to 12.5%.",)),
    Rule("what was planned", "verb", ("chain_mood=conditional", "host=announce"), "announced", 9.2,
         examples=("Trump unveiled a 25% tariff on imports except oil, which would face 10%.",)),
    Rule("a start said to be ahead", "verb", ("reported_would", "starts_on"), "announced", 9.1,
         examples=("The minister said Ottawa would impose a 25% duty on U.S. boats starting Aug. 1, 2099.",)),
    Rule("hypothetical", "verb", ("chain_mood=conditional",), "threatened", 9,
         examples=("A 25% tariff could wipe out growth.",)),
    Rule("ahead", "verb", ("chain_mood=future",), "announced", 8,
         examples=("China will impose a 100 per cent duty on canola oil.",)),
    Rule("announced", "verb", ("chain=announce",), "announced", 7,
         examples=("Trump announced a new 35% tariff on Canadian imports.",)),
    Rule("starts after publication", "verb", ("starts_on",), "announced", 6,
         examples=("Lumber faces a 10% tariff starting Oct. 14.",)),
    Rule("an item of a plan", "verb", ("plan_list",), "announced", 5.5),
    Rule("in force", "verb", ("chain=levy/face/raise/lower/take_effect/retaliate/collect/amount", "chain_mood=past/perfect"),
         "in_effect", 5, examples=("Ontario imposed a 25% surcharge on power exports.",)),
    Rule("in force now", "verb", ("chain=levy/face/collect/amount", "chain_mood=present", "!negated"),
         "in_effect", 4.5, examples=("Washington charges a 25% duty on Canadian steel.",)),
    Rule("what its own relative clause says", "verb", ("relative_status",), "@", 3.9,
         examples=("Farmers brace for a 30% duty that could start in spring.",)),
    Rule("the same rate as before", "article", ("same_rate",), "@", 10),
)
