"""Who "the 56-year-old" is: the person an article is about, when a sentence names them only by age.

News names its main person in full once ("Jose Mourinho"), then by surname ("Mourinho"), then by a
description ("The 56-year-old said ..."). The description's referent is the person named most so far,
counting a surname only when the article also gives it with a first name: a club or a company named
alone ("Chelsea", "Spurs") is never a person here. A person in the headline is who the story is about,
so the headline counts as two mentions; between two named as often, the one named first ("Jose Mourinho
agrees deal to replace Mauricio Pochettino").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from briefing.figures import aged
from briefing.figures import structure as st
from briefing.figures.casualties import is_person
from briefing.figures.reading import Reading
from briefing.text.entities import EntityIndex
from briefing.text.places import gazetteer

# "The 56-year-old said", "the 66-year-old's suicide": the age stands for a person already named.
_DESCRIBED = re.compile(r"(?:^|[\s(\"“])[Tt]he\s+$")
# "... Kasun Perera's unbeaten 71 ... . The 24-year-old left-hander faced 109 balls": a sentence that opens on
# "The N-year-old" goes on about a person the sentence before it named.
_OPENS_DESCRIBED = re.compile(r"(?:^|[.!?][”\"]?\s+)[“\"]?The\s+$")


_WHERE = re.compile(r"\b(?:in|at|near|into|across|around|outside)\s+(?:the\s+)?$")
_FIRST_WORD = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]{2,})\s$")
_OBJECT = re.compile(r"\b(?:of|in|at|on|to|for|from|with|into|by|against|over|out|[a-z]+ing)\s+$")  # not who acts
# "He had 404 yards", "But after that he got hot": a sentence whose subject is a person's pronoun, past a
# conjunction and an adverb or two
_PRONOUN_OPENS = re.compile(r"\s*[\"“]?(?:He|She|(?:And|But|So|Yet|Then|Still|Now|Later)\s+"
                            r"(?:(?:after|before|that|then|again|later|now|also|still|soon)\s+){0,2}(?:he|she))\b")
# An opening phrase led by a preposition or a subordinator ("While ...,", "In Bush's absence this year,"), its comma
_LEADS = sorted((st.PREPOSITIONS | st.FUNCTION) - {"he", "she", "it", "they", "i", "we", "you"})
# "In the second half, though, Echenique got ...": a connective adverb set off by commas after the phrase
_CONNECTIVE = r"(?:(?:though|however|meanwhile|instead|too|then|again|still|also),\s*)?"
_CLAUSE_BEFORE = re.compile(rf"\s*[\"“]?(?:{'|'.join(_LEADS)})\s[^,;:\"“”]{{2,60}},\s*{_CONNECTIVE}", re.I)
_PRONOUN_AFTER = re.compile(r"\s*,?\s*(?:he|she)\b")  # "..., he was called": the clause's subject
# '"Water came in from the side," he said.': a quote whose speaker is the person a 'he'/'she' stands for
_SAID_BY_PRONOUN = re.compile(r"^\s*[\"“][^\"“”]*[,.!?]\s*[\"”]\s*(?:he|she)\s+(?:said|says|added)\s*\.?\s*$")
# "Through 14 games in the 2008 season, Bush had ...": a phrase, then its comma, then the clause's subject.
_OPENING_PHRASE = re.compile(r"\s*[A-Z][^,;:\"“”]{2,60},\s*")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the Saints": a team, no person
_TEAM_THE = re.compile(r"(?:\bthe|^\W*The)\s+$")  # not a title's "The" ("the film The Notorious Bettie Page")
_MODIFIES = re.compile(r"\s+([a-z]+)\b(?![’'-])")  # the lowercase word after a name
_NOT_DESCRIBED = st.PREPOSITIONS | st.AUX | st.FUNCTION | st.VERBS | st.ADVERBS | st.DETERMINERS
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# "A man has died", "An elderly woman was found": the sentence opens on a person it brings in without a name (a
# noun figures.casualties reads as a person)
_INDEFINITE = re.compile(r"[\"“]?An?\s+([a-z]+)(?:\s+([a-z]+))?")  # as the sentence's opening subject
_AND_ANOTHER = re.compile(r"(?:[’']s)?\s*,?\s*(?:and|or|&)\s+[A-Z]")  # "Bush and Jones": two persons
_FIRST_NAME = re.compile(r"(?<![^\s,\"“])[A-Z][a-z]{2,}\s$")
_AGENT = re.compile(r"[a-z]{2,}(?:er|or|ist|ian)$")  # "opener", "left-hander", "investor", "guitarist"
_AFTER_PREPOSITION = re.compile(rf"\b(?:{'|'.join(sorted(st.PREPOSITIONS))})\s+(?:the\s+)?$", re.I)
_KIN = frozenset({"mother", "father", "brother", "sister", "daughter"})  # -er nouns that say whose, not what one does
_NUMBER_AFTER = re.compile(r"(?:\s+\d[\d.,]*)+$")
_NOT_FIRST_NAMES = st.FUNCTION | st.DETERMINERS | st.PREPOSITIONS | st.AUX | {"police", "officials", "president"}


@dataclass(kw_only=True)
class People:
    """Persons named so far in one article: full names by surname, and how often each is named."""

    index: EntityIndex
    full: dict[str, str] = field(default_factory=dict)  # surname -> "Jose Mourinho"
    named: Counter[str] = field(default_factory=Counter)
    first: dict[str, int] = field(default_factory=dict)  # surname -> order of its first mention
    placed: set[str] = field(default_factory=set)  # names written as places ("in East Flatbush"): no person
    standing: set[str] = field(default_factory=set)  # names written once at least as no noun's modifier
    last: str = ""  # the passage read last: where the sentence before a passage's first one is
    # Sentences read but not yet counted: counting costs a scan for names, and most articles never
    # describe anyone by age alone, so it is done when `described` first needs it.
    pending: list[tuple[str, int]] = field(default_factory=list)

    def read(self, sentence: str, weight: int = 1) -> None:
        """Note a sentence whose persons count (a headline with `weight` 2)."""
        self.pending.append((sentence, weight))
        self.last = sentence

    def _count(self, sentence: str, weight: int) -> None:
        for start, end, run in self.index.entities(sentence):
            run = _NUMBER_AFTER.sub("", run)  # "Tharindu Gamage 3-72": a scorecard's name, then its figures
            opener = _FIRST_WORD.search(sentence[:start])
            if opener and opener.group(1).lower() not in _NOT_FIRST_NAMES:
                run = f"{opener.group(1)} {run}"  # "Jose Mourinho said": a first name opening a sentence
            parts = [p for p in re.split(r"\s+", run) if p]
            last = parts[-1].lower()
            # "the New Orleans Saints", "the Saints '": a name with "the" is a team, a firm or a place, never a
            # person (but "the Bush administration" is the person's: a name before a noun modifies it)
            team = _TEAM_THE.search(sentence[:start]) and not _NOUN_AFTER.match(sentence, end)
            if _stands(sentence, end):
                self.standing.add(last)  # not only "the Fulton County courthouse", "a Fulton County deputy"
            if _WHERE.search(sentence[:start]) or run.lower() in gazetteer().names or team:
                self.placed.add(last)
            if len(parts) >= 2 and all(p[:1].isupper() and p.rstrip(".").isalpha() for p in parts):
                self.full.setdefault(last, run)
            self.named[last] += weight
            self.first.setdefault(last, len(self.first))

    def _flush(self) -> None:
        for text, weight in self.pending:
            self._count(text, weight)
        self.pending.clear()

    def _person(self, run: str, before: str) -> bool:
        """A person's name: with a first name, or the surname of one named so; never after 'the' ('the Saints')."""
        parts = run.split()
        full = len(parts) >= 2 and all(p[:1].isupper() and p.rstrip(".").isalpha() for p in parts)
        return (full or parts[-1].lower() in self.full) and parts[-1].lower() not in self.placed \
            and run.lower() not in gazetteer().names and not self._region(parts[-1].lower()) \
            and not _THE_BEFORE.search(before)

    def _region(self, surname: str) -> bool:
        """Is the name a country or a US state ("Sri Lanka", "Bangladesh"), not a person: by its full form, so
        "Michael Jordan" stays a person."""
        return self.full.get(surname, surname).lower() in gazetteer().regions

    def pronoun_owner(self, previous: str, current: str, chained: str | None = None) -> str | None:
        """Who 'he' or 'she' in `current` (the sentence up to its number) is: the one person `previous`
        opens on as its subject ('Bush missed eight games.', 'Ivory's injury is a fracture, Payton said.'),
        when `current` names no person of its own before the number; else None."""
        self._flush()
        if any(self._person(run, current[:start]) and not _OBJECT.search(current[:start])
               for start, _, run in self.index.entities(current)):
            return None  # "Smith passed to Jones, and he scored 3": which one, the words do not say
        return self.opener(previous, chained)

    def chain_before(self, text: str, start: int) -> str | None:
        """The person a 'he'/'she' sentence right after the sentence before text[start] would chain from: read
        along the paragraph's earlier sentences ('Bush missed eight games. He had 404 yards. He also had ...'),
        through quoted words a 'he said' gives to that person ('"Water came in," he said. He lost two sons.')."""
        chain: str | None = None
        for sentence in _SENTENCE_END.split(text[:start])[:-2]:
            chain = self.opener(sentence, chain)
        return chain

    def opener(self, sentence: str, chained: str | None = None) -> str | None:
        """The person `sentence` opens on as its subject, after an opening phrase and its comma or not
        ('Through 14 games, Bush had 404 yards'); for a sentence that opens on 'he'/'she', `chained`, the person
        the sentence before it opened on ('Bush missed eight games. He also had 440 yards.')."""
        if _PRONOUN_OPENS.match(sentence) or _SAID_BY_PRONOUN.search(sentence):
            return chained
        self._flush()
        runs = self.index.entities(sentence)
        if (phrase := _CLAUSE_BEFORE.match(sentence)) and runs and runs[0][0] < phrase.end():
            # "While Drake held Echenique scoreless, Artino was able ...": the names before the comma are the
            # phrase's; the subject is what follows it
            if _PRONOUN_AFTER.match(sentence, phrase.end()):
                return chained
            runs = [r for r in runs if r[0] >= phrase.end()]
            if not runs or _FIRST_NAME.sub("", sentence[phrase.end():runs[0][0]]):
                return None
        after = phrase.end() if phrase else 0
        opening = _FIRST_NAME.sub("", sentence[after:runs[0][0]]) if runs else ""  # "Reggie Bush had": "Bush" is the run
        if not runs or (opening.strip(" \"“'‘") and not _OPENING_PHRASE.fullmatch(opening)):
            return None
        start, end, run = runs[0]
        if _PRONOUN_AFTER.match(sentence, end):
            return chained  # "Born Vincenzo, he was called Chin": the name is in a phrase, the subject is "he"
        if _AND_ANOTHER.match(sentence, end) or not self._person(run, ""):
            return None  # "Bush and Jones ran": two persons
        return run

    def described(self, sentence: str, start: int, noun: str = "") -> tuple[frozenset[str], str] | None:
        """The person 'the N-year-old' at sentence[start:] stands for, or None.

        A sentence that opens on it is about the one person the sentence before names ("Karim's 104 had carried
        Bangladesh to 312. The 33-year-old opener was ..."). Else only an age that stands alone ("the
        56-year-old said") is the person named most: with a noun (`noun`: "the 56-year-old driver") it is the
        caller's to read as that noun's age, unless the sentence opens on it and the noun names someone by what
        they do ("opener", "left-hander"; not "the 30-year-old congregation", nor "the 58-year-old man", whom the
        story may only now bring in, nor kin, "the 11-year-old daughter", who is someone else's).
        """
        if not _DESCRIBED.search(sentence[:start]) or (noun and (not _AGENT.search(noun) or noun in _KIN)):
            return None
        self._flush()
        if self._unnamed_before(sentence, start):
            return None  # "A man has died ... as Storm Elinor brought gusts. The 58-year-old": the man, unnamed
        if before := self.named_before(sentence, start):
            return self.index.tokens_of(before), before
        if noun:
            return None
        ranked = sorted((s for s, n in self.named.items() if s in self.full and n >= 2 and s not in self.placed
                         and s in self.standing and not self._region(s)), key=lambda s: (-self.named[s], self.first[s]))
        if not ranked:
            return None
        name = self.full[ranked[0]]
        return self.index.tokens_of(name), name

    def _unnamed_before(self, text: str, start: int) -> bool:
        """Does the sentence before 'The N-year-old' at text[start] open on a person it does not name?"""
        if not _OPENS_DESCRIBED.search(text[:start]):
            return False
        earlier, _ = sentence_before(text, start, self.last if self.last != text else "")
        opening = _INDEFINITE.match(earlier.lstrip())
        return opening is not None and (is_person(opening.group(1)) or is_person(opening.group(2) or ""))

    def named_before(self, text: str, start: int) -> str | None:
        """For a sentence that opens on 'The N-year-old' at text[start], the full name of the one person the
        sentence before names, if it names exactly one."""
        if not _OPENS_DESCRIBED.search(text[:start]):
            return None
        self._flush()
        earlier, _ = sentence_before(text, start, self.last if self.last != text else "")
        # Not the object of a preposition ("sacked by Manchester United") unless it owns something there ("with
        # Kasun Perera's unbeaten 71"); a person's name is two or three words ("Malibu Promises Treatment Center")
        persons = {self.full.get(run.split()[-1].lower(), run) for at, end, run in self.index.entities(earlier)
                   if self._person(run, earlier[:at]) and (earlier[end:end + 2] in ("'s", "’s")
                                                           or not _AFTER_PREPOSITION.search(earlier[:at]))}
        persons = {p for p in persons if 2 <= len(p.split()) <= 3}
        return next(iter(persons)) if len(persons) == 1 else None


