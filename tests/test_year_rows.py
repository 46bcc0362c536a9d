"""An indicator written on a row per year under a 年度 column (last year's target and result above the year
evaluated, 1740): the evaluated year's row is the record, the other year's rows are passed over and said
(normalize/year_rows.py); before, the first row of each pair was read, last year's figures with nothing said."""
from decimal import Decimal

from jixiao.normalize import normalize_document

from .documents import document

HEAD = ["一级指标", "二级指标", "三级指标", "年度", "年度指标值", "实际完成值", "分值", "得分"]
ROWS = (("新建生态茶园", "≥2000亩", "2050亩", "≥3000亩", "3080亩", "50", "50"),
        ("茶园生态修复面积", "≥1000亩", "1100亩", "≥1500亩", "1200亩", "50", "40"))


def _table(last_first: bool = True, blank_names: bool = True):
    rows = [HEAD]
    for k, (name, t0, a0, t1, a1, w, s) in enumerate(ROWS):
        old = ["产出指标" if k == 0 else "", "数量指标" if k == 0 else "", name, "2022年", t0, a0, "—", "—"]
        new = ["", "", "" if blank_names else name, "2023年", t1, a1, w, s]
        if not last_first:
            old, new = ([*new[:2], name, *new[3:]], [*old[:2], "" if blank_names else name, *old[3:]])
            if k == 0:
                old[:2], new[:2] = ["产出指标", "数量指标"], ["", ""]
        rows += [old, new]
    return rows + [["总分", "", "", "", "", "", "100", "90"]]


def test_the_evaluated_years_rows_are_the_records_and_the_other_years_said():
    for last_first in (True, False):
        for blank in (True, False):
            r = normalize_document(document("2023年度项目支出绩效自评表", _table(last_first, blank), fmt="pdf"))
            got = [(i.level1, i.level3, i.target.q.raw, i.actual.q.value, i.weight.value, i.score.value)
                   for i in r.indicators]
            assert got == [("产出指标", "新建生态茶园", "≥3000亩", Decimal(3080), Decimal(50), Decimal(50)),
                           ("产出指标", "茶园生态修复面积", "≥1500亩", Decimal(1200), Decimal(50), Decimal(40))], \
                (last_first, blank, got)
            said = [w for w in r.warnings if "2022年的2行未读取" in w]
            assert len(said) == 1 and "按评价年度2023年的行读取" in said[0], r.warnings
            assert not any("“年度”" in w and "不对应" in w for w in r.warnings), r.warnings


def test_a_year_column_of_one_row_per_indicator_passes_nothing_over():
    rows = [HEAD, ["产出指标", "数量指标", "新建生态茶园", "2022年", "≥3000亩", "3080亩", "50", "50"],
            ["", "", "茶园生态修复面积", "2023年", "≥1500亩", "1200亩", "50", "40"],
            ["", "", "茶园道路", "2022年", "≥10公里", "11公里", "", ""],
            ["", "", "茶园灌溉", "2023年", "≥20亩", "21亩", "", ""]]
    r = normalize_document(document("2023年度项目支出绩效自评表", rows, fmt="pdf"))
    assert [i.level3 for i in r.indicators] == ["新建生态茶园", "茶园生态修复面积", "茶园道路", "茶园灌溉"]
    assert not any("未读取，不计为指标" in w for w in r.warnings), r.warnings
