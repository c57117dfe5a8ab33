"""English words that say what a number measures: verbs of money and change, nouns valued as a whole.

General English (morphology and common news verbs), never the words of one story or corpus: a rule that
needs a word from one story belongs nowhere.
"""

from __future__ import annotations

from briefing.text import english as en
from briefing.text import word_set

# Verb -> the noun a reader says for the money it moves.
MONEY_VERBS = {
    "pay": "payment", "pays": "payment", "paid": "payment", "paying": "payment", "spend": "spending",
    "spends": "spending", "spent": "spending", "cost": "cost", "costs": "cost", "raise": "funding raised",
    "raises": "funding raised", "raised": "funding raised", "invest": "investment", "invests": "investment",
    "invested": "investment", "inject": "investment", "earn": "earnings", "earned": "earnings",
    "earns": "earnings", "sell": "sale price", "sold": "sale price", "sells": "sale price",
    "buy": "purchase price", "bought": "purchase price", "purchased": "purchase price", "fined": "fine",
    "fine": "fine", "charged": "charge", "lose": "loss", "lost": "loss", "loses": "loss", "owe": "debt",
    "owes": "debt", "owed": "debt", "worth": "value", "valued": "valuation", "priced": "price",
    "donated": "donation", "awarded": "award", "offered": "offer", "bid": "bid", "borrowed": "borrowing",
    "settled": "settlement", "funded": "funding", "allocated": "allocation", "committed": "commitment",
    "generated": "revenue", "start": "starting price", "starts": "starting price", "retail": "retail price",
    "retails": "retail price", "budgeted": "budget", "save": "saving", "saves": "saving",
    # a government's or a donor's money put out ("released 25 million soles for relief", round 61)
    "release": "funds released", "releases": "funds released", "released": "funds released",
    "earmarked": "funds earmarked", "pledge": "pledge", "pledges": "pledge", "pledged": "pledge",
    "granted": "grant", "donate": "donation", "donates": "donation", "allocate": "allocation",
    "allocates": "allocation",
}


def money_noun(verb: str) -> str:
    """The noun of a verb of money in any form: 'costing' -> 'cost', 'selling' -> 'sale price'; '' if none."""
    if verb in MONEY_VERBS or not verb.endswith("ing"):
        return MONEY_VERBS.get(verb, "")
    stem = verb[:-3]  # "costing", "raising", "bidding": the base, with its "e" or without a doubled consonant
    return next((MONEY_VERBS[base] for base in (stem, stem + "e", stem[:-1]) if base in MONEY_VERBS), "")


# Irregular verbs (English grammar): base, simple past, past participle, -ing form. "took 3 wickets" and "taking 3
# wickets" are both wickets taken; a simple past or a gerund before its count is read as the participle.
_IRREGULAR_VERBS = [row.split() for row in (
    "give gave given giving", "take took taken taking", "drive drove driven driving", "eat ate eaten eating",
    "throw threw thrown throwing", "write wrote written writing", "draw drew drawn drawing",
    "steal stole stolen stealing", "break broke broken breaking", "choose chose chosen choosing",
    "speak spoke spoken speaking", "freeze froze frozen freezing", "ride rode ridden riding",
    "sing sang sung singing", "begin began begun beginning", "wear wore worn wearing", "know knew known knowing",
    "hide hid hidden hiding", "beat beat beaten beating", "shake shook shaken shaking", "tear tore torn tearing",
    "swear swore sworn swearing", "sink sank sunk sinking", "make made made making", "sell sold sold selling",
    "buy bought bought buying", "win won won winning", "lose lost lost losing", "hold held held holding",
    "leave left left leaving", "bring brought brought bringing", "build built built building",
    "keep kept kept keeping", "send sent sent sending", "spend spent spent spending", "find found found finding",
    "hit hit hit hitting", "cut cut cut cutting", "set set set setting", "put put put putting",
    "shoot shot shot shooting", "catch caught caught catching", "lead led led leading", "pay paid paid paying",
    "tell told told telling", "see saw seen seeing", "get got got getting", "run ran run running",
    "meet met met meeting", "read read read reading", "fight fought fought fighting",
    "strike struck struck striking", "seek sought sought seeking", "teach taught taught teaching",
    "sweep swept swept sweeping", "feed fed fed feeding", "bear bore borne bearing", "slay slew slain slaying",
    "lay laid laid laying", "say said said saying", "hurt hurt hurt hurting", "let let let letting",
    "shut shut shut shutting", "mean meant meant meaning", "sit sat sat sitting", "stand stood stood standing",
    "hang hung hung hanging", "feel felt felt feeling", "dig dug dug digging", "spin spun spun spinning",
    "deal dealt dealt dealing", "lend lent lent lending", "stick stuck stuck sticking", "sleep slept slept sleeping",
    "hear heard heard hearing", "go went gone going", "come came come coming", "fall fell fallen falling",
    "grow grew grown growing", "fly flew flown flying", "rise rose risen rising", "swim swam swum swimming",
    "forget forgot forgotten forgetting", "become became become becoming", "bite bit bitten biting",
)]
# Simple pasts that are not participles ("took" -> "taken"; not a verb that takes no object: "fell 408 points" is no
# "points fallen"), and -ing forms with an irregular participle.
PARTICIPLE_OF_PAST = {past: done for _, past, done, _ in _IRREGULAR_VERBS
                      if past != done and done not in ("gone", "come", "fallen", "risen", "grown", "become")}
