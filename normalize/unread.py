"""What a document leaves unread, counted and named in one place (say_unread): every reader that
finds a row it gives no record of calls it, so documents.csv's unread_rows counts the row once and
the warnings name it once, by its place and first cells, whichever reader found it first.

The findings beyond a table's indicator-like rows (unread_rows.UnreadRows.count_unread) are here too, the
counting only, never the reading. Each finding is a row (or a cell) the reader gave no record of its
own, so documents.csv's unread_rows and the warnings name it rather than pass it over in silence:

- a stacked cell: one record whose name cell holds several numbered indicators (1.X⏎2.Y) with as
  many lines in a value cell: the indicators after the first have no record;
- a table of weights / scores alone (序号 | 分值 | 得分 | 扣分原因): its header names a weight or a
  score column and no name, level, target or actual column, and no record took a figure from it;
- indicators down the columns of a table nothing was read from (a page turned or mirrored, 207.pdf):
  three or more columns that each look like an indicator row (a name and a figure).
- a scored form of which no indicator row was read at all, its 总分 beyond its fund's points
  (say_indicators_missing): the table missing from the file as read, counted one row unread.

And the rows the reader rightly leaves out, so they are not counted: money rows under a header
that gives their columns a money unit (预算数（万元） | 执行数（万元）), a fund row repeated in the
indicator table (资金执行率 | 10 | 9.9 with the project's fund weight and score read already),
criteria with their points in pairs (考核节点进度完成率 | 10分 | 项目采购节约率 | 10分), and a row
whose every figure a project field was read from (a title block's labels with the 自评得分 total
under its header: 省级财政部门 | …厅 | 省级主管部门 | …厅 | 100).
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex as re

from . import columns, other_tables
from .columns import FIGURE_KINDS
from .cued_lines import card_cells
from .fund_grammar import FUND_LABEL, FUND_SOURCE, MONEY_FIELDS, fund_word_field
from .quantity import parse, plain
from .records import DocRecords, Figure, Indicator, Project
from .subjects import level3_key
from jixiao.extract import Document
from jixiao.extract.summary_rows import summary_label
from .vocab import bare, canonical_level1, header_field

# An item's number opening a line of a stacked cell: 1. 2、 （3）; not a decimal (1.5万).
ITEM_NUMBER = re.compile(r"^\s*(?:(\d+)\s*[、.．](?!\d)|[（(]\s*(\d+)\s*[)）])")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Header words that give a column a money unit: 预算数（万元）, 执行数(元).
MONEY_HEAD = re.compile(r"[（(]\s*(?:万元|元|亿元|千元)\s*[)）]")
# A fund label (资金执行率, 年度资金总额): the fund component's row, not an indicator.
FUND_WORD = re.compile(r"资金|预算|执行率")
# Fields that give a row its indicator (a name, a level, what was aimed at or done).
NAME_FIELDS = {"level1", "level2", "level3", "target", "actual"}
# A subtotal written with the block's name before it (指标小计, 绩效指标合计): a sum, not an indicator.
SUBTOTAL = re.compile(r"^(?:绩效)?(?:指标)?(?:小计|合计|总计|总分)")
# A word after a level-1 name that makes the row its block's sum (产出指标 汇总, an Excel pivot's subtotal;
# 效益指标小计): the level-1 name before it is the block (block_level).
_BLOCK_SUM = re.compile(r"(?:汇总|小计|合计|总计)$")


def stacked_items(ind: Indicator) -> int:
    """How many numbered indicators a record's stacked name cell holds beyond the first: its lines
    each open with the next number from 1, and a value cell of the record (target, actual, weight
    or score) has as many lines. 0 for a record of one indicator."""
    lines = [x for x in (ind.level3 or "").split("\n") if x.strip()]
    if len(lines) < 2:
        return 0
    numbers = [ITEM_NUMBER.match(x) for x in lines]
    if not all(numbers) or [int(m.group(1) or m.group(2)) for m in numbers] != list(range(1, len(lines) + 1)):
        return 0
    # a PDF may run a value cell's lines together (≥90%≥85%): as many figures as items then
    values = [f.raw or "" for f in (ind.target, ind.actual, ind.weight, ind.score) if f is not None]
    if not any(len([x for x in v.split("\n") if x.strip()]) == len(lines) or len(NUMBER.findall(v)) == len(lines)
               for v in values):
        return 0
    return len(lines) - 1


def nameless_values(row: list[str]) -> str:
    """The cells of an indicator table's row that lost its name (10次 | 12次 | 8: a target, a result and
    a score, the name cell gone in OCR, flattened text or a merged cell lost in conversion), joined
    for the warning naming it; '' for any other row. Its filled cells are all figures, two or more,
    one a measure (a figure with its unit or operator, or a percent): a target or a result, not a
    label-less total's or a column-number row's bare points. No name is guessed for it: it is
    counted unread and named."""
    cells = [bare(x) for x in row if bare(x)]
    kinds = [columns.kind(x) for x in cells]
    if len(cells) < 2 or any(k not in FIGURE_KINDS for k in kinds) or \
            not any(k in ("figure", "opfigure", "percent") for k in kinds):
        return ""
    return row_text(row)


def row_like(cells: list[str]) -> bool:
    """A row under an indicator header that is an indicator's, read or not: a name and a figure
    (columns.indicator_like), or its values alone where its name was lost (nameless_values)."""
    return columns.indicator_like(cells) or bool(nameless_values(cells))


def rightly_left(grid: list[list[str]], r: int, project: Project | None) -> bool:
    """A row that looks like an indicator row but is none, so its having no record is right: a
    subtotal named after its block, money under a money header, or the project's fund row again."""
    row = grid[r]
    first = next((bare(x) for x in row if bare(x)), "")
    if SUBTOTAL.match(first):
        return True
    if _criteria_pairs(row):
        return True
    figures = [(c, x) for c, x in enumerate(row) if columns.kind(x) in FIGURE_KINDS]
    head = _header_above(grid, r)
    if head is not None and figures and all(c < len(head) and MONEY_HEAD.search(head[c] or "") for c, _ in figures):
        return True
    if project is not None and FUND_WORD.search(first) and len(figures) >= 2:
        fund = {f.q.value for f in (project.fund_weight, project.fund_score, project.exec_rate_stated)
                if f is not None and f.q.value is not None}
        return bool(fund) and all(parse(bare(x)).value in fund for _, x in figures)
    return False


