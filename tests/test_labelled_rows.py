"""Indicator rows written a line each with every value cell labelled (目标 … | 完成 … | 分值/得分 a/b),
under group lines naming their levels (normalize.labelled_rows). The passages are made up in the
shape of an approval message pasted as text (corpus/native 457)."""
from decimal import Decimal

from jixiao.extract import read_document
from jixiao.normalize import normalize_document


def _read(tmp_path, text: str):
    path = tmp_path / "passage.txt"
    path.write_text(text, encoding="utf-8")
    return normalize_document(read_document(path))


HEAD = "【项目名称】2023年某县道路养护项目\n【绩效指标完成情况】\n"


def test_labelled_rows_are_indicator_rows_whatever_their_values_hold(tmp_path):
    recs = _read(tmp_path, HEAD + (
        "【产出指标·数量指标】\n"
        "1、养护道路里程 | 目标 ≥120公里 | 完成 126公里 | 分值/得分 20/20\n"
        "2. 新建港湾式停靠站 | 目标 ≥8个 | 完成 8个 | 分值/得分 10/10\n"
        "【产出指标·时效指标】\n"
        "（3）养护工程完工时间 | 目标 2023年10月31日前 | 完成 2023年10月20日 | 分值/得分 10/10\n"
        "【效益指标·可持续影响指标】\n"
        "①道路养护长效机制 | 目标 健全 | 完成 健全 | 分值/得分 20/20\n"
        "【满意度指标·服务对象满意度指标】\n"
        "5、沿线群众满意度 | 目标 ≥90% | 完成 88% | 分值/得分 20/19.56 | 偏差原因 施工期间交通不便\n"
        "【自评等级】优\n"))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
        ("产出指标", "数量指标", "新建港湾式停靠站", "≥8个", "8个", Decimal(10), Decimal(10)),
        ("产出指标", "时效指标", "养护工程完工时间", "2023年10月31日前", "2023年10月20日", Decimal(10), Decimal(10)),
        ("效益指标", "可持续影响指标", "道路养护长效机制", "健全", "健全", Decimal(20), Decimal(20)),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88%", Decimal(20), Decimal("19.56")),
    ]
    assert recs.indicators[2].target.q.op == "deadline" and recs.indicators[3].target.q.op == "qualitative"
    assert recs.indicators[4].reason == "施工期间交通不便"
    # each value points at the line it was written on
    assert [i.target.loc.line for i in recs.indicators] == [4, 5, 7, 9, 11]
    assert recs.unread_rows == 0


def test_a_labelled_row_that_does_not_read_whole_is_counted_and_named(tmp_path):
    recs = _read(tmp_path, HEAD + (
        "【产出指标·数量指标】\n"
        "1、养护道路里程 | 目标 ≥120公里 | 完成 126公里 | 分值/得分 20/20\n"
        "2、新建港湾式停靠站 | 目标 ≥8个 | 完成 8个 | 分值/得分 10\n"
        "3、更换护栏长度 | 目标 ≥5公里 | 完成 5.2公里 | 分值/得分 10/10\n"))
    assert [i.level3 for i in recs.indicators] == ["养护道路里程", "更换护栏长度"]
    assert recs.unread_rows == 1
    assert any("第5行" in w and "1行指标未读取" in w for w in recs.warnings)


def test_bracketed_keys_are_keys_of_key_value_lines(tmp_path):
    """An approval message writes its fields 【键】值: the fund's points (a two-field key over two
    figures), the total and the grade are read as their 键：值 lines are; the project is named by its
    【项目名称】 line."""
    recs = _read(tmp_path, (
        "【项目名称】2023年某县道路养护项目\n"
        "【预算执行】年初预算数800.00万元；全年预算数900.00万元；全年执行数882.00万元；执行率98.00%\n"
        "【资金分值/得分】10/9.80\n"
        "【绩效指标完成情况】\n"
        "【产出指标·数量指标】\n"
        "1、养护道路里程 | 目标 ≥120公里 | 完成 126公里 | 分值/得分 45/45\n"
        "2、新建港湾式停靠站 | 目标 ≥8个 | 完成 8个 | 分值/得分 45/45\n"
        "【自评总分】99.80（满分100）\n"
        "【自评等级】优\n"))
    [p] = recs.projects
    assert p.name == "2023年某县道路养护项目"
    assert (p.fund_weight.q.value, p.fund_score.q.value) == (Decimal(10), Decimal("9.80"))
    assert p.fund_score.loc.line == 3
    assert p.total_score_stated.q.value == Decimal("99.80") and p.total_score_stated.loc.line == 8
    assert p.grade_stated == "优"


def test_rows_shaped_like_the_table_before_under_level_lines_are_indicator_rows(tmp_path):
    """Each group of rows a table of its own under its level line, no header: a row whose values
    are a date or a word (no figure, so columns.indicator_like says no) is an indicator row by
    the rows of the table before it, as wide, a name where their names are, target and result
    filled; it was dropped without being counted."""
    recs = _read(tmp_path, (
        "项目名称：某县道路养护项目\n"
        "产出指标\n"
        "养护道路里程 | ≥120公里 | 126公里\n"
        "新建港湾式停靠站 | ≥8个 | 8个\n"
        "时效指标\n"
        "养护工程完工时间 | 2023年10月31日前 | 2023年10月20日\n"
        "效益指标\n"
        "道路养护长效机制 | 健全 | 健全\n"
        "满意度指标\n"
        "群众满意度 | ≥90% | 95%\n"))
    assert [(i.level3, i.target.q.raw, i.actual.q.raw) for i in recs.indicators] == [
        ("养护道路里程", "≥120公里", "126公里"), ("新建港湾式停靠站", "≥8个", "8个"),
        ("养护工程完工时间", "2023年10月31日前", "2023年10月20日"), ("道路养护长效机制", "健全", "健全"),
        ("群众满意度", "≥90%", "95%")]


