"""Bytes from outside to text: UTF-8 when it is UTF-8 (a stray byte costs that byte, not the file), else the
charset the document declares, else the one its bytes show (KOI8-R, Shift-JIS, EUC-KR, ...), else Windows-1252.
"""

from __future__ import annotations

import codecs
import re

# Single-byte code pages for Latin scripts: a detector cannot tell them apart on a short text, and
# undeclared Latin text on the web is Windows-1252 far more often than any of the others.
_LATIN_GUESSES = frozenset({
    "ascii", "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "cp437", "cp850", "cp858", "latin_1",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
    "iso8859_16", "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "utf_8",
})
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*\bencoding\s*=""", re.I)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", re.I)


def _byte_by_byte(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read each undecodable byte as Windows-1252 (Latin-1 where 1252 has a hole)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(_cp1252_char(b) for b in bad), error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


codecs.register_error("briefing.bytewise", _byte_by_byte)


def declared_charset(data: bytes) -> str | None:
    """The charset a document names in its first 4 KB (<meta charset>, http-equiv, or the XML declaration)."""
    match = _DECLARED.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def content_charset(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header, or None."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def as_utf8_xml(body: bytes, content_type: str) -> tuple[bytes, str]:
    """An XML document that declares no charset and is not UTF-8, transcoded to UTF-8 (with a Content-Type saying so).

    feedparser reads such a document as Windows-1252; a KOI8-R or Shift-JIS feed would come out garbled.
    """
    if content_charset(content_type) or _XML_ENCODING.search(body[:1024]) or body.startswith(_UTF16_BOMS):
        return body, content_type
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        base = content_type.split(";")[0].strip() or "application/xml"
        return decode(body).encode("utf-8"), f"{base}; charset=utf-8"
    return body, content_type


def decode(data: bytes, declared: str | None = None) -> str:
    """Text of a document: `declared` is the charset the server named (None: only what the document says)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "briefing.bytewise")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    names = [n for n in (declared, declared_charset(data)) if n]
    for name in names:
        if _is_utf8(name) or name.replace("-", "").replace("_", "").lower().startswith(("utf16", "utf32")):
            continue  # UTF-16/32 without a byte-order mark decodes almost any bytes, into nonsense
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue  # a wrong declaration is common; look at the bytes instead
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    if good >= bad or any(_is_utf8(n) for n in names):
        return data.decode("utf-8", "briefing.bytewise")  # UTF-8 with a few stray bytes: keep the UTF-8
    return _detected(data) or data.decode("cp1252", "briefing.bytewise")


def _detected(data: bytes) -> str | None:
    """The text in the charset the bytes show, when that is not just another Latin code page."""
    from charset_normalizer import from_bytes  # imported here: only legacy, undeclared documents need it

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in _LATIN_GUESSES:
        return None
    try:
        return data.decode(best.encoding, "replace")
    except LookupError:
        return None


def _is_utf8(name: str) -> bool:
    return name.replace("-", "").replace("_", "").lower() in ("utf8", "utf8mb4")
