"""Names in a story: which capitalised tokens are names, which are the story's own actors, and whose age
a number is ("Colossus 1", "Google Cloud", "GPT-4"). Which name owns a number is briefing.figures.structure's
business; this module only knows names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.text import MONTH_NAMES, MONTHS, WEEKDAYS, word_set
from briefing.text import english as en
from briefing.text.numbers import Quantity

# Any script ("Schröder", "Weizsäcker"); a number glued to a capitalised word is a name's one word ("4Motion").
_TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:[’']s)?|\d+[A-Z][a-z][^\W_]*|\d+")
# Capitalised words that are no names: function words, titles and their abbreviations ("Rep.", "Gov."), weekdays,
# unit symbols and acronyms of common nouns ("CEO", "AI"); an acronym counted in the plural is caught by its use,
# below, not listed here. "ai" is the one entry only the seeds depend on (measured 2026-11-30: without it no
# audited label changes, but the seeds lose their GPU conflict): as a name, "AI" (137 mentions in the seeds) lifts
# the bar of `common` below (0.3 of the most-named) over "Colossus" (25), so Colossus 1's GPU count no longer
# gathers the unnamed GPU counts. A bar by rank fixes that too, but its rank would be fitted to the seeds as well.
_NOT_NAMES = word_set("and or but of in on at to for from by with is are was were its "
    "what why how who which even some most more many each every all other another one two "
    "mr mrs ms dr rep sen gov lt gen col sgt capt det supt atty esq rev prof "
    "his her their our per ceo ai mw gw kw km mon tue wed thu fri sat sun") \
    | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(f"{day}s" for day in WEEKDAYS) \
    | en.SUBORDINATORS | en.ARTICLES | en.DEMONSTRATIVES | en.SUBJECT_PRONOUNS  # "two Sundays ago", "If so,"
_AGE_NAME_AFTER = re.compile(r"^\s+((?:[A-Z][\w’'-]+\s?){1,4})(?=(\s*[^\w\s]|\s+[a-z]+|\s*$))")
_AGE_OK_NEXT = word_set("was is has had died fell who of said and from were in at on")
# "Elizabeth A. Burton, 43,", "Fritz von Weizsäcker, 59,", "Trump is 73 years old", "Ryan S. Hollman 31 of ...".
# A particle is a word of its own: "der" of "leader Karl Brandstetter" or "le" of "while Tom" is no "van der".
_NAME_WORDS = r"((?:[A-Z][\w’'-]*\.?\s?|(?<![\w’'-])(?:von|van|de|da|del|der|la|le|bin|al)\s){1,5}?)"
_AGE_NAME_BEFORE = re.compile(_NAME_WORDS + r"(?:,\s*|\s+(?:is|was|,)\s+(?:now\s+)?)$")
# "Prince Andrew, the nearly 60-year-old younger brother", "is Anthony LaCalamita III, a 38-year-old Troy resident":
# the age describes the name it is set beside.
_AGE_APPOSED = re.compile(_NAME_WORDS + r",\s+(?:an?|the)\s+(?:[a-z]+\s+){0,2}$")
_PLACE_BEFORE = re.compile(r"(?:^|\b(?:in|at|from|near|of|to|on|into|across|outside|inside|across)\s+)$", re.I)
# Full month names only: an abbreviation ("Jan", "Dec") is as often a first name.
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTH_NAMES) | word_set(
    "today yesterday tonight last late early next this")
_NAME_OF = re.compile(r"(?<![\w’'-])" + _NAME_WORDS + r"\s*\b(?:of|from)\s+$")
_AGE_NAME_LISTED = re.compile(_NAME_WORDS + r"\s+$")  # "Ryan S. Hollman 31, of Hope": a police list
_LISTED_AFTER = re.compile(r",?\s+of\s+[A-Z0-9]")
_POSSESSIVE = re.compile(r"[’']s\b")
_OWNER_S = re.compile(r"[’']s$")  # a token's own possessive ending
_PIECE_SPLIT = re.compile(r"[-.\s]+")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
# "220,000 GPUs", "40 EVs": an acronym counted in the plural is a kind of thing; a name is not counted.
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


@lru_cache(maxsize=65536)
def _pieces(token: str) -> frozenset[str]:
    """'Anthropic-Google' -> {'anthropic', 'google'} (cached: a story repeats its words)."""
    return frozenset(p for p in _PIECE_SPLIT.split(_POSSESSIVE.sub("", token).lower()) if p)


@dataclass(frozen=True, kw_only=True)
class EntityIndex:
    """Which capitalised tokens are names in this story, and which are shared by all its sources."""

    proper: frozenset[str]
    ubiquitous: frozenset[str]
    # "Home Depot", "Harbour Bridge": a word also written in lowercase ("home", "bridge") is a name's word where
    # the text writes it capitalised beside a name, past a sentence's start.
    compounds: frozenset[tuple[str, str]] = frozenset()
    # Each text's runs, found once: owners, openers and pronouns ask for the same sentence's runs about twice
    # each on real pages (12,058 asks, 5,676 texts over the 181 pages). Not part of the index's value, and
    # no argument of __init__: dataclasses.replace(index, proper=...) would otherwise hand the new index
    # the runs found under the old names.
    _runs: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict, init=False, compare=False, repr=False)

    @classmethod
    def build(cls, articles: Sequence[tuple[str, Sequence[str]]]) -> EntityIndex:
        """Learn names from (title, sentences) of every source."""
        capitalised: Counter[str] = Counter()
        lowercase: set[str] = set()
        seen_in: Counter[str] = Counter()
        mentions: Counter[str] = Counter()
        pairs: set[tuple[str, str]] = set()
        kinds: set[str] = set()  # acronyms that name a kind of thing
        for _, sentences in articles:
            here: set[str] = set()
            for sentence in sentences:
                words = _TOKEN.findall(sentence)
                pairs.update((a.lower(), b.lower().removesuffix("’s").removesuffix("'s"))
                             for i, (a, b) in enumerate(zip(words, words[1:], strict=False))
                             if i and a[:1].isupper() and b[:1].isupper() and a.isalpha())
                for i, word in enumerate(words):
                    if word[:1].islower():  # most words: only "is it ever written in lowercase" matters
                        lowercase.add((word[:-2] if word.endswith(("’s", "'s")) else word).lower())
                        continue
                    if word.endswith(("’s", "'s")):
                        word = word[:-2]
                    if i and words[i - 1].isdigit() and PLURAL_ACRONYM.fullmatch(word):
                        kinds.add(word.lower())
                    pieces = _pieces(word)
                    here |= pieces
                    mentions.update(pieces)
                    if (word[:1].isupper() and (i or _INNER_CAPITAL.search(word))  # "SpaceX" even first
                            or (word[:1].isdigit() and not word.isdigit())):  # "4Motion"
                        capitalised[word.lower()] += 1
            seen_in.update(here)
        proper = frozenset(w for w in capitalised if w not in lowercase and w not in _NOT_NAMES and w not in kinds)
        n = len(articles)
        titles = [set().union(*[_pieces(t) for t in _TOKEN.findall(title)]) for title, _ in articles]
        in_titles = Counter(w for t in titles for w in t)
        headline = {w for w, c in in_titles.items() if c >= max(1, n / 2) and w in proper}
        top = max((mentions[w] for w in proper), default=0)
        # The story's own actors: in (nearly) every source and among its most-named things.
        common = {w for w in proper if n >= 3 and seen_in[w] >= 0.9 * n and mentions[w] >= 0.3 * top}
        compounds = frozenset((a, b) for a, b in pairs if (a in proper) != (b in proper)
                              and not {a, b} & _NOT_NAMES)  # "Home Depot", "Harbour Bridge"
        return cls(proper=proper, ubiquitous=frozenset(common | headline), compounds=compounds)

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, text) of each run of name tokens (a new list each time: callers may keep or change it)."""
        found = self._runs.get(text)
        if found is None:
            found = self._runs[text] = self._find(text)
        return list(found)

    def _find(self, text: str) -> list[tuple[int, int, str]]:
        runs: list[tuple[int, int, str]] = []
        tokens = list(_TOKEN.finditer(text))
        # Each token without its possessive, once: the loop reads every word twice (as itself and as the word
        # after the one before), and a module-level re.sub per read was a third of the figures' time on real pages.
        words = [_OWNER_S.sub("", match.group(0)) for match in tokens]
        for k, match in enumerate(tokens):
            word = words[k]
            following = words[k + 1].lower() if k + 1 < len(tokens) else ""
            is_name = word.lower() in self.proper or (
                word[:1].isupper() and (word.lower(), following) in self.compounds
                and text[match.end():tokens[k + 1].start()] == " ") or (
                word[:1].isupper() and bool(runs) and runs[-1][1] == match.start() - 1  # "the Harbour Bridge"
                and (words[k - 1].lower(), word.lower()) in self.compounds) or (
                word.isdigit() and bool(runs) and runs[-1][1] == match.start() - 1 and len(word) <= 2
                and not runs[-1][2][-1:].isdigit()) or (  # "Colossus 1", but not "Sheldon Richardson 49 66"
                len(word) == 1 and word.isupper() and text[match.end():match.end() + 2] == ". " and bool(runs)
                and runs[-1][1] == match.start() - 1)  # a middle initial: "Elizabeth A. Burton"
            if not is_name:
                continue
            gap = text[runs[-1][1]:match.start()] if runs else ""
            initial = gap == ". " and runs and len(runs[-1][2].split()[-1]) == 1  # "Elizabeth A. Burton"
            if runs and (gap in (" ", "-") or initial):
                start = runs[-1][0]
                runs[-1] = (start, match.start() + len(word), text[start:match.start() + len(word)])
            else:
                runs.append((match.start(), match.start() + len(word), word))
        return runs

    def tokens_of(self, name: str) -> frozenset[str]:
        """A name's discriminating tokens: its words, less digits and the story's own actors."""
        return frozenset(p for p in _pieces(name) if not p.isdigit()) - self.ubiquitous

    def shown(self, name: str) -> str:
        """The name as a label shows it (story-wide parts of a compound dropped)."""
        return self._shown(name)

    def _shown(self, name: str) -> str:
        """'Anthropic-Google' -> 'Google': drop story-wide names when something specific remains."""
        parts = re.split(r"(?<=[A-Za-z])-(?=[A-Z])", name)
        kept = [p for p in parts if p.lower() not in self.ubiquitous]
        return "-".join(kept) if kept and len(kept) < len(parts) else name


