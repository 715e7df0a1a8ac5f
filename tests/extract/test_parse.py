"""The shape of a sentence: what the parse makes of names, clauses and verbs, seen
through the fields it decides (sentences of our own)."""

import json
from datetime import date

from tradefigures.extract.document import Document
from tradefigures.extract.extractor import RulesExtractor
from tradefigures.extract.figures import find_quantities
from tradefigures.extract.parse import parse
from tradefigures.extract.structure import build


def figure(text: str, mention: str) -> dict:
    rows = RulesExtractor().extract(text, None, "a", None)
    return next(r for r in rows.figures if r["mention"] == mention)


def parsed(text: str):
    doc = Document.of(text)
    units = [(q.start, q.end, "n", q) for q in find_quantities(doc.text)]
    return parse(doc, doc.sentences[0], units)


def test_an_organisations_name_gives_no_sector():
    text = "Exports rose 3%, according to the Canadian Dairy Processors Association."
    assert figure(text, "3%")["sectors"] == ["all"]
    text = "Exports rose 3%, according to the Center for Steel Research."
    assert figure(text, "3%")["sectors"] == ["all"]


def test_a_company_named_for_its_goods_keeps_them():
    assert figure("Shares of Maple Steel Inc. fell 3% in Toronto.", "3%")["sectors"] == ["steel"]


def test_a_lone_capitalised_head_is_no_name():
    p = parsed("The Board of steel buyers said imports of steel rose 3%.")
    assert any(t.has("sector") for t in p.tokens if t.low == "steel")


def test_a_broad_sector_after_a_specific_one_is_its_industry():
    assert figure("The plan protects 4,000 jobs in Windsor's auto manufacturing plants.", "4,000")["sectors"] == ["autos"]
    assert sorted(figure("Steel and manufacturing firms shed 4,000 jobs.", "4,000")["sectors"]) \
        == ["manufacturing", "steel"]


def test_words_inside_a_country_name_are_not_unknown_words_before_a_verb():
    p = parsed("The United States raised its tariff to 35 per cent.")
    assert [p.tokens[v.head].low for v in p.verbs] == ["raised"]


def test_a_figure_completing_a_change_verb_is_not_a_level_of_the_noun_before_it():
    row = figure("Washington raised its tariff on Mexican imports to 30 per cent.", "30 per cent")
    assert (row["kind"], row["status"], row["applied_to"]) == ("tariff_rate", "in_effect", "MX")


def test_a_gerunds_subject_is_the_phrase_before_it():
    row = figure("Economists see tariffs leading to Canadian exports falling by a fifth.", "a fifth")
    assert (row["kind"], row["measure"]) == ("economic_indicator", "exports")


def test_a_weak_tariff_noun_in_a_clause_about_the_economy_is_no_tariff():
    text = "Though tariffs rose, the economy grew at a 2% rate last year."
    assert figure(text, "2%")["kind"] == "economic_indicator"


def test_the_other_end_of_a_change_completes_the_verb_too():
    row = figure("The plan would lift the duty on Mexican steel to 40% from 20%.", "20%")
    assert (row["kind"], row["applied_to"]) == ("tariff_rate", "MX")


def test_a_tariff_its_target_avoided_was_a_threat():
    assert figure("Japan dodged the 24% tariff by signing a deal.", "24%")["status"] == "threatened"


def test_a_figure_in_a_phrase_of_circumstance_is_no_argument_of_the_verb():
    text = "Ottawa announced $1 billion in aid amid Washington's 35% tariffs on lumber."
    row = figure(text, "35%")
    assert (row["status"], row["imposed_by"]) == ("in_effect", "US")
    assert "announced" not in row["cues"]


def test_what_a_measure_excludes_is_not_its_sector():
    row = figure("The 30% levy on Mexican goods excludes autos, which face 15%.", "30%")
    assert row["sectors"] == ["all"]


def test_retaliation_makes_a_rate_a_tariff():
    assert figure("If Ottawa retaliates, the 25% rate could double.", "25%")["kind"] == "tariff_rate"


def test_jobs_a_loss_forecasts_are_at_risk_and_a_loss_reported_is_lost():
    assert figure("A long dispute could mean a loss of 40,000 jobs.", "40,000")["measure"] == "jobs_at_risk"
    assert figure("The province reported a loss of 3,000 jobs in May.", "3,000")["measure"] == "jobs_lost"
    assert figure("Analysts see possible job losses of 20,000.", "20,000")["measure"] == "jobs_at_risk"


def test_an_office_speaks_as_written():
    assert figure("Eby’s office said the fund would total $400 million.", "$400 million")["source_org"] == "Eby’s office"


def test_an_association_keeps_its_apostrophe():
    row = figure("“It will cost 9,000 jobs,” said Ann Lee, president of the Steel Makers’ Association.", "9,000")
    assert row["source_org"] == "Ann Lee (Steel Makers’ Association)"


def test_a_country_s_goods_are_all_goods_unless_the_phrase_names_which():
    assert figure("Canadian exports of lumber to Japan were worth $1 billion.", "$1 billion")["sectors"] == ["lumber"]
    assert figure("Tariffs of 25% apply to Canadian goods.", "25%")["sectors"] == ["all"]


def test_what_a_change_verb_moves_names_the_sectors_of_the_rate_it_moves_to():
    row = figure("Washington raised duties on Canadian steel and aluminum to 50%.", "50%")
    assert row["sectors"] == ["steel", "aluminum"]


def test_a_pronoun_levier_is_the_country_named_before_it():
    text = "Japan, a tough market, has long protected farmers: they have charged 300% tariffs on rice."
    assert figure(text, "300%")["imposed_by"] == "JP"


def test_a_currency_s_value_is_an_indicator_and_a_good_s_price_is_not():
    assert figure("The loonie fell to 69 U.S. cents.", "69 U.S. cents")["kind"] == "economic_indicator"
    assert figure("Steel sold for $950 a ton.", "$950 a ton")["kind"] == "other"


