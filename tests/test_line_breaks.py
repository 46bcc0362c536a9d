"""A number broken over a cell's lines told from two figures one a line by evidence beyond the
geometry (extract.line_breaks, issue 21: 166 98.⏎72, 172 5.5⏎2, 173 7.8⏎2 on their scans)."""
import pytest

from jixiao.extract.line_breaks import by_column_places, cut_at_point, two_figures, unit_goes_on
from jixiao.extract.model import Document
from jixiao.extract.ruled_page import Char, _line_texts, assemble


@pytest.mark.parametrize("a, b, one", [
    ("98.", "72", True),          # a point with no digit after it ends no figure
    ("≥1,234.", "5", True),
    ("总分\n99.", "52", True),    # the text's last line is what goes on
    ("98", "72", False),          # two whole figures: the geometry decides, not this
    ("9.5", "6", False),
    ("1.", "项目区群众满意度", False),   # a numbered item, not digits going on
    ("98.", "7.2", False),
    ("９９．", "２％", True),      # typed full-width (228's .pdf): the point ends no figure either
])
def test_a_number_cut_after_its_point_goes_on(a, b, one):
    assert cut_at_point(a, b) is one


@pytest.mark.parametrize("sign", ["≥", "≧", "⩾", "≤", "≦", "⩽", "=", "＝", "＞"])
def test_every_operator_glyph_opens_a_figure_as_ge_does(sign):
    # the glyphs normalize.quantity reads as operators (≧85% is ≥85%): a cell of two targets one
    # a line stays two, and a number cut after its point goes on, whichever glyph was written
    assert two_figures(f"{sign}85%", f"{sign}90%", full=False)
    assert cut_at_point(f"{sign}1,234.", "5")


def test_a_scanned_cell_cut_after_a_point_is_one_number_though_its_line_stops_short_of_the_edge():
    # 166's 总分: OCR's boxes leave room after "98." as they do after 10 in 10⏎10
    cell = [Char(0, 100, 10, "9"), Char(5, 100, 10, "8"), Char(10, 100, 10, "."),
            Char(0, 115, 10, "7"), Char(5, 115, 10, "2")]
    assert _line_texts(cell, right=40.0) == ["98.72"]


def _column(*texts):
    return {(r, 1): t for r, t in enumerate(texts)}


def test_a_two_line_figure_is_joined_where_its_columns_places_complete_it():
    got = by_column_places({**_column("得分", "8", "5.5\n2", "6", "99.22"), (2, 0): "长江江豚监测记录次数"})
    assert got[(2, 1)] == "5.52"


@pytest.mark.parametrize("texts", [
    ("得分", "10\n10", "9.56", "99.26"),          # two whole figures
    ("得分", "9.56\n8.20", "9.56", "99.26"),      # each with the column's places
    ("得分", "5.5\n2", "8", "6"),                 # no figure with a point: nothing says how many places
    ("得分", "5.5\n2", "9.56", "99.5"),           # the column's places disagree
    ("得分", "5.5\n21", "9.56", "99.26"),         # digits past the column's places
    ("得分", "5.5%\n2", "9.56", "99.26"),         # a unit ended the first figure
])
def test_two_figures_one_a_line_stay_apart_whatever_the_column(texts):
    texts = _column(*texts)
    assert by_column_places(texts) == texts


def test_a_row_of_stacked_indicators_keeps_its_lines():
    # 分值 10⏎8 beside 得分 9.5⏎6: two indicators, the k-th lines together (190's stacked rows)
    texts = {**_column("得分", "9.5\n6", "99.26"), (1, 0): "10\n8"}
    assert by_column_places(texts) == texts


def test_a_scanned_ruled_tables_broken_score_is_read_whole_from_its_column():
    """172's 得分 cell 5.5⏎2 on the scan: the column's 99.22 writes two places, so 5.52."""
    xs, ys = [0, 120, 180], [0, 30, 60, 90]
    hs = [(y, xs[0], xs[-1]) for y in ys]
    vs = [(x, ys[0], ys[-1]) for x in xs]

    def text(x, y, s):
        return [Char(x + 5 * k, y, 10, ch) for k, ch in enumerate(s)]

    chars = [*text(2, 15, "指标"), *text(122, 15, "得分"), *text(2, 45, "江豚监测"), *text(122, 40, "5.5"),
             *text(122, 54, "2"), *text(2, 75, "总分"), *text(122, 75, "99.22")]
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, chars, hs, vs, snap=2)
    (table,) = doc.tables()
    assert [c.text for c in table.cells if c.col == 1] == ["得分", "5.52", "99.22"]


