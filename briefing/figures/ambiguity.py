"""Unnamed figures a reader cannot tell whose they are, found from what else the story reports.

The issue's rule: a figure whose label cannot be made specific is not shown. A count with no owner is specific
when it is the story's only one of its kind; beside other subjects' counts of the same measure it is not.
"""

from __future__ import annotations

from typing import NamedTuple

from briefing.models import Figure

# Two measures each given several unnamed values: the story tallies several subjects (a game recap's yards and
# passes, a career summary's seasons and assists), so none of those bare counts says whose it is.
_AMBIGUOUS_MEASURES = 2


class Owned(NamedTuple):
    """A shown candidate's measure words and owner (its subject, "" if none)."""

    figure: Figure
    measure: str
    subject: str
    casualty: bool
    counted: bool = False  # a count of things (not money, a length, an age, a share)
    plain: str = ""  # its label without the time it is of ("RBI count", not "RBI count last season")


def several_owners(measured: list[Owned]) -> set[int]:
    """Ids of unnamed figures whose measure words a source also gives two or more named subjects."""
    # "number of rebounds" = 11 in a recap with "Artino number of rebounds" and "Lee number of rebounds": the
    # reader cannot tell whose it is. Beside one named other it may well be that subject's, and stays. Rivals by
    # counted noun or any count hid right gold figures in every fold but the sports one (label_audit_dev.md,
    # round 7a): only the measure words compare.
    hidden = set()
    for f in measured:
        if f.subject or f.casualty:
            continue
        sources = set(f.figure.source_ids)
        owners = {o.figure.label for o in measured
                  if (o.subject or o.casualty) and o.measure == f.measure and sources & set(o.figure.source_ids)}
        if len(owners) >= 2:
            hidden.add(id(f.figure))
    return hidden


def several_values(measured: list[Owned]) -> set[int]:
    """Ids of unnamed counts whose label the story gives other values too, in a story of several subjects' tallies.

    Only when the story names two or more subjects and two or more of its count labels each carry several
    unnamed values: one such label alone is often the story's own two counts ("two staffers" charged beside
    other staffers), and a casualty toll is the event's, whoever else the story names.
    """
    if len({f.subject for f in measured if f.subject}) < 2:
        return set()
    by_label: dict[str, list[Owned]] = {}
    for f in measured:
        if f.counted and not f.subject and not f.casualty:
            by_label.setdefault(f.plain or f.figure.label.lower(), []).append(f)
    ambiguous = [same for same in by_label.values()
                 if len({(c.value, c.upper) for f in same for c in f.figure.claims}) >= 2]
    if len(ambiguous) < _AMBIGUOUS_MEASURES:
        return set()
    return {id(f.figure) for same in ambiguous for f in same}
