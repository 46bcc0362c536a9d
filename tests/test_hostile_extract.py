"""Readers on hostile input: a JSON nested past the decoder's depth, a mail of many attachments, a
page of very many closed shapes are read (less) without a traceback and without unbounded work."""
from email.message import EmailMessage

from jixiao.extract import mail_message, read_bytes
from jixiao.extract.nested_values import parse_json
from jixiao.extract.pdf_reader import MAX_SHAPES, _shape_table


def test_json_nested_past_the_decoders_depth_is_no_json_tree_and_is_read_as_text():
    text = '{"a": ' + "[" * 100_000 + "]" * 100_000 + ', "b": 1}'
    assert parse_json(text) is None
    assert read_bytes(text.encode(), "x.json") is not None


def test_a_mail_reads_its_first_text_attachments_and_names_the_rest_unread(monkeypatch):
    monkeypatch.setattr(mail_message, "MAX_ATTACHED", 2)
    m = EmailMessage()
    m["Subject"] = "绩效自评"
    m.set_content("见附件。")
    for k in range(3):
        m.add_attachment(f"指标,目标值,实际值\n培训次数{k},≥2次,3次\n".encode(), maintype="text", subtype="csv",
                         filename=f"f{k}.csv")
    body = mail_message.mail_body(m.as_string())
    assert [name for name, _, _ in body.attached] == ["f0.csv", "f1.csv"] and body.unread == ["f2.csv"]


def test_a_page_of_more_closed_shapes_than_a_diagram_has_is_no_shape_table():
    # a grid of small boxes each holding a character: a table below the cap, none above it
    def grid(n):
        shapes = [(10.0 * c, 10.0 * r, 10.0 * c + 8, 10.0 * r + 8) for r in range(n) for c in range(n)]
        chars = [{"text": "字", "x0": x0 + 2, "x1": x0 + 6, "top": top + 2, "bottom": top + 6}
                 for x0, top, _, _ in shapes]
        return shapes, chars
    assert _shape_table(1, *grid(3)) is not None
    n = int(MAX_SHAPES ** 0.5) + 1
    assert _shape_table(1, *grid(n)) is None


def test_a_json_log_line_nested_past_the_decoders_depth_is_a_line_unread():
    deep = '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}"
    rows = "\n".join('{"指标": "培训次数", "目标值": "≥2次", "实际值": "%d次"}' % k for k in range(3))
    doc = read_bytes(f"{rows}\n{deep}\n".encode(), "x.log")
    assert any("第4行" in w for w in doc.warnings)


def test_a_page_of_many_comments_quotes_eight_and_counts_them_all():
    from jixiao.extract import pdf_reader
    notes = [f"便笺“第{k}条”" for k in range(1000)]
    said = pdf_reader._comments_said(3, notes)
    assert "第7条" in said and "第8条" not in said and "共1000条" in said and said.startswith("PDF 第3页有1000条批注")


def test_a_page_of_more_fills_than_max_covers_is_not_judged_for_hidden_text_and_said(tmp_path, monkeypatch):
    # The whiteout of 809.pdf: below the cap the covered figure is not read; above it the tests
    # (text objects × covers, glyphs × grounds) are not run: the figure reads as shown, and it is said.
    from jixiao.extract import pdfium_page
    from .test_pdf_unseen_text import _SCORE, _read
    whiteout = "BT /F1 10 Tf 310 620 Td (7) Tj ET q 1 1 1 rg 301 601 198 38 re f Q " + _SCORE
    grid, said = _read(tmp_path, whiteout)
    assert grid[1][1] == "10" and not any("填充图形过多" in w for w in said), said
    monkeypatch.setattr(pdfium_page, "MAX_COVERS", 0)
    grid, said = _read(tmp_path, whiteout)
    assert "7" in grid[1][1] and not any("覆盖的文字：" in w or "看不见的文字：" in w for w in said), said
    assert any(w.startswith("PDF 第1页填充图形过多（逾0个）") for w in said), said


def test_pdfplumbers_page_of_more_fills_than_max_covers_keeps_its_white_text_and_says_so(monkeypatch):
    from types import SimpleNamespace
    from jixiao.extract import pdf_reader, pdfium_page
    char = {"text": "7", "x0": 10.0, "x1": 16.0, "top": 10.0, "bottom": 20.0, "size": 10.0,
            "non_stroking_color": (1, 1, 1)}
    cover = {"x0": 100.0, "x1": 120.0, "top": 100.0, "bottom": 120.0, "fill": True, "non_stroking_color": (1,)}
    page = SimpleNamespace(chars=[char], rects=[cover], curves=[], images=[],
                           page_obj=SimpleNamespace(contents=[]))
    unseen: list = []
    assert pdf_reader._plumber_shown(page, unseen) == ([], False) and unseen == [("white", "7")]
    monkeypatch.setattr(pdfium_page, "MAX_COVERS", 0)
    unseen = []
    assert pdf_reader._plumber_shown(page, unseen) == ([char], False) and unseen == [pdfium_page.CROWDED]
