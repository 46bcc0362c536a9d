"""Tables whose cells show they are no indicator table (issue 21: say what was not read, but only that):
a contents page, a roster of people, a table of parts adding up to its total row (a breakdown, a
budget's 科目 table, a 收支 table), a task list whose only figures are dates, a progress table whose column
runs the sum of another down the rows, a record of targets changed (original and revised targets, no
result); and, of a table whose columns look like indicator rows turned on
their side, a table of things by measures (measures: a column of bare figures each). Such a table is said
once as what it is (said) instead of its rows being named one by one as indicator-like rows left
unread, a warning on rows that are none teaching analysts to pass the warning over. The evidence is
the cells' grammar, never their words; where it is weak the table is not judged and its rows are
named as before.

    what([["一、项目基本情况……", "3"], ["二、资金使用情况……", "3"], ["三、绩效目标完成情况……", "4"]])
        -> "目录（各行末为逐行不减的页码）"
"""
from __future__ import annotations

from decimal import Decimal

import regex as re

from . import columns
from .columns import FIGURE_KINDS
from .indicator_header import _indicator_fields
from .quantity import parse
from jixiao.extract.summary_rows import summary_label
from .vocab import bare, header_field, revised

# A whole number in ASCII digits (str.isdigit takes ① too): a page, a row number, a code.
DIGITS = re.compile(r"^[0-9]+$")
# Dot leaders between a contents line's title and its page: …… or a run of dots.
LEADERS = re.compile(r"(?:…{2,}|[.．·・]{4,})")
# A date or a span of months (2023年6月, 2023年1-12月, 2023年3月-4月, 2023年12月底前): a task's time.
DATE_CELL = re.compile(r"^(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*(?:[-—~至]\s*\d{1,2}\s*)?月(?:份|\s*\d{1,2}\s*[日号])?)?"
                       r"(?:\s*[-—~至]\s*(?:(?:19|20)\d\d\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?"
                       r"(?:底前|以前|之前|前|底|末)?$")
# A person's contact or identity: a mobile number, a fixed line with its area code, an ID card number.
CONTACT = re.compile(r"^(?:1[3-9]\d{9}|0\d{2,3}[-－]?\d{7,8}|\d{17}[\dXx])$")
# A budget subject's code (功能分类 2130122): a class of 3 digits, a section of 5, an item of 7.
SUBJECT_CODE = re.compile(r"^2\d{2}(?:\d{2}){0,2}$")


def what(grid: list[list[str]], doc=None) -> str | None:
    """What the table is where its cells show it is no indicator table, with the evidence, in Chinese
    for the warning; None where they do not (weak evidence keeps the rows named). `doc`: the document,
    whose headings a contents page lists."""
    return _contents(grid, doc) or _roster(grid) or _parts_of_total(grid) or _task_list(grid) or running_total(grid) \
        or revised_targets(grid)


def said(loc, kind: str) -> str:
    """The one warning for a table so judged, by the table's place."""
    return f"{loc.describe()}：本表为{kind}，不是指标表，未读取"


def _filled(grid) -> list[list[str]]:
    return [[bare(x) for x in row if bare(x)] for row in grid if any(bare(x) for x in row)]


def _contents(grid, doc) -> str | None:
    """A contents page: every row a title and, last, a page number (a bare integer), the numbers never
    falling down the rows and rising at least once, no header; and in most rows dot leaders, or a title
    the document has as a paragraph of its own (its heading). An indicator table has a header over its
    points, and its names are no headings of the document."""
    rows = _filled(grid)
    if len(rows) < 3 or any(len(r) < 2 for r in rows):
        return None
    pages = [r[-1].strip(" .．·・…") for r in rows]
    if not all(DIGITS.match(p) and int(p) >= 1 for p in pages):
        return None
    if any(columns.kind(x) in FIGURE_KINDS or columns.kind(x) == "textfig" and not LEADERS.search(x)
           for r in rows for x in r[:-1]):
        return None
    numbers = [int(p) for p in pages]
    if any(b < a for a, b in zip(numbers, numbers[1:])) or numbers[0] == numbers[-1]:
        return None
    headings = {bare(p.text) for p in doc.paragraphs()} if doc is not None else set()
    led = sum(bool(LEADERS.search("".join(r))) or LEADERS.sub("", r[0]) in headings for r in rows)
    return "目录（各行末为逐行不减的页码）" if 2 * led > len(rows) else None


def _roster(grid) -> str | None:
    """A roster of people: a column whose cells under its header are all phone or ID card numbers
    (three rows or more), and no column the header names as a target or a result."""
    head, items = _header_and_items(grid)
    if head is None or len(items) < 3 or {"target", "actual"} & _indicator_fields(head).keys():
        return None
    width = max(len(r) for r in items)
    for c in range(width):
        cells = [bare(r[c]) for r in items if c < len(r) and bare(r[c])]
        if len(cells) == len(items) and all(CONTACT.match(x.replace(" ", "")) for x in cells):
            return "人员名单（有一列为电话或证件号码）"
    return None


