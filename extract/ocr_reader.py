"""Scans: PDF pages without a text layer and images (.png/.jpg/.tif/.bmp), read by OCR.

RapidOCR (the rapidocr_onnxruntime wheel ships the PP-OCR Chinese models, so it runs offline)
finds text lines with their boxes and confidences; OpenCV morphology finds the ruling lines of
the page image (long thin horizontal and vertical strokes); extract.ruled_page rebuilds the
tables from both, as it does for OFD. Each cell keeps the lowest confidence of its text.

Two portrait pages scanned side by side on one landscape image are first cut apart down the blank
band between them and read as neighbouring pages (scan_cleanup.two_up), which the warnings say.
Scans as they come are then cleaned (extract.scan_cleanup): a red or blue seal is taken out by
its colour so the text under it is read, a web of soft lines over the page (a wire mesh out of focus in
front of a notice board) is divided out before the skew is measured, a skewed page is straightened by its own lines (boxes are
then those of the straightened page), a copier's streak down the whole page is filled from the
page beside it, a page strewn with specks has those away from any figure painted paper (once its
rules are found), white words on a black band are turned black on white, an unevenly lit page is
evened. A clean grey page is read exactly as it comes; each cleaning done is named in the
warnings. A page whose first reading is in traditional script has its lines recognised again by a
model that knows those characters (extract.ocr_script), which the warnings name too; on other
pages only the lines whose first reading is doubtful are (extract.ocr_doubt), and the warnings
list the readings that changed. A column's circled numbering (① ② …) is read on in sequence where
a two-digit number lost its first digit (extract.scan_numbering). An empty cell with ink in a
column of figures is read again on its own (extract.scan_blanks), and a cell of a column of words
whose ink is two short strokes leaning right is the ditto mark 〃 (scan_blanks.dittos: the
recogniser reads it 11); Ⅲ read 川 before 类 / 级 is read
back where the document writes the numeral there (extract.scan_roman). A line's ( ) : , ; are set
full-width or ASCII by the room they take on it, a range's ~ ～ and a bracket beside a sign by their
ink, a bracket nothing measures in the one width the page's measured brackets show (extract.scan_width), ‰
read %0 / %o after a figure (‱ read %00), or read % where its ink shows ‰'s third ring, is read back
(extract.scan_permille; back to % where the table, stitched over its pages, prints %), ≥ ≤ are set ≧ ≦
where the ink shows two bars (scan_signs.barred), a lone 一 or 1 whose ink is a slash is / (scan_signs.slash), + is read ÷
where the ink shows a bar with a dot above and below (scan_signs.divided), a unit's 2 / 3 ² / ³ where
it stands raised (scan_signs.raised), and a
value's first character read as a digit is read as ≥ or ≤ where its ink is the page's own sign's
(extract.scan_glyphs), as is a sign the recogniser dropped before a figure (ink it did not read that
matches none is said). A page stitched from two shots, its column rules breaking at a seam along one
map of x, has its lower shot laid back on the upper (extract.scan_seam); a line turned from the page's
lines (a stamp pressed askew) is left out and said. A rule broken on the paper is mended, and a line as faint as the reverse
page showing through is no rule (rules, _bridged), unless every line of the page is that faint and no
faint text stands beside them: a table ruled in light grey under black text (_faintest_rule).
A page with no rule at all (rules dropped out by the scanner, or faded) is read as tables by where
OCR's boxes stand (extract.box_table), where that puts more of its text in tables than alignment.

In cells that are numbers the usual confusions are repaired (O→0, l/I→1, ，→. between digits but
where it groups thousands: then the figures beside it in the table decide, ocr_digits.thousands), a
box glyph □ right after a figure is the counter 口 (ocr_digits.fix_box), and every repair is listed
in the document's warnings; nothing else is guessed.
"""
from __future__ import annotations

import dataclasses
import functools
import os
import re
from io import BytesIO

from . import (box_table, ocr_agree, ocr_boxes, page_order, ocr_script, ocr_session, ocr_words, scan_blanks, scan_cleanup, scan_obscured, scan_drops, scan_glyphs, scan_leaders,
               scan_alternates, scan_halves, scan_imprint, scan_panel, scan_paper,
               scan_interlace, scan_marks, scan_numbering, scan_orient, scan_permille, scan_roman, scan_ruling, scan_seam, scan_signs,
               scan_strips, scan_text_table, scan_width, scan_wobble)
from .errors import ExtractError
from .ocr_digits import fix_box, fix_numeric, lost_points, thousands
from .model import Document, Paragraph, Table, first_few
from .ruled_page import Char, assemble, stitch

ENABLED = True          # jixiao run --no-ocr turns it off (set before workers fork)
WORKERS = 0             # files read at once on this machine (0: not said): OCR's threads are its share
                        # of the cores; jixiao run should set it from --workers before workers fork
DPI = 150               # as scanners save reports; more pixels cost memory, not accuracy
MAX_PAGES = 60          # a longer scan is not read (it would pass any per-file time limit)
MAX_PIXELS = 60_000_000
SNAP = DPI / 25.4 * 0.8     # 0.8 mm in pixels
NO_RULE = DPI / 25.4 * 10    # 10 mm in pixels: an upright stroke no longer is a title's bold stroke, not a rule
ALIGN = DPI / 72 * 3        # 3 points in pixels: left text edges this close are one column (no rules)
LOW_CONFIDENCE = 0.9    # below this a cell's reading is marked for checking against the original
# a line read as a figure of zero (0, 0.00, 0.0%, 0.00万元): ink before it is rather digits lost than a sign
ZERO_READ = re.compile(r"^0+(?:\.0+)?(?:%|[万亿千]?元)?$")



def unsigned_ink(number: int, texts: list[str]) -> list[str]:
    """What is said of the figures read after ink that is none of the page's signs (scan_glyphs.dropped's
    unsure lines): maybe a comparison sign lost, read as the figure stands. Before a figure read zero (0,
    0.00, 0.0%) the ink is rather a digit or more covered or worn than a sign (1415.scan: a binder clip's
    wire over the 93 of 930.00 left 0.00, said only as a possible sign): such a figure is said as maybe not 0."""
    zeros = [x for x in texts if ZERO_READ.match(x)]
    rest = [x for x in texts if not ZERO_READ.match(x)]
    out = []
    if zeros:
        out.append(f"第{number}页 OCR 识别为 0 的数值前有未识别出的墨迹（不是本页的比较符号字形；0 前疑有被遮挡、污损而未识别的"
                   "数字），该数值可能不是 0，请核对原件：" + "；".join(f"“{x[:30]}”" for x in zeros))
    if rest:
        out.append(f"第{number}页 OCR 数值前有未识别出的墨迹（可能是漏识的比较符号“≥”“≤”，与本页识别出的符号字形不符，"
                   "无从判定），按识别出的数值读取，比较关系请核对原件：" + "；".join(f"“{x[:30]}”" for x in rest))
    return out


def available() -> bool:
    """Installed, by its package metadata: loading it is engine()'s job, and a load that fails for
    want of memory is a memory failure of the file, not an OCR that is not there."""
    import importlib.util
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


# FAST (off): detection on the page shrunk to DET_SIDE on its longer side (boxes scaled back, lines
# cut from the page at full size) and each line recognised at its own width, where the engine pads
# every batch of six lines to at least 320 pixels (most lines are cells of a few characters). It
# reads a page in about 0.4 of the engine's time (benchmarks/scan_speed.py --fast) but changes
# readings, mostly for the worse: the records of 35 of the 37 corpus scans changed; against their
# Word twins 205 indicator rows and 2313 fields right instead of 232 and 2939 (passages 043 and
# 069 lost every row). Detection at 960 pixels does most of that harm; lines at their own width
# with the engine's detection still changed 15 scans' records (224 rows, 2835 fields right). So it
# stays off until the corpus reads as well with it (docs/benchmarks.md).
FAST = False
DET_SIDE = 960
REC_BATCH = 16
# CELLS (off): a closed cell whose ink is one line is recognised from its own crop, detection runs on
# the rest of the page only (extract.ocr_cells). It changes records of corpus scans (docs/benchmarks.md).
CELLS = False


