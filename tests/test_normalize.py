"""The normalizer against the expected records, for every seed and every format."""
from dataclasses import replace
from decimal import Decimal

import pytest

from jixiao.extract import Cell, Document, Location, Paragraph, Table, read_bytes, read_document
from jixiao.extract.model import MERGES_BLANK
from jixiao.normalize import normalize_document, records_frames
from jixiao.normalize.indicator_row import note_fields
from jixiao.normalize.expected import compare, load
from jixiao.normalize.subjects import level3_key
from jixiao.normalize.prose import indicator_name
from jixiao.normalize.quantity import split_pair
from jixiao.extract.summary_rows import summary_label
from jixiao.normalize.vocab import bare, without_gloss
from jixiao.rules import check

from .conftest import REPORTS, ROOT, SEEDS
from .documents import document, html_row, scanned

EXPECTED = ROOT / "corpus" / "expected"
_cache: dict = {}


def records(stem, ext):
    if (stem, ext) not in _cache:
        _cache[(stem, ext)] = normalize_document(read_document(REPORTS / f"{stem}.{ext}"), name=f"{stem}.{ext}")
    return _cache[(stem, ext)]


@pytest.mark.parametrize("stem", SEEDS)
@pytest.mark.parametrize("ext", ["txt", "docx", "pdf"])
def test_records_match_expected(stem, ext):
    cmp = compare(records(stem, ext), load(EXPECTED / f"{stem[:3]}.json"))
    assert cmp.matched == cmp.expected == cmp.found, cmp.mismatches
    assert not cmp.mismatches, cmp.mismatches


SUITE = ROOT / "corpus" / "suite"   # reports written for the mutation suite, in every format


def _suite_expected(path):
    return load(SUITE / "expected" / f"{path.name.split('.')[0]}.json")


@pytest.mark.parametrize("path", sorted(SUITE.glob("*.*")), ids=lambda p: p.name)
def test_suite_fund_tables_match_their_expected_records(path):
    """The 到位 column (money arrived) is read and compared with what the document states."""
    cmp = compare(normalize_document(read_document(path)), _suite_expected(path))
    assert cmp.matched == cmp.expected == cmp.found, cmp.mismatches
    assert not cmp.mismatches, cmp.mismatches
    assert cmp.fields["project.arrived"] == [1, 1]


def test_an_arrival_read_wrong_is_a_mismatch_and_the_output_has_it():
    path = SUITE / "arrivals.docx"
    recs = normalize_document(read_document(path))
    want = _suite_expected(path)
    want["projects"][0]["arrived"] = 125
    assert compare(recs, want).mismatches == ["农村饮水安全巩固提升工程 arrived: expected 125, found Decimal('120')"]
    row = records_frames([recs])["projects"].iloc[0]
    assert row["arrived"] == "120" and "到位数=120" in row["raw"]


def test_seed_002_row_repairs():
    inds = records("002_70340c3d2e0dbd82", "pdf").indicators
    first = inds[0]
    assert first.target.raw == "100%" and first.weight.value == 20 and "多出单元格" in first.note
    social = next(i for i in inds if i.level3 == "覆盖全县城乡居民医保管理")
    assert social.level1 == "效益指标" and social.level1_raw == "产出指标"
    sat = inds[-1]
    assert (sat.level1, sat.level3, sat.score.value) == ("满意度指标", "群众满意度", Decimal(7))


def test_seed_003_has_seven_projects_and_004_five_unscored():
    r3 = records("003_f84adbb103d4c9d8", "docx")
    assert len(r3.projects) == 7
    assert [p.total_score_stated.value for p in r3.projects][-1] == Decimal(95)
    r4 = records("004_8ce664a1ba30d0b4", "pdf")
    assert len(r4.projects) == 5 and not any(i.score for i in r4.indicators)
    assert r4.projects[1].executed.value == Decimal("821100")


def test_restated_table_is_not_a_second_project():
    r = records("002_70340c3d2e0dbd82", "txt")
    assert len(r.projects) == 1 and len(r.restatements) == 1
    assert r.projects[0].grade_stated == "优"
    # the warning saying so names the restating table's place, so the analyst can find it
    [said] = [w for w in r.warnings if "重述了" in w]
    assert said.startswith(replace(r.restatements[0].indicators[0].loc, row=None, col=None).describe() + "："), said


def _head_pairs_and_form(executed: str):
    """A 项目基本情况表 of label / value pairs (its 全年执行 given), then the form of the same project."""
    pairs = [["项目名称", "2024年某县茶产业项目", None, None],
             ["主管部门", "某县农业农村局", "实施单位", "某县茶业中心"],
             ["项目负责人", "张某某", "联系电话", "0915-2522×××"],
             ["全年预算（万元）", "200.00", "全年执行（万元）", executed]]
    head = [["项目名称", "2024年某县茶产业项目", None, None, None, None, None, None],
            ["主管部门", "某县农业农村局", None, None, "实施单位", "某县茶业中心", None, None],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "180.00", "200.00", "196.00", "10", "98.00%", "9.80"]]
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["产出指标", "数量指标", "新建茶园", "≥1000亩", "1050亩", "50", "50", ""],
            ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "95%", "40", "40", ""],
            ["总分", None, None, None, None, "100", "99.80", "自评等级：优"]]
    return normalize_document(document(pairs, "二、项目资金使用情况", head, grid))


def test_a_project_table_restating_the_forms_head_is_no_second_project():
    """1084: a 项目基本情况表 before the form names the project and restates its budget and execution;
    it describes the form's project, figure for figure, and is not a second project of the same name
    (whose empty fund and total were compared first)."""
    r = _head_pairs_and_form("196.00")
    [p] = r.projects
    assert (p.budget_initial.raw, p.executed.raw, p.total_score_stated.raw, len(p.indicators)) == \
        ("180.00", "196.00", "99.80", 2)
    assert p.executed.loc.table == 1   # the form's own cell
    # a table whose figure differs from the form's is a second statement, left apart for the checks
    assert len(_head_pairs_and_form("190.00").projects) == 2


def test_a_restating_table_with_no_project_name_is_said_so_not_named_none():
    from types import SimpleNamespace as NS
    from jixiao.normalize import _restatements
    rows = [NS(level3_key=k, loc=Location("a.docx", block=9, table=0, row=r, col=2)) for r, k in enumerate("甲乙丙", 1)]
    scored, restating = NS(name="某项目", scored=True, indicators=rows), NS(name=None, scored=False, indicators=rows)
    recs = NS(projects=[scored, restating], restatements=[], warnings=[])
    _restatements(recs)
    assert recs.restatements == [restating]
    assert recs.warnings == ["a.docx 块9 表1：未写项目名称的指标表重述了“某项目”的指标（无得分），未单独计入"]


def test_provenance_points_at_the_cell():
    r = records("003_f84adbb103d4c9d8", "pdf")
    p = r.projects[6]
    assert p.exec_rate_stated.raw == "85.79"
    loc = p.exec_rate_stated.loc
    assert loc.page and loc.bbox and loc.table == 1
    doc = read_document(REPORTS / "003_f84adbb103d4c9d8.pdf")
    assert doc.tables()[1].cell_at(loc.row, loc.col).text == "85.79"


def test_criteria_named_under_a_label_spanning_the_level_columns_below_are_one_column_of_one_project():
    """1198 (final estimate, a Hubei 广水 form): 评价内容 spans the three level columns of the 项目绩效 header under
    it, and each criterion's cell spans them too. The criteria are names beside their group (项目管理 13分), not
    一级 | 三级 apart: every criterion read, and the 项目绩效 rows stay the same project's."""
    doc = _html("""<tr><td>项目名称</td><td colspan=8>档案数字化加工经费</td></tr>
<tr><td>项目权重</td><td colspan=3>评价内容</td><td>分值</td><td>自评分</td><td>复核分</td><td colspan=2>评价标准</td></tr>
<tr><td>项目决策2分</td><td colspan=3>决策依据</td><td>2</td><td>2</td><td></td><td colspan=2>有计划</td></tr>
<tr><td rowspan=2>项目管理13分</td><td colspan=3>财务制度</td><td>3</td><td>3</td><td></td><td colspan=2>有制度</td></tr>
<tr><td colspan=3>运行监管</td><td>10</td><td>9</td><td></td><td colspan=2>有记录</td></tr>
<tr><td rowspan=3>项目绩效85分</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>完成值</td>
<td>自评分</td><td>复核分</td><td>评价标准</td></tr>
<tr><td rowspan=2>产出指标85分</td><td rowspan=2>数量指标85分</td><td>扫描页数</td><td>≥60万页</td><td>60万页</td><td>45</td><td></td><td></td></tr>
<tr><td>著录条数</td><td>≥12万条</td><td>12万条</td><td>40</td><td></td><td></td></tr>""")
    recs = normalize_document(doc)
    assert len(recs.projects) == 1 and recs.unread_rows == 0
    assert [(i.level1_raw, i.level3, i.weight.raw, i.score.raw) for i in recs.indicators[:3]] == [
        ("项目决策2分", "决策依据", "2", "2"), ("项目管理13分", "财务制度", "3", "3"), ("项目管理13分", "运行监管", "10", "9")]
    assert [i.level3 for i in recs.indicators[3:]] == ["扫描页数", "著录条数"]


def test_a_rate_stated_in_prose_beside_the_same_fund_as_the_table_is_the_projects_rate():
    """1202 (final estimate, a Sichuan 决算 page): the table gives 预算数 120 | 执行数 118.6 and no rate; the 综述
    paragraph states the same fund and 完成预算的98.83%: that is the project's rate (JX202 holds it). A paragraph
    of another fund's figures gives none."""
    def read(prose):
        page = (f"<p>{prose}</p><table><tr><td>项目名称</td><td colspan=4>烈士纪念设施管护提升项目</td></tr>"
                "<tr><td>资金（万元）</td><td>预算数</td><td>执行数</td></tr><tr><td>年度资金总额</td><td>120</td><td>118.6</td></tr>"
                "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>完成值</td></tr>"
                "<tr><td>产出指标</td><td>数量指标</td><td>维修设施</td><td>≥6处</td><td>6处</td></tr></table>")
        doc = read_bytes(f'<html><head><meta charset="utf-8"></head><body>{page}</body></html>'.encode(), "t.html")
        p = normalize_document(doc).projects[0]
        return p.exec_rate_stated.raw if p.exec_rate_stated else None
    assert read("综述。项目全年预算数120万元，执行数为118.6万元，完成预算的98.83%。") == "98.83%"
    assert read("综述。项目全年预算数150万元，执行数为118.6万元，完成预算的79.07%。") is None


def test_a_level_two_cells_points_written_after_it_are_its_points_not_its_name():
    """1198 (final estimate, a Hubei form): 数量指标15分 in the level-2 cell, no bracket: the points are
    level2_points and the name is 数量指标, as 数量指标（15分） gives."""
    doc = _html("""<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>完成值</td><td>得分</td></tr>
<tr><td>产出指标40分</td><td>数量指标15分</td><td>数字化扫描</td><td>≥60万页</td><td>60万页</td><td>5</td></tr>
<tr><td>产出指标40分</td><td>数量指标15分</td><td>目录著录</td><td>≥8万条</td><td>8万条</td><td>5</td></tr>""")
    inds = normalize_document(doc).indicators
    assert [(i.level2, i.level2_raw, i.level2_points.raw) for i in inds] == [("数量指标", "数量指标", "15")] * 2


def _doc(rows, scan=False):
    """One table as a Word reader gives it, or (scan) as the OCR path does: each cell with its confidence."""
    return document(rows, fmt="pdf" if scan else "docx", confidence=0.95 if scan else None)


def test_columns_found_by_header_words_in_any_order():
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["得分", "实际完成值", "年度指标值", "三级指标", "二级指标", "一级指标", "分值"],
        ["9", "95%", "≥90%", "群众满意度", "满意度", "满意度指标", "10"],
        ["总分", "9", "", "", "", "", ""],
        ["备注", "无", "", "", "", "", ""],
    ]
    r = normalize_document(_doc(rows))
    [i] = r.indicators
    assert (i.level1, i.level2, i.level3) == ("满意度指标", "服务对象满意度指标", "群众满意度")
    assert (i.target.q.op, i.actual.q.value, i.weight.value, i.score.value) == (">=", Decimal(95), Decimal(10), Decimal(9))
    assert r.projects[0].total_score_stated.value == Decimal(9)


def test_a_stray_figure_in_the_reason_column_does_not_shift_a_row_whose_target_is_a_bound():
    """Issue 21 (908.scan: a ruler's centimetre number read into the 偏差原因 cell): a score-like figure there would
    read the row one cell to the right (the cell under 指标值 an extra cell, the target taken from 实际完成值); a
    bound figure (≥70%) under 指标值 is the target, so the row stays as written."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["效益指标", "社会效益指标", "带动就业", "≥1.5万人", "1.6万人", "6", "6", ""],
        ["", "生态效益指标", "植被覆盖率", "≥70%", "73.6%", "5", "5", "25"],
        ["总分", "", "", "", "", "11", "11", ""],
    ]
    r = normalize_document(_doc(rows, scan=True))
    i = next(i for i in r.indicators if i.level3 == "植被覆盖率")
    assert (i.target.raw, i.actual.raw, i.weight.value, i.score.value) == ("≥70%", "73.6%", Decimal(5), Decimal(5))


def test_indicators_csv_names_the_column_of_each_fields_cell():
    """Provenance down to the cell: `columns` gives the grid column each field was read from (0-based,
    as `row`), wherever the header put it; a field the row lacks is left out."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["得分", "实际完成值", "年度指标值", "三级指标", "二级指标", "一级指标", "分值"],
        ["9", "95%", "≥90%", "群众满意度", "满意度", "满意度指标", "10"],
        ["", "12次", "≥10次", "培训次数", "数量指标", "产出指标", ""],
        ["总分", "9", "", "", "", "", ""],
    ]
    frame = records_frames([normalize_document(_doc(rows))])["indicators"]
    assert list(frame["columns"]) == ["name=3;target=2;actual=1;weight=6;score=0", "name=3;target=2;actual=1"]


def test_a_realigned_rows_columns_are_where_its_cells_were_written():
    """A row fitted to the header by its cells' content (a lost label cell slid it left): `columns`
    names the cells as written, each holding the text its field was read from."""
    rows = [
        ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        ["产出指标", "数量指标", "会议培训举办次数", "≥", "1", "次", "1", "20", "20", "", ""],
        ["效益指标", "社会效益指标", "群众知晓率", "≥", "90", "%", "92", "30", "30", "", ""],
    ]
    doc = _docs(rows)
    frame = records_frames([normalize_document(doc)])["indicators"]
    assert list(frame["columns"]) == ["name=2;target=4;actual=6;weight=7;score=8"] * 2
    grid = doc.tables()[0].grid()
    for (_, row), level3 in zip(frame.iterrows(), ("会议培训举办次数", "群众知晓率")):
        at = dict(x.split("=") for x in row["columns"].split(";"))
        assert grid[int(row["row"])][int(at["name"])] == level3
        assert [grid[int(row["row"])][int(at[k])] for k in ("weight", "score")] == [row["weight"], row["score"]]


def test_header_synonyms_plan_achieved_full_marks_and_rating():
    """计划完成值 is the target although it says 完成; 实际达到值 the actual; 满分 the weight; 评分 the score."""
    rows = [
        ["一级指标", "二级指标", "具体指标", "计划完成值", "实际达到值", "满分", "评分"],
        ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200（人次）", "20", "20"],
        ["效益指标", "时效指标", "办结时限", "3个工作日内", "2个工作日", "10", "10"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [i.level3 for i in inds] == ["培训人次", "办结时限"]
    assert [(i.target.q.op, i.target.q.value, i.actual.q.value, i.actual.q.unit) for i in inds] == [
        (">=", Decimal(1000), Decimal(1200), "人次"), ("<=", Decimal(3), Decimal(2), "个工作日")]
    assert [(i.weight.value, i.score.value) for i in inds] == [(Decimal(20), Decimal(20)), (Decimal(10), Decimal(10))]


def test_self_assessed_score_beside_the_reviewers():
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "复核分", "自评分"],
        ["决策(10分)", "项目立项", "立项依据充分性", "10", "8", "10"],
        ["产出(90分)", "产出数量", "实际完成率", "90", "85", "88"],
        ["总分", "", "", "100", "93", "98"],
    ]
    r = normalize_document(_doc(rows))
    assert [(i.level3, i.score.value) for i in r.indicators] == [("立项依据充分性", Decimal(10)), ("实际完成率", Decimal(88))]
    # evaluation-style level names (决策 / 过程 / 产出 / 效益) have canonical level-1 names too, and
    # the framework's level 2 (项目立项, 资金管理 …) is read as a name of its own (issue 21 item 5)
    assert [(i.level1, i.level2) for i in r.indicators] == [("决策指标", "项目立项"), ("产出指标", "数量指标")]
    assert r.projects[0].total_score_stated.value == Decimal(98)     # the 总分 row's 自评分, not its 复核分


def test_a_second_score_column_left_unread_is_said():
    """自评得分 is the score; the 复核得分 beside it, which no field reads, is said once for the table.
    Where a note says which counts (以复核得分为准, 1051), that column is the score, as a footnote's
    scoring rule wins (DOMAIN.md), and the self-assessed one is said unread."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "自评得分", "复核得分"],
        ["产出指标", "数量指标", "培训人次", "10", "≥100人次", "120人次", "10", "8"],
        ["效益指标", "满意度指标", "满意度", "90", "≥90%", "93%", "88", "85"],
        ["合计", "", "", "100", "", "", "98", "93"],
    ]
    r = normalize_document(_doc(rows))
    assert [i.score.value for i in r.indicators] == [Decimal(10), Decimal(88)]
    said = [w for w in r.warnings if "复核得分" in w]
    assert len(said) == 1 and "第8列“复核得分”" in said[0] and "未读取" in said[0] and "第7列“自评得分”" in said[0]
    r = normalize_document(document(rows, "注：项目最终得分以复核得分为准。"))
    assert [i.score.value for i in r.indicators] == [Decimal(8), Decimal(85)]
    assert r.projects[0].total_score_stated.value == Decimal(93)
    said = [w for w in r.warnings if "复核得分" in w]
    assert len(said) == 1 and "第7列“自评得分”" in said[0] and "未读取" in said[0] and "第8列“复核得分”读取" in said[0]
    assert "以复核得分为准" in said[0]
    # a note naming the column already read changes nothing
    r = normalize_document(document(rows, "注：以自评得分为准。"))
    assert [i.score.value for i in r.indicators] == [Decimal(10), Decimal(88)]
    # a header naming no score (得分说明) is no second score
    rows = [[*x[:7], "得分说明" if k == 0 else ""] for k, x in enumerate(rows)]
    assert not [w for w in normalize_document(_doc(rows)).warnings if "未读取" in w]


def test_a_note_names_the_score_column_its_phrase_ends_in_and_no_other():
    """以…为准 switches the score only to the column the phrase names: the longest header it ends in (得分 beside
    复核得分 is no match for 以复核得分为准), a bare head noun (评分) only as the whole phrase (以问卷评分为准 says
    how satisfaction is measured); a note about other figures (以财政一体化系统数据为准) switches nothing."""
    def scores(heads, note):
        rows = [["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", *heads],
                ["产出指标", "数量指标", "培训人次", "10", "≥100人次", "120人次", "10", "8"],
                ["效益指标", "满意度指标", "满意度", "90", "≥90%", "93%", "88", "85"],
                ["合计", "", "", "100", "", "", "98", "93"]]
        r = normalize_document(document(rows, note))
        return [i.score.value for i in r.indicators], [w for w in r.warnings if "未读取" in w]
    got, said = scores(("得分", "复核得分"), "注：项目最终得分以复核得分为准。")
    assert got == [Decimal(8), Decimal(85)] and "得分按第8列“复核得分”读取" in said[0], said
    got, said = scores(("自评得分", "评分"), "注：满意度以问卷评分为准。")
    assert got == [Decimal(10), Decimal(88)] and "为准" not in said[0], said
    for note in ("注：资金数据以财政一体化系统数据为准。", "注：执行数以实际支付为准。"):
        got, said = scores(("自评得分", "复核得分"), note)
        assert got == [Decimal(10), Decimal(88)] and "为准" not in said[0], said
    got, _ = scores(("自评得分", "核定得分"), "注：最终得分以评价小组核定得分为准。")
    assert got == [Decimal(8), Decimal(85)]


def test_blank_merged_levels_are_filled_from_above():
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "数量指标", "培训次数", "≥2次", "3次"],
        ["", "", "宣传次数", "≥5次", "5次"],
        ["", "质量指标", "合格率", "100%", "100%"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level1, i.level2) for i in inds] == [("产出指标", "数量指标")] * 2 + [("产出指标", "质量指标")]


def test_level3_grouping_key():
    assert level3_key("参保人员满意度") == level3_key("参保群众满意度")
    assert level3_key("参保人员满意度") != level3_key("参保群众政策知晓度")


def test_prose_figures_have_subjects():
    figs = records("000_b69c5b8f3653aeba", "txt").prose
    stated = {(f.subject, f.q.raw) for f in figs if f.sentence.startswith("全年财政资金预算")}
    assert stated == {("预算", "104万元"), ("执行", "104万元"), ("执行率", "100%")}
    basic = [f.q.raw for f in records("004_8ce664a1ba30d0b4", "txt").prose if f.subject == "基本支出"]
    assert {"814.52万元", "814.46万元", "814.47万元"} <= set(basic)


def test_prose_figures_take_their_units_from_the_unit_grammar():
    """A sentence's figure has the unit a cell's would (normalize/quantity.py): any known unit with
    its scale (1.2万亩, 80公里/小时, 74户次), not only the money, rate and count units prose once
    listed; the counter ends where its word ends (5.638 项目类别) and a month or day is no figure."""
    from jixiao.extract import read_bytes
    text = ("新建300米深机井1座，新建100吨水塔1座，造林1.2万亩，设计速度80公里/小时，贴息74户次。\n"
            "义务兵家庭优待金每年3月、9月份发放，于12月6日至8日检查，得分99分项目名称。\n"
            "赔付率低于控制指标0.83个百分点，即8.3个千分点。\n")
    got = [(f.q.raw, f.q.unit, f.q.value) for f in normalize_document(read_bytes(text.encode(), "r.txt")).prose]
    assert got == [("300米", "米", 300), ("1座", "座", 1), ("100吨", "吨", 100), ("1座", "座", 1),
                   ("1.2万亩", "亩", 12000), ("80公里/小时", "公里/小时", 80), ("74户次", "户次", 74),
                   ("99分", "分", 99), ("0.83个百分点", "个百分点", Decimal("0.83")),
                   ("8.3个千分点", "个千分点", Decimal("8.3"))]


def test_a_row_shifted_left_by_lost_merged_cells_is_left_unread_with_a_warning():
    """Text copies of web pages drop a row's empty merged cells: 配套电力设施… | 3 | 9.3 | 9.3 would
    put 9.3 under 三级指标. Read less, never wrong."""
    from jixiao.extract import read_bytes
    text = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t培训次数\t≥2次\t3次\t10\t10\n"
            "配套电力设施\t3\t9.3\t9.3\n"
            "\t质量指标\t合格率\t≥95%\t96%\t10\t10\n")
    recs = normalize_document(read_bytes(text.encode("utf-8"), "r.txt"))
    assert [i.level3 for i in recs.indicators] == ["培训次数", "合格率"]
    assert recs.unread_rows == 1 and any("第3行" in w and "未读取" in w for w in recs.warnings)


def test_a_sentence_s_figure_takes_any_operator_word_of_the_cells_grammar():
    """fixraw7: prose reads the operator before a figure by quantity's grammar (PREFIX_OPS), not a
    list of its own: 至少 / 超过 / 不足 are bounds as in a cell."""
    text = "全年至少完成培训至少1200人次，服务超过300户，不足5%的村未覆盖。\n"
    got = [(f.q.raw, f.q.op) for f in normalize_document(read_bytes(text.encode(), "r.txt")).prose]
    assert got == [("至少1200人次", ">="), ("超过300户", ">"), ("不足5%", "<")]


def test_indicator_results_written_as_sentences_are_records_with_their_side_and_name():
    from jixiao.extract import read_bytes
    from jixiao.normalize import normalize_document
    text = ("1.重大动物强制免疫病种群体免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;\n"
            "优抚对象生活补助金每月中旬发放指标为100%实际完成值为100%义务兵家庭优待金每年3月、9月份发放指标为100%实际完成值为98%\n"
            "全年完成培训 1200 人次，目标 1000 人次。\n"
            "重大动物群体免疫密度达90%以上。\n")
    got = [(f.q.raw, f.q.op, f.role, f.indicator) for f in normalize_document(read_bytes(text.encode(), "r.txt")).prose]
    assert got[:2] == [("≥90%", ">=", "target", "重大动物强制免疫病种群体免疫密度"),
                       ("≥90%", ">=", "actual", "重大动物强制免疫病种群体免疫密度")]
    assert got[2][2] == ""   # 自评得分20分 is no side of an indicator
    assert got[5:7] == [("100%", "=", "target", "义务兵家庭优待金每年3月、9月份发放"),
                        ("98%", "=", "actual", "义务兵家庭优待金每年3月、9月份发放")]
    assert got[7:9] == [("1200 人次", "=", "actual", "培训"), ("1000 人次", "=", "target", "培训")]
    assert got[9][:3] == ("90%以上", ">=", "")   # a bound, not a figure equal to 90


def test_a_figure_with_a_stray_mark_is_left_as_text_with_a_warning():
    """OCR of a Ningxia form (real passage 002): 工5% for ≥5%, ^80%, 5=50%. Not read as numbers,
    and said so; words around a figure (每亩300, 9月前) are not noise."""
    from jixiao.extract import read_bytes
    from jixiao.normalize import normalize_document
    rows = ("一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分\n"
            "效益指标\t经济效益指标\t亩均收入增长\t8\t工5%\t工5%\t8\n"
            "\t社会效益指标\t推广面积占比\t8\t80%\t^80%\t8\n"
            "产出指标\t成本指标\t造林补助\t8\t每亩300\t每亩300\t8\n")
    recs = normalize_document(read_bytes(rows.encode(), "r.txt"))
    assert [i.actual.q.op for i in recs.indicators[:2]] == ["qualitative", "qualitative"]
    noisy = [w for w in recs.warnings if "识别有误" in w]
    assert len(noisy) == 3 and not any("每亩" in w for w in noisy)


def test_the_report_year_by_weighted_votes_and_none_when_tied():
    def year(text):
        return normalize_document(read_bytes(text.encode("utf-8"), "y.txt")).year
    # dates do not vote; 年度 outweighs a bare 年
    assert year("发布日期：2022年04月02日\n更新：2022年4月3日\n2021年度项目绩效自评报告\n") == 2021
    # the tasks say 2021年 four times, one remark speaks of 2020年度
    assert year("完成2021年培训任务\n2021年考核\n2021年培训人数\n2021年验收\n备注：2020年度第五期补助\n") == 2021
    # equal weight: unknown rather than a guess
    assert year("完成2021年培训任务\n2021年考核\n2021年培训人数\n备注：2020年度第五期补助\n") is None
    assert year("本报告没有年份。\n") is None
    # typed in full-width digits, the year is the same year
    assert year("项目支出绩效自评表\n（２０２２年度）\n完成２０２２年培训任务\n") == 2022


def test_the_report_year_from_its_title_then_its_label_then_its_deadlines():
    def year(text):
        return normalize_document(read_bytes(text.encode("utf-8"), "y.txt")).year
    # the form's title names the year; the tasks recall an earlier year's inspection, twice (057)
    assert year("部门预算项目支出绩效自评表(2023年度)\n协助完成对我市2018年度检查验收\n"
                "协助完成对我市2018年度检查验收\n") == 2023
    # a labelled year outweighs the evaluation's own dates in the year after (raw 005)
    assert year("评价年度：2022\n2023年4月21日成立评价小组\n2023年5月完成评价\n") == 2022
    # the label and its year in two cells (278.csv's 预算年度,2023): labelled, outweighing a remark's 2024年
    assert year("项目名称\t2023年某项目\n预算年度\t2023\n说明\t2024年推广新技术\n") == 2023
    # 年份 labels a year as 年度 does (059: 项目年份 | 2021, no other year in the form)
    assert year("项目名称\t某项目\t项目年份\t2021\n填报日期：2022年3月1日\n") == 2021
    assert year("项目年份：2021\n2022年3月1日完成评价\n") == 2021
    # a label naming another year (上年度 | 2022, 上年度：2022) is no label of the report's year
    assert year("上年度\t2022\n实施期2023年\n2023年12月底前完成\n") == 2023
    assert year("上年度：2022\n实施期2023年\n2023年12月底前完成\n") == 2023
    # no year but in dates: the year's deadlines say it (050, 052), not the day it was filled in
    assert year("到位时间绩效目标值是2023年12月前，实际完成值为2023年12月前\n") == 2023
    assert year("填报日期：2022年12月5日\n完成时间 2021年12月31日\n") == 2021
    # a date in the evaluation's own course is after the year: no year rather than that one
    assert year("2023年4月21日成立评价小组\n") is None


def test_the_report_year_from_the_projects_name_not_next_years_plans_nor_the_day_it_was_signed():
    def year(text):
        return normalize_document(read_bytes(text.encode("utf-8"), "y.txt")).year
    # the name opens with its year; the remarks plan the next year, twice, and the form was filled in it (507)
    assert year("项目支出绩效自评表\n项目名称\t2023年某街道老旧小区整治项目\n偏差原因\t0.3公里顺延至2024年实施。\n"
                "备注\t2024年加强沟通。\n填表人：陈某\t联系电话：023-1\t2024年3月22日\n") == 2023
    assert year("项目名称：2023年某街道老旧小区整治项目\n0.3公里顺延至2024年实施。\n2024年加强沟通。\n") == 2023
    # no year but in dates: a date labelled as the day the form was filled in, or on its signers' line, is
    # no deadline of the year's work
    assert year("填表时间：2022年12月5日\n完成时间 2021年12月31日\n") == 2021
    assert year("日期：2022年12月5日\n完成时间 2021年12月31日\n") == 2021
    assert year("填表人：张三 2022年12月5日\n完成时间 2021年12月31日\n") == 2021



def test_the_report_year_cut_from_its_nian_and_a_tie_broken_by_the_day_it_was_filled_in():
    """Issue 21 (1287.scan: an old page under the print ran a rule through the title, 2023 | 年琼中黎…, and a
    remark speaks of 2024年): the year alone in a text whose 年 opens the next is read with it; a tie is the
    year before the day the form was filled in, published or signed, where that is one of the tied years."""
    def year(text):
        return normalize_document(read_bytes(text.encode("utf-8"), "y.txt")).year
    assert year("2023\t年某县农村公路养护\t项目支出绩效自评表\n偏差原因\t2024年增设警示标志\n"
                "填报人：王某 填报日期：2024年3月26日\n") == 2023
    assert year("2023\t年某县农村公路养护\n偏差原因\t2024年增设警示标志\n发布时间：2024-04-16\n") == 2023
    # a tie with no such date, or one after neither year, is still unknown
    assert year("2023\t年某县农村公路养护\n偏差原因\t2024年增设警示标志\n") is None
    assert year("2023\t年某县农村公路养护\n偏差原因\t2024年增设警示标志\n填报日期：2026年3月1日\n") is None
    # a year alone before a cell that is no 年 is no year of the report
    assert year("序号\t2023\t农村公路\n") is None

TWO_ROW_HEADERS = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>项目名称</td><td colspan=7>农村饮水安全工程</td></tr>
<tr><td rowspan=2>项目资金（万元）</td><td colspan=2>预算数</td><td rowspan=2>全年执行数</td><td rowspan=2>分值</td>
<td rowspan=2>执行率</td><td rowspan=2>得分</td><td></td></tr>
<tr><td>年初预算数</td><td>全年预算数</td><td></td></tr>
<tr><td>年度资金总额</td><td>100</td><td>120</td><td>108</td><td>10</td><td>90%</td><td>9</td><td></td></tr>
<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td><td colspan=2>指标值</td>
<td rowspan=2>分值</td><td rowspan=2>得分</td><td rowspan=2>偏差原因分析及改进措施</td></tr>
<tr><td>年度目标值</td><td>实际完成值</td></tr>
<tr><td>产出指标</td><td>质量指标</td><td>水质达标率</td><td>100%</td><td>98%</td><td>20</td><td>19.6</td><td>个别站点未达标</td></tr>
<tr><td colspan=5>总分</td><td>100</td><td>98.6</td><td></td></tr>
</table></body></html>"""


def test_two_row_headers_with_cells_merged_over_both_rows():
    """指标值 split into 目标值 | 实际值 under it, 分值 / 得分 merged over both header rows; the fund
    header's 预算数 split into 年初 | 全年 beside a merged 全年执行数: no column is lost."""
    r = normalize_document(read_bytes(TWO_ROW_HEADERS.encode(), "two_rows.html"), name="two_rows.html")
    [p] = r.projects
    assert (p.budget_initial.raw, p.budget_full_year.raw, p.executed.raw) == ("100", "120", "108")
    assert (p.fund_weight.raw, p.exec_rate_stated.raw, p.fund_score.raw) == ("10", "90%", "9")
    [i] = p.indicators
    assert (i.target.raw, i.actual.raw, i.weight.raw, i.score.raw, i.reason) == ("100%", "98%", "20", "19.6", "个别站点未达标")
    assert p.total_score_stated.raw == "98.6"


def test_a_name_header_over_two_columns_merged_in_every_row_is_one_name_column():
    """Issue 21 (1093: 项目类别 | 指标名称 over two columns, each row's name merged over both): the spanning name
    header is one column, not 二级 | 三级; the name is not read again as the row's level 2."""
    html = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>项目名称</td><td colspan=6>某热线平台运维项目</td></tr>
<tr><td>项目类别</td><td colspan=2>指标名称</td><td>目标值</td><td>权重</td><td>实际完成值</td><td>自评分</td></tr>
<tr><td rowspan=2>产出目标</td><td colspan=2>热线接通率</td><td>≥95%</td><td>10</td><td>96.4%</td><td>10</td></tr>
<tr><td colspan=2>工单按时办结率</td><td>≥98%</td><td>10</td><td>98.6%</td><td>10</td></tr>
<tr><td>结果目标</td><td colspan=2>来电群众满意度</td><td>≥95%</td><td>12</td><td>96.8%</td><td>12</td></tr>
</table></body></html>"""
    r = normalize_document(read_bytes(html.encode(), "one_name.html"), name="one_name.html")
    assert [(i.level2_raw, i.level3) for i in r.indicators] == [
        ("", "热线接通率"), ("", "工单按时办结率"), ("", "来电群众满意度")]
    assert [i.actual.raw for i in r.indicators] == ["96.4%", "98.6%", "96.8%"]


RATE_ROW = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>项目名称</td><td colspan=6>某热线平台运维项目</td></tr>
<tr><td>预算执行情况（万元）</td><td>年初预算数</td><td>财政拨款数</td><td>实际支付数</td><td></td><td></td><td></td></tr>
<tr><td></td><td>450.00</td><td>480.00</td><td>466.56</td><td></td><td></td><td></td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>目标值</td><td>分值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>预算执行率</td><td>100%</td><td>6</td><td>{rate}</td><td>5.83</td></tr>
<tr><td>产出指标</td><td>质量指标</td><td>热线接通率</td><td>≥95%</td><td>10</td><td>96.4%</td><td>10</td></tr>
</table></body></html>"""


def test_an_indicator_row_named_the_execution_rate_states_the_projects_rate_where_no_fund_block_does():
    """Issue 21 (1093: the fund block states no rate, 预算执行率 is a row of the grid): the row's actual, a
    percentage alone, is the project's stated rate, located at its cell (JX202 holds it to 执行数 / 预算数); an
    actual with an operator or no figure states no rate."""
    def rate(actual):
        doc = read_bytes(RATE_ROW.format(rate=actual).encode(), "rate_row.html")
        [p] = normalize_document(doc, name="rate_row.html").projects
        return p.exec_rate_stated
    got = rate("97.2%")
    assert (got.raw, got.value, got.q.unit, got.loc.row, got.loc.col) == ("97.2%", Decimal("97.2"), "%", 4, 5)
    assert rate("≥95%") is None
    assert rate("已完成") is None


def test_a_fund_row_whose_label_names_the_rate_reads_the_rate_under_the_result_column():
    """Issue 21 (1095, 专项债: 债券资金管理指标 | 总体支出进度（实际支出金额/下达额度）merged down over the money's
    header and figures, then 实际完成值): the rate the label names is the figure under 实际完成值, where it is
    written as a rate (051 writes the money there again: no rate stated)."""
    html = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>项目名称</td><td colspan=7>某学校新建工程</td></tr>
<tr><td rowspan=2>债券资金管理指标（10分）</td><td rowspan=2>总体支出进度（当年实际支出金额/项目当年下达额度）</td>
<td>实际支出金额（万元）</td><td>下达额度（万元）</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
<tr><td>8,652.40</td><td>9,000.00</td><td>{rate}</td><td>10</td><td>9.61</td><td>部分款项结转下年</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>目标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>新增公办学位</td><td>2520个</td><td>2520个</td><td>10</td><td>10</td><td></td></tr>
</table></body></html>"""
    def project(rate):
        return normalize_document(read_bytes(html.format(rate=rate).encode(), "bond.html"), name="bond.html").projects[0]
    p = project("96.14%")
    assert (p.budget_full_year.raw, p.executed.raw, p.fund_weight.raw, p.fund_score.raw) == ("9,000.00", "8,652.40", "10", "9.61")
    assert (p.exec_rate_stated.raw, p.exec_rate_stated.loc.col) == ("96.14%", 4)
    p = project("8,652.40")
    assert (p.executed.raw, p.exec_rate_stated) == ("8,652.40", None)
    # flattened to text (raw 051: the merged cells lost, the money again under 实际完成值): no rate either
    text = ("项目名称 | 某学校新建工程 | | |\n"
            "当年绩效指标 | 债券资金管理指标(10分) | 总体支出进度 (当年实际支出金额/项目当年下达额度) | 实际支出 金额 | 下达 额度 |"
            " 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施 |\n"
            "1,437 | 1,437 | 1,437 | 10 | 10 | ||||\n"
            "一级指标 | 二级指标 | 三级指标 | 目标值 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施 | |\n"
            "产出指标 (50分) | 数量指标 | 城中村、住宅区任务完成量 | 12个 | 12个 | 10 | 10 | ||\n")
    r = normalize_document(read_bytes(text.encode(), "bond.txt"), name="bond.txt")
    assert r.projects and all(p.exec_rate_stated is None for p in r.projects)


REASON_ROWS = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=4>效益指标</td><td rowspan=3>经济效益指标</td><td>设施蔬菜年产值</td><td>≥9.5亿元</td><td>8.9亿元</td>
<td>8</td><td>7.49</td></tr>
<tr><td colspan=5>偏差原因：三季度蔬菜价格同比下降约12%。改进措施：2025年发展错季蔬菜。</td></tr>
<tr><td>种植户户均增收</td><td>≥6000元</td><td>6320元</td><td>6</td><td>6</td></tr>
<tr><td>社会效益指标</td><td>带动就业</td><td>≥3000人</td><td>3150人</td><td>6</td><td>6</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>种植户满意度</td><td>≥90%</td><td>92%</td><td>8</td><td>8</td></tr>
<tr><td colspan=5>总分</td><td>28</td><td>27.49</td></tr>
<tr><td colspan=7>说明：产值按统计部门年报口径。</td></tr>
</table></body></html>"""


def test_a_reason_row_inside_the_level_merges_is_the_indicators_not_the_tables_end():
    """No 偏差原因 column: a shortfall's reason on a row of its own under it, one cell from the name to
    the 得分 column while the 一级 / 二级 cells run on merged over it (1057). The rows after it are
    read, the line is the indicator's reason; a 说明 row across the whole table still ends it."""
    r = normalize_document(read_bytes(REASON_ROWS.encode(), "reason_rows.html"), name="reason_rows.html")
    [p] = r.projects
    assert [i.level3 for i in p.indicators] == ["设施蔬菜年产值", "种植户户均增收", "带动就业", "种植户满意度"]
    assert p.indicators[0].reason == "偏差原因：三季度蔬菜价格同比下降约12%。改进措施：2025年发展错季蔬菜。"
    assert [i.reason for i in p.indicators[1:]] == [None, None, None]
    assert (p.indicators[1].level1, p.indicators[1].level2) == ("效益指标", "经济效益指标")
    assert p.total_score_stated.raw == "27.49"


def test_two_row_header_copied_without_its_merges():
    """A copy that lost the merges: the words of the header row above fill the gaps of the row
    below when they name a field it lacks; the sub-header row is not read as an indicator."""
    rows = [
        ["绩效指标", "", "", "指标值", "", "分值", "得分", "偏差原因"],
        ["一级指标", "二级指标", "三级指标", "目标值", "实际值", "", "", ""],
        ["产出指标", "数量指标", "服务人次", "≥5000人次", "5200人次", "30", "30", ""],
    ]
    [i] = normalize_document(_doc(rows)).indicators
    assert (i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) == ("≥5000人次", "5200人次", "30", "30")
    parent_first = [
        ["一级指标", "二级指标", "三级指标", "指标值", "", "分值", "得分"],
        ["", "", "", "目标值", "实际值", "", ""],
        ["产出指标", "数量指标", "服务人次", "≥5000人次", "5200人次", "30", "30"],
    ]
    [i] = normalize_document(_doc(parent_first)).indicators
    assert (i.level3, i.target.raw, i.actual.raw, i.score.raw) == ("服务人次", "≥5000人次", "5200人次", "30")


@pytest.mark.parametrize("header,field", [
    ("年度目标", "target"), ("预期值", "target"), ("计划数", "target"), ("实际", "actual"), ("实际数", "actual"),
    ("实际达成值", "actual"), ("满分值", "weight"), ("考评得分", "score"), ("单位自评得分", "score"),
    ("实得分", "score"), ("一级", "level1"), ("三级", "level3"), ("上年实际完成值", None), ("上年指标值", None),
    # not a score: a method, a standard, the reviewer's
    ("得分计算方法", None), ("评分标准", None), ("复核得分", None),
    # the basis or an explanation of a value is no value: the head noun is the last word
    ("指标值确定依据", None), ("目标值来源", None), ("实际完成值说明", None),
])
def test_header_words_of_county_and_final_account_forms(header, field):
    from jixiao.normalize.vocab import header_field
    assert header_field(header, set()) == field


def test_a_kind_column_holding_level_names_and_a_table_without_level_columns():
    kind = [
        ["序号", "指标类型", "指标名称", "目标值", "实际值", "分值", "得分"],
        ["1", "数量指标", "培训人次", "≥1000人次", "1200人次", "25", "25"],
        ["2", "效益指标", "就业率", "≥80%", "85%", "30", "30"],
    ]
    inds = normalize_document(_doc(kind)).indicators
    assert [(i.level1, i.level2, i.level3) for i in inds] == [("产出指标", "数量指标", "培训人次"),
                                                              ("效益指标", None, "就业率")]
    bare_table = [
        ["绩效指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["培训人次", "≥1000人次", "1200人次", "25", "25"],
    ]
    [i] = normalize_document(_doc(bare_table)).indicators
    assert (i.level3, i.target.raw, i.actual.raw, i.score.raw) == ("培训人次", "≥1000人次", "1200人次", "25")
    # 绩效指标 heading the national template's label column does not take the 三级指标 column's place
    national = [
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
        ["", "产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次"],
    ]
    [i] = normalize_document(_doc(national)).indicators
    assert (i.level1, i.level3) == ("产出指标", "培训人次")
    # a table of names and scores only is not an indicator table
    assert not normalize_document(_doc([["指标", "分值", "得分"], ["培训", "25", "25"]])).indicators


def test_a_label_over_three_columns_heads_the_three_levels():
    html = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td colspan=3>绩效指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥1000人次</td><td>1200人次</td><td>50</td><td>50</td></tr>
<tr><td colspan=5>总分</td><td>50</td><td>50</td></tr></table></body></html>"""
    [i] = normalize_document(read_bytes(html.encode(), "span.html"), name="span.html").indicators
    assert (i.level1, i.level2, i.level3, i.target.raw, i.score.raw) == ("产出指标", "数量指标", "培训人次", "≥1000人次", "50")


def test_a_tasks_block_with_its_own_money_columns_is_not_the_total():
    """部门整体: 年度主要任务 rows with 全年预算数 / 全年执行数 per task under the department's total."""
    html = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>部门名称</td><td colspan=6>某县卫健局</td></tr>
<tr><td>年度预算资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>1000</td><td>1200</td><td>1150</td><td>10</td><td>95.83%</td><td>9.58</td></tr>
<tr><td rowspan=2>年度主要任务</td><td>任务名称</td><td colspan=2>主要内容</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>
<tr><td>公共卫生服务</td><td colspan=2>开展基本公共卫生服务</td><td>600</td><td>580</td><td>96.67%</td></tr>
</table></body></html>"""
    r = normalize_document(read_bytes(html.encode(), "dept.html"), name="dept.html")
    [p] = r.projects
    assert (p.budget_full_year.raw, p.executed.raw, p.exec_rate_stated.raw) == ("1200", "1150", "95.83%")
    assert any("年度主要任务" in w for w in r.warnings)


def test_digits_garbled_in_one_unambiguous_way_are_read_with_a_warning_and_the_rest_left_as_text():
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训次数", "≥10次", "1O次", "IO", "M.8"],
    ]
    r = normalize_document(_doc(rows, scan=True))
    [i] = r.indicators
    assert (i.actual.raw, i.actual.q.value, i.weight.q.value) == ("1O次", Decimal(10), Decimal(10))
    assert not i.score.q.numeric and i.score.raw == "M.8"
    assert sum("疑为识别错误" in w for w in r.warnings) == 2 and any("“M.8”" in w for w in r.warnings)


def test_a_decimal_comma_is_read_with_a_warning_naming_its_cell_and_a_thousands_comma_never_is():
    """Issue 21 (fix51): 1,5万元 (a decimal comma: fewer than three digits after it, the only comma in
    the cell) is read 1.5万元, never silently: the warning is in Chinese and names the table, row and
    column. A thousands comma (1,500万元, 12,345人, ≥12,000人) is a thousands comma: read whole, with
    no warning."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "发放补贴", "≥1万元", "1,5万元", "40", "40"],
        ["产出指标", "数量指标", "补贴资金", "≥1,500万元", "1,520万元", "30", "30"],
        ["产出指标", "数量指标", "受益人数", "≥12,000人", "12,345人", "30", "30"],
    ]
    r = normalize_document(_doc(rows))
    got = [(i.level3, i.target.q.value, i.actual.q.value, i.actual.q.unit) for i in r.indicators]
    assert got == [("发放补贴", Decimal(10000), Decimal(15000), "元"),
                   ("补贴资金", Decimal(15000000), Decimal(15200000), "元"),
                   ("受益人数", Decimal(12000), Decimal(12345), "人")], got
    [w] = [w for w in r.warnings if "请核对原件" in w]
    assert "表1 第2行 第5列" in w and "疑为录入错误：“1,5万元”按“1.5万元”读取" in w, w
    assert not any("1,500" in w or "12,345" in w or "12,000" in w or "1,520" in w for w in r.warnings), r.warnings


def test_a_repaired_figure_is_noted_as_its_source_makes_it():
    """A letter for a digit (1O次, IO) is a scan's misread only where OCR read it (the document, or
    the row's cells with their confidence); in a typed file it is a slip of typing. A typing slip's
    shape (93。6%) on a scanned page is a misread too."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训次数", "≥10次", "1O次", "IO", "10"],
        ["产出指标", "质量指标", "合格率", "≥90%", "93。6%", "10", "10"],
    ]

    def notes(doc):
        return [w.split("：", 1)[1] for w in normalize_document(doc).warnings if "请核对原件" in w]
    typed = notes(_doc(rows))
    assert [w[:6] for w in typed] == ["疑为录入错误"] * 3, typed
    assert "“1O次”按“10次”读取" in typed[0]
    scanned = notes(_doc(rows, scan=True))
    assert [w[:6] for w in scanned] == ["疑为识别错误"] * 3, scanned
    ocr = _doc(rows)
    ocr.format = "pdf-ocr"      # an OCR'd document: its cells need not carry a confidence
    assert [w[:6] for w in notes(ocr)] == ["疑为识别错误"] * 3


def test_a_second_fund_block_after_indicator_rows_starts_the_next_project():
    fund = ["项目资金（万元）", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [fund, ["年度资金总额", "30", "30", "100%", "10", "10", ""], head,
            ["产出指标", "数量指标", "培训次数", "≥2次", "3次", "90", "90"],
            fund, ["年度资金总额", "50", "45", "90%", "10", "9", ""], head,
            ["产出指标", "数量指标", "宣传次数", "≥5次", "5次", "90", "90"]]
    r = normalize_document(_doc(rows))
    assert [(p.budget_full_year.raw, [i.level3 for i in p.indicators]) for p in r.projects] == [
        ("30", ["培训次数"]), ("50", ["宣传次数"])]


def test_a_star_marks_a_core_indicator_and_is_not_part_of_its_name():
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
            ["产出指标", "数量指标", "★资助学生人数", "≥500人", "520人"],
            ["产出指标", "数量指标", "发放及时率", "100%", "100%"]]
    a, b = normalize_document(_doc(rows)).indicators
    assert (a.level3, a.core, b.core) == ("资助学生人数", "★", None)


def test_a_star_typed_after_the_name_marks_a_core_indicator_too():
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
            ["产出指标", "数量指标", "资助学生人数★", "≥500人", "520人"],
            ["产出指标", "数量指标", "发放及时率 ☆", "100%", "100%"],
            ["产出指标", "数量指标", "星级★服务站点", "≥5个", "6个"]]
    a, b, c = normalize_document(_doc(rows)).indicators
    assert [(i.level3, i.core) for i in (a, b, c)] == [("资助学生人数", "★"), ("发放及时率", "★"),
                                                      ("星级★服务站点", None)]   # a star inside is text


@pytest.mark.parametrize("tail,grade", [
    ([["总分", "", "", "", "100", "85", "良"]], "良"),                              # beside the total
    ([["总分", "", "", "", "100", "85", "评价等级：优"]], "优"),
    ([["总分", "", "", "", "100", "85", ""], ["自评结论", "经评价，等级为优秀", "", "", "", "", ""]], "优"),
    ([["总分", "", "", "", "100", "85", ""], ["说明", "评价等级：优（≥90分）、良（80-89分）", "", "", "", "", ""]], None),
])
def test_the_grade_beside_the_total_or_in_a_conclusion_cell_and_not_from_a_legend(tail, grade):
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训次数", "≥10次", "12次", "100", "85"]]
    assert normalize_document(_doc(rows + tail)).projects[0].grade_stated == grade


@pytest.mark.parametrize("tail,grade", [
    ([["总分", "", "", "", "100", "85", "绩效档次：良"]], "良"),
    ([["总分", "", "", "", "100", "85", "评价档次 优"]], "优"),
    ([["总分", "", "", "", "100", "85", ""], ["自评档次", "良", "", "", "", "", ""]], "良"),
    ([["总分", "", "", "", "100", "85", ""], ["说明", "绩效档次：优（≥90分）、良（80-89分）", "", "", "", "", ""]], None),
])
def test_a_grade_labelled_as_its_tier_dang_ci_is_read_as_the_grade(tail, grade):
    """Set 1960-1965: 1964 (Jiamusi) labels its grade 绩效档次：优 in the 总分 row; 档次 (a tier) names the grade as
    等级 / 等次 do. Before, the grade was None in every format, nothing said."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训次数", "≥10次", "12次", "100", "85"]]
    assert normalize_document(_doc(rows + tail)).projects[0].grade_stated == grade


@pytest.mark.parametrize("tail,grade", [
    ([["总分", "", "", "", "100", "85", "自评级别：良"]], "良"),
    ([["总分", "", "", "", "100", "85", "评价级别 优"]], "优"),
    ([["总分", "", "", "", "100", "85", ""], ["自评级别", "良", "", "", "", "", ""]], "良"),
    ([["总分", "", "", "", "100", "85", ""], ["说明", "自评级别：优（≥90分）、良（80-89分）", "", "", "", "", ""]], None),
    # 级别 with no scorer before it (响应级别, 级别) names no grade
    ([["总分", "", "", "", "100", "85", "响应级别：良"]], None),
    ([["总分", "", "", "", "100", "85", ""], ["级别", "良", "", "", "", "", ""]], None),
])
def test_a_grade_labelled_as_the_scorers_level_ji_bie_is_read_as_the_grade(tail, grade):
    """Set 1984-1989: 1986 (Nujiang) labels its grade 自评级别：优 in the 总分 row; 级别 names the grade where a
    scorer says it (自评 / 评价 / 考评 / 评定 / 绩效), as 等级 does. Before, the grade was None in every format, nothing
    said."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训次数", "≥10次", "12次", "100", "85"]]
    assert normalize_document(_doc(rows + tail)).projects[0].grade_stated == grade


# -- issue 21: headers as stacks, column roles from content, continuation, sliding rows ------------
def _docs(*tables):
    # tables as a Word reader gives them (a .txt goes through the text rebuild of normalize/cell_runs.py first)
    return document(*tables)


def _html(body):
    return read_bytes(f'<html><head><meta charset="utf-8"></head><body><table>{body}</table></body></html>'.encode(),
                      "t.html")


def test_sub_columns_under_the_read_targets_spanning_heading_are_said_unread():
    """年度指标值 spanning 全区 | 其中：川区 | 其中：山区: the heading's first column is the target read; the
    parts beside it name no field of their own, and the spanning heading (the read column's) no longer
    hides them: they are named unread, not dropped unsaid (issue 21, 1439; 1402's 保底值 / 挑战值 likewise)."""
    head = ('<tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th>'
            '<th colspan="3">年度指标值</th><th rowspan="2">实际完成值</th><th rowspan="2">分值</th>'
            '<th rowspan="2">得分</th></tr><tr><th>全区</th><th>其中：川区</th><th>其中：山区</th></tr>')
    body = ("<tr><td>产出指标</td><td>数量指标</td><td>整治危桥</td><td>≥8座</td><td>≥3座</td><td>≥5座</td>"
            "<td>6座</td><td>8</td><td>6</td></tr>"
            "<tr><td>产出指标</td><td>数量指标</td><td>实施路面修补</td><td>≥42000平方米</td><td>≥25000平方米</td>"
            "<td>≥17000平方米</td><td>43500平方米</td><td>8</td><td>8</td></tr>")
    r = normalize_document(_html(head + body))
    assert [(i.target.raw, i.actual.raw) for i in r.indicators] == [("≥8座", "6座"), ("≥42000平方米", "43500平方米")]
    [said] = [w for w in r.warnings if "不对应指标记录的任何字段" in w]
    assert "第5列" in said and "其中：川区" in said and "第6列" in said and "其中：山区" in said
    assert "第4列" not in said and "第7列" not in said


def _three_rows(head: list[str], extra: list[str], at: int) -> str:
    """An ordinary seven-column indicator table with one more column (head[at], cells extra) inserted at at."""
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["产出指标", "数量指标", "新建茶园", "≥5000亩", "5120亩", "8", "8"],
            ["产出指标", "质量指标", "抽检合格率", "≥98%", "99.4%", "6", "6"],
            ["效益指标", "社会效益指标", "带动农户", "≥3000户", "2700户", "10", "9"]]
    heads.insert(at, head[0])
    for r, x in zip(rows, extra):
        r.insert(at, x)
    return "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in [heads] + rows)


def test_a_yes_no_column_asking_its_own_question_is_no_core_flag_and_is_said_unread():
    """目标是否调整 (是 / 否): the header asks whether the TARGET was adjusted, not whether the row is a core
    indicator (是否核心指标): the 是 / 否 cells are no core mark; the column is named unread (issue 21, 1516)."""
    r = normalize_document(_html(_three_rows(["目标是否调整"], ["是", "否", "否"], 3)))
    assert [(i.target.raw, i.actual.raw, i.core) for i in r.indicators] == \
        [("≥5000亩", "5120亩", None), ("≥98%", "99.4%", None), ("≥3000户", "2700户", None)]
    [said] = [w for w in r.warnings if "不对应指标记录的任何字段" in w]
    assert "第4列“目标是否调整”" in said
    assert not [w for w in r.warnings if "是否核心指标" in w]


def test_a_second_column_under_a_read_fields_header_word_is_said_unread():
    """完成情况 (超额完成 / 完成 / 未完成) beside the 实际完成值 the actual is read from: its header names the
    actual's field, which another column holds; its words are no field of the row and are named unread, not
    dropped unsaid (issue 21, 1519)."""
    r = normalize_document(_html(_three_rows(["完成情况"], ["超额完成", "超额完成", "未完成"], 5)))
    assert [(i.actual.raw, i.weight.raw, i.score.raw) for i in r.indicators] == \
        [("5120亩", "8", "8"), ("99.4%", "6", "6"), ("2700户", "10", "9")]
    [said] = [w for w in r.warnings if "不对应指标记录的任何字段" in w]
    assert "第6列“完成情况”" in said


def test_a_two_row_header_with_spanning_labels_over_split_target_and_weighted_share_columns():
    """预期指标值 spans 符号 | 数值 | 单位(文字描述); 指标得分 spans 单项指标得分 | 权重占比 | 单项指标折算得分.
    A header is the stack of cells above a column: 数值 is the target, 符号 its operator, 权重占比
    is not a score but the weight, and 单项指标折算得分 the score."""
    doc = _html("""<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td>
<td colspan=3>预期指标值</td><td rowspan=2>实际完成值</td><td colspan=3>指标得分</td></tr>
<tr><td>符号</td><td>数值</td><td>单位(文字描述)</td><td>单项指标得分</td><td>权重占比</td><td>单项指标折算得分</td></tr>
<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥</td><td>1000</td><td>人次</td><td>1200</td>
<td>100</td><td>20%</td><td>20</td></tr>
<tr><td>质量指标</td><td>合格率</td><td>≥</td><td>95</td><td>%</td><td>90</td><td>94.74</td><td>30%</td><td>28.42</td></tr>""")
    inds = normalize_document(doc).indicators
    assert [(i.target.raw, i.actual.raw, i.item_score.raw, i.weight_share.raw, i.converted_score.raw, i.weight.raw,
             i.score.raw) for i in inds] == [("≥1000人次", "1200人次", "100", "20%", "20", "20%", "20"),
                                             ("≥95%", "90%", "94.74", "30%", "28.42", "30%", "28.42")]
    assert (inds[0].target.q.op, inds[0].target.q.value, inds[0].target.q.unit) == (">=", Decimal(1000), "人次")


@pytest.mark.parametrize("split", [("原因分析", "整改措施"), ("说明", "备注")])
def test_a_second_header_row_that_only_splits_the_last_spanning_heading(split):
    """The header's second row holds words only under one heading spanning two columns (the
    others span both rows): the header is the stack over each column, and the rows below it are
    indicators, whatever the sub-headings say."""
    doc = _html(f"""<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td>
<td rowspan=2>年度指标值</td><td rowspan=2>实际完成值</td><td rowspan=2>分值</td><td rowspan=2>得分</td>
<td colspan=2>未完成原因及整改情况</td></tr>
<tr><td>{split[0]}</td><td>{split[1]}</td></tr>
<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>培训班次</td><td>≥12期</td><td>10期</td><td>20</td><td>16.67</td>
<td>场地检修停办两期</td><td>次年补办</td></tr>
<tr><td>质量指标</td><td>结业合格率</td><td>≥95%</td><td>97%</td><td>20</td><td>20</td><td></td><td></td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>学员满意度</td><td>≥90%</td><td>93%</td><td>10</td><td>10</td>
<td></td><td></td></tr>""")
    r = normalize_document(doc)
    assert [(i.level1, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in r.indicators] == [
        ("产出指标", "培训班次", "≥12期", "10期", "20", "16.67"), ("产出指标", "结业合格率", "≥95%", "97%", "20", "20"),
        ("满意度指标", "学员满意度", "≥90%", "93%", "10", "10")]
    assert r.indicators[0].reason.startswith("场地检修停办两期") and r.unread_rows == 0


def test_a_polarity_column_is_kept_apart_and_an_operator_column_joins_the_value():
    """正向 / 反向 say which way is better, not the comparison the target makes (a real Inner
    Mongolia form writes 正向 beside 等于 100 and 小于等于 1): a bare value stays as written (=)
    with its polarity kept; an operator word in such a column (大于等于) is the target's operator."""
    rows = [["一级指标", "二级指标", "三级指标", "指标方向", "计量单位", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "质量指标", "设备完好率", "正向", "%", "100", "100", "30", "30"],
            ["", "成本指标", "单次检测费用", "反向", "元", "200", "180", "30", "30"],
            ["", "数量指标", "检测批次", "大于等于", "批", "40", "42", "30", "30"],
            ["", "时效指标", "检测报告出具", "定性", "/", "及时", "及时", "10", "10"]]
    inds = normalize_document(_docs(rows)).indicators
    assert [(i.target.raw, i.target.q.op, i.polarity) for i in inds] == [
        ("100%", "=", "正向"), ("200元", "=", "反向"), ("≥40批", ">=", None), ("及时", "qualitative", "定性")]
    frame = records_frames([normalize_document(_docs(rows))])["indicators"]
    assert list(frame["polarity"]) == ["正向", "反向", "", "定性"]


def test_weighted_shares_give_the_weight_and_the_converted_score_and_the_fund_line_too():
    """单项得分（百分制） × 权重占比（%） = 折算得分, with the fund line in the same columns: the share is
    the row's weight in points, 折算得分 its score (what adds up to 总分); 单项 is kept beside them."""
    doc = _html("""<tr><td colspan=2>资金情况（万元）</td><td>预算数</td><td>执行数</td><td>执行率</td>
<td>单项得分（百分制）</td><td>权重占比（%）</td><td>折算得分</td></tr>
<tr><td colspan=2>总额</td><td>200.00</td><td>190.00</td><td>95%</td><td>95</td><td>20</td><td>19</td></tr>
<tr><td>一级指标</td><td>三级指标</td><td>指标值</td><td>完成值</td><td>单项得分（百分制）</td><td>权重占比（%）</td>
<td>折算得分</td><td>说明</td></tr>
<tr><td>产出指标</td><td>培训班次</td><td>≥12期</td><td>12期</td><td>100</td><td>50</td><td>50</td><td></td></tr>
<tr><td>效益指标</td><td>结业率</td><td>≥90%</td><td>81%</td><td>90</td><td>30</td><td>27</td><td>部分学员缺课</td></tr>
<tr><td colspan=5>合计</td><td>100</td><td>96</td><td></td></tr>""")
    recs = normalize_document(doc)
    p = recs.projects[0]
    assert (p.fund_weight.raw, p.fund_score.raw, p.total_score_stated.raw) == ("20", "19", "96")
    assert [(i.weight.raw, i.score.raw, i.item_score.raw) for i in recs.indicators] == [("50", "50", "100"),
                                                                                     ("30", "27", "90")]
    assert [f.rule for f in check(recs)] == []


def test_a_weighted_share_table_whose_header_names_the_share_plainly_is_read_by_its_cells():
    """单项得分（百分制） | 权重（%） | 折算得分: only 折算得分 is named; the cells show 90 × 30% = 27 on
    every row, so 权重（%） is the share, the row's weight, and 折算得分 its score."""
    doc = _html("""<tr><td>一级指标</td><td>三级指标</td><td>指标值</td><td>完成值</td><td>单项得分（百分制）</td>
<td>权重（%）</td><td>折算得分</td></tr>
<tr><td>产出指标</td><td>修缮校舍</td><td>≥6所</td><td>6所</td><td>100</td><td>40</td><td>40</td></tr>
<tr><td>产出指标</td><td>工程验收合格率</td><td>100%</td><td>95%</td><td>95</td><td>30</td><td>28.5</td></tr>
<tr><td>效益指标</td><td>学生满意度</td><td>≥90%</td><td>85%</td><td>90</td><td>30</td><td>27</td></tr>""")
    recs = normalize_document(doc)
    assert [(i.weight.raw, i.score.raw, i.item_score.raw) for i in recs.indicators] == [
        ("40", "40", "100"), ("30", "28.5", "95"), ("30", "27", "90")]
    assert recs.projects[0].scoring_model == "weighted-share"


def test_a_fund_line_of_words_and_figures_heads_the_indicator_table():
    """The fund line as label / value pairs with no colons (预算安排 … | 预算数 | 80.00 | 执行数 | …),
    the first row of the indicator table: a fund line, not a fund header over the indicator rows;
    得分（10分） states the fund weight."""
    doc = _html("""<tr><td>资金使用（万元）</td><td>年度预算数</td><td>80.00</td><td>实际支出数</td><td>76.00</td>
<td>执行率</td><td>95%</td><td>得分（10分）</td><td>9.5</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标说明</td><td>分值</td><td>指标值</td><td>完成值</td>
<td>得分</td><td>偏差原因</td></tr>
<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>购置设备</td><td>年内购置台数</td><td>50</td><td>≥20台</td>
<td>20台</td><td>50</td><td></td></tr>
<tr><td>质量指标</td><td>设备验收合格率</td><td>合格台数/购置台数</td><td>40</td><td>100%</td><td>100%</td><td>40</td>
<td></td></tr>""")
    recs = normalize_document(doc)
    p = recs.projects[0]
    assert [f.raw for f in (p.budget_full_year, p.executed, p.exec_rate_stated, p.fund_weight, p.fund_score)] == \
        ["80.00", "76.00", "95%", "10", "9.5"]
    assert [(i.level3, i.weight.raw, i.score.raw) for i in recs.indicators] == [("购置设备", "50", "50"),
                                                                              ("设备验收合格率", "40", "40")]


def test_fund_words_with_no_money_under_them_leave_the_indicator_header_below_alone():
    """A row of fund words whose next row is the 一级指标 header: no money row under the words, so
    the indicator header still starts the indicator table."""
    doc = _html("""<tr><td>资金情况</td><td>预算数</td><td>执行数</td><td>执行率</td><td>得分</td><td></td><td></td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>指标值</td><td>完成值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>购置设备</td><td>50</td><td>≥20台</td><td>20台</td><td>50</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>服务人数</td><td>40</td><td>≥300人</td><td>310人</td><td>40</td></tr>""")
    recs = normalize_document(doc)
    assert [(i.level3, i.target.raw, i.weight.raw) for i in recs.indicators] == [("购置设备", "≥20台", "50"),
                                                                               ("服务人数", "≥300人", "40")]


def test_an_indicator_named_for_the_spending_rate_with_its_formula_is_a_row_not_a_fund_header():
    """资金执行率 with the formula 执行数÷预算数 in its 计算方法 cell names two fund columns, but its
    cells hold figures (分值 20, ≥90%, 96%): an indicator row under its levels, and the rows after it
    and the 总分 below them are read on."""
    doc = _html("""<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>计算方法</td><td>分值</td>
<td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>培训次数</td><td>年内培训场次</td><td>30</td><td>≥10次</td><td>12次</td>
<td>30</td></tr>
<tr><td>过程指标</td><td>资金管理</td><td>资金执行率</td><td>执行数÷预算数×100%</td><td>20</td><td>≥90%</td>
<td>96%</td><td>20</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>受训人数</td><td>参训人员数</td><td>50</td><td>≥300人</td><td>310人</td>
<td>50</td></tr>
<tr><td colspan=4>总分</td><td>100</td><td></td><td></td><td>100</td></tr>""")
    recs = normalize_document(doc)
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight.raw) for i in recs.indicators] == [
        ("培训次数", "≥10次", "12次", "30"), ("资金执行率", "≥90%", "96%", "20"), ("受训人数", "≥300人", "310人", "50")]
    assert recs.projects[0].total_score_stated.raw == "100"


def test_an_indicator_on_two_rows_whose_labels_say_which_value_each_row_holds():
    """One 数值 column for both values, each indicator on two rows; the 项目 column (计划 / 实际)
    says which row holds the target and which the actual, the name, 分值 and 得分 merged over the pair."""
    doc = _html("""<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>项目</td><td>数值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=4>产出指标</td><td rowspan=2>数量指标</td><td rowspan=2>维修路灯数</td><td>计划</td><td>≥600盏</td>
<td rowspan=2>50</td><td rowspan=2>50</td></tr>
<tr><td>实际</td><td>640盏</td></tr>
<tr><td rowspan=2>质量指标</td><td rowspan=2>亮灯率</td><td>计划</td><td>≥98%</td><td rowspan=2>50</td><td rowspan=2>45</td></tr>
<tr><td>实际</td><td>96%</td></tr>
<tr><td colspan=5>总分</td><td>100</td><td>95</td></tr>""")
    recs = normalize_document(doc)
    assert [(i.level3, i.target.raw, i.actual.raw, i.actual.loc.row, i.weight.raw) for i in recs.indicators] == [
        ("维修路灯数", "≥600盏", "640盏", 2, "50"), ("亮灯率", "≥98%", "96%", 4, "50")]
    assert recs.unread_rows == 0


def test_an_indicator_on_two_rows_with_its_cells_repeated_and_the_result_row_first():
    """The same form exported with the merged cells repeated on both rows, the 完成 row above the 预期
    row: one indicator a pair, each value from the row its label names."""
    head = ["一级指标", "二级指标", "三级指标", "类型", "指标值", "分值", "得分"]
    rows = [head,
            ["效益指标", "社会效益指标", "受益人数", "完成", "1200人", "60", "60"],
            ["效益指标", "社会效益指标", "受益人数", "预期", "≥1000人", "60", "60"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "完成", "93%", "40", "40"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "预期", "≥90%", "40", "40"]]
    recs = normalize_document(_doc(rows))
    assert [(i.level3, i.target.raw, i.actual.raw, i.target.loc.row) for i in recs.indicators] == [
        ("受益人数", "≥1000人", "1200人", 2), ("群众满意度", "≥90%", "93%", 4)]


def test_an_indicators_subtotal_before_the_stated_total_score():
    """合计 under the indicator rows adds up the indicators only (weights 80, scores 78); 自评总分
    below it is that plus the fund's score: the total is 自评总分, and 80 is no total weight."""
    doc = _html("""<tr><td colspan=2>资金情况（万元）</td><td>预算数</td><td>执行数</td><td>执行率</td><td>分值</td>
<td>得分</td></tr>
<tr><td colspan=2>总额</td><td>50.00</td><td>49.00</td><td>98%</td><td>20</td><td>19.6</td></tr>
<tr><td>一级指标</td><td>三级指标</td><td>指标值</td><td>完成值</td><td>分值</td><td>得分</td><td></td></tr>
<tr><td>产出指标</td><td>检修泵站</td><td>12座</td><td>12座</td><td>50</td><td>50</td><td></td></tr>
<tr><td>效益指标</td><td>排涝达标率</td><td>≥95%</td><td>90%</td><td>30</td><td>28</td><td></td></tr>
<tr><td colspan=4>合计</td><td>80</td><td>78</td><td></td></tr>
<tr><td colspan=4>自评总分</td><td colspan=3>97.6</td></tr>""")
    recs = normalize_document(doc)
    p = recs.projects[0]
    assert (p.total_score_stated.raw, p.total_weight_stated) == ("97.6", None)
    assert [f.rule for f in check(recs) if f.rule.startswith("JX30")] == []


def test_a_level_heading_whose_points_lost_their_closing_bracket():
    """A heading wrapped in its cell (质量指标（20 / 分）) whose second line lost the bracket in a
    scan: the points are still the heading's points, not part of its name."""
    doc = _html("""<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>完成值</td><td>分值</td>
<td>得分</td></tr>
<tr><td>产出指标</td><td>质量指标（20分</td><td>验收合格率</td><td>100%</td><td>100%</td><td>20</td><td>20</td></tr>""")
    [i] = normalize_document(doc).indicators
    assert (i.level2, i.level2_raw, i.level2_points.raw) == ("质量指标", "质量指标", "20")


def test_a_scanned_names_second_line_on_a_row_of_its_own_is_joined_back_and_only_on_a_scan():
    """A ruled scan split a wrapped name cell (设备运行维护 / 制度) into two rows: the second line,
    alone in the name column, ends the name above. Read from a Word table, such a row is not joined."""
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "购置设备", "≥5台", "5台", "50", "50"],
            ["", "", "设备运行维护", "建立", "已建立", "50", "50"],
            ["", "", "制度", "", "", "", ""]]
    assert [i.level3 for i in normalize_document(_doc(rows, scan=True)).indicators] == ["购置设备", "设备运行维护制度"]
    assert [i.level3 for i in normalize_document(_doc(rows)).indicators] == ["购置设备", "设备运行维护"]


def test_a_scanned_level_name_one_character_off_is_read_as_that_level_and_only_on_a_scan():
    """251's scan: 服务对象满息度指标 (意 read 息), like 生态效盖指标 (益 read 盖), is a template level name one
    character off (250's 社会效益指 is read already: it holds 社会效益 whole). On a scan they are read as those levels, the raw text
    kept; a Word table's cell is read as written, and a short name (效率指标, a real level elsewhere,
    one off 效益指标) or one as near two names (经会效益指标: 经济 or 社会) is not read as any."""
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
            ["效益指标", "生态效盖指标", "受益养殖户", "≥300户", "320户", "20", "20"],
            ["满意度指标", "服务对象满息度指标", "群众满意度", "≥90%", "93%", "20", "20"],
            ["效益指标", "经会效益指标", "带动增收", "≥5%", "6%", "20", "20"],
            ["效率指标", "时效指标", "完成及时率", "100%", "100%", "20", "20"]]
    scan = normalize_document(_doc(rows, scan=True)).indicators
    assert [(i.level2, i.level2_raw) for i in scan[:3]] == [
        ("生态效益指标", "生态效盖指标"), ("服务对象满意度指标", "服务对象满息度指标"), (None, "经会效益指标")]
    assert (scan[3].level1, scan[3].level1_raw) == ("产出指标", "效率指标")   # from its level 2's parent, as before
    assert "生态效益指标" in scan[0].note
    assert [i.level2 for i in normalize_document(_doc(rows)).indicators][:3] == [None, None, None]


def test_the_level_names_read_one_character_off_are_two_apart_from_every_other_level_form():
    """The level names a scan's cell may be read as when one character off must be at least two edits
    from every form of every other level (and from each other), so that no level written right, nor
    another one misread by a character, can be taken for them unless it is nearer them than to others."""
    from jixiao.normalize.vocab import FRAMEWORK_LEVEL2, LEVEL1, LEVEL2, NEAR_LEVEL2, one_off
    assert {"社会效益指标", "服务对象满意度指标"} <= set(NEAR_LEVEL2)
    forms = {(name, v) for name, vs in LEVEL1.items() for v in vs}
    forms |= {(name, v) for table in (LEVEL2, FRAMEWORK_LEVEL2) for name, (_, vs) in table.items() for v in vs}
    for near in NEAR_LEVEL2:
        assert not [v for name, v in forms if name != near and (v == near or one_off(v, near))], near
    assert one_off("社会效益指", "社会效益指标") and one_off("生态效盖指标", "生态效益指标") and one_off("服务对象满息度指标", "服务对象满意度指标")
    assert not one_off("经济效益指标", "社会效益指标") and not one_off("社会效益指标", "社会效益指标")


def test_rows_that_lost_the_section_label_left_of_the_level_columns():
    """Sichuan 2023: 绩效指标(90分) heads the row and spans the rows below; a text copy loses it in
    the data rows, which slide one column left. Fitted by content, never read as ≥ for the target."""
    rows = [
        ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        ["产出指标", "数量指标", "会议培训举办次数", "≥", "1", "次", "1", "20", "20", "", ""],
        ["效益指标", "社会效益指标", "群众知晓率", "≥", "90", "%", "92", "30", "30", "", ""],
        ["", "", "政策落实率", "=", "100", "%", "100", "40", "40", "", ""],
    ]
    doc = _docs(rows)
    r = normalize_document(doc)
    assert [(i.level1, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in r.indicators] == [
        ("产出指标", "会议培训举办次数", "≥1次", "1次", "20", "20"), ("效益指标", "群众知晓率", "≥90%", "92%", "30", "30"),
        ("效益指标", "政策落实率", "=100%", "100%", "40", "40")]
    assert all("对齐" in i.note for i in r.indicators) and r.unread_rows == 0
    # provenance stays with the cell as written, not the column it was fitted to
    t = doc.tables()[0]
    assert [(t.cell_at(i.weight.loc.row, i.weight.loc.col).text, t.cell_at(i.score.loc.row, i.score.loc.col).text)
            for i in r.indicators] == [("20", "20"), ("30", "30"), ("40", "40")]


def test_an_operator_column_joins_its_sign_as_written_and_only_the_parsed_op_folds_widths():
    """指标性质 | 指标值 | 度量单位 with full-width signs (＝, ＞, ≧): the joined target keeps the sign the
    cell wrote; the parsed operator is the one comparison whatever its width. A word (大于等于) joins
    as the sign it names."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "分值", "得分"],
        ["产出指标", "数量指标", "维修站点数", "＞", "6", "个", "7", "20", "20"],
        ["", "质量指标", "验收通过率", "＝", "100", "%", "100", "30", "30"],
        ["效益指标", "社会效益指标", "服务覆盖率", "≧", "90", "%", "93", "30", "30"],
        ["", "", "群众知晓率", "大于等于", "85", "%", "88", "20", "20"],
    ]
    r = normalize_document(_docs(rows))
    assert [(i.target.raw, i.target.q.op, i.target.q.value) for i in r.indicators] == [
        ("＞6个", ">", 6), ("＝100%", "=", 100), ("≧90%", ">=", 90), ("≥85%", ">=", 85)]


def test_a_garbled_header_and_an_unnamed_column_take_their_roles_from_their_cells():
    """OCR gives 际实完戍值 for 实际完成值 (two characters swapped, one misread); a 重点 column holds
    是/否. Header words and cells vote; the roles are assigned jointly and the evidence is kept in a
    warning."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "际实完戍值", "分值", "得分", "重点"],
        ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "20", "20", "是"],
        ["", "质量指标", "合格率", "≥95%", "96%", "30", "30", "否"],
        ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "88%", "50", "48", "否"],
    ]
    r = normalize_document(_docs(rows))
    assert [(i.actual.raw, i.core) for i in r.indicators] == [("1200人次", "是"), ("96%", "否"), ("88%", "否")]
    assert any("际实完戍值" in w and "按单元格内容读作实际完成值" in w for w in r.warnings)
    assert any("重点" in w and "按单元格内容读作是否核心指标" in w for w in r.warnings)


def test_a_column_no_field_reads_is_named_and_a_yes_no_column_is_read_as_core_by_its_cells():
    """1307 (指标来源), 1309 (完成进度（累计）), 1311 (子项目 before the levels): a column whose header names no
    field of the record and whose cells hold something was passed over unsaid; it is named in a warning with
    one of its cells. 是/否 cells under an unknown header (关键) are the core column by their content; the rows'
    numbers (序号) and a header with nothing under it are not named."""
    rows = [
        ["序号", "子项目", "一级指标", "二级指标", "三级指标", "指标来源", "年度指标值", "实际完成值", "分值", "得分",
         "关键", "说明"],
        ["1", "机耕道建设", "产出指标", "数量指标", "新建机耕道", "项目实施方案", "≥12公里", "12.5公里", "40", "40", "是", ""],
        ["2", "机耕道建设", "", "质量指标", "验收合格率", "行业标准", "100%", "100%", "30", "30", "否", ""],
        ["3", "水肥一体化", "满意度指标", "服务对象满意度指标", "茶农满意度", "其他", "≥90%", "96%", "30", "30", "否", ""],
    ]
    r = normalize_document(_docs(rows))
    assert [(i.level3, i.core) for i in r.indicators] == [("新建机耕道", "是"), ("验收合格率", "否"), ("茶农满意度", "否")]
    said = [w for w in r.warnings if "不对应指标记录的任何字段" in w]
    assert len(said) == 1 and "第2列“子项目”（如“机耕道建设”）" in said[0] and "第6列“指标来源”（如“项目实施方案”）" in said[0]
    assert "序号" not in said[0] and "说明" not in said[0] and "关键" not in said[0]


def test_a_level_heading_between_a_table_and_its_continuation_heads_the_rows_below_it():
    """1120.pdf: a level heading left between two pieces of one table (a paragraph between them, or the first row
    of the piece a page break carried on) is the level of the rows below it, not the levels the rows before it
    had (合格率 read 数量指标, unsaid); read from a paragraph, it is said."""
    head = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "20", "20"]]
    more = [["", "", "合格率", "≥95%", "96%", "30", "30"], ["", "", "及时率", "≥90%", "92%", "50", "50"]]
    apart = normalize_document(document(head, "（二）质量指标", more))
    on_top = normalize_document(document(head, [["（二）质量指标"] + [""] * 6] + more))
    for r in (apart, on_top):
        assert [(i.level1, i.level2, i.level3) for i in r.indicators] == [
            ("产出指标", "数量指标", "培训人次"), ("产出指标", "质量指标", "合格率"), ("产出指标", "质量指标", "及时率")]
    assert any("“（二）质量指标”为指标层级标题" in w for w in apart.warnings)


def test_column_roles_are_one_per_column_with_the_best_total():
    from jixiao.normalize.columns import assign
    rows = [["培训人次", "≥", "1000", "人次", "1200", "20", "18"],
            ["合格率", "≥", "95", "%", "96", "30", "30"],
            ["知晓率", "=", "100", "%", "90", "50", "45"]]
    roles, _ = assign([[] for _ in range(7)], rows)
    assert roles == {"level3": 0, "nature": 1, "target": 2, "unit": 3, "actual": 4, "weight": 5, "score": 6}
    swapped = [[x[0], x[1], x[2], x[3], x[4], x[6], x[5]] for x in rows]   # scores never above weights
    roles, _ = assign([[] for _ in range(7)], swapped)
    assert (roles["weight"], roles["score"]) == (6, 5)


def test_a_table_that_continues_without_a_header_takes_the_previous_columns_or_its_cells():
    head = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "20", "20"]]
    more = [["", "质量指标", "合格率", "≥95%", "96%", "30", "30"],
            ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "88%", "50", "48"]]
    r = normalize_document(_docs(head, more))
    assert [(i.level1, i.level3, i.actual.raw, i.score.raw) for i in r.indicators] == [
        ("产出指标", "培训人次", "1200人次", "20"), ("产出指标", "合格率", "96%", "30"), ("效益指标", "群众知晓率", "88%", "48")]
    assert len(r.projects) == 1 and any("续表" in w for w in r.warnings)
    # a first page lost: no previous table, the columns inferred from the cells
    alone = [["产出指标", "数量指标", "培训人次", "≥", "1000", "人次", "1200", "20", "20"],
             ["", "质量指标", "合格率", "≥", "95", "%", "96", "30", "30"],
             ["效益指标", "社会效益指标", "群众知晓率", "≥", "90", "%", "88", "50", "48"]]
    r = normalize_document(_docs(alone))
    assert [(i.level1, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in r.indicators] == [
        ("产出指标", "培训人次", "≥1000人次", "1200人次", "20", "20"), ("产出指标", "合格率", "≥95%", "96%", "30", "30"),
        ("效益指标", "群众知晓率", "≥90%", "88%", "50", "48")]


def test_levels_carry_over_a_page_break_with_the_header_repeated_or_not():
    """A table split over two pages, the header written again on the second (or not): its first
    row's blank level cells continue the levels of the last row before the break."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    page1 = [head, ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "20", "20"],
             ["效益指标", "经济效益指标", "带动就业人数", "≥50人", "62人", "20", "20"]]
    rest = [["", "", "带动增收", "≥30万元", "35万元", "20", "20"],
            ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "93%", "10", "10"]]
    for page2 in ([head] + rest, rest):
        r = normalize_document(_docs(page1, page2))
        assert [(i.level1, i.level2, i.level3) for i in r.indicators][1:3] == [
            ("效益指标", "经济效益指标", "带动就业人数"), ("效益指标", "经济效益指标", "带动增收")]
    # level 1 written as section rows, no 一级 column: the level-2 cell blank after the break
    sec = ["二级指标", "三级指标", "年度目标值", "全年实际值", "分值", "得分"]
    page1 = [sec, ["产出指标", "", "", "", "", ""], ["数量指标", "培训人次", "≥1000人次", "1200人次", "20", "20"],
             ["效益指标", "", "", "", "", ""], ["经济效益指标", "带动就业人数", "≥50人", "62人", "20", "20"]]
    page2 = [sec, ["", "带动增收", "≥30万元", "35万元", "20", "20"]]
    r = normalize_document(_docs(page1, page2))
    assert [(i.level1, i.level2, i.level3) for i in r.indicators][-1] == ("效益指标", "经济效益指标", "带动增收")


def test_an_empty_level2_cell_opening_another_level1_takes_no_level2_from_the_one_above():
    """525: the first 效益指标 row's 二级指标 cell left empty: the 成本指标 above belongs to 产出指标, so
    it is not carried over the boundary; the level 2 stays empty, said in the row's note. Within a
    level 1 the empty cell still continues the group above."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "成本指标", "生均补助标准", "≤300元", "300元", "20", "20"],
            ["效益指标", "", "减轻接送负担家庭", "≥15万户", "15.6万户", "20", "20"],
            ["效益指标", "社会效益指标", "学生综合素质", "明显提升", "明显提升", "20", "20"],
            ["", "", "家长参与度", "≥80%", "85%", "20", "20"]]
    r = normalize_document(_docs(rows))
    assert [(i.level1, i.level2) for i in r.indicators] == [
        ("产出指标", "成本指标"), ("效益指标", None), ("效益指标", "社会效益指标"), ("效益指标", "社会效益指标")]
    assert "不沿用" in r.indicators[1].note


def test_a_level_whose_points_note_lost_its_figure_is_still_that_level():
    """034 (a document site's copy that lost every figure): 效益指标(分), its points' figure gone, is the level
    效益指标 all the same, so the 过程指标 row under it with an empty 二级指标 cell opens another level 1 and
    takes no level 2 from 效益指标's 社会效益指标 (the boundary is told only where both level 1s are known)."""
    rows = [["一级指标", "二级指标", "三级指标", "年初目标值()", "实际完成值()", "分值", "得分"],
            ["效益指标(分)", "社会效益指标", "资金发放率", "100%", "100%", "10", "10"],
            ["", "", "困难生完成学业率", "≥95%", "98%", "10", "10"],
            ["过程指标", "", "评审程序是否公正", "是", "是", "10", "10"]]
    r = normalize_document(_docs(rows))
    assert [(i.level1, i.level2) for i in r.indicators] == [
        ("效益指标", "社会效益指标"), ("效益指标", "社会效益指标"), ("过程指标", None)]
    assert "不沿用" in r.indicators[2].note
    assert bare("产出指标（ 分）") == "产出指标" and bare("得分(分*执行率)") == "得分(分*执行率)"


def test_a_form_whose_rows_name_indicators_and_leave_every_value_blank_says_it_could_not_check_them():
    """034 (a copy that lost every figure): rows naming their indicators with target, result, weight and
    score all blank are kept as the form names them, raise no flag, and the document says once that
    they (and the fund, no amount of it read) could not be checked; a form with one blank row among
    filled ones says nothing of the kind."""
    doc = _html("""<tr><td>预算执行情况(万元)(分)</td><td>预算数()</td><td>执行数()</td><td>执行率()</td><td colspan=3>得分(分*执行率)</td></tr>
<tr><td>年度财政资金总额</td><td></td><td></td><td></td><td colspan=3>分</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年初目标值()</td><td>实际完成值()</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=3>产出指标</td><td rowspan=2>数量指标</td><td>国家奖学金人数</td><td></td><td></td><td></td><td></td></tr>
<tr><td>国家助学金人数</td><td></td><td></td><td></td><td></td></tr>
<tr><td>成本指标</td><td>国家助学金人均资助</td><td></td><td></td><td></td><td></td></tr>
<tr><td>过程指标</td><td></td><td>评审程序是否公正</td><td>是</td><td>是</td><td></td><td></td></tr>""")
    r = normalize_document(doc)
    assert [i.level3 for i in r.indicators] == ["国家奖学金人数", "国家助学金人数", "国家助学金人均资助", "评审程序是否公正"]
    said = [w for w in r.warnings if "均为空" in w and "无从核对" in w]
    assert len(said) == 1 and "4个指标中有3个" in said[0] and "项目资金亦未读到金额" in said[0]
    assert check(r) == []
    filled = [["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "分值", "得分"],
              ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "20", "20"],
              ["", "", "培训天数", "", "", "", ""],
              ["", "质量指标", "合格率", "≥90%", "95%", "20", "20"]]
    assert not [w for w in normalize_document(_docs(filled)).warnings if "无从核对" in w]


def test_a_section_row_either_level_over_a_row_whose_level2_cell_is_its_level2_is_that_rows_level1():
    """901: section rows out to the left of a 二级指标 column; 满意度指标 (a level 1, or the 2018 template's
    level 2 under 效益指标) over a row whose level-2 cell is 服务对象满意度指标 is that row's level 1,
    kept as its raw text, not the 效益指标 above (the row's level 2 is its own cell)."""
    rows = [["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["效益指标", "", "", "", "", ""],
            ["社会效益指标", "图书年外借量", "≥18万册次", "19.2万册次", "10", "10"],
            ["满意度指标", "", "", "", "", ""],
            ["服务对象满意度指标", "读者满意度", "≥90%", "95%", "10", "10"]]
    r = normalize_document(_docs(rows))
    assert [(i.level1, i.level1_raw, i.level2) for i in r.indicators] == [
        ("效益指标", "效益指标", "社会效益指标"), ("满意度指标", "满意度指标", "服务对象满意度指标")]


def test_a_section_row_carrying_its_points_over_a_level2_heading_of_its_own_name_is_a_level1():
    """1034 (Excel rows grouped as an outline, no level columns): 满意度指标 | 22 | 22 (a level 1 carrying its
    points, or the 2018 template's level 2 under 效益指标) over the heading 服务对象满意度指标 is the level 1 those
    rows are under, judged by the row below as a section row without points is; before, it was read as a
    level 2 under 效益指标, and the heading under it as the level 1, the rows' level 2 lost."""
    rows = [["绩效指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["效益指标", "", "", "6", "6"],
            ["社会效益指标", "", "", "", ""],
            ["农村公路列养率", "100%", "100%", "6", "6"],
            ["满意度指标", "", "", "10", "10"],
            ["服务对象满意度指标", "", "", "", ""],
            ["沿线群众满意度", "≥90%", "93.7%", "10", "10"]]
    r = normalize_document(_docs(rows))
    assert [(i.level1, i.level1_raw, i.level2_raw) for i in r.indicators] == [
        ("效益指标", "效益指标", "社会效益指标"), ("满意度指标", "满意度指标", "服务对象满意度指标")]


def test_results_printed_beside_an_empty_result_column_under_no_head_of_their_own_are_the_actuals():
    """902.pdf: the 实际完成值 cells empty on every row, each result a note Excel prints beside its cell,
    read into a column right of the table under 得分's head spanning it: read as the actuals, said. A
    column of remarks there (sentences) is no column of results."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", None]
    rows = [head, ["产出指标", "数量指标", "受益学生人数", "≥6.8万人", "", "10", "10", "6.92万人"],
            ["", "质量指标", "食堂供餐率", "≥90%", "", "6", "6", "93.5%"],
            ["效益指标", "可持续影响指标", "营养改善长效机制", "持续完善", "", "6", "6", "持续完善"]]
    r = normalize_document(_docs(rows))
    assert [(i.actual.q.raw, i.actual.value) for i in r.indicators] == [
        ("6.92万人", Decimal("69200")), ("93.5%", Decimal("93.5")), ("持续完善", None)]
    assert any("第8列" in w and "按实际完成值读取" in w for w in r.warnings)
    remarks = [head] + [x[:7] + [f"{x[7]}，已核实。"] for x in rows[1:]]
    assert [i.actual.q.raw for i in normalize_document(_docs(remarks)).indicators] == ["", "", ""]


def test_rows_that_slid_are_fitted_by_content_or_left_unread():
    """Merged level cells lost in a copy: the row slides left. Fitted where one offset puts every cell
    where it can be (a figure is never a name, 是/否 goes to core); unread, with a warning, otherwise."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "是否核心指标"],
        ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "20", "20", "是"],
        ["合格率", "≥95%", "96%", "30", "30", "否"],
        ["知晓率", "90%", "10", "否"],
    ]
    r = normalize_document(_docs(rows))
    assert [(i.level2, i.level3, i.target.raw, i.actual.raw, i.score.raw, i.core) for i in r.indicators] == [
        ("数量指标", "培训人次", "≥1000人次", "1200人次", "20", "是"), ("数量指标", "合格率", "≥95%", "96%", "30", "否")]
    assert any("知晓率" in w and "未读取" in w for w in r.warnings) and r.unread_rows == 1
    # counted once and named once, the reason with its cells (normalize.unread.say_unread)
    assert [w for w in r.warnings if "第4行" in w] == \
        ["mem 块0 表1 第4行：三级指标一栏为数值“10”，疑为合并单元格丢失造成错位，该行未读取（知晓率｜90%｜10｜否）"]


def test_a_row_whose_cells_after_an_empty_one_stand_a_column_right_is_moved_back_and_said():
    """1033.pdf (a tab-separated <textarea> printed): a name longer than its tab stop pushes the rest of its
    line a stop on, so the printed row has an empty cell under 年度指标值 and its last figure out past the
    table's columns. The cells after the gap each fit the column left of theirs: moved back, said in the
    row's note; before, the target was read empty and the actual as ≥72%, unsaid (JX302, JX303 false)."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", ""],
        ["产出指标", "数量指标", "人工种草", "≥1.5万亩", "1.52万亩", "50", "50", ""],
        ["效益指标", "生态效益指标", "项目区草原综合植被盖度", "", "≥72%", "68.4%", "40", "38"],
        ["满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%", "91.8%", "10", "10", ""],
    ]
    r = normalize_document(_docs(rows))
    assert [(i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in r.indicators] == [
        ("≥1.5万亩", "1.52万亩", "50", "50"), ("≥72%", "68.4%", "40", "38"), ("≥90%", "91.8%", "10", "10")]
    assert "第5列起各格右移一列" in r.indicators[1].note
    assert r.indicators[1].target.loc.col == 4   # provenance: the cell as written
    assert not r.indicators[0].note


def test_an_evaluation_framework_table_reads_its_weights_and_second_levels():
    """项目决策 / 项目管理 / 项目产出 / 项目效益 with 项目立项, 资金管理, 项目实施 and a 分值 column; and the
    form without a 三级指标 column (项目权重 | 评价内容 | 分值 | 自评分 | 复核分)."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"],
        ["项目决策(20分)", "项目立项(8分)", "立项依据充分性", "8", "依据充分得8分", "8"],
        ["", "绩效目标(12分)", "绩效目标合理性", "12", "目标合理得12分", "10"],
        ["项目管理(20分)", "资金管理(10分)", "资金到位率", "10", "到位率×分值", "10"],
        ["", "项目实施(10分)", "管理制度健全性", "10", "制度健全得10分", "9"],
        ["项目产出(30分)", "产出数量(30分)", "实际完成率", "30", "完成率×分值", "28"],
        ["项目效益(30分)", "项目效益(30分)", "社会效益", "30", "效益明显得30分", "27"],
        ["总分", "", "", "100", "", "92"],
    ]
    r = normalize_document(_docs(rows))
    assert [(i.level1, i.level2, i.weight.raw, i.score.raw, i.level2_points.raw) for i in r.indicators] == [
        ("决策指标", "项目立项", "8", "8", "8"), ("决策指标", "绩效目标", "12", "10", "12"),
        ("过程指标", "资金管理", "10", "10", "10"), ("过程指标", "组织实施", "10", "9", "10"),
        ("产出指标", "数量指标", "30", "28", "30"), ("效益指标", None, "30", "27", "30")]
    criteria = [
        ["项目权重", "评价内容", "分值", "自评分", "复核分", "评价标准及依据"],
        ["项目决策 2分", "决策依据", "2", "2", "", "有项目年度工作计划计2分"],
        ["项目管理 13分", "财务制度", "3", "3", "", "有制度计3分"],
        ["", "组织机构", "2", "2", "", "有专人负责计2分"],
    ]
    r = normalize_document(_docs(criteria))
    # the 项目权重 column groups the criteria, the level above them: not the framework's level 1; its points
    # are the group's (level2_points), apart from its name
    assert [(i.level1, i.level2_raw, i.level3, i.weight.raw, i.score.raw, i.level2_points.raw)
            for i in r.indicators] == [
        (None, "项目决策", "决策依据", "2", "2", "2"), (None, "项目管理", "财务制度", "3", "3", "13"),
        (None, "项目管理", "组织机构", "2", "2", "13")]
    assert r.unread_rows == 0


def test_an_evaluations_criteria_and_its_indicator_table_are_one_project_the_groups_above_level_1():
    """046 (Hubei 广水): 项目决策 2分 and 项目管理 13分 stand in the 项目权重 column beside 项目绩效 85分,
    which holds the rows its own header calls 一级指标 (产出指标 40分): the groups are above level 1,
    and the criteria and the indicator rows are one project's evaluation."""
    rows = [
        ["项目名称", "办公局域网维护费", "", "", "", ""],
        ["项目权重", "评价内容", "分值", "自评分", "复核分", "评价标准及依据"],
        ["项目决策 2分", "决策依据", "2", "2", "", "有项目年度工作计划计2分"],
        ["项目管理 13分", "财务制度", "3", "3", "", "有制度计3分"],
        ["项目绩效 85分", "项目年度目标1：对机关局域网络改造升级", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年初指标值", "年终完成值", "自评分"],
        ["产出指标 40分", "数量指标 15分", "采购设备", "10台套", "10台套", "15"],
    ]
    r = normalize_document(_docs(rows))
    assert [p.name for p in r.projects] == ["办公局域网维护费"]
    assert [(i.level1, i.level2_raw, i.level3, i.level2_points.raw) for i in r.indicators] == [
        (None, "项目决策", "决策依据", "2"), (None, "项目管理", "财务制度", "13"), ("产出指标", "数量指标", "采购设备", "15")]


def test_fund_header_spellings_by_their_head_noun_and_a_total_row_one_column_off():
    rows = [
        ["项目资金（万元）", "年初预算", "全年预算", "全年执行", "分值", "预算执行率(B/A×100%)", "得分"],
        ["年度资金总额", "100", "120", "108", "10", "90%", "9"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "90", "90"],
        ["总分", "", "", "", "100", "99", ""],
    ]
    r = normalize_document(_docs(rows))
    [p] = r.projects
    assert (p.executed.raw, p.exec_rate_stated.raw, p.total_weight_stated.raw, p.total_score_stated.raw) == \
        ("108", "90%", "100", "99")


def test_fund_header_head_nouns_progress_handed_down_and_points():
    """支出进度 is a rate (进度 of the spending), 下达 beside a budget column the money handed down
    (its arrival), 权数 / 分数 the points; read by the head noun, each checked against the cells."""
    for weight_word, score_word in (("权数", "评分"), ("分数", "实得分")):
        rows = [
            ["资金（万元）", "年初预算", "调整后预算", "下达资金", "全年支出", "资金支出进度", weight_word, score_word],
            ["资金总额", "80.00", "90.00", "90.00", "72.00", "80.00%", "20", "16"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "维修设备", "≥40台", "44台", "80", "80"],
        ]
        [p] = normalize_document(_docs(rows)).projects
        assert (p.arrived.raw, p.exec_rate_stated.raw, p.fund_weight.raw, p.fund_score.raw) == \
            ("90.00", "80.00%", "20", "16"), weight_word
        assert p.exec_rate_stated.value == p.executed.value / p.budget_full_year.value * 100
        assert p.fund_weight.value >= p.fund_score.value


def test_two_kind_columns_are_the_two_levels_and_two_score_words_the_points_and_the_score():
    """指标类型 | 指标分类 side by side: the outer is level 1 (产出 / 效益), the inner level 2; 分数 beside
    得分: the word that does not say got is the points, so the 合计 row's 100 is the points and its
    other figure the total score."""
    rows = [
        ["指标类型", "指标分类", "指标名称", "指标值", "实际值", "分数", "得分"],
        ["产出", "数量指标", "维修路灯", "≥400盏", "420盏", "50", "50"],
        ["", "时效指标", "维修完成时间", "2024年10月底前", "2024年9月", "20", "20"],
        ["效益", "社会效益指标", "夜间出行便利度", "提升", "有所提升", "30", "24"],
        ["合计", "", "", "", "", "100", "94"],
    ]
    r = normalize_document(_docs(rows))
    assert [(i.level1, i.level2, i.weight.raw, i.score.raw) for i in r.indicators] == [
        ("产出指标", "数量指标", "50", "50"), ("产出指标", "时效指标", "20", "20"), ("效益指标", "社会效益指标", "30", "24")]
    assert r.projects[0].total_score_stated.raw == "94"


def test_a_table_of_results_joined_by_the_indicator_name_completes_the_targets_table():
    """Targets and points in one table, results and scores in a second that names each indicator
    again and nothing else: the second completes the first's rows (its cells, their provenance);
    its 合计 states the scores' total, and a table naming an indicator the first lacks is not joined."""
    targets = [["一级指标", "二级指标", "三级指标", "年度目标", "权数"],
               ["产出指标", "数量指标", "新修村道", "≥20公里", "60"],
               ["", "时效指标", "完工时间", "2024年第三季度", "20"],
               ["满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", "20"]]
    results = [["三级指标", "全年完成", "评价得分", "偏差说明"],
               ["新修村道", "18公里", "54", "雨季停工"],
               ["完工时间", "2024年9月", "20", ""],
               ["村民满意度", "90%", "20", ""],
               ["合计", "", "94", ""]]
    r = normalize_document(_docs(targets, results))
    assert [(i.level3, i.target.q.raw, i.actual.q.raw, i.actual.q.unit, i.weight.raw, i.score.raw)
            for i in r.indicators] == [("新修村道", "≥20公里", "18公里", "公里", "60", "54"),
                                       ("完工时间", "2024年第三季度", "2024年9月", "", "20", "20"),
                                       ("村民满意度", "≥85%", "90%", "%", "20", "20")]
    assert r.indicators[0].reason == "雨季停工" and r.indicators[0].actual.loc.table == 1
    assert (r.projects[0].total_score_stated.raw, r.projects[0].total_score_stated.loc.table) == ("94", 1)
    other = [row[:] for row in results]
    other[2][0] = "村道养护里程"   # names no indicator of the first table
    assert all(i.score is None for i in normalize_document(_docs(targets, other)).indicators[:3])
    misread = [row[:] for row in results]
    misread[2][0] = "完エ时间"   # one character misread, in the place of 完工时间: the same indicator
    r = normalize_document(_docs(targets, misread))
    assert [(i.level3, i.actual.q.raw, i.score.raw) for i in r.indicators][1] == ("完工时间", "2024年9月", "20")
    assert len(r.indicators) == 3 and "按行序对应" in r.indicators[1].note


def test_unread_rows_count_and_name_the_indicator_like_rows_that_gave_no_record():
    rows = [["考核内容", "要求", "完成", "分数"],
            ["培训人次", "≥1000人次", "1200人次", "20"],
            ["合格率", "≥95%", "96%", "30"],
            ["群众知晓率", "≥90%", "88%", "48"]]
    r = normalize_document(_docs(rows))
    # read by content now; the same rows with nothing to read them by are counted and named
    assert len(r.indicators) + r.unread_rows == 3
    prose = [["说明", "数值", "备注"], ["培训人次", "1200", "见附件一"], ["合格率", "96", "见附件二"],
             ["知晓率", "88", "见附件三"]]
    r = normalize_document(_docs(prose))
    assert r.unread_rows == 3 and not r.indicators
    assert any("本表有3行像指标行" in w for w in r.warnings)
    assert sum("像指标行但未读取（培训人次｜1200｜见附件一）" in w for w in r.warnings) == 1


def test_a_score_summary_headed_by_field_words_is_no_table_of_indicators_turned_on_their_side():
    """Issue 21 (839): a 绩效自评得分情况 table before the form (评价内容 | 分值 | 得分 | 得分率, a row per
    level) gives no record; its columns, headed 分值 / 得分 / 得分率, are columns of those fields, not
    indicator rows turned on their side: nothing said unread. Columns headed by indicators' names
    still are (normalize.unread.indicator_columns)."""
    form = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建基地", "≥5000亩", "5200亩", "50", "50"],
            ["效益指标", "社会效益指标", "带动农户", "≥2800户", "2650户", "30", "28.39"],
            ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "94.3%", "10", "10"]]
    summary = [["评价内容", "分值", "得分", "得分率"], ["预算执行率", "10", "9.90", "99.00%"],
               ["产出指标", "50", "50", "100.00%"], ["效益指标", "30", "28.39", "94.63%"],
               ["满意度指标", "10", "10", "100.00%"], ["合计", "100", "98.29", "98.29%"]]
    r = normalize_document(document("四、绩效自评得分情况", summary, "附件", form))
    assert len(r.indicators) == 3 and r.unread_rows == 0, [w for w in r.warnings if "未读取" in w]
    side = [["说明", "新建基地", "带动农户", "种植户满意度"], ["要求", "≥5000亩", "≥2800户", "≥90%"],
            ["完成", "5200亩", "2650户", "94.3%"], ["数", "50", "30", "10"]]
    r = normalize_document(document("附件", form, "附表", side))
    assert r.unread_rows == 3 and sum("本列像一行指标" in w for w in r.warnings) == 3


def test_a_table_repeating_some_rows_of_its_projects_form_field_for_field_is_a_copy_not_more_rows():
    """Issue 21 (843.scan): a meeting's minutes paste a screenshot of the form's first rows, which
    the scan reads as a table of its own before the form: rows equal in name, target, result, weight
    and score to rows of the project's larger table are a copy, dropped and named, not indicators
    counted twice (the weights summed to 129). A copy that differs in one field is no copy."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["产出指标", "数量指标", "日常养护里程", "≥2100公里", "2136公里", "40", "40"],
            ["产出指标", "质量指标", "优良中等路率", "≥85%", "86.4%", "40", "40"],
            ["效益指标", "社会效益指标", "路面病害处治率", "≥95%", "92.6%", "10", "9.75"]]
    form = [["项目名称", "2024年某县农村公路养护项目", None, None, None, None, None], head, *rows,
            ["总分", None, None, None, None, "90", "89.75"]]
    r = normalize_document(document("会议审阅了自评表（截图如下）", [head, *rows[:2]], "附件", form))
    [p] = r.projects
    assert [i.level3 for i in p.indicators] == ["日常养护里程", "优良中等路率", "路面病害处治率"]
    assert {i.loc.table for i in p.indicators} == {1}
    assert any(w.startswith("mem 块1 表1：本表2行指标") and "未重复计入" in w for w in r.warnings)
    changed = ["产出指标", "质量指标", "优良中等路率", "≥85%", "86.4%", "40", "38"]
    r = normalize_document(document("会议审阅了自评表（截图如下）", [head, rows[0], changed], "附件", form))
    assert len(r.indicators) == 5 and not [w for w in r.warnings if "未重复计入" in w]


@pytest.mark.parametrize("stem", SEEDS)
def test_the_seeds_have_no_unread_rows(stem):
    for ext in ("txt", "docx", "pdf"):
        assert records(stem, ext).unread_rows == 0, [w for w in records(stem, ext).warnings if "像指标行" in w]


# -- new passages 041-069: each arrangement built here, not copied from a passage -------------------
def test_a_headerless_tail_with_operator_and_unit_columns_and_its_total_row():
    """A table whose header is cut off: 指标性质 | 指标值 | 度量单位 | 完成值 | 权重, then 合计 100. The
    column after the operators is the target (the operator governs it), 万元 is a unit (not words
    with a numeral), 优 a grade word (not a unit), and the 合计 row's 100 is no weight."""
    rows = [["", "", "垃圾清运及时率", "=", "100", "%", "100", "10", ""],
            ["", "成本指标", "清运成本", "≤", "8", "万元", "7.5", "10", ""],
            ["", "", "设备维护成本", "=", "3", "万元", "3", "10", ""],
            ["效益指标", "社会效益指标", "道路保洁达标率", "≥", "85", "%", "88", "20", ""],
            ["", "可持续影响指标", "长效管护机制", "定性", "优良中差", "", "优", "20", ""],
            ["合计", "", "", "", "", "", "", "100", ""]]
    r = normalize_document(_docs(rows))
    got = [(i.level3, i.target.raw, i.actual.raw, i.weight.raw if i.weight else None, i.score) for i in r.indicators]
    assert got == [("垃圾清运及时率", "=100%", "100%", "10", None), ("清运成本", "≤8万元", "7.5万元", "10", None),
                   ("设备维护成本", "=3万元", "3万元", "10", None), ("道路保洁达标率", "≥85%", "88%", "20", None),
                   ("长效管护机制", "优良中差", "优", "20", None)]
    assert r.indicators[1].target.q.value == Decimal(80000)


def test_cell_kinds_of_units_with_a_scale_and_of_one_character_values():
    from jixiao.normalize.columns import kind
    assert [kind(x) for x in ("万元", "千克", "万人次", "盏", "%")] == ["unit"] * 5
    assert [kind(x) for x in ("优", "高", "好")] == ["short"] * 3
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因"],
            ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "92%", ""],
            ["", "可持续影响指标", "设施维护水平", "高", "高", ""]]
    r = normalize_document(_docs(rows))
    assert [(i.level3, i.target.raw, i.actual.raw) for i in r.indicators] == [
        ("群众知晓率", "≥90%", "92%"), ("设施维护水平", "高", "高")] and r.unread_rows == 0


def test_a_remarks_column_of_labelled_units_gives_each_bare_figure_its_unit():
    """Bare figures in the value cells and each row's unit in a 备注 column under its label (单位：公里,
    单位：万元; — where a row has none): the column is the rows' units, joined as a 计量单位 column's."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "备注"],
            ["产出指标", "数量指标", "农村公路路面改造", "≥120", "126.5", "10", "10", "单位：公里"],
            ["", "成本指标", "每公里路面改造成本", "≤65", "63.8", "6", "6", "单位：万元"],
            ["", "时效指标", "改造工程完工时间", "2023年10月31日前", "2023年10月25日", "5", "5", "—"],
            ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90", "94.5", "6", "6", "计量单位：%"]]
    r = normalize_document(_docs(rows))
    assert [(i.target.raw, i.actual.raw, i.target.q.unit) for i in r.indicators] == [
        ("≥120公里", "126.5公里", "公里"), ("≤65万元", "63.8万元", "元"),
        ("2023年10月31日前", "2023年10月25日", ""), ("≥90%", "94.5%", "%")]
    assert r.indicators[1].target.q.value == Decimal(650000) and not any(i.reason for i in r.indicators)


def test_a_labelled_unit_followed_by_a_remark_gives_the_unit_and_says_the_remark():
    """A 备注 cell that gives the row's unit and goes on with a remark (单位：公斤；花期晚霜冻害，坐果率下降):
    the unit is the label's word, not the whole cell (read before as 单位, the raw ≥1500单位：公斤；…, nothing
    said for the row), and the remark is said unread (issue 21, 1631 tried with a reason in its 备注)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "备注"],
            ["产出指标", "数量指标", "山楂低产园改造", "≥6000", "6180", "8", "8", "单位：亩"],
            ["效益指标", "经济效益指标", "改造园山楂亩产", "≥1500", "1350", "8", "7.2", "单位：公斤；花期晚霜冻害，坐果率下降"]]
    r = normalize_document(_docs(rows))
    assert [(i.target.raw, i.actual.raw, i.actual.q.unit) for i in r.indicators] == [
        ("≥6000亩", "6180亩", "亩"), ("≥1500公斤", "1350公斤", "公斤")]
    assert any("花期晚霜冻害" in w and "未读取" in w for w in map(str, r.warnings))
    assert not check(r)


def test_a_headerless_table_led_by_level_names_with_words_for_values_and_a_name_written_as_its_value():
    """No header and no previous table: every row starts with its level-1 and level-2 names; the
    values are mostly words; two names are the row's value written again (2021年, 50万)."""
    rows = [["产出指标", "质量指标", "改善村容村貌", "有所改善", "明显改善"],
            ["产出指标", "时效指标", "2021年", "2021年", "2021年"],
            ["产出指标", "成本指标", "50万", "50万", "50万"],
            ["效益指标", "社会效益指标", "群众生活条件", "逐步提升", "得到提升"],
            ["满意度指标", "服务对象满意度指标", "村民对人居环境的满意度", "≥85%", "93%"]]
    r = normalize_document(_docs(rows))
    got = [(i.level1, i.level3, i.target.raw, i.target.q.op, i.actual.raw) for i in r.indicators]
    assert got == [("产出指标", "改善村容村貌", "有所改善", "qualitative", "明显改善"),
                   ("产出指标", "2021年", "2021年", "deadline", "2021年"), ("产出指标", "50万", "50万", "=", "50万"),
                   ("效益指标", "群众生活条件", "逐步提升", "qualitative", "得到提升"),
                   ("满意度指标", "村民对人居环境的满意度", "≥85%", ">=", "93%")]
    assert any("按原文作为指标名称" in i.note for i in r.indicators) and r.unread_rows == 0


def test_a_section_label_left_of_the_levels_that_names_a_value_is_not_its_column():
    """绩效目标完成情况 heads the rows (merged down) left of 一级指标; its 完成情况 is not the result
    column, 完成值 further right is."""
    doc = _html("""<tr><td rowspan=3>绩效目标完成情况</td><td>一级指标</td><td>二级指标</td><td>三级指标</td>
<td>指标值</td><td>完成值</td><td>权重</td><td>得分</td></tr>
<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>贷款发放户数</td><td>≥50户</td><td>64户</td><td>60%</td><td>60</td></tr>
<tr><td>质量指标</td><td>贷款回收率</td><td>≥90%</td><td>97%</td><td>40%</td><td>40</td></tr>""")
    r = normalize_document(doc)
    assert [(i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in r.indicators] == [
        ("≥50户", "64户", "60%", "60"), ("≥90%", "97%", "40%", "40")]
    # the header in reverse order keeps its 得分 at the left
    from jixiao.normalize.indicator_header import _indicator_fields
    assert _indicator_fields(["得分", "实际完成值", "年度指标值", "三级指标", "二级指标", "一级指标", "分值"])["score"] == 0


def test_a_level_label_over_two_columns_and_an_unnamed_name_column_and_targets_written_as_goals():
    """评价内容 over 产出目标 | 数量目标, 绩效内容 (no known word) for the name, 目标 where other forms
    write 指标 (产出目标 is 产出指标)."""
    doc = _html("""<tr><td colspan=2>评价内容</td><td>绩效内容</td><td>绩效目标值</td><td>实际完成值</td><td>累计完成率</td></tr>
<tr><td rowspan=2>产出目标</td><td rowspan=2>数量目标</td><td>举办培训班期数</td><td>>=4期</td><td>5期</td><td>125%</td></tr>
<tr><td>培训学员人数</td><td>>=200人</td><td>260人</td><td>130%</td></tr>
<tr><td>效益目标</td><td>社会效益目标</td><td>学员就业率</td><td>>=60%</td><td>72%</td><td>120%</td></tr>""")
    r = normalize_document(doc)
    assert [(i.level1, i.level2, i.level2_raw, i.level3, i.target.raw, i.actual.raw) for i in r.indicators] == [
        ("产出指标", "数量指标", "数量目标", "举办培训班期数", ">=4期", "5期"),
        ("产出指标", "数量指标", "数量目标", "培训学员人数", ">=200人", "260人"),
        ("效益指标", "社会效益指标", "社会效益目标", "学员就业率", ">=60%", "72%")]


def test_a_name_without_values_under_a_merged_level_cell_is_a_row_and_a_caption_is_not():
    doc = _html("""<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年初目标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td rowspan=3>效益指标</td><td rowspan=2>社会效益</td><td>方便群众查询资料</td><td>显著提升</td><td>显著提升</td><td></td></tr>
<tr><td>丰富群众文化生活</td><td></td><td></td><td></td></tr>
<tr><td>生态效益</td><td>节能环保</td><td>良好</td><td>良好</td><td>10</td></tr>
<tr><td>项目绩效</td><td colspan=5>年度目标1：完成数字资源采购并对外开放。</td></tr>""")
    r = normalize_document(doc)
    assert [(i.level3, i.target.raw, i.actual.raw) for i in r.indicators] == [
        ("方便群众查询资料", "显著提升", "显著提升"), ("丰富群众文化生活", "", ""), ("节能环保", "良好", "良好")]


def test_the_value_columns_are_never_read_one_column_left_onto_the_name():
    """A row with its name only and a score column: no shift reads the name as the target."""
    doc = _html("""<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td rowspan=2>效益指标</td><td rowspan=2>社会效益指标</td><td>群众满意程度提高</td><td>明显</td><td>明显</td><td>10</td></tr>
<tr><td>带动相关产业发展</td><td></td><td></td><td></td></tr>""")
    r = normalize_document(doc)
    assert [(i.level3, i.target.raw, i.target.q.op) for i in r.indicators] == [
        ("群众满意程度提高", "明显", "qualitative"), ("带动相关产业发展", "", "empty")]


def test_a_table_that_ends_the_document_before_a_row_cut_after_its_level_cell_is_cut_off():
    from jixiao.extract import Paragraph
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "20", "20"],
            ["", "时效指标", "完成时间", "9月前", "8月", "10", "10"]]
    doc = _docs(rows)
    doc = Document(source="mem", format="txt", sha256="", blocks=doc.blocks + [
        Paragraph(text="成本指标 | 指标1:", loc=Location("mem", block=1))])
    [p] = normalize_document(doc).projects
    assert p.cut_off


def test_a_total_row_labelled_score_total_with_a_full_stop():
    """得分合计 (not 合计 first) closes the table and gives the stated total, 100。 read as 100."""
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "60%", "60"],
            ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "92%", "40%", "40"],
            ["得分合计", "", "", "", "", "", "100。"]]
    r = normalize_document(_docs(rows))
    [p] = r.projects
    assert len(r.indicators) == 2 and p.total_score_stated.value == Decimal(100)


def test_a_total_row_whose_figures_stand_left_of_its_label():
    """分值 and 得分 as the first columns, before the levels (854): the 总分 row writes 100 | 98 under them
    and its label after them; it closes the table and states the total, and is no unread row."""
    rows = [["分值", "得分", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因"],
            ["60", "60", "产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", ""],
            ["40", "38", "效益指标", "社会效益指标", "群众知晓率", "≥90%", "85.5%", "宣传不足"],
            ["100", "98", "总分", None, None, None, None, "自评等级：优"]]
    r = normalize_document(_docs(rows))
    [p] = r.projects
    assert (p.total_weight_stated.raw, p.total_score_stated.raw, p.grade_stated) == ("100", "98", "优")
    assert len(r.indicators) == 2 and r.unread_rows == 0


@pytest.mark.parametrize("label", ["评价总分", "绩效自评总分", "综合评价得分"])
def test_the_stated_total_in_the_fund_block_after_the_indicator_table(label):
    """The form puts its money and its total after the indicators: a row of the fund table, the
    total's label (any spelling of the evaluation's total score) before its figure and the grade
    beside it. The indicators' own 合计 (their points, without the fund's) is not the total."""
    indicators = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                  ["产出指标", "数量指标", "维修校舍面积", "≥2000平方米", "2100平方米", "50", "50"],
                  ["效益指标", "社会效益指标", "安全隐患消除率", "100%", "96%", "40", "38.4"],
                  ["指标合计", "", "", "", "", "90", "88.4"]]
    funds = [["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
             ["资金总额", "300.00", "300.00", "288.00", "96.00%", "10", "9.60"],
             [label, "98.00", "", "", "等级", "优", ""]]
    [p] = normalize_document(_docs(indicators, funds)).projects
    assert (p.total_score_stated.raw, p.total_score_stated.loc.table, p.grade_stated) == ("98.00", 1, "优")
    assert (p.fund_score.raw, len(p.indicators)) == ("9.60", 2)



def test_a_fund_figure_cut_by_a_rule_after_its_thousands_comma_is_read_whole_and_a_zero_led_one_is_said():
    """Issue 21 (1287.scan: an old page's rules under the print cut 1,032.00 into 1, | 032.00 and 98.29% into
    98.2 | 9%; 32.00 and 98.2 were read, and a false JX202 raised): a money figure opening on a zero is no
    figure a person writes; with a thousands group and its comma in the unlabelled cell left of it, the two are
    one figure; a rate with no percent sign whose last digits and sign stand in an unlabelled cell right of
    it, the same. On a scan a zero-led figure with nothing to join is unread and said."""
    rows = [["项目名称", "某县农村公路养护", "", "", "", "", "", "", ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年", "执行数", "分值", "执行率", "", "得分"],
            ["年度资金总额", "1,000.00", "1,050.00", "1,", "032.00", "10", "98.2", "9%", "9.83"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "", ""],
            ["产出指标", "数量指标", "日常养护里程", "≥1200公里", "1236公里", "90", "90", "", ""]]
    for fmt in ("docx", "pdf-ocr"):
        doc = _doc(rows, scan=fmt != "docx")
        doc.format = fmt
        r = normalize_document(doc)
        [p] = r.projects
        assert (p.executed.raw, p.executed.value, p.exec_rate_stated.raw) == ("1,032.00", Decimal(10320000), "98.29%")
        assert any("合为一个数“1,032.00”" in w for w in r.warnings)
        assert not [f for f in check(r) if f.rule == "JX202"]
    cut = [row[:3] + ["", "032.00"] + row[5:] if k == 2 else row for k, row in enumerate(rows)]
    scan = scanned(cut)
    r = normalize_document(scan)
    assert r.projects[0].executed is None
    assert any("“032.00”，数字以 0 开头" in w for w in r.warnings)
    assert not [f for f in check(r) if f.rule == "JX202"]


def test_a_scans_specks_read_as_a_point_in_money_and_as_punctuation_in_names_are_taken_off_and_said():
    """Issue 21 (1284.scan: anti-copy paper's dots beside the print): 1,500:00 under 年初预算数 was left unread in
    silence (money is no ratio and no clock: the colon is the point and a dot beside it); 建设中药材初加工.车间 and
    质量指标： read as other rows and levels (nobody writes a full stop mid-name or a colon after a level's name
    in its cell). On a scan they are read without the speck and said; a typed file keeps what it says."""
    rows = [["项目名称", "某县中药材产业发展", "", "", "", "", ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "1,500:00", "1,600.00", "1,568.00", "10", "98.00%", "9.80"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "建设中药材初加工.车间", "≥3个", "3个", "45", "45"],
            ["", "质量指标：", "种苗质量检验合格率", "≥95%", "96%", "45", "45"]]
    scan = scanned(rows)
    r = normalize_document(scan)
    [p] = r.projects
    assert (p.budget_initial.raw, p.budget_initial.value) == ("1,500.00", Decimal(15000000))
    assert any("“1,500:00”，金额中的冒号应为小数点" in w for w in r.warnings)
    assert [(i.level2, i.level3) for i in r.indicators] == [("数量指标", "建设中药材初加工车间"),
                                                           ("质量指标", "种苗质量检验合格率")]
    assert "纸面斑点" in r.indicators[0].note and "纸面斑点" in r.indicators[1].note
    typed = normalize_document(_doc(rows))
    assert typed.projects[0].budget_initial is None or typed.projects[0].budget_initial.raw == "1,500:00"
    assert typed.indicators[0].level3 == "建设中药材初加工.车间"


def test_a_scans_reason_fallen_a_row_over_and_right_of_its_column_is_its_rows_where_it_names_it():
    """Issue 21 (1212.scan: a magnifier on the table bent the rules; 新植林草尚未郁闭，侵蚀模数下降幅度未达目 fell one row
    up and two columns right of 土壤侵蚀模数下降's empty 偏差原因, and a false JX402 said no reason was given):
    on a scan, a text at or right of the reason column in the row above or below that names this row's indicator
    (a run of four Han characters of its name) and not its own row's is this row's reason, with a note."""
    rows = [["项目名称", "某区生态清洁小流域建设", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", ""],
            ["效益指标", "生态效益指标", "入库河流水质达标率", "≥95%", "96.8%", "10", "10", "", "新植林草尚未郁闭，侵蚀模数下降幅度未达目标"],
            ["", "", "土壤侵蚀模数下降", "≥12%", "10.8%", "10", "9", "", ""],
            ["", "", "受益村庄", "≥35个", "30个", "10", "8.6", "", ""]]
    rows = [row + [""] * (9 - len(row)) for row in rows]
    scan = scanned(rows)
    r = normalize_document(scan)
    water, soil, villages = r.indicators
    assert (water.reason, villages.reason) == ("", "")
    assert soil.reason == "新植林草尚未郁闭，侵蚀模数下降幅度未达目标" and "提及本行指标名称中的“侵蚀模数下降”" in soil.note
    assert [f.stated for f in check(r) if f.rule == "JX402"] == ["30个"]
    typed = normalize_document(_doc(rows))
    assert typed.indicators[1].reason == ""


def test_a_scans_project_name_opening_with_the_years_last_two_digits_is_said():
    """Issue 21 (1326.scan: a punch chad over the title's start, 2023年柘荣县… read 23年柘荣县…, nothing said but
    the page's warning): on a scan a project name opening with the report year's last two digits and 年 is kept
    as read and said; a typed one, or one whose two digits are not the year's, is not."""
    rows = [["项目名称", "23年某县太子参产业发展项目", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"],
            ["产出指标", "数量指标", "2023年新建种植基地", "≥3个", "3个", "90"]]
    scan = scanned(rows)
    r = normalize_document(scan)
    assert (r.year, r.projects[0].name) == (2023, "23年某县太子参产业发展项目")
    assert any("以两位年份“23年”开头（报告年度 2023），疑为“2023年”的前两位" in w for w in r.warnings)
    assert not any("两位年份" in w for w in normalize_document(_doc(rows)).warnings)
    rows[0][1] = "22年某县太子参产业发展项目"
    scan = scanned(rows)
    assert not any("两位年份" in w for w in normalize_document(scan).warnings)


def test_a_scans_date_followed_by_a_character_no_deadline_takes_is_said():
    """Issue 21 (1299.scan: 2023年12月31日前 read 2023年12月31日兰, taken for words with only the cell's low
    confidence said): on a scan a whole date and one Han character after it that leaves it no deadline is said as
    a misread, not read as a date; 前 is read as ever, and a typed file's words are its own."""
    rows = [["项目名称", "某县蜜柚产业发展", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"],
            ["产出指标", "时效指标", "项目完成时间", "2023年12月31日兰", "2023年12月20日", "10"],
            ["", "", "资金拨付时间", "2023年12月31日前", "2023年12月20日", "10"]]
    scan = scanned(rows)
    r = normalize_document(scan)
    said = [w for w in r.warnings if "不是期限用字" in w]
    assert len(said) == 1 and "“2023年12月31日兰”日期后的“兰”" in said[0]
    assert r.indicators[1].target.q.op == "deadline"
    assert not any("不是期限用字" in w for w in normalize_document(_doc(rows)).warnings)

def test_none_written_as_a_result_is_a_word_not_an_empty_cell():
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因"],
            ["效益指标", "经济效益指标", "利息补贴保障率", "100%", "无", "当年未发生轮换"]]
    [i] = normalize_document(_docs(rows)).indicators
    assert (i.actual.raw, i.actual.q.op, i.actual.q.note) == ("无", "qualitative", "无")


def test_a_bond_fund_block_with_the_allotted_amount_for_the_budget():
    """专项债 forms: 债券资金管理指标 | 总体支出进度 | 实际支出金额 | 下达额度 | 实际完成值 | 分值 | 得分: the
    amount allotted (下达额度) is the budget."""
    rows = [["当年绩效指标", "债券资金管理指标(10分)", "总体支出进度", "实际支出金额", "下达额度", "实际完成值", "分值", "得分"],
            ["", "", "", "820", "1,000", "820", "10", "8"],
            ["", "一级指标", "二级指标", "三级指标", "目标值", "实际完成值", "分值", "得分"],
            ["", "产出指标", "数量指标", "改造小区数", "10个", "10个", "90", "90"]]
    [p] = normalize_document(_docs(rows)).projects
    assert (p.budget_full_year.value, p.executed.value, p.fund_weight.raw, p.fund_score.raw) == \
        (Decimal(10000000), Decimal(8200000), "10", "8")


def test_a_fund_block_by_source_whose_total_column_is_the_budget():
    """项目资金来源 | 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率: no 预算 word; the sources' 合计
    before the executed amount is the budget."""
    rows = [["项目资金来源", "中央 (万元)", "省、地 (万元)", "本级 (万元)", "其他 (万元)", "合计 (万元)", "执行数 (万元)", "执行率"],
            ["", "", "", "8", "", "8", "7.2", "90%"],
            ["一级指标", "二级指标", "三级指标", "年初指标值", "年终完成值", "分值", "自评分", ""],
            ["产出指标", "数量指标", "采购设备", "10台", "10台", "100", "100", ""]]
    [p] = normalize_document(_docs(rows)).projects
    assert (p.budget_full_year.value, p.executed.value, p.exec_rate_stated.raw) == (Decimal(80000), Decimal(72000), "90%")


def test_a_source_total_column_is_one_spelling_whether_合计_or_资金总额():
    """The sources before the column that holds their total are its parts on the total's row,
    whether the column says 合计 or 资金总额 (fund_grammar.MONEY_TOTAL, as a 申报 form's 年度资金总额)."""
    def sources(total_word):
        rows = [["项目资金来源", "中央 (万元)", "省级 (万元)", "本级 (万元)", f"{total_word} (万元)", "执行数 (万元)", "执行率"],
                ["", "8", "", "4", "12", "10.8", "90%"],
                ["一级指标", "二级指标", "三级指标", "年初指标值", "年终完成值", "分值", "自评分"],
                ["产出指标", "数量指标", "采购设备", "10台", "10台", "100", "100"]]
        [p] = normalize_document(_docs(rows)).projects
        return p.budget_full_year.value, [(s.label, s.figures["budget_full_year"].value) for s in p.fund_sources]
    assert sources("合计") == sources("资金总额") == (Decimal(120000), [("中央", Decimal(80000)), ("本级", Decimal(40000))])


def test_a_project_named_in_a_labelled_line_above_its_table():
    """项目名称：X 主管部门：Y as a line above the form's table (constructed 074, 071, 088 …): the
    project the table reads takes X; a label left blank (项目名称： 主管部门：Y) names nothing."""
    def name(line):
        rows = [["项目资金（万元）", "全年预算数", "全年执行数", "执行率"], ["资金总额", "680.00", "648.04", "95.30%"],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
                ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里"]]
        doc = document(line, rows)
        [p] = normalize_document(doc).projects
        return p.name
    assert name("项目名称：2023年农村公路养护工程 主管部门：某区交通运输局 实施单位：某区公路养护中心") == "2023年农村公路养护工程"
    assert name("项目名称： 主管部门：某区交通运输局") is None
    # a form read aloud (1591, a meeting's transcript): a copula for the colon, the name ending with its clause
    assert name("好的。项目名称是2023年农村公路养护工程，主管部门某区交通运输局。") == "2023年农村公路养护工程"
    assert name("本项目名称为2023年农村公路养护工程。") == "2023年农村公路养护工程"
    assert name("项目名称是否规范，已核对。") is None      # 是否 asks


def test_a_project_whose_head_shows_a_name_label_but_whose_name_is_not_read_is_said():
    """Issue 21 (1004.pdf: the label cell overprinted, the name lost with no word): a project with rows
    but no name, where a 项目名称 cell or line stands in its head, is said, naming the label's place; a
    form with no such label (a 部门整体 report, a list) says nothing of it."""
    def said(*head):
        rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["满意度指标", "满意度", "群众满意度", "≥90%", "95%", "10", "9"]]
        recs = normalize_document(document(*head[:-1], [head[-1], *rows]))
        return [w for w in recs.warnings if "项目名称" in w]
    assert said(["项目名称", "", "", "", "", "", ""]) == \
        ["mem 块0 表1 第1行 第1列：写有“项目名称”，但未读出项目名称（其后1项指标无所属项目名），请核对原件"]
    assert said("项目名称： 主管部门：某区交通运输局", ["", "", "", "", "", "", ""]) == \
        ["mem 块0：写有“项目名称”，但未读出项目名称（其后1项指标无所属项目名），请核对原件"]
    assert said(["项目名称", "测试项目", "", "", "", "", ""]) == []    # read: nothing to say
    assert said(["主管部门", "某区交通运输局", "", "", "", "", ""]) == []   # no label: nothing to say


def test_the_money_unit_stated_only_by_the_line_above_the_table():
    """736: the fund block labelled 项目资金 without a unit, the line above the table ending 金额单位：元: the
    amounts are in 元; a 填报单位 line naming no money unit, or a rate's 元/尾, leaves the usual 万元."""
    def unit(line):
        rows = [["项目名称", "测试项目", "", ""], ["项目资金", "全年预算数", "全年执行数", "执行率"],
                ["资金总额", "2,560,000.00", "2,519,040.00", "98.40%"],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
                ["产出指标", "数量指标", "放流鱼苗", "≥600万尾", "620万尾"]]
        doc = document(line, rows)
        [p] = normalize_document(doc).projects
        return p.money_unit, p.executed.value
    assert unit("填报单位（盖章）：抚远市农业农村局　　　　金额单位：元") == ("元", Decimal(2519040))
    assert unit("填报单位（盖章）：抚远市农业农村局")[0] == "万元"
    assert unit("单位：元/尾")[0] == "万元"


def test_the_money_unit_stated_in_a_cell_above_the_fund_block():
    """776 (.xlsx): 金额单位：元 in a cell of the table's first row, beside 填报单位, the amounts number cells:
    the cell governs the fund block as a line above the table does; the row read as one run of text
    (…教育局金额单位：元项目名称…) hid it."""
    def unit(first):
        rows = [first, ["项目名称", "测试项目", "", ""], ["项目资金", "全年预算数", "全年执行数", "执行率"],
                ["资金总额", "2,560,000.00", "2,519,040.00", "98.40%"],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
                ["产出指标", "数量指标", "放流鱼苗", "≥600万尾", "620万尾"]]
        [p] = normalize_document(document("某县2023年度项目支出绩效自评表", rows)).projects
        return p.money_unit, p.executed.value
    assert unit(["填报单位：某县教育局", "", "金额单位：元", ""]) == ("元", Decimal(2519040))
    assert unit(["填报单位：某县教育局", "", "单位：元", ""]) == ("元", Decimal(2519040))
    assert unit(["填报单位：某县教育局", "", "", ""])[0] == "万元"


def test_the_points_of_every_indicator_said_once_in_the_line_above_a_table_with_no_weight_column():
    """754: no 分值 column, the line above the table says 每项6分: each row's weight is 6, its provenance
    the line; a table with its own 分值 column, or a line saying no such thing, keeps its own reading."""
    plain = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
             ["产出指标", "数量指标", "新植果园", "≥3000亩", "3120亩", "6"],
             ["", "质量指标", "优质果率", "≥75%", "72%", "5.76"]]
    weighted = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "数量指标", "新植果园", "≥3000亩", "3120亩", "5", "5"],
                ["", "质量指标", "优质果率", "≥75%", "72%", "5", "4.8"]]

    def weights(line, rows=plain):
        cells = [Cell(text=t, row=r, col=c, loc=Location("mem", block=1, table=0, row=r, col=c))
                 for r, row in enumerate(rows) for c, t in enumerate(row)]
        doc = Document(source="mem", format="docx", sha256="", blocks=[
            Paragraph(line, Location("mem", block=0)),
            Table(index=0, n_rows=len(rows), n_cols=len(rows[0]), cells=cells, loc=Location("mem", block=1, table=0))])
        return [(i.weight.value, i.weight.loc.block) if i.weight else None for i in normalize_document(doc).indicators]
    assert weights("（绩效指标共15项，每项6分，合计90分；预算执行率10分，另计。）") == [(Decimal(6), 0), (Decimal(6), 0)]
    assert weights("二、绩效指标完成情况") == [None, None]
    assert weights("每项6分", weighted) == [(Decimal(5), 1), (Decimal(5), 1)]


def _two_result_columns(rows: list[list[str]]) -> Document:
    """A table whose 实际完成值 spans two result columns (rows[0] holds their two sub-heads under it, the other
    heads spanning both header rows), then two indicator rows."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "", "分值", "得分"]
    cells = [Cell(text=x, row=0, col=c, loc=Location("mem", block=0, table=0, row=0, col=c),
                  rowspan=1 if c in (4, 5) else 2, colspan=2 if c == 4 else 1)
             for c, x in enumerate(head) if c != 5]
    cells += [Cell(text=x, row=r, col=c, loc=Location("mem", block=0, table=0, row=r, col=c))
              for r, row in enumerate(rows, start=1) for c, x in enumerate(row) if r > 1 or c in (4, 5)]
    return Document(source="mem", format="docx", sha256="", blocks=[
        Table(index=0, n_rows=4, n_cols=8, cells=cells, loc=Location("mem", block=0, table=0))])


def test_two_result_columns_under_one_heading_the_one_the_scores_follow_is_the_result():
    """755: 实际完成值 over 单位自评 | 财政核实 and one 得分. A row whose result meets its target by one
    column and not by the other, its score short, tells which the scores follow: that column is every
    row's result, the other kept in the note. Where no row tells them apart the first stays, said."""
    def read(short_score):
        rows = [["", "", "", "", "单位自评", "财政核实", "", ""],
                ["产出指标", "数量指标", "新建日光温室", "≥800栋", "826栋", "812栋", "8", "8"],
                ["", "质量指标", "温室冬季生产利用率", "≥90%", "91.5%", "88.2%", "6", short_score]]
        return normalize_document(_two_result_columns(rows))
    r = read("5.88")
    assert [(i.actual.raw, i.actual.q.value, i.actual.loc.col) for i in r.indicators] == [
        ("812栋", Decimal(812), 5), ("88.2%", Decimal("88.2"), 5)]
    assert "单位自评：91.5%" in r.indicators[1].note and not any("两列" in w for w in r.warnings)
    r = read("6")   # full marks: 91.5% meets ≥90%, 88.2% does not; the self-reported figure is followed
    assert [i.actual.raw for i in r.indicators] == ["826栋", "91.5%"]
    assert any("“财政核实”列未读取" in w for w in r.warnings)


def test_two_result_columns_both_short_the_score_in_proportion_to_one_tells_the_result():
    """1476: 实际完成值 over 单位填报 | 核实确认, the short row's two results both short of the target
    (7600元 / 7200元 against ≥8000元): met-or-not tells nothing, but its score 9 of 10 is in proportion
    to the second (10 × 7200 / 8000) and not the first (9.5): the second is every row's result, the
    first kept in the note. A score in proportion to neither leaves the first, said."""
    def read(short_score):
        rows = [["", "", "", "", "单位填报", "核实确认", "", ""],
                ["产出指标", "数量指标", "改造低产茶园", "≥3000亩", "3150亩", "3120亩", "6", "6"],
                ["效益指标", "经济效益指标", "茶园亩均产值", "≥8000元", "7600元", "7200元", "10", short_score]]
        return normalize_document(_two_result_columns(rows))
    r = read("9")
    assert [(i.actual.raw, i.actual.loc.col) for i in r.indicators] == [("3120亩", 5), ("7200元", 5)]
    assert "单位填报：7600元" in r.indicators[1].note and not any("两列" in w for w in r.warnings)
    r = read("8")   # in proportion to neither: the first stays, and the warning says so
    assert [i.actual.raw for i in r.indicators] == ["3150亩", "7600元"]
    assert any("“核实确认”列未读取" in w for w in r.warnings)


def test_a_project_named_in_a_line_of_its_label_and_value_without_a_colon():
    """A borderless form's label cell and value cell read as one line of text (130.pdf:
    项目名称 2023年法律援助经费): the whole line is the label and one value. Other words after the
    label (a sentence), or a flattened cell border (raw 024: 项目名称 |), name nothing."""
    def name(line):
        rows = [["项目资金（万元）", "全年预算数", "全年执行数", "执行率"], ["资金总额", "680.00", "648.04", "95.30%"],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
                ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里"]]
        doc = document(line, rows, fmt="pdf")
        [p] = normalize_document(doc).projects
        return p.name
    assert name("项目名称 2023年农村公路养护工程") == "2023年农村公路养护工程"
    assert name("项目名称 见 附表") is None
    assert name("项目名称 |") is None


def test_a_project_name_glued_to_its_label_is_read_where_it_opens_a_new_word():
    """A print that glues the value to its label (805.pdf: 项目名称2023年兰西县黑土地保护利用项目): the
    value opens with a year or a place, so the label ends there; words that merely go on from the label
    (项目名称变更说明) name nothing."""
    def name(line):
        rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
                ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里"]]
        [p] = normalize_document(document(line, rows, fmt="pdf")).projects
        return p.name
    assert name("项目名称2023年兰西县黑土地保护利用项目") == "2023年兰西县黑土地保护利用项目"
    assert name("项目名称兰西县黑土地保护利用项目") == "兰西县黑土地保护利用项目"
    assert name("项目名称变更说明") is None


def test_a_total_line_in_prose_takes_the_words_a_total_row_takes():
    """One grammar of the words that name a score (summary_rows.SCORE_TOTAL): a labelled line below the
    table states the total with the words its 总分 row could use (考核得分, 得分合计, 自评总分),
    and never with a bare 总分, which may be the full marks."""
    def total(line):
        rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "100", "86.5"]]
        doc = document(rows, line)
        [p] = normalize_document(doc).projects
        return p.total_score_stated and p.total_score_stated.raw
    assert [total(x) for x in ("考核得分：86.5分 单位负责人：", "得分合计: 86.5", "自评总分：86.5", "总分：100")] == \
        ["86.5分", "86.5", "86.5", None]


def test_a_bare_total_beside_a_labelled_score_on_the_grade_line_is_the_full_marks():
    """A closing line stating the full marks, the score and the grade (总分：100分（含…）　自评得分：
    86.5分　自评等级：优): the bare 总分 is the full marks, the labelled score the total."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "100", "86.5"]]
    doc = document(rows, "总分：100分（含预算执行率10分）　　自评得分：86.5分　　自评等级：优")
    [p] = normalize_document(doc).projects
    assert p.total_score_stated.raw == "86.5分" and p.total_score_stated.loc.block == 1


def test_a_bare_total_beside_a_score_label_with_no_figure_is_no_score():
    """A REPL's println line above its output (总分：100  自评得分：${…}  自评等级：优, then 总分：100  自评得分：98.6
    自评等级：优): beside the score's label the bare 总分 is the full marks, even where no figure follows that
    label; the line states no score, and the printed line's 98.6 is the total (1456.txt)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "100", "98.6"]]
    doc = document(rows, 'scala> println(s"总分：100  自评得分：${zb.map(_.得分).sum}  自评等级：优")',
                   "总分：100  自评得分：98.6  自评等级：优")
    recs = normalize_document(doc)
    [p] = recs.projects
    assert p.total_score_stated.raw == "98.6" and p.total_score_stated.loc.block == 2
    assert not any("像是总分" in w for w in recs.warnings)


def test_a_record_restating_a_rows_name_target_and_result_without_points_is_no_row():
    """A log's warning record naming row 2 again (三级指标：X　实际完成值：…　年度指标值：…　序号：2　扣分：2, 1458.txt):
    its 序号 a label of its own (the target keeps to ≥1.5亿元), and with the row's name, target and result, no
    分值 or 得分 and the 扣分 the row's 分值 less its 得分, it is that row said again: no third indicator, said."""
    rows = [["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["1", "产出指标", "数量指标", "繁育面积", "≥2万亩", "2.1万亩", "8", "8"],
            ["2", "效益指标", "经济效益指标", "种薯销售收入", "≥1.5亿元", "1.2亿元", "10", "8"]]
    doc = document(rows, "三级指标：种薯销售收入　实际完成值：1.2亿元　年度指标值：≥1.5亿元　序号：2　扣分：2")
    recs = normalize_document(doc)
    [p] = recs.projects
    assert [i.level3 for i in p.indicators] == ["繁育面积", "种薯销售收入"]
    assert any("重复记录" in w and "种薯销售收入" in w for w in recs.warnings)
    assert not any("表中无得分列" in w for w in recs.warnings)
    # a record stating other points (扣分 3 where the row lost 2) is no mere repeat: kept
    doc = document(rows, "三级指标：种薯销售收入　实际完成值：1.2亿元　年度指标值：≥1.5亿元　序号：2　扣分：3")
    assert len(normalize_document(doc).projects[0].indicators) == 3


def test_a_bare_total_apart_from_its_figure_by_a_gap_on_the_grade_line_is_the_score():
    """A closing line of label and figure apart by a gap alone, a web table's two cells laid out as text
    (总分 98.6  自评等级 优): on the line that states the grade the bare 总分 is the result, as with a colon."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "100", "98.6"]]
    for line, want in (("总分 98.6  自评等级 优", "98.6"), ("总分  98.6分　　等级：优", "98.6分"),
                       ("总分 100  得分 98.6  自评等级 优", "98.6"), ("总分 100", None),
                       # a total row's line (full marks, then the score) stays the row's: 327, 410 and eleven more
                       # lost their total to 100 read as a second score
                       ("总分      100    98.70    自评等级:优", "98.70")):
        [p] = normalize_document(document(rows, line)).projects
        assert (p.total_score_stated and p.total_score_stated.raw) == want, line
    # the same line taken in by a text table as its last row: 总分 98.6 | 自评等级 优
    for last, want in ((["总分 98.6", "自评等级 优", "", "", "", "", ""], "98.6"),
                       (["总分 100", "得分 98.6", "自评等级 优", "", "", "", ""], None)):
        [p] = normalize_document(document(rows + [last])).projects
        got = p.total_score_stated and p.total_score_stated.raw
        assert got == want if want else got != "100", last     # beside a labelled score 总分 is the full marks


def test_a_bare_total_after_a_word_that_names_nothing_on_the_grade_line_is_the_score():
    """A meeting's transcript says the total after a filler word (1591: 最后总分98.8分，自评等级为优). The bare-总分
    grammar wanted no Han character before 总分, so that a part's points (资金总分) stay out; the word before it is
    now weighed by its part of speech (subjects.function_words): an adverb, a locative, a pronoun or a
    conjunction opens the clause and names nothing, a noun names the part the figure belongs to."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "100", "98.8"]]
    for line, want in (("最后总分98.8分，自评等级为优。", "98.8分"), ("最终总分为98.8分，自评等级：优", "98.8分"),
                       ("此次总分98.8，自评等级优", "98.8"), ("资金总分10分，自评等级为优。", None),
                       ("最后总分98.8分。", None)):
        [p] = normalize_document(document(rows, line)).projects
        assert (p.total_score_stated and p.total_score_stated.raw) == want, line


def test_a_total_rows_line_gives_the_grade_its_last_cell_states():
    """A total row copied out as a line (a .doc's last row of another width read as text, 1370.doc:
    总分 100 97.91 优) states the grade in its last cell, bare or labelled; a line with no grade word after
    the score, or another word there, gives none."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "100", "97.91"]]
    for line, grade in (("总分 100 97.91 优", "优"), ("总分 100 97.91 良好", "良"), ("总分 100 97.91 自评等级：优", "优"),
                        ("总分 100 97.91", None), ("总分 100 97.91 详见附件", None)):
        [p] = normalize_document(document(rows, line)).projects
        assert (p.total_score_stated.raw, p.grade_stated) == ("97.91", grade), line


def test_a_bare_total_alone_on_its_line_above_the_grade_line_is_the_score():
    """The closing block's labels set one under the other (总分：99.12 / 自评等级：优, 1248's right half):
    the bare 总分 alone on its line over the grade's line is the result, as on one line. A bare 总分
    over a line with a figure of its own, or with no grade below it, is not taken (it may be the full marks);
    nor where another line labels the score (it is the full marks there)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "100", "99.12"]]
    for lines, want in ((("总分：99.12", "自评等级：优"), "99.12"), (("总分：99.12分", "评价等级为优"), "99.12分"),
                        (("总分：100", "得分：99.12  自评等级：优"), None), (("总分：100", "另见附件"), None),
                        (("总分：100（满分）", "自评等级：优"), None),
                        # a line labelling the score beside them makes the bare 总分 the full marks (910's hash)
                        (("总分：100", "自评等级：优", "自评得分：99.12"), "99.12")):
        [p] = normalize_document(document(rows, *lines)).projects
        assert (p.total_score_stated and p.total_score_stated.raw) == want, lines


def test_the_evaluation_result_in_points_is_the_stated_total_and_ends_the_indicator_rows():
    rows = [["一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"],
            ["产出指标", "数量指标", "新增实验设备", "12台", "12台"],
            ["", "时效指标", "完成时间", "2024年10月底", "2024年10月底"],
            ["预算绩效评价结果", "进度完成率", "10分", "采购节约率", "10分"],
            ["", "预算编制准确度", "8分", "绩效评价结果", "28分"]]
    r = normalize_document(_docs(rows))
    [p] = r.projects
    assert [i.level3 for i in r.indicators] == ["新增实验设备", "完成时间"]
    assert p.total_score_stated.value == Decimal(28)


def test_money_planned_and_used_written_as_labels_with_their_amounts():
    rows = [["专项名称", "农业社会化服务补助", "", "", ""],
            ["资金情况(万元)", "年度金额:120万元", "", "资金使用情况(万元)", "合计:96.5万元"],
            ["一级指标", "二级指标", "三级指标", "指标值", "完成值"],
            ["产出指标", "数量指标", "服务面积", "≥3万亩", "3.2万亩"]]
    [p] = normalize_document(_docs(rows)).projects
    assert (p.budget_full_year.value, p.executed.value) == (Decimal(1200000), Decimal(965000))
    lone = [["资金情况(万元)", "年度金额:120万元", "", ""], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "服务面积", "≥3万亩"]]
    assert all(p.budget_full_year is None for p in normalize_document(_docs(lone)).projects)


def test_a_fund_row_that_lost_its_label_cell_is_aligned_by_the_evidence_of_its_cells():
    """A text copy drops the row's empty first cell (| 总额 | 5.00 …), so every figure sits one
    column left of its header. Unshifted, nothing contradicts (执行率 would read the weight 10):
    the alignment that puts the % under 执行率 and leaves no figure under no header wins."""
    text = ("项目名称 | 测试项目 | | | | | | | | |\n"
            "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 | 原因 |\n"
            "| 总额 | 5.00 | 5.00 | 4.00 | | | 80.00% | 10 | 8 | |\n")
    p = normalize_document(read_bytes(text.encode("utf-8"), "r.txt")).projects[0]
    got = [f.q.raw for f in (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated,
                             p.fund_weight, p.fund_score)]
    assert got == ["5.00", "5.00", "4.00", "80.00%", "10", "8"]


def test_a_fund_column_of_words_heads_no_money_whatever_its_header_says():
    """Issue 21 (1238.scan: the OCR read 调整后预算数 as 调整后预算, so no fund word named the budget and 预算数 in the
    label column's 年度预算数(万元) took it): every figure slid one column and JX203 was raised, false. The label
    column's cells are words (总额, 其中：财政资金), never a figure: it heads no money; 调整后预算 is read by the
    fund grammar."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", ""],
        ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算", "预算执行数", "预算执行率", "权重", "得分"],
        ["", "总额", "145.00", "145.00", "143.55", "99.00%", "10", "9.9"],
        ["", "其中：财政资金", "145.00", "145.00", "143.55", "99.00%", "/", "/"],
        ["", "其他资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"],
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", ""],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "96%", "10", "10", ""],
    ]
    recs = normalize_document(_doc(rows, scan=True))
    p = recs.projects[0]
    got = [f.q.raw for f in (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated,
                             p.fund_weight, p.fund_score)]
    assert got == ["145.00", "145.00", "143.55", "99.00%", "10", "9.9"]
    assert not any(f.rule == "JX203" for f in check(recs))


def test_a_fund_row_that_lost_every_merged_cell_before_its_figures_is_aligned():
    """A copy that kept no label before the figures (| 1,437 | 1,437 | 1,437 | 10 | 10 under
    当年绩效指标 | 债券资金管理指标(10分) | 总体支出进度 | 实际支出金额 | 下达额度 | 实际完成值 | 分值 | 得分):
    unshifted, the weight 10 was read as the money; the figures belong three columns right."""
    text = ("项目名称 | 测试项目 | | | | | | |\n"
            "当年绩效指标 | 债券资金管理指标(10分) | 总体支出进度 (当年实际支出金额/项目当年下达额度) | 实际支出 金额 | "
            "下达 额度 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 |\n"
            "1,200 | 1,437 | 83.5% | 10 | 8 | | | |\n")
    recs = normalize_document(read_bytes(text.encode("utf-8"), "r.txt"))
    p = recs.projects[0]
    got = [f.q.raw for f in (p.executed, p.budget_full_year, p.fund_weight, p.fund_score)]
    assert got == ["1,200", "1,437", "10", "8"]
    assert any("资金行比表头少三列" in w for w in recs.warnings)


def test_a_score_column_headed_once_gives_the_fund_score_and_the_total_under_its_head():
    """052 (Sichuan 区域绩效目标自评表): 自评得分 heads the right-hand column once; the figure under it
    is the form's total, the one on the 预算执行情况 row the fund's score."""
    rows = [
        ["专项名称", "食品监管补助资金", "", "", "", "", ""],
        ["中央主管部门", "市场监管总局", "", "", "", "", "自评得分"],
        ["省级财政部门", "四川省财政厅", "", "省级主管部门", "四川省市场监管局", "", "100"],
        ["预算执行情况", "预算数:", "2.38", "执行数:", "2.38", "", "20"],
    ]
    [p] = normalize_document(_docs(rows)).projects
    assert (p.budget_full_year.raw, p.executed.raw, p.fund_score.raw, p.total_score_stated.raw) == \
        ("2.38", "2.38", "20", "100")
    assert (p.fund_score.loc.row, p.fund_score.loc.col, p.total_score_stated.loc.row) == (3, 6, 2)


def test_the_total_from_a_labelled_line_and_a_project_named_with_nothing_read_under_it():
    """046: 自评总分: 69 on the line above the form; 068: the head of the next project's table, cut
    off before its figures, is still a project."""
    doc = _docs([["项目名称", "办公局域网维护费"], ["一级指标", "二级指标", "三级指标", "年初指标值", "年终完成值", "自评分"],
                 ["产出指标", "数量指标", "采购设备", "10台套", "10台套", "15"]],
                [["项目名称", "文化市场综合行政执法人员制式服装预算经费"], ["主管部门", "大英县文化广播电视和旅游局"]])
    doc.blocks.insert(0, Paragraph(text="填报日期:2020 年 2 月 18 日 自评总分: 69 单位领导审签:",
                                   loc=Location("mem", block=0)))
    r = normalize_document(doc)
    assert [p.name for p in r.projects] == ["办公局域网维护费", "文化市场综合行政执法人员制式服装预算经费"]
    one = normalize_document(Document(source="mem", format="docx", sha256="", blocks=doc.blocks[:2]))
    assert one.projects[0].total_score_stated.raw == "69"
    assert one.projects[0].total_score_stated.loc.block == 0
    # the full marks are no score: a bare 总分 is not read
    two = Document(source="mem", format="docx", sha256="",
                   blocks=[Paragraph(text="总分: 100", loc=Location("mem", block=0))] + doc.blocks[1:2])
    assert normalize_document(two).projects[0].total_score_stated is None


def test_a_project_named_by_nothing_labelled_takes_the_subject_of_the_report_s_title():
    """A whole report whose title (broken over two lines: issuer, year and subject, then the form
    words) is the only place the project is named: the subject with its year, the title kept as
    written with its place. A title naming only the kind of form, a title-like line inside the
    body, and any labelled name leave the title unused."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "修缮村级文化广场", "≥12个", "12个", "50", "50"],
            ["满意度指标", "满意度指标", "群众满意度", "≥90%", "95%", "50", "50"]]

    def read(*lines):
        [p] = normalize_document(document(*lines, rows)).projects
        return p

    p = read("某县文化和旅游局２０２２年度乡村文化振兴示范工程", "绩效自评报告", "一、基本情况")
    assert (p.name, p.name_raw, p.name_loc.block) == (
        "2022年乡村文化振兴示范工程", "某县文化和旅游局２０２２年度乡村文化振兴示范工程绩效自评报告", 0)
    assert read("2022年度项目支出绩效自评表").name is None            # the kind of form, not a project
    assert read("某县2022年度部门整体支出绩效评价报告").name is None
    assert read("乡村文化振兴示范工程绩效自评报告").name is None        # no year: the issuer may be all it says
    assert read("一、项目概况", "2022年度乡村文化振兴示范工程绩效自评报告").name is None   # the body had begun
    labelled = read("2022年度乡村文化振兴示范工程绩效自评报告", "项目名称：村级文化广场修缮 主管部门：某县文化和旅游局")
    assert (labelled.name, labelled.name_raw) == ("村级文化广场修缮", None)


def test_a_title_below_a_web_page_s_header_lines_names_the_project():
    """070: a county site's copy puts its toolbar, site name and key-value metadata (索引号 / 发布机构 /
    浏览量) above the title: the title is the first line that is one by its grammar, not the first line.
    A 项目支出 report names the project before 支出 (067), and a X项目自评结果 is a title without 绩效
    (064); the header lines alone, or a title after the body has begun, name nothing."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "甘蔗良种推广", "1.8万亩", "1.8万亩", "50", "50"],
            ["满意度指标", "满意度指标", "服务对象满意度", "≥80%", "90%", "50", "50"]]

    def read(*lines):
        [p] = normalize_document(document(*lines, rows)).projects
        return p

    header = ("无障碍浏览 打开适老化模式 x 注册 登录", "施甸县人民政府", "索引号 01525910-3-/2022-0715007 发布机构 施甸县农业农村局",
              "公开目录 绩效评价 发布日期 2022-07-15", "文号 浏览量 65")
    p = read(*header, "施甸县2021年糖料蔗良种良法技术推广补助项目绩效自评报告", "一、绩效目标分解下达情况")
    assert (p.name, p.name_raw, p.name_loc.block) == (
        "2021年糖料蔗良种良法技术推广补助项目", "施甸县2021年糖料蔗良种良法技术推广补助项目绩效自评报告", 5)
    assert read("当前位置：首页 > 绩效评价", "发布日期：2022-07-15", "某县2021年糖料蔗推广补助项目绩效自评报告").name == \
        "2021年糖料蔗推广补助项目"
    assert read("中方县残联2022年度残疾人康复项目支出绩效自评报告").name == "2022年残疾人康复项目"
    assert read("2022年度校园维修改造与设备购置项目自评结果").name == "2022年校园维修改造与设备购置项目"
    assert read(*header, "一、绩效目标分解下达情况").name is None
    assert read(*header, "下达资金787.45万元。", "施甸县2021年糖料蔗推广补助项目绩效自评报告").name is None  # prose: the body
    assert read("2022年度项目支出绩效自评表").name is None            # still only the kind of form


def test_a_web_pages_title_running_the_reports_title_into_other_words_names_no_project():
    """026: a mirror site's copy opens with its page title, the report's title run into the unit and the
    site's own words (…绩效自评报告云南省应急管理厅-凯发体育下载), then the report's title alone. A title ends in
    its form words, so a line holding them before other words is no piece of a heading broken over lines:
    the title is the next line, and the project its subject (not the two lines joined). A subject holding
    the form words names no project, whatever words follow them."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "补充防灭火物资", "≥10批", "10批", "100", "100"]]

    def read(*lines):
        [p] = normalize_document(document(*lines, rows)).projects
        return p

    page = "某省应急管理领域2023年度中央转移支付资金绩效自评报告某省应急管理厅-某某网站"
    p = read(page, "", "某省应急管理领域2023年度中央转移支付资金绩效自评报告", "2024-04-03 来源:某省应急管理厅")
    assert (p.name, p.name_raw) == ("2023年中央转移支付资金", "某省应急管理领域2023年度中央转移支付资金绩效自评报告"), \
        (p.name, p.name_raw)
    assert read(page, "一、中央自然灾害救灾资金").name is None
    # a heading broken over lines still joins (the form words only at its end)
    assert read("某县农业农村局2023年度高标准农田建设项目", "绩效自评报告").name == "2023年高标准农田建设项目"


def test_a_notice_heading_quoting_the_project_before_its_performance_words_names_it():
    """1164: a university's 公示 page is headed 关于“2023X项目” | 预算绩效评价结果的公示, broken over two
    lines, and no label names the project: the quoted name before 预算绩效 is the project, as the quotes
    write it where the year runs straight into the name (no 年 to fold); with 年 it reads by the title's
    grammar. A quote with no performance words after it, or a sentence of the body, names nothing."""
    rows = [["一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"],
            ["产出指标", "数量指标", "改造实验室", "3间", "3间"]]

    def read(*lines):
        [p] = normalize_document(document(*lines, rows)).projects
        return p

    p = read("某中心（某大学）", "当前位置：首页>通知公告", "关于“2023光学实验平台升级项目”", "预算绩效评价结果的公示",
             "发布时间：2023-12-08")
    assert (p.name, p.name_raw) == ("2023光学实验平台升级项目", "关于“2023光学实验平台升级项目”预算绩效评价结果的公示")
    assert read("关于“2023年度光学实验平台升级项目”预算绩效评价结果的公示").name == "2023年光学实验平台升级项目"
    assert read("关于“2023光学实验平台升级项目”", "验收结果的公示").name is None
    assert read("关于“2023光学实验平台升级项目”", "发布时间：2023-12-08，预算绩效评价结果如下").name is None


def test_a_table_without_a_total_row_whose_last_level_is_short_of_its_points_is_cut_off():
    """046: 产出指标 40分 over 数量指标 15分 only, no 总分 row, the form's notes after it: the rows of
    质量 / 时效 / 成本 are not in the passage, so its sums are not checked against 自评总分: 69."""
    from jixiao.rules import check
    head = [["项目名称", "办公局域网维护费"], ["一级指标", "二级指标", "三级指标", "年初指标值", "年终完成值", "自评分"]]
    rows = [["产出指标 40分", "数量指标 15分", "采购设备", "10台套", "10台套", "15"]]
    note = Paragraph(text="1、提供三级指标完成程度的佐证资料", loc=Location("mem", block=2))
    total = Paragraph(text="填报日期:2020 年 2 月 18 日 自评总分: 69 单位领导审签:", loc=Location("mem", block=0))
    doc = _docs(head + rows)
    doc = Document(source="mem", format="docx", sha256="", blocks=[total, doc.blocks[0], note])
    doc.blocks[1].loc = Location("mem", block=1, table=0)
    r = normalize_document(doc)
    assert r.projects[0].cut_off and r.projects[0].total_score_stated.raw == "69"
    assert not [f for f in check(r) if f.rule == "JX302"]
    # the points add up: the table is whole and its sum is checked
    whole = rows + [["", "质量指标 25分", "运行正常", "正常", "正常", "25"]]
    doc = _docs(head + whole)
    doc = Document(source="mem", format="docx", sha256="", blocks=[total, doc.blocks[0], note])
    doc.blocks[1].loc = Location("mem", block=1, table=0)
    r = normalize_document(doc)
    assert not r.projects[0].cut_off
    assert [f.stated for f in check(r) if f.rule == "JX302"] == ["69"]



def test_an_adjusted_target_column_is_the_target_beside_the_initial_one():
    """Two target columns, one modified by 调整后 / 调整: the head noun gives both the role, the
    modifier says which is assessed, whichever stands first (issue 21, third set)."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年初目标值", "调整后目标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "改造公厕", "≥80座", "≥60座", "62座", "10", "10"],
    ]
    [i] = normalize_document(_doc(rows)).indicators
    assert (i.target.raw, i.target.q.value, i.actual.raw) == ("≥60座", Decimal(60), "62座")
    assert "年初目标值：≥80座" in i.note   # the initial target is kept beside it
    swapped = [[x[0], x[1], x[2], x[4], x[3], *x[5:]] for x in rows]
    swapped[0][4] = "初始指标值"
    [i] = normalize_document(_doc(swapped)).indicators
    assert (i.target.raw, i.actual.raw) == ("≥60座", "62座")


def test_an_adjusted_weight_column_is_the_weight_beside_the_original_one():
    """原分值 | 调整后分值 (points moved at mid-year, the scores on the adjusted): both headers name the weight,
    the revised one is assessed and the original is kept in the note, whichever stands first; no column is said
    unread and the original is not read from its cells as the weight (issue 21, 1533)."""
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "原分值", "调整后分值", "得分"]
    rows = [heads, ["产出指标", "质量指标", "商品果率", "≥85%", "87.3%", "6", "8", "8"],
            ["效益指标", "社会效益指标", "带动农户", "≥3000户", "3080户", "10", "8", "8"]]
    for table in (rows, [[*x[:5], x[6], x[5], x[7]] for x in rows]):
        r = normalize_document(_html("".join("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>"
                                             for row in table)))
        assert [(i.weight.raw, i.score.raw) for i in r.indicators] == [("8", "8"), ("8", "8")]
        assert ["原分值：6" in r.indicators[0].note, "原分值：10" in r.indicators[1].note] == [True, True]
        assert not [w for w in r.warnings if "原分值" in w or "调整后分值" in w]


def test_the_years_target_column_is_the_target_beside_the_whole_terms():
    """A multi-year project's grid sets the implementation period's target (实施期指标值（2022—2024年）)
    left of the year's (年度指标值): the year's result is assessed against the year's target, whichever
    stands first; a table with the period's column alone keeps it (issue 21, 1337)."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "实施期指标值（2022—2024年）", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建示范园", "≥3万亩", "≥1万亩", "1.05万亩", "10", "10"],
    ]
    [i] = normalize_document(_doc(rows)).indicators
    assert (i.target.raw, i.target.q.value, i.actual.raw) == ("≥1万亩", Decimal(10000), "1.05万亩")
    assert not check(normalize_document(_doc(rows)))
    swapped = [[x[0], x[1], x[2], x[4], x[3], *x[5:]] for x in rows]
    swapped[0][4] = "2022-2024年目标值"
    [i] = normalize_document(_doc(swapped)).indicators
    assert i.target.raw == "≥1万亩"
    alone = [[*x[:3], *x[4:]] for x in rows]
    alone[0][3] = "中期指标值"
    [i] = normalize_document(_doc(alone)).indicators
    assert i.target.raw == "≥1万亩"
    alone = [[*x[:4], *x[5:]] for x in rows]
    [i] = normalize_document(_doc(alone)).indicators
    assert i.target.raw == "≥3万亩"


def test_the_whole_years_result_column_is_the_result_beside_a_part_of_the_years():
    """Two result columns side by side under one header row, the part of the year first (上半年完成值 |
    全年完成值, 1-6月完成值 | 1-12月完成值): the year's result is the one assessed, whichever stands first,
    and the midyear figures are named unread; a monitoring form's 全年预计完成值 beside its 1-6月实际完成值 is a
    forecast, not the year's result (issue 21, 1632 tried with its heads on one row)."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "上半年完成值", "全年完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建种植基地", "≥3000亩", "1800亩", "3100亩", "8", "8"],
    ]
    for part, whole in (("上半年完成值", "全年完成值"), ("1-6月完成值", "1-12月完成值")):
        rows[0][4:6] = [part, whole]
        r = normalize_document(_doc(rows))
        [i] = r.indicators
        assert (i.actual.raw, i.actual.q.value) == ("3100亩", Decimal(3100))
        assert any(part in w and "未读取" in w for w in map(str, r.warnings))
        assert not check(r)
    swapped = [[*x[:4], x[5], x[4], *x[6:]] for x in rows]
    [i] = normalize_document(_doc(swapped)).indicators
    assert i.actual.raw == "3100亩"
    rows[0][4:6] = ["1-6月实际完成值", "全年预计完成值"]   # a monitoring form's forecast is no result (484)
    [i] = normalize_document(_doc(rows)).indicators
    assert i.actual.raw == "1800亩"


def test_a_deviation_figure_column_is_not_the_reason():
    """偏差值 / 偏差率 head the gap as a figure (-6元, -4.00%), not why: the reason is the column whose head
    says 原因, so a missed row whose reason is empty is still told (issue 21, 1338 as 542)."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差值", "分值", "得分", "偏差原因分析"],
        ["效益指标", "经济效益指标", "亩均节本增效", "≥60元", "54元", "-6元", "10", "9", "低温寡照，增产不及预期"],
    ]
    [i] = normalize_document(_doc(rows)).indicators
    assert i.reason == "低温寡照，增产不及预期"
    rows[0][5] = "偏差率"
    rows[1][5], rows[1][8] = "-10.00%", ""
    r = normalize_document(_doc(rows))
    assert not r.indicators[0].reason
    assert [f.stated for f in check(r) if f.rule == "JX402"] == ["54元"]


def test_a_tolerance_or_a_grade_of_the_gap_is_not_the_reason_and_is_said_unread():
    """允许偏差 (±5%: the gap a target allows) and 偏差等级 (无偏差 / 较大偏差: how far, not why) head no
    reason: read as one, a missed row's tolerance or grade stood as its reason (±2% or 较大偏差 as why
    63% missed ≥70%), unsaid. The column is named unread instead (issue 21, 1441's 允许偏差 and 1442's
    偏差等级 read as reasons, unsaid)."""
    for head, cells in (("允许偏差", ("±5%", "±2%")), ("偏差等级", ("无偏差", "较大偏差")),
                        ("容许偏差", ("±5%", "0"))):
        rows = [
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", head, "分值", "得分"],
            ["产出指标", "数量指标", "新建污水检查井", "≥650座", "668座", cells[0], "6", "6"],
            ["效益指标", "生态效益指标", "城区污水集中收集率", "≥70%", "63%", cells[1], "10", "9"],
        ]
        r = normalize_document(_doc(rows))
        assert not any(i.reason for i in r.indicators), head
        assert any(f"第6列“{head}”" in w and "未读取" in w for w in r.warnings), head
    rows[0][5] = "偏差原因"
    rows[2][5] = "管网尚未接驳"
    assert normalize_document(_doc(rows)).indicators[1].reason == "管网尚未接驳"


def test_a_level_points_column_is_no_level_column_even_where_the_levels_ordinal_is_lost():
    """一级指标分值 merged beside 一级指标 down its group holds the group's points (50), not level 1's names;
    where a scan's reading lost the 一 of 一级指标 (级指标 | 一级指标分值 | 二级指标), the points column between
    is the level's own and 级指标 is still level 1 (issue 21, 1339.scan: three rows left unread)."""
    head = ["一级指标", "一级指标分值", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    rows = [["产出指标", "50", "数量指标", "青稞良种推广面积", "≥12万亩", "12.3万亩", "10", "10", ""],
            ["", "", "", "建设示范基地", "≥5个", "5个", "8", "8", ""]]
    for first in ("一级指标", "级指标"):
        r = normalize_document(_doc([[first, *head[1:]], *rows]))
        assert [(i.level1, i.level3, i.weight.raw) for i in r.indicators] == \
            [("产出指标", "青稞良种推广面积", "10"), ("产出指标", "建设示范基地", "8")], first
        assert not r.unread_rows


def test_an_adjusted_target_cell_holding_only_a_dash_leaves_the_initial_target():
    """调整后目标值 "/" or empty on a row not adjusted: the initial target still stands and is the
    one assessed; the dash is no target (issue 21, 231). The cell read is the initial one."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年初目标值", "调整后目标值", "调整原因", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "改造公厕", "≥80座", "≥60座", "批复调减", "62座", "10", "10"],
        ["产出指标", "质量指标", "验收合格率", "≥95%", "/", "", "97%", "10", "10"],
        ["产出指标", "时效指标", "完工时间", "2023年10月底前", "", "", "2023年10月20日", "10", "10"],
        ["效益指标", "社会效益指标", "服务机制", "健全", "—", "", "健全", "10", "10"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.target.raw, i.target.q.op, i.target.q.value) for i in inds] == [
        ("≥60座", ">=", Decimal(60)), ("≥95%", ">=", Decimal(95)), ("2023年10月底前", "deadline", None),
        ("健全", "qualitative", None)]
    assert [i.target.loc.col for i in inds] == [4, 3, 3, 3]
    assert "年初目标值：≥80座" in inds[0].note


def test_an_adjusted_target_cell_whose_dash_ocr_read_as_yi_leaves_the_initial_target():
    """A scan reads the — of a row not adjusted as 一 (1273.scan): no target of one, the initial target
    stands as for the dash itself."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年初目标值", "调整后目标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "毛竹林丰产培育", "≥3万亩", "≥2.5万亩", "2.56万亩", "10", "10"],
        ["产出指标", "数量指标", "新修竹林作业道", "≥60公里", "一", "62.4公里", "8", "8"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.target.raw, i.target.loc.col) for i in inds] == [("≥2.5万亩", 4), ("≥60公里", 3)]


def test_a_bare_figure_takes_the_unit_of_its_names_bracket_but_not_a_scaled_one():
    """No unit column and bare figures: the unit stands in a bracket after the name (考核合格（家）);
    a scaled unit there (（万欧元）) would change the written figure, a note (（试点）) is no unit."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "考核合格企业（家）", "≥30", "34", "10", "10"],
        ["产出指标", "数量指标", "出口额（万欧元）", "800", "812.5", "10", "10"],
        ["产出指标", "质量指标", "抽检合格率（试点）", "≥95%", "97%", "10", "10"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.target.q.value, i.target.q.unit, i.actual.q.value, i.actual.q.unit) for i in inds] == [
        (Decimal(30), "家", Decimal(34), "家"), (Decimal(800), "", Decimal("812.5"), ""),
        (Decimal(95), "%", Decimal(97), "%")]
    assert inds[0].target.raw == "≥30"   # the cell as written


def test_a_level_cell_spanning_both_level_columns_names_both():
    """满意度指标 in one cell across 一级 and 二级: level 2 is that cell, not the level 2 of the row above."""
    html = """<html><body><table>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td></tr>
<tr><td>效益指标</td><td>生态效益指标</td><td>绿化覆盖率</td><td>≥40%</td><td>42%</td></tr>
<tr><td colspan="2">满意度指标</td><td>居民满意度</td><td>≥85%</td><td>90%</td></tr>
</table></body></html>"""
    inds = normalize_document(read_bytes(html.encode(), "span.html"), name="span.html").indicators
    assert [(i.level1, i.level2_raw) for i in inds] == [("效益指标", "生态效益指标"), ("满意度指标", "满意度指标")]


def test_level_one_names_no_vocabulary_knows_are_taken_from_the_level_one_column():
    """A framework of its own (部门整体: 依法履职 / 运转保障): the 一级指标 cell heading rows whose level
    2 names no known level 1 is level 1 as written, points aside; a cell some of whose rows are known
    (a section label over 数量指标 …) is not, and a known name stays canonical."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["依法履职（40分）", "执法检查", "检查企业", "≥200家", "215家", "20", "20"],
        ["", "普法宣传", "宣传场次", "≥12场", "12场", "20", "20"],
        ["运转保障", "经费管理", "公用经费控制率", "≤100%", "96%", "20", "20"],
        ["年度目标", "数量指标", "新建站点", "≥3个", "3个", "20", "20"],
        ["", "考核评价", "考核次数", "≥2次", "2次", "10", "10"],
        ["满意度", "服务对象满意度", "群众满意度", "≥90%", "92%", "10", "10"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [i.level1 for i in inds] == ["依法履职", "依法履职", "运转保障", "产出指标", None, "满意度指标"]


def test_a_point_date_in_a_value_cell_is_a_month_unless_a_unit_column_or_the_name_says_money():
    """2024.6 under 指标值 with no unit is June 2024; with 万元 in the unit column, or 万元 in the
    name's bracket, it is money. A sentence with one figure in a value cell reads that figure."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "计量单位", "分值", "得分"],
        ["产出指标", "时效指标", "验收时间", "2024.6", "2024.5", "", "10", "10"],
        ["产出指标", "成本指标", "工程造价", "2024.6", "2024.5", "万元", "10", "10"],
        ["产出指标", "成本指标", "设备费（万元）", "2024.6", "2024.5", "", "10", "10"],
        ["产出指标", "数量指标", "演练场次", "全年开展演练不少于12场", "实际开展演练14场", "", "10", "10"],
        # words beside a sentence with a figure: what was done, no result against a target
        ["产出指标", "数量指标", "物资保障", "保障演练正常开展", "购置演练物资0.5万元", "", "10", "10"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.target.q.op, i.actual.q.op) for i in inds] == [
        ("deadline", "deadline"), ("=", "="), ("=", "="), (">=", "="), ("qualitative", "qualitative")]
    assert (inds[0].target.q.date, inds[0].actual.q.date) == ("2024-06-30", "2024-05-31")
    assert inds[1].target.q.value == Decimal("2024.6") * 10000
    assert (inds[3].target.q.value, inds[3].actual.q.value, inds[3].actual.q.unit) == (Decimal(12), Decimal(14), "场")


def test_a_fund_table_headed_standard_points_and_self_assessed_points_gives_its_weight_and_score():
    """标准分 is what the fund part is worth, 自评分 what it got: the same heads the indicator table
    reads as weight and score."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "标准分", "执行率", "自评分"],
        ["年度资金总额", "100", "110", "99", "10", "90%", "9"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "标准分", "自评分"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "90", "88"],
    ]
    p = normalize_document(_doc(rows)).projects[0]
    assert (p.budget_full_year.value, p.executed.value) == (Decimal(1100000), Decimal(990000))
    assert (p.fund_weight.value, p.fund_score.value) == (Decimal(10), Decimal(9))


def test_a_fund_table_headed_evaluated_points_gives_its_score():
    """评价分 / 考核分 (分 after a verb of assessing) is what the fund part got, beside 标准分 its worth."""
    for head in ("评价分", "考核分"):
        rows = [
            ["项目名称", "测试项目", "", "", "", "", ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "标准分", "执行率", head],
            ["年度资金总额", "100", "110", "99", "10", "90%", "9"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "标准分", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "90", "88"],
        ]
        p = normalize_document(_doc(rows)).projects[0]
        assert (p.fund_weight.value, p.fund_score.value) == (Decimal(10), Decimal(9)), head


def test_a_fund_weight_under_quanzhong_written_as_a_percentage_is_read_as_points():
    """权重 10% beside scores in points: a share of a 100-point total, the row read whole (it was
    dropped for the % where a weight belongs)."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "权重", "执行率", "得分"],
        ["年度资金总额", "85.00", "90.00", "87.30", "10%", "97.00%", "9.7分"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "90%", "90分"],
    ]
    p = normalize_document(_doc(rows)).projects[0]
    assert (p.budget_initial.value, p.budget_full_year.value, p.executed.value) == \
        (Decimal(850000), Decimal(900000), Decimal(873000))
    assert (p.fund_weight.value, p.fund_weight.loc.col, p.fund_score.value) == (Decimal(10), 4, Decimal("9.7"))
    assert p.exec_rate_stated.value == Decimal(97)


def test_a_fund_weight_under_fenzhi_written_as_a_percentage_beside_the_rate_in_percent_is_read_as_points():
    """分值 10% beside 执行率 96.50% (613: every weight a percent of 100 points): the rate has its own %
    column, so the weight's % is points, and the total row is read, not the first part under it
    (it was skipped for the %, and 其中：中央补助资金 4,000.00 taken as the fund)."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
        ["", "年度资金总额", "8,000.00", "8,500.00", "8,202.50", "96.50%", "10%", "9.65"],
        ["", "其中：中央补助资金", "4,000.00", "4,000.00", "4,000.00", "—", "—", "—"],
        ["", "市级财政资金", "4,000.00", "4,500.00", "4,202.50", "—", "—", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["产出指标", "数量指标", "新建道路", "≥6.5公里", "6.6公里", "90%", "89.49", ""],
    ]
    rows = [r + [""] * (8 - len(r)) for r in rows]
    p = normalize_document(_doc(rows)).projects[0]
    assert (p.budget_initial.value, p.budget_full_year.value, p.executed.value) == \
        (Decimal(80000000), Decimal(85000000), Decimal(82025000))
    assert (p.fund_weight.value, p.fund_score.value, p.exec_rate_stated.value) == \
        (Decimal(10), Decimal("9.65"), Decimal("96.50"))


def test_a_score_written_full_marks_is_the_rows_weight_in_points():
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "7.5%", "满分"],
        ["产出指标", "数量指标", "发放资料", "≥8万份", "7.6万份", "10%", "9.5分"],
        ["产出指标", "质量指标", "培训合格率", "≥90%", "95%", "8", "满分"],
        ["效益指标", "社会效益指标", "知晓率", "≥90%", "95%", "", "满分"],   # no weight: nothing to take
        ["总分", "", "", "", "", "", "25.5分"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [i.score.value for i in inds] == [Decimal("7.5"), Decimal("9.5"), Decimal(8), None]
    a = inds[0]
    assert (a.score.raw, a.score.loc.row, a.score.loc.col, a.score.q.places) == ("满分", 1, 6, 1)
    assert "满分" in a.note


def test_a_fund_block_with_the_sources_as_columns_gives_the_total_as_the_budget():
    """项目资金（万元） | 资金总额 | 其中：财政拨款 | 单位自筹 over one 金额 row (a 申报 form): the
    total is the year's budget, the sources its parts."""
    rows = [
        ["项目名称", "测试项目", "", ""],
        ["项目资金（万元）", "资金总额", "其中：财政拨款", "单位自筹"],
        ["金额", "150", "120", "30"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人次", "≥100人次"],
    ]
    p = normalize_document(_doc(rows)).projects[0]
    assert (p.money_unit, p.budget_full_year.value, p.budget_full_year.loc.row) == ("万元", Decimal(1500000), 2)
    assert [(s.label, s.figures["budget_full_year"].value) for s in p.fund_sources] == [
        ("其中：财政拨款", Decimal(1200000)), ("单位自筹", Decimal(300000))]


def test_fund_source_rows_whose_label_stands_after_their_figures_are_read_as_sources():
    """1313 (an HBase scan, its columns in the store's byte order): 资金来源 is the LAST column, so each source row
    opens with its figures and its label (其中：财政拨款, 其他资金) stands after them; the rows were taken for
    indicator-like rows and counted unread. A row whose words all stand after its figures has its label there."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["全年执行数", "全年预算数", "分值", "年初预算数", "得分", "执行率", "资金来源"],
        ["509.6", "520", "10", "500", "9.8", "98.00%", "年度资金总额"],
        ["509.6", "520", "", "500", "", "", "其中：财政拨款"],
        ["0", "0", "", "0", "", "", "其他资金"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建茶园", "≥5000亩", "5180亩", "90", "90"],
    ]
    r = normalize_document(_doc(rows))
    p = r.projects[0]
    assert (p.budget_full_year.raw, p.executed.raw) == ("520", "509.6")
    assert [(s.label, s.figures["budget_full_year"].raw, s.figures["executed"].raw) for s in p.fund_sources] == [
        ("其中：财政拨款", "520", "509.6"), ("其他资金", "0", "0")]
    assert r.unread_rows == 0


def test_a_fund_block_with_its_sources_as_columns_and_its_fields_as_rows_reads_the_total_column():
    """Issue 21 (676): a transfer form's 资金投入情况（万元） with the sources as columns and the 合计
    LAST (中央 | 省级 | 县级 | 合计 | 执行率), a 全年预算数 and a 全年执行数 row: the project's figures
    are the 合计 column's (not the first figure after the row's label), each source column a part
    with both figures, the 执行率 the column headed so; JX204 then checks the parts."""
    rows = [
        ["转移支付（项目）名称", "", "测试资金", "", "", "", ""],
        ["资金投入情况（万元）", "", "中央财政资金", "省级财政资金", "县级财政资金", "合计", "执行率"],
        ["", "全年预算数", "1,280.00", "320.00", "160.00", "1,760.00", "95.27%"],
        ["", "全年执行数", "1,241.60", "310.40", "142.80", "1,676.80", ""],
        ["一级指标", "二级指标", "三级指标", "全年指标值", "全年实际值", "", ""],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "", ""],
    ]
    r = normalize_document(_doc(rows))
    [p] = r.projects
    assert (p.budget_full_year.raw, p.executed.raw, p.exec_rate_stated.raw) == ("1,760.00", "1,676.80", "95.27%")
    assert (p.budget_full_year.loc.row, p.budget_full_year.loc.col, p.executed.loc.row) == (2, 5, 3)
    assert [(s.label, s.figures["budget_full_year"].raw, s.figures["executed"].raw) for s in p.fund_sources] == [
        ("中央财政资金", "1,280.00", "1,241.60"), ("省级财政资金", "320.00", "310.40"), ("县级财政资金", "160.00", "142.80")]
    # the sources' 全年执行数 add to 1,694.80, the 合计 1,676.80 the rate follows: 142.80 for 124.80 typed
    assert [(f.rule, f.stated) for f in check(r) if f.rule == "JX204"] == [("JX204", "142.80")]
    right = [row[:] for row in rows]
    right[3][4] = "124.80"
    assert not [f for f in check(normalize_document(_doc(right))) if f.rule == "JX204"]


def test_a_count_with_decimals_in_a_cell_of_running_text_is_read_as_prose_is():
    """Issue 21 (676): a transfer form's 实际完成情况 cell says 培训林农及护林员1.26人次 (1.26万人次 meant):
    a cell of running text is read for its figures as a paragraph is (DocRecords.cell_prose), so JX801
    sees the count; the indicator cells' own results are not read twice, and an average is no slip."""
    def jx801(said):
        rows = [
            ["转移支付（项目）名称", "测试资金", "", ""],
            ["年度总体目标", "预期目标", "实际完成情况", ""],
            ["", "目标1：培训林农1.2万人次。", said, ""],
            ["一级指标", "二级指标", "三级指标", "全年指标值"],
            ["产出指标", "数量指标", "培训人次", "≥1.2万人次"],
        ]
        return [(f.rule, f.stated) for f in check(normalize_document(_doc(rows))) if f.rule == "JX801"]
    assert jx801("完成情况1：举办培训班，培训林农及护林员1.26人次。") == [("JX801", "1.26人次")]
    assert jx801("完成情况1：举办培训班，培训林农及护林员\n1.26人次。") == [("JX801", "1.26人次")]   # a PDF's wrap
    assert jx801("完成情况1：举办培训班，培训林农及护林员1.26万人次。") == []
    assert jx801("完成情况1：举办培训班，人均培训1.5次。") == []
    # a counter with more words after it: a measure's step or a rate, no count (075, 566)
    assert jx801("完成情况1：项目区耕地质量提升0.5个等级以上，受益农户4200户。") == []
    assert jx801("完成情况1：全年食品安全监督抽检不低于4.5批次/千人，处理率98%以上。") == []


def test_a_target_written_in_the_name_with_its_cell_empty_is_split_from_the_name():
    """三级指标 新建污水管网长度≥12公里 over an empty 年度指标值: the name is what stands before the
    comparison, the target the rest as written, its provenance the name cell. A name ending in a
    figure without a comparison, or a row whose target cell is filled, keeps its name whole."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建污水管网长度≥12公里", "", "12.6公里", "20", "20"],
        ["产出指标", "时效指标", "主体工程完工时间2024年6月底前", "", "2024年6月20日", "10", "10"],
        ["产出指标", "数量指标", "新建5G基站", "", "8个", "10", "10"],
        ["产出指标", "质量指标", "设备完好率≥98%", "≥98%", "99%", "10", "10"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [i.level3 for i in inds] == ["新建污水管网长度", "主体工程完工时间", "新建5G基站", "设备完好率≥98%"]
    a, b, c, d = inds
    assert (a.target.q.raw, a.target.q.op, a.target.q.value, a.target.q.unit) == ("≥12公里", ">=", Decimal(12), "公里")
    assert (a.target.loc.row, a.target.loc.col) == (1, 2)
    assert (b.target.q.op, b.target.q.date) == ("deadline", "2024-06-30")
    assert c.target.q.op == "empty" and d.target.q.raw == "≥98%"


def test_a_vertical_fund_block_reads_every_item_and_its_weight_and_score_only_below_fund_rows():
    """项目资金（万元） over one item a row (label | figure): every money item, the rate, and the 分值 /
    得分 rows right below them are the fund's. A lone 得分 | 88 row elsewhere is no fund score."""
    rows = [
        ["项目名称", "测试项目"],
        ["项目资金（万元）", ""],
        ["年初预算数", "80.00"],
        ["全年预算数", "90.00"],
        ["全年执行数", "81.00"],
        ["执行率", "90.00%"],
        ["分值", "10"],
        ["得分", "9.00"],
    ]
    p = normalize_document(_doc(rows)).projects[0]
    assert (p.budget_initial.value, p.budget_full_year.value, p.executed.value) == (
        Decimal(800000), Decimal(900000), Decimal(810000))
    assert (p.fund_weight.value, p.fund_score.value, p.fund_score.loc.row) == (Decimal(10), Decimal("9.00"), 7)
    lone = normalize_document(_doc([["项目名称", "测试项目"], ["单位", "测试单位"], ["得分", "88"]])).projects[0]
    assert lone.fund_score is None and lone.fund_weight is None


def test_a_deduction_column_is_never_the_score_the_score_is_the_weight_less_it():
    """分值 | 扣分 | 扣分原因 where other forms write 得分: 扣分 is a deduction head, the score is
    分值 − 扣分 to the written places, the deduction kept; the fund row's 扣分 gives its score too."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "扣分"],
        ["年度资金总额", "", "50", "50", "48", "96%", "10", "0.4"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "扣分", "扣分原因"],
        ["产出指标", "数量指标", "维修道路里程", "≥30公里", "31公里", "20", "0", ""],
        ["产出指标", "质量指标", "验收合格率", "100%", "95%", "15", "0.75", "个别路段返工"],
        ["合计", "", "", "", "", "35", "0.75", ""],
    ]
    r = normalize_document(_doc(rows))
    a, b = r.indicators
    assert [(i.score.value, i.deduction.value) for i in (a, b)] == [(Decimal(20), Decimal(0)),
                                                                     (Decimal("14.25"), Decimal("0.75"))]
    assert (b.score.q.places, b.score.loc.col, b.reason) == (2, 6, "个别路段返工")
    assert "扣分" in b.note
    p = r.projects[0]
    assert (p.fund_weight.value, p.fund_score.value, p.fund_deduction.value) == (Decimal(10), Decimal("9.6"), Decimal("0.4"))
    assert [f.rule for f in check(r) if f.rule.startswith("JX4")] == []   # 0.75 read as the score was flagged


def test_a_points_column_beside_every_level_the_one_beside_the_name_is_the_weight():
    """一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 (747): each level's own points; the row's weight is
    the 分值 beside the indicator's name, not the first 分值 (the level-1 cell's, merged over its rows)."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", "", ""],
        ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "指标值", "实际完成值", "得分"],
        ["项目产出", "40", "产出数量", "20", "建立关爱档案", "10", "≥1200人", "1236人", "10"],
        ["", "", "", "", "开展个案服务", "10", "≥80个", "72个", "9"],
        ["", "", "产出质量", "20", "个案服务结案率", "20", "≥85%", "88.9%", "20"],
        ["合计", "", "", "", "", "40", "", "", "39"],
    ]
    r = normalize_document(_doc(rows))
    assert [(i.level3, i.weight and i.weight.value, i.score.value) for i in r.indicators] == \
        [("建立关爱档案", Decimal(10), Decimal(10)), ("开展个案服务", Decimal(10), Decimal(9)),
         ("个案服务结案率", Decimal(20), Decimal(20))]
    assert all(i.weight.loc.col == 5 for i in r.indicators)


def test_a_framework_of_points_and_deductions_with_no_score_or_value_column():
    """分值 | 评分标准 | 扣分 | 扣分理由 and no 得分, 目标值 or 完成值 (745): a criteria table whose scores are
    分值 − 扣分, said in a warning; the criteria and the reasons are no target or result; the 合计 row's
    最终得分：96.80 is the total score, its 扣分合计 figure the deduction."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "扣分", "扣分理由"],
        ["项目决策", "项目立项", "立项依据充分性", "4", "符合规划得满分，每有一项不符扣1分。", "0", ""],
        ["项目产出", "产出数量", "完成除险加固小型水库", "10", "计划12座，按完成比例计分。", "0.8", "完成11座。"],
        ["合计", "", "", "14", "扣分合计", "0.80", "最终得分：13.20"],
    ]
    r = normalize_document(_doc(rows))
    a, b = r.indicators
    assert [(i.weight.value, i.score.value, i.target.q.op, i.actual.q.op) for i in (a, b)] == \
        [(Decimal(4), Decimal(4), "empty", "empty"), (Decimal(10), Decimal("9.2"), "empty", "empty")]
    assert any("按分值减扣分推算" in w for w in r.warnings)
    p = r.projects[0]
    assert (p.total_weight_stated.value, p.total_deduction_stated.value, p.total_score_stated.value) == \
        (Decimal(14), Decimal("0.8"), Decimal("13.2"))
    assert [f.rule for f in check(r) if f.rule.startswith("JX3")] == []


@pytest.mark.parametrize("head, cells", [
    ("指标值 / 完成值", ["≥1.5万吨 / 1.62万吨", "≤80元/吨 / 76元/吨", "≥0.8 / 0.85"]),
    # the header names only the result, the cells show the pattern on most rows
    ("完成情况", ["目标：≥1.5万吨；完成：1.62万吨", "≤80元/吨 / 76元/吨", "≥0.8 / 0.85"]),
    # every cell two labelled parts, 实际 the result's label, a line break after the separator
    ("指标值及完成情况", ["目标：≥1.5万吨；实际：1.62万吨", "目标：≤80元/吨；\n实际：76元/吨", "实际：0.85；目标：≥0.8"]),
])
def test_one_column_for_target_and_result_is_split_per_cell(head, cells):
    rows = [["一级指标", "二级指标", "三级指标", head, "分值", "得分"]] + [
        ["产出指标", "数量指标", name, x, "10", "10"] for name, x in zip(("垃圾清运量", "单位清运成本", "设备利用系数"), cells)]
    inds = normalize_document(_doc(rows)).indicators
    got = [(i.target.q.raw, i.target.q.op, i.target.q.value, i.actual.q.raw, i.actual.q.value, i.actual.q.unit)
           for i in inds]
    assert got[0][1:] == (">=", Decimal(15000), "1.62万吨", Decimal(16200), "吨")
    assert got[1] == ("≤80元/吨", "<=", Decimal(80), "76元/吨", Decimal(76), "元/吨")
    assert got[2] == ("≥0.8", ">=", Decimal("0.8"), "0.85", Decimal("0.85"), "")
    assert inds[0].target.loc.col == inds[0].actual.loc.col == 3


def test_a_table_in_two_halves_reads_each_half_by_its_own_header():
    """Targets and results in one labelled cell above, then a second header whose name column says
    the names hold the targets in brackets (三级指标（年度指标值）) and its own 实际完成值 column."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标值及完成情况", "分值", "得分"],
        ["产出指标", "数量指标", "新建泵站", "目标：≥4座；实际：5座", "10", "10"],
        ["产出指标", "质量指标", "工程合格率", "目标：100%；\n实际：100%", "10", "10"],
        ["一级指标", "二级指标", "三级指标（年度指标值）", "实际完成值", "分值", "得分"],
        ["效益指标", "社会效益指标", "泵站服务半径（≤500米）", "480米", "10", "10"],
        ["效益指标", "可持续影响指标", "泵站管护机制（健全）", "健全", "10", "10"],
        ["满意度指标", "服务对象满意度指标", "群众满意度（≥90%）", "93.5%", "10", "10"],
        ["总分", "", "", "", "50", "50"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    got = [(i.level3, i.target.q.raw, i.target.q.op, i.target.q.value, i.actual.q.raw) for i in inds]
    assert got == [("新建泵站", "≥4座", ">=", Decimal(4), "5座"), ("工程合格率", "100%", "=", Decimal(100), "100%"),
                   ("泵站服务半径", "≤500米", "<=", Decimal(500), "480米"), ("泵站管护机制", "健全", "qualitative", None, "健全"),
                   ("群众满意度", "≥90%", ">=", Decimal(90), "93.5%")]
    assert (inds[2].target.loc.row, inds[2].target.loc.col, inds[2].actual.loc.col) == (4, 2, 3)
    # with a target column the bracket is part of the name
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["效益指标", "社会效益指标", "泵站服务半径（≤500米）", "≤450米", "430米", "10", "10"]]
    [i] = normalize_document(_doc(rows)).indicators
    assert (i.level3, i.target.q.raw) == ("泵站服务半径（≤500米）", "≤450米")


def test_weights_only_in_level2_brackets_go_to_a_level2_of_one_row_only():
    """No weight column, 质量指标（15分） over one row: that row's weight is 15, located at the
    level-2 cell; 数量指标（20分） over two rows does not say how the points split: no weight."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
        ["产出指标", "数量指标（20分）", "新建泵站", "≥4座", "4座", "10"],
        ["产出指标", "数量指标（20分）", "改造渠道", "≥12公里", "13公里", "10"],
        ["产出指标", "质量指标（15分）", "工程合格率", "100%", "100%", "15"],
        ["总分", "", "", "", "", "35"],
    ]
    # 产出指标 merged down three rows, 数量指标（20分） down two
    spans = {(1, 0): 3, (1, 1): 2}
    hidden = {(2, 0), (3, 0), (2, 1)}
    body = "".join("<tr>" + "".join(
        f'<td rowspan="{spans[k, c]}">{x}</td>' if (k, c) in spans else f"<td>{x}</td>"
        for c, x in enumerate(row) if (k, c) not in hidden) + "</tr>" for k, row in enumerate(rows))
    inds = normalize_document(_html(body)).indicators
    assert [(i.level3, i.weight.value if i.weight else None) for i in inds] == [
        ("新建泵站", None), ("改造渠道", None), ("工程合格率", Decimal(15))]
    assert (inds[2].weight.loc.row, inds[2].weight.loc.col) == (3, 1)
    # the same with the level names written on every row (no merged cells)
    inds = normalize_document(_doc(rows)).indicators
    assert [i.weight.value if i.weight else None for i in inds] == [None, None, Decimal(15)]
    # a table cut off after the one row (no total row): the level-2 may go on past the cut
    inds = normalize_document(_doc(rows[:-1])).indicators
    assert [i.weight for i in inds] == [None, None, None]


def _page(body):
    return normalize_document(read_bytes(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'
                                         .encode(), "t.html"), name="t.html")


_HEAD = ("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>"
         "<td>分值</td><td>得分</td></tr>"
         "<tr><td>产出指标</td><td>数量指标</td><td>培训人数</td><td>≥100人</td><td>98人</td><td>40</td><td>38</td></tr>"
         "<tr><td>效益指标</td><td>社会效益指标</td><td>覆盖乡镇</td><td>8个</td><td>8个</td><td>40</td><td>40</td></tr>")


def test_summary_rows_after_the_indicators_total_are_read_never_indicators():
    """绩效指标合计 | 80 | 78, then 自评总分（含资金执行率） | 100 | 96 and 自评等级 | 良: totals and the grade
    by their labels' grammar, wherever they stand, not indicator rows."""
    r = _page(f"<p>项目名称：示范项目</p><table>{_HEAD}"
              "<tr><td colspan=5>绩效指标合计</td><td>80</td><td>78</td></tr>"
              "<tr><td colspan=5>自评总分（含资金执行率）</td><td>100</td><td>96</td></tr>"
              "<tr><td colspan=5>综合评价等级</td><td colspan=2>良</td></tr></table>")
    [p] = r.projects
    assert [i.level3 for i in r.indicators] == ["培训人数", "覆盖乡镇"]
    assert (p.total_weight_stated.value, p.total_score_stated.value, p.grade_stated) == (100, 96, "良")


def test_a_stated_whole_total_beats_the_indicators_only_total_row():
    """合计 80 | 78 holds the indicators only (below the full 100 points: the fund's 20 stand
    outside the table); the line below states the whole, 自评总分：96分."""
    r = _page(f"<p>项目名称：示范项目</p><table>{_HEAD}<tr><td colspan=5>合计</td><td>80</td><td>78</td></tr>"
              "</table><p>自评总分：96分（含资金执行率得分18分）　自评等级：优</p>")
    [p] = r.projects
    assert (p.total_score_stated.value, p.total_weight_stated) == (96, None)
    assert any("仅为绩效指标" in w for w in r.warnings)
    # a table total of the full points stays, whatever a line says
    r = _page(f"<p>项目名称：示范项目</p><table>{_HEAD}<tr><td colspan=5>合计</td><td>100</td><td>78</td></tr>"
              "</table><p>自评总分：96分</p>")
    assert (r.projects[0].total_weight_stated.value, r.projects[0].total_score_stated.value) == (100, 78)


def test_money_in_any_scaled_unit_of_yuan_and_the_unit_is_compared():
    """资金（千元）: the unit grammar (a scale word before 元), not a list of 万元 / 亿元; and a unit
    read wrong is a mismatch of its own (the amounts are compared in the unit read)."""
    from jixiao.normalize.expected import records_to_expected
    r = _page("<p>项目名称：示范项目</p><table><tr><td>资金（千元）</td><td>年初预算数</td><td>全年预算数</td>"
              "<td>全年执行数</td><td>执行率</td><td>分值</td><td>得分</td></tr><tr><td>年度资金总额</td>"
              "<td>2,400</td><td>2,500</td><td>2,450</td><td>98%</td><td>10</td><td>9.8</td></tr></table>"
              f"<table>{_HEAD}</table>")
    p = r.projects[0]
    assert (p.money_unit, p.budget_full_year.value, p.executed.value) == ("千元", 2500000, 2450000)
    want = records_to_expected(r)
    assert not compare(r, want).mismatches
    want["projects"][0]["money_unit"] = "万元"
    assert compare(r, want).mismatches == ["示范项目 money_unit: expected '万元', found '千元'"]


_TWO = ("<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>"
        "<td>分值</td><td>得分</td></tr>"
        "<tr><td colspan=7>项目1：甲镇供水改造</td></tr>"
        "<tr><td>产出指标</td><td>数量指标</td><td>改造管网</td><td>≥12公里</td><td>12.5公里</td><td>60</td><td>60</td></tr>"
        "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>用户满意度</td><td>≥90%</td><td>93%</td><td>40</td><td>40</td></tr>"
        "<tr><td colspan=5>小计</td><td>100</td><td>100</td></tr>"
        "<tr><td colspan=7>项目2：乙村道路硬化</td></tr>"
        "<tr><td>产出指标</td><td>数量指标</td><td>硬化道路</td><td>≥3公里</td><td>2.7公里</td><td>50</td><td>45</td></tr>"
        "<tr><td>产出指标</td><td>质量指标</td><td>验收合格率</td><td>100%</td><td>100%</td><td>50</td><td>50</td></tr>"
        "<tr><td colspan=5>小计</td><td>100</td><td>95</td></tr></table>")
_FUNDS = ("<table><tr><td>项目名称</td><td>全年预算数（万元）</td><td>全年执行数（万元）</td><td>执行率</td></tr>"
          "<tr><td>乙村道路硬化</td><td>50</td><td>45</td><td>90%</td></tr>"
          "<tr><td>甲镇供水改造</td><td>120</td><td>114</td><td>95%</td></tr></table>")


@pytest.mark.parametrize("funds_first", [True, False])
def test_two_projects_under_one_header_each_opened_by_a_row_naming_it(funds_first):
    """项目1：X / 项目2：Y rows spanning the indicator table each start a project, closed by a 小计
    (its weight the sum of the project's): that project's total. The fund table's rows, one per
    project, go to the projects by name, before or after the indicators."""
    r = _page(_FUNDS + _TWO if funds_first else _TWO + _FUNDS)
    got = [(p.name, [i.level3 for i in p.indicators], p.budget_full_year and p.budget_full_year.value,
            p.total_weight_stated and p.total_weight_stated.value, p.total_score_stated and p.total_score_stated.value)
           for p in r.projects]
    assert sorted(got) == [("乙村道路硬化", ["硬化道路", "验收合格率"], 500000, 100, 95),
                           ("甲镇供水改造", ["改造管网", "用户满意度"], 1200000, 100, 100)]


def test_a_table_opening_with_summary_rows_after_the_indicators_holds_their_total():
    """The indicator table broken by a page: page 2's table holds only 小计 | 10 | 10, then
    合计（含资金执行率） | 100 | 96 and 自评等级 | 优, its merged label columns gone."""
    indicators = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                  ["产出指标", "数量指标", "培训人数", "≥100人", "98人", "40", "38"],
                  ["效益指标", "社会效益指标", "覆盖乡镇", "8个", "8个", "40", "40"],
                  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10"]]
    rest = [["小计", "10", "10", ""], ["合计（含资金执行率）", "100", "96", ""], ["自评等级", "优", "", ""]]
    r = normalize_document(_docs(indicators, rest))
    [p] = r.projects
    assert (p.total_weight_stated.value, p.total_score_stated.value, p.grade_stated) == (100, 96, "优")
    # a 合计 row of some other table, after a table that is no indicator table, is no project's total
    r = normalize_document(_docs(indicators, [["说明", "无"]], [["合计", "100", "96"]]))
    assert r.projects[0].total_score_stated is None


# -- issue 21, seventh set: a basis column, targets inside the names, the unit as the subject -------
def test_a_column_giving_the_basis_of_the_target_is_not_the_target():
    """目标值设定依据 (prose: the plan the target comes from) before 年度指标值: the target is read
    from the 年度指标值 column; the basis column is no value column."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "目标值设定依据", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "举办展览场次", "馆藏陈列年度规划", "≥24场", "26场", "20", "20"],
        ["产出指标", "质量指标", "展品完好率", "文物保护工作规范", "100%", "100%", "10", "10"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.target.raw, i.target.q.op, i.target.q.value, i.actual.raw) for i in inds] == [
        ("≥24场", ">=", Decimal(24), "26场"), ("100%", "=", Decimal(100), "100%")]
    assert [(i.target.loc.col, i.weight.raw, i.score.raw) for i in inds] == [(4, "20", "20"), (4, "10", "10")]


def test_targets_inside_the_names_of_a_table_without_a_target_column_are_split():
    """No target column; the name column's header says it holds the target (三级指标（目标值）):
    each name is split before its target, with a comparison or without one (达标率100%), and a figure
    inside the name before the comparison (PM10) stays in the name. Without the header's word, a
    table most of whose names end in a comparison and a figure is split the same way, but a name
    ending in a bare figure then stays whole."""
    head = ["一级指标", "二级指标", "三级指标（目标值）", "实际完成值", "分值", "得分"]
    body = [
        ["产出指标", "数量指标", "新增造林面积≥3000亩", "3150亩", "20", "20"],
        ["产出指标", "质量指标", "苗木成活率达标率100%", "100%", "10", "10"],
        ["效益指标", "生态效益指标", "PM10年均浓度≤60微克/立方米", "55微克/立方米", "10", "10"],
        ["产出指标", "时效指标", "栽植完成时间2024年4月底前", "2024年4月20日", "10", "10"],
    ]
    inds = normalize_document(_doc([head] + body)).indicators
    assert [(i.level3, i.target.raw) for i in inds] == [
        ("新增造林面积", "≥3000亩"), ("苗木成活率达标率", "100%"), ("PM10年均浓度", "≤60微克/立方米"),
        ("栽植完成时间", "2024年4月底前")]
    assert (inds[0].target.q.op, inds[0].target.q.value, inds[0].target.q.unit) == (">=", Decimal(3000), "亩")
    assert (inds[0].target.loc.row, inds[0].target.loc.col) == (1, 2)
    assert (inds[3].target.q.op, inds[3].target.q.date) == ("deadline", "2024-04-30")
    # a scan may drop the bracket's closing mark at the cell's end: the header still says it
    unclosed = normalize_document(_doc([["一级指标", "二级指标", "三级指标（目标\n值"] + head[3:]] + body)).indicators
    assert [(i.level3, i.target.raw) for i in unclosed][1] == ("苗木成活率达标率", "100%")
    inds = normalize_document(_doc([["一级指标", "二级指标", "三级指标"] + head[3:]] + body)).indicators
    assert [(i.level3, i.target.raw) for i in inds] == [
        ("新增造林面积", "≥3000亩"), ("苗木成活率达标率100%", ""), ("PM10年均浓度", "≤60微克/立方米"),
        ("栽植完成时间", "2024年4月底前")]


def _titled(title, rows, in_table):
    return document("" if in_table else title, ([[title] + [""] * (len(rows[0]) - 1)] if in_table else []) + rows)


@pytest.mark.parametrize("in_table", [False, True])
def test_the_unit_named_on_a_whole_unit_form_is_what_is_evaluated(in_table):
    """单位名称 on a 单位整体支出 form names the subject of the evaluation, as 项目名称 does on a
    project form (its title before the table or in its first row says so); on a project form it is
    the unit only."""
    rows = [["单位名称", "某市图书馆", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "年接待读者人次", "≥50万人次", "52万人次", "100", "100"]]
    whole = normalize_document(_titled("某市图书馆2023年度单位整体支出绩效自评表", rows, in_table))
    assert [(p.name, p.unit) for p in whole.projects] == [("某市图书馆", "某市图书馆")]
    project = normalize_document(_titled("2023年度项目支出绩效自评表", rows, in_table))
    assert [p.name for p in project.projects] == [None] and project.projects[0].unit == "某市图书馆"



@pytest.mark.parametrize("label", ["项目支出绩效自评总分", "单位整体支出绩效评价总分（含资金执行率）"])
def test_a_total_row_naming_what_was_evaluated_before_the_scorer(label):
    """[subject]绩效 + scorer + 总分: the evaluated subject may stand before the total's words; the row
    states the total and is never an indicator. An indicator ending in 考核得分 stays an indicator."""
    assert summary_label(label) == "total" and summary_label("教师年度考核得分") is None
    r = _page(f"<p>项目名称：示范项目</p><table>{_HEAD}"
              f"<tr><td colspan=5>{label}</td><td>100</td><td>96</td></tr></table>")
    [p] = r.projects
    assert [i.level3 for i in r.indicators] == ["培训人数", "覆盖乡镇"]
    assert p.total_score_stated.value == 96


_VFUND = "<table><tr><td>资金（万元）</td><td></td></tr><tr><td>年初预算数</td><td>{0}</td></tr>" \
         "<tr><td>全年预算数</td><td>{0}</td></tr><tr><td>全年执行数</td><td>{1}</td></tr>" \
         "<tr><td>分值</td><td>10</td></tr><tr><td>得分</td><td>{2}</td></tr></table>"


def _named_indicators(name, total):
    return (f"<table><tr><td>项目名称</td><td colspan=6>{name}</td></tr>{_HEAD}"
            f"<tr><td colspan=5>合计</td><td>100</td><td>{total}</td></tr>"
            f"<tr><td colspan=5>自评等级</td><td colspan=2>优</td></tr></table>")


def test_a_fund_table_before_a_named_indicator_table_and_prose_between_is_one_project():
    """The money in a table inside the prose, the indicators (with their 项目名称 row and the total)
    as the 附件 at the end: the name row names the project whose money was read, one project."""
    r = _page("<p>一、基本情况</p>" + _VFUND.format(200, 180, 9) + "<p>三、自评结论：良好。</p><p>附件：自评表</p>"
              + _named_indicators("示范工程甲", 97))
    assert [(p.name, p.budget_full_year.raw, p.total_score_stated.raw, p.grade_stated) for p in r.projects] == \
        [("示范工程甲", "200", "97", "优")]


def test_a_fund_table_and_an_indicator_table_per_project_each_tie_to_their_project():
    """Two projects, each its fund block then its named indicator table closed by its total: the
    second fund block opens the second project (the first holds its money and indicators)."""
    r = _page(_VFUND.format(200, 180, 9) + _named_indicators("示范工程甲", 97)
              + _VFUND.format(300, 240, 8) + _named_indicators("示范工程乙", 86))
    assert [(p.name, p.budget_full_year.raw, p.fund_score.raw, p.total_score_stated.raw) for p in r.projects] == \
        [("示范工程甲", "200", "9", "97"), ("示范工程乙", "300", "8", "86")]


def test_a_vertical_fund_block_whose_title_row_stands_outside_the_table():
    """An Excel export writes the block's title (资金（万元）, its value cell empty) as a line above:
    the table opens on 年初预算数 | 200, a money label before its figure, a fund block and never
    indicator rows read on without a header."""
    body = _VFUND.format(200, 180, 9).replace("<tr><td>资金（万元）</td><td></td></tr>", "") \
        .replace("<tr><td>分值</td>", "<tr><td>执行率</td><td>90.00%</td></tr><tr><td>分值</td>")
    r = _page("<p>资金（万元）</p>" + body)
    [p] = r.projects
    assert (r.indicators, p.budget_initial.raw, p.executed.raw, p.fund_score.raw) == ([], "200", "180", "9")


# -- issue 21, tenth set: a conclusion's grade, a bare 总分 beside the grade, a weight / score pair cell --
def _one_project_with_lines(*lines):
    doc = _docs([["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                 ["产出指标", "数量指标", "维修路段", "≥8公里", "9公里", "60", "60"]])
    for k, text in enumerate(lines):
        doc.blocks.append(Paragraph(text=text, loc=Location("mem", block=1 + k)))
    return normalize_document(doc).projects[0]


@pytest.mark.parametrize("line, grade", [("绩效自评结论：良好", "良"), ("评价结论: 优。", "优"),
                                         ("自评结论：中央资金已全部到位", None), ("结论：差距在于进度", None),
                                         # 739: the result's label of a self-evaluation, a note after the grade
                                         ("自评结果：优（曲目完成48首，按完成比例计分）。", "优")])
def test_a_conclusion_label_holding_only_a_grade_word_is_the_grade(line, grade):
    """结论：良好 states the grade as 等级：良好 does; a conclusion that is a sentence starting with a
    grade's character (中央…, 差距…) is none."""
    assert _one_project_with_lines(line).grade_stated == grade


@pytest.mark.parametrize("label, value, grade", [("自评结论", "优", "优"), ("绩效评价结论", "良好", "良"),
                                                 ("自评结论", "中央资金已全部到位", None),
                                                 # 815: the scorer and 结果 under the total row
                                                 ("自评结果", "优", "优"), ("结果", "优", None)])
def test_a_conclusion_label_cell_beside_a_grade_word_cell_is_the_grade(label, value, grade):
    """A table row 自评结论 | 优 (label and value in cells side by side, as a web page's form holds
    it) states the grade as the line 自评结论：优 does; a sentence in the value cell is none."""
    doc = _html(f"""<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>
        <td>分值</td><td>得分</td></tr>
        <tr><td>产出指标</td><td>数量指标</td><td>维修路段</td><td>≥8公里</td><td>9公里</td><td>100</td><td>100</td></tr>
        <tr><td colspan=3>总分</td><td colspan=2></td><td>100</td><td>100</td></tr>
        <tr><td colspan=2>{label}</td><td colspan=5>{value}</td></tr>""")
    p = normalize_document(doc).projects[0]
    assert p.grade_stated == grade
    assert grade is None or (p.grade_raw, p.grade_loc.row) == (value, 3)


def test_a_bare_total_beside_the_grade_on_one_line_is_the_score_not_the_full_marks():
    """总分：86.5分　评价等级：良: a line stating the grade states the result, so its 总分 is the
    score; 总分: 100 alone stays the full marks."""
    p = _one_project_with_lines("总分：86.5分\u3000\u3000\u3000评价等级：良")
    assert (p.total_score_stated.raw, p.total_score_stated.loc.block, p.grade_stated) == ("86.5分", 1, "良")
    assert _one_project_with_lines("总分：100").total_score_stated is None


def test_a_fund_cell_under_a_header_naming_weight_and_score_holds_both():
    """分值 / 得分 over 10 / 9.2: the header names both fields, the cell holds the pair (split as a
    target / actual pair is)."""
    doc = _html("""<tr><td>资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td>
<td>分值／得分</td></tr>
<tr><td>资金总额</td><td>300.00</td><td>320.00</td><td>294.40</td><td>92.00%</td><td>10／9.2</td></tr>""")
    p = normalize_document(doc).projects[0]
    assert (p.fund_weight.raw, p.fund_score.raw, p.fund_score.loc.col) == ("10", "9.2", 5)


# -- issue 21 (native forms): blocks of one document naming the same project -----------------------
_FUND_BLOCK = [["项目名称", "城乡供水保障资金", "", "", "", "", ""],
               ["实施单位", "某县水利局", "", "", "", "", ""],
               ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
               ["年度资金总额", "200.00", "240.00", "228.00", "10", "95.00%", "9.5"]]


def _indicator_block(name):
    return [["项目名称", name, "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建供水管网", "≥12公里", "13公里", "45", "45"],
            ["效益指标", "社会效益指标", "受益人口", "≥3万人", "3.2万人", "45", "44"],
            ["合计", "", "", "", "", "100", "98.5"],
            ["自评等级", "优", "", "", "", "", ""]]


def test_a_fund_block_and_an_indicator_block_naming_the_same_project_are_one_project():
    """The fund on one sheet, the indicators, total and grade on another: one project, each figure
    keeping the table it was read from; another name, or a second statement of the same part, stays
    apart."""
    recs = normalize_document(_docs(_FUND_BLOCK, _indicator_block("城乡供水保障资金")))
    [p] = recs.projects
    assert p.name == "城乡供水保障资金" and len(p.indicators) == 2
    assert p.executed.q.raw == "228.00" and p.executed.loc.table == 0
    assert p.total_score_stated.q.raw == "98.5" and p.total_score_stated.loc.table == 1
    assert p.grade_stated == "优" and p.unit == "某县水利局"
    apart = normalize_document(_docs(_FUND_BLOCK, _indicator_block("农村饮水安全资金")))
    assert [q.name for q in apart.projects] == ["城乡供水保障资金", "农村饮水安全资金"]
    twice = normalize_document(_docs(_indicator_block("城乡供水保障资金"), _indicator_block("城乡供水保障资金")))
    assert len(twice.projects) == 2


# -- issue 21, fifteenth set: names in the lines above the tables -----------------------------------
def _lines_then_table(lines, fmt="pdf"):
    rows = [["项目资金（万元）", "全年预算数", "全年执行数", "执行率", ""], ["资金总额", "680.00", "648.04", "95.30%", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
            ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里"]]
    return document(*lines, rows, fmt=fmt)


def test_a_name_line_whose_value_runs_into_the_next_label_cell():
    """An unruled title block printed as text: the 项目名称 value cell and the 实施单位 label cell
    beside it sit close, so the line reads 项目名称 X实施单位 Y. The value ends where the next label
    (a unit's label, as reporting_unit knows them) begins; a value with no label after it is whole."""
    def name(line):
        [p] = normalize_document(_lines_then_table([line])).projects
        return p.name
    assert name("项目名称 2023年农村公路养护经费实施单位 某区公路养护中心") == "2023年农村公路养护经费"
    assert name("项目名称 2023年农村公路养护经费 主管部门 某区交通运输局") == "2023年农村公路养护经费"
    assert name("项目名称 2023年农村公路养护经费") == "2023年农村公路养护经费"


@pytest.mark.parametrize("label", ["区级预算单位名称", "县级预算单位名称", "单位名称"])
def test_a_whole_unit_forms_unit_name_label_is_read_by_its_head_noun(label):
    """Whatever level or kind words stand before 单位名称 (1366: 区级预算单位名称 | X), the label names the
    unit a 部门整体 form evaluates; a role's label (实施单位名称) names the agency, not what is evaluated."""
    rows = [[label, "某区疾病预防控制中心", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "免疫接种人次", "≥5万人次", "5.2万人次", "100", "100"]]
    [p] = normalize_document(_titled("部门整体支出绩效自评表", rows, False)).projects
    assert (p.name, p.unit) == ("某区疾病预防控制中心", "某区疾病预防控制中心")
    [q] = normalize_document(_titled("部门整体支出绩效自评表", [["实施单位名称"] + rows[0][1:]] + rows[1:], False)).projects
    assert q.name is None and q.agency == "某区疾病预防控制中心"


def test_a_project_named_in_a_sentence_takes_the_name_to_the_clauses_end():
    """项目名称：X，起点桩号… in a report's prose (1370's 项目背景资料) names the project up to the clause's
    end; a name line's value still ends at a space."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "路面养护里程", "≥4.2公里", "4.2公里", "100", "100"]]
    for line, want in (("（一）项目背景资料。1、项目名称：国道112线某段路面养护工程，起点桩号K156+320，全长4.2公里。",
                        "国道112线某段路面养护工程"),
                       ("项目名称：某县农村公路养护项目 主管部门：某县交通运输局", "某县农村公路养护项目")):
        [p] = normalize_document(document(line, rows)).projects
        assert p.name == want, line


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_whole_unit_form_is_named_by_its_department_line(fmt):
    """A 部门整体 form names what it evaluates on a 部门（单位）名称：X line above its tables, as its
    tables would in a 部门（单位）名称 cell; on a project form such a line names no project."""
    lines = ["部门整体支出绩效自评表", "（2023年度）", "部门（单位）名称：某市园林局 金额单位：万元"]
    [p] = normalize_document(_lines_then_table(lines, fmt)).projects
    assert (p.name, p.name_loc.block) == ("某市园林局", 2)
    [q] = normalize_document(_lines_then_table(["项目支出绩效自评表"] + lines[1:], fmt)).projects
    assert q.name is None


def test_a_whole_unit_form_is_named_by_its_bare_unit_row():
    """A 部门整体 form's 单位 | X row above its criteria (1269: 单位 | 凤台县市场监督管理局) names the
    department it evaluates, the project's name, as a 部门（单位）名称 cell does; a bare 单位 whose value is
    no unit's name (万元, a measure), or on a project form, names nothing."""
    def doc(title, value):
        return document(title, [["单位", value]],
                        [["一级指标", "二级指标", "三级指标", "指标分值", "自评得分"],
                         ["规划(15分)", "基础信息(3分)", "基础信息完整性", "3", "3"]])
    [p] = normalize_document(doc("2023年度部门整体支出绩效评价自评表", "凤台县市场监督管理局")).projects
    assert (p.name, p.unit) == ("凤台县市场监督管理局", "凤台县市场监督管理局")
    [q] = normalize_document(doc("2023年度部门整体支出绩效评价自评表", "万元")).projects
    assert q.name != "万元"
    [r] = normalize_document(doc("2023年度项目支出绩效自评表", "凤台县市场监督管理局")).projects
    assert r.name != "凤台县市场监督管理局"


# -- issue 21, sixteenth set: where levels and rows are --------------------------------------------
def test_levels_written_as_section_rows_in_a_table_without_level_columns():
    """No level columns: 一、产出指标 and （一）数量指标, each alone in its row, set level 1 / level 2 for
    the rows below until the next such row; the ordinal is no part of the level. 服务对象满意度指标
    under 三、满意度指标 is its level 2, and 成本指标 under 产出指标 a level 2 too."""
    rows = [["指标名称", "年度指标值", "实际完成值", "分值", "得分"],
            ["一、产出指标", "", "", "", ""],
            ["（一）数量指标", "", "", "", ""],
            ["培训人次", "≥1000人次", "1200人次", "20", "20"],
            ["（二）成本指标", "", "", "", ""],
            ["人均培训成本", "≤500元", "480元", "10", "10"],
            ["二、效益指标", "", "", "", ""],
            ["（一）社会效益指标", "", "", "", ""],
            ["就业率", "≥80%", "85%", "30", "30"],
            ["三、满意度指标", "", "", "", ""],
            ["（一）服务对象满意度指标", "", "", "", ""],
            ["学员满意度", "≥90%", "95%", "30", "30"],
            ["总分", "", "", "90", "90"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level1, i.level2_raw, i.level3) for i in inds] == [
        ("产出指标", "数量指标", "培训人次"), ("产出指标", "成本指标", "人均培训成本"),
        ("效益指标", "社会效益指标", "就业率"), ("满意度指标", "服务对象满意度指标", "学员满意度")]
    assert [i.level2 for i in inds] == ["数量指标", "成本指标", "社会效益指标", "服务对象满意度指标"]


def test_an_indicator_table_in_two_side_by_side_halves():
    """The header repeats the same run of roles (名称 | 指标值 | 实际值 | 得分 twice): two tables side by
    side in the same rows, each half read on its own, top to bottom, left half first, its levels
    from the section rows spanning that half only; the shorter half's empty cells are no rows, and
    the total row under both is read once."""
    rows = [["指标名称", "指标值", "实际值", "得分", "指标名称", "指标值", "实际值", "得分"],
            ["产出指标／数量指标", "", "", "", "效益指标／社会效益指标", "", "", ""],
            ["培训人次", "≥1000人次", "1200人次", "20", "就业率", "≥80%", "85%", "30"],
            ["产出指标／质量指标", "", "", "", "满意度指标／服务对象满意度指标", "", "", ""],
            ["结业合格率", "≥90%", "92%", "20", "学员满意度", "≥90%", "95%", "20"],
            ["产出指标／时效指标", "", "", "", "", "", "", ""],
            ["完成时间", "2023年12月前", "2023年11月", "10", "", "", "", ""],
            ["总分", "", "", "", "100", "", "自评等级", "优"]]
    recs = normalize_document(_doc(rows))
    assert [(i.level1, i.level2_raw, i.level3, i.actual.raw, i.score.value) for i in recs.indicators] == [
        ("产出指标", "数量指标", "培训人次", "1200人次", Decimal(20)),
        ("产出指标", "质量指标", "结业合格率", "92%", Decimal(20)),
        ("产出指标", "时效指标", "完成时间", "2023年11月", Decimal(10)),
        ("效益指标", "社会效益指标", "就业率", "85%", Decimal(30)),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "95%", Decimal(20))]
    assert [i.actual.loc.col for i in recs.indicators] == [2, 2, 2, 6, 6]   # the cell each was read from
    [p] = recs.projects
    assert (p.total_score_stated.value, p.grade_stated) == (Decimal(100), "优")


def test_two_indicators_to_a_row_under_level_captions_read_each_half_by_its_own_header():
    """Issue 21 (1502: two indicators to a row): the header 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 |
    得分 written twice, a line 一级指标：… across the table per level 1, its indicators left then right. The
    caption line is a level's value, no second header line (read as one, it named a column 一级指标 and the
    halves were lost), and the cells checked across the whole width must not make the right half's 二级指标
    a level 1: each half is read by its own header, every indicator under its own level 2."""
    head = ["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [head + head,
            ["一级指标：产出指标"] + [""] * 11,
            ["数量指标", "新建基地", "≥30个", "31个", "40", "40", "数量指标", "推广菌种", "≥500吨", "520吨", "20", "20"],
            ["时效指标", "完成时间", "2023年11月15日前", "2023年11月10日", "10", "10"] + [""] * 6,
            ["一级指标：效益指标"] + [""] * 11,
            ["经济效益指标", "黑木耳产量", "≥3000吨", "2700吨", "20", "18", "社会效益指标", "带动农户", "≥2500户", "2580户", "10", "10"],
            ["总分", "", "", "", "100", "98"] + [""] * 6]
    recs = normalize_document(_doc(rows))
    assert sorted((i.level1, i.level2_raw, i.level3, i.target.raw, i.actual.raw, i.score.value) for i in recs.indicators) == sorted([
        ("产出指标", "数量指标", "新建基地", "≥30个", "31个", Decimal(40)),
        ("产出指标", "数量指标", "推广菌种", "≥500吨", "520吨", Decimal(20)),
        ("产出指标", "时效指标", "完成时间", "2023年11月15日前", "2023年11月10日", Decimal(10)),
        ("效益指标", "经济效益指标", "黑木耳产量", "≥3000吨", "2700吨", Decimal(18)),
        ("效益指标", "社会效益指标", "带动农户", "≥2500户", "2580户", Decimal(10))])


def test_a_header_repeating_its_roles_three_times_or_more_is_read_tile_by_tile():
    """Issue 21 (1732: a system's wide export, 横表): the seven roles 一级指标 … 得分 written once per indicator
    across ONE row (指标1 | 指标2 | 指标3 … over them). Read as two halves (the header repeats at half its
    width too) only the first and the middle indicator came out and the other tiles' level columns were
    named unread; each tile is one indicator table of its own, read left to right, none of its columns
    passed over, and the total row under the first tile read once."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    vals = [("产出指标", "数量指标", "新建基地", "≥30个", "31个", "40", "40"),
            ("产出指标", "时效指标", "完成时间", "2023年11月15日前", "2023年11月10日", "20", "20"),
            ("效益指标", "经济效益指标", "黑木耳产量", "≥3000吨", "2700吨", "20", "18"),
            ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥90%", "95%", "20", "20")]
    rows = [sum(([f"指标{k + 1}"] * 7 for k in range(4)), []), head * 4, sum((list(v) for v in vals), []),
            ["总分", "", "", "", "", "100", "98"] + [""] * 21]
    recs = normalize_document(_doc(rows))
    assert [(i.level1, i.level2_raw, i.level3, i.target.raw, i.actual.raw, i.weight.value, i.score.value)
            for i in recs.indicators] == [v[:5] + (Decimal(v[5]), Decimal(v[6])) for v in vals]
    assert [i.actual.loc.col for i in recs.indicators] == [4, 11, 18, 25]   # the cell each was read from
    assert not [w for w in recs.warnings if "不对应指标记录的任何字段" in w]
    [p] = recs.projects
    assert p.total_score_stated.value == Decimal(98)


def test_a_sheet_shown_with_its_column_letters_and_row_numbers_is_read_without_them():
    """Issue 21 (1737: an online sheet's page printed): the form's cells under a row of column letters (a blank
    corner, A … G) and beside a column of row numbers (1 … N down every row). The numbers before each label
    hid the 总分 and 自评等级 rows (the total and the grade lost, nothing said; the .pdf read 总分 as a 13th
    indicator): the program's headings are no cells of the form, taken off and said."""
    form = [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建基地", "≥30个", "31个", "50", "50"],
            ["效益指标", "社会效益指标", "带动农户", "≥2500户", "2250户", "50", "45"],
            ["总分", "", "", "", "", "100", "95"],
            ["自评等级", "优", "", "", "", "", ""]]
    rows = [[""] + list("ABCDEFG")] + [[str(n)] + r for n, r in enumerate(form, 1)]
    recs = normalize_document(_doc(rows))
    assert [(i.level3, i.actual.raw, i.score.value) for i in recs.indicators] == [
        ("新建基地", "31个", Decimal(50)), ("带动农户", "2250户", Decimal(45))]
    [p] = recs.projects
    assert (p.total_score_stated.value, p.grade_stated) == (Decimal(95), "优")
    assert any("列标" in w and "行号" in w for w in recs.warnings)
    # a column of row numbers alone (no letters over it) is a table's own 序号: left as it is
    recs = normalize_document(_doc([["序号"] + form[1]] + [[str(n)] + r for n, r in enumerate(form[2:4], 1)]))
    assert not any("列标" in w for w in recs.warnings)


def test_a_section_row_of_two_levels_parted_by_a_chinese_dash_sets_both_levels():
    """Issue 21 (1500: a checklist whose level lines read 产出指标——数量指标): the Chinese dash (破折号) is two
    dashes typed as one mark; split at each, the line read as three parts and set no level, every row of
    the table left without its levels and nothing said."""
    rows = [["完成", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标——数量指标", "", "", "", "", ""],
            ["☑", "新植咖啡", "≥2000亩", "2060亩", "60", "60"],
            ["满意度指标——服务对象满意度指标", "", "", "", "", ""],
            ["☑", "种植户满意度", "≥90%", "93%", "40", "40"]]
    recs = normalize_document(_doc(rows))
    assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "新植咖啡"), ("满意度指标", "服务对象满意度指标", "种植户满意度")]


def test_the_one_level_column_whose_cells_stack_a_level_1_over_a_level_2_gives_both():
    """Issue 21 (1501: a level column headed 指标层级, each cell 产出指标⏎数量指标; its print runs the two lines
    together): the header names one level column, so the cell was read as a level 2 of both words; a cell
    that reads as a level 1 and a level 2 under it gives both."""
    rows = [["指标层级", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标\n数量指标", "新建基地", "≥30个", "31个", "30", "30"],
            ["产出指标\n质量指标", "验收合格率", "100%", "100%", "30", "30"],
            ["满意度指标服务对象满意度指标", "群众满意度", "≥90%", "93%", "40", "40"]]
    recs = normalize_document(_doc(rows))
    assert [(i.level1, i.level1_raw, i.level2_raw) for i in recs.indicators] == [
        ("产出指标", "产出指标", "数量指标"), ("产出指标", "产出指标", "质量指标"),
        ("满意度指标", "满意度指标", "服务对象满意度指标")]


def test_a_table_folded_in_two_with_an_empty_gutter_column_reads_both_halves():
    """A table folded in two to fit a page: the same header over each half, an empty column between them
    (a narrow gutter on a sheet); the right half's rows are read after the left's, from their own cells,
    not lost."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [head + [""] + head,
            ["产出指标", "数量指标", "改造里程", "≥120公里", "126公里", "50", "50", "",
             "效益指标", "社会效益指标", "通车比例", "≥60%", "62.4%", "30", "30"],
            ["产出指标", "质量指标", "验收合格率", "100%", "100%", "10", "10", "",
             "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94.5%", "10", "10"]]
    recs = normalize_document(_doc(rows))
    assert [(i.level1, i.level2_raw, i.level3, i.actual.raw, i.weight.value) for i in recs.indicators] == [
        ("产出指标", "数量指标", "改造里程", "126公里", Decimal(50)),
        ("产出指标", "质量指标", "验收合格率", "100%", Decimal(10)),
        ("效益指标", "社会效益指标", "通车比例", "62.4%", Decimal(30)),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "94.5%", Decimal(10))]
    assert [i.actual.loc.col for i in recs.indicators] == [4, 4, 12, 12]


def test_a_whole_unit_forms_table_of_its_projects_is_the_breakdown_of_its_project_spending():
    """A 部门整体 form: its fund block (年度资金总额 with 基本支出 / 项目支出 under it), then a table of
    the department's projects (项目名称 | 预算数 | 执行数 | 自评得分) whose 合计 is the 项目支出 line: a
    breakdown of that line, not projects of this form; the department stays the one project, its
    money and score from its own block, and the grade below the indicators is its."""
    fund = [["年度预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "1,000.00", "1,200.00", "1,140.00", "10", "95.00%", "9.5"],
            ["其中：基本支出", "600.00", "700.00", "690.00", "—", "98.57%", "—"],
            ["项目支出", "400.00", "500.00", "450.00", "—", "90.00%", "—"]]
    projects = [["序号", "项目名称", "预算数", "执行数", "执行率", "自评得分"],
                ["1", "河道保洁", "300.00", "280.00", "93.33%", "95.5"],
                ["2", "水质监测", "200.00", "170.00", "85.00%", "88.0"],
                ["", "合计", "500.00", "450.00", "90.00%", "—"]]
    indicators = [["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分"],
                  ["产出指标", "数量指标", "保洁河道长度", "≥120公里", "126公里", "90", "90"],
                  ["总分", "", "", "", "", "100", "99.5"]]
    doc = _docs(fund, projects, indicators)
    lines = ["部门整体支出绩效自评表", "部门（单位）名称：某市水务局"]
    doc.blocks = [Paragraph(x, Location("mem", block=k)) for k, x in enumerate(lines)] + doc.blocks + \
        [Paragraph("自评结论：优", Location("mem", block=5))]
    for k, b in enumerate(doc.blocks):
        b.loc = Location("mem", block=k, table=b.loc.table)
    [p] = normalize_document(doc).projects
    assert p.name == "某市水务局"
    assert [f.raw for f in (p.budget_initial, p.budget_full_year, p.executed, p.fund_score)] == \
        ["1,000.00", "1,200.00", "1,140.00", "9.5"]
    assert p.grade_stated == "优" and len(p.indicators) == 1


# -- issue 21, nineteenth set: an outline coded 1 / 1.1 / 1.1.1 ---------------------------------------
_OUTLINE = [["编码", "绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
            ["1", "产出指标", "", "", "60", "57", ""],
            ["1.1", "数量指标", "", "", "40", "37", ""],
            ["1.1.1", "培训人次", "≥1000人次", "900人次", "30", "27", "报名不足"],
            ["1.1.2", "发放手册", "≥500册", "520册", "10", "10", ""],
            ["1.2", "成本指标", "", "", "20", "20", ""],
            ["1.2.1", "人均培训成本", "≤500元", "480元", "20", "20", ""],
            ["2", "满意度指标", "", "", "30", "30", ""],
            ["2.1", "服务对象满意度指标", "", "", "30", "30", ""],
            ["2.1.1", "学员满意度", "≥90%", "95%", "30", "30", ""],
            ["", "合计", "", "", "90", "87", ""]]


def test_an_outline_code_column_says_which_rows_are_levels():
    """No level columns: a 编码 column numbers the rows as an outline; a coded row with rows under it
    and no target or actual (1 产出指标, 1.1 数量指标) is a level, its 分值 / 得分 subtotals: it sets the
    levels of the rows under it and is no indicator, so the subtotals are not summed with the rows."""
    r = normalize_document(_doc(_OUTLINE))
    inds = r.indicators
    assert [(i.level1, i.level2, i.level3) for i in inds] == [
        ("产出指标", "数量指标", "培训人次"), ("产出指标", "数量指标", "发放手册"),
        ("产出指标", "成本指标", "人均培训成本"), ("满意度指标", "服务对象满意度指标", "学员满意度")]
    assert [i.level1_points.raw for i in inds] == ["60", "60", "60", "30"]
    assert [i.level2_points.raw for i in inds] == ["40", "40", "20", "30"]
    assert not r.warnings
    assert not [f for f in check(r) if f.rule in ("JX302", "JX303", "JX306")]


def test_an_outline_of_ordinals_and_a_subtotal_that_is_not_its_rows_sum():
    """The same outline numbered 一 / （一） / 1 (the kinds nested in the order they first appear); a
    level row's 得分 that is not the sum of the rows under it is said, the row still a level."""
    codes = ["一", "（一）", "1", "2", "（二）", "1", "二", "（一）", "1"]
    rows = [["序号"] + _OUTLINE[0][1:]] + [[c] + row[1:] for c, row in zip(codes, _OUTLINE[1:])] + [_OUTLINE[-1]]
    rows[2][5] = "36"   # （一）数量指标's 得分: its rows add up to 37
    rows[1][5] = "56"   # 一、产出指标's: the sum of its level rows as written
    r = normalize_document(_doc(rows))
    assert [(i.level1, i.level2, i.level3) for i in r.indicators] == [
        ("产出指标", "数量指标", "培训人次"), ("产出指标", "数量指标", "发放手册"),
        ("产出指标", "成本指标", "人均培训成本"), ("满意度指标", "服务对象满意度指标", "学员满意度")]
    [w] = r.warnings
    assert "（一）" in w and "数量指标" in w and "36" in w and "37" in w



def test_an_outline_of_letter_codes_each_extending_its_parents():
    """1053: the 编号 column codes the levels A / A1 / A11 (a code extends its parent's): the rows
    A 产出指标 and A1 数量指标, with their subtotals and no target, are levels, not indicators."""
    codes = ["A", "A1", "A11", "A12", "A2", "A21", "B", "B1", "B11"]
    rows = [["编号"] + _OUTLINE[0][1:]] + [[c] + row[1:] for c, row in zip(codes, _OUTLINE[1:])] + [_OUTLINE[-1]]
    r = normalize_document(_doc(rows))
    assert [(i.level1, i.level2, i.level3) for i in r.indicators] == [
        ("产出指标", "数量指标", "培训人次"), ("产出指标", "数量指标", "发放手册"),
        ("产出指标", "成本指标", "人均培训成本"), ("满意度指标", "服务对象满意度指标", "学员满意度")]
    assert not [f for f in check(r) if f.rule in ("JX302", "JX303", "JX306")]


def test_letter_codes_in_a_flat_run_are_no_outline():
    """A1 … A9, A10, A11 numbered one after another: A10 is not A1's child (A9 stands between)."""
    from jixiao.normalize import outline
    assert outline.depths(["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11"]) is None
    assert outline.depths(["A", "A1", "A11", "A12", "A2", "B", "B1"]) == [1, 2, 3, 3, 2, 1, 2]


@pytest.mark.parametrize("dash", ["—", "二"])
def test_numbered_headings_in_the_name_column_carrying_their_points(dash):
    """1050: one 指标 column, 一、产出指标 / （一）数量指标 / 1.培训人次, the heading rows with their 分值
    and 得分 (the sums of the rows under them) and a dash for target and actual (二 as a scan reads
    it): levels, not indicators."""
    names = ["一、产出指标", "（一）数量指标", "1.培训人次", "2.发放手册", "（二）成本指标", "1.人均培训成本",
             "二、满意度指标", "（一）服务对象满意度指标", "1.学员满意度"]
    rows = [["指标"] + _OUTLINE[0][2:]] + [[n] + [x or dash if k < 2 else x for k, x in enumerate(row[2:])]
                                          for n, row in zip(names, _OUTLINE[1:])] + [["合计", "", "", "90", "87", ""]]
    r = normalize_document(_doc(rows))
    assert [(i.level1, i.level2, i.level3) for i in r.indicators] == [
        ("产出指标", "数量指标", "1.培训人次"), ("产出指标", "数量指标", "2.发放手册"),
        ("产出指标", "成本指标", "1.人均培训成本"), ("满意度指标", "服务对象满意度指标", "1.学员满意度")]
    assert not [f for f in check(r) if f.rule in ("JX302", "JX303", "JX306")]


# -- issue 21, nineteenth set: grades in the score column, the points rule under the table -------------
_GRADED = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分（等级）"],
           ["产出指标", "数量指标", "培训人次", "≥1000人次", "900人次", "30", "良"],
           ["产出指标", "质量指标", "结业率", "≥90%", "96%", "30", "优"],
           ["效益指标", "社会效益指标", "就业率", "≥80%", "85%", "30", "优"],
           ["总分", "", "", "", "", "90", "84"]]


def _graded(note: str | None):
    doc = _doc(_GRADED)
    if note is not None:
        doc.blocks = doc.blocks + [Paragraph(note, Location("mem", block=1))]
    return normalize_document(doc)


@pytest.mark.parametrize("note", ["注：得分按评价等级填列，优秀＝该指标分值×100%，良好＝该指标分值×85%，较差＝0",
                                  "说明：优秀得满分，良好得分值的85%，较差不得分"])
def test_grades_in_the_score_column_are_scored_by_the_rule_the_note_states(note):
    """得分（等级） holds grade words; the note under the table states what each is worth (a share of
    the row's 分值): each row's score is its points by that rule (not a share built in: 良好 is 85%
    here), the grade kept as written."""
    rows = [[x.replace("良", "良好").replace("优", "优秀") if c == 6 else x for c, x in enumerate(row)]
            for row in _GRADED]
    rows[-1][6] = "85.5"
    doc = _doc(rows)
    doc.blocks = doc.blocks + [Paragraph(note, Location("mem", block=1))]
    r = normalize_document(doc)
    assert [(i.score.raw, i.score.value) for i in r.indicators] == \
        [("良好", Decimal("25.5")), ("优秀", Decimal(30)), ("优秀", Decimal(30))]
    assert not r.warnings
    assert not [f for f in check(r) if f.rule in ("JX302", "JX306")]



def test_a_column_of_letter_grades_under_no_score_header_is_the_score():
    """1052: 评价等级 holds A / B in place of a 得分 column (no header names a score); the key under the
    table glosses each letter in brackets, A（完成目标）得该指标分值的100%: the grades are the scores,
    turned into points by that key, not read as units."""
    rows = [row[:6] + ["评价等级" if k == 0 else {"良": "B", "优": "A"}.get(row[6], "")]
            for k, row in enumerate(_GRADED)]
    doc = _doc(rows)
    doc.blocks = doc.blocks + [Paragraph("评价等级折算：A（完成目标）得该指标分值的100%；B（完成80%-100%）得80%；"
                                         "C（完成60%-80%）得60%；D（完成60%以下）不得分。", Location("mem", block=1))]
    r = normalize_document(doc)
    assert [(i.score.raw, i.score.value) for i in r.indicators] == \
        [("B", Decimal(24)), ("A", Decimal(30)), ("A", Decimal(30))]
    assert not [i for i in r.indicators if i.target.q.unit in ("A", "B")]

def test_grades_with_no_rule_stated_stay_unscored_and_say_so():
    """No text states what a grade is worth: the scores stay unread (None), and a warning says why."""
    r = _graded(None)
    assert [i.score.value for i in r.indicators] == [None, None, None]
    [w] = r.warnings
    assert "等级" in w and "规则" in w


# -- issue 21: the proportional rule stated in its deduction form (按完成比例扣分, 096) ----------------
@pytest.mark.parametrize("text, stated", [
    ("部分案件跨年办理，按完成比例扣分。", True), ("未完成部分按未完成比例扣分", True), ("按比例扣分", True),
    ("按完成比例计分", True), ("按实际完成比例相应扣减分值", True), ("未完成的酌情扣分", False),
    ("执行率未达100%，按比例扣分", False)])   # the execution rate's own rule, the fund row's
def test_the_proportional_rule_stated_as_a_deduction_is_read(text, stated):
    from jixiao.normalize.scoring import stated_proportional
    assert bool(stated_proportional(["注：定性指标按三档评分", text])) == stated


def test_a_deduction_form_stating_the_proportional_rule_follows_it():
    """分值 | 扣分 | 偏差原因 with 按完成比例扣分 in a reason cell: the table's model is proportional
    (as 完成值/目标值×分值 would state it), so a row deducted off it is flagged (JX405) even though
    one partly achieved row is no evidence of a model by itself."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "扣分", "偏差原因"],
            ["产出指标", "数量指标", "查处率", "100%", "96%", "5", "0.2", "部分案件跨年办理，按完成比例扣分。"],
            ["产出指标", "质量指标", "结案率", "100%", "90%", "10", "0.5", "部分案件未结"],
            ["效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", "10", "0", ""]]
    r = normalize_document(_doc(rows))
    p = r.projects[0]
    # the reason tells the model; the form's rule it is not (fixleft55: a row's reason is no rule line)
    assert (p.scoring_model, p.scoring_rule) == ("proportional", "")
    assert [(f.stated, f.expected) for f in check(r) if f.rule == "JX405"] == [("10-0.5", "9")]


def test_the_projects_scoring_rule_is_the_forms_own_line_never_a_rows_reason():
    """A reason cell or a line labelled as the reason column is headed (偏差说明：…按完成比例计分) tells how
    that row was scored: the model, never the form's rule; a note's sentence stating it is the rule, that
    sentence, not the note's head."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "900人次", "10", "9", "受高温影响，参训人数低于预期，按完成比例计分"],
            ["产出指标", "质量指标", "合格率", "≥90%", "96%", "10", "10", ""],
            ["效益指标", "社会效益指标", "就业率", "≥80%", "85%", "10", "10", ""]]
    p = normalize_document(_doc(rows)).projects[0]
    assert (p.scoring_model, p.scoring_rule) == ("proportional", "")
    line = [rows[0], [*rows[1][:7], ""], *rows[2:]]
    p = normalize_document(document(line, "偏差说明：培训人次900人次，未达1000人次的年度目标，按完成比例计分。")).projects[0]
    assert (p.scoring_model, p.scoring_rule) == ("proportional", "")
    doc = document(line, "注：“目标是否调整”为“是”的指标，年度指标值为调整后的值。定量指标未达到指标值的，按完成比例计分。")
    p = normalize_document(doc).projects[0]
    assert (p.scoring_model, p.scoring_rule) == ("proportional", "定量指标未达到指标值的，按完成比例计分")



# -- s269: the proportional rule stated as the result's share of the target (1678, 1679) ------------
@pytest.mark.parametrize("text, stated", [
    ("说明：1.预算执行率得分＝分值×执行率，最高不超过分值；2.定量指标按实际完成值占年度指标值的比例计分，定性指标按完成"
     "情况分档计分。", True),
    ("说明：执行率＝全年执行数÷全年预算数；绩效指标得分按实际完成值占年度指标值的比例计算，最高不超过该项分值。", True),
    ("未达到目标值的，按照完成值与目标值之比计算得分", True), ("按实际完成数占计划数的比重计分", True),
    ("预算执行率按全年执行数占全年预算数的比例计分", False), ("定性指标按完成情况分档计分", False),
    ("完成值占目标值的比例在80%以上的为良", False)])
def test_the_proportional_rule_stated_as_the_results_share_of_the_target_is_read(text, stated):
    from jixiao.normalize.scoring import stated_proportional
    assert bool(stated_proportional([text])) == stated


def test_a_short_row_scored_off_the_share_its_note_states_is_flagged():
    """One short row is no evidence of a model; a 说明 stating 按实际完成值占年度指标值的比例计分 is, so a
    row scored off it is flagged (JX405) and the rule is the project's."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "900人次", "10", "7.5"],
            ["产出指标", "质量指标", "合格率", "≥90%", "96%", "10", "10"],
            ["效益指标", "社会效益指标", "就业率", "≥80%", "85%", "10", "10"]]
    doc = document(rows, "说明：1.预算执行率得分＝分值×执行率；2.定量指标按实际完成值占年度指标值的比例计分。")
    r = normalize_document(doc)
    p = r.projects[0]
    assert (p.scoring_model, p.scoring_rule) == ("proportional", "2.定量指标按实际完成值占年度指标值的比例计分")
    assert [(f.stated, f.expected) for f in check(r) if f.rule == "JX405"] == [("7.5", "9")]

# -- issue 21: letter grades (A / B / C) in the score column ---------------------------------------
_LETTERS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "900人次", "30", "B"],
            ["产出指标", "质量指标", "结业率", "≥90%", "96%", "30", "A"],
            ["效益指标", "社会效益指标", "就业率", "≥80%", "75%", "30", "C"],
            ["总分", "", "", "", "", "90", "72"]]


def test_letter_grades_under_a_score_header_are_scored_by_the_rule_the_form_states():
    """得分 holding A / B / C: single letters look like unit symbols (A, V), but under a score header
    they are grades; the note states each one's share of the 分值 (A＝满分, B＝80%, C＝60%)."""
    doc = _doc(_LETTERS)
    doc.blocks = doc.blocks + [Paragraph("注：A＝满分，B＝该指标分值×80%，C＝该指标分值×60%", Location("mem", block=1))]
    r = normalize_document(doc)
    assert [(i.level3, i.score.raw, i.score.value) for i in r.indicators] == \
        [("培训人次", "B", Decimal(24)), ("结业率", "A", Decimal(30)), ("就业率", "C", Decimal(18))]
    assert not r.warnings
    assert not [f for f in check(r) if f.rule in ("JX302", "JX306")]


def test_letter_grades_with_no_rule_stated_stay_unscored_and_say_so():
    """No built-in worth for A / B / C: with no rule stated the scores stay unread, a warning says so."""
    r = normalize_document(_doc(_LETTERS))
    assert [(i.score.raw, i.score.value) for i in r.indicators] == [("B", None), ("A", None), ("C", None)]
    [w] = r.warnings
    assert "等级" in w and "规则" in w and "B、A、C" in w
    assert "JX306" not in {f.rule for f in check(r)}


# -- issue 21, nineteenth set: cells and headers ----------------------------------------------------
def test_a_qualitative_table_whose_target_column_is_headed_by_what_is_required():
    """目标要求 | 完成情况 | 评价等级: the header's head noun 要求 after 目标 / 指标 names the target
    column, as 目标值 does; 评价等级 is no value column. 总体目标 and 目标任务 stay labels."""
    from jixiao.normalize.vocab import header_field
    rows = [["一级指标", "二级指标", "三级指标", "目标要求", "完成情况", "评价等级", "分值", "得分"],
            ["效益指标", "社会效益指标", "管护机制", "健全", "已建立", "优", "10", "10"],
            ["效益指标", "生态效益指标", "河道水质", "明显改善", "基本达到", "良", "10", "8"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level3, i.target.raw, i.target.q.op, i.actual.raw) for i in inds] == [
        ("管护机制", "健全", "qualitative", "已建立"), ("河道水质", "明显改善", "qualitative", "基本达到")]
    assert [header_field(h, set()) for h in ("年度目标要求", "指标要求", "目标任务", "总体目标", "评分要求")] == \
        ["target", "target", None, None, None]


def test_weight_and_score_in_one_cell_under_a_joined_header_are_two_fields():
    """分值/得分 (权重 ／ 得分) heads one column whose cells hold both figures (8/7.2, 6 / 6): the
    header is two fields and each cell splits at its slash, each part with its own raw text and
    the cell's location; the 总分 row's 100/98.98 likewise. A slash in a value column (a date
    2023/6/30) stays as written."""
    for head in ("分值/得分", "权重 ／ 得分"):
        rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", head],
                ["产出指标", "数量指标", "抽检批次", "≥1200批次", "1260批次", "8/7.2"],
                ["产出指标", "时效指标", "完成时间", "2023/6/30前", "2023/6/28", "6 / 6"],
                ["总分", "", "", "", "", "14/13.2"]]
        r = normalize_document(_doc(rows))
        assert [(i.weight.raw, i.weight.value, i.score.raw, i.score.value) for i in r.indicators] == [
            ("8", Decimal(8), "7.2", Decimal("7.2")), ("6", Decimal(6), "6", Decimal(6))]
        assert [(i.weight.loc.row, i.weight.loc.col, i.score.loc.col) for i in r.indicators] == [(1, 5, 5), (2, 5, 5)]
        assert [(i.target.raw, i.actual.raw) for i in r.indicators] == [("≥1200批次", "1260批次"),
                                                                        ("2023/6/30前", "2023/6/28")]
        [p] = r.projects
        assert (p.total_weight_stated.value, p.total_score_stated.value) == (Decimal(14), Decimal("13.2"))


def test_score_over_weight_under_a_score_first_joined_header_takes_the_header_order():
    """得分/分值 heads one column whose cells write the score as a fraction of the weight (9.72/10):
    the part before the slash is the score, the part after the weight, in the indicator rows, the
    总分 row (99.47/100) and the fund row (9.75/10) alike, as the header names them."""
    fund = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分/分值"],
            ["年度资金总额", "2400", "2600", "2535", "97.5%", "9.75/10"]]
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分/分值"],
            ["产出指标", "数量指标", "改造危桥", "≥25座", "25座", "7/8"],
            ["效益指标", "社会效益指标", "通车比例", "≥85%", "82.6%", "9.72/10"],
            ["总分（得分/分值）", "", "", "", "", "16.72/18"]]
    r = normalize_document(_docs(fund, rows))
    assert [(i.weight.raw, i.weight.value, i.score.raw, i.score.value) for i in r.indicators] == [
        ("8", Decimal(8), "7", Decimal(7)), ("10", Decimal(10), "9.72", Decimal("9.72"))]
    [p] = r.projects
    assert (p.total_weight_stated.value, p.total_score_stated.value) == (Decimal(18), Decimal("16.72"))
    assert (p.fund_weight.value, p.fund_score.value) == (Decimal(10), Decimal("9.75"))


def _paged(rows, first_page_rows):
    """A table a PDF reader stitched over a page break: its first rows on page 1, the rest on page 2."""
    d = _doc(rows)
    d.format = "pdf"
    for c in d.tables()[0].cells:
        c.loc = Location("mem", block=0, page=1 if c.row < first_page_rows else 2, table=0, row=c.row, col=c.col)
    return d


def test_a_level_cell_cut_in_two_cells_by_a_page_break_is_read_whole_and_said():
    """A PDF cuts a level cell merged over a page break into two cells, each part of the name
    (满意 | 度指标, 服务对 | 象满意度指标; 307.pdf): read whole on the upper row, as above on the
    lower, with a warning. Two cells each a level's name (数量指标 | 质量指标) stay two levels, and
    so do two such parts on one page (no break cut them)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "20", "20"],
            ["", "质量指标", "合格率", "100%", "100%", "20", "20"],
            ["满意", "服务对", "患者满意度", "≥90%", "93.7%", "10", "10"],
            ["度指标", "象满意度指标", "医务人员满意度", "≥85%", "88.9%", "10", "10"]]
    r = normalize_document(_paged(rows, 4))
    assert [(i.level1, i.level2) for i in r.indicators] == [
        ("产出指标", "数量指标"), ("产出指标", "质量指标"),
        ("满意度指标", "服务对象满意度指标"), ("满意度指标", "服务对象满意度指标")]
    assert sum("分在上下两格" in w for w in r.warnings) == 2
    for same_page in (_paged(rows, 5), _paged(rows, 3)):
        r = normalize_document(same_page)
        assert [i.level1 for i in r.indicators][2:] != ["满意度指标", "满意度指标"]
        assert not any("分在上下两格" in w for w in r.warnings)


def test_a_level_cell_whose_next_page_part_is_only_the_level_tail_is_joined_over_the_break():
    """A merged level cell printed 社会效益 on the page's last row and 指标 on the next page's first
    (1162.pdf): the upper part reads as a level of its own in its short form, the lower only as the
    tail the level grammar drops (vocab.level_forms); together they are one level, read whole on both
    rows and said. The same tail on the same page (no break) is not joined."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["效益指标", "经济效益指标", "带动产值", "≥1500万元", "1620万元", "10", "10"],
            ["", "社会效益", "带动务工就业", "≥120人", "126人", "10", "10"],
            ["", "指标", "就地初加工率", "≥60%", "63.5%", "10", "10"],
            ["", "可持续影响指标", "持续运营年限", "≥10年", "10年", "10", "10"]]
    r = normalize_document(_paged(rows, 3))
    assert [i.level2 for i in r.indicators] == ["经济效益指标", "社会效益指标", "社会效益指标", "可持续影响指标"]
    assert [w for w in r.warnings if "（社会效益｜指标），疑为跨页断开，合并读作“社会效益指标”" in w]
    r = normalize_document(_paged(rows, 4))
    assert not any("分在上下两格" in w for w in r.warnings)


def test_a_level_cell_cut_where_its_upper_part_reads_as_the_name_by_the_vocabulary_is_joined():
    """A page break cuts 服务对象满意度指标 into 服务对象满 | 意度指标 (1273.pdf): the vocabulary reads the upper part
    alone as that name (a prefix), yet it is no name as written and the two together are one exactly:
    joined and said, as any cut name. On one page (no break) the two stay apart."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["满意度指标", "服务对象满", "竹农满意度", "≥90%", "94.8%", "6", "6"],
            ["", "意度指标", "竹材加工企业满意度", "≥85%", "90.3%", "4", "4"]]
    r = normalize_document(_paged(rows, 2))
    assert [i.level2_raw for i in r.indicators] == ["服务对象满意度指标", "服务对象满意度指标"]
    assert [w for w in r.warnings if "（服务对象满｜意度指标），疑为跨页断开" in w]
    r = normalize_document(_paged(rows, 3))
    assert not any("分在上下两格" in w for w in r.warnings)


def _lines(*texts):
    return document(*texts)


def test_indicators_written_as_label_value_lines_are_read_one_record_a_block():
    """Indicators given not as table rows but as label：value lines down the page, the labels the
    table header's words; a block starts where a label repeats, two pairs may share a line, and
    a PDF line may glue the next label to a value. Each value keeps the paragraph it stands in."""
    doc = _lines("二、绩效指标", "第一项",
                 "一级指标：产出指标　二级指标：数量指标", "三级指标：培训人次",
                 "指标值：≥500人次", "实际值：520人次", "权重：20　自评得分：20",
                 "第二项",
                 "一级指标：满意度指标 二级指标：服务对象满意度指标三级指标：学员满意度",
                 "指标值：≥90%", "实际值：85%", "权重：10　自评得分：9.4", "三、结论")
    r = normalize_document(doc)
    a, b = r.indicators
    assert (a.level1, a.level2, a.level3, a.target.raw, a.actual.raw) == ("产出指标", "数量指标", "培训人次", "≥500人次", "520人次")
    assert (b.level2, b.level3, b.actual.raw, b.score.raw) == ("服务对象满意度指标", "学员满意度", "85%", "9.4")
    assert b.weight.value == Decimal(10) and b.score.value == Decimal("9.4")
    assert a.actual.loc.table is None and doc.blocks[a.actual.loc.block].text == "实际值：520人次"
    assert doc.blocks[b.score.loc.block].text == "权重：10　自评得分：9.4"
    assert r.unread_rows == 0


def test_a_fund_row_whose_figures_ran_together_is_named_not_passed_over():
    """A form copied as one line, its fund header and fund row run together (年初预算数全年预算数…
    年度资金总额381.50390.20388.40…): the digits can be cut more than one way, so nothing is read
    from them, but a warning names the paragraph and the row; one figure after a label is no such row."""
    head = "单位整体支出绩效自评表(2022年度)预算单位名称某县农业技术推广中心年度预算申请(万元)"
    text = (head + "年初预算数全年预算数全年执行数分值执行率得分年度资金总额381.50390.20388.401099.54%9.9"
            "按收入性质分:390.20其中:一般公共预算:390.20年度总体目标预期目标实际完成情况1:完成病虫害监测点建设。\n")
    r = normalize_document(read_bytes(text.encode(), "t.txt"))
    assert not r.projects
    [w] = [w for w in r.warnings if "资金行" in w]
    assert w.startswith("t.txt 块0 源文件第1行：") and "“年度资金总额381.50390.20388.401099.54%9.9”" in w
    assert "按收入性质分" not in w
    # the same header with a row of one figure a column: nothing run together, nothing said of it
    spaced = text.replace("381.50390.20388.401099.54%9.9", "381.50")
    r = normalize_document(read_bytes(spaced.encode(), "t.txt"))
    assert not [w for w in r.warnings if "资金行" in w]


def test_a_flattened_table_whose_header_was_cut_away_reads_its_figure_as_the_weight():
    """A passage that starts inside an indicator table flattened into one line, its header cut away
    (产出指标质量指标验收合格率≥95% 30 故障次数≤3次 20 …): each row a name, a target with its
    operator and one bare figure. No row states a result, and a score scores a result: the figure
    is the weight, and the warning says so (at 6eab611 the rows were counted unread, none read).
    A row with a figure more after it (a result, then points) says no more which is which: all
    counted unread and named; a figure over 100 is no weight; a sentence with the same figures is no row."""
    text = ("产出指标质量指标验收合格率≥95% 30 故障次数≤3次 20 效益指标社会效益指标设备完好率(完好台数/总台数)≥90% 30 "
            "合计80 评价结论按期完成。存在问题暂无\n")
    r = normalize_document(read_bytes(text.encode(), "t.txt"))
    assert [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.op, i.weight.raw, i.score)
            for i in r.indicators] == [("产出指标", "质量指标", "验收合格率", "≥95%", "empty", "30", None),
                                       ("产出指标", "质量指标", "故障次数", "≤3次", "empty", "20", None),
                                       ("效益指标", "社会效益指标", "设备完好率(完好台数/总台数)", "≥90%", "empty", "30", None)]
    assert r.unread_rows == 0
    assert any("无表头" in w and "3行按“名称、带运算符的指标值、一个数值”读取" in w and "按权重读取" in w
               for w in r.warnings), r.warnings
    for changed in (text.replace("≥95% 30", "≥95% 96% 30"), text.replace("≤3次 20", "≤3次 2 20"),
                    text.replace("≤3次 20", "≤3次 200")):
        r = normalize_document(read_bytes(changed.encode(), "t.txt"))
        assert not r.indicators and r.unread_rows >= 2, changed
        [w] = [w for w in r.warnings if "无表头" in w]
        assert "约" in w and "行指标未读取" in w
    prose = "产出指标质量指标完成情况：验收合格率≥95% 30 个批次均合格，故障次数≤3次 20 天内修复。\n"
    r = normalize_document(read_bytes(prose.encode(), "t.txt"))
    assert r.unread_rows == 0 and not r.indicators and not [w for w in r.warnings if "无表头" in w]


def test_label_value_blocks_that_give_no_record_are_counted_unread_and_named():
    """Blocks of label：value lines under the indicator header's labels that give no indicator
    record are never passed over in silence: counted unread, each named by its first line."""
    doc = _lines("指标一", "指标名称：巡查河道", "偏差原因分析：无", "指标二", "指标名称：清理垃圾", "偏差原因分析：无")
    r = normalize_document(doc)
    assert not r.indicators and r.unread_rows == 2
    assert any("指标名称：巡查河道" in w and "指标名称：清理垃圾" in w for w in r.warnings)


def test_a_fund_block_with_its_figures_down_the_first_column_is_read_as_its_transpose():
    """项目资金 over the sources' total and its parts across the first row, the figures (年初预算数,
    全年预算数, 全年执行数, 分值, 执行率, 得分) down the first column: the first column reads as a fund
    header and no row does, so the block is read transposed: the total's column is the project's
    money (not the first figure row as one 金额 row of a 申报 form), each value in its own cell."""
    rows = [["项目资金（万元）", "年度资金总额", "其中：财政拨款", "其他资金"],
            ["年初预算数", "1,200.00", "1,000.00", "200.00"],
            ["全年预算数", "1,350.00", "1,150.00", "200.00"],
            ["全年执行数", "1,323.00", "1,123.00", "200.00"],
            ["分值", "10", "—", "—"],
            ["执行率", "98.00%", "97.65%", "100.00%"],
            ["得分", "9.80", "—", "—"]]
    p, = normalize_document(document(rows)).projects
    assert p.money_unit == "万元"
    assert [f.q.raw for f in (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated, p.fund_weight,
                              p.fund_score)] == ["1,200.00", "1,350.00", "1,323.00", "98.00%", "10", "9.80"]
    assert (p.budget_full_year.loc.row, p.budget_full_year.loc.col) == (2, 1)


def test_a_transposed_indicator_table_is_read_as_its_transpose_keeping_cell_places():
    """The indicator header down the first column (one indicator per column, a level label merged
    across its run): the first column reads as a header and no row does, so the table is read
    transposed; every value keeps the cell it stands in in the document."""
    rows = [["一级指标", "产出指标", None, "满意度指标"],
            ["二级指标", "数量指标", "时效指标", "服务对象满意度指标"],
            ["三级指标", "巡查河道", "完成时限", "群众满意度"],
            ["指标值", "≥120公里", "2023年12月底前", "≥90%"],
            ["实际值", "126公里", "2023年11月", "93%"],
            ["权重", "40", "30", "30"],
            ["自评得分", "40", "30", "28"]]
    r = normalize_document(document(rows))   # 产出指标 spans the None after it
    a, b, c = r.indicators
    assert [(i.level1, i.level2, i.level3) for i in (a, b, c)] == [
        ("产出指标", "数量指标", "巡查河道"), ("产出指标", "时效指标", "完成时限"), ("满意度指标", "服务对象满意度指标", "群众满意度")]
    assert (c.target.raw, c.actual.raw, c.weight.value, c.score.value) == ("≥90%", "93%", Decimal(30), Decimal(28))
    assert (c.actual.loc.row, c.actual.loc.col) == (4, 3) and (c.loc.row, c.loc.col) == (None, 3)


def test_a_table_turned_a_quarter_under_a_head_block_is_read_turned_back():
    """A form whose indicator table is turned a quarter counter-clockwise onto the page (its header down
    the first column from the BOTTOM: 一级指标 lowest, 得分 highest; one indicator per column) between a
    head block above and the 总分 row below: the band of header rows is cut out and read turned back,
    each value from the cell it stands in; the head and the total are read as before."""
    rows = [["项目名称", "河道治理项目", None, None],
            ["主管部门", "水利局", None, None],
            ["得分", "40", "30", "28"],
            ["分值", "40", "30", "30"],
            ["实际完成值", "126公里", "2023年11月", "93%"],
            ["年度指标值", "≥120公里", "2023年12月底前", "≥90%"],
            ["三级指标", "巡查河道", "完成时限", "群众满意度"],
            ["二级指标", "数量指标", "时效指标", "服务对象满意度指标"],
            ["一级指标", "产出指标", None, "满意度指标"],
            ["总分", "100", "得分", "98"]]
    r = normalize_document(document(rows))
    a, b, c = r.indicators
    assert [(i.level1, i.level2, i.level3) for i in (a, b, c)] == [
        ("产出指标", "数量指标", "巡查河道"), ("产出指标", "时效指标", "完成时限"), ("满意度指标", "服务对象满意度指标", "群众满意度")]
    assert (c.target.raw, c.actual.raw, c.weight.value, c.score.value) == ("≥90%", "93%", Decimal(30), Decimal(28))
    assert (c.actual.loc.row, c.actual.loc.col) == (4, 3)
    [p] = r.projects
    assert p.name == "河道治理项目"


def test_both_levels_joined_in_one_cell_are_split_by_the_level_grammar():
    """One level column 一级指标-二级指标 whose cells join both levels by a hyphen or a dash
    (产出指标-数量指标, 满意度指标—服务对象满意度指标): level 1 and level 2 each from its side."""
    rows = [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标-二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", ""],
            ["产出指标-数量指标", "培训人次", "≥1000人次", "1200人次", "40", "40", ""],
            ["产出指标 － 质量指标", "合格率", "≥90%", "92%", "20", "20", ""],
            ["效益指标―社会效益指标", "就业率", "≥80%", "85%", "20", "20", ""],
            ["满意度指标—服务对象满意度指标", "学员满意度", "≥90%", "95%", "10", "10", ""],
            ["总分", "", "", "", "90", "90", ""]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level1, i.level2, i.level1_raw, i.level2_raw) for i in inds] == [
        ("产出指标", "数量指标", "产出指标", "数量指标"), ("产出指标", "质量指标", "产出指标", "质量指标"),
        ("效益指标", "社会效益指标", "效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标", "满意度指标", "服务对象满意度指标")]


def test_a_name_label_by_its_grammar_names_the_project():
    """专项资金名称 (a …名称 label headed by 专项 / 项目 / 转移支付) names the project as 项目名称 does;
    a 指标名称 or 单位名称 does not."""
    rows = [["专项资金名称", "测试专项资金", "", "", "", ""],
            ["单位名称", "测试单位", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "40"]]
    recs = normalize_document(_doc(rows))
    assert [p.name for p in recs.projects] == ["测试专项资金"]


FUND_LABELS_DOWN_THE_LEFT = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>项目名称</td><td colspan=5>测试补助资金</td></tr>
<tr><td>资金情况（万元）</td><td>合计</td><td>甲县</td><td>乙县</td><td>丙县</td><td>分值 / 得分</td></tr>
<tr><td>年初预算数</td><td>300.00</td><td>100.00</td><td>120.00</td><td>80.00</td><td rowspan=4>10 / 9.5</td></tr>
<tr><td>全年预算数</td><td>320.00</td><td>110.00</td><td>125.00</td><td>85.00</td></tr>
<tr><td>全年执行数</td><td>304.00</td><td>105.00</td><td>119.00</td><td>80.00</td></tr>
<tr><td>执行率</td><td>95.00%</td><td>95.45%</td><td>95.20%</td><td>94.12%</td></tr>
</table></body></html>"""


def test_fund_labels_down_the_left_with_one_weight_and_score_cell_spanning_them():
    """A fund table with its items down the left (年初预算数 / 全年预算数 / 全年执行数 / 执行率), the total
    column first and a column per county, and one cell under 分值 / 得分 holding both (10 / 9.5, spaces
    round the slash) merged down the rows: every item from the total column, the weight and score
    from the pair."""
    r = normalize_document(read_bytes(FUND_LABELS_DOWN_THE_LEFT.encode(), "fund.html"), name="fund.html")
    [p] = r.projects
    assert [f.value if f else None for f in (p.budget_initial, p.budget_full_year, p.executed,
                                                    p.exec_rate_stated, p.fund_weight, p.fund_score)] == \
        [Decimal(3000000), Decimal(3200000), Decimal(3040000), Decimal("95.00"), Decimal(10), Decimal("9.5")]
    assert (p.fund_weight.loc.row, p.fund_weight.loc.col) == (2, 5)


def test_a_result_written_as_a_fraction_of_its_target_reads_the_part_done():
    """完成379/386栋 under 386栋: the part done (379栋) is the result, the raw text kept; 按期9/10个
    under ≥10个 the same. A ratio or a date whose whole is not the target, or with no unit, stays
    as written."""
    rows = [["项目名称", "测试项目", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
            ["产出指标", "数量指标", "改造楼栋", "386栋", "完成379/386栋", "9"],
            ["产出指标", "时效指标", "按期完工小区", "≥10个", "按期9/10个", "8"],
            ["产出指标", "数量指标", "改造小区", "52个", "完成40/50个", "7"],
            ["产出指标", "质量指标", "抽检比例", "2", "抽检1/2", "5"],
            ["产出指标", "时效指标", "开工日期", "2023年3月15日前", "开工3/15日", "5"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.actual.q.op, i.actual.value, i.actual.q.unit, i.actual.q.raw) for i in inds] == [
        ("=", Decimal(379), "栋", "完成379/386栋"), ("=", Decimal(9), "个", "按期9/10个"),
        ("qualitative", None, "", "完成40/50个"), ("qualitative", None, "", "抽检1/2"),
        ("qualitative", None, "", "开工3/15日")]


def test_a_ratio_written_as_a_fraction_is_a_value_not_a_unit():
    """1/2 or ≥3/4 in a target or result cell is a ratio (a part of a whole, read exactly: 0.5, no unit,
    the text kept), not a unit cell that makes the row unreadable. A month and day (3/15) and a part
    done of the target after a word (完成379/386栋) are not ratios."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "质量指标", "抽检覆盖比例", "≥1/2", "3/4", "10", "10"],
            ["产出指标", "质量指标", "达标乡镇占比", "3/4", "2/3", "10", "8"],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "10", "10"],
            ["产出指标", "时效指标", "开工时间", "3/15", "3/15", "10", "10"]]
    r = normalize_document(_doc(rows))
    got = [(i.level3, i.target.q.op, i.target.value, i.target.q.unit, i.target.raw, i.actual.value, i.actual.raw)
           for i in r.indicators]
    assert got[:3] == [
        ("抽检覆盖比例", ">=", Decimal("0.5"), "", "≥1/2", Decimal("0.75"), "3/4"),
        ("达标乡镇占比", "=", Decimal("0.75"), "", "3/4", Decimal(2) / Decimal(3), "2/3"),
        ("培训人次", ">=", Decimal(1000), "人次", "≥1000人次", Decimal(1200), "1200人次")]
    assert [(i.level3, i.target.q.numeric, i.actual.q.numeric) for i in r.indicators[3:]] == [("开工时间", False, False)]
    assert r.indicators[0].target.q.tolerance == 0   # a fraction is exact: no written rounding


# -- issue 21, twenty-second set: progress per period under one heading; subtotal rows -----------
def _periods(subs, rows):
    """An indicator table whose 完成情况 spans one column per period (`subs`), the target written once."""
    n = len(subs)
    head = ("<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td>"
            f"<td rowspan=2>年度指标值</td><td colspan={n}>完成情况</td><td rowspan=2>分值</td><td rowspan=2>得分</td></tr>"
            "<tr>" + "".join(f"<td>{s}</td>" for s in subs) + "</tr>")
    body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    return normalize_document(_html(head + body + f"<tr><td colspan={4 + n}>总分</td><td>20</td><td>20</td></tr>"))


@pytest.mark.parametrize("subs, parts, whole", [
    (["一季度", "二季度", "三季度", "四季度", "全年"], ["20个", "30个", "25个", "30个"], 0),
    (["全年", "一季度", "二季度", "三季度", "四季度"], ["20个", "30个", "25个", "30个"], 1),
    ([f"{m}月" for m in range(1, 13)] + ["合计"], ["5个", "10个", "5个", "10个", "10个", "5个", "10个", "10个", "5个",
                                                     "10个", "10个", "15个"], 0),
    (["上半年", "下半年", "全年"], ["50个", "55个"], 0),
    (["第一季度", "第二季度", "第三季度", "第四季度", "全年完成"], ["20个", "30个", "25个", "30个"], 0),
])
def test_the_whole_period_column_under_a_spanning_result_heading_is_the_result(subs, parts, whole):
    """完成情况 over one column per part of the year and one for the whole (全年 / 合计, first or last):
    the whole period's column is the result; the parts are parts of it, not the result, and kept
    nowhere (the whole holds what the rules compare)."""
    cells = parts + ["105个"] if not whole else ["105个"] + parts
    rows = [["产出指标", "数量指标", "新增见习岗位", "≥100个", *cells, "10", "10"],
            ["满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", *(["—"] * len(parts) + ["94%"] if not whole
                                                          else ["94%"] + ["—"] * len(parts)), "10", "10"]]
    inds = _periods(subs, rows).indicators
    assert [(i.actual.raw, i.actual.value, i.target.raw) for i in inds] == [
        ("105个", Decimal(105), "≥100个"), ("94%", Decimal(94), "≥90%")]
    assert inds[0].actual.loc.col == 4 + (len(subs) - 1 if not whole else 0)


def test_periods_with_no_whole_column_keep_the_first_reading():
    """Only parts of the year under the heading, no column for the whole: no column says which is
    the result, so nothing is moved (the first column, as before)."""
    inds = _periods(["一季度", "二季度"], [["产出指标", "数量指标", "新增见习岗位", "≥100个", "40个", "65个", "10", "10"]]
                    ).indicators
    assert [i.actual.raw for i in inds] == ["40个"]


def test_the_revised_sub_column_under_a_spanning_target_heading_is_the_target():
    """年度指标值 over 年初计划数 | 调整数 | 调整后目标值 (issue 21, 1001): the adjusted figure is the one
    assessed, not the heading's first column; the signed change (调整数) names no role. A deadline
    moved by the adjustment is read from the adjusted column too."""
    head = ("<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td>"
            "<td colspan=3>年度指标值</td><td rowspan=2>实际完成值</td><td rowspan=2>分值</td><td rowspan=2>得分</td></tr>"
            "<tr><td>年初计划数</td><td>调整数</td><td>调整后目标值</td></tr>")
    rows = [["产出指标", "数量指标", "更新改造供水管网", "≥180公里", "-12公里", "≥168公里", "170.5公里", "8", "8"],
            ["产出指标", "时效指标", "工程建设完成时间", "2024年10月31日前", "—", "2024年11月30日前", "2024年11月26日", "5", "5"]]
    body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    r = normalize_document(_html(head + body))
    assert [(i.target.raw, i.target.value, i.actual.raw) for i in r.indicators] == [
        ("≥168公里", Decimal(168), "170.5公里"), ("2024年11月30日前", None, "2024年11月26日")]
    assert not [f for f in check(r) if f.rule in ("JX401", "JX402")]


def test_an_initial_and_a_revised_target_under_one_heading_fall_back_to_the_initial_one():
    """年度指标值 over 原定目标值 | 调整后目标值 (issue 21, 1273): the adjusted target is assessed where one is
    written, and on the rows not adjusted (— in the adjusted cell) the initial one stands; neither the
    heading's first column on every row nor the dash."""
    head = ("<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td>"
            "<td colspan=2>年度指标值</td><td rowspan=2>实际完成值</td><td rowspan=2>分值</td><td rowspan=2>得分</td></tr>"
            "<tr><td>原定目标值</td><td>调整后目标值</td></tr>")
    rows = [["产出指标", "数量指标", "毛竹林丰产培育", "≥3万亩", "≥2.5万亩", "2.56万亩", "10", "10"],
            ["产出指标", "数量指标", "新修竹林作业道", "≥60公里", "—", "62.4公里", "8", "8"],
            ["效益指标", "经济效益指标", "竹农亩均增收", "≥300元", "≥260元", "247元", "10", "9.50"]]
    body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    r = normalize_document(_html(head + body))
    assert [i.target.raw for i in r.indicators] == ["≥2.5万亩", "≥60公里", "≥260元"]
    assert not [f for f in check(r) if f.rule in ("JX401", "JX402", "JX405")]


def test_the_one_sub_column_naming_the_target_under_a_spanning_target_heading_is_the_target():
    """年度指标值 over 保底值 | 目标值 | 挑战值 (issue 21, 1402): a floor and a stretch beside the target; only
    目标值 names the heading's role, the others name no field, so it is the one assessed, not the
    heading's first column (保底值: every target read at the floor, a shortfall above it flagged JX404).
    Where two sub-columns name the role (or none), nothing is moved."""
    def read(subs):
        head = ("<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td>"
                "<td colspan=3>年度指标值</td><td rowspan=2>实际完成值</td><td rowspan=2>分值</td><td rowspan=2>得分</td>"
                "</tr><tr>" + "".join(f"<td>{x}</td>" for x in subs) + "</tr>")
        rows = [["产出指标", "数量指标", "示范区建设面积", "≥9000亩", "≥10000亩", "≥11000亩", "10200亩", "10", "10"],
                ["产出指标", "质量指标", "示范区亩均增产", "≥25公斤", "≥30公斤", "≥40公斤", "27公斤", "8", "7.20"]]
        body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
        return normalize_document(_html(head + body))
    r = read(["保底值", "目标值", "挑战值"])
    assert [(i.target.raw, i.target.value) for i in r.indicators] == [("≥10000亩", Decimal(10000)),
                                                                      ("≥30公斤", Decimal(30))]
    assert not [f for f in check(r) if f.rule == "JX404"]
    assert [i.target.raw for i in read(["一档", "二档", "三档"]).indicators] == ["≥9000亩", "≥25公斤"]


def test_a_kind_column_left_of_the_named_levels_is_no_level():
    """指标类别 (共性指标 / 个性指标) left of 一级指标 | 二级指标 (issue 21, 1002): the columns naming their
    depth are the levels; the kind word alone would take level 2 and lose the 二级指标 column. Without
    一级指标 a kind column still heads the outer level."""
    rows = [["指标类别", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["共性指标", "产出指标", "时效指标", "培训任务完成时间", "2024年11月30日前", "2024年11月20日", "5", "5"],
            ["个性指标", "产出指标", "数量指标", "乡村医生全科技能培训", "≥600人", "628人", "10", "10"]]
    got = [(i.level1, i.level2, i.level3) for i in normalize_document(_doc(rows)).indicators]
    assert got == [("产出指标", "时效指标", "培训任务完成时间"), ("产出指标", "数量指标", "乡村医生全科技能培训")]
    outer = [["指标类别", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
             ["产出指标", "数量指标", "乡村医生全科技能培训", "≥600人", "628人", "10", "10"]]
    assert [(i.level1, i.level2) for i in normalize_document(_doc(outer)).indicators] == [("产出指标", "数量指标")]


_SUBTOTAL_HEAD = ("<tr><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>"
                  "<tr><td rowspan=2>数量指标</td><td>治理面积</td><td>≥120平方公里</td><td>126平方公里</td><td>10</td><td>10</td></tr>"
                  "<tr><td>建设塘坝</td><td>≥45座</td><td>44座</td><td>8</td><td>7.5</td></tr>"
                  "<tr><td>质量指标</td><td>验收合格率</td><td>100%</td><td>100%</td><td>7</td><td>7</td></tr>")


@pytest.mark.parametrize("subtotal_row", [
    "<tr><td colspan=4>小计</td><td>25</td><td>24.5</td></tr>",                        # merged over the labels
    "<tr><td></td><td>小计</td><td></td><td></td><td>25</td><td>24.5</td></tr>",       # in the name column (a PDF)
    "<tr><td>小计</td><td></td><td></td><td></td><td>25</td><td>24.5</td></tr>",       # in the level column
    "<tr><td>质量指标</td><td>合计</td><td></td><td></td><td>25</td><td>24.5</td></tr>",  # a level copied beside it
])
def test_a_subtotal_row_is_no_indicator_wherever_its_label_stands(subtotal_row):
    """A row labelled 小计 / 合计 in a level or the name column, its 分值 / 得分 the sums of the rows
    above it, is no indicator, whether the label is merged across the label columns or left in one
    of them: its points are not counted again."""
    r = normalize_document(_html(_SUBTOTAL_HEAD + subtotal_row))
    assert [i.level3 for i in r.indicators] == ["治理面积", "建设塘坝", "验收合格率"]
    assert not [w for w in r.warnings if "小计行" in w]
    assert not [f for f in check(r) if f.rule in ("JX303", "JX306")]


def test_a_subtotal_that_is_not_its_rows_sum_is_said():
    """A 小计 whose 分值 is none of its block's sums (all its rows, or the last level's): no indicator
    still, and a warning names the stated figure and the rows' sum."""
    wrong = "<tr><td></td><td>小计</td><td></td><td></td><td>30</td><td>24.5</td></tr>"
    r = normalize_document(_html(_SUBTOTAL_HEAD + wrong))
    assert [i.level3 for i in r.indicators] == ["治理面积", "建设塘坝", "验收合格率"]
    assert [w.split("：", 1)[1] for w in r.warnings if "小计行" in w] == ["小计行分值 30，与其上各项之和 25 不符"]


def test_the_score_in_the_grade_sentence_without_a_colon_is_the_total():
    """A closing sentence writes the score as running text (项目总分100分（含…），自评得分86.5分，自评
    等级：优): in the sentence that states the grade, a score label and its figure in 分 is the total;
    the same words in a sentence without the grade (each indicator's 自评得分20分) are not."""
    def total(line):
        rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "100", "86.5"]]
        doc = document(rows, line)
        [p] = normalize_document(doc).projects
        return p.total_score_stated and (p.total_score_stated.raw, p.total_score_stated.loc.block)
    assert total("四、自评结论：项目总分100分（含资金执行率10分），自评得分86.5分，自评等级：优。") == ("86.5分", 1)
    assert total("经评价，项目绩效自评得分为86.5分，等级为优。") == ("86.5分", 1)
    assert total("养护里程年初目标值≥1250公里，实际完成值1268公里，自评得分86.5分；等级为优。") is None


def test_indicator_rows_without_points_where_the_total_states_points_are_named_in_the_warnings():
    """The form states a total in points (自评得分：86.5分) but no indicator row carries a weight or a
    score (a 评分表 not read, a column not found): said, naming the indicator table; an unscored
    form (no total either) says nothing."""
    rows = [["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
            ["1", "产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里"],
            ["2", "", "质量指标", "验收合格率", "100%", "100%"]]

    def warnings(line):
        doc = _docs(rows)
        doc.blocks.append(Paragraph(line, Location("mem", block=1)))
        return [w for w in normalize_document(doc).warnings if "分值" in w]
    [said] = warnings("自评得分：86.5分")
    assert "表1" in said and "2行" in said and "86.5分" in said
    assert warnings("填报人：张三") == []


_NO_POINTS = [["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
              ["1", "产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里"],
              ["2", "", "质量指标", "验收合格率", "100%", "98%"],
              ["3", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%"]]


def test_a_score_table_after_the_indicator_table_completes_its_rows_by_serial_number():
    """A separate 评分表 (序号 | 分值 | 得分 | 扣分原因, 合计) after an indicator table without points:
    each row's weight and score come from the 评分表 row of its 序号 (not its position: the rows are
    in another order), located at the 评分表's cells; its 合计 is the indicators' total."""
    scores = [["序号", "分值", "得分", "扣分原因"],
              ["3", "20", "20", ""],
              ["1", "40", "40", ""],
              ["2", "30", "29.4", "合格率低于目标，扣0.6分"],
              ["合计", "90", "89.4", ""]]
    r = normalize_document(_docs(_NO_POINTS, scores))
    assert [(i.level3, i.weight.value, i.score.value) for i in r.indicators] == [
        ("养护里程", Decimal(40), Decimal(40)), ("验收合格率", Decimal(30), Decimal("29.4")),
        ("群众满意度", Decimal(20), Decimal(20))]
    assert [(i.score.loc.table, i.score.loc.row, i.score.loc.col) for i in r.indicators] == [(1, 2, 2), (1, 3, 2),
                                                                                          (1, 1, 2)]
    assert r.projects[0].total_score_stated.value == Decimal("89.4")
    assert not [w for w in r.warnings if "无分值和得分" in w]
    # a table with columns of its own besides the key and the points (a list of projects) completes nothing
    projects = [["序号", "项目名称", "预算数", "自评得分"], ["1", "甲项目", "120", "95"], ["2", "乙项目", "80", "90"],
                ["3", "丙项目", "60", "88"]]
    assert all(i.score is None for i in normalize_document(_docs(_NO_POINTS, projects)).indicators)


def test_a_results_table_after_the_targets_completes_their_rows_by_serial_number():
    """The indicators SET in one table (序号 | levels | 三级指标 | 年度指标值 | 分值, no result column)
    and their 实际完成值 / 得分 / 偏差原因 in a second table keyed only by 序号 (表2 年度绩效指标完成情况):
    each indicator's actual, score and reason come from the row of its 序号, located there, its
    unit from its target; the 合计 is the scores' total. A key naming no row joins nothing and says so."""
    targets = [["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "分值"],
               ["1", "产出指标", "数量指标", "养护里程", "≥1250公里", "40"],
               ["2", "", "质量指标", "验收合格率", "100%", "30"],
               ["3", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "20"]]
    results = [["序号", "实际完成值", "得分", "偏差原因分析及改进措施"],
               ["1", "1268", "40", ""], ["2", "98%", "29.4", "部分路段验收延后"], ["3", "95%", "20", ""],
               ["合计", "", "89.4", ""]]
    r = normalize_document(_docs(targets, results))
    assert [(i.level3, i.actual.raw, i.actual.q.unit, i.score.value) for i in r.indicators] == [
        ("养护里程", "1268", "公里", Decimal(40)), ("验收合格率", "98%", "%", Decimal("29.4")),
        ("群众满意度", "95%", "%", Decimal(20))]
    assert r.indicators[1].reason == "部分路段验收延后"
    assert (r.indicators[1].actual.loc.table, r.indicators[1].actual.loc.row) == (1, 2)
    assert [i.weight.value for i in r.indicators] == [Decimal(40), Decimal(30), Decimal(20)]
    assert not [w for w in r.warnings if "像指标行" in w]
    stray = [results[0], ["1", "1268", "40", ""], ["2", "98%", "29.4", ""], ["5", "95%", "20", ""]]
    r = normalize_document(_docs(targets, stray))
    assert all(i.score is None for i in r.indicators)
    assert any("表2" in w and "5" in w for w in r.warnings)


def test_a_score_table_keyed_by_the_indicator_name_completes_its_rows():
    scores = [["三级指标", "分值", "得分"],
              ["验收合格率", "30", "29.4"], ["养护里程", "40", "40"], ["群众满意度", "20", "20"]]
    r = normalize_document(_docs(_NO_POINTS, scores))
    assert [(i.weight.value, i.score.value) for i in r.indicators] == [
        (Decimal(40), Decimal(40)), (Decimal(30), Decimal("29.4")), (Decimal(20), Decimal(20))]


def test_the_scoring_half_of_a_table_split_by_columns_joins_its_first_half_by_name():
    """An indicator table split by columns over two pages: the second half (序号 | 三级指标 | 分值 |
    得分 | 偏差原因, its 总分 row labelled under 序号 with the name cell empty) repeats the keys and
    holds only the columns the first lacks. Its rows complete the first half's, they are no
    indicators of their own, and its 总分 is the project's stated total."""
    scores = [["序号", "三级指标", "分值", "得分", "偏差原因分析及改进措施"],
              ["1", "养护里程", "40", "40", ""], ["2", "验收合格率", "30", "29.4", "合格率低于目标"],
              ["3", "群众满意度", "20", "20", ""],
              ["总分（含预算执行率10分）", "", "100", "99.4", "自评等级：优"]]
    r = normalize_document(_docs(_NO_POINTS, scores))
    assert [(i.level3, i.weight.value, i.score.value) for i in r.indicators] == [
        ("养护里程", Decimal(40), Decimal(40)), ("验收合格率", Decimal(30), Decimal("29.4")),
        ("群众满意度", Decimal(20), Decimal(20))]
    assert (r.indicators[1].score.loc.table, r.indicators[1].score.loc.row) == (1, 2)
    assert r.projects[0].total_score_stated.value == Decimal("99.4")


@pytest.mark.parametrize("labels", [["甲", "乙", "丙", "1", "2", "3", "4"], ["栏次", "", "丙", "1", "2", "3", "4"],
                                    ["甲", "乙", "丙", "1", "2", "3", "4=3÷2"], ["甲", "乙", "丙", "1-2", "", "3", "4"]])
def test_a_row_numbering_the_columns_under_the_header_is_no_indicator(labels):
    """A 栏次 row under the indicator header (甲 | 乙 | 1 | 2 ..., 栏次 | 1 | 2, 5=3÷2) numbers the
    columns: it belongs to the header, so it is read as no indicator (no weight 3, score 4)."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "50", "50"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "40", "40"]]
    r = normalize_document(_docs([head, labels, *rows]))
    assert [(i.level3, i.weight.value, i.score.value) for i in r.indicators] == [
        ("养护里程", Decimal(50), Decimal(50)), ("群众满意度", Decimal(40), Decimal(40))]


def test_column_labels_row_takes_column_numbers_not_counts():
    from jixiao.normalize.tables import column_labels_row
    assert column_labels_row(["栏次", "1", "2", "3", "4", "5=3÷2", "6=4×5"])
    assert column_labels_row(["甲", "乙", "丙", "1-4", "丁"])
    assert not column_labels_row(["1", "3", "2", "4"])          # not in column order
    assert not column_labels_row(["2", "5", "9"])                # counts, nothing marks them as labels
    assert not column_labels_row(["甲", "乙", "养护里程", "1"])    # a name: a data row


def test_a_score_table_whose_keys_do_not_all_match_joins_nothing_and_says_so():
    """One 序号 (4) names no row: no row is completed (a half join would put points on the wrong
    rows), and a warning names the 评分表."""
    scores = [["序号", "分值", "得分"], ["1", "40", "40"], ["2", "30", "29.4"], ["4", "20", "20"]]
    r = normalize_document(_docs(_NO_POINTS, scores))
    assert all(i.weight is None and i.score is None for i in r.indicators)
    assert any("表2" in w and "评分表" in w and "4" in w for w in r.warnings)

_FUND_HEAD = ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]
_SOURCES = [["中央补助资金", "1200.00", "1200.00", "1200.00", "—", "—", "—"],
            ["省级补助资金", "600.00", "600.00", "586.08", "—", "—", "—"],
            ["市级财政资金", "400.00", "440.00", "380.00", "—", "—", "—"]]
_INDICATORS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
               ["产出指标", "数量指标", "供暖面积", "≥180万平方米", "184.6万平方米", "90", "90"]]


def _fund_read(rows):
    recs = normalize_document(_docs([["一、资金情况（单位：万元）", "", "", "", "", "", ""], _FUND_HEAD, *rows], _INDICATORS))
    [p] = recs.projects
    return p, [f.rule for f in check(recs)]


@pytest.mark.parametrize("label, where", [("合计", "last"), ("合计", "first"), ("资金总计", "last"),
                                          ("", "last"), ("其他资金", "last")])
def test_a_fund_total_is_the_fund_line_wherever_it_stands(label, where):
    """The total of a fund table's source rows is the project's fund line whether it stands above
    them (合计 first) or below (中央 / 省级 / 市级, then 合计): told by its label (合计 / 总计 / 小计)
    or, mislabelled or unlabelled, by the arithmetic (each amount the sum of the rows above it).
    The rows it sums are its sources, and nothing is flagged: they add up."""
    total = [label, "2200", "2240", "2166.08", "96.70%", "10", "9.67"]
    p, rules = _fund_read([total, *_SOURCES] if where == "first" else [*_SOURCES, total])
    assert (p.budget_initial.raw, p.budget_full_year.raw, p.executed.raw) == ("2200", "2240", "2166.08")
    assert (p.exec_rate_stated.raw, p.fund_weight.raw, p.fund_score.raw) == ("96.70%", "10", "9.67")
    assert p.budget_full_year.loc.row == (2 if where == "first" else 5)   # under a title row and the header
    assert [s.label for s in p.fund_sources] == ["中央补助资金", "省级补助资金", "市级财政资金"]
    assert "JX204" not in rules and "JX303" not in rules


def test_rows_above_a_total_are_its_sources_only_if_each_reads_as_one():
    """Issue 21 (786): a 功能分类 budget table (市场监督管理事务 / 社会保障和就业支出 / 卫生健康支出, 合计): the
    first two labels open like sources (市…, 社会…), the third does not; the rows above the total are
    then no breakdown the reader knows, so none is a source and JX204 sums nothing."""
    rows = [["市场监督管理事务", "1200.00", "1200.00", "1200.00", "—", "—", "—"],
            ["社会保障和就业支出", "600.00", "600.00", "586.08", "—", "—", "—"],
            ["卫生健康支出", "400.00", "440.00", "380.00", "—", "—", "—"],
            ["合计", "2200", "2240", "2166.08", "96.70%", "10", "9.67"]]
    p, rules = _fund_read(rows)
    assert (p.budget_full_year.raw, p.executed.raw) == ("2240", "2166.08")
    assert p.fund_sources == [] and "JX204" not in rules


def test_a_fund_total_below_its_sources_that_they_do_not_make_is_still_the_total_and_flagged():
    """A row the label calls the total is the total though its sources do not add up to it (the
    slip is the sources', JX204's to say); an unlabelled row that is not their sum is no total,
    nor is a table's one source row: the first row stays the fund line."""
    p, rules = _fund_read([*_SOURCES, ["合计", "2200", "2250", "2166.08", "96.27%", "10", "9.63"]])
    assert (p.budget_full_year.raw, p.budget_full_year.loc.row) == ("2250", 5)
    assert rules.count("JX204") == 1
    p, _ = _fund_read([*_SOURCES, ["", "2200", "2250", "2166.08", "96.27%", "10", "9.63"]])
    assert (p.budget_full_year.raw, p.budget_full_year.loc.row) == ("1200.00", 2)
    p, rules = _fund_read([["财政拨款", "1200.00", "1200.00", "1188.00", "99.00%", "10", "9.9"]])
    assert (p.budget_full_year.raw, p.executed.raw, p.fund_score.raw, p.fund_sources) == ("1200.00", "1188.00", "9.9", [])
    assert "JX204" not in rules


def test_a_scaled_unit_in_the_names_bracket_scales_the_bare_figures_as_a_figures_own_would():
    """秸秆综合利用面积（万亩） over ≥45 / 46.2: the bracket's 万亩 is read by the unit grammar a written
    45万亩 goes through (450000 亩), not left unscaled with no unit; 千米 is a unit of its own."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "改造面积（万亩）", "≥45", "46.2", "10", "10"],
        ["产出指标", "数量指标", "新建道路（千米）", "≥12", "12.5", "10", "10"],
        ["效益指标", "经济效益指标", "带动增收（万元）", "≥1200", "1286", "10", "10"],
        ["效益指标", "经济效益指标", "撬动投资（亿元）", "1.5-2", "1.8", "10", "10"],
        ["效益指标", "社会效益指标", "受益人数（人）", "≥4万", "4.2万", "10", "10"],   # scaled figure, plain unit
    ]
    inds = normalize_document(_doc(rows)).indicators
    got = [(i.target.q.op, i.target.q.value, i.target.q.high, i.target.q.unit, i.actual.q.value, i.actual.q.unit)
           for i in inds]
    assert got == [(">=", Decimal(450000), None, "亩", Decimal(462000), "亩"),
                   (">=", Decimal(12), None, "千米", Decimal("12.5"), "千米"),
                   (">=", Decimal(12000000), None, "元", Decimal(12860000), "元"),
                   ("range", Decimal(150000000), Decimal(200000000), "元", Decimal(180000000), "元"),
                   (">=", Decimal(40000), None, "人", Decimal(42000), "人")]
    # half a unit in the last written place, in the scaled unit: 46.2万亩 is known to 500 亩
    assert inds[0].actual.q.tolerance == Decimal(500)


def test_relative_targets_in_words_are_targets_on_the_change_and_a_shortfall_reaches_the_rules():
    """较上年增长5%以上 / 较上年增长6.2%, 较上年提高2个百分点 / 提高1.8个百分点 (scored 7.2 of 8),
    同比下降不超过3% / 同比下降1.8%, 力争达到95% / 95.8%: figures of the change (or a floor), not words."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "服务人数", "较上年增长5%以上", "较上年增长6.2%", "8", "8"],
        ["产出指标", "质量指标", "规范管理率", "较上年提高2个百分点", "提高1.8个百分点", "8", "7.2"],
        ["产出指标", "质量指标", "随访率", "力争达到95%", "95.8%", "8", "8"],
        ["效益指标", "可持续影响指标", "门诊量", "同比下降不超过3%", "同比下降1.8%", "6", "6"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    got = [(i.target.q.op, i.target.q.value, i.target.q.unit, i.actual.q.op, i.actual.q.value, i.actual.q.unit)
           for i in inds]
    assert got == [(">=", Decimal(5), "%", "=", Decimal("6.2"), "%"),
                   (">=", Decimal(2), "个百分点", "=", Decimal("1.8"), "个百分点"),
                   (">=", Decimal(95), "%", "=", Decimal("95.8"), "%"),
                   ("<=", Decimal(3), "%", "=", Decimal("1.8"), "%")]
    assert inds[0].target.raw == "较上年增长5%以上"   # the base kept in the text as written
    assert all(i.target.q.numeric and i.actual.q.numeric for i in inds)


def test_a_measures_name_typed_before_its_bound_is_the_targets_note_not_a_sentence():
    """率≤2% / 1.3%: the measure's name typed into the target before an explicit comparison is a
    name (kept as the note), the bound read; a word with no comparison (工5%) stays words."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["满意度指标", "服务对象满意度指标", "来信来访", "退件率≤2%", "1.3%", "5", "5"],
        ["产出指标", "质量指标", "检查比例", "工5%", "6%", "5", "5"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    got = [(i.target.q.op, i.target.q.value, i.target.q.unit, i.actual.q.value) for i in inds]
    assert got == [("<=", Decimal(2), "%", Decimal("1.3")), ("qualitative", None, "", Decimal(6))]
    assert "退件率" in inds[0].target.q.note and inds[0].target.raw == "退件率≤2%"


def test_a_signed_result_against_a_target_on_a_fall_is_the_change_and_is_counted_in_its_sense():
    """同比减少不少于3% / -4.1%: a figure written with its sign is a change, not a level, so the target
    is read on the change (>= 3 %, the words its note) and the result kept as written (-4.1 %); a fall
    of 4.1 meets a fall of at least 3 (no flag), while -2% against a rise of at least 5% is missed."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["效益指标", "社会效益指标", "投诉件数", "同比减少不少于3%", "-4.1%", "8", "8"],
        ["效益指标", "社会效益指标", "服务人次", "较上年增长不少于5%", "-2%", "8", "8"],
    ]
    recs = normalize_document(_doc(rows))
    got = [(i.target.q.op, i.target.q.value, i.target.q.unit, i.actual.q.op, i.actual.q.value, i.actual.q.unit)
           for i in recs.indicators]
    assert got == [(">=", Decimal(3), "%", "=", Decimal("-4.1"), "%"),
                   (">=", Decimal(5), "%", "=", Decimal(-2), "%")]
    assert recs.indicators[0].target.q.note == "同比减少"
    missed = [f.evidence for f in check(recs) if f.rule == "JX401"]
    assert missed == ["较上年增长不少于5% / -2% / 8"], [(f.rule, f.evidence) for f in check(recs)]


def test_a_date_without_its_year_in_a_deadline_row_is_a_date_of_the_reports_year():
    """2024年9月30日前 / 9月12日, 2024.6 / 6月20日: the result's month and day, in a row whose target is a
    deadline, are a date of the report's year (the form is that year's), not words; a month and day
    beside a figure stay words, a month alone stays as written, and with no year known the date is a
    deadline without one."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "时效指标", "改造完工时间", "2024年9月30日前", "9月12日", "5", "5"],
            ["产出指标", "时效指标", "验收完成时间", "2024.6", "6月20日完成", "5", "5"],
            ["产出指标", "数量指标", "培训场次", "≥6场", "6月8日", "5", "5"],
            ["产出指标", "时效指标", "开工时间", "9月前", "7月", "5", "5"]]
    recs = normalize_document(_titled("2024年度项目支出绩效自评表", rows, False))
    got = [(i.target.q.op, i.actual.q.op, i.actual.q.date) for i in recs.indicators]
    # a month alone names no day: kept as written (7 月), as realworld 025's record keeps it
    assert got == [("deadline", "deadline", "2024-09-12"), ("deadline", "deadline", "2024-06-20"),
                   (">=", "qualitative", None), ("deadline", "=", None)]
    yearless = normalize_document(_titled("项目支出绩效自评表", rows, False))
    assert yearless.year is None
    assert [(i.actual.q.op, i.actual.q.date) for i in yearless.indicators][:2] == [("deadline", None)] * 2


# -- what a table leaves unread beyond its indicator-like rows (normalize/unread.py) ----------------
_U_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


@pytest.mark.parametrize("sep", ["\n", ""], ids=["lines", "run-together"])
def test_numbered_indicators_stacked_in_one_cell_are_read_or_counted_unread(sep):
    """A row whose cells each stack several numbered indicators (1.X⏎2.Y, the values line by line,
    or run together as a PDF may give them: ≥500人次≥800册≥6场): every indicator in it has a record
    of its own or is counted unread and named, never merged in silence into one record."""
    rows = [_U_HEAD, ["产出指标", "数量指标", "1.培训人次\n2.发放手册\n3.举办讲座", sep.join(["≥500人次", "≥800册", "≥6场"]),
                    sep.join(["520人次", "820册", "6场"]), sep.join("10 10 5".split()), sep.join("10 10 5".split())],
            ["", "质量指标", "培训合格率", "≥95%", "96%", "10", "10"]]
    r = normalize_document(_docs(rows))
    # a merged record stands for its first indicator; the others are counted
    assert len(r.indicators) + r.unread_rows == 4, (r.unread_rows, [i.level3 for i in r.indicators])
    if r.unread_rows:
        assert any("3个编号指标" in w and "2.发放手册" in w for w in r.warnings)


def test_a_row_that_lost_its_name_cell_is_counted_unread_and_named():
    """Under an indicator header, a row of values whose name and level cells are empty (≥90% | 95%
    | 10 | 9: the merged name cell lost in conversion): no record with a guessed name, but counted
    unread for its project and named by its table, row and cells, never dropped in silence."""
    rows = [_U_HEAD, ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "10", "10"],
            ["", "", "", "≥90%", "95%", "10", "9"],
            ["", "时效指标", "完成及时率", "100%", "100%", "10", "10"]]
    r = normalize_document(_docs(rows))
    assert [i.level3 for i in r.indicators] == ["培训人次", "完成及时率"]
    assert r.unread_rows == 1 and r.projects[0].rows_unread == 1
    assert any("第3行" in w and "≥90%｜95%｜10｜9" in w and "无指标名称" in w for w in r.warnings), r.warnings


def test_a_label_less_row_of_points_is_no_row_that_lost_its_name():
    """A row of bare points under the indicator rows (| | | | | 30 | 29: a total whose label is
    lost, or a column-number row) holds no target or result: not counted as an indicator's row."""
    rows = [_U_HEAD, ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "10", "10"],
            ["", "时效指标", "完成及时率", "100%", "100%", "20", "19"],
            ["", "", "", "", "", "30", "29"]]
    r = normalize_document(_docs(rows))
    assert not any("无指标名称" in w for w in r.warnings), r.warnings


def test_a_table_of_weights_and_scores_that_completes_no_record_is_counted_unread():
    """The weights and scores in a table of their own (序号 | 分值 | 得分 | 扣分原因) below the
    indicator table: each row either completes an indicator or is counted unread and named."""
    rows = [["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
            ["1", "产出指标", "数量指标", "培训人次", "≥500人次", "520人次"],
            ["2", "", "质量指标", "培训合格率", "≥95%", "96%"],
            ["3", "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "89%"]]
    scores = [["序号", "分值", "得分", "扣分原因"], ["1", "30", "30", ""], ["2", "30", "30", ""],
              ["3", "40", "39.6", "满意度低于目标1个百分点，扣0.4分"], ["合计", "100", "99.6", ""]]
    r = normalize_document(_docs(rows, scores))
    completed = sum(i.weight is not None and i.weight.loc.table == 1 for i in r.indicators)
    assert completed + r.unread_rows == 3, (completed, r.unread_rows, r.warnings)
    assert sum("分值/得分行未对应到任何指标" in w for w in r.warnings) == r.unread_rows


def test_a_headerless_grid_of_bare_points_beside_empty_weights_is_counted_unread():
    """An indicator table whose 分值 / 得分 cells are empty and, beside it, a grid with no header
    of bare figures whose every score is at most its weight (1058.pdf's grid printed as two, the
    head left with the first): its rows are counted unread and named, not dropped in silence; a
    grid of figures with no such evidence (a score above its weight) is not."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "", ""],
            ["", "质量指标", "培训合格率", "≥95%", "96%", "", ""],
            ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "89%", "", ""]]
    points = [["30", "30", ""], ["30", "30", ""], ["40", "39.6", "满意度低于目标"], ["100", "99.6", "自评等级：优"]]
    r = normalize_document(_docs(rows, points))
    assert r.unread_rows == 3, (r.unread_rows, r.warnings)    # the total row is no indicator's
    assert any("表2" in w and "无表头" in w and "30｜30；30｜30；40｜39.6" in w for w in r.warnings), r.warnings
    r = normalize_document(_docs(rows, [["30", "31"], ["30", "30"], ["40", "39.6"]]))
    assert r.unread_rows == 0, r.warnings


def test_a_headerless_grid_of_bare_points_before_its_indicator_table_is_counted_unread():
    """The same grid of bare points printed BEFORE the indicator table whose 分值 / 得分 are empty
    (no indicator read yet when the grid is): settled once every table is read, its rows counted
    unread and named; before, nothing was read from it and nothing said. With the table's own
    weights and scores filled, the grid is no one's and is not counted."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "", ""],
            ["", "质量指标", "培训合格率", "≥95%", "96%", "", ""],
            ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "89%", "", ""]]
    points = [["30", "30", ""], ["30", "30", ""], ["40", "39.6", "满意度低于目标"], ["100", "99.6", "自评等级：优"]]
    r = normalize_document(_docs(points, rows))
    assert r.unread_rows == 3, (r.unread_rows, r.warnings)
    assert any("表1" in w and "无表头" in w and "30｜30；30｜30；40｜39.6" in w for w in r.warnings), r.warnings
    filled = [rows[0]] + [row[:5] + [w, w] for row, w in zip(rows[1:], ("30", "30", "40"))]
    r = normalize_document(_docs(points, filled))
    assert r.unread_rows == 0, r.warnings


def test_label_value_paragraphs_read_across_two_columns_in_one_cell_are_counted_unread():
    """A box holding two columns of label：value paragraphs, read by OCR line by line across both
    (1081.scan: 人均培训补贴年度指标值：≤1500元… beside 扶持安置区产业项目年度指标值：≥8个实际完): no card
    and no row comes of it, but its labels count the indicators it holds: counted unread and named,
    not passed over. One indicator's labels in a cell are not many."""
    text = ("产出指标 人均培训补贴年度指标值：≤1500元实际完成值：1450元分值：6得分：6\n"
            "扶持安置区产业项目年度指标值：≥8个实际完 效益指标\n成值：8个分值：8 得分：8 经济效益指标\n"
            "开展就业培训年度指标值：≥1200人次 收入增长年度指标值：≥9%\n"
            "实际完成值：1260人次分值：8 得分：8 实际完成值：9.6% 分值：8 得分：8")
    r = normalize_document(_docs([[text, ""], ["", ""]]))
    assert r.unread_rows == 4, (r.unread_rows, r.warnings)
    assert any("约4条指标" in w and "未能分条读取" in w for w in r.warnings), r.warnings
    r = normalize_document(_docs([["人均培训补贴\n年度指标值：≤1500元 实际完成值：1450元 分值：6 得分：6", ""]]))
    assert not any("未能分条读取" in w for w in r.warnings), r.warnings


_U_FUND = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
           ["年度资金总额", "800.00", "860.00", "851.40", "10", "99.00%", "9.9"]]
_U_TASKS = [["年度主要任务", "任务名称", "主要内容", "", "", "预算数（万元）", "执行数（万元）"],
            ["", "乡村道路养护", "养护县乡道路并修补路面", "", "", "500.00", "498.00"],
            ["", "危桥改造工程", "改造危桥并完成竣工验收", "", "", "300.00", "295.40"],
            ["", "安全设施完善", "增设护栏标志并完善标线", "", "", "60.00", "58.00"]]
_U_ROWS = [_U_HEAD, ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "40", "40"],
           ["效益指标", "社会效益指标", "群众出行条件", "改善", "改善", "40", "40"]]
_U_TOTAL = ["总分", "", "", "", "", "100", "99.9"]


@pytest.mark.parametrize("tables", [
    [_U_FUND, _U_ROWS + [["指标小计", "", "", "", "", "80", "80"], _U_TOTAL]],     # a subtotal named after its block
    [_U_FUND, _U_ROWS + [["资金执行率", "", "", "", "", "10", "9.9"], _U_TOTAL]],  # the fund weight and score again
    [_U_FUND + _U_TASKS, _U_ROWS + [_U_TOTAL]],                                 # money under money headers
    [_U_FUND, _U_ROWS + [_U_TOTAL, ["评价结果", "进度完成率", "10分", "采购节约率", "10分"],
                         ["", "预算编制准确度", "9分", "绩效评价结果", "29分"]]],  # criteria and their points
], ids=["subtotal", "fund-row", "money-rows", "criteria-points"])
def test_rows_rightly_left_out_are_not_counted_unread(tables):
    """Rows that look like indicator rows but are none have no record, rightly: a subtotal named
    after its block (指标小计), the fund row repeated in the indicator table (资金执行率 | 10 | 9.9,
    the fund table's weight and score), money rows under a header that gives their columns a money
    unit (任务名称 | 预算数（万元） | 执行数（万元）), criteria and their points in pairs after the table
    (考核节点进度完成率 | 10分 | 项目采购节约率 | 10分)."""
    r = normalize_document(_docs(*tables))
    assert len(r.indicators) == 2
    assert r.unread_rows == 0, [w for w in r.warnings if "未读取" in w]


def test_a_title_block_row_whose_figure_a_project_field_took_is_not_counted_unread():
    """A form's title block with the 自评得分 total under its header in the same column as the
    rows' labels and names (省级财政部门 | …厅 | 省级主管部门 | …厅 | 95): the figure is read as the
    stated total, so the row gave its record and is no indicator row left unread."""
    rows = [["专项名称", "农机购置补贴资金", "", "", "", "", ""],
            ["中央主管部门", "农业农村部", "", "", "", "", "自评得分"],
            ["省级财政部门", "某省财政厅", "", "省级主管部门", "某省农业农村厅", "", "95"],
            ["预算执行情况", "预算数:", "50", "执行数:", "48", "", "18"],
            ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "得分"],
            ["", "产出指标", "数量指标", "补贴机具数量", "≥200台", "210台", "40"],
            ["", "效益指标", "社会效益指标", "农户满意度", "≥90%", "93%", "37"]]
    r = normalize_document(_docs(rows))
    [p] = r.projects
    assert (p.total_score_stated.raw, p.total_score_stated.loc.row) == ("95", 2)
    assert len(r.indicators) == 2
    assert r.unread_rows == 0, [w for w in r.warnings if "未读取" in w]
    # the same row with a figure no field took is still counted
    rows[2][5] = "12"
    r = normalize_document(_docs(rows))
    assert r.unread_rows == 1 and any("像指标行但未读取（省级财政部门" in w for w in r.warnings)


def test_indicators_down_the_columns_of_a_table_that_gave_nothing_are_counted_unread():
    """A table whose indicators run down its columns with no header the reader knows (a page
    turned or mirrored, 207.pdf): three or more columns that each hold a name and figures are
    counted unread and named by their column when the table gives no record; not the columns of a
    numbered roster under its header."""
    rows = [["", "培训人次", "发放手册", "举办讲座"], ["", "≥500人次", "≥800册", "≥6场"],
            ["", "520人次", "820册", "6场"]]
    r = normalize_document(_docs(rows))
    assert len(r.indicators) + r.unread_rows == 3, (r.unread_rows, r.warnings)
    if r.unread_rows:
        assert any("第3列" in w and "发放手册｜≥800册｜820册" in w for w in r.warnings)
    # a numbered roster's columns are fields of its rows (序号 | 学校性质 | 培训机构 | 培训人数 | 合格人数)
    roster = [["序号", "学校性质", "培训机构", "培训人数", "合格人数"],
              ["1", "民办", "远航职业培训学校", "842", "842"], ["2", "民办", "精准职业培训学校", "900", "900"]]
    assert normalize_document(_docs(roster)).unread_rows == 0


def _parts_table(name_cells: list[str], total=("≥4.0吨", "4.2吨", "10", "9"), weights=("", ""),
                 parts=(("东片", "≥1.33吨", "1.4吨"), ("西片", "≥1.33吨", "1.3吨"), ("北片", "≥1.33吨", "1.5吨"))):
    """An indicator table whose first indicator is given per 片区 (a column of its own) in three rows,
    then a 合计 row with its target, actual and points; name_cells: the name column of the four rows."""
    head = ("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>片区</td><td>年度指标值</td><td>实际完成值</td>"
            "<td>分值</td><td>得分</td></tr>")
    rows = [(unit, target, actual, *weights) for unit, target, actual in parts] + [("合计", *total)]
    body = ""
    for k, (cells, name) in enumerate(zip(rows, name_cells)):
        levels = "<td rowspan=5>产出指标</td><td rowspan=4>数量指标</td>" if k == 0 else ""
        body += f"<tr>{levels}{name}" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>"
    body += ("<tr><td>质量指标</td><td>验收合格率</td><td>全域</td><td>100%</td><td>100%</td><td>10</td><td>10</td></tr>"
             "<tr><td colspan=6>总分</td><td>20</td><td>19</td></tr>")
    return normalize_document(_html(head + body))


@pytest.mark.parametrize("name_cells", [
    ["<td rowspan=4>垃圾清运量</td>", "", "", ""],                                     # one merged cell over the rows
    ["<td>垃圾清运量</td>"] * 4,                                                         # written again on each row
    ["<td>垃圾清运量</td>", "<td></td>", "<td></td>", "<td></td>"],                     # left empty below the first
])
def test_an_indicator_given_per_sub_unit_is_its_total_row(name_cells):
    """Rows naming a sub-unit each (东片 / 西片 / 北片) under one indicator name, no points on them, then
    a 合计 row with the indicator's target, actual, weight and score, its figures the parts' sums
    within the places written (1.33 × 3 = 3.99 for 4.0): the 合计 row is the indicator, the parts its
    breakdown (kept in the note with their rows), no part read as an indicator or named as unread."""
    r = _parts_table(name_cells)
    assert [(i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in r.indicators] == [
        ("数量指标", "垃圾清运量", "≥4.0吨", "4.2吨", "10", "9"), ("质量指标", "验收合格率", "100%", "100%", "10", "10")]
    first = r.indicators[0]
    assert first.target.value == Decimal("4.0") and first.loc.row == 4 and first.target.loc.row == 4
    assert "东片 ≥1.33吨 / 1.4吨（第2行）" in first.note and "北片" in first.note
    assert r.unread_rows == 0 and not [w for w in r.warnings if "未读取" in w]
    assert not [f for f in check(r) if f.rule in ("JX303", "JX306")]


def test_a_total_row_that_is_not_its_parts_sum_is_said():
    """The same rows whose 合计 target (5吨) is not the parts' sum (3.99吨, within 0.065 of written
    precision): still the indicator (the rows are its parts by their shape), the slip said in a warning."""
    r = _parts_table(["<td rowspan=4>垃圾清运量</td>", "", "", ""], total=("≥5吨", "4.2吨", "10", "9"))
    assert [(i.level3, i.target.raw) for i in r.indicators] == [("垃圾清运量", "≥5吨"), ("验收合格率", "100%")]
    assert [w.split("：", 1)[1] for w in r.warnings if "分项" in w] == ["“垃圾清运量”合计行指标值 ≥5吨，与各分项之和 3.99吨 不符"]


def test_a_count_total_one_off_its_parts_is_said_a_count_has_no_rounding():
    """Counts (个) are exact as written: a 合计 of ≥3001个 over parts of 1000个 each is off by one, which
    half-unit slack on each figure (2 over four figures) would have hidden; the actuals that add up exactly
    are not said."""
    parts = (("东片", "≥1000个", "1000个"), ("西片", "≥1000个", "1000个"), ("北片", "≥1000个", "1000个"))
    r = _parts_table(["<td rowspan=4>垃圾收集点</td>", "", "", ""], total=("≥3001个", "3000个", "10", "9"),
                     parts=parts)
    assert [(i.level3, i.target.raw) for i in r.indicators] == [("垃圾收集点", "≥3001个"), ("验收合格率", "100%")]
    assert [w.split("：", 1)[1] for w in r.warnings if "分项" in w] == ["“垃圾收集点”合计行指标值 ≥3001个，与各分项之和 3000个 不符"]


def test_a_score_rate_column_is_a_rate_and_the_score_is_the_weight_times_it():
    """权重 | 得分率（%） and no 得分 (fund row too): the rate's figures exceed their weights, so they
    are no points; each score is 权重 × 得分率 / 100, located at the rate's cell, the note saying so."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "权重", "得分率（%）"],
        ["年度资金总额", "", "50", "50", "48", "96.00%", "10", "96.00"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分率（%）", "偏差原因分析"],
        ["产出指标", "数量指标", "维修道路里程", "≥30公里", "28公里", "20", "93.30", "雨季停工"],
        ["产出指标", "质量指标", "验收合格率", "100%", "100%", "15", "100", ""],
        ["合计", "", "", "", "", "35", "—", ""],
    ]
    r = normalize_document(_doc(rows))
    a, b = r.indicators
    assert [(i.weight.value, i.score.value) for i in (a, b)] == [(Decimal(20), Decimal("18.66")),
                                                                 (Decimal(15), Decimal(15))]
    assert (a.score.loc.col, a.coefficient.value) == (6, Decimal("93.30"))
    assert "得分率" in a.note
    p = r.projects[0]
    assert (p.fund_weight.value, p.fund_score.value, p.fund_score.loc.col) == (Decimal(10), Decimal("9.6"), 7)
    assert [f.rule for f in check(r) if f.rule.startswith("JX4")] == []   # 93.30 of 20 points was flagged


def test_a_fund_block_written_as_one_sentence_is_read_clause_by_clause():
    """资金情况 | one merged cell saying 年初预算…万元，全年预算…，全年执行…，执行率…%；分值…分，得分…分:
    each clause a fund label the fund header's grammar names and its figure, located at the cell;
    a sentence without both a budget and the money executed is left as text."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["资金情况", "年初预算120万元，全年预算150万元，全年执行142.5万元，执行率95.00%；预算执行率分值10分，得分9.5分。",
         "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "维修道路里程", "≥30公里", "31公里", "90", "90"],
        ["合计", "", "", "", "", "100", "99.5"],
    ]
    r = normalize_document(_doc(rows))
    p = r.projects[0]
    got = [getattr(p, k).value for k in ("budget_initial", "budget_full_year", "executed", "exec_rate_stated",
                                         "fund_weight", "fund_score")]
    assert got == [Decimal(1200000), Decimal(1500000), Decimal(1425000), Decimal(95), Decimal(10), Decimal("9.5")]
    assert (p.executed.loc.row, p.executed.loc.col, p.money_unit) == (1, 1, "万元")
    rows[1][1] = "年初预算120万元，主要用于道路维修。"
    assert normalize_document(_doc(rows)).projects[0].budget_initial is None


def test_a_framework_level_over_known_level2s_is_kept_as_written_beside_the_frameworks_other_levels():
    """部门整体: 履职效能 / 管理效率 / 社会效应 in the 一级指标 column. The vocabulary knows none of
    them; 社会效益 under 社会效应 is known, but the column holds the framework's own levels (its
    siblings are kept as written), so 社会效应 is kept too; a known level 1 (满意度) is canonical."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["履职效能", "医保基金监管", "现场检查覆盖率", "100%", "100%", "30", "30"],
            ["管理效率", "预算管理", "预算调整率", "≤5%", "3%", "20", "20"],
            ["社会效应", "社会效益", "大病保险报销比例", "≥60%", "62%", "20", "20"],
            ["社会效应", "可持续影响", "基金收支平衡机制", "健全", "健全", "20", "20"],
            ["满意度", "服务对象满意度", "参保群众满意度", "≥90%", "95%", "10", "10"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [i.level1 for i in inds] == ["履职效能", "管理效率", "社会效应", "社会效应", "满意度指标"]
    assert inds[2].level2 == "社会效益指标"


def test_a_framework_level_over_level2s_of_several_known_parents_is_kept_as_written():
    """744: 社会效应 over 社会效益 (效益指标's) and 服务对象满意度 (满意度指标's), beside 履职效能 / 管理效率:
    a level wider than any one of the template's, kept as written for both rows; the level 2s keep theirs."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["履职效能", "重点工作完成", "组织开展应急演练", "≥30场次", "34场次", "40", "40"],
            ["管理效率", "预算管理", "预算调整率", "≤10%", "6.98%", "30", "30"],
            ["社会效应", "社会效益", "防灾减灾宣传覆盖人次", "≥8万人次", "8.2万人次", "20", "20"],
            ["", "服务对象满意度", "群众满意度", "≥90%", "93.8%", "10", "10"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [i.level1 for i in inds] == ["履职效能", "管理效率", "社会效应", "社会效应"]
    assert [i.level2 for i in inds[2:]] == ["社会效益指标", "服务对象满意度指标"]


def test_a_weight_cell_of_several_lines_is_not_one_glued_figure():
    """Issue 21 (190): a 分值 cell of three lines (8⏎8⏎6) under a one-line name is three figures where
    one belongs: left unread with a warning, never read as 886."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建谷坊", "≥120座", "124座", "8\n8\n6", "8"]]
    recs = normalize_document(_doc(rows))
    [i] = recs.indicators
    assert i.weight.value is None and i.score.value == Decimal(8)
    assert any("8／8／6" in w and "未读取" in w for w in recs.warnings), recs.warnings


def test_a_row_of_indicators_stacked_one_a_line_is_read_as_that_many_indicators():
    """Issue 21 (190): one row per level 2 whose name cell lists indicators numbered 1. 2. (or （1）, ①)
    one a line and whose figure cells hold as many lines: one indicator per line, the k-th lines
    together, each at the row's place; a row whose line counts disagree is left unread and said so."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "（1）建设站点\n（2）培训人员", "≥12个\n≥300人", "13个\n310人", "6\n4", "6\n4"],
            ["效益指标", "社会效益指标", "①受益人口\n②服务覆盖率", "≥2万人\n≥90%", "2.1万人\n93%", "10", "10"],
            ["满意度指标", "服务对象满意度指标", "1.群众满意度", "≥90%", "95%", "10", "10"],
            ["总分", "", "", "", "", "100", "30"]]
    recs = normalize_document(_doc(rows))
    inds = recs.indicators
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight.value, i.score.value) for i in inds] == [
        ("（1）建设站点", "≥12个", "13个", Decimal(6), Decimal(6)),
        ("（2）培训人员", "≥300人", "310人", Decimal(4), Decimal(4)),
        ("1.群众满意度", "≥90%", "95%", Decimal(10), Decimal(10))]
    assert [(i.level1, i.loc.row) for i in inds] == [("产出指标", 1), ("产出指标", 1), ("满意度指标", 3)]
    assert "第2行" in inds[1].note
    assert recs.projects[0].rows_unread == 1
    # said once, the reason with the row's cells (normalize.unread.say_unread)
    said = [w for w in recs.warnings if "第3行" in w]
    assert len(said) == 1 and "分2行列出2个指标" in said[0] and "未读取（效益指标｜社会效益指标｜①受益人口" in said[0], said


def test_a_row_of_indicators_stacked_as_unnumbered_paragraphs_is_read_where_every_cell_agrees():
    """Issue 21 (508): one row per level 2, its indicators one a paragraph in every cell, the names
    not numbered: where each filled value cell holds as many paragraphs as the name cell, the k-th
    paragraphs are one indicator. A name wrapped onto two lines beside one-line values, or a target
    and actual with a note line beside one-line points, stays one row; most cells agreeing and one
    run together (分值 1212 beside 12⏎12) leaves the row unread and said so."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [head,
            ["产出指标", "数量指标", "修缮古建筑\n修复巷道\n建立档案", "≥36栋\n≥4.5公里\n≥120份", "38栋\n4.6公里\n126份",
             "8\n6\n5", "8\n6\n5"],
            ["产出指标", "质量指标", "新建村级综合\n服务中心", "≥3个\n（含改扩建）", "3个\n（含改扩建）", "10", "10"],
            ["满意度指标", "服务对象满意度指标", "村民满意度\n游客满意度", "≥90%\n≥88%", "94.2%\n92.5%", "1212", "12\n12"],
            ["总分", "", "", "", "", "100", "99"]]
    recs = normalize_document(_doc(rows))
    assert [(i.level3.replace("\n", ""), i.target.raw.replace("\n", ""), i.weight.raw) for i in recs.indicators] == [
        ("修缮古建筑", "≥36栋", "8"), ("修复巷道", "≥4.5公里", "6"), ("建立档案", "≥120份", "5"),
        ("新建村级综合服务中心", "≥3个（含改扩建）", "10")]
    assert recs.projects[0].rows_unread == 1
    assert any("第4行" in w and "分值1行" in w and "未读取" in w for w in recs.warnings), recs.warnings


def test_a_row_whose_points_are_a_figure_a_line_for_its_names_is_stacked_even_where_values_ran_together():
    """1030.pdf (a Word table of one body row, each cell's lines standing for rows): the PDF runs two
    lines of the target and actual cells together and the level cells' empty lines are gone, so only
    分值 and 得分 hold a line per name. No wrapped name has a figure a line under 分值 and 得分: the row
    is stacked, and with its value cells disagreeing it is left unread and said; before, it was read
    as one indicator of thirteen names run together."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["项目名称", "测试项目", "", "", "", "", ""], head,
            ["产出指标效益指标", "数量指标\n时效指标\n社会效益指标", "新建泵站\n改造管网\n完工时间\n受益人口",
             "≥18处\n≥65公里\n2023年11月30日前≥2.6万人", "19处\n67.5公里\n2023年11月20日2.68万人",
             "8\n8\n5\n8", "8\n8\n5\n8"],
            ["总分", "", "", "", "", "29", "29"]]
    recs = normalize_document(_doc(rows))
    assert recs.indicators == []
    assert recs.projects[0].rows_unread == 1
    assert any("第3行" in w and "分值4行" in w and "未读取" in w for w in recs.warnings), recs.warnings


def test_a_total_cell_of_several_figure_lines_is_said_unread():
    """Issue 21: a 总分 cell of two lines each a figure (98.⏎72, a scan's break) is no total and not
    silent: unread, with a warning naming it."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训次数", "≥10次", "12次", "100", "98.72"],
            ["总分", "", "", "", "", "100", "98.\n72"]]
    recs = normalize_document(_doc(rows))
    assert recs.projects[0].total_score_stated is None
    assert any("总分行" in w and "98.／72" in w for w in recs.warnings), recs.warnings


def test_a_share_of_the_weight_in_a_note_is_no_score():
    """Issue 21 (225): a note under the form (定性指标按优、良、中、差四档评价，分别得该项分值的100%、80%…)
    states shares of each indicator's 分值, the weight: the 得 before it does not make 100% a score
    (it was compared with the total 97.96 as a false JX501)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "质量指标", "工程质量验收等级", "优", "良", "100", "97.96"],
            ["合计", "", "", "", "", "100", "97.96"]]
    doc = document(rows, "注：定性指标按优、良、中、差四档评价，分别得该项分值的100%、80%、60%、40%。")
    recs = normalize_document(doc)
    assert [f.subject for f in recs.prose if f.q.raw == "100%"] == ["分值"]
    assert [f.rule for f in check(recs) if f.rule == "JX501"] == []


def test_a_fund_row_of_label_value_pairs_over_the_indicator_header_is_the_fund_not_a_header():
    """Issue 21 (221): 项目资金（万元） | 年初预算数 | 1,850.00 | 全年预算数 | … | 分值 | 10 | 得分 | 9.80, one
    row with no header over it, right above the indicator header: its 分值 / 得分 labels are no
    indicator header (a header holds no figures); each label's figure is the fund line's, located
    at its own cell."""
    rows = [["项目名称", "农村户厕改造项目", "", "", "", "", "", "", "", "", "", "", ""],
            ["项目资金（万元）", "年初预算数", "1,850.00", "全年预算数", "1,960.00", "全年执行数", "1,921.50",
             "执行率", "98.04%", "分值", "10", "得分", "9.80"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因", "", "", "", "", ""],
            ["产出指标", "数量指标", "完成农村户厕改造", "≥12000户", "12368户", "90", "89.6", "", "", "", "", "", ""]]
    recs = normalize_document(_doc(rows))
    [p] = recs.projects
    got = {f: (getattr(p, f).value, getattr(p, f).loc.col) for f in
           ("budget_initial", "budget_full_year", "executed", "exec_rate_stated", "fund_weight", "fund_score")}
    # money in 元 (万元 scaled)
    assert got == {"budget_initial": (Decimal("18500000"), 2), "budget_full_year": (Decimal("19600000"), 4),
                   "executed": (Decimal("19215000"), 6), "exec_rate_stated": (Decimal("98.04"), 8),
                   "fund_weight": (Decimal(10), 10), "fund_score": (Decimal("9.80"), 12)}
    assert p.money_unit == "万元" and all(getattr(p, f).loc.row == 1 for f in got)
    [i] = recs.indicators
    assert (i.level3, i.weight.value) == ("完成农村户厕改造", Decimal(90))


def test_a_numbered_level1_cell_over_one_row_is_its_level_as_over_many():
    """Issue 21 (220): level-1 cells typed with a number (1.产出指标 / 3.满意度指标), the template's
    ordering, not part of the name; 二级 names of the template's own (产出数量, 群众满意度). The rows
    under 1.产出指标 found it by their level 2's parent; 3.满意度指标 over its single row, whose
    群众满意度 names no known level 2, read None: the number is dropped from the level's forms."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["1.产出指标", "产出数量", "改造换热站", "≥36座", "36座", "45", "45"],
            ["1.产出指标", "产出质量", "验收合格率", "100%", "100%", "45", "45"],
            ["3.满意度指标", "群众满意度", "供热用户满意度", "≥90%", "93.6%", "10", "10"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [i.level1 for i in inds] == ["产出指标", "产出指标", "满意度指标"]
    assert inds[2].level1_raw == "3.满意度指标"


def test_the_level_path_in_one_name_cell_is_split_by_the_level_grammar():
    """Issue 21 (242): no level columns, the whole path in the 绩效指标 cell (产出指标—数量指标—…,
    效益指标／社会效益指标／…, 满意度指标>…>…): the parts before a separator run that read as a level 1
    and a level 2 under it are the levels, the rest the name (a dash inside the name stays); a cell
    whose first part names no level is a name as written."""
    rows = [["绩效指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["养护路段-示范段", "≥2个", "2个", "10", "10"],
            ["产出指标——数量指标——维修道路-桥梁", "≥12座", "12座", "40", "40"],
            ["效益指标／社会效益指标／受益人口", "≥3万人", "3.2万人", "30", "30"],
            ["满意度指标 > 服务对象满意度指标 > 群众满意度", "≥90%", "95%", "20", "20"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level1, i.level2, i.level1_raw, i.level3) for i in inds] == [
        (None, None, "", "养护路段-示范段"),
        ("产出指标", "数量指标", "产出指标", "维修道路-桥梁"),
        ("效益指标", "社会效益指标", "效益指标", "受益人口"),
        ("满意度指标", "服务对象满意度指标", "满意度指标", "群众满意度")]
    # the cell as written stays in the note: the row locates it, the levels hold only their parts
    assert inds[2].loc.row == 3 and "效益指标／社会效益指标／受益人口" in inds[2].note and inds[2].actual.raw == "3.2万人"


def test_a_level_path_whose_dashes_ocr_read_as_the_character_one_is_split_too():
    """242's scan: OCR reads the dash of 产出指标—数量指标—… as 一 (one stroke for both), and seven rows
    went unmatched under the whole cell as their name. Two 一 between which the parts read as a level 1
    and a level 2 under it are the separators; a name's own 一 stays, and a cell whose parts read as no
    levels is a name as written."""
    rows = [["绩效指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["维修一号渠道一期", "≥1条", "1条", "30", "30"],
            ["产出指标一数量指标一改造灌区渠道长度", "≥12公里", "12.5公里", "40", "40"],
            ["产出指标一质量指标一一次验收合格率", "≥95%", "98%", "30", "30"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level1, i.level2, i.level3) for i in inds] == [
        (None, None, "维修一号渠道一期"),
        ("产出指标", "数量指标", "改造灌区渠道长度"),
        ("产出指标", "质量指标", "一次验收合格率")]


def _group_scored_html(first="20", second="10", total="39.6"):
    """A form scoring each level-2 group once: the 得分 cell spans the group's rows, 分值 per row."""
    return f"""<html><body><table border="1">
<tr><td>项目名称</td><td colspan="6">道路养护项目</td></tr>
<tr><td>项目资金（万元）</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td><td></td></tr>
<tr><td>年度资金总额</td><td>100</td><td>96</td><td>10</td><td>96%</td><td>9.6</td><td></td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>养护里程</td><td>≥50公里</td><td>52公里</td>
<td>12</td><td rowspan="2">{first}</td></tr>
<tr><td>维修桥梁</td><td>≥4座</td><td>4座</td><td>8</td></tr>
<tr><td>时效指标</td><td>完工时间</td><td>2023年10月底前</td><td>2023年10月20日</td><td>10</td><td>{second}</td></tr>
<tr><td>总分</td><td colspan="4"></td><td>40</td><td>{total}</td></tr>
</table></body></html>"""


def test_a_score_cell_merged_over_rows_with_their_own_weights_is_the_groups_score():
    """Issue 21 (240): 得分 given once per level-2 group (a cell spanning the group's rows, each row
    with its own 分值): no row's score is stated, so each keeps None, and the group's score is kept
    once, located at its cell, on every row of the group; a group of one row scores that row (a
    score cell merged over ONE indicator's two rows, its 分值 merged too, stays the row's: 241)."""
    recs = normalize_document(read_bytes(_group_scored_html().encode(), "g.html"))
    inds = recs.indicators
    assert [(i.level3, i.score and i.score.value) for i in inds] == [("养护里程", None), ("维修桥梁", None),
                                                                      ("完工时间", Decimal(10))]
    g = [i.group_score for i in inds]
    assert g[0] is not None and g[0].value == Decimal(20) and g[0].loc == g[1].loc
    assert (g[0].loc.row, g[0].loc.col, g[2]) == (4, 6, None)


def test_a_groups_score_under_a_header_below_its_rows_names_the_groups_rows():
    """Issue 21: in a header-below table (read through a view that moves the header over the rows) the
    group's merged 得分 cell is found in the view's rows and named by the table's: rows 2 to 3 (the
    figure's own location is the table's row, never looked up in the view as if it were the view's)."""
    html = """<html><body><table border="1">
<tr><td colspan="7">绩效指标完成情况</td></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>养护里程</td><td>≥50公里</td><td>52公里</td>
<td>12</td><td rowspan="2">20</td></tr>
<tr><td>维修桥梁</td><td>≥4座</td><td>4座</td><td>8</td></tr>
<tr><td>时效指标</td><td>完工时间</td><td>2023年10月底前</td><td>2023年10月20日</td><td>10</td><td>10</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td>总分</td><td colspan="4"></td><td>30</td><td>30</td></tr>
</table></body></html>"""
    inds = normalize_document(read_bytes(html.encode(), "g.html")).indicators
    assert [(i.level3, i.loc.row, i.score is None) for i in inds] == [("养护里程", 1, True), ("维修桥梁", 2, True),
                                                                     ("完工时间", 3, False)]
    g = [i.group_score for i in inds]
    assert g[0].value == Decimal(20) and g[0].loc == g[1].loc and (g[0].loc.row, g[0].loc.col, g[2]) == (1, 6, None)
    assert all("得分按组填写：第2至3行合并一格写 20" in i.note for i in inds[:2])


def test_indicators_csv_carries_a_groups_score_and_its_cell():
    """The group's score reaches the analyst: indicators.csv's group_score on each row of the group
    (score left empty, as the document states none) and `columns` naming the merged cell's column."""
    frame = records_frames([normalize_document(read_bytes(_group_scored_html().encode(), "g.html"))])["indicators"]
    assert list(frame["score"])[:2] == ["", ""] and list(frame["group_score"]) == ["20", "20", ""]
    assert all("group_score=6" in c for c in list(frame["columns"])[:2])


def _group_weighted_html(scores=("12", "8"), group="20", total_weight="40"):
    """A form weighing each level-2 group once: the 分值 cell (between 二级指标 and 三级指标) spans the
    group's rows, 得分 per row; a group of one row, and a fund block of 10."""
    first, second = scores
    return f"""<html><body><table border="1">
<tr><td>项目名称</td><td colspan="6">道路养护项目</td></tr>
<tr><td>项目资金（万元）</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td><td></td></tr>
<tr><td>年度资金总额</td><td>100</td><td>100</td><td>10</td><td>100%</td><td>10</td><td></td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>分值</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td rowspan="2">{group}</td><td>养护里程</td><td>≥50公里</td>
<td>52公里</td><td>{first}</td></tr>
<tr><td>维修桥梁</td><td>≥4座</td><td>4座</td><td>{second}</td></tr>
<tr><td>时效指标</td><td>10</td><td>完工时间</td><td>2023年10月底前</td><td>2023年10月20日</td><td>10</td></tr>
<tr><td>总分</td><td></td><td>{total_weight}</td><td colspan="3"></td><td>40</td></tr>
</table></body></html>"""


def test_a_weight_cell_merged_over_rows_with_their_own_scores_is_the_groups_weight():
    """Issue 21 (428): 分值 given once per level-2 group (a cell spanning the group's rows, each row
    with its own 得分, the scores adding to no more than it: 12 + 8 of 20): no row's weight is stated,
    so each keeps None and the group's weight is kept once, located at its cell, on every row of the
    group, and said in the row's note; a group of one row weighs that row. Scores adding past the
    cell (12 + 12 of 20) are no group's: the cell stays the first row's weight, as before."""
    inds = normalize_document(read_bytes(_group_weighted_html().encode(), "g.html")).indicators
    assert [(i.level3, i.weight and i.weight.value, i.score.value) for i in inds] == \
        [("养护里程", None, Decimal(12)), ("维修桥梁", None, Decimal(8)), ("完工时间", Decimal(10), Decimal(10))]
    g = [i.group_weight for i in inds]
    assert g[0].value == Decimal(20) and g[0].loc == g[1].loc and (g[0].loc.row, g[0].loc.col, g[2]) == (4, 2, None)
    assert all("分值按组填写：第5至6行合并一格写 20" in i.note for i in inds[:2])
    frame = records_frames([normalize_document(read_bytes(_group_weighted_html().encode(), "g.html"))])["indicators"]
    assert list(frame["weight"])[:2] == ["", ""] and list(frame["group_weight"]) == ["20", "20", ""]
    shared = normalize_document(read_bytes(_group_weighted_html(scores=("12", "12")).encode(), "g.html")).indicators
    assert [i.group_weight for i in shared] == [None] * 3 and shared[0].weight.value == Decimal(20)


def test_a_comment_on_a_shortfalls_actual_is_its_reason_where_the_reason_column_is_empty():
    """Issue 21 (235): the shortfall's 偏差原因 written in a comment on its actual (WPS / Excel notes),
    the 偏差原因 column left empty: the comment is the row's reason and stays in its note with the
    cell it stands on, so no 'reason missing' flag; a comment on another cell (the name) is no reason."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["效益指标", "经济效益指标", "复垦耕地流转收益", "≥260万元", "248万元", "8", "7.63", ""],
            ["效益指标", "社会效益指标", "受益农户", "≥500户", "480户", "7", "6.72", ""]]
    doc = _doc(rows)
    [t] = doc.tables()
    t.cells[12] = replace(t.cells[12], comment="偏差原因：部分地块10月才交付")   # row 1, 实际完成值
    t.cells[18] = replace(t.cells[18], comment="指标解释：当年受益户")             # row 2, 三级指标
    recs = normalize_document(doc)
    first, second = recs.indicators
    assert first.reason == "偏差原因：部分地块10月才交付" and "批注" in first.note and "偏差原因：部分地块" in first.note
    assert second.reason == ""
    assert [(f.rule, f.stated) for f in check(recs) if f.rule == "JX402"] == [("JX402", "480户")]


def test_the_figures_of_a_row_written_as_a_labelled_note_on_its_name_are_read_from_the_note():
    """Issue 21 (1159): a sheet whose cells hold only the levels and the names, each name's figures a cell
    note of labelled lines (年度指标值：… / 实际完成值：… / 分值：… / 得分：…) under a header that names no
    figure column: the fields are read from the note by their labels (as a header's words are), located at
    the noted cell and said in the record's note; no row is taken for the name above going on. A note that
    is a remark, or a line whose label names no value field, gives nothing."""
    rows = [["一级指标", "二级指标", "三级指标", "指标完成情况（见批注）", "", "", ""],
            ["产出指标", "数量指标", "建设种薯贮藏窖", "", "", "", ""],
            ["产出指标", "数量指标", "开展技术培训", "", "", "", ""],
            ["效益指标", "经济效益指标", "示范区马铃薯亩产", "", "", "", ""]]
    doc = _doc(rows)
    [t] = doc.tables()
    notes = {1: "年度指标值：≥50座\n实际完成值：52座\n分值：8\n得分：8",
             2: "年度指标值：≥2000人次\n实际完成值：2150人次\n分值：6\n得分：6",
             3: "年度指标值：≥2000公斤\n实际完成值：1900公斤\n分值：10\n得分：9.50"}
    t.cells = [replace(c, comment=notes[c.row]) if c.col == 2 and c.row in notes else c for c in t.cells]
    recs = normalize_document(doc)
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in recs.indicators] == [
        ("建设种薯贮藏窖", "≥50座", "52座", "8", "8"), ("开展技术培训", "≥2000人次", "2150人次", "6", "6"),
        ("示范区马铃薯亩产", "≥2000公斤", "1900公斤", "10", "9.50")]
    first = recs.indicators[0]
    assert first.actual.loc.col == 2 and first.weight.loc.col == 2 and "批注" in first.note
    assert not any("续行" in w for w in recs.warnings), recs.warnings


def test_a_total_row_of_two_labelled_figures_in_one_cell_reads_both():
    """Issue 21 (1159): 总分 | 分值：100　　得分：99.10 in one cell merged over the figure columns: each figure by
    its own label, not the cell's first figure for the total and nothing for the score."""
    rows = [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "建设种薯贮藏窖", "≥50座", "52座", "90", "89.50"],
            ["总分", "分值：100　　得分：99.10", "", "", "", "", ""]]
    p = normalize_document(_doc(rows)).projects[0]
    assert (p.total_weight_stated.raw, p.total_score_stated.raw) == ("100", "99.10")
    # 1159.pdf: the print gives the wide gap as one space; the next label still starts the next figure
    rows[-1][1] = "分值：100 得分：99.10"
    p = normalize_document(_doc(rows)).projects[0]
    assert (p.total_weight_stated.raw, p.total_score_stated.raw) == ("100", "99.10")


def test_a_note_of_lines_not_all_labelled_fields_gives_no_figures():
    assert note_fields("年度指标值：≥50座\n实际完成值：52座") == {"target": "≥50座", "actual": "52座"}
    assert note_fields("偏差原因：部分地块10月才交付") == {}          # one line, and no value field
    assert note_fields("年度指标值：≥50座\n说明：按计划完成") == {}    # a line whose label names no value field
    assert note_fields("分值：8\n分值：6") == {}                      # a field twice: no list of one row's figures


MERGED_REASON = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因</td></tr>
<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>修建道路</td><td>≥60公里</td><td>62公里</td><td>10</td><td>10</td><td rowspan=3>{reason}</td></tr>
<tr><td>时效指标</td><td>完工时间</td><td>2023年12月31日前</td><td>2023年12月20日</td><td>10</td><td>10</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>火情发现率</td><td>≥95%</td><td>93.6%</td><td>10</td><td>9.8</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>85%</td><td>10</td><td>9.4</td><td></td></tr>
</table></body></html>"""


def test_a_reason_merged_over_rows_of_two_groups_is_each_rows_reason():
    """Issue 21 (654): one 偏差原因 cell merged down over rows of two level-1 groups, the shortfall
    on its last row: the merged note is every spanned row's reason (the grid holds its text on the
    first row only), so no 'reason missing' flag; a row outside the merge with an empty cell keeps ""."""
    why = "发现率未达目标：部分监控点位信号不稳定"
    recs = normalize_document(read_bytes(MERGED_REASON.format(reason=why).encode(), "m.html"))
    assert [i.reason for i in recs.indicators] == [why, why, why, ""]
    assert [(f.rule, f.stated) for f in check(recs) if f.rule == "JX402"] == [("JX402", "85%")]


TARGET_HALVES = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td><td colspan=2>年度指标值</td><td rowspan=2>全年实际完成值</td><td rowspan=2>分值</td><td rowspan=2>得分</td></tr>
<tr><td>{first}</td><td>{second}</td></tr>
<tr><td rowspan=4>产出指标</td><td rowspan=3>数量指标</td><td>新建基地</td><td>≥0.8万亩</td><td>≥0.7万亩</td><td>1.53万亩</td><td>10</td><td>10</td></tr>
<tr><td>培训农户</td><td>≥1200人次</td><td>≥1300人次</td><td>2620人次</td><td>10</td><td>10</td></tr>
<tr><td>建设加工线</td><td>≥4条</td><td>≤6条</td><td>10条</td><td>10</td><td>10</td></tr>
<tr><td>质量指标</td><td>抽检合格率</td><td colspan=2>≥98%</td><td>99.1%</td><td>10</td><td>10</td></tr>
</table></body></html>"""


def test_a_years_target_written_in_halves_is_their_sum():
    """Issue 21 (653): 年度指标值 spanning 上半年 | 下半年, no whole-year column: a row writing both
    halves with one operator and unit has their sum for the year's target (0.8 + 0.7 万亩), its raw
    the two cells joined; a row merged across both has its one cell; halves of two operators do not
    add up: no target read (not the first half), said in a warning. Columns headed by anything
    but parts of the year (计划 | 调整) are no parts: the first is the target, as before."""
    recs = normalize_document(read_bytes(TARGET_HALVES.format(first="上半年", second="下半年").encode(), "h.html"))
    got = [(i.target.q.raw, i.target.q.op, i.target.q.value, i.target.q.unit) for i in recs.indicators]
    assert got[:2] == [("≥0.8万亩 / ≥0.7万亩", ">=", Decimal(15000), "亩"), ("≥1200人次 / ≥1300人次", ">=", Decimal(2500), "人次")]
    assert got[3] == ("≥98%", ">=", Decimal(98), "%")
    assert got[2][:2] == ("≥4条 / ≤6条", "empty") and any("≥4条 / ≤6条" in w and "未读取" in w for w in recs.warnings)
    assert not [f for f in check(recs) if f.rule == "JX404"]
    other = normalize_document(read_bytes(TARGET_HALVES.format(first="计划值", second="备注").encode(), "o.html"))
    assert other.indicators[0].target.q.raw == "≥0.8万亩"


KIND_COLUMNS = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td><td colspan=2>年度指标值</td><td colspan=2>实际完成值</td><td rowspan=2>分值</td><td rowspan=2>得分</td><td rowspan=2>偏差原因</td></tr>
<tr><td>定量</td><td>定性</td><td>定量</td><td>定性</td></tr>
<tr><td rowspan=3>产出指标</td><td>数量指标</td><td>改造养殖场</td><td>≥120家</td><td></td><td>126家</td><td></td><td>10</td><td>10</td><td></td></tr>
<tr><td rowspan=2>质量指标</td><td>工程验收情况</td><td></td><td>全部合格</td><td></td><td>全部合格</td><td>8</td><td>7</td><td></td></tr>
<tr><td>人居环境</td><td></td><td>明显改善</td><td></td><td>基本改善</td><td>6</td><td>5.5</td><td>部分村庄未完成</td></tr>
</table></body></html>"""


def test_a_value_written_under_its_kind_column_is_read_there():
    """Issue 21 (685): 年度指标值 and 实际完成值 each spanning 定量 | 定性, a row filling one of each pair:
    a 定性 row's words are its target and actual, its points those under 分值 / 得分 (the empty 定量
    cells are no cells lost: the row is not read one column to the right), the provenance the 定性
    cell."""
    recs = normalize_document(read_bytes(KIND_COLUMNS.encode(), "k.html"))
    got = [(i.target.q.raw, i.actual.q.raw, i.weight.value, i.score.value, i.reason) for i in recs.indicators]
    assert got == [("≥120家", "126家", 10, 10, ""), ("全部合格", "全部合格", 8, 7, ""),
                   ("明显改善", "基本改善", 6, Decimal("5.5"), "部分村庄未完成")]
    assert recs.indicators[1].target.loc.col == 4 and recs.indicators[1].actual.loc.col == 6


KIND_SCORES = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td><td rowspan=2>年度指标值</td><td rowspan=2>实际完成值</td><td rowspan=2>分值</td><td colspan=2>得分</td></tr>
<tr><td>定量指标</td><td>定性指标</td></tr>
<tr><td rowspan=3>产出指标</td><td>数量指标</td><td>修复路面</td><td>≥60公里</td><td>62.4公里</td><td>10</td><td>10</td><td>—</td></tr>
<tr><td rowspan=2>质量指标</td><td>病害处治质量</td><td>符合规范</td><td>基本符合</td><td>8</td><td>—</td><td>6.4</td></tr>
<tr><td>养护机制</td><td>健全</td><td>健全</td><td>6</td><td></td><td>6</td></tr>
</table></body></html>"""


def test_a_score_written_under_its_kind_column_is_read_there():
    """Issue 21 (1482): 得分 spanning 定量指标 | 定性指标, each row's score in the column of its kind and a dash
    (or nothing) in the other: a 定性 row's score is the one it wrote (not none, the column not said unread),
    located in its column; a 定量 row's as before."""
    recs = normalize_document(read_bytes(KIND_SCORES.encode(), "s.html"))
    got = [(i.level3, i.weight.value, i.score and i.score.value) for i in recs.indicators]
    assert got == [("修复路面", 10, 10), ("病害处治质量", 8, Decimal("6.4")), ("养护机制", 6, 6)]
    assert [i.score.loc.col for i in recs.indicators] == [6, 7, 7]
    assert not [w for w in recs.warnings if "未读取" in w]


def test_a_scans_dash_in_a_kind_column_is_no_score():
    """Issue 21 (1482.scan): the dash of the empty one of a 定量 | 定性 score pair read by OCR as 一 or 二: a
    dash, not the row's score (nor a 1 or 2); the 定性 row's score the one in its kind's column. Typed, a
    lone 二 is a cell's text as before: no score moved."""
    page = KIND_SCORES.replace("<td>—</td>", "<td>二</td>").replace("<td>6</td><td></td>", "<td>6</td><td>一</td>")
    typed = normalize_document(read_bytes(page.encode(), "s.html"))
    assert [i.score and i.score.value for i in typed.indicators] == [10, None, None]
    doc = read_bytes(page.encode(), "s.html")
    for b in doc.blocks:
        for c in getattr(b, "cells", []):
            c.confidence = 0.95   # as the OCR path gives each cell
    recs = normalize_document(doc)
    assert [(i.level3, i.score and i.score.value) for i in recs.indicators] == \
        [("修复路面", 10), ("病害处治质量", Decimal("6.4")), ("养护机制", 6)]


REASON_PARTS = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>{kind}</td><td>{text}</td></tr>
<tr><td rowspan=3>产出指标</td><td rowspan=2>数量指标</td><td>新建公厕</td><td>≥30座</td><td>32座</td><td>10</td><td>10</td><td>其他</td><td>增建2座</td></tr>
<tr><td>设置标识牌</td><td>≥200块</td><td>215块</td><td>10</td><td>10</td><td>—</td><td></td></tr>
<tr><td>质量指标</td><td>收入增长</td><td>≥10%</td><td>8%</td><td>10</td><td>8</td><td>客观原因</td><td>游客消费增幅低于预期</td></tr>
</table></body></html>"""


def test_a_reason_written_across_two_columns_keeps_both():
    """Issue 21 (1481): the deviation in two columns both headed as the reason (原因类型 | 原因说明): the
    row's reason is both written parts (the type and its account), not the type alone with the account
    dropped unsaid; a row with a dash and nothing keeps its dash. A column beside the reason headed by
    anything else (改进措施) is no part of it."""
    recs = normalize_document(read_bytes(REASON_PARTS.format(kind="原因类型", text="原因说明").encode(), "r.html"))
    assert [i.reason for i in recs.indicators] == ["其他；增建2座", "—", "客观原因；游客消费增幅低于预期"]
    other = normalize_document(read_bytes(REASON_PARTS.format(kind="偏差原因", text="改进措施").encode(), "o.html"))
    assert [i.reason for i in other.indicators] == ["其他", "—", "客观原因"]


HEAD_BELOW = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>种植面积</td><td>≥10万亩</td><td>10.3万亩</td><td>45</td><td>45</td></tr>
<tr><td>质量指标</td><td>技术到位率</td><td>≥90%</td><td>92.6%</td><td>45</td><td>45</td></tr>
{total}
<tr><td>项目名称</td><td colspan=6>2023年带状复合种植推广项目</td></tr>
<tr><td>主管部门</td><td colspan=2>某市农业农村局</td><td>实施单位</td><td colspan=3>某市农业技术推广总站</td></tr>
<tr><td rowspan=2>项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>2,500.00</td><td>2,600.00</td><td>2,548.00</td><td>10</td><td>9.80</td></tr>
</table></body></html>"""


def test_a_head_below_the_indicators_names_their_project():
    """Issue 21 (686): the indicator rows first, the 项目名称 row and the fund block below them: one
    project, the name and the money those of the indicators read before (not a nameless project of
    indicators and a second of money). Where a 总分 row closed the indicators' evaluation first, the
    name below opens another project, as before."""
    recs = normalize_document(read_bytes(HEAD_BELOW.format(total="").encode(), "b.html"))
    assert [(p.name, len(p.indicators), p.executed.value) for p in recs.projects] == \
        [("2023年带状复合种植推广项目", 2, Decimal(25480000))]
    closed = normalize_document(read_bytes(HEAD_BELOW.format(
        total="<tr><td colspan=5>总分</td><td>100</td><td>99.80</td></tr>").encode(), "c.html"))
    assert [(p.name, len(p.indicators)) for p in closed.projects] == [(None, 2), ("2023年带状复合种植推广项目", 0)]


POINTS_CAPTIONS = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因</td></tr>
<tr><td colspan=4>一、产出指标</td><td>{points}</td><td>59.5</td><td></td></tr>
<tr><td rowspan=2>数量指标</td><td>新建基地</td><td>≥1500亩</td><td>1560亩</td><td>30</td><td>30</td><td></td></tr>
<tr><td>培训农户</td><td>≥1200人次</td><td>1180人次</td><td>30</td><td>29.5</td><td>雨雪天气顺延</td></tr>
<tr><td colspan=4>二、满意度指标</td><td>30</td><td>30</td><td></td></tr>
<tr><td>服务对象满意度指标</td><td>种植户满意度</td><td>≥90%</td><td>94.6%</td><td>30</td><td>30</td><td></td></tr>
<tr><td colspan=4>总分</td><td>90</td><td>89.5</td><td></td></tr>
</table></body></html>"""


def test_a_level1_caption_row_carrying_its_blocks_points_sets_the_level():
    """Issue 21 (682): no level-1 column, each level-1 group opened by a caption row across the name
    columns whose 分值 / 得分 hold the group's subtotal: the caption sets level 1 for the rows below
    and is no row left unread; its 分值 is the points the group's weights add up to (JX303 where they
    do not, as for 产出指标(60分) written in a level cell)."""
    recs = normalize_document(read_bytes(POINTS_CAPTIONS.format(points="60").encode(), "c.html"))
    assert [(i.level1, i.level3, i.level1_points.value) for i in recs.indicators] == \
        [("产出指标", "新建基地", 60), ("产出指标", "培训农户", 60), ("满意度指标", "种植户满意度", 30)]
    assert recs.unread_rows == 0 and not [w for w in recs.warnings if "未读取" in w]
    assert not [f for f in check(recs) if f.rule == "JX303"]
    off = normalize_document(read_bytes(POINTS_CAPTIONS.format(points="50").encode(), "o.html"))
    assert [f.expected for f in check(off) if f.rule == "JX303"] == ["50"]


REASONS_TABLE = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>序号</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td>1</td><td rowspan=2>产出指标</td><td>数量指标</td><td>新建生态茶园</td><td>≥3万亩</td><td>3.12万亩</td><td>45</td><td>45</td></tr>
<tr><td>2</td><td>经济效益指标</td><td>茶农亩均增收</td><td>≥800元</td><td>720元</td><td>45</td><td>40.5</td></tr>
<tr><td colspan=6>总分</td><td>90</td><td>85.5</td></tr>
</table>
<p>偏差情况说明</p>
<table>
<tr><td>序号</td><td>指标名称</td><td>偏差情况</td><td>原因分析及改进措施</td></tr>
<tr><td>2</td><td>{name}</td><td>目标≥800元，实际720元</td><td>春茶期间持续低温，春茶减产</td></tr>
</table></body></html>"""


def test_a_table_of_reasons_keyed_by_name_gives_each_its_reason():
    """Issue 21 (683): no 偏差原因 column in the indicator table; a 偏差情况说明 table below it (序号 |
    指标名称 | 偏差情况 | 原因分析及改进措施) gives the named indicator its reason, the reason cells as
    written, joined; a row naming no indicator joins nothing and is said in a warning."""
    recs = normalize_document(read_bytes(REASONS_TABLE.format(name="茶农亩均增收").encode(), "r.html"))
    assert [i.reason for i in recs.indicators] == [None, "目标≥800元，实际720元；春茶期间持续低温，春茶减产"]
    assert len(recs.indicators) == 2 and not recs.warnings
    other = normalize_document(read_bytes(REASONS_TABLE.format(name="茶园绿肥面积").encode(), "o.html"))
    assert [i.reason for i in other.indicators] == [None, None]
    assert any("偏差说明表" in w and "茶园绿肥面积" in w for w in other.warnings)


def test_a_footnote_mark_after_a_name_is_not_part_of_it():
    # the mark refers to a note under the table (①含…; [1]含…): a reference, as ★ is
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
            ["产出指标", "数量指标", "培训学员人数①", "≥500人", "520人"],
            ["产出指标", "数量指标", "建设示范点¹²", "≥5个", "6个"],
            ["产出指标", "数量指标", "开展宣传活动[2]", "≥10场", "12场"],
            ["产出指标", "质量指标", "验收合格率**", "100%", "100%"],
            ["产出指标", "数量指标", "新增绿地面积m²", "≥500", "520"],
            ["产出指标", "数量指标", "[1]号楼改造", "1", "1"]]
    got = [i.level3 for i in normalize_document(_doc(rows)).indicators]
    # a superscript after a Latin letter is an exponent; a bracketed number opening the name is text
    assert got == ["培训学员人数", "建设示范点", "开展宣传活动", "验收合格率", "新增绿地面积m²", "[1]号楼改造"]


SUBHEADING_ROWS = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>一级指标</td><td>序号</td><td>指标名称</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=5>产出指标</td><td colspan=2>（一）数量指标</td><td></td><td></td><td></td><td></td></tr>
<tr><td>1</td><td>培训学员人数</td><td>≥500人</td><td>520人</td><td>20</td><td>20</td></tr>
<tr><td>2</td><td>建设示范点</td><td>≥5个</td><td>6个</td><td>20</td><td>20</td></tr>
<tr><td colspan=2>（二）质量指标</td><td></td><td></td><td></td><td></td></tr>
<tr><td>1</td><td>验收合格率</td><td>100%</td><td>100%</td><td>20</td><td>20</td></tr>
<tr><td rowspan=2>效益指标</td><td colspan=2>（一）社会效益指标</td><td></td><td></td><td></td><td></td></tr>
<tr><td>1</td><td>受益群众</td><td>≥1000人</td><td>1200人</td><td>30</td><td>30</td></tr>
<tr><td colspan=5>总分</td><td>90</td><td>90</td></tr>
</table></body></html>"""


def test_level2_subheading_rows_spanning_the_name_columns_open_a_group():
    """Level 1 merged down the left, level 2 as rows whose only text spans 序号 / 指标名称 (values
    empty), 序号 restarting under each: each such row sets level 2 for the rows under it."""
    r = normalize_document(read_bytes(SUBHEADING_ROWS.encode(), "sub.html"), name="sub.html")
    got = [(i.level1, i.level2, i.level3) for i in r.indicators]
    assert got == [("产出指标", "数量指标", "培训学员人数"), ("产出指标", "数量指标", "建设示范点"),
                   ("产出指标", "质量指标", "验收合格率"), ("效益指标", "社会效益指标", "受益群众")]


def test_a_level_2_leading_the_name_in_its_cell_is_split_where_the_names_are_so_written():
    """Issue 21 (270): a level-1 column and no level-2 one, each name cell led by its level 2 and a
    colon or a dash (数量指标：培训人数, 经济效益指标-学员增收): where two in three names of the table
    are so written, the part before the first separator that reads as a level 2 under the row's
    level 1 is the level 2, the rest the name. A name led by a word that is no level stays whole, and
    so does a table where one name only is so led (成本-效益比 is a name of its own)."""
    rows = [["一级指标", "指标名称", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标：培训人数", "≥200人", "210人", "20", "20"],
            ["", "质量指标：考核合格率", "≥95%", "97%", "20", "20"],
            ["", "培训-实训场次", "≥12场", "12场", "10", "10"],
            ["效益指标", "经济效益指标-学员人均增收", "≥2000元", "2100元", "20", "20"],
            ["满意度指标", "服务对象满意度指标：学员满意度", "≥90%", "95%", "20", "20"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level1, i.level2, i.level2_raw, i.level3) for i in inds] == [
        ("产出指标", "数量指标", "数量指标", "培训人数"),
        ("产出指标", "质量指标", "质量指标", "考核合格率"),
        ("产出指标", "质量指标", "质量指标", "培训-实训场次"),
        ("效益指标", "经济效益指标", "经济效益指标", "学员人均增收"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度指标", "学员满意度")]
    assert "数量指标：培训人数" in inds[0].note and inds[0].level3_key == level3_key("培训人数")
    plain = [rows[0], ["产出指标", "成本-效益比", "≤1", "0.8", "50", "50"], ["", "培训人数", "≥200人", "210人", "50", "50"]]
    assert [(i.level2, i.level3) for i in normalize_document(_doc(plain)).indicators] == [
        (None, "成本-效益比"), (None, "培训人数")]


def _percent_weighted_html(weights=("40%", "30%", "30%"), scores=("36", "27", "25.20"), total=("100", "97.80")):
    """A form whose 权重（%） column gives each indicator's share of the indicator part, the fund's
    分值 in points beside it (272)."""
    rows = "".join(f"<tr><td>{l1}</td><td>{l2}</td><td>{n}</td><td>{t}</td><td>{a}</td><td>{w}</td><td>{s}</td></tr>"
                   for (l1, l2, n, t, a), w, s in zip(
                       [("产出指标", "数量指标", "改造户数", "≥100户", "102户"),
                        ("效益指标", "社会效益指标", "受益群众", "≥1000人", "1050人"),
                        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "84%")], weights, scores))
    return f"""<html><body><table border="1">
<tr><td>项目名称</td><td colspan="6">清洁取暖改造项目</td></tr>
<tr><td>项目资金（万元）</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td><td></td></tr>
<tr><td>年度资金总额</td><td>100</td><td>96</td><td>10</td><td>96%</td><td>9.60</td><td></td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>权重（%）</td><td>得分</td></tr>
{rows}
<tr><td>总分</td><td colspan="4"></td><td>{total[0]}</td><td>{total[1]}</td></tr>
</table></body></html>"""


def test_weights_in_percent_of_the_indicator_part_are_read_as_its_points():
    """Issue 21 (272): 权重（%） of the indicator part (40% + 30% + 30% = 100% over the rows alone)
    beside a fund 分值 of 10 points in a 100-point total: each weight is its share of the 90 points
    the fund leaves (40% -> 36), the figure its score is out of, so the weights add up with the
    fund's to the total and a score in points is held to its own share (25.20 of 27: 84 / 90 of it)."""
    recs = normalize_document(read_bytes(_percent_weighted_html().encode(), "w.html"))
    assert [(i.weight.value, i.weight.q.unit, i.weight.raw) for i in recs.indicators] == [
        (Decimal(36), "分", "40%"), (Decimal(27), "分", "30%"), (Decimal(27), "分", "30%")]
    assert "90" in recs.indicators[0].note and recs.indicators[0].weight.loc.col == 5
    assert [f.rule for f in check(recs) if f.rule.startswith(("JX3", "JX4"))] == []
    # percentages that leave the fund its share (30% + 30% + 30% beside 10) are points already
    recs = normalize_document(read_bytes(_percent_weighted_html(("30%", "30%", "30%"), ("30", "30", "28"), (
        "100", "97.60")).encode(), "w.html"))
    assert [i.weight.value for i in recs.indicators] == [Decimal(30)] * 3
    # a score above its share says the percentages are no shares: left as written
    recs = normalize_document(read_bytes(_percent_weighted_html(scores=("40", "27", "25.20"), total=(
        "100", "101.80")).encode(), "w.html"))
    assert [i.weight.value for i in recs.indicators] == [Decimal(40), Decimal(30), Decimal(30)]


def test_weights_in_percent_of_their_level1_group_are_read_as_the_groups_points():
    """Issue 21 (1271): 权重（%） as a share of the level-1 group (each group 100%), the group's points only
    in its 一级指标 cell (产出指标（50分）): 20% of 50 is 10 points, 30% of 30 is 9, the figures the scores are
    out of; said. A group whose percentages do not make 100 leaves them as written."""
    def rows(third="30%"):
        return [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重（%）", "得分"],
                ["产出指标（50分）", "数量指标", "新建基地", "≥3万亩", "3.08万亩", "60%", "30"],
                ["产出指标（50分）", "质量指标", "验收合格率", "100%", "100%", "40%", "20"],
                ["效益指标（30分）", "经济效益指标", "亩均增收", "≥150元", "138元", "70%", "19.32"],
                ["效益指标（30分）", "社会效益指标", "带动农户", "≥5000户", "5160户", third, "9"]]
    recs = normalize_document(_doc(rows()))
    assert [(i.weight.value, i.weight.q.unit, i.weight.raw) for i in recs.indicators] == [
        (Decimal(30), "分", "60%"), (Decimal(20), "分", "40%"), (Decimal(21), "分", "70%"), (Decimal(9), "分", "30%")]
    assert any("一级指标分值的百分比" in w for w in recs.warnings)
    assert not [f for f in check(recs) if f.rule in ("JX404", "JX405")]
    recs = normalize_document(_doc(rows("20%")))
    assert [i.weight.value for i in recs.indicators] == [Decimal(60), Decimal(40), Decimal(70), Decimal(20)]


def test_value_forms_of_ratios_deviations_bands_and_remarks_are_read_in_a_table():
    """Issue 21 (262-267): a ratio to one (≤12:1 / 11.4:1), a bound on a deviation and the deviation
    named in the result (偏差≤±2% / 最大偏差1.6%), a band (1000±50毫米), a range in words (介于20-30人之间),
    a Chinese-numeral deadline and figures with a remark in brackets are figures; ratios with the 1 on
    different sides (≤12:1 / 1:11.4) are not compared, and say so."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "质量指标", "生师比", "≤12:1", "11.4:1", "6", "6"],
        ["产出指标", "质量指标", "计量误差", "偏差≤±2%", "最大偏差1.6%", "6", "6"],
        ["产出指标", "质量指标", "覆土厚度", "1000±50毫米", "1030毫米（抽检平均）", "5", "5"],
        ["产出指标", "数量指标", "班级规模", "介于20-30人之间", "平均26人", "5", "5"],
        ["产出指标", "时效指标", "完成时间", "二〇二三年十月底前", "2023年10月26日", "5", "5"],
        ["效益指标", "社会效益指标", "诊疗量占比", "≥60%", "62.4%（上年60.8%）", "5", "5"],
        ["产出指标", "数量指标", "渠道长度", "≥86公里", "88.2公里（含改造24公里）", "5", "5"],
        ["产出指标", "质量指标", "配套比例", "≤12:1", "1:11.4", "5", "5"],
    ]
    recs = normalize_document(_doc(rows))
    got = [(i.target.q.op, i.target.q.value, i.target.q.unit, i.actual.q.op, i.actual.q.value, i.actual.q.unit)
           for i in recs.indicators]
    assert got == [("<=", 12, "", "=", Decimal("11.4"), ""),
                   ("<=", 2, "%", "=", Decimal("1.6"), "%"),
                   ("range", 950, "毫米", "=", 1030, "毫米"),
                   ("range", 20, "人", "=", 26, "人"),
                   ("deadline", None, "", "deadline", None, ""),
                   (">=", 60, "%", "=", Decimal("62.4"), "%"),
                   (">=", 86, "公里", "=", Decimal("88.2"), "公里"),
                   ("qualitative", None, "", "qualitative", None, "")]
    assert recs.indicators[4].target.q.date == "2023-10-31"
    assert "比例写法不一致" in recs.indicators[7].actual.q.note
    assert not check(recs)


def test_points_at_the_end_of_names_are_the_weight_where_no_column_holds_it():
    """No 分值 column, the name column's header says its cells hold the points too (三级指标（分值）):
    each name's bracket (改造管网（8分）) is the row's weight, located at the name cell, and no part
    of its name. Without that header, names most of which end in (N分) say the same."""
    rows = [
        ["一级指标", "二级指标", "三级指标（分值）", "年度指标值", "实际完成值", "得分"],
        ["产出指标", "数量指标", "改造管网（8分）", "≥46公里", "47.2公里", "8"],
        ["效益指标", "社会效益指标", "受益居民(7.5 分)", "≥3.5万户", "3.3万户", "7.07"],
        ["总分", "", "", "", "", "15.07"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level3, i.weight.value, i.score.value) for i in inds] == \
        [("改造管网", Decimal(8), Decimal(8)), ("受益居民", Decimal("7.5"), Decimal("7.07"))]
    assert (inds[0].weight.loc.row, inds[0].weight.loc.col, inds[0].weight.raw) == (1, 2, "（8分）")
    rows[0][2] = "三级指标"
    assert [(i.level3, i.weight.value) for i in normalize_document(_doc(rows)).indicators] == \
        [("改造管网", Decimal(8)), ("受益居民", Decimal("7.5"))]
    # with a 分值 column the bracket stays in the name (it is the name's own words)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "改造管网（8分）", "≥46公里", "47.2公里", "10", "10"]]
    [i] = normalize_document(_doc(rows)).indicators
    assert (i.level3, i.weight.value) == ("改造管网（8分）", Decimal(10))


def test_a_column_headed_by_both_levels_splits_each_cell_into_level_1_and_level_2():
    """一级指标⏎二级指标 heads one column whose cells stack the two (产出指标⏎数量指标, merged down its
    rows); a PDF loses the line break (一级指标二级指标 over 产出指标数量指标): the level grammar
    splits the run, the longest level 1 first (满意度指标 | 服务对象满意度指标)."""
    doc = _html("""<tr><td>一级指标<br>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>
<td>分值</td><td>得分</td></tr>
<tr><td rowspan=2>产出指标<br>数量指标</td><td>新建泵站</td><td>≥4座</td><td>4座</td><td>10</td><td>10</td></tr>
<tr><td>改造渠道</td><td>≥12公里</td><td>13公里</td><td>10</td><td>10</td></tr>
<tr><td>满意度指标<br>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>93%</td><td>10</td><td>10</td></tr>
<tr><td colspan=4>总分</td><td>30</td><td>30</td></tr>""")
    want = [("产出指标", "数量指标", "新建泵站"), ("产出指标", "数量指标", "改造渠道"),
            ("满意度指标", "服务对象满意度指标", "群众满意度")]
    assert [(i.level1, i.level2, i.level3) for i in normalize_document(doc).indicators] == want
    rows = [["一级指标二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标数量指标", "新建泵站", "≥4座", "4座", "10", "10"],
            ["", "改造渠道", "≥12公里", "13公里", "10", "10"],
            ["满意度指标服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10"],
            ["总分", "", "", "", "30", "30"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level1, i.level2, i.level3) for i in inds] == want
    assert [(i.level1_raw, i.level2_raw) for i in inds][-1] == ("满意度指标", "服务对象满意度指标")


def test_a_header_repeated_under_a_level_row_opens_that_levels_block_not_a_project():
    """Each level 1 opens with its own row (二、效益指标) and the header again, in one table with
    no 一级指标 column: one project, its rows under the level the row names, and the 总分 row at the
    end is that project's. A header repeated after an indicator row of another kind still opens
    a new project."""
    header = ["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["项目名称", "测试项目", "", "", "", ""], header,
            ["数量指标", "新建泵站", "≥4座", "4座", "50", "50"],
            ["二、效益指标", "", "", "", "", ""], header,
            ["社会效益指标", "受益人口", "≥1万人", "1.2万人", "40", "40"],
            ["总分", "", "", "", "90", "90"]]
    recs = normalize_document(_doc(rows))
    [p] = recs.projects
    assert [(i.level1, i.level2) for i in p.indicators] == [("产出指标", "数量指标"), ("效益指标", "社会效益指标")]
    assert p.indicators[1].level1_raw == "效益指标"
    assert (p.total_weight_stated.value, p.total_score_stated.value) == (Decimal(90), Decimal(90))
    rows[3] = ["说明：以下为第二个项目", "", "", "", "", ""]
    assert len(normalize_document(_doc(rows)).projects) == 2


def test_a_header_typed_again_under_a_continuation_mark_goes_on_with_the_same_project():
    """A sheet printed over two pages with the header typed again in cells under a 续表 line (1566.xlsx):
    the rows below are the same project's, the 总分 row at the end its total. Any other line there (a
    note naming a second project) still opens a new project."""
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    for mark in ("续表", "（续）", "续上表", "表2（续）"):
        rows = [["项目名称", "测试项目", "", "", "", "", ""], header,
                ["产出指标", "数量指标", "新建泵站", "≥4座", "4座", "50", "50"],
                [mark, "", "", "", "", "", ""], header,
                ["效益指标", "社会效益指标", "受益人口", "≥1万人", "1.2万人", "40", "40"],
                ["总分", "", "", "", "", "90", "90"]]
        [p] = normalize_document(_doc(rows)).projects
        assert [i.level1 for i in p.indicators] == ["产出指标", "效益指标"]
        assert (p.total_weight_stated.value, p.total_score_stated.value) == (Decimal(90), Decimal(90))
    rows[3] = ["说明：以下为第二个项目", "", "", "", "", "", ""]
    assert len(normalize_document(_doc(rows)).projects) == 2


def test_a_group_header_in_its_own_words_reads_its_columns_as_the_header_above_and_says_so():
    """A header over each level-1 group of one table, in the group's own words (1569: 调查对象 | 目标满意度 |
    调查满意度 over the 满意度 rows): where its other heads name the fields the header above read at the
    same columns, the unknown heads' columns are read as above (the 调查对象 the indicator's name, not the
    二级指标 cell), every row read, each such column named in a warning."""
    rows = [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建泵站", "≥4座", "4座", "50", "50"],
            ["一级指标", "二级指标", "调查对象", "目标满意度", "调查满意度", "分值", "得分"],
            ["满意度指标", "服务对象满意度指标", "受益群众", "≥90%", "95%", "20", "20"],
            ["", "", "管水员", "≥85%", "88%", "20", "20"],
            ["总分", "", "", "", "", "90", "90"]]
    recs = normalize_document(_doc(rows))
    assert [(i.level2, i.level3) for i in recs.indicators] == \
        [("数量指标", "新建泵站"), ("服务对象满意度指标", "受益群众"), ("服务对象满意度指标", "管水员")]
    assert [i.target.q.value for i in recs.indicators[1:]] == [Decimal(90), Decimal(85)]
    assert any("调查对象" in w and "三级指标" in w for w in recs.warnings)


def test_weights_in_percent_of_the_indicator_part_keep_plain_figures_without_a_stated_total():
    """The points a percentage comes to are written as an analyst reads them: 50% of the 80 points a
    fund of 20 leaves in the standard 100 is 40 (not 4E+1), and the note names 100, not 100.000000."""
    html = _percent_weighted_html(("50%", "25%", "25%"), ("38", "20", "18"), ("", "")).replace(
        "<td>10</td><td>96%</td><td>9.60</td>", "<td>20</td><td>96%</td><td>19.20</td>")
    recs = normalize_document(read_bytes(html.encode(), "w.html"))
    assert [str(i.weight.value) for i in recs.indicators] == ["40", "20", "20"]
    assert "（100−资金20＝80分）" in recs.indicators[0].note


def test_an_actual_column_headed_result_slash_rate_reads_the_result_at_the_headers_place():
    """实际完成值/完成率 over 8座/100.0%: the result is the part in the header's place, the rate is
    no part of it, and the cell stays the raw; a dash for the rate and a date as the result read
    too. The header in the other order takes the other part; a header naming one value leaves a
    slashed cell as written."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值/完成率", "分值", "得分"],
            ["产出指标", "数量指标", "新建泵站", "≥8座", "8座/100.0%", "10", "10"],
            ["", "成本指标", "单站成本", "≤80万元", "78.5万元/—", "10", "10"],
            ["", "时效指标", "完工时间", "2023年9月30日前", "2023年9月25日/—", "10", "10"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.actual.q.op, i.actual.q.value, i.actual.q.unit) for i in inds[:2]] == \
        [("=", Decimal(8), "座"), ("=", Decimal(785000), "元")]
    assert inds[2].actual.q.op == "deadline" and inds[2].actual.q.date == "2023-09-25"
    assert [i.actual.q.raw for i in inds] == ["8座/100.0%", "78.5万元/—", "2023年9月25日/—"]
    assert "100.0%" in inds[0].note
    # 295's scan: OCR reads the dash as the character 一 (one stroke for both); no rate is written so
    rows[2][4], rows[3][4] = "78.5万元/一", "2023年9月25日/一"
    inds = normalize_document(_doc(rows)).indicators
    assert (inds[1].actual.q.value, inds[1].actual.q.unit, inds[2].actual.q.date) == (Decimal(785000), "元", "2023-09-25")
    rows[0][4] = "完成率/实际完成值"
    rows[1][4] = "100.0%/8座"
    assert normalize_document(_doc(rows)).indicators[0].actual.q.value == Decimal(8)
    rows[0][4] = "实际完成值"
    assert normalize_document(_doc(rows)).indicators[0].actual.q.op == "qualitative"


def _tables_doc(*tables):
    """Tables one after another; None in a row is covered by the cell before it (its colspan)."""
    return document(*tables)


def test_projects_opened_by_rows_each_closed_by_its_own_total_and_a_fund_sum_row_is_no_project():
    """A fund table of a row per project and a 合计 row, then one indicator table of 项目一 / 项目二
    blocks, each closed by 本项目总分 and its grade: two projects, each with its rows, total and
    grade; the 合计 row is the projects' sum, no project, and a sum that is not is said."""
    fund = [["项目名称", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["甲项目", "800.00", "850.00", "833.00", "10", "98.00%", "9.80"],
            ["乙项目", "600.00", "600.00", "585.00", "10", "97.50%", "9.75"],
            ["合计", "1,400.00", "1,450.00", "1,418.00", "—", "97.79%", "—"]]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    inds = [head, ["项目一：甲项目"] + [""] * 7,
            ["产出指标", "数量指标", "新建泵站", "≥4座", "4座", "50", "50", ""],
            ["效益指标", "社会效益指标", "受益人口", "≥1万人", "0.9万人", "40", "38.5", "未达标"],
            ["本项目总分（含预算执行率10分）", "", "", "", "", "100", "98.30", "自评等级：优"],
            ["项目二：乙项目"] + [""] * 7,
            ["产出指标", "数量指标", "改造渠道", "≥12公里", "13公里", "50", "50", ""],
            ["效益指标", "社会效益指标", "灌溉面积", "≥2万亩", "2.1万亩", "40", "40", ""],
            ["本项目总分（含预算执行率10分）", "", "", "", "", "100", "99.75", "自评等级：优"]]
    recs = normalize_document(_tables_doc(fund, inds))
    assert [(p.name, len(p.indicators)) for p in recs.projects] == [("甲项目", 2), ("乙项目", 2)]
    assert [(p.total_score_stated.value, p.grade_stated) for p in recs.projects] == \
        [(Decimal("98.30"), "优"), (Decimal("99.75"), "优")]
    assert not any("合计行" in w for w in recs.warnings)
    fund[3][3] = "1,420.00"
    assert any("合计行 1,420.00" in w for w in normalize_document(_tables_doc(fund, inds)).warnings)


def test_a_results_table_by_name_after_the_targets_and_a_total_leaving_the_fund_out():
    """Targets and points in one table closed by 合计（不含预算执行率）| 90, results and scores in a
    second table of 三级指标 | 实际完成值 | 得分: each result joins its indicator by name (no second
    set of rows), and the 90 is the indicators' points, not the table's total weight (no flag)."""
    fund = [["项目名称", "测试项目", "", "", "", "", ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "100", "100", "100", "10", "100%", "10"]]
    targets = [["一级指标", "二级指标", "三级指标", "年度指标值", "分值"],
               ["产出指标", "数量指标", "新建泵站", "≥4座", "30"],
               ["", "质量指标", "验收合格率", "100%", "30"],
               ["效益指标", "社会效益指标", "受益人口", "≥1万人", "30"],
               ["合计（不含预算执行率）", "", "", "", "90"]]
    results = [["三级指标", None, None, "实际完成值", None, "得分", None, "偏差原因分析"],   # merged as a sheet's
               ["新建泵站", None, None, "4座", None, "30", None, ""],
               ["验收合格率", None, None, "100%", None, "30", None, ""],
               ["受益人口", None, None, "1.2万人", None, "30", None, ""],
               ["总分（含预算执行率10分）", None, None, None, None, "100", None, "自评等级：优"]]
    recs = normalize_document(_tables_doc(fund, targets, results))
    [p] = recs.projects
    assert [(i.level3, i.target.q.value, i.actual.q.value, i.score.value) for i in p.indicators] == \
        [("新建泵站", Decimal(4), Decimal(4), Decimal(30)), ("验收合格率", Decimal(100), Decimal(100), Decimal(30)),
         ("受益人口", Decimal(10000), Decimal(12000), Decimal(30))]
    assert p.indicator_weight_label.value == Decimal(90) and p.total_weight_stated is None
    assert p.total_score_stated.value == Decimal(100)
    assert [f.rule for f in check(recs)] == []


def test_a_unit_in_a_value_columns_header_bracket_is_the_unit_of_its_bare_figures():
    # 年度指标值（%）: the column's bare figures are percentages; a figure's own unit stands
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值（%）", "实际完成值", "分值", "得分"],
        ["产出指标", "质量指标", "验收合格率", "≥95", "100%", "50", "50"],
        ["产出指标", "数量指标", "治理矿山", "≥22处", "23处", "50", "50"],
        ["总分", "", "", "", "", "100", "100"],
    ]
    rate, count = normalize_document(_doc(rows)).indicators
    assert (rate.target.q.op, rate.target.q.value, rate.target.q.unit) == (">=", Decimal(95), "%")
    assert "表头" in rate.target.q.note
    assert (count.target.q.value, count.target.q.unit) == (Decimal(22), "处")


def test_a_letter_naming_a_value_column_is_no_unit():
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值(A)", "实际完成值(B)", "分值", "得分"],
        ["产出指标", "数量指标", "培训人数", "≥500", "526", "100", "100"],
        ["总分", "", "", "", "", "100", "100"],
    ]
    [i] = normalize_document(_doc(rows)).indicators
    assert (i.target.q.value, i.target.q.unit, i.actual.q.unit) == (Decimal(500), "", "")


def _continued_doc(second_name, first_name="新建岸线生态护坡及", weights=("50", "50")):
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", first_name, "≥12公里", "12.4公里", weights[0], weights[0]],
        ["", "", second_name, "", "", "", ""],
        ["", "", "补植岸线防护林", "≥2600亩", "2750亩", weights[1], weights[1]],
        ["总分", "", "", "", "", "100", "100"],
    ]
    return normalize_document(_doc(rows))


def test_a_name_ending_on_a_conjunction_goes_on_in_the_name_alone_on_the_row_below():
    r = _continued_doc("亲水步道")
    assert [i.level3 for i in r.indicators] == ["新建岸线生态护坡及亲水步道", "补植岸线防护林"]
    assert r.indicators[0].target.q.value == Decimal(12)
    assert any("亲水步道" in w and "接回" in w for w in r.warnings)


def test_a_name_alone_under_a_whole_name_is_not_joined_and_not_passed_over_in_silence():
    # 沿江入河排污口排查 / 整治完成率 where the weights fall short of the total (50 + 40 of 100): a
    # continuation or an indicator left unfilled (its share the missing 10); not guessed, said
    r = _continued_doc("整治完成率", first_name="沿江入河排污口排查", weights=("50", "40"))
    assert [i.level3 for i in r.indicators] == ["沿江入河排污口排查", "补植岸线防护林"]
    assert any("整治完成率" in w and "请核对" in w for w in r.warnings)
    assert r.projects[0].rows_unread == 1


def test_a_name_alone_with_no_share_of_the_weights_goes_on_the_name_above():
    """288 / 290: 沿江入河排污口排查 / 整治完成率, the row under holding the name's words alone, and
    the other indicators' weights already make the total's 100: the row has no share in the score,
    so it is no indicator left unfilled but the name run on; joined, said, the row not unread."""
    r = _continued_doc("整治完成率", first_name="沿江入河排污口排查")
    assert [i.level3 for i in r.indicators] == ["沿江入河排污口排查整治完成率", "补植岸线防护林"]
    assert r.indicators[0].target.q.value == Decimal(12) and "续写“整治完成率”" in r.indicators[0].note
    assert any("整治完成率" in w and "接回" in w and "请核对" not in w for w in r.warnings)
    assert r.projects[0].rows_unread == 0


def _typed_twice_doc(copy, name="开展茶农种植加工技术培训", merged=False):
    """451's rows: an indicator, the row `copy` under it, another indicator; with `merged`, the level
    cells merged down over the first two rows as Word writes them."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", name, "≥600人次", "648人次", "50", "50"],
        copy,
        ["", "质量指标", "茶苗移栽成活率", "≥90%", "93.5%", "50", "50"],
        ["总分", "", "", "", "", "100", "100"],
    ]
    doc = _doc(rows)
    if merged:
        t = doc.blocks[0]
        t.cells = [c for c in t.cells if not (c.row == 2 and c.col < 2)]
        for c in t.cells:
            if c.row == 1 and c.col < 2:
                c.rowspan = 2
    return normalize_document(doc)


@pytest.mark.parametrize("name,merged", [("开展茶农种植加工技术培训", True), ("开展茶农种植加工技术培训", False),
                                         ("培训人次", False)])
def test_a_row_that_types_the_name_above_again_and_nothing_else_is_that_indicator_typed_twice(name, merged):
    """451: the name copied onto the next row, no target, result, weight or score: the same
    indicator typed twice, skipped with a warning naming it (never silent), not a second indicator
    (under merged level cells), nor passed over in silence, nor (a short name) the name above run on."""
    r = _typed_twice_doc(["", "", name, "", "", "", ""], name, merged)
    assert [i.level3 for i in r.indicators] == [name, "茶苗移栽成活率"]
    assert r.indicators[0].target.q.value == Decimal(600)
    assert any(f"“{name}”" in w and "重复" in w and "第3行" in w for w in r.warnings)
    assert r.unread_rows == 0 and r.projects[0].rows_unread == 0


@pytest.mark.parametrize("copy", [
    ["", "", "开展茶农种植加工技术培训", "≥200人次", "210人次", "", ""],   # the same name with figures: a second indicator
    ["", "", "开展茶农种植加工技术培训", "", "", "10", ""],               # a weight is a figure too
    ["", "", "开展茶农种植加工技术", "", "", "", ""],                     # another name: not this rule's
])
def test_a_row_of_the_same_name_with_a_figure_or_of_another_name_is_not_a_copy(copy):
    r = _typed_twice_doc(copy)
    assert not any("重复" in w for w in r.warnings)
    if copy[3] or copy[5]:
        assert [i.level3 for i in r.indicators] == ["开展茶农种植加工技术培训"] * 2 + ["茶苗移栽成活率"]


def test_a_row_of_another_name_alone_under_separate_level_cells_is_counted_unread_and_named():
    """A row naming an indicator of its own and holding no target, result, weight or score, its level
    cells separate (nothing merged down over it): an indicator the form left unfilled. It gave no
    record and no word before (issue 21: silence is the worst); now counted unread and named."""
    r = _typed_twice_doc(["", "", "开展茶农种植加工技术", "", "", "", ""])
    assert [i.level3 for i in r.indicators] == ["开展茶农种植加工技术培训", "茶苗移栽成活率"]
    # counted for the document, not against the project, whose sums and scores it holds nothing of (JX306
    # still finds a form left unfilled beside such a row: tests/test_rules_new_kinds.py)
    assert r.unread_rows == 1 and r.projects[0].rows_unread == 0
    assert any("“开展茶农种植加工技术”" in w and "未填写" in w and "第3行" in w for w in r.warnings)


@pytest.mark.parametrize("heading", ["效益指标", "社会效益指标"])
def test_a_level_heading_row_under_separate_level_cells_stays_silent(heading):
    """A row whose name is a level label by the level grammar heads the rows under it: no indicator,
    nothing unread, no word."""
    r = _typed_twice_doc(["", "", heading, "", "", "", ""])
    assert [i.level3 for i in r.indicators] == ["开展茶农种植加工技术培训", "茶苗移栽成活率"]
    assert r.unread_rows == 0 and not any("未填写" in w or "未读取" in w for w in r.warnings)


def test_a_form_whose_rows_all_name_an_indicator_and_nothing_else_is_not_counted_unread():
    """A whole form left unfilled (names only, no row filled) is JX306's, read as before: none of its
    rows is counted unread as an indicator the filled form missed."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "", "", "", ""],
            ["", "", "开展茶农种植加工技术培训", "", "", "", ""],
            ["", "质量指标", "茶苗移栽成活率", "", "", "", ""],
            ["总分", "", "", "", "", "", ""]]
    r = normalize_document(_doc(rows))
    assert r.unread_rows == 0 and not any("未填写的指标" in w for w in r.warnings)


_BOTTOM_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_BOTTOM_ROWS = [["产出指标", "数量指标", "建设示范园", "≥30个", "31个", "40", "40"],
                ["", "质量指标", "优果率", "≥80%", "82.5%", "30", "30"],
                ["满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "94.1%", "30", "29"]]
_BOTTOM_TOTAL = ["总分", "", "", "", "", "100", "99"]


def test_a_header_row_under_the_rows_it_labels_is_their_header():
    """309: a template filled from the top down, its column labels in a row UNDER the indicator
    rows (then 总分). With no header above, a header-shaped row directly under rows crossed by the
    same cells is their header: read, each record where its row is in the table."""
    r = normalize_document(_doc([["绩效指标完成情况", "", "", "", "", "", ""], *_BOTTOM_ROWS, _BOTTOM_HEAD,
                                 _BOTTOM_TOTAL]))
    assert [(i.level1, i.level2, i.level3, i.target.q.raw, i.weight.value, i.score.value) for i in r.indicators] == [
        ("产出指标", "数量指标", "建设示范园", "≥30个", Decimal(40), Decimal(40)),
        ("产出指标", "质量指标", "优果率", "≥80%", Decimal(30), Decimal(30)),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", Decimal(30), Decimal(29))]
    assert [i.loc.row for i in r.indicators] == [1, 2, 3]
    assert r.projects[0].total_score_stated.value == Decimal(99)
    assert r.unread_rows == 0


def test_a_total_or_a_repeated_header_under_an_ordinary_table_is_no_header_of_the_rows():
    """A header repeated under an ordinary table (its own above) leaves the rows read as they are; a
    总分 row under rows with no header anywhere is no header: the rows stay unread and counted."""
    r = normalize_document(_doc([_BOTTOM_HEAD, *_BOTTOM_ROWS, _BOTTOM_HEAD, _BOTTOM_TOTAL]))
    assert [(i.level3, i.loc.row) for i in r.indicators] == [("建设示范园", 1), ("优果率", 2), ("果农满意度", 3)]
    r = normalize_document(_doc([["绩效指标完成情况", "", "", "", "", "", ""], *_BOTTOM_ROWS, _BOTTOM_TOTAL]))
    assert r.indicators == [] and r.unread_rows == 3


def test_a_row_named_while_a_header_below_table_is_read_is_the_tables_row():
    """Issue 21: the header-below view moves rows; a warning naming a row (not a cell) names the
    table's row, as the records do: the row whose level 3 is a number is the table's third (第3行)."""
    rows = [["绩效指标完成情况", "", "", "", "", "", ""], _BOTTOM_ROWS[0], ["", "", "35", "≥80%", "82.5%", "30", "30"],
            *_BOTTOM_ROWS[1:], _BOTTOM_HEAD, _BOTTOM_TOTAL]
    r = normalize_document(_doc(rows))
    assert [(i.level3, i.loc.row) for i in r.indicators] == [("建设示范园", 1), ("优果率", 3), ("果农满意度", 4)]
    assert [w for w in r.warnings if "35" in w] == ["mem 块0 表1 第3行：三级指标一栏为数值“35”，疑为合并单元格丢失造成错位，该行未读取（35｜≥80%｜82.5%｜30｜30）"]


def test_a_row_a_warning_says_was_not_read_is_counted_once_in_unread_rows():
    """Issue 21: a row warned 该行未读取 (its level 3 a number, the row slid left) is counted in
    unread_rows, once (not again as a row that looks like an indicator), under a header above or below."""
    slid = ["", "", "35", "≥80%", "82.5%", "30", "30"]
    for rows in ([_BOTTOM_HEAD, _BOTTOM_ROWS[0], slid, *_BOTTOM_ROWS[1:], _BOTTOM_TOTAL],
                 [["绩效指标完成情况", "", "", "", "", "", ""], _BOTTOM_ROWS[0], slid, *_BOTTOM_ROWS[1:],
                  _BOTTOM_HEAD, _BOTTOM_TOTAL]):
        r = normalize_document(_doc(rows))
        assert len(r.indicators) == 3
        assert len([w for w in r.warnings if "该行未读取" in w]) == 1 and r.unread_rows == 1
def test_a_total_row_at_the_top_of_the_indicator_rows_closes_the_table_and_the_rows_below_are_read():
    # 合计 straight under the header, the indicator rows below it, no total at the bottom
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["合计（含预算执行率10分）", "", "", "", "", "100", "98"],
        ["产出指标", "数量指标", "新建泵站", "≥4座", "4座", "50", "50"],
        ["效益指标", "社会效益指标", "受益人口", "≥10000人", "9600人", "40", "38"],
    ]
    recs = normalize_document(_doc(rows))
    [p] = recs.projects
    assert [(i.level3, i.weight.value, i.score.value) for i in p.indicators] == \
        [("新建泵站", Decimal(50), Decimal(50)), ("受益人口", Decimal(40), Decimal(38))]
    assert (p.total_weight_stated.value, p.total_score_stated.value) == (Decimal(100), Decimal(98))
    assert p.rows_unread == 0 and not p.cut_off
    assert not any("截断" in w for w in recs.warnings)


def test_a_total_row_closing_an_empty_table_still_ends_it():
    # a 合计 row with nothing like an indicator under it ends the table as before
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["合计", "", "", "", "", "100", "98"],
        ["填报人：张三", "", "", "", "", "", ""],
    ]
    recs = normalize_document(_doc(rows))
    [p] = recs.projects
    assert p.indicators == [] and p.total_score_stated.value == Decimal(98)


PAST_YEARS = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>项目名称</td><td colspan=9>公共体育场馆开放</td></tr>
<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td><td colspan=2>往年完成值</td>
<td colspan=2>2023年</td><td rowspan=2>分值</td><td rowspan=2>得分</td><td rowspan=2>偏差原因</td></tr>
<tr><td>2021年</td><td>2022年</td><td>年度指标值</td><td>实际完成值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>开放场馆</td><td>4个</td><td>5个</td><td>≥6个</td><td>6个</td><td>50</td><td>50</td><td></td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>年接待人次</td><td>86万人次</td><td>102万人次</td><td>≥120万人次</td><td>128.6万人次</td>
<td>50</td><td>50</td><td></td></tr>
<tr><td colspan=7>总分</td><td>100</td><td>100</td><td></td></tr>
</table></body></html>"""


def test_past_years_columns_under_a_two_row_header_head_no_target_or_result():
    """往年完成值 over 2021年 | 2022年 before 2023年 over 年度指标值 | 实际完成值: each column is headed
    by its whole stack; the years before the year with a result are past figures, not the year's."""
    r = normalize_document(read_bytes(PAST_YEARS.encode(), "past.html"), name="past.html")
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight.raw) for i in r.indicators] == \
        [("开放场馆", "≥6个", "6个", "50"), ("年接待人次", "≥120万人次", "128.6万人次", "50")]


def test_a_column_of_an_earlier_years_result_heads_no_result():
    # one header row: 2022年完成值 beside the 2023 pair; a later year's target alone changes nothing
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "2022年完成值", "2023年目标值", "2023年实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建泵站", "3座", "≥4座", "5座", "100", "100"],
        ["总分", "", "", "", "", "", "100", "100"],
    ]
    [i] = normalize_document(_doc(rows)).indicators
    assert (i.target.raw, i.actual.raw) == ("≥4座", "5座")
    rows[1][3:6] = ["2023年目标值", "2023年实际完成值", "2024年目标值"]
    rows[2][3:6] = ["≥4座", "5座", "≥6座"]
    [i] = normalize_document(_doc(rows)).indicators
    assert (i.target.raw, i.actual.raw) == ("≥4座", "5座")


def _detail_doc(second_part="≥500米", second_actual="530米"):
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建码头岸线", "≥1200米", "1260米", "50", "50"],
        ["", "", "其中：东港", "≥700米", "730米", "—", "—"],
        ["", "", "西港", second_part, second_actual, "", "一"],   # a scan reads a dash as 一
        ["", "", "新建避风锚地", "≥2处", "2处", "50", "50"],
        ["总分", "", "", "", "", "100", "100"],
    ]
    return normalize_document(_doc(rows))


def test_detail_rows_under_an_indicator_are_its_parts_not_indicators():
    # 其中：东港 then 西港, their own targets and results and no points: the indicator's breakdown
    r = _detail_doc()
    assert [i.level3 for i in r.indicators] == ["新建码头岸线", "新建避风锚地"]
    assert "东港 ≥700米 / 730米" in r.indicators[0].note and "西港 ≥500米 / 530米" in r.indicators[0].note
    assert r.projects[0].rows_unread == 0 and not any("超过" in w for w in r.warnings)


def test_detail_rows_adding_up_to_more_than_their_indicator_are_said():
    r = _detail_doc(second_part="≥600米")
    assert [i.level3 for i in r.indicators] == ["新建码头岸线", "新建避风锚地"]
    assert any("新建码头岸线" in w and "1300米" in w and "超过" in w for w in r.warnings)


def test_detail_parts_are_named_by_their_cells_and_their_sum_keeps_the_written_places():
    """Issue 21: each part names its cell (file, table, row, column) so an analyst finds it, and the
    sum of parts written to two places stays at two (1300.50, not 1300.5)."""
    r = _detail_doc()
    assert "东港 ≥700米 / 730米（mem 块0 表1 第4行 第3列）" in r.indicators[0].note
    assert "西港 ≥500米 / 530米（mem 块0 表1 第5行 第3列）" in r.indicators[0].note
    r = _detail_doc(second_part="≥600.50米")
    assert [w.split("：", 1)[1] for w in r.warnings if "超过" in w] == \
        ["“新建码头岸线”其中各分项指标值之和 1300.50米 超过本指标 ≥1200米"]


def test_detail_rows_under_the_indicators_points_merged_down_over_them_are_its_parts():
    """Issue 21 (1274): the indicator's 分值 | 得分 merged from its row down over its 其中 rows (Excel's
    merge, no points cell of the parts' own): the parts share its points, no indicators; points merged on
    past the parts are a group's (the rows under them indicators as before)."""
    head = "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>"

    def table(span):
        return _html(head +
                     f"<tr><td rowspan=4>产出指标</td><td rowspan=4>数量指标</td><td>新建种植基地</td><td>≥2万亩</td>"
                     f"<td>2.06万亩</td><td rowspan={span}>10</td><td rowspan={span}>10</td></tr>"
                     "<tr><td>其中：配套膜下滴灌</td><td>≥1.2万亩</td><td>1.25万亩</td></tr>"
                     "<tr><td>　　配套水肥一体化</td><td>≥0.8万亩</td><td>0.81万亩</td></tr>"
                     + ("<tr><td>新建冷链集配中心</td><td>≥3个</td><td>3个</td><td>6</td><td>6</td></tr>" if span == 3 else
                        "<tr><td>新建冷链集配中心</td><td>≥3个</td><td>3个</td></tr>"))
    r = normalize_document(table(3))
    assert [(i.level3, i.weight.raw) for i in r.indicators] == [("新建种植基地", "10"), ("新建冷链集配中心", "6")]
    assert "配套膜下滴灌 ≥1.2万亩 / 1.25万亩" in r.indicators[0].note
    r = normalize_document(table(4))
    assert len(r.indicators) == 4


def test_rows_of_another_unit_under_a_detail_row_are_indicators_of_their_own():
    # 西港 in 个, not the indicator's 米: no part of it, read as a row of its own
    r = _detail_doc(second_part="≥5个", second_actual="5个")
    assert [i.level3 for i in r.indicators] == ["新建码头岸线", "西港", "新建避风锚地"]


def test_a_framework_levels_head_noun_and_a_template_level2_name_in_the_frameworks_column():
    """部门整体 (fix44): 服务满意度 is a kind of 满意度 (a compound's head comes last), so over rows whose
    level 2 (服务对象满意度) belongs to 满意度指标 it is that canonical level, not a framework name of
    its own as 社会效应 is; 可持续影响 written in the column that holds the framework's own levels, over
    level 2s no vocabulary knows (长效机制), is that framework's level 1 as written, not left empty."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["履职效能", "重点工作履职", "新建高标准农田", "≥12万亩", "12.6万亩", "30", "30"],
            ["管理效率", "预算管理", "预算调整率", "≤5%", "3%", "20", "20"],
            ["服务满意度", "服务对象满意度", "农户满意度", "≥90%", "95%", "20", "20"],
            ["可持续影响", "长效机制", "建后管护机制", "健全", "健全", "20", "20"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [i.level1 for i in inds] == ["履职效能", "管理效率", "满意度指标", "可持续影响"]
    assert (inds[2].level2, inds[3].level2_raw) == ("服务对象满意度指标", "长效机制")


def test_a_level_cells_bare_bracketed_number_is_its_points_only_where_the_weights_under_it_agree():
    """realworld 014 (fix44): 产出指标(50) over weights 10 + 40 states its points with 分 left out; a bare
    number the weights do not add up to (效益指标(30) over 20) may be anything, a name's own （1） under
    the level 2 too, and is no points; 30分) whose opening bracket was lost is points by its 分."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标(50)", "数量指标", "造林面积", "1.2万亩", "1.2万亩", "10", "10"],
            ["", "质量指标", "造林成活率", "≥85%", "90%", "40", "40"],
            ["效益指标(30)", "社会效益指标（1）", "带动就业", "≥20人", "25人", "20", "20"],
            ["满意度指标10分)", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [i.level1_points.value if i.level1_points else None for i in inds] == [50, 50, None, 10]
    assert [i.level2_points for i in inds] == [None] * 4
    assert [i.level1 for i in inds] == ["产出指标", "产出指标", "效益指标", "满意度指标"]


def test_a_level_cells_bare_points_stay_when_a_weight_under_them_is_mistyped_and_the_slip_is_raised():
    """产出指标(50) over weights 10 + 41: the bare number is still the block's points (the weights' scale,
    one point off), so JX303 sees the mistyped weight; an exact sum as the condition would drop the
    points exactly when the weights are wrong (a planted weight 6 → 7 in realworld 014 went unseen)."""
    from jixiao.rules import check
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标(50)", "数量指标", "造林面积", "1.2万亩", "1.2万亩", "10", "10"],
            ["", "质量指标", "造林成活率", "≥85%", "90%", "41", "41"],
            ["效益指标(40)", "社会效益指标", "带动就业", "≥20人", "25人", "40", "40"],
            ["总分", "", "", "", "", "100", "100"]]
    recs = normalize_document(_doc(rows))
    assert [i.level1_points.value if i.level1_points else None for i in recs.indicators] == [50, 50, 40]
    assert any(f.rule == "JX303" and "标明 50 分" in f.message for f in check(recs))


def test_a_labelled_target_line_in_the_name_cell_is_the_target_where_no_column_holds_it():
    """No target column; the name cell's last line labels the target (运维站点 / 目标：≥14个), or a
    PDF ran the two lines together (管理制度目标：健全): the name without the line, the target after
    the label. Where a target column exists, the name cell is left as written."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "维护检测站点\n目标：≥14个", "14个", "10", "10"],
        ["产出指标", "质量指标", "数据传输合格率\n年度目标：≥90%", "95.8%", "10", "10"],
        ["效益指标", "可持续影响指标", "站点运维管理制度目标：健全", "健全", "10", "10"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level3, i.target.raw, i.actual.raw) for i in inds] == [
        ("维护检测站点", "≥14个", "14个"), ("数据传输合格率", "≥90%", "95.8%"), ("站点运维管理制度", "健全", "健全")]
    assert inds[0].target.q.op == ">=" and inds[0].target.q.value == Decimal(14)
    with_column = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "维护检测站点\n目标：≥14个", "≥14个", "14个", "10", "10"],
    ]
    (ind,) = normalize_document(_doc(with_column)).indicators
    assert ind.target.raw == "≥14个" and "目标" in ind.level3


def test_text_table_levels_printed_at_their_merged_cells_middle_are_read_for_all_its_rows():
    """pdftotext -layout prints a merged level cell's name on one line at its middle: the rows above
    the first such name, at the table's top, are that level's too (there is no group above them), and a
    name wrapped over the two rows it spans (满意度指 | 标, 服务对象满意 | 度指标, one line each) is one
    name for both. Both readings are said."""
    from .test_extract_formats import _laid_out
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["", "", "改造老旧供水管网", "≥24公里", "25公里", "10", "10"],
            ["", "数量指标", "新增农村集中供水点", "≥3处", "3处", "10", "10"],
            ["", "", "农村供水工程验收合格", "100%", "100%", "10", "10"],
            ["产出指标", "质量指标", "率"],
            ["满意度指", "服务对象满意", "受益群众满意度", "≥90%", "95%", "10", "10"],
            ["标", "度指标", "用水户满意度", "≥90%", "93%", "10", "10"],
            ["总分", "", "", "", "", "50", "50"]]
    recs = normalize_document(read_bytes(_laid_out(rows).encode("utf-8"), "r.txt"))
    got = [(i.level1, i.level2, i.level3) for i in recs.indicators]
    assert got == [("产出指标", "数量指标", "改造老旧供水管网"), ("产出指标", "数量指标", "新增农村集中供水点"),
                   ("产出指标", "质量指标", "农村供水工程验收合格率"),
                   ("满意度指标", "服务对象满意度指标", "受益群众满意度"), ("满意度指标", "服务对象满意度指标", "用水户满意度")]
    said = " ".join(recs.warnings)
    assert "其下方写有“产出指标”" in said and "其下方写有“数量指标”" in said
    assert "（满意度指｜标）" in said and "（服务对象满意｜度指标）" in said


def test_text_table_levels_two_whole_names_one_under_the_other_stay_apart():
    """Two level names one line under the other each whole as it stands (数量指标 | 质量指标) are two
    rows' levels, not one name wrapped."""
    from .test_extract_formats import _laid_out
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "改造老旧供水管网", "≥24公里", "25公里", "10", "10"],
            ["", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"],
            ["总分", "", "", "", "", "20", "20"]]
    recs = normalize_document(read_bytes(_laid_out(rows).encode("utf-8"), "r.txt"))
    assert [(i.level1, i.level2) for i in recs.indicators] == [("产出指标", "数量指标"), ("产出指标", "质量指标")]
    assert not any("合并读作" in w or "其下方写有" in w for w in recs.warnings)


def test_total_and_its_grade_printed_one_space_apart_in_the_score_cell():
    """A narrow layout leaves one space between the total's score and the grade beside it (98.80
    自评等级：优, one cell): the figure is the total score, the words its grade."""
    text = ("三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "改造老旧供水管网\t≥24公里\t25公里\t50\t50\n"
            "受益群众满意度\t≥90%\t88%\t50\t48.80\n"
            "总分\t\t\t100\t98.80 自评等级：良\n")
    p = normalize_document(read_bytes(text.encode("utf-8"), "r.txt")).projects[0]
    assert (p.total_weight_stated.q.value, p.total_score_stated.q.value) == (Decimal("100"), Decimal("98.80"))
    assert p.grade_raw == "良" and (p.grade_loc.row, p.grade_loc.col) == (3, 4)
def test_a_range_form_reads_its_target_from_the_lower_and_upper_bound_columns():
    """年度指标值 over 下限 | 上限: a figure under 下限 alone is a floor, under 上限 alone a ceiling, under
    both the range between them (raw low-high); a word written across both is the word. Nothing in
    the 上限 column is dropped."""
    doc = _html("""<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td>
<td colspan=2>年度指标值</td><td rowspan=2>实际完成值</td><td rowspan=2>分值</td><td rowspan=2>得分</td></tr>
<tr><td>下限</td><td>上限</td></tr>
<tr><td rowspan=4>产出指标</td><td rowspan=4>数量指标</td><td>建设站点</td><td>30个</td><td>/</td><td>31个</td>
<td>10</td><td>10</td></tr>
<tr><td>响应时间</td><td>/</td><td>4小时</td><td>3小时</td><td>10</td><td>10</td></tr>
<tr><td>巡检频次</td><td>6次</td><td>10次</td><td>8次</td><td>10</td><td>10</td></tr>
<tr><td>管护制度</td><td colspan=2>完善</td><td>完善</td><td>10</td><td>10</td></tr>""")
    inds = normalize_document(doc).indicators
    got = [(i.target.raw, i.target.q.op, i.target.q.value, i.target.q.high, i.target.q.unit) for i in inds]
    assert got == [("30个", ">=", Decimal(30), None, "个"), ("4小时", "<=", Decimal(4), None, "小时"),
                   ("6次-10次", "range", Decimal(6), Decimal(10), "次"), ("完善", "qualitative", None, None, "")]
def test_a_name_typed_in_the_level2_column_with_its_name_cell_empty_is_the_rows_name():
    """A clerk typed the name one column left (质量指标 group | 抽检合格率 | empty name | ≥95% …): the row
    is that indicator in the group above, said in its note; a level name there stays a level."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建示范园", "≥1.5万亩", "1.55万亩", "10", "10"],
            ["", "质量指标", "苗木成活率", "≥90%", "92.6%", "10", "10"],
            ["", "收购质量抽检合格率", "", "≥95%", "96.4%", "10", "10"],
            ["", "时效指标", "", "2023年12月31日前", "2023年12月18日", "10", "10"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level2, i.level3) for i in inds[:3]] == [
        ("数量指标", "新建示范园"), ("质量指标", "苗木成活率"), ("质量指标", "收购质量抽检合格率")]
    assert "三级指标名称填在二级指标一栏" in inds[2].note
    assert all(i.level3 != "时效指标" for i in inds)


def test_a_name_typed_in_the_level2_column_where_a_level_is_left_out_keeps_the_cell():
    """759: the name typed in the 二级 cell between 质量指标 and 成本指标 stands where 时效指标 would (a
    deadline): the group above is no reading of it, so the cell stays its level 2 as written; between
    社会效益指标 and the level-1 group's end (生态 / 可持续 left out) likewise."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "质量指标", "验收合格率", "100%", "100%", "10", "10"],
            ["", "改造完成时间", "", "2023年11月30日前", "2023年11月28日", "10", "10"],
            ["", "成本指标", "每张床位补助", "≤1.5万元", "1.46万元", "10", "10"],
            ["效益指标", "社会效益指标", "新增集中供养", "≥120人", "126人", "10", "10"],
            ["", "集中照护率", "", "≥60%", "63.5%", "10", "10"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level2_raw, i.level3) for i in inds] == [
        ("质量指标", "验收合格率"), ("改造完成时间", "改造完成时间"), ("成本指标", "每张床位补助"),
        ("社会效益指标", "新增集中供养"), ("集中照护率", "集中照护率")]
    assert "三级指标名称填在二级指标一栏" in inds[1].note and "沿用" not in inds[1].note


def test_a_name_typed_in_the_level2_column_on_a_level1_groups_first_row_is_the_rows_name():
    """The same slip on the first row of a level-1 group (满意度指标 | 入住老人满意度 | empty name): no
    level 2 stands above to carry, so the cell is the row's name and stays its level 2 as written."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["效益指标", "社会效益指标", "新增集中供养人数", "≥120人", "126人", "10", "10"],
            ["满意度指标", "入住老人满意度", "", "≥90%", "94.2%", "10", "10"],
            ["", "服务对象满意度指标", "老人家属满意度", "≥90%", "92.8%", "10", "10"]]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level1, i.level2_raw, i.level3) for i in inds] == [
        ("效益指标", "社会效益指标", "新增集中供养人数"), ("满意度指标", "入住老人满意度", "入住老人满意度"),
        ("满意度指标", "服务对象满意度指标", "老人家属满意度")]
    assert "三级指标名称填在二级指标一栏" in inds[1].note


def test_a_row_with_figures_and_no_name_is_kept_and_named_in_a_warning():
    """Issue 21: a row whose name cell is empty, its level-2 cell filled (| | 质量指标 | | ≥90% | 95% | 10 | 9 |,
    cells in place): its figures are real, so the record stays, but an analyst cannot find it by a
    name: a warning names its table, row and cells; it is not counted unread, and no name is guessed."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建示范园", "≥1.5万亩", "1.55万亩", "10", "10"],
            ["", "质量指标", "", "≥90%", "95%", "10", "9"],
            ["", "时效指标", "按时完成", "2023年12月31日前", "2023年12月18日", "10", "10"]]
    recs = normalize_document(_doc(rows))
    got = [(i.level2, i.level3, i.target.raw, i.score.raw) for i in recs.indicators]
    assert got[1] == ("质量指标", "", "≥90%", "9") and len(got) == 3
    said = [w for w in recs.warnings if "该行无三级指标名称" in w]
    assert len(said) == 1 and "表1 第3行" in said[0] and "质量指标｜≥90%｜95%｜10｜9" in said[0]
    assert recs.unread_rows == 0


def test_a_level_cell_merged_across_the_name_column_is_the_name():
    """Issue 21: a group with no name column of its own (满意度指标 | 服务对象满意度 merged over 二级 | 三级):
    the merged cell names the indicator as well as its level (a level-1 cell across all three levels
    too); no warning of a missing name."""
    doc = _html("""<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>
<td>分值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>新建示范园</td><td>≥1.5万亩</td><td>1.55万亩</td><td>10</td><td>10</td></tr>
<tr><td>满意度指标</td><td colspan=2>服务对象满意度</td><td>≥90%</td><td>95%</td><td>10</td><td>9</td></tr>
<tr><td colspan=3>社会效益</td><td>改善</td><td>改善</td><td>10</td><td>10</td></tr>""")
    recs = normalize_document(doc)
    got = [(i.level1, i.level3, i.target.raw) for i in recs.indicators]
    assert got[1:] == [("满意度指标", "服务对象满意度", "≥90%"), ("效益指标", "社会效益", "改善")]
    assert "合并为一格" in recs.indicators[1].note
    assert not any("该行无三级指标名称" in w for w in recs.warnings)


def test_a_bare_target_takes_the_unit_of_its_result_of_the_same_order():
    """≥95 beside 96.8%: the target is 95%, as a bare result takes its target's unit; a figure of
    another order (≥3 beside 96.8%) keeps no unit."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "质量指标", "种苗成活率", "≥95", "96.8%", "10", "10"],
            ["产出指标", "数量指标", "建设生产线", "≥400", "4条", "10", "10"]]
    first, second = normalize_document(_doc(rows)).indicators
    assert (first.target.q.op, first.target.q.value, first.target.q.unit) == (">=", Decimal(95), "%")
    assert "单位取自实际完成值" in first.target.q.note
    assert second.target.q.unit == ""
def _blocks(*parts):
    """Paragraphs (str) and tables (lists of rows) in reading order, as a Word reader gives them."""
    return document(*parts, fmt="doc")


def test_a_total_rows_line_below_the_second_table_is_that_tables_total_not_the_firsts():
    """A report holding an evaluation framework (its own 合计) and the project's form whose 总分 row came
    out as a line below its table (a .doc row of another width read as text, 379.doc): the line is the
    form's total and grade, the framework keeps its own, and neither table's rows are summed against
    the other's total. The framework, named nowhere, takes its caption's title (表1　X评分表 -> X评分表)."""
    framework = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"],
                 ["决策", "项目立项", "立项依据充分性", "40", "依据充分得满分", "40"],
                 ["过程", "资金管理", "预算执行率", "60", "执行率×60分", "57"],
                 ["合计", "", "", "100", "—", "97"]]
    form = [["项目名称", "某项目", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "新建示范园", "≥12个", "12个", "50", "50", ""],
            ["效益指标", "社会效益指标", "带动农户", "≥1000户", "1100户", "40", "40", ""]]
    recs = normalize_document(_blocks("表1　某项目绩效评价指标体系及评分表", framework, "附件", form,
                                      "总分 90 90 自评等级：优"))
    first, second = recs.projects
    assert (first.name, second.name) == ("某项目绩效评价指标体系及评分表", "某项目")   # the caption names the framework
    assert [i.level3 for i in first.indicators] == ["立项依据充分性", "预算执行率"]
    assert (first.total_weight_stated.value, first.total_score_stated.value, first.grade_stated) == (100, 97, None)
    assert [i.level3 for i in second.indicators] == ["新建示范园", "带动农户"]
    assert (second.total_weight_stated.value, second.total_score_stated.value, second.grade_stated) == (90, 90, "优")
    assert second.total_score_stated.loc.block == 4
    assert not [f for f in check(recs) if f.rule in ("JX302", "JX303", "JX305")]


@pytest.mark.parametrize("caption,name", [("表1　某项目绩效评价指标体系及评分表", "某项目绩效评价指标体系及评分表"),
                                          ("表二：某项目评分表", "某项目评分表"),
                                          ("表1为评价结果，得分如下。", None), ("评分情况见下表", None)])
def test_only_a_caption_right_above_a_nameless_table_names_it(caption, name):
    """A caption is the table's number then a title, no sentence; a sentence above the table names nothing."""
    framework = [["一级指标", "二级指标", "三级指标", "分值", "得分"], ["决策", "项目立项", "立项依据充分性", "100", "97"],
                 ["合计", "", "", "100", "97"]]
    form = [["项目名称", "某项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建示范园", "≥12个", "12个", "90", "90"], ["总分", "", "", "", "", "90", "90"]]
    first, second = normalize_document(_blocks(caption, framework, form)).projects
    assert (first.name, second.name) == (name, "某项目")


def test_an_indicator_row_left_unread_beside_the_total_it_sums_into_is_said_and_holds_back_the_sums():
    # 404's scan before its stitch: the last indicator row and the 总分 row on a page of their own,
    # in a table of other columns with no header; the row is not read, the total is. The row is
    # said and counted against the project, so the sums (JX302, JX303) are not checked on the rest.
    head = [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建站点", "≥8个", "8个", "40", "40"],
            ["效益指标", "社会效益指标", "受益人数", "≥500人", "520人", "50", "50"]]
    rest = [["满意度指标", "服务对象满意度指标", "", "", "群众满意度", "", "≥90%", "93%", "10", "10"],
            ["总分", "", "", "", "", "", "", "", "100", "100"]]
    r = normalize_document(_docs(head, rest))
    assert r.projects[0].total_score_stated.raw == "100" and len(r.indicators) == 2
    assert r.unread_rows == 1 and any("像指标行但未读取（满意度指标" in w for w in r.warnings)
    assert r.projects[0].rows_unread == 1
    assert not [f for f in check(r) if f.rule in ("JX302", "JX303")]


def test_a_result_written_as_a_fraction_of_its_target_is_read_under_merged_level_cells():
    """7/8处 (7 of the target's 8 done) is a figure, not a compound unit such as 元/人: the row under
    merged level cells is read, its result the part done in the target's unit (corpus/native 433). A
    result labelled with its rate's name (完成率100%) is the share; a name with its target in it stays
    a name (设备完好率≥98%)."""
    from jixiao.normalize.columns import kind
    assert kind("7/8处") != "unit" and kind("元/人") == "unit"
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "新建服务站", "12个", "12/12个", "8", "8", ""],
            ["", "", "改造服务用房", "8处", "7/8处", "6", "5.25", "1处因手续未完成，延至次年实施。"],
            ["", "", "建设培训基地", "6个", "完成率100%（6/6）", "6", "6", ""],
            ["", "质量指标", "验收合格率", "100%", "100%（12/12）", "6", "6", ""],
            ["", "", "设备完好率≥98%", "", "99%", "4", "4", ""]]
    r = normalize_document(_docs(rows))
    assert [(i.level3, i.actual.q.op, i.actual.q.value, i.actual.q.unit) for i in r.indicators] == [
        ("新建服务站", "=", Decimal(12), "个"), ("改造服务用房", "=", Decimal(7), "处"),
        ("建设培训基地", "=", Decimal(100), "%"), ("验收合格率", "=", Decimal(100), "%"),
        ("设备完好率", "=", Decimal(99), "%")] and r.unread_rows == 0
# -- issue 21, fifty-eighth set: a hierarchy deeper than three levels; a fund block of several rows --
def test_a_fourth_level_column_names_the_indicator_and_the_third_groups_it_said_so():
    """一级 | 二级 | 三级 | 四级指标: the deepest level, the one carrying the values, names the
    indicator (the record's level 3); the third level between groups rows, as a function column
    does, and is no field: a warning names it."""
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "四级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "基地建设", "新建示范基地", "≥12个", "12个", "50", "50"],
            ["", "", "", "改造老旧果园", "≥2万亩", "2.1万亩", "20", "20"],
            ["", "质量指标", "苗木质量", "苗木成活率", "≥95%", "96%", "30", "30"],
            ["总分", "", "", "", "", "", "100", "100"]]
    r = normalize_document(_doc(rows))
    assert [(i.level1, i.level2, i.level3) for i in r.indicators] == [
        ("产出指标", "数量指标", "新建示范基地"), ("产出指标", "数量指标", "改造老旧果园"),
        ("产出指标", "质量指标", "苗木成活率")]
    assert [i.weight.value for i in r.indicators] == [50, 20, 30]
    assert any("指标名称取最深一级“四级指标”" in w and "“三级指标”列为分组" in w for w in r.warnings)
    assert r.unread_rows == 0


@pytest.mark.parametrize("fourth", ["指标内容", "五级指标", ""])
def test_a_column_after_the_third_level_that_is_no_next_level_leaves_the_third_the_name(fourth):
    """Only a run of level columns, each one deeper, moves the name: 三级指标 | 指标内容 / 五级指标 /
    a blank header keep 三级指标 the name column as before."""
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", fourth, "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建示范基地", "说明", "≥12个", "12个", "100", "100"],
            ["总分", "", "", "", "", "", "100", "100"]]
    r = normalize_document(_doc(rows))
    assert [i.level3 for i in r.indicators] == ["新建示范基地"]
    assert not any("最深一级" in w for w in r.warnings)


_INCOME_SPENDING_HEAD = [["基金名称", "测试基金", "", "", "", "", "", ""],
                         ["基金预算执行情况（万元）", "项目", "年初预算数", "调整预算数", "全年执行数", "执行率", "分值", "得分"]]
_INCOME_SPENDING_GRID = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", ""],
                         ["产出指标", "数量指标", "参保人数", "≥10万人", "10.2万人", "90", "90", ""],
                         ["总分", "", "", "", "", "100", "99.60", ""]]


def test_a_fund_block_of_income_spending_and_balances_reads_the_one_scored_row():
    """基金收入 / 基金支出 / 本年收支结余 / 年末滚存结余: the rows do not add up to the first, and only
    基金支出 carries 分值 | 得分: that is the execution the form scores, the project's fund; the other
    rows are no budget, said so, and no indicator row left unread."""
    rows = _INCOME_SPENDING_HEAD + [
        ["", "基金收入", "8,640.00", "8,820.00", "8,906.14", "100.98%", "—", "—"],
        ["", "基金支出", "7,260.00", "7,480.00", "7,304.22", "97.65%", "10", "9.60"],
        ["", "本年收支结余", "1,380.00", "1,340.00", "1,601.92", "—", "—", "—"],
        ["", "年末滚存结余", "18,222.07", "18,182.07", "18,443.99", "—", "—", "—"]] + _INCOME_SPENDING_GRID
    r = normalize_document(_doc(rows))
    [p] = r.projects
    assert (p.budget_initial.raw, p.budget_full_year.raw, p.executed.raw) == ("7,260.00", "7,480.00", "7,304.22")
    assert (p.exec_rate_stated.raw, p.fund_weight.raw, p.fund_score.raw) == ("97.65%", "10", "9.60")
    assert p.executed.loc.row == 3 and not p.fund_sources
    assert any("只有“基金支出”行有分值／得分" in w and "“基金收入”“本年收支结余”“年末滚存结余”行未作为预算读取" in w
               for w in r.warnings)
    assert r.unread_rows == 0
    assert not [f for f in check(r) if f.rule == "JX201"]


@pytest.mark.parametrize("first", ["年度资金总额", "资金收入"])
def test_a_total_over_its_parts_stays_the_fund_though_a_part_carries_the_points(first):
    """年度资金总额 over its parts (labelled a total, or its parts adding up to it): the first row is
    the budget, whichever row holds the points, as before."""
    rows = _INCOME_SPENDING_HEAD + [
        ["", first, "100.00", "120.00", "110.00", "91.67%", "—", "—"],
        ["", "其中：财政拨款", "80.00", "100.00", "95.00", "95.00%", "10", "9.50"],
        ["", "其他资金", "20.00", "20.00", "15.00", "75.00%", "—", "—"]] + _INCOME_SPENDING_GRID
    p = normalize_document(_doc(rows)).projects[0]
    assert (p.budget_initial.raw, p.budget_full_year.raw, p.executed.raw) == ("100.00", "120.00", "110.00")
    assert [s.label for s in p.fund_sources] == ["其中：财政拨款", "其他资金"]


@pytest.mark.parametrize("label", ["政策名称", "基金名称"])
def test_a_policy_or_a_fund_form_is_named_by_its_name_label(label):
    """A policy form (政策名称) and a social-insurance fund's form (基金名称) name what they evaluate as
    项目名称 does; the indicators are that policy's or fund's."""
    rows = [[label, "测试对象", "", "", "", ""],
            ["主管部门", "测试局", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "1200人次", "40"]]
    recs = normalize_document(_doc(rows))
    assert [p.name for p in recs.projects] == ["测试对象"]
    assert [i.project for i in recs.indicators] == ["测试对象"]


def test_source_rows_above_a_total_that_alone_carries_the_points_stay_its_sources():
    """财政资金 / 其他资金 above their 合计, the points on the 合计 row alone: the total below is the fund
    and the rows above its sources (_total_below), not a block of rows that are no parts."""
    rows = _INCOME_SPENDING_HEAD + [
        ["", "财政资金", "80.00", "100.00", "95.00", "95.00%", "—", "—"],
        ["", "其他资金", "20.00", "20.00", "15.00", "75.00%", "—", "—"],
        ["", "合计", "100.00", "120.00", "110.00", "91.67%", "10", "9.17"]] + _INCOME_SPENDING_GRID
    r = normalize_document(_doc(rows))
    p = r.projects[0]
    assert (p.budget_initial.raw, p.budget_full_year.raw, p.executed.raw, p.fund_weight.raw) == \
        ("100.00", "120.00", "110.00", "10")
    assert [s.label for s in p.fund_sources] == ["财政资金", "其他资金"]
    assert not any("行有分值／得分" in w for w in r.warnings)


def test_a_score_written_over_the_rows_weight_is_the_score():
    """A 得分 cell writing the score as a fraction of the row's weight (8/10 under 分值 10) is the
    score, the cell kept as raw; a fraction over anything but the weight stays unread, and said."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "改造危桥", "≥25座", "20座", "10", "8/10"],
            ["产出指标", "数量指标", "新建泵站", "≥5座", "5座", "6", "6/8"]]
    r = normalize_document(_doc(rows))
    first, second = r.indicators
    assert (first.score.raw, first.score.value) == ("8/10", Decimal(8))
    assert second.score is None or second.score.value is None
    assert any("6/8" in w for w in r.warnings)


def test_a_scanned_level_2_under_a_level_1_of_the_forms_own_words_is_not_read_as_a_template_name():
    # 414's scan (a policy form: 政策目标 / 政策实施 / 政策效果 over 经济效果 / 生态效果 / 社会效果):
    # 经济效果 is one character off 经济效益, but under the form's own level 1 it is the form's own
    # word, not a misread; the rows had been read as 效益指标 (their level 1 dropped for the parent).
    rows = [
        ["项目名称", "耕地地力保护补贴政策", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["政策实施", "资金兑付", "补贴资金兑付率", "100%", "100%", "6", "6"],
        ["政策效果", "经济效果", "粮食播种面积", "≥730万亩", "736.2万亩", "8", "8"],
        ["", "", "粮食总产量", "≥300万吨", "303.6万吨", "8", "8"],
        ["", "生态效果", "撂荒耕地整治复耕面积", "≥3.5万亩", "3.2万亩", "6", "5.49"],
        ["总分", "", "", "", "", "28", "27.49"],
    ]
    for fmt in ("docx", "pdf-ocr"):
        doc = _doc(rows, scan=fmt != "docx")
        doc.format = fmt
        r = normalize_document(doc)
        assert [(i.level1, i.level2, i.level2_raw) for i in r.indicators] == [
            ("政策实施", None, "资金兑付"), ("政策效果", None, "经济效果"), ("政策效果", None, "经济效果"),
            ("政策效果", None, "生态效果")], fmt


UNNAMED_LEVEL_COLUMN = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>项目名称</td><td colspan=5>灾备中心建设</td></tr>
<tr><td>项目类别</td><td>指标名称</td><td>目标值</td><td>权重</td><td>实际完成值</td><td>自评分</td></tr>
<tr><td rowspan=2>投入目标</td><td>预算执行率</td><td>100%</td><td>6</td><td>94%</td><td>4.2</td></tr>
<tr><td>专款专用率</td><td>100%</td><td>3</td><td>100%</td><td>3</td></tr>
<tr><td rowspan=2>产出目标</td><td>项目验收合格率</td><td>=100%</td><td>4</td><td>100%</td><td>4</td></tr>
<tr><td>建设网络节点</td><td>=2 个</td><td>4</td><td>2个</td><td>4</td></tr>
<tr><td rowspan=2>结果目标</td><td>灾备恢复速度</td><td>2 小时</td><td>3</td><td>2 小时</td><td>3</td></tr>
<tr><td>灾备切换速度</td><td>5 分钟</td><td>3</td><td>5 分钟</td><td>3</td></tr>
</table></body></html>"""


def test_a_level_column_whose_header_names_no_role_is_read_from_its_merged_level_cells():
    """059's 项目类别 column: its header is no header word, its cells (merged down their rows) are
    level names (投入目标, 产出目标) and one the vocabulary lacks (结果目标, kept as written)."""
    r = normalize_document(read_bytes(UNNAMED_LEVEL_COLUMN.encode(), "lv.html"), name="lv.html")
    got = [(i.level1, i.level3) for i in r.indicators]
    assert got == [("投入指标", "预算执行率"), ("投入指标", "专款专用率"), ("产出指标", "项目验收合格率"),
                   ("产出指标", "建设网络节点"), ("结果目标", "灾备恢复速度"), ("结果目标", "灾备切换速度")]


def test_an_expected_level_1_written_as_in_the_form_is_compared_by_the_name_the_reader_gives():
    """A record written from the document keeps the form's level names (059: 投入目标; 045: 项目决策(20 分));
    the reader names a known level canonically (投入指标) and an unknown one as written (结果目标)."""
    from jixiao.normalize.expected import records_to_expected
    r = normalize_document(read_bytes(UNNAMED_LEVEL_COLUMN.encode(), "lv.html"), name="lv.html")
    want = records_to_expected(r)
    for e, written in zip(want["indicators"], ["投入目标", "投入目标", "产出目标(8 分)", "产出", "结果目标", "结果目标(6分)"]):
        e["level1"] = written
    cmp = compare(r, want)
    assert cmp.fields["level1"] == [6, 6], cmp.mismatches
    want["indicators"][0]["level1"] = "产出目标"    # a wrong level still counts wrong
    assert compare(r, want).fields["level1"] == [5, 6]


def test_a_row_spanning_the_level_columns_that_names_the_execution_rate_is_the_funds_points():
    """预算执行率 merged over 一级 | 二级 | 三级指标, opening the indicator table with 分值 10 and
    得分 9.85: the fund's weight and score, not an indicator (read as one, its 10 points broke the
    table's sum with the 总分). An indicator named 预算执行率 under its own level stays an indicator."""
    head = ("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>"
            "<td>分值</td><td>得分</td></tr>")
    rows = ("<tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥1000人次</td><td>1200人次</td>"
            "<td>50</td><td>50</td></tr>"
            "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>学员满意度</td><td>≥90%</td><td>95%</td>"
            "<td>40</td><td>40</td></tr>"
            "<tr><td colspan=5>总分</td><td>100</td><td>99.85</td></tr>")
    fund = ("<tr><td colspan=3>预算执行率</td><td>100%</td><td>98.50%</td><td>10</td><td>9.85</td></tr>")
    recs = normalize_document(_html(head + fund + rows))
    [p] = recs.projects
    assert [i.level3 for i in p.indicators] == ["培训人次", "学员满意度"]
    assert (p.fund_weight.q.raw, p.fund_score.q.raw, p.exec_rate_stated.q.raw) == ("10", "9.85", "98.50%")
    assert not [f for f in check(recs) if f.code == "JX402"]
    named = ("<tr><td>产出指标</td><td>时效指标</td><td>预算执行率</td><td>100%</td><td>98.50%</td>"
             "<td>10</td><td>9.85</td></tr>")
    [q] = normalize_document(_html(head + named + rows)).projects
    assert [i.level3 for i in q.indicators] == ["预算执行率", "培训人次", "学员满意度"] and q.fund_weight is None


def test_a_cell_merged_over_the_target_and_actual_columns_is_both():
    """Issue 21 (509): 24辆 in one cell spanning 年度指标值 | 实际完成值: the writer's one value for
    what was planned and what was done, read as both (it was read as no actual at all). A row whose
    actual cell is its own and empty stays without an actual."""
    doc = _html("""<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>
<td>分值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>购置清运车辆</td><td colspan=2>24辆</td><td>50</td><td>50</td></tr>
<tr><td>产出指标</td><td>质量指标</td><td>验收合格率</td><td>100%</td><td></td><td>50</td><td>50</td></tr>
<tr><td colspan=5>总分</td><td>100</td><td>100</td></tr>""")
    inds = normalize_document(doc).indicators
    assert [(i.level3, i.target.raw, i.actual.raw) for i in inds] == [("购置清运车辆", "24辆", "24辆"),
                                                                      ("验收合格率", "100%", "")]
    assert inds[0].actual.value == Decimal(24) and "合并为一格" in inds[0].note


def test_a_result_unit_with_its_last_character_typed_twice_is_the_targets_unit_said():
    """522: ≥12万人次 / 12.6万人次次: the result's unit is the target's with its last character doubled, read
    as 人次 with a warning; a unit that differs otherwise stays as written."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "完成健康体检", "≥12万人次", "12.6万人次次", "6", "6"],
            ["产出指标", "数量指标", "开展讲座", "≥300场", "318次", "6", "6"]]
    recs = normalize_document(_doc(rows))
    assert [i.actual.q.unit for i in recs.indicators] == ["人次", "次"]
    assert any("人次次" in w and "多打一字" in w for w in recs.warnings)


def test_a_header_row_in_the_body_whose_result_column_is_unnamed_takes_the_column_in_the_targets_unit():
    """Issue 21 (540): a header row inside the body re-opens the columns for the rows below it
    (调查样本（人） | 满意人数（人） | 满意率), no word of it naming the result: the result is the column
    in the targets' unit (93.5% beside ≥90%), not the count before it (187 人), said in a warning.
    A bare number beside a percentage target, with no other column to take, stays the result."""
    head = ("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>"
            "<td>分值</td><td>得分</td><td></td><td></td></tr>")
    rows = ("<tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥1000人次</td><td>1200人次</td>"
            "<td>40</td><td>40</td><td></td><td></td></tr>"
            "<tr><td>产出指标</td><td>质量指标</td><td>合格率</td><td>100%</td><td>100%</td>"
            "<td>40</td><td>40</td><td></td><td></td></tr>")
    again = ("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>调查样本（人）</td>"
             "<td>满意人数（人）</td><td>满意率</td><td>分值</td><td>得分</td></tr>"
             "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>学员满意度</td><td>≥90%</td><td>200</td>"
             "<td>187</td><td>93.5%</td><td>10</td><td>10</td></tr>"
             "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>家长满意度</td><td>≥85%</td><td>150</td>"
             "<td>131</td><td>87.3%</td><td>10</td><td>10</td></tr>"
             "<tr><td colspan=7>总分</td><td>100</td><td>100</td></tr>")
    recs = normalize_document(_html(head + rows + again))
    assert [(i.level3, i.actual.raw) for i in recs.indicators] == [
        ("培训人次", "1200人次"), ("合格率", "100%"), ("学员满意度", "93.5%"), ("家长满意度", "87.3%")]
    assert any("满意率" in w and "实际完成值" in w for w in recs.warnings)
    bare = ("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>"
            "<td>分值</td><td>得分</td></tr>"
            "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>学员满意度</td><td>≥90%</td><td>93.5</td>"
            "<td>50</td><td>50</td></tr>"
            "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>家长满意度</td><td>≥85%</td><td>87.3</td>"
            "<td>50</td><td>50</td></tr>")
    assert [i.actual.raw for i in normalize_document(_html(bare)).indicators] == ["93.5", "87.3"]


def test_a_name_header_joining_the_targets_word_splits_a_bare_figure_ending_the_name():
    """Issue 21 (543): the name column headed 三级指标与目标值 (two headers' words joined, as
    年度指标值/实际完成值 is) holds each name and its target; a target without a comparison
    (达标率100%) is split off as ≥95% is, not left in the name."""
    doc = _html("""<tr><td>一级指标</td><td>二级指标</td><td>三级指标与目标值</td><td>实际完成值</td><td>分值</td>
<td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>改造校舍≥12所</td><td>12所</td><td>30</td><td>30</td></tr>
<tr><td>产出指标</td><td>质量指标</td><td>校舍改造验收达标率100%</td><td>100%</td><td>30</td><td>30</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>师生满意度≥95%</td><td>96.1%</td><td>40</td><td>40</td></tr>
<tr><td colspan=4>总分</td><td>100</td><td>100</td></tr>""")
    inds = normalize_document(doc).indicators
    assert [(i.level3, i.target.raw) for i in inds] == [("改造校舍", "≥12所"), ("校舍改造验收达标率", "100%"),
                                                        ("师生满意度", "≥95%")]


def test_levels_from_indicator_codes_and_the_documents_legend_of_them():
    """Issue 21 (539): no level columns, each row keyed by a code (PA.1.2) whose prefixes a legend
    above the table names (PA=产出指标，PA.1=数量指标 …): the levels are read from the legend by
    the code's prefix path, said in the row's note. Without the legend the levels stay empty and
    the table says so."""
    legend = ("<p>编码规则：PA=产出指标，PA.1=数量指标，PA.2=质量指标；SB=满意度指标，SB.1=服务对象满意度指标。</p>")
    table = ("<table><tr><td>编码</td><td>指标名称</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>"
             "<tr><td>PA.1.1</td><td>改造校舍</td><td>≥12所</td><td>12所</td><td>30</td><td>30</td></tr>"
             "<tr><td>PA.2.1</td><td>验收达标率</td><td>100%</td><td>100%</td><td>30</td><td>30</td></tr>"
             "<tr><td>SB.1.1</td><td>师生满意度</td><td>≥95%</td><td>96.1%</td><td>40</td><td>40</td></tr>"
             "<tr><td colspan=4>总分</td><td>100</td><td>100</td></tr></table>")

    def page(body):
        return read_bytes(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode(), "c.html")
    recs = normalize_document(page(legend + table))
    assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "改造校舍"), ("产出指标", "质量指标", "验收达标率"),
        ("满意度指标", "服务对象满意度指标", "师生满意度")]
    assert "PA.1.1" in recs.indicators[0].note
    bare_codes = normalize_document(page(table))
    assert [i.level1 for i in bare_codes.indicators] == [None, None, None]
    assert any("指标编码" in w and "未读取" in w for w in bare_codes.warnings)


def test_a_code_legends_mark_read_as_the_character_yi_is_no_part_of_the_level_name():
    """539's scan: OCR reads the dash of MY—满意度指标 as 一 (one stroke): the entry is still MY and
    满意度指标, as a level path's 一 is read as its dash (level_path); a code's legend entries are
    read from a note of several, each a code and a level name."""
    from jixiao.normalize.code_legend import legend, levels
    names = legend(["编码说明：PA一产出指标（PA-01数量指标）；SB一满意度指标（SB-01服务对象满意度指标）"])
    assert names == {"PA": "产出指标", "PA-01": "数量指标", "SB": "满意度指标", "SB-01": "服务对象满意度指标"}
    assert levels("SB—01—02", names) == ("满意度指标", "服务对象满意度指标")
    assert levels("QQ-01-02", names) is None and legend(["PA-01数量指标"]) == {}


def test_a_legend_below_the_table_naming_a_level_path_for_each_leading_number():
    """Rows numbered 1-1, 1-2, 5-1 with no level column, the levels only in a note UNDER the table
    naming each leading number's level 1 and level 2 as a path, the open part written as a
    placeholder in quotes (“1-×”为产出指标—数量指标): the codes' levels from the legend. A path whose
    second part is no level keeps only its level 1; a lone number beside a level in prose is none."""
    from jixiao.normalize.code_legend import legend, levels
    note = ("注：编号第一位表示指标类别，“1-×”为产出指标—数量指标；“2-×”为产出指标—质量指标；"
            "“3-×”为满意度指标—服务对象满意度指标。")
    names = legend([note])
    assert levels("1-2", names) == ("产出指标", "数量指标")
    assert levels("3-1", names) == ("满意度指标", "服务对象满意度指标")
    # the scan's OCR reads the path's dash as the character 一 (one stroke)
    assert legend([note.replace("—", "一")]) == names
    assert legend(["“A-×”为产出指标—按季度考核；“B-×”为效益指标"]) == {"A": "产出指标", "B": "效益指标"}
    assert legend(["2024年度产出指标完成良好，1为满意度指标"]) == {}
    table = ("<table><tr><td>编号</td><td>绩效指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>"
             "<tr><td>1-1</td><td>改造校舍</td><td>≥12所</td><td>12所</td><td>30</td><td>30</td></tr>"
             "<tr><td>2-1</td><td>验收达标率</td><td>100%</td><td>100%</td><td>30</td><td>30</td></tr>"
             "<tr><td>3-1</td><td>师生满意度</td><td>≥95%</td><td>96.1%</td><td>40</td><td>40</td></tr>"
             "<tr><td colspan=4>总分</td><td>100</td><td>100</td></tr></table>")
    recs = normalize_document(read_bytes(f'<html><head><meta charset="utf-8"></head><body>{table}<p>{note}</p>'
                                         "</body></html>".encode(), "c.html"))
    assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "改造校舍"), ("产出指标", "质量指标", "验收达标率"),
        ("满意度指标", "服务对象满意度指标", "师生满意度")]


def test_a_fund_block_of_two_stacked_header_rows_reads_each_column_from_its_own_header():
    """Two header rows stacked in one fund block, each over its figures and each led by a label
    merged down over them (县级预算执行情况(万元) | 年初预算数 over two columns | 调整数 | 财政拨款数, then
    县级资金使用情况(万元) | 财政拨款数 | 指标结余数 | 实际支付数 | 结余数): the label heads no column (its
    执行情况 is no 执行数), the copy of a cell merged across is no second field (年初预算数 is no
    全年预算数 0), and the second header adds the money it names (实际支付数) where it restates the
    first's (财政拨款数 80, the budget): no false over-execution."""
    doc = _html("""<tr><td rowspan=2>县级预算执行情况(万元)</td><td colspan=2>年初预算数</td><td>调整数</td>
<td colspan=2>财政拨款数</td></tr>
<tr><td colspan=2>80</td><td>0</td><td colspan=2>80</td></tr>
<tr><td rowspan=2>县级资金使用情况(万元)</td><td>财政拨款数</td><td>指标结余数</td><td>实际支付数</td><td>结余数</td>
<td>收回数</td></tr>
<tr><td>80</td><td>0</td><td>72.5</td><td>7.5</td><td>7.5</td></tr>
<tr><td>一级指标</td><td>三级指标</td><td>目标值</td><td>分值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>培训人次</td><td>≥100人次</td><td>10</td><td>120人次</td><td>10</td></tr>""")
    r = normalize_document(doc)
    [p] = r.projects
    assert (p.budget_initial.raw, p.budget_full_year.raw, p.executed.raw) == ("80", "80", "72.5")
    assert (p.budget_full_year.loc.row, p.executed.loc.row, p.executed.loc.col) == (1, 3, 3)
    assert not p.fund_sources
    assert not [f for f in check(r) if f.rule in ("JX201", "JX202")]


_FRAMEWORK_ROWS = """<tr><td rowspan=3>项目立项(15 分)</td><td rowspan=2>立项依据(10 分)</td><td>政策相符性</td><td>6</td><td>6</td></tr>
<tr><td>程序规范性</td><td>4</td><td>3</td></tr>
<tr><td>目标设定(5 分)</td><td>目标明确性</td><td>5</td><td>4</td></tr>
<tr><td rowspan=2>项目实施(12 分)</td><td rowspan=2>组织实施(12 分)</td><td>制度健全性</td><td>{w}</td><td>7</td></tr>
<tr><td>执行有效性</td><td>4</td><td>4</td></tr>"""


def test_an_evaluation_framework_score_table_without_a_header_is_read_from_its_points():
    """A score table cut from its header (项目立项(15 分) | 立项依据(10 分) | name | 分值 | 得分, no target
    or result column): the weights add up to the points each group label states and no score is
    above its weight, so the rows are indicator rows, the label columns their levels, the fields
    that do not exist empty."""
    r = normalize_document(_html(_FRAMEWORK_ROWS.format(w=8)))
    got = [(i.level1_raw, i.level2_raw, i.level3, i.weight.raw, i.score.raw, i.target.q.op, i.actual.q.op)
           for i in r.indicators]
    assert got == [("项目立项", "立项依据", "政策相符性", "6", "6", "empty", "empty"),
                   ("项目立项", "立项依据", "程序规范性", "4", "3", "empty", "empty"),
                   ("项目立项", "目标设定", "目标明确性", "5", "4", "empty", "empty"),
                   ("项目实施", "组织实施", "制度健全性", "8", "7", "empty", "empty"),
                   ("项目实施", "组织实施", "执行有效性", "4", "4", "empty", "empty")]
    assert r.unread_rows == 0


def test_a_headerless_score_table_whose_weights_miss_their_points_is_left_unread_and_named():
    """The same rows with 制度健全性 worth 9: 组织实施(12 分) holds 9 + 4 = 13, so nothing says the
    figures are weights of those groups: no row is read, each counted unread."""
    r = normalize_document(_html(_FRAMEWORK_ROWS.format(w=9)))
    assert not r.indicators and r.unread_rows == 5


def test_a_score_table_whose_names_carry_their_points_is_read_without_a_weight_column():
    """一级指标 | 二级指标 | 三级指标 | 得分, each name ending in its points (资金到位率(4 分)): the
    names give the weights, 得分 the scores; a table of its own after one closed by its 总分 row
    is another evaluation, a project of its own."""
    doc = read_bytes("""<html><head><meta charset="utf-8"></head><body>
<table><tr><td>一级指标</td><td>三级指标</td><td>分值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>培训人次</td><td>10</td><td>9</td></tr><tr><td colspan=2>总分</td><td></td><td></td></tr></table>
<p>部门整体支出绩效评价得分表</p>
<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>得分</td></tr>
<tr><td rowspan=2>部门管理(10 分)</td><td rowspan=2>资金管理(10 分)</td><td>资金到位率(4 分)</td><td>4</td></tr>
<tr><td>支出规范性(6 分)</td><td>5</td></tr></table></body></html>""".encode(), "t.html")
    r = normalize_document(doc)
    assert [(i.level3, str(i.weight.value), i.score.raw) for i in r.projects[-1].indicators] == \
        [("资金到位率", "4", "4"), ("支出规范性", "6", "5")]
    assert len(r.projects) == 2 and [i.level3 for i in r.projects[0].indicators] == ["培训人次"]


def test_a_list_of_items_with_their_money_under_the_fund_block_is_checked_against_its_total():
    """明细构成 | 子项名称 | 预算数(万元) | 实际数(万元), one row per item and a 合计 row: a list per
    money column; the 预算数 add up to their 合计, the 实际数 (40 + 7.5 = 47.5) do not (写 50)."""
    doc = _html("""<tr><td rowspan=4>资金明细构成</td><td>子项名称</td><td>预算数(万元)</td><td>实际数(万元)</td></tr>
<tr><td>设备购置</td><td>42</td><td>40</td></tr><tr><td>安装调试</td><td>8</td><td>7.5</td></tr>
<tr><td>合计</td><td>50</td><td>50</td></tr>""")
    r = normalize_document(doc)
    assert [(lt.title, [i.amount.raw for i in lt.items], lt.total.raw) for lt in r.lists] == \
        [("资金明细构成（预算数）", ["42", "8"], "50"), ("资金明细构成（实际数）", ["40", "7.5"], "50")]
    assert [(f.rule, f.stated, f.expected) for f in check(r)] == [("JX101", "50", "47.5")]


def test_a_lists_items_are_named_by_the_column_of_names_whatever_its_header_word():
    """760's 采购清单 (序号 | 品目 | 规格型号 | 单位 | 数量 | 单价（元） | 金额（万元）): no header word says
    which column names the items, its cells do: the first column of names (two Chinese characters or
    more, not figures) in most item rows, left of the specification, unit and figures."""
    rows = [["序号", "品目", "规格型号", "单位", "数量", "单价（元）", "金额（万元）"],
            ["1", "道路石油沥青", "70号A级", "吨", "286", "4,850", "138.71"],
            ["2", "碎石", "5-10mm", "立方米", "4,200", "165", "69.30"],
            ["3", "反光标志牌", "铝板3mm", "块", "180", "1,250", "22.50"],
            ["合计", "", "", "", "", "", "230.51"]]
    [lt] = normalize_document(_docs("附：养护材料采购清单", rows)).lists
    assert [(i.serial, i.purpose, i.amount.raw) for i in lt.items] == [
        ("1", "道路石油沥青", "138.71"), ("2", "碎石", "69.30"), ("3", "反光标志牌", "22.50")]
    assert lt.items[1].loc.row == 2 and lt.total.raw == "230.51"


def test_a_list_in_groups_each_closed_by_a_subtotal_is_read_down_to_its_own_total():
    """1189's 支付明细 in two groups (一 / 二 label rows, each closed by a 小计) and a 合计 under them: the
    first 小计 closes a group, not the list; every item is read, each 小计 is the part of its group,
    and the 合计 is the list's total (before, the list ended at the first 小计, its other rows unread)."""
    rows = [["序号", "支付内容", "收款单位", "支付金额（万元）"],
            ["一", "果园基地建设", "", ""],
            ["1", "果园提质改造补助", "各乡镇种植户", "612.00"],
            ["2", "水肥一体化设施建设", "某农业开发有限公司", "186.40"],
            ["", "小计", "", "798.40"],
            ["二", "技术服务及项目管理", "", ""],
            ["3", "栽培技术培训", "县柑橘产业发展中心", "28.60"],
            ["4", "项目管理及验收", "县农业农村局", "38.52"],
            ["", "小计", "", "67.12"],
            ["", "合计", "", "865.52"]]
    [lt] = normalize_document(_docs("附：资金支付明细", rows)).lists
    assert [i.amount.raw for i in lt.items if i.amount] == ["612.00", "186.40", "28.60", "38.52"]
    assert [(st.amount.raw, st.first, st.end) for st in lt.subtotals] == [("798.40", 0, 3), ("67.12", 3, 6)]
    assert lt.total.raw == "865.52"
    # one group closed by its 小计 and nothing after it: that 小计 is still the list's total
    [one] = normalize_document(_docs("附：资金支付明细", rows[:5])).lists
    assert one.total.raw == "798.40" and one.subtotals == []


def test_a_label_is_read_against_the_vocabulary_once():
    """bare, canonical_level1 / 2 and halfwidth are asked for the same label again and again by every
    reader that weighs a cell: the second answer is the first, not read again (the vocabulary is fixed)."""
    from jixiao.normalize.quantity import halfwidth
    from jixiao.normalize.vocab import bare, canonical_level1, canonical_level2
    for f in (bare, canonical_level1, canonical_level2, halfwidth):
        f.cache_clear()
    for _ in range(2):
        assert bare(" 产出指标 （40 分）") == "产出指标"
        assert canonical_level1("项目产出(30分)") == "产出指标"
        assert canonical_level2("数量指标") == ("数量指标", "产出指标")
        assert canonical_level2("成本指标", "成本指标") == ("经济成本指标", "成本指标")
        assert halfwidth("１２．５％") == "12.5%"
    assert all(f.cache_info().hits >= 1 for f in (bare, canonical_level1, canonical_level2, halfwidth))


@pytest.mark.parametrize("sentence, stated", [
    ("四、总分100，自评得分99.23，自评等级：优。", Decimal("99.23")),    # 561: no 分 after the figure
    ("自评得分99.23分，自评等级：优。", Decimal("99.23")),
    ("自评得分为99.23\n", None),                                      # no grade in the sentence: not the total
    ("自评得分99.23万元，自评等级：优。", None),                       # another unit: no score
])
def test_a_total_score_in_a_sentence_needs_no_unit_word(sentence, stated):
    """Issue 21 (561.txt): a total score label then a figure is the total, with 分, no unit or
    punctuation after it; in another unit it is none."""
    text = ("项目名称\t测试项目\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "\t产出指标\t数量指标\t培训次数\t≥2次\t3次\t50\t50\n"
            "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t50\t49.23\n\n" + sentence + "\n")
    r = normalize_document(read_bytes(text.encode(), "t.txt"), name="t.txt")
    got = r.projects[0].total_score_stated
    assert (got.value if got is not None else None) == stated


@pytest.mark.parametrize("head", ["指标方向", "方向"])
def test_a_direction_column_gives_the_operator_where_the_table_writes_none(head):
    """Issue 21 (590): targets written without operators beside a 正向 / 反向 / 区间 column: the
    direction is the target's operator (正向 ≥, 反向 ≤), the raw text kept, so a 反向 target met by a
    lower result is met; 区间 is a direction word, not a unit. Where another target of the table
    writes its comparison (076), a bare figure stays = (test above: 024's operator words)."""
    rows = [["一级指标", "二级指标", "三级指标", "指标性质", head, "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "保护面积", "定量", "正向", "1.2万亩", "1.25万亩", "30", "30"],
            ["", "质量指标", "农药残留超标率", "定量", "反向", "2%", "0.8%", "30", "30"],
            ["效益指标", "经济效益指标", "收购均价", "定量", "区间", "40-60元/公斤", "52元/公斤", "20", "20"],
            ["", "可持续影响指标", "保护机制", "定性", "—", "健全", "健全", "20", "20"]]
    r = normalize_document(_docs(rows))
    assert [(i.target.raw, i.target.q.op, i.target.q.note) for i in r.indicators] == [
        ("1.2万亩", ">=", ""), ("2%", "<=", ""), ("40-60元/公斤", "range", ""), ("健全", "qualitative", "健全")]
    assert not [f for f in check(r) if f.rule in ("JX401", "JX402")]
    written = [row[:] for row in rows]
    written[1][5] = "≥1.2万亩"   # the table writes its comparisons in the cells: a bare 2% is = as written
    assert [i.target.q.op for i in normalize_document(_docs(written)).indicators][:2] == [">=", "="]


@pytest.mark.parametrize("up, down", [("↑", "↓"), ("⬆", "⬇"), ("▲", "▼")])
def test_arrows_in_a_direction_column_give_the_operator_as_its_words_do(up, down):
    """Issue 21 (1406): a 方向 column of arrows (↑ the larger the better, ↓ the smaller) beside bare targets
    is the 正向 / 反向 column of 590 in signs: the arrow gives the operator, read by the character's
    Unicode name (any upward or downward arrow or pointer), the arrow kept as the row's polarity; a dash
    on a deadline or a word row gives none. A two-way arrow says no direction."""
    rows = [["一级指标", "二级指标", "三级指标", "方向", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "建设社区养老服务站", up, "8个", "8个", "30", "30"],
            ["", "成本指标", "每户适老化改造补助", down, "3000元", "2950元", "30", "30"],
            ["效益指标", "社会效益指标", "助餐服务覆盖率", up, "60%", "54%", "20", "18"],
            ["", "可持续影响指标", "服务网络", "—", "逐步健全", "逐步健全", "20", "20"]]
    r = normalize_document(_docs(rows))
    assert [(i.target.q.op, i.polarity) for i in r.indicators] == [
        (">=", up), ("<=", down), (">=", up), ("qualitative", None)]
    assert not [f for f in check(r) if f.rule in ("JX401", "JX402", "JX405")]
    both = [row[:] for row in rows]
    both[1][3] = "↕"
    assert normalize_document(_docs(both)).indicators[0].target.q.op == "="


def test_a_bare_target_whose_direction_cell_gives_none_is_read_as_written_and_named():
    """Issue 21 (1406.scan): in a table whose 方向 column gives its bare targets their operators, a row whose
    direction cell is blank or holds no direction (the OCR lost a ↓, read a — as 二) keeps its target = as
    written, and the row is named in a warning, not left to a false JX401 with nothing said. A word target
    (no figure) and a table that writes its comparisons are not named."""
    rows = [["一级指标", "二级指标", "三级指标", "方向", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "建设社区养老服务站", "↑", "8个", "8个", "30", "30"],
            ["", "成本指标", "每户适老化改造补助", "", "3000元", "2950元", "30", "30"],
            ["效益指标", "社会效益指标", "紧急呼叫响应时长", "二", "30分钟", "22分钟", "20", "20"],
            ["", "可持续影响指标", "服务网络", "", "逐步健全", "逐步健全", "20", "20"]]
    r = normalize_document(_docs(rows))
    assert [i.target.q.op for i in r.indicators] == [">=", "=", "=", "qualitative"]
    named = [w for w in r.warnings if "指标方向一栏" in w]
    assert len(named) == 2 and "每户适老化改造补助" in named[0] and "紧急呼叫响应时长" in named[1]
    written = [row[:] for row in rows]
    written[1][4] = "≥8个"
    assert not [w for w in normalize_document(_docs(written)).warnings if "指标方向一栏" in w]


def test_a_row_whose_direction_the_reader_could_not_read_raises_no_flag_on_its_target_and_says_so():
    """fixleft43 (1406.scan: the OCR lost two ↓ and two ↑ of a 方向 column, the four rows read = and named, yet
    JX401 / JX405 raised on 每户适老化改造补助 and 紧急呼叫响应时长 as if the reader were sure): a row whose
    operator the reader names unknown is doubtful (Indicator.doubt), so the rules' one place for doubt
    (rules._withhold_doubtful) holds back what rests on it, and says which rule and row. A row the direction
    column reads, and a table that writes its comparisons, are judged as before."""
    from jixiao.rules import check_document
    rows = [["一级指标", "二级指标", "三级指标", "方向", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "建设社区养老服务站", "↑", "8个", "6个", "30", "30"],
            ["", "成本指标", "每户适老化改造补助", "", "3000元", "2950元", "30", "30"],
            ["效益指标", "社会效益指标", "紧急呼叫响应时长", "二", "30分钟", "22分钟", "20", "20"],
            ["", "可持续影响指标", "服务网络", "", "逐步健全", "逐步健全", "20", "20"]]
    r = normalize_document(_docs(rows))
    assert [bool(i.doubt) for i in r.indicators] == [False, True, True, False]
    checked = check_document(r)
    flagged = {f.rule: f.message for f in checked.flags}
    assert not [f for f in checked.flags if "每户适老化改造补助" in f.message or "紧急呼叫响应时长" in f.message]
    assert "JX401" in flagged and "建设社区养老服务站" in flagged["JX401"]     # the arrow's row: a true miss
    held = [w for w in checked.warnings if "未作为核查结果报出" in w]
    assert len(held) == 1 and "紧急呼叫响应时长" in held[0] and "JX401" in held[0]


def test_a_rows_values_left_unread_in_a_cell_of_several_figures_are_no_blank_the_rules_judge():
    """fixleft43 (1420.scan: a cell over two rows holding two figures a line, ≥90%／100% and 92.5%／100%, left
    unread and said; the row then judged by JX306 as one whose target and actual were left blank and given full
    marks, a FALSE flag): a value the reader leaves unread is the reader's blank, not the form's; the row is
    doubtful (Indicator.doubt) and no rule finds on it, the holding back said."""
    from jixiao.rules import check_document
    doc = _html("""<tr><td>项目名称</td><td colspan=6>测试项目</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=2>产出指标</td><td rowspan=2>质量指标</td><td rowspan=2>出水水质达标率工程验收合格率</td>
<td rowspan=2>≥90%<br>100%</td><td rowspan=2>92.5%<br>100%</td><td rowspan=2>20</td><td rowspan=2>20</td></tr>
<tr></tr>
<tr><td rowspan=2>效益指标</td><td rowspan=2>社会效益指标</td><td>受益农户</td><td>≥9000户</td><td>9260户</td>
<td>40</td><td>40</td></tr>
<tr><td>减少排放</td><td>≥300吨</td><td>318吨</td><td>40</td><td>40</td></tr>""")
    recs = normalize_document(doc)
    unread = [i for i in recs.indicators if i.level3 == "出水水质达标率工程验收合格率"]
    assert len(unread) == 1 and unread[0].target.raw.strip() == "" and "分行写有2个数" in unread[0].doubt
    checked = check_document(recs)
    assert not [f for f in checked.flags if f.rule == "JX306"]
    assert any("出水水质达标率工程验收合格率" in w and "JX306" in w for w in checked.warnings)


def test_a_cell_over_the_value_columns_that_cuts_into_a_figure_for_each_is_no_shared_value():
    """fixleft43 (1425.scan: the rules between 年度指标值, 实际完成值 and 分值 lost, one cell over the three held
    2023年11月30日前2023年11月22日4 and was read as the target and the actual both, a word, the row's note its only
    trace): a cell across the value columns whose text cuts into a figure for each column it spans
    (cell_joins.split_figures) is their cells run together, not one value they share: unread, said, the row
    doubtful. A value typed once over both columns (24辆) is still the writer's one value for both."""
    doc = _html("""<tr><td>项目名称</td><td colspan=6>测试项目</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=3>产出指标</td><td>数量指标</td><td>新建基地</td><td>≥8000亩</td><td>8200亩</td><td>40</td><td>40</td></tr>
<tr><td>时效指标</td><td>项目完成时间</td><td colspan=3>2023年11月30日前2023年11月22日4</td><td>4</td></tr>
<tr><td>质量指标</td><td>购置车辆</td><td colspan=2>24辆</td><td>56</td><td>56</td></tr>""")
    recs = normalize_document(doc)
    done = recs.indicators[1]
    assert (done.level3, done.target.raw.strip(), done.actual.raw.strip()) == ("项目完成时间", "", "")
    assert "连成一格" in done.doubt
    assert any("项目完成时间" in w and "可拆为各栏各一个数" in w for w in recs.warnings)
    shared = recs.indicators[2]
    assert (shared.target.raw, shared.actual.raw, shared.doubt) == ("24辆", "24辆", "")


def test_a_fund_block_with_its_items_as_rows_reads_the_weight_and_score_under_the_total():
    """Issue 21 (588): the fund block transposed, the sources as columns (年度资金总额 | 其中：中央 |
    县级) and the items as rows, 分值 / 得分 under the total only (— under each source): the rows
    read as the items' labels and figures, the dashes no figure, so the weight and score are read."""
    body = (html_row("项目名称", "测试项目", "", "", "", "", "") +
            html_row("项目资金（万元）", "资金项目", "年度资金总额", "其中：中央资金", "县级资金", "", "") +
            html_row("", "年初预算数", "100.00", "60.00", "40.00", "", "") +
            html_row("", "全年预算数", "120.00", "60.00", "60.00", "", "") +
            html_row("", "全年执行数", "108.00", "60.00", "48.00", "", "") +
            html_row("", "执行率", "90.00%", "100.00%", "80.00%", "", "") +
            html_row("", "分值", "10", "—", "—", "", "") +
            html_row("", "得分", "9.00", "一", "二", "", "") +   # a scan reads the dashes 一 / 二
            html_row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分") +
            html_row("产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "90", "90") +
            html_row("总分", "", "", "", "", "100", "99.00"))
    [p] = normalize_document(_html(body), name="t.html").projects
    assert (p.budget_full_year.raw, p.executed.raw, p.exec_rate_stated.raw) == ("120.00", "108.00", "90.00%")
    assert (p.fund_weight.raw, p.fund_score.raw) == ("10", "9.00")
    assert (p.fund_weight.loc.row, p.fund_weight.loc.col) == (6, 2)


def test_a_circled_or_bracketed_ordinal_is_no_prose_figure():
    """Issue 21: ③类, ⑷级, ❸类 label a class or a rank (NFKC made ③类 the count 3 类); the figures
    beside them, full width or not, are read."""
    text = "全市共有③类桥梁12座，⑷级风险点2处，❸类问题1个，(3)类路段5公里。全年预算１００万元，执行100万元。\n"
    r = normalize_document(read_bytes(text.encode(), "a.txt"), name="a.txt")
    assert [(f.q.value, f.q.unit) for f in r.prose] == [
        (Decimal(12), "座"), (Decimal(2), "处"), (Decimal(1), "个"), (Decimal(5), "公里"),
        (Decimal(1000000), "元"), (Decimal(1000000), "元")]


def test_a_fund_told_in_prose_with_no_fund_table_is_read_from_its_sentence():
    """Issue 21 (realworld raw/028): 收到财政资金共X万元,其中…支出Y万元 with no fund table: X is the year's
    budget and Y the executed, located at the paragraph's line; two paragraphs telling it otherwise
    are both said and neither read."""
    head = "优抚对象生活补助经费转移支付2023年度绩效自评报告\n\n项目名称：优抚对象生活补助经费\n\n一、资金投入情况\n\n"
    told = "2023年收到财政资金共2330.9万元,其中:中央资金1372.7万元,其他资金958.2万元2023年支出2310.4万元,其中中央资金1352.2万元\n"
    told += "\n二、绩效指标\n\n1.时效指标。补助金每月中旬发放指标为100%实际完成值为100%\n"
    r = normalize_document(read_bytes((head + told).encode(), "p.txt"), name="p.txt")
    [p] = r.projects
    assert (p.budget_full_year.q.value, p.executed.q.value) == (Decimal("23309000"), Decimal("23104000"))
    assert p.budget_full_year.loc.line == 7 and p.executed.loc.line == 7
    assert any("按文中语句读取" in w for w in r.warnings)
    other = "\n全年到位资金2300万元，实际支出2310.4万元。\n"
    r = normalize_document(read_bytes((head + told + other).encode(), "p.txt"), name="p.txt")
    assert r.projects[0].budget_full_year is None and any("不一致" in w for w in r.warnings)



def test_a_fund_told_over_two_paragraphs_opens_the_reports_project():
    """Issue 21 (realworld raw/065): a report with no table and no indicator that tells the money that
    came in under one heading and the money spent under a later one is a report on one project: it is
    opened with that fund, each figure at its own paragraph. 转移支付资金 is money coming in, no payment;
    two amounts spent, or the spending told before the money came, are not read."""
    head = "某某资金转移支付绩效自评报告\n\n一、绩效目标分解下达情况\n\n省财政厅下达我县中央某某发展资金500万元。\n\n"
    spent = "二、绩效目标完成情况分析\n\n（一）资金投入情况分析。\n\n项目按照合同进度已支付资金139.433578万元，资金管理规范。\n\n"
    tail = "（二）产出。群众满意度100%。\n"
    r = normalize_document(read_bytes((head + spent + tail).encode(), "p.txt"), name="p.txt")
    [p] = r.projects
    assert (p.budget_full_year.q.value, p.executed.q.value) == (Decimal("5000000"), Decimal("1394335.780000"))
    assert (p.budget_full_year.loc.line, p.executed.loc.line) == (5, 11)
    assert any("按文中语句读取" in w and "139.433578万元" in w for w in r.warnings)
    for text in (head + spent + "其余使用资金20万元。\n", spent + head + tail, head.replace("下达我县中央某某发展资金", "下达转移支付资金") + tail):
        assert normalize_document(read_bytes(text.encode(), "p.txt"), name="p.txt").projects == []


def _told(text: str):
    return normalize_document(read_bytes(text.encode(), "p.txt"), name="p.txt")


def test_a_fund_told_over_adjacent_paragraphs_of_one_section_is_read_with_its_rate():
    """Issue 21 (realworld raw/070): the money allotted told in one paragraph (a 其中 breakdown after
    it), the money spent and its rate in the next, with only the section's sub-headings between: the
    total, each figure at its own paragraph, the rate held to executed / budget (JX202). An amount
    spent told as a change on the year before is no total: the fund is then told in part, and said."""
    came = "某某补助项目绩效自评报告\n\n（一）资金投入情况分析\n\n1.项目资金到位情况分析\n\n" \
           "下达某某补助资金787.45万元,其中:中央资金414.45万元,省级下达资金373万元,已100%足额到位。\n\n"
    spent = "2.项目资金执行情况分析\n\n某某补助,资金执行数676.804801万元,执行率为85.95%;项目资金已兑付到户。\n"
    r = _told(came + spent)
    [p] = r.projects
    assert (p.budget_full_year.raw, p.executed.raw, p.exec_rate_stated.raw) == ("787.45万元", "676.804801万元", "85.95%")
    assert (p.budget_full_year.loc.line, p.executed.loc.line, p.exec_rate_stated.loc.line) == (7, 11, 11)
    assert not [f for f in check(r) if f.rule == "JX202"]
    assert [f.stated for f in check(_told(came + spent.replace("85.95%", "86.95%"))) if f.rule == "JX202"] == ["86.95%"]
    r = _told(came + "2.项目资金执行情况分析\n\n资金较上年减少支出20万元。\n")
    assert r.projects == []
    assert [w for w in r.warnings if "只读到收到/下达资金“下达某某补助资金787.45万元”" in w and "未读到支出/执行金额" in w]


def test_a_budget_told_by_its_label_and_an_amount_executed_in_total_are_read_beside_a_metadata_table():
    """fixleft19 (realworld 063): 补助经费预算数X万元 (the money's budget by its label, no verb of money coming
    in) and 资金执行总量Y万元，预算执行率为Z% in a later paragraph are the fund, the rate held to Y / X;
    read beside sentence indicators, and beside a page's metadata table (标题 / 索引号, no money), which
    is no fund table."""
    came = "（一）预算安排情况。2022年某某补助经费预算数30075万元,其中:中央补助资金11375万元,其他资金551万元。\n\n" \
           "（二）目标下达情况。根据工作方案制定绩效目标。\n\n"
    spent = "（一）资金投入情况分析。2022年某某资金执行总量29675万元,预算执行率为98.67%。\n\n"
    told = "数量指标。全年缴费人数年初任务数216786人,全年完成值201201人。\n"
    r = _told("某某补助资金2022年度绩效自评报告\n\n" + came + spent + told)
    [p] = r.projects
    assert (p.budget_full_year.raw, p.executed.raw, p.exec_rate_stated.raw) == ("30075万元", "29675万元", "98.67%")
    assert not [f for f in check(r) if f.rule == "JX202"]
    meta = "<table><tr><td>标题:某某补助资金2022年度绩效自评报告</td><td>索引号:57063245-6/2023-00020</td></tr></table>"
    html = meta + "".join(f"<p>{x}</p>" for x in (came + spent).split("\n") if x)
    r = normalize_document(read_bytes(html.encode(), "p.html"), name="p.html")
    [p] = r.projects
    assert (p.budget_full_year.raw, p.executed.raw) == ("30075万元", "29675万元")
    money = meta.replace("索引号:57063245-6/2023-00020", "金额（万元）")
    assert normalize_document(read_bytes((money + html[len(meta):]).encode(), "p.html"), name="p.html").projects == []


def test_a_time_word_before_a_noun_phrase_is_part_of_the_indicators_name():
    """fixleft19 (realworld 063): 全年缴费人数 names the indicator (全年 before the noun phrase); 全年 before
    an adverb or a verb of reaching a figure (全年共完成…, 全年累计…) is an adverbial and left out."""
    assert indicator_name("全年缴费人数") == "全年缴费人数"
    assert [indicator_name(x) for x in ("全年共完成培训", "全年累计发放补贴", "1.全年完成")] == ["完成培训", "发放补贴", "完成"]
    # grammar23: the time adverbial is a grammar ([全本当今]年度? | 年度), not four words: 本年度 / 今年 read too;
    # 上年 (the year compared with) and a noun phrase after the time word stay in the name
    assert [indicator_name(x) for x in ("本年度共完成培训", "今年累计发放补贴", "全年度完成")] == ["完成培训", "发放补贴", "完成"]
    assert [indicator_name(x) for x in ("本年度缴费人数", "上年累计发放补贴")] == ["本年度缴费人数", "上年累计发放补贴"]
    r = _told("某某项目绩效自评报告\n\n数量指标。全年缴费人数年初任务数216786人,全年完成值201201人。\n")
    assert [i.level3 for p in r.projects for i in p.indicators] == ["全年缴费人数"]


def test_a_line_of_nothing_but_the_total_label_and_figure_states_the_total():
    """fixleft19 (realworld 064): (一)自评得分99分, an outline item under 一、自评结论, no colon, is the total stated; the fund's
    自评分20分 and a part's (自评分19分) are not; a second line stating another total leaves both unread."""
    text = "某某项目自评结果\n\n一、自评结论\n\n(一)自评得分99分\n\n1.执行率情况。\n\n" \
           "年初预算300万元,实际预算300万元,全年执行300万元,执行率100%,自评分20分。\n\nA产出指标(自评分19分)\n"
    [p] = _told(text).projects
    assert (p.total_score_stated.raw, p.total_score_stated.loc.line) == ("99分", 5)
    assert _told(text + "\n(二)自评得分98分\n").projects[0].total_score_stated is None
    assert _told(text.replace("(一)自评得分99分", "自评得分99分")).projects[0].total_score_stated is None   # no outline item


def test_money_told_only_as_passed_on_is_called_neither_received_nor_spent():
    """fixraw7 (realworld raw/017): 拨付 is said of money given to the unit and of money it pays out
    (按合同约定…拨付资金66.86万元): a report telling only that is said to tell it, on no side."""
    r = _told("某某项目绩效自评报告\n\n2.项目资金执行情况分析\n\n已按合同约定足额拨付资金66.86万元。\n")
    assert r.projects == []
    [w] = [w for w in r.warnings if "拨付资金66.86万元" in w]
    assert "收到/下达资金" not in w and "未说明是收到还是付出" in w


def test_money_passed_on_is_spent_where_its_sentence_gives_the_rate_or_the_whole_it_is_a_share_of():
    """fixraw12 (realworld raw/061): 拨付 is two-way, but 已完成拨付X万元 followed by its 执行率, or told after the
    fund's whole in the same sentence (项目资金共Y万元,…,已完成拨付X万元), is the money spent: the fund is read, the
    rate held to X / Y; a rate with the whole told in an earlier paragraph pairs with it; without either the
    amount stays on no side (fixraw7)."""
    r = _told("某县交通运输局2022年某某资金项目绩效自评总结报告\n\n(一)资金投入情况分析\n\n"
              "2、项目资金执行情况分析。项目资金共2179万元,截止2022年12月8日,已完成拨付2113.63万元,执行率97%。\n")
    [p] = r.projects
    assert (p.budget_full_year.raw, p.executed.raw, p.exec_rate_stated.raw) == ("2179万元", "2113.63万元", "97%")
    assert any("按文中语句读取" in w and "已完成拨付2113.63万元" in w for w in r.warnings)
    assert not [f for f in check(r) if f.rule == "JX202"]
    r = _told("某某项目绩效自评报告\n\n1.项目资金到位情况分析\n\n省财政下达某某补助资金500万元。\n\n"
              "2.项目资金执行情况分析\n\n截至年底已拨付450万元，执行率90%。\n")
    [p] = r.projects
    assert (p.budget_full_year.raw, p.executed.raw, p.exec_rate_stated.raw) == ("500万元", "450万元", "90%")
    r = _told("某某项目绩效自评报告\n\n2.项目资金执行情况分析\n\n项目资金共2179万元,已完成拨付2113.63万元,执行率97%。\n"
              .replace("项目资金共2179万元,", "").replace(",执行率97%", ""))
    assert r.projects == [] and any("已完成拨付2113.63万元" in w for w in r.warnings)


def test_the_budget_told_as_passed_on_whole_under_its_arrival_heading_arrived():
    """fixraw12 (realworld raw/061): under 项目资金到位情况分析, the budget's amount said to be passed on whole
    (某某资金2179万元目前已全部拨付) is the money arrived, at that paragraph; another amount, or the words outside a
    paragraph of 到位, arrive nothing."""
    came = "1、项目资金到位情况分析。乡村振兴衔接资金2179万元目前已全部拨付,及时安排到相关项目。\n"
    spent = "2、项目资金执行情况分析。项目资金共2179万元,截止2022年12月8日,已完成拨付2113.63万元,执行率97%。\n"
    [p] = _told("某某项目绩效自评报告\n\n" + came + "\n" + spent).projects
    assert (p.arrived.raw, p.arrived.loc.line) == ("2179万元", 3)
    [p] = _told("某某项目绩效自评报告\n\n" + came.replace("2179万元", "2000万元") + "\n" + spent).projects
    assert p.arrived is None
    [p] = _told("某某项目绩效自评报告\n\n" + came.replace("1、项目资金到位情况分析。", "") + "\n" + spent).projects
    assert p.arrived is None


def test_the_budget_told_coming_in_under_its_arrival_heading_arrived():
    """fixraw15 (realworld 023): under 1.项目资金到位情况, the budget's amount told by a verb of money coming in
    (市财政局下达我局项目前期工作经费200.00万元) is the arrival that heading asks for, at that paragraph; the same
    sentence under another heading, or the amount told in a clause with no such verb (我局安排…), arrives nothing."""
    came = "1.项目资金到位情况\n\n2020年7月20日市财政局下达我局项目前期工作经费200.00万元。\n"
    spent = "2.项目资金执行情况\n\n实际支出项目资金200.00万元,资金执行率100.00%。\n"
    [p] = _told("某某项目绩效自评报告\n\n" + came + "\n" + spent).projects
    assert (p.budget_full_year.raw, p.arrived.raw, p.arrived.loc.line) == ("200.00万元", "200.00万元", 5), p.arrived
    [p] = _told("某某项目绩效自评报告\n\n" + came.replace("到位情况", "下达情况") + "\n" + spent).projects
    assert p.arrived is None
    [p] = _told("某某项目绩效自评报告\n\n" + came.replace("市财政局下达我局", "市财政局下达通知,我局安排") + "\n" + spent).projects
    assert p.arrived is None


def test_a_document_with_money_sentences_and_nothing_read_says_so():
    """fixraw12 (realworld raw/061): a report whose sentences tell amounts of money, and from which no project
    and no indicator is read, says so in a warning naming the first such sentence, never passes silently."""
    r = _told("某某项目绩效自评报告\n\n一、基本情况\n\n我县2022年某某道路建设项目计划投资2179万元,新建道路32.63公里。\n\n"
              "二、自评情况\n\n质量鉴定为合格。\n")
    assert r.projects == [] and r.indicators == []
    assert [w for w in r.warnings if "计划投资2179万元" in w and "未读取到任何项目或指标" in w]


def test_a_document_with_figures_but_no_money_and_nothing_read_says_so():
    """realworld 005: a report whose label lines name the project, year and unit and whose text is cut off before
    any money or indicator: figures are read from its prose, no record, and the document says so once."""
    r = _told("项目支出绩效自评报告\n\n项目名称：某某县水库除险加固工程\n\n评价年度：2022\n\n一、基本情况\n\n"
              "开展某某县13宗水库除险加固，于2021年12月开工。\n")
    assert r.projects == [] and r.indicators == [] and r.prose
    [w] = [w for w in r.warnings if "未读取到任何项目、资金或指标记录" in w]
    assert "处数字" in w
    # a document whose money is told names the sentence instead, once
    r = _told("某某项目绩效自评报告\n\n我县2022年某某道路建设项目计划投资2179万元,新建道路32.63公里。\n")
    assert not [w for w in r.warnings if "处数字" in w]


def test_money_coming_in_told_amount_first_is_read_either_way_round():
    """fixraw8 (realworld raw/017): the amount before its noun (安排300万元专项资金, 下达了500万元补助资金) is money
    coming in as the noun before the amount is; a 其中 part or a change on the year before so told is no
    total; beside money only passed on (拨付), each is said on its own side."""
    r = _told("某某项目绩效自评报告\n\n省财政下达了500万元补助资金，其中安排100万元配套资金，较上年增加安排50万元资金，"
              "实际支出450万元。\n")
    [p] = r.projects
    assert (p.budget_full_year.raw, p.executed.raw) == ("500万元", "450万元")
    r = _told("某某项目绩效自评报告\n\n1.项目资金到位情况分析\n\n区级年初预算安排300万元专项资金，用于老旧小区改造。\n\n"
              "2.项目资金执行情况分析\n\n已按合同约定足额拨付资金66.86万元。\n")
    assert r.projects == []
    [w] = [w for w in r.warnings if "无资金表" in w]
    assert "收到/下达资金“安排300万元专项资金”" in w and "拨付资金（未说明是收到还是付出）“拨付资金66.86万元”" in w
    assert "未读到支出/执行金额" in w


def test_a_fund_stated_by_labels_in_a_report_with_no_table_opens_its_project():
    """Issue 21 (realworld raw/067): 年初预算资金数 / 全年预算数 / 全年执行数 / 执行率 told in a paragraph
    that opens with its outline number ((一)项目概况。…): the report's one project, read as a fund
    paragraph is; the outline number is no aside."""
    r = _told("某某项目绩效自评报告\n\n(一)项目概况。主要内容包括辅具适配等。年初预算资金数100万元,全年预算数100万元,"
              "全年执行数33.78万元,执行率为33.78%。\n")
    [p] = r.projects
    assert (p.budget_initial.raw, p.budget_full_year.raw, p.executed.raw, p.exec_rate_stated.raw) == \
        ("100万元", "100万元", "33.78万元", "33.78%")
    assert not [w for w in r.warnings if "括号内" in w]


def test_money_paid_out_to_its_recipients_is_money_spent():
    """fixraw13 (realworld 003): 发放 is said of money handed out to those it is for (通过“一卡通”形式全部发放到农户手中,
    发放资金9765万元): the amount spent, beside the money that came in (下达…资金9765万元); read in traditional
    characters with pinyin glosses as in simplified."""
    text = "某某补贴项目支出绩效自评报告\n\n2023年上级财政下达我区某某补贴资金9765万元,其中:某某面积1016576.88亩,补贴标准89.34/亩。" \
           "区财政局已将资金通过“一卡通”形式全部发放到农户手中,发放资金9765万元。\n"
    [p] = _told(text).projects
    assert (p.budget_full_year.raw, p.executed.raw) == ("9765万元", "9765万元")
    hant = "臨河區(qū)某某補貼項目支出績效自評報告\n\n2023年上級財政下達(dá)我區(qū)某某補(bǔ)貼資金9765萬元,其中:某某面積1016576.88畝。" \
           "已全部發(fā)放到農(nóng)戶手中,發(fā)放資金9000萬元。\n"
    [p] = _told(hant).projects
    assert (p.budget_full_year.raw, p.executed.raw) == ("9765萬元", "9000萬元")


def test_money_coming_in_told_after_its_noun_is_read_and_said():
    """fixraw13 (realworld 029): the money's noun before the verb of money coming in (衔接资金共下达105万元) is
    money coming in as the verb before the noun is: with no amount spent, it is said, not passed over; 拨付
    after its noun stays on no side (资金拨付66.86万元)."""
    head = "某某水务局2022年衔接资金项目绩效自评报告\n\n"
    r = _told(head + "（一）某某水务局2022年衔接资金共下达105万元，用于实施某某产业项目。\n\n"
                     "2.项目资金执行情况分析\n\n该专项资金已按合同规定完成对该项目进度的支付。\n")
    assert r.projects == []
    [w] = [w for w in r.warnings if "无资金表" in w]
    assert "收到/下达资金“资金共下达105万元”" in w and "未读到支出/执行金额" in w
    [p] = _told(head + "衔接资金共下达105万元。\n\n2.项目资金执行情况分析\n\n实际支出资金100万元。\n").projects
    assert (p.budget_full_year.raw, p.executed.raw) == ("105万元", "100万元")
    r = _told(head + "项目资金拨付66.86万元。\n")
    assert not [w for w in r.warnings if "收到/下达资金" in w]
    # the money arrived after its noun is no budget (019: 总预算36,620万元 told apart, 资金已到位36,982.43万元):
    # the budget is the 总预算's (fixraw14), never the 到位
    r = _told(head + "示范项目总预算36,620万元。\n\n截至年末,示范项目资金已到位36,982.43万元。\n\n"
                     "截至年末,示范项目资金已使用36,948.11万元。\n")
    assert [p.budget_full_year.raw for p in r.projects] == ["36,620万元"]


def test_a_score_labelled_by_its_scorer_and_a_bare_points_word_in_the_grade_sentence_is_the_total():
    """fixraw13 (realworld 020): 因此评价分100分,自评等级为优秀 — 评价分 (who scored it, then 分) in the sentence
    stating the grade is the total, as 自评分 and 评价得分 are; 评价分值 (the points a form is worth) is none."""
    lines = "".join(f"{k}.某某指标{k},年初目标值≥90%,实际完成值≥90%,自评得分20分;\n\n" for k in range(1, 6))
    text = "某某补助经费项目支出绩效自评报告\n\n一、自评结论\n\n因此评价分100分,自评等级为优秀。\n\n(二)绩效目标完成情况\n\n" + lines
    [p] = _told(text).projects
    assert (p.total_score_stated.raw, p.grade_stated) == ("100分", "优")
    [p] = _told(text.replace("因此评价分100分", "评价分值100分")).projects
    assert p.total_score_stated is None


def test_a_projects_money_told_by_no_verb_of_either_side_is_said_unread():
    """fixraw13 (realworld 020): a report with no fund table whose project is read from its indicator sentences
    and that tells its money with a verb of neither side (在全乡范围内实施…补助经费9.55万元): no fund is read,
    and the sentence is named, never passed over; a report whose fund is read says nothing of it."""
    lines = "1.某某免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;\n"
    text = "某某补助经费项目支出绩效自评报告\n\n在全乡范围内实施2021年中央某某补助经费9.55万元。\n\n(二)绩效目标完成情况\n\n" + lines
    r = _told(text)
    [p] = r.projects
    assert p.budget_full_year is None and p.executed is None
    [w] = [w for w in r.warnings if "9.55万元" in w]
    assert "项目资金未读取" in w
    r = _told(text.replace("实施2021年中央某某补助经费9.55万元", "年初预算9.55万元,全年执行9.55万元,执行率100%"))
    assert r.projects[0].executed is not None and not [w for w in r.warnings if "项目资金未读取" in w]
    assert not [w for w in _told(text.replace("补助经费9.55万元", "补助标准每头9.55元")).warnings if "项目资金未读取" in w]


def test_a_projects_money_told_and_then_said_arrived_whole_is_the_budget_arrived_with_nothing_spent_read():
    """fixraw16 (realworld 035): a report with no fund table whose project is read from its prose, telling its
    money by no verb of either side and then, in the same sentence, that it arrived whole (…发展资金1293.5万元,
    其中…,目前资金已全部落实到位,资金到位率100%): the amount is the money that came in, the year's budget,
    arrived whole; nothing spent is read, and that is said. A part after 其中 is none, and without the
    arrival the sentence is said unread as before."""
    lines = "1.某某免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;\n"
    text = ("某某项目支出绩效自评报告\n\n今年我县支持某某项目发展资金1293.5万元,其中设备资金1207万元,学生资助资金86.5万,"
            "目前资金已全部落实到位,资金到位率100%。\n\n(二)绩效目标完成情况\n\n" + lines)
    r = _told(text)
    [p] = r.projects
    assert (p.budget_full_year.value, p.arrived.value, p.executed) == (Decimal("12935000"), Decimal("12935000"), None)
    [w] = [w for w in r.warnings if "1293.5万元" in w]
    assert "全部到位" in w and "执行数未读取" in w
    r = _told(text.replace("目前资金已全部落实到位,资金到位率100%", "目前正在推进"))
    assert r.projects[0].budget_full_year is None
    assert [w for w in r.warnings if "项目资金未读取" in w]


def test_a_fund_told_in_batches_and_sources_is_read_at_the_whole_the_text_states():
    """Issue 21 (712, 714): several amounts come in (两批 下达, 中央 / 省级 sources, 县级配套) and the text states
    their whole once (两批合计下达X万元 / 全年资金总额X万元): X is the year's budget, the one amount spent the
    executed; the rate and the fund's points told beside the spending (预算执行率…；资金执行（分值10分）得9.70分)
    are read too, and money told as 到位 that is the whole, or the whole said to have come in full (资金全部到位), is
    the money arrived. Two different wholes: none."""
    head = "某县农田建设补助资金区域绩效自评报告\n\n项目名称：某县高标准农田建设项目\n\n二、资金投入及使用情况\n\n"
    came = ("省里下达我县第一批农田建设补助资金2,916万元；第二批1,944万元。两批合计下达4,860万元。\n\n"
            "其中中央资金3,600万元，省级资金1,260万元。到位资金4,860万元，到位率100%。\n\n")
    spent = "截至2023年12月31日，项目实际支出4,712.35万元，预算执行率96.96%。资金执行指标（分值10分）得9.70分。\n"
    r = normalize_document(read_bytes((head + came + spent).encode(), "p.txt"), name="p.txt")
    [p] = r.projects
    assert [str(f.q.value) for f in (p.budget_full_year, p.arrived, p.executed, p.exec_rate_stated, p.fund_weight,
                                     p.fund_score)] == ["48600000", "48600000", "47123500.00", "96.96", "10", "9.70"]
    assert any("按文中语句读取" in w and "合计下达4,860万元" in w for w in r.warnings)
    whole = "省里下达我县补助资金4,860万元，县级安排配套资金420万元。全年资金总额5,280万元，资金全部到位。\n\n"
    r = normalize_document(read_bytes((head + whole + spent).encode(), "p.txt"), name="p.txt")
    assert [str(f.q.value) for f in (r.projects[0].budget_full_year, r.projects[0].arrived)] == ["52800000"] * 2
    other = came.replace("到位率100%。", "到位率100%。全年资金总额5,000万元。")
    r = normalize_document(read_bytes((head + other + spent).encode(), "p.txt"), name="p.txt")
    assert r.projects == [] or r.projects[0].budget_full_year is None


def _sections_doc(total_lines):
    """An INI / TOML export as the text reader gives it (617): [项目] and [总分] captions alone on their
    lines over label：value lines, the indicator table between."""
    rows = [["序号", "一级", "二级", "三级", "年度指标值", "实际完成值", "分值", "得分"],
            ["1", "产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "90", "89"]]
    return document("项目", "名称：2023年测试项目", "主管部门：测试局", rows, "总分", *total_lines, fmt="txt")


def test_a_sections_caption_qualifies_its_labels_the_projects_name_and_its_total_are_read():
    """617: [项目] 名称 = … is the project's name, [总分] 满分 = 100 / 得分 = 99.00 its total (both were
    unread: 名称 and 得分 say nothing of a project or a total without their caption)."""
    r = normalize_document(_sections_doc(["满分：100", "得分：99.00", "等级：优"]))
    [p] = r.projects
    assert p.name == "2023年测试项目"
    assert (p.total_score_stated.value, p.total_score_stated.loc.block) == (Decimal("99.00"), 6)
    assert p.total_weight_stated.value == Decimal(100)
    assert not any("像是总分" in w for w in r.warnings)


def test_a_total_like_line_left_unread_is_named_in_a_warning():
    r = normalize_document(_sections_doc(["满分：100", "核定结果：99.00"]))
    [p] = r.projects
    assert p.total_score_stated is None
    said = [w for w in r.warnings if "像是总分" in w]   # each line of the total's section, none read
    assert any("“核定结果：99.00”" in w for w in said) and all("主管部门" not in w for w in said), r.warnings


def test_a_name_alone_left_in_doubt_is_counted_in_the_document_as_in_its_project():
    """Issue 21: a row of a name alone under an indicator, in a table without weights to decide it
    (weighted_tails), gives no record and is named: documents.csv's unread_rows counts it as the
    project's rows_unread does, once."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
            ["产出指标", "数量指标", "沿江入河排污口排查", "≥100个", "120个", "10"],
            ["", "", "整治完成率", "", "", ""],
            ["产出指标", "质量指标", "考核合格率", "≥90%", "95%", "10"]]
    r = normalize_document(_docs(rows))
    assert [i.level3 for i in r.indicators] == ["沿江入河排污口排查", "考核合格率"]
    assert len([w for w in r.warnings if "整治完成率" in w and "未接回" in w]) == 1
    assert (r.unread_rows, r.projects[0].rows_unread) == (1, 1)


def test_a_table_of_three_indicator_like_rows_that_gave_nothing_is_named():
    """Issue 21's silence sweep: beside an indicator table read whole, a table under a header of other
    labels (a roster: 序号 | 学校性质 | 培训机构 …) whose rows each hold a name and figures gives no
    record; its rows are the readers' to judge and are not counted unread, but the table is named
    once, by its place, so nothing with names and figures is passed over in silence. A table whose
    rows did give records is not named."""
    good = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人数", "≥100人", "120人", "10", "10"],
            ["产出指标", "质量指标", "考核合格率", "≥90%", "95%", "10", "10"]]
    roster = [["序号", "学校性质", "培训机构", "培训人数", "合格人数"],
              ["1", "民办", "远航职业培训学校", "842", "842"],
              ["2", "民办", "精准职业培训学校", "900", "900"],
              ["3", "公办", "富康职业培训学校", "941", "941"]]
    r = normalize_document(_docs(good, roster))
    assert [i.level3 for i in r.indicators] == ["培训人数", "考核合格率"] and r.unread_rows == 0
    said = [w for w in r.warnings if w.startswith("mem 块1 表2")]
    assert said == ["mem 块1 表2：本表有3行有名称和数值（如“1｜民办｜远航职业培训学校｜842｜842”），"
                    "表头不是指标表的表头，各行未读取为指标或资金，请核对是否有漏读"], r.warnings
    assert not any(w.startswith("mem 块0 表1：") for w in r.warnings)


MERGED_VALUES = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=4>产出指标</td><td>数量指标</td><td>新建示范林</td><td>≥5000亩</td><td>5200亩</td><td>10</td><td>10</td></tr>
<tr><td rowspan=3>质量指标</td><td>验收合格率</td><td rowspan=3>100%</td><td rowspan=2>100%</td><td>10</td><td>10</td></tr>
<tr><td>兑付准确率</td><td>10</td><td>10</td></tr>
<tr><td>档案完整率</td><td>98%</td><td>10</td><td>9.8</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>林农满意度</td><td></td><td>94%</td><td>10</td><td>10</td></tr>
</table></body></html>"""


def test_a_value_cell_merged_down_over_several_indicators_is_each_rows_value():
    """Issue 21 (796): a 年度指标值 / 实际完成值 cell merged down over rows that each name their own
    indicator (100% typed once over three rows) is every covered row's value, located at the merged
    cell and said in the row's note; the grid holds it on the first row only, which read the other
    rows blank (and raised JX306 for a full score beside blank values). A row whose own cell is empty
    (林农满意度's target) stays blank."""
    recs = normalize_document(read_bytes(MERGED_VALUES.encode(), "v.html"))
    got = [(i.level3, i.target.raw, i.actual.raw) for i in recs.indicators]
    assert got == [("新建示范林", "≥5000亩", "5200亩"), ("验收合格率", "100%", "100%"), ("兑付准确率", "100%", "100%"),
                   ("档案完整率", "100%", "98%"), ("林农满意度", "", "94%")]
    shared = recs.indicators[2]
    assert shared.target.loc.row == shared.actual.loc.row == 2 and "合并" in shared.note
    assert not [f for f in check(recs) if f.rule == "JX306"]


def test_a_level_typed_as_a_ditto_mark_is_the_level_of_the_row_above():
    """Issue 21 (798): level cells typed on every row, a level repeated from the row above written as
    the ditto mark (〃, 同上): the row's level is the one above, said in its note; the mark was read
    as a level name (level 2 '〃', level 1 lost)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建污水处理站", "≥12座", "12座", "30", "30"],
            ["〃", "〃", "新建收集管网", "≥36公里", "37.2公里", "30", "30"],
            ["〃", "质量指标", "出水水质达标率", "≥95%", "96.8%", "20", "20"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93.7%", "10", "10"],
            ["同上", "同上", "干部满意度", "≥85%", "90.2%", "10", "10"]]
    recs = normalize_document(_doc(rows))
    assert [(i.level1, i.level2_raw) for i in recs.indicators] == [
        ("产出指标", "数量指标"), ("产出指标", "数量指标"), ("产出指标", "质量指标"),
        ("满意度指标", "服务对象满意度指标"), ("满意度指标", "服务对象满意度指标")]
    assert "〃" in recs.indicators[1].note


PROJECTS_SIDE_BY_SIDE = """<html><head><meta charset="utf-8"></head><body>
<table>
<tr><td>项目名称</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td><td>分值</td><td>得分</td></tr>
<tr><td>甲镇农田建设项目</td><td>300.00</td><td>300.00</td><td>297.00</td><td>99.00%</td><td>10</td><td>9.90</td></tr>
<tr><td>乙镇农田建设项目</td><td>200.00</td><td>200.00</td><td>196.00</td><td>98.00%</td><td>10</td><td>9.80</td></tr>
</table>
<table>
<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td rowspan=2>三级指标</td><td colspan=4>{a}</td><td colspan=4>{b}</td></tr>
<tr><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>建设农田面积</td><td>≥1.2万亩</td><td>1.23万亩</td><td>50</td><td>50</td><td>≥0.8万亩</td><td>0.82万亩</td><td>50</td><td>50</td></tr>
<tr><td>质量指标</td><td>验收合格率</td><td>100%</td><td>100%</td><td>40</td><td>40</td><td>100%</td><td>95%</td><td>40</td><td>38</td></tr>
<tr><td colspan=3>总分</td><td colspan=2></td><td>100</td><td>99.90</td><td colspan=2></td><td>100</td><td>97.80</td></tr>
<tr><td colspan=3>自评等级</td><td colspan=4>优</td><td colspan=4>良</td></tr>
</table></body></html>"""


def test_two_projects_side_by_side_in_one_indicator_table_are_read_each_by_its_column_group():
    """Issue 21 (797): one indicator table for two projects, the level and name columns shared and a
    column group per project (年度指标值 | 实际完成值 | 分值 | 得分) under a heading naming a project the
    fund table read: each group's rows, total and grade are its project's. The second group was
    left unread, nothing said. Groups under headings that name no project read (2022年 | 2023年) are no
    projects: the first group is read, as before, and the others are said unread."""
    recs = normalize_document(read_bytes(PROJECTS_SIDE_BY_SIDE.format(a="甲镇农田建设项目", b="乙镇农田建设项目").encode(), "p.html"))
    got = [(i.project, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in recs.indicators]
    assert got == [("甲镇农田建设项目", "建设农田面积", "≥1.2万亩", "1.23万亩", "50", "50"),
                   ("甲镇农田建设项目", "验收合格率", "100%", "100%", "40", "40"),
                   ("乙镇农田建设项目", "建设农田面积", "≥0.8万亩", "0.82万亩", "50", "50"),
                   ("乙镇农田建设项目", "验收合格率", "100%", "95%", "40", "38")]
    totals = [(p.name, p.total_score_stated.raw, p.grade_stated) for p in recs.projects]
    assert totals == [("甲镇农田建设项目", "99.90", "优"), ("乙镇农田建设项目", "97.80", "良")]
    years = normalize_document(read_bytes(PROJECTS_SIDE_BY_SIDE.format(a="2022年", b="2023年").encode(), "y.html"))
    assert [i.target.raw for i in years.indicators] == ["≥1.2万亩", "100%"]
    assert any("右侧重复1组" in w and "只读取了第一组" in w for w in years.warnings)


def test_a_shared_reason_naming_one_side_by_side_projects_place_goes_to_that_project_only():
    """797: one 偏差原因 column right of both projects' groups; a reason that names one project by the
    words its name does not share with the other (乙镇) is that project's row's only, not the other's
    (an analyst read 乙镇's reason beside 甲镇's full score). A reason naming neither stays with both."""
    html = PROJECTS_SIDE_BY_SIDE.format(a="甲镇农田建设项目", b="乙镇农田建设项目")
    html = html.replace("<td colspan=4>乙镇农田建设项目</td></tr>", "<td colspan=4>乙镇农田建设项目</td><td rowspan=2>偏差原因</td></tr>")
    html = html.replace("<td>50</td><td>50</td></tr>", "<td>50</td><td>50</td><td>均按计划完成</td></tr>")
    html = html.replace("<td>40</td><td>38</td></tr>", "<td>40</td><td>38</td><td>乙镇项目：2个地块验收未达标，已整改</td></tr>")
    recs = normalize_document(read_bytes(html.encode(), "r.html"))
    assert [(i.project[:2], i.reason) for i in recs.indicators] == [
        ("甲镇", "均按计划完成"), ("甲镇", ""), ("乙镇", "均按计划完成"), ("乙镇", "乙镇项目：2个地块验收未达标，已整改")]


BILINGUAL_HEAD = """<html><head><meta charset="utf-8"></head><body><table>
<tr><td>项目名称<br>Project Name</td><td colspan=6>世行贷款面源污染治理项目</td></tr>
<tr><td>主管部门<br>Supervising Agency</td><td colspan=2>某市农业农村局</td><td>实施单位<br>Implementing Agency</td><td colspan=3>某市项目办</td></tr>
</table><table>
<tr><td>一级指标<br>Level-1 Indicator</td><td>二级指标<br>Level-2 Indicator</td><td>三级指标<br>Indicator</td><td>年度指标值<br>Annual Target</td><td>实际完成值<br>Actual</td><td>分值<br>Weight</td><td>得分<br>Score</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>建设生态沟渠</td><td>≥25公里</td><td>26.3公里</td><td>90</td><td>90</td></tr>
<tr><td colspan=5>总分<br>Total Score</td><td>100</td><td>99.10</td></tr>
<tr><td colspan=5>&nbsp;</td><td colspan=2>自评等级 Rating：优</td></tr>
</table></body></html>"""


def test_labels_glossed_in_english_are_read_by_their_chinese_words():
    """Issue 21 (799): a foreign-loan project's form prints every label twice, Chinese then English
    (项目名称 Project Name, 自评等级 Rating：优): the gloss is no part of the label, so the project's
    name and grade are read (both were lost); a value keeps its Latin words."""
    recs = normalize_document(read_bytes(BILINGUAL_HEAD.encode(), "b.html"))
    p = recs.projects[0]
    assert (p.name, p.grade_stated) == ("世行贷款面源污染治理项目", "优")
    assert [i.level3 for i in recs.indicators] == ["建设生态沟渠"]
    assert without_gloss("单位名称：某某公司 Ltd") == "单位名称：某某公司 Ltd"


def test_another_tables_rows_under_a_header_of_other_labels_are_not_counted_as_indicators_missed():
    """Issue 21 counts three or more rows of a name and a figure in any table, but rows under a header of
    other labels whose figures add up to the 合计 row under them and whose cells show nothing of an
    indicator table (no level, no target by its operator, no two figures in one unit: a target and its
    result, a weight and its score) are another table's parts: a fund breakdown (784's 资金来源 | 下达文号
    | 金额 | 占比), a plan (787's 序号 | 工作任务 | 2025年计划 …). They are not counted unread, nor its
    columns as indicators turned; the table is named once."""
    good = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建供水管网", "≥260公里", "268.5公里", "10", "10"],
            ["产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"]]
    sources = [["资金来源", "下达文号", "金额", "占比"], ["中央水利发展资金", "赣财农指〔2024〕8号", "1,200.00", "58.54%"],
               ["省级水利专项资金", "赣财农指〔2024〕37号", "500.00", "24.39%"],
               ["县级配套资金", "于财预〔2024〕12号", "350.00", "17.07%"], ["合计", "", "2,050.00", "100.00%"]]
    plan = [["序号", "工作任务", "2025年计划", "计划投资（万元）", "完成时限"],
            ["1", "农村户厕改造", "1800户", "630.00", "2025年10月"], ["2", "新建污水收集管网", "32公里", "448.00", "2025年11月"],
            ["3", "增设垃圾临时转运点", "15处", "90.00", "2025年9月"], ["4", "改厕技术培训", "20期", "12.00", "2025年12月"],
            ["", "合计", "", "1,180.00", ""]]
    # the sources' every figure column adds up in the 合计 row: said as what it is (other_tables); the
    # plan's 2025年计划 (1800户 …) has no total: asked about
    asked = f"mem 块0 表1：本表有{len(plan) - 2}行有名称和数值（如“{'｜'.join(x for x in plan[1] if x)}”），" \
        "表头不是指标表的表头，各行未读取为指标或资金，请核对是否有漏读"
    for other, said in ((sources, "mem 块0 表1：本表为分项明细表（末行为各列之和），不是指标表，未读取"), (plan, asked)):
        r = normalize_document(_docs(other, good))
        assert len(r.indicators) == 2 and r.unread_rows == 0, r.warnings
        assert not any("像指标" in w for w in r.warnings), r.warnings
        assert [w for w in r.warnings if w.startswith("mem 块0 表1")] == [said], r.warnings
    # the same header over rows of targets and results: indicators, counted unread and named
    rows = [sources[0]] + [[name, "≥100公里", "102公里", "8"] for name in ("新建管网", "改造管网", "维修管网")]
    r = normalize_document(_docs(rows, good))
    assert r.unread_rows == 3 and sum("像指标行但未读取" in w for w in r.warnings) == 3, r.warnings


def test_weights_beside_every_level_as_shares_of_the_parent_multiply_into_points():
    """一级指标 | 权重 | 二级指标 | 权重 | 三级指标 | 权重 (846), each percent a share of its parent (those under one
    parent add up to 100%): the row's points are the product of the three shares of 100, not the 三级 percent;
    no false JX303 / JX404 from percents read as points."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", "", ""],
        ["一级指标", "权重", "二级指标", "权重", "三级指标", "权重", "指标值", "实际完成值", "得分"],
        ["项目决策", "40%", "项目立项", "50%", "立项依据充分性", "50%", "充分", "充分", "10"],
        ["", "", "", "", "立项程序规范性", "50%", "规范", "规范", "10"],
        ["", "", "资金投入", "50%", "资金分配合理性", "100%", "合理", "合理", "20"],
        ["项目产出", "60%", "产出数量", "100%", "改造校舍面积", "40%", "≥1.8万平方米", "1.82万平方米", "24"],
        ["", "", "", "", "购置教学设备", "60%", "≥450套", "430套", "34.4"],
        ["合计", "", "", "", "", "", "", "", "98.4"],
    ]
    r = normalize_document(_doc(rows))
    assert [(i.level3, i.weight.value) for i in r.indicators] == \
        [("立项依据充分性", 10), ("立项程序规范性", 10), ("资金分配合理性", 20), ("改造校舍面积", 24), ("购置教学设备", 36)]
    assert any("连乘折算" in w for w in r.warnings)
    assert [f.rule for f in check(r) if f.rule in ("JX303", "JX404")] == []
    # the same columns where the 三级 percents under one 二级 do not add up to 100% (shares of the total,
    # not of the parent): no product is taken
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", "", ""],
        ["一级指标", "权重", "二级指标", "权重", "三级指标", "权重", "指标值", "实际完成值", "得分"],
        ["项目决策", "40%", "项目立项", "50%", "立项依据充分性", "20%", "充分", "充分", "20"],
        ["", "", "资金投入", "50%", "资金分配合理性", "20%", "合理", "合理", "20"],
        ["项目产出", "60%", "产出数量", "100%", "改造校舍面积", "60%", "≥1.8万平方米", "1.82万平方米", "60"],
        ["合计", "", "", "", "", "100%", "", "", "100"],
    ]
    r = normalize_document(_doc(rows))
    assert [i.weight.value for i in r.indicators] == [20, 20, 60]


TARGETS_THEN_FRAMEWORK = """<html><head><meta charset="utf-8"></head><body>
<table><tr><td>项目名称</td><td colspan=3>茶园提质增效项目</td></tr></table>
<p>一、项目绩效目标表</p>
<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td rowspan=2>产出指标</td><td rowspan=2>数量指标</td><td>茶园提质改造面积</td><td>≥2万亩</td></tr>
<tr><td>建设茶叶初制所</td><td>≥8个</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>带动茶农户数</td><td>≥3000户</td></tr></table>
<p>二、绩效评价指标体系及评分</p>
<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>目标值</td><td>实际值</td><td>得分</td></tr>
<tr><td rowspan=2>项目决策</td><td rowspan=2>项目立项</td><td>立项依据充分性</td><td>10</td>
<td colspan=2>符合政策规划和部门职责得满分，否则酌情扣分</td><td>10</td></tr>
<tr><td>立项程序规范性</td><td>10</td><td colspan=2>合格</td><td>10</td></tr>
<tr><td rowspan=2>项目产出</td><td rowspan=2>产出数量</td><td>茶园提质改造面积</td><td>30</td><td>≥2万亩</td><td>2.05万亩</td><td>30</td></tr>
<tr><td>建设茶叶初制所</td><td>20</td><td>≥8个</td><td>8个</td><td>20</td></tr>
<tr><td>项目效益</td><td>社会效益</td><td>带动茶农户数</td><td>30</td><td>≥3000户</td><td>2870户</td><td>28.7</td></tr>
<tr><td colspan=3>总分</td><td>100</td><td colspan=2></td><td>98.7</td></tr></table></body></html>"""


def test_a_target_table_restated_by_the_scored_framework_and_scoring_text_across_the_value_cells():
    """A 绩效目标表 of targets alone before the framework that scores the same rows (848): its rows are the
    framework's, said in a warning, not records of their own. A framework row whose one cell across 目标值 |
    实际值 states how it is scored (得满分…扣分) has no target or actual, and no JX306 for full marks on blank
    values; a merged cell holding a value (合格) is still read as both."""
    r = normalize_document(read_bytes(TARGETS_THEN_FRAMEWORK.encode(), "framework.html"), name="framework.html")
    assert [(i.level3, i.target.raw, i.actual.raw, i.score.raw) for i in r.indicators] == [
        ("立项依据充分性", "", "", "10"), ("立项程序规范性", "合格", "合格", "10"),
        ("茶园提质改造面积", "≥2万亩", "2.05万亩", "30"), ("建设茶叶初制所", "≥8个", "8个", "20"),
        ("带动茶农户数", "≥3000户", "2870户", "28.7")]
    assert any("评分表中重述" in w for w in r.warnings)
    assert "评分说明" in r.indicators[0].note
    assert [f.rule for f in check(r) if f.rule == "JX306"] == []


def test_points_of_the_items_a_text_column_lists_are_not_the_rows():
    """评价要点 | 要点分值 | 要点得分 beside the indicator's own 分值 and 得分 (845): 要点 + 分值 is the listed
    items' points, not the row's target, result or weight; the indicator takes 分值 and 得分. A 指标分值
    with no other 分值 column stays the row's weight."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "分值", "评价要点", "要点分值", "要点得分", "得分"],
        ["项目决策", "项目立项", "立项依据充分性", "5", "符合建设规划", "3", "3", "4.5"],
        ["", "", "", "", "无重复投入", "2", "1.5", ""],
        ["项目产出", "产出数量", "新建农田面积", "10", "面积达到计划", "10", "10", "10"],
        ["合计", "", "", "15", "", "", "", "14.5"],
    ]
    r = normalize_document(_doc(rows))
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in r.indicators] == \
        [("立项依据充分性", "", "", "5", "4.5"), ("新建农田面积", "", "", "10", "10")]
    from jixiao.normalize.columns import item_columns
    assert item_columns(["三级指标", "指标分值", "指标值", "实际值", "得分"]) == set()


def test_one_level_column_before_the_values_names_the_rows_its_numbered_rows_the_levels():
    """评价指标 | 分值 | 指标值 | 实际完成值 | 得分, the framework an outline in that one column (849): 一、项目决策 and
    （一）项目立项 rows with their subtotals are the levels, the unnumbered rows the indicators."""
    rows = [
        ["项目名称", "测试项目", "", "", ""],
        ["评价指标", "分值", "指标值", "实际完成值", "得分"],
        ["一、项目决策", "6", "", "", "6"],
        ["（一）项目立项", "6", "", "", "6"],
        ["立项依据充分性", "6", "充分", "充分", "6"],
        ["二、项目产出", "20", "", "", "19"],
        ["（一）产出数量", "20", "", "", "19"],
        ["秸秆还田面积", "10", "≥8万亩", "8.2万亩", "10"],
        ["黑土地保护性耕作面积", "10", "≥15万亩", "14.25万亩", "9"],
        ["总分", "26", "", "", "25"],
    ]
    r = normalize_document(_doc(rows))
    assert [(i.level1, i.level2, i.level3, i.weight.raw, i.score.raw) for i in r.indicators] == [
        ("决策指标", "项目立项", "立项依据充分性", "6", "6"), ("产出指标", "数量指标", "秸秆还田面积", "10", "10"),
        ("产出指标", "数量指标", "黑土地保护性耕作面积", "10", "9")]


def test_rows_that_are_parts_or_block_totals_of_rows_read_are_not_named_unread():
    """A framework's 评价要点 rows under a 三级 row (要点分值 / 要点得分 adding up to its 分值 / 得分) and
    a 汇总 table of level-1 subtotals (the sums of the blocks read) are parts of rows read, not rows
    left unread; a row whose points add up to nothing read is still named."""
    summary = [["一级指标", "分值", "得分", "备注"], ["项目决策", "10", "9.5", "详见评分表"],
               ["项目产出", "10", "10", "详见评分表"], ["项目效益", "10", "8", "详见评分表"], ["总分", "30", "27.5", ""]]
    scoring = [["一级指标", "二级指标", "三级指标", "分值", "评价要点", "要点分值", "要点得分", "得分"],
               ["项目决策", "项目立项", "立项依据充分性", "10", "符合规划", "6", "6", "9.5"],
               ["", "", "", "", "与部门职责相符", "2", "2", ""], ["", "", "", "", "无重复投入", "2", "1.5", ""],
               ["项目产出", "产出数量", "新建农田面积", "10", "面积达到计划", "10", "10", "10"],
               ["项目效益", "经济效益", "亩均产能提升", "10", "亩均增产", "6", "5", "8"],
               ["", "", "", "", "节水成效明显", "4", "3", ""],
               ["合计", "", "", "30", "", "", "", "27.5"]]
    r = normalize_document(_docs(summary, scoring))
    assert len(r.indicators) == 3 and r.unread_rows == 0, r.warnings
    assert not any("像指标" in w for w in r.warnings), r.warnings
    # 项目效益's points (3 + 4) fall short of its 10: its second point is named, and the 汇总 row whose
    # figures are no block's sums stays named
    scoring[5][5], summary[3][2] = "3", "7"
    r = normalize_document(_docs(summary, scoring))
    assert sorted(w.split("：")[1] for w in r.warnings if "像指标行但未读取" in w) == [
        "像指标行但未读取（节水成效明显｜4｜3）", "像指标行但未读取（项目效益｜10｜7｜详见评分表）"], r.warnings


def test_a_level_row_carrying_its_groups_subtotal_sets_the_levels_of_the_rows_under_it():
    """Each 二级 on a row of its own with its subtotal 分值 / 得分, the 三级 rows under it leaving the level cells
    blank (889): the level row is no indicator, its names are the rows' levels and its 分值 their level-2 points."""
    head = ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分"]
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        head,
        ["项目产出", "产出数量", "", "20", "", "", "19"],
        ["", "", "新建供水工程", "10", "≥8处", "8处", "10"],
        ["", "", "改造供水管网", "10", "≥50公里", "45公里", "9"],
        ["", "产出质量", "", "8", "", "", "8"],
        ["", "", "工程验收合格率", "8", "100%", "100%", "8"],
        ["合计", "", "", "28", "", "", "27"],
    ]
    r = normalize_document(_doc(rows))
    got = [(i.level1, i.level2_raw, i.level3, i.weight.value, i.level2_points and i.level2_points.value)
           for i in r.indicators]
    assert got == [("产出指标", "产出数量", "新建供水工程", 10, 20), ("产出指标", "产出数量", "改造供水管网", 10, 20),
                   ("产出指标", "产出质量", "工程验收合格率", 8, 8)]
    assert r.unread_rows == 0


def test_scorers_columns_beside_a_final_score_are_neither_target_nor_actual():
    """单位自评分 | 专家评分 | 最终得分 (890): each scorer's points are an opinion of the score, never the target or
    result their figures might pass for; the 最终得分 is the score, the other two said unread."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "单位自评分", "专家评分", "最终得分"],
        ["项目决策", "项目立项", "立项依据充分性", "4", "符合政策得满分。", "4", "3", "3.30"],
        ["项目产出", "产出质量", "设施验收合格率", "10", "每低1个百分点扣1分。", "10", "9", "9.30"],
        ["合计", "", "", "14", "", "14", "12", "12.60"],
    ]
    r = normalize_document(_doc(rows))
    got = [(i.target.q.op, i.actual.q.op, i.weight.value, i.score.value) for i in r.indicators]
    assert got == [("empty", "empty", 4, Decimal("3.30")), ("empty", "empty", 10, Decimal("9.30"))]
    assert any("“专家评分”是一项评分" in w for w in r.warnings)


def test_a_weak_name_header_right_of_the_named_levels_names_the_indicator():
    """一级指标 | 二级指标 | 考核指标 | 分值 | … | 扣分 (891): 考核指标 after the named level columns and before every
    value is the innermost level, the indicator's name; the table is read, its scores the points less 扣分."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "考核指标", "分值", "合同约定标准", "考核结果", "扣分"],
        ["服务产出", "服务数量", "服务老年人数", "10", "≥1200人", "1286人", "0"],
        ["服务效果", "满意度", "服务对象满意度", "15", "≥95%", "91.6%", "1.7"],
    ]
    r = normalize_document(_doc(rows))
    got = [(i.level1_raw, i.level3, i.weight.value, i.score.value) for i in r.indicators]
    assert got == [("服务产出", "服务老年人数", 10, 10), ("服务效果", "服务对象满意度", 15, Decimal("13.3"))]


def test_weights_in_hundredths_adding_to_one_beside_scores_in_points_are_points():
    """指标权重 0.05 / 0.10 … 合计 1.00 beside 加权得分 in points (888): the weight is the hundredths × 100, said;
    hundredths whose scores are hundredths too stay as read."""
    def rows(scores):
        return [
            ["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "指标权重", "年度指标值", "实际完成值", "加权得分"],
            ["产出指标", "数量指标", "配置设备", "0.40", "≥12台", "12台", scores[0]],
            ["产出指标", "质量指标", "验收合格率", "0.35", "100%", "100%", scores[1]],
            ["效益指标", "满意度", "群众满意度", "0.25", "≥90%", "88.2%", scores[2]],
        ]
    r = normalize_document(_doc(rows(["40.00", "35.00", "24.50"])))
    assert [(i.weight.value, i.weight.q.raw, i.score.value) for i in r.indicators] == \
        [(40, "0.40", 40), (35, "0.35", 35), (25, "0.25", Decimal("24.5"))]
    assert any("权重按百分制折为分值" in w for w in r.warnings)
    r = normalize_document(_doc(rows(["0.40", "0.35", "0.24"])))
    assert [i.weight.value for i in r.indicators] == [Decimal("0.40"), Decimal("0.35"), Decimal("0.25")]


def test_a_pivot_s_level_subtotal_row_named_by_its_level_and_a_sum_word_is_no_row_left_unread():
    """An Excel pivot pasted as values (929) closes each level 1 with a row labelled by the level and 汇总
    (产出指标 汇总 | 44 | 44.00): the sums of the records read under that level, not an indicator left
    unread; a row so labelled whose figures are no such sums stays named: as a subtotal that does not add
    up (1578's 效益指标小计 read as a 小计 row, s252), not as an indicator-like row left unread."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "求和项:分值", "求和项:得分"],
        ["产出指标", "数量指标", "新建基地", "≥6000亩", "6150亩", "8", "8.00"],
        ["", "质量指标", "种苗成活率", "≥90%", "91.8%", "6", "6.00"],
        ["产出指标 汇总", "", "", "", "", "14", "14.00"],
        ["效益指标", "经济效益指标", "亩均增收", "≥800元", "720元", "8", "7.20"],
        ["", "社会效益指标", "带动就业", "≥6500人", "6780人", "6", "6.00"],
        ["效益指标 汇总", "", "", "", "", "14", "13.20"],
        ["总计", "", "", "", "", "28", "27.20"],
    ]
    r = normalize_document(_doc(rows))
    assert [i.level3 for i in r.indicators] == ["新建基地", "种苗成活率", "亩均增收", "带动就业"]
    assert r.unread_rows == 0 and not any("像指标" in w for w in r.warnings), r.warnings
    rows[7][6] = "12.20"
    r = normalize_document(_doc(rows))
    assert [w.split("：")[1] for w in r.warnings if "小计" in w or "像指标" in w] == [
        "小计行得分 12.20，与其上各项之和 13.20 不符"], r.warnings


def test_a_pivot_s_value_captions_name_the_field_after_the_aggregate():
    """Excel captions a pivot's value fields by the aggregate and the field (求和项:分值, 平均值项：得分,
    Sum of 分值): the field is the column's head; 929's 求和项:分值 was read from its cells, said unrecognised."""
    from jixiao.normalize.vocab import header_field
    assert [header_field(h, set()) for h in ("求和项:分值", "平均值项：得分", "最大值项:实际完成值", "Sum of 分值",
                                             "计数项:三级指标")] == ["weight", "score", "actual", "weight", "level3"]
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "求和项:分值", "求和项:得分"],
            ["产出指标", "数量指标", "新建基地", "≥6000亩", "6150亩", "8", "8.00"]]
    r = normalize_document(_doc(rows))
    assert [(i.weight.raw, i.score.raw) for i in r.indicators] == [("8", "8.00")]
    assert not any("未识别" in w for w in r.warnings), r.warnings


def test_a_score_wrapped_after_its_decimal_point_under_one_weight_is_one_figure():
    """A narrow 得分 column wraps 5.62 as 5.6⏎2 (931's scan: OCR gives the two lines): one weight has one
    score, and a line of digits after a pointed figure is its places going on, so the cell is 5.62 where
    that is within the weight and writes no more places than another score of the column (9.85 beside it).
    Two figures that cannot be one (8⏎6, a whole number first), a join above the weight, or a join writing
    more places than any other score of the column (4.5⏎3 beside whole scores: nothing says the 3 is a
    place) stay unread and said."""
    def read(score, weight="6", other="9.85"):
        rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["效益指标", "生态效益指标", "绿色防控覆盖率", "≥75%", "70.2%", weight, score],
                ["满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "93%", "10", other]]
        return normalize_document(_doc(rows, scan=True))
    r = read("5.6\n2")
    i = r.indicators[0]
    assert i.score.value == Decimal("5.62") and not any("未读取" in w for w in r.warnings), r.warnings
    for score, weight, other in (("8\n6", "8", "9.85"), ("5.6\n2", "5", "9.85"), ("4.5\n3", "5", "10"),
                                 ("4.5\n3", "5", "9.5")):
        r = read(score, weight, other)
        i = r.indicators[0]
        assert i.score.value is None and any("只应有一个数" in w for w in r.warnings), (score, other, r.warnings)


def test_a_level_1_sum_row_whose_name_reads_as_a_level_2_opens_no_section():
    """满意度指标 汇总 | 13 | 13.00 (929's pivot) names a level 2 too (满意度): read as a section row it gave the
    效益 rows under it 13 points to add up to (a false JX303, masked while the 汇总 rows were counted unread).
    A level-1 name and a sum word is the block's total: no section, no points for the rows below."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "93.6%", "7", "7"],
        ["满意度指标 汇总", "", "", "", "", "7", "7.00"],
        ["效益指标", "经济效益指标", "亩均增收", "≥800元", "720元", "8", "7.20"],
        ["", "社会效益指标", "带动就业", "≥6500人", "6780人", "6", "6"],
        ["效益指标 汇总", "", "", "", "", "14", "13.20"],
    ]
    r = normalize_document(_doc(rows))
    assert [(i.level1, i.level2, i.level2_points) for i in r.indicators] == [
        ("满意度指标", "服务对象满意度指标", None), ("效益指标", "经济效益指标", None), ("效益指标", "社会效益指标", None)]
    assert r.unread_rows == 0, r.warnings


def test_a_reviewed_score_the_score_less_the_points_cut_is_the_score():
    """自评得分 | 核减分值 | 评价小组核定得分 (927): where one score column less a column of figures gives another
    score column in every row, the reviewed score is the form's result (and its total), the score under review
    and the cut said unread; so where a scan lost the header's last character (核定得: no field), the cut told
    from it as the column keeping fewer points; with one row that does not subtract so, the first score stays."""
    def table(last, head="评价小组核定得分"):
        return [
            ["项目名称", "测试项目", "", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "自评得分", "核减分值", head],
            ["项目决策", "绩效目标", "绩效指标明确性", "3", "明确", "明确", "3", "1", "2"],
            ["项目过程", "资金管理", "预算执行率", "5", "100%", "97.39%", "5", "0.13", "4.87"],
            ["项目产出", "产出数量", "开展技术培训", "8", "≥40期", "42期", "8", "0", last],
            ["合计", "", "", "16", "", "", "16", "1.13", "14.87"],
        ]
    r = normalize_document(_doc(table("8")))
    assert [i.score.value for i in r.indicators] == [2, Decimal("4.87"), 8]
    assert r.projects[0].total_score_stated.value == Decimal("14.87")
    assert any("“评价小组核定得分”，得分按第9列读取" in w for w in r.warnings)
    assert [i.score.value for i in normalize_document(_doc(table("8", "评价小组核定得"))).indicators] == \
        [2, Decimal("4.87"), 8]
    r = normalize_document(_doc(table("7.5")))
    assert [i.score.value for i in r.indicators] == [3, 5, 8]
    # the third row without a reviewed score: two rows that subtract by chance are no reviewed-score column
    r = normalize_document(_doc(table("")))
    assert [i.score.value for i in r.indicators] == [3, 5, 8]
    # a reviewed score a scan garbled (公8) is that row's score unread, not a row left without one (927.scan)
    r = normalize_document(_doc(table("公8")))
    assert [i.score.value if i.score else None for i in r.indicators][:2] == [2, Decimal("4.87")]


def _beyond_page(subtotal_points: str, bonus: str) -> bytes:
    """A framework closed by its 小计, then rows outside the points, then 最终得分 merged over the value cells."""
    rows = [("项目产出", "产出数量", "新建防火隔离带", "60", "≥120公里", "126公里", "60"),
            ("项目效益", "满意度", "群众满意度", "40", "≥90%", "88%", "36")]
    body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in rows)
    return ("<html><body><table><tr><th>项目名称</th><td colspan='6'>测试项目</td></tr></table><table>"
            "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th><th>年度指标值</th><th>实际完成值</th>"
            f"<th>得分</th></tr>{body}<tr><th colspan='3'>小计</th><td>{subtotal_points}</td><td colspan='2'></td>"
            "<td>96</td></tr><tr><th colspan='2'>加分项</th><td>经验做法被省级推广</td><td>—</td>"
            f"<td colspan='2'>推广1次</td><td>{bonus}</td></tr><tr><th colspan='2'>扣分项</th><td>督查发现问题</td>"
            "<td>—</td><td colspan='2'>1项</td><td>−0.5</td></tr><tr><th colspan='2'>一票否决</th>"
            "<td>发生重大安全事故</td><td>—</td><td colspan='2'>未发生</td><td>不涉及</td></tr>"
            "<tr><th colspan='3'>最终得分</th><td colspan='4'>97.00</td></tr></table></body></html>").encode()


def test_rows_beyond_the_points_closed_by_a_subtotal_are_no_indicators_and_count_in_the_final_score():
    """加分项 / 扣分项 / 一票否决 rows after the 小计 that closed the 100 points (924): no points of their own, so no
    indicators; their signed figures count in the 最终得分 (in one cell merged over 分值 … 得分: a score by its
    label), and JX302 adds them; an unsigned figure there is counted unread."""
    r = normalize_document(read_bytes(_beyond_page("100", "+1.5"), "t.html"))
    p = r.projects[0]
    assert [i.level3 for i in r.indicators] == ["新建防火隔离带", "群众满意度"]
    assert [b.value for b in p.beyond_points] == [Decimal("1.5"), Decimal("-0.5")]
    assert p.total_score_stated.value == Decimal("97.00") and p.total_weight_stated is None
    assert sum("满分之外的加分、扣分或否决事项" in w for w in r.warnings) == 3
    assert "JX302" not in {f.rule for f in check(r)}
    r = normalize_document(read_bytes(_beyond_page("100", "1.5"), "t.html"))
    assert r.projects[0].rows_unread == 1 and [b.value for b in r.projects[0].beyond_points] == [Decimal("-0.5")]
    # a 小计 short of the full points closes nothing: the rows after it are read as before
    assert len(normalize_document(read_bytes(_beyond_page("90", "+1.5"), "t.html")).indicators) == 5


FORM_THEN_COMPARISON = """<html><head><meta charset="utf-8"></head><body>
<table><tr><td>项目名称</td><td colspan=6>葡萄产业发展项目</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=2>产出指标</td><td rowspan=2>数量指标</td><td>新建种植基地</td><td>≥2万亩</td><td>2.08万亩</td><td>40</td><td>40</td></tr>
<tr><td>建设避雨设施</td><td>≥5000亩</td><td>5150亩</td><td>30</td><td>30</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>带动农户就业</td><td>≥6000人</td><td>5700人</td><td>30</td><td>28.5</td></tr>
<tr><td colspan=5>总分</td><td>100</td><td>98.5</td></tr></table>
<p>与上年相比主要指标如下：</p>
<table><tr><td>指标名称</td><td>2023年完成值</td><td>2024年完成值</td><td>增减</td></tr>
<tr><td>新建种植基地</td><td>1.85万亩</td><td>2.08万亩</td><td>+0.23万亩</td></tr>
<tr><td>带动农户就业</td><td>5200人</td><td>5700人</td><td>+500人</td></tr>
<tr><td>项目支出（万元）</td><td>1,452.30</td><td>1,587.60</td><td>+135.30</td></tr></table></body></html>"""


def test_a_comparison_table_after_the_form_restates_its_rows_without_points():
    """A 上年 / 本年 / 增减 table after the form (959) names the form's indicators again with no weight or
    score: a restatement of the scored rows, said once, not three more indicators with 上年 as target."""
    r = normalize_document(read_bytes(FORM_THEN_COMPARISON.encode(), "comparison.html"), name="comparison.html")
    assert [(i.level3, i.target.raw, i.actual.raw) for i in r.indicators] == [
        ("新建种植基地", "≥2万亩", "2.08万亩"), ("建设避雨设施", "≥5000亩", "5150亩"), ("带动农户就业", "≥6000人", "5700人")]
    assert any("未列分值和得分" in w and "评分表中重述" in w for w in r.warnings)


FORM_THEN_RUBRIC = FORM_THEN_COMPARISON.split("<p>")[0] + """<p>附件2 评分细则</p>
<table><tr><td>一级指标</td><td>三级指标</td><td>分值</td><td>评分标准</td></tr>
<tr><td>产出指标</td><td>新建种植基地</td><td>40</td><td>完成目标值得满分，未完成按完成比例计分</td></tr>
<tr><td>产出指标</td><td>建设避雨设施</td><td>30</td><td>完成目标值得满分，未完成按完成比例计分</td></tr>
<tr><td>效益指标</td><td>带动农户就业</td><td>30</td><td>达到目标值得满分，未达到按完成比例计分</td></tr>
<tr><td>合计</td><td></td><td>100</td><td></td></tr></table></body></html>"""


def test_a_rubric_restating_the_forms_names_and_weights_is_said_once_not_rows_left_unread():
    """A 评分细则 after the form (961) names each indicator again with its weight and a rule: its rows restate
    records read, so none is counted or named unread; the table is said once as a restatement. A row whose
    points differ from the record it names is still named unread."""
    r = normalize_document(read_bytes(FORM_THEN_RUBRIC.encode(), "rubric.html"), name="rubric.html")
    assert len(r.indicators) == 3 and r.unread_rows == 0
    assert [w for w in r.warnings if "未读" in w or "漏读" in w] == []
    assert any("重述了已读指标" in w for w in r.warnings)
    other = FORM_THEN_RUBRIC.replace("<td>建设避雨设施</td><td>30</td>", "<td>建设避雨设施</td><td>35</td>")
    r = normalize_document(read_bytes(other.encode(), "rubric.html"), name="rubric.html")
    assert not any("重述了已读指标" in w for w in r.warnings)


# 983 (planted blind): a 权重占比 form whose second row has 年度指标值 and 实际完成值 both blank, scored in full
BLANK_ROW_SHARES = [
    ["项目名称", "测试项目", "", "", "", "", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重占比", "单项指标得分", "折算得分",
     "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "新建日光温室", "≥600座", "612座", "8%", "100", "8", ""],
    ["产出指标", "时效指标", "项目建设完成及时率", "", "", "4%", "100", "4", ""],
    ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "92.4%", "8%", "100", "8", ""],
    ["总分", "", "", "", "", "20%", "—", "20", ""],
]


def test_a_weighted_share_row_blank_on_both_sides_is_read_where_it_stands():
    """Issue 21 (983): the blank row was read one cell right (its 4% taken for the actual, the 单项指标得分 100
    for its weight, no score): a shift that passes over blank cells only is a blank target, not an extra cell,
    so the row stays as written."""
    r = normalize_document(_doc(BLANK_ROW_SHARES))
    i = next(i for i in r.indicators if i.level3 == "项目建设完成及时率")
    assert (i.target.raw, i.actual.raw, i.weight.value, i.score.value) == ("", "", Decimal(4), Decimal(4))


def test_a_weighted_share_row_blank_on_both_sides_scored_full_is_unfilled():
    """983: JX306's row finding holds on a 权重占比 form too: a row whose target and actual are both blank, given
    its full share (4 of 4%), was never evaluated."""
    [f] = [f for f in check(normalize_document(_doc(BLANK_ROW_SHARES))) if f.rule == "JX306"]
    assert f.stated == "4"


def test_a_two_row_head_with_each_level_over_its_name_and_its_points():
    """一级指标 / 二级指标 / 三级指标 each spanning 指标 | 权重 (993): the sub-header's words complete the columns the
    spanning headings leave blank, so the 三级's 权重 is the weight; the levels' own 权重 columns (the sums of the
    rows under them) take no role by their cells (not a target), and the rows are indicators, not fund lines."""
    doc = _html("""<tr><th colspan=2>一级指标</th><th colspan=2>二级指标</th><th colspan=2>三级指标</th>
<th rowspan=2>指标解释</th><th rowspan=2>评分标准</th><th rowspan=2>评价得分</th><th rowspan=2>扣分原因</th></tr>
<tr><th>指标</th><th>权重</th><th>指标</th><th>权重</th><th>指标</th><th>权重</th></tr>
<tr><td rowspan=3>项目过程</td><td rowspan=3>20</td><td rowspan=2>资金管理</td><td rowspan=2>12</td>
<td>资金到位率</td><td>6</td><td>实际到位资金/预算资金×100%。</td><td>到位率×分值。</td><td>6</td><td></td></tr>
<tr><td>预算执行率</td><td>6</td><td>实际支出/全年预算数×100%。</td><td>执行率×分值。</td><td>5.85</td><td>结转下年</td></tr>
<tr><td>组织实施</td><td>8</td><td>制度执行有效性</td><td>8</td><td>是否按制度实施。</td><td>每有一项不符扣0.5分。</td>
<td>7.5</td><td>归档不及时</td></tr>
<tr><th colspan=5>合计</th><td>20</td><td colspan=2></td><td>19.35</td><td></td></tr>""")
    r = normalize_document(doc)
    assert [(i.level2_raw, i.level3, i.weight.value, i.score.value) for i in r.indicators] == [
        ("资金管理", "资金到位率", 6, 6), ("资金管理", "预算执行率", 6, Decimal("5.85")),
        ("组织实施", "制度执行有效性", 8, Decimal("7.5"))]
    assert all(i.target.q.op == "empty" for i in r.indicators)
    assert r.projects[0].executed is None


def test_a_names_explanation_on_a_line_of_its_own_is_no_part_of_the_name():
    """A 三级 cell writing its name and, on a later line, a label with its colon (说明：…, 991): the explanation
    goes to the note, the name keeps its first line as written (its item number too); a name wrapped onto
    two lines with no such label stays whole."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标及指标说明", "分值", "年度指标值", "实际完成值", "得分"],
        ["项目过程", "资金管理", "（1）预算执行率\n说明：实际支出/全年预算数×100%，得分=执行率×分值。", "5", "100%", "97.20%", "4.86"],
        ["项目产出", "产出数量", "（2）藜麦种植\n面积", "10", "≥5万亩", "5.2万亩", "10"],
        ["合计", "", "", "15", "", "", "14.86"],
    ]
    r = normalize_document(_doc(rows))
    assert [i.level3 for i in r.indicators] == ["（1）预算执行率", "（2）藜麦种植\n面积"]
    assert "说明：实际支出/全年预算数×100%" in r.indicators[0].note


def test_a_names_explanation_split_into_a_row_of_its_own_does_not_close_the_table():
    """991.pdf: the PDF cut a name cell's 说明 line into a row of its own, text in the name column only, under
    the indicator it explains: its note, not a 说明 closing the table (the rows after it, and the 合计, read)."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标及指标说明", "分值", "年度指标值", "实际完成值", "得分"],
        ["项目产出", "产出数量", "（1）建设良种繁育基地", "6", "≥2000亩", "2000亩", "6"],
        ["", "", "说明：新建藜麦良种繁育基地面积。", "", "", "", ""],
        ["", "产出质量", "（2）良种纯度", "4", "≥98%", "98.5%", "4"],
        ["合计", "", "", "10", "", "", "10"],
    ]
    r = normalize_document(_doc(rows))
    assert [i.level3 for i in r.indicators] == ["（1）建设良种繁育基地", "（2）良种纯度"]
    assert "说明：新建藜麦良种繁育基地面积。" in r.indicators[0].note
    assert r.projects[0].total_score_stated.value == 10


def test_a_level_cut_by_a_page_break_whose_lower_part_spans_rows_is_whole_on_every_row():
    """988.pdf: 项目效益 merged over three rows, cut by the page break into 项目效 (page 1) and 益 merged over the two
    rows of page 2: the parts together read as a level (项目效益), neither alone does, so the name is read whole
    and every row the lower part spans takes it (the last row no longer a 满意度指标 by its level 2)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["项目产出", "产出数量", "建设集雨水窖", "≥300眼", "306眼", "40", "40"],
            ["项目效", "经济效益", "玉米亩均增产", "≥80公斤", "82公斤", "20", "20"],
            ["益", "生态效益", "灌溉水有效利用系数", "≥0.56", "0.57", "20", "20"],
            ["", "满意度", "种植户满意度", "≥90%", "93%", "20", "20"]]
    d = _paged(rows, 3)
    t = d.tables()[0]
    t.cells = [c for c in t.cells if not (c.row == 4 and c.col == 0)]
    next(c for c in t.cells if c.row == 3 and c.col == 0).rowspan = 2
    r = normalize_document(d)
    assert [i.level1 for i in r.indicators] == ["产出指标", "效益指标", "效益指标", "效益指标"]
    assert sum("分在上下两格" in w for w in r.warnings) == 1


def test_a_total_labels_figure_that_opens_a_sum_is_a_term_of_it_not_the_total():
    """得分合计: 89.28 + 9.8 = 99.08 (a checker's line under the form): 89.28 is the indicators' part of the sum,
    not the stated total; the form's own 自评得分 line is."""
    text = ("项目名称：2023年某某县示范项目\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "|---|---|---|---|---|---|---|\n| 产出指标 | 数量指标 | 建设示范点 | ≥20个 | 21个 | 90 | 89.28 |\n\n"
            "自评得分：99.08\n自评等级：优\n得分合计: 89.28 + 9.8 = 99.08\n")
    r = normalize_document(read_bytes(text.encode("utf-8"), "r.txt"))
    assert r.projects[0].total_score_stated.value == Decimal("99.08")


def test_a_metadata_tables_title_cell_names_the_project_when_nothing_else_does():
    """063: a government-information page's metadata table (标题:X2022年度绩效自评报告 among 索引号 / 发文机构 /
    成文日期 cells) over prose whose fund and indicators are told in sentences: the title cell names the
    document, and its subject (written before the year) the project, where no label and no title line
    names one. A title whose words before the year name an organisation (某局2022年度…) names none."""
    def page(title):
        return read_bytes(
            f'<html><head><meta charset="utf-8"></head><body><table>'
            f'<tr><td colspan="4">标题:{title}</td></tr>'
            f'<tr><td colspan="2">索引号:57063245-6/2023-00020</td><td colspan="2">发文字号:</td></tr>'
            f'<tr><td colspan="2">发文机构:人力资源和社会保障局</td><td colspan="2">信息分类:</td></tr></table>'
            f'<p>一、绩效目标分解下达情况</p><p>2022年补助经费预算数30075万元。</p><p>二、绩效情况分析</p>'
            f'<p>(一)资金投入情况分析。2022年资金执行总量29675万元,预算执行率为98.67%。</p>'
            f'<p>1.产出指标。</p><p>数量指标。领取人数年初任务数101974人,全年完成值103119人。</p></body></html>'.encode(),
            "t.html")
    r = normalize_document(page("某盟城乡居民基本养老保险补助资金2022年度绩效自评报告"))
    assert [p.name for p in r.projects] == ["某盟城乡居民基本养老保险补助资金"], r.projects
    r = normalize_document(page("某盟人力资源和社会保障局2022年度绩效自评报告"))
    assert not r.projects[0].name, r.projects


_APART_HEAD = ["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_APART_OUT = [["数量指标", "改造面积", "≥3万亩", "3.1万亩", "30", "30"], ["成本指标", "亩均成本", "≤500元", "480元", "30", "30"]]
_APART_GAIN = [["社会效益指标", "带动就业", "≥100人", "120人", "20", "20"],
               ["服务对象满意度指标", "农户满意度", "≥90%", "93%", "20", "20"]]


def _apart_levels(r):
    return [(i.level1, i.level3) for i in r.indicators]


def test_a_level_1_written_only_in_its_groups_subtotal_row_or_its_tables_caption_is_read():
    """No 一级指标 column: each group's level 1 stands only in the 小计 row closing it (1054) or in the caption
    over its table (1059). The level-2 name 服务对象满意度指标 would make 满意度 its level 1; the form puts it
    under 效益指标, and the form wins. The 效益指标小计 row, its group's sums, is then no row left unread."""
    want = [("产出指标", "改造面积"), ("产出指标", "亩均成本"), ("效益指标", "带动就业"), ("效益指标", "农户满意度")]
    rows = [_APART_HEAD] + _APART_OUT + [["产出指标小计", "", "", "", "60", "60"]] + _APART_GAIN + \
        [["效益指标小计", "", "", "", "40", "40"]]
    r = normalize_document(_docs([["项目名称", "某县核桃提质增效项目", "", "", "", ""]], rows))
    assert _apart_levels(r) == want and r.unread_rows == 0, (_apart_levels(r), r.warnings)
    assert "小计行“效益指标”" in r.indicators[3].note

    def table(caption, rows):
        return (f"<table border=1><caption>{caption}</caption>" + "".join(
            "<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in [_APART_HEAD] + rows) + "</table>")
    page = ("<p>项目名称：某县核桃提质增效项目</p>" + table("产出指标（60分）", _APART_OUT) + table("效益指标（40分）", _APART_GAIN))
    r = normalize_document(read_bytes(f'<html><head><meta charset="utf-8"></head><body>{page}</body></html>'.encode(),
                                      "t.html"))
    assert _apart_levels(r) == want, (_apart_levels(r), r.warnings)
    # a caption is a line of the page, not dropped
    assert any(isinstance(b, Paragraph) and b.text == "效益指标（40分）" for b in
               read_bytes(f'<html><body>{page}</body></html>'.encode(), "t.html").blocks)


def test_a_captions_points_are_its_levels_points_and_its_rows_weights_add_up_to_them():
    """1059's form (a table per level 1, <caption>产出指标（60分）</caption>): the caption gives its rows' level 1 and
    also the level's points (level1_points), as a level-1 cell 产出指标(60分) does; JX303 then holds the weights under
    it to them (30 + 30 under a caption of 50). A caption without points gives the level alone."""
    from jixiao.rules import check

    def page(out, gain="效益指标（40分）"):
        def table(caption, rows):
            return (f"<table border=1><caption>{caption}</caption>" + "".join(
                "<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in [_APART_HEAD] + rows) + "</table>")
        body = "<p>项目名称：某县核桃提质增效项目</p>" + table(out, _APART_OUT) + table(gain, _APART_GAIN)
        return normalize_document(read_bytes(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'
                                             .encode(), "t.html"))
    r = page("产出指标（60分）")
    assert [(i.level1, i.level1_points.raw if i.level1_points else None) for i in r.indicators] == [
        ("产出指标", "60"), ("产出指标", "60"), ("效益指标", "40"), ("效益指标", "40")]
    assert not [f for f in check(r) if f.rule == "JX303"]
    [f] = [f for f in check(page("产出指标（50分）")) if f.rule == "JX303"]
    assert (f.stated, f.expected) == ("60", "50") and "一级指标标明 50 分" in f.message
    r = page("产出指标", "效益指标")
    assert _apart_levels(r)[0] == ("产出指标", "改造面积") and all(i.level1_points is None for i in r.indicators)


def test_a_projects_total_score_labelled_beside_the_title_is_the_stated_total():
    """1129 (the Ningxia 绩效目标自评表): 项目总得分 | 98.8 on the title row, above 项目名称 and the fund: the whole
    scored (项目) then 总得分 names the stated total, as 本项目总分 does."""
    doc = _html("""<tr><td colspan=4>某县病虫害防控项目绩效目标自评表（2023年度）</td><td>项目总得分</td><td>98.8</td></tr>
<tr><td>项目名称</td><td colspan=5>某县病虫害绿色防控项目</td></tr>
<tr><td>资金情况（万元）</td><td>年度资金总额</td><td>全年预算数（A）</td><td>全年执行数（B）</td><td colspan=2>执行率（B/A）</td></tr>
<tr><td></td><td></td><td>500</td><td>486.5</td><td colspan=2>97.3%</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>防控面积</td><td>≥5万亩</td><td>5.2万亩</td><td>98.8</td></tr>""")
    [p] = normalize_document(doc).projects
    assert p.total_score_stated is not None and p.total_score_stated.raw == "98.8", p


def test_a_level_1_cell_merged_down_over_a_level_2_of_another_template_keeps_its_row():
    """1127 (Sichuan 2023): 产出指标 merged down over 数量 / 质量 / 时效 and 经济成本指标, a level 2 the 2021
    template puts under its own 成本指标 (and the older one's 成本指标 under 产出): the merged cell is the form's
    word, the row stays under 产出指标. Where the level-1 cell is left empty instead (no merge), or the merge
    runs over another level 1's level 2, the level 2 still says where it belongs."""
    head = "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>"
    rows = ("<td>数量指标</td><td>建设隔离带</td><td>≥35公里</td><td>36公里</td><td>50</td><td>50</td></tr>"
            "<tr>{l1}<td>经济成本指标</td><td>每公里建设成本</td><td>≤1.2万元</td><td>1.18万元</td><td>50</td><td>50</td></tr>")
    merged = _html(head + "<tr><td rowspan=2>产出指标</td>" + rows.format(l1=""))
    assert [i.level1 for i in normalize_document(merged).indicators] == ["产出指标", "产出指标"]
    empty = _html(head + "<tr><td>产出指标</td>" + rows.format(l1="<td></td>"))
    assert [i.level1 for i in normalize_document(empty).indicators] == ["产出指标", "成本指标"]
    # a merge over another level 1's level 2 is no such reading: the level 2 decides (seed 002)
    other = _html(head + "<tr><td rowspan=2>产出指标</td>" + rows.format(l1="").replace("经济成本指标", "社会效益指标"))
    assert [i.level1 for i in normalize_document(other).indicators] == ["产出指标", "效益指标"]


def test_benefit_merged_down_over_service_satisfaction_keeps_the_older_templates_placement():
    """1237 (Honghu, the 2018-2020 national template, the session's starting reader: 1 field in each format): 效益指标
    merged down over its 社会效益 rows and 服务对象满意度指标, which the older template put under 效益指标 as it put
    成本 under 产出: the merge is the form's word, the row stays under 效益指标 (the 2021 level 1 满意度指标 was
    taken from the level 2 and said as a clerk's slip). Left empty instead of merged, the level 2 still decides."""
    head = "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>"
    rows = ("<td>社会效益指标</td><td>养老保险参保率</td><td>100%</td><td>100%</td><td>50</td><td>50</td></tr>"
            "<tr>{l1}<td>服务对象满意度指标</td><td>抽样调查满意度</td><td>≥90%</td><td>92%</td><td>50</td><td>50</td></tr>")
    merged = normalize_document(_html(head + "<tr><td rowspan=2>效益指标</td>" + rows.format(l1="")))
    assert [(i.level1, i.level2) for i in merged.indicators] == [("效益指标", "社会效益指标"), ("效益指标", "服务对象满意度指标")]
    assert "归入" not in merged.indicators[1].note
    empty = _html(head + "<tr><td>效益指标</td>" + rows.format(l1="<td></td>"))
    assert [i.level1 for i in normalize_document(empty).indicators] == ["效益指标", "满意度指标"]


def test_benefit_over_service_satisfaction_in_a_table_whose_merges_were_lost_keeps_the_older_placement():
    """1237.doc: LibreOffice's conversion lost the table rows' formatting, so the table is rebuilt from the cell
    marks and every merged cell's rows read blank (extract: Table.origin MERGES_BLANK); the blank under 效益指标 on the
    服务对象满意度指标 row was read as a cell left empty and the level 2 decided (满意度指标, one field wrong). In such a
    table the blank is the merge's: where the form's level-1 column never names 满意度指标, the row stays under
    效益指标, as the merged .docx reads. A table whose blanks are its own (no such origin) is read as before."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "安置补助人数", "412人", "412人", "40", "40"],
        ["效益指标", "社会效益指标", "养老保险参保率", "100%", "100%", "30", "30"],
        ["", "服务对象满意度指标", "抽样调查满意度", "≥90%", "92%", "30", "30"],
    ]
    doc = _doc(rows)
    assert [i.level1 for i in normalize_document(doc).indicators] == ["产出指标", "效益指标", "满意度指标"]
    doc = _doc(rows)
    for t in doc.tables():
        t.origin = MERGES_BLANK
    assert [i.level1 for i in normalize_document(doc).indicators] == ["产出指标", "效益指标", "效益指标"]
    # the form names 满意度指标 as a level 1 elsewhere in the column: the level 2 decides, as before
    doc = _doc(rows + [["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10"]])
    for t in doc.tables():
        t.origin = MERGES_BLANK
    assert [i.level1 for i in normalize_document(doc).indicators][2:] == ["满意度指标", "满意度指标"]


def test_a_level_2_band_row_beside_the_merged_level_1_cell_heads_the_rows_under_it():
    """1135 (Zhangbei): no 二级 column, each level 2 a row spanning the columns right of the 一级 cell merged down
    beside it: every band row sets the level 2 of the rows below it, none is read as a line of the indicator
    above (the merge over both had made 质量指标 the note of the row before it, its rows left under 数量指标)."""
    doc = _html("<tr><td>一级指标</td><td>绩效指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>"
                "<tr><td rowspan=5>产出指标</td><td colspan=5>数量指标</td></tr>"
                "<tr><td>建设隔离带</td><td>≥35公里</td><td>36公里</td><td>40</td><td>40</td></tr>"
                "<tr><td colspan=5>质量指标</td></tr>"
                "<tr><td>工程验收合格率</td><td>100%</td><td>100%</td><td>30</td><td>30</td></tr>"
                "<tr><td>苗木成活率</td><td>≥90%</td><td>93%</td><td>30</td><td>30</td></tr>")
    inds = normalize_document(doc).indicators
    assert [(i.level1, i.level2, i.level3) for i in inds] == [
        ("产出指标", "数量指标", "建设隔离带"), ("产出指标", "质量指标", "工程验收合格率"), ("产出指标", "质量指标", "苗木成活率")]
    assert "质量指标" not in inds[0].note


def test_a_table_per_level_2_group_headed_by_its_name_reads_its_levels_from_the_head_and_the_line_above():
    """1137 (Fengjie): one table per level-2 group, the group's name the head of the name column (数量指标 |
    年度指标值 | 实际完成值 | 分值 | 得分) where forms write 三级指标, each level 1 a line over its tables: the head
    is the table's header and the rows' level 2, the line their level 1 (they had been read with no levels)."""
    heads = "<th>{}</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th>"
    page = ("<html><head><meta charset='utf-8'></head><body><p>项目名称：某县森林防火项目</p><h3>（一）产出指标</h3>"
            f"<table><tr>{heads.format('数量指标')}</tr>" + html_row("建设隔离带", "≥35公里", "36公里", "30", "30")
            + html_row("新建蓄水池", "≥10座", "10座", "20", "20") + "</table>"
            f"<table><tr>{heads.format('质量指标')}</tr>" + html_row("工程验收合格率", "100%", "100%", "20", "20")
            + "</table><h3>（二）满意度指标</h3>"
            f"<table><tr>{heads.format('服务对象满意度指标')}</tr>" + html_row("群众满意度", "≥90%", "95%", "30", "30")
            + "</table></body></html>")
    r = normalize_document(read_bytes(page.encode(), "groups.html"), name="groups.html")
    assert [(i.level1_raw, i.level2, i.level3) for i in r.indicators] == [
        ("产出指标", "数量指标", "建设隔离带"), ("产出指标", "数量指标", "新建蓄水池"), ("产出指标", "质量指标", "工程验收合格率"),
        ("满意度指标", "服务对象满意度指标", "群众满意度")]
    assert not any("无表头" in w for w in r.warnings)


def test_two_words_at_the_slash_of_a_column_headed_target_and_result_are_the_pair():
    """1136 (Dongtai): 年度指标值／实际完成值 one column; 健全／健全 is its target and its result, as ≥35公里／36公里
    is (the words had been read as the result whole, the target empty)."""
    doc = _html("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值／实际完成值</td><td>分值</td><td>得分</td></tr>"
                + html_row("产出指标", "数量指标", "建设隔离带", "≥35公里／36公里", "50", "50")
                + html_row("效益指标", "可持续影响指标", "设施管护机制", "健全／健全", "50", "50"))
    a, b = normalize_document(doc).indicators
    assert (a.target.raw, a.actual.raw) == ("≥35公里", "36公里")
    assert (b.target.raw, b.target.q.op, b.actual.raw, b.actual.q.op) == ("健全", "qualitative", "健全", "qualitative")


def test_amounts_written_with_their_unit_and_no_figure_are_said():
    """031 (a tender site's copy): the site put 点击查看>> where nine amounts of the report stood
    (中央下达补助资金 点击查看>> 万元), and a template may leave the place blank (下达资金    万元): each such
    place is counted in one warning naming the first paragraph, the amount never read. A unit stated for
    figures elsewhere (单位：万元, 金额 万元, （万元）) and an amount written are no such place."""
    recs = normalize_document(document(
        "某市林业局2021年度中央对地方转移支付绩效自评报告", "一、绩效目标分解下达情况",
        "中央下达补助资金 点击查看>> 万元。", "下达给我单位资金 点击查看>> 万元，其中造林补助2.35万元，抚育补助    万元。"))
    said = [w for w in recs.warnings if "没有数字" in w]
    assert len(said) == 1 and said[0].startswith("mem 块2等2段：文中3处金额") and "点击查看>> 万元" in said[0], recs.warnings
    plain = normalize_document(document("某市林业局2021年度绩效自评报告", "单位： 万元", "表内金额 万元",
                                        "项目资金（ 万元）", "下达资金 120 万元，造林补助2.35万元。"))
    assert not [w for w in plain.warnings if "没有数字" in w], plain.warnings


def test_a_report_whose_only_record_is_its_own_score_is_one_project_with_that_total():
    """027: a department's prose report with no title, no table, no amount and no indicator in the passage, but
    its score told in its first paragraph (分别从产出指标、效益指标、满意度指标完成情况指标逐项量化评价,自评得97.5分): the
    report is on one project (the department's whole) with that stated total, no longer nothing read. A score
    in a clause naming a level (产出指标自评得分45分) or two scores told apart open nothing."""
    intro = "我厅认真开展了2022年度部门预算绩效自评工作。分别从产出指标、效益指标、满意度指标完成情况指标逐项量化评价,"
    duty = "一、部门概况\n\n(1)负责全省应急管理工作。\n"
    r = _told(intro + "自评得97.5分。\n\n" + duty)
    assert [(p.total_score_stated.raw, p.total_score_stated.loc.line) for p in r.projects] == [("97.5分", 1)], r.warnings
    assert r.indicators == []
    assert _told(intro + "其中产出指标自评得分45分。\n\n" + duty).projects == []
    assert _told(intro + "自评得97.5分,复核后自评得96分。\n\n" + duty).projects == []


def test_a_reports_overall_score_told_as_its_composite_score_is_its_total():
    """fixraw17 (realworld 038): a department's prose report tells its own score as the composite of the
    evaluation (…对某县财政局2020年度机关整体支出开展了绩效评价,综合评分为97分: 综合 then 评分 / 得分, no scorer
    word before it): the report is on one project with that stated total, as 自评得97.5分 is (027). A level's
    composite score (产出指标综合得分45分) or two composite scores told apart open nothing."""
    intro = "按照部门整体支出绩效评价指标体系,对某县财政局2020年度机关整体支出开展了绩效评价,"
    duty = "二、单位基本概况\n\n(一)机构设置情况\n\n内设副科级事业单位2个。\n"
    r = _told("某县财政局2020年度 机关整体支出绩效评价报告\n\n一、自评得分情况\n\n" + intro + "综合评分为97分。\n\n" + duty)
    assert [(p.total_score_stated.raw, p.total_score_stated.loc.line) for p in r.projects] == [("97分", 5)], r.warnings
    assert _told(intro + "综合得分96.5分。\n\n" + duty).projects[0].total_score_stated.raw == "96.5分"
    assert _told(intro + "其中产出指标综合得分45分。\n\n" + duty).projects == []
    assert _told(intro + "综合评分为97分,复核综合评分为95分。\n\n" + duty).projects == []


def test_a_bureaus_whole_spending_written_as_its_organs_names_the_bureau():
    """fixraw17 (realworld 038): a department's report on its whole spending may call it the organ's or the
    unit's (南县财政局2020年度 机关整体支出绩效评价报告, 单位整体支出) as well as the department's (部门整体支出): the
    issuer before the year, where it signs as the report's unit, names the one project, as 部门整体 does."""
    body = "\n\n一、自评得分情况\n\n对某县财政局2020年度机关整体支出开展了绩效评价,综合评分为97分。\n"
    for kind in ("机关整体支出", "单位整体支出", "部门整体支出"):
        r = _told(f"某县财政局2020年度 {kind}绩效评价报告" + body)
        assert [p.name for p in r.projects] == ["某县财政局"], (kind, r.unit)
    assert [p.name for p in _told("某县财政局2020年度 机关运行经费绩效评价报告" + body).projects] != ["某县财政局"]


def test_a_whole_budget_told_by_its_own_word_is_money_coming_in():
    """fixraw14 (realworld 019): 总预算 is the budget's own word (示范项目总预算36,620万元), as 资金预算 is: money
    coming in, read with the amount used told after it (资金已使用36,948.11万元); the money arrived (资金已到位
    36,982.43万元) is no budget, and a rate of the budget (总预算执行率) no amount."""
    head = "某某示范项目绩效自评报告\n\n"
    [p] = _told(head + "示范项目总预算36,620万元,经调整后资金的来源为:中央财政补助10,000万元。\n\n"
                       "截至年末,示范项目资金已到位36,982.43万元。\n\n截至年末,示范项目资金已使用36,948.11万元。\n").projects
    assert (p.budget_full_year.raw, p.executed.raw) == ("36,620万元", "36,948.11万元")
    r = _told(head + "项目总预算执行率为95%。\n\n截至年末,项目资金已使用36,948.11万元。\n")
    assert r.projects == [] and any("只读到支出/执行资金" in w for w in r.warnings)


def test_a_fund_told_whole_then_said_spent_whole_is_the_budget_and_the_amount_executed():
    """fixraw14 (realworld 015): the year's fund told by its noun and amount, then 全部 / 全额 / 足额 and a verb of
    spending (2023年度12类基本公共卫生服务资金3728万元全部执行到位; 资金100万元,已全部支出) is the budget and the
    amount executed, one amount; money passed on whole (全部拨付, two-way) or arrived whole (全部到位) is no spending,
    and a part (其中…) no fund."""
    head = "某县基本公共卫生服务项目绩效评价自评报告\n\n"
    [p] = _told(head + "年终考核后及时将剩余的清算资金120万元分配到位,2023年度12类基本公共卫生服务资金3728万元"
                       "全部执行到位。\n").projects
    assert (p.budget_full_year.raw, p.executed.raw) == ("3728万元", "3728万元")
    [p] = _told(head + "2023年项目资金100万元,已全部支出。\n").projects
    assert (p.budget_full_year.raw, p.executed.raw) == ("100万元", "100万元")
    assert _told(head + "项目资金100万元已全部拨付到位。\n").projects == []
    assert _told(head + "项目资金100万元已全部到位。\n").projects == []
    assert _told(head + "项目资金200万元,其中中央资金100万元全部使用。\n").projects == []


def test_a_forms_labels_each_followed_by_its_value_are_no_indicator_rows():
    """fixraw14 (realworld 007): a 部门整体 report's 基本概况 form (联系人 | 吴俊 | 联络电话 | 8690022; 人员编制 | 21 |
    实有人数 | 21) is labels each followed by its value, no indicator table's rows: not counted unread in a
    document nothing was read from; a row naming its indicator once and then giving figures still is."""
    html = ("<p>某中心2018年度部门整体支出绩效评价自评报告</p><table>"
            "<tr><td>联系人</td><td>吴俊</td><td>联络电话</td><td>8690022</td></tr>"
            "<tr><td>人员编制</td><td>21</td><td>实有人数</td><td>21</td></tr></table>")
    r = normalize_document(read_bytes(html.encode(), "p.html"), name="p.html")
    assert r.unread_rows == 0 and not any("像指标行但未读取" in w for w in r.warnings)
    from jixiao.normalize.unread import silent_rows
    row = "<tr><td>培训人数</td><td>≥100人</td><td>120人</td><td>10</td></tr>"
    got = silent_rows(read_bytes(html.replace("</table>", row + "</table>").encode(), "p.html").blocks)
    assert [cells for _, cells, _ in got] == ["培训人数｜≥100人｜120人｜10"]


def test_the_one_total_told_arrived_is_the_money_arrived_whatever_the_budget():
    """fixraw14 (realworld 019): a report with no fund table that tells one amount arrived as a total (示范项目资金已到位
    36,982.43万元,其中:…, above its 总预算36,620万元) tells the money arrived; a part after 其中 is none, and two
    totals that differ tell no one amount."""
    head = "某某示范项目绩效自评报告\n\n示范项目总预算36,620万元。\n\n"
    spent = "截至年末,示范项目资金已使用36,948.11万元。\n"
    arrived = "截至年末,示范项目资金已到位36,982.43万元,其中:中央财政补助资金10,000万元,地方财政配套补助资金21,106.24万元。\n\n"
    [p] = _told(head + arrived + spent).projects
    assert (p.budget_full_year.raw, p.arrived.raw, p.executed.raw) == ("36,620万元", "36,982.43万元", "36,948.11万元")
    [p] = _told(head + "截至年末,其中中央资金已到位10,000万元。\n\n" + spent).projects
    assert p.arrived is None
    [p] = _told(head + arrived + "上半年资金已到位20,000万元。\n\n" + spent).projects
    assert p.arrived is None


def test_levels_standing_one_column_right_of_their_header_words_are_read_by_their_cells():
    """1165 (Nanhe, a Hebei 指标表 of targets only, the session's final estimate: 0 / 429 fields at the first read):
    评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值, the 指标名称 cells level-2 names (数量指标 …) and the
    指标说明 cells the indicators: by the cells the levels stand one column right of the header words (the rows
    had been named 数量指标 / 质量指标, nothing matched), said in a warning."""
    doc = _html("<tr><td>评价指标</td><td>评价内容</td><td>指标名称</td><td>指标说明</td><td>目标值</td><td>分值</td></tr>"
                "<tr><td rowspan=4>项目年度绩效目标</td><td rowspan=3>产出</td><td rowspan=2>数量指标</td>"
                "<td>放映场次</td><td>2640场</td><td>40</td></tr>"
                "<tr><td>覆盖行政村数量</td><td>220个</td><td>20</td></tr>"
                "<tr><td>质量指标</td><td>放映设备完好率</td><td>≥95%</td><td>20</td></tr>"
                "<tr><td>满意度</td><td>服务对象满意度指标</td><td>观影群众满意度</td><td>≥95%</td><td>20</td></tr>")
    recs = normalize_document(doc)
    assert [(i.level1, i.level2, i.level3, i.target.q.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "放映场次", "2640场"), ("产出指标", "数量指标", "覆盖行政村数量", "220个"),
        ("产出指标", "质量指标", "放映设备完好率", "≥95%"), ("满意度指标", "服务对象满意度指标", "观影群众满意度", "≥95%")]
    assert any("层级列各右移一列" in w for w in recs.warnings)


def test_a_name_column_of_distinct_names_keeps_its_header_role():
    """The guard of the one above: 指标名称 cells that are the indicators' own names (not level-2 names) stay the
    name column, the description right of them no role."""
    doc = _html("<tr><td>一级指标</td><td>二级指标</td><td>指标名称</td><td>指标说明</td><td>目标值</td><td>分值</td></tr>"
                "<tr><td rowspan=2>产出指标</td><td rowspan=2>数量指标</td><td>放映场次</td><td>每村每月1场</td>"
                "<td>2640场</td><td>40</td></tr>"
                "<tr><td>覆盖行政村数量</td><td>全县行政村</td><td>220个</td><td>20</td></tr>"
                "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>观影群众满意度</td><td>抽样调查</td><td>≥95%</td>"
                "<td>40</td></tr>")
    assert [i.level3 for i in normalize_document(doc).indicators] == ["放映场次", "覆盖行政村数量", "观影群众满意度"]


def _remarked(first_remark: str):
    """An indicator table with a 备注 column, the first row's actual 见备注 and its remark first_remark."""
    return _html("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>"
                 "<td>分值</td><td>得分</td><td>备注</td></tr>"
                 "<tr><td rowspan=2>产出指标</td><td rowspan=2>数量指标</td><td>老果园改造</td><td>≥2万亩</td>"
                 f"<td>见备注</td><td>10</td><td>10</td><td>{first_remark}</td></tr>"
                 "<tr><td>新建示范园</td><td>≥3000亩</td><td>3150亩</td><td>10</td><td>10</td><td>委托第三方核查</td></tr>")


def test_an_actual_that_says_see_the_remark_is_the_figure_the_remark_states():
    """1170 (Luochuan, .html, the session's starting reader: 12 fields lost in each format, silently): three rows'
    实际完成值 say 见备注 and the 备注 column states 实际完成2.08万亩（县统计局年报数）: the actual is that figure,
    its bracketed source no part of it, located at the remark's cell and said in the record's note."""
    recs = normalize_document(_remarked("实际完成2.08万亩（县统计局年报数）"))
    first, second = recs.indicators
    assert (first.actual.raw, first.actual.q.op, first.actual.q.value, first.actual.q.unit) == \
        ("2.08万亩", "=", Decimal("20800"), "亩")
    assert first.actual.loc.col == 7 and "见备注" in first.note
    assert second.actual.raw == "3150亩"
    assert not check(recs)


def test_a_remarks_figure_keeps_its_compound_unit_read_by_the_unit_grammar():
    """The remark's figure is read as a sentence's figure is (quantity.figure_end), not by referred_cell's own
    pattern over the list of units, which cut 1.2吨/亩 to 1.2吨 (a yield read as a weight)."""
    recs = normalize_document(_remarked("亩产1.2吨/亩（抽样测产）"))
    assert (recs.indicators[0].actual.raw, recs.indicators[0].actual.q.unit) == ("1.2吨/亩", "吨/亩")


def test_an_actual_pointing_to_a_remark_of_two_figures_is_left_unread_and_said():
    """The guard: a remark holding a date beside the amount (截至2024年12月31日完成2.08万亩) states two
    figures; which is the actual is not guessed: the cell stays as written and a warning names the remark."""
    recs = normalize_document(_remarked("截至2024年12月31日完成2.08万亩"))
    assert recs.indicators[0].actual.q.op == "qualitative"
    assert any("见备注" in w and "未写出唯一的完成值" in w for w in recs.warnings)


def test_a_level_cell_cut_by_a_rule_drawn_across_it_on_one_page_is_read_whole_and_said():
    """1171.pdf (LibreOffice's print of a vMerged level-2 cell, the session's starting reader: 3 fields lost in the
    .pdf and its scan, silently): a rule drawn across the merged cell and none between the two level columns
    below it, so its last line 标 stands in a cell run on from the 一级 column on the lower row (服务对象满意度指 |
    标). Neither part a level's name as it stands, together one exactly, the lower cell across the level columns:
    read whole on both rows and said. Two parts in cells of their own on one page stay apart (the test above)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "20", "20"],
            ["", "质量指标", "合格率", "100%", "100%", "20", "20"],
            ["满意度指标", "服务对象满意度指", "患者满意度", "≥90%", "93.7%", "10", "10"],
            ["标", "", "医务人员满意度", "≥85%", "88.9%", "10", "10"]]
    d = _paged(rows, 9)
    t = d.tables()[0]
    cells = [c for c in t.cells if (c.row, c.col) != (4, 1)]
    next(c for c in cells if (c.row, c.col) == (4, 0)).colspan = 2
    d.blocks[d.blocks.index(t)] = Table(index=t.index, n_rows=t.n_rows, n_cols=t.n_cols, cells=cells, loc=t.loc)
    r = normalize_document(d)
    assert [(i.level1, i.level2) for i in r.indicators][2:] == [("满意度指标", "服务对象满意度指标")] * 2
    assert [w for w in r.warnings if "（服务对象满意度指｜标），疑为合并单元格中间被画上横线" in w]


def _pointing(actual: str):
    return normalize_document(_html(
        "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td>"
        "<td>得分</td></tr><tr><td>效益指标</td><td>可持续影响指标</td><td>长效管护机制</td><td>健全</td>"
        f"<td>{actual}</td><td>10</td><td>10</td></tr>"))


def test_an_actual_pointing_to_no_column_of_the_table_is_said_unread():
    """The rest of 1170's pointer grammar: 见附件 points to nothing the table holds; the cell stays as written (a
    qualitative actual) and a warning says the actual was not read, naming what it points to. A result that
    opens with 见 (见成效) is no pointer where no column bears its words: no warning."""
    recs = _pointing("见附件")
    assert recs.indicators[0].actual.q.op == "qualitative"
    assert any("实际完成值写“见附件”，表中没有“附件”一栏" in w for w in recs.warnings)
    assert not any("见成效" in w for w in _pointing("见成效").warnings)


def _indented(rows):
    """A one-table document whose first column's cells carry an indent: rows of (label, indent, *figures)."""
    cells, at = [], dict(file="mem", block=0, table=0)
    for r, (label, indent, *rest) in enumerate(rows):
        cells.append(Cell(text=label, row=r, col=0, indent=indent, loc=Location(row=r, col=0, **at)))
        cells += [Cell(text=x, row=r, col=k, loc=Location(row=r, col=k, **at)) for k, x in enumerate(rest, 1)]
    t = Table(index=0, n_rows=len(rows), n_cols=3, cells=cells, loc=Location(**at))
    return Document(source="mem", format="xlsx", sha256="", blocks=[t])


def test_a_label_column_nesting_by_indent_is_read_as_the_level_columns_it_stands_for():
    """Issue 21 (1194): a compact pivot's label column (一级 > 二级 > 三级 > 指标值 > 实际完成值 by the
    cells' indent, each row with its sums) is read as those columns, each deepest row an indicator, the
    roles from the cells; the groups' subtotal rows are no indicators and none is counted unread. A
    column whose indent skips a step (0 then 2) is no such hierarchy: its rows stay unread, said."""
    rows = [("行标签", 0, "求和项:分值", "求和项:得分"),
            ("产出指标", 0, "16", "16"), ("数量指标", 1, "10", "10"), ("新建温室", 2, "10", "10"),
            ("≥50座", 3, "10", "10"), ("52座", 4, "10", "10"),
            ("质量指标", 1, "6", "6"), ("验收合格率", 2, "6", "6"), ("100%", 3, "6", "6"), ("100%", 4, "6", "6"),
            ("满意度指标", 0, "10", "9"), ("服务对象满意度指标", 1, "10", "9"), ("农户满意度", 2, "10", "9"),
            ("≥95%", 3, "10", "9"), ("90%", 4, "10", "9"), ("总计", 0, "26", "25")]
    recs = normalize_document(_indented(rows))
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建温室", "≥50座", "52座", "10", "10"),
        ("产出指标", "质量指标", "验收合格率", "100%", "100%", "6", "6"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥95%", "90%", "10", "9")]
    assert [i.loc.row for i in recs.indicators] == [5, 9, 14]
    assert recs.unread_rows == 0 and any("汇总行" in w for w in recs.warnings)
    skipped = [(label, 2 if indent == 1 else indent, *rest) for label, indent, *rest in rows]
    recs = normalize_document(_indented(skipped))
    assert not recs.indicators and recs.unread_rows > 0


def test_indicator_rows_with_no_header_under_a_caption_below_the_fund_block_of_their_table_are_read_by_their_cells():
    """Issue 21 (1158.xls): an Excel table whose header row was switched off, copied as a plain sheet (the
    table's definition lost): the head and fund rows, a caption row, then rows led by a level 1 and a
    level 2 with no header, all one table. The rows are read by their cells, as a table that starts with
    them is; two such rows alone under the caption are too few to show a band (not read, as before)."""
    head = [["项目名称", "2023年苹果产业提质增效项目", None, None, None, None, None],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
            ["", "1,000.00", "1,050.00", "1,029.00", "98.00%", "10", "9.80"],
            ["绩效指标完成情况", None, None, None, None, None, None]]
    rows = [["产出指标", "数量指标", "老果园改造面积", "≥1.5万亩", "1.56万亩", "10", "10"],
            ["产出指标", "质量指标", "优果率", "≥80%", "82.5%", "8", "8"],
            ["效益指标", "经济效益指标", "果农亩均增收", "≥1500元", "1380元", "10", "9.20"]]
    recs = normalize_document(_tables_doc(head + rows))
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw)
            for i in recs.indicators] == [("产出指标", "数量指标", "老果园改造面积", "≥1.5万亩", "1.56万亩", "10", "10"),
                                          ("产出指标", "质量指标", "优果率", "≥80%", "82.5%", "8", "8"),
                                          ("效益指标", "经济效益指标", "果农亩均增收", "≥1500元", "1380元", "10", "9.20")]
    assert recs.projects[0].budget_full_year.q.raw == "1,050.00" and recs.unread_rows == 0
    recs = normalize_document(_tables_doc(head + rows[:2]))
    assert not recs.indicators


def test_a_headerless_table_whose_name_column_nests_targets_and_results_under_each_name_is_not_read_by_content():
    """Issue 21 (1194.pdf): a printed compact pivot loses its indent to the page; a piece of it is a table
    with no header whose first column holds a name, then its target and its result, each row with the
    sums beside it (培训菜农 | 6 | 6, ≥3000人次 | 6 | 6, 3150人次 | 6 | 6). That column holds figures in as many
    rows as names: no name column, so the table is not read by content (its sums would be read as the
    results), it is said, and its rows are counted unread."""
    rows = [["培训菜农", "6", "6"], ["≥3000人次", "6", "6"], ["3150人次", "6", "6"],
            ["新建蔬菜集约化育苗场", "8", "8"], ["≥5个", "8", "8"], ["5个", "8", "8"]]
    recs = normalize_document(_tables_doc(rows))
    assert not recs.indicators
    assert recs.unread_rows == 6 and any("疑为名称下依次缩进写出指标值、实际完成值" in w for w in recs.warnings)


# -- set 1204-1209 (structures, thirty-third round) ------------------------------------------------
def test_two_indicators_a_row_in_slots_beside_shared_level_columns_are_all_read():
    """1208: 一级指标 | 二级指标 once, then 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 twice: each row holds
    two indicators of the same levels side by side (an odd one leaves the right slot empty); both slots are
    read, the right one with the row's own level cells, none dropped."""
    slot = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["一级指标", "二级指标", *slot, *slot],
            ["产出指标", "数量指标", "修缮古民居", "≥40幢", "42幢", "30", "30", "白蚁防治", "≥120幢", "126幢", "20", "20"],
            ["", "", "建立数字档案", "≥300处", "312处", "20", "20", "", "", "", "", ""],
            ["满意度指标", "服务对象满意度指标", "产权人满意度", "≥90%", "93.1%", "15", "15", "游客满意度", "≥85%",
             "88.7%", "15", "15"],
            ["总分", "", "", "", "", "", "", "", "", "", "100", "100"]]
    recs = normalize_document(_doc(rows))
    got = sorted((i.level1, i.level2_raw, i.level3, i.actual.raw, i.weight.value) for i in recs.indicators)
    assert got == sorted([("产出指标", "数量指标", "修缮古民居", "42幢", Decimal(30)),
                          ("产出指标", "数量指标", "白蚁防治", "126幢", Decimal(20)),
                          ("产出指标", "数量指标", "建立数字档案", "312处", Decimal(20)),
                          ("满意度指标", "服务对象满意度指标", "产权人满意度", "93.1%", Decimal(15)),
                          ("满意度指标", "服务对象满意度指标", "游客满意度", "88.7%", Decimal(15))])


# 1207's header: no level column; 指标类别 over 产出指标 (数量 | 时效 | 质量) and 满意度指标 (服务对象满意度)
TICKED_HEAD = """<tr><td rowspan=3>序号</td><td rowspan=3>三级指标</td><td colspan=4>指标类别（在对应栏打“√”）</td>
<td rowspan=3>年度指标值</td><td rowspan=3>实际完成值</td><td rowspan=3>分值</td><td rowspan=3>得分</td></tr>
<tr><td colspan=3>产出指标</td><td>满意度指标</td></tr>
<tr><td>数量</td><td>时效</td><td>质量</td><td>服务对象满意度</td></tr>
"""


def test_level_two_ticked_in_one_of_a_run_of_category_columns_gives_each_rows_levels():
    """1207: no level column; 指标类别 over 产出指标 (数量 | 质量) and 满意度指标 (服务对象满意度), a √ in one per
    row: the row's level 2 is the head over its tick as written, level 1 the head above it; a tick is never
    read as a level's name, and a category no row ticks stays one of the run."""
    html = _html(TICKED_HEAD + """<tr><td>1</td><td>新建幼儿园</td><td>√</td><td></td><td></td><td></td><td>≥6所</td><td>6所</td><td>40</td><td>40</td></tr>
<tr><td>2</td><td>验收合格率</td><td></td><td></td><td>√</td><td></td><td>100%</td><td>100%</td><td>30</td><td>30</td></tr>
<tr><td>3</td><td>家长满意度</td><td></td><td></td><td></td><td>√</td><td>≥90%</td><td>94.2%</td><td>30</td><td>30</td></tr>
<tr><td colspan=8>总分</td><td>100</td><td>100</td></tr>""")
    recs = normalize_document(html)
    assert [(i.level1, i.level2_raw, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量", "新建幼儿园"), ("产出指标", "质量", "验收合格率"), ("满意度指标", "服务对象满意度", "家长满意度")]


def test_levels_of_an_adjacency_list_come_from_the_parent_codes():
    """1205: 指标编码 | 上级指标编码 | 指标层级 | 指标名称 …, the level rows first (sorted by level), then the
    indicators, one added late after the others: each indicator's levels are its parent's name and the
    parent's parent's; the level rows are no indicators."""
    rows = [["指标编码", "上级指标编码", "指标层级", "指标名称", "年度指标值", "实际完成值", "分值", "得分"],
            ["2401", "0", "1", "产出指标", "", "", "", ""],
            ["2402", "0", "1", "满意度指标", "", "", "", ""],
            ["2404", "2401", "2", "数量指标", "", "", "", ""],
            ["2405", "2402", "2", "服务对象满意度指标", "", "", "", ""],
            ["2413", "2404", "3", "改造户厕", "≥3000户", "3086户", "40", "40"],
            ["2423", "2405", "3", "农牧民满意度", "≥90%", "92.8%", "30", "30"],
            ["2425", "2404", "3", "新建站点", "≥20个", "21个", "30", "30"],
            ["总分", "", "", "", "", "", "100", "100"]]
    recs = normalize_document(_doc(rows))
    assert [(i.level1, i.level2_raw, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "改造户厕"), ("满意度指标", "服务对象满意度指标", "农牧民满意度"),
        ("产出指标", "数量指标", "新建站点")]


def _parent_coded(last_parent: str) -> list[list[str]]:
    """An adjacency-list indicator table (1205's form: 指标编码 / 上级指标编码 / 指标层级), its last indicator's
    parent code as given (0: the root; a code no row has)."""
    return [["指标编码", "上级指标编码", "指标层级", "指标名称", "年度指标值", "实际完成值", "分值", "得分"],
            ["2401", "0", "1", "产出指标", "", "", "", ""], ["2402", "0", "1", "满意度指标", "", "", "", ""],
            ["2404", "2401", "2", "数量指标", "", "", "", ""], ["2405", "2402", "2", "服务对象满意度指标", "", "", "", ""],
            ["2413", "2404", "3", "改造户厕", "≥3000户", "3086户", "40", "40"],
            ["2423", "2405", "3", "农牧民满意度", "≥90%", "92.8%", "30", "30"],
            ["2425", last_parent, "3", "新建站点", "≥20个", "21个", "30", "30"], ["总分", "", "", "", "", "", "100", "100"]]


def test_rows_whose_levels_neither_a_tick_nor_a_parent_code_gives_are_said_by_name():
    """A row with no tick or two (1207's layout), an indicator whose parent code is the root (1205's): its levels
    are left empty and the warning names it and counts it (tables._levels_unread, one sentence for both)."""
    html = _html(TICKED_HEAD + """<tr><td>1</td><td>新建幼儿园</td><td>√</td><td></td><td></td><td></td><td>≥6所</td><td>6所</td><td>40</td><td>40</td></tr>
<tr><td>2</td><td>验收合格率</td><td></td><td></td><td></td><td></td><td>100%</td><td>100%</td><td>30</td><td>30</td></tr>
<tr><td>3</td><td>家长满意度</td><td></td><td></td><td>√</td><td>√</td><td>≥90%</td><td>94.2%</td><td>30</td><td>30</td></tr>
<tr><td colspan=8>总分</td><td>100</td><td>100</td></tr>""")
    recs = normalize_document(html)
    assert [(i.level1, i.level3) for i in recs.indicators] == [("产出指标", "新建幼儿园"), (None, "验收合格率"), (None, "家长满意度")]
    assert [w.split("：", 1)[1] for w in recs.warnings if "未能读取" in w] == [
        "指标类别按勾选栏读取，第5行“验收合格率”、第6行“家长满意度”未勾选或勾选多栏，共2行的一级、二级指标未能读取"]
    recs = normalize_document(_doc(_parent_coded("0")))
    assert [i.level1 for i in recs.indicators] == ["产出指标", "满意度指标", None]
    assert [w.split("：", 1)[1] for w in recs.warnings if "未能读取" in w] == [
        "指标按上级编码归属层级，第8行“新建站点”的上级编码未能对应到表中的层级行，共1行的一级、二级指标未能读取"]


def test_a_fund_table_of_two_years_side_by_side_is_read_from_the_latest_years_block_and_says_so():
    """1209: 2023年度（上年） over 全年预算数 | 全年执行数 | 执行率 beside 2024年度（本年） over 年初预算数 … 得分: the
    project's figures are the later year's block; the earlier block is said, not read."""
    html = _html("""<tr><th>项目名称</th><td colspan=10>测试项目（2024年度）</td></tr>
<tr><th rowspan=4>项目资金（万元）</th><th rowspan=2></th><th colspan=3>2023年度（上年）</th><th colspan=6>2024年度（本年）</th></tr>
<tr><th>全年预算数</th><th>全年执行数</th><th>执行率</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th>
<th>执行率</th><th>得分</th></tr>
<tr><td>年度资金总额</td><td>1,800.00</td><td>1,746.00</td><td>97.00%</td><td>2,000.00</td><td>2,100.00</td><td>2,058.00</td>
<td>10</td><td>98.00%</td><td>9.80</td></tr>
<tr><td>其中：县级资金</td><td>600.00</td><td>546.00</td><td>—</td><td>600.00</td><td>700.00</td><td>658.00</td><td>—</td>
<td>—</td><td>—</td></tr>""")
    recs = normalize_document(html)
    [p] = recs.projects
    assert (p.budget_initial.raw, p.budget_full_year.raw, p.executed.raw, p.exec_rate_stated.raw) == (
        "2,000.00", "2,100.00", "2,058.00", "98.00%")
    assert any("2023年度" in w and "未读取" in w for w in recs.warnings)


def test_a_level_word_typed_one_character_a_row_down_unmerged_cells_is_the_runs_level():
    """1204: the 一级指标 cells not merged, the word typed a character a row (产 | 出 | 指 | 标 | "" …, then 效 | 益 |
    指 | 标 | 满 | 意 | 度 with no empty cell between the two words): each run's rows take the word it spells, the
    empty cells under it included, whatever their level 2 says (a name of the form's own, 培训规模)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产", "培训规模", "培训人次", "≥1000人次", "1200人次", "20", "20"],
            ["出", "培训规模", "培训班次", "≥10期", "12期", "10", "10"],
            ["指", "培训质量", "结业合格率", "≥90%", "92%", "10", "10"],
            ["标", "培训质量", "考核通过率", "≥85%", "90%", "10", "10"],
            ["", "培训时效", "完成时间", "2024年12月前", "2024年11月", "10", "10"],
            ["效", "社会效益", "就业率", "≥80%", "85%", "10", "10"],
            ["益", "社会效益", "创业人数", "≥50人", "56人", "10", "10"],
            ["指", "社会效益", "带动就业", "≥200人", "230人", "5", "5"],
            ["标", "可持续影响", "培训机制", "健全", "健全", "5", "5"],
            ["满", "服务对象满意度", "学员满意度", "≥90%", "95%", "5", "5"],
            ["意", "服务对象满意度", "企业满意度", "≥85%", "90%", "3", "3"],
            ["度", "服务对象满意度", "家长满意度", "≥85%", "91%", "2", "2"],
            ["总分", "", "", "", "", "100", "100"]]
    recs = normalize_document(_doc(rows))
    assert [i.level1_raw for i in recs.indicators] == ["产出指标"] * 5 + ["效益指标"] * 4 + ["满意度"] * 3
    assert [i.level1 for i in recs.indicators] == ["产出指标"] * 5 + ["效益指标"] * 4 + ["满意度指标"] * 3


def test_a_row_with_no_tick_in_the_category_columns_keeps_no_level_from_the_row_above_and_is_named():
    """1207.scan: OCR lost the √ of some rows: such a row's levels are left empty, not taken from the row above
    as a merged cell's would be, and the warning names it by row and indicator with the count."""
    html = _html("""<tr><td rowspan=3>三级指标</td><td colspan=3>指标类别（在对应栏打“√”）</td>
<td rowspan=3>年度指标值</td><td rowspan=3>实际完成值</td><td rowspan=3>分值</td><td rowspan=3>得分</td></tr>
<tr><td colspan=2>产出指标</td><td>满意度指标</td></tr>
<tr><td>数量</td><td>质量</td><td>服务对象满意度</td></tr>
<tr><td>新建幼儿园</td><td>√</td><td></td><td></td><td>≥6所</td><td>6所</td><td>40</td><td>40</td></tr>
<tr><td>验收合格率</td><td></td><td></td><td></td><td>100%</td><td>100%</td><td>30</td><td>30</td></tr>
<tr><td>家长满意度</td><td></td><td></td><td>√</td><td>≥90%</td><td>94.2%</td><td>30</td><td>30</td></tr>""")
    recs = normalize_document(html)
    assert [(i.level1, i.level2_raw) for i in recs.indicators] == [
        ("产出指标", "数量"), (None, ""), ("满意度指标", "服务对象满意度")]
    assert any("验收合格率" in w and "共1行" in w for w in recs.warnings)


def test_a_row_read_without_its_level_2_among_rows_of_its_level_1_that_have_one_is_said():
    """Issue 21 (1217: a level-1 name printed mid-run on a later row of its run, the row read as opening the level
    with no level 2): a row left with no level 2 where rows of the same level 1 have one is a reading gap, said with
    its name, not read as a form without the level; rows of a level 1 none of whose rows has a level 2 are not."""
    from jixiao.normalize import _say_lone_level2
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "", "建设示范点", "≥20个", "21个", "50", "50"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20"],
        ["满意度指标", "服务对象满意度指标", "商户满意度", "≥90%", "93%", "20", "20"],
        ["总分", "", "", "", "", "90", "90"],
    ]
    r = normalize_document(_doc(rows))
    r.indicators[-1].level2_raw = ""      # as a row whose level 2 went unread
    r.warnings = []
    _say_lone_level2(r)
    assert len(r.warnings) == 1 and "商户满意度" in r.warnings[0] and "建设示范点" not in r.warnings[0]


def test_a_level_1_written_again_under_its_own_level_2_keeps_that_level_2():
    """Issue 21 (1217: tbl prints a spanned level-1 cell in the MIDDLE of its run, so its word stands on the run's
    second row, under a first row whose level 1 was carried from the block above and whose level 2 is already this
    level 1's): the level-1 word opens no new level there, and the empty level-2 cell keeps the level 2 above it,
    which belongs to that level 1 (a level 2 of another level 1 still does not carry over)."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["效益指标", "社会效益指标", "带动就业", "≥50人", "52人", "60", "60"],
        ["", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20"],
        ["满意度指标", "", "商户满意度", "≥90%", "93%", "20", "20"],
        ["总分", "", "", "", "", "100", "100"],
    ]
    inds = normalize_document(_doc(rows)).indicators
    assert [(i.level1, i.level2_raw) for i in inds] == [("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标"),
                                                        ("满意度指标", "服务对象满意度指标")]


def test_a_cell_over_several_rows_holding_a_figure_a_line_is_no_shared_value():
    """1212.scan (a reading magnifier lying on the table: its rules hidden under the disc, a few rows' figures
    shown enlarged in one cell over them): the cell's lines, one figure each, were copied into every row it
    covers as one actual (43.6平方公里⏎18.9公里⏎100⏎88), read as a word. Which line is whose the cell does not
    say: the rows' actuals are unread, and said; a value typed once over rows that share it is still theirs."""
    doc = _html("""<tr><td>项目名称</td><td colspan=6>测试项目</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=4>产出指标</td><td rowspan=2>数量指标</td><td>治理面积</td><td>≥42平方公里</td>
<td rowspan=3>43.6平方公里<br>18.9公里<br>100</td><td>6</td><td>6</td></tr>
<tr><td>建设沟渠</td><td>≥18公里</td><td>5</td><td>5</td></tr>
<tr><td rowspan=2>质量指标</td><td>验收合格率</td><td>100%</td><td>6</td><td>6</td></tr>
<tr><td>成活率</td><td>≥85%</td><td>88.4%</td><td>5</td><td>5</td></tr>
<tr><td rowspan=3>满意度指标</td><td rowspan=3>服务对象满意度指标</td><td>村民满意度</td><td>≥90%</td>
<td rowspan=3>≥90%</td><td>6</td><td>6</td></tr>
<tr><td>商户满意度</td><td>≥90%</td><td>6</td><td>6</td></tr>
<tr><td>游客满意度</td><td>≥90%</td><td>6</td><td>6</td></tr>""")
    recs = normalize_document(doc)
    assert [i.actual.raw.strip() for i in recs.indicators] == ["", "", "", "88.4%", "≥90%", "≥90%", "≥90%"]
    said = [w for w in recs.warnings if "分行写有3个数" in w]
    assert len(said) == 1 and "43.6平方公里／18.9公里／100" in said[0]


def test_a_scans_weight_cell_over_several_indicators_rows_whose_scores_are_unread_is_no_rows_weight():
    """1212.scan (a magnifier on the table): the lens hid the rules, and the 5 of 建设截污沟渠, enlarged and raised,
    stood in a cell the grid made from 完成水土流失治理面积's row down over the next indicators' rows, their scores
    unread: read as the first row's weight (its 6 lost), SILENT. On a scan such a cell is the grid's, not the
    writer's merge: whose figure it is the cell does not say: unread, said. A text format's merged weight, or
    one whose rows' scores are read, reads as before."""
    def doc(scanned, scores=("", "")):
        d = _html(f"""<tr><td>项目名称</td><td colspan=6>测试项目</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=3>产出指标</td><td rowspan=3>数量指标</td><td>治理面积</td><td>≥42平方公里</td><td>43.6平方公里</td>
<td rowspan=2>5</td><td>{scores[0]}</td></tr>
<tr><td>建设沟渠</td><td>≥18公里</td><td>18.9公里</td><td>{scores[1]}</td></tr>
<tr><td>验收合格率</td><td>100%</td><td>100%</td><td>6</td><td>6</td></tr>""")
        if scanned:
            for _, c in d.iter_cells():
                c.confidence = 0.99
        return normalize_document(d)

    recs = doc(True)
    assert [i.weight for i in recs.indicators[:2]] == [None, None]
    assert recs.indicators[2].weight.raw == "6"
    said = [w for w in recs.warnings if "分值一格（5）" in w]
    assert len(said) == 1 and "治理面积" in said[0] and "建设沟渠" in said[0] and "未读取" in said[0]
    assert doc(False).indicators[0].weight.raw == "5"
    assert not any("分值一格（5）" in w for w in doc(True, ("2", "3")).warnings)


def test_a_scoreless_row_beside_operator_and_unit_columns_is_read_where_its_header_stands():
    """1268 (Sichuan 2023's 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分, the 得分 left blank on every row; the
    reader at 512cbf08 read 109 of 156 fields wrong in each format, silently): a row whose score cell is blank
    scored better shifted one column left, its target the operator (≥), its actual the unit (处), its weight the
    result. A shift that reads the operator or the unit column as a value is no reading of the row."""
    head = ("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td>"
            "<td>完成值</td><td>权重</td><td>得分</td><td>未完成原因分析</td></tr>")
    rows = "".join(f"<tr>{lv}<td>{n}</td><td>≥</td><td>{t}</td><td>{u}</td><td>{a}</td><td>{w}</td><td></td><td></td></tr>"
                   for lv, n, t, u, a, w in (
                       ("<td rowspan=2>产出指标</td><td rowspan=2>数量指标</td>", "整治问题点位", "60", "处", "60", "10"),
                       ("", "设置安全警示标志", "120", "块", "108", "10")))
    inds = normalize_document(_html(head + rows)).indicators
    assert [(i.target.raw, i.actual.raw, i.weight.raw, i.score) for i in inds] == \
        [("≥60处", "60处", "10", None), ("≥120块", "108块", "10", None)]


def test_the_reports_own_score_in_a_fund_paragraph_is_no_score_of_the_fund():
    """1267 (a 共性 / 特性 score table with its fund told in prose; FALSE JX302 at 512cbf08): 自评得分99.5分 in the
    paragraph stating the budget and spending is the report's total (a scorer before 得分, summary_rows'
    grammar), not the fund's points, which the 总分 would then count twice. A fund's own 得分 is still its score."""
    def fund(sentence):
        doc = read_bytes(("<html><head><meta charset='utf-8'></head><body><table>"
                          "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>得分</td></tr>"
                          "<tr><td>项目决策</td><td>科学决策</td><td>必要性</td><td>40</td><td>40</td></tr>"
                          "<tr><td>项目绩效</td><td>项目完成</td><td>完成数量</td><td>60</td><td>59.5</td></tr>"
                          "<tr><td>总分</td><td></td><td></td><td>100</td><td>99.5</td></tr></table>"
                          f"<p>{sentence}</p></body></html>").encode(), "t.html")
        return normalize_document(doc)
    recs = fund("本单位开展绩效自评，自评得分99.5分。全年预算资金260万元，实际支出260万元。")
    [p] = recs.projects
    assert p.fund_score is None and p.budget_full_year.raw == "260万元" and not check(recs)
    [q] = fund("全年预算资金260万元，实际支出260万元，执行率100%，得分10分。").projects
    assert q.fund_score is not None and q.fund_score.value == 10


def _page1240(body):
    return read_bytes(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode(), "c.html")


def test_level_columns_holding_codes_read_by_the_footnote_key_under_the_table():
    """Issue 21 (1240): the 一级 / 二级 columns hold codes (A, A1) and only a note under the table names
    them (注：A—产出指标（A1—数量指标，A2—质量指标）；C—满意度指标（C1—…）): the level words are the
    key's, said in the row's note. Without the key the codes are no levels: left empty, and said."""
    table = ("<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>"
             "<td>分值</td><td>得分</td></tr>"
             "<tr><td rowspan=2>A</td><td>A1</td><td>改造校舍</td><td>≥12所</td><td>12所</td><td>30</td><td>30</td></tr>"
             "<tr><td>A2</td><td>验收达标率</td><td>100%</td><td>100%</td><td>30</td><td>30</td></tr>"
             "<tr><td>C</td><td>C1</td><td>师生满意度</td><td>≥95%</td><td>96.1%</td><td>40</td><td>40</td></tr>"
             "</table>")
    key = "<p>注：指标代码说明：A—产出指标（A1—数量指标，A2—质量指标）；C—满意度指标（C1—服务对象满意度指标）。</p>"
    recs = normalize_document(_page1240(table + key))
    assert [(i.level1, i.level2) for i in recs.indicators] == [
        ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("满意度指标", "服务对象满意度指标")]
    assert "A1" in recs.indicators[0].note
    bare_codes = normalize_document(_page1240(table))
    assert [i.level2 for i in bare_codes.indicators] == [None, None, None]
    assert any("代码“A1”" in w and "未读取" in w for w in bare_codes.warnings)


def test_an_indicator_on_two_rows_under_a_value_kind_column():
    """Issue 21 (1242): 指标值类型 / 指标值 heads, each indicator two rows (年度指标值 then 实际完成值 in the
    one 指标值 column, name / weight / score rowspan 2): a head naming the values' KIND (类型, 类别) is the
    rows' role labels, not the target column; the pair is read as one indicator."""
    table = ("<table><tr><td>一级指标</td><td>三级指标</td><td>指标值类型</td><td>指标值</td><td>分值</td><td>得分</td></tr>"
             "<tr><td rowspan=4>产出指标</td><td rowspan=2>改造校舍</td><td>年度指标值</td><td>≥12所</td>"
             "<td rowspan=2>50</td><td rowspan=2>50</td></tr><tr><td>实际完成值</td><td>12所</td></tr>"
             "<tr><td rowspan=2>验收达标率</td><td>年度指标值</td><td>100%</td><td rowspan=2>50</td><td rowspan=2>50</td></tr>"
             "<tr><td>实际完成值</td><td>100%</td></tr></table>")
    inds = normalize_document(_page1240(table)).indicators
    assert [(i.level3, i.target.raw, i.actual.raw) for i in inds] == [("改造校舍", "≥12所", "12所"),
                                                                      ("验收达标率", "100%", "100%")]


def test_a_header_under_the_rows_of_a_table_joined_to_the_fund_block_above():
    """Issue 21 (1243's .doc / .pdf): the column titles are the indicator grid's LAST row, and the
    conversion joined the head and fund table above into the same table: the fund block's 分值 / 得分
    heads are no indicator header, and the titles under the rows still label them."""
    table = ("<table><tr><td>项目名称</td><td colspan=6>某县校舍改造项目</td></tr>"
             "<tr><td>项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td>"
             "<td>分值</td><td>得分</td></tr>"
             "<tr><td></td><td>100.00</td><td>100.00</td><td>95.00</td><td>95.00%</td><td>10</td><td>9.50</td></tr>"
             "<tr><td colspan=7>绩效指标完成情况</td></tr>"
             "<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>改造校舍</td><td>≥12所</td><td>12所</td><td>45</td><td>45</td></tr>"
             "<tr><td>质量指标</td><td>验收达标率</td><td>100%</td><td>100%</td><td>45</td><td>45</td></tr>"
             "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td>"
             "<td>得分</td></tr></table>")
    inds = normalize_document(_page1240(table)).indicators
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight.value) for i in inds] == [
        ("改造校舍", "≥12所", "12所", 45), ("验收达标率", "100%", "100%", 45)]


def test_weights_in_a_separate_table_keyed_by_the_indicators_names():
    """Issue 21 (1244): an indicator table with no 分值 column, the weights in a small table under it
    (附：绩效指标分值设置: 序号 | 三级指标 | 分值, listed by weight, 合计): each weight goes to the indicator
    of that name, said in its note; a name the table does not match leaves all weights unread, and
    the warning names it."""
    def page(names):
        rows = "".join(f"<tr><td>{k}</td><td>{n}</td><td>{w}</td></tr>" for k, (n, w) in enumerate(names, 1))
        return _page1240(
            "<table><tr><td>一级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>"
            "<tr><td rowspan=2>产出指标</td><td>改造校舍</td><td>≥12所</td><td>12所</td><td>40</td></tr>"
            "<tr><td>验收达标率</td><td>100%</td><td>100%</td><td>60</td></tr></table>"
            "<p>附：绩效指标分值设置</p><table><tr><td>序号</td><td>三级指标</td><td>分值</td></tr>"
            f"{rows}<tr><td colspan=2>合计</td><td>100</td></tr></table>")
    recs = normalize_document(page([("验收达标率", "60"), ("改造校舍", "40")]))
    assert [(i.level3, i.weight.value) for i in recs.indicators] == [("改造校舍", 40), ("验收达标率", 60)]
    assert "分值取自" in recs.indicators[0].note
    odd = normalize_document(page([("验收达标率", "60"), ("新建校舍", "40")]))
    assert [i.weight for i in odd.indicators] == [None, None]
    assert any("新建校舍" in w and "分值均未并入" in w for w in odd.warnings)
    # two rows naming one indicator: both rows named and counted (not "0行（重名）")
    twice = normalize_document(page([("验收达标率", "60"), ("验收达标率", "40")]))
    assert [i.weight for i in twice.indicators] == [None, None]
    [w] = [w for w in twice.warnings if "分值均未并入" in w]
    assert "2行（验收达标率、验收达标率）" in w, w
    # a row the table lists with its weight left blank is said as such, not as an indicator it does not list
    blank = normalize_document(page([("验收达标率", "60"), ("改造校舍", "—")]))
    assert [i.weight.value if i.weight else None for i in blank.indicators] == [None, 60]
    [w] = [w for w in blank.warnings if "改造校舍" in w and "分值" in w]
    assert "未列出" not in w and "分值为空" in w, w


def _completion_page(dash: str, head: str = "完成率", sign: str = "%"):
    """A form with a 完成率 column (headed `head`, its rates ending in `sign`) whose 定性 row (长效运营机制)
    has `dash` for its rate, read."""
    rows = [("产出指标", "数量指标", "新建服务点", "≥40个", "42个", f"105.0{sign}", "30", "30", ""),
            ("产出指标", "数量指标", "开展助餐服务", "≥4800人次", "4560人次", f"96.0{sign}", "20", "19", "冬季暂停"),
            ("效益指标", "社会效益指标", "关爱服务覆盖率", "≥90%", "92.7%", f"103.0{sign}", "20", "20", ""),
            ("效益指标", "可持续影响指标", "长效运营机制", "建立", "建立", dash, "10", "10", ""),
            ("满意度指标", "服务对象满意度指标", "家属满意度", "≥85%", "89.6%", f"105.4{sign}", "10", "10", "")]
    lines = ["项目名称\t测试项目", "项目资金（万元）\t\t预算数\t执行数\t执行率\t分值\t得分",
             "\t年度资金总额\t30\t30\t100%\t10\t10",
             f"绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t{head}\t分值\t得分\t偏差原因"]
    lines += ["\t" + "\t".join(r) for r in rows] + ["总分\t\t\t\t\t\t\t100\t99"]
    return normalize_document(read_bytes(("\n".join(lines) + "\n").encode("utf-8"), "r.txt"))


def test_a_completion_rate_column_with_a_misread_dash_is_read_and_the_cell_said():
    """1253.scan (planted blind): OCR gives the 定性 row's dash in the 完成率 column as 二. The column is
    still the rows' rates (one filled cell in four may be something else), so 96.0% for 4560 / 4800 is
    checked as in the .xlsx; the row whose cell is no rate keeps none, and the reader names it."""
    recs = _completion_page("二")
    assert [i.completion.raw if i.completion else None for i in recs.indicators] == \
        ["105.0%", "96.0%", "103.0%", None, "105.4%"]
    [w] = [w for w in recs.warnings if "完成率列" in w]
    assert "“二”" in w and "未核对" in w, w
    assert [f.stated for f in check(recs) if f.rule == "JX409"] == ["96.0%"]


def test_a_completion_rate_column_of_bare_figures_under_a_percent_header_is_read_as_rates():
    """1579 (written blind): the 完成率 column headed 完成率(%) holds bare figures (105.0, 96.0): the header's
    bracket gives them their percent sign, as a value column's does (年度指标值（%）), so the column is the rows'
    rates and 96.0 for 4560 / 4800 is checked, not left unread as a second result column."""
    for head in ("完成率(%)", "完成率（%）"):
        recs = _completion_page("—", head, "")
        assert [i.completion.raw if i.completion else None for i in recs.indicators] == \
            ["105.0", "96.0", "103.0", None, "105.4"], head
        assert [i.completion.q.unit for i in recs.indicators if i.completion] == ["%"] * 4
        assert not [w for w in recs.warnings if "完成率" in w], (head, recs.warnings)
        assert [f.stated for f in check(recs) if f.rule == "JX409"] == ["96.0"]
    # without the bracket the bare figures are no rates (a count of done items, a score): not read as such
    recs = _completion_page("—", "完成率", "")
    assert all(i.completion is None for i in recs.indicators)


def test_a_completion_rate_column_under_a_group_heading_is_read_as_rates():
    """1579 (written blind): 完成情况 spans 实际完成值 | 完成率(%) in a two-row header, so the rate's head is in
    the lower row only: the column is still the rows' rates (checked), not a second result column left
    unread under the warning that asks which one the score used."""
    head = ('<tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th>'
            '<th rowspan="2">年度指标值</th><th colspan="2">完成情况</th><th colspan="2">评分</th></tr>'
            '<tr><th>实际完成值</th><th>完成率(%)</th><th>分值</th><th>得分</th></tr>')
    rows = [("产出指标", "数量指标", "新建服务点", "≥40个", "42个", "105.00", "40", "40"),
            ("产出指标", "数量指标", "开展助餐服务", "≥4800人次", "4560人次", "96.00", "20", "19"),
            ("效益指标", "社会效益指标", "关爱服务覆盖率", "≥90%", "92.7%", "103.00", "20", "20"),
            ("效益指标", "可持续影响指标", "长效运营机制", "建立", "建立", "100.00", "20", "20")]
    body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    recs = normalize_document(_html(head + body))
    assert [i.completion.raw if i.completion else None for i in recs.indicators] == \
        ["105.00", "96.00", "103.00", "100.00"]
    assert not [w for w in recs.warnings if "两列" in w or "完成率" in w], recs.warnings
    assert [f.stated for f in check(recs) if f.rule == "JX409"] == ["96.00"]   # 4560 / 4800 is 95.00


def test_a_completion_rate_cell_of_any_dash_is_a_row_with_no_rate_unsaid():
    """A 定性 row's 完成率 cell written with a dash of another form (a full-width －, a horizontal bar ―, a
    minus sign −) is a row with no rate, as - and — are: read quietly, not said as a cell that is no rate
    (IndicatorRow._rate; columns.EMPTY is every dash, not a list of some)."""
    for dash in ("－", "―", "−"):
        recs = _completion_page(dash)
        assert [i.completion.raw if i.completion else None for i in recs.indicators] == \
            ["105.0%", "96.0%", "103.0%", None, "105.4%"], dash
        assert not [w for w in recs.warnings if "完成率列" in w], (dash, recs.warnings)


def test_figures_in_cells_held_in_doubt_are_no_finding_and_fund_figures_there_are_not_read():
    """1215.scan (raindrops on a notice board's glass): OCR read what a drop left beside it, surely (124座 as 12,
    1,500.00 as 1.5), and rules found on it. The reader marks such cells (Cell.doubt, extract.scan_drops): an
    indicator row with a figure there is doubtful, its flags withheld and said; a fund figure there is not read."""
    def doc(marked):
        d = _html("""<tr><td>项目名称</td><td colspan=6>测试项目</td></tr>
<tr><td rowspan=3>项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>2,000.00</td><td>2,000.00</td><td>2,000.00</td><td>100%</td><td>10</td></tr>
<tr><td>其中：中央财政资金</td><td>1.5</td><td>1,500.00</td><td>1,500.00</td><td>—</td><td>—</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td rowspan=2>产出指标</td><td rowspan=2>数量指标</td><td>新建贮藏窖</td><td>≥120座</td><td>12座</td><td>45</td><td>45</td></tr>
<tr><td>建设基地</td><td>≥2.5万亩</td><td>2.56万亩</td><td>45</td><td>45</td></tr>
<tr><td>总分</td><td colspan=4></td><td>100</td><td>100</td></tr>""")
        for _, c in d.iter_cells():
            if marked and c.text in ("1.5", "12座"):
                c.doubt = "水滴"
        return normalize_document(d)

    plain = doc(False)
    assert {f.rule for f in check(plain)} >= {"JX401"}
    recs = doc(True)
    assert [f.rule for f in check(recs)] == []
    assert "12座" in recs.indicators[0].doubt and recs.indicators[1].doubt == ""
    source = recs.projects[0].fund_sources[0]
    assert "budget_initial" not in source.figures and source.figures["budget_full_year"].raw == "1,500.00"
    assert any("1.5" in w and "水滴" in w and "未读取" in w for w in recs.warnings)
    assert any("新建贮藏窖" in w and "水滴" in w and "读数存疑" in w for w in recs.warnings)


def test_a_row_whose_level2_cell_holds_several_level2_names_is_said_as_rows_run_together():
    """Issue 21 (1260.pdf): dates overflowing a text box's tab stops ran three rows into one, the level-2 cell
    时效指标成本指标经济效益指标 and the name 项目完成时间每亩新植补助; the row was read with no level 2 and only a
    misread-figure warning said anything of it. A level-2 cell written whole as two level-2 names or more, one
    after another, is several rows read as one: said with the names. A single level name is no such row."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新植咖啡", "≥1500亩", "1560亩", "10", "10"],
        ["产出指标", "时效指标成本指标", "项目完成时间\n每亩新植补助", "2023年12月31日前", "≤800元", "5", "5"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "95%", "10", "10"],
    ]
    r = normalize_document(_doc(rows))
    said = [w for w in r.warnings if "连写了" in w]
    assert len(said) == 1 and "“时效指标”、“成本指标”" in said[0] and "项目完成时间" in said[0]
    rows[3][1] = "时效指标"
    assert not [w for w in normalize_document(_doc(rows)).warnings if "连写了" in w]


def test_level2_names_of_no_template_run_together_are_found_by_their_head_noun():
    """The run of level-2 names was found by the template's vocabulary alone (vocab.LEVEL2_NAMES): a form's own
    level-2 names (履职效能指标, 管理效率指标) run together went unsaid. Each is a level label by its grammar, a
    modifier before the head noun 指标; a level pair (产出指标数量指标: a level 1 first) is no such run."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "履职效能指标", "办理案件", "≥150件", "160件", "10", "10"],
        ["产出指标", "履职效能指标管理效率指标", "办结率\n平均办理时长", "≥95%", "≤30天", "5", "5"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10"],
    ]
    said = [w for w in normalize_document(_doc(rows)).warnings if "连写了" in w]
    assert len(said) == 1 and "“履职效能指标”、“管理效率指标”" in said[0]
    rows[3][1] = "产出指标数量指标"
    assert not [w for w in normalize_document(_doc(rows)).warnings if "连写了" in w]


def test_values_drawn_half_a_row_under_their_names_are_read_with_them_and_said():
    """Issue 21 (1297.pdf): a page whose columns were laid out apart, a wrapped deadline pushing the value
    columns down, so the pdf reader's rules cut each later indicator in two: a row of name and points
    with both value cells empty, then a row of those two values alone (a level word beside them). The
    two rows are one indicator, said; six rows of names read with no values gave false JX306 flags."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["项目名称", "测试项目", "", "", "", "", ""], head,
            ["产出指标", "数量指标", "新建果园", "≥1500亩", "1530亩", "10", "10"],
            ["", "时效指标", "完成时间", "2023年11月30日前", "", "6", "6"],
            ["", "", "", "", "2023年11月28日", "", ""],
            ["", "成本指标", "每亩补助", "", "", "8", "8"],
            ["", "", "", "≤2000元", "1980元", "", ""],
            ["", "社会效益指标", "带动农户", "", "", "10", "10"],
            ["效益指标", "", "", "≥500户", "516户", "", ""]]   # the level word centred on its run
    r = normalize_document(document(rows, fmt="pdf"))
    got = [(i.level1, i.level3, i.target.raw, i.actual.raw, i.weight.value) for i in r.indicators]
    assert got[2:] == [("产出指标", "每亩补助", "≤2000元", "1980元", 8), ("效益指标", "带动农户", "≥500户", "516户", 10)]
    assert sum("像是各列行线错开半行" in w for w in r.warnings) == 2
    assert not [f for f in check(r) if f.rule == "JX306"]


def test_names_in_a_row_above_their_figures_are_joined_to_them():
    """Issue 21 (1270): 三级指标 spanning the value columns the header row under it names one by one, and
    in the body each name a cell spanning those columns with its figures in the row under it: each
    name and the figures under it are one indicator, the levels merged down both rows; said. A name
    row with no figure row under it stays what it was (no pairs, no view)."""
    head = ("<tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td colspan=4>三级指标</td></tr>"
            "<tr><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>")
    rows = [("新建板栗标准化示范园", ("≥5000亩", "5120亩", "10", "10")),
            ("改造低产板栗园", ("≥1万亩", "1.04万亩", "8", "8")),
            ("板栗亩均增收", ("≥800元", "720元", "10", "9.00"))]
    body = ""
    for k, (name, figs) in enumerate(rows):
        lead = "<td rowspan=6>产出指标</td><td rowspan=4>数量指标</td>" if k == 0 else \
            "<td rowspan=2>经济效益指标</td>" if k == 2 else ""
        body += f"<tr>{lead}<td colspan=4>{name}</td></tr><tr>" + "".join(f"<td>{x}</td>" for x in figs) + "</tr>"
    r = normalize_document(_html(head + body))
    assert [(i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in r.indicators] == [
        ("数量指标", "新建板栗标准化示范园", "≥5000亩", "5120亩", "10", "10"),
        ("数量指标", "改造低产板栗园", "≥1万亩", "1.04万亩", "8", "8"),
        ("经济效益指标", "板栗亩均增收", "≥800元", "720元", "10", "9.00")]
    assert [i.loc.row for i in r.indicators] == [2, 4, 6]   # the name's row in the table
    assert any("名称单独占一行" in w and "共3个指标" in w for w in r.warnings)


def test_rows_run_together_with_a_name_of_two_lines_are_counted_unread_and_no_total_is_checked():
    """1260.pdf: the record run together (level-2 cell 时效指标成本指标经济效益指标, name 项目完成时间 /
    每亩新植补助 on two lines) stands for more than one indicator, its scores one row's: at least one row is
    counted unread on its project (said), so the 总分 is not held to a sum of rows not read whole (the false
    JX302 98.70). A run-together level cell over a name of one line is said and counts nothing."""
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新植咖啡", "≥1500亩", "1560亩", "40", "40"],
        ["产出指标", "时效指标成本指标", "项目完成时间\n每亩新植补助", "2023年12月31日前", "≤800元", "20", "20"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "95%", "40", "38"],
        ["总分", "", "", "", "", "100", "100"],
    ]
    r = normalize_document(_doc(rows))
    assert (r.unread_rows, r.projects[0].rows_unread) == (1, 1)
    assert any("连写了" in w and "至少1行指标未读取" in w for w in r.warnings)
    assert not [f for f in check(r) if f.rule == "JX302"]
    rows[3][2] = "项目完成时间"
    one = normalize_document(_doc(rows))
    assert one.unread_rows == 0 and any("连写了" in w for w in one.warnings)


def test_the_funds_points_stated_in_a_note_under_a_fund_table_without_a_weight_column_are_its_weight():
    """A fund table scoring the fund (执行率 | 得分) with no 分值 column, its points in a note of their own
    (注：项目资金执行率分值10分, 1333): the note's figure is the fund's weight. Not where two notes disagree,
    nor a figure under the score, nor a line that states the score too (POINTS_TOLD's)."""
    fund = [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
            ["年度资金总额", "", "96", "96", "96", "100%", "10"]]
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建机井", "=1座", "1座", "90", "90"]]
    for notes, want in ((("注：项目资金执行率分值10分。",), Decimal(10)), (("注：预算执行率权重为10分",), Decimal(10)),
                        (("注：项目资金执行率分值10分。", "资金执行率分值12分"), None),
                        (("注：项目资金执行率分值8分。",), None)):
        [p] = normalize_document(document(fund, *notes, rows)).projects
        assert (p.fund_weight and p.fund_weight.value) == want, notes
        assert p.fund_score.value == Decimal(10)


def test_a_level_header_that_lost_its_ordinal_is_the_level_above_its_neighbours_and_said():
    """Issue 21 (1299.scan: a sheet folded into two blocks side by side, the left block's 一级指标 read 级指标, the 一
    a thin stroke against the cell's rule): 级指标 directly left of 二级指标 is the level-1 column, so the right block,
    headed 一级指标 | 二级指标 …, reads the same columns and goes on the same project, not a second one whose sums
    make false totals flags; the header read by its place is said. Without a deeper neighbour it stays unread."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    left = [["项目名称", "测试项目", "", "", "", "", ""], ["级指标"] + head[1:],
            ["产出指标", "数量指标", "新建泵站", "≥4座", "4座", "50", "50"],
            ["总分", "", "", "", "", "100", "100"]]
    right = [head, ["效益指标", "社会效益指标", "受益人口", "≥1万人", "1.2万人", "50", "50"]]
    recs = normalize_document(document(left, right, fmt="pdf", confidence=0.95))
    [p] = recs.projects
    assert [(i.level1, i.level1_raw, i.level3) for i in p.indicators] == \
        [("产出指标", "产出指标", "新建泵站"), ("效益指标", "效益指标", "受益人口")]
    assert any("表头“级指标”缺少层级序数" in w and "按一级指标列读取" in w for w in recs.warnings)
    from jixiao.normalize.indicator_header import _indicator_cols
    assert _indicator_cols(["级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]).level2 == 0
    assert _indicator_cols(["级指标", "指标名称", "年度指标值", "实际完成值", "分值", "得分"]).level1 is None


def test_a_parent_code_naming_no_row_loses_only_its_childrens_levels_and_is_said():
    """house36 noticed: an adjacency-list table (1205's form) where one parent code names no row (2409: a level row
    the export left out) was no parent-coded table at all: every row's levels cleared and nothing said. The rows
    whose parents are found keep their levels; the rows under the missing code are named and counted
    (tables._parent_coded_levels, tables._levels_unread)."""
    recs = normalize_document(_doc(_parent_coded("2409")))
    assert [(i.level1, i.level2_raw, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "改造户厕"), ("满意度指标", "服务对象满意度指标", "农牧民满意度"), (None, "", "新建站点")]
    assert [w.split("：", 1)[1] for w in recs.warnings if "未能读取" in w] == [
        "指标按上级编码归属层级，第8行“新建站点”的上级编码未能对应到表中的层级行，共1行的一级、二级指标未能读取"]


def test_an_unread_table_of_names_each_a_row_above_its_figures_counts_every_pair():
    """1270's first read (fixleft37): a table whose names sit each on a row above its figures, when not read, was said
    with 本表有3行像指标行 for 13 indicators: only the figure rows that happened to hold words (a date, a reason, 健全)
    looked like indicator rows. A figure row under a row of one name is one row looking like an indicator row
    (unread_rows._figures_below_names), counted and named with its name."""
    import jixiao.normalize.tables as tables
    rows = [["一级指标", "二级指标", "三级指标", "", "", "", ""],
            ["", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
            ["产出指标", "数量指标", "新建示范园", "", "", "", ""], ["", "", "≥5000亩", "5120亩", "10", "10", ""],
            ["", "", "改造低产园", "", "", "", ""], ["", "", "≥1万亩", "1.04万亩", "8", "8", ""],
            ["", "时效指标", "项目完工时间", "", "", "", ""], ["", "", "2023年10月31日前", "2023年10月26日", "6", "6", ""],
            ["满意度指标", "服务对象满意度指标", "栗农满意度", "", "", "", ""], ["", "", "≥90%", "94.5%", "6", "6", ""]]
    real = tables.names_above
    tables.names_above = lambda t: None      # the first read's reader: no view joins the pairs
    try:
        recs = normalize_document(_doc(rows))
    finally:
        tables.names_above = real
    assert not recs.indicators
    assert any("本表有4行像指标行" in w for w in recs.warnings), recs.warnings
    assert any("像指标行但未读取（改造低产园｜≥1万亩｜1.04万亩｜8｜8）" in w for w in recs.warnings), recs.warnings


def test_on_a_scan_values_half_a_row_below_their_names_are_read_only_where_the_shift_recurs():
    """The value columns standing half a row under their names (1297.scan, a wrapped deadline pushing its
    column down) recur row after row; one scanned row whose values alone sit on the row under it is more
    likely a cell's second lines cut off (601.scan: 2023年12月 / 31日前): left to the JX306 hold, not read."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    first = ["产出指标", "数量指标", "培训人数", "≥100人", "120人", "10", "10"]
    pairs = [["", "质量指标", "考核合格率", "", "", "10", "10"], ["", "", "", "≥90%", "95%", "", ""],
             ["", "时效指标", "完成时间", "", "", "10", "10"], ["", "", "", "≤12月", "11月", "", ""]]
    recs = normalize_document(document([head, first, *pairs], confidence=0.9))
    assert [(i.level3, i.target.raw if i.target else None) for i in recs.indicators] == \
        [("培训人数", "≥100人"), ("考核合格率", "≥90%"), ("完成时间", "≤12月")]
    recs = normalize_document(document([head, first, *pairs[:2]], confidence=0.9))
    assert [i.level3 for i in recs.indicators if i.target is None or not i.target.raw] == ["考核合格率"]


def test_the_one_projects_name_labelled_only_below_its_table_is_its_name():
    """1346 (a pg_dump: tables in name order, the project's record last): no name labelled above the one
    project's table, the document's every 项目名称 line below it naming one project: that is its name. Two
    such lines naming two projects name none."""
    table = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
             "产出指标\t数量指标\t建设示范点\t≥20个\t21个\t50\t50\n"
             "效益指标\t社会效益指标\t带动就业\t≥50人\t50人\t50\t50\n")
    one = normalize_document(read_bytes((table + "\n项目名称：2023年某某县示范项目\n主管部门：某某县农业农村局\n")
                                        .encode("utf-8"), "r.txt"))
    assert [p.name for p in one.projects] == ["2023年某某县示范项目"]
    two = normalize_document(read_bytes((table + "\n项目名称：2023年某某县示范项目\n项目名称：2023年另一项目\n")
                                        .encode("utf-8"), "r.txt"))
    assert [p.name for p in two.projects] == [None]


def test_a_total_asserted_as_a_steps_quoted_value_is_read_and_one_named_a_few_characters_before_is_said():
    """1342 (a feature file's step: 而且 自评总分应为 "99.16"): the label, 应为 and the figure in quotes state the
    total, and it is read; another step's quoted figure (预算执行得分应为 "9.8", no total's label) is not.
    Without the quotes (自评总分应为 100) no total is read and the line is named, not passed over."""
    table = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
             "产出指标\t数量指标\t建设示范点\t≥20个\t21个\t50\t50\n"
             "效益指标\t社会效益指标\t带动就业\t≥50人\t50人\t50\t50\n")

    def read(lines):
        return normalize_document(read_bytes(("项目名称：2023年某某县示范项目\n" + table + lines).encode("utf-8"), "r.txt"))
    recs = read('\n而且 预算执行得分应为 "9.8"\n而且 自评总分应为 "100"\n')
    assert recs.projects[0].total_score_stated.value == Decimal("100")
    assert not any("未读取为项目总分" in w for w in recs.warnings)
    recs = read("\n而且 自评总分应为 100\n")
    assert recs.projects[0].total_score_stated is None
    assert any("自评总分应为" in w and "未读取为项目总分" in w for w in recs.warnings)


def test_a_grade_asserted_as_a_steps_quoted_value_is_read_and_one_named_a_few_characters_after_is_said():
    """1342 (而且 自评等级应为 "优"): the label, 应为 and the grade word in quotes state the grade, and it is read;
    a legend of the grades (等级分为优、良、中、差) is none. Without the quotes (等级应为优, a rule's wording) no
    grade is read and the line is named."""
    table = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
             "产出指标\t数量指标\t建设示范点\t≥20个\t21个\t50\t50\n"
             "效益指标\t社会效益指标\t带动就业\t≥50人\t50人\t50\t50\n")

    def read(line):
        return normalize_document(read_bytes(("项目名称：2023年某某县示范项目\n" + table + "\n评价等级分为优、良、中、差。\n"
                                              + line + "\n").encode("utf-8"), "r.txt"))
    recs = read('而且 自评等级应为 "优"')
    assert (recs.projects[0].grade_stated, recs.projects[0].grade_raw) == ("优", "优")
    assert not any("像是自评等级" in w for w in recs.warnings)
    recs = read("而且 自评等级应为优")
    assert recs.projects[0].grade_stated is None
    said = [w for w in recs.warnings if "像是自评等级" in w]
    assert len(said) == 1 and "自评等级应为" in said[0]


def test_indicator_cells_whose_characters_the_font_gave_no_text_for_are_named_by_row_and_field():
    """1262.pdf: a picture's digits printed in a subset font that maps them to code 0, so 分值 / 得分 (and a
    rate's digits) read as NULs: the page's count said only that some cells read blank. Each row is now named
    with the fields whose cells hold such characters (by the field the table reads the column as), counted."""
    rows = [["项目名称", "某某项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "建设示范点", "≥20个", "21个", "50", "50"],
            ["", "质量指标", "验收合格率", "\x00\x00\x00%", "100%", "\x00\x00", "\x00\x00"],
            ["效益指标", "社会效益指标", "带动就业", "≥50人", "50人", "40", "40"]]
    recs = normalize_document(_doc(rows))
    said = [w for w in recs.warnings if "字体未给出对应文字" in w]
    assert len(said) == 1 and "1行指标共3个单元格" in said[0] and "验收合格率（年度指标值、分值、得分）" in said[0], said
    assert "建设示范点" not in said[0]


def test_a_scans_total_above_full_marks_lost_its_decimal_point():
    """1352.scan (a print on ribbed laid paper): 总分 99.29 read 9929 and taken as the total, said
    nowhere. No score is above the marks it is out of: where the digits with a point set in are the sum
    of the rows' and the fund's scores it is read so, else not read; said either way. A typed file's
    figure is as typed."""
    def rows(total):
        return [["项目资金（万元）", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""],
                ["年度资金总额", "30", "30", "100%", "10", "10", ""],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "数量指标", "培训次数", "≥2次", "3次", "45", "45"],
                ["效益指标", "社会效益指标", "受益人数", "≥500人", "496人", "45", "44.29"],
                ["总分", "", "", "", "", "100", total]]

    def read(total):
        doc = _doc(rows(total))
        doc.format = "pdf-ocr"
        r = normalize_document(doc)
        return r.projects[0].total_score_stated, [w for w in r.warnings if "总分得分识别为" in w]
    ts, said = read("9929")
    assert ts is not None and ts.value == Decimal("99.29"), ts
    assert len(said) == 1 and "9929" in said[0] and "读作 99.29" in said[0]
    ts, said = read("9829")      # its digits are no sum of the scores: not read
    assert ts is None and len(said) == 1 and "未读取" in said[0]
    ts, said = read("99.29")
    assert ts.value == Decimal("99.29") and not said
    typed = normalize_document(_doc(rows("9929")))
    assert typed.projects[0].total_score_stated.value == Decimal(9929)


def test_a_headers_wrapped_second_line_read_as_a_row_of_its_own_completes_the_headings():
    """1348.scan (tracing paper over the upper page): the header row split at its line of text, 一级指 /
    标, 年度指标 / 值, 分 / 值 two rows; the second was taken for a row the header could not align, 分 named
    no field, and every row's weight went unread, said nowhere. Joined to the headings above them the
    words name more fields: they are the header's second line."""
    rows = [["一级指", "二级指标", "三级指标", "年度指标", "实际完成值", "分", "得分"],
            ["标", "", "", "值", "", "值", ""],
            ["产出指标", "数量指标", "培训次数", "≥2次", "3次", "50", "50"],
            ["效益指标", "社会效益指标", "受益人数", "≥500人", "520人", "50", "50"]]
    r = normalize_document(_doc(rows))
    assert [(i.level3, i.weight.value, i.score.value) for i in r.indicators] == [
        ("培训次数", Decimal(50), Decimal(50)), ("受益人数", Decimal(50), Decimal(50))]
    assert not any("无法对齐" in w for w in r.warnings)
    # a row of words that completes no heading is no header line (a row of its own, as before)
    rows[1] = ["说明", "", "", "", "", "", ""]
    assert not any(i.level3 == "说明" and i.weight for i in normalize_document(_doc(rows)).indicators)


# -- issue 21, set 1378-1383: a project column, a table of projects' totals, a total that names its parts ----
_TWO_NAMES = ("2023年某县玉米保护性耕作推广项目", "2023年某县高标准农田建设项目")
_FUND_BY_PROJECT = [["项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                    [_TWO_NAMES[0], "900.00", "900.00", "882.00", "98.00%", "10", "9.80"],
                    [_TWO_NAMES[1], "3000.00", "3000.00", "2985.00", "99.50%", "10", "9.95"]]
_BY_PROJECT = [["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
               [_TWO_NAMES[0], "产出指标", "数量指标", "保护性耕作面积", "≥100万亩", "102万亩", "50", "50"],
               [_TWO_NAMES[0], "效益指标", "经济效益指标", "亩均节本增效", "≥50元", "46元", "40", "36.80"],
               [_TWO_NAMES[1], "产出指标", "数量指标", "新建高标准农田", "≥2万亩", "2.02万亩", "50", "50"],
               [_TWO_NAMES[1], "效益指标", "经济效益指标", "亩均增产", "≥50公斤", "55公斤", "40", "40"]]


def test_a_project_name_column_tells_each_rows_project():
    """One unit's two projects in one indicator table, each row's project in a 项目名称 column (1382): the
    rows are their projects', each project's weights its own 90 (no weights-total alarm adding both)."""
    r = normalize_document(_docs(_FUND_BY_PROJECT, _BY_PROJECT))
    assert [(p.name, [i.level3 for i in p.indicators]) for p in r.projects] == [
        (_TWO_NAMES[0], ["保护性耕作面积", "亩均节本增效"]), (_TWO_NAMES[1], ["新建高标准农田", "亩均增产"])]
    assert not [f for f in check(r) if f.rule == "JX303"]


def test_a_column_holding_one_project_name_on_every_row_opens_no_project():
    rows = [row[:] for row in _BY_PROJECT]
    for row in rows[1:]:
        row[0] = _TWO_NAMES[0]
    r = normalize_document(_docs(_FUND_BY_PROJECT[:2], rows))
    assert [(p.name, len(p.indicators)) for p in r.projects] == [(_TWO_NAMES[0], 4)]


def test_a_table_of_the_projects_totals_gives_each_named_project_its_total_and_grade():
    """项目名称 | 总分 | 得分 | 自评等级, a row per project read before (1382): each row its project's full marks,
    score and grade, matched by the name; no project named 总分."""
    totals = [["项目名称", "总分", "得分", "自评等级"], [_TWO_NAMES[0], "100", "96.60", "优"], [_TWO_NAMES[1], "100", "99.95", "优"]]
    r = normalize_document(_docs(_FUND_BY_PROJECT, _BY_PROJECT, totals))
    assert [(p.name, p.total_weight_stated.raw, p.total_score_stated.raw, p.grade_stated) for p in r.projects] == [
        (_TWO_NAMES[0], "100", "96.60", "优"), (_TWO_NAMES[1], "100", "99.95", "优")]


def test_a_totals_table_naming_a_project_not_read_is_not_taken_by_position():
    totals = [["项目名称", "总分", "得分", "自评等级"], [_TWO_NAMES[0], "100", "96.60", "优"], ["2023年某县另一项目", "100", "90", "优"]]
    r = normalize_document(_docs(_FUND_BY_PROJECT, _BY_PROJECT, totals))
    assert r.projects[1].total_score_stated is None or r.projects[1].total_score_stated.raw != "90"


@pytest.mark.parametrize("cell,total,said", [
    ("99.00分（预算执行率得分9.80分＋绩效指标得分89.20分）", "99.00", False),   # the parts add up: the total
    ("99.00分（预算执行率得分9.80分＋绩效指标得分88.20分）", None, True),      # they do not: said, not read
    # an aside of figures that are no sum (its full marks and a weight): no parts named, the cell read as before
    ("98.50（满分100分，权重10分）", "98.50（满分100分，权重10分）", False),
])
def test_a_total_cell_whose_bracket_names_its_parts(cell, total, said):
    """自评总分 | 99.00分（预算执行率得分9.80分＋绩效指标得分89.20分） merged over the row (1379): the figure is the
    total where the bracket's figures add up to it (the evidence that they are its parts)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训次数", "≥10次", "12次", "50", "50"],
            ["效益指标", "社会效益指标", "受益人数", "≥100人", "90人", "40", "39.20"],
            ["自评总分", cell, None, None, None, None, None]]
    r = normalize_document(_docs(rows))
    p = r.projects[0]
    assert (p.total_score_stated.raw if p.total_score_stated else None) == total
    assert any("括号内各分项之和" in w for w in r.warnings) == said


def test_a_second_fund_table_by_project_is_not_read_as_the_projects_totals():
    again = [row[:] for row in _FUND_BY_PROJECT]
    r = normalize_document(_docs(_FUND_BY_PROJECT, _BY_PROJECT, again))
    assert [p.total_score_stated for p in r.projects] == [None, None]


def _form_without_indicators(total_line: str):
    return document(
        "项目支出绩效自评表（2023年度）",
        [["项目名称", "2023年某县农村客运改造项目", "", "", "", "", ""],
         ["主管部门", "某县交通运输局", "", "", "实施单位", "某县道路运输服务中心", ""],
         ["项目资金\n（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
         ["", "500.00", "520.00", "499.20", "96.00%", "10", "9.60"]],
        "绩效指标完成情况（详见附件）",
        total_line)


def test_a_scored_form_whose_indicator_table_is_missing_is_said_and_counted():
    # The fund block and the 总分 line read, the indicator table not in the file at all (a Word comment or an
    # endnote a converter did not print): the 88 points beyond the fund's are said to be missing, and the
    # document counts one indicator unread, never passed over in silence.
    recs = normalize_document(_form_without_indicators("总分：100 得分：97.60 自评等级：优"))
    p = recs.projects[0]
    assert p.total_score_stated.value == Decimal("97.60") and not recs.indicators
    said = [w for w in recs.warnings if "未读到任何指标表或指标行" in w]
    assert len(said) == 1 and "其余 88 分应来自绩效指标" in said[0] and said[0].startswith("mem：")
    assert recs.unread_rows == 1 and p.rows_unread == 1


def test_a_form_whose_points_are_all_the_funds_is_not_said_to_miss_indicators():
    # A total no larger than the fund's points leaves none to indicators: nothing is said missing.
    recs = normalize_document(_form_without_indicators("总分：10 得分：9.60"))
    assert not any("未读到任何指标表或指标行" in w for w in recs.warnings) and recs.unread_rows == 0


def _scored_form_closing(line: str, fmt: str):
    rows = [["项目名称", "某县柑橘产业提质增效项目", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "新建示范园", "≥10个", "11个", "45", "45", ""],
            ["效益指标", "社会效益指标", "带动农户", "≥1000户", "1050户", "45", "45", ""]]
    return document(rows, line, "填报人：某某 填报日期：2024年3月18日", fmt=fmt,
                    confidence=0.95 if fmt.endswith("-ocr") else None)


def test_a_scans_total_line_opened_by_a_stray_glyph_of_the_row_broken_above_is_read_and_said():
    # A page broke the last row; its last glyph (某) joined the closing line: the bare 总分 is no longer the line's
    # first word. Read without it, and said.
    recs = normalize_document(_scored_form_closing("某总分：100 得分：98.55 自评等级：优", "pdf-ocr"))
    p = recs.projects[0]
    assert p.total_score_stated.value == Decimal("98.55") and p.total_weight_stated.value == 100
    assert any("行首的“某”不属于总分标签" in w for w in recs.warnings)


def test_a_scans_total_line_with_rows_scores_run_into_it_takes_the_score_beside_its_total():
    # 1973.scan: OCR joined the rows' score lines (得分4.8·分值6 …) to the closing line: the 得分 beside the bare
    # 总分 (after it) is the total, not the first 得分 of the line (4.8 was read, and JX304 raised against 优)
    recs = normalize_document(_scored_form_closing(
        "得分4.8·分值6得分10·分值10总分：100 得分：98.55 自评等级：优", "pdf-ocr"))
    p = recs.projects[0]
    assert p.total_score_stated.value == Decimal("98.55") and p.total_weight_stated.value == 100


def test_a_total_line_with_a_word_run_on_before_its_total_is_said_where_the_total_went_unread():
    # Not a scan: the glyph may be a word (指标总分), so nothing is read, but the line is named.
    recs = normalize_document(_scored_form_closing("某总分：100 得分：98.55 自评等级：优", "docx"))
    assert recs.projects[0].total_score_stated is None
    assert any("某总分：100" in w and "像是总分，未读取为项目总分" in w for w in recs.warnings)


def test_a_bottom_band_whose_zero_stands_bare_is_read():
    """1393 (planted blind): 达成（100%-80%，含80%）、部分达成（80%-60%，含60%）、未达成（60%-0）: the bottom band's 0
    carries no % (its unit the top end's). Before, that band was lost and the other two read alone, so a result
    in the bottom band, or one judged against three bands, was not judged (said nowhere)."""
    from jixiao.normalize.scoring import stated_tiers
    note = ("注：定性指标按达成（100%-80%，含80%）、部分达成（80%-60%，含60%）、未达成（60%-0）三档计分。")
    bands, names, written = stated_tiers([note])
    assert bands == [(100, 80), (80, 60), (60, 0)] and names == ["达成", "部分达成", "未达成"]
    assert written[-1] == (60, 0)
    # a bare figure after a dash that is no zero (60%-5) is no band of this kind, nor 60%-0.5
    assert stated_tiers([note.replace("60%-0）", "60%-5）")])[0] == [(100, 80), (80, 60)]
    assert stated_tiers([note.replace("60%-0）", "60%-0.5）")])[0] == [(100, 80), (80, 60)]


def test_table_code_lines_in_a_cell_are_named_unread_where_no_indicator_was_read():
    """Issue 21 (1399.pdf): a forum post's box printed as a one-cell table holding BBCode rows as text
    ([tr][td]产出指标[/td]…[/tr], a line each) read the project and no indicator, and said nothing: each code
    line that looks like an indicator row (or its header) is counted unread and named."""
    code = ["[tr][td]一级指标[/td][td]三级指标[/td][td]年度指标值[/td][td]实际完成值[/td][td]分值[/td][td]得分[/td][/tr]",
            "[tr][td=1,2]产出指标[/td][td]新建冷藏库[/td][td]≥4座[/td][td]4座[/td][td]8[/td][td]8[/td][/tr]",
            "[tr][td]改造果园[/td][td]≥1.2万亩[/td][td]1.25万亩[/td][td]10[/td][td]10[/td][/tr]"]
    doc = document([["项目名称", "冷链物流项目", None, None, None, None, None],
                    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                    ["", "100.00", "100.00", "98.00", "98.00%", "10", "9.80"]],
                   [["\n".join(code)]], fmt="pdf")
    recs = normalize_document(doc)
    assert not recs.indicators and recs.unread_rows == 3
    assert any("像指标行但未读取（改造果园｜≥1.2万亩" in w for w in recs.warnings), recs.warnings


def test_paragraphs_of_json_objects_are_read_by_their_keys_and_said():
    """Issue 21 (1397.pdf): records printed as JSON objects, a line each (two run together where a line met the
    next), were read by a label grammar with the JSON's quotes and commas in the values (“5200亩”,), no score a
    figure and a FALSE JX306: a paragraph that is JSON objects is read as label：value lines by its keys, said."""
    import json
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["产出指标", "数量指标", "新建冷藏库", "≥4座", "4座", 8, 8],
            ["产出指标", "质量指标", "验收合格率", "≥95%", "98%", 10, 10],
            ["效益指标", "社会效益指标", "受益人口", "≥1200人", "1260人", 10, 9]]
    objs = [json.dumps(dict(zip(heads, r)), ensure_ascii=False, separators=(",", ":")) for r in rows]
    doc = document([["项目名称", "冷链物流项目", None, None, None, None, None],
                    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                    ["", "100.00", "100.00", "98.00", "98.00%", "10", "9.80"]],
                   "绩效指标完成情况", objs[0], objs[1] + objs[2], fmt="pdf")
    recs = normalize_document(doc)
    got = [(i.level2_raw, i.level3, i.target.raw, i.actual.raw, i.weight.value, i.score.value) for i in recs.indicators]
    assert got == [(r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]
    assert any("3条记录写成JSON对象" in w for w in recs.warnings), recs.warnings


def test_json_objects_as_a_scan_reads_them_are_read_by_their_keys():
    """1397.scan: OCR reads the objects' colons and commas full-width and drops a quote ("二级指标":数量指标"),
    so the text is no JSON: its pairs are read as a scan gives them, the values without their marks."""
    line = ('{"一级指标"："产出指标","二级指标":数量指标"，"三级指标"："新建冷藏库"，"年度指标值":"≥4座",'
            '"实际完成值"："4座","分值"：8，“得分"：8}')
    doc = document([["项目名称", "冷链物流项目", None, None, None, None, None],
                    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                    ["", "100.00", "100.00", "98.00", "98.00%", "10", "9.80"]],
                   "绩效指标完成情况", line, line.replace("新建冷藏库", "改造果园"), fmt="pdf-ocr")
    recs = normalize_document(doc)
    got = [(i.level2_raw, i.level3, i.target.raw, i.actual.raw, i.weight.value, i.score.value) for i in recs.indicators]
    assert got == [("数量指标", "新建冷藏库", "≥4座", "4座", 8, 8), ("数量指标", "改造果园", "≥4座", "4座", 8, 8)]


def test_a_two_row_fund_table_is_no_print_of_a_total():
    """A fund table of one row under its heads (项目资金 | 年初预算数 | … | 权数 | 评价得分 over 合计 | 4200.00 …) is no
    two-line print of a total (a query client's 总分 | 自评得分 | 自评等级 over its values): its 评价得分 is the fund's,
    so the report's stated total stands (constructed 115 lost its 99.45 to the fund's 9.90 and the indicators' 合计)."""
    fund = [["项目资金（万元）", "年初预算数", "全年预算数", "资金下达", "实际支出", "支出进度", "权数", "评价得分"],
            ["合计", "4200.00", "4500.00", "4500.00", "4455.00", "99.00%", "10", "9.90"]]
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "养护里程", "≥1250公里", "1268公里", "90", "89.55"],
            ["合计", "", "", "", "", "90", "89.55"]]
    [p] = normalize_document(document(fund, rows, "总分：99.45分；自评等级：优。")).projects
    assert (str(p.total_score_stated.value), p.grade_stated) == ("99.45", "优")


def test_a_scans_level2_name_that_is_no_level_label_beside_the_templates_names_is_said():
    """Set 1432-1437 (1436.scan: the merged 质量指标 cell read 顶重拍你, kept as the level-2 name of its two rows in
    silence): on a scan, a level-2 name that is no level label by its grammar (a modifier before the head noun 指标),
    no name of the template's and mostly no words (the segmenter leaves 顶 and 你 lone), under a level 1 whose other rows' level-2 names all are the template's, is a
    misreading to check: kept as read (nothing guesses the word) and said. A typed file's name is as written (a
    province's own level), and so is a scan's table whose level names are its own throughout."""
    rows = [["项目名称", "某市财政局部门整体支出", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "编审部门预算单位数", "≥126个", "126个", "30", "30"],
            ["", "顶重拍你", "部门预决算公开率", "100%", "100%", "20", "20"],
            ["", "", "财政投资评审审减率", "≥5%", "7.8%", "20", "20"],
            ["", "时效指标", "部门预算批复及时率", "100%", "100%", "30", "30"]]
    scan = scanned(rows)
    r = normalize_document(scan)
    assert [i.level2_raw for i in r.indicators] == ["数量指标", "顶重拍你", "顶重拍你", "时效指标"]
    said = [w for w in r.warnings if "“顶重拍你”" in w]
    assert len(said) == 1 and "2行" in said[0] and "疑为识别有误" in said[0]
    assert not [w for w in normalize_document(_doc(rows)).warnings if "顶重拍你" in w]      # typed: as written
    own = [row[:1] + [{"数量指标": "履职效能", "顶重拍你": "管理效率", "时效指标": "服务质量"}.get(row[1], row[1])] + row[2:]
           for row in rows]
    scan = scanned(own)
    assert not [w for w in normalize_document(scan).warnings if "疑为识别有误" in w and "二级指标" in w]
    # words, though no name of the template's, beside the template's names (742: 项目效益 beside 满意度): as written
    words = [row[:1] + [{"顶重拍你": "项目效益"}.get(row[1], row[1])] + row[2:] for row in rows]
    scan = scanned(words)
    assert not [w for w in normalize_document(scan).warnings if "疑为识别有误" in w and "二级指标" in w]


def test_a_scans_level2_name_cut_at_its_start_is_said():
    """Issue 21 (1497.scan, a failing green sensor line: 社会效益指标 read 会效益指标, 可持续影响指标 持续影响指标,
    kept in silence, for each is a level label by its grammar): on a scan, a level-2 name that is no name of the
    template's but the tail of one, a character or more short at its start, is said as kept as read, with the names it
    may be cut from; nothing is put in its place. A name of the template's (满意度指标) or a level 1's is no cut, and a
    typed file's name is as written."""
    rows = [["项目名称", "某县苦荞产业发展", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "苦荞种植面积", "≥5万亩", "5.2万亩", "30", "30"],
            ["效益指标", "经济效益指标", "户均增收", "≥2000元", "2100元", "20", "20"],
            ["", "会效益指标", "带动脱贫户", "≥300户", "320户", "20", "20"],
            ["", "持续影响指标", "良种覆盖率", "≥90%", "92%", "10", "10"],
            ["满意度指标", "满意度指标", "种植户满意度", "≥90%", "95%", "10", "10"]]
    scan = scanned(rows)
    r = normalize_document(scan)
    assert [i.level2_raw for i in r.indicators][2:4] == ["会效益指标", "持续影响指标"]
    said = [w for w in r.warnings if "开头的字未识别出" in w]
    assert len(said) == 2
    assert "“会效益指标”" in said[0] and "“社会效益指标”" in said[0] and "带动脱贫户" in said[0]
    assert "“持续影响指标”" in said[1] and "“可持续影响指标”" in said[1]
    assert not [w for w in r.warnings if "满意度指标”的后半" in w or "“满意度指标”，不是" in w]
    assert not [w for w in normalize_document(_doc(rows)).warnings if "开头的字未识别出" in w]     # typed: as written


def test_a_row_left_unread_still_sets_the_levels_its_own_cells_name_for_the_rows_below():
    """Issue 21 (1495.scan, labels peeled off a laser print: 脐橙亩均产量's name and target lifted, its row 效益指标 |
    经济效益指标 | … | 8 | 7.52 left unread and said, and 果农户均增收 below, its level cells merged into that row's,
    took 产出指标 / 成本指标 from the row read above it, SILENT): a row not read whose own level cells name a level
    of the template sets the levels of the rows under it, as a read row does; nothing of it is read."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "新建果园", "≥2万亩", "2.06万亩", "8", "8", ""],
            ["", "成本指标", "每亩果园建设补助", "≤2000元", "1980元", "5", "5", ""],
            ["效益指标", "经济效益指标", "", "", "", "8", "7.52", "高温少雨，亩均产量未达目标"],
            ["", "", "果农户均增收", "≥3500元", "3620元", "8", "8", ""],
            ["", "社会效益指标", "带动脱贫户", "≥1800户", "1850户", "7", "7", ""]]
    r = normalize_document(_doc(rows, scan=True))
    got = {i.level3: (i.level1, i.level2) for i in r.indicators}
    assert got["每亩果园建设补助"][0] == "产出指标"
    assert got["果农户均增收"] == ("效益指标", "经济效益指标")
    assert "“果农户均增收”" not in "".join(w for w in r.warnings if "像指标行但未读取" in w)
    assert [w for w in r.warnings if "8｜7.52" in w or "7.52" in w]      # the unread row still said


def test_a_scans_row_run_together_into_one_cell_of_a_table_read_as_no_indicator_table_is_counted_unread():
    """Issue 21 (1492.scan, a shredded report taped back: page 2's 茶企满意度 row and the 总分 row read into one cell
    of a "text table", 茶企满意度 ≥85% 88.2% 8 …, that gave no record and was said nowhere; the weights then summed to
    92 and JX303 was raised, FALSE): on a scan, a row of one piece that reads as an indicator row run together (a
    name, a target with its operator, more figures) is counted unread for the project and named, so no sum of the
    project is checked as if read whole."""
    from jixiao.rules import check
    rows = [["项目名称", "某县茶产业发展项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建茶园", "≥2万亩", "2.1万亩", "50", "50"],
            ["效益指标", "经济效益指标", "茶叶产值", "≥12亿元", "12.3亿元", "30", "30"],
            ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "94.6%", "12", "12"]]
    page2 = [["", "满意度指标茶企满意度 ≥85% 88.2% 8 8", "", ""], ["", "", "", ""]]
    scan = scanned(rows, page2)
    r = normalize_document(scan)
    said = [w for w in r.warnings if "像指标行但未读取" in w and "茶企满意度" in w]
    assert len(said) == 1 and r.projects[0].rows_unread == 1
    assert not [f for f in check(r) if f.rule == "JX303"]
    typed = normalize_document(document(rows, page2))
    assert not [w for w in typed.warnings if "茶企满意度" in w]


def test_a_scans_target_and_actual_in_two_counters_are_said():
    """Issue 21 (1492.scan, a shredded report taped back: 带动脱贫户's ≥4000户 read ≥4000片 beside 4120户, SILENT): on a
    scan, a row whose target and actual count things in two different counters is said (one indicator counts one
    kind of thing), kept as read; the same counter, or a typed file, says nothing."""
    rows = [["项目名称", "某县茶产业发展项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["效益指标", "社会效益指标", "带动脱贫户", "≥4000片", "4120户", "8", "8"],
            ["", "", "新建茶叶加工厂", "≥10个", "11个", "8", "8"]]
    scan = scanned(rows)
    r = normalize_document(scan)
    said = [w for w in r.warnings if "计数单位不同" in w]
    assert len(said) == 1 and "带动脱贫户" in said[0] and "≥4000片" in said[0]
    assert r.indicators[0].target.q.unit == "片"
    assert not [w for w in normalize_document(_doc(rows)).warnings if "计数单位不同" in w]


def test_a_scans_grade_label_with_nothing_after_its_colon_is_said():
    """Issue 21 (1416.scan, an archived stack bored by insects): the total row's 自评等级：优 came out 自评等级： (a bore
    hole where 优 was printed), and the grade was not read with no word of it. On a scan a grade label with
    nothing after its colon is named in the warnings; a typed form that leaves it blank says nothing."""
    rows = [["项目名称", "某县红枣产业", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "改造低产枣园", "≥4万亩", "4.1万亩", "50", "50"],
            ["效益指标", "社会效益指标", "带动脱贫户", "≥2600户", "2645户", "50", "50"],
            ["总分", "", "", "", "", "100", "100"],
            ["自评等级：", "", "", "", "", "", ""]]
    scan = scanned(rows)
    r = normalize_document(scan)
    assert not r.projects[0].grade_stated
    assert any("“自评等级：”之后没有识别出等级" in w for w in r.warnings)
    typed = normalize_document(_doc(rows))
    assert not any("之后没有识别出等级" in w for w in typed.warnings)


def test_a_header_laid_one_column_off_its_body_is_read_where_the_bodys_spanning_cells_start():
    """1400.scan: the header row a picture pasted over the sheet, one column right of the grid: 一级指标
    over columns 2-3 where the body's 产出指标 spans 1-2, 三级指标 over 6 where each name spans 5-6. The
    header's level and name columns are empty in every body row: the fields are read where the body's
    cells over them start (said); the 总分 row spanning them is not a body row."""
    from jixiao.normalize import normalize_document
    doc = _html("""<tr><td></td><td colspan=2>一级指标</td><td colspan=2>二级指标</td><td>三级指标</td><td>年度指标值</td>
<td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td colspan=2 rowspan=2>产出指标</td><td colspan=2 rowspan=2>数量指标</td><td colspan=2>新建生态茶园</td><td>≥3000亩</td>
<td>3060亩</td><td>50</td><td>50</td></tr>
<tr><td colspan=2>低产茶园改造</td><td>≥5000亩</td><td>5120亩</td><td>20</td><td>20</td></tr>
<tr><td colspan=2>满意度指标</td><td colspan=2>服务对象满意度指标</td><td colspan=2>茶农满意度</td><td>≥90%</td><td>95.6%</td>
<td>30</td><td>30</td></tr>
<tr><td colspan=8>总分</td><td>100</td><td>100</td></tr>""")
    recs = normalize_document(doc, name="t.html")
    rows = [(i.level1, i.level2, i.level3, i.target.raw, i.weight.raw) for p in recs.projects for i in p.indicators]
    assert rows == [("产出指标", "数量指标", "新建生态茶园", "≥3000亩", "50"), ("产出指标", "数量指标", "低产茶园改造", "≥5000亩", "20"),
                    ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "30")]
    assert any("表头与表体错列" in w and "三级指标第6列→第5列" in w for w in recs.warnings)


def test_a_scans_fund_score_that_lost_its_point_keeps_the_total_row_as_the_fund_and_is_said():
    """1418.scan (a despeckled bilevel scan: every decimal point gone): the 年度资金总额 row's 得分 9.87 read
    987, above 100, fit no alignment, and the 其中 row below was taken as the fund line, said nowhere. The
    total row is the fund all the same; its score, the 分值 times the rate with a point set in, is read so,
    else not read: said either way. A typed file's row is as before."""
    def rows(score):
        return [["项目名称", "测试项目", "", "", "", "", "", ""],
                ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                ["", "年度资金总额", "1,000.00", "1,080.00", "1,066.00", "98.70%", "10", score],
                ["", "其中：财政拨款", "700.00", "700.00", "700.00", "—", "—", "—"],
                ["", "其他资金", "300.00", "380.00", "366.00", "—", "—", "—"],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                ["产出指标", "数量指标", "新建基地", "≥1万亩", "1.06万亩", "90", "90", ""]]

    def read(score):
        doc = scanned(rows(score))
        r = normalize_document(doc)
        return r.projects[0], [w for w in r.warnings if "资金得分识别为" in w]
    p, said = read("987")
    assert (p.budget_initial.value, p.budget_full_year.value, p.executed.value) == \
        (Decimal(10000000), Decimal(10800000), Decimal(10660000)), p.budget_initial
    assert p.fund_weight.value == Decimal(10) and p.fund_score.value == Decimal("9.87")
    assert len(said) == 1 and "987" in said[0] and "读作 9.87" in said[0], said
    p, said = read("985")      # no point set in makes the arithmetic: not read
    assert p.budget_initial.value == Decimal(10000000) and p.fund_score is None
    assert len(said) == 1 and "未读取" in said[0], said
    p, said = read("9.87")
    assert p.fund_score.value == Decimal("9.87") and not said


def test_a_scans_deadline_year_one_digit_off_the_reports_and_its_results_is_said_doubtful():
    """1416.scan (insect bore holes): a hole in the 3 of 2023年8月31日前 read it 2022年8月31日前, and the
    deadline, met on 2023年8月26日, was judged missed (JX401 / JX402), said nowhere. The report's year and
    the row's own result disagree with the year read: it is said as doubtful. A typed file, or a year two
    digits off, says nothing."""
    def rows(target):
        return [["项目名称", "2023年测试项目", "", "", "", "", ""],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "时效指标", "车间建成时间", target, "2023年8月26日", "5", "5"],
                ["产出指标", "数量指标", "新建车间", "≥2个", "2个", "5", "5"]]

    def said(target, scan=True):
        doc = _doc(rows(target), scan=scan)
        if scan:
            doc.format = "pdf-ocr"
        return [w for w in normalize_document(doc).warnings if "年份存疑" in w]
    hit = said("2022年8月31日前")
    assert len(hit) == 1 and "2022" in hit[0] and "2023" in hit[0] and "车间建成时间" in hit[0], hit
    assert not said("2023年8月31日前")
    assert not said("2022年8月31日前", scan=False)
    assert not said("2019年8月31日前")


def test_a_scans_deadline_year_said_doubtful_raises_no_flag_and_the_holding_back_is_said():
    """1416.scan: the 2022 read for 2023 in a bore hole was said as doubtful (fixleft44), yet the row was
    still judged on it: JX401 (full marks for a deadline missed) and JX402 (no reason given), both false.
    A value the reader itself doubts raises no flag: the row is named doubtful, its flags held back and
    that said; the same row read 2023 raises none, and the typed file keeps its flags."""
    from jixiao.rules import check_document

    def checked(target, scan=True):
        rows = [["项目名称", "2023年测试项目", "", "", "", "", "", ""],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                ["产出指标", "时效指标", "车间建成时间", target, "2023年8月26日", "5", "5", ""],
                ["产出指标", "数量指标", "新建车间", "≥2个", "2个", "5", "5", ""]]
        doc = _doc(rows, scan=scan)
        if scan:
            doc.format = "pdf-ocr"
        return check_document(normalize_document(doc))
    got = checked("2022年8月31日前")
    assert not [f.rule for f in got.flags if f.rule in ("JX401", "JX402")], [f.rule for f in got.flags]
    assert any("车间建成时间" in w and "JX401" in w and "未作为核查结果报出" in w for w in got.warnings), got.warnings
    assert not [f for f in checked("2023年8月31日前").flags if f.rule in ("JX401", "JX402")]
    assert {"JX401", "JX402"} <= {f.rule for f in checked("2022年8月31日前", scan=False).flags}


def test_an_empty_row_between_the_fund_total_and_its_parts_does_not_end_them():
    """1415.scan (a binder clip's wire over the fund block): OCR left an empty line under 年度资金总额, the
    source rows below it were not read as its parts, and each was said as 像指标行但未读取 (a fund part is
    no indicator row). An empty row ends no breakdown; a row of another kind still does."""
    rows = [["项目名称", "测试项目", "", "", "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "930.00", "970.00", "959.00", "10", "98.87%", "9.89"],
            ["", "", "", "", "", "", "", ""],
            ["", "其中：中央补助资金", "600.00", "600.00", "600.00", "—", "—", "—"],
            ["", "省级财政资金", "250.00", "250.00", "250.00", "—", "—", "—"],
            ["", "县级财政资金", "80.00", "120.00", "109.00", "—", "—", "—"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "新建道路", "≥6.5公里", "6.6公里", "90", "89.16", ""]]
    rows = [r + [""] * (8 - len(r)) for r in rows]
    r = normalize_document(_doc(rows))
    p = r.projects[0]
    assert [(s.label, s.figures["executed"].value) for s in p.fund_sources] == \
        [("其中：中央补助资金", Decimal(6000000)), ("省级财政资金", Decimal(2500000)), ("县级财政资金", Decimal(1090000))]
    assert not [w for w in r.warnings if "像指标行但未读取" in w], r.warnings
    assert [i.level3 for i in r.indicators] == ["新建道路"]


def test_a_fund_record_in_codes_is_said_not_read(tmp_path):
    """A system's export writes the fund as a record whose labels are codes (Initial / Adjusted / Executed / Weight /
    Rate / Score): its one percentage is one figure over another (the rate), so it is a fund, but which figure is
    the budget, the execution, the weight or the score no label tells: none is read, and the warning names the
    record's figures."""
    from tests.text_rows import LEVELS, ROWS
    out = ["%rec: Head", "", "Name: 2023年某某县示范项目", "MoneyUnit: 万元", "", "%rec: Fund", "",
           "Source: 年度资金总额", "Initial: 600", "Adjusted: 650", "Executed: 630.5", "Weight: 10", "Rate: 97.00%",
           "Score: 9.7", "", "%rec: Row", ""]
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        out += [f"A: {l1}", f"B: {l2}", f"C: {name}", f"D: {target}", f"E: {actual}", f"F: {weight}", f"G: {score}", ""]
    f = tmp_path / "r.txt"
    f.write_text("\n".join(out), encoding="utf-8")
    recs = normalize_document(read_document(f))
    assert len(recs.indicators) == 3 and recs.projects[0].budget_full_year is None
    said = [w for w in recs.warnings if "项目资金记录的字段名为代码" in w]
    assert len(said) == 1 and "Rate 97.00%" in said[0] and "Executed 630.5" in said[0]


def _coded_fund_recfile(tmp_path, rate: str):
    """A recfile of a head, a fund record in codes (its rate written `rate`), a total and three rows in codes."""
    from tests.text_rows import LEVELS, ROWS
    out = ["%rec: Head", "", "Name: 2023年某某县示范项目", "MoneyUnit: 万元", "", "%rec: Fund", "",
           "Source: 年度资金总额", "Initial: 600", "Adjusted: 650", "Executed: 630.5", "Weight: 78", f"Rate: {rate}",
           "Score: 75.66", "", "%rec: Total", "", "Full: 100", "Total: 96.38", "Grade: 优", "", "%rec: Row", ""]
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        out += [f"A: {l1}", f"B: {l2}", f"C: {name}", f"D: {target}", f"E: {actual}", f"F: {weight}", f"G: {score}", ""]
    f = tmp_path / "r.txt"
    f.write_text("\n".join(out), encoding="utf-8")
    return f


def test_a_fund_record_in_codes_is_read_where_its_figures_tell_each_one(tmp_path):
    """The same record where the total's full points are stated: the fund's points are the full points less the
    indicators' weights (100 - 22 = 78), its score those points times the rate (75.66), the executed over the
    full-year budget the rate (630.5 / 650 = 97.00%), the one figure left the initial budget; read, and said how."""
    recs = normalize_document(read_document(_coded_fund_recfile(tmp_path, "97.00%")))
    p = recs.projects[0]
    assert p.total_weight_stated is not None and p.total_weight_stated.value == 100
    got = [x.value for x in (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated, p.fund_weight,
                             p.fund_score)]
    assert got == [Decimal("6000000"), Decimal("6500000"), Decimal("6305000"), Decimal("97.00"), Decimal("78"),
                   Decimal("75.66")]     # money in yuan (万元 × 10000), as every fund figure
    assert any("按数字之间的关系读取" in w for w in recs.warnings)


def test_a_column_blank_in_most_rows_is_no_indicator_name_where_the_cells_tell_the_roles(tmp_path):
    """Fields in codes standing in no form's order (an API's keys, sorted): a reason filled for the one shortfall
    stands before the name; the fits counting filled cells only would take it for the name. A form names every
    row's indicator: the roles are assigned again without the sparse column, which is the reason."""
    from tests.text_rows import LEVELS, ROWS
    out = ["%rec: Head", "", "Name: 2023年某某县示范项目", "", "%rec: Row", ""]
    for (l1, l2), (name, target, actual, weight, score) in reversed(list(zip(LEVELS, ROWS))):
        out += [f"actual: {actual}"] + (["ask: 招工延后，未达目标，下一步加强对接"] if score != weight else []) + \
            [f"first: {l1}", f"label: {name}", f"pts: {score}", f"second: {l2}", f"target: {target}", f"wt: {weight}", ""]
    f = tmp_path / "r.txt"
    f.write_text("\n".join(out), encoding="utf-8")
    recs = normalize_document(read_document(f))
    assert sorted((i.level3, i.target.raw, i.actual.raw) for i in recs.indicators) == sorted(r[:3] for r in ROWS)


def test_a_fund_record_in_codes_reads_a_rate_written_without_its_percent_sign(tmp_path):
    """A coded fund record whose rate is a bare number (an API's 97): the one figure that is one figure over another
    (the smaller over the larger), over figures that are no such figure themselves, is the rate (78 is 75.66 / 97
    too, over the rate itself: no rate); the rest read as where the rate is written with %."""
    p = normalize_document(read_document(_coded_fund_recfile(tmp_path, "97"))).projects[0]
    got = [x.value if x is not None else None for x in (p.budget_initial, p.budget_full_year, p.executed,
                                                        p.exec_rate_stated, p.fund_weight, p.fund_score)]
    assert got == [Decimal("6000000"), Decimal("6500000"), Decimal("6305000"), Decimal("97"), Decimal("78"),
                   Decimal("75.66")]


def test_fund_lines_in_a_programs_order_keep_a_line_naming_the_source_among_them(tmp_path):
    """label：value lines of the fund in a program's hash order: 资金来源：年度资金总额 (words, no figure) standing
    among the figures ends no run; the fund is read whole."""
    f = tmp_path / "r.txt"
    f.write_text("项目名称：2023年某某县示范项目\n全年执行数：1029.00\n得分：9.80\n资金来源：年度资金总额\n年初预算数：1000.00\n"
                 "执行率：98.00%\n分值：10\n全年预算数：1050.00\n", encoding="utf-8")
    p = normalize_document(read_document(f)).projects[0]
    assert [x.q.raw if x is not None else None for x in (p.budget_initial, p.budget_full_year, p.executed,
                                                         p.exec_rate_stated, p.fund_weight, p.fund_score)] == \
        ["1000.00", "1050.00", "1029.00", "98.00%", "10", "9.80"]


def test_one_row_tables_without_a_header_are_read_by_their_values_as_coded_records(tmp_path):
    """A database client printing each query's rows without column names (spark-sql): the head's one row and the
    fund's one row are records whose labels are their columns' places; the name by its shape, the total by its
    grade and full points, the fund by its figures' arithmetic, as a record in codes is read."""
    from tests.text_rows import LEVELS, ROWS
    out = ["spark-sql> select * from xm;", "\t".join(("X-01", "2023", "2023年某某县示范项目", "某某县农业农村局", "万元",
                                                     "100", "96.72", "优")), "Time taken: 1.2 seconds, Fetched 1 row(s)",
           "spark-sql> select * from zj;", "\t".join(("X-01", "年度资金总额", "600.00", "650.00", "630.50", "78", "97.00%",
                                                     "75.66")), "Time taken: 0.8 seconds, Fetched 1 row(s)",
           "spark-sql> select * from zb;"]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        out.append("\t".join(("X-01", str(k), l1, l2, name, target, actual, weight, score,
                              "招工延后" if score != weight else "NULL")))
    out.append("Time taken: 1.7 seconds, Fetched 3 row(s)")
    f = tmp_path / "r.txt"
    f.write_text("\n".join(out) + "\n", encoding="utf-8")
    recs = normalize_document(read_document(f))
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目" and p.total_score_stated.q.raw == "96.72"
    assert [x.q.raw if x is not None else None for x in (p.budget_initial, p.budget_full_year, p.executed,
                                                         p.exec_rate_stated, p.fund_weight, p.fund_score)] == \
        ["600.00", "650.00", "630.50", "97.00%", "78", "75.66"]


def test_a_bracketed_level_pair_line_sets_the_levels_of_the_numbered_clause_lines_under_it():
    """Numbered indicator lines of clauses (N. 名称：年度指标值…，实际完成值…，分值…，得分…) under lines naming both
    levels (【产出指标·数量指标】, as a chat message types them): each line's levels are its pair's, and the run goes
    on past the pair line; a pair line is no indicator."""
    lines = ["【产出指标·数量指标】", "1. 新建茶园：年度指标值≥3000亩，实际完成值3150亩，分值8，得分8",
             "2. 改造茶园：年度指标值≥1.2万亩，实际完成值1.26万亩，分值7，得分7", "【效益指标·社会效益指标】",
             "3. 带动茶农增收：年度指标值≥2.5万户，实际完成值2.6万户，分值8，得分8"]
    doc = Document(source="mem", format="txt", sha256="",
                   blocks=[Paragraph(t, Location("mem", block=k, line=k + 1)) for k, t in enumerate(lines)])
    recs = normalize_document(doc)
    assert [(i.level3, i.level1, i.level2_raw) for i in recs.indicators] == [
        ("新建茶园", "产出指标", "数量指标"), ("改造茶园", "产出指标", "数量指标"), ("带动茶农增收", "效益指标", "社会效益指标")]


def test_units_in_a_coded_project_record_are_read_by_their_names_head_nouns_and_said(tmp_path):
    """A project record in codes (894, 915, 1468, 1469, 1471: pinyin or English keys) with two units' names: no
    label says which is 主管部门 and which 实施单位, but the names' head nouns do: an organ (…农业农村局) answers
    for the budget, an institution (…推广中心) does the work under it. Read so (the unit the department, as a
    labelled form's), and said; the same two written the other way round read the same."""
    from tests.text_rows import LEVELS, ROWS
    for first, second in (("某某县农业农村局", "某某县农业技术推广中心"), ("某某县农业技术推广中心", "某某县农业农村局")):
        out = ["%rec: Head", "", "Name: 2023年某某县示范项目", "Ua: " + first, "Ub: " + second, "MoneyUnit: 万元", "",
               "%rec: Row", ""]
        for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
            out += [f"A: {l1}", f"B: {l2}", f"C: {name}", f"D: {target}", f"E: {actual}", f"F: {weight}",
                    f"G: {score}", ""]
        f = tmp_path / "r.txt"
        f.write_text("\n".join(out), encoding="utf-8")
        recs = normalize_document(read_document(f))
        p = recs.projects[0]
        assert (p.department, p.agency, p.unit, recs.unit) == ("某某县农业农村局", "某某县农业技术推广中心",
                                                              "某某县农业农村局", "某某县农业农村局")
        assert p.department_loc is not None and p.agency_loc is not None
        assert any("按名称的结尾判断" in w for w in recs.warnings)


def test_a_section_row_naming_levels_by_their_labels_sets_the_levels_and_is_no_header_row():
    """1466: section rows 一级指标：产出指标　　二级指标：数量指标 over the rows of each level (no level column): the
    first, right under the header, was taken for a second header row (its 二级指标 making 序号 a level-2 column), a
    later one voted the 序号 column a level column too, so every row was said misaligned and none read. Each is a
    section row by its labels' grammar: the levels of the rows below it."""
    rows = [["项目名称", "测试项目", "", "", "", ""], ["序号", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["一级指标：产出指标\u3000\u3000二级指标：数量指标", "", "", "", "", ""],
            ["1", "新建果园", "≥10000亩", "10400亩", "10", "10"], ["2", "建设设施", "≥2000亩", "2050亩", "8", "8"],
            ["一级指标：效益指标\u3000\u3000二级指标：社会效益指标", "", "", "", "", ""],
            ["3", "带动农户", "≥8000户", "7600户", "8", "7.6"]]
    r = normalize_document(document(rows))
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.score.raw) for i in r.indicators] == [
        ("产出指标", "数量指标", "新建果园", "≥10000亩", "10"), ("产出指标", "数量指标", "建设设施", "≥2000亩", "8"),
        ("效益指标", "社会效益指标", "带动农户", "≥8000户", "7.6")]
    assert not [w for w in r.warnings if "无法对齐" in w]


def test_two_line_records_under_a_two_row_header_whose_second_row_tiles_the_name_head_are_joined():
    """1466 (.xlsx / .xls / .pdf): 三级指标 over four columns, the header's second row tiling them two by two (年度指标值 |
    实际完成值), 序号 / 分值 / 得分 merged down both rows; each record its name over the four columns, its target and
    actual under it two columns each, its 序号 and points merged down both lines. Each record read as one
    indicator (the second row of the header tells which columns of its second line hold which field), said."""
    head = ("<tr><td rowspan=2>序号</td><td colspan=4>三级指标</td><td rowspan=2>分值</td><td rowspan=2>得分</td></tr>"
            "<tr><td colspan=2>年度指标值</td><td colspan=2>实际完成值</td></tr>")
    body = ""
    for k, (levels, name, target, actual, weight, score) in enumerate((
            ("一级指标：产出指标　　二级指标：数量指标", "新建果园", "≥1万亩", "1.04万亩", "10", "10"),
            ("", "建设设施", "≥2000亩", "2050亩", "8", "8"),
            ("一级指标：效益指标　　二级指标：经济效益指标", "综合产值", "≥100亿元", "92亿元", "10", "9.2")), 1):
        body += f"<tr><td colspan=7>{levels}</td></tr>" if levels else ""
        body += (f"<tr><td rowspan=2>{k}</td><td colspan=4>{name}</td><td rowspan=2>{weight}</td>"
                 f"<td rowspan=2>{score}</td></tr><tr><td colspan=2>{target}</td><td colspan=2>{actual}</td></tr>")
    r = normalize_document(_html(head + body))
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw)
            for i in r.indicators] == [("产出指标", "数量指标", "新建果园", "≥1万亩", "1.04万亩", "10", "10"),
                                       ("产出指标", "数量指标", "建设设施", "≥2000亩", "2050亩", "8", "8"),
                                       ("效益指标", "经济效益指标", "综合产值", "≥100亿元", "92亿元", "10", "9.2")]
    assert any("名称单独占一行" in w and "共3个指标" in w for w in r.warnings)


def test_a_bare_total_on_its_own_line_beside_the_labelled_score_is_the_full_marks():
    """1447 / 1472 / 1473: a query's one row of the total read as its label：value lines (总分：100.00 / 自评得分：99.00
    / 自评等级：优): the score is the labelled one, and the bare 总分 next to it the full marks (total_weight_stated),
    which was left unread."""
    rows = [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建果园", "≥1500亩", "1530亩", "10", "10"]]
    doc = document(rows)
    for k, text in enumerate(["总分：100.00", "自评得分：99.00", "自评等级：优"]):
        doc.blocks.append(Paragraph(text=text, loc=Location("mem", block=len(doc.blocks), line=k + 1)))
    p = normalize_document(doc).projects[0]
    assert (p.total_weight_stated.raw, p.total_score_stated.raw, p.grade_stated) == ("100.00", "99.00", "优")


def test_a_fund_record_with_another_field_between_its_lines_is_read_whole():
    """Issue 21 (1461: a Lotus Notes export, each document's fields in hash order): the fund document's
    `$UpdatedBy:  CN=…` stood between 年初预算数: 900 and 全年预算数: 900, ended the run of the fund's
    label：figure lines there, and the initial budget went unread, said nowhere. One label：value line of
    another field between two of the fund's clauses is passed over; two such lines end the run."""
    def notes(between: str) -> str:
        return ("Form:  项目\n项目名称:  2023年某县蔬菜产业发展项目\n主管部门:  某县农业农村局\n\n"
                f"Form:  资金\n资金来源:  年度资金总额\n年初预算数:  900\n{between}全年预算数:  900\n全年执行数:  873\n"
                "分值:  10\n执行率:  97.00%\n得分:  9.7\n$Revisions:  2024/03/18 10:07:13\n\n"
                "Form:  指标\n一级指标:  产出指标\n二级指标:  数量指标\n三级指标:  新建蔬菜预冷库\n"
                "年度指标值:  ≥10座\n实际完成值:  10座\n分值:  7\n得分:  7\n\n"
                "Form:  指标\n一级指标:  产出指标\n二级指标:  数量指标\n三级指标:  推广水肥一体化技术\n"
                "年度指标值:  ≥8000亩\n实际完成值:  8400亩\n分值:  6\n得分:  6\n")
    [p] = normalize_document(read_bytes(notes("$UpdatedBy:  CN=王某某/OU=计财股/O=ZBNY\n").encode(), "r.txt")).projects
    got = [f.q.raw for f in (p.budget_initial, p.budget_full_year, p.executed, p.fund_score)]
    assert got == ["900", "900", "873", "9.7"]
    [p] = normalize_document(read_bytes(notes("$UpdatedBy:  CN=王某某\n$Readers:  [jxgl]\n").encode(), "r.txt")).projects
    assert p.budget_initial is None and p.budget_full_year.q.raw == "900"


def test_a_scans_unit_one_character_off_read_surely_is_the_prints_and_raises_the_typo():
    """1427.scan: the form prints 12.6万屯 beside ≥12万吨 (a typist's slip); OCR read 屯 right, at 0.998, and
    the reader's mend of a recogniser's slip (quantity.misread_unit, made for 908.scan's ≥1.5万大 read at 0.938)
    read it 吨, so JX802 was not raised. A cell the recogniser read surely (0.99 or more, as sure lines read)
    keeps its unit as printed and the rule finds the slip; a cell read unsurely is mended and said, as before."""
    rows = [["项目名称", "2023年测试项目", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["效益指标", "经济效益指标", "芒果鲜果产量", "≥12万吨", "12.6万屯", "8", "8", ""],
            ["产出指标", "数量指标", "新建果园", "≥2个", "2个", "5", "5", ""]]

    def read(confidence):
        doc = document(rows, fmt="pdf-ocr", confidence=confidence)
        recs = normalize_document(doc)
        return recs, recs.indicators[0].actual.q.unit, [f.rule for f in check(recs)]
    recs, unit, rules = read(0.998)
    assert unit == "屯" and "JX802" in rules and not any("只差一字" in w for w in recs.warnings)
    recs, unit, rules = read(0.94)
    assert unit == "吨" and "JX802" not in rules and any("只差一字" in w for w in recs.warnings)


def test_a_scans_figures_whose_points_closed_up_are_doubted_by_their_neighbours_and_said():
    """1418.scan (a despeckled bilevel scan, every decimal point gone and no blank left for some): the 其中
    row's 700.00 read 70000 beside its 700.00 / 700.00 (false JX201 / JX204), a score 7.36 read 736 of 8 (false
    JX301), 2.05万亩 read 205万亩 beside ≥2万亩, all SILENT. A figure with no point whose magnitude disagrees
    with its neighbours by ten times or more, and agrees with a point set: the source's is read back where the
    sources then add up to the total (said), the rows are named doubtful, their flags held back and said. A
    typed file keeps its figures and its flags."""
    from jixiao.rules import check_document
    rows = [["项目名称", "2023年测试项目", "", "", "", "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "1,000.00", "1,080.00", "1,066.00", "10", "98.70%", "9.87"],
            ["", "其中：中央财政资金", "700.00", "700.00", "70000", "", "", ""],
            ["", "省级财政资金", "200.00", "200.00", "200.00", "", "", ""],
            ["", "县级财政资金", "100.00", "180.00", "166.00", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "改造老旧果园", "≥2万亩", "205万亩", "6", "6", ""],
            ["产出指标", "数量指标", "建设冷链仓储设施", "≥8座", "8座", "6", "6", ""],
            ["效益指标", "经济效益指标", "果农人均增收", "≥1500元", "1380元", "8", "736", "价格下降"]]
    rows = [r + [""] * (8 - len(r)) for r in rows]

    def read(scan):
        doc = _doc(rows, scan=scan)
        if scan:
            doc.format = "pdf-ocr"
        recs = normalize_document(doc)
        return recs, check_document(recs)
    recs, got = read(True)
    [p] = recs.projects
    assert p.fund_sources[0].figures["executed"].value == Decimal(7000000)
    assert any("识别为 70000" in w and "读作 700.00" in w for w in recs.warnings)
    doubted = {i.level3 for i in recs.indicators if i.doubt}
    assert doubted == {"改造老旧果园", "果农人均增收"}, doubted
    assert not {f.rule for f in got.flags} & {"JX201", "JX204", "JX301"}, [f.rule for f in got.flags]
    assert any("果农人均增收" in w and "JX301" in w and "未作为核查结果报出" in w for w in got.warnings)
    typed, got = read(False)
    assert {"JX201", "JX301"} <= {f.rule for f in got.flags} and not any(i.doubt for i in typed.indicators)


def test_a_line_naming_a_fund_source_is_money_words_not_a_place():
    """Among a program's fund lines in hash order, 资金来源：年度资金总额 (or 其中：财政拨款) names the record's source and
    goes on with the run; 主管部门：市财政局 opens as a source row may (市) but names a unit, no money, so it is no such line."""
    from jixiao.normalize import _names_source
    assert _names_source("资金来源：年度资金总额") and _names_source("资金来源: 其中：财政拨款") and _names_source("来源：其他资金")
    assert not _names_source("主管部门：市财政局") and not _names_source("实施单位：县农业农村局")
    assert not _names_source("联系人：单位办公室") and not _names_source("全年执行数：90")


def test_a_headless_one_row_record_keeps_each_figure_in_its_own_cell():
    """A query's one row printed without its column names (spark-sql) names the project and states the total: the
    name, the total and the grade each cite the cell they are written in, not the row's first cell (the code)."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["产出指标", "数量指标", "新建基地", "≥4000亩", "4150亩", "50", "50"],
            ["满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "92.7%", "50", "47.8"]]
    doc = document([["469023-0017", "2023", "2023年澄迈县福橙产业发展项目", "澄迈县农业农村局", "万元", "100", "97.80", "优"]],
                   [head, *rows])
    recs = normalize_document(doc)
    p, = recs.projects
    assert p.name == "2023年澄迈县福橙产业发展项目" and p.name_loc.col == 2
    assert p.total_score_stated.q.value == Decimal("97.80") and p.total_score_stated.loc.col == 6
    assert p.grade_stated == "优" and p.grade_loc.col == 7


def test_a_headless_one_row_record_is_said_to_have_no_field_names_not_codes():
    """The units in a query's one row printed without its column names are said (read by their names' endings, or
    unread) as a row with NO field names (its columns' places stand for them), not as one whose names are codes."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["产出指标", "数量指标", "新建基地", "≥4000亩", "4150亩", "50", "50"],
            ["满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "92.7%", "50", "47.8"]]
    doc = document([["469023-0017", "2023", "2023年澄迈县福橙产业发展项目", "澄迈县农业农村局", "澄迈县热带作物服务中心",
                     "万元", "100", "97.80", "优"]], [head, *rows])
    said = [w for w in normalize_document(doc).warnings if "个单位名称" in w]
    assert len(said) == 1 and "无字段名" in said[0] and "字段名为代码" not in said[0], said


def test_a_table_that_reads_nothing_names_every_row_between_its_rows_looking_like_indicator_rows():
    """Issue 21 (1499.pdf: the PDF reader built a false aligned table out of a task list's fragments, ：目 | 标 |
    ≥5000亩 | ，完 | 成 | 5150亩（分值10): nothing read, 10 rows said, and the rows between them whose values were a
    date or words (2023年11月30日前，| 完成 | 2023年11月20日; ：目 | 标 | 持续提升 | ，完 | 成 | 持续提升（分值1) NOT NAMED.
    Where a table reads nothing, each row between its first and last row looking like an indicator row that
    holds two filled cells or more and is no level heading or header is counted and named too
    (unread_rows.UnreadRows._between); a row of one name over a row of figures stays counted with them, once."""
    rows = [["：目", "标", "", "≥5000亩", "", "，完", "成", "", "", "5150亩（分值10"],
            ["标", "≥3000亩，", "完成", "", "", "3080亩（分值8，得分", "", "", "", ""],
            ["目标", "", "≥20座，", "完成", "", "", "21座", "（分值6，得分6", "）", ""],
            ["：目", "标", "", "≥98%", "，完", "成", "", "", "99.2%（分值6，得", ""],
            ["2023年11月30日前，", "", "完成", "", "", "2023年11月20日", "", "", "", ""],
            ["目标", "", "≤800元", "，完", "成", "", "", "800元（分值6，得分", "", ""],
            ["目标", "", "≥12000元", "，完", "成", "", "", "10200元（分值10", "", ""],
            ["≥3000户，完", "成", "", "3160户", "", "（分值6，得分6", "）", "", "", ""],
            ["：目", "标", "", "≥8000人次", "，完", "成", "", "", "", "8420人次（分"],
            ["标", "≥90%，完", "成", "92%", "（分", "值8，得分8）", "", "", "", ""],
            ["：目", "标", "", "持续提升", "", "，完", "成", "", "", "持续提升（分值1"],
            ["≥90%", "，完成", "95%（", "", "分值", "5", "", "，得分5）", "", ""],
            ["标", "≥85%，完", "成", "90%", "（分", "值5，得分5）", "", "", "", ""]]
    recs = normalize_document(document(rows, fmt="pdf"))
    assert not recs.indicators
    named = [w for w in recs.warnings if "像指标行但未读取" in w]
    assert any("2023年11月30日前，｜完成｜2023年11月20日" in w for w in named), recs.warnings
    assert any("：目｜标｜≥8000人次" in w for w in named), recs.warnings
    assert any("本表有12行像指标行" in w for w in recs.warnings), recs.warnings
    assert recs.unread_rows == 12, (recs.unread_rows, recs.warnings)


def test_a_case_summarys_closing_count_row_is_no_total_and_is_said():
    """A statistics tool's case summary (SPSS SUMMARIZE) lists each sheet with the case numbers down the left
    and closes with a row COUNTING the rows (总计 N | 1 | 1, the same count under the text columns too): no
    total, no figures. The head, the fund and the total read as the tables they list; the count row is said."""
    from .documents import document
    head = [["", "项目名称", "主管部门"], ["1", "测试项目", "某县农业农村局"], ["总计 N", "1", "1"]]
    fund = [["", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["1", "年度资金总额", "700.00", "720.00", "705.60", "10.00", "98.00%", "9.80"],
            ["总计 N", "1", "1", "1", "1", "1", "1", "1"]]
    ind = [["", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
           ["1", "产出指标", "数量指标", "新建基地", "≥1万亩", "1.06万亩", "45.00", "45.00"],
           ["2", "", "质量指标", "验收合格率", "100%", "100%", "45.00", "45.00"],
           ["总计 N", "2", "2", "2", "2", "2", "2", "2"]]
    total = [["", "总分", "自评等级"], ["1", "99.80", "优"], ["总计 N", "1", "1"]]
    r = normalize_document(document(head, fund, ind, total))
    (p,) = r.projects
    assert (p.name, p.budget_initial.value, p.total_score_stated.value, p.grade_stated) == \
        ("测试项目", Decimal(7000000), Decimal("99.80"), "优")
    assert [i.level3 for i in r.indicators] == ["新建基地", "验收合格率"]
    assert sum("计数行" in w for w in r.warnings) == 4
    # a total row of a table of figures counts nothing: no text column has its figure under it
    counts = [["乡镇", "新建基地（个）", "改造村（个）"], ["城关镇", "1", "1"], ["河口乡", "1", "1"], ["合计", "2", "2"]]
    from jixiao.normalize.table_views import count_row
    assert count_row(document(counts).tables()[0]) is None


def test_a_fund_header_line_over_figures_left_unread_is_said():
    """A statistics tool's print of the fund (a row-number column first: 行 / 1) as two lines no reader
    rebuilt into a table: the money went unread, and that is said with the line, not left silent."""
    from .documents import document
    ind = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
           ["产出指标", "数量指标", "新建基地", "≥1万亩", "1.06万亩", "90", "90"]]
    r = normalize_document(document("项目名称：测试项目",
                                     "行  资金来源      年初预算数  全年预算数  全年执行数  资金分值  执行率  资金得分",
                                     " 1  年度资金总额     1500.00     1500.00     1452.00        10  96.80%      9.68",
                                     ind, fmt="txt"))
    assert r.projects[0].budget_initial is not None or \
        any("资金表表头" in w and "未能读取" in w for w in r.warnings), r.warnings
    # read, nothing said of it; a header with no figures below it says nothing either
    r = normalize_document(document("项目名称：测试项目", "资金来源  年初预算数  全年预算数  全年执行数", "说明：无", ind,
                                    fmt="txt"))
    assert not any("资金表表头" in w for w in r.warnings)


def test_a_rate_written_as_a_ratio_in_label_value_lines_reads_as_a_percentage_and_is_said():
    """The fund as `label：value` lines (a program's name=value listing rewritten so) with the rate the cell's
    value 0.97 beside 921.5 of 950: 97%, said, as a fund table's ratio is; not 0.97%."""
    from .documents import document
    ind = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
           ["产出指标", "数量指标", "新建基地", "≥1万亩", "1.06万亩", "90", "90"]]
    r = normalize_document(document("项目名称：测试项目", "金额单位：万元", "年初预算数：900", "全年预算数：950",
                                    "全年执行数：921.5", "分值：10", "执行率：0.97", "得分：9.7", ind, fmt="txt"))
    p = r.projects[0]
    assert (p.executed.value, p.exec_rate_stated.value) == (Decimal(9215000), Decimal(97)), p.exec_rate_stated
    assert any("按比值读取" in w for w in r.warnings)


def test_rows_whose_figures_are_all_labelled_are_named_when_left_unread():
    """1550.pdf (an .xlsx whose field names live only in number formats, printed: some cells show 年度指标值：≥95%,
    others the bare ≥120000亩, and no header row): no row is read; the rows of bare figures were named, but those
    whose every figure carries its label (年度指标值：… / 实际完成值：… / 分值：… / 得分：…) did not look like indicator
    rows and went unnamed, 4 of 13. A cell that is one field's label and its value counts as its value
    (unread_rows._unlabelled): every row left unread is counted and named."""
    from jixiao.normalize import columns
    from jixiao.normalize.unread_rows import _unlabelled
    row = ["", "生态效益指标", "秸秆综合利用率", "年度指标值：≥95%", "实际完成值：96.5%", "分值：6", "得分：6"]
    assert not columns.indicator_like(row)
    assert _unlabelled(row) == ["", "生态效益指标", "秸秆综合利用率", "≥95%", "96.5%", "6", "6"]
    assert columns.indicator_like(_unlabelled(row))
    assert _unlabelled(["总分", "说明：见附件"])[0] == "总分"


def test_numbered_clause_lines_labelled_by_the_bare_stems_of_target_and_result_are_read():
    """A numbered line typed by hand in a chat (n.一级-二级-三级：目标…，完成…，分值…，得分…): 目标 / 完成 are the
    bare stems of a value's role (vocab.value_role), which head no column alone but label a sentence's figures;
    the level path before the name gives the levels; a value in words after 目标 / 完成 ends where the labels the
    other lines write before a figure end, the first one after the name's colon included."""
    lines = ["1.产出指标-数量指标-推广良种面积：目标≥20000亩，完成20500亩，分值8分，得分8分",
             "2.效益指标-经济效益指标-亩均单产：目标≥300公斤，完成285公斤，分值10分，得分9.50分（7月冰雹灾害减产）",
             "3.效益指标-可持续影响指标-良种覆盖率：目标稳步提升，完成稳步提升，分值6分，得分6分"]
    doc = Document(source="mem", format="txt", sha256="",
                   blocks=[Paragraph(t, Location("mem", block=k, line=k + 1)) for k, t in enumerate(lines)])
    recs = normalize_document(doc)
    assert [(i.level1, i.level2_raw, i.level3, i.target.q.raw, i.actual.q.raw, str(i.score.value))
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "推广良种面积", "≥20000亩", "20500亩", "8"),
        ("效益指标", "经济效益指标", "亩均单产", "≥300公斤", "285公斤", "9.50"),
        ("效益指标", "可持续影响指标", "良种覆盖率", "稳步提升", "稳步提升", "6")]
    assert not recs.unread_rows


def test_points_closed_by_a_remark_in_brackets_are_the_points_and_the_remark_the_reason():
    """得分9.50分（7月冰雹灾害减产） ending a numbered clause line: the points are 9.50 (a figure in the remark is no
    part of them) and the remark is the row's reason."""
    lines = ["1.推广良种面积：年度指标值≥20000亩，实际完成值20500亩，分值8分，得分8分",
             "2.亩均单产：年度指标值≥300公斤，实际完成值285公斤，分值10分，得分9.50分（7月冰雹灾害减产）"]
    doc = Document(source="mem", format="txt", sha256="",
                   blocks=[Paragraph(t, Location("mem", block=k, line=k + 1)) for k, t in enumerate(lines)])
    recs = normalize_document(doc)
    assert [(i.level3, str(i.score.value) if i.score else None, i.reason) for i in recs.indicators] == [
        ("推广良种面积", "8", ""), ("亩均单产", "9.50", "7月冰雹灾害减产")]


def test_a_level_1_subtotal_row_is_checked_as_a_subtotal_not_said_as_an_unread_indicator():
    """1578 (written blind): a row closing each level-1 group, its label the level 1 and 小计 merged over the
    label and value columns (效益指标小计 | 32 | 30.40). It sums its group: read as a 小计 (checked against
    the rows above it), so a sum that is off is said as such, not as a row that looks like an indicator
    and was left unread; one that adds up is read quietly."""
    def doc(score: str):
        rows = [("产出指标", "数量指标", "建设基地", "≥100亩", "102亩", "30", "30"),
                ("产出指标", "质量指标", "验收合格率", "100%", "100%", "20", "20"),
                ("效益指标", "经济效益指标", "亩均增收", "≥3000元", "2400元", "25", "20"),
                ("效益指标", "社会效益指标", "带动农户", "≥400户", "410户", "25", "25")]
        body = ""
        for a, b in ((0, 2), (2, 4)):
            body += "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows[a:b])
            group = rows[a][0]
            total = score if group == "效益指标" else "50.00"
            body += f"<tr><td colspan=5>{group}小计</td><td>50</td><td>{total}</td></tr>"
        head = "<tr>" + "".join(f"<th>{h}</th>" for h in ("一级指标", "二级指标", "三级指标", "年度指标值",
                                                          "实际完成值", "分值", "得分")) + "</tr>"
        return normalize_document(_html(head + body + "<tr><td colspan=5>总分</td><td>100</td><td>95.00</td></tr>"))
    right, wrong = doc("45.00"), doc("46.00")
    assert len(right.indicators) == len(wrong.indicators) == 4
    assert not [w for w in right.warnings if "小计" in w], right.warnings
    # the sum at the stated figure's places (45.00 beside 46.00, not 45)
    assert [w for w in wrong.warnings if w.endswith("小计行得分 46.00，与其上各项之和 45.00 不符")], wrong.warnings
    assert not [w for w in wrong.warnings if "像指标行但未读取" in w], wrong.warnings
    assert wrong.unread_rows == right.unread_rows


def _pair_cells_doc(joint: str, odd: str | None = None):
    """A table whose 指标值及完成情况 column holds 目标：X{joint}实际：Y on each row (1580's cell, its two parts
    parted by `joint`); `odd` replaces the first row's cell."""
    rows = [("产出指标", "数量指标", "建设基地", "≥100亩", "102亩", "30", "30"),
            ("产出指标", "质量指标", "验收合格率", "100%", "100%", "20", "20"),
            ("效益指标", "经济效益指标", "亩均增收", "≥3000元", "2400元", "25", "20"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "95%", "25", "25")]
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in ("一级指标", "二级指标", "三级指标", "指标值及完成情况",
                                                      "分值", "得分")) + "</tr>"
    body = "".join(f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td>"
                   f"<td>{odd if odd is not None and k == 0 else f'目标：{r[3]}{joint}实际：{r[4]}'}</td>"
                   f"<td>{r[5]}</td><td>{r[6]}</td></tr>" for k, r in enumerate(rows))
    return normalize_document(_html(head + body + "<tr><td colspan=4>总分</td><td>100</td><td>95</td></tr>"))


def test_a_labelled_target_and_result_parted_by_a_space_are_split():
    """1580 (written blind) parts 目标：≥20000亩 and 实际：20500亩 by ；. A typist parts them by a space as often
    (a full-width one too): the label after the space is the second part's, as after ； or a line break
    (quantity._CELL_LABEL), so the target and the result are read, not the whole cell as the result."""
    for joint in (" ", "\u3000", "  "):
        recs = _pair_cells_doc(joint)
        assert [(i.target.raw, i.actual.raw) for i in recs.indicators] == [
            ("≥100亩", "102亩"), ("100%", "100%"), ("≥3000元", "2400元"), ("≥90%", "95%")], repr(joint)


def test_labels_run_into_their_values_with_no_separator_are_split():
    """A typist may leave out the colons and the separator (目标≥100亩实际102亩): the cell opens with a role's
    label and the other role's label opens the second value. It was said, not split (the target unread); the
    label grammar (vocab.role_stem) and the segmenter's word boundaries now part it where the unit ends (亩|实际,
    万元|实际完成), and keep an operator word with its value (目标值|不少于15盏)."""
    cells = {"目标≥100亩实际102亩": ("≥100亩", "102亩"), "目标值不少于100亩实际完成102亩": ("不少于100亩", "102亩"),
             "实际完成102亩计划100亩": ("100亩", "102亩"), "计划100亩实际完成102亩": ("100亩", "102亩")}
    for cell, pair in cells.items():
        recs = _pair_cells_doc("；", odd=cell)
        assert (recs.indicators[0].target.raw, recs.indicators[0].actual.raw) == pair, cell
        assert not [w for w in recs.warnings if cell in w], cell
    # words, not figures, after the labels: no split the figures could bear out
    assert split_pair("目标健全实际健全") is None and split_pair("完成率≥95%") is None


def test_a_cell_of_a_target_and_result_column_that_does_not_split_is_said():
    """Under a head naming both (指标值及完成情况), a cell that holds no pair the reader can split (one value
    alone) was read as the result with no target, SAID NOWHERE: the row now says its target went unread
    and why."""
    recs = _pair_cells_doc("；", odd="实际102亩")
    first = recs.indicators[0]
    assert not first.target.raw
    [w] = [w for w in recs.warnings if "实际102亩" in w]
    assert "未能拆分" in w and "指标值未读取" in w, w
    assert [(i.target.raw, i.actual.raw) for i in recs.indicators[1:]] == [
        ("100%", "100%"), ("≥3000元", "2400元"), ("≥90%", "95%")]


def test_a_head_row_of_labels_each_with_its_value_is_no_indicator_row_left_unread():
    """Issue 21 (1639, Ningxia): the head's 项目负责人 | 杨某某 | 联系电话 | 0951-6021XXXX was named 像指标行但未读取
    (the phone number parses as a range, a figure). A row of labels each followed by its value (unread.label_pairs,
    as the silent-document check reads 联系人 | 吴俊 | 联络电话 | 8690022) is the form's head, not an indicator."""
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["主管部门", "测试局", "", "", "实施单位", "测试中心", "", ""],
            ["项目负责人", "杨某某", "", "", "联系电话", "0951-6021XXXX", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "96.00", "96.00", "94.27", "10", "98.20%", "9.82"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "接待群众来访批次", "≥1800批次", "1926批次", "90", "90", ""]]
    r = normalize_document(document(rows))
    assert len(r.indicators) == 1
    assert not [w for w in r.warnings if "像指标行但未读取" in w], r.warnings


def test_a_head_row_of_a_label_and_a_long_code_is_no_indicator_row_left_unread():
    """Set 1708-1713 (1712, Chongqing): the head's 项目代码 | 500105231000012375 was named 像指标行但未读取 in the
    .xls, the .pdf and the scan (a name and a number). A run of twelve digits or more with no point, sign or unit
    (capital letters perhaps among them: a 统一社会信用代码) is an identifier, no measure: a row whose only figures
    are such is none of an indicator's. A row with a figure beside the code is still named."""
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["项目代码", "500105231000012375", "", "", "", "", "", ""],
            ["主管部门", "测试局", "", "", "实施单位", "测试中心", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "320.00", "320.00", "311.04", "10", "97.20%", "9.72"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "保障交易项目", "≥2000个", "2186个", "90", "90", ""]]
    r = normalize_document(document(rows))
    assert len(r.indicators) == 1
    assert not [w for w in r.warnings if "像指标行但未读取" in w], r.warnings
    rows[1] = ["统一社会信用代码", "12500105MB1234567X", "", "", "", "", "", ""]
    r = normalize_document(document(rows))
    assert not [w for w in r.warnings if "像指标行但未读取" in w], r.warnings
    from jixiao.normalize.unread import identifiers_only
    assert identifiers_only(["项目代码", "500105231000012375"])
    assert not identifiers_only(["新建基地", "500105231000012375", "8"])
    assert not identifiers_only(["新建基地", "1200000.00"]) and not identifiers_only(["预算编码", "906017"])
    assert not identifiers_only(["P", "522701230086", "2023年都匀市刺梨产业发展项目", "都匀市农业农村局"])


def test_a_level_cell_opened_by_its_outline_code_is_known_by_its_name():
    """1666: each level cell numbered as the template orders it (1.产出指标 / 1.1数量指标 / 1.1.1新建基地): the
    level 2 is its name without the code (数量指标, as 3.满意度指标's level 1 was), the indicator's name keeps
    its number as written."""
    from jixiao.normalize.vocab import level_forms, unnumbered_level
    rows = [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["1.产出指标", "1.1数量指标", "1.1.1新建贡柑基地", "≥3000亩", "3080亩", "8", "8"],
            ["2.效益指标", "2.1经济效益指标", "2.1.1亩均产值", "≥12000元", "10800元", "8", "7.2"]]
    r = normalize_document(_doc(rows))
    assert [(i.level1, i.level2, i.level2_raw, i.level3) for i in r.indicators] == [
        ("产出指标", "数量指标", "数量指标", "1.1.1新建贡柑基地"), ("效益指标", "经济效益指标", "经济效益指标", "2.1.1亩均产值")]
    assert unnumbered_level("2.4 可持续影响指标（8分）") == "可持续影响指标"
    assert level_forms("1.1数量指标")[:2] == ["1.1数量指标", "数量指标"]


def test_hundredth_weights_beside_scores_out_of_a_hundred_are_points_and_the_scores_their_share():
    """1668: 权重 0.08 / 0.06 … (0.90, the fund's 分值 10 the rest) beside 得分（百分制） 100 / 90: the weight is
    the hundredths × 100 and the score the points it is worth (0.08 × 90 = 7.2), said; the same with a plain
    得分 head where the stated total is the fund's score plus each weight × score; scores above the weight's
    points that the total does not explain stay as read."""
    def tables(score_head, total):
        fund = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                ["年度资金总额", "100.00", "100.00", "97.00", "97.00%", "10", "9.70"]]
        grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", score_head],
                ["产出指标", "数量指标", "新建基地", "≥4000亩", "4100亩", "0.40", "100"],
                ["效益指标", "经济效益指标", "亩均收入", "≥8000元", "7200元", "0.30", "90"],
                ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "92.7%", "0.20", "100"],
                ["总分", "", "", "", "", "1.00", total]]
        return fund, grid
    for head, total in (("得分（百分制）", "96.70"), ("得分", "96.70")):
        r = normalize_document(_docs(*tables(head, total)))
        assert [(i.weight.value, i.score.value) for i in r.indicators] == [(40, 40), (30, 27), (20, 20)], head
        assert any("得分为百分制" in w for w in r.warnings), r.warnings
    r = normalize_document(_docs(*tables("得分", "88.00")))
    assert [(i.weight.value, i.score.value) for i in r.indicators] == [
        (Decimal("0.40"), 100), (Decimal("0.30"), 90), (Decimal("0.20"), 100)]


def test_a_plans_targets_year_by_year_give_the_results_year_and_the_others_are_said():
    """1670: 绩效指标值（2024-2026年） over 2024年 | 2025年 | 2026年 beside 2025年实际完成值: the target read is the
    2025 column (the first was read, silently, before), the other years' columns named unread."""
    head = ('<tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th>'
            '<th colspan="3">绩效指标值（2024-2026年）</th><th rowspan="2">2025年实际完成值</th><th rowspan="2">分值</th>'
            '<th rowspan="2">得分</th></tr><tr><th>2024年</th><th>2025年</th><th>2026年</th></tr>')
    body = ("<tr><td>产出指标</td><td>数量指标</td><td>新建茶园</td><td>≥2000亩</td><td>≥3000亩</td><td>≥4000亩</td>"
            "<td>3050亩</td><td>8</td><td>8</td></tr>"
            "<tr><td>效益指标</td><td>经济效益指标</td><td>户均增收</td><td>≥2000元</td><td>≥2500元</td><td>≥3000元</td>"
            "<td>2250元</td><td>8</td><td>7.2</td></tr>")
    r = normalize_document(_html(head + body))
    assert [(i.target.raw, i.actual.raw) for i in r.indicators] == [("≥3000亩", "3050亩"), ("≥2500元", "2250元")]
    [said] = [w for w in r.warnings if "不对应指标记录的任何字段" in w]
    assert "第4列" in said and "2024年" in said and "第6列" in said and "2026年" in said and "第5列" not in said


def test_a_scans_level2_name_of_words_read_unsurely_on_every_row_it_names_is_said():
    """1679.scan: the merged 社会效益指标 cell cut by the page break, its lower half read 红云双盆佰怀 at 0.55, which
    the runner-up characters made words (江云双位佰怀: 江云 / 双位 to the segmenter), so _no_word held it a name
    of the province's own and both rows kept it in silence. A level-2 name that is no level label and no template
    name is said where it is mostly no words, or where every row it names was read unsurely (its cell spans them);
    read surely, words are a name as written."""
    rows = [["项目名称", "某区地方志编纂经费", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "征集地情资料", "≥1200件", "1286件", "30", "30"],
            ["效益指标", "江云双位佰怀", "地方志资政育人作用", "有效发挥", "有效发挥", "20", "20"],
            ["", "", "数字方志馆年访问量", "≥100000人次", "126800人次", "20", "20"],
            ["", "可持续影响指标", "地情资料数字化保存体系", "逐步完善", "逐步完善", "20", "20"]]

    def said(conf):
        scan = scanned(rows)
        t = scan.tables()[0]
        merged = next(c for c in t.cells if c.text == "江云双位佰怀")     # over both rows, as the scan's cell is
        merged.rowspan, merged.confidence = 2, conf
        t.cells.remove(t.cell_at(merged.row + 1, merged.col))
        r = normalize_document(scan)
        assert [i.level2_raw for i in r.indicators][1:3] == ["江云双位佰怀", "江云双位佰怀"]
        return [w for w in r.warnings if "“江云双位佰怀”" in w and "疑为识别有误" in w]
    got = said(0.55)
    assert len(got) == 1 and "2行" in got[0] and "地方志资政育人作用" in got[0]
    assert said(0.95) == []


def test_a_legend_table_keying_each_lettered_part_of_the_codes_alone():
    """1773: no level columns, each row keyed by a code of lettered facets (CC-SL-01: 一级-二级-序号),
    the letters keyed each ALONE in a legend that is a table of its own below (编码 | 含义: CC | 产出指标,
    SL | 数量指标): the levels are read from the code's parts, as from a prefix legend's (PA.1)."""
    from jixiao.normalize.code_legend import levels
    names = {"CC": "产出指标", "MY": "满意度指标", "SL": "数量指标", "FW": "服务对象满意度指标"}
    assert levels("CC-SL-01", names) == ("产出指标", "数量指标")
    assert levels("MY-FW-01", names) == ("满意度指标", "服务对象满意度指标")
    assert levels("CC-01-01", {"CC": "产出指标", "CC-01": "数量指标", "01": "质量指标"}) == ("产出指标", "数量指标")
    table = ("<table><tr><td>指标编码</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>"
             "<tr><td>CC-SL-01</td><td>改造校舍</td><td>≥12所</td><td>12所</td><td>30</td><td>30</td></tr>"
             "<tr><td>CC-ZL-01</td><td>验收达标率</td><td>100%</td><td>100%</td><td>30</td><td>30</td></tr>"
             "<tr><td>MY-FW-01</td><td>师生满意度</td><td>≥95%</td><td>96.1%</td><td>40</td><td>40</td></tr>"
             "<tr><td colspan=4>总分</td><td>100</td><td>100</td></tr></table>")
    key = ("<p>指标编码说明</p><table><tr><td>编码</td><td>含义</td></tr><tr><td>CC</td><td>产出指标</td></tr>"
           "<tr><td>MY</td><td>满意度指标</td></tr><tr><td>SL</td><td>数量指标</td></tr><tr><td>ZL</td><td>质量指标</td></tr>"
           "<tr><td>FW</td><td>服务对象满意度指标</td></tr></table>")
    recs = normalize_document(read_bytes(f'<html><head><meta charset="utf-8"></head><body>{table}{key}'
                                         "</body></html>".encode(), "c.html"))
    assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "改造校舍"), ("产出指标", "质量指标", "验收达标率"),
        ("满意度指标", "服务对象满意度指标", "师生满意度")]
    assert not any("未见其编码说明" in w for w in recs.warnings)


def test_level_heading_with_a_chinese_ordinal_is_known_by_its_name():
    """1841: the indicators under typed heading lines 一、产出指标 / （一）数量指标 with each indicator's name
    a line and its four figures label lines (the labels list text): the level is known by its name as the
    template names it (数量指标), the outline's Chinese ordinal (（一）, 一、) no part of it, as 1.1数量指标's code
    is not; a name that only opens with a numeral word (一般性指标) keeps it."""
    from jixiao.normalize.vocab import unnumbered_level
    assert unnumbered_level("（一）数量指标") == "数量指标"
    assert unnumbered_level("(二) 质量指标") == "质量指标"
    assert unnumbered_level("三、社会效益指标") == "社会效益指标"
    assert unnumbered_level("一般性指标") == "一般性指标"
    assert unnumbered_level("（一）") == "（一）"


def test_a_row_whose_target_and_result_are_a_figure_a_line_for_its_names_is_stacked_where_the_points_ran_together():
    """1877.scan: one sheet row per level 2, its indicators stacked by Alt+Enter; OCR ran each points cell's
    lines together (10⏎8⏎6 read 1086), so only the target and the result hold a line per name, two cells of
    four. No wrapped name has a figure a line under both: the row is stacked, and with its value cells
    disagreeing it is left unread and said, not read as one indicator of three names (weight 1086, false
    JX302 / JX303)."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [head,
            ["产出指标", "数量指标", "新建示范园\n建设处理中心\n培训果农", "≥5000亩\n≥4个\n≥2000人次",
             "5160亩\n4个\n2080人次", "1086", "1086"],
            ["产出指标", "质量指标", "新建村级综合\n服务中心", "≥3个\n（含改扩建）", "3个\n（含改扩建）", "10", "10"],
            ["总分", "", "", "", "", "34", "34"]]
    recs = normalize_document(_doc(rows))
    assert [i.level3.replace("\n", "") for i in recs.indicators] == ["新建村级综合服务中心"]
    assert recs.projects[0].rows_unread == 1
    assert any("分3行列出3个指标" in w and "分值1行" in w for w in recs.warnings), recs.warnings


def test_a_level_line_right_over_a_headerless_table_heads_its_first_rows():
    """1912.pdf (a mail merge printed, a level line per group and the rows as text): the last groups' figures,
    aligned by chance, read as a table with no header and no level column; its first row, under the level line
    just above the table, read with no level and nothing said. It takes that line's levels, said."""
    rows = [["茶园绿色防控覆盖率", "≥85%", "88%", "6", "6"],
            ["效益指标——可持续影响指标", "", "", "", ""],
            ["昌宁红茶品牌影响力", "持续提升", "持续提升", "10", "10"],
            ["满意度指标——服务对象满意度指标", "", "", "", ""],
            ["茶农满意度", "≥90%", "94%", "10", "10"]]
    r = normalize_document(document("项目支出绩效自评表", "效益指标——生态效益指标", rows))
    assert [(i.level1, i.level2, i.level3) for i in r.indicators] == [
        ("效益指标", "生态效益指标", "茶园绿色防控覆盖率"), ("效益指标", "可持续影响指标", "昌宁红茶品牌影响力"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度")]
    assert any("“效益指标——生态效益指标”为指标层级标题" in w for w in r.warnings)


def test_a_level2_column_read_blank_on_every_row_is_said():
    """1923.scan (level cells in rotated text): the stacked level 1 read once over every row, the level-2 cells
    turned 90 degrees left unread; every row read 产出指标 with no level 2, nothing said. Said."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "", "新建基地", "≥3万亩", "3.1万亩", "40", "40"],
            ["", "", "补植压砂地", "≥5000亩", "5200亩", "30", "30"],
            ["", "", "种植户满意度", "≥90%", "95%", "30", "30"]]
    r = normalize_document(document(rows))
    assert len(r.indicators) == 3
    assert any("表头有二级指标列，但3行均未读出二级指标" in w and "产出指标" in w for w in r.warnings)
    rows[2][1] = "数量指标"
    assert not any("均未读出二级指标" in w for w in normalize_document(document(rows)).warnings)
