"""A print's table whose head cells each hold two column names and whose rows hold each indicator's two values in
one cell, a line each (normalize.stacked_cells; corpus/native 1876.pdf: two-line tabbed records printed)."""
from decimal import Decimal

from jixiao.normalize import normalize_document

from .documents import document

HEAD = ["序号 三级指标", "年度指标值\n实际完成值", "分值得分"]


def test_two_names_a_head_cell_and_two_values_a_cell_read_a_column_a_name():
    table = [HEAD,
             ["产出指标／数量指标", None, None, None],
             ["1", "新建标准化茶园", "≥3000亩\n3080亩", "10\n10"],
             ["2", "培训茶农", "≥1800人次\n1860人次", "6\n6"],
             ["3", "新增就业岗位", "≥400个", "6"]]          # the row's second lines on the next page: not read
    more = [["效益指标／经济效益指标", None, None, None],     # the table continued on the next page, no head
            ["4", "产业综合产值", "≥12亿元\n12.4亿元", "10\n10"]]
    recs = normalize_document(document("项目名称：2023年某县茶产业发展项目", table, "415个 6", more))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "新建标准化茶园", "≥3000亩", "3080亩", Decimal(10), Decimal(10)),
        ("产出指标", "数量指标", "培训茶农", "≥1800人次", "1860人次", Decimal(6), Decimal(6)),
        ("效益指标", "经济效益指标", "产业综合产值", "≥12亿元", "12.4亿元", Decimal(10), Decimal(10)),
    ]
    assert recs.unread_rows >= 1 and any("新增就业岗位" in w and "未读取" in w for w in recs.warnings)


def test_a_head_of_one_name_a_cell_is_left_as_it_came():
    table = [["三级指标", "年度指标值", "实际完成值", "分值", "得分"],
             ["新建标准化茶园", "≥3000亩", "3080亩", "10", "10"]]
    recs = normalize_document(document("项目名称：2023年某县茶产业发展项目", table))
    assert [i.level3 for i in recs.indicators] == ["新建标准化茶园"]
    assert not any("两个栏目" in w for w in recs.warnings)
