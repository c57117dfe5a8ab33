"""Figure labels a reader sees: whose a number is and what it measures, read from sentence structure (round 5)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import figure_labels, figures_of, labelled_of, labels_of, read_figure_labels, read_values

from briefing.text.entities import EntityIndex
from briefing.text.numbers import find_quantities


@pytest.mark.parametrize(("text", "label", "wrong"), [
    ("Nichols will die in prison after Judge James Bodiford handed down the maximum prison sentence on each of 54 "
     "charges.", "number of charges", "James Bodiford number of charges"),  # 'sentence' after 'the maximum prison'
    ("The ratio was similar when comparing effective CPMs for paid ad items across these three types of units.",
     "types of units", "CPMs types of units"),  # round 29: a count's own "of" group says what kind
])
def test_a_name_whose_verb_takes_another_object_does_not_own_the_count(text: str, label: str, wrong: str) -> None:
    labels = figure_labels(text)
    assert label in labels and wrong not in labels


def test_a_name_whose_object_is_the_measure_still_owns_it() -> None:
    text = "McClatchy reported a loss of $304.7 million on revenue of $167.4 million in the third quarter."
    assert {"McClatchy loss", "McClatchy revenue"} <= set(figure_labels(text))


def test_a_count_with_no_main_verb_after_its_verb_is_that_verbs_subject() -> None:
    labels = figure_labels("Judges may approve death penalties even if two jurors voted against it.")
    assert "jurors voted against" in labels and "number of jurors" not in labels  # which way they voted (round 44)


def test_a_verb_after_a_plural_or_in_the_past_is_still_a_verb() -> None:
    assert "tesla shares rise" in figure_labels("Tesla shares rose 5% on Monday.")
    assert [x for x in figure_labels("Over the past month the index rose by 23 percent.") if x.endswith("rise")]


def test_a_market_move_is_a_fall_and_the_amount_it_moved_to_is_a_price() -> None:
    labels = figure_labels("Three-month aluminum on the London Metal Exchange lost 0.06% to $1,737.00 a tonne.",
                           "The pan-European STOXX 600 index lost 0.12% on Tuesday.")
    assert not [x for x in labels if "loss" in x or "losing" in x]
    assert [x for x in labels if x.endswith("price per tonne")] and [x for x in labels if x.endswith("index fall")]


def test_a_trailing_move_after_a_second_clause_is_not_the_first_subjects() -> None:
    text = ("The Japanese yen strengthened 0.13% versus the greenback, while Sterling was last trading at $1.2925, "
            "down 0.21% on the day.")
    assert not [x for x in figure_labels(text) if "yen" in x and "fall" in x]


def test_miles_an_hour_is_a_speed_not_a_distance() -> None:
    found = find_quantities("Police chased him at speeds of up to 120 miles an hour on Interstate 75.", [])
    assert [(q.value, q.unit, q.dim) for q in found] == [(120, "mph", "speed")]


def test_a_list_of_counts_keeps_its_subject_for_every_count() -> None:
    """'finished with 14 points, 8 rebounds and 5 blocks': the nouns counted before are siblings, not objects."""
    labels = figure_labels("Maria Rodriguez finished with 14 points, 8 rebounds and 5 blocks.")
    for count in ("points", "rebounds", "blocks"):
        # round 52 (clauseU): the first may say its clause ("Maria Rodriguez finished, number of points")
        assert any("Rodriguez" in label and label.endswith(f"number of {count}") for label in labels), labels


def test_an_unnamed_stat_in_a_recap_of_several_named_players_is_not_shown() -> None:
    """Two players' rebounds are named; a third count of rebounds names no one: whose is it?"""
    text = ("Dana Whitfield finished with 20 points and 9 rebounds. Lena Okafor had 12 points and 7 "
            "rebounds. The center finished strong, with 13 rebounds after half.")
    labels = figure_labels(text)
    assert "number of rebounds" not in labels
    assert any("Whitfield" in x and "rebounds" in x for x in labels), labels


def test_an_unnamed_count_beside_one_named_one_is_still_shown() -> None:
    labels = figure_labels("Acme Robotics shipped 40 robots in May. The plant built 25 robots in June.")
    assert "number of robots" in labels or "robots built" in labels or any("robots" in x and "Acme" not in x
                                                                             for x in labels), labels
    # the same measure words as the one named figure: one rival is not several, so it stays
    labels = figure_labels("Acme Robotics shipped 40 robots in May. The plant shipped 25 robots in June.")
    assert "robots plant shipped" in labels, labels  # round 52 (clauseU): the clause's subject kept
    labels = figure_labels("Acme Robotics shipped 40 robots in May. Bolt Motors shipped 30 robots in April. "
                           "The plant shipped 25 robots in June.")
    assert "robots shipped" not in labels, labels  # two named rivals: whose it is cannot be told


def test_a_name_a_verb_or_preposition_takes_as_object_does_not_own_the_count() -> None:
    """'Morales helped Vance ... adding six goals': Vance is the object; the goals are the subject's."""
    text = ("Vance and Morales both played on Sunday. Morales helped Vance up front by winning 5 corners and "
            "adding six goals.")
    labels = figure_labels(text)
    assert not [x for x in labels if x.startswith("Vance") and "goals" in x], labels
    assert [x for x in labels if x.startswith("Morales") and "goals" in x], labels


def test_a_clause_opening_on_its_verb_takes_the_subject_before_the_aside() -> None:
    """'Okoro, 31, was traded by the Hawks ... and scored 40 goals': Okoro scored them, not the Hawks."""
    text = ("Fans cheered for Okoro on Friday. Okoro, 31, was traded by the Hawks in a June deal with the Falcons last "
            "year and scored 40 goals in 70 games.")
    labels = figure_labels(text)
    assert any(x.startswith("Okoro") and "goals" in x for x in labels), labels
    assert not [x for x in labels if ("Hawks" in x or "Falcons" in x) and "goals" in x], labels


def test_he_takes_the_one_person_the_sentence_before_opens_on() -> None:
    labels = figure_labels("Marcus Dell joined the Hawks in May. Dell missed four games with a knee injury. "
                           "After joining the Hawks as a rookie, he rushed for 812 yards.")
    assert "Dell rushed, number of yards" in labels  # round 54: the clause label puts Dell in for "he"


@pytest.mark.parametrize("before", [
    "Marcus Dell and Tony Reyes missed four games with knee injuries.",  # two persons: which one
    "The Hawks missed the playoffs in May.",  # no person
])
def test_he_stays_unnamed_when_the_sentence_before_opens_on_no_one_person(before: str) -> None:
    labels = figure_labels(f"Marcus Dell joined the Hawks. {before} After joining the Hawks as a rookie, he rushed for 812 "
                           "yards.")
    assert not [x for x in labels if "yards" in x and x != "number of yards"]
    assert "number of yards" in labels, labels  # shown, without an owner: not passing by dropping the count


def test_a_name_glued_to_another_word_is_shown_whole_or_not_at_all() -> None:
    labels = figure_labels("ConEd&Gas initiated four rounds of planned outages in October. Shoppers like the Velop. "
                           "Deal of the day: Netgear Orbi Mesh with 512GB Storage for $299.")
    assert "ConEd&Gas rounds of planned outages initiated" in labels  # round 29: what kind of rounds
    assert not [x for x in labels if x.startswith(("Gas ", "GB "))]  # "512GB Storage": no name of its own


def test_an_adverb_opening_an_aside_is_no_name() -> None:
    labels = figure_labels("Console Pack with Bonus Case (Exclusively at Walmart) for $199. Exclusively sold online.")
    assert not [x for x in labels if x.startswith("Exclusively")]


def test_names_among_a_count_do_not_own_it() -> None:
    labels = figure_labels("Dana Ortiz and Lee Park are among the 12 finalists for the Hale Prize this year.")
    assert not [x for x in labels if "Park" in x and "finalists" in x]
    assert "number of finalists this year" in labels, labels  # shown, owned by no one of them


def test_a_name_after_with_is_a_part_of_the_thing_priced_not_its_owner() -> None:
    labels = figure_labels("Deal of the day: a 65-inch television with Roku for $429.99 at the store.")
    assert not [x for x in labels if x.startswith("Roku")]


def test_an_unnamed_figure_is_hidden_by_named_rivals_of_its_measure_words_only() -> None:
    from briefing.figures.ambiguity import Owned
    from briefing.figures.ambiguity import several_owners as _several_owners
    from briefing.models import Claim, Figure

    def owned(label: str, subject: str, measure: str) -> Owned:
        claim = Claim(value=1.0, unit="points", upper=None, display="1 points", qualifier=None, source_ids=("s",),
                      quotes=("q",))
        return Owned(Figure(label=label, status="single", claims=(claim,), key=False), measure, subject, False)
    bare = owned("points needed", "", "points needed")
    measured = [bare, owned("Lee number of points", "Lee", "number of points"),
                owned("Kim number of points", "Kim", "number of points")]
    assert _several_owners(measured) == set()  # the same counted noun, other measure words: it stays
    same = owned("number of points", "", "number of points")
    assert _several_owners([*measured, same]) == {id(same.figure)}  # two named rivals of its measure words
    assert _several_owners([same, *measured[:2]]) == set()  # beside one named other it may be that one's


def test_a_count_past_the_sentences_he_is_the_person_the_sentence_before_opens_on() -> None:
    text = ("Saints running back Reggie Bush was hurt. Reggie Bush missed eight games with a knee injury.\n\nHe has "
            "rushed for only 150 yards this season, but looked stronger on Sunday against Tampa Bay, when he had 70 "
            "yards rushing on just nine carries.")
    assert "Reggie Bush number of carries" in figure_labels(text)


