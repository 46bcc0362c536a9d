"""A system's records written as text: a log of logfmt lines (time=… msg=… key=value, a value quoted
where it holds a space or a quote), a log of JSON lines (one object a line), or an SQL dump (CREATE TABLE
with each column's COMMENT, an INSERT per row or per batch of rows). Each is one more way into the tree
an XML export gives (extract/xml_tree.py): a record is an element, its fields leaf elements, and
records of one kind in a run are the rows of a table headed by their fields' names.

- logfmt and JSON lines: a record's fields are its keys (a JSON object inside a record opens no table:
  its members are the record's fields; a list of objects is a table of its own, its header their keys).
  The fields every record of a log carries (its envelope: when, how severe, which job), where records
  differ in their other fields, are the log's, not the report's: no cell. Consecutive records whose other
  fields are mostly the same (two or more, two thirds of the smaller set) are one kind: a table's rows, a field one
  record lacks an empty cell; a record of another kind between them (a warning about the row above) is
  read after the table.
- SQL: a table's rows are its INSERTs' tuples; a column is headed by its COMMENT where the dump keeps
  one (a system's columns are named in codes: the COMMENT is what the column means; inline as MySQL writes it
  or a COMMENT ON COLUMN statement as Oracle's and PostgreSQL's exports write it), else by its name;
  the table's own COMMENT is its caption. NULL is an empty cell; a number keeps its written places.
- An SQL*LOADER control file with its data inline (LOAD DATA … INFILE * … BEGINDATA): each INTO TABLE clause
  names its columns in order (a FILLER column takes a field and is no cell's), how fields part (FIELDS
  TERMINATED BY 'c' OPTIONALLY ENCLOSED BY 'q', the clause's or the file's) and which records are its (WHEN
  (a:b) = 'XX': the record's characters a to b); the data lines after BEGINDATA are the rows of the clause they
  answer to, their fields its columns in order, a line stopping early (TRAILING NULLCOLS) empty in the rest. A
  line no clause takes, or with more fields than its clause's columns, is left unread and named.

Every cell keeps the source line its record starts on.
"""
from __future__ import annotations

import json
import re

from .top_level import split_top
from .xml_tree import _Element

MIN_RECORDS = 3       # a log is lines of records: fewer are a few key=value lines, no export
SIMILAR = 2 / 3       # the share of the smaller field set two records of one kind have in common
MAX_BETWEEN = 2       # records of another kind set after a table they cut

_LOGFMT_PAIR = re.compile(r'\s*([^\s="]+)=("(?:[^"\\]|\\.)*"|[^\s"]*)(?=\s|$)')


def parse(text: str, unread: list[tuple[int, int]] | None = None) -> _Element | None:
    """The text's record tree, or None where it is no log of logfmt or JSON lines and no SQL dump.
    `unread` gets the first and last lines of records that could not be read (a JSON line cut short, a
    logfmt line with a quote left open, an INSERT whose values break off, all after an open quote with
    it): the rest is read, the caller names them."""
    unread = [] if unread is None else unread
    for read in (_logfmt, _json_lines, _syslog):
        if (records := read(text, unread)) is not None:
            return _log_tree(records)
    return _sql_tree(text, unread) or _loader_tree(text, unread)


def _logfmt_line(line: str) -> dict[str, str] | None:
    pairs, pos = {}, 0
    while pos < len(line.rstrip()):
        m = _LOGFMT_PAIR.match(line, pos)
        if not m:
            return None
        value = m.group(2)
        if value.startswith('"'):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        pairs[m.group(1)] = value
        pos = m.end()
    return pairs if len(pairs) >= 2 else None


def _logfmt(text: str, unread: list[tuple[int, int]]) -> list[tuple[int, dict]] | None:
    """Every line that holds text a logfmt record (two key=value pairs or more), MIN_RECORDS or more;
    a line that opens as the first record does (its first key=) but breaks off is a record unread."""
    out, bad = [], []
    for no, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if (pairs := _logfmt_line(line.strip())) is not None:
                out.append((no, pairs))
            elif out and line.strip().startswith(next(iter(out[0][1])) + "="):
                bad.append(no)
            else:
                return None
    return _log_records(out, bad, MIN_RECORDS, unread)


