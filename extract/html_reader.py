"""Saved web pages: .html/.htm (any declared or sniffed charset) and .mht/.mhtml archives.

Parsed with lxml (never regular expressions). Scripts, styles, forms and navigation are
dropped, but a form filled in (a saved page of an evaluation system) shows its fields' values: each
is read in the field's place (a <select> its chosen option), a block of fields and labels a table row (_shown_fields, _field_run). Tables follow the HTML table model (rowspan/colspan fill an occupancy grid); a table
that holds other tables is page layout, so its cells are walked for the data tables and text
inside them. What the browser does not show is not read: display:none (style rules and
inline), the hidden attribute, <template>, and <noscript> (a saved page is what the browser
showed with scripts running, so a <noscript> holds only the no-script stand-in or a duplicate
of what the scripts built); visibility:hidden / collapse boxes keep their place (a table's row
stays a row, so the grid is right) but not their text; nor is a closed <details>' content beyond
its <summary> (Chromium 156 shows and prints only the summary of a closed one: a page with both kinds
printed with --print-to-pdf holds the closed one's summary alone, the open one's content whole). What
was left out is said once, in a warning. Boxes laid out as tables by CSS (display:table, display:grid) are tables too
(html_css.py). A <pre> block whose fixed-width text is a table (+---+ and | rules, columns of
spaces: old government sites) is read by the text-file reader (text_reader.read_lines). Everything
else becomes paragraphs in document order. Locations give the block, table, row and column as for
Word files (and a CSS table's cells their element path, a <pre>'s blocks its path and line).
"""
from __future__ import annotations

import email
import email.policy
import mimetypes
import re
from urllib.parse import urlsplit

from .box_grid import Box, grid_of
from .data_uri import data_svg, data_uri, is_data_uri
from .errors import ExtractError
from .frame_print import MISSING
from .html_compose import compose
from .html_css import (Styles, column_stacks, column_table_rows, column_tables, flex_row, is_css_table, layout, positioned,
                       row_key, unaligned_stacks)
from .html_toc import toc_levels
from .model import Cell, Document, Location, Paragraph, Table, first_few
from .placed_runs import read_page as read_placed_page
from .ruled_page import assemble
from .svg_text import SNAP as PLACED_SNAP
from .svg_text import Drawing, blocks_said, label_blocks, one_block, read_svg, svg_clockwise, unread_said, unread_texts
from .text_reader import figure_rows, read_lines
from .xml_tree import cals_page, parse as parse_xml

MAX_SPAN = 1000       # a rowspan/colspan beyond this is damage, not layout
POSITION_SNAP = 2.0   # px: absolutely positioned edges this close are one grid line (a border's width)
MAX_HTML = 20 * 1024 * 1024   # a saved report page is well under 5 MB; 20 MB is something else
DROP = {"script", "style", "noscript", "template", "nav", "form", "select", "button", "iframe", "object", "svg",
        "head", "input", "textarea"}
BLOCK = {"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
         "blockquote", "dd", "dt", "dl", "center", "address", "figure", "figcaption", "header", "footer", "aside",
         "caption", "body", "html", "font", "span", "br", "hr", "details", "summary", "fieldset", "legend"}
# Page furniture by its class or id: navigation bars, breadcrumbs (当前位置：首页 > …), menus,
# share buttons, footers. The report itself never sits in one.
_FURNITURE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|crumbs?|breadcrumbs?|footer|foot|sidebar|share|topbar|"
                        r"position|location|dqwz)(?:$|[\s_-])", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _content_buttons(root) -> None:
    """A <button> that holds a row of content (two or more child elements with text: a system's clickable
    list whose every row is a button of cells) shows that content as a box does: read as a <div> (its
    styles, taken before, stay its own); a button of a label alone (提交, 打印) stays dropped."""
    for el in list(root.iter("button")):
        if sum(1 for c in el if isinstance(c.tag, str) and _clean(c.text_content())) >= 2:
            el.tag = "div"


def _furniture(el) -> bool:
    """A box dropped as page furniture by its class or id."""
    return (el.tag not in ("html", "body", "table", "tr", "td") and not _under_table(el)
            and bool(_FURNITURE.search(f"{el.get('class', '')} {el.get('id', '')}")))


def _navigation(el) -> bool:
    """A <nav>, or a box whose class or id calls it furniture (a table of contents among them)."""
    return el.tag == "nav" or _furniture(el)


