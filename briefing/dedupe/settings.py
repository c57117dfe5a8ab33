"""The deduplicator's tunable settings, in one frozen record, so that a benchmark can sweep them.

The defaults were chosen by cross-validation over ECB+ topics (train + dev pooled, folds by topic so
that both look-alike events of a topic fall in one fold; `bench/bench_dedupe_quality.py`): the value
kept is the one that holds across folds, not the best of one split. What ECB+ cannot show (sites,
headlines, stories of one or two reports: it holds only events told by many reports) was set on the real
pages' tune half (`bench/bench_dedupe_real.py`) and checked on ECB+. Where a default is not what the ECB+
folds pick (link_threshold, place_clash, pair_threshold, lone_term), its comment says why. docs/dedupe.md has
the figures.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from briefing.dedupe import boilerplate, similarity


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Thresholds of linking, evidence and boilerplate (see each module for what they mean)."""

    # Two groups whose mean similarity reaches this are one event (linkage.average_link). Swept 0.15-0.21 with
    # the clash costs, every ECB+ fold picks 0.18 (held-out B3 F1 0.916 -> 0.930), but it merges look-alikes
    # (look P 0.888 -> 0.883, merge rate 0.110 -> 0.122) and joins a column to a launch story on the real
    # pages (tune pairwise P 0.806 -> 0.714, held-out 0.667 -> 0.571); 0.19 costs ECB+ the same look-alikes.
    link_threshold: float = 0.20
    # A story of at most `small_story` articles joins the bigger story it is most like at this mean
    # similarity: one or two reports are more often an odd write-up of a known story than a new event.
    attach_threshold: float = 0.10
    small_story: int = 2
    # ... and only a story of at least `attach_min_story` articles draws them in. One or two reports are an
    # odd write-up (an analysis, a reaction) of a widely covered story far more often than of a story of
    # three or four, which is an ordinary day's multi-source event; beside such a story a report alike in
    # topic is most often another event (real pages: bench/bench_dedupe_real.py). ECB+ CV is the same for
    # 3, 4 and 5 (its events are told by 10 reports on average) and falls from 7 on; see docs/dedupe.md.
    attach_min_story: int = 5
    # A story of exactly two reports rests on one comparison, which must reach this (linkage.undo_weak_pairs):
    # one pair at the linking threshold is a topic in common (a podcast beside the match it discusses, a deals
    # list beside a sale). 2-report stories without the rule: real tune half (bench/bench_dedupe_real.py)
    # 4 wrong at 0.201-0.243, 3 right at 0.494-0.554; ECB+ CV folds at the default clash costs 2 right at
    # 0.28 and 0.32, none wrong. Every value 0.25-0.45 keeps the 4 wrong ones apart (tune pairwise P 0.714 ->
    # 0.806, R 1.0). ECB+ CV alone picks 0.20 (off): its events are all told by many reports, so it can only
    # lose here. 0.25 is the value that loses least there: at the default clash costs every fold is as
    # before (0.30 cuts fold 2's 0.28 pair); with the clash costs swept (the gate), fold 2 picks age_clash
    # 0.5, under which a right pair weighs 0.214: held-out B3 F1 0.9167 -> 0.9162, held-in 0.9245 both.
    pair_threshold: float = 0.25
    # A pair of articles from one site keeps this share of its similarity (sites.py): a near copy or an
    # update still links, two pieces of one site on one topic do not; 1.0 turns it off.
    same_site: float = 0.3
    # ... but a pair of one site whose texts agree on when and where and share an age, clashing on nothing
    # (reweigh.aged_alike), keeps this share: the site's own follow-up of its event, the victim named the next
    # day. 1.0, not cut at all, is no tuned value. Look-alike corpus C alone (A and B hold no two pages of one
    # site on one incident): one batch pairwise F1 0.963 -> 0.982 at 0.6 and 1.0; it lifts 3 of C's 10
    # one-site pairs of one incident and none of the 357 one-site pairs of two in A, B, C and the follow-ups.
    # With a name in common allowed (told_alike), 1.0 merged look-alikes of one site (B and C daily). At or
    # under same_site off.
    site_told: float = 1.0
    # ... and a pair of one site published on different days whose texts tell one event day, agree on where or
    # who and clash on nothing (reweigh.next_day_piece) keeps this share: the site's next-day piece (the victim
    # named, the tributes) beside its first report, which gave no age. See docs/dedupe.md (grouping rounds 37 and
    # 39). At or under same_site off. Round 37 chose 0.85 over A-G and turned it off when J (held out) merged two
    # drownings: a site's piece four days on told the first back. With the later piece held to site_next_within
    # days of the event day, the CV over A-K (`bench_lookalikes.py --cv site_next_day=0.3,0.5,0.7,0.85,1.0 --by
    # both`) picks 0.7 in 10 folds of 11 (0.7-1.0 tie on every set; fold D picks 0.5, its held-in sets tie).
    site_next_day: float = 0.7
    # ... and only where the later piece is published at most this many days after the event day both tell (the
    # next day's paper, or the day after for a late-night event; docs/dedupe.md, grouping round 39).
    site_next_within: int = 2
    # A pair whose headlines are not found in each other's opening keeps headline_floor of its
    # similarity, all of it once the rarer share found reaches headline_knee (headlines.py); a floor of
    # 1.0 turns it off.
    headline_floor: float = 0.4
    headline_knee: float = 0.3
    # ... but a pair whose texts agree on when, where and who and clash on nothing (reweigh.told_alike) keeps
    # at least this share: two outlets headline one event by different parts of it (the toll, the survivors).
    # 1.0, not cut at all, is no tuned value: no value under it was needed for a right pair, and none keeps a
    # wrong one out (none is lifted). Follow-ups bench day 1 (`bench_followups.py --day1`): 21 -> 19 events for
    # 16 stories, pairwise R 0.688 -> 0.812, P 1.000; 0.7-0.9 give 20 (a ferry pair at 0.264 would fall under
    # pair_threshold), 0.6 21. Real pages' tune half: no pair lifted at any value (pairwise P 0.806); ECB+ has
    # no headlines, so it cannot measure this. At or under headline_floor it is off.
    headline_told: float = 1.0
    # ... and a pair whose texts agree on when and on where or who (not both), clashing on nothing
    # (reweigh.dated_alike), keeps at least this share: an incident's next-day piece (the victim named, the road
    # reopened) headlined apart from the first reports, where one side names no city the gazetteer holds (a
    # district, a motorway) or no age. Chosen by the joint CV (bench_dedupe_joint.py --joint-folds --lever
    # headline_dated=0.4,0.55,0.7,0.85,1.0 --lever dated_more=1,0; ECB+ topic folds and look-alikes A-E as
    # folds, among settings that keep the real pages' tune half): 9 of 10 folds pick 0.85 with dated_more 1,
    # fold D picks 0.7; held out A 0.982 -> 0.992, C 0.980 -> 0.991, D 0.913 -> 0.918 (mean of pairwise F1 all
    # and daily), the ECB+ folds, B and E the same. Higher, or with the day alone (dated_more 0), the real tune
    # half mixes more groups (pairwise F1 0.893 -> 0.877 at 1.0; the day alone 0.877 at 0.85, 0.862 at 1.0).
    # At or under headline_floor it is off.
    headline_dated: float = 0.85
    dated_more: int = 1
    # ... and a pair whose texts tell one moment to the minute (text/evidence.py's moments: "12.15pm on Sunday" in
    # both) and clash on nothing (reweigh.timed_alike) keeps at least this share: the national and the local
    # report of one incident, headlined by different parts of it. At or under headline_floor it is off.
    # See docs/dedupe.md (grouping rounds 48 and 50): all folds of the look-alikes and of the days 1 pick 1.0. On
    # since memory round 20, when memory stopped reading a day a headline tells back of another incident
    # (Matching.told_other), the one check it failed.
    headline_moment: float = 1.0
    # Evidence (text/evidence.py): a pair whose place, day or ages clash keeps this share of its
    # similarity, and multi_clash_factor when two or more of them clash; each kind that agrees adds
    # its agree_* share. Over 5 ECB+ topic folds held-out B3 F1 is flat (within 0.003) for single-clash
    # factors 0.5-1.0 of each kind; the folds pick 1.0 for places, but ECB+ look-alikes differ by year
    # and its events move (a star's rehab in two towns), while a day of local news is full of the same
    # story in other cities, so a place clash keeps 0.75, like the other kinds. Two clashes keeping 0
    # cost 0.001 of held-out B3 F1.
    place_clash: float = 0.75
    day_clash: float = 0.75
    age_clash: float = 0.75
    multi_clash_factor: float = 0.0
    # Streets (text/streets.py): a pair that each leads with a street the other never names clashes on where,
    # within a city (two house fires of one week in one suburb), beside another clash only: alone it is as often
    # a second place of one event (a report that leads with where the getaway car was found); 0 turns it off.
    # Alone at 0.75 (grouping round 53) it cut one pair of followups25's day 1, read once after the round.
    streets: int = 1
    # ... but a day clash between two leads that each tell the day someone was hurt ("died after he was shot
    # Monday night", "two people were hurt in a shooting Tuesday evening": text/dayparts.hurt_at), with no age
    # in common, keeps this share: each dates its own casualty, not a follow-up's news. At day_clash it is off.
    hurt_clash: float = 0.5
    agree_place: float = 0.1
    agree_day: float = 0.1
    agree_ages: float = 0.1
    # A name in common is not counted: look-alike events share their protagonist (the boxer, the
    # actress), and counting it raised ECB+ look-alike merges from 0.112 to 0.127.
    agree_people: float = 0.0
    # A pair whose headlines and openings each give a game score and share none ("beat the Sabres 4-1"
    # beside "over the Penguins 5-4") keeps this share of its similarity (text/evidence.py): two results
    # of one night. ECB+ is the same for 0.5 and 1.0 (off) at every setting swept (its scored look-alikes
    # are kept apart by their words already); the real tune half too at the defaults. It keeps the one
    # wrong real-page pair `lone_term` adds apart, and two games' reports in tests/test_dedupe_scores.py.
    score_clash: float = 0.5
    # A term found in only one article of the batch weighs this share of its IDF (similarity.vectorise):
    # it matches nothing, yet fills the kept terms and the norm. Off (1.0): chosen jointly with
    # link_threshold by 5-fold ECB+ CV (lone 0.5-1.0 x threshold 0.19-0.22), the folds pick lone 0.6 at
    # 0.20 (3 of 5): held-out B3 F1 0.918 against 0.917 off, but look-alike P 0.833 against 0.888 (merge
    # rate 0.185 against 0.110), and the real tune half gets 2 more mixed groups. One setting for all
    # folds, lone 0.6 at 0.21 scores 0.932 (look P 0.885), but no fold's held-in mean picks it.
    lone_term: float = 1.0
    # A number (an age, a toll, a year, a sum, a calibre) weighs this many times a plain word
    # (similarity.vectorise). Reports of one event told in other words still share the event's numbers, and
    # look-alikes of one kind do not. Chosen by 5-fold ECB+ CV with the clash costs (1.5 and 1.8: every fold
    # picks 1.8, held-out B3 F1 0.918 -> 0.929, look-alike P 0.890 -> 0.893, merge rate 0.110 -> 0.109; no fold
    # lower). One value for all folds, 1.7-2.1 hold the gain (0.926-0.930); 1.5-1.6 and 2.25 do not, and above
    # 2.1 the folds disagree. Look-alike corpora A and B, the real tune half and the follow-ups' day 1 are the
    # same at 1.8 (2.0 costs corpus A one incident's reports). docs/dedupe.md has the table.
    number_boost: float = similarity.NUMBER_BOOST
    # Event days further apart than this clash.
    day_gap: int = 1
    # Days a night apart clash when the parts of the days told cannot meet across that night ("Wednesday
    # morning" beside "late Thursday": text/dayparts.py); 0 turns it off.
    day_parts: int = 1
    # Days do not clash where both reports tell one moment to the minute (text/evidence.py's moments: "at about
    # 10:20 p.m. Wednesday" in a charge's report two days on); 0 turns it off. Every fold of the CV over look-alikes
    # A-K picks it (J all 0.887 -> 0.917, H, I and K daily up). Off until round 40: on H a lifted pair joined an
    # incident to a second stabbing that the told-back victim's age tied to it (evidence.TOLD_BACK now reads that
    # age as the other incident's). See docs/dedupe.md (grouping rounds 39 and 40).
    day_moments: int = 1
    # The share of its similarity a pair keeps where one report tells its day late, the other the same day early,
    # and the late one tells another casualty back ("hours after deadly apartment shooting": dedupe/told_apart.py);
    # 1.0 turns it off. See docs/dedupe.md (grouping round 43).
    told_apart: float = 0.5
    # The weight of the words of a passage that tells another casualty back (text/dayparts.told_back: "..., hours
    # after a teenager was knifed nearby") in a report's vector for grouping; 1.0 counts them as any word. With
    # told_wide on, 13 folds of the CV over look-alikes A-N pick 0.5 (0.5 and 0 tie, 1.0 lower held-in); fold N,
    # the set the fault was read on, keeps 1.0. Of A-N only N daily changes (P 0.947 -> 1.000); on lookalikes_o, read
    # held out once after the round, all in one batch 0.911 -> 0.982 (P 0.862 -> 1.000), from told_back's passages
    # alone (told_wide 0 reads the same). See docs/dedupe.md (grouping round 44 and the read-once section after it).
    told_words: float = 0.5
    # Bits (any value over 0 reads 1's passages). 1: those passages also include a sentence that opens on "Hours
    # later," and tells someone new hurt, and a casualty called "unrelated" or "separate"
    # (text/dayparts.told_apart_passages). told_back alone reaches neither of N's 10 June passages, and at any weight
    # changes no score on A-N. Grouping round 52 (dayparts.told_other_passages): 2 "unrelated"/"separate" before an
    # incident of any kind ("in an incident unrelated to the one at St Wilfrid's Hospital"), 4 a tie denied ("no
    # connection with a cluster ... in Leicester"), 8 "<span> after a/an". Over follow-ups 2-19's day 2, 1 -> 7 keeps
    # apart 4 of the 10 events that mixed a follow-up with its look-alike (3 and 5 alone: 0 and 1; 15 the same as 7);
    # look-alikes A-S, the follow-ups' day 1 and ECB+ identical. See docs/dedupe.md (grouping round 52).
    told_wide: int = 7
    # A sentence template in this many articles is boilerplate (dedupe/boilerplate.py).
    boilerplate_docs: int = boilerplate.MIN_DOCS


DEFAULT = Settings()


def settings_from(params: dict[str, object]) -> Settings:
    """Settings from keyword overrides; an unknown name is a TypeError that lists the known ones."""
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(params) - known)
    if unknown:
        raise TypeError(f"unknown dedupe setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return Settings(**params)  # type: ignore[arg-type]
