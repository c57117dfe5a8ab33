"""What a day of real news says about a compared pair beyond its words: its site and its headlines.

ECB+, on which the linking was first tuned, holds only events told by many reports, each from a corpus
without sites or headlines of their own. A day of real news is mostly single reports, next to which a
piece alike in topic is most often another event: a second piece of one site (sites.py), or a piece
headlined about another matter (headlines.py). Both lower a pair's similarity before linking.

A headline says what a report is about, and two outlets can headline one event by different parts of it
("At least 14 dead after ferry sinks off central Philippines" / "Survivors describe panic as Doña Maricel
goes down near Balintog"). So the texts' own evidence is weighed first: a pair whose texts agree on when,
where and who and clash on nothing (told_alike) keeps `headline_told` of its similarity however its
headlines differ.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.dedupe.headlines import Headlines, headline_terms
from briefing.dedupe.settings import Settings
from briefing.dedupe.similarity import Vector
from briefing.dedupe.sites import site_of, telling
from briefing.dedupe.told_apart import ToldApart
from briefing.models import Article
from briefing.text.evidence import Evidence, compare, people_of
from briefing.text.places import gazetteer


def headlines_of(articles: Sequence[Article], s: Settings) -> list[frozenset[str]]:
    """Each article's headline terms (headlines.py), or none at all where headlines are not weighed."""
    if s.headline_floor >= 1.0:
        return [frozenset()] * len(articles)
    return [headline_terms(a) for a in articles]


def site_names(articles: Sequence[Article], s: Settings) -> list[str]:
    """Each article's site (sites.py), or none at all where sites are not weighed."""
    return [site_of(a) for a in articles] if s.same_site != 1.0 else [""] * len(articles)


