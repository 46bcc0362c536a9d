"""One row of an indicator table read into an Indicator: levels, name, target, actual, unit, weight, score and their
operators, from the columns the header found, with the row's group cells and repaired figures."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex as re

from jixiao.extract import Location, Paragraph, Table, normalize_ws
from jixiao.extract.line_breaks import places_go_on
from jixiao.extract.model import MERGES_BLANK

from . import code_legend, columns, referred_cell, scoring, unread
from .cell_joins import split_figures
from .columns import FIGURE_KINDS, level_pair
from .indicator_header import HAS_DIGIT, _Cols
from .quantity import (FOOTNOTE_MARK, PLACEHOLDER, STROKE_MARKS, Quantity, REPAIRED, TYPED, bounded, change_pair, clean,
                       dated_in_year, figure_lines, in_words_pair, labelled_line, misread_unit, month_of_point, name_unit,
                       opens_with_operator, parse, parse_cell, part_of_target, ratio_pair, reached_sense,
                       shared_unit_pair, slip_by_source, split_named_target, split_pair, split_with_score, split_with_second,
                       split_word_pair, stacked_pair, worded_figure, year_bound)
from .records import Figure, Indicator, Project
from .subjects import level3_key
from .table_cells import LEVEL_POINTS, NAMED_POINTS, RULE_POINTS, _deducted, _rated, _value, level2_lead, level_path
from .vocab import (DETAIL_LEAD, DIRECTION_OPS, LEVEL2, NATURE_WORDS, OLDER_LEVEL1, POLARITY_OPS, bare, canonical_level1,
                    canonical_level2, header_field, is_ditto, near_level2, polarity_word, unnumbered_level)
from .worked_cells import worked_figure
from .year_pairs import year_line
from .merged_points import column_reading
from .target_points import split_target_points
from .glued_points import glued_points
from .op_misread import ge_read_as_two
from .base_brackets import split_base


SCORE_LIKE = re.compile(r"^\d+(?:\.\d+)?分?$")

# A bracketed footnote number after a name (推介活动[1]); 〔2023〕 and （1） are other things.
NOTE_REF = re.compile(r"[\[［]\d{1,2}[\]］]\s*$")

# a figure opening on a zero before another digit, at the cell's start or after its operator (≥05%); a clock's
# 08:30 and a date's 05月 stand
# A scan's point or colon inside a name, between two Han characters (建设中药材初加工.车间), or closing it
# (质量指标：): nobody writes a full stop mid-name or a colon after a level's name in its cell; a speck beside the
# print (anti-copy paper's dots, dust) read as punctuation
NAME_SPECK = re.compile(r"(?<=\p{Han})[.．](?=\p{Han})|(?<=\p{Han})[.．:：]+(?=\s*$)")


def _specks_off(text: str, notes: list[str]) -> str:
    """A scan's name cell without the specks read as a point or a colon in it (NAME_SPECK), said in the note."""
    if not text or not (found := NAME_SPECK.findall(text)):
        return text
    out = NAME_SPECK.sub("", text)
    notes.append(f"名称“{bare(text)}”中的“{''.join(found)}”疑为纸面斑点（扫描件），按“{bare(out)}”读取")
    return out


def _covered_scores(t: Table, span, col: int) -> list[Decimal] | None:
    """The figures of the 得分 cells (column col) of the rows a merged 分值 cell covers, each cell once; None where
    fewer than two are written or one is no figure."""
    cells = {(x.row, x.col): x for q in range(span.row, span.row + span.rowspan)
             if (x := t.cell_at(q, col)) is not None and bare(x.text)}
    figures = [parse_cell(x.text) for x in cells.values()]
    if len(figures) < 2 or any(not f.numeric or f.value is None for f in figures):
        return None
    return [Decimal(f.value) for f in figures]


def _shared_run(a: str, b: str) -> str:
    """The longest run of Han characters of a that b holds too."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if not re.fullmatch(r"\p{Han}+", a[i:j]) or a[i:j] not in b:
                break
            best = a[i:j]
    return best


ZERO_LED = re.compile(r"^[≥≤<>≧≦＞＜=]?\s*0\d+(?![\d:：时点年月日])")
# a scan's figure with a colon between its digits and a unit after (5:2万亩 for 5.2万亩: a dot on the copy
# beside the point): a ratio carries no unit, a clock two digits after its colon
COLON_IN_FIGURE = re.compile(r"^[≥≤<>≧≦＞＜=]?\d+[:：]\d(?!\d)[\p{Han}%]")
# A whole date and one Han character after it that no deadline's grammar takes (2023年12月31日兰 for …前: a
# scan's misread 前); what the character was, the cell does not say
DATE_AND_ONE = re.compile(r"^(?:20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(\p{Han})$")
# A scan's figure behind one stray mark (1607.scan: an endorser's imprint down the column, .2万亩 for 5.2万亩, N⏎8.35万亩):
# a mark that is no digit, Han character or comparison sign, then a figure in the unit of the row's other value (C25及以上
# beside a grade in words is a concrete's grade, not a mark); and a date whose year has three digits (202年7月26日: a digit
# lost under the mark).
STRAY_LED = re.compile(r"^\s*(?P<mark>[^\d\p{Han}≥≤<>≧≦＞＜=＝~～\s])\s*(?P<rest>\d.*)$", re.S)
YEAR_OF_THREE = re.compile(r"^\s*\d{3}\s*年\s*\d{1,2}\s*月")


def _one_line(text: str) -> str:
    """A cell's text on one line, for a warning (N⏎8.35万亩 → N 8.35万亩)."""
    return " ".join(clean(text).split())

# A figure cell that is a number but for a stray mark or two (OCR of 工5% for ≥5%, ^80%, 5=50%);
# 工 is OCR's reading of ≥, any other Chinese character is a word (每亩300, 9月前).
NOT_FIGURE = re.compile(r"[\d.,%％≥≤<>≧≦＞＜\s\-~～—/年月日]")

# A bare bracketed number at a level cell's end (产出指标(50)): the level grammar's points (vocab.points_note)
# or a name's own number (（1）, （2）): read as points only where the weights under the cell add up to it
# (_bare_points_agree); the 分 form (效益指标30分), its opening bracket lost too) needs no such evidence.
BARE_LEVEL_POINTS = re.compile(r"(?<=\p{Han})\s*[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*[)）]\s*$")


def _split_levels(text: str) -> tuple[str, str]:
    """A cell of a column holding both levels: (level 1, level 2) as written. Two lines, or two
    names joined by a mark (level_pair), or run together where a PDF lost the line break
    (产出指标数量指标): the split where the first part reads as a level 1 and the rest as a level 2
    under it, the longest such level 1 (满意度指标 | 服务对象满意度指标, not 满意度 | 指标服务…). A cell
    naming one level only is that level."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if len(lines) == 2 and (l1 := canonical_level1(lines[0])) and canonical_level2(lines[1], l1)[0]:
        return lines[0], lines[1]
    if pair := level_pair(text):
        return pair
    t = bare(text)
    for i in range(len(t) - 2, 1, -1):
        if (l1 := canonical_level1(t[:i])) and canonical_level2(t[i:], l1)[0]:
            return t[:i], t[i:]
    if not canonical_level1(text) and canonical_level2(text)[0]:
        return "", text.strip()
    return text.strip(), ""


def _with_op_and_unit(raw: str, op_text: str, unit: str) -> str:
    """A 指标值 written apart from its operator and unit (Sichuan 2023, Inner Mongolia): joined as
    one would write it in a single cell, so the one quantity parser reads it."""
    text = raw.strip()
    if not text:
        return text
    op = DIRECTION_OPS.get(normalize_ws(op_text))
    if op and not opens_with_operator(text):
        # a sign joins as the cell wrote it (＝ stays full width; the parser folds it); a word as its sign
        sign = normalize_ws(op_text)
        text = (op if re.search(r"\p{Han}", sign) else sign) + text
    unit = columns.labelled_unit(unit) or normalize_ws(unit)
    if unit and unit not in ("/", "-", "—", "无") and re.search(r"\d$", text):
        text += "%" if unit in ("%", "百分比", "％") else unit
    return text


# A score over the weight it is out of (8/10, 9.5 / 10): two bare figures and a slash.
SCORE_OF_WEIGHT = re.compile(r"\s*(\d+(?:\.\d+)?)\s*[/／]\s*(\d+(?:\.\d+)?)\s*")

# 满分 (full marks) written for a score: the words say the row got all its points. A word, as no
# figure's grammar can hold it; only the whole cell.
FULL_MARKS = re.compile(r"^满分$")
# Asked of every indicator row read: compiled once.
_HAN_BUT_GONG = re.compile(r"[\p{Han}--工]", flags=re.V1)
_STAR_MARK = re.compile(r"^\s*[★☆]|[★☆]\s*$")


def _full_marks(weight: Figure | None, score: Figure | None) -> Figure | None:
    """The score where its cell says 满分: the row's weight in points (a 权重 10% is 10 points of
    the 100-point total), located at the score's cell, its raw the cell's word, its note how."""
    if score is None or weight is None or weight.value is None or not FULL_MARKS.match(bare(score.raw)) or \
            weight.q.unit not in ("", "分", "%"):
        return None
    unit = "分" if weight.q.unit == "%" else weight.q.unit
    return Figure(replace(weight.q, raw=score.raw, unit=unit, note=f"得分“满分”按该行分值{bare(weight.raw)}读取"),
                  score.loc)


def _share_points(share: Figure | None) -> Figure | None:
    """A 权重占比 as the row's points of a 100-point total: 15 or 15% is 15 points. A fraction
    (0.15) is left alone: which total it is a fraction of the row does not say."""
    if share is None or share.value is None or share.q.unit not in ("", "%", "分") or \
            share.q.unit == "" and share.value <= 1:
        return None
    return share


# A line of a name cell opening with a short label and its colon (说明：…, 指标解释：…): the indicator's
# explanation, whatever the label's words, unless they name a value (目标：≥14个, read as the target).
EXPLAINED = re.compile(r"^\s*(?P<label>\p{Han}{1,6})\s*[：:]\s*\S")


def explanation_line(line: str) -> bool:
    """A line opening with a label and its colon that names no field of the row (说明：…, not 目标：…)."""
    return (m := EXPLAINED.match(line or "")) is not None and header_field(m.group("label"), set()) is None


def _explained_name(name: str) -> tuple[str, str] | None:
    """(the name, its explanation) where a line after the first of a name cell is an explanation line
    (（1）立项依据充分性⏎说明：是否符合…); None for any other name."""
    lines = (name or "").split("\n")
    k = next((k for k in range(1, len(lines)) if explanation_line(lines[k])), None)
    if k is None or not re.search(r"\p{Han}", "".join(lines[:k])):
        return None
    return "\n".join(lines[:k]).strip(), normalize_ws(" ".join(lines[k:]))


# A note that is a value, not a remark: one short line with no sentence marks (6.92万人, 持续完善).
VALUE_NOTE_MAX = 20


def _value_note(comment: str | None) -> bool:
    """A cell note that reads as a value typed in the cell's place, not as a remark on it (偏差原因：…)."""
    text = (comment or "").strip()
    return bool(text) and len(text) <= VALUE_NOTE_MAX and "\n" not in text and not re.search(r"[，,。；;：:！？]", text)


_NOTE_LINE = re.compile(r"^\s*([^：:]{2,12})[：:]\s*(\S.*?)\s*$")
_NOTE_FIELDS = ("target", "actual", "weight", "score")


