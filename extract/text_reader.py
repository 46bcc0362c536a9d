"""Plain-text reports: paragraphs and the two table layouts that Word-to-text converters write.

Layout "cell per line" (seeds 000, 001, 003, 004): each cell is a line that starts with one
tab; a blank line ends a row; a line without the leading tab directly under a cell continues
that cell (a cell with several paragraphs). Text after a blank line ends the table. A cell
that ends in empty paragraphs shows as blank lines inside a row; such rows are rejoined
(see _rejoin_split_rows).

Layout "row per line" (seed 002): each row is one line, cells separated by tabs.

Layout "pipe" (Markdown, HTML-to-text): `| a | b |` rows; separator rows (|---|, +---+) are
skipped; a bordered row whose line does not end in `|` continues on the next lines (a cell
with line breaks); empty cells from lost merges stay empty. Tables drawn with box characters (a
system's export: ┌ ─ ┬ ┐ │ ├ ┼ ┤ └ ┴ ┘) read the same way: │ (and ┃ ║) is a border, a line of box
characters alone a rule. Where rules stand between the rows (not only under the header), lines
between two rules are one row when those after the first fill at most half their cells: a cell's
text wrapped over several lines is that cell's lines.

Layout "indented cell per line": like "cell per line" with spaces or full-width spaces for the
tab. Chinese prose is indented the same way (two full-width spaces), so a run of indented
lines is a table only when it looks like one: several blank-line separated groups of short
lines, most of them the same size.

Layout "aligned columns" (what `pdftotext -layout` writes): cells separated by runs of two or
more spaces or by full-width spaces (one full-width space after a label's colon, 项目名称：　X, is
the label's, no gap; a rule line ends the block), column starts aligned across lines (measured in display width: a CJK character is
two columns). A line with only one or two cells under a wider table continues the cells above
it (wrapped text). The layout is sniffed per block, not per file.

Tables that say their cells with their merges, a wiki's table markup ({| |- ! | |}) and a screen
reader's export (第 2 行 第 1 列 产出指标，跨 7 行), a grid table drawn with + - | (rST) and LaTeX's tabular,
are grids built from their marks: extract/text_grids.py. Rows joined by a separator of the writer's
choosing (Word's table-to-text with ，): extract/separated.py; a table copied column by column:
extract/column_copy.py.
A data frame printed as text (pandas' to_string: names right-aligned over their columns, the index
left of them): frame_print.py.
Revisions shown as marks ([删除：旧][插入：新], 【批注：…】) read as the final text: revision_marks.py.
Letter-spaced text (one space between every two characters) loses its spacing first: letter_spacing.py.

The same layouts inside a web page's <pre> block are read here too (read_lines).

A delimited export (.csv: comma, semicolon, or tab with quoted fields) is a table of text cells, not
lines: once decoded here, extract/delimited.py reads it as a sheet is read.

Tables are ragged in all layouts: a row is padded with empty cells on the right to the
widest row. The text has lost Word's merges; the grid records what the text shows.
"""
from __future__ import annotations

import ast
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from .display_columns import at_columns, display_width
from .tab_stops import expanded
from .delimited import DELIMITER_NAMES, MIN_TABLE, delimited, read_delimited, record_lines
from .delimited import records as csv_records
from .errors import ExtractError
from .frame_print import frame_table, gutter_opens, gutter_table, tibble_opens, tibble_table
from .letter_spacing import letter_spaced, unspaced
from .mail_message import is_message, mail_body
from .http_archive import archive_bodies
from .flush_wraps import flush_wraps
from .cell_lines import cell_grid
from .ocr_tsv import tesseract_layout
from .ocr_alto import alto_layout
from .sheet_xml_parts import gnumeric_grid, sheet_parts_grid, uof_grid, xliff_grid
from .po_catalogue import po_grid
from .hex_dump import dumped_file
from .r_tribble import tribble_tables
from .json5_text import parse_json5
from .php_serialized import parse_php_serialized
from .control_records import separated_records
from .column_copy import column_copy
from .message_thread import SENDER, chat_rows, thread_text
from .narrow_lines import cut_records
from .xml_rpc import xmlrpc_as_json
from .text_exports import arff_text, dita_html, gnuplot_text, pug_html, telegram_text
from .turtle import turtle_as_json
from .data_literals import elisp_as_json, erlang_as_json, psd1_as_json
from .nested_values import (parse_braced, parse_form_urlencoded, parse_json, parse_form_multipart, parse_perl_dumper, parse_print_r, parse_var_export, parse_properties, parse_python_repr,
                            parse_edn, parse_lua, parse_namelist, parse_prolog, parse_r_dput, parse_reg, parse_text_tree, parse_block_outline,
                            parse_json_documents, parse_json_exchange, parse_redis_cli, parse_rust_debug, parse_go_spew, parse_recfile, parse_ldif,
                            parse_gron, parse_key_lines, parse_line_protocol, parse_python_lines, parse_journal,
                            parse_spss_syntax,
                            parse_go_values, parse_tostring, parse_deep_arrays, parse_log_pieces)
from .repl_values import parse_ocaml_toplevel, parse_ruby_pp
from .runtime_dumps import parse_ghci, parse_iex, parse_inspect, parse_swift_dump, parse_var_dump, parse_wolfram
from . import bracket_rows, record_text, xml_tree
from .revision_marks import final_text, new_side, right_side
from .alternate_lines import alternate_lines
from .declared_rows import declared_rows
from .attribute_values import MIN_WIDE, entity_blocks, slot_blocks
from .by_groups import by_groups
from .field_list import field_listing
from .padded_pairs import padded_pairs
from .carriage_control import printed
from .text_repair import bytes_literals, double_encoded, gbk_as_1252, lines_decoded, utf7_text
from .merged_letters import merged_letters
from .calendar_text import calendar_text
from .prn_overflow import overflow_joined
from .tagged_text import tagged_page
from .context_tables import context_page
from .separated import separated_rows
from .texinfo import texinfo_text
from .terminal import blame_shown, caret_shown, screen_text, without_input
from .text_grids import (add_placed_table, add_rows_table, bbcode_opens, bbcode_table, bbcode_text, counted_of, counted_table,
                         definition_pairs, dokuwiki_opens, dokuwiki_table, twiki_opens, twiki_table, grid_opens, tiddlywiki_opens, tiddlywiki_table,
                         moinmoin_opens, moinmoin_table, list_table, list_table_opens, csv_table, csv_table_opens, plain_counted_paragraph, grid_table, markup_of, markup_table,
                         plain_markup_paragraph, indexed_opens, indexed_table, indexed_text, spoken_opens,
                         tbl_opens, tbl_table, troff_lines, troff_source, troff_text, spoken_table, tabular_opens, tabular_table, tabular_text,
                         textile_opens, textile_page, textile_table, textile_text, xwiki_opens, xwiki_table,
                         vimwiki_opens, vimwiki_table, pmwiki_opens, pmwiki_table,
                         opens_record, result_count, set_line, set_lines_table, vertical_of, vertical_table, LATEX, typst_opens, typst_table)
from .model import Cell, Document, Location, Paragraph, Table, first_few

# Artefacts some converters leave in the text; they are not document content.
BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")


MIME_PARTS = "邮件各部分按其声明的字符集"   # decode's encoding for a mail of parts in different charsets
MIXED_LINES = "UTF-8（{}行）与 GB18030（{}行）逐行识别"   # decode's encoding for a file of lines in both


