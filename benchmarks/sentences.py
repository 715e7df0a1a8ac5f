"""Sentences for the synthetic corpus: each kind of figure the extractor reads, written
many ways, with hedges, ranges, attributions and dates.

A `Pen` holds one article's random generator and its publication date; every
sentence is a template filled by the pen, so the same generator state gives the same
sentence.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks import vocabulary as v

NBSP = "\u00a0"


class Pen:
    """Fills templates for one article from its own random generator."""

    def __init__(self, rng: random.Random, published: date):
        self.rng = rng
        self.published = published

    def pick(self, options):
        return options[self.rng.randrange(len(options))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # numbers ----------------------------------------------------------------------------

    def percent(self, values=(10, 15, 17.5, 20, 25, 30, 35, 45, 50, 6.5, 14.4, 2.5, 12)) -> str:
        value = self.pick(values)
        number = f"{value:g}"
        return number + self.pick(("%", "%", " per cent", " percent", "\u00a0%"))

    def money(self, big: bool = True) -> str:
        scale = self.pick(("billion", "billion", "trillion", "million")) if big else "million"
        amount = {"trillion": (1.2, 1.8, 2.1, 3.6), "billion": (2, 3.5, 12, 29.8, 60, 155, 410, 0.9),
                  "million": (75, 180, 250, 640, 925)}[scale]
        number = f"{self.pick(amount):g}"
        currency = self.pick(("$", "$", "C$", "US$", "CAD ", "$"))
        if self.chance(0.15):
            return f"{currency}{number}-{scale}"
        return currency + number + self.pick((" ", " ", NBSP)) + scale

    def count(self) -> str:
        n = self.pick((1200, 4500, 8_000, 12_500, 25_000, 40_000, 85_000, 150_000, 500_000))
        return f"{n:,}"

    def hedge(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            return self.pick(v.HEDGES_APPROX) + " "
        if roll < 0.5:
            return self.pick(v.HEDGES_UPPER) + " "
        if roll < 0.6:
            return self.pick(v.HEDGES_LOWER) + " "
        return ""

    def period(self) -> str:
        return self.pick((" a day", " a year", " annually", " each month", " last year", "", " in 2024"))

    # people, places, dates --------------------------------------------------------------

    def person(self) -> str:
        return f"{self.pick(v.FIRST_NAMES)} {self.pick(v.LAST_NAMES)}"

    def expert(self) -> str:
        return f"{self.person()}, {self.pick(v.ECONOMIST_ROLES)} {self.pick(v.ORGANISATIONS)}"

    def official(self) -> str:
        title, name = self.pick(v.OFFICIALS)
        return f"{title} {name}"

    def sides(self) -> tuple[str, str, str]:
        """Who levies, the adjective of the goods' origin, and the goods."""
        if self.chance(0.6):
            return self.pick(v.UNITED_STATES), self.pick(v.CANADIAN_ADJ), self.pick(v.GOODS)
        return self.pick(v.CANADA), self.pick(v.US_ADJ), self.pick(v.GOODS)

    def day(self, offset_days: int) -> date:
        return self.published + timedelta(days=offset_days)

    def when(self) -> str:
        """An absolute, relative, month or weekday date, as a phrase."""
        roll = self.rng.random()
        d = self.day(self.rng.randrange(-200, 300))
        if roll < 0.25:
            return f"on {v.MONTHS[d.month - 1]} {d.day}, {d.year}"
        if roll < 0.4:
            return f"on {v.MONTH_ABBREV[d.month - 1]} {d.day}"
        if roll < 0.5:
            return f"on {d.day} {v.MONTHS[d.month - 1]} {d.year}"
        if roll < 0.65:
            return f"in {v.MONTHS[d.month - 1]}"
        if roll < 0.75:
            return f"on {self.pick(v.WEEKDAYS)}"
        if roll < 0.8:
            return f"by {v.MONTHS[d.month - 1]} {d.year}"
        return self.pick(v.RELATIVE_DATES)


