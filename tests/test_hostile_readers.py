"""Hostile input to this session's readers (a saved HTTP response, a notebook, R's dput text, a .properties
file): a clear ExtractError or a fallback, never a bare traceback or work without bound."""
import gzip
import json

import pytest

from jixiao.extract import ExtractError, read_bytes
from jixiao.extract import http_message
from jixiao.extract.nested_values import parse_properties

PAGE = "<html><body><p>项目名称：测试项目</p></body></html>".encode()


def test_a_gzip_bomb_in_an_http_body_is_refused(monkeypatch):
    monkeypatch.setattr(http_message, "MAX_BODY", 1000)
    body = gzip.compress(b"<html><body><p>" + b"a" * 100_000 + b"</p></body></html>")
    with pytest.raises(ExtractError) as e:
        read_bytes(b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + body, "bomb.txt")
    assert e.value.code == "bomb" and "bomb.txt" in str(e.value)


def test_a_gzip_body_of_two_members_is_read_whole():
    body = gzip.compress(PAGE[:20]) + gzip.compress(PAGE[20:])
    doc = read_bytes(b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + body, "two.txt")
    assert "测试项目" in doc.blocks[0].text and not doc.warnings


def test_http_responses_nested_thousands_deep_unwrap_once():
    doc = read_bytes(b"HTTP/1.1 200 OK\r\n\r\n" * 3000 + PAGE, "nested.txt")
    assert doc.blocks


@pytest.mark.parametrize("raw", [
    b'{"cells": [{"cell_type": "code", "outputs": ' + b"[" * 100_000 + b"]" * 100_000 + b'}], "nbformat": 4}',
    b'{"cells": [{"cell_type": "code", "outputs": [{"data": "text/html"}]}], "nbformat": 4}',
    b'{"cells": [{"cell_type": "code", "outputs": 5}], "nbformat": 4}',
    b'{"cells": [{"cell_type": "code", "outputs": [{"data": {"text/html": [1, "<p>x</p>"]}}]}], "nbformat": 4}',
])
def test_a_damaged_notebook_is_no_traceback(raw):
    read_bytes(raw, "bad.ipynb")


def test_a_properties_key_nested_past_any_form_is_no_export():
    lines = ["a." + ".".join(["k"] * 1000) + "=1"] + [f"b.c{i}=1" for i in range(12)]
    assert parse_properties("\n".join(lines)) is None


@pytest.mark.parametrize("parser, text", [("parse_r_dput", "x <- list(a = 1,\n"),
                                          ("parse_perl_dumper", "$VAR1 = {\n"), ("parse_python_repr", "{'a': [\n")])
def test_unclosed_assignments_are_each_scanned_to_the_next_only(monkeypatch, parser, text):
    """R's dput assignments, Perl's Data::Dumper dumps, Python literals: one never closed is given up at the
    next (4,000 unclosed Python literals took 18 s)."""
    from jixiao.extract import nested_values
    scanned = []
    real = nested_values._closing_line
    monkeypatch.setattr(nested_values, "_closing_line",
                        lambda lines, start, stop=None: scanned.append((stop or len(lines)) - start) or
                        real(lines, start, stop))
    assert getattr(nested_values, parser)(text * 500) is None
    assert sum(scanned) < 2 * 501     # each line once, not once for every unclosed line above it


def _svg_page(rows: int) -> bytes:
    texts = "".join(f'<text x="5" y="{r * 12 + 9}">项目{r}</text><text x="55" y="{r * 12 + 9}">{r}</text>'
                    for r in range(rows))
    rules = "".join(f'<line x1="0" y1="{r * 12}" x2="100" y2="{r * 12}" stroke="black"/>' for r in range(rows + 1))
    rules += "".join(f'<line x1="{c}" y1="0" x2="{c}" y2="{rows * 12}" stroke="black"/>' for c in (0, 50, 100))
    return f'<html><body><svg xmlns="http://www.w3.org/2000/svg">{rules}{texts}</svg></body></html>'.encode()


@pytest.mark.parametrize("limit", ["MAX_CHARS", "MAX_RULES"])
def test_an_svg_past_any_form_is_left_unread_and_said(monkeypatch, limit):
    """The grid's assembly grows as characters times strokes: 20,000 texts on 2,000 rules took 8 s."""
    from jixiao.extract import svg_text
    assert read_bytes(_svg_page(3), "form.html").tables()     # under the limits: the drawn table is read
    monkeypatch.setattr(svg_text, limit, 5)
    doc = read_bytes(_svg_page(3), "big.html")
    assert not doc.tables() and any("6段文字未读取" in w for w in doc.warnings)


