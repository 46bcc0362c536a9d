"""extract.dif: an Excel sheet saved as DIF (Data Interchange Format) and sent as text."""
from jixiao.extract import read_document
from jixiao.extract.dif import dif_sheet
from jixiao.extract.sniff import sniff
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels as _levels, written as _write


def _dif(rows: list[list], title: str = "EXCEL") -> str:
    """The rows as Excel writes them in DIF: the TABLE / VECTORS / TUPLES / DATA header, then per row -1,0 / BOT
    and per cell two lines (0,n / V a number, 1,0 / "text" a string, doubled quotes inside), -1,0 / EOD last."""
    width = max(len(r) for r in rows)
    out = ["TABLE", "0,1", f'"{title}"', "VECTORS", f"0,{width}", '""', "TUPLES", f"0,{len(rows)}", '""',
           "DATA", "0,0", '""']
    for r in rows:
        out += ["-1,0", "BOT"]
        for c in list(r) + [""] * (width - len(r)):
            out += [f"0,{c}", "V"] if isinstance(c, (int, float)) else ["1,0", '"%s"' % c.replace('"', '""')]
    return "\r\n".join(out + ["-1,0", "EOD"]) + "\r\n"


def _form() -> list[list]:
    rows = [["项目名称", "2023年某某县示范项目"], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                               "得分", "偏差原因"]]
    for r in body_rows():
        rows.append(r[:5] + [int(r[5]), float(r[6]) if "." in r[6] else int(r[6]), r[7]])
    return rows


def test_dif_file_is_sniffed_and_read_as_a_sheet_of_its_two_line_cells(tmp_path):
    """Every cell two lines (a type pair and a value), rows begun by BOT, numbers 0,n / V, merged cells empty
    strings: sniffed as DIF (not lines of text) and read as a sheet, so the form's rows are its indicators."""
    text = _dif(_form())
    assert sniff(text.encode("gbk")) == "dif"
    recs, rows = indicator_rows(_write(tmp_path, text, "gbk"))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_dif_cells_keep_their_row_and_column_and_quotes():
    sheet = dif_sheet(_dif([["a", 'say "x"'], ["", 0.98, 12]]))
    assert sheet.cells[(1, 1)][0] == "a" and sheet.cells[(1, 2)][0] == 'say "x"'
    assert (2, 1) not in sheet.cells and sheet.cells[(2, 2)][0] == "0.98" and sheet.cells[(2, 3)][0] == "12"


def test_a_dif_cell_out_of_the_grammar_is_counted_and_said(tmp_path):
    text = _dif(_form()).replace("0,8\r\nV", "7,8\r\nV", 1)
    doc = read_document(_write(tmp_path, text, "gbk"))
    assert any("DIF" in w and "共1个单元格未读取" in w for w in doc.warnings)
