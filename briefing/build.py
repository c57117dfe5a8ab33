"""Build one edition: collect -> dedupe -> figures -> write-up -> render -> write to the outbox.

The pipeline reads top to bottom in `build`; each stage is a function with typed input and output.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing.collect import collect_seeds, is_inside, project_or_parent
from briefing.config import Config
from briefing.dedupe import group_stories
from briefing.errors import FetchError, InputError
from briefing.feeds import collect_feeds, configured_feeds
from briefing.figures import extract_figures
from briefing.models import Article, Collected, Edition, Event
from briefing.render import edition_dir, publish_edition, render_all, write_index
from briefing.sections import arrange, filter_articles
from briefing.state import State
from briefing.text import plural
from briefing.writeup import apply_memory, remember_edition, write_event

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class BuildOptions:
    """What to build: the edition date, and whether to repeat events earlier editions carried."""

    date: dt.date
    include_seen: bool = False
    since: dt.datetime | None = None  # feed entries older than this are left out
    progress: Callable[[int, int], None] | None = None  # (done, total) as feed pages arrive


@dataclass(frozen=True, kw_only=True)
class BuildResult:
    """What a build produced."""

    edition: Edition
    edition_dir: Path
    paths: tuple[Path, ...]
    warnings: tuple[str, ...] = ()
    left_out: int = 0  # events earlier editions carried, with nothing new today
    filtered: int = 0  # stories the include/exclude words left out
    # Set when nothing at all was read though feeds answered: where their window opened (configured timezone).
    quiet_since: dt.datetime | None = None

    def summary(self) -> str:
        """One short line for the terminal."""
        events = len(self.edition.events)
        files = ", ".join(p.name for p in self.paths)
        repeats = (f" ({self.left_out} already in an earlier edition with nothing new; --all shows "
                   f"{'it' if self.left_out == 1 else 'them'})" if self.left_out else "")
        filtered = (f" ({self.filtered} {'story' if self.filtered == 1 else 'stories'} left out by filters)"
                    if self.filtered else "")
        return (
            f"Built {self.edition.date}: {plural(events, 'event')}{repeats} from "
            f"{plural(self.edition.source_count, 'source')}{filtered}{self._quiet()}, "
            f"{plural(len(self.warnings), 'warning')} -> {self.edition_dir}/ ({files})"
        )

    def _quiet(self) -> str:
        """Why a day read nothing at all: the feeds answered but had no entry in the window (not an error)."""
        read = [h for h in self.edition.feed_health if h.status in ("ok", "not modified")]
        if self.quiet_since is None or not read:
            return ""
        since = self.quiet_since.strftime("%Y-%m-%d %H:%M %Z")
        feeds = "the feed read" if len(read) == 1 else f"the {len(read)} feeds read"
        return f" ({feeds} had nothing new published since {since})"


def build(config: Config, options: BuildOptions) -> BuildResult:
    """Build the edition of `options.date` into the outbox and return what was written."""
    with State(config.state) as state:  # one connection for feeds, memory and the record
        inputs = collect(config, options, state)
        kept = filter_articles(inputs.articles, config)  # before grouping: --all is about memory, not filters
        stories = group_stories(kept.articles)
        written = [write_event(story, extract_figures(story.articles)) for story in stories]
        events = remember(state, options, written)
        edition = _edition(config, options, inputs, kept.articles, events)
        paths = write_edition(edition, config)
        remember_edition(state, edition)  # what this edition carried, for tomorrow's updates
    return BuildResult(
        edition=edition, edition_dir=edition_dir(config.outbox, options.date), paths=paths,
        warnings=inputs.warnings, left_out=len(written) - len(events), filtered=kept.left_out,
        quiet_since=None if inputs.articles else feed_window(config, options)[0].astimezone(config.tz),
    )


def _edition(config: Config, options: BuildOptions, inputs: Collected, articles: tuple[Article, ...],
             events: list[Event]) -> Edition:
    arranged = arrange(rank(events), config.sections, top=config.top_stories)
    return Edition(
        title=config.title,
        date=options.date,
        timezone=config.timezone,
        events=arranged.events,
        generated_at=dt.datetime.now(config.tz),
        warnings=inputs.warnings,
        feed_health=inputs.health,
        total_sources=len(articles),
        sections=arranged.sections,
        top_stories=arranged.top_stories,
    )


def collect(config: Config, options: BuildOptions, state: State) -> Collected:
    """Every article from the seeds folder and the feeds; bad items become warnings."""
    inputs = collect_seeds(config.seeds, root=Path.cwd(), required=config.seeds_explicit)
    inputs += _collect_feeds(config, options, state)
    # Feeds that answered but had nothing in the window make an empty day, not a bad configuration: the
    # edition is written with no events and the summary line says why (BuildResult._quiet).
    if not inputs.articles and not inputs.warnings and not inputs.health:
        missing = (f"{config.seeds}/ has no .txt, .md or .html articles" if config.seeds.is_dir()
                   else f"there is no {config.seeds}/ folder")
        raise InputError(f"nothing to read: {missing} and no feeds are configured",
                         hint=f"save articles in {config.seeds}/, or give --feed URL")
    failed = [h for h in inputs.health if h.status in ("error", "gone")]
    if not inputs.articles and failed and len(failed) == len(inputs.health):
        first, more = failed[0], len(failed) - 1
        also = f", and {more} more" if more else ""
        # One feed: its own reason and hint say it best.
        hint = "check the network and the feed URLs" if more else first.hint or "check the feed's URL"
        raise FetchError(f"every feed failed and there are no seed articles: {first.url}: {first.message}{also}",
                         hint=hint)
    return inputs


def _collect_feeds(config: Config, options: BuildOptions, state: State) -> Collected:
    feeds = configured_feeds(config.feeds, state)
    if not feeds:
        return Collected(articles=())
    since, end = feed_window(config, options)
    return collect_feeds(feeds, state=state, window_start=since, window_end=end, progress=options.progress)


def feed_window(config: Config, options: BuildOptions) -> tuple[dt.datetime, dt.datetime]:
    """The feed entries an edition takes: from --since (or `window_hours` before its end) to its end."""
    end = edition_end(config, options.date)
    return options.since or end - dt.timedelta(hours=config.window_hours), end


def edition_end(config: Config, date: dt.date) -> dt.datetime:
    """The edition covers the `window_hours` before the end of its date in the configured timezone, and nothing
    after it: the edition of a past date never takes news published after that day."""
    return dt.datetime.combine(date + dt.timedelta(days=1), dt.time(0), tzinfo=config.tz)


def seed_links(config: Config, folder: Path) -> str | None:
    """What turns a seed's path into a relative link from the edition `folder`, or None for no link.

    Seed paths are relative to the project, or the seeds folder's parent when it lies outside. A link is made
    only when that lies in what is published with the outbox (by the same rule: the project, when the outbox
    is in it; else the outbox's parent): a link that climbs out of it would be broken wherever the outbox is
    served, and would spell out this machine's folders.
    """
    base = project_or_parent(config.seeds, Path.cwd())
    if not is_inside(base, project_or_parent(config.outbox, Path.cwd())):
        return None
    return Path(os.path.relpath(os.path.abspath(base), os.path.abspath(folder))).as_posix() + "/"


def remember(state: State, options: BuildOptions, events: list[Event]) -> list[Event]:
    """Leave out events earlier editions carried with nothing new (unless --all)."""
    if options.include_seen:
        return events
    return list(apply_memory(events, state=state, edition=options.date))


def rank(events: list[Event]) -> list[Event]:
    """Events with more sources first, then the most recent, then by headline for a stable order."""
    def key(event: Event) -> tuple[int, int, str]:
        last = event.last_date.toordinal() if event.last_date else 0
        return (-len(event.sources), -last, event.headline.casefold())

    return sorted(events, key=key)


def write_edition(edition: Edition, config: Config) -> tuple[Path, ...]:
    """Render every format and put them into outbox/<date>/ as one change, then refresh the outbox index."""
    folder = edition_dir(config.outbox, edition.date)
    files = render_all(edition, templates=config.templates, language=config.language, web_url=config.web_url,
                       seed_links=seed_links(config, folder))
    paths = publish_edition(folder, files)
    write_index(config.outbox, title=config.title, web_url=config.web_url, templates=config.templates,
                language=config.language)
    return paths
