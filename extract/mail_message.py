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

import binascii
import email
import email.policy
import re
from dataclasses import dataclass

from . import iso2022_cn  # noqa: F401  (registers the ISO-2022-CN codec Python lacks)
from .uu_block import uu_files

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
    lines: list[int] | None = None    # each body line's source line, where the encoding moves them
    notes: list[str] | None = None    # what the reader chose for the part (a charset it guessed), in Chinese
    # the TEXT attachments (a .csv / .txt form sent with a covering note), read after the body: (name,
    # their bytes decoded from the transfer encoding, each line's source line or None)
    attached: list[tuple[str, bytes, list[int] | None]] | None = None


def mail_body(text: str, data: bytes | None = None) -> MailBody | None:
    """The message's body, decoded; None where the text is no e-mail message. data: the file's bytes,
    where the text is them decoded in one ASCII-compatible charset: a 7bit / 8bit part's bytes are
    then checked against the charset it declares, as an encoded part's are."""
    k = _header_end(text)
    if k is None:
        return None
    msg = email.message_from_string(text, policy=email.policy.default)
    unread, attached = [], []
    for p in msg.iter_attachments() if msg.is_multipart() else ():
        if len(attached) < MAX_ATTACHED and (read := _text_attachment(text, p)) is not None:
            attached.append(read)
        else:
            unread.append(p.get_filename() or p.get_content_type())
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        # no text part: attachments alone (nothing to read but their names), or a multipart whose
        # boundary is never written (the text after the headers, as it stands)
        broken = msg.get_content_maintype() == "multipart" and not msg.is_multipart()
        if not msg.is_multipart() and not broken:
            unread = [msg.get_filename() or msg.get_content_type()]     # the message is one attachment
        return MailBody(msg.get_payload() if broken else "", False, k + 2, unread, _faults(msg.defects))
    notes = []
    try:
        body = part.get_content()
    except (LookupError, ValueError):      # a charset Python does not know: the raw payload's bytes
        body, notes = _unknown_charset(msg, part)
    else:
        if _transfer(part) in ENCODED:
            if "\ufffd" in body:            # a charset known but wrong (says utf-8, is GBK)
                body, notes = _checked(msg, part, part.get_payload(decode=True) or b"", body)
        elif data is not None and (raw := _part_bytes(msg, part, data)) is not None:
            # the part's text is the file's, decoded in the file's charset: its own bytes, checked
            # against its own charset (ASCII where it declares none), say what the file's decoding hid
            body, notes = _checked(msg, part, raw, body)
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    # the body's first line in the file: a part's, below its boundary and its own headers
    raw = part.get_payload()
    line = text.count("\n", 0, text.find(raw)) + 1 if raw.strip() and raw in text else k + 2
    lines = _source_lines(raw, part, line, body.count("\n") + 1) if raw in text else None
    if part.get_content_subtype() == "plain" and part.get_param("format", "").lower() == "flowed":
        count = body.count("\n") + 1
        body, firsts = unflowed(body, part.get_param("delsp", "").lower() == "yes")
        if len(firsts) < count:      # soft breaks joined: each line numbered where it starts
            lines = [(lines[i] if lines else line + i) for i in firsts]
            notes = [*notes, f"正文为 format=flowed（RFC 3676），{count - len(firsts)}处软换行已接回原行读取"]
    if part.get_content_subtype() == "plain" and (uu := uu_files(body)) is not None:
        # files carried in the body as uuencode: out of the body, read as the attachments they are
        body, files = uu
        for name, data, at in files:
            if _TEXT_NAME.search(name) and b"\0" not in data and len(attached) < MAX_ATTACHED:
                attached.append((name, data, [lines[i] if lines else line + i for i in at]))
            else:
                unread.append(name)
        names = "、".join(n for n, _, _ in files)
        notes = [*notes, f"正文中有{len(files)}个以 uuencode 编码（begin … end）的附件（{names}），已解码为文件，按附件读取"]
    return MailBody(body, part.get_content_subtype() == "html", line, unread, _faults(msg.defects + part.defects),
                    lines, notes, attached)


