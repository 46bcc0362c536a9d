"""Text as it comes, seventeenth round (issue 21): an Apple XML property list, a Windows registry export,
a Lua table dumped by inspect.lua,
PowerShell's Format-List, a dBASE file shown by dbview, a Fortran namelist."""
from jixiao.extract import read_document
from jixiao.extract.padded_pairs import padded_pairs
from jixiao.extract.display_columns import display_width
from jixiao.normalize import normalize_document
from jixiao.rules import check
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _plist_value(v, ind: int) -> list[str]:
    t = "\t" * ind
    if isinstance(v, dict):
        out = [t + "<dict>"]
        for k in sorted(v):      # a plist writer's order: every dict's keys sorted
            out += [f"{t}\t<key>{k}</key>"] + _plist_value(v[k], ind + 1)
        return out + [t + "</dict>"]
    if isinstance(v, list):
        return [t + "<array>"] + [x for item in v for x in _plist_value(item, ind + 1)] + [t + "</array>"]
    if isinstance(v, bool):
        return [t + ("<true/>" if v else "<false/>")]
    if isinstance(v, int):
        return [t + f"<integer>{v}</integer>"]
    return [t + f"<string>{v}</string>"] if "." not in v or not v.replace(".", "").isdigit() else [t + f"<real>{v}</real>"]


def _plist() -> str:
    tree: dict = {}
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        tree.setdefault(l1, {}).setdefault(l2, []).append(
            {"三级指标": name, "年度指标值": target, "实际完成值": actual, "分值": int(weight),
             "得分": score if "." in score else int(score), "是否达成": "." not in score})
    data = {"项目信息": {"项目名称": "2023年某某县示范项目", "金额单位": "万元"}, "绩效指标": tree,
            "自评结果": {"总分": 100, "自评得分": "30.22"}}
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>',
                      '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
                      '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
                      '<plist version="1.0">'] + _plist_value(data, 0) + ["</plist>", ""])


def test_an_apple_property_list_reads_its_key_value_siblings_as_records(tmp_path):
    """A plist names no field by a tag: <key>分值</key><integer>8</integer> are siblings in a <dict>. Its dicts are
    the records, the keys they stand under (产出指标 → 数量指标 → <array>) their levels; the keys sorted (实际完成值
    before 年度指标值, 项目信息 after 绩效指标) are read by name, the head above the table."""
    text = _plist()
    assert text.index("<key>实际完成值</key>") < text.index("<key>年度指标值</key>")
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def _reg() -> str:
    """regedit's export: the indicators' keys before the head's (subkeys sorted), whole numbers dword hex."""
    root = "HKEY_CURRENT_USER\\Software\\某某县财政\\绩效自评\\2023"

    def val(name, v):
        return f'"{name}"=dword:{v:08x}' if isinstance(v, int) else f'"{name}"="{v}"'
    out = ["Windows Registry Editor Version 5.00", "", f"[{root}]", "", f"[{root}\\绩效指标]", val("指标个数", 3), ""]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        out += [f"[{root}\\绩效指标\\{k:02d}]", val("一级指标", l1), val("二级指标", l2), val("三级指标", name),
                val("年度指标值", target), val("实际完成值", actual), val("分值", int(weight)),
                val("得分", score if "." in score else int(score)), ""]
    out += [f"[{root}\\项目信息]", val("项目名称", "2023年某某县示范项目"), val("金额单位", "万元"), ""]
    return "\r\n".join(out)


def test_a_registry_export_reads_its_keys_as_records_and_dwords_as_numbers(tmp_path):
    """A .reg file (UTF-16 with a BOM): a [HKEY_…] key per record and its "name"="value" lines; the numbered
    subkeys of 绩效指标 the rows, dword:00000008 the number 8; the head, listed last, above the table."""
    text = _reg()
    assert 'dword:00000008' in text and text.index("绩效指标") < text.index("项目信息")
    recs, rows = indicator_rows(_write(tmp_path, "\ufeff" + text, "utf-16-le"))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def _lua() -> str:
    """inspect.lua's dump after a log line: keys sorted, ["…"] for keys that are no identifier, the rows
    POSITIONAL ARRAYS under a cols list, a level cell "" under its run's first row."""
    rows, prev = [], None
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        cells = ["" if l1 == prev else l1, l2, name, target, actual]
        prev = l1
        rows.append("{ " + ", ".join(f'"{c}"' for c in cells) + f", {weight}, {score} }}")
    return "\n".join(['2024/03/19 10:12:45 [notice] 23141#0: [lua] dump.lua:57: 导出前核对：', "{",
                      '  head = {', '    ["金额单位"] = "万元",', '    ["项目名称"] = "2023年某某县示范项目"', '  },',
                      '  indicators = {',
                      '    cols = { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分" },',
                      "    rows = { " + ",\n      ".join(rows) + " }", "  },",
                      '  total = {', '    ["自评得分"] = 30.22', '  }', "}", ""])


