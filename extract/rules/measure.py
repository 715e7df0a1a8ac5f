"""What a figure is about: a tariff rate, one of the measures of the guidelines, or
neither. The kind follows from it and the unit (`KINDS`).

Read from the figure outward: its own phrase ("a 25% tariff", "75% of exports", "a $2
billion relief fund"), what it hangs on ("tariffs of 25%", "counter-tariffs on $30
billion"), its verb ("exports fell 4.2%", "cut its key rate to 4.25%", "laid off 900
workers"), then its clause, sentence and paragraph.
"""

from tradefigures.extract.engine import Rule

TARIFF = "tariff"
# An economic rate or change that no measure of the guidelines names.
INDICATOR = "indicator"
# What the `measure` column says for a topic that is no measure of its own.
MEASURE_OF = {"stock": "price", INDICATOR: None}

RULES = (
    # the figure's own phrase
    Rule("named again", "phrase", ("same_as_before",), "@", 12,
         examples=("The 35% tariff took effect in August. That 35% measure hit steel.",)),
    Rule("a price per unit", "phrase", ("unit=currency", "per_unit=price"), "price", 11,
         examples=("Steel sold for $950 a ton.",)),
    Rule("tariff noun after a rate", "phrase", ("unit=percent", "head=tariff"), TARIFF, 10,
         examples=("Ottawa keeps its 25% counter-tariff on U.S. steel.",)),
    Rule("tariff noun inside the phrase", "phrase", ("unit=percent", "phrase_noun=tariff"), TARIFF, 9.8,
         examples=("Cheese makers face a 200% tariff threat.",)),
    Rule("change in tariffs", "phrase", ("unit=percent", "head=change_noun", "after=in:tariff"), TARIFF, 9),
    Rule("change in a measure", "phrase", ("head=change_noun", "after=in:measure"), "@", 8,
         examples=("Household spending got a 5.6% jump in sales of new trucks.",)),
    Rule("share of trade", "phrase", ("unit=percent", "share_of"), "@", 7,
         examples=("About 75% of Canadian exports go to the U.S.",)),
    Rule("a share of GDP", "phrase", ("unit=percent", "share_of_gdp"), "@", 6.6,
         examples=("A long dispute would cost the country 2% of GDP.",)),
    Rule("a share of the whole of a trade", "phrase", ("share_of_whole",), "@", 6.55,
         examples=("Shipments to China make up 4% of the total.",)),
    Rule("a share of something else", "phrase", ("unit=percent", "share_of_other"), None, 6.5,
         examples=("Manufacturing accounts for about half of the job losses.",)),
    Rule("money of counter-measures", "phrase", ("unit=currency", "head=tariff"), "covered_trade", 6.2,
         examples=("Canada's initial $30 billion counter-tariffs took effect in March.",)),
    Rule("money a loss takes", "phrase", ("unit=currency", "lead=of:loss"), "economic_cost", 6.1,
         examples=("Ontario announced the cancellation of a $90 million contract with a U.S. firm.",)),
    Rule("measure noun after the figure", "phrase", ("head=measure",), "@", 6,
         examples=("Ottawa unveiled a $2-billion relief fund.", "The plant employs 1,200 workers.")),
    Rule("a limit, not a flow", "phrase", ("unit=currency", "threshold"), None, 5,
         examples=("The rules cover contracts worth $25 million or more.",)),
    Rule("a thing no lexicon names", "phrase", ("own_noun",), None, 4,
         examples=("Builders who report imported steel get a $1,000 reward.",
                   "Cars with less than 50% U.S. content pay the full tariff.")),
    Rule("a count of a thing no lexicon names", "phrase", ("unit=count", "own_noun=any"), None, 3,
         examples=("The surcharge would reach 1.5 million homes.",)),
    # what the phrase hangs on
    Rule("a quota's level", "lead", ("lead=from/to/of/at:threshold",), None, 10.6,
         examples=("Ottawa cut the quota levels from 50% to 20%.",)),
    Rule("money a tariff falls on", "lead", ("unit=currency", "lead=on/against/covering/targeting/of/to/worth:tariff/retaliation"),
         "covered_trade", 10, examples=("Ottawa put counter-tariffs on $30 billion.",)),
    Rule("rate of a tariff on goods", "lead", ("unit=percent", "lead_on_tariff"), TARIFF, 9.5,
         examples=("China placed a duty on Canadian canola imports of 75.8%.",)),
    Rule("rate of a tariff", "lead", ("unit=percent", "lead=of/at/to/by/from/above/below/of up to:tariff"), TARIFF, 9,
         examples=("Duties of 25% hit Canadian steel.",)),
    Rule("tariff noun just before", "lead", ("unit=percent", "left_noun=tariff"), TARIFF, 8,
         examples=("The combined levies above 27% hurt exporters.",)),
    Rule("level of a measure", "lead", ("lead=of/at/to/from/by:measure",), "@", 7,
         examples=("Exports of $412 billion went south.",)),
    Rule("measure noun just before", "lead", ("left_noun=measure",), "@", 6,
         examples=("The duties collected $800 million last month.",)),
    # phrases after it
    Rule("money collected in duties", "object", ("unit=currency", "after=in:tariff"), "tariff_revenue", 10,
         examples=("Ottawa collected $828 million in duties.",)),
    Rule("goods listed for a tariff", "object", ("unit=currency", "after=of/worth of/in:generic_trade", "sentence=tariff/retaliation"),
         "covered_trade", 9.5, examples=("Ottawa listed C$60 billion of American products for retaliation.",)),
    Rule("money lost in a measure", "object", ("unit=currency", "verb=cost", "after=in:measure"), "economic_cost", 9.1,
         examples=("Canola growers lost $900 million in sales to China.",)),
    Rule("in a measure", "object", ("after=in/of/worth of/for:measure",), "@", 9),
    Rule("taken off a measure", "object", ("verb=lower/raise/cost", "after=off/from:measure"), "@", 9.2,
         examples=("The dispute could shave 1.5% off Canada's GDP.",)),
    Rule("goods going into a country", "object", ("unit=count", "after=into:actor"), "imports", 8,
         examples=("The deal lets 49,000 Chinese vehicles into Canada each year.",)),
    # the verb: what it moves is its object, if it has one ("tariffs could reduce GDP by
    # 2%"), else its subject ("exports fell 4.2%")
    Rule("a rate a central bank moves", "verb", ("unit=percent", "verb=raise/lower/keep", "central_bank_subject"), "@",
         10.5, examples=("The Federal Reserve lowered rates to 4%.",)),
    Rule("tariff moved to a rate", "verb", ("unit=percent", "verb=raise/lower/rise/fall/levy", "verb_object=tariff"), TARIFF, 10,
         examples=("Trump hiked tariffs on Canada to 35%.",)),
    Rule("measure a verb moves", "verb", ("verb=raise/lower/cost/rise/fall", "verb_object=measure"), "@", 9.6,
         examples=("Tariffs could reduce Canadian GDP this year by 2%.",)),
    Rule("tariff that moves", "verb", ("unit=percent", "verb=rise/fall/raise/lower/amount", "verb_subject=tariff"), TARIFF, 9),
    Rule("a share price that moves", "verb", ("unit=percent", "verb=rise/fall", "verb_subject=stock"), "stock", 8.8,
         examples=("Shares of the steelmaker rose 4% in Toronto.",)),
    Rule("share that moves", "verb", ("unit=percent", "verb=rise/fall/amount", "verb_subject=share"), "@", 8.5,
         examples=("Tariff-exempt exports reached 80% in June.",)),
    Rule("measure that moves", "verb", ("verb=rise/fall/amount/raise/lower/cost/take_effect", "verb_subject=measure"), "@", 8,
         examples=("Exports fell 4.2% in March.", "Unemployment rose to 6.9%.")),
    Rule("goods a tariff covers", "verb", ("unit=currency", "verb_before=cover", "sentence=tariff/retaliation/status_noun"),
         "covered_trade", 6.5, examples=("The counter-tariffs target $12.6 billion.",)),
    Rule("goods measures cover", "verb", ("unit=currency", "verb_before=cover", "previous_sentence=tariff/retaliation"),
         "covered_trade", 6.4, examples=("Ottawa answered Washington's tariffs. The measures target $12.6 billion of goods.",)),
    Rule("rate levied on goods", "verb", ("unit=percent", "verb=levy", "after=on:sector"), TARIFF, 6.3,
         examples=("The bloc will charge 30% on American bourbon.",)),
    Rule("rate levied on a country's goods", "verb", ("unit=percent", "verb=levy", "after=on:actor"), TARIFF, 6.2,
         examples=("Ottawa will put 25% on U.S. goods.",)),
    Rule("rate levied on imports", "verb", ("unit=percent", "verb=levy", "after=on:generic_trade"), TARIFF, 6.1,
         examples=("Washington would impose 10% on imports.",)),
    Rule("rate levied", "verb", ("unit=percent", "verb=levy/face/threaten/announce/retaliate", "sentence=tariff"), TARIFF, 6),
    Rule("exported", "verb", ("unit=currency/count", "verb_before=export"), "exports", 5),
    Rule("imported", "verb", ("unit=currency/count", "verb_before=import"), "imports", 4),
    Rule("produced", "verb", ("unit=currency/count", "verb_before=produce"), "production", 3.5),
    Rule("people employed", "verb", ("unit=count", "verb_before=employ"), "employment", 3),
    Rule("jobs lost", "verb", ("unit=count", "verb=lay_off"), "jobs_lost", 2),
    Rule("money collected", "verb", ("unit=currency", "verb_before=collect"), "tariff_revenue", 1),
    Rule("money spent on support", "verb", ("unit=currency", "verb_before=fund"), "support_funding", 0),
    Rule("money lost", "verb", ("unit=currency", "verb_before=cost"), "economic_cost", -1),
    # wider
    Rule("a share price", "clause", ("unit=percent", "clause=stock"), "stock", 11),
    Rule("tariff in the clause", "clause", ("unit=percent", "clause=tariff"), TARIFF, 10),
    Rule("measure in the clause", "clause", ("clause=measure",), "@", 9),
    Rule("tariff in the sentence", "sentence", ("unit=percent", "sentence=tariff"), TARIFF, 10),
    Rule("measure in the sentence", "sentence", ("sentence=measure",), "@", 9),
    Rule("continues the figure before", "paragraph", ("continues",), "@", 11),
    Rule("tariff in the paragraph", "paragraph", ("unit=percent", "nearby=tariff"), TARIFF, 10),
    # nothing names what moved: still a change of an economic quantity
    Rule("a change in percent", "article", ("unit=percent", "verb=rise/fall"), INDICATOR, 1,
         examples=("Housing starts fell 16% in May.",)),
)

