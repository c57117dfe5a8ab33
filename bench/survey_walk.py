"""The walk the memory surveys share: every follow-up set's day 2 and every look-alike corpus's days, read on a real
state, each event handed to a survey's `show` with a test of whether a match is its own story."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_followups import DAY2, LOOKALIKES, incident_days, load, prepare  # noqa: E402

from briefing.models import Event  # noqa: E402
from briefing.state import State  # noqa: E402

Show = Callable[..., None]  # show(state, date, events, own_story, tag)


def _followup_own(event: Event, added) -> bool:
    """A follow-up's match is its own story when a matched record holds a report of its group."""
    return "followup" in {a.id.rsplit("-", 1)[1] for a in event.sources} and bool(
        {i.rsplit("-", 1)[0] for m in added for i in m.source_ids} & {a.id.rsplit("-", 1)[0] for a in event.sources})


def walk(show: Show, followups: Iterable[Path], lookalikes: bool) -> None:
    """Hand every day-2 event of the follow-up sets, and with `lookalikes` every look-alike day, to `show`."""
    for path in followups:
        with tempfile.TemporaryDirectory() as folder:
            state_path, events = prepare(load(path), Path(folder))
            with State(state_path) as state:
                show(state, DAY2, events, _followup_own, path.stem)
    for path in LOOKALIKES if lookalikes else ():
        with tempfile.TemporaryDirectory() as folder:
            corpus = incident_days(load(path), Path(folder))

            def own_story(event: Event, added, corpus=corpus) -> bool:
                own = Counter(corpus.incident[a.id] for a in event.sources).most_common(1)[0][0]
                return own in {corpus.incident[i] for m in added for i in m.source_ids if i in corpus.incident}

            with State(corpus.path) as state:
                for date, events in corpus.days:
                    show(state, date, events, own_story, path.stem)


def arguments(doc: str | None) -> argparse.Namespace:
    """The surveys' command line: --data FILE (repeatable) and --lookalikes."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append", default=[])
    parser.add_argument("--lookalikes", action="store_true")
    return parser.parse_args()