PARTICIPLE_OF_ING = {ing: done for _, _, done, ing in _IRREGULAR_VERBS}
PARTICIPLE_OF_BASE = {base: done for base, _, done, _ in _IRREGULAR_VERBS}
# Verbs that take no object (English grammar): "sitting two rows from the front", "has lived four blocks from the
# fence", "the bout went 11 rounds" did nothing to rows, blocks or rounds.
INTRANSITIVE = frozenset({"sat", "stood", "gone", "come", "fallen", "risen", "slept", "become", "lived", "went", "came"})
# Verb (with "by" or a percentage) -> the change it states.
# Verbs that change something else by an amount ("raise costs by 15 percent"): the object's change (English grammar).
CHANGED_BY = {form: noun for base, noun, forms in (
    ("raise", "increase", "raises raised raising"), ("increase", "increase", "increases increased increasing"),
    ("boost", "increase", "boosts boosted boosting"), ("hike", "increase", "hikes hiked hiking"),
    ("cut", "cut", "cuts cutting"), ("slash", "cut", "slashes slashed slashing"),
    ("reduce", "reduction", "reduces reduced reducing"), ("lower", "reduction", "lowers lowered lowering"))
    for form in (base, *forms.split())}
CHANGE_VERBS = {
    "rose": "rise", "rises": "rise", "rise": "rise", "increased": "increase", "grew": "growth",
    "grows": "growth", "gained": "gain", "jumped": "rise", "climbed": "rise", "soared": "rise", "up": "rise",
    "fell": "fall", "falls": "fall", "dropped": "fall", "declined": "decline", "decreased": "decrease",
    "slid": "fall", "plunged": "fall", "slumped": "fall", "tumbled": "fall", "sank": "fall", "slipped": "fall",
    "dipped": "fall", "surged": "rise", "rallied": "rise", "down": "fall", "doubled": "increase", "won": "winning margin",
    "lost": "losing margin", "led": "lead", "leads": "lead", "beat": "winning margin", "trailed": "deficit",
    "trails": "deficit",
}
# Nouns whose amount is their value, not their cost: "a $200 billion deal" -> "deal value".
VALUED = word_set("deal deals contract contracts agreement agreements acquisition merger takeover buyout "
                  "package order orders partnership settlement offer bid")
# Nouns that are themselves sums of money: "$1 million in damage" is the damage, not a "damage value".
MONEY_NOUNS = word_set("damage damages loss losses revenue revenues sales savings funding funds money cash income "
                       "profit profits earnings debt debts fee fees fine fines compensation aid grants bonuses "
                       "reserves subsidies taxes tariffs spending investment investments wages salary salaries "
                       "payments donations contributions proceeds assets capital costs expenses budget")
# Possession says nothing about the measure: "it has 12,500 employees" is the employee count.
HAVING = word_set("has have had with include includes including employs employ holds hold is are was were "
                  "be been total totals top tops reach reaches reached contains contain use uses")
# Verbs of a player's line: they fit the first item of a list only ("scored 22 points, 10 rebounds and 5
# assists": the rebounds were not scored).
SCORING = word_set("score scores scored tally tallies tallied notch notches notched post posts posted")
# Too general to tell one count from another without a subject or a verb.
GENERIC = word_set("people persons person man woman times things ways items ones others members units cases "
                   "points parts pieces years days months weeks hours minutes seconds percent")
