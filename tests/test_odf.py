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
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')
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


# Automatic numbers, hidden text, flat files, merges over hidden rows (issue 21: ODF as offices write it) -----

def list_style(name: str, *levels: str) -> str:
    """A list style; each level the attributes of its text:list-level-style-number (or 'bullet')."""
    out = []
    for k, attrs in enumerate(levels, 1):
        if attrs == "bullet":
            out.append(f'<text:list-level-style-bullet text:level="{k}" text:bullet-char="•"/>')
        else:
            out.append(f'<text:list-level-style-number text:level="{k}" {attrs}/>')
    return f'<text:list-style style:name="{name}">{"".join(out)}</text:list-style>'


def items(*texts: str) -> str:
    return "".join(f"<text:list-item>{p(t)}</text:list-item>" for t in texts)


def lst(body: str, style: str = "", **attrs) -> str:
    extra = (f' text:style-name="{style}"' if style else "") + "".join(
        f' {k.replace("__", ":").replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f"<text:list{extra}>{body}</text:list>"


DECIMAL = 'style:num-format="1" style:num-suffix="."'
STYLES = (list_style("L1", DECIMAL, 'style:num-format="1" style:num-prefix="(" style:num-suffix=")"',
                     'style:num-format="1" style:num-suffix="." text:display-levels="3"')
          + list_style("CN", 'style:num-format="一, 二, 三, ..." style:num-suffix="、"',
                       'style:num-format="①, ②, ③, ..."')
          + list_style("B", "bullet")
          + list_style("LO", 'loext:num-list-format="%1%)" style:num-format="a" style:num-suffix=")"')
          + '<style:style style:name="PL" style:family="paragraph" style:list-style-name="CN"/>')


def odt_with(body: str, styles: str = STYLES) -> bytes:
    return odf(body, styles=styles)


def texts(doc) -> list[str]:
    return [b.text for b in doc.paragraphs()]


def test_odt_list_numbers_are_drawn_per_list_continued_where_said_and_nested():
    body = (lst(items("甲", "乙") + "<text:list-header>" + p("说明") + "</text:list-header>", "L1")
            + p("正文")
            + lst(items("重新编号"), "L1")                                  # a new list starts again
            + lst(items("接着编号"), "L1", text__continue_numbering="true")  # ... unless it continues
            + lst("<text:list-item>" + p("一级") + lst(items("二级", "二级")) + "</text:list-item>"
                  + "<text:list-item>" + p("再一级") + lst("<text:list-item>" + p("二级重新")
                                                            + lst(items("三级")) + "</text:list-item>")
                  + "</text:list-item>", "L1", xml__id="first")
            + lst(items("另一列表"), "CN")
            + lst(items("接 first", ), "L1", text__continue_list="first")
            + lst("<text:list-item>" + p("一级") + lst(items("圈一", "圈二")) + "</text:list-item>"
                  + '<text:list-item text:start-value="9">' + p("从九起") + "</text:list-item>", "CN")
            + lst(items("项目符号"), "B")
            + lst(items("字母"), "LO")
            + '<text:list><text:list-item><text:p text:style-name="PL">段落样式的列表</text:p></text:list-item></text:list>')
    doc = read_bytes(odt_with(body), "a.odt")
    assert texts(doc) == ["1.甲", "2.乙", "说明", "正文", "1.重新编号", "2.接着编号",
                          "1.一级", "(1)二级", "(2)二级", "2.再一级", "(1)二级重新", "2.1.1.三级",
                          "一、另一列表", "3.接 first",
                          "一、一级", "①圈一", "②圈二", "九、从九起", "项目符号", "a)字母", "一、段落样式的列表"]


def test_odt_list_numbers_in_table_cells_count_in_document_order_through_a_nested_table():
    """LibreOffice writes a numbered column (130: '1.办理法律援助案件' …) as one list per cell, each
    continuing the one before; a nested table's cells come where they stand in the document."""
    def numbered(text, first=False):
        attrs = {} if first else {"text__continue_numbering": "true"}
        return f'<table:table-cell>{lst(items(text), "L1", **attrs)}</table:table-cell>'
    nested = '<table:table>' + row(numbered("内表")) + '</table:table>'
    table = ('<table:table>' + row(numbered("第一", first=True), f'<table:table-cell>{nested}</table:table-cell>')
             + row(numbered("第三"), cell("说明")) + '</table:table>')
    outer, inner = read_bytes(odt_with(table), "a.odt").tables()
    assert outer.grid() == [["1.第一", ""], ["3.第三", "说明"]] and inner.grid() == [["2.内表"]]


HIDING = ('<style:style style:name="Hidden" style:family="text"><style:text-properties text:display="none"/>'
          '</style:style>'
          '<style:style style:name="HT" style:family="text" style:parent-style-name="Hidden"/>'
          '<style:style style:name="HiddenPara" style:family="paragraph">'
          '<style:text-properties text:display="none"/></style:style>'
          '<style:style style:name="HP" style:family="paragraph" style:parent-style-name="HiddenPara"/>')


HIDDEN_NOTE = '<text:span text:style-name="HT">填表说明：得分保留两位小数。</text:span>'


def test_odt_hidden_text_is_left_out_and_conditional_text_shows_its_current_value():
    body = (p('目标值<text:span text:style-name="HT">（草稿：80%）</text:span>≥90%')
            + '<text:p text:style-name="HP">隐藏的段落</text:p>'
            + p('条件隐藏的段落<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>')
            + p('条件未成立的段落<text:hidden-paragraph text:condition="ooow:0" text:is-hidden="false"/>')
            + p('甲<text:hidden-text text:condition="ooow:1" text:string-value="乙" text:is-hidden="true">乙</text:hidden-text>'
                '丙<text:hidden-text text:condition="ooow:0" text:string-value="丁" text:is-hidden="false">丁</text:hidden-text>')
            + p('状态：<text:conditional-text text:condition="ooow:x==1" text:string-value-if-true="已完成" '
                'text:string-value-if-false="未完成" text:current-value="false">未完成</text:conditional-text>；'
                '<text:conditional-text text:condition="ooow:1" text:string-value-if-true="是" '
                'text:string-value-if-false="否" text:current-value="true"/>')
            + p('金额<text:variable-set text:name="x" text:display="none" office:value-type="float" office:value="3">3'
                '</text:variable-set>万元')
            + '<text:section text:name="s" text:condition="ooow:1" text:is-hidden="true">' + p("条件隐藏的节")
            + '</text:section>'
            + '<table:table>' + row(f'<table:table-cell><text:p text:style-name="HP">隐</text:p>{p("显")}'
                                    '</table:table-cell>', cell("乙"))
            # a row of nothing but hidden text (a template's 填表说明, as Word's hidden text converts):
            # Word draws no such row, and the .docx reader leaves it out
            + row(f'<table:table-cell table:number-columns-spanned="2">{p(HIDDEN_NOTE)}</table:table-cell>', COVERED)
            + row(cell("丙"), cell("丁")) + '</table:table>')
    doc = read_bytes(odf(body, styles=HIDING), "a.odt")
    assert texts(doc) == ["目标值≥90%", "条件未成立的段落", "甲丙丁", "状态：未完成；是", "金额万元"]
    assert doc.tables()[0].grid() == [["显", "乙"], ["丙", "丁"]]
    assert doc.warnings == ["隐藏文字未读取：8 处（设为隐藏、不显示也不打印的文字，如模板的填写提示，"
                            "其中整行隐藏的表格行 1 行）：正文“（草稿：80%）”；正文“隐藏的段落”；正文“条件隐藏的段落”；"
                            "正文“乙”；正文“3”；正文“条件隐藏的节”；表格中“隐”；表格中“填表说明：得分保留两位小数。”，请核对原件"]


def test_odt_tracked_changes_read_as_the_final_view():
    body = ('<text:tracked-changes>'
            '<text:changed-region text:id="ct1"><text:deletion><office:change-info/>' + p("删去的段落")
            + '</text:deletion></text:changed-region>'
            '<text:changed-region text:id="ct2"><text:deletion><office:change-info/>' + p("80")
            + '</text:deletion></text:changed-region>'
            '<text:changed-region text:id="ct3"><text:insertion><office:change-info/></text:insertion>'
            '</text:changed-region>'
            '<text:changed-region text:id="ct4"><text:deletion><office:change-info/>' + p("已删除的指标")
            + '</text:deletion></text:changed-region></text:tracked-changes>'
            + '<text:change text:change-id="ct1"/>'
            + p('完成率<text:change text:change-id="ct2"/><text:change-start text:change-id="ct3"/>95'
                '<text:change-end text:change-id="ct3"/>%')
            + '<table:table>' + row(cell("产出指标", number_rows_spanned=3), '<table:table-cell><text:p>'
                                    '<text:change text:change-id="ct2"/><text:change-start text:change-id="ct3"/>95%'
                                    '<text:change-end text:change-id="ct3"/></text:p></table:table-cell>')
            # a row deleted with changes tracked, as LibreOffice writes Word's (202): its cells hold the marks
            + row(COVERED, '<table:table-cell><text:p><text:change text:change-id="ct4"/></text:p></table:table-cell>')
            + row(COVERED, cell("100%")) + '</table:table>')
    doc = read_bytes(odf(body), "a.odt")
    t = doc.tables()[0]
    assert texts(doc) == ["完成率95%"] and t.grid() == [["产出指标", "95%"], ["", "100%"]]
    assert t.cell_at(0, 0).rowspan == 2 and not doc.warnings


def test_odt_cells_with_spaces_tabs_breaks_and_soft_page_breaks():
    table = ('<table:table><table:table-header-rows>' + row(cell("指标"), cell("值"))
             + '</table:table-header-rows>'
             + row('<table:table-cell>' + p('甲<text:s/><text:s text:c="2"/>乙<text:tab/>丙') + '</table:table-cell>',
                   f'<table:table-cell>{p("≥90%<text:line-break/>（年度）")}</table:table-cell>')
             + '<text:soft-page-break/>'
             + row(f'<table:table-cell><text:p>跨页<text:soft-page-break/>的单元格</text:p></table:table-cell>', cell("5"))
             + '</table:table>')
    t = read_bytes(odf(table), "a.odt").tables()[0]
    # the header rows, which the office repeats atop each page, are read once, where they stand
    assert t.grid() == [["指标", "值"], ["甲   乙\t丙", "≥90%\n（年度）"], ["跨页的单元格", "5"]]


def test_a_merge_whose_first_row_is_hidden_still_covers_the_rows_shown():
    table = ('<table:table><table:table-column table:number-columns-repeated="3"/>'
             + row(cell("一级指标"), cell("三级指标"), cell("分值"))
             + row(cell("产出指标", number_rows_spanned=3), cell("已取消"), cell("0"), visibility="collapse")
             + row(COVERED, cell("数量"), cell("10"))
             + row(COVERED, cell("质量"), cell("10"))
             + row(cell("效益指标", number_rows_spanned=2), cell("隐藏的行"), cell("5"))
             + row(COVERED, cell("删去"), cell("5"), visibility="collapse")
             + '</table:table>')
    doc = read_bytes(odf(table), "a.odt")
    t = doc.tables()[0]
    assert t.grid() == [["一级指标", "三级指标", "分值"], ["产出指标", "数量", "10"], ["", "质量", "10"],
                        ["效益指标", "隐藏的行", "5"]]
    assert (t.cell_at(1, 0).rowspan, t.cell_at(3, 0).rowspan) == (2, 1)
    assert any("隐藏的表格行 2 行" in w for w in doc.warnings)      # the rows' other cells are not read


def test_an_ods_merge_whose_first_row_is_hidden_still_covers_the_rows_shown():
    sheet = ('<table:table table:name="S">'
             + row(cell("一级指标"), cell("三级指标"), cell("分值"))
             + row(cell("产出指标", number_rows_spanned=3), cell(), cell(), visibility="collapse")
             + row(COVERED, cell("数量"), cell("10"))
             + row(COVERED, cell("质量"), cell("10"))
             + '</table:table>')
    t = read_bytes(odf(sheet, SHEET), "a.ods").tables()[0]
    assert t.grid() == [["一级指标", "三级指标", "分值"], ["产出指标", "数量", "10"], ["", "质量", "10"]]


def flat(body: str, mimetype: str = TEXT, styles: str = "") -> bytes:
    kind = "spreadsheet" if mimetype == SHEET else "text"
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="{mimetype}"><office:styles>{styles}</office:styles><office:automatic-styles/>'
            f'<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document>').encode()