def aged_noun(reading: Reading) -> str:
    """The noun an age describes: 'man' in 'age of the man killed' (figures.aged), 'driver' in 'age of the
    forklift driver', '' for a bare 'age'."""
    if not reading.measure.startswith("age of the "):
        return ""
    words = reading.measure.removeprefix("age of the ").split(" ")
    told = next((k for k, w in enumerate(words) if k and w in ("who", "from")), None)  # "man who died", "from Munich"
    if told is None and len(words) > 1 and aged.told(words[-1]):
        told = len(words) - 1  # "man killed", "mom shot": the verb aged.what_befell added
    return words[(told if told is not None else len(words)) - 1]


def _stands(sentence: str, end: int) -> bool:
    """Does the name ending at sentence[end] stand as a noun phrase of its own ('Nichols was', 'Bush hurt his
    knee', 'Bush.'), not before a common noun it describes ('the Fulton County courthouse')?"""
    after = _MODIFIES.match(sentence, end)
    word = after.group(1) if after else ""
    return not word or word in _NOT_DESCRIBED or st.past(word) or word in st.SIMPLE_PAST or word.endswith("ly") \
        or (word.endswith("s") and not word.endswith("ss"))


def opening_sentence_end(text: str, start: int) -> int | None:
    """Where the sentence ends whose subject is 'The N-year-old ...' at text[start] ('The 24-year-old left-hander
    ... faced 109 balls. '), when the sentence opens on it; else None. Up to a quote: a speaker's words are not
    the subject's counts."""
    if not _OPENS_DESCRIBED.search(text[:start]):
        return None
    end = _SENTENCE_END.search(text, start)
    quote = _QUOTE_OPENS.search(text, start, end.start() if end else len(text))
    return quote.start() if quote else end.start() if end else len(text)


