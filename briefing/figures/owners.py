"""Checks on whose a number is, read from how names and numbers sit in the sentence (used by figures.measures).

- A sentence with two bare numbers side by side, nothing but spaces between ("DL Chad Thomas 57 77% 3
  tackles"), is a table row pasted into the text: which column a number is in cannot be read from the
  words, so no label for any of its numbers can be made specific.
- A name joined to another by "&", "of", "on" or "for" is one name ("Pacific Gas & Electric Co", "National
  Institute on Drug Abuse"): a label shows all of it, never the piece after the join ("Electric Co").
- A number inside a short quoted phrase ("“one country, two systems” formula") is a name or a slogan.
- A name listed beside the number ("San Jose Mercury News and more than 90 other publications") or one of
  it ("Lo Presti, one of 99 alleged Mafia members") does not own it.
- A name after the number owns it only through a bare of/in/at-phrase ("GPUs in Colossus 1"), not past an
  auxiliary or a relative pronoun ("two jurors who spoke at Howard's news conference").
- A name inside a prepositional phrase before the number ("in New Bedford District Court on two counts",
  "at Beaumont Hospital") is where something happened, not whose the number is.
- The owners a clause names itself: a possessive ("WeWork’s 2025 bond"), the name before the verb
  (`subject_before`), never the speaker who only reports it (`past_speaker`).
- A name whose verb takes its own object before the number ("Judge James Bodiford handed down the maximum
  sentence on each of 54 charges") acts on that object: the number is the object's, not the name's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.figures import names as nm
from briefing.figures import participles, subjects
from briefing.figures import structure as st
from briefing.figures import vocabulary as vocab
from briefing.figures.structure import past
from briefing.text import english as en
from briefing.text import word_set

if TYPE_CHECKING:
    pass

_SIDE_BY_SIDE = re.compile(r"(?<![\w.,])\d+(?:[,.]\d+)*%?\s+\d+(?:[,.]\d+)*%?(?![\w-])")
_JOIN_AFTER = re.compile(r"\s*&\s*|\s+(?:of|on|for)\s+(?:the\s+)?")
_GLUED_WORD = re.compile(r"\s+[a-z]+[A-Z][\w-]*")  # "Project xCloud", "the iPhone": one name
# "San Jose Mercury News and more than 90 other publications": the name is one of a list, not the owner;
# "Gaetano Lo Presti, one of 99 alleged Mafia members": the name is one of the number, not its owner.
_BESIDE = re.compile(r"(?:\s+[A-Z][\w-]*)*\s*(?:,\s*)?(?:and|or)\s+(?:(?:more|less|fewer|than|about|nearly|almost|some|over|at|"
                     r"least|up|to|another|other)\s+)*|\s*,\s*(?:one|two|three|each|all|some|most|many)\s+of\s+"
                     r"(?:the\s+)?(?:(?:more|than|about|nearly|some|over|at|least)\s+)*")
_SHORT_QUOTE = re.compile(r"[“\"]([^“”\"]{1,40})[”\"]")
_PHRASE_GAP = re.compile(r"\s*(?P<words>(?:[a-z-]+\s+){0,3})(?P<prep>of|in|at|for|from|on|inside|aboard)\s+(?:the\s+)?")
# "in Cedar Ridge, Alder Flat and ...", "in Halloway and nearby Pruett": one place of a list owns none of it
# (not "in Portland, Oregon, has": a city and its state, no "and")
_LISTED_PLACE = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s+(?:and|or)\s+(?:[a-z]+\s+)?[A-Z]")
_NOT_IN_GAP = st.AUX | en.RELATIVES  # "were being treated at", "who spoke at"
_CLOSED_OR_RELATIVE = st.CLOSED | en.RELATIVES
# Prepositions whose object is not who acted ("by" names the doer; the rest also open a clause)
_OBJECT_PREPOSITIONS = st.OBJECT_PREPOSITIONS - {"by"}
# Words that may stand between a number and its owner or verb. Narrower than text.numbers.HEDGE_WORDS, whose
# multi-word hedges bring "in", "of", "the": swapped in, the spent sets show 19 labels they did not (2026-11-30).
QUALIFIERS = frozenset({"about", "around", "nearly", "almost", "some", "over", "under", "roughly", "more", "less",
                         "than", "up", "to", "at", "least", "just"})
# "Sharpe and Randle are among the 15 finalists": the names are some of the number, not whose it is.
# "among the 15 finalists", "one of the 12 worst-hit villages", "one of five sons": a member of the group counted
_AMONG = re.compile(r"\b(?:among|one\s+of)\s+(?:the\s+)?"
                    r"(?:(?:more|than|about|nearly|some|over|at|least|just|only)\s+)*$", re.I)
SAYS = word_set("said says told tells saying telling")
# Verbs that report a that-clause ("has estimated that 964,000 people ..."): English reporting verbs.
_REPORTS = word_set("said says told stated states reported reports estimated estimates found finds showed shows "
                    "announced concluded noted warned claimed claims argued wrote confirmed")
_TOLD = word_set("told tells telling")  # they name whom they tell before the words told
_SPEAKERS = en.SUBJECT_PRONOUNS | en.POSSESSIVES  # the speaker again
_POSSESSIVE_GAP = re.compile(r"[’']s?\s+(?:[A-Za-z-]+\s+){0,2}")  # "WeWork’s 2025 bond": up to two words
_SIDE_GAP = re.compile(r"\s*[.(]?\s*")  # "Dow Jones Industrial Average .DJI": two names side by side
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")
_FROM = re.compile(r",\s*of\s+$")
_WITH = re.compile(r"\bwith\s+$|\baccording\s+to\s+(?:the\s+)?$", re.I)


def table_row(sentence: str) -> bool:
    """'LB Joe Schobert 74 100% 7 tackles, 3 assists': two bare numbers side by side, only spaces between."""
    return bool(_SIDE_BY_SIDE.search(sentence))


def whole_name(sentence: str, name: nm.Name, spans: list[nm.Name]) -> nm.Name:
    """The name with the names joined to it by '&', 'of', 'on', 'for' ('Pacific Gas & Electric Co')."""
    start, end = name.start, name.end
    changed = True
    while changed:
        changed = False
        for other in spans:
            if other.end <= start and _JOIN_AFTER.fullmatch(sentence[other.end:start]):
                start, changed = other.start, True
            elif other.start >= end and _JOIN_AFTER.fullmatch(sentence[end:other.start]):
                end, changed = other.end, True
    glued = _GLUED_WORD.match(sentence, end)
    end = glued.end() if glued else end
    if (start, end) == (name.start, name.end):
        return name
    return nm.Name(start=start, end=end, text=" ".join(sentence[start:end].split()).rstrip(".,"))


def in_short_quote(sentence: str, start: int, end: int) -> bool:
    """'the “one country, two systems” formula': a number inside a short quoted phrase is part of a name or a
    slogan, not a count (a quoted sentence, five words or more, is read as words)."""
    return any(m.start(1) <= start and end <= m.end(1) and len(m.group(1).split()) < 5
               for m in _SHORT_QUOTE.finditer(sentence))


def beside(sentence: str, name: nm.Name, start: int) -> bool:
    """'Denver Post, San Jose Mercury News and more than 90 other publications', 'Lo Presti, one of 99 ...': the
    name is listed beside the number or is one of it, so it does not own it."""
    return name.end <= start and bool(_BESIDE.fullmatch(sentence, name.end, start))


_FOR_GAP = re.compile(r"\s+for\s+(?:the\s+)?")
_CLAUSE_OPENS = re.compile(r"(?:^|\band\s+|,\s+)(?:[A-Z][\w.'’-]*\s+)*$")


def name_in_phrase_after(sentence: str, spans: list[nm.Name], end: int, reach: int = 40) -> nm.Name | None:
    """'GPUs in Colossus 1', 'residents of Louisiana': a name in an of/in/at/for phrase right after.

    Not past a verb's auxiliary or a relative pronoun: 'two victims were being treated at Beaumont Hospital',
    'two jurors who spoke at Howard's news conference' tell where they were, not whose they are."""
    for name in spans:
        gap = sentence[end:name.start]
        phrase = _PHRASE_GAP.fullmatch(gap) if end <= name.start and len(gap) <= reach else None
        if phrase and not _NOT_IN_GAP.intersection(gap.split()):
            return None if _where_not_whose(sentence, name, phrase) else name
    return None


