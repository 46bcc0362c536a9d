"""Delimited text exports (.csv: RFC 4180, the comma; also the semicolon, and the tab or the pipe where
fields are quoted): a finance system's or a spreadsheet's "save as CSV". The quote is the double quote,
or the apostrophe where the fields are wrapped in apostrophes and none in double quotes (LibreOffice's
'Text CSV' lets its string delimiter be any character: '产出指标'|'数量指标'|7). The file is a table of text cells, so it
is read as a sheet is (spreadsheet_reader.build_sheets): fully blank records (a blank line, or a record
of delimiters only, as Excel pads them) split it into blocks; a block's top and bottom records with one
filled field are paragraphs (the title); the rest is a table. A writer gives every record of a block
the block's width (empty fields for empty cells), so a record of another width starts another block
too: blocks with no blank line between them (a header line per block) are tables of their own. Cells
keep their column (总分,,,,,100,99.30 puts 100 under 分值).

The text reader decodes the bytes (GB18030 / GBK, UTF-8 with or without BOM …) and asks delimited()
whether the text is such an export; the layouts it reads itself (tabs, pipes, aligned columns) stay
its own. Each cell's Location names the source line its record starts on."""
from __future__ import annotations

import csv
import dataclasses
import re
from io import StringIO
from itertools import takewhile

from .model import Document
from .spreadsheet_reader import Sheet, build_sheets

# A record is (the line it starts on, its fields).
Record = tuple[int, list[str]]

MIN_TABLE = 3    # records of one width, three fields or more, in a row: a table
# Excel's way to keep a figure as text (="0123"): the text is what is shown.
_AS_TEXT = re.compile(r'^="(.*)"$', re.S)


def quote_char(text: str, delimiter: str) -> str:
    """The fields' quote: the apostrophe where the text's fields, split at the delimiter, are wrapped in
    apostrophes (a third of the filled ones or more, three or more) and none in double quotes; else the
    double quote."""
    fields = [f.strip() for line in text.split("\n") for f in line.split(delimiter) if f.strip()]
    wrapped = {q: sum(1 for f in fields if len(f) >= 2 and f[0] == f[-1] == q) for q in "'\""}
    return "'" if not wrapped['"'] and wrapped["'"] >= max(3, len(fields) / 3) else '"'


def records(text: str, delimiter: str, quote: str = '"') -> tuple[list[Record], bool]:
    """The text's records, and whether a quoted field ran on to the end of the text (a quote never
    closed: the rest of the file was swallowed by one field)."""
    def reader(strict: bool):
        return csv.reader(StringIO(text, newline=""), delimiter=delimiter, quotechar=quote, doublequote=True,
                          strict=strict)
    out: list[Record] = []
    rows = reader(False)      # (a stray quote inside an unquoted field is text, as spreadsheets take it)
    line = 1
    for fields in rows:
        out.append((line, fields))
        line = rows.line_num + 1
    try:
        for _ in reader(True):
            pass
    except csv.Error as e:
        return out, "unexpected end of data" in str(e)
    return out, False