def test_a_pdf_cells_number_cut_after_its_point_is_joined_though_its_line_had_room():
    """The PDF reader's wrap test takes the same evidence (one rule for both readers)."""
    from jixiao.extract.pdf_reader import _join_wrapped, _lines

    def chars(x, top, s):
        return [{"text": ch, "x0": x + 5 * k, "x1": x + 5 * k + 5, "top": top, "bottom": top + 10, "size": 10}
                for k, ch in enumerate(s)]

    lines = _lines(chars(2, 0, "98.") + chars(2, 12, "72"))
    assert [t for t, _ in _join_wrapped(lines, right=60.0, area=56.0)] == ["98.72"]
    lines = _lines(chars(2, 0, "10") + chars(2, 12, "10"))
    assert [t for t, _ in _join_wrapped(lines, right=60.0, area=56.0)] == ["10", "10"]


def test_a_scans_unit_cut_by_the_wrap_goes_on_where_its_next_character_would_have_reached_the_edge():
    """551.scan.pdf: 108毫⏎克/升 in a narrow cell is 108毫克/升, as a number broken for want of room is
    (the line short of the edge, its next character not); with room to spare the lines stay apart,
    and a name's line after a figure is no unit's rest."""
    def line(s, y):
        out, x = [], 0.0
        for ch in s:
            out.append(Char(x, y, 10, ch))
            x += 5 if ch.isascii() else 10
        return out

    cell = line("108毫", 100) + line("克/升", 115)      # 毫 ends at 25; 克 would end at 35
    assert _line_texts(cell, right=45.0) == ["108毫克/升"]
    assert _line_texts(cell, right=60.0) == ["108毫", "克/升"]
    assert _line_texts(line("108毫", 100) + line("瓜农满意度", 115), right=45.0) == ["108毫", "瓜农满意度"]


@pytest.mark.parametrize("a, b, one", [
    ("≥600人", "次", True),        # 441's target: the unit 人次 cut by the wrap
    ("目标\n≥1.5万", "元", True),  # the text's last line is what goes on
    ("≥600", "人次", False),       # the unit had not begun: the geometry decides, not this
    ("≥600人", "瓜农满意度", False),  # a name's line, longer than a unit's rest
    ("≥600人", "2次", False),      # a digit: a figure of its own
    ("培训", "瓜农", False),         # a name's second line after no figure
    ("≥600人", "次。", False),
    ("108毫", "克/升", True),      # 551.pdf: a compound unit cut inside its first part
    ("3.5立方", "米/秒", True),
    ("260元", "/人·年", False),    # a line opening with the joining mark: no CJK rest (normalize joins it)
    ("108毫", "克/升，", False),   # punctuation: a clause goes on, not a unit
    ("108毫", "克/升2", False),    # a digit: a figure of its own
])
def test_a_unit_cut_by_the_wrap_goes_on(a, b, one):
    assert unit_goes_on(a, b) is one


def test_a_pdf_cells_unit_cut_by_the_wrap_is_one_value_but_not_where_the_line_had_room():
    """441.pdf: ≥600人⏎次 in a narrow cell, the line within half a character of full, is ≥600人次;
    the same lines in a cell with room to spare, or a figure and a name's line, stay apart."""
    from jixiao.extract.pdf_reader import _join_wrapped, _lines

    def chars(x, top, s):
        return [{"text": ch, "x0": x + 10 * k, "x1": x + 10 * k + 10, "top": top, "bottom": top + 10, "size": 10}
                for k, ch in enumerate(s)]

    lines = _lines(chars(2, 0, "≥600人") + chars(2, 12, "次"))    # the first line ends at 52
    assert [t for t, _ in _join_wrapped(lines, right=63.0, area=61.0)] == ["≥600人次"]
    assert [t for t, _ in _join_wrapped(lines, right=80.0, area=78.0)] == ["≥600人", "次"]
    lines = _lines(chars(2, 0, "≥600") + chars(2, 12, "瓜农"))
    assert [t for t, _ in _join_wrapped(lines, right=63.0, area=61.0)] == ["≥600", "瓜农"]


