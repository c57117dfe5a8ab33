"""Numbers as evidence of one event: a report told in other words still gives the event's numbers."""

from __future__ import annotations

import math

from briefing.dedupe.group import group_stories
from briefing.dedupe.settings import DEFAULT
from briefing.dedupe.similarity import BACKGROUND_DOCS, NUMBER_BOOST, document_frequencies, extract_with_names, vectorise
from briefing.models import Article


def _report(ident: str, title: str, text: str) -> Article:
    return Article(id=ident, title=title, text=f"{title}\n{text}", outlet="wire", origin="jsonl")


# Two reports of a bakery shooting in the same words, a third (a vigil) in others that gives the same numbers
# (the calibre, the accused's age, her years at the plant, its staff), and a look-alike shooting at a warehouse
# told in the first reports' words with numbers of its own.
BAKERY = [
    _report("a1", "Worker kills two at bakery plant",
            "A worker fired a .357 Magnum revolver inside a bakery plant on Thursday, killing two colleagues and "
            "wounding a third before police arrested her. The 43-year-old had been suspended from her job an hour "
            "earlier and was escorted out, then came back with the gun. Officers found 911 calls logged from the "
            "loading dock. The plant employs 357 people."),
    _report("a2", "Suspended employee shoots co-workers at bakery",
            "A suspended employee came back to the bakery plant with a .357 Magnum and shot three co-workers on "
            "Thursday, two of them fatally. Police arrested the 43-year-old woman inside the plant. She had been "
            "walked out by guards an hour before the shooting. Workers said the 911 calls began at the loading "
            "dock. She had worked at the plant for 11 years; it employs 357 people."),
    _report("a3", "Grief at the ovens: a shift remembers",
            "Night shift bakers lit candles by the ovens for the two colleagues killed with a .357 revolver. The "
            "accused, 43, had worked at the site for 11 years and 357 staff attended the vigil. Union leaders asked "
            "for counselling and security guards at every door, and the company promised a review of how "
            "suspended staff are escorted."),
]
WAREHOUSE = [
    _report("b1", "Gunman kills colleague at warehouse",
            "A warehouse worker shot a colleague dead on Monday and wounded another before turning the gun on "
            "himself, police said. The 29-year-old had been fired that morning. Officers were called to the loading "
            "dock after workers heard shots. The warehouse employs 80 people."),
    _report("b2", "Fired worker opens fire at warehouse",
            "A fired warehouse worker opened fire on co-workers on Monday, killing one and wounding another before "
            "he killed himself. The 29-year-old had been escorted out that morning. Police found him by the loading "
            "dock."),
]
OTHERS = [Article(id=f"x{k}", title=t, text=t, outlet="wire", origin="jsonl") for k, t in enumerate((
    "City council approves a new bridge over the river after a long debate about its costs and lanes.",
    "A regional orchestra announced its summer programme of Brahms and Dvorak in the park.",
    "Storm warnings were issued for the coast as forecasters expect strong winds on Friday."))]


def _stories(**settings: object) -> list[list[str]]:
    stories = group_stories(BAKERY + WAREHOUSE + OTHERS, **settings)
    return sorted(sorted(a.id for a in s.articles) for s in stories if len(s.articles) > 1)


def test_a_report_in_other_words_joins_its_event_by_its_numbers() -> None:
    # The vigil shares few words with the two reports, but the event's numbers; at numbers weighing 1.5
    # words (before) it stayed a story of its own. The look-alike stays apart either way.
    assert _stories() == [["a1", "a2", "a3"], ["b1", "b2"]]
    assert _stories(number_boost=1.5) == [["a1", "a2"], ["b1", "b2"]]


def test_numbers_weigh_number_boost_times_a_word_of_the_same_rarity() -> None:
    assert DEFAULT.number_boost == NUMBER_BOOST == 1.8
    features = [extract_with_names("", text)[0] for text in ("bakery 357 staff", "bakery 357 staff", "oven shift")]
    df = document_frequencies(features)  # "357" and "staff" are in two of the three: one rarity
    assert df["357"] == df["staff"] == 2 and math.log((3 + BACKGROUND_DOCS) / 2) > 0
    for boost in (1.0, 1.5, NUMBER_BOOST):
        vector = vectorise(features, df, number_boost=boost)[0]
        assert math.isclose(vector["357"] / vector["staff"], boost)
