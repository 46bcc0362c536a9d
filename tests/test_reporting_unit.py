"""The reporting unit (normalize/reporting_unit.py): only where it is plainly stated, never another
government's department; the department in charge where the form names it and an implementing unit
apart (the meaning of the expected records' "unit"), each of the two kept with its cell."""
from __future__ import annotations

import pytest

from jixiao.extract import Cell, Document, Location, Paragraph, Table
from jixiao.normalize import normalize_document, records_frames
from jixiao.normalize.reporting_unit import label_role, plausible, read_unit


def _doc(paragraphs=(), rows=None):
    blocks = [Paragraph(text=t, loc=Location("mem", block=k)) for k, t in enumerate(paragraphs)]
    if rows:
        cells = [Cell(text=t, row=r, col=c, loc=Location("mem", block=len(blocks), table=0, row=r, col=c))
                 for r, row in enumerate(rows) for c, t in enumerate(row)]
        blocks.append(Table(index=0, n_rows=len(rows), n_cols=max(len(x) for x in rows), cells=cells,
                            loc=Location("mem", block=len(blocks), table=0)))
    return Document(source="mem", format="docx", sha256="", blocks=blocks)


@pytest.mark.parametrize("rows, unit", [
    ([["项目名称", "马铃薯繁育示范推广项目", "实施单位/项目负责人", "原州区农技中心/杨某"],
      ["自治区主管部门", "农业农村厅", "专项实施期", "2022年3月-2022年11月"],
      ["市县财政部门", "原州区财政局", "市县主管部门", "原州区农业农村局"]], "原州区农技中心"),
    ([["主管部门", "大英县文化广播电视和旅游局部门", "实施单位 (盖章)", "大英县文化广播电视和旅游局"]],
     "大英县文化广播电视和旅游局"),     # the department's cell reads as no unit's name (…局部门)
    ([["主管部门", "大英县文化广播电视和旅游局", "实施单位", "大英县文化馆"]], "大英县文化广播电视和旅游局"),  # both: the department
    ([["单位名称", "湖南省衡岳职业技术学院"], ["主管部门", "湖南省教育厅"]], "湖南省衡岳职业技术学院"),  # its own name
    ([["项目执行单位", "某某县渔港管理处"]], "某某县渔港管理处"),
    ([["一级预算单位名称", "某某区林业局"]], "某某区林业局"),
    ([["项目名称", "监管补助"], ["主管部门", "上海市普陀区体育局"]], "上海市普陀区体育局"),   # no 实施单位: the 主管部门
])
def test_a_unit_named_in_a_table_row(rows, unit):
    assert read_unit(_doc(rows=rows), []) == unit


@pytest.mark.parametrize("rows", [
    [["中央主管部门", "市场监管总局"], ["省级财政部门", "四川省财政厅", "省级主管部门", "四川省市场监管局"]],
    [["实施单位(盖章)", "****"]],
    [["单位", ""]],
    [["实施单位", "2023年3月"]],
])
def test_no_unit_from_another_governments_department_or_a_blank(rows):
    assert read_unit(_doc(rows=rows), []) is None


@pytest.mark.parametrize("text, unit", [
    ("部门(单位)名称:  岳阳市城市管理监督指挥中心", "岳阳市城市管理监督指挥中心"),
    ("填报单位（盖章）：某县卫生健康局", "某县卫生健康局"),
    ("项目名称 办公局域网维护费 项目实施单位 广水市城投公司 项目主管单位 广水市纪委监委 项目负责人 彭某",
     "广水市纪委监委"),
    ("主管部门兰西县农业农村局 实施单位兰西县耕地质量监测保护中心", "兰西县农业农村局"),   # glued to their labels
    ("项目实施单位为某某县农业技术推广中心，按计划完成。", None),                      # a sentence, no label
    ("专项名称普惠金融发展专项资金省级主管部门 四川省财政厅", None),
    ("项目单位(盖章): **** 主要领导签字:", None),
    # the role labels' grammar, as in a table's cells: a new province's 承担 / 执行机构 / 实施部门
    ("项目承担单位：某某县水利工程建设中心", "某某县水利工程建设中心"),
    ("项目名称 农村饮水安全巩固提升 项目执行机构 某某县乡村振兴服务中心", "某某县乡村振兴服务中心"),
    ("主管部门名称：某某县水利局 实施部门：某某县水利工程建设中心", "某某县水利局"),
])
def test_a_unit_named_in_a_line(text, unit):
    assert read_unit(_doc([text]), [text]) == unit


