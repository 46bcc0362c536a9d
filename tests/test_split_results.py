"""A form whose indicator table is cut in two (corpus/native 1083, two worksheets joined by 序号): the head,
the fund block and the targets (levels, 三级指标, 年度指标值) in one table, the results (序号, 三级指标, 实际完成值,
分值, 得分) in the next, no level column there, its 总分 / 自评等级 labels in the 序号 column. The results
complete the indicators read from the targets by name (tables_by_name.results_by_name), 分值 too."""
from jixiao.normalize import normalize_document

from .documents import document

FIRST = [["项目名称", "2023年某县饲草料基地建设项目", None, None, None, None, None],
         ["主管部门", "某县农业农村局", None, None, "实施单位", "某县畜牧站", None],
         ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
         ["", "680.00", "720.00", "698.40", "97.00%", "10", "9.70"],
         ["一、绩效目标设定情况", None, None, None, None, None, None],
         ["序号", "一级指标", "二级指标", "三级指标", "", "", "年度指标值"],
         ["1", "产出指标", "数量指标", "新建青贮窖", "", "", "≥40座"],
         ["2", "", "质量指标", "饲草料地出苗率", "", "", "≥85%"],
         ["3", "效益指标", "社会效益指标", "受益牧户", "", "", "≥850户"]]
RESULTS = [["序号", "三级指标", "实际完成值", "分值", "得分"],
           ["1", "新建青贮窖", "42座", "40", "40"],
           ["2", "饲草料地出苗率", "88%", "30", "30"],
           ["3", "受益牧户", "872户", "20", "19.50"],
           ["总分", "", "", "90", "89.50"],
           ["自评等级", "优", "", "", ""]]


def test_a_results_table_with_points_completes_the_targets_read_before_by_name():
    recs = normalize_document(document(FIRST, "二、绩效指标完成情况（续表）", RESULTS, fmt="xlsx",
                                       sheets=["绩效目标", "完成情况", "完成情况"]))
    rows = [(i.level1, i.level2_raw, i.level3, i.target.raw, i.actual.raw, str(i.weight.value), str(i.score.value))
            for p in recs.projects for i in p.indicators]
    assert rows == [("产出指标", "数量指标", "新建青贮窖", "≥40座", "42座", "40", "40"),
                    ("产出指标", "质量指标", "饲草料地出苗率", "≥85%", "88%", "30", "30"),
                    ("效益指标", "社会效益指标", "受益牧户", "≥850户", "872户", "20", "19.50")]
    assert all("按指标名称对应" in i.note for p in recs.projects for i in p.indicators)
