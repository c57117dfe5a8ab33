"""What one number measures and whose it is: the reading figures.measures and figures.dating make of it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Reading:
    """What one number measures and whose it is."""

    measure: str  # in the sentence's words, without the subject: "GPU count", "people killed"
    key: str  # the measure for alignment: "casualty:killed", "money|payment", "count:gpu|", "date|signed"
    role: str = ""  # what else tells measures apart: a date's object, an age's verb ("charged")
    prep: str = ""  # the preposition the number sits behind ("homes in five villages"), or ""
    subject: str | None = None  # shown: "Colossus 1", "Jayden Norton"
    subject_tokens: frozenset[str] = frozenset()  # for matching subjects across sources
    casualty: str | None = None
    specific: bool = True  # False: the label would be a bare "amount", "date", "duration"
    part: bool = False  # a count of some of them ("46 of their close contacts"), not of all
    inferred: bool = False  # whose it is was inferred ("The 56-year-old said": the story's main person)
    pronoun: bool = False  # the clause's subject is "he" or "she": a person an earlier sentence names
    span: str = ""  # the span a tally covers ("since Week 11"), shown after the label, not compared with others

    @property
    def kind(self) -> str:
        return self.key.partition("|")[0]

    @property
    def word(self) -> str:
        return self.key.partition("|")[2]