def point_parts(grid: list[list[str]], r: int, records: list[Indicator]) -> bool:
    """A row of a read record's parts (评价要点 | 要点分值 | 要点得分 on the rows under a 三级 row): the row
    lies in the run of rows below the record's row, none a record's, whose figures in one column add
    up, with the record row's own, to the record's weight, and in another to its score. Its figures
    are the record's points split, no indicator left unread."""
    above = [i for i in records if i.loc.row < r and i.weight is not None and i.weight.value is not None]
    if not above:
        return False
    rec = max(above, key=lambda i: i.loc.row)
    k, rows = rec.loc.row, {i.loc.row for i in records}
    own = {f.loc.col for f in (rec.weight, rec.score) if f is not None}

    def parts(c: int, whole: Decimal) -> bool:
        run = []
        for j in range(k + 1, len(grid)):
            q = parse(bare(grid[j][c])) if c < len(grid[j]) else None
            if j in rows or q is None or not q.numeric or q.value is None:
                break
            run.append(q.value)
        head = parse(bare(grid[k][c])) if c < len(grid[k]) else None
        return k + len(run) >= r and head is not None and head.numeric and head.value is not None \
            and head.value + sum(run, Decimal(0)) == whole
    cols = [c for c in range(len(grid[k])) if c not in own]
    if not any(parts(c, rec.weight.value) for c in cols):
        return False
    return rec.score is None or rec.score.value is not None and any(parts(c, rec.score.value) for c in cols)


def block_total(row: list[str], indicators: list[Indicator]) -> bool:
    """A row of a level-1 block's points (汇总: 项目决策 | 20 | 19.50 | 97.50%): its label is a level-1
    name, and its figures hold the sum of the weights of the records read under that level 1 and the
    sum of their scores. A total of rows read, no indicator left unread."""
    level = block_level(next((bare(x) for x in row if bare(x)), ""))
    block = [i for i in indicators if level is not None and i.level1 == level]
    if not block or any(i.weight is None or i.weight.value is None for i in block):
        return False
    values = {q.value for x in row if columns.kind(x) in FIGURE_KINDS and (q := parse(bare(x))).value is not None}
    scores = [i.score.value for i in block if i.score is not None and i.score.value is not None]
    return sum((i.weight.value for i in block), Decimal(0)) in values and \
        (len(scores) < len(block) or sum(scores, Decimal(0)) in values)


def block_sum(label: str) -> str | None:
    """The level 1 a sum row's label names: a level-1 name then a sum word (产出指标 汇总, 效益指标小计),
    canonical; None for any other label, a bare level-1 name too. Such a row heads no section (满意度指标
    汇总 names no level 2 of 满意度's)."""
    label = bare(label)
    stem = _BLOCK_SUM.sub("", label)
    return canonical_level1(stem) if stem != label else None


def block_level(label: str) -> str | None:
    """The level 1 a row's label names as a block (项目决策, or a sum row's: block_sum), canonical; None
    for any other label. Only block_total's figures make the row a sum."""
    return canonical_level1(bare(label)) or block_sum(label)


def read_into_projects(row: list[str], r: int, table: int, projects: list[Project]) -> bool:
    """Every figure cell of the row is a cell some project field was read from (its records' own
    places, not the row's words): the row gave its values to the project, it is no indicator left
    unread."""
    figures = [c for c, x in enumerate(row) if columns.kind(x) in FIGURE_KINDS]
    if not figures:
        return False
    taken = {f.loc.col for p in projects for f in vars(p).values()
             if isinstance(f, Figure) and f.loc.table == table and f.loc.row == r}
    return all(c in taken for c in figures)


