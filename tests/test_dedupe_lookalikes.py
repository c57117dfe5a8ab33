"""Evidence for look-alike incidents: parts of the day (days a night apart are one event's only across that
night) and a site's own follow-up told by the same age."""

from __future__ import annotations

import datetime as dt

from briefing.dedupe.group import group_stories
from briefing.models import Article
from briefing.text.dayparts import EARLY, LATE, MIDDAY, UNKNOWN, part_at
from briefing.text.evidence import compare, evidence_of, parted

WED, THU, FRI = dt.date(2026, 3, 11), dt.date(2026, 3, 12), dt.date(2026, 3, 13)


def _part(lead: str, day: str = "Thursday") -> int:
    at = lead.index(day)
    return part_at(lead, at, at + len(day))


def test_the_part_of_the_day_is_read_beside_the_day() -> None:
    assert _part("a blast levelled a home on Thursday morning.") == EARLY
    assert _part("a fire tore through a duplex late Thursday night.") == LATE
    assert _part("the crash happened Thursday afternoon, police said.") == MIDDAY
    assert _part("a man was shot early Thursday outside a bar.") == EARLY
    assert _part("the fire broke out shortly before 11:30 p.m. Thursday at a duplex") == LATE
    assert _part("officers were called Thursday at about 2:15 p.m. to the store") == MIDDAY
    # A text set apart from its site's chrome has its sentences rejoined by line breaks, "p.m." cut in two.
    assert _part("the fire broke out shortly before 11:30 p.\nm.\nThursday at a duplex") == LATE
    assert _part("a man was shot Thursday outside a bar.") == UNKNOWN


def test_a_possessive_weekday_is_the_events_day_whatever_comes_before() -> None:
    # "by Monday" is a deadline, but "by Wednesday's explosion" names the event: read as a deadline, the
    # report took Thursday (the residents' return) as its event's day.
    lead = ("Most residents forced from their homes by Wednesday's house explosion were allowed to return "
            "Thursday, as investigators focused on a gas line.")
    assert evidence_of("Residents return", lead, THU).day == WED.toordinal()
    assert evidence_of("Deadline", "Residents must leave by Friday, the city said Thursday.", THU).day is None


def test_days_a_night_apart_clash_only_when_no_one_event_spans_them() -> None:
    morning = evidence_of("Blast", "A house exploded on Wednesday morning in Mill Woods.", WED)
    late_thu = evidence_of("Fire", "A duplex burned late Thursday night in Mill Woods.", FRI)
    late_wed = evidence_of("Shooting", "A man was shot late Wednesday in Mill Woods.", THU)
    early_thu = evidence_of("Shooting", "A man was shot early Thursday in Mill Woods.", THU)
    thu = evidence_of("Shooting", "A man was shot Thursday in Mill Woods.", FRI)
    assert parted(morning, late_thu) and compare(morning, late_thu).day
    assert parted(morning, thu)  # a morning and the next day: more than a night apart
    assert parted(late_wed, late_thu)  # the next night: a second event
    assert not parted(late_wed, early_thu) and not compare(late_wed, early_thu).day  # one night, told two ways
    assert not parted(late_wed, thu)  # the later's part unknown: it may be the small hours
    assert not compare(morning, late_thu, day_parts=False).day


def _report(ident: str, published: dt.date, title: str, text: str) -> Article:
    return Article(id=ident, title=title, text=text, outlet=f"outlet {ident}", published=published, origin="jsonl")


# A house explosion one morning and a duplex fire in the same suburb late the next night, told by the same
# fire chief in the same words; no report's lead gives an age. Days a night apart never clashed alone.
BLAST_AND_FIRE = [
    _report("e1", WED, "Explosion levels Mill Woods home, man critically hurt",
            "EDMONTON — A man was critically injured and neighbouring homes were damaged when an explosion "
            "levelled a bungalow in Mill Woods on Wednesday morning. Edmonton Fire Rescue Services crews were "
            "called after residents reported a loud blast. District Chief Ravi Sandhu said the house was "
            "essentially gone, with debris across the street. The homeowner was pulled from the rubble and taken "
            "to hospital with serious burns. Gas crews shut off the block while investigators looked at a gas line."),
    _report("e2", WED, "Mill Woods house explosion critically injures homeowner",
            "EDMONTON — A bungalow exploded in Mill Woods on Wednesday morning, critically injuring the man who "
            "lived there and blowing out windows along the street. District Chief Ravi Sandhu of Edmonton Fire "
            "Rescue Services said neighbours pulled the homeowner from the rubble before he was taken to hospital "
            "with serious burns. Gas crews isolated the block and natural gas is the likely cause of the blast."),
    _report("f1", FRI, "Fire guts Mill Woods duplex, six displaced",
            "EDMONTON — A tenant was treated by paramedics and six people were displaced after a fire tore "
            "through a duplex in Mill Woods late Thursday night. Four fire crews were called after residents "
            "reported flames through the roof and brought the fire under control in 45 minutes. The tenant had "
            "smoke inhalation. Firefighters rescued a cat from the other unit and the cause is under investigation."),
    _report("f2", FRI, "Mill Woods duplex fire displaces six",
            "EDMONTON — A duplex burned in Mill Woods late Thursday night, leaving the tenant of one half with "
            "smoke inhalation and six people displaced. District Chief Ravi Sandhu said flames were coming through "
            "the roof when crews arrived. A cat was rescued from the other unit. The cause of the fire is under "
            "investigation."),
]