# RFC 5424's syslog line: <PRI>VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID, then the STRUCTURED DATA ('-' or
# one [SD-ID name="value" …] element after another, a value escaping " \\ ] with a backslash), then the MSG (a BOM
# may open it). The structured data is what a system logs its records in: an element's parameters are a record's
# fields, the MSGID its kind.
_SYSLOG_HEAD = re.compile(r"^<\d{1,3}>\d{1,2} (\S+) (\S+) (\S+) (\S+) (\S+) ")
_SD_ELEMENT = re.compile(r'\[([^\s\]="]+)((?:\s+[^\s\]="]+="(?:[^"\\]|\\.)*")*)\s*\]')
_SD_PARAM = re.compile(r'([^\s\]="]+)="((?:[^"\\]|\\.)*)"')


def _syslog_line(line: str) -> dict[str, str] | None:
    """An RFC 5424 line's record: its MSGID (msgid), every structured-data parameter (named by the
    parameter, or by element.parameter where two elements name one alike) and its MSG (msg); None where the
    line is no such line."""
    if not (m := _SYSLOG_HEAD.match(line)):
        return None
    pos, fields = m.end(), {"msgid": m.group(5)}
    if line.startswith("-", pos):
        pos += 1
    else:
        while (e := _SD_ELEMENT.match(line, pos)) is not None:
            for p in _SD_PARAM.finditer(e.group(2)):
                name = p.group(1) if p.group(1) not in fields else f"{e.group(1).split('@')[0]}.{p.group(1)}"
                fields[name] = re.sub(r"\\(.)", r"\1", p.group(2))
            pos = e.end()
        if pos == m.end():
            return None
    msg = line[pos:].strip().lstrip("\ufeff").strip()
    if msg:
        fields["msg"] = msg
    return fields


def _syslog(text: str, unread: list[tuple[int, int]]) -> list[tuple[int, dict]] | None:
    """Every line that holds text an RFC 5424 syslog line, MIN_RECORDS or more, one at least with structured
    data; a line that opens as one (<PRI>VERSION …) but breaks off is a record unread."""
    out, bad = [], []
    for no, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if (fields := _syslog_line(line.strip().lstrip("\ufeff"))) is not None:
                out.append((no, fields))
            elif re.match(r"^\s*<\d{1,3}>\d", line):
                bad.append(no)
            else:
                return None
    if not any(set(f) - {"msgid", "msg"} for _, f in out):
        return None
    return _log_records(out, bad, MIN_RECORDS, unread)


def _json_lines(text: str, unread: list[tuple[int, int]]) -> list[tuple[int, dict]] | None:
    """Every line that holds text one JSON object (decoded by json: its \\uXXXX escapes are characters),
    two or more (one object alone is a JSON document, text_reader's _json_members); a line that opens
    an object but is no JSON (cut short) is a record unread."""
    out, bad = [], []
    for no, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if not line.lstrip().startswith("{"):
                return None
            try:
                obj = json.loads(line, parse_float=str)     # a number keeps its written places (650.00)
            except (ValueError, RecursionError):    # cut short, or nested past the decoder's depth
                bad.append(no)
                continue
            if not isinstance(obj, dict):
                return None
            out.append((no, obj))
    return _log_records(out, bad, 2, unread)


def _log_records(records: list, bad: list[int], least: int, unread: list[tuple[int, int]]) -> list | None:
    """The log's records where they are `least` or more and outnumber the lines that broke off (a log
    with a line cut is still a log; a text most of whose lines break off is none), those lines unread."""
    if len(records) < least or len(bad) >= len(records):
        return None
    unread += [(no, no) for no in bad]
    return records