def test_a_pdf_cells_compound_unit_cut_by_the_wrap_is_one_value():
    """551.pdf: 108毫⏎克/升 in a narrow actual-value cell is 108毫克/升 (issue 21, 81st set); with room
    to spare on the line the two stay apart, as for a simple unit."""
    from jixiao.extract.pdf_reader import _join_wrapped, _lines
    from jixiao.normalize.quantity import parse

    def chars(x, top, s):
        return [{"text": ch, "x0": x + 10 * k, "x1": x + 10 * k + 10, "top": top, "bottom": top + 10, "size": 10}
                for k, ch in enumerate(s)]

    # the first line ends at 42; 克/ (a solidus may not start a line) would need 20 more: 22 left
    # is within half a character of having no room, as a renderer's padding leaves it
    lines = _lines(chars(2, 0, "108毫") + chars(2, 12, "克/升"))
    joined = [t for t, _ in _join_wrapped(lines, right=64.0, area=62.0)]
    assert joined == ["108毫克/升"]
    q = parse(joined[0])
    assert (q.op, q.value, q.unit) == ("=", 108, "毫克/升")
    assert [t for t, _ in _join_wrapped(lines, right=80.0, area=78.0)] == ["108毫", "克/升"]


def _pdf_chars(x, top, s, size=10.0, step=None):
    """Characters of a PDF line typed at (x, top), one every `step` points (a character's width)."""
    step = step or size
    return [{"text": ch, "x0": x + step * k, "x1": x + step * k + size, "top": top, "bottom": top + size, "size": size}
            for k, ch in enumerate(s) if ch != " "]


def _page_texts(items) -> list[str]:
    return [ln.text for item in items if item[0] == "lines" for ln in item[1]]


def test_a_pdf_page_of_a_cell_a_line_keeps_its_bare_figures_but_not_its_page_number():
    """Issue 21 (473.pdf): a form typed with every cell its own line, the weight and the score bare
    figures at the left margin among the other cells, one at the page's top: they are cells, not page
    numbers. The page's number, centred apart from the body, still goes."""
    from jixiao.extract.pdf_reader import _read_page
    cells = ["10", "9", "效益指标", "经济效益指标", "带动茶农亩均增收", "≥300元", "270元", "10", "9"]
    chars = [c for n, text in enumerate(cells) for c in _pdf_chars(57, 56 + 25 * n, text)]
    chars += _pdf_chars(300, 760, "3") + _pdf_chars(290, 40, "- 2 -")
    assert _page_texts(_read_page(1, chars, [])) == cells


def test_a_pdf_page_of_short_lines_takes_its_right_margin_from_the_pages_of_its_width():
    """Issue 21 (473.pdf): page 2 holds only cells a line, the widest a name (推广绿色防控面积): it
    is no full line, the page's right margin is where the document's other pages of that width end
    their lines, so the target on the next line stays a cell of its own."""
    from jixiao.extract.pdf_reader import _assemble, _read_page
    items = _read_page(1, _pdf_chars(57, 60, "本项目由县农业农村局组织实施，资金按进度拨付到位，各项目标均已完成，") +
                       _pdf_chars(57, 75, "群众满意度较高。"), [])
    items += _read_page(2, [c for n, text in enumerate(["三级指标", "推广绿色防控面积", "≥3万亩", "3.2万亩"])
                            for c in _pdf_chars(57, 60 + 25 * n, text)], [])
    doc = Document(source="p.pdf", format="pdf", sha256="", pages=2)
    _assemble(doc, "p.pdf", items, 800.0, {1: 612.0, 2: 612.0})
    assert [b.text for b in doc.blocks][1:] == ["三级指标", "推广绿色防控面积", "≥3万亩", "3.2万亩"]


def test_pdf_lines_of_cells_set_apart_by_wide_gaps_are_rows_not_one_wrapped_paragraph():
    """Issue 21 (476.pdf): a form printed a row a line, its cells set apart by two ideographic spaces; the
    widest row runs to the page's right edge, but the next row is a row of its own, not its wrapped text.
    A line of running text that fills the page still wraps onto the next."""
    from jixiao.extract.pdf_reader import _join_wrapped, _lines
    row1 = _pdf_chars(0, 0, "产出指标") + _pdf_chars(60, 0, "时效指标") + _pdf_chars(120, 0, "完成时间") + \
        _pdf_chars(180, 0, "6") + _pdf_chars(210, 0, "6")
    row2 = _pdf_chars(0, 14, "产出指标") + _pdf_chars(60, 14, "成本指标") + _pdf_chars(120, 14, "人均成本") + \
        _pdf_chars(180, 14, "6") + _pdf_chars(210, 14, "6")
    assert [t for t, _ in _join_wrapped(_lines(row1 + row2), right=220.0)] == \
        ["产出指标 时效指标 完成时间 6 6", "产出指标 成本指标 人均成本 6 6"]
    prose = _pdf_chars(0, 0, "各项目标均已完成资金按进度拨付到位群众") + _pdf_chars(0, 14, "满意度较高。")
    assert [t for t, _ in _join_wrapped(_lines(prose), right=200.0)] == ["各项目标均已完成资金按进度拨付到位群众满意度较高。"]


