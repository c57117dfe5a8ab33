"""A day of real news as a reader sees it grouped: most pieces are the only report of their event.

Hand-written articles in the shape of the real pages of bench/bench_dedupe_real.py: one site's two press
releases on one topic, a column that mentions two stories, two pieces about one city, the same event told
by three outlets, and pages of one event fetched through feeds. Each test that could pass without the
evidence it is about also checks that it fails without it (OLD: the grouping before issue 12's real-page
work: no site, headline or story-size evidence).
"""

from __future__ import annotations

import datetime as dt

from feedserver import Item, article_page, rss2

from briefing.config import FeedSpec
from briefing.dedupe.group import group_stories
from briefing.dedupe.headlines import headline_terms
from briefing.dedupe.sites import site_of, sites_of
from briefing.feeds.fetch import FetchSettings
from briefing.feeds.run import collect_feeds
from briefing.models import Article
from briefing.text.evidence import Evidence, compare, evidence_of

DAY = dt.date(2026, 5, 12)
OLD = {"same_site": 1.0, "headline_floor": 1.0, "attach_min_story": 3}


def page(ident: str, site: str, title: str, *paragraphs: str, outlet: str | None = None) -> Article:
    return Article(id=ident, title=title, text="\n\n".join(paragraphs), outlet=outlet or site, published=DAY,
                   url=f"https://www.{site}/news/{ident}", origin="feed")


def together(stories, *ids: str) -> bool:
    return any(set(ids) <= {a.id for a in s.articles} for s in stories)


def apart(stories, a: str, b: str) -> bool:
    return not together(stories, a, b)


# Another day's news beside the pieces under test: a batch is never only the few pages a test is about.
FILLERS = [
    page("rail", "metronews.example", "Commuter rail fares to rise 4 percent in July",
         "The regional transit board voted on Monday to raise commuter rail fares by 4 percent from July 1.",
         "Board chair Denise Okafor said rising energy costs left no other choice.",
         "Riders' groups called the increase the third in five years."),
    page("storm", "weatherdesk.example", "Hailstorm damages vineyards across the Moselle valley",
         "Hailstones the size of walnuts shredded vines across the Moselle valley late on Sunday.",
         "Growers said up to a third of this year's harvest could be lost.",
         "The regional agriculture office promised an assessment within a week."),
    page("chess", "boardgames.example", "Teenager wins national chess title in sudden-death playoff",
         "Fifteen-year-old Mirela Vasquez won the national chess championship on Sunday after a sudden-death "
         "playoff against the defending champion.",
         "She is the youngest winner in the event's 60-year history."),
    page("bakery", "citylife.example", "Century-old bakery closes its doors",
         "The Kowalczyk bakery on Elm Street, open since 1921, baked its last loaves on Saturday.",
         "Owner Tadeusz Kowalczyk, 71, said none of his grandchildren wanted to take it over."),
]

# One company's two press releases on its own site: one topic (clinical alarms), two announcements.
PARTNERSHIP = page(
    "halvard-partnership", "halvard.example",
    "Halvard announces a strategic distribution partnership with Meridian Health in Europe",
    "Halvard, a provider of clinical alarm management and nurse call systems for hospitals, today announced "
    "a strategic distribution partnership with Meridian Health covering twelve European markets.",
    "Under the agreement Meridian Health will resell Halvard's clinical alarm management platform alongside "
    "its patient monitors, so that hospitals can route alarms from the bedside to nurses' handsets.",
    "'Clinical alarm management is at the heart of safer care in hospitals,' said Halvard chief executive "
    "Nils Bergqvist. Halvard's nurse call systems are used by more than 900 hospitals.",
    "About Halvard: Halvard develops clinical alarm management, nurse call and workflow solutions for "
    "hospitals and care homes. Media contact: press office.")
