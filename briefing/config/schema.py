"""Settings from `briefing.toml`; every key has a default so no file is needed."""

from __future__ import annotations

import datetime as dt
import tomllib
import zoneinfo
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from briefing.errors import ConfigError

DEFAULT_CONFIG = Path("briefing.toml")


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
    security: str = "starttls"  # "starttls" | "ssl" | "none"
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


def load_config(path: Path | None = None) -> Config:
    """Read settings from `path`, or from ./briefing.toml when it exists, else defaults."""
    if path is None:
        if not DEFAULT_CONFIG.is_file():
            return Config()
        path = DEFAULT_CONFIG
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file", hint="create it or leave out --config") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    return parse_config(raw, base=path.parent, source=path)


def parse_config(raw: dict[str, Any], *, base: Path = Path("."), source: Path | None = None) -> Config:
    """Turn parsed TOML into a Config, naming the first bad key."""
    where = str(source or "config")
    known = {"briefing", "email", "smtp", "schedule", "feeds"}
    for key in raw:
        if key not in known:
            raise ConfigError(f"{where}: unknown section or key '{key}'", hint=f"known: {', '.join(sorted(known))}")
    main = _table(raw, "briefing", where)
    _only(main, "briefing", where,
          {"title", "timezone", "language", "seeds", "outbox", "state", "templates", "feeds", "window_hours",
           "web_url"})
    feeds_raw = raw.get("feeds", main.get("feeds", []))
    config = Config(
        title=_str(main, "briefing.title", "Briefing", where),
        timezone=_timezone(main.get("timezone", "UTC"), where),
        language=_str(main, "briefing.language", "en", where),
        seeds=_path(main, "seeds", base) or Path("seeds"),
        seeds_explicit="seeds" in main,
        outbox=_path(main, "outbox", base) or Path("outbox"),
        state=_path(main, "state", base) or Path(".briefing/state.sqlite"),
        templates=_path(main, "templates", base),
        feeds=parse_feeds(feeds_raw, where),
        window_hours=_number(main, "briefing.window_hours", 36.0, where),
        web_url=_web_url(main.get("web_url"), where),
        email=_email(raw.get("email"), where),
        smtp=_smtp(raw.get("smtp"), where),
        schedule=_schedule(raw.get("schedule"), where),
        source=source,
    )
    return config


def parse_feeds(raw: Any, where: str) -> tuple[FeedSpec, ...]:
    """Feeds as URLs or tables with `url` and optional `name`."""
    if not isinstance(raw, list):
        raise ConfigError(f"{where}: 'feeds' must be a list of URLs or {{name, url}} tables")
    feeds = []
    for i, item in enumerate(raw):
        if isinstance(item, str) and item.strip():
            feeds.append(FeedSpec(url=item.strip()))
        elif isinstance(item, dict) and isinstance(item.get("url"), str):
            name = item.get("name")
            feeds.append(FeedSpec(url=item["url"].strip(), name=str(name) if name else None))
        else:
            raise ConfigError(f"{where}: feeds[{i}] must be a URL or a table with 'url'")
    return tuple(feeds)


