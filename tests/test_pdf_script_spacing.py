"""1798.pdf (s289): a Word document's paragraph printed by LibreOffice, which sets about a fifth of a character of
white where Han meets a figure (的 95.8, 了 16). The line …较上年的95.8%提高了 left 14.9 points, the figure 16 is 13.4
wide: it would have fitted but for the white before it, so the line broke there and 16个千分点 is the paragraph's
rest, not a paragraph of its own. A browser's print (no such white) keeps the old measure."""
from jixiao.extract.pdf_reader import _join_wrapped, _Line
from jixiao.extract.script_spacing import meets, script_gap

SIZE, DIGIT = 10.5, 6.7


def _line(text: str, top: float, gap: float) -> _Line:
    chars, x = [], 42.6
    for k, ch in enumerate(text):
        if k and meets(text[k - 1], ch):
            x += gap
        w = DIGIT if ch.isascii() else SIZE
        chars.append({"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": top + SIZE, "size": SIZE})
        x += w
    return _Line(chars, top, top + SIZE, chars[0]["x0"], chars[-1]["x1"], SIZE)


def _page(gap: float) -> list[_Line]:
    first = _line("全年建设防火隔离带86.5公里，完成4座瞭望塔改造，巡护覆盖率达到97.2%，较上年的95.8%提高了", 100.0, gap)
    rest = _line("16个千分点。全年未发生重大森林草原火灾。", 118.0, gap)
    return [first, rest]


def test_the_white_between_han_and_a_figure_counts_in_the_room_a_figure_needs():
    lines = _page(2.1)
    assert abs(script_gap(lines) - 2.1) < 1e-6
    right = lines[0].x1 + 14.9
    assert [t for t, _ in _join_wrapped(lines, right)] == [lines[0].text + lines[1].text]


def test_a_print_with_no_white_there_keeps_a_line_with_room_for_the_figure_apart():
    lines = _page(0.0)
    assert script_gap(lines) == 0.0
    right = lines[0].x1 + 14.9
    assert len(_join_wrapped(lines, right)) == 2