def threads() -> int:
    """The machine's cores shared among the workers reading at once (WORKERS); two, as before,
    where the number of workers is not said (a worker is one of several)."""
    if not WORKERS:
        return 2
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    return max(1, cpus // max(1, WORKERS))


@functools.lru_cache(maxsize=1)
def engine():
    # An import the memory limit refuses to map is reported by nightly.worker as a memory failure.
    from rapidocr_onnxruntime import RapidOCR
    eng = RapidOCR(intra_op_num_threads=threads(), inter_op_num_threads=1)
    ocr_session.accelerate(eng, threads())   # same models and inputs, OpenVINO where installed
    if FAST:
        _fast(eng)
    ocr_session.normalize_by_table(eng.text_det)
    eng.text_rec = ocr_script.ScriptRecognizer(eng.text_rec, threads())   # traditional pages read again
    if CELLS:
        from .ocr_cells import CellFirst
        eng = CellFirst(eng, rules)
    return eng


def _fast(eng) -> None:
    if DET_SIDE:   # (the engine's "max" mode would take 2000 for a page this size: set the side itself)
        from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess
        det = eng.text_det
        det.limit_type, det.limit_side_len = "max", DET_SIDE
        det.get_preprocess = lambda longest: DetPreProcess(DET_SIDE, "max", det.mean, det.std)
    eng.text_rec = _Recognizer(eng.text_rec)


class _Recognizer:
    """The engine's line recogniser (its session, resizing and decoding), each line at its own
    width: lines of the same width (at the recogniser's height) go in one batch, none is padded."""

    def __init__(self, rec):
        self.rec = rec

    def __call__(self, crops, return_word_box=False):
        import numpy as np
        height = self.rec.rec_image_shape[1]
        ratios = [c.shape[1] / c.shape[0] for c in crops]
        same: dict[int, list[int]] = {}
        for i, r in enumerate(ratios):
            same.setdefault(int(height * r), []).append(i)
        out = [("", 0.0)] * len(crops)
        for width in sorted(same):
            for b in range(0, len(same[width]), REC_BATCH):
                idx = same[width][b:b + REC_BATCH]
                wide = width / height
                batch = np.stack([self.rec.resize_norm_img(crops[i], wide) for i in idx]).astype(np.float32)
                preds = self.rec.session(batch)[0]
                got = self.rec.postprocess_op(preds, False, wh_ratio_list=[ratios[i] for i in idx], max_wh_ratio=wide)
                for i, r in zip(idx, got):
                    out[i] = r
        return out, 0.0


def read_scan(path: str, data: bytes, sha256: str, fmt: str, split: bool = True) -> Document:
    """split: two pages scanned side by side on one image are read as two pages (the page numbers
    are then those read, not the file's: a caller that maps them back to its own pages says False)."""
    if not available():
        raise ExtractError(path, "needs_ocr", "扫描件或图片需要 OCR 识别，本机未安装 rapidocr_onnxruntime（make setup 会安装）")
    import numpy as np

    doc = Document(source=path, format=fmt, sha256=sha256)
    pages = list(_pdf_pages(path, data) if fmt == "pdf" else _image_pages(path, data))
    pages, lefts = scan_halves.joined(pages)
    if lefts:
        doc.warnings.append(f"{path} 扫描件第{'、'.join(f'{k}、{k + 1}' for k in lefts)}页为同一页从中间切开的左右两半（扫描仪“分割图像”，"
                            "左半页的表格线直抵右边缘、右半页的直抵左边缘，两边的横线高度一一对应），已左右拼回一页后识别"
                            "（页码按拼合后的页），请核对原件")
    fixes: list[str] = []
    blind: list[int] = []
    inked: list[tuple[int, float, float]] = []   # where a % was read ‰ by its ink: page, x, y
    broad: list[tuple[int, float, float]] = []   # where a %'s ink is as wide as ‰ with no third ring apart
    words: list[tuple[str, str, str]] = []   # the words corrected by the recogniser's runners-up
    rereads: list[tuple[str, str]] = []   # the doubted lines' first and second readings (ocr_doubt)
    scales: dict[int, float] = {}   # page -> its pixels' size in points, where the page was not rendered at DPI
    number = 0
    for scanned, image in enumerate(pages, start=1):
        rgb = np.asarray(image.convert("RGB"))
        if image.info.get("combed"):
            doc.warnings.append(f"{path} 扫描件第{scanned}页为隔行视频的截图（奇偶行取自先后两场，页面在其间移动，奇数行错开 "
                                f"{abs(image.info['combed'])} 像素，竖笔画呈梳齿状），已将奇数行移回对齐后识别，请核对原件")
        if image.info.get("dither"):
            doc.warnings.append(f"{path} 扫描件第{scanned}页为扫描驱动的有序抖动（“半色调”）黑白图像（每 {image.info['dither']} × "
                                f"{image.info['dither']} 像素按固定矩阵排点，纸面满布规则点阵，笔画边缘呈网格状），已按点的疏密还原"
                                "为灰度后识别，请核对原件")
        if image.info.get("unit"):
            unit = image.info["unit"]
            doc.warnings.append(f"{path} 扫描件第{scanned}页的 PDF 以 /UserUnit {unit:g} 计尺寸（一个单位为 {unit:g} 磅，宽幅扫描仪等如此"
                                f"写），页面框只记纸张的 1/{unit:g}；已按纸张实际大小识别")
        if image.info.get("alternate"):
            (dw, dh), (aw, ah) = image.info["alternate"]
            doc.warnings.append(f"{path} 扫描件第{scanned}页画出的图像只有 {dw} × {dh} 像素，是 PDF 所附替代图像（/Alternates，"
                                f"{aw} × {ah} 像素）的粗略副本，已按替代图像识别，请核对原件")
        if image.info.get("marks"):
            doc.warnings.append(scan_marks.said(path, scanned, image.info["marks"], image.info.get("boxes", [])))
        if image.info.get("placed"):
            placed, inch_w, inch_h, at, _ = image.info["placed"]
            doc.warnings.append(f"{path} 扫描件第{scanned}页的 PDF 页面为 {inch_w} × {inch_h} 英寸，大于任何办公用纸（图像按 {at} dpi "
                                f"放置，疑为扫描驱动未写分辨率）；图像像素按 {placed} dpi 正合常用纸张尺寸，已按该纸张大小识别，请核对原件")
        halves = scan_cleanup.two_up(rgb) if split else [rgb]
        if len(halves) > 1:
            doc.warnings.append(f"{path} 扫描件第{scanned}页为两页并排扫描在一张横向图像上（中间有贯穿整页的空白），"
                                f"已从空白处分开，左半页、右半页依次按第{number + 1}、{number + 2}页识别")
        for half in halves:
            number += 1
            if image.info.get("placed"):
                scales[number] = 72 / image.info["placed"][-1]
            elif image.info.get("unit"):
                scales[number] = 72 / (DPI * image.info["unit"])
            if not _read_page(doc, path, number, half, fixes, inked, broad, words, rereads):
                blind.append(number)
    doc.pages = number
    order = page_order.reading_order(doc)
    if order:
        page_order.put_in_order(doc, order[0])
        moved = "；".join(f"第{p}页开头的表格重复第{q}页末尾表格的表头（跨页续表每页重复的表头行），接在第{q}页之后"
                         for p, q in sorted(order[1].items()))
        doc.warnings.append(f"扫描件页序颠倒：{moved}；按第{'、'.join(map(str, order[0]))}页的顺序读取（页码仍为文件中的页码），请核对原件")
    stitch(doc, order[0] if order else None)
    # after stitch: a table continued over pages is one table for the units its rows and columns print
    mille = scan_permille.by_row([b for b in doc.blocks if isinstance(b, Table)], inked, broad)
    if mille:
        doc.warnings.append("OCR 墨迹与“‰”同宽的“%”（未见单独的第三个圈，可能与斜线相连），所在行另有按墨迹读出的“‰”，读作“‰”："
                            + "；".join(mille))
    percent = scan_permille.by_table([b for b in doc.blocks if isinstance(b, Table)], inked)
    if percent:
        doc.warnings.append("OCR 按墨迹读作“‰”的符号，所在行、所在列（跨页的表格合为一张）的其他数值均为“%”，读回“%”："
                            + "；".join(percent))
    sized = scan_permille.by_size([b for b in doc.blocks if isinstance(b, Table)], inked)
    if sized:
        doc.warnings.append("OCR 按墨迹读作“‰”的数值在10‰（即1%）以上，所在列其他数值均为“%”（以“%”列示的表格中，千分号只用于不足1%的比率），"
                            "同行如另有“‰”亦仅按墨迹读出，读回“%”，请核对原件：" + "；".join(sized))
    own = _own_words(doc, words)
    if spread := _form_terms_spread(doc, words):
        doc.warnings.append("OCR 识别校正推及全文（校正所得为绩效表的固定用语，文中别处同样的读法是同一误读，一并校正）："
                            + "；".join(spread))
    agreed = _agreed(doc, rereads)
    if agreed:
        doc.warnings.append("OCR 重新识别补回的字不一致（初次识别漏掉的字，重新识别在同一个字前补回的不同，按多数的读法统一）："
                            + "；".join(agreed))
    if own:
        doc.warnings.append("OCR 识别校正撤回（校正用的备选字或校正所得的词文中别处未见，所读的字文中别处多次单独成字或所读的词文中别处照原样出现，为本文自己的用词）："
                            + "；".join(own))
    roman = scan_roman.repair(doc)
    if roman:
        doc.warnings.append("OCR 罗马数字重识（“类”“级”前被识别为形近汉字，文中同处写作罗马数字，或紧跟“优于”“达到”等比较词而文中他处以罗马数字写同一“类”“级”）：" + "；".join(roman))
    if fmt == "pdf":
        _in_points(doc, 72 / DPI, scales)
    doc.warnings.append(f"扫描件，共 {number} 页经 OCR 识别；识别置信度低于 {LOW_CONFIDENCE:.0%} 的单元格已标注，请核对原件"
                        + (f"；其中 {len(blind)} 页（第{'、'.join(map(str, blind))}页）未读出表格的行列，见上"
                           if blind else ""))
    if fixes:
        doc.warnings.append("OCR 数字纠正（数值中形近的字母读作数字，数字后的方框“□”读作量词“口”）：" + first_few(fixes, 20, "；", "……"))
    return doc


def _in_points(doc: Document, factor: float, scales: dict[int, float] | None = None) -> None:
    """Boxes in PDF points, as every other PDF reader gives them (OCR saw the page in pixels);
    scales: a page's own factor where it was not rendered at DPI (extract.scan_paper)."""
    def moved(loc):
        if loc.bbox is None:
            return loc
        f = (scales or {}).get(loc.page, factor)
        return dataclasses.replace(loc, bbox=tuple(round(v * f, 2) for v in loc.bbox))
    for b in doc.blocks:
        b.loc = moved(b.loc)
        for c in getattr(b, "cells", []):
            c.loc = moved(c.loc)


def _pdf_pages(path: str, data: bytes):
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise ExtractError(path, "corrupt", f"PDF 扫描件无法打开（{e}）") from None
    if len(pdf) > MAX_PAGES:
        raise ExtractError(path, "too_large", f"扫描件共 {len(pdf)} 页，超过 OCR 上限 {MAX_PAGES} 页，未识别")
    alternates = scan_alternates.finer(data, MAX_PIXELS)
    units = scan_paper.user_units(data)
    for index, page in enumerate(pdf):
        marks = scan_marks.taken_off(page)      # a reviewer's comments are no ink of the paper
        placed = scan_paper.scanned_dpi(page)
        if index in units:      # the page's box in units of /UserUnit points: rendered as the sheet it is
            w, h = page.get_size()
            unit = min(units[index], (MAX_PIXELS / (w * h)) ** 0.5 * 72 / DPI)   # no more pixels than a picture
            image = scan_interlace.rendered(page, DPI * unit)
            image.info["unit"] = unit
        elif not placed:
            image = scan_interlace.rendered(page, DPI)
        else:
            width = page.get_size()[0]
            px = scan_paper.covering_image(page).get_px_size()[0]
            dpi = DPI * px / placed * 72 / width     # the page rendered as the paper it was, at DPI
            image = scan_interlace.rendered(page, dpi)
            image.info["placed"] = (placed, round(width / 72, 1), round(page.get_size()[1] / 72, 1), round(px * 72 / width), dpi)
        if index in alternates and (drawn := scan_paper.covering_image(page)) is not None \
                and tuple(drawn.get_px_size()) == alternates[index][0]:
            image = _from_alternate(image, *alternates[index])
        if marks:
            image.info["marks"] = marks
            image.info["boxes"] = scan_marks.text_boxes(page)   # a text box beside a reviewer's marks: said too
        yield image


def _from_alternate(image, drawn: tuple[int, int], finer):
    """The page image made from the finer alternate of the image drawn (extract/scan_alternates.py), at the size
    the page was rendered, its info kept and the two sizes in info["alternate"]."""
    from PIL import Image
    made = finer.convert(image.mode).resize(image.size, Image.LANCZOS)
    made.info.update(image.info)
    made.info["alternate"] = (drawn, finer.size)
    return made


def _image_pages(path: str, data: bytes):
    from PIL import Image, ImageSequence

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS   # a decompression bomb in image form is refused by Pillow
    try:
        img = Image.open(BytesIO(data))
        frames = [f.copy() for f in ImageSequence.Iterator(img)]
    except Image.DecompressionBombError:
        raise ExtractError(path, "bomb", f"图片像素数超过上限（{MAX_PIXELS:,}），疑为解压炸弹，未读取") from None
    except (OSError, ValueError) as e:   # Pillow's messages name memory addresses: keep them out
        raise ExtractError(path, "corrupt", f"图片已损坏或格式无法识别（{type(e).__name__}）") from None
    if len(frames) > MAX_PAGES:
        raise ExtractError(path, "too_large", f"图片共 {len(frames)} 页，超过 OCR 上限 {MAX_PAGES} 页，未识别")
    yield from (scan_interlace.laid_back(f) for f in frames)


def _own_words(doc: Document, words: list[tuple[str, str, str]]) -> list[str]:
    """The corrections of words (ocr_words.correct) that the document's own text takes back
    (ocr_words.by_document: the character read stands alone elsewhere; ocr_words.by_word_read: the word read stands
    in the text no correction touched), set back as read in its cells and paragraphs; each as said."""
    if not words:
        return []
    holders = _holders(doc)
    said = []
    for fixed, read, line, was, lone in ocr_words.by_document([h.text for h in holders], words):
        if _set_back(holders, fixed, read, line):
            said.append(f"“{fixed}”读回“{read}”（行“{line}”：“{was}”文中别处单独成字 {lone} 次）")
    for fixed, read, line, seen in ocr_words.by_word_read([h.text for h in holders], words):
        if _set_back(holders, fixed, read, line):
            said.append(f"“{fixed}”读回“{read}”（行“{line}”：“{read}”文中别处未经校正的文字里照原样出现 {seen} 次）")
    return said


def _form_terms_spread(doc: Document, words: list[tuple[str, str, str]]) -> list[str]:
    """The corrections to a term of the forms' vocabulary (ocr_words.spread) made in the other cells and
    paragraphs holding the same word as read; each as said."""
    holders = _holders(doc)
    said = []
    for read, fixed, n in ocr_words.spread([h.text for h in holders], words):
        for h in holders:
            h.text = h.text.replace(read, fixed)
        said.append(f"“{read}”→“{fixed}”（另{n}处）")
    return said


def _agreed(doc: Document, rereads: list[tuple[str, str]]) -> list[str]:
    """The characters the second recogniser put back in doubted lines, made one where they disagree before
    one neighbour (ocr_agree.put_back), in the cells and paragraphs holding the minority's word; each as said."""
    holders = _holders(doc)
    said = []
    for minority, majority in ocr_agree.put_back(rereads):
        changed = [h for h in holders if minority in h.text]
        for h in changed:
            h.text = h.text.replace(minority, majority)
        if changed:
            said.append(f"“{minority}”读作“{majority}”（{len(changed)}处；“{majority[-1]}”前补回的字多数为“{majority[0]}”）")
    return said


def _holders(doc: Document) -> list:
    """The cells and paragraphs of a document, each holding text a correction may set."""
    return [c for b in doc.blocks for c in (b.cells if isinstance(b, Table) else [b]) if hasattr(c, "text")]


def _set_back(holders: list, fixed: str, read: str, line: str) -> bool:
    """The cells and paragraphs holding the line `line` with `fixed` in place of `read`, set back as read; whether
    any was."""
    back = [h for h in holders if fixed in h.text and (h.text.replace(fixed, read) in line or line in h.text.replace(fixed, read))]
    for h in back:
        h.text = h.text.replace(fixed, read)
    return bool(back)


def _coloured_said(number: int, rgb) -> str:
    """The warning for red or blue ink taken out, naming what its shape shows (scan_cleanup.coloured_marks):
    a seal only where the marks are a seal's rings of strokes."""
    kind, colour, n = scan_cleanup.coloured_marks(rgb)
    if kind == "tint":
        return (f"第{number}页大面积呈{colour}（约占页面{n}%，有色透明文件夹、有色纸等，不是印章），"
                "已按颜色去除后识别，请核对原件")
    if kind == "blot":
        return (f"第{number}页有{n}处成片的{colour}色块（墨水渍、锈迹、污迹、手指等，不是印章），已按颜色去除后识别；"
                "色块下的文字可能被遮住或一并去除，请核对原件")
    return f"第{number}页有红色或蓝色印章，已按颜色去除后识别印章下的文字，请核对原件"


def _read_page(doc: Document, path: str, number: int, rgb, fixes: list[str],
               inked: list[tuple[int, float, float]] | None = None,
               broad: list[tuple[int, float, float]] | None = None,
               words: list[tuple[str, str, str]] | None = None,
               rereads: list[tuple[str, str]] | None = None) -> bool:
    """Reads one page into doc; False where it gave no table of rows and columns (said in the
    warnings: a page read as nothing is never passed over in silence). inked: where given, where
    a % was read ‰ by its ink is added to it (page, x, y in the page's pixels); broad: likewise where
    a %'s ink is as wide as ‰'s but shows no third ring apart (scan_permille.by_row); words: where
    given, each correction of a word by the recogniser's runners-up (ocr_words.correct) is added to it."""
    import cv2
    import numpy as np

    rgb, moved = scan_cleanup.registered(rgb)
    if moved:
        doc.warnings.append(f"第{number}页彩色扫描的颜色通道错位（扫描仪传感器各色不同步，"
                            + "、".join(f"{name}色偏移 {dx:+.1f}, {dy:+.1f} 像素" for name, dx, dy in moved)
                            + "，笔画两侧有彩色镶边），已对齐后识别")
    rgb, turned = scan_cleanup.negative(rgb)
    if turned:
        doc.warnings.append(f"第{number}页为负片（黑底白字，如晒图、缩微阅读器的负片拷贝），已整页反色后识别，请核对原件")
    quarter, mirrored = _orientation(rgb)
    if mirrored:
        rgb = np.ascontiguousarray(np.fliplr(rgb))
        doc.warnings.append(f"第{number}页为镜像（左右反转，如视频会议自视画面的截图、从纸背透光拍摄），"
                            "已左右翻转后识别，请核对原件")
    if quarter:
        rgb = np.ascontiguousarray(np.rot90(rgb, quarter))
        doc.warnings.append(f"第{number}页" + ("上下颠倒" if quarter == 2 else "横置（转了 90°）")
                            + "，已按文字行的方向与识别置信度转正后识别")
    rgb, photo = scan_cleanup.flattened(rgb)
    if photo:
        doc.warnings.append(f"第{number}页为拍摄的照片（纸张呈四边形，周围为深色背景），已按纸张四角校正透视后识别")
    gray, seal = scan_cleanup.without_seals(rgb)
    gray, soft = scan_cleanup.without_soft_grid(gray)   # before the skew: its lines lie at the mesh's angle
    if soft:
        doc.warnings.append(f"第{number}页满布模糊的深色网格（隔着金属网、纱窗等拍摄，网格不在焦点上，约占页面{soft}%），"
                            "不是表格线，已按网格处的纸色去除后识别，网格下的文字可能残缺，请核对原件")
    gray, panels = scan_panel.without_panels(gray)   # before the skew: its straight edges are not the page's
    if panels:
        doc.warnings.append(f"第{number}页有{len(panels)}块半透明的深色方框压在页面上（水印相机的时间地点水印等，"
                            + "、".join(f"约 {(x1 - x0) / DPI * 25.4:.0f} × {(y1 - y0) / DPI * 25.4:.0f} 毫米"
                                       for x0, y0, x1, y1 in panels)
                            + "），框内的浅色文字不是文档内容，未读取；已将框内提亮到纸色后识别，框下的文字可能残缺，请核对原件")
    gray, laid, offset = scan_strips.realigned(gray, DPI)   # before the skew: the seams stand upright
    if laid:
        doc.warnings.append(f"第{number}页由{laid}条竖向纸条拼成（碎纸机切成的纸条粘回等，条间有衬纸的空隙，各条上下错开，"
                            f"最多约 {offset / DPI * 25.4:.1f} 毫米），已去除条间空隙、按表格线逐条上下对齐后识别；"
                            "纸条切口处的笔画可能残缺，请核对原件")
    angle = scan_cleanup.skew_angle(gray)
    if abs(angle) >= scan_cleanup.MIN_SKEW:
        gray = scan_cleanup.rotated(gray, angle)
        doc.warnings.append(f"第{number}页倾斜约 {abs(angle):.1f}°，已按页面的线条校正后识别")
    gray, ground = scan_cleanup.without_ground(gray)
    if ground:
        doc.warnings.append(f"第{number}页边缘有纸张以外的深色背景（复印机盖板、桌面等），已去除后识别")
    gray, strips = scan_cleanup.even_columns(gray)
    if strips:
        doc.warnings.append(f"第{number}页纸色按竖条明暗不一（扫描传感器各段未校准等，{strips}处明暗分界），不是表格线，"
                            "已逐列校正纸色后识别，请核对原件")
    gray, streaks = scan_cleanup.without_streaks(gray)
    if streaks:
        doc.warnings.append(f"第{number}页有{streaks}条贯穿整页的深色竖线（复印机玻璃上的污迹等），不是表格线，"
                            "已按两侧去除后识别，请核对竖线经过处的文字")
    gray, bands = scan_cleanup.without_dark_bands(gray)
    if bands:
        doc.warnings.append(f"第{number}页有{bands}处黑底白字（如表头行），已反色后识别，请核对原件")
    cut = scan_cleanup.cut_band(gray)
    if cut:
        start, width, across = cut
        doc.warnings.append(f"第{number}页中部有一条贯穿整页的空白竖带（距左边约 {start / DPI * 25.4:.0f}–"
                            f"{(start + width) / DPI * 25.4:.0f} 毫米，宽约 {width / DPI * 25.4:.0f} 毫米），{across}条表格横线在其两侧"
                            "同一高度截断（复印时开了书本中缝消除、纸张折起未印上等），是一张表格的中间未印出，不是两页并排；"
                            "空白带内的文字未能印出，落在其中的单元格读作空白，请核对原件")
    lying = scan_cleanup.lying_bands(gray)
    if lying is not None:
        gray = scan_cleanup.without_lying_bands(gray, lying)
        doc.warnings.append(f"第{number}页有一条斜贯页面的深色宽带（压在纸上的橡皮筋、绳子等，不是印刷的线条，"
                            f"约占页面{lying.mean():.1%}），已按纸色去除、表格线接续后识别；带下的文字被遮住，未能识别，请核对原件")
    even = scan_cleanup.even_background(gray)
    if seal:
        doc.warnings.append(_coloured_said(number, rgb))
    if photo or seal or soft or panels or laid or ground or strips or streaks or bands or lying is not None or even is not gray \
            or abs(angle) >= scan_cleanup.MIN_SKEW:
        gray, rgb = even, cv2.cvtColor(even, cv2.COLOR_GRAY2RGB)   # a clean grey page goes in as it was
    gray, grain = scan_cleanup.without_grain(gray)
    if grain > scan_cleanup.DITHER:
        rgb = cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB)
        doc.warnings.append(f"第{number}页由细密的黑点构成（黑白扫描的误差扩散网点，噪声强度 {grain}），已模糊还原为灰度后识别，"
                            "小数点等细小笔画可能丢失，请核对原件")
    elif grain:
        rgb = cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB)
        doc.warnings.append(f"第{number}页满布颗粒噪点（噪声强度 {grain}，如缩微胶片打印件），已平滑后识别，请核对原件")
    gray, wave = scan_wobble.straightened(gray)
    if wave:
        rgb = cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB)
        doc.warnings.append(f"第{number}页为手持拍摄时卷帘快门抖动所致的波浪形变形（各行左右错开不等，竖线呈波浪形，"
                            f"各行平均错开约 {wave / DPI * 25.4:.1f} 毫米），已逐行移回后识别，请核对原件")
    dots: list = []
    ruled: list = []
    bw = ink(gray)      # the rules' and the text tables' (binarised once where the specks leave the page)
    hs, vs = rules(gray, dots, bw, ruled)
    tilt = 0.0
    if ruled:
        # the sheet askew on a straight grid under it (1102's second page: the mat's lines, many and
        # long, told 0.0 degrees; the sheet lies 0.5 askew): the page's tilt measured again without them
        tilt = _askew_on_ruling(gray, ruled)
        if abs(tilt) >= scan_cleanup.MIN_SKEW:
            gray = scan_cleanup.rotated(gray, tilt)
            rgb, dots, ruled, bw = cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB), [], [], ink(gray)
            hs, vs = rules(gray, dots, bw, ruled)
    if ruled:   # the paper's lines out of the page OCR reads: where one crosses a character the stroke stays
        gray = scan_ruling.erased(gray, [lines for *_, lines in ruled])
        rgb, bw = cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB), ink(gray)
        doc.warnings.append(f"第{number}页纸上有与表格无关的格线（信笺纸的横格、垫板透过纸张的网格等："
                            + "；".join(f"{'横' if o == 0 else '竖'}向{n}条以上、间距约 {pitch / DPI * 25.4:.0f} 毫米，"
                                       "比表格线淡且伸出表格边框" for o, n, pitch, _ in ruled)
                            + "），不是表格线，未按表格线读取；格线穿过的文字可能残缺，请核对原件")
    if abs(tilt) >= scan_cleanup.MIN_SKEW:
        doc.warnings.append(f"第{number}页去除纸上的格线后，页面的文字与表格线倾斜约 {abs(tilt):.1f}°"
                            "（纸张斜放在正的格线上，如垫板的网格），已按去除格线后的页面校正后识别")
    seam = scan_seam.laid_back(gray, vs, SNAP, rules)
    if seam is not None:    # a page stitched from two shots: the lower laid back on the upper, its rules found again
        gray, at, turn = seam
        bw, dots = ink(gray), []
        hs, vs = rules(gray, dots, bw)
        rgb = cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB)
        doc.warnings.append(f"第{number}页由两次拍摄拼接（距页顶 {at / DPI * 25.4:.0f} 毫米处有接缝，接缝上下的表格线错开"
                            + (f"，下半页倾斜约 {abs(turn):.1f}°" if turn else "")
                            + "），已将接缝以下按表格线对齐到接缝以上后识别，请核对接缝处的行")
    gray, specks = scan_cleanup.without_specks(gray)   # after the rules: a fax's dotted rule is dots too
    if specks:
        rgb = cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB)
        bw = ink(gray)
        doc.warnings.append(f"第{number}页满布细小斑点（椒盐噪点，共去除{specks}个远离文字的斑点），已去除后识别；"
                            "紧贴文字的斑点无法与小数点、冒号区分而保留，请核对原件")
    # No per-line 180° classifier: a report's lines are upright (the page is straightened above),
    # and on a noisy line it turned "≥90%" into "%06z"
    imprints = scan_imprint.bands(gray, DPI)    # an endorser's string down the page: no print of the form's
    eng = engine()
    result = _recognised(eng, rgb)
    if getattr(eng.text_rec, "reread", False):
        changed, han = eng.text_rec.last
        doc.warnings.append(f"第{number}页为繁体字（初次识别的 {han} 个汉字中 {changed} 个为繁体），"
                            f"已用识别繁体字的模型（{ocr_script.MODEL}）重新识别该页各行")
    doubted = getattr(eng.text_rec, "doubted", [])
    if rereads is not None:
        rereads += doubted
    if doubted:
        doc.warnings.append(f"第{number}页 {len(doubted)} 行初次识别存疑，已用 {ocr_script.MODEL} 重新识别并取其读法："
                            + first_few((f"“{a}”→“{b}”" for a, b in doubted), 20, "；", "……"))
    corrected = getattr(eng.text_rec, "corrected", [])
    if corrected:   # a character the recogniser was unsure of, its runner-up chosen by the words it makes
        doc.warnings.append(f"第{number}页识别校正（识别模型的备选字组成词典中的词）："
                            + first_few((f"“{a}”→“{b}”（行“{line}”）" for a, b, line in corrected), 20, "；", "……"))
        if words is not None:
            words += corrected
    figured = getattr(eng.text_rec, "figures", {})   # the lines' unsure digits' runner-ups (ocr_words)
    runners: list[tuple[float, float, str, str, float]] = []   # x, y on the page, figure, as a runner-up reads it
    chars: list[Char] = []
    widths: list[str] = []
    units: list[str] = []
    points: list[str] = []   # figures whose blanks were their lost point and commas (lost_points)
    twice: list[str] = []    # lines whose first character is the last of the box before it read again
    ends: list[tuple[str, float, float, float, float]] = []   # each line's last character, for read_twice
    strokes: list[str] = []
    romans: list[str] = []
    lost: list[str] = []   # where a line's characters leave room, inked, for one the reading lacks
    inked = [] if inked is None else inked
    broad = [] if broad is None else broad
    leaning: list[tuple[float, float]] = []   # lone 1s that lean as a slash does but have a flag or foot
    page_marks: list[bool] = []             # the widths of the brackets the page's lines measured
    unmeasured: list[tuple[int, str, list[int]]] = []   # a line's first char, text, brackets nothing measured
    lines = [_line(item) for item in result or []]
    unprinted = _unprinted(result or [], gray)
    if unprinted:
        doc.warnings.append(f"第{number}页 OCR 识别出的文字所在处没有本页印刷文字那样深的墨迹（是纸张的底纹、花纹等），未读入："
                            + "；".join(f"“{lines[k][0][:20]}”（置信度 {float(result[k][2]):.0%}）" for k in unprinted)
                            + "，请核对原件")
        lines = [("", None) if k in unprinted else line for k, line in enumerate(lines)]
    tilted = _tilted(result or []) - unprinted
    if tilted:
        doc.warnings.append(f"第{number}页有与页面文字行倾斜 {TILT:.0f}° 以上的文字行（盖在页面上的印章、批注等，不是表格的印刷文字），"
                            "未读入：" + "；".join(f"“{lines[k][0][:20]}”" for k in sorted(tilted)) + "，请核对原件")
        lines = [("", None) if k in tilted else line for k, line in enumerate(lines)]
    extents = [(min(p[0] for p in item[0]), min(p[1] for p in item[0]), max(p[0] for p in item[0]), max(p[1] for p in item[0]))
               for item in result or []]
    # an endorser's string down the page (scan_imprint): a line read from it alone left out, a word at a line's end cut off
    imprinted = [k for k, box in enumerate(extents) if lines[k][0] and any(scan_imprint.holds(b, box, DPI / 25.4)
                                                                           for b in imprints)]   # (a box a millimetre wide)
    lines = [("", None) if k in imprinted else line for k, line in enumerate(lines)]
    trims: list[str] = []
    for k, box in enumerate(extents if imprints else []):
        if (cut := scan_imprint.trimmed(*lines[k], box, imprints)) is not None:
            trims.append(f"“{lines[k][0][:30]}”→“{cut[0][:30]}”")
            lines[k] = cut
    boxed = [(box, text, centers) for box, (text, centers) in zip(extents, lines)]
    typeset = scan_glyphs.repaired(boxed, gray)
    signed, unsigned = scan_glyphs.dropped(boxed, gray, hs, vs)
    signed = {k: v for k, v in signed.items() if k not in typeset}
    if signed:
        doc.warnings.append(f"第{number}页 OCR 漏识数值前的比较符号（该处有墨迹，与本页识别出的“≥”“≤”字形相同），读作该符号："
                            + "；".join(f"“{lines[k][0][:30]}”→“{t[:30]}”" for k, (t, _) in signed.items()))
    doc.warnings.extend(unsigned_ink(number, [lines[k][0] for k in unsigned]))
    # dot leaders read as dots glued to the fields (a list typed with dotted tab stops): white (scan_leaders)
    leaders = scan_leaders.leader_page([text for text, _ in lines])
    led: list[str] = []
    for index, (item, (text, centers)) in enumerate(zip(result or [], lines)):
        box, read, score = item[:3]
        if not text:
            continue
        doubted_digits = [(read[a:b], alt, share) for a, b, alt, share in figured.get((read, float(score)), [])]
        if index in signed:     # the sign's place before the figure, where the box may not reach
            text, centers = signed[index]
            box = [(min(x, centers[0] - (centers[1] - centers[0]) / 2), y) for x, y in box]
        if index in typeset:
            units.append(f"第{number}页“{text[:30]}”→“{typeset[index][:30]}”")
            text = typeset[index]
        mille, centers = scan_permille.permille(text, centers)   # (its centres moved with it)
        if mille != text:
            units.append(f"第{number}页“{text}”→“{mille}”")
            text = mille
        fixed = fix_box(fix_numeric(text))   # (one character for one: the positions still fit)
        if fixed != text:
            fixes.append(f"第{number}页“{text}”→“{fixed}”")
            text = fixed
        pointed = lost_points(text, centers)   # (one character for one, as above)
        if pointed != text:
            points.append(f"“{text}”→“{pointed}”")
            text = pointed
        measured: dict[int, bool | None] = {}   # the line's marks whose width its geometry measured
        wide = scan_width.set_widths(text, centers, measured)   # (one character for one, as above)
        if wide != text:
            widths.append(f"第{number}页“{text[:30]}”→“{wide[:30]}”")
            text = wide
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        sign = scan_signs.raised(scan_signs.divided(scan_permille.by_ink(scan_signs.barred(text, centers, gray, (x0, y0, x1, y1)),
                                                       centers, gray, (x0, y0, x1, y1)), centers, gray, (x0, y0, x1, y1)),
                                 centers, gray, (x0, y0, x1, y1))
        if sign != text:
            units.append(f"第{number}页“{text[:30]}”→“{sign[:30]}”")
            inked += [(number, centers[k], (y0 + y1) / 2) for k, (a, b) in enumerate(zip(text, sign)) if (a, b) == ("%", "‰")]
            text = sign
        broad += [(number, centers[k], (y0 + y1) / 2) for k in scan_permille.wide(text, centers, gray, (x0, y0, x1, y1))]
        stroke = scan_signs.dash(scan_signs.slash(scan_signs.typed_bars(text, centers, gray, (x0, y0, x1, y1)), centers, gray,
                                                  (x0, y0, x1, y1)), centers, gray, (x0, y0, x1, y1))
        if stroke != text:
            strokes.append(f"第{number}页“{text}”→“{stroke}”")
            text = stroke
        elif scan_signs.leaning_one(text, centers, gray, (x0, y0, x1, y1)):
            leaning.append(((x0 + x1) / 2, (y0 + y1) / 2))
        numeral = scan_roman.by_ink(text, centers, gray, (x0, y0, x1, y1))
        if numeral != text:
            romans.append(f"第{number}页“{text[:30]}”→“{numeral[:30]}”")
            text = numeral
        wave = scan_width.brackets(scan_width.tilde(text, centers, gray, (x0, y0, x1, y1)), centers, gray,
                                   (x0, y0, x1, y1), measured)
        if wave != text:
            widths.append(f"第{number}页“{text[:30]}”→“{wave[:30]}”")
            text = wave
        if leaders and (bare := scan_leaders.without_leaders(text, x0, x1, centers)) is not None:
            # the leaders' places stay white: the characters beside them keep their own positions
            led.append(f"“{text[:30]}”→“{bare[0][:30]}”")
            text, x0, x1, centers, keep = bare
            at = {k: n for n, k in enumerate(keep)}
            measured = {at[k]: v for k, v in measured.items() if k in at}
            if not text:
                continue
        if ocr_boxes.read_twice(text, centers, y0, y1, ends):
            # the glyph the box before it on the row ends with, read again: its place is that box's
            twice.append(f"“{text[:30]}”→“{text[1:31]}”")
            pitch = ocr_boxes.full_pitch(text, centers) or 0
            text, centers = text[1:], centers[1:]
            x0 = max(x0, centers[0] - pitch * ocr_boxes.display_width(text[0]) / 4)
            measured = {k - 1: v for k, v in measured.items() if k > 0}
        if text and centers is not None and len(centers) == len(text):
            ends.append((text[-1], centers[-1], y0, y1, ocr_boxes.full_pitch(text, centers) or 0))
        lost += [f"“{text[:30]}”中“{text[k - 1]}”与“{text[k]}”之间" for k in ocr_boxes.lost_between(text, centers, gray, (x0, y0, x1, y1))]
        lost += [f"“{text[:30]}”中“{text[0]}”之前（行首）" if k == 0 else f"“{text[:30]}”中“{text[-1]}”之后（行末）"
                 for k in ocr_boxes.lost_at_ends(text, centers, gray, (x0, y0, x1, y1))]
        for figure, alt, share in doubted_digits:   # kept where the line's changes left the figure as read
            at = ocr_words.reading_in(text, figure)
            if at >= 0:
                x = centers[at] if centers is not None and len(centers) == len(text) else (x0 + x1) / 2
                runners.append((x, (y0 + y1) / 2, figure, alt, share))
        page_marks += [full for k, full in measured.items() if full is not None and text[k] in "()（）"]
        unset = [k for k, ch in enumerate(text) if ch in "()（）" and k not in measured]
        if unset:
            unmeasured.append((len(chars), text, unset))
        # a cell may start where detection began a box, or where the engine saw white inside one;
        # a typed field at its tab stop, where the engine's positions show less white (seen)
        pieces = ocr_boxes.placed(text, x0, x1, centers)
        seen = ocr_boxes.placed(text, x0, x1, centers, ocr_boxes.SOME)
        for k, (ch, (x, width, white), (sx, sw, _)) in enumerate(zip(text, pieces, seen)):
            chars.append(Char(x, y1, width, ch, float(score), cut=white or k == 0, mid=(y0 + y1) / 2,
                              seen=(sx, sx + sw)))
    if leaders:     # a field the detector passed over: print on a leader line that no box holds
        lost = scan_leaders.unread_ink(gray, [b for b, text, _ in boxed if text])
        if lost:
            def line_of(x0, y0, x1, y1) -> str:
                same = sorted((b[0], text) for b, text, _ in boxed if text and min(b[3], y1) - max(b[1], y0) > 0.3 * (y1 - y0))
                return "”“".join(text for _, text in same)[:40]
            doc.warnings.append(f"第{number}页目录式点线行中有{len(lost)}处印有文字却未识别出（OCR 未检出该处的文字框）："
                                + "；".join(f"行“{line_of(*run)}”中距页左 {run[0] / DPI * 25.4:.0f} 毫米处" for run in lost)
                                + "，该处的值未读取，请核对原件")
    if led:
        doc.warnings.append(f"第{number}页文字之间有目录式的点线（制表位的前导点，识别为“.”“…”等），共{len(led)}行，"
                            "已按空白读取：" + first_few(led, 8, "；", "……") + "，请核对原件")
    paged = scan_width.by_page(page_marks, [(chars[start:start + len(text)], text, unset)
                                            for start, text, unset in unmeasured])
    if paged:
        doc.warnings.append(f"第{number}页 OCR 括号在行首、行末或紧邻符号，无从量出宽度，本页量出宽度的 {len(page_marks)} 个括号均为"
                            + ("全角" if scan_width.page_width(page_marks) else "半角") + "，按此读取：" + "；".join(paged))
    if twice:
        doc.warnings.append(f"第{number}页 OCR 把同一个字读了两次（相邻两个文字框都框到了它：后一框的首字与同行前一框的末字相同，"
                            "两处位置相差不到半个字，是同一处墨迹），按一个字读取，删去后一框的首字，请核对原件：" + "；".join(twice))
    if points:
        doc.warnings.append(f"第{number}页 OCR 数字中间的窄空隙读作漏识的小数点（其后只有一两位数字，不可能是千位分组；其前隔三位的空隙读作千分位逗号；"
                            "二值扫描的去斑点处理等会把小数点、逗号当作污点去掉），请核对原件：" + "；".join(points))
    if units:
        doc.warnings.append("OCR 符号按字形重识（数字后的“%0”“%o”读作千分号“‰”，“%00”读作万分号“‱”，墨迹后多一个小圈的“%”亦读作“‰”；"
                            "比较符号下的横线两道读作“≧”“≦”，一道读作“≥”“≤”；墨迹为一横、上下各一点的“+”读作“÷”；单位字母后墨迹高于字母中线的“2”“3”读作“²”“³”；数值开头识别为数字的字，墨迹与本页识别出的"
                            "“≥”“≤”相同而与本页同一数字不同，读作该符号）："
                            + "；".join(units))
    if strokes:
        doc.warnings.append("OCR 单独一笔按墨迹重识（识别为“一”的笔画高过其宽且向右倾斜，读作斜线“/”；识别为“1”的笔画向右倾斜、"
                            "粗细均匀、无顶部的旗和底部的横，亦读作斜线“/”；"
                            "识别为“1”的笔画宽过其高，读作短横“-”；以“|”分隔单元格的行中，识别为“1”“丨”的一笔与该行的“|”"
                            "同高同细，读作“|”）：" + "；".join(strokes))
    if romans:
        doc.warnings.append("OCR 罗马数字按墨迹重识（“类”“级”前识别为“1”的字墨迹为无旗的竖笔，一竖读作“Ⅰ”，并排的两竖、三竖读作“Ⅱ”“Ⅲ”）：" + "；".join(romans))
    if lost:
        doc.warnings.append(f"第{number}页 OCR 漏识字（两字之间或行首、行末空出约一字的位置，其间有未识别出的字迹），所读文字缺字，"
                            "按所读文字读取，请核对原件：" + first_few(lost, 20, "；", "……"))
    if widths:
        doc.warnings.append("OCR 标点宽度按其在行中所占位置读出（全角占一字，半角约占三分之一字；数字间的波浪号按其墨迹宽度）："
                            + first_few(widths, 20, "；", "……"))
    # | and +----+ printed as characters: a fixed-width text table, read as its text
    typed, outside, on_rules = [], [], []
    for region in scan_text_table.find(bw, 3 * SNAP):
        if scan_text_table.drawn_bars(region, chars):
            continue    # strokes drawn beside lines of text (a card's bar), read with the page's other text
        text, taken, left, stray = scan_text_table.text(region, chars)
        gone = {id(ch) for ch in taken}
        chars = [ch for ch in chars if id(ch) not in gone]
        typed.append((region.bbox, text))
        outside += left
        on_rules += stray
    if outside:
        doc.warnings.append(f"第{number}页文本表格（以 | 与 +---+ 字符印出的表格）中有字符在该行两端的竖线之外，"
                            "无法确定属于哪个单元格，未读入：" + "；".join(f"“{t}”" for t in outside) + "，请核对原件")
    if on_rules:
        doc.warnings.append(f"第{number}页文本表格（以 | 与 +---+ 字符印出的表格）的横线（+---+ 行）上识别出不是横线的字符，"
                            "未读入：" + "；".join(f"“{t}”" for t in on_rules) + "，请核对原件")
    dots = [(x, y, ww, hh) for x, y, ww, hh in dots     # a text table's ----- is read as its text
            if not any(b[0] - SNAP <= x and x + ww <= b[2] + SNAP and b[1] - SNAP <= y <= b[3] + SNAP
                       for b, _ in typed)]
    if dots:
        doc.warnings.append(f"第{number}页有{len(dots)}条横向表格线印成断续的点（传真、抖动网点等），已按点连成表格线后识别；"
                            "这样的页面文字笔画同样残缺，识别置信度低的单元格请核对原件")
    # a rule printed as a character (box characters' │) may be read as one too: a bar standing on a
    # vertical rule is that rule, no cell's text (667's |1500.00)
    chars = [ch for ch in chars if not (ch.text in "|│" and any(
        abs(ch.x + ch.size / 2 - x) <= SNAP and y0 <= (ch.mid if ch.mid is not None else ch.y) <= y1 for x, y0, y1 in vs))]
    vs = _in_the_open(vs, chars)
    hs = _off_the_text(hs, chars)
    hs = _no_thin_bands(hs, chars)
    first = len(doc.blocks)
    # a page with no rule at all (a form's rules dropped out by the scanner, or faded): its tables
    # from where OCR's boxes stand (extract.box_table), before the aligned reader takes the rest
    assemble(doc, path, number, chars, hs, vs, SNAP, align=ALIGN, stacked=True, typed=typed,
             boxed=box_table.find if not hs and all(y1 - y0 < NO_RULE for _, y0, y1 in vs) else None,
             headings=bool(led))   # its leaders white, its runs are as typed: heading lines are rows
    _flat_tables(doc, first)
    if quarter in (1, 3):
        _across(doc, first, number, quarter, boxed, gray)
        _text_across(doc, first, number, quarter, boxed, gray)
    tables = [b for b in doc.blocks[first:] if isinstance(b, Table)]
    for side, cells in _cut_through(tables, gray.shape[1]).items():
        doc.warnings.append(f"第{number}页表格直抵扫描图像的{SIDES[side]}边缘，没有表格线收口（扫描时自动裁切或纸张放偏，"
                            f"表格被切去一截），靠{SIDES[side]}的一列只扫进一部分，其中的文字可能残缺、未能读取，请核对原件："
                            + _cells_named(cells, 8))
    read = _read_as_table(doc, number, tables, sum(len(b.text) for b in doc.blocks[first:] if not isinstance(b, Table))
                          + sum(len(c.text) for t in tables for c in t.cells))
    for x, y in leaning:
        cell = next((c for t in tables for c in t.cells if c.loc.bbox and c.loc.bbox[0] <= x <= c.loc.bbox[2]
                     and c.loc.bbox[1] <= y <= c.loc.bbox[3]), None)
        doc.warnings.append(f"第{number}页" + (f"表格第{cell.row + 1}行第{cell.col + 1}列" if cell else "")
                            + "单独识别为“1”的一笔向右倾斜，像斜线“/”，但带有旗或底横，按“1”读取，请核对原件")
    pointed, unsure = thousands(tables)
    if pointed:
        doc.warnings.append(f"第{number}页 OCR 数字间的全角逗号，同行、同列的其他数值写到三位小数而无千位分隔，读作小数点："
                            + "；".join(pointed))
    if unsure:
        doc.warnings.append(f"第{number}页 OCR 数值中的全角逗号可能是千位分隔符，也可能是识别错的小数点，同行、同列没有可资判断的数值"
                            "（三位小数或千位分隔的数），按千位分隔符读取，请核对原件：" + "；".join(unsure))
    powered = scan_signs.powers(tables)
    if powered:
        doc.warnings.append("OCR 单位的上标（²、³）未识别出，本页同一单位（同行或带同样的“/…”）印有上标，按此读取："
                            + "；".join(powered))
    dotted = scan_signs.dots(tables)
    if dotted:
        doc.warnings.append("OCR 单位中的间隔号“·”未识别出，同行另一数值的同一单位印有“·”，按此读取：" + "；".join(dotted))
    unclosed = scan_width.closed(tables)
    if unclosed:
        doc.warnings.append(f"第{number}页 OCR 单元格中的括号未闭合（折行末尾的后括号未识别出），已在单元格末尾补上：" + "；".join(unclosed))
    mixed = scan_width.paired(tables)
    if mixed:
        doc.warnings.append(f"第{number}页 OCR 单元格中一对括号识别为两种宽度（全角、半角），按全角读取：" + "；".join(mixed))
    numbered = scan_numbering.renumber(tables, number)
    if numbered:
        doc.warnings.append("OCR 圈码序号按所在列的顺序读出（圈内两位数字识别不清）：" + "；".join(numbered))
    listed = scan_numbering.relisted(tables, number)
    for kind, what in (("stop", "句点重复识别"), ("bracket", "括号识别为另一种宽度（全角、半角）")):
        changed = [c for k, c in listed if k == kind]
        if changed:
            doc.warnings.append(f"OCR 列表序号的{what}，已按所在列其他序号的写法读出：" + "；".join(changed))
    signs = scan_signs.reread(tables, gray, engine().text_rec, number, LOW_CONFIDENCE)
    if signs:
        doc.warnings.append("OCR 符号重识（单独成格的比较符号与右侧数值连读后重新识别）：" + "；".join(signs))
    blanks = scan_blanks.reread(tables, gray, engine().text_rec, number, LOW_CONFIDENCE)
    if blanks:
        doc.warnings.append("OCR 空格重识（数字列中未识别出文字但有墨迹的单元格，单独放大后重新识别）：" + "；".join(blanks))
    hidden = scan_obscured.said(tables, gray, number)
    if hidden:
        doc.warnings.append("OCR 单元格内有成块的灰色方格遮盖（打码的马赛克，不是印刷文字的墨迹），该格未识别出文字，"
                            "原件此处未必留空，所写内容未读取，请核对原件：" + "；".join(hidden))
    ringed = scan_blanks.rings(tables, number)
    if ringed:
        doc.warnings.append("OCR 数字列中数值一侧有不成对的括号（多为笔迹圈画的一段弧线），去除后按数值读取，请核对原件："
                            + "；".join(ringed))
    for x, y, figure, alt, share in runners:   # beside the cell that holds the figure still as read
        cell = next((c for t in tables for c in t.cells if c.loc.bbox and c.loc.bbox[0] <= x <= c.loc.bbox[2]
                     and c.loc.bbox[1] <= y <= c.loc.bbox[3]), None)
        if cell is not None and ocr_words.reading_in(cell.text, figure) >= 0:
            cell.runners.append((figure, alt, share))
    slashed = scan_blanks.slashes(tables, gray, number)
    if slashed:
        doc.warnings.append("OCR 空格按墨迹读出（同列其他单元格写“/”，本格未识别出文字但墨迹为一笔向右倾斜的斜线，读作“/”）："
                            + "；".join(slashed))
    dittoed = scan_blanks.dittos(tables, gray, number)
    if dittoed:
        doc.warnings.append("OCR 同上符号按墨迹读出（同列其他单元格为文字，本格识别为“11”等笔画或未识别出文字，墨迹为并排两短撇、"
                            "向右倾斜、约为该列文字一半高，读作“〃”，即同上一行）：" + "；".join(dittoed))
    _under_drops(doc, number, tables, gray)
    _under_chads(doc, number, tables, gray)
    _in_blank_band(doc, number, tables, cut)
    _under_lying_band(doc, number, tables, lying)
    _under_imprint(doc, number, tables, imprints, [result[k][1] for k in imprinted], trims)
    return read