def _under_table(el) -> bool:
    """A line set right under a table (its previous sibling the table): the table's own foot (自评等级：优,
    a 注), whatever its class calls it (class="foot"); a page's footer follows the page's content boxes."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()    # a comment between them
    return prev is not None and prev.tag == "table"


def decode_html(path: str, data: bytes) -> tuple[str, str]:
    """The page's text and the encoding used: BOM, then the declared charset, then UTF-8, then
    a guess among the Chinese code pages (pages saved as GB2312 often declare nothing)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    candidates = []
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "ignore").lower()
        # GB2312 and GBK pages routinely hold characters only GB18030 (their superset) names.
        candidates.append("gb18030" if declared in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936") else declared)
    candidates += ["utf-8", "gb18030", "big5"]
    for enc in dict.fromkeys(candidates):
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("gb18030", errors="replace"), "gb18030（含无法解码的字节）"


def mht_html(path: str, data: bytes) -> bytes:
    """The HTML part of a saved .mht/.mhtml page (MIME multipart/related)."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset and not _META_CHARSET.search(payload[:4096]):
                payload = f'<meta charset="{charset}">'.encode() + payload
            return payload
    raise ExtractError(path, "corrupt", "MHT 网页存档中没有 HTML 正文，无法读取")


def read_html(path: str, data: bytes, sha256: str, fmt: str = "html") -> Document:
    import lxml.html
    from lxml import etree

    if len(data) > MAX_HTML:
        raise ExtractError(path, "too_large", f"网页文件过大（{len(data) // 2**20} MB，上限 {MAX_HTML // 2**20} MB），不像是一份报告，未读取")
    if fmt == "mht":
        data = mht_html(path, data)
    text, encoding = decode_html(path, data)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)   # lxml refuses an encoding declaration in a str
    text, bbcode = bbcode_tables(text)
    if "tgroup" in text and (xml := parse_xml(text)) is not None and (cals := cals_page(xml)) is not None:
        text = cals     # a DocBook document's CALS tables (tgroup / row / entry): the page its markup means
    try:
        root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(
            remove_comments=True, remove_pis=True, no_network=True, huge_tree=False))
    except (etree.ParserError, ValueError) as e:
        raise ExtractError(path, "corrupt", f"网页无法解析（{e}）") from None
    compose(root)   # shadow roots and generated content, as the browser shows them
    _math_tables(root)
    frames = _inline_frames(root)
    _shown_fields(root)
    stamped = _stamped_rows(root)
    islands = _data_islands(root)
    written, unwritten = _written_markup(root)
    regridded = _aria_grids(root)
    # Styles before <head> (and its <style> rules) goes; element paths before anything is dropped,
    # so that a CSS table's cells name their place in the page as saved.
    styles = Styles(root)
    tree = root.getroottree()
    paths = {d: tree.getpath(d) for box in root.iter() if isinstance(box.tag, str)
             and (is_css_table(styles, box) or flex_row(styles, box) or positioned(styles, box))
             for d in box.iter() if isinstance(d.tag, str)}
    pres = {pre: tree.getpath(pre) for pre in root.iter("pre")}
    _content_buttons(root)
    toc = toc_levels(root, _navigation)
    for el in root.iter(*DROP):
        if el.getparent() is not None and el.tag not in ("head", "svg", *UNRENDERED):
            el.drop_tree()
    for el in root.iter("head"):
        el.drop_tree()
    for el in [e for e in root.iter() if isinstance(e.tag, str) and _furniture(e)]:
        if el.getparent() is not None:
            el.drop_tree()
    doc = Document(source=path, format=fmt, sha256=sha256, encoding=encoding)
    doc.warnings.extend(toc)
    if islands:
        doc.warnings.append(f"网页有{len(islands)}个表格只写在脚本数据中（<script type=\"application/json\">，由网页脚本生成表格显示，"
                            f"共{sum(islands)}条记录），已按表格读取（列名取自数据中的列说明，没有说明的用数据的键名），请对照网页显示核对")
    if regridded:
        doc.warnings.append(f"网页有{regridded}个表格控件（role=grid 等）的行在网页源码中的顺序与显示不同（虚拟滚动表格复用行、"
                            "或一行的单元格分在固定列与滚动区两处），已按各行的行号（aria-rowindex）拼合排列读取，请对照网页显示核对")
    if written:
        doc.warnings.append(f"网页有{written}段内容只写在脚本的 document.write 语句中（旧式网页由脚本在打开时写出表格等内容），"
                            "已按脚本写出的网页内容读取，请对照网页显示核对")
    if unwritten:
        first = " ".join(unwritten[0].split())[:60]
        doc.warnings.append(f"网页有{len(unwritten)}处 document.write 语句（如“{first}”）写出的内容含脚本变量或运算（不是直接写明的文字），"
                            "未能读取，其中若有指标或资金数据可能漏读，请对照网页显示核对")
    if bbcode:
        doc.warnings.append(f"网页有{bbcode}段论坛表格代码（BBCode：[table] [tr] [td=列,行] …，网页未将其显示为表格，按文字原样显示），"
                            "已按代码中的表格读取，请对照网页显示核对")
    if stamped:
        doc.warnings.append(f"网页表格有{stamped}行只写在<template>模板中（由网页脚本生成表格行，表格本身只有表头），"
                            "已按表格行读取，请对照网页显示核对")
    hidden = _drop_unrendered(root, styles)
    if hidden.pieces:
        doc.warnings.append(hidden.warning())
    _ruby_lines(root)
    walker = _Walker(doc, path, styles, paths, pres)
    walker.walk(root)
    if frames:
        named = first_few((f"“{src[:60]}”" for _, src in frames), 5)
        tags = "、".join(f"<{t}>" for t in dict.fromkeys(t for t, _ in frames))
        doc.warnings.append(f"{path}：网页中有{len(frames)}个内嵌框架（{tags}）引用另外的网页（src：{named}），其内容不在本文件中，未读取；"
                            "若其中有指标或资金数据，请打开原网页核对")
    if not doc.blocks:
        doc.warnings.append("网页中没有可读取的正文或表格")
    elif not doc.tables():
        figures = _figure_boxes(root)
        if len(figures) >= MIN_FIGURE_BOXES:
            # the first boxes' figures, for the analyst to find them in the page
            doc.warnings.append(f"网页中没有读成表格的内容，但有{len(figures)}个只写简短数字的<div>等块"
                                f"（{first_few((f'“{x}”' for x in figures), 3)}），"
                                "像是用CSS排版的表格（未能按表格读取），指标与资金数据可能漏读，请对照原网页人工核对")
    if walker.svg_lines:
        doc.warnings.append(f"网页中的第{'、'.join(map(str, walker.svg_lines))}个SVG图形各只有一组文字（如仪表盘中的数值及其下的"
                            "标注行），已按自上而下的次序作为所在位置的文字行读取，请对照原网页核对")
    if walker.svg_unread:
        # each drawing by its ordinal in the page (the "page" of a drawing read as a form)
        doc.warnings.append(unread_said(walker.svg_unread, "网页"))
    # each <pre> by its element path, the line its table starts on and that line's first characters
    unread = [(where, rows, text.split("\n")[rows[0] - 1].strip())
              for where, text in walker.unread_pres if (rows := figure_rows(text))]
    if unread:
        places = "；".join(f"{f'元素{where}内' if where else ''}第{rows[0]}行起“{first[:20].strip()}”" for where, rows, first in unread)
        doc.warnings.append(f"网页<pre>块中有{sum(len(rows) for _, rows, _ in unread)}行像是按等宽字符排版的文本表格"
                            f"（以 | 或空格分列），未能按表格读取，指标与资金数据可能漏读，请对照原网页人工核对（{places}）")
    return doc


# A forum's table code (BBCode, Discuz! / phpBB: [table=98%] [tr] [td=colspan,rowspan,width] … [/td] [/tr]
# [/table]) a board left unparsed, so the page shows the code as text: the table it writes is read.
_BB_TABLE = re.compile(r"\[table(?:=[^\]]*)?\](.*?)\[/table\]", re.S | re.I)
_BB_TAG = re.compile(r"\[(/?)(tr|td|th)(?:=(\d+),(\d+)(?:,[^\]]*)?)?\]", re.I)
# the line breaks the post puts between the code's rows (and before its first): no cell's text
_BB_GAP = re.compile(r"(?:\s|<br\s*/?>)+(?=\[(?:tr|/table)\])|(?<=\[/tr\])(?:\s|<br\s*/?>)+", re.I)


def bbcode_tables(text: str) -> tuple[str, int]:
    """The page's source with each BBCode table that holds rows and cells ([tr], [td]) written as the HTML
    table it codes ([td=2,3] a cell of colspan 2 and rowspan 3), and how many there were."""
    count = 0

    def tag(m) -> str:
        close, name = m.group(1), m.group(2).lower()
        if close or not m.group(3):
            return f"<{close}{name}>"
        return f'<{name} colspan="{m.group(3)}" rowspan="{m.group(4)}">'

    def table(m) -> str:
        nonlocal count
        body = m.group(0)
        if not re.search(r"\[tr\]", body, re.I) or not re.search(r"\[t[dh]\b", body, re.I):
            return body
        count += 1
        return "<table>" + _BB_TAG.sub(tag, _BB_GAP.sub("", m.group(1))) + "</table>"
    return _BB_TABLE.sub(table, text), count


# A code tag a printed line broke, its letters apart ([t d], [/t r]: a PDF's wrapped line joined with a space).
_BB_BROKEN = re.compile(r"\[[\s/]*t\s*[dhr](?:\s*=[\s\d,]*)?\s*\]", re.I)


def _coded_tables(doc: Document, mark: str, tables_in) -> tuple[int, list[str]]:
    """Table code kept as text in the document's paragraphs and cells (a board's BBCode, a page's escaped
    <table> markup): `tables_in(text)` gives (the code's tables as HTML, how many, the text without them)
    or None; each table is read (read_html) as a block of its own after the paragraph or table that held
    it, the code taken out of that text. Returns (tables read, the places that held them)."""
    out: list = []
    found, places = 0, []
    for b in doc.blocks:
        out.append(b)
        hosts = [b] if isinstance(b, Paragraph) else list(b.cells) if isinstance(b, Table) else []
        for host in hosts:
            if mark not in host.text or (got := tables_in(host.text)) is None:
                continue
            written, n, rest = got
            read = read_html(doc.source, f"<html><body>{written}</body></html>".encode("utf-8"), doc.sha256)
            page = host.loc.page
            for t in read.tables():
                for c in t.cells:
                    c.loc = Location(doc.source, page=page, row=c.row, col=c.col)
                t.loc = Location(doc.source, page=page)
                out.append(t)
            found += n
            places.append(host.loc.describe())
            host.text = rest
    if found:
        doc.blocks = out
        doc.renumber()
    return found, places


def bbcode_blocks(doc: Document) -> None:
    """Forum table code left unparsed and kept as text in a document of another kind (1399.pdf: a board's
    reply printed by the browser, its [table] [tr] [td=1,6] … in one text cell, wrapped lines joined): each
    code table that holds rows and cells (bbcode_tables, its tags broken by a wrap mended first) is read as
    the table it writes, a block of its own after the paragraph or table that held it; the code is taken
    out of that text and the reading said."""
    import html as html_text

    def tables_in(text: str):
        text = _BB_BROKEN.sub(lambda m: re.sub(r"\s", "", m.group(0)), text)
        tables = [m.group(0) for m in _BB_TABLE.finditer(text)]
        written, n = bbcode_tables("".join(html_text.escape(t) for t in tables))
        if not n:
            return None
        return written, n, _BB_TABLE.sub(lambda m: "" if _BB_TAG.search(m.group(0)) else m.group(0), text).strip()
    found, places = _coded_tables(doc, "[", tables_in)
    if found:
        doc.warnings.append(f"{'、'.join(dict.fromkeys(places))}：文中有{found}段论坛表格代码（BBCode：[table] [tr] [td=列,行] …，"
                            "原网页未将其显示为表格，按文字原样显示或打印），已按代码中的表格读取，各作一个表格置于其后，请对照原件核对")


def _spaced(word: str) -> str:
    """A tag name's letters with any whitespace between them (a printed line wrapped inside the tag: <t d>)."""
    return r"\s*".join(word)


# HTML table markup shown as text (a site's editor that saved a pasted table escaped, &lt;table&gt;, so the
# page shows the tags): <table …> … </table> holding rows and cells, its tags' letters possibly parted by a
# printed line's wrap and the spaces between a tag's name and its attributes possibly lost (<tdrowspan="6">).
_MU_TABLE = re.compile(rf"<\s*{_spaced('table')}[^<>]*>.*?<\s*/\s*{_spaced('table')}\s*>", re.S | re.I)
_MU_TAG = re.compile(rf"<\s*(/?)\s*({'|'.join(_spaced(w) for w in ('tbody', 'thead', 'tfoot', 'table', 'tr', 'td', 'th'))})"
                     r"([^<>]*)>", re.I)
_MU_SPAN = re.compile(r"(rowspan|colspan)=[\"']?(\d+)", re.I)


def markup_tables(text: str) -> tuple[str, int, str] | None:
    """The HTML tables whose markup the text shows (each holding a <tr> and a <td>/<th>), their tags rewritten
    clean (the name's letters joined, only rowspan / colspan kept), how many, and the text without them;
    None where it shows none."""
    tables = []

    def tag(m) -> str:
        name = re.sub(r"\s", "", m.group(2)).lower()
        attrs = re.sub(r"\s", "", m.group(3))
        spans = "".join(f' {k.lower()}="{v}"' for k, v in _MU_SPAN.findall(attrs)) if name in ("td", "th") else ""
        return f"<{m.group(1)}{name}{spans}>"

    def one(m) -> str:
        names = {re.sub(r"\s", "", t.group(2)).lower() for t in _MU_TAG.finditer(m.group(0))}
        if "tr" not in names or not names & {"td", "th"}:
            return m.group(0)
        tables.append(_MU_TAG.sub(tag, m.group(0)))
        return ""
    rest = _MU_TABLE.sub(one, text)
    return ("".join(tables), len(tables), rest.strip()) if tables else None


_MU_OPEN = re.compile(rf"<\s*{_spaced('table')}[^<>]*>", re.I)
_MU_CLOSE = re.compile(rf"<\s*/\s*{_spaced('table')}\s*>", re.I)
MAX_MARKUP_LINES = 2000   # a table's code a line per paragraph: longer than this is no form's table


def _join_markup_lines(doc: Document) -> None:
    """Table markup shown as text a line per paragraph (the code's own line breaks kept: <table …> on one
    line, each <tr>…</tr> on the next): the paragraphs from one that opens a <table> to the one that closes
    it joined into the first, where together they show a table (markup_tables)."""
    blocks, i, joined = doc.blocks, 0, False
    out = []
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Paragraph) and _MU_OPEN.search(b.text) and not _MU_CLOSE.search(b.text):
            j = next((k for k in range(i + 1, min(len(blocks), i + MAX_MARKUP_LINES))
                      if not isinstance(blocks[k], Paragraph) or _MU_CLOSE.search(blocks[k].text)), None)
            if j is not None and isinstance(blocks[j], Paragraph):
                text = "\n".join(p.text for p in blocks[i:j + 1])
                if markup_tables(text) is not None:
                    b.text, joined = text, True
                    out.append(b)
                    i = j + 1
                    continue
        out.append(b)
        i += 1
    if joined:
        doc.blocks = out
        doc.renumber()


