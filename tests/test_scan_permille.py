"""Scans: ‰ read as a percent sign and a zero or an o (187's ≤0.9‰ came out ≤0.9%o) is read back
where no figure reads on after the %, and the zero stands against it (extract.scan_permille)."""
from .test_scan_width import _read


def test_a_per_mille_read_as_percent_and_o_or_zero_is_read_back(monkeypatch):
    doc = _read(monkeypatch, [("≤", 0.5), ("0", 0.5), (".", 0.3), ("9", 0.5), ("%", 0.6), ("o", 0.4)],
                [("0", 0.5), (".", 0.3), ("2", 0.5), ("%", 0.6), ("0", 0.4)] + [(ch, 1.0) for ch in "以下"])
    assert [b.text for b in doc.blocks] == ["≤0.9‰", "0.2‰以下"]
    assert any("千分号" in w and "“≤0.9%o”→“≤0.9‰”" in w for w in doc.warnings)


def test_a_per_ten_thousand_read_as_percent_and_two_zeros_is_read_back(monkeypatch):
    # 884.scan: ≤1‱ and 0.4‱ came out ≤1%00 and 0.4%00; a second zero apart is a figure of its own
    doc = _read(monkeypatch, [("≤", 0.5), ("1", 0.5), ("%", 0.6), ("0", 0.4), ("0", 0.4)],
                [("0", 0.5), (".", 0.3), ("4", 0.5), ("%", 0.6), ("0", 0.4), ("0", 0.4)],
                [("9", 0.5), ("%", 0.6), ("0", 0.4), ("0", 3.0)])
    assert [b.text for b in doc.blocks][:2] == ["≤1‱", "0.4‱"]
    assert "‱" not in doc.blocks[2].text
    assert any("万分号" in w and "“0.4%00”→“0.4‱”" in w for w in doc.warnings)


def test_a_zero_that_a_figure_reads_on_from_or_that_stands_apart_stays(monkeypatch):
    # 5%0.5 reads on into a figure; in 90%   0 the zero stands a cell's white away from the %;
    # 3%o3 (a raw text's 70%o3:加强…) has a figure after it: none is a per mille
    doc = _read(monkeypatch, [("9", 0.5), ("5", 0.5), ("%", 0.6), ("0", 0.4)],
                [("5", 0.5), ("%", 0.6), ("0", 0.5), (".", 0.3), ("5", 0.5)],
                [("9", 0.5), ("0", 0.5), ("%", 0.6), ("0", 3.0)],
                [("3", 0.5), ("%", 0.6), ("o", 0.5), ("3", 0.5)])
    assert [b.text for b in doc.blocks][0] == "95‰"
    assert "5%0.5" in [b.text for b in doc.blocks]
    assert not any("‰" in b.text for b in doc.blocks[1:])


def _percent(page, x: int, y: int, extra: bool) -> None:
    """A % drawn at x, y (top left), 15 px wide and 13 high: two rings and a slash; with `extra`,
    ‰'s third ring on the baseline after it, a pixel of white away (199's scan)."""
    import cv2
    cv2.circle(page, (x + 3, y + 3), 3, (0, 0, 0), 1)
    cv2.line(page, (x + 12, y), (x + 2, y + 12), (0, 0, 0), 1)
    cv2.circle(page, (x + 11, y + 9), 3, (0, 0, 0), 1)
    if extra:
        cv2.circle(page, (x + 19, y + 9), 3, (0, 0, 0), 1)


def _line(y0: int, text: str) -> list:
    """An engine result for a line 1%… read from x 96: the digit's centre at 103, the sign's at 118,
    each character after it 16 px on; the box 24 px past the last centre."""
    centers = [103, 118] + [140 + 16 * k for k in range(len(text) - 2)]
    words = [[[c - 5, y0 + 2], [c + 5, y0 + 2], [c + 5, y0 + 25], [c - 5, y0 + 25]] for c in centers]
    box = [[96, y0], [centers[-1] + 24, y0], [centers[-1] + 24, y0 + 27], [96, y0 + 27]]
    return [box, text, 0.97, words, list(text), [0.9] * len(text)]