def test_up_to_after_a_verb_of_rising_is_its_particle_not_a_hedge():
    assert figure("Tariffs could push inflation up to 4.1 per cent.", "4.1 per cent")["qualifier"] == "exact"
    assert figure("Tariffs of up to 25% could follow.", "25%")["qualifier"] == "upper_bound"


def test_a_conversion_is_as_near_as_what_it_converts():
    row = figure("Roughly C$3.5 billion (US$2.5 billion) of goods cross the border daily.", "US$2.5 billion")
    assert row["qualifier"] == "approximate"


def test_a_discount_is_a_price_cut_not_an_indicator():
    row = figure("Shops offered a 20 percent discount to Canadian visitors.", "20 percent")
    assert (row["kind"], row["measure"]) == ("other", "price")


def test_a_sector_phrase_ending_on_a_tariff_noun_leaves_the_tariff_its_head():
    row = figure("Washington lifted the 25% fentanyl tariff on Mexican goods in June.", "25%")
    assert (row["kind"], row["status"], row["applied_to"]) == ("tariff_rate", "removed", "MX")


def test_a_country_that_qualifies_imports_narrows_them():
    row = figure("Congress debated a 20% levy on imported Mexican cement.", "20%")
    assert (row["kind"], row["applied_to"], row["imposed_by"]) == ("tariff_rate", "MX", "US")


def test_its_goods_belong_to_the_subject_which_does_not_levy_on_itself():
    row = figure("South Korea accepted a 15% tariff on its steel sold to American buyers.", "15%")
    assert (row["applied_to"], row["imposed_by"]) == ("KR", "US")
    # a verb the lexicons do not know leaves no subject: the country opening the clause
    row = figure("Vietnam secured a 20% rate on its textile exports.", "20%")
    assert (row["applied_to"], row["imposed_by"]) == ("VN", "US")


def test_until_a_time_bounds_a_measure_and_sets_no_condition():
    assert figure("Until June, Mexican growers paid a 17% duty on tomatoes.", "17%")["status"] == "removed"
    # a real condition stays one
    assert figure("Until Ottawa drops its levy, the U.S. would add a 40% tariff on cheese.",
                  "40%")["status"] == "threatened"


def test_a_relative_clause_on_the_rate_says_its_status_where_the_verb_does_not():
    text = "Fishers are bracing for a 30% duty that could start in spring."
    assert figure(text, "30%")["status"] == "threatened"
    text = "Fishers are bracing for a 30% duty that will start on Monday."
    assert figure(text, "30%")["status"] == "announced"


def test_a_percent_a_levying_verb_puts_on_goods_is_a_tariff():
    row = figure("Brussels will charge 30% on American motorcycles.", "30%")
    assert (row["kind"], row["imposed_by"], row["applied_to"]) == ("tariff_rate", "EU", "US")


def test_each_item_of_a_list_that_shares_its_verb_has_its_own_country():
    text = "Under the order, tariffs rise on Friday: Japan would pay 15%, Vietnam 20% and India 25%."
    assert [figure(text, m)["applied_to"] for m in ("15%", "20%", "25%")] == ["JP", "VN", "IN"]


def test_a_rate_opening_a_reported_clause_takes_that_clauses_verb():
    from datetime import date

    text = "The agency said a 12% duty on Canadian pork takes effect Dec. 1."
    row = RulesExtractor().extract(text, date(2025, 9, 3), "a", None).figures[0]
    assert (row["status"], row["applied_to"]) == ("announced", "CA")


def test_a_claim_with_its_own_figure_credits_that_figure_not_the_clauses_before():
    text = "Shipments fell 12% in May, and the Forest Products Association now expects 800 layoffs."
    assert figure(text, "800")["source_org"] == "Forest Products Association"
    assert figure(text, "12%")["source_org"] is None
    # a claim that closes the sentence credits all of it
    text = "Shipments fell 12% in May, and layoffs reached 800, the Forest Products Association said."
    assert figure(text, "12%")["source_org"] == figure(text, "800")["source_org"] == "Forest Products Association"


def test_a_share_of_gdp_is_the_economys_size_and_the_next_rate_continues_it():
    text = "Analysts at Desjardins say the dispute will cost the economy 2% of GDP. The hit could grow to 3% next year."
    first, second = figure(text, "2%"), figure(text, "3%")
    assert (first["kind"], first["measure"]) == ("economic_indicator", "gdp")
    assert (second["kind"], second["measure"]) == ("economic_indicator", "gdp")


def test_the_verb_after_a_list_of_figures_governs_its_first_item_too():
    text = "Levies of 15, 30 or 45 per cent were floated for Canadian lumber."
    assert [figure(text, m)["status"] for m in ("15", "30", "45 per cent")] == ["threatened"] * 3


def test_another_tariff_moving_later_in_the_sentence_leaves_this_one_standing():
    text = "Duties on lumber stay at 45%, but the tariff on potash dropped to 10%."
    assert figure(text, "45%")["status"] == "in_effect"
    # this tariff moved: the old rate is superseded
    text = "Duties on lumber stood at 20% in the spring, before they were raised to 45%."
    assert figure(text, "20%")["status"] == "removed"


def test_a_speaker_named_with_of_the_organisation_is_credited_with_it():
    text = '"A 30% duty would gut the sector," said Ana Ruiz of the Mining Association of Canada.'
    assert figure(text, "30%")["source_org"] == "Ana Ruiz (Mining Association of Canada)"


def test_a_percent_change_of_something_no_measure_names_is_an_indicator():
    row = figure("Building permits fell 11% in June.", "11%")
    assert (row["kind"], row["measure"]) == ("economic_indicator", None)
    # a share of something that is not trade stays other
    assert figure("About 40% of builders paused projects.", "40%")["kind"] == "other"


def test_counter_measures_worth_an_amount_cover_that_trade():
    row = figure("Ottawa's counter-tariffs worth $20 billion stay in force.", "$20 billion")
    assert (row["kind"], row["measure"]) == ("trade_value", "covered_trade")