def test_a_he_after_a_sentence_opening_on_a_name_is_that_name_not_the_sentence_befores() -> None:
    text = ("Arcade Comeaux escaped. Comeaux was caught. Deputy John Perez spoke for the marshals. John Perez spoke "
            "again on Monday.\n\nComeaux, 49, was in a wheelchair when he pulled a gun on two guards.")
    labels = figure_labels(text)
    assert not any("Perez" in label for label in labels)
    assert "number of guards" in labels, labels  # the count is shown, without the earlier sentence's name


def test_a_he_who_says_a_count_does_not_own_it() -> None:
    text = "Sheriff John Miller spoke on Monday. John Miller was tired.\n\nLater he said that 30 buildings burned."
    labels = figure_labels(text)
    assert not any(label.startswith("Miller") for label in labels)
    assert "buildings burned" in labels, labels  # shown, as the buildings' own count


_TEAM = "John Smith and Mike Jones starred for Ohio State on Saturday in Columbus. "


@pytest.mark.parametrize(("text", "label"), [
    ("A big reason why was Smith, who was just 10 of 22 for 162 yards with two interceptions.",
     "Smith number of interceptions"),  # the count inside the relative clause
    ("Smith, who was hurt in July, landed 178 punches to just 30 for Jones.", "Smith punches landed"),  # after it
])
def test_a_count_in_or_after_a_who_clause_is_the_name_the_clause_hangs_on(text: str, label: str) -> None:
    assert label in figure_labels(_TEAM + text)


@pytest.mark.parametrize(("text", "label"), [
    ("Smith ran for 120 yards and Jones added 80 yards.", "Jones yards added"),  # the second clause's own subject
    ("Smith completed 17 of 25 passes for 210 yards and added 6 carries.", "Smith carries added"),  # one subject
])
def test_a_count_a_reporting_verb_takes_as_its_object_is_shown_with_its_subject(text: str, label: str) -> None:
    assert label in figure_labels(_TEAM + text)


def test_a_count_a_saying_verb_reports_is_not_its_object() -> None:
    assert not [x for x in figure_labels(_TEAM + "Smith said two buses and one car crashed on the bridge.")
                if x.startswith("Smith")]


@pytest.mark.parametrize(("text", "label"), [
    ("Smith, a senior, had 20 points and 10 rebounds.", "Smith number of rebounds"),  # the list's first owner
    ("Smith had 20 points and Jones had 10 rebounds.", "Jones number of rebounds"),  # a clause of its own: its own
])
def test_a_count_listed_after_a_named_count_is_the_same_subjects(text: str, label: str) -> None:
    assert label in figure_labels(_TEAM + text)


def test_a_count_a_list_includes_after_a_named_count_is_the_same_subjects() -> None:
    assert "Smith number of touchdowns" in figure_labels(_TEAM + "Smith threw for 364 yards, including three touchdowns.")


def test_a_he_after_a_name_in_its_own_sentence_is_that_name() -> None:
    text = _TEAM + "Running back Smith did not practice, as he was a week ago when he had only 2 yards on 8 carries."
    labels = figure_labels(text)
    assert "Smith number of yards" in labels and "Smith number of carries" in labels  # "on": one stat line


def test_a_he_whose_verb_takes_another_object_does_not_own_the_count() -> None:
    assert "number of guards" in figure_labels(_TEAM + "Smith was in a wheelchair when he pulled a gun on two guards.")


def test_unnamed_counts_of_a_tally_of_several_subjects_are_not_shown() -> None:
    from briefing.figures.ambiguity import Owned, several_values
    from briefing.models import Claim, Figure

    def owned(label: str, subject: str, value: float, *, count: bool = True, casualty: bool = False) -> Owned:
        claim = Claim(value=value, unit="x", upper=None, display=f"{value:g}", qualifier=None, source_ids=("s",),
                      quotes=("q",))
        return Owned(Figure(label=label, status="single", claims=(claim,), key=False), label, subject, casualty, count)
    named = [owned("Lee number of yards", "Lee", 80), owned("Kim number of passes", "Kim", 6)]
    yards = [owned("number of yards", "", 32), owned("number of yards", "", 350)]
    passes = [owned("number of passes", "", 3), owned("number of passes", "", 9)]
    hidden = several_values([*named, *yards, *passes])
    assert hidden == {id(f.figure) for f in (*yards, *passes)}  # two measures, each with several unnamed values
    assert several_values([*named, *yards, passes[0]]) == set()  # one such measure: it may be the story's own two
    assert several_values([named[0], *yards, *passes]) == set()  # one named subject: not a tally of several
    killed = [owned("people killed", "", 4, casualty=True), owned("people killed", "", 26000, casualty=True)]
    assert not several_values([*named, *yards, *passes, *killed]) & {id(f.figure) for f in killed}  # a toll stays
    ages = [owned("age", "", 30, count=False), owned("age", "", 41, count=False)]
    assert not several_values([*named, *yards, *passes, *ages]) & {id(f.figure) for f in ages}  # counts only


def test_a_decimal_cut_in_two_by_tokenised_text_gives_no_count() -> None:
    text = ("Pierre Thomas ran hard. The undrafted rookie averaged 5. 2 yards a carry and finished with 716 yards "
            "rushing.\n\nHe was 31. He signed in 2003. 7 players signed with him.")
    values = [c.display for f in figures_of(text) for c in f.claims]
    assert "2 yards" not in values  # the tail of 5.2
    assert "716 yards" in values  # the rest of the sentence is read
    assert "7 players" in values  # after a year, a sentence may open on a numeral