@pytest.mark.parametrize("title, unit", [
    ("岳阳市城市管理监督指挥中心2018绩效评价自评报告及评分表", "岳阳市城市管理监督指挥中心"),
    ("南县财政局2020年度 机关整体支出绩效评价报告", "南县财政局"),
    ("中方县残联2022年度残疾人康复项目支出绩效自评报告", "中方县残联"),
    ("湖北省残疾人事业发展补助资金(省对下转移支付)项目2018年度绩效自评报告", None),   # a project, not a unit
    ("枞阳县2023年度国家基本公共卫生服务项目绩效评价自评报告", None),              # a county, not a unit
    ("六安市文化和旅游局2021年公共文化服务体系建设专项资金决算情况", None),         # not a self-evaluation
])
def test_a_unit_named_in_the_title(title, unit):
    assert read_unit(_doc([title, "一、项目基本情况"]), [title, "一、项目基本情况"]) == unit


def test_the_department_and_the_implementing_unit_are_both_kept_with_their_cells():
    doc = _doc(["某某市民政局2022年度项目支出绩效自评报告"],
               [["项目名称", "养老服务补贴"], ["主管部门", "某某市民政局"], ["实施单位/项目负责人", "某某市养老服务中心/张某"]])
    recs = normalize_document(doc)
    p = recs.projects[0]
    assert (recs.unit, p.unit, p.department, p.agency) == ("某某市民政局", "某某市民政局", "某某市民政局", "某某市养老服务中心")
    assert (p.department_loc.row, p.department_loc.col, p.agency_loc.row, p.agency_loc.col) == (1, 1, 2, 1)
    row = records_frames([recs])["projects"].iloc[0]     # projects.csv and the nightly's stored rows
    assert (row["department"], row["agency"]) == ("某某市民政局", "某某市养老服务中心")
    assert row["department_location"].endswith("第2行 第2列") and row["agency_location"].endswith("第3行 第2列")


def test_a_head_in_a_budget_systems_words_names_the_project_and_its_two_units():
    """预算项目名称 / 一级预算单位 / 二级预算单位 (1852, a Beijing form) are 项目名称 / 主管部门 / 实施单位 in a budget
    system's words: before, the name, the department and the agency were all None and nothing was said."""
    doc = _doc(["2023年度项目支出绩效自评表"],
               [["预算项目名称", "2023年专利快速预审及知识产权维权援助经费"],
                ["一级预算单位", "北京市知识产权局", "二级预算单位", "北京市知识产权保护中心"]])
    recs = normalize_document(doc)
    p = recs.projects[0]
    assert (p.name, recs.unit, p.department, p.agency) == \
        ("2023年专利快速预审及知识产权维权援助经费", "北京市知识产权局", "北京市知识产权局", "北京市知识产权保护中心")


@pytest.mark.parametrize("dept_label, agency_label", [
    ("主管部门", "预算执行单位"), ("归口管理部门", "实施单位"), ("业务主管部门", "实施单位"), ("归口部门", "项目执行单位")])
def test_a_role_said_by_what_it_does_names_the_unit(dept_label, agency_label):
    """Set 1888-1893: 预算执行单位 (1888, Beijing), 归口管理部门 (1890, Tianjin) and 业务主管部门 (1891, Tibet, under a
    填报单位 line naming the implementing unit) were no role labels. Before, 1888's agency was None, and 1890's and
    1891's department None with THE IMPLEMENTING UNIT TAKEN AS THE UNIT, nothing said."""
    doc = _doc(["填报单位（盖章）：某市口岸管理委员会　　金额单位：万元"],
               [["项目名称", "2023年口岸运行保障经费"],
                [dept_label, "某市商务局", agency_label, "某市口岸管理委员会"]])
    recs = normalize_document(doc)
    p = recs.projects[0]
    assert (recs.unit, p.department, p.agency) == ("某市商务局", "某市商务局", "某市口岸管理委员会")


@pytest.mark.parametrize("dept_label, agency_label", [
    ("预算主管部门", "项目负责单位"), ("资金管理部门", "实施单位"), ("主管部门", "牵头单位")])
def test_a_role_said_by_the_budgets_or_the_moneys_words_names_the_unit(dept_label, agency_label):
    """Set 1924-1929: 预算主管部门 / 项目负责单位 (1924, Beijing), 资金管理部门 (1927, Tibet, under a 填报单位 line naming
    the implementing unit) and 牵头单位 (1929, Hainan) were no role labels. Before, 1924's unit, department and agency
    were all None; 1927's department None with THE IMPLEMENTING UNIT TAKEN AS THE UNIT; 1929's agency None; nothing
    said."""
    doc = _doc(["填报单位（盖章）：某市动物疫病预防控制中心　　金额单位：万元"],
               [["项目名称", "2023年重大动物疫病强制免疫经费"],
                [dept_label, "某市农业农村局", agency_label, "某市动物疫病预防控制中心"]])
    recs = normalize_document(doc)
    p = recs.projects[0]
    assert (recs.unit, p.department, p.agency) == ("某市农业农村局", "某市农业农村局", "某市动物疫病预防控制中心")


@pytest.mark.parametrize("dept_label, agency_label", [
    ("主管部门", "项目建设单位"), ("主管部门", "用款单位"), ("资金拨付单位", "实施单位"), ("主管部门", "承办单位")])