def test_a_pdf_row_a_line_never_wraps_onto_the_next_line_nor_over_the_page():
    """Issue 21 (474.pdf, 477.pdf): a monospace print, a row a line: the line after a row of cells set
    apart (总分 100 99.28 / 自评等级 优), the line after a rule typed with dashes, and the first line of
    the next page after a row that ends a page are lines of their own, however far the line before runs."""
    from jixiao.extract.pdf_reader import _assemble, _read_page
    total = _pdf_chars(0, 0, "总分") + _pdf_chars(150, 0, "100") + _pdf_chars(200, 0, "99.28")
    grade = _pdf_chars(0, 14, "自评等级") + _pdf_chars(60, 14, "优")
    rule = _pdf_chars(0, 28, "-" * 23)
    after = _pdf_chars(0, 42, "填表人：张某")
    items = _read_page(1, total + grade + rule + after, [])
    items += _read_page(2, _pdf_chars(0, 0, "偏差原因：受天气影响。"), [])
    doc = Document(source="p.pdf", format="pdf", sha256="", pages=2)
    _assemble(doc, "p.pdf", items, 800.0, {1: 612.0, 2: 612.0})
    assert [b.text for b in doc.blocks] == ["总分 100 99.28", "自评等级 优", "-" * 23, "填表人：张某", "偏差原因：受天气影响。"]
    row = _pdf_chars(0, 700, "开展宣传活动") + _pdf_chars(100, 700, "≥10场") + _pdf_chars(160, 700, "12场") + \
        _pdf_chars(220, 700, "6")
    items = _read_page(1, _pdf_chars(0, 686, "培训人数 ≥200人") + row, []) + _read_page(2, _pdf_chars(0, 40, "生态效益指标"), [])
    doc = Document(source="p.pdf", format="pdf", sha256="", pages=2)
    _assemble(doc, "p.pdf", items, 800.0, {1: 612.0, 2: 612.0})
    assert [b.text for b in doc.blocks][-2:] == ["开展宣传活动 ≥10场 12场 6", "生态效益指标"]


def test_a_pdf_pages_running_head_and_foot_are_no_text():
    """Issue 21 (474.pdf): a browser's print puts the file's name, the date and time atop every page and
    第 1 页，共 2 页 at its foot; they stand at one place on each page, and are no line of the body (the
    head on page 2 was read as an indicator row between the table's rows)."""
    from jixiao.extract.pdf_reader import _read_page, _without_running_lines
    head = "表.txt 2024/3/11 16:05"
    items = _read_page(1, _pdf_chars(34, 41, head) + _pdf_chars(34, 80, "项目支出绩效自评表") +
                       _pdf_chars(34, 95, "开展宣传活动 12场") + _pdf_chars(262, 778, "第 1 页，共 2 页"), [])
    items += _read_page(2, _pdf_chars(34, 41, head) + _pdf_chars(34, 78, "生态效益指标 100%") +
                        _pdf_chars(262, 778, "第 2 页，共 2 页"), [])
    assert _page_texts(_without_running_lines(items)) == ["项目支出绩效自评表", "开展宣传活动 12场", "生态效益指标 100%"]


def test_a_pdf_page_of_running_text_keeps_its_own_right_margin():
    """A page whose lines reach across its text area keeps its own right margin though another page of its
    width has a line reaching further (a wide table's caption): its full line still wraps onto the next
    (004's 支出决算为60⏎万元 stayed one paragraph)."""
    from jixiao.extract.pdf_reader import _assemble, _read_page
    items = _read_page(1, _pdf_chars(57, 60, "一" * 48) + _pdf_chars(57, 75, "二。"), [])
    items += _read_page(2, _pdf_chars(57, 60, "7.社会保障和就业（类）人力资源和社会保障管理事务（款）支出决算为60") +
                        _pdf_chars(57, 75, "万元，完成预算100%。"), [])
    doc = Document(source="p.pdf", format="pdf", sha256="", pages=2)
    _assemble(doc, "p.pdf", items, 800.0, {1: 612.0, 2: 612.0})
    assert [b.text for b in doc.blocks][1:] == ["7.社会保障和就业（类）人力资源和社会保障管理事务（款）支出决算为60万元，完成预算100%。"]


