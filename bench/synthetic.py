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


# --- The shared-sentence day: boilerplate-heavy feeds -------------------------------------------------
# Unrelated stories share whole sentences: each site wraps every article in its own chrome ("Get email
# notifications on {section} daily!") and pads it with stock paragraphs drawn from one pool that every
# site uses. What tells events apart is only their own rare names, places and numbers; each event is told
# by 2-5 articles, each choosing among two phrasings per fact, dropping some facts and swapping synonyms.
_CHROME = [
    "Get email notifications on {section} daily!", "Sign up for our newsletter.", "Follow us on social media.",
    "Subscribe for unlimited access to {section} coverage.", "Advertisement.", "Read more {section} news.",
    "Click here to share this story.", "Copyright 2026. All rights reserved.", "Download our free app for alerts.",
    "Comments are closed for this {section} story.", "Sponsored content appears below.",
    "Our journalism depends on readers like you.", "Report a typo or an error in this {section} article.",
    "Have a news tip? Contact our newsroom.", "This story has been updated.", "Listen to this article.",
]
_STOCK_WORDS = ["residents", "officials", "council", "budget", "weather", "traffic", "schools", "hospital", "police",
                "market", "season", "community", "meeting", "program", "services", "funding", "county", "state",
                "federal", "report", "survey", "data"]
_SECTIONS = ["crime", "business", "weather", "local news", "politics", "health"]
_SHARED_KINDS = {
    "crash": (["{count} injured as bus crashes near {city}", "Bus crash on {street} Road injures {count}"], [
        ["A bus carrying {count} passengers crashed on {street} Road near {city} on {day}.",
         "On {day}, a bus with {count} people on board left {street} Road outside {city}."],
        ["Driver {victim}, {age}, was arrested at the scene, police said.",
         "Police detained the {age}-year-old driver, {victim}."],
        ["{official} of the {city} fire service said {nth} people were in hospital.",
         "{nth} passengers remain in hospital, according to {official}."],
        ["The road was closed for {hours} hours.", "{street} Road reopened after {hours} hours."],
    ]),
    "verdict": (["{victim} found guilty in {city} fraud case", "Jury convicts {victim} of {money} million fraud"], [
        ["A jury in {city} found {victim} guilty of a {money} million dollar fraud on {day}.",
         "{victim} was convicted on {day} of defrauding investors of {money} million dollars in {city}."],
        ["Judge {official} set sentencing for {hours} weeks from now.",
         "Sentencing before Judge {official} is due in {hours} weeks."],
        ["Prosecutors said {count} investors lost money.", "About {count} victims lost savings, prosecutors said."],
        ["{victim}, {age}, faces up to {nth} years in prison.", "The {age}-year-old could be jailed for {nth} years."],
    ]),
    "storm": (["Storm leaves {count} homes without power in {city}", "{city} storm cuts power to {count} homes"], [
        ["A storm with winds of {age} miles per hour hit {city} on {day}.",
         "Gusts of up to {age} mph battered {city} on {day}."],
        ["{count} homes lost power, the utility said.", "Power was out at {count} homes, utility spokesman {official} said."],
        ["A tree fell on a car on {street} Lane, injuring {victim}.",
         "{victim} was hurt when a tree crushed a car on {street} Lane."],
        ["Crews expect to restore power within {hours} hours.", "Repairs could take {hours} hours, officials warned."],
    ]),
    "opening": (["{company} opens {money} million plant in {city}", "{city} gets {count} jobs as {company} opens plant"], [
        ["{company} opened a {money} million dollar plant in {city} on {day}.",
         "A new {money} million plant run by {company} began work in {city} on {day}."],
        ["The plant will employ {count} people, chief executive {official} said.",
         "{official}, the chief executive, promised {count} jobs."],
        ["Mayor {victim} called it the biggest investment in {nth} years.",
         "It is the largest investment in {nth} years, mayor {victim} said."],
        ["Production starts in {hours} weeks on {street} Street.",
         "The {street} Street site starts production in {hours} weeks."],
    ]),
}


def _stock_paragraphs(rnd: random.Random, count: int) -> list[str]:
    """Paragraphs of generic wording that many unrelated articles carry word for word."""
    paragraphs = []
    for _ in range(count):
        sentences = [" ".join(rnd.sample(_STOCK_WORDS, k=7)).capitalize() + "." for _ in range(3)]
        paragraphs.append(" ".join(sentences))
    return paragraphs


def shared_corpus(n: int, seed: int = 11) -> tuple[list[Article], list[int]]:
    """About n articles of a boilerplate-heavy day and each one's true event number."""
    rnd = random.Random(seed)
    day0 = dt.date(2026, 5, 1)
    stock = _stock_paragraphs(rnd, 40)
    sites = [(f"site{k:03d}.example", rnd.sample(_CHROME, k=5)) for k in range(200)]
    articles: list[Article] = []
    events: list[int] = []
    event = 0
    while len(articles) < n:
        kind = rnd.choice(list(_SHARED_KINDS))
        titles, facts = _SHARED_KINDS[kind]
        slots = _slots(rnd)
        section = rnd.choice(_SECTIONS)
        published = day0 + dt.timedelta(days=rnd.randint(0, 6))
        for _ in range(min(rnd.randint(2, 5), n - len(articles))):
            outlet, chrome = rnd.choice(sites)
            chosen = rnd.sample(facts, k=rnd.randint(3, len(facts)))
            swap = {w: rnd.choice(options) for w, options in _SYNONYMS.items()}
            words = " ".join(rnd.choice(variants).format(**slots) for variants in chosen).split(" ")
            story = " ".join(swap.get(w, w) for w in words)
            padding = rnd.sample(stock, k=rnd.randint(1, 2))
            top, bottom = chrome[:2], chrome[2:]
            text = " ".join([*(s.format(section=section) for s in top), story, *padding,
                             *(s.format(section=section) for s in bottom)])
            ident = f"s{len(articles):07d}"
            articles.append(Article(id=ident, title=rnd.choice(titles).format(**slots), text=text, outlet=outlet,
                                    published=published, url=f"https://{outlet}/{ident}", origin="jsonl"))
            events.append(event)
        event += 1
    return articles, events
