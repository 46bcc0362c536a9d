"""Tables without rules read from how their text lines up (extract.aligned_table), here lines typed
with tab stops below a typed header: a field longer than its tab stop runs on over the next
column's start, a field set off by spaces sits inside a column, and the table's rest on the next
page may be a single line (the typed 总分 line)."""
import subprocess

from jixiao.extract import convert, pdf_reader, read_document
from jixiao.extract.aligned_table import Run, find_tables
from jixiao.extract.model import Document

SIZE = 10.0
STOPS = (50.0, 110.0, 190.0, 330.0, 420.0, 510.0, 555.0)   # the typed header's tab stops
HEADER = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
ROWS = [("效益指标", "生态效益指标", "红树林保有面积增长", "≥3%", "3.4%", "10", "10"),
        ("", "社会效益指标", "带动周边渔民参与管护", "≥300人", "264人", "6", "5.28"),
        ("", "", "湿地巡护覆盖率", "≥95%", "97%", "8", "8")]


def _chars(x: float, text: str, top: float) -> list[dict]:
    """A typed field's characters from x on, each as wide as the text size (CJK) or half (digits)."""
    out = []
    for ch in text:
        w = SIZE if ord(ch) > 0x2000 else SIZE / 2
        out.append({"x0": x, "x1": x + w, "top": top, "bottom": top + SIZE, "text": ch, "size": SIZE})
        x += w
    return out


def _run(chars: list[dict]) -> Run:
    return Run(chars[0]["x0"], chars[-1]["x1"], chars[0]["top"], chars[0]["bottom"], SIZE, chars)


def _line(top: float, fields) -> list[Run]:
    """A line typed with tabs: each non-empty field at its column's stop."""
    return [_run(_chars(x, f, top)) for x, f in zip(STOPS, fields) if f]


def _glyph(ch: dict) -> tuple:
    return ch["x0"], ch["x1"], ch["text"]


def _grid(lines: list[list[Run]], carried=None, headings: bool = False) -> list[list[str]]:
    (found,) = find_tables(lines, 3.0, carried, glyph=_glyph, lone_rest=True, headings=headings)
    grid = [[""] * len(found.starts) for _ in range(found.n_rows)]
    for c in found.cells:
        grid[c.row][c.col] = " ".join("".join(ch["text"] for ch in r.items) for ln in c.lines for r in ln)
    return grid


def _table(extra: list[Run]) -> list[list[Run]]:
    return [_line(100 + 20 * k, row) for k, row in enumerate([HEADER] + ROWS)] + [extra]


def test_a_field_run_on_over_the_next_tab_stop_is_cut_where_a_character_starts_at_it():
    # 可持续影响指标 (7 characters from 110) ends at 180, ten points short of the 三级指标 stop at
    # 190, where the tab put 红树林保护长效机制: one run, no gap wider than a character. The same
    # words set solid (no white where the stop is, though a character starts there) are no
    # evidence of a tab: one cell.
    def line(top, level_name):
        return [_run(level_name), _run(_chars(330, "健全", top)), _run(_chars(420, "健全", top)),
                _run(_chars(510, "6", top)), _run(_chars(555, "6", top))]
    typed = _chars(110, "可持续影响指标", 180) + _chars(190, "红树林保护长效机制", 180)
    solid = _chars(110, "可持续影响指标红树林保护长效机制", 200)
    assert solid[7]["x0"] == 180 and solid[8]["x0"] == 190
    grid = _grid(_table(line(180, typed)) + [line(200, solid)])
    assert grid[-2] == ["", "可持续影响指标", "红树林保护长效机制", "健全", "健全", "6", "6"]
    assert "可持续影响指标红树林保护长效机制" in grid[-1][1] and grid[-1][2] == ""


def test_fields_after_a_field_longer_than_its_stop_go_one_stop_on():
    # 服务对象满意度指标 (9 characters from 110) runs over the 三级指标 stop at 190, so the tab
    # after it went to the next stop (330): every later field sits one column right of its own.
    fields = ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "93.1%", "10", "10"]
    line = [_run(_chars(x, f, 200)) for x, f in zip((50, 110, 330, 420, 510, 555, 600), fields)]
    lines = [_line(100 + 20 * k, row) for k, row in enumerate([HEADER] + ROWS)]
    lines[0].append(_run(_chars(600, "偏差原因分析", 100)))    # the header's eighth column
    lines[2].append(_run(_chars(600, "部分渔民外出务工", 140)))
    assert _grid(lines + [line])[-1] == fields + [""]


