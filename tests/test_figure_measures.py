"""What a figure measures keeps the words that tell it apart: which ones, an estimate, a comparison (round 7b)."""

from __future__ import annotations

from briefing.figures.extract import extract_figures
from briefing.models import Article


def _labels(*texts: str) -> list[str]:
    articles = [Article(id=f"s{i}", title="Local news", text=t, outlet=f"Outlet {i}") for i, t in enumerate(texts)]
    return [f.label for f in extract_figures(articles)]


def test_an_ordinal_before_a_count_and_in_a_row_after_it_stay_in_the_measure() -> None:
    labels = _labels("Smith completed his first 17 passes in a row before halftime on Sunday.")
    assert labels == ["first consecutive passes completed"]


def test_in_a_row_says_consecutive() -> None:
    assert _labels("The champion has won 16 fights in a row since 2004.") == ["consecutive fights won"]


def test_a_multiple_of_a_named_level_is_a_comparison_not_an_increase() -> None:
    labels = _labels("Pollution reached 50 times the level deemed safe by the World Health Organization.")
    assert labels == ["pollution relative to the level deemed safe"]


def test_a_multiple_more_than_something_is_a_comparison() -> None:
    assert _labels("Creamy dips can pack 10 times more calories than salsa.") == ["calories relative to salsa"]


def test_a_multiple_without_its_reference_is_still_an_increase() -> None:
    assert _labels("Rate limits doubled to 2x this week for Claude users.") == ["Claude rate limits increase"]


def test_a_bare_change_noun_takes_what_changed() -> None:
    assert _labels("The index showed a 24% drop in exports last year.") == ["drop in exports"]
    assert _labels("Exports showed a 24% drop last year at the company.") == ["exports drop"]


def test_a_bare_change_noun_with_nothing_changed_is_not_shown() -> None:
    assert _labels("Exports showed a drop of 24% last year at the company.") == []


def test_a_simple_past_after_its_object_becomes_a_participle() -> None:
    assert _labels("Ashwin took 5 wickets on the opening day.") == ["wickets taken"]
    assert _labels("The gang drove two cars through the window of a jewellery store.") == ["cars driven"]


def test_a_count_a_negated_verb_acts_on_is_not_shown() -> None:
    assert _labels("He said it was a country that never gave us 10 cents.") == []


def test_nothing_done_for_a_time_is_no_time_of_doing() -> None:
    assert _labels("No inmate checks were conducted for at least eight hours that night.") == []
    assert _labels("The pump was running for at least eight hours that night.") == ["time running"]


def test_an_estimate_says_so() -> None:
    labels = _labels("The agency estimated that 964,000 workers lost their jobs in 2017.")
    assert labels and all(x.startswith("estimated ") for x in labels)


def test_an_estimated_bare_count_is_still_bare() -> None:
    assert _labels("The agency has estimated that 964,000 people age 12 and older reported a disorder.") == []


def test_more_than_its_own_earlier_self_is_an_increase() -> None:
    assert _labels("Each new model demands roughly 3x to 10x more compute than its predecessor.") == ["compute increase"]


def test_a_count_of_times_is_of_its_verb_and_where() -> None:
    assert _labels("Mourad was sued three times with allegations including a stop-and-frisk.") == ["times sued"]
    assert _labels("Voters have gone to the polls four times this month to vote.") == ["times gone to the polls"]
    assert _labels("Lohan, who has been in rehab a total of five times before this, left.") == ["times in rehab"]


def test_a_percentage_a_word_describes_is_that_words_share_of_the_subject() -> None:
    assert _labels("The county is 43 percent black, and polls found more oppose it.") == ["black share of the county"]


def test_a_bare_word_after_a_percentage_with_no_article_is_not_a_measure() -> None:
    assert _labels("I can arrive somewhere with 100% battery in my laptop today.") == []
    assert "coming" not in _labels("Most come from the party, with the other 10 percent coming from small groups.")


def test_a_percentage_with_an_article_names_its_thing() -> None:
    assert _labels("Alden acquired the entire 25.2% stake held by the former chairman.") == ["stake"]


def test_a_participle_of_value_values_the_noun_before_it() -> None:
    assert "diamonds value" in _labels("Armed robbers stole diamonds valued at 85 million euros on Tuesday.")


def test_a_participle_after_the_counted_noun_says_which_ones() -> None:
    labels = _labels("Bush had 70 yards rushing on just nine carries on Sunday.")
    assert "number of yards rushing" in labels
    assert _labels("The champion is 58-3 with 51 victories coming by way of knockout.") == [
        "number of victories coming by way of knockout"]


def test_a_participle_with_an_object_it_acts_on_is_no_kind() -> None:
    assert _labels("Two TDCJ officers driving him were hurt.") != ["number of TDCJ officers driving him"]
    assert _labels("The chain owns 30 newspapers including the Sacramento Bee.") == ["number of newspapers"]


def test_a_count_one_had_during_a_stretch_is_of_that_stretch() -> None:
    labels = _labels("McDermott had five points during a pivotal 15-2 run as Creighton defeated Drake.")
    assert labels == ["McDermott number of points during a pivotal 15-2 run"]


def test_during_after_an_act_on_the_count_says_when_not_which() -> None:
    assert _labels("Comeaux pulled a gun on two guards during a transfer from a unit.") == ["number of guards"]


def test_a_share_of_a_possessor_takes_the_noun_possessed_and_the_casualty_verb() -> None:
    assert _labels("The plague spread, killing up to 60 percent of Europe’s total population.") == [
        "share of Europe’s total population killed"]


def test_a_verb_of_measuring_gives_the_size_of_the_noun_before_it() -> None:
    assert _labels("A corner of the building measuring 50m by 50m was well alight.") == [
        "size of the corner of the building"]


def test_a_word_before_a_length_that_names_no_thing_is_no_measure() -> None:
    assert _labels("Volkswagen estimates that could be more like 300 miles on the cycle.") == []
    assert _labels("The watch has an aluminum case that's waterproof up to 50 meters, and GPS.") == []


def test_within_a_length_of_something_is_the_distance_from_it() -> None:
    assert _labels("They had managed to get within 80 meters of the bivvy, police said.") == ["distance from the bivvy"]


def test_an_amount_a_verb_puts_an_object_at_is_not_the_subjects() -> None:
    assert _labels("The available federal, state and local data puts the figure at about $44 million.") == []


def test_what_the_reader_pays_is_no_ones_payment() -> None:
    assert _labels("In that case you pay only $12.99.") == []
    assert _labels("Normally you'd be paying $9.99/month for this service.") == []


def test_a_verb_across_a_subordinator_is_not_the_counts() -> None:
    text = "Jared Allen was suspended for the first four games of the 2007 season after being charged with DUI twice."
    assert not [x for x in _labels(text) if x.endswith("charged")]


def test_a_number_that_is_needed_says_so() -> None:
    assert _labels("About 400 extra nurses are needed at the county hospital, the union said.") == [
        "extra nurses needed"]
    assert _labels("The board said a $5 million budget increase is needed to keep schools open.") == [
        "needed budget increase"]
