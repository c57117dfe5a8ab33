"""Figures: each source's numbers, normalised and aligned by what they measure."""

from briefing.figures.extract import extract_figures

__all__ = ["extract_figures"]