def _where_not_whose(sentence: str, name: nm.Name, phrase: re.Match[str]) -> bool:
    """'11 volunteers and a team from the High Plains Museum': the phrase is another noun's, joined by 'and'; 'homes
    in Cedar Ridge, Alder Flat and ...', 'at five homes in Halloway and nearby Pruett': one place of a list owns
    none of the count. Each says where, not whose."""
    gap = set(phrase.group("words").split())
    nested = bool(gap & {"and", "or"}) and bool(gap & en.ARTICLES)
    # "two teams, from Katowice and Krakow", "trips from Sligo and Boyle": where they came from, one place of several
    listed = phrase.group("prep") in ("in", "at", "from") and _LISTED_PLACE.match(sentence, name.end)
    return bool(nested or listed)


def doer_before(sentence: str, spans: list[nm.Name], start: int, end: int, after: nm.Name) -> nm.Name | None:
    """'Kemp had 19 points for the Falcons': the name that opens the count's clause did it, not the side it was for.
    """
    if not _FOR_GAP.fullmatch(sentence, end, after.start):
        return None
    doer = next((n for n in reversed(spans) if n.end <= start), None)
    # it opens the sentence or a clause joined by "and" (a first name or title the index did not join may come first)
    opens = doer is not None and _CLAUSE_OPENS.search(sentence[:doer.start])
    return doer if opens else None


