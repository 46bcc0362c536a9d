"""Saved web pages whose forms are laid out by CSS (no <table>): display:table rows and cells,
CSS grids with spans, styles from <style> rules; a layout the reader cannot read says so."""
from jixiao.extract import read_bytes


def _page(style: str, body: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{style}</style></head>"
            f"<body><div>绩效自评表</div>{body}</body></html>").encode("utf-8")


def test_a_page_of_figure_boxes_it_cannot_read_as_a_table_warns():
    # Rows as flex boxes: no table grammar the reader follows, so it must not be silent.
    rows = "".join(f"<div class='row'><div>指标{i}</div><div>{i * 10}</div><div>{i * 9}</div>"
                   f"<div>{i}.00</div></div>" for i in range(1, 6))
    d = read_bytes(_page(".row{display:flex}", rows), "flex.html")
    assert not d.tables()
    assert any("CSS" in w and "漏读" in w for w in d.warnings)


def test_a_page_of_prose_does_not_warn():
    body = "".join(f"<p>第{i}段：本年度项目按计划推进，资金使用规范，完成了预定目标任务。</p>" for i in range(20))
    d = read_bytes(_page("", body), "prose.html")
    assert d.warnings == []
