"""What happens on a date: deadline, effective (a measure takes effect), announcement,
meeting, review, or reference (anything else).

Read from the date outward (`extract/date_frames.py`): a noun in its own phrase ("the July
1 deadline", "a 2026 review"), the words right before it ("by Aug. 1", "since 2018",
"starting Oct. 14", "dated March 8"), the noun phrase it hangs on ("talks in January"),
then the verb it dates and that verb's subject and object ("took effect", "announced",
"met", "were raised to 35 per cent", "held an emergency meeting"). A date none of these
decide is a reference.
"""

from tradefigures.extract.engine import Rule

DAY_OR_MONTH = "date_granularity=day/month"
OWN_ROLES = "effective/announcement/meeting/review/deadline"

RULES = (
    # the date's own phrase
    Rule("a noun the date gives the time of", "phrase", ("date_phrase",), "@", 10,
         examples=("Negotiators are racing toward a Nov. 30 deadline.",
                   "Ministers will prepare for the 2027 review of the pact.",
                   "Officials spoke after Thursday's meeting in Halifax.",
                   "The agency said in a Feb. 3 statement that shipments slowed.",
                   "The Conference Board's 2026 outlook is grim.")),
    Rule("a measure the date starts", "phrase", ("date_phrase_measure",), "effective", 9,
         examples=("Importers braced for the Jan. 15 tariff increase.",)),
    Rule("a noun the date classifies", "phrase", ("date_classifier",), "reference", 8,
         examples=("Mills may sell up to 2023 volumes before the duty applies.",
                   "The 2024 fall economic statement set out the plan.")),
    Rule("a noun the date completes through of", "phrase", ("date_of",), "@", 8.5,
         examples=("The Customs Act of 1986 still governs the duty.",)),
    # the words right before it, and what it hangs on
    Rule("in force since", "lead", ("date_lead=reference", "date_since_state"), "effective", 10,
         examples=("The accord has been in force since April 3, 2019.",)),
    Rule("a tariff since", "lead", ("date_lead=reference", "date_host_tariff"), "effective", 9.9,
         examples=("Canadian steel has paid a 50% duty since June 4, 2025.",)),
    Rule("a time limit", "lead", ("date_lead=deadline", DAY_OR_MONTH, "!date_negated"), "deadline", 9,
         examples=("The exemption runs until June 30.",
                   "Washington deferred the duties until May 2.")),
    Rule("a time to be done by", "lead", ("date_lead=by", DAY_OR_MONTH, "!date_mood=conditional/past/perfect"),
         "deadline", 8.8,
         examples=("Ottawa must answer the demand by Oct. 15.",)),
    Rule("a meeting or a review that starts then", "lead", ("date_lead=effective", "date_event"), "@", 8.5,
         examples=("Starting in March 2026, the ministers will hold monthly talks.",)),
    Rule("a start, a reference or a date of issue", "lead", ("date_lead=effective/reference/announcement",), "@", 8,
         examples=("Pork faces a 15% duty starting Nov. 3.",
                   "Shipments have fallen since 2021.",
                   "Beijing cited a customs notice dated Sept. 9, 2024.")),
    Rule("the noun the date hangs on", "lead", ("date_host",), "@", 7,
         examples=("The premiers recalled his first trip to Washington in February.",
                   "Exporters are preparing for a formal review of the agreement next year.")),
    # the verb it dates
    Rule("what a copula's subject names", "verb", ("date_copula",), "@", 10,
         examples=("The filing deadline is Dec. 1, 2026, the agency says.",)),
    Rule("what begins", "verb", ("date_verb=begin", "date_subject"), "@", 9,
         examples=("Formal talks could begin as early as February.",)),
    Rule("talks or a review that end", "verb", ("date_verb=end", "date_subject=meeting/review"), "@", 8.9,
         examples=("The talks concluded in Ottawa on Oct. 3, 2025.",)),
    Rule("what is opened or started", "verb", ("date_verb=begin", "date_opens"), "@", 8.7,
         examples=("Ottawa opened public consultations on the pact in September 2025.",)),
    Rule("a measure begins", "verb", ("date_verb=begin", "date_measure"), "effective", 8.6,
         examples=("The new duties start on May 1.",)),
    Rule("what ends then", "verb", ("date_verb=end",), "deadline", 8.5,
         examples=("The temporary exemption ends on April 30.",
                   "The comment period closes on Oct. 31.")),
    Rule("what the verb says", "verb", ("date_verb=" + OWN_ROLES,), "@", 8,
         examples=("The counter-tariffs came into force on March 13, 2025.",
                   "Ottawa unveiled the package in June 2024.",
                   "The two leaders met in Ottawa in August 2025.",
                   "The last payment was to be submitted on June 30, 2025.")),
    Rule("a measure put in place, changed or lifted", "verb", ("date_verb=measure", "date_measure"),
         "effective", 7,
         examples=("The levies were raised to 40 per cent on Sept. 2, 2025.",
                   "In May 2025, Ottawa lifted most of its counter-tariffs.")),
    Rule("what a light verb's object names", "verb", ("date_verb=light", "date_object"), "@", 6,
         examples=("The union held an emergency meeting in March 2025.",
                   "The carmaker made the announcement on Oct. 2, 2025.")),
)
