"""Indicators each a small table of its values (年度指标值 | 实际完成值 | 分值 | 得分 over the values) under its name as
a heading, the levels as headings above (normalize.headed_tables). Pages made up in the shape of corpus/native 1665."""
from decimal import Decimal

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

HEADS = "<tr><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th></tr>"


def _page(tmp_path, body: str):
    path = tmp_path / "page.html"
    path.write_text("<html><body><h1>项目支出绩效自评表</h1><p>项目名称：2023年某县道路养护项目</p>"
                    f"<p><b>绩效指标完成情况</b></p>{body}</body></html>", encoding="utf-8")
    return normalize_document(read_document(path))


def _card(name: str, *values: str) -> str:
    return f"<h5>{name}</h5><table>{HEADS}<tr>{''.join(f'<td>{v}</td>' for v in values)}</tr></table>"


def test_each_small_table_is_the_indicator_its_heading_names(tmp_path):
    recs = _page(tmp_path, (
        "<h3>产出指标</h3><h4>数量指标</h4>" + _card("养护道路里程", "≥120公里", "126公里", "20", "20")
        + _card("新建港湾式停靠站", "≥8个", "6个", "10", "7.5")
        + "<h4>时效指标</h4>" + _card("养护工程完工时间", "2023年10月31日前", "2023年10月20日", "10", "10")
        + "<h3>满意度指标</h3><h4>服务对象满意度指标</h4>" + _card("沿线群众满意度", "≥90%", "95%", "10", "10")))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
        ("产出指标", "数量指标", "新建港湾式停靠站", "≥8个", "6个", Decimal(10), Decimal("7.5")),
        ("产出指标", "时效指标", "养护工程完工时间", "2023年10月31日前", "2023年10月20日", Decimal(10), Decimal(10)),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "95%", Decimal(10), Decimal(10)),
    ]


