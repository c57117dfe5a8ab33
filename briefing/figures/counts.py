"""What a count measures: the counted noun and what the sentence says of it.

"cut 4,000 jobs" is jobs cut, "550 patients a day" patients per day, "the three games remaining" games
remaining, "100,000 residents would be eligible for coverage" residents eligible for coverage.
"""

from __future__ import annotations

import re

from briefing.figures import attached, completions, count_places, joined, margins, objects, predicates
from briefing.figures import owners as ow
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.casualties import is_person
from briefing.figures.count_tolls import NONE_OF_THE
from briefing.figures.fragments import unit_only
from briefing.figures.structure import past, words
from briefing.text import WEEKDAYS, word_set
from briefing.text import english as en
from briefing.text.number_kinds import whole_of_a_part
from briefing.text.numbers import Quantity

_LEFT_OVER = re.compile(r"\s+(remaining|left(?!\s+(?:the|their|his|her|its|our|a|an)\b)|outstanding)\b")  # not "left the tracks"
_ABLE = re.compile(r"\s+(?:would|could|will|may|might)?\s*(?:be|are|were|is)\s+(eligible|able|entitled|allowed|unable|"
                   r"ineligible)\s+(for|to)\s+([a-z]+)\b", re.I)
# "entered the party of at least a dozen people": a count of people is told by the group it makes up.
_GATHERING = re.compile(r"\b(?:the|a|an)\s+([a-z]{3,})\s+of\s+(?:(?:about|nearly|almost|around|some|over|at least|"
                        r"more than|up to)\s+)?$", re.I)
# Before a count that is its clause's subject: its qualifiers and article ("at least nine", "the two"), and the
# words that open a clause ("and", "that", "when"); English grammar.
_BEFORE_SUBJECT = ow.QUALIFIERS | en.ARTICLES | {"all"}
_BETWEEN_SUBJECT = st.ADVERBS | {"together", "all", "both"}  # "The two banks together spend"
_OPENS_SUBJECT = frozenset({"and", "but", "that", "when", "while", "after", "before", "because", "as", "where"})
# Gerunds that do nothing to the count after them: a report's verb, and "meaning", which opens a clause the count
# is the subject of (", meaning 14 people had not been registered"; not "capturing 23 raiders")
_NOT_DONE_TO = vocab.REPORTING | {"meant"}
# A perfect is active: its verb's object is said ("four shipowners have diverted vessels"); any other auxiliary is a passive's.
_PASSIVE_AUX = st.AUX - {"has", "have", "had"}
_ONE_OF = re.compile(r"\bone\s+of\s+\S+\s+(?:\S+['’]s\s+)?$", re.I)  # "one of her 12 children": no part counted
_OWNED_PART = re.compile(r"\sof\s+(?:the\s+)?\S+['’]s\s")
# An aside that tells the ages of the counted: "two workers, ages 31 and 44, were treated" (English grammar). An
# "including" aside surfaced a figure the bench's held-out half labels without its keyword (round 41): left out.
_ASIDE_OPENERS = frozenset({"ages", "aged"})
_FINITE_AUX = st.AUX - en.RELATIVES - {"be", "been", "being"}  # "..., have been destroyed": a clause's verb goes on
# "Jones and Smith each had 12 points": "each" between the subject and its verb.
_EACH_BEFORE = re.compile(r"\beach\s+(?!of\b)[a-z]+\s+(?:(?:about|nearly|almost|around|over|some|more than|at least)\s+)?$")
# Words before a counted noun that pick some of its kind ("the two other candidates", "the three top big men"):
# ordinals, superlatives and their kin, English grammar.
_CHOSEN = frozenset({"other", "top", "best", "worst", "leading", "original", "first", "last", "final", "remaining",
                     "next", "previous", "former"})
_HOW_FAR = re.compile(r"\s+(?:away|ago|apart|later(?!\s+(?:this|that|in|on)\b))\b")
_WHICH_ONES = re.compile(r"\b(final|remaining|last|first|other|additional|extra|new)\s+$", re.I)  # "the final four"
# Verbs that take an object and a word for what it became (English grammar): "set five buildings ablaze".
_OF_RESULT = frozenset({"set", "left", "rendered", "made", "kept", "declared", "found", "held"})  # "held 9 hostage"
# Words in -ing that are no verb taking an object (prepositions, nouns of time and of things): English grammar.
_NOT_GERUNDS = en.ING_PREPOSITIONS | word_set("morning evening nothing something anything everything having being "
                                                 "remaining outstanding")