def delimited(text: str) -> tuple[str, list[Record], bool] | None:
    """(delimiter, records, quote left open) when the text is a delimited export: nearly every filled
    record splits into two fields or more, few fields start with a space (prose's ", "), MIN_TABLE
    records in a row have the same width of three or more, and no line is one of the text reader's own
    layouts (a pipe row, a tab row where the
    delimiter is not the tab). The tab counts only where a field is quoted: unquoted tab rows are the
    text reader's "row per line" layout already. The pipe counts only where most of its rows hold a field
    wrapped in the quote (a spreadsheet's 'quote all text cells'): a bordered pipe table quotes nothing."""
    lines = text.split("\n")
    pipes = sum(1 for ln in lines if ln.strip().startswith("|") and ln.count("|") >= 2)
    ends = terminator(lines)
    ends = None if ends in _DELIMITERS else ends
    for d in _DELIMITERS + ((ends,) if ends else ()):
        if d not in text or (pipes >= 2 and d != "|"):
            continue
        if d == ends:      # the terminator is no field: 'XMXX^…^万元^' holds six
            text = re.sub(f"{re.escape(d)}[ \t]*(?=\r?$)", "", text, flags=re.M)
        if d != "\t" and sum(1 for ln in lines if "\t" in ln) >= 2:
            continue
        quote = quote_char(text, d)
        if d == "\t" and not re.search(f'(?:^|\t){quote}', text, re.M):
            continue
        if d == "|" and not _quoted_rows(lines, quote):
            continue
        try:
            recs, unclosed = records(text, d, quote)
        except csv.Error:      # (a field past the csv module's size limit: no export of a form)
            continue
        filled = [fields for _, fields in recs if any(f.strip() for f in fields)]
        if len(filled) < MIN_TABLE or sum(1 for f in filled if len(f) >= 2) < 0.75 * len(filled):
            continue
        # a writer puts nothing between a delimiter and the next field; prose a space after its commas
        later = [f for fields in filled for f in fields[1:] if f.strip()]
        if d != "\t" and sum(1 for f in later if f[:1].isspace()) > 0.25 * len(later):
            continue
        run, best = 0, 0
        for prev, cur in zip([[]] + filled, filled):
            run = run + 1 if len(cur) == len(prev) and len(cur) >= 3 else (1 if len(cur) >= 3 else 0)
            best = max(best, run)
        if best >= MIN_TABLE:
            return d, [(line, _unbracketed(fields)) for line, fields in _bare_missing(text, d, quote, recs)], unclosed
    return None


# Characters a field or a figure is made of, never a record's terminator: letters, digits, CJK, the
# figure's own marks, brackets closing a remark and the quotes.
_FIELD_END = re.compile(r"[\w\s.%)\]}）】'\"”’。]")


# The delimiters every export writer offers; a line of them closed by one is a record whose last field is empty
# (…,6,6, with no reason), no terminator.
_DELIMITERS = (",", ";", "\t", "|")


def terminator(lines: list[str]) -> str | None:
    """The delimiter of an interface file that ENDS EVERY RECORD WITH IT ('XMXX^4102…^万元^', a budget system's
    data exchange file, any character its writer chose): one punctuation character that closes most of the
    filled lines (three quarters, MIN_TABLE or more) and stands inside them too. A log or prose ends its lines
    in words, figures or a full stop, and a pipe table's closing '|' is the text reader's own layout."""
    filled = [ln.rstrip() for ln in lines if ln.strip()]
    last = [ln[-1] for ln in filled if not _FIELD_END.match(ln[-1]) and ln[-1] != "|"]
    if not last:
        return None
    ch = max(set(last), key=last.count)
    closing = [ln for ln in filled if ln.endswith(ch)]
    if len(closing) < max(MIN_TABLE, 0.75 * len(filled)) or not all(ch in ln[:-1] for ln in closing):
        return None
    return ch


# A record naming fields inside one bracket opened in its first field and closed in its last, a caption before it
# (#字段说明：JXZB 绩效指标（记录类型^项目编码^…^偏差原因）): the names are the fields, the caption and the bracket
# no part of the first and the last.
_OPENS = re.compile(r"^[^（()）]*[（(](?P<first>[^（()）]*)$")
_CLOSES = re.compile(r"^(?P<last>[^（()）]*)[)）]\s*[：:]?\s*$")


def _unbracketed(fields: list[str]) -> list[str]:
    if len(fields) < 3 or not (a := _OPENS.match(fields[0])) or not (b := _CLOSES.match(fields[-1])):
        return fields
    return [a.group("first")] + fields[1:-1] + [b.group("last")]


# What a writer that quotes every string leaves bare: figures, R's logicals and its special values (write.table,
# quote = TRUE), SQL's NULL (a database shell's quote mode: 'text', 8, 9.5, NULL); a bare NA or NULL there is the
# missing value, no text.
_BARE_VALUE = re.compile(r"^(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|NA|NaN|-?Inf|TRUE|FALSE|NULL)$")
_MISSING = ("NA", "NULL")


