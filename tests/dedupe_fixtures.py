"""Small hand-written news items for the dedupe tests: one story told three ways, and look-alikes."""

from __future__ import annotations

import dataclasses
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


def other_news(published: dt.date = DAY) -> list[Article]:
    """Three unrelated items of a day, so that no site holds most of a small batch (dedupe/sites.py)."""
    return [Article(id=f"x{k}", title=text, text=text, outlet=f"outlet {k}", published=published, origin="jsonl")
            for k, text in enumerate((
                "City council approves a new bridge over the river after a long debate about its costs and lanes.",
                "A regional orchestra announced its summer programme of Brahms and Dvorak in the park.",
                "Storm warnings were issued for the coast as forecasters expect strong winds on Saturday."))]


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


# --- Look-alike incidents over two days ------------------------------------------------------------------
# A week of Ohio local news as two editions would read it: eight stories first reported on May 10 and
# followed up on May 11 (arrests, charges, causes, names), and on May 11 three new stories of a kind
# already seen (another shooting in Dayton, another in Toledo, another house fire). Every shooting reads
# alike; only the city, the day, the street, the ages and the names tell them apart.
MAY10, MAY11 = dt.date(2026, 5, 10), dt.date(2026, 5, 11)

INCIDENTS: dict[str, list[tuple[dt.date, str, str, str]]] = {
    "dayton-bar": [
        (MAY10, "daytondaily.example", "Man shot outside Dayton bar, police seek gunman",
         "A 34-year-old man was shot outside the Blue Heron bar on Wayne Avenue in Dayton late Saturday, police "
         "said. Marcus Hill was taken to Miami Valley Hospital in critical condition. Police said the gunman fled "
         "on foot toward Fifth Street."),
        (MAY10, "wdtn.example", "Dayton police: man critically hurt in Wayne Avenue shooting",
         "Police in Dayton are searching for the man who shot Marcus Hill, 34, near the Blue Heron on Wayne Avenue "
         "on Saturday night. Hill is in critical condition at Miami Valley Hospital, Lt. Karen Oakes said."),
        (MAY11, "ohionews.example", "Arrest made in Wayne Avenue bar shooting",
         "Dayton police on Sunday arrested a 25-year-old man in the shooting of Marcus Hill outside the Blue Heron "
         "bar in Dayton on Saturday. Hill, 34, was upgraded to stable condition at Miami Valley Hospital, Lt. Karen "
         "Oakes said. The suspect, Andre Wells, faces a charge of felonious assault."),
    ],
    "toledo-lot": [
        (MAY10, "toledoblade.example", "Man shot in Toledo parking lot, suspect arrested",
         "A 19-year-old man was shot in the parking lot of a Kroger store on Monroe Street in Toledo on Sunday "
         "afternoon, police said. Devon Price was treated at St. Vincent Medical Center and is expected to survive. "
         "Sgt. Alan Brooks said a 22-year-old suspect, Tyler Grant, was arrested two blocks away."),
        (MAY10, "13abc.example", "Teen wounded in Monroe Street shooting in Toledo",
         "Devon Price, 19, was wounded by gunfire outside the Kroger on Monroe Street in Toledo on Sunday. Police "
         "arrested Tyler Grant, 22, nearby, Sgt. Alan Brooks said. Price is expected to recover."),
        (MAY11, "wtol.example", "Suspect in Kroger lot shooting charged, bond set",
         "Tyler Grant, 22, was charged on Monday with felonious assault in the shooting of Devon Price in a Kroger "
         "parking lot in Toledo on Sunday. A judge set bond at $250,000. Price, 19, remains at St. Vincent "
         "Medical Center, police said."),
    ],
    "akron-fire": [
        (MAY10, "beaconjournal.example", "Two children hurt in Akron house fire",
         "Two children were hurt when fire swept through a house on Elm Street in Akron on Sunday morning, fire "
         "officials said. Battalion Chief Ray Dunn said the children, ages 6 and 9, were taken to Akron "
         "Children's Hospital. Their mother escaped unhurt."),
        (MAY10, "wkyc.example", "Akron fire on Elm Street sends two kids to hospital",
         "Firefighters pulled two children, 6 and 9, from a burning home on Elm Street in Akron on Sunday. "
         "Battalion Chief Ray Dunn said both were in serious condition at Akron Children's Hospital."),
        (MAY11, "cleveland.example", "Cause of Akron house fire ruled electrical",
         "The fire that injured two children in a house on Elm Street in Akron on Sunday was caused by faulty "
         "wiring, Battalion Chief Ray Dunn said on Monday. The children, 6 and 9, are in fair condition at Akron "
         "Children's Hospital."),
    ],
    "columbus-apartment": [
        (MAY10, "dispatch.example", "Woman killed in shooting at Columbus apartment complex",
         "A 27-year-old woman was shot and killed at the Maple Ridge apartments on the east side of Columbus on "
         "Sunday, police said. Alicia Reed died at Grant Medical Center. Detectives have not named a suspect."),
        (MAY10, "nbc4.example", "Columbus police investigate deadly Maple Ridge shooting",
         "Alicia Reed, 27, died after being shot at the Maple Ridge apartment complex in Columbus on Sunday "
         "afternoon. Police in Columbus said homicide detectives were interviewing neighbours."),
        (MAY11, "wbns.example", "Police name suspect in Maple Ridge homicide",
         "Columbus police on Monday named Derek Lowe, 31, as a suspect in the killing of Alicia Reed at the Maple "
         "Ridge apartments in Columbus on Sunday. Reed, 27, was a nursing student, her family said."),
    ],
    "cincinnati-water": [
        (MAY10, "enquirer.example", "Water main break leaves 4,000 Cincinnati homes dry",
         "A 36-inch water main broke under Reading Road in Cincinnati on Sunday, leaving about 4,000 homes without "
         "water, Greater Cincinnati Water Works said. Spokeswoman Dana Fields said crews were working through the "
         "night."),
        (MAY10, "wcpo.example", "Reading Road main break cuts water to thousands in Cincinnati",
         "Thousands of homes in Cincinnati lost water on Sunday when a 36-inch main burst under Reading Road. "
         "Greater Cincinnati Water Works spokeswoman Dana Fields said repairs could take a day."),
        (MAY11, "fox19.example", "Water restored after Reading Road main break; boil advisory issued",
         "Water was restored on Monday to the 4,000 Cincinnati homes cut off by Sunday's main break under Reading "
         "Road, Greater Cincinnati Water Works said. A boil advisory stays in place until Wednesday, spokeswoman "
         "Dana Fields said."),
    ],
    "cleveland-chase": [
        (MAY10, "cleveland.example", "Three hurt when fleeing car crashes in Cleveland",
         "Three people were hurt when a car fleeing police crashed into a bus shelter on Euclid Avenue in "
         "Cleveland on Sunday night, police said. The driver, a 17-year-old, was taken into custody. Commander "
         "Lisa Ortiz said the chase lasted four minutes."),
        (MAY10, "wews.example", "Police chase ends in Euclid Avenue crash in Cleveland",
         "A police chase ended when a stolen Honda slammed into a bus shelter on Euclid Avenue in Cleveland on "
         "Sunday, injuring three people waiting for a bus. Commander Lisa Ortiz said the 17-year-old driver was "
         "arrested."),
        (MAY11, "fox8.example", "Teen driver charged after Euclid Avenue crash",
         "The 17-year-old driver who crashed a stolen Honda into a bus shelter on Euclid Avenue in Cleveland on "
         "Sunday was charged on Monday with vehicular assault, Commander Lisa Ortiz said. The three people hurt are "
         "in stable condition."),
    ],
    "lorain-pier": [
        (MAY10, "morningjournal.example", "Lorain council approves $12 million pier plan",
         "The Lorain city council voted 5 to 2 on Sunday to approve a $12 million plan to rebuild the Black River "
         "pier in Lorain. Mayor Jack Bradley said work would start in the autumn."),
        (MAY10, "chroniclet.example", "Black River pier rebuild wins council vote in Lorain",
         "Council members in Lorain backed the Black River pier rebuild 5-2 on Sunday. The $12 million project is "
         "the city's biggest in a decade, Mayor Jack Bradley said."),
        (MAY11, "morningjournal.example", "Opponents of Lorain pier plan start referendum petition",
         "Residents who oppose the $12 million Black River pier plan approved by the Lorain council on Sunday began "
         "collecting signatures on Monday for a referendum. Mayor Jack Bradley said the vote was final."),
    ],
    "springfield-warehouse": [
        (MAY10, "springfieldnews.example", "Fire destroys warehouse in Springfield",
         "A fire destroyed a furniture warehouse on Lagonda Avenue in Springfield, Ohio, early Sunday, causing "
         "damage estimated at $2 million, Fire Chief Brian Miller said. No one was hurt."),
        (MAY10, "whio.example", "Springfield warehouse fire causes $2 million in damage",
         "Flames gutted a furniture warehouse on Lagonda Avenue in Springfield early on Sunday. Fire Chief Brian "
         "Miller put the damage at $2 million and said no one was injured."),
        (MAY11, "daytondaily.example", "Investigators suspect arson in Lagonda Avenue warehouse fire",
         "Investigators believe Sunday's fire at a furniture warehouse on Lagonda Avenue in Springfield, Ohio, was "
         "set on purpose, Fire Chief Brian Miller said on Monday. The fire caused about $2 million in damage."),
    ],
    # New on May 11, each of a kind the day before already had.
    "dayton-salem": [
        (MAY11, "daytondaily.example", "Man shot on Salem Avenue in Dayton",
         "A 41-year-old man was shot on Salem Avenue in Dayton on Monday evening, police said. Jamal Carter was "
         "taken to Grandview Medical Center in serious condition. Sgt. Paul Webb said officers were looking for "
         "a dark sedan."),
        (MAY11, "wdtn.example", "Police seek sedan after Salem Avenue shooting in Dayton",
         "Police in Dayton are looking for a dark sedan after Jamal Carter, 41, was shot on Salem Avenue on Monday. "
         "Carter is in serious condition at Grandview Medical Center, Sgt. Paul Webb said."),
    ],
    "toledo-park": [
        (MAY11, "toledoblade.example", "Man shot near Toledo park",
         "A 28-year-old man was shot near Ottawa Park in Toledo on Monday night, police said. Luis Ramos was taken "
         "to ProMedica Toledo Hospital. Sgt. Alan Brooks said no arrest had been made."),
    ],
    "youngstown-fire": [
        (MAY11, "vindicator.example", "Woman hurt in Youngstown house fire",
         "A 63-year-old woman was hurt when fire broke out in her house on Oak Street in Youngstown on Monday, fire "
         "officials said. Captain Tom Kerr said Ruth Adams was taken to St. Elizabeth hospital with burns."),
        (MAY11, "wfmj.example", "Youngstown fire on Oak Street injures one",
         "Fire on Oak Street in Youngstown injured Ruth Adams, 63, on Monday. Captain Tom Kerr said the fire "
         "started in the kitchen."),
    ],
}
CONTINUING = ("dayton-bar", "toledo-lot", "akron-fire", "columbus-apartment", "cincinnati-water", "cleveland-chase",
              "lorain-pier", "springfield-warehouse")