LAUNCH = page(
    "halvard-launch", "halvard.example",
    "Halvard and Dorsey introduce integrated clinical alarm management solution in North America",
    "Halvard and Dorsey Medical today introduced an integrated clinical alarm management solution for "
    "hospitals in the United States and Canada.",
    "The solution connects Dorsey infusion pumps to Halvard's clinical alarm management platform, so that "
    "nurses receive pump alarms on their handsets with the patient's room and the drug being infused.",
    "'Alarm fatigue is one of the biggest problems in hospitals today,' said Halvard chief executive "
    "Nils Bergqvist. The first hospitals will go live in the autumn.",
    "About Halvard: Halvard develops clinical alarm management, nurse call and workflow solutions for "
    "hospitals and care homes. Media contact: press office.")


def test_one_sites_two_announcements_on_one_topic_are_two_events() -> None:
    batch = FILLERS + [PARTNERSHIP, LAUNCH]
    assert apart(group_stories(batch), "halvard-partnership", "halvard-launch")
    assert together(group_stories(batch, **OLD), "halvard-partnership", "halvard-launch")  # the test can fail


def test_a_sites_follow_up_of_its_own_report_still_joins_it() -> None:
    paragraphs = PARTNERSHIP.text.split("\n\n")
    follow_up = page("halvard-partnership-2", "halvard.example",
                     "Update: Halvard and Meridian Health partnership to start in German hospitals",
                     paragraphs[0],
                     "Meridian Health said on Wednesday that the first hospitals in Germany and Austria would be "
                     "equipped with Halvard's clinical alarm management platform before the end of the year.",
                     *paragraphs[1:])
    stories = group_stories(FILLERS + [PARTNERSHIP, follow_up, LAUNCH])
    (story,) = [s for s in stories if any(a.id == "halvard-partnership" for a in s.articles)]
    shown = {a.id for a in story.articles} | {p.url for a in story.articles for p in a.also_ran_in}
    assert "halvard-partnership-2" in shown or follow_up.url in shown  # one entry: a member, or a copy of it
    assert apart(stories, "halvard-partnership", "halvard-launch")


# The same event told by three outlets in their own words.
TERMINAL = [
    page("terminal-0", "harbourdaily.example", "Port of Varnholm sells container terminal to Kessler Logistics",
         "The Port of Varnholm has agreed to sell its north container terminal to Kessler Logistics for 410 "
         "million euros, the port authority said on Tuesday.",
         "Kessler will take over the terminal's 620 workers and has promised to invest in new cranes.",
         "Port director Ingrid Solvang said the sale would pay off the authority's debts.",
         "Dock workers' union leader Pavel Hruby said members would vote on the deal next week."),
    page("terminal-1", "businesswire-news.example", "Kessler Logistics buys Varnholm terminal for 410 million euros",
         "Kessler Logistics is buying the north container terminal of the Port of Varnholm for 410 million euros, "
         "the largest deal in the port's history.",
         "The company, which runs terminals in four countries, said it would keep all 620 employees.",
         "Ingrid Solvang, the port director, told reporters the proceeds would clear the port's debt.",
         "The union's Pavel Hruby said the workforce wanted guarantees in writing."),
    page("terminal-2", "northcoastradio.example", "Varnholm port terminal sold: what it means for 620 dock workers",
         "The 620 dock workers at Varnholm's north terminal will keep their jobs under Kessler Logistics, which "
         "is paying 410 million euros for the terminal.",
         "Union leader Pavel Hruby said a vote on the agreement is planned for next week.",
         "Port director Ingrid Solvang said the sale of the terminal would clear the port's debt."),
]
# Another Varnholm story the same day, and a column that mentions both.
SCHOOLS = [
    page("schools-0", "harbourdaily.example", "Varnholm to close three primary schools as pupil numbers fall",
         "Varnholm city council voted on Tuesday to close three primary schools by 2028 as pupil numbers fall.",
         "Education councillor Marta Lindqvist said the Birchwood, Eastgate and Millbrook schools would merge "
         "into a new school on the old hospital site.",
         "Parents protested outside the council chamber before the vote."),
    page("schools-1", "northcoastradio.example", "Parents protest as council votes to shut Birchwood, Eastgate and "
         "Millbrook schools",
         "About 200 parents protested outside Varnholm city hall as the council voted to close the Birchwood, "
         "Eastgate and Millbrook primary schools.",
         "Councillor Marta Lindqvist said falling pupil numbers left the schools half empty.",
         "The three schools will merge into one by 2028."),
]
COLUMN = page(
    "column", "varnholmpost.example", "Opinion | Our city keeps selling its future to balance today's books",
    "This week Varnholm did two things that tell you everything about how it is run.",
    "First the port authority sold the north container terminal to Kessler Logistics for 410 million euros. "
    "Ingrid Solvang calls it paying off debts; I call it selling the family silver.",
    "Then the council voted to close the Birchwood, Eastgate and Millbrook schools. Marta Lindqvist says the "
    "pupil numbers are falling; they are falling because young families cannot afford to live here.",
    "A city that sells its port and shuts its schools is not balancing its books. It is giving up.")