def _parts_of_total(grid) -> str | None:
    """Parts of a whole: under a header of labels that names no indicator field, item rows and a last
    row whose figure in each column is the sum of the items' (two columns or more), or an average lying
    within them (户均补助 2.44); a column of the items with no figure in that row holds only whole
    numbers (row numbers, 科目 codes). Its kind from the cells: codes of budget subjects (3/5/7 digits)
    make it a 科目 table, two (label, amount) halves with equal totals a 收支 table, else a breakdown.
    An indicator table's total adds its points, never its targets and results."""
    head, items = _header_and_items(grid)
    if head is None or _indicator_fields(head) or len(items) < 3:
        return None
    total, items = items[-1], items[:-1]
    width = max(len(r) for r in grid)
    sums, codes = [], []
    for c in range(width):
        values = [_number(r, c) for r in items]
        whole = _number(total, c)
        if all(v is None for v in values):
            if whole is not None:
                return None
            continue
        if any(v is None for v in values):
            return None     # figures in some rows only: no column of parts
        if whole is None:
            if not all(DIGITS.match(bare(r[c])) for r in items):
                return None     # a figure the total leaves out (a target, a plan's 1800户): no breakdown
            codes.append(c)
        elif sum(values, Decimal(0)) == whole:
            sums.append(c)
        elif not min(values) <= whole <= max(values):
            return None
    if len(sums) < 2 and not (sums and _one_amount_each(items, total, sums[0])):
        return None
    # a code names one subject a row: a column repeating one whole number (供餐天数 200 | 200) is no code
    if codes and all(SUBJECT_CODE.match(bare(r[c])) for c in codes[:1] for r in items) and \
            len({bare(r[codes[0]]) for r in items}) == len(items):
        return "预算科目表（科目编码列，合计行为各列之和）"
    if len(sums) == 2 and sums[1] - sums[0] >= 2 and _number(total, sums[0]) == _number(total, sums[1]) and \
            all(not _number(r, c - 1) and bare(r[c - 1]) for c in sums for r in items if c >= 1):
        return "收支表（收入、支出两栏各自合计且相等）"
    return "分项明细表（末行为各列之和）"


def _one_amount_each(items, total, c: int) -> bool:
    """A breakdown of one amount a row (963's 支出内容 | 金额; 1014's 附件清单, 序号 | 附件名称 | 页数 | 备注): four
    items or more, each a label and its one figure (beside the row's number and words, a 备注), under them a
    row labelled a total (合计) whose figure is their sum; one column adding up is evidence enough where
    nothing else in the rows is a figure."""
    if len(items) < 4 or summary_label(next((x for x in total if bare(x)), "")) != "total":
        return False
    numbered = int(columns.serial([next((x for x in r if bare(x)), "") for r in items]))   # a row number is no figure
    for r in items:
        cells = [x for x in r if bare(x)][numbered:]
        if sum(columns.kind(x) in FIGURE_KINDS for x in cells) != 1 or _number(r, c) is None or len(cells) < 2:
            return False
    return True


def _task_list(grid) -> str | None:
    """A task list: three rows or more whose only figures are a serial column's row numbers and dates
    (计划完成时间 | 实际完成时间), no weight, score or measured target among them."""
    head, items = _header_and_items(grid)
    if head is None or len(items) < 3:
        return None
    firsts = [next((x for x in r if bare(x)), "") for r in items]
    serial = columns.serial(firsts)
    for r in items:
        cells = [bare(x) for x in r if bare(x)][1 if serial else 0:]
        digits = [x for x in cells if columns.kind(x) in FIGURE_KINDS + ("textfig",) and re.search(r"\d", x)
                  and not columns.name_like(x, columns.kind(x))]
        if not any(DATE_CELL.match(x) for x in cells) or not all(DATE_CELL.match(x) for x in digits) or \
                any(columns.kind(x) in FIGURE_KINDS for x in cells):
            return None
    return "工作任务表（各行数值仅为序号和日期）"