def _printed(text: str, x0: float, top: float, size: float = 10.0):
    """A PDF line of `text`, a CJK character `size` wide, a Latin one half that."""
    from jixiao.extract.pdf_reader import _Line
    chars, x = [], x0
    for ch in text:
        w = size if ord(ch) > 0x2000 else size / 2
        chars.append({"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": top + size, "size": size})
        x += w
    return _Line(chars, top, top + size, x0, x, size)


def test_a_pinyin_gloss_that_did_not_fit_is_the_wrapped_rest_of_the_line_before():
    """LibreOffice keeps a pinyin gloss and the figures after it together ((bào)100%100%20), so a line
    it wraps before one stops short of the edge by less than their width (raw 042's PDF: 完成年度資料上報 ⏎
    (bào)100%…). A tone mark is a Latin word's letter as ASCII is; at c3ef8af the word ended at 'à',
    the line was taken as ended and the row's name lost its gloss."""
    from jixiao.extract.line_breaks import first_run
    from jixiao.extract.pdf_reader import _join_wrapped
    assert first_run(list("(bào)100%100%20效益")) == 14
    right = 50 + 40 * 10.0
    lines = [_printed("进" * 28 + "完成年度資料上報", 50, 100), _printed("(bào)100%100%20效益指标", 50, 114)]
    assert right - lines[0].x1 == 40      # room for 8 Latin characters, not for the 15 of the gloss's run
    assert [t for t, _ in _join_wrapped(lines, right)] == ["进" * 28 + "完成年度資料上報(bào)100%100%20效益指标"]


def test_a_pdf_of_cells_a_line_on_every_page_takes_its_text_area_from_its_left_margin():
    """Raw 052's PDF: every page a cell a line, no line on any page reaching the text area's right
    edge, the widest name's line on its page alone reaching its widest. That line is no full one: the
    value under it (0次) is a cell of its own, not the rest of the name (at c3ef8af the page's widest
    line was taken for its margin, and the row read …发生数0次 | 0次 | 3: a WRONG row). The text area
    ends as far from the page's right edge as the text starts from its left. A page of running text,
    several lines ending at its margin, keeps its own (test above)."""
    from jixiao.extract.pdf_reader import _assemble, _read_page
    page1 = ["三级指标", "指标1:食品安全监管人员培训", "已完成", "已完成", "5"]
    page2 = ["效益指标", "社会效益指标", "指标1:辖区内与补助资金相关的重大食品安全监管责任事故发生数", "0次", "0次", "3"]
    items = _read_page(1, [c for n, text in enumerate(page1) for c in _pdf_chars(57, 60 + 25 * n, text)], [])
    items += _read_page(2, [c for n, text in enumerate(page2) for c in _pdf_chars(57, 60 + 25 * n, text)], [])
    doc = Document(source="p.pdf", format="pdf", sha256="", pages=2)
    _assemble(doc, "p.pdf", items, 800.0, {1: 595.0, 2: 595.0})
    assert [b.text for b in doc.blocks] == page1 + page2


@pytest.mark.parametrize("sign", [">=", "<="])
def test_an_operator_typed_in_ascii_opens_a_figure_as_its_glyph_does(sign):
    # >=90% over >=88% in one cell (an ASCII page): two targets one a line, never one run >=90%>=88%
    assert two_figures(f"{sign}90%", f"{sign}88%", full=False)
    assert cut_at_point(f"{sign}1,234.", "5")