def test_a_column_on_two_stories_bridges_neither() -> None:
    stories = group_stories(FILLERS + TERMINAL + SCHOOLS + [COLUMN])
    assert together(stories, "terminal-0", "terminal-1", "terminal-2")
    assert together(stories, "schools-0", "schools-1")
    assert apart(stories, "terminal-0", "schools-0")
    # The column itself joins the story it names most (the schools), where a reader would want it alone:
    # docs/dedupe.md, what is left.


def test_the_same_event_from_three_outlets_is_one_story_among_many() -> None:
    stories = group_stories(FILLERS + TERMINAL + [PARTNERSHIP, LAUNCH])
    (story,) = [s for s in stories if any(a.id == "terminal-0" for a in s.articles)]
    assert sorted(a.id for a in story.articles) == ["terminal-0", "terminal-1", "terminal-2"]


def test_two_stories_that_share_only_their_city_stay_apart() -> None:
    listing = page("listing", "markets.example", "Alder Group to raise up to 12.9 billion in landmark Hong Kong listing",
                   "Alder Group plans to raise up to 12.9 billion dollars in a secondary listing in Hong Kong, "
                   "the biggest share sale in the city this year.",
                   "The listing comes as protests in Hong Kong weigh on the city's stock exchange.",
                   "Alder's chief financial officer Wen Tao said the Hong Kong shares would start trading next week.")
    siege = page("siege", "worldwire.example", "Hong Kong police surround university as protesters refuse to leave",
                 "Hong Kong police surrounded a university campus on Tuesday where hundreds of protesters "
                 "refused to leave, the city's worst standoff in months.",
                 "Protesters threw petrol bombs at officers; police fired tear gas.",
                 "Hong Kong's chief executive urged the protesters to surrender peacefully.")
    assert {"hong", "kong"}.isdisjoint(headline_terms(listing))
    assert apart(group_stories(FILLERS + [listing, siege]), "listing", "siege")
    assert together(group_stories(FILLERS + [listing, siege], headline_floor=1.0), "listing", "siege")


def test_a_single_report_alike_in_topic_does_not_join_a_story_of_three() -> None:
    # Another port's news: a single report that shares the topic (a terminal, dock workers, a union vote).
    strike = page("strike", "harbourdaily2.example", "Dock workers at Brelund strike over night shifts",
                  "Dock workers at the Port of Brelund walked out on Tuesday over new night shifts, halting "
                  "the container terminal.",
                  "Union leader Sanna Ek said the strike would go on until the port withdrew the rota; the vote "
                  "to strike was unanimous.",
                  "The terminal handles 1.2 million containers a year.")
    stories = group_stories(FILLERS + TERMINAL + [strike])
    assert [s for s in stories if {a.id for a in s.articles} == {"strike"}]
    assert together(group_stories(FILLERS + TERMINAL + [strike], attach_min_story=3), "strike", "terminal-0")