def test_lines_of_a_name_then_labelled_values_are_indicator_rows(tmp_path):
    """A PDF's form of labelled lines (corpus/native 535.pdf): each indicator a line, its name then
    label：value cells apart by spaces; a line filled to the margin joined to the next (两行并作一段:
    得分：20新建停靠站 …) parts where a field comes again, and a line wrapped before its last value
    (得分：6 alone below it) ends its row."""
    recs = _read(tmp_path, HEAD + (
        "产出指标\n数量指标\n"
        "养护道路里程 年度指标值：≥120公里 实际完成值：126公里 分值：20 得分：20新建停靠站 年度指标值：≥8个 "
        "实际完成值：8个 分值：10 得分：10\n"
        "时效指标\n"
        "养护工程完工时间 年度指标值：2023年10月31日前 实际完成值：2023年10月20日 分值：6\n"
        "得分：6\n"
        "满意度指标\n服务对象满意度指标\n"
        "沿线群众满意度 年度指标值：≥90% 实际完成值：88% 分值：20 得分：19.56\n"
        "自评等级：优\n"))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
        ("产出指标", "数量指标", "新建停靠站", "≥8个", "8个", Decimal(10), Decimal(10)),
        ("产出指标", "时效指标", "养护工程完工时间", "2023年10月31日前", "2023年10月20日", Decimal(6), Decimal(6)),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88%", Decimal(20), Decimal("19.56")),
    ]
    assert recs.unread_rows == 0


def test_a_labelled_line_without_a_name_is_counted_and_named(tmp_path):
    recs = _read(tmp_path, HEAD + (
        "产出指标\n数量指标\n"
        "养护道路里程 年度指标值：≥120公里 实际完成值：126公里 分值：20 得分：20\n"
        "新建停靠站 年度指标值：≥8个 实际完成值：8个 年度指标值：≥9个 分值：10 得分：10\n"))
    assert [i.level3 for i in recs.indicators] == ["养护道路里程"]
    assert recs.unread_rows == 1


def test_a_label_run_on_from_the_name_or_a_unit_is_no_label(tmp_path):
    """OCR's lines lose the spaces (维修改造校舍面积年度指标值：…2.4万平方米实际完成值：…): where the name
    ends and the label starts is not written, so no row is read from them (corpus/native 535.scan)."""
    recs = _read(tmp_path, HEAD + (
        "产出指标\n数量指标\n"
        "养护道路里程年度指标值：≥120公里实际完成值：126公里分值：20得分：20\n"
        "新建停靠站年度指标值：≥8个实际完成值：8个分值：10得分：10\n"))
    assert not [i for i in recs.indicators if i.level3 in ("养护道", "养护道路", "新建停")]
    assert all(i.target is None or "公里实际" not in i.target.q.raw for i in recs.indicators)


def test_a_name_alone_then_a_line_of_labelled_values_is_one_row():
    """A printed form of one box per indicator (corpus/native 751.pdf): the name on a line alone, the
    values on the line below, the level 2 their first labelled cell; a line wrapped before its last
    value (得分：6) ends the row."""
    from jixiao.extract import Document, Location, Paragraph
    lines = ["项目名称：2023年某县道路养护项目", "产出指标",
             "养护道路里程", "二级指标：数量指标 年度指标值：≥120公里 实际完成值：126公里 分值：20 得分：20",
             "养护工程完工时间", "二级指标：时效指标 年度指标值：2023年10月31日前 实际完成值：2023年10月20日 分值：6",
             "得分：6", "满意度指标",
             "沿线群众满意度", "二级指标：服务对象满意度指标 年度指标值：≥90% 实际完成值：88% 分值：20 得分：19.56",
             "自评等级：优"]
    blocks = [Paragraph(text=t, loc=Location("made-up.pdf", block=k, page=1)) for k, t in enumerate(lines)]
    recs = normalize_document(Document(source="made-up.pdf", format="pdf", sha256="", blocks=blocks))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
        ("产出指标", "时效指标", "养护工程完工时间", "2023年10月31日前", "2023年10月20日", Decimal(6), Decimal(6)),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88%", Decimal(20), Decimal("19.56")),
    ]
    assert recs.unread_rows == 0


def test_a_bare_total_beside_a_labelled_score_is_the_full_marks():
    """751.pdf's last line: 总分：100 得分：99.16 自评等级：优 — the score has its own label, so the bare
    总分 beside it is the full marks, not the score."""
    from jixiao.extract import Document, Location, Paragraph
    lines = ["项目名称：2023年某县道路养护项目", "产出指标",
             "养护道路里程", "二级指标：数量指标 年度指标值：≥120公里 实际完成值：126公里 分值：20 得分：19.16",
             "总分：100 得分：99.16 自评等级：优"]
    blocks = [Paragraph(text=t, loc=Location("made-up.pdf", block=k, page=1)) for k, t in enumerate(lines)]
    p = normalize_document(Document(source="made-up.pdf", format="pdf", sha256="", blocks=blocks)).projects[0]
    assert (p.total_score_stated.value, p.total_weight_stated.value) == (Decimal("99.16"), Decimal(100))
    assert p.total_score_stated.loc.block == 4