def tariff(p: Pen) -> str:
    by, origin, goods = p.sides()
    rate, rate2 = p.percent(), p.percent()
    return p.pick((
        f"{by} {p.pick(('raised', 'hiked', 'lifted'))} its tariff on {origin} {goods} to {rate} {p.when()}.",
        f"A {rate} tariff on {origin} {goods} {p.pick(('took effect', 'will take effect', 'came into force'))} {p.when()}.",
        f"{by.capitalize() if by[0].islower() else by} has threatened to impose a {rate} levy on {origin} {goods}.",
        f"The {rate} surtax on {origin} {goods} was {p.pick(('paused', 'lifted', 'suspended'))} {p.when()}, officials confirmed.",
        f"Importers of {origin} {goods} now pay duties of {rate}, up from {rate2}.",
        f"Under the order, {origin} {goods} are subject to a {rate} counter-tariff, while {p.pick(v.GOODS)} stay exempt.",
        f"{p.official()} said the {rate} duty on {origin} {goods} would stay in place until talks produce a deal.",
        f"Counter-tariffs of {rate} on {p.money(big=False)} worth of {origin} goods remain in force.",
        f"Anti-dumping duties of {rate} on {origin} {goods} were confirmed {p.when()} after a year-long investigation.",
        f"If the talks fail, {by} could raise the levy on {origin} {goods} from {rate2} to {rate}, {p.pick(v.SAID)} {p.expert()}.",
        f"The tariff on {origin} {goods}, now {rate}, is the highest since the dispute began.",
    ))


def trade_value(p: Pen) -> str:
    return p.pick((
        f"{p.hedge().capitalize()}{p.money()} worth of goods and services crosses the border{p.pick((' a day', ' every day', ' each day'))}.",
        f"Two-way trade between the countries reached {p.hedge()}{p.money()}{p.pick((' a year', ' last year', ' in 2024'))}, according to {p.pick(v.AGENCIES)}.",
        f"{p.pick(v.PROVINCES_STATES)} exported {p.hedge()}{p.money()} in {p.pick(v.GOODS)} to the United States{p.period()}.",
        f"Shipments of {p.pick(v.GOODS)} south of the border fell to {p.money()} in {p.pick(v.MONTHS)}, {p.pick(v.AGENCIES)} reported.",
        f"Canada's trade surplus with the U.S. {p.pick(('narrowed', 'widened'))} to {p.money(big=False)} {p.when()}.",
        f"The retaliatory list covers {p.hedge()}{p.money()} in {p.pick(v.US_ADJ)} imports, from {p.pick(v.GOODS)} to {p.pick(v.GOODS)}.",
        f"Sales of {p.pick(v.GOODS)} to American buyers were worth {p.money(big=False)} in the first quarter, down {p.percent((4, 9, 12, 18))} from a year earlier.",
        f"Every day, trucks carry {p.hedge()}{p.money()} in freight across the {p.pick(v.TOWNS)} crossing.",
    ))


def share(p: Pen) -> str:
    n = p.pick((75, 77, 64, 93, 40, 18, 3, 58))
    pct = f"{n}{p.pick(('%', ' per cent', ' percent'))}"
    return p.pick((
        f"{p.hedge().capitalize()}{pct} of Canada's {p.pick(v.GOODS)} exports go to the United States.",
        f"The U.S. buys {p.hedge()}{pct} of everything {p.pick(v.PROVINCES_STATES)} ships abroad.",
        f"{pct[0].upper() + pct[1:]} of goods crossing at {p.pick(v.TOWNS)} entered duty-free under CUSMA, up from {p.pick((38, 50, 62))}% {p.when()}.",
        f"Roughly {p.pick(('three-quarters', 'half', 'a third', 'two-thirds'))} of the sector's output is destined for American buyers.",
    ))


def jobs(p: Pen) -> str:
    return p.pick((
        f"{p.hedge().capitalize()}{p.count()} jobs could be lost in {p.pick(v.PROVINCES_STATES)} if the tariffs stay, said {p.expert()}.",
        f"The {p.pick(v.PLANTS)} in {p.pick(v.TOWNS)} employs {p.hedge()}{p.count()} people and has already cut a shift.",
        f"{p.expert()}, estimates that {p.hedge()}{p.count()} positions across the supply chain are at risk.",
        f"Layoff notices covering {p.count()} workers were issued {p.when()}, the union said.",
        f"The sector supports {p.hedge()}{p.count()} direct jobs and {p.count()} indirect ones, {p.pick(v.INDUSTRY_GROUPS)} says.",
    ))


