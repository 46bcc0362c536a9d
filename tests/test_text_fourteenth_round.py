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


def _notebook() -> str:
    def frame_html(rows):
        return ('<div>\n<table border="1" class="dataframe">\n<thead><tr><th></th>'
                + "".join(f"<th>{h}</th>" for h in rows[0]) + "</tr></thead>\n<tbody>\n"
                + "".join(f"<tr><th>{k}</th>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n"
                          for k, r in enumerate(rows[1:])) + "</tbody>\n</table>\n</div>")

    def frame_text(rows):
        return "\n".join("  ".join([str(k - 1) if k else " "] + list(r)) for k, r in enumerate(rows))

    def lines(text):
        parts = text.split("\n")
        return [p + "\n" for p in parts[:-1]] + [parts[-1]]

    def output(n, rows):
        return {"cell_type": "code", "execution_count": n, "metadata": {}, "source": ["zb"],
                "outputs": [{"output_type": "execute_result", "execution_count": n, "metadata": {},
                             "data": {"text/html": lines(frame_html(rows)), "text/plain": lines(frame_text(rows))}}]}
    fund = [FUND[0], [c if c else "NaN" for c in FUND[1]]]
    ind = [HEAD] + [[l1 if k != 1 else "NaN", l2, *row] for k, ((l1, l2), row) in enumerate(zip(LEVELS, ROWS))]
    cells = [{"cell_type": "markdown", "metadata": {}, "source": lines("## 项目支出绩效自评表\n\n- 项目名称：2023年某某县示范项目\n"
                                                                       "- 金额单位：万元")},
             output(1, fund), output(2, ind),
             {"cell_type": "markdown", "metadata": {}, "source": ["**自评得分：30.22**"]}]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, ensure_ascii=False, indent=1)


def test_a_notebook_reads_as_the_page_it_shows(tmp_path):
    """A Jupyter notebook (.ipynb JSON) sent as .txt: its markdown cells' text and its outputs' HTML, each
    table once (the text/plain copy of a DataFrame is the same table), pandas' NaN in a dataframe table an
    empty (merged) cell. It was read as a web page with the JSON around it: the NaN level cell a level
    'NaN', the head's values ending in the JSON's \\n", and a false JX701 on the ** of the bold total."""
    recs, rows = indicator_rows(_write(tmp_path, _notebook()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert "NaN" not in [c.text for t in read_document(_write(tmp_path, _notebook())).tables() for c in t.cells]
    p = recs.projects[0]
    assert (p.name, str(p.total_score_stated.value), str(p.fund_score.value)) == ("2023年某某县示范项目", "30.22", "9.50")
    assert "JX701" not in [f.rule for f in check(recs)]


def _mode_line(records: list[list[tuple[str, str]]]) -> list[str]:
    """Records as sqlite3 prints them in .mode line: names right-aligned by UTF-8 bytes, a blank line between."""
    w = max(len(n.encode()) for rec in records for n, _ in rec)
    out = []
    for k, rec in enumerate(records):
        out += [""] * bool(k) + [" " * (w - len(n.encode())) + f"{n} = {v}" for n, v in rec]
    return out


def test_a_sqlite_shells_line_mode_results_are_records(tmp_path):
    """sqlite3's .mode line: 'name = value' lines right-aligned by bytes, a blank line between records and
    no line opening one: one record's fields read as label：value lines, several records as a table
    headed by their names. It was read as one unread header-like line, the fund as two conflicting ones."""
    ind = [list(zip(HEAD, [l1, l2, *row])) for (l1, l2), row in zip(LEVELS, ROWS)]
    text = "\n".join(["sqlite> .mode line", "sqlite> SELECT * FROM 项目信息;"]
                     + _mode_line([[("项目名称", "2023年某某县示范项目"), ("金额单位", "万元"), ("年度", "2023")]])
                     + ["sqlite> SELECT * FROM 资金情况;"] + _mode_line([list(zip(*FUND))])
                     + ["sqlite> SELECT * FROM 绩效指标;"] + _mode_line(ind) + ["sqlite> .quit", ""])
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, p.executed.value, str(p.fund_score.value)) == ("2023年某某县示范项目", 1140000, "9.50")
    # assignments whose names are not aligned are no records
    doc = read_document(_write(tmp_path, "得分 = 实际值/目标值×分值\n满分得分率 = 得分/分值\n"))
    assert not doc.tables()


def _page() -> bytes:
    return ("<html><head><meta charset=\"UTF-8\"></head><body><p>项目名称：2023年某某县示范项目</p><table>"
            + "<tr>" + "".join(f"<th>{h}</th>" for h in HEAD) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in (*lv, *row)) + "</tr>" for lv, row in zip(LEVELS, ROWS))
            + "</table></body></html>\n").encode("utf-8")


def test_a_raw_http_response_in_chunks_reads_its_body(tmp_path):
    """A response saved whole by a debugging proxy: headers, then the page in chunked transfer encoding,
    the size lines cutting a tag and a UTF-8 character. The bytes were decoded as GBK with the size
    lines in them: every row named unread in mojibake."""
    from jixiao.extract.http_message import http_body
    page = _page()
    cut = page.index("建设".encode()) + 1      # inside the three bytes of 建
    chunks = [page[:cut], page[cut:cut + 40], page[cut + 40:]]
    raw = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=UTF-8\r\nTransfer-Encoding: chunked\r\n\r\n"
           + b"".join(b"%x\r\n" % len(c) + c + b"\r\n" for c in chunks) + b"0\r\n\r\n")
    path = tmp_path / "r.txt"
    path.write_bytes(raw)
    recs, rows = indicator_rows(path)
    assert rows == ROWS and _levels(recs) == LEVELS
    assert http_body(raw) == (page, [])
    assert http_body(raw[:-7])[1] == ["分块传输的正文不完整（分块长度与内容不符或缺少结束块）"]
    assert http_body(page) is None
