"""Scans as they come, second round (issue 21): a page fed upside down, a phone's photo of a sheet
turned a quarter and seen askew on a desk, a copy whose sheet lies askew on the copier's dark lid.
Each read as no row and said nothing before extract/scan_orient.py and scan_cleanup's
flattened / without_ground; a straight scan must be left as it comes. Pages are drawn from a corpus
PDF and turned, warped or framed here (the corpus scans are not the only evidence)."""
import io

import numpy as np
import pytest
from PIL import Image

from jixiao.extract import ocr_reader, read_bytes, scan_cleanup
from jixiao.normalize import normalize_document

from .test_scan_degraded import expected_rows, printed_page


def _rows(img):
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG")
    doc = read_bytes(buf.getvalue(), "page.png")
    recs = normalize_document(doc)
    rows = [(i.level3, "".join(i.target.raw.split()), "".join(i.actual.raw.split()),
             i.score and int(i.score.value)) for i in recs.indicators]
    return doc, rows


def _page(stem="000", index=1):
    return np.asarray(printed_page(stem, index).convert("RGB"))


def _photo(page: np.ndarray) -> np.ndarray:
    """The sheet on a dark desk, seen from a little off square (its corners moved unequally)."""
    import cv2
    h, w = page.shape[:2]
    big = (int(h * 1.3), int(w * 1.3))
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[0.12 * w, 0.10 * h], [1.19 * w, 0.14 * h], [1.16 * w, 1.22 * h], [0.16 * w, 1.17 * h]])
    m = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(page, m, (big[1], big[0]), borderMode=cv2.BORDER_CONSTANT, borderValue=(70, 70, 70))


def _on_the_lid(page: np.ndarray, angle: float) -> np.ndarray:
    """The sheet askew on a copier's dark lid, shifted so the lid shows along the top and left."""
    import cv2
    h, w = page.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    m[:, 2] += (12, 14)
    return cv2.warpAffine(page, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(110, 110, 110))


def _near_edge(rules_, h, w, reach):
    hs, vs = rules_
    return [r for r in hs if r[0] < reach or r[0] > h - reach] + [r for r in vs if r[0] < reach or r[0] > w - reach]


# With OCR: one page each

def test_a_page_fed_upside_down_is_turned_and_gives_its_rows():
    # before: no row, no word of why (the lines read upside down)
    doc, rows = _rows(np.ascontiguousarray(np.rot90(_page(), 2)))
    assert rows == expected_rows("000")
    assert any("上下颠倒" in w for w in doc.warnings)


def test_a_photo_of_a_sheet_turned_a_quarter_on_a_desk_gives_its_rows():
    # before: no row (the sheet's outline against the desk made one cell of the whole page)
    doc, rows = _rows(np.ascontiguousarray(np.rot90(_photo(_page()), 1)))
    assert rows == expected_rows("000")
    assert any("横置" in w for w in doc.warnings) and any("透视" in w for w in doc.warnings)


@pytest.mark.parametrize("k", [1, 2, 3])
def test_the_quarter_turns_that_set_a_page_upright_are_found(k):
    eng = ocr_reader.engine()
    turned = np.ascontiguousarray(np.rot90(_page(), k))
    assert (k + ocr_reader.scan_orient.turn(turned, eng.text_det, eng.text_rec.rec)) % 4 == 0


def test_an_upright_page_is_not_turned():
    eng = ocr_reader.engine()
    assert ocr_reader.scan_orient.turn(_page(), eng.text_det, eng.text_rec.rec) == 0


def test_an_upright_page_read_surely_is_read_one_way_only():
    """The upside-down reading is skipped where it could not win (sureness is at most 1); a page
    read less surely as it lies is still read both ways."""
    eng = ocr_reader.engine()
    calls = []

    def counting(sure):
        def rec(crops):
            calls.append(len(crops))
            return [("字", sure)] * len(crops), None
        return rec

    assert ocr_reader.scan_orient.turn(_page(), eng.text_det, counting(0.95)) == 0
    assert len(calls) == 1
    calls.clear()
    assert ocr_reader.scan_orient.turn(_page(), eng.text_det, counting(0.6)) == 0
    assert len(calls) == 2


# Without OCR: the cleaning itself

