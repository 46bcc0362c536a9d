"""A Word cell holding a column of a table a line per indicator (749): the level words on the first
line of their run, empty lines below them. The page shows an empty line as space only, of a height of
its own; the cell's lines keep their places where they stand whole empty lines apart in the row whose
name cell writes an item a line (the level cell then reads as the .docx's: a word, empty lines)."""
from jixiao.extract.pdf_reader import _cell_text, _placed_lines, _rulers

PITCH, EMPTY, SIZE = 13.75, 11.05, 10.5


def _chars(words_at: list[tuple[str, float]], x0: float) -> list[dict]:
    out = []
    for word, top in words_at:
        for k, ch in enumerate(word):
            out.append({"text": ch, "x0": x0 + k * SIZE, "x1": x0 + (k + 1) * SIZE, "top": top,
                        "bottom": top + SIZE, "size": SIZE})
    return out


class _Part:     # the part of a page table _rulers reads: its cells and their characters
    def __init__(self, cells):
        self.cells = [(0, c, 1, 1, (x, 100.0, x + 100, 300.0)) for c, (x, _) in enumerate(cells)]
        self.chars = {(0, c): chars for c, (_, chars) in enumerate(cells)}


def test_level_words_apart_by_empty_lines_keep_their_places_in_the_row():
    names = _chars([(f"指标{k}", 100 + k * PITCH) for k in range(10)], 110)
    # 产出 on line 0, 效益 on line 6 (five empty lines), 满意度 on line 8 (one empty line)
    levels = _chars([("产出", 100), ("效益", 100 + PITCH + 5 * EMPTY), ("满意度", 100 + 2 * PITCH + 6 * EMPTY)], 10)
    ruler = _rulers(_Part([(110, names), (10, levels)]))[(0, 1)]
    assert ruler[2] == 10 and abs(ruler[1] - PITCH) < 0.01
    assert _placed_lines(levels, (10, 100, 110, 300), ruler) == "产出\n\n\n\n\n\n效益\n\n满意度"


def test_lines_a_pitch_apart_or_beyond_the_ruler_are_left_as_they_are():
    names = _chars([(f"指标{k}", 100 + k * PITCH) for k in range(4)], 110)
    ruler = _rulers(_Part([(110, names)]))[(0, 1)]
    plain = _chars([("产出", 100), ("效益", 100 + PITCH)], 10)
    assert _placed_lines(plain, (10, 100, 110, 300), ruler) is None
    # more places than the ruler's lines: not a column of its items
    far = _chars([("产出", 100), ("效益", 100 + PITCH + 5 * EMPTY)], 10)
    assert _placed_lines(far, (10, 100, 110, 300), ruler) is None


def test_lines_in_two_column_bands_read_down_the_first_band_then_the_second():
    # 898.pdf: a Word section of two columns; by height the lines interleave, and each row of the first
    # column took its levels from the heading lines of the second beside it
    from jixiao.extract.pdf_reader import _flow_order, _Line

    def line(text, x0, top):
        return _Line([], top, top + 9.0, x0, x0 + 12.0 * len(text), 9.0)
    left = [line(t, 50.0, 100.0 + 16 * k) for k, t in enumerate(["产出指标", "数量指标", "新造林 ≥5000亩 8 8", "质量指标"])]
    right = [line(t, 400.0, 108.0 + 16 * k) for k, t in enumerate(["效益指标", "经济效益指标", "油茶籽产量 ≥1.5万吨 10 9"])]
    below = line("总分：100 得分：98.70", 50.0, 200.0)
    lines = sorted(left + right, key=lambda ln: ln.top) + [below]
    order = _flow_order(lines)
    assert [ln for _, ln in sorted(zip(order, lines), key=lambda p: p[0])] == left + right + [below]