def restated_points(row: list[str], table: int, projects: list[Project]) -> bool:
    """A row naming a record read from another table, or the fund's rate, whose every figure is that
    record's (or the fund's) weight or score: a 评分细则 after the form restating names and points (961:
    产出指标 | 维修养护农村供水工程 | 8 | 完成目标值得满分…, 预算执行 | 预算执行率 | 10 | …), no indicator
    left unread. The evidence is the name and the points agreeing, not the table's words."""
    figures = [parse(bare(x)).value for x in row if columns.kind(x) in FIGURE_KINDS]
    texts = [bare(x) for x in row if bare(x) and columns.kind(x) not in FIGURE_KINDS]
    if not figures or None in figures or not texts:
        return False
    keys = {level3_key(x) for x in texts}
    for p in projects:
        points = [{f.value for f in (i.weight, i.score) if f is not None and f.value is not None}
                  for i in p.indicators if i.loc is not None and i.loc.table != table and i.level3_key in keys]
        if any(fund_word_field(x) == "exec_rate_stated" for x in texts):
            points.append({f.value for f in (p.fund_weight, p.fund_score) if f is not None and f.value is not None})
        if any(all(v in mine for v in figures) for mine in points):
            return True
    return False


def _criteria_pairs(row: list[str]) -> bool:
    """Two or more names each followed by its points (考核节点进度完成率 | 10分 | 项目采购节约率 | 10分),
    after a section label or none: an evaluation's criteria and their points, not an indicator row
    (one name, its values)."""
    cells = [bare(x) for x in row if bare(x)]
    if len(cells) % 2:
        cells = cells[1:]
    pairs = list(zip(cells[::2], cells[1::2]))
    return len(pairs) >= 2 and all(columns.kind(n) not in FIGURE_KINDS and columns.kind(p) in FIGURE_KINDS
                                   and parse(p).unit == "分" for n, p in pairs)


def _header_above(grid: list[list[str]], r: int) -> list[str] | None:
    """The nearest row above with two or more labels and no figure: the header of this row's block."""
    for k in range(r - 1, -1, -1):
        texts = [bare(x) for x in grid[k] if bare(x)]
        if len(texts) >= 2 and not any(columns.kind(x) in FIGURE_KINDS for x in grid[k]):
            return grid[k]
    return None


def score_rows(grid: list[list[str]]) -> list[int]:
    """The rows of a table of weights / scores alone: under a header naming a weight or score
    column and no column that names the indicator, each row with a figure in such a column (not
    its total row). The caller counts them where no record took a figure from the table."""
    for h, head in enumerate(grid):
        fields = {f: c for c, x in enumerate(head) if (f := header_field(x or "", set())) is not None}
        if not {"weight", "score"} & fields.keys() or NAME_FIELDS & fields.keys():
            continue
        if any(columns.kind(x) in FIGURE_KINDS for x in head):
            continue
        cols = [fields[f] for f in ("weight", "score") if f in fields]
        rows = [r for r in range(h + 1, len(grid))
                if any(c < len(grid[r]) and columns.kind(grid[r][c]) in FIGURE_KINDS for c in cols)
                and not SUBTOTAL.match(next((bare(x) for x in grid[r] if bare(x)), ""))]
        return rows if len(rows) >= 2 else []
    return []


def bare_points(grid: list[list[str]], totals: set[Decimal]) -> list[int]:
    """The rows of a table of bare points with no header (8 | 7.52 | 持续低温…: a grid printed beside
    the indicator grid, its 分值 / 得分 head left with the other): two rows or more whose leading
    cells are figures, in the same columns on every row, with at most words after them (a reason),
    and the cells' evidence that they are weights and scores: each row's last figure not above the
    one before it (a score never exceeds its weight) or a column adding up to one of the points
    stated (`totals`). A last row whose first figure is at least the sum of those above is a total
    (100 | 99.32 | 自评等级：优), not a row. The caller counts them where an indicator table's weights
    and scores were left empty."""
    rows = [r for r, row in enumerate(grid) if any(bare(x) for x in row)]
    figures = [[parse(bare(x)).value if columns.kind(x) in FIGURE_KINDS else None for x in grid[r]] for r in rows]
    width = min((next((c for c, v in enumerate(row) if v is None), len(row)) for row in figures), default=0)
    if len(rows) < 2 or not width or any(v is not None for row in figures for v in row[width:]):
        return []
    values = [row[:width] for row in figures]
    if len(rows) > 2 and values[-1][0] >= sum((row[0] for row in values[:-1]), Decimal(0)):
        rows, values = rows[:-1], values[:-1]     # the total row
    paired = width >= 2 and all(row[width - 1] <= row[width - 2] for row in values)
    summed = any(sum((row[c] for row in values), Decimal(0)) in totals for c in range(width))
    return rows if paired or summed else []


def indicator_columns(grid: list[list[str]]) -> list[int]:
    """The columns that each look like an indicator row (a name and a figure), where three or more
    do: the rows of the table's transpose. The caller counts them where the table gave nothing."""
    width = max((len(row) for row in grid), default=0)
    cols = [c for c in range(width) if columns.indicator_like(col := [row[c] if c < len(row) else "" for row in grid])
            and not _field_headed(col)]
    return cols if len(cols) >= 3 else []


def _field_headed(cells: list[str]) -> bool:
    """A column whose first cell names a field (分值, 得分, 年度指标值 …) is a column of that field under
    its header (839's 绩效自评得分情况: 分值｜10｜50｜30), not an indicator row turned on its side."""
    first = next((x.strip() for x in cells if x and x.strip()), "")
    return header_field(first, set()) is not None


