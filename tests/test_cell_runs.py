"""Indicator tables published one cell per line (issue 24 part 2): normalize.cell_runs rebuilds
the table from the sequence of cells, one test per text arrangement. The passages are made up in
the shape of the real ones (../shared/realworld/raw 014, 024, 041, 054)."""
from decimal import Decimal

import regex as re

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]

ROWS = [
    ["产出指标", "数量指标", "培训人数", "≥200人", "230人", "20", "20"],
    ["产出指标", "数量指标", "发放手册", "≥500份", "480份", "10", "9.6"],
    ["产出指标", "质量指标", "考核合格率", "≥90%", "95%", "20", "20"],
    ["效益指标", "社会效益指标", "群众知晓率", "显著提高", "显著提高", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "96%", "20", "20"],
]


def _read(tmp_path, text: str):
    path = tmp_path / "passage.txt"
    path.write_text(text, encoding="utf-8")
    return normalize_document(read_document(path))


def _merged(rows):
    """Level-1 and level-2 labels written on the first row of their group only (merged cells)."""
    out, l1, l2 = [], None, None
    for r in rows:
        cells = r[2:] if (r[0], r[1]) == (l1, l2) else r[1:] if r[0] == l1 else list(r)
        l1, l2 = r[0], r[1]
        out.append(cells)
    return out


def _triples(recs):
    return [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.q.value), str(i.score.q.value))
            for i in recs.indicators]


WANT = [("产出指标", "数量指标", "培训人数", "≥200人", "230人", "20", "20"),
        ("产出指标", "数量指标", "发放手册", "≥500份", "480份", "10", "9.6"),
        ("产出指标", "质量指标", "考核合格率", "≥90%", "95%", "20", "20"),
        ("效益指标", "社会效益指标", "群众知晓率", "显著提高", "显著提高", "30", "30"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "96%", "20", "20")]

PROSE_BEFORE = "二、绩效目标完成情况\n经过自评，本项目较好地完成了年初设定的各项绩效目标，具体如下表：\n"
PROSE_AFTER = "(三)存在的问题和原因\n部分培训安排较为集中。\n"


def test_one_cell_per_line(tmp_path):
    """Each cell a line, a `|` after it and a lone `|` between rows (041)."""
    lines = [c + " |" for c in HEADER] + ["|"]
    for r in ROWS:
        lines += [c + " |" for c in r] + ["|"]
    recs = _read(tmp_path, PROSE_BEFORE + "\n".join(lines) + "\n" + PROSE_AFTER)
    assert _triples(recs) == WANT
    first = recs.indicators[0]
    # provenance: each cell's source line (the header starts on line 3)
    assert (first.target.loc.line, first.actual.loc.line, first.weight.loc.line, first.score.loc.line) == (14, 15, 16, 17)
    assert recs.projects[0].rows_unread == 0


def test_one_cell_per_paragraph_with_blank_lines(tmp_path):
    """Each cell a paragraph, a blank line between cells (008, 014, 052)."""
    cells = HEADER + [c for r in ROWS for c in r]
    recs = _read(tmp_path, PROSE_BEFORE + "\n" + "\n\n".join(cells) + "\n\n" + PROSE_AFTER)
    assert _triples(recs) == WANT
    assert recs.indicators[1].weight.q.value == Decimal(10)


def test_merged_level_labels_written_once(tmp_path):
    """A level-1 / level-2 cell merged down its group is written on the group's first row only,
    so the rows have five, six or seven cells (014, 024, 054)."""
    rows = _merged(ROWS)
    assert [len(r) for r in rows] == [7, 5, 6, 7, 7]
    cells = HEADER + [c for r in rows for c in r]
    recs = _read(tmp_path, "\n".join(cells) + "\n")
    assert _triples(recs) == WANT


def test_dropped_empty_cells(tmp_path):
    """Empty cells are not written at all: a 偏差原因 column empty on most rows, a row without its
    score (not yet scored), a template placeholder left as ……."""
    header = HEADER + ["偏差原因分析及改进措施"]
    rows = [list(r) for r in _merged(ROWS)]
    rows[1].append("印制数量调整")        # the one reason given
    rows[2] = rows[2][:-1]                 # 考核合格率: no score written
    cells = header + [c for r in rows for c in r] + ["……"]
    recs = _read(tmp_path, "\n".join(cells) + "\n")
    got = _triples_or_none(recs)
    assert got[0] == WANT[0]
    assert recs.indicators[1].reason == "印制数量调整"
    assert got[2] == ("产出指标", "质量指标", "考核合格率", "≥90%", "95%", "20", None)
    assert got[3:] == WANT[3:]


def _triples_or_none(recs):
    return [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw,
             str(i.weight.q.value) if i.weight else None, str(i.score.q.value) if i.score else None)
            for i in recs.indicators]


def test_operator_and_unit_columns_keep_the_rows_apart(tmp_path):
    """指标性质 / 指标方向 / 计量单位 columns (024): the operator column holds operators only."""
    header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分"]
    rows = [["产出指标", "数量指标", "指标1:租车次数", "正向", "大于等于", "1", "1", "次", "8", "8"],
            ["指标2:宣传品制作个数", "正向", "小于等于", "1", "1", "个", "7", "7"],
            ["质量指标", "指标1:租车达标率", "正向", "等于", "100", "100", "%", "8", "8"]]
    recs = _read(tmp_path, "\n".join(c + " |" for c in header + [c for r in rows for c in r]) + "\n")
    got = [(i.level2, i.target.q.op, str(i.target.q.value), i.target.q.unit) for i in recs.indicators]
    assert got == [("数量指标", ">=", "1", "次"), ("数量指标", "<=", "1", "个"), ("质量指标", "=", "100", "%")]


def test_two_equally_good_segmentations_read_nothing_and_warn(tmp_path):
    """After 培训人数, the cells `90%`, `10` can be its target and weight or its result and weight
    (its other value and score dropped): no reading is better, so the row is not read, it is
    counted unread and the warning names its source lines. The rows after it, which carry their
    own labels, are read."""
    rows = [["产出指标", "数量指标", "培训人数", "90%", "10"]] + [list(r) for r in ROWS[2:]]
    cells = HEADER + [c for r in rows for c in r]
    recs = _read(tmp_path, "\n".join(cells) + "\n")
    assert "培训人数" not in [i.level3 for i in recs.indicators]
    assert [i.level3 for i in recs.indicators] == ["考核合格率", "群众知晓率", "参训人员满意度"]
    assert recs.projects[0].rows_unread == 1
    [w] = [w for w in recs.warnings if "逐格排列" in w]
    assert "第8-12行" in w and "1行指标未读取" in w


def test_only_ambiguous_rows_read_nothing(tmp_path):
    """A table whose every row is ambiguous reads no row at all, and says how many it left."""
    rows = [["产出指标", "数量指标", "培训人数", "90%", "10"], ["发放手册", "95%", "10"]]
    cells = HEADER + [c for r in rows for c in r]
    recs = _read(tmp_path, "\n".join(cells) + "\n")
    assert recs.indicators == []
    assert any("逐格排列" in w and "未读取" in w for w in recs.warnings)


def test_prose_in_short_lines_is_not_taken_for_a_table(tmp_path):
    """Header words in running text, one per line, with nothing table-like after them."""
    text = "一级指标\n二级指标\n三级指标\n年度指标值\n本单位高度重视绩效管理工作。\n全年共召开专题会议三次。\n"
    recs = _read(tmp_path, text)
    assert recs.indicators == []


def test_fund_table_one_cell_per_line(tmp_path):
    """The fund table in the same arrangement (008, 010, 024): its header by the fund words, then
    a label and one figure per column; an empty cell written out as —— keeps its place."""
    cells = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
             "年度资金总额", "50", "60", "54", "10", "90%", "9",
             "其中：财政拨款", "50", "60", "54", "——", "90%", "——"]
    recs = _read(tmp_path, "\n".join(c + " |" for c in cells) + "\n")
    [p] = recs.projects
    assert (str(p.budget_initial.q.value), str(p.budget_full_year.q.value), str(p.executed.q.value)) == \
        ("500000", "600000", "540000")       # 万元, in 元
    assert (str(p.exec_rate_stated.q.value), str(p.fund_weight.q.value), str(p.fund_score.q.value)) == ("90", "10", "9")
    assert p.budget_full_year.loc.line == 10


def test_pipe_rows_that_lost_their_merged_cells(tmp_path):
    """Pipe rows, one row per line, where a merged level label is not written as an empty cell
    but left out (001, 025, 069): the row's cells are placed by their kind, not their position."""
    lines = ["| 年度绩效目标（80分） | " + " | ".join(HEADER) + " |"]
    for r in _merged(ROWS):
        lines.append(" | ".join(r) + " | |||")
    recs = _read(tmp_path, "\n".join(lines) + "\n")
    assert _triples(recs) == WANT


def test_a_row_under_a_group_with_no_indicator_keeps_the_groups_level_1(tmp_path):
    """060: 效益指标 | 经济效益指标 and nothing (a group with no indicator), then 社会效益指标's row, its
    merged level-1 cell left out: the row's level 1 as written is the group row's 效益指标, not the
    产出指标 of the rows above (level1 was right already, from its level 2)."""
    lines = ["| 年度绩效目标（80分） | " + " | ".join(HEADER) + " |"]
    lines += [" | ".join(r) + " | |||" for r in _merged(ROWS[:3])]
    lines += ["效益指标 | 经济效益指标 | |||||",
              "社会效益指标 | 群众知晓率 | 显著提高 | 显著提高 | 30 | 30 | |||",
              " | ".join(ROWS[4]) + " | |||"]
    recs = _read(tmp_path, "\n".join(lines) + "\n")
    assert _triples(recs) == WANT
    known = next(i for i in recs.indicators if i.level3 == "群众知晓率")
    assert (known.level1_raw, known.level2_raw) == ("效益指标", "社会效益指标")
    assert [i.level1_raw for i in recs.indicators if i.level3 != "群众知晓率"] == ["产出指标"] * 3 + ["满意度指标"]


def _dated_rows(first: str, second: str, third: str) -> str:
    head = "| 年度绩效目标（80分） | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |"
    return "\n".join([head,
                      "产出指标(40分) | 数量指标 | 一个存储备份器 | 25TB | 25TB | 10 | ||||",
                      "时效指标 | 可保证读者使用时长 | 全天候可用 | 全天候 | 10 | |||||",
                      f"{first} | {second} | {third} | |||||||",
                      "成本指标 | 以低价位高质量为采购原则 | 5万 | 5万 | 10 | |||||"]) + "\n"


def test_a_row_named_like_a_figure_is_read_where_its_other_cells_fill_the_values(tmp_path):
    """069: 2022年全年 | ≥360天 | ≥360天 under a header of 年初目标值 / 实际完成值 / 得分. The name column
    refuses a figure with words (a value, never a name), but the row cannot be values alone (≥360天
    is no score): its first cell is the name, the two figures its target and result, and a warning
    names the row."""
    recs = _read(tmp_path, _dated_rows("2022年全年", "≥360天", "≥360天"))
    got = {i.level3: (i.level2, i.target.raw, i.actual.raw, i.score) for i in recs.indicators}
    assert got["2022年全年"] == ("时效指标", "≥360天", "≥360天", None)
    assert len(got) == 4 and recs.unread_rows == 0
    assert any("第4行以“2022年全年”为指标名称" in w for w in recs.warnings)


def test_a_row_of_figures_that_may_be_its_values_alone_is_counted_unread_and_named(tmp_path):
    """10次 | 12次 | 8: the row may be a target, a result and a score that lost their name: no name is
    made of a figure, and the row is counted unread and named by its line and cells, not dropped."""
    recs = _read(tmp_path, _dated_rows("10次", "12次", "8"))
    assert [i.level3 for i in recs.indicators] == ["一个存储备份器", "可保证读者使用时长", "以低价位高质量为采购原则"]
    assert not any("为指标名称" in w for w in recs.warnings)
    assert recs.unread_rows == 1
    assert any("第4行只有数值（10次｜12次｜8），无指标名称" in w for w in recs.warnings), recs.warnings


def test_pipe_rows_in_place_are_read_as_before(tmp_path):
    """A pipe table whose merged cells are written as empty cells is left to the table reader."""
    lines = ["| " + " | ".join(HEADER) + " |"]
    l1 = l2 = None
    for r in ROWS:
        lines.append("| " + " | ".join([r[0] if r[0] != l1 else "", r[1] if (r[0], r[1]) != (l1, l2) else ""]
                                       + r[2:]) + " |")
        l1, l2 = r[0], r[1]
    path = tmp_path / "passage.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from jixiao.normalize.cell_runs import _rebuild_all
    assert _rebuild_all(read_document(path)) == []     # not taken for cells written one per line
    assert _triples(_read(tmp_path, "\n".join(lines) + "\n")) == WANT


# -- provenance: a rebuilt table's records point at the document as extracted ---------------------

def _squash(s) -> str:
    return "".join(str(s or "").split()).strip("|")


def _unresolved(path, recs) -> list[str]:
    """Every indicator record's locations (the row, and each figure) resolved in the document as
    the extractor gives it: a table row or cell that exists, or the paragraph of a cell written on
    its own line; the cell holds the record's raw text (a figure assembled from an operator, a
    value and a unit column holds its value's cell)."""
    from jixiao.extract import Paragraph
    doc = read_document(path)
    tables = doc.tables()
    bad = []
    for i in recs.indicators:
        places = [("row", i.level3, i.loc)] + [(k, f.raw, f.loc) for k in ("target", "actual", "weight", "score")
                                              if (f := getattr(i, k)) is not None and f.raw]
        for what, raw, loc in places:
            if loc.table is not None:
                if loc.table >= len(tables) or loc.row is None or loc.row >= tables[loc.table].n_rows:
                    bad.append(f"{i.level3} {what}: no table row {loc}")
                    continue
                if loc.col is None:
                    text = "".join(c.text for c in tables[loc.table].rows()[loc.row])
                else:
                    cell = tables[loc.table].cell_at(loc.row, loc.col)
                    text = cell.text if cell is not None else None
                    if text is None:
                        bad.append(f"{i.level3} {what}: no cell {loc}")
                        continue
                    assert loc.block == tables[loc.table].loc.block
            else:
                b = doc.blocks[loc.block] if loc.block is not None and loc.block < len(doc.blocks) else None
                if not isinstance(b, Paragraph):
                    bad.append(f"{i.level3} {what}: no paragraph {loc}")
                    continue
                text = b.text
                assert loc.line == b.loc.line
                after = doc.blocks[loc.block + 1] if loc.block + 1 < len(doc.blocks) else None
                if isinstance(after, Paragraph) and (mark := re.match(r"\d{1,2}、", after.text)):
                    text += after.text[mark.end():]     # a cell a site's page cut runs on into the next page
            if not (_squash(raw) in _squash(text) or what != "row" and _squash(text) and _squash(text) in _squash(raw)):
                bad.append(f"{i.level3} {what}: {raw!r} not in {text!r} at {loc}")
    return bad


def test_rebuilt_pipe_rows_keep_the_extracted_numbering(tmp_path):
    """A fund table, then an indicator table whose rows lost their merged cells, then rows of the
    same table that are no indicator rows, then another table: the re-laid rows are read, and
    every record points at the table, row and cell of the document as extracted (the mutation
    suite and the desk find the cell by these numbers)."""
    lines = ["项目支出绩效自评表", "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 |",
             "| 年度资金总额 | 50 | 60 | 54 |", "", "说明：以下为绩效指标。", "",
             "| 年度绩效目标（80分） | " + " | ".join(HEADER) + " |"]
    for r in _merged(ROWS):
        lines.append(" | ".join(r) + " | |||")
    lines += ["", "| 序号 | 事项 | 金额 |", "| 1 | 培训费 | 20 |"]
    path = tmp_path / "passage.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = normalize_document(read_document(path))
    assert _triples(recs) == WANT
    assert not _unresolved(path, recs), _unresolved(path, recs)
    doc = read_document(path)
    first = recs.indicators[0]
    assert doc.tables()[first.loc.table].cell_at(first.score.loc.row, first.score.loc.col).text.strip() == "20"
    assert first.loc.line == 8


def test_rebuilt_cells_one_per_line_point_at_their_paragraphs(tmp_path):
    """A table written a cell per line is no table of the extracted document: its records point at
    the paragraph each cell stands in, and a table after it keeps its number."""
    cells = HEADER + [c for r in _merged(ROWS) for c in r]
    text = PROSE_BEFORE + "\n".join(cells) + "\n" + PROSE_AFTER + "| 序号 | 事项 | 金额 |\n| 1 | 培训费 | 20 |\n"
    path = tmp_path / "passage.txt"
    path.write_text(text, encoding="utf-8")
    recs = normalize_document(read_document(path))
    assert _triples(recs) == WANT
    assert not _unresolved(path, recs), _unresolved(path, recs)
    assert all(i.loc.table is None and i.score.loc.table is None for i in recs.indicators)
    assert [b.loc.block for b in read_document(path).blocks] == list(range(len(read_document(path).blocks)))
    # the prose after the table keeps its place in the extracted document too
    doc = read_document(path)
    for t, loc in recs.paragraphs:
        assert doc.blocks[loc.block].text == t


def test_raw_passages_rebuilt_point_at_the_extracted_document():
    """The development set's raw passages that go through a rebuild (pipe rows re-laid, cells one
    per line, rows set apart by spaces): every record resolves in the extracted document."""
    from .conftest import REALWORLD
    for stem in ("001", "004", "009", "014", "018", "024", "025", "041", "042", "043", "044", "052", "054", "058", "060",
                 "062", "066", "069"):
        path = REALWORLD / "raw" / f"{stem}.txt"
        recs = normalize_document(read_document(path))
        assert recs.indicators, stem
        assert not _unresolved(path, recs), (stem, _unresolved(path, recs)[:3])


def test_raw_passages_with_restored_twins_read_no_wrong_row():
    """Precision on the development set's raw passages against their restored twins' expected
    records (matched by name, as benchmarks.raw_rows measures): no row is read that the document
    does not have, and at least the rows read when this was written."""
    from jixiao.normalize.expected import compare, load

    from .conftest import REALWORLD
    found = matched = 0
    wrong = []
    for exp in sorted((REALWORLD / "expected").glob("*.json")):
        cmp = compare(normalize_document(read_document(REALWORLD / "raw" / f"{exp.stem}.txt")), load(exp))
        found, matched = found + cmp.found, matched + cmp.matched
        wrong += [f"{exp.stem} {m}" for m in cmp.mismatches if m.startswith("多出的指标行")]
    assert not wrong, wrong
    assert matched >= 154, matched