def test_labels_run_on_from_the_value_before_them_part_where_the_page_writes_them_whole():
    """OCR of a printed <details> form (751.scan) runs a line's labelled values together with no gap
    (数量指标年度指标值：, 2.62万个实际完成值：, 万个分值：): the labels the same page writes whole (the
    first card's line, spaced) say where each starts; the rows are read, not lost unsaid."""
    from .documents import document
    recs = normalize_document(document(*(HEAD + (
        "产出指标\n"
        "▼改造升级塑胶渔排\n"
        "二级指标：数量指标 年度指标值：≥2.5万口 实际完成值：2.62万口 分值：10 得分：10\n"
        "▼更换环保浮球\n"
        "二级指标：数量指标年度指标值：≥12万个实际完成值：12.8万个分值：8 得分：8\n"
        "▼改造设施验收合格率\n"
        "二级指标：质量指标年度指标值：100%实际完成值：100%分值：8 得分：8")).split("\n"), fmt="pdf"))
    got = [(i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("数量指标", "改造升级塑胶渔排", "≥2.5万口", "2.62万口", Decimal(10), Decimal(10)),
        ("数量指标", "更换环保浮球", "≥12万个", "12.8万个", Decimal(8), Decimal(8)),
        ("质量指标", "改造设施验收合格率", "100%", "100%", Decimal(8), Decimal(8)),
    ]
    assert recs.unread_rows == 0


def test_a_label_the_page_never_writes_whole_does_not_part_a_run():
    """Where no line writes 年度指标值 whole, a run 校舍面积年度指标值 is not parted at it (it is the
    grammar's to read whole or not); a page that writes it whole parts the run there."""
    from jixiao.normalize.labelled_rows import _labels
    text = "维修改造校舍面积年度指标值：≥2.4万平方米"
    assert all(off == 0 for _, (off, _) in _labels(text, known=frozenset()))
    got = _labels(text, known=frozenset({"年度指标值"}))
    assert [(m.group("label")[off:], fs) for m, (off, fs) in got] == [("年度指标值", ["target"])]


def test_a_name_cell_with_a_level_run_on_is_parted_and_its_mark_dropped():
    """An OCR'd card's name cell holding the name, its drawn ▼ and the level's label run on
    (▼改造设施验收合格率二级指标：质量指标): the name is the name, the level its own cell."""
    from jixiao.extract import Cell, Location
    from jixiao.normalize.labelled_rows import _row
    loc = Location(file="x.pdf", page=1, table=0, row=1)
    cells = [Cell(text=t, row=1, col=c, loc=loc) for c, t in enumerate(
        ["▼改造设施验收合格率二级指标：质量指标", "年度指标值：100%", "实际完成值：100%", "分值：8", "得分：8"])]
    kind, parsed = _row(cells, frozenset({"二级指标", "年度指标值", "实际完成值", "分值", "得分"}))
    assert kind == "read"
    assert parsed[0].text == "改造设施验收合格率"
    assert [(f, c.text) for f, _, c in parsed[1:]][0] == ("level2", "质量指标")


def test_a_label_every_line_runs_on_from_its_own_name_is_read_where_three_names_differ_before_it(tmp_path):
    """1081.scan: OCR closes the gap after each bold name (培训合格率年度指标值：≥90% 实际完成值：93.5% …), so no line
    writes 年度指标值 whole. Three lines or more that end their first run in the same label the header grammar
    names, after names that differ (率 / 目 / 贴 before it), tell where the label starts: the rows are read,
    named as written. Names that all end alike before it (率年度指标值 of three rates) give the shorter label
    (年度指标值), which more lines share. Two lines are no such evidence (the test above)."""
    recs = _read(tmp_path, HEAD + (
        "产出指标\n质量指标\n"
        "培训合格率年度指标值：≥90% 实际完成值：93.5% 分值：6 得分：6\n"
        "项目验收合格率年度指标值：100% 实际完成值：100% 分值：6 得分：6\n"
        "扶持安置区产业项目年度指标值：≥8个 实际完成值：8个 分值：8 得分：8\n"
        "人均培训补贴年度指标值：≤1500元 实际完成值：1450元 分值：6 得分：6\n"
        "就业率年度指标值：100% 实际完成值：98% 分值：8 得分：7.84\n"))
    got = [(i.level3, i.target.q.raw, i.actual.q.raw) for i in recs.indicators]
    assert got == [("培训合格率", "≥90%", "93.5%"), ("项目验收合格率", "100%", "100%"), ("扶持安置区产业项目", "≥8个", "8个"),
                   ("人均培训补贴", "≤1500元", "1450元"), ("就业率", "100%", "98%")], got


def test_rows_of_label_value_pairs_in_a_sheet_are_indicator_rows_under_their_level_rows(tmp_path):
    """Issue 21 (corpus/native 1122): a sheet whose indicator rows are LABEL / VALUE PAIRS with no column
    header (三级指标 | name | 年度指标值 | target | 实际完成值 | actual | 分值 | w | 得分 | s), a merged row of
    level labels above each group (一级指标：产出指标　　二级指标：数量指标); the head and fund rows above and
    the 总分 row below are read as they were."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "2023年某县茶产业发展项目"])
    ws.append(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"])
    ws.append(["", "700.00", "750.00", "720.00", "96.00%", "10", "9.60"])
    rows = [["一级指标：产出指标　　二级指标：数量指标"],
            ["三级指标", "新建生态茶园", "年度指标值", "≥2000亩", "实际完成值", "2080亩", "分值", "10", "得分", "10"],
            ["三级指标", "培训茶农", "年度指标值", "≥1000人次", "实际完成值", "1060人次", "分值", "6", "得分", "6"],
            ["一级指标：效益指标　　二级指标：经济效益指标"],
            ["三级指标", "茶叶产量", "年度指标值", "≥1.2万吨", "实际完成值", "1.14万吨", "分值", "10", "得分", "9.50"],
            ["总分", "", "", "", "", "", "分值", "26", "得分", "25.50"]]
    for r in rows:
        ws.append(r)
    ws.merge_cells("A4:J4")
    ws.merge_cells("A7:J7")
    path = tmp_path / "pairs.xlsx"
    wb.save(path)
    recs = normalize_document(read_document(path))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "新建生态茶园", "≥2000亩", "2080亩", Decimal(10), Decimal(10)),
        ("产出指标", "数量指标", "培训茶农", "≥1000人次", "1060人次", Decimal(6), Decimal(6)),
        ("效益指标", "经济效益指标", "茶叶产量", "≥1.2万吨", "1.14万吨", Decimal(10), Decimal("9.50")),
    ]
    (p,) = recs.projects
    assert p.name == "2023年某县茶产业发展项目" and p.executed.q.raw == "720.00"


def test_label_value_pairs_after_the_rows_number_are_indicator_rows(tmp_path):
    """Issue 21 (corpus/native 1662): a form view's rows numbered before their pairs (1 | 指标名称 | name | 指标值 |
    target | 完成值 | actual | 分值 | w | 得分 | s): the number is no pair's, the rows read as 1122's."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "2023年某县茶产业发展项目"])
    rows = [["一级指标：产出指标　二级指标：数量指标"],
            ["1", "指标名称", "新建生态茶园", "指标值", "≥2000亩", "完成值", "2080亩", "分值", "10", "得分", "10"],
            ["2", "指标名称", "培训茶农", "指标值", "≥1000人次", "完成值", "900人次", "分值", "6", "得分", "5.4"],
            ["一级指标：满意度指标　二级指标：服务对象满意度指标"],
            ["3", "指标名称", "茶农满意度", "指标值", "≥90%", "完成值", "95%", "分值", "10", "得分", "10"]]
    for r in rows:
        ws.append(r)
    ws.merge_cells("A2:K2")
    ws.merge_cells("A5:K5")
    path = tmp_path / "numbered_pairs.xlsx"
    wb.save(path)
    recs = normalize_document(read_document(path))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "新建生态茶园", "≥2000亩", "2080亩", Decimal(10), Decimal(10)),
        ("产出指标", "数量指标", "培训茶农", "≥1000人次", "900人次", Decimal(6), Decimal("5.4")),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "95%", Decimal(10), Decimal(10)),
    ]


