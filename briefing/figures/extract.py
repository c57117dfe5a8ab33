"""Figures: the numbers each source reports, aligned by what they measure and whose they are.

A mention is one number in one sentence, read for its measure and subject (figures.measures). Mentions
are aligned into figures (figures.align); each figure's values become claims credited to sources;
its status says whether different sources agree or differ, or one source contradicts itself. Figures
whose label cannot be made specific are dropped, and so are those made by a path the judged sets
say is mostly wrong (figures.support); key figures (several sources, a source's lead,
casualties, money) are marked for the short views.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefing.figures.align import Mention, align, same_amount
from briefing.figures.ambiguity import Owned, several_owners, several_values
from briefing.figures.article import in_article
from briefing.figures.casualties import casualties_in_words, casualty_class, is_animal, is_person
from briefing.figures.clause_label import CLAUSE_LABELS, ClauseLabels, proper_names, reworded, sentences_before
from briefing.figures.common_owner import clause_owner, relative_name, which_owner
from briefing.figures.inflicted import a_suicide, not_a_figure, retracted
from briefing.figures.listed import listed_after, listed_measure, listed_owner
from briefing.figures.measures import figure_label, read
from briefing.figures.named_numbers import in_a_name
from briefing.figures.other_events import with_event
from briefing.figures.other_time import background_time, framed_time
from briefing.figures.passages import Passage, article_passages, without_dateline
from briefing.figures.ranking import STATUS_RANK, is_key, main_names, reader_weight
from briefing.figures.reading import Reading
from briefing.figures.referents import (
    People,
    aged_noun,
    described_in_lead,
    identified,
    named_later,
    opening_sentence_end,
    sentence_before,
)
from briefing.figures.scopes import scope, stretch
from briefing.figures.spans import earlier_event, earlier_time, framed_year, span_after, tally_span
from briefing.figures.support import supported, with_context
from briefing.figures.twins import told_apart
from briefing.models import Article, Claim, Figure, FigureStatus
from briefing.text import word_set
from briefing.text.dates import find_dates, month_year_spans
from briefing.text.entities import EntityIndex
from briefing.text.numbers import Quantity, find_quantities
from briefing.text.quantity import WORD_NUMBER_PATTERN

log = logging.getLogger(__name__)

# Anything the number and date readers could turn into a figure: a digit, a number word, a weekday,
# "yesterday", a multiplier verb ("a man was killed" has its own test in casualties_in_words).
_MAYBE_NUMBER = re.compile(rf"\b(?:{WORD_NUMBER_PATTERN}|\w{{0,6}}day|doubl|tripl|quadrupl|halved|\w{{2,8}}fold)", re.I)
_DIGIT = re.compile(r"\d")
_PEOPLE_COUNTS = frozenset({"killed", "injured", "shot"})  # "two managing partners wounded": 2 people
_WORDS = re.compile(r"[^\W\d_]+")
# Short words that are English and common in no other language written in Latin letters ("a", "in", "on" are).
_ENGLISH = word_set("the of and to is was for that with by from are has have he she they this his her their said "
                    "which who were will would it")
# Tokenised text ("averaged 5. 2 yards a carry", "shooting 51. 2 percent") cut at the decimal point: a sentence
# that ends on a short number and one that opens on a number and a lower-case word (news opens no sentence on a
# numeral) are the two halves of one decimal.
_DECIMAL_CUT = re.compile(r"(?<![\d,])\d{1,3}\.$")
_DECIMAL_TAIL = re.compile(r"\d+(?:[\s-]+[a-z]|[mbk]\b)")  # "2 yards", "7m have been stolen"
# An age or a date says its own time, a change its period; a casualty's label is the toll's (its background kept apart)
_WHEN_DIMS = frozenset({"count", "money"})
_LEAD = 3  # a source's first sentences are its lead: what it thinks matters most


def _cut_before(text: str, end: int, following: str) -> bool:
    """Does a number end its sentence on the first half of a decimal the next sentence goes on with?"""
    return text[end:].strip() == "." and bool(_DECIMAL_CUT.search(text)) and bool(_DECIMAL_TAIL.match(following))


def _year_hint(articles: Sequence[Article]) -> int | None:
    years = Counter(a.published.year for a in articles if a.published)
    return years.most_common(1)[0][0] if years else None


def find_mentions(articles: Sequence[Article]) -> list[Mention]:
    """Every quantity in every article, with its measure and subject."""
    per_article = [(a, article_passages(a.text)) for a in articles]
    index = EntityIndex.build([(a.title, [p.text for p in ps if p.kind != "heading"]) for a, ps in per_article])
    hint = _year_hint(articles)
    mentions: list[Mention] = []
    for number, (article, passages) in enumerate(per_article):
        if not _english(article.text):
            continue  # labels are read from English sentence structure: another language's would be nonsense
        prose, first_of_article, previous, chain = 0, len(mentions), "", None
        year = article.published.year if article.published else hint  # the story's year: earlier ones are background
        month = article.published.month if article.published else None
        people = People(index=index)
        people.read(article.title, weight=2)
        opened: tuple[int, int, tuple[frozenset[str], str]] | None = None  # a sentence whose subject is a described person
        mentions += _headline_tolls(article, number, index, hint)
        for at, passage in enumerate(passages):
            if passage.kind == "heading":
                continue
            following = passages[at + 1].text if at + 1 < len(passages) else ""
            prose += 1
            text = without_dateline(passage.text)
            found = _quantities(text, article.published, hint)
            opened = None
            for q in found:
                if q.start == 0 and _DECIMAL_CUT.search(previous) and _DECIMAL_TAIL.match(text):
                    continue  # "averaged 5. | 2 yards a carry": a decimal cut in two by tokenised text, no value
                if _cut_before(text, q.end, following):
                    continue  # "valued at over $2. | 6 million": the first half of that decimal, no value either
                if in_a_name(text, q):
                    continue  # "the Group of 20 economies", "type 2 diabetes": a name's number, no figure
                reading = read(text, q, index, heading=passage.heading, boxed=passage.kind in ("item", "table"))
                reading = with_context(reading, sum(o.dim == q.dim for o in found) - 1, len(found) - 1)
                if q.dim == "age" and not reading.subject and (who := people.described(text, q.start, aged_noun(reading))):
                    reading = replace(reading, measure="age", subject=who[1], subject_tokens=who[0], specific=True,
                                      inferred=True, made=replace(reading.made, subject="described"))
                    opened = (q.end, end, who) if (end := opening_sentence_end(text, q.start)) \
                        and people.named_before(text, q.start) == who[1] else None
                elif opened and opened[0] <= q.start < opened[1] and q.dim == "count" and not reading.subject \
                        and not reading.casualty and not _INFINITIVE.search(text, opened[0], q.start):
                    # "The 24-year-old left-hander faced 109 balls": Perera's balls (not "the only one to reach 3")
                    reading = replace(reading, subject=index.shown(opened[2][1]), subject_tokens=opened[2][0],
                                      specific=True, made=replace(reading.made, subject="described"))
                if person := _pronoun_person(text, q, reading, (previous, chain), people):
                    reading = replace(reading, subject=index.shown(person), subject_tokens=index.tokens_of(person),
                                      specific=True, made=replace(reading.made, subject="pronoun"))
                if owned := clause_owner(text, q, reading) or relative_name(text, q, reading, index) \
                        or which_owner(text, q, reading):
                    # "Wholesale gasoline futures rose 7.4 cents", "Lloyd-Hughes, 23, who ran 35 metres"
                    reading = replace(reading, subject=owned[0], subject_tokens=owned[1],
                                      made=replace(reading.made, subject="clause"))
                if mentions[first_of_article:] and (whose := listed_owner(mentions[-1], text, q, reading)):
                    reading = replace(reading, subject=whose.subject, subject_tokens=whose.subject_tokens,
                                      made=replace(reading.made, subject="listed"))
                if mentions[first_of_article:] and listed_after(mentions[-1], text, q) and not reading.casualty:
                    reading = replace(reading, measure=listed_measure(mentions[-1].reading, reading))
                if reading.subject and q.dim == "count" and not reading.casualty and (span := tally_span(text, q.start)):
                    reading = replace(reading, span=span)  # "Thomas number of touchdowns since Week 11"
                if q.dim not in ("age", "date") and not reading.span and (framed := framed_year(text, q.start, year)):
                    reading = replace(reading, span=framed) if framed[3:] not in reading.measure else reading
                if q.dim not in ("age", "date") and not reading.span and (
                        framed := framed_time(text, q.start, year, month)):
                    reading = replace(reading, span=framed)  # "cargo vessels rescued last month": another event's
                if reading.specific and q.dim in _WHEN_DIMS and not reading.casualty and not reading.span and (
                        when := earlier_time(text, q.start, q.end, year)):
                    # "Pistons games won last season": not the story's season; said once ("spending in research last year")
                    reading = replace(reading, span=when) if when not in reading.measure else reading
                if reading.subject and q.dim == "count" and not reading.casualty and not reading.span and (
                        span := span_after(text, q.end)):
                    reading = replace(reading, span=span)  # "Pierre Thomas number of receptions this season"
                if reading.casualty == "killed" and a_suicide(article.text, text, q.value):
                    reading = replace(reading, measure="deaths")  # "was found dead" in a story of a suicide: not killed
                if not_a_figure(article.text, q.value, q.dim == "count", reading.casualty) or retracted(text, q.start):
                    continue  # a model number, a natural death ("died at home"), a report taken back: inflicted.py
                if q.dim == "count":
                    q = _as_people(q, reading.casualty)
                background = earlier_event(passage.text, article.published, hint)
                if background and reading.casualty and not reading.span and (
                        then := background_time(text, q.start, q.end, year, month)):
                    reading = replace(reading, span=then)  # "people killed in the 2021 Sawmill Fire", not this one's
                if q.dim not in ("age", "date"):  # "people killed by an eruption of Mount Merapi in 2010"
                    reading = with_event(reading, text, q.start, year)
                if q.dim not in ("age", "date") and not reading.span and (
                        bounded := stretch(text, q.end, _words(reading))):
                    reading = replace(reading, span=bounded)  # "flu-related deaths for the week": not the season's
                # a sum's place is mostly the thing's own ("a $55 billion plant in Texas"): no money label was mended
                if q.dim not in ("age", "date", "money") and (
                        where := scope(text, q.start, q.end, f"{_words(reading)} {q.unit} {q.display}", q.dim == "count")):
                    reading = replace(reading, span=f"{where} {reading.span}".strip())  # "derailments in Canada last year"
                mentions.append(Mention(source=article.id, order=number * 100000 + passage.index, passage=passage,
                                        quantity=q, reading=reading, lead=prose <= _LEAD, background=background))
            people.read(passage.text)
            previous, chain = text, people.opener(text, chain)  # "He also had 440 yards": the he before it
        mentions[first_of_article:] = _named_ages(mentions[first_of_article:], article.text, index, passages)
        mentions[first_of_article:] = _not_parts(mentions[first_of_article:])
        mentions[first_of_article:] = in_article(mentions[first_of_article:])
    return mentions


def _words(reading: Reading) -> str:
    """The words a label is made of, to tell whether a scope is said in it already."""
    return " ".join((reading.subject or "", reading.measure, reading.span))


_INFINITIVE = re.compile(r"\bto\s+[a-z]+\s+(?:\S+\s+)?$")

# "... when he had 70 yards rushing on just nine carries": a person's pronoun the sentence's clause opens on,
# with no saying verb after it ("he said 30 people ...": the speaker's words, not his count) and no name between.
_HE_THEN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b(?![^.;:]*\b(?:said|says|told|added|according)\b)[^A-Z.;:]*$")


def _pronoun_person(text: str, q: Quantity, reading: Reading, before: tuple[str, str | None],
                    people: People) -> str | None:
    """Who an unnamed number's 'he'/'she' is: the person the sentence before opens on, when the clause's subject
    is that pronoun (measures.read) or, for a count, the sentence has one before it (`_pronoun_clause`)."""
    if reading.subject or not (reading.pronoun or q.dim == "count" and not reading.casualty):
        return None
    previous, chain = before  # the sentence before and the person it opens on (through its own "he")
    earlier, current = sentence_before(text, q.start, previous)  # split once, for both checks
    if not reading.pronoun and not _pronoun_clause(current, people.index):
        return None
    return people.pronoun_owner(earlier, current, chain if earlier and earlier in previous
                                else people.chain_before(text, q.start))


def _pronoun_clause(current: str, index: EntityIndex) -> bool:
    """A count's sentence (up to the count) past a 'he'/'she' of its own that does not open on a name."""
    if not _HE_THEN.search(current):
        return False
    # "Comeaux, 49, was in a wheelchair when he pulled a gun on two guards": the sentence's own subject is "he"
    return not any(not current[:start].strip(" \"“'‘") for start, _, _ in index.entities(current))


