"""A text that IS an HTTP ARCHIVE (a .har a browser's developer tools saved 'with content', sent as .txt):
one JSON document {"log": {"version", "creator", "entries": [...]}} whose entries each hold a request and
the response to it, the response's body in response.content.text (base64 where content.encoding says
so). What the archive carries of a report is in those bodies: a web system's page or its API's answer,
each a document of its own WRITTEN AS ONE JSON STRING inside the archive's JSON. The headers, cookies and
timings around them are the browser's bookkeeping, no document's text (a masked token, Bearer ***, is no
template's blank).

Evidence that the text is an archive, not a report system's JSON export: the HAR format's own members
(log with entries, each entry a request and a response with content), the W3C draft's names, no
document's words."""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

# The bodies a reader can read as text: a page, an API's JSON, a text or a delimited export.
_READABLE = ("application/json", "text/html", "text/plain", "text/csv", "application/xml", "text/xml")


@dataclass
class Body:
    url: str        # the request's URL, naming the body
    data: bytes     # the body as the server sent it (decoded from base64 where the archive encoded it)
    line: int       # the archive's line holding the body's text


def archive_bodies(text: str) -> tuple[list[Body], int] | None:
    """(the readable response bodies in the archive's order, the count of entries) where the text is an
    HTTP archive; None otherwise. A body of another type (a script, an image, a style sheet) or none
    is left out."""
    body = text.lstrip("\ufeff").strip()
    if not body.startswith("{") or '"log"' not in body[:200]:
        return None
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError):
        return None
    log = doc.get("log") if isinstance(doc, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list) or not entries or not all(
            isinstance(e, dict) and isinstance(e.get("request"), dict) and isinstance(e.get("response"), dict)
            for e in entries):
        return None
    lines = text.split("\n")
    out, at = [], 0
    for e in entries:
        content = e["response"].get("content") or {}
        raw = content.get("text")
        mime = str(content.get("mimeType") or "").split(";")[0].strip().lower()
        if not isinstance(raw, str) or not raw.strip() or not mime.startswith(_READABLE):
            continue
        if content.get("encoding") == "base64":
            try:
                data = base64.b64decode(raw, validate=False)
            except (binascii.Error, ValueError):
                continue
        else:
            data = raw.encode("utf-8")
        at = _line_of(lines, raw, at)
        out.append(Body(url=str(e["request"].get("url") or ""), data=data, line=at + 1))
    return out, len(entries)


def _line_of(lines: list[str], raw: str, start: int) -> int:
    """The index of the archive's line (from `start` on) that writes the string `raw` as a JSON member's
    value, however the writer escaped it (non-ASCII as written or as \\u escapes); `start` where none does."""
    forms = {json.dumps(raw, ensure_ascii=False)[:60], json.dumps(raw)[:60]}
    return next((k for k in range(start, len(lines)) if any(f in lines[k] for f in forms)), start)
