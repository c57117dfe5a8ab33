"""`briefing cluster [FILE|-]`: label JSON-lines articles with the event each belongs to.

Input, one JSON object a line: {"id", "title", "text", "date"?, "url"?, "source"?}.
Output, one line per input line, in input order: {"id", "event"}. Labels are story ids from the same
grouping `briefing build` uses, so the same input always gets the same labels; a syndicated copy gets
its original's label.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from briefing.collect.metadata import stated_time
from briefing.collect.seeds import host_of
from briefing.dedupe.group import event_labels
from briefing.errors import InputError
from briefing.models import Article

# InputError's own hint ("check the path or file named") fits a file that cannot be read, not a bad line in it.
_ONE_OBJECT = "each line must be one JSON object"
_DATE_HINT = 'write "date" as 2026-05-12 or 2026-05-12T08:00:00Z, or leave it out'


def run(args: argparse.Namespace) -> int:
    """Read the articles, group them, and write one {"id", "event"} line per input line to stdout."""
    if args.file == "-":
        articles = read_articles(sys.stdin, "<stdin>")
    else:
        path = Path(args.file)
        try:
            with path.open(encoding="utf-8") as handle:
                articles = read_articles(handle, str(path))
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    out = sys.stdout
    for article, event in zip(articles, event_labels(articles), strict=True):
        out.write(json.dumps({"id": article.id, "event": event}, ensure_ascii=False) + "\n")
    return 0


def read_articles(lines: Iterable[str], name: str) -> list[Article]:
    """Parse JSON lines into Articles; blank lines are skipped, a bad line stops with its number, and so do
    lines that share an id."""
    articles = []
    numbers: dict[str, list[int]] = {}
    for number, line in enumerate(lines, start=1):
        if line.strip():
            article = _article(line, f"{name} line {number}")
            articles.append(article)
            numbers.setdefault(article.id, []).append(number)
    _unique_ids(numbers, name)
    return articles


def _unique_ids(numbers: dict[str, list[int]], name: str) -> None:
    """Labels are hashes of member ids, and the output names each line by its id: articles sharing an id would
    be told apart by nothing, and a story of seven such lines comes out as a few made-up ones."""
    repeated = {key: found for key, found in numbers.items() if len(found) > 1}
    if not repeated:
        return
    key, found = next(iter(repeated.items()))
    shown = ", ".join(map(str, found[:10])) + (f" and {len(found) - 10} more" if len(found) > 10 else "")
    more = f"; {len(repeated) - 1} more ids repeat too" if len(repeated) > 1 else ""
    raise InputError(f"{name} lines {shown}: the id '{key[:40]}' is used more than once{more}",
                     hint="give every line its own id")


def _article(line: str, where: str) -> Article:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})",
                         hint=_ONE_OBJECT) from None
    if not isinstance(row, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(row).__name__}", hint=_ONE_OBJECT)
    for key in ("id", "title", "text"):
        if not isinstance(row.get(key), str if key != "id" else (str, int)):
            raise InputError(f"{where}: key '{key}' is missing or not a string",
                             hint='each line needs "id", "title" and "text"')
    url = row.get("url") if isinstance(row.get("url"), str) else None
    source = row.get("source") if isinstance(row.get("source"), str) else None
    return Article(id=str(row["id"]), title=row["title"], text=row["text"],
                   outlet=source or host_of(url) or "unknown", published=_date(row.get("date"), where),
                   published_at=stated_time(row.get("date")), url=url, origin="jsonl")  # which copy ran first


def _date(value: object, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: key 'date' must be a string YYYY-MM-DD...", hint=_DATE_HINT)
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"{where}: date '{value[:40]}' does not start with YYYY-MM-DD", hint=_DATE_HINT) from None


__all__ = ["run", "read_articles"]
