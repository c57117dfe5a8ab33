"""`briefing preview`: serve one edition's HTML, text and Markdown on 127.0.0.1 for a look in a browser."""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import sys
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from briefing.errors import ConfigError, InputError
from briefing.render.outbox import edition_dir, find_editions
from briefing.text import long_date

log = logging.getLogger(__name__)

HOST = "127.0.0.1"  # never another interface: the outbox is the user's own reading
DEFAULT_PORT = 8000
# The only paths served, and how: Markdown and text as plain text so a browser shows them instead of downloading.
FILES = {
    "/briefing.html": ("briefing.html", "text/html; charset=utf-8"),
    "/briefing.txt": ("briefing.txt", "text/plain; charset=utf-8"),
    "/briefing.md": ("briefing.md", "text/plain; charset=utf-8"),
    "/briefing.json": ("briefing.json", "application/json; charset=utf-8"),
}


def pick_edition(outbox: Path, date: dt.date | None) -> Path:
    """The folder of the edition of `date`, or of the newest edition when no date is given."""
    if date is not None:
        folder = edition_dir(outbox, date)
        if not (folder / "briefing.html").is_file():
            raise InputError(f"{folder}: no edition for {date}", hint=f"run 'briefing build --date {date}' first")
        return folder
    editions = find_editions(outbox)
    if not editions:
        raise InputError(f"{outbox}: no editions yet", hint="run 'briefing build' first")
    return edition_dir(outbox, editions[0].date)


def index_page(folder: Path) -> bytes:
    """A small page linking the three formats."""
    date = dt.date.fromisoformat(folder.name)
    links = "".join(
        f'<li><a href="{path}">{label}</a> <small>{path[1:]}</small></li>'
        for path, label in (("/briefing.html", "The email (HTML)"), ("/briefing.txt", "Plain text"),
                            ("/briefing.md", "Markdown"), ("/briefing.json", "JSON"))
        if (folder / FILES[path][0]).is_file()
    )
    title = html.escape(f"Edition of {long_date(date)}")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        '<meta name="color-scheme" content="light dark">'
        f"<title>{title}</title><style>body{{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}}"
        f"li{{margin:.4rem 0}}</style></head><body><h1>{title}</h1><ul>{links}</ul>"
        f"<p><small>Served from {html.escape(str(folder))} by briefing preview; Ctrl-C in the terminal stops it.</small></p>"
        "</body></html>"
    ).encode()


def make_server(folder: Path, port: int = DEFAULT_PORT) -> ThreadingHTTPServer:
    """A server on 127.0.0.1:`port` (0 picks a free port) for the edition in `folder`."""
    if not 0 <= port <= 65535:
        raise ConfigError(f"--port {port} is not a port number", hint="use 1-65535, or 0 for any free port")

    class Handler(BaseHTTPRequestHandler):
        server_version = "briefing-preview"

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            path = self.path.split("?", 1)[0].split("#", 1)[0]
            if path in ("/", "/index.html"):
                self._send(HTTPStatus.OK, "text/html; charset=utf-8", index_page(folder))
            elif path in FILES and (folder / FILES[path][0]).is_file():
                name, kind = FILES[path]
                self._send(HTTPStatus.OK, kind, (folder / name).read_bytes())
            else:  # nothing else is served: no directory listings, no paths outside the edition
                self._send(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8", b"not found\n")

        def _send(self, status: HTTPStatus, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")  # a rebuild shows on reload
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
            log.debug("preview: " + format, *args)

    try:
        return ThreadingHTTPServer((HOST, port), Handler)
    except OSError as exc:
        raise ConfigError(f"cannot serve on {HOST}:{port} ({exc.strerror})", hint="pick another port with --port N") from None


def has_display() -> bool:
    """Whether a browser window can be opened here."""
    return sys.platform in ("darwin", "win32") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def serve(folder: Path, *, announce: Callable[[str], None], port: int = DEFAULT_PORT, open_browser: bool = True) -> None:
    """Serve the edition until Ctrl-C, announcing the URL (and opening it in a browser when asked and possible)."""
    server = make_server(folder, port)
    url = f"http://{HOST}:{server.server_address[1]}/"
    try:  # from the announcement on, Ctrl-C (or SIGTERM) is a clean stop: a client may act on the URL at once
        announce(f"Previewing {folder} at {url} (Ctrl-C to stop)")
        if open_browser and has_display():
            import threading
            import webbrowser

            # Some browsers' launchers block until the window closes: never let that hold up the server.
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
