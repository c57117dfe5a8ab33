"""A handful of unrelated news stories, so a test day groups into several events (one per topic)."""

from __future__ import annotations

TOPICS: dict[str, tuple[str, list[str]]] = {
    "ferry": ("Island ferry strike halts crossings for a third day", [
        "Ferry crews on the northern island routes walked out again on Monday, stranding commuters, "
        "delivery vans and tourists at both harbours while union leaders and the operator traded blame.",
        "The union wants a new rota after two winters of cancelled sailings; the operator says it has "
        "offered a pay rise of four percent and more seasonal staff for the summer timetable.",
        "Shopkeepers on the island report empty shelves of milk and bread, and the regional council has "
        "asked the navy to run an emergency supply boat until the dispute is settled.",
    ]),
    "vote": ("Parliament passes budget after all-night session", [
        "Lawmakers approved the national budget shortly before dawn on Friday after a marathon debate in "
        "which the opposition tabled more than three hundred amendments to the spending plan.",
        "The finance minister called the vote a mandate for lower deficits, while critics said cuts to "
        "rural hospitals and school transport would fall hardest on small towns across the country.",
        "The upper chamber must still sign off next week, and senators hinted they would demand changes "
        "to the pension chapter before the law can be published in the official gazette.",
    ]),
    "chips": ("Chipmaker unveils faster processor for laptops", [
        "The semiconductor company showed a new laptop processor at its developer conference, promising "
        "longer battery life and quicker graphics thanks to a smaller manufacturing process.",
        "Engineers said the design packs twelve cores and a neural engine for on-device software, and "
        "that the first notebooks using the chip should reach shops before the holiday season.",
        "Rivals are expected to answer within months; analysts warned that supply of the advanced wafers "
        "remains tight and that prices for premium machines are unlikely to fall this year.",
    ]),
    "horoscope": ("Your horoscope for the week ahead", [
        "Aries will find the stars aligned for bold decisions at work, while Taurus should take time to "
        "rest and reconnect with old friends over a long dinner this weekend.",
        "Gemini may face a surprise expense midweek; Cancer is advised to trust intuition in matters of "
        "the heart, and Leo can expect praise from an unexpected quarter by Thursday.",
        "Virgo and Libra enjoy a calm stretch, Scorpio should finish old projects, and Sagittarius feels "
        "the itch to travel somewhere warm before the month is out.",
    ]),
}


# Another outlet's report of the ferry strike: the same event in its own words (not a syndicated copy).
FERRY_RETOLD = ("Ferry walkout strands island commuters again", [
    "Commuters and tourists were stuck at both harbours on Monday as ferry crews on the northern island "
    "routes stopped work for the third day running in a row over rotas and pay.",
    "The operator said its offer of a four percent pay rise and extra summer staff was fair; the ferry union "
    "answered that cancelled sailings over two winters had worn its crews out.",
    "With milk and bread running short in island shops, the regional council asked the navy for an emergency "
    "supply boat while the strike goes on.",
])


def page_html(topic: str, site: str, *, retold: bool = False) -> str:
    """An article page about `topic` on `site`; `retold` is another outlet's version (same event, own words)."""
    title, paragraphs = TOPICS[topic]
    if retold:
        assert topic == "ferry", "only the ferry strike has a second outlet's version"
        title, paragraphs = FERRY_RETOLD
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="{site}"><meta name="author" content="Sam Writer">'
            f'<meta property="article:published_time" content="2026-05-11"></head>'
            f"<body><main><article><h1>{title}</h1>{body}</article></main></body></html>")