def test_rows_that_end_a_relaid_table_and_fit_no_column_stay_text(tmp_path):
    """060: after the indicator rows, a result block in the same table (考核节点进度完成率 | 10分 |
    项目采购节约率 | 10分) fits no column of the header. It is not read as indicator rows, whose
    columns the table reader would have to guess. The table as 060 has it: no weight or score."""
    lines = ["一级指标 | 二级指标 | 三级指标 | 预算设定指标值 | 项目完成指标值 | ||"]
    for r in _merged(ROWS):
        lines.append(" | ".join(r[:-2]) + " | |||")
    lines += ["预算绩效评价结果 | 考核节点进度完成率 | 10分 | 项目采购节约率 | 10分 | ||",
              "预算编制准确度 | 9分 | 绩效评价结果 | 29分 |", "公示期：自即日起3天。"]
    path = tmp_path / "passage.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = normalize_document(read_document(path))
    assert [(i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [w[1:5] for w in WANT]
    assert not _unresolved(path, recs)
    # the result block stays text, located at its row of the extracted table
    [(text, loc)] = [(t, loc) for t, loc in recs.paragraphs if "预算编制准确度" in t]
    assert loc.table == 0 and loc.row == 7 and text.startswith("预算编制准确度 | 9分")


# -- rows set apart by spaces, a line per row (004, 009, 066) -------------------------------------

def test_rows_set_apart_by_spaces(tmp_path):
    """Each row a line, its cells set apart by spaces, the merged level labels written once and
    empty cells left out; the level heads broken over lines of their own above the header, one
    line of scoring rule under a row, a level's points on a line of its own (009)."""
    lines = ["项目支出绩效自评表", "一级", "指标", "二级", "指标",
             "三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施", "(80分)"]
    for n, r in enumerate(_merged(ROWS)):
        lines.append(" ".join(r))
        if n == 0:
            lines.append("定量指标计算:完成值达到指标值,记满分;未达到指标值,按实际完成比例记分。")
    lines += ["", "三、存在的问题", "部分培训安排较为集中，下一步将合理安排。"]
    recs = _read(tmp_path, "\n".join(lines) + "\n")
    assert _triples(recs) == WANT
    path = tmp_path / "passage.txt"
    assert not _unresolved(path, recs)
    assert recs.indicators[0].loc.line == 8 and recs.indicators[0].score.loc.line == 8


def test_rows_set_apart_by_spaces_level_label_over_two_lines(tmp_path):
    """A level-2 label broken over two lines of its own above its row (经济效益 / 指标: 009)."""
    lines = [" ".join(HEADER), " ".join(ROWS[0]), " ".join(ROWS[1][2:]), "社会效益", "指标",
             " ".join(ROWS[3][2:]), "", "说明：无。"]
    recs = _read(tmp_path, "\n".join(lines) + "\n")
    got = [(i.level2, i.level3) for i in recs.indicators]
    assert got == [("数量指标", "培训人数"), ("数量指标", "发放手册"), ("社会效益指标", "群众知晓率")]


def test_rows_set_apart_by_spaces_cut_off_at_the_end(tmp_path):
    """004: the passage ends in a row that lost its weight and score with the cut: not read."""
    lines = [" ".join(HEADER), " ".join(ROWS[0]), " ".join(ROWS[1][2:]), "质量指标 考核合格率 严格执行相关制度 严格执行相关"]
    recs = _read(tmp_path, "\n".join(lines))
    assert [i.level3 for i in recs.indicators] == ["培训人数", "发放手册"]
    assert recs.projects[0].cut_off


def test_words_set_apart_by_spaces_in_prose_are_no_table(tmp_path):
    """A line of header words in running text, lines of prose after it: nothing is read."""
    text = "三级指标 年度指标值 实际完成值 分值 得分\n本单位高度重视绩效管理工作 全年共召开专题会议三次。\n项目完成情况良好。\n"
    assert _read(tmp_path, text).indicators == []


# -- a passage that starts inside a table, its header cut away (053) -------------------------------

def test_headerless_rows_with_the_operator_in_a_cell_of_their_own(tmp_path):
    """053: the passage starts inside a Sichuan 2023 table (指标性质 | 指标值 | 度量单位 | 完成值 |
    权重 | 得分), its header cut away, each row followed by lines of bare pipes. The operator cell
    fixes every figure's column; a qualitative row (定性 where the operator stands: its target and
    result in words, no unit) broken over two lines at its empty unit cell is read whole."""
    text = ("安全警示标志设置及时率 | = | 100 | % | 100 | 5 |\n|\n| |||\n"
            "成本指标 | 安全隐患排查成本预算 | = | 6 | 万元 | 6 | 5 |\n|\n| ||\n"
            "清理垃圾成本预算 | = | 4 | 万元 | 4 | 5 |\n|\n| |||\n"
            "可持续影响指标 | 整治管理机制健全性 | 定性 | 优良中低差 |\n| 优 | 10 |\n|\n| ||\n"
            "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 95 | % | 96 | 10 |\n|\n| |\n"
            "合计 | 100 |\n|\n| |||||||\n评价结论 | 预算编制质量较高。 | |||||||||\n")
    recs = _read(tmp_path, text)
    got = [(i.level2, i.level3, i.target.raw, i.actual.raw, str(i.weight.q.value), i.score) for i in recs.indicators]
    assert got == [(None, "安全警示标志设置及时率", "=100%", "100%", "5", None),
                   ("成本指标", "安全隐患排查成本预算", "=6万元", "6万元", "5", None),
                   ("成本指标", "清理垃圾成本预算", "=4万元", "4万元", "5", None),
                   ("可持续影响指标", "整治管理机制健全性", "优良中低差", "优", "10", None),
                   ("服务对象满意度指标", "群众满意度", "≥95%", "96%", "10", None)]
    assert recs.unread_rows == 0 and not any("无表头" in w for w in recs.warnings)
    assert not _unresolved(tmp_path / "passage.txt", recs)


def test_a_headerless_qualitative_row_with_a_figure_in_words_place_is_counted_not_read(tmp_path):
    """A 定性 row whose target or result is a figure is no qualitative row: it is not placed as one
    (its columns would be guessed) but counted unread and named."""
    text = ("成本指标 | 安全隐患排查成本预算 | = | 6 | 万元 | 6 | 5 |\n|\n| ||\n"
            "可持续影响指标 | 整治管理机制健全性 | 定性 | 90 |\n| 优 | 10 |\n|\n| ||\n"
            "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 95 | % | 96 | 10 |\n|\n| |\n")
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == ["安全隐患排查成本预算", "群众满意度"]
    assert recs.unread_rows == 1 and any("无表头" in w and "第4行" in w for w in recs.warnings)


def test_headerless_rows_of_another_shape_are_not_read(tmp_path):
    """A passage starting inside a table whose rows have no operator cell: no column is guessed."""
    text = "培训人数 | ≥200人 | 230人 | 20 | 20 |\n发放手册 | ≥500份 | 480份 | 10 | 9.6 |\n"
    from jixiao.normalize.cell_runs import _headerless
    assert _headerless(read_document(_write(tmp_path, text))) == []


def _write(tmp_path, text):
    path = tmp_path / "passage.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_table_reader_warnings_name_the_extracted_place(tmp_path):
    """A warning of the table reader about a rebuilt table names the block, table and row of the
    document as extracted, not of the rebuilt one."""
    lines = ["说明。", "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 |", "| 年度资金总额 | 50 | 60 | 54 |", "",
             "| 项目名称 | 培训项目 | | | | | | |",      # a row of the same table above the header
             "| 年度绩效目标（80分） | " + " | ".join(HEADER) + " |"]
    for r in _merged(ROWS)[:3]:          # 50 of the 80 points: the passage was cut off
        lines.append(" | ".join(r) + " | |||")
    recs = _read(tmp_path, "\n".join(lines) + "\n")
    [w] = [w for w in recs.warnings if "截断" in w and "块" in w]
    doc = read_document(tmp_path / "passage.txt")
    t = doc.tables()[1]
    assert t.cell_at(1, 1).text == "一级指标"
    assert f"块{t.loc.block} 表2 第2行 源文件第6行" in w, w


def test_cells_run_together_read_only_where_they_split_one_way(tmp_path):
    """044, 030: a table flattened with its cells run together on a line. 产出数量指标享受资助人数
    达到预计值210010 under a header with a column no field names (指标说明) is not read: is it
    2100 and 10, or 21000 and 10? Under a header whose every cell is named, 数量指标储备到位率100%100%
    splits one way: a level label, a name, a target and a result in one unit."""
    text = ("评价指标评价内容指标名称指标说明目标值分值备注\n"
            "产出数量指标享受资助人数达到预计值210010\n质量指标建档立卡学生全面覆盖100%10\n"
            "一级指标二级指标三级指标年度指标值全年完成值数量指标储备到位率100%100%库存数量真实率100%100%\n")
    recs = _read(tmp_path, text)
    assert [(i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == \
        [("数量指标", "储备到位率", "100%", "100%"), ("数量指标", "库存数量真实率", "100%", "100%")]


RUN_TOGETHER = ("专项名称普惠金融专项资金主管部门省财政厅一级指标二级指标三级指标指标值完成值权重得分"
                "产出指标数量指标贷款发放额增长率≥10%115.25%20%20质量指标贷款回收率≥90%98.70%20%18"
                "指标2企业自行采购200万粒200万粒8%8效益指标社会效益指标网点覆盖率≥60%85%10%10得分合计56。\n")


def test_cells_run_together_one_paragraph(tmp_path):
    """058: the header and the rows of a table run together in one paragraph. The header's
    cells by the header vocabulary, the level labels by the level-name grammar, the figures cut
    one per value column (a weight written as a percentage of the total is its points); a figure
    inside a name (指标2) is part of the name. Every record points at the paragraph holding its
    text, and the words before the header stay text."""
    recs = _read(tmp_path, RUN_TOGETHER)
    assert _triples(recs) == [
        ("产出指标", "数量指标", "贷款发放额增长率", "≥10%", "115.25%", "20", "20"),
        ("产出指标", "质量指标", "贷款回收率", "≥90%", "98.70%", "20", "18"),
        ("产出指标", "质量指标", "指标2企业自行采购", "200万粒", "200万粒", "8", "8"),
        ("效益指标", "社会效益指标", "网点覆盖率", "≥60%", "85%", "10", "10")]
    assert recs.unread_rows == 0
    assert not _unresolved(tmp_path / "passage.txt", recs)
    first = recs.indicators[0]
    assert (first.loc.block, first.loc.line, first.score.loc.line) == (0, 1, 1)


def test_a_digit_run_cut_two_ways_is_unread_and_named(tmp_path):
    """210010 under 年度指标值 | 分值 is 2100 and 10 or 21001 and 0: neither is read; the row is
    counted unread and named in a warning, and the row after it, which splits one way, is read."""
    text = ("一级指标二级指标三级指标年度指标值分值\n"
            "产出指标数量指标享受资助人数210010质量指标资金支出率95%10\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.target.raw, str(i.weight.q.value)) for i in recs.indicators] == [("资金支出率", "95%", "10")]
    assert recs.unread_rows == 1
    assert any("享受资助人数210010" in w and "1行指标未读取" in w for w in recs.warnings), recs.warnings


def test_a_weight_above_its_groups_points_is_no_cut(tmp_path):
    """002: 8550万粒550万粒8 under 分值 | 年度指标值 | 全年实际值 | 得分 is 8 | 550万粒 | 550万粒 | 8
    or 85 | 50万粒 | 550万粒 | 8; in a group of 40 points (产出指标(40分)) no row weighs 85, so it
    reads one way. Without the group's points the row stays unread; a level 2's points cap too."""
    head = "一级指标二级指标三级指标分值年度指标值全年实际值得分\n"
    recs = _read(tmp_path, head + "产出指标(40分)数量指标免费发放原种8550万粒550万粒8培训农户3300人300人3\n")
    assert [(i.level3, str(i.weight.value), i.target.raw, i.actual.raw, str(i.score.value))
            for i in recs.indicators] == [("免费发放原种", "8", "550万粒", "550万粒", "8"),
                                          ("培训农户", "3", "300人", "300人", "3")]
    assert recs.unread_rows == 0
    recs = _read(tmp_path, head + "产出指标数量指标免费发放原种8550万粒550万粒8\n")
    assert recs.indicators == [] and recs.unread_rows == 1
    recs = _read(tmp_path, head + "产出指标数量指标(10分)免费发放原种8550万粒550万粒8\n")
    assert [i.level3 for i in recs.indicators] == ["免费发放原种"]


def test_a_bound_written_after_a_figure_is_part_of_it(tmp_path):
    """062: 资金拨付及时性 98%以上 100% 10: 以上 is the target's bound (>=), not words that end one
    row and open another; both rows around it are read. A bound is a target's or a result's only:
    10以上 is no score, and a one-character bound (内, 多) may open a name and is not taken."""
    text = ("一级指标二级指标三级指标年度指标值全年完成值得分\n"
            "产出指标时效指标资金拨付及时性 98%以上 100% 10 办结时限 3天以内 2天 10 "
            "质量指标合格率 90% 95%以上 10\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.target.raw, i.target.q.op, str(i.target.q.value), i.actual.raw, str(i.score.value))
            for i in recs.indicators] == [("资金拨付及时性", "98%以上", ">=", "98", "100%", "10"),
                                          ("办结时限", "3天以内", "<=", "3", "2天", "10"),
                                          ("合格率", "90%", "=", "90", "95%以上", "10")]
    assert recs.unread_rows == 0
    from jixiao.normalize.cell_joins import split_figures
    assert split_figures("95%100%10以上", ["target", "actual", "score"]) == []
    from jixiao.normalize.cell_joins import FIGURE_RUN
    assert [m.group() for m in FIGURE_RUN.finditer("100% 10内部控制")] == ["100% 10"]


def test_shangxia_after_a_figure_opens_the_next_name_not_a_bound(tmp_path):
    """上下 is a bound (120人上下: about 120) but also begins names (上下游企业带动数): glued to a
    result it is the next row's name, so cell_joins.BOUND leaves it out as it leaves out 内 and 多."""
    text = ("一级指标二级指标三级指标年度指标值全年完成值\n"
            "产出指标数量指标培训人数 100人 120人上下游企业带动数 5家 6家 合格率 90% 95%\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [
        ("培训人数", "100人", "120人"), ("上下游企业带动数", "5家", "6家"), ("合格率", "90%", "95%")]


def test_a_word_written_twice_before_a_rows_points_is_its_target_and_result(tmp_path):
    """1228.doc: a qualitative row run together with its points (池塘标准化长效管护机制健全健全55 under
    年度指标值 | 实际完成值 | 分值 | 得分): the word written twice right before the run is the target and the
    result (the halves equal, the cut sure), the run the weight and the score. A doubling that can be cut
    two ways (全全全全) stays unread and said."""
    text = ("一级指标二级指标三级指标年度指标值实际完成值分值得分\n"
            "产出指标数量指标改造面积≥1.2万亩1.25万亩1010效益指标可持续影响指标长效管护机制健全健全55"
            "满意度指标服务对象满意度指标养殖户满意度≥90%94.6%1010\n")
    recs = _read(tmp_path, text)
    assert [(i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.value, i.score.value) for i in recs.indicators][1] == \
        ("可持续影响指标", "长效管护机制", "健全", "健全", Decimal(5), Decimal(5))
    assert len(recs.indicators) == 3 and not recs.unread_rows
    twice = _read(tmp_path, text.replace("机制健全健全55", "机制全全全全55"))
    assert "长效管护机制" not in [i.level3 for i in twice.indicators] and twice.unread_rows == 1


def test_a_group_that_opens_inside_a_rows_words_is_read_from_its_labels(tmp_path):
    """044: a row whose result is a word runs on with its reason into the next group's labels
    (100%无没有轮换、动用库存效益指标生态效益指标科学保粮率…). A level-1 label and a level-2 label
    after words open a new group: the words before them are a row counted unread and named, and
    the rows of the new group are read. A lone level name inside words (没有轮换质量指标…) opens
    none, and labels written in a run of their own (产出指标(60分)时效指标效益指标(40分)总分) neither.
    Words ending in one word written twice (设备维护及安全性高高) are a row whose target and result
    are that word (raw 044), read; where the doubling can be cut two ways (高高高高) it stays unread."""
    text = ("一级指标二级指标三级指标年度指标值全年完成值未完成原因\n"
            "产出指标数量指标储备到位率100%100%利息补贴保障率100%无没有轮换、动用库存"
            "效益指标生态效益指标科学保粮率100%100%食品安全指标达标率100%100%"
            "可持续影响指标设备维护及安全性高高满意度指标服务对象满意度指标安全事件发生数0起0起"
            "市民满意度95%100%\n")
    recs = _read(tmp_path, text.replace("无没有轮换", "无轮换"))     # 无 then no reason word: not read
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "储备到位率", "100%", "100%"),
        ("效益指标", "生态效益指标", "科学保粮率", "100%", "100%"),
        ("效益指标", "生态效益指标", "食品安全指标达标率", "100%", "100%"),
        ("效益指标", "可持续影响指标", "设备维护及安全性", "高", "高"),
        ("满意度指标", "服务对象满意度指标", "安全事件发生数", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "95%", "100%")]
    assert recs.unread_rows == 1
    assert any("利息补贴保障率100%无" in w for w in recs.warnings), recs.warnings
    twice = _read(tmp_path, text.replace("无没有轮换", "无轮换").replace("安全性高高", "安全性高高高高"))
    assert "设备维护及安全性" not in [i.level3 for i in twice.indicators] and twice.unread_rows == 2
    from jixiao.normalize.cell_joins import _group_inside
    for words, at in [("没有轮换效益指标生态效益指标科学保粮率", 4), ("没有轮换质量指标抽检合格率", None),
                      ("没有轮换效益指标生态效益指标可持续影响指标", None)]:
        assert _group_inside(words, 0, len(words)) == at, words
    assert not _unresolved(tmp_path / "passage.txt", recs)
    text = ("一级指标二级指标三级指标年初目标值实际完成值得分\n"
            "产出指标数量指标培训人数200人230人10社会效益指标群众知晓情况 知晓程度明显 提高 可持续影响指标 "
            "长效机制 建立情况 机制健全 二级指标 数量指标 产出指标(60分)时效指标效益指标(40分)总分 质量指标 "
            "宣传效果明显 机制运行良好 20 20 100\n")
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == ["培训人数"]


def test_cells_run_together_read_a_number_grouped_by_commas_whole(tmp_path):
    """Thousands separators in a run of glued cells (quantity.GROUPED): ≥1,200亩1,248.5亩 is a target
    and a result, not 1 | 200亩1 | 248.5亩; a comma between digits that is no grouping (3,5,7) is
    read as no figure at all, never as part of one."""
    text = ("一级指标二级指标三级指标年度指标值全年完成值权重得分\n"
            "产出指标数量指标新增造林面积≥1,200亩1,248.5亩2020质量指标苗木成活率≥85%91%1010\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.target.raw, i.actual.raw, str(i.actual.value), str(i.weight.value), str(i.score.value))
            for i in recs.indicators] == [("新增造林面积", "≥1,200亩", "1,248.5亩", "1248.5", "20", "20"),
                                         ("苗木成活率", "≥85%", "91%", "91", "10", "10")]
    assert recs.unread_rows == 0
    from jixiao.normalize.cell_joins import FIGURE_RUN
    assert [m.group() for m in FIGURE_RUN.finditer("第3,5,7个站点")] == []


def test_cells_run_together_with_spaces_in_words_and_page_numbers(tmp_path):
    """044: a copy that broke words with spaces (产 出 指 标, 管理制 度严格执行率), names that begin
    with figures (5000吨稻谷、500吨…: a figure that cannot be the row's values is part of the
    name), a page break that a document-sharing site numbered (2、 at the start of the line, inside
    a row), and a lone 成本指标 under a level-1 group: the level 2 (成本指标 names both)."""
    text = ("一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施产 出 指 标数量 指标"
            "5000吨稻谷、500吨成 品粮储备到位率100%100%库存数量真实率100%\n2、100%质量 指标管理制 度严格执行率"
            "100%100%成本 指标收购 价格执行率100%100%\n")
    recs = _read(tmp_path, text)
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "5000吨稻谷、500吨成 品粮储备到位率", "100%", "100%"),
        ("产出指标", "数量指标", "库存数量真实率", "100%", "100%"),
        ("产出指标", "质量指标", "管理制 度严格执行率", "100%", "100%"),
        ("产出指标", "成本指标", "收购 价格执行率", "100%", "100%")]
    second = recs.indicators[1]
    assert (second.target.loc.line, second.actual.loc.line) == (1, 2)     # each cell in its own line
    assert not _unresolved(tmp_path / "passage.txt", recs)


def test_a_row_after_an_unread_one_across_a_line_break_is_not_read(tmp_path):
    """042: 进度指标取得2018-2022 / 2、監測資料100%100%10: the row left unread goes on past the page
    break, so the words after it (監測資料) are not a row's name of their own; rows are read again
    from the next level label, and the stretch is counted and named: once, as the one row the
    site's page mark cut, on one line."""
    text = ("一级指标二级指标三级指标年度指标值全年完成值得分产出指标推进指标取得2018-2022\n"
            "2、监测资料100%100%10质量指标合格率100%100%10\n")
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == ["合格率"]
    assert recs.unread_rows == 1
    assert any("取得2018-2022 监测资料" in w and "约1行指标未读取" in w for w in recs.warnings), recs.warnings



def _site_pages(cut_after: str, rest: str) -> str:
    """A run-together table as a document-sharing site pages it (043): 1、 and 2、 open its pages, the
    first a long line cut at a length, here inside a figure."""
    lead = "2020年度某某项目自评表单位名称:某某科填报日期:" + "项目名称某某补贴主管部门某某局项目实施单位某某科" * 6
    head = "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标数量指标补贴渔船数66 66 20"
    return f"资源描述:\n1、{lead}{head}质量指标渔船补贴发放率100%100%10时效指标{cut_after}\n2、{rest}\n"


def test_a_site_page_cut_inside_a_figure_is_undone(tmp_path):
    """043: the site cut its page inside a figure (12月底之前完成10 / 2、0%100%10): the line break and the
    page mark are none of the document's, so the row reads 100% | 100% | 10, its cell pointing at the
    paragraph it starts in. A 2、 that opens no page of a site (the line before it short) is no cut."""
    recs = _read(tmp_path, _site_pages("12月底之前完成10", "0%100%10总分100"))
    assert [(i.level3, i.target.raw, i.actual.raw, str(i.score.value)) for i in recs.indicators][-1] == \
        ("12月底之前完成", "100%", "100%", "10")
    assert recs.indicators[-1].score.loc.line == 3 and recs.unread_rows == 0
    assert not _unresolved(tmp_path / "passage.txt", recs)
    short = "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标时效指标按时完成10\n2、0%100%10总分100\n"
    assert [i.level3 for i in _read(tmp_path, "资源描述:\n1、某某\n" + short).indicators] == []



def test_a_site_page_cut_inside_a_name_with_a_year_range_is_undone(tmp_path):
    """042: 進度指標取得2018-2022 / 2、監測資料100%100%10: the page cut falls inside the name, whose period
    (2018-2022, two years) is part of it and no run of values (2 | 0 | 18); the row reads whole, its
    name as written (traditional characters kept) and located at the paragraph it starts in."""
    recs = _read(tmp_path, _site_pages("取得2018-2022", "監測資料100%100%10總分100"))
    got = recs.indicators[-1]
    assert (got.level3, got.target.raw, got.actual.raw, str(got.score.value)) == \
        ("取得2018-2022監測資料", "100%", "100%", "10")
    assert (got.loc.line, got.score.loc.line) == (2, 3) and recs.unread_rows == 0
    assert not _unresolved(tmp_path / "passage.txt", recs)


def test_a_long_level_name_inside_a_rows_words_is_no_name(tmp_path):
    """043: the labels of the last group garbled before its row (益标效指意指斥满度打服务对象满意度退捕
    渔民抽样调查满意度90%290%40): a level name of five characters or more with words before and after it
    is a label run into the row, so the row is counted and named, not read under the group above."""
    text = ("一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标质量指标渔船补贴发放率100%100%10"
            "益标效指意服务对象满意度退捕渔民抽样调查满意度90%95%40总分100\n")
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == ["渔船补贴发放率"] and recs.unread_rows == 1
    assert any("服务对象满意度退捕" in w for w in recs.warnings), recs.warnings


def test_a_tables_heading_between_two_run_together_tables_is_no_row(tmp_path):
    """042: 整编资料审核98%98%19.6年度绩效目标2(40分)一级指标…: the second table's heading (the rows'
    heading or 表N, then the table's points in brackets) holds one figure and no target, result or
    score: it is no indicator row left unread, and the second table is read."""
    for heading in ("年度绩效目标2(40分)", "绩效指标（50分）", "表2(40分)"):
        text = ("一级指标二级指标三级指标年度指标值全年完成值得分产出指标质量指标合格率100%100%10\n"
                f"数量指标发放手册500份480份10{heading}一级指标二级指标三级指标年度指标值全年完成值得分"
                "产出指标数量指标培训人数200人230人20\n")
        recs = _read(tmp_path, text)
        assert [i.level3 for i in recs.indicators] == ["合格率", "发放手册", "培训人数"], heading
        assert recs.unread_rows == 0, (heading, recs.warnings)
        assert not any(heading[:4] in w for w in recs.warnings), recs.warnings


def test_two_run_together_tables_in_one_paragraph_both_reach_the_records(tmp_path):
    """Issue 21 (042 flattened onto one line): a first table's rows, the second table's heading, its
    header and its rows all in one paragraph. Both tables' rows reach the records, each figure
    pointing at the paragraph it stands in, and the text around and between them stays text (a
    paragraph that is read no second time)."""
    head = "一级指标二级指标三级指标年度指标值全年完成值得分"
    for between in ("年度绩效目标2(40分)", ""):
        text = ("前言\n" + head + "产出指标质量指标合格率100%100%10数量指标发放手册500份480份10" + between
                + head + "产出指标数量指标培训人数200人230人20\n后记\n")
        recs = _read(tmp_path, text)
        assert [(i.level3, i.target.raw, i.actual.raw, i.score.raw) for i in recs.indicators] == \
            [("合格率", "100%", "100%", "10"), ("发放手册", "500份", "480份", "10"),
             ("培训人数", "200人", "230人", "20")], (between, recs.warnings)
        assert {i.loc.line for i in recs.indicators} == {2}
        assert not _unresolved(tmp_path / "passage.txt", recs)
        assert recs.unread_rows == 0, recs.warnings
        assert not any("发放手册" in t or "培训人数" in t for t, _ in recs.paragraphs), recs.paragraphs


def test_a_tables_heading_points_are_compared_with_its_rows_weights(tmp_path):
    """Issue 21: a heading that names a table and its points (年度绩效目标1(40分)) before a header run
    together with its rows: the rows under it (up to the next such heading) are worth its points.
    Where their weights add to them, nothing is said; where they do not, a warning names the heading,
    its points and the weights' sum (the model has no place for a table's points inside a project:
    two such tables make one project's 80)."""
    head = "一级指标二级指标三级指标年度指标值全年完成值分值得分"

    def read(second_weight):
        text = ("年度绩效目标1(40分)" + head + "产出指标数量指标培训人数200人230人2020"
                f"质量指标合格率100%100%{second_weight}{second_weight}\n")
        return _read(tmp_path, text)
    recs = read("20")
    assert [str(i.weight.q.value) for i in recs.indicators] == ["20", "20"]
    assert not any("标明" in w for w in recs.warnings), recs.warnings
    recs = read("10")
    assert [str(i.weight.q.value) for i in recs.indicators] == ["20", "10"]
    [w] = [w for w in recs.warnings if "标明" in w]
    assert "源文件第1行" in w and "“年度绩效目标1(40分)”" in w and "40 分" in w and "分值之和为 30" in w \
        and "相差 10 分" in w, w
    # a row of the table left unread: the weights read (20) are not the whole, and fall short of
    # the points by no sure amount: nothing compared (the row left is counted and named)
    recs = _read(tmp_path, "年度绩效目标1(40分)" + head + "产出指标数量指标培训人数200人230人2020"
                 "质量指标合格率2018-2022\n")
    assert recs.unread_rows == 1 and not any("标明" in w for w in recs.warnings), recs.warnings


def test_a_tables_heading_points_are_compared_with_its_rows_scores_where_it_has_no_weights(tmp_path):
    """042's shape: two tables run together, the second's heading (年度绩效目标2(40分)) after the
    first's rows, no weight column. The rows' scores cannot add to more than the table's points:
    where they do, a warning names the heading, also where a row of the other table was left unread
    (what was read is already too much; a row left could only add to it)."""
    head = "一级指标二级指标三级指标年度指标值全年完成值得分"

    def read(score, first_row="数量指标发放手册500份480份10"):
        text = ("年度绩效目标1(40分)" + head + "产出指标质量指标合格率100%100%10\n" + first_row
                + "年度绩效目标2(40分)" + head + f"产出指标数量指标培训人数200人230人20质量指标达标率100%100%{score}\n")
        return _read(tmp_path, text)
    recs = read("20")
    assert len(recs.indicators) == 4 and not any("标明" in w for w in recs.warnings), recs.warnings
    recs = read("30")
    assert len(recs.indicators) == 4
    [w] = [w for w in recs.warnings if "标明" in w]
    assert "源文件第2行" in w and "“年度绩效目标2(40分)”" in w and "得分之和为 50" in w, w
    recs = read("30", first_row="数量指标发放手册2018-2022\n")    # table 1 holds a row left unread
    assert recs.unread_rows == 1 and len(recs.indicators) == 3
    [w] = [w for w in recs.warnings if "标明" in w]
    assert "“年度绩效目标2(40分)”" in w and "得分之和为 50" in w, w


def test_a_table_flattened_into_one_paragraph_is_counted(tmp_path):
    """059: a table flattened into one paragraph, its header cells, its figures and its names in
    separate runs. No row can be put together, but the rows are not passed over in silence: they
    are counted unread (about one per four figures, one per value column) and named."""
    text = ("项目名称 灾备中心建设 指标名称 到位率 资金 目标值 节约 权重 实际完成 自评分 值 "
            "100% 1 100% 1 =2 个 3 2个 3 =4 项 3 4项 3 备份 灾备 系统 切换 速度\n")
    recs = _read(tmp_path, text)
    assert recs.indicators == []
    assert recs.unread_rows == 3
    assert any("表格被压成一段" in w and "约3行指标未读取" in w for w in recs.warnings), recs.warnings


def test_raw_passages_with_cells_run_together():
    """The raw passages whose cells run together: 058 is read whole, 062's rows that split one way
    are read, 002's rows that split one way within their group's points are read and the others
    named, and 059's flattened table is counted."""
    from .conftest import REALWORLD
    recs = normalize_document(read_document(REALWORLD / "raw" / "058.txt"))
    assert len(recs.indicators) == 9 and recs.unread_rows == 0
    assert (recs.indicators[4].level3, recs.indicators[4].target.raw, recs.indicators[4].actual.raw,
            recs.indicators[4].weight.q.value) == ("创业担保基金放大倍数", "≥2倍", "10倍", Decimal(10))
    assert not _unresolved(REALWORLD / "raw" / "058.txt", recs)
    recs = normalize_document(read_document(REALWORLD / "raw" / "062.txt"))
    assert [i.level3 for i in recs.indicators][:2] == ["服务外包在岸(万美元)", "服务外包离岸(万美元)"]
    recs = normalize_document(read_document(REALWORLD / "raw" / "002.txt"))
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight and str(i.weight.value)) for i in recs.indicators] == \
        [("指标1免费发放原原种", "550万粒", "550万粒", "8"), ("指标2企业自行采购", "200万粒", "200万粒", "8"),
         ("指标3一级种薯繁育基地", "8000亩", "8535.5亩", None),     # no points written: 亩 is no points' unit
         ("指标1种薯采购价格不高于市场价", "是", "是", "8"),     # 8是是8: 是 written twice
         ("指标1种薯亩均收入较鲜薯亩均收入", "工5%", "工5%", "8")]     # 8工5%工5%8: an OCR'd ≥5% written twice
    assert any("指标1采购的原原种合格率8" in w for w in recs.warnings), recs.warnings
    recs = normalize_document(read_document(REALWORLD / "raw" / "059.txt"))
    assert recs.unread_rows > 0 and any("表格被压成一段" in w for w in recs.warnings)


