"""Faults a hostile tester found in the nightly run, each reproduced on a temporary inbox.

Every test names the promise it checks (docs/reliability.md): every file accounted for,
outputs complete or unchanged, decisions never lost, no document text that can act.
"""
import csv
import errno
import io
import re
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile

import openpyxl
import pytest

from jixiao import pipeline
from jixiao.nightly import RunRefused, run_inbox, worker
from jixiao.nightly import run as run_module
from jixiao.nightly import writers
from jixiao.nightly.outputs import OUTPUTS
from jixiao.nightly.run import OutputLock, RunLocked

from .conftest import REPORTS, ROOT, alive

REPORT = "002_70340c3d2e0dbd82.txt"          # a small report with four flags (JX101, JX102, JX103, JX402)
SLIP = "执行率=174.83/178.95*100%=97.14%，{}。\n"  # one sentence, one JX202 flag, evidence = the sentence


def read_csv(path):
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def docs_of(out):
    return {r["doc"]: r for r in read_csv(out / "documents.csv")}


def snapshot(out):
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture
def box(tmp_path):
    b = tmp_path / "inbox"
    b.mkdir()
    shutil.copy(REPORTS / REPORT, b / REPORT)
    return b


@pytest.fixture
def out(tmp_path):
    return tmp_path / "out"


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """The inbox of REPORT and a first plain run of it (`run_inbox(box, out)`), made once for the module."""
    tmp = tmp_path_factory.mktemp("first_run")
    b = tmp / "inbox"
    b.mkdir()
    shutil.copy(REPORTS / REPORT, b / REPORT)
    run_inbox(b, tmp / "out")
    return b, tmp / "out"


@pytest.fixture
def ran(first_run, tmp_path):
    """A fresh copy of `box` after its first run, and of that run's output folder, for a test that goes on
    from there (each changes the inbox, the outputs or the state): as `run_inbox(box, out)` leaves them.
    The state keeps each file by its path in the inbox, its size and its mtime (kept by the copy, to the
    nanosecond), so the copy reads as the inbox the run saw."""
    b, o = first_run
    shutil.copytree(b, tmp_path / "inbox")
    shutil.copytree(o, tmp_path / "out")
    return tmp_path / "inbox", tmp_path / "out"


def write_review(path, rows, fieldnames, encoding="utf-8-sig", delimiter=","):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fieldnames, delimiter=delimiter, extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))


# 1. Stale outputs ----------------------------------------------------------------------------

def test_a_run_killed_between_state_and_outputs_is_repaired_by_the_next(ran, monkeypatch):
    box, out = ran   # as a first run_inbox(box, out) left them
    assert any(f["rule"] == "JX101" for f in read_csv(out / "flags.csv"))
    txt = box / REPORT
    txt.write_text(txt.read_text(encoding="utf-8").replace("合计\t\t\t\t33", "合计\t\t\t\t30"), encoding="utf-8")

    def killed(*a, **k):
        raise KeyboardInterrupt   # the moment after the state is saved, before any output is written

    monkeypatch.setattr(run_module, "publish", killed)
    with pytest.raises(KeyboardInterrupt):
        run_inbox(box, out)
    monkeypatch.undo()
    s = run_inbox(box, out)                  # nothing changed in the inbox since the killed run
    assert s.processed == 0
    assert not any(f["rule"] == "JX101" for f in read_csv(out / "flags.csv"))   # outputs caught up


def test_one_writer_failing_costs_no_other_output_and_is_repaired(ran, monkeypatch, capsys):
    box, out = ran   # as a first run_inbox(box, out) left them
    (box / "b.txt").write_text(SLIP.format("新增"), encoding="utf-8")
    import jixiao.nightly.outputs as outputs

    def broken(f, *args):
        f.write(b"PK\x03\x04 half a workbook")   # written as it is made: the crash comes midway
        raise ValueError("simulated writer crash")

    monkeypatch.setattr(outputs, "write_xlsx", broken)
    s = run_inbox(box, out)
    assert s.output_errors and "report.xlsx" in s.output_errors[0]
    assert "b.txt" in docs_of(out)          # the other outputs were written
    assert not list(out.glob(".*.tmp-*"))   # the half-written file is gone, the old one stands
    assert "b.txt" not in {r[0].value for r in openpyxl.load_workbook(out / "report.xlsx")["文件"].iter_rows()}
    monkeypatch.undo()
    run_inbox(box, out)                      # the next run rewrites what was left behind
    assert "b.txt" in {r[0].value for r in openpyxl.load_workbook(out / "report.xlsx")["文件"].iter_rows()}