def ranges(p: Pen) -> str:
    lo, hi = p.pick(((1, 2), (1.5, 2.5), (0.5, 1), (2, 3)))
    a, b = p.pick(((10, 25), (20, 30), (25, 35), (5, 10)))
    dash = p.pick(("-", "\u2013", " to "))
    return p.pick((
        f"Economists expect the dispute to shave between {lo} and {hi} percentage points off GDP growth {p.pick(v.RELATIVE_DATES)}.",
        f"Prices for {p.pick(v.GOODS)} could rise {a}{dash}{b}% once the duties are passed on, {p.pick(v.SAID)} {p.expert()}.",
        f"The hit to exports is put at ${p.pick((3, 4, 8))} billion to ${p.pick((9, 12, 15))} billion{p.period()}.",
        f"Between {p.count()} and {p.pick(('160,000', '210,000', '300,000'))} jobs could disappear, according to {p.pick(v.ORGANISATIONS)}.",
    ))


def impact(p: Pen) -> str:
    return p.pick((
        f"{p.pick(v.AGENCIES)} estimates the tariffs will cut real GDP by {p.hedge()}{p.percent((0.4, 1.1, 2, 2.6, 3))} by {p.published.year + 2}.",
        f"Tariff revenue collected at the border topped {p.money(big=False)} {p.when()}.",
        f"The {p.pick(v.PLANTS)} expects costs to climb by {p.money(big=False)} this year, {p.pick(v.SAID)} {p.expert()}.",
        f"Unemployment in {p.pick(v.TOWNS)} rose to {p.pick((7.4, 8.9, 9.6, 11.2))}% in {p.pick(v.MONTHS)}.",
        f"Federal support for affected firms totals {p.money()}, {p.official()} said {p.when()}.",
        f"The Canadian dollar slipped {p.pick((0.4, 0.8, 1.3))}% against the greenback after the announcement.",
    ))


def dated_event(p: Pen) -> str:
    d = p.day(p.rng.randrange(20, 400))
    return p.pick((
        f"The joint review of CUSMA is due by {v.MONTHS[d.month - 1]} {d.day}, {d.year}.",
        f"Consultations close {p.when()}, and a decision is expected {p.pick(v.RELATIVE_DATES)}.",
        f"The measures announced {p.when()} apply from {v.MONTHS[d.month - 1]} {d.day}.",
        f"Talks are scheduled to resume {p.when()} in {p.pick(('Ottawa', 'Washington', 'Toronto', 'Detroit'))}.",
        f"Negotiators set a {d.year} deadline for a deal on {p.pick(v.GOODS)}.",
    ))


def quote(p: Pen) -> str:
    open_q, close_q = p.pick((("\u201c", "\u201d"), ('"', '"'), ("\u00ab ", " \u00bb")))
    body = p.pick((
        f"We can't plan a year ahead when the rate could go to {p.percent()} overnight",
        f"Every week this drags on costs our members {p.hedge()}{p.money(big=False)}",
        "Nobody wins a trade war, least of all the towns on the border",
        f"We have {p.count()} families depending on this plant",
    ))
    return f"{open_q}{body},{close_q} said {p.pick((p.expert(), p.official(), p.person() + ' of ' + p.pick(v.INDUSTRY_GROUPS)))}."


def filler(p: Pen) -> str:
    if p.chance(0.5):
        return p.pick(v.NO_FIGURE_SENTENCES)
    return p.pick(v.CONTEXT_SENTENCES).format(
        town=p.pick(v.TOWNS), plant=p.pick(v.PLANTS), person=p.person(), group=p.pick(v.INDUSTRY_GROUPS),
        place=p.pick(v.PROVINCES_STATES), goods=p.pick(v.GOODS), official=p.official(), when=p.when())


# Weights: a paragraph draws its sentences from this mixture.
KINDS = ((tariff, 5), (trade_value, 4), (share, 2), (jobs, 3), (ranges, 2), (impact, 3),
         (dated_event, 2), (quote, 2), (filler, 14))
_FUNCS = tuple(f for f, _ in KINDS)
_WEIGHTS = tuple(w for _, w in KINDS)


def sentence(p: Pen) -> str:
    text = p.rng.choices(_FUNCS, weights=_WEIGHTS)[0](p)
    return text[0].upper() + text[1:]


def paragraph(p: Pen) -> str:
    """Two to five sentences; odd spacing between some of them."""
    parts = [sentence(p) for _ in range(p.rng.randint(2, 5))]
    glue = p.pick((" ", " ", " ", "  ", " \u2009"))
    return glue.join(parts)


def headline(p: Pen) -> str:
    text = f"{p.pick(v.HEADLINE_SUBJECTS)} {p.pick(v.HEADLINE_VERBS)} {p.pick(v.HEADLINE_OBJECTS)}"
    if p.chance(0.4):
        text += f" as {p.percent((25, 35, 50, 10))} rate {p.pick(('looms', 'bites', 'takes hold'))}"
    return text