def test_a_level_heading_run_together_with_the_name_under_it_is_the_level_then_the_name(tmp_path):
    # OCR reads a level-2 heading and the name under it as one line (经济效益指标核桃亩均产量: corpus/native 1665.scan);
    # one under a level 1 alone (满意度指标 over 服务对象满意度指标X) makes that level 1 the row's
    recs = _page(tmp_path, (
        "<h3>产出指标</h3><h4>数量指标</h4>" + _card("养护道路里程", "≥120公里", "126公里", "20", "20")
        + "<h3>效益指标</h3>" + _card("社会效益指标沿线群众出行时间缩短", "≥10分钟", "12分钟", "10", "10")
        + _card("带动沿线务工", "≥200人次", "210人次", "10", "10")
        + "<h3>满意度指标</h3>" + _card("服务对象满意度指标沿线群众满意度", "≥90%", "95%", "10", "10")))
    got = [(i.level1, i.level2, i.level3) for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护道路里程"),
        ("效益指标", "社会效益指标", "沿线群众出行时间缩短"),
        ("效益指标", "社会效益指标", "带动沿线务工"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度"),
    ]
    assert recs.unread_rows == 0


def test_a_small_table_under_no_name_is_counted_unread(tmp_path):
    recs = _page(tmp_path, (
        "<h3>产出指标</h3><h4>数量指标</h4>" + _card("养护道路里程", "≥120公里", "126公里", "20", "20")
        + _card("新建港湾式停靠站", "≥8个", "8个", "10", "10")
        + "<h4>时效指标</h4><table>" + HEADS + "<tr><td>2023年10月31日前</td><td>2023年10月20日</td><td>10</td>"
        "<td>10</td></tr></table>"))
    assert [i.level3 for i in recs.indicators] == ["养护道路里程", "新建港湾式停靠站"]
    assert recs.unread_rows == 1
    assert any("没有指标名称行" in w for w in recs.warnings)


def _captioned(n: int, name: str, *values: str) -> str:
    return f"<p>表 {n} {name}</p><table>{HEADS}<tr>{''.join(f'<td>{v}</td>' for v in values)}</tr></table>"


def test_a_tables_numbered_caption_names_it_and_a_bracket_after_the_name_gives_its_levels(tmp_path):
    """1672: each small table under its caption 表 N name（level 1—level 2）, no level heading: the caption's label
    and number are no part of the name, the bracketed level pair the row's levels."""
    recs = _page(tmp_path, (
        _captioned(1, "养护道路里程（产出指标—数量指标）", "≥120公里", "126公里", "20", "20")
        + _captioned(2, "养护工程完工时间（产出指标—时效指标）", "2023年10月31日前", "2023年10月20日", "10", "10")
        + _captioned(3, "沿线群众满意度（满意度指标—服务对象满意度指标）", "≥90%", "95%", "10", "10")))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw) for i in recs.indicators]
    assert got == [("产出指标", "数量指标", "养护道路里程", "≥120公里"),
                   ("产出指标", "时效指标", "养护工程完工时间", "2023年10月31日前"),
                   ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%")]


def test_a_bracket_after_the_name_that_is_no_level_pair_stays_in_the_name(tmp_path):
    recs = _page(tmp_path, ("<h3>产出指标</h3><h4>数量指标</h4>"
                            + _card("新建道路（含桥涵）", "≥12公里", "12公里", "10", "10")
                            + _card("养护道路里程", "≥120公里", "126公里", "20", "20")))
    assert [(i.level2, i.level3) for i in recs.indicators] == [("数量指标", "新建道路（含桥涵）"),
                                                               ("数量指标", "养护道路里程")]


def test_small_tables_read_as_one_with_their_captions_cut_into_rows_are_split_back(tmp_path):
    """1672.pdf: captions centred over narrower tables, the reader took the tables below the first for rows of one
    table, each caption a row cut at the columns (表 2 养护工程完工时间（产出指标 | —时效指标）): two of twelve rows
    read, the rest named as a header that is none or not at all. The table is read as the captions and small
    tables it was, and said."""
    def row(*cells):
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
    recs = _page(tmp_path, (
        "<p>表 1 养护道路里程（产出指标—数量指标）</p><table>" + HEADS + row("≥120公里", "126公里", "20", "20")
        + row("表 2 养护工程完工时间（产出指标", "—时效指标）", "", "") + HEADS
        + row("2023年10月31日前", "2023年10月20日", "10", "10")
        + row("表 3 沿线群众满意度（满意度指标—服务", "对象满意度指", "标）", "") + HEADS
        + row("≥90%", "95%", "10", "9") + "</table>"))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.score.q.value) for i in recs.indicators]
    assert got == [("产出指标", "数量指标", "养护道路里程", "≥120公里", Decimal(20)),
                   ("产出指标", "时效指标", "养护工程完工时间", "2023年10月31日前", Decimal(10)),
                   ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", Decimal(9))]
    assert any("名称行" in w and "分开读取" in w for w in recs.warnings)


def test_a_table_whose_repeated_heads_stand_under_rows_of_values_is_not_split(tmp_path):
    """A row between the value rows that is a value itself (or a head) is no name line: the table stays."""
    from jixiao.extract.model import Cell, Document, Location, Table
    from jixiao.normalize.headed_tables import stacked_captions
    heads = ["年度指标值", "实际完成值", "分值", "得分"]
    rows = [heads, ["≥1", "1", "5", "5"], ["分值", "", "", ""], heads, ["≥2", "2", "5", "5"]]
    t = Table(index=0, n_rows=5, n_cols=4, loc=Location("mem", table=0),
              cells=[Cell(text=x, row=r, col=c, loc=Location("mem", table=0, row=r, col=c))
                     for r, row in enumerate(rows) for c, x in enumerate(row)])
    doc = Document(source="mem", format="pdf", sha256="", blocks=[t])
    assert stacked_captions(doc) == (doc, [])
