"""Dates: found in every form, put on the calendar by the clause's tense, given a role
by the rule table. Sentences are our own."""

from datetime import date

import pytest

from tradefigures.extract.engine import REACHES
from tradefigures.extract.extractor import RulesExtractor
from tradefigures.extract.rules.date_role import RULES

EXTRACTOR = RulesExtractor()


def mentions(text, published=None):
    return EXTRACTOR.read(text, published)[1]


def dates(text, published=None):
    return [(text[d.start:d.end], d.value, d.granularity, d.role, d.relative) for d in mentions(text, published)]


def only(text, published=None):
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


# -- forms -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, mention, value, granularity", [
    ("The first shipment cleared customs on 04th Jan 2019 at the Windsor crossing.", None,
     "04th Jan 2019", "2019-01-04", "day"),
    ("The accord was signed Dec. 31, 1994, after long talks.", None, "Dec. 31, 1994", "1994-12-31", "day"),
    ("The plant closed on 28 june in 2020 and never reopened.", None, "28 june in 2020", "2020-06-28", "day"),
    ("Records start on july 4th of 1995 for that port.", None, "july 4th of 1995", "1995-07-04", "day"),
    ("Filing received 05-Aug-2016 by the tribunal.", None, "05-Aug-2016", "2016-08-05", "day"),
    ("Order entered Sep-23-2020 in the registry.", None, "Sep-23-2020", "2020-09-23", "day"),
    ("The mill was sold two years ago to a rival.", date(2026, 3, 2), "two years ago", "2024", "year"),
    ("The quota was cut three months ago, officials said.", date(2025, 2, 10), "three months ago", "2024-11", "month"),
    ("The dispute began a decade ago over softwood.", date(2025, 6, 1), "a decade ago", "2015", "year"),
    ("Duties eased nine days ago at the border.", date(2025, 6, 12), "nine days ago", "2025-06-03", "day"),
    ("Published 2025-04-09 in Ottawa.", None, "2025-04-09", "2025-04-09", "day"),
    ("Revenue for the 2024-25 fiscal year fell.", None, "2024-25", "2024", "year"),
    ("The quarrel dates to the 1990s.", None, "1990s", "1990", "year"),
    ("Prices peaked in mid-March 2025.", None, "mid-March 2025", "2025-03", "month"),
    ("The mill will close by the end of 2026.", None, "end of 2026", "2026", "year"),
    ("Shipments slowed in the latter part of 2023.", None, "latter part of 2023", "2023", "year"),
    ("Meetings resumed on Wednesday, October 8, 2025, in Ottawa.", None,
     "Wednesday, October 8, 2025", "2025-10-08", "day"),
    ("Steel prices rose last August, traders said.", date(2025, 6, 5), "last August", "2024-08", "month"),
    ("Exports may recover next spring.", date(2025, 6, 5), "next spring", "2026", "year"),
])
def test_forms(text, published, mention, value, granularity):
    found = {d[0]: d for d in dates(text, published)}
    assert mention in found, found
    assert found[mention][1:3] == (value, granularity)


def test_a_date_wrapped_onto_the_next_line_is_one_date_with_offsets_into_the_text():
    text = "Inspectors found earlier this\nyear that the mill had been dumping steel."
    (d,) = mentions(text, date(2025, 9, 1))
    assert text[d.start:d.end] == "earlier this\nyear"
    assert d.value == "2025"


def test_a_date_does_not_run_across_a_paragraph_break():
    found = dates("Exports fell in June.\n\n2025 was a hard year for mills.")
    assert [d[0] for d in found] == ["June", "2025"]


@pytest.mark.parametrize("text", [
    "The pause lasted five months.", "Relations are the worst in decades.",
    "It paid $2,025 in fees.", "Tariffs of 20% hit exports.", "Section 232 applies.",
    "Duties may 10 times exceed the old rate.", "Ottawa took a few years ago's advice.",
])
def test_durations_numbers_and_verbs_are_not_dates(text):
    assert dates(text) == []


def test_may_the_verb_is_not_a_month():
    assert dates("Prices may rise. Trade may March on.") == []


# -- the year of a date written without one -----------------------------------------------

