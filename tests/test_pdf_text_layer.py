"""A PDF whose text layer is glyph codes, not text (fonts without /ToUnicode, as some printers and
old WPS save them): its pages are read as images, and the warnings name them."""
import subprocess

import pytest

from jixiao.extract import convert, ocr_reader, read_bytes
from jixiao.extract.pdf_reader import _blank_glyphs, _blanks_said, _glyph_codes

TABLE1 = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
          ["产出指标", "数量指标", "新建村级污水处理站", "≥12座", "13座"],
          ["效益指标", "社会效益指标", "受益农户数", "≥3000户", "3120户"]]
TABLE2 = [["项目资金", "年初预算数", "全年预算数", "全年执行数"],
          ["年度资金总额", "860.00", "900.00", "873.00"]]
UNDECODED = "页文本层无法解码，已按图像识别"


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """A two-page report printed by LibreOffice (its fonts subset, each with a ToUnicode map): a
    title and a table on each page."""
    from docx import Document as Docx
    from docx.enum.text import WD_BREAK
    soffice = convert.soffice()
    assert soffice, "LibreOffice is required to print the .docx: `make setup` installs it"
    tmp = tmp_path_factory.mktemp("glyphs")
    doc = Docx()
    for k, rows in enumerate((TABLE1, TABLE2)):
        doc.add_paragraph(f"第{k + 1}部分 项目绩效自评表")
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for row, texts in zip(table.rows, rows):
            for cell, text in zip(row.cells, texts):
                cell.text = text
        if k == 0:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(tmp / "report.docx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp / 'p'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(tmp / "report.docx")], check=True, capture_output=True, timeout=180)
    return (tmp / "report.pdf").read_bytes()


def _no_to_unicode(data: bytes) -> bytes:
    """The PDF with every /ToUnicode key renamed (corpus/native/make.py drop_to_unicode)."""
    assert b"/ToUnicode" in data
    return data.replace(b"/ToUnicode", b"/ToUnicodX")


def _codes_from_0x21(data: bytes, by: int = 0x20) -> bytes:
    """The PDF with its Type1 fonts' codes moved up by `by` and their ToUnicode maps dropped, as a
    printer's subset numbered from 0x21 in the order its glyphs are first drawn: each glyph is drawn
    as before (the font's own encoding moved with the codes), while the text layer shows Latin
    letters and punctuation where the page shows Chinese. The digits' TrueType font keeps its map."""
    import io
    import re

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject
    out = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    done = set()
    for page in out.pages:
        moved = set()
        for name, ref in page["/Resources"]["/Font"].items():
            font = ref.get_object()
            if font["/Subtype"] != "/Type1" or "/FontFile" not in font["/FontDescriptor"]:
                continue
            moved.add(name)
            if ref.idnum in done:     # (a font drawn on both pages: moved once)
                continue
            done.add(ref.idnum)
            assert font["/LastChar"] + by < 0x7F, "codes past ASCII (control characters from 0x80)"
            del font["/ToUnicode"]
            for key in ("/FirstChar", "/LastChar"):
                font[NameObject(key)] = NumberObject(font[key] + by)
            program = font["/FontDescriptor"]["/FontFile"].get_object()
            raw, clear = program.get_data(), program["/Length1"]
            head = re.sub(rb"dup (\d+) /", lambda m: b"dup %d /" % (int(m.group(1)) + by), raw[:clear])
            program.set_data(head + raw[clear:])
            program[NameObject("/Length1")] = NumberObject(len(head))
        content, current = page.get_contents(), [None]

        def move(m):
            if m.group(1):
                current[0] = "/" + m.group(1).decode()
                return m.group(0)
            if current[0] not in moved:
                return m.group(0)
            return b"<" + bytes(c + by for c in bytes.fromhex(m.group(2).decode())).hex().encode() + b">"
        text = re.sub(rb"/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>", move, content.get_data())
        assert moved and b"(" not in text, "LibreOffice writes its strings in hex"
        content.set_data(text)
        page.replace_contents(content)
    buf = io.BytesIO()
    out.write(buf)
    return buf.getvalue()


def _mixed(first: bytes, second: bytes) -> bytes:
    """Page 1 of one PDF and page 2 of another."""
    import io

    import pypdfium2 as pdfium
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(first), [0])
    mixed.import_pages(pdfium.PdfDocument(second), [1])
    buf = io.BytesIO()
    mixed.save(buf)
    return buf.getvalue()


def _cells(doc) -> set[str]:
    return {c.text.replace("\n", "") for _, c in doc.iter_cells()}


