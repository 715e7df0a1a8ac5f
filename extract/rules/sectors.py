"""Which sectors a figure is about: named in its own phrase, in what a tariff falls on,
in what the figure hangs on or its verb's subject or object, in its clause or sentence;
a tariff rate of no named goods that falls on a country is on all goods, one on no named
country takes its article's tariff sector; other figures take the headline's sector;
an economy-wide figure is about all sectors."""

from tradefigures.extract.engine import Rule

ECONOMY_KINDS = "tariff_rate/trade_value/trade_share/jobs/economic_indicator/economic_impact"

RULES = (
    Rule("named in its own phrase", "phrase", ("sectors=phrase",), "@", 10,
         examples=("Ottawa keeps its 25% steel tariff.",)),
    Rule("blanket, on named goods", "phrase", ("broad_phrase", "sectors=object"), "@", 10.5,
         examples=("A blanket 10% tariff on Canadian energy would lift fuel prices.",)),
    Rule("goods in general, of a payer named by its goods", "object", ("generic_object", "sectors=subject"), "@", 10.5,
         examples=("Potash producers in Saskatchewan pay a 10% tariff on shipments to the U.S.",)),
    Rule("what a tariff falls on", "object", ("sectors=object",), "@", 10,
         examples=("The U.S. charges 50% on Canadian steel and aluminum.",)),
    Rule("goods outside the list", "object", ("unknown_goods",), None, 9,
         examples=("The EU plans a 25% tariff on American motorcycles.",)),
    Rule("what it hangs on", "lead", ("sectors=lead",), "@", 10,
         examples=("The duty on softwood lumber of 20.6% stays.",)),
    Rule("a measure of the whole economy", "verb", ("field=measure:gdp/unemployment_rate/inflation/interest_rate",),
         ["all"], 11, examples=("Ontario's factory towns saw the unemployment rate climb to 8.1 per cent.",)),
    Rule("what the verb moves", "verb", ("sectors=verb_object",), "@", 10,
         examples=("Trump raised tariffs on foreign aluminum sharply, to 50%.",)),
    Rule("the verb's subject", "verb", ("sectors=subject",), "@", 9,
         examples=("Canadian copper exports were worth $9.3 billion.",)),
    Rule("the sector named before", "clause", ("sector_anaphor",), "@", 10.5,
         examples=("Help for the steel industry grew when Ottawa pledged $1 billion to protect the sector.",)),
    Rule("named in its clause", "clause", ("sectors=clause",), "@", 10),
    Rule("named in its sentence", "sentence", ("sectors=sentence", "!general_subject"), "@", 10,
         examples=("Lumber mills were hit hard when the 10% duty began.",)),
    Rule("a tariff on a country", "sentence", ("field=kind:tariff_rate", "country_target"), ["all"], 9,
         examples=("Trump threatened Canada and Mexico with duties of 25%.",)),
    Rule("the article's tariffs", "article", ("field=kind:tariff_rate", "article_sector=tariff_sector"), "@", 10),
    Rule("the headline's topic", "article", ("article_sector=topic",), "@", 9),
    Rule("economy-wide", "article", ("field=kind:" + ECONOMY_KINDS,), ["all"], 1),
)
