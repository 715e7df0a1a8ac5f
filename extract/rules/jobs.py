"""Jobs: a count of jobs or workers is jobs at risk, jobs lost, or employment, by what
its clause says happens to them; a share of a workforce that a firm cuts is jobs lost."""

from tradefigures.extract.engine import Rule

RULES = (
    Rule("a share of the workforce cut", "verb", ("unit=percent", "verb=lower/lay_off"), "jobs_lost", 11,
         examples=("The mill is cutting its workforce by 20%.",)),
    Rule("cuts an employer will make", "verb", ("unit=count", "verb=lay_off", "mood=future", "employer_subject"),
         "jobs_lost", 10.05, examples=("The mill will eliminate 250 positions by March.",)),
    Rule("jobs threatened", "verb", ("unit=count", "verb=threaten", "!negated"), "jobs_at_risk", 9.7,
         examples=("The tariffs threaten 10,000 jobs in the Windsor area.",)),
    Rule("could be lost", "verb", ("unit=count", "verb=lay_off/cost", "mood=conditional/future"), "jobs_at_risk", 10,
         examples=("A 25% tariff could eliminate 160,000 jobs.",)),
    Rule("jobs that could go", "verb", ("unit=count", "verb=go", "mood=conditional/future"), "jobs_at_risk", 9.9,
         examples=("Up to 3,000 jobs could go if the duty stays.",)),
    Rule("jobs a measure could hit", "verb", ("unit=count", "verb=cover", "mood=conditional/future"), "jobs_at_risk", 9.8,
         examples=("She estimated that 40,000 jobs could be affected.",)),
    Rule("jobs a cost has taken", "verb", ("unit=count", "verb=cost/lay_off", "mood=past/perfect"), "jobs_lost", 9.5,
         examples=("The dispute has cost 12,000 jobs so far.",)),
    Rule("the size of a fall", "verb", ("unit=count", "verb=fall/lower/lay_off",), "jobs_lost", 9,
         examples=("Employment fell by 8,500 jobs in April.",)),
    Rule("losses its verb forecasts", "verb", ("unit=count", "in_clause=jobs_lost", "chain_mood=conditional/future"),
         "jobs_at_risk", 8, examples=("The bank says the slump could lead to “more than 40,000 job losses”.",)),
    Rule("a loss forecast", "lead", ("unit=count", "lead=of:loss", "chain_mood=conditional/future"), "jobs_at_risk", 10,
         examples=("A long dispute could mean a loss of 40,000 jobs.",)),
    Rule("a loss", "lead", ("unit=count", "lead=of:loss"), "jobs_lost", 9,
         examples=("The province reported a loss of 3,000 jobs in May.",)),
    Rule("put at risk", "clause", ("unit=count", "in_clause=jobs_at_risk",), "jobs_at_risk", 10,
         examples=("Up to 85,000 jobs could be at risk, the union said.",)),
    Rule("losses", "clause", ("unit=count", "in_clause=jobs_lost",), "jobs_lost", 8,
         examples=("About 900 union members received layoff notices.",)),
)