# One semi-final told by two outlets, and a podcast on the tournament that names the same player and city.
SEMI_FINAL = page(
    "semi-report", "sportsdesk.example", "Okafor leads Norland past Vesteria in Arbor Cup semi-final",
    "VALDERA — Tomas Okafor won both his singles and doubles rubbers on Friday as Norland beat Vesteria 2-1 "
    "to reach the Arbor Cup final.",
    "Okafor saved two match points against Ilya Brandt before winning 6-7, 7-5, 7-6 in three hours and ten minutes.",
    "Norland will play Castelia in Sunday's final at the Valdera indoor arena.")
SEMI_FINAL_WIRE = page(
    "semi-wire", "worldwire.example", "Norland reach Arbor Cup final after Okafor saves match points",
    "Norland reached the final of the Arbor Cup on Friday when Tomas Okafor saved two match points against "
    "Ilya Brandt and then partnered Jonas Weil to win the deciding doubles against Vesteria.",
    "Okafor won 6-7, 7-5, 7-6 in a match of more than three hours in Valdera.",
    "Norland face Castelia in Sunday's final.")
CUP_PODCAST = page(
    "cup-podcast", "courtsidepod.example",
    "Courtside Podcast: the new Arbor Cup format is here, and fans are unsure",
    "How to listen to the Courtside Podcast.",
    "The Arbor Cup began this week with its new format of eighteen teams in one indoor arena in Valdera. "
    "Our panel asks whether a week of team tennis in one city can keep the old home-and-away atmosphere.",
    "We also talk about empty seats for the early ties, Tomas Okafor's form and whether the players want the "
    "event at all.",
    "Subscribe wherever you get your podcasts.")


def test_a_story_of_two_needs_more_than_a_topic_in_common() -> None:
    # The podcast and the match report share the cup, the city and a player: one comparison at the linking
    # threshold (0.21 here), a topic, not an event. Two outlets' reports of the match are far more alike.
    assert apart(group_stories(FILLERS + [SEMI_FINAL, CUP_PODCAST]), "semi-report", "cup-podcast")
    assert together(group_stories(FILLERS + [SEMI_FINAL, CUP_PODCAST], pair_threshold=0.2),
                    "semi-report", "cup-podcast")  # the test can fail: linked before the rule
    assert together(group_stories(FILLERS + [SEMI_FINAL, SEMI_FINAL_WIRE]), "semi-report", "semi-wire")
    stories = group_stories(FILLERS + [SEMI_FINAL, SEMI_FINAL_WIRE, CUP_PODCAST])
    assert together(stories, "semi-report", "semi-wire") and apart(stories, "semi-report", "cup-podcast")


# One drowning told by two outlets, each headlined on its own part of it: the scene ("Car slides off boat ramp")
# and the victim's neighbours ("Neighbours mourn retired teacher"). No word of the second headline is among the
# first report's key terms, so the headlines alone keep 0.4 of the pair's similarity. Their texts agree on when
# (Sunday), where (Dayton) and who (Margaret Ellery, 67).
RIVER_SCENE = page(
    "river-scene", "daytondaily.example", "Car slides off boat ramp, woman, 67, drowns in Great Miami River",
    "DAYTON, Ohio — A 67-year-old woman drowned early on Sunday after her car rolled down a boat ramp into the "
    "Great Miami River, police said.",
    "Margaret Ellery was alone in the car when it slid off the ramp at Deeds Point shortly after 8 a.m.; divers "
    "pulled her from the water about 40 minutes later.",
    "Police Sgt. Ron Tibbs said the car's gearshift was found in neutral and that the ramp was slick after overnight rain.",
    "Ellery was pronounced dead at Miami Valley Hospital.")
RIVER_NEIGHBOURS = page(
    "river-neighbours", "ohiovalleynews.example", "Neighbours mourn retired teacher who never missed her morning drive",
    "Neighbours on Kenwood Avenue on Monday remembered Margaret Ellery, 67, the retired music teacher who drowned "
    "on Sunday when her car went into the river in Dayton.",
    "Ellery taught piano at Belmont High School for 31 years and drove to the river every morning to watch the "
    "rowers, friends said.",
    "Divers recovered her from the water near the boat ramp at Deeds Point about 40 minutes after the car went in.",
    "Police said the ramp was slick after heavy rain overnight.")