# A sentence ends at . ! or ? (past a closing quote) before a capital: "... 12 games. He rushed ...". Its own cut,
# not text/sentences.py's: the sentence before a "The 56-year-old" or a "he" must be whole, so no cut before a
# lowercase word or a digit, nor after a curly single quote (scopes.py's _SENTENCE takes one; they were measured so).
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+(?=[“\"]?[A-Z])")
_QUOTE_OPENS = re.compile(r"[\"“:]")  # a speaker's words begin (opening_sentence_end)


def sentence_before(text: str, start: int, previous_passage: str) -> tuple[str, str]:
    """(the sentence before the one at text[start], that one up to `start`): the former from the paragraph
    before when the number's sentence opens its own."""
    parts = _SENTENCE_END.split(text[:start])
    earlier = parts[-2] if len(parts) > 1 else (_SENTENCE_END.split(previous_passage)[-1] if previous_passage else "")
    return earlier, parts[-1]


# "The woman, identified by the police as Madeline Kafoury, died", "police identified the driver as John Doe",
# "the victim was identified as ...": news names a person it first described.
_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+))+)"
_IDENTIFIED = (
    re.compile(r"\b[Tt]he\s+(?P<noun>[a-z]+)(?:,\s*(?:who\s+was\s+)?|\s+(?:was|has\s+been|had\s+been)\s+)"
               rf"identified\s+(?:by\s+(?:[\w’'-]+\s+){{1,4}}?)?as\s+{_NAME}"),
    re.compile(rf"\bidentified\s+the\s+(?P<noun>[a-z]+)\s+as\s+{_NAME}"),
)