def test_a_pdf_without_to_unicode_is_read_by_ocr_and_each_page_named(printed, monkeypatch):
    doc = read_bytes(_no_to_unicode(printed), "report.pdf")
    assert doc.format == "pdf-ocr"
    assert [w[:w.index("页")] for w in doc.warnings if UNDECODED in w] == ["第1", "第2"]
    assert {"新建村级污水处理站", "≥12座", "3120户", "年度资金总额", "873.00"} <= _cells(doc)
    # the same print with its ToUnicode maps is read from its text layer, OCR never called
    def no_ocr(*args, **kwargs):
        raise AssertionError("a PDF with a text layer went to OCR")
    monkeypatch.setattr(ocr_reader, "read_scan", no_ocr)
    doc = read_bytes(printed, "report.pdf")
    assert doc.format == "pdf" and not any(UNDECODED in w for w in doc.warnings)
    assert [t.grid() for t in doc.tables()] == [TABLE1, TABLE2]


def test_only_the_page_whose_text_layer_is_glyph_codes_is_read_by_ocr(printed):
    # page 1 as printed, page 2 from the print without ToUnicode
    doc = read_bytes(_mixed(printed, _no_to_unicode(printed)), "mixed.pdf")
    assert [w[:w.index("页")] for w in doc.warnings if UNDECODED in w] == ["第2"]
    first, second = doc.tables()
    assert first.grid() == TABLE1 and first.loc.page == 1 and all(c.confidence is None for c in first.cells)
    assert {"年度资金总额", "860.00", "873.00"} <= {c.text for c in second.cells}
    assert second.loc.page == 2 and all(c.loc.page == 2 and c.confidence is not None for c in second.cells)
    # blocks and tables numbered in reading order over both parts
    assert [b.loc.block for b in doc.blocks] == list(range(len(doc.blocks)))
    assert [t.index for t in doc.tables()] == [0, 1] and all(c.loc.table == 1 for c in second.cells)
    assert [b.loc.page for b in doc.blocks] == sorted(b.loc.page for b in doc.blocks)


def test_without_ocr_a_page_of_glyph_codes_is_said_unread_not_read_as_text(printed, monkeypatch):
    monkeypatch.setattr(ocr_reader, "ENABLED", False)
    doc = read_bytes(_no_to_unicode(printed), "report.pdf")
    assert not doc.blocks
    assert doc.warnings == [f"第{n}页文本层无法解码（字体没有字符映射，文本层给出的是字形编码而非文字），未启用 OCR，该页未能读取"
                            for n in (1, 2)]


def _char(text, font="F"):
    return {"text": text, "fontname": font}


def test_a_page_is_glyph_codes_by_their_share_not_by_a_few_private_use_check_boxes():
    # ☑ that a ToUnicode map sends to U+F052, beside ordinary text in the same font
    text = [_char(ch) for ch in "项目类别：1、部门预算项目 2、市直专项"] + [_char("\uf052")] * 2
    assert not _glyph_codes(text)
    codes = [_char(f"(cid:{k})") for k in range(1, 30)] + [_char(ch) for ch in "2023"]
    assert _glyph_codes(codes)


def test_a_page_whose_glyph_codes_show_as_latin_letters_is_read_by_ocr(printed):
    import pypdfium2 as pdfium
    shifted = _codes_from_0x21(printed)
    # PDFium shows page 2's Chinese as printable ASCII (nothing "no text has"), and it renders as before
    text = pdfium.PdfDocument(shifted)[1].get_textpage().get_text_range()
    assert "年度资金总额" not in text and "860.00" in text
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in text) and all(ch.isprintable() or ch.isspace() for ch in text)
    doc = read_bytes(_mixed(printed, shifted), "latin.pdf")
    assert [w[:w.index("页")] for w in doc.warnings if UNDECODED in w] == ["第2"]
    first, second = doc.tables()
    assert first.grid() == TABLE1 and all(c.confidence is None for c in first.cells)
    assert {"年度资金总额", "860.00", "873.00"} <= {c.text for c in second.cells}
    assert all(c.loc.page == 2 and c.confidence is not None for c in second.cells)


def test_pdfium_says_which_characters_their_font_did_not_map():
    # a page's characters as pdfium_page gives them: Latin letters PDFium passed on as codes
    codes = [{"text": ch, "unmapped": True} for ch in "!\"#$%&'()*+"] + [{"text": ch} for ch in "860.00"]
    assert _glyph_codes(codes)
    # one symbol font's bullet among text is no such page
    assert not _glyph_codes([{"text": ch} for ch in "项目类别：部门预算项目"] + [{"text": "l", "unmapped": True}])


def test_a_few_characters_with_no_text_on_a_page_of_text_are_counted_and_said():
    """A page of text whose font maps some glyphs to nothing (code 0: 1262.pdf's digits of a picture's text,
    too few to make the page glyph codes): the cells read empty, and the characters are counted and said."""
    chars = [{"text": ch} for ch in "板栗低效园改造≥6000亩6200亩"] + [{"text": "\x00"}] * 4 + [{"text": "☑"}, {"text": "\uf052"}]
    assert not _glyph_codes(chars)
    assert _blank_glyphs(chars) == 4          # a check box's private-use code is a character, not a blank
    said = _blanks_said({1: 4, 3: 2})
    assert "第1、3页" in said and "6个字符" in said