# Look-alikes at the same ramp, headlined on other words: another day's plunge, and the same Sunday's other victim.
RIVER_OTHER_DAY = Article(
    id="river-other-day", title="Trucker survives plunge off launch", outlet="miamivalleytimes.example",
    text="DAYTON, Ohio — A man was pulled alive from the Great Miami River on Wednesday after his pickup truck rolled "
         "down the boat ramp at Deeds Point, police said.\n\nDivers reached the truck about 20 minutes after it went "
         "into the water; the driver was taken to Miami Valley Hospital in stable condition.\n\nPolice said the ramp "
         "was slick after overnight rain and urged drivers to set their parking brakes.",
    published=DAY - dt.timedelta(days=5), url="https://www.miamivalleytimes.example/news/river-other-day", origin="feed")
RIVER_OTHER_VICTIM = page(
    "river-other-victim", "miamivalleytimes.example", "Family of angler, 44, asks city for railings at launch site",
    "DAYTON, Ohio — A 44-year-old fisherman drowned on Sunday after slipping from the boat ramp at Deeds Point into "
    "the Great Miami River, police said.",
    "Divers recovered the man, Curtis Vande, about 40 minutes later; he was pronounced dead at Miami Valley Hospital.",
    "Police said the ramp was slick after heavy overnight rain.")


def test_reports_of_one_event_headlined_on_different_parts_of_it_are_one_story() -> None:
    stories = group_stories(FILLERS + [RIVER_SCENE, RIVER_NEIGHBOURS])
    assert together(stories, "river-scene", "river-neighbours")
    # The test can fail: with the headlines alone deciding, as before, the two reports were two stories. The pair
    # agrees on when, where and who, so headline_dated (when and where or who) would lift it too: both are off.
    assert apart(group_stories(FILLERS + [RIVER_SCENE, RIVER_NEIGHBOURS], headline_told=0.4, headline_dated=0.4),
                 "river-scene", "river-neighbours")


def test_a_look_alike_at_the_same_place_on_another_day_or_with_another_victim_stays_apart() -> None:
    for look_alike in (RIVER_OTHER_DAY, RIVER_OTHER_VICTIM):
        stories = group_stories(FILLERS + [RIVER_SCENE, RIVER_NEIGHBOURS, look_alike])
        assert together(stories, "river-scene", "river-neighbours")
        assert apart(stories, "river-scene", look_alike.id) and apart(stories, "river-neighbours", look_alike.id)
        # Its headline is what keeps it apart (without it the ramp's two accidents are one story); its text
        # tells another day or another victim, so the drowning's evidence does not lift that cut.
        assert together(group_stories(FILLERS + [RIVER_SCENE, RIVER_NEIGHBOURS, look_alike], headline_floor=1.0),
                        "river-scene", look_alike.id)


def test_a_site_is_its_host_and_a_site_holding_most_of_the_batch_says_nothing() -> None:
    assert site_of(page("x", "bbc.example", "t", "text")) == "bbc.example"
    assert site_of(Article(id="y", title="t", text="x", outlet="Reuters")) == "reuters"
    corpus = [Article(id=str(k), title="t", text="x", outlet="ecbplus") for k in range(4)]
    assert sites_of(corpus) == [None] * 4  # a corpus without sources (ECB+): every pair is "of one site"
    day = [*corpus[:2], *(page(f"p{k}", f"site{k}.example", "t", "x") for k in range(3))]
    assert sites_of(day)[:2] == ["ecbplus", "ecbplus"]


def test_titles_that_are_only_the_first_line_or_a_date_are_no_headlines() -> None:
    first_line = Article(id="a", title="Fire destroys bakery", text="Fire destroys bakery\nA fire destroyed ...",
                         outlet="x")
    dated = Article(id="b", title="MONDAY, MAY 23, 2005", text="A fire destroyed the bakery.", outlet="x")
    assert headline_terms(first_line) == frozenset() and headline_terms(dated) == frozenset()
    assert headline_terms(TERMINAL[0]) >= {"sell", "container", "terminal", "kessler"}


