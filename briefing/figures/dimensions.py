"""Which dimension a length is, when the thing measured says it: 'waves of up to 3 metres' are 3 metres high, 'a
perigee of 170 km' is a perigee, not a length.

English vocabulary, not one story's words: things whose one told extent is their height (waves, peaks, towers),
and nouns that are themselves a dimension ('perigee', 'wingspan'), before which 'length' says nothing.
"""

from __future__ import annotations

# A thing whose single told size is how high it stands or rises (the sea's waves, a mountain's peak, a building)
_HEIGHT_NOUNS = frozenset({"wave", "swell", "surge", "crest", "tide", "breaker", "peak", "summit", "mountain",
                           "tower", "skyscraper", "spire", "cliff", "plume", "snowdrift", "drift"})
# A noun that is a dimension itself: "length" after it doubles it
# ("span", "range", "reach" are also things: a bridge's spans, a mountain range)
_DIMENSION_NOUNS = frozenset({"perigee", "apogee", "wingspan", "circumference", "girth", "altitude", "elevation",
                              "height", "depth", "width", "breadth", "radius", "diameter", "thickness", "distance"})


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def said_dimension(measure: str) -> str:
    """`measure` ('storm surges length') with the dimension its thing says ('storm surge height'), or as it was."""
    words = measure.split()
    if len(words) < 2 or words[-1] != "length":
        return measure
    head = _singular(words[-2].lower())
    if head in _DIMENSION_NOUNS:
        return " ".join(words[:-1])  # "perigee length" -> perigee
    if head in _HEIGHT_NOUNS:  # "waves length" -> wave height, as "storm surge height" is said
        return " ".join([*words[:-2], _singular(words[-2]), "height"])
    return measure
