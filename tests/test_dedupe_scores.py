"""Two games of one night are two events: their reports share the league's words but not the score."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.dedupe.group import group_stories
from briefing.models import Article
from briefing.text.evidence import compare, evidence_of

NIGHT = dt.date(2019, 11, 20)


def _report(ident: str, title: str, text: str, outlet: str) -> Article:
    return Article(id=ident, title=title, text=text, outlet=outlet, published=NIGHT,
                   url=f"https://{outlet}/{ident}", origin="jsonl")


WILD = ("Parise scores twice as Wild beat Sabres 4-1",
        "Zach Parise scored twice in the first period and the Minnesota Wild beat the Buffalo Sabres 4-1 on Tuesday "
        "night. Alex Stalock made 30 saves for the Wild, who scored on the power play late in the first period and "
        "never trailed. Jason Zucker added a goal and an assist. The Sabres have lost five of their last six games, "
        "and coach Ralph Krueger said his team lacked urgency in the third period.")
# The other game of the night, whose report ends with the league's other results: the Wild game in a few
# lines, so the two reports share its names as well as the words of hockey.
ISLES = ("Nelson's overtime goal lifts Islanders over Penguins",
         "Brock Nelson scored 2:55 into overtime and the New York Islanders rallied to beat the Pittsburgh Penguins "
         "5-4 on Tuesday night, extending their unbeaten streak to 15 games. The Islanders trailed by two goals late "
         "in the third period before Josh Bailey and Ryan Pulock scored on the power play. Semyon Varlamov made 27 "
         "saves, and coach Barry Trotz praised his team's urgency. Anthony Beauvillier added his seventh goal of the "
         "season for the Islanders, who have not lost in regulation since October.\n\nAround the league: Minnesota "
         "4, Buffalo 1. Zach Parise scored twice, Alex Stalock made 30 saves and the Wild beat the Sabres, Jason "
         "Zucker adding a goal and an assist.")
OTHERS = ("City council approves a new bridge over the Maumee River after a long debate about costs.",
          "A regional orchestra announced its summer programme of Brahms and Dvorak in the park.",
          "Storm warnings were issued for the coast as forecasters expect strong winds on Friday.")


def _batch(*reports: Article) -> list[list[str]]:
    others = [_report(f"x{k}", t, t, "wire.example") for k, t in enumerate(OTHERS)]
    return sorted(sorted(a.id for a in s.articles) for s in group_stories([*reports, *others]))


def test_two_games_of_one_night_stay_two_events() -> None:
    wild, isles = _report("wild", *WILD, "startribune.example"), _report("isles", *ISLES, "newsday.example")
    assert compare(evidence_of(*WILD, NIGHT), evidence_of(*ISLES, NIGHT)).score
    assert ["isles"] in _batch(wild, isles) and ["wild"] in _batch(wild, isles)
    # The score is what keeps them apart: without it their words join them.
    others = [_report(f"x{k}", t, t, "wire.example") for k, t in enumerate(OTHERS)]
    joined = [sorted(a.id for a in s.articles) for s in group_stories([wild, isles, *others], score_clash=1.0)]
    assert ["isles", "wild"] in joined


def test_reports_of_one_game_share_its_score() -> None:
    recap = _report("recap", "Wild top Sabres behind Parise's two goals",
                    "Zach Parise scored twice and the Minnesota Wild topped the Buffalo Sabres 4-1 on Tuesday night "
                    "for their third straight win. Alex Stalock stopped 30 shots, and Jason Zucker had a goal and an "
                    "assist for the Wild, who went 2-3 on the power play.", "apnews.example")
    wild = _report("wild", *WILD, "startribune.example")
    assert compare(evidence_of(recap.title, recap.text, NIGHT), evidence_of(*WILD, NIGHT)).score is False
    assert ["recap", "wild"] in _batch(recap, wild)


@pytest.mark.parametrize("lead", [
    "Forecasters expect 5-10 inches of snow before the Bears' win streak is tested on Sunday.",
    "The Senate voted 52-48 on Tuesday, a narrow win for the majority leader.",
    "The Supreme Court ruled 5-4 that the state lost its case.",
    "Children ages 6-9 won prizes at the fair.",
    "The tournament runs March 3-4, and the winners will play again in May.",
    "Fans marked 9-11 before the game, which the home side won.",
    "The store is open 24-7 after the win.",
    "The club won the 2008-09 title and its 1-800-555-0199 line rang all night.",
    "A 3-4-year-old won the costume prize.",
    "The pump ran 10:30-11 before the team lost power.",
    "Jones scored 20 points as the school board met on a 3.5-4 budget.",
])
def test_ranges_dates_and_tallies_are_no_scores(lead: str) -> None:
    assert evidence_of("News", lead, NIGHT).scores == frozenset()


@pytest.mark.parametrize(("lead", "score"), [
    ("The Wild beat the Sabres 4-1 on Tuesday.", (1, 4)),
    ("A 20 - 13 victory over Denver.", (13, 20)),
    ("Chelsea lost 3–2 at home.", (2, 3)),
    ("Brock Nelson lifted the Islanders over the Penguins 5-4 in overtime.", (4, 5)),
])
def test_game_results_are_scores(lead: str, score: tuple[int, int]) -> None:
    assert evidence_of("Sports", lead, NIGHT).scores == frozenset({score})
