"""A scan's fund figure read one digit wrong, chosen again among the recogniser's runner-ups by the
fund row's arithmetic (normalize.runner_ups; the runner-ups from extract.ocr_words.figure_runners).
Small synthetic cells: no OCR."""
from decimal import Decimal

from jixiao.extract.model import Cell, Document, Location, Table
from jixiao.extract.ocr_words import figure_runners
from jixiao.normalize.records import Figure
from jixiao.normalize.runner_ups import ROW_FIELDS, chosen, header_words, restore
from jixiao.normalize.fund_grammar import fund_figure


def test_a_doubted_digit_gives_its_figure_with_each_runner_up_in_its_place():
    # 731.scan: 98.64% read 90.64%, 8 ranked second under the 0; letters are no figure's runner-ups
    runners = [[("$", 0.25), ("5", 0.11)], [("8", 0.015)], [], [], [], []]
    assert figure_runners("90.64%", runners) == [(0, 5, "50.64", 0.11), (0, 5, "98.64", 0.015)]
    assert figure_runners("90.64%", runners[:3]) == []   # runners not of this text


def _row(cells: dict[str, tuple[str, list]]) -> tuple[Document, dict]:
    """A fund row of one table: field → (cell text, its runner-ups), one cell per field."""
    doc, row, out = Document("t.scan.pdf", "pdf", ""), {}, []
    for col, (name, (text, runners)) in enumerate(cells.items()):
        loc = Location("t.scan.pdf", table=0, row=3, col=col)
        out.append(Cell(text, 3, col, loc, runners=runners))
        row[name] = Figure(fund_figure(name, text, "万元"), loc)
    doc.blocks.append(Table(0, 4, len(out), out, Location("t.scan.pdf", table=0)))
    return doc, row


def test_a_rate_the_amounts_break_takes_the_one_runner_up_that_keeps_them():
    doc, row = _row({"budget_full_year": ("1,360.00", [("1,360.00", "1,366.00", 0.017)]),
                     "executed": ("1,341.50", []),
                     "exec_rate_stated": ("90.64%", [("90.64", "50.64", 0.11), ("90.64", "98.64", 0.015)])})
    changes = restore(doc, row, "万元")
    assert [(name, a.raw, b.raw) for name, a, b, _ in changes] == [("exec_rate_stated", "90.64%", "98.64%")]
    assert row["exec_rate_stated"].raw == "98.64%" and row["exec_rate_stated"].value == Decimal("98.64")


def test_a_relation_kept_or_restored_two_ways_is_left_as_read():
    doc, row = _row({"budget_full_year": ("1,360.00", []), "executed": ("1,341.50", []),
                     "exec_rate_stated": ("98.64%", [("98.64", "90.64", 0.2)])})
    assert restore(doc, row, "万元") == [] and row["exec_rate_stated"].raw == "98.64%"
    doc, row = _row({"budget_full_year": ("1,360.00", []), "executed": ("1,341.50", []),
                     "exec_rate_stated": ("90.64%", [("90.64", "98.64", 0.015)]),
                     "fund_weight": ("10", []), "fund_score": ("9.06", [("9.06", "9.86", 0.015)])})
    # the rate first (the score then follows it: 10 × 98.64% = 9.86)
    assert [(n, b.raw) for n, _, b, _ in restore(doc, row, "万元")] == [("exec_rate_stated", "98.64%"),
                                                                        ("fund_score", "9.86")]
    # 60 / 100 against 90%: 90 for 60 or 60% for 90% would each do; the page does not say which
    doc, row = _row({"budget_full_year": ("100", []), "executed": ("60", [("60", "90", 0.02)]),
                     "exec_rate_stated": ("90%", [("90", "60", 0.01)])})
    assert restore(doc, row, "万元") == [] and row["exec_rate_stated"].raw == "90%" and row["executed"].raw == "60"


def test_a_runner_up_that_breaks_a_relation_kept_as_read_is_not_taken():
    # 98 / 100 against 90%: 98% would restore the rate, but the score 9 = 10 × 90% agrees with the
    # rate as read, so the executed amount may be the slip: the row is left as read (and flagged)
    doc, row = _row({"budget_full_year": ("100", []), "executed": ("98", []),
                     "exec_rate_stated": ("90%", [("90", "98", 0.02)]),
                     "fund_weight": ("10", []), "fund_score": ("9", [])})
    assert restore(doc, row, "万元") == [] and row["exec_rate_stated"].raw == "90%"


def _recs(doc: Document, row: dict, ocr: bool):
    from types import SimpleNamespace
    p = SimpleNamespace(**{n: row.get(n) for n in ROW_FIELDS}, fund_sources=[], money_unit="万元")
    return SimpleNamespace(ocr=ocr, projects=[p], warnings=[])