def test_a_level_row_over_labelled_rows_that_are_no_pairs_gives_them_its_levels():
    """Review: the level row (一级指标：产出指标　二级指标：数量指标) made for pair rows let a table of labelled rows
    (name | 目标 … | 完成 … | 分值/得分 a/b) be read, but only pair rows took its levels: the others were read
    with none."""
    from jixiao.extract import read_bytes

    rows = "".join(f"<tr><td>{n}</td><td>目标 {t}</td><td>完成 {a}</td><td>分值/得分 {w}</td></tr>" for n, t, a, w in [
        ("养护道路里程", "≥120公里", "126公里", "20/20"), ("新建港湾式停靠站", "≥8个", "8个", "10/10")])
    page = ('<html><head><meta charset="utf-8"></head><body><p>2023年某县道路养护项目绩效自评表</p><table>'
            '<tr><td colspan="4">一级指标：产出指标　二级指标：数量指标</td></tr>' + rows +
            '<tr><td colspan="4">一级指标：满意度指标　二级指标：服务对象满意度指标</td></tr>'
            '<tr><td>沿线群众满意度</td><td>目标 ≥90%</td><td>完成 88%</td><td>分值/得分 20/19.56</td></tr>'
            '</table></body></html>')
    recs = normalize_document(read_bytes(page.encode("utf-8"), "t.html"))
    assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "养护道路里程"), ("产出指标", "数量指标", "新建港湾式停靠站"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度")]


def test_a_long_run_of_han_characters_is_looked_at_for_labels_in_linear_time():
    """Review: the run-on labels (RUN_LABEL) were tried at every character of a run of Han characters, and each
    ending of a run ahead of its colon looked up: a page of 20,000 characters with no punctuation took 10 s."""
    from jixiao.extract import Document, Location, Paragraph
    from jixiao.normalize.labelled_rows import page_labels
    from tests.growth import growth

    def doc(n):
        return Document(source="t.txt", format="txt", sha256="", blocks=[
            Paragraph(text="产" * n, loc=Location(file="t.txt", block=0)),
            Paragraph(text="出" * n + "年度指标值：≥5", loc=Location(file="t.txt", block=1))])
    page_labels(doc(60000))
    # lines run at 4,000 characters over 2,000: 1.9 now, 4.1 when each ending of the run was looked up
    assert growth(doc, page_labels, 2000) < 2.5


def test_a_level_row_whose_two_labels_ocr_ran_together_still_sets_the_levels():
    """1122.scan: OCR closes the gap between a level row's two labelled values (一级指标：产出指标二级指标：成本指标),
    so the level-2 label was no label and the level rows were no level rows: the pair rows' table was left whole and
    read as nothing. The label the page's level rows all end their level 1 with (page_labels' shared ending) is
    read where it runs on, as for the pair rows' own labels."""
    from tests.documents import document
    rows = [["一级指标：产出指标二级指标：数量指标"],
            ["三级指标", "新建生态茶园", "年度指标值", "≥2000亩", "实际完成值", "2080亩", "分值", "10", "得分", "10"],
            ["一级指标：产出指标二级指标：成本指标"],
            ["三级指标", "每亩补助标准", "年度指标值", "≤1200元", "实际完成值", "1200元", "分值", "8", "得分", "8"],
            ["一级指标：效益指标二级指标：经济效益指标"],
            ["三级指标", "茶叶产量", "年度指标值", "≥1.2万吨", "实际完成值", "1.14万吨", "分值", "10", "得分", "9.50"],
            ["总分", "", "", "", "", "", "分值", "28", "得分", "27.50"]]
    wide = [r + [""] * (10 - len(r)) for r in rows]
    recs = normalize_document(document([["项目名称", "2023年某县茶产业发展项目"] + [""] * 8] + wide, fmt="pdf",
                                       confidence=0.9))
    assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建生态茶园"), ("产出指标", "成本指标", "每亩补助标准"), ("效益指标", "经济效益指标", "茶叶产量")]
    # the depth numeral of the first label lost (级指标：效益指标…): the label before 二级指标 is 一级指标
    wide[4][0] = "级指标：效益指标二级指标：经济效益指标"
    recs = normalize_document(document([["项目名称", "2023年某县茶产业发展项目"] + [""] * 8] + wide, fmt="pdf",
                                       confidence=0.9))
    assert [i.level2 for i in recs.indicators] == ["数量指标", "成本指标", "经济效益指标"]
    # a level row that still does not read (产出措标) is said with the rows under it, which are not read under the
    # levels above it (成本 read as 数量); before, that row left the whole table unread and unsaid
    wide[2][0] = "一级指标：产出措标 二级指标：成本指标"
    recs = normalize_document(document([["项目名称", "2023年某县茶产业发展项目"] + [""] * 8] + wide, fmt="pdf",
                                       confidence=0.9))
    assert [i.level3 for i in recs.indicators] == ["新建生态茶园", "茶叶产量"] and recs.unread_rows == 2
    assert any("第4行、" in w and "第5行：一行写有指标层级但未能读出为层级行" in w for w in recs.warnings), recs.warnings


def test_a_section_rows_levels_by_their_labels():
    """labelled_levels: 一级指标：产出指标　　二级指标：数量指标 names both levels; 二级指标：质量指标 the level 2 alone; a header's
    words with no values, or a label over no level, none."""
    from jixiao.normalize.labelled_rows import labelled_levels
    assert labelled_levels("一级指标：产出指标\u3000\u3000二级指标：数量指标") == ("产出指标", "数量指标")
    assert labelled_levels("二级指标：质量指标") == (None, "质量指标")
    assert labelled_levels("一级指标 二级指标") is None and labelled_levels("三级指标：新建果园") is None


def test_a_column_labelled_on_some_cells_only_gives_its_label_to_its_bare_cells():
    """1550.pdf: a sheet with no header row, the field names only in its number formats, printed by LibreOffice,
    which shows a text format's label on some cells only (年度指标值：≥98% but ≥50000亩 in the same column; 分值：10
    on every cell): the rows whose values were bare read as no labelled row, thirteen rows named unread. A column
    whose labelled cells all write one value field's label gives that label to its bare cells
    (labelled_rows._column_labels); a column with two labels gives none."""
    from jixiao.extract import Cell, Document, Location, Table
    rows = [["产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", "分值：40", "得分：40"],
            ["", "", "维修桥梁", "≥3座", "3座", "分值：30", "得分：30"],
            ["", "质量指标", "验收合格率", "年度指标值：≥95%", "实际完成值：93%", "分值：30", "得分：29"]]
    cells = [Cell(text=t, row=r, col=c, loc=Location("mem", block=1, table=1, row=r, col=c),
                  rowspan=3 if (r, c) == (0, 0) else 2 if (r, c) == (0, 1) else 1)
             for r, row in enumerate(rows) for c, t in enumerate(row) if t]
    head = Table(index=0, n_rows=1, n_cols=2, loc=Location("mem", block=0, table=0),
                 cells=[Cell(text="项目名称", row=0, col=0, loc=Location("mem", block=0, table=0, row=0, col=0)),
                        Cell(text="2023年某县道路养护项目", row=0, col=1, loc=Location("mem", block=0, table=0, row=0, col=1))])
    doc = Document(source="t.pdf", format="pdf", sha256="", blocks=[head, Table(index=1, n_rows=3, n_cols=7, cells=cells,
                                                                      loc=Location("mem", block=1, table=1))])
    recs = normalize_document(doc, name="t.pdf")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", "40", "40"),
                                          ("产出指标", "数量指标", "维修桥梁", "≥3座", "3座", "30", "30"),
                                          ("产出指标", "质量指标", "验收合格率", "≥95%", "93%", "30", "29")]
    from jixiao.normalize.labelled_rows import _column_labels
    mixed = Table(index=2, n_rows=3, n_cols=1, loc=Location("mem", block=2, table=2), cells=[
        Cell(text=t, row=r, col=0, loc=Location("mem", block=2, table=2, row=r, col=0))
        for r, t in enumerate(["年度指标值：≥95%", "实际完成值：93%", "≥3座"])])
    assert _column_labels(mixed) == {}


