"""A MathML <mtable> reads as the table it draws (extract/html_reader._math_tables): MathML's table
model is HTML's, rowspan and columnspan included."""
from jixiao.extract import read_bytes

PAGE = """<html><body><p>绩效指标完成情况</p><math display="block"><mtable>
<mtr><mtd><mtext>一级指标</mtext></mtd><mtd><mtext>三级指标</mtext></mtd><mtd><mtext>年度指标值</mtext></mtd>
<mtd><mtext>实际完成值</mtext></mtd></mtr>
<mtr><mtd rowspan="2"><mtext>产出指标</mtext></mtd><mtd><mtext>新建冷藏库</mtext></mtd><mtd><mtext>≥4座</mtext></mtd>
<mtd><mtext>4座</mtext></mtd></mtr>
<mtr><mtd><mtext>改造果园</mtext></mtd><mtd columnspan="2"><mtext>持续推进</mtext></mtd></mtr>
</mtable></math><p>填表人：某某</p></body></html>"""


def test_a_mathml_table_is_read_as_a_table():
    doc = read_bytes(PAGE.encode("utf-8"), "m.html")
    (t,) = doc.tables()
    assert t.grid(fill=True) == [["一级指标", "三级指标", "年度指标值", "实际完成值"],
                                 ["产出指标", "新建冷藏库", "≥4座", "4座"],
                                 ["产出指标", "改造果园", "持续推进", "持续推进"]]
    assert [b.text for b in doc.blocks if not hasattr(b, "cells")] == ["绩效指标完成情况", "填表人：某某"]


def test_a_labelled_row_is_read_without_its_label():
    # <mlabeledtr>'s first cell is an equation label drawn beside the table: the row was lost unsaid
    page = PAGE.replace("<mtr><mtd><mtext>改造果园", "<mlabeledtr><mtd><mtext>(2)</mtext></mtd><mtd><mtext>改造果园") \
        .replace("持续推进</mtext></mtd></mtr>", "持续推进</mtext></mtd></mlabeledtr>")
    (t,) = read_bytes(page.encode("utf-8"), "m.html").tables()
    assert t.grid(fill=True)[2] == ["产出指标", "改造果园", "持续推进", "持续推进"]