def _quoted_flags(text: str, delimiter: str, quote: str) -> list[list[bool]]:
    """Per record, per field: whether the field opened with the quote (the records as records() splits
    them: a line break inside a quoted field stays in it, a blank line is a record of no field)."""
    out: list[list[bool]] = []
    fields: list[bool] = []
    at_start, quoted, inside, filled = True, False, False, False
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if inside:
            if ch == quote:
                if i + 1 < n and text[i + 1] == quote:
                    i += 1
                else:
                    inside = False
        elif ch == delimiter:
            fields.append(quoted)
            at_start, quoted, filled = True, False, True
        elif ch in "\r\n":
            if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            out.append(fields + [quoted] if filled or not at_start or quoted else [])
            fields, at_start, quoted, filled = [], True, False, False
        elif at_start and ch == quote:
            quoted, inside, at_start = True, True, False
        else:
            at_start = False
        i += 1
    if fields or not at_start or quoted:
        out.append(fields + [quoted])
    return out


def _bare_missing(text: str, delimiter: str, quote: str, recs: list[Record]) -> list[Record]:
    """A writer that quotes every string (R's quote = TRUE, a database shell's quote mode) writes the missing
    value as a bare NA or NULL: where every field left bare is a figure or one of those special values (MIN_TABLE
    quoted fields or more, one bare NA or NULL or more; a statement the shell echoed is no record), a bare NA or
    NULL is an empty cell. A quoted "NA" or 'NULL' is text and stays. The records as they were where the fields'
    quoting cannot be lined up with them."""
    flags = _quoted_flags(text, delimiter, quote)
    if len(flags) != len(recs) or any(len(f) != len(r) for f, (_, r) in zip(flags, recs)):
        return recs
    pairs = [(field.strip(), q) for f, (_, r) in zip(flags, recs) if not _STATEMENT.match(delimiter.join(r))
             for field, q in zip(r, f)]
    bare = [field for field, q in pairs if not q and field]
    if sum(1 for _, q in pairs if q) < MIN_TABLE or not set(_MISSING) & set(bare) \
            or not all(_BARE_VALUE.match(b) for b in bare):
        return recs
    return [(line, ["" if not q and field.strip() in _MISSING and not _STATEMENT.match(delimiter.join(r)) else field
                    for field, q in zip(r, f)]) for f, (line, r) in zip(flags, recs)]


def _quoted_rows(lines: list[str], quote: str) -> bool:
    """Most of the lines that hold a pipe hold a field wrapped in the quote, MIN_TABLE or more."""
    wrapped = re.compile(f"(?:^|\\|){quote}[^|]*{quote}(?:\\||$)")
    piped = [ln for ln in lines if "|" in ln]
    held = sum(1 for ln in piped if wrapped.search(ln.strip()))
    return held >= MIN_TABLE and held >= 0.6 * len(piped)


# A field of a record, not a clause of prose: short, and no sentence's punctuation in it.
MAX_FIELD = 40
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")    # 1,528.00: a figure's, no delimiter
_SENTENCE = re.compile(r"[。！？；，]|[.!?;:：]$")


def record_lines(text: str) -> tuple[str, list[int]] | None:
    """(delimiter, 1-based numbers of the lines that read as records of it) for the text
    delimited() refused: a line of two fields or more split by the comma or the semicolon, each
    short, none a clause of prose (a space after the delimiter, a sentence's punctuation: the
    raw passages' 年初预算300万元,实际预算300万元,……执行率100%。). None when no line does."""
    best = None
    for d in (",", ";"):
        found = []
        for no, line in enumerate(text.split("\n"), 1):
            line = _THOUSANDS.sub("", line) if d == "," else line
            if d not in line:
                continue
            try:
                fields = next(csv.reader([line], delimiter=d, quotechar='"'))
            except (csv.Error, StopIteration):
                continue
            filled = [f for f in fields if f.strip()]
            if len(fields) >= 2 and filled and all(len(f) <= MAX_FIELD for f in fields) \
                    and not any(f[:1].isspace() for f in fields[1:] if f.strip()) \
                    and not any(_SENTENCE.search(f.strip()) for f in filled):
                found.append(no)
        if found and (best is None or len(found) > len(best[1])):
            best = (d, found)
    return best


# The delimiter as an analyst's warning names it.
class _Names(dict):
    def __missing__(self, d: str) -> str:      # a terminator's character, named as written
        return f"“{d}”"


