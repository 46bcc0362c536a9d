"""A scan's row the engine read unsurely whose cells break the row grammar is named as doubtful
(792.scan's motion-blur strip: weights 5 / 4 read 55 / 44 from the smear's second image, 公里 read
公里里), never passed over in silence; a sure row, or an unsure one whose cells fit, is not."""
from types import SimpleNamespace as NS

from jixiao.extract import Location
from jixiao.normalize import _doubtful_scan_rows
from jixiao.normalize.quantity import parse
from jixiao.normalize.records import Figure


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