def test_a_name_that_starts_with_a_chinese_numeral_is_a_name(tmp_path):
    """069: 一个存储备份器 reads as a figure (一个) with a word after it, but holds no digit nor
    operator: it is an indicator's name, and its re-laid row is read."""
    lines = ["| 年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
             "产出指标(40分) | 数量指标 | 一个存储备份器 | 25TB | 25TB | 10 | |",
             "质量指标 | 以最新资源面市 | 当年为主 | 当年为主 | 10 | ||",
             "成本指标 | 以低价位高质量为采购原则 | 5万 | 5万 | 10 | ||"]
    recs = _read(tmp_path, "\n".join(lines) + "\n")
    assert [(i.level2, i.level3, i.target.raw) for i in recs.indicators] == \
        [("数量指标", "一个存储备份器", "25TB"), ("质量指标", "以最新资源面市", "当年为主"),
         ("成本指标", "以低价位高质量为采购原则", "5万")]


def test_a_run_over_a_table_one_cell_per_line_stores_json_sqlite_reads(tmp_path):
    """Its rows have no table number (they are located by their lines): the stored result must
    still be JSON that SQLite's JSON functions read (the desk's tables and the run's totals use
    them; pandas 3 turned the missing number into NaN and the run failed), and the CSV cell blank."""
    import csv
    import sqlite3

    from jixiao.nightly import run_inbox

    lines = [c + " |" for c in HEADER] + ["|"]
    for r in ROWS:
        lines += [c + " |" for c in r] + ["|"]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "passage.txt").write_text(PROSE_BEFORE + "\n".join(lines) + "\n" + PROSE_AFTER, encoding="utf-8")
    run_inbox(inbox, tmp_path / "out")
    db = sqlite3.connect(tmp_path / "out" / "state.sqlite")
    assert db.execute("SELECT count(*) FROM files WHERE json_valid(result)").fetchone()[0] == 1
    rows = list(csv.DictReader(open(tmp_path / "out" / "indicators.csv", encoding="utf-8-sig")))
    assert len(rows) == len(ROWS) and {r["table"] for r in rows} == {""} and all(r["line"] for r in rows)


def test_rows_after_the_reading_stops_inside_a_run_are_counted(tmp_path):
    """044: a row whose result is a word (100% | 无 | its reason), then a page's labels written
    again (效 益 指 标), then rows with figures and a row whose values are words (高 | 高) between
    two labels. Where no group opens after the reason (a level-1 label alone) its name would run
    on past the labels: the reading stops there, and the rows from there to the closing label
    (说明) are not passed over in silence: counted unread and named; the rows before are read.
    Where a level-1 and a level-2 label open a group, the rows are read from there, the row whose
    values are one word written twice (高高) with them."""
    text = ("一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施产 出 指 标数量 指标"
            "储备到位率100%100%效益 指标经济 效益 指标费用保障率100%100%挂账补 贴保障率100%无没有轮换动用"
            "库存也无需支付挂账利息费用绩效 指标效 益 指 标科学保粮率100%100%可持 续影 响指标设备维 护及安全性\n"
            "  高高满意 度指 标安全事件 发生数0起0起说明无注:1、其他资金包括上级补助\n")
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == ["储备到位率", "费用保障率"]
    assert recs.unread_rows == 4 and recs.projects[0].rows_unread == 4
    [w] = [w for w in recs.warnings if "未读取" in w]
    assert "读取中途停止" in w and "“挂账补 贴保障率100%无没有轮换动用库存" in w and "“设备维 护及安全性 高高”" in w \
        and "“安全事件 发生数0起0起”" in w and "约4行指标未读取" in w, w
    assert "其他资金" not in w
    recs = _read(tmp_path, text.replace("效 益 指 标科学", "效 益 指 标生态 效益 指标科学")
                 .replace("满意 度指 标安全", "满意 度指 标服务 对象 满意 度指 标安全"))
    # the row 100% | 无 | its reason before the group read since fixraw24 (_none_and_reason)
    assert [(i.level3, i.actual.raw, i.reason) for i in recs.indicators[2:3]] == [
        ("挂账补 贴保障率", "无", "没有轮换动用库存也无需支付挂账利息费用")]
    assert [i.level3 for i in recs.indicators] == ["储备到位率", "费用保障率", "挂账补 贴保障率", "科学保粮率",
                                                   "设备维 护及安全性", "安全事件 发生数"]
    assert recs.unread_rows == 0


def test_raw_044_rows_after_its_page_of_labels_are_read_from_their_groups():
    """044: after its page of 效益 labels, the rows of each group a level-1 and a level-2 label
    open are read (5 of the twin's 16, right as the twin has them, one a name holding 指标 that
    ends no level label, one whose target and result are one word written twice: 高高); the row
    before such a group whose values are words and a reason (100%无…) is counted and named."""
    from .conftest import REALWORLD
    recs = normalize_document(read_document(REALWORLD / "raw" / "044.txt"))
    assert len(recs.indicators) == 16 and recs.unread_rows == 0     # the 100%无… row read since fixraw24
    assert [(i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators[11:]] == [
        ("生态效益指标", "低温、低氧、低剂量 科学保粮率", "100%", "100%"),
        ("生态效益指标", "食品安全指标达标 率", "100%", "100%"),
        ("可持续影响指标", "粮食储备设备维 护及安全性", "高", "高"),
        ("服务对象满意度指标", "因粮食市场波动引 起的粮食安全事件 发生数", "0起", "0起"),
        ("服务对象满意度指标", "市民满意度调查", "290%", "100%")]
    assert not any("约1行指标未读取" in w for w in recs.warnings), recs.warnings
    assert not _unresolved(REALWORLD / "raw" / "044.txt", recs)


def test_a_result_none_glued_to_its_reason_before_a_group_is_read(tmp_path):
    """044 (fixraw24): a row whose target is one figure, its result 无 and its reason glued on
    (利息补贴保障率100%无没有轮换、动用库存) before the next group's labels: where the words after 无 open
    with a reason word (没有, 未, 因, 由于 …) and the header has a reason column, the row is read,
    100% | 无 | the reason, a rows heading written spaced at its end (绩效 指标, a page's merged cell) no
    part of it. 无 then words no reason word opens (无轮换…) stays counted and named (the test above);
    with no reason column in the header neither is read."""
    text = ("一级指标二级指标三级指标年度指标值全年完成值未完成原因\n"
            "产出指标数量指标储备到位率100%100%利息补贴保障率100%无没有轮换、动用库存绩效 指标"
            "效益指标生态效益指标科学保粮率100%100%\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.target.raw, i.actual.raw, i.reason) for i in recs.indicators] == [
        ("储备到位率", "100%", "100%", ""), ("利息补贴保障率", "100%", "无", "没有轮换、动用库存"),
        ("科学保粮率", "100%", "100%", "")]
    assert recs.unread_rows == 0
    assert not _unresolved(tmp_path / "passage.txt", recs)
    recs = _read(tmp_path, text.replace("未完成原因", "得分说明"))
    assert "利息补贴保障率" not in [i.level3 for i in recs.indicators]


def test_a_column_no_field_names_after_the_name_counts_its_rows_unread(tmp_path):
    """030: a run-together header with a column the vocabulary does not name right after the
    name column (评价内容 | 指标名称 | 考核要点 | 目标值). The name's words run on into that column's
    and no grammar tells where one ends: no row is read, but none is passed over in silence:
    each is counted unread and the warning says why."""
    text = ("评价指标评价内容指标名称考核要点目标值分值备注\n"
            "产出指标数量指标培训人数达到计划200人10\n质量指标结业合格率95%10\n时效指标按期完成率100%20\n总分\n100\n")
    recs = _read(tmp_path, text)
    assert recs.indicators == []
    assert recs.unread_rows == 3
    assert any("未能识别" in w and "培训人数达到计划200人10" in w and "约3行指标未读取" in w for w in recs.warnings), \
        recs.warnings


def test_an_unnamed_column_where_the_name_stands_is_the_name(tmp_path):
    """050: a header in prose whose name column the vocabulary does not name (评价内容 | 考核事项 |
    绩效目标值 | 实际完成值 | 完成比例), level labels written 产出目标 / 数量目标. The unnamed column
    after the level column and before the first value is the name; the unnamed one after the values
    holds a figure of its own; the table ends at the report's next section heading."""
    text = ("年度绩效目标完成情况如下:项目年度绩效目标(定量目标)评价内容考核事项绩效目标值实际完成值完成比例"
            "产出目标数量目标培训人数>=200人230人115%举办讲座次数>=4次5次125%质量目标结业合格率>=90%96%107%"
            "(二)项目资金情况本项目安排资金10万元,,其中:培训费6万元。\n")
    recs = _read(tmp_path, text)
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "培训人数", ">=200人", "230人"),
        ("产出指标", "数量指标", "举办讲座次数", ">=4次", "5次"),
        ("产出指标", "质量指标", "结业合格率", ">=90%", "96%")]
    assert recs.unread_rows == 0
    assert not _unresolved(tmp_path / "passage.txt", recs)


def _pipe_rows_one_cell_per_line(rows) -> str:
    """049's web copy: each cell on a line of its own between lines of `|`, each row closed by `||||`."""
    out = []
    for r in rows:
        out += ["|   " + r[0]] + [x for c in r[1:] for x in ("        | ", "     " + c)] + ["        | ", "  ||||"]
    return "\n".join(out) + "\n"


def test_headerless_rows_one_cell_per_line_closed_by_pipes(tmp_path):
    """049: a passage that starts inside a table written one cell per line, its header cut away,
    each row closed by a line of bare pipes. Every row is its level labels, a name and two values;
    a row whose first value has an operator and whose second is a figure without one shows which
    is the target. Without such a row the order is not known, and nothing is read."""
    rows = [["产出指标", "数量指标", "培训人数", "≥200人", "230人"],
            ["产出指标", "时效指标", "2021年", "2021年", "2021年"],
            ["效益指标", "社会效益指标", "群众知晓率", "显著提高", "明显提高"]]
    prose = "2.部门绩效评价结果。\n本部门按要求开展了自评。\n"
    recs = _read(tmp_path, _pipe_rows_one_cell_per_line(rows) + prose)
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "培训人数", "≥200人", "230人"),
        ("产出指标", "时效指标", "2021年", "2021年", "2021年"),
        ("效益指标", "社会效益指标", "群众知晓率", "显著提高", "明显提高")]
    assert recs.indicators[0].actual.loc.line == 9 and not _unresolved(tmp_path / "passage.txt", recs)
    recs = _read(tmp_path, _pipe_rows_one_cell_per_line(rows[1:]) + prose)
    assert recs.indicators == []


def test_a_score_table_whose_names_carry_their_points(tmp_path):
    """045: a 得分表 copied out of a PDF with its cells run together: a header of level columns
    and 得分 only (no weight or target column), each name with its points in brackets and the
    score after it, on the next line. The points in the brackets are the weights; one name before
    the indicator opens a level-2 group, two a level-1 and a level-2 group. A row whose score is
    above its points is not read but counted, and the reading stops there."""
    text = ("二、部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 资金投 入(20 分) 预算配置(12 分) 预算执行率(6 分)\n"
            "5 资金到位率(6 分)\n6 过程控制(8 分) 制度建设(5 分)\n4 制度执行(3 分)\n5 产出效果(30 分)\n")
    recs = _read(tmp_path, text)
    assert [(i.level1_raw, i.level2_raw, i.level3, str(i.weight.q.value), str(i.score.q.value))
            for i in recs.indicators] == [("资金投入", "预算配置", "预算执行率", "6", "5"),
                                          ("资金投入", "预算配置", "资金到位率", "6", "6"),
                                          ("资金投入", "过程控制", "制度建设", "5", "4")]
    first = recs.indicators[0]
    assert (first.weight.loc.line, first.score.loc.line) == (1, 2) and not _unresolved(tmp_path / "passage.txt", recs)
    assert recs.unread_rows == 1
    assert any("“制度执行(3 分) 5”" in w and "约1行指标未读取" in w for w in recs.warnings), recs.warnings


def test_a_scoring_table_interleaved_with_its_criteria_reads_the_rows_its_words_delimit(tmp_path):
    """046: a scoring table copied out of a PDF as one paragraph, its cells interleaved with the
    scoring criteria's words (项目权重 评价内容 分值 自评分 项目决策 2 分 决策依据 2 2 复核分 …).
    A name followed by its points and a score no greater is read where the words around it make
    them cells: before the name a cell's or a clause's end (5 分, 1 分;), after the score no 分 or
    unit. 目标申报 4 0.5 分 (the 0.5 a criterion's 扣0.5分) stays counted unread and named, and so
    does a name that may be a wrapped name's last piece (…报 告 2 1). The levels stay unread."""
    text = ("绩效自评表 项目权重 评价内容 分值 自评分 投入管理 5 分 立项依据 3 3 复核分 评价标准及依据 "
            "有立项文件计 3 分。 1、有资金管理办法 1 分; 资金制度 2 1 2、有审批记录 1 分。 "
            "过程管理 10 分 监督检查 6 5 1、有检查记录 3 分; 2、有整改 3 分。 "
            "1、绩效目标全申报的 1 分,缺一项扣 目标申报 4 0.5 分,扣完为止; 4 2、规范 1 分。 审批 报告 2 1\n")
    recs = _read(tmp_path, text)
    assert [(i.level1, i.level2, i.level3, i.weight.raw, i.score.raw) for i in recs.indicators] == [
        (None, None, "立项依据", "3", "3"), (None, None, "资金制度", "2", "1"), (None, None, "监督检查", "6", "5")]
    assert not _unresolved(tmp_path / "passage.txt", recs)
    assert recs.unread_rows == 2
    assert any("3行按“名称 分值 得分”读取" in w and "“目标申报 4 0.5”、“报告 2 1”" in w and "至少2行指标未读取" in w
               for w in recs.warnings), recs.warnings


