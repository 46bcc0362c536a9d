"""Scans: a punctuation mark is set full-width or ASCII by the room it takes on its line
(extract.scan_width), as the engine's character positions show it; the recogniser gives one
form for both (realworld 004's ASCII 指标1:禁毒… came out 指标1：禁毒…)."""
from jixiao.extract import ocr_reader
from jixiao.extract.model import Document
from .ocr_fakes import FakeEngine

PITCH = 20          # a Chinese character's advance in the made-up line, pixels


def _item(y: float, x: float, chars: list[tuple[str, float]]) -> list:
    """An engine result for one line: each character with the advance (in pitches) it takes on
    the page, its centre where the engine's word boxes put it."""
    text, centers = "", []
    for ch, advance in chars:
        centers.append(x + PITCH * advance / 2)
        x += PITCH * advance
        text += ch
    x0, x1 = centers[0] - PITCH / 2, x + 2
    words = [[[c - 5, y - 18], [c + 5, y - 18], [c + 5, y], [c - 5, y]] for c in centers]
    return [[[x0, y - 20], [x1, y - 20], [x1, y + 2], [x0, y + 2]], text, 0.99, words, list(text), [0.99] * len(text)]


def _read(monkeypatch, *lines):
    import numpy as np
    result = [_item(100 + 60 * k, 100, line) for k, line in enumerate(lines)]
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(result))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, np.full((60 * len(lines) + 200, 900, 3), 255, np.uint8), [])
    return doc


def _han(text: str) -> list[tuple[str, float]]:
    return [(ch, 1.0) for ch in text]


def test_a_mark_read_full_width_that_takes_a_third_of_a_character_is_ascii(monkeypatch):
    # 指标1:禁毒舞台 with an ASCII colon (a third of a character wide), read 指标1：禁毒舞台
    line = _han("指标") + [("1", 0.5), ("：", 0.3)] + _han("禁毒舞台剧宣传") + [("，", 0.35)] + _han("场次")
    doc = _read(monkeypatch, line)
    assert [b.text for b in doc.blocks] == ["指标1:禁毒舞台剧宣传,场次"]
    assert any("标点宽度" in w and "“指标1：禁毒舞台剧宣传，场次”→“指标1:禁毒舞台剧宣传,场次”" in w for w in doc.warnings)


def test_a_bracket_pair_read_ascii_that_takes_whole_characters_is_full_width(monkeypatch):
    # 187's （套） read (套): the opening bracket takes a whole character; the closing one ends the
    # line (no measure) and is printed as its partner is
    line = _han("采购教学设备") + [("(", 1.0)] + _han("套") + [(")", 1.0)]
    doc = _read(monkeypatch, line)
    assert [b.text for b in doc.blocks] == ["采购教学设备（套）"]


def test_only_marks_whose_room_is_clear_change(monkeypatch):
    # the colon's room (0.72) is neither clearly ASCII nor clearly full-width: as read; the commas
    # between digits of a list (1，2，3) are no figure's separators and have no Chinese neighbour:
    # as read; the semicolon takes a third
    line = _han("资金来源") + [("：", 0.72)] + _han("市级财政") + [("1", 0.5), ("，", 0.3), ("2", 0.5), ("，", 0.3),
                                                             ("3", 0.5)] + _han("号") + [("；", 0.3)] + _han("区级配套")
    doc = _read(monkeypatch, line)
    assert [b.text for b in doc.blocks] == ["资金来源：市级财政1，2，3号;区级配套"]


def _digits(text: str, comma: float) -> list[tuple[str, float]]:
    return [("，", comma) if ch == "，" else (ch, 0.5) for ch in text]


def test_a_thousands_comma_is_set_by_its_room(monkeypatch):
    # 636 prints 全年实际支出2,481.60万元; the engine read 2，481.60: the comma takes a third of a
    # character, an ASCII separator. One that takes a whole character is printed full-width and stays
    line = _han("全年实际支出") + _digits("2，481.60", 0.3) + _han("万元，项目支出") + _digits("1，860.00", 1.0) + _han("万元")
    doc = _read(monkeypatch, line)
    assert [b.text for b in doc.blocks] == ["全年实际支出2,481.60万元，项目支出1，860.00万元"]
    # a comma between digits that no thousands group shapes (2，4812; 1234，567) is left as read
    line = _han("全年实际支出") + _digits("2，4812", 0.3) + _han("万元和") + _digits("1234，567", 0.3) + _han("万元")
    doc = _read(monkeypatch, line)
    assert [b.text for b in doc.blocks] == ["全年实际支出2，4812万元和1234，567万元"]


