"""What a number in prose can carry: scale words, currencies (signs and words), periods, and units of measure.

Tables only (English and the common currency and unit abbreviations); briefing.text.numbers reads them.
"""

from __future__ import annotations

import re

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
          "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "mm": 1e6,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # South Asian scales: "50 lakh masks"
CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "yuan": "CNY",
                  "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "ruble": "RUB", "rubles": "RUB",
                  "rouble": "RUB", "roubles": "RUB",
                  "eur": "EUR", "gbp": "GBP", "yen": "JPY", "pounds": "GBP"}
# The world's other currencies as English news writes them after a number ("45 million zloty", "8 million naira"):
# one country's currency by its ISO code; a name several countries use (pesos, francs, shillings) by that name,
# which is how the digest then shows it ("2 million pesos"). "won", "real", "sol" and "lei" are left out: common
# English words or names more often than currencies.
CURRENCY_WORDS |= {
    "zloty": "PLN", "zlotys": "PLN", "złoty": "PLN", "złotys": "PLN", "rupiah": "IDR", "kronor": "SEK", "krona": "SEK",
    "taka": "BDT", "soles": "PEN", "naira": "NGN", "reais": "BRL", "rand": "ZAR", "ringgit": "MYR", "baht": "THB",
    "forint": "HUF", "forints": "HUF", "hryvnia": "UAH", "hryvnias": "UAH", "lira": "TRY", "liras": "TRY",
    "cedi": "GHS", "cedis": "GHS", "birr": "ETB", "tenge": "KZT", "swiss francs": "CHF", "cfa francs": "XOF",
    "peso": "pesos", "pesos": "pesos", "franc": "francs", "francs": "francs", "shilling": "shillings",
    "shillings": "shillings", "krone": "kroner", "kroner": "kroner", "kwacha": "kwacha", "dinar": "dinars",
    "dinars": "dinars", "dirham": "dirhams", "dirhams": "dirhams", "riyal": "riyals", "riyals": "riyals",
    "rial": "rials", "rials": "rials"}
PERIODS = {"month": "month", "year": "year", "week": "week", "day": "day", "annum": "year"}

# Physical and time units after a number: (regex, canonical unit, dimension).
_UNITS: tuple[tuple[str, str, str], ...] = (
    (r"(?:km\s?/\s?h|kph|kilomet(?:er|re)s? (?:per|an) hour)", "km/h", "speed"),
    (r"(?:mph|miles (?:per|an) hour)", "mph", "speed"), (r"(?:mpg|miles per gallon)", "mpg", "fuel economy"),
    (r"(?:MW|megawatts?)", "MW", "power"), (r"(?:GW|gigawatts?)", "GW", "power"),
    (r"(?:kW|kilowatts?)", "kW", "power"), (r"(?:TWh|terawatt[- ]hours?)", "TWh", "energy"),
    (r"(?:GWh|gigawatt[- ]hours?)", "GWh", "energy"),
    (r"(?:cubic[- ]met(?:er|re)s?|m³)", "m³", "volume"), (r"(?:cubic[- ](?:feet|foot))", "cu ft", "volume"),
    (r"(?:square[- ]met(?:er|re)s?|sq\.? ?m|m²)", "m²", "area"),
    (r"(?:square[- ](?:feet|foot)|sq\.? ?ft)", "sq ft", "area"),
    (r"(?:km|kilomet(?:er|re)s?)", "km", "length"), (r"(?:miles?)", "mi", "length"),
    (r"(?:mm|millimet(?:er|re)s?)", "mm", "length"), (r"(?:cm|centimet(?:er|re)s?)", "cm", "length"),
    (r"(?:m|met(?:er|re)s?)", "m", "length"), (r"(?:feet|foot|ft)", "ft", "length"), (r"(?:inch(?:es)?)", "inches", "length"),
    (r"(?:kg|kilograms?|kilos?)", "kg", "mass"), (r"(?:mg|milligrams?)", "mg", "mass"), (r"(?:grams?)", "g", "mass"),
    (r"(?:oz|ounces?)", "oz", "mass"), (r"(?:hp|bhp|horsepower)", "hp", "power"),
    (r"(?:liters?|litres?)", "liters", "volume"), (r"(?:pounds|lbs?)(?!-)", "lb", "mass"),
    (r"(?:(?:metric\s+)?(?:tonnes?|tons?))", "t", "mass"),
    (r"(?:%|percent\b|per cent\b)", "%", "percent"),
    (r"(?:decades?)", "decades", "duration"), (r"(?:centur(?:y|ies))", "centuries", "duration"),
    (r"(?:years?)", "years", "duration"), (r"(?:months?)", "months", "duration"),
    (r"(?:weeks?)", "weeks", "duration"), (r"(?:days?)", "days", "duration"),
    (r"(?:hours?|hrs?)", "hours", "duration"), (r"(?:minutes?|mins?)", "minutes", "duration"),
    (r"(?:seconds?|secs?)", "seconds", "duration"),
)
# each unit's pattern alone, compiled once: names_unit runs for every word of every label (figures.support)
_WHOLE_UNITS = [(re.compile(pat, re.I), unit) for pat, unit, _ in _UNITS]
UNIT_RE = [(re.compile(r"[\s-]?" + pat + r"(?![\w/])", re.I), unit, dim) for pat, unit, dim in _UNITS]
# Every currency word, the longest first ("swiss francs" before "francs"); dollars may follow a country's name.
_WORDS = "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True))
CURRENCY_WORD_RE = re.compile(r"\s?((?:hong kong |canadian |australian |singapore |new zealand |u\.?s\.? )?dollars?|"
                              rf"{_WORDS})\b", re.I)
NAMED_DOLLARS = {"hong kong": "HKD", "canadian": "CAD", "australian": "AUD", "singapore": "SGD",
                 "new zealand": "NZD"}


def currency_of(written: str) -> str:
    """The currency a word after a number names ("zloty" -> "PLN", "Hong Kong dollars" -> "HKD", "pesos" -> "pesos")."""
    low = " ".join(written.lower().split())
    head, _, last = low.rpartition(" ")
    if last.startswith("dollar") and head:
        return NAMED_DOLLARS.get(head, "USD")  # "U.S. dollars"
    return CURRENCY_WORDS[low]  # CURRENCY_WORD_RE matches nothing else


def names_unit(word: str, unit: str) -> bool:
    """Does `word` name the canonical `unit`, by its abbreviation or its word ("hp" and "horsepower" name "hp")?"""
    return any(canonical == unit and pat.fullmatch(word) for pat, canonical in _WHOLE_UNITS)