# Each case: a sentence and a label its figures must include; the id names the rule.
@pytest.mark.parametrize(("text", "label"), [
    # "yards on nine", "yards with two interceptions", "title belts by scoring" were the labels
    pytest.param("Jamaal Charles managed 10 yards on nine carries against the Colts.", "Charles yards on nine carries",
                 id="a_phrase_that_opens_on_another_count_or_a_gerund_is_no_cut_off_qualifier-1"),
    pytest.param("Brady Quinn was just 10 of 22 for 162 yards with two interceptions.", "Quinn number of yards",
                 id="a_phrase_that_opens_on_another_count_or_a_gerund_is_no_cut_off_qualifier-2"),
    pytest.param("Wladimir Klitschko retained three heavyweight title belts by scoring a dominant knockout.",
                 "Klitschko title belts retained",
                 id="a_phrase_that_opens_on_another_count_or_a_gerund_is_no_cut_off_qualifier-3"),
    pytest.param("The Saints lost.\n\nReggie Bush had 404 yards on 106 carries.\n\nHe also had four touchdowns receiving.",
                 "Bush number of touchdowns receiving",
                 id="a_he_is_the_person_the_sentence_before_opens_on_after_a_first_name"),
    pytest.param("Reggie Bush was hurt.\n\nThrough 14 games, Bush had 404 yards.\n\nHe also had four touchdowns receiving.",
                 "Bush number of touchdowns receiving",
                 id="a_he_is_the_person_the_sentence_before_opens_on_after_a_phrase"),
    pytest.param("The Saints lost.\n\nReggie Bush had 404 yards.\n\nHe was hurt in the opener.\n\nHe also had four "
                 "touchdowns receiving.", "Bush number of touchdowns receiving",
                 id="a_he_is_the_person_the_sentence_before_opens_on_after_its_own_he"),
    pytest.param("Reggie Bush was hurt.\n\nThe Saints lost again.\n\nHe also had four touchdowns receiving.",
                 "number of touchdowns receiving",
                 id="a_he_after_a_sentence_that_opens_on_no_person_stays_unnamed"),
    pytest.param("Navy commandos stormed the tanker on Monday, capturing 23 of the smugglers, officials said.",
                 "smugglers captured",
                 id="a_count_a_gerund_takes_as_its_object_is_labelled_by_what_it_did-1"),
    pytest.param("A clerk accused of wounding two former bosses in an attack was arraigned on Monday.",
                 "former bosses wounded",
                 id="a_count_a_gerund_takes_as_its_object_is_labelled_by_what_it_did-2"),
    pytest.param("She was accused of stealing 40 paintings from the museum.", "paintings stolen from the museum",
                 id="a_count_a_gerund_takes_as_its_object_is_labelled_by_what_it_did-3"),
    pytest.param("The storm hit the coast at dawn, flooding nine villages.", "villages flooded",
                 id="a_count_a_gerund_takes_as_its_object_is_labelled_by_what_it_did-4"),
    # a nominalisation's "of"
    pytest.param("A baker was charged in the slayings of two women at a pub.", "people killed",
                 id="a_count_in_a_phrase_keeps_what_a_nominalisation_or_a_participle_after_it_says_happened-1"),
    pytest.param("Reporters watched the trial of two men accused of arson.", "men accused of arson",
                 id="a_count_in_a_phrase_keeps_what_a_nominalisation_or_a_participle_after_it_says_happened-2"),
    pytest.param("Houses in two villages damaged by the quake were rebuilt.", "villages damaged",
                 id="a_count_in_a_phrase_keeps_what_a_nominalisation_or_a_participle_after_it_says_happened-3"),
    pytest.param("A company with 500 employees based in Ohio was sold.", "Ohio number of employees",
                 id="a_word_in_ed_that_is_no_verb_after_a_count_in_a_phrase_says_nothing_of_it"),
    pytest.param("Rioters set five government buildings ablaze.", "government buildings set ablaze",
                 id="what_a_count_became_or_lost_is_part_of_its_measure-1"),
    pytest.param("The floods left 300 families homeless.", "families left homeless",
                 id="what_a_count_became_or_lost_is_part_of_its_measure-2"),
    pytest.param("Four deckhands lost their lives when the ferry sank.", "deckhands killed",
                 id="what_a_count_became_or_lost_is_part_of_its_measure-3"),
    pytest.param("Hooded youths hurled bombs at stores, setting the bank and two town halls ablaze.", "town halls set ablaze",
                 id="a_count_that_is_the_second_of_two_objects_keeps_the_verb_of_both"),
    pytest.param("The video was shown at the Leeds Crown Court on Thursday during the trial of two men accused of arson.",
                 "men accused of arson",
                 id="a_name_after_a_preposition_of_place_and_an_article_is_where_not_whose"),
    pytest.param("Judge Tom Hale sentenced Jackson to seven consecutive life sentences on Friday.",
                 "Jackson number of life sentences",
                 id="a_named_object_brought_to_a_count_owns_it-1"),
    pytest.param("The Bears held the Lions to 10 points.", "Lions number of points",
                 id="a_named_object_brought_to_a_count_owns_it-2"),
    pytest.param("The Pistons won 40 games last season.", "Pistons games won last season",
                 id="a_time_before_the_story_in_the_numbers_own_clause_goes_into_its_label-1"),
    pytest.param("Dealers last year sold 303,417 new vehicles.", "new vehicles sold last year",
                 id="a_time_before_the_story_in_the_numbers_own_clause_goes_into_its_label-2"),
    # "damage to the value", "city money into value" were no phrases: the noun after "in" stops at the next
    # closed-class word, and a noun that is itself money is the measure, not "<noun> value"
    pytest.param("A storm caused about $3 million in damage to the Lakeview ferry terminal.", "damage",
                 id="a_sum_in_a_money_noun_is_that_noun_and_its_phrase_stops_at_a_preposition-1"),
    pytest.param("The council pumped another $400,000 in city money into the shelter, but it closed anyway.", "city money",
                 id="a_sum_in_a_money_noun_is_that_noun_and_its_phrase_stops_at_a_preposition-2"),
    pytest.param("The plan foresees 12 billion euros in savings mainly from cuts in subsidies.", "savings",
                 id="a_sum_in_a_money_noun_is_that_noun_and_its_phrase_stops_at_a_preposition-3"),
    pytest.param("The smugglers moved $9 million in computers and phones to the port.", "computers and phones value",
                 id="goods_after_in_keep_their_value_and_join_with_and"),
    # "number of women", "number of coworkers" dropped what told these from the story's other women and coworkers
    pytest.param("Five women were inside the chapel at the time of the blaze.", "women inside the chapel",
                 id="where_a_counted_subject_is_says_which_ones-1"),
    pytest.param("Between 300 and 500 pumps in the district were idle, the utility said.", "pumps idle in the district",
                 id="where_a_counted_subject_is_says_which_ones-2"),
    pytest.param("The gunman sought out the four clerks from his section and opened fire.", "clerks from his section",
                 id="where_a_counted_subject_is_says_which_ones-3"),
    pytest.param("Sixteen sailors were aboard the tug when it capsized.", "sailors aboard the tug",
                 id="where_a_counted_subject_is_says_which_ones-4"),
    pytest.param("Of the three top young pitchers on the market, Ruiz was the safest bet.", "top young pitchers on the market",
                 id="a_word_that_picks_some_of_a_kind_stays_with_its_noun"),
    pytest.param("The Hawks, trailing 14-0 at the start of the second quarter, scored 17 unanswered points in the fourth.",
                 "Hawks unanswered points scored",
                 id="a_clause_opening_on_its_verb_after_an_aside_is_the_opening_names-1"),
    pytest.param("Robert Dunmore, 32, fell about 2,000 feet while climbing to a hut.", "Dunmore distance fell",
                 id="a_clause_opening_on_its_verb_after_an_aside_is_the_opening_names-2"),
    pytest.param("Up to 60% of calls to the Gulf have been disrupted since the cut.",
                 "share of calls to the Gulf disrupted",
                 id="a_share_keeps_what_befell_its_whole-1"),
    pytest.param("At present 45% of traffic with Kenya is offline.", "share of traffic with Kenya offline",
                 id="a_share_keeps_what_befell_its_whole-2"),
    pytest.param("Nearly 30% of homes were destroyed.", "share of homes destroyed",
                 id="a_share_keeps_what_befell_its_whole-3"),
    pytest.param("Nobody was hurt, but several people, including three children, were inside the hall.",
                 "children inside the hall",
                 id="a_count_in_an_including_aside_shares_the_verb_after_it"),
    pytest.param("On Friday, three guards involved in Monday's riot were suspended.", "guards suspended",
                 id="a_reduced_relative_with_a_possessive_does_not_hide_the_main_verb"),
    pytest.param("The 23 pirates in the navy's custody will be handed over to Somalia.",
                 "pirates to be handed over in the navy's custody",
                 id="a_count_that_will_be_acted_on_is_not_shown_as_done"),
    pytest.param("Reggie Bush also returned three punts for touchdowns.", "Bush punts returned for touchdowns",
                 id="a_bare_noun_after_for_says_what_the_count_was_done_for"),
    pytest.param("Two victims remain hospitalized.", "victims hospitalized",
                 id="a_participle_after_remain_is_the_state_of_the_counted-1"),
    pytest.param("Three firefighters remained trapped for an hour.", "firefighters trapped",
                 id="a_participle_after_remain_is_the_state_of_the_counted-2"),
    pytest.param("Authorities estimate the damages to the Lakeview chapel at $1 million.",
                 "estimated damages to the Lakeview chapel",
                 id="what_an_amount_is_the_sum_of_is_named_whole-1"),
    pytest.param("The men grabbed jewellery and luxury watches worth an estimated 2 million euros.",
                 "jewellery and luxury watches value",
                 id="what_an_amount_is_the_sum_of_is_named_whole-2"),
    pytest.param("Marco Ruiz was traded in July.\n\nIn 54 games with the Hawks he hit .358 with 13 home runs.",
                 "Ruiz number of home runs",
                 id="a_tally_with_a_he_after_a_name_in_a_phrase_is_the_persons_not_the_phrases"),
    pytest.param("Acme Corp paid $5 billion for Beta Inc. Acme Corp paid 40 billion Hong Kong dollars for Gamma Ltd "
                 "last year.", "Acme Corp payment in HKD last year",
                 id="a_label_told_apart_by_its_unit_keeps_its_time"),
    pytest.param("Acme Corp spent $5 billion on research last year.", "spending in research last year",
                 id="a_time_the_measure_already_says_is_not_said_again"),
    # one table of irregular verbs (vocabulary._IRREGULAR_VERBS) gives the participle of a past and of an -ing form
    pytest.param("The choir closed the night singing 12 carols.", "carols sung",  # a gerund: not "carols singed"
                 id="an_irregular_verb_before_its_count_reads_as_its_participle-ing_form"),
    pytest.param("Ortiz saw 4 men run from the store.", "men seen",  # a simple past: not "men saw"
                 id="an_irregular_verb_before_its_count_reads_as_its_participle-saw"),
    pytest.param("He took 3 wickets before lunch.", "wickets taken",
                 id="an_irregular_verb_before_its_count_reads_as_its_participle-took"),
    pytest.param("Talks between Rivera and the Mets went on. The Mets offered Rivera an eight-year, $200 million deal.",
                 "Mets offered deal value", id="a_deal_offered_or_sought_is_not_shown_as_made-offered"),
    pytest.param("Talks between Rivera and the Mets went on. Rivera is believed to be seeking a five-year deal in the "
                 "$75 million range.", "Rivera sought five-year deal value",
                 id="a_deal_offered_or_sought_is_not_shown_as_made-sought"),
    pytest.param("As much as 55 percent of voice traffic in Saudi Arabia, 52 percent in Egypt and 82 percent in India "
                 "was out of service.", "share of voice traffic in Saudi Arabia out of service",
                 id="a_share_keeps_what_befell_its_whole-past_a_list_of_shares"),
    pytest.param("Up to 70 per cent of web services in Egypt, and 60 per cent in India, were disrupted.",
                 "share of web services in Egypt disrupted",
                 id="a_share_keeps_what_befell_its_whole-past_a_second_share"),
    pytest.param("Security experts estimated that roughly 0.2 percent of browser users worldwide may have been exposed "
                 "to attacks.", "estimated share of browser users worldwide exposed",
                 id="a_share_keeps_what_befell_its_whole-past_a_modal"),
    pytest.param("A poll found that 68 per cent of voters believe the government has mishandled the crisis.",
                 "share of voters who believe the government mishandled the crisis",
                 id="a_share_of_people_keeps_what_they_think"),
    pytest.param("The 120-foot steel span, which opened in 2019 at a cost of $12 million, gave way on Monday.",
                 "steel span cost", id="what_was_made_at_a_cost_owns_the_cost-1"),
    pytest.param("The stadium was built at a cost of $300 million.", "stadium cost",
                 id="what_was_made_at_a_cost_owns_the_cost-2"),
    # "workers laid", "residents forced", "homes left", "number of handguns" were the labels (round 25)
    pytest.param("The company shut its foundry in 2021, laying off 210 workers.", "workers laid off",
                 id="an_objects_verb_is_said_whole-its_particle"),
    pytest.param("A wildfire tore through the foothills, forcing about 6,000 residents to evacuate.",
                 "residents forced to evacuate", id="an_objects_verb_is_said_whole-what_people_were_made_to_do"),
    pytest.param("Officials ordered roughly 90,000 residents of three coastal counties to evacuate on Monday.",
                 "residents ordered to evacuate", id="an_objects_verb_is_said_whole-past_the_group_they_belong_to"),
    pytest.param("The storm toppled power lines, leaving more than 410,000 homes and businesses without electricity.",
                 "homes and businesses left without electricity", id="an_objects_verb_is_said_whole-the_state_left_in"),
    pytest.param("Investigators recovered about $410,000 in cash, 26 luxury watches, 11 handguns and a safe.",
                 "handguns recovered", id="a_later_item_of_a_list_of_objects_takes_the_first_items_verb"),
    # "helps" was the label
    pytest.param("Its annual payroll of roughly $31 million helps keep a dozen stores open along Main Street.",
                 "annual payroll", id="an_amount_of_a_noun_is_that_nouns_before_a_verb_in_s"),
])
def test_the_words_a_label_is_made_of(text: str, label: str) -> None:
    labels = read_labels(text)  # before figures.support hides any: the wording is what is tested here
    assert label in labels, labels