def _scalar(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _flat(obj: dict, tables: list[tuple[str, list[dict]]], prefix: str = "") -> dict[str, str]:
    """A JSON record's fields: its members, an object's members its own (named with the object's name
    where a name is taken), a list of scalars one field; a list of objects a table set aside."""
    out: dict[str, str] = {}
    for key, value in obj.items():
        if isinstance(value, dict):
            for k, v in _flat(value, tables, f"{key}.").items():
                out[k if k not in out and k not in obj else f"{key}.{k}"] = v
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            tables.append((prefix + key, value))
        elif isinstance(value, list):
            out[key] = "、".join(_scalar(v) for v in value)
        else:
            out[key] = _scalar(value)
    return out


def _log_tree(records: list[tuple[int, dict]]) -> _Element:
    flat: list[tuple[int, dict[str, str], list]] = []
    for no, rec in records:
        tables: list = []
        fields = {k: v for k, v in _flat(rec, tables).items()}
        flat.append((no, fields, tables))
    keys = [set(f) for _, f, _ in flat]
    common = set.intersection(*keys)
    envelope = common if any(k != common for k in keys) else set()
    root = _Element("", {}, 1)
    own = [(no, {k: v for k, v in f.items() if k not in envelope}, t) for no, f, t in flat]
    # an envelope field whose values recur (level=info / warning, msg=绩效指标 / 指标未完成年度目标: few values
    # over many records, unlike a time) names each record's kind: a warning that repeats a row's fields is no row
    named = [k for k in envelope if 2 * len({f[k] for _, f, _ in flat}) <= len(flat)]
    kinds = {no: tuple(f[k] for k in sorted(named)) for no, f, _ in flat}
    for run in _runs(own, kinds):
        union = list(dict.fromkeys(k for _, f, _ in run for k in f))
        if len(run) == 1 and not run[0][2] and not run[0][1]:
            continue        # a record of nothing but the envelope (a log's 'submitted' line): no cell
        if len(run) == 1 and not run[0][2] and run[0][1]:
            root.children.append(_alone(_record(run[0][0], run[0][1])))
            continue
        # a run in an element of its own: the records beside it are no total of its rows (xml_tree._total_of)
        group = _Element("", {}, run[0][0])
        for no, fields, tables in run:
            el = _record(no, {k: fields.get(k, "") for k in union})
            el.children += [_list_table(name, items, no) for name, items in tables]
            group.children.append(el)
        root.children.append(group)
    return root


def _list_table(name: str, items: list[dict], no: int) -> _Element:
    """A list of objects: an element of the list's name holding a row element per object, each with
    every key the list's objects name (an empty cell where one lacks it)."""
    rows = [_flat(item, []) for item in items]
    union = list(dict.fromkeys(k for r in rows for k in r))
    el = _Element(name, {}, no)
    el.children = [_record(no, {k: r.get(k, "") for k in union}) for r in rows]
    return el


def _alike(a: set, b: set) -> bool:
    """Records of one kind: two fields or more in common, two thirds of the smaller set's (a record with
    a field more, the shortfall's reason, or fewer, the parts' rows without a score, is still one)."""
    return len(a & b) >= max(2, SIMILAR * min(len(a), len(b)))


def _runs(records: list, kinds: dict | None = None) -> list[list]:
    """The records in runs of one kind, in order; a record of another kind that cuts a run (up to
    MAX_BETWEEN of them, the run going on after) set after the run. `kinds`: each record's kind as its
    envelope names it (by its line), records of two kinds never one run however alike their fields."""
    kinds = kinds or {}

    def _similar(a, b):     # noqa: F811 (the fields' likeness, and the kind the envelope names)
        return kinds.get(a[0]) == kinds.get(b[0]) and _alike(set(a[1]), set(b[1]))
    out: list[list] = []
    i = 0
    while i < len(records):
        run, first, aside = [records[i]], records[i], []
        j = i + 1
        while j < len(records):
            if _similar(first, records[j]) and not records[i][2] and not records[j][2]:
                run.append(records[j])
                j += 1
                continue
            cut = next((k for k in range(j + 1, min(j + 1 + MAX_BETWEEN, len(records)))
                        if _similar(first, records[k]) and not records[k][2]), None)
            if len(run) < 2 or cut is None:
                break
            aside += records[j:cut]
            j = cut
        out.append(run)
        out += [[r] for r in aside]
        i = j
    return out


# SQL: comments, and the statements a dump's tables are written with.
# (SQL*Plus's REM / REMARK lines, which Oracle's export tools write above a table's INSERTs, are comments too)
_SQL_COMMENT = re.compile(r"--[^\n]*|/\*.*?\*/|#[^\n]*|(?m:^[ \t]*REM(?:ARK)?\b[^\n]*)", re.S)
_SQL_STATEMENT = re.compile(r"^\s*(?:SET|DROP|CREATE|INSERT|LOCK|UNLOCK|USE|ALTER|BEGIN|COMMIT|START|REPLACE|COMMENT)\b", re.I)
_IDENT = r"(?:`([^`]+)`|\"([^\"]+)\"|\[([^\]]+)\]|([\w$]+))"
_CREATE = re.compile(rf"^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:{_IDENT}\.)?{_IDENT}\s*\((.*)\)(.*)$", re.I | re.S)
_INSERT = re.compile(rf"^\s*(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\s+(?:{_IDENT}\.)?{_IDENT}\s*(\([^)]*\))?\s*VALUES\s*(.*)$",
                     re.I | re.S)
_COLUMN = re.compile(rf"^\s*{_IDENT}\s+\w")
# Oracle's and PostgreSQL's way to keep what a column or a table means: a statement of its own after the CREATE
# (COMMENT ON COLUMN "S"."T"."C" IS '序号';), the name dotted (schema, table, column)
_COMMENT_ON = re.compile(rf"^\s*COMMENT\s+ON\s+(COLUMN|TABLE)\s+((?:{_IDENT}\s*\.\s*)*{_IDENT})\s+IS\s+'((?:[^']|'')*)'\s*$",
                         re.I | re.S)
_IDENT_ONE = re.compile(_IDENT)
_COMMENT_OF = re.compile(r"\bCOMMENT\s*=?\s*'((?:[^'\\]|\\.|'')*)'", re.I)
_KEYWORD_DEF = re.compile(r"^\s*(?:PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|FULLTEXT|CHECK)\b", re.I)
_SQL_VALUE = re.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|(NULL)|([-+]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(\w+))\s*(,|\))", re.I | re.S)