def test_a_pdf_line_cut_inside_an_open_bracket_at_the_runs_furthest_reach_goes_on():
    """594.pdf: a note's line ends 大部分完成（得分值的80% and the next begins （含）-100%）: where the page's margin is
    taken wider than the line (one line alone reaching the widest), the open bracket says the line was cut;
    a line whose brackets close, or an open one short of the furthest reach, stays apart."""
    from jixiao.extract.pdf_reader import _join_wrapped, _lines

    def chars(x, top, s):
        return [{"text": ch, "x0": x + 5 * k, "x1": x + 5 * k + 5, "top": top, "bottom": top + 10, "size": 10}
                for k, ch in enumerate(s)]

    lines = _lines(chars(2, 0, "完成（得分值的80%") + chars(2, 12, "（含）-100%）。"))
    assert [t for t, _ in _join_wrapped(lines, right=200.0)] == ["完成（得分值的80%（含）-100%）。"]
    lines = _lines(chars(2, 0, "完成（得分值的80%）") + chars(2, 12, "（含）-100%）。"))
    assert len(_join_wrapped(lines, right=200.0)) == 2
    lines = _lines(chars(2, 0, "完成（得分") + chars(2, 12, "填报人：张三李四王五赵六"))
    assert len(_join_wrapped(lines, right=200.0)) == 2


def _scanned_line(s, y, x=0.0):
    """A scanned line's characters from x: a Latin character 5 wide, any other 10."""
    out = []
    for ch in s:
        out.append(Char(x, y, 5 if ch.isascii() else 10, ch))
        x += 5 if ch.isascii() else 10
    return out


def test_a_scanned_paragraphs_number_moved_whole_to_the_next_line_goes_on():
    """625's scan: 联系电话：0955-⏎5612XXXX。 A line breaker keeps a number with the mark after it
    together (line_breaks.first_run) and moves it whole to the next line, leaving the line short of
    the edge by less than its width; the two are one paragraph, as the PDF reader reads them. Where
    the number would have fitted, the line ended its paragraph; a sentence's end or an indented next
    line starts a new one."""
    short = _scanned_line("如有异议，请向本局反映。联系电话：0955-", 115)   # ends at 195
    right = 230.0                                                  # the page's text edge
    assert _line_texts(short + _scanned_line("5612XXXX。", 130), right, prose=True) == \
        ["如有异议，请向本局反映。联系电话：0955-5612XXXX。"]        # 195 + 50 > 230: moved
    assert _line_texts(short + _scanned_line("5612XXXX。", 130), right) == \
        ["如有异议，请向本局反映。联系电话：0955-", "5612XXXX。"]     # (a cell's lines: not prose)
    assert _line_texts(short + _scanned_line("56。", 130), right, prose=True) == \
        ["如有异议，请向本局反映。联系电话：0955-", "56。"]           # 195 + 20: it would have fitted
    ended = _scanned_line("如有异议，请向本局反映。联系电话：0955。", 115)
    assert _line_texts(ended + _scanned_line("5612XXXX2024", 130), right, prose=True) == \
        ["如有异议，请向本局反映。联系电话：0955。", "5612XXXX2024"]  # a sentence ended
    assert _line_texts(short + _scanned_line("2023XXXX1234", 130, x=20.0), right, prose=True) == \
        ["如有异议，请向本局反映。联系电话：0955-", "2023XXXX1234"]  # an indented paragraph


def test_a_short_line_and_two_figures_are_no_line_a_moved_word_left_short():
    """The moved-word rule reads running text only: a line of a figure or two (≤0.9‰ over 0.2‰以下 on a
    page of short lines, where the furthest character is the second line's) ends where its text does
    (test_scan_permille's pages of lines like these were joined into one paragraph by the rule)."""
    assert _line_texts(_scanned_line("≤0.9‰", 115) + _scanned_line("0.2‰以下", 130), 45.0, prose=True) == ["≤0.9‰", "0.2‰以下"]


def _space(x, top, size=10.0):
    """A space the text layer prints (LibreOffice keeps the one a line broke at where it fits)."""
    return [{"text": " ", "x0": x, "x1": x + size / 4, "top": top, "bottom": top + size, "size": size}]


def test_a_pdf_line_broken_at_a_space_keeps_the_space_in_the_joined_text():
    """Issue 21 (036.pdf): a row's cells printed as one wrapped paragraph broke after 22.5 at the space
    its text layer ends the line with: the rest is a word of its own (22.5 效益指标), not 22.5效益指标."""
    from jixiao.extract.pdf_reader import _join_wrapped, _lines
    first = "数量指标足额保障率=100% 22.5"
    chars = _pdf_chars(0, 0, first) + _space(10 * len(first), 0) + _pdf_chars(0, 14, "效益指标结余率≤5% 22.5")
    assert [t for t, _ in _join_wrapped(_lines(chars), right=10 * len(first) + 5.0)] == ["数量指标足额保障率=100% 22.5 效益指标结余率≤5% 22.5"]


