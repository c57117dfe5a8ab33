"""A date's label names the event of the clause the date stands in: its verb, that verb's subject and object."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import figure_labels, labels_of

from briefing.text.dates import find_dates

_PUBLISHED = dt.date(2019, 11, 20)  # a Wednesday


def _dates(text: str, published: dt.date = _PUBLISHED) -> dict[str, str]:
    return labels_of(text, published=published, unit="date")


@pytest.mark.parametrize(("text", "label"), [
    # a date after its verb dates that verb, not the verb of a clause after it
    ("The fugitive was captured Tuesday after neighbours received several anonymous calls.", "date fugitive captured"),
    ("The ferry was repaired on 29 October 2019 and all routes were reopened to traffic as of 4 November.",
     "date ferry repaired"),
    ("The league notified Rivertown College on Monday of four alleged recruiting breaches.",
     "date league notified Rivertown College"),
])
def test_a_date_after_its_verb_dates_that_verb(text: str, label: str) -> None:
    assert label in _dates(text)


@pytest.mark.parametrize("text", [
    # an aim or a possibility: no event happened on the date
    "Marlow improved to 21-4 on the season and advances to play Saturday in a semifinal against Denton.",
    "The label says she will be allowed to sing her old songs at the awards gala on Sunday.",
    # a clause before a ";" is not the clause of the date after it
    "That merger closed in June 2018; the founder remains a major holder, with 12% of the firm as of March 20.",
    # a weekday that is a verb's clause's subject ("Black Friday is approaching") dates nothing after the comma
    "Black Friday is approaching, but several gadgets have dropped in price already.",
])
def test_a_date_whose_event_cannot_be_told_is_not_shown(text: str) -> None:
    assert not [label for label in _dates(text) if "dropped" in label or "closed" in label or "improved" in label
                or "allowed" in label or "label" in label.split()]


def test_a_noun_in_a_prepositional_phrase_with_an_article_is_not_the_subject() -> None:
    labels = _dates("A bakery in a quiet village caught fire yesterday (November 19), damaging the roof.")
    assert "date bakery caught fire" in labels
    assert "date article published" in _dates("The finding was described in an article published Monday in a journal.")


def test_the_object_of_a_phrasal_verb_or_a_quantifier_is_named() -> None:
    assert "date gang pulled off bank heist" in _dates("The gang pulled off a bank heist in the city on Monday morning.")
    assert "date slogan drew mix of criticism" in _dates("The slogan drew a mix of criticism on social media on Monday.")


def test_the_subject_after_an_opening_relative_clause_is_the_noun_before_it() -> None:
    labels = _dates("A convicted burglar who was the subject of a long search during a court transfer was caught "
                    "Monday after police received tips.")
    assert "date convicted burglar caught" in labels


def test_a_date_told_plainly_to_come_keeps_its_auxiliary() -> None:
    assert "date Britain would leave EU" in _dates("He failed on his vow that Britain would leave the EU on Oct. 31.")
    assert "date their contracts will be terminated" not in _dates("Workers were told they might leave on Dec. 9.")
    # "might", "may", "could": not told plainly, so no event of the date's
    assert _dates("He failed on his vow that Britain might leave the EU on Oct. 31.") == {}
    assert _dates("Those issues and more will play out Wednesday night in Atlanta.") == {}


def test_a_time_after_a_month_and_day_is_no_year_or_day() -> None:
    labels = _dates("The ferry was repaired on 29 October 2019 and all routes were reopened as of 4 November 02:00 GMT.")
    assert "November 4, 2019" in labels.values()
    assert not any(value.startswith("November 2,") for value in labels.values())


def test_a_name_ending_in_a_weekday_is_no_date_of_its_subject() -> None:
    assert not any("Black" in label for label in _dates("Walmart's Black Friday ad just went up last night."))


def test_a_weekday_beside_a_date_is_one_claim_and_a_yearless_date_takes_the_nearest_year_before() -> None:
    labels = _dates("The kidnapping happened on Saturday, May 18, in Fort Worth.", dt.date(2019, 11, 20))
    assert labels == {"date kidnapping happened": "May 18, 2019"}
    ahead = _dates("The bridge will reopen on March 2, officials said.", dt.date(2019, 11, 20))
    assert list(ahead.values()) == ["March 2, 2020"]


@pytest.mark.parametrize(("text", "label"), [
    # a name before its aside owns the verb after it; a restated name in the aside does too
    ("Dan Ruiz, one of the heroes of last year's Cup Final run, was placed on injured reserve on Wednesday.",
     "date Ruiz placed on injured reserve"),
    # what an amount is of is the object
    ("A storm dumped about 3 inches (76 millimeters) of snow in the valley on Tuesday.", "date storm dumped snow"),
    # an opening "According to" holds no subject: the noun before the participle is
    ("According to a report published in a journal on Monday, the team found ice.", "date report published in journal"),
])
def test_whose_event_and_what_it_acted_on(text: str, label: str) -> None:
    assert label in _dates(text)


def test_a_future_in_the_weekdays_own_clause_is_the_coming_day() -> None:
    assert _dates("“Who decided?” said Vance, who will testify Thursday.") == {"date Vance will testify": "November 21, 2019"}


@pytest.mark.parametrize("text", [
    "Several headphones have dropped to Black Friday levels already.",
    "If you hope the price will drop on Cyber Monday, you will wait.",
])
def test_a_days_name_is_no_date(text: str) -> None:
    assert _dates(text) == {}


def test_a_team_or_a_longer_name_before_a_weekday_leaves_the_date() -> None:
    for text, day in (("The Steelers beat the Browns Sunday in Cleveland.", "November 17, 2019"),
                      ("The House Intelligence Committee Tuesday released a report.", "November 19, 2019")):
        assert [q.display for q in find_dates(text, _PUBLISHED, None)] == [day]


def test_a_clause_opening_word_before_a_weekday_is_no_days_name() -> None:
    assert [q.display for q in find_dates("When Monday's riot had ended, two were dead.", _PUBLISHED, None)] == [
        "November 18, 2019"]


def test_a_date_a_verb_spends_dates_no_event() -> None:
    assert _dates("The Ravens spent Monday trying to calm the row over the penalty.") == {}


def test_a_dated_noun_phrase_keeps_its_head() -> None:
    labels = _dates("He was hurt in a collision during Sunday's regular season finale.")
    assert "date of the regular season finale" in labels


def test_a_name_is_shown_whole() -> None:
    assert "date O'Malley fired" in _dates("O'Malley, fired on June 8, is suing the club.")


def test_a_date_that_ends_or_starts_a_span_says_so() -> None:
    labels = _dates("The River Lights Fair can be visited until 20 January 2020.", dt.date(2019, 11, 20))
    assert "date until which River Lights Fair can be visited" in labels, labels
    assert "date since which road has been closed" in _dates("The road has been closed since March 3 after a landslide.")


@pytest.mark.parametrize(("text", "label"), [
    # the day a span is extended until is not the day it was extended
    ("The weather agency extended its red alert until at least Friday, 22 November.",
     "date until which weather agency extended red alert"),
    ("The county extended a burn ban through 8 p.m. Friday.", "date through which county extended burn ban"),
    # a tally that stands by a day, or as of it
    ("Crews had cleared 14 kilometres of road by Tuesday evening.", "date by which crews had cleared road"),
    ("As of Tuesday afternoon, 131 people had been rescued alive.", "date as of which people had been rescued alive"),
    # a period with both its days: its first and its last day, not a day of the event
    ("The institute estimated 940 excess deaths between June 3 and July 14.",
     "first day of the period in which institute estimated 940 excess deaths"),
    ("The institute estimated 940 excess deaths between June 3 and July 14.",
     "last day of the period in which institute estimated 940 excess deaths"),
    ("Ferries will run a reduced timetable starting Dec. 2.", "date from which ferries will run reduced timetable"),
])
def test_a_bounded_date_says_what_it_bounds(text: str, label: str) -> None:
    assert label in _dates(text)


@pytest.mark.parametrize("text", [
    # the day something had not happened by: no event of that day to name
    "No new meeting had been scheduled by Monday evening.",
    "Night temperatures in the city have not fallen below 25C since last Wednesday.",
    "The appeal had not been filed as of Tuesday, November 19.",
    # a span that opens on the day ("the week beginning"), and a bound with no one doing it
    "The line will only be fully repaired sometime during the week beginning 25 November 2019.",
    "It was expected to reach the coast by early Friday.",
])
def test_a_date_of_what_did_not_happen_is_not_shown(text: str) -> None:
    assert _dates(text) == {}


def test_a_date_that_names_a_thing_bounds_nothing() -> None:
    labels = _dates("Six nurses have shared the prize from Tuesday night's draw.")
    assert labels and not any("which" in label for label in labels), labels


def test_a_participle_with_its_agent_after_the_date_is_the_noun_before_it() -> None:
    labels = _dates("Grace Holt beat Ivan Marsh by 400 votes, according to results certified Tuesday by the "
                    "county clerk.")
    assert "date results certified" in labels, labels


@pytest.mark.parametrize(("text", "label"), [
    ("The cable system went down on Saturday 8 October 2011, and repairs began.", "date cable system went down"),
    ("Seacom started to experience problems on Saturday, 8 October 2011.", "date Seacom started to experience problems"),
])
def test_a_dates_event_keeps_its_particle_or_the_verb_it_began(text: str, label: str) -> None:
    labels = figure_labels(text)
    assert label.lower() in [x.lower() for x in labels], labels  # a lone first word may not read as a name


@pytest.mark.parametrize(("text", "label"), [
    # a number right after the verb is its object: the event says what was counted or reached
    ("Rescue crews pulled 68 people from the sea on Thursday after their boat sank.", "date rescue crews pulled 68 people"),
    ("Temperatures reached 27C on Saturday afternoon.", "date temperatures reached 27C"),
    ("City hospitals admitted 2,417 patients with influenza on Tuesday.", "date city hospitals admitted 2,417 patients"),
])
def test_a_number_the_verb_takes_is_its_object(text: str, label: str) -> None:
    assert label in _dates(text), _dates(text)


@pytest.mark.parametrize("text", [
    "Net income for the 13 weeks ended Feb. 1 rose to $287.4 million.",
    "Hospitals admitted 2,417 patients in the week ending November 16, the state said.",
])
def test_the_day_a_period_ends_dates_no_event(text: str) -> None:
    assert _dates(text) == {}


def test_a_participle_after_a_possessive_and_a_count_describes_the_noun() -> None:
    labels = _dates("The airline cancelled 342 of its 518 scheduled flights on Tuesday as crews walked out.")
    assert "date airline cancelled 342 of its 518 scheduled flights" in labels, labels


def test_an_of_phrase_past_a_preposition_is_not_what_the_number_measures() -> None:
    labels = _dates("Rescue crews pulled 68 people from the sea south of Malta on Thursday.")
    assert "date rescue crews pulled 68 people" in labels, labels


@pytest.mark.parametrize(("text", "label"), [
    ("Shares rose 6.3% on Tuesday.", "date shares rose 6.3%"),
    ("The council voted 6-3 on Tuesday to raise the wage.", "date council voted"),
])
def test_a_percentage_keeps_its_sign_and_a_tally_is_no_count(text: str, label: str) -> None:
    assert label in _dates(text), _dates(text)


def test_a_coordinated_verb_shares_the_first_verbs_subject() -> None:
    labels = _dates("Thieves smashed their way into the Harlow Museum near Frome in the early hours of Monday and "
                    "escaped with nine clocks.")
    assert not any("Frome" in label for label in labels), labels


def test_the_subject_after_a_subordinating_conjunction_is_its_clauses() -> None:
    labels = _dates("A farmer was killed and 1,000 people fled after Mount Keruwang erupted on Sunday.")
    assert "date Mount Keruwang erupted" in labels, labels


def test_a_units_letter_is_no_subject() -> None:
    labels = _dates("A caution order limiting trains to 30 km/h had been issued on Monday, he said.")
    assert not any(" h " in label for label in labels), labels