def test_a_ranges_wave_between_digits_is_set_by_its_inks_width(monkeypatch):
    """Issue 21 (211's scan): 4～6次 read 4~6次. No Chinese pair gives the line's pitch, but the
    ink does: the full-width wave about as wide as a digit is high, the ASCII one two thirds at most;
    a wave between the two is left as read."""
    import cv2
    import numpy as np

    page = np.full((400, 400, 3), 255, np.uint8)
    lines = []
    for n, (wave, read) in enumerate(((16, "4~6"), (8, "4～6"), (12, "4~6"))):
        top = 100 + 60 * n
        page[top:top + 14, 104:106] = 0                     # the digits, 14 high
        page[top:top + 14, 126 + wave:128 + wave] = 0
        xs = np.arange(114, 114 + wave)
        cv2.polylines(page, [np.stack([xs, top + 7 + np.round(2 * np.sin((xs - 114) / wave * 2 * np.pi))], 1)
                             .astype(np.int32)], False, (0, 0, 0), 1)
        centers = [105, 114 + wave / 2, 127 + wave]
        words = [[[c - 3, top], [c + 3, top], [c + 3, top + 14], [c - 3, top + 14]] for c in centers]
        box = [[96, top - 4], [140 + wave, top - 4], [140 + wave, top + 18], [96, top + 18]]
        lines.append([box, read, 0.99, words, list(read), [0.99] * 3])
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(lines))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, page, [])
    assert "".join(b.text for b in doc.blocks) == "4～6" + "4~6" + "4~6"   # (the lines make one paragraph)
    assert any("标点宽度" in w and "“4~6”→“4～6”" in w for w in doc.warnings)


def test_a_bracket_beside_a_sign_is_set_by_the_white_its_ink_leaves(monkeypatch):
    """Issue 21 (611's scan): ≤2%（含） came out ≤2%(含); between % and 含 the centres give no room,
    the ink does: half a character's white between the % and the （ is full-width, none is ASCII."""
    import numpy as np
    from .ocr_fakes import FakeEngine

    page = np.full((300, 400, 3), 255, np.uint8)
    lines = []
    for y0, gap in ((100, 12), (180, 1)):
        # % (13 px), white of `gap` px, ( (3 px), 含 (14 px square), ) (3 px); 2 before the %
        x = 100
        page[y0 + 6:y0 + 20, x:x + 7] = 0                  # 2
        parts = [("2", x, 7)]
        x += 9
        page[y0 + 6:y0 + 20, x:x + 13:3] = 0               # % (strokes a pixel apart: one mark each)
        page[y0 + 6:y0 + 7, x:x + 13] = 0
        parts.append(("%", x, 13))
        x += 13 + gap
        page[y0 + 5:y0 + 21, x:x + 3] = 0                  # (
        parts.append(("(", x, 3))
        x += 5
        page[y0 + 6:y0 + 20, x:x + 14] = 0                 # 含
        parts.append(("含", x, 14))
        x += 16
        page[y0 + 5:y0 + 21, x:x + 3] = 0                  # )
        parts.append((")", x, 3))
        centers = [a + w / 2 for _, a, w in parts]
        text = "".join(ch for ch, _, _ in parts)
        words = [[[c - 2, y0 + 2], [c + 2, y0 + 2], [c + 2, y0 + 25], [c - 2, y0 + 25]] for c in centers]
        box = [[96, y0], [x + 10, y0], [x + 10, y0 + 27], [96, y0 + 27]]
        lines.append([box, text, 0.97, words, list(text), [0.9] * len(text)])
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(lines))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, page, [])
    assert "".join(b.text for b in doc.blocks) == "2%（含）2%(含)"
    assert any("“2%(含)”→“2%（含）”" in w for w in doc.warnings)


def test_a_bracket_left_open_to_a_cells_end_closes_there():
    """Issue 21 (609's scan): 93.6%（抽样调查，有效样本420份） lost its closing bracket, a small mark
    at its wrapped line's end; a list's number at a cell's start and a closed pair are left."""
    from jixiao.extract import scan_width
    from jixiao.extract.model import Cell, Location, Table
    texts = ["93.6%（抽样调查，有效样本420份", "≤2%(含", "（1）完成", "（1 完成", "≥90%（含）"]
    table = Table(0, 1, len(texts), [Cell(t, 0, c, Location("made-up.pdf")) for c, t in enumerate(texts)],
                  Location("made-up.pdf"))
    assert scan_width.closed([table]) == ["“93.6%（抽样调查，有效样本420份”→“93.6%（抽样调查，有效样本420份）”",
                                          "“≤2%(含”→“≤2%(含)”"]
    assert [c.text for c in table.cells] == ["93.6%（抽样调查，有效样本420份）", "≤2%(含)", "（1）完成", "（1 完成",
                                             "≥90%（含）"]