def age_subject(sentence: str, q: Quantity) -> tuple[frozenset[str], str | None]:
    """'Eric Kirkpatrick, 61' and '36-year-old Duncan Rait' name a person; '39-year-old Troy man' does not."""
    before = _AGE_NAME_BEFORE.search(sentence[:q.start]) if sentence[q.start:q.end].isdigit() else None
    if before is None and sentence[q.start:q.end][:1].isdigit():  # "Trump is 73 years old"
        before = _AGE_NAME_BEFORE.search(sentence[:q.start])
    if before is None and sentence[q.start:q.end].isdigit() and _LISTED_AFTER.match(sentence[q.end:]):
        before = _AGE_NAME_LISTED.search(sentence[:q.start])
    if before is None and (apposed := _AGE_APPOSED.search(sentence[:q.start])):
        # Not "In Boston, a 38-year-old man" (a place), "Late Monday, a ..." (a time), "Meanwhile, a ..." (a
        # sentence's first word alone: an adverb as often as a name).
        named = apposed.group(1).split()
        opening = not sentence[:apposed.start()].strip()
        before = None if named[0].lower() in _NOT_NAMES or _TIME_WORDS.intersection(w.lower() for w in named) or (
            opening and len(named) < 2) or (not opening and _PLACE_BEFORE.search(sentence[:apposed.start()])) \
            else apposed
    if before:
        name = before.group(1).strip()
        # "Laura Pellerin of Quebec City, 33": the age is the person's, a full name, whom the place after "of"
        # describes (not "in Athens of Alexandros Grigoropoulos, 15", nor "the Duke of York, 60")
        of = _NAME_OF.search(sentence[:before.start(1)])
        if of and len(of.group(1).split()) >= 2 and not _PLACE_BEFORE.search(sentence[:of.start(1)]):
            name = of.group(1).strip()
    else:
        after = _AGE_NAME_AFTER.match(sentence[q.end:])
        following = (after.group(2) or "").strip().lower() if after else ""
        if not after or (following.isalpha() and following not in _AGE_OK_NEXT):
            return frozenset(), None
        name = after.group(1).strip()
    tokens = {w.lower() for w in name.split()} - _NOT_NAMES
    return frozenset(tokens), name if tokens else None