class Reweigh:
    """What the batch's sites and headlines say of a compared pair: the share of its similarity it keeps.

    Built once per batch, before the pairs are compared, so that every slice's comparison weighs its own
    pairs (on every core) rather than this process weighing them all afterwards."""

    def __init__(self, sites: Sequence[str], heads: Sequence[frozenset[str]], s: Settings,
                 articles: Sequence[Article] = (), evidence: Sequence[Evidence] = ()) -> None:
        """`sites` and `heads` are each article's, as site_names and headlines_of give them; `articles` and
        their `evidence` (text/evidence.py) are for the pairs whose texts tell one event (told_alike); without
        them the headlines alone decide."""
        self.same_site = s.same_site
        self.sites = telling(sites) if s.same_site != 1.0 else None
        self.headlines = Headlines(heads, s.headline_floor, s.headline_knee) if s.headline_floor < 1.0 else None
        self.told = s.headline_told if evidence else 0.0
        self.site_told = s.site_told if evidence else 0.0
        self.site_next = s.site_next_day if evidence and articles else 0.0
        self.next_within = s.site_next_within
        self.dated = s.headline_dated if evidence else 0.0
        self.moment = s.headline_moment if evidence else 0.0
        self.dated_need = 1 if s.dated_more else 0  # of where and who (_told)
        self.day_gap = s.day_gap
        self.day_parts = bool(s.day_parts)
        self.day_moments = bool(s.day_moments)
        self.streets = bool(s.streets)
        self.articles, self.evidence = articles, evidence
        self.people: dict[int, frozenset[str]] = {}
        self.told_apart = s.told_apart
        self.apart = ToldApart(articles, evidence) if s.told_apart < 1.0 and articles and evidence else None

    def __call__(self, i: int, j: int, sim: float, vectors: Sequence[Vector]) -> float:
        """The pair's similarity with its site's and its headlines' evidence weighed in."""
        sites = self.sites
        if sites is not None and sites[i] is not None and sites[i] == sites[j]:
            sim *= self._site_share(i, j)
        if self.headlines is not None:
            factor = self.headlines.factor(i, j, vectors[i], vectors[j])
            if factor < self.told and self.told_alike(i, j):
                factor = self.told
            elif factor < self.moment and self.timed_alike(i, j):
                factor = self.moment
            elif factor < self.dated and self.dated_alike(i, j):
                factor = self.dated
            sim *= factor
        if self.apart is not None and self.apart(i, j):  # a told-back incident and its teller (told_apart.py)
            sim *= self.told_apart
        return sim

    def _site_share(self, i: int, j: int) -> float:
        """The share of its likeness a pair of one site keeps: all of it (site_told) for the site's follow-up with
        an age in common, site_next_day for its next day's piece that tells back the first piece's day, else same_site."""
        if self.site_told > self.same_site and self.aged_alike(i, j):
            return self.site_told
        if self.site_next > self.same_site and self.next_day_piece(i, j):
            return self.site_next
        return self.same_site

    def next_day_piece(self, i: int, j: int) -> bool:
        """Whether of two pieces published on different days the later tells the earlier's event day, and they agree
        on where or who and clash on nothing (dated_alike): a site's own follow-up (the victim named, the tributes)
        whose first piece gave no age. A site covers an event once a day, not once only. The later piece is published
        at most `Settings.site_next_within` days after that event day: a piece days on that tells the event back ("a
        second drowning in four days", "an armed robbery days after a deadly shooting") is of another event."""
        a, b = self.articles[i].published, self.articles[j].published
        day = self.evidence[i].day
        return (a is not None and b is not None and a != b and day is not None and day == self.evidence[j].day
                and max(a, b).toordinal() - day <= self.next_within and self.dated_alike(i, j))

    def told_alike(self, i: int, j: int) -> bool:
        """Whether the two reports' texts tell one event: they agree on when, where and who, and clash on nothing.

        When: both give the event's day, within `day_gap` of each other (a ferry that sank "late on Wednesday"
        is searched for "on Thursday morning"). Where: the same city, or one report's city named in the other
        (the scene's dateline beside the capital's wire report). Who: an age in common, or a name of two or
        more words that is no country or state (those name who acts in every story of a country). A clash of
        days, ages or scores rules it out, as evidence.compare finds them (it is compare's verdict, asked of the
        few pairs cut here); places cannot clash where one report's city is named in the other.

        Only the pairs the headlines cut are asked (1,000-2,000 on a synthetic 20k day), and only those
        that agree on when and where read names (none on those days), so the names are read here, for the
        few articles concerned, rather than with every article's evidence."""
        return self._told(i, j, 2)

    def timed_alike(self, i: int, j: int) -> bool:
        """Whether the two reports' texts tell one moment to the minute (evidence's moments) and clash on nothing."""
        a, b = self.evidence[i], self.evidence[j]
        if a.moments.isdisjoint(b.moments):
            return False
        return not compare(a, b, day_gap=self.day_gap, day_parts=self.day_parts, moments=self.day_moments,
                           street=self.streets).clash

    def dated_alike(self, i: int, j: int) -> bool:
        """Whether the two reports agree on when, clash on nothing and (`Settings.dated_more`) agree on where or
        who, as told_alike reads them: a next day's piece that names the victim beside the first report that
        named the street, one of them naming no city the gazetteer holds (a district, a motorway)."""
        return self._told(i, j, self.dated_need)

    def _told(self, i: int, j: int, need: int) -> bool:
        """Whether the reports agree on when, clash on nothing, and agree on `need` of where and who (0-2)."""
        a, b = self.evidence[i], self.evidence[j]
        day_a, day_b = a.day, b.day
        if day_a is None or day_b is None or abs(day_a - day_b) > self.day_gap:
            return False
        pa, pb = a.places, b.places
        where = bool((pa.city and (pa.city == pb.city or pa.city in pb.mentioned)) or (pb.city and pb.city in pa.mentioned))
        if need == 2 and not where:
            return False
        verdict = compare(a, b, day_gap=self.day_gap, day_parts=self.day_parts, moments=self.day_moments,
                          street=self.streets)
        if verdict.clash:
            return False
        if need == 0 or need == 1 and where or verdict.same_ages:
            return True
        regions = gazetteer().regions
        return any(name not in regions for name in self._people(i) & self._people(j))

    def aged_alike(self, i: int, j: int) -> bool:
        """told_alike with an age in common: a site's own follow-up of its event (the victim named the next
        day). A name in common is not enough here: one spokesperson speaks for every incident of a city."""
        a, b = self.evidence[i], self.evidence[j]
        return not a.near_ages.isdisjoint(b.ages) and self.told_alike(i, j)  # no ages: near_ages is empty

    def _people(self, i: int) -> frozenset[str]:
        """The article's names of two or more words (text/evidence.py), read once. They are read from the text
        as fetched, boilerplate included (the stripped text is not kept past reading); a site's chrome seldom
        holds a name another site's page shares, and when and where must agree first."""
        if i not in self.people:
            self.people[i] = people_of(self.articles[i].text)
        return self.people[i]
