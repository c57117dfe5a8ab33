"""A tiny forwarding HTTP proxy on 127.0.0.1 for the transport tests: plain requests and CONNECT tunnels."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

from loopback import LoopbackServer


class ForwardingProxy(LoopbackServer):
    """A tiny HTTP proxy on 127.0.0.1: records each absolute URL asked for and forwards it.

    `names` maps a host name to a loopback port, so a feed can look remote ("news.example") while
    every byte stays on loopback; any other host is forwarded to 127.0.0.1 at the URL's own port.
    """

    def __init__(self, names: dict[str, int] | None = None) -> None:
        self.names = dict(names or {})
        self.seen: list[str] = []
        self.auth: list[str | None] = []  # each request's Proxy-Authorization
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                import http.client
                from urllib.parse import urlsplit

                proxy.seen.append(self.path)
                proxy.auth.append(self.headers.get("Proxy-Authorization"))
                target = urlsplit(self.path)
                port = proxy.names.get(target.hostname or "", target.port or 80)
                upstream = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                hop_by_hop = ("proxy-connection", "connection", "proxy-authorization")
                headers = {k: v for k, v in self.headers.items() if k.lower() not in hop_by_hop}
                upstream.request("GET", target.path + (f"?{target.query}" if target.query else ""), headers=headers)
                answer = upstream.getresponse()
                body = answer.read()
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                upstream.close()

            def do_CONNECT(self) -> None:  # noqa: N802 - HTTPS: a tunnel to the host, bytes relayed both ways
                import select
                import socket

                proxy.seen.append(self.path)
                proxy.auth.append(self.headers.get("Proxy-Authorization"))
                host, _, port = self.path.rpartition(":")
                upstream = socket.create_connection(("127.0.0.1", proxy.names.get(host, int(port))), timeout=5)
                self.send_response(200, "Connection established")
                self.end_headers()
                self.wfile.flush()
                client = self.connection
                try:
                    while True:
                        ready, _, _ = select.select([client, upstream], [], [], 5)
                        if not ready:
                            return
                        for sock in ready:
                            data = sock.recv(65536)
                            if not data:
                                return
                            (upstream if sock is client else client).sendall(data)
                except OSError:
                    return
                finally:
                    upstream.close()
                    self.close_connection = True

        super().__init__(Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"
