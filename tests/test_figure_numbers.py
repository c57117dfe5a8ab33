"""Numbers read as the right kind of thing: not a casualty, a count, a distance or a value the text does not give."""

from __future__ import annotations

import pytest
from helpers import labels_of

from briefing.text.numbers import find_quantities


@pytest.mark.parametrize("text", [
    "No-one was injured when the roof of the depot gave way on Tuesday.",
    "Martha Greene died of cancer in 2009 at the age of 71.",
    "The retired judge died peacefully in her sleep at home, her family said.",
    # a story with a disaster in it is no obituary: only the sentence's own telling makes this death natural
    "Martha Greene died peacefully in her sleep, a week after the storm.",
    "Deputies first reported that a second ranger was shot, but later said his wounds came from a fall.",
])
def test_no_one_hurt_a_natural_death_or_a_retracted_report_is_no_casualty(text: str) -> None:
    assert not any(label.startswith("people ") for label in labels_of(text))


@pytest.mark.parametrize(("text", "label"), [
    ("One man died from complications of gunshot wounds on Sunday.", "people killed"),
    ("Two officers died of complications after the blast.", "officers killed"),
])
def test_a_natural_sounding_cause_that_follows_violence_is_its_toll(text: str, label: str) -> None:
    assert label in labels_of(text), labels_of(text)
    assert not any(x.startswith("people ") for x in labels_of("Three people died of pneumonia."))  # still natural


def test_a_count_in_a_report_the_sentence_takes_back_is_no_figure() -> None:
    """Not a casualty, and not a plain count either: 'rangers shot = 2' would show what the report withdrew."""
    assert labels_of("Deputies first reported that two rangers were shot, but later said their wounds came from a "
                     "fall.") == {}


def test_a_death_in_a_story_of_a_suicide_is_a_death_not_a_killing() -> None:
    figures = labels_of("The warden said the prisoner hanged himself overnight. Ortega was found dead at dawn.")
    assert figures == {"deaths": "1 person"}


def test_a_killing_in_a_story_of_a_suicide_is_still_a_killing() -> None:
    figures = labels_of("The gunman killed a guard before he shot himself. The guard was killed at the gate.")
    assert figures.get("people killed") == "1 person"


def _quantities(text: str) -> list[str]:
    return [q.display for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "kept"), [
    ("It is one of the few 21:9 televisions on sale this winter.", []),  # an aspect ratio
    ("One in every 300 drivers was stopped at the checkpoint.", []),  # a denominator
    ("Seven out of ten shoppers paid by card.", []),  # a rate: neither number counts shoppers
    ("Four in 5 tenants said rents were too high.", []),
    ("The storm flooded the county with 911 calls for hours.", []),  # a phone number
    ("Several hundred fans waited outside the stadium.", []),  # no precise count
    ("A few dozen volunteers cleared the beach.", []),
    ("The firm now holds two thirds of the market.", []),  # a fraction
    ("He was arrested with members of the 9 Street crew he ran with.", []),  # a name
])
def test_numbers_that_count_nothing_are_not_counts(text: str, kept: list[str]) -> None:
    assert _quantities(text) == kept


def test_a_part_of_a_whole_is_not_shown_as_a_bare_count_but_the_whole_is() -> None:
    assert _quantities("She made 6 of 9 attempts from the line.") == ["9 attempts"]
    assert labels_of("An inquiry found that two of the five shells fired by the tank hit the school.") == {
        "shells fired": "5 shells"}


def test_a_part_told_by_its_own_verb_keeps_its_verb_not_the_wholes_number() -> None:
    assert labels_of("Six of the ten defendants were acquitted on Friday.") == {"defendants acquitted": "6 defendants"}


@pytest.mark.parametrize(("text", "shown"), [
    ("The council paid 14m euros for the land.", "€14 million"),
    ("The outage cut off over 3m Android users.", "over 3,000,000 users"),
])
def test_m_after_an_amount_or_before_a_plural_is_million_not_metres(text: str, shown: str) -> None:
    assert _quantities(text) == [shown]


def test_m_before_a_race_or_alone_stays_metres() -> None:
    assert _quantities("She won the 400m hurdles in a pool 50m long.") == ["400 m", "50 m"]


def test_mm_after_a_currency_sign_is_millions_and_alone_millimetres() -> None:
    assert _quantities("The club offered the pitcher $45MM to stay.") == ["$45 million"]
    assert _quantities("A 9mm shell lay in 5 mm of rain.") == ["9 mm", "5 mm"]