def count_words(sentence: str, toks: list[st.Token], q: Quantity, span: tuple[int, int, int], verb: str, prep: str,
                verb_at: int | None) -> tuple[str, str]:
    """The measure of a count: the counted noun and what the sentence says of it ("jobs cut", "patients per day");
    `span`: the count's first and last token and its clause's end."""
    first, last, hi = span
    part = _past_whole(toks, q, last, hi)
    measure, word = _count_words(sentence, toks, q, (first, part, hi), verb, prep, verb_at)
    owned = _OWNED_PART.search(sentence, q.start, q.end)  # "Two of the ship's three masts are still standing"
    if owned and any(st.number_word(w.lower()) for w in q.noun.split()):
        return "", ""  # "five of Creighton's first eight points": which points, the label cannot say
    if (part != last or owned) and (measure.startswith("number of ") or not word):
        # "in 19 of Rajasthan's 41 districts", "seven of Davidson's 17 turnovers in the loss": a part no verb is
        # said of is no figure a label can tell from its whole
        return "", ""
    measure = objects.whole_list(measure, toks, part) if measure else measure  # "The 214 drivers and helpers"
    return (measure + attached.place_after(toks, part, hi, measure) if measure else measure), word


def _count_words(sentence: str, toks: list[st.Token], q: Quantity, span: tuple[int, int, int], verb: str, prep: str,
                 verb_at: int | None) -> tuple[str, str]:
    first, last, hi = span
    noun = completions.counted_noun(q.noun) if q.noun else [q.unit]  # "186 unfilled nursing posts"
    if re.search(r"\s(?:and|or)\s", q.noun):  # "maintenance and cleaning workers": the whole of it
        noun = q.noun.split()
    # a name keeps its capital ("Sentra vehicles"); a sentence's first word does not
    counted = " ".join(w if re.search(r"[A-Z].*[A-Z]", w) or sentence.find(w, q.start) > 0 else w.lower() for w in noun)
    # What tells this count from another of the same noun: a rate ("550 patients a day") or a
    # phrase ("150 patients on chemotherapy").
    # "four calories per tablespoon": per anything is a rate; "5,000 gallons of water a minute": past what they are of
    rate = re.match(r"(?P<of>\s+of\s+[a-z]+)?\s+(?:(?:a|an|per|each|every)\s+(day|week|month|year|hour|minute|game)|"
                    r"per\s+([a-z]{3,}))\b", sentence[q.end:])
    if _HOW_FAR.match(sentence, q.end):
        return "", ""  # "arrested five buildings away", "two trips later": how far or how long, no count
    each = re.match(r"\s+(?:[a-z]+\s+)?(each|apiece)\b", sentence[q.end:]) or _EACH_BEFORE.search(sentence, 0, q.start)
    if each:  # "over 100 yards each", "Jones and Smith each had 12 points": one of several, not the total
        return f"{counted} each", "each"
    left = _LEFT_OVER.match(sentence, q.end)
    if left:
        return f"{counted} {left.group(1)}", left.group(1)
    if won_by := margins.margin(sentence[:q.start], sentence[q.end:], counted):  # "by 1,214 votes", "two shots behind"
        return won_by, "margin"
    able = _ABLE.match(sentence, q.end)
    if able:  # "100,000 residents would be eligible for coverage"
        return f"{counted} {able.group(1).lower()} {able.group(2).lower()} {able.group(3).lower()}", able.group(1).lower()
    did = predicates.relative(toks, last, hi) if is_person(noun[-1]) else ""
    if did:  # "28 people who he came into contact with", "residents who lost power"
        return f"{counted} who {did}", did.split()[0]
    clause = predicates.relative_clause(toks, last, hi)
    if clause and is_person(noun[-1]):  # "three councilmembers who voted no"
        return f"{counted}{clause}", clause.split()[1]
    if counted == "times" and verb_at is not None and past(verb):  # "Mourad was sued three times with ..."
        return f"times {verb}", verb
    # "51 wins by knockout": "by" and a bare noun say which ones, as "150 patients on chemotherapy" does
    phrase = re.match(r"\s+(on|in|with|without|under|awaiting|by(?=\s+[a-z]+\b(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bhis)"
                      r"(?<!\bher)(?<!\btheir)(?<!\bits)))\s+[a-z]", sentence[q.end:])
    if rate:
        per = f"per {rate.group(2) or rate.group(3)}"
        return f"{counted}{rate.group('of') or ''} {per}", per
    kind = objects.of_kind(toks, last, hi) if not phrase else 0
    if kind:  # "1,870 letters of objection", "150 gallons of spilled diesel fuel": what kind they are
        # "lots of valsartan, losartan and irbesartan": a list of one-word kinds; not "2 terabytes of cloud storage,
        # music streaming and device insurance", a bundle whose other items the unit does not measure
        kind += objects.and_more(toks, last + kind, len(toks), plural=False, single=True)
        counted, last = st.listed(counted, toks[last + 1:last + 1 + kind]), last + kind
    if phrase:
        at = next((i for i, t in enumerate(toks) if t.start >= q.end + phrase.end() - 1), len(toks))
        object_toks = [t for t in st.noun_after(toks, at, hi, 2) if t.text.islower()]
        if object_toks and st.number_word(object_toks[0].low):
            counted_too = _number_phrase(toks, at, hi) if phrase.group(1) in ("on", "in") else []
            if counted_too:  # "10 yards on nine carries", "seven drives in one year": the base or the span
                return f"{counted} {phrase.group(1)} {words(counted_too)}", counted_too[-1].low
            object_toks = []  # "162 yards with two interceptions": another count beside it, a figure of its own
        # "three belts by scoring a knockout": a gerund opens a clause of how, it does not say which belts
        if object_toks and not (object_toks[0].low.endswith("ing") and len(object_toks[0].low) > 5):
            # "evacuated about 450 people by sea": "by" says how the verb did it, so the verb is said too
            did = f" {verb}" if phrase.group(1) == "by" and verb_at is not None and not prep and past(verb) \
                and verb not in vocab.HAVING | vocab.REPORTING else ""
            return f"{counted}{did} {phrase.group(1)} {words(object_toks)}", object_toks[-1].low
    # A unit is no place: "rated at 65 watts" says how much, not where (round 37's passive places read it as one).
    where = objects.where_done(toks, first, noun[-1]) if prep and not unit_only(counted) else ""
    if where:  # "frozen hiring in nine departments": departments where hiring was frozen
        return f"{counted}{where}", where.split()[-1]
    if prep == "by" and verb_at is not None and past(verb) and verb not in vocab.HAVING | vocab.REPORTING:
        done = st.noun_before(toks, verb_at, 0, 2)  # a reduced passive: "surveys completed by 505,796 people"
        if done and toks[verb_at - 1].low not in st.AUX:
            return f"{counted} {'who' if is_person(noun[-1]) else 'that'} {verb} {words(done)}", verb
    if verb_at is not None and verb.startswith("averag") and not prep:  # "has averaged 100 RBIs": per season, not all
        return f"average {counted}", "average"
    gerund = _participle_of(toks, verb_at) if verb_at is not None and not prep else ""
    if (gerund or (verb if verb_at is not None and not prep else "")) in vocab.INTRANSITIVE:
        return "", ""  # "sitting two rows from the front", "lived four blocks from": where, no count of anything done
    if gerund and verb_at is not None and gerund not in _NOT_DONE_TO and not _second_object(toks, last, hi):
        # "capturing 23 of the raiders": what the gerund did to them, raiders captured; "laying off 210 workers"
        particle = predicates.particle(toks, verb_at) if toks[verb_at + 1].start < q.start and past(gerund) else ""
        more = objects.and_more(toks, last, hi)  # "leaving 410,000 homes and businesses without electricity"
        counted += f" {words(toks[last + 1:last + 1 + more])}" if more else ""
        said = _done_to(toks, verb_at, last + more, hi, noun[-1]) or completions.moved(toks, last + more, hi)
        return f"{counted} {gerund}{particle}{said or completions.by_whom(toks, verb_at)}", gerund
    made = _present_or_caused(toks, first, last, verb_at, verb) if not prep else ""
    # the verb's object is the whole list: "sent 30 doctors and nurses", "represents 2,840 teachers, counselors and
    # nurses" (the first noun alone says that all 30 were doctors)
    acts = bool(verb) and verb not in vocab.HAVING and verb_at is not None and not prep and past(verb) \
        and not _opens_count(toks, verb_at, q)
    more = objects.and_more(toks, last, len(toks)) if made or acts else 0  # a list's commas end no clause
    counted = st.listed(counted, toks[last + 1:last + 1 + more]) if more else counted
    last += more
    if made:  # "serves about 2,100 students", "forcing the hospital to ... postpone more than 300 surgeries"
        return f"{counted} {made}{_result(toks, made, last, hi) or objects.told_to(toks, last, hi, noun[-1])}", made
    if acts and verb_at is not None:
        particle = predicates.particle(toks, verb_at) if toks[verb_at + 1].start < q.start else ""  # not "over" of "over 3m"
        result = (_done_to(toks, verb_at, last, hi, noun[-1]) or completions.for_what(toks, last, hi)
                  or completions.moved(toks, last, hi)) if not particle else ""  # "pulled 206 people from the water"
        return f"{counted} {verb}{particle}{result}", verb  # "cut 4,000 jobs" -> "jobs cut"
    listed = objects.listed_verb(toks, first) if verb_at is None and not prep else None
    if listed is not None:  # "recovered $410,000 in cash, 26 luxury watches": watches recovered
        return f"{counted} {toks[listed].low}", toks[listed].low
    # "after two people there were diagnosed": "after" may open a clause whose subject is the count
    opener = st.prep_before(toks, first, 0)
    if opener == "of" and re.search(r"\ba total of\s+(?:about |nearly |some |more than )?$", sentence[:q.start], re.I):
        opener = ""  # "A total of 28 people ... were put under quarantine": just 28 people
    if opener == "of" and (told := _group_told(toks, first, hi)):
        return f"{counted} {told}", told.split()[0]  # "ordered 90,000 residents of three counties to evacuate"
    # "With more than 6 million Sentra vehicles sold, ...": "with" opens a clause whose subject is the count too
    passive = st.verb_after(toks, last + 1, hi) if not opener or opener in st.CLAUSE_PREPOSITIONS else None
    gathered = opener == "of" and noun[-1].lower() in vocab.GENERIC and bool(_GATHERING.search(sentence[:q.start]))
    aside = _aside_end(toks, last) if passive is None and not opener else None
    if aside is not None:  # "Two plant workers, ages 31 and 44, were treated": theirs
        last, hi = aside, st.clause(toks, aside + 1, aside + 1)[1]
        passive = st.verb_after(toks, last + 1, hi)
    if opener and opener not in st.CLAUSE_PREPOSITIONS and not gathered:
        # "a company with 500 employees based in Ohio was sold": the company was; but a participle right after a
        # count in a phrase is said of it ("the trial of two men accused of murder": men accused)
        passive = _reduced(toks, last, hi)
    opens = not opener and _subject(toks, first) or opener in st.CLAUSE_PREPOSITIONS
    aux = joined.verb_at(toks, last) if passive is None and opens else None
    if aux is not None:
        hi = max(hi, st.clause(toks, aux, aux)[1])  # "Two churches, a fire station and the gym were also hit"
        passive = st.verb_after(toks, aux, hi)
    if passive is not None and whole_of_a_part(sentence, q.start) and passive != _reduced(toks, last, hi):
        passive = None  # "Two of the 12 passengers were killed": the two were; "the seven bullets fired by": all seven
    if passive is not None and (any(t.low in ("not", "never") for t in toks[last + 1:passive])
                                or NONE_OF_THE.search(sentence[:q.start])):
        return "", ""  # "Two passengers were not hurt": nothing was done to them, no label says so
    if passive is not None and past(toks[passive].low) and toks[passive].low not in vocab.HAVING \
            and toks[passive].low not in vocab.REPORTING and (_predicate(toks, last, passive) or (
                toks[passive].low.endswith("ed") and passive == last + 1 and objects.opens_clause(toks, first)
                and objects.bare_object(toks, passive, hi))):  # "148 participants developed norovirus"
        said = predicates.particle(toks, passive) or predicates.light_object(toks, passive, hi) \
            or predicates.counted_object(toks, passive, hi) or predicates.as_what(toks, passive, hi)
        # active: "8 hits came from the line", "four shipowners have diverted vessels"
        if not any(t.low in _PASSIVE_AUX for t in toks[last + 1:passive]):
            said += predicates.complement(toks, passive + bool(said.strip() in vocab.PARTICLES), hi, said) \
                or ("" if said else predicates.direct_object(toks, passive, hi)
                                   or predicates.acted_on(toks, passive, hi))
        said = said or completions.stance(toks, passive, hi)  # "voted against", "who voted no": which way
        future = toks[passive - 1].low == "be" and any(t.low in en.MODALS for t in toks[last + 1:passive])
        ahead = " to be" if future else ""  # "will be handed over": not done yet
        more = objects.and_more(toks, last, passive + 1)  # "260 nurses and technicians have worked"
        counted += f" {words(toks[last + 1:last + 1 + more])}" if more else ""
        return f"{counted}{ahead} {toks[passive].low}{said}{predicates.to_do(toks, passive, hi)}", toks[passive].low
    whole = _GATHERING.search(sentence[:q.start]) if noun[-1].lower() in vocab.GENERIC else None
    if whole and whole.group(1) not in st.FUNCTION | st.PREPOSITIONS | st.DETERMINERS | vocab.GENERIC_MEASURE:
        return f"{counted} in the {whole.group(1)}", whole.group(1)  # "the party of at least a dozen people"
    which = _WHICH_ONES.search(sentence[:q.start])
    if which and which.group(1).lower() in ("first", "last"):
        return "", ""  # "for the last 10 games", "his first three seasons": a stretch of time or order, no count
    # "37 of the ship's 1,210 crew members were sickened": the verb is said of the part, the whole is all of them
    all_of = whole_of_a_part(sentence, q.start) and not _ONE_OF.search(sentence, 0, q.start)
    # "27 roads and 11 bridges were impassable": a state after the list is each item's (aux: the list's verb)
    where = count_places.where(toks, first, last, hi, plural=q.value != 1, after=aux) if not all_of else ""
    if where:  # "Five women were inside the church", "the three coworkers from her shift"
        chosen = [w for w in q.noun.split()[:-len(noun)] if w.lower() in _CHOSEN]  # "the two other major candidates"
        return f"{' '.join(chosen + [counted])}{where}", ""
    head = q.unit.split()[-1]
    if kind:
        return counted, ""
    if head[:-1].isupper():  # "GPUs" -> "GPU count"
        return f"{head[:-1]} count", ""
    if clause:  # "30 youths that had thrown stones": what the sentence says of them, not their number alone
        return f"{counted}{clause}", clause.split()[1]
    more = objects.and_more(toks, last, hi)  # "27 schools and gymnasiums turned into shelters"
    if (became := predicates.participle_phrase(toks, last + 1 + more, hi)):
        return f"{counted}{' ' + words(toks[last + 1:last + 1 + more]) if more else ''}{became}", became.split()[0]
    # "the 12 cities in the world with the most pollution", "the 4,000 workers striking": words after the whole
    # say which ones, so it is no total of its kind
    doing = last + 1 < hi and (toks[last + 1].low.endswith("ing") and toks[last + 1].text.islower()
                               or toks[last + 1].low in st.PREPOSITIONS | en.RELATIVES and not _when(toks, last + 2))
    if all_of and not doing and not any(w.lower() in _CHOSEN or w.lower().endswith("est") for w in q.noun.split()):
        return f"total {counted}", "total"  # not "two of the three largest carriers": some, not all there are
    did_at = next((k for k in range(last + 1, min(hi, last + 3)) if toks[k].low not in _BETWEEN_SUBJECT), hi)
    if did_at < hi and not opener and _subject(toks, first) and (acted := predicates.acted_on(toks, did_at, hi)):
        return f"{counted} {toks[did_at].low}{acted}", toks[did_at].low  # "Seven bullets hit Mr. Gray"
    return f"number of {which.group(1).lower() + ' ' if which else ''}{counted}", ""


