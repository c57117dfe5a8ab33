"""Small hand-written news items for the dedupe tests: one story told three ways, and look-alikes."""

from __future__ import annotations

import datetime as dt

from briefing.models import Article

DAY = dt.date(2026, 5, 12)

DAYTON = [
    ("Man shot outside Dayton bar, police seek gunman",
     "A 34-year-old man was shot outside the Blue Heron bar on Wayne Avenue in Dayton late Saturday, "
     "police said. Marcus Hill was taken to Miami Valley Hospital in critical condition. Lieutenant Karen "
     "Oakes said officers were looking for a man in a grey hoodie who fled on foot toward Fifth Street."),
    ("Dayton police: man critically hurt in Wayne Avenue shooting",
     "Dayton police are searching for a gunman after Marcus Hill, 34, was shot near the Blue Heron on Wayne "
     "Avenue on Saturday night. Hill remains in critical condition at Miami Valley Hospital, Lt. Karen Oakes "
     "told reporters, and the suspect ran toward Fifth Street."),
    ("Shooting near Blue Heron bar leaves one man in critical condition",
     "One man is in critical condition after a shooting in Dayton's Oregon District. Police identified him "
     "as Marcus Hill, 34. Witnesses told officers a man in a grey hoodie opened fire outside the Blue Heron "
     "on Wayne Avenue shortly before midnight Saturday and escaped on foot, according to Lt. Karen Oakes."),
]
TOLEDO = (
    "Man shot in Toledo parking lot, suspect arrested",
    "A 19-year-old man was shot in the parking lot of a Kroger store on Monroe Street in Toledo on Sunday "
    "afternoon, police said. Devon Price was treated at St. Vincent Medical Center and is expected to survive. "
    "Sergeant Alan Brooks said a 22-year-old suspect, Tyler Grant, was arrested two blocks away.",
)
BRIDGE = (
    "City council approves new bridge over the Maumee",
    "The Toledo city council voted 9 to 3 on Tuesday to approve a 48 million dollar bridge over the Maumee "
    "River. Mayor Linda Ruiz said construction would begin next spring and take three years.",
)


def article(ident: str, title: str, text: str, outlet: str, **extra: object) -> Article:
    """One test article published on DAY."""
    return Article(id=ident, title=title, text=text, outlet=outlet, published=DAY,
                   url=f"https://{outlet}/{ident}", origin="jsonl", **extra)


def dayton_reports() -> list[Article]:
    """The Dayton shooting as told by three outlets."""
    outlets = ("daytondaily.example", "wdtn.example", "ohionews.example")
    return [article(f"dayton-{k}", t, x, o) for k, ((t, x), o) in enumerate(zip(DAYTON, outlets, strict=True))]


def toledo_report() -> Article:
    """A different shooting of the same kind, the next day, in another city."""
    return article("toledo", *TOLEDO, "toledoblade.example")


def bridge_report() -> Article:
    """An unrelated local story."""
    return article("bridge", *BRIDGE, "toledoblade.example")