def test_the_lid_around_a_skewed_sheet_is_painted_paper_and_makes_no_rule():
    rgb = _on_the_lid(_page(), 1.8)
    gray = np.asarray(Image.fromarray(rgb).convert("L"))
    gray = scan_cleanup.rotated(gray, scan_cleanup.skew_angle(gray))
    h, w = gray.shape
    edge = np.zeros(gray.shape, bool)      # the band along the image's edge the lid's black fills
    edge[:15, :] = edge[-15:, :] = edge[:, :15] = edge[:, -15:] = True
    assert ((gray < 128) & edge).sum() > 1000
    clean, painted = scan_cleanup.without_ground(gray)
    assert painted > 0 and not ((clean < 128) & edge).any()     # the lid painted paper
    # no rule along the edge either way: since 1540 (s246) ocr_reader._off_the_edge drops lines within a
    # printer's margin of the edge as well, so the cleaning shows in the pixels, and keeps every inner rule
    inner = ocr_reader.rules(gray)
    assert not _near_edge(ocr_reader.rules(clean), h, w, 15) and not _near_edge(inner, h, w, 15)
    assert [len(x) for x in ocr_reader.rules(clean)] == [len(x) for x in inner]


def test_a_straight_scan_and_a_table_that_touches_the_edge_are_left_alone():
    gray = np.asarray(printed_page("000", 1).convert("L"))
    assert scan_cleanup.without_ground(gray)[0] is gray
    rgb = _page()
    assert scan_cleanup.flattened(rgb)[0] is rgb
    framed = gray.copy()
    framed[200:1400, 0:3] = 0          # a frame cut by the image's edge, reaching far inside
    framed[200:203, 0:1000] = 0
    assert scan_cleanup.without_ground(framed)[0] is framed


def test_a_photographed_sheet_is_warped_back_to_its_rectangle():
    page = _page()
    flat, done = scan_cleanup.flattened(_photo(page))
    assert done
    h, w = page.shape[:2]
    assert abs(flat.shape[0] / flat.shape[1] - h / w) < 0.03


def _lamp_not_warm(page: np.ndarray) -> np.ndarray:
    """A flatbed whose lamp had not warmed up (1419's scan): the top of the page dim (the lamp at 45%
    there), brightening down the page as it warms (an exponential rise over a fifth of the height),
    the print's darkness falling with it."""
    h = page.shape[0]
    lamp = 1 - 0.55 * np.exp(-np.arange(h, dtype=np.float32) / (0.2 * h))
    return (page.astype(np.float32) * lamp[:, None, None]).astype(np.uint8)


def test_a_page_dim_at_the_top_is_no_photo_and_keeps_its_head():
    """1419.scan: the dim top of a page scanned before the lamp was warm was taken for the desk round a
    photographed sheet, and the head and the fund block above the bright part were cut away (the
    project's name, unit and fund figures lost, the warning saying only that a photo was flattened).
    The dim part holds print, so it is the sheet itself: nothing is cut; a sheet on a bare desk is
    still flattened."""
    page = _page()
    dim = _lamp_not_warm(page)
    gray = np.asarray(Image.fromarray(dim).convert("L"))
    assert gray[:40].mean() < gray[-40:].mean() - 2 * scan_cleanup.PHOTO_GROUND   # dim enough to pass for a desk
    flat, done = scan_cleanup.flattened(dim)
    assert not done and flat is dim
    assert scan_cleanup.flattened(_photo(page))[1]


def test_a_photo_with_a_few_lines_in_the_shade_beside_the_sheet_is_still_flattened():
    """443.scan (a bound page curling into the spine): a few of its lines show in the shade the sheet's outline
    leaves out, far fewer strokes there than on the sheet; it is a photographed sheet still, flattened as before
    the dim-top reading (which took 11 of its fields when any print in the ground kept the page whole)."""
    page = _page()
    photo = _photo(page).copy()
    ph, pw = page.shape[:2]
    h, w = photo.shape[:2]
    ground = np.ones((h, w), bool)
    ground[int(0.08 * ph):int(1.24 * ph), int(0.10 * pw):int(1.21 * pw)] = False     # clear of the sheet (_photo's corners)
    dashes = np.zeros((h, w), bool)
    dashes[::16, :] = True
    dashes[:, (np.arange(w) % 24) >= 12] = False
    photo[ground & dashes] = 15
    gray = np.asarray(Image.fromarray(photo).convert("L"))
    assert (gray[ground] < 30).mean() >= scan_cleanup.GROUND_INK      # print in the ground, not much of it
    assert scan_cleanup.flattened(photo)[1]


# Never silent

def test_a_page_that_gives_no_table_is_named_in_the_warnings():
    blank = np.full((600, 800, 3), 255, np.uint8)
    doc, rows = _rows(blank)
    assert rows == []
    assert any("第1页 OCR 未读出表格（共识别出 0 个字）" in w for w in doc.warnings)
    assert any("其中 1 页（第1页）未读出表格的行列" in w for w in doc.warnings)