@pytest.mark.parametrize("text, published, value", [
    # the future lies ahead: in October, Sept. 1 is next year's
    ("The duty will drop on Sept. 1.", date(2025, 10, 10), "2026-09-01"),
    ("Rates are set to rise on Jan. 1.", date(2025, 10, 10), "2026-01-01"),
    ("A hike could come in March.", date(2025, 8, 20), "2026-03"),
    ("Ottawa plans to lift the surtax in February.", date(2025, 11, 3), "2026-02"),
    # the past lies behind: in August, March is this year's
    ("Ottawa slapped duties on steel in March.", date(2025, 8, 20), "2025-03"),
    ("The levy has been in force since November.", date(2025, 8, 20), "2024-11"),
    # across the turn of the year, both ways
    ("Duties will rise in January.", date(2025, 12, 15), "2026-01"),
    ("Ottawa imposed the levy in December.", date(2026, 1, 10), "2025-12"),
    ("The surtax took effect on Dec. 30.", date(2026, 1, 4), "2025-12-30"),
    ("The surtax takes effect on Jan. 3.", date(2025, 12, 28), "2026-01-03"),
    # no tense to go by: the nearest such month, the earlier one on a tie
    ("Exports in February were strong.", date(2025, 8, 10), "2025-02"),
    ("Exports in November were weak.", date(2026, 1, 10), "2025-11"),
])
def test_a_day_or_month_without_a_year_takes_it_from_the_tense(text, published, value):
    assert only(text, published)[1] == value


def test_a_weekday_lies_ahead_or_behind_by_the_tense():
    wednesday = date(2025, 10, 8)
    assert only("Carney will meet Trump on Tuesday.", wednesday)[1] == "2025-10-14"
    assert only("Carney met Trump on Tuesday.", wednesday)[1] == "2025-10-07"


def test_without_a_publication_date_a_relative_date_has_no_value():
    assert only("The review begins next year.")[1:3] == (None, "year")
    assert only("The duty will drop on Sept. 1.")[1:3] == (None, "day")
    assert only("The duty will drop on Sept. 1.")[4] is True


def test_a_relative_month_resolves_across_the_year():
    assert only("Ministers will meet again next month.", date(2025, 12, 10))[1:3] == ("2026-01", "month")
    assert only("Exports fell last month, the agency said.", date(2026, 1, 9))[1] == "2025-12"


# -- roles -------------------------------------------------------------------------------

EXAMPLES = [(rule, example) for rule in RULES for example in rule.examples]


def test_every_role_rule_has_examples():
    assert [r.name for r in RULES if not r.examples] == []
    assert all(r.reach in REACHES for r in RULES)


@pytest.mark.parametrize("rule, example", EXAMPLES, ids=[f"{r.name}: {e}" for r, e in EXAMPLES])
def test_each_role_rule_decides_its_examples(rule, example):
    found = mentions(example)
    assert len(found) == 1, [(example[d.start:d.end], d.rule) for d in found]
    (d,) = found
    assert d.rule == rule.name, (example[d.start:d.end], d.role, d.rule)
    if rule.value != "@":
        assert d.role == rule.value


@pytest.mark.parametrize("text, role", [
    ("The Conference Board of Canada expects growth to slow in 2026.", "reference"),
    ("The Conference Board's forecast for 2027 is bleak.", "reference"),
    ("Speaking at a news conference on March 3, 2025, the minister unveiled the levy.", "announcement"),
    ("At a press conference in Ottawa on May 5, 2025, officials gave details.", "announcement"),
    ("Leaders gathered at a summit in Kananaskis in June 2025.", "meeting"),
])
def test_conference_board_and_news_conferences_are_not_meetings(text, role):
    assert only(text)[3] == role


@pytest.mark.parametrize("text, published, mention, role", [
    ("The review deadline is July 1, 2026, officials said.", None, "July 1, 2026", "deadline"),
    ("Duties apply as of March 20, 2025, the notice says.", None, "March 20, 2025", "effective"),
    ("The tax was announced in 2020 and passed later.", None, "2020", "announcement"),
    ("The agreement is up for review in 2026.", None, "2026", "review"),
    ("Exports to China grew strongly in 2024.", None, "2024", "reference"),
    ("The measure is retroactive to 2022.", None, "2022", "effective"),
    ("Talks must end ahead of an Aug. 1 deadline.", date(2025, 7, 16), "Aug. 1", "deadline"),
    ("The formal review begins next year.", date(2025, 10, 5), "next year", "review"),
    ("Both sides launched consultations last month.", date(2025, 10, 5), "last month", "announcement"),
    ("The counter-tariffs came into effect this morning.", date(2025, 3, 4), "this morning", "effective"),
    ("Mills shed thousands of jobs this year.", date(2025, 10, 6), "this year", "reference"),
    ("Implemented in the fall of 2024, the levies remain.", None, "fall of 2024", "effective"),
    ("The tax was announced in 2019, but it only passed in 2023.", None, "2023", "reference"),
    ("The tax was announced in 2019, but it did not pass until 2023.", None, "2023", "reference"),
    ("It was the largest increase since 1993, the agency said.", None, "1993", "reference"),
    ("Both leaders agreed to settle the dispute by August, a deadline they missed.", date(2025, 10, 6),
     "August", "deadline"),
    ("By April, Ottawa had collected $800 million in duties.", date(2025, 6, 1), "April", "reference"),
    ("The levies could be lifted by July 1, the bank said.", date(2025, 3, 1), "July 1", "effective"),
    ("The department will announce its review of the duty order on Aug. 8.", date(2025, 7, 1), "Aug. 8",
     "announcement"),
    ("Trump paused the tariffs, following a similar quarrel earlier this year.", date(2025, 10, 1),
     "earlier this year", "reference"),
    ("Imports meeting the rules of origin rose in June.", date(2025, 8, 1), "June", "reference"),
    ("The treaty has been in force since July 1, 2020.", None, "July 1, 2020", "effective"),
    ("The tariffs would lower real output by 2 per cent by 2029.", None, "2029", "reference"),
    ("The tariffs were raised to 35 per cent on Aug. 1.", date(2025, 9, 1), "Aug. 1", "effective"),
    ("Citing security concerns, Trump earlier this year launched a probe of copper.", date(2025, 7, 9),
     "earlier this year", "announcement"),
    ("The department released the trade figures on Sept. 4.", date(2025, 9, 5), "Sept. 4", "announcement"),
    ("Border agents began collecting the duties on Aug. 14, 2025.", None, "Aug. 14, 2025", "effective"),
    ("Trade officials will sit down again in September.", date(2025, 7, 20), "September", "meeting"),
    ("The consultation period ends on Oct. 1.", date(2025, 7, 20), "Oct. 1", "deadline"),
    ("Ottawa imposed a 25 per cent counter-tariff on $60 billion of goods in March.", date(2025, 8, 22),
     "March", "effective"),
])
def test_roles(text, published, mention, role):
    found = {d[0]: d for d in dates(text, published)}
    assert mention in found, found
    assert found[mention][3] == role