# A particle that is part of its verb: "laid off", "got out", "were let go".
PARTICLES = en.PARTICLES | {"go"}
DIM_WORDS = {"power": "power capacity", "energy": "energy", "speed": "speed", "area": "floor area",
             "mass": "weight", "length": "distance", "percent": "share", "age": "age",
             "multiplier": "multiple", "duration": "duration", "fuel economy": "fuel economy", "money": "amount",
             "date": "date", "volume": "volume"}
# Words that say what kind of number it is but not what it measures: a label of only these
# ("power capacity", "total value", "date") is shown only with a subject, or not at all.
GENERIC_MEASURE = frozenset({
    "date", "day", "time", "age", "amount", "sum", "duration", "period", "length", "percentage", "percent",
    "share", "rate", "ratio", "number", "count", "total", "value", "price", "cost", "figure", "quantity", "money",
    "size", "level", "change", "year", "month", "distance", "weight", "speed", "area", "floor", "height",
    "width", "depth", "volume", "mass", "capacity", "power", "energy", "multiple", "of", "the", "a", "per",
    "annual", "monthly", "weekly", "daily", "maximum", "minimum", "average", "overall", "estimated", "forecast",
    "planned", "temperature", "estimate",
}) | frozenset(w for v in CHANGE_VERBS.values() for w in v.split())
# Words that end a phrase but measure nothing: "was last at $1.29", "versus the yen", "year-to-date".
NOT_MEASURES = frozenset({"last", "late", "versus", "behind", "next", "year-to-date", "list", "high", "low",
                          "record", "total", "news", "previous", "new", "old", "current", "former", "latest",
                          "first", "dollar", "dollars", "equivalent", "tune", "now", "retail", "all-new"})
# A hyphenated duration is a figure for an agreement or a spell ("a 5-year deal", "a two-day trial"),
# not in a name ("10-year notes", "a four-year high").
TERMED = frozenset({"plan", "ban", "suspension", "sentence", "lease", "loan", "term", "tenure", "stint", "trial",
                    "hiatus", "absence", "war", "strike", "shutdown", "closure", "program", "programme",
                    "project", "mission", "period", "festival", "campaign", "freeze", "moratorium", "beef", "feud",
                    "dispute", "battle", "fight", "rivalry", "investigation", "probe", "relationship", "marriage",
                    "career", "reign", "drought", "delay", "journey", "trip", "search", "standoff", "chase",
                    "contract", "residency", "tour", "stay", "run"})
# Nouns of time: "at the time", "to cross each day", "last year": when, never what or where.
WHEN = frozenset({"time", "times", "moment", "hour", "day", "night", "week", "weekend", "month", "year", "morning",
                  "afternoon", "evening", "end", "start", "beginning", "decade", "century", "period"})
# Counted nouns that are units of frequency, place or thing: never casualties ("shot eleven times").
NOT_PEOPLE = frozenset({"times", "blocks", "rounds", "shots", "bullets", "counts", "charges", "years", "days",
                        "hours", "minutes", "miles", "feet", "buildings", "houses", "homes", "cars", "vehicles",
                        "weeks", "months", "seconds", "meters", "metres", "kilometers", "yards", "doors", "floors"})
REPORTING = word_set("said says say told tells reported reports announced stated added wrote confirmed "
                     "according")
SAYING = word_set("said says say told tells stated added wrote according")  # a date of words, not of the event
OPINION = word_set("say said think support believe back oppose want approve disapprove")
# Units -> (SI unit, factor): "15 miles" and "24 km" are one distance in two units.
SI = {"mi": ("m", 1609.34), "km": ("m", 1000.0), "mm": ("m", 0.001), "inches": ("m", 0.0254), "cm": ("m", 0.01),
      "m": ("m", 1.0), "ft": ("m", 0.3048), "in": ("m", 0.0254),
      "sq ft": ("m²", 0.092903), "m²": ("m²", 1.0), "kg": ("kg", 1.0), "g": ("kg", 0.001),
      "mg": ("kg", 1e-6), "oz": ("kg", 0.0283495), "lb": ("kg", 0.453592),
      "t": ("kg", 1000.0), "mph": ("m/s", 0.44704), "km/h": ("m/s", 0.277778), "MW": ("W", 1e6),
      "GW": ("W", 1e9), "kW": ("W", 1e3)}