def test_rows_of_an_interleaved_scoring_table_its_pairs_miss_are_counted_and_named(tmp_path):
    """fixraw20 (realworld raw/046): in the same flattened table, a name whose group's label and
    points stand between it and its figure (人员配备 过程管理 10 分 2: the merged label cell set among
    its rows, the score lost in the criteria's words) and a name before two quantities of one unit
    (培训人数 200 人次 210 人次: a target and a result under a second, scattered header) were neither
    read nor counted. Each is now counted and named, none read; the rows read stay the same."""
    text = ("绩效自评表 项目权重 评价内容 分值 自评分 投入管理 5 分 立项依据 3 3 复核分 评价标准及依据 "
            "有立项文件计 3 分。 1、有资金管理办法 1 分; 资金制度 2 1 2、有审批记录 1 分。 "
            "人员配备 过程管理 10 分 2 有专人负责 2 分。没 2 有不得分 1、有检查记录 3 分; 监督检查 6 5 "
            "一级 指标 二级 指标名称 年初指 年终完 自评 复核 数量指 标 15 分 培训人数 200 人次 210 人次 产出 指标\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.weight.raw, i.score.raw) for i in recs.indicators] == [
        ("立项依据", "3", "3"), ("资金制度", "2", "1"), ("监督检查", "6", "5")]
    assert recs.unread_rows == 2
    assert any("“人员配备 过程管理 10 分 2”、“培训人数 200 人次 210 人次”" in w and "至少2行指标未读取" in w
               for w in recs.warnings), recs.warnings


def test_a_points_column_of_three_rising_figures_is_no_row_numbering(tmp_path):
    """A column headed 分值 whose rows happen to hold 2, 3, 4 keeps its points: rows are numbered
    from 1, so a rising run that starts above it under a header naming the role is that role (it
    was dropped as a 序号 column, the weights lost with nothing said). A run from 1 is still read
    as the rows' numbers."""
    text = ("| 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n| 培训人数 | ≥200人 | 230人 | 2 | 2 |\n"
            "| 结业合格率 | ≥90% | 96% | 3 | 3 |\n| 参训人员满意度 | ≥90% | 85% | 4 | 3 |\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.weight.raw, i.score.raw) for i in recs.indicators] == [
        ("培训人数", "2", "2"), ("结业合格率", "3", "3"), ("参训人员满意度", "4", "3")]
    recs = _read(tmp_path, text.replace("| 2 | 2 |", "| 1 | 1 |").replace("| 3 | 3 |", "| 2 | 2 |")
                 .replace("| 4 | 3 |", "| 3 | 2 |"))
    assert [i.weight for i in recs.indicators] == [None, None, None]


def test_a_flattened_table_with_its_values_before_its_names_pairs_them_where_the_counts_agree(tmp_path):
    """056: a PDF page flattened into one paragraph, the value groups of every row first (目标值 实际值
    分值 得分), then the total's two figures, then the names among the level labels up to 总分; the
    first name begins inside the header and a wrapped name's last line (率) stands apart. Where
    the names, a one-character piece joined to the piece before and a label written down a column
    (绩 效 指 标) dropped, are as many as the groups, each is read with the group of its order.
    One name more or less than the groups: nothing is paired, the rows stay counted and named."""
    text = ("绩效自评表 一级指标 二级指标 数量指标 三级指标 培训人员结业完成 年度 指标值 实际 完成值 分值 得分 "
            "=100% 100% 20 20 ≥90% 96% 30 28 及时 及时 20 20 >=4 次 5次 20 20 100 98 率 产出指标 质量指标 "
            "绩 效 指 标 时效指标 学员结业合格率 课程安排及时性 效益指标 社会效益指标 举办讲座次 数 总分 -1-\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in recs.indicators] == [
        ("培训人员结业完成 率", "=100%", "100%", "20", "20"), ("学员结业合格率", "≥90%", "96%", "30", "28"),
        ("课程安排及时性", "及时", "及时", "20", "20"), ("举办讲座次 数", ">=4 次", "5次", "20", "20")]
    assert recs.unread_rows == 0
    recs = _read(tmp_path, text.replace(" 课程安排及时性", " 课程安排及时性 群众满意度"))
    assert recs.indicators == [] and recs.unread_rows > 0


def test_a_headerless_scoring_table_with_each_rows_figures_on_the_next_line(tmp_path):
    """045: a passage that starts inside a scoring table copied out of a PDF, its header cut
    away: each row's points and score run on to the start of the next line (4 4 立项程序规范性 /
    4 3). A row whose name is the whole of its line after those figures is read, its points and
    score the next line's two figures (a score below its points, 4 3, shows which is which); a
    name run together with the level labels and their points ((8 分)立项依据充分性, 12 分)资金管理
    (6分)资金到位率) is counted unread and named, and so are the levels (no row's group is read).
    Prose lines that open with a figure (2019 年…) are not rows; 总分 after the last row stays text."""
    text = ("15 分)项目立项(8 分)立项依据充分性\n4 4 立项程序规范性\n4 3 (\n12 分)资金管理(6分)资金到位率\n"
            "3 3 资金使用合规性\n3 2 总分\n2019 年本单位开展了绩效自评,自评得分 88 分。\n")
    recs = _read(tmp_path, text)
    assert [(i.level1, i.level2, i.level3, i.weight.raw, i.score.raw, i.loc.line, i.weight.loc.line)
            for i in recs.indicators] == [(None, None, "立项程序规范性", "4", "3", 2, 3),
                                          (None, None, "资金使用合规性", "3", "2", 5, 6)]
    assert not _unresolved(tmp_path / "passage.txt", recs)
    assert recs.unread_rows == 2
    assert any("立项依据充分性 4 4”、“金管理(6分)资金到位率 3 3”" in w and "约2行指标未读取" in w
               for w in recs.warnings), recs.warnings
    assert any("2行指标按名称及下一行开头的分值、得分读取；一级、二级指标与其分值连写，未能读取" in w
               for w in recs.warnings), recs.warnings       # the rows read have no group: said
    # one warning says both, the lines it names in the document's order (the row left on line 1 first)
    [w] = [w for w in recs.warnings if "评分表（无表头）" in w]
    assert w.index("源文件第1行起") < w.index("源文件第2行起"), w


def test_a_headerless_scoring_table_whose_pairs_show_no_order_is_only_counted(tmp_path):
    """The same table with every score equal to its points: nothing shows which figure is the
    points and which the score, so no row is read; and a name that begins with a level label
    (项目完成完成数量: the label 项目完成 run into the name) is never read as a name."""
    text = ("15 分)项目立项(8 分)立项依据充分性\n4 4 立项程序规范性\n4 4 (\n12 分)资金管理(6分)资金到位率\n"
            "3 3 资金使用合规性\n3 3 总分\n")
    recs = _read(tmp_path, text)
    assert recs.indicators == [] and recs.unread_rows == 4
    text = ("15 分)项目立项(8 分)立项依据充分性\n4 4 项目完成完成数量\n4 3 (\n12 分)资金管理(6分)资金到位率\n"
            "3 3 资金使用合规性\n3 2 总分\n")
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == ["资金使用合规性"] and recs.unread_rows == 3
    assert any("项目完成完成数量 4 3”" in w for w in recs.warnings), recs.warnings


def test_a_headerless_scoring_row_after_its_groups_labels_and_points_is_read_where_the_label_is_known(tmp_path):
    """fixraw7 (realworld raw/045): a row's line that opens with its group's label after that label's
    points ((7 分)绩效目标明确性: the points written before the label) is the label and the name run
    together: the name is read where the vocabulary knows the label (绩效目标), its points and score
    the next line's figures; where it does not (立项依据充分性), the row stays counted and named."""
    text = ("15 分)项目立项(8 分)立项依据充分性\n4 4 立项程序规范性\n4 3 (\n7 分)绩效目标明确性\n"
            "3 3 资金使用合规性\n3 2 总分\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.weight.raw, i.score.raw, i.loc.line) for i in recs.indicators] == \
        [("立项程序规范性", "4", "3", 2), ("明确性", "3", "3", 4), ("资金使用合规性", "3", "2", 5)]
    assert recs.unread_rows == 1
    assert any("立项依据充分性 4 4”" in w and "约1行指标未读取" in w for w in recs.warnings), recs.warnings


def test_rows_under_a_points_cell_merged_over_them_in_a_headerless_scoring_table_are_counted(tmp_path):
    """fixraw20 (realworld raw/045): in a scoring table whose rows' figures open the next line, a
    points cell merged over several rows gives one figure on one line of them (30 公益效果(选填)) and
    names side by side with no figures (节能效果(选填) 长效机制(选填) …): which row's the figure is, the
    lines do not say. Those rows were neither read nor counted; each is now counted and named, none
    read, and the rows read around them stay as they were."""
    text = ("15 分)项目立项(8 分)立项依据充分性\n4 4 立项程序规范性\n4 3 (\n12 分)资金管理(6分)资金到位率\n"
            "3 3 资金使用合规性\n3 2 (\n40 分)项目效益收入效果(选填)\n30 公益效果(选填)\n"
            "30 节能效果(选填) 长效机制(选填) 受益群众满意度\n10 9 总分\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.weight.raw, i.score.raw) for i in recs.indicators] == \
        [("立项程序规范性", "4", "3"), ("资金使用合规性", "3", "2")]
    assert recs.unread_rows == 7
    [w] = [w for w in recs.warnings if "评分表（无表头）" in w]
    for name in ("收入效果(选填)”", "“公益效果(选填)”", "“节能效果(选填)”", "“长效机制(选填)”", "受益群众满意度 10 9”"):
        assert name in w, w
    assert "约7行指标未读取" in w, w


def test_a_row_number_column_before_lost_level_cells_is_no_value(tmp_path):
    """006: pipe rows under a header broken over lines of its own, each row led by its 序号 (2, 3,
    4, 5) and the level cells written on a group's first row only. Packed to the right to undo
    the lost cells, the numbers of the rows that kept their level labels slid under the level
    column's place and were read as results (2, 4). The 序号 stays first: no row is read as a
    result of its number; rows that cannot be read are counted and named."""
    text = ("2023年度部门整体支出绩效评价自评表\n序号 | 一级 指标 |\n二级 指标 |\n三级 指标 |\n"
            "指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |\n1 | 规划 (15分) |\n"
            "2 | 工作计划 (6分) | 年度工作 计划完整性 | 3 | 年度工作计划制定是否完整可行。 | 是否完整可行(3分) | 3 | |\n"
            "3 | 年度工作 计划明确性 | 3 | 年度工作计划制定是否明确可操作。 | 是否明确可操作(3分) | 3 | ||\n"
            "4 | 绩效目标 (6分) | 年度绩效 目标合理性 | 4 | 绩效目标设定是否合理。 | 合理,符合实际(4分) | 4 | |\n"
            "5 | 年度绩效 目标明确性 | 2 | 是否制定明确、量化的绩效目标。 | 明确,且量化(2分); | 2 | ||\n")
    recs = _read(tmp_path, text)
    assert all(i.actual.q.op == "empty" for i in recs.indicators), _triples(recs)
    read = {i.level3.replace(" ", "") for i in recs.indicators}
    assert recs.unread_rows + len(read) == 4, (recs.unread_rows, read)
    for name in ("年度工作计划完整性", "年度工作计划明确性", "年度绩效目标合理性", "年度绩效目标明确性"):
        assert name in read or any(name in w for w in recs.warnings), (name, recs.warnings)


def test_a_header_and_rows_broken_over_lines_read_under_the_row_number_column(tmp_path):
    """006 whole: the header and a group's first row broken over lines where a merged cell ended,
    rejoined by the text reader; the rows that lost their level cells fitted back with their 序号
    left in its column (no merge hides a row's number), so every row is read with its points and
    score and none reads its number as a result; the last row, cut off by the end of the passage
    before its score, keeps its points only."""
    text = ("2023年度部门整体支出绩效评价自评表\n单位 | |||||||\n序号 | 一级 指标 |\n二级 指标 |\n三级 指标 |\n"
            "指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |\n1 | 规划 (15分) |\n"
            "基础信息 (3分) | 基础信息 完整性 | 3 | 基础信息是否真实、完整。 | 1、是否真实(1分); 2、是否完整(2分)。 |\n3 |\n"
            "2 | 工作计划 (6分) | 年度工作 计划完整性 | 3 | 年度工作计划制定是否完整可行。 | 是否完整可行(3分) | 3 | |\n"
            "3 | 年度工作 计划明确性 | 3 | 年度工作计划制定是否明确可操作。 | 是否明确可操作(3分) | 2 | ||\n"
            "4 | 执行 (35分) |\n预算执行 (18分) | 预算执行率 | 5 | 预算执行数与预算数的比率。 |\n1、除上级政策性因素影响外(1\n")
    recs = _read(tmp_path, text)
    got = [(i.level1, i.level2_raw.replace(" ", ""), i.level3.replace(" ", ""), i.actual.q.op,
            str(i.weight.q.value), i.score and str(i.score.q.value)) for i in recs.indicators]
    assert got == [("规划", "基础信息", "基础信息完整性", "empty", "3", "3"),
                   ("规划", "工作计划", "年度工作计划完整性", "empty", "3", "3"),
                   ("规划", "工作计划", "年度工作计划明确性", "empty", "3", "2"),
                   ("执行", "预算执行", "预算执行率", "empty", "5", None)], got
    assert recs.unread_rows == 0
    assert not any("序号" in w and "读作" in w for w in recs.warnings), recs.warnings
    assert not _unresolved(tmp_path / "passage.txt", recs)     # each figure points at the cell it was written in


def test_rows_after_a_reason_holding_a_comma_are_counted(tmp_path):
    """A row left in words whose reason holds a comma (100%无没有轮换，未动用库存…) and no figures
    after it, the next group's label right after: the reading stops on it, and it and the rows
    after it up to the closing label are counted unread and named, not passed over in silence.
    Prose after a table (a sentence, no label closing it) is still no row."""
    text = ("一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施产 出 指 标数量 指标"
            "储备到位率100%100%效益 指标经济 效益 指标费用保障率100%100%挂账补 贴保障率100%无没有轮换，未动用"
            "库存也无需支付挂账利息费用绩效 指标效 益 指 标科学保粮率100%100%可持 续影 响指标设备维 护及安全性\n"
            "  高高满意 度指 标安全事件 发生数0起0起说明无注:1、其他资金包括上级补助\n")
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == ["储备到位率", "费用保障率"]
    assert recs.unread_rows == 4 and recs.projects[0].rows_unread == 4
    [w] = [w for w in recs.warnings if "未读取" in w]
    assert "读取中途停止" in w and "“挂账补 贴保障率100%无没有轮换，未动用库存" in w and "“科学保粮率100%100%”" in w \
        and "“设备维 护及安全性 高高”" in w and "“安全事件 发生数0起0起”" in w and "约4行指标未读取" in w, w


def test_a_name_holding_a_comma_before_its_figures_is_counted(tmp_path):
    """002: a name that holds a comma (病害减少,化学农药使用量较上年减少) and a run of figures right
    after it that cuts into the row's values (8 | 2% | 2% | 8) stops the reading (a name is no
    sentence), but it is a row, counted unread and named, and so are the rows after it up to the
    total; they were passed over in silence, the comma taken for prose."""
    text = ("绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施产出指标(40分)数量指标"
            "指标1免费发放种子8550万粒550万粒8指标2采购种子8200万粒200万粒8效益指标(40分)生态效益指标1病害减少,"
            "化学农药使用量较上年减少82%2%8满意度指标(20分)服务对象满意度指标1农户满意度10≥90%95%10总分\n"
            "经过自评,本项目得分98分,等级为优。\n")
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == ["指标1免费发放种子", "指标2采购种子"]
    assert recs.unread_rows == 2
    [w] = [w for w in recs.warnings if "未读取" in w]
    assert "“病害减少,化学农药使用量较上年减少" in w and "“农户满意度10≥90%95%10”" in w and "约2行指标未读取" in w, w


def test_a_target_and_result_in_words_written_twice_between_the_figures(tmp_path):
    """002: values in words run together, the target and the result one word written twice
    (市场价8是是8: 8 | 是 | 是 | 8). The halves are equal, so the cut between them is sure: the row
    is read. Words that are not one word twice (是基本达到) or a score above its weight stay unread."""
    text = ("绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施产出指标(40分)数量指标"
            "指标1免费发放种子8550万粒550万粒8成本指标指标1采购价格不高于市场价8是是8效益指标(40分)社会效益指标"
            "指标1群众知晓度10达标达标9指标2技术推广10是基本达到7指标3种植规范5规范规范8总分\n")
    recs = _read(tmp_path, text)
    got = [(i.level2, i.level3, i.target.raw, i.actual.raw, str(i.weight.q.value), str(i.score.q.value))
           for i in recs.indicators]
    assert got == [("数量指标", "指标1免费发放种子", "550万粒", "550万粒", "8", "8"),
                   ("成本指标", "指标1采购价格不高于市场价", "是", "是", "8", "8"),
                   ("社会效益指标", "指标1群众知晓度", "达标", "达标", "10", "9")], got
    assert recs.unread_rows == 2
    assert any("指标2技术推广10是基本达到7" in w and "指标3种植规范5规范规范8" in w for w in recs.warnings), recs.warnings


def test_a_row_run_together_with_its_target_and_result_alone(tmp_path):
    """002: a row under 分值 | 年度指标值 | 全年实际值 | 得分 whose run is two figures, each with a unit
    no points figure carries (8000亩 8535.5亩: 亩 is neither a bare number, nor %, nor 分): the copy
    left the points and the score out, and the figures can stand only in the target and the result,
    so the row is read with its points and score empty. Two figures in % or bare (95%98%, 8000
    8535) could be points too: such a row stays unread."""
    head = "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(40分)数量指标"
    recs = _read(tmp_path, head + "指标1免费发放种子8550万粒550万粒8指标2繁育基地8000亩\n8535.5亩质量指标指标1合格率895%95%8总分\n")
    got = [(i.level3, i.target.raw, i.actual.raw, i.weight and i.weight.raw, i.score and i.score.raw)
           for i in recs.indicators]
    assert got == [("指标1免费发放种子", "550万粒", "550万粒", "8", "8"), ("指标2繁育基地", "8000亩", "8535.5亩", None, None),
                   ("指标1合格率", "95%", "95%", "8", "8")], got
    assert recs.unread_rows == 0 and not _unresolved(tmp_path / "passage.txt", recs)
    recs = _read(tmp_path, head + "指标1免费发放种子8550万粒550万粒8指标2繁育基地95%98%质量指标指标1合格率895%95%8总分\n")
    assert [i.level3 for i in recs.indicators] == ["指标1免费发放种子", "指标1合格率"] and recs.unread_rows == 1


def test_a_target_and_result_written_twice_with_a_figure_in_the_word(tmp_path):
    """002: a target and a result that OCR turned into words with a figure inside (工5% for ≥5%),
    the same cell written twice between the row's points and score (8工5%工5%8): the halves are
    equal, so the cut between them is sure, as for 是是; the value is kept as written, not read as a
    number, and said so."""
    text = ("绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(40分)数量指标"
            "指标1免费发放种子8550万粒550万粒8效益指标(40分)经济效益指标指标1亩均收入增长8工5%工5%8总分\n")
    recs = _read(tmp_path, text)
    got = [(i.level2, i.level3, i.target.raw, i.actual.raw, i.target.q.op, str(i.weight.q.value), str(i.score.q.value))
           for i in recs.indicators]
    assert got == [("数量指标", "指标1免费发放种子", "550万粒", "550万粒", "=", "8", "8"),
                   ("经济效益指标", "指标1亩均收入增长", "工5%", "工5%", "qualitative", "8", "8")], got
    assert recs.unread_rows == 0 and not _unresolved(tmp_path / "passage.txt", recs)
    assert any("“工5%”像是识别有误的数字" in w for w in recs.warnings), recs.warnings


def test_a_progress_level_label_run_together_with_its_rows(tmp_path):
    """042 (Hubei's template): the level 2 of timeliness is written 进度指标. Run together with the
    name after it (进度指标完成年度资料上报100%100%20), no rule tells an unknown label from a name
    that holds 指标, so the label is a word of the vocabulary: the row is read under 时效指标, its
    label kept as written."""
    text = ("一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标质量指标监测数据资料整编100%100%20"
            "进度指标完成年度资料上报100%100%20总分40\n")
    recs = _read(tmp_path, text)
    got = [(i.level1, i.level2, i.level2_raw, i.level3, i.target.raw, i.actual.raw, str(i.score.q.value))
           for i in recs.indicators]
    assert got == [("产出指标", "质量指标", "质量指标", "监测数据资料整编", "100%", "100%", "20"),
                   ("产出指标", "时效指标", "进度指标", "完成年度资料上报", "100%", "100%", "20")], got
    assert recs.unread_rows == 0


def test_a_rows_last_figure_runs_straight_into_the_next_words(tmp_path):
    """042: a row's score runs into the heading of the next table (98%98%19.6年度绩效目标2…): 年 is a
    unit, but 19.6年 fits no score, and 年 is the first character of 年度. Where the whole run fits
    no column, the run up to its last digit is tried: 98% | 98% | 19.6. A run that fits as it is
    (a target of 2021年) keeps its unit."""
    text = ("一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标质量指标监测数据必须合格100%100%10"
            "满意度指标服务对象满意度指标整编资料审核98%98%19.6年度绩效目标2(40分)\n")
    recs = _read(tmp_path, text)
    got = [(i.level1, i.level3, i.target.raw, i.actual.raw, str(i.score.q.value)) for i in recs.indicators]
    assert got[:2] == [("产出指标", "监测数据必须合格", "100%", "100%", "10"),
                       ("满意度指标", "整编资料审核", "98%", "98%", "19.6")], got
    assert not _unresolved(tmp_path / "passage.txt", recs)
    text = ("一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标时效指标完成时间2021年2021年10"
            "质量指标合格率100%100%10总分20\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == \
        [("完成时间", "2021年", "2021年"), ("合格率", "100%", "100%")]


def test_one_grammar_for_a_labels_points_in_brackets():
    """vocab.points_note is the one grammar of (N分) that cell_joins, cell_runs and tables read,
    with two real differences: after an indicator's name (named) a bare bracketed number is the
    name's own, and a note on a line of its own (broken) may have lost one bracket, not both."""
    import regex as re
    from jixiao.normalize.cell_joins import LEVEL_NOTE, LEVEL_PAIR, _points
    from jixiao.normalize.cell_runs import WEIGHT_NOTE
    from jixiao.normalize.table_cells import NAMED_POINTS
    from jixiao.normalize.vocab import points_note
    level, named = re.compile(rf"^{points_note()}$"), re.compile(rf"^{points_note(named=True)}$")
    for text in ("（40分）", "(8 分)", "( 2.5分 )", "(50)"):
        assert level.match(text).group("points") in ("40", "8", "2.5", "50")
    assert [bool(named.match(x)) for x in ("（40分）", "(8 分)", "(50)")] == [True, True, False]
    assert [bool(WEIGHT_NOTE.match(x)) for x in ("(30分)", "(30", "30分)", "30)", "30分", "(30分")] == \
        [True, True, True, True, False, True]
    assert _points("产出指标(40)") == Decimal(40) and _points("产出指标（12.5 分）") == Decimal("12.5")
    assert _points("产出指标(40分)数量") is None
    assert LEVEL_NOTE.match("(50)数量指标").end() == 4 and LEVEL_NOTE.match("数量指标(50)") is None
    assert LEVEL_PAIR.search("产出指标 (50) 数量指标") and LEVEL_PAIR.search("产出指标（50分）数量指标")
    assert NAMED_POINTS.search("改造老旧供水管网（8分）").group("points") == "8"
    assert NAMED_POINTS.search("受益居民(2)") is None


def test_a_group_whose_level_label_carries_its_points_without_fen_opens_inside_a_rows_words(tmp_path):
    """The level grammar takes a level label's points with 分 left out (产出指标(60)) as it takes
    效益指标(40分): a group whose level-1 label carries such a note after a row's words
    (…动用库存效益指标(40)生态效益指标科学保粮率…) opens there, as it does with 分. The words
    before it are the row left unread, named without the label (cell_joins._label_end once
    stripped the note only at the label's start, where it never stands, so no group opened and
    the unread row ran on into 效益指标(40))."""
    from jixiao.normalize.cell_joins import _group_inside
    for note in ("({}分)", "({})", "（{}）"):
        text = ("一级指标二级指标三级指标年度指标值全年完成值未完成原因\n"
                f"产出指标{note.format(60)}数量指标储备到位率100%100%利息补贴保障率100%无轮换、动用库存"
                f"效益指标{note.format(40)}生态效益指标科学保粮率100%100%食品安全指标达标率100%100%\n")
        recs = _read(tmp_path, text)
        assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [
            ("产出指标", "数量指标", "储备到位率", "100%", "100%"),
            ("效益指标", "生态效益指标", "科学保粮率", "100%", "100%"),
            ("效益指标", "生态效益指标", "食品安全指标达标率", "100%", "100%")], note
        assert recs.unread_rows == 1
        assert any("“利息补贴保障率100%无轮换、动用库存”" in w for w in recs.warnings), recs.warnings
        words = f"没有轮换效益指标{note.format(40)}生态效益指标科学保粮率"
        assert _group_inside(words, 0, len(words)) == 4, words
    words = "没有轮换效益指标(40)生态效益指标(20)可持续影响指标"
    assert _group_inside(words, 0, len(words)) is None     # a run of labels written apart opens none


def test_the_other_copies_of_the_points_note_read_as_they_did():
    """vocab.bare's note, tables' WEIGHT_IN_LABEL and LEVEL_POINTS, cell_joins' POINTS_NAME and
    rebuild's WEAK_LABEL use vocab.points_note, and read every text of up to four pieces as the
    patterns they replace did (those written out below). Where they differ from the level
    grammar the difference is real: a note any label carries (bare, a header's label, a name)
    needs 分 (named); bare and a table's level cell take a closing bracket a scan's wrap lost
    (cut); bare also strips a note whose figure is left out ((分), fixraw16). WEAK_LABEL's old copy allowed no spaces: it only ever sees bare text, which has none."""
    import itertools
    import regex as re
    from jixiao.extract import normalize_ws
    from jixiao.normalize.cell_joins import POINTS_NAME
    from jixiao.normalize.rebuild import WEAK_LABEL
    from jixiao.normalize.columns import WEIGHT_IN_LABEL
    from jixiao.normalize.table_cells import LEVEL_POINTS
    from jixiao.normalize.vocab import bare
    number = r"(\d+(?:\.\d+)?)"
    old = {WEIGHT_IN_LABEL: re.compile(rf"[（(]\s*{number}\s*分\s*[）)]"),
           # since fix44 also a 分 closing a bracket whose opening one was lost (014: 效益指标30分))
           LEVEL_POINTS: re.compile(rf"[（(]\s*{number}\s*分\s*(?:[）)]|$)|(?<=\p{{Han}})\s*{number}\s*分\s*[)）]?\s*$"),
           POINTS_NAME: re.compile(rf"[^\s()（）\d][^()（）\n]{{0,30}}?\s*[（(]\s*{number}\s*分\s*[)）]")}
    # since fixraw16 also a note whose figure is left out ((分): a template's blank, 034's stripped copy)
    old_note = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*(?:[）)]|$)|[（(]\s*分\s*[)）]")
    old_weak = re.compile(r"(?:指标|效益)(?:[（(]\d+(?:\.\d+)?分?[)）])?$")
    pieces = ["(", "（", ")", "）", "1", "2.5", " ", "分", "指标", "x"]
    for k in range(5):
        for text in map("".join, itertools.product(pieces, repeat=k)):
            assert bare(text) == old_note.sub("", normalize_ws(text)), text
            assert bool(WEAK_LABEL.search(bare(text))) == bool(old_weak.search(bare(text))), text
            for new, was in old.items():
                m, w = new.search(text), was.search(text)
                assert (m and (m.span(), m.group("points"))) == \
                    (w and (w.span(), next(g for g in w.groups() if g))), (text, new.pattern)
    assert bare("社会效益指标（10分") == "社会效益指标" and bare("受益居民(2)") == "受益居民(2)"
    assert LEVEL_POINTS.search("数量指标 15 分").group("points") == "15" and not LEVEL_POINTS.search("产出指标(50)")


def test_level_labels_are_read_by_vocab_for_both_cell_readers():
    """The level-label test lives in vocab, so cell_joins imports it at module level instead of
    the private cell_runs._level2 inside its functions (a hidden circular import)."""
    import jixiao.normalize.cell_joins as cell_joins
    from jixiao.normalize.vocab import level2_label, level_label
    assert cell_joins.level2_label is level2_label and cell_joins.level_label is level_label
    assert level2_label("数量") and level2_label("产出数量指标（20分）") and not level2_label("社会公益服务无经济效益")
    assert level_label("产出指标") and not level2_label("产出指标") and not level_label("培训人数")


def test_the_table_rebuilders_import_what_they_share_at_module_level():
    """cell_runs, cell_joins and label_blocks share the rebuilt table, its cells and the cell fit
    (normalize.rebuild): each imports the others' pieces at the top, none inside a function to
    escape a circular import, and none imports another's private names."""
    import ast
    from pathlib import Path
    import jixiao.normalize.cell_joins as cell_joins
    import jixiao.normalize.cell_runs as cell_runs
    from jixiao.normalize import rebuild
    assert cell_joins.cell_fit is cell_runs.cell_fit is rebuild.cell_fit
    assert cell_joins.Rebuilt is cell_runs.Rebuilt is rebuild.Rebuilt
    for name in ("cell_runs", "cell_joins", "label_blocks", "rebuild"):
        tree = ast.parse((Path(rebuild.__file__).parent / f"{name}.py").read_text(encoding="utf-8"))
        inner = [n for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
                 for n in ast.walk(f) if isinstance(n, ast.ImportFrom) and n.level]
        assert not inner, (name, [(n.module, n.lineno) for n in inner])
        private = [a.name for n in tree.body if isinstance(n, ast.ImportFrom) and n.level and
                   n.module in ("cell_runs", "cell_joins", "label_blocks") for a in n.names if a.name.startswith("_")]
        assert not private, (name, private)
def test_ocr_text_rows_apart_by_runs_of_spaces(tmp_path):
    """A phone OCR app's text of a form (327): the fund and indicator rows a line each, cells apart by
    uneven runs of spaces whose columns do not align; one gap lost (a level label glued to the name), a
    stray space inside a name, single spaces next to figures; the total row a line of its own."""
    text = ("项目名称:某项目\n"
            "项目资金(万元)   年初预算数   全年预算数  全年执行数   分值   执行率   得分\n"
            "年度资金总额   1,000.00    1,150.00   1,115.50    10   97.00%   9.70\n"
            "其中:省级补助资金   600.00   600.00    600.00   —   —   —\n"
            "一级指标   二级指标    三级指标      年度指标值    实际完成值   分值  得分\n"
            "产出指标   数量指标   新建机耕道    >=120公里     126公里    40   40\n"
            "开展丰产培育   ≥2万亩  2.1万亩 10  10\n"
            "质量指标道路验收合格率     100%     100％    20    20\n"
            "效益指标   社会效益指标    带动农户均 增收    ≥2000元    2150元   20   20\n"
            "总分      100    99.70    自评等级:优\n")
    recs = _read(tmp_path, text)
    assert [(i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.score.q.value)) for i in recs.indicators] == [
        ("数量指标", "新建机耕道", ">=120公里", "126公里", "40"), ("数量指标", "开展丰产培育", "≥2万亩", "2.1万亩", "10"),
        ("质量指标", "道路验收合格率", "100%", "100％", "20"), ("社会效益指标", "带动农户均 增收", "≥2000元", "2150元", "20")]
    [p] = recs.projects
    assert (str(p.budget_initial.q.value), str(p.executed.q.value), str(p.fund_score.q.value)) == \
        ("10000000.00", "11155000.00", "9.70")
    assert (str(p.total_weight_stated.q.value), str(p.total_score_stated.q.value)) == ("100", "99.70")
    assert p.budget_initial.loc.line == 3 and p.total_score_stated.loc.line == 10
    assert recs.unread_rows == 0



def test_ocr_layer_rows_apart_by_single_spaces(tmp_path):
    """A scanned PDF's OCR layer as text: every cell apart by one space. The money header's unit note on
    the next line ((万元) before the first row's label: the header cell 项目资金(万元) broken) is the
    header's word, not a cell left over; a space the layer put inside a name (新建机耕 道路) is
    inside the cell where the row fits no column as split; a letter for a digit in a points cell (l0)
    is the figure it stands in, read with a warning."""
    text = ("项目名称 某项目\n"
            "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "(万元) 年度资金总额 1,000.00 1,150.00 1,115.50 10 97.00% 9.70\n"
            "其中:省级补助资金 600.00 600.00 600.00 — — —\n"
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
            "产出指标 数量指标 新建机耕 道路 ≥120公里 126公里 40 40\n"
            "开展丰产培育 ≥2万亩 2.1万亩 l0 10\n"
            "效益指标 社会效益指标 带动农户增收 ≥2000元 2150元 20 20\n"
            "总分 100 99.70 自评等级:优\n")
    recs = _read(tmp_path, text)
    assert [(i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.q.value)) for i in recs.indicators] == [
        ("数量指标", "新建机耕道路", "≥120公里", "126公里", "40"), ("数量指标", "开展丰产培育", "≥2万亩", "2.1万亩", "10"),
        ("社会效益指标", "带动农户增收", "≥2000元", "2150元", "20")]
    [p] = recs.projects
    assert (str(p.budget_initial.q.value), str(p.executed.q.value), str(p.fund_score.q.value)) == \
        ("10000000.00", "11155000.00", "9.70")
    assert any("“l0”按“10”读取" in w for w in recs.warnings)
    assert recs.unread_rows == 0


