"""extract.padded_pairs: records printed as padded name / value lines (here dbaccess's vertical records)."""
from jixiao.extract.padded_pairs import bare_vertical
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write

NAMES = ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]


def _pad(name: str, to: int) -> str:
    return name + " " * (to - len(name.encode("gb18030")))


def _dbaccess() -> str:
    """dbaccess's answer to a row wider than its screen: per row a blank line, a line per column (the name padded
    in BYTES, the value after it), NULL nothing after the name, a long value wrapped under the value column."""
    out = ["", "Database selected.", ""]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        values = [str(k), l1, l2, name, target, actual, weight, score, "" if score == weight else "招工延后，"]
        out.append("")
        for n, v in zip(NAMES, values):
            out.append((_pad(n, 16) + v).rstrip())
        if score != weight:
            out.append(" " * 16 + "已整改")
    return "\n".join(out + ["", f"{len(ROWS)} row(s) retrieved.", "", "Database closed."]) + "\n"


def test_dbaccess_vertical_records_are_read_as_one_result(tmp_path):
    """Records of the same names apart by blank lines, the values in one column, a NULL nothing after its name, a
    value going on under the value column: each record a block of name：value lines, the rows of one table."""
    recs, rows = indicator_rows(_write(tmp_path, _dbaccess(), "gb18030"))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.indicators[2].reason == "招工延后，已整改"


def test_one_two_column_block_alone_is_left_as_it_is():
    text = "\n项目名称  示范项目\n主管部门  某某局\n实施单位  某某站\n\n说明文字\n"
    assert bare_vertical(text) == text