def test_an_introductory_phrase_is_no_part_of_the_subject():
    row = figure("Despite the 25% tariff, lumber exports rose 6%.", "6%")
    assert (row["kind"], row["measure"]) == ("economic_indicator", "exports")


def test_a_share_verb_before_a_figure_is_no_share():
    text = "If Washington goes to 40 per cent, Ottawa said it would match the duty."
    assert figure(text, "40 per cent")["kind"] != "trade_share"
    assert figure("About 70% of Canadian lumber goes to the U.S.", "70%")["kind"] == "trade_share"


def test_about_after_a_verb_of_speech_names_a_topic_not_a_hedge():
    assert figure("Traders are talking about 40 per cent duties.", "40 per cent")["qualifier"] == "exact"
    assert figure("Duties are about 40 per cent.", "40 per cent")["qualifier"] == "approximate"


def test_a_measure_named_before_the_number_in_its_phrase_decides_it():
    row = figure("The duties collected $900 million in June.", "$900 million")
    assert row["measure"] == "tariff_revenue"


def test_a_relief_fund_that_provides_money_is_support_not_exports():
    assert figure("The relief fund provides $3 billion over four years.", "$3 billion")["measure"] == "support_funding"


def test_a_trade_flow_counted_in_a_quarter_is_quarterly():
    assert figure("Imports reached $98 billion in the third quarter.", "$98 billion")["period"] == "quarterly"


def test_data_credited_to_whoever_released_it():
    text = "Wholesale sales slipped 2.2% in May, according to figures released Monday by Statistics Canada."
    assert figure(text, "2.2%")["source_org"] == "Statistics Canada"


def test_an_expert_with_a_rank_before_the_title_keeps_the_organisation():
    text = "Scotiabank chief economist Jean-François Perrault estimated that growth would slow to 0.9%."
    assert figure(text, "0.9%")["source_org"] == "Jean-François Perrault (Scotiabank)"
    text = "Moody's Analytics senior economist Ana Lopez expects growth of 1.1%."
    assert figure(text, "1.1%")["source_org"] == "Ana Lopez (Moody's Analytics)"


def test_a_rate_whose_phrase_is_a_threat_or_a_plan_has_that_status():
    row = figure("Egg farmers face a 150% tariff threat.", "150%")
    assert (row["kind"], row["status"]) == ("tariff_rate", "threatened")
    row = figure("Ottawa unveiled a 20% tariff plan on Monday.", "20%")
    assert (row["kind"], row["status"]) == ("tariff_rate", "announced")


def test_a_figure_that_labels_its_line_takes_the_words_after_the_colon():
    text = "At a glance:\n- 15%: the tariff on Canadian lumber\n- 6%: the rise in lumber exports"
    lumber, exports = figure(text, "15%"), figure(text, "6%")
    assert (lumber["kind"], lumber["sectors"], lumber["applied_to"]) == ("tariff_rate", ["lumber"], "CA")
    assert (exports["kind"], exports["measure"]) == ("economic_indicator", "exports")


def test_a_rate_said_to_be_the_one_before_is_removed():
    text = "The duty on Canadian pork rose to 12%, compared with 8% previously."
    assert (figure(text, "12%")["status"], figure(text, "8%")["status"]) == ("in_effect", "removed")


def test_a_share_of_the_total_is_a_share_of_what_the_subject_names():
    row = figure("Shipments of lumber to China make up 4% of the total.", "4%")
    assert (row["kind"], row["measure"]) == ("trade_share", "export_share")
    assert row["measure_phrase"] in "Shipments of lumber to China make up 4% of the total."


def test_a_removal_ahead_leaves_the_rate_in_effect_until_then():
    assert figure("Ottawa will lift its 25% surtax on U.S. boats next month.", "25%")["status"] == "in_effect"
    assert figure("Ottawa lifted its 25% surtax on U.S. boats last month.", "25%")["status"] == "removed"


def test_a_rate_a_retaliation_answers_falls_on_the_retaliator():
    row = figure("Mexico vowed to retaliate against the 30% levy on its tomatoes.", "30%")
    assert (row["applied_to"], row["imposed_by"], row["status"]) == ("MX", "US", "in_effect")


def test_the_speaker_after_a_quote_of_several_sentences_is_credited_for_all_of_it():
    text = "“Starting next month, lumber will pay 30%. We mean it!” Ana Ruiz said on Tuesday."
    assert figure(text, "30%")["source_org"] == "Ana Ruiz"


def test_a_rate_that_expires_is_removed_and_one_set_to_rise_stands_until_then():
    assert figure("The 8% duty on Canadian cheese expired in May.", "8%")["status"] == "removed"
    text = "The 10% levy on Canadian fertilizer is slated to rise to 20% next year."
    assert (figure(text, "10%")["status"], figure(text, "20%")["status"]) == ("in_effect", "announced")


def test_a_deal_between_the_us_and_another_country_falls_on_the_other():
    row = figure("A 15% tariff deal between Washington and Seoul was signed in July.", "15%")
    assert (row["applied_to"], row["imposed_by"]) == ("KR", "US")


def test_a_word_that_opens_the_clause_is_no_part_of_its_subject():
    # without a comma, "after" opens the clause: its subject is the country after it
    row = figure("Growers reeled after Beijing placed a 40% duty on Canadian peas.", "40%")
    assert (row["imposed_by"], row["applied_to"], row["status"]) == ("CN", "CA", "in_effect")


def test_a_mark_glued_to_a_word_by_markup_does_not_break_the_phrase():
    clean = figure("Beijing placed a duty on Canadian canola imports of 60%.", "60%")
    glued = figure("Beijing placed a duty on Canadian #canola imports of 60%.", "60%")
    assert glued["kind"] == clean["kind"] == "tariff_rate"
    assert glued["sectors"] == clean["sectors"] == ["agriculture"]