def test_a_field_set_off_by_spaces_moves_the_later_fields_one_stop_left():
    # Spaces instead of the tab after 监测鸟类种数: ≥200种 sits inside the name's column, and each
    # later tab reached one stop less far. Two words of text in the name's column (湿地 巡护里程)
    # are one cell's text: read as typed fields, text would stand in the target's column.
    spaced = [_run(_chars(190, "监测鸟类种数", 180)), _run(_chars(262, "≥200种", 180)),
              _run(_chars(330, "207种", 180)), _run(_chars(420, "8", 180)), _run(_chars(510, "8", 180))]
    words = [_run(_chars(190, "湿地", 200)), _run(_chars(225, "巡护里程", 200)),
             _run(_chars(330, "≥500公里", 200)), _run(_chars(420, "530公里", 200)), _run(_chars(510, "8", 200))]
    grid = _grid(_table(spaced) + [words])
    assert grid[-2] == ["", "", "监测鸟类种数", "≥200种", "207种", "8", "8"]
    assert grid[-1] == ["", "", "湿地 巡护里程", "≥500公里", "530公里", "8", ""]


def test_the_rest_of_a_carried_table_may_be_one_line():
    # The typed 总分 line alone at the top of the next page, at the table's column edges.
    total = [_run(_chars(50, "总分", 60)), _run(_chars(510, "100", 60)), _run(_chars(555, "98.98", 60))]
    prose = [_run(_chars(50, "自评等级：优", 110))]
    assert _grid([total, prose], carried=list(STOPS)) == [["总分", "100", "98.98"]]


def test_a_typed_tables_last_row_does_not_take_the_next_pages_first_row():
    # Page 1 ends with typed lines (one re-read: its fields one stop on); page 2 starts with the
    # 总分 line at the same stops. Its 满意度指标 is column 1's widest text, which for a table of
    # cells would mean a wrapped cell going on over the page; a typed field does not wrap.
    def page_chars(lines: list[list[Run]]) -> list[dict]:
        return [ch for ln in lines for r in ln for ch in r.items]
    fields = ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "93.1%", "10", "10"]
    last = [_run(_chars(x, f, 780)) for x, f in zip((50, 110, 330, 420, 510, 555, 600), fields)]
    body = [_line(700 + 20 * k, row) for k, row in enumerate([HEADER] + ROWS)]
    body[0].append(_run(_chars(600, "偏差原因分析", 700)))
    body[2].append(_run(_chars(600, "部分渔民外出务工", 740)))
    page1 = pdf_reader._read_page(1, page_chars(body + [last]), [])
    total = [_run(_chars(50, "总分", 60)), _run(_chars(510, "100", 60)), _run(_chars(555, "98.98", 60))]
    page2 = pdf_reader._read_page(2, page_chars([total]), [], carried=pdf_reader._carried(page1))
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=2)
    items = page1 + page2
    pdf_reader._assemble(doc, "made-up.pdf", items, pdf_reader._body_bottom(items))
    (table,) = doc.tables()
    assert [c.strip() for c in table.grid()[-2]] == fields + [""]
    assert [c.strip() for c in table.grid()[-1]] == ["总分", "", "", "", "", "100", "98.98", ""]