def test_a_bracket_pair_read_in_two_widths_is_one_width():
    """Issue 21 (662 / 663's scans): 2批（每批≥180吨) and 保持稳定(≥42%）, a pair read in two widths:
    a pair is printed in one width, the full-width one the recogniser did not invent; pairs of one
    width, a bracket without its partner, and a list's number (scan_numbering's) are left."""
    from jixiao.extract import scan_width
    from jixiao.extract.model import Cell, Location, Table
    assert scan_width.one_width("2批（每批≥180吨)") == "2批（每批≥180吨）"
    assert scan_width.one_width("保持稳定(≥42%）") == "保持稳定（≥42%）"
    assert scan_width.one_width("≥90%(含)（抽样（一）)") == "≥90%(含)（抽样（一））"
    texts = ["2批（每批≥180吨)", "≥90%(含)", "（1）完成", "≤2%)含（", "(3）名称"]
    table = Table(0, 1, len(texts), [Cell(t, 0, c, Location("made-up.pdf")) for c, t in enumerate(texts)],
                  Location("made-up.pdf"))
    assert scan_width.paired([table]) == ["“2批（每批≥180吨)”→“2批（每批≥180吨）”"]
    assert [c.text for c in table.cells] == ["2批（每批≥180吨）", "≥90%(含)", "（1）完成", "≤2%)含（", "(3）名称"]


def test_a_bracket_pair_nothing_measures_takes_the_width_the_pages_brackets_show(monkeypatch):
    """Issue 21 (663's scan): 保持稳定（≥42%） wraps, and its second line (≥42%) has its pair at both
    ends beside signs: no room, no neighbour outside, read ASCII. The page's four other brackets
    measure full-width, so these are too; on a page whose brackets measure both widths, or too few
    of them, they stay as read."""
    wrapped = [("(", 1.0), ("≥", 0.5), ("4", 0.5), ("2", 0.5), ("%", 0.8), (")", 1.0)]
    full = _han("采购教学设备") + [("(", 1.0)] + _han("套") + [(")", 1.0)]
    ascii_pair = _han("采购教学设备") + [("（", 0.3)] + _han("套") + [("）", 0.3)]
    doc = _read(monkeypatch, full, full, wrapped)
    assert "".join(b.text for b in doc.blocks) == "采购教学设备（套）采购教学设备（套）（≥42%）"
    assert any("本页量出宽度的 4 个括号均为全角" in w and "“(≥42%)”→“（≥42%）”" in w for w in doc.warnings)
    doc = _read(monkeypatch, full, ascii_pair, wrapped)
    assert "".join(b.text for b in doc.blocks) == "采购教学设备（套）采购教学设备(套)(≥42%)"
    doc = _read(monkeypatch, full, wrapped)
    assert "".join(b.text for b in doc.blocks) == "采购教学设备（套）(≥42%)"


def test_a_bracket_on_a_line_too_short_for_its_pitch_is_set_by_the_white_beside_a_character_outside(monkeypatch):
    """Issue 21 (663's scan): the cell line 4轮（每轮≥40 has one pair of Chinese neighbours, too few to
    give the pitch, so the room of its （ is not measured; the white of its ink beside 轮 (outside)
    is: 16 px beside a 20 px character is full-width, 2 px ASCII."""
    import numpy as np

    page = np.full((300, 400, 3), 255, np.uint8)
    lines = []
    for y0, gap, read in ((100, 16, "轮(每"), (180, 2, "轮（每")):
        x = 100
        page[y0 + 4:y0 + 24, x:x + 20:4] = 0               # 轮: 20 px square of strokes (one mark)
        page[y0 + 4:y0 + 5, x:x + 20] = 0
        parts = [(x, 20)]
        x += 20 + gap
        page[y0 + 4:y0 + 24, x:x + 4] = 0                  # the bracket
        parts.append((x, 4))
        x += 6
        page[y0 + 4:y0 + 24, x:x + 20:4] = 0               # 每
        page[y0 + 4:y0 + 5, x:x + 20] = 0
        parts.append((x, 20))
        centers = [a + w / 2 for a, w in parts]
        words = [[[c - 2, y0 + 2], [c + 2, y0 + 2], [c + 2, y0 + 26], [c - 2, y0 + 26]] for c in centers]
        box = [[96, y0], [x + 26, y0], [x + 26, y0 + 28], [96, y0 + 28]]
        lines.append([box, read, 0.97, words, list(read), [0.9] * 3])
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(lines))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, page, [])
    assert "".join(b.text for b in doc.blocks) == "轮（每" + "轮(每"
    assert any("“轮(每”→“轮（每”" in w and "“轮（每”→“轮(每”" in w for w in doc.warnings)