def running_total(grid) -> str | None:
    """A progress table (1016's 季度 | 当季支出 | 累计支出 | 累计执行率): under a header naming no indicator field,
    three period rows or more (a 合计 row under them aside), one column's figure in each row the row above's
    plus that row's figure of another column, positive, the first row's two equal: a running total down the
    rows, which an indicator table's rows, each an indicator of its own, never hold, nor a fund block (its
    first row no project's budget or execution: tables.py reads no fund from it)."""
    head, items = _header_and_items(grid)
    if head is None or _indicator_fields(head):
        return None
    if items and summary_label(next((x for x in items[-1] if bare(x)), "")) == "total":
        items = items[:-1]
    if len(items) < 3:
        return None
    width = max(len(r) for r in items)
    cols = [[_number(r, c) for r in items] for c in range(width)]
    # the rows' numbers (序号 1, 2, 3 beside a 份数 of 1 each: an attachment list) count rows, no total
    serials = {c for c in range(width) if columns.serial([r[c] if c < len(r) else "" for r in items], True)}
    for a, step in enumerate(cols):
        if None in step or min(step) <= 0:
            continue
        for b, run in enumerate(cols):
            if b != a and b not in serials and None not in run and run[0] == step[0] and \
                    all(run[k] == run[k - 1] + step[k] for k in range(1, len(items))):
                return "进度表（有一列为另一列的逐行累计）"
    return None


def revised_targets(grid) -> str | None:
    """A record of targets changed (1089's 绩效目标调整表: 指标名称 | 原目标值 | 调整后目标值 | 调整原因): a header
    naming the target in two columns or more, one of them the revised one (vocab.revised), and no column of a
    result, a weight or a score. Its rows name indicators and hold targets, but no result is read from them:
    the adjusted target beside the original is no actual (the form assessed holds the adjusted one)."""
    head, items = _header_and_items(grid)
    if head is None or not items:
        return None
    own = [header_field(x, set()) for x in head]
    targets = [x for x, f in zip(head, own) if f == "target"]
    if len(targets) < 2 or not any(revised(x) for x in targets) or all(revised(x) for x in targets) or \
            {"actual", "weight", "score"} & set(own):
        return None
    return "绩效目标调整表（表头有原目标值和调整后目标值，无实际完成值、分值和得分）"


# A cell standing for no figure in a column of figures (供餐天数 — on a 合计 row).
NO_FIGURE = re.compile(r"^[—–\-－/／]+$")


def measures(grid) -> str | None:
    """A table of things by measures (1085's 调查对象 | 发放问卷（份） | 有效问卷（份） … | 满意度): under a header of
    labels naming no indicator field, two rows or more each led by a label, every other column a column of
    bare figures in one unit, none or %, no operator (a dash for none), two such columns or more: each column
    one measure the header names, each row one thing measured. An indicator row, read by rows or turned on
    its side, holds a target and a result, which show their operator, their unit or their words in the
    cells. Asked only of a table whose columns would otherwise be named as indicator rows turned on their
    side (normalize.unread_rows): rows read as rows that gave nothing stay named, this evidence being weak
    beside an indicator table whose header went unrecognised."""
    head, items = _header_and_items(grid)
    if head is None or _indicator_fields(head) or len(items) < 2:
        return None
    width = max(len(r) for r in items)
    if any(columns.kind(r[0]) in FIGURE_KINDS or not bare(r[0]) for r in items):
        return None
    measured = 0
    for c in range(1, width):
        cells = [bare(r[c]) for r in items if c < len(r) and bare(r[c]) and not NO_FIGURE.match(bare(r[c]))]
        if not cells:
            continue
        if any(columns.kind(x) not in FIGURE_KINDS for x in cells):
            return None
        qs = [parse(x) for x in cells]
        if any(q.value is None or q.op not in ("", "=") or q.unit not in ("", "%") or q.scale != 1 for q in qs) or \
                len({q.unit for q in qs}) > 1:
            return None
        measured += 1
    return "统计表（首列为各行名称，其余各列为表头所指的同一计量数值）" if measured >= 2 else None


def _header_and_items(grid) -> tuple[list[str] | None, list[list[str]]]:
    """The table's first filled row where it is a header (two labels or more, no figure) and the filled
    rows under it; a first row of one label alone over such a row (1017.pdf's 表1　绩效自评工作组成员, the
    caption printed in the table) is its caption, the header the row under it."""
    rows = [r for r in grid if any(bare(x) for x in r)]
    if len(rows) > 2 and sum(1 for x in rows[0] if bare(x)) == 1 and _a_header(rows[1]):
        rows = rows[1:]
    if not rows or not _a_header(rows[0]):
        return None, []
    return rows[0], rows[1:]


def _a_header(row: list[str]) -> bool:
    """Two labels or more and no figure."""
    return sum(1 for x in row if bare(x)) >= 2 and not any(columns.kind(x) in FIGURE_KINDS for x in row)


def _number(row: list[str], c: int) -> Decimal | None:
    """The value of the row's cell c where it is a bare figure (no unit, no operator), else None."""
    if c >= len(row) or columns.kind(row[c]) not in FIGURE_KINDS:
        return None
    q = parse(bare(row[c]))
    return q.value if q.numeric and q.op in ("", "=") else None