def test_a_multiline_tables_rows_are_each_pieced_a_bounded_number_of_times(monkeypatch):
    """pandoc's multiline table has a blank line after every row: where each blank line pieced the whole
    block again, 2,000 rows took 30 s (quadratic)."""
    from jixiao.extract import text_reader
    calls = []
    real = text_reader._pieces
    monkeypatch.setattr(text_reader, "_pieces", lambda *a, **k: calls.append(1) or real(*a, **k))
    rows = "".join(f"项目{i:<10}  {i:>8}  说明{i}\n\n" for i in range(400))
    text = ("-" * 40 + "\n项目名称      数值      说明\n" + "-" * 12 + "  " + "-" * 8 + "  " + "-" * 14 + "\n"
            + rows + "-" * 40 + "\n")
    read_bytes(text.encode(), "m.txt")
    assert len(calls) < 30 * 400


def test_a_sylk_cell_placed_past_any_sheet_is_said_not_walked_to():
    """C;Y999999999 had the sheet's rows walked one by one up to it: minutes for a 60-byte file."""
    doc = read_bytes(b'ID;PWXL;N;E\r\nC;Y1;X1;K"a"\r\nC;Y1;X2;K"b"\r\nC;Y999999999;X999999999;K"x"\r\nE\r\n', "far.slk")
    assert any("第4行" in w and "超出工作表范围" in w for w in doc.warnings)


@pytest.mark.parametrize("value", [b"1e999999", b"nan", b"inf", b"-Infinity"])
def test_a_sylk_number_no_sheet_holds_is_kept_as_text(value):
    doc = read_bytes(b'ID;PWXL;N;E\r\nP;P0.00%\r\nC;Y1;X1;K"a"\r\nC;Y1;X2;K"b"\r\nC;Y2;X1;K"c"\r\nF;P0;Y2;X2\r\nC;Y2;X2;K'
                     + value + b"\r\nE\r\n", "nan.slk")
    assert value.decode() in [c.text for t in doc.tables() for c in t.cells]


_PERL_ROWS = "".join(f"  {{ '指标名称' => '指标{i}', '指标值' => '{i}' }},\n" for i in range(8))


@pytest.mark.parametrize("escape", [r"\x{110000}", r"\x{FFFFFFFFFFFFFFFFFFFF}", r"\x{d800}"])
def test_a_perl_escape_no_character_has_reads_as_a_replacement(escape):
    from jixiao.extract.nested_values import parse_perl_dumper
    found = parse_perl_dumper("$VAR1 = {\n '指标' => [\n" + _PERL_ROWS + f"  {{ '指标名称' => \"{escape}\", '指标值' => 1 }}\n ]\n}};\n")
    assert "\ufffd" in repr(found) and "\\ud800" not in repr(found)


@pytest.mark.parametrize("escape", [r"\[u110000]", r"\[uD800]"])
def test_a_troff_escape_no_character_has_reads_as_a_replacement(escape):
    doc = read_bytes(f".TS\nl l.\n指标\t完成值\n带动就业\t{escape}\n.TE\n".encode(), "esc.txt")
    assert "\ufffd" in [c.text for t in doc.tables() for c in t.cells]


def test_unclosed_tbl_tables_are_each_scanned_to_the_next_only():
    from jixiao.extract.text_grids import tbl_table

    class Counted(list):
        reads = 0

        def __getitem__(self, k):
            Counted.reads += 1
            return super().__getitem__(k)

    lines = Counted(enumerate([".TS"] * 400 + ["a\tb"], 1))
    for i in range(len(lines)):
        tbl_table(lines, i)
    assert Counted.reads < 10 * len(lines)      # each line a bounded number of times, not once per .TS above it


def test_a_tbl_table_wider_than_any_form_is_no_table():
    """A line of 100,000 tabs over 20,000 rows had 2e9 slots placed."""
    from jixiao.extract.text_grids import MAX_SPAN, tbl_table
    lines = list(enumerate([".TS", "l l.", "\t" * (MAX_SPAN + 1) + "x", "a\tb", ".TE"], 1))
    assert tbl_table(lines, 0) is None
    assert tbl_table(lines[:2] + lines[3:], 0) is not None


INDENTED_TABLE = "说明\n  一级指标\n  二级指标\n  三级指标\n\n  产出指标\n  数量指标\n  新建道路\n\n  效益指标\n  满意度\n  群众满意度\n结束\n"
INDENTED_ROWS = [["一级指标", "二级指标", "三级指标"], ["产出指标", "数量指标", "新建道路"], ["效益指标", "满意度", "群众满意度"]]


def _cells(doc):
    return [[[c.text for c in r] for r in t.rows()] for t in doc.tables()]


