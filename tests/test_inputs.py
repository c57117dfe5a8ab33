"""Issue 13 on real files: short articles are kept, odd bytes are read right, metadata is the page's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.collect.seeds import article_from_html, collect_seeds, read_seed

# Real-world shapes: an AP-style brief of 25 words with its headline, and a two-paragraph page.
BRIEF = ("Storm closes Elm Street bridge\nThe county closed the Elm Street bridge on Monday after floodwater "
         "reached the deck, officials said. It will reopen when engineers have inspected it.\n")
TWO_PARAGRAPHS = """<!doctype html><html><head><meta charset="utf-8"><title>Council shuts bridge | Valley Post</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council shuts bridge</h1>
<p>The council closed the Elm Street bridge on Monday after inspectors found cracks in two supports.</p>
<p>Repairs will take about six weeks, the council said.</p></article><footer>Copyright Valley Post</footer></body></html>"""
LONG = ("The council voted on Tuesday to approve a new bridge over the river, ending a debate that has lasted more "
        "than ten years and divided residents on both banks, and work will start in the spring.")


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_wire_briefs_and_short_pages_are_kept(tmp_path: Path) -> None:
    write(tmp_path, "brief.txt", BRIEF)
    write(tmp_path, "short.html", TWO_PARAGRAPHS)
    write(tmp_path, "latin1.txt", "Bürgermeisterin eröffnet Brücke\nDie Bürgermeisterin eröffnete am Montag die "
                                  "neue Brücke über die Straße, sagte die Stadt.\n".encode("latin-1"))
    result = collect_seeds(tmp_path, root=tmp_path)
    assert result.warnings == ()
    titles = {a.path: a.title for a in result.articles}
    assert titles == {"brief.txt": "Storm closes Elm Street bridge", "latin1.txt": "Bürgermeisterin eröffnet Brücke",
                      "short.html": "Council shuts bridge"}
    page = next(a for a in result.articles if a.path == "short.html")
    assert "six weeks" in page.text and page.outlet == "Valley Post"


def test_a_few_words_without_a_sentence_are_still_skipped(tmp_path: Path) -> None:
    write(tmp_path, "menu.txt", "Home\nNews\nSport\nWeather\n")
    write(tmp_path, "stub.html", "<html><head><title>Log in</title></head><body><p>Log in</p></body></html>")
    result = collect_seeds(tmp_path, root=tmp_path)
    assert result.articles == () and len(result.warnings) == 2
    assert all("no article text found" in w for w in result.warnings)


def test_one_bad_byte_does_not_turn_a_utf8_file_into_mojibake(tmp_path: Path) -> None:
    text = f"Café owners cheer “bridge” vote\n{LONG} Family emoji 👨\u200d👩\u200d👧 and the word می\u200cخواهم stay whole.\n"
    data = text.encode("utf-8").replace(b"spring", b"spr\xffing")  # one stray byte
    article = read_seed(write(tmp_path, "bad.txt", data), root=tmp_path)
    assert article.title == "Café owners cheer “bridge” vote"
    assert "â€" not in article.text and "Ã©" not in article.text
    assert "👨\u200d👩\u200d👧" in article.text and "می\u200cخواهم" in article.text  # ZWJ and ZWNJ kept
    assert "spr\u00ffing" in article.text  # the stray byte costs one character, read as Windows-1252


RU = ("Правительство объявило меры",
      "Правительство объявило в понедельник о новых мерах поддержки экономики страны и малого бизнеса.")
JA = ("政府が新たな経済対策を発表", "政府は月曜日、国内経済を支援するための新たな措置を発表した。中小企業への支援も含まれる。")
KO = ("정부, 새 경제 대책 발표", "정부는 월요일 국가 경제를 지원하기 위한 새로운 조치를 발표했다. 중소기업 지원도 포함된다.")


@pytest.mark.parametrize(("encoding", "headline", "sentence"), [
    ("koi8_r", *RU), ("shift_jis", *JA), ("euc_kr", *KO), ("euc_jp", *JA),
], ids=["koi8-r", "shift-jis", "euc-kr", "euc-jp"])
def test_undeclared_legacy_encodings_are_detected(tmp_path: Path, encoding: str, headline: str, sentence: str) -> None:
    page = (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            + f"<p>{sentence}</p>" * 4 + "</article></body></html>")
    article = read_seed(write(tmp_path, "page.html", page.encode(encoding)), root=tmp_path)
    assert article.title == headline and sentence in article.text


def test_control_characters_and_escapes_never_reach_an_article(tmp_path: Path) -> None:
    page = ("<html><head><title>Bridge\x0b opens\x1b[31m today</title><meta name='author' content='Jane\x07 Roe'>"
            "</head><body><article><h1>Bridge\x0b opens\x1b[31m today</h1>" + f"<p>{LONG}\x0c</p>" * 3
            + "</article></body></html>")
    article = read_seed(write(tmp_path, "ctl.html", page), root=tmp_path)
    assert article.title == "Bridge opens today" and article.author == "Jane Roe"
    assert all(ch in "\n" or ch.isprintable() for ch in article.text)


def page(head: str, body_title: str = "", url: str = "https://www.valleypost.example/news/bridge") -> str:
    h1 = f"<h1>{body_title}</h1>" if body_title else ""
    return (f"<html><head>{head}</head><body><article>{h1}" + f"<p>{LONG}</p>" * 3 + "</article></body></html>")


@pytest.mark.parametrize(("head", "h1", "title"), [
    ("<title>escenic</title><meta property='og:title' content='Bridge reopens after storm'>", "",
     "Bridge reopens after storm"),  # a CMS name in <title>: og:title wins
    ("<title>T - Mobile Adds 5G Coverage In Ohio</title>", "", "T - Mobile Adds 5G Coverage In Ohio"),
    ("<title>Bridge reopens after storm - Valley Post</title>", "", "Bridge reopens after storm"),
    ("<title>Valley Post | Bridge reopens after storm</title>", "", "Bridge reopens after storm"),
    ("<title>Bridge reopens | Valley Post | Sport | Weather</title>", "", "Bridge reopens"),
], ids=["cms-name", "t-mobile", "trailing-site", "leading-site", "site-and-sections"])
def test_the_headline_is_the_pages_not_its_site_or_cms(head: str, h1: str, title: str) -> None:
    article = article_from_html(page(head, h1), id="s-1", url="https://www.valleypost.example/news/bridge")
    assert article is not None and article.title == title


@pytest.mark.parametrize(("site", "outlet"), [
    ("Miami News, Weather, Sports | WSVN 7News", "WSVN 7News"),
    ("ValleyPost | The valley's favourite news platform", "ValleyPost"),
    ("Copyright 2014", "wsvn.example"),
    ("https://www.wsvn.example", "wsvn.example"),
    ("St. Louis Post-Dispatch", "St. Louis Post-Dispatch"),
], ids=["slogan-then-name", "name-then-slogan", "copyright-line", "url", "abbreviation"])
def test_the_outlet_is_the_sites_name_only(site: str, outlet: str) -> None:
    url = "https://wsvn.example/news/bridge" if "Valley" not in site else "https://www.valleypost.example/n"
    html = page(f"<title>Bridge reopens</title><meta property='og:site_name' content=\"{site}\">")
    article = article_from_html(html, id="s-1", url=url)
    assert article is not None and article.outlet == outlet


@pytest.mark.parametrize(("author", "expected"), [
    ("Article by", None),
    ("No Author", None),
    ("CBS News February", None),  # the outlet's name with a date run into it
    ("Carrie Arnold November", "Carrie Arnold"),
    ("Analysis by Chris Cillizza; CNN Editor-at-large", "Chris Cillizza"),
    ("LISA MASCARO; ERIC TUCKER Associated Press", "Lisa Mascaro, Eric Tucker"),
    ("Jerusalem Post Staff", None),
])
def test_authors_are_people(author: str, expected: str | None) -> None:
    html = page(f"<title>Bridge reopens</title><meta property='og:site_name' content='CBS News'>"
                f"<meta name='author' content='{author}'>")
    article = article_from_html(html, id="s-1", url="https://www.cbsnews.example/news/bridge")
    assert article is not None and article.author == expected


def test_a_seed_warning_never_carries_escape_sequences_from_a_file_name(tmp_path: Path) -> None:
    write(tmp_path, "odd\x1b[2Jname.txt", "")
    result = collect_seeds(tmp_path, root=tmp_path)
    assert result.warnings == ("oddname.txt: skipped, the file is empty (remove it or save the article again)",)


def test_a_false_utf16_declaration_does_not_turn_a_page_into_nonsense(tmp_path: Path) -> None:
    html = (f"<html><head><meta charset='utf-16'><title>Café reopens</title></head><body><article>"
            f"<h1>Café reopens</h1><p>{LONG} The café reopened.</p></article></body></html>")
    article = read_seed(write(tmp_path, "page.html", html.encode("cp1252")), root=tmp_path)
    assert article.title == "Café reopens" and "The café reopened." in article.text