def test_spaced_fund_header_whose_label_head_stands_on_lines_above(tmp_path):
    """A web page's form copied as text (349): the fund table's label head 项目资金(万元) broken onto two
    lines of its own above the line of money words; the row under them is read as the fund row."""
    text = ("项目名称 某项目\n"
            "项目资金\n(万元)\n"
            "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
            "年度资金总额: 1000 1150 1115.5 10 97.00% 9.70\n"
            " 其中:中央补助资金 600 600 600 - -\n"
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 新建机耕道路 ≥120公里 126公里 40 40\n"
            "效益指标 社会效益指标 带动农户增收 ≥2000元 2150元 20 20\n")
    recs = _read(tmp_path, text)
    [p] = recs.projects
    assert (str(p.budget_initial.q.value), str(p.budget_full_year.q.value), str(p.executed.q.value),
            str(p.fund_weight.q.value), str(p.fund_score.q.value)) == ("10000000", "11500000", "11155000.0", "10", "9.70")
    assert len(recs.indicators) == 2


def test_spaced_fund_header_whose_label_head_stands_under_its_money_words(tmp_path):
    """A form printed with pdftotext -layout (346): the label head's merged cell 项目资金（万元）
    broken apart under the line of money words, its first part on a line of its own and its note
    opening the fund row's line; the row is read as the fund row, the head as its label's."""
    text = ("项目名称          某水库除险加固项目\n"
            "                        年初预算数    全年预算数    全年执行数    分值    执行率     得分\n"
            "项目资金\n"
            "（万元）   年度资金总额   1,200.00      1,260.00      1,209.60      10    96.00%      9.60\n"
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 加固坝体长度 ≥850米 862米 40 40\n"
            "效益指标 社会效益指标 受益人口 ≥1.2万人 1.3万人 40 40\n")
    recs = _read(tmp_path, text)
    [p] = recs.projects
    assert (p.budget_initial.q.value, p.budget_full_year.q.value, p.executed.q.value, p.exec_rate_stated.q.value,
            p.fund_weight.q.value, p.fund_score.q.value) == \
        (Decimal("12000000"), Decimal("12600000"), Decimal("12096000"), Decimal("96"), Decimal("10"), Decimal("9.6"))
    assert len(recs.indicators) == 2


def test_spaced_fund_with_a_prints_row_number_column_reads_the_fund(tmp_path):
    """A Minitab session window's 数据显示 (1560): a 行 column counting the rows 1, 2, … opens the header and
    each row; it is set apart, and the fund row under its header is read."""
    text = ("数据显示\n\n金额单位：万元\n\n"
            "行  资金来源      年初预算数  全年预算数  全年执行数  资金分值  执行率  资金得分\n"
            " 1  年度资金总额     1500.00     1500.00     1452.00        10  96.80%      9.68\n\n"
            "行  一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分\n"
            " 1  产出指标  数量指标  新建示范基地  ≥1.5万亩  1.52万亩  40  40\n"
            " 2  效益指标  社会效益指标  带动农户  ≥800户  850户  40  40\n")
    recs = _read(tmp_path, text)
    [p] = recs.projects
    assert (p.budget_initial.q.value, p.budget_full_year.q.value, p.executed.q.value, p.exec_rate_stated.q.value,
            p.fund_weight.q.value, p.fund_score.q.value) == \
        (Decimal("15000000"), Decimal("15000000"), Decimal("14520000"), Decimal("96.8"), Decimal("10"), Decimal("9.68"))
    assert not any("资金表表头" in w for w in recs.warnings)


def test_spaced_fund_header_with_a_short_line_under_it_but_no_row_reads_no_fund(tmp_path):
    """A short line under the money words that no row of figures follows is no label head: nothing
    is read as the fund line."""
    text = ("                        年初预算数    全年预算数    全年执行数    分值    执行率     得分\n"
            "项目资金\n"
            "资金情况说明：本年度资金已全部拨付到位，详见附件。\n")
    recs = _read(tmp_path, text)
    assert all(p.budget_initial is None and p.executed is None for p in recs.projects)

EMAIL_BODY = """主题: 报送绩效自评表
项目名称：某治沙项目
一、项目资金情况
    项目年初预算数4,500.00万元，全年预算数4,800.00万元（其中中央资金3,600.00万元、省级资金1,200.00万元），全年执行数4,704.00万元，预算执行率98.00%。预算执行率分值10分，得分9.80分。
二、绩效指标完成情况
（一）产出指标（分值50分，得分50分）
1. 数量指标：完成人工造林，年度指标值≥3.5万亩，实际完成3.62万亩，分值30分，得分30分。
2. 时效指标：任务完成时间，年度指标值2023年11月30日前，实际完成值2023年11月15日，分值20分，得分20分。
（二）效益指标（分值40分，得分39.52分）
3. 社会效益指标：带动务工就业，年度指标值≥3000人次，实际完成2820人次，分值30分，得分29.52分。偏差原因：部分任务机械化作业，用工减少。
4. 可持续影响指标：管护机制，年度指标值健全，实际完成值健全，分值10分，得分10分。
5. 可持续影响指标：管护制度，年度指标值健全，实际完成值，分值，得分。
三、自评结论
    项目自评总分99.32分（满分100分），自评等级为“优”。
"""


def test_indicators_as_numbered_sentences_under_group_headings(tmp_path):
    """An e-mail body (326): each indicator a numbered line of clauses, the level-2 label before a colon, each
    value after its label by the header grammar (年度指标值≥…, 实际完成…, 分值…分, 得分…分), the level 1 from the
    heading above, a reason's label taking the rest of the line; the fund block a paragraph of clauses, its
    sources in brackets. A numbered line that does not parse whole is counted unread and named."""
    recs = _read(tmp_path, EMAIL_BODY)
    assert [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.q.value), str(i.score.q.value))
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "完成人工造林", "≥3.5万亩", "3.62万亩", "30", "30"),
        ("产出指标", "时效指标", "任务完成时间", "2023年11月30日前", "2023年11月15日", "20", "20"),
        ("效益指标", "社会效益指标", "带动务工就业", "≥3000人次", "2820人次", "30", "29.52"),
        ("效益指标", "可持续影响指标", "管护机制", "健全", "健全", "10", "10")]
    assert recs.indicators[2].reason == "部分任务机械化作业，用工减少"
    assert recs.indicators[0].target.loc.line == 7
    [p] = recs.projects
    assert p.name == "某治沙项目"
    assert (str(p.budget_initial.q.value), str(p.budget_full_year.q.value), str(p.executed.q.value)) == \
        ("45000000.00", "48000000.00", "47040000.00")
    assert (str(p.exec_rate_stated.q.value), str(p.fund_weight.q.value), str(p.fund_score.q.value)) == ("98.00", "10", "9.80")
    assert str(p.total_score_stated.q.value) == "99.32"
    assert recs.unread_rows == 1 and any("第12行" in w and "1行指标未读取" in w for w in recs.warnings)


def test_a_fund_sentence_opening_with_its_subject_reads_each_labelled_figure(tmp_path):
    """Issue 21 (406): the fund sentence names its project first (2023年X项目年初预算数…): the first
    clause's label holds the subject, a year's digits included, and is named by the fund word it
    ends in; the 年初 budget is read beside the others."""
    text = EMAIL_BODY.replace("    项目年初预算数", "    2023年某县防沙治沙综合示范区建设项目年初预算数")
    [p] = _read(tmp_path, text).projects
    assert (str(p.budget_initial.q.value), str(p.budget_full_year.q.value), str(p.executed.q.value)) == \
        ("45000000.00", "48000000.00", "47040000.00")


def test_a_label_run_into_a_value_in_words_ends_at_its_head_noun():
    """A numbered line's clause with its value in words (年度指标值健全): the label is the prefix the
    header grammar names that ends in its head noun (值 / 数 / 情况), not the longest one it names
    (完成情况良) nor the shortest (年度指标); with no head noun the clause is no labelled value."""
    from jixiao.normalize.clause_lines import _labelled
    assert [_labelled(c, set()) for c in ("年度指标值健全", "实际完成情况良好", "计划数达标", "年度指标健全")] == \
        [("target", "健全"), ("actual", "良好"), ("target", "达标"), None]


def test_a_unit_cell_is_a_known_unit_or_one_after_a_scale_word():
    """A 计量单位 column's cell fits best where it is a unit the parser knows, alone or after a scale
    word (人次, 万元, 亿吨, 万平方米: quantity.is_known_unit, the grammar is_money_unit reads money
    by), not only the scaled units once listed; a scale word alone or a compound unit fits as any
    short word does."""
    from jixiao.normalize.rebuild import cell_fit
    assert [cell_fit(u, "unit") for u in ("人次", "万元", "万人", "亿吨", "万平方米", "万", "元/人")] == \
        [20, 20, 20, 20, 20, 5, 5]


def test_a_total_rows_line_reads_any_total_label_of_the_tables_grammar(tmp_path):
    """Issue 21: a table's total row copied out as a line (合计  100  99.32  自评等级：优) is read by the
    total label grammar the tables use (summary_rows.summary_label), not 总分 alone; a money row's 合计
    (figures above the full points) is no total score."""
    def total(line):
        [p] = _read(tmp_path, EMAIL_BODY.replace("    项目自评总分99.32分（满分100分），自评等级为“优”。", line)).projects
        return p.total_score_stated and p.total_score_stated.raw, p.total_weight_stated and p.total_weight_stated.raw
    assert total("合计      100    99.32    自评等级：优") == ("99.32", "100")
    assert total("总分      100    99.32    自评等级：优") == ("99.32", "100")
    assert total("合计      500    480") == (None, None)