def _ident(groups) -> str:
    return next(g for g in groups if g is not None)


def _unescape(text: str) -> str:
    text = text.replace("''", "'")
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "", "0": ""}.get(m.group(1), m.group(1)), text)


def _statements(text: str) -> list[tuple[int, str, str]]:
    """The text's statements: (the line each starts on, it with its comments and strings masked, it as written)."""
    body = _SQL_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), _quoted_apart(text))
    out, start, quote = [], 0, False
    for k, ch in enumerate(body):
        if ch == "'" and (k == 0 or body[k - 1] != "\\"):
            quote = not quote
        elif ch == ";" and not quote:
            if text[start:k].strip():
                out.append(_statement(text, body, start, k))
            start = k + 1
    if text[start:].strip() and _SQL_COMMENT.sub("", text[start:]).strip():
        out.append(_statement(text, body, start, len(text)))     # the last, no ; after it (a dump cut short)
    return out


def _statement(text: str, body: str, start: int, end: int) -> tuple[int, str, str]:
    """(the line its first word stands on, it masked, it as written from that word: the blank lines and
    comments before it, which the dump writes between statements, are none of its lines)."""
    masked = body[start:end]
    lead = len(masked) - len(masked.lstrip())
    return text.count("\n", 0, start + lead) + 1, masked[lead:], text[start + lead:end]


def _quoted_apart(text: str) -> str:
    """The text with its quoted strings' content masked (a -- or ; inside a string is no comment nor end)."""
    return re.sub(r"'(?:[^'\\]|\\.|'')*'", lambda m: "'" + re.sub(r"[^\n]", "x", m.group()[1:-1]) + "'", text)