def test_a_plural_before_a_plural_modifies_it() -> None:
    assert labels_of("Regulators listed seven alleged safety violations at the plant.") == {
        "safety violations listed at the plant": "7 violations"}
    assert _quantities("The mix of all four ad formats results in higher rates.") == ["4 formats"]


def test_a_model_number_after_a_product_name_counts_nothing() -> None:
    assert _quantities("Some iPad 9 buyers waited in line for hours.") == []


def test_a_percentage_after_a_verb_is_a_share_not_people() -> None:
    # tokenised text spaces the decimal: "41. 2 percent" is one share, and the sentence does not end at "41."
    figures = labels_of("The Owls shot 41. 2 percent from the floor and still won the game.")
    assert "people shot" not in figures
    assert _quantities("The Owls shot 41. 2 percent from the floor.") == ["41.2%"]


def test_a_number_word_after_a_number_names_the_shot_and_counts_nothing() -> None:
    assert _quantities("She hit 5-of-7 three attempts in the half.") == []


def test_another_one_is_a_pronoun_and_an_intended_killing_is_no_casualty() -> None:
    assert _quantities("The robber hit one clerk and meant to hit another one.") == []
    assert _quantities("The robber fled, though he meant to shoot another one.") == []  # after a verb, as a count is
    assert not any(label.startswith(("people", "guards killed")) for label in
                   labels_of("The prisoner threatened to kill 4 guards during the riot."))


@pytest.mark.parametrize(("text", "shown"), [
    ("About two dozen people were hurt in the crush.", "24 people"),
    ("Half a dozen people were arrested after the match.", "6 people"),
])
def test_dozens_multiply(text: str, shown: str) -> None:
    assert any(value.endswith(shown) for value in labels_of(text).values())


@pytest.mark.parametrize("text", [
    "Two passengers were not hurt when the bus left the road.",
    "Three climbers nearly died on the ridge on Sunday.",
    "A woman was nearly killed when a tree fell on her car.",
])
def test_a_casualty_verb_that_did_not_happen_is_no_casualty(text: str) -> None:
    assert not any(label.endswith(("killed", "injured")) for label in labels_of(text))


def test_a_count_keeps_a_bare_by_phrase_that_says_which_ones() -> None:
    assert labels_of("The champion has 47 wins by knockout.") == {"wins by knockout": "47 wins"}


def test_none_of_a_count_was_hurt_is_no_casualty_and_no_label_of_it() -> None:
    figures = labels_of("None of the 30 hikers was injured when the bridge gave way.")
    assert not any("injured" in label for label in figures)


def test_a_number_in_a_span_of_time_or_of_games_is_no_rate() -> None:
    assert _quantities("She scored 3 in 4 games and 2 in 9 minutes.") == ["4 games", "9 minutes"]
    assert labels_of("The gang killed 3 in 2 raids.").get("people killed") == "3 people"


@pytest.mark.parametrize(("text", "label", "value"), [
    ("Two tenants died of smoke inhalation after the blaze on Elm Street.", "tenants killed", "2 people"),
    ("A cyclist succumbed to her injuries at the county hospital on Friday.", "people killed", "1 person"),
    ("Three people remain in critical condition after the crash.", "people injured", "3 people"),
    ("A second man remains in critical condition, officials said.", "people injured", "1 person"),
    ("The arsonist took the lives of two firefighters in the warehouse.", "firefighters killed in the warehouse",
     "2 people"),
    ("The gunman gunned down two guards at the depot gate.", "guards killed at the depot gate", "2 people"),
    ("A hiker watched his friend fall to his death from the ledge.", "people killed", "1 person"),
    ("Pavel Sorin, a climber from Perth, has been presumed dead after the avalanche.", "people killed", "1 person"),
    ("A deputy and a park ranger were killed when the bridge gave way.", "people killed", "2 people"),
    ("She shot the clerk before being taken into custody, deputies said.", "people arrested", "1 person"),
    ("The crowd dispersed and there was one arrest, the sheriff said.", "people arrested", "1 person"),
    ("Despite his arrest on suspicion of fraud, the mayor stayed in office.", "people arrested", "1 person"),
    ("Tobias Lane Jr. was caught in a motel near the border.", "people arrested", "1 person"),
])
def test_a_casualty_told_through_its_cause_or_state(text: str, label: str, value: str) -> None:
    assert labels_of(text).get(label) == value