def test_values_over_their_captions_with_bare_level_rows_are_read():
    # 1879.html: KPI tiles, each value a big figure OVER its small caption (≥3000亩⏎年度指标值), a group
    # heading row between the strips naming a level 2 alone (质量指标); the level 1 and first level 2 lines above
    from jixiao.normalize import normalize_document
    from .documents import document
    rows = [["新建种植基地", "≥3000亩\n年度指标值", "3120亩\n实际完成值", "10\n分值", "10\n得分"],
            ["培训芋农", "≥1500人次\n年度指标值", "1200人次\n实际完成值", "6\n分值", "4.8\n得分"],
            ["质量指标", "", "", "", ""],
            ["脱毒种芋覆盖率", "≥60%\n年度指标值", "63%\n实际完成值", "6\n分值", "6\n得分"]]
    r = normalize_document(document("2023年度项目支出绩效自评表", "产出指标", "数量指标", rows, fmt="html"))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.value), str(i.score.value))
           for i in r.indicators]
    assert got == [("产出指标", "数量指标", "新建种植基地", "≥3000亩", "3120亩", "10", "10"),
                   ("产出指标", "数量指标", "培训芋农", "≥1500人次", "1200人次", "6", "4.8"),
                   ("产出指标", "质量指标", "脱毒种芋覆盖率", "≥60%", "63%", "6", "6")], got


def test_value_lines_over_caption_lines_are_read_and_a_wrapped_one_is_said():
    # 1879.pdf: each tile strip printed as a line of the name and its figures over a line of the captions; a
    # row whose long dates wrapped (figures on one line, the name and the dates' ends on the next) is said
    from jixiao.normalize import normalize_document
    from .documents import document
    caps = "年度指标值 实际完成值 分值 得分"
    doc = document("2023年度项目支出绩效自评表", "产出指标", "数量指标",
                   "新建种植基地 ≥3000亩 3120亩 10 10", caps, "培训芋农 ≥1500人次 1200人次 6 4.8", caps,
                   "时效指标", "2023年12月31 2023年12月15 4 4", "项目完成时间 日前 日", fmt="pdf")
    r = normalize_document(doc)
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, str(i.weight.value), str(i.score.value))
           for i in r.indicators]
    assert got == [("产出指标", "数量指标", "新建种植基地", "≥3000亩", "3120亩", "10", "10"),
                   ("产出指标", "数量指标", "培训芋农", "≥1500人次", "1200人次", "6", "4.8")], got
    assert any("1行指标未读取" in w for w in r.warnings), r.warnings


