"""Names in a sentence that can own a number: capitalised runs found by the entity index, less those that only
describe ("a Troy man"), glued fragments ("GB" of "512GB") and bare affixes ("Bros", "LLC").

Split from structure.py (the clause, verbs and nouns around a number), which these spans are read beside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.figures import structure as st
from briefing.text import WEEKDAYS, word_set
from briefing.text.entities import EntityIndex
from briefing.text.quantity import WORD_NUMBERS

# Words after "a Troy" that are no noun the name describes ("a Troy man")
_NOT_NOUNS = st.PREPOSITIONS | st.AUX | st.VERBS


@dataclass(frozen=True, kw_only=True)
class Name:
    """A run of name tokens: 'Colossus 1', 'Jayden Norton', 'Google Cloud'."""

    start: int
    end: int
    text: str


def names(index: EntityIndex, sentence: str) -> list[Name]:
    return list(_names(index, sentence))


@lru_cache(maxsize=4096)
def _names(index: EntityIndex, sentence: str) -> tuple[Name, ...]:
    """Name spans that can own a number: not a modifier like 'an African American man' or 'a Troy man'."""
    found = []
    runs: list[tuple[int, int, str]] = []
    for start, end, text in index.entities(sentence):
        if runs and runs[-1][1] == start:  # "Element 4" + "K UHD Smart HDTV": one name, "Element 4K UHD Smart HDTV"
            start = runs.pop()[0]
            text = sentence[start:end]
        runs.append((start, end, text))
    for start, end, text in runs:
        before = sentence[:start].rstrip().rsplit(" ", 1)[-1].lower()
        after = re.match(r"\s+([a-z]+)", sentence[end:])
        describes = before in ("a", "an") or re.fullmatch(r"\d+-years?-old", before)
        noun_next = after and after.group(1) not in _NOT_NOUNS and not after.group(1).endswith("ed")
        if describes and noun_next:
            continue  # "a Troy man", "a 36-year-old Australian climber"
        if re.match(r"[-–]\d", sentence[end:end + 2]):
            text = re.sub(r"\s+\d+$", "", text)  # "Pittsburgh Penguins 5-4": a score is not the name
        text = re.sub(r"\s+\d+(?:-\d+)+$", "", text)
        if len(text.replace(".", "")) <= 1 or (start == 0 and text.isupper() and len(text) >= 5):
            continue  # "U" of "U.S.", a dateline "WASHINGTON (AP) —"
        if hyphened := _HYPHENED.search(sentence, 0, start):  # "Trans-Prairie Rail", not "Prairie Rail"
            start, text = hyphened.start(), sentence[hyphened.start():start + len(text)]
        joined = _JOINED.fullmatch(sentence, *_token_at(sentence, start, start + len(text)))
        if joined:  # "PG" of "PG&E", "Brien" of "O'Brien": the whole word is the name
            start, text = joined.start(), joined.group(0)
        elif _fragment(sentence, start, start + len(text)):
            continue  # "Smart" of "38mm Smart Watch", "GB SSD" of "512GB SSD": no whole name
        if _STATE_OF_CITY.search(sentence, 0, start) and re.fullmatch(r"[A-Z][A-Za-z.]{1,4}", text) \
                and sentence[start + len(text):start + len(text) + 1] == ".":
            continue  # "Mass" of "Cambridge, Mass.-based": a city's state, abbreviated, names no owner
        if text.isupper() and sentence[start - 1:start] == "(" and _CREDIT_AFTER.match(sentence, start + len(text)):
            continue  # "Aug 27 (APN) - At least eight ...": the agency of a dateline, no owner
        if text.replace(".", "").lower() in _BARE_AFFIXES:
            continue  # "Bros" of "Warner Bros.", "LLC", a lone "Mr": the part of a name that names no one
        if _DESCRIBES_AFTER.match(sentence, start + len(text)):
            continue  # "the Singapore-based platform", "US$760 million": an adjective's or a currency's part
        if {w.lower() for w in text.split()} <= _CLOCK and text.split()[0].isupper():
            continue  # "(0442 GMT Tuesday) at a depth of 35 km": a clock's zone owns no number
        if _number_opener(sentence, start, text):
            continue  # "Nine children were ...": a number word capitalised because it opens the sentence
        found.append(Name(start=start, end=start + len(text), text=text))
    return tuple(found)


# A piece of a longer run: glued to a letter or digit ("512GB", "PG&E", "O'Brien"), or right after a
# measured size ("38mm Smart Watch": the size opens the product's name).
_GLUED_BEFORE = re.compile(r"(?:[A-Za-z0-9][&'’]?|\b\d+[a-zA-Z]+\s)$")
_GLUED_AFTER = re.compile(r"&?[A-Za-z0-9]|['’](?!s\b)[A-Za-z]")  # not a possessive: "Europa's icy shell"
# "(Exclusively at Walmart)": an adverb opening a sentence or an aside is capitalised, and no name.
_OPENING_ADVERB = re.compile(r"[A-Z][a-z]{4,}ly")
# A company's legal form or a person's title or suffix, alone: never a whole name.
_BARE_AFFIXES = word_set("llc llp inc corp co ltd plc bros mr mrs ms dr jr sr esq")
# Time zones as news writes them (a closed class): "0442 GMT", "11 a.m. EDT".
_TIME_ZONES = word_set("gmt utc bst cet cest eet eest wet ist jst kst hkt sgt aest aedt acst awst nzst nzdt "
                       "est edt cst cdt mst mdt pst pdt akst akdt hst")
_CLOCK = _TIME_ZONES | frozenset(WEEKDAYS)
# A name glued to a hyphen and a lowercase word ("Singapore-based", "US-led") makes an adjective of it; glued to
# "$" it is a currency's prefix ("US$", "A$", "HK$"): neither is who the number belongs to.
_DESCRIBES_AFTER = re.compile(r"[-–][a-z]|\$")
_CREDIT_AFTER = re.compile(r"\)\s*[-—–]\s")  # "(APN) - ", "(AP) — ": an agency's credit closing a dateline
_STATE_OF_CITY = re.compile(r"\b[A-Z][a-z]+,\s$")  # "Cambridge, " before "Mass.": a place and its state
_HYPHENED = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[-–]$")  # a capitalised word glued on by a hyphen: one name
_JOINED = re.compile(r"[A-Z][A-Za-z]*(?:[&'’][A-Z][A-Za-z]*)+")


def _number_opener(sentence: str, start: int, text: str) -> bool:
    """'Nine children', 'Two teams, from ...': a lone number word opening the sentence (or a dateline's words) is the
    count itself, capitalised only for where it stands."""
    opens = not sentence[:start].strip() or bool(_OPENS_AFTER.search(sentence, 0, start))
    return opens and text.lower() in WORD_NUMBERS


_OPENS_AFTER = re.compile(r"[—–-]\s*$|[.:]\s+$")  # "ATHENS (AP) — Nine ...", "... ago. Nine ..."


def _token_at(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited word around sentence[start:end], less a possessive and trailing punctuation."""
    while start > 0 and not sentence[start - 1].isspace() and sentence[start - 1] not in "(“\"":
        start -= 1
    while end < len(sentence) and not sentence[end].isspace():
        end += 1
    word = re.sub(r"(?:[’']s)?[^\w]*$", "", sentence[start:end])
    return start, start + len(word)


def _fragment(sentence: str, start: int, end: int) -> bool:
    before = sentence[max(0, start - 20):start]
    opens = not sentence[:start].strip() or sentence[:start].rstrip().endswith(("(", ".", ":", "“", '"'))
    if _OPENING_ADVERB.fullmatch(sentence[start:end]) and opens:
        return True
    return (bool(_GLUED_BEFORE.search(before)) and not opens) or bool(_GLUED_AFTER.match(sentence, end))


_NOT_DESCRIBED = st.PREPOSITIONS | st.AUX | st.FUNCTION | st.VERBS  # words after a name that are no noun it describes


def is_modifier(sentence: str, name: Name) -> bool:
    """'737 Max jet', 'Fort Worth girl': a name directly before a common noun describes it; so does one joined by
    'and' to a describing word before their noun ('Internet and telephone traffic')."""
    if shares_noun(sentence[name.end:]):
        return True
    after = re.match(r"\s+([a-z]+)\b", sentence[name.end:])
    return _describes(after.group(1) if after else "")


_SHARED = re.compile(r"\s+(?:and|or)\s+([a-z]+)\s+([a-z]+)\b")


def shares_noun(after: str) -> bool:
    """' and telephone traffic ...' after a name: the name and a describing word share one noun."""
    shared = _SHARED.match(after)
    return shared is not None and all(_describes(w) and w not in st.CLOSED and w not in WORD_NUMBERS
                                      for w in shared.groups())


def _describes(word: str) -> bool:
    """A lowercase word that may be a noun or a describing word: no function word, verb or -ed form."""
    return bool(word) and word not in _NOT_DESCRIBED and not word.endswith("ed")


def is_ticker(text: str) -> bool:
    """A market code ('CLc1', '.DXY', 'CMCU3', 'N225'), not a name a reader knows."""
    return bool(re.fullmatch(r"\.[A-Z][\w=.]*|[A-Z]{2,}[a-z]\d+|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,}", text))


def dotted(toks: list[st.Token], name: Name) -> str:
    """The name with a '.' right before it, as Reuters writes codes ('.DXY')."""
    prev = [t for t in toks if t.end == name.start]
    return f".{name.text}" if prev and prev[0].text == "." else name.text