def read_labels(text: str) -> list[str]:
    """Each label read from one article, before figures.support hides the ones it cannot stand behind."""
    return [f.label for f, _ in labelled_of(text)]


@pytest.mark.parametrize(("text", "label"), [
    # "volunteer firefighters taken to knock": the "it" of "it took" stands for the doing
    ("It took about 40 volunteer firefighters to knock down the blaze.", "volunteer firefighters taken"),
    # "assault rifles included": a whole's parts, not what was done to them
    ("The seized arms included seven AK-47s, three other assault rifles, 13 magazines and a phone.",
     "number of other assault rifles"),
    # "rebounds scored": a player's line, whose verb fits its first item only
    ("Smith scored 22 points, 10 rebounds and 5 assists as the Hawks won.", "number of rebounds"),
])
def test_what_is_not_an_objects_verb_said_whole(text: str, label: str) -> None:
    labels = figure_labels(text)
    assert label in labels, labels


# Each case: a sentence, a label its figures must include and the values shown with it; the id names the rule.
@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("He said 30 of the 80 wounded remained in hospital.", "people injured", "80 people",
                 id="a_whole_named_by_its_casualty_stays_a_casualty"),
    pytest.param("Four adult women and possibly two children were inside the chapel.", "children inside the chapel",
                 "possibly 2 people", id="a_hedged_count_keeps_its_hedge"),
    pytest.param("Carl Brook added 90 yards for the Ravens (3-11), who had 310 yards rushing in a losing effort.",
                 "Ravens number of yards rushing", "310 yards",
                 id="a_teams_record_in_brackets_does_not_hide_whose_the_count_after_who_is"),
    pytest.param("Talks between Rivera and the Mets went on all week. On Friday, Rivera signed a three-year, "
                 "$31.5-million contract with the Mets.", "Rivera contract value", "$31.5 million",
                 id="a_comma_between_two_number_adjectives_keeps_the_deal_its_owner"),
    pytest.param("The company cut prices by 10% last week.", "prices cut", "10%",
                 id="a_verb_of_change_by_a_share_is_its_objects_change-cut"),
    pytest.param("The firm raised its dividend by about 4 percent.", "dividend increase", "about 4%",
                 id="a_verb_of_change_by_a_share_is_its_objects_change-raised"),
    pytest.param("Two women were pronounced dead at the scene, and a male co-worker was wounded.", "people killed",
                 "2 people", id="pronounced_dead_is_killed"),
    pytest.param("A driver who tried to flee after striking and fatally injuring a woman in Queens has been charged.",
                 "people killed", "1 person", id="fatally_hurt_is_killed"),
    pytest.param("Marine commandos boarded the boats to nab 12 Somali and 11 Yemeni pirates.",
                 "number of Somali pirates", "12 Somali pirates",
                 id="coordinated_adjectives_share_their_noun-two_counts"),
    pytest.param("The navy says it has arrested 23 Somali and Yemeni pirates who tried to storm a ship.",
                 "Somali and Yemeni pirates arrested", "23 pirates",
                 id="coordinated_adjectives_share_their_noun-one_count"),
    pytest.param("Pierre Thomas and the Saints won. Pierre Thomas has 548 rushing yards, 28 receptions and 258 "
                 "receiving yards this season.", "Thomas number of receptions this season", "28 receptions",
                 id="a_tally_keeps_the_span_it_covers-past_a_list"),
    pytest.param("Pierre Thomas and the Saints won. Pierre Thomas has scored two touchdowns in his last two games.",
                 "Thomas touchdowns scored in his last two games", "2 touchdowns",
                 id="a_tally_keeps_the_span_it_covers-in_his_last_games"),
    pytest.param("Temperatures reached 101 degrees on Sunday, and humidity fell to 8 percent.", "humidity", "8%",
                 id="a_level_a_verb_of_change_reaches_is_its_subjects-1"),
    pytest.param("Visibility dropped to less than 100 feet in the fog.", "visibility", "less than 100 ft",
                 id="a_level_a_verb_of_change_reaches_is_its_subjects-2"),
    pytest.param("Researchers followed 14,620 men and women for a decade.", "men and women followed", "14,620 people",
                 id="men_and_women_are_both_counted"),
    pytest.param("Copper prices averaged $4.38 per pound in the quarter.", "copper price per pound in the quarter", "$4.38",
                 id="a_price_per_unit_names_what_is_priced"),
    pytest.param("Excluding one-time items, earnings were $2.47 a share.", "earnings per share", "$2.47",
                 id="a_sum_of_money_per_unit_is_said_as_it_is"),
])
def test_the_value_shown_under_a_label(text: str, label: str, value: str) -> None:
    labels = read_values(text)  # the wording, before the hide rule
    assert labels.get(label) == value, labels


# A phrase after a count is not said of it when something else governs it or it names no place; "shown" is the
# label the number keeps without the phrase (None: the sentence shows no figure at all).
@pytest.mark.parametrize(("text", "wrong", "shown"), [
    pytest.param("The fines against the two clerks are overdue, the auditor said.", "clerks overdue",
                 "number of clerks", id="a_count_a_preposition_governs_is_no_subject"),
    pytest.param("Garcia scored 20 of his 31 points in a frantic first half.", "points in a frantic first half", None,
                 id="a_phrase_after_a_part_and_its_whole_is_said_of_the_part"),
    pytest.param("The Hawks scored 20 of their 31 points in a frantic first half.", "points in a frantic first half",
                 "Hawks number of points", id="a_phrase_after_a_part_and_its_whole_is_said_of_the_part-whole_shown"),
    pytest.param("At least a dozen guards were at the gate at the time.", "guards at the time", "guards at the gate",
                 id="a_time_is_no_place"),
    pytest.param("Police seized 90 rounds from the van along with two rifles.", "rounds from the van along",
                 "rounds police seized", id="a_phrase_that_goes_on_past_its_noun_is_not_cut_short"),  # round 52
    pytest.param("The 33-year-old hard partying singer finally decided to get help.", "age of the hard", None,
                 id="no_label_from_a_word_that_is_no_owner_or_count-1"),
    pytest.param("35-year-old Mendes faces two counts of murder.", "age of the counts", "Mendes’s age",
                 id="no_label_from_a_word_that_is_no_owner_or_count-2"),
    pytest.param("The suspect was arrested five buildings away on 223rd Street.", "buildings arrested",
                 "people arrested", id="no_label_from_a_word_that_is_no_owner_or_count-3"),
    pytest.param("Two trips later, Artino missed a shot.", "number of trips", None,
                 id="no_label_from_a_word_that_is_no_owner_or_count-4"),
    pytest.param("Lopez hit .358 with 13 homers and 43 RBIs in 54 games.", "RBIs number of games", "number of games",
                 id="no_label_from_a_word_that_is_no_owner_or_count-5"),
])
def test_a_phrase_that_is_not_the_counts_own_is_left_out(text: str, wrong: str, shown: str | None) -> None:
    labels = figure_labels(text)
    assert not any(wrong in label for label in labels), labels
    assert shown in labels if shown else labels == [], labels  # left out of the label, not by dropping the figure


@pytest.mark.parametrize(("text", "killed", "whole"), [
    ("Police said two of the three victims died.", "2 people", "total victims"),
    ("Two of the 12 passengers were killed.", "2 people", "total passengers"),
])
def test_what_befell_a_part_is_not_said_of_the_whole(text: str, killed: str, whole: str) -> None:
    values = labels_of(text)
    assert values.get("people killed") == killed, values
    assert whole in read_labels(text)  # read as the whole's count (round 32 hides it where the toll also counts people)


def test_a_count_each_of_several_subjects_had_is_not_shown_as_their_total() -> None:
    labels = figure_labels("Marcus Webb and Tony Lyle each had 12 points in the loss.")
    assert not any("Webb" in label and "each" not in label for label in labels), labels
    assert not any("Lyle" in label and "each" not in label for label in labels), labels  # nor as the last name's
    # the same count had by one subject is shown as that subject's: the test above passes by reading, not by losing it
    one = labels_of("Marcus Webb had 12 points in the loss.")
    assert [value for label, value in one.items() if label.startswith("Webb ")] == ["12 points"], one


def test_an_unnamed_count_beside_a_named_subjects_other_value_of_its_measure_is_not_shown() -> None:
    from briefing.figures.ambiguity import Owned, several_values
    from briefing.models import Claim, Figure

    def owned(label: str, subject: str, measure: str, value: float) -> Owned:
        claim = Claim(value=value, unit="x", upper=None, display=f"{value:g}", qualifier=None, source_ids=("s",),
                      quotes=("q",))
        return Owned(Figure(label=label, status="single", claims=(claim,), key=False), measure, subject, False, True)
    bush = owned("Bush number of yards", "Bush", "number of yards", 404)
    lee = owned("Lee number of carries", "Lee", "number of carries", 6)
    bare = owned("number of yards", "", "number of yards", 440)
    assert several_values([bush, lee, bare]) == {id(bare.figure)}  # a recap of several: whose 440 yards?
    assert several_values([bush, owned("Lee age", "Lee", "age", 30)._replace(counted=False), bare]) == set()
    same = owned("number of yards", "", "number of yards", 404)
    assert several_values([bush, lee, same]) == set()  # the named one's own value, told again


