"""A dashboard tile's lines read as the card they stand for (normalize.cued_lines), in the shape of corpus/native
1599.html: a level 1 and a level 2 apart by a space, the name, 完成 X ／ 目标 Y, 得分 a / b分."""
from jixiao.extract import Document, Location, Paragraph
from jixiao.normalize import normalize_document
from jixiao.normalize.cued_lines import _lines


def _doc(tiles):
    lines = ["项目支出绩效自评表"] + [x for t in tiles for x in t]
    return Document(source="mem", format="html", sha256="",
                    blocks=[Paragraph(text=x, loc=Location("mem", block=k)) for k, x in enumerate(lines)])


TILES = [("产出指标 数量指标", "新建村道", "完成 12.5公里 ／ 目标 ≥12公里", "得分 40 / 40分"),
         ("效益指标 社会效益指标", "火情发现至扑火队伍到场平均时长", "完成 36分钟 ／ 目标 ≤30分钟", "得分 24 / 30分"),
         ("效益指标 可持续影响指标", "长效机制", "完成 持续健全 ／ 目标 持续健全", "得分 30 / 30分")]


def test_tile_lines_are_label_value_lines():
    assert _lines("完成 125公里 ／ 目标 ≥120公里") == ["实际完成：125公里", "计划完成：≥120公里"]
    assert _lines("得分 8 / 10分") == ["得分：8", "分值：10"]
    assert _lines("得分 12 / 10分") is None            # a score over its mark is no more than the mark
    assert _lines("产出指标 数量指标") == ["产出指标", "数量指标"]
    assert _lines("上午 / 下午") is None


def test_tiles_read_with_their_levels_a_long_name_and_a_value_in_words():
    """1599: nothing read; the cued lines said as sentences under no level heading, the tile of a name of 15
    characters not said at all once its lines were read (a title was a header cell's length at most)."""
    recs = normalize_document(_doc(TILES), name="mem")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "40", "40"),
        ("效益指标", "社会效益指标", "火情发现至扑火队伍到场平均时长", "≤30分钟", "36分钟", "30", "24"),
        ("效益指标", "可持续影响指标", "长效机制", "持续健全", "持续健全", "30", "30")]
    assert any("看板卡片" in w for w in recs.warnings)


def test_leaderboard_items_badges_under_the_name_a_dotted_line_and_a_score_over_its_mark():
    """1914.html (a leaderboard sorted by score): each item the rank, the name, the two levels as badges UNDER
    it, 目标 X · 完成 Y (a middle dot between) and 'a 分 / 满分 b': nothing read, the qualitative item not even
    said; each item read as a tile, its levels its badges'."""
    items = [("1", "新建村道", "产出指标 数量指标", "目标 ≥12公里 · 完成 12.5公里", "40 分 / 满分 40"),
             ("2", "长效机制", "效益指标 可持续影响指标", "目标 持续健全 · 完成 持续健全", "30 分 / 满分 30"),
             ("3", "平均到场时长", "效益指标 社会效益指标", "目标 ≤30分钟 · 完成 36分钟", "24 分 / 满分 30")]
    assert _lines("目标 ≥300头 · 完成 306头") == ["计划完成：≥300头", "实际完成：306头"]
    assert _lines("4.8 分 / 满分 6") == ["得分：4.8", "分值：6"]
    assert _lines("产出指标·数量指标") is None      # a level pair written with a dot is the level grammar's
    recs = normalize_document(_doc(items), name="mem")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "40", "40"),
        ("效益指标", "可持续影响指标", "长效机制", "持续健全", "持续健全", "30", "30"),
        ("效益指标", "社会效益指标", "平均到场时长", "≤30分钟", "36分钟", "30", "24")]


def test_a_charts_label_lines_a_cue_and_its_value_apart_by_a_space_and_the_points_labelled():
    """fixleft76 (1880: a radar chart's label blocks): no slash, no colon; one cue and its value, the points each a
    label the header grammar reads and its figure."""
    assert _lines("目标 ≥4000亩") == ["计划完成：≥4000亩"]
    assert _lines("完成 持续提升") == ["实际完成：持续提升"]
    assert _lines("分值6\u3000得分4.8") == ["分值：6", "得分：4.8"]
    assert _lines("分值6 得分8") is None                 # a score past its weight
    assert _lines("完成 目标") is None
    assert _lines("目标 ≥4000亩：说明") is None


def _column_doc(cells, head=("项目支出绩效自评表",)):
    from jixiao.extract import Cell, Table
    table = Table(index=0, n_rows=len(cells), n_cols=1, loc=Location("mem", block=len(head), table=0),
                  cells=[Cell(text=t, row=r, col=0, loc=Location("mem", block=len(head), table=0, row=r, col=0))
                         for r, t in enumerate(cells)])
    return Document(source="mem", format="pdf", sha256="",
                    blocks=[Paragraph(text=x, loc=Location("mem", block=k)) for k, x in enumerate(head)] + [table])


BOARD = ["指标得分排行",
         "引进良种种公牛\n1 产出指标 数量指标 10分/满分10\n目标≥300头·完成306头",
         "培训牧民\n2 产出指标 数量指标 4.8分/满分6\n目标≥1500人次·完成1200人次",
         "牧民满意度\n3 满意度指标 服务对象满意度指标 10分/满分10\n目标≥90%·完成95%"]


def test_a_printed_ranking_board_one_cell_an_item_reads_as_its_cards():
    """fixleft77 (1914.pdf): a leaderboard printed as a one-column table, each cell an item with its rank,
    badges and score on one line and its values apart by a middle dot with no space, read nothing (only the
    general no-indicators warning); each cell is read as the card its .html's lines are."""
    assert _lines("目标≥300头·完成306头") == ["计划完成：≥300头", "实际完成：306头"]
    recs = normalize_document(_column_doc(BOARD), name="mem")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "引进良种种公牛", "≥300头", "306头", "10", "10"),
        ("产出指标", "数量指标", "培训牧民", "≥1500人次", "1200人次", "6", "4.8"),
        ("满意度指标", "服务对象满意度指标", "牧民满意度", "≥90%", "95%", "10", "10")]


def test_card_values_a_print_cut_into_cells_are_each_named_where_nothing_is_read():
    """fixleft77 (1772.pdf): a treemap printed, its tiles cut into a table's cells, read nothing and said only
    that no indicator was read; each cell holding a card's values (目标…, 完成…, 分值 a 得分 b) is named."""
    cells = ["数量指标\n新建生态茶园", "目标≥4000亩\n完成4160亩\n分值10 得分10",
             "格率\n目标≥98%\n完成99%\n分值6 得分6"]
    from jixiao.extract import read_document
    from jixiao.normalize.cued_lines import card_cells
    doc = _column_doc(cells + ["目标≥90%"], head=("目标≥90%", "完成96%", "分值10 得分10", "完成"))
    assert [lines[0] for _, lines in card_cells(doc)] == ["目标≥90%", "目标≥4000亩", "格率"]
    recs = normalize_document(read_document("corpus/native/1772.pdf"), name="1772.pdf")
    named = [w for w in recs.warnings if "像指标卡片" in w]
    assert not recs.indicators and len(named) == 12 and recs.unread_rows == 12
