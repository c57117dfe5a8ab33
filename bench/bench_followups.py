#!/usr/bin/env python3
"""Memory across days on follow-ups told days later: continuing stories marked as updates, look-alikes not.

    python bench/bench_followups.py [--compare NAME=V,...]... [--json] [--data FILE] [--group NAME=VALUE]...
    python bench/bench_followups.py --day1 [--json] [--data FILE]     # day 1's grouping alone
    python bench/bench_followups.py --lookalikes [--compare NAME=V,...]... [--json]
    python bench/bench_followups.py --real-pages [--half tune|heldout] [--compare NAME=V,...]... [--json]
    python bench/bench_followups.py --cv [--grid NAME=V,V]...         # memory.Matching.told_* by CV

Data: bench/gold/followups.jsonl, 16 story groups written for the bench by helpers that saw no code (2026-11-30):
each has two outlets' reports of an event on its day 1, a third outlet's follow-up 2-4 days later (a changed toll,
an arrest, a cause; new words and headline, the old day told back: "Monday's explosion"), and a look-alike (another
event of the same kind, elsewhere, on the follow-up's day). ECB+ (bench/bench_memory.py) has no follow-ups: its
reports of one event all tell the same happening, so this is the case it cannot measure.
bench/gold/followups2.jsonl (--data): 16 more groups written the same way (1-4 days; 6 look-alikes in the
follow-up's state or region, 3 in its city or county), held out until the story's names and the headline rule
had landed, read once (docs/dedupe.md), now spent.
bench/gold/followups3.jsonl (--data): 16 more groups (workplace, transport, storms, takeovers, outbreaks, strikes,
recalls, scandals, fires, a stabbing, a missing hiker, a collapse, a breach, a verdict, a spill, a sacked coach; 8
look-alikes in the same city or region), written while the told-alike rule was developed and read once at the end
of that session: updates 0.375 -> 0.625 (the whole gain from the told-alike rule: --compare told_points=0 gives
0.375), false updates 0.000 -> 0.000, day 1 17 events both; now spent.
bench/gold/followups4.jsonl (--data): 16 more groups (a mine, an emergency landing, a landslide, a profit warning,
an outbreak, a strike, a recall, a resignation, a forest fire, a kidnapping, a lost boat, a stadium crush,
ransomware, an extradition, a gas leak, a cancelled festival; 9 look-alikes in the same region), written while
memory's third round was made and read once at the end of that session: updates 0.438 -> 0.500, false 0.000 ->
0.000, day 1 16 events both; now spent.
bench/gold/followups5.jsonl (--data): 16 more groups (a bus plunge, a building collapse, a river spill, a bank
robbery, a tram collision, a flash flood, water contamination, a factory closure, a drug seizure, a zoo escape, a
blackout, a ship striking a bridge, a school poisoning, a challenged referendum, a hotel fire, a missing hiker; 8
look-alikes in the same city or region), written while memory's fourth round was made and read once at the end of
that session (start ec3ba4b): updates 0.688 -> 0.750 (--compare on_day=0 gives 0.688), false 0.000 -> 0.000, day 1
18 events both; now spent, and read by --cv since memory round 5.
bench/gold/followups6.jsonl (--data): 16 more groups (a crane collapse, a cruise outbreak, a conviction overturned,
a recall, a rail strike, an avalanche, a dam release, a painting recovered, a teacher's assault case, a depot fire,
a ferry grounding, a lightning strike, a baby swap, a mayor's arrest, a telecom leak, a shark attack; 10 look-alikes
in the same city, region or country), written while memory's fifth round was made and read once at its end, on
ec3ba4b, 250258b and the end code: updates 0.500 on all three, false 0.000, day 1 17 events; now spent, and
read by --cv since memory round 6.
bench/gold/followups7.jsonl (--data): 16 more groups (a mine flooding, a pipeline explosion, a fraud trial, a formula
shortage, a port strike, a glacier collapse, a levee breach, a museum fire, a school lockdown, a refinery outage, a
cable car accident, heat deaths, a recount, a governor's resignation, an airport cyber attack, a missing yacht; most
look-alikes in the same state or country), written while memory's sixth round was made and read once at its end:
updates 0.188 (ec3ba4b) -> 0.312 (091c61a) -> 0.500 (--compare apart_names=0 gives 0.312), false 0.000 throughout;
day 1 22 -> 21 events for 16 stories (P 1.000, R 0.625 -> 0.688); now spent.
bench/gold/followups8.jsonl (--data): 16 more groups (a bridge closed for cracks, a vaccine recall, an expenses
scandal, a train collision, a resort wildfire, a bank outage, a prison riot, an algae bloom, a plant fire, a ferry
strike, an ash flight ban, a superbug, a roof collapse, a grain export ban, a satellite failure, a kidnapped aid
worker), written at the session's end and read once on ec3ba4b and on the end code: updates 0.571 -> 0.786 of 14
continuing (2 mixed both), false 0.000 both, day 1 16 events for 16 stories both; now spent.
bench/gold/followups9.jsonl (--data): 16 more groups, half or more national or foreign news (a derailment, a
hospital data breach, bird flu on farms, a minister's resignation, a dam failure, a factory explosion, a fee protest,
a migrant boat capsizing, a national grid failure, a drug recall, an opposition leader's arrest abroad, an eruption
closing airspace, a ride accident, a hostage siege, a surprise rate move, a missing child found; 2019-2026), written
at the start of memory rounds 7-8 and read once at their end, on e6b2f37 and the end code: updates 0.867 of 15
continuing both (1 mixed both; --compare told_figures=3 0.867 too), false 0.000 both, day 1 18 events for 16 stories
both (P 1.000, R 0.875); now spent.
bench/gold/followups10.jsonl (--data): 16 more groups (a bus off a mountain road, a celebrity's death, ransomware at
a council, foot-and-mouth, a coup attempt, a chemical leak, a nurses' strike, an emergency landing, cholera after
floods, a car recall, a journalist detained abroad, a landslide, a flash crash, a prison escape, a lottery jackpot, a
shark attack), written at the start of memory round 9 (day_match) and read once at its end, on bd00c2b and the end
code: updates 0.800 of 15 continuing both (1 mixed both), false 0.000 both, day 1 17 events for 16 stories both
(P 1.000, R 0.938); now spent.
bench/gold/followups11.jsonl (--data): 16 more groups (a ferry capsizing, a minister's resignation, a bank's data
breach, bird flu on farms, an earthquake abroad, a refinery fire, a teachers' strike, two trains colliding, dengue, a
toy recall, an aid worker kidnapped, a canyon flash flood, a currency crash, a zoo escape, a hostage siege, a wildfire
evacuation; about a third of the follow-ups asked to lead with their own news), written at the start of memory
rounds 10-11 and read once at their end, on a5efe8c and the end code: updates 0.688 of 16 continuing both, false
0.000 both, day 1 18 events for 16 stories both (P 1.000, R 0.875); body_names=5 (round 10's CV pick, off) 0.688,
body_names=19,body_min=3 (round 11's second grid, off) 0.750; now spent.
bench/gold/followups12.jsonl (--data): 16 more groups (a bus off a mountain road, an ousted chief executive, a
cyberattack on a hospital chain, salmonella from a restaurant, an eruption abroad, a pipeline leak, a nurses' strike,
a tower crane collapse, cholera, a car recall, a journalist detained abroad, an avalanche, a bank run, a gas explosion
in a block of flats, a prison riot, a tornado; about a third of the follow-ups asked to lead with their own news),
written at the start of memory rounds 12-13 and read once at their end, on a76f60f and the end code (texts read as a
build reads them): updates 0.688 -> 0.750 of 16 continuing (round 13's names' bar), false 0.000 both, day 1 18 events
for 16 stories both (P 1.000, R 0.875); round 12's unguarded bar 0.750, body_names=5 (off) 0.812; now spent.
bench/gold/followups13.jsonl (--data): 16 more groups (a train into a stalled truck, a football manager sacked,
ransomware at a school district, listeria from a dairy, an earthquake abroad, a chemical spill in a river, a doctors'
strike, a bridge collapse, mpox, a food recall, an aid worker kidnapped abroad, a campsite flash flood, a currency
crash, a factory fire, a hostage siege, a hailstorm; about a third of the follow-ups asked to lead with their own
news), written at the start of memory rounds 14-15 and read once at their end, on 6e51268 and the end code (texts
read as a build reads them): updates 0.625 -> 0.688 of 16 continuing (round 14's told-back passage), false 0.000
both, day 1 17 events for 16 stories both (P 1.000, R 0.938); now spent.
bench/gold/followups14.jsonl (--data): 16 more groups (a ferry aground, a university president's resignation, a
hack of a water utility, E. coli from a salad chain, a cyclone abroad, a tanker spill, a bus drivers' strike, a
stadium stand collapse, measles, a baby-formula recall, a tourist abducted abroad, a highway mudslide, a stock
exchange halt, a warehouse fire, a school lockdown standoff, a dust storm; about a third of the follow-ups asked to
lead with their own news), written mid-session and read once at the end of memory round 16, on 8cb839f and the end
code: updates 0.733 of 15 continuing both (1 mixed both), false 0.000 both, day 1 20 events for 16 stories both
(P 1.000, R 0.750); now spent.
bench/gold/followups15.jsonl (--data): 16 more groups (a mine flooding, a bank chief's resignation, ransomware at an
airport, hepatitis A at a restaurant, a volcano abroad, a chemical train derailment, a postal strike, a parking
garage collapse, diphtheria, a pet-food recall, a climber missing abroad, a rockfall on a railway, a crypto exchange
collapse, a recycling-plant fire, a courthouse shooting, a freak wave off a pier; about a third of the follow-ups
asked to lead with their own news), written at the start of the session of 2026-12-01 and read once on its start
(8f99f24) and end code: updates 0.800 of 15 continuing both (1 mixed both), false 0.067 both, day 1 18 events for
16 stories both (P 1.000, R 0.875); now spent.
bench/gold/followups16.jsonl (--data): 16 more groups (a coach overturned on a motorway, a central bank governor's
resignation, a cyberattack on a hospital network, legionnaires' disease from a cooling tower, a flood abroad, a fuel
tanker explosion, a dockworkers' strike, a balcony collapse, whooping cough, a brake recall, a yacht crew missing, a
landslide on homes, a bank collapse, a chemical-warehouse fire, a mall shooting, lightning at a festival), written
mid-session on 2026-12-01 and read once on 34fe8dd and the end code: updates 0.812 of 16 both, false 0.000 both, day
1 22 events for 16 stories both (P 1.000, R 0.625: six stories' day-1 reports left apart, not read yet); now spent.
bench/gold/followups17.jsonl (--data): 16 more groups (a minibus crash on a mountain pass, a finance minister sacked, a
ransomware attack on a city council, salmonella from eggs, a typhoon abroad, a refinery gas explosion, a pilots'
strike, a footbridge collapse, scarlet fever, an e-scooter fire recall, a fishing boat missing, a sinkhole under a
house, a crypto lender's collapse, a tyre-depot fire, a station stabbing, a tornado on a trailer park), written at the
start of the session of 2026-12-01 (its eighth) and read once on bc23edd and the end code: updates 0.875 of 16 both,
false 0.000 both, day 1 16 events for 16 stories both (P 1.000, R 1.000); now spent.
bench/gold/followups18.jsonl (--data): 16 more groups (a tour bus crash abroad, a health minister resigning, ransomware
at a hospital, botulism from canned food, a monsoon flood abroad, a chemical plant explosion, a train drivers' strike,
a car park collapse, diphtheria, a pressure cooker recall, a climber missing, a motorway mudslide, a payments
company's collapse, a port warehouse fire, a mall shooting, a hailstorm), written at the start of the session of
2026-12-01 (its ninth) and read once on 9d6fc01 and the end code: updates 0.786 -> 0.857 of 14 (memory round 21's
told-back paragraph), false 0.000 both, 2 events mixing a follow-up with its look-alike both, day 1 16 events for 16
stories both (P 1.000, R 1.000); now spent.
bench/gold/followups19.jsonl (--data): 16 more groups (a school bus crash, an interior minister resigning, ransomware
at a port operator, listeria from cheese, an earthquake abroad, a fertiliser warehouse explosion, a teachers' strike,
a stadium roof collapse, a school tuberculosis cluster, a space heater recall, a kayaker missing, a rockfall on a
railway, an online bank failing, a recycling plant fire, a festival knife attack, a dust-storm pile-up), written in
the middle of that session and read once on 5fd428b and the end code: updates 0.786 of 14 both, false 0.000 both, 2
mixed both, day 1 17 events for 16 stories both (P 1.000, R 0.938); now spent.
bench/gold/followups20.jsonl and followups21.jsonl (--data): 16 more groups each (a factory explosion, a missing
climber, a bus crash, a corruption arrest, a water main burst, ...; a mine cave-in, a runway skid, a school stabbing,
a landslide, a boat lost at sea, ...; 8 look-alikes of each set in the original's region), written on 2026-12-02
(the first sets of those names were lost unread with a session's scratch space) and read once on 05106a4 and the
end code (2d4b516): followups20 updates 0.938 of 16, false 0.000, day 1 18 events for 16 stories (P 1.000, R
0.875); followups21 updates 0.312 of 16, false 0.062, day 1 22 events for 16 stories (P 1.000, R 0.625); the same
on both codes; now spent.
bench/gold/followups22.jsonl and followups23.jsonl (--data): 16 more groups each (a silo explosion, a lost child, a
coach crash, a judge's arrest, ...; a quarry collapse, a helicopter crash, a nightclub stabbing, a blackout, ...),
written on 2026-12-02 mid-session and read once at its end on 05106a4, 60f2bdb and the end code (243a16e):
followups22 updates 0.562 -> 0.625 -> 0.625 of 16, false 0.000, day 1 19 events for 16 stories (P 1.000, R 0.812)
on all three; followups23 updates 0.667 of 15, false 0.000, 1 mixed, day 1 21 events for 16 stories (P 1.000, R
0.688) on all three; now spent.
bench/gold/followups24.jsonl and followups25.jsonl (--data): 16 more groups each (house fires, road crashes,
shootings, drownings, factory accidents, missing hikers, stabbings, boat capsizes; armed robberies, floods, gas
explosions, bus crashes, dog attacks, building collapses, derailments, school lockdowns), written at the start of the
session of 2026-12-02 (its fourth) and read once on 73e93e8 and 81d51a6 (grouping round 53 and memory round 25):
followups24 updates 0.938 of 16, false 0.000, day 1 18 events for 16 stories (P 1.000, R 0.875) on both;
followups25 updates 1.000, false 0.062 -> 0.125, day 1 17 -> 18 events (R 0.938 -> 0.875): a report that leads
with where the getaway car was found clashed on streets with one that leads with the robbed hotel's road. After the
read a street clash counts only beside another in grouping (docs/dedupe.md), which gives back 0.062 and R 0.938
(in sample); now spent.

As a build does it: day 1 (every group's two reports, each dated as written) is grouped, written up and remembered
on a real SQLite state; day 2 (every follow-up and look-alike) is grouped, written up and read by apply_memory. A
day-2 event holding a follow-up is continuing (update_r: the share marked as an update); one holding only a
look-alike is new (false_update: the share marked). An event holding both is mixed: the grouping's error, counted
apart. Folds: the 16 groups in 4 by their number, for choosing a setting on three and scoring the fourth.

`--day1` scores day 1's grouping instead (no memory): the 32 day-1 reports grouped as a build groups a day,
against the 16 groups, by pairwise precision, recall and F1 and the number of events (16 is right). Two outlets'
own headlines for one event often share no word, so this is where the headline evidence is seen to cut.

`--lookalikes` reads the look-alike corpora (bench/gold/lookalikes_a.jsonl to _j, or the one --data names: 20 local
incidents each, 2-4 outlets, over six days, in the same cities and of the same kinds; see bench_lookalikes.py) as
daily builds: each published day's articles grouped and written up alone, matched against the days before it and
remembered, in date order. Every event of a later day is new to memory (its articles are), so what a day remembers
does not depend on the setting. An event of a later day whose incident an earlier day carried is continuing
(update_r: matched with a record of that incident); one whose incident is new is new (false_update: matched at
all); `wrong` counts continuing events matched only with other incidents. Folds: incidents by number, as above.
Unlike ECB+ (bench_memory.py), whose articles carry the bench's dates, these sets date each article as written, so
rules on agreeing days are judged here.

`--real-pages` reads bench_dedupe_real.py's real pages of one half (../shared/data/article-extraction, events by
bench/gold/events_real.json) the same way, by each page's own publication date (mostly 18-20 Nov 2019, the rest
older): real news of every topic, where nearly every event of a later day is new and must not be marked. Not in
the CV; the held-out half is read for reports only.

`--cv` chooses memory.Matching's told-alike rule (told_points, told_clashes, told_day, told_kinds) by CV over the
follow-up sets 1-9 and the look-alike corpora A-J (all spent; 7 and H joined in memory round 9, 8 and I in round
10, 9 and J in round 12), printing per
fold the held-in and held-out scores of the setting the other folds choose, and every setting's pooled and
per-fold scores. `--grid NAME=V,V`
(repeated) sweeps those fields instead, the rest at the defaults (told_back, told_lead, told_words, strong_names:
what a follow-up tells back beyond its lead, writeup/told_back.py, told_week among them; on_day, on_day_score: the
one event of the day, continuing.on_the_day; apart_names, apart_days: a follow-up dated apart,
continuing.named_apart; told_figures, figure_points, figure_min, figure_aside: the values both days' figures give,
told_figures.py and aside.py; day_match: the day's bar, memory.words_match; body_names: names told anywhere,
body_names.py; later_*, name_*: round 12's, told_later.py); the rule off is scored as the bound either way.
Follow-ups 10 and 11 are spent too but stay out of the CV's pool: memory round 12 (docs/dedupe.md) kept them as its
held-out check, as rounds 9-10 kept 8-10. Round 7's `--cv --grid
told_figures=0,1,2,3 --grid figure_min=0,10,100`: two folds choose a setting and take a false update held out
(0.836 / 0.033 pooled against the defaults' 0.836 / 0.024), so told_figures stays off; `--compare told_figures=3`
gives 0.812, 0.875, 0.625 on follow-ups 4, 5, 6 (0.688, 0.750, 0.562 off), 0.625 on 7 (0.500) and one false update
on 3. Round 8 guards it (figure_aside, writeup/aside.py: a value today's report gives only in a sentence told
aside, naming none of its lead's names or telling another time, is no mark): h3-16's false update goes; the same CV
holds out 0.846 / 0.028 (defaults 0.836 / 0.024), every fold choosing the rule, but the fold holding E's
look-alike takes its small amounts' false update (0.037 -> 0.056), so told_figures stays off; `--compare
told_figures=3` now 0.812, 0.875, 0.625 on 4-6, 0.562 on 7 (a plan's Tuesday set aside), no false update on 1-8.
Round 9, the day's bar (Matching.day_match: two events whose leads share a day, with no clash, are one story on an
overlap of 0.11 instead of 0.30; docs/dedupe.md, "Memory across days, round 9"): `--cv --grid
day_match=0,0.08,0.1,0.11,...,0.2` over follow-ups 1-7 and look-alikes A-H, 3 of 4 folds choose 0.11 (the fourth
0.1, taking follow-ups 4's look-alike at 0.103 held out); held out, pooled, 0.858 / 0.028 against 0.824 / 0.024 at
0. Follow-ups 1-7 0.875 -> 0.938 (2), 0.750 -> 0.812 (5), 0.562 -> 0.625 (6), 0.500 -> 0.625 (7), the rest as
before; read at the end, 8 0.786 -> 0.857, 9 0.867 both; no false update on any set; `--lookalikes` B 0.769 ->
0.846, C 0.938 -> 1.000, false updates unchanged. `--compare day_match=0` gives the start.
Round 10, names told anywhere (Matching.body_names, writeup/body_names.py: 1 one-word names anywhere in today's
texts, 2 the places either day names, 3 both, +4 one-word names only from sentences of the report's own story;
each rare among the day's events counts as a rare name in the told-alike and named-apart rules;
bench/read_followups.py prints what each missed follow-up and each look-alike shares with day 1): `--cv --grid
body_names=0,1,2,3,5,7` over follow-ups 1-8 and look-alikes A-I, 3 of 4 folds choose 5 (no false update added in
any fold in sample), the fourth 1, taking look-alikes C's two Highway 2 crashes held out; held out, pooled, 0.871 /
0.029 against 0.860 / 0.025 at 0. Follow-ups 6 0.625 -> 0.750, 8 0.857 -> 0.929, the rest as before; read at the
end, 9 and 10 unchanged (0.867, 0.800); `--lookalikes` and `--real-pages` unchanged. Kept off (0, the start): no gain
on 9-10, and bench_memory.py's dated ECB+ false updates 0.146 -> 0.171 at 5; `--compare body_names=5` scores
it; 3 (unguarded, with places) reaches 0.898 in sample but marks look-alikes on C, E, I and set 4.
Round 11 (docs/dedupe.md, "memory round 11"), the reach of 3 without its false updates: body_names +8 (AREA: a
name's rarity read over every remembered event and its cities, not once per edition), +16 (OFFICIALS: no title
abbreviation, titled name or road name, body_names.officials), and Matching.body_min (the names told anywhere count
only when the two events share that many). `--cv --grid body_names=0,1,3,5,7,9,11,17,19,25,27,29,31 --grid
body_min=1,2`: no fold picks a new setting but one (7, 2), held out, pooled, 0.871 / 0.036 against 0.860 / 0.025: a
no. A second grid with body_min=3 (`--grid body_names=0,5,19,23,27,31 --grid body_min=1,2,3`, set after reading the
first) has 3 of 4 folds choose 19 / 3 (held out 0.883 / 0.029), but it adds a false update on `--real-pages` (tune
half 2 -> 3: Afghan, Kabul, Taliban) and bench_memory.py's dated ECB+ false 0.146 -> 0.159: kept off.
Round 12 (docs/dedupe.md, "memory round 12"; writeup/told_later.py; bench/survey_told_later.py prints what each
rule adds and its reach): the pool is now follow-ups 1-9 and look-alikes A-J (9 and J spent; 10 and 11 stay out of
every choice, quoted beside the folds), and when no setting reaches the rule off's false updates (J: the rule off
drops a wrong match the defaults make) the bound is the defaults'. A follow-up's own later day with day 1's day told
back (`--cv --grid later_names=0,1,2 --grid later_aside=0,1 --grid later_score=-1,0.05,0.1`): 3 of 4 folds keep it
off, held out 0.858 / 0.032 against the defaults' 0.854 / 0.029. The names' bar for pairs one side of which gives no
day (`--cv --grid name_match=0,0.05,0.08,0.1,0.12,0.15 --grid name_min=1,2`): 3 of 4 folds choose 0.08 / 1 name
(held out 0.868 / 0.032; in sample 0.868 / 0.029, no fold's false updates rise; follow-ups 2 0.938 -> 1.000, 7
0.625 -> 0.688, held out 10 0.800 -> 0.867 and 11 0.688 -> 0.812), but bench_memory.py's undated ECB+ false updates
0.024 -> 0.146 and the real pages' 2 -> 5: both kept off; `--compare name_match=0.08` scores it.
Memory round 13: guarded (a shared name in today's headline or lead, two names, one side dated; `--cv --grid
name_match=0,0.05,0.08,0.1,0.12 --grid name_min=2 --grid name_lead=1 --grid name_dated=1`: all 4 folds choose 0.05,
held out 0.864 / 0.026 against 0.857 / 0.026), ECB+ and the real pages as before: on (docs/dedupe.md).
Memory round 14 (docs/dedupe.md, "memory round 14"): the pool is follow-ups 1-12 (all spent; 10-12 no longer held
apart) and look-alikes A-K; the told-back passage (told_later.later_passage, passage_names; bench/survey_passage.py
prints its reach): `--cv --grid later_passage=0,0.1,0.15,0.2,0.25 --grid passage_names=0,1,2`.
Memory round 22 (docs/dedupe.md): a follow-up that leads with its own news in another city (Matching.moved_names,
moved_told): `--cv --grid moved_names=0,1,2,3,4,5 --grid moved_told=1` over follow-ups 1-19 and look-alikes A-S.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_memory  # noqa: E402
import dedupe_common  # noqa: E402
from bench_lookalikes import article as incident_article  # noqa: E402
from bench_memory import edition, events_of, outcomes_on, parse_setting, rates, remember  # noqa: E402
from dedupe_common import as_read, load_jsonl, pairwise  # noqa: E402

from briefing.dedupe import group_stories  # noqa: E402
from briefing.dedupe.settings import DEFAULT as DEDUPE_DEFAULT  # noqa: E402
from briefing.models import Article, Event  # noqa: E402
from briefing.state import State  # noqa: E402
from briefing.writeup.memory import MATCHING, Matching, match_events, remember_edition  # noqa: E402

DATA = Path(__file__).resolve().parent / "gold/followups.jsonl"
FOLLOWUPS = (DATA, *(DATA.parent / f"followups{n}.jsonl" for n in range(2, 28)))
LOOKALIKES = tuple(DATA.parent / f"lookalikes_{tag}.jsonl" for tag in (*"abcdefghijklmnopqrstuwxyz", "aa", "ab"))
DAY1, DAY2 = dt.date(2026, 5, 11), dt.date(2026, 5, 14)
FOLDS = 4


def load(path: Path = DATA) -> list[dict]:
    return load_jsonl(path)


def article(row: dict) -> Article:
    aid = f"{row['group']}-{row['role']}"
    return Article(id=aid, title=row["title"], text=as_read(row["text"]), outlet=row["outlet"],
                   published=dt.date.fromisoformat(row["published"]), origin="jsonl")


def prepare(rows: list[dict], folder: Path) -> tuple[Path, list[Event]]:
    """Day 1 grouped, written up and remembered in a state file; day 2 grouped and written up. Both once:
    only day 2's matching (apply_memory) changes with the setting."""
    path = folder / "state.sqlite"
    remember(path, DAY1, events_of([article(r) for r in rows if r["role"] in ("day1a", "day1b")]))
    return path, events_of([article(r) for r in rows if r["role"] in ("followup", "lookalike")])