def test_a_failed_output_makes_the_cli_exit_1_with_one_clear_line(box, out, monkeypatch, capsys):
    import jixiao.nightly.outputs as outputs
    monkeypatch.setattr(outputs, "review_html", lambda *args: 1 / 0)
    assert pipeline.main(["run", "--inbox", str(box), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "review.html" in err and "Traceback" not in err
    assert (out / "flags.csv").exists()


# 2. Control characters --------------------------------------------------------------------

def test_control_characters_in_a_report_a_comment_and_review_csv(box, out):
    (box / "ctl.txt").write_text(SLIP.format("说明\x0b含\x01控制字符"), encoding="utf-8")
    s = run_inbox(box, out)
    assert not s.output_errors
    [flag] = [f for f in read_csv(out / "flags.csv") if f["doc"] == "ctl.txt"]
    assert "\\x0b" in flag["evidence"] and "\x0b" not in flag["evidence"]
    assert pipeline.main(["review", flag["flag_id"], "--confirm", "属实\x0b\x00", "--out", str(out)]) == 0
    raw = (out / "review.csv").read_bytes().replace(b"\xe5\xb1\x9e\xe5\xae\x9e", b"\x00\xe5\xb1\x9e\xe5\xae\x9e")
    (out / "review.csv").write_bytes(raw)   # a NUL in the file as an editor might leave it
    s = run_inbox(box, out)
    assert not s.output_errors
    wb = openpyxl.load_workbook(out / "report.xlsx")
    head, *rows = wb["问题"].iter_rows(values_only=True)
    row = dict(zip(head, next(r for r in rows if r[head.index("文件")] == "ctl.txt")))
    assert row["审核状态"] == "已确认" and "属实" in row["审核意见"]


# 3. File names that are not UTF-8 ---------------------------------------------------------

def test_a_file_name_that_is_not_utf8(box, out):
    name = os.fsencode(str(box)) + b"/caf\xe9-\xff.txt"
    with open(name, "wb") as f:
        f.write((REPORTS / REPORT).read_bytes())
    for _ in range(2):                       # every run, not only the first
        s = run_inbox(box, out)
        assert not s.output_errors
    docs = docs_of(out)
    assert docs["caf\\xe9-\\xff.txt"]["status"] == "ok"
    assert docs["caf\\xe9-\\xff.txt"]["flags"] == docs[REPORT]["flags"]


# 4. Formula injection ---------------------------------------------------------------------

def test_no_formula_in_the_workbook_and_quoted_formula_starts_in_the_csvs(box, out):
    (box / "=HYPERLINK(evil).txt").write_text(SLIP.format("=HYPERLINK(\"http://x\",\"点我\")"), encoding="utf-8")
    (box / "@SUM.txt").write_text("+cmd|' /C calc'!A0\t-2+3\n" + SLIP.format("@SUM(1+1)"), encoding="utf-8")
    run_inbox(box, out)
    wb = openpyxl.load_workbook(out / "report.xlsx")
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert any(v.startswith("=HYPERLINK") for v in texts)   # shown as written, as text
    for name in OUTPUTS:
        if name.endswith(".csv"):
            for row in csv.reader(io.StringIO((out / name).read_bytes().decode("utf-8-sig"))):
                for field in row:
                    if field[:1] in ("=", "+", "-", "@", "\t", "\r"):
                        assert writers._PLAIN_NUMBER.match(field), (name, field)
    docs = docs_of(out)
    assert "'=HYPERLINK(evil).txt" in docs and "'@SUM.txt" in docs


# 5. review.html -----------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_document_text_cannot_change_the_structure_of_review_html(box, out, tmp_path):
    assert CHROMIUM, "chromium is required for this test: `make test` installs it"
    hostile = ["<!--<script>", "</script><script>document.title='pwned'</script>", "]]>\u2028\u2029&amp;<b>"]
    for i, text in enumerate(hostile):
        (box / f"h{i}.txt").write_text(SLIP.format(f"说明{text}"), encoding="utf-8")
    run_inbox(box, out)
    n = len(read_csv(out / "flags.csv"))
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'p'}",
                          "--dump-dom", (out / "review.html").as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert f"共 {n} 条问题，当前显示 {n} 条。" in dom
    assert len(re.findall(r'<tr class="flag" data-severity="(?:high|medium|low)">', dom)) == n
    assert "pwned" not in dom.split("<title>")[1].split("</title>")[0]
    assert "&lt;!--&lt;script&gt;" in dom      # shown as text


# 6. review.csv as analysts save it --------------------------------------------------------

def _flags(out):
    return read_csv(out / "flags.csv")


@pytest.mark.parametrize("encoding,delimiter,headers", [
    ("utf-16", "\t", None),                                   # Excel "Unicode text"
    ("utf-8-sig", ";", None),                                 # semicolon CSV
    ("gb18030", ",", {"flag_id": "编号", "status": "审核状态", "comment": "审核意见"}),   # renamed headers
])
def test_review_csv_saved_by_excel_or_wps(ran, encoding, delimiter, headers):
    box, out = ran   # as a first run_inbox(box, out) left them
    rows = read_csv(out / "review.csv")
    target = next(r for r in rows if r["rule"] == "JX101")
    target["status"], target["comment"] = "已确认", "请单位说明"
    fields = list(rows[0])
    if headers:
        rows = [{headers.get(k, k): v for k, v in r.items()} for r in rows]
        fields = [headers.get(k, k) for k in fields]
    write_review(out / "review.csv", rows, fields, encoding, delimiter)
    s = run_inbox(box, out)
    assert s.reviews_read == 1 and not s.review_errors
    got = next(f for f in _flags(out) if f["flag_id"] == target["flag_id"])
    assert (got["status"], got["comment"]) == ("confirmed", "请单位说明")


def test_unknown_status_words_are_reported_and_the_file_is_not_overwritten(ran):
    box, out = ran   # as a first run_inbox(box, out) left them
    rows = read_csv(out / "review.csv")
    rows[0]["status"], rows[0]["comment"] = "已核实OK", "我的意见"
    rows[1]["status"], rows[1]["comment"] = "已排除", "笔误"
    write_review(out / "review.csv", rows, list(rows[0]))
    edited = (out / "review.csv").read_bytes()
    s = run_inbox(box, out)
    assert s.reviews_read == 1 and len(s.review_errors) == 1 and "review-errors.csv" in s.line()
    [err] = read_csv(out / "review-errors.csv")
    assert err["flag_id"] == rows[0]["flag_id"] and "已核实OK" in err["reason"] and err["line"] == "2"
    assert (out / "review.csv").read_bytes() == edited          # the analyst's typing is still there
    assert next(f for f in _flags(out) if f["flag_id"] == rows[1]["flag_id"])["status"] == "dismissed"
    rows[0]["status"] = "已确认"                                  # the analyst fixes the word
    write_review(out / "review.csv", rows, list(rows[0]))
    s = run_inbox(box, out)
    assert not s.review_errors and read_csv(out / "review-errors.csv") == []
    assert next(f for f in _flags(out) if f["flag_id"] == rows[0]["flag_id"])["comment"] == "我的意见"


def test_a_stray_byte_and_a_huge_comment(ran):
    box, out = ran   # as a first run_inbox(box, out) left them
    rows = read_csv(out / "review.csv")
    rows[0]["status"], rows[0]["comment"] = "confirmed", "长" * 200_000
    write_review(out / "review.csv", rows, list(rows[0]))
    raw = (out / "review.csv").read_bytes()
    (out / "review.csv").write_bytes(raw[:200] + b"\xff" + raw[200:])
    s = run_inbox(box, out)
    assert s.reviews_read == 1
    got = next(f for f in _flags(out) if f["flag_id"] == rows[0]["flag_id"])
    assert got["status"] == "confirmed" and len(got["comment"]) == 200_000
    wb = openpyxl.load_workbook(out / "report.xlsx")   # Excel's cell limit respected, not broken
    assert any("已截断" in (c or "") for r in wb["问题"].iter_rows(values_only=True) for c in r)
    s = run_inbox(box, out)                             # and the next run is fine too
    assert not s.review_errors


def test_a_review_command_keeps_hand_edits_made_since_the_last_run(ran):
    box, out = ran   # as a first run_inbox(box, out) left them
    rows = read_csv(out / "review.csv")
    rows[0]["status"], rows[0]["comment"] = "已确认", "手工填写"
    write_review(out / "review.csv", rows, list(rows[0]))
    assert pipeline.main(["review", rows[1]["flag_id"], "--dismiss", "命令行", "--out", str(out)]) == 0
    flags = {f["flag_id"]: f for f in _flags(out)}
    assert (flags[rows[0]["flag_id"]]["status"], flags[rows[0]["flag_id"]]["comment"]) == ("confirmed", "手工填写")
    assert (flags[rows[1]["flag_id"]]["status"], flags[rows[1]["flag_id"]]["comment"]) == ("dismissed", "命令行")


def test_an_unreadable_review_file_is_kept_and_reported(ran):
    box, out = ran   # as a first run_inbox(box, out) left them
    (out / "review.csv").write_bytes(b"just some notes, no columns\n")
    s = run_inbox(box, out)
    assert s.review_blocked and "无法读取" in read_csv(out / "review-errors.csv")[0]["reason"]
    assert (out / "review.csv").read_bytes() == b"just some notes, no columns\n"


@pytest.mark.parametrize("renamed", [{"status": "Status_"}, {"flag_id": "Nr.", "status": "Status_"}, {"flag_id": "问题"}])
def test_a_review_csv_without_an_id_or_status_column_is_not_applied(ran, renamed):
    """A renamed status column would read every status as blank (open) and undo decisions; a
    renamed id column leaves no row a flag: nothing from the file is applied, it is not
    overwritten, and review-errors.csv says which columns were found."""
    box, out = ran   # as a first run_inbox(box, out) left them
    rows = read_csv(out / "review.csv")
    assert pipeline.main(["review", rows[0]["flag_id"], "--confirm", "已核", "--out", str(out)]) == 0
    rows = read_csv(out / "review.csv")
    rows[1]["status"], rows[1]["comment"] = "已排除", "笔误"
    fields = [renamed.get(k, k) for k in rows[0]]
    rows = [{renamed.get(k, k): ("x" if k == "flag_id" and "flag_id" in renamed else v) for k, v in r.items()}
            for r in rows]   # a renamed id column whose cells are not ids either
    write_review(out / "review.csv", rows, fields)
    edited = (out / "review.csv").read_bytes()
    before = read_csv(out / "decisions.csv")
    s = run_inbox(box, out)
    assert s.review_blocked and s.reviews_read == 0
    [err] = read_csv(out / "review-errors.csv")
    assert "已识别" in err["reason"] and "未应用" in err["reason"]
    missing = err["reason"].split("列（已识别")[0]          # 找不到…列: the columns not identified
    assert ("问题编号" in missing) == ("flag_id" in renamed) and ("审核状态" in missing) == ("status" in renamed)
    if "status" in renamed and "flag_id" not in renamed:
        assert "问题编号（flag_id / 编号）列“flag_id”" in err["reason"]   # what was found
    assert (out / "review.csv").read_bytes() == edited
    assert read_csv(out / "decisions.csv") == before              # the confirmation stands, nothing reopened


# 7. Symlinks ----------------------------------------------------------------------------------

def test_links_that_leave_the_inbox_are_not_followed(box, out, tmp_path):
    secret = tmp_path / "elsewhere.txt"
    secret.write_text(SLIP.format("机密内容甲乙丙"), encoding="utf-8")
    (box / "passwd").symlink_to("/etc/passwd")
    (box / "outside.txt").symlink_to(secret)
    (box / "inside.txt").symlink_to(box / REPORT)
    run_inbox(box, out)
    docs = docs_of(out)
    for name in ("passwd", "outside.txt"):
        assert docs[name]["status"] == "unsupported" and "收件目录之外" in docs[name]["error"]
    assert docs["inside.txt"]["status"] == "ok"
    everything = b"".join((out / n).read_bytes() for n in OUTPUTS)
    assert "机密内容甲乙丙".encode() not in everything and b"root:x:0" not in everything


# 8. Failures are retried ------------------------------------------------------------------

def test_a_failed_file_is_retried_though_its_size_and_mtime_are_unchanged(box, out):
    p = box / "later.pdf"
    good = (REPORTS / "000_b69c5b8f3653aeba.pdf").read_bytes()
    p.write_bytes(b"%PDF-1.7\n" + b"\0" * (len(good) - 9))   # not readable yet (a copy still in progress)
    st = p.stat()
    run_inbox(box, out)
    assert docs_of(out)["later.pdf"]["status"] == "failed"
    p.write_bytes(good)
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))         # same size, same mtime
    s = run_inbox(box, out)
    assert s.retried == 1 and docs_of(out)["later.pdf"]["status"] == "ok"


