"""The nightly run: a mixed inbox, incremental reruns, interruption, locking, reviews."""
import csv
import io
import shutil
import subprocess
import sys
import time

import pytest

from jixiao import pipeline
from jixiao.nightly import RunLocked, run_inbox
from jixiao.nightly import worker
from jixiao.nightly.outputs import OUTPUTS
from jixiao.nightly.run import OutputLock

from .conftest import REPORTS, ROOT

GOOD = ["002_70340c3d2e0dbd82.txt", "002_70340c3d2e0dbd82.docx", "002_70340c3d2e0dbd82.pdf",
        "000_b69c5b8f3653aeba.txt"]


def read_csv(path):
    text = path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # BOM, for Excel and WPS
    return list(csv.DictReader(io.StringIO(text.decode("utf-8-sig"))))


def _mixed_inbox(tmp_path):
    box = tmp_path / "inbox"
    (box / "sub").mkdir(parents=True)
    for name in GOOD[:3]:
        shutil.copy(REPORTS / name, box / name)
    shutil.copy(REPORTS / GOOD[3], box / "sub" / GOOD[3])          # recursive
    (box / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    (box / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    (box / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    return box


@pytest.fixture
def inbox(tmp_path):
    return _mixed_inbox(tmp_path)


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """The mixed inbox and a first plain run of it (`run_inbox(inbox, out)`), made once for the module."""
    tmp = tmp_path_factory.mktemp("first_run")
    box = _mixed_inbox(tmp)
    run_inbox(box, tmp / "out")
    return box, tmp / "out"


@pytest.fixture
def ran(first_run, tmp_path):
    """A fresh copy of the mixed inbox after its first run, and of that run's output folder, for a test that
    goes on from there (each changes the inbox or the outputs): as `run_inbox(inbox, out)` on a fresh inbox
    leaves them. The state keeps each file by its path in the inbox, its size and its mtime (kept by the
    copy, to the nanosecond), so the copy reads as the inbox the run saw."""
    box, out = first_run
    shutil.copytree(box, tmp_path / "inbox")
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "inbox", tmp_path / "out"


def snapshot(out):
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_mixed_inbox_every_file_accounted_for(inbox, tmp_path, monkeypatch, late_clock):
    (inbox / "hang.txt").write_text("项目名称\t会卡住的文件\n", encoding="utf-8")
    real = worker.process_file

    def hanging(path, doc, config, member=None):  # the forked worker inherits this: one file hangs its parser
        if doc.endswith("hang.txt"):
            time.sleep(3600)
        return real(path, doc, config, member)

    monkeypatch.setattr(worker, "process_file", hanging)
    out = tmp_path / "out"
    s = run_inbox(inbox, out, workers=2, timeout=600, progress=late_clock.progress)   # hang.txt's hour passes last
    docs = {r["doc"]: r for r in read_csv(out / "documents.csv")}
    assert set(docs) == {"002_70340c3d2e0dbd82.txt", "002_70340c3d2e0dbd82.docx", "002_70340c3d2e0dbd82.pdf",
                         "sub/000_b69c5b8f3653aeba.txt", "corrupt.pdf", "scan.png", "old.doc", "hang.txt"}
    assert docs["corrupt.pdf"]["status"] == "failed" and "PDF" in docs["corrupt.pdf"]["error"]
    assert docs["hang.txt"]["status"] == "failed" and "超时" in docs["hang.txt"]["error"]
    assert docs["old.doc"]["status"] == "unsupported" and docs["scan.png"]["status"] in ("failed", "unsupported")
    assert all(docs[g]["status"] == "ok" for g in GOOD[:3])
    assert (s.ok, s.failed + s.unsupported) == (4, 4)
    flags = read_csv(out / "flags.csv")
    assert list(flags[0]) == ["flag_id", "doc", "rule", "severity", "message", "stated", "expected", "location",
                              "evidence", "related", "status", "comment"]
    assert {f["rule"] for f in flags if f["doc"] == "002_70340c3d2e0dbd82.pdf"} >= {"JX101", "JX102", "JX103"}
    import openpyxl
    wb = openpyxl.load_workbook(out / "report.xlsx")
    assert wb.sheetnames == ["概览", "文件", "项目", "指标", "明细", "文中数字", "问题"]
    assert all(ws.freeze_panes == "B2" and ws.auto_filter.ref for ws in wb.worksheets[1:])
    assert wb["问题"].max_row == len(flags) + 1
    inds = read_csv(out / "indicators.csv")
    assert sum(1 for r in inds if r["doc"] == "002_70340c3d2e0dbd82.docx") == 6
    assert all(r["location"] for r in inds)
    figs = read_csv(out / "figures.csv")
    assert any(r["subject"] == "执行" and r["raw"] == "30 万元" and r["doc"] == "002_70340c3d2e0dbd82.txt" for r in figs)
    # inbox untouched
    assert sorted(p.name for p in inbox.rglob("*") if p.is_file()) == sorted(
        ["002_70340c3d2e0dbd82.txt", "002_70340c3d2e0dbd82.docx", "002_70340c3d2e0dbd82.pdf",
         "000_b69c5b8f3653aeba.txt", "corrupt.pdf", "scan.png", "old.doc", "hang.txt"])


def test_a_crashing_worker_becomes_a_failed_row(inbox, tmp_path, monkeypatch):
    import os
    real = worker.process_file

    def crashing(path, doc, config, member=None):
        if doc.endswith(".docx"):
            os.kill(os.getpid(), 9)   # what the kernel does to a worker that exhausts memory
        return real(path, doc, config, member)

    monkeypatch.setattr(worker, "process_file", crashing)
    out = tmp_path / "out"
    run_inbox(inbox, out, workers=2)
    docs = {r["doc"]: r for r in read_csv(out / "documents.csv")}
    assert docs["002_70340c3d2e0dbd82.docx"]["status"] == "failed"
    assert "异常退出" in docs["002_70340c3d2e0dbd82.docx"]["error"]
    assert docs["002_70340c3d2e0dbd82.pdf"]["status"] == "ok"


def test_unchanged_rerun_is_byte_identical_and_reads_nothing(ran, tmp_path):
    inbox, out = ran
    before = snapshot(out)
    s = run_inbox(inbox, out)
    # only the failed files are read again (a failure's cause may have been fixed); failing
    # again the same way changes nothing
    assert s.processed == s.retried == s.failed and s.reused + s.retried == 7
    assert snapshot(out) == before
    # a new mtime with the same bytes is not a change either
    p = inbox / GOOD[0]
    p.write_bytes(p.read_bytes())
    s = run_inbox(inbox, out)
    assert s.processed == s.retried and snapshot(out) == before
    assert (s.files, s.ok) == (7, 4)   # the summary of a quiet night still counts everything
    # an output someone deleted or edited is written again, whole
    (out / "flags.csv").unlink()
    (out / "indicators.csv").write_bytes(b"edited")
    run_inbox(inbox, out)
    assert snapshot(out) == before


def test_changed_and_removed_files(ran, tmp_path):
    inbox, out = ran
    txt = inbox / GOOD[0]
    txt.write_text(txt.read_text(encoding="utf-8").replace("合计\t\t\t\t33", "合计\t\t\t\t30"), encoding="utf-8")
    (inbox / "corrupt.pdf").unlink()
    s = run_inbox(inbox, out)
    assert s.processed == 1 + s.retried and s.forgotten == 1
    docs = {r["doc"] for r in read_csv(out / "documents.csv")}
    assert "corrupt.pdf" not in docs
    rules = {f["rule"] for f in read_csv(out / "flags.csv") if f["doc"] == GOOD[0]}
    assert "JX101" not in rules and "JX103" in rules


def test_rules_change_rechecks_everything(ran, tmp_path):
    inbox, out = ran
    cfg = tmp_path / "jixiao.toml"
    cfg.write_text('[rules]\nignore = ["JX103"]\n', encoding="utf-8")
    from jixiao.rules import load_config
    s = run_inbox(inbox, out, config=load_config(cfg))
    assert s.processed == 7
    assert "JX103" not in {f["rule"] for f in read_csv(out / "flags.csv")}


def test_interrupted_run_keeps_outputs_whole_and_resumes(ran, tmp_path):
    inbox, out = ran
    before = snapshot(out)
    for p in inbox.rglob("*.txt"):
        p.write_text(p.read_text(encoding="utf-8") + "\n补充说明。\n", encoding="utf-8")
    shutil.copy(REPORTS / "001_378a17285719ce98.docx", inbox / "new.docx")

    def interrupt(done, total, doc):
        if done == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_inbox(inbox, out, progress=interrupt)
    assert snapshot(out) == before                       # the previous outputs are whole
    assert not list(out.glob(".*.tmp-*"))                # nothing half-written left behind
    s = run_inbox(inbox, out)
    assert s.processed == 2 + s.retried                  # picks up where it stopped (3 changed, 1 done)
    assert "new.docx" in {r["doc"] for r in read_csv(out / "documents.csv")}


def test_second_run_refuses_while_one_is_going(inbox, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with OutputLock(out):
        with pytest.raises(RunLocked):
            run_inbox(inbox, out)
        code = subprocess.run([sys.executable, str(ROOT / "pipeline.py"), "run", "--inbox", str(inbox), "--out", str(out)],
                              capture_output=True, text=True)
        assert code.returncode == 3 and "正在使用输出目录" in code.stderr


def test_review_decisions_survive_reruns(ran, tmp_path):
    inbox, out = ran
    flags = read_csv(out / "flags.csv")
    first = next(f for f in flags if f["rule"] == "JX101")
    assert pipeline.main(["review", first["flag_id"], "--dismiss", "已核实：合计为笔误", "--out", str(out)]) == 0
    # an analyst edits review.csv by hand: confirm another flag
    rows = read_csv(out / "review.csv")
    second = next(r for r in rows if r["rule"] == "JX102")
    second["status"], second["comment"] = "已确认", "请单位说明"
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
    (out / "review.csv").write_bytes(buf.getvalue().encode("gb18030"))   # as Excel might save it
    run_inbox(inbox, out)
    run_inbox(inbox, out)
    after = {f["flag_id"]: f for f in read_csv(out / "flags.csv")}
    assert (after[first["flag_id"]]["status"], after[first["flag_id"]]["comment"]) == ("dismissed", "已核实：合计为笔误")
    assert (after[second["flag_id"]]["status"], after[second["flag_id"]]["comment"]) == ("confirmed", "请单位说明")


def test_review_lapses_when_the_evidence_changes(tmp_path):
    box, out = tmp_path / "box", tmp_path / "out"
    box.mkdir()
    f = box / "r.txt"
    f.write_text("执行率=174.83/178.95*100%=97.14%，情况说明甲。\n", encoding="utf-8")
    run_inbox(box, out)
    [flag] = read_csv(out / "flags.csv")
    assert pipeline.main(["review", flag["flag_id"], "--confirm", "属实", "--out", str(out)]) == 0
    f.write_text("执行率=174.83/178.95*100%=97.14%，情况说明乙。\n", encoding="utf-8")
    run_inbox(box, out)
    [again] = read_csv(out / "flags.csv")
    assert again["status"] == "open" and again["comment"] == ""   # other evidence: a new finding, undecided


def test_unknown_flag_and_missing_inbox_are_clear_errors(tmp_path, capsys):
    assert pipeline.main(["run", "--inbox", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "不存在" in capsys.readouterr().err
    (tmp_path / "box").mkdir()
    run_inbox(tmp_path / "box", tmp_path / "o")
    assert pipeline.main(["review", "JX101-0000000000", "--dismiss", "x", "--out", str(tmp_path / "o")]) == 2


def test_help_explains_every_option():
    out = subprocess.run([sys.executable, str(ROOT / "pipeline.py"), "run", "--help"], capture_output=True, text=True).stdout
    for option in ("--inbox", "--out", "--workers", "--timeout", "--memory", "--config", "--state", "--quiet", "Example"):
        assert option in out


def test_a_file_that_needs_too_much_memory_fails_alone(inbox, tmp_path, monkeypatch):
    real = worker.process_file

    def greedy(path, doc, config, member=None):
        if doc.endswith(".txt"):
            hog = bytearray(400 * 1024 * 1024)   # more than the worker's --memory allows
            return hog
        return real(path, doc, config, member)

    monkeypatch.setattr(worker, "process_file", greedy)
    out = tmp_path / "out"
    run_inbox(inbox, out, workers=2, memory_mb=200)
    docs = {r["doc"]: r for r in read_csv(out / "documents.csv")}
    assert docs["002_70340c3d2e0dbd82.txt"]["status"] == "failed" and "内存" in docs["002_70340c3d2e0dbd82.txt"]["error"]
    assert docs["002_70340c3d2e0dbd82.pdf"]["status"] == "ok"


@pytest.mark.parametrize("native", [
    # OpenVINO's CPU plugin and ONNX Runtime (through RapidOCR) when an OCR buffer is refused under the limit
    "Exception from src/plugins/intel_cpu/src/node.cpp:823:\n[CPU] ConvolutionBackpropData node with name "
    "'p2o.ConvTranspose.2' Check 'ptr' failed at src/plugins/intel_cpu/src/cpu_memory.cpp:257:\n"
    "Failed to allocate 105476272 bytes of memory",
    "[ONNXRuntimeError] : 6 : RUNTIME_EXCEPTION : Non-zero status code returned while running Conv node. "
    "Name:'conv2d_482.tmp_0_nchwc' Status Message: std::bad_alloc",
    # OpenVINO refusing a node's buffer outright (a scan's page turned upright first: extract.scan_orient)
    "Exception from src/inference/src/cpp/infer_request.cpp:224:\nException from src/plugins/intel_cpu/src/"
    "node.cpp:823:\n[CPU] Convolution node with name 'Multiply_10395' can't alloc\n",
])
def test_an_ocr_runtime_refused_memory_is_a_memory_failure(inbox, tmp_path, monkeypatch, native):
    real = worker.process_file

    def refused(path, doc, config, member=None):
        if doc.endswith(".txt"):
            raise RuntimeError(native)
        return real(path, doc, config, member)

    monkeypatch.setattr(worker, "process_file", refused)
    out = tmp_path / "out"
    run_inbox(inbox, out, workers=2, memory_mb=200)
    docs = {r["doc"]: r for r in read_csv(out / "documents.csv")}
    assert docs["002_70340c3d2e0dbd82.txt"]["error"] == worker.memory_message(200)
    assert docs["002_70340c3d2e0dbd82.pdf"]["status"] == "ok"


def test_a_refused_allocation_a_library_wrapped_is_a_memory_failure():
    """An allocation refused under the worker's limit comes wrapped by the library it happened in:
    RapidOCR raises its ResizeImgError (no message) from OpenCV's error, pdfplumber holds pdfminer's
    MemoryError in its PdfminerException's args. Either is the memory failure, not 处理出错."""
    from pdfplumber.utils.exceptions import PdfminerException

    class ResizeImgError(Exception):   # as RapidOCR's, over OpenCV's out-of-memory error
        pass
    try:
        try:
            raise RuntimeError("OpenCV(4.10.0) alloc.cpp:73: error: (-4:Insufficient memory) "
                               "Failed to allocate 13107200 bytes in function 'OutOfMemoryError'")
        except RuntimeError as e:
            raise ResizeImgError() from e
    except ResizeImgError as e:
        resized = e
    far = 1 << 60   # a limit the worker's peak is nowhere near
    for e in (resized, PdfminerException(MemoryError())):
        assert worker.failure(e, "scan.pdf", 200, far).error == worker.memory_message(200)
    assert worker.failure(IndexError("list index out of range"), "scan.pdf", 200, far).error == \
        "处理出错：IndexError: list index out of range"


def test_an_error_in_a_worker_that_ran_up_against_its_limit_is_a_memory_failure(monkeypatch):
    """A library that lost the refused allocation's error fails later with an error that says nothing
    of memory (numpy's SystemError, an IndexError over an empty result): where the worker's peak
    address space came within 1 MB of its limit it is the memory failure; further below, the error."""
    limit = 1000 * worker.MB
    error = IndexError("list index out of range")
    monkeypatch.setattr(worker, "_peak_address_space", lambda: limit - worker.MB // 2)
    assert worker.failure(error, "scan.pdf", 1, limit).error == worker.memory_message(1)
    monkeypatch.setattr(worker, "_peak_address_space", lambda: limit - 2 * worker.MB)
    assert worker.failure(error, "scan.pdf", 1, limit).error == "处理出错：IndexError: list index out of range"


def test_a_pdf_read_refused_memory_is_neither_read_by_the_fallback_nor_called_corrupt(monkeypatch):
    """PDFium refused memory for a page: pdfplumber reading the page instead would hide the limit (and
    read less where it needs more); pdfplumber refused memory: the file is not corrupt."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    from jixiao.extract import pdf_reader, read_document

    def refused(*args, **kwargs):
        raise MemoryError
    pdf = REPORTS / "002_70340c3d2e0dbd82.pdf"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pdf_reader, "_pdfium_read", refused)
        with pytest.raises(MemoryError):
            read_document(pdf)

    def wrapped(*args, **kwargs):
        raise PdfminerException(MemoryError())
    monkeypatch.setattr(pdfplumber, "open", wrapped)
    with pytest.raises(PdfminerException) as got:
        read_document(pdf)
    assert worker.failure(got.value, pdf.name, 200, 1 << 60).error == worker.memory_message(200)


def _refused(*args, **kwargs):
    raise MemoryError


class _NoTables:
    """A document model whose tables cannot be listed: for want of memory, or (KeyError) for want of tables."""

    def __init__(self, error):
        self.error = error

    def tables(self):
        raise self.error


def test_a_refused_allocation_while_sniffing_or_looking_around_a_file_is_no_format_said(monkeypatch):
    """Extract: a MemoryError listing an archive or a compound file, reading an ODF manifest or an
    Excel 97 stream is the machine's limit, not a broken archive, an unknown OLE file, a package
    unencrypted or a workbook with nothing drawn."""
    import olefile
    import xlrd.compdoc

    from jixiao.extract import odf_reader, sheet_boxes
    from jixiao.extract import sniff as sniffing     # the package's name sniff is the function
    sniff = sys.modules[sniffing.__module__]

    monkeypatch.setattr(sniff.zipfile, "ZipFile", _refused)
    monkeypatch.setattr(olefile, "OleFileIO", _refused)
    monkeypatch.setattr(xlrd.compdoc, "CompDoc", _refused)
    for call in (lambda: sniff.sniff(b"PK\x03\x04" + b"\x00" * 100), lambda: sniff.sniff(sniff.OLE2 + b"\x00" * 600),
                 lambda: odf_reader._encrypted(b"PK\x03\x04"), lambda: sheet_boxes.xls_text_boxes(sniff.OLE2)):
        with pytest.raises(MemoryError):
            call()


def test_a_refused_allocation_reading_the_unit_from_tables_is_no_table_less_document():
    """Normalize: the reporting unit's fallback for a model without tables does not take a MemoryError."""
    from jixiao.normalize.reporting_unit import labelled

    assert labelled(_NoTables(KeyError("tables")), []) == {}
    with pytest.raises(MemoryError):
        labelled(_NoTables(MemoryError()), [])


def test_a_refused_allocation_reading_last_years_column_is_no_table_less_document():
    """Rules: the cross checks' previous-year column is not left unread over a MemoryError."""
    from jixiao.rules.cross import _previous_year_columns

    assert _previous_year_columns(_NoTables(KeyError("tables"))) == {}
    with pytest.raises(MemoryError):
        _previous_year_columns(_NoTables(MemoryError()))


def test_new_code_reads_every_file_again(tmp_path, monkeypatch):
    """A stored result made by other code is stale, even when nobody bumped RULES_VERSION."""
    from jixiao.nightly import run as run_module
    box, out = tmp_path / "box", tmp_path / "out"
    box.mkdir()
    for name in ("002_70340c3d2e0dbd82.txt", "004_8ce664a1ba30d0b4.txt"):
        shutil.copy(REPORTS / name, box / name)
    assert run_inbox(box, out).processed == 2
    assert run_inbox(box, out).processed == 0                 # same code: nothing read again
    monkeypatch.setattr(run_module, "code_fingerprint", lambda: "another-build")
    assert run_inbox(box, out).processed == 2                 # an upgrade: everything read again


def test_system_files_are_listed_as_ignored_and_operators_are_plain_words(tmp_path):
    """What an OS or an office suite leaves in a shared folder is `ignored` with its reason, never a
    failure that returns every night; operators are codes a spreadsheet never reads as a formula."""
    box = tmp_path / "inbox"
    box.mkdir()
    shutil.copy(REPORTS / GOOD[0], box / GOOD[0])
    (box / ".DS_Store").write_bytes(b"\0\0\0\1Bud1" + b"\0" * 50)
    (box / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 60)
    (box / "desktop.ini").write_text("[.ShellClassInfo]\n", encoding="utf-8")
    (box / "~$自评表.docx").write_bytes(b"\x04wang" + b"\0" * 100)
    (box / ".git").mkdir()
    (box / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    out = tmp_path / "out"
    s = run_inbox(box, out, workers=1)
    docs = {r["doc"]: r for r in read_csv(out / "documents.csv")}
    ignored = {d: r["error"] for d, r in docs.items() if r["status"] == "ignored"}
    assert set(ignored) == {".DS_Store", "Thumbs.db", "desktop.ini", "~$自评表.docx", ".git/"}
    assert "锁定文件" in ignored["~$自评表.docx"] and "系统文件" in ignored["Thumbs.db"]
    assert docs[GOOD[0]]["status"] == "ok"
    assert (s.ok, s.failed, s.unsupported, s.ignored) == (1, 0, 0, 5) and "已忽略 5" in s.line()
    from jixiao.nightly.schema import OP_LABELS
    inds = read_csv(out / "indicators.csv")
    ops = {r[k] for r in inds for k in ("target_op", "actual_op")}
    assert ops <= set(OP_LABELS) and {"ge", "eq"} <= ops
    figs = read_csv(out / "figures.csv")
    assert figs and {r["op"] for r in figs} <= set(OP_LABELS)
    import openpyxl
    wb = openpyxl.load_workbook(out / "report.xlsx")
    overview = [[c.value for c in row] for row in wb["概览"].iter_rows()]
    assert ["已忽略", None, 5] in overview or ["已忽略", "", 5] in overview


def test_documents_say_how_many_indicator_like_rows_were_not_read(tmp_path):
    """unread_rows (issue 21): 0 for a seed; a table of rows with names and figures that gives no
    record counts each, in documents.csv, the workbook's 文件 sheet and the desk's dashboard."""
    box = tmp_path / "inbox"
    box.mkdir()
    shutil.copy(REPORTS / GOOD[3], box / GOOD[3])
    (box / "unread.txt").write_text("说明\t数值\t备注\n培训人次\t1200\t见附件一\n合格率\t96\t见附件二\n"
                                    "知晓率\t88\t见附件三\n", encoding="utf-8")
    out = tmp_path / "out"
    run_inbox(box, out, workers=1)
    docs = {r["doc"]: r for r in read_csv(out / "documents.csv")}
    assert (docs[GOOD[3]]["unread_rows"], docs["unread.txt"]["unread_rows"]) == ("0", "3")
    assert "像指标行但未读取（培训人次｜1200｜见附件一）" in docs["unread.txt"]["warnings"]
    import openpyxl
    ws = openpyxl.load_workbook(out / "report.xlsx")["文件"]
    assert "未读指标行" in [c.value for c in ws[1]]
    from jixiao.desk.dashboard import dashboard
    from jixiao.nightly.state import State
    state = next(p for p in out.rglob("*") if p.suffix in (".db", ".sqlite", ".sqlite3"))
    assert dashboard(State(state), {})["unread"] == [{"doc": "unread.txt", "unread_rows": 3}]


def test_every_warning_of_a_document_names_its_file(tmp_path):
    """Issue 21: documents.csv and report.xlsx show a document's warnings apart from the file, so each
    names it: an extract reader's warning that names only its place (a hidden row of a sheet) gets
    the file's name before it, one that names the file keeps it once."""
    import openpyxl
    from jixiao.nightly.worker import process_file
    from jixiao.rules import Config
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for row in (["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["培训人次", "≥100人次", "120人次", "10", "10"],
                ["隐藏行", "≥1", "2", "5", "5"], ["合格率", "≥90%", "95%", "10", "10"]):
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    path = tmp_path / "某项目.xlsx"
    wb.save(path)
    r = process_file(str(path), "收件/某项目.xlsx", Config())
    assert r.status == "ok" and r.warnings
    assert all(w.startswith("收件/某项目.xlsx") for w in r.warnings), r.warnings
    assert "收件/某项目.xlsx：隐藏的行或列中有 1 处内容未读取（工作表“自评表”第3行）" in r.warnings, r.warnings


def test_extract_records_prints_every_warning(tmp_path, capsys):
    # An analyst running `extract --records` on a file whose rows all read still sees its warnings
    # (hidden text left out, a reviewer's comments): before, only unread rows' warnings were printed.
    f = tmp_path / "report.txt"
    f.write_text("项目名称：示例项目\n\n指标名称\t指标值\t实际完成值\n开工数量\t≥3个\t3个\n", encoding="utf-8")
    doc = pipeline.read_document(f)
    doc.warnings.append("第1页有页面上看不见的文字：“7”在其裁剪区域之外，未读取，请核对原件")
    pipeline._print_records(doc)
    out = capsys.readouterr().out
    assert "读取提示" in out and "看不见的文字：“7”" in out, out
