"""Whom the article credits for a figure, across sentences (sentences of our own)."""

from tradefigures.extract.extractor import RulesExtractor


def sources(text: str) -> dict[str, str | None]:
    return {r["mention"]: r["source_org"] for r in RulesExtractor().extract(text, None, "a", None).figures}


def test_the_agency_points_back_to_the_last_agency_not_the_last_organisation():
    # a bureau is an organisation (not two capitalised words of a person's name)
    text = ("Figures released by the Census Bureau showed imports from Canada fell 9%. "
            "The Business Council of Manitoba said the cost is $3 billion. "
            "Shipments of lumber dropped 4.5% in May, the agency said.")
    assert sources(text)["4.5%"] == "Census Bureau"


def test_a_noun_of_a_kind_no_earlier_organisation_has_credits_none_of_them():
    text = ("The Business Council of Manitoba said the cost is $3 billion. "
            "Separately, shipments of lumber dropped 4.5% in May, the agency said.")
    assert sources(text)["4.5%"] != "Business Council of Manitoba"


def test_a_noun_of_any_kind_points_back_to_the_last_organisation():
    text = ("The Business Council of Manitoba said the cost is $3 billion. "
            "The report said 1,200 jobs are at risk.")
    assert sources(text)["1,200"] == "Business Council of Manitoba"



def test_a_time_between_a_name_and_its_verb_is_no_part_of_the_name():
    assert sources("Statistics Canada on Friday reported that exports fell 3%.")["3%"] == "Statistics Canada"
    assert sources("Minister Ana Ruiz last week said exports fell 5%.")["5%"] == "Ana Ruiz"


def test_a_reason_cited_credits_nobody_for_the_figure():
    text = "Washington raised tariffs on Canadian goods to 35% on Thursday, citing border security."
    assert sources(text)["35%"] is None


def test_a_place_in_the_subject_is_not_who_speaks():
    assert sources("Canola growers in Saskatchewan say the duty cost them $50 million.")["$50 million"] is None
    assert sources("Economists at Desjardins say the duty cost $50 million.")["$50 million"] == "Desjardins"


def test_placed_credits_only_an_estimate_at_a_figure():
    assert sources("Buyers balked at the 25% tariffs Trump placed on Canadian goods.")["25%"] is None
    assert sources("The Conference Board of Canada placed the cost at $8 billion.")["$8 billion"] \
        == "Conference Board of Canada"


def test_a_name_set_off_before_the_verb_speaks_whatever_the_title_before_it():
    text = "The union's national president, Marie Tremblay, said 4,000 jobs could go."
    assert sources(text)["4,000"] == "Marie Tremblay"


def test_put_credits_an_estimate_at_a_figure_and_not_a_levy():
    assert sources("A study issued Monday by the Fraser Institute put the loss at $4 billion.")["$4 billion"] \
        == "Fraser Institute"
    assert sources("Ottawa put a 25% tariff on U.S. steel.")["25%"] is None


def test_according_has_no_subject_and_a_relative_clause_is_no_appositive():
    text = ("Goods under the U.S.-Mexico-Canada Agreement, which covered about 80% of shipments in May, "
            "according to Census Bureau data, are exempt.")
    assert sources(text)["80%"] == "Census Bureau"


def test_one_word_of_a_body_credited_before_is_that_body():
    text = ("Imports rose 3% in May, according to the U.S. Census Bureau. "
            "The deficit reached $6 billion, Census data show.")
    assert sources(text)["$6 billion"] == "U.S. Census Bureau"


def test_the_company_that_opens_the_sentence_is_the_one_that_speaks():
    text = "HALIFAX, N.S. - Irving Shipbuilding will lay off 400 workers, the company said Monday."
    assert sources(text)["400"] == "Irving Shipbuilding"


def test_a_release_named_with_its_makers_possessive_credits_the_maker():
    text = "Jobless claims rose 4% in May, according to the Census Bureau's Monthly Report."
    assert sources(text)["4%"] == "Census Bureau"
    assert sources("Moody's Analytics said growth will slow to 1%.")["1%"] == "Moody's Analytics"


def test_credits_are_counted_by_sentence_before_one_source_speaks_for_the_article():
    text = ("Output could fall 5%, according to an analysis by the Fraser Institute. "
            "Prices would rise $900, the analysis found.\n\n"
            "The province exported $40 billion of cars last year.\n\n"
            "Wages could drop 2%, said Ana Ruiz. Up to 9,000 jobs are at risk, she said.")
    assert sources(text)["$40 billion"] is None


