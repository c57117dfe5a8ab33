"""The settings every stage reads: frozen values with their defaults (written here once)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

Security = Literal["starttls", "ssl", "none"]


@dataclass(frozen=True, kw_only=True)
class FeedSpec:
    """One feed to read."""

    url: str
    name: str | None = None


@dataclass(frozen=True, kw_only=True)
class EmailSettings:
    """Who the digest is from and to."""

    sender: str
    to: tuple[str, ...]
    list_unsubscribe: str | None = None


@dataclass(frozen=True, kw_only=True)
class SmtpSettings:
    """How to reach the mail server; the password comes only from the environment."""

    host: str
    port: int = 587
    security: Security = "starttls"
    username: str | None = None
    password_env: str | None = None
    timeout: float = 30.0


@dataclass(frozen=True, kw_only=True)
class ScheduleSettings:
    """When the daily job runs."""

    time: dt.time = dt.time(7, 0)
    grace_hours: float = 6.0


@dataclass(frozen=True, kw_only=True)
class Config:
    """Every setting briefing reads."""

    title: str = "Briefing"
    timezone: str = "UTC"
    language: str = "en"
    seeds: Path = Path("seeds")
    seeds_explicit: bool = False  # a missing folder is an error only when asked for
    outbox: Path = Path("outbox")
    state: Path = Path(".briefing/state.sqlite")
    templates: Path | None = None  # the user's own templates; ours are the fallback
    feeds: tuple[FeedSpec, ...] = ()
    window_hours: float = 36.0
    web_url: str | None = None  # where editions are published; the email links there when it must shorten
    email: EmailSettings | None = None
    smtp: SmtpSettings | None = None
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    source: Path | None = None  # the file these settings came from

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        """The configured timezone."""
        return zoneinfo.ZoneInfo(self.timezone)

    def today(self) -> dt.date:
        """Today's date in the configured timezone."""
        return dt.datetime.now(self.tz).date()

    def with_overrides(self, **changes: Any) -> Config:
        """A copy with the given settings replaced (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})
