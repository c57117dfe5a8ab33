"""A market price a clause moves its shares to: "Kessel shares fell 2.8% to €71.46 in Frankfurt trading".

The amount after "to"/"at" of a verb of market movement whose subject is a company's shares is the share price,
not a "Frankfurt trading value" (a reader takes that for turnover; round 45, measP). Only English grammar and
the closed class of nouns a market quotes (shares, stock, receipts) are used, so it holds for any company.
"""

from __future__ import annotations

import re

from briefing.figures import structure as st
from briefing.text import word_set

# Verbs a market price moves or stands by; "closed at", "traded up ... at", "opened at".
# Not "closed", "opened", "ended": money.py already reads those as the day's closing or opening price.
_MOVES = word_set("rose fell jumped climbed gained slid dropped tumbled traded edged slipped surged plunged sank "
                  "soared advanced declined rallied dipped eased retreated sagged spiked slumped firmed")
# What a market quotes a price of: the share itself, or a receipt standing for one.
_QUOTED = {"shares": "share price", "share": "share price", "stock": "share price", "stocks": "share price",
           "receipts": "depositary receipt price", "adrs": "ADR price", "adss": "ADR price"}
_MOST_BEFORE = 8  # "The company's American depositary receipts traded": the subject sits within a short phrase
_TRADING = re.compile(r"\s+in\s+((?:[A-Za-z-]+\s+){0,2}trading)\b")  # "in after-hours trading", "in New York trading"


def share_price(sentence: str, toks: list[st.Token], verb_at: int | None, prep: str, end: int) -> str:
    """'share price' (with its owner and session where the clause names them) for an amount its shares moved to."""
    if verb_at is None or prep not in ("to", "at") or toks[verb_at].low not in _MOVES:
        return ""
    quoted = _quoted_noun(toks, verb_at)
    if quoted is None:
        return ""
    measure = _QUOTED[toks[quoted].low]
    owner = _owner(toks, quoted, verb_at)
    trading = _TRADING.match(sentence, end)
    session = f" in {trading.group(1)}" if trading else ""  # "in morning trading": which of the day's prices
    return f"{owner} {measure}{session}".strip()


def _quoted_noun(toks: list[st.Token], verb_at: int) -> int | None:
    """The index of 'shares' (or stock, receipts) in the verb's subject phrase, or None."""
    for k in range(verb_at - 1, max(-1, verb_at - 1 - _MOST_BEFORE), -1):
        low = toks[k].low
        if low in _QUOTED:
            return k
        if low in (";", ":", "and", "but", "while", "which", "that", "who") or st.is_verb(toks, k):
            return None  # another clause's subject
    return None


def _owner(toks: list[st.Token], quoted: int, verb_at: int) -> str:
    """A name after the shares that owns them ('shares in Halberg'); '' where none."""
    # "Kessel shares", "Acme's shares": the owner layer names a name before the noun as any other owner
    after = quoted + 1
    if after + 1 < verb_at and toks[after].low in ("in", "of") and _named(toks[after + 1]):
        run = after + 1
        while run + 1 < verb_at and _named(toks[run + 1]):
            run += 1
        return st.words(toks[after + 1:run + 1])  # "Shares in Halberg fell"
    return ""


def _named(tok: st.Token) -> bool:
    """A capitalised word that is no function word: part of a name."""
    return tok.text[:1].isupper() and tok.low not in st.CLOSED