def _sql_tree(text: str, unread: list[tuple[int, int]]) -> _Element | None:
    """An SQL dump's tables: None where a statement is none a dump writes or no INSERT gives a row; an
    INSERT whose values break off (a dump cut short) or do not fit its columns is left unread."""
    if not re.search(r"\bINSERT\s+INTO\b", text, re.I):
        return None
    columns: dict[str, list[tuple[str, str]]] = {}
    captions: dict[str, str] = {}
    tables: dict[str, _Element] = {}
    root = _Element("", {}, 1)
    for no, masked, stmt in _statements(text):
        if not masked.strip():
            continue
        if not _SQL_STATEMENT.match(masked):
            return None
        if (m := _CREATE.match(stmt)):
            name = _ident(m.groups()[4:8])
            columns[name] = _columns(m.group(9))
            if (c := _COMMENT_OF.search(m.group(10))):
                captions[name] = _unescape(c.group(1))
        elif (m := _COMMENT_ON.match(stmt)):
            dotted = [_ident(i.groups()) for i in _IDENT_ONE.finditer(m.group(2))]
            said = m.group(m.lastindex).replace("''", "'").strip()
            if m.group(1).upper() == "TABLE" and said:
                captions[dotted[-1]] = said
            elif len(dotted) >= 2 and said:
                known = columns.setdefault(dotted[-2], [])
                at = next((k for k, (c, _) in enumerate(known) if c == dotted[-1]), None)
                if at is None:
                    known.append((dotted[-1], said))
                else:
                    known[at] = (dotted[-1], said)
        elif (m := _INSERT.match(stmt)):
            name = _ident(m.groups()[4:8])
            named = [x.strip().strip("`\"[]") for x in m.group(9)[1:-1].split(",")] if m.group(9) else None
            known = dict(columns.get(name, []))
            heads = [known.get(c) or c for c in named] if named else [h for _, h in columns.get(name, [])]
            rows = _tuples(m.group(10), no + stmt[:stmt.upper().find("VALUES")].count("\n"))
            if rows is None or not heads or any(len(r) != len(heads) for _, r in rows):
                unread.append((no, no + stmt.strip().count("\n")))
                continue
            if name not in tables:
                tables[name] = _Element(captions.get(name, name), {}, no)
                root.children.append(tables[name])
            for line, values in rows:
                tables[name].children.append(_record(line, dict(zip(heads, values))))
    for table in tables.values():
        if len(table.children) == 1:     # a record alone: its fields on its line, as the dump wrote them
            table.children = [_alone(table.children[0])]
    return root if tables else None


_LOADER = re.compile(r"^\s*LOAD\s+DATA\b", re.I | re.M)
_BEGINDATA = re.compile(r"^[ \t]*BEGINDATA[ \t]*$", re.I | re.M)
_INTO = re.compile(rf"\bINTO\s+TABLE\s+(?:{_IDENT}\.)?{_IDENT}", re.I)
_WHEN = re.compile(r"\bWHEN\s*\(\s*(\d+)\s*:\s*(\d+)\s*\)\s*=\s*'([^']*)'", re.I)
_OTHER_WHEN = re.compile(r"\bWHEN\b", re.I)
_TERMINATED = re.compile(r"\bFIELDS\s+TERMINATED\s+BY\s+'([^']+)'(?:\s+(?:OPTIONALLY\s+)?ENCLOSED\s+BY\s+'([^']+)')?", re.I)
_LOADER_COLUMN = re.compile(rf"^\s*{_IDENT}(.*)$", re.S)


def _loader_fields(line: str, sep: str, quote: str | None) -> list[str]:
    """A data line's fields apart by sep, a field enclosed in quote (doubled inside) taken whole."""
    out, k = [], 0
    while True:
        if quote and line.startswith(quote, k):
            end, val = k + len(quote), []
            while True:
                j = line.find(quote, end)
                if j < 0:
                    val.append(line[end:])
                    k = len(line)
                    break
                if line.startswith(quote * 2, j):
                    val.append(line[end:j] + quote)
                    end = j + 2 * len(quote)
                    continue
                val.append(line[end:j])
                k = j + len(quote)
                break
            out.append("".join(val))
            j = line.find(sep, k)
            if j < 0:
                return out
            k = j + len(sep)
            continue
        j = line.find(sep, k)
        if j < 0:
            out.append(line[k:].strip())
            return out
        out.append(line[k:j].strip())
        k = j + len(sep)


