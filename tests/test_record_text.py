"""extract.record_text: a system's records written as text (here an SQL*Loader control file with inline data)."""
from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _control(extra: str = "") -> str:
    """A control file loading two tables from its own data (INFILE *): the records told apart by a type code in
    their first two characters (WHEN (1:2) = …), the code a FILLER, fields apart by | and enclosed in quotes
    where they hold one, TRAILING NULLCOLS so a line stops at its last filled field."""
    cols = ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    out = ["-- 装载控制文件", "LOAD DATA", "CHARACTERSET AL32UTF8", "INFILE *", "APPEND",
           "INTO TABLE JX.XMXX", "WHEN (1:2) = 'XM'",
           "FIELDS TERMINATED BY '|' OPTIONALLY ENCLOSED BY '\"'", "TRAILING NULLCOLS",
           "( LX FILLER POSITION(1) CHAR(2),", '  "项目名称" CHAR(200),', '  "金额单位" CHAR(10) )',
           "INTO TABLE JX.ZBWC", "WHEN (1:2) = 'ZB'", "FIELDS TERMINATED BY '|' OPTIONALLY ENCLOSED BY '\"'",
           "TRAILING NULLCOLS", "( LX FILLER POSITION(1) CHAR(2),"]
    out += [f'  "{c}" CHAR(100)' + ("," if k < len(cols) - 1 else " )") for k, c in enumerate(cols)]
    out += ["BEGINDATA", "XM|2023年某某县示范项目|万元"]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        line = f"ZB|{k}|{l1}|{l2}|{name}|{target}|{actual}|{weight}|{score}"
        out.append(line + ('|"招工延后|已整改"' if score != weight else ""))
    return "\r\n".join(out + ([extra] if extra else [])) + "\r\n"


def test_sqlloader_inline_data_is_read_as_the_tables_its_into_table_clauses_name(tmp_path):
    """The data lines are no table of their own (no head line, record types mixed): each is a row of the
    clause its type code picks, its fields that clause's columns in order, a line stopping early empty after."""
    recs, rows = indicator_rows(_write(tmp_path, _control()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.indicators[2].reason == "招工延后|已整改"
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_a_data_line_no_clause_takes_is_named(tmp_path):
    doc = read_document(_write(tmp_path, _control("ZZ|无此类记录|1")))
    assert any("SQL*Loader" in w and "第32行" in w for w in doc.warnings), doc.warnings
