"""Memory across days reads streets as the grouping does (text/streets.py, docs/dedupe.md memory round 25): a house
fire two days on, on another street of the same suburb, is news, not the first fire's update; a follow-up that
names the first fire's street continues it; and an edition remembered before streets were read still loads."""

from __future__ import annotations

import datetime as dt
import json

from briefing.text.event_evidence import compare_events, event_evidence
from briefing.writeup.memory import match_events, remember_edition
from tests.helpers import morning_edition, one_report_event

FRIDAY = dt.date(2026, 2, 20)
SATURDAY = dt.date(2026, 2, 21)
SUNDAY = dt.date(2026, 2, 22)

FIRST = one_report_event(
    "ledger", "Woman, 71, dies in rowhouse fire on East Biddle Street",
    "A woman died Friday morning after fire tore through a two-story rowhouse on East Biddle Street in East "
    "Baltimore, fire officials said. Crews arrived to heavy smoke and flames on the second floor and carried the "
    "woman out, but she was pronounced dead at a hospital. Fire department spokeswoman Renee Carter said no "
    "working smoke alarm was found in the home. The cause is under investigation.", FRIDAY)
SECOND = one_report_event(
    "channel", "Man dies in rowhouse fire on East Preston Street",
    "A man died Sunday morning after fire tore through a two-story rowhouse on East Preston Street in East "
    "Baltimore, fire officials said. Crews arrived to heavy smoke and carried the man out, but he died at a "
    "hospital. Spokeswoman Renee Carter said the house had no working smoke alarm. The cause is under "
    "investigation.", SUNDAY)
FOLLOW_UP = one_report_event(
    "radio", "Woman killed in East Baltimore fire named as retired teacher",
    "Fire officials on Saturday named the woman who died in Friday morning's rowhouse fire on E. Biddle St. in "
    "East Baltimore as Gloria Hines, a retired teacher. Fire department spokeswoman Renee Carter said no working "
    "smoke alarm was found in the home. The cause is under investigation.", SATURDAY)


def _evidence(event):  # type: ignore[no-untyped-def]
    return event_evidence([(a.title, a.text, a.published) for a in event.sources])


def test_events_led_by_two_streets_clash_and_a_follow_up_naming_the_street_does_not() -> None:
    first, second, follow_up = _evidence(FIRST), _evidence(SECOND), _evidence(FOLLOW_UP)
    assert first.streets == {"biddle"} and second.streets == {"preston"}
    assert compare_events(first, second).street
    assert not compare_events(first, follow_up).street


def test_a_fire_two_days_on_on_another_street_is_news_and_the_follow_up_an_update(state) -> None:
    remember_edition(state, morning_edition(FRIDAY, FIRST))
    [follow_up] = match_events([FOLLOW_UP], state=state, edition=SATURDAY)
    assert [m.headline for m in follow_up] == [FIRST.headline]
    # the words, the kind and the spokeswoman join them; the day alone (two days on) only lowers the match
    [second] = match_events([SECOND], state=state, edition=SUNDAY)
    assert [m.headline for m in second] == []


def test_an_edition_remembered_before_streets_were_read_still_loads(state) -> None:
    remember_edition(state, morning_edition(FRIDAY, FIRST))
    with state.transaction() as db:
        [(stored,)] = db.execute("SELECT evidence FROM memory_events").fetchall()
        row = json.loads(stored)
        assert row["streets"] == ["biddle"] and "biddle" in row["named_streets"]  # what is remembered
        older = {k: v for k, v in row.items() if k not in ("streets", "named_streets")}  # as an older version wrote
        db.execute("UPDATE memory_events SET evidence = ?", (json.dumps(older),))
    # the row loads with no streets: no street clash, the same words and day as before
    [follow_up] = match_events([FOLLOW_UP], state=state, edition=SATURDAY)
    assert [m.headline for m in follow_up] == [FIRST.headline]
    assert [m.evidence.streets for m in follow_up] == [frozenset()]
    assert [m.evidence.words for m in follow_up] == [_evidence(FIRST).words]