def _under_imprint(doc: Document, number: int, tables: list, imprints: list, left_out: list[str], trims: list[str]) -> None:
    """A band of small characters turned 90 degrees down the page (an endorser's imprint, extract.scan_imprint):
    said where it runs, the lines read from it alone left out, a line's end word read from it cut off, the
    cells it runs through held in doubt."""
    if not imprints:
        return
    cells = scan_imprint.crossed(tables, imprints)
    for c in cells:
        c.doubt = "扫描仪喷码"
    mm = 25.4 / DPI
    where = "；".join(f"距页左约 {x0 * mm:.0f} 毫米、宽约 {(x1 - x0) * mm:.0f} 毫米，自上边约 {y0 * mm:.0f} 至 {y1 * mm:.0f} 毫米"
                     for x0, y0, x1, y1 in imprints)
    doc.warnings.append(f"第{number}页有{len(imprints)}条竖向印在页面上的小字符带（{where}；字符转了 90°、一个接一个沿页面向下排列，"
                        "是扫描仪进纸时喷印的档案号、日期、页码等（背书打印），不是表格的印刷文字）"
                        + (f"，只由它读出的{len(left_out)}行文字未读入（" + "、".join(f"“{t[:20]}”" for t in left_out) + "）"
                           if left_out else "")
                        + ("，文字行末（或行首）单独落在其中的字未读入：" + "；".join(trims) if trims else "")
                        + (f"；{len(cells)}个单元格的字迹被它压住，读出的文字可能少了字或多出它的字符，存疑，未作为核查依据："
                           + _cells_named(cells, 20) if cells else "；表格中的单元格未被压住") + "，请核对原件")