def identified(text: str) -> dict[str, str]:
    """Described persons the text names: 'the woman' -> 'Madeline Kafoury' (a noun named twice as two people
    names no one)."""
    found: dict[str, set[str]] = {}
    for pattern in _IDENTIFIED:
        for match in pattern.finditer(text):
            found.setdefault(match.group("noun"), set()).add(match.group("name"))
    return {noun: next(iter(names)) for noun, names in found.items() if len(names) == 1}


# A sentence that opens on a person's full name doing something ("Raj Chohan, who lived ...", "Gary Gomes was
# arrested"), not saying something ("Richard Brown said").
_OPENS_ON_NAME = re.compile(rf"^{_NAME}(?=\s*,|\s+(?:was|is|had|has|allegedly|\w+ed)\b)")
_LEAD_AGE = re.compile(r"^\W*An?\s+$")  # "A 59-year-old grandmother ...": the story's opening words


def named_later(sentences: list[str], at: int, aged: set[str], proper: frozenset[str]) -> str | None:
    """'A 59-year-old grandmother ... was hit and killed' then 'Raj Chohan, who lived in South Ozone Park, was
    walking ...': a person the lead describes is the first the next sentences open on by full name, when the
    story goes on to call that person by surname alone (as news does people, not places or firms) and gives
    the name no age of its own, nor a title (`proper`: the story's words never written in lowercase)."""
    text = " ".join(sentences)
    for sentence in sentences[at + 1:at + 4]:
        opens = _OPENS_ON_NAME.match(sentence)
        if not opens:
            continue
        name = opens.group("name")
        surname = name.split()[-1]
        alone = re.search(rf"(?<![A-Z][\w’'-] )(?<![A-Z][\w’'-]{{2}} )\b{re.escape(surname)}\b(?!\s+[A-Z])",
                          text[text.find(sentence) + opens.end():])
        rest = re.sub(r"^\s*,[^,]*,", "", sentence[opens.end():])  # past an aside: "John Smith, a spokesman, said"
        speaks = re.match(r"\s*(?:\w+ly\s+)?(?:said|says|told|tells|stated|added|wrote)\b", rest)
        first, *others = name.split()  # "Police Chief John Doe": a title is written in lowercase too ("police")
        titled = any(w.lower() not in proper for w in others) or re.search(rf"\b{re.escape(first.lower())}\b", text)
        if name.lower() in gazetteer().names or name in aged or not alone or speaks or titled:
            return None
        return name
    return None


def described_in_lead(sentence: str, start: int) -> bool:
    """Is the age at sentence[start:] the opening 'A 35-year-old ...' of a sentence?"""
    return bool(_LEAD_AGE.match(sentence[:start]))