_QUOTE = re.compile(r"^>+")


def unflowed(body: str, delsp: bool) -> tuple[str, list[int]]:
    """A format=flowed body (RFC 3676) as its lines were written: a line ending in a space is continued by the
    next line of the same quote depth (the space deleted where delsp=yes: added at a break between characters
    with no space, as in Chinese); the quote marks and a stuffed space taken off each line, the marks put back
    once on the joined line; '-- ' (a signature's separator) is never continued. Also each joined line's first
    line in the body (0-based)."""
    out, firsts, cur, depth = [], [], None, -1

    def put() -> None:
        out.append((">" * depth + " " if depth and cur else ">" * depth) + cur)
    for n, ln in enumerate(body.split("\n")):
        q = len(m.group()) if (m := _QUOTE.match(ln)) else 0
        content = ln[q:]
        content = content[1:] if content.startswith(" ") else content     # the stuffed space
        if cur is not None and q == depth:
            cur += content
        else:
            if cur is not None:
                put()
            cur, depth = content, q
            firsts.append(n)
        if ln.endswith(" ") and content != "-- ":
            cur = cur[:-1] if delsp else cur
        else:
            put()
            cur, depth = None, -1
    if cur is not None:
        put()
    return "\n".join(out), firsts


# Text attachments read at most (a form and its annexes); those past it are named unread: a mail of
# thousands of small parts is no report, and each would be read as a document of its own.
MAX_ATTACHED = 50
# Attachments a text reader reads: a text type, or a name a text file has (Outlook sends a .csv as
# application/octet-stream).
_TEXT_NAME = re.compile(r"\.(?:txt|csv|tsv)$", re.I)


def _text_attachment(text: str, part) -> tuple[str, bytes, list[int] | None] | None:
    """A text attachment as MailBody.attached keeps it; None where the part is no text (a .xlsx, an
    image) or its bytes are not a text's (NUL bytes: UTF-16 is its reader's, not read here)."""
    name = part.get_filename() or part.get_content_type()
    if part.get_content_maintype() != "text" and not _TEXT_NAME.search(name):
        return None
    try:
        # a 7bit / 8bit part's text is the file's, decoded with it: its bytes again as UTF-8
        data = part.get_payload(decode=True) if _transfer(part) in ENCODED else part.get_payload().encode("utf-8")
    except (ValueError, LookupError, UnicodeError):
        return None
    if not isinstance(data, bytes) or not data.strip() or b"\0" in data:
        return None
    raw = part.get_payload()
    first = text.count("\n", 0, text.find(raw)) + 1 if isinstance(raw, str) and raw.strip() and raw in text else None
    count = len(_BREAK.findall(data)) + 1
    return name, data, _source_lines(raw, part, first, count) if first is not None else None


def is_message(text: str) -> bool:
    return _header_end(text) is not None


def _header_end(text: str) -> int | None:
    """The index of the blank line that ends the message's header block; None where the text does not
    open with a message's header block (the module's docstring)."""
    names = []
    for k, line in enumerate(text.split("\n")):
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
    return k


def _where(msg, part) -> str:
    """The part as a warning names it: its place in the message, its type and file name."""
    return (f"第{next(n for n, p in enumerate(msg.walk(), 1) if p is part)}部分（{part.get_content_type()}"
            + (f"，{part.get_filename()}" if part.get_filename() else "") + "）") if msg.is_multipart() else "正文"


ENCODED = ("quoted-printable", "base64")     # transfer encodings that keep a part's bytes apart from the file's text


def _transfer(part) -> str:
    return part.get("content-transfer-encoding", "").strip().lower()


def _part_bytes(msg, part, data: bytes) -> bytes | None:
    """A 7bit / 8bit part's own bytes in the file (`data`): the message parsed again from its bytes,
    the part at the same place in it; None where the two parsings do not match."""
    parts = list(msg.walk())
    again = list(email.message_from_bytes(data.removeprefix(b"\xef\xbb\xbf"), policy=email.policy.default).walk())
    if len(again) != len(parts):
        return None
    raw = again[parts.index(part)].get_payload(decode=True)
    return raw if isinstance(raw, bytes) else None