DELIMITER_NAMES = _Names({",": "逗号", ";": "分号", "\t": "制表符", "|": "竖线"})
# build_sheets' word for a workbook with no block: a delimited file says it in its own terms
_NO_SHEET_CONTENT = "工作簿中没有可读取的内容"


def cut_after_last(recs: list[Record]) -> bool:
    """Whether the writer cut every record after its last filled field (Excel's 'Text' saves: a row
    of three cells where the sheet is eight wide is three fields): the filled records are of several
    widths and none ends in an empty field. A writer that pads gives its short rows empty fields at the
    end (总分,,,,,100,99.30,)."""
    filled = [fields for _, fields in recs if any(f.strip() for f in fields)]
    return len({len(f) for f in filled}) > 1 and all(f[-1].strip() for f in filled)


def _row_names_moved(recs: list[Record]) -> list[Record]:
    """R's write.table with its default row.names = TRUE writes a header of the columns' names only, above
    rows that each open with their row name ("1", "2", …): a header ONE FIELD SHORT of the run below it
    whose first fields count 1, 2, … gets an empty field first, so its names stand over their columns."""
    out = list(recs)
    for i, (line, fields) in enumerate(out[:-1]):
        run = list(takewhile(lambda r: len(r[1]) == len(fields) + 1, out[i + 1:]))
        if len(fields) >= 2 and run and all(r[1][0].strip() == str(n) for n, r in enumerate(run, 1)):
            out[i] = (line, [""] + fields)
    return out


# A statement a database shell echoes before its result (sqlite3 -echo, .echo on; a script's own echo): a SQL
# keyword opening the line, a ';' closing it. It is the command, no record, and it ends the result before it.
_STATEMENT = re.compile(r"^\s*(?:SELECT|WITH|INSERT|UPDATE|DELETE|PRAGMA|VALUES)\b.*;\s*$", re.I | re.S)


def read_delimited(doc: Document, path: str, delimiter: str, recs: list[Record], unclosed: bool) -> None:
    """The records' blocks into doc, each cell located at its record's first source line."""
    echoed = [line for line, fields in recs if _STATEMENT.match(delimiter.join(fields))]
    recs = _row_names_moved([(line, [] if line in echoed else fields) for line, fields in recs])
    sheet = Sheet("")
    line_of: dict[int, int] = {}
    trimmed = cut_after_last(recs)
    r, width, head = 0, 0, 0
    for line, fields in recs:
        # a writer gives every record of a block its width: another width starts another block; a writer
        # that cuts each record after its last filled field gives a block's records the widths of their
        # contents: there a record no wider than the one that opened the block goes on with it
        goes_on = len(fields) == width or (trimmed and 0 < len(fields) <= head)
        r += 1 if goes_on else 2
        head = head if goes_on else len(fields)
        width = len(fields)
        line_of[r] = line
        for c, field in enumerate(fields, 1):
            text = _AS_TEXT.sub(r"\1", field.strip()).strip()
            if text:
                sheet.cells[(r, c)] = (text, None)
    start = len(doc.blocks)
    build_sheets(doc, path, [sheet])
    if len(doc.blocks) == start:
        if doc.warnings and doc.warnings[-1] == _NO_SHEET_CONTENT:
            doc.warnings.pop()
        doc.warnings.append(f"{DELIMITER_NAMES[delimiter]}分隔文件中没有可读取的内容")

    def where(loc):
        row = int(re.sub(r"^[A-Z]+", "", loc.ref.split(":")[0]))
        return dataclasses.replace(loc, sheet=None, ref=None, line=line_of[row])
    for b in doc.blocks[start:]:
        b.loc = where(b.loc)
        for c in getattr(b, "cells", ()):
            c.loc = where(c.loc)
    if echoed:
        doc.warnings.append(f"第{'、'.join(map(str, echoed))}行是数据库命令行回显的 SQL 语句（SELECT …;），不是数据记录，"
                            f"未读取，各语句之后的结果按各自的表格读取，请核对原件")
    if unclosed:
        doc.warnings.append(f"第{recs[-1][0]}行起的带引号字段没有结束引号，其后内容都读入了这一个单元格，请核对原件")