def _loader_tree(text: str, unread: list[tuple[int, int]]) -> _Element | None:
    """An SQL*Loader control file's inline data as tables, one per INTO TABLE clause (module doc); None where the
    text is no such file or no clause names its columns."""
    if not _LOADER.search(text) or not (begin := _BEGINDATA.search(text)):
        return None
    control = _SQL_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text[:begin.start()])
    intos = list(_INTO.finditer(control))
    if not intos:
        return None
    default = _TERMINATED.search(control[:intos[0].start()])
    clauses = []
    for k, m in enumerate(intos):
        body = control[m.end():intos[k + 1].start() if k + 1 < len(intos) else len(control)]
        open_ = body.find("(", _WHEN.search(body).end() if _WHEN.search(body) else 0)
        parts = split_top(body[open_ + 1:body.rfind(")")]) if open_ >= 0 else []
        cols = []
        for part in parts:
            c = _LOADER_COLUMN.match(part)
            if not c:
                continue
            filler = re.search(r"\bFILLER\b", c.group(5), re.I) is not None
            cols.append(None if filler else _ident(c.groups()[:4]))
        when = _WHEN.search(body[:open_] if open_ >= 0 else body)
        if when is None and _OTHER_WHEN.search(body[:open_] if open_ >= 0 else body):
            when = False     # a condition on a field's value: which records it takes is not read
        how = _TERMINATED.search(body) or default
        if not any(cols) or how is None:
            continue
        clauses.append((_ident(m.groups()[4:8]), when, how.group(1), how.group(2), cols))
    if not clauses:
        return None
    root = _Element("", {}, 1)
    tables: dict[str, _Element] = {}
    first = text.count("\n", 0, begin.end()) + 2     # the line after BEGINDATA's
    for no, line in enumerate(text[begin.end():].split("\n")[1:], first):
        if not line.strip():
            continue
        clause = next((c for c in clauses if c[1] is None or c[1] and
                       line[int(c[1].group(1)) - 1:int(c[1].group(2))] == c[1].group(3)), None)
        if clause is None:
            unread.append((no, no))
            continue
        name, _, sep, quote, cols = clause
        values = _loader_fields(line.rstrip("\r"), sep, quote)
        if len(values) > len(cols):
            unread.append((no, no))
            continue
        values += [""] * (len(cols) - len(values))
        if name not in tables:
            tables[name] = _Element(name, {}, no)
            root.children.append(tables[name])
        tables[name].children.append(_record(no, {c: v for c, v in zip(cols, values) if c is not None}))
    for table in tables.values():
        if len(table.children) == 1:
            table.children = [_alone(table.children[0])]
    return root if tables else None


def _record(line: int, fields: dict[str, str]) -> _Element:
    return _Element("", {}, line, children=[_Element(k, {}, line, v) for k, v in fields.items()])


def _alone(el: _Element) -> _Element:
    """A record of no table: one line naming its fields (label：value　label：value), as a form writes
    a record's values on one line and xml_tree writes an element's attributes after its value."""
    first, *rest = el.children
    return _Element(first.tag, {c.tag: c.text for c in rest}, el.line, first.text)


def _columns(defs: str) -> list[tuple[str, str]]:
    """CREATE TABLE's columns: (name, header), the header the column's COMMENT where it has one."""
    out = []
    for part in split_top(defs):
        if _KEYWORD_DEF.match(part) or not (m := _COLUMN.match(part)):
            continue
        name = _ident(m.groups())
        c = _COMMENT_OF.search(part)
        out.append((name, _unescape(c.group(1)).strip() if c and c.group(1).strip() else name))
    return out


def _tuples(values: str, line: int) -> list[tuple[int, list[str]]] | None:
    """VALUES (…), (…): each tuple's values (a string unescaped, NULL empty, a number as written) with
    the line it starts on; None where the grammar does not hold."""
    out, pos = [], 0
    while True:
        m = re.compile(r"\s*\(").match(values, pos)
        if not m:
            break
        start_line = line + values.count("\n", 0, m.end())
        pos, row = m.end(), []
        while True:
            v = _SQL_VALUE.match(values, pos)
            if not v:
                return None
            s, null, num, word = v.group(1), v.group(2), v.group(3), v.group(4)
            row.append(_unescape(s) if s is not None else "" if null else num if num is not None else word)
            pos = v.end()
            if v.group(5) == ")":
                break
        out.append((start_line, row))
        m = re.compile(r"\s*,").match(values, pos)
        if not m:
            break
        pos = m.end()
    return out if out and not values[pos:].strip() else None