def test_the_same_rate_named_again_with_the_keeps_its_levier_but_a_new_one_does_not():
    def last(article: str) -> tuple:
        rows = RulesExtractor().extract(article, None, "a", None).figures
        row = [r for r in rows if r["mention"] == "75.8%"][-1]
        return row["imposed_by"], json.loads(row["cues"])["imposed_by"]

    before = ("Beijing put a 75.8% duty on canola seed. Washington keeps its 50% tariffs on steel "
              "and its 50% tariffs on copper. ")
    assert last(before + "Growers fear the 75.8% tariff will last.") == ("CN", "as 75.8% before (article)")
    # an indefinite "a" names a new measure: the earlier one's levier is no evidence
    assert "75.8%" not in last(before + "Growers fear a 75.8% tariff will last.")[1]


def test_a_rate_whose_sentence_names_no_levier_takes_the_articles_usual_one():
    text = ("Ontario applied a 25 per cent surcharge on power sold to three U.S. states. "
            "Quebec imposed a 10% levy on U.S. aluminum. "
            "Rules will require any generator selling power to Michigan to add a 25 per cent surcharge.")
    rows = RulesExtractor().extract(text, None, "a", None).figures
    last = [r for r in rows if r["mention"] == "25 per cent"][-1]
    assert (last["imposed_by"], last["applied_to"]) == ("CA", "US")


def test_a_us_threat_right_after_another_sides_tariff_is_aimed_at_that_side():
    text = ("Quebec put a 20% levy on power sold to Vermont. "
            "Washington then threatened to raise its aluminum tariffs to 60%.")
    assert figure(text, "60%")["applied_to"] == "CA"
    # a U.S. tariff already standing is described, not aimed: aluminum from everywhere pays it
    text = ("Quebec put a 20% levy on power sold to Vermont. "
            "That came as Washington's 50% aluminum tariffs took effect.")
    assert figure(text, "50%")["applied_to"] == "*"


def test_a_country_after_an_indefinite_determiner_names_a_noun_not_a_subject():
    # "any U.S. increase" is a noun phrase: "its own" is the clause's subject's
    row = figure("Ottawa said Canada would answer any U.S. increase with a 30% levy of its own.", "30%")
    assert (row["imposed_by"], row["applied_to"]) == ("CA", "US")


def test_a_rate_said_to_stay_stands():
    row = figure("The minister said a 25% surcharge on U.S. power buyers would stay until talks end.", "25%")
    assert row["status"] == "in_effect"
    assert figure("A 25% surcharge on U.S. power buyers could hurt exporters.", "25%")["status"] == "threatened"


def test_where_the_subjects_goods_go_levies_the_rate_they_face():
    row = figure("Lobster shipments to China, worth $900 million, now face a 25% duty.", "25%")
    assert (row["imposed_by"], row["applied_to"]) == ("CN", "CA")


def test_an_amount_after_a_prepositional_idiom_is_the_verbs_not_its_objects():
    row = figure("Ottawa will subsidize the new plant to the tune of $3 billion.", "$3 billion")
    assert (row["measure"], row["qualifier"]) == ("support_funding", "exact")
    # a plain hedge is still a hedge, and a measure noun right before still says what it is
    row = figure("Exports of roughly $3 billion went to the U.S.", "$3 billion")
    assert (row["measure"], row["qualifier"]) == ("exports", "approximate")


def test_a_verb_of_motion_after_a_figure_is_no_noun_of_its_phrase():
    row = figure("Shipments of roughly $3 billion went south last spring.", "$3 billion")
    assert row["kind"] == "trade_value" and row["qualifier"] == "approximate"


def test_a_word_in_ed_after_the_phrases_noun_is_a_verb_the_lexicons_do_not_know():
    text = "Canada's 10% tariff dwindled to nothing."
    p = parsed(text)
    frame = build(Document.of(text), p, next(i for i, t in enumerate(p.tokens) if t.kind == "n"))
    assert [t.low for t in frame.tokens[frame.phrase[0]:frame.phrase[1]]][-1] == "tariff"


def test_the_target_of_the_tariff_before_carries_only_to_a_tariff_of_the_same_levier():
    text = ("Ottawa put a 25% counter-tariff on U.S. orange juice. "
            "Beijing then lifted its 100 per cent levy on canola oil.")
    assert figure(text, "100 per cent")["applied_to"] == "CA"


def test_a_word_after_a_figure_with_its_own_object_is_a_verb_not_a_noun_of_the_phrase():
    row = figure("Mills closed after U.S. tariffs of 40 per cent cut their orders by half.", "40 per cent")
    assert row["kind"] == "tariff_rate"
    assert figure("Ottawa announced a 40 per cent cut the next day.", "40 per cent")["kind"] != "tariff_rate"


def test_the_goods_a_tariff_covers_are_no_months_flow():
    text = ("Ottawa answered with 25% countermeasures on $12.6 billion of U.S. steel, "
            "and in July it tightened quotas.")
    assert figure(text, "$12.6 billion")["period"] is None
    assert figure("Exports to the U.S. were worth $40 billion in July.", "$40 billion")["period"] == "monthly"


def test_plus_before_a_second_term_bounds_neither():
    assert figure("Exporters pay 10% plus a 5% fee on each shipment.", "10%")["qualifier"] == "exact"
    assert figure("Buyers now pay 40% or more on some lines.", "40%")["qualifier"] == "lower_bound"
    assert figure("The hike brings the duty to 30% plus on softwood.", "30%")["qualifier"] == "lower_bound"


def test_the_subject_of_a_passive_levy_is_its_target():
    hit = figure("Japan was slapped with a 20% tariff on Wednesday.", "20%")
    assert (hit["applied_to"], hit["imposed_by"]) == ("JP", "US")
    # the subject is the measure itself: its country is not the target
    raised = figure("The U.S. duties were raised to 30 per cent on Aug. 1.", "30 per cent")
    assert raised["imposed_by"] == "US" and raised["applied_to"] != "US"


