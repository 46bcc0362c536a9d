"""Text as it comes, twenty-ninth round (issue 21, set 1408-1413): a Hive table's text file (fields apart by ^A)
under its describe answer."""
from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def _full_rows() -> list[list[str]]:
    """The rows with both levels on every row (a database keeps them so)."""
    return [[l1, l2, *r] for (l1, l2), r in zip(LEVELS, ROWS)]


def _desc(names: list[str], types: list[str]) -> list[str]:
    """Hive's `desc t` answer: the name and the type each padded to twenty characters and a tab, no comment."""
    return [n.ljust(20) + "\t" + t.ljust(20) + "\t" for n, t in zip(names, types)]


def test_a_hive_text_file_apart_by_ctrl_a_reads_under_its_describe_answer(tmp_path):
    """`hdfs dfs -cat` of a Hive table's file puts ^A (\\x01) between fields and \\N for NULL: a data file, not a
    binary one; its rows read by the column names the describe answer above lists (log lines between), the
    describe lines no table of their own, and the reader says the fields were split by the control character."""
    types = ["string"] * 5 + ["int", "double", "string"]
    rows = _full_rows()
    lines = ["===== 导出 ods.zbwc ====="] + _desc(HEAD, types)
    lines += ["2024-03-18 10:21:19,482 WARN util.NativeCodeLoader: Unable to load native-hadoop library"]
    lines += ["\x01".join(r + ["\\N"]) for r in rows]
    f = _write(tmp_path, "\n".join(lines) + "\n")
    recs, got = indicator_rows(f)
    assert got == [tuple(r[2:7]) for r in rows] and _levels(recs) == LEVELS
    doc = read_document(f)
    assert any("^A" in w and "3行" in w for w in doc.warnings)
    assert not any("string" in c.text for t in doc.tables() for c in t.cells)


def test_a_run_of_control_characters_of_uneven_counts_stays_binary(tmp_path):
    """Control characters in no table's pattern (runs of lines holding them unevenly) are no field separator."""
    f = tmp_path / "b.txt"
    f.write_bytes(("a\x01b\x01c\nd\x01e\n" * 40).encode())
    try:
        read_document(f)
    except Exception as e:      # noqa: BLE001
        assert "二进制" in str(e)
    else:
        raise AssertionError("read as text")