def test_caught_in_the_crossfire_is_no_arrest() -> None:
    assert "people arrested" not in labels_of("Marta Bell was caught in the crossfire outside the bank.")


def test_a_part_of_a_counted_whole_is_not_its_number() -> None:
    figures = labels_of("The union listed 14 grievances. Nine of the grievances concerned overtime pay.")
    assert "number of grievances" not in figures and figures.get("grievances union listed") == "14 grievances"


def test_a_part_with_a_verb_of_its_own_stays() -> None:
    figures = labels_of("The board counted 30 ballots. Twelve of the ballots were spoiled.")
    assert figures.get("ballots spoiled") == "12 ballots"


@pytest.mark.parametrize("text", [
    "Belkin also sells a similar charging pad with a USB-A port for $40 less.",
    "Dell sells the same laptop with 8GB of memory for $150 less.",
])
def test_a_difference_of_prices_is_no_price(text: str) -> None:
    assert not any("price" in label or "$" in value for label, value in labels_of(text).items())


def test_a_count_per_anything_is_a_rate() -> None:
    figures = labels_of("The sauce has around nine calories per teaspoon, the label says.")
    assert figures.get("calories per teaspoon") == "around 9 calories"


@pytest.mark.parametrize(("text", "kept"), [
    ("The parish will hold four to six services each week in the summer.", ["4–6 services"]),  # not "6 services"
    ("The mill employs between 300 and 450 workers at its site on the river.", ["300–450 workers"]),
    ("The board met three four times on the plan before it was approved.", []),  # an edit left in: not "7 times"
    ("The board met twenty-four times on the plan before it was approved.", ["24 times"]),
])
def test_a_range_is_read_whole_and_an_edited_number_gives_no_value(text: str, kept: list[str]) -> None:
    assert _quantities(text) == kept


@pytest.mark.parametrize("text", [
    "Harold Finch, 82, died Thursday at his home in Dayton. He taught music for 40 years.",
    "The painter died on Sunday at age 91, her gallery said. She was born in Leeds.",
    # words that only begin like violence or disaster: a fellow, a warm welcome, being fired from a job
    "Harold Finch, 82, died Thursday at his home. His fellow teachers gave him a warm farewell in 1990.",
    "Ada Lowe died at her home on Monday, aged 88. She was fired from her first job in 1958 and never looked back.",
])
def test_a_death_in_a_story_of_no_violence_accident_or_disaster_is_not_a_killing(text: str) -> None:
    assert not any(label.startswith(("people ", "deaths")) for label in labels_of(text))


def test_a_death_in_a_story_of_a_crash_is_still_a_killing() -> None:
    figures = labels_of("A van crashed into a wall on Route 9. Harold Finch, 82, died at the scene.")
    assert figures.get("people killed") == "1 person"


def test_a_number_the_story_uses_as_a_model_name_counts_nothing() -> None:
    figures = labels_of("Boeing delivered its first 787 Dreamliner in 2011. The 787 Dreamliner deliveries resumed in "
                        "August after a pause of several months, and 40 jets were handed over.")
    assert not any("787" in value for value in figures.values())
    assert "40 jets" in figures.values()


@pytest.mark.parametrize("text", [
    "A woman has been charged on suspicion of arson after a fire at the depot.",
    "The parole board heard from a convicted robber recaptured last week near the coast.",
])
def test_a_charge_on_suspicion_and_a_recapture_in_a_reduced_clause_are_arrests(text: str) -> None:
    assert labels_of(text).get("people arrested") == "1 person"


def test_a_charge_on_suspicion_of_a_counted_group_is_their_arrest() -> None:
    assert labels_of("Three teenagers were charged on suspicion of burglary, police said.") == {
        "teenagers arrested": "3 teenagers"}


def test_a_tokenised_decimal_is_one_share_not_its_fragment() -> None:
    assert _quantities("Unemployment stood at 13 . 6 % in April .") == ["13.6%"]


def test_a_model_name_in_tokenised_text_counts_nothing() -> None:
    figures = labels_of("The airline flies the 747 Jumbo . Its 747 Jumbo flights to Tokyo resumed , with 12 crew .")
    assert not any("747" in value for value in figures.values())


def test_an_age_in_tokenised_text_is_an_age_and_its_owner_one_casualty() -> None:
    figures = labels_of("Police said Dumont , 64 , was killed when the van struck his car .")
    assert figures.get("people killed") == "1 person" and figures.get("Dumont’s age") == "64 years old"