def in_place_phrase(sentence: str, name: nm.Name) -> bool:
    """'in New Bedford District Court', 'at Beaumont Hospital': the object of a preposition of place."""
    before = sentence[:name.start].rsplit(maxsplit=2)[-2:]  # the last words only: no split of the whole prefix
    if len(before) == 2 and before[1].lower() == "the":  # "at the Brooklyn Supreme Court"
        before = before[:1]
    before = before[-1:]
    # "Gary Gomes, 35, of New Bedford": an "of" after a comma says where a person is from
    return bool(before) and (before[0].lower() in en.PLACE_PREPOSITIONS or bool(_FROM.search(sentence, 0, name.start))) \
        or subjects.placed(sentence, name.start)


def possessive_before(sentence: str, spans: list[nm.Name], start: int) -> nm.Name | None:
    """'WeWork’s 2025 bond', 'Colossus 1's 300 MW of power'."""
    for name in spans:
        tail = sentence[name.end:start]
        if name.end <= start and _POSSESSIVE_GAP.fullmatch(tail):
            return name
    return None


def text_between(toks: list[st.Token], a: nm.Name, b: nm.Name) -> str:
    """The characters between two names, rebuilt from the tokens ('Anthropic and SpaceX' -> ' and ')."""
    inner = [t.text for t in toks if a.end <= t.start and t.end <= b.start]
    return f" {' '.join(inner)} " if inner and a.end < b.start else ""


def past_speaker(toks: list[st.Token], lo: int, at: int) -> int:
    """Where the reported words begin: 'Fanning said the gunman entered ...' -> at 'the' (who speaks did not
    enter); 'Stier says he noticed' -> 0 (he did). A verb with a that-clause reports it too: 'The institute
    has estimated that 964,000 people ...', 'The WHO reported last year that 11 of the 12 cities ...'."""
    said = []
    for k in range(lo, at):
        that = next((j for j in range(k + 1, min(at, k + 5)) if toks[j].low == "that"), None)
        if that is not None and any(not t.word or t.low in st.PREPOSITIONS for t in toks[k + 1:that]):
            that = None  # "reported last year that"; not "released on the condition that"
        if toks[k].low in SAYS or (that is not None and toks[k].low in _REPORTS):
            nxt = that + 1 if that is not None else k + 1
            if toks[nxt].low not in _SPEAKERS:  # "Reed has said that he expects", "McClatchy said its finances"
                # "told the Daily News that the march began": whom it was told is no more the owner than who told
                said.append(toks[nxt if toks[k].low in _TOLD else k + 1].start)
    return max(said, default=0)


