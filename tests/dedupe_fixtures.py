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


# Two title defences by one boxer, years apart, each told by four outlets in their own words: every report
# names the champion, the belts and the sport; only the opponent, the city, the year and the round tell
# the two fights apart.
HAMBURG = (
    ("Darnell stops Reyes to keep heavyweight belts",
     "Viktor Darnell retained his WBA and IBF heavyweight titles on Saturday, stopping Omar Reyes in round 7 "
     "in Hamburg. The champion, unbeaten in 21 fights, dropped Reyes with a right hand before the referee "
     "waved it off in front of 12,000 fans."),
    ("Viktor Darnell defends heavyweight titles against Reyes",
     "Heavyweight champion Viktor Darnell beat Omar Reyes in Hamburg on Saturday night, ending the fight in the "
     "seventh round. Darnell kept the WBA and IBF belts, his 21st straight win. Reyes was down twice in "
     "Hamburg before the stoppage, promoters said."),
    ("Darnell too strong for Reyes in Hamburg",
     "In Hamburg, Viktor Darnell needed seven rounds to stop Omar Reyes and keep his WBA and IBF heavyweight "
     "belts. The 2011 defence was never close: Reyes landed few punches as Darnell went to 21 wins."),
    ("Champion Darnell retains belts with round-7 stoppage of Reyes",
     "Viktor Darnell stopped challenger Omar Reyes in round 7 at the Hamburg arena to keep the WBA and IBF "
     "heavyweight titles. Reyes, 33, said the champion's jab was the difference in 2011."),
)
CARDIFF = (
    ("Darnell knocks out Okafor in three",
     "Viktor Darnell needed only three rounds in Cardiff to knock out Luis Okafor and defend his WBA and IBF "
     "heavyweight belts. Okafor, a late replacement, never recovered from a left hook. Darnell is now 27-0."),
    ("Okafor no match for heavyweight champion Darnell",
     "Luis Okafor lasted less than three rounds against Viktor Darnell in Cardiff. The WBA and IBF heavyweight "
     "champion floored Okafor in the third and the bout was stopped. It was the 2014 defence Darnell wanted."),
    ("Viktor Darnell keeps WBA, IBF heavyweight titles in Cardiff",
     "Viktor Darnell kept his heavyweight titles with a third-round knockout of Luis Okafor at the Cardiff "
     "stadium. Okafor, 29, stepped in on ten days' notice. Darnell, 27-0, called for a unification fight."),
    ("Darnell flattens Okafor in round 3",
     "Heavyweight champion Viktor Darnell flattened Luis Okafor in round 3 in Cardiff on Saturday, keeping "
     "the WBA and IBF belts. Okafor complained of a short notice bout; Darnell improved to 27-0 in 2014."),
)
FIGHTS = {"hamburg": HAMBURG, "cardiff": CARDIFF}


# Most reports close with the champion's background, which is what makes the two fights look alike.
BACKGROUND = ("Darnell, the Kyiv-born champion trained by Frank Volker, has held the WBA and IBF heavyweight belts "
              "since 2009 and has long sought a unification bout with WBC champion Marco Stellini.")


def fight_reports(fight: str) -> list[Article]:
    """One of the two Darnell title defences, told by four outlets."""
    return [article(f"{fight}-{k}", title, f"{text} {BACKGROUND}", f"boxing{k}.example")
            for k, (title, text) in enumerate(FIGHTS[fight])]