def test_a_page_read_as_one_cell_of_many_lines_is_named_in_the_warnings():
    # 316's skewed copy, before without_ground: the whole page one cell of a three-row table
    from jixiao.extract.model import Cell, Document, Location, Table
    lines = "\n".join(f"第{k}行文字 ≥{k}0% {k}分" for k in range(12))
    cells = [Cell(lines, 0, 0, Location(file="p.png")), Cell("总分", 1, 0, Location(file="p.png")),
             Cell("100", 1, 1, Location(file="p.png"))]
    doc = Document(source="p.png", format="image-ocr", sha256="")
    assert not ocr_reader._read_as_table(doc, 2, [Table(0, 2, 2, cells, Location(file="p.png"))], len(lines) + 5)
    assert any(w.startswith("第2页") and "第1行第1列" in w and "12 行文字" in w for w in doc.warnings)
    # a long cell among many (a deviation's explanation) is no sign of a lost grid
    doc = Document(source="p.png", format="image-ocr", sha256="")
    assert ocr_reader._read_as_table(doc, 2, [Table(0, 2, 2, cells, Location(file="p.png"))], 4 * len(lines))
    assert doc.warnings == []


# A page holding text both ways round (920.scan: the head and fund block upright above an indicator
# table turned a quarter): the page is turned for the table, and the head's grid comes out of the
# turned page with its rows as columns. Small tables built here; no page is read.

def _grid(rows: list[list[str]]):
    from jixiao.extract.model import Cell, Location, Table
    cells = [Cell(text=t, row=r, col=c, loc=Location("p.pdf", page=1, table=0, row=r, col=c,
                                                    bbox=(40 * c + 10, 40 * r + 10, 40 * c + 40, 40 * r + 40)))
             for r, row in enumerate(rows) for c, t in enumerate(row)]
    return Table(index=0, n_rows=len(rows), n_cols=len(rows[0]), cells=cells, loc=Location("p.pdf", page=1, table=0))


def _texts(table) -> list[list[str]]:
    out = [[""] * table.n_cols for _ in range(table.n_rows)]
    for c in table.cells:
        out[c.row][c.col] = c.text
    return out


def test_a_table_standing_across_a_page_turned_a_quarter_is_turned_back_to_its_text_s_rows():
    from jixiao.extract import scan_orient
    # the page turned clockwise (k=3): the head's first row is the turned grid's right-hand column,
    # its first column the top row (a label above its figure: 2,100.00 | 全年预算数 read value first)
    turned = _grid([["9.70", "得分", "项目名称"],
                    ["2,100.00", "全年预算数", "项目"]])
    assert _texts(scan_orient.turned_back(turned, 3)) == [["项目名称", "项目"], ["得分", "全年预算数"], ["9.70", "2,100.00"]]
    # counter-clockwise (k=1): the first row is the left-hand column, read bottom to top
    turned = _grid([["项目", "2,100.00"], ["项目名称", "全年预算数"]])
    assert _texts(scan_orient.turned_back(turned, 1)) == [["项目名称", "项目"], ["全年预算数", "2,100.00"]]
    # a merged cell's spans swap with its rows and columns
    turned = _grid([["a", "b"], ["c", "d"]])
    turned.cells[0].rowspan = 2
    back = scan_orient.turned_back(turned, 3)
    [a] = [c for c in back.cells if c.text == "a"]
    assert (a.row, a.col, a.rowspan, a.colspan, a.loc.row, a.loc.col) == (1, 0, 1, 2, 1, 0)


def test_only_a_table_whose_lines_mostly_stand_across_the_page_reads_turned():
    from jixiao.extract import scan_orient
    standing = [(0, 0, 12, 60), (20, 0, 32, 40), (40, 0, 52, 30)]
    lying = [(0, 0, 60, 12), (0, 20, 40, 32)]
    assert scan_orient.stands_across(standing)
    assert not scan_orient.stands_across(standing + lying)       # three of five: no clear majority
    assert not scan_orient.stands_across(standing[:2])            # too few lines to tell
    assert not scan_orient.stands_across(lying * 4 + standing)    # a table's few upright level cells


def test_a_turned_back_tables_cells_are_read_again_with_their_ink_upright():
    from jixiao.extract import scan_orient
    table = _grid([["", "管部门", "2023年项目", "料", "X"]])
    table.cells[3].confidence = 0.7     # the turned line read doubtfully
    gray = np.full((60, 220), 255, np.uint8)
    for c in table.cells:               # ink in every cell but the last, clear of its edges
        x0, y0, x1, y1 = (int(v) for v in c.loc.bbox)
        if c.col < 4:
            gray[y0 + 8:y1 - 8, x0 + 8:x1 - 8] = 0
    seen = []

    def recognise(lines):
        seen.extend(lines)
        assert all(line.ndim == 3 for line in lines)
        return [("10", 0.99), ("主管部门", 0.99), ("023年项目", 0.999), ("实施单位", 0.95)], None

    changes = scan_orient.reread(table, gray, 3, recognise, 0.9)
    # blank read; a reading that holds the cell's and more; a doubtful one bettered; one cut shorter kept
    assert _texts(table) == [["10", "主管部门", "2023年项目", "实施单位", "X"]]
    assert len(seen) == 4 and len(changes) == 3


