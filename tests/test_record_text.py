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


def _put_log() -> str:
    """A program's log listing its data sets as `name=value` items (SAS's put (_all_) (=)): notes and numbered
    source lines around them, the one head record, the indicator records WRAPPED where a line ran full (the
    next line opening with another name goes on with the record), a blank value nothing after its '='."""
    out = ["NOTE: SAS initialization used:", "      real time           1.28 seconds", "",
           "1    data _null_;", "2      set work.xm;", "3      put (_all_) (=);", "4    run;", "",
           "项目名称=2023年某某县示范项目 金额单位=万元", "NOTE: There were 1 observations read from the data set WORK.XM.",
           "", "5    data _null_;", "6      set work.zb;", "7      put (_all_) (=);", "8    run;", ""]
    prev = None
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        out.append(f"一级指标={l1 if l1 != prev else ''} 二级指标={l2} 三级指标={name} 年度指标值={target}")
        out.append(f"实际完成值={actual} 分值={weight} 得分={score} 偏差原因={'招工延后' if score != weight else ''}")
        prev = l1
    out += ["NOTE: There were 3 observations read from the data set WORK.ZB.", ""]
    return "\r\n".join(out)


def test_name_value_records_among_log_lines_are_read_as_a_table_and_said(tmp_path):
    recs, rows = indicator_rows(_write(tmp_path, _put_log(), "gb18030"))
    assert rows == ROWS
    assert _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
    doc = read_document(_write(tmp_path, _put_log(), "gb18030"))
    assert any("“名称=值”记录" in w and "共3行" in w for w in doc.warnings)


def test_a_file_wholly_of_name_value_lines_or_with_one_record_a_kind_is_no_put_listing():
    from jixiao.extract.record_text import put_records
    # every line a record: a logfmt log, record_text.parse's
    assert put_records("a=1 b=2 c=3\na=4 b=5 c=6\na=7 b=8 c=9\n") is None
    # among other lines, no run of three records with the same names: nothing rewritten
    assert put_records("说明如下\nx=1 y=2\n其他说明\nk=3 m=4\n") is None
    # a repr's keyword arguments are no name=value items (Pandas(Index=0, 名称='…'))
    assert put_records("In [1]: x\nPandas(Index=0, 甲=1, 乙=2)\nPandas(Index=1, 甲=3, 乙=4)\n"
                       "Pandas(Index=2, 甲=5, 乙=6)\n") is None