def test_a_per_mille_read_as_percent_is_read_by_its_inks_width(monkeypatch):
    """Issue 21 (140's and 199's scans): the engine reads ‰ as % with no trace of the third ring in
    its text; the ink shows it, the glyph half as wide again for its height (a % about as wide)."""
    import numpy as np
    from .ocr_fakes import read_drawn

    import cv2
    page = np.full((440, 400, 3), 255, np.uint8)
    for y, extra in ((106, True), (186, False), (246, False), (306, False), (366, False)):
        page[y:y + 13, 102:104] = 0          # the digit 1 before it
        _percent(page, 111, y, extra)
    page[246:259, 134:146] = 0               # 以's ink, where the engine read a character of its own
    page[316:318, 129:132] = 0               # a faint full stop the engine dropped (121's 98%。): no ring
    cv2.circle(page, (131, 377), 2, (0, 0, 0), -1)  # a darker one, smaller and lower than a ring (217's)
    result = [_line(100, "1%"), _line(180, "1%"), _line(240, "1%以"), _line(300, "1%"), _line(360, "1%")]
    doc = read_drawn(monkeypatch, page, result)
    assert [b.text for b in doc.blocks] == ["1‰", "1%", "1%以", "1%", "1%"]
    assert any("“1%”→“1‰”" in w for w in doc.warnings)


def test_a_narrow_per_mille_is_read_by_its_rings(monkeypatch):
    """Issue 21 (266's scan): ≤2‰ and 0.6‰ drawn with small rings close together, only 1.3-1.4 of
    their height wide, came out %; the glyph is as wide as its three rings side by side. A % of the
    same font (two rings and a slash, 1.1 of its height wide) stays."""
    import cv2
    import numpy as np
    from .ocr_fakes import read_drawn

    page = np.full((300, 400, 3), 255, np.uint8)
    for y in (106, 186):
        page[y:y + 13, 102:104] = 0                      # the digit 1 before it
    x, y = 112, 106                                      # ‰ as 266 prints it: 18 px wide, 13 high
    cv2.ellipse(page, (x + 2, y + 3), (2, 3), 0, 0, 360, (0, 0, 0), 1)
    cv2.ellipse(page, (x + 9, y + 9), (2, 3), 0, 0, 360, (0, 0, 0), 1)
    cv2.ellipse(page, (x + 15, y + 9), (2, 3), 0, 0, 360, (0, 0, 0), 1)
    x, y = 112, 186                                      # % as 266 prints it: 15 px wide, 14 high
    cv2.ellipse(page, (x + 3, y + 4), (3, 4), 0, 0, 360, (0, 0, 0), 1)
    cv2.line(page, (x + 11, y), (x + 4, y + 13), (0, 0, 0), 1)
    cv2.ellipse(page, (x + 12, y + 10), (3, 3), 0, 0, 360, (0, 0, 0), 1)
    result = [_line(100, "1%"), _line(180, "1%")]
    doc = read_drawn(monkeypatch, page, result)
    assert [b.text for b in doc.blocks] == ["1‰", "1%"]


def test_a_faint_percent_whose_rings_break_into_their_sides_stays(monkeypatch):
    """Issue 21 (378's scan): a serif % printed faint, its slash too light to be ink and each ring
    broken into its two upright sides, came out ‰ (the last side beside another like it, the whole
    wider than three of those thin sides). A side is no ring: the % stays. A real ‰ beside it stays ‰."""
    import numpy as np
    from .ocr_fakes import read_drawn

    page = np.full((300, 400, 3), 255, np.uint8)
    for y in (106, 186):
        page[y:y + 13, 102:104] = 0                      # the digit 1 before it
    x, y = 112, 106                                      # 378's 100%: four upright arcs, 17 px by 14
    for dx, dy in ((0, 0), (4, 0), (11, 6), (15, 6)):
        page[y + dy:y + dy + 8, x + dx:x + dx + 2] = 0
    page[y:y + 14, x + 8:x + 9] = 170                    # the slash, lighter than ink
    _percent(page, 111, 186, True)
    result = [_line(100, "1%"), _line(180, "1%")]
    doc = read_drawn(monkeypatch, page, result)
    assert [b.text for b in doc.blocks] == ["1%", "1‰"]


def test_a_per_mille_whose_lower_rings_touch_is_read_by_its_rings(monkeypatch):
    """Issue 21 (413's scan): ≤0.9‰ came out ≤0.9%, its two lower rings touching, so one mark twice
    as wide as the upper ring (no second ring alike beside it). A % of the same font, its lower ring
    as wide as the upper one, stays."""
    import cv2
    import numpy as np
    from .ocr_fakes import read_drawn

    page = np.full((300, 400, 3), 255, np.uint8)
    for y in (106, 186):
        page[y:y + 13, 102:104] = 0          # the digit 1 before it
        _percent(page, 111, y, False)
    cv2.circle(page, (111 + 17, 106 + 9), 3, (0, 0, 0), 1)   # the third ring against the second
    result = [_line(100, "1%"), _line(180, "1%")]
    doc = read_drawn(monkeypatch, page, result)
    assert [b.text for b in doc.blocks] == ["1‰", "1%"]