def test_a_participle_after_its_noun_does_not_take_the_clause_from_its_verb():
    p = parsed("Ottawa will raise the surtax on goods not shipped under the pact to 40% next year.")
    made = next(g for g in p.verbs if g.lemma == "ship")
    assert made.mood == "participle" and made.reduced
    row = figure("Ottawa will raise the surtax on goods not shipped under the pact to 40% next year.", "40%")
    assert row["kind"] == "tariff_rate" and row["status"] == "announced"
    # with no verb before or after it, a participle is the clause's verb
    assert not next(g for g in parsed("Mills shipped 4% more lumber in May.").verbs if g.lemma == "ship").reduced
    # with the clause's verb after it, it is part of the subject
    assert next(g for g in parsed("Goods shipped by rail fell 4% in May.").verbs if g.lemma == "ship").reduced


def test_a_time_after_an_amount_ends_its_phrase():
    row = figure("The duty cost the mill $25 million last year.", "$25 million")
    assert row["measure"] == "economic_cost"
    assert figure("Canada will spend $2 billion next spring on relief.", "$2 billion")["measure"] != "other"


def test_a_rate_its_own_relative_clause_threatened_stays_a_threat_as_a_baseline():
    text = "Under the deal, EU cars will face a 15% tariff, down from the 30% Trump had threatened."
    assert figure(text, "30%")["status"] == "threatened"
    assert figure(text, "15%")["status"] == "announced"
    # the verb has an object of its own: the rate is not what it levied
    assert figure("Farmers said the 25% Ottawa imposed duties on was unfair.", "25%")["status"] != "threatened"


def test_the_goods_of_a_payer_say_whom_a_tariff_falls_on_not_the_buyers_country():
    row = figure("From Monday, U.S. importers of Mexican tomatoes must pay a 17% duty.", "17%")
    assert (row["imposed_by"], row["applied_to"]) == ("US", "MX")
    assert figure("Mexico faces a 25% levy on steel.", "25%")["applied_to"] == "MX"


def test_its_goods_in_a_levy_are_not_the_leviers_own():
    text = "Mexico said it would respond if the U.S. went ahead with a 30% tariff on its exports."
    row = figure(text, "30%")
    assert (row["imposed_by"], row["applied_to"]) == ("US", "MX")
    assert figure("Japan accepted a 15% tariff on its cars.", "15%")["applied_to"] == "JP"


def test_a_rate_added_to_reach_a_total_is_not_replaced_by_it():
    text = "U.S. tariffs are broad. India was hit with an extra 25% tariff, bringing its total to 50%."
    assert figure(text, "25%")["status"] == "in_effect"
    # a move done, not a sum: the rate before is replaced
    assert figure("Washington put a 25% tariff on steel, raising it to 50% in June.", "25%")["status"] == "removed"


def test_a_comparison_set_off_by_a_comma_has_no_subject_to_levy():
    row = figure("Brazil's coffee growers now face a 50% duty, up from 10% in April.", "10%")
    assert row["imposed_by"] == "US" and row["applied_to"] == "BR"


def test_an_unknown_word_in_ed_before_a_determiner_is_a_verb():
    p = parsed("Seoul and Tokyo both clinched a 15% tariff deal with Washington.")
    assert [g.lemma for g in p.verbs] == ["clinched"]
    row = figure("Seoul and Tokyo both clinched a 15% tariff deal with Washington.", "15%")
    assert row["applied_to"] == "KR" and row["imposed_by"] == "US"
    # a noun in -ed is no verb: "the 25% tariff tied to fentanyl" has its own verb
    assert not parsed("The red tape and a 25% tariff hurt.").verbs or all(
        g.lemma != "red" for g in parsed("The red tape and a 25% tariff hurt.").verbs)


def test_a_figure_that_opens_a_reported_passive_takes_its_verb():
    row = figure("The agency said Tuesday that 12,000 jobs were lost in May.", "12,000")
    assert row["measure"] == "jobs_lost"


def test_a_year_earlier_is_a_time_compared_with_not_a_rate_per_year():
    text = "Pork exports fell to $900 million in the spring, down from $1.3 billion a year earlier."
    assert figure(text, "$1.3 billion")["period"] is None
    assert figure("Pork exports are worth $1.3 billion a year.", "$1.3 billion")["period"] == "annual"


def test_a_rate_asked_for_is_proposed_not_set():
    assert figure("The union wants Ottawa to slap a 25% counter-tariff on U.S. cars.", "25%")["status"] == "threatened"
    assert figure("Ottawa is weighing a 10% surtax on U.S. dairy.", "10%")["status"] == "threatened"
    # a rate asked to be lifted stands
    assert figure("Farmers urged Beijing to lift its 100% tariff on canola oil.", "100%")["status"] == "in_effect"


def test_a_participle_clause_after_a_comma_is_the_verb_of_what_follows():
    text = "The plant will close next month, the company said, blaming the 25% U.S. tariff on cars."
    assert figure(text, "25%")["status"] == "in_effect"


def test_jobs_in_the_balance_are_at_risk():
    assert figure("As many as 7,000 jobs hang in the balance.", "7,000")["measure"] == "jobs_at_risk"


def test_what_a_tariff_is_added_to_is_what_it_falls_on():
    text = "Trump added a 25% levy to Canadian imports, along with a 10% tariff on Canadian potash."
    assert figure(text, "25%")["sectors"] == ["all"]
    assert figure(text, "10%")["sectors"] == ["critical_minerals"]


def test_the_sector_points_back_to_the_sector_last_named_in_its_paragraph():
    text = "Japan stopped buying Canadian pork in 2021. The ban cost the sector $300 million."
    assert figure(text, "$300 million")["sectors"] == ["agriculture"]
    # "the sector of X" names its own
    assert figure("Canola sales fell. The industry of shipping lost $2 million.", "$2 million")["sectors"] != ["agriculture"]


