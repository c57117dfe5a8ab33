"""Casualties are first-class figures: killed, injured, missing, arrested, also when stated in words.

"a 17-year-old was killed" is 1 killed; "both men were wounded" is 2 injured; "a dozen people were
arrested" is 12 arrested. "Several" is not a number and gives no figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.figures.inflicted import not_inflicted
from briefing.figures.reading import Reading
from briefing.text.numbers import Quantity, parse_number
from briefing.text.quantity import ORDINAL_WORDS

# Verb or adjective -> the casualty it reports (English casualty vocabulary, not one story's words).
_CLASSES = {
    "killed": "killed", "kills": "killed", "kill": "killed", "killing": "killed", "dead": "killed",
    "died": "killed", "die": "killed", "dies": "killed", "slain": "killed", "murdered": "killed", "murder": "killed",
    "murders": "killed", "killings": "killed", "slaying": "killed", "slayings": "killed", "succumbed": "killed",
    "gunned": "killed",
    "deaths": "killed", "fatalities": "killed", "death": "killed",
    "injured": "injured", "injuring": "injured", "injures": "injured", "wounded": "injured",
    "wounding": "injured", "hurt": "injured", "injuries": "injured", "hospitalized": "injured",
    "hospitalised": "injured", "stabbed": "injured",
    "missing": "missing", "disappeared": "missing",
    "arrested": "arrested", "arresting": "arrested", "arrests": "arrested", "detained": "arrested",
    "captured": "arrested", "recaptured": "arrested", "apprehended": "arrested", "apprehend": "arrested",
    "apprehending": "arrested", "cuffed": "arrested", "handcuffed": "arrested", "nabbed": "arrested", "custody": "arrested",
    "shot": "shot", "shooting": "shot", "shoots": "shot",
}
# "shot dead", "fatally shot", "shot and killed": the outcome decides.
# Only the compound itself: "shooting three people, killing one" shot three and killed one.
_OUTCOME = re.compile(r"\b(?:fatally (?:shot|shooting)|shot (?:\w+ )?dead|shot and killed)\b", re.I)
# "six were hospitalised with measles": a toll of the sick, not of the hurt, unless the sentence says they were hurt
_HOSPITALISED = re.compile(r"\bhospitali[sz]ed\b", re.I)
_HURT = re.compile(r"\b(?:injur\w*|wound\w*|hurt|stabbed|shot|burn(?:s|ed|t)?|crash\w*|collision|fell|struck)\b", re.I)
_WOUNDED = re.compile(r"\b(?:shot and (?:wounded|injured)|non-fatally shot)\b", re.I)

_PERSON = (r"(?:man|woman|boy|girl|person|teen|teenager|child|baby|toddler|infant|driver|passenger|"
           r"pedestrian|cyclist|officer|deputy|trooper|soldier|student|victim|resident|suspect|worker|"
           r"motorist|rider|hiker|bystander|mother|father|son|daughter|brother|sister|cousin|nephew|niece|wife|"
           r"husband|friend|girlfriend|boyfriend|ex-girlfriend|ex-boyfriend|ex-wife|ex-husband|uncle|aunt|mum|mom|"
           r"dad|grandmother|grandfather|neighbor|neighbour|employee|guard|inmate|prisoner|firefighter|civilian|"
           r"protester|demonstrator|member|chief|teacher|nurse|doctor|tourist|customer|"
           r"\d{1,3}-year-old|"
           r"men|women|boys|girls|people|teens|teenagers|children|officers|students|victims|suspects|drivers|"
           r"passengers|pedestrians|deputies|soldiers|residents|workers|employees|guards|inmates|prisoners|"
           r"firefighters|civilians|protesters|demonstrators|members|bystanders|tourists|customers|villagers)")
_COUNT_WORD = (r"(?P<n>a dozen|dozens of|an?|one|another|his|her|their|both|two|three|four|five|six|seven|eight|"
               r"nine|ten|eleven|twelve)")
# "remains in critical condition": hurt, said through the state a person is in.
CONDITION = r"(?:listed\s+)?in\s+(?:critical|serious|grave|stable|fair|life-threatening)\s+condition"
_VERB = (r"(?P<verb>killed|(?:stabbed|beaten|shot) to death|(?:declared|pronounced|found|presumed) dead|shot dead|"
         rf"gunned down|{CONDITION}|"
         r"fatally (?:shot|stabbed|wounded|injured)|"
         r"shot and (?:killed|wounded)|"
         r"died|dead|wounded|injured|hurt|stabbed|shot|charged on suspicion|arrested|detained|taken into custody|missing|"
         r"hospitalized|hospitalised|set (?:on fire|alight|ablaze)|under arrest|in (?:police )?custody)")
# "a 17-year-old was killed", "both men were shot and wounded", "a woman who was injured", "a man died at
# the scene", "a woman suffered a gunshot wound", "two officers sustained serious injuries".
_SUFFERED = (r"(?P<hurt>(?:suffered|sustained|received)\s+(?:an?\s+)?(?:\w+(?:-\w+)*\s+){0,3}?"
             r"(?:wounds?|injur(?:y|ies)|gash(?:es)?|burns|fractures?|concussion))")
# "After two hours a man surrendered and was arrested": a count of time units is how long, never who ("a second
# man" is an ordinal).
_NOT_TIME = r"(?!\s+(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b)"
_SUBJECT_FIRST = re.compile(
    rf"\b{_COUNT_WORD}{_NOT_TIME}\s+(?:[\w-]+\s+){{0,3}}?{_PERSON},?\s+(?:[\w,]+\s+){{0,6}}?"
    rf"(?:(?:who\s+)?(?:was|were|has been|have been|had been|is|are|remains?|remained|later|also)\s+(?:\w+ly\s+)?"
    rf"{_VERB}|(?:who\s+)?(?:later\s+)?(?P<died>died|succumbed(?=\s+to\b))|(?:who\s+)?{_SUFFERED})\b",
    re.I)
# "killing a man", "wounded two officers".
_VERB_FIRST = re.compile(
    rf"\b(?P<verb>killing|killed|wounding|wounded|injuring|injured|arrested|gunned\s+down|gunning\s+down|"
    rf"(?:took|taking|claimed|claiming)\s+the\s+lives?\s+of)\s+{_COUNT_WORD}\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_PERSON}\b", re.I)
# "left a receptionist dead and two managing partners wounded".
_LEFT = re.compile(
    rf"\b(?:left|leaving)\s+{_COUNT_WORD}\s+(?:[\w-]+\s+){{0,2}}?[a-z]+\s+(?P<verb>dead|injured|wounded|hurt|missing)\b",
    re.I)
# A person by name, as capitalised words: "Duncan Rait", "LaCalamita"; a titled one may carry an abbreviation
# after the first word ("Deputy Sgt. Hoyt Teasley").
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
_TITLED_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w.’'-]+)*"
# "Fritz von Weizsäcker, the son of the former president, was stabbed to death", "Gray was killed on
# March 9", "Kimani Gray, 16, who was shot dead": a named person is one.
_NAMED = re.compile(
    r"\b(?P<n>[A-Z][\w’'-]+(?:\s+(?:von|van|de|der|[A-Z]\.?|[A-Z][\w’'-]+))*)(?:,?\s+(?:Jr|Sr)\.)?(?:\s?,[^,.]{1,80},)?\s?,?\s+"
    r"(?:who\s+)?"
    r"(?:was|has been|had been|remains|remained)\s+(?:\w+ly\s+)?(?P<verb>killed|(?:stabbed|beaten|shot) to death|"
    r"shot dead|murdered|(?:found|declared|pronounced|presumed) dead|fatally (?:shot|stabbed)|shot and killed|arrested|"
    r"charged on suspicion|"
    r"taken into custody|recaptured|caught(?!\s+(?:on|up|off|by|with|fire|in\s+(?:an?\s+|the\s+)?(?:crossfire|middle|"
    r"storm|traffic|rain|snow|flood|fire|blaze|blast|explosion|avalanche|current|rip|undertow|web))\b)|"
    rf"injured|wounded|shot and wounded|shot|{CONDITION})\b")
# "Tom Tennant and Senior Trooper William Hakim, both 51, died at the scene": two named people.
_NAMED_PAIR = re.compile(
    rf"\b{_TITLED_NAME}\s+and\s+(?P<n>{_TITLED_NAME})(?:,[^,.]{{1,40}},)?"
    r"\s+(?:both\s+)?(?:were\s+)?(?:\w+ly\s+)?(?P<verb>died|killed|shot dead|found dead|arrested|injured|wounded)\b")
# "the victim was shot", "the teen later died": one person the story already speaks of.
_THE_ONE = re.compile(
    r"\b(?P<n>[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teen|teenager|child|baby|driver|passenger|"
    r"pedestrian|cyclist|officer|deputy|victim|suspect|gunman|shooter|attacker)\s+(?:\w+\s+){0,6}?"
    rf"(?:was|is|has been|had been|remains|remained|later|also)\s+(?:\w+ly\s+)?{_VERB}\b")
# "killing her", "shot and killed Deputy Sgt. Hoyt Teasley": one person.
_ONE_OBJECT = re.compile(r"\b(?P<verb>killing|killed|murdered|murdering|shot dead|fatally shot)\s+(?:\d+-year-old\s+)?"
                         rf"(?P<n>him|her|{_TITLED_NAME})\b")
# A person by what they do ("receptionist", "technician", "manager"): only where the verb is said of
# people alone (killed, died, wounded, arrested), never of "shot" or "missing" (a scene is shot, a file missing).
_AGENT = r"(?:[a-z]{3,}(?:ist|ian|er|or)s?)"
# A word that opens another predicate ("killed a woman and wounded two men"), not a person's description.
_NOT_DESCRIBING = (r"(?!(?:killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures|shot|shooting|"
                   r"stabbed|stabbing|murdered|arrested|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)")
# "he killed his mother and ex-girlfriend", "stabbing his mother and a former girlfriend to death", "killing a
# police officer and OSP bomb technician": two people.
_TWO_OBJECTS = re.compile(
    rf"\b(?P<verb>killed|killing|murdered|murdering|(?:stabbed|stabbing|shot|shooting|beat|beating)(?=.{{0,80}}?\bto death))"
    rf"\s+(?P<n>(?:his|her|their|an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON}|{_AGENT}))\s+and\s+"
    rf"(?:(?:his|her|their|an?|the)\s+)?(?:{_NOT_DESCRIBING}[\w-]+\s+){{0,5}}?(?:{_PERSON}|{_AGENT})\b", re.I)
# "the murders of his mum Alice McMeekin, 58, and sister Katie Jenkin, 20", "the deaths of former Speaker,
# Benjamin Nzeribe and member, Funke Adedoyin": the deaths of two named people.
_NAMED_ONE = rf"(?:[\w’'-]+\s*,?\s+){{0,6}}?{_NAME}"
_DEATHS_OF_TWO = re.compile(rf"\b(?P<verb>deaths|murders|killings)\s+of\s+(?P<n>{_NAMED_ONE})(?:\s*,\s*\d{{1,3}}\b)?"
                            rf",?\s+and\s+{_NAMED_ONE}")
# "critically wounded a third", "and another wounded", "critically injuring the police chief": one more.
_ONE_MORE = re.compile(
    r"\b(?P<verb>wounded|wounding|injured|injuring|killed|killing)\s+(?P<n>a\s+(?:second|third|fourth|fifth)|"
    rf"the\s+(?:[\w-]+\s+){{0,3}}?{_PERSON})\b|\b(?P<n2>another)\s+(?:[\w-]+\s+)?(?P<verb2>wounded|injured|hurt|"
    r"killed|dead)\b", re.I)
# "Gray, 16, killed by police": a named person with an age, in a reduced clause.
_NAMED_AGED = re.compile(r"\b(?P<n>[A-Z][\w’'-]+)\s?,\s*\d{1,3}\s?,\s+(?P<verb>killed|shot dead|fatally shot|murdered|slain|"
                         r"died)\b")
# "since the death of teenager Alexandros Grigoropoulos": one named person.
_DEATH_OF_NAMED = re.compile(r"\b(?P<verb>death|killing|murder)\s+of\s+(?:[a-z]+\s+){0,2}?"
                             r"(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)")
# "Duncan Rait died after slipping", "Chohan – an immigrant from India – died later", "where she died": one
# person the story names, or speaks of, died.
_NAMED_DIED = re.compile(
    rf"\b(?P<n>{_NAME}|[Hh]e|[Ss]he)(?:\s*,[^,.]{{1,80}},|\s*,|\s+[–—-]+[^–—.]{{1,100}}[–—-]+)?"
    r"\s+(?:later\s+|then\s+)?(?P<verb>died|succumbed(?=\s+to\b))\b")
# "has fallen some 700 metres to his death", "plunged to her death".
_TO_DEATH = re.compile(r"\b(?:fall|fell|fallen|falling|falls|plunge|plunged|plunging|jump|jumped|jumping|leapt|leaped|"
                       r"tumble|tumbled|slip|slipped|plummet(?:ed)?)\b"
                       r"[^.;]{0,40}?\bto\s+(?P<n>his|her)\s+(?P<verb>death)\b")
# "before apprehending him", "officers were able to apprehend the Bloomington man", "police cuffed him": one arrest.
_ARRESTED_ONE = re.compile(
    r"\b(?P<verb>arrested|arresting|apprehended|apprehending|apprehend|handcuffed|cuffed)\s+(?P<n>him|her|"
    rf"the\s+(?:[\w-]+\s+){{0,3}}?(?:{_PERSON}|{_AGENT})\b|{_NAME})")
# "LaCalamita was being held on charges of fleeing", "the judge ordered him held without bond", "upon his
# arrest": one person in custody.
_HELD = re.compile(
    rf"\b(?P<n>{_NAME}|[Hh]e|[Ss]he|him|her)\s+(?:(?:is|was|remains|remained)\s+)?"
    r"(?:being\s+)?(?P<verb>held)\s+(?:on\s+(?:\S+\s+)?(?:charges?|suspicion|bail|bond|\$)|without\s+(?:bail|bond)|"
    r"in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?jail)")
_UPON_ARREST = re.compile(r"\b(?:[Uu]pon|[Aa]fter|[Ff]ollowing|[Ss]ince|[Dd]espite)\s+(?P<n>(?:his|her)\s+)?(?P<verb>arrest)\b"
                          r"|\b(?:there\s+(?:was|has\s+been)\s+)(?P<n2>one)\s+(?P<verb2>arrest)\b(?!\s+(?:warrant|record))")
# "a convicted rapist recaptured last month", "a man arrested on Friday": one arrest, told in a reduced clause.
_ARREST_CLAUSE = re.compile(
    rf"\b(?P<n>[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?(?:{_PERSON}|{_AGENT}|fugitive|escapee|convict)\s+(?P<verb>recaptured|"
    r"arrested|apprehended|detained)\s+(?:last|this|on|earlier|yesterday|in|after|near|at|by)\b")
# "opened fire, killing two women before being taken into custody": the one who acted, arrested.
_BEING_HELD = re.compile(r"\b(?:before|after|until)\s+(?P<n>being)\s+(?P<verb>arrested|taken into custody|detained|"
                         r"apprehended|caught|recaptured)\b")
# "the death of a woman in the parking lot".
_NOUN_OF = re.compile(rf"\b(?P<verb>death|killing|murder)s?\s+of\s+{_COUNT_WORD}\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\b",
                      re.I)
# "a 6th fatality linked to the virus", "the third death": the toll so far is that ordinal.
_ORDINAL_DEATH = re.compile(
    r"\b(?:a|the)\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + ")"
    r"\s+(?:(?:confirmed|reported|known|human)\s+)?(?:death|fatality)\b"
    r"(?!\s+(?:sentence|penalty|row|threats?|anniversary|toll|warrant))", re.I)
# "The death toll from Monday's collapse rose to six", "the death toll stands at 45": the toll is the number killed,
# said with no counted noun (numbers.py reads counts of a noun; this one has none).
_TOLL = re.compile(
    r"\b(?:death|fatality)\s+toll\b(?:\s+(?:from|in|of|at)\s+[^.;:]{1,80}?)?\s+(?:has\s+|had\s+|now\s+)?"
    r"(?:rose|risen|rises|climbed|climbs|jumped|reached|reaches|hit|hits|topped|increased|stood|stands|was|is)\s+"
    r"(?:to\s+|at\s+)?(?P<q>at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|over\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})*|[a-z]+(?:-[a-z]+)?)\b(?!\s*(?:%|percent|per\s+cent|a\s+day))", re.I)
# "both men fled before being arrested": not one; "A police officer and a bomb technician were killed": one each
_SEVERAL = re.compile(r"\b(?:they|both)\b", re.I)
_AND_ANOTHER = re.compile(rf"{_PERSON}\s+and\s+(?:an?\s+)?(?:[\w-]+\s+){{0,5}}?(?:were|have\s+been)\s", re.I)
_ONE = (_NAMED, _THE_ONE, _ONE_OBJECT, _ONE_MORE, _NAMED_AGED, _DEATH_OF_NAMED, _NAMED_DIED, _TO_DEATH,
        _ARRESTED_ONE, _HELD, _UPON_ARREST, _BEING_HELD, _ARREST_CLAUSE)
_ANY = ("kill", "dead", "death", "fatalit", "died", "wound", "injur", "hurt", "stabb", "shot", "arrest", "detain", "captured",
        "custody", "missing", "apprehend", "cuffed", "held", "hospitali", "murder", "set on fire", "set alight", "on suspicion",
        "set ablaze", "gash", "burns", "fractur", "concussion", "condition", "succumb", "gunned", "lives of", "caught")
_WORD_VALUE = {"a": 1, "an": 1, "one": 1, "another": 1, "his": 1, "her": 1, "their": 1, "both": 2,
               "a dozen": 12}


def is_person(noun: str) -> bool:
    """'people', 'officers', 'residents': a noun for people (so a clause about them says 'who')."""
    return bool(re.fullmatch(_PERSON, noun, re.I)) or noun.lower() in ("residents", "voters", "workers", "patients",
                                                                        "respondents", "employees", "drivers")


# Animals a story counts as killed or hurt ("seven birds were killed"): a count of them, not of people.
_ANIMAL = re.compile(r"(?:\w+-)?(?:animals?|birds?|penguins?|pelicans?|gulls?|seabirds?|fish|dolphins?|whales?|"
                     r"seals?|turtles?|cattle|cows?|camels?|sheep|goats?|pigs?|horses?|dogs?|cats?|chickens?|"
                     r"livestock|deer|elephants?|lions?|tigers?|bears?|wolves|wolf|monkeys?|head of cattle)", re.I)


def is_animal(noun: str) -> bool:
    """'birds', 'cattle and camels': a noun for animals, whose toll is not one of people."""
    return bool(_ANIMAL.fullmatch(noun.split(" and ")[-1].strip()))


# "Gunman kills 1, wounds 2": these forms are verbs only before a count ("three wounds" counts no people).
_AS_VERB = {"wounds": "injured", "hurts": "injured"}


def casualty_class(word: str, sentence: str = "", verb: bool = False) -> str | None:
    """'killed' for killed/dead/died/deaths; 'shot' only when the sentence does not say the outcome."""
    found = _CLASSES.get(word.lower()) or (_AS_VERB.get(word.lower()) if verb else None)
    if found == "shot" and sentence:
        if _OUTCOME.search(sentence):
            return "killed"
        if _WOUNDED.search(sentence):
            return "injured"
    return found


def casualties_in_words(sentence: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Casualty counts written without a numeral, as counts of people carrying their class."""
    found: list[Quantity] = []
    low = sentence.lower()
    if not any(w in low for w in _ANY):
        return found  # most sentences report no casualty: one cheap test first
    for pattern in (_DEATHS_OF_TWO, _TWO_OBJECTS, _SUBJECT_FIRST, _VERB_FIRST, _LEFT, _NAMED_PAIR, _NAMED, _NOUN_OF, _THE_ONE,
                    _ONE_OBJECT, _ONE_MORE, _NAMED_AGED, _DEATH_OF_NAMED, _NAMED_DIED, _TO_DEATH, _ARRESTED_ONE,
                    _HELD, _UPON_ARREST, _BEING_HELD, _ARREST_CLAUSE):
        for match in pattern.finditer(sentence):
            group = "n2" if "n2" in match.re.groupindex and match.group("n2") else "n" if match.group("n") else "verb"
            start, end = match.span(group)
            if any(s < end and start < e for s, e in taken):
                continue  # a numeral already counts them ("2 men were killed")
            word = match.group(group).lower()
            if "verb" in match.re.groupindex and match.group("verb") and HEDGED.search(sentence[:match.start("verb")]):
                continue  # "The man whose duvet nearly killed him", "was not shot": it did not happen
            if _NONE_OF.search(sentence[:start]) or _NO_ONE.fullmatch(word) \
                    or not_inflicted(sentence, match.start(), match.end()):
                continue  # "No-one was hurt", "she died of cancer": no one was hurt, no one was killed
            one = pattern in _ONE
            pronoun = pattern in (_NAMED_DIED, _HELD) or (pattern is _NAMED and match.group("verb") != "shot")
            if one and word in ("it", "they", "police", "authorities", "officers") + ("he", "she") * (not pronoun):
                continue
            if pattern is _BEING_HELD and _SEVERAL.search(sentence, 0, start):
                continue  # "both men fled before being arrested": not one
            value = 2 if pattern in (_NAMED_PAIR, _TWO_OBJECTS, _DEATHS_OF_TWO) else 1 if one else _WORD_VALUE.get(word) or (
                parse_number(word) if word != "dozens of" else None)
            if value == 1 and pattern is _SUBJECT_FIRST and _AND_ANOTHER.search(match.group(0)):
                value = 2  # "A police officer and a bomb technician were killed": two people, one each
            if word == "a dozen" and re.search(r"\bhalf\s+$", sentence[:start], re.I):
                value = 6  # "half a dozen people were hurt"
            verb = next((match.group(g) for g in ("verb", "verb2", "died", "hurt") if g in match.re.groupindex
                         and match.group(g)), "").lower()
            # "suffered serious injuries", "was set on fire": hurt, however it is said
            verb = "injured" if verb.endswith(("wound", "wounds", "injury", "injuries", "gash", "gashes", "burns",
                                               "fracture", "fractures", "concussion")) or verb.startswith("set ") \
                else "arrested" if verb.endswith(("arrest", "custody", "held", "suspicion")) else verb
            verb = "killed" if pattern is _TWO_OBJECTS and verb.split()[0] in ("stabbed", "stabbing", "shot",
                                                                                 "shooting", "beat", "beating") else verb
            verb = "killed" if verb.startswith(("gunn", "took", "taking", "claim")) else "injured" if verb.endswith(
                "condition") else "arrested" if verb in ("caught", "being") else verb  # "gunned down", "took the lives of"
            kind = casualty_class(verb.split()[-1], verb)
            if kind in ("injured", "shot") and "verb" in match.re.groupindex and match.group("verb") \
                    and re.search(r"\bfatally\s+$", sentence[:match.start("verb")], re.I):
                kind = "killed"  # "fatally injuring a woman": the outcome decides
            if not value or kind is None:
                continue
            found.append(Quantity(value=float(value), unit="people", dim="count", display=_people(value),
                                  start=start, end=end, casualty=kind))
            taken.append((start, end))
    for match in _ORDINAL_DEATH.finditer(sentence):
        start, end = match.span("n")
        if any(s < end and start < e for s, e in taken):
            continue
        word = match.group("n").lower()
        value = ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word))
        found.append(Quantity(value=float(value), unit="people", dim="count", display=_people(value),
                              start=start, end=end, casualty="killed"))
        taken.append((start, end))
    for match in _TOLL.finditer(sentence):
        start, end = match.span("n")
        value = parse_number(match.group("n"))
        if not value or any(s < end and start < e for s, e in taken):
            continue
        qualifier = " ".join(match.group("q").split()).lower() if match.group("q") else None
        found.append(Quantity(value=float(value), unit="people", dim="count", start=start, end=end, casualty="killed",
                              display=f"{qualifier} {_people(value)}" if qualifier else _people(value),
                              qualifier=qualifier))
        taken.append((start, end))
    return found


HEDGED = re.compile(r"\b(?:nearly|almost|narrowly|not|never)\s+$", re.I)  # a casualty verb that did not happen
# "No-one was injured", "not one person was hurt": a negated count is none.
_NONE_OF = re.compile(r"\b(?:no|not)[- ]?$", re.I)
_NO_ONE = re.compile(r"no[- ]?one|nobody|none", re.I)


def _people(value: float) -> str:
    """'1 person', '3 people'."""
    return f"{value:g} {'person' if value == 1 else 'people'}"


def hospitalised(sentence: str, reading: Reading) -> Reading:
    """An injured toll told only as 'hospitalised' says so ('people hospitalised': with measles, after a meal), and
    stays a toll of the injured class (issue 11: a toll a reader wants)."""
    said = _HOSPITALISED.search(sentence)
    if reading.casualty != "injured" or not said or _HURT.search(sentence) \
            or not reading.measure.endswith(" injured"):
        return reading
    return replace(reading, measure=f"{reading.measure.removesuffix(' injured')} {said.group(0).lower()}")