@pytest.mark.parametrize(("text", "wrong", "shown"), [
    # an -ing word after an article is no verb
    ("The Jets lost their remaining three games.", "games remained", "Jets number of remaining games"),
    ("The ferry sent a call saying two boats were closing in.", "boats said", "number of boats"),  # a saying reports a clause
    ("The Chiefs ran hard, giving their two leading running backs over 100 yards each.", "running backs given",
     "Chiefs number of running backs"),
])
def test_a_gerund_that_reports_modifies_or_gives_to_the_count_does_not_label_it(text: str, wrong: str,
                                                                                shown: str) -> None:
    labels = figure_labels(text)
    assert not [x for x in labels if x.endswith(wrong)], labels
    assert shown in labels, labels  # the count is shown, labelled without the gerund


@pytest.mark.parametrize(("text", "wrong", "shown"), [
    ("The crew got a distress call from the Liberian-flagged MV Orka saying two boats were closing in.", "Orka",
     "number of boats"),
    ("According to Variety, two major sticking points remain in the talks.", "Variety", "sticking points in the talks"),
    ("Smith, 35, of New Bedford pleaded not guilty to two counts of murder.", "New Bedford", "Smith’s age"),
    ("A source told the Mirror that the march began some 20 blocks from the station.", "Mirror",
     "blocks from the station"),
])
def test_a_name_that_reports_the_count_or_says_where_a_person_is_from_does_not_own_it(text: str, wrong: str,
                                                                                       shown: str) -> None:
    labels = figure_labels(text)
    assert not [x for x in labels if wrong in x], labels
    assert shown in labels, labels  # the number is shown, owned by no reporter or place


def test_a_count_done_to_death_is_killed_but_one_sentenced_to_death_is_not() -> None:
    assert "shop workers killed" in figure_labels("Reports say the 3 shop workers were burnt to death.")
    assert "shop workers killed" not in figure_labels("The 3 shop workers were sentenced to death.")


@pytest.mark.parametrize("text", [
    "Marsh, a 6-foot-4 guard from Ohio, signed with the club on Monday.",
    "The seven-foot-one Serbian center was never troubled inside.",
    "Okafor, a 5-foot, 180-pound forward, came off the bench.",
    "The 6-foot-10,250-pound rookie blocked the last shot.",
])
def test_a_persons_build_is_no_length(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.dim == "length"]


def test_a_length_of_a_thing_is_still_one() -> None:
    assert [q.display for q in find_quantities("Crews built a 12-foot wall around the yard.")] == ["12 ft"]


def test_a_decade_in_words_counts_nothing() -> None:
    assert not find_quantities("Her records sold well in the nineteen sixties and the early nineteen seventies.")


def test_a_win_loss_record_before_a_team_is_no_count() -> None:
    text = "The Pelicans visit the 3-11 Hawks on Friday, and the 12-2 Pelicans are favoured."
    assert not [q for q in find_quantities(text) if q.dim == "count"]
    assert [q.display for q in find_quantities("The label will release 4-6 albums next year.")] == ["4–6 albums"]


def test_a_rate_past_what_it_is_of_stays_a_rate() -> None:
    labels = figure_labels("Crews sprayed about 3,000 gallons of foam a minute onto the burning tanks.")
    assert "gallons of foam per minute" in labels and "gallons sprayed" not in labels


@pytest.mark.parametrize(("text", "label"), [
    ("The 52-year-old singer plays a retired sailor in the new film.", "age of the singer"),
    ("Lena picked up her 9-year-old son outside the school.", "age of the son"),
    ("A car struck a 70-year-old cyclist near the old bridge.", "age of the cyclist"),
    ("Rescuers found a 12-year-old boy beneath a fallen tree.", "age of the boy"),
])
def test_an_age_describes_the_noun_before_an_adverb_or_a_verb(text: str, label: str) -> None:
    assert figure_labels(text) == [label]


def test_an_age_describes_the_noun_before_a_relative_pronoun() -> None:
    labels = figure_labels("A 16-year-old girl whose brother called for help was hurt.")
    assert "age of the girl" in labels and not [x for x in labels if "whose" in x or "brother" in x]


def test_a_tally_a_sentence_opens_on_a_span_for_keeps_the_span() -> None:
    labels = figure_labels("Since Week 6, Alvarez has nine touchdowns on 512 rushing yards.")
    assert "Alvarez number of touchdowns since Week 6" in labels


def test_an_opening_clause_is_no_span() -> None:
    labels = figure_labels("Since Alvarez returned, Okoye has nine touchdowns.")
    assert not [x for x in labels if "since" in x], labels
    assert "Okoye number of touchdowns" in labels, labels  # shown, without the clause


@pytest.mark.parametrize(("text", "shown"), [
    ("The company, founded last year, employs 300 people.", None),  # another clause's time (no figure is shown)
    ("The company, founded last year, employs 300 workers.", "number of workers"),  # the same, with one shown
    ("The Pistons, founded last year, won 40 games.", "Pistons games won"),  # the aside is no subject either
    ("Sales fell 5 percent from the period last year.", "sales fall"),  # the time the number is compared with
])
def test_a_time_said_of_something_else_stays_out_of_the_label(text: str, shown: str | None) -> None:
    labels = read_figure_labels(text)  # the wording, before the hide rule
    assert not [x for x in labels if "last year" in x], labels
    assert shown in labels if shown else labels == [], labels  # the figure is there, without the time


@pytest.mark.parametrize(("text", "counted"), [
    ("Harlow Bros. hired 40 drivers last year.", "drivers"),
    ("Tarn Mills, LLC plans to open 12 depots.", "depots"),
])
def test_a_legal_form_or_title_alone_owns_no_figure(text: str, counted: str) -> None:
    labels = figure_labels(text)
    assert not [x for x in labels if x.startswith(("Bros ", "LLC "))]
    assert [x for x in labels if counted in x], labels  # the count is still shown


@pytest.mark.parametrize(("text", "label"), [
    ("Dario Kemp totaled 19 points and nine rebounds for the Falcons, who won again.", "Kemp number of rebounds"),
    ("Lu Mbeki scored 8 points and Dario Kemp had 12 rebounds for the Falcons.", "Kemp number of rebounds"),
])
def test_a_count_for_a_side_belongs_to_the_name_that_opens_its_clause(text: str, label: str) -> None:
    labels = figure_labels(text)
    assert any(x.endswith(label) for x in labels) and not [x for x in labels if x.startswith("Falcons")]


@pytest.mark.parametrize(("text", "value"), [
    ("The striker signed a four-year, $84-million contract with the club on Monday.", "$84 million"),
    ("The county won a $2.5-billion grant for its harbour.", "$2.5 billion"),
])
def test_a_scale_word_joined_by_a_hyphen_scales_the_amount(text: str, value: str) -> None:
    """'$84-million' is 84 million dollars; read as '$84' it was a wrong value under a right label."""
    assert value in {c.display for f in figures_of(text) for c in f.claims}


def test_a_subject_that_complements_a_noun_keeps_it() -> None:
    """'Damage to the barn is estimated at ...': the damage is estimated, not the barn."""
    labels = figure_labels("Damage to the barn is estimated at $80,000.")
    assert any(label.endswith("damage to the barn") for label in labels), labels


@pytest.mark.parametrize(("text", "qualifier"), [
    ("The club made an offer to Okafor in excess of $90 million, a person close to the talks said.", "in excess of"),
    ("Damage is in the vicinity of $2 million, the fire chief said.", "in the vicinity of"),
])
def test_a_complex_preposition_before_an_amount_is_its_qualifier_not_its_measure(text: str, qualifier: str) -> None:
    """'Okafor excess', 'estimated vicinity' were shown as measures."""
    labels = figure_labels(text)
    assert not any("excess" in label or "vicinity" in label for label in labels), labels
    assert [q.qualifier for q in find_quantities(text)] == [qualifier]  # the words qualify the amount


def test_a_listed_count_keeps_the_lists_owner_over_a_name_after_it() -> None:
    values = labels_of("Marcus Webb had 11 points and five boards in the loss for the Hornets.")
    assert [label for label in values if "boards" in label] == ["Webb boards in the loss"], values


def test_a_place_phrase_with_another_number_in_it_is_not_the_counts() -> None:
    labels = figure_labels("Lopez has averaged 30 home runs and 100 RBIs in his six big-league seasons.")
    assert not any("in his six" in label for label in labels), labels
    assert "average home runs" in labels, labels  # the count is shown, without the phrase


def test_a_participle_after_an_aside_takes_no_subject_from_before_it() -> None:
    values = labels_of("The Hawks led 33-26 at the half, paced by 13 points from Ramirez.")
    assert not any(label.startswith("Hawks") and "13" in value for label, value in values.items()), values
    assert "Hawks number of points" not in values, values
    assert values.get("Ramirez number of points") == "13 points", values  # the points are the name's after them


def test_an_average_and_the_items_listed_after_it_are_averages() -> None:
    labels = figure_labels("Elton Brand averaged 15.9 points and 10 rebounds last season.")
    assert "Brand average points" in labels and "Brand average rebounds last season" in labels, labels


def test_a_name_before_its_verb_is_whose_age_it_is() -> None:
    assert "Mendes’s age" in figure_labels("35-year-old Mendes faces two counts of murder.")


@pytest.mark.parametrize("text", [
    "You have been in every game for the last 10 games.",
    "Cheeks guided the team to the playoffs his first two seasons.",
])
def test_the_first_or_last_few_are_a_stretch_not_a_count(text: str) -> None:
    labels = figure_labels(text)
    assert not [x for x in labels if "first" in x or "last" in x], labels
    assert labels == []  # no count at all, not only none labelled "first" or "last"


