"""The command line: a thin layer that turns arguments into library calls and errors into one line."""

from briefing.cli.main import main

__all__ = ["main"]