def run(path: Path, events: list[Event], matching: Matching) -> list[Counter]:
    """Counts of continuing / updated, new / wrongly updated, mixed: all groups, then each fold of groups."""
    outcome = outcomes_on(path, DAY2, events, matching)
    per = [Counter() for _ in range(FOLDS + 1)]
    for event in events:
        roles = {a.id.rsplit("-", 1)[1] for a in event.sources}
        group = event.sources[0].id.rsplit("-", 1)[0]
        kind = "mixed" if roles == {"followup", "lookalike"} else "cont" if "followup" in roles else "new"
        for c in (per[0], per[1 + int(group.split("-")[-1]) % FOLDS]):
            c[kind] += 1
            c[kind + "_update"] += outcome[event.id] == "update"
            c[kind + "_left"] += outcome[event.id] == "left out"
    return per


def day1(rows: list[dict]) -> dict[str, float]:
    """Day 1's 32 reports grouped as a build groups them (group_stories), scored against their 16 groups."""
    rows = [r for r in rows if r["role"] in ("day1a", "day1b")]
    stories = group_stories([article(r) for r in rows], **bench_memory.GROUP)
    story_of = {a.id: n for n, story in enumerate(stories) for a in story.articles}
    p, r, f1 = pairwise([story_of[article(row).id] for row in rows], [row["group"] for row in rows])
    return {"day1_events": len(stories), "day1_pw_p": round(p, 4), "day1_pw_r": round(r, 4), "day1_pw_f1": round(f1, 4)}


