"""Look at the email in a real browser: headless Chromium (Debian's package) on a loopback server.

Chromium's headless window is at least 500 px wide, so the email is shown in an iframe of the
width under test (375 or 600 px): its media queries see that width, as a phone's mail app would.
A probe script in the harness page (never in the email) measures what a reader would notice and
writes it into the page, which `--dump-dom` prints.
"""

from __future__ import annotations

import contextlib
import functools
import html
import http.server
import json
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The flags the machine needs: no sandbox as root, and no calls home on a closed network.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--disable-extensions", "--mute-audio"]

PROBE = r"""
<script>
function lum(c){const m=c.match(/[\d.]+/g).map(Number);const f=v=>{v/=255;return v<=0.03928?v/12.92:Math.pow((v+0.055)/1.055,2.4)};
  return 0.2126*f(m[0])+0.7152*f(m[1])+0.0722*f(m[2]);}
function alpha(c){const m=c.match(/[\d.]+/g);return m.length>3?Number(m[3]):1;}
function background(el,win){for(let e=el;e;e=e.parentElement){const b=win.getComputedStyle(e).backgroundColor;
  if(alpha(b)>0.5)return b;}return 'rgb(255, 255, 255)';}
function probe(){
  const frame=document.getElementById('mail');const doc=frame.contentDocument;const win=frame.contentWindow;
  frame.style.height=doc.documentElement.scrollHeight+'px';
  const out={background:background(doc.querySelector('.card')||doc.body,win),height:Math.ceil(doc.body.getBoundingClientRect().height),width:win.innerWidth,scrollWidth:doc.documentElement.scrollWidth,headlines:[],low:[],checked:0,overflowing:[]};
  for(const h of doc.querySelectorAll('h2')){const r=h.getBoundingClientRect();const s=win.getComputedStyle(h);
    out.headlines.push({text:h.textContent.trim(),visible:r.width>0&&r.height>0&&s.visibility!=='hidden'&&s.display!=='none'&&r.left>=0&&r.right<=win.innerWidth+1});}
  for(const el of doc.body.querySelectorAll('*')){
    const own=[...el.childNodes].some(n=>n.nodeType===3&&n.textContent.trim());if(!own)continue;
    const r=el.getBoundingClientRect();if(r.width===0||r.height===0)continue;
    if(r.right>win.innerWidth+1)out.overflowing.push(el.textContent.trim().slice(0,60));
    const s=win.getComputedStyle(el);const l1=lum(s.color),l2=lum(background(el,win));
    const ratio=(Math.max(l1,l2)+0.05)/(Math.min(l1,l2)+0.05);const size=parseFloat(s.fontSize);
    const large=size>=24||(size>=18.66&&Number(s.fontWeight)>=700);out.checked++;
    if(ratio<(large?3:4.5))out.low.push({text:el.textContent.trim().slice(0,60),ratio:Math.round(ratio*100)/100,color:s.color,bg:background(el,win)});}
  document.body.setAttribute('data-probe',JSON.stringify(out));}
</script>
"""


def harness(email_name: str, width: int) -> str:
    """A page that shows the email in an iframe `width` px wide and measures it once loaded."""
    return (f"<!doctype html><html><head><meta charset='utf-8'>{PROBE}</head>"
            f"<body style='margin:0;background:#888'><iframe id='mail' src='{html.escape(email_name)}' "
            f"style='width:{width}px;height:2000px;border:0;display:block' onload='probe()'></iframe></body></html>")


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 (a free port) and yield its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that does not log every request to stderr."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def chromium(url: str, *, dark: bool, extra: list[str], window: tuple[int, int]) -> subprocess.CompletedProcess:
    """Run headless Chromium once on `url` with a fresh profile."""
    with tempfile.TemporaryDirectory() as profile:
        cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--window-size={window[0]},{window[1]}",
               f"--blink-settings=preferredColorScheme={0 if dark else 1}", "--virtual-time-budget=5000", *extra, url]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=90)


def probe(folder: Path, email_name: str, *, width: int, dark: bool) -> dict:
    """Measurements of the email at `width` px in light or dark mode."""
    page = folder / f"probe-{width}-{'dark' if dark else 'light'}.html"
    page.write_text(harness(email_name, width), encoding="utf-8")
    with serve(folder) as base:
        done = chromium(f"{base}/{page.name}", dark=dark, extra=["--dump-dom"], window=(max(width, 500), 2000))
    start = done.stdout.find('data-probe="')
    if start < 0:
        raise RuntimeError(f"the probe did not run: {done.stderr[-500:]}")
    raw = done.stdout[start + len('data-probe="'):done.stdout.index('"', start + len('data-probe="'))]
    return json.loads(html.unescape(raw))


def screenshot(folder: Path, email_name: str, target: Path, *, width: int, dark: bool, height: int) -> Path:
    """A PNG of the email at `width` px, light or dark, for a person to look at."""
    page = folder / f"shot-{width}-{'dark' if dark else 'light'}.html"
    page.write_text(harness(email_name, width).replace("height:2000px", f"height:{height}px"), encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    with serve(folder) as base:
        chromium(f"{base}/{page.name}", dark=dark, extra=[f"--screenshot={target}"], window=(max(width, 500), height))
    return target