def _under_lying_band(doc: Document, number: int, tables: list, lying) -> None:
    """The cells of a page's table part of whose box a band lying across the page covered
    (scan_cleanup.lying_bands, taken out): counted and named, what they read held in doubt (the print
    under the band is gone: a cell read there may have lost characters or figures)."""
    if lying is None:
        return
    h, w = lying.shape
    cells = []
    for t in tables:
        for c in t.cells:
            if not c.loc.bbox:
                continue
            x0, y0, x1, y1 = (int(round(v)) for v in c.loc.bbox)
            x0, y0, x1, y1 = max(x0 + 3, 0), max(y0 + 3, 0), min(x1 - 3, w), min(y1 - 3, h)
            if x1 > x0 and y1 > y0 and lying[y0:y1, x0:x1].any():
                cells.append(c)
                if (c.text or "").strip():
                    c.doubt = "压在纸上的宽带"
    if cells:
        doc.warnings.append(f"第{number}页有{len(cells)}个单元格的一部分被斜贯页面的宽带遮住（其中的字迹残缺，读出的文字存疑，"
                            "未作为核查依据）：" + _cells_named(cells, 20) + "，请核对原件")


def _in_blank_band(doc: Document, number: int, tables: list, cut: tuple | None) -> None:
    """The cells of a page's table that lie (half their width or more) in the blank band that cut it
    (scan_cleanup.cut_band): counted and named, what they read held in doubt (what stood in the band did
    not print: a cell read there is a fragment at most)."""
    if not cut:
        return
    start, width, _ = cut
    cells = []
    for t in tables:
        for c in t.cells:
            if not c.loc.bbox:
                continue
            x0, _, x1, _ = c.loc.bbox
            if x1 > x0 and min(x1, start + width) - max(x0, start) >= (x1 - x0) / 2:
                cells.append(c)
                if (c.text or "").strip():
                    c.doubt = "未印出的空白带"
    if cells:
        empty = sum(1 for c in cells if not (c.text or "").strip())
        doc.warnings.append(f"第{number}页有{len(cells)}个单元格一半以上落在未印出的空白竖带内（其中{empty}个读作空白，"
                            "其余读出的文字为残缺的片段，存疑，未作为核查依据）："
                            + first_few((f"第{c.row + 1}行第{c.col + 1}列" + (f"“{c.text}”" if (c.text or "").strip() else "（空白）")
                                         for c in cells), 20, "；", "……") + "，请核对原件")


