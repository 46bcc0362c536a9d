"""Text as it comes, fortieth round (issue 21, set 1612-1617): antiword's '|' print of a Word table whose long
cells wrap onto further lines with nothing between rows, a browser's HTTP archive (.har) holding the API's
answer as a JSON string, and that answer's tables as declared columns (code and title) over rows keyed by the
codes."""
import json
from decimal import Decimal

from jixiao.extract import read_document
from jixiao.extract.display_columns import display_width
from jixiao.extract.flush_wraps import flush_wraps
from tests.text_rows import LEVELS, ROWS, indicator_rows, written as _write


def _antiword(widths: list[int], rows: list[list[str]]) -> list[str]:
    """Rows as antiword prints a Word table: each cell's pieces (a list of lines) flush against its bar and
    padded to its column's width in display columns (≥ two), a row as tall as its tallest cell."""
    def pad(s, w):
        return s + " " * (w - display_width(s, 2))
    out = []
    for r in rows:
        for k in range(max(len(c) for c in r)):
            out.append("|" + "|".join(pad(c[k] if k < len(c) else "", w) for c, w in zip(r, widths)) + "|")
    return out


def test_a_fixed_width_print_joins_a_cell_wrapped_where_it_filled_its_column(tmp_path):
    """'|建设示范|≥20个 |…' then '|点      |      |…': the name filled its column, and the line under it fills
    only that column, so it is the row's wrap (建设示范点); the date target filled its column too (2023年10月 /
    15日前). A line with a cell under one that had room left is a row of its own."""
    head = [["一级指标"], ["二级指标"], ["三级指标"], ["年度指标值"], ["实际完成值"], ["分值"], ["得分"]]
    body = [[["产出指标"], ["数量指标"], ["建设示范", "点"], ["≥20个"], ["21个"], ["8"], ["8"]],
            [[""], ["时效指标"], ["完成时间"], ["2023年10月", "15日前"], ["2023年10月", "10日"], ["6"], ["6"]],
            [["效益指标"], ["社会效益"], ["带动就业"], ["≥50人"], ["42人"], ["8"], ["6.72"]]]
    text = "\n".join(["年度绩效指标", ""] + _antiword([8, 8, 8, 10, 10, 4, 4], [head] + body)) + "\n"
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert [(n.replace("\n", ""), t.replace("\n", ""), a.replace("\n", ""), w, s) for n, t, a, w, s in rows] == [
        ("建设示范点", "≥20个", "21个", "8", "8"), ("完成时间", "2023年10月15日前", "2023年10月10日", "6", "6"),
        ("带动就业", "≥50人", "42人", "8", "6.72")]
    assert [i.level1 for i in recs.indicators] == ["产出指标", "产出指标", "效益指标"]


def test_cells_padded_after_their_bar_or_of_changing_widths_are_not_joined():
    """A Markdown table ('| a | b |') and a table whose columns change width are no fixed-width print of flush
    cells: their lines stay rows, whatever their cells fill."""
    md = ["| 三级指标 | 分值 |", "| 建设示范点 | 8 |", "|  | 6 |"]
    rows = [[(n, c.strip()) for c in ln.strip()[1:-1].split("|")] for n, ln in enumerate(md, 1)]
    assert flush_wraps(rows, dict(enumerate(md, 1))) == rows
    ragged = ["|三级指标|分值|", "|建设示范点|8|", "||6|"]
    rows = [[(n, c) for c in ln[1:-1].split("|")] for n, ln in enumerate(ragged, 1)]
    assert flush_wraps(rows, dict(enumerate(ragged, 1))) == rows


def _answer() -> dict:
    """An API's answer feeding web table components: each table its columns (a code and a title) and its rows
    keyed by the codes."""
    cols = lambda pairs: [{"field": a, "title": b} for a, b in pairs]
    return {"code": 200, "msg": "操作成功", "data": {
        "head": [{"label": "项目名称", "value": "2023年示范项目"}, {"label": "主管部门", "value": "示范县农业农村局"}],
        "fund": {"cols": cols([("ncys", "年初预算数"), ("qnys", "全年预算数"), ("qnzx", "全年执行数"), ("fz", "分值"),
                               ("zxl", "执行率"), ("df", "得分")]),
                 "rows": [{"ncys": "100.00", "qnys": "100.00", "qnzx": "97.00", "fz": 10, "zxl": "97.00%", "df": 9.7}]},
        "zb": {"cols": cols([("yjzb", "一级指标"), ("ejzb", "二级指标"), ("sjzb", "三级指标"), ("ndzbz", "年度指标值"),
                             ("sjwcz", "实际完成值"), ("fz", "分值"), ("df", "得分")]),
               "rows": [{"yjzb": l1, "ejzb": l2, "sjzb": n, "ndzbz": t, "sjwcz": a, "fz": int(w), "df": float(s)}
                        for (l1, l2), (n, t, a, w, s) in zip(LEVELS, ROWS)]}}}


def test_declared_columns_head_the_rows_keyed_by_their_codes(tmp_path):
    """{"cols": [{"field": "qnys", "title": "全年预算数"} …], "rows": [{"qnys": "100.00", …}]}: the titles head the
    rows, so the one fund row is read by its titles (not left as codes) and the indicators by theirs."""
    recs, rows = indicator_rows(_write(tmp_path, json.dumps(_answer(), ensure_ascii=False)))
    assert [(n, t, a) for n, t, a, _, _ in rows] == [(n, t, a) for n, t, a, _, _ in ROWS]
    p = recs.projects[0]
    assert (p.budget_full_year.raw, p.executed.raw, p.fund_score.value) == ("100.00", "97.00", Decimal("9.7"))


def _har(body: dict) -> str:
    entry = lambda url, mime, text: {
        "request": {"method": "GET", "url": url, "headers": [{"name": "Authorization", "value": "Bearer eyJhbGci.***"}]},
        "response": {"status": 200, "headers": [{"name": "Content-Type", "value": mime}],
                     "content": {"size": len(text), "mimeType": mime, "text": text}},
        "timings": {"wait": 30.5}}
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                               "entries": [entry("https://jx.example.gov.cn/api/zpb/detail?id=1",
                                                 "application/json;charset=UTF-8",
                                                 json.dumps(body, ensure_ascii=False, separators=(",", ":"))),
                                           entry("https://jx.example.gov.cn/static/app.js", "application/javascript",
                                                 "console.log(1)")]}}, ensure_ascii=False, indent=2)


def test_an_http_archive_is_read_by_the_bodies_it_holds(tmp_path):
    """A .har saved from the browser: the API's answer, one escaped JSON string in response.content.text, is
    read as the document it is, at the archive's line holding it, named by its request; the headers (a masked
    token) and the script are not read, and the reader says what the file is."""
    f = _write(tmp_path, _har(_answer()))
    recs, rows = indicator_rows(f)
    assert [(n, t, a) for n, t, a, _, _ in rows] == [(n, t, a) for n, t, a, _, _ in ROWS]
    at = next(k for k, ln in enumerate(f.read_text(encoding="utf-8").split("\n"), 1) if '"text": "{' in ln)
    doc = read_document(f)
    tables = doc.tables()
    assert tables and {c.loc.line for t in tables for c in t.cells} == {at}
    assert all(c.loc.embedded == "响应“/api/zpb/detail”" for t in tables for c in t.cells)
    assert not any("Bearer" in c.text or "app.js" in c.text for t in tables for c in t.cells)
    assert any("HAR" in w for w in doc.warnings)