def test_lines_each_on_a_line_of_the_ruler_are_the_rows_items_however_full():
    # 1030.pdf: one body row, each cell a column written a line per indicator at an exact line height.
    # A target filling its narrow cell (2023年11月30日前) was read with the next line as its wrapped rest,
    # twelve lines for thirteen names; the level cell's words, its empty lines the page does not print,
    # were read run together. On the ruler's lines, each line is the row's item of that place.
    names = _chars([(f"指标{k}", 100 + k * PITCH) for k in range(6)], 210)
    targets = _chars([("≥18处", 100), ("2023年11月30日前", 100 + PITCH), ("≤45万元", 100 + 2 * PITCH),
                      ("≥90%", 100 + 3 * PITCH), ("≥85%", 100 + 4 * PITCH), ("≥5", 100 + 5 * PITCH)], 10)
    ruler = _rulers(_Part([(210, names)]))[(0, 1)]
    cell = (10, 100, 10 + 12 * SIZE, 300)    # 2023年11月30日前 fills it
    # the cell reads its six lines: by the ruler's places, or (since s260's line_breaks.two_figures: a whole date
    # alone on its line ends there before a figure) by the wrap reader itself, the places then changing nothing
    want = "≥18处\n2023年11月30日前\n≤45万元\n≥90%\n≥85%\n≥5"
    assert _placed_lines(targets, cell, ruler) in (want, None)
    assert _cell_text(targets, cell)[0] == want
    # level words on lines 0, 3 and 5 of a narrow cell, the empty lines between them the ruler's places
    levels = _chars([("产出", 100), ("效益", 100 + 3 * PITCH), ("满意度", 100 + 5 * PITCH)], 10)
    assert _placed_lines(levels, (10, 100, 10 + 3 * SIZE, 300), ruler) == "产出\n\n\n效益\n\n满意度"
    # a word filling its line and the next level's word on the line below (可持续影响 / 服务对象满意)
    second = _chars([("数量", 100), ("质量", 100 + 2 * PITCH), ("时效", 100 + 3 * PITCH),
                     ("可持续影响", 100 + 4 * PITCH), ("服务对象满意", 100 + 5 * PITCH)], 10)
    assert _placed_lines(second, (10, 100, 10 + 6 * SIZE, 300), ruler) == "数量\n\n质量\n时效\n可持续影响\n服务对象满意"


def test_a_paragraph_wrapped_on_the_rulers_lines_stays_one_paragraph():
    # a reason written over four full lines beside the names: a wrapped paragraph, not four items
    names = _chars([(f"指标{k}", 100 + k * PITCH) for k in range(4)], 210)
    ruler = _rulers(_Part([(210, names)]))[(0, 1)]
    reason = _chars([("未完成原因是工程", 100 + k * PITCH) for k in range(4)], 10)
    assert _placed_lines(reason, (10, 100, 10 + 8 * SIZE, 300), ruler) is None


def _flow_chars(text, x0, top, size=10.0):
    return [{"text": ch, "x0": x0 + size * k, "x1": x0 + size * (k + 1), "top": top, "bottom": top + size,
             "size": size} for k, ch in enumerate(text)]


def test_two_css_columns_joined_into_one_line_by_height_are_cut_at_their_gutter():
    # 1081.pdf: paragraphs flowed into two CSS columns; each left line and the right one beside it, a few
    # points higher or lower, were one line: no row, nothing said. Cut at the gutter, the right column
    # reads after the left (and its last line below both after them); a table's row on one height is kept.
    from jixiao.extract.pdf_reader import _column_lines, _flow_order

    left = ["产出指标", "数量指标", "新建村道 年度指标值：≥12公里", "实际完成值：12.5公里 分值：8"]
    right = ["成本指标", "每公里补助 年度指标值：≤30万元", "实际完成值：29万元 分值：6", "效益指标"]
    chars = [c for k, t in enumerate(left) for c in _flow_chars(t, 50.0, 100.0 + 16 * k)]
    chars += [c for k, t in enumerate(right) for c in _flow_chars(t, 400.0, 103.0 + 16 * k)]
    chars += _flow_chars("总分：100", 50.0, 200.0)
    lines = _column_lines(chars)
    order = _flow_order(lines)
    texts = [ln.text for _, ln in sorted(zip(order, lines), key=lambda p: p[0])]
    assert texts == left + right + ["总分：100"]
    row = [c for k in range(4) for c in _flow_chars("新建村道 8 8", 50.0, 100.0 + 16 * k) + _flow_chars("12.5公里", 400.0, 100.0 + 16 * k)]
    assert len(_column_lines(row)) == 4
    # a borderless table's rows whose right cells stand a little lower (centred on a wrapped name): its
    # fields apart by wide gaps, no running text: kept one line a row (130.pdf, 532.pdf)
    skewed = [c for k in range(4) for c in _flow_chars("数量指标 新建村道", 50.0, 100.0 + 16 * k)
              + _flow_chars("≥12", 400.0, 104.0 + 16 * k) + _flow_chars("8", 460.0, 104.0 + 16 * k)]
    assert len(_column_lines(skewed)) == 4