def object_brought_to(spans: list[nm.Name], toks: list[st.Token], verb: int, first: int) -> nm.Name | None:
    """'sentenced Nichols to seven life sentences', 'held the Lions to 10 points': the verb's named object is
    whose the count it is brought to is, not the subject's."""
    to = next((k for k in range(verb + 1, first) if toks[k].low == "to"), None)
    start = verb + 1 + (verb + 1 < first and toks[verb + 1].low == "the")
    if to is None or start >= to:
        return None
    return next((n for n in spans if n.start == toks[start].start and n.end == toks[to - 1].end), None)


def subject_before(spans: list[nm.Name], toks: list[st.Token], verb: int, lo: int) -> nm.Name | None:
    """The name the clause is about: the nearest name before its verb, not inside a prepositional phrase."""
    if toks[verb].low in ("saying", "telling"):
        return None  # "a call from the MV Gibe saying two boats were closing in": the words are not the ship's
    limit = toks[verb].start
    floor = toks[lo].start if lo < len(toks) else 0
    floor = max(floor, past_speaker(toks, lo, verb), subjects.own_subject(toks, verb, lo))
    aside = subjects.relative_aside(toks, verb, lo)  # "Indonesia, which straddles the "Ring of Fire", has"
    floor, inside = (max(floor, aside[0]), range(aside[1], aside[2])) if aside else (floor, range(0))
    for name in sorted((n for n in spans if floor <= n.start and n.end <= limit and n.start not in inside),
                       key=lambda n: -n.start):
        prev = [t for t in toks if t.end <= name.start][-1:]
        if prev and prev[0].low in _OBJECT_PREPOSITIONS:
            continue
        opened = sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in toks
                     if floor < t.start and t.end <= name.start)  # inside an aside of this clause
        if opened > 0 or nm.is_ticker(name.text) or nm.is_ticker(nm.dotted(toks, name)):
            continue  # "Kospi Index (KOSPI) fell", "The dollar index .DXY rose": a code, not whose it is
        own = next((k for k, t in enumerate(toks) if t.start <= name.start < t.end), None)
        if own is not None and toks[own].text.endswith(("’s", "'s")) and own + 1 < len(toks) \
                and toks[own + 1].text.islower():
            continue  # "Sheriff's deputies chased him": the deputies did
        earlier = next((n for n in spans if n.end < name.start and _SIDE_GAP.fullmatch(text_between(toks, n, name) or " ")),
                       None)
        if earlier is not None and not any(t.start < earlier.end <= t.end and t.text.endswith(("’s", "'s"))
                                           for t in toks):
            name = earlier  # "The Dow Jones Industrial Average .DJI fell": the first of two names side by side
        pair = next((n for n in spans if _AND_GAP.fullmatch(text_between(toks, n, name))), None)
        return nm.Name(start=pair.start, end=name.end, text=f"{pair.text} and {name.text}") if pair else name
    return None


def acts_on_another(toks: list[st.Token], name: nm.Name, start: int) -> bool:
    """'Judge Bodiford handed down the maximum sentence on each of 54 charges', 'Gray was hit in the back by
    three of the bullets': between the name and the number its verb takes a lowercase noun of its own."""
    between = [k for k, t in enumerate(toks) if name.end <= t.start and t.end <= start]
    verb = next((k for k in between if st.is_verb(toks, k) and toks[k].low not in st.AUX), None)
    at = between[-1] if between else -1
    while at > 0 and (toks[at].low in QUALIFIERS or not toks[at].word and not toks[at].text[:1].isalnum()):
        at -= 1
    if verb is None or (toks[at].low == "of" and toks[at - 1].text.islower() and toks[at - 1].low not in st.DETERMINERS):
        return False  # "McClatchy reported a loss of $304.7 million": the object is the measure, the name owns it
    # a word that opens or joins no phrase, after the verb: the verb's object or the place it acted in; not
    # a noun another number counts ("finished with 25 points, 11 rebounds": a list of one subject's counts)
    return any(toks[k].word and toks[k].text.islower() and not st.is_verb(toks, k)
               and toks[k].low not in _CLOSED_OR_RELATIVE
               and not toks[k].low.endswith("ly") and not _counted(toks, k, verb) for k in between if k > verb)


