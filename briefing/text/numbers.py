"""Numbers in prose: money, counts, physical quantities, multipliers, durations, ages and dates.

Pure regex over one sentence; no alignment here (that is briefing.figures.extract).
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.text import word_set
from briefing.text.counted import STOP_WORDS, noun_phrase
from briefing.text.number_kinds import a_change, kin_of, no_amount, scale_letter
from briefing.text.quantity import NUMERAL_PATTERN as _NUM
from briefing.text.quantity import SPOKEN_NUMBER_PATTERN as _WORDNUM
from briefing.text.quantity import Quantity, parse_number, quantity_display
from briefing.text.spoken import not_figures, spoken_quantities
from briefing.text.units import CURRENCY_SIGNS, CURRENCY_WORD_RE, PERIODS, SCALES, UNIT_RE, currency_of

_QUALIFIERS = (
    "just over", "just under", "more than", "less than", "fewer than", "at least", "at most",
    "up to", "as many as", "as much as", "upwards of", "an estimated", "approximately", "roughly",
    "nearly", "almost", "about", "around", "over", "under", "some", "estimated", "close to",
    "just short of", "short of", "in excess of", "in the vicinity of", "in the region of", "on the order of",
    "possibly", "perhaps", "probably",  # hedges: "five women and possibly two children"
)
# Each word of those hedges, for readers that walk back word by word from a number to its verb ("killed at least
# 431", "fell about 8.2 points"): one list, not a copy per reader.
HEDGE_WORDS = frozenset(word for phrase in _QUALIFIERS for word in phrase.split())
# "more than a hundred schools": the article before a number word stands between the hedge and the number.
_QUAL_RE = re.compile(r"(?:^|(?<=\W))(" + "|".join(_QUALIFIERS).replace(" ", r"\s+") + r")\s+(?P<a>a\s+)?$",
                      re.I)
# "rolled over seven times", "handed over 23 pirates": "over" is the verb's particle, not "more than".
_PARTICLE_VERB = re.compile(r"\b(?:roll|carr(?:y|i)|turn|hand|flipp?|tipp?|knock|spill)\w*\s+$", re.I)

_NUMBER_RE = re.compile(
    rf"(?<![\w.,/-])(?:(?P<cur>US\$|[$€£¥])\s?)?(?P<num>(?:{_NUM})(?!\d|,\d)|(?:{_WORDNUM})(?:[- ](?:{_WORDNUM}))?\b)"
    rf"(?P<plus>\+)?",
    re.I,
)
_SCALE_RE = re.compile(r"(?:\s|-(?=[mbtr]illion|thousand))?"  # a hyphen as well: "$161-million deal"
                       r"(thousand|million|billion|trillion|lakhs?|crores?|mln|bn|mn|tn|mm|[kmb])(?![\w])", re.I)
# "a loss of £97 million a year earlier": a time word that ends a span ("a year earlier", "a month ago") is no rate
_PER_RE = re.compile(r"\s?(?:(?:/|per|a|an|every|each)\s?(month|year|week|day|annum)\b"
                     r"(?!\s+(?:earlier|ago|later|prior|previously)\b)|-?(?:a-)?(month|year|week|day)"
                     r"(?:ly)?\b(?!s)|\s(?:(month)ly|(annual|year)(?:ly)?|(week)ly|(dai)ly)\b)", re.I)
_PERIOD_OF = {"dai": "day", "annual": "year"}
# A range's top: a currency sign, a number that ends whole, and room for its own scale letter ("£18m-£25m",
# "£1.8m-£2.5m", "between £4.1m and £11.8m"), which _scale_at then reads.
_RANGE_TOP = (rf"(?:US\$|[$€£¥])?\s?({_NUM}|(?:{_WORDNUM})(?:-(?:{_WORDNUM}))?)"
              r"(?![.,]?\d)(?=(?:mln|bn|mn|tn|[kmb])?(?![\w-]))")
_RANGE_RE = re.compile(r"\s?(?:-|–|—|to|or)\s?" + _RANGE_TOP, re.I)
# "between 400 and 500 workers": a range; the text gives neither end alone. "from four to six" is a change.
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND_RE = re.compile(r"\s+and\s+" + _RANGE_TOP, re.I)
# "from four to six" is a change, unless a verb of spread says it is a range ("fees ranged from $145 to $189.50").
_FROM = re.compile(r"(?<!rang(?:ed|es) )(?<!ranging )(?<!varied )(?<!varying )\bfrom\s+(?:[$€£¥]\s?)?$", re.I)
_RANGE_ON = re.compile(rf"\s+(?:or|to)\s+(?:\d|(?:{_WORDNUM})\b)", re.I)  # "one or two", "one to 3": a range's low end
_MINUS = re.compile(r"\bminus\s+$", re.I)
# "$5.22-1/4", "7 ½ minutes": a fraction written after the whole number belongs to it.
_FRACTION = re.compile(r"(?:-|\s)?(?:(?P<n>[1-7])/(?P<d>[248])(?![\d/])|(?P<v>[¼½¾]))")
_VULGAR = {"¼": 0.25, "½": 0.5, "¾": 0.75}
# "2% to 3%", "5-10 square miles" said with its unit twice: the top's own unit follows it.
_UNIT_RANGE = re.compile(rf"\s?(?:-|–|—|to)\s?({_NUM})(?![.,]?\d)", re.I)
_TIMES_RE = re.compile(r"\s(?:times|x)\s+(?:more|that|as|larger|bigger|higher|faster|greater|the|over|"
                       r"what|its|their)\b", re.I)
# "10x your growth" speaks to the reader (second person): a promise, not something that happened.
_X_RE = re.compile(r"x(?![\w])(?!\s+your\b)", re.I)
_CONVERSION_RE = re.compile(r"\s?\(\s*(?:about\s+)?[\d,.]+\s?[a-z/²]+\s*\)", re.I)
_NOISE_RE = re.compile(
    r"\+?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\b\d-\d{3}-\d{3}-\d{4}\b"  # phone numbers
    r"|\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b"  # times of day ("9.30 am" too)
    r"|\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s|$)|https?://\S+|\bwww\.\S+",  # footnotes, URLs
    re.I,
)
_NAME_NUMBER_RE = re.compile(r"[A-Za-z]-$")
_SKIP_AFTER = re.compile(r"[- ](?:gauge|caliber|calibre|degree|st|nd|rd|th)\b|(?:st|nd|rd|th)\b", re.I)
# "as many as 200 have been killed": a count of people with no noun.
_CASUALTY_AFTER = re.compile(r"\s+(?:people\s+)?(?:(?:have|had|has|were|are)\s+(?:been\s+)?(?:\w+ly\s+)?)?"
                             r"(?:killed|injured|wounded|arrested|hurt|hospitali[sz]ed|died|missing|dead)\b", re.I)
# "for $60 less", "$50 cheaper than": a difference between two prices, not the price of anything.
_DIFFERENCE = re.compile(r"(?:\s*(?:million|billion|thousand|bn|[mbk])\b)?\s+(?:less|cheaper|more|dearer)\b", re.I)
_BENCHMARK = re.compile(r"\b(?:zero|0)\s*(?:to|-|–)\s*$", re.I)  # "0-60 mph", "zero to 60 mph": a benchmark
_TIME_AGO = re.compile(r"\s+(?:ago|later|earlier|before|after|from now|in a row)\b", re.I)  # when, not how long
_CASUALTY = re.compile(r"\b(?:kill(?:ing|ed|s)?|shot|shoot(?:ing)?|dead|died|wound(?:ed|ing|s)?|injur(?:ed|ing|es))\b",
                       re.I)


def _qualifier_before(sentence: str, start: int) -> tuple[str | None, int]:
    window = sentence[max(0, start - 25):start]
    match = _QUAL_RE.search(window)
    if not match or (match.group("a") and not sentence[start:start + 1].isalpha()):
        return None, start  # "about a 50% chance": the article belongs to the phrase, not to "hundred"
    at = start - (len(window) - match.start(1))
    if match.group(1).lower() == "over" and _PARTICLE_VERB.search(sentence[max(0, at - 20):at]):
        return None, start
    return match.group(1).lower().replace("  ", " "), at


def masked(sentence: str) -> str:
    """The sentence with phone numbers, times, footnotes and URLs blanked (same length)."""
    return _NOISE_RE.sub(lambda m: " " * len(m.group(0)), sentence)


_HALF = re.compile(r"[\s-]and[\s-]a[\s-]half\b", re.I)
_OPENERS = word_set("all only another just both")  # "All 14 companies are eligible": a sentence's first word


def _count_allowed(sentence: str, start: int, end: int, number: str) -> bool:
    """Guard against names ('Colossus 1'), years, list indexes, sign-up blurbs, lone 'one'."""
    before = sentence[:start]
    prev = re.search(r"([\w’'-]+)\W*$", before)
    prev_word = prev.group(1) if prev else ""
    named = prev_word[:1].isupper() or re.match(r"[a-z]+[A-Z]", prev_word)  # "Colossus 1", "iPhone 7"
    if named and not prev_word.endswith(("’s", "'s")) and prev_word.lower() not in STOP_WORDS \
            and prev_word.lower() not in _QUALIFIERS and prev_word.lower() not in _OPENERS and number[:1].isdigit():
        return False
    if number.lower() == "one":  # "one or two bodyguards": the low end of a range is said as it is
        return bool(_CASUALTY.search(before[-14:]) or _CASUALTY.search(sentence[end:end + 24])
                    or _RANGE_ON.match(sentence, start + len(number)))
    return True


def find_quantities(sentence: str, blocked: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every number in the sentence that measures something, normalised (dates excluded)."""
    s = masked(sentence)
    taken = list(blocked or []) + not_figures(s)
    found: list[Quantity] = []
    for q in spoken_quantities(s):
        if not _overlaps(taken, q.start, q.end):
            found.append(q)
            taken.append((q.start, q.end))
    for match in _NUMBER_RE.finditer(s):
        if _overlaps(taken, *match.span()):
            continue
        at = _quantity_at(s, match)
        if at is not None and not _overlaps(taken, at.start, at.end):
            found.append(at)
            taken.append((at.start, at.end))
    return _compound_durations(s, sorted(found, key=lambda q: q.start))