def test_lines_of_characters_of_no_size_at_one_height_are_no_ruler():
    # a damaged or hostile page: characters of size 0 each make a line of their own at the same top; a
    # ruler of pitch 0 divided by zero when a cell beside it was placed (a traceback, not a reading)
    flat = [{"text": ch, "x0": 110.0, "x1": 115.0, "top": 100.0, "bottom": 100.0, "size": 0.0} for ch in "甲乙丙"]
    beside = _chars([("产出", 100), ("效益", 100 + 2 * PITCH)], 10)
    rulers = _rulers(_Part([(110, flat), (10, beside)]))
    assert (0, 1) not in rulers
    assert _placed_lines(beside, (10, 100, 110, 300), rulers.get((0, 1))) is None


def test_letter_spaced_lines_try_a_bounded_number_of_gutters(monkeypatch):
    # every gap as wide as a character was a place a gutter might stand, each tried against every line: a
    # page of letter-spaced text (分散对齐) took seconds a page, quadratic in its characters
    import random

    from jixiao.extract import pdf_reader
    rng = random.Random(7)
    chars = []
    for k in range(40):
        x = 50.0 + rng.random() * 5
        for _ in range(30):
            chars.append({"text": "字", "x0": x, "x1": x + 5, "top": 100.0 + 12 * k, "bottom": 110.0 + 12 * k,
                          "size": 5.0})
            x += 11 + rng.random() * 3
    calls = []
    sides = pdf_reader._sides
    monkeypatch.setattr(pdf_reader, "_sides", lambda ln, gutter: calls.append(gutter) or sides(ln, gutter))
    assert len(pdf_reader._column_lines(chars)) == 40
    assert len(calls) <= 40 * 64     # each line against MAX_GUTTERS places at most


def _read_order(chars: list[dict]) -> list[str]:
    from jixiao.extract.pdf_reader import _column_lines, _flow_order
    lines = _column_lines(chars)
    order = _flow_order(lines)
    return [ln.text for _, ln in sorted(zip(order, lines), key=lambda p: p[0])]


def _drawn(blocks: list[tuple[list[str], float, float, float]]) -> list[dict]:
    """Characters of blocks of lines (lines, x0, top, pitch), numbered in the order drawn: block by block."""
    out = []
    for lines, x0, top, pitch in blocks:
        for k, t in enumerate(lines):
            out += _flow_chars(t, x0, top + pitch * k)
    for n, c in enumerate(out):
        c["drawn"] = n
    return out


def test_two_word_columns_drawn_one_after_the_other_read_column_by_column_where_their_lines_fall_out_of_step():
    # 1598.pdf page 2: a Word section of two columns of label：value lines; on one height a left line and
    # a right one joined into one line, read across (一级指标：效益指标 beside 实际完成值：持续提升), and where
    # the right column's blocks fall out of step the lines mixed. The text layer draws the left column
    # whole, then the right: the gutter parts them, the left read first, then the right, then the line under both.
    left = ["一级指标：效益指标", "二级指标：社会效益指标", "三级指标：达标率", "年度指标值：≥95%",
            "实际完成值：97%", "分值：6", "得分：6", "一级指标：效益指标", "二级指标：可持续影响指标",
            "三级指标：均衡发展水平", "年度指标值：持续提升"]
    right = ["实际完成值：持续提升", "分值：10", "得分：10", "一级指标：满意度指标", "二级指标：满意度指标",
             "三级指标：家长满意度", "年度指标值：≥90%", "实际完成值：94%", "分值：5", "得分：5"]
    chars = _drawn([(left[:7], 50.0, 100.0, 17.5), (left[7:], 50.0, 230.0, 17.5),
                    (right[:3], 320.0, 100.0, 17.5), (right[3:], 320.0, 158.0, 17.5), (["总分：100"], 50.0, 420.0, 0)])
    assert _read_order(chars) == left + right + ["总分：100"]
    # the same places drawn row by row (a borderless table): no columns, each height one line
    rowwise = sorted(chars, key=lambda c: (round(c["top"]), c["x0"]))
    for n, c in enumerate(rowwise):
        c["drawn"] = n
    assert len(_read_order(rowwise)) < len(left) + len(right) + 1
    # labels drawn first, then their values, each value on its label's height (a key-value list whose
    # labels float): the lines face each other, nothing out of step: one line a pair
    pairs = _drawn([(["年初预算数", "全年预算数", "全年执行数", "执行率"], 50.0, 100.0, 14.0),
                    (["680.00", "720.00", "698.40", "97.00%"], 130.0, 100.0, 14.0)])
    assert _read_order(pairs) == ["年初预算数 680.00", "全年预算数 720.00", "全年执行数 698.40", "执行率 97.00%"]