def test_each_amount_takes_its_own_month():
    from datetime import date
    text = "The surplus widened from $6.4 billion in July to $8.6 billion in August."
    rows = {r["mention"]: r for r in RulesExtractor().extract(text, date(2025, 10, 7), "a", None).figures}
    assert rows["$6.4 billion"]["ref_period"] == "2025-07"
    assert rows["$8.6 billion"]["ref_period"] == "2025-08"


def test_the_items_of_a_bulleted_list_continue_each_other():
    text = ("Where U.S. duties stand:\n\n- 35%: the tariff on goods outside CUSMA.\n\n"
            "- 50%: steel and aluminum.\n\n- 25%: vehicles.")
    rows = RulesExtractor().extract(text, None, "a", None).figures
    assert [r["kind"] for r in rows] == ["tariff_rate"] * 3


def test_a_bare_rate_on_goods_is_a_rate_levied_on_them():
    assert figure("Ottawa's answer: 25% on U.S. steel and aluminum.", "25%")["kind"] == "tariff_rate"
    assert figure("The fund earned a 5% return on its bonds.", "5%")["kind"] != "tariff_rate"


def test_a_past_form_after_a_noun_is_a_verb():
    assert figure("Kentucky distillers shipped $12 million of bourbon north.", "$12 million")["measure"] == "exports"


def test_as_after_a_figure_ends_its_phrase():
    text = "Lumber imports into Canada jumped 12% as mills diverted shipments from the U.S."
    assert figure(text, "12%")["measure"] == "imports"


def test_a_base_form_after_the_and_a_country_is_a_noun():
    p = parsed("Ottawa will answer the U.S. measure with a 25% counter-tariff.")
    assert [g.lemma for g in p.verbs] == ["answer"]
    assert figure("Ottawa will answer the U.S. measure with a 25% counter-tariff.", "25%")["status"] == "announced"


def test_a_figure_two_sentences_and_a_paragraph_away_does_not_continue_a_tariff():
    text = ("Beijing put a 100% tariff on canola oil in March.\n\n"
            "\"It hurt,\" one grower said of the $3 drop.\n\n"
            "Canola futures remain about 15 per cent below last year's levels.")
    assert figure(text, "15 per cent")["kind"] != "tariff_rate"


def test_a_rate_held_where_it_is_stands():
    text = "Washington agreed to hold its duty on Mexican tomatoes at 17% for another year."
    assert figure(text, "17%")["status"] == "in_effect"


def test_the_rate_a_country_placed_is_that_countrys():
    text = "The new deposit follows the 100% tariff China placed on canola oil in March."
    row = figure(text, "100%")
    assert (row["imposed_by"], row["status"]) == ("CN", "in_effect")


def test_a_government_that_requires_a_duty_levies_it():
    text = "Beijing will require importers of Canadian canola to post deposits equal to a 75.8% duty."
    row = figure(text, "75.8%")
    assert (row["imposed_by"], row["applied_to"], row["status"]) == ("CN", "CA", "announced")


def test_it_stands_for_the_nearest_noun_of_its_number():
    text = "The jobless rate could rise if the 25% tariffs stay, pushing it toward 9%."
    assert figure(text, "9%")["measure"] == "unemployment_rate"
    text = "Ottawa put a 25% tariff on steel in March, then cut it to 10%."
    assert figure(text, "10%")["kind"] == "tariff_rate"


def test_a_gerund_joined_to_the_verb_before_shares_its_subject():
    text = "Trump said he was ending talks with Canada and raising tariffs by another 10%."
    row = figure(text, "10%")
    assert (row["imposed_by"], row["applied_to"]) == ("US", "CA")


def test_a_future_rate_without_a_deal_is_a_threat():
    text = "Without a deal, the U.S. duty on Canadian lumber will climb to 45% by December."
    assert figure(text, "45%")["status"] == "threatened"


def test_a_word_in_ing_before_a_determiner_is_a_verb_not_a_noun():
    # "the lifting of" would be the noun; "lifting the" takes an object
    p = parsed("Ottawa signed a decree lifting the surtax on American boats to 40% from 20%.")
    assert any(v.lemma == "lift" for v in p.verbs)
    row = figure("Ottawa signed a decree lifting the surtax on American boats to 40% from 20%.", "40%")
    assert row["kind"] == "tariff_rate" and row["applied_to"] == "US"


def test_a_participle_after_a_noun_with_a_verb_reading_is_a_reduced_relative():
    # "imports" can be a verb, but here it is the noun "not covered" describes
    text = "Washington raised the duty on Mexican imports not covered by the accord to 30%."
    p = parsed(text)
    covered = next(v for v in p.verbs if v.lemma == "cover")
    assert covered.reduced
    row = figure(text, "30%")
    assert row["kind"] == "tariff_rate" and row["applied_to"] == "MX"


def test_as_before_a_subject_and_an_unknown_verb_opens_a_clause():
    p = parsed("Canola prices slid 9% this month as growers fret over new duties.")
    assert len(p.clauses) == 2
    assert figure("Canola prices slid 9% this month as growers fret over new duties.", "9%")["kind"] \
        == "economic_indicator"
    # "as" before a noun phrase with no verb opens nothing
    assert len(parsed("Exports fell 9% as a share of output.").clauses) == 1


def test_a_sectors_quantity_that_moves_is_no_tariff_however_near_a_tariff_word():
    row = figure("Aluminum has soared 14% since March, while duties stay in place.", "14%")
    assert row["kind"] == "economic_indicator" and row["status"] is None


def test_a_weak_tariff_noun_of_a_rate_on_goods_is_a_tariff():
    row = figure("Mills now post cash deposits of 14.4% on Canadian softwood.", "14.4%")
    assert row["kind"] == "tariff_rate" and row["sectors"] == ["lumber"]
    assert figure("Savers moved 6% of their deposits to credit unions.", "6%")["kind"] != "tariff_rate"