def test_lines_indented_ever_deeper_are_each_looked_at_a_few_times(monkeypatch):
    """A run of indented lines is one group that no later line of it can make a table of: looked at once,
    not again from each of its lines (20,000 lines each indented deeper took minutes); an indented
    table reads as before."""
    from jixiao.extract import text_reader
    looked = []
    real = text_reader._Line.indented
    monkeypatch.setattr(text_reader._Line, "indented", property(lambda ln: looked.append(1) or real.fget(ln)))
    n = 2000
    doc = read_bytes("\n".join(" " * (2 + k // 4) + f"第{k}行" for k in range(n)).encode(), "deep.txt")
    assert len(doc.blocks) == n and not doc.tables() and not doc.warnings
    assert len(looked) < 5 * n      # each line a few times, not once for every line above it in the run
    assert _cells(read_bytes(INDENTED_TABLE.encode(), "t.txt")) == [INDENTED_ROWS]


def test_indented_runs_past_the_guard_read_as_paragraphs_and_said(monkeypatch):
    """Groups of three long indented lines (prose, blank lines between): a start further in may make a table
    of them, so each start is looked at, up to MAX_INDENTED_SCAN lines in all; past it the rest reads as
    paragraphs, said once. A text under the guard reads its indented table as before."""
    from jixiao.extract import text_reader
    prose = "\n\n".join("\n".join(f"　　第{g}段第{k}句：本项目按计划实施，各项工作进展顺利，群众满意度较高，达到预期目标。"
                                   for k in range(3)) for g in range(40))
    doc = read_bytes(prose.encode(), "prose.txt")
    assert not doc.tables() and len(doc.blocks) == 120 and not doc.warnings
    monkeypatch.setattr(text_reader, "MAX_INDENTED_SCAN", 300)    # the run (159 lines) looked at from lines 1 and 2
    guarded = read_bytes(prose.encode(), "prose.txt")
    assert [b.text for b in guarded.blocks] == [b.text for b in doc.blocks]
    assert guarded.warnings == ["第2行起缩进的行过多，未再查找按缩进排列的表格，其后的缩进行按段落读取，请核对原件"]
    assert _cells(read_bytes(INDENTED_TABLE.encode(), "t.txt")) == [INDENTED_ROWS]


def test_a_namelist_repeat_count_past_any_form_is_no_table(monkeypatch):
    """999999999*'x' (or A(999999999) = …) wrote a value a billion times before the group was read."""
    from jixiao.extract import nested_values
    put = []
    real = nested_values._nml_put

    def counted(*a):
        put.append(1)
        assert len(put) < 100_000, "a repeat count written out value by value"
        real(*a)
    monkeypatch.setattr(nested_values, "_nml_put", counted)
    values = " B = " + ",".join(map(str, range(12))) + "\n"
    for assign in (" A = 999999999*'x'\n", " A(999999999) = 'x'\n"):
        assert nested_values.parse_namelist("&G\n" + assign + values + "/\n") is None
    assert len(put) < 100


def test_a_registry_key_path_past_any_form_is_no_traceback():
    path = "\\".join(["k"] * 3000)
    text = f'Windows Registry Editor Version 5.00\n\n[HKEY_X\\{path}]\n"a"="1"\n[HKEY_X\\b]\n"b"="2"\n'
    doc = read_bytes(text.encode(), "deep.reg.txt")
    assert any('"b"="2"' in b.text for b in doc.blocks)      # read as the lines it is


@pytest.mark.parametrize("root", ["plist", "export"])
def test_xml_nested_thousands_deep_is_read_as_lines(root):
    """A plist's <dict> in <dict> (and any export's elements) nested past any form recursed once a level."""
    dicts = "<dict><key>a</key>" * 3000 + "<string>x</string>" + "</dict>" * 3000
    doc = read_bytes(f'<?xml version="1.0"?>\n<{root}>{dicts}</{root}>'.encode(), "deep.plist.txt")
    assert doc.blocks


def test_xml_entities_expanding_past_the_text_are_no_tree():
    from jixiao.extract import xml_tree
    decl = '<!ENTITY a "' + "a" * 100 + '">' + "".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcd", "bcde"))
    text = f'<?xml version="1.0"?>\n<!DOCTYPE plist [{decl}]>\n<plist><dict><key>k</key><string>&e;</string></dict></plist>'
    assert xml_tree.parse(text) is None


def test_an_element_of_very_many_entities_reads_its_text_whole():
    # expat hands each entity's text over alone: the element's text is every piece, in order, around
    # its children's
    from jixiao.extract import xml_tree
    pieces = "".join(f"&amp;{k}&#x6307;&lt;" for k in range(20000))
    root = xml_tree.parse(f'<?xml version="1.0"?>\n<r><v> 头{pieces}<c>子</c>尾 </v></r>')
    assert root.children[0].text == "头" + "".join(f"&{k}指<" for k in range(20000)) + "尾"
    assert root.children[0].children[0].text == "子"


def test_a_dbase_structure_is_looked_at_from_its_first_line_only(monkeypatch):
    """A structure of many field lines and no records was read again from each of its lines."""
    from jixiao.extract import field_list
    calls = []
    real = field_list._structure
    monkeypatch.setattr(field_list, "_structure", lambda lines, k: calls.append(k) or real(lines, k))
    structure = "NAME C 10 0\n" * 200
    found = field_list.field_listing(structure + "a:" * 200 + "\n" + "b:" * 200 + "\n")
    assert found is not None and len(found[1][0][1]) == 3
    calls.clear()
    assert field_list.field_listing(structure + "a:" * 200 + "\n") is None      # one record: no listing
    assert len(calls) < 10


def test_a_list_number_past_any_list_is_drawn_as_decimal():
    """A hostile counter or start (10**7, 10**9) drawn in roman was thousands to a million letters, built one
    by one; past 3999 (CSS's roman range) it is drawn as decimal, as a browser draws a counter out of range."""
    from jixiao.extract.list_numbers import list_number
    assert list_number(10 ** 7, "lowerRoman") == "10000000" and list_number(10 ** 7, "upperLetter") == "10000000"
    assert list_number(14, "lowerRoman") == "xiv" and list_number(28, "lowerLetter") == "bb"


def _counted_page(names: str) -> list[str]:
    css = f"p{{counter-increment:{names}}} p::before{{content:counter(a) '、'}}"
    page = f"<html><head><style>{css}</style></head><body><p>项目名称：测试项目</p></body></html>"
    return [b.text for b in read_bytes(page.encode(), "form.html").blocks if getattr(b, "text", "")]


def test_counters_past_any_forms_are_left_unknown(monkeypatch):
    """A page counting more counter names than MAX_COUNTERS (counter-reset of 100,000 names on every element)
    cost every element as many steps: its counters are left unknown, their numbers give nothing."""
    from jixiao.extract import html_compose
    monkeypatch.setattr(html_compose, "MAX_COUNTERS", 3)
    assert _counted_page("a b c") == ["1、项目名称：测试项目"]
    assert _counted_page("a b c d") == ["项目名称：测试项目"]
    assert _counted_page("a a a a") == ["项目名称：测试项目"]


def test_boxes_set_corner_to_corner_past_any_form_are_no_grid(monkeypatch):
    """Frames (w:framePr) or text boxes each placed below and right of the last drew a grid of as many rows
    and columns as boxes (3,000 frames: a 3,000 x 3,000 table, placed in quadratic time): past MAX_LINES
    rows or columns the boxes are no grid."""
    from jixiao.extract import box_grid
    diagonal = [box_grid.Box(k * 10, k * 10, k * 10 + 10, k * 10 + 10, [f"项{k}"]) for k in range(6)]
    monkeypatch.setattr(box_grid, "MAX_LINES", 7)
    cells, rows, cols = box_grid.grid_of(diagonal, 1)
    assert (rows, cols, cells[-1][:2], cells[-1][4]) == (6, 6, (5, 5), [["项5"]])
    monkeypatch.setattr(box_grid, "MAX_LINES", 6)
    assert box_grid.grid_of(diagonal, 1) is None


@pytest.mark.parametrize("marks", ['",;"', '", "', "'ab'"])
def test_an_spss_dataset_apart_by_several_marks_is_no_traceback(marks):
    # SPSS lets LIST(",;") part cells by any of its marks; csv takes one: a TypeError, not a reading
    text = f"DATA LIST LIST({marks}) /zbmc (A20) zbz (F8.2).\nBEGIN DATA.\n培训人次,120\n满意度;93\nEND DATA.\n"
    doc = read_bytes(text.encode("utf-8"), "a.txt")
    assert "培训人次" in "\n".join([b.text for b in doc.paragraphs()] + [c.text for t in doc.tables() for c in t.cells])


def test_a_go_slice_of_very_many_items_is_scanned_once():
    # each item's end was found by two finds, each running to the line's end where the mark was far: a long
    # slice's line scanned once an item
    from jixiao.extract.nested_values import _go_value

    class Counted(str):
        scanned = 0

        def find(self, sub, start=0, *rest):
            at = str.find(self, sub, start, *rest)
            Counted.scanned += (at if at >= 0 else len(self)) - start
            return at
    line = Counted("[{Seq:1 Name:培训} " + "a " * 3000 + "]")
    value, end = _go_value(line, 0)
    assert len(value) == 3001 and end == len(line)
    assert Counted.scanned <= 4 * len(line)


def test_a_json_data_island_nested_past_any_form_is_no_traceback():
    # json.loads raises RecursionError (no ValueError) on data nested past Python's depth
    page = ('<html><body><p>项目名称：某项目</p><script type="application/json">' + "[" * 5000 + "]" * 5000
            + "</script></body></html>").encode("utf-8")
    doc = read_bytes(page, "a.html")
    assert "某项目" in "\n".join(b.text for b in doc.paragraphs())