_PART = re.compile(r"\s+of\s+(?:the|their|his|her|its|our|these|those)\s+", re.I)


def _not_parts(mentions: list[Mention]) -> list[Mention]:
    """'Seven of the violations involved ...' where the story counts nine violations: a part, not their number."""
    wholes: dict[str, float] = {}
    for m in mentions:
        if m.quantity.dim == "count":
            wholes[m.quantity.unit] = max(wholes.get(m.quantity.unit, 0.0), m.quantity.value)
    return [m for m in mentions if not (
        m.quantity.dim == "count" and _PART.search(m.passage.text, m.quantity.start, m.quantity.end)
        and wholes[m.quantity.unit] > m.quantity.value and figure_label(m.reading).startswith("number of "))]


def _named_ages(mentions: list[Mention], text: str, index: EntityIndex, passages: Sequence[Passage]) -> list[Mention]:
    """'A 63-year-old woman was shot ... The woman, identified by the police as Madeline Kafoury, died': the
    age of 'the woman' is Madeline Kafoury's; so is the lead's 'A 59-year-old grandmother' when the next
    sentences open on 'Raj Chohan, who lived ...' (referents.named_later)."""
    described = [m for m in mentions if m.reading.kind == "age" and not m.reading.subject
                 and m.reading.measure.startswith("age of the ")]
    names = identified(text) if described and "identified" in text else {}
    prose = [p for p in passages if p.kind == "prose"]
    sentences = [p.text for p in prose]
    aged = {m.reading.subject for m in mentions if m.reading.kind == "age" and m.reading.subject}
    later = {id(m): name for m in described if m.passage in prose[:2]
             and described_in_lead(m.passage.text, m.quantity.start) and is_person(aged_noun(m.reading))
             and (name := named_later(sentences, prose.index(m.passage), aged, index.proper))}
    if not names and not later:
        return mentions
    ids = {id(m) for m in described}  # by identity: comparing Mention dataclasses field by field is slow
    out = []
    for m in mentions:
        name = names.get(aged_noun(m.reading)) or later.get(id(m)) if id(m) in ids else None
        if name:
            m = replace(m, reading=replace(m.reading, measure="age", subject=name, subject_tokens=index.tokens_of(name),
                                           made=replace(m.reading.made, subject="named later")))
        out.append(m)
    return out


