"""Jobs: a count of jobs or workers is jobs at risk, jobs lost, or employment, by what
its clause says happens to them."""

from tradefigures.extract.engine import Rule

RULES = (
    Rule("could be lost", "verb", ("verb=lay_off/cost", "mood=conditional/future"), "jobs_at_risk", 10,
         examples=("A 25% tariff could eliminate 160,000 jobs.",)),
    Rule("the size of a fall", "verb", ("verb=fall/lower/lay_off",), "jobs_lost", 9,
         examples=("Employment fell by 8,500 jobs in April.",)),
    Rule("put at risk", "clause", ("in_clause=jobs_at_risk",), "jobs_at_risk", 10,
         examples=("Up to 85,000 jobs could be at risk, the union said.",)),
    Rule("losses forecast", "clause", ("in_clause=jobs_lost", "clause_mood=conditional/future"), "jobs_at_risk", 9,
         examples=("The bank says the downturn could lead to 100,000 job losses.",)),
    Rule("losses", "clause", ("in_clause=jobs_lost",), "jobs_lost", 8,
         examples=("About 900 union members received layoff notices.",)),
)