def test_pages_of_one_event_fetched_through_feeds_are_one_story(server, state) -> None:
    now = dt.datetime.now(dt.UTC)
    feeds = []
    for k, report in enumerate(TERMINAL + FILLERS[:2]):
        link = server.add(f"/{report.id}", article_page(report.title, report.text.split("\n\n"), site=f"Outlet {k}"),
                          content_type="text/html; charset=utf-8")
        feeds.append(FeedSpec(url=server.add(f"/feed{k}.xml", rss2([Item(report.title, link, now)]))))
    settings = FetchSettings(timeout=2, deadline=4, retries=0, extract_processes=0)
    result = collect_feeds(feeds, state=state, window_start=now - dt.timedelta(hours=36), settings=settings)
    assert len(result.articles) == 5
    stories = group_stories(result.articles)
    assert sorted(len(s.articles) for s in stories) == [1, 1, 3]


COLOSSUS = [
    ("Anthropic to rent SpaceX's Colossus 1 supercomputer in Memphis",
     ["Anthropic has signed an agreement with SpaceX to use the full capacity of the Colossus 1 supercomputer "
      "in Memphis, Tennessee, the companies said.",
      "The data centre draws more than 300 megawatts and holds over 220,000 Nvidia GPUs, which Anthropic will "
      "use to train its Claude models.",
      "Elon Musk said SpaceX and Anthropic were also discussing computing infrastructure in space."]),
    ("SpaceX hands Colossus 1 to Anthropic in compute deal",
     ["SpaceX will give Anthropic access to Colossus 1, the Memphis supercomputer with more than 220,000 GPUs, "
      "under a deal announced this week.",
      "Analysts said the 300-megawatt site makes Anthropic one of the largest users of AI compute.",
      "Neither Anthropic nor SpaceX disclosed the price of the agreement."]),
    ("What the Anthropic-SpaceX Colossus agreement means for AI compute",
     ["The agreement between Anthropic and SpaceX over the Colossus 1 supercomputer in Memphis shows how scarce "
      "AI compute has become.",
      "Colossus 1 holds more than 220,000 GPUs and 300 MW of power; Anthropic will use it for Claude.",
      "Musk's SpaceX and Anthropic also said they were interested in gigawatt-scale compute in space."]),
]


def test_feed_pages_of_the_seed_event_join_the_seeds_story(server, state) -> None:
    from conftest import SEEDS

    from briefing.collect.seeds import collect_seeds

    now = dt.datetime.now(dt.UTC)
    items = [Item(title, server.add(f"/colossus{k}", article_page(title, text), content_type="text/html"), now)
             for k, (title, text) in enumerate(COLOSSUS)]
    feed = FeedSpec(url=server.add("/tech.xml", rss2(items)), name="Tech wire")
    settings = FetchSettings(timeout=2, deadline=4, retries=0, extract_processes=0)
    fetched = collect_feeds([feed], state=state, window_start=now - dt.timedelta(hours=36), settings=settings)
    assert len(fetched.articles) == 3
    # One feed server: the three pages share a host, as pages of one site would (3 of the 8 articles).
    stories = group_stories(list(collect_seeds(SEEDS).articles) + list(fetched.articles) + FILLERS)
    assert sorted(len(s.articles) for s in stories) == [1, 1, 1, 1, 8]


# --- Two shootings on one avenue on consecutive nights; the second night's reports tell the first ----------

MONDAY, TUESDAY = dt.date(2026, 6, 15), dt.date(2026, 6, 16)


def _dated(ident: str, site: str, title: str, day: dt.date, *paragraphs: str) -> Article:
    return Article(id=ident, title=title, text="\n\n".join(paragraphs), outlet=site, published=day,
                   url=f"https://www.{site}/news/{ident}", origin="feed")