def _checked(msg, part, data: bytes, body: str) -> tuple[str, list[str]]:
    """A part's bytes (`data`) as its declared charset decodes them (ASCII where it declares none) when
    they decode in it whole; else in the charset they decode in whole (UTF-8, charset-normalizer's pick
    among GB18030 and Big5, then GB18030), said; where none does, as declared, the loss said. `body`: the
    part's text as read so far, kept where the charset is one Python does not know."""
    charset = part.get_content_charset() or ""
    try:
        return data.decode(charset or "ascii"), []     # any replacement characters are the text's own
    except LookupError:
        return body, []
    except UnicodeDecodeError:
        pass
    lost = data.decode(charset or "ascii", "replace")
    n = lost.count("\ufffd")
    from .text_reader import _guess_chinese     # here: text_reader imports this module
    for enc in dict.fromkeys([e for e in ("utf-8", *_guess_chinese(data), "gb18030") if e != charset]):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        said = f"声明的字符集“{charset}”不能完整解码（{n}处出错）" if charset else f"未声明字符集，内容不是 ASCII（{n}处）"
        return text, [f"邮件{_where(msg, part)}{said}，按 {enc.upper()} 可完整解码，已按 {enc.upper()} 读取，请核对文字"]
    return lost, [f"邮件{_where(msg, part)}按{f'声明的字符集“{charset}”' if charset else 'ASCII（未声明字符集）'}不能完整解码，"
                  f"其他常用中文字符集也不能，{n}处文字无法识别（以�代替），请核对原件"]


def _unknown_charset(msg, part) -> tuple[str, list[str]]:
    """A part whose charset Python does not know: its bytes as GB18030 (the charset a Chinese office's
    mail most often is, whatever it declares), said, with whether they decode as it."""
    where = _where(msg, part)
    charset = part.get_param("charset") or ""
    if _transfer(part) not in ENCODED:
        # 7bit / 8bit: the part's text is the file's, decoded with the file
        return part.get_payload(), [f"邮件{where}声明的字符集“{charset}”无法识别，已按整个文件的编码读取，请核对文字"]
    data = part.get_payload(decode=True) or b""
    try:
        return data.decode("gb18030"), [f"邮件{where}声明的字符集“{charset}”无法识别，已按 GB18030 解码读取，请核对文字"]
    except UnicodeDecodeError:
        body = data.decode("gb18030", "replace")
        return body, [f"邮件{where}声明的字符集“{charset}”无法识别，按 GB18030 也不能完整解码，"
                      f"{body.count(chr(0xFFFD))}处文字无法识别（以�代替），请核对原件"]


_BREAK = re.compile(rb"\r\n|\r|\n")


def _source_lines(raw: str, part, first: int, count: int) -> list[int] | None:
    """Each line of a quoted-printable or base64 body with the source line its text is encoded on (the
    encoded lines are not the text's: a soft line break joins two, a base64 line holds a piece of
    several); None where the body's lines are the file's (7bit, 8bit) or cannot be matched."""
    cte = _transfer(part)
    if cte not in ENCODED:
        return None
    encoded = raw.split("\n")
    starts, out, pending = [], b"", b""      # (decoded offset, source line) where each encoded line's bytes begin
    for n, enc in enumerate(encoded):
        starts.append((len(out), first + n))
        if cte == "quoted-printable":
            out += binascii.a2b_qp(enc.rstrip("\r").encode("ascii", "replace") + (b"\n" if n < len(encoded) - 1 else b""))
        else:
            pending += re.sub(rb"[^A-Za-z0-9+/=]", b"", enc.encode("ascii", "replace"))
            cut = len(pending) - len(pending) % 4
            try:
                out += binascii.a2b_base64(pending[:cut]) if cut else b""
            except binascii.Error:
                return None
            pending = pending[cut:]
    lines, s = [], 0
    for offset in [0] + [m.end() for m in _BREAK.finditer(out)]:
        while s + 1 < len(starts) and starts[s + 1][0] <= offset:
            s += 1
        lines.append(starts[s][1])
    return lines if len(lines) == count else None


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
