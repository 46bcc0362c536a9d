"""Text as it comes, fourteenth round (issue 21): Word 2003 XML saved as text, a Jupyter notebook whose
outputs hold each table as HTML and as plain text (pandas' NaN in merged cells), a sqlite3 shell's
`.mode line` results, an HTTP response saved raw in chunked transfer encoding."""
import json

from jixiao.extract import read_document
from jixiao.extract.sniff import sniff
from jixiao.rules import check

from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
FUND = [["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "100.00", "120.00", "114.00", "10", "95.00%", "9.50"]]


def _wordml() -> str:
    """A Word 2003 XML document: one table, the level-1 cell merged down by w:vmerge, a cell's text over runs."""
    def cell(text, merge=""):
        runs = "".join(f"<w:r><w:t>{part}</w:t></w:r>" for part in text.split("|"))
        pr = {"restart": '<w:vmerge w:val="restart"/>', "continue": "<w:vmerge/>"}.get(merge, "")
        return f"<w:tc><w:tcPr>{pr}</w:tcPr><w:p>{runs if text else ''}</w:p></w:tc>"
    rows = [[cell(h) for h in HEAD]]
    for k, ((l1, l2), (name, *rest)) in enumerate(zip(LEVELS, ROWS)):
        first = k in (0, 2)
        rows.append([cell(l1 if first else "", "restart" if first else "continue"), cell(l2),
                     cell(name[:2] + "|" + name[2:])] + [cell(c) for c in rest])
    body = ("<w:p><w:r><w:t>项目名称：2023年某某县示范项目</w:t></w:r></w:p><w:tbl><w:tblGrid>"
            + '<w:gridCol w:w="1200"/>' * len(HEAD) + "</w:tblGrid>"
            + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<?mso-application progid="Word.Document"?>\r\n'
            '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
            'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">'
            f"<w:body><wx:sect>{body}</wx:sect></w:body></w:wordDocument>")


def test_word_2003_xml_is_read_as_the_word_document_it_is(tmp_path):
    """Word's 'XML 文档 (Word 2003)' sent as .txt: its table (w:vmerge level cells, text split over runs)
    reads as Word shows it. It was taken for an XML export and read to nothing, without a word."""
    path = _write(tmp_path, _wordml())
    assert sniff(path.read_bytes()) == "wordml"
    recs, rows = indicator_rows(path)
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