def test_a_name_may_run_on_through_of_the():
    text = "Sales fell 85%, according to the Distilled Spirits Council of the United States."
    assert sources(text)["85%"] == "Distilled Spirits Council of the United States"


def test_an_unnamed_speaker_takes_the_credit_from_the_sentence_before():
    text = ("Exports reached $5 billion, according to the Canola Council of Canada. "
            "Analysts at a Winnipeg brokerage said prices could fall 15%.")
    assert sources(text)["15%"] is None


def test_bank_economists_are_no_one_in_particular():
    assert sources("Bank economists estimate that 85% of shipments cross under the pact.")["85%"] is None


def test_a_body_set_off_after_a_possessive_noun_speaks():
    text = "Dofasco's owner, ArcelorMittal, said Monday it would idle a line, affecting 300 workers."
    assert sources(text)["300"] == "ArcelorMittal"
    # a country set off so is no speaker
    assert sources("Its neighbour, Mexico, said exports rose 4%.")["4%"] != "Mexico"


def test_a_department_named_for_the_country_is_a_source():
    assert sources("Ottawa has collected $5.4 billion since March, Finance Canada data show.")["$5.4 billion"] \
        == "Finance Canada"
    assert sources("Finance Minister Dominic LeBlanc said Ottawa collected $5 billion.")["$5 billion"] \
        == "Dominic LeBlanc"


def test_a_known_short_name_gives_the_full_name_and_keeps_the_one_written():
    text = "Exports fell 3% in June, StatCan said. BMO expects growth of 1.1% next year."
    found = sources(text)
    assert found["3%"] == "Statistics Canada (StatCan)"
    assert found["1.1%"] == "Bank of Montreal (BMO)"
    # the full name as written stays as written
    assert sources("Exports fell 3% in June, Statistics Canada said.")["3%"] == "Statistics Canada"


def test_unnamed_people_at_a_named_body_credit_the_body():
    text = "Lumber shipments fell 12% in May, according to economists at Desjardins."
    assert sources(text)["12%"] == "Desjardins"
    assert sources("Lumber shipments fell 12% in May, according to economists.")["12%"] is None


def test_an_office_after_a_lead_is_credited_as_written():
    text = "The measures cover about $20 billion of goods, according to the finance ministry."
    assert sources(text)["$20 billion"] == "the finance ministry"


def test_an_adverb_between_a_source_and_its_verb_keeps_the_credit():
    assert sources("Ford alone expects a $2 billion hit from the duties.")["$2 billion"] == "Ford"


def test_a_minister_named_by_office_is_credited_as_written():
    text = "The duties could cost farmers $1 billion a year, the province's agriculture minister said."
    assert "agriculture minister" in sources(text)["$1 billion"]


def test_a_spokesperson_named_after_the_body_and_a_role_speaks_for_it():
    found = sources("Unifor president Lana Payne said the closure puts 2,000 jobs at risk.")
    assert found["2,000"] == "Lana Payne (Unifor)"


def test_per_after_a_comma_credits_the_name_after_it():
    assert sources("Exports fell 10% in May, per Statistics Canada.")["10%"] == "Statistics Canada"
    assert sources("The duty costs $30 per Canadian household.")["$30"] is None


def test_a_pronoun_takes_the_person_as_known_by_then_and_two_sources_make_no_article_source():
    text = ("Growth could stall at 0.5% next year, most forecasters say.\n\n"
            "National Bank\n\nChief Economist Stefane Marion said exports could fall 4%. He expects the jobless "
            "rate to reach 7.5%.\n\nLaurentian Bank\n\nChief Economist Dina Ignjatovic said output could shrink "
            "1%. She expects exports to fall 3%. She also expects imports to fall 2%.")
    found = sources(text)
    assert found["7.5%"] == "Stefane Marion (National Bank)"
    assert found["0.5%"] is None


def test_a_contrasting_clause_with_an_agent_of_its_own_is_not_the_earlier_speakers():
    text = "The minister said Ottawa would wait, while industry officials have listed $40 billion of goods to target."
    assert sources(text)["$40 billion"] is None
    text = "Statistics Canada said exports rose 2.1% in May, while imports fell 1%."
    assert sources(text)["1%"] == "Statistics Canada"
