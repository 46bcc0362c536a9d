"""A scan holding the same page twice (a crooked first try kept before the good scan, 1716.scan): the first
try's table, its rows run together, states the project's name and money again and reads no indicator; it is the
form's project, not a second one of the same name, and its page is named."""
from dataclasses import replace

from jixiao.normalize import normalize_document

from .documents import scanned

HEAD = [["项目名称", "2023年某县稻米产业发展项目", None, None, None, None, None, None],
        ["主管部门", "某县农业农村局", None, None, "实施单位", "某县水稻中心", None, None],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "1500.00", "1600.00", "1576.00", "10", "98.50%", "9.85"]]
GRID = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "建设优质水稻基地", "≥10万亩", "10.3万亩", "50", "50", ""],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "94.6%", "40", "39.85", ""],
        ["总分", None, None, None, None, "100", "99.70", "自评等级：优"]]


def _paged(doc, pages: dict):
    """Each table's cells placed on the page given for its index, as the OCR path places them."""
    def moved(loc):
        return replace(loc, page=pages[loc.table]) if loc.table in pages else loc
    for b in doc.blocks:
        if hasattr(b, "cells"):
            b.loc = moved(b.loc)
            for c in b.cells:
                c.loc = moved(c.loc)
    return doc


def _two_scans(first_sources: list, second_sources: list):
    crooked = HEAD + first_sources + [["", "", "三级指标/建设优质水稻基地", "≥10万亩", "10.3万亩/94.6%", "5040", "", ""]]
    good = HEAD + second_sources + GRID
    return normalize_document(_paged(scanned(crooked, good), {0: 1, 1: 2}))


SOURCES = [["", "其中：中央财政资金", "1000.00", "1000.00", "1000.00", "—", "—", "—"],
           ["", "县级财政资金", "500.00", "600.00", "576.00", "—", "—", "—"]]


def test_a_page_scanned_twice_is_one_project_and_its_page_is_named():
    run_together = [["", "其中：中央财政资金/县级财政资金/二级指标数量指标", "", "", "", "", "", ""]]
    r = _two_scans(run_together, SOURCES)
    [p] = r.projects
    assert (len(p.indicators), p.total_score_stated.raw, p.executed.loc.page) == (2, "99.70", 2)
    [said] = [w for w in r.warnings if "再次扫描" in w]
    assert "第1页" in said.split("：")[0] and "第2页" in said, said


def test_a_first_page_stating_another_source_figure_stays_apart():
    """A source read with figures the form does not state is a statement of its own: left apart, not joined."""
    other = [["", "其中：中央财政资金", "900.00", "900.00", "900.00", "—", "—", "—"]]
    r = _two_scans(other, SOURCES)
    assert len(r.projects) == 2 and not [w for w in r.warnings if "再次扫描" in w]