def note_fields(comment: str | None) -> dict[str, str]:
    """The row's figures a cell note gives under their header words, a line each (年度指标值：≥10万亩 /
    实际完成值：10.3万亩 / 分值：10 / 得分：10), or {} where the note is no such list: every line a label of a
    value field (vocab.header_field, as a header cell is read), two fields or more, none twice."""
    lines = [ln for ln in (comment or "").splitlines() if ln.strip()]
    out: dict[str, str] = {}
    for ln in lines:
        m = _NOTE_LINE.match(ln)
        field = header_field(m.group(1).strip(), set()) if m else None
        if field not in _NOTE_FIELDS or field in out:
            return {}
        out[field] = m.group(2)
    return out if len(out) >= 2 else {}



# A cell OCR read with this confidence or more (the line's, the least of its lines') was read surely in
# every character (extract.ocr_words.SURE: sure lines read 0.99+, a doubted character pulls the line
# under): a unit in it one character off the row's other unit is what the paper prints, a typist's slip
# for the rules to find (JX802), not the recogniser's to mend (1427.scan: 12.6万屯 at 0.998 beside ≥12万吨;
# 908.scan's ≥1.5万大 for 万人 at 0.938 is mended).
READ_SURELY = 0.99


def _cells_confidence(t: Table, at) -> float | None:
    """The lowest OCR confidence of the cells at (row, column) in `at` (None: none of them was OCR'd)."""
    cells = [t.cell_at(r, c) for r, c in at if r is not None and c is not None]
    seen = [c.confidence for c in cells if c is not None and c.confidence is not None]
    return min(seen) if seen else None


def _read_surely(t: Table, r: int, col: int | None) -> bool:
    """Whether the cell at row r, column col was read by OCR at READ_SURELY or more."""
    c = t.cell_at(r, col) if col is not None else None
    return c is not None and c.confidence is not None and c.confidence >= READ_SURELY