def _cells_named(cells, most: int) -> str:
    """Cells a page's warning names, by row and column as the page's table counts them and with what they
    read (第2行第3列“98%”), the first `most` of them."""
    return first_few((f"第{c.row + 1}行第{c.col + 1}列“{c.text}”" for c in cells), most, "；", "……")


def _under_drops(doc: Document, number: int, tables: list, gray) -> None:
    """A page seen through drops of water (extract.scan_drops): said, and the figures under them doubted."""
    found = scan_drops.drops(gray)
    if not found:
        return
    bands = scan_drops.streaks(gray)    # only on a page seen through drops: their trails
    cells = scan_drops.under(tables, gray, found, bands=bands)
    for c in cells:
        c.doubt = "水滴"
    doc.warnings.append(f"第{number}页透过带水滴的玻璃拍摄（页面上有{len(found)}处水滴的圆形暗边"
                        + (f"、{len(bands)}道水流的痕迹" if bands else "") + "，水滴如小透镜，"
                        "其下的文字倒置、缩小、模糊，水痕的边缘可能被当作表格竖线）" + (
                            f"，{len(cells)}个含数字的单元格被水滴遮住部分字迹，识别出的数值存疑，未作为核查依据："
                            + _cells_named(cells, 20)
                            if cells else "，表格中含数字的单元格未被遮住") + "，请核对原件")


def _under_chads(doc: Document, number: int, tables: list, gray) -> None:
    """Round pieces of paper lying on a page (punch chads, extract.scan_drops.chads): said with the cells whose print
    they reach, the figures among them doubted (a chad hides part of what it lies on)."""
    found = scan_drops.chads(gray)
    if not found:
        return
    cells = scan_drops.under(tables, gray, found, figures=False)
    for c in cells:
        if scan_drops.FIGURE.search(c.text or ""):
            c.doubt = "纸片"
    doc.warnings.append(f"第{number}页上有{len(found)}处圆形小纸片（如打孔留下的纸屑）压在字迹上（边缘一侧有阴影），"
                        "纸片下的字迹被遮住，识别出的文字可能残缺或有误，未能找出的纸片下亦然" + (
                            f"；{len(cells)}个单元格的字迹被纸片遮住一部分（其中的数值存疑，未作为核查依据）："
                            + _cells_named(cells, 20)
                            if cells else "；表格中的单元格未被遮住") + "，请核对原件")


# A pattern printed over the paper (702's pink guilloche on security paper) can be read as a letter
# where its lines cross (an X before 100%): the recogniser's doubt is its only sign in the text, but
# the ink shows it: the darkest pixel in the line's box is far lighter than the page's print. A
# line read with doubt whose darkest pixel lies nearer the paper than the print every line reaches
# (the median of the lines' darkest) holds no print. A faint page is faint in every line alike; a
# faint part of a page (a phone's greasy lens veiling the middle of the table, 1011's: the print there
# 165-195 on paper of 237, the page's 27) is faint in lines read without doubt too: a line is left
# out only where it is also lighter than the print of all but one of the NEAR_SURE lines read without
# doubt nearest it (a pattern's letter stands among print as dark as the page's, one of its letters
# read without doubt at most; at the veil's edge some of a faint line's neighbours stand outside it).
UNPRINTED = 0.5      # of the way from the page's print to its paper: a line's darkest lighter than this
NEAR_SURE = 4        # lines read without doubt, the nearest, two of which a doubtful line may be as faint as


# A dark fibre of recycled paper, a hair or a scratch standing upright across one row can be as tall as the row
# and meet its rules (1061's fibre ran down through the head 全年执行数 between 全 and 年: the head became two cells
# 全 | 年执行数 over figures that span both, the column had no head and its 执行数 went to no field, unsaid). A
# column's rule runs in white: the cells' text stands clear of it, and OCR begins a new box, or sees white, at the
# first character after it. A lone upright piece (no other piece of rule in line with it on the page) that OCR's
# text runs straight through, a character right after it in the same box with no white before it, is no rule.


def _askew_on_ruling(gray, ruled: list) -> float:
    """The page's tilt (scan_cleanup.skew_angle) with the paper's ruling (rules' `ruled`) erased: a sheet
    laid askew on a straight grid (1102's second page: a cutting mat's 22 long lines across told 0.0
    degrees, the sheet lies 0.55 askew on it) is measured by its own print."""
    return scan_cleanup.skew_angle(scan_ruling.erased(gray, [lines for *_, lines in ruled]))


def _in_the_open(vs: list, chars: list) -> list:
    """The vertical rules (x, y0, y1) without the lone pieces a line of OCR's text runs through: two characters
    of one box on either side of the piece, the second with no white before it (Char.cut), in a run of at least
    ocr_boxes.MIN_CHARS (a shorter box's characters are spread evenly over it, no measure of white), the piece
    no taller than two characters (one row: 367's 分值 | 得分 rule, left alone in line by a scanner app's threshold,
    runs up into the head row, whose 实施单位 runs across its top)."""
    runs: list[int] = []        # per character, the length of its run from a cut to the next
    start = 0
    for k in range(1, len(chars) + 1):
        if k == len(chars) or chars[k].cut:
            runs += [k - start] * (k - start)
            start = k

    def through(v: tuple) -> bool:
        x, y0, y1 = v
        return any(not b.cut and runs[k] >= ocr_boxes.MIN_CHARS and b.mid is not None and y0 <= b.mid <= y1
                   and y1 - y0 <= 2 * max(a.size, b.size) and a.x + a.size / 2 <= x <= b.x + b.size / 2
                   for k, (a, b) in enumerate(zip(chars, chars[1:]), start=1))
    return [v for v in vs if any(o is not v and abs(o[0] - v[0]) <= SNAP for o in vs) or not through(v)]


def _off_the_text(hs: list, chars: list) -> list:
    """The horizontal rules (y, x0, x1) without those that run through the middle of a line of text: STRUCK or
    more characters whose box's middle lies within a quarter of their height of the line, along its length.
    A table's rule runs between its rows' lines, never through them; a line through them is a mark on the
    print (1544.scan: an inkjet head striking the cockled paper left grey ink tracks through the rows, read
    as rules that cut 每亩改造补助's row into three and the fund's 执行率 / 得分 off their row; nothing said)."""
    def through(h: tuple) -> list:
        y, x0, x1 = h
        return [c for c in chars if c.mid is not None and x0 <= c.x + c.size / 2 <= x1 and abs(c.mid - y) <= c.size / 4]

    def spilt(h: tuple, hit: list) -> bool:
        """A row's rule that a cell's overflowing text is drawn over (1819.scan: an Excel print's wrapped source label,
        too long for its row, centred over the rule above it): the line runs end to end as the table's other rules
        do, and the characters it strikes stand in one stretch of it, a third of its length at most."""
        y, x0, x1 = h
        ends = [o for o in hs if o is not h and abs(o[1] - x0) <= SNAP and abs(o[2] - x1) <= SNAP]
        stretch = max(c.x + c.size for c in hit) - min(c.x for c in hit)
        return len(ends) >= 2 and stretch * 3 <= x1 - x0
    return [h for h in hs if len(hit := through(h)) < STRUCK or spilt(h, hit)]


STRUCK = 3      # characters a line runs through the middle of: a rule never does (two: a box's mismeasure)