@dataclass(frozen=True, kw_only=True)
class Days:
    """A corpus of incidents as daily builds: its state file and the days after the first with their events."""

    incident: dict[str, str]  # article id -> its incident (event label)
    fold: dict[str, int]  # incident -> fold
    first: dict[str, dt.date]  # incident -> the first day an article of it was published
    path: Path
    days: list[tuple[dt.date, list[Event]]]


def incident_days(rows: list[dict], folder: Path) -> Days:
    """A look-alike corpus (JSON lines) as daily builds; its incidents in folds by their number."""
    return daily_builds([incident_article(r) for r in rows], {r["id"]: r["cluster"] for r in rows},
                        {r["cluster"]: int(r["cluster"].split("-")[-1]) % FOLDS for r in rows}, folder)


def daily_builds(articles: list[Article], incident: dict[str, str], fold: dict[str, int], folder: Path) -> Days:
    """Each published day's articles grouped, written up and remembered alone on one state, in date order.
    Every event of a later day is new to memory (its articles are), so what a day remembers does not depend on
    the setting: only run_days' matching does."""
    path = folder / "days.sqlite"
    days = sorted({a.published for a in articles if a.published})
    first: dict[str, dt.date] = {}
    for a in articles:
        own = incident[a.id]
        if a.published and (own not in first or a.published < first[own]):
            first[own] = a.published
    out = []
    with State(path) as state:
        for n, day in enumerate(days):
            events = events_of([a for a in articles if a.published == day])
            if n:
                out.append((day, events))
            remember_edition(state, edition(day, events))
    return Days(incident=incident, fold=fold, first=first, path=path, days=out)


