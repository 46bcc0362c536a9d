"""Scans read by OCR: seeds 000-002 printed to PDF, rendered at 150 dpi and saved as image-only
PDFs (corpus/formats/*.scan.pdf, built by corpus/build.py). At least 98% of the indicator
fields must equal the Word file's (compared as a person reads them: spaces and full-width
punctuation aside), and the flags must carry the OCR caveat."""
import io
import unicodedata

import pytest

from jixiao.extract import ExtractError, UnsupportedFormat, read_bytes, read_document
from jixiao.extract import ocr_reader
from jixiao.normalize import normalize_document, records_frames
from jixiao.rules import check

from .conftest import REPORTS, ROOT, sampled

FORMATS = ROOT / "corpus" / "formats"
SCANS = sorted(p.name[:-len(".scan.pdf")] for p in FORMATS.glob("*.scan.pdf"))
FIELDS = ["level1", "level2", "level3", "target_raw", "actual_raw", "target_op", "target_value", "target_unit",
          "actual_op", "actual_value", "actual_unit", "weight", "score"]
_read: dict = {}


def plain(v) -> str:
    return "".join(unicodedata.normalize("NFKC", str(v)).split())


def ocr_records(stem):
    if stem not in _read:
        doc = read_document(FORMATS / f"{stem}.scan.pdf")
        _read[stem] = (doc, normalize_document(doc, name=f"{stem}.scan.pdf"))
    return _read[stem]


# make test reads the two scans the module's other tests read (000's cells, 002's flags), make test-full
# (--all-forms) all three: the seeds' scans are one scan family (corpus/build.py build_scan, 150 dpi grey).
OTHERS_READ = ("000_b69c5b8f3653aeba", "002_70340c3d2e0dbd82")


@pytest.mark.parametrize("stem", sampled([(stem,) for stem in SCANS], lambda case: case[0] in OTHERS_READ))
def test_a_scan_reads_as_the_word_file_in_at_least_98_percent_of_fields(stem):
    assert ocr_reader.available(), "rapidocr_onnxruntime is required: `make setup` installs it"
    doc, recs = ocr_records(stem)
    assert doc.format == "pdf-ocr" and doc.pages >= 3
    want = records_frames([normalize_document(read_document(REPORTS / f"{stem}.docx"))])["indicators"]
    got = records_frames([recs])["indicators"]
    assert len(got) == len(want)
    pairs = [(plain(a), plain(b)) for ra, rb in zip(want[FIELDS].values.tolist(), got[FIELDS].values.tolist())
             for a, b in zip(ra, rb)]
    right = sum(a == b for a, b in pairs)
    assert right >= 0.98 * len(pairs), [p for p in pairs if p[0] != p[1]]
    assert all(c != "" for c in got["ocr_confidence"])          # every row says how sure the reading is


def test_flags_from_a_scan_say_to_check_the_original():
    _, recs = ocr_records(OTHERS_READ[1])
    flags = check(recs)
    assert {"JX101", "JX102"} <= {f.rule for f in flags}
    assert all(f.message.endswith("（OCR 识别，请核对原件）") for f in flags)


def test_cells_carry_their_confidence_and_locations_their_page():
    doc, _ = ocr_records(OTHERS_READ[0])
    cells = [c for t in doc.tables() for c in t.cells if c.text]
    assert cells and all(0 < c.confidence <= 1 and c.loc.page and c.loc.bbox for c in cells)
    # boxes in PDF points like every other PDF reader's, not in pixels of the OCR rendering
    import pypdfium2 as pdfium
    page = pdfium.PdfDocument(str(FORMATS / "000_b69c5b8f3653aeba.scan.pdf"))[0]
    width, height = page.get_size()
    first_page = [c for c in cells if c.loc.page == 1]
    assert first_page and all(0 <= c.loc.bbox[0] < c.loc.bbox[2] <= width + 1 and c.loc.bbox[3] <= height + 1
                              for c in first_page)
    assert max(c.loc.bbox[2] for c in first_page) > width / 2


def test_numeric_ocr_confusions_are_fixed_only_in_numbers():
    fix = ocr_reader.fix_numeric
    assert fix("1O0%") == "100%" and fix("IO") == "10" and fix("9O，5") == "90.5" and fix("l2个") == "12个"
    assert fix("Office") == "Office" and fix("OK") == "OK" and fix("项目IO") == "项目IO"


def test_points_that_group_thousands_in_a_figure_of_two_points_are_commas():
    """1214.scan: the fund's 1,968.00 read 1.968.00 by the doubtful line's second reading, a figure with two
    points, no number: the executed amount unread. A figure has one point: those between groups of three
    are thousands' commas; one point, or points that group nothing, stay."""
    fix = ocr_reader.fix_numeric
    assert fix("1.968.00") == "1,968.00" and fix("1.200.000") == "1,200,000" and fix("12.345.678.5万元") == "12,345,678.5万元"
    assert fix("1.968") == "1.968" and fix("98.40%") == "98.40%" and fix("12.5.3") == "12.5.3"
    assert fix("0.125.00") == "0.125.00" and fix("1,968.00") == "1,968.00"



def _centres(text: str, blank: float) -> list[float]:
    """A line's character centres: digits a pitch of 10 apart, a blank taking `blank` of that."""
    xs, x = [], 0.0
    for ch in text:
        xs.append(x)
        x += 10 * blank if ch == " " else 10
    return xs


