"""Write-up: headline, credited summary and differences per story; memory of earlier editions."""

from briefing.writeup.memory import apply_memory, remember_edition
from briefing.writeup.summary import write_event

__all__ = ["apply_memory", "remember_edition", "write_event"]