def run_days(corpus: Days, matching: Matching) -> list[Counter]:
    """Each later day's events against the days before it: an event whose incident an earlier day carried is
    continuing (cont_update: matched with a record of that incident); one whose incident is new is new
    (new_update: matched at all); `wrong`: a continuing event matched only with other incidents' records.
    All incidents, then each fold."""
    per = [Counter() for _ in range(FOLDS + 1)]
    with State(corpus.path) as state:
        for date, events in corpus.days:
            for event, matches in zip(events, match_events(events, state=state, edition=date, matching=matching),
                                      strict=True):
                own = Counter(corpus.incident[a.id] for a in event.sources).most_common(1)[0][0]
                matched = {corpus.incident[i] for m in matches for i in m.source_ids if i in corpus.incident}
                kind = "cont" if corpus.first[own] < date else "new"
                for c in (per[0], per[1 + corpus.fold[own]]):
                    c[kind] += 1
                    c[kind + "_update"] += own in matched if kind == "cont" else bool(matches)
                    c["wrong"] += kind == "cont" and bool(matches) and own not in matched
    return per


def line(name: str, c: Counter) -> str:
    recall, false, _ = rates(c)
    return (f"{name:44} cont {c['cont']:3}  upd R {recall:.3f}  new {c['new']:3}  false {false:.3f}  "
            f"mixed {c['mixed']}  left {c['cont_left']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=V,NAME=V")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--data", type=Path, default=None,
                        help=f"story groups in the same form (default: {DATA}); with --lookalikes, one corpus "
                             "of incidents instead of all nine")
    parser.add_argument("--day1", action="store_true", help="score day 1's grouping alone (no memory)")
    parser.add_argument("--lookalikes", action="store_true",
                        help="the look-alike incidents as daily builds (bench/gold/lookalikes_*.jsonl)")
    parser.add_argument("--real-pages", action="store_true",
                        help="bench_dedupe_real.py's pages as daily builds (../shared/data/article-extraction)")
    parser.add_argument("--half", choices=("tune", "heldout"), default="tune", help="--real-pages: which half")
    parser.add_argument("--cv", action="store_true", help="choose memory.Matching.told_* by CV over the real-dated sets")
    parser.add_argument("--grid", action="append", default=[], metavar="NAME=V,V",
                        help="--cv: sweep only these fields (the rest at the defaults) instead of CV_GRID")
    parser.add_argument("--raw", action="store_true",
                        help="read texts as written, not through collect's cleaner as a build reads them")
    parser.add_argument("--group", action="append", default=[], metavar="NAME=VALUE",
                        help="a grouping setting (briefing/dedupe/settings.py) for both days, e.g. told_wide=1")
    parser.add_argument("--add", type=Path, action="append", default=[],
                        help="--cv: another look-alike corpus in the pool (a dev set, memory round 23)")
    args = parser.parse_args()
    dedupe_common.RAW = args.raw
    bench_memory.GROUP.update(group_setting(spec) for spec in args.group)
    global LOOKALIKES
    LOOKALIKES = (*LOOKALIKES, *args.add)
    if args.lookalikes:
        lookalikes(args)
        return
    if args.cv:
        cross_validate(grid_of(args.grid) if args.grid else CV_GRID)
        return
    if args.real_pages:
        real_pages(args)
        return
    rows = load(args.data or DATA)
    if args.day1:
        scores = day1(rows)
        print(f"day 1 grouping: {scores['day1_events']} events for {len({r['group'] for r in rows})} stories  "
              f"pairwise p {scores['day1_pw_p']:.3f} r {scores['day1_pw_r']:.3f} f1 {scores['day1_pw_f1']:.3f}")
        if args.json:
            print(json.dumps(scores))
        return
    settings = [("defaults", MATCHING)] + [(text, parse_setting(text)) for text in args.compare]
    with tempfile.TemporaryDirectory() as folder:
        path, events = prepare(rows, Path(folder))
        for name, matching in settings:
            c, *folds = run(path, events, matching)
            print(line(name, c))
            for k, fold in enumerate(folds):
                print(line(f"  fold {k}", fold))
            if args.json and name == "defaults":
                recall, false, _ = rates(c)
                last = {"followups.update_r": round(recall, 4), "followups.false_update": round(false, 4),
                        "followups.mixed": c["mixed"]}
    if args.json:
        print(json.dumps(last))