def test_the_rest_of_a_wrapped_row_said_unread_keeps_the_levels_for_the_rows_below():
    # 1879.pdf: after a row whose dates wrapped (figures, then the name and the dates' ends, then its captions
    # on two lines) the run went on: the next row under 成本指标 had taken it as its level 1, unsaid
    from jixiao.normalize import normalize_document
    from .documents import document
    caps = "年度指标值 实际完成值 分值 得分"
    doc = document("2023年度项目支出绩效自评表", "产出指标", "数量指标",
                   "新建种植基地 ≥3000亩 3120亩 10 10", caps,
                   "时效指标", "2023年12月31 2023年12月15 4 4", "项目完成时间 日前 日", "分值 得分", "年度指标值 实际完成值",
                   "成本指标", "每亩建设补助 ≤400元 400元 6 6", caps, fmt="pdf")
    r = normalize_document(doc)
    got = [(i.level1, i.level2, i.level3) for i in r.indicators]
    assert got == [("产出指标", "数量指标", "新建种植基地"), ("产出指标", "成本指标", "每亩建设补助")], got
    assert any("1行指标未读取" in w for w in r.warnings), r.warnings


def _bars(rows):
    from jixiao.extract import Cell, Location, Table
    cells = [Cell(text=x, row=r, col=c, loc=Location("mem", block=1, table=0, row=r, col=c))
             for r, row in enumerate(rows) for c, x in enumerate(row) if x is not None]
    return Table(index=0, n_rows=len(rows), n_cols=3, cells=cells, loc=Location("mem", block=1, table=0))


def test_a_cell_of_labelled_lines_and_an_unlabelled_points_pair_are_read():
    # a bar list (1951): name | 完成 … ⏎ 目标 … | 'score / weight 分', the pair's order told by a row whose first
    # figure is below its second (4.5 / 6: no weight is below its score)
    from decimal import Decimal
    from jixiao.extract import Document, Location, Paragraph
    from jixiao.normalize import normalize_document
    rows = [["新建标准化基地", "完成 8200亩\n目标 ≥8000亩", "10 / 10 分"],
            ["低产园改造", "完成 10150亩\n目标 ≥10000亩", "8 / 8 分"],
            ["培训种植户", "完成 1500人次\n目标 ≥2000人次", "4.5 / 6 分"],
            ["效益指标 / 经济效益指标", None, None],    # a level path between the rows: the rows below it its
            ["亩均增收", "完成 850元\n目标 ≥800元", "10 / 10 分"]]
    doc = Document(source="mem", format="html", sha256="", blocks=[
        Paragraph(text="产出指标 / 数量指标", loc=Location("mem", block=0)), _bars(rows)])
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in normalize_document(doc).indicators]
    assert got == [("产出指标", "数量指标", "新建标准化基地", "≥8000亩", "8200亩", Decimal(10), Decimal(10)),
                   ("产出指标", "数量指标", "低产园改造", "≥10000亩", "10150亩", Decimal(8), Decimal(8)),
                   ("产出指标", "数量指标", "培训种植户", "≥2000人次", "1500人次", Decimal(6), Decimal("4.5")),
                   ("效益指标", "经济效益指标", "亩均增收", "≥800元", "850元", Decimal(10), Decimal(10))]