def test_upright_rows_under_a_turned_table_are_cut_off_as_a_table_of_their_own():
    """920.scan: 总分 100 得分 98.90 and 自评等级 优, printed upright under the turned indicator table
    and sharing its rules, came out of the turned page as the grid's first two columns, their lines
    standing across where the table's lie along: read as columns with no head, lost unsaid."""
    from jixiao.extract import scan_orient
    table = _grid([["：等级，", "总分", "一级指标", "二级指标", "三级指标"],
                   ["优", "100", "产出指标", "数量指标", "建设基地"],
                   ["", "得分", "效益指标", "社会效益", "带动农户"]])
    upright = [(12, 12, 28, 38), (52, 12, 68, 38), (52, 52, 68, 78), (52, 92, 68, 118)]   # in columns 0-1
    lying = [(x, y, x + 28, y + 12) for x in (90, 130, 170) for y in (15, 55, 95)]       # in columns 2-4
    assert scan_orient.across_band(table, upright + lying) == 2
    band, rest = scan_orient.cut_columns(table, 2)
    assert _texts(band) == [["：等级，", "总分"], ["优", "100"], ["", "得分"]]
    assert _texts(rest)[0] == ["一级指标", "二级指标", "三级指标"] and rest.n_cols == 3
    assert [c.loc.col for c in rest.cells[:3]] == [0, 1, 2]
    # a table whose upright lines are a few level cells among many lying is left whole
    assert scan_orient.across_band(table, upright[:2] + lying) == 0
    # a cell spanning the cut keeps the table whole
    table.cells[1].colspan = 2
    assert scan_orient.across_band(table, upright + lying) == 0


def test_a_turned_readings_line_breaks_and_stray_marks_are_no_part_of_the_cells_words():
    """920.scan's 自评等级, read turned as ：⏎等级，: the upright reading 自评等级 holds its words and
    more, and is taken; 100得分⏎98.90 read 100得分98.90 is the same words, its lines kept."""
    from jixiao.extract import scan_orient
    table = _grid([["：\n等级，", "100得分\n98.90"]])
    gray = np.full((60, 100), 255, np.uint8)
    for c in table.cells:
        x0, y0, x1, y1 = (int(v) for v in c.loc.bbox)
        gray[y0 + 8:y1 - 8, x0 + 8:x1 - 8] = 0

    def recognise(lines):
        return [("自评等级", 0.99), ("100得分98.90", 0.99)], None

    changes = scan_orient.reread(table, gray, 3, recognise, 0.9)
    assert _texts(table) == [["自评等级", "100得分\n98.90"]] and len(changes) == 1


def test_a_scans_grade_cell_read_as_no_grade_is_said():
    """920.scan's 优, printed upright under the turned table, read as the stray marks of the note
    beside it (度至，，。): the grade was lost unsaid; in a scan such a cell is said. A text file's
    own words are what the form holds, and are left to the form."""
    from jixiao.extract.model import Document

    def doc(fmt: str):
        table = _grid([["项目名称", "某县马铃薯项目"], ["总分", "100"], ["自评等级", "度\n至\n，\n。"]])
        return Document("t.scan.pdf", fmt, "", blocks=[table])

    said = [w for w in normalize_document(doc("pdf-ocr")).warnings if "自评等级" in w]
    assert len(said) == 1 and "度至，。" in said[0] and "未读取自评等级" in said[0], said
    assert not [w for w in normalize_document(doc("pdf")).warnings if "自评等级" in w]


def test_a_page_seen_in_a_mirror_is_mirrored_back_and_gives_its_rows():
    # before: no row (a sheet held up to a webcam, saved from the meeting app's mirrored self-view:
    # every line read back to front), and no word that the page was mirrored
    doc, rows = _rows(np.ascontiguousarray(np.fliplr(_page())))
    assert rows == expected_rows("000")
    assert any("镜像" in w for w in doc.warnings)


@pytest.mark.parametrize("k", [0, 2])
def test_the_mirror_and_turn_that_set_a_page_upright_are_found(k):
    eng = ocr_reader.engine()
    seen = np.ascontiguousarray(np.rot90(np.fliplr(_page()), k))
    quarter, mirrored = ocr_reader.scan_orient.way(seen, eng.text_det, eng.text_rec.rec)
    assert mirrored and np.array_equal(np.rot90(np.fliplr(seen), quarter), _page())


def test_a_page_read_surely_is_not_read_mirrored():
    eng = ocr_reader.engine()
    assert ocr_reader.scan_orient.way(_page(), eng.text_det, eng.text_rec.rec) == (0, False)