# 9. Flag ids from content -------------------------------------------------------------------

def test_flag_ids_and_decisions_survive_an_inserted_line_a_rename_and_a_move(ran):
    box, out = ran   # as a first run_inbox(box, out) left them
    before = {f["rule"]: f["flag_id"] for f in _flags(out)}
    assert pipeline.main(["review", before["JX101"], "--dismiss", "已核实", "--out", str(out)]) == 0
    p = box / REPORT
    p.write_text("（补充）本报告已于年底复核。\n\n" + p.read_text(encoding="utf-8"), encoding="utf-8")
    (box / "sub").mkdir()
    p.rename(box / "sub" / "renamed.txt")
    run_inbox(box, out)
    after = {f["rule"]: f for f in _flags(out)}
    assert {r: f["flag_id"] for r, f in after.items()} == before
    assert after["JX101"]["doc"] == "sub/renamed.txt"
    assert (after["JX101"]["status"], after["JX101"]["comment"]) == ("dismissed", "已核实")


def test_flag_ids_are_unique_within_a_document(tmp_path):
    from jixiao.extract import read_document
    from jixiao.normalize import normalize_document
    from jixiao.rules import check
    for report in sorted(REPORTS.glob("*.txt")):
        ids = [f.id for f in check(normalize_document(read_document(report)))]
        assert len(ids) == len(set(ids)), report.name