def test_the_change_of_a_rate_is_not_the_rate() -> None:
    assert _quantities("Her scoring dropped 4 points per game after the injury in March.") == []
    assert _quantities("She scored 22 points per game in March.") == ["22 points"]


@pytest.mark.parametrize("story", [
    # the only cause the story gives is an illness of the heart: "heart attack" is no attack
    ("Former senator Ruth Okonjo died at her home on Monday, her son said.", "She had suffered a heart attack in March."),
    # "to fire" an aide is a dismissal, an "executive" no execution; the death is told by "died ... at her home",
    # past a time of day and a date
    ("The publisher Ada Marsh died at 4:10 a.m. on Sunday at her home in Maine.",
     "As an executive she once refused an order to fire her editor."),
    # the death is told by "in his sleep" alone, with no home and no age
    ("The composer Ian Rudd died in his sleep on 3rd May, his agent said.", "He wrote six operas."),
])
def test_a_death_the_story_gives_no_violence_for_is_natural(story: tuple[str, ...]) -> None:
    assert not any(label.startswith("people ") for label in labels_of(" ".join(story)))


def test_a_death_in_a_story_of_a_fire_is_still_a_casualty() -> None:
    text = "Ada Marsh died at her home on Monday, her son said. The fire started in her kitchen."
    assert labels_of(text).get("people killed") == "1 person"


def test_the_size_of_a_family_is_no_toll() -> None:
    assert "people killed" not in labels_of("The father of three died of his wounds in hospital on Friday.")


def test_how_long_before_an_arrest_is_not_who_was_arrested() -> None:
    figures = labels_of("After three days a 44-year-old woman gave herself up and was arrested.")
    assert figures.get("people arrested") != "3 people"
    assert figures.get("people arrested") == "1 person", figures  # the woman is who was arrested


def test_a_family_counted_by_its_noun_is_still_a_count() -> None:
    assert labels_of("Ms. Reyes, a mother of four children, runs the bakery.").get("number of children") == "4 people"


@pytest.mark.parametrize("text", [
    "Thieves took rings and watches worth over $3. 4 million early Friday. Nobody was hurt.",
    # a subject "worth" a sum shows no value even when whole ("£2.5m"): this one guards the pound sign only
    "Jewellery worth £2. 5m was stolen from the shop. Nobody was hurt.",
    "Thieves took jewellery worth £2. 5m from the shop. Nobody was hurt.",  # whole, "jewellery value" is shown
])
def test_a_value_cut_at_its_decimal_point_gives_no_value(text: str) -> None:
    assert not [value for value in labels_of(text).values() if value.startswith(("$", "£", "over"))]


def test_a_value_that_ends_its_sentence_is_kept() -> None:
    assert labels_of("The thieves took jewellery worth $3. Police arrested 2 men.").get("jewellery value") == "$3"


def test_a_count_that_opens_a_clause_after_after_is_its_subject() -> None:
    assert labels_of("The strike began a week after two miners died underground.") == {"miners killed": "2 people"}


@pytest.mark.parametrize("text", [
    "Tomas Brenner died in 2011.",
    "The vote is the first since the death of longtime ruler Ivo Marek three years ago.",
    "The crime boss Carl Vetto died while in prison custody on March 3, 2004.",
    # a natural cause far from "died", past a day, a place and "having suffered"
    "Film star Rosa Lind died Monday morning at a clinic in Denver after having suffered a stroke last week.",
    "The caretaker was found dead, reportedly of natural causes, in his cabin on Monday.",  # a comma after "dead"
])
def test_a_death_long_past_or_of_a_far_told_natural_cause_is_no_killing(text: str) -> None:
    assert "people killed" not in labels_of(text)


@pytest.mark.parametrize("text", [
    "Two miners died in 2009 when the shaft collapsed.",  # violence in its own sentence
    "A 30-year-old man died on Tuesday after he was stabbed.",
])
def test_a_dated_death_with_violence_in_its_sentence_is_still_a_casualty(text: str) -> None:
    assert any(label.endswith(" killed") for label in labels_of(text))


@pytest.mark.parametrize("text", [
    "Marta hurt her wrist three Saturdays ago at Leeds.",
    "The blaze started two floors below the office.",
    "The Hawks finished three wins shy of the title.",
])
def test_a_count_that_only_says_how_far_off_something_is_is_no_figure(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.dim == "count"]


