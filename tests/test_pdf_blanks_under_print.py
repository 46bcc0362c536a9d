"""Spaces drawn OVER printed characters (a word processor's underlined blank exported as a run of space glyphs laid
across the value to carry its underline, 1976.pdf) are no gaps between words (extract.pdfium_page.blanks_under_print)."""
from jixiao.extract.pdfium_page import blanks_under_print


def _ch(text, x0, x1, top=257.1, size=10.5):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size}


def test_spaces_laid_over_a_value_are_dropped_spaces_beside_the_print_kept():
    value = [_ch("≥", 315.5, 326.0), _ch("6", 326.0, 332.7), _ch("0", 332.7, 339.4), _ch("0", 339.3, 346.0),
             _ch("0", 346.0, 352.7), _ch("亩", 354.9, 365.4)]
    over = [_ch(" ", x, x + 2.35) for x in (316.7, 319.0, 325.9, 328.3, 330.6, 333.0, 337.7, 344.7, 347.1, 357.2)]
    beside = [_ch(" ", 366.0, 368.4), _ch(" ", 368.4, 370.8)]   # past the print: a gap, kept
    other_line = [_ch(" ", 330.6, 333.0, top=280.0)]             # a line below with no print there: kept
    got = blanks_under_print(value + over + beside + other_line)
    assert [c["text"] for c in got] == ["≥", "6", "0", "0", "0", "亩", " ", " ", " "]
    assert [c["x0"] for c in got if c["text"] == " "] == [366.0, 368.4, 330.6]


def test_a_space_between_words_that_only_touches_its_neighbours_is_kept():
    chars = [_ch("分", 100.0, 110.5), _ch("值", 110.5, 121.0), _ch(" ", 120.5, 123.4), _ch("1", 123.4, 129.2),
             _ch("0", 129.2, 135.0)]
    assert blanks_under_print(chars) == chars