def test_a_line_with_its_own_label_and_figures_under_the_rows_is_a_row_though_it_fills_few_columns():
    # A fund block set without rules between its columns (149's head table): 其中：财政拨款 fills
    # three of the seven figure columns (分值 / 执行率 / 得分 are empty), lines as close as rows.
    # Its own label under 年度资金总额's and a figure under each of the row's is a row; （万元）,
    # left of the label, is the next line of 项目资金 beside the rows. A wrapped name's next line
    # (资金 under 其他财政, no figure of its own) still goes on its cell.
    xs = (10, 70, 200, 290, 380, 470, 520, 580)
    rows = [("", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
            ("项目资金", "年度资金总额", "860.00", "900.00", "873.00", "10", "97.00%", "9.70"),
            ("（万元）", "其中：财政拨款", "860.00", "900.00", "873.00", "", "", ""),
            ("", "其他财政", "0.00", "0.00", "0.00", "", "", ""),
            ("", "资金", "", "", "", "", "", "")]
    lines = [[_run(_chars(x, f, 100 + 15 * k)) for x, f in zip(xs, row) if f] for k, row in enumerate(rows)]
    assert _grid(lines) == [list(rows[0]),
                            ["项目资金 （万元）", "年度资金总额", "860.00", "900.00", "873.00", "10", "97.00%", "9.70"],
                            ["", "其中：财政拨款", "860.00", "900.00", "873.00", "", "", ""],
                            ["", "其他财政 资金", "0.00", "0.00", "0.00", "", "", ""]]


def test_a_fund_block_printed_without_rules_reads_each_budget_line_as_a_row(tmp_path):
    # The same block as a borderless Word table printed by LibreOffice: no paragraph spacing, so
    # rows stand as close as a cell's lines and only the columns a line fills tell a row.
    from docx import Document as Docx
    from docx.shared import Pt
    soffice = convert.soffice()
    assert soffice, "LibreOffice is required to print the .docx: `make setup` installs it"
    rows = [("", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
            ("项目资金", "年度资金总额", "860.00", "900.00", "873.00", "10", "97.00%", "9.70"),
            ("（万元）", "其中：财政拨款", "860.00", "900.00", "873.00", "", "", ""),
            ("", "其他资金", "0.00", "0.00", "0.00", "—", "—", "")]
    doc = Docx()
    table = doc.add_table(rows=len(rows), cols=8)      # the default style draws no border
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
            para = cell.paragraphs[0]
            para.paragraph_format.space_before = para.paragraph_format.space_after = Pt(0)
            for run in para.runs:
                run.font.size = Pt(7)
    doc.save(tmp_path / "fund.docx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "fund.docx")], check=True, capture_output=True, timeout=120)
    (read,) = read_document(tmp_path / "fund.pdf").tables()
    assert [[c.replace("\n", "") for c in row] for row in read.grid()] == \
        [list(rows[0]), ["项目资金（万元）"] + list(rows[1][1:]), [""] + list(rows[2][1:]), list(rows[3])]


def test_lines_whose_first_holds_cells_set_too_close_to_part_open_no_table():
    # 474's page 2 (a monospace print, the rest of a table, no header): 满意度指标 and 游客满意度 one
    # space apart, narrower than the gap that parts runs, so one run over the level and name
    # columns, 游 starting after white where the lines below start their names. Which parts of
    # the run are cells the alignment cannot tell (a wrapped name's hanging indent starts at a
    # column too): the lines open no table (once one whose first cell held both), and are left to
    # the text readers. The same lines with the cells apart make a table.
    def lines(solid: bool) -> list[list[Run]]:
        first = _chars(50, "满意度指标", 100) + _chars(110 if solid else 130, "游客满意度", 100)
        rows = [[_run(first)] if solid else [_run(first[:5]), _run(first[5:])]]
        rows[0] += [_run(_chars(330, "≥90%", 100)), _run(_chars(420, "93.2%", 100))]
        for k, name in enumerate(("周边居民满意度", "文物保护员满意度"), 1):
            top = 100 + 20 * k
            rows.append([_run(_chars(130 if not solid else 110, name, top)), _run(_chars(330, "≥85%", top)),
                         _run(_chars(420, "90.4%", top))])
        return rows
    assert find_tables(lines(True), 3.0, glyph=_glyph) == []
    assert _grid(lines(False))[0] == ["满意度指标", "游客满意度", "≥90%", "93.2%"]


def test_figures_under_a_heads_text_start_a_row_however_the_columns_drift():
    # 533.pdf (a Word form whose columns are padded by eye with spaces, printed): lines as close as
    # rows, and the figures under 分值 / 得分 start a few points right of the heads (8 at 527 under
    # 分值 at 519), so the first two rows fill other columns than the head line and were taken for
    # its wrapped text (一级指标 产出指标, 三级指标 改造供热主管网 改造老旧小区庭院管网): two rows lost, nothing
    # said. A whole figure in two columns under a head's words is no wrapped text: a row of its own.
    # A name's wrapped tail (合格率, no figure) still goes on its cell.
    def run(x: float, text: str, top: float) -> Run:
        chars = []
        for ch in text:
            w = {"≥": 8.79, ".": 3.33, "%": 9.98}.get(ch, 10.5 if ord(ch) > 0x2000 else 6.68)
            chars.append({"x0": x, "x1": x + w, "top": top, "bottom": top + 10.5, "text": ch, "size": 10.5})
            x += w
        return Run(chars[0]["x0"], chars[-1]["x1"], top, top + 10.5, 10.5, chars)
    rows = [[(56.8, "一级指标"), (119.8, "二级指标"), (224.8, "三级指标"), (340.3, "年度指标值"), (434.8, "实际完成值"),
             (518.7, "分值"), (550.2, "得分")],
            [(56.8, "产出指标"), (119.8, "数量指标"), (224.8, "改造供热主管网"), (340.2, "≥18公里"), (438.1, "18.6公里"),
             (526.6, "8"), (557.6, "8")],
            [(224.8, "改造老旧小区庭院管网"), (340.1, "≥42个"), (438.1, "42个"), (527.0, "8"), (558.1, "8")],
            [(224.8, "新建换热站"), (340.1, "≥6座"), (434.8, "6座"), (520.4, "6"), (551.5, "6")],
            [(119.8, "质量指标"), (224.8, "改造管网水压试验一次"), (340.3, "100%"), (443.9, "100%"), (536.9, "6"),
             (568.0, "6")],
            [(224.8, "合格率")],
            [(224.8, "供热室温达标率"), (340.1, "≥98%"), (438.8, "98.6%"), (528.0, "6"), (559.1, "6")]]
    lines = [[run(x, t, 210 + 14 * k) for x, t in row] for k, row in enumerate(rows)]
    grid = [[c for c in r if c] for r in _grid(lines)]
    assert grid == [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                    ["产出指标", "数量指标", "改造供热主管网", "≥18公里", "18.6公里", "8", "8"],
                    ["改造老旧小区庭院管网", "≥42个", "42个", "8", "8"],
                    ["新建换热站", "≥6座", "6座", "6", "6"],
                    ["质量指标", "改造管网水压试验一次 合格率", "100%", "100%", "6", "6"],
                    ["供热室温达标率", "≥98%", "98.6%", "6", "6"]]


def _framed(lines_per_row: list[int], fields=("产出指标", "数量指标", "8")) -> pdf_reader._PageTable:
    """A ruled one-column grid whose rows hold that many lines of text each, each line the fields
    set 80 pt apart (two full-width spaces of 9 pt or more between them)."""
    ys = [20.0 * k for k in range(len(lines_per_row) + 1)]
    chars = {(r, 0): [{"text": ch, "x0": 10.0 + 80 * f + 9 * k, "x1": 19.0 + 80 * f + 9 * k,
                       "top": ys[r] + 2 + 9 * line, "bottom": ys[r] + 11 + 9 * line}
                      for line in range(n) for f, field in enumerate(fields) for k, ch in enumerate(field)]
             for r, n in enumerate(lines_per_row)}
    return pdf_reader._PageTable(page=1, bbox=(0, 0, 300, ys[-1]), xs=[0.0, 300.0], ys=ys, cells=[], chars=chars)


def test_a_one_column_grid_of_one_line_rows_frames_lines_not_cells():
    # rows typed into a one-column table: its lines go to the page's lines, where they may align
    assert pdf_reader._frame_of_lines(_framed([1, 1, 1, 1]))
    # a boxed paragraph (a row of several lines), rows of one field each, or a grid of more columns
    # stays a table
    boxed = _framed([1, 1, 1, 1])
    text = "项目实施后有效改善了农村人居环境群众满意度较高"   # a paragraph wrapped over two lines, no field apart
    boxed.chars[(1, 0)] = [{"text": ch, "x0": 10.0 + 9 * (k % 20), "x1": 19.0 + 9 * (k % 20),
                            "top": 22.0 + 9 * (k // 20), "bottom": 31.0 + 9 * (k // 20)} for k, ch in enumerate(text)]
    assert not pdf_reader._frame_of_lines(boxed)
    # a box of lines whose fields stand apart (label and value pushed to the box's edges, 1595.pdf) is lines
    assert pdf_reader._frame_of_lines(_framed([1, 2, 1, 1]))
    assert not pdf_reader._frame_of_lines(_framed([1, 1, 1, 1], fields=("2024年6月30日前",)))
    two = _framed([1, 1, 1, 1])
    two.xs = [0.0, 150.0, 300.0]
    assert not pdf_reader._frame_of_lines(two)


def test_shaded_boxes_behind_words_of_running_lines_that_line_up_as_rules_are_no_table():
    # 1499.pdf (a wiki's task list printed by Chromium): each item's <code> spans sit on shaded boxes, and the boxes
    # of the list's lines line up into a ruled grid across the middle of the lines; the grid took the lines' middles
    # (：目 | 标 | ≥5000亩 | ，完 | 成 …) and left the names and the lines' ends as paragraphs. Lines that run on
    # through the grid's outer rules, in most of its rows, are running lines, not a table's rows.
    from types import SimpleNamespace
    items = [("新建枸杞标准化基地", "：目标≥5000亩，完成5150亩", "（分值10，得分10）"),
             ("改造低产枸杞园", "：目标≥3000亩，完成3080亩", "（分值8，得分8）"),
             ("建设枸杞烘干设施", "：目标≥20座，完成21座", "（分值6，得分6）"),
             ("带动农户增收", "：目标≥3000户，完成3160户", "（分值6，得分6）")]
    chars, rects = [], []
    for k, (name, middle, end) in enumerate(items):
        top = 100 + 15 * k
        head = _chars(190 - SIZE * len(name), name, top)     # the names end where the boxes start, the lines run on
        mid = _chars(head[-1]["x1"], middle, top)
        chars += head + mid + _chars(mid[-1]["x1"], end, top)
        rects += [(190.0, top - 1, 260.0, top + SIZE + 1), (260.0, top - 1, 330.0, top + SIZE + 1)]
    # the grid the boxes' edges make: every line's two boxes at the same x
    found = [SimpleNamespace(cells=rects, bbox=(190.0, 99.0, 330.0, 100 + 15 * 3 + SIZE + 1))]
    page = pdf_reader._read_page(1, chars, found)
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=1)
    pdf_reader._assemble(doc, "made-up.pdf", page, pdf_reader._body_bottom(page))
    assert doc.tables() == []
    text = "".join("".join(p.text.split()) for p in doc.paragraphs())
    assert all(name + middle + end in text for name, middle, end in items)
    # a ruled table with a caption beside it, apart from its rules, stays a table
    table = _chars(20, "表1", 100)
    for k in range(4):
        table += _chars(210, f"指标{k}", 100 + 15 * k) + _chars(270, f"{k}0", 100 + 15 * k)
    page = pdf_reader._read_page(1, table, found)
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=1)
    pdf_reader._assemble(doc, "made-up.pdf", page, pdf_reader._body_bottom(page))
    assert len(doc.tables()) == 1


def test_lines_typed_at_the_default_tab_grid_are_read_as_typed_rows_by_the_stops_not_the_gaps():
    # 1463.pdf (a Word document typed with tabs at the default grid, every 36 pt from the margin, printed to PDF):
    # a field ends a hair before the stop its next one starts at (20600亩 then 8／8, 2 pt apart), no wider apart
    # than a field's own words (≥40 then 公里, as Word spaces figures from Han characters), so read by the gaps
    # nothing was read. Fields part where a character after a gap starts on a stop of the lines' grid.
    def typed(top: float, *fields) -> list[dict]:
        out, x = [], 56.8
        for f in fields:
            for part in f.split(" "):           # a field's words, 2 pt apart
                out += _chars(x, part, top)
                x = out[-1]["x1"] + 2.0
            x = 56.8 + 36 * (int((out[-1]["x1"] + 2.0 - 56.8) // 36) + 1)     # the next stop past the field
        return out
    lines = [typed(100, "三级指标", "年度指标值／实际完成值", "分值／得分"), _chars(56.8, "产出指标 · 数量指标", 118),
             typed(136, "竹林道路建设", "≥40 公里／41.5 公里", "10／10"), typed(154, "低产竹林改造", "≥20000 公亩／20600 亩", "8／8"),
             typed(172, "竹林经营技术培训", "≥600 人次／640 人次", "6／6"), _chars(56.8, "总分：100 得分：98.80", 200)]
    # the stop after 20600亩 is a hair past its end: the gap there is narrower than a run's (0.8 of a character)
    row = lines[3]
    end = max(c["x1"] for c in row if c["text"] == "亩" and c["x0"] > 200)
    assert next(c["x0"] for c in row if c["x0"] > end) - end < 0.8 * SIZE
    page = pdf_reader._read_page(1, [c for ln in lines for c in ln], [])
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=1)
    pdf_reader._assemble(doc, "made-up.pdf", page, pdf_reader._body_bottom(page))
    (table,) = doc.tables()
    assert [["".join(c.split()) for c in row if c] for row in table.grid()] == [
        ["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["产出指标·数量指标"],
        ["竹林道路建设", "≥40公里", "41.5公里", "10", "10"], ["低产竹林改造", "≥20000公亩", "20600亩", "8", "8"],
        ["竹林经营技术培训", "≥600人次", "640人次", "6", "6"]]
    assert "总分：100" in "".join(p.text for p in doc.paragraphs())


def test_a_bulleted_line_beside_rows_typed_at_tab_stops_loses_its_bullet_as_any_paragraph_does():
    # The paragraphs around rows typed at tab stops (pdf_reader._tab_grid_rows) are the page's paragraphs: a
    # symbol-font bullet opening one (U+F0B7, 1548.pdf's outline) is a drawn mark, no text (_unmarked), there as
    # on a page without typed rows. The typed branch wrote its paragraphs by a copy of the paragraph code that
    # left the mark in.
    def typed(top: float, *fields) -> list[dict]:
        out, x = [], 56.8
        for f in fields:
            for part in f.split(" "):
                out += _chars(x, part, top)
                x = out[-1]["x1"] + 2.0
            x = 56.8 + 36 * (int((out[-1]["x1"] + 2.0 - 56.8) // 36) + 1)
        return out
    lines = [typed(100, "三级指标", "年度指标值／实际完成值", "分值／得分"), _chars(56.8, "产出指标 · 数量指标", 118),
             typed(136, "竹林道路建设", "≥40 公里／41.5 公里", "10／10"), typed(154, "低产竹林改造", "≥20000 公亩／20600 亩", "8／8"),
             typed(172, "竹林经营技术培训", "≥600 人次／640 人次", "6／6"),
             _chars(56.8, "\uf0b7 备注：数据来自验收报告", 200)]
    page = pdf_reader._read_page(1, [c for ln in lines for c in ln], [])
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=1)
    pdf_reader._assemble(doc, "made-up.pdf", page, pdf_reader._body_bottom(page))
    (table,) = doc.tables()
    assert table.origin == "typed with tabs"
    assert [p.text for p in doc.paragraphs() if "备注" in p.text] == ["备注：数据来自验收报告"]


def test_a_hanging_indents_list_numbers_join_their_names_and_are_never_a_name():
    # A numbered list printed with a hanging indent (748.pdf): each item's 1. 2. 3. stands apart from
    # its name by the indent's gap, so the numbers line up as a column of their own. They count on
    # from 1 and each has text beside it: the number goes with its name, not in the name's place.
    stops = (70, 100, 330, 420, 510, 555)
    rows = [("1.", "新建标准化茶园", "≥3000亩", "3120亩", "8", "8"),
            ("2.", "改造低产茶园", "≥1.2万亩", "1.25万亩", "8", "8"),
            ("3.", "培训茶农", "≥1500人次", "1620人次", "6", "6")]
    lines = [[_run(_chars(x, f, 700 + 20 * k)) for x, f in zip(stops, row)] for k, row in enumerate(rows)]
    page = pdf_reader._read_page(1, [ch for ln in lines for r in ln for ch in r.items], [])
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=1)
    pdf_reader._assemble(doc, "made-up.pdf", page, pdf_reader._body_bottom(page))
    (table,) = doc.tables()
    assert [["".join(c.split()) for c in row] for row in table.grid()] == \
        [[n + name, *rest] for n, name, *rest in rows]


def test_a_numbered_column_under_its_own_header_stays_a_column():
    # 序号 over the numbers: a column the table names, not a list's numbers.
    stops = (70, 100, 330, 420)
    rows = [("序号", "指标名称", "年度指标值", "实际完成值"), ("1.", "新建标准化茶园", "≥3000亩", "3120亩"),
            ("2.", "改造低产茶园", "≥1.2万亩", "1.25万亩"), ("3.", "培训茶农", "≥1500人次", "1620人次")]
    lines = [[_run(_chars(x, f, 700 + 20 * k)) for x, f in zip(stops, row)] for k, row in enumerate(rows)]
    page = pdf_reader._read_page(1, [ch for ln in lines for r in ln for ch in r.items], [])
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=1)
    pdf_reader._assemble(doc, "made-up.pdf", page, pdf_reader._body_bottom(page))
    (table,) = doc.tables()
    assert [c.strip() for c in table.grid()[1]] == list(rows[1])


def test_lines_of_labelled_values_that_line_up_are_no_table():
    # 751.pdf: each indicator a name line, then a line of 标签：值 pairs; three value lines whose pairs
    # happen to start at the same x would make a table whose first cells take the next names as wraps.
    stops = (70, 200, 330, 420, 510)
    lines, top = [], 700
    for name, values in [("建设深水抗风浪网箱", ("二级指标：数量指标", "年度指标值：≥40组", "实际完成值：40组", "分值：6", "得分：6")),
                         ("改造设施验收合格率", ("二级指标：质量指标", "年度指标值：100%", "实际完成值：100%", "分值：8", "得分：8")),
                         ("设施改造完成时间", ("二级指标：质量指标", "年度指标值：≥90%", "实际完成值：92.6%", "分值：6", "得分：6"))]:
        lines.append([_run(_chars(70, name, top))])
        lines.append([_run(_chars(x, f, top + 14)) for x, f in zip(stops, values)])
        top += 28
    page = pdf_reader._read_page(1, [ch for ln in lines for r in ln for ch in r.items], [])
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=1)
    pdf_reader._assemble(doc, "made-up.pdf", page, pdf_reader._body_bottom(page))
    assert not doc.tables()
    assert [p.text.split()[0] for p in doc.paragraphs()][:3] == ["建设深水抗风浪网箱", "二级指标：数量指标", "改造设施验收合格率"]


def test_a_line_whose_only_text_starts_left_of_the_first_column_is_a_section_line_not_wrapped_text():
    """Issue 21 (901.pdf): a list box prints each level heading one run, left of the level-2 column, at the
    distance of the rows; it is a row of its own (the level), not the next line of the level-2 cell above
    (成本指标效益指标, that row's levels lost unsaid)."""
    cols = (60.0, 150.0, 260.0, 330.0, 400.0, 440.0)

    def row(top, fields):
        return [_run(_chars(x, f, top)) for x, f in zip(cols, fields)]

    lines = [row(100, ("二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")),
             [_run(_chars(46, "产出指标", 116))],
             row(129.5, ("数量指标", "接待读者", "≥25", "26.8", "8", "8")),
             row(143, ("质量指标", "服务达标率", "100%", "100%", "6", "6")),
             row(156.5, ("成本指标", "培训成本", "≤1500", "1420", "5", "5")),
             [_run(_chars(46, "效益指标", 170))],
             row(183.5, ("社会效益指标", "图书外借量", "≥18", "16.2", "10", "9"))]
    assert [r[0] for r in _grid(lines)] == ["二级指标", "产出指标", "数量指标", "质量指标", "成本指标", "效益指标",
                                            "社会效益指标"]


def test_a_level_heading_running_over_the_number_and_name_columns_keeps_the_table_and_is_a_row():
    """Issue 21 (979.pdf): nested lists print each level heading outdented left of a number column
    (1. 2.), its words running over the number column and into the name's; the heading is a row of its
    own inside the table, not the line that ends it (the rows below it were left named unread)."""
    cols = (64.0, 84.0, 224.0, 314.0, 414.0, 454.0)

    def row(top, fields):
        return [_run(_chars(x, f, top)) for x, f in zip(cols, fields) if f]

    lines = [row(100, ("", "三级指标", "年度指标值", "实际完成值", "分值", "得分")),
             [_run(_chars(54, "（一）数量指标", 116))],
             row(130, ("1.", "建设高标准农田", "≥3.5万亩", "3.52万亩", "10", "10")),
             row(145, ("2.", "新建改造渠道", "≥42公里", "43.5公里", "8", "8")),
             [_run(_chars(54, "（二）质量指标", 163))],
             row(177, ("1.", "工程质量验收合格率", "100%", "100%", "8", "8")),
             row(192, ("2.", "耕地质量等级提升", "≥0.5等", "0.5等", "6", "6"))]
    grid = _grid(lines)
    assert [r[0] for r in grid] == ["", "（一）数量指标", "1.", "2.", "（二）质量指标", "1.", "2."]
    assert grid[-1][1] == "耕地质量等级提升"


def test_level_headings_outdented_under_a_header_cell_over_the_names_are_rows_not_the_header_cells_next_lines():
    """1120.pdf (a 目录-like form, tab stops with dot leaders): the header's 绩效指标 stands over a column only it
    fills; the level headings (一、产出指标 at its edge, （一）数量指标 indented) run over the names' column start,
    the names indented further. Each heading is a row of its own: not the header cell's next lines (绩效指标一、
    产出指标（一）数量指标, the first rows' levels lost unsaid), nor the line that breaks the table in three (the
    rows after （二）质量指标 read under no level, those after a later heading with the levels before it)."""
    cols = (57.0, 102.0, 420.0, 520.0, 620.0, 700.0)

    def row(top, fields):
        return [_run(_chars(x, f, top)) for x, f in zip(cols, fields) if f]

    lines = [row(230, ("绩效指标", "", "年度指标值", "实际完成值", "分值", "得分")),
             [_run(_chars(57, "一、产出指标", 247))],
             [_run(_chars(80, "（一）数量指标", 265))],
             row(282, ("", "新造油茶林面积", "≥3000亩", "3150亩", "10", "10")),
             row(300, ("", "低产油茶林改造面积", "≥5000亩", "5200亩", "8", "8")),
             [_run(_chars(80, "（二）质量指标", 335))],
             row(353, ("", "新造林成活率", "≥90%", "93.6%", "6", "6")),
             [_run(_chars(57, "二、效益指标", 371))],
             [_run(_chars(80, "（一）经济效益指标", 388))],
             row(406, ("", "油茶籽产量增长", "≥12%", "10.8%", "10", "9.00"))]
    grid = _grid(lines, headings=True)     # a PDF's text (OCR's runs are not trusted to it)
    assert [(r[0], r[1]) for r in grid] == [
        ("绩效指标", ""), ("一、产出指标", ""), ("（一）数量指标", ""), ("", "新造油茶林面积"), ("", "低产油茶林改造面积"),
        ("（二）质量指标", ""), ("", "新造林成活率"), ("二、效益指标", ""), ("（一）经济效益指标", ""), ("", "油茶籽产量增长")]


def test_a_level_heading_on_a_pages_first_line_heads_the_rows_of_the_table_carried_over():
    """1120.pdf page 2: （三）生态效益指标 opens the page, outdented over the names' column start, above the rows of
    the table page 1 ended with. It is that table's first row (its level), not a paragraph left between the two
    pages' tables, whose rows then took the levels of the rows before the break (社会效益指标), unsaid. A line of
    another shape (a figure in it, a label mark) stays out."""
    carried = [57.0, 102.0, 420.0, 520.0, 620.0, 700.0]
    cols = carried[1:]

    def row(top, fields):
        return [_run(_chars(x, f, top)) for x, f in zip(cols, fields) if f]

    rows = [row(76, ("新增水土流失治理面积", "≥2000亩", "2100亩", "5", "5")),
            row(111, ("油茶林管护机制", "健全", "健全", "5", "5")),
            row(130, ("种植户满意度", "≥90%", "95%", "5", "5"))]
    grid = _grid([[_run(_chars(80, "（三）生态效益指标", 58))]] + rows, carried=carried, headings=True)
    assert [r[0] for r in grid] == ["（三）生态效益指标", "新增水土流失治理面积", "油茶林管护机制", "种植户满意度"]
    grid = _grid([[_run(_chars(80, "续表：第2页共3页", 58))]] + rows, carried=carried, headings=True)
    assert [r[0] for r in grid] == ["新增水土流失治理面积", "油茶林管护机制", "种植户满意度"]


def test_a_level_heading_flush_with_the_first_column_over_the_next_is_a_row_of_the_table():
    """Issue 21 (1500.pdf: a checklist typed at tab stops, 完成 | 三级指标 | … , a box ☒ first in each line, the
    level headings 产出指标——质量指标 typed flush with the boxes and running over the names' column start): each
    heading is a row of the table, not a line breaking it (the table was the one run of three rows between two
    headings; the single rows under the others were left as lines, unread). A line of prose across the table,
    or holding a figure or a label mark, still breaks it."""
    cols = (57.0, 85.0, 220.0, 330.0, 440.0, 500.0)

    def row(top, fields):
        return [_run(_chars(x, f, top)) for x, f in zip(cols, fields) if f]

    lines = [row(200, ("完成", "三级指标", "年度指标值", "实际完成值", "分值", "得分")),
             [_run(_chars(57, "产出指标——数量指标", 220))],
             row(240, ("☒", "新植咖啡种植面积", "≥2000亩", "2060亩", "10", "10")),
             [_run(_chars(57, "产出指标——质量指标", 260))],
             row(280, ("☒", "咖啡种苗成活率", "≥90%", "93%", "6", "6")),
             [_run(_chars(57, "效益指标——经济效益指标", 300))],
             row(320, ("☐", "咖啡鲜果亩均产值", "≥8000元", "7200元", "10", "9"))]
    grid = _grid(lines, headings=True)
    assert [r[0] for r in grid] == ["完成", "产出指标——数量指标", "☒", "产出指标——质量指标", "☒", "效益指标——经济效益指标", "☐"]
    assert [r[1] for r in grid][2::2] == ["新植咖啡种植面积", "咖啡种苗成活率", "咖啡鲜果亩均产值"]
    prose = lines[:3] + [[_run(_chars(57, "说明：本表为自评结果，分值10分", 260))]] + lines[4:5]
    assert find_tables(prose, 3.0, glyph=_glyph, headings=True) == []   # two rows either side: no table


def test_a_ruled_table_whose_last_column_overflows_its_rule_stays_a_table():
    # A ruled table printed with its last column's text running past the right rule in every row (a sheet's cells
    # overflow where nothing stands right of them, as Excel prints them): the text runs on through ONE outer rule
    # only. Running lines over shaded boxes (1499) run through both, names left of the grid and their ends right
    # of it; a table whose cells overflow one side is still a table.
    from types import SimpleNamespace
    chars, rects = [], []
    for k, (name, reason) in enumerate([("新建基地", "受汛期影响延后两周开工"), ("改造果园", "按期完成无偏差说明"),
                                        ("烘干设施", "设备招标流标后重新采购"), ("农户增收", "价格下行收入略低于预期")]):
        top = 100 + 15 * k
        chars += _chars(195, name, top) + _chars(265, reason, top)      # 11 characters from 265: past 330
        rects += [(190.0, top - 1, 260.0, top + SIZE + 1), (260.0, top - 1, 330.0, top + SIZE + 1)]
    found = [SimpleNamespace(cells=rects, bbox=(190.0, 99.0, 330.0, 100 + 15 * 3 + SIZE + 1))]
    page = pdf_reader._read_page(1, chars, found)
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=1)
    pdf_reader._assemble(doc, "made-up.pdf", page, pdf_reader._body_bottom(page))
    assert len(doc.tables()) == 1