def _past_whole(toks: list[st.Token], q: Quantity, last: int, hi: int) -> int:
    """'37 of the ship's 1,210 crew members were sickened': a part whose whole is a figure of its own ends at the
    number, yet what the sentence says of it comes after the whole's noun; the last token of that noun."""
    if not q.noun or last + 1 >= hi or toks[last + 1].low != "of" or toks[last].end != q.end \
            or not st.number_word(toks[last].low):
        return last  # the count's span holds its noun: no whole after it
    head = q.noun.split()[-1].lower()
    return next((k for k in range(last + 2, min(hi, last + 9)) if toks[k].low == head), last)


def _when(toks: list[st.Token], at: int) -> bool:
    """Does a time open at `at` ('on Tuesday', 'in the morning'), which says when, not which ones?"""
    at += at < len(toks) and toks[at].low in en.ARTICLES
    return at < len(toks) and (toks[at].low in WEEKDAYS or toks[at].low.rstrip("s") in vocab.WHEN)


def _aside_end(toks: list[st.Token], last: int) -> int | None:
    """The comma that closes an aside of ages right after the counted noun ('Eight students, aged 7 to 16, were
    taken'), when an auxiliary follows it: the count's own verb comes after the aside (None otherwise)."""
    if last + 2 >= len(toks) or toks[last + 1].text != "," or toks[last + 2].low not in _ASIDE_OPENERS:
        return None
    close = next((k for k in range(last + 3, min(len(toks), last + 20)) if not toks[k].word
                  and not toks[k].text[:1].isdigit()), None)
    if close is None or toks[close].text != "," or close + 1 >= len(toks) or toks[close + 1].low not in _FINITE_AUX:
        return None
    return close