def test_a_pdf_page_line_of_a_figure_wrapped_before_a_figure_keeps_them_two():
    """Issue 21 (062.pdf): a page's line breaks a figure only where it is longer than the line, so
    4557.51 at a full line's end and 10 opening the next are two figures (4557.51 10), not 4557.5110."""
    from jixiao.extract.pdf_reader import _join_wrapped, _lines
    chars = _pdf_chars(0, 0, "服务外包离岸 4500 4557.51") + _pdf_chars(0, 14, "10 支持企业数量 3 3 10")
    assert [t for t, _ in _join_wrapped(_lines(chars), right=175.0)] == ["服务外包离岸 4500 4557.51 10 支持企业数量 3 3 10"]


def test_a_pdf_lines_first_word_ends_at_its_space():
    """Issue 21 (045.pdf): a line ending with room for the next line's first figure (10 of 10 10 总分)
    is no wrap, though the figures after it, spaced apart, would not have fitted with it."""
    from jixiao.extract.pdf_reader import _join_wrapped, _lines
    chars = _pdf_chars(0, 0, "服务对象满意度") + _pdf_chars(0, 14, "10 10 总分")
    assert [t for t, _ in _join_wrapped(_lines(chars), right=97.0)] == ["服务对象满意度", "10 10 总分"]


def _assembled(lines: list[tuple[float, str]], width: float) -> list[str]:
    from jixiao.extract.pdf_reader import _assemble, _read_page
    chars = [c for n, (x, text) in enumerate(lines) for c in _pdf_chars(x, 60 + 14 * n, text)]
    doc = Document(source="p.pdf", format="pdf", sha256="", pages=1)
    _assemble(doc, "p.pdf", _read_page(1, chars, []), 800.0, {1: width})
    return [b.text for b in doc.blocks]


def test_a_pdf_pages_text_area_reaches_its_mirrored_margin_when_its_widest_line_falls_a_character_short():
    """Issue 21 (066.pdf): no line of the page reaches its right margin (the widest 6 points short of the
    page's width less its left margin), so a row's line ending a character and a half short of the
    widest is a line's end, not a wrap: the next row stays a row."""
    prose = "本项目由县科协组织实施，资金按进度拨付到位，各项目标均已完成，群众满意度较高，社会效益明显提升"
    rows = ["产出指标 数量指标 科普鄂州微信公众号运维推送科普文章篇数全年累计 不少于八百篇 八百篇 8",
            "开展全国科普日专题科普活动 10场 9场 7"]
    lines = [(56.8, prose), (56.8, "成效显著。"), (56.8, rows[0]), (56.8, rows[1])]
    assert len(rows[0]) == 46 and len(prose) == 47
    assert _assembled(lines, 56.8 + 470 + 6 + 56.8) == [prose + "成效显著。", *rows]


def test_a_pdf_pages_text_area_ends_at_its_mirrored_margin_though_a_stop_hangs_past_it():
    """Issue 21 (063.pdf): a line's closing 。 hangs past the right margin, four points past the page's
    width less its left margin; a line ending eight points short of that margin, no room for its
    next character, is cut by the wrap (年初任⏎务数…: one sentence, the row it holds read whole)."""
    first = "实现各级补贴资金足额拨付至专户，待遇按时足额发放，困难群体应代尽代，各项工作均已按计划推进完成。"
    cut = "数量指标。养老金领取人数全年平均数年初任务数101974人，全年完成值103119人；全年缴费人数年初任"
    rest = "务数216786人，全年完成值201201人。"
    lines = [(58.8, first), (56.8, "资金执行率较高。"), (76.8, cut[:45]), (56.8, cut[45:] + rest)]
    assert len(first) == 48 and len(cut) > 45
    assert _assembled(lines, 534.8 + 56.8)[1:] == [cut + rest]


def test_a_pdf_lines_first_word_holds_the_figure_an_ascii_stop_leads_into():
    """Issue 21 (012.pdf): 由;3.其他资金 opened the line after 应单独说明理, which had room for 由; but
    not for 由;3. (a line breaker breaks neither before ; nor between ; and 3): the row's note wrapped
    there, and its rest (…银行贷款. | |||) cut from it left the fund table's rows unread."""
    from jixiao.extract.pdf_reader import _join_wrapped, _lines
    chars = _pdf_chars(0, 0, "应单独说明理") + _pdf_chars(0, 14, "由;3.其他资金包括")
    assert [t for t, _ in _join_wrapped(_lines(chars), right=85.0)] == ["应单独说明理由;3.其他资金包括"]
    assert [t for t, _ in _join_wrapped(_lines(chars), right=105.0)] == ["应单独说明理", "由;3.其他资金包括"]