def _table(raw: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: '{key}' must be a table ([{key}])")
    return value


def _only(table: dict[str, Any], name: str, where: str, allowed: set[str]) -> None:
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key '{name}.{key}'", hint=f"known: {', '.join(sorted(allowed))}")


def _str(table: dict[str, Any], dotted: str, default: str, where: str) -> str:
    value = table.get(dotted.rsplit(".", 1)[-1], default)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: '{dotted}' must be a non-empty string")
    return value.strip()


def _number(table: dict[str, Any], dotted: str, default: float, where: str) -> float:
    value = table.get(dotted.rsplit(".", 1)[-1], default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"{where}: '{dotted}' must be a positive number")
    return float(value)


def _path(table: dict[str, Any], key: str, base: Path) -> Path | None:
    value = table.get(key)
    if value is None:
        return None
    path = Path(str(value)).expanduser()
    return path if path.is_absolute() else base / path


def _web_url(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.startswith(("https://", "http://")):
        raise ConfigError(f"{where}: 'briefing.web_url' must be an http(s) URL where editions are published")
    return value.rstrip("/")


def _timezone(value: Any, where: str) -> str:
    try:
        zoneinfo.ZoneInfo(str(value))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"{where}: 'briefing.timezone' = {value!r} is not a known timezone",
            hint="use an IANA name such as 'Europe/Berlin' or 'UTC'",
        ) from None
    return str(value)


def _raise_first(problems: list[str], where: str) -> None:
    """Raise the first problem found; check-config lists all of them."""
    if problems:
        more = f" (and {len(problems) - 1} more: run 'briefing check-config')" if len(problems) > 1 else ""
        raise ConfigError(f"{where}: {problems[0]}{more}")


def _email(raw: Any, where: str) -> EmailSettings | None:
    problems: list[str] = []
    settings = email_settings(raw, problems)
    _raise_first(problems, where)
    return settings


def _smtp(raw: Any, where: str) -> SmtpSettings | None:
    problems: list[str] = []
    settings = smtp_settings(raw, problems)
    _raise_first(problems, where)
    return settings


def _schedule(raw: Any, where: str) -> ScheduleSettings:
    problems: list[str] = []
    settings = schedule_settings(raw, problems)
    _raise_first(problems, where)
    return settings or ScheduleSettings()


def _unknown(raw: dict[str, Any], name: str, allowed: set[str], problems: list[str]) -> None:
    for key in raw:
        if key not in allowed and not (name == "smtp" and key == "password"):
            problems.append(f"unknown key '{name}.{key}' (known: {', '.join(sorted(allowed))})")


def _header_safe(value: str) -> bool:
    # A line break in an address or URL would let the config inject mail headers.
    return "\r" not in value and "\n" not in value


def email_settings(raw: Any, problems: list[str]) -> EmailSettings | None:
    """The [email] table, appending one message per bad key to `problems`."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.append("'email' must be a table ([email])")
        return None
    before = len(problems)
    _unknown(raw, "email", {"from", "to", "list_unsubscribe"}, problems)
    sender = raw.get("from")
    if not isinstance(sender, str) or "@" not in sender or not _header_safe(sender):
        problems.append("'email.from' must be an address such as 'Briefing <briefing@example.org>'")
    to = raw.get("to")
    if isinstance(to, str):
        to = [to]
    if not isinstance(to, list) or not to or not all(isinstance(a, str) and "@" in a and _header_safe(a) for a in to):
        problems.append("'email.to' must be a list of addresses")
    unsubscribe = raw.get("list_unsubscribe")
    if unsubscribe is not None and (
        not isinstance(unsubscribe, str)
        or not unsubscribe.startswith(("mailto:", "https://"))
        or not _header_safe(unsubscribe)
        or any(c in unsubscribe for c in " <>")
    ):
        problems.append("'email.list_unsubscribe' must be one mailto: or https:// URL")
    if len(problems) > before:
        return None
    # The checks above guarantee the types; cast only tells the type checker.
    return EmailSettings(sender=cast(str, sender).strip(), to=tuple(a.strip() for a in cast(list, to)),
                         list_unsubscribe=unsubscribe)


def smtp_settings(raw: Any, problems: list[str]) -> SmtpSettings | None:
    """The [smtp] table, appending one message per bad key to `problems`."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.append("'smtp' must be a table ([smtp])")
        return None
    before = len(problems)
    _unknown(raw, "smtp", {"host", "port", "security", "username", "password_env", "timeout"}, problems)
    if "password" in raw:
        # Never echo the value: it is a secret typed into the wrong place.
        problems.append("'smtp.password' is not read: set 'smtp.password_env' to the name of an environment variable")
    host = raw.get("host")
    if not isinstance(host, str) or not host.strip():
        problems.append("'smtp.host' must be a host name")
    port = raw.get("port", 587)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        problems.append("'smtp.port' must be a port number (1-65535)")
    security = raw.get("security", "starttls")
    if security not in ("starttls", "ssl", "none"):
        problems.append("'smtp.security' must be \"starttls\", \"ssl\" or \"none\"")
    for key in ("username", "password_env"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key]):
            problems.append(f"'smtp.{key}' must be a non-empty string")
    if ("username" in raw) != ("password_env" in raw):
        problems.append("'smtp.username' and 'smtp.password_env' go together: set both to log in, or neither")
    timeout = raw.get("timeout", 30.0)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        problems.append("'smtp.timeout' must be a positive number of seconds")
    if len(problems) > before:
        return None
    return SmtpSettings(
        host=cast(str, host).strip(), port=port, security=security, username=raw.get("username"),
        password_env=raw.get("password_env"), timeout=float(timeout),
    )


def schedule_settings(raw: Any, problems: list[str]) -> ScheduleSettings | None:
    """The [schedule] table, appending one message per bad key to `problems`."""
    if raw is None:
        return ScheduleSettings()
    if not isinstance(raw, dict):
        problems.append("'schedule' must be a table ([schedule])")
        return None
    before = len(problems)
    _unknown(raw, "schedule", {"time", "grace_hours"}, problems)
    value = raw.get("time", "07:00")
    try:
        time = dt.time.fromisoformat(value) if isinstance(value, str) else value
    except ValueError:
        time = None
    if not isinstance(time, dt.time) or time.tzinfo is not None:
        problems.append("'schedule.time' must be a local time such as \"07:00\" (the zone is briefing.timezone)")
    grace = raw.get("grace_hours", 6.0)
    if isinstance(grace, bool) or not isinstance(grace, int | float) or not 0 <= grace <= 24:
        problems.append("'schedule.grace_hours' must be a number of hours from 0 to 24")
    if len(problems) > before:
        return None
    return ScheduleSettings(time=cast(dt.time, time), grace_hours=float(grace))
