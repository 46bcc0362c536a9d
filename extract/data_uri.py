"""A resource written into a web page as a data: URI (RFC 2397: data:[<mediatype>][;base64],<data>), decoded
once for every reader that meets one (a frame's page, html_reader; an SVG picture, html_reader and placed_runs)."""
from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from lxml import etree

_DATA_URI = re.compile(r"\s*data:([^,]*),(.*)", re.S | re.I)


@dataclass(frozen=True)
class DataUri:
    media_type: str          # lower case, "text/plain" where the URI names none (RFC 2397)
    charset: str | None      # the charset parameter, as written
    data: bytes

    def text(self, default: str = "utf-8") -> str:
        """The data as text in its charset; a charset Python does not know falls back to the default, as a
        browser falls back to UTF-8."""
        try:
            return self.data.decode(self.charset or default, errors="replace")
        except LookupError:
            return self.data.decode(default, errors="replace")


def is_data_uri(ref: str | None) -> bool:
    return bool(ref) and _DATA_URI.match(ref) is not None


def data_uri(ref: str | None) -> DataUri | None:
    """The decoded resource, or None for no data: URI or a body that does not decode. The base64 token may
    stand after any parameter (data:image/svg+xml;charset=utf-8;base64,…); without it the body is
    percent-encoded bytes."""
    m = _DATA_URI.match(ref or "")
    if m is None:
        return None
    params = [p.strip() for p in m[1].split(";")]
    media_type = params[0].lower() or "text/plain"
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in params[1:] if p.lower().startswith("charset=")), None)
    try:
        body = base64.b64decode(m[2], validate=False) if any(p.lower() == "base64" for p in params[1:]) \
            else unquote_to_bytes(m[2])
    except (binascii.Error, ValueError):
        return None
    return DataUri(media_type, charset, body)


def data_svg(src: str | None):
    """The SVG a data: URI holds (an <img src="data:image/svg+xml;base64,…">), parsed; None for any other."""
    uri = data_uri(src)
    if uri is None or uri.media_type != "image/svg+xml":
        return None
    try:
        return etree.fromstring(uri.data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    except (ValueError, etree.XMLSyntaxError):
        return None