def test_a_pdf_pages_lines_ending_together_show_its_margin_whatever_the_mirror():
    """A justified page's full lines end together three points short of its width less its left margin
    (004.pdf: its right margin a little wider than its left): that is its text area's edge, so a line
    ending eight points short of it, no room for 万, wrapped (支出决算为60⏎万元), as the mirror would deny."""
    prose = "本项目由县科协组织实施，资金按进度拨付到位，各项目标均已完成，群众满意度较高，社会效益明显提升"
    cut = "社会保障和就业（类）人力资源和社会保障管理事务（款）社会保险经办机构（项）：支出决算数为60"
    lines = [(56.8, prose), (56.8, prose), (56.8, prose), (56.8, "成效显著。"), (56.8, cut), (56.8, "万元，完成预算100%。")]
    assert len(prose) == 47 and len(cut) == 46
    assert _assembled(lines, 56.8 + 473 + 56.8)[1:] == [cut + "万元，完成预算100%。"]


def test_an_ellipsis_read_as_one_over_two_characters_room_is_the_pair():
    """764's scan: 主要原因是……。 came out 主要原因是… 。, the engine reading the pair as one … and its
    room as white. An … whose next character stands two characters on is ……; one that stands a
    character on is one …; a cell's white further on stays white."""
    def line(marks):
        return [Char(x, 100.0, 18.8 if t not in "…。" else 9.4, t) for t, x in marks]
    assert _line_texts(line([("因", 594.4), ("是", 613.2), ("…", 632.0), ("。", 662.2)])) == ["因是……。"]
    assert _line_texts(line([("因", 594.4), ("是", 613.2), ("…", 632.0), ("。", 650.0)])) == ["因是…。"]
    assert _line_texts(line([("因", 594.4), ("是", 613.2), ("…", 632.0), ("1", 700.0)])) == ["因是… 1"]


def test_pdf_dot_leaders_between_fields_are_the_room_a_tab_stop_jumps_not_text():
    """Issue 21 (1120.pdf): indicators typed as tab-stop lines with DOT LEADERS (名称……≥3000亩……3150亩……10):
    a run of leader glyphs with text on both sides is the room between two fields, so the line's fields
    stand apart as cells (and the full line is no paragraph the next row wraps into); dots in text (an
    ellipsis of three, a figure's point) and a line of dots alone stay."""
    from jixiao.extract.pdf_reader import _join_wrapped, _lines, _without_leaders
    def led(x0: float, x1: float, top: float) -> list:
        return _pdf_chars(x0, top, "." * int((x1 - x0) / 10))
    row1 = _pdf_chars(0, 0, "新造林面积") + led(52, 120, 0) + _pdf_chars(120, 0, "≥3000亩") + led(192, 260, 0) + \
        _pdf_chars(260, 0, "3150亩")
    row2 = _pdf_chars(0, 14, "成活率") + led(32, 120, 14) + _pdf_chars(120, 14, "≥90%") + led(162, 260, 14) + \
        _pdf_chars(260, 14, "93.6%")
    kept = _without_leaders(row1 + row2)
    assert [t for t, _ in _join_wrapped(_lines(kept), right=330.0)] == ["新造林面积 ≥3000亩 3150亩", "成活率 ≥90% 93.6%"]
    text = _pdf_chars(0, 0, "情况说明...略") + _pdf_chars(0, 14, "..........")
    assert _without_leaders(text) == text


@pytest.mark.parametrize("a, b, apart", [
    ("≥1500人次\n≥95%\n2023年10月31日前", "≤3000元", True),   # 1626.pdf: a full date line, then the next value
    ("2023年10月25日", "3000元", True),
    ("2023年10月31日", "前", False),                         # no figure opens the next line
    ("于2023年10月", "31日前", False),                        # a date going on over its month
])
def test_a_whole_date_alone_on_its_line_ends_there_before_a_figure(a, b, apart):
    """1626.pdf: a cell of values one a line (soft returns) whose deadline fills its line: the value under it
    was run onto it (2023年10月31日前≤3000元), the cell a line short and its group not read."""
    assert two_figures(a, b, full=True) is apart