def markup_blocks(doc: Document) -> None:
    """HTML table markup shown as text (1503: a county site's editor saved the pasted indicator table escaped,
    so the page, and its printout, show &lt;table&gt;&lt;tr&gt;&lt;td rowspan="6"&gt;产出指标… as one run of
    words): each such table is read as the table its markup writes, a block after the paragraph or cell that
    showed it, the markup taken out of that text (read as words it gave rows of tag fragments), and said."""
    _join_markup_lines(doc)
    found, places = _coded_tables(doc, "<", markup_tables)
    if found:
        doc.warnings.append(f"{'、'.join(dict.fromkeys(places))}：文中有{found}段网页表格代码（<table> <tr> <td> …，"
                            "网页将表格代码按文字原样显示，未显示为表格），已按代码写出的表格读取，各作一个表格置于其后，请对照原件核对")


MAX_FRAME_DEPTH = 4   # an iframe's srcdoc holding another: deeper than this is no report page


# <input> types whose value the browser shows as text in the box (not buttons, checkboxes, hidden fields)
SHOWN_INPUTS = {"", "text", "number", "date", "datetime-local", "month", "week", "time", "email", "tel", "url"}
FIELD = "data-shown-field"   # marks the <span> standing for a form field's shown value


def _shown_option(select) -> str | None:
    """The text a drop-down <select> shows: its selected <option> (the last one marked, as the browser keeps
    one), else its first enabled one; None for a list box (multiple, or a size over one: every option shows,
    none is the value) and for the placeholder option (value="": nothing was chosen, HTML's placeholder label
    option). An option's label attribute, where given, is what it shows."""
    size = (select.get("size") or "1").strip()
    if select.get("multiple") is not None or (size.isdigit() and int(size) > 1):
        return None
    options = list(select.iter("option"))
    chosen = [o for o in options if o.get("selected") is not None]
    shown = chosen[-1] if chosen else next((o for o in options if o.get("disabled") is None), None)
    if shown is None or (shown.get("value") is not None and not shown.get("value").strip()):
        return None
    return shown.get("label") or shown.text_content()


def _list_box_lines(select) -> str | None:
    """The lines a list box shows (a <select> with multiple, or a size over one: every option visible, one a
    line, an <optgroup>'s label a line over its options), as the text of a <pre>: a list box whose options are
    lines of a table lined up by spaces (a system's 指标明细 list) is then read as the fixed-width text it
    draws. None for a drop-down (it shows one option: _shown_option) or an empty box."""
    size = (select.get("size") or "1").strip()
    if select.get("multiple") is None and not (size.isdigit() and int(size) > 1):
        return None
    lines = []
    for el in select.iter("optgroup", "option"):
        text = el.get("label") if el.tag == "optgroup" else (el.get("label") or el.text_content())
        if (text or "").strip():
            lines.append(text.replace("\xa0", " ").rstrip())   # no-break spaces line the columns up
    return "\n".join(lines) or None


def _shown_fields(root) -> int:
    """A filled form as the browser shows it (a saved page of an evaluation system): each text-like <input>'s
    value, each <textarea>'s text and each drop-down <select>'s chosen option stand as a marked <span> in the
    field's place (a list box's options as a marked <pre> of the lines it shows), since the value lives in an attribute (or among options the page does not show) and not in
    the page's text; a <form> holding one is content, not furniture, and is kept as a box (a form with no filled
    field, a search box or a login, is still dropped)."""
    n = 0
    for el in list(root.iter("input", "textarea", "select")):
        if el.tag == "input" and (el.get("type") or "").strip().lower() not in SHOWN_INPUTS:
            continue
        if el.tag == "select" and (lines := _list_box_lines(el)) and el.getparent() is not None:
            pre = el.makeelement("pre", {FIELD: ""})
            pre.text, pre.tail = lines, el.tail
            el.getparent().replace(el, pre)
            n += 1
            continue
        text = el.get("value") if el.tag == "input" else _shown_option(el) if el.tag == "select" else el.text_content()
        if not (text or "").strip() or el.getparent() is None:
            continue
        span = el.makeelement("span", {FIELD: ""})
        span.text, span.tail = text, el.tail
        el.getparent().replace(el, span)
        n += 1
    for form in list(root.iter("form")):
        if form.find(f".//span[@{FIELD}]") is not None:
            form.tag = "div"
    return n


def _field_cells(el) -> list | None:
    """A block of form fields and their labels only (two boxes or more, one a field; no loose text): its
    labels and values in order, each a cell, as the row the eye reads across. None for anything else."""
    if not isinstance(el.tag, str) or el.tag not in ("div", "p", "li") or _clean(el.text or ""):
        return None
    cells, fields = [], 0
    for child in el:
        if not isinstance(child.tag, str) or _clean(child.tail or ""):
            return None
        if child.tag == "span" and child.get(FIELD) is not None:
            fields += 1
        elif child.tag != "label" or child.find(f".//span[@{FIELD}]") is not None:
            return None
        cells.append(_cell_text(child))
    return cells if fields and len(cells) >= 2 else None


def _inline_cells(el) -> list | None:
    """A block of inline boxes only (<span>, <label>, <b> …: a header line above rows of fields), each a cell;
    None where it holds loose text or a block."""
    if not isinstance(el.tag, str) or el.tag not in ("div", "p", "li") or _clean(el.text or ""):
        return None
    cells = []
    for child in el:
        if not isinstance(child.tag, str) or child.tag not in _INLINE or _clean(child.tail or ""):
            return None
        cells.append(_cell_text(child))
    return cells if len(cells) >= 2 and all(cells) else None


_LABELLED = re.compile(r"^([^：:\d]{1,12})[：:]\s*(\S.*)$")


def _summary_pairs(details) -> list | None:
    """A <details> whose content is its <summary> and one line of inline boxes each 标签：值 (a disclosure
    widget per indicator: the name to click, the values it opens) as one row, as an item's name and its <dl>
    are: the summary, then each pair a labelled cell. None for any other <details> (a group of them, prose)."""
    kids = [c for c in details if isinstance(c.tag, str)]
    if (len(kids) != 2 or kids[0].tag != "summary" or _clean(details.text or "")
            or any(_clean(c.tail or "") for c in kids)):
        return None
    cells = _inline_cells(kids[1])
    name = _cell_text(kids[0])
    if cells is None or not name or "\n" in name or not all(_LABELLED.match(c) for c in cells):
        return None
    return [name] + ["：".join(_LABELLED.match(c).groups()) for c in cells]


def _inline_frames(root) -> list[tuple[str, str]]:
    """Each <iframe srcdoc="…"> (or frame holding its page as a data: URI, _frame_page) replaced by the page
    it holds (what the browser shows in the frame: a CMS embedding the form as a page of its own), parsed and
    put in the frame's place:
    the srcdoc's <style> rules and its body's content in a <div>, so the walker reads the form where
    the browser shows it, between the text around the frame. Frames inside the inlined page are
    inlined in turn, up to MAX_FRAME_DEPTH. The pages that frames name without their content (_named_page),
    (tag, address) each: not in the file, and said by name."""
    import lxml.html
    from lxml import etree

    for _ in range(MAX_FRAME_DEPTH):
        frames = [(f, page) for f in root.iter("iframe", "object", "embed") if (page := _frame_page(f))]
        if not frames:
            break
        for frame, page in frames:
            try:
                inner = lxml.html.document_fromstring(page, parser=lxml.html.HTMLParser(
                    remove_comments=True, remove_pis=True, no_network=True, huge_tree=False))
            except (etree.ParserError, ValueError):
                continue   # nothing the browser would show either; the iframe is dropped as before
            box = lxml.html.Element("div")
            box.extend(inner.iter("style"))   # before the body is taken: iter() would see moved nodes
            body = inner.find("body")
            if body is not None:
                box.text = body.text
                box.extend(list(body))
            box.tail = frame.tail
            frame.getparent().replace(frame, box)
    return [(f.tag, page) for f in root.iter("iframe", "object", "embed") if (page := _named_page(f))]


def _named_page(el) -> str | None:
    """The other page (its address) a frame shows without the file holding it: an <iframe src> without
    srcdoc, or an <object data>/<embed src> whose type (written, else guessed from the address by the
    standard type table) is a web page or text. Pictures, PDFs and plug-ins named so are no page."""
    if el.tag == "iframe":
        return None if (el.get("srcdoc") or "").strip() else (el.get("src") or "").strip() or None
    ref = (el.get("data" if el.tag == "object" else "src") or "").strip()
    if not ref or is_data_uri(ref):
        return None   # nothing named, or a data: URI (read in place by _frame_page when it is a page)
    kind = (el.get("type") or "").split(";")[0].strip().lower() or \
        (mimetypes.guess_type(urlsplit(ref).path)[0] or "")
    return ref if kind in _PAGE_TYPES or kind.startswith("text/") else None


_PAGE_TYPES = ("text/html", "application/xhtml+xml")