# The told-alike rule (memory.Matching.told_*) swept by --cv; today's defaults first, so a tie keeps them.
CV_GRID = {"told_points": [0, 2, 3, 4], "told_clashes": [0, 1], "told_day": [False, True], "told_kinds": [0, 2]}
# What a follow-up tells back (told_back.py), swept on today's rule: `--cv --grid told_back=0,1,2 ...` as
# docs/dedupe.md gives it (none is on: held out, no setting of them adds an update).


def group_setting(spec: str) -> tuple[str, object]:
    """'told_wide=1' as a grouping setting's name and value, typed as its default."""
    name, value = spec.split("=", 1)
    default = getattr(DEDUPE_DEFAULT, name)
    return name, type(default)(float(value) if isinstance(default, float) else int(value))


def grid_of(specs: list[str]) -> dict[str, list]:
    """'told_back=0,1,2' ... as a grid: each field's values, read as parse_setting reads one."""
    grid: dict[str, list] = {}
    for spec in specs:
        name, values = spec.split("=", 1)
        grid[name] = [getattr(parse_setting(f"{name}={v}"), name) for v in values.split(",")]
    return grid


def fold_counts(settings: list[Matching]) -> list[list[Counter]]:
    """Each setting's outcomes per fold, summed over the real-dated sets (the follow-up sets FOLLOWUPS as run does
    them, the look-alike corpora LOOKALIKES as daily builds)."""
    per = [[Counter() for _ in range(FOLDS)] for _ in settings]
    with tempfile.TemporaryDirectory() as folder:
        for n, data in enumerate(FOLLOWUPS):
            (Path(folder) / str(n)).mkdir()
            path, events = prepare(load(data), Path(folder) / str(n))
            for s, matching in enumerate(settings):
                for f, c in enumerate(run(path, events, matching)[1:]):
                    per[s][f] += c
        for data in LOOKALIKES:
            (Path(folder) / data.stem).mkdir()
            corpus = incident_days(load(data), Path(folder) / data.stem)
            for s, matching in enumerate(settings):
                for f, c in enumerate(run_days(corpus, matching)[1:]):
                    per[s][f] += c
    return per


