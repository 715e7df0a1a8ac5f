"""Sentences of our own, written this project's way for each capability (tense, scope,
agent, lists, wraps), with the fields the guidelines give them: a check of how the rules
carry to phrasing none of the corpora holds. Not a test: a case may stay wrong (its miss
is printed), and a rule written for one of these sentences carries no further than one
written for a corpus sentence.

Each case: the text, its publication date, and for each mention the fields expected
("@" before a date's mention). "extra_ok": other figures may be found.
"""

from datetime import date
D = date
CASES = [
 # 0 US wire style, raise with effective date
 {"pub": D(2025, 7, 31),
  "text": "WASHINGTON (Wire) - President Donald Trump on Thursday signed an order lifting the levy on Canadian imports not covered by the trade pact to 35% from 25%, effective Aug. 1.",
  "expect": {"35%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "US", "applied_to": "CA"},
             "25%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "CA"},
             "@Aug. 1": {"role": "effective", "value": "2025-08-01"}}},
 # 1 Canadian counter-tariffs remain
 {"pub": D(2025, 6, 2),
  "text": "Ottawa's retaliatory duties of 25 per cent on roughly $30 billion worth of American goods remain in place, Champagne told reporters in Ottawa.",
  "expect": {"25 per cent": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "CA", "applied_to": "US"},
             "$30 billion": {"qualifier": "approximate", "measure": "covered_trade"}}},
 # 2 threat in a conditional, future
 {"pub": D(2025, 2, 10),
  "text": "If Canada does not drop its dairy quotas, the White House says it could slap a 250 per cent duty on Canadian cheese and butter.",
  "expect": {"250 per cent": {"kind": "tariff_rate", "status": "threatened", "imposed_by": "US", "applied_to": "CA", "sectors": ["agriculture"]}}},
 # 3 past, removed
 {"pub": D(2025, 9, 2),
  "text": "Prime Minister Mark Carney said Friday that Canada will drop most of its counter-tariffs on U.S. goods on Sept. 1, though the 25% levies on American steel, aluminum and autos stay.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "CA", "applied_to": "US", "sectors": ["aluminum", "autos", "steel"]},
             "@Sept. 1": {"role": "effective"}}},
 # 4 statistics agency, anaphora
 {"pub": D(2025, 8, 6),
  "text": "Canada's merchandise exports fell 1.2% in June, Statistics Canada said Wednesday.\n\nExports to the United States were down 3.1%, the agency said, while imports slipped 0.8%.",
  "expect": {"1.2%": {"kind": "economic_indicator", "measure": "exports", "source_org": "Statistics Canada"},
             "3.1%": {"kind": "economic_indicator", "measure": "exports", "source_org": "Statistics Canada"},
             "0.8%": {"kind": "economic_indicator", "measure": "imports", "source_org": "Statistics Canada"}}},
 # 5 bank economists, jobs at risk
 {"pub": D(2025, 3, 1),
  "text": "A prolonged trade war could put as many as 500,000 Canadian jobs at risk, economists at Desjardins warned in a note to clients.",
  "expect": {"500,000": {"kind": "jobs", "qualifier": "upper_bound", "measure": "jobs_at_risk", "source_org": "Desjardins"}}},
 # 6 daily trade
 {"pub": D(2025, 3, 1),
  "text": "Nearly $3.6 billion worth of goods and services cross the border each day.",
  "expect": {"$3.6 billion": {"kind": "trade_value", "qualifier": "approximate", "period": "daily", "measure": "two_way_trade"}}},
 # 7 export share
 {"pub": D(2025, 3, 1),
  "text": "About three-quarters of Canada's exports are shipped to the U.S., making the country highly exposed.",
  "expect": {"three-quarters": {"kind": "trade_share", "value": 75.0, "qualifier": "approximate", "measure": "export_share"}}},
 # 8 interest rate
 {"pub": D(2025, 9, 17),
  "text": "The Bank of Canada trimmed its benchmark rate to 2.5% on Wednesday, citing the drag from U.S. tariffs.",
  "expect": {"2.5%": {"kind": "economic_indicator", "measure": "interest_rate"}}},
 # 9 steel 50% in effect, US on all
 {"pub": D(2025, 7, 10),
  "text": "Since June 4, steel and aluminum from every country have faced a 50% U.S. tariff.",
  "expect": {"50%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "*", "sectors": ["aluminum", "steel"]}}},
 # 10 proposed lumber duties (preliminary)
 {"pub": D(2025, 3, 5),
  "text": "The Commerce Department has proposed raising anti-dumping duties on Canadian softwood to 20.07 per cent, up from 7.66 per cent.",
  "expect": {"20.07 per cent": {"kind": "tariff_rate", "status": "threatened", "imposed_by": "US", "applied_to": "CA", "sectors": ["lumber"]},
             "7.66 per cent": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "CA", "sectors": ["lumber"]}}},
 # 11 support fund
 {"pub": D(2025, 3, 8),
  "text": "Ottawa unveiled a $6.5-billion package to help businesses hit by the tariffs, including loans through Export Development Canada.",
  "expect": {"$6.5-billion": {"kind": "economic_impact", "measure": "support_funding"}}},
 # 12 GDP forecast attributed, hedged
 {"pub": D(2025, 4, 16),
  "text": "Under its worst-case scenario, the central bank sees the economy shrinking by about 1.5 per cent next year.",
  "expect": {"1.5 per cent": {"kind": "economic_indicator", "qualifier": "approximate", "measure": "gdp"}}},
 # 13 layoffs
 {"pub": D(2025, 4, 8),
  "text": "Stellantis temporarily laid off 3,600 workers at its Windsor assembly plant after the auto tariffs took hold.",
  "expect": {"3,600": {"kind": "jobs", "measure": "jobs_lost", "sectors": ["autos"]}}},
 # 14 Mexico exemption
 {"pub": D(2025, 3, 7),
  "text": "Goods from Mexico that comply with the agreement are exempt, but other Mexican imports now pay a 25% duty.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "MX"}}},
 # 15 China on canola
 {"pub": D(2025, 8, 13),
  "text": "Beijing imposed a preliminary anti-dumping deposit of 75.8% on Canadian canola seed this week, escalating a dispute over Canada's EV tariffs.",
  "expect": {"75.8%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "CN", "applied_to": "CA", "sectors": ["agriculture"]}}},
 # 16 Canada's 100% on Chinese EVs
 {"pub": D(2025, 8, 13),
  "text": "Canada has charged a 100% surtax on electric vehicles made in China since last October.",
  "expect": {"100%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "CA", "applied_to": "CN", "sectors": ["autos"]}}},
 # 17 hypothetical "would"
 {"pub": D(2025, 1, 20),
  "text": "A blanket 10% tariff on Canadian energy would raise gasoline prices in the Midwest, analysts say.",
  "expect": {"10%": {"kind": "tariff_rate", "status": "threatened", "imposed_by": "US", "applied_to": "CA", "sectors": ["energy"]}}},
 # 18 paused
 {"pub": D(2025, 2, 4),
  "text": "Trump agreed late Monday to pause the planned 25% tariffs on Canada for 30 days after a call with Trudeau.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "US", "applied_to": "CA"}}},
 # 19 unemployment
 {"pub": D(2025, 9, 5),
  "text": "The jobless rate climbed to 7.1% in August, its highest level since 2016 outside the pandemic, the agency reported.",
  "expect": {"7.1%": {"kind": "economic_indicator", "measure": "unemployment_rate"}}},
 # 20 employs
 {"pub": D(2025, 6, 1),
  "text": "The aluminum industry employs roughly 9,500 people in Quebec, according to the Aluminum Association of Canada.",
  "expect": {"9,500": {"kind": "jobs", "qualifier": "approximate", "measure": "employment", "sectors": ["aluminum"], "source_org": "Aluminum Association of Canada"}}},
 # 21 deadline
 {"pub": D(2025, 10, 1),
  "text": "The three countries must decide by July 1, 2026, whether to extend the pact for another 16 years.",
  "expect": {"@July 1, 2026": {"role": "review"}}, "extra_ok": True},
 # 22 Ontario electricity surcharge
 {"pub": D(2025, 3, 11),
  "text": "Ontario Premier Doug Ford suspended the 25% surcharge on electricity exported to three U.S. states hours after Trump threatened to double steel tariffs.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "removed", "imposed_by": "CA", "applied_to": "US", "sectors": ["energy"]}}},
 # 23 tariff revenue
 {"pub": D(2025, 8, 1),
  "text": "U.S. Customs collected $27 billion in duties in July alone, Treasury data show.",
  "expect": {"$27 billion": {"kind": "economic_impact", "measure": "tariff_revenue", "period": "monthly"}}},
 # 24 price
 {"pub": D(2025, 8, 1),
  "text": "Lumber futures have jumped 18% since the spring as buyers brace for higher duties.",
  "expect": {"18%": {"kind": "economic_indicator", "measure": "price", "sectors": ["lumber"]}}},
 # 25 trade deficit
 {"pub": D(2025, 8, 6),
  "text": "Canada posted a trade deficit of $5.9 billion in June, wider than economists had expected.",
  "expect": {"$5.9 billion": {"kind": "trade_value", "measure": "trade_balance"}}},
 # 26 copper future
 {"pub": D(2025, 7, 10),
  "text": "Trump said a 50% tariff on copper will take effect Aug. 1.",
  "expect": {"50%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "US", "applied_to": "*", "sectors": ["copper"]},
             "@Aug. 1": {"role": "effective"}}},
 # 27 economic cost study
 {"pub": D(2025, 5, 1),
  "text": "The tariffs will cost the average Canadian household about $2,000 a year, the Canadian Chamber of Commerce estimated.",
  "expect": {"$2,000": {"kind": "economic_impact", "qualifier": "approximate", "period": "annual", "measure": "economic_cost", "source_org": "Canadian Chamber of Commerce"}}},
 # 28 share of imports
 {"pub": D(2025, 5, 1),
  "text": "Canada supplies more than half of the aluminum the United States imports.",
  "expect": {"half": {"kind": "trade_share", "qualifier": "lower_bound", "measure": "import_share", "sectors": ["aluminum"]}}},
 # 29 trucks
 {"pub": D(2025, 10, 7),
  "text": "Heavy-duty trucks imported into the U.S. will face a 25% tariff starting Nov. 1, the president wrote on social media.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "US", "applied_to": "*", "sectors": ["trucks"]},
             "@Nov. 1": {"role": "effective"}}},

 # 30 attribution: says after quote
 {"pub": D(2025, 4, 2),
  "text": "\"We expect exports to shrink by roughly 8% this year,\" said Jane Moore, chief economist at the Bank of Montreal.",
  "expect": {"8%": {"kind": "economic_indicator", "qualifier": "approximate", "measure": "exports", "source_org": "Bank of Montreal"}}},
 # 31 according to a report by
 {"pub": D(2025, 4, 2),
  "text": "The duties could erase up to 90,000 manufacturing jobs in Ontario, according to a report by the Canadian Centre for Policy Alternatives.",
  "expect": {"90,000": {"kind": "jobs", "qualifier": "upper_bound", "measure": "jobs_at_risk", "sectors": ["manufacturing"], "source_org": "Canadian Centre for Policy Alternatives"}}},
 # 32 came into force
 {"pub": D(2025, 3, 20),
  "text": "The 25% counter-tariffs on $29.8 billion of U.S. steel and aluminum products came into force on March 13.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "CA", "applied_to": "US", "sectors": ["aluminum", "steel"]},
             "$29.8 billion": {"measure": "covered_trade"},
             "@March 13": {"role": "effective", "value": "2025-03-13"}}},
 # 33 set to kick in
 {"pub": D(2025, 3, 28),
  "text": "A 25% levy on foreign-made cars is set to kick in next week, with auto parts to follow in May.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "US", "applied_to": "*", "sectors": ["autos"]}}},
 # 34 rolled back
 {"pub": D(2025, 9, 2),
  "text": "Ottawa rolled back its 25% retaliatory duties on most American consumer goods on Monday.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "removed", "imposed_by": "CA", "applied_to": "US"}}},
 # 35 exempted under the pact
 {"pub": D(2025, 3, 7),
  "text": "Roughly 85% of Canadian goods now enter the U.S. duty-free because they comply with CUSMA.",
  "expect": {"85%": {"qualifier": "approximate"}}},
 # 36 sectors from previous sentence
 {"pub": D(2025, 6, 4),
  "text": "Steelmakers in Hamilton are bracing for a difficult summer. The tariff doubled to 50% on Wednesday.",
  "expect": {"50%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "sectors": ["steel"]}}},
 # 37 imports from Canada
 {"pub": D(2025, 3, 12),
  "text": "Imports from Canada of potash and energy face a lower 10% rate.",
  "expect": {"10%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "CA", "sectors": ["critical_minerals", "energy"]}}},
 # 38 meeting date
 {"pub": D(2025, 6, 1),
  "text": "Carney and Trump are expected to meet at the G7 summit in Kananaskis on June 16.",
  "expect": {"@June 16": {"role": "meeting", "value": "2025-06-16"}}},
 # 39 hard-wrapped sentence
 {"pub": D(2025, 5, 1),
  "text": "The Conference Board of Canada estimates the dispute\nwill cost the economy $30 billion this year.",
  "expect": {"$30 billion": {"kind": "economic_impact", "measure": "economic_cost", "source_org": "Conference Board of Canada", "period": "annual"}}},
 # 40 Mexico retaliation
 {"pub": D(2025, 3, 5),
  "text": "Mexico's president said her government would answer with its own tariffs, but did not name a rate; analysts expect 25% duties on U.S. pork.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "threatened", "imposed_by": "MX", "applied_to": "US", "sectors": ["agriculture"]}}},
 # 41 GDP contraction, past quarter
 {"pub": D(2025, 8, 29),
  "text": "Real GDP contracted at an annualized rate of 1.6% in the second quarter, Statistics Canada said.",
  "expect": {"1.6%": {"kind": "economic_indicator", "measure": "gdp", "period": None, "source_org": "Statistics Canada"}}},
 # 42 investment announced
 {"pub": D(2025, 5, 1),
  "text": "Honda has put its $15-billion electric-vehicle plan in Ontario on hold, citing the tariffs.",
  "expect": {"$15-billion": {"kind": "economic_impact", "measure": "production", "sectors": ["autos"]}}},
 # 43 pronoun levier
 {"pub": D(2025, 7, 11),
  "text": "Trump sent Carney a letter on Thursday. In it, he said he would raise the tariff on Canadian goods to 35% on Aug. 1.",
  "expect": {"35%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "US", "applied_to": "CA"},
             "@Aug. 1": {"role": "effective"}}},
 # 44 percentage points
 {"pub": D(2025, 7, 11),
  "text": "The increase adds 10 percentage points to the levy on goods from Canada.",
  "expect": {"10 percentage points": {"kind": "tariff_rate", "imposed_by": "US", "applied_to": "CA"}}},
 # 45 trade value annual
 {"pub": D(2025, 7, 11),
  "text": "Canada bought US$349 billion worth of American goods last year.",
  "expect": {"US$349 billion": {"kind": "trade_value", "currency": "USD", "measure": "imports", "period": "annual"}}},
 # 46 Canada's export share of autos
 {"pub": D(2025, 4, 3),
  "text": "Nearly 90 per cent of the vehicles built in Ontario are sold south of the border.",
  "expect": {"90 per cent": {"kind": "trade_share", "qualifier": "approximate", "measure": "export_share", "sectors": ["autos"]}}},
 # 47 tariff exempt EU deal comparison
 {"pub": D(2025, 7, 28),
  "text": "Under the framework reached Sunday, most European goods will pay 15% to enter the U.S., half the 30% rate Trump had threatened.",
  "expect": {"15%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "US", "applied_to": "EU"},
             "30%": {"kind": "tariff_rate", "status": "threatened", "imposed_by": "US", "applied_to": "EU"}}, "extra_ok": True},
 # 48 source think tank verb estimate
 {"pub": D(2025, 2, 1),
  "text": "The Peterson Institute calculates that a 25% tariff would cost the typical U.S. household more than $1,200 a year.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "threatened"},
             "$1,200": {"kind": "economic_impact", "qualifier": "lower_bound", "period": "annual", "measure": "economic_cost", "source_org": "Peterson Institute"}}},
 # 49 removal past with replacement
 {"pub": D(2025, 8, 1),
  "text": "Last month Washington cut the duty on British steel from 50% to 25% under a new deal.",
  "expect": {"50%": {"kind": "tariff_rate", "status": "removed", "imposed_by": "US", "applied_to": "GB", "sectors": ["steel"]},
             "25%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "GB", "sectors": ["steel"]}}},

 # 50 multi-sentence attribution, anaphora "the bank"
 {"pub": D(2025, 3, 20),
  "text": "TD Bank issued a grim outlook on Thursday. The bank now sees Canada's economy growing just 0.5% this year.\n\nIt also expects the jobless rate to peak near 7.5% in the fall.",
  "expect": {"0.5%": {"kind": "economic_indicator", "measure": "gdp", "source_org": "TD Bank"},
             "7.5%": {"kind": "economic_indicator", "measure": "unemployment_rate", "qualifier": "approximate", "source_org": "TD Bank"}}},
 # 51 generic officials are no source
 {"pub": D(2025, 3, 20),
  "text": "Officials estimate the retaliation covers about $60 billion of American products.",
  "expect": {"$60 billion": {"qualifier": "approximate", "measure": "covered_trade", "source_org": None}}},
 # 52 press release style
 {"pub": D(2025, 4, 10),
  "text": "OTTAWA, April 10, 2025 /CNW/ - The Government of Canada today announced that 25 per cent countermeasures on non-CUSMA compliant vehicles imported from the United States will take effect April 9.",
  "expect": {"25 per cent": {"kind": "tariff_rate", "imposed_by": "CA", "applied_to": "US", "sectors": ["autos"]}}},
 # 53 question style
 {"pub": D(2025, 8, 1),
  "text": "What does a 35% tariff mean for Canadian shoppers? Economists say prices on some imported goods could climb 2% to 3%.",
  "expect": {"35%": {"kind": "tariff_rate", "imposed_by": "US", "applied_to": "CA"},
             "2%": {"kind": "economic_indicator", "measure": "price", "qualifier": "lower_bound"},
             "3%": {"kind": "economic_indicator", "measure": "price", "qualifier": "upper_bound"}}},
 # 54 numbers in words
 {"pub": D(2025, 8, 1),
  "text": "Roughly two-thirds of the province's lumber is shipped to American buyers.",
  "expect": {"two-thirds": {"kind": "trade_share", "qualifier": "approximate", "measure": "export_share", "sectors": ["lumber"]}}},
 # 55 list items
 {"pub": D(2025, 3, 5),
  "text": "Ottawa's response includes:\n- a 25% tariff on U.S. orange juice and peanut butter\n- a 25% levy on American beer and wine",
  "expect": {}, "extra_ok": True},
 # 56 dairy TRQ over quota
 {"pub": D(2025, 3, 5),
  "text": "Canada charges tariffs of up to 241% on U.S. milk above its quota.",
  "expect": {"241%": {"kind": "tariff_rate", "qualifier": "upper_bound", "status": "in_effect", "imposed_by": "CA", "applied_to": "US", "sectors": ["agriculture"]}}},
 # 57 U.S. tariffs with exemption
 {"pub": D(2025, 3, 6),
  "text": "The White House exempted CUSMA-compliant goods from the 25% tariffs for one month.",
  "expect": {"25%": {"kind": "tariff_rate", "imposed_by": "US", "applied_to": "CA"}}},
 # 58 percentage in parentheses
 {"pub": D(2025, 7, 1),
  "text": "Exports to the U.S. slipped to $41.5 billion (down 2.9%) in May.",
  "expect": {"$41.5 billion": {"kind": "trade_value", "measure": "exports", "period": "monthly"},
             "2.9%": {"kind": "economic_indicator", "measure": "exports"}}},
 # 59 jobs supported
 {"pub": D(2025, 7, 1),
  "text": "Trade with Canada supports nearly 8 million American jobs, the embassy says.",
  "expect": {"8 million": {"kind": "jobs", "qualifier": "approximate", "measure": "employment"}}},
 # 60 removed by deal
 {"pub": D(2025, 10, 30),
  "text": "Trump called off the extra 10% levy he had promised over an Ontario ad campaign.",
  "expect": {"10%": {"kind": "tariff_rate", "status": "removed", "imposed_by": "US", "applied_to": "CA"}}},
 # 61 hard wrap date
 {"pub": D(2025, 10, 30),
  "text": "The duty took effect earlier this\nmonth and applies to all imported furniture.",
  "expect": {}, "extra_ok": True},
 # 62 would-be hypothetical past
 {"pub": D(2025, 10, 30),
  "text": "Had Ottawa matched the 35% U.S. rate, Canadian consumers would have paid more.",
  "expect": {"35%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US"}}},
 # 63 EU deal
 {"pub": D(2025, 7, 28),
  "text": "The European Union agreed to a 15% baseline rate on most of its exports to the United States.",
  "expect": {"15%": {"kind": "tariff_rate", "imposed_by": "US", "applied_to": "EU"}}},
 # 64 compare China tariffs on Canada and Canada on China
 {"pub": D(2025, 3, 20),
  "text": "China's 25% duties on Canadian pork took effect Thursday, mirroring Ottawa's 25% surtax on Chinese steel.",
  "expect": {"25%": {"kind": "tariff_rate"}}, "extra_ok": True},

 # 65 dates: announcement with said
 {"pub": D(2025, 6, 20), "extra_ok": True,
  "text": "Finance Minister Champagne said Thursday that Ottawa will adjust its steel countermeasures on July 21.",
  "expect": {"@Thursday": {"role": "announcement"}, "@July 21": {"role": "effective", "value": "2025-07-21"}}},
 # 66 deadline by
 {"pub": D(2025, 6, 20), "extra_ok": True,
  "text": "The two leaders set a goal of reaching a new economic deal within 30 days, by July 21.",
  "expect": {"@July 21": {"role": "deadline", "value": "2025-07-21"}}},
 # 67 meeting
 {"pub": D(2025, 9, 30), "extra_ok": True,
  "text": "Carney will travel to Washington for talks with Trump on Oct. 7.",
  "expect": {"@Oct. 7": {"role": "meeting", "value": "2025-10-07"}}},
 # 68 reference past data month
 {"pub": D(2025, 9, 30), "extra_ok": True,
  "text": "Exports of passenger cars dropped sharply in August, the data show.",
  "expect": {"@August": {"role": "reference", "value": "2025-08"}}},
 # 69 review 2026
 {"pub": D(2025, 9, 30), "extra_ok": True,
  "text": "Business groups want the joint review of the trade pact in 2026 to settle the dispute.",
  "expect": {"@2026": {"role": "review", "value": "2026"}}},
 # 70 effective since
 {"pub": D(2025, 9, 30), "extra_ok": True,
  "text": "The copper duty has been in force since Aug. 1.",
  "expect": {"@Aug. 1": {"role": "effective", "value": "2025-08-01"}}},
 # 71 last year announcement of a report
 {"pub": D(2025, 9, 30), "extra_ok": True,
  "text": "In a report released on Sept. 12, the budget officer estimated the cost at $8 billion.",
  "expect": {"@Sept. 12": {"role": "announcement", "value": "2025-09-12"},
             "$8 billion": {"kind": "economic_impact", "measure": "economic_cost"}}},
 # 72 hearing meeting
 {"pub": D(2025, 9, 30), "extra_ok": True,
  "text": "Premiers will meet in Toronto next Tuesday to discuss the tariffs.",
  "expect": {}},
 # 73 date expiring deadline
 {"pub": D(2025, 9, 30), "extra_ok": True,
  "text": "The exemption for compliant goods expires on Dec. 31 unless it is renewed.",
  "expect": {"@Dec. 31": {"role": "deadline", "value": "2025-12-31"}}},
 # 74 next year by tense (month without year, future, after pub month)
 {"pub": D(2025, 10, 15), "extra_ok": True,
  "text": "Ottawa says the surtax will drop to 10% on March 1.",
  "expect": {"@March 1": {"role": "effective", "value": "2026-03-01"},
             "10%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "CA"}}},
 # 75 attribution: report by analysts at firm
 {"pub": D(2025, 10, 15),
  "text": "Canadian steel shipments to the U.S. have fallen about 40% since March, according to analysts at Scotiabank.",
  "expect": {"40%": {"kind": "economic_indicator", "qualifier": "approximate", "measure": "exports", "sectors": ["steel"], "source_org": "Scotiabank"}}},
 # 76 attribution across paragraphs: no carry
 {"pub": D(2025, 10, 15),
  "text": "The Canadian Chamber of Commerce said the tariffs would cost firms $12 billion.\n\nSeparately, retail sales rose 1.1% in August.",
  "expect": {"$12 billion": {"source_org": "Canadian Chamber of Commerce", "measure": "economic_cost"},
             "1.1%": {"source_org": None}}},
 # 77 colon headline style
 {"pub": D(2025, 10, 15),
  "text": "By the numbers: 35% — the U.S. tariff on Canadian goods not covered by CUSMA.",
  "expect": {"35%": {"kind": "tariff_rate", "imposed_by": "US", "applied_to": "CA", "status": "in_effect"}}},
 # 78 per cent of GDP
 {"pub": D(2025, 10, 15),
  "text": "Exports to the U.S. are worth about 20 per cent of Canada's GDP.",
  "expect": {"20 per cent": {"qualifier": "approximate"}}},
 # 79 union figure
 {"pub": D(2025, 10, 15),
  "text": "Unifor says 3,000 members at the Oshawa plant could lose their jobs if the tariffs stay.",
  "expect": {"3,000": {"kind": "jobs", "measure": "jobs_at_risk", "source_org": "Unifor"}}},

 # 80 story: threat then imposed
 {"pub": D(2025, 8, 2),
  "text": "Trump had warned in July that Canadian goods would face a 35% tariff if no deal was reached. On Friday, the higher rate took effect, up from 25%.\n\nEnergy and potash remain at 10%.",
  "expect": {"35%": {"kind": "tariff_rate", "status": "threatened", "imposed_by": "US", "applied_to": "CA"},
             "25%": {"kind": "tariff_rate", "status": "removed", "imposed_by": "US", "applied_to": "CA"},
             "10%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "CA", "sectors": ["critical_minerals", "energy"]}}},
 # 81 Canada considering
 {"pub": D(2025, 8, 2),
  "text": "Ottawa is studying whether to hit back with a 25% levy on American aluminum, sources say.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "threatened", "imposed_by": "CA", "applied_to": "US", "sectors": ["aluminum"]}}},
 # 82 'slapped' passive on Canada
 {"pub": D(2025, 8, 2),
  "text": "Canada was slapped with a 35% duty on goods outside the trade agreement.",
  "expect": {"35%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "CA"}}},
 # 83 stacking
 {"pub": D(2025, 8, 2),
  "text": "Canadian softwood now pays a combined duty of about 35%, and a further 10% Section 232 tariff will be added in October.",
  "expect": {"35%": {"kind": "tariff_rate", "qualifier": "approximate", "status": "in_effect", "imposed_by": "US", "applied_to": "CA", "sectors": ["lumber"]},
             "10%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "US", "sectors": ["lumber"]}}},
 # 84 Mexico's government own
 {"pub": D(2025, 8, 2),
  "text": "Mexico will raise tariffs on Chinese cars to 50%, the economy ministry said.",
  "expect": {"50%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "MX", "applied_to": "CN", "sectors": ["autos"]}}},
 # 85 Japan deal
 {"pub": D(2025, 8, 2),
  "text": "Under its deal, Japan's autos face 15%, down from the 27.5% they paid in the spring.",
  "expect": {"15%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "JP", "sectors": ["autos"]},
             "27.5%": {"kind": "tariff_rate", "status": "removed", "imposed_by": "US", "applied_to": "JP", "sectors": ["autos"]}}},
 # 86 not yet decided, expected to announce
 {"pub": D(2025, 8, 2),
  "text": "The Commerce Department is expected to announce final duties on Canadian lumber next month.",
  "expect": {}},
 # 87 rate "would" reported but already in place
 {"pub": D(2025, 3, 5),
  "text": "The duties, which took effect Tuesday, apply 25% to most Canadian goods and 10% to energy.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "CA"},
             "10%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "CA", "sectors": ["energy"]}}},
 # 88 Canada removes retaliation except steel
 {"pub": D(2025, 8, 23),
  "text": "Carney said Canada will remove its 25% counter-tariffs on U.S. goods covered by CUSMA as of Sept. 1.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "CA", "applied_to": "US"},
             "@Sept. 1": {"role": "effective", "value": "2025-09-01"}}},
 # 89 opinion past hypothetical
 {"pub": D(2025, 8, 23),
  "text": "A 25% tariff on Canadian oil would be self-defeating for American refiners.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "threatened", "imposed_by": "US", "applied_to": "CA", "sectors": ["energy"]}}},
 # 90 China on Canadian seafood
 {"pub": D(2025, 3, 8),
  "text": "China said it will impose a 25% tariff on Canadian pork and seafood from March 20.",
  "expect": {"25%": {"kind": "tariff_rate", "status": "announced", "imposed_by": "CN", "applied_to": "CA", "sectors": ["agriculture"]},
             "@March 20": {"role": "effective", "value": "2025-03-20"}}},

 # 91 sector leak from previous clause
 {"pub": D(2025, 5, 1),
  "text": "Steel producers have been hit hardest, while overall exports fell 2.3% in March.",
  "expect": {"2.3%": {"kind": "economic_indicator", "measure": "exports", "sectors": ["all"]}}},
 # 92 list item sector leak
 {"pub": D(2025, 5, 1),
  "text": "The package includes $1 billion for aluminum producers and $500 million in loans for small businesses.",
  "expect": {"$1 billion": {"kind": "economic_impact", "measure": "support_funding", "sectors": ["aluminum"]},
             "$500 million": {"kind": "economic_impact", "measure": "support_funding"}}},
 # 93 production capacity
 {"pub": D(2025, 5, 1),
  "text": "Algoma can produce about 2.8 million tonnes of steel a year.",
  "expect": {"2.8 million tonnes": {"qualifier": "approximate", "measure": "production", "sectors": ["steel"], "period": "annual"}}, "extra_ok": True},
 # 94 C$ conversion
 {"pub": D(2025, 5, 1),
  "text": "Ottawa has collected C$1.2 billion (US$870 million) from its counter-tariffs so far.",
  "expect": {"C$1.2 billion": {"kind": "economic_impact", "currency": "CAD", "measure": "tariff_revenue"},
             "US$870 million": {"kind": "economic_impact", "currency": "USD", "measure": "tariff_revenue"}}},
 # 95 jobs lost with union
 {"pub": D(2025, 5, 1),
  "text": "About 1,200 workers at the Windsor plant were sent home last week, the union said.",
  "expect": {"1,200": {"kind": "jobs", "qualifier": "approximate", "measure": "jobs_lost"}}},
 # 96 inflation
 {"pub": D(2025, 5, 21),
  "text": "Consumer prices rose 1.7% from a year earlier in April, as the end of the carbon tax offset higher tariffs.",
  "expect": {"1.7%": {"kind": "economic_indicator", "measure": "inflation", "period": None}}},
 # 97 share of firms
 {"pub": D(2025, 5, 21),
  "text": "Some 40% of small businesses say they have delayed hiring because of the tariffs, a CFIB survey found.",
  "expect": {"40%": {"kind": "other", "qualifier": "approximate", "source_org": "CFIB"}}},
 # 98 economic cost percent of GDP
 {"pub": D(2025, 5, 21),
  "text": "A full-blown trade war could knock 2.5% off Canada's GDP by 2026, the PBO warned.",
  "expect": {"2.5%": {"kind": "economic_indicator", "measure": "gdp", "source_org": "PBO"}}},
 # 99 dollar exchange
 {"pub": D(2025, 5, 21),
  "text": "The loonie slid to 69 U.S. cents after the announcement.",
  "expect": {"69 U.S. cents": {"kind": "economic_indicator", "measure": "price"}}},
 # 100 trade value two-way annual
 {"pub": D(2025, 5, 21),
  "text": "Two-way trade between the countries reached nearly $1 trillion last year.",
  "expect": {"$1 trillion": {"kind": "trade_value", "qualifier": "approximate", "measure": "two_way_trade", "period": "annual"}}},
 # 101 surplus
 {"pub": D(2025, 5, 21),
  "text": "Canada's trade surplus with the U.S. narrowed to $3.6 billion in March from $11 billion in January.",
  "expect": {"$3.6 billion": {"kind": "trade_value", "measure": "trade_balance", "period": "monthly"},
             "$11 billion": {"kind": "trade_value", "measure": "trade_balance", "period": "monthly"}}},
 # 102 exports fell by amount
 {"pub": D(2025, 5, 21),
  "text": "Aluminum exports to the U.S. fell by $400 million in April.",
  "expect": {"$400 million": {"kind": "trade_value", "measure": "exports", "sectors": ["aluminum"]}}},
 # 103 steel tariff relief fund + 'Algoma Steel' org
 {"pub": D(2025, 5, 21),
  "text": "Algoma Steel will receive a $400-million federal loan to weather the 50% tariffs.",
  "expect": {"$400-million": {"kind": "economic_impact", "measure": "support_funding", "sectors": ["steel"]},
             "50%": {"kind": "tariff_rate", "imposed_by": "US", "sectors": ["steel"]}}},
 # 104 auto parts share
 {"pub": D(2025, 5, 21),
  "text": "Parts cross the border as many as eight times before a vehicle is finished; about 60% of the parts in a U.S.-built car come from outside the country.",
  "expect": {"60%": {"qualifier": "approximate", "sectors": ["autos"]}}, "extra_ok": True},

 # 105 due to take effect
 {"pub": D(2025, 7, 20), "extra_ok": True,
  "text": "The 35% duties are due to take effect on Aug. 1 unless a deal is struck.",
  "expect": {"35%": {"kind": "tariff_rate", "status": "threatened"}, "@Aug. 1": {"role": "effective", "value": "2025-08-01"}}},
 # 106 went into effect last month
 {"pub": D(2025, 7, 20), "extra_ok": True,
  "text": "A 50% levy on copper went into effect earlier this month.",
  "expect": {"50%": {"kind": "tariff_rate", "status": "in_effect", "sectors": ["copper"]}}},
 # 107 retroactive
 {"pub": D(2025, 7, 20), "extra_ok": True,
  "text": "The remission applies retroactive to April 9 for firms that keep production in Canada.",
  "expect": {"@April 9": {"role": "effective", "value": "2025-04-09"}}},
 # 108 talks resume
 {"pub": D(2025, 7, 20), "extra_ok": True,
  "text": "Negotiators will resume talks in Washington next week.",
  "expect": {"@next week": {"role": "meeting"}}},
 # 109 deadline noun
 {"pub": D(2025, 7, 20), "extra_ok": True,
  "text": "With the Aug. 1 deadline looming, Ottawa's negotiators are working around the clock.",
  "expect": {"@Aug. 1": {"role": "deadline", "value": "2025-08-01"}}},
 # 110 announcement date of a report
 {"pub": D(2025, 7, 20), "extra_ok": True,
  "text": "The central bank's July 16 report trimmed its growth forecast to 1.3%.",
  "expect": {"@July 16": {"role": "announcement", "value": "2025-07-16"},
             "1.3%": {"kind": "economic_indicator", "measure": "gdp"}}},
 # 111 tariff in force since
 {"pub": D(2025, 7, 20), "extra_ok": True,
  "text": "Steel from Canada has paid a 50% duty since June 4.",
  "expect": {"50%": {"kind": "tariff_rate", "status": "in_effect", "imposed_by": "US", "applied_to": "CA", "sectors": ["steel"]},
             "@June 4": {"role": "effective", "value": "2025-06-04"}}},
 # 112 reference year of data
 {"pub": D(2025, 7, 20), "extra_ok": True,
  "text": "In 2024, Canada exported $28 billion worth of steel and aluminum to the U.S.",
  "expect": {"@2024": {"role": "reference"}, "$28 billion": {"kind": "trade_value", "measure": "exports", "period": "annual", "sectors": ["aluminum", "steel"]}}},
 # 113 'will be reviewed' July 2026
 {"pub": D(2025, 7, 20), "extra_ok": True,
  "text": "The agreement will be reviewed by the three countries in July 2026.",
  "expect": {"@July 2026": {"role": "review", "value": "2026-07"}}},
 # 114 met on
 {"pub": D(2025, 7, 20), "extra_ok": True,
  "text": "Carney and Trump met at the White House on May 6.",
  "expect": {"@May 6": {"role": "meeting", "value": "2025-05-06"}}},

 # 115..  dates roles
 {"pub": D(2025, 3, 1), "extra_ok": True,
  "text": "The tariffs, announced on Feb. 1, were delayed by a month and now kick in on March 4.",
  "expect": {"@Feb. 1": {"role": "announcement", "value": "2025-02-01"}, "@March 4": {"role": "effective", "value": "2025-03-04"}}},
 {"pub": D(2025, 3, 1), "extra_ok": True,
  "text": "Canada has until March 4 to show progress on border security.",
  "expect": {"@March 4": {"role": "deadline", "value": "2025-03-04"}}},
 {"pub": D(2025, 6, 10), "extra_ok": True,
  "text": "Leaders will gather in Kananaskis from June 15 to 17 for the G7 summit.",
  "expect": {}},
 {"pub": D(2025, 6, 10), "extra_ok": True,
  "text": "Statistics Canada will release May trade data on July 8.",
  "expect": {"@July 8": {"role": "announcement", "value": "2025-07-08"}}},
 {"pub": D(2025, 6, 10), "extra_ok": True,
  "text": "The surtax was first imposed in October 2024 and expanded in January.",
  "expect": {"@October 2024": {"role": "effective", "value": "2024-10"}, "@January": {"role": "effective", "value": "2025-01"}}},
 {"pub": D(2025, 6, 10), "extra_ok": True,
  "text": "Public consultations on the review close on Nov. 17.",
  "expect": {"@Nov. 17": {"role": "deadline", "value": "2025-11-17"}}},
 {"pub": D(2025, 6, 10), "extra_ok": True,
  "text": "Trump posted the letter on Truth Social on Thursday night, hours before the June 9 talks.",
  "expect": {"@June 9": {"role": "meeting", "value": "2025-06-09"}}},
 {"pub": D(2025, 6, 10), "extra_ok": True,
  "text": "The duties will stay in place at least until the end of 2025, officials said.",
  "expect": {}},
 {"pub": D(2025, 9, 10), "extra_ok": True,
  "text": "Ottawa struck most of its retaliatory tariffs from Sept. 1, keeping those on steel, aluminum and autos.",
  "expect": {"@Sept. 1": {"role": "effective", "value": "2025-09-01"}}},
 {"pub": D(2025, 9, 10), "extra_ok": True,
  "text": "A ruling from the trade court is expected in November.",
  "expect": {"@November": {"role": "announcement", "value": "2025-11"}}},

 # 125.. period
 {"pub": D(2025, 9, 10), "text": "The province ships about $1.2 billion of lobster to the U.S. annually.",
  "expect": {"$1.2 billion": {"period": "annual", "measure": "exports", "qualifier": "approximate"}}},
 {"pub": D(2025, 9, 10), "text": "Tariffs have cost the company $300 million so far this year.",
  "expect": {"$300 million": {"period": None, "measure": "economic_cost"}}},
 {"pub": D(2025, 9, 10), "text": "Roughly 400,000 barrels of crude a day flow through the pipeline.",
  "expect": {"400,000 barrels": {"period": "daily"}}, "extra_ok": True},
 {"pub": D(2025, 9, 10), "text": "Ontario exported $12 billion worth of vehicles in the first quarter.",
  "expect": {"$12 billion": {"period": "quarterly", "measure": "exports", "sectors": ["autos"]}}},
 {"pub": D(2025, 9, 10), "text": "The dispute is costing the economy an estimated $1 billion a week.",
  "expect": {"$1 billion": {"period": None, "measure": "economic_cost", "qualifier": "approximate"}}},
 {"pub": D(2025, 9, 10), "text": "In 2024, the U.S. bought $594 billion in goods from Canada.",
  "expect": {"$594 billion": {"period": "annual", "measure": "imports"}}},
 {"pub": D(2025, 9, 10), "text": "Canada's trade with the U.S. is worth nearly C$1 trillion per year.",
  "expect": {"C$1 trillion": {"period": "annual", "measure": "two_way_trade", "qualifier": "approximate", "currency": "CAD"}}},
 {"pub": D(2025, 9, 10), "text": "The fund will provide up to $5 billion over six years.",
  "expect": {"$5 billion": {"period": None, "measure": "support_funding", "qualifier": "upper_bound"}}},
]
