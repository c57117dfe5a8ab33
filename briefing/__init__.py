"""briefing: one trustworthy digest from a day of overlapping news."""

__version__ = "0.1.0"