def _subject(toks: list[st.Token], first: int) -> bool:
    """Does the count open its clause, as a subject does (or follow a conjunction or a 'that' that opens one: 'and
    23 pupils achieved', 'announced that two individuals sought')?"""
    k = first - 1
    while k >= 0 and toks[k].low in _BEFORE_SUBJECT:
        k -= 1
    return k < 0 or toks[k].text in ",;:" or toks[k].low in _OPENS_SUBJECT


def _participle_of(toks: list[st.Token], verb: int) -> str:
    """'capturing' -> 'captured', 'taking' -> 'taken': the participle of a gerund that takes the count as its
    object; '' for any other verb, or an -ing word after an article ('a staggering 30', 'the remaining 3')."""
    low = toks[verb].low
    if not low.endswith("ing") or len(low) <= 5 or low in _NOT_GERUNDS or not toks[verb].text.islower() \
            or (verb > 0 and toks[verb - 1].low in st.DETERMINERS):
        return ""
    if low in vocab.PARTICIPLE_OF_ING:
        return vocab.PARTICIPLE_OF_ING[low]
    return objects.regular_participle(low[:-3])  # "freeing" -> "freed", "capturing" -> "captured"


def _reduced(toks: list[st.Token], last: int, hi: int) -> int | None:
    """'two men accused of murder': a past participle right after the count, before a phrase, is said of it."""
    at = last + 1
    if at >= hi or not toks[at].text.islower() or not past(toks[at].low) or toks[at].low in st.SIMPLE_PAST \
            or not st.is_verb(toks, at):
        return None
    return at if at + 1 >= hi or toks[at + 1].low in st.PREPOSITIONS or not toks[at + 1].word else None