# A line wholly of `name=value` items a blank apart, a value possibly empty (a blank field prints nothing after
# its '='): a statistics program's list output of named fields (SAS's PUT (_ALL_) (=) in the log).
_PAIR_ITEM = r"\w+=[^\s=]*"
_PAIR_LINE = re.compile(rf"{_PAIR_ITEM}(?: {_PAIR_ITEM})*")
MIN_PUT_ROWS = 3    # records of the same names: a table's rows


def _put_item_pairs(line: str) -> list[tuple[str, str]]:
    return [tuple(item.split("=", 1)) for item in line.split(" ") if item]


def put_records(text: str) -> tuple[str, list[int], str] | None:
    """(the text with its runs of `name=value` records rewritten, each line's source line, what was said) where
    the text holds, among other lines (a program's log: notes, numbered source lines), runs of lines wholly of
    `name=value` items, and one such run is a table: MIN_PUT_ROWS records or more with the same names in the same
    order, three names or more. A record starts on a line opening with its run's first name; a line opening with
    another name continues the record above (the list output wraps at the line size: an item that does not fit
    starts the next line). A run of records with the same names becomes a tab-separated table (the names its
    header, an empty value an empty cell); a lone record its `name：value` lines. None otherwise (a file wholly of
    such lines is a logfmt log, record_text.parse's)."""
    lines = text.split("\n")
    pair = [bool(ln.strip()) and _PAIR_LINE.fullmatch(ln.strip()) is not None for ln in lines]
    if not any(pair) or all(p or not ln.strip() for p, ln in zip(pair, lines)):
        return None
    runs: list[tuple[int, int, list[tuple[int, list[tuple[str, str]]]]]] = []   # (first, end, records)
    k = 0
    while k < len(lines):
        if not pair[k]:
            k += 1
            continue
        start, first = k, _put_item_pairs(lines[k].strip())[0][0]
        recs: list[tuple[int, list[tuple[str, str]]]] = []
        while k < len(lines) and pair[k]:
            items = _put_item_pairs(lines[k].strip())
            if items[0][0] == first or not recs:
                recs.append((k + 1, items))
            else:
                recs[-1][1].extend(items)
            k += 1
        runs.append((start, k, recs))
    tables = [r for r in runs if len(r[2]) >= MIN_PUT_ROWS and len(r[2][0][1]) >= 3 and
              len({tuple(n for n, _ in items) for _, items in r[2]}) == 1]
    if not tables:
        return None
    # a run holding a lone item (a = b typed in a note) is no list output: its lines stay as they are
    runs = [r for r in runs if all(len(items) >= 2 for _, items in r[2])]
    out: list[tuple[int, str]] = []
    k = 0
    n_rows, n_lone = 0, 0
    for start, end, recs in runs:
        out += [(no, lines[no - 1]) for no in range(k + 1, start + 1)]
        if (start, end, recs) in tables:
            out.append((recs[0][0], "\t".join(n for n, _ in recs[0][1])))
            out += [(no, "\t".join(v for _, v in items)) for no, items in recs]
            n_rows += len(recs)
        else:
            for no, items in recs:
                out += [(no, f"{n}：{v}") for n, v in items]
                n_lone += 1
        k = end
    out += [(no, lines[no - 1]) for no in range(k + 1, len(lines) + 1)]
    said = (f"此文件中有{sum(len(r[2]) for r in runs)}条“名称=值”记录（一条记录可跨行续写），"
            f"{len(tables)}段同名记录已按表格读取（共{n_rows}行）" + (f"，其余{n_lone}条按“名称：值”读取" if n_lone else ""))
    return "\n".join(t for _, t in out), [no for no, _ in out], said
