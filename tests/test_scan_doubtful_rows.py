"""A scan's row the engine read unsurely whose cells break the row grammar is named as doubtful
(792.scan's motion-blur strip: weights 5 / 4 read 55 / 44 from the smear's second image, 公里 read
公里里), never passed over in silence; a sure row, or an unsure one whose cells fit, is not."""
from types import SimpleNamespace as NS

from jixiao.extract import Location, read_bytes
from jixiao.normalize import _doubtful_scan_rows, normalize_document
from jixiao.normalize.quantity import parse
from jixiao.normalize.records import Figure
from jixiao.rules import check, check_document
from tests.test_rules import report


def _row(r, name, target, actual, weight, score, conf):
    def fig(raw, col):
        return Figure(parse(raw), Location("s.pdf", page=1, table=0, row=r, col=col))
    return NS(level3=name, target=fig(target, 1), actual=fig(actual, 2), weight=fig(weight, 3),
              score=fig(score, 4), ocr_confidence=conf)


def _recs(*rows):
    return NS(projects=[NS(indicators=list(rows))], warnings=[])


SURE = [_row(1, "新建高标准农田面积", "≥2.8万亩", "2.82万亩", "8", "8", 0.99),
        _row(2, "新建及改造灌排渠道", "≥65公里", "66.3公里", "6", "6", 0.97),
        _row(3, "项目区农户满意度", "≥90%", "94.1%", "12", "12", 0.95)]


def test_an_unsure_row_with_a_weight_above_the_sure_rows_or_a_doubled_unit_is_named():
    recs = _recs(*SURE, _row(4, "新建田间道路", "≥48公里", "485公里", "55", "55", 0.68),
                 _row(5, "新建小型蓄水池", "≥40座", "42座座", "4", "4", 0.75))
    _doubtful_scan_rows(recs)
    assert len(recs.warnings) == 2
    assert recs.warnings[0].startswith("s.pdf 第1页 表1 第5行 第4列：“新建田间道路”一行 OCR 识别置信度低（0.68）")
    assert "分值 55 高于本表识别可靠各行的分值（至多 12）" in recs.warnings[0]
    assert "实际完成值“42座座”单位的字重复" in recs.warnings[1]


def test_a_sure_row_or_an_unsure_row_that_fits_the_grammar_is_not_named():
    recs = _recs(*SURE, _row(4, "工程设计使用年限", "≥15年", "15年", "5", "5", 0.7),
                 _row(5, "亩均建设成本", "≤3000元", "2950元", "20", "20", 0.99),
                 _row(6, "农户参与", "家家户户", "家家户户", "5", "5", 0.8))
    _doubtful_scan_rows(recs)
    assert recs.warnings == []


def test_the_named_rows_are_marked_doubtful_and_the_fitting_ones_are_not():
    doubtful = _row(4, "新建田间道路", "≥48公里", "485公里", "55", "55", 0.68)
    fits = _row(5, "工程设计使用年限", "≥15年", "15年", "5", "5", 0.7)
    recs = _recs(*SURE, doubtful, fits)
    for i in recs.projects[0].indicators:
        i.doubt = ""
    _doubtful_scan_rows(recs)
    assert "分值 55 高于本表识别可靠各行的分值（至多 12）" in doubtful.doubt
    assert fits.doubt == "" and all(i.doubt == "" for i in SURE)


def test_no_rule_finds_on_a_row_named_doubtful_and_the_withholding_is_said():
    """Whatever rule a doubtful row's figures would raise (here a target missed with the full score),
    its flag is withheld and said; the same rule still finds on the sure rows."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "1次", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "90%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    recs = normalize_document(read_bytes(report(rows=rows).encode("utf-8"), "r.txt"))
    sure = {(f.rule, f.stated) for f in check(recs)}
    row = recs.indicators[1].loc.row
    missed = {(f.rule, f.stated) for f in check(recs) if any(loc.row == row for loc in f.locations)}
    assert missed and sure - missed
    recs.indicators[1].doubt = "分值 30 高于本表识别可靠各行的分值"
    before = list(recs.warnings)
    got, said = check_document(recs).flags, check_document(recs).warnings
    assert {(f.rule, f.stated) for f in got} == sure - missed
    assert said and all("“参保率”" in w and "一行读数存疑（见上）" in w for w in said)
    # the rules say it to the outputs; normalize's records are left as normalize made them
    assert recs.warnings == before
    assert {f.rule for f in got if all(loc.row != row for loc in f.locations)}


def test_a_flag_withheld_is_said_once_naming_its_row_once():
    """A tile's weight below its name (two table rows of one indicator): the withholding names the
    indicator once, and two flags withheld for one reason say it once."""
    from jixiao.rules import _withhold_doubtful
    i = _row(4, "新建田间道路", "≥48公里", "485公里", "55", "55", 0.68)
    i.loc, i.doubt = Location("s.pdf", page=1, table=0, row=3, col=0), "分值 55"
    i.weight = Figure(parse("55"), Location("s.pdf", page=1, table=0, row=4, col=3))
    recs = NS(indicators=[i])
    flag = NS(rule="JX301", message="分值合计不符。", locations=[i.loc, i.weight.loc])
    kept, [said] = _withhold_doubtful(recs, [flag, flag])
    assert kept == []
    assert said.count("“新建田间道路”") == 1 and "JX301" in said


def test_a_weight_above_the_sure_rows_that_the_total_row_vouches_for_is_not_doubted():
    """1685.scan: the satisfaction rows' merged cells read at 0.89, their 12 above the 8 of every surely read row,
    doubted (分值 12 / 得分 12 … 读数存疑), though the rows' weights with the fund's make the 总分 row's 100 and their
    scores with the fund's its 99.38 to the digit. A sum whole to the last digit vouches for its parts; where it
    does not close, the doubt stands."""
    def fig(raw):
        return Figure(parse(raw), Location("s.pdf", page=1, table=0, row=9, col=5))
    unsure = _row(4, "果农满意度", "≥90%", "94.2%", "12", "11.5", 0.89)
    rows = [*SURE[:2], _row(3, "脐橙亩均产量", "≥2吨", "1.9吨", "8", "7.6", 0.97), unsure]
    total = NS(indicators=rows, fund_weight=fig("10"), fund_score=fig("9.86"), total_weight_stated=fig("44"),
               total_score_stated=fig("42.96"))
    recs = NS(projects=[total], warnings=[])
    _doubtful_scan_rows(recs)
    assert recs.warnings == []
    total.total_score_stated = fig("43.96")       # the scores do not close: the 11.5 above 8 is doubted
    _doubtful_scan_rows(recs)
    assert len(recs.warnings) == 1 and "得分 11.5 高于" in recs.warnings[0] and "分值 12" not in recs.warnings[0]
