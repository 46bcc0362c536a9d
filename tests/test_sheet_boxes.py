"""Text boxes drawn over a worksheet are read into the cells they cover (extract/sheet_boxes.py)."""
import io
import zipfile
from pathlib import Path

import openpyxl

from jixiao.extract.sheet_boxes import xls_text_boxes
from jixiao.extract.spreadsheet_reader import read_xlsx

NATIVE = Path(__file__).resolve().parent.parent / "corpus" / "native"


def _anchor(k: int, start: tuple, end: tuple, text: str) -> str:
    def marker(tag, m):
        return (f"<xdr:{tag}><xdr:col>{m[0]}</xdr:col><xdr:colOff>{m[1]}</xdr:colOff><xdr:row>{m[2]}</xdr:row>"
                f"<xdr:rowOff>{m[3]}</xdr:rowOff></xdr:{tag}>")
    return (f'<xdr:twoCellAnchor>{marker("from", start)}{marker("to", end)}<xdr:sp macro="" textlink="">'
            f'<xdr:nvSpPr><xdr:cNvPr id="{k + 2}" name="文本框 {k + 1}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
            f'<xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></xdr:txBody></xdr:sp>'
            f'<xdr:clientData/></xdr:twoCellAnchor>')


def _with_boxes(ws_fill, anchors: list[str]) -> bytes:
    """An .xlsx of one sheet (ws_fill writes its cells) with these anchors in its drawing part."""
    wb = openpyxl.Workbook()
    ws_fill(wb.active)
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/drawings/drawing1.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
            elif item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", b'<drawing xmlns:r="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships" r:id="rId9"/></worksheet>')
            dst.writestr(item, data)
        dst.writestr("xl/worksheets/_rels/sheet1.xml.rels",
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>')
        dst.writestr("xl/drawings/drawing1.xml",
                     '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
                     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' + "".join(anchors) +
                     "</xdr:wsDr>")
    return out.getvalue()


def _title(ws):
    ws["A1"] = "项目支出绩效自评表"


def test_boxes_over_empty_cells_read_as_the_table_they_draw():
    # Excel's anchors end at the next cell's edge; a box two rows high is one merged cell
    header = ["三级指标", "年度指标值", "实际完成值", "分值"]
    anchors = [_anchor(k, (k, 0, 2, 0), (k + 1, 0, 3, 0), h) for k, h in enumerate(header)]
    anchors += [_anchor(4 + k, (k, 0, 3, 0), (k + 1, 0, 4, 0), v) for k, v in enumerate(("种植面积", "≥20亩", "21亩", "8"))]
    anchors += [_anchor(8 + k, (k, 0, 4, 0), (k + 1, 0, 5, 0), v) for k, v in enumerate(("受益户", "≥50户", "52户", "6"))]
    doc = read_xlsx("t.xlsx", _with_boxes(_title, anchors), "0")
    table = doc.tables()[0]
    rows = {}
    for c in table.cells:
        rows.setdefault(c.row, []).append(c.text)
    assert list(rows.values()) == [header, ["种植面积", "≥20亩", "21亩", "8"], ["受益户", "≥50户", "52户", "6"]]
    assert table.cells[0].loc.textbox == 1 and table.cells[0].loc.ref == "A3"
    assert doc.warnings == []


def test_a_box_ending_inside_its_cell_as_libreoffice_anchors_it_covers_that_cell():
    # LibreOffice ends a box in its own cell at the cell's width in its own measure
    anchors = [_anchor(k, (k, 0, 1, 0), (k, 700000, 1, 190000), t) for k, t in enumerate("甲乙丙丁")]
    anchors += [_anchor(4, (0, 0, 2, 0), (1, 700000, 2, 190000), "戊（两列）"),
                _anchor(5, (2, 0, 2, 0), (2, 700000, 2, 190000), "己"), _anchor(6, (3, 0, 2, 0), (3, 700000, 2, 190000), "庚")]
    doc = read_xlsx("t.xlsx", _with_boxes(_title, anchors), "0")
    cells = {(c.row, c.col): (c.text, c.colspan) for c in doc.tables()[0].cells}
    assert [cells[(0, k)][0] for k in range(4)] == ["甲", "乙", "丙", "丁"]
    assert cells[(1, 0)] == ("戊（两列）", 2) and cells[(1, 2)] == ("己", 1)


def test_a_box_over_written_cells_is_said_not_read_into_them():
    def filled(ws):
        _title(ws)
        ws["B3"] = "已填写"
    anchors = [_anchor(0, (1, 0, 2, 0), (2, 0, 3, 0), "浮在上面的批注")]
    doc = read_xlsx("t.xlsx", _with_boxes(filled, anchors), "0")
    assert any("文本框1" in w and "压在已填写的单元格上" in w for w in doc.warnings)
    assert "浮在上面的批注" not in [c.text for t in doc.tables() for c in t.cells]


def test_an_xls_with_text_boxes_is_told_from_one_with_only_comments():
    assert xls_text_boxes((NATIVE / "669.xls").read_bytes()) == 81
    assert xls_text_boxes((NATIVE / "235.xls").read_bytes()) == 0    # one cell comment, its text object
    assert xls_text_boxes((NATIVE / "668.xls").read_bytes()) == 0
    assert xls_text_boxes(b"not a compound file") == 0


def test_text_boxes_an_xls_read_without_conversion_leaves_unread_are_named_by_their_sheet(monkeypatch):
    """Where LibreOffice cannot convert the workbook, xlrd reads its cells and the boxes are left
    out: the warning names the sheet each is drawn on, with how many, not only their sum."""
    import jixiao.extract as extract
    from jixiao.extract import ExtractError, read_document

    def unconverted(label, *args, **kwargs):
        raise ExtractError(label, "convert", "LibreOffice 不可用")
    monkeypatch.setattr(extract, "_converted_sheet", unconverted)
    doc = read_document(NATIVE / "669.xls")
    assert any("81 个文本框未读取" in w and "工作表“自评表”81 个" in w for w in doc.warnings), doc.warnings


def test_a_last_row_a_merge_from_the_table_reaches_is_the_tables_and_a_note_under_it_is_not():
    # the level cells merged down to the last indicator, which is alone in its row (807's tree of
    # boxes ends so); a note under the table, one cell in its row or merged over two, stays a line
    def fill(ws):
        ws["A1"], ws["B1"], ws["C1"] = "产出指标", "数量指标", "新建道路"
        ws["C2"], ws["C3"] = "维修桥梁", "改造涵洞"
        ws.merge_cells("A1:A3")
        ws.merge_cells("B1:B3")
        ws["A5"] = "说明：本表由项目单位填报"
        ws["A7"] = "填表人：某某"
        ws.merge_cells("A7:C8")
    raw = io.BytesIO()
    wb = openpyxl.Workbook()
    fill(wb.active)
    wb.save(raw)
    doc = read_xlsx("t.xlsx", raw.getvalue(), "")
    (t,) = doc.tables()
    assert [row[2] for row in t.grid()] == ["新建道路", "维修桥梁", "改造涵洞"]
    assert [b.text for b in doc.blocks if not hasattr(b, "cells")] == ["说明：本表由项目单位填报", "填表人：某某"]


def test_one_box_of_lines_typed_at_tab_stops_reads_as_rows_a_leading_tab_an_empty_field():
    # 903.xlsx: the whole indicator table one text box, a paragraph a line, the fields apart by tabs; a
    # level written once above leaves its field empty, the line starting with a tab (or two)
    lines = ["一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
             "产出指标\t数量指标\t建设高标准农田\t≥3.2万亩\t3.25万亩\t10\t10",
             "\t\t新打机电井\t≥60眼\t62眼\t8\t8",
             "\t质量指标\t工程验收合格率\t100%\t100%\t8\t8"]
    text = "</a:t></a:r></a:p><a:p><a:r><a:t>".join(x.replace("\t", "&#9;") for x in lines)
    doc = read_xlsx("t.xlsx", _with_boxes(_title, [_anchor(0, (0, 0, 2, 0), (7, 0, 12, 0), text)]), "0")
    (table,) = [t for t in doc.tables() if t.n_cols == 7]
    assert table.grid()[2:] == [["", "", "新打机电井", "≥60眼", "62眼", "8", "8"],
                                ["", "质量指标", "工程验收合格率", "100%", "100%", "8", "8"]]
    assert table.cells[0].loc.ref == "A3"


def test_a_sheet_with_text_boxes_reads_without_openpyxls_shape_warning():
    """openpyxl warns that it drops DrawingML shapes; the reader reads the text boxes from the package itself,
    so the warning would only alarm whoever runs the CLI."""
    import warnings
    data = (NATIVE / "903.xlsx").read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = read_xlsx("903.xlsx", data, "x")
    assert any("年度指标值" in c.text for _, c in doc.iter_cells())


def _picture_anchor(start: tuple, end: tuple, descr: str) -> str:
    def marker(tag, m):
        return (f"<xdr:{tag}><xdr:col>{m[0]}</xdr:col><xdr:colOff>{m[1]}</xdr:colOff><xdr:row>{m[2]}</xdr:row>"
                f"<xdr:rowOff>{m[3]}</xdr:rowOff></xdr:{tag}>")
    return (f'<xdr:twoCellAnchor>{marker("from", start)}{marker("to", end)}<xdr:pic><xdr:nvPicPr>'
            f'<xdr:cNvPr id="2" name="图片 1" descr="{descr}"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill/>'
            f'<xdr:spPr/></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>')


def test_a_pictures_alt_text_over_empty_cells_is_read_a_paragraph_a_line_and_said():
    """Issue 21 (1231): a table pasted over a sheet as a picture keeps its content only in the picture's alt
    text (cNvPr descr): lines of it are read where the picture stands, a paragraph a line, and said; a one-line
    alt text (a writer's default "Picture") is a caption, not read; a table-sized picture with nothing to read
    is said, a small one (a seal) is not."""
    rows = "绩效指标表&#10;产出指标／数量指标／新建村道：年度指标值≥12公里，实际完成值12.5公里，分值10，得分10。"
    doc = read_xlsx("p.xlsx", _with_boxes(_title, [_picture_anchor((0, 0, 2, 0), (6, 0, 12, 0), rows)]), "0")
    assert [b.text for b in doc.blocks] == ["项目支出绩效自评表", "绩效指标表",
                                            "产出指标／数量指标／新建村道：年度指标值≥12公里，实际完成值12.5公里，分值10，得分10。"]
    assert doc.blocks[1].loc.ref == "A3"
    assert any("图片“图片 1”" in w and "替代文字（2行" in w for w in doc.warnings), doc.warnings
    caption = read_xlsx("p.xlsx", _with_boxes(_title, [_picture_anchor((0, 0, 2, 0), (6, 0, 12, 0), "Picture")]), "0")
    assert [b.text for b in caption.blocks] == ["项目支出绩效自评表"]
    assert any("图片“图片 1”（覆盖10行6列空单元格）没有文字" in w for w in caption.warnings), caption.warnings
    seal = read_xlsx("p.xlsx", _with_boxes(_title, [_picture_anchor((4, 0, 2, 0), (6, 0, 4, 0), "")]), "0")
    assert not seal.warnings


def test_a_table_sized_picture_on_an_xls_sheet_is_said_a_small_or_no_picture_is_not():
    """Issue 21 (1231.xls): xlrd reads no picture, and LibreOffice's .xls keeps no alt text: a picture over as
    many rows and columns as a table (read from the sheet's Office Art anchors) is said, not passed over."""
    from jixiao.extract.sheet_boxes import TABLE_SIZED, xls_pictures_by_sheet
    from jixiao.extract.spreadsheet_reader import read_xls
    data = (NATIVE / "1231.xls").read_bytes()
    (name, spans), = xls_pictures_by_sheet(data).items()
    assert all(r >= TABLE_SIZED and c >= TABLE_SIZED for r, c in spans) and len(spans) == 1
    doc = read_xls("p.xls", data, "0")
    assert any(f"工作表“{name}”有1幅较大的图片" in w and "未读取" in w for w in doc.warnings), doc.warnings
    plain = (NATIVE / "1230.xls").read_bytes()
    assert xls_pictures_by_sheet(plain) == {}
    assert not any("图片" in w for w in read_xls("c.xls", plain, "0").warnings)


def test_an_xls_sheets_records_after_an_embedded_charts_substream_are_the_sheets_again():
    """A chart embedded in a sheet is a BOF … EOF substream inside the sheet's: the sheet's drawing (its
    pictures, its text boxes) after it is still the sheet's, not dropped as an unlisted substream's."""
    import struct

    from jixiao.extract.sheet_boxes import BOF, BOUNDSHEET, EOF, MSODRAWING, _sheet_records

    def rec(kind: int, body: bytes = b"") -> bytes:
        return struct.pack("<HH", kind, len(body)) + body
    name = "表1".encode("utf-16-le")
    sheet_at = len(rec(BOF, b"\0" * 16)) + len(rec(BOUNDSHEET, b"\0" * 6 + bytes([2, 1]) + name)) + len(rec(EOF))
    stream = (rec(BOF, b"\0" * 16) + rec(BOUNDSHEET, struct.pack("<I", sheet_at) + b"\0\0" + bytes([2, 1]) + name)
              + rec(EOF) + rec(BOF, b"\0" * 16) + rec(MSODRAWING, b"a") + rec(BOF, b"\0" * 16) + rec(EOF)
              + rec(MSODRAWING, b"b") + rec(EOF))
    drawn = [(sheet, body) for sheet, kind, body in _sheet_records(stream) if kind == MSODRAWING]
    assert drawn == [("表1", b"a"), ("表1", b"b")]


def test_a_box_in_a_table_beside_another_keeps_its_text_box_in_its_location():
    """Tables side by side on one sheet are each read as a part of it (spreadsheet_reader._within): what the
    sheet keeps of their cells goes with them, so a value drawn in a text box names its box there too."""
    def fill(ws):
        ws["A1"] = "项目支出绩效自评表"
        for r, row in enumerate([["项目名称", "村道建设"], ["主管部门", "交通局"], ["年初预算数", "100"],
                                 ["全年执行数", "98"]], start=3):
            for c, v in enumerate(row, start=1):
                ws.cell(r, c, v)
        for r, row in enumerate([["三级指标", "年度指标值", "实际完成值"], ["新建村道", "≥12公里", "12.5公里"],
                                 ["维修桥梁", "≥3座", "3座"], ["群众满意度", "≥90%", None], ["培训人次", "≥500人次", "520人次"],
                                 ["覆盖乡镇", "≥6个", "6个"]], start=3):
            for c, v in enumerate(row, start=5):
                if v is not None:
                    ws.cell(r, c, v)
    doc = read_xlsx("t.xlsx", _with_boxes(fill, [_anchor(0, (6, 0, 5, 0), (7, 0, 6, 0), "95%")]), "0")
    assert len(doc.tables()) == 2
    (cell,) = [c for c in doc.tables()[1].cells if c.text == "95%"]
    assert cell.loc.textbox == 1 and cell.loc.ref == "G6"