# 10. A damaged state database ---------------------------------------------------------------

def _decided(box, out):
    """A decision on the first flag of a first run (the `ran` fixture's)."""
    flag = _flags(out)[0]
    assert pipeline.main(["review", flag["flag_id"], "--confirm", "保留", "--out", str(out)]) == 0
    return flag["flag_id"]


def test_a_corrupt_state_is_restored_from_its_backup(ran):
    box, out = ran
    fid = _decided(box, out)
    (out / "state.sqlite").write_bytes(b"this is not a database" * 100)
    s = run_inbox(box, out)
    assert any("已从备份" in w for w in s.warnings)
    assert next(f for f in _flags(out) if f["flag_id"] == fid)["comment"] == "保留"
    assert list(out.glob("state.sqlite.damaged-*"))         # the damaged file is kept for inspection


def test_a_write_ahead_log_left_beside_a_corrupt_state_is_set_aside_with_it(ran):
    """A killed writer leaves state.sqlite-wal; replayed onto the restored backup it would write
    pages of the damaged database into it."""
    import sqlite3
    box, out = ran
    fid = _decided(box, out)
    db = sqlite3.connect(out / "state.sqlite")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    with db:
        db.execute("INSERT INTO reviews (flag_id, status, comment, evidence_hash) VALUES ('JX999-ghost', 'dismissed', '', '')")
    log = (out / "state.sqlite-wal").read_bytes()      # the log as a killed process would leave it
    db.close()
    assert log
    (out / "state.sqlite").write_bytes(b"this is not a database" * 100)
    (out / "state.sqlite-wal").write_bytes(log)
    s = run_inbox(box, out)
    assert any("已从备份" in w for w in s.warnings)
    assert list(out.glob("state.sqlite.damaged-*-wal"))   # the log went aside with the damaged file
    ids = {r["flag_id"] for r in read_csv(out / "decisions.csv")}
    assert fid in ids and "JX999-ghost" not in ids
    assert sqlite3.connect(out / "state.sqlite").execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_empty_state_without_backup_is_rebuilt_from_decisions_csv(ran):
    box, out = ran
    fid = _decided(box, out)
    assert fid in (out / "decisions.csv").read_text(encoding="utf-8-sig")
    (out / "state.sqlite.bak").unlink()
    (out / "state.sqlite").write_bytes(b"")
    s = run_inbox(box, out)
    assert any("decisions.csv" in w for w in s.warnings)
    assert next(f for f in _flags(out) if f["flag_id"] == fid)["status"] == "confirmed"