def test_a_preliminary_duty_collected_is_in_effect_and_one_only_found_is_a_threat():
    collected = figure("Beijing has collected preliminary deposits of 60% on Canadian peas since June.", "60%")
    assert collected["status"] == "in_effect" and collected["imposed_by"] == "CN"
    found = figure("The agency's preliminary duty of 60% on Canadian peas worries growers.", "60%")
    assert found["status"] == "threatened"


def test_a_share_of_what_a_country_buys_is_an_import_share():
    assert figure("Canada provides about 40% of the steel the United States imports.", "40%")["measure"] \
        == "import_share"
    assert figure("Canada sends about 40% of its steel to the United States.", "40%")["measure"] \
        == "export_share"


def test_a_fraction_of_a_figure_after_of_is_a_share_and_without_of_a_multiplier():
    rows = RulesExtractor().extract("Half of the 3,000 workers were recalled; pay is half the $40 rate.", None, "a")
    mentions = [r["mention"] for r in rows.figures]
    assert "Half" in mentions and "half" not in mentions


def test_a_sentence_opening_plural_with_a_verb_reading_is_its_subject():
    row = figure("Exports of Canadian potash face a 10% rate under the order.", "10%")
    assert row["kind"] == "tariff_rate" and row["sectors"] == ["critical_minerals"]


def test_a_rate_goods_pay_is_a_tariff_and_a_decline_they_face_is_not():
    assert figure("Korean cars will pay 15% to reach American buyers.", "15%")["kind"] == "tariff_rate"
    assert figure("Korean cars face a 15% decline in sales.", "15%")["kind"] != "tariff_rate"


def test_a_share_of_plants_is_no_share_of_trade():
    assert figure("A third of the aluminum smelters in Quebec cut shifts.", "A third")["kind"] == "other"


def test_a_rate_others_expect_is_a_threat_and_a_long_expected_one_is_not():
    assert figure("Economists expect 30% duties on U.S. bourbon.", "30%")["status"] == "threatened"
    row = figure("The move answers Ottawa's long-expected 10% surtax on Chinese steel, in force since May.", "10%")
    assert row["status"] != "threatened"


def test_duties_collected_in_a_month_are_that_months_total():
    row = figure("Washington took in $21 billion in duties in May, the Treasury said.", "$21 billion")
    assert row["measure"] == "tariff_revenue" and row["period"] == "monthly"


def test_a_subjects_head_before_its_preposition_says_what_moved():
    row = figure("Prices of imported steel rose 4% in May.", "4%")
    assert row["measure"] == "price"
    assert figure("The value of exports rose 4% in May.", "4%")["measure"] == "exports"


def test_the_far_end_of_a_range_after_a_verb_hangs_on_no_noun_before_it():
    text = "Analysts say prices for imported cars could rise 5% to 8%."
    assert figure(text, "5%")["measure"] == figure(text, "8%")["measure"] == "price"


def test_who_agrees_to_a_rate_pays_it():
    row = figure("South Korea agreed to a 15% rate on most of its exports to the United States.", "15%")
    assert row["applied_to"] == "KR" and row["imposed_by"] == "US"
    assert figure("Ottawa agreed to impose a 25% surtax on Chinese steel.", "25%")["imposed_by"] == "CA"


def test_a_list_item_with_a_verb_of_its_own_keeps_its_own_status():
    text = "Canadian steel pays a 50% duty now, and a further 10% surcharge will be added in October."
    assert figure(text, "50%")["status"] == "in_effect"
    assert figure(text, "10%")["status"] == "announced"


def test_a_rate_paid_before_a_change_is_removed_and_a_pronoun_is_no_noun():
    row = figure("Korean cars now face 15%, down from the 25% they paid in April.", "25%")
    assert row["kind"] == "tariff_rate" and row["status"] == "removed"


def test_a_sector_of_another_clause_is_not_the_sector_of_a_general_subject():
    rows = RulesExtractor().extract("Aluminum smelters were hit hardest, while shipments fell 3.1% in May.",
                                    None, "a", "Trade slows again").figures
    assert rows[0]["sectors"] == ["all"]
    # a subject that names no kind of thing still takes the sentence's sector
    assert figure("Aluminum smelters were hit hardest after the 10% duty began.", "10%")["sectors"] == ["aluminum"]


def test_a_rate_extended_is_kept_in_effect():
    assert figure("Ottawa said it would extend its 25% surtax on U.S. boats.", "25%")["status"] == "in_effect"


def test_money_in_a_compound_whose_head_is_a_cost_is_a_cost():
    row = figure("Carmakers absorbed $4 billion in tariff costs last year.", "$4 billion")
    assert row["measure"] == "economic_cost"
    assert figure("Ottawa collected $4 billion in tariff revenue.", "$4 billion")["measure"] == "tariff_revenue"


def test_up_to_after_a_nouns_of_is_a_hedge():
    assert figure("The firm expects a hit of up to $2 billion.", "$2 billion")["qualifier"] == "upper_bound"
    assert figure("The bank pushed its rate up to 5% in May.", "5%")["qualifier"] == "exact"


def test_the_metal_points_back_to_the_metal_named_before():
    text = "Copper mines cut output after Washington put a 50% duty on the metal."
    assert figure(text, "50%")["sectors"] == ["copper"]
    assert sorted(figure("Mills cheered as the metal tariffs of 25% were cut.", "25%")["sectors"]) == ["aluminum", "steel"]


def test_a_preposition_of_several_words_holds_no_verb_and_a_combined_rate_replaces_nothing():
    text = "The new duty stacks on top of duties that already total 20%, bringing the combined rate to 30%."
    p = parsed(text)
    assert not any(v.lemma == "top" for v in p.verbs)
    assert figure(text, "20%")["status"] == "in_effect"


def test_a_weak_tariff_noun_reads_as_one_two_sentences_after_a_tariff_word():
    text = ("Ottawa answered with 25% duties on U.S. goods. A second round would cost more. "
            "Matching Washington's 35% rate would be a gamble.")
    assert figure(text, "35%")["kind"] == "tariff_rate"
    text = "Ottawa answered with 25% duties. Then came the summer. Then came autumn. The 35% rate held."
    assert figure(text, "35%")["kind"] != "tariff_rate"


