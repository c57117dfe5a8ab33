"""The seed collector keeps the article and its metadata, and drops what is not the article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.collect.seeds import MAX_SEED_BYTES, collect_seeds, decode, outlet_from_filename, read_seed
from briefing.collect.textclean import clean_article, parse_date
from briefing.errors import InputError

PARAGRAPH = (
    "The city council voted on Tuesday to approve a new bridge over the river, ending a debate that has "
    "lasted more than ten years and divided residents on both banks."
)

BLOG_PAGE = f"""- Daily Planet
- News
- Bridge approved after decade of debate
Bridge approved after decade of debate
Lois Lane
March 3, 2026
Local
{PARAGRAPH}
Construction will start in the spring and the council expects the bridge to open in 2028, officials said.
Ready to master local news?
Join 5,000+ readers getting our morning newsletter. Subscribe now.
Share this article
Keep reading
Mayor opens new library
Storm closes schools across the county
"""

CREDITED_REPOST = f"""Bridge approved after decade of debate
{PARAGRAPH}
{PARAGRAPH}
The vote was 7 to 2.
📌 Source: River Gazette (www.rivergazette.example)
🔗 Original: https://rivergazette.example/news/bridge-approved
⚠️ Please credit River Gazette when republishing.
"""

COMMENTED_POST = f"""C
Clark Kent

Bridge approved after decade of debate

Home » Bridge approved after decade of debate

Bridge approved after decade of debate

Mayor opens new library
Storm closes schools across the county

{PARAGRAPH}

The vote was 7 to 2, and work starts in spring.

COMMENTS