def test_labelled_parts_apart_by_a_middle_dot_in_one_cell_are_each_read():
    # a progress line (1973): name | 实际完成 … | 年度目标 … | '得分 10 · 分值 10': two labelled figures in one cell,
    # apart by a spaced middle dot, give each its field (the score before the weight as the cell writes them)
    from jixiao.extract import Cell, Document, Location, Paragraph, Table
    rows = [["新建标准化基地", "实际完成 4120亩", "年度目标 ≥4000亩", "得分 10 · 分值 10"],
            ["低产园改造", "实际完成 6080亩", "年度目标 ≥6000亩", "得分 8 · 分值 8"],
            ["绿色防控覆盖率", "实际完成 68%", "年度目标 ≥85%", "得分 4.8·分值6"]]     # as its print gives it
    cells = [Cell(text=x, row=r, col=c, loc=Location("mem", block=1, table=0, row=r, col=c))
             for r, row in enumerate(rows) for c, x in enumerate(row)]
    doc = Document(source="mem", format="html", sha256="", blocks=[
        Paragraph(text="产出指标 — 数量指标", loc=Location("mem", block=0)),
        Table(index=0, n_rows=3, n_cols=4, cells=cells, loc=Location("mem", block=1, table=0))])
    got = [(i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in normalize_document(doc).indicators]
    assert got == [("新建标准化基地", "≥4000亩", "4120亩", Decimal(10), Decimal(10)),
                   ("低产园改造", "≥6000亩", "6080亩", Decimal(8), Decimal(8)),
                   ("绿色防控覆盖率", "≥85%", "68%", Decimal(6), Decimal("4.8"))]


def test_a_group_heading_printed_under_the_name_above_sets_the_rows_below_not_the_name():
    # a print of <fieldset>s (1973.pdf): each legend (产出指标—质量指标) laid under the last name of the group before
    # it, in that name's cell: the name is the first line, the heading the levels of the rows after that row
    from jixiao.extract import Cell, Document, Location, Paragraph, Table
    rows = [["新建标准化基地", "实际完成4120亩", "年度目标≥4000亩", "得分10·分值10"],
            ["培训种植户\n产出指标—质量指标", "实际完成2570人次", "年度目标≥2500人次", "得分6·分值6"],
            ["抽检合格率\n效益指标—社会效益指标", "实际完成100%", "年度目标100%", "得分6·分值6"],
            ["带动农户增收户数", "实际完成5160户", "年度目标≥5000户", "得分8·分值8"],
            ["花农满意度\n经营主体满意度", "实际完成94%", "年度目标≥90%", "得分10·分值10"]]
    cells = [Cell(text=x, row=r, col=c, loc=Location("mem", block=1, table=0, row=r, col=c))
             for r, row in enumerate(rows) for c, x in enumerate(row)]
    doc = Document(source="mem", format="pdf", sha256="", blocks=[
        Paragraph(text="产出指标—数量指标", loc=Location("mem", block=0)),
        Table(index=0, n_rows=len(rows), n_cols=4, cells=cells, loc=Location("mem", block=1, table=0))])
    got = [(i.level1_raw, i.level2_raw, i.level3) for i in normalize_document(doc).indicators]
    assert got == [("产出指标", "数量指标", "新建标准化基地"), ("产出指标", "数量指标", "培训种植户"),
                   ("产出指标", "质量指标", "抽检合格率"), ("效益指标", "社会效益指标", "带动农户增收户数"),
                   ("效益指标", "社会效益指标", "花农满意度\n经营主体满意度")]     # a wrapped name's words stay its


def test_name_lines_over_lines_of_bracketed_label_value_pairs_are_read():
    # 1974: '◆产出指标—数量指标' per group; per indicator '1.name', a soft break (one paragraph) or a new line (its
    # .pdf: two paragraphs), '【年度指标值】≥2000亩【实际完成值】2060亩【分值】10【得分】10': the brackets stand where
    # the colons would; the number typed before a name on its own line is kept, as a name line's is (1952)
    from jixiao.extract import Document, Location, Paragraph
    texts = ["◆产出指标—数量指标",
             "1.新建标准化基地\n【年度指标值】≥2000亩【实际完成值】2060亩【分值】10【得分】10",
             "2.低产园改造", "【年度指标值】≥3000亩【实际完成值】3050亩【分值】8【得分】8",
             "◆效益指标—社会效益指标",
             "3.新增就业岗位", "【年度指标值】≥160个【实际完成值】120个【分值】6【得分】4.5"]
    doc = Document(source="mem", format="docx", sha256="", blocks=[
        Paragraph(text=x, loc=Location("mem", block=k, line=k + 1)) for k, x in enumerate(texts)])
    got = [(i.level1_raw, i.level2_raw, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in normalize_document(doc).indicators]
    assert got == [("产出指标", "数量指标", "1.新建标准化基地", "≥2000亩", "2060亩", Decimal(10), Decimal(10)),
                   ("产出指标", "数量指标", "2.低产园改造", "≥3000亩", "3050亩", Decimal(8), Decimal(8)),
                   ("效益指标", "社会效益指标", "3.新增就业岗位", "≥160个", "120个", Decimal(6), Decimal("4.5"))]


def test_a_group_heading_ocr_ran_onto_the_line_above_is_parted_and_said():
    # 1974.scan: '…【得分】4产出指标一成本指标' (the heading joined to the values' line: the score lost and the rows
    # below kept under the level above, unsaid) and '?满意度指标一…' (the bullet read as '?')
    from jixiao.extract import Document, Location, Paragraph
    texts = ["产出指标一时效指标", "1.项目完成时间",
             "【年度指标值】2023年11月30日前【实际完成值】2023年11月16日【分值】4【得分】4产出指标一成本指标",
             "2.每亩基地建设补助", "【年度指标值】≤900元【实际完成值】900元【分值】6【得分】6",
             "?满意度指标一服务对象满意度指标", "3.茶农满意度", "【年度指标值】≥90%【实际完成值】94%【分值】10【得分】10"]
    doc = Document(source="mem", format="pdf-ocr", sha256="", blocks=[
        Paragraph(text=x, loc=Location("mem", block=k, line=k + 1)) for k, x in enumerate(texts)])
    recs = normalize_document(doc)
    got = [(i.level2_raw, i.level3, i.score.q.value if i.score else None) for i in recs.indicators]
    assert got == [("时效指标", "1.项目完成时间", Decimal(4)), ("成本指标", "2.每亩基地建设补助", Decimal(6)),
                   ("服务对象满意度指标", "3.茶农满意度", Decimal(10))]
    assert any("分组标题“产出指标一成本指标”接在上一行末尾" in w for w in recs.warnings)


def test_a_bracketed_word_that_is_no_label_leaves_the_line_as_it_was():
    from jixiao.normalize.labelled_rows import _bracket_pairs
    assert _bracket_pairs("【产出指标·数量指标】") == "【产出指标·数量指标】"
    assert _bracket_pairs("【年度指标值】≥2000亩【备忘】甲") == "【年度指标值】≥2000亩【备忘】甲"
    assert _bracket_pairs("【年度指标值】≥2000亩【实际完成值】2060亩") == "年度指标值：≥2000亩　实际完成值：2060亩"


def test_a_dot_inside_a_value_is_no_parting():
    # a middle dot not between two labelled parts (a name's 产出指标·数量指标, a value 1·2) leaves the cell as it was
    from jixiao.normalize.labelled_rows import _cell
    assert [v for _, _, v in _cell("目标 ≥4000亩")] == ["≥4000亩"]
    assert _cell("得分 10 · 分值 10") is not None and [f for f, _, _ in _cell("得分 10 · 分值 10")] == ["score", "weight"]
    assert _cell("备注 甲 · 乙") is None or [v for _, _, v in _cell("备注 甲 · 乙")] == ["甲 · 乙"]


def test_label_value_pairs_with_short_labels_and_the_name_labelled_by_the_bare_term():
    # a sheet with no head row (1977): 序号 | 指标 | name | 目标 | … | 完成 | … | 分值 | … | 得分 | …; 完成 names the
    # actual as the role words do, 指标 (三级指标 with its depth not written) the name, on the row's first pair only
    from jixiao.extract import Cell, Document, Location, Table
    rows = [["产出指标 / 数量指标"],
            ["1", "指标", "新建标准化基地", "目标", "≥3000亩", "完成", "3080亩", "分值", "10", "得分", "10"],
            ["2", "指标", "低产园改造", "目标", "≥2000亩", "完成", "2040亩", "分值", "8", "得分", "8"],
            ["效益指标 / 社会效益指标"],
            ["3", "指标", "新增就业岗位", "目标", "≥400个", "完成", "320个", "分值", "6", "得分", "4.8"]]
    cells = [Cell(text=x, row=r, col=c, colspan=11 if len(row) == 1 else 1,
                  loc=Location("mem", block=0, table=0, row=r, col=c))
             for r, row in enumerate(rows) for c, x in enumerate(row)]
    doc = Document(source="mem", format="xlsx", sha256="", blocks=[
        Table(index=0, n_rows=len(rows), n_cols=11, cells=cells, loc=Location("mem", block=0, table=0))])
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in normalize_document(doc).indicators]
    assert got == [("产出指标", "数量指标", "新建标准化基地", "≥3000亩", "3080亩", Decimal(10), Decimal(10)),
                   ("产出指标", "数量指标", "低产园改造", "≥2000亩", "2040亩", Decimal(8), Decimal(8)),
                   ("效益指标", "社会效益指标", "新增就业岗位", "≥400个", "320个", Decimal(6), Decimal("4.8"))]


def test_fill_in_lines_of_labels_and_values_with_no_colon_are_read(tmp_path):
    # fill-in-the-blank lines (1976): each label then its value apart by ideographic spaces, no colon; a line of the
    # levels' labels above the rows, the name given by its own label after the row's number
    doc = _read(tmp_path, "\n".join([
        "一级指标　产出指标　二级指标　数量指标",
        "（1）指标名称　新建标准化基地　年度指标值　≥6000亩　实际完成值　4800亩　分值　10　得分　8",
        "（2）指标名称　低产园改造　年度指标值　≥4000亩　实际完成值　4030亩　分值　8　得分　8",
        "一级指标　效益指标　二级指标　经济效益指标",
        "（3）指标名称　亩均增收　年度指标值　≥1200元　实际完成值　1260元　分值　10　得分　10"]))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in doc.indicators]
    assert got == [("产出指标", "数量指标", "新建标准化基地", "≥6000亩", "4800亩", Decimal(10), Decimal(8)),
                   ("产出指标", "数量指标", "低产园改造", "≥4000亩", "4030亩", Decimal(8), Decimal(8)),
                   ("效益指标", "经济效益指标", "亩均增收", "≥1200元", "1260元", Decimal(10), Decimal(10))]