def _headline_tolls(article: Article, number: int, index: EntityIndex, hint: int | None) -> list[Mention]:
    """A headline's casualty counts ("office shooting kills 1, injures 2", "Leaves Woman Dead and 2 Hurt"): the
    toll as the outlet puts it first. Nothing else is read from a headline (its grammar is clipped)."""
    title = " ".join(article.title.split())
    words = re.findall(r"[A-Za-z]+", title)
    if sum(w[0].isupper() for w in words) > 0.6 * len(words):
        title = title.lower()  # Title Case or capitals: no word stands out as a name, and verbs read as verbs
    passage = Passage(text=title, kind="heading", heading=title, index=-1)
    found = []
    for q in _quantities(title, article.published, hint):
        reading = read(title, q, index) if q.dim == "count" else None
        if reading is not None and reading.kind.startswith("casualty"):
            found.append(Mention(source=article.id, order=number * 100000 - 1, passage=passage,
                                 quantity=_as_people(q, reading.casualty), reading=reading, lead=True))
    return found


def _as_people(q: Quantity, casualty: str | None) -> Quantity:
    """'46 arrests', 'three fatalities': counts of people, as '46 people had been arrested' is."""
    told = casualty and casualty_class(q.unit.split()[-1]) is not None
    if is_animal(q.unit):  # "seven birds were killed": a toll of birds; "cattle and camels": of both
        both = " and " in q.noun and is_animal(q.noun.split(" and ")[0].split()[-1])
        return replace(q, display=q.display.replace(q.unit, q.noun)) if both else q
    if (casualty in _PEOPLE_COUNTS or told) and q.unit != "people":
        return replace(q, unit="people", display=q.display.replace(q.unit, "people"))
    return q


