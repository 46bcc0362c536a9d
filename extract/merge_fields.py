"""A Word mail merge's records left as live fields (邮件合并 > 目录 merged to a new document, the fields never
unlinked, 1912): each record a paragraph of MERGEFIELD fields, the page showing their results (the values)
apart by spaces or a dash, the column names ONLY in the fields' instructions (MERGEFIELD 年度指标值). A run of
such paragraphs is the data source's table: its header the field names in the order they first appear, a row
per paragraph, each result in its field's column (a group line's fields, 一级指标——二级指标, a row of its own,
as a stepped report writes its level rows).

    records(paragraphs)  ->  {first paragraph: [[names…], [results…], …], each other paragraph: None}
"""
from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MERGEFIELD = re.compile(r'^\s*MERGEFIELD\s+(?:"([^"]+)"|(\S+))', re.I)
# What may stand between a record's fields: spaces and the marks that part values (a dash, a bar, a colon).
BETWEEN = re.compile(r"^[\s\u3000\-—–‐·•:：|｜/／、，,;；]*$")
MIN_RECORDS = 3   # paragraphs: fewer are a letter's merged name and address, not a table


def _fields(p) -> list[tuple[str, str]] | None:
    """The paragraph's MERGEFIELD fields as (name, result), where it holds two or more and nothing between
    them but spaces and parting marks; None otherwise (a sentence with a merged value in it is prose)."""
    out: list[tuple[str, str]] = []
    outside: list[str] = []
    depth, state, instr, result = 0, "", [], []
    for el in p.iter(W + "fldChar", W + "instrText", W + "t", W + "tab", W + "fldSimple"):
        if el.tag == W + "fldSimple":
            m = MERGEFIELD.match(el.get(W + "instr") or "")
            if m is None:
                return None
            out.append((m.group(1) or m.group(2), "".join(t.text or "" for t in el.iter(W + "t"))))
            continue
        if el.tag == W + "fldChar":
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                depth += 1
                if depth == 1:
                    state, instr, result = "instr", [], []
            elif kind == "separate" and depth == 1:
                state = "result"
            elif kind == "end":
                depth -= 1
                if depth == 0:
                    m = MERGEFIELD.match("".join(instr))
                    if m is None:
                        return None
                    out.append((m.group(1) or m.group(2), "".join(result)))
                    state = ""
            continue
        if any(a.tag == W + "fldSimple" for a in el.iterancestors()):
            continue
        text = "\t" if el.tag == W + "tab" else (el.text or "")
        if el.tag == W + "instrText":
            if depth == 1 and state == "instr":
                instr.append(text)
        elif depth and state == "result":
            result.append(text)
        elif not depth:
            outside.append(text)
    return out if len(out) >= 2 and BETWEEN.match("".join(outside)) else None


def records(paragraphs) -> dict:
    """{the run's first paragraph: its table (header row of field names, a row per paragraph), each other
    paragraph of the run: None} for each run of MIN_RECORDS or more consecutive paragraphs of merge fields
    in which some field stands in two paragraphs or more (the same column, record after record)."""
    found: dict = {}
    run: list = []
    for p in list(paragraphs) + [None]:
        fields = _fields(p) if p is not None and p.tag == W + "p" else None
        if fields is not None:
            run.append((p, fields))
            continue
        names = [n for _, fs in run for n, _ in fs]
        if len(run) >= MIN_RECORDS and len(set(names)) < len(names):
            heads = list(dict.fromkeys(names))
            grid = [heads]
            for _, fs in run:
                row = [""] * len(heads)
                for n, v in fs:
                    k = heads.index(n)
                    row[k] = f"{row[k]} {v}".strip() if row[k] else v.strip()
                grid.append(row)
            found.update((q, None) for q, _ in run)
            found[run[0][0]] = grid
        run = []
    return found
