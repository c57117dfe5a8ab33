"""One exception base; each subclass carries a hint the CLI shows the user."""

from __future__ import annotations


class BriefingError(Exception):
    """Base of every error briefing reports to the user in one line."""

    exit_code = 1
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message} ({self.hint})" if self.hint else message


class ConfigError(BriefingError):
    """The configuration file or a command-line option is wrong."""

    exit_code = 2
    hint = "fix the setting named, then run again"


class InputError(BriefingError):
    """An input (seed folder, JSON lines, feed list) cannot be used."""

    exit_code = 2
    hint = "check the path or file named"


class StrictModeError(BriefingError):
    """--strict turned warnings into a failure."""

    exit_code = 3
    hint = "fix the warnings above or run without --strict"


class FetchError(BriefingError):
    """A feed or page could not be fetched."""

    exit_code = 4


class DeliveryError(BriefingError):
    """The mail server did not accept the edition; the message is kept for the next send."""

    exit_code = 5
    # Kept beside the state database (.briefing/mail/), never in the outbox, which is meant to be published.
    hint = "the message is kept beside the state database; run 'briefing send' again once the server is reachable"


class OutputError(BriefingError):
    """The outbox cannot be written (disk full, no permission); the previous edition is left as it was."""

    exit_code = 7
    hint = "free some space or fix the folder's permissions, then build again"


class StateError(BriefingError):
    """The state database cannot be opened or written."""

    exit_code = 6
    hint = "check that the state file's folder is writable"
