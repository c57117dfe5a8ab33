"""Write-up: headline, credited extractive summary, differences and date range of one event."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from pathlib import Path

from briefing.collect.seeds import collect_seeds
from briefing.figures.extract import extract_figures
from briefing.models import Article, Edition, Event, Story
from briefing.render.views import CARD_FIGURES, context
from briefing.writeup.summary import content_words, write_event

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seeds_event() -> tuple[tuple[Article, ...], Event]:
    articles = collect_seeds(SEEDS).articles
    return articles, write_event(Story(id="ev", articles=articles), extract_figures(articles))


def test_headline_is_one_of_the_source_titles() -> None:
    articles, event = seeds_event()
    assert event.headline in {a.title for a in articles}


def test_summary_is_extractive_three_to_five_sentences_from_several_sources() -> None:
    articles, event = seeds_event()
    assert 3 <= len(event.summary) <= 5
    texts = {a.id: " ".join(a.text.split()) for a in articles}
    for sentence in event.summary:
        assert any(" ".join(sentence.text.split()) in texts[s] for s in sentence.source_ids)
    assert len({s.source_ids[0] for s in event.summary}) >= 3
    assert not any("Join" in s.text or "COMMENTS" in s.text for s in event.summary)


def test_summary_has_no_near_duplicates() -> None:
    _, event = seeds_event()
    for a, b in itertools.combinations(event.summary, 2):
        wa, wb = content_words(a.text), content_words(b.text)
        assert len(wa & wb) / len(wa | wb) < 0.5, (a.text, b.text)


def test_every_source_that_states_a_sentence_is_credited() -> None:
    articles = list(collect_seeds(SEEDS).articles)
    copy = replace(articles[3], id="s-syndicated", outlet="Syndicate")  # the same text run elsewhere
    event = write_event(Story(id="ev", articles=(*articles, copy)), extract_figures([*articles, copy]))
    for sentence in event.summary:
        if articles[3].id in sentence.source_ids:
            assert "s-syndicated" in sentence.source_ids
    signed = next(s for s in event.summary if "signed" in s.text)
    assert len(signed.source_ids) >= 2  # ChaoBro's signing sentence is also stated by another outlet


def test_differences_name_outlets_and_counts() -> None:
    _, event = seeds_event()
    gpu = next(d for d in event.differences if "GPU" in d)
    assert gpu.startswith("Colossus 1 GPU count: 220,000+ GPUs (3 sources) vs more than 200,000 GPUs (")
    assert len(event.differences) == sum(f.status == "conflict" for f in event.figures) == 1
    assert not any("ChaoBro" in d for d in event.differences)  # one source contradicting itself is not "sources differ"


def _edition(event: Event) -> Edition:
    return Edition(title="Briefing", date=dt.date(2026, 5, 12), timezone="UTC", events=(event,),
                   generated_at=dt.datetime(2026, 5, 12, 6, 0, tzinfo=dt.UTC))


def test_a_source_contradicting_itself_is_said_in_those_words_and_not_counted_as_sources_differing() -> None:
    _, event = seeds_event()
    view = context(_edition(event))
    assert view["conflict_count"] == 1  # the GPU count: 220,000+ vs more than 200,000, two sources
    (line,) = view["events"][0].contradictions
    assert line.startswith("ChaoBro gives both May 6, 2026 and May 5, 2026 for date Anthropic and SpaceX signed")
    row = next(r for r in view["events"][0].figures if r.status == "self-contradiction")
    assert row.status_text == "ChaoBro gives both May 6, 2026 and May 5, 2026" and "differ" not in row.status_text


def test_one_outlets_many_numbers_never_make_a_sources_differ_count() -> None:
    article = Article(id="a", title="Gaza hospital", outlet="A", text=(
        "The hospital treats 10,000 cancer patients in Gaza.\n\nDoctors see 550 patients a day at the clinic.\n\n"
        "Ahmed Salem, 52, runs the ward. His deputy Rana Haddad, 38, said 150 patients on chemotherapy had "
        "their treatment stopped."))
    event = write_event(Story(id="ev", articles=(article,)), extract_figures([article]))
    view = context(_edition(event))
    assert view["conflict_count"] == 0 and event.differences == () and view["events"][0].contradictions == ()


def test_the_card_shows_at_most_six_key_figures_and_the_details_keep_the_rest() -> None:
    _, event = seeds_event()
    (shown,) = context(_edition(event))["events"]
    assert len(shown.top_figures) <= CARD_FIGURES < len(shown.figures)
    assert shown.top_figures[0].label == "Colossus 1 GPU count"
    assert len(shown.top_figures) + len(shown.more_figures) == len(shown.figures)


def test_date_range_runs_from_the_event_to_the_last_report() -> None:
    articles, event = seeds_event()
    assert (event.first_date, event.last_date) == (dt.date(2026, 5, 5), dt.date(2026, 5, 11))
    dated = [a.published for a in event.sources if a.published]
    assert dated == sorted(dated) and event.sources[len(dated):] == tuple(
        a for a in articles if a.published is None)


def test_old_background_dates_do_not_stretch_the_range() -> None:
    article = Article(id="a", title="Jury convicts office gunman", outlet="A", published=dt.date(2008, 4, 30),
                      text="A jury on Tuesday convicted the man. The shooting happened on April 9, 2007 in Troy. "
                           "The man was found guilty of first-degree murder in the slaying of the receptionist.")
    event = write_event(Story(id="ev", articles=(article,)), extract_figures([article]))
    assert (event.first_date, event.last_date) == (dt.date(2008, 4, 29), dt.date(2008, 4, 30))


def test_a_single_short_article_still_gets_a_write_up() -> None:
    article = Article(id="a", title="Short note", outlet="A",
                      text="Two people were killed when the storm hit the coast on Monday night.")
    event = write_event(Story(id="ev", articles=(article,)), ())
    assert event.headline == "Short note"
    assert [s.source_ids for s in event.summary] == [("a",)]
    assert event.differences == () and event.first_date is None


def test_a_paraphrase_without_the_date_does_not_earn_a_credit() -> None:
    dated = Article(id="a", title="Deal signed", outlet="A", text=(
        "On May 6, Anthropic and SpaceX signed a compute agreement granting Claude access to the Colossus supercomputer.\n\n"
        "The agreement covers the whole facility in Memphis and its power supply for several years."))
    vague = Article(id="b", title="Deal signed", outlet="B", text=(
        "Anthropic and SpaceX signed a compute agreement granting Claude access to the Colossus supercomputer.\n\n"
        "Analysts expect more such agreements between the largest companies in the industry this year."))
    event = write_event(Story(id="ev", articles=(dated, vague)), ())
    credits = {s.text: s.source_ids for s in event.summary}
    dated_sentence = next(t for t in credits if t.startswith("On May 6"))
    assert credits[dated_sentence] == ("a",)


def test_a_promo_line_addressed_to_the_reader_is_not_summary() -> None:
    promo = Article(id="p", title="Harbour deal", outlet="P", text=(
        "Explore the unexpected harbour deal between the city and the port authority, signaling a new era.\n\n"
        "The city council approved the harbour deal with the port authority on Tuesday by seven votes to two.\n\n"
        "The port authority will pay the city 40 million euros over ten years for the use of the quay."))
    other = Article(id="o", title="Harbour deal", outlet="O", text=(
        "The city council approved the harbour deal with the port authority on Tuesday by seven votes to two.\n\n"
        "Opponents said the quay should stay public and promised to collect signatures for a referendum."))
    event = write_event(Story(id="ev", articles=(promo, other)), ())
    assert not any(s.text.startswith("Explore") for s in event.summary)


def test_a_source_has_one_name_in_the_table_the_boxes_the_text_and_the_json() -> None:
    # Two seeds have no outlet: the digest numbers the second "Unknown outlet (2)", and the "Where sources
    # differ" box must not call that source plain "Unknown outlet", which reads as the other one.
    import json

    from briefing.render import render_all

    _, event = seeds_event()
    conflict = next(f for f in event.figures if f.status == "conflict")
    lone = next(c for c in conflict.claims if len(c.source_ids) == 1)
    article = next(a for a in event.sources if a.id == lone.source_ids[0])
    assert sum(a.outlet == article.outlet for a in event.sources) == 2  # the case this is about
    name = "Unknown outlet (2)"
    said = f"{lone.display} ({name})"
    assert any(d.endswith(said) for d in event.differences)
    files = render_all(_edition(event))
    assert f"| {lone.display} | 1 of 5 sources: {name} |" in files["briefing.md"]
    assert f"vs {said}" in files["briefing.md"] and f"vs {said}" in files["briefing.html"]
    assert f"vs {said}" in " ".join(files["briefing.txt"].split())
    export = json.loads(files["briefing.json"])["events"][0]
    assert next(s for s in export["sources"] if s["id"] == article.id)["name"] == name
    assert any(d.endswith(said) for d in export["differences"])