NEW_OF_A_KIND = ("dayton-salem", "toledo-park", "youngstown-fire")


def incident_reports(day: dt.date) -> list[Article]:
    """The reports published on `day`, ids '<story>-<n>'."""
    return [Article(id=f"{story}-{k}", title=title, text=text, outlet=outlet, published=published,
                    url=f"https://{outlet}/{story}-{k}", origin="jsonl")
            for story, reports in INCIDENTS.items()
            for k, (published, outlet, title, text) in enumerate(reports) if published == day]


def story_of(article_id: str) -> str:
    """The story an incident report belongs to."""
    return article_id.rsplit("-", 1)[0]


# Site chrome: every page of one site carries the same lines, whatever the story.
CHROME = ("Get email notifications on {topic} daily!", "Our journalism depends on readers like you.",
          "Subscribe for unlimited access to Valley Media coverage of {topic}.", "Sign up for the morning newsletter.",
          "Download our free app for breaking news alerts.", "Have a news tip? Contact our newsroom.",
          "Report a typo or an error in this {topic} article.", "Copyright 2026 Valley Media. All rights reserved.")


def with_chrome(article: Article, topic: str) -> Article:
    """The article as one site serves it: chrome lines around the story."""
    top, bottom = CHROME[0].format(topic=topic), "\n".join(line.format(topic=topic) for line in CHROME[1:])
    return dataclasses.replace(article, outlet="valleymedia.example", text=f"{top}\n{article.text}\n{bottom}")


def warehouse_fire_and_budget() -> list[Article]:
    """Two short reports of one warehouse fire and one council budget item: a two-story day for the bench tests."""
    texts = [("Fire at Dayton warehouse", "Crews fought a fire at a Dayton warehouse on Main Street on Monday."),
             ("Dayton warehouse blaze", "A blaze at a Dayton warehouse on Main Street drew crews on Monday."),
             ("Council approves budget", "The council approved a budget of 4 million for parks on Tuesday.")]
    return [Article(id=f"a{i}", title=t, text=f"{t}\n{x}", outlet=f"site{i}", origin="jsonl")
            for i, (t, x) in enumerate(texts)]
