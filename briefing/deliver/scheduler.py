"""The daily job: build then send at the configured local time, and catch up after the machine was off.

The timing rules are plain functions of a clock reading (`next_run`, `last_due`, `catch_up_date`) so
they are tested without waiting a day; `serve` wires them to APScheduler.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import signal
import threading
import zoneinfo
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from briefing.config import Config, ScheduleSettings
from briefing.deliver.send import SendReport, edition_status, send
from briefing.errors import BriefingError

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
Job = Callable[[dt.date], object]


def daily_trigger(schedule: ScheduleSettings, tz: zoneinfo.ZoneInfo) -> CronTrigger:
    """Fires every day at the configured wall-clock time in `tz` (so 07:00 stays 07:00 across DST)."""
    at = schedule.time
    return CronTrigger(hour=at.hour, minute=at.minute, second=at.second, timezone=tz)


def next_run(now: dt.datetime, schedule: ScheduleSettings, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    """The first scheduled time at or after `now` (aware)."""
    return daily_trigger(schedule, tz).get_next_fire_time(None, now)


def scheduled_at(day: dt.date, schedule: ScheduleSettings, tz: zoneinfo.ZoneInfo) -> dt.datetime | None:
    """When the job fires on local date `day` (None if the trigger skips that day)."""
    midnight = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    fire = daily_trigger(schedule, tz).get_next_fire_time(None, midnight)
    return fire if fire is not None and fire.astimezone(tz).date() == day else None


def last_due(now: dt.datetime, schedule: ScheduleSettings, tz: zoneinfo.ZoneInfo) -> dt.datetime | None:
    """The latest scheduled time at or before `now`: today's, or yesterday's if today's is still ahead."""
    today = now.astimezone(tz).date()
    for day in (today, today - dt.timedelta(days=1)):
        fire = scheduled_at(day, schedule, tz)
        # Compare in UTC: aware datetimes sharing a tzinfo compare by wall clock, which DST makes wrong.
        if fire is not None and fire.astimezone(dt.UTC) <= now.astimezone(dt.UTC):
            return fire
    return None


def catch_up_date(
    now: dt.datetime, schedule: ScheduleSettings, tz: zoneinfo.ZoneInfo, is_done: Callable[[dt.date], bool]
) -> dt.date | None:
    """The edition to build and send at start-up: the last one due within the grace and not yet sent."""
    due = last_due(now, schedule, tz)
    if due is None:
        return None
    late = now.astimezone(dt.UTC) - due.astimezone(dt.UTC)
    if late > dt.timedelta(hours=schedule.grace_hours):
        return None  # too stale to be worth mailing; the next daily run brings a fresh edition
    edition = due.astimezone(tz).date()
    return None if is_done(edition) else edition


@dataclass(frozen=True, kw_only=True)
class RunResult:
    """What one build-and-send did."""

    date: dt.date
    built: str | None  # the build's summary, or None when the edition was already sent or kept
    warnings: tuple[str, ...]
    report: SendReport


def run_once(config: Config, date: dt.date, *, force: bool = False) -> RunResult:
    """Build the edition of `date` and send it; an edition already sent (or kept for retry) is not rebuilt."""
    status = edition_status(config, date)
    built: str | None = None
    warnings: tuple[str, ...] = ()
    if force or status is None:
        from briefing.build import BuildOptions, build  # the whole pipeline: imported only when a job runs

        result = build(config, BuildOptions(date=date, include_seen=False))
        built, warnings = result.summary(), tuple(result.warnings)
    elif status == "pending":
        log.info("edition %s has a kept message from an earlier attempt; sending that, not rebuilding", date)
    return RunResult(date=date, built=built, warnings=warnings, report=send(config, date, force=force))


def scheduled_job(config: Config, say: Callable[[str], None]) -> Job:
    """The job the scheduler runs: build and send, reporting (never raising) so the schedule goes on."""

    def job(date: dt.date) -> None:
        try:
            result = run_once(config, date)
        except BriefingError as exc:
            say(f"error: edition {date}: {exc}")
            return
        except Exception:  # noqa: BLE001 - one bad day must not stop tomorrow's run
            log.exception("edition %s failed", date)
            say(f"error: edition {date} failed unexpectedly (details in the log)")
            return
        for warning in result.warnings:
            say(f"warning: {warning}")
        if result.built:
            say(result.built)
        for outcome in result.report.outcomes:
            say(outcome.line())
        for error in result.report.errors:
            say(f"error: {error}")

    return job


def serve(
    config: Config,
    *,
    job: Job | None = None,
    stop: threading.Event | None = None,
    clock: Clock | None = None,
    say: Callable[[str], None] = log.info,
) -> None:
    """Run the daily job in the foreground until `stop` is set (SIGTERM and Ctrl-C set it)."""
    tz, schedule = config.tz, config.schedule
    stop = stop or threading.Event()
    now = (clock or (lambda: dt.datetime.now(tz)))()
    job = job or scheduled_job(config, say)
    scheduler = BackgroundScheduler(timezone=tz)
    scheduler.add_job(
        lambda: job(dt.datetime.now(tz).date()), daily_trigger(schedule, tz), id="daily",
        coalesce=True, max_instances=1,
        # A run delayed by a suspended machine still happens within the grace, once.
        misfire_grace_time=max(1, int(schedule.grace_hours * 3600)),
    )
    missed = catch_up_date(now, schedule, tz, lambda d: edition_status(config, d) == "sent")
    with _stop_on_signals(stop):
        scheduler.start()
        upcoming = next_run(now, schedule, tz)
        say(f"scheduled daily at {schedule.time:%H:%M} {config.timezone}; next run {upcoming:%Y-%m-%d %H:%M %Z}")
        try:
            if missed is not None:
                say(f"catching up: the edition of {missed} was due at {schedule.time:%H:%M} and has not been sent")
                # Here, not as a one-shot APScheduler job: shutting down while such a job is removed races.
                job(missed)
            while not stop.wait(timeout=1.0):  # a timed wait keeps the main thread responsive to signals
                pass
        finally:
            say("stopping (waiting for a running job to finish)")
            scheduler.shutdown(wait=True)
    say("stopped")


@contextlib.contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM and SIGINT set `stop`; only the main thread may install handlers, so elsewhere do nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    for sig in previous:
        signal.signal(sig, lambda *_: stop.set())
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
