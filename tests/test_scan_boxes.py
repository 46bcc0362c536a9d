"""Scans of tables without ruling lines where OCR's detection puts two narrow cells into one text
box: the box is cut where the engine's own character positions show white (extract.ocr_boxes)
or where detection began a box, at a column edge the other lines show (extract.aligned_table)."""
from jixiao.extract import ocr_boxes, ocr_reader
from jixiao.extract.model import Document
from jixiao.extract.ruled_page import Char, assemble
from jixiao.extract.display_columns import display_width
from .ocr_fakes import FakeEngine

PITCH = 20          # a full-width character's advance in the made-up page, pixels


def _item(y: float, *cells: tuple[float, str]) -> list:
    """An engine result for one detected box holding these (x, text) cells: its corners, text,
    score, and each character's box as the engine's word boxes give them."""
    text, centers = "", []
    for x, t in cells:
        for ch in t:
            w = PITCH * display_width(ch) / 2
            centers.append(x + w / 2)
            x += w
        text += t
    x0, x1 = cells[0][0] - 4, x + 4                       # detection pads the box a little
    words = [[[c - 5, y - 18], [c + 5, y - 18], [c + 5, y], [c - 5, y]] for c in centers]
    return [[[x0, y - 20], [x1, y - 20], [x1, y + 2], [x0, y + 2]], text, 0.99, words, list(text), [0.99] * len(text)]


def test_one_ocr_box_over_two_cells_is_read_as_two_cells(monkeypatch):
    # The third row's target and result stand 1.5 characters apart: detection gave them one box,
    # "≥300人280人". Spread evenly over that box (as before) the result would start inside the
    # target's column; at the engine's positions it starts at the column the other rows show.
    import numpy as np
    cols = (100, 260, 380, 500)
    rows = [("项目名称", "年度目标", "实际完成", "得分"),
            ("办理案件数量", "≥4500件", "4862件", "10"),
            ("咨询服务人次", "≥300人", "280人", "5"),
            ("评查合格率", "≥95%", "98.6%", "10")]
    result = []
    for k, row in enumerate(rows):
        y = 100 + 40 * k
        if k == 2:
            result += [_item(y, (cols[0], row[0])), _item(y, (cols[1], row[1]), (cols[2], row[2])),
                       _item(y, (cols[3], row[3]))]
        else:
            result += [_item(y, (x, t)) for x, t in zip(cols, row)]
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(result))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, np.full((400, 700, 3), 255, np.uint8), [])
    (table,) = doc.tables()
    assert table.grid() == [list(r) for r in rows]


def test_characters_are_placed_in_pieces_only_where_the_engine_saw_white():
    # "甲乙丙" then white of two characters, then "丁戊": the piece after the white starts at its
    # own first character and is marked; a box read without white is spread over the box.
    centers = [10, 30, 50, 110, 130]
    got = ocr_boxes.placed("甲乙丙丁戊", 0, 140, centers)
    assert [round(x) for x, _, _ in got] == [0, 20, 40, 100, 120]
    assert [white for _, _, white in got] == [False, False, False, True, False]
    plain = ocr_boxes.placed("甲乙丙丁戊", 0, 100, [10, 30, 50, 70, 90])
    assert [round(x) for x, _, _ in plain] == [0, 20, 40, 60, 80] and not any(w for _, _, w in plain)


def test_a_run_is_cut_where_a_box_began_only_at_a_column_edge_other_lines_show():
    # Two boxes closer than a character (one run by their gap) are two cells where the second
    # starts at a column the other rows start at; where no other line starts there, one cell.
    size, cols = 12, (0, 120, 240, 340)

    def box(x, y, text):
        return [Char(x + k * size, y, size, ch, cut=k == 0) for k, ch in enumerate(text)]

    def line(y, *texts):
        return [ch for x, text in zip(cols, texts) for ch in box(x, y, text)]

    chars = [*line(60, "三级指标", "年度指标值", "实际值", "得分"),
             *line(84, "办理案件数量", "≥4500件", "4862件", "10"),
             *box(0, 108, "法律咨询服务"), *box(120, 108, "≥6万人次以上的人次"), *box(240, 108, "6.8万"),
             *box(340, 108, "5"),
             *box(0, 132, "案件质量合格率"), *box(120, 132, "≥95%"), *box(240, 132, "98.6%"),
             *box(240 + 5 * size + 4, 132, "以上"), *box(340, 132, "10")]
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, chars, [], [], snap=2, align=ocr_reader.ALIGN)
    (table,) = doc.tables()
    grid = table.grid()
    assert grid[2] == ["法律咨询服务", "≥6万人次以上的人次", "6.8万", "5"]
    assert grid[3] == ["案件质量合格率", "≥95%", "98.6%以上", "10"]