def _counted(toks: list[st.Token], k: int, verb: int) -> bool:
    """Whether a number counts the noun at k: one just before it, or before one word that describes it."""
    return any(toks[j].text[:1].isdigit() for j in range(max(verb + 1, k - 2), k))


def acting_subject(spans: list[nm.Name], toks: list[st.Token], verb: int, lo: int) -> nm.Name | None:
    """subject_before among the names that stand as no object of a preposition or a verb (object_or_phrase)."""
    return subject_before([n for n in spans if not object_or_phrase(toks, n) and not nm.shares_noun(
        " " + " ".join(t.text for t in toks if t.start >= n.end)[:60])], toks, verb, lo)  # "Internet and telephone traffic"


def object_or_phrase(toks: list[st.Token], name: nm.Name) -> bool:
    """'according to the White House', 'patrolling the Gulf of Aden': a name after a preposition or a verb
    (past its article) is not who acted."""
    k = next((j for j, t in enumerate(toks) if t.start >= name.start), 0) - 1
    if k >= 0 and toks[k].low in ("the", "a", "an"):
        k -= 1
    if k < 0 or toks[k].end > name.start:
        return False
    prev = toks[k]
    return (prev.low in subjects.PLACING or subjects.joined_to_object(toks, k, name.end)
            or (prev.low.endswith("ing") and prev.text.islower() and len(prev.low) > 4))


def first_conjunct(toks: list[st.Token], at: int, lo: int, first: int) -> int:
    """'A man shot to death one person and injured two others Monday': the date is of the first verb of
    a coordinated predicate, whose subject stands before it ('hunted and ate a rabbit': one object, the last
    verb's; 'walked in on Monday and shot three': the date's own verb)."""
    if at < 2 or at > first or toks[at - 1].low != "and" or st.is_verb(toks, at - 2):
        return at
    return next((i for i in range(at - 2, lo - 1, -1) if st.is_verb(toks, i) and toks[i].low not in st.AUX
                 and toks[i].low not in vocab.SAYING and (past(toks[i].low) or toks[i].low in st.SIMPLE_PAST)), at)


def subject_floor(toks: list[st.Token], lo: int) -> int:
    """Where a clause's subject may stand: a clause that opens on its verb ('Teixeira, 28, was acquired')
    has it before the aside, from the sentence's start; not a relative clause ('the gang, who had')."""
    return 0 if lo < len(toks) and lo > 0 and toks[lo - 1].text == "," and toks[lo].low in st.AUX - en.RELATIVES else lo


def aside_subject(sentence: str, spans: list[nm.Name], toks: list[st.Token], verb: int, lo: int) -> nm.Name | None:
    """'The Colts, trailing 14-0 at the half, scored 17 points', 'Robert Buckley, 32, fell 600 m': a clause that
    opens on its verb in the past after an aside has the name before the aside as its subject, when that name
    opens the sentence (past who says it) and the aside's comma follows it; not 'paced by 13 points from ...'."""
    if (doer := participles.participle_subject(sentence, spans, toks, verb, lo, past_speaker(toks, 0, verb))) is not None:
        return doer  # "Doug McDermott put on a show, scoring 23 points": the main clause's subject
    if verb != lo or lo < 2 or toks[lo - 1].text != "," or not toks[lo].text.islower() or not st.past(toks[lo].low) \
            or (lo + 1 < len(toks) and toks[lo + 1].low == "by"):
        return None
    start = past_speaker(toks, 0, verb)  # where the reported words begin (a character offset)
    first = next((n for n in spans if n.start >= start), None)
    if first is None or not re.match(r"\s*,", sentence[first.end:]) or "," in sentence[start:first.start] \
            or any(t.low not in st.DETERMINERS and t.text[:1].islower() for t in toks if start <= t.start < first.start):
        return None
    return first


def pronoun_between(toks: list[st.Token], end: int, start: int) -> bool:
    """'In 54 games with the Angels he hit 13 home runs': a 'he' or 'she' after the name, before the count, is
    the clause's subject; the name is in a phrase before it, not whose the count is."""
    return any(t.low in ("he", "she") and end <= t.start < start for t in toks)