def test_a_total_line_with_its_grade_run_on_or_its_figures_labelled(tmp_path):
    """Issue 21 (corpus/native 535, 536): the grade's clause run on to the score (总分 100 99.12自评等级：优,
    a PDF line joining the row's cells) and the two figures labelled as the header grammar reads
    them (总分：分值 100，得分 99.30) are the total row's; labels of other fields are not."""
    def total(line):
        [p] = _read(tmp_path, EMAIL_BODY.replace("    项目自评总分99.32分（满分100分），自评等级为“优”。", line)).projects
        return p.total_score_stated and p.total_score_stated.raw, p.total_weight_stated and p.total_weight_stated.raw
    assert total("总分 100 99.12自评等级：优") == ("99.12", "100")
    assert total("总分：分值 100，得分 99.30") == ("99.30", "100")
    assert total("总分：分值100，得分99.30") == ("99.30", "100")
    assert total("合计：预算 500，执行 480") == (None, None)


def test_a_fund_paragraphs_aside_and_a_second_paragraph_stating_the_fund_otherwise_are_said(tmp_path):
    """Issue 21: the bracketed sources left out of the fund paragraph are said, where the paragraph
    is; a second paragraph stating the fund otherwise leaves the money unread, both paragraphs named."""
    recs = _read(tmp_path, EMAIL_BODY)
    assert [w.split("：", 1)[1] for w in recs.warnings if "括号" in w] == \
        ["项目资金按本段读取，括号内的说明未计入项目资金（其中中央资金3,600.00万元、省级资金1,200.00万元）"]
    assert any("块3" in w for w in recs.warnings if "括号" in w)
    other = "    项目年初预算数4,500.00万元，全年预算数4,800.00万元，全年执行数4,600.00万元。\n"
    recs = _read(tmp_path, EMAIL_BODY.replace("二、绩效指标完成情况\n", other + "二、绩效指标完成情况\n"))
    [p] = recs.projects
    assert (p.budget_initial, p.budget_full_year, p.executed) == (None, None, None)
    [w] = [w for w in recs.warnings if "所述项目资金不一致" in w]
    assert "块3" in w and "块4" in w and "4,704.00" in w and "4,600.00" in w


PDF_VIEWER_COPY = """绩效
指标
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析
及改进措施
产出指标
数量指标
新增普惠性托位
≥3000个
3126个
20
20
建成社区嵌入式托育
点
≥40个
42个
20
20
时效指标
补助资金拨付时间
2023年11月30
日前
2023年11月24
日
10
10
第 1 页 共 2 页
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析
及改进措施
效益指标
社会效益指标
婴幼儿入托率
≥15%
13.8%
40
36.8
部分新建托育点10月后开
园，招生未满；2024年加
大宣传，提高托位使用
率。
总分
90
86.8
自评等级
优
第 2 页 共 2 页
"""


def test_pdf_viewer_copy_cells_wrapped_over_lines_and_the_header_repeated(tmp_path):
    """A table copied out of a PDF viewer (322): a cell a line, but a cell too wide for its column wraps onto
    the next lines (建成社区嵌入式托育 / 点, 2023年11月30 / 日前, a note over four lines); the page's number and
    the header repeated on the next page stand between the rows; the total, its figures and the grade after
    the last row, a cell a line."""
    recs = _read(tmp_path, PDF_VIEWER_COPY)
    assert [(i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.q.value), str(i.score.q.value))
            for i in recs.indicators] == [
        ("数量指标", "新增普惠性托位", "≥3000个", "3126个", "20", "20"),
        ("数量指标", "建成社区嵌入式托育点", "≥40个", "42个", "20", "20"),
        ("时效指标", "补助资金拨付时间", "2023年11月30日前", "2023年11月24日", "10", "10"),
        ("社会效益指标", "婴幼儿入托率", "≥15%", "13.8%", "40", "36.8")]
    assert recs.indicators[3].reason == "部分新建托育点10月后开园，招生未满；2024年加大宣传，提高托位使用率。"
    assert recs.indicators[1].loc.line == 19
    assert recs.unread_rows == 0
    [p] = recs.projects
    assert (str(p.total_weight_stated.q.value), str(p.total_score_stated.q.value), p.grade_stated) == ("90", "86.8", "优")


def test_a_name_label_and_its_value_a_cell_a_line_wrapped(tmp_path):
    """The form's label cells copied out of a PDF viewer a cell a line (322): the name's value wraps onto a
    second line (…建设补助 / 项目) and ends where the next label's line stands; the project takes it whole."""
    head = "项目名称\n2023年某市普惠托育服务体系建设补助\n项目\n主管部门\n某市卫生健康委员会\n"
    recs = _read(tmp_path, head + PDF_VIEWER_COPY)
    assert [p.name for p in recs.projects] == ["2023年某市普惠托育服务体系建设补助项目"]


def test_numbered_indicator_lines_short_of_a_table_are_said(tmp_path):
    """Two numbered indicator lines of which one parses (a run too short to rebuild a table from the
    parsed lines alone) and one that holds value labels but does not parse: both are indicator
    lines; the one that parses is read, the other counted unread and named, neither passed over."""
    text = ("项目名称：某治沙项目\n"
            "（一）产出指标（分值50分，得分50分）\n"
            "1. 数量指标：完成人工造林，年度指标值≥3.5万亩，实际完成3.62万亩，分值30分，得分30分。\n"
            "2. 时效指标：任务完成时间，年度指标值2023年11月30日前，实际完成值，分值，得分。\n"
            "三、自评结论\n")
    recs = _read(tmp_path, text)
    assert [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "完成人工造林", "≥3.5万亩", "3.62万亩")]
    assert recs.unread_rows == 1 and any("第4行" in w and "1行指标未读取" in w for w in recs.warnings)


def test_a_lone_numbered_indicator_line_naming_every_value_is_read_and_prose_stays_prose(tmp_path):
    """Issue 21: one numbered line that parses whole and names every value (年度指标值, 实际完成, 分值,
    得分) is an indicator even alone, not dropped for want of a second line; a numbered line of
    ordinary prose (1. 加强管理，提高效率。) stays prose: no record, nothing counted unread."""
    text = ("项目名称：某公厕建设项目\n"
            "（一）产出指标（分值8分，得分8分）\n"
            "1. 数量指标：新建公厕，年度指标值≥120座，实际完成124座，分值8分，得分8分。\n"
            "三、自评结论\n")
    recs = _read(tmp_path, text)
    assert [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.q.value), str(i.score.q.value))
            for i in recs.indicators] == [("产出指标", "数量指标", "新建公厕", "≥120座", "124座", "8", "8")]
    assert recs.unread_rows == 0
    recs = _read(tmp_path, "项目名称：某公厕建设项目\n1. 加强管理，提高效率。\n三、自评结论\n")
    assert not recs.indicators and recs.unread_rows == 0


def test_numbered_indicator_lines_none_parsed_are_said(tmp_path):
    """A run of numbered indicator lines none of which parses whole (each holds value labels) is
    counted unread and named, not passed over because no table could be rebuilt."""
    text = ("项目名称：某治沙项目\n"
            "1. 数量指标：完成人工造林，年度指标值≥3.5万亩，实际完成值，分值，得分。\n"
            "2. 时效指标：任务完成时间，年度指标值2023年11月30日前，实际完成值，分值，得分。\n"
            "三、自评结论\n")
    recs = _read(tmp_path, text)
    assert not recs.indicators
    assert recs.unread_rows == 2 and any("第2行、第3行" in w and "2行指标未读取" in w for w in recs.warnings)


def test_a_total_a_cell_a_line_labelled_by_the_total_grammar(tmp_path):
    """The total after the last row, a cell a line, under a label the total grammar reads
    (summary_rows.summary_label: 合计得分, as well as 总分) is the table's total row, as 总分 is."""
    recs = _read(tmp_path, PDF_VIEWER_COPY.replace("总分\n90\n86.8\n", "合计得分\n90\n86.8\n"))
    assert len(recs.indicators) == 4 and recs.unread_rows == 0
    [p] = recs.projects
    assert (str(p.total_weight_stated.q.value), str(p.total_score_stated.q.value), p.grade_stated) == ("90", "86.8", "优")
    assert p.total_score_stated.loc.line == recs.indicators[3].loc.line + 11     # the 86.8 cell's line


NARROW_COLUMN_COPY = """一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析
及改进措施
产出指标
数量指标
新增普惠
性托位
≥3000个
3126个
20
20
质量指标
托育机构
验收
合格
合格
20
20
效益指标
满意度指标
家长满意
度
良好
良好
40
36
无
总分
80
76
"""


def test_a_narrow_column_wraps_at_four_characters_and_two_character_cells_stay_whole(tmp_path):
    """Issue 21 (WRAP_WIDTH): a table copied out of a PDF viewer whose name column is four characters wide
    (新增普惠 / 性托位, 托育机构 / 验收, 家长满意 / 度): a line of four characters goes on onto the next; the
    qualitative values of two characters or one (合格, 良好, 无) are cells of their own, not the start of a
    wrap. A wider threshold leaves the names cut (性托位 read as the name); a narrower one lets the short
    value lines run on into each other, and the rows are left unread."""
    recs = _read(tmp_path, NARROW_COLUMN_COPY)
    assert [(i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.q.value), str(i.score.q.value), i.reason)
            for i in recs.indicators] == [
        ("数量指标", "新增普惠性托位", "≥3000个", "3126个", "20", "20", ""),
        ("质量指标", "托育机构验收", "合格", "合格", "20", "20", ""),
        ("服务对象满意度指标", "家长满意度", "良好", "良好", "40", "36", "无")]
    assert recs.unread_rows == 0


def test_a_numbered_line_naming_only_some_values_among_indicator_sentences_is_counted_unread(tmp_path):
    """Issue 21: among numbered indicator sentences, a line naming a target and no result (3. 项目验收合格率
    ≥95%) is no indicator read and no prose either: counted unread and named where it sits. The same line
    among numbered prose (no line an indicator sentence) is left to the prose readers, not counted."""
    lone = "3. 项目验收合格率 ≥95%\n"
    recs = _read(tmp_path, EMAIL_BODY.replace("（二）效益指标", lone + "（二）效益指标"))
    assert [i.level3 for i in recs.indicators] == ["完成人工造林", "任务完成时间", "带动务工就业", "管护机制"]
    assert recs.unread_rows == 2
    [w] = [w for w in recs.warnings if "编号指标行" in w and "第9行" in w]
    assert "2行指标未读取" in w
    prose = ("二、主要工作\n1. 全年完成植树造林3.62万亩。\n2. 组织开展技术培训12期。\n" + lone)
    recs = _read(tmp_path, prose)
    assert recs.unread_rows == 0 and not any("编号指标行" in w for w in recs.warnings)


KEY_VALUE_FORM = """评价年度：2023
项目名称：某供水管网改造项目
金额单位：万元
年初预算数：1500.00
全年预算数：1600.00
全年执行数：1552.00
其中：中央补助资金：1000.00
其中：市级财政资金：552.00
执行率：97.00%
分值：10
得分：9.70
年度总体目标：改造管网20公里。
----------------------------------------
指标序号：1
一级指标：产出指标
二级指标：数量指标
三级指标：改造供水管网
年度指标值：≥20公里
实际完成值：21公里
分值：90
得分：90
----------------------------------------
"""


def test_a_fund_written_one_clause_a_line_is_read_as_its_sentence(tmp_path):
    """Issue 21 (an office system's key：value export): the fund block one label：figure a line is the
    fund sentence broken at each clause: each field read by the fund grammar (fund_grammar.fund_clause) and
    located at its own line, 分值 / 得分 right after the rate the fund's points, the 其中 source lines
    asides left out of the fund and said. The indicator's own 分值 / 得分 lines state no budget: no fund."""
    recs = _read(tmp_path, KEY_VALUE_FORM)
    [p] = recs.projects
    assert [(str(f.q.value), f.loc.line) for f in (p.budget_initial, p.budget_full_year, p.executed,
                                                    p.exec_rate_stated, p.fund_weight, p.fund_score)] == \
        [("15000000.00", 4), ("16000000.00", 5), ("15520000.00", 6), ("97.00", 9), ("10", 10), ("9.70", 11)]
    assert [str(i.weight.q.value) for i in recs.indicators] == ["90"]
    [w] = [w for w in recs.warnings if "来源行" in w]
    assert "其中：中央补助资金：1000.00；其中：市级财政资金：552.00" in w
    # the same field written twice in the run: two statements of the fund, neither read, both said
    again = KEY_VALUE_FORM.replace("执行率：97.00%\n", "执行率：97.00%\n全年预算数：1700.00\n全年执行数：1600.00\n")
    recs = _read(tmp_path, again)
    [p] = recs.projects
    assert (p.budget_initial, p.executed) == (None, None)
    assert any("所述项目资金不一致" in w for w in recs.warnings)


HARD_WRAPPED = """项目名称：某污水管网项目
一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因
产出指标  数量指标  新建污水管网  ≥45公里  46.8公里  30  30
产出指标  时效指标  管网工程完工时间  2023年12月31日前  2023年12月22日
20  20
效益指标  生态效益指标  污水处理厂进水BOD浓度  ≥100毫克/升  92毫克/升
30  27.6  部分片区地下水渗入管网，进水浓度偏低。
满意度指标  服务对象满意度指标  居民满意度  ≥90%  93.2%  20  20
"""


def test_a_row_hard_wrapped_onto_a_line_of_figures_is_one_row(tmp_path):
    """Issue 21 (a mail client cutting lines at 76 columns, 410): in a table copied out a row per
    line with spaces between cells, a line that starts where no row starts (no level or name cell,
    only figures, maybe the reason after them) is the rest of the row above: its weight, score and
    reason, each located at the line it stands on."""
    recs = _read(tmp_path, HARD_WRAPPED)
    assert _triples(recs) == [
        ("产出指标", "数量指标", "新建污水管网", "≥45公里", "46.8公里", "30", "30"),
        ("产出指标", "时效指标", "管网工程完工时间", "2023年12月31日前", "2023年12月22日", "20", "20"),
        ("效益指标", "生态效益指标", "污水处理厂进水BOD浓度", "≥100毫克/升", "92毫克/升", "30", "27.6"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93.2%", "20", "20")]
    assert recs.indicators[2].reason == "部分片区地下水渗入管网，进水浓度偏低。"
    assert (recs.indicators[1].target.loc.line, recs.indicators[1].score.loc.line) == (4, 5)
    assert recs.unread_rows == 0


NUMBERED_OUTLINE = """某局2023年度部门整体支出绩效自评报告
二、预算执行情况
1.年初预算数1,200.00万元，全年预算数1,300.00万元，全年执行数1,274.00万元，执行率98.00%。
2.其中：基本支出全年预算数400.00万元，执行数400.00万元；项目支出全年预算数900.00万元，执行数874.00万元。
3.预算执行率分值10分，得分9.80分。
三、绩效指标完成情况
（一）产出指标
1.数量指标
（1）开展培训：年度目标值≥200人次，实际完成210人次，分值30分，得分30分。
（2）新建站点：年度目标值≥5个，实际完成5个，分值20分，得分20分。
2.质量指标
（1）验收合格率：年度目标值100%，实际完成100%，分值10分，得分10分。
（二）效益指标
1.可持续影响指标
（1）服务体系：年度目标值持续完善，实际完成持续完善，分值30分，得分28分；偏差原因：部分站点未验收。
四、自评结论
自评总分97.8分，自评等级为“优”。
"""


def test_a_numbered_outline_names_each_indicator_before_a_colon_under_level_headings(tmp_path):
    """Issue 21 (411): an outline whose items are （1）名称：年度目标值…，实际完成…，分值…分，得分…分 under
    a numbered heading that is a level-2 label alone (1.数量指标), itself under a level-1 group
    （（一）产出指标）: the name ends at the colon before the first labelled value, the level 2 comes from
    the heading above, and a value in words takes the label the other lines write before a figure
    (实际完成持续完善 beside 实际完成210人次). The fund: a numbered paragraph (its list number no part of
    the label), the 其中 paragraph after it the parts (said, not read), the points paragraph after
    that the fund's points."""
    recs = _read(tmp_path, NUMBERED_OUTLINE)
    assert [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.q.value), str(i.score.q.value))
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "开展培训", "≥200人次", "210人次", "30", "30"),
        ("产出指标", "数量指标", "新建站点", "≥5个", "5个", "20", "20"),
        ("产出指标", "质量指标", "验收合格率", "100%", "100%", "10", "10"),
        ("效益指标", "可持续影响指标", "服务体系", "持续完善", "持续完善", "30", "28")]
    assert recs.indicators[3].reason == "部分站点未验收" and recs.unread_rows == 0
    [p] = recs.projects
    assert [(str(f.q.value), f.loc.line) for f in (p.budget_initial, p.budget_full_year, p.executed,
                                                    p.exec_rate_stated, p.fund_weight, p.fund_score)] == \
        [("12000000.00", 3), ("13000000.00", 3), ("12740000.00", 3), ("98.00", 3), ("10", 5), ("9.80", 5)]
    [w] = [w for w in recs.warnings if "未计入项目资金" in w]
    assert "项目资金按本段读取，其后“其中”段的说明未计入项目资金（2.其中：基本支出全年预算数400.00万元" in w


NUMBERED_HEADINGS = """某县2023年度救助资金绩效自评报告
三、绩效目标完成情况
1.产出指标（分值30分，得分30分）
（1）保障人数（数量指标）：年度目标值≥100人，实际完成值120人，分值20分，自评得分20分。
（2）发放及时率（时效指标）：年度目标值100%，实际完成值100%，分值10分，自评得分10分。
2.满意度指标（分值10分，得分9.47分）
（1）对象满意度（服务对象满意度指标）：年度目标值≥95%，实际完成值90%，分值10分，自评得分9.47分。
对象满意度未达到目标，主要是审批时间偏长。
"""


def test_numbered_level_headings_and_a_level_in_brackets_after_the_name(tmp_path):
    """Issue 21 (714): the level-1 headings numbered as the items are (1.产出指标（分值30分，得分30分）) head the
    items under them, not lines left unread; a level written in brackets after the name (保障人数（数量指标）)
    is the row's level 2, not part of its name."""
    recs = _read(tmp_path, NUMBERED_HEADINGS)
    assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "保障人数"), ("产出指标", "时效指标", "发放及时率"),
        ("满意度指标", "服务对象满意度指标", "对象满意度")]
    assert recs.unread_rows == 0 and not any("未读取" in w for w in recs.warnings)
    # a label of either level (成本指标, 满意度指标) under a group heading of its own kind is a level 2
    grouped = ("（一）产出指标\n1.数量指标\n（1）开展培训：年度目标值≥200人次，实际完成210人次，分值30分，得分30分。\n"
               "2.成本指标\n（1）人均成本：年度目标值≤500元，实际完成480元，分值20分，得分20分。\n")
    assert [(i.level1, i.level2, i.level3) for i in _read(tmp_path, grouped).indicators] == [
        ("产出指标", "数量指标", "开展培训"), ("产出指标", "成本指标", "人均成本")]


def test_numbered_lines_naming_no_reason_leave_no_empty_reason(tmp_path):
    """Issue 21 (714): lines none of which names a 偏差原因 have no reason column: a missed target among them
    is not a reason left blank (JX402), the report may tell why in a sentence of its own."""
    from jixiao.rules import check
    recs = _read(tmp_path, NUMBERED_HEADINGS)
    assert recs.indicators[2].reason is None
    assert "JX402" not in {f.rule for f in check(recs)}


JSON_EXPORT = """{
  "data": {
    "项目名称": "2023年某县蔬菜检测项目",
    "项目资金": {
      "年初预算数": "500.00",
      "全年预算数": "520.00",
      "全年执行数": "514.80",
      "执行率": "99.00%",
      "分值": 10,
      "得分": 9.9
    },
    "绩效指标": [
      {
        "一级指标": "产出指标",
        "二级指标列表": [
          {
            "二级指标": "数量指标",
            "三级指标列表": [
              {
                "指标名称": "快速检测批次",
                "目标值": "≥1万批次",
                "实际完成值": "1.2万批次",
                "分值": 50,
                "得分": 50
              }
            ]
          },
          {
            "二级指标": "质量指标",
            "三级指标列表": [
              {
                "指标名称": "检测准确率",
                "目标值": "≥99%",
                "实际完成值": "99.5%",
                "分值": 40,
                "得分": 40,
                "偏差原因": null
              }
            ]
          }
        ]
      }
    ]
  }
}
"""


def test_a_json_export_reads_as_label_value_lines_each_level_heading_the_indicators_after_it(tmp_path):
    """A JSON export's members are label：value lines, line for line (the strings unquoted, the
    indentation and brackets dropped): the fund's lines are the fund, its 分值 / 得分 over the
    绩效指标 caption no indicator's points, and a level written after an indicator's name heads the
    indicators after it, not that one."""
    recs = _read(tmp_path, JSON_EXPORT)
    [p] = recs.projects
    assert p.name == "2023年某县蔬菜检测项目"
    assert (str(p.fund_weight.value), str(p.fund_score.value)) == ("10", "9.9")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, str(i.weight.value), str(i.score.value))
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "快速检测批次", "≥1万批次", "1.2万批次", "50", "50"),
        ("产出指标", "质量指标", "检测准确率", "≥99%", "99.5%", "40", "40")]
    assert recs.indicators[1].target.loc.line == 33     # the line the target is written on


DRIFTING = """项目名称：2023年某市河道整治项目
一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分    偏差原因分析及改进措施
产出指标    数量指标   疏浚河道长度     ≥45公里    46.8公里      7    7
产出指标   数量指标    清运土方量    ≥32万立方米     33.5万立方米     6   6
产出指标    数量指标    新建生态驳岸   ≥18公里    18.6公里      6     6
产出指标    数量指标   新建污水管网     ≥12公里    12.4公里      6    6
产出指标   质量指标    河道疏浚工程验收合格率    100%     100%     6   6
产出指标    质量指标    监测断面水质达标率   ≥90%    92.3%      6     6
产出指标    时效指标   疏浚工程完工时间     2023年11月30日前    2023年11月20日      5    5
产出指标   成本指标    每公里河道疏浚成本    ≤150万元     146万元     6   6
"""


