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