def _english(text: str) -> bool:
    """Does the text read as English: its most common short words ('the', 'of', 'and') make up a share of it?"""
    words = _WORDS.findall(text[:4000].lower())
    return len(words) < 30 or sum(w in _ENGLISH for w in words) >= 0.04 * len(words)


def _quantities(text: str, published: dt.date | None, hint: int | None) -> list[Quantity]:
    found: list[Quantity] = []
    if _DIGIT.search(text) or _MAYBE_NUMBER.search(text):  # most sentences have no number
        dates = find_dates(text, published, hint)
        blocked = [(d.start, d.end) for d in dates] + month_year_spans(text)
        found = dates + find_quantities(text, blocked)
    found += casualties_in_words(text, [(q.start, q.end) for q in found if q.dim in ("count", "age")])
    return found


def _claims(cluster: list[Mention], label: str = "") -> tuple[Claim, ...]:
    """The cluster's values as claims; each source quoted by the sentence the label was read from, if it has it."""
    labelled = {m.source: m.passage.text for m in cluster if label and figure_label(m.reading) == label}
    by_value: dict[tuple[float, float | None, str], list[Mention]] = {}
    for m in sorted(cluster, key=lambda m: m.order):
        by_value.setdefault(m.value, []).append(m)
    claims = []
    for (value, upper, unit), ms in by_value.items():
        ranked = Counter(dict.fromkeys((m.source, m.quantity.display) for m in ms).keys())
        display = Counter(d for _, d in ranked).most_common(1)[0][0]
        best = next(m for m in ms if m.quantity.display == display)
        sources = tuple(dict.fromkeys(m.source for m in ms))
        quotes = tuple(dict.fromkeys(
            next((m.passage.text for m in ms if m.source == s and labelled.get(s) == m.passage.text),
                 next(m.passage.text for m in ms if m.source == s)) for s in sources))
        claims.append(Claim(value=value, unit=unit, upper=upper, display=display,
                            qualifier=best.quantity.qualifier, source_ids=sources, quotes=quotes))
    claims.sort(key=lambda c: -len(c.source_ids))
    return tuple(claims)