def test_a_role_said_by_building_spending_paying_or_undertaking_names_the_unit(dept_label, agency_label):
    """Set 1960-1965: 项目建设单位 (1960, Ili), 用款单位 (1962, Lanzhou), 资金拨付单位 (1963, Golog) and 承办单位 (1965,
    Datong) were no role labels. Before, 1960's, 1962's and 1965's agency was None; 1963's department None with THE
    IMPLEMENTING UNIT TAKEN AS THE UNIT; nothing said."""
    doc = _doc(["金额单位：万元"],
               [["项目名称", "2023年草原生态保护补助奖励资金"],
                [dept_label, "某州林业和草原局", agency_label, "某州草原工作站"]])
    recs = normalize_document(doc)
    p = recs.projects[0]
    assert (recs.unit, p.department, p.agency) == ("某州林业和草原局", "某州林业和草原局", "某州草原工作站")


def test_a_unit_labelled_as_the_one_responsible_names_the_agency():
    """Set 1984-1989: 1984 (Qiandongnan) labels its 实施单位 项目责任单位; it was no role label. Before, the agency was
    None in every format, nothing said."""
    doc = _doc(["金额单位：万元"],
               [["项目名称", "2023年农村供水保障工程资金"],
                ["主管部门", "某州水务局", "项目责任单位", "某州农村供水管理站"]])
    recs = normalize_document(doc)
    p = recs.projects[0]
    assert (recs.unit, p.department, p.agency) == ("某州水务局", "某州水务局", "某州农村供水管理站")


def test_a_line_of_labels_outside_the_table_names_the_projects_units():
    doc = _doc(["主管部门兰西县农业农村局 实施单位兰西县耕地质量监测保护中心"],
               [["项目名称", "黑土地保护利用项目"], ["年初预算数", "1500"]])
    p = normalize_document(doc).projects[0]
    assert (p.unit, p.department, p.agency, p.agency_loc.block) == \
        ("兰西县农业农村局", "兰西县农业农村局", "兰西县耕地质量监测保护中心", 0)


@pytest.mark.parametrize("label, role", [
    ("主管部门", "department"), ("项目主管单位", "department"), ("预算部门", "department"), ("主管部门名称", "department"),
    ("实施单位（盖章）", "agency"), ("实施单位/项目负责人", "agency"), ("项目执行单位", "agency"),
    ("项目承担单位", "agency"), ("项目执行机构", "agency"),
    ("省级主管部门", None), ("主管部门意见", None), ("单位名称", None), ("项目负责人", None),
    # a budget system's words (1852) and 组织实施单位 (1855); 一级预算单位名称 names the form's own unit, no role
    ("一级预算单位", "department"), ("二级预算单位", "agency"), ("三级预算单位", "agency"), ("组织实施单位", "agency"),
    ("一级预算单位名称", None), ("组织实施", None),
    # a role said by what the unit does (1888-1893): 业务主管 / 归口（管理） the department, 预算执行 the agency
    ("业务主管部门", "department"), ("归口管理部门", "department"), ("归口部门", "department"), ("业务主管单位", "department"),
    ("预算执行单位", "agency"), ("归口管理", None), ("预算执行", None), ("预算执行率", None),
    # (1924-1929) 预算 / 资金 before the department's 主管 / 管理 (the budget's, the money's), 负责 and 牵头 the agency's
    ("预算主管部门", "department"), ("资金管理部门", "department"), ("资金主管部门", "department"),
    ("项目负责单位", "agency"), ("牵头单位", "agency"), ("项目牵头单位", "agency"),
    ("项目负责人", None), ("资金管理", None), ("管理部门", None), ("牵头", None), ("负责人", None),
    # (1960-1965) the agency by what it builds, spends or undertakes (建设 a unit only: 建设部门 may be a department),
    # the department by the money it pays down
    ("项目建设单位", "agency"), ("建设单位", "agency"), ("用款单位", "agency"), ("承办单位", "agency"),
    ("资金拨付单位", "department"), ("资金拨付部门", "department"),
    ("建设部门", None), ("资金拨付", None), ("用款", None), ("承办", None), ("拨付单位", None),
    # (1984-1989) the agency as the unit the project is the responsibility of (责任单位 a unit only, as 牵头: a
    # 责任部门 may be the department answering for it); 配合单位 (a unit helping) no role
    ("项目责任单位", "agency"), ("责任单位", "agency"),
    ("责任部门", None), ("责任人", None), ("项目责任人", None), ("配合单位", None), ("责任", None),
])
def test_label_role(label, role):
    assert label_role(label) == role


def test_plausible():
    assert plausible(" 南昌市西湖区 医疗保障局 ") == "南昌市西湖区医疗保障局"
    assert plausible("杨某") is None and plausible("100万元") is None and plausible("某县") is None
