"""review.csv as analysts save it back: read whatever Excel or WPS wrote, apply what can be
applied, and report every row that cannot be (review-errors.csv) instead of dropping it.

Seen in practice: UTF-8 with or without BOM, GB18030 (Excel's "CSV" on Chinese Windows),
UTF-16 with tabs (Excel's "Unicode text"), semicolons (European locales), a stray byte from a
text editor, renamed or Chinese headers, status words in Chinese or English.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from .state import REVIEW_STATUSES
from .writers import csv_unquote

csv.field_size_limit(64 * 1024 * 1024)  # a long comment is not an error; 64 MB is

FLAG_ID = re.compile(r"JX\d{3}-[0-9a-f]{10}(?:-\d+)?\Z")

# Header spellings (compared without spaces, case-insensitively).
HEADERS = {
    "flag_id": {"flag_id", "flagid", "id", "编号", "问题编号", "flag编号"},
    "status": {"status", "状态", "审核状态", "审核结果", "结论"},
    "comment": {"comment", "comments", "note", "意见", "审核意见", "备注", "审核备注"},
}
COLUMN_CN = {"flag_id": "问题编号（flag_id / 编号）", "status": "审核状态（status / 状态）", "comment": "审核意见（comment / 意见）"}
STATUS_WORDS = {
    "open": {"open", "reopen", "待审核", "未审核", "待定", "重新打开", "待核实"},
    "confirmed": {"confirmed", "confirm", "已确认", "确认", "属实", "问题属实", "是", "yes", "y"},
    "dismissed": {"dismissed", "dismiss", "已排除", "排除", "误报", "不属实", "否", "no", "n"},
}
_STATUS = {w.lower(): status for status, words in STATUS_WORDS.items() for w in words}


@dataclass
class ReviewRead:
    applied: int = 0
    errors: list[dict] = field(default_factory=list)
    unreadable: str = ""     # why the whole file could not be read ("" when it could)
    encoding: str = ""


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding); never raises: the worst case replaces a few undecodable bytes."""
    raw = raw.replace(b"\x00", b"") if not raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace").replace("\x00", ""), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = raw.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(3, len(lenient) // 500):
        return lenient, "utf-8（含无法解码的字节）"   # one stray byte must not lose the file
    try:
        return raw.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(raw).best()
    if best is not None:
        return str(best), best.encoding
    return lenient, "utf-8（含无法解码的字节）"


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", "\t", ";")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def _columns(header: list[str], rows: list[list[str]]) -> dict[str, int]:
    cols = {}
    for i, h in enumerate(header):
        key = "".join(h.split()).strip("'\"").lower()
        for name, words in HEADERS.items():
            if key in words and name not in cols:
                cols[name] = i
    if "flag_id" not in cols:   # a renamed id column: the one holding ids
        for i in range(len(header)):
            if sum(1 for r in rows if i < len(r) and FLAG_ID.match(r[i].strip())) > len(rows) // 2:
                cols["flag_id"] = i
                break
    return cols


def read_review_rows(raw: bytes) -> tuple[list[tuple[int, str, str, str]], ReviewRead]:
    """(line, flag_id, status word, comment) for every data row, and what went wrong."""
    text, encoding = decode(raw)
    result = ReviewRead(encoding=encoding)
    try:
        table = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    except csv.Error as e:
        result.unreadable = f"无法解析为 CSV（{e}）"
        return [], result
    if not table:
        result.unreadable = "文件为空"
        return [], result
    header, body = table[0], table[1:]
    cols = _columns(header, body)
    if "flag_id" not in cols or "status" not in cols:
        # Without both, a row cannot say which flag or what the analyst decided (a blank status
        # would read as "open" and undo every decision): nothing from the file is applied.
        missing = "、".join(COLUMN_CN[c] for c in ("flag_id", "status") if c not in cols)
        found = "、".join(f"{COLUMN_CN[c]}列“{header[i].strip()}”" for c, i in sorted(cols.items(), key=lambda x: x[1]))
        result.unreadable = (f"找不到{missing}列（已识别：{found or '无'}；表头：" + "、".join(header[:12]) +
                             "）；本文件的内容均未应用")
        return [], result
    rows = []
    for n, r in enumerate(body, start=2):
        if not any(v.strip() for v in r):
            continue
        get = lambda name: csv_unquote(r[cols[name]].strip()) if name in cols and cols[name] < len(r) else ""  # noqa: E731
        rows.append((n, get("flag_id"), get("status"), get("comment")))
    return rows, result


def status_of(word: str) -> str | None:
    """The review status a word means; blank means open; None for a word we do not know."""
    w = word.strip().lower()
    if not w:
        return "open"
    if w in REVIEW_STATUSES:
        return w
    return _STATUS.get(w)
