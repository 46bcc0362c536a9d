"""The paper's own ruling is not the table's (1105's scan: a form printed on red-ruled letterhead,
scanned in grey, a pale line every 9 mm across the page; 1102's: a cutting mat's grid showing through
thin paper). Taken as rules, the lines cut the rows in two: 1105.scan read 5 of 13 rows. The lines
are fainter than the table's rules, run on past its frame at both ends and stand at one pitch
(extract.scan_ruling.ruling, used by extract.ocr_reader.rules). A table whose inner rules are light
keeps them: they end at its frame. No OCR here: the rules of a page image only."""
import cv2
import numpy as np

from jixiao.extract import ocr_reader
from jixiao.extract.model import Cell, Document, Location, Table

XS, YS = [150, 350, 600, 850], [200, 280, 360, 440, 520, 600, 680]


def _page(inner: int = 20) -> np.ndarray:
    """A table of dark 2 px rules (its inner rules across of grey `inner`), a figure in each cell."""
    a = np.full((1400, 1000), 250, np.uint8)
    for k, y in enumerate(YS):
        a[y:y + 2, XS[0]:XS[-1] + 2] = 20 if k in (0, len(YS) - 1) else inner
    for x in XS:
        a[YS[0]:YS[-1] + 2, x:x + 2] = 20
    for y in YS[:-1]:
        for x in XS[:-1]:
            cv2.putText(a, "98.5%", (x + 30, y + 52), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 25, 2, cv2.LINE_AA)
    return a


def _ruled(a: np.ndarray) -> np.ndarray:
    """The page printed on ruled paper: a pale line every 53 px from 60 px to 940 px across."""
    a = a.copy()
    for y in range(120, 1320, 53):
        a[y:y + 2, 60:940] = np.minimum(a[y:y + 2, 60:940], 200)
    return a


def _rows(hs) -> list:
    return sorted(round(h[0]) for h in hs if h[2] - h[1] > 300)


def test_a_pale_ruling_across_the_page_is_not_the_tables_rules():
    hs, vs = ocr_reader.rules(_ruled(_page()))
    rows = _rows(hs)
    assert len(rows) == len(YS) and all(abs(r - y - 1) <= 3 for r, y in zip(rows, YS)), rows
    assert len([v for v in vs if v[2] - v[1] > 300]) == len(XS), vs


def test_the_ruling_is_said():
    ruled: list = []
    ocr_reader.rules(_ruled(_page()), None, None, ruled)
    assert [(o, n >= 4, round(pitch)) for o, n, pitch, _ in ruled] == [(0, True, 53)], ruled


def test_light_inner_rules_that_end_at_the_frame_are_kept():
    hs, _ = ocr_reader.rules(_page(inner=200))
    rows = _rows(hs)
    assert len(rows) == len(YS), rows


def _cell(row: int, col: int, text: str) -> Cell:
    return Cell(row=row, col=col, text=text, loc=Location(file="x.pdf"))


def test_a_grid_found_only_in_part_is_said():
    # the table's left half one cell and its right half another, neither half the page's text
    left, right = "\n".join(["产出指标数量指标"] * 9), "\n".join(["≥128公里 131.6公里 8 8"] * 12)
    cells = [_cell(0, 0, "项目名称"), _cell(1, 0, left), _cell(1, 1, right)]
    table = Table(index=0, n_rows=2, n_cols=2, cells=cells, loc=Location(file="x.pdf"))
    doc = Document(source="x.pdf", format="pdf", sha256="")
    read = sum(len(c.text) for c in cells) + 200
    assert not ocr_reader._read_as_table(doc, 1, [table], read)
    assert any("表格的行列未能读出" in w and "2个单元格" in w for w in doc.warnings), doc.warnings