def test_flat_odf_is_sniffed_by_its_content_and_read_by_the_same_reader():
    body = (lst(items("甲", "乙"), "L1") + p('显示<text:span text:style-name="HT">隐藏</text:span>')
            + '<table:table>' + row(cell("指标"), cell("值")) + '</table:table>')
    packaged = read_bytes(odt_with(body, STYLES + HIDING), "report")
    data = flat(body, styles=STYLES + HIDING)    # the styles in office:styles, as LibreOffice writes a .fodt
    assert sniff(data) == "fodt"
    doc = read_bytes(data, "report")
    assert doc.format == "fodt" and texts(doc) == ["1.甲", "2.乙", "显示"]
    assert doc.to_dict()["blocks"] == packaged.to_dict()["blocks"]
    sheet = read_bytes(flat('<table:table table:name="S">' + row(cell("指标"), cell("值")) + '</table:table>',
                            SHEET), "a.fods")
    assert sheet.format == "fods" and sheet.tables()[0].grid() == [["指标", "值"]]
    with pytest.raises(UnsupportedFormat, match="演示文稿"):
        read_bytes(flat("", "application/vnd.oasis.opendocument.presentation"), "a.fodp")
    bomb = flat("").replace(b"<office:document ", b'<!DOCTYPE x [<!ENTITY a "aaaa">]><office:document ', 1)
    with pytest.raises(ExtractError) as e:
        read_bytes(bomb, "a.fodt")
    assert e.value.code == "xxe"