def test_rows_whose_cells_are_a_few_spaces_apart_but_not_aligned_are_no_aligned_table(tmp_path):
    """Cells set apart by three to six spaces, each line its own (the k-th cell of full lines starting
    at different columns): no column grid (starts near each other by chance put cells in wrong
    columns); the lines stay lines, read cell by cell in order."""
    path = tmp_path / "passage.txt"
    path.write_text(DRIFTING, encoding="utf-8")
    assert not read_document(path).tables()
    recs = _read(tmp_path, DRIFTING)
    assert [(i.level3, i.target.raw, i.actual.raw, str(i.weight.value), str(i.score.value)) for i in recs.indicators] == [
        ("疏浚河道长度", "≥45公里", "46.8公里", "7", "7"), ("清运土方量", "≥32万立方米", "33.5万立方米", "6", "6"),
        ("新建生态驳岸", "≥18公里", "18.6公里", "6", "6"), ("新建污水管网", "≥12公里", "12.4公里", "6", "6"),
        ("河道疏浚工程验收合格率", "100%", "100%", "6", "6"), ("监测断面水质达标率", "≥90%", "92.3%", "6", "6"),
        ("疏浚工程完工时间", "2023年11月30日前", "2023年11月20日", "5", "5"), ("每公里河道疏浚成本", "≤150万元", "146万元", "6", "6")]


def _docx_paragraphs(tmp_path, paragraphs: list[str]):
    """A Word document with no table object: each of `paragraphs` a paragraph of its own."""
    from docx import Document as Docx
    d = Docx()
    for text in paragraphs:
        d.add_paragraph(text)
    path = tmp_path / "cells.docx"
    d.save(path)
    return normalize_document(read_document(path))


def test_word_document_a_cell_a_paragraph(tmp_path):
    """Issue 21 (473): a form typed into Word with no table object, every cell its own paragraph. The
    run is the cell stream a .txt written a cell per line gives, and reads the same: its rows, each
    record pointing at the paragraph its text stands in (a Word paragraph has no source line), and
    the total and the grade after the last row a cell a paragraph (总分 / 100 / 98 / 自评等级 / 优),
    the grade a row of its own where the header ends with the score."""
    cells = ["某县项目支出绩效自评表"] + HEADER + [c for r in ROWS for c in r] + ["总分", "100", "99.6", "自评等级", "优"]
    recs = _docx_paragraphs(tmp_path, cells)
    assert _triples(recs) == WANT
    first = recs.indicators[0]
    assert first.loc.line is None and first.loc.table is None
    assert first.target.loc.block == cells.index("≥200人")
    [p] = recs.projects
    assert (str(p.total_score_stated.q.value), p.grade_stated) == ("99.6", "优")
    assert p.rows_unread == 0 and recs.warnings == []


def test_word_paragraph_cells_read_ambiguous_rows_named_by_paragraph(tmp_path):
    """A row that segments two ways in a Word run of cell paragraphs is counted unread and named by
    its paragraphs (块N), not by a source line a Word document does not have."""
    rows = [["产出指标", "数量指标", "培训人数", "90%", "10"]] + [list(r) for r in ROWS[2:]]
    recs = _docx_paragraphs(tmp_path, HEADER + [c for r in rows for c in r])
    assert [i.level3 for i in recs.indicators] == ["考核合格率", "群众知晓率", "参训人员满意度"]
    assert recs.projects[0].rows_unread == 1
    [w] = [w for w in recs.warnings if "逐格排列" in w]
    assert "块7至" in w and "源文件" not in w and "1行指标未读取" in w


def test_sheet_of_one_column_a_row_a_cell_spaced(tmp_path):
    """Issue 21 (476): a form laid out in a sheet's first column, a line a cell, its cells set apart by
    runs of ideographic spaces: the lines a .txt copied out with spaces between cells gives, read the
    same (the fund rows and the indicator rows), each record pointing at its cell (A10)."""
    from openpyxl import Workbook
    gap = "\u3000\u3000"
    lines = ["项目名称：某县培训项目",
             gap.join(["资金", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]),
             gap.join(["年度资金总额", "100.00", "120.00", "114.00", "95.00%", "10", "9.50"]),
             gap.join(HEADER)] + [gap.join(r) for r in ROWS] + [gap.join(["总分", "100", "99.1"])]
    wb = Workbook()
    for n, text in enumerate(lines, 1):
        wb.active.cell(row=n, column=1, value=text)
    wb.save(tmp_path / "form.xlsx")
    recs = normalize_document(read_document(tmp_path / "form.xlsx"))
    assert _triples(recs) == WANT
    assert recs.indicators[0].target.loc.ref == "A5"
    [p] = recs.projects
    assert (p.budget_initial.q.raw, p.executed.q.raw, p.fund_score.q.raw) == ("100.00", "114.00", "9.50")
    assert p.rows_unread == 0


def _pdf_document(blocks_spec):
    """A PDF's document as its reader gives it: paragraphs (str) and tables found from the alignment of
    their text (lists of rows), in order, each block on page 1."""
    from jixiao.extract import Document, Location, Paragraph, Table
    from jixiao.extract.model import Cell
    from jixiao.extract.pdf_reader import ALIGNED
    doc = Document(source="p.pdf", format="pdf", sha256="", pages=1)
    for spec in blocks_spec:
        k = len(doc.blocks)
        if isinstance(spec, str):
            doc.blocks.append(Paragraph(spec, Location("p.pdf", block=k, page=1)))
            continue
        t = len(doc.tables())
        cells = [Cell(x, r, c, Location("p.pdf", block=k, page=1, table=t, row=r, col=c))
                 for r, row in enumerate(spec) for c, x in enumerate(row)]
        doc.blocks.append(Table(t, len(spec), len(spec[0]), cells, Location("p.pdf", block=k, page=1, table=t),
                                origin=ALIGNED))
    return doc


def test_pdf_rows_a_line_with_an_aligned_table_among_them_read_as_one_table():
    """Issue 21 (477.pdf): positioned text boxes, a row a line under a header line; the PDF reader took
    three of the rows for a table by their alignment (no rule drawn), its columns a guess (centred text
    cells start at no shared edge), the others stayed lines. Those rows are lines among the others: the
    spaced rows under the header read all of them, each cell placed by column coherence."""
    rows = [" ".join(r) for r in ROWS]
    aligned = [["", "", "发放手册", "", "≥500份", "480份", "10", "9.6"],
               ["", "质量指标", "考核合格率", "≥90%", "", "95%", "20", "20"]]
    doc = _pdf_document(["某县项目支出绩效自评表", " ".join(HEADER), rows[0], aligned] + rows[3:] + ["总分 100 99.6"])
    recs = normalize_document(doc)
    assert _triples(recs) == WANT
    assert recs.indicators[1].target.loc.table == 0 and recs.indicators[1].target.loc.row == 0
    assert recs.unread_rows == 0


def test_lines_like_indicator_rows_left_unread_are_counted_and_named(tmp_path):
    """Issue 21 (474.pdf, 477.pdf at their first read): rows of an indicator table printed as lines after
    the part read as a table, which no reader took, are counted unread and named, not passed over; a fund
    line and a total line are no such row."""
    from docx import Document as Docx
    d = Docx()
    t = d.add_table(rows=3, cols=len(HEADER))
    for r, row in enumerate([HEADER] + ROWS[:2]):
        for c, x in enumerate(row):
            t.cell(r, c).text = x
    for line in ["质量指标 考核合格率 ≥90% 95% 20 20", "社会效益指标 群众知晓率 显著提高 显著提高 30 30",
                 "年度资金总额 100.00 120.00 114.00 95.00% 10 9.5", "总分 100 99.6", "经评价，本项目得分99.6分。"]:
        d.add_paragraph(line)
    d.save(tmp_path / "part.docx")
    recs = normalize_document(read_document(tmp_path / "part.docx"))
    assert [i.level3 for i in recs.indicators] == ["培训人数", "发放手册"]
    assert recs.unread_rows == 2 and recs.projects[0].rows_unread == 2
    named = [w for w in recs.warnings if "像指标行但未读取" in w]
    assert len(named) == 2 and "考核合格率" in named[0] and "群众知晓率" in named[1]


def test_a_run_together_name_holding_the_word_zhibiao_is_a_name(tmp_path):
    """044: 食品安全指标达标率100%100% is a name holding 指标 in its middle, no level label nor header
    word ending there (食品安全指标 is none): it is read. A name whose words through its 指标 end in a
    level label (考核产出指标…) or a header word (…年度指标值) may be a label or a header run into it,
    and stays unread."""
    text = ("一级指标二级指标三级指标指标值完成值产出指标质量指标储备到位率100%100%"
            "食品安全指标达标率100%100%时效指标考核产出指标达标率100%100%\n")
    recs = _read(tmp_path, text)
    assert [(i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == \
        [("质量指标", "储备到位率", "100%", "100%"), ("质量指标", "食品安全指标达标率", "100%", "100%")]
    assert recs.unread_rows == 1 and any("考核产出指标达标率" in w for w in recs.warnings), recs.warnings


def test_rows_set_apart_by_spaces_a_name_wrapped_onto_a_line_of_its_own(tmp_path):
    """533.docx (columns padded by eye with spaces, a row a paragraph): a name as wide as the widest
    of its column wraps, its last words on a line holding nothing else (改造管网水压试验一次 / 合格率).
    The line goes on the name; a shorter name's row is whole, and a line under it is not its name."""
    s = "\u3000\u3000"
    lines = ["一级指标" + s + "二级指标" + s + "三级指标" + s + "年度指标值" + s + "实际完成值" + s + "分值" + s + "得分",
             s.join(["产出指标", "数量指标", "改造老旧小区庭院管网", "≥42个", "42个", "8", "8"]),
             s.join(["新建换热站", "≥6座", "6座", "6", "6"]),
             s.join(["质量指标", "改造管网水压试验一次", "100%", "100%", "6", "6"]),
             "合格率",
             s.join(["供热室温达标率", "≥98%", "98.6%", "6", "6"]),
             s.join(["效益指标", "社会效益指标", "惠及供热居民户数", "≥3.5万户", "3.62万户", "8", "8"]),
             "", "自评等级：优"]
    recs = _read(tmp_path, "\n".join(lines) + "\n")
    assert [i.level3 for i in recs.indicators] == ["改造老旧小区庭院管网", "新建换热站", "改造管网水压试验一次合格率",
                                                  "供热室温达标率", "惠及供热居民户数"]
    assert recs.indicators[2].level2 == "质量指标" and str(recs.indicators[2].score.q.value) == "6"


def test_rows_set_one_space_apart_a_line_of_words_under_the_widest_name_is_no_tail(tmp_path):
    """351.txt: cells one space apart have no column width a name could fill; a seal's words on a
    line of their own under the row of the widest name (河池市林业局) are not that name's tail."""
    lines = ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
             "产出指标 数量指标 人工造林 ≥6000亩 6150亩 8 8",
             "封山育林 ≥1.2万亩 1.2万亩 7 7",
             "成本指标 每平方公里治理投资 ≤180万元 176万元 4 4",
             "河池市林业局",
             "效益指标 生态效益指标 项目区植被覆盖率 ≥2个百分点 2.3个百分点 10 10",
             "", "自评等级：优"]
    recs = _read(tmp_path, "\n".join(lines) + "\n")
    assert [i.level3 for i in recs.indicators] == ["人工造林", "封山育林", "每平方公里治理投资", "项目区植被覆盖率"]


def test_method_header_grammar():
    """A column of method or standard text is told by its head noun (方法 / 标准 / 细则 / 说明 / 解释)
    with a few words of modifier, where no field claims the cell (a reason's 说明, a weight's 标准分值)."""
    from jixiao.normalize.vocab import method_header
    assert [w for w in ("得分计算方法", "评分标准", "计分方法", "指标解释", "考核细则(注)") if method_header(w)] == \
        ["得分计算方法", "评分标准", "计分方法", "指标解释", "考核细则(注)"]
    assert not any(method_header(w) for w in ("偏差原因说明", "标准分值", "得分", "计算方法得分", "完成情况"))


def test_method_column_between_figures_and_score(tmp_path):
    """048: a column of scoring-method text (its cells conditions and formulas, figures inside its
    clauses) between the glued figures and the score. The run after the name fills the columns before
    it only; the method's text runs to the figures set apart after it (the score), not to 每少5人扣1分's."""
    text = ("一级指标二级指标三级指标分值年度指标值全年实际值评分标准得分\n"
            "产出指标数量指标培训人次1080人80人达到目标值得满分，每少5人扣1分。10 时效指标完成时间"
            "58月8月按时完成得满分；每延迟1月扣1分。5\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.weight.raw, i.target.raw, i.actual.raw, i.score.raw) for i in recs.indicators] == \
        [("培训人次", "10", "80人", "80人", "10"), ("完成时间", "5", "8月", "8月", "5")]
    assert recs.unread_rows == 0


def test_method_column_after_the_name_said(tmp_path):
    """030: a 指标说明 column right after the name runs on from it; the rows are counted and the warning
    names the column for what it is, a column of explanation text."""
    text = "一级指标二级指标指标名称指标说明目标值分值备注\n产出指标数量指标发放人数达到计划值300010\n"
    recs = _read(tmp_path, text)
    assert not recs.indicators and recs.unread_rows == 1
    assert any("说明或评分标准文字列" in w for w in recs.warnings), recs.warnings


def test_one_figure_written_once_per_column():
    """15.515.515.5 for three columns: 15.51 | 5.51 | 5.5 fits each column too, but one figure written
    once per column is read as written (a full score's weight, target and result alike)."""
    from jixiao.normalize.cell_joins import split_figures
    assert split_figures("15.515.515.5", ["weight", "target", "actual"]) == [["15.5", "15.5", "15.5"]]


def test_a_flattened_forms_own_name_and_money_unit_win_over_its_title_and_the_default(tmp_path):
    """046 / 056: a form flattened into one paragraph states its name between two labels (项目名称 X 项目实施单位
    Y) and its money unit in a label's bracket (项目资金 (元)): they are the project's, not the file title's
    subject nor the default 万元. Only the paragraph's FIRST name label names it: a later one is a later form's."""
    rows = ("一级指标 二级指标 数量指标 三级指标 培训人员结业完成 年度 指标值 实际 完成值 分值 得分 "
            "=100% 100% 20 20 ≥90% 96% 30 28 及时 及时 20 20 >=4 次 5次 20 20 100 98 率 产出指标 质量指标 "
            "绩 效 指 标 时效指标 学员结业合格率 课程安排及时性 效益指标 社会效益指标 举办讲座次 数 总分 -1-")
    title = "2023年度某某县培训中心培训项目绩效自评表.pdf\n"
    form = "绩效自评表 项目名称 农民技能培训经费 项目实施单位 某某县培训中心 项目资金 (元) 全年预算数 1000 "
    (p,) = _read(tmp_path, title + form + rows + "\n").projects
    assert (p.name, p.money_unit) == ("农民技能培训经费", "元")
    later = form.replace("项目名称 农民技能培训经费 ", "项目名称 项目实施单位 某某县培训中心 ") + rows + \
        " 绩效自评表 项目名称 援建经费 项目实施单位 某某县培训中心 \n"
    (p,) = _read(tmp_path, title + later).projects
    assert p.name != "援建经费"


ALT_LINES = """项目名称：2023年某县茶产业发展项目
绩效指标完成情况表（图片）
产出指标／数量指标／新建生态茶园：年度指标值≥3000亩，实际完成值3150亩，分值8，得分8。
效益指标／经济效益指标／茶叶综合产值：年度指标值≥9亿元，实际完成值8.1亿元，分值10，得分9。
效益指标／可持续影响指标／管护机制：年度指标值健全，实际完成值健全，分值6，得分6。
茶园面积：年度指标值≥3000亩，实际完成值3150亩。
"""


def test_unnumbered_lines_naming_every_value_under_a_level_path_are_rows(tmp_path):
    """Issue 21 (857, a table pasted as a picture whose alt text writes a sentence a row): an unnumbered line
    of clauses is an indicator line where it names every value (年度指标值, 实际完成值, 分值, 得分), and the
    name before its colon under a level path the level grammar reads (产出指标／数量指标／…) gives the row's
    levels; a line naming only a target and an actual stays prose."""
    recs = _read(tmp_path, ALT_LINES)
    assert [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.q.value), str(i.score.q.value))
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建生态茶园", "≥3000亩", "3150亩", "8", "8"),
        ("效益指标", "经济效益指标", "茶叶综合产值", "≥9亿元", "8.1亿元", "10", "9"),
        ("效益指标", "可持续影响指标", "管护机制", "健全", "健全", "6", "6")]


def test_label_value_pairs_parted_by_semicolons_are_read_as_pairs(tmp_path):
    # a <canvas> table's fallback text (900): a line per indicator, every field labelled, the pairs parted by
    # ；with no space: a label starts after the mark (年度指标值, not 指标值 with 年度 left on the name) and the
    # mark is no part of the value before it
    text = "绩效指标完成情况\n" + "\n".join(
        "；".join(f"{h}：{v}" for h, v in zip(HEADER, r)) for r in ROWS[:3]) + "\n"
    assert _triples(_read(tmp_path, text)) == [tuple(r[:5]) + (r[5], r[6]) for r in ROWS[:3]]


SUMMED = ("一级指标二级指标三级指标指标说明指标值分值备注\n"
          "产出指标数量指标培训人数对照年初计划150010\n质量指标考核合格率对照年初计划90%20\n"
          "时效指标按期完成率100%20\n效益指标社会效益指标群众知晓率对照上年水平90%50\n总分\n100\n")


def test_figures_run_together_under_a_method_column_are_cut_by_the_weights_sum(tmp_path):
    """030: a 指标说明 column between the names and the figures, every separator lost. 150010 cuts
    as 1500 | 10 or 15001 | 0, but the table's 总分 100 is the weights summed: only 10 adds up
    (10 + 20 + 20 + 50); where two cuts add up, no row is read. The names are cut before the words
    the 说明 cells open with (对照, in three of four, 对照年初计划 written twice); the row without
    them keeps its words whole, and the warning says both."""
    recs = _read(tmp_path, SUMMED)
    assert [(i.level3, i.target.raw, str(i.weight.q.value)) for i in recs.indicators] == [
        ("培训人数", "1500", "10"), ("考核合格率", "90%", "20"), ("按期完成率", "100%", "20"), ("群众知晓率", "90%", "50")]
    assert recs.unread_rows == 0
    assert all("按各行分值之和等于总分100唯一地分开" in i.note for i in recs.indicators)
    assert any("按各行分值之和等于总分100唯一地分开" in w and "“对照”" in w and "“按期完成率”未见该词" in w
               for w in recs.warnings), recs.warnings
    # with 40010 (400 | 10 or 4001 | 0) beside 150010, 10 + 0 and 0 + 10 both add up: none is read
    text = SUMMED.replace("按期完成率100%20", "讲座次数对照年初计划40010") \
        .replace("考核合格率对照年初计划90%20", "考核合格率对照年初计划90%40")
    recs = _read(tmp_path, text)
    assert recs.indicators == []
    assert recs.unread_rows == 4


def test_a_caption_and_an_unknown_level_label_run_into_a_summed_rows_name_are_parted(tmp_path):
    """030: before the first level label, a row-group caption closed by its bracketed note, a
    level-2 label the vocabulary lacks and the row's name run together (…(定量指标)管理指标档案资料
    完整与否10). The table's 总分 settles its figures with the others'; the label is known by its
    form alone (…指标), as every other row's level 2 is written, so the row reads with that level 2
    and the name after it. Without the bracketed caption nothing marks where the label starts: it
    stays counted unread."""
    rows = SUMMED.replace("群众知晓率对照上年水平90%50", "群众知晓率对照上年水平90%40")
    head, body = rows.split("\n", 1)
    recs = _read(tmp_path, head + "\n项目年度绩效目标(定量指标)管理指标档案资料完整与否10\n" + body)
    assert [(i.level2_raw, i.level3, str(i.weight.q.value)) for i in recs.indicators][0] == ("管理指标", "档案资料完整与否", "10")
    assert len(recs.indicators) == 5 and recs.unread_rows == 0
    recs = _read(tmp_path, head + "\n项目年度绩效目标管理指标档案资料完整与否10\n" + body)
    assert "档案资料完整与否" not in [i.level3 for i in recs.indicators]
    assert recs.unread_rows == 1


def test_a_method_columns_head_is_words_a_repeated_cell_opens():
    """The 说明 cells' head: in more than half the names, never at a name's start, one cell it opens
    written alike twice; a word the names share (资金) opens no repeated cell and is no head."""
    from jixiao.normalize.cell_joins import method_head
    assert method_head(["享受资助人数达到预计值", "资金支出率达到目标值", "建档立卡学生全面覆盖",
                        "资助对象满意度达到目标值"]) == "达到"
    assert method_head(["项目资金到位率达到目标", "配套资金使用率不低于上年", "专项资金结余率控制在内"]) is None
    assert method_head(["培训人数", "考核合格率"]) is None


OUTLINE_KINDS = """某县2023年度草莓产业项目绩效自评
绩效指标完成情况：
一、产出指标
（一）数量指标
1.新建种植大棚：年度指标值≥400座，实际完成值415座，分值10分，得分10分；
2.推广脱毒种苗：年度指标值≥500万株，实际完成值520万株，分值8分，得分8分；
（二）成本指标
3.每座大棚建设补助：年度指标值≤1.2万元，实际完成值1.2万元，分值8分，得分8分；
二、效益指标
（一）经济效益指标
4.亩均产值增长：年度指标值≥8%，实际完成值7.2%，分值10分，得分9分。
"""