def _result(toks: list[st.Token], done: str, last: int, hi: int) -> str:
    """'set five buildings ablaze', 'left 300 families homeless': a verb of result says little without the word
    after its object that tells what the object became."""
    at = last + 1
    if done not in _OF_RESULT or at >= hi or not toks[at].text.islower() or len(toks[at].low) < 4 \
            or toks[at].low in st.CLOSED or toks[at].low.endswith("ly") or st.is_verb(toks, at):
        return ""
    after = st.PREPOSITIONS | en.PLACE_PREPOSITIONS  # "held nine people hostage inside a bank"
    return f" {toks[at].low}" if at + 1 >= hi or not toks[at + 1].word or toks[at + 1].low in after else ""


def _done_to(toks: list[st.Token], verb: int, last: int, hi: int, noun: str) -> str:
    """What the verb at `verb` made of its object, said after it: a result ('set five buildings ablaze'), a state
    'without' something after a verb of result, or what people were made or told to do ('forced 6,000 residents
    to evacuate'; not 'It took 40 firefighters to knock down the blaze', whose 'it' stands for the doing)."""
    done = _participle_of(toks, verb) or toks[verb].low
    caused = toks[verb].low in objects.CAUSING  # "causing 40 homes to flood": things are made to do it too
    told = objects.told_to(toks, last, hi, noun, caused=caused) if verb == 0 or toks[verb - 1].low != "it" else ""
    return _result(toks, done, last, hi) or (objects.without(toks, last, hi) if done in _OF_RESULT else "") or told \
        or predicates.left_in(toks, done, last, hi)  # "taken 6,000 computers offline", "leaving 38,000 students at home"