def test_a_corpus_form_written_flat_with_automatic_numbers_and_hidden_text_reads_as_drawn():
    """232.odt (corpus/native) as LibreOffice would write it had its 三级指标 been numbered by a list
    (one list per cell, each continuing the one before, as it writes 130's), with a hidden draft
    note in a cell and a hidden paragraph, saved flat (.fodt): the same reading, with the numbers."""
    import xml.etree.ElementTree as ET
    from pathlib import Path
    odt = (Path(__file__).resolve().parent.parent / "corpus" / "native" / "232.odt").read_bytes()
    original = read_bytes(odt, "232")
    with zipfile.ZipFile(io.BytesIO(odt)) as z:
        content, styles = z.read("content.xml"), z.read("styles.xml")
    for part in (content, styles):
        for _, (prefix, uri) in ET.iterparse(io.BytesIO(part), events=("start-ns",)):
            ET.register_namespace(prefix, uri)
    office, text = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}", "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    table_ns = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    root, named = ET.fromstring(content), ET.fromstring(styles)
    auto = root.find(f"{office}automatic-styles")
    auto.extend(ET.fromstring(f'<x {NS}>{list_style("LN", DECIMAL)}{HIDING}</x>'))
    names = [r[2] for r in original.tables()[1].grid()[1:] if r[2]]
    indicators = root.findall(f".//{table_ns}table")[1]
    cells = [tc for tc in indicators.iter(f"{table_ns}table-cell")
             if (q := tc.find(f"{text}p")) is not None and "".join(q.itertext()) in names]
    assert len(cells) == len(names)
    for k, tc in enumerate(cells):
        q = tc.find(f"{text}p")
        tc.remove(q)
        lst_el = ET.SubElement(tc, f"{text}list", {f"{text}style-name": "LN"})
        if k:
            lst_el.set(f"{text}continue-numbering", "true")
        ET.SubElement(lst_el, f"{text}list-item").append(q)
    draft = ET.SubElement(cells[0].find(f".//{text}p"), f"{text}span", {f"{text}style-name": "HT"})
    draft.text = "（草稿）"
    body = root.find(f"{office}body/{office}text")
    hidden = ET.Element(f"{text}p", {f"{text}style-name": "HP"})
    hidden.text = "隐藏的段落"
    body.insert(0, hidden)
    flat_root = ET.Element(f"{office}document", {f"{office}mimetype": TEXT, f"{office}version": "1.3"})
    flat_root.append(named.find(f"{office}styles"))
    flat_root.extend(el for el in root if el.tag != f"{office}scripts")
    data = ET.tostring(flat_root, encoding="utf-8", xml_declaration=True)

    doc = read_bytes(data, "232.fodt")
    assert doc.format == "fodt" and texts(doc) == texts(original)
    grids = [t.grid() for t in original.tables()]
    for k, r in enumerate(grids[1][1:len(names) + 1], 1):
        r[2] = f"{k}.{r[2]}"
    assert [t.grid() for t in doc.tables()] == grids
    assert doc.tables()[1].cell_at(1, 2).text == "1.新建戈壁日光温室"
    assert [w for w in doc.warnings if w not in original.warnings] == [
        "隐藏文字未读取：2 处（设为隐藏、不显示也不打印的文字，如模板的填写提示）：正文“隐藏的段落”；"
        "表格“Table2”中“（草稿）”，请核对原件"]