def test_a_corrupt_state_with_nothing_to_recover_from_is_rebuilt_not_refused(ran, capsys):
    """No backup, no decisions.csv: the run still goes on (a refusal would stop every later night),
    the damaged file is kept aside, and the decisions review.csv still shows come back."""
    box, out = ran
    flag_id = _decided(box, out)
    (out / "state.sqlite.bak").unlink()
    (out / "decisions.csv").unlink()
    (out / "state.sqlite").write_bytes(b"\x00" * 4096)
    assert pipeline.main(["run", "--inbox", str(box), "--out", str(out)]) == 0
    err = capsys.readouterr()
    said = err.out + err.err
    assert "状态数据库" in said and "已重建" in said and "Traceback" not in said
    aside = list(out.glob("state.sqlite.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"\x00" * 4096   # kept for a person to salvage
    reviews = {r["flag_id"]: r["status"] for r in csv.DictReader(io.StringIO(
        (out / "review.csv").read_text(encoding="utf-8-sig")))}
    assert reviews[flag_id] == "confirmed"
    assert pipeline.main(["run", "--inbox", str(box), "--out", str(out)]) == 0   # and the next night is ordinary


# 11. A file deleted while its worker is timed out ---------------------------------------------

def test_a_file_deleted_while_its_worker_hangs(box, out, monkeypatch, late_clock):
    (box / "vanish.txt").write_text("会消失的文件\n", encoding="utf-8")
    real = worker.process_file

    def vanishing(path, doc, config, member=None):
        if doc == "vanish.txt":
            os.unlink(path)
            time.sleep(3600)
        return real(path, doc, config, member)

    monkeypatch.setattr(worker, "process_file", vanishing)
    s = run_inbox(box, out, timeout=600, progress=late_clock.progress)   # vanish.txt's hour passes last
    docs = docs_of(out)
    assert docs["vanish.txt"]["status"] == "failed" and "超时" in docs["vanish.txt"]["error"]
    assert docs[REPORT]["status"] == "ok" and s.files == 2


# 12-13. The inbox walk --------------------------------------------------------------------

@pytest.fixture
def deep_tree(box):
    """1,000 nested folders, removed bottom-up afterwards (shutil.rmtree would recurse too deep)."""
    chain = [box]
    for _ in range(1000):
        chain.append(chain[-1] / "d")
        os.mkdir(chain[-1])
    yield chain[-1]
    for folder in reversed(chain[1:]):
        for p in folder.iterdir():
            if not p.is_dir():
                p.unlink()
        os.rmdir(folder)


def test_a_thousand_nested_folders(box, out, deep_tree):
    deep = deep_tree
    (deep / "bottom.txt").write_text("最深处\n", encoding="utf-8")
    (box / "d" / "d" / "shallow.txt").write_text(SLIP.format("浅层"), encoding="utf-8")
    s = run_inbox(box, out)
    docs = docs_of(out)
    assert docs["d/d/shallow.txt"]["status"] == "ok"
    [too_deep] = [d for d in docs.values() if "层级超过" in d["error"]]
    assert too_deep["status"] == "unsupported" and too_deep["doc"].endswith("/")
    assert s.files == 3


def test_every_inbox_entry_gets_a_row(box, out, monkeypatch):
    os.mkfifo(box / "pipe.txt")
    (box / "dangling.txt").symlink_to(box / "nothing-here.txt")
    (box / "loop1").symlink_to(box / "loop2")
    (box / "loop2").symlink_to(box / "loop1")
    (box / "locked").mkdir()
    (box / "locked" / "r.txt").write_text("x\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):   # the tests run as root, whom chmod cannot lock out
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("jixiao.nightly.inbox.os.scandir", scandir)
    run_inbox(box, out, timeout=10)
    docs = docs_of(out)
    assert docs["pipe.txt"]["status"] == "unsupported" and "命名管道" in docs["pipe.txt"]["error"]
    assert "不存在" in docs["dangling.txt"]["error"]
    assert "循环" in docs["loop1"]["error"] and "循环" in docs["loop2"]["error"]
    assert docs["locked/"]["status"] == "failed" and "无法读取目录" in docs["locked/"]["error"]
    assert docs[REPORT]["status"] == "ok"


def test_overlapping_inbox_and_output_are_refused_before_anything_is_read(box, tmp_path, capsys):
    with pytest.raises(RunRefused):
        run_inbox(box, box / "out")
    assert not (box / "out").exists()
    with pytest.raises(RunRefused):
        run_inbox(box, box)
    assert pipeline.main(["run", "--inbox", str(box), "--out", str(tmp_path)]) == 2
    assert "收件目录" in capsys.readouterr().err


# 14. Encodings ---------------------------------------------------------------------------

def test_big5_text_is_read_and_its_encoding_recorded(box, out):
    big5 = ("項目名稱\t公共衛生服務專項資金\n\n執行率=174.83/178.95*100%=97.14%，情況說明。\n"
            "全年預算資金178.95萬元，實際支出174.83萬元。\n").encode("big5")
    (box / "big5.txt").write_bytes(big5)
    (box / "latin.txt").write_bytes("caf\xe9 na\xefve r\xe9sum\xe9 " .encode("latin-1") * 3)
    run_inbox(box, out)
    docs = docs_of(out)
    assert docs["big5.txt"]["encoding"] == "big5" and docs["big5.txt"]["status"] == "ok"
    assert any(f["doc"] == "big5.txt" and f["rule"] == "JX202" for f in _flags(out))
    latin = docs["latin.txt"]
    assert latin["status"] == "failed" or "未读出任何表格或数字" in latin["warnings"]


# 15. Smaller ones --------------------------------------------------------------------------

def test_a_zip_bomb_that_lies_about_its_size(box, out):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<a>" + b" " * (300 * 2**20) + b"</a>")
    data = bytearray(buf.getvalue())
    for sig, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        i = data.find(sig)
        while i >= 0:
            n = int.from_bytes(data[i + name_len_at:i + name_len_at + 2], "little")
            if data[i + name_at:i + name_at + n] == b"word/document.xml":
                data[i + size_at:i + size_at + 4] = (1000).to_bytes(4, "little")   # the lie
            i = data.find(sig, i + 4)
    (box / "liar.docx").write_bytes(bytes(data))
    run_inbox(box, out, memory_mb=300)
    liar = docs_of(out)["liar.docx"]
    assert liar["status"] == "failed" and ("炸弹" in liar["error"] or "损坏" in liar["error"])
    # refused whole: nothing of it read into the outputs, no temporaries left
    assert not [r for name in ("indicators.csv", "figures.csv", "flags.csv") for r in read_csv(out / name)
                if r["doc"] == "liar.docx"]
    assert not list(out.glob(".*.tmp-*")) and docs_of(out)[REPORT]["status"] == "ok"


def test_a_full_disk_leaves_the_old_outputs_and_no_temporaries(ran, monkeypatch, capsys):
    box, out = ran   # as a first run_inbox(box, out) left them
    before = snapshot(out)
    (box / "b.txt").write_text(SLIP.format("新增"), encoding="utf-8")
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writers.os, "fsync", full)
    assert pipeline.main(["run", "--inbox", str(box), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "输出文件未能更新" in err
    assert snapshot(out) == before and not list(out.glob(".*.tmp-*"))
    monkeypatch.setattr(writers.os, "fsync", real_fsync)
    run_inbox(box, out)
    assert "b.txt" in docs_of(out)


def test_sqlite_and_permission_errors_are_one_clear_line(box, out, monkeypatch, capsys):
    def locked(*a, **k):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(run_module, "open_state", locked)
    assert pipeline.main(["run", "--inbox", str(box), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "状态数据库出错" in err


def test_temporaries_of_a_killed_run_are_removed(ran):
    box, out = ran   # as a first run_inbox(box, out) left them
    (out / ".flags.csv.tmp-99999").write_bytes(b"half")
    run_inbox(box, out)
    assert not list(out.glob(".*.tmp-*"))


def test_workers_die_with_a_killed_run(box, tmp_path):
    pidfile = tmp_path / "worker.pid"
    script = f"""
import os, sys, time
sys.path.insert(0, {str(ROOT)!r})
from jixiao.nightly import worker, run_inbox
def hang(path, doc, config, member=None):
    open({str(pidfile)!r}, "w").write(str(os.getpid()))
    time.sleep(3600)
worker.process_file = hang
run_inbox({str(box)!r}, {str(tmp_path / 'o')!r}, timeout=3600)
"""
    main = subprocess.Popen([sys.executable, "-c", script])
    for _ in range(300):
        if pidfile.exists() and pidfile.read_text():
            break
        time.sleep(0.1)
    child = int(pidfile.read_text())
    main.send_signal(signal.SIGKILL)
    main.wait()
    for _ in range(50):
        if not alive(child):
            break
        time.sleep(0.1)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the worker outlived the run that started it")


def test_runs_sharing_a_state_database_are_locked_against_each_other(box, tmp_path):
    state = tmp_path / "shared.sqlite"
    with OutputLock(tmp_path / "o1" if (tmp_path / "o1").mkdir() is None else None, state):
        with pytest.raises(RunLocked):
            run_inbox(box, tmp_path / "o2", state_path=state)


def test_a_result_too_big_to_send_is_reported_as_memory(box, out, monkeypatch):
    class Huge:
        def __reduce__(self):
            raise MemoryError

    def too_big(path, doc, config, member=None):
        return worker.FileResult(doc, "ok", rows={"x": [Huge()]})

    monkeypatch.setattr(worker, "process_file", too_big)
    run_inbox(box, out, workers=2, memory_mb=500)
    assert "内存" in docs_of(out)[REPORT]["error"]


def test_a_worker_that_sends_its_result_and_exits_while_the_run_looks_away_is_not_taken_for_dead(
        box, out, monkeypatch):
    """On a busy machine the run may find a worker's pipe empty, lose the CPU while the worker
    sends its result and exits, then find the worker gone: its result is in the pipe, and the
    file is read, not failed with 退出码 0 (issue 21's flaky OCR test: 2 jobs in 2,000 under load)."""
    real_init = worker.Job.__init__

    class LookingAway:
        """The run's end of a worker's pipe, as seen by a run descheduled right after each look."""

        def __init__(self, conn, proc):
            self.conn, self.proc = conn, proc

        def poll(self, *a):
            ready = self.conn.poll(*a)
            self.proc.join(30)   # meanwhile the worker sends its (small) result and exits
            return ready

        def __getattr__(self, name):
            return getattr(self.conn, name)

    def init(self, *a, **k):
        real_init(self, *a, **k)
        self.recv = LookingAway(self.recv, self.proc)

    monkeypatch.setattr(worker.Job, "__init__", init)
    s = run_inbox(box, out)
    row = docs_of(out)[REPORT]
    assert (s.ok, row["status"]) == (1, "ok"), row["error"]
    assert s.indicators > 0