def test_a_dashboards_tiles_drawn_one_by_one_read_tile_by_tile():
    # 1599.pdf: tiles three to a row, each a level line, the name, 完成 … ／ 目标 …, and 得分 … set a little
    # lower; read across the page, a row of tiles was three tiles' lines run together (产出指标 数量指标
    # 产出指标 数量指标 …). A tile whose 完成 line wrapped stands out of step with its neighbours: read tile by
    # tile, in the order drawn; a row whose tiles all face each other is parted at the same gutters.
    def tile(k, x0, top, wrapped=False):
        lines = [(f"产出指标 {k}", 0), (f"名称{k}", 14), (f"完成{k} ／ 目标{k}", 28)]
        lines += [("续行", 40), (f"得分{k}", 60)] if wrapped else [(f"得分{k}", 48)]
        return [c for t, dy in lines for c in _flow_chars(t, x0, top + dy)], [t for t, _ in lines]
    tiles = [tile(k + 1, 50.0 + 170 * (k % 3), 100.0 + 90 * (k // 3), wrapped=k == 4) for k in range(6)]
    chars = [c for cs, _ in tiles for c in cs]
    for n, c in enumerate(chars):
        c["drawn"] = n
    assert _read_order(chars) == [t for _, texts in tiles for t in texts]
    # the wrapped line (2023年⏎12月31日前) ends where the tile's score, set flush right, ends: that is the
    # tile's edge its lines wrap at (two lines end there); a tile whose widest line ends alone wraps at the gutter
    from jixiao.extract.pdf_reader import _column_lines
    score = [c for c in chars if c["top"] == 250.0]
    for c in score:
        c["x0"], c["x1"] = c["x0"] + 60.0, c["x1"] + 60.0     # 得分5 set flush right, where 完成5 ／ 目标5 ends
    edges = {ln.text: ln.flow[2] for ln in _column_lines(chars)}
    assert edges["续行"] == max(c["x1"] for c in score) and edges["名称4"] == 219.5


def test_boxes_of_lines_pushed_to_their_edges_are_the_pages_lines_not_one_column_cells():
    # 1595.pdf: a group's box (a ruled grid of one column) holding its cards' lines, each a label at the left and
    # its value pushed to the right edge (年度指标值 … ≥42000人): each line reached the cell's edge and was
    # taken for a wrapped one, the cell's lines run together (…≥42000人实际完成值 43150人分值 10…). A line whose
    # parts stand far apart ends where its alignment puts it, no full line; a one-column grid whose boxes hold
    # such lines frames lines, read as the page's.
    from jixiao.extract.pdf_reader import _PageTable, _cells_apart, _frame_of_lines, _lines

    def pushed(label, value, top):
        return _flow_chars(label, 50.0, top) + _flow_chars(value, 390.0 - 10.0 * len(value), top)
    assert _cells_apart(_lines(pushed("年度指标值", "≥42000人", 100.0))[0])
    assert not _cells_apart(_lines(_flow_chars("为经济困难公民提供法律援助", 50.0, 100.0))[0])
    card = _flow_chars("健康体检人数", 50.0, 140.0) + pushed("年度指标值", "≥42000人", 156.0) + \
        pushed("实际完成值", "43150人", 172.0) + pushed("分值", "10", 188.0) + pushed("得分", "10", 204.0)
    t = _PageTable(page=1, bbox=(40.0, 100.0, 400.0, 300.0), xs=[40.0, 400.0], ys=[100.0, 120.0, 130.0, 220.0, 300.0],
                   cells=[], chars={(0, 0): _flow_chars("产出指标·数量指标", 50.0, 104.0), (2, 0): card,
                                    (3, 0): _flow_chars("产出指标·质量指标", 50.0, 230.0)})
    assert _frame_of_lines(t)
    t.chars[(2, 0)] = _flow_chars("一段文字", 50.0, 140.0) + _flow_chars("第二行文字", 50.0, 156.0)
    assert not _frame_of_lines(t)