def _stories(articles: list[Article], **settings: object) -> list[list[str]]:
    return sorted(sorted(a.id for a in s.articles) for s in group_stories(articles, **settings) if len(s.articles) > 1)


def test_a_morning_and_the_next_late_night_are_two_events() -> None:
    assert _stories(BLAST_AND_FIRE) == [["e1", "e2"], ["f1", "f2"]]
    assert _stories(BLAST_AND_FIRE, day_parts=0) == [["e1", "e2", "f1", "f2"]]


def test_one_night_told_as_late_and_as_early_stays_one_event() -> None:
    late = _report("n1", THU, "Man shot outside Mill Woods bar",
                   "EDMONTON — A man was shot outside a bar in Mill Woods late Wednesday night, police said. "
                   "Officers found him in the parking lot with a gunshot wound and he was taken to hospital in "
                   "critical condition. Police are looking for a dark sedan seen leaving the lot.")
    early = _report("n2", THU, "Police seek sedan after Mill Woods bar shooting",
                    "EDMONTON — Police are looking for a dark sedan after a man was shot outside a Mill Woods bar "
                    "early Thursday. He was found in the parking lot with a gunshot wound and taken to hospital "
                    "in critical condition, officers said.")
    assert _stories([late, early]) == [["n1", "n2"]]


# A drowning told by two sites one day, and the first site's own follow-up the next day naming the boy: two
# pages of one site keep 0.3 of their likeness, unless their texts agree on when and where and share an age.
DROWNING = [
    Article(id="d1", title="Teenage boy drowns at Enoggera Reservoir", outlet="River City Herald", published=THU,
            origin="jsonl",
            text="BRISBANE — A 15-year-old boy drowned at Enoggera Reservoir on Thursday afternoon after getting into "
                 "trouble while swimming with friends, police said. Police divers recovered his body about an hour "
                 "later. Friends raised the alarm when he failed to surface near the pontoon."),
    Article(id="d2", title="Police divers recover body of teen at The Gap reservoir", outlet="QTN News",
            published=THU, origin="jsonl",
            text="BRISBANE — Police divers have recovered the body of a boy, 15, who went under while swimming at "
                 "the reservoir at The Gap on Thursday afternoon. Friends raised the alarm when he failed to "
                 "surface. Police said the death was not suspicious."),
    Article(id="d3", title="School mourns Year 10 student after reservoir tragedy", outlet="River City Herald",
            published=FRI, origin="jsonl",
            text="BRISBANE — Classmates of Lachlan Reid, 15, who drowned at Enoggera Reservoir on Thursday, gathered "
                 "at his school to remember a keen footballer and a loyal friend. The principal said counsellors "
                 "were on hand for students and staff, and a memorial service is planned for next week."),
]


# Other sites' news of the day: a site that holds more than half of a batch says nothing (dedupe/sites.py).
OTHERS = [_report(f"x{k}", FRI, text, text) for k, text in enumerate((
    "City council approves a new bridge over the river after a long debate about its costs and lanes.",
    "A regional orchestra announced its summer programme of Brahms and Dvorak in the park.",
    "Storm warnings were issued for the coast as forecasters expect strong winds on Saturday."))]


def test_a_sites_own_follow_up_told_by_the_same_age_joins_its_event() -> None:
    assert _stories(DROWNING + OTHERS) == [["d1", "d2", "d3"]]
    # The site's next-day rule (site_next_day) joins it too; with both off the site's 0.3 keeps it apart.
    assert _stories(DROWNING + OTHERS, site_told=0.3, site_next_day=0.3) == [["d1", "d2"]]