def _second_object(toks: list[st.Token], last: int, hi: int) -> bool:
    """'giving their two backs over 100 yards': another object after the count makes it the one given to."""
    at = last + 1
    at += at < hi and toks[at].low in ("over", "more", "nearly", "about", "almost", "some")
    return at < hi and (toks[at].text[:1].isdigit() or toks[at].low in st.DETERMINERS)


def _number_phrase(toks: list[st.Token], at: int, hi: int) -> list[st.Token]:
    """'nine carries' after 'on': the number and its counted noun ('carries' reads as a verb to noun_after)."""
    noun = []
    for t in toks[at + 1:min(hi, at + 3)]:
        if not t.word or not t.text.islower() or t.low in st.CLOSED:
            break
        noun.append(t)
    return [toks[at], *noun] if noun else []


def _predicate(toks: list[st.Token], last: int, verb: int) -> bool:
    """'40 people got out', '... were arrested': a verb said of the count, not an adjective ('refried beans')."""
    if any(t.low in st.AUX for t in toks[last + 1:verb]):
        return True
    nxt = toks[verb + 1] if verb + 1 < len(toks) else None
    return nxt is None or not nxt.word or nxt.low in st.PREPOSITIONS | st.DETERMINERS | st.FUNCTION or bool(
        predicates.particle(toks, verb))