# Cells of a line of text: split by pipes or bars where it has two or more, else by runs of spaces.
_BARS = re.compile(r"[|｜│]")
_SPACES = re.compile(r"(?: {2,}|\u3000+|\t)")
# A line of markup (an XML or HTML export: <名称>X</名称>, <指标 分值="8">): its cells are the texts
# between its tags and its attributes' values, the names of its elements and attributes their labels.
# A forum's table code shown as text (BBCode: [tr][td=1,6]产出指标[/td][td]…[/td][/tr]) is markup so too.
_MARKUP_LINE = re.compile(r"^\s*<[^<>]+>.*$|^.*<[^<>]+>\s*$|^\s*\[/?t[rdh](?:=[^\]]*)?\].*\[/?t[rdh]\]")
_TAG = re.compile(r"<[^<>]*>|\[/?(?:table|t[rdh])(?:=[^\]]*)?\]")
_ATTR_VALUE = re.compile(r"=\s*\"([^\"]*)\"|=\s*'([^']*)'")
NAME_HEADS = {"level1", "level2", "level3"}
MIN_HEADS = 3


def _cells(text: str) -> list[str]:
    if _MARKUP_LINE.match(text):     # <指标 序号="1" 分值="8">, <名称>X</名称>: its values and texts
        parts = [a or b for a, b in _ATTR_VALUE.findall(text)] + _TAG.split(text)
    else:
        parts = _BARS.split(text) if len(_BARS.findall(text)) >= 2 else _SPACES.split(text)
    return [x.strip() for x in parts if x.strip()]


def code_lines(doc) -> list:
    """The lines of a table's cells that are markup (a forum's table code shown as text and printed in a post's
    box: [tr][td]产出指标[/td]…[/tr]; an export's <指标>…</指标>), each a Paragraph at its cell's place and line:
    a table's row written as code, which a cell holds as its text and no table reader reads."""
    from jixiao.extract import Paragraph
    return [Paragraph(x, replace(c.loc, line=k + 1)) for _, c in doc.iter_cells()
            for k, x in enumerate(c.text.split("\n")) if _MARKUP_LINE.match(x) and len(_cells(x)) >= 2]


def _indicator_head(cells: list[str]) -> bool:
    """The header of an indicator table: three or more cells naming its fields, one of them a level."""
    fields = {f for x in cells if (f := header_field(x, set())) is not None}
    return len(fields) >= MIN_HEADS and bool(fields & NAME_HEADS)


# A form's label: a few Han characters, no figure, no sign (联系人, 实有人数); its value has no operator or percent.
_FORM_LABEL = re.compile(r"^\p{Han}{2,8}$")
_SIGNED = re.compile(r"[≥≤≧≦><＞＜=＝%％]")


def label_pairs(cells: list[str]) -> bool:
    """Whether a row is a form's labels each followed by its value, two pairs or more (007's 基本概况:
    联系人 | 吴俊 | 联络电话 | 8690022; 人员编制 | 21 | 实有人数 | 21): every other cell a label naming no
    field of an indicator table and no level, the cell after it a value with no operator or percent.
    An indicator row names its indicator once and then gives figures, not label, figure, label, figure."""
    if len(cells) < 4 or len(cells) % 2:
        return False
    labels, values = cells[0::2], cells[1::2]
    return all(_FORM_LABEL.match(x) and header_field(x, set()) is None and canonical_level1(x) is None
               for x in labels) and not any(_SIGNED.search(x) or _FORM_LABEL.match(x) and header_field(x, set())
                                            for x in values)


# An identifier: twelve digits or more, capital letters perhaps among them (a 项目代码 500105231000012375, a 统一社会
# 信用代码, an account number), with no point, sign or unit: no measure, weight or score is written so.
_IDENTIFIER = re.compile(r"^(?=(?:[A-Z]*\d){12})[0-9A-Z]{12,}$")


def identifiers_only(cells: list[str]) -> bool:
    """Whether the row is a form's labels and codes alone: its figures all identifiers (_IDENTIFIER), its other
    cells labels (_FORM_LABEL). A head's 项目代码 | 500105231000012375 has a name and what reads as a number, and
    is no indicator row; a line holding a code among other words (an export's project line P | 5227012300… |
    2023年…项目 | …) is not passed by this."""
    filled = [bare(x) for x in cells if bare(x)]
    figures = [x for x in filled if columns.kind(x) in FIGURE_KINDS]
    return bool(figures) and all(_IDENTIFIER.match(x) for x in figures) and \
        all(_FORM_LABEL.match(x) for x in filled if x not in figures)


def _looks(cells: list[str]) -> bool | None:
    """False for an indicator-like row (a name and a figure), True for an indicator table's header,
    None for neither. A line with a label before its colon (有效性: | 有效, 预算编码: | 906017) is a
    form's label and value, no indicator row, and so is a row of labels each followed by its value
    (label_pairs: 人员编制 | 21 | 实有人数 | 21) or a label and a code (identifiers_only)."""
    if any(x.endswith((":", "：")) for x in cells) or label_pairs(cells) or identifiers_only(cells):
        return None
    if columns.indicator_like(cells):
        return False
    return True if _indicator_head(cells) else None