def decode(path: str, data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or, when UTF-8 fails, whichever of
    the Chinese code pages (GB18030/GBK, Big5) charset-normalizer finds the text reads best in:
    Big5 bytes often decode as GB18030 without an error, into nonsense. Refuse binary content."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    elif declared := xml_tree.declared_encoding(data):     # an XML document names its encoding
        candidates = [declared, "utf-8", *_guess_chinese(data), "gb18030"]
    elif (seven := utf7_text(data)) is not None and not is_message(seven.replace("\r\n", "\n")):
        return seven, "utf-7"     # ASCII whose '+…-' runs are Chinese: UTF-7 (a mail's parts name their own charset)
    else:
        candidates = ["utf-8", *_guess_chinese(data), "gb18030"]
    for enc in dict.fromkeys(candidates):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text, enc
    # An e-mail whose parts are in different charsets decodes in none of them whole: its structure is
    # ASCII, and the mail reader decodes each part's own bytes by the charset the part declares
    # (mail_message._part_bytes), saying where a part's characters are lost.
    text = data.decode("latin-1")
    if is_message(text.replace("\r\n", "\n")) and not _looks_binary(text):
        return text, MIME_PARTS
    # a file joined from a UTF-8 part and a GB18030/GBK part (copy /b): each line in its own encoding
    if (mixed := lines_decoded(data)) is not None and not _looks_binary(mixed[0]):
        return mixed[0], MIXED_LINES.format(*mixed[1:])
    raise ExtractError(path, "binary", "不是可读的文本文件：内容为二进制数据或编码无法识别（支持 UTF-8、UTF-16、GB18030/GBK、Big5）")


def _guess_chinese(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["gb18030", "big5", "cp950"]).best()
    return [best.encoding] if best is not None else []


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    if (screen := screen_text(text)) is not None:     # a terminal's record: its control sequences are no binary
        text = screen[0]
    if (records := separated_records(text)) is not None:     # records apart by RS: a data file's, no binary
        text = records[0]
    sep = field_separator(text)
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v" and ch != sep)
    return control > max(2, len(text) // 200)


# The control characters data files separate fields by: Hive's default ^A (and ^B, ^C inside a field), the
# ASCII unit / record / group / file separators.
FIELD_CONTROLS = "\x01\x02\x03\x1c\x1d\x1e\x1f"
SEPARATED_LINES = 2     # a data file has rows: one stray control character in a sentence is no field separator


def field_separator(text: str) -> str | None:
    """The control character a data file separates its fields by, where the text's control characters (bar tab,
    line and page breaks) are all that one character, it stands on SEPARATED_LINES lines or more (a data file's
    rows: one stray control character in a sentence is no table), between fields (first and last on a line on
    fewer than half of them: a row's first and last fields may be empty),
    and each run of lines holding it holds it the same number of times on every line (a table's width) but the
    run's first and last where it has four lines or more (an interface file's header and trailer records, each of
    its own width)."""
    controls = {ch for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v"}
    if len(controls) != 1 or (sep := controls.pop()) not in FIELD_CONTROLS:
        return None
    if sum(1 for line in text.split("\n") if sep in line) < SEPARATED_LINES:
        return None
    lines = text.replace("\r\n", "\n").split("\n")
    holding = [line for line in lines if sep in line]
    # a row whose first and last fields are empty is a table's; most of them so, the character is a stray's
    if 2 * sum(1 for line in holding if line.startswith(sep) and line.endswith(sep)) > len(holding):
        return None
    run: list[int] = []
    for line in lines + [""]:
        if sep in line:
            run.append(line.count(sep))
            continue
        if len(set(run[1:-1] if len(run) >= 4 else run)) > 1:
            return None
        run = []
    return sep


# A describe answer's line (Hive's `desc t`, a column listing): the column's name, a tab, its type (a lower-case
# type word with its parameters: string, int, decimal(18,2), array<string>), a tab, its comment (maybe empty).
_DESC_LINE = re.compile(r"^\s*(\S(?:.*\S)?)\s*\t\s*([a-z][a-z0-9_]*(?:\([\d, ]+\)|<.+>)?)\s*(?:\t\s*(.*?)\s*)?$")


def _control_separated_rows(lines: list[_Line]) -> list[_Line]:
    """The lines of a data file whose fields a control character separates (field_separator: `hdfs dfs -cat` of a
    Hive table's text file, ^A apart, \\N for NULL) as tab rows. Where a describe answer of as many columns stands
    above a run (only lines without tabs between: a tool's log), its names (the comment where there is one) head
    the run, and the describe lines are not read as a table of their own; a run of one row is its name：value
    lines. A run with no such answer stays headless rows."""
    sep = next((ch for ln in lines for ch in ln.text if ch in FIELD_CONTROLS), None)
    if sep is None or field_separator("\n".join(ln.text for ln in lines)) != sep:
        return lines
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        if sep not in lines[k].text:
            out.append(lines[k])
            k += 1
            continue
        end = k
        while end < len(lines) and sep in lines[end].text:
            end += 1
        rows = [(ln.no, [_copy_field(f.strip()) for f in ln.text.split(sep)]) for ln in lines[k:end]]
        width = len(rows[0][1])
        # the describe answer above: the nearest run of listing lines, only untabbed lines after it
        j = len(out)
        while j and "\t" not in out[j - 1].text:
            j -= 1
        top = j
        while top and _DESC_LINE.match(out[top - 1].text):
            top -= 1
        names = None
        if j - top == width:
            names = [(m := _DESC_LINE.match(ln.text)).group(3) or m.group(1) for ln in out[top:j]]
            out[top:j] = [_Line(ln.no, "") for ln in out[top:j]]
        out += _table_lines(lines[k].no, names, rows) if names else [_Line(no, "\t".join(c)) for no, c in rows]
        out.append(_Line(lines[end - 1].no, ""))
        k = end
    return out


def _table_lines(head_no: int, names: list[str], rows: list[tuple[int, list[str]]]) -> list["_Line"]:
    """A table a listing gives (its fields' names, each row's line number and cells) as the lines the text reader
    reads: a line of the names over a tab-separated line per row; a table of one row a record, its name：value
    lines."""
    if len(rows) == 1:
        return [_Line(rows[0][0], f"{n}：{v}") for n, v in zip(names, rows[0][1])]
    return [_Line(head_no, "\t".join(names))] + [_Line(no, "\t".join(c)) for no, c in rows]


@dataclass
class _Line:
    no: int      # 1-based line number
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def one_cell(self) -> bool:
        """A 'cell per line' line: exactly one tab, at the start."""
        return self.text.startswith("\t") and "\t" not in self.text[1:]

    @property
    def tabbed_row(self) -> bool:
        """A 'row per line' line: a tab somewhere other than only at the start."""
        return "\t" in self.text and not self.one_cell

    @property
    def pipe_row(self) -> bool:
        t = self.text.strip()
        if _is_rule(t) or _border_names(t):
            return True
        if _bar_row(t):
            return True      # cells split by full-width bars, bordered or not
        t = t.translate(_BOX_BORDER)
        # a bar after a cell's padding, the next cell's text against it (Go's text/tabwriter with its Debug
        # flag: 'cell  |cell  |last'), counts as ' | ' does
        return (t.startswith("|") and t.count("|") >= 2) or t.count(" | ") >= 2 or len(_PADDED_BAR.findall(t)) >= 2

    @property
    def closed_cells(self) -> bool:
        """Cells each closed by a `|`, the line opening with none (a cell | another |)."""
        t = self.text.strip()
        return t.endswith("|") and not t.startswith("|") and not _is_rule(t)

    @property
    def indented(self) -> bool:
        """Indented with spaces (two or more) or full-width spaces, and holding text."""
        return bool(_INDENT.match(self.text)) and bool(self.text.strip()) and "\t" not in self.text

    @property
    def aligned(self) -> bool:
        """Two or more pieces of text separated by runs of two or more spaces; not a command typed at a
        client's prompt (db=> SELECT …, its next line indented after db->), whose spaces align no cells, nor a
        panel's label with its dot leader (项目名称 . . . :  X, a label：value line)."""
        return len(_GAP.split(self.text.strip())) >= 2 and "\t" not in self.text and not _PROMPT.match(self.text) \
            and not (" . " in self.text and _DOT_LEADER.search(self.text))


# An interactive client's prompt opening a line: a name of ASCII letters (a database, user@host:~)
# then the prompt's marks (psql's => =# -> (> '> "> *>, mysql>, sqlite>'s ...>, a shell's $ or #),
# then the command after one space.
_PROMPT = re.compile(r"^\s*[A-Za-z0-9_.@:~/\-]+[=\-('\"*]?[>#$] ")
# A separator row bordered by | at both ends needs no three dashes a cell (GitHub's Markdown reads
# |-|-|; a scan's |--|-|--|---| is |---| with dashes run together): cells of dashes alone are no row.
_RULE_ROW = re.compile(r"^[|+]?\s*:?-{3,}:?\s*([|+]\s*:?-{3,}:?\s*)*[|+]?$|^\+(?:[-=]+\+)+$"
                       r"|^\|(?:\s*:?-+:?\s*\|){2,}$")
# Box drawing (U+2500-U+257F): the vertical glyphs are borders as | is; a line of box glyphs (and
# padding) with a horizontal stroke is a rule, whole (├──┼──┤) or where a merged cell goes on (│ ├──┤).
_PADDED_BAR = re.compile(r"(?<=\S) +\|(?=\S|$)")
_BOX_BORDER = str.maketrans({ch: "|" for ch in "│┃║╎╏┆┇┊┋"})
# The full-width bar ｜ is how Chinese typesetting (a WeChat article, a web page pasted as text)
# separates cells on a line (a｜b｜c, no outer border); but it is also a character of text (一级｜二级 in
# a name, a title's 发布｜解读). It is a border only where the lines use it as one: two or more on a line
# that has no other separator (a | or box border, a tab, a run of spaces between words), in a block of
# such lines two or more of which have the same count of bars (_pipe_rows). Elsewhere it is text.
_FULL_BAR = "｜"
# A row of such bars closed by a row mark after its last bar (a｜b｜｜；): the bar ends a cell, the ；
# ends the row (a mobile office app's table export).
_CLOSED_ROW = re.compile(r"｜\s*[；;]\s*$")


# A label and its figure with no gap (年初预算650.00, 执行率98.00%, 项目资金（万元）：年初预算650.00).
_LABELLED_FIGURE = re.compile(r"^[^\d]*[\u4e00-\u9fff][^\d]*\d")


def _barred_block(lines: list["_Line"], i: int) -> bool:
    """Whether the lines around line i use the bar as a border: two or more of them, barred as
    _bar_row says, with the same count of bars (a table's rows). Around: its block of such lines and
    blank lines, and past one other line (a heading) on either side, so that a total line set below
    its table under a heading of its own (四、自评结论 / 总分｜100｜99.50｜自评等级：优) is the table's."""
    counts = []
    for step in (-1, 1):
        j, other = (i if step == 1 else i - 1), 0
        while 0 <= j < len(lines):
            if _bar_row(lines[j].text):
                counts.append(lines[j].text.count(_FULL_BAR))
            elif not lines[j].blank:
                other += 1
                if other > 1:
                    break
            j += step
    # a line barred otherwise than every other whose every part is a label and its figure (a fund line of clauses
    # above a table's rows, 项目资金：年初预算650｜…｜得分9.80) is text whose bars part clauses, not a row; a total
    # line's bare figures (总分｜100｜99.50) make it the table's
    if counts.count(lines[i].text.count(_FULL_BAR)) < 2 and \
            all(_LABELLED_FIGURE.match(part.strip()) for part in lines[i].text.split(_FULL_BAR)):
        return False
    return any(counts.count(n) >= 2 for n in counts)


def _bar_row(text: str) -> bool:
    """A line whose full-width bars may be its cells' borders: two or more, no other separator."""
    t = text.strip()
    if t.count(_FULL_BAR) < 2 or "\t" in t or "|" in t.translate(_BOX_BORDER):
        return False
    return not any(_GAP.search(part.strip()) for part in t.split(_FULL_BAR))
_BOX_RULE = re.compile(r"^[\u2500-\u257F\s]*[─━═┄┅┈┉╌╍][\u2500-\u257F\s]*$")
# A box whose column names stand INSIDE its top border (clickhouse-client's Pretty formats:
# ┌─序号─┬─一级指标───┐, no header row under it): the border is the header, a name a segment.
_NAMED_BORDER = re.compile(r"^[┌╭┏]─[^┬┐╮┓]*(?:┬[^┬┐╮┓]*)+[┐╮┓]$")


def _border_names(text: str) -> list[str] | None:
    """The column names written inside a top border (above), or None where the line is no such border."""
    if not _NAMED_BORDER.match(text):
        return None
    names = [seg.strip("┌╭┏┐╮┓─━ ") for seg in text.split("┬")]
    # every segment named: a box's title written in its border (┌─ 基本情况 ───┬──┐) names no column
    return names if all(names) and not any(re.search(r"[\u2500-\u257F]", n) for n in names) else None
_INDENT = re.compile(r"^(?: {2,}|\u3000+)\S")
_INDENT_ONLY = re.compile(r"^(?: {2,}|\u3000+)$")
# A column gap: two spaces or more, or full-width spaces; but one full-width space after a full-width
# colon is how a label is typeset before its value (项目名称：　某项目), not a gap between columns.
_GAP_TEXT = r"(?: {2,}|(?<!：)\u3000+|\u3000{2,})"
_GAP = re.compile(_GAP_TEXT)


def _html_page(path: str, data: bytes, sha256: str, said: list[str]) -> Document:
    """A text that is a web page (a mail's HTML body, a fragment of tags, an XHTML page saved as .txt)
    read by the HTML reader, keeping what was already said of the file (revision marks, broken records)."""
    from .html_reader import read_html     # here: html_reader imports this module
    page = read_html(path, data, sha256)
    page.warnings[:0] = said
    return page


def read_text(path: str, data: bytes, sha256: str) -> Document:
    text, encoding = decode(path, data)
    said = []
    if encoding == "utf-7":
        said.append(f"{path}：此文件是 UTF-7 编码的文字（每段中文写作“+…-”的 base64，如旧版邮件程序的“Unicode (UTF-7)”），"
                    f"已按 UTF-7 解码读取，请核对原件")
    if encoding.startswith("UTF-8（"):
        said.append(f"{path}：此文件混有两种编码（{encoding}），像是由两个文件拼接而成，已逐行按各自的编码读取，请核对原件")
    if encoding.startswith("utf-8") and (undone := double_encoded(text)) is not None:
        text = undone[0]
        said.append(f"{path}：此文件有{undone[1]}处乱码是 UTF-8 文字被当作 Latin-1（Windows-1252）再次编码所致"
                    f"（如“é¡¹”即“项”，常见于 latin1 字符集的数据库导出），已还原读取，请核对原件")
    elif encoding.startswith("utf-8") and (undone := gbk_as_1252(text)) is not None:
        text = undone[0]
        said.append(f"{path}：此文件有{undone[1]}处乱码是 GBK 文字被当作 Windows-1252（西欧）打开后另存所致"
                    f"（如“ÏîÄ¿”即“项目”），已按 GBK 还原读取，请核对原件")
    if (literal := bytes_literals(text)) is not None:
        text = literal[0]
        said.append(f"{path}：此文件有{literal[1]}处以 Python 字节串（b'\\xe9…'）写出的文字，已按 UTF-8 解码读取"
                    f"（行末为字节串的行只读其内容，行首的时间、级别等未读取），请核对原件")
    if (screen := screen_text(text)) is not None:     # a terminal's record: the text as the screen showed it
        text = screen[0]
    text = without_input(BOOKMARK.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))
    doc = Document(source=path, format="txt", sha256=sha256, encoding=encoding)
    doc.warnings += said
    if (har := archive_bodies(text)) is not None:     # a browser's HTTP archive: the response bodies it holds
        return _archive_read(doc, path, sha256, *har)
    if (tabbed := expanded(text, encoding)) is not None:     # columns lined up with tabs and spaces: as shown
        text = tabbed[0]
        doc.warnings.append(f"{path}：此文件有{tabbed[1]}行以制表符与空格混合对齐各列，已按每8列一个制表位展开、按各列位置读取，"
                            f"请核对原件")
    if (story := tagged_page(text)) is not None:     # an InDesign story's tagged text: the page it means
        return _html_page(path, story.encode("utf-8"), sha256, doc.warnings)
    if (typeset := context_page(text)) is not None:     # a ConTeXt source's natural tables: the page it sets
        doc.warnings.append(f"{path}：此文件是 ConTeXt 排版源文件，其自然表格（\\bTABLE…\\eTABLE）已按排出的表格读取，"
                            f"命令与注释未读取，请核对原件")
        return _html_page(path, typeset.encode("utf-8"), sha256, doc.warnings)
    if (prn := overflow_joined(text, encoding)) is not None:     # a .prn save's rows past 240 characters: whole
        text = prn[0]
        doc.warnings.append(f"{path}：此文件是 Excel“带格式文本（空格分隔）”（.prn）另存的文字，{prn[1]}行超过240个字符的部分"
                            f"被写在文末，已接回原行读取，请核对原件")
    if (joined := xml_tree.results_joined(text)) is not None:     # SSMS's FOR XML results printed as text: whole
        text = joined[0]
        if joined[1]:
            doc.warnings.append(f"{path}：此文件是 SQL Server Management Studio“以文本格式显示结果”的 FOR XML 查询结果，"
                                f"{joined[1]}个结果被按每行2033个字符分成多行，已接回读取，请核对原件")
    if (records := separated_records(text)) is not None:     # records apart by RS, not by line breaks: a record a line
        text = records[0]
        doc.warnings.append(f"{path}：此文件以 ASCII 记录分隔符 RS（\\x1e）分隔{records[2]}条记录（数据接口文件，"
                            f"记录之间没有换行），已按一条记录一行读取，请核对原件")
    if (sep := field_separator(text)) is not None:     # a data file's fields apart by a control character
        n = sum(1 for line in text.split("\n") if sep in line)
        doc.warnings.append(f"{path}：此文件有{n}行以控制字符 ^{chr(ord(sep) + 64)}（\\x{ord(sep):02x}）分隔字段"
                            f"（数据文件的字段分隔符，如 Hive 表的文本文件），已按列读取，请核对原件")
    if (caret := caret_shown(text)) is not None:     # `cat -A` / `cat -ET` of a file: the file as it was
        text = caret[0]
        doc.warnings.append(f"{path}：此文件是“cat -A”一类命令显示的文字（^I 为制表符、^M 为回车、行尾加 $），"
                            f"已将{caret[1]}行还原为原文读取，请核对原件")
    if (blamed := blame_shown(text)) is not None:     # `git blame` of a file: the file as it is
        text = blamed[0]
        doc.warnings.append(f"{path}：此文件是“git blame”的输出（每行前有提交号、作者、时间和行号），"
                            f"已去掉{blamed[1]}行的这些前缀、按原文读取，请核对原件")
    source = records[1] if records is not None else None
    # an e-mail saved whole: its body, decoded, is the text (its parts' bytes checked against their
    # charsets where the file's are ASCII-compatible: not UTF-16)
    if (mail := mail_body(text, None if encoding.startswith("utf-16") else data)) is not None:
        if mail.html:
            doc = _html_page(path, mail.text.encode("utf-8"), sha256, doc.warnings)
        else:
            text = "\n" * (mail.line - 1) + mail.text     # the body's lines numbered from where it starts
            # where the transfer encoding moved them, each line numbered where it is encoded
            source = list(range(1, mail.line)) + mail.lines if mail.lines else None
        doc.warnings += [f"{path}：{note}" for note in mail.notes or []]
        # a web-page body is read by the HTML reader alone: its text attachments go unread with the rest
        unread = mail.unread + ([name for name, _, _ in mail.attached or ()] if mail.html else [])
        if unread:
            doc.warnings.append(f"{path}：此文件是一封电子邮件，{'已读取正文' if mail.text.strip() else '没有正文'}；"
                                f"所附{len(unread)}个附件（{first_few(unread, 5)}）未读取，请另行提交附件")
        if mail.faults:
            doc.warnings.append(f"{path}：此文件是一封电子邮件，但{'、'.join(mail.faults)}，"
                                f"自第{mail.line}行起的正文可能不全，请核对原件")
        if mail.html:
            return doc
    if source is None and (asa := printed(text)) is not None:     # a print file's carriage control: as printed
        text, source = asa
    if source is None and (cal := calendar_text(text)) is not None:     # an invitation (.ics) or card: its text
        text, source, said = cal
        doc.warnings.append(f"{path}：{said}，请核对原件")
    if source is None and (merged := merged_letters(text)) is not None:     # mail-merge letters: their fields
        text, source, said = merged
        doc.warnings.append(f"{path}：{said}，请核对原件")
    if source is None and (diff := new_side(text)) is not None:     # a diff of two versions: the new one
        text, source = "\n".join(t for _, t in diff.lines), [no for no, _ in diff.lines]
        gaps = "、".join(f"第{a}—{b}行" if a != b else f"第{a}行" for a, b in diff.missing)
        kept, gone = (("上下文行与“+”行", f"{diff.dropped}行（“-”行）") if not diff.words else
                      (f"各行及行内{diff.words}处“{{+…+}}”新文字", f"行内{diff.dropped}处“[-…-]”旧文字"))
        doc.warnings.append(f"{path}：此文件是同一文件两个版本的差异（diff），已按新版本（{kept}）读取；"
                            f"旧版本的{gone}与差异以外的{diff.outside}行（提交说明等）未读取"
                            + (f"；新版本的{gaps}不在差异中，无法读取" if gaps else "") + "，请核对原件")
    if source is None and (sides := right_side(text)) is not None:     # two versions side by side: the right
        text, source = "\n".join(t for _, t in sides.lines), [no for no, _ in sides.lines]
        doc.warnings.append(f"{path}：此文件是同一文件两个版本的并排对照（diff -y / sdiff），已按右栏（新版本）读取；"
                            f"左栏（旧版本）的{sides.dropped}行未读取（其中{sides.changed}行与右栏不同，“|”行），"
                            f"请核对原件")
    # a sheet written a cell a line, an OCR engine's words by their boxes, cells as XML (XLIFF units, a
    # workbook's raw parts): each rebuilt as lines, and what it was said
    for rebuilt in (cell_grid, tesseract_layout, alto_layout, xliff_grid, sheet_parts_grid, gnumeric_grid, uof_grid, po_grid,
                    dumped_file, tribble_tables):
        if source is None and (grid := rebuilt(text)) is not None:
            text, source, said = grid
            doc.warnings.append(f"{path}：{said}，请核对原件")
    if source is None and (chat := chat_rows(text)) is not None:     # a sheet pasted into a chat row by row
        lines, rows, moved = chat
        text, source = "\n".join(t for _, t in lines), [no for no, _ in lines]
        doc.warnings.append(f"{path}：此文件是聊天记录，表格逐行作为{rows}条消息发出，已去掉消息头（发送人、时间），"
                            f"把各行连成表格读取" + (f"；夹在表格行之间的{moved}条其他消息移到表后读取" if moved else "")
                            + "，请核对原件")
    if source is None and (texinfo := texinfo_text(text)) is not None:     # a Texinfo source: the lines it prints
        text, source = texinfo
    if source is None and (put := record_text.put_records(text)) is not None:     # name=value records in a log
        text, source, said = put
        doc.warnings.append(f"{path}：{said}，请核对原件")
    read = _read_body(doc, path, data, sha256, text, _file_line(source) if source else None)
    if read is doc and source:
        _at_source_lines(doc, source)
    if mail is not None and read is doc:
        for name, raw, lines in mail.attached or ():
            _read_attachment(doc, path, sha256, name, raw, lines)
    return read


def _archive_read(doc: Document, path: str, sha256: str, bodies: list, entries: int) -> Document:
    """An HTTP archive's readable response bodies, each read as the text it is (an API's JSON, a page), its
    blocks naming the request (响应“/api/…”) and standing at the archive's line that holds it; what the
    archive records besides (headers, cookies, timings) is no document's and is not read, said."""
    names = [urlsplit(b.url).path or b.url for b in bodies]
    for b, name in zip(bodies, names):
        _read_attachment(doc, path, sha256, name, b.data, [b.line] * (b.data.count(b"\n") + 1), kind="响应")
    doc.warnings.append(f"{path}：此文件是浏览器保存的网络请求记录（HAR，{entries}个请求），"
                        + (f"已读取其中{len(bodies)}个响应内容（{first_few(names, 5)}）" if bodies
                           else "其中没有可读的响应内容（保存时未带内容，或响应不是网页、JSON 或文本）")
                        + "；请求头、Cookie、耗时等记录未读取，请核对原件")
    return doc


def _read_attachment(doc: Document, path: str, sha256: str, name: str, data: bytes, lines: list[int] | None,
                     kind: str = "附件") -> None:
    """A mail's text attachment (the form as a .csv sent with a covering note) read as the text file it
    is, after the body: its blocks name the attachment (Location.embedded; `kind` what it is to the file
    holding it) and, where the transfer encoding's lines are known, stand at the file's lines that encode
    them."""
    text, _ = decode(path, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    start = len(doc.blocks)
    _read_body(doc, path, data, sha256, text, _file_line(lines) if lines else None)
    if lines:
        _at_source_lines(doc, lines, start)
    for b in doc.blocks[start:]:
        b.loc = replace(b.loc, embedded=f"{kind}“{name}”")
        for c in b.cells if isinstance(b, Table) else ():
            c.loc = replace(c.loc, embedded=f"{kind}“{name}”")


def _wide_record(text: str) -> list[tuple] | None:
    """A delimited export of a head and ONE record holding a whole form, its rows as numbered slots
    (attribute_values.slot_blocks), as blocks; None otherwise."""
    first = text.split("\n", 1)[0]
    for d in (",", ";", "\t"):
        if first.count(d) + 1 >= MIN_WIDE and (blocks := slot_blocks(csv_records(text, d)[0])) is not None:
            return blocks
    return None


def _file_line(source: list[int]):
    """The file's line for the text's line n, for a warning that cites it as a block's line is moved."""
    return lambda n: source[n - 1] if 0 < n <= len(source) else n


def _at_source_lines(doc: Document, source: list[int], start: int = 0) -> None:
    """Each block's and cell's line (from block `start` on) as the file numbers it (source[n - 1] for
    the text's line n)."""
    def moved(loc: Location) -> Location:
        return replace(loc, line=source[loc.line - 1]) if loc.line and loc.line <= len(source) else loc

    for b in doc.blocks[start:]:
        b.loc = moved(b.loc)
        for c in b.cells if isinstance(b, Table) else ():
            c.loc = moved(c.loc)


def _read_body(doc: Document, path: str, data: bytes, sha256: str, text: str, at=None) -> Document:
    """The text (a mail's body in its place) read by the first of the text's grammars that holds.
    `at`: the file's line for a text's line, where an encoded mail body's lines are not the file's."""
    at = at or (lambda n: n)
    text, revised = final_text(text)
    if revised:
        doc.warnings.append(f"{path}：文中带修订标记（删除{revised['deleted']}处、插入{revised['inserted']}处）"
                            f"与批注{revised['comments']}条，已按修订后的最终文字读取，批注未计入单元格与段落，请核对原件")
    if (fragment := xml_tree.html_fragment(text)) is not None:     # <div><span>…, <p>… alone: the HTML reader's
        return _html_page(path, fragment.encode("utf-8"), sha256, doc.warnings)
    if (dita := dita_html(text)) is not None:     # a DITA topic's tables: the page it prints as
        doc.warnings.append(f"{path}：此文件是 DITA 主题（topic）源文件，已把其 simpletable 等表格与 dl 定义列表按其排印成的"
                            "网页读取（dt：dd 为一行），prolog 中的作者、日期未作为数据读取")
        return _html_page(path, dita.encode("utf-8"), sha256, doc.warnings)
    if (pug := pug_html(text)) is not None:     # a Pug template's source: the page it renders
        doc.warnings.append(f"{path}：此文件是 Pug（Jade）模板源文件，已按其缩进与元素写法还原为其生成的网页读取"
                            "（= 后的字符串表达式取其文字，其他表达式、注释与 extends / block 等模板指令未作为数据读取），请核对原件")
        return _html_page(path, pug.encode("utf-8"), sha256, doc.warnings)
    if (rpc := xmlrpc_as_json(text)) is not None:     # an XML-RPC message: the values it carries, as JSON
        doc.warnings.append(f"{path}：此文件是 XML-RPC 消息（<methodResponse> / <methodCall>），已按其各值的类型标记"
                            "（struct 为字段、array 为列表）还原为数据读取")
        text = rpc
    if (rdf := turtle_as_json(text)) is not None:     # an RDF document in Turtle: its resources' values, as JSON
        doc.warnings.append(f"{path}：此文件是 RDF Turtle 文档，已把各资源按其属性读取（属性名取文档中的 rdfs:label，"
                            "未声明的取其本地名；类型、语言标记与数据类型未作为数据读取），还原为数据读取")
        text = rdf
    for literals, said in ((psd1_as_json, "PowerShell 数据文件（.psd1，@{ } 哈希表字面量）"),
                           (erlang_as_json, "Erlang 项式文件（file:consult 读取的 {标签, …}. 各项，<<\"…\"/utf8>> 为文字）"),
                           (elisp_as_json, "Emacs Lisp 数据文件（defconst / setq 的关联表、属性表与 org 表格）")):
        if (values := literals(text)) is not None:     # a language's data literals: the values they write, as JSON
            doc.warnings.append(f"{path}：此文件是 {said}，已按该语言的字面量语法把其中的值还原为数据读取，请核对原件")
            text = values
            break
    if (chat := telegram_text(text)) is not None:     # a chat export: its messages' texts, each read once
        doc.warnings.append(f"{path}：此文件是 Telegram 聊天记录导出（result.json），已把各条消息的文字（text 中的文字片段"
                            "连成一段，text_entities 为其重复，不再读取）按消息顺序读取，发送人、时间等未作为数据读取")
        text = chat
    elif (arff := arff_text(text)) is not None:     # an ARFF file: its comments as lines, its data as a table
        doc.warnings.append(f"{path}：此文件是 Weka ARFF 数据文件，已把 % 注释行按文字读取，@data 各行按 @attribute 列名"
                            "读作表格（引号已去除，? 为缺失值）")
        text = arff
    elif (plot := gnuplot_text(text)) is not None:     # a gnuplot data file: its comments as lines, its blocks tables
        doc.warnings.append(f"{path}：此文件是 gnuplot 数据文件，已把 # 注释行按文字读取，各数据块（index）按注释中的列名读作表格，"
                            "块首注释为该块的标题（引号已去除），请核对原件")
        text = plot
    broken: list[tuple[int, int]] = []
    records = record_text.parse(text, broken)     # a log's records or an SQL dump: not a .csv's, though commas part them
    if records is not None and broken:
        where = first_few((f"第{at(a)}行" if a == b else f"第{at(a)}—{at(b)}行" for a, b in broken), 5)
        doc.warnings.append(f"{path}：{where}共{len(broken)}处记录残缺（JSON 行被截断、"
                            "logfmt 行引号未闭合、INSERT 语句中断，或 SQL*Loader 数据行无对应的 INTO TABLE 子句、字段多于其列），未读取，请核对原件")
    if records is None and (wide := _wide_record(text)) is not None:     # a questionnaire's one record: rebuilt
        doc.format = "csv"
        _add_blocks(doc, path, wide)
        return doc
    # a line-protocol export's points part their tags and fields by commas: no .csv's rows
    points = parse_line_protocol(text) if records is None else None
    if records is None and points is None and not indexed_text(text) and (found := delimited(text)):     # a .csv export: a table of text cells
        doc.format = "csv"
        if not found[2] and (pivoted := entity_blocks(found[1])) is not None:     # a record per field: rebuilt
            _add_blocks(doc, path, pivoted)
        else:
            read_delimited(doc, path, *found)
        return doc
    padded = None     # the padded-pairs reading, made once: the last export grammar's and the line reader's
    if (members := _json_members(text)) is not None:   # a JSON export: its members as label：value lines
        text = members
    elif (tree := records) is not None or (tree := xml_tree.parse(text)) is not None \
            or (sectioned := xml_tree.parse_sections(text)) is not None \
            or (exported := xml_tree.parse_yaml(text) or parse_print_r(text) or parse_var_dump(text) or parse_text_tree(text) or parse_block_outline(text)
                              or parse_json_exchange(text) or parse_python_repr(text) or parse_json(text) or parse_r_dput(text)
                              or parse_properties(text) or parse_form_urlencoded(text) or parse_form_multipart(text) or parse_reg(text) or parse_perl_dumper(text)
                              or parse_var_export(text)
                              or parse_lua(text) or parse_edn(text) or parse_prolog(text) or parse_namelist(text)
                              or parse_ruby_pp(text) or parse_inspect(text) or parse_braced(text)
                              or parse_redis_cli(text) or parse_json_documents(text) or parse_rust_debug(text)
                              or parse_go_spew(text) or parse_recfile(text)
                              or parse_ldif(text) or parse_gron(text) or parse_key_lines(text)
                              or points or parse_python_lines(text) or parse_journal(text)
                              or parse_iex(text)
                              or parse_wolfram(text) or parse_swift_dump(text) or parse_ghci(text) or parse_ocaml_toplevel(text)
                              or parse_spss_syntax(text) or parse_go_values(text) or parse_tostring(text) or parse_deep_arrays(text)
                              or parse_json5(text) or parse_php_serialized(text) or parse_log_pieces(text)
                              or field_listing(padded := padded_pairs(text, display_width))) is not None:
        # an XML export: its repeated elements are rows; a log's records (logfmt, JSON lines) or an SQL
        # dump's INSERTs the same tree a record at a time; a TOML / INI export the same tree in sections;
        # a YAML export, PHP's print_r() or var_dump() of an array, a mind map's text tree, a Python literal, a JSON document
        # (node's util.inspect of values, as mongosh prints documents, before the braced grammar: a document's
        # 'key: value' lines are its members, no configuration),
        # R's dput() of data frames, a Java .properties file of dotted keys, a registry export (.reg), Perl's
        # Data::Dumper, a Lua table, Clojure's EDN, Prolog facts, a Fortran namelist, a braced
        # configuration (HOCON, protobuf's text format), a redis-cli session's hashes, an API
        # exchange's JSON replies, Rust's {:#?} of a struct, go-spew's Dump of a value, a recutils recfile's record sets, an LDIF export's entries (base64 values decoded), an IEx or a Wolfram session's values, Swift's dump(), a
        # GHCi session's shown records, Ruby's pp in IRB (before util.inspect: nil and => are no JavaScript), an
        # OCaml toplevel's values, node's util.inspect of values (mongosh), an SPSS syntax file's datasets or a
        # log's Go %+v structs its records (grouped under keys or not) or its column-and-row tables as
        # tables (nested_values)
        found = None
        if tree is None and sectioned is None:
            comments, found = exported
        elif tree is None:
            comments, tree = sectioned
        elif xml_tree.is_web_page(tree):
            return _html_page(path, data, sha256, doc.warnings)
        elif (cals := xml_tree.cals_page(tree)) is not None:     # a DocBook document's CALS tables: the page it means
            return _html_page(path, cals.encode("utf-8"), sha256, doc.warnings)
        else:
            if (facts := xml_tree.xbrl_facts(tree)) is not None:     # an XBRL instance: its facts by context
                tree = facts[0]
                doc.warnings.append(f"{path}：此文件是 XBRL 实例文档，其事实（fact）已按所属上下文（contextRef）归为{facts[1]}条记录"
                                    f"读取（上下文、计量单位等结构未作为数据读取；计量单位为人民币的金额按元读取），请核对原件")
            comments = tree.comments
        for no, line in comments:
            _add_paragraph(doc, path, no, line)
        _add_blocks(doc, path, found if found is not None else xml_tree.blocks(tree))
        return doc
    # Format-List's padded name : value lines: label：value lines
    text = padded if padded is not None else padded_pairs(text, display_width)
    troff = troff_source(text)
    if troff:       # a troff source: its requests outside the tables no text
        text = troff_lines(text)
    if letter_spaced(text):     # 项 目 名 称 ： one space between every two characters
        text = unspaced(text)
    text = definition_pairs(text)     # a wiki's '; term' / ': definition' lines: label：value lines
    text, order = top_down(text)
    text, order = by_groups(text, order, display_width)     # a listing by groups (SAS BY lines): one table
    text, order = alternate_lines(text, order)     # a form copied as label / value lines: its groups a table
    said: list[str] = []
    text, order = declared_rows(text, order, said)     # objects printed positionally under a declaration naming them
    doc.warnings += [f"{path}：{w}" for w in said]
    read_lines(doc, path, text, sent=True, order=order, at=at)
    if _MARKDOWN.search(text):
        _plain_paragraphs(doc)
    _unmarked_labels(doc)
    if markup := next((m for ln in text.split("\n") if (m := markup_of(ln))), None):
        for n, b in enumerate(doc.blocks):     # a wiki page's paragraphs without their markup
            if isinstance(b, Paragraph) and (plain := plain_markup_paragraph(markup, b.text)) != b.text:
                doc.blocks[n] = replace(b, text=plain)
    if any(bbcode_opens(ln) for ln in text.split("\n")):     # a forum post's paragraphs without their tags
        plain = [b if not isinstance(b, Paragraph) else replace(b, text=bbcode_text(b.text).strip()) for b in doc.blocks]
        doc.blocks = [b for b in plain if not isinstance(b, Paragraph) or b.text]
    if counted := next((c for ln in text.split("\n") if (c := counted_of(ln))), None):
        for n, b in enumerate(doc.blocks):     # an AsciiDoc text's paragraphs without their title marks
            if isinstance(b, Paragraph) and (plain := plain_counted_paragraph(counted, b.text)) != b.text:
                doc.blocks[n] = replace(b, text=plain)
    if textile_page(text.split("\n")):     # a Textile page's paragraphs without their block signatures
        plain = [b if not isinstance(b, Paragraph) else replace(b, text=textile_text(b.text)) for b in doc.blocks]
        doc.blocks = [b for b in plain if not isinstance(b, Paragraph) or b.text]
    if any(tabular_opens(ln) for ln in text.split("\n")):    # a LaTeX source's paragraphs as they read
        plain = [b if not isinstance(b, Paragraph) else replace(b, text=tabular_text(LATEX, b.text)) for b in doc.blocks]
        doc.blocks = [b for b in plain if not isinstance(b, Paragraph) or b.text]
    if troff:       # its paragraphs as they print (\(>= ≥, fonts nothing)
        plain = [b if not isinstance(b, Paragraph) else replace(b, text=troff_text(b.text)) for b in doc.blocks]
        doc.blocks = [b for b in plain if not isinstance(b, Paragraph) or b.text]
    _say_unread_records(doc, path, text, at)
    if not doc.tables() and (rows := figure_rows(text)) and "疑似按空格对齐" not in " ".join(doc.warnings):
        doc.warnings.append(f"第{at(rows[0])}行起有{len(rows)}行像是按等宽字符排版的表格（以 | 或空格分列、数字成列），"
                            "未能按表格读取，指标与资金数据可能漏读，请对照原文人工核对")
    return doc


# A form's title, first in reading order (项目支出绩效自评表, 绩效评价报告, with its year in brackets or not).
# A line of its own: no label before it (附件：X绩效自评表 closes a letter), no sentence.
_FORM_TITLE = re.compile(r"^[^\s：:，,。；;]{0,40}绩效(?:自评|评价)(?:情况)?(?:报告|表)\s*(?:[（(][^）)]*[)）])?$")
# A page's number line (第 1 页 共 2 页, - 1 -): where it stands on the page is the page's, not the copy's.
_PAGE_NUMBER = re.compile(r"^\s*(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|[-—]\s*\d+\s*[-—])\s*$")


def top_down(text: str) -> tuple[str, list[int] | None]:
    """A text copied from a PDF whose pages gave their lines bottom up (each form-feed page its last
    line first) in reading order, with each line's source number; (text, None) where no page shows it.
    Evidence: a page whose last line (past its number line) is the form's title, which reading order
    puts first; a copy runs all its pages one way, so every page is then turned, its number line left
    where it stands."""
    pages = text.split("\f")
    if len(pages) < 2 and "\f" not in text:
        pages = [text]
    lines, start = [], 1
    for page in pages:
        rows = page.split("\n")
        lines.append([(start + k, t) for k, t in enumerate(rows)])
        start += len(rows) - 1     # the form feed stands on a line, it opens none

    def content(page):
        return [(no, t) for no, t in page if t.strip() and not _PAGE_NUMBER.match(t)]

    if not any((c := content(page)) and len(c) >= 3 and _FORM_TITLE.match(c[-1][1].strip())
               and not _FORM_TITLE.match(c[0][1].strip()) for page in lines):
        return text, None
    out: list[tuple[int, str]] = []
    for k, page in enumerate(lines):
        kept = [(no, t) for no, t in page if t.strip() and _PAGE_NUMBER.match(t)]
        out += kept + content(page)[::-1] + ([(page[-1][0], "")] if k < len(lines) - 1 else [])
    return "\n".join(t for _, t in out), [no for no, _ in out]


# A JSON text's line: a member with a scalar value ("目标值": "≥12万批次",), a member opening a container
# ("三级指标列表": [), or nothing but brackets and commas.
_JSON_MEMBER = re.compile(r'^\s*"((?:[^"\\]|\\.)*)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)\s*,?\s*$')
_JSON_OPEN = re.compile(r'^\s*"((?:[^"\\]|\\.)*)"\s*:\s*[\[{]\s*$')
_JSON_PUNCT = re.compile(r"^[\s\[\]{},]*$")


def _json_members(text: str) -> str | None:
    """A text that is one JSON document (an export from a reporting system) as the lines a form
    written label：value would give, line for line (a line keeps its number): a member with a
    scalar value as label：value (the string unquoted, a number as written, null as nothing), a
    member opening an object or a list as its label alone (a caption), brackets as blank lines; the
    indentation (the nesting, no layout) dropped.
    None where the text is no JSON object or list, or a line is none of these."""
    if not text.lstrip().startswith(("{", "[")):
        return None
    try:
        json.loads(text)
    except (ValueError, RecursionError):    # nested past the decoder's depth: no member lines to read
        return None
    out = []
    for line in text.split("\n"):
        if (m := _JSON_MEMBER.match(line)):
            value = json.loads(m.group(2))
            value = "" if value is None else m.group(2) if not isinstance(value, str) else value
            out.append(f"{json.loads(chr(34) + m.group(1) + chr(34))}：{value}")
        elif (m := _JSON_OPEN.match(line)):
            out.append(json.loads(chr(34) + m.group(1) + chr(34)))
        elif _JSON_PUNCT.match(line):
            out.append("")
        else:
            return None
    return "\n".join(out)


# A Markdown text: a pipe table's separator row (|---|:---:|), a heading line (# 标题) or a line in strong
# emphasis whole (**项目支出绩效自评表**, pandoc's title where it writes no heading; a template's unfilled ** sits
# inside a line: 支出**万元).
_MARKDOWN = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$|^#{1,6}[ \t]+\S|^\*\*[^*\s][^*\n]*\*\*[ \t]*$", re.M)
# A quote mark is no quote where a figure follows it: a value's operator (>90%, > 95%, >=3000个).
_MD_LINE_MARK = re.compile(r"^(?:#{1,6}[ \t]+|>(?![ \t]*[=＝]?[ \t]*\d)[ \t]?)")
# Strong emphasis marks a word or a phrase, never across a clause break, and is no part of a run of
# three stars: 为**万元，完成预算**% and （类）***（款）*** are a template's figures left unfilled.
_MD_EMPHASIS = re.compile(r"(?<!\*)(\*\*|__)(?=[^\s*_])([^*_\n，。；;！？!?]+?)(?<=[^\s*_])\1(?!\*)")


# A backslash ending a line is Markdown's hard line break (pandoc writes 项目名称：X\ for a Word line break): no text.
_MD_HARD_BREAK = re.compile(r"(?<!\\)\\[ \t]*$")


def _plain_paragraphs(doc: Document) -> None:
    """A Markdown text's paragraphs as they read: without the heading and quote marks that open a
    line (# , > ) and the strong emphasis around words (**名称**：X). Only where the text shows it is
    Markdown: elsewhere ** is a figure left unfilled (支出**万元) and stays for the rules to see."""
    for n, b in enumerate(doc.blocks):
        if isinstance(b, Paragraph):
            text = _MD_HARD_BREAK.sub("", _MD_EMPHASIS.sub(r"\2", _MD_LINE_MARK.sub("", b.text)))
            if text != b.text:
                doc.blocks[n] = replace(b, text=text.strip())


# A label set in emphasis at a paragraph's start, its colon inside the marks or just after them (*项目名称：* X in
# Jira, Textile and org-mode; **主管部门:** Y, _实施单位_：Z in Markdown): the marks are markup around the label,
# never its value. A mark opening no label ending in a colon (支出**万元, a template's blank) stays.
_EMPHASISED_LABEL = re.compile(r"^([*_]{1,2})([^\s*_][^*_\n]*?[：:])\1(?=\s|$)|^([*_]{1,2})([^\s*_][^*_\n：:]*?)\3(?=\s*[：:])")


def _unmarked_labels(doc: Document) -> None:
    """Paragraphs opening with a label in emphasis (*项目名称：* X) read without the marks around the label."""
    for n, b in enumerate(doc.blocks):
        if isinstance(b, Paragraph) and (m := _EMPHASISED_LABEL.match(b.text.strip())):
            label = m.group(2) if m.group(2) is not None else m.group(4)
            doc.blocks[n] = replace(b, text=(label + b.text.strip()[m.end():]).strip())


def _say_unread_records(doc: Document, path: str, text: str, at) -> None:
    """A .csv, or text whose lines are mostly delimited records, that delimited() refused (two
    columns, or never MIN_TABLE records of one width) and the lines above read as paragraphs: its
    cells are in no table, so the reader says so."""
    found = record_lines(text)
    if not found:
        return
    delimiter, numbers = found
    as_lines = {b.loc.line for b in doc.blocks if isinstance(b, Paragraph)}
    unread = [no for no in numbers if no in as_lines]
    filled = sum(1 for ln in text.split("\n") if ln.strip())
    named = str(path).lower().endswith(".csv")
    if unread and (named or (len(unread) >= 2 and 2 * len(unread) >= filled)):
        doc.warnings.append(f"第{at(unread[0])}行起有{len(unread)}行以{DELIMITER_NAMES[delimiter]}分隔字段，但不成表格"
                            f"（不足三列，或没有连续{MIN_TABLE}行字段数相同），已按文本行读取，"
                            "其中的指标与资金数据可能漏读，请核对原件")


# A table written as a program's LITERAL list of rows, a row per line: {"产出指标", "数量指标", "…", 8, 7.2, null},
# (Power Query M's #table, a C / Java / C# array initializer, a Mathematica list): every cell a double-quoted
# string ("" or \" a quote inside it), a number or an empty value (null / NULL / nil / Null). Rows of one width,
# MIN_BRACED_ROWS or more, with nothing but brackets and commas on the lines between them, are the table's
# rows: each a tab-separated line, its empty values empty cells; the bracket lines go.
_LITERAL_CELL = r'\s*(?:"(?:[^"\\]|""|\\.)*"|[-+]?\d[\d.]*(?:[eE][-+]?\d+)?|null|NULL|nil|Null)\s*'
_BRACED_ROW = re.compile(r"^\s*\{(%s(?:,%s)*)\}\s*,?\s*$" % (_LITERAL_CELL, _LITERAL_CELL))
_LITERAL_ONE = re.compile(r'"((?:[^"\\]|""|\\.)*)"|([^,\s]+)')
_BRACKETS_ONLY = re.compile(r"^[\s{}()\[\],;]*$")
MIN_BRACED_ROWS = 3


def _braced_cells(inner: str) -> list[str]:
    cells = []
    for m in _LITERAL_ONE.finditer(inner):
        if m.group(1) is not None:
            cells.append(m.group(1).replace('""', '"').replace('\\"', '"'))
        else:
            cells.append("" if m.group(2) in ("null", "NULL", "nil", "Null") else m.group(2))
    return cells


def _braced_rows(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        if not (m := _BRACED_ROW.match(lines[k].text)):
            out.append(lines[k])
            k += 1
            continue
        run, j = [(lines[k], _braced_cells(m.group(1)))], k + 1
        while j < len(lines):
            if (m := _BRACED_ROW.match(lines[j].text)):
                run.append((lines[j], _braced_cells(m.group(1))))
            elif not (_BRACKETS_ONLY.match(lines[j].text) and lines[j].text.strip()):
                break
            j += 1
        while j > k + 1 and not _BRACED_ROW.match(lines[j - 1].text):
            j -= 1       # the bracket lines after the last row close the literal: they stay
        if len(run) >= MIN_BRACED_ROWS and len({len(c) for _, c in run}) == 1 and len(run[0][1]) >= 2:
            out += [_Line(ln.no, "\t".join(c)) for ln, c in run]
        else:
            out += lines[k:j]
        k = j
    return out


# A RECORD LITERAL on one line, a program's mapping of names to values: [项目名称 = "…", 年度 = 2023] (Power Query
# M's record; Lua's and Nix's braces the same), maybe after the step's name (项目信息 = […],): two or more
# `name = literal` members, a literal as in a braced row. Each member a label：value line (an empty value empty).
_MEMBER = r'\s*([^\W\d][\w]*|#"[^"]+")\s*=%s' % _LITERAL_CELL
_RECORD_LINE = re.compile(r"^\s*(?:(?:[^\W\d]\w*|#\"[^\"]+\")\s*=\s*)?[\[{](%s(?:,%s)+)[\]}]\s*[,;]?\s*$" % (_MEMBER, _MEMBER))
_MEMBER_ONE = re.compile(_MEMBER)


def _record_literals(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    for ln in lines:
        if not (m := _RECORD_LINE.match(ln.text)):
            out.append(ln)
            continue
        for mm in _MEMBER_ONE.finditer(m.group(1)):
            name = mm.group(1)[2:-1] if mm.group(1).startswith('#"') else mm.group(1)
            # the literal after the name's own '=' (a quoted #"…" name may hold one itself)
            value = _braced_cells(mm.string[mm.end(1):mm.end()].split("=", 1)[1])
            out.append(_Line(ln.no, f"{name}：{value[0] if value else ''}"))
    return out


# Python's repr of a NAMEDTUPLE (or a dataclass) a line each, as pandas' itertuples() prints a frame's rows:
# Name(field='text', field=8, field=nan): a call of keywords only, each a Python literal or an empty value (nan,
# None, NaT, pd.NA's <NA> is no literal and is not read). Consecutive lines of one name and the same fields,
# MIN_TUPLE_FIELDS or more, are a table: a line of the field names over a line per tuple, tab-separated.
_TUPLE_LINE = re.compile(r"^\s*[^\W\d]\w*\((?:[^\W\d]\w*=.*)\)\s*$")
_TUPLE_EMPTY = {"nan", "None", "NaT", "NaN"}
MIN_TUPLE_FIELDS = 3


def _tuple_fields(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    if not _TUPLE_LINE.match(text):
        return None
    try:
        call = ast.parse(text.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError):
        return None
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name) or call.args \
            or len(call.keywords) < MIN_TUPLE_FIELDS:
        return None
    fields = []
    for kw in call.keywords:
        v = kw.value
        if isinstance(v, ast.UnaryOp) and isinstance(v.op, ast.USub) and isinstance(v.operand, ast.Constant):
            fields.append((kw.arg, "-" + ast.get_source_segment(text.strip(), v.operand)))
        elif isinstance(v, ast.Constant) and isinstance(v.value, str):
            fields.append((kw.arg, v.value))
        elif isinstance(v, ast.Constant) and isinstance(v.value, (int, float)) and not isinstance(v.value, bool):
            fields.append((kw.arg, ast.get_source_segment(text.strip(), v)))
        elif isinstance(v, ast.Name) and v.id in _TUPLE_EMPTY or isinstance(v, ast.Constant) and v.value is None:
            fields.append((kw.arg, ""))
        else:
            return None
    return call.func.id, fields


def _named_tuple_rows(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    prev = None
    for ln in lines:
        got = _tuple_fields(ln.text) if "=" in ln.text and "(" in ln.text else None
        if got is None:
            out.append(ln)
            prev = None
            continue
        name, fields = got
        key = (name, tuple(f for f, _ in fields))
        if key != prev:
            out.append(_Line(ln.no, "\t".join(f for f, _ in fields)))
        out.append(_Line(ln.no, "\t".join(v.replace("\t", " ").replace("\n", " ") for _, v in fields)))
        prev = key
    return out


# A GRAPH DATABASE's NODES a line each, as Neo4j's cypher-shell prints a returned node in its box:
# | (:Label {key: literal, key: literal}) |, a map of properties in the store's order, a property that is null
# ABSENT (the store keeps no null). Consecutive nodes of one label are a table: a line of the keys, as first met
# (a key one node lacks an empty cell of its), over a line per node, tab-separated; a node alone is its keys'
# label：value lines. The box around them (its rule lines and its head cell, the returned variable) is left out.
_NODE_LINE = re.compile(r"^\s*\|?\s*\(\s*:([^\W\d][\w:]*)\s*\{(.*)\}\s*\)\s*\|?\s*$")
_NODE_MEMBER = re.compile(r'\s*([^\W\d]\w*|`[^`]+`)\s*:%s(?:,|$)' % _LITERAL_CELL.replace("|null|", "|true|false|null|"))
_NODE_BOX_RULE = re.compile(r"^\s*\+-+\+\s*$")
_NODE_BOX_HEAD = re.compile(r"^\s*\|\s*[^|\s]+\s*\|\s*$")


def _node_members(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    if not (m := _NODE_LINE.match(text)):
        return None
    members, pos, body = [], 0, m.group(2)
    while pos < len(body):
        mm = _NODE_MEMBER.match(body, pos)
        if not mm:
            return None
        value = _braced_cells(body[mm.end(1):mm.end()].split(":", 1)[1].rstrip(","))
        members.append((mm.group(1).strip("`"), value[0] if value else ""))
        pos = mm.end()
    return (m.group(1), members) if len(members) >= 2 else None


def _graph_nodes(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        if (got := _node_members(lines[k].text)) is None:
            out.append(lines[k])
            k += 1
            continue
        run, j = [got], k + 1
        while j < len(lines) and (nxt := _node_members(lines[j].text)) is not None and nxt[0] == got[0]:
            run.append(nxt)
            j += 1
        # the box's rule, head cell and rule above the nodes, its rule under them: no text
        if len(out) >= 3 and _NODE_BOX_RULE.match(out[-1].text) and _NODE_BOX_HEAD.match(out[-2].text) \
                and _NODE_BOX_RULE.match(out[-3].text):
            out[-3:] = [_Line(ln.no, "") for ln in out[-3:]]
        if len(run) == 1:
            out += [_Line(lines[k].no, f"{n}：{v}") for n, v in got[1]]
        else:
            keys = list(dict.fromkeys(n for _, members in run for n, _ in members))
            out.append(_Line(lines[k].no, "\t".join(keys)))
            for ln, (_, members) in zip(lines[k:j], run):
                have = dict(members)
                out.append(_Line(ln.no, "\t".join(have.get(n, "").replace("\t", " ") for n in keys)))
        if j < len(lines) and _NODE_BOX_RULE.match(lines[j].text):
            out.append(_Line(lines[j].no, ""))
            j += 1
        k = j
    return out


# A report a program prints page by page (Perl's format / write, a COBOL or RPG listing) starts each page after a
# form feed with its page head again: the title (its page number another), the column heads and the rule under
# them. Where the lines after a form feed repeat, line for line (numbers aside), lines printed before, the rule
# among them, they are that head again, no row: left out, so the table runs on across the page break.
_NUMBERS = re.compile(r"\d+")


def _page_key(text: str) -> str:
    return _NUMBERS.sub("#", text.replace("\f", "").strip())


def _repeated_page_heads(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        if lines[k].text.startswith("\f") and lines[k].text.strip():
            first = _page_key(lines[k].text)
            for j in (j for j, ln in enumerate(out) if ln.text.strip() and _page_key(ln.text) == first):
                n = 0
                while k + n < len(lines) and j + n < len(out) and lines[k + n].text.strip() \
                        and _page_key(lines[k + n].text) == _page_key(out[j + n].text):
                    n += 1
                if n >= 2 and any(_DASH_RULE.match(lines[k + m].text.replace("\f", "")) for m in range(n)):
                    k += n
                    break
            else:
                out.append(lines[k])
                k += 1
            continue
        out.append(lines[k])
        k += 1
    return out


# dBASE's / FoxPro's LIST (and DISPLAY ALL) printed TO FILE: a head line 'Record#' and the fields' names, then a line
# per record, its number right-aligned under Record#, the fields one space apart, each padded to its width (a
# character field left, a number right), .NULL. for a null, a memo field shown only as 'Memo' (it holds text the
# listing does not print) or 'memo' (empty). A record's fields are its words where there are as many as the
# names (no field holds a space in such a listing of a form); else the text between the names' places. Read as a
# line of the names over a line per record, tab-separated (the record numbers none of the table), a listing of
# one record its name：value lines; a memo column left out (its text is not listed: no column of empty cells that
# would say the fields are empty), and where a memo holds text the reader says so and how many are unread.
_LISTING_HEAD = re.compile(r"^Record#\s+(\S.*?)\s*$")
_LISTING_ROW = re.compile(r"^\s*(\d+)\s\s(.*?)\s*$")
_LISTING_NULL = ".NULL."
_MEMO = {"Memo": True, "memo": False}


def _listing_cells(head: str, text: str, names: list[str]) -> list[str]:
    words = text.split()
    if len(words) == len(names):
        return words
    starts = [m.start() for m in re.finditer(r"\S+", head)]
    w = _cjk_font_width
    cells, at = [], 0
    for k in range(len(names)):
        a = next((j for j in range(len(text) + 1) if w(text[:j]) >= w(head[:starts[k]])), len(text))
        b = next((j for j in range(len(text) + 1) if w(text[:j]) >= w(head[:starts[k + 1]])), len(text)) \
            if k + 1 < len(names) else len(text)
        cells.append(text[max(a, at):b].strip())
        at = b
    return cells


# A CONSUMER'S PRINT of a message topic (kcat -f '%p %o k=%k\t%s\n', a Kafka console consumer with its
# print.partition / print.offset / print.key): a line per message, an ENVELOPE of short tokens (p2, o14, k=zb-03:
# the partition, the offset, the key) before a TAB and the message's value. The partitions arrive interleaved, so the
# lines come out of the producer's order. A value of `|`-separated fields is a record; a value naming its record
# kinds' fields (`xm=项目名称|主管部门;zb=序号|一级指标|…`) is the topic's SCHEMA. A record is of the kind its key
# names (the key itself, or the kind and a sequence number: zb-03); one without a key of the one kind as wide as it.
_ENVELOPE_TOKEN = r"(?:[A-Za-z]{1,9}\d+|[A-Za-z_]{1,9}=\S*)"
_ENVELOPE = re.compile(rf"^({_ENVELOPE_TOKEN}(?: {_ENVELOPE_TOKEN}){{1,5}})\t(.*)$")
_SCHEMA_PART = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)=([^|;=]+(?:\|[^|;=]+)+)$")
_KEY_SEQUENCE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*?)[-_.:#]?(\d+)$")
MIN_MESSAGES = 3


def _shape(envelope: str) -> tuple[str, ...]:
    """An envelope's token shapes: each token's letters (p2 and p0 the same shape, k=zb-03 and k=xm too)."""
    return tuple(re.match(r"[A-Za-z_]+=?", t).group(0) for t in envelope.split())


def _keyed_messages(lines: list[_Line], warnings: list[str], at) -> list[_Line]:
    """A consumer's print (MIN_MESSAGES lines or more, every envelope of one shape, a `|`-separated value on each but
    the schema's) as the tables its schema names: each kind's records under the kind's fields, in the order of the
    keys' sequence numbers where every record of the kind carries its own, else as printed (one partition's
    records in offset order); a kind of one record its name：value lines. The tables stand where the first message
    did; the other message lines are blank. A record of no kind, or as wide as no kind's fields, is said, unread."""
    found = [(n, m) for n, ln in enumerate(lines) if (m := _ENVELOPE.match(ln.text))]
    if len(found) < MIN_MESSAGES or len({_shape(m.group(1)) for _, m in found}) != 1:
        return lines
    schema: dict[str, list[str]] = {}
    records: list[tuple[int, str, list[str]]] = []     # (line index, key, fields)
    for n, m in found:
        value = m.group(2).strip()
        parts = [_SCHEMA_PART.match(p.strip()) for p in value.split(";")]
        if len(parts) >= 2 and all(parts):
            schema.update({p.group(1): [h.strip() for h in p.group(2).split("|")] for p in parts})
            continue
        if "|" not in value:
            return lines
        key = next((t.split("=", 1)[1] for t in m.group(1).split() if re.match(r"(?i)k(?:ey)?=", t)), "")
        records.append((n, key, value.split("|")))
    if not schema or not records:
        return lines
    kinds: dict[str, list[tuple[int, str, list[str]]]] = {name: [] for name in schema}
    unread = []
    for n, key, fields in records:
        seq = _KEY_SEQUENCE.match(key)
        kind = key if key in schema else seq.group(1) if seq and seq.group(1) in schema else None
        if kind is None and not key:     # (a key naming no kind is no record of a kind as wide)
            wide = [name for name, heads in schema.items() if len(heads) == len(fields)]
            kind = wide[0] if len(wide) == 1 else None
        if kind is None or len(fields) != len(schema[kind]):
            unread.append(n)
            continue
        kinds[kind].append((n, key, fields))
    out = list(lines)
    for n, _ in found:
        out[n] = _Line(lines[n].no, "")
    tables: list[_Line] = []
    for name, heads in schema.items():
        got = kinds[name]
        if not got:
            continue
        numbers = [int(s.group(2)) if (s := _KEY_SEQUENCE.match(key)) else None for _, key, _ in got]
        if None not in numbers and len(set(numbers)) == len(numbers):
            got = [g for _, g in sorted(zip(numbers, got), key=lambda x: x[0])]
        rows = [(lines[n].no, [f.strip() for f in fields]) for n, _, fields in got]
        tables += _table_lines(lines[got[0][0]].no, heads, rows) + [_Line(lines[got[0][0]].no, "")]
    if unread:
        warnings.append(f"第{at(lines[found[0][0]].no)}行起是消息队列的消费输出（每行为消息的分区、偏移量、键和内容），"
                        f"其中{len(unread)}条消息的内容不属于模式消息所列的任何一类记录（或字段数不符），未读取："
                        + first_few((f"第{at(lines[n].no)}行" for n in unread), 6) + "，请核对原件")
    first = found[0][0]
    return out[:first] + tables + out[first:]


# A table between two rules of dashes the table's width, set under an indent (pandoc's multiline and simple
# tables, two spaces in): the indent is the writer's margin, no cell's; the rule opening, the head, a rule of
# dash runs (a column each), the rows, the closing rule, all under it.
_FENCE_RULE = re.compile(r"^( +)-{3,}\s*$")


def _fenced_indent(lines: list[_Line]) -> list[_Line]:
    """The lines with each table fenced by indented dash rules set back by the indent every line of it
    shares (an indented run of lines is read as cells a line otherwise), where a rule of dash runs
    (the columns) stands inside the fence."""
    out = list(lines)
    k = 0
    while k < len(out):
        m = _FENCE_RULE.match(out[k].text)
        if not m:
            k += 1
            continue
        pad = m.group(1)
        end = next((j for j in range(k + 1, len(out)) if _FENCE_RULE.match(out[j].text)
                    and _FENCE_RULE.match(out[j].text).group(1) == pad), None)
        inside = out[k + 1:end] if end else []
        if not end or not any(_DASH_RULE.match(ln.text) for ln in inside) or \
                not all(ln.text.startswith(pad) for ln in inside if ln.text.strip()):
            k += 1
            continue
        for j in range(k, end + 1):
            out[j] = _Line(out[j].no, out[j].text[len(pad):])
        k = end + 1
    return out


def _listings(lines: list[_Line], warnings: list[str], at) -> list[_Line]:
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        m = _LISTING_HEAD.match(lines[k].text)
        rows = []
        j = k + 1
        while m and j < len(lines) and (r := _LISTING_ROW.match(lines[j].text)) and int(r.group(1)) == len(rows) + 1:
            rows.append((lines[j].no, r.group(2)))
            j += 1
        if not rows:
            out.append(lines[k])
            k += 1
            continue
        head = m.group(1)
        # (the names' places: the head line from the first name on, the rows from their first field on)
        offset = lines[k].text.index(head)
        names = head.split()
        cells = [(no, _listing_cells(head, lines[k + 1 + n].text[offset:].rstrip(), names)) for n, (no, _) in enumerate(rows)]
        memo = {c for c in range(len(names)) if all(r[c] in _MEMO for _, r in cells)}
        held = [(no, names[c]) for no, r in cells for c in memo if _MEMO[r[c]]]
        if held:
            warnings.append(f"第{at(held[0][0])}行起的数据库列表（LIST）中，备注型字段“{held[0][1]}”只显示为“Memo”，"
                            f"其内容未列出：{len(held)}条记录（" + first_few((f"第{at(no)}行" for no, _ in held), 5) +
                            "）的该字段未能读取，请核对原件")
        # (a memo column's text is not in the listing: the column is left out, no column of empty cells)
        names = [n for c, n in enumerate(names) if c not in memo]
        cells = [(no, ["" if v == _LISTING_NULL else v for c, v in enumerate(r) if c not in memo]) for no, r in cells]
        out += _table_lines(lines[k].no, names, cells)
        out.append(_Line(rows[-1][0], ""))
        k = j
    return out


# NumPy's repr of a STRUCTURED ARRAY (array([(…), (…)], dtype=[('名称', '<U16'), ('分值', '<f8'), …])): each record
# a tuple on its own line, the fields' names ONLY IN THE DTYPE AFTER THE RECORDS. A tuple's members are Python
# literals (numpy pads its numbers: 800., ' 9.6'), nan an empty cell. Read as a line of the dtype's names over a
# line per record, tab-separated (a number as written, less a bare trailing point: 800. is 800); an array of one
# record its name：value lines.
_ARRAY_OPENS = re.compile(r"^\s*(?:Out\[\d+\]:\s*)?array\(\[\(")
_ARRAY_CLOSES = re.compile(r"dtype=\[.*\]\)\s*$")
_ARRAY_EMPTY = {"nan", "NaN", "NaT", "None", "inf"}
MAX_ARRAY_LINES = 2000


def _array_value(node, source: str) -> str | None:
    """A structured array member's text: a string as it is, a number as printed, nan empty; None for others."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return ast.get_source_segment(source, node).strip().rstrip(".") or "0"
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        inner = _array_value(node.operand, source)
        return None if inner is None else "-" + inner
    if isinstance(node, ast.Name) and node.id in _ARRAY_EMPTY:
        return ""
    return None


def _structured_array(lines: list[_Line], k: int) -> tuple[list[_Line], int] | None:
    """(the array's lines as a table or a record, the index after it) where lines[k] opens a structured array."""
    end = next((j for j in range(k, min(len(lines), k + MAX_ARRAY_LINES)) if _ARRAY_CLOSES.search(lines[j].text)), None)
    if end is None:
        return None
    first = lines[k].text
    source = "\n".join([first[first.index("array("):]] + [ln.text for ln in lines[k + 1:end + 1]])
    try:
        call = ast.parse(source.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError):
        return None
    source = source.strip()
    dtype = next((kw.value for kw in getattr(call, "keywords", []) if kw.arg == "dtype"), None)
    if not (isinstance(call, ast.Call) and len(call.args) == 1 and isinstance(call.args[0], ast.List)
            and isinstance(dtype, ast.List) and dtype.elts):
        return None
    names = []
    for field in dtype.elts:
        if not (isinstance(field, ast.Tuple) and len(field.elts) >= 2 and isinstance(field.elts[0], ast.Constant)
                and isinstance(field.elts[0].value, str)):
            return None
        names.append(field.elts[0].value)
    rows = []
    for rec in call.args[0].elts:
        if not isinstance(rec, ast.Tuple) or len(rec.elts) != len(names):
            return None
        cells = [_array_value(v, source) for v in rec.elts]
        if any(c is None for c in cells):
            return None
        rows.append((lines[k + rec.lineno - 1].no, [c.replace("\t", " ").replace("\n", " ") for c in cells]))
    if not rows:
        return None
    return _table_lines(lines[k].no, names, rows) + [_Line(lines[end].no, "")], end + 1


def _structured_arrays(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        if _ARRAY_OPENS.match(lines[k].text) and (got := _structured_array(lines, k)) is not None:
            out += got[0]
            k = got[1]
        else:
            out.append(lines[k])
            k += 1
    return out


# A wide-column store's scan printed A CELL PER LINE (HBase shell: ' rowkey   column=family:qualifier,
# timestamp=…, value=…'), names and values as Bytes.toStringBinary writes them (a byte past ASCII \xHH, so a
# Chinese name is its UTF-8 bytes escaped). The cells of one row key are one record; the escapes are read back
# where their bytes are UTF-8. Records sharing half their names or more with the run before them are that
# run's rows: a run of two or more a table (its head the names in the order they came: the store sorts a row's
# cells by their names' bytes, no document's order), a record alone its label：value lines.
_CELL_LINE = re.compile(r"^\s*(\S+)\s+column=[^:\s]*:(.*?), timestamp=\S+, value=(.*)$")
_BYTE_RUN = re.compile(r"(?:\\x[0-9A-Fa-f]{2})+")
MIN_CELL_LINES = 6


def _bytes_back(text: str) -> str:
    def one(m: re.Match) -> str:
        try:
            return bytes.fromhex(m.group(0).replace("\\x", "")).decode("utf-8")
        except UnicodeDecodeError:
            return m.group(0)
    return _BYTE_RUN.sub(one, text)


def _cell_per_line_rows(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and _CELL_LINE.match(lines[j].text):
            j += 1
        if j - k < MIN_CELL_LINES:
            out += lines[k:max(j, k + 1)]
            k = max(j, k + 1)
            continue
        records: list[tuple[int, dict[str, str]]] = []
        last = None
        for ln in lines[k:j]:
            key, name, value = _CELL_LINE.match(ln.text).groups()
            if key != last:
                records.append((ln.no, {}))
                last = key
            records[-1][1][_bytes_back(name)] = _bytes_back(value)
        runs: list[list[tuple[int, dict]]] = []
        for rec in records:
            names = set().union(*(r.keys() for _, r in runs[-1])) if runs else set()
            if runs and 2 * len(names & rec[1].keys()) >= len(rec[1]):
                runs[-1].append(rec)
            else:
                runs.append([rec])
        for run in runs:
            if len(run) == 1:
                out += [_Line(run[0][0], f"{n}：{v}") for n, v in run[0][1].items()]
                continue
            head = list(dict.fromkeys(n for _, r in run for n in r))
            out.append(_Line(run[0][0], "\t".join(head)))
            out += [_Line(no, "\t".join(r.get(n, "").replace("\t", " ") for n in head)) for no, r in run]
        k = j
    return out


# A database dump's table data in COPY's text format (PostgreSQL's pg_dump): 'COPY schema."表" ("列", …) FROM
# stdin;', then a row a line, its fields apart by tabs, \N a NULL, a backslash escaping a line break (\n), a tab
# (\t) or itself, the block closed by a line '\.'. The column list is the rows' head: two or more rows a table
# (the head a tabbed line over the tabbed rows), one row a record (its label：value lines), as a scan's.
_COPY_HEAD = re.compile(r"^COPY\s+\S+?\s*\((.+)\)\s+FROM\s+stdin;\s*$", re.I)
_COPY_NAME = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,\s]+))\s*(?:,|$)')
_COPY_ESCAPE = re.compile(r"\\(.)")


def _copy_names(listed: str) -> list[str] | None:
    names, k = [], 0
    while k < len(listed):
        m = _COPY_NAME.match(listed, k)
        if not m or m.end() == k:
            return None
        names.append(m.group(1).replace('""', '"') if m.group(1) is not None else m.group(2))
        k = m.end()
    return names


def _copy_field(field: str) -> str:
    """A COPY field's text: \\N none; an escaped line break or tab a blank (a cell's lines joined, as the other
    row-per-line transforms join them), any other escaped character itself."""
    if field == "\\N":
        return ""
    return _COPY_ESCAPE.sub(lambda m: {"n": " ", "t": " ", "r": ""}.get(m.group(1), m.group(1)), field)


def _copy_rows(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        m = _COPY_HEAD.match(lines[k].text.strip())
        names = _copy_names(m.group(1)) if m else None
        end = next((j for j in range(k + 1, len(lines)) if lines[j].text == "\\."), None) if names else None
        body = lines[k + 1:end] if end is not None else []
        if not body or any(ln.text.count("\t") != len(names) - 1 for ln in body):
            out.append(lines[k])
            k += 1
            continue
        rows = [(ln.no, [_copy_field(f) for f in ln.text.split("\t")]) for ln in body]
        out += _table_lines(lines[k].no, names, rows)
        out.append(_Line(lines[end].no, ""))
        k = end + 1
    return out


def _tabwriter_pairs(lines: list[_Line]) -> list[_Line]:
    """Two-cell lines as Go's text/tabwriter writes them with its Debug flag ('项目名称  |2023年…'): a run of
    two or more lines each holding ONE bar, after the first cell's padding, at the same character (the writer
    pads by characters) and no other: each a label：value line. A lone such line, or bars at other places,
    stay as they are."""
    def bar(ln: _Line) -> int | None:
        found = list(_PADDED_BAR.finditer(ln.text))
        if len(found) != 1 or ln.text.count("|") != 1 or not ln.text[:1].strip() or not ln.text[found[0].end():].strip():
            return None
        return found[0].end() - 1
    at = [bar(ln) for ln in lines]
    out, k = list(lines), 0
    while k < len(lines):
        j = k
        while at[k] is not None and j + 1 < len(lines) and at[j + 1] == at[k]:
            j += 1
        if j > k:
            for n in range(k, j + 1):
                label, value = lines[n].text.split("|", 1)
                out[n] = _Line(lines[n].no, f"{label.rstrip()}：{value.strip()}")
        k = j + 1
    return out


def read_lines(doc: Document, path: str, text: str, element: str | None = None, sent: bool = False,
               order: list[int] | None = None, at=None) -> None:
    """Append the text's paragraphs and tables to doc. A web page's <pre> block is read here
    too: `element` is its path, and each block's line the line within it.
    `sent`: the text is a file as it arrived (not lines a PDF's or a page's layout gave), so the ways
    a text is sent are read too: a thread of messages as the text they carry (message_thread, each line
    keeping its source number), lines cut at one width as their records (narrow_lines), rows joined by a separator of the writer's choosing (separated), a
    table copied column by column (column_copy). `at`: the file's line a warning cites for a line's
    number (an encoded mail body's lines are not the file's)."""
    at = at or (lambda n: n)
    numbers = order
    if sent and ((thread := thread_text(text)) or (thread := cut_records(text.split("\n")))):
        numbers = [no if order is None else order[no - 1] for no, _ in thread]
        text = "\n".join(t for _, t in thread)
    texts, depth = _unquoted(text.split("\n"))
    lines = _cell_per_line_rows(_structured_arrays(_named_tuple_rows(_record_literals(_braced_rows(_graph_nodes(_tabwriter_pairs(_matlab_tables_bare(_side_ruled_unframed(_hard_wraps_joined(_copy_rows(_control_separated_rows(_repeated_page_heads(_keyed_messages(_listings(_fenced_indent(
        [_Line(numbers[i] if numbers else i + 1, t) for i, t in enumerate(texts)]), doc.warnings, at), doc.warnings, at))))))))))))))
    numbered = [(ln.no, ln.text) for ln in lines]
    first_block = len(doc.blocks)
    # a LaTeX tabular opens on its own mark: no block read by layout above it runs into it
    tabulars = [k for k, ln in enumerate(lines) if tabular_opens(ln.text)]
    texts = [ln.text for ln in lines]    # for the readers of runs of lines (built once: per line was quadratic)
    i = 0
    upto, upto_end = lines, len(lines)
    indented = _IndentedRuns(doc.warnings, at)
    quoted_print = False     # a table printed with its strings quoted seen: the later ones of the print too
    while i < len(lines):
        ln = lines[i]
        found = None
        # the lines up to the next tabular; the slice is taken again only when that tabular changes
        # (taking it on every line was quadratic in the text's length)
        if tabulars and (end := next((k for k in tabulars if k > i), len(lines))) != upto_end:
            upto, upto_end = lines[:end], end
        if sent and (paired := _paired_rows(lines, i)) is not None:     # (a terminal's or a printer's text, sent as such)
            rows, i = paired
            _add_table(doc, path, rows, element)
        elif typst_opens(ln.text) and (typeset := typst_table(numbered, i)):
            placed, n_rows, n_cols, i = typeset
            add_placed_table(doc, path, placed, n_rows, n_cols, element)
        elif (markup := markup_of(ln.text)) and (marked := markup_table(markup, numbered, i)):
            rows, i = marked
            add_rows_table(doc, path, rows, element)
        elif (counted := counted_of(ln.text)) and (fenced := counted_table(counted, numbered, i)):
            placed, n_rows, n_cols, i = fenced
            add_placed_table(doc, path, placed, n_rows, n_cols, element)
        elif tabular_opens(ln.text) and (written := tabular_table(numbered, i)):
            rows, i = written
            add_rows_table(doc, path, rows, element, covered_written=True)
        elif tbl_opens(ln.text) and (tbl := tbl_table(numbered, i)):
            rows, i = tbl
            add_rows_table(doc, path, rows, element)
        elif (list_table_opens(ln.text) and (listed := list_table(numbered, i))
              or csv_table_opens(ln.text) and (listed := csv_table(numbered, i))):
            rows, caption, i = listed
            if caption:
                _add_paragraph(doc, path, ln.no, caption, element)
            add_rows_table(doc, path, rows, element)
        elif ((vertical := vertical_of(ln.text)) and (result := vertical_table(vertical, numbered, i))
              or set_line(ln.text) and not (i and set_line(lines[i - 1].text)) and (result := set_lines_table(numbered, i))):
            rows, i = result
            if len(rows) == 2:     # one record: its fields as the label：value lines it shows
                _add_record(doc, path, rows, element)
            else:
                _add_table(doc, path, rows, element)
        elif bracket_rows.opens(ln.text) and (bracketed := bracket_rows.extent(texts, i)):
            rows, i = bracketed     # cells each in 【】, a row a line (a WeChat article's table)
            add_rows_table(doc, path, [[(lines[k].no, text, rs, cs) for k, text, rs, cs in row] for row in rows],
                           element)
        elif bbcode_opens(ln.text) and (coded := bbcode_table(numbered, i)):
            rows, i = coded
            add_rows_table(doc, path, rows, element)
        elif pmwiki_opens(ln.text) and (pm := pmwiki_table(numbered, i)):
            rows, i = pm
            add_rows_table(doc, path, rows, element)
        elif (moinmoin_opens(ln.text) and not (i and moinmoin_opens(lines[i - 1].text))
              and (moin := moinmoin_table(numbered, i))):     # (tried where a run of such rows starts)
            rows, i = moin
            add_rows_table(doc, path, rows, element)
        elif tiddlywiki_opens(ln.text) and (tiddly := tiddlywiki_table(numbered, i)):
            rows, caption, i = tiddly
            if caption:
                _add_paragraph(doc, path, ln.no, caption, element)
            add_rows_table(doc, path, rows, element)
        elif xwiki_opens(ln.text) and (xwiki := xwiki_table(numbered, i)):
            rows, i = xwiki
            add_rows_table(doc, path, rows, element)
        elif twiki_opens(ln.text) and (tml := twiki_table(numbered, i)):
            rows, i = tml
            add_rows_table(doc, path, rows, element)
        elif (vimwiki_opens(ln.text) and not (i and vimwiki_opens(lines[i - 1].text))
              and (vim := vimwiki_table(numbered, i))):     # (tried where a run of such rows starts)
            rows, i = vim
            add_rows_table(doc, path, rows, element)
        elif dokuwiki_opens(ln.text) and (doku := dokuwiki_table(numbered, i)):
            rows, i = doku
            add_rows_table(doc, path, rows, element)
        elif textile_opens(ln.text) and (textile := textile_table(numbered, i)):
            rows, i = textile
            add_rows_table(doc, path, rows, element)
        elif grid_opens(ln.text) and (drawn := grid_table(numbered, i)):
            placed, n_rows, n_cols, i = drawn
            add_placed_table(doc, path, placed, n_rows, n_cols, element)
        elif (spoken_opens(ln.text) and (said := spoken_table(numbered, i))
              or indexed_opens(numbered, i) and (said := indexed_table(numbered, i))):
            placed, n_rows, n_cols, i, repeated = said
            add_placed_table(doc, path, placed, n_rows, n_cols, element)
            for r, c, _, _, text, no in repeated:
                doc.warnings.append(f"第{at(no)}行：表格第{r + 1}行第{c + 1}列再次出现（“{text[:20]}”），"
                                    "已按首次出现的内容读取，此行未读取，请核对原件")
        elif gutter_opens(ln.text) and (printed := gutter_table(numbered, i)):
            rows, i = printed
            if len(rows) == 2:     # a frame of one row: a record
                _add_record(doc, path, rows, element)
            else:
                _add_table(doc, path, rows, element)
        elif tibble_opens(ln.text) and (printed := tibble_table(numbered, i)):
            rows, i, left_out, cols_out = printed
            _add_table(doc, path, rows, element)
            if left_out:
                doc.tables()[-1].unread = left_out
                doc.warnings.append(f"第{at(ln.no)}行起的数据表（tibble）打印时省略了{left_out}行"
                                    "（“more rows”），这些行未能读取，请核对原件")
            if cols_out:
                doc.warnings.append(f"第{at(ln.no)}行起的数据表（tibble）打印时省略了{cols_out}列"
                                    "（“more variables”），这些列未能读取，请核对原件")
        elif ln.one_cell:
            rows, i = _cell_per_line(lines, i)
            _add_table(doc, path, rows, element)
        elif ln.tabbed_row:
            rows, i = _row_per_line(lines, i)
            between: list[_Line] = []
            while (resumed := _resumed_after_message(lines, i, rows)):
                rows, i, lines_between = resumed
                between += lines_between
            if sum(1 for r in rows for c in r if c[1].strip()) <= 1 and len(rows) == 1:
                # A heading with a stray trailing tab, not a table.
                _add_paragraph(doc, path, rows[0][0][0], "\t".join(c[1] for c in rows[0]), element)
            else:
                _add_table(doc, path, rows, element)
            for other in between:     # the messages that cut the table, after it
                if not other.blank:
                    _add_paragraph(doc, path, other.no, other.text, element)
        elif ln.closed_cells and (joined := _closed_rows(lines, i)):
            rows, i = joined
            _add_table(doc, path, rows, element)
        elif ln.pipe_row and (piped := _pipe_rows(lines, i)):
            rows, i, client = piped
            if heads := _placeholder_heads(doc, rows):
                # a template's example values (a feature file's 例子 / Examples under its outline's steps): the
                # rows fill the <placeholders> of the lines above, no table of the form; left out, and said
                doc.warnings.append(f"第{at(rows[0][0][0])}行起的表格是前文模板的示例取值（表头中{len(heads)}项为前文的"
                                    f"占位符，如“<{heads[0]}>”），共{len(rows) - 1}行（" +
                                    first_few((f"“{r[0][1].strip()[:12]}”" for r in rows[1:]), 6) +
                                    "），未作为表格读取，请核对原件")
                continue
            printed = _typed_print(rows)
            typed = _quoted_columns(printed, 1 if quoted_print else MIN_QUOTED_CELLS)
            quoted_print = quoted_print or typed is not printed     # the same program's later prints quote as it did
            if len(typed) == 2 and (client or typed is not rows or _count_under(lines, i) == 1):
                _add_record(doc, path, typed, element)     # a query's or a data frame's one row: a record, not a table
            else:
                _add_table(doc, path, typed, element)
        elif ln.indented and (printed := frame_table(texts, i)):
            rows, end = printed
            _add_table(doc, path, [[(lines[k].no, t) for k, t in row] for row in rows], element)
            i = end
        elif ln.indented and (found := indented.cells(upto, i)):
            rows, i = found
            _add_table(doc, path, rows, element)
        elif (wrapped := _wrapped_print(lines, i)) is not None:
            if isinstance(wrapped, str):      # a wrapped print's heads over rows that cut into no cells: said
                doc.warnings.append(wrapped)
                _add_paragraph(doc, path, ln.no, ln.text, element)
                i += 1
            else:
                rows, i = wrapped
                (_add_record if len(rows) == 2 else _add_table)(doc, path, rows, element)
        elif (headed := _head_over_blank(lines, i)) is not None:
            rows, i = headed
            (_add_record if len(rows) == 2 else _add_table)(doc, path, rows, element)     # one row: a record
        elif (one := _dashed_record(lines, i)) is not None:
            rows, i = one
            _add_record(doc, path, rows, element)     # a query's one row under its dashed head: a record
        elif ln.aligned and (found := _aligned_columns(upto, i, sent)) and not _field_list(found[0]):
            rows, i = found
            _add_table(doc, path, rows, element)
        elif sent and (i == 0 or lines[i - 1].blank) and (copied := column_copy(texts, i)):
            cells, unread, end = copied
            _add_table(doc, path, [[(lines[k].no, t) for k, t in row] for row in cells], element)
            if unread:
                said = [lines[k] for k in unread]
                doc.tables()[-1].unread = len(said)
                doc.warnings.append(f"第{at(ln.no)}行起的表格是逐列复制的（每列先表头、后各格一行），"
                                    f"另有{len(said)}行属于较短的列（合并或空白的单元格不占行），无法对应到表格的行，"
                                    "未读取：" + first_few((f"第{at(x.no)}行“{x.text.strip()[:12]}”" for x in said), 12) + "，请核对原件")
                for x in said:
                    _add_paragraph(doc, path, x.no, x.text, element)
            i = end
        elif sent and not ln.blank and (joined := separated_rows(texts, i)):
            _, cells, end = joined
            _add_table(doc, path, [[(lines[i + k].no, c) for c in row] for k, row in enumerate(cells)], element)
            i = end
        else:
            if ln.aligned and found is False and "疑似按空格对齐" not in " ".join(doc.warnings):
                doc.warnings.append(f"第{at(ln.no)}行起疑似按空格对齐的表格，但各列无法可靠对齐，已按段落读取")
            if not ln.blank:
                _add_paragraph(doc, path, ln.no, ln.text, element)
            i += 1
    _mark_quoted(doc, first_block, depth)
    if sent and _shift_blanked(text):
        for b in doc.blocks[first_block:]:
            if isinstance(b, Paragraph):
                b.text = _SHIFT_BLANK.sub("", b.text)


# A printer's hard wrap (a DOS report system's print, 80 columns): the line is cut at the page's width
# and goes on at the next line under a small indent of spaces.
_WRAP_INDENT = re.compile(r"^( {1,7})(?=[^ \t\n])")
MIN_WRAPS = 2     # one long line before an indented one is no evidence of a print's wrapping


def _hard_wraps_joined(lines: list[_Line]) -> list[_Line]:
    """A hard-wrapped print's lines whole: where two or more lines starting at the margin and reaching
    the text's widest width (within a double-width character) are each followed by a line under the same small indent of
    spaces, with no tab (and are no line whole by its syntax: a rule drawn across the page (a table's ───, as wide as
    the print), a vertical result's '*** 1. row ***', under
    which a right-aligned name stands indented, nor one above a right-aligned 'name = value' line of a
    shell's line mode), each such line is the one above it going on, joined to it where the
    printer cut it (820 / 头 is 820头) before cells are cut. The joined line keeps the first line's
    number. Elsewhere the lines stay as they are."""
    widths = [display_width(ln.text.rstrip()) for ln in lines]
    if not widths or "\t" in "".join(ln.text for ln in lines):
        return lines
    margin = max(widths) - 2
    pairs = [k for k in range(len(lines) - 1)
             if widths[k] >= margin and not lines[k].text.startswith(" ") and not lines[k].text.endswith(" ")
             and _WRAP_INDENT.match(lines[k + 1].text) and not opens_record(lines[k].text)
             and not set_line(lines[k + 1].text) and not _is_rule(lines[k].text.strip())]
    indents = {_WRAP_INDENT.match(lines[k + 1].text).group(1) for k in pairs}
    if len(pairs) < MIN_WRAPS or len(indents) != 1:
        return lines
    out, cut = [], set(pairs)
    for k, ln in enumerate(lines):
        if k - 1 in cut:
            out[-1] = _Line(out[-1].no, out[-1].text + ln.text[len(next(iter(indents))):])
        else:
            out.append(ln)
    return out


# SHIFT BLANKS: a host terminal's mixed field (IBM-935 and the like) opens every run of double-byte characters with
# SHIFT-OUT and closes it with SHIFT-IN, and an emulator's screen print shows each as a blank: 2023 年蓟州区…,
# ≥ 120 公里. The text shows it where every digit met by a Chinese character is set off by one blank
# (MIN_SHIFTED places or more, none written close): in its paragraphs (a label's value) the blanks between a Chinese
# character and a printable ASCII one are no text. (Its lines are read for columns as they stand.)
_SHIFT_BLANK = re.compile(r"(?<=[!-~]) (?=[^\x00-\x7f\u3000])|(?<=[^\x00-\x7f\u3000]) (?=[!-~])")
MIN_SHIFTED = 6


def _shift_blanked(text: str) -> bool:
    # (none written close: no printable ASCII character, a digit or a bracket, touches a Chinese one anywhere, as a
    # text copied out of a PDF writes 资金投入(20 分) with its brackets close)
    return len(re.findall(r"(?=\d [\u4e00-\u9fff]|[\u4e00-\u9fff] \d)", text)) >= MIN_SHIFTED and \
        not re.search(r"[!-~][\u4e00-\u9fff]|[\u4e00-\u9fff][!-~]", text)


# DOT LEADERS between a label and its value, as a terminal's panel writes a field (项目名称 . . . . . :  X, ISPF's
# and a 5250 screen's): the label, two or more dots apart by spaces and a colon are the label and its colon.
_DOT_LEADER = re.compile(r"(?<=[^\s.]) +\.(?: \.)+ *[:：] *")


def _dot_leaders(text: str) -> str:
    """A paragraph with each leader a colon after the label (its lines' columns were read as written)."""
    return _DOT_LEADER.sub("：", text) if " . " in text else text


# RECORDS OF TWO LINES (a terminal's subfile, a print too narrow for a row): a head of two lines, the second set in
# from the first (nothing under its first column), then, under a rule or not, lines by twos: the first opening with
# a number under the first head (the 序号), the second set in as the second head is, starting under one of its
# heads. Each pair is one row, its cells the first line's under the first head line's words and the second's under
# the second's (each cell under the last head starting at or before it, a figure set right under its head);
# MIN_PAIRS pairs make the grammar. The rows keep the first line's number.
MIN_PAIRS = 3
_PAIR_NUMBER = re.compile(r"^\s*\d{1,4}\s{2,}\S")


def _paired_rows(lines: list[_Line], k: int) -> tuple[list[Row], int] | None:
    """The table of two-line records whose head starts at lines[k], and the index past it; None (see above)."""
    got = _paired_block(lines, k)
    if got is None:
        return None
    pairs, end = got
    heads = [[c for c, _ in _pieces(h.text)] for h in pairs[0]]

    def cells(ln: _Line, starts: list[int]) -> list[str]:
        out = [""] * len(starts)
        for c, x in _pieces(ln.text):
            n = max((n for n, s in enumerate(starts) if s <= c + 2), default=0)
            out[n] = (out[n] + " " + x).strip()
        return out
    return [[(a.no, x) for x in cells(a, heads[0]) + cells(b, heads[1])] for a, b in pairs], end


def _paired_block(lines: list[_Line], k: int) -> tuple[list[tuple[_Line, _Line]], int] | None:
    """The head pair and row pairs from lines[k] and the index past them, or None (see above)."""
    if k + 2 >= len(lines):
        return None
    h1, h2 = lines[k].text, lines[k + 1].text
    p1, p2 = _pieces(h1), _pieces(h2)
    if len(p1) < 3 or len(p2) < 2 or p2[0][0] <= p1[0][0] + display_width(p1[0][1]) or _PAIR_NUMBER.match(h1):
        return None
    heads2 = [c for c, _ in p2]
    j = k + 2
    if _is_rule(lines[j].text.strip()) or re.fullmatch(r"[-=\s]+", lines[j].text.strip() or "x"):
        j += 1
    pairs = [(lines[k], lines[k + 1])]
    while j + 1 < len(lines):
        a, b = lines[j].text, lines[j + 1].text
        pa, pb = _pieces(a), _pieces(b)
        if not _PAIR_NUMBER.match(a) or len(pa) < 3 or len(pb) < 2 or pb[0][0] <= pa[0][0] + display_width(pa[0][1]) \
                or _PAIR_NUMBER.match(b) or not any(abs(pb[0][0] - c) <= 2 for c in heads2):
            break
        pairs.append((lines[j], lines[j + 1]))
        j += 2
    if len(pairs) - 1 < MIN_PAIRS:
        return None
    return pairs, j


# A box ruled on its SIDES only (Stata's `list`: +-----+ above and below, | … | about each line, |-----| under
# the head and between groups of rows, no rule between the columns): a space-aligned table in a frame. The
# frame is no cell and its inner rules no break: the lines inside are read as the aligned lines they are.
_SIDE_BOX_EDGE = re.compile(r"^(\s*)\+-{3,}\+\s*$")
_SIDE_BOX_RULE = re.compile(r"^\s*\|-{3,}\|\s*$")
_SIDE_BOX_SIDES = re.compile(r"^\s*\|(?P<inner>[^|]*)\|\s*$")
MIN_SIDE_BOX_LINES = 2     # a frame about one line is a note boxed, no table


def _side_ruled_unframed(lines: list[_Line]) -> list[_Line]:
    """The lines with each side-ruled box's frame and inner rules left out and its lines' side bars as
    spaces (the columns stay where they stood); each line keeps its number. Elsewhere as they are."""
    out, k = [], 0
    while k < len(lines):
        if (edge := _SIDE_BOX_EDGE.match(lines[k].text)):
            end = k + 1
            while end < len(lines) and (_SIDE_BOX_RULE.match(lines[end].text) or _SIDE_BOX_SIDES.match(lines[end].text)):
                end += 1
            body = [ln for ln in lines[k + 1:end] if not _SIDE_BOX_RULE.match(ln.text)]
            if end < len(lines) and _SIDE_BOX_EDGE.match(lines[end].text) and len(body) >= MIN_SIDE_BOX_LINES:
                out += [_Line(ln.no, edge.group(1) + " " + _SIDE_BOX_SIDES.match(ln.text)["inner"].rstrip())
                        for ln in body]
                k = end + 1
                continue
        out.append(lines[k])
        k += 1
    return out


# MATLAB's display of a table: 'm×n table', its VariableNames CENTRED over ____ rules, a blank line, then a line a
# row; a text cell shown {'…'} padded INSIDE its braces, a long one not shown ({1×49 char}: kept so, a text is
# there), an empty one {0×0 char}, an empty number NaN. The rules give each column's extent: the head and each row are cut there into tab-separated
# cells (a head centred over a left-aligned column lines up with nothing else), the braces, quotes and marks of
# an empty cell left out, so the lines are read as the rows of a table; a table of one row is a record, its
# fields label：value lines.
_ML_SIZE = re.compile(r"^\s*\d+×\d+ (?:table|timetable)\s*$")
_ML_RULES = re.compile(r"^\s*_+(?:\s{2,}_+)*\s*$")
_ML_TEXT = re.compile(r"^\{(['\"])(.*)\1\s*\}$")
_ML_EMPTY = re.compile(r"^(?:\{0×0 [a-z]+\}|NaN|<missing>|<undefined>)$")   # {1×49 char} is a text not shown


def _ml_cell(text: str) -> str:
    text = text.strip()
    if _ML_EMPTY.match(text):
        return ""
    return m.group(2) if (m := _ML_TEXT.match(text)) else text


def _matlab_tables_bare(lines: list[_Line]) -> list[_Line]:
    """The lines with each MATLAB table display's head and rows as tab-separated cells and the rule and blank
    line under its head left out (each line keeps its number); elsewhere as they are."""
    out, k = [], 0
    while k < len(lines):
        out.append(lines[k])
        if not _ML_SIZE.match(lines[k].text) or k + 4 >= len(lines):
            k += 1
            continue
        j = k + 1
        while j < len(lines) and lines[j].blank:
            out.append(lines[j])
            j += 1
        if j + 2 >= len(lines) or not _ML_RULES.match(lines[j + 1].text) or not lines[j + 2].blank:
            k += 1
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(r"_+", lines[j + 1].text)]
        cuts = [a for a, _ in spans[1:]] + [10 ** 6]
        rows = [j] + list(itertools.takewhile(lambda n: not lines[n].blank, range(j + 3, len(lines))))
        cells = [[_ml_cell(at_columns(lines[n].text, a, b)) for (a, _), b in zip(spans, cuts)] for n in rows]
        if len(rows) == 2:     # a table of one row is a record: its fields as the label：value lines it shows
            out += [_Line(lines[rows[1]].no, f"{h}：{v}") for h, v in zip(*cells) if h]
        else:
            out += [_Line(lines[n].no, "\t".join(c)) for n, c in zip(rows, cells)]
        k = rows[-1] + 1
    return out


# A quote mark opening a line (an e-mail reply quoting the mail before it: "> ", ">> ", "> > "): ">"
# before a space, another mark or the line's end; ">90%", ">=3000" are a value's operator.
_QUOTE_MARK = re.compile(r"^>(?:[ \t]|(?=>)|$)")
_FIGURE_LEAD = re.compile(r"^\s*[=＝]?\s*\d")


def _unquoted(texts: list[str]) -> tuple[list[str], list[int]]:
    """The lines without their quote marks, and each line's depth. A mark is a property of the
    line, not of a cell: it is dropped only where every line of a run of two or more carries it
    and one of them holds more than a figure after it (a column of "> 90%" values stays as it is),
    one level at a time, so a quote inside a quote (">> ") is its own run at the next level."""
    texts, depth = list(texts), [0] * len(texts)
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(texts):
            j = i
            while j < len(texts) and _QUOTE_MARK.match(texts[j]):
                j += 1
            rests = [_QUOTE_MARK.sub("", t, count=1) for t in texts[i:j]]
            if j - i >= 2 and any(r.strip() and not _FIGURE_LEAD.match(r) for r in rests):
                texts[i:j] = rests
                for k in range(i, j):
                    depth[k] += 1
                changed = True
            i = max(j, i + 1)
    return texts, depth


def _mark_quoted(doc: Document, start: int, depth: list[int]) -> None:
    """Each block read from quoted lines (from block `start` on) keeps its depth in its location."""
    def marked(loc: Location) -> Location:
        d = depth[loc.line - 1] if loc.line is not None and 0 < loc.line <= len(depth) else 0
        return replace(loc, quote=d) if d else loc

    if not any(depth):
        return
    for n in range(start, len(doc.blocks)):
        b = doc.blocks[n]
        b.loc = marked(b.loc)
        if isinstance(b, Table):
            for c in b.cells:
                c.loc = marked(c.loc)


# Lines like a table's rows: this many cells, none long, one of them a short figure. A run of
# them that gave no table is a form the reader missed, so the reader says so.
MIN_FIGURE_ROWS = 3
_FIGURE_CELL = re.compile(r"^[^\d]{0,8}\d[\d.,，%％\s]*[^\d]{0,6}$")


def figure_rows(text: str) -> list[int]:
    """1-based numbers of the lines that look like a text table's rows (cells split by | or by
    runs of spaces, three or more short ones, one a figure); [] when fewer than MIN_FIGURE_ROWS."""
    found = []
    for no, line in enumerate(text.split("\n"), 1):
        t = line.strip()
        cells = [c.strip() for c in (t.split("|") if t.count("|") >= 2 else _GAP.split(t))]
        cells = [c for c in cells if c]
        if len(cells) >= 3 and all(display_width(c) <= 40 for c in cells) \
                and any(_FIGURE_CELL.match(c) for c in cells):
            found.append(no)
    return found if len(found) >= MIN_FIGURE_ROWS else []


# A row is a list of cells; a cell is (first line number, text).
Row = list[tuple[int, str]]


# A line drawn across between a cell-per-line table's rows (________, ------, ======): no cell's text.
_ROW_RULE = re.compile(r"^\s*(?:_{8,}|-{8,}|={8,}|[─━]{8,})\s*$")


def _cell_per_line(lines: list[_Line], i: int) -> tuple[list[Row], int]:
    rows: list[Row] = []
    row: Row = []
    after_blank = False
    while i < len(lines):
        ln = lines[i]
        if ln.one_cell:
            if after_blank and row:
                rows.append(row)
                row = []
            row.append((ln.no, ln.text[1:]))
            after_blank = False
        elif ln.blank or _ROW_RULE.match(ln.text):
            after_blank = True     # a rule between the rows (a mail client's ____ line) ends a row as a blank line does
        elif ln.tabbed_row or after_blank or not row:
            break  # text after a blank line, or another layout: the table is over
        else:
            no, cell = row[-1]
            row[-1] = (no, cell + "\n" + ln.text)  # the cell's next paragraph
        i += 1
    if row:
        rows.append(row)
    return _rejoin_split_rows(rows), i


def _rejoin_split_rows(rows: list[Row]) -> list[Row]:
    """Rejoin rows the converter broke with blank lines (a cell ending in empty paragraphs).

    Seed 001 writes '| 产出指标 | 数量指标', a blank line, then '基本医疗参保人数 | ≥90万人 | ≥90万人 | 10'
    for one seven-cell row. Two pieces are one row when together they have exactly the
    table's usual width, the first is short of it, and the second does not begin with the
    empty cell that starts a row under a vertically merged first column.
    """
    widths = [len(r) for r in rows if len(r) >= 3]
    if not widths:
        return rows
    usual = max(set(widths), key=widths.count)
    out: list[Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and len(prev) < usual and len(prev) + len(row) == usual and row[0][1].strip():
            prev.extend(row)
        else:
            out.append(row)
    return out


def _row_per_line(lines: list[_Line], i: int) -> tuple[list[Row], int]:
    rows: list[Row] = []
    while i < len(lines) and "\t" in lines[i].text:
        ln = lines[i]
        rows.append([(ln.no, c) for c in ln.text.split("\t")])
        i += 1
    # Trailing empty cells are an artefact of the converter, not columns.
    for r in rows:
        while len(r) > 1 and not r[-1][1].strip():
            r.pop()
    return rows, i


def _resumed_after_message(lines: list[_Line], i: int, rows: list[Row]) -> tuple[list[Row], int, list[_Line]] | None:
    """A table pasted into a chat in pieces: a row cut short (fewer cells than the table's widest row)
    where a message header (sender and time) follows, the next tabbed line, after the messages,
    holding the cells it lacks (the two make the table's width). The row whole, the table read on from
    there, the index past it, and the lines between (the messages, read as paragraphs after the table).
    None where the table does not go on so."""
    width, last = max(len(r) for r in rows), rows[-1]
    j = i
    while j < len(lines) and "\t" not in lines[j].text:
        j += 1
    if j >= len(lines) or len(last) >= width or not any(SENDER.match(ln.text.strip()) for ln in lines[i:j]):
        return None
    rest, after = _row_per_line(lines, j)
    missing = width - len(last)
    if not (len(rest[0]) <= missing <= len(lines[j].text.split("\t"))):
        return None
    return rows[:-1] + [last + rest[0]] + rest[1:], after, lines[i:j]


# A data frame's print (polars): under the head a rule of '---' cells and a row of the columns' TYPES (short
# lower-case names, a parameter in brackets: str, i64, f64, datetime[μs]), then the rows, every string in double
# quotes and null for a missing value. The rule and the types are no rows, the quotes the printer's and no text,
# an unquoted null an empty cell.
_TYPE_CELL = re.compile(r"^[a-z][a-z0-9]*(?:\[[^\]]*\])?$")
_PRINTED_STRING = re.compile(r'^"([^"]*)"$')


def _count_under(lines: list[_Line], i: int) -> int | None:
    """The rows a client's count line under a result (at lines[i], past one blank line: clickhouse-client
    leaves one) says it holds; None where none stands there."""
    if i < len(lines) and lines[i].blank:
        i += 1
    return result_count(lines[i].text) if i < len(lines) else None


def _typed_print(rows: list[Row]) -> list[Row]:
    """The rows without a data frame print's types under the head, its quotes and its nulls (above); the rows
    as they are where the row under the head (past a '---' rule) is no row of types or the strings are unquoted."""
    k = 2 if len(rows) > 2 and all(t.strip() in ("", "---") for _, t in rows[1]) else 1
    if len(rows) < k + 2 or not all(_TYPE_CELL.match(t.strip()) for _, t in rows[k] if t.strip()) \
            or not any(t.strip() for _, t in rows[k]):
        return rows
    body = rows[k + 1:]
    cells = [t.strip() for r in body for _, t in r if t.strip()]
    texts = [t for t in cells if not re.fullmatch(r"-?[\d.]+(?:e-?\d+)?|null", t)]
    if not texts or sum(1 for t in texts if _PRINTED_STRING.match(t)) < len(texts):
        return rows

    def cell(no: int, text: str) -> tuple[int, str]:
        t = text.strip()
        return no, "" if t == "null" else m.group(1) if (m := _PRINTED_STRING.match(t)) else text
    return [rows[0]] + [[cell(no, t) for no, t in r] for r in body]


_QUOTED_CELL = re.compile(r"^'((?:[^'\\]|\\.)*)'$|^\"((?:[^\"\\]|\\.)*)\"$")
_NULL_CELL = re.compile(r"^(?:NULL|null|None|nil)$")     # a print's missing value: no string, quoted or not
MIN_QUOTED_CELLS = 3     # a quote or two in a table is a cell's text; a program's print quotes every string


def _quoted_columns(rows: list[Row], least: int = MIN_QUOTED_CELLS) -> list[Row]:
    """The rows with a program's string quotes taken off (node's console.table prints each value by
    util.inspect: '产出指标', 8; Neo4j's cypher-shell a string in double quotes, NULL bare: "96.00%"): in each
    column below the head where EVERY cell that is not a number nor the print's NULL is wrapped in single (or
    double) quotes, the quotes are the printer's; a column with an unquoted word (the (index)
    column's keys) is kept as it is. Needs MIN_QUOTED_CELLS such cells in the table."""
    if len(rows) < 2:
        return rows
    width = max(len(r) for r in rows)
    quoted = [k for k in range(width) if (cells := [r[k][1].strip() for r in rows[1:] if k < len(r) and r[k][1].strip()])
              and all(_QUOTED_CELL.match(t) or _NULL_CELL.match(t) or re.fullmatch(r"-?[\d.]+(?:e-?\d+)?", t) for t in cells)
              and any(_QUOTED_CELL.match(t) for t in cells)]
    if sum(1 for r in rows[1:] for k in quoted if k < len(r) and _QUOTED_CELL.match(r[k][1].strip())) < least:
        return rows

    def cell(k: int, no: int, text: str) -> tuple[int, str]:
        m = _QUOTED_CELL.match(text.strip()) if k in quoted else None
        return (no, re.sub(r"\\(.)", r"\1", next(g for g in m.groups() if g is not None))) if m else (no, text)
    return [rows[0]] + [[cell(k, no, t) for k, (no, t) in enumerate(r)] for r in rows[1:]]


def _is_rule(text: str) -> bool:
    return bool(_RULE_ROW.match(text) or _BOX_RULE.match(text))


def _pipe_rows(lines: list[_Line], i: int) -> tuple[list[Row], int, bool] | None:
    """The rows of bordered or bar-split lines from line i, the index after them, and whether the head
    carried a database client's line of types under its names (a one-row result of such a client is a
    record)."""
    groups: list[list[Row]] = [[]]     # the rows between two rules
    bars: list[int | None] = []        # a row's count of full-width bars where they split it
    start = i
    closed = False                     # the last row's line closed its cells, opening with no bar
    goes_on: list[tuple[Row, Row, Row]] = []   # (a row, the bordered line after it, its closing cell)
    spacers = 0                        # lines of empty cells between rows
    doubled: list[Row] = []            # rows whose line opens with a doubled bar (a wiki's head cell)
    bare_rows = False                  # a row so far opened with text, no bar
    heads: set[tuple] = set()          # the first rows of groups[:seen], for a border's names (kept, not rescanned)
    seen = 0
    while i < len(lines) and lines[i].pipe_row:
        ln = lines[i]
        text = ln.text.strip()
        i += 1
        if (names := _border_names(text)) is not None:
            # a box's names in its top border: its header; a later box's same names (the next block of one
            # result) no row
            while seen < len(groups) and groups[seen]:     # only the last group may still be empty
                heads.add(tuple(c for _, c in groups[seen][0]))
                seen += 1
            if tuple(names) not in heads:
                if groups[-1]:
                    groups.append([])
                groups[-1].append([(ln.no, n) for n in names])
            closed = False
            continue
        if _is_rule(text):
            if groups[-1]:
                groups.append([])
            closed = False
            continue
        barred = _bar_row(text)
        text = text.translate(_BOX_BORDER)
        if barred and _CLOSED_ROW.search(text):
            # an app's export: each cell closed by its bar, the row by ；: a leading bar closes an
            # empty first cell (a merged level's), no border
            cells = _split_pipes(_CLOSED_ROW.sub("", text).replace(_FULL_BAR, "|"))
            groups[-1].append([(ln.no, c) for c in cells])
            bars.append(text.count(_FULL_BAR))
            closed = False
            continue
        if barred:
            text = text.replace(_FULL_BAR, "|")
        # a line indented to its first bar under rows with no border (psql's: ' a | b') opens with an
        # empty first cell, no border
        bordered = text.startswith("|") and not (bare_rows and ln.text[:1].isspace())
        bare_rows = bare_rows or (not text.startswith("|") and not barred)
        # A bordered row whose line does not close with "|" goes on over the next lines.
        while bordered and not text.endswith("|") and i < len(lines) and not lines[i].blank \
                and not lines[i].text.strip().translate(_BOX_BORDER).startswith("|"):
            text += "\n" + lines[i].text.strip()
            i += 1
        text_closed = text.endswith("|")
        if bordered:
            text = text[1:-1] if text.endswith("|") else text[1:]
        cells = _split_pipes(text)
        row = [(ln.no, c) for c in cells]
        if ln.text.strip().startswith("||"):
            doubled.append(row)
        if bordered and not barred and closed and any(cells):
            # closing its cells as the line before did: that line's last bar left an empty cell
            goes_on.append((groups[-1][-1], row, [(ln.no, "")] if text_closed else []))
        if bordered and not any(cells):
            spacers += 1
        closed = not bordered and not barred and text.endswith("|")
        groups[-1].append(row)
        bars.append(text.count("|") if barred else None)
    if goes_on and 2 * spacers >= sum(len(g) for g in groups) - spacers - len(goes_on):
        # A converter that writes a line of empty cells (| |||) between rows, for half of them or
        # more, broke a row where a line opening with a bar follows a row's line with no such line
        # between ('a | b |' then '| c | d |'): the bar opening it closed an empty cell, the one the
        # line break stood in ('a', 'b', '', 'c', 'd'). Elsewhere such a line is a row of its own
        # under a merged first cell.
        for prev, row, closing in goes_on:
            prev.extend(row + closing)
            for g in groups:
                if any(r is row for r in g):
                    g[:] = [r for r in g if r is not row]
    client = len(groups) > 1 and len(groups[0]) == 2 and _typed_heads(groups[0])
    if client:
        # the types a database client prints under its heads (DuckDB: varchar, double): no row; its NULL
        # below (a merged cell's, an empty one's) a missing value, no text
        del groups[0][1]
        groups = [[[(no, "" if c.strip() == "NULL" else c) for no, c in r] for r in g] for g in groups]
    groups = [_numbered_wraps(_plus_wrapped(g)) for g in groups if g]
    raw = {ln.no: ln.text for ln in lines[start:i]}
    groups = [flush_wraps(g, raw) for g in groups]     # a fixed-width print's wrapped cells: their rows'
    if _wiki_heads(doubled, groups):
        groups = [[_wiki_row(r) if any(r is d for d in doubled) else _wiki_cells(r) for r in g] for g in groups]
    rows = [r for g in groups for r in g]
    if not rows or max(len(r) for r in rows) < 2:
        return None
    if None not in bars and not _barred_block(lines, start):
        return None     # full-width bars on lines none of which another line matches: text, not borders
    # Where rules stand between the rows (two or more, between half the lines or more: not only
    # under a header or over a total), lines between two rules whose later lines fill at most half
    # their cells are one row whose text wrapped; a full line is a row of its own.
    ruled = len(groups) - 1
    if ruled >= 2 and 2 * ruled >= len(rows) - 1:
        rows = [r for g in groups for r in ([_one_row(g)] if _wrapped(g) else g)]
    return rows, i, client


# A template's placeholder in a line of text: <name> (a Gherkin outline's step, a mail merge's field).
_PLACEHOLDER = re.compile(r"<([^<>\n]{1,30})>")


def _placeholder_heads(doc: Document, rows: list[Row]) -> list[str]:
    """The heads of a table read by _pipe_rows that fill the <placeholders> of the paragraphs since the last
    table, when those paragraphs name two or more placeholders and every one of them is a head of the table:
    the rows are example values for a template written above them, not a table of the form. [] otherwise."""
    heads = [c.strip() for _, c in rows[0] if c.strip()]
    if len(heads) < 2:
        return []
    named: set[str] = set()
    for b in reversed(doc.blocks):
        if not isinstance(b, Paragraph):
            break
        named.update(m.strip() for m in _PLACEHOLDER.findall(b.text))
    return [h for h in heads if h in named] if len(named) >= 2 and named <= set(heads) else []


# A column's type as a database client prints it under the column's name: a lower-case identifier, a size or
# precision in brackets (varchar, double, int64, decimal(10,2), timestamp with time zone, integer[]).
_TYPE_NAME = re.compile(r"^[a-z][a-z0-9_]*(?: [a-z][a-z0-9_]*)*(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?$")


def _typed_heads(head: list[Row]) -> bool:
    """A box's head of two lines above its first rule, the second a type name under each name of the first
    (every cell of it one, no cell of the first one): the names' types, no row of the table."""
    names, types = ([c.strip() for _, c in r] for r in head)
    return len(names) == len(types) >= 2 and all(_TYPE_NAME.match(t) for t in types) and \
        not any(_TYPE_NAME.match(n) for n in names)


def _plus_wrapped(rows: list[Row]) -> list[Row]:
    """Rows as a database client (psql) prints a value holding a line break: its first line's cell ends
    with + (where the column's border or the line's end stands), the rest on the next line in the
    same column, every other cell of that line empty. Evidence: a line whose only cells with text
    stand under cells ending in +; such lines join the cells above (the + dropped), the row one."""
    out: list[Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and len(row) == len(prev) and any(c for _, c in row):
            plus = {k for k, (_, c) in enumerate(prev) if c.endswith("+") and len(c) > 1}
            if plus and all(k in plus for k, (_, c) in enumerate(row) if c):
                out[-1] = [(no, f"{c[:-1]}\n{row[k][1]}" if k in plus and row[k][1] else
                            c[:-1] if k in plus else c) for k, (no, c) in enumerate(prev)]
                continue
        out.append(row)
    return out


# Rows a box printer (Python's rich, …) prints with no rule between them, folding a long cell over the next lines
# of its column, the other cells blank there. Where the first column numbers the rows, the numbers 1, 2, 3 … on
# the lines that start a row are the evidence: a line with that column empty between them goes on the numbered
# row above it. Elsewhere (no such numbering) a line is a row of its own: a merged level's blank is no fold.
MIN_NUMBERED_ROWS = 3


def _numbered_wraps(rows: list[Row]) -> list[Row]:
    """The rows with the lines of each numbered row joined (each cell its lines' text, one a line)."""
    firsts = [r[0][1].strip() if r else "" for r in rows]
    numbered = [k for k, f in enumerate(firsts) if f]
    if (len(numbered) < MIN_NUMBERED_ROWS or len(numbered) == len(rows) or numbered[0] != 0
            or [firsts[k] for k in numbered] != [str(n) for n in range(1, len(numbered) + 1)]):
        return rows
    bounds = numbered + [len(rows)]
    return [_one_row(rows[a:b]) if b - a > 1 else rows[a] for a, b in zip(bounds, bounds[1:])]


# Confluence's / Jira's wiki markup: a head cell opens with ||, a body cell with |, so a head row is
# ||a||b||c|| (a doubled bar between every two cells) and an empty body cell is written | | (a space);
# in Markdown || is an empty cell. A table is the wiki's where a row of doubled bars holds, cut at them,
# as many cells as its other rows cut at single bars (the head over the body); its cells then lose the
# wiki's marks: {color:red}7.33{color}, *bold* or _italic_ around the whole cell, \\ a line break.
_WIKI_HEAD = re.compile(r"^\|\|(?:[^|]*\|\|)+$")
_WIKI_MARK = re.compile(r"\{color(?::[^}]*)?\}")
_WIKI_EMPHASIS = re.compile(r"^([*_])(?=\S)([^*_]+)(?<=\S)\1$")


def _wiki_heads(doubled: list[Row], groups: list[list[Row]]) -> bool:
    """Whether the pipe rows are a wiki table's, by the evidence above: every row of doubled bars only
    (one at least) holds, cut at them, the width most of the rows opening with a single bar hold."""
    heads = [r for r in doubled if len(r) >= 3 and all(not c for _, c in r[0::2])]
    body = [len(r) for g in groups for r in g if not any(r is d for d in doubled)]
    if not heads or len(heads) < len(doubled) - len(heads) or not body:
        return False
    width = Counter(body).most_common(1)[0][0]
    return all(len(r) // 2 == width for r in heads)


def _wiki_row(row: Row) -> Row:
    """A row opening with a doubled bar cut as the wiki cuts it: ||a||b|| is a, b (the empty pieces
    the Markdown cut left between doubled bars dropped); ||head|body| is head, body."""
    cells = row[1::2] if len(row) >= 3 and all(not c for _, c in row[0::2]) else row[1:]
    return _wiki_cells(cells)


def _wiki_cells(row: Row) -> Row:
    """A wiki table's cells without the wiki's marks ({color:red}…{color}, *bold* or _italic_ around
    the whole cell), its \\\\ a line break."""
    out = []
    for no, c in row:
        c = _WIKI_MARK.sub("", c).replace("\\\\", "\n").strip()
        out.append((no, _WIKI_EMPHASIS.sub(r"\2", c)))
    return out


def _closed_rows(lines: list[_Line], i: int) -> tuple[list[Row], int] | None:
    """Rows of cells each closed by `|` (一级 指标 | 二级 指标 |) that a converter broke over
    lines: a line holds a whole row or a piece of one. The row's width is that of the lines that
    hold most cells, two of them at least; consecutive pieces that fill exactly that width are one
    row. A last row short of it may go on in lines that close no cell (the passage cut off inside
    its cell). None where no row was broken or the pieces do not tile (the other layouts read it)."""
    if i > 0 and lines[i - 1].closed_cells:
        return None      # the run's pieces are tiled from its first line only, or not at all
    j = i
    pieces: list[Row] = []
    while j < len(lines) and lines[j].closed_cells:
        pieces.append([(lines[j].no, c) for c in _split_pipes(lines[j].text.strip()[:-1])])
        j += 1
    width = max((len(p) for p in pieces), default=0)
    if width < 3 or sum(1 for p in pieces if len(p) == width) < 2:
        return None
    rows: list[Row] = []
    row: Row = []
    broken = False
    for p in pieces:
        broken = broken or bool(row)
        row = row + p
        if len(row) > width:
            return None
        if len(row) == width:
            rows.append(row)
            row = []
    if not broken:
        return None
    if row:
        # the last piece closed its cell: text after it is the next cell, cut off unclosed
        cut: list[str] = []
        while j < len(lines) and not lines[j].blank and "|" not in lines[j].text:
            cut.append(lines[j].text.strip())
            j += 1
        if cut:
            row.append((lines[j - len(cut)].no, "\n".join(cut)))
        rows.append(row[:width])
    return rows, j


def _wrapped(lines: list[Row]) -> bool:
    return len(lines) > 1 and all(2 * sum(1 for _, c in r if c.strip()) <= len(r) for r in lines[1:])


def _one_row(lines: list[Row]) -> Row:
    """The lines of one ruled row as one row: each cell its lines' text, one a line."""
    width = max(len(r) for r in lines)
    return [(next(r[k][0] for r in lines if k < len(r)),
             "\n".join(r[k][1] for r in lines if k < len(r) and r[k][1].strip())) for k in range(width)]


# Markdown's strong emphasis around a cell's whole text (| **总分** |): markup, not content.
_EMPHASIS = re.compile(r"^(\*\*|__)(?=\S)((?:(?!\1).)+)(?<=\S)\1$", re.S)


def _split_pipes(text: str) -> list[str]:
    """Cells of a pipe row; a `\\|` (Markdown's escaped pipe) is text, not a border; a cell
    emphasised whole (**x**, __x__) is its text."""
    parts = re.split(r"(?<!\\)\|", text)
    return [_EMPHASIS.sub(r"\2", p.replace("\\|", "|").strip()) for p in parts]


def _indented_run(lines: list[_Line], i: int) -> tuple[list[list[_Line]], int]:
    """The groups of indented lines from line i (a blank line between two), and the index where the run
    ends (its first line neither indented nor blank)."""
    groups: list[list[_Line]] = []
    group: list[_Line] = []
    j = i
    while j < len(lines):
        ln = lines[j]
        if ln.indented or (j > i and _INDENT_ONLY.match(ln.text)):   # indentation alone: an empty cell
            group.append(ln)
        elif ln.blank:
            if group:
                groups.append(group)
                group = []
        else:
            break
        j += 1
    if group:
        groups.append(group)
    return groups, j


def _indented_cells(groups: list[list[_Line]]) -> tuple[list[Row], int] | None:
    """Indented cell-per-line rows, or None when the indented lines read as prose."""
    sizes = [len(g) for g in groups]
    if len(groups) < 2 or max(sizes) < 3:
        return None
    if any(sum(ln.pipe_row for ln in g) >= 2 for g in groups):
        # two lines of one group each split into their own cells by bars (a feature file's data table
        # under its indented steps): a table of its own, the group no row of one cell a line
        return None
    usual = max(set(sizes), key=sizes.count)
    texts = sorted(len(ln.text.strip()) for g in groups for ln in g)
    if usual < 2 or sizes.count(usual) < 0.5 * len(groups) or texts[len(texts) // 2] > 40:
        return None
    rows = [[(ln.no, ln.text.strip()) for ln in g] for g in groups]
    end = groups[-1][-1].no   # line number of the last cell (1-based) = index of the next line
    return _rejoin_split_rows(rows), end


# Lines the search for indented cells may look at in one text, in all (a run of indented prose is
# looked at again from each of its lines that may open a table): past it the rest reads as paragraphs.
MAX_INDENTED_SCAN = 2_000_000


class _IndentedRuns:
    """_indented_cells from each indented line of one text, bounded. A start further into a run sees
    the same run (it ends at the same line) with lines taken off the front of its first group: where
    the run has fewer than two groups, or none of three lines, no later start in it has more, so it
    is not looked at again (looking from every line of a run 20,000 lines deep took minutes). Other
    runs are looked at up to MAX_INDENTED_SCAN lines in all; past that the guard says so, once."""

    def __init__(self, warnings: list[str], at):
        self.warnings, self.at = warnings, at
        self.none_until = 0      # no start before this line of the run looked at last reads as cells
        self.scanned = 0

    def cells(self, lines: list[_Line], i: int) -> tuple[list[Row], int] | None:
        if i < self.none_until or self.scanned > MAX_INDENTED_SCAN:
            return None
        groups, end = _indented_run(lines, i)
        self.scanned += end - i
        if len(groups) < 2 or max(len(g) for g in groups) < 3:
            self.none_until = end
        if self.scanned > MAX_INDENTED_SCAN:
            self.warnings.append(f"第{self.at(lines[i].no)}行起缩进的行过多，未再查找按缩进排列的表格，"
                                 "其后的缩进行按段落读取，请核对原件")
        return _indented_cells(groups)


def _pieces(text: str, width=display_width) -> list[tuple[int, str]]:
    """(display column where the piece starts, piece) for a line split at runs of 2+ spaces. The form
    feed pdftotext writes where a page starts (before its first line) takes no column. `width`
    measures a text's columns: display_width, or len for a print padded by characters."""
    return [(width(text[:m.start()].replace("\f", "")), m.group())
            for m in re.finditer(r"\S(?:.*?\S)??(?=" + _GAP_TEXT + r"|\s*$)", text)]


def _aligned_columns(lines: list[_Line], i: int, sent: bool = False) -> tuple[list[Row], int] | None | bool:
    """The aligned block at lines[i] (_aligned_by_starts); where the text is a file as sent and that reading
    joins two of the head line's pieces in one cell, the block read by its head's starts (_head_fields) where they
    hold. (Where the starts find no columns the lines are left to the other readers: text set two spaces apart
    by hand lines up with its head by chance.)"""
    found = _aligned_by_starts(lines, i, sent)
    if sent and found and len([c for _, c in found[0][0] if c.strip()]) < len(_pieces(lines[i].text)) and \
            (fields := _head_fields(lines, i)) is not None:
        return fields
    return found


# A fixed-width save whose head is set left over every column and whose figures are set right in theirs (Excel's
# 'Formatted Text (Space delimited)' .prn, a report writer's): a column's figures END where the next head starts, so
# its head and its figures share no start, and a figure filling its column runs straight into the text of the next
# (9受上市…, 98.8自评等级：优). The head line's pieces are the columns where each column but the last is borne out by
# MIN_EXACT lines or more: its cells starting exactly at its head (set left) or ending exactly at the next head's
# start (set right). A piece is its column's whose head starts at or before it; a bare figure running over the
# next head's start with no gap there is cut at it, the rest the next column's.
_FIGURE = re.compile(r"[≥≤]?\d[\d.,]*%?")     # a figure as such a column sets it: 98.8, ≥95%


def _figure_end(col: int, piece: str, width) -> int | None:
    """Where a piece's leading figure ends (9 of 9受上市…), or None where it opens with none."""
    m = _FIGURE.match(piece)
    return col + width(m.group()) if m else None


def _head_fields(lines: list[_Line], i: int) -> tuple[list[Row], int] | None:
    block = list(itertools.takewhile(lambda ln: not ln.blank and "\t" not in ln.text, lines[i:]))
    if len(block) < MIN_EXACT + 1:
        return None
    best = None     # (lines borne out, width): the measure the writer padded by bears out the most
    for width in (display_width, _cjk_font_width, len):
        heads = [c for c, _ in _pieces(block[0].text, width)]
        if len(heads) < 4:
            return None
        body = [(ln, _pieces(ln.text, width)) for ln in block[1:]]
        borne = [max(sum(1 for _, p in body if any(c == heads[k] for c, _ in p)),
                     sum(1 for _, p in body if any(heads[k + 1] in (c + width(x), _figure_end(c, x, width))
                                                   for c, x in p)))
                 for k in range(len(heads) - 1)]
        if min(borne) >= MIN_EXACT and (best is None or sum(borne) > best[0]):
            best = (sum(borne), width)
    if best is not None:
        width = best[1]
        heads = [c for c, _ in _pieces(block[0].text, width)]
        body = [(ln, _pieces(ln.text, width)) for ln in block[1:]]
        rows: list[Row] = [[(block[0].no, x) for _, x in _pieces(block[0].text, width)]]
        for ln, pieces in body:
            cells = [""] * len(heads)
            for col, piece in pieces:
                while True:
                    k = max((n for n, h in enumerate(heads) if h <= col), default=0)
                    nxt = heads[k + 1] if k + 1 < len(heads) else None
                    cut = at_columns(piece, 0, nxt - col, width) if nxt is not None and col + width(piece) > nxt else ""
                    # (cut where the figure ends: not inside one, 1|.05万亩)
                    if cut and _FIGURE.fullmatch(cut) and piece[len(cut):len(cut) + 1] not in "0123456789.,%":
                        cells[k] = (cells[k] + " " + cut).strip()
                        piece, col = piece[len(cut):].lstrip(), nxt
                        continue
                    cells[k] = (cells[k] + " " + piece).strip()
                    break
            rows.append([(ln.no, c) for c in cells])
        return rows, i + len(block)
    return None


def _aligned_by_starts(lines: list[_Line], i: int, sent: bool = False) -> tuple[list[Row], int] | None | bool:
    """Whitespace-aligned columns; None when the lines are not a table, False when they look
    like one whose columns do not align. Columns are measured as a terminal shows them (a CJK
    character two wide); where they do not align so, in characters: a program that pads its cells
    to a count of characters (Python's ljust, a fixed-width export) sets each CJK character one wide,
    and its columns align only counted that way; then in a CJK font's widths (_cjk_font_width: a typist padding
    by eye in 宋体). Where the text is a file as it was sent (`sent`), counted in BYTES last (_printf_rows): a
    program printing under LANG=C pads its cells so."""
    counted = _places_counted(lines, i)
    if counted and i + 2 < len(lines) and _DASH_RULE.match(lines[i + 2].text):
        return None     # a title over a print's heads (its page head): a paragraph; the print starts under it
    shown = _aligned_columns_by(lines, i, display_width)
    if shown and not counted:
        return shown
    if counted is _cjk_font_width:
        return _aligned_columns_by(lines, i, _cjk_font_width) or shown
    return _aligned_columns_by(lines, i, len) or \
        (shown is False and _aligned_columns_by(lines, i, display_width, gutters=True)) or \
        (shown is False and _aligned_columns_by(lines, i, _cjk_font_width)) or \
        (sent and _aligned_columns_by(lines, i, utf8_width)) or shown


# A field's label as a line of a field list opens it (年度指标值:, $UpdatedBy:): a word and its colon.
_FIELD_LABEL = re.compile(r"\S{1,24}[:：]")


def _field_list(rows: list[Row]) -> bool:
    """Columns that are a field list's, one field a line (a Lotus Notes export: 年度指标值:  ≥15%), not a table's:
    every row's first cell a label and its colon, so the columns are the labels' and the values' only as their
    lengths fall. Its lines are label：value lines, read as such."""
    firsts = [next((t.strip() for _, t in row if t.strip()), "") for row in rows]
    return len(rows) >= 3 and all(_FIELD_LABEL.fullmatch(t) for t in firsts)


def _cjk_font_width(text: str) -> int:
    """Columns in a CJK font (宋体, a word processor's Chinese text): an ambiguous character (≥ ≤ ×) is as wide as
    a Chinese one there, so a line a typist padded with spaces by eye aligns only counted so."""
    return display_width(text, ambiguous=2)


# A print whose program pads each field to a count of BYTES and a space (printf "%-14s %-40s %4s " under LANG=C):
# a field shorter than its width is padded (on the right, or on the left where set right), a longer one printed
# whole, so the rest of its line moves right by what it ran over, and the next field, one space on, joins it
# (组织农牧民有组织转移就业人数 ≥800人). The columns are the starts of left-set fields and the ends of right-set
# ones that MIN_EXACT lines share exactly; a line is read field by field, a word one space after the cell
# before it that reaches the next column's start being the next field, and what ran over carried along.
def _printf_rows(pieced: list[tuple[_Line, list[tuple[int, str]]]]) -> list[Row] | None:
    """The rows of a print padded by bytes (utf8_width's columns), or None where a word finds no column."""
    w = utf8_width
    # every word's place (a field that fills its width exactly is followed by one space only)
    words = [[(c + w(x[:m.start()]), m.group()) for c, x in p for m in re.finditer(r"\S+", x)] for _, p in pieced]
    starts = Counter(c for p in words for c, _ in p)
    ends = Counter(c + w(x) for p in words for c, x in p)
    # (a start or end a few bytes right of one more lines share is that column moved by what ran over)
    left = sorted(c for c, n in starts.items() if n >= MIN_EXACT and not any(starts[c - k] > n for k in (1, 2, 3)))
    right = sorted(e for e, n in ends.items() if n >= MIN_EXACT and e not in left
                   and not any(ends[e - k] > n for k in (1, 2, 3))
                   and all(_HAS_DIGIT.search(x) for p in words for c, x in p if c + w(x) == e)
                   and len({c for p in words for c, x in p if c + w(x) == e}) > 1)
    # padding shown: a column whose cells the cells before them reach over gaps of different widths (cells set two
    # spaces apart, whose starts agree where the same words stand before them, are no padded print)
    padded = sum(1 for s in left[1:] if len({s - p[k - 1][0] - w(p[k - 1][1]) for p in words for k in range(1, len(p))
                                             if p[k][0] == s}) > 1)
    exact = _exact_lines([p for _, p in pieced], w)
    if len(left) < 2 or padded < 2 or exact < max(MIN_EXACT, sum(1 for _, p in pieced if len(p) >= 3) / 2) or \
            _exact_lines([_pieces(ln.text) for ln, _ in pieced], display_width) >= exact:
        return None     # (half its lines or more line up exactly, and more than on screen: else no print padded so)
    cols = [("l", c) for c in left] + [("r", e) for e in right]
    cols.sort(key=lambda k: k[1] if k[0] == "l" else k[1] - 1)
    # where a right-set column's fields may start: past the widest cell of the column before it
    reach: list[int] = []
    for n, (kind, at) in enumerate(cols):
        if kind == "l":
            reach.append(at)
            continue
        before = [c + w(x) for _, p in pieced for c, x in p if n and (cols[n - 1][0] == "l" and c == cols[n - 1][1]
                                                                      or cols[n - 1][0] == "r" and c + w(x) == cols[n - 1][1])]
        reach.append(max(before, default=reach[-1] if reach else 0) + 1)
    rows: list[Row] = []
    for ln, pieces in pieced:
        cells, shift, cur = [""] * len(cols), 0, -1
        for c, piece in pieces:
            first = True
            for m in re.finditer(r"\S+", piece):
                word, adj = m.group(), c + w(piece[:m.start()]) - shift
                target = next((n for n, (k, at) in enumerate(cols) if n > cur and (
                    k == "l" and at == adj or k == "r" and at == adj + w(word) and _HAS_DIGIT.search(word))), None)
                if target is None and not first and cur + 1 < len(cols) and adj >= reach[cur + 1]:
                    target = cur + 1      # ran over its width: the next field, one space on
                    shift += adj - reach[target] if cols[target][0] == "l" else adj + w(word) - cols[target][1]
                    shift = max(shift, 0)
                if target is None and first:     # a cell set apart by spaces: the column that starts nearest
                    target = min(range(cur + 1, len(cols)), key=lambda n: abs(reach[n] - adj), default=None)
                if target is None:
                    if cur < 0:
                        return None
                    cells[cur] += " " + word
                else:
                    cells[target], cur = word, target
                first = False
        rows.append([(ln.no, x) for x in cells])
    return rows


def _exact_lines(pieced: list[list[tuple[int, str]]], width) -> int:
    """How many lines of three cells or more start (or end) every cell where MIN_EXACT lines do, measured so."""
    starts = Counter(c for p in pieced for c, _ in p)
    ends = Counter(c + width(x) for p in pieced for c, x in p)
    return sum(1 for p in pieced if len(p) >= 3 and all(starts[c] >= MIN_EXACT or ends[c + width(x)] >= MIN_EXACT
                                                        for c, x in p))


def utf8_width(text: str) -> int:
    """The columns a print padded by BYTES gives a text (C's printf("%-20s") under LANG=C, a UTF-8 Chinese
    character three): such a print's columns line up only counted so."""
    return len(text.encode("utf-8"))


def _places_counted(lines: list[_Line], i: int) -> Callable[[str], int] | None:
    """The lines from lines[i] to the next blank one are a print of exact places (dash runs one space apart under
    the heads) whose lines leave the places between the runs blank only counted in characters: a client that pads
    each cell to its column's size in characters (sqlcmd's nvarchar(40) forty characters, Chinese or not) set it,
    and its columns, leaning on screen, are read counted so; or only counted in a CJK code page's BYTES, where an
    ambiguous character (≥ ≤) is two like a Chinese one (a client on a GBK / GB18030 console pads so: 达梦's
    disql): the measure that counts them (len or _cjk_font_width), None where the screen's own does or none."""
    block = list(itertools.takewhile(lambda ln: not ln.blank and "\t" not in ln.text, lines[i:]))
    # (a line above the heads, the rule under them its third line, is a title the page head prints over the
    # columns: no cell of theirs)
    pieced = [(ln, []) for ln in block[1 if len(block) > 2 and _DASH_RULE.match(block[2].text) else 0:]]
    for width in (len, _cjk_font_width):
        spans = _dash_spans(block, width)
        if spans and _cut_at_runs(pieced, spans, width) and not _cut_at_runs(pieced, spans, display_width):
            return width
    return None


# A piece of a line that is a label and its value (自评得分：98.9): no cell of an aligned table's row.
_PAIR_PIECE = re.compile(r"^[^\s：:]{1,12}[：:]\s*\S")


def _aligned_columns_by(lines: list[_Line], i: int, width, gutters: bool = False) -> tuple[list[Row], int] | None | bool:
    """`gutters`: where the cells' starts do not align, the columns the block's gutters draw (_gutter_spans)."""
    block = []
    after_blank: set[int] = set()      # the block's lines that follow a blank line
    seen: set[int] = set()             # where the block's cells start, gathered as lines join it
    counted = 0                        # (once each: a multiline table has a blank line after every row)
    j = i
    # a rule line (+---+, ┌──┬──┐) is no aligned row: a bordered table starts there; a lone rule
    # of one stroke between rows whose cells start where the rows above do is a rule between
    # groups of rows (─── under each level-1 group), and the table goes on
    while j < len(lines) and "\t" not in lines[j].text and \
            (not _is_rule(lines[j].text.strip()) or _rule_between(block, lines, j, width)):
        if _is_rule(lines[j].text.strip()):
            j += 1
            continue
        if lines[j].blank:
            # An empty row prints as a blank line: the table goes on if the next line's cells
            # start where this table's columns do.
            seen.update(c for ln in block[counted:] for c, _ in _pieces(ln.text, width))
            counted = len(block)
            nxt = _pieces(lines[j + 1].text, width) if j + 1 < len(lines) else []
            spans = _dash_spans(block, width)
            # under a rule of dash runs a line goes on where each of its cells (one space apart, as a
            # multiline table sets them) starts at a run's start or ends at a run's end
            # a line of label：value pairs after the blank (总分：100　　自评得分：98.9　　自评等级：优) is text
            # below the table, wherever its pairs happen to start
            if len(block) < 3 or len(nxt) < 2 or all(_PAIR_PIECE.match(x) for _, x in nxt) or not (
                    all(any(abs(c - s) <= 1 for s in seen) for c, _ in nxt) or spans and all(
                        any(abs(c - a) <= 1 or abs(c + width(x) - b) <= 1 for a, b in spans)
                        for col, piece in nxt for c, x in _split_at_gaps(col, piece, spans, width))):
                break
            j += 1
            after_blank.add(len(block))
            continue
        block.append(lines[j])
        j += 1
    pieced = [(ln, _pieces(ln.text, width)) for ln in block]
    multi = [p for _, p in pieced if len(p) >= 2]
    # a head, the rule of dash runs under it and ONE row (a fund table set as a multiline table): the runs
    # draw the columns
    if len(multi) < 3 and not (len(block) == 3 and _DASH_RULE.match(block[1].text) and _dash_spans(block, width)):
        return (rows, j) if len(block) == 2 and (rows := _head_over_row(block, width)) else None
    if width is utf8_width:
        return (rows, j) if (rows := _printf_rows(pieced)) else None
    if width is len and not ((spans := _dash_spans(block, len)) and _cut_at_runs(pieced, spans, len)):
        # a program padding its cells sets each one at its column's exact start: every piece starts
        # where another line's does (text spaced by hand, or by OCR, aligns so only by chance); under a
        # rule of dash runs one space apart that every line leaves blank between them the rule draws the
        # columns (a right-aligned 序号 runs into the text beside it one space on)
        starts = Counter(col for _, p in pieced for col, _ in p)
        if any(starts[col] < 2 for _, p in pieced for col, _ in p):
            return None
    if spans := _dash_spans(block, width):
        rows = _rows_under_dashes(pieced, spans, width, after_blank)
        if _cut_at_runs(pieced, spans, width) and (summed := _computed_row(lines, j, spans, width)) is not None:
            rows.append(summed[0])
            j = summed[1]
        return rows, j
    starts: list[int] = []
    for _, pieces in pieced:
        for col, _ in pieces:
            if not any(abs(col - s) <= 2 for s in starts):
                starts.append(col)
    starts.sort()
    # Keep the starts that several lines share: an odd start is wrapped text, not a column.
    shared = [s for s in starts if sum(1 for _, p in pieced if any(abs(c - s) <= 2 for c, _ in p)) >= 2]
    if len(shared) < 2:
        return None
    drifting = _drifting(pieced, shared)
    # Columns must really align: nearly every piece starts at a shared column. Text laid out
    # from narrow PDF cells (wrapped CJK, drifting starts) fails this and stays paragraphs:
    # reading less is better than reading cells into the wrong columns.
    pieces_all = [c for _, p in pieced for c, _ in p]
    aligned = sum(1 for c in pieces_all if any(abs(c - s) <= 1 for s in shared))
    if aligned < 0.95 * len(pieces_all) or drifting:
        if gutters and (spans := _gutter_spans(pieced, width)):
            return _aligned_rows([(ln, _cells_in_spans(pieces, spans, width)) for ln, pieces in pieced]), j
        return False   # looks like a table, but its columns cannot be told apart
    shared = _one_column(shared, pieced)
    # The gutters draw the columns where they tell as many apart as the starts do: starts near each other
    # run together (a score set right at 103 and a note set left at 107), a gutter between them does not.
    if (spans := _gutter_spans(pieced, width)) and len(spans) >= len(shared):
        return _aligned_rows([(ln, _cells_in_spans(pieces, spans, width)) for ln, pieces in pieced]), j
    exact = {c for c, n in Counter(c for _, p in pieced for c, _ in p).items() if n >= MIN_EXACT}
    lined: list[tuple[_Line, list[str]]] = []
    for ln, pieces in pieced:
        cells = [""] * len(shared)
        for col, piece in (part for col, piece in pieces for full in _full_cells_apart(col, piece, exact, width)
                           for part in _figures_apart(*full, shared, width)):
            k = max((n for n, s in enumerate(shared) if s <= col + 2), default=0)
            cells[k] = (cells[k] + " " + piece).strip()
        lined.append((ln, cells))
    return _aligned_rows(lined), j


# Columns a two-line table needs to be told from two lines of text set apart by chance.
MIN_HEAD_COLUMNS = 4


def _head_over_row(block: list[_Line], width) -> list[Row] | None:
    """A table of a head line and ONE row (a fund table: 项目资金（万元） 年初预算数 … over 年度资金总额 1500.00 …) set by
    a program that parts columns by as little as one space (w3m): the row's cells, apart by gaps, each start
    where a word of the head starts, MIN_HEAD_COLUMNS or more; the head is cut at those starts. None where any
    cell of the row starts elsewhere, or where the head states a figure (a head names columns: two rows of a
    table the block split off are no head and row)."""
    head, row = block
    if _HAS_DIGIT.search(head.text):
        return None
    cells = _pieces(row.text, width)
    words = {width(head.text[:m.start()]): m.start() for m in re.finditer(r"\S+", head.text)}
    if len(cells) < MIN_HEAD_COLUMNS or any(c not in words for c, _ in cells) or min(words) != cells[0][0]:
        return None
    cuts = [words[c] for c, _ in cells] + [len(head.text)]
    return [[(head.no, head.text[a:b].strip()) for a, b in zip(cuts, cuts[1:])],
            [(row.no, x) for _, x in cells]]


def _aligned_rows(lined: list[tuple[_Line, list[str]]]) -> list[Row]:
    """An aligned block's rows from its lines' cells: a line filling a cell or two under a wider table, or
    beside the wrapped row above (_beside_wrap), goes on in that row."""
    rows: list[Row] = []
    widest = 0
    for n, (ln, cells) in enumerate(lined):
        filled = sum(1 for c in cells if c)
        widest = max(widest, filled)
        if rows and filled <= 2 and widest >= 4 and not cells[0]:
            _wrapped_on(rows[-1], cells)
            continue
        if rows and widest >= 4 and _beside_wrap(rows[-1], cells, lined[n + 1][1] if n + 1 < len(lined) else None):
            _wrapped_on(rows[-1], cells)
            continue
        rows.append([(ln.no, c) for c in cells])
    return rows


def _occupied(col: int, piece: str, width) -> list[int]:
    """The display columns a piece's characters other than spaces take."""
    taken, x = [], col
    for ch in piece:
        w = width(ch)
        if not ch.isspace():
            taken += range(x, x + w)
        x += w
    return taken


# A block read by its gutters has this many columns at least, its fullest line as many cells, and each
# column holds cells of this many lines: fewer is no grid to trust (a column of one line is stray text).
MIN_GUTTER_COLUMNS = 4
MIN_COLUMN_LINES = 2


def _gutter_spans(pieced: list[tuple[_Line, list[tuple[int, str]]]], width) -> list[tuple[int, int]] | None:
    """The columns of an aligned block whose cells do not start alike (a head set left over figures set
    right, 分值 at 93 over 8 at 98 and 10 at 97): each column the stretch between two gutters, a run of
    display columns white down every line of the block (Pytheas: a column's extent is the union of its
    head's span and its cells' spans, however each is aligned). None where they draw no trusted grid."""
    taken = {x for _, pieces in pieced for col, piece in pieces for x in _occupied(col, piece, width)}
    if not taken:
        return None
    spans: list[tuple[int, int]] = []
    for x in range(min(taken), max(taken) + 1):
        if x not in taken:
            continue
        if spans and spans[-1][1] == x:
            spans[-1] = (spans[-1][0], x + 1)
        else:
            spans.append((x, x + 1))
    # a column holds one cell a line: two pieces of a line (apart by two spaces or more) in one are no grid
    if any(len(ks := [k for col, piece in pieces for k in _spans_of(col, piece, spans, width)]) > len(set(ks))
           for _, pieces in pieced):
        return None
    filled = [_cells_in_spans(pieces, spans, width) for _, pieces in pieced]
    if len(spans) < MIN_GUTTER_COLUMNS or max(sum(1 for c in cells if c) for cells in filled) < MIN_GUTTER_COLUMNS:
        return None
    if any(sum(1 for cells in filled if cells[k]) < MIN_COLUMN_LINES for k in range(len(spans))):
        return None
    return spans


def _spans_of(col: int, piece: str, spans: list[tuple[int, int]], width) -> list[int]:
    """The columns of `spans` a piece's characters fall in."""
    return sorted({next(n for n, (a, e) in enumerate(spans) if a <= x < e) for x in _occupied(col, piece, width)})


def _cells_in_spans(pieces: list[tuple[int, str]], spans: list[tuple[int, int]], width) -> list[str]:
    """A line's cells in the columns `spans` draws: a piece crossing a gutter at a single space (a score set
    right one space before a note set left, 7.2 8月遭遇…) is split there, where every other line is white."""
    cells = [""] * len(spans)
    for col, piece in pieces:
        x = col
        for ch in piece:
            if not ch.isspace():
                k = next(n for n, (a, e) in enumerate(spans) if a <= x < e)
                cells[k] += ch
            elif cells[k] and not cells[k].endswith(" "):
                cells[k] += " "
            x += width(ch)
    return [c.strip() for c in cells]


def _one_column(shared: list[int], pieced: list) -> list[int]:
    """The starts with those of one column made one: two starts a few columns apart (figures set
    right under a head: 10 at one, 8 and 6 a column or two further) that no line fills both."""
    out: list[int] = []
    for s in shared:
        if out and s - out[-1] <= 3 and not any(
                any(abs(c - out[-1]) <= 2 for c, _ in p) and any(abs(c - s) <= 2 and abs(c - out[-1]) > 2 for c, _ in p)
                for _, p in pieced):
            continue
        out.append(s)
    return out


def _rule_between(block: list[_Line], lines: list[_Line], j: int, width=display_width) -> bool:
    """Whether the rule line at j stands between rows of the aligned block above it: a line of one
    box or dash stroke alone (no borders, no crossings), under a line of three cells or more, the
    next line's cells (three or more) starting, or ending (figures set right), where the block's do;
    under a head line alone, each under a head of its own."""
    if not block or not _STROKE_ONLY.match(lines[j].text.strip()):
        return False
    nxt = next((ln for ln in lines[j + 1:] if not ln.blank), None)
    if nxt is None or _is_rule(nxt.text.strip()) or "\t" in nxt.text:
        return False
    above = [(c, c + width(x)) for ln in block for c, x in _pieces(ln.text, width)]
    cells = _pieces(nxt.text, width)
    if len(cells) < 3 or len(_pieces(block[-1].text, width)) < 3:
        return False
    if len(block) == 1:
        # under a head line alone (a table's head between two rules, tbl's or a print's): its words set
        # CENTRED over their columns, each cell of the line below lies under one of them
        # (a figure set right may end a column past its head's end: within a column of it)
        def under(c: int, x: str, a: int, e: int) -> bool:
            return c < e + 1 and a < c + width(x) + 1
        return all(any(under(c, x, a, e) for a, e in above) for c, x in cells) and \
            len({next(k for k, (a, e) in enumerate(above) if under(c, x, a, e)) for c, x in cells}) == len(cells)
    return all(any(abs(c - a) <= 2 or abs(c + width(x) - e) <= 2 for a, e in above) for c, x in cells)


# A rule of one stroke repeated: ─────, ━━━━, ═════, -----, =====.
_STROKE_ONLY = re.compile(r"^(?:─+|━+|═+|-{3,}|={3,})$")


def _drifting(pieced: list[tuple[_Line, list[tuple[int, str]]]], shared: list[int]) -> bool:
    """Whether the lines' cells are set apart by a few spaces each, not aligned (整治河道长度     ≥45公里 /
    清淤土方量    ≥32万立方米): the starts shared by lines are half again as many as the cells of the
    fullest line (a column grid the cells never fill), and the lines with the most pieces (three or
    more) start their k-th cells at different columns. Starts near each other by chance would put
    cells in wrong columns. (A grid some rows leave cells of, the header one column in, keeps its
    starts about as many as its fullest row's cells.)"""
    most = max(len(p) for _, p in pieced)
    full = [p for _, p in pieced if len(p) == most]
    if most < 3 or len(full) < 2 or len(shared) <= most + most // 2:
        return False
    return any(max(p[k][0] for p in full) - min(p[k][0] for p in full) > 2 for k in range(most))


# A figure: digits in it (12.6万空方, 2023年10月20日, 6).
_HAS_DIGIT = re.compile(r"\d")


# A cell of words that fills its column leaves one space before the next (a fixed-width print: 满意度指标
# 服务对象满意度指标): in a piece that starts where this many lines start a cell, a word one space after
# words before it that starts exactly where as many lines start one is the next cell (text spaced by
# hand lands on a column's exact start only by chance). Figures one space apart are _figures_apart's;
# a figure and words beside it (60.00 自评等级：优) stay one.
MIN_EXACT = 3


# A label closed by its colon and nothing after it on the line, its value wrapped below (自评等级：).
_CLOSED_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]$")


def _full_cells_apart(col: int, piece: str, exact: set[int], width=display_width) -> list[tuple[int, str]]:
    """A piece split at single spaces where the words before the space hold no figure and the word after it
    starts at a column start of `exact` (the columns lines start their cells at, to the column), as the piece
    does: a word, or a figure (a name filling its column, its target one space on: w3m sets columns so,
    改造薄弱学校校 ≥6000平方米). A figure before the space stays with a word after it (98.80 分, 60.00 自评等级：优)
    unless that word is a label closed by its colon with its value wrapped below it (98.30 自评等级： over 优: w3m's
    total row, the grade's label in the next column)."""
    words = list(re.finditer(r"\S+", piece))
    parts = [[col, words[0].group()]]
    if col not in exact:
        return [(col, piece)]
    for before, m in zip(words, words[1:]):
        at = col + width(piece[:m.start()])
        if at in exact and piece[before.end():m.start()] == " " and \
                (not _HAS_DIGIT.search(parts[-1][1]) or _CLOSED_LABEL.match(m.group())):
            parts.append([at, m.group()])
        else:
            parts[-1][1] += piece[before.end():m.end()]
    return [(c, t) for c, t in parts]


def _figures_apart(col: int, piece: str, shared: list[int], width=display_width) -> list[tuple[int, str]]:
    """A piece split at single spaces where a figure after the space starts under another column's
    start and a figure stands before it: cells a narrow layout left one space apart (a deadline
    target and its result, 2023年10月31日前 2023年10月20日 6). Words one space apart that are no
    figures (98.80 自评等级：优, Type A) stay one piece."""
    words = list(re.finditer(r"\S+", piece))
    parts = [[col, words[0].group()]]
    for before, m in zip(words, words[1:]):
        at = col + width(piece[:m.start()])
        if any(abs(at - s) <= 2 and abs(parts[-1][0] - s) > 2 for s in shared) and \
                _HAS_DIGIT.search(parts[-1][1]) and _HAS_DIGIT.search(m.group()):
            parts.append([at, m.group()])
        else:
            parts[-1][1] += piece[before.end():m.end()]
    return [(c, t) for c, t in parts]


# A short figure alone in a cell (≥6个, 100%, 12.3): a value, never the wrapped end of a name.
_BARE_FIGURE = re.compile(r"^[≥≤><=＞＜≧≦]?\s*\d[\d.,]*\s*\S{0,3}$")


def _beside_wrap(prev: Row, cells: list[str], nxt: list[str] | None) -> bool:
    """A line lying inside the lines of the wrapped row above whose other cells sit only left of that
    row's first cell: a merged cell's text (产出指标, 质量指标: the levels over several rows) printed
    centred beside the row's second line, as pdftotext -layout writes it. It belongs to that row's
    empty cells on the left. The line lies inside the row's lines where its other cells go on under
    the row's filled cells (a wrapped name's end, 率, with no figure), or, with no other cells, where
    the next line does."""
    texts = [c for _, c in prev]
    first = next((k for k, c in enumerate(texts) if c.strip()), 0)
    lead = [k for k, c in enumerate(cells) if c and k < first]
    rest = [k for k, c in enumerate(cells) if c and k >= first]
    if not lead or first == 0:
        return False
    if not rest:
        on = [k for k, c in enumerate(nxt or []) if c]
        return bool(on) and len(on) <= 2 and all(first <= k < len(texts) and texts[k] and not _BARE_FIGURE.match(nxt[k])
                                                  for k in on)
    filled = sum(1 for c in texts if c.strip())
    return len(rest) <= 2 and len(rest) < filled - 1 and \
        all(k < len(texts) and texts[k] and not _BARE_FIGURE.match(cells[k]) for k in rest)


# A fixed-width print's rule under its header: runs of dashes (or = signs) apart by spaces, one a column.
_DASH_RULE = re.compile(r"^\s*[-=]{2,}(?:[ \t]+[-=]{2,})+\s*$")


def _dash_spans(block: list[_Line], width=display_width) -> list[tuple[int, int]] | None:
    """The columns a fixed-width print draws with its rule under the header (---------  ------):
    each run of dashes is a column's extent (display columns, end exclusive). A figure right-aligned
    in its column then starts nowhere near its header's start, but stands inside the run. The rule
    must stand under the header (the block's second or third line) and span three columns or more."""
    for ln in block[1:3]:
        if _DASH_RULE.match(ln.text):
            spans = [(width(ln.text[:m.start()]), width(ln.text[:m.end()]))
                     for m in re.finditer(r"[-=]+", ln.text)]
            return spans if len(spans) >= 3 else None
    return None


def _underlined(head: str, spans: list[tuple[int, int]], width=display_width) -> bool:
    """The dash runs underline the heads exactly (PowerShell's Format-Table): each run as wide as the
    head above it, a space or the line's end after it; the columns are then LEFT-ALIGNED from one
    head's start to the next's, their cells as wide as they need, one space apart."""
    return len(spans) >= 3 and all(
        (t := at_columns(head, a, b, width)) and t == t.strip() and " " not in t
        and not at_columns(head, b, b + 1, width).strip() for a, b in spans)


def _split_at_gaps(col: int, piece: str, spans: list[tuple[int, int]], width) -> list[tuple[int, str]]:
    """A piece whose single spaces stand in the gaps between the dash runs is cells apart by one space
    (pandoc's tables set columns one space apart): split there, each part at its own column."""
    out, start, at = [], 0, col
    for k, ch in enumerate(piece):
        pos = col + width(piece[:k])
        if ch == " " and not any(a <= pos < b for a, b in spans) and piece[start:k].strip():
            out.append((at, piece[start:k].strip()))
            start, at = k + 1, pos + 1
    out.append((at, piece[start:].strip()))
    return [x for x in out if x[1]]


def _joined(a: str, b: str) -> str:
    """Two lines of one wrapped cell: no space where either side is CJK (Chinese wraps anywhere)."""
    if not a or not b:
        return a or b
    return a + b if display_width(a[-1]) == 2 or display_width(b[0]) == 2 else f"{a} {b}"


def _rows_under_dashes(pieced: list[tuple[_Line, list[tuple[int, str]]]], spans: list[tuple[int, int]],
                       width=display_width, after_blank: set[int] = frozenset()) -> list[Row]:
    """Rows of a fixed-width print: each piece in the column whose dashes it overlaps most (a
    character of ambiguous width, ≥ or ％, may be printed two columns wide and shift the rest of its
    line by one); the rule lines are no rows. A line filling only a cell or two, none in the first
    column, each under a filled cell of the row above, is that row's wrapped text (a name, a note)."""
    rows: list[Row] = []
    rule = next((n for n, (ln, _) in enumerate(pieced) if _DASH_RULE.match(ln.text)), 0)
    # A MULTILINE table (pandoc's): its body's rows apart by blank lines, each row's lines its cells
    # wrapped inside their columns; every line up to the next blank one is the same row.
    multiline = sum(1 for n in after_blank if n > rule + 1) >= 2
    underlined = rule > 0 and _underlined(pieced[rule - 1][0].text, spans, width)
    if underlined:      # a column reaches to the next one's head, less the space between
        spans = [(a, spans[k + 1][0] - 1 if k + 1 < len(spans) else 10 ** 6) for k, (a, _) in enumerate(spans)]
    # Runs ONE SPACE apart with every line blank between them (SQL*Plus pads each cell to its run and sets
    # one space between): the places are exact, each line CUT at the runs (a cell's single spaces and a
    # cell filling its run stay its own), and the lines over the rule one head wrapped over them.
    cut = _cut_at_runs(pieced, spans, width)
    if cut and rule:
        head = [(pieced[0][0].no, "") for _ in spans]
        for ln, _ in pieced[:rule]:
            head = [(no, _joined(old, at_columns(ln.text, a, b, width).strip())) for (no, old), (a, b) in zip(head, spans)]
        rows.append(head)
    always = set(range(len(spans)))     # the columns every row so far fills (a wrapped line leaves them)
    for n, (ln, pieces) in enumerate(pieced):
        if _DASH_RULE.match(ln.text) or cut and n < rule:
            continue
        cells = [""] * len(spans)
        if cut:
            cells = [at_columns(ln.text, a, b, width).strip() for a, b in spans]
        elif multiline or underlined:
            pieces = [x for col, piece in pieces for x in _split_at_gaps(col, piece, spans, width)]
        for col, piece in pieces if not cut else ():
            end = col + width(piece)
            k = max(range(len(spans)), key=lambda n: (min(end, spans[n][1]) - max(col, spans[n][0]),
                                                      -abs(col - spans[n][0])))
            cells[k] = (cells[k] + " " + piece).strip()
        filled = sum(1 for c in cells if c)
        if multiline and n > rule + 1 and n not in after_blank and rows:
            rows[-1] = [(no, _joined(old, c)) for (no, old), c in zip(rows[-1], cells)]
            continue
        if rows and all(rows[-1][k][1] for k, c in enumerate(cells) if c) and (
                filled <= 2 and not cells[0] or underlined and n > rule + 1 and any(not cells[k] for k in always)
                and not any(_BARE_FIGURE.match(c) for c in cells if c)):
            _wrapped_on(rows[-1], cells)
            continue
        if n > rule:
            always &= {k for k, c in enumerate(cells) if c}
        rows.append([(ln.no, c) for c in cells])
    return rows


def _cut_at_runs(pieced: list[tuple[_Line, list]], spans: list[tuple[int, int]], width=display_width) -> bool:
    """The dash runs stand one gap apart (one space, as SQL*Plus and sqlcmd set them; two, as Teradata's BTEQ does:
    the same gap between every two) and every line leaves those gaps (and the place past the last run) blank: a
    print whose columns are exact places."""
    apart = {spans[k + 1][0] - spans[k][1] for k in range(len(spans) - 1)}
    if len(apart) > 1 or min(apart, default=1) < 1:
        return False
    gaps = [(b, spans[k + 1][0]) for k, (_, b) in enumerate(spans[:-1])]
    return all(not at_columns(ln.text, a, b, width).strip() for ln, _ in pieced for a, b in gaps) and \
        all(not at_columns(ln.text, spans[-1][1], 10 ** 6, width).strip() for ln, _ in pieced)


def _astride(block: list[tuple[_Line, list]], spans: list[tuple[int, int]], width) -> bool:
    """A character of a line stands astride a run's edge, `width` measuring: the runs were not counted so."""
    edges = {e for span in spans for e in span}
    for ln, _ in block:
        pos = 0
        for ch in ln.text:
            w = width(ch)
            if any(pos < e < pos + w for e in edges):
                return True
            pos += w
    return False


def _dashed_record(lines: list[_Line], i: int) -> tuple[list[Row], int] | None:
    """A database client's result of ONE row (SQL*Plus): its heads on lines[i], the dash runs one space apart
    under them, the row's line, then a blank line or the end; every line blank between the runs. The heads and
    the row cut at the runs (their places are exact); None elsewhere."""
    if i + 2 >= len(lines) or lines[i].blank or not _DASH_RULE.match(lines[i + 1].text) or lines[i + 2].blank \
            or (i + 3 < len(lines) and not lines[i + 3].blank):
        return None
    rule = lines[i + 1].text
    spans = [(display_width(rule[:m.start()]), display_width(rule[:m.end()])) for m in re.finditer(r"[-=]+", rule)]
    block = [(ln, []) for ln in lines[i:i + 3]]
    # the places counted as a terminal shows them, or in characters (a client padding to a count of characters)
    # (a measure under which a character of the heads or the row straddles a run's edge is not the client's: isql
    # pads by UTF-8 BYTES, and a terminal's widths leave its Chinese heads astride the runs; that measure only
    # where no other cuts so cleanly)
    width = next((w for w in (display_width, len, utf8_width) if _cut_at_runs(block, spans, w)
                  and not _astride(block, spans, w)), None) or \
        next((w for w in (display_width, len) if _cut_at_runs(block, spans, w)), None)
    if len(spans) < 2 or width is None:
        return None
    rows = [[(ln.no, at_columns(ln.text, a, b, width).strip()) for a, b in spans] for ln in (lines[i], lines[i + 2])]
    if not all(t for _, t in rows[0]):
        return None
    # a multiline table (pandoc's) parts its rows by blank lines: a line after the blank that the runs cut into
    # three cells or more is its next row, and this no result of one row
    if i + 4 < len(lines) and (nxt := lines[i + 4]) and not nxt.blank and not _is_rule(nxt.text.strip()) and \
            _cut_at_runs([(nxt, [])], spans, width) and \
            sum(1 for a, b in spans if at_columns(nxt.text, a, b, width).strip()) >= 3:
        return None
    return rows, i + 3


# A database client's result WRAPPED AT A WIDTH (Sybase isql -w 80): the heads on a line under which their dash runs
# stand, then the heads that did not fit on TAB-led lines, each over its own TAB-led rule; every row the same way, its
# first line at the margin and the cells that did not fit on TAB-led lines under it, a line cut only BETWEEN two
# cells. Each cell is padded to its column's width and one space apart, the width counted as the client pads (isql:
# UTF-8 BYTES, a Chinese character three); a cell longer than its column runs on to the space after it (and the wrap
# falls where that longer line would pass the width, so a row's lines need not break where the heads' do).
#
# A going-on line's rule: one run may be all it holds (the one head that line holds).
_DASH_RUNS = re.compile(r"^\s*[-=]{2,}(?:[ \t]+[-=]{2,})*\s*$")


def _wrapped_print(lines: list[_Line], i: int) -> tuple[list[Row], int] | str | None:
    """The heads and rows of a wrapped print whose heads start at lines[i], and the index past its rows (at the next
    blank line); a warning's text where the heads are such a print's but its rows cut under no measure into as many
    cells as there are heads; None elsewhere."""
    heads: list[tuple[_Line, _Line]] = []
    k = i
    while k + 1 < len(lines) and not lines[k].blank \
            and (_DASH_RUNS if heads else _DASH_RULE).match(lines[k + 1].text) \
            and lines[k].text.startswith("\t") == lines[k + 1].text.startswith("\t") == bool(heads) \
            and "\t" not in lines[k].text.lstrip("\t") and "\t" not in lines[k + 1].text.lstrip("\t"):
        heads.append((lines[k], lines[k + 1]))
        k += 2
    if len(heads) < 2:
        return None
    rows_lines: list[list[_Line]] = []
    while k < len(lines) and not lines[k].blank:
        text = lines[k].text
        if "\t" in text.lstrip("\t"):
            return None
        if text.startswith("\t"):
            if not rows_lines:
                return None
            rows_lines[-1].append(lines[k])
        else:
            rows_lines.append([lines[k]])
        k += 1
    if not rows_lines or not any(len(r) > 1 for r in rows_lines):
        return None
    best = None
    for width in (utf8_width, display_width, len):
        runs = [[(width(rule.text.lstrip("\t")[:m.start()]), width(rule.text.lstrip("\t")[:m.end()]))
                 for m in re.finditer(r"[-=]+", rule.text.lstrip("\t"))] for _, rule in heads]
        names = [at_columns(head.text.lstrip("\t"), a, b, width).strip() for (head, _), spans in zip(heads, runs)
                 for a, b in spans]
        sizes = [b - a for spans in runs for a, b in spans]
        if len(names) < MIN_HEADS or not all(names):
            continue
        cut = [_cells_at_sizes(r, sizes, width) for r in rows_lines]
        if all(c is not None for c in cut):
            over = sum(n for _, n in cut)
            if best is None or over < best[0]:
                best = (over, [_named(heads, runs, names)] + [cells for cells, _ in cut])
    if best is None:
        return (f"第{heads[0][0].no}行起的查询结果按宽度折行（表头与各行的续行以制表符开头），但{len(rows_lines)}行"
                "无法按表头各列的宽度切分成与表头同样多的格，未读取，请核对原件")
    return best[1], k


def _named(heads: list[tuple[_Line, _Line]], runs: list[list[tuple[int, int]]], names: list[str]) -> Row:
    """The head row: each name on the line it stands on."""
    nos = [head.no for (head, _), spans in zip(heads, runs) for _ in spans]
    return list(zip(nos, names))


def _cells_at_sizes(row: list[_Line], sizes: list[int], width) -> tuple[Row, int] | None:
    """A wrapped row's cells: on each line (the TAB before a going-on line left out) one space, then the cells in
    turn, each as wide as its column (`width` measuring) and a space after it; a cell that runs past its column (the
    character after it no space) runs on to the next space. The cells and how many ran on; None where the lines hold
    more cells or fewer than there are columns, or a line does not open with its space."""
    cells: Row = []
    over = 0
    for ln in row:
        body = ln.text[1:] if ln.text.startswith("\t") else ln.text
        if not body.startswith(" "):
            return None
        at = 1
        while at < len(body):
            if len(cells) >= len(sizes):
                return None
            start, used = at, 0
            while at < len(body) and used + width(body[at]) <= sizes[len(cells)]:
                used += width(body[at])
                at += 1
            if at < len(body) and body[at] != " ":
                over += 1
                while at < len(body) and body[at] != " ":
                    at += 1
            cells.append((ln.no, body[start:at].strip()))
            at += 1
    return (cells, over) if len(cells) == len(sizes) else None


# A client that prints its heads, a BLANK line, then the rows (Informix / GBase 8s dbaccess): each head padded to its
# column's width and one space apart, a number set RIGHT under its head's end, a text LEFT at its head's start, NULL
# nothing; the places counted as the console pads them (a terminal's widths, a GB18030 console's BYTES, characters,
# UTF-8 bytes).
MIN_HEADS = 3


def _head_over_blank(lines: list[_Line], i: int) -> tuple[list[Row], int] | None:
    """The table of a print whose heads (lines[i], three words or more) stand a blank line above its rows: every word
    of every row (the rows running to the next blank line) starts where a head starts or ends where one ends (a
    word one space after the one before it going on in that cell), each row placing words under three heads or
    more and more than it joins so, two rows or more (or one filling every head with a word, none joined); the heads
    and the rows cut so, and the index past the rows. None elsewhere."""
    if i + 2 >= len(lines) or lines[i].blank or not lines[i + 1].blank or lines[i + 2].blank \
            or "\t" in lines[i].text:
        return None
    end = i + 2
    while end < len(lines) and not lines[end].blank and "\t" not in lines[end].text:
        end += 1
    head, body = lines[i].text, lines[i + 2:end]
    for width in (display_width, _cjk_font_width, len, utf8_width):
        def words(text):
            return [(width(text[:m.start()]), width(text[:m.end()]), m.group()) for m in re.finditer(r"\S+", text)]
        heads = words(head)
        if len(heads) < MIN_HEADS:
            return None
        rows: list[Row] | None = [[(lines[i].no, h) for _, _, h in heads]]
        for ln in body:
            cells, cur, last_end, placed, joined = [""] * len(heads), -1, None, 0, 0
            for a, b, word in words(ln.text):
                k = next((n for n, (ha, hb, _) in enumerate(heads) if n > cur and (a == ha or b == hb)), None)
                if k is not None:
                    cells[k], cur, placed = word, k, placed + 1
                elif cur >= 0 and a == last_end + 1:
                    cells[cur], joined = cells[cur] + " " + word, joined + 1
                else:
                    rows = None
                    break
                last_end = b
            # (a line of prose or a command whose first word or two happen to stand under heads is no row: a row
            # places words under three heads or more, more words placed than joined)
            if rows is None or placed < MIN_HEADS or joined >= placed:
                rows = None
                break
            rows.append([(ln.no, c) for c in cells])
        if rows and len(rows) >= 3:     # the heads and two rows or more (one row alone is weak evidence)
            return rows, end
        # one row alone only where it fills EVERY head with one word each, none joined (a query's one row: the total's
        # 总分 | 自评得分 | 自评等级), the heads' places its only evidence
        if rows and len(rows) == 2 and all(c for _, c in rows[1]) and not any(" " in c for _, c in rows[1]) \
                and all(re.search(r"[^\W_]", h) for _, h in rows[0]):      # (heads of words: a rule of ____ is none)
            return rows, end
    return None


def _computed_row(lines: list[_Line], j: int, spans: list[tuple[int, int]], width=display_width) -> tuple[Row, int] | None:
    """The sums a client prints under a table of exact places (SQL*Plus's COMPUTE SUM … ON REPORT): past a blank
    line, dashes under the summed columns only, each run one of the table's, then the label and the sums in the
    table's places: that line a row of the table (合计 | … | 90 | 89.68), and the index past it."""
    k = j + 1 if j < len(lines) and lines[j].blank else j
    if k + 1 >= len(lines) or not re.fullmatch(r"\s*-+(?: +-+)*\s*", lines[k].text) or lines[k + 1].blank:
        return None
    rule = lines[k].text
    runs = [(width(rule[:m.start()]), width(rule[:m.end()])) for m in re.finditer(r"-+", rule)]
    if not runs or any(r not in spans for r in runs):
        return None
    line = lines[k + 1]
    if not _cut_at_runs([(line, [])], spans, width):
        return None
    cells = [at_columns(line.text, a, b, width).strip() for a, b in spans]
    if not all(cells[n] for n, sp in enumerate(spans) if sp in runs):
        return None
    return [(line.no, c) for c in cells], k + 2


def _wrapped_on(prev: Row, cells: list[str]) -> None:
    """A line's cells that are the wrapped text of the row above: each goes on in its column there."""
    for k, c in enumerate(cells):
        if c:
            no, old = prev[k]
            prev[k] = (no, old + c if old else c)


def _add_paragraph(doc: Document, path: str, line_no: int, text: str, element: str | None = None) -> None:
    doc.blocks.append(Paragraph(text=_dot_leaders(text.strip()), loc=Location(path, block=len(doc.blocks), line=line_no,
                                                                element=element)))


def _add_record(doc: Document, path: str, rows: list[Row], element: str | None = None) -> None:
    """A database client's result of one row (its names over its values) as the record it is: a
    label：value line per column, on the value's line."""
    for (_, name), (no, value) in zip(*rows):
        if name:
            _add_paragraph(doc, path, no, f"{name}：{value}", element)


def _add_blocks(doc: Document, path: str, blocks) -> None:
    """A rebuilt export's blocks (("p", line, text), ("t", rows)) added in order; ("w", line, text) a warning: what
    the print left out."""
    for block in blocks:
        if block[0] == "t":
            _add_table(doc, path, block[1])
        elif block[0] == "w":
            doc.warnings.append(block[2])
        else:
            _add_paragraph(doc, path, block[1], block[2])


# A query client's head qualified by its table's name (Hive's beeline under select *: ods_jx_zbwc.一级指标): the
# name the same before every head of the row, an identifier and a dot; the column's own name is what follows.
_QUALIFIED_HEAD = re.compile(r"^([A-Za-z_][A-Za-z0-9_$]*)\.(\S.*)$")


def _unqualified_heads(rows: list[Row]) -> list[Row]:
    """The rows with the first row's heads stripped of the table name every one of them (two or more) carries."""
    if not rows or len(rows[0]) < 2:
        return rows
    found = [_QUALIFIED_HEAD.match(text.strip()) for _, text in rows[0]]
    if not all(found) or len({m.group(1) for m in found}) != 1:
        return rows
    return [[(no, m.group(2)) for (no, _), m in zip(rows[0], found)]] + rows[1:]


# A database client's mark for a missing value (beeline, disql, Spark's show(): NULL / null), a whole cell: no
# form writes it as a value, and where two cells or more of a table are it the table is a client's answer.
_CLIENT_NULLS = ("NULL", "null")


def _without_client_nulls(rows: list[Row]) -> list[Row]:
    """The rows with each cell that is wholly a client's NULL mark emptied, where two cells or more are one."""
    for mark in _CLIENT_NULLS:
        if sum(text.strip() == mark for row in rows for _, text in row) >= 2:
            rows = [[(no, "" if text.strip() == mark else text) for no, text in row] for row in rows]
    return rows


def _add_table(doc: Document, path: str, rows: list[Row], element: str | None = None) -> None:
    rows = _without_client_nulls(_unqualified_heads(rows))
    block = len(doc.blocks)
    t_index = len(doc.tables())
    n_cols = max(len(r) for r in rows)
    cells = []
    for r, row in enumerate(rows):
        for c in range(n_cols):
            no, text = row[c] if c < len(row) else (row[-1][0], "")
            cells.append(Cell(text=_clean_cell(text), row=r, col=c,
                              loc=Location(path, block=block, table=t_index, row=r, col=c, line=no,
                                           element=element)))
    first_line = rows[0][0][0]
    doc.blocks.append(Table(index=t_index, n_rows=len(rows), n_cols=n_cols, cells=cells,
                            loc=Location(path, block=block, table=t_index, line=first_line, element=element)))


# A form's fill-in mark: lenticular brackets around what was filled in, the cell's whole text or
# the value after a label's colon (【326场】, 自评等级：【优】). The value is what the brackets hold.
_FILLED = re.compile(r"(^|[：:]\s*)【([^【】\n]+)】$")


# A client's mark for a missing value, no text of a cell: clickhouse-client prints NULL in small capitals
# (ᴺᵁᴸᴸ), a spelling no form writes.
_NULL_MARKS = {"ᴺᵁᴸᴸ"}


def _clean_cell(text: str) -> str:
    text = "\n".join(part.strip() for part in text.strip().split("\n"))
    if text in _NULL_MARKS:
        return ""
    return _FILLED.sub(r"\1\2", text)