def test_a_borderless_table_goes_on_over_the_page_where_the_continuation_leaves_a_column_empty():
    # Page 2's rows leave the last column (remarks) empty: its table has three columns, each at
    # an edge of page 1's four. It is the same table, the rows under the columns they started in.
    from jixiao.extract.ruled_page import stitch
    size, cols = 12, (0, 120, 240, 340)

    def line(y, *texts):
        return [Char(x + k * size, y, size, ch, cut=k == 0) for x, text in zip(cols, texts) if text
                for k, ch in enumerate(text)]

    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, [*line(60, "三级指标", "指标值", "得分", "说明"),
                                     *line(84, "办理案件数量", "≥4500件", "10", "按期"),
                                     *line(108, "法律咨询服务", "≥6万人次", "5", "完成")], [], [], snap=2,
             align=ocr_reader.ALIGN)
    assemble(doc, "made-up.pdf", 2, [*line(40, "案件质量合格率", "≥95%", "10", ""),
                                     *line(64, "受援人满意度", "≥90%", "10", ""),
                                     *line(88, "补贴发放时间", "12月底前", "5", "")], [], [], snap=2,
             align=ocr_reader.ALIGN)
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid()[-3:] == [["案件质量合格率", "≥95%", "10", ""], ["受援人满意度", "≥90%", "10", ""],
                                 ["补贴发放时间", "12月底前", "5", ""]]
    assert table.cell_at(5, 2).loc.page == 2 and table.cell_at(5, 2).loc.col == 2


def test_the_last_rows_of_a_borderless_table_on_the_next_page_go_on_it_however_few():
    # Two rows at the top of page 2 are too few to show a table themselves; they start at the
    # column edges the table page 1 ended with, so they are its rows (as the PDF reader carries them).
    from jixiao.extract.ruled_page import stitch
    size, cols = 12, (0, 120, 240, 340)

    def line(y, *texts):
        return [Char(x + k * size, y, size, ch) for x, text in zip(cols, texts) for k, ch in enumerate(text)]

    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, [*line(60, "三级指标", "指标值", "实际值", "得分"),
                                     *line(84, "办理案件数量", "≥4500件", "4862件", "10"),
                                     *line(108, "法律咨询服务", "≥6万人次", "6.8万人次", "5")], [], [], snap=2,
             align=ocr_reader.ALIGN)
    assemble(doc, "made-up.pdf", 2, [*line(40, "案件质量合格率", "≥95%", "98.6%", "10"),
                                     *line(64, "受援人满意度", "≥90%", "97.2%", "10")], [], [], snap=2,
             align=ocr_reader.ALIGN)
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid()[-2:] == [["案件质量合格率", "≥95%", "98.6%", "10"], ["受援人满意度", "≥90%", "97.2%", "10"]]
    assert not doc.paragraphs()


def test_a_row_whose_boxes_step_down_from_cell_to_cell_is_one_line_of_a_borderless_table():
    # OCR's boxes of one header row stand 4 pixels lower cell by cell (8 from first to last, more
    # than half a character): still one line, the table's header, not two lines of text.
    size, cols = 12, (0, 120, 240, 340)

    def line(ys, *texts):
        return [Char(x + k * size, y, size, ch, cut=k == 0) for x, y, text in zip(cols, ys, texts)
                for k, ch in enumerate(text)]

    chars = [*line((60, 64, 68, 68), "三级指标", "年度指标值", "实际值", "得分"),
             *line((92,) * 4, "办理案件数量", "≥4500件", "4862件", "10"),
             *line((116,) * 4, "法律咨询服务", "≥6万人次", "6.8万人次", "5"),
             *line((140,) * 4, "案件质量合格率", "≥95%", "98.6%", "10")]
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, chars, [], [], snap=2, align=ocr_reader.ALIGN)
    (table,) = doc.tables()
    assert table.grid()[0] == ["三级指标", "年度指标值", "实际值", "得分"]
    assert not doc.paragraphs()


def test_a_typed_field_run_on_to_its_tab_stop_is_cut_where_the_engines_positions_show_white(monkeypatch):
    # Lines typed with tab stops: 可持续影响指标 ends 12 pixels (0.6 of a character) short of the
    # 三级指标 stop, where the tab put 红树林保护长效机制, and detection gave both one box. That white
    # is less than between cells (the box is not placed in pieces for it, as evenly spread it shows
    # none), but at the engine's positions 红 starts at the stop with white before it: two fields.
    import numpy as np
    stops = (100, 220, 372, 640, 780, 920, 1000)
    rows = [("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
            ("产出指标", "数量指标", "红树林保有面积", "≥3%", "3.4%", "10", "10"),
            ("效益指标", "生态效益指标", "湿地巡护覆盖率", "≥95%", "97%", "8", "8"),
            ("", "可持续影响指标", "红树林保护长效机制", "健全", "健全", "6", "6"),
            ("满意度指标", "服务对象", "周边群众满意度", "≥90%", "93.1%", "10", "10")]
    result = []
    for k, row in enumerate(rows):
        y = 100 + 40 * k
        if k == 3:
            result += [_item(y, (220, row[1]), (220 + 7 * PITCH + 12, row[2]))]
            result += [_item(y, (x, t)) for x, t in zip(stops[3:], row[3:])]
        else:
            result += [_item(y, (x, t)) for x, t in zip(stops, row) if t]
    assert 220 + 7 * PITCH + 12 == stops[2]
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(result))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, np.full((400, 1100, 3), 255, np.uint8), [])
    (table,) = doc.tables()
    assert table.grid() == [list(r) for r in rows]


