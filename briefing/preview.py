"""`briefing preview`: serve one edition's HTML, text and Markdown on localhost for a look before sending."""

from __future__ import annotations

import html
import http.server
import logging
import os
import sys
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

from briefing.errors import InputError

log = logging.getLogger(__name__)

# Only these files are served: no directory listing, no path outside the edition.
FILES = {
    "/briefing.html": ("briefing.html", "text/html; charset=utf-8"),
    "/briefing.txt": ("briefing.txt", "text/plain; charset=utf-8"),
    "/briefing.md": ("briefing.md", "text/plain; charset=utf-8"),
    "/briefing.json": ("briefing.json", "application/json"),
}


def make_server(folder: Path, *, port: int = 0) -> http.server.ThreadingHTTPServer:
    """A server on 127.0.0.1 that shows the edition in `folder` (port 0 picks a free one)."""
    if not (folder / "briefing.html").is_file():
        raise InputError(f"{folder}: no edition here", hint=f"run 'briefing build --date {folder.name}' first")
    handler = _handler(folder)
    try:
        return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as exc:
        raise InputError(f"cannot listen on 127.0.0.1:{port} ({exc.strerror})", hint="choose another --port") from None


def serve(folder: Path, *, port: int = 0, open_browser: bool = True, announce: Callable[[str], None] = print) -> None:
    """Serve until Ctrl-C or SIGTERM; announce the URL first."""
    server = make_server(folder, port=port)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:  # from the announcement on, Ctrl-C (or SIGTERM) is a clean stop
        announce(f"Previewing {folder} at {url} (Ctrl-C to stop)")
        if open_browser and _has_display():
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _has_display() -> bool:
    """A graphical browser can open: macOS, Windows, or an X11/Wayland session."""
    return sys.platform in ("darwin", "win32") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _handler(folder: Path) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            path = self.path.split("?", 1)[0]
            if path == "/":
                self._send(200, "text/html; charset=utf-8", _index(folder).encode("utf-8"))
            elif path in FILES and (folder / FILES[path][0]).is_file():
                name, kind = FILES[path]
                self._send(200, kind, (folder / name).read_bytes())
            else:
                self._send(404, "text/plain; charset=utf-8", b"not found\n")

        def _send(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            log.debug("preview: " + format, *args)

    return Handler


def _index(folder: Path) -> str:
    links = "".join(
        f'<li><a href="{path}">{html.escape(name)}</a></li>'
        for path, (name, _) in FILES.items() if (folder / name).is_file()
    )
    return (f"<!doctype html><html lang='en'><meta charset='utf-8'><meta name='viewport' content='width=device-width'>"
            f"<title>Preview {html.escape(folder.name)}</title><body style='font-family:sans-serif;margin:2em'>"
            f"<h1>Edition {html.escape(folder.name)}</h1><ul>{links}</ul></body></html>")