def test_numbered_lines_under_two_kinds_of_group_heading_take_level_2_from_the_inner_kind(tmp_path):
    """Issue 21 (1195): the items under 一、 level-1 headings and （一） level-2 headings: the inner kind is the
    level 2 of the items below it (a label of either level, 成本指标, included), the level 1 kept; the
    （一） line ended the run and dropped the levels before."""
    recs = _read(tmp_path, OUTLINE_KINDS)
    assert [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.q.value), str(i.score.q.value))
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建种植大棚", "≥400座", "415座", "10", "10"),
        ("产出指标", "数量指标", "推广脱毒种苗", "≥500万株", "520万株", "8", "8"),
        ("产出指标", "成本指标", "每座大棚建设补助", "≤1.2万元", "1.2万元", "8", "8"),
        ("效益指标", "经济效益指标", "亩均产值增长", "≥8%", "7.2%", "10", "9")]
    assert recs.unread_rows == 0


def test_numbered_lines_in_one_cell_merged_across_the_sheet_are_read(tmp_path):
    """Issue 21 (1195): the whole indicator table one cell merged across the form (A:D) of Alt+Enter lines under
    the fund block's cells: read as nothing and said nothing before; its lines are read as a text file's, each
    record located at the cell."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [["项目名称", "某县草莓产业项目", None, None], ["年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["500.00", "540.00", "518.40", "96.00%"]]
    for r in rows:
        ws.append(r)
    ws.merge_cells("B1:D1")
    ws["A4"] = "\n".join(OUTLINE_KINDS.splitlines()[1:])
    ws.merge_cells("A4:D4")
    ws.append(["总分", None, "100", "98.60"])
    path = tmp_path / "form.xlsx"
    wb.save(path)
    recs = normalize_document(read_document(path))
    assert [(i.level1, i.level2, i.level3, str(i.score.q.value)) for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建种植大棚", "10"), ("产出指标", "数量指标", "推广脱毒种苗", "8"),
        ("产出指标", "成本指标", "每座大棚建设补助", "8"), ("效益指标", "经济效益指标", "亩均产值增长", "9")]
    assert all(i.loc.table == 0 and i.loc.row == 3 for i in recs.indicators)


def _card(n: int, row: list[str]) -> str:
    return "\n".join([f"指标{n}", *(f"{h}：{v}" for h, v in zip(HEADER[:5], row[:5])), f"分值：{row[5]}　　得分：{row[6]}"])


def _card_grid(cut_row: int | None = None):
    """ROWS as a Word label sheet: a two-column table, each cell one indicator's card of label：value
    lines. cut_row: that row of cards printed across a page break (a PDF: the upper parts the last row on
    page 1, the lower parts the first row on page 2)."""
    from jixiao.extract import Cell, Document, Location, Paragraph, Table
    cards = [_card(n + 1, r) for n, r in enumerate(ROWS)] + [""]
    grid = [cards[k:k + 2] for k in range(0, len(cards), 2)]
    rows, pages = [], []
    for r, pair in enumerate(grid):
        page = 1 if cut_row is None or r <= cut_row else 2
        if r == cut_row:
            ups = ["\n".join(t.split("\n")[:4]) for t in pair]
            downs = ["\n".join(t.split("\n")[4:]) for t in pair]
            rows += [ups, downs]
            pages += [1, 2]
        else:
            rows.append(pair)
            pages.append(page)
    cells = [Cell(text=t, row=r, col=c, loc=Location("cards", block=1, table=0, row=r, col=c, page=pages[r]))
             for r, pair in enumerate(rows) for c, t in enumerate(pair)]
    return Document(source="cards", format="pdf" if cut_row is not None else "docx", sha256="", blocks=[
        Paragraph("绩效指标完成情况（指标卡）", Location("cards", block=0, page=1)),
        Table(index=0, n_rows=len(rows), n_cols=2, cells=cells, loc=Location("cards", block=1, table=0, page=1))])


def test_a_grid_of_indicator_cards_in_a_table_reads_each_card_as_a_row():
    """Each cell of a two-column table one indicator's card (a Word label sheet, 1422): every card a
    record, in reading order, nothing counted unread (before: no row read, the indicators' points said
    missing)."""
    recs = normalize_document(_card_grid())
    assert [(i.level1, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in recs.indicators] == \
        [(r[0], r[2], r[3], r[4], r[5], r[6]) for r in ROWS]
    assert recs.unread_rows == 0 and not [w for w in recs.warnings if "未读" in w]


def test_a_row_of_cards_cut_by_a_page_break_goes_on_card_by_card():
    """A PDF's row of cards cut by a page break: each card's lower part (its 年度指标值 … 得分) read with its
    own upper part, not with the card beside it (before the cut was known: the left card lost its figures
    and the right card took them)."""
    recs = normalize_document(_card_grid(cut_row=1))
    assert [(i.level3, i.target.raw, i.actual.raw, i.score.raw) for i in recs.indicators] == \
        [(r[2], r[3], r[4], r[6]) for r in ROWS]
    assert recs.unread_rows == 0


def test_a_query_echoed_bare_by_its_client_is_no_header_of_unread_rows(tmp_path):
    """A client that echoes the query with no prompt (Teradata BTEQ's log) prints SELECT, its column list and FROM
    on a line of its own: the heads it names are the result's below, no indicator table's header whose row is
    unread (as a query at a client's prompt is none)."""
    query = "SELECT " + ", ".join(HEADER) + " FROM JXPJ.ZBWC WHERE XMBH = '130523202300018' ORDER BY 1;"
    text = "\n".join(["BTEQ -- Enter your SQL request or BTEQ command:", query, "",
                      " *** Query completed. 5 rows found. 7 columns returned.", "", "\t".join(HEADER)]
                     + ["\t".join(r) for r in ROWS]) + "\n"
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == [r[2] for r in ROWS]
    assert not recs.unread_rows and not any("单元格连写" in w for w in recs.warnings)


def test_a_label_run_after_a_grid_of_cards_written_as_lines_is_known_read_by_its_records_places():
    """A grid of cards written as the board's lines (label_blocks.card_grid) puts more paragraphs before the
    cards after it than the file had, so those paragraphs no longer stand at their blocks' numbers: a run read
    whole was named again as 未读出指标 (3 rows more counted unread). A run is read where a record stands at
    the place of one of its paragraphs (_unread_blocks, label_blocks.place)."""
    from jixiao.extract import read_bytes
    from jixiao.normalize import normalize_document
    html = ("<html><body><p>项目名称：测试项目</p><p>产出指标·数量指标</p><table>"
            "<tr><td>新建温室<br>目标：≥300栋 完成：310栋<br>分值：10 得分：10</td>"
            "<td>推广种苗<br>目标：≥2000万株 完成：2080万株<br>分值：8 得分：8</td></tr></table>"
            "<p>以下各项指标按完成情况逐项填写，未完成的须说明原因。</p><p>产出指标·成本指标</p><p>每栋温室补助</p><p>目标：≤3万元 完成：3万元 分值：6</p><p>得分：6</p></body></html>")
    recs = normalize_document(read_bytes(html.encode(), "t.html"), name="t.html")
    assert [i.level3 for i in recs.indicators] == ["新建温室", "推广种苗", "每栋温室补助"]
    assert recs.unread_rows == 0 and not [w for w in recs.warnings if "未读出指标" in w], recs.warnings


def test_check_box_glyphs_heading_the_rows_are_taken_off_the_names_and_said_and_level_pairs_head_the_rows(tmp_path):
    """Issue 21 (1500.scan: a Word checklist of check box controls, ☒ / ☐ first in each line, read by OCR as 区 / 口,
    the header's 完成 run into 三级指标, the levels on lines 产出指标——数量指标): every name began with 区 or 口 and no
    row had its levels, NOT SAID. A Han character standing alone at the head of most rows (two characters at
    most: checked and not) is a mark, no part of the name: taken off (where OCR ran it into the name too) and
    said; a line of a level 1 and its level 2 parted by a dash heads the rows below it as a level alone does."""
    text = ("绩效指标完成情况\n完成三级指标 年度指标值 实际完成值 分值 得分\n产出指标——数量指标\n"
            "区 新植咖啡种植面积 ≥2000亩 2060亩 10 10\n区 建设咖啡初加工厂 ≥3个 3个 8 8\n产出指标——质量指标\n"
            "区 咖啡种苗成活率 ≥90% 93% 6 6\n效益指标——经济效益指标\n口 咖啡鲜果亩均产值 ≥8000元 7200元 10 9\n"
            "区带动农户增收 ≥1200户 1260户 8 8\n")
    recs = _read(tmp_path, text)
    assert [(i.level1, i.level2, i.level3, i.target.q.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "新植咖啡种植面积", "≥2000亩"), ("产出指标", "数量指标", "建设咖啡初加工厂", "≥3个"),
        ("产出指标", "质量指标", "咖啡种苗成活率", "≥90%"), ("效益指标", "经济效益指标", "咖啡鲜果亩均产值", "≥8000元"),
        ("效益指标", "经济效益指标", "带动农户增收", "≥1200户")]
    (said,) = [w for w in recs.warnings if "复选框" in w]
    assert "“区”" in said and "“口”" in said and "5行" in said


def test_a_name_opening_with_the_same_word_on_every_row_keeps_it(tmp_path):
    # one character alone at the head of rows is a mark; names that open with the same words are names
    text = ("三级指标 年度指标值 实际完成值 分值 得分\n完成 道路硬化 ≥20公里 21公里 10 10\n完成 桥梁改造 ≥3座 3座 10 10\n"
            "开展 技术培训 ≥500人次 520人次 10 10\n")
    recs = _read(tmp_path, text)
    assert not [w for w in recs.warnings if "复选框" in w]


def test_a_part_of_a_table_cut_through_merged_cells_keeps_a_sound_grid():
    """The rows of a table split off as a table of their own (cell_runs._part: the rows before and after the
    indicator rows a rebuild read) kept each cell anchored among them with its whole rowspan, and left out a
    cell merged from above: a rowspan past the part's last row gave a grid of rows the part has not (grid()
    raised IndexError: the 1550.pdf crash s247 guarded against in labelled_rows), and the merged text was lost
    from the part's first rows. A merged cell the slice cuts is clipped to the slice (cell_runs._clipped)."""
    from jixiao.extract import Document, Location, Table
    from jixiao.extract.model import Cell
    from jixiao.normalize.cell_runs import _Origins, _part
    loc = Location("t.pdf", block=0, table=0)
    cells = [Cell("效益指标", 0, 0, loc, rowspan=3), Cell("经济效益指标", 0, 1, loc), Cell("亩均收益", 0, 2, loc),
             Cell("社会效益指标", 1, 1, loc, rowspan=3), Cell("带动农户增收", 1, 2, loc),
             Cell("新增就业岗位", 2, 2, loc), Cell("满意度指标", 3, 0, loc), Cell("种植户满意度", 3, 2, loc)]
    t = Table(index=0, n_rows=4, n_cols=3, cells=cells, loc=loc)
    new = Document(source="t.pdf", format="pdf", sha256="")
    _part(new, _Origins(), t, range(0, 2))
    _part(new, _Origins(), t, range(2, 4))
    top, bottom = new.tables()
    assert top.grid(fill=True) == [["效益指标", "经济效益指标", "亩均收益"], ["效益指标", "社会效益指标", "带动农户增收"]]
    assert bottom.grid(fill=True) == [["效益指标", "社会效益指标", "新增就业岗位"], ["满意度指标", "社会效益指标", "种植户满意度"]]
    assert [(c.text, c.row, c.rowspan) for c in bottom.cells if c.col < 2] == \
        [("效益指标", 0, 1), ("社会效益指标", 0, 2), ("满意度指标", 1, 1)]


def test_a_row_of_a_name_alone_between_rows_that_lost_their_merged_cells_is_read_not_dropped(tmp_path):
    """A web table flattened a row a line, its merged level cells lost: a row whose only filled cell is its name
    ('X | |||||', 069's 促进黄石文化经济发展,丰富市民文化活动, its 社会效益 merged over it and the row above) was
    dropped by the rebuild as 'a name with no value' with nothing said. Between rows read, it is the table's row,
    under the level cells above it as every row that lost them; a wrapped sentence (…。 or …，) is no such row."""
    text = "\n".join([
        "一级指标 | 二级指标 | 三级指标 | 年初目标值 | 实际完成值 | 得分 | ||",
        "产出指标 | 数量指标 | 培训人次 | 500人次 | 520人次 | 10 | ||",
        "效益指标 | 社会效益 | 群众知晓率 | ≥90% | 95% | 10 | ||",
        "提升基层文化服务能力,丰富群众文化生活 | |||||||",
        "群众参与率 | ≥80% | 85% | 10 | ||||",
        "下一步加强宣传，提高群众参与度。 | |||||||",
        "满意度指标 | 服务对象满意度 | 读者满意度 | ≥90% | 96% | 10 | ||",
    ]) + "\n"
    recs = _read(tmp_path, text)
    got = [(i.level1, i.level2_raw, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators]
    assert ("效益指标", "社会效益", "提升基层文化服务能力,丰富群众文化生活", "", "") in got, got
    assert [g[2] for g in got] == ["培训人次", "群众知晓率", "提升基层文化服务能力,丰富群众文化生活", "群众参与率", "读者满意度"]


def test_a_pasted_yaml_export_printed_at_one_margin_gives_no_rows_from_its_member_lines():
    """1808.pdf (a YAML export pasted into column A of a sheet, printed: each line a paragraph, the nesting of
    its leading spaces gone): the lines '年度指标值: ≥1800人次', '实际完成值: …', '分值: 6', '得分: 6', '- 名称: 质量指标
    三级指标:' were taken for a table's header cells (the header grammar maps 年度指标值: ≥1800人次 as 年度指标值) and
    SIX FALSE ROWS were read named by YAML lines. A label written with its value after its colon is a pair, no
    header cell (cell_runs._head_cell)."""
    from .documents import document

    lines = ["项目名称：测试项目", "# 绩效指标 导出格式: YAML", "绩效指标:"]
    groups = (("产出指标", "数量指标", (("新建村道", "≥12公里", "12.5公里"), ("维修桥梁", "≥3座", "3座"),
                                     ("培训农户", "≥300人次", "310人次"))),
              ("产出指标", "质量指标", (("验收合格率", "100%", "100%"),)),
              ("产出指标", "时效指标", (("完成时间", "2023年9月30日前", "2023年9月25日"),)),
              ("效益指标", "社会效益指标", (("受益人口", "≥1200人", "1260人"), ("新增就业", "≥50个", "52个"))),
              ("效益指标", "生态效益指标", (("绿化面积", "≥400亩", "320亩"),)))
    one = None
    for level1, level2, items in groups:
        if level1 != one:
            lines += [f"- 一级指标: {level1}", "二级指标:"]
            one = level1
        lines += [f"- 名称: {level2}", "三级指标:"]
        for name, target, actual in items:
            lines += [f"- 名称: {name}", f"年度指标值: {target}", f"实际完成值: {actual}", "分值: 10", "得分: 10"]
    recs = normalize_document(document(*lines, fmt="pdf"), name="t.pdf")
    assert not [i.level3 for i in recs.indicators if ":" in i.level3 or "：" in i.level3]


def test_a_label_the_vocabulary_lacks_run_into_a_name_is_cut_at_the_width_the_runs_other_labels_show(tmp_path):
    """fixraw22 (realworld raw/045): in a headerless scoring table whose rows' lines open with their
    group's points then its label run into the name, the labels the vocabulary knows (绩效目标明确性,
    资金管理资金分配, two or more, all four characters wide) show where a label ends; a label it lacks
    (科学决策必要性, 项目执行执行规范) is cut at that width and the row read with the next line's figures.
    With one known label only (the width not shown twice) the row stays counted, as before."""
    text = ("20 分)项目决策(10 分)科学决策必要性 (政策依据)\n5 5 可行性 (政策完善)\n5 5 (\n10 ) 绩效目标明确性\n"
            "5 5 合理性\n5 5\n14 (\n10 分)项目管理(7分)资金管理资金分配\n3 3 资金使用\n4 4 (\n3 分)项目执行执行规范\n"
            "3 2 总分\n")
    recs = _read(tmp_path, text)
    assert [(i.level3, i.weight.raw, i.score.raw) for i in recs.indicators] == [
        ("必要性 (政策依据)", "5", "5"), ("可行性 (政策完善)", "5", "5"), ("明确性", "5", "5"), ("合理性", "5", "5"),
        ("资金分配", "3", "3"), ("资金使用", "4", "4"), ("执行规范", "3", "2")]
    assert recs.unread_rows == 0
    one = text.replace("(7分)资金管理资金分配", "(7分)资金分配")
    recs = _read(tmp_path, one)
    read = [i.level3 for i in recs.indicators]
    assert "执行规范" not in read and "必要性 (政策依据)" not in read and recs.unread_rows == 3


def _one_short(third: str, second: str = "购置灌溉设备 | 40 | 36 | 12.5 | 12.5 | ||||||||") -> str:
    """Pipe rows whose empty cells were dropped to the line's end (032): the third row has one figure for the
    target and result columns."""
    head = "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析 | ||||"
    return "\n".join([head,
                      "产出指标(50分) | 数量指标 | 新建育苗大棚 | ≥12座 | 12座 | 15 | 15 | ||||||",
                      second,
                      f"{third} | |||||||||",
                      "时效指标 | 工程完工时限(月) | 8 | 8 | 10 | 10 | |||||||"]) + "\n"


def test_a_row_one_figure_short_is_read_without_the_figure_and_said(tmp_path):
    """032: 名称 | 3 | 9.3 | 9.3 under 年度指标值 | 实际完成值 | 分值 | 得分, the row's empty cell dropped. Read as
    the target, the result and the weight it gives a row with no score, where every row above has both; read
    as the points, the lone figure may be the target or the result. The row is read with its name and points,
    the figure in neither column, and the warning names it; it was counted unread."""
    recs = _read(tmp_path, _one_short("接入变压器2台 | 2 | 12.5 | 12.5"))
    got = {i.level3: (i.level2, i.target.raw, i.actual.raw, str(i.weight.q.value), str(i.score.q.value))
           for i in recs.indicators}
    assert got["接入变压器2台"] == ("数量指标", "", "", "12.5", "12.5")
    assert got["购置灌溉设备"] == ("数量指标", "40", "36", "12.5", "12.5")
    assert len(got) == 4 and recs.unread_rows == 0
    assert any("第4行的“2”是该行唯一的指标值" in w and "未读取" in w for w in recs.warnings), recs.warnings


def test_a_row_one_figure_short_whose_points_the_rows_above_do_not_show_stays_unread(tmp_path):
    """The same row under a table where a row above has its weight but no score: the rows do not show that
    every row has both, the ways to read the short row are as good as each other, and it stays counted
    unread."""
    recs = _read(tmp_path, _one_short("接入变压器2台 | 2 | 12.5 | 12.5", "购置灌溉设备 | 40 | 36 | 12.5 | |||||||||"))
    assert "接入变压器2台" not in {i.level3 for i in recs.indicators}
    assert recs.unread_rows >= 1
    assert not any("是该行唯一的指标值" in w for w in recs.warnings)


def test_a_goals_header_written_a_cell_per_line_is_no_label_value_block(tmp_path):
    """024: the goals table's header written a cell per line, each cell's bar after it (年度总体目标 | / 预期目标 | /
    实际完成情况 |), then the goal's text: 预期目标 | read as a label and its value '|', the three lines a card of
    an indicator with no value, counted unread ('标签：值' 段落…约1行指标未读取) where no indicator is. A bar alone
    is no value; the indicator table after it is read as before and nothing is counted."""
    goals = ["年度总体目标 |", "预期目标 |", "实际完成情况 |", "|||||||||", "|",
             "目标1:完成辖区农田灌溉渠系改造,提高灌溉保证率. |", "按计划完成渠系改造并通过验收。 |", "||||||||||", "|"]
    table = ["绩效指标 |", "一级指标 |", "二级指标 |", "三级指标 |", "年度指标值 |", "实际完成值 |", "分值 |", "得分 |", "|",
             "产出指标 |", "数量指标 |", "改造渠道长度 |", "≥12公里 |", "12.5公里 |", "20 |", "20 |", "|",
             "质量指标 |", "工程验收合格率 |", "100% |", "100% |", "20 |", "20 |", "|",
             "效益指标 |", "社会效益指标 |", "灌溉保证率 |", "≥85% |", "88% |", "30 |", "30 |", "|",
             "满意度指标 |", "服务对象满意度指标 |", "受益农户满意度 |", "≥90% |", "95% |", "30 |", "30 |", "|"]
    recs = _read(tmp_path, "\n".join(goals + table) + "\n")
    assert not any("标签：值" in w for w in recs.warnings), recs.warnings
    assert recs.unread_rows == 0


def test_a_passage_ending_in_the_next_blocks_heading_and_level_is_cut_off_in_the_table(tmp_path):
    """032's last line, 绩 效 指 标 | 效益: the rows' heading written again with the next block's level, the passage
    cut off there. The table is the document's last (cut off, said), so no total of points is checked against
    rows the passage lost (an 产出指标(50分) whose rows read sum to less, 各项分值之和 60 of 100: false flags)."""
    text = _one_short("接入变压器2台 | 2 | 12.5 | 12.5") + "成本指标 | ||||||||||||\n绩 效 指 标 | 效益\n"
    recs = _read(tmp_path, text)
    assert recs.projects and recs.projects[0].cut_off
    assert any("文档在指标表中结束" in w for w in recs.warnings), recs.warnings