def test_a_timeline_entry_dates_the_verb_of_its_line():
    text = "On March 12: Washington imposed a 25% tariff on every country's steel and aluminum products."
    assert only(text, date(2025, 4, 9))[1:4] == ("2025-03-12", "day", "effective")
    text = "May 3, 2025 (planned): A 25% tariff on certain auto parts will apply."
    assert only(text)[3] == "effective"


def test_a_fronted_date_dates_the_main_verb():
    text = "Today the union, which represents 3,000 workers, held an emergency meeting on the duties."
    assert only(text, date(2025, 3, 28))[3] == "meeting"


def test_the_role_cue_is_recorded():
    rows = EXTRACTOR.extract("Lumber faces a 10% tariff starting Oct. 14, 2025.", None, "0" * 16).dates
    assert rows[0]["role"] == "effective" and "starting (lead)" in rows[0]["cues"]


def test_a_pronoun_object_stands_for_the_measure_named_before_it():
    rows = dates("Ottawa imposed the surtaxes in April and lifted them in September.")
    assert [r[3] for r in rows] == ["effective", "effective"]


def test_a_past_tense_under_if_supposes_and_sets_no_year():
    # published in July: a supposed "went ahead on Aug. 1" is this year's, not last year's
    assert only("Ottawa would answer if Washington went ahead on Aug. 1.", date(2025, 7, 15))[1] == "2025-08-01"
    assert only("Washington went ahead on Aug. 1.", date(2025, 7, 15))[1] == "2024-08-01"


def test_a_limit_set_in_the_past_for_something_still_to_do_lies_ahead():
    # "by" a day, on a goal set before publication: the nearest such day, not last year's
    found = dates("In June the ministers set a target of signing the accord by July 30.", date(2025, 6, 25))
    assert [(m, v, role) for m, v, _, role, _ in found][-1] == ("July 30", "2025-07-30", "deadline")


def test_a_capitalised_may_before_a_noun_is_the_month_and_its_data_are_past():
    found = dates("The agency will release May trade data on July 8.", date(2025, 6, 10))
    assert [(m, v, role) for m, v, _, role, _ in found] == [("May", "2025-05", "reference"),
                                                          ("July 8", "2025-07-08", "announcement")]
    assert dates("Prices May rise.", date(2025, 6, 10)) == []


def test_a_verb_joined_by_and_shares_the_subject_that_dates_a_measure():
    found = dates("The surtax was imposed in October 2024 and widened in January.", date(2025, 6, 10))
    assert [(m, role) for m, _, _, role, _ in found] == [("October 2024", "effective"), ("January", "effective")]


def test_what_ends_is_the_subjects_head_not_a_noun_in_its_preposition():
    assert dates("Consultations on the review close on Nov. 17.", date(2025, 9, 10))[0][3] == "deadline"
    assert dates("The first round of talks opens on Nov. 17.", date(2025, 9, 10))[0][3] == "meeting"


def test_the_end_of_the_month_is_this_month():
    assert only("The cut takes effect at the end of the month.", date(2025, 10, 15))[:3] == \
        ("the end of the month", "2025-10", "month")