def test_a_table_in_a_shapes_text_reads_as_a_table_in_a_text_box():
    """LibreOffice writes Word's text box as a draw:custom-shape holding its paragraphs, and a table
    in it in its own namespace (loext:table …): 203's whole form, read as one paragraph before."""
    shape = ('<text:p><draw:custom-shape text:anchor-type="char" draw:name="文本框 1">'
             + p("框内说明")
             + '<loext:table table:name="T1"><loext:table-column table:number-columns-repeated="2"/>'
             + '<loext:table-row><loext:table-cell table:number-columns-spanned="2">' + p("项目名称")
             + '</loext:table-cell><loext:covered-table-cell/></loext:table-row>'
             + '<loext:table-row><loext:table-cell>' + p("分值") + '</loext:table-cell><loext:table-cell>' + p("10")
             + '</loext:table-cell></loext:table-row></loext:table>'
             + '</draw:custom-shape></text:p>' + p("正文"))
    doc = read_bytes(odf(shape), "a.odt")
    assert [(type(b).__name__, b.loc.textbox) for b in doc.blocks] == [
        ("Paragraph", 1), ("Table", 1), ("Paragraph", None)]
    assert texts(doc) == ["框内说明", "正文"] and doc.tables()[0].grid() == [["项目名称", ""], ["分值", "10"]]