# A duration told in two units ("seven hours and 41 minutes", "2 hours, 15 minutes"): one time, in the larger unit.
_SMALLER = {"hours": "minutes", "minutes": "seconds"}
_BETWEEN_UNITS = re.compile(r"\s*,?\s*(?:and\s+)?")


def _compound_durations(s: str, found: list[Quantity]) -> list[Quantity]:
    """The quantities with each duration whose smaller unit follows it ("7 hours 41 minutes") made one."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if last is not None and last.dim == q.dim == "duration" and _SMALLER.get(last.unit) == q.unit \
                and last.upper is None and q.upper is None and q.qualifier is None and q.value < 60 \
                and _BETWEEN_UNITS.fullmatch(s, last.end, q.start):
            out[-1] = replace(last, value=last.value + q.value / 60, end=q.end,
                              display=f"{last.display} {quantity_display(q.value, q.unit, q.dim, None, False)}")
            continue
        out.append(q)
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


_RESTATING = word_set("companies countries players firms sides parties nations things ways "
                       "giants rivals")


def _scale_at(rest: str, currency: bool) -> tuple[float, int]:
    match = _SCALE_RE.match(rest)
    if not match or (len(match.group(1)) == 1 and not currency and not scale_letter(rest[match.end():])) \
            or (match.group(1).lower() == "mm" and not currency):  # "$160MM" is millions; "5 mm" is a length
        return 1.0, 0
    return SCALES[match.group(1).lower()], match.end()


def _quantity_at(s: str, match: re.Match[str]) -> Quantity | None:
    """The quantity that starts at one number match, or None when it measures nothing."""
    number, sign, plus = match.group("num"), match.group("cur"), bool(match.group("plus"))
    value = parse_number(number)
    start, end = match.span()
    if value is None or _is_name_number(s, start, number) or _SKIP_AFTER.match(s[end:]) or no_amount(s, start, end, number) \
            or _BENCHMARK.search(s[max(0, start - 12):start]) or (sign and _DIFFERENCE.match(s, end)):
        return None
    qualifier, qstart = _qualifier_before(s, start)
    minus = _MINUS.search(s, 0, start)  # "minus 17 degrees": below zero
    value, start = (-value, minus.start()) if minus else (value, start)
    fraction = _FRACTION.match(s[end:])
    # A price's fraction of a cent ("$5.22-1/4") or a written "½"; "a 1-1/2 year trade war" is left as it was: an
    # attributive span is a background duration more often than a figure (the tune set's decoy)
    if fraction and number[:1].isdigit() and (sign or fraction.group("v")):
        n, d = fraction.group("n"), fraction.group("d")
        place = 10.0 ** -len(number.partition(".")[2])  # "$5.22-1/4": a quarter of the last place, a cent
        value, end = value + place * (int(n) / int(d) if n else _VULGAR[fraction.group("v")]), end + fraction.end()
    half = _HALF.match(s[end:])
    if half:  # "five-and-a-half years"
        value, end = value + 0.5, end + half.end()
    scale, used = _scale_at(s[end:], bool(sign))
    end += used
    currency = CURRENCY_SIGNS.get(sign.lower()) if sign else None
    word = CURRENCY_WORD_RE.match(s[end:])
    if not currency and word and (word.group(1).lower() != "pounds" or scale > 1):
        currency = currency_of(word.group(1))
        end += word.end()
    value *= scale
    first = qstart if qualifier else start
    if plus and not qualifier:
        qualifier = "over"
    shown = None if plus else qualifier
    mult = _multiplier(s, end, value, scale)
    if mult is not None:
        upper, end = mult
        return Quantity(value=value, upper=upper, unit="x", dim="multiplier", qualifier=qualifier,
                        display=quantity_display(value, "x", "multiplier", shown, plus, upper),
                        start=first, end=end)
    upper = None
    between = _BETWEEN.search(s[:match.start()])
    ranged = (_AND_RE if between else _RANGE_RE).match(s[end:])
    if ranged and (between or not _FROM.search(s[:match.start()])):
        upper_scale, upper_used = _scale_at(s[end + ranged.end():], bool(sign))
        upper = (parse_number(ranged.group(1)) or 0.0) * (upper_scale if upper_used else scale)
        if upper_used and not used and value * upper_scale < upper:  # "$5-10m", "2 and 3 million": one scale
            value *= upper_scale
        if upper <= value:
            upper = None  # "787-9", "5-4": a name or a score, not a range
        else:
            end += ranged.end() + upper_used
    if currency:
        period = _PER_RE.match(s[end:])
        named = next((g for g in period.groups() if g), "").lower() if period else ""
        unit = f"{currency}/{PERIODS.get(_PERIOD_OF.get(named, named), 'year')}" if period else currency
        end += period.end() if period else 0
        return Quantity(value=value, upper=upper, unit=unit, dim="money", qualifier=qualifier,
                        display=quantity_display(value, unit, "money", shown, plus, upper),
                        start=first, end=end)
    return _measured(s, match, value, upper, qualifier, plus, first, end)


def number_word_one(number: str) -> bool:
    """'one day', 'one year': a way of speaking more often than a duration."""
    return number.lower() in ("one", "a")


def _is_name_number(s: str, start: int, number: str) -> bool:
    """'GPT-4', 'AK-47', '0843', 'the Six-Day War', '9-11 attacks' are names, not quantities."""
    if number == "9" and re.match(r"[-/]11\b", s[start + 1:]):
        return True  # September 11, 2001, as written
    if not number[:1].isdigit():  # a number word in capitals past a sentence's start, in a run of capitals
        return number[:1].isupper() and bool(re.search(r"[\w,;]\s+$", s[:start])) \
            and bool(re.match(r"(?:-[A-Z][\w-]*)?\s+[A-Z]", s[start + len(number):]))
    return bool(_NAME_NUMBER_RE.search(s[:start])) or (len(number) > 1 and number[0] == "0" and "." not in number)


def _multiplier(s: str, end: int, value: float, scale: float) -> tuple[float | None, int] | None:
    """'2x', '3x to 10x', 'nearly 10 times that' -> (upper, end) or None."""
    if scale != 1.0:
        return None
    x = _X_RE.match(s[end:])
    if x and value >= 100:
        return None  # "777x", "1000X": a model name, not a multiple
    if x:
        end += x.end()
        ranged = re.match(rf"\s?(?:-|–|to)\s?({_NUM})x\b", s[end:])
        if ranged:
            return float(ranged.group(1)), end + ranged.end()
        return None, end
    times = _TIMES_RE.match(s[end:])
    if times:
        return None, end + len(" times")
    return None


def _unit_range(s: str, end: int, unit: re.Pattern[str], value: float) -> tuple[float, int] | None:
    """(top, end) of a range that says its unit at both ends ("2% to 3%"), or None."""
    ranged = _UNIT_RANGE.match(s, end)
    top_unit = unit.match(s[ranged.end():]) if ranged else None
    if not ranged or not top_unit:
        return None
    top = parse_number(ranged.group(1))
    return (top, ranged.end() + top_unit.end()) if top is not None and top > value else None


def _measured(s: str, match: re.Match[str], value: float, upper: float | None, qualifier: str | None,
              plus: bool, first: int, end: int) -> Quantity | None:
    """A physical quantity, percentage, duration or count after the number."""
    shown = None if plus else qualifier
    for pattern, unit, dim in UNIT_RE:
        found = pattern.match(s[end:])
        if found and found.group(0) in ("M", "B", "K", "X", "S", "T", "G"):
            return None  # "Radeon 5300M", "A100X": a model name, not 5,300 metres
        if found:
            end += found.end()
            conversion = _CONVERSION_RE.match(s[end:])
            end += conversion.end() if conversion else 0
            if dim == "duration" and (_TIME_AGO.match(s[end:]) or number_word_one(match.group("num"))):
                return None
            if upper is None and (top := _unit_range(s, end, pattern, value)):
                upper, end = top
            if dim == "duration" and qualifier == "over":
                qualifier = shown = None  # "$200 billion over 5 years": over = during
            return Quantity(value=value, upper=upper, unit=unit, dim=dim, qualifier=qualifier,
                            display=quantity_display(value, unit, dim, shown, plus, upper),
                            start=first, end=end)
    number = match.group("num")
    if number[:1].isdigit() and "," not in number and 1800 <= value <= 2100 and value == int(value):
        return None  # a bare year is not a figure
    if not _count_allowed(s, match.start(), end, number) or a_change(s[:first], s[end:]):
        return None  # a name, a year, a list index; a change of a rate ("dropped 5 points per game"), not the rate
    if s[end:end + 1].isalpha():
        return None  # "9to5Toys", "802.11ax", "3M": letters glued to the number make a name, not a count
    phrase = noun_phrase(s[end:], value, s)
    if phrase is None:
        told = _CASUALTY.search(s[max(0, match.start() - 14):match.start()]) or _CASUALTY_AFTER.match(s[end:])
        if kin_of(s[:first]) or not told:
            return None
        phrase = ("people", "", 0)
    unit, words, used = phrase
    if not number[:1].isdigit() and value <= 3 and unit.lower() in _RESTATING:
        return None  # "Somalia and Yemen, two countries": restates named things, measures nothing
    if value == 1 and number == "1" and unit.endswith("s") and unit not in ("people",) and not upper:
        return None  # "1 cup baby carrots": a recipe's measure before a plural, not one of them
    return Quantity(value=value, upper=upper, unit=unit, dim="count", qualifier=qualifier,
                    display=quantity_display(value, unit, "count", shown, plus, upper),
                    start=first, end=end + used, noun=words)