def test_a_lua_table_dump_reads_its_row_arrays_under_their_column_names(tmp_path):
    """A Lua table constructor: keyed members a mapping (["项目名称"] = "…"), bare ones a list; a cols list
    beside rows of as many values is a table, the strings without their quotes, the numbers as written."""
    recs, rows = indicator_rows(_write(tmp_path, _lua()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def _format_list() -> str:
    """Import-Csv … | Format-List: a block per row, names padded BY CHARACTERS to the longest, level cells empty
    under a run's first row, a long value wrapped under the value column."""
    names = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    out, prev = ["PS D:\\绩效> Import-Csv .\\项目.csv | Format-List", "", "项目名称 : 2023年某某县示范项目",
                 "金额单位 : 万元", "年度   : 2023", "", "", "PS D:\\绩效> Import-Csv .\\指标.csv | Format-List", ""], None
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        reason = "招工延后，部分岗位" + "\n" + " " * 14 + "未到位" if "." in score else ""
        for k, v in zip(names, ["" if l1 == prev else l1, l2, name, target, actual, weight, score, reason]):
            out += (k.ljust(11) + " : " + v).split("\n")
        out.append("")
        prev = l1
    return "\r\n".join(out) + "\r\n"


def test_padded_name_value_lines_read_as_label_value_lines_a_wrapped_value_joined():
    """Format-List's 'name      : value' lines, the colons in one column by characters (or by display width):
    name：value, the wrapped value's next line joined to it; a line with its colon elsewhere stays as it was."""
    text = "\n".join(["Start time: 20240315", "三级指标        : 带动就业", "年度指标值       : ≥50人",
                      "偏差原因分析及改进措施 : 招工延后，", "              部分岗位未到位", "时间: 09:30"])
    assert padded_pairs(text, display_width).split("\n") == [
        "Start time: 20240315", "三级指标：带动就业", "年度指标值：≥50人", "偏差原因分析及改进措施：招工延后，部分岗位未到位",
        "", "时间: 09:30"]



def test_dokuwiki_span_cells_are_no_padded_name_value_lines():
    """DokuWiki's '^ ::: |' (a row-head cell its column's span covers, 767.txt) has its colons in one column
    too, but no ' : ': read as pairs, the span was lost and the level cells read '：::'."""
    text = "\n".join(["^ 效益指标 | 经济效益指标 | 销售收入 |", "^ ::: | 社会效益指标 | 带动就业 |",
                      "^ ::: | 生态效益指标 | 菌渣利用率 |", "^ ::: | 可持续影响指标 | 运营机制 |"])
    assert padded_pairs(text, display_width) == text
    assert padded_pairs("a    : 1\nbb   :\nccc  : 3", display_width) == "a：1\nbb：\nccc：3"      # an empty value

def test_powershell_format_list_reads_one_record_a_block(tmp_path):
    recs, rows = indicator_rows(_write(tmp_path, _format_list()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert recs.indicators[2].reason == "招工延后，部分岗位未到位"


def _dbview() -> str:
    """dbview's records of the head file ('name : value' padded to 10 bytes), the indicator file's structure
    (dbview -i -o) and its records in browse mode (dbview -b -t): a line each, every field ENDED by ':'."""
    def pad(name):
        return name + " " * (10 - len(name.encode("gbk")))
    out = ["$ dbview XMXX.DBF", f"{pad('项目名称')} : 2023年某某县示范项目  ", f"{pad('金额单位')} : 万元",
           f"{pad('年度')} : 2023", "", "$ dbview -i -o JXZB.DBF", "Records:\t3", "",
           "Field Name\tType\tLength\tDecimal Pos"]
    fields = [("一级指标", "C", 10, 0), ("二级指标", "C", 20, 0), ("三级指标", "C", 50, 0), ("年度指标值", "C", 20, 0),
              ("实际完成值", "C", 20, 0), ("分值", "N", 6, 2), ("得分", "N", 6, 2)]
    out += [f"{pad(n)}\t  {t}\t{size:>4}\t{dec:>3}" for n, t, size, dec in fields]
    out += ["", "$ dbview -b -t JXZB.DBF"]
    out += ["".join(c + ":" for c in (l1, l2, name, target, actual, weight, score))
            for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS)]
    return "\n".join(out + ["$ ", ""])


def test_a_dbase_browse_listing_takes_its_header_from_the_structure_listed_above_it(tmp_path):
    """Record lines with no header line, each field ended by ':', read under the field names the structure
    listing gives (a line per field: name, type letter, length, decimals), as many as each line's fields."""
    recs, rows = indicator_rows(_write(tmp_path, _dbview(), "gbk"))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def _namelist() -> str:
    """A namelist input file: a legend of the variables in a comment, the table column by column as arrays with
    repeat counts, an indexed element."""
    q = lambda v: "'" + v + "'"      # noqa: E731
    (a, b, c) = ROWS
    return "\n".join([
        "! 变量说明：XMMC 项目名称  JEDW 金额单位",
        "!           YJZB 一级指标  EJZB 二级指标  SJZB 三级指标  NDMB 年度指标值  SJWC 实际完成值  FZ 分值  DF 得分",
        "!           PCYY 偏差原因",
        "&XMXX", f"  XMMC = {q('2023年某某县示范项目')},", f"  JEDW = {q('万元')}", "/",
        "&JXZB", "  NZB = 3,", f"  YJZB = 2*{q('产出指标')}, {q('效益指标')},",
        "  EJZB = " + ", ".join(q(l2) for _, l2 in LEVELS) + ",",
        "  SJZB = " + ", ".join(q(r[0]) for r in ROWS) + ",",
        "  NDMB = " + ", ".join(q(r[1]) for r in ROWS) + ",",
        "  SJWC = " + ", ".join(q(r[2]) for r in ROWS) + ",",
        "  FZ = 8, 6, 8,", "  DF = 8, 6, 6.72,", f"  PCYY(3) = {q('招工延后')}", "/", ""])


def test_a_fortran_namelist_reads_its_arrays_as_columns_under_their_legend(tmp_path):
    """&GROUP … / groups; arrays of one length a table written column by column (2*'产出指标' two values), an
    indexed element PCYY(3) the third row's; the variables read under the words the comment's legend gives."""
    recs, rows = indicator_rows(_write(tmp_path, _namelist()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert recs.indicators[2].reason == "招工延后"


def test_a_namelist_groups_single_values_after_its_arrays_are_its_tables_columns(tmp_path):
    """A namelist tells no scalar from an array whose first element alone is given: the fund's 分值 / 执行率 / 得分
    written once after its sources' arrays are the fund table's columns on its first row (a merged cell), so the
    fund weight is read and the weights add up to 100 (before: lines beside the table, unread, a false JX303). A
    single value before the first array (NZB, a count) stays the group's member, no column of the table."""
    fund = "\n".join(["! ZJLY 资金来源  NCYS 年初预算数  QNYS 全年预算数  QNZX 全年执行数  ZJFZ 分值  ZXL 执行率  ZJDF 得分",
                      "&ZJQK", "  ZJLY = '年度资金总额', '其中：财政拨款', '其他资金',", "  NCYS = 100.00, 100.00, 0.00,",
                      "  QNYS = 120.00, 120.00, 0.00,", "  QNZX = 114.00, 114.00, 0.00,",
                      "  ZJFZ = 10,  ZXL = '95.00%',", "  ZJDF = 9.50", "/", ""])
    text = _namelist().replace("&JXZB", fund + "&JXZB").replace("FZ = 8, 6, 8", "FZ = 40, 30, 20")
    recs = normalize_document(read_document(_write(tmp_path, text)))
    p = recs.projects[0]
    assert (p.budget_initial.value, p.executed.value, p.exec_rate_stated.raw) == (1000000, 1140000, "95.00%")
    assert (p.fund_weight.value, p.fund_score.raw) == (10, "9.50")
    assert [i.level3 for i in recs.indicators] == [r[0] for r in ROWS]
    assert "JX303" not in {f.rule for f in check(recs)}


def test_a_fund_in_label_blocks_per_source_reads_the_totals_block(tmp_path):
    """The fund as Format-List blocks, one per source: the total's block is the fund; a source's block agreeing
    with it on every figure (其中：财政拨款, all of it) or all zeros (其他资金) is a source, not a fund stated
    otherwise."""
    fund = [("年度资金总额", "100.00", "120.00", "114.00", "10", "95.00%", "9.5"),
            ("其中：财政拨款", "100.00", "120.00", "114.00", "", "", ""), ("其他资金", "0.00", "0.00", "0.00", "", "", "")]
    labels = ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    lines = ["PS D:\\绩效> Import-Csv .\\资金.csv | Format-List", ""]
    for row in fund:
        lines += [k.ljust(5) + " : " + v for k, v in zip(labels, row)] + [""]
    text = _format_list().replace("PS D:\\绩效> Import-Csv .\\指标.csv", "\r\n".join(lines) + "\r\nPS D:\\绩效> Import-Csv .\\指标.csv")
    recs, rows = indicator_rows(_write(tmp_path, text))
    p = recs.projects[0]
    assert rows == ROWS
    assert (p.budget_initial.value, p.executed.value, p.fund_weight.value, p.fund_score.value) == (1000000, 1140000, 10, 9.5)
