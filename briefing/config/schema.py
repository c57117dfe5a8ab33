"""briefing.toml read against one table of key -> check; every problem is collected, none stops the reading.

Defaults live once, on the settings dataclasses (`settings.py`); this table says which keys exist, which
dataclass field each fills, and how its value is checked. `read_config` returns the settings and every
problem; `load_config` raises with the first, `briefing check-config` lists them all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import tomllib
import unicodedata
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.config.settings import Config, EmailSettings, FeedSpec, ScheduleSettings, SectionSpec, SmtpSettings
from briefing.errors import ConfigError

DEFAULT_CONFIG = Path("briefing.toml")


class Bad(ValueError):
    """A value that fails its key's check; each message (one per bad item of a list) says what it must be."""


@dataclass(frozen=True)
class Key:
    """One key of a section: the dataclass field it fills and the check that turns TOML into its value."""

    name: str
    check: Callable[[Any, Path], Any]  # (value, folder of the file) -> setting, or raises Bad
    field: str = ""  # the dataclass field, when it is not named like the key
    required: bool = False


# --- checks: each returns the setting's value or raises Bad saying what the key must be ---------------


def text(value: Any, _: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Bad("must be a non-empty string")
    return value.strip()


def positive(value: Any, _: Path) -> float:
    # inf and nan are floats in TOML; neither is a number of hours or seconds.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise Bad("must be a positive number")
    return float(value)


def path(value: Any, base: Path) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise Bad("must be a path")
    found = Path(value).expanduser()
    return found if found.is_absolute() else base / found


def timezone(value: Any, _: Path) -> str:
    try:
        zoneinfo.ZoneInfo(str(value))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise Bad(f"= {value!r} is not a known timezone (use an IANA name such as 'Europe/Berlin' or 'UTC')") from None
    return str(value)


def web_url(value: Any, _: Path) -> str:
    if not isinstance(value, str) or not value.startswith(("https://", "http://")) or not header_safe(value):
        raise Bad("must be an http(s) URL where editions are published")
    return value.rstrip("/")


_FEED_KEYS = {"url", "name", "section", "include", "exclude"}
_SECTION_KEYS = {"name", "include", "exclude"}


def feeds(value: Any, _: Path) -> tuple[FeedSpec, ...]:
    if not isinstance(value, list):
        raise Bad("must be a list of URLs or {name, url, section, include, exclude} tables")
    found, problems = [], []
    for i, item in enumerate(value):
        if isinstance(item, str) and item.strip():
            found.append(FeedSpec(url=item.strip()))
        elif isinstance(item, dict) and isinstance(item.get("url"), str) and item["url"].strip():
            unknown = sorted(set(item) - _FEED_KEYS)
            problems += [f"[{i}].{key} is not a feed key (known: {', '.join(sorted(_FEED_KEYS))})" for key in unknown]
            name = item.get("name")
            section = _section_name(item["section"], f"[{i}].section", problems) if "section" in item else None
            found.append(FeedSpec(url=item["url"].strip(), name=str(name) if name else None, section=section,
                                  **_filters(item, f"[{i}]", problems)))
        else:
            problems.append(f"[{i}] must be a URL or a table with 'url' (and 'name', 'section', 'include', 'exclude')")
    if problems:
        raise Bad(*problems)
    return tuple(found)


def sections(value: Any, _: Path) -> tuple[SectionSpec, ...]:
    """The digest's sections in order: names, or {name, include, exclude} tables."""
    if not isinstance(value, list):
        raise Bad('must be a list of section names or {name = "...", include = [...], exclude = [...]} tables')
    found: list[SectionSpec] = []
    problems: list[str] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        raw = item if isinstance(item, dict) else {"name": item}
        if "name" not in raw:
            problems.append(f"[{i}] must be a section name or a table with 'name'")
            continue
        problems += [f"[{i}].{key} is not a section key (known: {', '.join(sorted(_SECTION_KEYS))})"
                     for key in sorted(set(raw) - _SECTION_KEYS)]
        name = _section_name(raw["name"], f"[{i}]" if raw is not item else f"[{i}].name", problems)
        fields = _filters(raw, f"[{i}]", problems)
        if name and name.casefold() in seen:
            problems.append(f"[{i}] names the section {name!r} twice")
        elif name:
            seen.add(name.casefold())
            found.append(SectionSpec(name=name, **fields))
    if problems:
        raise Bad(*problems)
    return tuple(found)


def _section_name(value: Any, where: str, problems: list[str]) -> str | None:
    # A section name becomes a heading, an anchor and a mail-client line: one short line of text.
    if not isinstance(value, str) or not value.strip() or len(value) > 80 or not header_safe(value):
        problems.append(f"{where} must be a section name (one line of text, at most 80 characters)")
        return None
    return " ".join(value.split())


def _filters(raw: dict[str, Any], where: str, problems: list[str]) -> dict[str, tuple[str, ...]]:
    """The include/exclude lists of a feed or section table; problems are appended, named by `where`."""
    found: dict[str, tuple[str, ...]] = {}
    for key in ("include", "exclude"):
        if key in raw:
            try:
                found[key] = words(raw[key], Path("."))
            except Bad as exc:
                problems.append(f"{where}.{key} {exc}")
    return found


def words(value: Any, _: Path) -> tuple[str, ...]:
    """Words or phrases a filter matches (whole words, any case)."""
    if (not isinstance(value, list) or not all(isinstance(w, str) and w.strip() and header_safe(w) for w in value)):
        raise Bad('must be a list of words or phrases, such as ["horoscope", "celebrity gossip"]')
    return tuple(" ".join(w.split()) for w in value)


def count(value: Any, _: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise Bad("must be a whole number from 0 to 10 (0: no top stories)")
    return value


def header_safe(value: str) -> bool:
    """No control character or line separator: any of them in an address or URL could split a mail header."""
    return not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value)


def address(value: Any, _: Path) -> str:
    if not isinstance(value, str) or "@" not in value or not header_safe(value):
        raise Bad("must be an address such as 'Briefing <briefing@example.org>'")
    return value.strip()


def addresses(value: Any, base: Path) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise Bad("must be a list of addresses")
    try:
        return tuple(address(a, base) for a in items)
    except Bad:
        raise Bad("must be a list of addresses, each without control characters or line breaks") from None


def unsubscribe(value: Any, _: Path) -> str:
    if (not isinstance(value, str) or not value.startswith(("mailto:", "https://")) or not header_safe(value)
            or any(c in value for c in " <>")):
        raise Bad("must be one mailto: or https:// URL")
    return value


def port(value: Any, _: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
        raise Bad("must be a port number (1-65535)")
    return value


def security(value: Any, _: Path) -> str:
    if value not in ("starttls", "ssl", "none"):
        raise Bad('must be "starttls", "ssl" or "none"')
    return str(value)


def local_time(value: Any, _: Path) -> dt.time:
    try:
        parsed = dt.time.fromisoformat(value) if isinstance(value, str) else value
    except ValueError:
        parsed = None
    if not isinstance(parsed, dt.time) or parsed.tzinfo is not None:
        raise Bad('must be a local time such as "07:00" (the zone is briefing.timezone)')
    return parsed


def grace(value: Any, _: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 24:
        raise Bad("must be a number of hours from 0 to 24")
    return float(value)


# --- the table ------------------------------------------------------------------------------------

SECTIONS: dict[str, tuple[type, tuple[Key, ...]]] = {
    "briefing": (Config, (
        Key("title", text), Key("timezone", timezone), Key("language", text), Key("seeds", path),
        Key("outbox", path), Key("state", path), Key("templates", path), Key("feeds", feeds),
        Key("window_hours", positive), Key("web_url", web_url), Key("sections", sections), Key("exclude", words),
        Key("top_stories", count),
    )),
    "email": (EmailSettings, (
        Key("from", address, field="sender", required=True), Key("to", addresses, required=True),
        Key("list_unsubscribe", unsubscribe),
    )),
    "smtp": (SmtpSettings, (
        Key("host", text, required=True), Key("port", port), Key("security", security), Key("username", text),
        Key("password_env", text), Key("timeout", positive),
    )),
    "schedule": (ScheduleSettings, (Key("time", local_time), Key("grace_hours", grace))),
}
TOP_LEVEL = {*SECTIONS, "feeds"}  # `feeds = [...]` may also stand before any section


def read_config(raw: dict[str, Any], *, base: Path = Path(".")) -> tuple[Config, list[str]]:
    """The settings in parsed TOML and every problem with them (bad sections fall back to their defaults)."""
    problems = [f"unknown section or key '{k}' (known: {', '.join(sorted(TOP_LEVEL))})" for k in raw if k not in TOP_LEVEL]
    main = raw.get("briefing", {})
    if not isinstance(main, dict):
        problems.append("'briefing' must be a table ([briefing])")
        main = {}
    if "feeds" in raw:  # top-level `feeds = [...]` is the same key as briefing.feeds
        main = {**main, "feeds": raw["feeds"]}
    values = {name: _section(name, main if name == "briefing" else raw.get(name), base, problems) for name in SECTIONS}
    problems += _together(raw.get("smtp"))
    config = dataclasses.replace(
        values["briefing"] or Config(), seeds_explicit="seeds" in main, email=values["email"], smtp=values["smtp"],
        schedule=values["schedule"] or ScheduleSettings(),
    )
    return config, problems


def _section(name: str, raw: Any, base: Path, problems: list[str]) -> Any:
    """One section's dataclass, or None when it is absent or has a problem (each appended to `problems`)."""
    if raw is None and name != "briefing":
        return None
    if not isinstance(raw, dict):
        problems.append(f"'{name}' must be a table ([{name}])")
        return None
    kind, keys = SECTIONS[name]
    known = {k.name: k for k in keys}
    before = len(problems)
    for key in raw:
        if key == "password" and name == "smtp":
            # Never echo the value: it is a secret typed into the wrong place.
            problems.append("'smtp.password' is not read: set 'smtp.password_env' to the name of an environment variable")
        elif key not in known:
            problems.append(f"unknown key '{name}.{key}' (known: {', '.join(sorted(known))})")
    fields = {}
    for key in keys:
        if key.name not in raw:
            if key.required:
                problems.append(f"'{name}.{key.name}' is required")
            continue
        try:
            fields[key.field or key.name] = key.check(raw[key.name], base)
        except Bad as exc:
            problems += [_named(f"{name}.{key.name}", str(message)) for message in exc.args]
    return kind(**fields) if len(problems) == before else None


def _named(key: str, message: str) -> str:
    """"'briefing.feeds[2]' must be ..." from "[2] must be ..."; "'smtp.port' must be ..." otherwise."""
    if message.startswith("["):
        index, _, message = message.partition(" ")
        key += index
    return f"'{key}' {message}"


def _together(smtp: Any) -> list[str]:
    if isinstance(smtp, dict) and ("username" in smtp) != ("password_env" in smtp):
        return ["'smtp.username' and 'smtp.password_env' go together: set both to log in, or neither"]
    return []


def parse_config(raw: dict[str, Any], *, base: Path = Path("."), source: Path | None = None) -> Config:
    """Turn parsed TOML into a Config; the first problem is raised, naming its key."""
    config, problems = read_config(raw, base=base)
    if problems:
        # A problem names its key and what it takes, often with its own advice: a generic "fix the setting"
        # after that would be a second hint. With more problems, the one hint says where to see them all.
        hint = f"fix it, then run 'briefing check-config' to see all {len(problems)} problems" if len(problems) > 1 else ""
        raise ConfigError(f"{source or 'config'}: {problems[0]}", hint=hint)
    return dataclasses.replace(config, source=source)


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed file, or one ConfigError line naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file", hint="create it or leave out --config") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text", hint="save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror or exc})", hint="check its permissions") from None
    except tomllib.TOMLDecodeError as exc:
        # A syntax error names no setting: say where it is instead ("Expected ']' ... (at line 1, column 10)").
        found = re.fullmatch(r"(.*?)\s*\(at (line \d+, column \d+|end of document)\)", str(exc), re.S)
        what, where = (found[1], found[2]) if found else (str(exc), "")
        at = f" at {where}" if where else ""
        raise ConfigError(f"{path}: not valid TOML{at}: {what[:1].lower() + what[1:]}",
                          hint="fix the file there, then run again") from None


def load_config(path: Path | None = None) -> Config:
    """Read settings from `path`, or from ./briefing.toml when it exists, else defaults."""
    if path is None:
        if not DEFAULT_CONFIG.is_file():
            return Config()
        path = DEFAULT_CONFIG
    return parse_config(read_toml(path), base=path.parent, source=path)