def cross_validate(grid: dict[str, list]) -> None:
    """Every setting of `grid` (CV_GRID or --grid) on the real-dated sets (fold_counts), their groups and
    incidents in FOLDS folds by number; per fold, the setting chosen on the other folds: most updates among
    settings with no more false updates than the defaults nor the rule off (a match with another incident counts
    as false: the issue asks that a new story of the same kind is not marked); ties: fewer false, grid order."""
    names = list(grid)
    settings = [replace(MATCHING, **dict(zip(names, v, strict=True))) for v in itertools.product(*grid.values())]
    settings = [MATCHING] + [s for s in settings if s != MATCHING]
    off_rule = replace(MATCHING, told_points=0, told_kinds=0)  # the rule off: the bound on false
    chosen_from = len(settings)  # the rule off is scored as the bound, and chosen only when in the grid
    settings += [] if off_rule in settings else [off_rule]
    per = fold_counts(settings)

    def score(c: Counter) -> tuple[float, float]:
        return c["cont_update"] / (c["cont"] or 1), (c["new_update"] + c["wrong"]) / (c["new"] or 1)

    def show(m: Matching) -> str:
        return " ".join(f"{k}={getattr(m, k)}" for k in names)

    off = settings.index(off_rule)
    print(f"CV over {FOLDS} folds of the real-dated sets, {len(settings)} settings; held in -> held out (upd R / false)")
    out_total = Counter()
    for f in range(FOLDS):
        held_in = [score(sum((c for g, c in enumerate(p) if g != f), Counter())) for p in per]
        bound = min(held_in[0][1], held_in[off][1])  # no more false than the defaults, nor the rule off
        ok = [i for i, (_, false) in enumerate(held_in[:chosen_from]) if false <= bound]
        if not ok:  # the rule off adds none of a false update the defaults make (followups9, J): the defaults bound
            ok = [i for i, (_, false) in enumerate(held_in[:chosen_from]) if false <= held_in[0][1]]
        best = max(ok, key=lambda i: (held_in[i][0], -held_in[i][1], -i))
        out_total += per[best][f]
        print("  fold {}: {:.3f} / {:.3f} -> {:.3f} / {:.3f}  (rule off {:.3f} / {:.3f} -> {:.3f} / {:.3f})  picked {}".format(
            f, *held_in[best], *score(per[best][f]), *held_in[off], *score(per[off][f]), show(settings[best])))
    print("  held out, pooled over folds: {:.3f} / {:.3f} (rule off {:.3f} / {:.3f}, defaults {:.3f} / {:.3f})".format(
        *score(out_total), *score(sum(per[off], Counter())), *score(sum(per[0], Counter()))))
    for s, matching in enumerate(settings):
        total = sum(per[s], Counter())
        folds = " ".join("{:.3f}/{:.3f}".format(*score(c)) for c in per[s])
        print("  {:52} pooled {:.3f} / {:.3f}   per fold {}".format(show(matching), *score(total), folds))