# The kind a figure is, from what it is about and its unit.
KINDS = {
    (TARIFF, "percent"): "tariff_rate",
    (INDICATOR, "percent"): "economic_indicator",
    ("exports", "currency"): "trade_value", ("exports", "percent"): "economic_indicator",
    ("exports", "count"): "other",
    ("imports", "currency"): "trade_value", ("imports", "percent"): "economic_indicator",
    ("imports", "count"): "other",
    ("two_way_trade", "currency"): "trade_value", ("two_way_trade", "percent"): "economic_indicator",
    ("trade_balance", "currency"): "trade_value", ("trade_balance", "percent"): "economic_indicator",
    ("covered_trade", "currency"): "trade_value",
    ("export_share", "percent"): "trade_share", ("import_share", "percent"): "trade_share",
    ("gdp", "percent"): "economic_indicator", ("gdp", "ratio"): "economic_indicator",
    ("gdp", "currency"): "economic_impact",
    ("unemployment_rate", "percent"): "economic_indicator",
    ("inflation", "percent"): "economic_indicator",
    ("interest_rate", "percent"): "economic_indicator",
    ("price", "percent"): "economic_indicator", ("price", "currency"): "other",
    ("stock", "percent"): "other",
    ("production", "percent"): "economic_indicator", ("production", "currency"): "economic_impact",
    ("production", "count"): "other",
    ("jobs_at_risk", "count"): "jobs", ("jobs_lost", "count"): "jobs",
    ("jobs_lost", "percent"): "other",
    ("employment", "count"): "jobs", ("employment", "percent"): "economic_indicator",
    ("economic_cost", "currency"): "economic_impact",
    ("tariff_revenue", "currency"): "economic_impact",
    ("support_funding", "currency"): "economic_impact",
}