def test_odt_headings_are_numbered_by_the_outline_style():
    """LibreOffice's chapter numbering (text:outline-style) draws '一、' / '（1）' before headings that
    are in no list (as it prints them); a heading whose style leaves the outline is not numbered."""
    outline = ('<text:outline-style style:name="Outline">'
               '<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>'
               '<text:outline-level-style text:level="2" style:num-format="1" style:num-prefix="（" '
               'style:num-suffix="）"/></text:outline-style>'
               '<style:style style:name="Plain" style:family="paragraph" style:list-style-name=""/>')
    def h(text, level, style=""):
        attrs = f' text:style-name="{style}"' if style else ""
        return f'<text:h text:outline-level="{level}"{attrs}>{text}</text:h>'
    body = (h("基本情况", 1) + h("项目概况", 2) + p("正文") + h("资金情况", 2) + h("绩效目标", 1) + h("总体目标", 2)
            + h("附：不编号的标题", 1, "Plain") + '<text:h text:outline-level="1" text:is-list-header="true">表头</text:h>')
    doc = read_bytes(flat(body, styles=outline), "a.fodt")
    assert texts(doc) == ["一、基本情况", "（1）项目概况", "正文", "（2）资金情况", "二、绩效目标", "（1）总体目标",
                          "附：不编号的标题", "表头"]


def test_odt_hidden_text_field_written_as_an_attribute_alone_is_counted_as_left_out():
    # text:hidden-text may carry its text only in text:string-value (an empty element): when its
    # condition hides it, it is left out like any hidden text, and the warning must count it
    body = (p('目标值≥90%<text:hidden-text text:condition="ooow:1" text:string-value="（草稿：80%）" '
              'text:is-hidden="true"/>')
            + p('甲<text:hidden-text text:condition="ooow:0" text:string-value="乙" text:is-hidden="false"/>'))
    doc = read_bytes(odf(body), "a.odt")
    assert texts(doc) == ["目标值≥90%", "甲乙"]
    assert doc.warnings == ["隐藏文字未读取：1 处（设为隐藏、不显示也不打印的文字，如模板的填写提示）：正文“（草稿：80%）”，"
                            "请核对原件"]


