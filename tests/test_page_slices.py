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


def test_small_tables_each_naming_its_indicator_are_not_joined():
    # one small table per indicator (a header over its one row), of different widths: each names its
    # indicator, no page edge cut them; read as they are, nothing said of slices
    a = [["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["新建茶园", "≥3000亩", "3080亩", "40", "40"]]
    b = [["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"], ["茶叶合格率", "≥98%", "99%", "30", "30", "无"]]
    c = [["三级指标", "实际完成值", "分值", "得分"], ["茶农增收", "1800元", "30", "27"]]
    r = normalize_document(document("2023年度项目支出绩效自评表", a, b, c, fmt="pdf"))
    assert not any("宽表跨页" in w or "无法对齐到指标" in w for w in r.warnings), r.warnings


def test_the_head_blocks_columns_on_the_next_page_join_its_rows_by_height():
    # 1732.pdf's page 2: the fund block's 分值 | 得分 (F:G) printed at the height of page 1's fund rows
    values = [x for v in VALUES for x in v]
    s = _slices(ROLES * 3, values, (5, 5, 6, 5))
    head = [["项目名称", "测试项目", "", "", ""], ["主管部门", "测试局", "", "", "实施单位"],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["", "100.00", "100.00", "98.00", "98.00%"]]
    doc = document("2023年度项目支出绩效自评表", head, s[0], [["分值", "得分"], ["10", "9.80"]], s[1], s[2] + s[3],
                   [["总分", "分值", "100", "得分", "97"]], fmt="pdf")
    # each table on its page, its rows at their heights: the fund's F:G part at the heights of the fund rows
    r = normalize_document(_placed(doc, {0: 100, 2: 130}, boxed=True))
    assert [(i.level3, i.score.value) for i in r.indicators][:1] == [("新建茶园", Decimal(40))]
    assert any("各行同高" in w for w in r.warnings), r.warnings
    p = r.projects[0]
    assert (p.fund_weight.value, p.fund_score.value) == (Decimal(10), Decimal("9.80")), (p.fund_weight, p.fund_score)


def test_tables_with_no_box_of_their_own_are_not_joined_and_nothing_fails():
    # 1878.scan: an OCR'd page's tables whose cells have boxes while the table's own box is None; the rows at
    # the same heights on the next page met the left-edge test with no edge to compare (TypeError, nothing read)
    values = [x for v in VALUES for x in v]
    s = _slices(ROLES * 3, values, (5, 5, 6, 5))
    head = [["项目名称", "测试项目", "", "", ""], ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["", "100.00", "100.00", "98.00", "98.00%"]]
    doc = document("2023年度项目支出绩效自评表", head, s[0], [["分值", "得分"], ["10", "9.80"], ["", ""]], s[1],
                   s[2] + s[3], [["总分", "分值", "100", "得分", "97"]], fmt="pdf")
    r = normalize_document(_placed(doc, {0: 100, 2: 100}, boxed=False))
    assert not any("各行同高" in w for w in r.warnings), r.warnings


def _placed(doc, tops: dict, boxed: bool):
    """The document's tables two to a page (pages 1, 1, 2, 2, 3, 3), each row at its height from the table's top
    (`tops` by table, else lower down the page), each cell with its box; the table's own box only where `boxed`
    (an OCR'd page's tables have none)."""
    from dataclasses import replace as moved
    from jixiao.extract import Table
    pages = {0: 1, 1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
    blocks = []
    for b in doc.blocks:
        if isinstance(b, Table):
            top = tops.get(b.index, 200 + 40 * b.index)
            cells = [moved(c, loc=moved(c.loc, page=pages[b.index],
                                        bbox=(54.0, top + 15 * c.row, 100.0, top + 15 * (c.row + 1))))
                     for c in b.cells]
            box = (54.0, top, 500.0, top + 50) if boxed else None
            b = moved(b, cells=cells, loc=moved(b.loc, page=pages[b.index], bbox=box))
        blocks.append(b)
    return moved(doc, blocks=blocks)
