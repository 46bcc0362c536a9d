"""extract.text_grids: tables a text writes in its own grammar (here a database client's vertical results)."""
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _cqlsh_expanded() -> str:
    """cqlsh with EXPAND ON: '@ Row n', a '-+-' rule, ' name | value' lines (the names padded), a BLANK LINE after
    each record, null for a missing value, '(n rows)' under the last; columns in Cassandra's order."""
    names = ["xmbh", "序号", "一级指标", "三级指标", "二级指标", "偏差原因", "分值", "实际完成值", "年度指标值", "得分"]
    out = ["cqlsh:jx> EXPAND ON;", "Now Expanded output is enabled", "cqlsh:jx> SELECT * FROM 绩效指标;", ""]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        values = ["001", str(k), l1, name, l2, "null" if score == weight else "招工延后", weight, actual, target, score]
        out += [f"@ Row {k}", "-" * 12 + "+" + "-" * 20]
        out += [" " + n + " " * (10 - len(n) * 2 if not n.isascii() else 10 - len(n)) + " | " + v
                for n, v in zip(names, values)]
        out.append("")
    return "\n".join(out + [f"({len(ROWS)} rows)", "", "cqlsh:jx> exit"]) + "\n"


def test_cqlsh_expanded_records_apart_by_blank_lines_are_one_result(tmp_path):
    """The blank line after each '@ Row n' record and the rule under its opening line end nothing: the records
    are one result, the rows of a table headed by their names, null an empty cell."""
    recs, rows = indicator_rows(_write(tmp_path, _cqlsh_expanded()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.indicators[0].reason in ("", None) and recs.indicators[2].reason == "招工延后"


def _tiddler() -> str:
    """A TiddlyWiki tiddler: field lines, a blank line, the head as a definition list ('; term' / ': definition'),
    a table with a '|…|c' caption, a '|!…|h' header row, level cells merged down by '~' cells and the total's label
    across by '<' cells."""
    out = ["title: 绩效自评表", "type: text/vnd.tiddlywiki", "", "; 项目名称", ": 2023年示范项目", "; 主管部门",
           ": 示范县农业农村局", "", "|年度绩效指标|c", "|!一级指标|!二级指标|!三级指标|!年度指标值|!实际完成值|!分值|!得分|h"]
    prev = None
    for (l1, l2), r in zip(LEVELS, ROWS):
        out.append("|" + "|".join((l1 if l1 != prev else "~", l2) + r) + "|")
        if prev is None:     # a second row of the first level 2, both its levels merged from above
            out.append("|~|~|培训人员|≥100人次|120人次|6|6|")
        prev = l1
    return "\n".join(out + ["|总分|<|<|<|<|100|98|", ""])


def test_tiddlywiki_span_marks_are_merges_not_text(tmp_path):
    """'~' is the cell above going on, '<' the cell on the left: the levels are the merged cell's, never '~'; '!'
    marks a header cell; the caption row and the row marks no cells."""
    recs, rows = indicator_rows(_write(tmp_path, _tiddler()))
    assert rows == ROWS[:1] + [("培训人员", "≥100人次", "120人次", "6", "6")] + ROWS[1:]
    assert _levels(recs) == LEVELS[:1] * 2 + LEVELS[1:]


def test_tiddlywiki_table_spans():
    from jixiao.extract.text_grids import tiddlywiki_table
    lines = list(enumerate(["|!a|!b|!c|h", "|x|y|1|", "|~|z|2|", "|总|<|3|"], 1))
    rows, caption, end = tiddlywiki_table(lines, 0)
    assert end == 4 and caption == ""
    assert [(t, rs, cs) for _, t, rs, cs in rows[1]] == [("x", 2, 1), ("y", 1, 1), ("1", 1, 1)]
    assert [(t, cs) for _, t, _, cs in rows[3]] == [("总", 2), ("3", 1)]
    assert tiddlywiki_table(list(enumerate(["|a|b|", "|c|d|"], 1)), 0) is None     # a Markdown-like pipe table


def test_a_markdown_table_with_a_tilde_and_a_bang_is_no_tiddlywiki_table():
    """A Markdown table (its |---| delimiter row) whose cells hold a '~' (同上) and open with '!' is Markdown's: the
    '~' text, not a merge, and the delimiter row no data row."""
    from jixiao.extract.text_grids import tiddlywiki_table
    lines = list(enumerate(["| 指标 | 说明 |", "| :--- | ---: |", "| !重要 | 满意度 |", "| 完成率 | ~ |"], 1))
    assert tiddlywiki_table(lines, 0) is None


def test_a_wiki_definition_list_is_label_value_lines(tmp_path):
    """'; 项目名称' over ': 2023年示范项目' is the head's 项目名称：2023年示范项目 (the project named)."""
    recs, _ = indicator_rows(_write(tmp_path, _tiddler()))
    assert [p.name for p in recs.projects] == ["2023年示范项目"]


def _xwiki() -> str:
    """An XWiki 2.1 page: '|=' header cells, a (% … %) line before the table, the level cells merged by
    (% rowspan="N" %) parameters with the cells they cover LEFT OUT of the rows below, ~| a bar of text, the
    total's label spread by (% colspan="5" %) and bold."""
    out = ["= 2023年示范项目绩效自评表 =", "", "|=项目名称|2023年示范项目", "", '(% class="table-bordered" %)',
           "|=一级指标|=二级指标|=三级指标|=年度指标值|=实际完成值|=分值|=得分"]
    for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS)):
        first = [] if k and LEVELS[k - 1][0] == l1 else \
            [f'(% rowspan="{sum(1 for x in LEVELS[k:] if x[0] == l1)}" %){l1}']
        out.append("|" + "|".join(first + [l2, *r]))
    out += ['|(% colspan="5" %)**总分**|100|98', ""]
    return "\n".join(out)


def test_an_xwiki_table_reads_its_cell_parameters_as_spans(tmp_path):
    """(% rowspan %) merges the level cell over the rows below (their cells start one column right); '|=' and the
    parameters are no text; the head's '|=label|value' row a label：value pair."""
    text = _xwiki()
    assert 'rowspan="' in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert [p.name for p in recs.projects] == ["2023年示范项目"]


def test_xwiki_cells_keep_an_escaped_bar_and_a_links_bar():
    from jixiao.extract.text_grids import _xwiki_cells
    assert _xwiki_cells("|=a~|b|[[x|y]]|") == ["=a|b", "[[x|y]]", ""]


def test_asciidoc_fences_and_textile_centring_are_no_xwiki_header_marks():
    from jixiao.extract.text_grids import xwiki_table
    assert xwiki_table([(1, "|===")], 0) is None
    assert xwiki_table([(1, "| 年度资金总额 |>. 960.00 |=. 10 |")], 0) is None
    assert xwiki_table([(1, "|=分值|=得分"), (2, "|8|8")], 0) is not None