def test_a_fonts_unparsable_metrics_write_nothing_to_stderr(caplog):
    """1262.pdf: Chromium's subset font for a picture's digits has no FontBBox, and pdfminer logged a warning a glyph
    (95 lines of stderr for one file in a nightly run). Nothing an analyst can act on: the reader says what it could
    not read in its own warnings, and the library's log stays quiet."""
    from pathlib import Path
    from jixiao.extract import read_document
    import logging
    with caplog.at_level(logging.WARNING):
        read_document(Path(__file__).resolve().parent.parent / "corpus" / "native" / "1262.pdf")
    assert not [r for r in caplog.records if r.name.startswith("pdfminer")]


def test_a_symbol_font_bullet_opening_a_printed_line_is_no_part_of_its_text(tmp_path):
    """1548.pdf (Word's List Bullet paragraphs printed: each line opens with Symbol's bullet, U+F0B7 in the
    text layer, then a space): every label：value line read as '\\uf0b7 年度指标值：≥6000亩', which no label grammar
    reads, so no indicator was read. A private-use character opening a paragraph with a space after it is the
    list's drawn mark, no text (pdf_reader._unmarked); one inside a line stays."""
    from docx import Document as Docx
    from jixiao.extract.pdf_reader import _unmarked
    assert _unmarked("\uf0b7 年度指标值：≥6000亩") == "年度指标值：≥6000亩"
    assert _unmarked("\uf0a7\t分值：10") == "分值：10"
    assert _unmarked("见\uf0b7 号") == "见\uf0b7 号" and _unmarked("普通文字") == "普通文字"
    soffice = convert.soffice()
    assert soffice, "LibreOffice is required to print the .docx: `make setup` installs it"
    doc = Docx()
    doc.add_paragraph("新建温室", style="List Bullet")
    doc.add_paragraph("年度指标值：≥300栋", style="List Bullet 2")
    doc.save(tmp_path / "list.docx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "list.docx")], check=True, capture_output=True, timeout=180)
    got = read_bytes((tmp_path / "list.pdf").read_bytes(), "list.pdf")
    texts = [b.text for b in got.blocks if hasattr(b, "text")]
    assert "新建温室" in texts and "年度指标值：≥300栋" in texts


def test_character_bordered_runs_printed_in_a_line_are_the_lines_words_not_tables(tmp_path):
    """1549.pdf (a Word form of paragraphs whose target runs carry character borders, w:bdr, printed by
    LibreOffice): each bordered run prints as a narrow one-row ruled box inside its line, which the reader
    took for a table of its own (文字超出其右边框), the header and two lines read as a misaligned grid (the
    target in the actual's place: 2 rows read, both wrong). A one-row grid of one line of text with the
    line's words (or another such box) on either side of it is a box round a run, its text the line's
    (pdf_reader._boxed_runs): the lines read as the .docx's do."""
    from docx import Document as Docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from jixiao.normalize import normalize_document
    soffice = convert.soffice()
    assert soffice, "LibreOffice is required to print the .docx: `make setup` installs it"
    doc = Docx()
    lines = ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
             "产出指标 数量指标 新建种植基地 ≥800亩 830亩 10 10",
             "产出指标 数量指标 建设育苗大棚 ≥20个 21个 8 8",
             "产出指标 数量指标 培训种植户 ≥600人次 640人次 6 6",
             "产出指标 质量指标 种苗成活率 ≥85% 89% 6 6",
             "产出指标 时效指标 完成时间 2023年10月底前 2023年10月28日 4 4",
             "产出指标 成本指标 每亩建设补助 ≤3000元 3000元 6 6",
             "效益指标 经济效益指标 鲜条亩均产值 ≥20000元 16000元 10 8"]
    for line in lines:     # each field a run with a border and shading, apart by a full-width space
        p = doc.add_paragraph()
        for k, word in enumerate(line.split()):
            if k:
                p.add_run("\u3000")
            rpr = p.add_run(word)._r.get_or_add_rPr()
            bdr, shd = OxmlElement("w:bdr"), OxmlElement("w:shd")
            for key, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
                bdr.set(qn(key), v)
            for key, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "F2F2F2")):
                shd.set(qn(key), v)
            rpr.append(bdr)
            rpr.append(shd)
    doc.save(tmp_path / "boxed.docx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "boxed.docx")], check=True, capture_output=True, timeout=180)
    got = read_bytes((tmp_path / "boxed.pdf").read_bytes(), "boxed.pdf")
    assert not got.tables()
    assert not any("超出其右边框" in w for w in got.warnings)
    texts = [" ".join(b.text.split()) for b in got.blocks if hasattr(b, "text")]
    assert lines[3] in texts and lines[5] in texts
    recs = normalize_document(got)
    assert [(i.level3, i.target.q.raw, i.actual.q.raw, i.score.q.raw) for i in recs.indicators] == \
        [(f[2], f[3], f[4], f[6]) for f in (line.split() for line in lines[1:])]