class IndicatorRow:
    """Reads one indicator row; uses the reader's doc, recs, moved_from, UnreadRows and the column layout read from
    the header (code_col, serial, groups, paired, row_pairs, kind_pairs, required, bounds, completion, header_units,
    item_points, bare_points, points_order, polarity_ops, named_targets, named_weights, rule_points, span_units,
    span_points, target_points, level1_scores, level2_led, initial_target, target_parts, actual_part,
    actual_score, actual_period, base_heads, second_actual, superseded)."""

    def _name_in_level2(self, t: Table, r: int, c2: int | None, l1_cell: str, l2_cell: str, l2_prev: str) -> bool:
        """Whether a row's level-2 cell holds its indicator's name (its name cell empty): a cell of its
        own (one row, one column), inside a group whose level 2 stands above (no level-1 cell, a
        level 2 before it) or opening a level-1 group (its level-1 cell written), and no level name:
        not one the vocabulary knows, nor a label ending 指标."""
        if c2 is None or not l2_cell or not (l1_cell or l2_prev):
            return False
        if canonical_level1(l2_cell) or canonical_level2(l2_cell)[0] or bare(l2_cell).endswith("指标"):
            return False
        span = t.cell_at(self._table_row(t, r), c2)
        return span is not None and span.rowspan == 1 and span.colspan == 1

    def _in_group_above(self, t: Table, r: int, c2: int, l2_prev: str) -> bool:
        """Whether a row whose level-2 cell holds its name goes with the level-2 group above it: the
        level 2 below it (the next row's cell; none where the level-1 group ends) is the one the
        template (vocab.LEVEL2, in its order) puts right after the one above, so that no level is
        left out where the row stands (375: 质量指标 | the row | 时效指标)."""
        above, parent = canonical_level2(l2_prev)
        order = [name for name, (p, _) in LEVEL2.items() if p == parent]
        if above not in order:
            return False
        nxt = t.cell_at(self._table_row(t, r + 1), c2)
        below = canonical_level2(nxt.text)[0] if nxt is not None and nxt.row == self._table_row(t, r + 1) else None
        return order.index(above) + 1 == (order.index(below) if below in order else len(order))

    def _level_across_name(self, t: Table, r: int, c3: int, levels: tuple[int | None, int | None]) -> str:
        """The text of a level cell (一级 or 二级) merged across the row's name column, or ""."""
        span = t.cell_at(self._table_row(t, r), c3)
        if span is None or span.col >= c3 or span.col not in levels or span.rowspan != 1:
            return ""
        return bare(span.text)

    def code_names(self) -> dict[str, str]:
        """The document's legend of indicator codes (code_legend.legend over its paragraphs and its
        tables' cells and rows: a PDF's reader may take a note above a table as the table's first row, and a
        legend may be a table of its own, a code's cell beside its name's), read once."""
        if self._code_names is None:
            self._code_names = code_legend.legend([b.text for b in self.doc.blocks if isinstance(b, Paragraph)] +
                                                  [x.text for t in self.doc.tables() for x in t.cells] +
                                                  ["　".join(row) for t in self.doc.tables() for row in t.grid()])
        return self._code_names

    def _coded_level_cells(self, t, r: int, l1_cell: str, l2_cell: str, notes: list[str]) -> tuple[str, str]:
        """Level cells that hold a code (A, A1, CC-01) where the level word belongs: the name the
        document's legend gives that very code (注：A—产出指标（A1—数量指标）…); a code the legend does
        not name is left empty (its level unread) and said, once a code a table: no letter read as a level."""
        names = self.code_names()
        out = []
        for x in (l1_cell, l2_cell):
            if not code_legend.is_code(x):
                out.append(x)
            elif (name := names.get(code_legend.key(x))) is not None:
                notes.append(f"指标层级一栏为代码“{bare(x)}”，按文中代码说明读取为“{name}”")
                out.append(name)
            else:
                if (t.index, code_legend.key(x)) not in self._unnamed_codes:
                    self._unnamed_codes.add((t.index, code_legend.key(x)))
                    self.recs.warnings.append(f"{self._loc(t, r).describe()}：指标层级一栏为代码“{bare(x)}”，"
                                              "文中未见其代码说明，该层级未读取，请核对原件")
                out.append("")
        return out[0], out[1]

    def _target_of_parts(self, t, r: int, cells: list[str], target_raw: str, target: Quantity, notes: list[str]):
        """The year's target of a row under target columns in parts (_part_columns): one cell written
        (a cell across the parts) is the year's; parts each written with one operator, unit and scale
        add up to it (a 注 saying so or not: parts of a year's target are its parts), their cells
        joined by ' / ' as its raw text; parts that do not add up (another operator, unit, a word)
        leave the target unread, with a warning: no half read as the year's."""
        if not any(x.strip() for x in cells[1:]):
            return target_raw, target
        raw = " / ".join(bare(x) for x in cells)
        qs = [_value(x) for x in cells]
        if all(q.numeric and q.high is None for q in qs) and len({(q.op, q.unit, q.scale) for q in qs}) == 1:
            places = max((q.places or 0) for q in qs)
            notes.append(f"年度指标值分栏填写（{raw}），按各栏之和读取")
            return raw, replace(qs[0], raw=raw, value=sum(q.value for q in qs), places=places)
        self.recs.warnings.append(f"{self._loc(t, r).describe()}：年度指标值分栏填写（{raw}），各栏运算符、单位不一"
                                  "或非数值，无法合计为年度指标值，未读取（不以其中一栏代替）")
        return raw, Quantity(raw=raw, op="empty")

    def indicator_row(self, t, row, r, cols: _Cols, p: Project, l1_prev: str, l2_prev: str) -> Indicator | None:
        self.fund_points = {"分值": p.fund_weight, "得分": p.fund_score}   # outside the indicators' run (_one_group_reading)
        try:
            return self._indicator_row(t, row, r, cols, p, l1_prev, l2_prev)
        finally:
            self.moved_from = None

    def _indicator_row(self, t, row, r, cols: _Cols, p: Project, l1_prev: str, l2_prev: str) -> Indicator | None:
        def cell(c):
            return row[c].strip() if c is not None and 0 <= c < len(row) else ""

        notes = []
        # why the row's reading is in doubt (Indicator.doubt): a cell the reader could not read as the
        # row's own, or a value it could read only one way of two; no rule finds on the row as if sure
        doubts: list[str] = []
        roles = {c: k for k, c in vars(cols).items() if c is not None}
        fitted = columns.align_row(row, roles, self.required, self.serial)
        if not fitted.ok:
            cells_text = unread.row_text(row)
            named = row[cols.level3].strip() if cols.level3 < len(row) else ""
            if named and columns.kind(named) in FIGURE_KINDS:
                why = f"三级指标一栏为数值“{named}”，疑为合并单元格丢失造成错位"
            else:
                why = f"该行单元格与表头各列无法对齐（{cells_text}），疑为空单元格丢失造成错位"
            self.left_unread(t, r, p, why)
            return None
        if fitted.moved:
            row = fitted.row
            self.moved_from = ((t.index, r), fitted.origin)
            notes.append(f"该行自第{fitted.closed + 2}列起各格右移一列（末格越出表格），已左移一列与表头各列对齐"
                         if fitted.closed is not None else "该行有空单元格丢失，已按单元格内容与表头各列对齐")
        scanned = self.recs.ocr or t.row_confidence(r) is not None   # a scan's row: its recogniser's slips are weighed
        # A value written in the other column of its kind pair (定性 beside 定量): read there, in its place, so
        # the empty column it leaves is not taken for cells lost (the value shift).
        by_kind = {}
        if self.kind_pairs and not fitted.moved:
            row = list(row)

            def blank(x: str) -> bool:   # nothing, a dash, or a scan's 一 / 二 for the dash (1482.scan)
                return columns.kind(x) == "empty" or scanned and bare(x) in STROKE_MARKS
            for c, twin in self.kind_pairs.items():
                if twin < len(row) and blank(row[c]) and not blank(row[twin]):
                    row[c], row[twin], by_kind[c] = row[twin], "", twin
        c1, c2, c3 = cols.level1, cols.level2, cols.level3
        # A row shifted left by one (seed 002: 满意度指标 written in the 绩效指标 column).
        label_shift = 0
        if c1 is not None and c1 > 0 and canonical_level1(cell(c1)) is None and \
                canonical_level2(cell(c1))[0] is not None and canonical_level1(cell(c1 - 1)):
            label_shift = -1
            notes.append("该行整体左移一列，已按表头对齐")
        s = label_shift
        l1_cell = cell(c1 + s if c1 is not None else None)
        l2_cell = cell(c2 + s if c2 is not None else None)
        if c1 is not None and c1 == c2:
            l1_cell, l2_cell = _split_levels(l1_cell)   # one column for both levels (_names_both_levels)
        elif (c1 is None) != (c2 is None) and all(both := _split_levels(l1_cell or l2_cell)):
            # the one level column's cell naming both, a level 1 and a level 2 under it (产出指标⏎数量指标
            # under 指标层级, 1501; its print's cell the two run together)
            l1_cell, l2_cell = both
        if any(code_legend.is_code(x) for x in (l1_cell, l2_cell)):
            l1_cell, l2_cell = self._coded_level_cells(t, r, l1_cell, l2_cell, notes)
        if marks := [x for x in (l1_cell, l2_cell) if is_ditto(x)]:
            # a level typed as the ditto mark (〃, 同上): the level of the row above, as an empty cell is
            notes.append(f"指标层级一栏写“{bare(marks[0])}”，按上一行的指标层级读取")
            l1_cell, l2_cell = ("" if is_ditto(x) else x for x in (l1_cell, l2_cell))
        level3 = cell(c3 + s)
        if self.recs.ocr:
            l1_cell, l2_cell, level3 = (_specks_off(x, notes) for x in (l1_cell, l2_cell, level3))
        if not l1_cell and not l2_cell and (path := level_path(level3)):
            l1_cell, l2_cell, level3 = path
            notes.append(f"一级、二级指标与三级指标写在同一格（{bare(cell(c3 + s))}），已按分隔符拆分")
        elif not l1_cell and not l2_cell and self.code_col is not None and \
                (coded := code_legend.levels(cell(self.code_col + s), self.code_names())):
            l1_cell, l2_cell = coded
            notes.append(f"一级、二级指标按指标编码“{bare(cell(self.code_col + s))}”及文中编码说明读取")
        elif self.level2_led and not l2_cell and \
                (lead := level2_lead(level3, canonical_level1(l1_cell or l1_prev) if (l1_cell or l1_prev) else None)):
            l2_cell, level3 = lead
            where = "前" if bare(cell(c3 + s)).startswith(bare(l2_cell)) else "后的括号内"
            notes.append(f"二级指标写在三级指标名称{where}（{bare(cell(c3 + s))}），已按"
                         f"{'分隔符' if where == '前' else '括号'}拆分")
        value_shift = self._value_shift(row, cols, s) if not fitted.moved else s
        if value_shift != s and value_shift > s:
            extra = [cell(k) for k in range(c3 + s + 1, (cols.target or c3 + 1) + value_shift) if cell(k)]
            if extra:
                notes.append("三级指标与指标值之间多出单元格：" + "；".join(extra))
        v = value_shift
        if not fitted.moved and not by_kind and (apart := self._glued_points(row, cols, v)) is not None:
            row, said = apart
            notes.append(said)
        target_c = by_kind.get(cols.target, cols.target) + v if cols.target is not None else None
        target_raw = cell(cols.target + v if cols.target is not None else None)
        actual_c = by_kind.get(cols.actual, cols.actual) + v if cols.actual is not None else None
        actual_raw = cell(cols.actual + v if cols.actual is not None else None)
        bound = None
        if self.bounds is not None:
            # a range form (年度指标值 over 下限 | 上限): the target is what its two cells say together
            low_c, high_c = (c + v for c in self.bounds)
            target_raw, bound = bounded(cell(low_c), cell(high_c))
            if not bare(target_raw) or target_raw == cell(high_c) != cell(low_c):
                target_c = high_c if bare(cell(high_c)) else target_c
        target_r = actual_r = r
        if not fitted.moved and r not in self.row_pairs:
            target_raw, target_r = self._merged_value_above(t, r, c3 + s, target_c, target_raw, "指标值", notes,
                                                            doubts)
            actual_raw, actual_r = self._merged_value_above(t, r, c3 + s, actual_c, actual_raw, "实际完成值", notes,
                                                            doubts)
        if not fitted.moved:
            target_raw = self._year_line(t, r, target_c, target_raw, "指标值", notes)
            actual_raw = self._year_line(t, r, actual_c, actual_raw, "实际完成值", notes)
        if self.recs.ocr or t.row_confidence(r) is not None:
            target_raw = self._zero_led(t, r, target_c, target_raw, "指标值")
            actual_raw = self._zero_led(t, r, actual_c, actual_raw, "实际完成值")
            target_raw = self._ge_read_as_two(t, r, target_c, target_raw, actual_raw, doubts)
        noted = t.cell_at(actual_r, actual_c) if actual_c is not None and not bare(actual_raw) else None
        if noted is not None and not fitted.moved and _value_note(noted.comment):
            # the actual typed as a note on its empty cell (a locked template filled by notes, 902): the
            # note is what the writer gives as done; the cell and the note named in the record's note
            actual_raw = noted.comment.strip()
            notes.append(f"实际完成值单元格（{noted.loc.ref or noted.loc.describe()}）为空，按其批注“{actual_raw}”读取")
        else:
            noted = None
        referred_c = None
        if actual_c is not None and not fitted.moved and \
                (ref := referred_cell.pointed_column(actual_raw, self.head_words, actual_c - v)) is not None:
            # the actual cell points to another column (见备注): the figure that column's cell states is the
            # actual, read there and located there; a cell stating none or several is left unread, and said
            stated = referred_cell.stated_figure(cell(ref + v))
            where = self._loc(t, r, ref + v).describe()
            if stated is not None:
                notes.append(f"实际完成值写“{bare(actual_raw)}”，按{self.head_words[ref]}栏（{where}）"
                             f"“{bare(cell(ref + v))}”读取为“{stated}”")
                actual_raw, referred_c = stated, ref + v
            else:
                self.recs.warnings.append(f"{where}：实际完成值写“{bare(actual_raw)}”，但{self.head_words[ref]}栏"
                                          f"（{bare(cell(ref + v)) or '空'}）未写出唯一的完成值，实际完成值未读取，请核对原表")
        elif actual_c is not None and not fitted.moved and (head := referred_cell.pointer_head(actual_raw, elsewhere=True)):
            # a pointer to no column of the table (见附件, 详见绩效报告): what it points to is not read here, and said
            self.recs.warnings.append(f"{self._loc(t, actual_r, actual_c).describe()}：实际完成值写“{bare(actual_raw)}”，"
                                      f"表中没有“{head}”一栏，实际完成值未读取，请核对所指材料")
        named_cell = t.cell_at(r, c3 + s) if not fitted.moved else None
        from_note = note_fields(named_cell.comment) if named_cell is not None and not bare(target_raw) and \
            not bare(actual_raw) and not any(cell(c + v) for c in (cols.weight, cols.score) if c is not None) else {}
        if from_note:
            # the name cell's note gives the row's figures under their header words, the cells for them empty
            # or absent (a sheet whose figures were typed as notes on the names, 1159): read from the note,
            # located at the noted cell
            target_raw, actual_raw = from_note.get("target", ""), from_note.get("actual", "")
            target_c = actual_c = c3 + s
            notes.append(f"指标值、完成值等写在三级指标单元格（{named_cell.loc.ref or named_cell.loc.describe()}）的批注中"
                         f"（{'；'.join(from_note.values())}），按批注各行的名称读取")
        if not fitted.moved and target_c is not None and actual_c is not None and bare(target_raw) and \
                not bare(actual_raw) and (span := t.cell_at(r, target_c)) is not None and \
                span.col <= min(target_c, actual_c) and span.col + span.colspan > max(target_c, actual_c):
            if scoring.POINTS_CLAUSE.search(target_raw):
                # the merged cell states how the row is scored (得满分，否则酌情扣分, 848): a rule, neither
                # what was planned nor what was done: the row has no value cells (no blank ones either)
                notes.append(f"指标值与实际完成值两栏合并为一格，写的是评分说明（{bare(target_raw)}），不作为指标值或实际完成值")
                target_raw, target_c, actual_c = "", None, None
            elif len(kinds := [k for c in range(span.col, span.col + span.colspan) if (k := roles.get(c - v))]) > 1 \
                    and all(k in ("target", "actual", "weight", "score") for k in kinds) and \
                    split_figures("".join(target_raw.split()), kinds):
                # the cell's text cuts into a figure for each column it spans (2023年11月30日前2023年11月22日4 over
                # 指标值 | 实际完成值 | 分值, 1425.scan: a scan's grid missing the rules between them, their cells run
                # together): not one value the columns share; which cut is meant the cell does not say for sure:
                # the values unread, said, the row doubtful
                heads = "、".join(self.head_words.get(c - v) or k for c in range(span.col, span.col + span.colspan)
                                  if (k := roles.get(c - v)))
                self.recs.warnings.append(
                    f"{self._loc(t, r, span.col).describe()}：“{bare(level3)}”一行一格跨{heads}各栏，写有“{bare(target_raw)}”，"
                    "可拆为各栏各一个数，疑为表格线缺失、各格文字连在一起，不按各栏共用一个值读取，该行这些值未读取，请核对原件")
                doubts.append(f"{heads}各栏连成一格（{bare(target_raw)}），未读取")
                target_raw = actual_raw = ""
            else:
                # one cell merged over the target and the actual columns (24辆 over 年度指标值 | 实际完成值):
                # the writer's one value for both, the result what was planned
                actual_raw, actual_c = target_raw, target_c
                notes.append(f"指标值与实际完成值两栏合并为一格（{bare(target_raw)}），按两者相同读取")
        initial = self.initial_target + v if self.initial_target is not None and cols.target is not None else None
        if initial is not None and (not bare(target_raw) or PLACEHOLDER.match(bare(target_raw)) or
                                    bare(target_raw) in STROKE_MARKS) and bare(cell(initial)):
            # a row not adjusted (调整后目标值 "/" or empty, or its dash read by OCR as 一): its initial
            # target stands and is assessed
            notes.append(f"调整后目标值为“{bare(target_raw)}”，按年初目标值“{bare(cell(initial))}”评价")
            target_raw, target_c = cell(initial), initial
        if (two_rows := self.row_pairs.get(r)) is not None:
            # an indicator on two rows, a column labelling each row's value (目标值 / 实际值)
            (target_r, target_raw), (actual_r, actual_raw), target_c = two_rows
            actual_c = None
            notes.append(f"指标值与实际值分两行填写（第{target_r + 1}、{actual_r + 1}行），按各行的类别读取")
        elif self.paired is not None and (pair := split_pair(actual_raw) or split_word_pair(actual_raw)):
            # one column for both (年度指标值 / 实际完成值): the target before the slash, the result after
            notes.append(f"指标值与实际完成值同在一格（{actual_raw}），已拆分")
            target_raw, actual_raw, target_c = pair[0], pair[1], cols.actual + v
        elif self.paired is not None and bare(actual_raw) and not bare(target_raw):
            # the column holds both, but this cell no pair: read as the result, its target unread, said
            self.recs.warnings.append(f"{self._loc(t, r, cols.actual + v).describe()}：指标值与实际完成值同列，"
                                      f"“{clean(actual_raw)}”未能拆分为两者，按实际完成值读取，指标值未读取")
        elif cols.target is None and (line := labelled_line(level3, "target")):
            # no target column, the name cell's last line the target under a label (目标：≥14个)
            level3, target_raw, target_c = line[0], line[2], c3 + s
            notes.append(f"指标值以“{line[1]}：”写在三级指标名称格内（{target_raw}），已拆出")
        elif (target_c is not None and not target_raw or cols.target is None and self.named_targets) and \
                (named := split_named_target(level3, figure_end=self.named_targets == "header",
                                             bracket=cols.target is None)):
            # the target written at the end of the name (人数≥500人) with its own cell empty, or
            # with no target column at all where the names hold the targets
            level3, target_raw, target_c = named[0], named[1], c3 + s
            notes.append(f"指标值写在三级指标名称中（{target_raw}），已拆出")
        actual_written = actual_score = None
        if self.actual_part is not None and two_rows is None and self.actual_score and \
                (parts := split_with_score(actual_raw, self.actual_part)):
            # the result and the row's score in one column (实际完成值／得分: 3120亩／8, 持续完善／8): each part
            # the field the header names in its place; the score a field of its own, so the raw is the result's
            written, actual_raw, actual_score = actual_raw, parts[self.actual_part], parts[1 - self.actual_part]
            notes.append(f"实际完成值与得分同在一格（{written}），按表头次序拆为实际值“{actual_raw}”、得分“{actual_score}”")
        elif self.actual_part is not None and two_rows is None and (parts := split_with_second(actual_raw)):
            # one column for the result and a second value (实际完成值/完成率: 8座/100.0%): the
            # result is the part in the header's place; the cell stays the raw
            actual_written, actual_raw = actual_raw, parts[self.actual_part]
            notes.append(f"实际完成值一格写有两个值（{actual_written}），按表头读取“{actual_raw}”为实际值，"
                         f"“{parts[1 - self.actual_part]}”不计入")
        if not level3 and not target_raw and not actual_raw:
            return None
        if not level3 and (target_raw or actual_raw) and self._name_in_level2(t, r, c2 + s if c2 is not None else None,
                                                                             l1_cell, l2_cell, l2_prev):
            # the name typed one column left, its own cell empty: the row's name. Its level 2 the group's
            # above where the template's next level follows it (no level left out between: the row can
            # be of no other); else the cell stays its level 2 as written: on a level-1 group's first
            # row, or where the row stands in the place of a level left out (759's 敬老院改造完成时间
            # between 质量指标 and 成本指标, where 时效指标 would stand)
            if l1_cell or not self._in_group_above(t, r, c2 + s, l2_prev):
                notes.append(f"三级指标名称填在二级指标一栏（{l2_cell}），三级指标一栏为空，按三级指标读取")
                level3 = l2_cell
            else:
                notes.append(f"三级指标名称填在二级指标一栏（{l2_cell}），三级指标一栏为空，按三级指标读取，"
                             f"二级指标沿用上一行的“{bare(l2_prev)}”")
                level3, l2_cell = l2_cell, ""
        elif not level3 and (target_raw or actual_raw) and not fitted.moved and \
                (across := self._level_across_name(t, r, c3 + s, (c1 + s if c1 is not None else None,
                                                                   c2 + s if c2 is not None else None))):
            # a level cell merged across the name column (满意度指标 | 服务对象满意度 over 二级 | 三级): no
            # name column in that group, the cell names the indicator as well as its level
            level3 = across
            notes.append(f"三级指标一栏与指标层级一栏合并为一格（{across}），按三级指标名称读取")
        values = [cell(c + v) if c is not None else "" for c in (cols.target, cols.actual, cols.weight, cols.score)]
        if (not level3 or PLACEHOLDER.match(bare(level3))) and all(not x or PLACEHOLDER.match(bare(x)) for x in values):
            return None   # template residue: a "-" row, 指标1 / ≥**人 left unfilled
        if level3 and columns.kind(level3) in FIGURE_KINDS and bare(level3) == bare(target_raw) == bare(actual_raw):
            notes.append(f"三级指标一栏填写的是数值“{bare(level3)}”（与指标值、完成值相同），按原文作为指标名称")
        elif level3 and columns.kind(level3) in FIGURE_KINDS:
            # A figure where the indicator's name belongs: the row lost its merged cells and slid
            # left (text copies of web pages do this). Left unread, with a warning, not read wrong.
            self.left_unread(t, r, p, f"三级指标一栏为数值“{level3}”，疑为合并单元格丢失造成错位")
            return None
        if not level3 and not (l1_cell or l2_cell):
            return None
        if level3 and not any(values) and not self._name_only_row(t, r, cols, s, l1_cell, l2_cell):
            return None
        if not level3:
            # figures with no name: the record is kept (its figures are real) but an analyst cannot find it
            # by its name; the row is named so that it can be found by its place
            cells_text = unread.row_text(row)
            self.recs.warnings.append(f"{self._loc(t, r).describe()}：该行无三级指标名称（{cells_text}），"
                                      f"按所在层级读取其指标值与得分，请核对原表")
        if l1_cell and not l2_cell and c1 is not None and c2 is not None and c1 != c2 and not fitted.moved and \
                (span := t.cell_at(r, c1 + s)) is not None and span.col + span.colspan > c2 + s >= span.col:
            l2_cell = l1_cell   # one cell across 一级 and 二级 (满意度指标): it names both, not the level 2 above
        if l1_cell and not l2_cell and (pair := level_pair(l1_cell)):
            l1_cell, l2_cell = pair   # both levels in one cell (产出指标-数量指标 under 一级指标-二级指标)
        if l1_cell and not l2_cell and l2_prev and c2 is not None and c1 != c2 and \
                (new_l1 := canonical_level1(l1_cell)) and canonical_level1(l1_prev) not in (None, new_l1) and \
                canonical_level2(l2_prev)[1] != new_l1:
            # (a level 2 above that belongs to this level 1 carries on: its level 1 was carried from an earlier
            # page under a word printed later in the run, 1217's 满意度指标 set mid-run on its second row)
            # a row opening another level 1 with its level-2 cell empty (525: 效益指标 | "" under 产出指标's
            # 成本指标): a level 2 belongs to its level 1, so none above carries over the boundary; the
            # form does not say which the clerk meant, and the record says so rather than guess
            notes.append(f"二级指标一栏为空，上一行的“{bare(l2_prev)}”属于另一个一级指标，不沿用")
            l2_prev = ""
        if not l1_prev and not l1_cell and not l2_prev and c1 is not None and c2 is not None and not fitted.moved and \
                (below := self._levels_below(t, r, c1 + s, c2 + s, l2_cell)) is not None:
            # a row at the top of the table with no level cell and none above to carry (1738: the level words
            # typed once on the middle row of each run, nothing merged): the words written first below it
            # in the level columns, with no other level word between, are its levels; said on the row
            l1_cell, l2_cell = below
            notes.append(f"层级单元格为空且其上无层级可沿用，按其下同列首个层级“{bare(l1_cell)}”“{bare(l2_cell)}”读取")
        elif self.levels_close and not l1_cell and c1 is not None and c2 is not None and not fitted.moved and \
                (below := self._levels_below(t, r, c1 + s, c2 + s, l2_cell)) is not None:
            # a table typing each level word on the last row of its run (tables._levels_close_runs, 1980): an
            # empty level cell is the word written first below it, not the one above, which closed another run
            l1_cell, l2_cell = below
            notes.append(f"本表层级写在各组末行，层级单元格为空，按其下同列首个层级“{bare(l1_cell)}”“{bare(l2_cell)}”读取")
        l1_raw = l1_cell or l1_prev
        l2_raw = l2_cell or l2_prev
        last = p.indicators[-1] if p.indicators else None
        points = self._points(t, row, r, c1 + s if c1 is not None else None) if l1_cell else \
            (last.level1_points if last else None)
        points2 = self._points(t, row, r, c2 + s if c2 is not None else None) if l2_cell else \
            (last.level2_points if last and not l1_cell else None)
        l1 = canonical_level1(l1_raw)
        l2, parent = canonical_level2(l2_raw, l1)
        # (not under a level 1 of the form's own words, 政策效果: its level 2 are its words too, 经济效果
        # is no misread of 经济效益; 414's scan)
        if l2 is None and l2_raw and t.row_confidence(r) is not None and not (l1 is None and l1_raw) and \
                (near := near_level2(l2_raw)):
            l2, parent = near   # a scan's misread of a template level name (vocab.near_level2), raw kept
            notes.append(f"二级指标“{bare(l2_raw)}”为扫描识别，与“{l2}”仅差一字，按“{l2}”读取")
        if l1 is None and l2 is None and c1 is None and not self.groups:
            l1 = canonical_level1(l2_raw)    # a 指标类型 column holding level-1 names
        if l1 is None and parent:
            l1 = parent
        elif parent and l1 != parent and not l1_cell and l1 != "成本指标" and not (
                # 产出指标 merged down over a level 2 of the 2021 template's 成本指标 (1127: 经济成本指标), 效益指标
                # over 服务对象满意度指标 (1237): the older template placed them so, and the merge means it; a merge
                # over another level 1's level 2 (seed 002: 产出指标 over a 效益 row) is the clerk's slip, and the
                # level 2 decides
                OLDER_LEVEL1.get(parent) == l1 and c1 is not None and (
                    (span := t.cell_at(r, c1 + s)) is not None and span.row < r and canonical_level1(span.text) == l1 or
                    # the merges lost (a .doc's table rebuilt from its cell marks: a merged cell's rows read blank,
                    # MERGES_BLANK) and the form never names the level 2's own level 1 (满意度指标) in its level-1
                    # column: the blank is the merge's, the older template's placement (1237.doc)
                    t.origin == MERGES_BLANK and
                    not any(canonical_level1(x.text) == parent for x in t.cells if x.col <= c1 + s < x.col + x.colspan))):
            notes.append(f"一级指标单元格为空（沿用上一行的“{bare(l1_raw)}”），按二级指标“{bare(l2_raw)}”归入{parent}")
            l1 = parent
        # 正向 / 反向 / 定性 say which way is better, not the target's comparison (024 writes 正向 beside
        # 等于 100 and 小于等于 1): kept as the row's polarity; only an operator joins the value
        marks = [cell(c + v) for c in (cols.direction, cols.nature) if c is not None]
        polarity = next((bare(x) for x in marks if polarity_word(x)), None)
        op_text = next((x for x in marks if x and not polarity_word(x)), "")
        unit_text = cell(cols.unit + v if cols.unit is not None else None)
        if op_text or unit_text:
            joined_target = _with_op_and_unit(target_raw, op_text, unit_text)
            joined_actual = _with_op_and_unit(actual_raw, "", unit_text)
            if (joined_target, joined_actual) != (target_raw, actual_raw):
                notes.append(f"指标值与“指标性质/方向”“单位”列合读：{joined_target or '—'} / {joined_actual or '—'}")
            target_raw, actual_raw = joined_target, joined_actual
            if remark := columns.unit_remark(unit_text):
                self.recs.warnings.append(
                    f"{self._loc(t, r, cols.unit + v).describe()}：单位列“{bare(unit_text)}”按单位"
                    f"“{columns.labelled_unit(unit_text)}”读取，其后文字“{remark}”不作单位，未读取")
        if self.span_units and not (op_text or unit_text):
            # a value heading over two columns, the second its units (年度指标值 over ≥50 | 公里): read as one cell
            units = [cell(self.span_units[c] + v) if c in self.span_units else "" for c in (cols.target, cols.actual)]
            if any(units):
                target_raw, actual_raw = (_with_op_and_unit(x, "", u) if u else x
                                          for x, u in zip((target_raw, actual_raw), units))
                notes.append(f"指标值与表头同格下右侧的单位列合读：{target_raw or '—'} / {actual_raw or '—'}")
        for c, label in self.superseded.items():
            if cell(c + v) and c + v != target_c:
                notes.append(f"{label}：{cell(c + v)}（以调整后的值为准）")
        target_weight = None
        if self.target_points and (got := split_target_points(target_raw)):
            # no 分值 column, and the targets carry their points (年度指标值（分值） | ≥15个（8分）): the bracket is the
            # row's weight, no part of its target; its raw text the bracket as written
            side = "前" if target_raw.strip().startswith(got[2]) else "后"
            target_raw, target_pts, written = got
            target_weight = Figure(replace(parse(target_pts), raw=written), self._loc(t, target_r, target_c))
            notes.append(f"分值写在年度指标值{side}（{written}），已拆出")
        based = {}
        for key, col in (("target", cols.target), ("actual", cols.actual)):
            # the header names another period's figure in its bracket (年度指标值（上年实际）): a cell's closing
            # bracket of one figure is that figure, a note, no part of the value (base_brackets)
            text = target_raw if key == "target" else actual_raw
            if (words := self.base_heads.get(col)) and (got := split_base(text)):
                based[key] = text
                target_raw, actual_raw = (got[0], actual_raw) if key == "target" else (target_raw, got[0])
                notes.append(f"{'指标值' if key == 'target' else '实际完成值'}后括号内为{words}（{got[1]}），按表头不计入")
        target = bound if bound is not None and target_raw == bound.raw else _value(target_raw)
        if self.target_parts and not fitted.moved and not (op_text or unit_text):
            target_raw, target = self._target_of_parts(t, r, [cell(c + v) for c in self.target_parts], target_raw,
                                                       target, notes)
        target, actual = shared_unit_pair(worded_figure(target), worded_figure(_value(actual_raw)))
        target, actual = in_words_pair(*change_pair(*ratio_pair(target, actual)))
        target = reached_sense(target)   # 降至8‰: a fall to reach is met at the level or below
        way = polarity_word(polarity or "")
        if way in POLARITY_OPS and not op_text and target.op == "=" and target.numeric and \
                self._polarity_gives_operators(t, cols):
            # 590: the table writes no comparison but its 正向 / 反向 column (or its ↑ / ↓, 1406): the
            # direction is the operator
            target = replace(target, op=POLARITY_OPS[way])
            notes.append(f"指标值未写比较符，按指标方向“{polarity}”读作{target.op}{target.raw}")
        elif way not in POLARITY_OPS and not DIRECTION_OPS.get(bare(op_text)) and target.op == "=" and \
                target.numeric and marks and self._polarity_gives_operators(t, cols):
            # the table's direction column gives its bare targets their operators, and this row's cell gives
            # none (blank, or a mark read as no direction: a scan losing a ↓, 1406.scan): the target stays =
            # as written, and the analyst is told which row went without its direction
            said = "、".join(bare(x) for x in marks if bare(x)) or "空白"
            doubts.append(f"指标方向一栏为{said}，指标值“{target.raw}”的比较符无从得知")
            self.recs.warnings.append(f"{self._loc(t, r).describe()}：“{bare(level3)}”的指标方向一栏为{said}，本表指标值"
                                      f"不写比较符、由指标方向给出，该行指标值“{target.raw}”只能按等于读取，请核对原表")
        if not unit_text and not name_unit(level3, scaled=True):
            # no unit from a column or the name: 2023.12 is a year and month
            target, actual = month_of_point(target), month_of_point(actual)
        actual = dated_in_year(target, actual, self.recs.year)
        target = year_bound(target, actual)   # ≤2023年 beside 2023年11月完成: a deadline, by the result's date
        if not unit_text and (named := name_unit(level3, scaled=True)):
            # no unit column, and the name's bracket gives the unit: both bare figures take it
            target, actual = target.with_unit_named(named, level3), actual.with_unit_named(named, level3)
        if not unit_text:
            # the value column's header gives the unit in its bracket (年度指标值（%）): the column's bare
            # figures take it; a figure's own unit and the name's bracket come first
            if target_c is not None and (head := self.header_units.get(target_c - v)):
                target = target.with_unit_named(*head, source="表头")
            if actual_c is not None and (head := self.header_units.get(actual_c - v)):
                actual = actual.with_unit_named(*head, source="表头")
        # a bare target takes its result's unit on the same evidence (≥95 beside 96.8%)
        target = target.with_unit_from(actual, source="实际完成值")
        actual = part_of_target(target, actual.with_unit_from(target))
        if target.numeric and actual.numeric and target.unit and actual.unit == target.unit + target.unit[-1]:
            # a unit's last character typed twice (人次次 beside 人次): the target's unit, said
            self.recs.warnings.append(f"{self._loc(t, r).describe()}：实际值“{actual.raw}”的单位“{actual.unit}”疑为"
                                      f"“{target.unit}”多打一字，按“{target.unit}”读取，请核对原件")
            actual = replace(actual, unit=target.unit)
        odd = misread_unit(target, actual) if self.recs.ocr or t.row_confidence(r) is not None else None
        printed = bool(odd) and _read_surely(t, r, target_c if odd == "target" else actual_c)
        if printed:
            odd = None   # the recogniser sure of every character of the cell: the unit is the print's (a typist's slip)
        if odd:   # a recogniser's slip, not a typist's
            wrong, right, side, col = (target, actual, "指标值", target_c) if odd == "target" else \
                (actual, target, "实际值", actual_c)
            self.recs.warnings.append(
                f"{self._loc(t, r, col).describe()}：{side}“{wrong.raw}”的单位“{wrong.unit}”不是计量单位，与同行"
                f"“{right.raw}”的单位“{right.unit}”只差一字，疑为识别有误，按“{right.unit}”读取，请核对原件")
            if odd == "target":
                target = replace(target, unit=actual.unit)
            else:
                actual = replace(actual, unit=target.unit)
        if actual_written is not None:
            actual = replace(actual, raw=actual_written)
        if "target" in based:
            target = replace(target, raw=based["target"])
        if "actual" in based and actual_written is None:
            actual = replace(actual, raw=based["actual"])
        for side, raw_text, q in (("指标值", target_raw, target), ("实际值", actual_raw, actual)):
            left = NOT_FIGURE.sub("", raw_text)
            if q.op == "qualitative" and HAS_DIGIT.search(raw_text) and (
                    1 <= len(left) <= 2 and not _HAN_BUT_GONG.search(left)
                    or scanned and COLON_IN_FIGURE.search(clean(raw_text))):
                self.recs.warnings.append(f"{self._loc(t, r).describe()}：{side}“{raw_text}”像是识别有误的数字，"
                                          "未作为数字读取，请核对原件")
            elif q.op == "qualitative" and scanned and \
                    (m := STRAY_LED.match(raw_text)) and (rest := parse(m.group("rest").strip())).numeric and rest.unit and \
                    rest.unit == (actual if q is target else target).unit:
                self.recs.warnings.append(f"{self._loc(t, r).describe()}：{side}“{_one_line(raw_text)}”去掉开头的一个杂点"
                                          f"“{m.group('mark')}”后为数量“{rest.raw}”，疑为扫描件上的杂印（如扫描仪喷码）或污点遮挡"
                                          "了数字，按文字读取，未作数量比较，请核对原件")
            elif q.op == "qualitative" and scanned and \
                    YEAR_OF_THREE.match(raw_text):
                self.recs.warnings.append(f"{self._loc(t, r).describe()}：{side}“{clean(raw_text)}”的年份只有3位，"
                                          "疑为一位数字被扫描件上的杂印或污点遮挡，未作为日期读取，请核对原件")
            elif q.op == "qualitative" and scanned and \
                    (m := DATE_AND_ONE.match(clean(raw_text))):
                self.recs.warnings.append(f"{self._loc(t, r).describe()}：{side}“{raw_text}”日期后的“{m.group(1)}”"
                                          "不是期限用字（前、后、止、内等），疑为识别有误，未作为日期读取，请核对原件")
        # ★ marks a core (priority) indicator, before or after the name: a mark, not part of the
        # name (core = "★"); search, as a match would try the trailing mark only at the start
        star = bool(_STAR_MARK.search(level3))
        level3 = level3.strip().strip("★☆").strip() if star else level3
        if (mark := FOOTNOTE_MARK.search(level3) or NOTE_REF.search(level3)) and level3[:mark.start()].strip():
            # a footnote mark (①, ¹, [1], *) refers to a note under the table: not part of the name
            notes.append(f"名称后的“{mark.group().strip()}”为脚注标记，不计入指标名称")
            level3 = level3[:mark.start()].rstrip()
        if (explained := _explained_name(level3)) is not None:
            # a later line of the name cell opening with a label and its colon (说明：…) explains the
            # indicator: kept in the note, no part of its name
            level3, text = explained
            notes.append(f"名称单元格内的“{text}”为指标说明，不计入指标名称")
        named_weight = target_weight
        if self.named_weights and (m := NAMED_POINTS.search(level3)) and level3[:m.start()].strip():
            # no 分值 column, and the names carry their points (三级指标（分值） | 改造老旧供水管网（8分）):
            # the bracket is the row's weight, no part of its name
            # its raw text is the bracket as written, so an analyst finds it in the name cell
            named_weight = Figure(replace(parse(m.group("points")), raw=m.group().strip()), self._loc(t, r, c3 + s))
            notes.append(f"分值写在三级指标名称后（{m.group().strip()}），已拆出")
            level3 = level3[:m.start()].rstrip()
        elif self.rule_points is not None and (m := RULE_POINTS.match(normalize_ws(cell(self.rule_points + s)))):
            # no 分值 column, and each row's 评分标准 text opens with its points (8分。达到年度指标值得满分…)
            named_weight = Figure(replace(parse(m.group("points")), raw=m.group("points") + "分"),
                                  self._loc(t, r, self.rule_points + s))
            notes.append(f"分值写在评分标准开头（{m.group('points')}分），已读取")
        # the record's row stays the view's while it is read (rows are matched by number: count_unread,
        # detail rows); read_tables maps it to the table's after
        loc_row = self._row_loc(t, r)
        actual_c = by_kind.get(cols.actual, cols.actual) + v if cols.actual is not None else None
        if two_rows is not None or from_note:
            actual_c = target_c
        elif referred_c is not None:
            actual_c = referred_c
        for q, c, at in ((target, target_c, target_r), (actual, actual_c, actual_r)):
            self._repaired(q, self._loc(t, at, c))
        if from_note and ("weight" in from_note or "score" in from_note):
            weight, score = (Figure(parse(from_note[k]), self._loc(t, r, c3 + s)) if k in from_note else None
                             for k in ("weight", "score"))
        elif cols.weight is not None and cols.weight == cols.score and self.span_points is not None:
            # the joined 分值/得分 heading over two columns (span_points): each figure in its own cell, in the
            # heading's order
            figures = dict(zip(self.points_order, (self._figure(t, row, r, c, v)
                                                   for c in (cols.weight, self.span_points))))
            weight, score = figures["weight"], figures["score"]
            notes.append("“分值/得分”表头一格跨两列，两列分别按表头次序读作分值、得分")
        elif cols.weight is not None and cols.weight == cols.score:
            weight, score = self._points_pair(t, row, r, cols.weight, v)
        else:
            weight = self._figure(t, row, r, cols.weight, v) if named_weight is None else named_weight
            if weight is None and cols.weight is None and self.item_points is not None:
                weight = self.item_points
                notes.append(f"表中无分值列，分值按表前说明“{self.item_points.q.raw}”读取")
            score = self._score_of_weight(t, row, r, cols.score, v, weight) or \
                self._worked_score(t, row, r, cols.score, v, notes) or \
                self._wrapped_score(t, row, r, cols.score, v, weight, notes) or self._figure(t, row, r, cols.score, v)
            if score is None and actual_score is not None:
                score = Figure(parse(actual_score), self._loc(t, actual_r, actual_c))   # 实际完成值／得分
            if score is not None and cols.score in by_kind and score.loc.col == cols.score + v:
                score = replace(score, loc=self._loc(t, r, by_kind[cols.score] + v))   # read in its kind's column
            if score is None and weight is not None and not fitted.moved and self._points_once(t, r, cols, v):
                # one cell merged over the 分值 and the 得分 columns (8 over 分值 | 得分, 1739): the points written
                # once for both, the score the full weight
                score = replace(weight)
                notes.append(f"分值与得分两栏合并为一格（{bare(weight.q.raw)}），按得分等于分值读取")
        if (own := self.level1_scores.get(l1)) is not None and own != cols.score and not fitted.moved:
            # 得分 over a column per level 1 (level_scores): the row's score stands under its own group's column
            score = self._figure(t, row, r, own, v)
            notes.append(f"得分按一级指标分列，本行得分读自“{l1}”一列")
        group_score = self._group_score(t, r, cols, v) if not fitted.moved else None
        if group_score is not None:
            score = None
            notes.append(self._group_note(t, r, cols.score + v, group_score, "得分", "为各行分值之和的得分，不分摊到单行"))
        group_weight = self._group_weight(t, r, cols, v) if not fitted.moved else None
        if group_weight is not None:
            weight = None
            notes.append(self._group_note(t, r, cols.weight + v, group_weight, "分值", "为各行得分之和的分值，不作为单行的分值"))
        elif weight is not None and not fitted.moved and named_weight is None and \
                (others := self._scanned_span_over_names(t, r, c3 + s, cols.weight, cols.score, v)):
            self.recs.warnings.append(
                f"{self._loc(t, r, cols.weight + v).describe()}：分值一格（{bare(weight.q.raw)}）跨“{bare(level3)}”"
                f"与{'、'.join(f'“{x}”' for x in others)}各行（扫描件表格线缺失：拍摄遮挡、折痕等），各行得分均未读出，"
                "无从判断是哪一行的分值、各行共用还是一组的分值，未读取，请核对原件")
            weight = None
        if not fitted.moved and cols.weight != cols.score:
            # a 分值 / 得分 cell merged down over rows of several groups (shared_points)
            levels = tuple(c + s for c in (c1, c2) if c is not None)
            if weight is None and group_weight is None and named_weight is None:
                weight = self._shared_points(t, r, c3 + s, cols.weight, v, levels, "分值", notes, cols.score)
            elif weight is not None and named_weight is None and \
                    self._group_points_first(t, r, c3 + s, cols.weight, v, levels, "分值", notes, cols.score):
                weight = None
            if score is None and group_score is None:
                score = self._shared_points(t, r, c3 + s, cols.score, v, levels, "得分", notes)
            elif score is not None and self._group_points_first(t, r, c3 + s, cols.score, v, levels, "得分", notes):
                score = None
        deduction = self._figure(t, row, r, cols.deduction, v)
        if score is None and (derived := _deducted(weight, deduction)) is not None:
            score = derived
            notes.append(derived.q.note)
        elif (full := _full_marks(weight, score)) is not None:
            score = full
            notes.append(full.q.note)
        extra = {name: self._figure(t, row, r, getattr(cols, name), v)
                 for name in ("coefficient", "weight_share", "converted_score")}
        if score is None and (derived := _rated(weight, extra["coefficient"])) is not None:
            score = derived
            notes.append(derived.q.note)
        if cols.weight_share is not None and cols.converted_score is not None:
            # weighted shares (单项得分 out of 100 × 权重占比 = 折算得分): the share is the row's part of
            # the total, its weight in points, and 折算得分 is what it adds to the total, its score
            extra["item_score"], score = score, extra["converted_score"]
            weight = _share_points(extra["weight_share"])   # a 分值 column beside them is the 百分制's 100
        reason = cell(cols.reason + v) if cols.reason is not None else None
        if self.reason_parts and not fitted.moved:
            # the reason written across columns (原因类型 | 原因说明): the written parts, in the columns' order
            parts = [cell(c + v) for c in sorted([cols.reason, *self.reason_parts])]
            parts = [x.strip() for x in parts if columns.kind(x) != "empty"]
            if len(parts) > 1:
                reason = "；".join(parts)
            elif parts:
                reason = parts[0]
        if reason is not None and not reason.strip() and not fitted.moved:
            # a note merged down over several rows (one 偏差原因 for a stretch of rows, across level
            # groups too) belongs to every row it spans: the grid keeps its text on the first row only
            merged = t.cell_at(r, cols.reason + v)
            if merged is not None and merged.row < r <= merged.row + merged.rowspan - 1 and merged.text.strip():
                reason = merged.text.strip()
        if self.recs.ocr and reason is not None and not reason.strip() and not fitted.moved:
            reason = self._reason_astray(t, r, cols.reason + v, c3 + s, level3, notes) or reason
        # a comment on the actual or on the reason cell is the writer's word on the result (WPS / Excel
        # notes: 偏差原因：… on a shortfall's actual): kept in the note, and the reason where the column is empty
        commented = [c for c in {id(c): c for c in (t.cell_at(actual_r, actual_c) if actual_c is not None else None,
                                                    t.cell_at(r, cols.reason + v) if cols.reason is not None else None)
                                 if c is not None and c.comment and c is not noted}.values()]
        if commented and not fitted.moved:
            notes.append("；".join(f"批注（{c.loc.ref or c.loc.describe()}）：{c.comment}" for c in commented))
            if reason is not None and not reason.strip():
                reason = "；".join(c.comment for c in commented)
        return Indicator(
            doc=self.recs.doc, project=p.name, level1=l1, level2=l2, level1_raw=bare(l1_raw),
            # the level-2 cell's points (数量指标15分, 数量指标（15分）) are level2_points, not its name, and its
            # outline code (1.1数量指标) the template's ordering
            level2_raw=unnumbered_level(l2_raw),
            level3=level3, level3_key=level3_key(level3),
            target=Figure(target, self._loc(t, target_r, target_c)),
            actual=Figure(actual, self._loc(t, actual_r, actual_c)),
            weight=weight, score=score, reason=reason,
            loc=loc_row, note="；".join(notes), doubt="；".join(doubts), **extra,
            core=cell(cols.core + v) if cols.core is not None else ("★" if star else None),
            ocr_confidence=t.row_confidence(r),
            figures_confidence=_cells_confidence(t, ((target_r, target_c), (actual_r, actual_c))),
            level1_points=points, level2_points=points2, polarity=polarity,
            deduction=deduction, name_loc=self._loc(t, r, c3 + s), group_score=group_score,
            serial=Figure(parse(cell(self.serial)), self._loc(t, r, self.serial))
            if self.serial is not None and bare(cell(self.serial)) else None,
            completion=self._rate(t, row, r, self.completion, v) if two_rows is None else None,
            group_weight=group_weight, actual_period=self.actual_period if actual.raw else None,
            unit_as_printed=printed)

    @staticmethod
    def _glued_points(row: list[str], cols: _Cols, v: int) -> tuple[list[str], str] | None:
        """The row read apart where its last value cell runs the first points figure into it (glued_points), and
        the note saying so; else None."""
        value_c = max((c for c in (cols.target, cols.actual) if c is not None), default=None)
        if value_c is None or cols.weight is None or cols.score is None:
            return None
        apart = glued_points(row, value_c + v, cols.weight + v, cols.score + v)
        if apart is None:
            return None
        first = min(cols.weight, cols.score) + v
        return apart, (f"“{bare(row[value_c + v])}”一格内值与其后的数连在一起、分值得分两栏少一格（疑为制表位错位），"
                       f"按“{apart[value_c + v]}”与“{apart[first]}”分读，其后各格右移一栏")

    def _polarity_gives_operators(self, t: Table, cols: _Cols) -> bool:
        """Whether the table's 正向 / 反向 cells stand for its targets' operators: they do where no
        target of the table writes a comparison of its own and no 指标方向 / 指标性质 cell is an operator
        (590: 1.2万亩 under 正向, 2% under 反向). Where the cells write their comparisons (076: ≥35000
        beside a bare 100 under 正向) or the column holds 等于 / 小于等于 too (024), 正向 is only which
        way is better, and a bare figure is = as written."""
        key = (t.index, cols.target, cols.direction, cols.nature)
        if key not in self.polarity_ops:
            marks = [c for c in (cols.direction, cols.nature) if c is not None]
            grid = t.grid()
            words = [bare(row[c]) for row in grid for c in marks if c < len(row)]
            targets = [row[cols.target] for row in grid if cols.target is not None and cols.target < len(row)]
            self.polarity_ops[key] = any(polarity_word(w) in POLARITY_OPS for w in words) and \
                not any(w in DIRECTION_OPS and w not in NATURE_WORDS for w in words) and \
                not any(parse(x).op in (">=", "<=", ">", "<") for x in targets)
        return self.polarity_ops[key]

    @staticmethod
    def _name_only_row(t: Table, r: int, cols: _Cols, s: int, l1_cell: str, l2_cell: str) -> bool:
        """A row with a name and no value is an indicator left unfilled where the form puts it in a
        block: its own name cell under a level cell merged down from above (社会效益 over two rows,
        the second with no values); not a caption spanning the value columns (项目年度目标 1:…),
        nor a row whose level cells name no level (项目 绩效 85 分 | caption)."""
        c3 = cols.level3 + s
        name = t.cell_at(r, c3)
        values = [c + s for c in (cols.target, cols.actual, cols.weight, cols.score) if c is not None]
        if name is not None and values and name.col + name.colspan > min(values):
            return False
        if l1_cell or l2_cell:
            return any(canonical_level1(x) or canonical_level2(x)[0] for x in (l1_cell, l2_cell) if x)
        for c in (cols.level2, cols.level1):
            above = t.cell_at(r, c + s) if c is not None else None
            if above is not None and above.row < r and bare(above.text):
                return True
        return False

    def _reason_astray(self, t: Table, r: int, reason_c: int, name_c: int, name: str, notes: list[str]) -> str | None:
        """A scan's empty 偏差原因 cell where the row above or below holds, at or right of the reason column, a
        text that speaks of this row's indicator (新植林草尚未郁闭，侵蚀模数下降幅度未达目 one row over 土壤侵蚀模数下降:
        1212's lens bent the rules so the reason fell a row up and two columns right) and not of its own row's:
        this row's reason, with a note. A run of four Han characters of the name is the evidence."""
        if len(name) < 4:
            return None
        for rr in (r - 1, r + 1):
            if not 0 <= rr < t.n_rows:
                continue
            own = (x.text if (x := t.cell_at(rr, name_c)) is not None and x.row == rr else "") or ""
            for c in range(reason_c, t.n_cols):
                x = t.cell_at(rr, c)
                text = normalize_ws(x.text) if x is not None and x.row == rr else ""
                if len(text) < 8 or HAS_DIGIT.fullmatch(text):
                    continue
                shared = _shared_run(name, text)
                if len(shared) >= 4 and len(shared) > len(_shared_run(normalize_ws(own), text)):
                    notes.append(f"偏差原因一格为空；第{rr + 1}行第{c + 1}列的“{text}”提及本行指标名称中的“{shared}”，"
                                 "疑为扫描件单元格错位，按本行偏差原因读取，请核对原件")
                    return text
        return None

    def _zero_led(self, t: Table, r: int, c: int | None, raw: str, what: str) -> str:
        """A scan's figure that opens on a zero before another digit (≥05% where the print says ≥95%: a crack
        or a smear through the 9) is no figure a person writes: nobody pads a target or a result with a
        leading zero (0.5 and 0 stand, and a date's 05月 follows its 年). The recogniser misread a digit;
        which one the cell does not say: unread, and said with the cell."""
        if not ZERO_LED.search(clean(raw)):
            return raw
        self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：{what}识别为“{clean(raw)}”，数字以 0 开头"
                                  "（书写的数不会如此），疑为某一位数字识别有误，未读取，请核对原件")
        return ""

    def _ge_read_as_two(self, t: Table, r: int, c: int | None, raw: str, actual: str, doubts: list[str]) -> str:
        """A scan's target opening on a 2 that is its ≥ misread (op_misread.ge_read_as_two: the rest on the result's
        scale, the whole far off it, ≥ in other targets of the column): read as ≥ and the rest, said with the cell;
        else the cell as read."""
        column = [x.text for k in range(t.n_rows) if k != r and c is not None and (x := t.cell_at(k, c)) is not None]
        if c is None or (fixed := ge_read_as_two(raw, actual, column)) is None:
            return raw
        self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：指标值识别为“{clean(raw)}”，与实际完成值“{clean(actual)}”"
                                  f"相差一个数量级，去掉开头的“2”则相当，本列其他指标值写有≥，疑为“≥”识别为“2”，"
                                  f"按“{fixed}”读取，请核对原件")
        doubts.append(f"指标值“{clean(raw)}”疑为“≥”识别为“2”，按“{fixed}”读取")
        return fixed

    def _merged_value_above(self, t: Table, r: int, name_c: int, c: int | None, raw: str, what: str,
                            notes: list[str], doubts: list[str]) -> tuple[str, int]:
        """A value cell merged down over several indicators' rows (100% typed once over three rows that
        share it): the text, and the row it stands on, for every row it covers whose name is its own
        cell; the grid keeps the text on the first row only. (raw, r) where the cell is the row's own.
        A value left unread (several figures in the cell) is a doubt of the row's (doubts): its blank is
        the reader's, not the form's."""
        if c is None:
            return raw, r
        span, name = t.cell_at(r, c), t.cell_at(r, name_c)
        if span is not None and span.rowspan > 1 and len(figures := _figures_apart(span.text)) > 1:
            # several lines each a figure in one cell over several rows (1212's scan: a magnifier lying
            # on the table hid its rules and showed a few rows' figures enlarged in one disc): not one
            # value the rows share; which line is whose the cell does not say. Unread in every row it
            # covers, said once (its rows and figures).
            if span.row == r:
                first = self._table_row(t, span.row)
                self.recs.warnings.append(
                    f"{self._loc(t, r, c).describe()}：{what}一格跨第{first + 1}至{first + span.rowspan}行，"
                    f"分行写有{len(figures)}个数（{'／'.join(figures)}），不是各行共用的一个值（表格线缺失：拍摄遮挡、"
                    "折痕等），无从按行对应，这些行的" + what + "未读取，请核对原件")
            doubts.append(f"{what}一格跨多行、分行写有{len(figures)}个数，未读取")
            return "", r
        if bare(raw):
            return raw, r
        if span is None or not span.row < r < span.row + span.rowspan or not bare(span.text) or \
                name is None or name.row != r or name.rowspan != 1 or not bare(name.text):
            return raw, r
        first = self._table_row(t, span.row)
        notes.append(f"{what}一格合并于第{first + 1}至{first + span.rowspan}行（{bare(span.text)}），按各行相同读取")
        return span.text.strip(), span.row

    def _year_line(self, t: Table, r: int, c: int | None, raw: str, what: str, notes: list[str]) -> str:
        """A cell stating a value for each of several years (year_pairs.year_line: 2024年：≥300座 ⏎ 2025年：≥200座):
        the value of the year the report evaluates, noted; where that year is unknown or not among them, nothing
        is read (no year's value is the row's), and said."""
        if c is None or (got := year_line(raw, self.recs.year)) is None:
            return raw
        value, years = got
        named = "、".join(f"{y}年" for y in years)
        if value:
            notes.append(f"{what}一格按年度分列（{named}），按本报告评价年度{self.recs.year}年的“{value}”读取")
            return value
        why = "报告未写明评价年度" if self.recs.year is None else f"其中没有本报告评价年度{self.recs.year}年"
        self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：{what}一格按年度分列（{named}），{why}，"
                                  f"{what}未读取，请核对原表")
        return ""

    def _shared_points(self, t: Table, r: int, name_c: int, c: int | None, v: int, levels: tuple[int, ...], what: str,
                       notes: list[str], score_c: int | None = None) -> Figure | None:
        """A 分值 or 得分 cell merged down over several indicators' rows, each with a name cell of its own, the run
        crossing the level groups (1812: 6 over the last two 数量 rows and the 质量 row, equal neighbours typed once):
        no group's figure but each row's, read on every row it covers and noted (the grid keeps it on the first row
        only). A cell over exactly one level group's rows (its 二级 or 一级 run) may be the group's figure: judged by
        the column's sum against the stated total (merged_points.column_reading), read on each row where counting it
        on each adds up, not read (the group's) where counting it once does, noted; said where neither does. None
        for a cell of the row's own or no figure; a scan's crossing span (spans its lost rules make too:
        _scanned_span_over_names) kept in recs.scan_shared for scan_shared.py to weigh against the stated totals."""
        got = self._merged_points(t, r, name_c, c, v, levels)
        if got is None or got[0].row == r:
            return None
        span, q, where, one_group, crosses = got
        scanned = self.recs.ocr or t.row_confidence(r) is not None
        if one_group:
            if scanned:
                return None
            reading = self._one_group_reading(t, r, c, v, span, where, what, notes, score_c=score_c)
            if reading != "each":
                return None
            return Figure(replace(q, raw=span.text), self._loc(t, span.row, span.col))
        if not crosses:   # part of one group's rows (045's six 可选项 rows under one 40): the run's, on its first row
            return None
        figure = Figure(replace(q, raw=span.text), self._loc(t, span.row, span.col))
        if scanned:
            # a scan's span may be a rule OCR missed: weighed against the stated totals (scan_shared)
            self.recs.scan_shared.append((t.index, r, "weight" if what == "分值" else "score", figure, where))
            return None
        notes.append(f"{what}一格合并于{where}，跨指标分组，按各行相同读取")
        return figure

    def _group_points_first(self, t: Table, r: int, name_c: int, c: int | None, v: int, levels: tuple[int, ...],
                            what: str, notes: list[str], score_c: int | None = None) -> bool:
        """Whether row r's own 分值 / 得分 is the first row of a cell over exactly one level group's rows that the
        column's sum reads as the group's figure (_one_group_reading): then no figure of the row's, noted."""
        got = self._merged_points(t, r, name_c, c, v, levels)
        if got is None or got[0].row != r or not got[3] or self.recs.ocr or t.row_confidence(r) is not None:
            return False
        return self._one_group_reading(t, r, c, v, got[0], got[2], what, notes, first=True, score_c=score_c) == "group"

    def _one_group_reading(self, t: Table, r: int, c: int, v: int, span, where: str, what: str, notes: list[str],
                           first: bool = False, score_c: int | None = None) -> str | None:
        """"each" / "group" for a cell over one level group's rows, by the column's sum (merged_points), noted;
        None where the sum tells neither, or where it says a 分值 cell is the group's but the rows' own scores
        (column score_c) add past it (scores never exceed their weight), said on the rows below the first."""
        fund = self.fund_points.get(what)
        outside = Decimal(fund.q.value) if fund is not None and fund.q.numeric and fund.q.value is not None else None
        judged = column_reading(t, span.row, c + v, outside)
        if judged is not None and judged[0] == "group" and score_c is not None and \
                (scores := _covered_scores(t, span, score_c + v)) is not None and \
                sum(scores) > parse_cell(span.text).value:
            judged = None
        if judged is None:
            if not first:
                self.recs.warnings.append(
                    f"{self._loc(t, r, c + v).describe()}：{what}一格合并于{where}，恰为同一指标分组的各行，是各行相同"
                    f"还是该组的{what}，表中未写明（该列两种读法的合计均不等于总分），本行{what}未读取，请核对原表")
            return None
        reading, total_read, total, counted = judged
        sums = f"该列按此读法合计{total_read:g}" + (f"（含表头上方项目资金的{what}{counted:g}）" if counted else "") + \
            f"，与总分{total:g}相符"
        notes.append(f"{what}一格合并于{where}，恰为同一指标分组的各行，" +
                     (f"按各行相同读取（{sums}）" if reading == "each" else f"为该组的{what}，不作为单行的{what}（{sums}）"))
        return reading

    def _merged_points(self, t: Table, r: int, name_c: int, c: int | None, v: int, levels: tuple[int, ...]):
        """(the cell, its figure, where, whether it covers exactly one level group's rows, whether its rows cross level
        groups) for a 分值 / 得分 cell merged down over row r and other indicators' rows, each with a name cell of its
        own, in a document read as written or scanned; None otherwise."""
        if c is None:
            return None
        span = t.cell_at(r, c + v)
        if span is None or span.rowspan < 2 or not span.row <= r < span.row + span.rowspan:
            return None
        q = parse_cell(span.text)
        rows = range(span.row, span.row + span.rowspan)
        if not q.numeric or q.value is None or any(
                (n := t.cell_at(k, name_c)) is None or n.row != k or n.rowspan != 1 or not bare(n.text) for k in rows):
            return None
        if DETAIL_LEAD.match(bare(t.cell_at(rows.start + 1, name_c).text)):
            return None   # an indicator and its 其中 parts under its own points (1274): one indicator's figure
        first = self._table_row(t, span.row)
        where = f"第{first + 1}至{first + span.rowspan}行（{bare(span.text)}）"

        def level(k: int, lc: int) -> str:   # the level written on row k or carried down to it
            for q_ in range(k, -1, -1):
                if (x := t.cell_at(q_, lc)) is not None and bare(x.text):
                    return bare(x.text)
            return ""
        seen = {lc: {level(k, lc) for k in rows} for lc in levels}   # the levels the covered rows carry
        one_group = any(len(seen[lc]) == 1 and level(rows.start, lc) and
                        (rows.start == 0 or level(rows.start - 1, lc) != level(rows.start, lc)) and
                        (rows.stop >= t.n_rows or level(rows.stop, lc) != level(rows.start, lc)) for lc in levels)
        crosses = any(len(seen[lc]) > 1 for lc in levels)
        return span, q, where, one_group, crosses

    def _group_note(self, t: Table, r: int, c: int, group: Figure, what: str, meaning: str) -> str:
        """A row's note on the group's cell in column c (_group_score, _group_weight): the rows it spans,
        counted in the rows being read, its text and what it is."""
        span = t.cell_at(r, c)
        first = self._table_row(t, span.row)
        return f"{what}按组填写：第{first + 1}至{first + span.rowspan}行合并一格写 {group.raw}，{meaning}"

    @staticmethod
    def _levels_below(t: Table, r: int, c1: int, c2: int, l2_cell: str) -> tuple[str, str] | None:
        """The level 1 and level 2 first written below row r in columns c1 / c2 (the row's own level 2 where
        it has one), where the first level-1 word below is a template level 1 and the level 2 belongs to it;
        None otherwise."""
        def first(c: int) -> str:
            for q in range(r + 1, t.n_rows):
                if (x := t.cell_at(q, c)) is not None and x.row == q and bare(x.text):
                    return x.text
            return ""
        l1, l2 = first(c1), l2_cell or first(c2)
        if not (level1 := canonical_level1(l1)) or not l2:
            return None
        _, parent = canonical_level2(l2, level1)
        return (l1, l2) if parent in (None, level1) else None

    def _points_once(self, t: Table, r: int, cols: _Cols, v: int) -> bool:
        """Row r's 分值 cell is one cell of one row merged across the 分值 and the 得分 columns, in a document
        read as written (a scan's merge may be a rule OCR did not see, 1425.scan)."""
        if cols.score is None or cols.weight is None or cols.score == cols.weight or \
                self.recs.ocr or t.row_confidence(r) is not None:
            return False
        span = t.cell_at(r, cols.weight + v)
        return span is not None and span.rowspan == 1 and \
            span.col <= min(cols.weight, cols.score) + v and span.col + span.colspan > max(cols.weight, cols.score) + v

    def _group_score(self, t: Table, r: int, cols: _Cols, v: int) -> Figure | None:
        """The score of a group (a 得分 cell merged over rows that each hold their own 分值 cell, as
        得分按二级指标评定 forms write it): the merged cell's figure, located at it; None where the
        score cell is the row's own, or is merged over one indicator's rows (one 分值 over them too)."""
        if cols.score is None or cols.weight is None or cols.score == cols.weight:
            return None
        span = t.cell_at(r, cols.score + v)
        if span is None or span.rowspan < 2 or not bare(span.text):
            return None
        weights = {(w.row, w.col) for q in range(span.row, span.row + span.rowspan)
                   if (w := t.cell_at(q, cols.weight + v)) is not None and bare(w.text)}
        if len(weights) < 2:
            return None
        # the merged cell's own text: the row's score, where read, is this cell (the same column of
        # the same row), so there is no row to compare, in the table's frame or a header-below view's
        return Figure(parse_cell(span.text), self._loc(t, span.row, span.col))

    def _group_weight(self, t: Table, r: int, cols: _Cols, v: int) -> Figure | None:
        """The weight of a group (a 分值 cell merged over rows that each hold their own 得分, as
        分值按二级指标设定 forms write it): the merged cell's figure, located at it. Only where the
        rows' scores add to no more than it: scores each up to the cell's figure (8 + 7 + 5 under
        20) weigh one group; scores adding past it (8 + 8 + 8 under 8) are rows sharing one weight.
        None where the weight cell is the row's own, or is merged over one indicator's rows."""
        if cols.score is None or cols.weight is None or cols.score == cols.weight:
            return None
        span = t.cell_at(r, cols.weight + v)
        if span is None or span.rowspan < 2 or not (weight := parse_cell(span.text)).numeric or weight.value is None:
            return None
        if (scores := _covered_scores(t, span, cols.score + v)) is None or sum(scores) > weight.value:
            return None
        return Figure(weight, self._loc(t, span.row, span.col))

    def _scanned_span_over_names(self, t: Table, r: int, name_c: int, c: int | None, score_c: int | None,
                                 v: int) -> list[str]:
        """The names of the other indicators whose rows a scan's value cell in column c, starting on row r,
        covers, where the rows' scores are all unread: [] for a cell of the row's own, a text format's merge,
        or rows whose scores say what the figure is (_group_weight). On a scan the merge is the grid's,
        rules that OCR did not see (1212's scan: a magnifier's disc hid them, and the 5 of 建设截污沟渠,
        enlarged and raised by the lens, stood in a cell from 完成水土流失治理面积's row down: read as that
        row's weight, its 6 lost, SILENT); which row's figure it is, or whether the rows share it, the
        cell does not say."""
        if c is None or not (self.recs.ocr or t.row_confidence(r) is not None):
            return []
        span = t.cell_at(r, c + v)
        if span is None or span.row != r or span.rowspan < 2:
            return []
        names = [bare(n.text) for q in range(r + 1, r + span.rowspan)
                 if (n := t.cell_at(q, name_c)) is not None and n.row == q and bare(n.text)]
        if not names or score_c is not None and any(
                (x := t.cell_at(q, score_c + v)) is not None and x is not span and parse_cell(x.text).numeric
                for q in range(r, r + span.rowspan)):
            return []
        return names

    def _points(self, t, row, r, c) -> Figure | None:
        if c is None or not 0 <= c < len(row):
            return None
        text = normalize_ws(row[c])
        if m := LEVEL_POINTS.search(text):
            return Figure(parse(m.group("points")), self._loc(t, r, c))
        if m := BARE_LEVEL_POINTS.search(text):
            figure = Figure(parse(m.group("points")), self._loc(t, r, c))
            self.bare_points[id(figure)] = figure
            return figure
        return None

    def _figure(self, t, row, r, c, shift) -> Figure | None:
        if c is None or not 0 <= c + shift < len(row):
            return None
        q = parse_cell(row[c + shift])
        if q.op == "empty":
            return None
        loc = self._loc(t, r, c + shift)
        self._repaired(q, loc)
        if not q.numeric and (lines := figure_lines(q.raw)) is not None:
            # several figures where one belongs: which one is meant the cell does not say
            self.recs.warnings.append(f"{loc.describe()}：单元格分{len(lines)}行写有{len(lines)}个数"
                                      f"（{'／'.join(x.raw.strip() for x in lines)}），此处只应有一个数，未读取")
        elif not q.numeric and HAS_DIGIT.search(q.raw) and len(clean(q.raw)) <= 8:
            # a score or weight garbled past repair (M.8 for 14.8): unread, and said so
            self.recs.warnings.append(f"{loc.describe()}：“{clean(q.raw)}”像是识别有误的数字，未作为数字读取，请核对原件")
        return Figure(q, loc)

    def _score_of_weight(self, t, row, r, c, shift, weight: Figure | None) -> Figure | None:
        """A score written as a fraction of the row's weight (8/10 under a weight of 10): the part
        scored, the cell kept as raw. None where the cell is no such fraction, or its whole is not
        the weight read in the row (a fraction of something else is no score)."""
        if c is None or weight is None or weight.value is None or not 0 <= c + shift < len(row):
            return None
        m = SCORE_OF_WEIGHT.fullmatch(clean(row[c + shift]))
        if m is None:
            return None
        part, whole = parse(m.group(1)), parse(m.group(2))
        if whole.value != weight.value or part.value > whole.value:
            return None
        return Figure(replace(part, raw=row[c + shift]), self._loc(t, r, c + shift))

    def _worked_score(self, t, row, r, c, shift, notes: list[str]) -> Figure | None:
        """A score written with its working (worked_cells.worked_figure: 8×2700÷3000=7.2): the figure after the =,
        the cell kept as raw, noted; where the working does not give that figure, read all the same (the score the
        form states) and said. None where the cell is no working."""
        if c is None or not 0 <= c + shift < len(row) or (got := worked_figure(row[c + shift])) is None:
            return None
        figure, working, agrees = got
        loc = self._loc(t, r, c + shift)
        if agrees:
            notes.append(f"得分一格写有计算过程（{working}），按等号后的{figure}读取")
        else:
            self.recs.warnings.append(f"{loc.describe()}：得分一格写“{clean(row[c + shift])}”，算式（{working}）算得的数"
                                      f"与等号后的{figure}不符，得分按{figure}读取，请核对原表")
        return Figure(replace(parse(figure), raw=row[c + shift]), loc)

    def _wrapped_score(self, t, row, r, c, shift, weight: Figure | None, notes: list[str]) -> Figure | None:
        """A score whose places a narrow cell wrapped onto a second line (5.6⏎2, 931's scan): the row's one
        weight has one score, so the two lines are one number (line_breaks.places_go_on), read where it
        does not pass the weight and writes no more places than another cell of its column does (4.5⏎3
        beside whole scores is no 4.53: nothing says the 3 is a place). None for any other cell (two
        figures stay unread, _figure says so)."""
        if c is None or weight is None or weight.value is None or not 0 <= c + shift < len(row):
            return None
        lines = [x.strip() for x in row[c + shift].split("\n") if x.strip()]
        if len(lines) != 2 or not places_go_on(*lines):
            return None
        q = parse(lines[0] + lines[1])
        if not q.numeric or q.value is None or q.value > weight.value:
            return None
        written = [p.places or 0 for cell in t.cells if cell.col == c + shift and cell.row != r
                   and "\n" not in cell.text.strip() and (p := parse_cell(cell.text)).numeric]
        if not written or q.places > max(written):
            return None
        notes.append(f"得分一格分2行写（{'／'.join(lines)}），为一个数折行，按 {q.raw} 读取")
        return Figure(replace(q, raw=row[c + shift]), self._loc(t, r, c + shift))

    def _rate(self, t, row, r, c, shift) -> Figure | None:
        """A figure in percent under column c, or None: a dash or a blank quietly (a row with no rate: a
        deadline, a 定性 row); anything else (OCR's 二 for a dash, a word) said, the row's rate unread and
        unchecked (tables.completion_column lets one filled cell in four be such)."""
        if c is None or not 0 <= c + shift < len(row):
            return None
        q = parse_cell(row[c + shift])
        if q.numeric and not q.unit and (head := self.header_units.get(c)) and head[0] == "%":
            q = q.with_unit_named(*head, source="表头")   # 完成率(%) over bare figures: the header's sign
        if q.numeric and q.unit == "%" and q.op == "=":
            return Figure(q, self._loc(t, r, c + shift))
        if columns.kind(row[c + shift]) != "empty":
            self.recs.warnings.append(f"{self._loc(t, r, c + shift).describe()}：完成率列的“{clean(row[c + shift])}”"
                                      "不是百分数，该行完成率未读取，未核对")
        return None

    def _points_pair(self, t, row, r, c, shift) -> tuple[Figure | None, Figure | None]:
        """The weight and the score of one cell under a joined 分值/得分 header (8/7.2, 6 / 6), in the
        header's order, each with its own raw text and the cell's location. A cell that is no pair
        of figures gives neither: one figure cannot be told weight or score."""
        if c is None or not 0 <= c + shift < len(row) or not clean(row[c + shift]):
            return None, None
        loc = self._loc(t, r, c + shift)
        pair = split_pair(row[c + shift]) or stacked_pair(row[c + shift])
        if pair is None:
            self.recs.warnings.append(f"{loc.describe()}：分值/得分同列，但“{clean(row[c + shift])}”不是以“/”分隔的"
                                      "两个数，分值、得分均未读取")
            return None, None
        qs = [parse_cell(x) for x in pair]
        for q in qs:
            self._repaired(q, loc)
        figures = dict(zip(self.points_order, (Figure(q, loc) for q in qs)))
        return figures["weight"], figures["score"]

    def _repaired(self, q: Quantity, loc: Location) -> None:
        """A figure read after repairing its digits or a slip of typing is never read silently
        (quantity.parse_cell); the note says what the source makes it: a scan's misread where the
        document or the figure's row was read by OCR (its cells carry a confidence), else a typing slip."""
        if q.note.startswith((REPAIRED, TYPED)):
            t = next((t for t in self.doc.tables() if t.index == loc.table), None)
            scanned = self.recs.ocr or \
                (t is not None and loc.row is not None and t.row_confidence(loc.row) is not None)
            self.recs.warnings.append(f"{loc.describe()}：{slip_by_source(q.note, scanned)}，请核对原件")

    @staticmethod
    def _value_shift(row: list[str], cols: _Cols, label_shift: int) -> int:
        """How far the value cells sit from their header (seed 002 has a row with an extra cell)."""
        if cols.weight is None and cols.score is None:
            return label_shift

        # the columns that say how to read a value (≥ / 正向, its unit), never a value themselves
        describing = {c + label_shift for c in (cols.nature, cols.direction, cols.unit) if c is not None}

        def plausible(s: int) -> int:
            if any(c is not None and cols.level3 is not None and c + s <= cols.level3 + label_shift
                   for c in (cols.target, cols.actual)):
                return -1     # a shift that reads the indicator's own name as its value
            if any(c is not None and c + s in describing for c in (cols.target, cols.actual)):
                return -1     # a shift that reads the operator or the unit column as a value (1268: 得分 left blank)
            passed = [clean(row[k]) for k in range(max(cols.target + label_shift, 0), min(cols.target + s, len(row)))] \
                if cols.target is not None else []
            if any(columns.kind(x) == "opfigure" for x in passed):
                return -1     # the cell it passes over is a bound figure under 指标值: a target, no extra cell
            if passed and not any(passed):
                return -1     # it passes over blank cells only: a target left blank, no extra cell (983)
            def at(c):
                return clean(row[c + s]) if c is not None and 0 <= c + s < len(row) else ""
            points = 0
            for c in (cols.weight, cols.score):
                points += c is not None and bool(SCORE_LIKE.match(at(c)))
            points += bool(at(cols.target)) + bool(at(cols.actual))
            points += cols.reason is None or not SCORE_LIKE.match(at(cols.reason))
            return points
        best = max((label_shift, label_shift - 1, label_shift + 1), key=plausible)
        return best


def _figures_apart(text: str) -> list[str]:
    """The lines of a cell that are each a figure of their own (43.6平方公里⏎18.9公里⏎100): a value wrapped
    onto its unit or a date over two lines gives one."""
    return [bare(x) for x in (text or "").split("\n") if bare(x) and parse_cell(x).numeric]