def pronoun_subject(toks: list[st.Token], verb: int | None, lo: int) -> bool:
    """'he rushed for 716 yards', 'she has not won 3 titles': the clause's subject is a person's pronoun."""
    return verb is not None and _pronoun_before(toks, verb, lo) is not None


def _pronoun_before(toks: list[st.Token], verb: int, lo: int) -> int | None:
    """Where the 'he' or 'she' the verb at `verb` has for subject stands, from `lo` on, or None."""
    at = verb - 1
    while at >= lo and (toks[at].low in st.AUX or toks[at].low in st.ADVERBS or toks[at].low.endswith("ly")):
        at -= 1  # past "has", "has not", "reportedly", "also"
    return at if at >= lo and toks[at].low in ("he", "she") else None


def among(sentence: str, start: int) -> bool:
    """'Shannon Sharpe and John Randle are among the 15 finalists': the count is of a group they are in."""
    return bool(_AMONG.search(sentence[:start]))


def accessory(sentence: str, name: nm.Name) -> bool:
    """'70-inch HDTV with Roku for $499.99': a name after 'with' is a part of the thing priced, not the thing;
    'according to Variety, two sticking points': a name after 'according to' is the source, not the owner."""
    return bool(_WITH.search(sentence, 0, name.start))


# "Quinn, who was just 10 of 22 for 162 yards", "Garrard, who rushed for a score, finished with 329 yards": the
# name a relative clause hangs on is the subject of that clause and of the main clause after it.
# "the Chiefs (2-13), who had 352 yards": a team's record in brackets may stand between the name and "who"
# "Lloyd-Hughes, 23, who ran 35 metres", "Walt Bergeron, 74, who left ... with two dogs": an age between
_WHO = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?P<rest>[^;:.!?()]*)$")
_WORD = re.compile(r"[a-z]+")
# the number is the doer of a passive or belongs to the clause's own object: not the name's
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?$|,\s*of\s+$")  # where the person the aside describes is from
_OTHERS = re.compile(r"\bby\s+$|^[a-z]+\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}with\s+$")
# "..., and Jones added 12", "voted against, as did four small parties with six deputies": another subject's clause
_AND_NAME = re.compile(r"\b(?:and|but)\s+[A-Z]|\bas\s+(?:did|do|does|had|has|have)\b")


def relative_owner(sentence: str, spans: list[nm.Name], start: int) -> nm.Name | None:
    """The name before ', who ...' of the count's own clause or of the main clause after it, when no other name
    opens a clause between and no one says the number ('Fanning, who said 30 ...')."""
    for name in sorted((n for n in spans if n.end <= start), key=lambda n: -n.end):
        found = _WHO.match(sentence[name.end:start])
        if found is None:
            continue
        rest = found.group("rest")
        said = set(_WORD.findall(rest.lower())) & (SAYS | _REPORTS)
        if rest.count(",") > 2 or said or _AND_NAME.search(rest):
            return None  # "Smith, who had 20 points, and Jones added 12": another subject opens a clause
        if _OTHERS.search(rest) or _FROM_PLACE.search(sentence, 0, name.start):
            # "Gray, who was shot by two officers", "who heads a cooperative with 214 members"; "Gloria Estrada,
            # 71, a retired worker from Chandler, who paid": the place is where the person is from
            return None
        return name
    return None


def antecedent(spans: list[nm.Name], toks: list[st.Token], verb: int | None, start: int) -> nm.Name | None:
    """The name a 'he'/'she' before the count's verb stands for when its own sentence names one as a subject
    before it ('Marion Barber did not practice ... when he had 2 yards on 8 carries'); none when the verb takes an
    object of its own first ('Comeaux ... when he pulled a gun on two guards': the guards are not his)."""
    at = _pronoun_before(toks, verb, 0) if verb is not None else None
    if at is None:
        return None
    if acts_on_another(toks, nm.Name(start=toks[at].start, end=toks[at].end, text=toks[at].text), start):
        return None
    opening = max((k + 1 for k in range(at) if toks[k].text in ".!?"), default=0)  # this sentence only
    return acting_subject(spans, toks, at, opening)
