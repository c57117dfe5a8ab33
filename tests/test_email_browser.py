"""The email as a reader sees it: headless Chromium at phone and desktop widths, light and dark.

Why the DevTools protocol over a pipe (--remote-debugging-pipe) and not selenium or `--screenshot`:
it needs nothing beyond Debian's `chromium` and the standard library, one browser serves every width
and colour scheme (fast), and it can read computed styles, which the contrast check needs.
`--screenshot`/`--dump-dom` cannot run our measuring script and need a browser per picture;
selenium would add a dependency and chromium-driver for the same result.

The screenshots land in screenshots/ (git-ignored) for a person to open.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from realistic import realistic_edition

from briefing.build import BuildOptions, build
from briefing.config import Config
from briefing.models import Edition
from briefing.render import render_all

Emails = dict[str, tuple[Edition, Path]]

CHROMIUM = Path("/usr/bin/chromium")
PROJECT = Path(__file__).resolve().parent.parent
SHOTS = PROJECT / "screenshots"
WIDTHS = (375, 600)
SCHEMES = ("light", "dark")
MIN_CONTRAST = 4.5  # WCAG AA for body text

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs headless Chromium at /usr/bin/chromium (apt-get install chromium)"),
]

# What a reader would notice, measured in the page: horizontal overflow, hidden or clipped headlines,
# text whose colour is too close to its background (WCAG contrast from computed styles), images without alt.
MEASURE = r"""
(() => {
  const rgba = c => { const m = /rgba?\(([^)]+)\)/.exec(c); if (!m) return null;
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const background = el => { const layers = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const c = rgba(getComputedStyle(n).backgroundColor); if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
    let bg = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
    for (const layer of layers.reverse()) bg = over(layer, bg); return bg; };
  const visible = el => el.getClientRects().length > 0 && el.checkVisibility({opacityProperty: true, visibilityProperty: true});
  const lowContrast = [], pastRight = []; let texts = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !visible(el)) continue;
    texts++;
    const right = el.getBoundingClientRect().right;
    if (right > document.documentElement.clientWidth + 0.5) pastRight.push(el.textContent.trim().slice(0, 50));
    const bg = background(el), fg = over(rgba(getComputedStyle(el).color), bg);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a), ratio = (hi + 0.05) / (lo + 0.05);
    if (ratio < %(min)s) lowContrast.push({text: el.textContent.trim().slice(0, 50), ratio: +ratio.toFixed(2),
      color: getComputedStyle(el).color, background: 'rgb(' + bg.slice(0, 3).map(Math.round).join(', ') + ')'});
  }
  const headlines = [...document.querySelectorAll('h2')].map(h => { const r = h.getBoundingClientRect();
    return {text: h.textContent.trim(), shown: visible(h) && r.width > 0 && r.height > 0, left: r.left, right: r.right}; });
  const card = document.querySelector('.card');
  return {scrollWidth: document.documentElement.scrollWidth, width: innerWidth, dark, texts, lowContrast, headlines, pastRight,
          cardBackground: card ? getComputedStyle(card).backgroundColor : null,
          imagesWithoutAlt: [...document.images].filter(i => !i.hasAttribute('alt')).length,
          height: document.documentElement.scrollHeight};
})()
""".replace("%(min)s", str(MIN_CONTRAST))


class Chromium:
    """Headless Chromium driven over the DevTools protocol on a pipe (fd 3 in, fd 4 out)."""

    FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars")

    def __init__(self, profile: Path) -> None:
        to_browser, self._to_browser = os.pipe()
        self._from_browser, from_us = os.pipe()

        def wire() -> None:  # runs in the child: the protocol wants our pipe ends on fds 3 and 4
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser, from_us)]  # out of the way of 3 and 4
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.process = subprocess.Popen(
            [str(CHROMIUM), *self.FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire,  # 3 and 4 are ours by the time fds are closed
             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_browser)
        os.close(from_us)
        self._buffer = b""
        self._id = 0
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer (events in between are dropped)."""
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 30
        while True:
            while b"\0" not in self._buffer:
                ready, _, _ = select.select([self._from_browser], [], [], max(0.0, deadline - time.monotonic()))
                if not ready:
                    raise TimeoutError(f"Chromium did not answer {method}")
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]

    def page(self, method: str, **params: Any) -> dict[str, Any]:
        """A command to the page we opened."""
        return self.call(method, self.session, **params)

    def open(self, path: Path, *, width: int, scheme: str) -> None:
        """Load `path` at `width` CSS pixels (as a phone below 480) in the light or dark colour scheme."""
        self.page("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=width < 480)
        self.page("Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": scheme}])
        self.page("Page.navigate", url=path.as_uri())
        for _ in range(200):
            if self.evaluate("document.readyState") == "complete":
                return
            time.sleep(0.02)
        raise TimeoutError(f"{path} did not finish loading")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.page("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def screenshot(self, target: Path, *, width: int, height: int) -> None:
        """A PNG of the top `height` pixels of the page."""
        shot = self.page("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
        target.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        """Close the browser, forcibly if it does not go."""
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    profile = Path(tempfile.mkdtemp(prefix="briefing-chromium-"))  # a fresh profile: no state from earlier runs
    chromium = Chromium(profile)
    try:
        yield chromium
    finally:
        chromium.close()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def emails(tmp_path_factory: pytest.TempPathFactory) -> Emails:
    """The seeds edition as built, a realistic day, and a day too big for one email, as HTML files."""
    SHOTS.mkdir(exist_ok=True)
    work = tmp_path_factory.mktemp("seeds")
    shutil.copytree(PROJECT / "seeds", work / "seeds")
    config = Config(title="Briefing", seeds=work / "seeds", outbox=work / "outbox", state=work / "state.sqlite")
    seeds = build(config, BuildOptions(date=dt.date(2026, 5, 12), include_seen=True))
    found: Emails = {}
    html = (seeds.edition_dir / "briefing.html").read_text(encoding="utf-8")
    for name, edition, text in (
        ("seeds", seeds.edition, html),
        ("realistic", realistic_edition(4), render_all(realistic_edition(4))["briefing.html"]),
        ("big-day", realistic_edition(60), render_all(realistic_edition(60), web_url="https://example.org/news")["briefing.html"]),
    ):
        path = SHOTS / f"{name}.html"
        path.write_text(text, encoding="utf-8")
        found[name] = (edition, path)
    return found


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["seeds", "realistic", "big-day"])
def test_the_email_reads_well(browser: Chromium, emails: Emails, name: str, width: int, scheme: str) -> None:
    edition, path = emails[name]
    browser.open(path, width=width, scheme=scheme)
    seen = browser.evaluate(MEASURE)
    if name != "big-day":  # pictures for a person to look at (the big day is the same cards, only longer)
        browser.screenshot(SHOTS / f"{name}-{width}-{scheme}.png", width=width, height=min(seen["height"], 6000))

    assert seen["dark"] is (scheme == "dark")
    card = "rgb(21, 27, 35)" if scheme == "dark" else "rgb(255, 255, 255)"
    assert seen["cardBackground"] == card, "dark mode changes the colours"
    # Against the width we asked for: a phone-sized page that overflows widens its own layout viewport.
    assert seen["scrollWidth"] <= width, f"the page scrolls sideways at {width}px ({seen['scrollWidth']}px wide)"
    assert seen["pastRight"] == [], "text runs past the right edge"
    cards = [h for h in seen["headlines"] if h["text"] != "Also in this edition"]
    hidden = [h["text"] for h in cards if not (h["shown"] and h["left"] >= 0 and h["right"] <= width)]
    assert hidden == [], "headlines hidden or cut off"
    assert len(cards) >= min(len(edition.events), 10)
    page_text = browser.evaluate("document.body.innerText")
    for event in edition.events:  # every event is on the page, in full or as a one-liner
        assert event.headline in page_text
    assert seen["texts"] > 10
    assert seen["lowContrast"] == [], f"text below {MIN_CONTRAST}:1 contrast in {scheme} mode"
    assert seen["imagesWithoutAlt"] == 0


def test_a_big_day_shows_the_top_events_in_full_and_links_the_rest(browser: Chromium, emails: Emails) -> None:
    edition, path = emails["big-day"]
    browser.open(path, width=600, scheme="light")
    full = browser.evaluate("[...document.querySelectorAll('h2.hl[id]')].map(h => h.textContent)")
    links = browser.evaluate("[...document.querySelectorAll('.more li a')].map(a => [a.textContent, a.href])")
    assert 10 < len(full) < len(edition.events)
    assert full == [e.headline for e in edition.events[: len(full)]], "the top events are the ones in full"
    assert len(links) == len(edition.events) - len(full)
    assert links[0][1].startswith("https://example.org/news/2026-05-12/briefing.md#")
    assert "Read the full edition" in browser.evaluate("document.body.innerText")


def test_the_checks_catch_faint_text_and_sideways_scrolling(browser: Chromium, tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text('<!doctype html><html lang="en"><meta name="viewport" content="width=device-width">'
                    '<body style="background:#fff"><p style="color:#aaa">faint grey text</p>'
                    '<div style="width:900px">too wide</div></body></html>')
    browser.open(page, width=375, scheme="light")
    seen = browser.evaluate(MEASURE)
    assert [t["text"] for t in seen["lowContrast"]] == ["faint grey text"]
    assert seen["scrollWidth"] > 375
