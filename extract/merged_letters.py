"""Letters of a MAIL MERGE saved as text (Word's 邮件合并 run over a list of records): one letter a record,
each the same template with that record's fields merged into it, the letters one after another, a page
each (a form feed between them). The fields are where the letters differ: the text the letters share
line for line is the template, and each run of a line between two pieces of it is one field, in every
letter. A field is named by the template's words just before it, its clause (…（一级指标： names
一级指标, …年度指标值为 names 年度指标值, the 为 / 是 / colon that leads the value in dropped): the header
grammar reads those names as a table's header cells. The letters are read as that table, a row a
letter, where their body lines were (each row keeping its letter's line); the template's words around the
fields, repeated in every letter, are said once, in a warning. Letters of another template in the same
file (a covering letter, a summary) are read as the text they are.

Evidence: three letters or more in a run whose lines pair one to one, each pair sharing most of its text
(a letter's line against the same line of the run's first), half their lines or more the same word for
word in every letter (the pages of a long table differ in most of their lines), a field in one at least."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

MIN_LETTERS = 3
SIMILAR = 0.5          # a line shares this share of its text with the same line of another letter
MIN_SAME = 0.5         # the share of a letter's lines that are the template's alone, word for word
_HOLE = "\x00"
_BREAKS = r"，,。；;、（(）)“”\"'《》【】\s\u3000"
_CLAUSE_BREAK = re.compile(f"[{_BREAKS}]")
_LEAD = re.compile(r"(?:为|是|[：:])+$")


def _pages(text: str) -> list[list[tuple[int, str]]]:
    pages, no = [], 1
    for page in text.split("\f"):
        lines = []
        for k, line in enumerate(page.split("\n")):
            if line.strip():
                lines.append((no + k, line))
        pages.append(lines)
        no += page.count("\n")
    return pages


def _shared(x: str, y: str) -> float:
    """The share of the shorter line the two lines have in common (a field 无 beside a long reason)."""
    same = sum(size for *_, size in SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks())
    return same / max(1, min(len(x), len(y)))


def _alike(a: list[tuple[int, str]], b: list[tuple[int, str]]) -> bool:
    return len(a) == len(b) and all(x == y or _shared(x, y) >= SIMILAR for (_, x), (_, y) in zip(a, b))


def _template(lines: list[str]) -> list[str]:
    """The line's template across the letters: literal pieces, _HOLE where the letters differ."""
    tpl = lines[0]
    for other in lines[1:]:
        kept, last = [], 0
        for a, _, size in SequenceMatcher(None, tpl, other, autojunk=False).get_matching_blocks():
            if a > last:
                kept.append(_HOLE)
            kept.append(tpl[a:a + size])
            last = a + size
        tpl = re.sub(f"{_HOLE}+", _HOLE, "".join(kept))
    pieces = [p for p in re.split(f"({_HOLE})", tpl) if p]
    # text the letters share between two fields with no break in it (the 0 of ≥20个 / 100% / ≥50人) is
    # the fields' by chance, not the template's: a template parts two fields by words and a break
    merged: list[str] = []
    for p in pieces:
        if p == _HOLE and len(merged) >= 2 and merged[-2] == _HOLE and not re.search(f"[{_BREAKS}：:]", merged[-1]):
            merged.pop()
            continue
        merged.append(p)
    pieces = merged
    # a field runs to its clause's end: the words every letter writes after it before a break (产出|指标，
    # 8|分) are its own (the letters' values share an ending), not the template's
    out: list[str] = []
    for p in pieces:
        if out and out[-1] == _HOLE and p != _HOLE and (m := re.match(f"[^{_BREAKS}]+", p)):
            out[-1] = _HOLE + m.group()
            p = p[m.end():]
            if not p:
                continue
        out.append(p)
    return out


def _label(before: str) -> str:
    """A field's name: the last clause of the template's words before it, its lead (为, a colon) dropped."""
    clauses = [c for c in _CLAUSE_BREAK.split(_LEAD.sub("", before.strip())) if c]
    return _LEAD.sub("", clauses[-1]) if clauses else ""


def merged_letters(text: str) -> tuple[str, list[int], str] | None:
    """(the text with the merged letters as a tab-separated table, each line's source line, what was
    said of it) where the text holds a run of letters of one template with fields; None otherwise."""
    pages = _pages(text)
    if len(pages) < MIN_LETTERS:
        return None
    best: tuple[int, int] | None = None
    k = 0
    while k < len(pages):
        n = 1
        while k + n < len(pages) and pages[k] and _alike(pages[k], pages[k + n]):
            n += 1
        if n >= MIN_LETTERS and (best is None or n > best[1] - best[0]):
            best = (k, k + n)
        k += n
    if best is None:
        return None
    run = pages[best[0]:best[1]]
    fields: list[tuple[int, list[str]]] = []      # (line index, the template's pieces) of lines with fields
    for i in range(len(run[0])):
        lines = [p[i][1] for p in run]
        if len(set(lines)) > 1:
            fields.append((i, _template(lines)))
    if not fields or len(fields) > (1 - MIN_SAME) * len(run[0]):
        return None     # no field, or pages of a table whose rows differ (a letter's template is most of it)
    heads, rows = [], [[] for _ in run]
    for i, pieces in fields:
        # a hole with the words it ends in: (.*?) then those words, inside the field's group
        pattern = "".join(f"(.*?{re.escape(p[1:])})" if p.startswith(_HOLE) else re.escape(p) for p in pieces)
        before = ""
        for p in pieces:
            if p.startswith(_HOLE):
                heads.append(_label(before))
                before = ""
            else:
                before = p
        for r, page in enumerate(run):
            m = re.fullmatch(pattern, page[i][1])
            if m is None:
                return None
            rows[r] += [v.strip() for v in m.groups()]
    out: list[tuple[int, str]] = []
    for k, page in enumerate(pages):
        if k == best[0]:
            out.append((run[0][fields[0][0]][0], "\t".join(heads)))
            out += [(p[fields[0][0]][0], "\t".join(row)) for p, row in zip(run, rows)]
            continue
        if best[0] < k < best[1]:
            continue
        out += ([(page[0][0], "\f")] if out and page else []) + page
    template = "".join(p[1] for p in run[0] if p not in [run[0][i] for i, _ in fields])[:40]
    said = (f"此文件是{len(run)}封按同一模板合并（邮件合并）的信函，已将各封信中不同的部分（合并域）按表格读取，"
            f"每列以其前的模板文字为名（{'、'.join(h for h in heads if h)}），各信相同的模板文字（“{template}…”）未重复读取")
    return "\n".join(t for _, t in out), [no for no, _ in out], said