def _table(rows: list[list[str]], pages: list[int] | None = None):
    """A table of rows 30 high, columns 100 wide; pages: each row's page (1 for all where not
    given), its boxes in that page's coordinates (a table stitched over pages goes on at the top)."""
    from jixiao.extract.model import Cell, Location, Table
    pages = pages or [1] * len(rows)
    tops = [30 * (r - pages.index(pages[r])) for r in range(len(rows))]
    cells = [Cell(text, r, c, Location("made-up.pdf", page=pages[r],
                                       bbox=(100 * c, tops[r], 100 * c + 90, tops[r] + 25)))
             for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(0, len(rows), len(rows[0]), cells, Location("made-up.pdf", page=pages[0]))


def test_a_per_mille_read_by_ink_in_a_row_and_column_of_percents_is_a_percent():
    """Issue 21 (608's scan): 10.6% read 10.6‰ by its ink, its target ≤12%, its column's other
    results %; a ‰ whose row or column holds another ‰ stays, and so does one read from its text."""
    from jixiao.extract import scan_permille
    table = _table([["管网试压合格率", "100%", "100%"], ["管网热损失率", "≤12%", "10.6‰"],
                    ["供热用户满意度", "≥90%", "93.4%"], ["社区满意度", "≥90%", "95%"]])
    assert scan_permille.by_table([table], [(1, 245, 42)]) == ["第1页“10.6‰”→“10.6%”"]
    assert table.cells[5].text == "10.6%"
    kept = _table([["发病率", "≤1‰", "0.8‰"], ["合格率", "≥90%", "95%"], ["满意度", "≥90%", "93%"]])
    assert scan_permille.by_table([kept], [(1, 145, 12), (1, 245, 12)]) == []
    text_read = _table([["管网试压合格率", "100%", "100%"], ["管网热损失率", "≤12%", "10.6‰"],
                        ["供热用户满意度", "≥90%", "93.4%"], ["社区满意度", "≥90%", "95%"]])
    assert scan_permille.by_table([text_read], []) == []


def test_per_milles_read_by_ink_in_a_column_of_percents_on_the_next_page_are_percents():
    """Issue 21 (651's scan): 97.2% and 92.5%, one above the other in the results column, each read
    ‰ by its ink; the column's % are on the next page, where the table goes on (stitched: one table).
    A ‰ read by ink is no evidence of ‰ for another; one the text gave is, and so is one in the row."""
    from jixiao.extract import scan_permille
    rows = [["户厕改造数", "≥420座", "399座"], ["户厕改造验收合格率", "≥95%", "97.2‰"], ["垃圾收运处置率", "≥90%", "92.5‰"],
            ["卫生厕所普及率", "≥75%", "72%"], ["村民满意度", "≥90%", "94.6%"]]
    table = _table(rows, [1, 1, 1, 2, 2])
    inked = [(1, 245, 42), (1, 245, 72)]
    assert scan_permille.by_table([table], inked) == ["第1页“97.2‰”→“97.2%”", "第1页“92.5‰”→“92.5%”"]
    # the same points on page 2 are other cells' (no ‰ there): nothing read by ink on page 1
    assert scan_permille.by_table([_table(rows, [1, 1, 1, 2, 2])], [(2, 245, 42), (2, 245, 72)]) == []
    assert scan_permille.by_table([_table(rows, [1, 1, 1, 2, 2])], inked[:1]) == []    # 92.5‰ from its text
    rows[2][1] = "≤1‰"
    assert scan_permille.by_table([_table(rows, [1, 1, 1, 2, 2])], inked) == ["第1页“97.2‰”→“97.2%”"]


def test_a_percent_as_wide_as_a_per_mille_is_one_where_its_row_holds_a_per_mille_read_by_ink(monkeypatch):
    """Issue 21 (696's scan): 6.2‰ came out 6.2%, its second lower ring joined to the slash, so no
    third ring stands apart; its ink is as wide as ‰'s. Its row's target 降至8‰以下 was read ‰ by
    its ink: the row prints ‰, and the wide % is ‰ too (by_table then keeps both). A wide % whose
    row holds no ‰ read by ink stays %, and so does a narrow % beside a ‰."""
    import cv2
    import numpy as np
    from jixiao.extract import ocr_reader, scan_permille
    from jixiao.extract.model import Document
    from .ocr_fakes import FakeEngine

    page = np.full((300, 400, 3), 255, np.uint8)
    for y in (106, 186):
        page[y:y + 13, 102:104] = 0                      # the digit 1 before it
        _percent(page, 111, y, y == 106)                 # ‰, its third ring at the baseline
    cv2.line(page, (111 + 6, 106 + 8), (111 + 9, 106 + 9), (0, 0, 0), 1)   # the lower ring touching the slash
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine([_line(100, "1%"), _line(180, "1%")]))
    inked, broad = [], []
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, page, [], inked, broad)
    assert [b.text for b in doc.blocks] == ["1%", "1%"] and inked == []   # no third ring apart: not ‰ alone
    assert [(p, round(y)) for p, _, y in broad] == [(1, 114)]             # as wide as ‰: the first only

    rows = [["婴儿死亡率", "降至8‰以下", "6.2%", "10"], ["合格率", "≥90%", "93.5%", "10"], ["满意度", "≥90%", "95%", "10"]]
    table = _table(rows)
    inked, broad = [(1, 145, 12)], [(1, 245, 12)]
    assert scan_permille.by_row([table], inked, broad) == ["第1页“6.2%”→“6.2‰”"]
    assert scan_permille.by_table([table], inked) == []                  # each keeps the other
    assert [c.text for c in table.cells[:3]] == ["婴儿死亡率", "降至8‰以下", "6.2‰"]
    alone = _table(rows)
    assert scan_permille.by_row([alone], [], broad) == []                # no ‰ in the row: the % stays
    narrow = _table(rows)
    assert scan_permille.by_row([narrow], [(1, 145, 12)], []) == []      # a % of the usual width stays


