"""How long the reader takes on hostile inputs that once blew up (quadratic scans, rescans to the end, huge
or broken files), each against the budget its review set. A report, not a test: the tests assert what is read
or refused (and, where the work can be counted, that it grows linearly: tests/growth.py); the seconds are
measured here, where a loaded machine makes a slow figure, not a failed suite.

    python -m benchmarks.hostile_inputs [--only NAME ...] [--rounds 1] [--json PATH]

Each case: its input builder (outside the clock), its budget in seconds, the time taken (wall, the best of the
rounds: a machine shared with other work slows a round, never speeds it) and over/under its budget. The exit
status is 1 when a case is over its budget.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path


def _var_dump_string():
    n = 1_200_000
    text = 'array(5) {\n  ["a"]=>\n  string(%d) "%s"\n' % (n, "好" * (n // 3)) \
        + "".join(f'  ["{k}"]=>\n  int(1)\n' for k in "bcde") + "}\n"
    from extract.runtime_dumps import parse_var_dump
    return lambda: parse_var_dump(text)


def _clickhouse_boxes():
    data = "".join(f"┌─序号{k}─┬─一级指标─┐\n│ 1 │ 产出指标 │\n└─────┴──────┘\n" for k in range(16000)).encode()
    from jixiao.extract import read_bytes
    return lambda: read_bytes(data, "t.txt")


def _iex_long_line():
    text = "iex(1)> form.indicators\n[" + "1, " * 300000 + "1]\n" + "\n" * 12
    from extract.runtime_dumps import parse_iex
    return lambda: parse_iex(text)


def _wolfram_many_items():
    wrapped = ",\n>   ".join(f"<|名称 -> 指标{k}, 分值 -> 10|>" for k in range(20000))
    text = "In[1]:= zb = x\nOut[1]= {" + "1, " * 100000 + "1}\n" + "In[2]:= y\nOut[2]= {" + wrapped + "}\n"
    from extract.runtime_dumps import parse_wolfram
    return lambda: parse_wolfram(text)


def _inspect_unclosed():
    text = "\n".join(["{ a: 1,"] * 4000)
    from extract.runtime_dumps import parse_inspect
    return lambda: parse_inspect(text)


def _html_written_rows():
    n = 40000
    writes = "".join(f"document.write('<tr><td>指标{k}</td><td>{k}个</td></tr>');\n" for k in range(n))
    page = (f"<html><head><meta charset='utf-8'></head><body><p>{'某县道路养护项目绩效自评说明文字' * n}</p><script>"
            f"document.write('<table>');{writes}document.write('</table>');</script></body></html>").encode("utf-8")
    from jixiao.extract import read_bytes
    return lambda: read_bytes(page, "t.html")


def _huge_html():
    page = b"<html><body>" + b"<p>x</p>" * (50 * 2**20 // 8) + b"</body></html>"
    from jixiao.extract import ExtractError, read_bytes

    def run():
        try:
            read_bytes(page, "big.html")
        except ExtractError:
            return
    return run


def _long_form_rows():
    from jixiao.extract import Cell, Location, Table
    from jixiao.normalize.long_form import _widened
    head = ["序号", "一级指标", "二级指标", "三级指标", "指标项", "指标内容"]
    items = [("年度指标值", "≥5万亩"), ("实际完成值", "5.2万亩"), ("分值", "10"), ("得分", "10")]
    rows = [head] + [[str(n), "产出指标", "数量指标", f"指标{n}", item, v] for n in range(2500) for item, v in items]
    cells = [Cell(text=x, row=r, col=c, loc=Location(file="t.csv", block=0, table=0, row=r, col=c))
             for r, row in enumerate(rows) for c, x in enumerate(row)]
    table = Table(index=0, n_rows=len(rows), n_cols=len(head), cells=cells, loc=Location(file="t.csv", block=0, table=0))
    return lambda: _widened(table)


def _han_run_labels():
    from jixiao.extract import Document, Location, Paragraph
    from jixiao.normalize.labelled_rows import page_labels
    doc = Document(source="t.txt", format="txt", sha256="", blocks=[
        Paragraph(text="产" * 60000, loc=Location(file="t.txt", block=0)),
        Paragraph(text="出" * 60000 + "年度指标值：≥5", loc=Location(file="t.txt", block=1))])
    return lambda: page_labels(doc)


def _framed_box_chars():
    from jixiao.extract import Cell, Location, Table
    from jixiao.extract.ruled_page import Char, _framed_columns
    chars = [Char(x=x0 + k * 10 + r * 0.01, y=100 + r * 20, size=10, text="字")
             for r in range(400) for k in range(20) for x0 in (100, 400)]
    t = Table(index=0, n_rows=1, n_cols=2, loc=Location(file="t"),
              cells=[Cell(text="x", row=0, col=0, colspan=2, loc=Location(file="t"))])
    return lambda: _framed_columns(t, {(0, 0): chars})


def _bad_inputs():
    """The refusals of tests/test_extract_bad_input.py (a zip bomb, a corrupt or encrypted PDF, ...), each
    "within seconds": the budget is for all of them together."""
    from jixiao.extract import ExtractError, read_document
    from tests.test_extract_bad_input import CASES
    folder = Path(tempfile.mkdtemp(prefix="hostile-"))
    paths = []
    for name, (make, _, _) in sorted(CASES.items()):
        make(folder / name)
        paths.append(folder / name)

    def run():
        for p in paths:
            try:
                read_document(p)
            except ExtractError:
                pass
    return run


# name: (builder, budget in seconds, the test that asserts the result)
CASES = {
    "var_dump_string": (_var_dump_string, 5, "test_text_twentieth_round: a hostile var_dump"),
    "clickhouse_boxes": (_clickhouse_boxes, 15, "test_text_twentieth_round: thousands of boxes"),
    "iex_long_line": (_iex_long_line, 8, "test_text_twentieth_round: an iex value of a million characters"),
    "wolfram_many_items": (_wolfram_many_items, 8, "test_text_twentieth_round: a wolfram result of many items"),
    "inspect_unclosed": (_inspect_unclosed, 2, "test_text_twenty_first_round: util.inspect values never closed"),
    "html_written_rows": (_html_written_rows, 12, "test_html_fields: tens of thousands of written rows"),
    "huge_html": (_huge_html, 10, "test_formats: a huge html page fails quickly"),
    "long_form_rows": (_long_form_rows, 10, "test_long_form: thousands of rows widen"),
    "han_run_labels": (_han_run_labels, 3, "test_labelled_rows: a long run of Han characters"),
    "framed_box_chars": (_framed_box_chars, 3, "test_scan_framed_columns: a box of thousands of characters"),
    "bad_inputs": (_bad_inputs, 80, "test_extract_bad_input: each of its 8 refusals within seconds (10 s each)"),
}


def measure(name: str, rounds: int) -> dict:
    build, budget, test = CASES[name]
    run = build()
    best = min(_timed(run) for _ in range(rounds))
    return {"case": name, "seconds": round(best, 3), "budget": budget, "over": best > budget, "test": test}


def _timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", choices=sorted(CASES), help="cases to run (default: all)")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args()
    results = []
    for name in args.only or CASES:
        r = measure(name, args.rounds)
        results.append(r)
        print(f"{name:20} {r['seconds']:8.3f} s  budget {r['budget']:5} s  {'OVER' if r['over'] else 'under'}",
              flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1))
    return 1 if any(r["over"] for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