def _frame_page(el) -> str | None:
    """The page a frame shows when the file holds it: an <iframe>'s srcdoc, or a web page written into the
    element as a data: URI (an <iframe src>, <object data> or <embed src> of text/html, base64 or
    percent-encoded: a portal inlining its table widget). None for an element that names another file or
    holds no page (an <object> of a picture, a PDF)."""
    if el.tag == "iframe" and (el.get("srcdoc") or "").strip():
        return el.get("srcdoc")
    uri = data_uri(el.get("data" if el.tag == "object" else "src"))
    return uri.text() if uri is not None and uri.media_type in _PAGE_TYPES else None


UNRENDERED = ("template", "noscript")   # content the browser never shows (see the module's note)


_MATH_TABLE = {"mtable": "table", "mtr": "tr", "mlabeledtr": "tr", "mtd": "td"}


def _math_tables(root) -> None:
    """A MathML <mtable> follows the HTML table model (MathML Core: mtable / mtr / mtd laid out as
    table / tr / td, a cell spanning by rowspan and columnspan), so it is read as the table it draws.
    A labelled row (<mlabeledtr>) is a row whose first cell is an equation label drawn beside the
    table, no column: read without it (left a <mlabeledtr> inside the table, the row was lost unsaid)."""
    for el in [e for e in root.iter(*_MATH_TABLE) if any(a.tag == "math" for a in e.iterancestors())]:
        if el.tag == "mlabeledtr" and len(el) and el[0].tag == "mtd":
            el.remove(el[0])
        el.tag = _MATH_TABLE[el.tag]
        if el.tag == "td" and el.get("columnspan") is not None:
            el.set("colspan", el.attrib.pop("columnspan"))


def _stamped_rows(root) -> int:
    """A table whose body rows are all written inside <template>s (a page whose script stamps each
    template into the table on load: the table as saved is its header alone): the templates' rows are
    the rows the page shows, put in the templates' places. A table with rows of its own keeps its
    templates as the unrendered content they are (a row prototype, a copy for later). Returns the rows
    taken out of templates."""
    stamped = 0
    for table in root.iter("table"):
        bodies = [table] + [b for b in table if isinstance(b.tag, str) and b.tag == "tbody"]
        templates = [t for b in bodies for t in b if isinstance(t.tag, str) and t.tag == "template"]
        rows = [tr for t in templates for tr in t if isinstance(tr.tag, str) and tr.tag == "tr"]
        own = [tr for b in bodies for tr in b if isinstance(tr.tag, str) and tr.tag == "tr"]
        if not rows or len(own) > 1 or any(not isinstance(c.tag, str) or c.tag != "tr" for t in templates for c in t):
            continue
        for t in templates:
            parent, at = t.getparent(), t.getparent().index(t)
            for k, tr in enumerate(list(t)):
                parent.insert(at + k, tr)
            t.drop_tree()   # keeps its tail in the page
        stamped += len(rows)
    return stamped


# document.write / writeln calls whose argument is string literals joined by + (what an old CMS page's
# inline script writes its table with); a call whose argument is anything else is counted, not read.
_JS_STRING = r"""(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
_WRITE = re.compile(r"document\s*\.\s*write(?:ln)?\s*\(\s*(" + _JS_STRING + r"(?:\s*\+\s*" + _JS_STRING + r")*)\s*\)")
_ANY_WRITE = re.compile(r"document\s*\.\s*write(?:ln)?\s*\(")
_JS_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\n|.)", re.S)
# what a write shows: an element that is not metadata (HTML's metadata content: a script loader's <script>,
# a <link>) or Chinese text; a jQuery fallback, a visit counter's unescape('%3C…'), the footer's year show none
_SHOWS = re.compile(r"<(?!(?:script|style|link|meta|base|noscript|template|title)\b)[a-z]|[\u3400-\u9fff]", re.I)


def _js_literal(text: str) -> str:
    """A JavaScript string literal's value (its quotes dropped, its escapes decoded)."""
    def one(m):
        e = m.group(1)
        if e[0] in "ux" and len(e) > 1:
            point = int(e[1:].strip("{}"), 16)
            return chr(point) if point < 0x110000 else "\ufffd"     # past Unicode: no character to write
        return {"n": "\n", "t": "\t", "r": "", "\n": "", "b": "", "f": "", "v": "", "0": ""}.get(e, e)
    return _JS_ESCAPE.sub(one, text[1:-1])


SHOWN_SAMPLE = 200   # written texts looked for in the page, evenly spread: enough to tell whether most are shown


