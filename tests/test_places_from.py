"""A place after "from" is where someone comes from, not where the event happened."""

from __future__ import annotations

from briefing.text.places import find_places


def test_a_drivers_home_town_after_a_cue_is_no_scene() -> None:
    text = ("A woman was killed when a semi slammed into slowed traffic on the interstate. The driver, from suburban "
            "Chicago, told troopers he did not see the traffic.")
    found = find_places("Woman killed as semi hits traffic", text)
    assert found.city is None
    assert "chicago" in found.mentioned  # named all the same: a report placed there does not clash


def test_a_home_town_before_its_state_is_no_scene() -> None:
    text = "No charges were filed against the truck driver, a 41-year-old man from Joliet, Illinois."
    assert find_places("Victim identified", text).city is None


def test_the_scene_beside_a_home_town_is_kept() -> None:
    text = ("A man was shot in Dayton, Ohio, late Monday. The victim, a 30-year-old man from Toledo, Ohio, "
            "was taken to hospital.")
    assert find_places("Man shot", text).city == "dayton"


def test_a_cue_after_from_elsewhere_still_counts() -> None:
    # One mention after "from" does not undo another that places the event.
    text = "Crews came from Dayton to fight the fire. The fire broke out in Dayton late Monday."
    assert find_places("Warehouse fire", text).city == "dayton"