def _unheaded(grid: list[list[str]], r: int) -> bool:
    """No header stands above the row, or one naming an indicator table's fields: a row with a name
    and a figure under a header of other labels (序号 | 学校性质 | 培训机构 | 培训人数) is a roster's."""
    head = _header_above(grid, r)
    return head is None or _indicator_head([x.strip() for x in head if x.strip()])


# An indicator table's header run together in one paragraph with no mark between its cells (034, a document
# site's text: …一级指标二级指标三级指标年初目标值()实际完成值()得分…): the two level fields, the name's or not,
# then within a few words a target's field and a result's. Glued: no space between the level fields (a header
# printed with its cells apart is a printed row's header, read with the rows under or above it: say_printed_rows).
GLUED_HEAD = re.compile(r"一级指标二级指标(?:三级指标)?[^。；;！？]{0,30}?(?:目标值|指标值)[^。；;！？]{0,20}?"
                        r"(?:实际完成值|实际完成|完成值|实际值)")
# A level label inside the words that run on after such a header (…产出指标数量国家奖学金人数…成本指标国家…): a
# few Han characters closed by 指标; bracketed words (效益指标(分), a note 因全校总人数减少…) are dropped first.
_RUN_LABEL = re.compile(r"\p{Han}{0,4}指标")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def run_on_rows(rest: str) -> int:
    """The rows that must stand in the words run on after an indicator table's header on its own line
    (034: the whole table one line, its figures stripped): the names cannot be parted, but every level
    label (…指标) followed by words of its own (two Han characters or more before the next label, words in
    brackets not counted) holds one row at least. A lower bound, never the count: 0 where no label is followed so."""
    parts = _RUN_LABEL.split(_BRACKETED.sub("", rest))[1:]      # the words before the first label are the header's own
    return sum(len(_HAN2.findall(x)) > 0 for x in parts)



# A scan's indicator row whose cells OCR ran together so far that its points run into one figure too (1356.scan:
# 新建晾晒大棚≥60座63座88): a name, then an operator and a figure (its target), then more figures.
_GLUED_TARGET = re.compile(r"\p{Han}{2,}\s*[≥≤><]\s*\d[\d.]*\S{0,4}?\s*\d")
# Such a row with no operator (a deadline, 项目完成时间2023年10月31日前2023年10月26日66; words, 持续完善持续完善88):
# a name first, no sentence's or label's mark, its points run on to the last value's last character (two
# figures or more, or one with its decimals), or the weight and the score a gap apart after it (100%100% 8 8).
_GLUED_POINTS = re.compile(r"^\s*\p{Han}{4,}[^。；;，,：:！？\s]*?[^\d\s.]\s?(?:\d{2,4}|\d{1,3}\.\d{1,2}|\d{1,3}\s\d{1,3}(?:\.\d{1,2})?)\s*$")
# A scan's header whose cells OCR ran together and which lost a character or gained a gap as well (级指标二级指标
# 三级指标年度指标值实际完成值分值得分: the 一 lost): a target's field, then a result's within a few characters.
_RUN_HEAD = re.compile(r"(?:目标值|指标值)[^。；;！？，,：:]{0,6}?(?:实际完成值|实际完成|完成值|实际值)")


# One header line run together on a scan, from a level field (its 一 / 二 / 三 perhaps lost, its characters perhaps
# spaced) to the first 得分 within a header's length: where rows and headers run together, what lies between is a row.
_HEAD_SPAN = re.compile(r"(?:[一二三]\s*)?级\s*指\s*标[^。；;！？，,：:]{0,40}?得\s*分")


def glued_row(text: str) -> bool:
    """A scan's line of one piece under a header run together that reads as an indicator row OCR ran together:
    a name and a target with its operator and more figures (_GLUED_TARGET), or a name and a value its points ran
    on to (_GLUED_POINTS); a fund's line is none."""
    return len(_cells(text)) == 1 and (_GLUED_TARGET.search(text) or _GLUED_POINTS.match(text)) is not None \
        and not FUND_WORD.search(text)


def run_head(text: str) -> bool:
    """A scan's line holding an indicator table's header whose cells OCR ran together (GLUED_HEAD, or _RUN_HEAD
    where OCR lost a character of its level fields)."""
    return GLUED_HEAD.search(text) is not None or _RUN_HEAD.search(text) is not None