# Each case: a sentence and every quantity read in it; the id names the rule.
@pytest.mark.parametrize(("text", "shown"), [
    pytest.param("Three Saturdays passed before the vote.", ["3 saturdays"],
                 id="a_count_before_an_adverb_of_place_that_is_no_offset_is_still_a_count"),
    pytest.param("Ruiz scored 31 points thanks to a late run.", ["31 points"],
                 id="thanks_to_after_a_counted_noun_is_a_preposition_not_its_head"),
    pytest.param("About 600,000 Israelis fled their homes.", ["about 600,000 Israelis"],
                 id="a_people_before_a_verb_is_still_counted"),
])
def test_a_count_is_read_with_its_noun_and_nothing_past_it(text: str, shown: list[str]) -> None:
    assert _quantities(text) == shown


@pytest.mark.parametrize(("text", "window"), [
    ("The Owls lost seven of their last nine games.", "9 games"),
    ("Bako scored four of the club's first 11 goals.", "11 goals"),
])
def test_the_window_a_part_is_counted_in_is_no_count(text: str, window: str) -> None:
    assert window not in _quantities(text)


@pytest.mark.parametrize(("text", "shown"), [
    ("The Owls are 6-2-1 in their past nine games.", "9 games"),  # a record is no part
    ("Lia is one of the first two women elected to the board.", "2 people"),
    ("He completed his first 12 passes.", "12 passes"),
])
def test_a_window_that_is_no_whole_of_a_part_is_still_a_count(text: str, shown: str) -> None:
    assert shown in _quantities(text)


@pytest.mark.parametrize(("text", "shown"), [
    ("Two Ana Rhodes free throws made it 12-0.", "2 throws"),
    ("Two United Provinces aid workers were freed.", "2 workers"),
])
def test_a_name_of_two_words_before_a_noun_describes_it(text: str, shown: str) -> None:
    assert [q.display for q in find_quantities(text) if q.dim == "count"] == [shown]


@pytest.mark.parametrize(("sentence", "value", "upper"), [
    ("Between 40 and 70 protesters gathered outside the court.", 40, 70),  # a capitalised preposition is no name
    ("Each shift is kept by one or two guards.", 1, 2),  # "one" opens a range, not only a casualty
    ("Crews worked through the night at minus 12 degrees.", -12, None),  # below zero keeps its sign
])
def test_a_range_or_a_sign_written_in_words_keeps_its_value(sentence: str, value: float, upper: float | None) -> None:
    """'Between 60 and 100 rioters' was shown as 100, 'one or two bodyguards' as 2, 'minus 17 degrees' as 17."""
    found = find_quantities(sentence)
    assert [(q.value, q.upper) for q in found] == [(value, upper)], found


def test_an_adverb_before_a_reduced_passive_is_not_its_doer() -> None:
    """'always accompanied by one or two bodyguards' read 'always' as the noun the bodyguards accompanied."""
    labels = labels_of("The minister walked to the square, always accompanied by two bodyguards.")
    assert not any("always" in label for label in labels), labels
    assert labels.get("number of bodyguards") == "2 bodyguards", labels  # shown, without the adverb


@pytest.mark.parametrize(("text", "display"), [
    ("The section cost 4.1 billion zlotys, most of it from European funds.", "4.1 billion PLN"),
    ("His family eventually paid 8 million naira for his release.", "8 million NGN"),
    ("The Red Cross launched an appeal for 2.5 million Swiss francs on Monday.", "2.5 million CHF"),
    ("The province has set aside an initial 4.5 billion pesos for the fund.", "4.5 billion pesos"),
    ("Rangers earn about 38,000 shillings a month.", "about 38,000 shillings/month"),
])
def test_the_worlds_currencies_written_as_words_are_money(text: str, display: str) -> None:
    # a currency named after a number is money, not a count of "pesos" ("number of initial pesos" was shown)
    money = [q for q in find_quantities(text) if q.dim == "money"]
    assert [q.display for q in money] == [display]
    assert not any(label.startswith("number of") for label in labels_of(text))


def test_a_word_that_is_a_currency_elsewhere_is_no_money_here() -> None:
    # "won" and "real" are left out of the currency words: they are English far more often
    assert not [q for q in find_quantities("The Rovers won 3 games and the real test comes next.") if q.dim == "money"]