BARBERSHOP = (
    _dated("barber-1", "wcbx.example", "Man, 31, killed outside Linden barbershop on Cleveland Avenue", MONDAY,
           "A 31-year-old man was shot and killed outside a barbershop on Cleveland Avenue in Linden late Sunday, "
           "Columbus police said.",
           "Officers found Marcus Hill on the sidewalk shortly after 11 p.m. He died at Grant Medical Center. "
           "Sgt. Denise Alvarado said detectives were looking for a gunman in a dark hoodie."),
    _dated("barber-2", "capitalherald.example", "Barbershop regular killed on Cleveland Avenue", MONDAY,
           "Marcus Hill, 31, a regular at the Fade Lab barbershop on Cleveland Avenue, was shot dead on the "
           "sidewalk outside it late Sunday, Columbus police said.",
           "Sgt. Denise Alvarado said no arrests had been made. Anyone with information is asked to call "
           "Crime Stoppers."),
)
GAS_STATION = (
    _dated("gas-1", "wcbx.example", "Man, 24, shot at Cleveland Avenue gas station", TUESDAY,
           "A 24-year-old man was shot and wounded at a gas station on Cleveland Avenue in Linden late Monday, "
           "Columbus police said.",
           "Officers found Andre Wills near a pump shortly before midnight. He was taken to Riverside Methodist "
           "Hospital in stable condition. Sgt. Denise Alvarado said detectives were looking for two men in a silver car.",
           "The shooting came a night after Marcus Hill, 31, was killed outside a barbershop two blocks away. "
           "Police have not said whether the two shootings are connected."),
    _dated("gas-2", "newstalk1470.example", "Man wounded in Linden gas station shooting", TUESDAY,
           "Andre Wills, 24, was shot at a Cleveland Avenue gas station in Linden late Monday, Columbus police "
           "said.",
           "Sgt. Denise Alvarado said Wills was expected to survive and that officers were "
           "reviewing video from the station's cameras. Neighbours said they heard four or five shots.",
           "On Sunday night, 31-year-old Marcus Hill was killed outside a barbershop on the same stretch of "
           "Cleveland Avenue."),
)


def test_a_second_shootings_reports_clash_in_age_with_the_first_though_they_tell_it() -> None:
    """The second night's reports name the first victim and his age further on; the age in their lead is their
    own victim's. Read from the whole text, the first victim's age was shared and the two shootings agreed on
    who; read from the lead, they clash (bench/bench_lookalikes.py: such pairs were merged)."""
    first = [evidence_of(a.title, a.text, a.published) for a in BARBERSHOP]
    second = [evidence_of(a.title, a.text, a.published) for a in GAS_STATION]
    assert [e.ages for e in first] == [{31}, {31}] and [e.ages for e in second] == [{24}, {24}]
    assert all(compare(a, b).ages for a in first for b in second)
    assert not compare(*first).ages and not compare(*second).ages


def test_ages_a_year_apart_are_one_victims() -> None:
    """Outlets give one victim as 34 and 35 (a birthday, a first report): not a clash of who, but agreement;
    two years apart is another person."""
    def told(age: int) -> Evidence:
        return evidence_of("Man shot on Salem Avenue", f"A {age}-year-old man was shot on Salem Avenue late "
                           "Saturday, police said.", dt.date(2026, 6, 14))
    assert compare(told(34), told(35)).same_ages and not compare(told(34), told(35)).ages
    assert compare(told(34), told(36)).ages


def test_a_night_apart_with_other_victims_is_two_clashes() -> None:
    """Reports a night apart are one event's told two ways ("late Saturday", "early Sunday") when the victim is
    the same; with another victim it is a second shooting on the street the next night, and the two clashes
    keep it apart however alike the words (bench_lookalikes: two such pairs merged in one batch of both corpora)."""
    def told(age: int, day: str) -> Evidence:
        return evidence_of("Man shot on Salem Avenue", f"A {age}-year-old man was shot on Salem Avenue {day}, "
                           "police said.", dt.date(2026, 6, 15))
    same = compare(told(34, "late Saturday"), told(35, "early Sunday"))
    assert not same.day and not same.ages
    other = compare(told(34, "late Saturday"), told(19, "late Sunday"))
    assert other.day and other.ages and other.clash == 2