def silent_rows(blocks: list, ocr: bool = False) -> list[tuple[object, str, bool]]:
    """The lines of a document that look like an indicator table's (location, cells, a header?): a
    paragraph split into cells that holds a name and a figure, or names three fields of an indicator
    table; a table row so, a row with a name and a figure only under no header or an indicator
    table's (_unheaded); a run of one-cell paragraphs that names three fields (a header written a
    cell per line); a paragraph holding a header whose cells ran together (GLUED_HEAD). For a document nothing was read from, so its lines are not passed over in silence.
    `ocr`: the lines are a scan's, where OCR may run a row's cells together as it ran its header's: under a
    header so run together, a line of one piece holding a name, a target with its operator and more figures
    (_GLUED_TARGET) is a row too.
    A header's `head` is True, or where its rows run on in its own line (034) the least number of them
    (run_on_rows), an int: said as a least count (unread_line, say_silent_rows)."""
    from jixiao.extract import Paragraph, Table
    out: list[tuple[object, str, bool]] = []
    run: list = []

    def head_run():
        fields = [p for p in run if header_field(p.text.strip(), set()) is not None]
        if len(fields) >= MIN_HEADS and _indicator_head([p.text for p in fields]):
            out.append((run[0].loc, "｜".join(p.text.strip() for p in run), True))
        run.clear()

    glued = False   # under a header whose cells ran together, on a scan
    for b in blocks:
        if isinstance(b, Paragraph) and (m := GLUED_HEAD.search(b.text)) is not None:
            head_run()
            # a header whose cells ran together: its table unread; where its rows run on in the same line, those
            # rows cannot be told apart, and the labels among them give the least count (run_on_rows)
            out.append((b.loc, m.group(0), run_on_rows(b.text[m.end():]) or True))
            glued = ocr
            continue
        if glued and isinstance(b, Paragraph) and glued_row(b.text):
            out.append((b.loc, b.text.strip(), False))
            continue
        if ocr and isinstance(b, Paragraph) and _RUN_HEAD.search(b.text) and len(_cells(b.text)) == 1:
            head_run()
            out.append((b.loc, b.text.strip(), True))
            glued = True
            continue
        glued = glued and isinstance(b, Paragraph)
        if isinstance(b, Paragraph) and len(cells := _cells(b.text)) == 1 and header_field(cells[0], set()):
            run.append(b)
            continue
        head_run()
        if isinstance(b, Table):
            rows, grid = b.rows(), b.grid()
            for r, row in enumerate(grid):
                cells = [x.strip() for x in row if x.strip()]
                if rows[r] and (found := _looks(cells)) is not None and (found or _unheaded(grid, r)):
                    out.append((replace(rows[r][0].loc, col=None), "｜".join(cells), found))
        elif isinstance(b, Paragraph) and len(cells := _cells(b.text)) >= 2 and (found := _looks(cells)) is not None:
            out.append((b.loc, "｜".join(cells), found))
    head_run()
    return out


def row_text(cells, limit: int = 60) -> str:
    """A row's filled cells as a warning quotes them (a｜b｜c), bare and cut to `limit` characters: how
    every reader names a row it leaves unread or asks about."""
    return "｜".join(bare(x) for x in cells if bare(x))[:limit]


def unread_line(loc, cells: str, head: bool = False) -> str:
    """The warning naming a line that looks like an indicator table's and was not read: by its
    place and its cells (a header's, the rows under it unread, where `head`). One wording for every
    reader that names such a line (the table reader's count, the silent-document checks)."""
    if head is not True and head:       # an int: the rows run on after the header, that many at least
        return f"{loc.describe()}：像指标表表头，其后各行连成一行未读取，行数不明（按其中{head}组层级标签下的文字计，至少{head}行）（{cells}）"
    return f"{loc.describe()}：" + (f"像指标表表头，其下各行未读取（{cells}）" if head else f"像指标行但未读取（{cells}）")


def say_unread(recs, warning: str | None, n: int = 1, owner=None, at=None) -> bool:
    """The one place a finding left unread is counted and named: `n` indicators more in the document's
    unread_rows and in its project's rows_unread (`owner`, so no sum of the project is checked as if
    read whole), `warning` naming them (None where the extract reader named them already). A row is
    one row whichever reader finds it: at its place (`at`, the row's Location, no column) it is counted
    and named once, a second finding dropped. False where it was."""
    if at is not None:
        if at in recs.unread_at:
            return False
        recs.unread_at.add(at)
    if warning:
        recs.warnings.append(warning)
    recs.unread_rows += n
    if owner is not None:
        owner.rows_unread += n
    return True


def say_silent(recs, silent) -> None:
    """Tables flattened into paragraphs or told in sentences that gave no row, (first block, rows,
    the warning naming them) as their readers found them: counted unread, for the document's first
    project."""
    for _, n, warning in silent:
        say_unread(recs, warning, n, recs.projects[0] if recs.projects else None)


def say_silent_rows(recs, rows: list[tuple[object, str, bool]]) -> None:
    """silent_rows' lines counted in the document's unread_rows and each named (unread_line), by their
    place: a place said already is passed over, but lines that share one place here are each a row
    (the lines OCR read into one cell of a scan's frame: normalize._silent_scan_rows)."""
    said = set(recs.unread_at)
    for loc, cells, head in rows:
        if loc not in said:
            least = head if head is not True and head else 0
            if say_unread(recs, unread_line(loc, cells, head), least or 1, at=None if loc in recs.unread_at else loc):
                recs.unread_least = recs.unread_least or bool(least)


# A line printed from an indicator row: its words one space apart, the last two the row's points.
_POINTS = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
_HAN2 = re.compile(r"\p{Han}{2,}")
_DIGIT = re.compile(r"\d")
# A scan's indicator row whose cells OCR ran together: a name, a target (an operator, a figure and its
# unit), a result, then the weight and the score.
_FIGURE_RUN = r"\d+(?:\.\d+)?(?:%|\p{Han}{1,3})?"
_GLUED_ROW = re.compile(rf"(?P<name>\p{{Han}}{{2,}})\s*[≥≤><]\s*{_FIGURE_RUN}\s*{_FIGURE_RUN}\s*"
                        r"(?P<weight>\d{1,3})\s+(?P<score>\d{1,3}(?:\.\d{1,2})?)(?![\d.])")