def test_a_narrow_blank_where_a_despeckled_scan_lost_a_point_is_read_as_the_point():
    """1418.scan (a bilevel scan with the despeckle filter set high: points and commas taken away as dust):
    83.4% came out "83 4%", 1,066.00 "1 066 00", 99.23 "99 23", and normalize closed them up as 834%, 106600,
    9923, wrong figures said nowhere. A narrow blank with one or two digits after it that end a one-figure
    line is where the point stood (a thousands group has three), a blank three digits before it a comma;
    a wide blank (two figures side by side), a figure with a point, 1 066 alone and a line without its
    geometry are left as they are."""
    from jixiao.extract.ocr_digits import lost_points
    for before, after in (("83 4%", "83.4%"), ("1 066 00", "1,066.00"), ("99 23", "99.23"), ("≥98 70%", "≥98.70%"),
                          ("700 00万元", "700.00万元")):
        assert lost_points(before, _centres(before, 0.5)) == after
    for kept in ("1 066", "98.7 0", "2023年7月20日", "第12 12行"):
        assert lost_points(kept, _centres(kept, 0.5)) == kept
    assert lost_points("12 12", _centres("12 12", 4)) == "12 12"       # a column's width apart: two figures
    assert lost_points("83 4%", None) == "83 4%"


def test_a_full_width_comma_that_groups_thousands_is_decided_by_its_table():
    """Issue 21 (695's scan): ≥1，200户 (the form's own full-width thousands comma) came out ≥1.200户,
    a target of 1.2 households, said only as a digit repair. A comma that groups thousands is kept
    by the line's repair; the table decides: its row's 1,236户 groups thousands, so it is one. A
    column of figures to three decimals makes it a point; nothing beside it keeps it, and says so."""
    from jixiao.extract.model import Cell, Location, Table
    from jixiao.extract.ocr_digits import thousands

    fix = ocr_reader.fix_numeric
    assert fix("≥1，200户") == "≥1，200户" and fix("2，481.60") == "2，481.60" and fix("1，2") == "1.2"
    assert fix("0，125") == "0.125" and fix("1234，567") == "1234.567"

    def table(rows):
        return Table(0, len(rows), len(rows[0]), [Cell(t, r, c, Location("made-up.pdf", page=1))
                                                  for r, row in enumerate(rows) for c, t in enumerate(row)],
                     Location("made-up.pdf", page=1))
    grouped = table([["光伏入户覆盖农牧户", "≥1，200户", "1,236户"], ["装机容量", "≥20MW", "21.5MW"]])
    assert thousands([grouped]) == ([], []) and grouped.cells[1].text == "≥1，200户"
    places = table([["含量", "≤1，250克", "1.125克"], ["粒径", "≤0.500毫米", "0.480毫米"]])
    assert thousands([places]) == (["第1页“≤1，250克”→“≤1.250克”"], []) and places.cells[1].text == "≤1.250克"
    alone = table([["覆盖农牧户", "≥1，200户", "全部"], ["装机容量", "≥20MW", "21.5MW"]])
    assert thousands([alone]) == ([], ["第1页“≥1，200户”"]) and alone.cells[1].text == "≥1，200户"


def test_an_image_is_read_and_a_non_image_fails_clearly():
    import pypdfium2 as pdfium
    img = pdfium.PdfDocument(str(REPORTS / "002_70340c3d2e0dbd82.pdf"))[1].render(scale=150 / 72).to_pil().convert("L")
    img = img.crop((0, 0, img.width, img.height // 2))   # a photo of the page's top half: it holds a table
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    doc = read_bytes(buf.getvalue(), "page.png")
    assert doc.format == "image-ocr" and doc.tables()
    with pytest.raises(ExtractError):
        read_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "broken.png")


def test_without_ocr_an_image_is_unsupported_and_a_scan_warns(monkeypatch):
    monkeypatch.setattr(ocr_reader, "ENABLED", False)
    with pytest.raises(UnsupportedFormat) as e:
        read_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "scan.png")
    assert "OCR" in e.value.reason
    doc = read_bytes((FORMATS / "000_b69c5b8f3653aeba.scan.pdf").read_bytes(), "scan.pdf")
    assert doc.format == "pdf" and any("OCR" in w for w in doc.warnings)


def test_a_scan_of_too_many_pages_fails_before_reading(monkeypatch):
    monkeypatch.setattr(ocr_reader, "MAX_PAGES", 2)
    with pytest.raises(ExtractError) as e:
        read_bytes((FORMATS / "000_b69c5b8f3653aeba.scan.pdf").read_bytes(), "long.pdf")
    assert "超过 OCR 上限" in e.value.reason


def the_row(out) -> dict:
    """documents.csv's one row: a failed file's row says why (its error)."""
    import csv
    with open(out / "documents.csv", encoding="utf-8-sig") as f:
        row, = csv.DictReader(f)
    return row


# The run below, in a fresh interpreter: forked from a pytest worker whose earlier tests ran an engine
# (OpenVINO's and ONNX Runtime's thread pools live on in it), a worker can hang on a lock a pool thread
# held at the fork, which no nightly run meets (its parent loads the engine but runs no inference).
_SCAN_RUN = """
import json, sys
from pathlib import Path
import pypdfium2 as pdfium
from jixiao.extract import ocr_reader
from jixiao.nightly import run_inbox, worker
real = worker.process_file

def reporting(path, doc, config, member=None):   # runs in the worker: which sessions it read on
    result = real(path, doc, config, member)
    result.warnings.append("runtime " + type(ocr_reader.engine().text_rec.session).__name__)
    return result

worker.process_file = reporting
source, tmp = Path(sys.argv[1]), Path(sys.argv[2])
box = tmp / "inbox"
box.mkdir()
page = pdfium.PdfDocument.new()
page.import_pages(pdfium.PdfDocument(source), [1])
page.save(box / "scan.pdf")
s = run_inbox(box, tmp / "out")          # --memory 1536 by default
print(json.dumps({"ok": s.ok, "indicators": s.indicators}))
"""