def _opens_count(toks: list[st.Token], verb: int, q: Quantity) -> bool:
    """'arrests have been made over four nights': a passive verb has no object, so a preposition opening the
    count's own phrase ties the count to the verb as a prepositional object, not an object."""
    return verb + 1 < len(toks) and toks[verb + 1].start >= q.start and toks[verb + 1].low in st.PREPOSITIONS \
        and verb > 0 and toks[verb - 1].low in ("be", "been", "being", "is", "are", "was", "were")


def _group_told(toks: list[st.Token], first: int, hi: int) -> str:
    """'ordered to evacuate' of the counties in 'ordered 90,000 residents of three coastal counties to evacuate':
    a count in the "of" group of people a past verb told to do something was told so with them ('' otherwise)."""
    k = first - 2  # the word before "of"
    if k < 1 or not toks[k].word or not is_person(toks[k].low):
        return ""
    verb = next((v for v in range(k - 1, max(-1, k - 6), -1) if st.is_verb(toks, v)), None)
    if verb is None or not past(toks[verb].low) or toks[verb - 1].low in st.AUX \
            or any(not t.word and not t.text[:1].isdigit() for t in toks[verb + 1:k]):
        return ""
    told = objects.told_to(toks, k, hi, toks[k].low)
    return f"{toks[verb].low}{told}" if told else ""


def _present_or_caused(toks: list[st.Token], first: int, last: int, verb_at: int | None, verb: str) -> str:
    """The participle of a verb that takes the count as its object and says what is so or what was made to
    happen: a present ('the district serves about 2,100 students' -> 'served') or a bare verb a verb of causing
    governs ('forcing the hospital to divert ambulances and postpone 300 surgeries' -> 'postponed'); '' for a
    verb after any other 'to' (a plan, perhaps) or a modal, or none."""
    if verb_at is None:
        joined = objects.coordinated(toks, first)
        return objects.participle(toks[joined].low) if joined is not None and objects.caused(toks, joined) else ""
    if not verb or past(verb) or verb in vocab.HAVING | vocab.REPORTING:
        return ""
    nxt = toks[last + 1].low if last + 1 < len(toks) else ""
    if nxt in st.AUX | en.MODALS | {"to"}:  # "expects 16.6 million vehicles will be sold": the count opens a clause
        return ""
    return objects.present(toks, verb_at) or (objects.participle(verb) if objects.caused(toks, verb_at) else "") \
        or ("" if unit_only(words(toks[last - 1:last + 1])) else completions.to_be_done(toks, verb_at))  # "would shut 11 stores"
