"""A side-by-side diff (diff -y, sdiff) of two versions of a form: read by its right half, the new version."""
from extract.display_columns import display_width
from extract.revision_marks import right_side
from extract.text_reader import read_text


def _sdiff(pairs: list[tuple[str, str, str]], half: int = 60, gap: int = 4) -> str:
    """Lines as diff -y prints them: the left padded to the gutter column, the mark, the right after a gap."""
    out = []
    for left, mark, right in pairs:
        line = left + " " * (half - display_width(left)) + (mark if mark != " " else " ")
        out.append((line + " " * gap + right).rstrip() if right else line.rstrip())
    return "\n".join(out)


PAIRS = [("某某区项目支出绩效自评表", " ", "某某区项目支出绩效自评表"), ("", " ", ""),
         ("项目名称：某某示范项目", " ", "项目名称：某某示范项目"), ("金额单位：万元", " ", "金额单位：万元"),
         ("全年预算数：200", " ", "全年预算数：200"), ("全年执行数：200", "|", "全年执行数：190"),
         ("执行率：100%", "|", "执行率：95%"), ("  1. 建设示范点：指标值≥3个，实际3个", " ", "  1. 建设示范点：指标值≥3个，实际3个"),
         ("", ">", "    偏差原因：受天气影响"), ("旧的一行", "<", ""), ("总分：98", " ", "总分：98")]


def test_a_side_by_side_diff_is_read_by_its_right_half():
    """The gutter column is the one where the marks | < > stand after padding; shared lines are the same
    on both halves; the right half keeps its own indent; '<' lines (the old version's only) are dropped
    and counted with the changed lines' old halves; lines before the diff stay as they are."""
    text = "以右栏为准。\n\n" + _sdiff(PAIRS)
    got = right_side(text)
    assert got is not None
    lines = [t for _, t in got.lines]
    assert "全年执行数：190" in lines and "全年执行数：200" not in lines
    assert "  1. 建设示范点：指标值≥3个，实际3个" in lines and "    偏差原因：受天气影响" in lines
    assert "旧的一行" not in "\n".join(lines) and lines[0] == "以右栏为准。"
    assert (got.dropped, got.changed) == (3, 2)
    # each line keeps the file's number
    assert dict(got.lines)[3] == "某某区项目支出绩效自评表"


def test_a_two_column_table_or_a_pipe_table_is_no_side_by_side_diff():
    """Two aligned columns whose halves differ on every line, or a table ruled by pipes, hold no diff."""
    table = "\n".join(f"{a}{' ' * (30 - display_width(a))}{b}" for a, b in
                      [("项目名称", "某某示范项目"), ("主管部门", "某某局"), ("金额单位", "万元"), ("总分", "98")])
    assert right_side(table) is None
    piped = "\n".join(["| 指标 | 目标 | 实际 |", "| --- | --- | --- |", "| 示范点 | 3个 | 3个 |",
                       "| 满意度 | ≥90% | 95% |"])
    assert right_side(piped) is None


def test_a_side_by_side_diff_file_says_what_of_the_left_was_not_read(tmp_path):
    text = "以右栏为准。\n\n" + _sdiff(PAIRS) + "\n"
    doc = read_text(str(tmp_path / "d.txt"), text.encode("utf-8"), "0")
    said = [w for w in doc.warnings if "并排对照" in w]
    assert said and "左栏（旧版本）的3行未读取" in said[0] and "2行与右栏不同" in said[0]
    body = "\n".join(p.text for p in doc.paragraphs())
    assert "全年执行数：190" in body and "全年执行数：200" not in body
