"""A synthetic news day of any size, with known events, for the scale benchmark.

Events come in a few kinds ("man shot in <city>", fires, deals, quakes, court cases); many events of
one kind share almost every word and differ only in who, where, when and how many, which is the hard
case for a deduplicator. Each event is told by 1-8 outlets in their own words; about 10% of articles
are syndicated copies with a small edit.
"""

from __future__ import annotations

import datetime as dt
import random

from briefing.models import Article

_SYLLABLE_TEXT = "ba be bo da de di ka ke ko la le lo ma me mi na ne no ra re ri sa se so ta te to va ve zo"
_SYLLABLES = _SYLLABLE_TEXT.split()
_KINDS = {
    "shooting": (
        "Man shot in {city}",
        [
            "A {age}-year-old man was shot on {street} Street in {city} on {day}, police said.",
            "Officers found {victim} with a gunshot wound near {street} Street shortly after {hour} p.m.",
            "{victim} was taken to {city} General Hospital in {state} condition.",
            "Police chief {official} said detectives were looking for a suspect described as a man in his {age2}s.",
            "It was the {nth} shooting in {city} this year.",
        ],
    ),
    "fire": (
        "Fire destroys {business} in {city}",
        [
            "A fire destroyed the {business} on {street} Avenue in {city} early {day}.",
            "About {count} firefighters fought the blaze for {hours} hours, fire chief {official} said.",
            "{victim}, the owner, said the {business} had been in the family for {age} years.",
            "No one was hurt, but damage was estimated at {money} dollars.",
            "The cause of the fire in {city} is under investigation.",
        ],
    ),
    "deal": (
        "{company} to buy {company2} for {money} million",
        [
            "{company} agreed on {day} to buy {company2} for {money} million dollars.",
            "Chief executive {official} said the deal would close within {hours} months.",
            "{company2}, based in {city}, employs about {count} people.",
            "Shares of {company2} rose {age} percent on the news.",
            "Analyst {victim} said the price was fair.",
        ],
    ),
    "quake": (
        "Magnitude {mag} earthquake strikes near {city}",
        [
            "An earthquake of magnitude {mag} struck near {city} on {day}, the geological survey said.",
            "The quake was centred {count} kilometres from {city} at a depth of {age} kilometres.",
            "Mayor {official} said {hours} buildings were damaged and {nth} people were hurt.",
            "Resident {victim} said the shaking lasted about {age2} seconds.",
            "Aftershocks were felt across the {state} region.",
        ],
    ),
}
_FILLER_TEXT = (
    "The report could not be independently confirmed. Officials urged residents to stay calm. More details "
    "are expected later this week. The investigation is continuing. Anyone with information was asked to "
    "call the authorities. The statement was released in the afternoon. Local media carried the news first."
)
_FILLER = _FILLER_TEXT.split(". ")
_FILLER += [
    f"{a} {b} {c}"
    for a in ("Witnesses", "Neighbours", "Officials", "Residents", "Reporters")
    for b in ("described", "recalled", "questioned", "discussed")
    for c in ("the scene", "the morning", "the response", "the delays")
]
# Outlets tell a story in their own words: each article swaps some words for a synonym.
_SYNONYMS = {
    "said": ["said", "told reporters", "stated", "confirmed"],
    "found": ["found", "discovered", "located"],
    "taken": ["taken", "rushed", "transported"],
    "destroyed": ["destroyed", "gutted", "razed"],
    "agreed": ["agreed", "announced a deal", "signed an agreement"],
    "struck": ["struck", "hit", "shook the area"],
    "about": ["about", "around", "roughly", "nearly"],
    "looking": ["looking", "searching", "hunting"],
}
_OUTLETS = [f"outlet{k:03d}.example" for k in range(300)]


def _word(rnd: random.Random, syllables: int) -> str:
    return "".join(rnd.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


def _slots(rnd: random.Random) -> dict[str, str]:
    return {
        "city": _word(rnd, 3) + "ville",
        "street": _word(rnd, 3),
        "victim": f"{_word(rnd, 2)} {_word(rnd, 3)}",
        "official": f"{_word(rnd, 2)} {_word(rnd, 3)}",
        "company": _word(rnd, 3) + " Corp",
        "company2": _word(rnd, 3) + " Inc",
        "business": rnd.choice(["bakery", "warehouse", "restaurant", "garage", "church", "school"]),
        "state": rnd.choice(["critical", "stable", "serious", "fair"]),
        "day": rnd.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
        "age": str(rnd.randint(18, 90)),
        "age2": str(rnd.randint(2, 6) * 10),
        "hour": str(rnd.randint(1, 11)),
        "hours": str(rnd.randint(2, 30)),
        "count": str(rnd.randint(20, 900)),
        "money": str(rnd.randint(2, 990)),
        "mag": f"{rnd.randint(4, 7)}.{rnd.randint(0, 9)}",
        "nth": str(rnd.randint(2, 40)),
    }


def corpus(n: int, seed: int = 7) -> tuple[list[Article], list[int]]:
    """About n articles and each one's true event number (copies share their original's)."""
    rnd = random.Random(seed)
    day0 = dt.date(2026, 5, 1)
    articles: list[Article] = []
    events: list[int] = []
    event = 0
    while len(articles) < n:
        kind = rnd.choice(list(_KINDS))
        title_tpl, sentences = _KINDS[kind]
        slots = _slots(rnd)
        published = day0 + dt.timedelta(days=rnd.randint(0, 6))
        for _ in range(min(rnd.choice([1, 1, 2, 3, 4, 6, 8]), n - len(articles))):
            outlet = rnd.choice(_OUTLETS)
            body = rnd.sample(sentences, k=rnd.randint(3, len(sentences)))
            body += rnd.sample(_FILLER, k=4)
            rnd.shuffle(body)
            swap = {w: rnd.choice(options) for w, options in _SYNONYMS.items()}
            words = " ".join(s.format(**slots).rstrip(".") + "." for s in body).split(" ")
            text = " ".join(swap.get(w, w) for w in words)
            ident = f"a{len(articles):07d}"
            article = Article(id=ident, title=title_tpl.format(**slots), text=text, outlet=outlet,
                              published=published, url=f"https://{outlet}/{ident}", origin="jsonl")
            articles.append(article)
            events.append(event)
            if rnd.random() < 0.1 and len(articles) < n:
                copy_outlet = rnd.choice(_OUTLETS)
                copy_id = f"a{len(articles):07d}"
                articles.append(Article(id=copy_id, title=article.title, text=text + " (Syndicated.)",
                                        outlet=copy_outlet, published=published,
                                        url=f"https://{copy_outlet}/{copy_id}", origin="jsonl"))
                events.append(event)
        event += 1
    return articles, events