@pytest.fixture(scope="module")
def scan_run(tmp_path_factory):
    """One nightly run of a scan at the default worker memory (--memory 1536), its worker saying which
    runtime it read on, for the two tests below: each test asked the same of it. Started as a fresh
    run starts, in a fresh interpreter: no engine loaded, no thread of an earlier test. The scan is
    001's page 2, the page of all its eight indicators: the other two pages' OCR in the worker (two
    thirds of some 15 s of CPU) showed nothing here. (The run's summary and documents.csv's row.)"""
    import json
    import subprocess
    import sys
    from types import SimpleNamespace

    tmp = tmp_path_factory.mktemp("scan_run")
    done = subprocess.run([sys.executable, "-c", _SCAN_RUN, str(FORMATS / "001_378a17285719ce98.scan.pdf"), str(tmp)],
                          capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    s = SimpleNamespace(**json.loads(done.stdout.strip().splitlines()[-1]))
    return s, the_row(tmp / "out")


def test_a_scan_in_the_inbox_is_read_within_the_default_worker_memory(scan_run):
    s, row = scan_run
    assert (s.ok, s.indicators) == (1, 8), row["error"]   # why the worker failed


def test_a_nightly_worker_reads_scans_on_openvino_at_the_default_memory(scan_run):
    """Each file's worker may map --memory (1536 MB by default) beyond what it inherits: the run
    loads the engine (OpenVINO's libraries and compiled models) before its workers fork, so a
    worker reads a scan on OpenVINO instead of falling back to ONNX Runtime for want of room."""
    s, row = scan_run
    assert (s.ok, s.indicators) == (1, 8), row["error"]   # why the worker failed
    assert "runtime OpenVinoSession" in row["warnings"], row["warnings"]


def test_lines_are_recognised_each_at_its_own_width_not_padded_to_320_pixels():
    """The engine pads every batch of six lines to its widest line and to at least 320 pixels
    (most of a page's lines are cells of a few characters): ours batches only lines of the same
    width, so none is padded."""
    np = pytest.importorskip("numpy")
    batches = []

    class Session:
        def __call__(self, batch):
            batches.append(batch)
            return [np.zeros((batch.shape[0], batch.shape[3] // 8, 10), np.float32)]

    class Engine:
        session = Session()
        rec_image_shape = [3, 48, 320]

        def resize_norm_img(self, img, ratio):
            w = int(48 * ratio)
            out = np.zeros((3, 48, w), np.float32)
            out[:, :, :min(w, int(np.ceil(48 * img.shape[1] / img.shape[0])))] = 1   # the line; 0 is padding
            return out

        def postprocess_op(self, preds, word_box, **kw):
            return [(f"{kw['max_wh_ratio']:.2f}", 0.9)] * len(preds)

    widths = (30, 600, 45, 60, 30, 31, 32, 33, 90, 30)
    crops = [np.zeros((30, w, 3), np.uint8) for w in widths]
    out, _ = ocr_reader._Recognizer(Engine())(crops)
    assert len(batches) == len(set(widths)) and sum(len(b) for b in batches) == len(crops)
    assert all(b.min() == 1 for b in batches)                        # no padding anywhere
    assert min(b.shape[3] for b in batches) < 100 and max(b.shape[3] for b in batches) == 960
    assert [float(t) for t, _ in out] == pytest.approx([w / 30 for w in widths], abs=0.03)   # each its own


@pytest.fixture(scope="module")
def shipped_engine():
    """RapidOCR as it ships (ONNX Runtime, no session swapped, no second reading), the reference the
    two tests below hold ours to: loaded once, on our engine's share of the cores (left to itself,
    ONNX Runtime takes a spinning thread on every core, under xdist the other worker's too)."""
    from rapidocr_onnxruntime import RapidOCR
    return RapidOCR(intra_op_num_threads=ocr_reader.threads(), inter_op_num_threads=1)


def test_a_page_reads_as_by_the_engines_own_detection_and_recognition(monkeypatch, shipped_engine):
    """Speed-ups of the engine's call (threads, FAST's detection and batching) must leave the
    page's tables and paragraphs as RapidOCR's own detection and recognition of the whole page
    give them: FAST does not, and stays off (docs/benchmarks.md)."""
    import numpy as np
    import pypdfium2 as pdfium

    from jixiao.extract.model import Document

    ours = ocr_reader.engine()
    pdf = pdfium.PdfDocument(str(FORMATS / "001_378a17285719ce98.scan.pdf"))
    rgb = np.asarray(pdf[1].render(scale=ocr_reader.DPI / 72).to_pil().convert("RGB"))
    rgb = rgb[:rgb.shape[0] // 2]   # the page's top half: its title, the funds table and four indicator rows

    def read(eng):
        monkeypatch.setattr(ocr_reader, "engine", lambda: eng)
        doc = Document(source="p.pdf", format="pdf", sha256="")
        ocr_reader._read_page(doc, "p.pdf", 1, rgb, [])
        return [[plain(c.text) for c in b.cells] if hasattr(b, "cells") else plain(b.text) for b in doc.blocks]

    got, want = read(ours), read(shipped_engine)
    assert any(isinstance(b, list) and len(b) > 10 for b in want)    # the page has its table
    assert got == want


def test_jixiao_run_gives_ocr_its_share_of_the_cores(tmp_path, monkeypatch):
    """`jixiao run --workers N` tells the OCR engine how many files are read at once, so each
    worker's engine takes its share of the cores (ocr_reader.threads), not two threads each."""
    from jixiao import nightly, pipeline
    monkeypatch.setattr(ocr_reader, "WORKERS", 0)
    monkeypatch.setattr(ocr_reader.os, "sched_getaffinity", lambda _: set(range(8)), raising=False)
    seen = []
    real = nightly.run_inbox

    def run_inbox(*a, **k):   # as the run's workers fork: what their engine is built with
        seen.append((ocr_reader.WORKERS, ocr_reader.threads()))
        return real(*a, **k)

    monkeypatch.setattr(nightly, "run_inbox", run_inbox)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("项目名称：测试项目\n", encoding="utf-8")
    assert pipeline.main(["run", "--inbox", str(inbox), "--out", str(tmp_path / "out"), "--workers", "4"]) == 0
    assert seen == [(4, 2)]


def test_a_runs_ocr_settings_end_with_it(tmp_path, monkeypatch):
    """--no-ocr and --workers hold for their run only. Left behind, a later run in the same process
    used them: under xdist, after another test's `jixiao run` (--workers 1), the nightly OCR test
    built its engine with a thread for every core of the host, not two as alone (issue 21)."""
    from jixiao import pipeline
    monkeypatch.setattr(ocr_reader, "ENABLED", True)   # restored whatever the run leaves
    monkeypatch.setattr(ocr_reader, "WORKERS", 0)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("项目名称：测试项目\n", encoding="utf-8")
    assert pipeline.main(["run", "--inbox", str(inbox), "--out", str(tmp_path / "out"), "--workers", "3",
                          "--no-ocr", "--quiet"]) == 0
    assert (ocr_reader.ENABLED, ocr_reader.WORKERS) == (True, 0)


def _ruled_page(doc, number, rows, widths=(100, 100), size=12):
    """A page of a made-up ruled table: rows of cell texts, each cell's text from its left edge."""
    from jixiao.extract.ruled_page import Char, assemble
    xs = [0]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [20 * k for k in range(len(rows) + 1)]
    hs = [(y, xs[0], xs[-1]) for y in ys]
    vs = [(x, ys[0], ys[-1]) for x in xs]
    chars = [Char(xs[c] + 2 + k * size, ys[r] + 15, size, ch)
             for r, row in enumerate(rows) for c, text in enumerate(row) for k, ch in enumerate(text)]
    assemble(doc, "made-up.pdf", number, chars, hs, vs, snap=2)


def test_an_ocr_run_drawn_over_the_rules_is_cut_where_each_piece_is_centred_on_its_cell():
    """900's canvas: 服务对象满意度指标 drawn centred and wider than its cell, over both of its side rules,
    beside 满意度指标 with no white between: one OCR run. Each character's own place gave 服 to the cell
    on the left and 标 to the one on the right; the run is cut where each piece is centred on its cell.
    A run that covers no rule stays where its characters are."""
    from jixiao.extract.model import Document
    from jixiao.extract.ruled_page import Char, assemble
    xs, ys, size = [0, 125, 293, 577], [0, 42, 84], 21.5

    def page(texts_at):
        chars = []
        for text, x0, y in texts_at:
            chars += [Char(x0 + k * size, y + 8, size, ch, cut=k == 0, mid=y, seen=(x0 + k * size, x0 + (k + 1) * size))
                      for k, ch in enumerate(text)]
        doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
        assemble(doc, "made-up.pdf", 1, chars, [(y, xs[0], xs[-1]) for y in ys],
                 [(x, ys[0], ys[-1]) for x in xs], snap=2)
        return doc.tables()[0].grid()

    # 满意度指标 centred in the first cell (62.5), 服务对象满意度指标 in the second (209): 服 over x=125,
    # 标 over x=293; one run, the names' row (y 21)
    over = page([("满意度指标服务对象满意度指标", 62.5 - 2.5 * size, 21), ("社区居民满意度", 380, 63)])
    assert over[0][:3] == ["满意度指标", "服务对象满意度指标", ""]
    kept = page([("满意度指标", 10, 21), ("服务对象", 140, 21), ("社区居民满意度", 300, 21)])
    assert kept[0] == ["满意度指标", "服务对象", "社区居民满意度"]


@pytest.mark.parametrize("last, first, joined", [
    # the name fills its cell to the right edge and only it goes on: one row split by the page
    ("甲乙丙丁戊己庚辛", ("壬癸", ""), True),
    # the name stops short of the edge: the next page's first row is a row of its own
    ("甲乙丙", ("壬癸", ""), False),
    # the next page's first row has a value where the last row's value did not run on
    ("甲乙丙丁戊己庚辛", ("壬癸", "5"), False),
])
def test_a_row_split_by_the_page_is_joined_where_its_text_runs_on(last, first, joined):
    from jixiao.extract.model import Document
    from jixiao.extract.ruled_page import stitch
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _ruled_page(doc, 1, [("名称", "值"), (last, "逐步提高")])
    _ruled_page(doc, 2, [first, ("下一行", "3")])
    stitch(doc)
    (table,) = doc.tables()
    names = [row[0] for row in table.grid()]
    if joined:
        assert names == ["名称", last + "壬癸", "下一行"] and table.grid()[1][1] == "逐步提高"
    else:
        assert names == ["名称", last, "壬癸", "下一行"]


@pytest.mark.parametrize("figures, joined", [
    # the next page's first row carries figures of its own under the last row's: its level cell,
    # under one that ended with room for about a character, is that row's, not a word with no room
    (("≥5%", "6.1%", "6"), False),
    # nothing beside it: the level's text is the last row's, its first word had no room there
    (("", "", ""), True),
])
def test_a_row_with_figures_of_its_own_under_the_break_is_no_rest_of_the_row_before(figures, joined):
    """754's scan: 社会效益指标 | 带动脱贫户…(to the cell's edge) | ≥1200户 | 1265户 | 6 ends page 1 and
    生态效益指标 | 果园化肥使用量减少率 | ≥5% | 6.1% | 6 opens page 2, the second page's characters
    larger: the level cell's room (15) is more than a character of page 1 and less than one of page 2."""
    from jixiao.extract.model import Document
    from jixiao.extract.ruled_page import stitch
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    widths = (91, 100, 80, 80, 40)
    _ruled_page(doc, 1, [("二级指标", "三级指标", "年度指标值", "实际完成值", "得分"),
                         ("社会效益指标", "甲乙丙丁戊己庚辛", "≥1200户", "1265户", "6")], widths)
    _ruled_page(doc, 2, [("生态效益指标", "壬癸", *figures), ("可持续指标", "下一行", "持续提升", "持续提升", "6")],
                widths, size=14)
    stitch(doc)
    (table,) = doc.tables()
    names = [row[1] for row in table.grid()]
    assert names == (["三级指标", "甲乙丙丁戊己庚辛壬癸", "下一行"] if joined else
                     ["三级指标", "甲乙丙丁戊己庚辛", "壬癸", "下一行"])


def test_the_accelerated_engine_reads_a_page_as_onnx_runtime_does(monkeypatch, shipped_engine):
    """OpenVINO runs the engine's own models in its own pipeline (resizing, padding to 320 px in
    batches of six, box finding, decoding): a page's boxes, text and confidences must be those of
    the engine on ONNX Runtime. Any change of the recogniser's input (padding, batching, line
    width) or of precision (bf16) changes text here. (The first reading: v6's second reading of
    doubtful lines, extract.ocr_doubt, and the runners-up chosen by words, extract.ocr_words, are
    no part of the engine.)"""
    import numpy as np
    import pypdfium2 as pdfium

    from jixiao.extract import ocr_doubt, ocr_session, ocr_words

    monkeypatch.setattr(ocr_doubt, "reread", lambda crops, got, *a: (got, []))
    monkeypatch.setattr(ocr_words, "correct", lambda got: ([ocr_words.plain(g) for g in got], []))
    ours = ocr_reader.engine()
    assert isinstance(ours.text_det.infer, ocr_session.OpenVinoSession)
    assert isinstance(ours.text_rec.session, ocr_session.OpenVinoSession)
    onnx = shipped_engine
    pdf = pdfium.PdfDocument(str(FORMATS / "001_378a17285719ce98.scan.pdf"))
    rgb = np.asarray(pdf[1].render(scale=ocr_reader.DPI / 72).to_pil().convert("RGB"))
    # the top 40% of the indicator page: some fifty lines from two characters to a full-width line (each
    # width its own batch), 5 s of CPU for the two engines where prose page 1's 32 long lines took 24
    rgb = rgb[:rgb.shape[0] * 2 // 5]
    got, _ = ours(rgb, use_cls=False)
    want, _ = onnx(rgb, use_cls=False)
    assert len(want) > 30
    assert [t for _, t, _ in got] == [t for _, t, _ in want]
    # boxes to a pixel: another CPU's f32 kernels may round a probability at the threshold apart
    assert np.allclose([np.asarray(b) for b, _, _ in got], [np.asarray(b) for b, _, _ in want], atol=1)
    assert [float(s) for _, _, s in got] == pytest.approx([float(s) for _, _, s in want], abs=1e-3)


def test_a_worker_short_of_memory_keeps_onnx_runtime(monkeypatch):
    """OpenVINO maps about twice ONNX Runtime's memory: a worker with less room than it needs
    under its limit (nightly's default --memory) reads on ONNX Runtime rather than fail."""
    from types import SimpleNamespace

    from jixiao.extract import ocr_session

    def engine():
        return SimpleNamespace(text_det=SimpleNamespace(infer="onnx"), text_rec=SimpleNamespace(session="onnx"))

    monkeypatch.setattr(ocr_session, "room_mb", lambda: ocr_session.OPENVINO_MB - 1)
    short = engine()
    assert ocr_session.accelerate(short, 1) is False
    assert (short.text_det.infer, short.text_rec.session) == ("onnx", "onnx")
    monkeypatch.setattr(ocr_session, "room_mb", lambda: None)   # no limit
    free = engine()
    assert ocr_session.accelerate(free, 1) is True
    assert isinstance(free.text_rec.session, ocr_session.OpenVinoSession)


def test_a_lone_comparison_sign_in_its_own_cell_is_read_beside_its_value():
    """053's scan sets the sign in a column of its own (≥ | 90 | %): detection drops the small
    box or the recogniser reads it alone as a letter (AI, M); read on one line with its value it
    is ≥."""
    import numpy as np
    import pypdfium2 as pdfium

    from jixiao.extract.model import Document

    pdf = pdfium.PdfDocument(str(ROOT / "corpus" / "realworld" / "053.scan.pdf"))
    page = np.asarray(pdf[0].render(scale=ocr_reader.DPI / 72).to_pil().convert("RGB"))
    rgb = np.ascontiguousarray(page[300:565, 500:1090])   # 名称 | 符号 | 指标值 | 单位 of four rows
    doc = Document(source="p.pdf", format="pdf", sha256="")
    ocr_reader._read_page(doc, "p.pdf", 1, rgb, [])
    [table] = doc.tables()
    rows = [[c.strip() for c in row] for row in table.grid()]
    assert [r[1] for r in rows if r[2] in ("90", "95")] == ["≥", "≥", "≥"]
    assert [r[1] for r in rows if r[0].startswith("铁路")] == ["定性"]       # words are left as read
    assert sum(w.count("→“≥”") for w in doc.warnings) == 3                  # each repair is named


def test_cells_of_one_line_are_read_directly_the_rest_is_left_to_detection():
    """extract.ocr_cells (CELLS, off): a closed cell whose ink is one line gives its ink's box to the
    recogniser; a cell of two lines and text outside the grid are left to detection."""
    import cv2
    import numpy as np

    from jixiao.extract import ocr_cells

    page = np.full((400, 600), 255, np.uint8)
    cv2.putText(page, "TITLE", (40, 50), cv2.FONT_HERSHEY_SIMPLEX, 1, 0, 2)          # outside the grid
    for y in (100, 160, 260):
        cv2.line(page, (30, y), (570, y), 0, 2)
    for x in (30, 300, 570):
        cv2.line(page, (x, 100), (x, 260), 0, 2)
    cv2.putText(page, "one line", (50, 140), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2)   # cell (30-300, 100-160)
    cv2.putText(page, "first", (320, 200), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2)     # cell (300-570, 160-260)
    cv2.putText(page, "second", (320, 240), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2)
    lines = np.zeros(page.shape, np.uint8)
    horizontal, vertical = ocr_reader.rules(page)
    for y, x0, x1 in horizontal:
        cv2.line(lines, (int(x0), int(y)), (int(x1), int(y)), 1, ocr_cells.RULE_WIDTH)
    for x, y0, y1 in vertical:
        cv2.line(lines, (int(x), int(y0)), (int(x), int(y1)), 1, ocr_cells.RULE_WIDTH)
    ink = (page < 128) & (lines == 0)
    direct, parts = ocr_cells._split(ink, lines)
    assert len(direct) == 1
    x0, y0, x1, y1 = direct[0]
    assert 30 < x0 < 60 and 110 < y0 < 125 and 120 < x1 < 300 and 140 < y1 < 160, direct   # "one line", tight
    inside = [p for p in parts if p[1] >= 100]
    above = [p for p in parts if p[3] <= 100]
    assert len(inside) == 1 and 295 <= inside[0][0] <= 305 and 255 <= inside[0][3] <= 265, parts   # the two-line cell
    assert len(above) == 1 and above[0][1] < 30 < 50 < above[0][3], parts                           # the title


def test_a_scanned_table_without_rules_is_read_from_the_text_alignment():
    # A borderless table on a scan: no rules, so the grid is where several lines' text starts
    # (extract.aligned_table, as for a PDF's text); a cell's second line, one line under it
    # with the other columns empty, goes on the cell (rows stand further apart than a cell's
    # lines: 24 and 16 pixels). The prose above stays a paragraph.
    from jixiao.extract.model import Document
    from jixiao.extract.ruled_page import Char, assemble
    size, cols = 12, (0, 120, 240, 340)

    def line(y, *texts):
        return [Char(x + k * size, y, size, ch) for x, text in zip(cols, texts) for k, ch in enumerate(text)]

    chars = [*line(20, "绩效指标完成情况如下"),
             *line(60, "三级指标", "年度指标值", "实际值", "得分"),
             *line(84, "办理案件数量", "≥4500件", "4862件", "10"),
             *line(108, "法律咨询服务", "≥6万人次", "6.8万人次", "5"),
             *line(124, "人次"),
             *line(148, "案件质量合格率", "≥95%", "98.6%", "10")]
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, chars, [], [], snap=2, align=ocr_reader.ALIGN)
    (table,) = doc.tables()
    assert table.grid() == [["三级指标", "年度指标值", "实际值", "得分"],
                            ["办理案件数量", "≥4500件", "4862件", "10"],
                            ["法律咨询服务人次", "≥6万人次", "6.8万人次", "5"],
                            ["案件质量合格率", "≥95%", "98.6%", "10"]]
    assert [p.text for p in doc.paragraphs()] == ["绩效指标完成情况如下"]
    assert table.cell_at(2, 0).loc.page == 1 and table.cell_at(2, 0).loc.row == 2


def test_a_box_glyph_right_after_a_figure_is_the_counter_kou():
    # 397's 286口 (腌制池) came out 286□; a box for a blank to fill in stays (a run, or before a word)
    fix = ocr_reader.fix_box
    assert fix("286□") == "286口" and fix("≥3□，") == "≥3口，"
    assert fix("20□□年") == "20□□年" and fix("202□年") == "202□年" and fix("□是 □否") == "□是 □否"


def test_a_box_read_after_a_figure_on_a_scan_is_read_kou_and_said(monkeypatch):
    import numpy as np
    from jixiao.extract.model import Document
    from .ocr_fakes import FakeEngine
    from .test_scan_width import _item
    result = [_item(100, 100, [("2", 0.5), ("8", 0.5), ("6", 0.5), ("□", 1.0)])]
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(result))
    doc, fixes = Document(source="made-up.pdf", format="pdf-ocr", sha256=""), []
    ocr_reader._read_page(doc, "made-up.pdf", 1, np.full((260, 900, 3), 255, np.uint8), fixes)
    assert [b.text for b in doc.blocks] == ["286口"]
    assert fixes == ["第1页“286□”→“286口”"]


def test_the_detectors_page_normalised_by_table_is_the_engines_own_input():
    """ocr_session.normalize_by_table: the detector's input from a table of the 256 grey levels is
    byte for byte the engine's own float arithmetic (the model's input, so its boxes, unchanged);
    a page of other than 8-bit colour goes the engine's own way."""
    from types import SimpleNamespace

    import numpy as np
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    from jixiao.extract import ocr_session

    rng = np.random.default_rng(3)
    pages = [rng.integers(0, 256, (97, 70, 3), dtype=np.uint8), np.full((40, 64, 3), 255, np.uint8),
             rng.random((50, 40, 3)) * 255]
    for mean, std in (([0.5, 0.5, 0.5], [0.5, 0.5, 0.5]), ([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])):
        det = SimpleNamespace(get_preprocess=lambda longest: DetPreProcess(736, "min", mean, std))
        want = [det.get_preprocess(0)(page) for page in pages]
        ocr_session.normalize_by_table(det)
        got = [det.get_preprocess(0)(page) for page in pages]
        assert [(g.dtype, g.shape, g.tobytes()) for g in got] == [(w.dtype, w.shape, w.tobytes()) for w in want]


def test_a_page_seen_through_raindrops_is_said_and_the_figures_under_the_drops_are_marked_doubtful():
    """1215.scan: OCR read 124座 as 12 and 7.45 as 7.4 where drops sat, surely, and nothing was said of the drops.
    The page's drops are said, and the cells whose print one reaches are marked (Cell.doubt) for normalize."""
    from types import SimpleNamespace

    from jixiao.extract.model import Cell, Document, Location

    from .test_scan_drops import RAIN, _page

    cells = [Cell(f"{row + 1},{x}.00", row, col, Location("p", page=1, table=0, row=row, col=col,
                                                          bbox=(x - 20, 100 + 60 * row, x + 280, 160 + 60 * row)))
             for row in range(11) for col, x in enumerate((100, 420, 720))]
    doc = Document("p", "scan", "")
    ocr_reader._under_drops(doc, 1, [SimpleNamespace(cells=cells)], _page(RAIN))
    marked = [c for c in cells if c.doubt]
    assert marked and len(marked) < len(cells) and all(c.doubt == "水滴" for c in marked)
    assert len(doc.warnings) == 1 and "水滴" in doc.warnings[0] and f"{len(marked)}个含数字的单元格" in doc.warnings[0]
    clean = Document("p", "scan", "")
    ocr_reader._under_drops(clean, 1, [SimpleNamespace(cells=cells)], _page())
    assert clean.warnings == []


def test_lines_printed_upright_under_a_sideways_table_are_read_turned_back_and_said():
    """Issue 21 (1298.scan: an indicator table printed sideways on its page, 总分：100 得分：98.20 自评等级：优, the
    notes and the signatures upright under it). The page is turned for the table's text, so the lines under it
    stand across the page as read and came out as scattered paragraphs (总分 lost, 100 joined to a name), unsaid.
    Every long line outside the table standing across: their band is turned back and read as lines, said."""
    import pypdfium2 as pdfium
    img = pdfium.PdfDocument(str(ROOT / "corpus" / "native" / "1298.pdf"))[1].render(scale=150 / 72).to_pil()
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    doc = read_bytes(buf.getvalue(), "page.png")
    texts = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert any("总分" in t and "98.20" in t and "自评等级" in t for t in texts), texts
    assert any("与表格文字方向相差 90°" in w and "重新识别" in w for w in doc.warnings), doc.warnings
    [p] = normalize_document(doc).projects
    assert (str(p.total_score_stated.value), p.grade_stated) == ("98.20", "优")


def test_glyph_boxes_stacked_in_one_column_are_one_line_standing_across():
    """Issue 21 (1322.scan: the 总分 / 得分 / 自评等级 line under a table printed sideways came out of the detector a
    glyph or two a box, 总 | 00T | 得 | 自 | 评 | 等 | 优 one over another, so no box was a long line standing across,
    the band was not turned back, and the total and the grade were lost in silence). Boxes of one column are one
    line, their union; a box alone, or boxes side by side, stay as they are."""
    column = [(1178, 726, 1204, 753), (1179, 786, 1203, 815), (1180, 810, 1202, 836), (1178, 1048, 1205, 1090)]
    lone, wide = (600, 40, 628, 66), (100, 40, 500, 70)
    got = ocr_reader._stacked(column + [lone, wide])
    assert sorted(got) == sorted([(1178, 726, 1205, 1090), lone, wide])
    # a line's long box over a glyph is no stack of glyphs
    assert sorted(ocr_reader._stacked([wide, (300, 80, 328, 106)])) == sorted([wide, (300, 80, 328, 106)])
    assert sorted(ocr_reader._stacked([(100, 40, 128, 66), (140, 40, 168, 66)])) == [(100, 40, 128, 66), (140, 40, 168, 66)]


def test_the_total_line_of_a_sideways_scan_read_glyph_by_glyph_is_turned_back_and_read():
    """Issue 21 (1322.scan): the page turned for its sideways table, the 总分 line upright under it read a glyph a
    box; its band is now turned back and read (总分 100, 得分 97.70, 自评等级 优), and said."""
    doc = read_document(ROOT / "corpus" / "native" / "1322.scan.pdf")
    assert any("与表格文字方向相差 90°" in w and "97.70" in w for w in doc.warnings), doc.warnings
    [p] = normalize_document(doc).projects
    assert (str(p.total_score_stated.value), p.grade_stated) == ("97.70", "优")


def test_ink_before_a_figure_read_zero_is_said_as_digits_maybe_lost_not_as_a_sign():
    """1415.scan (a binder clip's wire over the 93 of 930.00): the ink left of 0.00 was said only as a
    possible comparison sign, the figure read 0.00 as it stood. Before a zero the ink is rather digits
    covered or worn: the figure is said as maybe not 0; other figures as before."""
    from jixiao.extract.ocr_reader import unsigned_ink
    [zero, other] = unsigned_ink(1, ["0.00", "95%"])
    assert "“0.00”" in zero and "可能不是 0" in zero and "比较符号“≥”" not in zero
    assert "“95%”" in other and "比较关系请核对原件" in other and "0.00" not in other
    assert unsigned_ink(1, ["0.5"]) == [unsigned_ink(1, ["0.5"])[0]] and "可能不是 0" not in unsigned_ink(1, ["0.5"])[0]
    assert unsigned_ink(2, []) == []


def test_a_line_through_the_middle_of_a_rows_text_is_no_rule():
    """1544.scan: an inkjet head striking cockled paper left grey ink tracks through rows of the table;
    read as rules, one cut the fund row's 执行率 / 得分 off it, another left a blank row, and nothing was
    said. A rule runs between a table's lines of text, never through the middle of their characters:
    a line through three or more is no rule; a rule beside the text (above, below) stays."""
    from jixiao.extract.ruled_page import Char
    row = [Char(200 + 20 * k, 108, 18, t, mid=100) for k, t in enumerate("98.53%")]
    hs = [(90, 100, 900), (101, 150, 800), (112, 100, 900)]     # above the text, through it, below it
    assert ocr_reader._off_the_text(hs, row) == [(90, 100, 900), (112, 100, 900)]
    assert ocr_reader._off_the_text([(101, 400, 800)], row) == [(101, 400, 800)]   # runs by, not through


def test_a_rule_a_cells_overflowing_text_is_drawn_over_stays_a_rule():
    """1819.scan: an Excel print's source label (其中：中央财政林业草原生态保护恢复资金), wrapped and too long for its
    row, centred over the rule above it; the rule was dropped as a line through text, so the fund's 年度资金总额 row
    and the source row under it read as one (1,850,000.001,500,000.00) and the project's budget was taken from the
    next source row (350000, nothing said). A line that runs end to end as the table's other rules do and strikes
    characters in one stretch of a third of its length at most is that row's rule; a track through the row (its
    own ends) or one striking text all along is still none."""
    from jixiao.extract.ruled_page import Char
    label = [Char(120 + 20 * k, 108, 18, t, mid=101) for k, t in enumerate("其中：中央财政")]
    figures = [Char(400 + 20 * k, 90, 18, t, mid=84) for k, t in enumerate("1,850,000.00")]
    rules = [(70, 100, 900), (101, 100, 900), (130, 100, 900)]
    assert ocr_reader._off_the_text(rules, label + figures) == rules
    track = [(70, 100, 900), (101, 110, 880), (130, 100, 900)]       # its own ends: a mark on the print
    assert ocr_reader._off_the_text(track, label) == [(70, 100, 900), (130, 100, 900)]
    along = [Char(120 + 60 * k, 108, 18, "8", mid=101) for k in range(12)]   # text struck all along the line
    assert ocr_reader._off_the_text(rules, along) == [(70, 100, 900), (130, 100, 900)]


def test_a_short_line_too_close_to_a_rule_to_leave_a_row_of_text_between_is_no_rule():
    """1544.scan: a head strike's ink track grazing the tops of 每亩改造补助's figures, 5 px under the row's
    own top rule (characters 15 px high), cut the figures off the row's name into a row of their own
    (said, not read). A band thinner than half a line of the page's text holds no text: the short line
    beside a longer rule all along its length is no rule; a double rule (lines of one length) and a
    short rule a text line's height away (a real row) stay."""
    from jixiao.extract.ruled_page import Char
    row = [Char(700 + 20 * k, 600, 15, t, mid=600) for k, t in enumerate("≤500元")]
    hs = [(585, 231, 1635), (590, 697, 1632), (614, 231, 1635)]
    assert ocr_reader._no_thin_bands(hs, row) == [(585, 231, 1635), (614, 231, 1635)]
    double = [(585, 231, 1635), (589, 231, 1635), (614, 231, 1635)]
    assert ocr_reader._no_thin_bands(double, row) == double
    apart = [(585, 231, 1635), (600, 697, 1632), (614, 231, 1635)]
    assert ocr_reader._no_thin_bands(apart, row) == apart