def lookalikes(args: argparse.Namespace) -> None:
    """--lookalikes: each corpus alone, its days in order; the defaults and each --compare setting."""
    settings = [("defaults", MATCHING)] + [(text, parse_setting(text)) for text in args.compare]
    scores: dict[str, float] = {}
    for data in [args.data] if args.data else LOOKALIKES:
        rows = load(data)
        with tempfile.TemporaryDirectory() as folder:
            corpus = incident_days(rows, Path(folder))
            for name, matching in settings:
                c, *folds = run_days(corpus, matching)
                print(line(f"{data.stem}: {name}", c) + f"  wrong {c['wrong']}")
                for k, fold in enumerate(folds):
                    print(line(f"  fold {k}", fold) + f"  wrong {fold['wrong']}")
                if name == "defaults":
                    recall, false, _ = rates(c)
                    tag = data.stem.removeprefix("lookalikes_")
                    scores |= {f"lookalikes.{tag}.update_r": round(recall, 4),
                               f"lookalikes.{tag}.false_update": round(false, 4), f"lookalikes.{tag}.wrong": c["wrong"]}
    if args.json:
        print(json.dumps(scores, sort_keys=True))


def real_pages(args: argparse.Namespace) -> None:
    """--real-pages: bench_dedupe_real.py's pages of one half as daily builds, by their own publication dates."""
    from bench_dedupe_real import GOLD, PAGES, load_articles

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    articles = [a for a in load_articles(PAGES) if gold["split"].get(a.id) == args.half]
    labels = sorted({gold["pages"][a.id] for a in articles})
    with tempfile.TemporaryDirectory() as folder:
        corpus = daily_builds(articles, {a.id: gold["pages"][a.id] for a in articles},
                              {label: n % FOLDS for n, label in enumerate(labels)}, Path(folder))
        print(f"real pages, {args.half} half: {len(articles)} pages, {len(labels)} events, "
              f"{len(corpus.days) + 1} days")
        for name, matching in [("defaults", MATCHING)] + [(text, parse_setting(text)) for text in args.compare]:
            c = run_days(corpus, matching)[0]
            print(line(f"real pages: {name}", c) + f"  wrong {c['wrong']}  (false updates {c['new_update']})")
            if name == "defaults":
                scores = {f"real.{args.half}.update_r": round(rates(c)[0], 4),
                          f"real.{args.half}.false_updates": c["new_update"], f"real.{args.half}.wrong": c["wrong"]}
    if args.json:
        print(json.dumps(scores, sort_keys=True))


if __name__ == "__main__":
    main()