def test_a_rate_a_named_leader_has_said_he_will_impose_is_announced():
    text = "Exporters hope to dodge the 30% duty U.S. Trade Secretary Jane Roe has said she will impose on Aug. 1."
    assert figure(text, "30%")["status"] == "announced"
    found = RulesExtractor().extract(text, date(2025, 7, 20), "a").dates
    assert [(d["mention"], d["role"]) for d in found] == [("Aug. 1", "effective")]


def test_a_particle_after_a_verb_is_no_verb_and_an_unknown_participle_after_have_is_one():
    p = parsed("Officials have drawn up a list of goods worth $30 billion.")
    assert [v.lemma for v in p.verbs] == ["drawn"]


def test_a_word_in_a_title_names_no_measure_or_sector():
    row = figure("Agriculture Minister Jean Roy said exports could fall 4% next year.", "4%")
    assert row["measure"] == "exports" and row["sectors"] == ["all"]


def test_a_share_whose_noun_is_left_out_continues_the_one_before():
    row = figure("About 70% of Chile's exports and 40% of Peru's go to China.", "40%")
    assert row["kind"] == "trade_share" and row["measure"] == "export_share"


def test_a_bare_level_of_goods_after_a_tariff_rate_continues_it_into_the_next_paragraph():
    text = "Canadian goods now face a 35% tariff.\n\nLumber and potash remain at 10%."
    row = figure(text, "10%")
    assert row["kind"] == "tariff_rate"
    text = "Canadian goods now face a 35% tariff.\n\nThe jobless rate rose to 7%."
    assert figure(text, "7%")["kind"] != "tariff_rate"


def test_a_participle_after_a_noun_before_the_clauses_verb_is_part_of_the_subject():
    text = "The share of Mexican exports shipped north fell to 80% in May."
    p = parsed(text)
    assert next(v for v in p.verbs if v.lemma == "ship").reduced
    row = figure(text, "80%")
    assert row["kind"] == "trade_share" and row["measure"] == "export_share"


def test_what_led_a_total_is_not_its_sector():
    rows = RulesExtractor().extract("Exports rose 2% in May, led by shipments of crude oil.", None, "a",
                                    "Trade report").figures
    assert rows[0]["sectors"] == ["all"]


def test_a_plural_after_an_introductory_comma_and_before_a_preposition_is_a_noun():
    row = figure("Meanwhile, imports of U.S. bourbon fell 60% in the quarter.", "60%")
    assert row["measure"] == "imports"


def test_as_between_two_finite_clauses_opens_the_second_and_a_participle_before_its_noun_is_no_verb():
    text = "Mills may recover as the old 30% duties on affected lumber and cabinets are replaced by 10% rates."
    p = parsed(text)
    assert [p.text(Document.of(text), lo, hi).split()[0] for lo, hi in p.clauses] == ["Mills", "as"]
    assert sorted(figure(text, "30%")["sectors"]) == ["furniture", "lumber"]


def test_a_phrase_that_reaches_further_keeps_its_reading_inside_an_earlier_one():
    # "total trade" is trade both ways; "trade volumes to" the trade going one way
    assert figure("Total trade volumes to the U.S. fell 9% this spring.", "9%")["measure"] == "exports"


def test_an_exemption_from_a_rate_leaves_it_in_effect():
    row = figure("Trucks that meet the content rules are exempt from the 25% tariff.", "25%")
    assert row["status"] == "in_effect"


def test_a_tariff_from_a_country_is_levied_by_it_and_a_verb_with_a_country_object_is_a_verb():
    row = figure("Japan faces a 20% tariff from Beijing.", "20%")
    assert (row["imposed_by"], row["applied_to"]) == ("CN", "JP")
    row = figure("Washington's 50% duty on all foreign aluminum hit Canada hardest.", "50%")
    assert row["applied_to"] == "*"


def test_goods_that_open_an_item_of_a_list_sharing_a_verb_are_its_subject():
    text = "Copper pays 50 per cent, trucks 25 per cent, and softwood lumber about 45 per cent."
    assert figure(text, "25 per cent")["sectors"] == ["trucks"]
    assert figure(text, "45 per cent")["sectors"] == ["lumber"]


def test_the_rows_of_a_table_continue_each_other():
    text = "Rates on Canadian goods\n\nGoods | Tariff | Since\nSteel | 50% | June 4\nCopper | 50% | Aug. 1"
    rows = RulesExtractor().extract(text, date(2025, 9, 1), "a", "Rates on Canadian goods").figures
    assert [(r["kind"], r["sectors"]) for r in rows] == [("tariff_rate", ["steel"]), ("tariff_rate", ["copper"])]


def test_jobs_an_employer_will_cut_are_lost_and_jobs_a_measure_threatens_are_at_risk():
    assert figure("The sawmill will eliminate 180 positions in June.", "180")["measure"] == "jobs_lost"
    assert figure("Tariffs will eliminate 20,000 jobs, the bank warned.", "20,000")["measure"] == "jobs_at_risk"
    assert figure("The duties threaten 4,000 jobs in Sudbury.", "4,000")["measure"] == "jobs_at_risk"
    assert figure("A long dispute would wipe out 9,000 jobs.", "9,000")["measure"] == "jobs_at_risk"


def test_an_irregular_past_form_has_no_noun_reading():
    row = figure("Growers lost $300 million in soybean sales last year.", "$300 million")
    assert row["measure"] == "economic_cost"


def test_a_rate_in_place_from_one_past_time_to_another_is_removed():
    p = parsed("The 25% levies were in place from March to September.")
    assert not any(v.lemma == "place" for v in p.verbs)
    rows = RulesExtractor().extract("The 25% levies on U.S. boats were in place from March to September.",
                                    date(2025, 10, 15), "a").figures
    assert rows[0]["status"] == "removed"