def test_a_participle_after_a_group_of_people_is_said_of_the_group() -> None:
    labels = figure_labels("The survey of 800 people published in the Herald gave a 3.5 percent margin of error.")
    assert any(x.endswith("people in the survey") for x in labels) and "people published" not in labels, labels


def test_an_amount_in_a_range_is_the_value_of_the_noun_before_it() -> None:
    labels = figure_labels("Lowe is believed to be seeking a five-year deal in the $75 million range.")
    assert not [x for x in labels if x.endswith("range")], labels
    assert any(x.endswith("deal value") for x in labels), labels


def test_who_reports_a_theft_is_not_whose_money_it_is() -> None:
    labels = figure_labels("The police source, who asked not to be named, said the men stole watches worth 2 million euros.")
    assert not [x for x in labels if "police source" in x], labels
    assert "watches value" in labels, labels  # the amount is shown, as the goods' value


@pytest.mark.parametrize(("text", "owner", "shown"), [
    ("The bodies were found in the village of Karvan, which is one of the 12 worst-hit villages.", "Karvan",
     "number of worst-hit villages"),
    ("Tom Reyes is one of five sons.", "Reyes", "number of sons"),  # "Reyes number of sons" before "one of" was read
])
def test_one_of_a_counted_group_does_not_own_its_count(text: str, owner: str, shown: str) -> None:
    labels = figure_labels(text)
    assert not [x for x in labels if x.startswith(owner)], labels
    assert shown in labels, labels  # the count is shown, owned by none of them


def test_an_acronym_counted_in_the_plural_is_a_kind_of_thing_not_a_name() -> None:
    index = EntityIndex.build([("Fleet gets EVs", ["Vendors shipped 40 EVs to the city fleet.",
                                                   "In 2019 NASA awarded 3 contracts."])])
    assert "evs" not in index.proper  # "40 EVs": counted, so a kind of thing
    assert "nasa" in index.proper  # after a year, still a name


def test_a_count_sent_into_a_place_is_not_said_to_be_there() -> None:
    labels = labels_of("The studio will send 24 extras into the arena on Friday, the director said.")
    assert labels.get("extras to be sent") == "24 extras"  # round 43: a future object is not yet sent
    assert not any("into" in label for label in labels)


HARBOUR = ("The Harbour Bridge in Port Town reopened on Saturday after 18 months of repairs costing $240 million, "
           "officials said. About 90,000 vehicles are expected to cross each day. The bridge had been closed since "
           "November 2024 after engineers found cracks in 14 support cables.")


def test_a_participle_of_money_after_its_noun_is_that_nouns_cost() -> None:
    labels = labels_of(HARBOUR, published=dt.date(2026, 5, 9))
    assert labels.get("Harbour Bridge repairs cost") == "$240 million"  # was not shown: "costing" read as no verb
    assert labels.get("Harbour Bridge repairs duration") == "18 months"  # was "repairs costing duration"
    assert labels.get("date Harbour Bridge reopened") == "May 9, 2026"  # was "reopened repairs"


def test_a_time_after_what_they_are_expected_to_do_is_when_not_what() -> None:
    assert labels_of(HARBOUR, published=dt.date(2026, 5, 9)).get(
        "vehicles expected to cross each day") == "about 90,000 vehicles"


def test_a_term_sought_is_not_a_deal_made_and_weekdays_are_no_names() -> None:
    labels = labels_of("Talks between Rivera and the Mets went on. Rivera is seeking a 10-year contract. "
                       "Rivera was hurt two Sundays ago in his first game after a six-week suspension.")
    assert labels.get("Rivera sought contract term") == "10 years"
    assert not any(label.startswith("Sundays") for label in labels)


def test_a_share_who_say_without_what_is_not_shown() -> None:
    labels = labels_of("And 70 percent of voters say that the offense — a call to a foreign leader — was wrong.")
    assert not any(label.startswith("share of voters who say") for label in labels), labels
    # with a short clause that says what, the same share is shown with it
    labels = labels_of("And 70 percent of voters say that the offense was wrong.")
    assert labels.get("share of voters who say the offense was wrong") == "70%", labels


def test_a_title_abbreviation_is_no_name() -> None:
    labels = labels_of("Gov. Sarah Palin signed the bill on Monday, a day after Lt. Gov. Sean Parnell voted against "
                       "3 amendments.")
    assert labels.get("Sean Parnell voted, number of amendments") == "3 amendments"  # round 52: clause kept
    assert not any(label.startswith(("Gov ", "Lt ")) for label in labels)


def test_a_dateline_with_its_state_is_no_name() -> None:
    labels = labels_of("TACOMA, Wash. — The death toll from Monday's collapse rose to six on Wednesday, officials said.",
                       published=dt.date(2026, 11, 25))
    assert not any("Wash" in label for label in labels)
    assert labels.get("people killed") == "6 people"


def test_a_background_toll_says_when_it_was() -> None:
    labels = labels_of("The Pinecrest Fire has burned 11,000 acres, and one firefighter was killed on Friday. The fire is "
                       "near the area scorched by the 2021 Sawmill Fire, which killed two people.",
                       published=dt.date(2026, 11, 30))
    assert labels.get("people killed in the 2021 Sawmill Fire") == "2 people"  # the event the year names
    assert labels.get("people killed") == "1 person"


# Another event's number says the event or the time the sentence marks it by (round 39, branch otherL): the judges
# faulted "people killed" for the 1970 quake's 70,000 beside the story's own toll, and "people killed in 2025" for
# the Los Angeles fires ("reads as a general count").
@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("A quake killed 4 people on Sunday. The 1970 earthquake killed about 70,000 people.",
                 "people killed in the 1970 earthquake", "about 70,000 people", id="the_year_names_the_event"),
    pytest.param("A bus crash killed 12 people on Sunday. About 3,100 people died in road accidents nationwide last "
                 "year.", "people killed last year", "about 3,100 people", id="last_year"),
    pytest.param("Cyclone Tarvan killed 4 people. It is the strongest storm since a cyclone three years ago that "
                 "killed nine people.", "people killed three years ago", "9 people", id="years_ago"),
    pytest.param("Cyclone Tarvan killed 4 people. It is the strongest storm since a cyclone eleven years ago that "
                 "killed nine people.", "people killed eleven years ago", "9 people", id="any_number_of_years_ago"),
    pytest.param("A bus crash killed 12 people on Sunday. In March, nine people died when a minibus fell into a "
                 "river in the neighbouring region of Huancavelica, and in 2024 a bus crash in the northern Andes killed more "
                 "than two dozen passengers.", "people killed in March",
                 "9 people", id="a_fronted_earlier_month"),
    pytest.param("Cholera killed 20 people this week. Malawi is still haunted by the 2022-23 outbreak, which "
                 "killed more than 1,700 people.", "people killed in the 2022-23 outbreak", "more than 1,700 people",
                 id="a_season_of_years"),
    # not a toll: a relative clause hung on a named earlier event, and a sentence that opens on an earlier time
    pytest.param("Demand has grown since the January 2025 fires in Los Angeles, which killed 31 people and destroyed "
                 "more than 16,000 structures.", "structures destroyed in the January 2025 fires",
                 "more than 16,000 structures", id="a_clause_hung_on_an_event"),
    pytest.param("Pirates seized a tanker on Monday. Last month, marine commandos rescued two cargo vessels that "
                 "were being attacked.", "cargo vessels rescued last month", "2 vessels", id="fronted_last_month"),
    pytest.param("In February, nearly 90 people fell ill after a religious feast.", "people fell ill in February",
                 "nearly 90 people", id="fronted_month_not_a_toll"),
    pytest.param("On May 31, 1970, a magnitude 7.9 earthquake set off an avalanche.", "earthquake magnitude in 1970",
                 "magnitude 7.9", id="fronted_day_of_an_earlier_year"),
])
def test_another_events_number_says_which_event_or_when(text: str, label: str, value: str) -> None:
    assert read_values(text, published=_NOV_2026).get(label) == value, read_values(text, published=_NOV_2026)


@pytest.mark.parametrize(("text", "label", "value"), [
    # the time after "from" is the compared number's, not the weekend's arrests
    pytest.param("Police made 41 arrests over the weekend, down from 57 last year, mostly for theft.",
                 "people arrested", "41 people", id="a_compared_time"),
    # a month ahead: "In January, the council will vote" is no earlier event
    pytest.param("In January, the council will vote on a $5 million budget.", "budget", "$5 million", id="the_future"),
])
def test_a_number_of_the_storys_own_time_names_no_other(text: str, label: str, value: str) -> None:
    assert read_values(text, published=_NOV_2026).get(label) == value, read_values(text, published=_NOV_2026)


def test_before_with_an_object_times_another_clause() -> None:
    # "four months before the Kenyan was killed" dates the record, not the killing: no "four months before" toll
    labels = read_values("The record was set in Chicago in October 2025, four months before the Kenyan was killed in a "
                         "road accident.", published=_NOV_2026)
    assert labels and not any("months before" in label for label in labels), labels


def test_degrees_of_heat_are_a_temperature_shown_only_with_whose() -> None:
    labels = labels_of("Temperatures reached 101 degrees on Sunday.")
    assert not any("degrees" in label or "temperature" in label for label in labels), labels  # whose heat?
    assert labels_of("The Phoenix Suns played in heat of 101 degrees.") == {"Phoenix Suns temperature": "101 degrees"}
    assert labels_of("Crews turned the pipe 90 degrees.") == {"degrees turned": "90 degrees"}  # no heat: a count