WORDPRESS: 0"""


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_blog_page_keeps_article_and_metadata(tmp_path: Path) -> None:
    article = read_seed(write(tmp_path, "bridge.txt", BLOG_PAGE), root=tmp_path)
    assert article.title == "Bridge approved after decade of debate"
    assert article.outlet == "Daily Planet"
    assert article.author == "Lois Lane"
    assert article.published == dt.date(2026, 3, 3)
    assert article.path == "bridge.txt"
    assert PARAGRAPH in article.text
    assert "open in 2028" in article.text
    for junk in ("Join 5,000+", "Ready to master", "Share this", "Keep reading", "Mayor opens", "Storm closes", "Local\n"):
        assert junk not in article.text


def test_source_credit_names_the_outlet_and_url(tmp_path: Path) -> None:
    article = read_seed(write(tmp_path, "repost.md", CREDITED_REPOST), root=tmp_path)
    assert article.outlet == "River Gazette"
    assert article.url == "https://rivergazette.example/news/bridge-approved"
    assert "republishing" not in article.text and "Source:" not in article.text
    assert article.text.endswith("The vote was 7 to 2.")


def test_avatar_teasers_breadcrumbs_and_comment_counters_are_dropped(tmp_path: Path) -> None:
    article = read_seed(write(tmp_path, "post.txt", COMMENTED_POST), root=tmp_path)
    assert article.author == "Clark Kent" and article.outlet == "Clark Kent"
    assert article.text.startswith(PARAGRAPH)
    for junk in ("Home »", "Mayor opens", "COMMENTS", "WORDPRESS", "\nC\n"):
        assert junk not in article.text
    assert article.text.count("Bridge approved") == 0  # the repeated headline is the title, not body


def test_html_seed_goes_through_trafilatura(tmp_path: Path) -> None:
    html = f"""<html><head><title>Bridge approved | River Gazette</title>
    <meta property="og:site_name" content="River Gazette"><meta name="author" content="Jimmy Olsen">
    <meta property="article:published_time" content="2026-03-03T09:00:00+01:00"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
    <article><h1>Bridge approved</h1><p>{PARAGRAPH}</p>
    <p>Construction will start in the spring and the council expects the bridge to open in 2028.</p>
    <p>Engineers said the design can carry four lanes of traffic and a protected cycle path.</p></article>
    <aside><h3>Related</h3><ul><li><a href="/a">Mayor opens new library</a></li></ul></aside>
    <footer>Copyright River Gazette. All rights reserved.</footer></body></html>"""
    article = read_seed(write(tmp_path, "bridge.html", html), root=tmp_path)
    assert article.outlet == "River Gazette"
    assert article.author == "Jimmy Olsen"
    assert article.published == dt.date(2026, 3, 3)
    assert PARAGRAPH in article.text and "four lanes" in article.text
    assert "Mayor opens" not in article.text and "Copyright" not in article.text and "Sport" not in article.text


def test_legacy_encodings_are_read(tmp_path: Path) -> None:
    text = f"Caf\u00e9 owners cheer \u201cbridge\u201d vote\n{PARAGRAPH}\n{PARAGRAPH} Na\u00efve critics lost.\n"
    article = read_seed(write(tmp_path, "cp1252.txt", text.encode("cp1252")), root=tmp_path)
    assert article.title == "Café owners cheer “bridge” vote"
    assert "Naïve critics lost." in article.text
    bom = read_seed(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8")), root=tmp_path)
    assert bom.title == article.title
    assert decode(b'<meta charset="iso-8859-2">\xb1').endswith("ą")


def test_markdown_markup_is_removed(tmp_path: Path) -> None:
    md = (f"# Bridge **approved**\n\n{PARAGRAPH} See [the plan](https://example.org/plan).\n\n![map](map.png)\n\n"
          "## Next steps\n\nWork starts in spring, the mayor said in a statement on Tuesday evening.\n")
    article = read_seed(write(tmp_path, "b.md", md), root=tmp_path)
    assert article.title == "Bridge approved"
    assert "See the plan." in article.text
    assert "](" not in article.text and "**" not in article.text and "#" not in article.text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"   \n", "the file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "not a text file"),
        ("stub.txt", b"Just a title\nand two words", "no article text found"),
    ],
)
def test_bad_files_are_skipped_with_one_warning_naming_them(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write(seeds, "good.txt", f"Bridge approved\n{PARAGRAPH}\n{PARAGRAPH}\n")
    write(seeds, name, data)
    result = collect_seeds(seeds, root=tmp_path)
    assert [a.path for a in result.articles] == ["seeds/good.txt"]
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith(f"seeds/{name}: skipped, {message}")


def test_oversized_file_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.txt", b"word " * (MAX_SEED_BYTES // 5 + 10))
    with pytest.raises(InputError, match="huge.txt: skipped, .* larger than a saved article"):
        read_seed(path, root=tmp_path)


def test_missing_folder_is_an_error_only_when_asked_for(tmp_path: Path) -> None:
    assert collect_seeds(tmp_path / "nope", root=tmp_path).articles == ()
    with pytest.raises(InputError, match="nope: no such seeds folder"):
        collect_seeds(tmp_path / "nope", root=tmp_path, required=True)


def test_ids_are_stable_and_distinct(tmp_path: Path) -> None:
    a = read_seed(write(tmp_path, "a.txt", BLOG_PAGE), root=tmp_path)
    b = read_seed(write(tmp_path, "b.txt", BLOG_PAGE), root=tmp_path)
    assert a.id == read_seed(tmp_path / "a.txt", root=tmp_path).id
    assert a.id != b.id


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("May 11, 2026", dt.date(2026, 5, 11)),
        ("07. May 2026", dt.date(2026, 5, 7)),
        ("2026-05-07", dt.date(2026, 5, 7)),
        ("Published: Thursday, 7 May 2026", dt.date(2026, 5, 7)),
        ("Sept. 3rd, 2025", dt.date(2025, 9, 3)),
        ("May 2026 was warm", None),
        ("February 30, 2026", None),
    ],
)
def test_dates_in_headers(line: str, expected: dt.date | None) -> None:
    assert parse_date(line) == expected


def test_news_sentence_about_a_newsletter_is_kept() -> None:
    line = ("The company said its newsletter, which reaches more than two million readers every week across "
            "Europe and Asia, will stop publishing next month because advertising revenue fell sharply this year.")
    assert line in clean_article(f"Newsletter closes\n{line}\n").body


def test_the_five_seeds_are_read_with_their_metadata(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    result = collect_seeds(seeds, root=seeds.parent)
    assert result.warnings == ()
    by_file = {a.path.split("/")[-1][:3]: a for a in result.articles}
    assert by_file["000"].outlet == "Malik Logix" and by_file["000"].author == "Malik Farooq"
    assert by_file["000"].published == dt.date(2026, 5, 11)
    assert by_file["001"].outlet == "GogoAI News" and by_file["001"].url.startswith("https://www.gogoai.xin/")
    assert by_file["003"].outlet == "ChaoBro"
    assert by_file["004"].published == dt.date(2026, 5, 7) and by_file["004"].author is None
    joined = "\n".join(a.text for a in result.articles)
    for junk in ("Join 1,000+", "Keep reading", "WORDPRESS", "Please credit", "Home »", "Alibaba Launches", "IMF Warns"):
        assert junk not in joined


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("daily-planet_bridge.txt", "daily planet bridge"), ("004_b4f210a50d434c4e.txt", "Unknown outlet")],
)
def test_outlet_falls_back_to_the_file_name_words(name: str, outlet: str) -> None:
    assert outlet_from_filename(Path(name)) == outlet


@pytest.mark.parametrize("line", [
    "Netflix said 3 million more households now subscribe to its cheapest plan.",
    "The Guardian ended its newsletter for readers in Australia on Monday, citing costs.",
    "Residents can sign up for the flood alerts at the town hall until Friday.",
])
def test_news_about_subscribers_and_newsletters_is_kept(line: str) -> None:
    from briefing.collect.textclean import is_boilerplate

    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Sign up for our newsletter", "Subscribe to get the latest news", "Get our daily newsletter in your inbox",
    "Join 5,000+ readers who get it first.", "Newsletter", "Want to learn more?",
])
def test_calls_to_action_are_dropped(line: str) -> None:
    from briefing.collect.textclean import is_boilerplate

    assert is_boilerplate(line)


def test_teasers_inside_the_text_are_not_the_articles_words() -> None:
    page = "\n\n".join([
        "Man hurt in late-night shooting in Otara",
        "A 29-year-old man was seriously hurt when he was shot outside a house on East Tamaki Road late on "
        "Tuesday night, police said.",
        "More from Harbour City News: Woman killed in early-morning crash on Gympie Road, Kedron",
        "Related: Storm leaves 30,000 homes without power in Porto Serrano",
        "Watch: Neighbours react to Tuesday's shooting (2:14)",
        "Related to the shooting, police said two men were being questioned on Wednesday morning.",
        "Police asked anyone with information to call Crime Stoppers anonymously.",
    ])
    body = clean_article(page).body
    assert "Gympie Road" not in body and "30,000" not in body and "Neighbours react" not in body
    assert "two men were being questioned" in body and "Crime Stoppers" in body


BRIDGE = [
    "TACOMA, Wash. — Four people were killed and 17 others injured when a pedestrian bridge over Pacific Avenue "
    "collapsed onto rush-hour traffic Monday morning, city officials said.",
    "The 120-foot steel span, which opened in 2019 at a cost of $12 million, gave way at about 8:15 a.m., crushing "
    "three cars and a city bus waiting at a red light beneath it.",
    "Fire Chief Tom Barker said 11 of the injured were taken to Tacoma General Hospital, three of them in critical "
    "condition. Crews worked for more than six hours to free two drivers trapped under the concrete deck.",
    "\"This is the worst day our city has seen in decades,\" Mayor Victoria Woodards said at an afternoon news "
    "conference. She said the bridge had passed its last inspection in October.",
    "The Washington State Department of Transportation said it would send engineers to examine the wreckage. "
    "Pacific Avenue will remain closed between South 17th and South 21st streets through at least Friday.",
    "The names of the victims had not been released Monday evening. The Pierce County Medical Examiner said "
    "families were still being notified.",
]


@pytest.mark.parametrize("credit", [
    "This article was first published by the Valley Herald and is republished here with permission.",
    "This story originally appeared in the Valley Herald.",
    "This article is republished from The Valley Herald under a Creative Commons license.",
    "First published by the Valley Herald on November 23, 2026.",
    "(c) 2026 Valley Herald. Reprinted with permission.",
    "© 2026 Valley Herald. Used with permission.",
    "Republished with permission from the Valley Herald.",
])
def test_a_republishing_credit_is_dropped_so_the_copy_folds_into_its_original(tmp_path: Path, credit: str) -> None:
    from briefing.dedupe import group_stories

    write(tmp_path, "herald.txt", "Four killed as Tacoma footbridge collapses\n\n" + "\n\n".join(BRIDGE))
    write(tmp_path, "wire.txt", "Tacoma footbridge collapse kills four\n\n" + "\n\n".join([*BRIDGE, credit]))
    original, copy = collect_seeds(tmp_path, root=tmp_path).articles
    assert copy.text == original.text  # the credit is no part of the article
    stories = group_stories([original, copy])
    assert len(stories) == 1 and len(stories[0].articles) == 1  # one source ...
    assert [p.path for p in stories[0].articles[0].also_ran_in] == ["wire.txt"]  # ... that also ran in the wire


@pytest.mark.parametrize("line", [
    "First published in 1954, The Lord of the Rings has sold 150 million copies around the world.",
    "The study, first published in The Lancet in 2019, found that 12 people had died of the infection.",
    "The story was first published by the Guardian on Monday and has since been denied by the ministry.",
    "The letter, reprinted with permission of the family, said the victim had been threatened for months.",
    "Police said the photograph was used with permission from the family of the victim.",
])
def test_news_that_mentions_publishing_is_kept(line: str) -> None:
    body = clean_article(f"Headline of the report\n\n{BRIDGE[0]}\n\n{line}").body
    assert line in body


def test_a_page_states_its_time_of_publication_with_its_offset() -> None:
    from briefing.collect.metadata import page_published_at

    stated = '<meta property="article:published_time" content="2026-11-23T13:05:00-08:00">'
    assert page_published_at(stated) == dt.datetime(2026, 11, 23, 21, 5, tzinfo=dt.UTC)
    assert page_published_at('<meta itemprop="datePublished" content="2026-11-23T21:05:00Z">') == \
        dt.datetime(2026, 11, 23, 21, 5, tzinfo=dt.UTC)
    # A bare date, or a time without its offset, says nothing comparable with another site's time.
    assert page_published_at('<meta property="article:published_time" content="2026-11-23">') is None
    assert page_published_at('<meta property="article:published_time" content="2026-11-23T13:05:00">') is None
