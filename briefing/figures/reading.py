"""What one number measures and whose it is: the reading figures.measures and figures.dating make of it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Provenance:
    """How a reading was made, in structural terms only: which path found its subject and its measure, and what
    else its sentence holds. figures.support decides from it which labels the code cannot stand behind."""

    subject: str = "none"  # "possessive", "acting" (the clause's grammatical subject), "phrase" (of/in after), "nearby" ...
    measure: str = ""  # "counted noun", "verb", "unit", "money noun", "date", "age", "casualty", "box" ...
    gap: int = -1  # words between the number and the nearest word of its measure; -1: no measure word is in the sentence
    verb: bool = False  # the number hangs on a verb of its clause
    kin: int = 0  # other numbers of the same kind in the sentence (set by figures.extract)
    numbers: int = 0  # other numbers in the sentence (set by figures.extract)
    heads: int = 0  # other numbers of the article that count or measure the same head noun (figures.article)
    units: int = 0  # other numbers of the article told in the same dimension and unit (figures.article)


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
    made: Provenance = Provenance()  # how it was read (figures.support)

    @property
    def kind(self) -> str:
        return self.key.partition("|")[0]

    @property
    def word(self) -> str:
        return self.key.partition("|")[2]