@pytest.mark.parametrize("owner", ["their", "your"])
def test_a_sum_in_a_possessed_phrase_names_no_kind_of_money(owner: str) -> None:
    """'in your name' opens on a possessive as 'in their name' does: no 'your name value' (money._noun_run)."""
    assert figure_labels(f"Smith gave $300 in {owner} name.") == []
    assert figure_labels(f"The city spent $2 million in {owner} neighborhood.") == ["city spending"]


@pytest.mark.parametrize(("text", "label", "value"), [
    ("Police said Robert Buckley, 32, fell 600 m on Sunday.", "Robert Buckley distance fell", "600 m"),
    ("The coach said the Colts, trailing 14-0 at the half, scored 17 points.", "Colts points scored", "17 points"),
])
def test_a_clause_opening_on_its_verb_after_an_aside_keeps_its_subject_after_who_says_it(text: str, label: str,
                                                                                         value: str) -> None:
    """owners.aside_subject reads the name past the speaker: past_speaker gives a character offset, not a token."""
    assert labels_of(text).get(label) == value


_NOV_2026 = dt.date(2026, 11, 30)


# Another event's number, in a clause an earlier year frames: the sentence's opening "In 2021," or a "since 2019,
# when ..." it hangs on (round 26; "workers laid off" was read beside the story's own 640 jobs cut).
@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("In 2021, Tristate Castings shut its foundry in neighboring Pell City, laying off 210 workers, and "
                 "that site remains vacant.", "workers laid off when Tristate Castings shut in 2021", "210 workers",
                 id="a_fronted_year"),  # round 43: the clause's subject says whose the layoffs were
    pytest.param("In February 2019, a separate crew tied to about 60 burglaries in the region was broken up.",
                 "burglaries in the region in 2019", "about 60 burglaries", id="a_fronted_month_and_year"),
    pytest.param("The state last cut income taxes in 2022, when lawmakers passed a deal worth $1 billion.",
                 "deal value in 2022", "$1 billion", id="a_clause_hung_on_in_a_year_when"),  # "about": hidden
    pytest.param("The recall echoes a wave in 2018 and 2019, when more than two dozen drugmakers pulled over 1,000 "
                 "lots of valsartan.", "lots of valsartan pulled in 2018 and 2019", "over 1,000 lots", id="two_years_when"),
])
def test_another_events_number_says_the_year_that_frames_its_clause(text: str, label: str, value: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert labels.get(label) == value, labels


@pytest.mark.parametrize(("text", "value"), [
    # a year that sits in the sentence frames no clause (round 24's "display size in 1920")
    pytest.param("Harlow, founded in 2015, cut 640 jobs on Monday.", "640 jobs",
                 id="a_year_not_framing_the_clause"),
    # the clause after a semicolon says its own time
    pytest.param("In February 2021, a gas station attendant was shot; the case remains unsolved, and a $25,000 reward "
                 "is still being offered.", "$25,000", id="past_a_semicolon"),
    # "In 2026," in a 2026 story is the story's own time
    pytest.param("In 2026, the county shut its jail, laying off 210 workers.", "210 workers", id="the_storys_year"),
    # her three husbands are of her life, not of 1943
    pytest.param("In February 1943, she married Billy Neal, the first of her three husbands, and moved west.",
                 "3 husbands", id="a_whole_a_possessive_owns"),
])
def test_a_number_no_earlier_year_frames_says_no_year(text: str, value: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert value in labels.values() and not [x for x in labels if x.endswith(("1943", "2015", "2021", "2026"))], labels


@pytest.mark.parametrize(("text", "label", "value"), [
    # "number of registered voters casting ballots" was the label: after "with", the 114,191 cast them (round 26)
    # (not "roughly 276,500": a rounded count labelled by its noun alone is not shown, round 31)
    pytest.param("Turnout was 41.3%, with 114,191 of 276,500 registered voters casting ballots, officials said.",
                 "number of registered voters", "276,500 voters", id="the_whole_of_a_part_after_with"),
    # no part: the participle says which voters are counted
    pytest.param("Turnout was 41%, with 114,191 registered voters casting ballots.",
                 "number of registered voters casting ballots", "114,191 voters", id="no_part"),
    # no "with": the strikers are the whole's, and the part's verb comes after
    pytest.param("Some 1,200 of the 4,000 workers striking at the plant returned on Monday.",
                 "number of workers striking", "4,000 workers", id="a_part_with_its_own_verb"),
])
def test_a_participle_after_a_parts_whole_says_what_the_part_did(text: str, label: str, value: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert labels.get(label) == value, labels


@pytest.mark.parametrize(("text", "label", "value"), [
    # "number of coastal counties" was the label (round 26)
    pytest.param("After the storm, officials ordered roughly 90,000 residents of three coastal counties to evacuate.",
                 "coastal counties ordered to evacuate", "3 counties", id="a_group_of_people_told_to_do_something"),
    # no "to" and a verb: nothing was said of the group
    pytest.param("The mayor thanked the residents of three counties for their help.",  # round 52: clause kept
                 "mayor thanked the residents, number of counties",
                 "3 counties", id="no_telling"),
])
def test_a_count_in_the_of_group_of_people_told_to_do_something_is_told_with_them(text: str, label: str,
                                                                                   value: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert labels.get(label) == value, labels


# What a verb of change moved is its subject's head, with the group hung on it (round 27: "Lumora rise", "region fall",
# "metro area rise", "inflation rise" named the object of "of", "in" or "for" as what rose or fell).
@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("Shares of Lumora rose 2.3% to $84.12 on the Nasdaq after the event.", "shares of Lumora rise", "2.3%",
                 id="of_a_name"),
    pytest.param("The launch comes as global shipments of foldable phones rose 9% last year.",
                 "global shipments of foldable phones rise", "9%", id="of_a_noun_after_as"),
    pytest.param("Sales slowed in June, when prices in the region dropped about 14%.", "prices in the region fall",
                 "about 14%", id="in_a_place"),
    pytest.param("The average rent for a two-bedroom apartment in the metro area rose 2.4% from a year earlier.",
                 "average rent for a two-bedroom apartment rise", "2.4%", id="two_groups_keep_the_heads_own"),
    pytest.param("Average hourly earnings adjusted for inflation rose 0.8% over the past year.",
                 "average hourly earnings adjusted for inflation rise over the past year", "0.8%",
                 id="a_participle_takes_the_group"),
    pytest.param("Used car prices fell 1.8%, while airline fares rose 3.5%.", "used car prices fall", "1.8%",
                 id="an_opening_participle_is_an_adjective"),
    pytest.param("Closed sales dropped 8.1 percent to 3,214 homes.", "closed sales fall", "8.1%",
                 id="closed_sales"),
])
def test_what_a_verb_of_change_moved_is_its_subjects_head(text: str, label: str, value: str) -> None:
    labels = read_values(text, published=_NOV_2026)  # the wording, before the hide rule
    assert labels.get(label) == value, labels


@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("Comparable sales rose 3.6 percent.", "comparable sales rise", "3.6%", id="one_noun_phrase"),
    pytest.param("Tesla shares rose 5% on Monday.", "tesla shares rise", "5%", id="a_name_before_the_noun"),
    pytest.param("Energy prices fell 1.1% as gasoline dropped 4.1%.", "gasoline fall", "4.1%", id="after_as"),
    # the noun before "in" is a verb's object, not the subject's head
    pytest.param("In adults, the number who said they had used cannabis in the past month rose by 23 percent.",
                 "past month rise", "23%", id="a_relative_clause_is_no_head"),
])
def test_a_subject_with_no_group_hung_on_it_keeps_its_noun(text: str, label: str, value: str) -> None:
    labels = read_values(text, published=_NOV_2026)  # the wording, before the hide rule
    assert labels.get(label) == value, labels


# "over" before a number is the number's "more than", not the verb's particle (round 27: "drugmakers pulled over"
# read "pulled over 1,000 lots" as a traffic stop); the count a verb acted on says what it acted on.
@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("In 2019, more than two dozen drugmakers pulled over 1,000 lots of valsartan.",
                 "drugmakers pulled lots in 2019", "more than 24 drugmakers", id="over_a_number"),
    pytest.param("Five firms handed over 300 documents to investigators.", "firms handed documents", "5 firms",
                 id="over_a_number_after_a_phrasal_verb"),
    # not before a number: the particle is the verb's
    pytest.param("Some 200 workers walked out over pay on Friday.", "workers walked out", "some 200 workers",
                 id="a_particle_before_no_number"),
    pytest.param("About 40 people got out of the building before it collapsed.", "people got out of the building",
                 "about 40 people",
                 id="another_particle"),
])
def test_over_before_a_number_is_the_numbers_not_the_verbs(text: str, label: str, value: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert labels.get(label) == value, labels


# A trailing "up"/"down" after a clause that states an amount is that amount's change (round 27: "based rise" from
# "Based in Ardmore Falls, ...", "consumers fall" from "Consumers have purchased 208,560 new vehicles ..., down 5%").
@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("Based in Ardmore Falls, Vermont, Pine Hollow had net sales of $1.1 billion in its last fiscal year, "
                 "up 9% from a year earlier.", "net sales rise", "9%", id="an_amount_of_a_noun"),
    pytest.param("Consumers have purchased 208,560 new vehicles this year, down 5 percent from last year.",
                 "new vehicles purchased this year fall", "5%", id="a_count_a_verb_took"),
    # the amount is a price the subject closed at: the subject moved
    pytest.param("Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%.", "alibaba shares rise", "0.35%",
                 id="a_price_at"),
    pytest.param("Copper futures traded at $4.38 a pound on Thursday, up 9% since July.", "copper futures rise since July", "9%",
                 id="a_price_per_unit"),
])
def test_a_trailing_move_after_an_amount_is_that_amounts_change(text: str, label: str, value: str) -> None:
    labels = read_values(text, published=_NOV_2026)  # the wording, before the hide rule
    assert labels.get(label) == value, labels