def test_a_character_the_reading_lacks_is_found_where_its_ink_stands_between_two_read_ones():
    """1352.scan: 暖棚验收合格率 read 暖验收合格率, 棚 broken by the paper's ribs: the centres of 暖 and 验
    stand two advances apart where the others stand one, and 棚's strokes lie between them. There a
    character was lost (ocr_boxes.lost_between). The same gap white (two words apart) or crossed by a
    cell's side holds no lost character."""
    import numpy as np
    text = "暖验收合格率"
    centers = [30.0, 58.0, 72.0, 86.0, 100.0, 114.0]     # 14 apart, but 28 between 暖 and 验
    box = (20, 10, 124, 30)

    def page(between: str):
        gray = np.full((40, 140), 255, np.uint8)
        for c in centers:
            gray[14:26, int(c) - 5:int(c) + 5:2] = 0      # each character's strokes
        if between == "strokes":
            gray[15:25, 40:48:3] = 0                      # 棚, broken: some of its strokes
        elif between == "side":
            gray[:, 43:45] = 0                            # a cell's side down the line
        return gray

    assert ocr_boxes.lost_between(text, centers, page("strokes"), box) == [1]
    assert ocr_boxes.lost_between(text, centers, page("white"), box) == []
    assert ocr_boxes.lost_between(text, centers, page("side"), box) == []
    even = [30.0, 44.0, 58.0, 72.0, 86.0, 100.0]          # no room between any two: nothing lost
    assert ocr_boxes.lost_between(text, even, page("strokes"), box) == []


def test_a_character_the_reading_lacks_at_a_lines_start_is_found_where_its_ink_stands_in_the_box():
    """1493.scan: 咖啡产业服务体系 read 啡产业服务体系 (咖 against the cell's side), SILENT: the box begun where the
    cell's other lines begin, 啡's centre a character and a half into it where theirs stand half a character in,
    and 咖's strokes in the room before it (ocr_boxes.lost_at_ends). The same room white, or a cell's side in it,
    holds no lost character; a line's box padded as usual leaves no room."""
    import numpy as np
    text = "啡产业服务体系"
    centers = [45.0, 59.0, 73.0, 87.0, 101.0, 115.0, 129.0]     # 14 apart; the box starts 25 before the first
    box = (20, 10, 140, 30)

    def page(before: str):
        gray = np.full((40, 160), 255, np.uint8)
        for c in centers:
            gray[14:26, int(c) - 5:int(c) + 5:2] = 0
        if before == "strokes":
            gray[14:26, 26:36:2] = 0                       # 咖, read by no character
        elif before == "side":
            gray[:, 27:29] = 0                             # a cell's side down the line
        return gray

    assert ocr_boxes.lost_at_ends(text, centers, page("strokes"), box) == [0]
    assert ocr_boxes.lost_at_ends(text, centers, page("white"), box) == []
    assert ocr_boxes.lost_at_ends(text, centers, page("side"), box) == []
    assert ocr_boxes.lost_at_ends(text, centers, page("strokes"), (34, 10, 140, 30)) == []   # padded as usual


def test_a_glyph_two_boxes_both_read_is_read_once_and_said(monkeypatch):
    # 1479.scan: the box of the result cell began over the target's last character, so the engine read
    # 日 at the end of "2023年10月31日" and again, three-tenths of a character on, at the start of
    # "日2023年10月24日". One glyph read twice stands where it stood: the later reading is dropped, and said.
    # A character written twice (the 日日 of a reading that has both) stands a whole advance on: kept.
    import numpy as np
    cols = (100, 260, 520, 800)
    rows = [("项目名称", "年度目标", "实际完成", "得分"),
            ("基地建设完成时间", "2023年10月31日", "2023年10月24日", "5"),
            ("建成冷库", "≥3座", "3座", "5"),
            ("带动农户", "≥500户", "520户", "10")]
    result = []
    for k, row in enumerate(rows):
        y = 100 + 40 * k
        items = [_item(y, (x, t)) for x, t in zip(cols, row)]
        if k == 1:
            target = items[1]
            last = (min(p[0] for p in target[3][-1]) + max(p[0] for p in target[3][-1])) / 2
            again = _item(y, (last - PITCH / 2 + 6, "日"), (cols[2], row[2]))   # 日 six pixels right of the first
            items[2] = again
        result += items
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(result))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, np.full((400, 1000, 3), 255, np.uint8), [])
    (table,) = doc.tables()
    assert table.grid() == [list(r) for r in rows]
    assert any("读了两次" in w and "“日2023年10月24日”→“2023年10月24日”" in w for w in doc.warnings)
    assert not ocr_boxes.read_twice("日前", [120.0, 140.0], 0, 20, [("日", 100.0, 0, 20, 20.0)])