def test_a_line_of_words_apart_by_spaces_is_no_fill_in_line():
    from jixiao.normalize.labelled_rows import _colon_pairs
    assert _colon_pairs("本项目 年度 目标 已经 完成") == "本项目 年度 目标 已经 完成"
    assert _colon_pairs("分值：10　得分：8") == "分值：10　得分：8"


def test_fill_in_lines_whose_values_a_print_spaced_out_are_counted_unread(tmp_path):
    # 1976.pdf: the printed blanks' values spaced out (≥    6  0   0   0  亩), the last pair wrapped to a line of its
    # own; each such line is counted unread and said, none dropped unsaid, the one line that reads whole read
    recs = _read(tmp_path, "\n".join([
        "一级指标 产出指标 二级指标 数量指标",
        "（1）指标名称 新建标准化基地 年度指标值     ≥    6  0   0   0  亩       实际完成值   4800 亩       分值   10",
        "得分   8",
        "一级指标 产出指标 二级指标 质量指标",
        "（2）指标名称 质量安全抽检合格率 年度指标值   100%   实际完成值   100%   分值   6",
        "得分   6",
        "一级指标 效益指标 二级指标 经济效益指标",
        "（3）指标名称 亩均增收 年度指标值     ≥    1  2   0   0  元       实际完成值   1260 元       分值   10",
        "得分   10"]))
    assert [(i.level2, i.level3, i.score.q.value) for i in recs.indicators] == [("质量指标", "质量安全抽检合格率", Decimal(6))]
    assert recs.unread_rows == 2


def test_a_fill_in_line_wrapped_in_a_value_a_label_or_between_words_is_read_as_the_one_line(tmp_path):
    # 1976.pdf: the printed fill-in lines wrap anywhere: in a date (2023年11月 / 16日 …), in a label (得 / 分), after
    # a label (得分 / 6); the two paragraphs read as one line, never the value cut short (2023年11月); a level line
    # or the next row below a whole line is no wrapped rest
    recs = _read(tmp_path, "\n".join([
        "一级指标 产出指标 二级指标 时效指标",
        "（1）指标名称 项目完成时间 年度指标值   2023年11月30日前   实际完成值   2023年11月",
        "16日  分值   4   得分   4",
        "一级指标 效益指标 二级指标 经济效益指标",
        "（2）指标名称 亩均增收 年度指标值     ≥1200元   实际完成值   1260元   分值   10   得",
        "分   10",
        "（3）指标名称 新增就业岗位 年度指标值     ≥300个   实际完成值   310个   分值   6   得分",
        "6",
        "（4）指标名称 品牌影响力 年度指标值 持续提升 实际完成值 持续提升 分值",
        "10  得分   10",
        "一级指标 满意度指标 二级指标 服务对象满意度指标",
        "（5）指标名称 满意度 年度指标值     ≥90%   实际完成值   94%   分值   10   得分   10"]))
    got = [(i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [("时效指标", "项目完成时间", "2023年11月30日前", "2023年11月16日", Decimal(4), Decimal(4)),
                   ("经济效益指标", "亩均增收", "≥1200元", "1260元", Decimal(10), Decimal(10)),
                   ("经济效益指标", "新增就业岗位", "≥300个", "310个", Decimal(6), Decimal(6)),
                   ("经济效益指标", "品牌影响力", "持续提升", "持续提升", Decimal(10), Decimal(10)),
                   ("服务对象满意度指标", "满意度", "≥90%", "94%", Decimal(10), Decimal(10))]
    assert recs.unread_rows == 0
