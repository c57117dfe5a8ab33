"""Casualties that were not inflicted: natural deaths, suicides, retracted reports, and numbers that name things.

A death of illness or old age, one told the way an obituary tells it, a suicide, or a shooting the report takes
back is not a toll of the event; neither is a model number ("the 787 Dreamliner"). casualties.py and extract.py
ask these questions of a count before it becomes a casualty figure.
"""

from __future__ import annotations

import functools
import re

from briefing.text.number_kinds import model_number

# A death of illness, age or sleep is not a casualty (English causes-of-death vocabulary, not one story's words).
_NATURAL = re.compile(
    r"\b(?:died|dies|dead|death)\b(?:,?\s+[\w,]+){0,10}?,?\s+(?:peacefully|in\s+(?:his|her|their)\s+sleep|"
    r"(?:of|from|after)\s+(?:having\s+)?(?:suffered\s+)?(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:cancer|leuk[a]?emia|tumou?r|natural\s+causes|old\s+age|"
    r"heart\s+(?:attack|failure|disease)|cardiac\s+arrest|stroke|pneumonia|complications|illness|dementia|alzheimer'?’?s|parkinson'?’?s|"
    r"diabetes|(?:kidney|liver|organ)\s+failure|battle\s+with))", re.I)
# "initially reported that a deputy was shot, but later said ...": a report the sentence takes back.
_RETRACTED = re.compile(r"\b(?:initially|originally|first|earlier)\s+(?:reported|said|thought|believed|claimed)\b"
                        r"(?P<claim>.*?)\bbut\b.*\b(?:later|now|since|then)\b", re.I)

# "a man called ..., claiming that a gunman had opened fire and that five students had been shot": what the
# participle of a claim or a false report says is the claim, not what happened (closed grammar: the participle,
# "falsely", and the complementiser "that"; "claimed responsibility, saying it stole 1.2 terabytes" is not one).
_CLAIMED = re.compile(r"\b(?:claiming|alleging|falsely\s+(?:claimed|claiming|said|saying|reported|reporting|stated))"
                      r"\s+that\b(?P<claim>[^;]*)", re.I)


# A death the sentence dates to a past year ("died in 2006", "the death of X two years ago"): history, not the toll.
_DATED_DEATH = re.compile(r"\b(?:died|death\s+of)\b[^.;]{0,60}?(?:\b(?:in|on|of)\s+(?:[A-Z]\w+\.?\s+\d{1,2},\s+)?"
                          r"(?:19|20)\d\d\b|\b(?:\w+|\d+)\s+years?\s+ago\b)")


def not_inflicted(sentence: str, start: int, end: int) -> bool:
    """A death of natural causes ("died of cancer", "died peacefully"), a death long past, or a retracted one."""
    natural = _NATURAL.search(sentence, max(0, start - 40))  # the verb near the count, not a later clause's
    # "died from complications of gunshot wounds", "died of complications after the blast": complications of
    # violence are its toll ("died peacefully ..., a week after the storm" stays natural)
    of_violence = natural and natural.group().lower().endswith("complications") \
        and _INFLICTED.search(sentence, natural.end(), natural.end() + 40)
    natural = None if of_violence else natural
    return bool(natural and natural.start() < end + 60) or retracted(sentence, start) or _long_past(sentence, start)


def _long_past(sentence: str, start: int) -> bool:
    """'Niyazov died in 2006': a death dated to a past year with no violence in its sentence is history."""
    dated = _DATED_DEATH.search(sentence, max(0, start - 40))
    return bool(dated and dated.start() < start + 60) and not _INFLICTED.search(sentence)


def retracted(sentence: str, at: int) -> bool:
    """Whether the number at `at` is in a report the sentence takes back, or in a claim it tells as one ('claiming
    that five students had been shot'): no figure of any kind."""
    found = [_RETRACTED.search(sentence), _CLAIMED.search(sentence)]
    return any(f is not None and f.start("claim") <= at < f.end("claim") for f in found)


