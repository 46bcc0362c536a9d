"""A scanned column's circled numbering (① ② …) read on in its sequence where OCR lost a
two-digit number's first digit (extract/scan_numbering.py); the text formats keep the numbering
in the name as written, and so does the scan."""
import pytest

from jixiao.extract import read_document, scan_numbering
from jixiao.extract.model import Cell, Location, Table
from jixiao.normalize import normalize_document

from .conftest import ROOT

CONSTRUCTED = ROOT / "corpus" / "constructed"


def _column(texts):
    cells = [Cell(t, r, 1, Location("mem", block=0, table=0, row=r, col=1)) for r, t in enumerate(texts)]
    cells += [Cell("5", r, 2, Location("mem", block=0, table=0, row=r, col=2)) for r in range(len(texts))]
    return Table(index=0, n_rows=len(texts), n_cols=3, cells=cells, loc=Location("mem", block=0, table=0))


TEN = [scan_numbering.circled(n) + "指标" for n in range(1, 11)]


@pytest.mark.parametrize("texts, after", [
    # ⑪ read ①, ⑫ read ①②, ⑬ read ③ after an unbroken ① … ⑩
    (TEN + ["①内控", "①②公开", "③满意度"], TEN + ["⑪内控", "⑫公开", "⑬满意度"]),
    # a heading or a blank between numbered rows does not break the run
    (TEN[:5] + ["三级指标", ""] + TEN[5:] + ["①内控"], TEN[:5] + ["三级指标", ""] + TEN[5:] + ["⑪内控"]),
    # one-digit numbers lose no digit: a run restarting at ① stays as read
    (TEN[:4] + ["①甲", "②乙"], TEN[:4] + ["①甲", "②乙"]),
    # a run not unbroken from ① (⑤ missing) is no sequence to read on
    (TEN[:4] + TEN[5:] + ["①内控"], TEN[:4] + TEN[5:] + ["①内控"]),
    # digits that are not the next number's last ones (② after ⑩) stay as read
    (TEN + ["②内控"], TEN + ["②内控"]),
])
def test_circled_numbers_are_read_on_in_their_columns_sequence(texts, after):
    table = _column(texts)
    changes = scan_numbering.renumber([table], 1)
    got = [c.text for c in sorted(table.cells, key=lambda c: c.row) if c.col == 1]
    assert got == after
    assert len(changes) == sum(a != b for a, b in zip(texts, after))


def test_a_scans_circled_numbers_read_as_the_text_formats_read_them():
    # 084 numbers its names ① … ⑬ and the Word file keeps them in the names; OCR read ⑤-⑩ wrong
    # or not at all (the engine's model lacks them: v6 reads them again, extract.ocr_doubt) and
    # ⑪ ⑫ ⑬ as ① ①② ③ (read on in sequence here)
    scan = read_document(CONSTRUCTED / "084.scan.pdf")
    names = [i.level3 for i in normalize_document(scan).indicators]
    assert names == [i.level3 for i in normalize_document(read_document(CONSTRUCTED / "084.docx")).indicators]
    assert names[-3:] == ["⑪内部控制制度健全", "⑫预决算信息公开", "⑬社会公众满意度"]
    assert any(w.startswith("OCR 圈码序号") and "→“⑪内部控制制度健全”" in w for w in scan.warnings)


@pytest.mark.parametrize("texts, after", [
    # Word's list number with the white after its stop read as a second stop (a second box)
    (["1.甲指标", "2.乙指标", "3.. 丙指标", "4.丁指标"], ["1.甲指标", "2.乙指标", "3.丙指标", "4.丁指标"]),
    (["1．甲指标", "2．乙指标", "3。．丙指标"], ["1．甲指标", "2．乙指标", "3．丙指标"]),
    # the column's form is kept, a space after the stop included
    (["1. 甲", "2. 乙", "7. . 丙"], ["1. 甲", "2. 乙", "7. 丙"]),
    # no column of list numbers (one other at most): as read
    (["甲指标", "2.乙指标", "3.. 丙指标"], ["甲指标", "2.乙指标", "3.. 丙指标"]),
    # an ellipsis after a number, or a number with a decimal, is no list number
    (["1.甲", "2.乙", "3...", "4..5"], ["1.甲", "2.乙", "3...", "4..5"]),
])
def test_a_list_number_read_with_its_stop_doubled_takes_its_column_s_form(texts, after):
    table = _column(texts)
    changes = scan_numbering.relisted([table], 1)
    got = [c.text for c in sorted(table.cells, key=lambda c: c.row) if c.col == 1]
    assert got == after
    assert len(changes) == sum(a != b for a, b in zip(texts, after))
    assert {kind for kind, _ in changes} <= {"stop"}


@pytest.mark.parametrize("texts, after", [
    # OCR read a half-width bracket pair full-width, or one bracket of it (171's scan)
    (["(1)宣传进校园", "（2）发放资料", "(3)入户走访", "(1)知晓率", "(2)未复吸率", "(3）长效机制"],
     ["(1)宣传进校园", "(2)发放资料", "(3)入户走访", "(1)知晓率", "(2)未复吸率", "(3)长效机制"]),
    # a column written full-width takes its own form, and a note's brackets after the name stay
    (["（1）甲", "(2)乙", "（3）丙（万元）"], ["（1）甲", "（2）乙", "（3）丙（万元）"]),
    # no one way most are written (one each), or one other only: as read
    (["(1)甲", "（2）乙"], ["(1)甲", "（2）乙"]),
    (["(1)甲", "（2）乙", "(3）丙", "（4)丁"], ["(1)甲", "（2）乙", "(3）丙", "（4)丁"]),
    # a year in brackets, or a bracketed number with nothing after it, is no list number
    (["(1)甲", "(2)乙", "（3）", "（2023）年度"], ["(1)甲", "(2)乙", "（3）", "（2023）年度"]),
])
def test_a_list_number_read_in_brackets_of_another_width_takes_its_column_s_form(texts, after):
    table = _column(texts)
    changes = scan_numbering.relisted([table], 1)
    got = [c.text for c in sorted(table.cells, key=lambda c: c.row) if c.col == 1]
    assert got == after
    assert [kind for kind, _ in changes] == ["bracket"] * sum(a != b for a, b in zip(texts, after))
    assert all("→" in what for _, what in changes)