def status_of(claims: Sequence[Claim]) -> FigureStatus:
    """'conflict' only when different sources give different values; one source alone contradicts itself.

    Values in different units that convert to one amount ('15 mi', '24 km') agree.
    """
    first = (claims[0].value, claims[0].upper, claims[0].unit)
    if all(same_amount(first, (c.value, c.upper, c.unit)) for c in claims):
        return "agreed" if len({s for c in claims for s in c.source_ids}) > 1 else "single"
    sources = {s for c in claims for s in c.source_ids}
    return "conflict" if len(sources) > 1 else "self-contradiction"


def _label(cluster: list[Mention]) -> str:
    """The label most sources would give it, preferring one that names a subject."""
    labels = Counter(dict.fromkeys((m.source, figure_label(m.reading)) for m in cluster if m.reading.specific))
    if not labels:
        return figure_label(cluster[0].reading)
    named = [(s, label) for (s, label), _ in labels.items()
             if any(m.reading.subject and figure_label(m.reading) == label for m in cluster)]
    votes = Counter(label for _, label in (named or list(labels)))
    return votes.most_common(1)[0][0]


def extract_figures(articles: Sequence[Article], *, labels: ClauseLabels = CLAUSE_LABELS) -> tuple[Figure, ...]:
    """Every figure the articles report with a specific label, each claim credited to sources; a shown label is
    reworded from its clause where `labels` says (figures.clause_label), after the hide rule has read it."""
    labelled = labelled_figures(articles)
    story = [m for _, m in labelled]
    names, earlier = proper_names(a.text for a in articles), sentences_before(articles) if labels.pronouns else {}
    shown = [reworded(figure, m, labels, names, earlier) for figure, m in labelled if supported(figure, m, story)]
    log.debug("%d figures from %d articles", len(shown), len(articles))
    return tuple(shown)


