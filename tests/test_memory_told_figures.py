"""A foreign follow-up told in new words, joined to its first day by the figures both give (told_figures.py),
through two builds on a real SQLite state file."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.models import Article, Claim, Event, Figure, SummarySentence
from briefing.writeup.aside import BOTH, SUBJECT, TIME, aside, names_in
from briefing.writeup.continuing import MATCHING
from briefing.writeup.memory import apply_memory, remember_edition
from briefing.writeup.told_figures import ALL, OFF, marks, shared
from tests.helpers import morning_edition

FRIDAY, MONDAY = dt.date(2025, 6, 13), dt.date(2025, 6, 16)
# Day 1: the wire's arrest story. Day 2: another outlet's court story, three days on, in other words; it names
# the fugitive and restates the sum and the day of the arrest, as a wire story from abroad does.
ARREST = Article(id="wire-1", outlet="Wire", published=FRIDAY, url="https://wire.example/prado-detained",
                 title="Brazilian fugitive detained in Portugal over hospital contracts",
                 text="Portuguese police detained the Brazilian businessman Renato Vasconcelos Prado in Cascais "
                      "on Friday. Brazilian prosecutors accuse him of diverting $8 million from hospital "
                      "contracts in Goiás.")
COURT = Article(id="daily-2", outlet="Daily", published=MONDAY, url="https://daily.example/prado-custody",
                title="Judge keeps Prado in custody after he refuses extradition",
                text="A judge ordered on Monday that Renato Vasconcelos Prado stay in custody while the extradition "
                     "request is heard. The defence argued the $8 million claim was inflated and that he "
                     "was detained on June 13 without a warrant.")


def _figures(*values: tuple[str, float, str]) -> tuple[Figure, ...]:
    return tuple(Figure(label=label, status="agreed",
                        claims=(Claim(value=value, unit=unit, display=f"{value:g} {unit}", source_ids=("x",)),))
                 for label, value, unit in values)


def _event(eid: str, article: Article, figures: tuple[Figure, ...]) -> Event:
    return Event(id=eid, headline=article.title, sources=(article,), figures=figures,
                 summary=(SummarySentence(text=article.text, source_ids=(article.id,)),))



SUM_AND_DAY = (("sum diverted", 8_000_000, "USD"), ("date detained", 20250613, "date"))


def test_a_follow_up_that_restates_the_first_days_figures_is_an_update(state) -> None:
    remember_edition(state, morning_edition(FRIDAY, _event("d1", ARREST, _figures(*SUM_AND_DAY))))
    today = _event("d2", COURT, _figures(*SUM_AND_DAY, ("people in custody", 1, "people")))
    matching = replace(MATCHING, told_figures=ALL)
    (out,) = apply_memory([today], state=state, edition=MONDAY, matching=matching)
    assert out.update is not None and out.update.startswith("Update: 1 new source")
    (plain,) = apply_memory([today], state=state, edition=MONDAY, matching=replace(matching, told_figures=OFF))
    assert plain.update is None  # one name and the day apart: no other rule joins them


def test_a_value_another_story_gives_too_counts_for_nothing(state) -> None:
    other = Article(id="wire-3", outlet="Wire", published=FRIDAY, url="https://wire.example/port-fraud",
                    title="Port officials charged over customs fraud", text="Prosecutors in Santos charged four "
                    "officials on Friday over a $8 million customs fraud.")
    remember_edition(state, morning_edition(FRIDAY, _event("d1", ARREST, _figures(*SUM_AND_DAY)),
                                     _event("d3", other, _figures(*SUM_AND_DAY))))
    today = _event("d2", COURT, _figures(*SUM_AND_DAY))
    (out,) = apply_memory([today], state=state, edition=MONDAY, matching=replace(MATCHING, told_figures=ALL))
    assert out.update is None  # the sum and the day are two stories' values, so neither tells which one continues


def test_the_day_both_already_agree_on_counts_once() -> None:
    friday = marks([(20250613.0, "date", None), (7.8, "t", None)], ALL)
    assert friday == {f"#{FRIDAY.toordinal()} date", "#7.8 t"}
    assert shared(friday, friday, frozenset({FRIDAY.toordinal()}), 0) == {"#7.8 t"}
    assert len(shared(friday, friday, frozenset(), 1)) == 1  # at most one, the same either way round


def test_ages_and_small_counts_are_not_marks() -> None:
    values = [(24.0, "years old", None), (2.0, "shootings", None), (48_000_000.0, "USD", None)]
    assert marks(values, ALL, 10) == {"#48000000 USD"}  # the ages kind reads ages; two shootings tell no story
    assert marks(values, ALL) == {"#2 shootings", "#48000000 USD"}


# Another fugitive's arrest three days on, whose report tells the first one back, with its sum and day, in a
# sentence about him: another subject than the one its headline and first sentence name.
LOOKALIKE = Article(id="paper-4", outlet="Paper", published=MONDAY, url="https://paper.example/ortega-held",
                    title="Colombian banker held in Porto on fraud warrant",
                    text="Portuguese police detained the Colombian banker Luis Ortega Rivas in Porto on Monday. He is "
                         "wanted in Bogotá over a pension fund fraud. Police in Cascais detained a Brazilian "
                         "businessman accused of diverting $8 million from hospital contracts on June 13.")


def test_a_look_alike_that_tells_the_first_story_back_aside_is_news(state) -> None:
    remember_edition(state, morning_edition(FRIDAY, _event("d1", ARREST, _figures(*SUM_AND_DAY))))
    today = _event("d4", LOOKALIKE, _figures(*SUM_AND_DAY, ("date detained", 20250616, "date")))
    # The day's bar off (day_match): this lead is short enough that the other story's day is its day, and two
    # events' words weigh alike when there are only two (0.13); the figures' guard is what is asked here.
    matching = replace(MATCHING, told_figures=ALL, day_match=0.0)
    (out,) = apply_memory([today], state=state, edition=MONDAY, matching=matching)
    assert out.update is None  # the sum and the day are told only of the other man
    (unguarded,) = apply_memory([today], state=state, edition=MONDAY, matching=replace(matching, figure_aside=OFF))
    assert unguarded.update is not None  # without the guard, the other man's figures join the two


def test_a_sentence_about_another_event_is_told_aside() -> None:
    lead = names_in("Sportivo Las Acacias part company with coach Fabián Quiroga after winless run")
    across = "Across town, Carranza Central sacked Hernán Ledesma on Sunday after a derby defeat."
    assert aside(across, lead, BOTH) and aside(across, lead, SUBJECT) and not aside(across, lead, TIME)
    assert not aside("Quiroga, a former defender, said on Sunday he accepted the decision.", lead, BOTH)
    assert not aside("The seizure, of 7.8 tonnes, is one of the largest in the port's history.", lead, BOTH)
    week = "It came a week after the explosion at a refinery that killed four workers."
    assert aside(week, lead, TIME) and not aside(week, lead, SUBJECT)
