"""A wide sheet (one row of values, the indicator's roles repeated once per indicator) printed across pages,
each page a slice of its columns (1732.pdf): the slices joined side by side are read as the sheet
(normalize/page_slices.py); before, each slice was read as a table of its own and the 分值 | 得分 of one
indicator went to the next one's name. Where the joined header does not repeat one run of roles, no slice
is read and each is said."""
from decimal import Decimal

from jixiao.normalize import normalize_document

from .documents import document

ROLES = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
VALUES = [["产出指标", "数量指标", "新建茶园", "≥3000亩", "3080亩", "40", "40"],
          ["产出指标", "质量指标", "茶叶合格率", "≥98%", "99%", "30", "30"],
          ["效益指标", "经济效益指标", "茶农增收", "≥2000元", "1800元", "30", "27"]]


def _slices(header, values, widths):
    out, at = [], 0
    for w in widths:
        out.append([header[at:at + w], values[at:at + w]])
        at += w
    return out


def _doc(header):
    values = [x for v in VALUES for x in v]
    s = _slices(header, values, (5, 5, 6, 5))
    return document("2023年度项目支出绩效自评表", s[0], s[1], s[2] + s[3],
                    [["总分", "分值", "100", "得分", "97"]], fmt="pdf")


def test_page_slices_joined_side_by_side():
    r = normalize_document(_doc(ROLES * 3))
    got = [(i.level3, i.target.q.raw, i.weight.value, i.score.value) for i in r.indicators]
    assert got == [("新建茶园", "≥3000亩", Decimal(40), Decimal(40)), ("茶叶合格率", "≥98%", Decimal(30), Decimal(30)),
                   ("茶农增收", "≥2000元", Decimal(30), Decimal(27))], got
    assert any("宽表跨页打印" in w and "拼接" in w for w in r.warnings), r.warnings


def test_slices_that_do_not_tile_are_said_and_none_read():
    header = ROLES * 3
    header[9], header[10] = header[10], header[9]    # the second indicator's roles in another order
    r = normalize_document(_doc(header))
    assert not r.indicators, [(i.level3, i.weight) for i in r.indicators]
    said = [w for w in r.warnings if "无法对齐到指标，该段未读取" in w]
    assert len(said) == 4, r.warnings
