"""`briefing check-config`: every problem in the settings and the environment, one line each."""

from __future__ import annotations

import contextlib
import os
import smtplib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefing.config import DEFAULT_CONFIG, Config, read_config, read_toml
from briefing.deliver.smtp import connect, explain_failure, is_loopback
from briefing.errors import ConfigError


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One result of the check."""

    level: Literal["ok", "warning", "error"]
    text: str

    def line(self) -> str:
        """How the user sees it."""
        return f"{self.level}: {self.text}"


def check_config(
    path: Path | None, *, connect_smtp: bool = False, env: Mapping[str, str] | None = None
) -> list[Finding]:
    """Check the file (or ./briefing.toml, or the defaults) and the environment the commands will need."""
    env = os.environ if env is None else env
    if path is None and not DEFAULT_CONFIG.is_file():
        findings = [Finding(level="ok", text=f"no {DEFAULT_CONFIG}: using the defaults")]
        return findings + _environment(Config(), env, connect_smtp=False)
    path = path or DEFAULT_CONFIG
    try:
        raw = read_toml(path)
    except ConfigError as exc:
        return [Finding(level="error", text=exc.args[0])]  # the message alone: check-config's lines carry no hints
    config, problems = read_config(raw, base=path.parent)
    if problems:
        return [Finding(level="error", text=f"{path}: {p}") for p in problems]
    return [Finding(level="ok", text=f"{path}: every key is valid")] + _environment(config, env, connect_smtp)


def _environment(config: Config, env: Mapping[str, str], connect_smtp: bool) -> list[Finding]:
    """What the settings need from this machine: writable folders, the password variable, the server."""
    findings = [_writable(config.outbox, "the outbox folder"),
                _writable(config.state.parent, "the state database's folder")]
    if config.email is None or config.smtp is None:
        missing = " and ".join(s for s, v in (("[email]", config.email), ("[smtp]", config.smtp)) if v is None)
        findings.append(Finding(level="warning", text=f"no {missing}: 'briefing send' cannot mail the digest"))
        return findings
    smtp = config.smtp
    if smtp.password_env:
        if env.get(smtp.password_env):
            findings.append(Finding(level="ok", text=f"smtp.password_env: ${smtp.password_env} is set"))
        else:
            findings.append(Finding(level="error", text=f"smtp.password_env: ${smtp.password_env} is not set "
                                    f"(export it in the environment that runs briefing)"))
        if smtp.security == "none" and not is_loopback(smtp.host):
            findings.append(Finding(level="error", text=f"smtp.security = \"none\" would send the password to "
                                    f"{smtp.host} unencrypted (use \"starttls\" or \"ssl\")"))
    if connect_smtp and not any(f.level == "error" for f in findings):
        findings.append(_try_login(config))
    return findings


def _writable(folder: Path, what: str) -> Finding:
    """Whether `folder` is (or can be created as) a writable folder; creates nothing.

    `what` says in the user's words what the folder is for ("the outbox folder"), not which module uses it.
    """
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        return Finding(level="error", text=f"{what} {folder}/: {probe} is a file, not a folder")
    if not os.access(probe, os.W_OK | os.X_OK):
        return Finding(level="error", text=f"{what} {folder}/: {probe} is not writable")
    return Finding(level="ok", text=f"{what} {folder}/ is writable")


def _try_login(config: Config) -> Finding:
    """Connect, start TLS and log in as configured, then quit; nothing is sent."""
    assert config.smtp is not None
    smtp = config.smtp
    try:
        session = connect(smtp)
    except ConfigError as exc:
        return Finding(level="error", text=str(exc))
    except (smtplib.SMTPException, OSError) as exc:
        line, todo = explain_failure(exc, smtp)  # what to try, as 'briefing send' says it
        return Finding(level="error", text=f"smtp: {line} ({todo})" if todo else f"smtp: {line}")
    with contextlib.suppress(smtplib.SMTPException, OSError):
        session.quit()
    what = "logged in" if smtp.username else "connected (no login configured)"
    return Finding(level="ok", text=f"smtp: {what} at {smtp.host}:{smtp.port} ({smtp.security})")