def _no_thin_bands(hs: list, chars: list) -> list:
    """The horizontal rules (y, x0, x1) without the short lines lying closer to a longer rule than half a line of
    the page's text, all along their length: the band between holds no text, so it is no row; the short line is
    a mark on the print beside the rule (1544.scan: a head strike's ink track grazing the tops of 每亩改造补助's
    figures just under the row's top rule cut them off the row's name into a row of their own). Lines of one
    length (a double rule) are left."""
    sizes = sorted(c.size for c in chars if c.size)
    if len(sizes) < STRUCK:
        return hs
    thin = sizes[len(sizes) // 2] / 2

    def beside(h: tuple) -> bool:
        y, x0, x1 = h
        return any(o is not h and abs(o[0] - y) < thin and o[1] - SNAP <= x0 and x1 <= o[2] + SNAP
                   and (o[2] - o[1]) - (x1 - x0) > 2 * SNAP for o in hs)
    return [h for h in hs if not beside(h)]


# A table is printed within the paper's margins: a grid whose cells reach the very edge of the image was cut
# there (a sheet-fed scanner's automatic crop taking a column rule for the paper's edge, 1062's: the fund's 得分
# left as "9.", 自评等级 as "自评等"); its rules run off the image and no rule closes the cells along that side.
# The sides only: an image of a strip of a page (a row or two cut out of it, as tests read them, or a table
# running on over pages, photographed in parts) reaches the top and the bottom by design.
SIDES = {"left": "左", "right": "右"}


def _cut_through(tables: list, w: int) -> dict[str, list]:
    """Per side (left, right) of a page image w pixels wide that a table's grid reaches (within SNAP), the cells
    along it that hold text (what the cut may have left partial)."""
    out: dict[str, list] = {}
    for t in tables:
        boxed = [c for c in t.cells if c.loc.bbox]
        for side, at in (("left", lambda b: b[0] <= SNAP), ("right", lambda b: b[2] >= w - SNAP)):
            edge = [c for c in boxed if at(c.loc.bbox)]
            if edge and any(c.text for c in edge):
                out.setdefault(side, []).extend(c for c in edge if c.text)
    return out


def _unprinted(result: list, gray) -> set[int]:
    """The lines (their indexes) read with doubt whose box holds no ink as dark as the page's print,
    nor as dark as the print of the lines read without doubt around it."""
    import numpy as np

    h, w = gray.shape[:2]
    darkest, centres = [], []
    for item in result:
        xs, ys = [p[0] for p in item[0]], [p[1] for p in item[0]]
        crop = gray[max(0, int(min(ys))):min(h, int(max(ys)) + 1), max(0, int(min(xs))):min(w, int(max(xs)) + 1)]
        darkest.append(int(crop.min()) if crop.size else 255)
        centres.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
    if len(darkest) < 3:
        return set()
    paper, print_ = float(np.median(gray)), float(np.median(darkest))
    cut = print_ + UNPRINTED * (paper - print_)
    sure = [k for k, item in enumerate(result) if float(item[2]) >= LOW_CONFIDENCE]
    # the sure lines' centres and darkest as arrays: each doubtful line measures them all at once (a page
    # of thousands of lines sorted them in Python once per doubtful line)
    sure_at, sure_dark = np.array([centres[j] for j in sure], dtype=float).reshape(-1, 2), np.array([darkest[j] for j in sure])
    out = set()
    for k, item in enumerate(result):
        if float(item[2]) >= LOW_CONFIDENCE or darkest[k] <= cut:
            continue
        if len(sure) >= NEAR_SURE:
            d2 = ((sure_at - np.array(centres[k])) ** 2).sum(axis=1)
            near = np.argsort(d2, kind="stable")[:NEAR_SURE]
            local = float(np.sort(sure_dark[near])[-2])   # the second faintest
            if darkest[k] <= local + UNPRINTED * (paper - local):
                continue   # as dark as the print around it: a faint part of the page, printed
        out.add(k)
    return out


# A stamp pressed askew over the print (733's black 已审核, its date line over a figure cell, turned 7
# degrees) is read as lines like the page's own, and its date went into the cell under it. The page's
# lines are level once the page is straightened; a line turned from them by TILT or more is no print of
# the page's. Only lines long enough for their angle to tell (TILT_LONG heights) are measured.
TILT = 5.0           # degrees from the page's lines (a phone photo's curl bends its lines less)
TILT_LONG = 3.0      # a line's length in its heights, at least, to measure its angle


def _tilted(result: list) -> set[int]:
    """The lines (their indexes) turned from the page's own lines by TILT degrees or more."""
    import math
    from statistics import median

    angles = {}
    for k, item in enumerate(result):
        (ax, ay), (bx, by), _, (dx, dy) = item[0][:4]
        if math.hypot(bx - ax, by - ay) >= TILT_LONG * max(math.hypot(dx - ax, dy - ay), 1.0):
            angles[k] = math.degrees(math.atan2(by - ay, bx - ax))
    if len(angles) < 5:
        return set()
    level = median(angles.values())
    return {k for k, a in angles.items() if abs(a - level) >= TILT}


def _line(item) -> tuple[str, list | None]:
    """A recognised line's text, stripped, and its characters' centres (extract.ocr_boxes; None
    where the engine gave none that fit)."""
    read = item[1]
    text = read.strip()
    centers = ocr_boxes.centers_of(item)
    if centers is not None and len(centers) == len(read):
        lead = len(read) - len(read.lstrip())
        centers = centers[lead:lead + len(text)]
    return text, centers


BLIND_LINES = 8     # a cell of this many lines holding most of its page's text: the grid was not found


def _flat_tables(doc: Document, first: int) -> None:
    """The page's lines that no rule put in a table but that are shaped like a text table's rows
    (668's Markdown rows |产出指标|数量指标|…| typed a line a cell) read as the text-line reader reads a
    .txt (extract.flat_lines), as a PDF's or a Word file's such lines are; the page's blocks from
    `first` on, the document's blocks numbered again where a table was found."""
    from .flat_lines import read_flat_tables
    page = Document(source=doc.source, format=doc.format, sha256=doc.sha256)
    page.blocks = doc.blocks[first:]
    read_flat_tables(page)
    doc.warnings += page.warnings
    if page.blocks != doc.blocks[first:]:
        doc.blocks[first:] = page.blocks
        doc.renumber()


def _across(doc: Document, first: int, number: int, quarter: int, boxed: list, gray) -> None:
    """A table of a page turned a quarter whose lines stand across the page as read (920's head and
    fund block upright above a table turned the other way, extract.scan_orient.stands_across) is
    turned back to the rows and columns its text reads in, and its cells read again with their ink
    turned upright (scan_orient.reread), said; so are columns at a table's edge whose lines alone stand
    across (scan_orient.across_band: rows printed upright under a turned table), cut off as a table."""
    for table in doc.blocks[first:]:
        placed = [c.loc.bbox for c in table.cells if c.loc.bbox] if isinstance(table, Table) else []
        if not placed:
            continue
        x0, y0 = min(b[0] for b in placed), min(b[1] for b in placed)
        x1, y1 = max(b[2] for b in placed), max(b[3] for b in placed)
        lines = [box for box, text, _ in boxed if len(text.strip()) >= 2
                 and x0 <= (box[0] + box[2]) / 2 <= x1 and y0 <= (box[1] + box[3]) / 2 <= y1]
        band = scan_orient.across_band(table, lines)
        if band:
            # rows printed upright under (or over) a turned table: their own table, read back
            band_table, rest = scan_orient.cut_columns(table, band)
            k = next(i for i, b in enumerate(doc.blocks) if b is table)
            doc.blocks[k] = rest
            back = _turn_back(doc, band_table, number, quarter, gray,
                              f"第{number}页表格（{table.n_rows}行×{table.n_cols}列）靠边的{abs(band)}列")
            # where the band lies in the text's reading order: quarter 3 reads the columns right to left
            doc.blocks.insert(k + 1 if (band > 0) == (quarter == 3) else k, back)
            doc.renumber()
        elif scan_orient.stands_across(lines):
            k = next(i for i, b in enumerate(doc.blocks) if b is table)
            doc.blocks[k] = _turn_back(doc, table, number, quarter, gray,
                                       f"第{number}页有一个表格（{table.n_rows}行×{table.n_cols}列）")


# 1298.scan: a table printed sideways on its page, the page's closing lines (总分：100 得分：98.20 自评等级：优, the
# notes, the signatures) upright under it. The page is turned for the table's text, so those lines stand across
# it as read and came out as scattered paragraphs (总分 lost, 得分 and a phone number joined), unsaid. Where
# every long line (twice as long as thick) outside the page's tables stands across (MIN_TABLE_LINES at least), the
# page's paragraphs are all theirs: the band they lie in is turned back and read again as lines, said.
def _text_across(doc: Document, first: int, number: int, quarter: int, boxed: list, gray) -> None:
    """The paragraphs of a page turned a quarter whose lines outside every table all stand across the page
    as read (printed the other way round from the tables), read again from their band turned back."""
    import cv2
    import numpy as np

    placed = [c.loc.bbox for b in doc.blocks[first:] if isinstance(b, Table) for c in b.cells if c.loc.bbox]
    if not placed:
        return
    tx0, ty0 = min(b[0] for b in placed), min(b[1] for b in placed)
    tx1, ty1 = max(b[2] for b in placed), max(b[3] for b in placed)
    outside = [box for box, text, _ in boxed if text.strip() and
               not (tx0 <= (box[0] + box[2]) / 2 <= tx1 and ty0 <= (box[1] + box[3]) / 2 <= ty1)]
    long = [box for box in _stacked(outside) if max(box[2] - box[0], box[3] - box[1]) >= 2 * min(box[2] - box[0], box[3] - box[1])]
    paragraphs = [k for k in range(first, len(doc.blocks)) if not isinstance(doc.blocks[k], Table)]
    if not paragraphs or len(long) < scan_orient.MIN_TABLE_LINES or not all(b[3] - b[1] > b[2] - b[0] for b in long):
        return
    h, w = gray.shape[:2]
    x0, y0 = max(0, int(min(b[0] for b in outside) - SNAP)), max(0, int(min(b[1] for b in outside) - SNAP))
    x1, y1 = min(w, int(max(b[2] for b in outside) + SNAP)), min(h, int(max(b[3] for b in outside) + SNAP))
    band = np.ascontiguousarray(np.rot90(gray[y0:y1, x0:x1], -quarter))
    lines = []
    for item in _recognised(engine(), cv2.cvtColor(band, cv2.COLOR_GRAY2BGR)):
        text = item[1].strip()
        if text:
            ys, xs = [p[1] for p in item[0]], [p[0] for p in item[0]]
            lines.append(((min(ys) + max(ys)) / 2, max(ys) - min(ys), min(xs), text))
    if not lines:
        return
    rows: list[list] = []
    for mid, high, left, text in sorted(lines):
        if rows and abs(mid - rows[-1][0][0]) < 0.5 * max(high, rows[-1][0][1]):
            rows[-1].append((mid, high, left, text))
        else:
            rows.append([(mid, high, left, text)])
    texts = ["  ".join(t for *_, t in sorted(row, key=lambda r: r[2])) for row in rows]
    was = [doc.blocks[k].text for k in paragraphs]
    loc = doc.blocks[paragraphs[0]].loc
    for k in reversed(paragraphs):
        del doc.blocks[k]
    at = paragraphs[0] if paragraphs[0] < len(doc.blocks) else len(doc.blocks)
    doc.blocks[at:at] = [Paragraph(text=t, loc=loc) for t in texts]
    doc.renumber()
    doc.warnings.append(f"第{number}页表格以外的{len(long)}行文字与表格文字方向相差 90°（页面按表格文字转正，这些行随之横置，"
                        f"读成零散的“{first_few(was, 4, '”“', '……')}”），已将其所在区域转回后重新识别为{len(texts)}行："
                        + first_few(texts, 3, "；", "……") + "，请核对原件")


def _stacked(boxes: list) -> list:
    """Boxes with the glyph-sized boxes of one column joined: a line standing across the page as read may come
    out of the detector a glyph or two a box (1322.scan: 总 | 00T | 得 | 自 | 评 | 等 | 优 one over another, the
    总分 / 得分 / 自评等级 line under a table printed sideways), each box no longer than wide; two or more boxes
    whose spans across overlap by half the narrower are one line, its box their union. Others (a line's long box,
    a glyph alone) stay as they are."""
    def overlap(a, b) -> bool:
        return min(a[2], b[2]) - max(a[0], b[0]) >= 0.5 * min(a[2] - a[0], b[2] - b[0])

    def glyph(b) -> bool:   # no longer one way than twice the other
        return max(b[2] - b[0], b[3] - b[1]) < 2 * min(b[2] - b[0], b[3] - b[1])

    short = sorted((b for b in boxes if glyph(b)), key=lambda b: (b[0] + b[2]) / 2)
    groups: list[list] = []
    for b in short:
        if groups and overlap(groups[-1][-1], b):
            groups[-1].append(b)
        else:
            groups.append([b])
    joined = [(min(b[0] for b in g), min(b[1] for b in g), max(b[2] for b in g), max(b[3] for b in g))
              for g in groups if len(g) >= 2]
    return [b for b in boxes if not glyph(b)] + joined + [g[0] for g in groups if len(g) == 1]


def _turn_back(doc: Document, table: Table, number: int, quarter: int, gray, what: str) -> Table:
    """The table turned back to the rows and columns its text reads in and its cells read again
    upright (_across), said."""
    back = scan_orient.turned_back(table, quarter)
    changed = scan_orient.reread(back, gray, quarter, engine().text_rec, LOW_CONFIDENCE)
    doc.warnings.append(f"{what}的文字与该页其余文字方向相差 90°"
                        f"（页面按多数文字转正），已按该表文字的方向读出其行列（{table.n_cols}行×{table.n_rows}列）"
                        + (f"，并将其单元格转正后重新识别：{first_few(changed, 20, '；', '……')}" if changed else "")
                        + "，请核对原件")
    return back


def _read_as_table(doc: Document, number: int, tables: list, read: int) -> bool:
    """Whether the page gave a table of rows and columns; where it did not, a warning says so: no
    table at all (little text, or text without rules), or one cell holding most of the page's text
    in many lines (a frame round the page, the sheet's outline on a photo, lines too askew to meet)."""
    cause = "请核对原件（页面可能倒置、横置、拍摄变形、过于模糊，或该页本无表格）"
    if not tables:
        doc.warnings.append(f"第{number}页 OCR 未读出表格（共识别出 {read} 个字），{cause}")
        return False
    for table in tables:
        for cell in table.cells:
            if cell.text.count("\n") + 1 >= BLIND_LINES and len(cell.text) * 2 > read:
                doc.warnings.append(f"第{number}页 OCR 读出的表格中，一个单元格（第{cell.row + 1}行第{cell.col + 1}列）"
                                    f"含 {cell.text.count(chr(10)) + 1} 行文字、占该页所识别文字的一半以上，"
                                    f"表格的行列未能读出，{cause}")
                return False
    # the grid found only in part (1102.scan: a cutting mat's grid through the page left the table's left
    # half one cell and its right half another, neither half the page's text): such cells together
    blind = [c for t in tables for c in t.cells if c.text.count("\n") + 1 >= BLIND_LINES]
    if len(blind) > 1 and sum(len(c.text) for c in blind) * 2 > read:
        doc.warnings.append(f"第{number}页 OCR 读出的表格中，{len(blind)}个单元格（"
                            + "、".join(f"第{c.row + 1}行第{c.col + 1}列，{c.text.count(chr(10)) + 1} 行" for c in blind[:6])
                            + f"）各含多行文字，合占该页所识别文字的一半以上，表格的行列未能读出，其中的指标行均未读取，{cause}")
        return False
    return True


def _orientation(rgb) -> tuple[int, bool]:
    """(quarter turns (np.rot90's k), mirrored) that set the page upright (extract.scan_orient.way:
    mirrored left to right first, then turned); (0, False) where the engine has no detector of its
    own to ask (a stand-in engine)."""
    eng = engine()
    detect = getattr(eng, "text_det", None)
    if detect is None:
        return 0, False
    rec = getattr(eng.text_rec, "rec", eng.text_rec)   # the plain recogniser: no re-reading of doubtful lines
    return scan_orient.way(rgb, detect, rec)


def _recognised(eng, rgb) -> list:
    """The engine's lines of the page, each with its characters' positions (extract.ocr_boxes);
    FAST's recogniser and CELLS' engine give none, and their lines are read without."""
    if FAST or CELLS:
        result, _ = eng(rgb, use_cls=False)
    else:
        result, _ = eng(rgb, use_cls=False, return_word_box=True)
    return result or []


def rules(gray, dotted: list | None = None, bw=None, ruled: list | None = None) -> tuple[list, list]:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) ruling lines of a page image; the boxes of
    the rules found printed as dots (_dotted) are added to `dotted` where one is given. bw: the
    page's ink(gray), where the caller has it already (it is only read here). ruled: where given,
    the paper's own ruling left out (scan_ruling) is added to it as (orientation, lines, pitch)."""
    import cv2
    import numpy as np

    h, w = gray.shape
    bw = ink(gray) if bw is None else bw
    paper, darkest = float(np.median(gray)), float(np.percentile(gray, 0.5))
    found, masks, labelled = [], [], []
    for kernel in ((max(25, w // 40), 1), (1, max(25, h // 60))):
        opened = cv2.morphologyEx(bw, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        if kernel[0] == 1:
            opened = _pinned(bw, opened, kernel[1])
        mask = cv2.dilate(opened, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        on = opened > 0     # each line's own pixels (not the dilation's): how dark it is
        total = np.bincount(labels[on], weights=gray[on].astype(np.float64), minlength=n)
        count = np.maximum(np.bincount(labels[on], minlength=n), 1)
        shade = (paper - total / count) / max(paper - darkest, 1.0)
        found.append([(tuple(int(v) for v in stats[k][:4]), shade[k]) for k in range(1, n)])
        masks.append(mask)
        labelled.append((labels, opened))
    faint = _faintest_rule(bw, gray, found, masks, paper, darkest)

    def inner(o: int, k: int, lo: float, hi: float) -> float:    # line k's shade between lo and hi along it
        x, y, ww, hh = found[o][k][0]
        labels, opened = labelled[o]
        part = (labels[y:y + hh, x:x + ww] == k + 1) & (opened[y:y + hh, x:x + ww] > 0)
        along = np.arange(x, x + ww) if o == 0 else np.arange(y, y + hh)
        keep = (along >= lo) & (along <= hi)
        part = part & (keep[None, :] if o == 0 else keep[:, None])
        if not part.any():
            return 0.0
        return (paper - float(gray[y:y + hh, x:x + ww][part].mean())) / max(paper - darkest, 1.0)

    def typical(o: int, k: int) -> float:    # line k's median shade: its crossings left out
        x, y, ww, hh = found[o][k][0]
        labels, opened = labelled[o]
        part = (labels[y:y + hh, x:x + ww] == k + 1) & (opened[y:y + hh, x:x + ww] > 0)
        if not part.any():
            return 0.0
        return (paper - float(np.median(gray[y:y + hh, x:x + ww][part]))) / max(paper - darkest, 1.0)

    said: list = []
    papers = scan_ruling.ruling(found, SNAP, inner, said, typical)
    if papers[0] or papers[1]:      # the paper's lines' ink out of what is looked at next (dots, sides)
        bw = bw.copy()
        for o, n, pitch in said:
            labels, opened = labelled[o]
            lines = np.isin(labels, [k + 1 for k in papers[o]]) & (opened > 0)
            lines &= gray >= np.median(gray[lines]) - scan_ruling.INKED   # not where a rule or stroke crosses it
            bw[lines] = 0
            if ruled is not None:
                ruled.append((o, n, pitch, lines))
    cut = scan_ruling.run_on(found, SNAP, inner, papers)
    if cut[0] or cut[1]:    # the run-on's ink out of what is looked at next (_dotted would join it again)
        bw = bw.copy()
    for o in (0, 1):
        for k, (lo, hi) in cut[o].items():
            labels, opened = labelled[o]
            along = np.arange(w) if o == 0 else np.arange(h)
            off = (along < lo) | (along >= hi)
            run = (labels == k + 1) & (opened > 0) & (off[None, :] if o == 0 else off[:, None])
            if run.any():
                bw[run & (gray >= np.median(gray[run]) - scan_ruling.INKED)] = 0

    def within(o: int, k: int, box: tuple) -> tuple:     # a rule less the ruling it runs on into
        if k not in cut[o]:
            return box
        lo, hi = cut[o][k]
        return (lo, box[1], hi - lo, box[3]) if o == 0 else (box[0], lo, box[2], hi - lo)

    out = [[within(o, k, box) for k, (box, s) in enumerate(lines) if s >= faint and k not in papers[o]]
           for o, lines in enumerate(found)]
    out[0] = [box for box in out[0] if not _lettered(bw, box)]
    out[1] = [(x, y, ww, hh) for x, y, ww, hh in out[1] if not _lettered(bw.T, (y, x, hh, ww))]   # a title's upright strokes
    out[1] = _unbarred(out[1], out[0])
    solid = list(out[0])
    out[0] = _dotted(bw, gray, out[0], max(25, w // 40), paper, darkest, faint)
    if dotted is not None:
        dotted += [b for b in out[0] if b not in solid]
    out[0] = _unfolded(bw, out[0], (max(25, w // 40), 1))
    out[1] = [(x, y, ww, hh) for y, x, hh, ww in _unfolded(bw.T, [(y, x, hh, ww) for x, y, ww, hh in out[1]],
                                                         (max(25, h // 60), 1))]
    horizontal = [(y + hh / 2, x, x + ww) for x, y, ww, hh in out[0] if ww >= 3 * SNAP]
    vertical = [(x + ww / 2, y, y + hh) for x, y, ww, hh in out[1] if hh >= 3 * SNAP]
    vertical += _box_sides(bw, out[0], kernel[1])
    horizontal, vertical = _off_the_edge(horizontal, vertical, w, h)
    # the verticals against the mended horizontals: a rule across whose break falls where a vertical
    # ends is there for it (700's stair-stepped rules broke at each crossing, and the indicator
    # grid's column rule, meeting no rule at its top, reached up to the fund table's bottom rule and
    # made the two tables one, so the continuation's repeated header no longer matched)
    horizontal = _bridged(horizontal, vertical)
    return boxes_in_cells(horizontal, _aloof(horizontal, _bridged(vertical, horizontal)))


# Heavy toner runs a bold line's characters together: their horizontal strokes make one run of ink
# as long as a short rule, the more so on a page printed shrunk (906's, fit to page at 70%: the
# kernel's w // 40 px is four characters there). A run through the middle of the line is crossed by
# its glyphs' upright strokes, ink just above and just below it over most of its length (906's:
# 0.48-0.81); a run along the line's top or foot has the glyphs' bodies on one side of it over most of
# its length (0.84-0.94). A rule has ink beside it only where a rule across, the strokes of a cell's
# text touching it or a scan's blur meet it (over fourteen scans: crossed at most 0.13, one side at
# most 0.38). Taken as a rule, a merged level cell's text centred on a row's line lengthened that
# line across the merged cell (the bridge), the cell's text went to one row and the rows above it
# took the level of the group before, unsaid. A bold title's upright stroke is the same seen on
# its side (888's banner: a 27 px stroke bridged the head table's left side up to the banner's box).
CROSSED = 0.35      # of a run's length crossed by strokes: more is a line of text, not a rule
SIDED = 0.75        # of a run's length with ink along one side: more is a text line's top or foot
CROSS_REACH = max(2, round(DPI / 25.4 * 0.5))   # pixel rows above and below looked at: 0.5 mm


# A barcode (an archive sticker's, a form's own) is a row of upright strokes alike in height, a few
# pixels apart, standing free of any rule across. Taken as rules, 940.scan's bars were bridged down
# to the head table's column rules below the sticker, so the table's right half began at the
# sticker's top and read as one cell (its fund weight lost, a false JX303). A grid's rules meet
# rules across at their ends, however close (a page turned a quarter has its rows' rules upright,
# 4 mm apart in a dense head block); a double rule is two lines, never five.
BAR_GAP = DPI / 25.4 * 3    # 3 mm: free strokes closer than this are one row of bars
BARS = 5                    # strokes in one such row at least: a barcode, not a double rule
BAR_LIKE = 0.8              # of the taller stroke's height shared by two strokes in one row


def _unbarred(boxes: list, across: list) -> list:
    """Upright runs (x, y, w, h) less those in a barcode: BARS or more standing side by side, each
    within BAR_GAP of the next and sharing BAR_LIKE of the taller one's height, most of them meeting
    none of the runs `across` (x, y, w, h)."""
    def free(b) -> bool:
        return not any(a[0] - SNAP <= b[0] + b[2] and b[0] <= a[0] + a[2] + SNAP
                       and b[1] - SNAP <= a[1] + a[3] and a[1] <= b[1] + b[3] + SNAP for a in across)

    order = sorted(range(len(boxes)), key=lambda k: boxes[k][0])
    drop: set[int] = set()
    for start, k in enumerate(order):
        run, last = [k], boxes[k]
        for j in order[start + 1:]:
            b = boxes[j]
            if b[0] - (last[0] + last[2]) > BAR_GAP:
                break
            shared = min(last[1] + last[3], b[1] + b[3]) - max(last[1], b[1])
            if shared >= BAR_LIKE * max(last[3], b[3]):
                run.append(j)
                last = b
        if len(run) >= BARS and 2 * sum(free(boxes[j]) for j in run) > len(run):
            drop.update(run)
    return [box for k, box in enumerate(boxes) if k not in drop]


def _lettered(bw, box: tuple) -> bool:
    """A horizontal run of ink (x, y, w, h, as rules() found it) that is a line of text's strokes run
    together, not a rule: ink just above and below it over more than CROSSED of its length, or on
    one side of it over more than SIDED."""
    x, y, ww, hh = box
    above = _beside(bw[max(0, y - CROSS_REACH):y, x:x + ww] > 0)
    below = _beside(bw[y + hh:y + hh + CROSS_REACH, x:x + ww] > 0)
    if not above.size or not below.size:
        return False
    return float((above & below).mean()) > CROSSED or max(float(above.mean()), float(below.mean())) > SIDED


ALONG = 0.9     # of a run's length: a pixel row beside it inked so far along is a rule beside it, not text


def _beside(band):
    """Per column, whether the band of pixel rows beside a run holds ink; none where one of its rows
    is inked over ALONG of the run's length: that is a second rule beside it (1079's one-row Word
    tables kept apart by empty paragraphs: each row's bottom rule 5 px above the next row's top,
    each rule of the pair read as a text line's foot or top and both dropped, six rows lost)."""
    import numpy as np
    if band.size and float(band.mean(axis=1).max()) >= ALONG:
        return np.zeros(band.shape[1], bool)
    return band.any(axis=0)


def boxes_in_cells(horizontal: list, vertical: list) -> tuple[list, list]:
    """The rules (pos, start, end) without the boxes drawn inside a cell: four lines closing a
    rectangle that meet no other line, inset by more than SNAP on all four sides from the cell's own
    lines, each of which runs on past the box at both ends (above or below, the page break may have cut
    the cell open: the rules beside it still run past). So a form field's frame is drawn (859.scan,
    a saved 填报系统 page: a <select>'s and a <textarea>'s box in every row): taken as rules, it cut
    each row into a thin empty row above, the box's and one below, and the value in the <textarea>
    went to a row of its own, every 实际完成值 read empty with nothing said. A grid's cell touches the
    lines of the cells beside it, and a table drawn as separate boxes (cellspacing) has beside each
    box the next box's side, as long as its own, not a line running past it: both are kept."""
    def near(a: float, b: float) -> bool:
        return abs(a - b) <= SNAP

    def past(line: tuple, lo: float, hi: float) -> bool:   # runs on beyond the box at both ends
        return line[1] < lo - SNAP and line[2] > hi + SNAP

    def enclosed(lines: list, at0: float, at1: float, lo: float, hi: float, open_end: bool = False) -> bool:
        """The nearest line across the box's span on each side of it (at0 before, at1 after) is the
        cell's: it runs on past the box. open_end: one side may have none (a row the page break
        cut open, its top rule on the page before)."""
        over = [l for l in lines if l[1] - SNAP <= hi and l[2] + SNAP >= lo]
        near_sides = [max((l for l in over if l[0] < at0), key=lambda l: l[0], default=None),
                      min((l for l in over if l[0] > at1), key=lambda l: l[0], default=None)]
        found = [l for l in near_sides if l is not None]
        return len(found) >= (1 if open_end else 2) and all(past(l, lo, hi) for l in found)

    drop_h: set[int] = set()
    drop_v: set[int] = set()
    for i, top in enumerate(horizontal):
        for j, bottom in enumerate(horizontal):
            if not (bottom[0] > top[0] + SNAP and near(top[1], bottom[1]) and near(top[2], bottom[2])):
                continue
            y0, y1, ends = top[0], bottom[0], (min(top[1], bottom[1]), max(top[2], bottom[2]))
            sides = [k for k, v in enumerate(vertical) if near(v[1], y0) and near(v[2], y1)
                     and (near(v[0], ends[0]) or near(v[0], ends[1]))]
            left = [vertical[k][0] for k in sides if near(vertical[k][0], ends[0])]
            right = [vertical[k][0] for k in sides if near(vertical[k][0], ends[1])]
            if not (left and right):
                continue
            x0, x1 = min(left), max(right)   # the sides' middles (a rule across reaches their outer edges)
            # nothing else within SNAP of the box: inset from the cell's lines on every side
            if any(k not in (i, j) and y0 - SNAP <= h[0] <= y1 + SNAP and h[1] <= x1 + SNAP and h[2] >= x0 - SNAP
                   for k, h in enumerate(horizontal)) or \
                    any(k not in sides and x0 - SNAP <= v[0] <= x1 + SNAP and v[1] <= y1 + SNAP and v[2] >= y0 - SNAP
                        for k, v in enumerate(vertical)):
                continue
            if enclosed(horizontal, y0, y1, x0, x1, open_end=True) and enclosed(vertical, x0, x1, y0, y1):
                drop_h |= {i, j}
                drop_v |= set(sides)
    return ([h for k, h in enumerate(horizontal) if k not in drop_h],
            [v for k, v in enumerate(vertical) if k not in drop_v])


def _off_the_edge(horizontal: list, vertical: list, w: int, h: int) -> tuple[list, list]:
    """The rules (pos, start, end) without the lines of a frame off the image's edge: lines that meet
    one another and no other line, each running off the edge, no more of them than a sheet has sides
    (SHEET_SIDES). So run the edges of a sheet fed with this one, its shadow or a scanner's lid (603's
    double-fed page: the second sheet's edge down the right side and along the top framed the whole
    page as one cell). A table's rules are printed within the margins; a table cut by a crop runs off
    the edge too, but its lines meet lines within the image, or are more than a frame's. A line lying
    ALONG the image's edge is off it as well: the sliver of the lid's black a page left askew shows at
    a side (700's, auto-deskewed to within 0.5 degrees: its right edge read as pieces of a vertical
    rule, which the indicator table took for its last column, so no rule closed the cells beside it).
    A side may come as several lines (a seam and its bright line, an edge in pieces): lines of one
    direction within PRINT_MARGIN of each other are counted as one side. ALONG the edge is within a printer's unprintable margin (PRINT_MARGIN) of it: no printed rule lies
    there, but the welded seam of a plastic folder the sheet was scanned in does (1540's: a seam 2.5 mm
    in from the image's left side and the film's bottom seam 2.5 mm above its foot, with the film's top
    edge running off the left side, framed page 2's whole table as one cell; none of its rows was read)."""
    def off(line: tuple, length: int, breadth: int) -> bool:
        return line[1] <= SNAP or line[2] >= length - SNAP or not PRINT_MARGIN < line[0] < breadth - PRINT_MARGIN

    def meets(a: tuple, b: tuple) -> bool:
        return a[1] - SNAP <= b[0] <= a[2] + SNAP and b[1] - SNAP <= a[0] <= b[2] + SNAP

    lines = [(0, l) for l in horizontal] + [(1, l) for l in vertical]
    group = list(range(len(lines)))

    def root(k: int) -> int:
        while group[k] != k:
            group[k] = group[group[k]]
            k = group[k]
        return k

    for a, (da, la) in enumerate(lines):
        for b, (db, lb) in enumerate(lines):
            if da == 0 and db == 1 and meets(la, lb):
                group[root(a)] = root(b)
    members: dict[int, list[int]] = {}
    for k in range(len(lines)):
        members.setdefault(root(k), []).append(k)
    def sides(ks: list[int]) -> int:     # lines of one direction within a margin of each other: one side
        count = 0
        for d in (0, 1):
            at = sorted(lines[k][1][0] for k in ks if lines[k][0] == d)
            count += sum(1 for i, pos in enumerate(at) if i == 0 or pos - at[i - 1] > PRINT_MARGIN)
        return count

    frame = {k for ks in members.values() if sides(ks) <= SHEET_SIDES
             and all(off(lines[k][1], *((w, h) if lines[k][0] == 0 else (h, w))) for k in ks) for k in ks}
    return ([l for k, (d, l) in enumerate(lines) if d == 0 and k not in frame],
            [l for k, (d, l) in enumerate(lines) if d == 1 and k not in frame])


SHEET_SIDES = 4     # the most lines a sheet's edges make
PRINT_MARGIN = DPI / 25.4 * 4   # 4 mm: the band along a sheet's edge a printer leaves unprinted


def _aloof(horizontal: list, vertical: list) -> list:
    """The vertical rules (x, y0, y1) without those standing apart from every horizontal rule:
    where horizontal rules (y, x0, x1) lie across its span, all lie to one side of it, the nearest
    end more than ALOOF away. Such a line is the edge of the sheet (a thin page laid on a pale
    cutting mat, 1102's document-camera shot: the sheet's left edge, 68 px in, and the mat's edge at
    8 px ran from above the fund table to below the indicator table, 107 px left of their rules'
    ends, and joined the two tables and the band above them into one grid of 21 columns, so no row
    was read), not a column's rule: a table's rules meet the rules across them."""
    out = []
    for v in vertical:
        across = [h for h in horizontal if v[1] <= h[0] <= v[2]]
        if across and (all(h[1] > v[0] + ALOOF for h in across) or all(h[2] < v[0] - ALOOF for h in across)):
            continue
        out.append(v)
    return out


ALOOF = DPI / 25.4 * 5  # 5 mm: a table's frame reaches its rules across (a broken one within a few pixels)
PIN_GAP = 1         # pixels: the widest white row across a vertical rule closed before it is looked for
                    # (a dead pin of a 24-pin head at 120 dpi: 1.25 px at DPI; two would join the | of a
                    # text table printed in <pre> line over line into rules: 223's)
PIN_RUN = 3         # kernels: the shortest vertical rule found only with those rows closed (a glyph's
                    # strokes, a bold title's too, closed across a pixel's gap, stay shorter)


def _pinned(bw, opened, length: int):
    """The vertical lines `opened` (bw opened by the kernel) with the rules that white pixel rows a
    PIN_GAP high cut into pieces shorter than the kernel: a dot-matrix head's dead pin leaves one in
    every band it prints (731's: 24 dot rows, every other band a dot to the right, so no piece reaches
    from one dead row to the next). Closed across those rows, a rule runs PIN_RUN kernels and more;
    text's strokes closed alike do not. Only a rule the plain opening found a piece of is mended (a
    text table's │ printed line over line is none: 667's); the stretch between its pieces is added, and beyond them only a lost piece a kernel long or more: a rule's end
    moved a pixel past a rule across no longer ends on it (189's column rule then reached on through
    the 总分 row)."""
    import cv2
    import numpy as np
    closed = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, PIN_GAP + 1)))
    pinned = cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    joined = cv2.dilate(pinned, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))   # as rules() joins
    n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    out = opened.copy()
    for k in range(1, n):
        x, y, ww, hh = (int(v) for v in stats[k][:4])
        if hh < PIN_RUN * length:
            continue
        mine = (labels[y:y + hh, x:x + ww] == k) & (pinned[y:y + hh, x:x + ww] > 0)
        found = np.nonzero(opened[y:y + hh, x:x + ww].any(axis=1))[0]
        if not len(found):
            continue    # no piece of it a rule on its own: a text table's │ line over line (667's)
        rows = np.nonzero(mine.any(axis=1))[0]
        if found[0] - rows[0] < length:         # beyond a found piece's end: a lost
            mine[:found[0]] = False             # piece, a kernel long at least,
        if rows[-1] - found[-1] < length:       # not a pixel's nudge
            mine[found[-1] + 1:] = False
        out[y:y + hh, x:x + ww][mine] = 255
    return out


DOT_GAP = 8         # pixels: the longest white between a dotted rule's dots along it (318's fax: 7)
DOT_BAND = 3        # pixel rows a dotted rule's dots scatter over, taken as one (a fax's 100 dpi row
                    # stretched to two and resampled dithers a rule over three or four)
DOT_THICK = 8       # pixels: the tallest such a band is, its dilation counted (a rule is thin)
DOT_CLEAR = 0.25    # of the band's length inked just above or below it at most: a rule stands in
                    # white, a line of text's strokes run on above and below any row of it
DOT_CLEAR_AT = (2, 8)   # pixels from the band: where that white is looked for
DOT_LENGTH = 4      # kernels: the shortest dotted rule (a figure's strokes, the band taken together and
                    # their gaps closed, run on for a kernel's length: "740.00" on 318's fax)


def _dotted(bw, gray, boxes: list, length: int, paper: float, darkest: float, faint: float) -> list:
    """Horizontal lines (x, y, w, h boxes of bw's ink) with the rules printed as dots added: a fax's
    dithering and its coarse vertical resolution scatter a thin rule's ink over three or four pixel
    rows with no row inked for the kernel's length (318's fax lost most of its rows' rules). The
    rows of a thin band taken together, and gaps of DOT_GAP between its dots closed, such a rule
    is a run of the kernel's length again; it is kept where it is thin, stands in white above and
    below (a line of text does not) and is as dark as a rule (`faint`: FAINT, or the page's own, _faintest_rule). A line already found stays
    where the band adds less than the kernel's length to it (a solid rule's ends would run on into
    the dots of what stands beside them); pieces of one it joins are replaced by it."""
    import cv2
    rows = cv2.dilate(bw, cv2.getStructuringElement(cv2.MORPH_RECT, (1, DOT_BAND)))
    joined = cv2.morphologyEx(rows, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (DOT_GAP, 1)))
    opened = cv2.morphologyEx(joined, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=8)
    out = list(boxes)
    near, far = DOT_CLEAR_AT
    for x, y, ww, hh in (tuple(int(v) for v in stats[k][:4]) for k in range(1, n)):
        if hh > DOT_THICK or ww < DOT_LENGTH * length:
            continue
        above = bw[max(0, y - far):max(0, y - near), x:x + ww]
        below = bw[y + hh + near:y + hh + far, x:x + ww]
        if any(side.size and (side > 0).any(axis=0).mean() > DOT_CLEAR for side in (above, below)):
            continue
        band = bw[y:y + hh, x:x + ww] > 0
        if (paper - float(gray[y:y + hh, x:x + ww][band].mean())) / max(paper - darkest, 1.0) < faint:
            continue
        inside = [b for b in out if b[1] < y + hh and y < b[1] + b[3] and x - SNAP <= b[0]
                  and b[0] + b[2] <= x + ww + SNAP]
        if ww - sum(b[2] for b in inside) < length:
            continue    # found already, but for its ends' dots
        out = [b for b in out if b not in inside] + [(x, y, ww, hh)]
    return out


FOLD_EDGE = 0.03    # of the sheet's width, at each side: inside any margin a table is printed within, so a
                    # pixel row inked there on both sides reaches past the table: a fold's, not a rule's
FOLD_INK = 0.9      # of that strip's width inked on the row: a fold's line runs on unbroken through it
                    # (a character or a speck at the edge covers a little of it, not nine tenths)


def _unfolded(bw, boxes: list, kernel: tuple) -> list:
    """Horizontal lines (x, y, w, h boxes of bw's ink) with a fold or crease taken out: a line from
    one edge of the sheet to the other is no rule (a table stands within the margins), and where it
    lies on a rule it is one line with it (366's folded letter: the crease on the first indicator
    row's rule cut the level cells above it). In its band, the pixel rows whose ink reaches both
    edges of the sheet are the crease's; the rules left in the band without them are the rules.
    Where none is left the line stays as it was (a crease on a rule's own rows cannot be told
    from it)."""
    import cv2
    w = bw.shape[1]
    edge = max(1, int(w * FOLD_EDGE))
    out = []
    for x, y, ww, hh in boxes:
        if x > SNAP or x + ww < w - SNAP:
            out.append((x, y, ww, hh))
            continue
        band = bw[y:y + hh].copy()
        fold = ((band[:, :edge] > 0).mean(axis=1) >= FOLD_INK) & ((band[:, -edge:] > 0).mean(axis=1) >= FOLD_INK)
        band[fold] = 0
        mask = cv2.morphologyEx(band, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))   # as rules() does
        n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        left = [(int(a), int(b) + y, int(c), int(d)) for a, b, c, d in (stats[k][:4] for k in range(1, n))
                if c >= 3 * SNAP and (a > SNAP or a + c < w - SNAP)]
        out += left or [(x, y, ww, hh)]
    return out


FAINT = 0.1     # of the way from the paper to the page's darkest ink: a line fainter is the reverse's
                # print showing through (a double-sided sheet: 0.03-0.06, one 0.12, on 365's), not a rule
                # of this page; a copy of a copy's blurred thin rules are 0.19 and more (364's)
BRIDGE = DPI / 25.4 * 25    # 25 mm: the longest break in a rule that is mended
FAINT_TEXT = 0.05   # of the faint lines' own ink: the most faint ink off them on a page whose rules are all faint
                    # (483's #ccc rules after auto levels, 0.04-0.06: none; 365's reverse showing through: its
                    # text, as much ink again as its lines)


def _faintest_rule(bw, gray, found: list, masks: list, paper: float, darkest: float) -> float:
    """The shade (of the way from the paper to the darkest ink) a line must reach to be a rule of this
    page: FAINT, which keeps the reverse's print showing through out, unless every line of the page
    is fainter than FAINT and the faint ink is lines only. A table printed in light grey (#ccc) under
    black text, scanned with auto levels, keeps its rules a few grey levels under the paper, as faint
    as a reverse's; but the reverse shows its text through with its rules, faint glyphs all over the
    page, where the light rules' page has black text only. Then every line the ink holds is a rule
    (ink() has kept the page's noise out of it already)."""
    import cv2
    import numpy as np
    shades = [s for lines in found for _, s in lines]
    if not shades or max(shades) >= FAINT:
        return FAINT
    lines = cv2.dilate(masks[0] | masks[1], cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))) > 0
    off = (bw > 0) & ~lines
    n, labels, stats, _ = cv2.connectedComponentsWithStats(off.astype(np.uint8), connectivity=8)
    inkiest = np.full(n, 255.0)     # each piece of ink's darkest pixel: text has black in it, a ghost none
    np.minimum.at(inkiest, labels[off], gray[off].astype(np.float64))
    ghost = stats[1:, 4][inkiest[1:] > paper - FAINT * (paper - darkest)].sum()
    if ghost > FAINT_TEXT * int(((masks[0] | masks[1]) > 0).sum()):
        return FAINT
    return 0.0


def _bridged(lines: list, across: list) -> list:
    """Rules broken on the paper (a copy of a copy, a scanner app's threshold dropping a faint line)
    mended: two pieces in line (within SNAP) with a gap of at most BRIDGE (and half the longer piece:
    a character's strokes are no rule) between them are one rule unless both ends of the gap stand
    on rules across, or one passes through it and neither piece meets one. A merged cell's open side
    lies between two rules across, and pieces that stop short of the rules crossing between them
    (149's label column) are drawn so; a break
    starts and ends anywhere (one end may fall by a rule across, not both), and left open it would
    merge the cells on both sides of it; so would a rule's last piece broken off (_reaching).
    (pos, start, end) in, the same out."""
    def stands(pos: float, at: float) -> bool:
        return any(abs(a[0] - at) <= SNAP and a[1] - SNAP <= pos <= a[2] + SNAP for a in across)

    def crossed(pos: float, a: float, b: float) -> bool:   # a rule across passes through the gap
        return any(a < c[0] < b and c[1] - SNAP <= pos <= c[2] + SNAP for c in across)

    def meets(line: tuple) -> bool:     # the piece meets a rule across: a grid's rule
        return any(line[1] - SNAP <= c[0] <= line[2] + SNAP and c[1] - SNAP <= line[0] <= c[2] + SNAP
                   for c in across)

    out: list = []
    for line in sorted(lines, key=lambda l: (l[1], l[0])):
        for k, prev in enumerate(out):
            gap, longer = line[1] - prev[2], max(prev[2] - prev[1], line[2] - line[1])
            if abs(prev[0] - line[0]) > SNAP or not 0 < gap <= min(BRIDGE, longer / 2):
                continue
            if stands(prev[0], prev[2]) and stands(line[0], line[1]) \
                    or crossed(prev[0], prev[2], line[1]) and not (meets(prev) or meets(line)):
                continue
            out[k] = ((prev[0] * (prev[2] - prev[1]) + line[0] * (line[2] - line[1]))
                      / (prev[2] - prev[1] + line[2] - line[1]), prev[1], line[2])
            break
        else:
            out.append(line)
    return [_reaching(line, across) for line in out]


def _reaching(line: tuple, across: list) -> tuple:
    """A rule of a grid (it meets a rule across) whose end stops short of a rule across (by at most
    BRIDGE and a quarter of its own length: its last piece broken off) reaches it again; a rule of
    a table ends on one. A line that meets none is left as drawn."""
    pos, start, end = line
    reach = min(BRIDGE, (end - start) / 4)   # (a character's stroke is no rule to lengthen)
    crossing = [a[0] for a in across if a[1] - SNAP <= pos <= a[2] + SNAP]
    if not any(start - SNAP <= a <= end + SNAP for a in crossing):
        return line     # it meets no rule across: no grid's rule (149's label column, drawn short)
    if not any(abs(a - start) <= SNAP for a in crossing):
        start = max([a for a in crossing if start - reach <= a < start], default=start)
    if not any(abs(a - end) <= SNAP for a in crossing):
        end = min([a for a in crossing if end < a <= end + reach], default=end)
    return pos, start, end


def ink(gray):
    """The page's ink, binarised (ink > 0). A stroke stands out of its surroundings by more than the
    page's noise: on a noisy scan two or three blurred strokes in a row, or JPEG's blocks on blank
    paper, pass a fixed margin of 2 grey levels and make rules that are not there (a column inside a
    merged cell, a row through a cell's text). The noise is the median Laplacian: 0 on a clean
    scan, which keeps the margin"""
    import cv2
    margin = max(2.0, 2.0 * scan_cleanup.laplacian_noise(gray))
    return cv2.adaptiveThreshold(255 - gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 15, -margin)


# A form drawn with box characters (667's <pre> of ┌─┬┐│ printed) has its rules across as rules, but
# each row's │ is a glyph of the text line's height: it stops short of the rules above and below
# (a 44 px row, its sides 36-41 px of it inked, the gaps where the line spacing is). Such a side is
# a thin stroke over most of its row (SIDE_COVER; a character's stroke covers half of a row at most,
# 667's at most 0.47), taken only where the row has one at each end of its rules (its frame), so a
# column of aligned 1s or a character's upright inside a row is none, and only in a row no side of
# which meets its rules (664's one-column frame: its sides are rules, its tight rows' characters
# cover as much of them as a glyph's │), and only where the stroke goes on past its row's rules.
SIDE_COVER = 0.7
SIDE_REACH = 3       # vertical kernels: the tallest such row (a line of text and its spacing; a taller
                     # row's │ glyphs stack into a side the kernel finds)


def _box_sides(bw, boxes: list, reach: int) -> list:
    """Vertical rules of a row lower than the vertical kernel (a spreadsheet's header at a small
    print scale): strokes that join two horizontal rules end to end, from one's ink to the other's
    (a character's stroke stands clear of its row's rules); and in a row framed by such strokes at
    both ends, strokes over most of its height (box characters' │, SIDE_COVER)."""
    out, boxed = [], []
    rules = sorted(boxes, key=lambda b: b[1])
    for x, y, w, h in rules:
        for x2, y2, w2, h2 in rules:
            if not y + h < y2 < y + SIDE_REACH * reach:
                continue
            lo, hi = max(x, x2), min(x + w, x2 + w2)
            if hi <= lo or any(y + h <= y3 < y2 and x3 < hi and lo < x3 + w3 for x3, y3, w3, _ in rules):
                continue    # not the next rule down over these columns
            band = bw[y + h - 1:y2 + 1, lo:hi]   # (the mask was dilated by one pixel each way)
            full = (band > 0).all(axis=0)
            if y2 < y + reach:
                out += [(lo + mid, y + h / 2, y2 + h2 / 2) for mid in _thin_runs(full, max(2, h))]
            if full.any() or len(band) - 2 * h < 3 * SNAP:
                continue   # a row with a side that meets its rules is ruled: a stroke short of them is a character's
            glyphs = _thin_runs((band[h:-h or None] > 0).mean(axis=0) >= SIDE_COVER, max(2, h) + 1)
            if len(glyphs) >= 2 and glyphs[0] <= 2 * SNAP and glyphs[-1] >= hi - lo - 2 * SNAP:
                boxed.append((y + h / 2, y2 + h2 / 2, [lo + mid for mid in glyphs]))
    # a box character's │ stands in every row of its box: a side is one whose stroke goes on past the
    # rule above or below over as much of a row (700's stair-stepped page left two characters'
    # uprights in one row, covering it; 667's header row's sides go on down its groups' tall rows)
    # (the frame's two ends too: 149's label column's side goes on down, its header's right piece does not)
    for top, bottom, xs in boxed:
        tall = int(bottom - top)
        kept = [x for x in xs
                if any(_covered(bw[max(0, a):max(0, b), max(0, int(x) - 1):int(x) + 2]) >= SIDE_COVER
                       for a, b in ((int(bottom) + 3, int(bottom) + 3 + tall), (int(top) - 3 - tall, int(top) - 3)))]
        if kept and kept[0] == xs[0] and kept[-1] == xs[-1]:
            out += [(x, top, bottom) for x in kept]
    return out


def _covered(strip) -> float:
    """The share of a strip's pixel rows that hold ink (0 for an empty strip)."""
    return float((strip > 0).any(axis=1).mean()) if strip.size else 0.0


def _thin_runs(on, widest: int) -> list[float]:
    """The middles of the runs of True in `on` no wider than `widest` (a line, not a filled block)."""
    out, k = [], 0
    while k < len(on):
        if not on[k]:
            k += 1
            continue
        start = k
        while k < len(on) and on[k]:
            k += 1
        if k - start <= widest:
            out.append((start + k) / 2)
    return out


