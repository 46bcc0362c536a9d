"""A text that IS an e-mail message (an .eml, or a mail saved as .txt with its headers): its header
block (Received / From / Subject: =?utf-8?B?…?= …, folded lines), then the body in its transfer
encoding (quoted-printable's =E9=A1=B9 with soft line breaks, base64). Python's email package decodes
it as a mail client does; the reader reads the body it gives, not the encoded bytes.

Evidence that the text is a message, not a form whose first lines are label: value: every line up to
the first blank one is a header field (an ASCII field name, a colon) or the fold of one (a line opening
with white space), and the fields name the message's transport or its MIME structure (From with a
Date, Received, Message-ID, MIME-Version, Content-Type, Content-Transfer-Encoding): protocol words
(RFC 5322, RFC 2045), no document's.
"""
from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass

_FIELD = re.compile(r"^[!-9;-~]+:")        # RFC 5322 field name: printable ASCII but the colon
_FOLD = re.compile(r"^[ \t]+\S")
# Fields only a message has: its transport (Received, Message-ID) or its MIME structure.
_MESSAGE_FIELDS = {"received", "message-id", "mime-version", "content-type", "content-transfer-encoding"}
MIN_FIELDS = 3      # a form's first lines can be two label: value lines; a message has From, Date and more


@dataclass
class MailBody:
    text: str           # the body as its reader reads it (decoded)
    html: bool          # the body is a web page (a message with no plain-text part)
    line: int           # the source line the body starts on
    unread: list[str]   # the attachments' names (or types), which the body does not carry
    faults: list[str]   # what the email package found broken that may cost the body text, in Chinese


def mail_body(text: str) -> MailBody | None:
    """The message's body, decoded; None where the text is no e-mail message."""
    lines = text.split("\n")
    names = []
    for k, line in enumerate(lines):
        if not line.strip():
            break
        if _FOLD.match(line) and names:
            continue
        if not _FIELD.match(line):
            return None
        names.append(line.split(":", 1)[0].lower())
    else:
        return None      # no body
    if len(names) < MIN_FIELDS or not (_MESSAGE_FIELDS & set(names) or {"from", "date"} <= set(names)):
        return None
    msg = email.message_from_string(text, policy=email.policy.default)
    unread = [p.get_filename() or p.get_content_type() for p in msg.iter_attachments()] \
        if msg.is_multipart() else []
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        # no text part: attachments alone (nothing to read but their names), or a multipart whose
        # boundary is never written (the text after the headers, as it stands)
        broken = msg.get_content_maintype() == "multipart" and not msg.is_multipart()
        if not msg.is_multipart() and not broken:
            unread = [msg.get_filename() or msg.get_content_type()]     # the message is one attachment
        return MailBody(msg.get_payload() if broken else "", False, k + 2, unread, _faults(msg.defects))
    try:
        body = part.get_content()
    except (LookupError, ValueError):      # a charset Python does not know: the raw payload's bytes
        body = part.get_payload(decode=True).decode("gb18030", "replace")
    # the body's first line in the file: a part's, below its boundary and its own headers
    raw = part.get_payload()
    line = text.count("\n", 0, text.find(raw)) + 1 if raw.strip() and raw in text else k + 2
    return MailBody(body.replace("\r\n", "\n").replace("\r", "\n"), part.get_content_subtype() == "html",
                    line, unread, _faults(msg.defects + part.defects))


def _faults(defects: list) -> list[str]:
    """The email package's defects that may cost the body text, in the analyst's words: a boundary
    never written, a base64 body cut (a header's defect costs no body text: not said)."""
    out = []
    for d in defects:
        name = type(d).__name__
        said = ("多部分邮件的分隔线缺失" if "Boundary" in name or "Multipart" in name
                else "正文的 base64 编码残缺" if "Base64" in name else None)
        out += [said] if said and said not in out else []
    return out