def labelled_figures(articles: Sequence[Article]) -> list[tuple[Figure, Mention]]:
    """Every figure with a specific label, before the provenance rule (figures.support) hides any, each with the
    mention its label was read from."""
    figures = []
    names = main_names(articles)
    measured: list[Owned] = []
    read_from: dict[int, Mention] = {}
    for cluster in align(find_mentions(articles)):
        if not any(m.reading.specific for m in cluster):
            continue  # a bare "amount" or "date": not shown
        cluster.sort(key=lambda m: m.order)
        label = _label(cluster)
        claims = _claims(cluster, label)  # "date Colombia lost" quoted by the sentence that says so
        figure = Figure(label=label, status=status_of(claims), claims=claims, key=is_key(cluster))
        weight = tuple(-w for w in reader_weight(cluster, names))
        figures.append(((not figure.key, *weight, STATUS_RANK[figure.status], cluster[0].order), figure))
        m = next(m for m in cluster if figure_label(m.reading) == label)
        read_from[id(figure)] = m
        if m.reading.kind != "date":
            measured.append(Owned(figure, m.reading.measure.lower(), m.reading.subject or "", bool(m.reading.casualty),
                                  m.quantity.dim == "count"))
    figures.sort(key=lambda f: f[0])
    unowned = several_owners(measured) | several_values(measured)  # not specific: not shown (ambiguity.py)
    return _unambiguous(told_apart([(f, read_from[id(f)]) for _, f in figures if id(f) not in unowned]))


def _unambiguous(figures: list[tuple[Figure, Mention]]) -> list[tuple[Figure, Mention]]:
    """A label two figures share does not say which is which: the lesser ones are not shown, unless
    casualties (two estimates, "at least 106" and "as many as 200", are both worth a reader's eye).

    Each figure comes with its span ("since Week 11", "last season"), added to its label last: two tallies of one
    measure are told apart by the plain label, as round 10 learned."""
    seen: dict[str, str] = {}  # label -> unit of the first figure with it
    kept = []
    for figure, m in figures:
        label, unit, span = figure.label.lower(), figure.claims[0].unit, m.reading.span
        if label in seen and seen[label] != unit:  # "$12.9 billion" and "88 billion Hong Kong dollars" raised
            figure = replace(figure, label=f"{figure.label} in {unit}")
        elif label in seen and not figure.label.endswith(("killed", "injured", "missing", "arrested")):
            continue
        kept.append((replace(figure, label=f"{figure.label} {span}") if span else figure, m))
        seen.setdefault(label, unit)
    return kept
