"""Abbreviations whose period does not end a sentence, and words that open one."""

# Lower-cased, without the final period.
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st ste mt ft gen lt col capt sgt gov sen rep rev hon
inc corp ltd co cos bros no nos vol ed eds approx est dept univ assn
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
u.s u.k u.n e.u b.c n.s n.b p.e.i n.w.t d.c a.m p.m e.g i.e vs etc
ont que alta sask man nfld yuk calif fla tex mich ohio penn wash ariz colo conn
ill ind kan ky la md mass minn miss mo mont neb nev okla ore tenn va wis wyo
""".split())

# Capitalised words that, after an abbreviation, show that a new sentence began
# ("... exports to the U.S. The deficit ...").
SENTENCE_STARTERS = frozenset("""
The A An This That These Those It Its In On At For But And Or So Yet However Meanwhile
He She They We I You His Her Their Our Last Next Since While When If As After Before
Still Also Canada Canadian Ottawa Trump Washington According Exports Imports Tariffs
There Here What Why How Some Many Most Both Each Such Under Over By With Without
""".split())