def test_odt_letter_numbers_past_z_follow_the_list_styles_letter_sync():
    # ODF 1.2 style:num-letter-sync: false (the default) counts on aa, ab; true repeats the letter aa, bb
    styles = (list_style("AB", 'style:num-format="a" style:num-suffix=")"')
              + list_style("AA", 'style:num-format="a" style:num-suffix=")" style:num-letter-sync="true"'))
    names = [f"第{n}项" for n in range(1, 29)]
    doc = read_bytes(odt_with(lst(items(*names), "AB") + lst(items(*names), "AA"), styles), "a.odt")
    assert texts(doc)[25:28] == ["z)第26项", "aa)第27项", "ab)第28项"]
    assert texts(doc)[28 + 25:] == ["z)第26项", "aa)第27项", "bb)第28项"]


def test_a_text_box_nested_in_a_text_box_is_read_once_as_a_box_of_its_own():
    """A frame's text box holding a paragraph anchoring another frame: the inner box is read once,
    after the outer box's paragraph that anchors it, and the outer box's text once; the same for a
    custom shape holding a frame."""
    inner = '<draw:frame draw:name="内框"><draw:text-box>' + p("内层说明") + '</draw:text-box></draw:frame>'
    outer = ('<text:p>正文前<draw:frame draw:name="外框"><draw:text-box>'
             + f'<text:p>外层说明{inner}</text:p>' + p("外层结尾") + '</draw:text-box></draw:frame></text:p>')
    doc = read_bytes(odf(outer + p("正文")), "a.odt")
    assert [(b.text, b.loc.textbox) for b in doc.blocks] == [
        ("正文前", None), ("外层说明", 1), ("内层说明", 2), ("外层结尾", 1), ("正文", None)]
    shape = ('<text:p><draw:custom-shape draw:name="文本框 1">' + f'<text:p>形状说明{inner}</text:p>'
             + '</draw:custom-shape></text:p>')
    doc = read_bytes(odf(shape), "b.odt")
    assert [(b.text, b.loc.textbox) for b in doc.blocks] == [("形状说明", 1), ("内层说明", 2)]


def test_odt_hidden_rows_and_columns_left_out_are_named_by_table_and_row_or_column():
    table = ('<table:table><table:table-column table:number-columns-repeated="2"/>'
             '<table:table-column table:visibility="collapse"/><table:table-column/>'
             + row(cell("三级指标"), cell("指标值"), cell("备注"), cell("分值"))
             + row(cell("数量"), cell("10"), cell(), cell("10"))
             + row(cell("已取消"), cell("5"), cell(), cell("0"), visibility="collapse")
             + row(cell("质量"), cell("100%"), cell("修改前90%"), cell("10"))
             + '</table:table>')
    doc = read_bytes(odf(p("说明") + table), "a.odt")
    assert doc.tables()[0].grid() == [["三级指标", "指标值", "分值"], ["数量", "10", "10"], ["质量", "100%", "10"]]
    assert "隐藏的表格行 1 行未读取（表1第3行）" in doc.warnings
    assert "隐藏的表格列 1 列未读取（表1第3列）" in doc.warnings


def test_repeats_cut_at_the_limit_are_named_by_their_place():
    sheet = ('<table:table table:name="表A">' + row(cell("指标"), cell("值"))
             + row(cell("甲"), cell("1", number_columns_repeated=1500)) + '</table:table>')
    doc = read_bytes(odf(sheet, SHEET), "a.ods")
    assert "重复超过 1000 次的单元格或行 1 处只读取前 1000 次（工作表“表A”B2）" in doc.warnings, doc.warnings
    table = ('<table:table>' + row(cell("指标"), cell("值")) + row(cell("乙"), cell("2"), number_rows_repeated=1200)
             + '</table:table>')
    doc = read_bytes(odf(p("说明") + table), "a.odt")
    assert "重复超过 1000 次的单元格或行 1 处只读取前 1000 次（表1第2行）" in doc.warnings, doc.warnings