def test_a_percent_with_a_reference_mark_after_it_stays(monkeypatch):
    """780's scan: ≥96%※ (the ※ of a note below the table) came out ≥96‰: the ※'s dots, alike each
    other and round, passed for the third ring beside its like. A ring of ‰ stands a third of the
    glyph high or more; a dot is none. A real ‰ beside it stays ‰."""
    import numpy as np
    from .ocr_fakes import read_drawn

    page = np.full((300, 400, 3), 255, np.uint8)
    for y, extra in ((106, False), (186, True)):
        page[y:y + 13, 102:104] = 0                      # the digit 1 before it
        _percent(page, 111, y, extra)
    x, y = 130, 106                                      # ※ as 780's scan left it: five dots, 2 px each
    for dx, dy in ((5, 0), (0, 6), (5, 6), (10, 6), (5, 11)):
        page[y + dy:y + dy + 2, x + dx:x + dx + 2] = 0
    result = [_line(100, "1%"), _line(180, "1%")]
    for corner in (1, 2):
        result[0][0][corner][0] += 20                    # the line's box reaches past the ※
    doc = read_drawn(monkeypatch, page, result)
    assert [b.text for b in doc.blocks] == ["1%", "1‰"]


def test_a_per_mille_of_ten_or_more_read_by_ink_in_a_column_of_percents_is_a_percent_with_its_rows():
    """Issue 21 (1332's and 1368's scans): 覆盖率 ≥85% / 80%, the target's % read ‰ by its ink, the
    result's % as wide as ‰ read ‰ beside it (by_row): the two kept each other in by_table. A table
    of % writes ‰ only for a rate under one per cent: 85‰ and 80‰, in columns of %, are %. Under 10‰
    (≤1‰ / 0.8‰, both read by ink) the figures stay, and so does one whose row has a ‰ from its text."""
    from jixiao.extract import scan_permille
    rows = [["康复服务人数", "≥500人", "526人"], ["辅具适配率", "≥95%", "98%"], ["康复服务覆盖率", "≥85‰", "80‰"],
            ["康复对象满意度", "≥90%", "95%"], ["救助完成率", "100%", "100%"]]
    table = _table(rows)
    inked = [(1, 145, 72), (1, 245, 72)]
    assert scan_permille.by_table([table], inked) == []        # each ‰ has the other beside it
    assert scan_permille.by_size([table], inked) == ["第1页“≥85‰”→“≥85%”", "第1页“80‰”→“80%”"]
    assert [c.text for c in table.cells if c.row == 2] == ["康复服务覆盖率", "≥85%", "80%"]
    rows[2][1:] = ["≤1‰", "0.8‰"]
    assert scan_permille.by_size([_table(rows)], inked) == []
    rows[2][1:] = ["≥85‰", "80‰"]
    assert scan_permille.by_size([_table(rows)], inked[1:]) == []      # ≥85‰ from its text: the row's own
    rows[1][1] = "≥95‰"                                              # a ‰ from its text in the targets' column
    assert scan_permille.by_size([_table(rows)], inked) == ["第1页“80‰”→“80%”"]