def _written_markup(root) -> tuple[int, list[str]]:
    """What an inline script writes with document.write as the page loads (an old CMS page's table,
    written a line of markup per call): the markup of a script's calls whose arguments are string
    literals, parsed and put in the script's place, as the browser shows it. A page that shows the
    written text already (saved after the script ran) is left as it is. Returns the scripts read and
    the calls that could not be (their argument not literals alone)."""
    import lxml.html

    shown = None
    read, unread = 0, []
    for script in list(root.iter("script")):
        kind = (script.get("type") or "text/javascript").strip().lower()
        if "javascript" not in kind and "ecmascript" not in kind or script.getparent() is None or not script.text:
            continue
        code = script.text
        calls = _WRITE.findall(code)
        unread += _unread_writes(code)     # each call named by its text in the warning
        markup = "".join(_js_literal(lit) for arg in calls for lit in re.findall(_JS_STRING, arg))
        if not _SHOWS.search(markup):
            continue
        if shown is None:
            shown = _clean(" ".join(t for el in root.iter() if isinstance(el.tag, str)
                                    and el.tag not in ("script", "style", "template") for t in (el.text, el.tail) if t))
        holder = lxml.html.fragment_fromstring(markup, create_parent="div")
        texts = [t for t in (_clean(x) for x in holder.itertext()) if len(t) > 1]
        texts = texts[::max(1, len(texts) // SHOWN_SAMPLE)]     # each is searched in the whole page's text
        if texts and sum(t in shown for t in texts) * 2 > len(texts):
            continue   # the page shows them already
        script.addprevious(holder)
        read += 1
    return read, unread


def _unread_writes(code: str) -> list[str]:
    """The write calls in a script whose argument is not literals alone and whose literal parts show
    something (a cell around a variable), each as written up to the next call."""
    starts = [m.start() for m in _ANY_WRITE.finditer(code)] + [len(code)]
    return [code[a:b].strip() for a, b in zip(starts, starts[1:]) if not _WRITE.match(code, a)
            and _SHOWS.search("".join(_js_literal(lit) for lit in re.findall(_JS_STRING, code[a:b])))]


_ARIA_TABLES = ("grid", "treegrid", "table")
_ARIA_CELLS = ("gridcell", "cell", "columnheader", "rowheader")
_CONTROLS = ("input", "select", "textarea", "output", "button")


def _role(el) -> str:
    return (el.get("role") or "").strip().lower() if isinstance(el.tag, str) else ""


def _aria_grids(root) -> int:
    """A data grid widget's table as it is shown (ARIA, WAI-ARIA 1.2 grid / table roles), where its rows'
    order in the markup is not their order on the screen: a virtual-scroll grid recycles row elements and
    places them by style, and a grid with pinned columns writes each row twice, its pinned cells in one
    container and the rest in another. Each role=row carries its place (aria-rowindex); the rows of one
    index are one row, their cells in aria-colindex order where every cell has one, else in the markup's
    order (pinned-left cells first). Read so where every row has an index and the markup's order
    misleads (an index repeated, or out of order), or where no row has one and no cell holds a form
    control (the markup's order, each row no longer a box of its own): the grid becomes an ordinary
    <table> before the widget, whose rows are dropped (its other text, a pager's line, stays). Returns
    the grids whose rows were put in their index's order (those are said)."""
    from lxml import etree
    made = 0
    for grid in [el for el in root.iter() if _role(el) in _ARIA_TABLES]:
        if grid.getparent() is None or next(grid.iter("table"), None) is not None:
            continue
        rows = [el for el in grid.iter() if _role(el) == "row"]
        index = [(el.get("aria-rowindex") or "").strip() for el in rows]
        if len(rows) < 2:
            continue
        if not any(index):
            # no row indexed: the markup's order is the screen's, and each row a box of its own (a tree grid's
            # rows, aria-level 1 / 2 / 3, each a CSS grid of <div>s, 1916) would be read a one-row table each,
            # its level rows apart from the rows under them: one table, where the cells hold text alone (a
            # cell of form controls is read where it stands, its value being the control's)
            if next((el for c in rows for el in c.iter() if el.tag in _CONTROLS), None) is not None:
                continue
            index = [str(k + 1) for k in range(len(rows))]
            reordered = False
        elif not all(i.isdigit() for i in index):
            continue
        else:
            order = [int(i) for i in index]
            if len(set(order)) == len(order) and order == sorted(order):
                continue   # the markup's order is the screen's: read as it stands
            reordered = True
        order = [int(i) for i in index]
        joined: dict[int, list] = {}
        for n, row in zip(order, rows):
            joined.setdefault(n, []).extend(c for c in row.iter() if _role(c) in _ARIA_CELLS)
        table = etree.Element("table")
        for n in sorted(joined):
            cells = joined[n]
            cols = [(c.get("aria-colindex") or "").strip() for c in cells]
            if all(x.isdigit() for x in cols):
                cells = [c for _, c in sorted(zip((int(x) for x in cols), cells), key=lambda p: p[0])]
            tr = etree.SubElement(table, "tr")
            for c in cells:
                etree.SubElement(tr, "th" if _role(c) == "columnheader" else "td").text = _clean("".join(c.itertext()))
        grid.addprevious(table)
        for row in rows:
            if row.getparent() is not None:
                row.drop_tree()
        made += reordered
    return made


MIN_ISLAND_ROWS = 2   # one object is a record, not a table


def _data_islands(root) -> list[int]:
    """A table that exists in the saved page only as a JSON DATA ISLAND (<script type="application/json">,
    which a single-page app's script builds into the table the page shows): each list in it of two or more
    objects of one set of keys whose values are all plain (text, numbers, null) is a table, put in the
    script's place, a row per object. Its header row is the columns' labels where the same data labels its
    keys (a list of objects each naming one of the keys and giving one other text: {"key": "fz", "label":
    "分值"}), else the keys. Values as written (a number's digits kept). A page that already shows the
    records' text (saved after the script ran) is left as it is. Returns the rows of each table made."""
    import json
    from lxml import etree

    shown = _clean(" ".join(t for el in root.iter() if isinstance(el.tag, str)
                            and el.tag not in ("script", "style", "template") for t in (el.text, el.tail) if t))
    made = []
    for script in list(root.iter("script")):
        kind = (script.get("type") or "").strip().lower()
        if not (kind == "application/json" or kind.endswith("+json")) or script.getparent() is None:
            continue
        try:
            data = json.loads(script.text or "", parse_float=str, parse_int=str)
            lists, described = list(_object_lists(data, 1)), list(_dict_lists(data))
        except (ValueError, RecursionError):    # no JSON, or nested past Python's depth: no table's data
            continue
        labelled = {id(records): _key_labels(described, list(records[0])) for records in lists}
        columns = {id(x) for x in described for records in lists if _key_labels([x], list(records[0]))
                   and x is not records}
        for records in lists:
            keys = list(records[0])
            texts = [str(v) for r in records for v in r.values() if isinstance(v, str) and len(v) > 1]
            if texts and sum(t in shown for t in texts) * 2 > len(texts):
                continue   # the page shows them already
            labels = labelled[id(records)]
            if id(records) in columns or len(records) < MIN_ISLAND_ROWS and len(labels) < 2:
                continue   # another list's columns (its description, no rows), or one record undeclared
            # a table component shows the columns its description lists, in their order: a record's other
            # members (React's 'key', an id) are no cells of it
            order = [k for k in labels if k in keys] if len(labels) >= 2 else keys
            table = etree.Element("table")
            for row in [[labels.get(k, k) for k in order]] + [[r.get(k) for k in order] for r in records]:
                tr = etree.SubElement(table, "tr")
                for v in row:
                    etree.SubElement(tr, "td").text = "" if v is None else str(v)
            script.addprevious(table)
            made.append(len(records))
        if made:     # beside its tables, an object of plain members keyed in words is the page's label：value lines
            for record in _worded_records(data):
                if not all(str(v) in shown for v in record.values() if v):
                    for k, v in record.items():
                        etree.SubElement(para := etree.Element("p"), "span").text = f"{k}：{'' if v is None else v}"
                        script.addprevious(para)
    return made


def _worded_records(data):
    """Every object in a JSON value of two or more members, each plain and keyed in words (a CJK character in
    its key: no program's code), as a summary the page shows (总分, 自评等级)."""
    if isinstance(data, dict):
        if len(data) >= 2 and all(re.search(r"[\u4e00-\u9fff]", k) and (v is None or isinstance(v, (str, bool)))
                                  for k, v in data.items()):
            yield data
        for v in data.values():
            yield from _worded_records(v)
    elif isinstance(data, list):
        for v in data:
            yield from _worded_records(v)


def _object_lists(data, least: int = MIN_ISLAND_ROWS):
    """Every list of `least` objects or more of the same keys (three or more), each value plain, in a JSON value."""
    if isinstance(data, dict):
        for v in data.values():
            yield from _object_lists(v, least)
    elif isinstance(data, list):
        if (len(data) >= least and all(isinstance(r, dict) for r in data)
                and len(data[0]) >= 3 and all(list(r) == list(data[0]) for r in data)
                and all(v is None or isinstance(v, (str, bool)) for r in data for v in r.values())):
            yield data
        else:
            for v in data:
                yield from _object_lists(v, least)


def _dict_lists(data):
    """Every list of objects in a JSON value."""
    if isinstance(data, dict):
        for v in data.values():
            yield from _dict_lists(v)
    elif isinstance(data, list):
        if data and all(isinstance(o, dict) for o in data):
            yield data
        for v in data:
            yield from _dict_lists(v)


def _key_labels(lists, keys) -> dict:
    """Key -> label from another list of objects each holding exactly one of the keys as a value and one
    other text (the columns' description the page's script reads its headers from), in that list's order."""
    for other in lists:
        pairs = {}
        for o in other:
            # the key it names (written once, or twice: Ant Design's dataIndex and key) and its one text, a
            # number beside them (a column's width) no label
            named = list(dict.fromkeys(v for v in o.values() if isinstance(v, str) and v in keys))
            rest = [v for v in o.values() if isinstance(v, str) and v not in keys and v.strip()
                    and not re.fullmatch(r"-?[\d.]+", v.strip())]
            if len(named) != 1 or len(rest) != 1:
                break
            pairs[named[0]] = rest[0]
        else:
            if pairs:
                return pairs
    return {}


class _Hidden:
    """What the page held but did not show: pieces with text, and among them tables and rows."""

    def __init__(self):
        self.pieces = self.tables = self.rows = self.folded = 0
        self.first: list[str] = []    # the first pieces' opening characters, for the analyst to find them

    def count(self, el) -> None:
        if not _clean(el.text_content()):
            return   # an empty hidden box (Excel's column-width row) hides nothing
        self.pieces += 1
        if len(self.first) < 3:
            self.first.append(_clean(" ".join(el.itertext()))[:20].strip())   # cells apart, as shown
        tables = [t for t in el.iter("table") if _clean(t.text_content())]
        self.tables += len(tables)
        self.rows += sum(1 for tr in el.iter("tr") if _clean(tr.text_content())
                         and not any(t in tables for t in tr.iterancestors("table")))

    def warning(self) -> str:
        parts = [f"表格 {self.tables} 个" if self.tables else "", f"表格行 {self.rows} 行" if self.rows else "",
                 f"折叠未展开的<details>内容 {self.folded} 处" if self.folded else ""]
        among = "、".join(p for p in parts if p)
        among = f"，其中{among}" if among else ""
        opening = first_few((f"“{x}”" for x in self.first), len(self.first), total=self.pieces)
        return (f"隐藏内容未读取：{self.pieces} 处（网页设为不显示的内容{among}，如打印版或手机版的重复表格、"
                f"往年遗留的隐藏行；自{opening}起），请核对原网页")


_RUBY_INLINE = {"ruby", "rt", "rp", "rb", "rtc", "span", "font", "b", "strong", "i", "em", "u", "small", "sup", "sub"}


def _ruby_lines(root) -> None:
    """Ruby (<ruby>base<rt>annotation</rt></ruby>) is drawn with its annotation small ABOVE its base: a
    block of inline text holding ruby reads as the line of annotations over the line of bases (as Word's
    w:ruby does, extract.docx_reader), not each annotation glued after its base (1357: each value's field
    name its ruby, 产出指标一级指标). The block's text is set so: the annotations (the gaps between them
    where they are spaces) on a line, a <br>, the bases and the text between them; <rp> (the brackets
    shown where ruby is not drawn) is left out. A block holding anything but inline text is left as it is."""
    from lxml import etree
    blocks = []
    for ruby in root.iter("ruby"):
        if ruby.find(".//rt") is None:
            continue
        block = next((a for a in ruby.iterancestors() if a.tag not in _RUBY_INLINE), None)
        if block is not None and block not in blocks:
            blocks.append(block)
    for block in blocks:
        if any(isinstance(d.tag, str) and d.tag not in _RUBY_INLINE for d in block.iterdescendants()):
            continue
        over: list[str] = []
        base: list[str] = []

        def walk(el, inside: str) -> None:
            for child in el:
                if not isinstance(child.tag, str):
                    continue
                kind = "rt" if child.tag == "rt" else "rp" if child.tag == "rp" else inside
                put(child.text or "", kind)
                walk(child, kind)
                put(child.tail or "", inside)

        def put(text: str, kind: str) -> None:
            if not text:
                return
            if kind == "rt":
                over.append(text)
            elif kind != "rp":
                base.append(text)
                if over and kind == "" and not text.strip():
                    over.append(text)   # the gap between two bases
        put(block.text or "", "")
        walk(block, "")
        if not "".join(over).strip():
            continue
        for child in list(block):
            block.remove(child)
        block.text = "".join(over).rstrip()
        br = etree.SubElement(block, "br")
        br.tail = "".join(base)


def _drop_unrendered(root, styles: Styles) -> _Hidden:
    """Drops the boxes the browser does not render and empties the text of invisible ones
    (visibility, inherited, and undone by a visible box inside); counts what was left out."""
    hidden = _Hidden()
    stack = [(root, False)]
    while stack:
        el, invisible = stack.pop()
        for child in list(el):
            if not isinstance(child.tag, str):
                continue
            if child.tag in UNRENDERED or styles.display(child) == "none":
                hidden.count(child)
                child.drop_tree()
                continue
            if child.tag == "details" and child.get("open") is None:
                _fold(child, hidden)
            seen = styles.of(child).get("visibility", "inherit")
            child_invisible = invisible if seen in ("inherit", "unset") else seen in ("hidden", "collapse")
            if child_invisible and not invisible:
                hidden.count(child)
            if child_invisible:
                child.text = None
                for grandchild in child:
                    grandchild.tail = None
            stack.append((child, child_invisible))
    return hidden


def _fold(details, hidden: _Hidden) -> None:
    """A closed <details> shows its first <summary> child alone (or the browser's own legend where it
    has none): the rest, loose text too, is dropped and counted."""
    summary = next((c for c in details if isinstance(c.tag, str) and c.tag == "summary"), None)
    loose = _clean(details.text or "") or any(_clean(c.tail or "") for c in details)
    if loose:
        hidden.pieces += 1
        hidden.folded += 1
    details.text = None
    for child in list(details):
        if child is summary:
            child.tail = None
            continue
        if isinstance(child.tag, str) and _clean(child.text_content()):
            hidden.count(child)
            hidden.folded += 1
        details.remove(child)   # its tail with it


# A page of this many boxes each holding only a short figure is a form laid out some other way
# than <table> (CSS positioning, flex rows): read as paragraphs it loses its rows, so say so.
MIN_FIGURE_BOXES = 12
_SHORT_FIGURE = re.compile(r"^[^\d]{0,8}\d[\d.,，%％\s]*[^\d]{0,6}$")


def _figure_boxes(root) -> list[str]:
    """The texts of the leaf boxes (no child element but inline ones) whose whole text is a short figure."""
    found = []
    for el in root.iter("div", "li", "p", "dd"):
        if any(isinstance(c.tag, str) and c.tag not in ("br", "span", "font", "b", "strong", "i", "em")
               for c in el):
            continue
        text = _clean(el.text_content())
        if len(text) <= 20 and _SHORT_FIGURE.match(text):
            found.append(text)
    return found


class _Walker:
    def __init__(self, doc: Document, path: str, styles: Styles | None = None, paths: dict | None = None,
                 pres: dict | None = None):
        self.doc, self.path = doc, path
        self.styles, self.paths = styles, paths or {}
        self.pres = pres or {}
        self.unread_pres: list[tuple[str | None, str]] = []   # <pre>s that gave no table: element path, text as written
        self.svgs = 0          # the <svg> drawings met, in page order
        self.placed_pages = 0  # the pages of placed text runs read (extract.placed_runs), in page order
        self.svg_lines: list[int] = []   # drawings whose one block of lines was read as the page's text
        self.svg_unread: dict[int, int] = {}   # drawing's ordinal -> its text elements not read (no ruled form, or transformed)
        self.buf: list[str] = []
        self.dl_taken: list = []   # the <dl>s read as rows of a run of record <dl>s (_dl_records) begun before them

    def walk(self, el) -> None:
        self._visit(el)
        self._flush()

    def _visit(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table":
            self._flush()
            if el.find(".//table") is not None:
                if self._column_tables(el):
                    self._tail(el)
                    return
                for cell in _rows_cells(el):   # a layout table: read what its cells hold
                    self._visit_children(cell)
                    self._flush()
            else:
                # a <caption> is printed over its table: a line of the page before it (a level 1 named only
                # there, 产出指标（50分）, 1059), not dropped with the table's other non-row children
                caption = el.find("caption")
                if caption is not None and _clean(caption.text_content()):
                    self.buf.append(caption.text_content())
                    self._flush()
                self._table(el)
            self._tail(el)
            return
        if tag == "svg":
            self._flush()
            self._svg(el)
            self._tail(el)
            return
        if tag == "img" and (svg := data_svg(el.get("src"))) is not None:
            # a picture that is an SVG written into the page (data:image/svg+xml): its drawing is read, or
            # its text counted, as an inline <svg>'s (a form exported as a vector picture, 1262)
            self._flush()
            self._svg(svg)
            self._tail(el)
            return
        if tag == "map":
            self._flush()
            self._image_map(el)
            self._tail(el)
            return
        if tag == "pre" and self._pre(el):
            self._tail(el)
            return
        if self.styles is not None and el in self.paths and is_css_table(self.styles, el):
            laid = layout(self.styles, el)   # None for page layout (its regions are walked) and what needs a renderer
            if laid is not None:
                self._flush()
                placed, n_rows = laid
                self._emit([(r, c, rs, cs, _cell_text(item), self.paths.get(item)) for r, c, rs, cs, item in placed],
                           n_rows)
                self._tail(el)
                return
        if self.styles is not None and el in self.paths and self._positioned(el):
            self._tail(el)
            return
        if self.styles is not None and tag == "div" and self._placed_page(el):
            self._tail(el)
            return
        if tag == "br":
            self.buf.append("\n")
            self._tail(el)
            return
        if tag == "details" and (row := _summary_pairs(el)) is not None:
            self._flush()
            self._emit([(0, c, 1, 1, text, None) for c, text in enumerate(row)], 1)
            self._tail(el)
            return
        if tag == "dl" and (pairs := _terms(el)) is not None:
            if el in self.dl_taken:   # a row of the run of <dl>s read at its first
                self._tail(el)
                return
            run = _dl_records(el, pairs)
            if run is not None:
                header, rows, taken = run
                self.dl_taken.extend(taken)
                self._flush()
                self._emit([(r, c, 1, 1, text, None) for r, row in enumerate([header] + rows)
                            for c, text in enumerate(row)], len(rows) + 1)
            else:
                self._pairs(pairs)
            self._tail(el)
            return
        block = tag in BLOCK and tag not in ("span", "font")
        # an inline box (inline-block …) is drawn apart from what stands beside it: its text is a word of its own
        boxed = not block and self.styles is not None and self.styles.display(el) in INLINE_BOXES
        if block:
            self._flush()
        if boxed:
            self.buf.append(" ")
        self._visit_children(el)
        if block:
            self._flush()
        if boxed:
            self.buf.append(" ")
        self._tail(el)

    def _stacked_columns(self, cells: list) -> bool:
        """A lone flex line whose cells are stacks of boxes (html_css.column_stacks: a table stored
        column by column, seven <ul>s side by side) read as the grid the stacks draw, a tall box a
        cell spanning the rows beside it; False (nothing kept) where they are no stacks or no grid."""
        boxes = column_stacks(self.styles, cells)
        if boxes is None:
            if (counts := unaligned_stacks(cells)) is not None:
                # kept as the one row of long cells it was, but said: its rows cannot be lined up
                self.doc.warnings.append(
                    f"网页中{len(cells)}列并排的列表（如“{_cell_text(cells[0]).splitlines()[0][:20]}”）各列条目数不同"
                    f"（{'、'.join(map(str, counts))}），可能是按列存放的表格（合并单元格只写一项），"
                    "未写明各项高度，无法逐行对齐，其中的指标行可能未读取，请核对原件")
            return False
        least = min(y1 - y0 for _, y0, _, y1, _ in boxes)
        grid = grid_of([Box(x0, y0, x1, y1, item) for x0, y0, x1, y1, item in boxes], max(POSITION_SNAP, least / 4))
        if grid is None:
            return False
        placed, n_rows, _ = grid
        self._emit([(r, c, rs, cs, "\n".join(_cell_text(item) for item in inside),
                     self.paths.get(inside[0]) if inside else None) for r, c, rs, cs, inside in placed], n_rows)
        return True

    def _column_tables(self, el) -> bool:
        """A layout table of one row whose cells each hold a one-column table (html_css.column_tables)
        read as the one grid those columns draw side by side, a tall item a cell spanning the rows beside
        it; False (read cell by cell as before) where it is no such table, or its columns cannot be lined
        up: that is said, with the column counts."""
        rows = _rows(el)
        columns = column_tables(_cells_of(rows[0])) if len(rows) == 1 else None
        if columns is None:
            return False
        spans = column_table_rows(self.styles, columns)
        if spans is None:
            counts = [len(c) for c in columns]
            self.doc.warnings.append(
                f"网页中{len(columns)}个单列表格并排（如“{_cell_text(columns[0][0])[:20]}”），各列行数不同"
                f"（{'、'.join(map(str, counts))}），未写明能对齐的行高，无法逐行对齐，按各列先后读取："
                "其中的指标行可能未读取，请核对原件")
            return False
        self._emit([(r, k, rs, 1, _cell_text(item), None) for k, (col, placed) in enumerate(zip(columns, spans))
                    for item, (r, rs) in zip(col, placed)], max(r + rs for placed in spans for r, rs in placed))
        return True

    def _positioned(self, el) -> bool:
        """A box whose children are all absolutely positioned (html_css.positioned) read as the grid
        their rectangles make; False (nothing kept) where they make none."""
        boxes = positioned(self.styles, el)
        if boxes is None:
            return False
        grid = grid_of([Box(x0, y0, x1, y1, item if _cell_text(item) else None) for x0, y0, x1, y1, item in boxes],
                       POSITION_SNAP)
        if grid is None:
            return False
        self._flush()
        cells, n_rows, _ = grid
        self._emit([(r, c, rs, cs, "\n".join(_cell_text(item) for item in inside),
                     self.paths.get(inside[0]) if inside else None) for r, c, rs, cs, inside in cells], n_rows)
        return True

    def _placed_page(self, el) -> bool:
        """A page of text runs placed by their class rules over a background drawing of its rules (pdf2htmlEX's,
        extract.placed_runs) read as a PDF page is, its ordinal among such pages the page of its locations;
        False (nothing kept) for any other box."""
        page = read_placed_page(self.styles, el)
        if page is None:
            return False
        self._flush()
        self.placed_pages += 1
        assemble(self.doc, self.path, self.placed_pages, page.chars, page.hs, page.vs, PLACED_SNAP)
        return True

    def _pre(self, el) -> bool:
        """A <pre> whose lines form a fixed-width text table (| and +---+ rules, or columns of
        spaces) is read by the text-file reader, its blocks located by the <pre>'s element and
        line. False (nothing kept) when its text gives no table: it is then walked as text (a list box's
        lines, _list_box_lines, are not)."""
        self._flush()
        text = el.text_content()
        n_blocks, n_warnings = len(self.doc.blocks), len(self.doc.warnings)
        read_lines(self.doc, self.path, text, self.pres.get(el))
        if any(isinstance(b, Table) for b in self.doc.blocks[n_blocks:]):
            return True
        del self.doc.blocks[n_blocks:], self.doc.warnings[n_warnings:]
        self.unread_pres.append((self.pres.get(el), text))
        # a list box's options that make no table are a list to pick from, not the page's text (its figure
        # lines, if any, are still said with the other <pre>s')
        return el.get(FIELD) is not None

    def _svg(self, el) -> None:
        """An inline SVG drawing a ruled form (rules both ways) is read as a page of positioned text
        and rules (extract.svg_text, its ordinal as the page of its locations); the text of any other
        drawing (a chart, an icon's label) is not read, and counted."""
        self.svgs += 1
        drawing = read_svg(self.doc, self.path, el, self.svgs)
        if drawing is None and (blocks := label_blocks(Drawing(el))) is not None:
            # a chart's label blocks (a name and its values at each axis's end): their lines written a block after
            # another, clockwise, for the label grammars (normalize.cued_lines) to read; each block named
            blocks = svg_clockwise(blocks)
            for line in (ln[3] for b in blocks for ln in b):
                self.doc.blocks.append(Paragraph(text=line, loc=Location(self.path, block=len(self.doc.blocks))))
            self.doc.warnings.append(blocks_said(blocks, self.svgs, "网页"))
            return
        if drawing is None and (lines := one_block(Drawing(el))) is not None:
            # a dial's or a tile's few lines (the figure in the dial, its labelled lines under it): the page's text
            # where the drawing stands, a line each, top to bottom, for the line and label grammars to read
            self.buf.append("\n" + "\n".join(lines) + "\n")
            self.svg_lines.append(self.svgs)
            return
        if unread := unread_texts(el, drawing):
            self.svg_unread[self.svgs] = unread

    def _image_map(self, el) -> None:
        """An image map (<map> of <area>s, the picture's 图片热区) a picture on the page uses: a table published as
        a picture keeps its cells' text only in its areas' alt (or title), each area a rectangle of the picture.
        Rectangles that rule a form both ways are read as a drawing of cells and their text is (extract.svg_text:
        each area a ruled box holding its text, its ordinal among the page's drawings the page of its
        locations), and said, since the text was written beside the picture; areas with text that draw no
        form, or are no rectangles (poly, circle: traced round a cell, no cell of a grid), are counted unread
        and said. A map no picture uses is not shown, and not read."""
        from lxml import etree
        name = el.get("name") or el.get("id") or ""
        used = any((img.get("usemap") or "").lstrip("#") == name for img in el.getroottree().iter("img")) if name else False
        boxes, texted = [], 0
        for area in el.iter("area"):
            text = _clean(area.get("alt") or area.get("title") or "")
            nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", area.get("coords") or "")]
            texted += bool(text)
            if text and (area.get("shape") or "rect").lower() in ("rect", "rectangle") and len(nums) == 4:
                boxes.append((min(nums[0], nums[2]), min(nums[1], nums[3]), abs(nums[2] - nums[0]),
                              abs(nums[3] - nums[1]), text))
        if not used or not texted:
            return
        others = f"；另有{texted - len(boxes)}个非矩形或坐标不全的区域的替代文字未读取" if boxes and texted > len(boxes) else ""
        if not boxes:   # areas traced round the cells (poly, circle) or with broken coords: no cell of a grid
            self.doc.warnings.append(f"网页中的图片热区“{name}”有{texted}个区域的替代文字未读取（区域不是矩形或坐标不全，不成表格），"
                                     "若是粘贴为图片的表格，指标与资金数据请对照原网页人工核对")
            return
        svg = etree.Element("svg")
        for x, y, w, h, text in boxes:
            etree.SubElement(svg, "rect", x=str(x), y=str(y), width=str(w), height=str(h))
            fo = etree.SubElement(svg, "foreignObject", x=str(x), y=str(y), width=str(w), height=str(h))
            etree.SubElement(fo, "div").text = text
        self.svgs += 1
        n_tables = len(self.doc.tables())
        drawing = read_svg(self.doc, self.path, svg, self.svgs)
        if drawing is not None and len(self.doc.tables()) > n_tables:
            self.doc.warnings.append(f"网页中的图片热区“{name}”有{len(boxes)}个区域，其文字只在区域的替代文字（alt）中，"
                                     f"已按区域位置读取为表格，其中的指标与资金数据请与图片核对{others}")
        else:
            self.svg_unread.pop(self.svgs, None)
            self.doc.warnings.append(f"网页中的图片热区“{name}”有{texted}个区域的替代文字未读取（区域不成带表格线的表单），"
                                     "若是粘贴为图片的表格，指标与资金数据请对照原网页人工核对")

    def _visit_children(self, el) -> None:
        if el.text:
            self.buf.append(el.text)
        children = list(el)
        i = 0
        while i < len(children):
            if (stacked := _stacked_tables(children, i)) is not None:
                # tables laid one under the next on one set of columns: the grid the browser draws
                self._flush()
                self._table(*stacked)
                self._tail(stacked[-1])
                i += len(stacked)
                continue
            fields = self._field_run(children, i)
            if fields is not None:
                rows, i = fields
                self._flush()
                self._emit([(r, c, 1, 1, text, None) for r, cells in enumerate(rows) for c, text in enumerate(cells)],
                           len(rows))
                self._tail(children[i - 1])
                continue
            run = self._flex_run(children, i) if self.styles is not None else None
            if run is None:
                self._visit(children[i])
                i += 1
                continue
            rows, i = run
            self._flush()
            if len(rows) == 1 and self._stacked_columns(rows[0]):
                self._tail(children[i - 1])
                continue
            n_cols = len(next(cells for cells in rows if isinstance(cells, list)))
            placed = [(r, c, 1, 1, _cell_text(cell), self.paths.get(cell))
                      for r, cells in enumerate(rows) if isinstance(cells, list) for c, cell in enumerate(cells)]
            placed += [(r, 0, 1, n_cols, _cell_text(line), self.paths.get(line))
                       for r, line in enumerate(rows) if not isinstance(line, list)]
            self._emit(sorted(placed, key=lambda p: (p[0], p[1])), len(rows))
            self._tail(children[i - 1])

    def _field_run(self, children: list, i: int) -> tuple[list, int] | None:
        """Sibling blocks of form fields from children[i] (_field_cells), as rows of cells, with a line of
        inline boxes right above them as their header where it has as many cells as the first; and where
        the run ends. None where children[i] starts no such run."""
        head = _inline_cells(children[i])
        first = i + 1 if head is not None else i
        cells = _field_cells(children[first]) if first < len(children) else None
        if cells is None or (head is not None and (len(head) != len(cells) or _clean(children[i].tail or ""))):
            return None
        rows, j = ([head] if head is not None else []) + [cells], first + 1
        while j < len(children) and not _clean(children[j - 1].tail or "") and (nxt := _field_cells(children[j])):
            rows.append(nxt)
            j += 1
        return rows, j

    def _flex_run(self, children: list, i: int) -> tuple[list, int] | None:
        """Sibling flex rows from children[i] whose cells line up (html_css.row_key), as rows of
        cells, and where the run ends; a lone heading or paragraph between two of them is a row
        of its own (the element itself). None where children[i] is no flex row."""
        cells = flex_row(self.styles, children[i])
        if cells is None:
            return None
        key, rows, j = row_key(self.styles, cells), [cells], i + 1
        while j < len(children) and not _clean(children[j - 1].tail or ""):
            nxt = flex_row(self.styles, children[j])
            if nxt is not None and row_key(self.styles, nxt) == key:
                rows.append(nxt)
                j += 1
                continue
            after = flex_row(self.styles, children[j + 1]) if j + 1 < len(children) else None
            line = children[j]
            if (nxt is None and after is not None and row_key(self.styles, after) == key and isinstance(line.tag, str)
                    and line.tag in _LINES and _clean(line.text_content()) and not _clean(line.tail or "")
                    and not any(isinstance(d.tag, str) and d.tag in BLOCK and d.tag not in _INLINE
                                for d in line.iterdescendants())):
                rows += [line, after]
                j += 2
                continue
            break
        return rows, j

    def _tail(self, el) -> None:
        if el.tail:
            self.buf.append(el.tail)

    def _flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        for line in text.split("\n"):
            line = _clean(line)
            if line:
                self.doc.blocks.append(Paragraph(text=line, loc=Location(self.path, block=len(self.doc.blocks))))

    def _pairs(self, pairs: list) -> None:
        """A <dl>'s term / description pairs as a table. Where text of its own block stands before
        it (a list item's name, then the item's values as a <dl>) the two are one row: that text,
        then each pair as one cell, term：description (the term labels the value as a header word
        would). A <dl> alone is a table of two columns, a row per pair."""
        before = _clean("".join(self.buf).rsplit("\n", 1)[-1])
        self.buf = ["".join(self.buf).rsplit("\n", 1)[0]] if before and "\n" in "".join(self.buf) else []
        self._flush()
        if before:
            texts = [before] + [f"{term}：{value}" if term else value for term, value in pairs]
            self._emit([(0, c, 1, 1, text, None) for c, text in enumerate(texts)], 1)
        else:
            self._emit([(r, c, 1, 1, text, None) for r, pair in enumerate(pairs) for c, text in enumerate(pair)],
                       len(pairs))

    def _table(self, *tables) -> None:
        """One table from its rows; tables stacked on one set of columns (_stacked_tables) give theirs in order."""
        trs = [tr for tr in (tr for el in tables for tr in _rows(el)) if _cells_of(tr)]
        grid_rows = [_cells_of(tr) for tr in trs]
        if not grid_rows:
            return
        group_ends = _group_ends(trs)
        occupied: set[tuple[int, int]] = set()
        placed = []
        # pandas marks the table it writes class="dataframe" and writes a missing value NaN there (to_html's
        # na_rep): an empty cell, as frame_print reads its text print's NaN (a merged level cell read by
        # read_excel shows so below its run's first row)
        missing = MISSING if any("dataframe" in (t.get("class") or "").split() for t in tables) else ()
        for r, cells in enumerate(grid_rows):
            c = 0
            for td in cells:
                while (r, c) in occupied:
                    c += 1
                # rowspan="0": the cell spans the rest of its row group (HTML's table model; 1919's level
                # cells, one <tbody> per level 1)
                rowspan = group_ends[r] - r if _zero(td.get("rowspan")) else _span(td.get("rowspan"))
                colspan = _span(td.get("colspan"))
                rowspan = min(rowspan, len(grid_rows) - r)
                for rr in range(r, r + rowspan):
                    for cc in range(c, c + colspan):
                        occupied.add((rr, cc))
                text = _cell_text(td)
                placed.append((r, c, rowspan, colspan, "" if td.tag == "td" and text in missing else text, None))
                c += colspan
        if placed and _right_to_left(tables[0], self.styles):
            # laid out right to left (dir="rtl", direction: rtl): a row's first cell is drawn at the right, so
            # the columns read as printed are the markup's mirrored (1358: a bilingual site's template, its
            # cells typed 得分 … 一级指标 so that the page shows 一级指标 at the left)
            width = max(c + cs for _, c, _, cs, *_ in placed)
            placed = [(r, width - c - cs, rs, cs, *rest) for r, c, rs, cs, *rest in placed]
            first = min((p for p in placed if p[0] == 0), key=lambda p: p[1])[4]
            self.doc.warnings.append(f"网页中的表格（{width}列，首行“{_clean(first)[:20]}”…）设为从右到左排列"
                                     "（dir=\"rtl\" 或 direction: rtl），源码中每行的第一格显示在最右：已按显示的从左到右顺序读取，"
                                     "请对照网页显示核对")
        self._emit(placed, len(grid_rows))

    def _emit(self, placed: list, n_rows: int) -> None:
        """One Table from placed cells (row, col, rowspan, colspan, text, element path or None)."""
        occupied = {(rr, cc) for r, c, rs, cs, *_ in placed for rr in range(r, r + rs) for cc in range(c, c + cs)}
        n_cols = max(c + cs for _, c, _, cs, *_ in placed)
        if n_cols == 1:   # a one-column "table" is a frame around text
            for _, _, _, _, text, _ in placed:
                if text:
                    self.doc.blocks.append(Paragraph(text=text, loc=Location(self.path, block=len(self.doc.blocks))))
            return
        t_index = len(self.doc.tables())
        block = len(self.doc.blocks)
        cells = [Cell(text=text, row=r, col=c, rowspan=rs, colspan=cs,
                      loc=Location(self.path, block=block, table=t_index, row=r, col=c, element=element))
                 for r, c, rs, cs, text, element in placed]
        # Slots no cell covers (a short row) are empty cells, as Word would have them.
        for r in range(n_rows):
            for c in range(n_cols):
                if (r, c) not in occupied:
                    cells.append(Cell(text="", row=r, col=c, loc=Location(self.path, block=block, table=t_index,
                                                                           row=r, col=c)))
        cells.sort(key=lambda x: (x.row, x.col))
        self.doc.blocks.append(Table(index=t_index, n_rows=n_rows, n_cols=n_cols, cells=cells,
                                     loc=Location(self.path, block=block, table=t_index)))


_LINES = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "div"}   # what may stand as a section line between flex rows
_INLINE = {"span", "font", "br"}
INLINE_BOXES = {"inline-block", "inline-flex", "inline-grid", "inline-table"}


def _terms(dl) -> list | None:
    """The (term, description) pairs of a <dl> (its <dt> and <dd> children, or those of the <div>s
    that group them), each description with the last term before it; None where the <dl> holds
    anything else with text, or no description, or a table of its own."""
    items = []
    for child in dl:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "div":
            items.extend(c for c in child if isinstance(c.tag, str))
            if _clean(child.text or "") or any(_clean(c.tail or "") for c in child):
                return None
        else:
            items.append(child)
        if _clean(child.tail or ""):
            return None
    pairs, term = [], ""
    for item in items:
        if item.tag not in ("dt", "dd") or item.find(".//table") is not None or item.find(".//dl") is not None:
            return None
        text = " ".join(_cell_text(item).split("\n"))
        if item.tag == "dt":
            term = text.rstrip("：:").strip()
        elif text:
            pairs.append((term, text))
    return pairs or None


def _right_to_left(table, styles: Styles | None) -> bool:
    """Whether a table is laid out right to left: its own or its nearest ancestor's direction (a CSS
    direction declared, else a dir attribute); its cells' own direction (their text's) is no matter."""
    for node in [table, *table.iterancestors()]:
        declared = styles.of(node).get("direction") if styles is not None else None
        if declared:
            return declared.strip().lower() == "rtl"
        if node.get("dir"):
            return node.get("dir").strip().lower() == "rtl"
    return False


def _dl_records(dl, pairs: list):
    """A run of sibling <dl>s that are one record each (a <dl> per indicator: the same number of term /
    description pairs in each, a term written once per place across the run, however many <dl>s
    write it: the later <dl>s' terms may be hidden, the first's shown as the header, 1359) read as one
    table: (header, rows, the <dl>s after the first). None where the <dl> stands alone, the runs'
    pairs differ in number, a place's terms differ, or no <dl> names every place."""
    run, sib = [pairs], dl
    others = []
    while _clean(sib.tail or "") == "" and (sib := sib.getnext()) is not None and sib.tag == "dl":
        more = _terms(sib)
        if more is None or len(more) != len(pairs):
            break
        run.append(more)
        others.append(sib)
    if len(run) < 2 or len(pairs) < 3:
        return None
    header = []
    for k in range(len(pairs)):
        words = {rec[k][0] for rec in run if rec[k][0]}
        if len(words) != 1:
            return None
        header.append(words.pop())
    if not any(all(term for term, _ in rec) for rec in run):
        return None
    return header, [[value for _, value in rec] for rec in run], others


def _columns(table) -> tuple:
    """The column widths a table declares (<col> width / span / style, in or out of <colgroup>), () where none."""
    cols = [c for c in table.iter("col") if c.getparent() is table or c.getparent().getparent() is table]
    return tuple((c.get("width"), c.get("span"), c.get("style")) for c in cols)


def _stacked_tables(children: list, i: int) -> list | None:
    """Sibling tables from children[i], nothing between them (no text, no other element), none holding
    another, each declaring the same column widths (<col>s): one grid cut into tables, a report tool's
    table a printed line, read as one table. None where fewer than two are so."""
    run = []
    for el in children[i:]:
        if not (isinstance(el.tag, str) and el.tag == "table") or el.find(".//table") is not None or \
                not _columns(el) or run and (_columns(el) != _columns(run[0]) or _clean(run[-1].tail or "")):
            break
        run.append(el)
    return run if len(run) >= 2 else None


def _rows(table) -> list:
    """The table's own rows (thead/tbody/tfoot included, nested tables' rows excluded)."""
    out = []
    for child in table:
        if child.tag == "tr":
            out.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            out.extend(tr for tr in child if tr.tag == "tr")
    return out


def _group_ends(trs: list) -> list[int]:
    """For each row, the index after the last row of its row group (the <thead> / <tbody> / <tfoot> holding it;
    rows straight under <table> one group while they run unbroken)."""
    ends = [0] * len(trs)
    end = len(trs)
    for i in range(len(trs) - 1, -1, -1):
        if i + 1 < len(trs) and trs[i + 1].getparent() is not trs[i].getparent():
            end = i + 1
        ends[i] = end
    return ends


def _zero(value) -> bool:
    return _span_number(value) == 0


def _cells_of(tr) -> list:
    return [td for td in tr if td.tag in ("td", "th")]


def _rows_cells(table) -> list:
    return [td for tr in _rows(table) for td in _cells_of(tr)]


def _span_number(value) -> int | None:
    try:
        return int(str(value).strip().rstrip(";"))
    except (TypeError, ValueError):
        return None


def _span(value) -> int:
    n = _span_number(value)
    return 1 if n is None else max(1, min(n, MAX_SPAN))


def _cell_text(td) -> str:
    parts = []

    def visit(el, top=False):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("br",):
            parts.append("\n")
        elif tag in ("p", "div", "li") and not top:
            parts.append("\n")
        if el.text and tag not in DROP:
            parts.append(el.text)
        for child in el:
            visit(child)
        if tag in ("p", "div", "li") and not top:
            parts.append("\n")
        if el.tail and not top:
            parts.append(el.tail)

    visit(td, top=True)
    lines = [_clean(x) for x in "".join(parts).split("\n")]
    return "\n".join(x for x in lines if x)


def _clean(text: str) -> str:
    # &nbsp; and ideographic spaces are layout, not content; runs of spaces are one.
    return re.sub(r"[ \t\r\f\v\u00a0\u3000]+", " ", text).strip()