# "hung himself in his cell", "took her own life": a suicide; "was found dead", "before he died" then tell of it.
_SUICIDE = re.compile(r"\b(?:suicide|(?:hanged|hung|killed|shot)\s+(?:him|her|them)sel(?:f|ves)|took\s+(?:his|her|their)\s+"
                      r"own\s+lives?)\b", re.I)
_KILLING = re.compile(r"\b(?:kill(?:ed|ing|s)?|murder(?:ed|s)?|slain|shot|stabbed|beaten|gunned)\b", re.I)


def a_suicide(story: str, sentence: str, value: float) -> bool:
    """One death the sentence tells without a killer's verb, in a story of a suicide: the suicide, not a killing."""
    return value == 1 and not _KILLING.search(sentence) and _tells_a_suicide(story)


# The story-wide questions are asked of every count extract.py reads: answer each once per story.
@functools.lru_cache(maxsize=256)
def _tells_a_suicide(story: str) -> bool:
    return bool(_SUICIDE.search(story))


# How an obituary tells a death: "died Thursday at age 85", "died at his home", "passed away", "after a long illness".
_PASSING = re.compile(r"\b(?:passed\s+away|died\b(?:\s+[\w.:]+){0,6}?\s+(?:at\s+(?:the\s+)?age\b|aged\s+\d|"
                      r"at\s+(?:his\s+|her\s+)?home\b|surrounded\s+by|after\s+a\s+(?:long|short|brief)\s+illness))", re.I)
# Violence, accident or disaster anywhere in the story: a death told without one is natural ("died at home").
# Stems that begin unrelated words are closed by their endings: "fell" not "fellow", "war" not "warm",
# "fire" not "fired" (from a job), "gun" not "Gunther", "hang" not "hangar"; nor "heart attack", "to fire"
# someone, "executive".
_INFLICTED = re.compile(
    r"\b(?:kill|murder|slay|slain|shot\b|shoot|gun(?:s|fire|shot|shots|man|men|ned|point)?\b|stab|(?<!heart )attack|"
    r"assault|beat(?:en|ing)\b|bomb|blast|explo|crash|collision|collided|accident|wreck|(?<!to )fires?\b|blaze|flame|"
    r"burn(?:s|ed|ing|t)?\b|flood|storm(?:s|ed)?\b|hurricane|cyclone|typhoon|tornado|quake|tsunami|avalanche|"
    r"landslide|mudslide|drown|fell\b|fall(?:s|en|ing)?\b|plunge|slipp(?:ed|ing)\b|overdose|wars?\b|wartime|"
    r"fighting|strike|violen|victim|injur|wound|struck|run over|collapse|poison|suicide|hang(?:ed|ing)\b|execut(?!ive)|"
    r"crush(?:ed|ing)?\b|electrocut|derail|sank\b|sink(?:s|ing)?\b|capsiz|missile|rocket|shell(?:s|ed|ing)?\b|"
    r"police|homicide|fatal)", re.I)


# Told as an obituary ("died at his home", "died on 6th June in her sleep", "died of pneumonia") and nowhere a cause
# of violence: the reach of "died ... at home" spans a date and a time of day ("died at 12:45 p.m. on Thursday").
@functools.lru_cache(maxsize=256)  # as _tells_a_suicide: once per story
def _an_obituary(story: str) -> bool:
    return bool(_PASSING.search(story) or _NATURAL.search(story)) and not _INFLICTED.search(story)


def natural_deaths(story: str, casualty: str | None) -> bool:
    """A death the story tells as an obituary does, with no violence, accident or disaster: not people killed."""
    return casualty == "killed" and _an_obituary(story)


def not_a_figure(story: str, value: float, count: bool, casualty: str | None) -> bool:
    """A model number the story names a thing by ('the 787 Dreamliner'), or one natural death ('died at home')."""
    # one death with no violence is the story's subject (an obituary), not a toll
    return (count and not casualty and model_number(story, value)) or (value == 1 and natural_deaths(story, casualty))