# Round 28 (final13's faults): a count joined to the subject by "and" keeps the verb after it, a perfect keeps its
# object; a name glued to "-based" or "-flagged" only describes; a label opening on a conjunction or a pronoun, or a
# lone -ing verb, is no label and not shown.
@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("Two student members of the board and four faculty representatives voted against the motion.",
                 "student members voted against motion", "2 members", id="a_count_joined_by_and"),
    pytest.param("About 260 nurses and technicians have worked overtime shifts since the outage began.",
                 "nurses and technicians worked overtime shifts", "about 260 nurses", id="a_plural_joined_by_and"),
    pytest.param("At least four shipowners have already diverted vessels around the Cape of Good Hope.",
                 "shipowners diverted vessels", "at least 4 shipowners", id="a_perfect_keeps_its_object"),
    pytest.param("The Liberian-flagged Orinoco Star, carrying roughly 13,800 containers, ran aground on Saturday.",
                 "Orinoco Star containers carried", "roughly 13,800 containers", id="a_flag_is_no_owner"),
    pytest.param("More than 1,500 cattle and camels had died in two weeks.", "cattle and camels killed",
                 "more than 1,500 cattle and camels", id="both_nouns_of_a_toll"),  # round 40: animals, not people
    # must not change: a part of a whole keeps its own verb; a name that opens a label is no pronoun
    pytest.param("Six of his points, five of his rebounds and five of the blocks came after the break.",
                 "number of rebounds", "5 rebounds", id="a_part_joined_by_and_is_not_the_subject"),
    pytest.param("A year ago, NASA announced that nine US companies were eligible to bid for contracts.",
                 "US companies eligible to bid a year ago", "9 companies", id="US_is_no_pronoun"),  # round 39: its time
    pytest.param("About 40 people got out of the building before it collapsed.", "people got out of the building",
                 "about 40 people",
                 id="a_particle_stays"),
])
def test_a_subject_count_keeps_its_verb_and_a_compound_name_owns_nothing(text: str, label: str, value: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert labels.get(label) == value, labels


@pytest.mark.parametrize(("text", "hidden"), [
    pytest.param("The company said it had spent roughly $540 million developing the vaccine since 2019.", "developing",
                 id="a_gerund_with_its_object"),
    pytest.param("Passengers are entitled to compensation of between £220 and £520 depending on distance.", "depending",
                 id="a_participle_with_its_phrase"),
    pytest.param("That is the taxpayers' money, and this bill gives back about $1 of every $4 of it.", "it value",
                 id="a_pronoun"),
    pytest.param("Forcing the Manchester-based carrier to scrap 640 flights over the weekend.",
                 "Manchester number of flights", id="a_based_name"),
])
def test_a_label_that_names_nothing_is_not_shown(text: str, hidden: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert hidden not in labels and not any(label.split()[0] in ("and", "it", "every") for label in labels), labels


# Round 29 (final11-final14's faults): a counted noun keeps the verb or post-modifier that says what the count is.
@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("The council received 1,870 letters of objection and 312 in support.",
                 "letters of objection received", "1,870 letters", id="a_counts_own_of_group"),
    pytest.param("Crews cleared wreckage and about 150 gallons of spilled diesel fuel.",
                 "gallons of spilled diesel fuel", "about 150 gallons", id="an_of_group_with_no_verb"),
    pytest.param("The Cedar Bluff Community School District, which serves about 2,100 students across 310 square "
                 "miles, operates 41 buses.", "students served", "about 2,100 students", id="a_present_verb"),
    pytest.param("The attack crippled its systems, forcing the hospital to divert ambulances and postpone more than 300 "
                 "surgeries.", "surgeries postponed", "more than 300 surgeries", id="a_bare_verb_a_cause_governs"),
    pytest.param("Pilots began a walkout, forcing the carrier to scrap 640 flights over the weekend.",
                 "flights scrapped", "640 flights", id="a_caused_verb_of_one_syllable"),
    pytest.param("We have cut 46 staff positions and frozen hiring in nine departments.",
                 "departments where hiring was frozen", "9 departments", id="a_place_after_a_verb_and_its_object"),
    pytest.param("The funding gap forced the agency to halve rations for about 1.1 million people and suspend "
                 "assistance altogether in 14 counties.", "counties where assistance was suspended", "14 counties",
                 id="a_place_after_a_caused_verb"),
    pytest.param("The explosion shattered windows in about 200 homes.",  # round 52: the clause kept
                 "explosion shattered windows, homes where windows were shattered",
                 "about 200 homes", id="a_plural_object"),
    pytest.param("Over the follow-up, 148 participants developed acute gastroenteritis confirmed as norovirus.",
                 "participants developed acute gastroenteritis", "148 participants", id="an_active_past_bare_object"),
    pytest.param("The blast led authorities to order roughly 2,300 residents within a 1.5-mile radius to shelter.",
                 "residents ordered to shelter", "roughly 2,300 residents", id="told_to_past_a_place"),
])
def test_a_counted_noun_keeps_what_says_what_the_count_is(text: str, label: str, value: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert labels.get(label) == value, labels


# must not change: a partitive "of", a plan after "to", a passive's place, an adjective before a noun, a count that
# opens a clause after a verb of expecting
@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("The company plans to cut 500 jobs next year.", "planned jobs cut", "500 jobs", id="a_plan"),
    pytest.param("The company wants to open 12 stores next year.", "stores to be opened", "12 stores", id="a_wish"),
    pytest.param("Nine of the workers were hurt and the plant laid off 210 of the workers.", "workers laid off",
                 "210 workers", id="a_partitive_of"),
    pytest.param("The broadcast also is televised live in more than 200 countries worldwide.", "number of countries worldwide",
                 "more than 200 countries", id="a_passive_has_no_object"),
    pytest.param("The city handed out 1,200 cases of bottled water at three sites.", "number of sites", "3 sites",
                 id="an_adjective_after_of_is_no_verb"),
    pytest.param("In December 2008, three men emptied almost the entire stock of gems.", "number of men in 2008",
                 "3 people", id="an_adverb_is_no_object"),
])
def test_a_counted_noun_keeps_its_label_where_no_verb_or_kind_is_said(text: str, label: str, value: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert labels.get(label) == value, labels


def test_an_of_group_that_goes_on_is_not_cut_short() -> None:
    labels = labels_of("Hiller was charged with two counts of possession of a firearm by a felon.", published=_NOV_2026)
    assert not [x for x in labels if "counts of possession" in x], labels


# Round 30: a nearby proper noun that says where, not whose (label_audit_dev.md, "Round 30")
@pytest.mark.parametrize(("text", "wrong_owner"), [
    pytest.param("Mandatory evacuation orders covered about 2,300 homes in Cedar Ridge, Alder Flat and the Hollister "
                 "Pines subdivision.", "Cedar Ridge", id="one_place_of_a_list"),
    pytest.param("More than 80 officers served search warrants at five homes in Halloway and nearby Pruett.",
                 "Halloway", id="one_place_of_an_and_list"),
    pytest.param("Excavation took three summers and involved 11 volunteers and a team from the High Plains Museum of "
                 "Natural History in Casper.", "High Plains", id="another_nouns_phrase"),
    pytest.param("Helixora's shares closed up 27 per cent at $48.30 on the Nasdaq, valuing the Boston-based company "
                 "at about $6.4 billion.", "Nasdaq", id="the_market_traded_on"),
    pytest.param("Shares of the Brentmoor, New Jersey-based company fell 6.8% to $22.15 in morning trading.",
                 "Brentmoor", id="a_home_town_before_a_based_compound"),
    # the owner the rule took away: before it, "New Jersey company fall" (no label opened on "Brentmoor")
    pytest.param("Shares of the Brentmoor, New Jersey-based company fell 6.8% to $22.15 in morning trading.",
                 "New Jersey", id="a_home_towns_state_before_a_based_compound"),
    pytest.param("Spot gold XAU= added 0.1% to $1,472.19 an ounce.", "XAU", id="a_market_code"),
    pytest.param("Its chief executive, Verena Haid, said the resort sold about 6,300 day passes on Saturday, at €71.50 "
                 "each.", "Verena Haid", id="who_says_a_price"),
])
def test_a_name_that_says_where_does_not_own_the_number(text: str, wrong_owner: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert not [x for x in labels if x.startswith(wrong_owner)], labels


# must not change: a name in a phrase right after the count, a name in an of-phrase going on past it, a price's
# owner named before it
@pytest.mark.parametrize(("text", "label", "value"), [
    pytest.param("The cluster holds 220,000 GPUs in Colossus 1.", "Colossus 1 GPU count", "220,000 GPUs",
                 id="gpus_in_a_name"),
    # (not "Roughly 14": a rounded count labelled by its noun alone is not shown, round 31)
    pytest.param("Fourteen supporters and friends of Noel and Thomas attended the court hearing.",
                 "Noel number of supporters", "14 supporters", id="nouns_joined_without_article"),
    pytest.param("In December, the firm bid $16.50 per share for Tribune, the owner of the Chicago Tribune.",
                 "Tribune price per share", "$16.50", id="a_price_for_a_name"),
    # round 54: the clause label (up to 8 words before the number); the story never capitalises "Anthropic" inside a
    # sentence, so it is lowercased (round 52's known limit)
    pytest.param("Anthropic offers Claude Max users a plan at $100 per month.",
                 "anthropic offers Claude Max users a plan, monthly price", "$100/month", id="a_price_after_its_name"),
])
def test_a_name_that_owns_the_number_keeps_it(text: str, label: str, value: str) -> None:
    labels = labels_of(text, published=_NOV_2026)
    assert labels.get(label) == value, labels
