"""Settings from `briefing.toml`; every key has a default so no file is needed."""

from __future__ import annotations

import datetime as dt
import tomllib
import zoneinfo
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

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
    web_url: str | None = None  # where the outbox is published; the email links the full edition there
    feeds: tuple[FeedSpec, ...] = ()
    window_hours: float = 36.0
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
    _only(main, "briefing", where, {"title", "timezone", "language", "seeds", "outbox", "state", "templates", "feeds",
                                     "window_hours", "web_url"})
    feeds_raw = raw.get("feeds", main.get("feeds", []))
    config = Config(
        title=_str(main, "briefing.title", "Briefing", where),
        timezone=_timezone(main.get("timezone", "UTC"), where),
        language=_str(main, "briefing.language", "en", where),
        seeds=_path(main, "seeds", base, Path("seeds")),
        seeds_explicit="seeds" in main,
        outbox=_path(main, "outbox", base, Path("outbox")),
        state=_path(main, "state", base, Path(".briefing/state.sqlite")),
        templates=_path(main, "templates", base, None),
        web_url=_web_url(main.get("web_url"), where),
        feeds=parse_feeds(feeds_raw, where),
        window_hours=_number(main, "briefing.window_hours", 36.0, where),
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


def _path(table: dict[str, Any], key: str, base: Path, default: Path | None) -> Path | None:
    value = table.get(key)
    if value is None:
        return default
    path = Path(str(value)).expanduser()
    return path if path.is_absolute() else base / path


def _web_url(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.startswith(("https://", "http://")):
        raise ConfigError(f"{where}: 'briefing.web_url' must be an https:// or http:// URL",
                          hint="the address where the outbox folder is published, e.g. https://github.com/you/news/blob/main/outbox")
    return value.strip().rstrip("/")


def _timezone(value: Any, where: str) -> str:
    try:
        zoneinfo.ZoneInfo(str(value))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"{where}: 'briefing.timezone' = {value!r} is not a known timezone",
            hint="use an IANA name such as 'Europe/Berlin' or 'UTC'",
        ) from None
    return str(value)


def _email(raw: Any, where: str) -> EmailSettings | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: 'email' must be a table ([email])")
    _only(raw, "email", where, {"from", "to", "list_unsubscribe"})
    sender = raw.get("from")
    if not isinstance(sender, str) or "@" not in sender:
        raise ConfigError(f"{where}: 'email.from' must be an address such as 'Briefing <briefing@example.org>'")
    to = raw.get("to")
    if isinstance(to, str):
        to = [to]
    if not isinstance(to, list) or not to or not all(isinstance(a, str) and "@" in a for a in to):
        raise ConfigError(f"{where}: 'email.to' must be a list of addresses")
    unsubscribe = raw.get("list_unsubscribe")
    if unsubscribe is not None and not isinstance(unsubscribe, str):
        raise ConfigError(f"{where}: 'email.list_unsubscribe' must be a mailto: or https: URL")
    return EmailSettings(sender=sender, to=tuple(to), list_unsubscribe=unsubscribe)


def _smtp(raw: Any, where: str) -> SmtpSettings | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: 'smtp' must be a table ([smtp])")
    _only(raw, "smtp", where, {"host", "port", "security", "username", "password_env", "timeout"})
    if "password" in raw:
        raise ConfigError(f"{where}: 'smtp.password' is not read", hint="set 'smtp.password_env' to the name of an environment variable")
    host = raw.get("host")
    if not isinstance(host, str) or not host.strip():
        raise ConfigError(f"{where}: 'smtp.host' must be a host name")
    port = raw.get("port", 587)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise ConfigError(f"{where}: 'smtp.port' must be a port number (1-65535)")
    security = raw.get("security", "starttls")
    if security not in ("starttls", "ssl", "none"):
        raise ConfigError(f"{where}: 'smtp.security' must be \"starttls\", \"ssl\" or \"none\"")
    for key in ("username", "password_env"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key]):
            raise ConfigError(f"{where}: 'smtp.{key}' must be a non-empty string")
    timeout = _number(raw, "smtp.timeout", 30.0, where)
    return SmtpSettings(
        host=host.strip(), port=port, security=security, username=raw.get("username"),
        password_env=raw.get("password_env"), timeout=timeout,
    )


def _schedule(raw: Any, where: str) -> ScheduleSettings:
    if raw is None:
        return ScheduleSettings()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: 'schedule' must be a table ([schedule])")
    _only(raw, "schedule", where, {"time", "grace_hours"})
    value = raw.get("time", "07:00")
    try:
        time = dt.time.fromisoformat(value) if isinstance(value, str) else value
    except ValueError:
        time = None
    if not isinstance(time, dt.time):
        raise ConfigError(f"{where}: 'schedule.time' must be a local time such as \"07:00\"")
    return ScheduleSettings(time=time, grace_hours=_number(raw, "schedule.grace_hours", 6.0, where))