def say_printed_rows(doc, recs) -> None:
    """Paragraphs that read as an indicator row printed as a line of words, in a document whose
    indicators were read in part (the rest of a table printed without rules whose lines the grid did
    not take: 474.pdf, 477.pdf; a scan whose table's rules dropped out, 601's red dropout) or not at all (a
    copy whose lines no layout took), are counted unread and named, never passed over in silence. A line
    is one when it has four words or more, its last two figures of points (a weight no larger than 100,
    a score no larger than it), before them a name and a figure or two more words (a target and a result
    in words: 健全 健全), and holds the name of no indicator read. A fund row (资金, 预算, 执行率) and a
    total row (合计, 总分) are no indicator row.
    On a scan OCR reads a row's cells as lines of their own: a line of the row's values alone (≥80%
    85.6% 7 7) is named with the line above it where that is words without a figure (the name's first
    line, a wrapped name centred on its row), and a row whose cells OCR ran together
    (…年客运量≥850万人次812万人次10 9.55, the reason column's lines about it) is one by _GLUED_ROW.
    A scan that read nothing says what it left page by page (normalize._silent_scan).
    Where no indicator was read at all, a cell's lines are looked at too, each a place of its own
    (`line`): a box printed over the grid (903.pdf's text box, 901.pdf's list box) puts the whole
    table's lines, a row a line, into one cell of the page's rules."""
    if not recs.indicators and (recs.ocr or recs.unread_rows):
        return     # nothing read, and its lines said already (_silent_document, _silent_scan)
    read = {bare(i.level3) for i in recs.indicators if i.level3}
    found = []
    paragraphs = doc.paragraphs()
    if not recs.indicators and not recs.ocr:
        from jixiao.extract import Paragraph
        paragraphs += [Paragraph(x, replace(c.loc, line=k + 1)) for _, c in doc.iter_cells() if "\n" in c.text
                       for k, x in enumerate(c.text.split("\n")) if x.strip()]
    for k, p in enumerate(paragraphs):
        words = p.text.split()
        glued = _GLUED_ROW.search(p.text) if recs.ocr else None
        if glued and Decimal(glued["score"]) <= Decimal(glued["weight"]) <= 100 and \
                not FUND_WORD.search(glued["name"]) and not any(n in bare(p.text) for n in read):
            found.append((p, glued.group(0)))
            continue
        if len(words) < 4 or not (_POINTS.match(words[-1]) and _POINTS.match(words[-2])):
            continue
        if Decimal(words[-2]) > 100 or Decimal(words[-1]) > Decimal(words[-2]):
            continue
        before = words[:-2]
        text = p.text.strip()
        if recs.ocr and k and not _row_words(before):
            above = paragraphs[k - 1].text.strip()
            if _HAN2.search(above) and not _DIGIT.search(above):
                before, text = above.split() + before, above + " " + text
        if not _row_words(before):
            continue
        if FUND_WORD.search(before[0]) or summary_label(before[0]) or any(n in bare(text) for n in read):
            continue
        found.append((p, text))
    if recs.ocr:
        # a scan's rows whose cells and points OCR ran together, under a header run together (1357.scan: a
        # header over every row, each of one piece), as silent_rows names them where nothing was read
        from jixiao.extract import Paragraph
        at, glued = {p.loc for p, _ in found}, False
        for b in doc.blocks:
            if not isinstance(b, Paragraph):
                glued = False
            elif run_head(b.text):
                glued = True
                # a row OCR ran into the header lines above and below it (1357.scan: …分值得分产出指标时效指标项目
                # 完成时间…日44级指标二级指标…): what stands between the header runs, a row of one piece, is one too
                pieces = [x.strip() for x in _HEAD_SPAN.split(b.text) if x.strip()]
                row = next((x for x in pieces if glued_row(x) and not any(n in bare(x) for n in read)), None)
                if row is not None and b.loc not in at:
                    found.append((b, row))
            elif glued and b.loc not in at and glued_row(b.text) and not any(n in bare(b.text) for n in read):
                found.append((b, b.text.strip()))
    for p, text in found:
        say_unread(recs, unread_line(p.loc, text[:60]), owner=recs.projects[0] if recs.projects else None, at=p.loc)


def _row_words(before: list[str]) -> bool:
    """A row's words before its points: a name and a figure, or three words or more, one a name."""
    return (len(before) >= 3 or any(columns.kind(w) in FIGURE_KINDS for w in before)) and \
        any(_HAN2.search(w) and columns.kind(w) not in FIGURE_KINDS for w in before)


