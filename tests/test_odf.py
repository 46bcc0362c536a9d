"""OpenDocument text (.odt) and spreadsheets (.ods) read into the Document the .docx and .xlsx readers
build (extract/odf_reader.py, issue 21: 232 / 233). Each package is built here: a mimetype member and a
small content.xml in a zip, as LibreOffice lays them out."""
import io
import zipfile

import openpyxl
import pytest

from jixiao.extract import ExtractError, UnsupportedFormat, read_bytes
from jixiao.extract.archive import is_archive
from jixiao.extract.sniff import sniff

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')
TEXT, SHEET = "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"


def odf(body: str, mimetype: str = TEXT, styles: str = "", manifest: str | None = None) -> bytes:
    kind = "spreadsheet" if mimetype == SHEET else "text"
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
               f'<office:automatic-styles>{styles}</office:automatic-styles>'
               f'<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)      # stored, first, as the standard asks
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest or '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return buf.getvalue()


def p(text: str) -> str:
    return f"<text:p>{text}</text:p>"


def cell(text: str = "", **attrs) -> str:
    extra = "".join(f' table:{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f'<table:table-cell office:value-type="string"{extra}>{p(text) if text else ""}</table:table-cell>'


def row(*cells: str, **attrs) -> str:
    extra = "".join(f' table:{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f"<table:table-row{extra}>{''.join(cells)}</table:table-row>"


COVERED = "<table:covered-table-cell/>"


def test_odf_is_sniffed_by_its_mimetype_member_and_is_no_archive(tmp_path):
    data = odf(p("正文"))
    assert sniff(data) == "odt" and sniff(odf("", SHEET)) == "ods"
    (tmp_path / "report.zip").write_bytes(data)      # the name says nothing: the mimetype member does
    assert not is_archive(str(tmp_path / "report.zip"))
    with pytest.raises(UnsupportedFormat, match="演示文稿"):
        read_bytes(odf("", "application/vnd.oasis.opendocument.presentation"), "slides.odp")


def test_odt_paragraph_text_spaces_tabs_breaks_and_no_notes_or_comments():
    body = (p('项目<text:span>名称：</text:span><text:s text:c="3"/>某项目<text:note><text:note-citation>1</text:note-citation>'
              '<text:note-body>' + p("脚注") + '</text:note-body></text:note>'
              '<office:annotation>' + p("批注") + '</office:annotation>')
            + p("第一行<text:line-break/>第二行")
            + '<text:list><text:list-item>' + p("列表中的段落") + '</text:list-item></text:list>'
            + '<text:section text:name="s" text:display="none">' + p("隐藏的节") + '</text:section>')
    doc = read_bytes(odf(body), "a.odt")
    assert doc.format == "odt"
    assert [b.text for b in doc.paragraphs()] == ["项目名称：   某项目", "第一行\n第二行", "列表中的段落"]
    assert [b.loc.block for b in doc.blocks] == [0, 1, 2]


def test_odt_table_spans_covered_cells_repeats_hidden_rows_and_a_nested_table():
    nested = '<table:table>' + row(cell("内1"), cell("内2")) + '</table:table>'
    table = ('<table:table table:name="T"><table:table-column table:number-columns-repeated="4"/>'
             + row(cell("一级指标"), cell("二级指标", number_columns_spanned=2), COVERED, cell("分值"))
             + row(cell("产出指标", number_rows_spanned=4), cell("数量指标"), cell("甲"), cell("10"))
             + row(COVERED, cell("质量指标"), cell("隐藏"), cell("5"), visibility="collapse")
             + row(COVERED, cell("—", number_columns_repeated=2), cell("5"), number_rows_repeated=2)
             + row(cell("总分", number_columns_spanned=3),
                   '<table:covered-table-cell table:number-columns-repeated="2"/>',
                   f'<table:table-cell>{p("100")}{nested}</table:table-cell>')
             + row('<table:table-cell table:number-columns-repeated="4"/>', number_rows_repeated=1048000)
             + '</table:table>')
    doc = read_bytes(odf(table), "a.odt")
    outer, inner = doc.tables()
    assert outer.grid() == [["一级指标", "二级指标", "", "分值"],
                            ["产出指标", "数量指标", "甲", "10"],
                            ["", "—", "—", "5"],
                            ["", "—", "—", "5"],
                            ["总分", "", "", "100"]]
    level1 = outer.cell_at(1, 0)
    assert (level1.rowspan, outer.cell_at(0, 1).colspan, outer.cell_at(4, 0).colspan) == (3, 2, 3)
    assert (level1.loc.table, level1.loc.row, level1.loc.col) == (0, 1, 0)
    assert inner.parent == (0, 4, 3) and inner.grid() == [["内1", "内2"]]
    assert any("隐藏的表格行 1 行" in w for w in doc.warnings)


def test_ods_reads_as_the_same_workbook_saved_as_xlsx(tmp_path):
    """Numbers shown as their text with the stored value beside, merges, hidden rows and columns,
    repeated cells, a sheet's million trailing empty rows, a hidden sheet: the Document the .xlsx
    reader gives for the same workbook."""
    def num(shown, value, kind="float", **attrs):
        extra = "".join(f' table:{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
        return (f'<table:table-cell office:value-type="{kind}" office:value="{value}"{extra}>'
                f'{p(shown)}</table:table-cell>')
    sheet = ('<table:table table:name="自评表">'
             '<table:table-column table:number-columns-repeated="3"/>'
             '<table:table-column table:visibility="collapse"/><table:table-column/>'
             '<table:table-column table:number-columns-repeated="16379"/>'
             + row(cell("项目支出绩效自评表", number_columns_spanned=5),
                   '<table:covered-table-cell table:number-columns-repeated="4"/>',
                   '<table:table-cell table:number-columns-repeated="16379"/>')
             + row(cell("指标"), cell("年初预算数"), cell("执行率"), cell("备注"), cell("得分"))
             + row(cell("资金"), num("1,500.00", "1500"), num("97.00%", "0.97", "percentage"), cell("隐藏列"),
                   num("9.7", "9.7"))
             + row(cell("隐藏行"), num("1", "1"), cell(), cell(), num("1", "1"), visibility="collapse")
             + row(cell("满意度", number_rows_spanned=2), cell("—", number_columns_repeated=2), cell(), num("10", "10"))
             + row(COVERED, cell("—", number_columns_repeated=2), cell(), num("9", "9"))
             + row('<table:table-cell table:number-columns-repeated="16384"/>', number_rows_repeated=1048570)
             + '</table:table>'
             '<table:table table:name="草稿" table:style-name="hid">' + row(cell("不读")) + '</table:table>')
    styles = ('<style:style style:name="hid" style:family="table">'
              '<style:table-properties table:display="false"/></style:style>')
    ods = read_bytes(odf(sheet, SHEET, styles), "a.ods")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for r, values in enumerate([["项目支出绩效自评表"], ["指标", "年初预算数", "执行率", "备注", "得分"],
                                ["资金", 1500, 0.97, "隐藏列", 9.7], ["隐藏行", 1, None, None, 1],
                                ["满意度", "—", "—", None, 10], [None, "—", "—", None, 9]], 1):
        for c, v in enumerate(values, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws["B3"].number_format, ws["C3"].number_format = "#,##0.00", "0.00%"
    ws.merge_cells("A1:E1")
    ws.merge_cells("A5:A6")
    ws.column_dimensions["D"].hidden = True
    ws.row_dimensions[4].hidden = True
    wb.create_sheet("草稿")["A1"] = "不读"
    wb["草稿"].sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    xlsx = read_bytes(buf.getvalue(), "a.ods")

    assert ods.format == "ods"
    assert ods.to_dict()["blocks"] == xlsx.to_dict()["blocks"]
    assert sorted(ods.warnings) == sorted(xlsx.warnings)
    rate = ods.tables()[0].cell_at(1, 2)
    assert (rate.text, rate.value, rate.loc.sheet, rate.loc.ref) == ("97.00%", "0.97", "自评表", "C3")


def test_a_filled_row_repeated_past_the_bound_is_cut_and_said():
    sheet = '<table:table table:name="S">' + row(cell("甲"), cell("乙"), number_rows_repeated=5000) + '</table:table>'
    doc = read_bytes(odf(sheet, SHEET), "a.ods")
    assert doc.tables()[0].n_rows == 1000 and any("只读取前 1000 次" in w for w in doc.warnings)


def test_an_encrypted_odf_fails_as_encrypted():
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml">'
                '<manifest:encryption-data/></manifest:file-entry></manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), TEXT)
        z.writestr("content.xml", b"\x8f\x02\x11 not xml")
        z.writestr("META-INF/manifest.xml", manifest)
    with pytest.raises(ExtractError) as e:
        read_bytes(buf.getvalue(), "a.odt")
    assert e.value.code == "encrypted"