def test_a_chosen_reading_keeps_the_figure_as_read_and_is_said_naming_cell_and_both_readings():
    cells = {"budget_full_year": ("1,360.00", []), "executed": ("1,341.50", []),
             "exec_rate_stated": ("90.64%", [("90.64", "98.64", 0.015)])}
    doc, row = _row(cells)
    recs = _recs(doc, row, ocr=True)
    chosen(doc, recs)
    rate = recs.projects[0].exec_rate_stated
    assert rate.value == Decimal("98.64") and "90.64%" in rate.raw and "98.64%" in rate.raw
    [said] = recs.warnings
    assert rate.loc.describe() in said and "识别为 90.64%" in said and "按 98.64% 读取" in said
    # a document not read by OCR: its figures are what was written, never chosen again
    doc, row = _row(cells)
    recs = _recs(doc, row, ocr=False)
    chosen(doc, recs)
    assert recs.projects[0].exec_rate_stated.raw == "90.64%" and recs.warnings == []


def _header(texts: list[str], runners: dict[int, list]) -> Document:
    """A fund table: its header row of these texts (runner-ups by column), a row of figures under it."""
    cells = [Cell(t, 0, c, Location("t.scan.pdf", table=0, row=0, col=c), runners=runners.get(c, []))
             for c, t in enumerate(texts)]
    cells += [Cell(t, 1, c, Location("t.scan.pdf", table=0, row=1, col=c))
              for c, t in enumerate(["年度资金总额", "1,360.00", "1,341.50", "10", "98.64%", "9.86"])]
    return Document("t.scan.pdf", "pdf-ocr", "", blocks=[Table(0, 2, len(texts), cells, Location("t.scan.pdf", table=0))])


def test_a_fund_header_cell_naming_nothing_takes_the_one_runner_up_reading_the_header_grammar_names():
    """731.scan: the 分值 head read 行谊 (0.51), so the fund's weight 10 went unread and 得分 = 分值 × 执行率
    could not choose 9.86 for 9.06; of the readings its characters' runner-ups make, only 分值 names a
    fund field, one the row leaves unnamed."""
    words = [("行谊", alt, s) for alt, s in (("分谊", 0.18), ("行值", 0.11), ("分值", 0.02), ("社谊", 0.08))]
    doc = _header(["项目资金", "全年预算数", "全年执行数", "行谊", "执行率", "得分"], {3: words})
    read, said = header_words(doc, True)
    assert [c.text for c in read.tables()[0].rows()[0]][3] == "分值" and doc.tables()[0].rows()[0][3].text == "行谊"
    assert len(said) == 1 and "“行谊”" in said[0] and "“分值”" in said[0]
    assert header_words(doc, False) == (doc, [])      # a typed file's words are its own


def test_a_header_cell_with_no_or_two_fitting_readings_or_a_field_named_already_is_left_as_read():
    head = ["项目资金", "全年预算数", "全年执行数", "行谊", "执行率", "得分"]
    for words in ([("行谊", "分谊", 0.18)],                            # no reading names a field
                  [("行谊", "分值", 0.02), ("行谊", "权重", 0.01)],      # two would: the page does not say which
                  [("行谊", "得分", 0.02)]):                            # the row's 得分 already named
        doc = _header(head, {3: words})
        assert header_words(doc, True) == (doc, [])


def test_a_fund_header_cell_opening_as_an_unnamed_fields_word_over_a_figure_is_said_unread():
    """927.scan: 年初预算数 read 年初预异 with no runner-up making it a head, so its 900.00 went unread
    with no word; the cell opens as 年初预算数 does and the row names no 年初 field: said."""
    doc = _header(["项目资金", "年初预异", "全年执行数", "分值", "执行率", "得分"], {})
    read, said = header_words(doc, True)
    assert read == doc and len(said) == 1 and "“年初预异”" in said[0] and "“年初预算数”" in said[0]
    assert header_words(doc, False) == (doc, [])      # a typed file's words are its own
    # a cell opening as a field's word the row names already, or as no field's, is a column of its own
    for head in ("全年预异", "备注"):
        doc = _header(["项目资金", "全年预算数", "全年执行数", "分值", head, "得分"], {})
        assert header_words(doc, True) == (doc, [])


def test_fund_fields_named_by_one_map():
    """The warnings (a doubted figure, a runner-up chosen) and the fund rules name a fund field by one map,
    the column head the templates print: 到位数 was 到位资金 in the doubt warning and 到位数 in JX204."""
    from jixiao.normalize import FIGURE_NAMES
    from jixiao.normalize.fund_grammar import FUND_NAMES, MONEY_FIELDS
    from jixiao.rules.funds import FIELD_NAMES
    assert FUND_NAMES["arrived"] == FIGURE_NAMES["arrived"] == FIELD_NAMES["arrived"] == "到位数"
    assert list(FIELD_NAMES) == list(MONEY_FIELDS)
    assert all(FIGURE_NAMES[n] == FIELD_NAMES[n] for n in MONEY_FIELDS)
    assert set(ROW_FIELDS) <= set(FUND_NAMES)