def say_silent_tables(doc, recs) -> None:
    """Issue 21's last check: a table with three or more rows that look like indicator rows (a name
    and a figure: row_like) of which nothing reached the records (no figure of a project, an
    indicator, a fund source, a list or a restatement came from it) and which no warning names yet
    is named once, by its place, its count of such rows and its first: its rows are not counted
    unread (a roster or a breakdown under a header of other labels holds names and figures too, and
    the readers judged its header), but it is not passed over in silence. The tables are the file's
    own (`doc` as extracted): one rebuilt from its lines (cell_runs) is its rebuilder's to count."""
    taken = {f.loc.table for f in _figures(recs) if f.loc is not None}
    taken |= {x.loc.table for x in recs.lists if x.loc is not None}
    for t in doc.tables():
        if t.index in taken:
            continue
        grid = t.grid()
        like = [r for r, row in enumerate(grid) if row_like(row) and not rightly_left(grid, r, None)
                and not block_total(row, recs.indicators)]
        where = t.loc.describe()
        if any(w.startswith(where) for w in recs.warnings):
            continue
        if len(like) < 3:
            if (fund := _unread_fund_rows(grid, recs)):
                first = row_text(grid[fund[0]], 40)
                recs.warnings.append(f"{where}：本表有{len(fund)}行像资金行（如“{first}”），表头未能识别，"
                                     "未读取为项目资金，资金数据可能漏读，请核对原件")
            continue
        if kind := other_tables.what(grid, doc):     # its cells show what it is: said so, not asked about
            recs.warnings.append(other_tables.said(t.loc, kind))
            continue
        if all(restated_points(grid[r], t.index, recs.projects) for r in like):   # a 评分细则 after the form
            recs.warnings.append(f"{where}：本表{len(like)}行重述了已读指标（或预算执行率）的名称和分值（如评分细则），"
                                 "未另计为指标")
            continue
        first = row_text(grid[like[0]], 40)
        recs.warnings.append(f"{where}：本表有{len(like)}行有名称和数值（如“{first}”），表头不是指标表的表头，"
                             "各行未读取为指标或资金，请核对是否有漏读")


def _unread_fund_rows(grid: list[list[str]], recs) -> list[int]:
    """The rows of a fund table no project took a money figure from: a fund label first (年度资金总额,
    其中：财政拨款) and two figures or more, where no project holds a budget or an executed amount (a fund
    table whose header no fund word names is lost whole, its rows too few to look like indicators)."""
    if any(getattr(p, f) is not None for p in recs.projects for f in MONEY_FIELDS):
        return []
    rows = []
    for r, row in enumerate(grid):
        first = next((bare(x) for x in row if bare(x)), "")
        if (FUND_LABEL.search(first) or FUND_SOURCE.search(first)) and \
                sum(columns.kind(x) in FIGURE_KINDS for x in row) >= 2:
            rows.append(r)
    return rows


def _figures(recs):
    """Every figure the records took, wherever it sits (project, fund source, indicator, restatement)."""
    for p in recs.projects + recs.restatements:
        for holder in [p, *p.indicators]:
            yield from (f for f in vars(holder).values() if isinstance(f, Figure))
        for s in p.fund_sources:
            yield from (f for f in s.figures.values() if isinstance(f, Figure))


def _indicator_points(p: Project) -> tuple[Decimal, Decimal, str] | None:
    """The points a scored form's own figures leave to its indicators: its stated total (the 总分 scored, else the
    total weight) less its fund's part (得分, else 分值) of the same kind, where both are read and the rest is more
    than rounding; with the two figures and their kind (得分 / 分值). None where the form states no such pair."""
    for total, part, kind in (("total_score_stated", "fund_score", "得分"), ("total_weight_stated", "fund_weight", "分值")):
        whole, fund = getattr(p, total), getattr(p, part)
        if whole is not None and fund is not None and whole.value is not None and fund.value is not None:
            if whole.value - fund.value >= 1:
                return whole.value, fund.value, kind
    return None


def say_indicators_missing(doc: Document, recs: DocRecords) -> None:
    """A self-evaluation form of which no indicator row at all was read and none said unread, whose own figures
    say it holds indicators (a 总分 or total weight beyond its fund's points: 97.6 of which the fund scored 9.6),
    is never passed over in silence: the indicator table is missing from the file as read (a Word comment or
    endnote a converter did not print, a page lost), and the project is counted one indicator unread (at
    least one, so documents.csv and the desk list it and no sum of the project is checked as if read whole)
    and named with the points left unexplained."""
    if recs.indicators or recs.unread_rows:
        return
    said = []
    for p in recs.projects:
        if (points := _indicator_points(p)) is None:
            continue
        whole, fund, kind = points
        name = f"项目“{p.name}”" if p.name else "项目"
        say_unread(recs, f"{doc.source}：{name}总{kind} {plain(whole):f}，资金部分 {plain(fund):f}，其余 "
                         f"{plain(whole - fund):f} 分应来自绩效指标，但文件中未读到任何指标表或指标行（指标表可能在"
                         "批注、尾注等未转换的部分，或已丢失），指标数据缺失，请核对原件", owner=p)
        said.append(p)
    if said:
        # a chart's tiles a print cut into cells: each named and counted beyond the one the whole is (at least one)
        for k, (loc, lines) in enumerate(card_cells(doc)):
            say_unread(recs, f"{loc.describe()}：像指标卡片（目标、完成与分值）但未读取（{row_text(lines)}）",
                       n=0 if k == 0 else 1, owner=said[0] if len(said) == 1 else None)
