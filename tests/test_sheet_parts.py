"""A workbook whose project form holds a part's points by reference to a sheet of its own (743: the
共性指标 row of the form, its 分值 / 得分 the 共性指标评分表 sheet's): the later sheet goes on with
the form's project, and the row of the part's points is that sheet's subtotal, no row left unread."""
from jixiao.normalize import normalize_document

from .documents import document

FORM = [["项目名称", "2023年乡村道路养护项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "养护里程", "≥100公里", "102公里", "40", "40"],
        ["效益指标", "社会效益指标", "列养率", "100%", "100%", "40", "40"],
        ["共同部分", "", "", "", "", "20", "19"],
        ["总分", "", "", "", "", "100", "99"]]
PART = [["一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["项目决策", "项目立项", "立项依据充分性", "8", "8"],
        ["项目过程", "资金管理", "资金到位率", "12", "11"]]


def _doc(title: str, part=PART):
    return document(FORM, title, part, fmt="xlsx", sheets=("表1", "表2", "表2"))


def test_a_later_sheet_naming_the_project_or_none_goes_on_with_it_one_naming_another_does_not():
    for title in ("2023年乡村道路养护项目共同部分评分表", "共同部分评分表"):
        r = normalize_document(_doc(title))
        assert [(p.name, len(p.indicators)) for p in r.projects] == [("2023年乡村道路养护项目", 4)], title
        # the form's row of the part's points is the part's subtotal: no row unread
        assert r.unread_rows == 0 and r.projects[0].rows_unread == 0, title
    r = normalize_document(_doc("2023年农村饮水安全项目"))
    assert len(r.projects) == 2
    assert r.projects[0].rows_unread == 1     # the part's points row: no later rows of its project


def test_a_part_whose_points_are_not_the_later_rows_is_said_unread():
    other = [row[:3] + ["9", "9"] if k == 1 else row for k, row in enumerate(PART)]
    r = normalize_document(_doc("共同部分评分表", other))
    assert [len(p.indicators) for p in r.projects] == [4]
    assert r.unread_rows == 1 and any("共同部分" in w and "未读取" in w for w in r.warnings)
