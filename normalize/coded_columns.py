"""A table whose header names its columns in codes (a system's field names: yjzb, sjzb, target, fz, zxl):
the names say nothing the header grammar can read, so each column's role is read from what its cells
hold, and the table is read as a view whose header cells say those roles in the words a form writes
(一级指标 …); every cell, the header's included, keeps its place and its location.

An indicator table's columns, in the order a form writes them (the grammar of its rows):
  the levels (a column of level-1 names, one of level-2 names), then the name (the next column of text
  that is no level), then the two values (the next two columns: the one with more bounds ≥ / ≤ the
  target, the other the actual), then the points (the next two columns of numbers: in every row the
  weight no less than the score), then a column of text (the reason for a shortfall), where one follows.
A fund table's columns: a column of fund labels (年度资金总额, 其中：…) read as the fund grammar reads a
row's label, three columns of money (filled for every source), a rate column, two columns of points
(filled for the whole only). Which is which is the arithmetic's: the rate is one money column over
another (executed / full-year budget, to the rate's written places), the third the initial budget; the
score is the weight times the rate.
None where the cells do not show every role so: the table is read as it is, its rows named unread.
Where the columns stand in no such order (a key=value export writes a record's fields in hash order)
or the heads are no codes but words no grammar knows, every head unknown: the roles are the joint
assignment from the cells alone (columns.assign), taken only where the cells show an indicator table.
Either way a warning names each head and the role its cells gave it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.extract.model import Document, Paragraph, Table

from .columns import FIGURE_KINDS, ROLE_CN, assign, kind
from .fund_grammar import FULL_POINTS, FUND_LABEL, FUND_SOURCE, fund_word_field
from .quantity import parse
from .vocab import canonical_level1, canonical_level2, english_head, header_field, header_words

# A code: a name written in Latin letters, digits and the marks a system's field names use, no Han.
CODE = re.compile(r"^[A-Za-z_@$][\w.@$-]*$", re.A)
MIN_ROWS = 2        # a column's role is read from its cells: one row cannot show a column's kind
MIN_CODES = 4       # fewer coded columns are a key and a value or two, no table (the roles below want seven)
MOSTLY = 0.9        # a column shows a role where its filled cells do, but a cell in ten (a level written
                    # in a local word the vocabulary lacks, a reason column's one code) may not
VALUE_KINDS = ("figure", "opfigure", "number", "percent", "textfig", "short", "yesno", "op", "unit")


def _share(cells: list[str], test) -> float:
    filled = [x for x in cells if x.strip()]
    return sum(1 for x in filled if test(x)) / len(filled) if filled else 0.0


def _filled(body: list[list[str]], c: int) -> int:
    return sum(1 for row in body if c < len(row) and row[c].strip())


def _number(text: str) -> Decimal | None:
    q = parse(text.strip())
    return q.value if q.numeric and q.op in ("", "=", None) and q.unit in ("", "%") else None


def coded_view(t: Table) -> tuple[Table, str] | None:
    """The table as a view headed by the roles its cells show, and the warning that says so (the
    evidence: which head was read as which role), or None (see the module's note)."""
    grid = t.grid()
    if len(grid) < 1 + MIN_ROWS:
        return None
    head = grid[0]
    named = [x.strip() for x in head if x.strip()]
    # every column named, but for the first, the rows' labels, which a system may leave unnamed
    if len(named) < MIN_CODES or len(named) < len(head) - (not head[0].strip()):
        return None
    body = grid[1:]
    cols = [[row[c] if c < len(row) else "" for row in body] for c in range(len(head))]
    roles = None
    if all(CODE.match(x) for x in named):
        roles = _indicator_roles(cols) or _fund_roles(cols)
    if roles is None and all(_unknown_head(x) for x in named):
        roles = _content_roles(head, body)
    if roles is None:
        return None
    cells = [replace(c, text=roles[c.col]) if c.row == 0 and c.col in roles else c for c in t.cells]
    said = "、".join(f"第{c + 1}列{'“' + head[c].strip() + '”' if head[c].strip() else '（无列名）'}为{roles[c]}"
                    for c in sorted(roles))
    return replace(t, cells=cells), f"表头各列名称均未识别，按单元格内容推断：{said}，请核对"


def _unknown_head(text: str) -> bool:
    """A head no grammar reads (a code, a made-up or garbled word): no role word of an indicator or a
    fund header, no figure and no level name (a row of values is no head). A system's English field name
    (vocab.ENGLISH_HEADS) is a code here as any other."""
    return header_field(text, set()) is None and fund_word_field(header_words(text)) is None and \
        kind(text) not in ("figure", "opfigure", "number", "percent", "level1", "level2", "yesno", "op")


# A sentence: ten characters or more with a clause mark inside (prose, not a name or a value).
PROSE = re.compile(r"^(?=.{10,}).*[\u4e00-\u9fff].*[，；。,;]")


def _content_roles(head: list[str], body: list[list[str]]) -> dict[int, str] | None:
    """An indicator table's roles where no head names one, in whatever order its columns stand (a
    key=value export in hash order): the roles assigned jointly from the cells (columns.assign:
    levels repeated over runs of rows, operators and figures with units, weights adding up, scores
    never above their weights, prose). Only where the cells show the table is one: a name column,
    a target and a result column of figures, and a column of level names."""
    out, _ = assign([[x] for x in head], body)
    # every row of a form names its indicator: a column blank in most rows (a reason written for the one shortfall,
    # the fits counting its filled cells only) is no name; the roles assigned again without it
    if "level3" in out and _filled(body, out["level3"]) * 2 < len(body):
        sparse = out["level3"]
        out, _ = assign([[x] for x in head], [[x if c != sparse else "" for c, x in enumerate(row)] for row in body])
    if not {"level3", "target", "actual"} <= out.keys() or not {"level1", "level2"} & out.keys():
        return None
    cols = {k: [row[c] if c < len(row) else "" for row in body] for k, c in out.items()}
    levels = [k for k in ("level1", "level2") if k in out]
    if any(_share(cols[k], lambda x: canonical_level1(x) or canonical_level2(x)[0]) < MOSTLY for k in levels) or \
            any(_share(cols[k], lambda x: kind(x) in FIGURE_KINDS + ("textfig",)) < 2 / 3 for k in ("target", "actual")) or \
            _share(cols["level3"], lambda x: kind(x) in ("text", "short", "textfig")) < MOSTLY:
        return None
    # scores never above their weights: where the cells cannot tell the two apart, no guess
    if "weight" in out and "score" in out:
        pairs = [(w, x) for w, x in zip(map(_number, cols["weight"]), map(_number, cols["score"]))
                 if w is not None and x is not None]
        if not pairs or any(w < x for w, x in pairs):
            return None
    # a column of sentences no role took (a reason that cites a month, 受7月下旬…, looks like words
    # with figures to the fits), filled for a shortfall only: the reason
    free = [c for c in range(len(head)) if c not in out.values() and
            _share([row[c] if c < len(row) else "" for row in body], lambda x: PROSE.search(x)) == 1.0]
    if "reason" not in out and len(free) == 1:
        out["reason"] = free[0]
    return {c: ROLE_CN[k] for k, c in out.items()}


def _indicator_roles(cols: list[list[str]]) -> dict[int, str] | None:
    l1 = next((c for c, cells in enumerate(cols) if _share(cells, canonical_level1) >= MOSTLY), None)
    l2 = next((c for c, cells in enumerate(cols) if _share(cells, lambda x: canonical_level2(x)[0]) >= MOSTLY), None)
    if l1 is None or l2 is None or l2 < l1:
        return None
    rest = [c for c in range(l2 + 1, len(cols)) if any(x.strip() for x in cols[c])]
    if len(rest) < 5:      # the name, the two values, the two points
        return None
    name, a, b = rest[0], rest[1], rest[2]
    if _share(cols[name], lambda x: kind(x) in ("text", "short") or kind(x) not in VALUE_KINDS) < MOSTLY:
        return None
    ops = [sum(kind(x) == "opfigure" for x in cols[c]) for c in (a, b)]
    target, actual = (b, a) if ops[1] > ops[0] else (a, b)
    points = [c for c in rest[3:5] if _share(cols[c], lambda x: _number(x) is not None) == 1.0]
    if len(points) != 2:
        return None
    pairs = [(_number(x), _number(y)) for x, y in zip(cols[points[0]], cols[points[1]]) if x.strip() and y.strip()]
    if not pairs:
        return None
    if all(w >= s for w, s in pairs):
        weight, score = points
    elif all(s >= w for w, s in pairs):
        score, weight = points
    else:
        return None
    roles = {l1: "一级指标", l2: "二级指标", name: "三级指标", target: "年度指标值", actual: "实际完成值",
             weight: "分值", score: "得分"}
    if len(rest) > 5 and _share(cols[rest[5]], lambda x: re.search(r"[\u4e00-\u9fff]", x)) >= MOSTLY:
        roles[rest[5]] = "偏差原因分析及改进措施"
    return roles


def _fund_roles(cols: list[list[str]]) -> dict[int, str] | None:

    label = next((c for c, cells in enumerate(cols) if FUND_LABEL.search(cells[0])
                  and _share(cells, lambda x: FUND_LABEL.search(x) or FUND_SOURCE.search(x)) == 1.0), None)
    if label is None:
        # labels in words no fund grammar reads (total | fiscal | other, a system's source codes): the
        # column of words, one a row, beside the figures; the arithmetic below decides whether the
        # figures are a fund's, and the first row, whose points and rate the others lack, is the whole
        label = next((c for c, cells in enumerate(cols) if all(x.strip() for x in cells)
                      and len({x.strip() for x in cells}) == len(cells)
                      and _share(cells, lambda x: kind(x) in ("text", "short", "unit")) == 1.0), None)
    if label is None:
        return None
    numeric = [c for c in range(len(cols)) if c != label and cols[c][0].strip()
               and _share(cols[c], lambda x: _number(x) is not None) == 1.0]
    first = {c: _number(cols[c][0]) for c in numeric}
    rates = [c for c in numeric if cols[c][0].strip().endswith("%")]
    if not rates:
        # a rate written without its % (a program's decimal 97.00): a column written for the whole only whose
        # figure is one of the other columns over another, in per cent, to its written places
        alone = [c for c in numeric if not any(x.strip() for x in cols[c][1:])]
        every = [c for c in numeric if c not in alone]
        rates = [c for c in alone if any(first[f] and abs(first[e] / first[f] * 100 - first[c])
                                         <= parse(cols[c][0].strip()).tolerance
                                         for e in every for f in every if e != f)]
    if len(rates) != 1:
        return None
    rate_col, rate = rates[0], first[rates[0]]
    # money is written for every source, the points and the rate for the whole only (score / weight is
    # the rate too: only the money columns can be the executed and the budget)
    # (a source with no money at all, 其他资金 | | |, a row with no figure, says nothing of the columns)
    figured = [r for r in range(len(cols[label])) if any(cols[c][r].strip() for c in numeric)]
    # (a program printing its zero value for an empty cell writes the points 0 for every part: a column
    # zero in every row but the first is the whole's alone, as an empty one is)
    money = [c for c in numeric if c != rate_col and all(cols[c][r].strip() for r in figured)
             and not (first[c] and all(_number(x) == 0 for x in cols[c][1:]))]
    # the rate is executed / full-year budget, to the rate's written places
    found = [(e, f) for e in money for f in money if e != f and first[f] and
             abs(first[e] / first[f] * 100 - rate) <= parse(cols[rate_col][0].strip()).tolerance]
    if len(found) != 1 or len(cols[0]) < 2:
        return None
    executed, full = found[0]
    initial = [c for c in money if c not in found[0]]
    others = [c for c in numeric if c not in (rate_col, *money)]
    # the score is the weight times the rate, to the score's written places
    points = [(w, s) for w in others for s in others if w != s and first[s] <= first[w]
              and abs(first[w] * rate / 100 - first[s]) <= parse(cols[s][0].strip()).tolerance]
    if len(points) != 1:
        return None
    weight, score = points[0]
    if len(initial) != 1:
        return None
    unit = next((cells[0].strip() for c, cells in enumerate(cols) if c not in numeric and c != label
                 and len({x.strip() for x in cells}) == 1 and kind(cells[0]) == "unit"), "")
    money_head = f"（{unit}）" if unit else ""
    return {label: "项目资金", initial[0]: "年初预算数" + money_head, full: "全年预算数" + money_head,
            executed: "全年执行数" + money_head, rate_col: "执行率", weight: "分值", score: "得分"}


# A record of one written label：value　label：value (xml_tree's line for an element, a log's record).
_PAIR = re.compile(r"^([^：\s]+)：(.*)$")


# The place of an unnamed column (UNNAMED_ROW's labels): no one's word for a field, as a code is none.
UNNAMED = re.compile(r"^第\d+列$")
MIN_UNNAMED_CELLS = 4     # a row of fewer cells is a label and a value or two, no record


def coded_pairs(text: str) -> list[tuple[str, str]]:
    """A line's (label, value) pairs where it is a record whose every label is a code (or a column's place); else []."""
    parts = text.split("\u3000")
    pairs = [m.groups() for part in parts if (m := _PAIR.match(part.strip()))]
    return pairs if len(pairs) == len(parts) and all(CODE.match(k) or UNNAMED.match(k) for k, _ in pairs) else []


_FIGURE = re.compile(r"^[-+]?\d+(?:\.\d+)?%?$")


def english_view(t: Table) -> tuple[Table, str] | None:
    """A table whose head is all codes (coded_view read no roles from its cells), some of them the template's
    English names (vocab.ENGLISH_HEADS), the others heading no figure: its head written in the Chinese words for
    those fields, for the header grammar; and the warning naming them. None otherwise."""
    grid = t.grid()
    if len(grid) < 2:
        return None
    head = [x.strip() for x in grid[0]]
    named = [x for x in head if x]
    if not named or not all(CODE.match(x) for x in named) or not any(english_head(x) for x in named):
        return None
    for c, x in enumerate(head):
        if x and english_head(x) is None and any(c < len(r) and _FIGURE.match(r[c].strip()) for r in grid[1:]):
            return None
    cells = [replace(c, text=english_head(c.text.strip())) if c.row == 0 and english_head(c.text.strip()) else c
             for c in t.cells]
    said = "、".join(f"“{x}”为{english_head(x)}" for x in named if english_head(x))
    return replace(t, cells=cells), f"表头各列名称为英文，按模板的同名字段读取：{said}，请核对"


def english_paragraphs(doc: Document) -> tuple[Document, list[str]]:
    """A record whose labels are field names in codes (a system's export, a log's parameters: label：value pieces
    apart by ideographic spaces, or a run of lines of one such piece each: coded_records), some of them the
    template's English names (vocab.ENGLISH_HEADS): each such label written as the Chinese word for its field, the
    others and every value kept, as the header grammar reads such a name in a table's head; said, naming the
    labels. A figure under a code the vocabulary lacks (Initial: 600 beside Executed: 630.5) leaves the record
    to the figures' reading whole (coded_fund, coded_total): the known names alone would read it in part."""
    blocks, said = list(doc.blocks), []
    at = {id(b): n for n, b in enumerate(blocks) if isinstance(b, Paragraph)}
    for joined, run in coded_records(b for b in blocks if isinstance(b, Paragraph)):
        if coded_total(joined, FULL_POINTS) is not None:
            continue        # a total its figures tell whole (the full points, the score, the grade): theirs
        pairs = [(b, coded_pairs(b.text)) for b in run]
        words = [(k, v, english_head(k)) for _, ps in pairs for k, v in ps]
        if not any(w for _, _, w in words) or any(not w and _FIGURE.match(v.strip()) for _, v, w in words):
            continue
        for b, ps in pairs:
            text = "\u3000".join(f"{english_head(k) or k}：{v}" for k, v in ps)
            blocks[at[id(b)]] = replace(b, text=text)
        said.append(f"{run[0].loc.describe()}：记录的字段名为英文（" + "、".join(k for k, _, w in words if w) +
                    "），已按模板的同名字段（" + "、".join(w for _, _, w in words if w) + "）读取，请核对原件")
    return (replace(doc, blocks=blocks), said) if said else (doc, [])


def labels_said(text: str) -> str:
    """What a warning says of a record's labels, after 记录: codes (xmid, zf), or none at all where they are its
    columns' places (unnamed_rows: a table printed without its head)."""
    if all(UNNAMED.match(k) for k, _ in coded_pairs(text)):
        return "无字段名（表格无表头，按列位置记为第几列）"
    return "的字段名为代码"


def unnamed_rows(blocks) -> list[tuple[str, list]]:
    """The tables of ONE row and no header (a database client printing a query's one row without its column
    names: spark-sql, hive -S) as records whose labels are their columns' places (第3列：2023年X项目), each (its
    pairs as one line, a paragraph a pair at its own cell, as a record run over lines is a paragraph a line: each
    value read keeps the cell it is written in): their values tell what each is, as a record's in codes do
    (coded_name, coded_fund, coded_total)."""
    from jixiao.extract.model import Paragraph, Table
    out = []
    for t in blocks:
        if not isinstance(t, Table) or t.n_rows != 1:
            continue
        cells = sorted((c for c in t.cells if c.text.strip() and "\u3000" not in c.text), key=lambda c: c.col)
        if len(cells) < MIN_UNNAMED_CELLS:
            continue
        pairs = [Paragraph(f"第{c.col + 1}列：{c.text.strip()}", c.loc) for c in cells]
        out.append(("\u3000".join(b.text for b in pairs), pairs))
    return out


def coded_records(paragraphs) -> list[tuple[str, list]]:
    """The records in codes among the paragraphs, each (its pairs as one line, its paragraphs): a line of
    coded pairs, or a run of lines of one coded pair each (a key=value export, a message's fields one a
    line) up to a line that is none (its group's heading: summary, project)."""
    out, run = [], []
    for b in list(paragraphs) + [None]:
        pairs = coded_pairs(b.text) if b is not None else []
        if len(pairs) == 1:
            run.append(b)
            continue
        if run:
            out.append(("\u3000".join(x.text.strip() for x in run), run))
        run = []
        if pairs:
            out.append((b.text, [b]))
    return out


def coded_total(text: str, full_points: Decimal) -> tuple[tuple[str, str], tuple[str, str], tuple[str, str]] | None:
    """A record in codes that is a total by its values (mf：100　zf：98.55　zpdj：优): a grade word alone,
    the full points, and one other number no greater than them (the score); other fields (an id) may
    stand beside them, no other number under the full points. ((label, full), (label, score), (label,
    grade)) as written, or None."""
    from .vocab import GRADE_WORDS

    if len(pairs := coded_pairs(text)) < 3:
        return None
    grades = [(k, v) for k, v in pairs if v.strip() in GRADE_WORDS]
    numbers = [(k, v, n) for k, v in pairs if (n := _number(v)) is not None and not v.strip().endswith("%")]
    full = [(k, v) for k, v, n in numbers if n == full_points]
    under = [(k, v) for k, v, n in numbers if 0 <= n < full_points]
    if len(grades) != 1 or len(full) != 1 or len(under) != 1:
        return None
    return full[0], under[0], grades[0]


# A project's name by its shape: one phrase (no space, no clause mark) ending in 项目; 2 to 60
# characters, as the names of the forms run (a longer run is a clause that lost its marks).
NAME_SHAPE = re.compile(r"^[^\s，,。；;：:、！？!?（）()]{2,60}项目$")


def coded_fund(text: str) -> list[tuple[str, str]] | None:
    """A record in codes that is a fund by its values (Initial：700　Adjusted：750　Executed：720　Weight：10
    Rate：96.00%　Score：9.6): its rate (fund_rate) is one of its figures over another, to the rate's written
    places; its (label, value) figures, the rate among them; else None. Which figure is which no label tells."""
    figures = [(k, v.strip()) for k, v in coded_pairs(text) if _number(v.strip()) is not None]
    if fund_rate(figures) is None or len(figures) < 4:
        return None
    return figures


def fund_rate(figures: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The rate among a coded fund record's (label, value) figures: its one percentage where it is one of the
    other figures over another, to its written places; where none is written with % (an API's number,
    executionRate：98), the ONE figure that is so, the smaller over the larger, over two figures neither of which
    is such a figure itself (the fund's points are its score over the rate too: 10 = 9.8 / 98); else None."""
    def witnesses(r: tuple[str, str], bare: bool = False) -> list[tuple[tuple[str, str], tuple[str, str]]]:
        rate, tol = _number(r[1]), parse(r[1]).tolerance
        money = [x for x in figures if x != r and not x[1].endswith("%")]
        return [(e, f) for e in money for f in money if e is not f and _number(f[1])
                and not (bare and _number(e[1]) > _number(f[1]))
                and abs(_number(e[1]) / _number(f[1]) * 100 - rate) <= tol]
    rates = [(k, v) for k, v in figures if v.endswith("%")]
    if rates:
        return rates[0] if len(rates) == 1 and witnesses(rates[0]) else None
    told = {r: w for r in figures if (w := witnesses(r, bare=True))}
    found = [r for r, w in told.items() if any(e not in told and f not in told for e, f in w)]
    return found[0] if len(found) == 1 else None


def coded_name(text: str) -> str | None:
    """A record in codes (xmid：41052　xmmc：2023年X项目　zgbm：X局) whose one value is a project's name by
    its shape (NAME_SHAPE): that name, where no label can say which field is the name; else None."""
    if len(pairs := coded_pairs(text)) < 2:
        return None
    names = [v.strip() for _, v in pairs if NAME_SHAPE.match(v.strip())]
    return names[0] if len(names) == 1 else None
