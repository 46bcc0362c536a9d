"""A dark fibre of recycled paper standing upright through a head cell (1061's scan: between 全 and 年 of
全年执行数), as tall as the row and meeting its rules, was taken for a column rule: the head read 全 | 年执行数,
the column under it had no head and its 执行数 went to no field, unsaid. extract.ocr_reader._in_the_open
leaves out a lone upright piece that OCR's text runs straight through. No OCR here: the characters as the
reader makes them from OCR's boxes."""
from jixiao.extract import ocr_reader
from jixiao.extract.ruled_page import Char


def _line(text: str, x0: float, mid: float, cut_at: int | None = None, width: float = 12.0) -> list:
    return [Char(x0 + k * width, mid + 5, width, ch, cut=(k == 0 or k == cut_at), mid=mid)
            for k, ch in enumerate(text)]


RULES = [(100.0, 40.0, 200.0), (300.0, 40.0, 200.0), (500.0, 40.0, 200.0)]   # the grid's column rules


def test_a_lone_piece_that_a_line_of_text_runs_through_is_no_rule():
    chars = _line("全年执行数", 382, 60)          # 全 ends at 394: the fibre at 395, 年 after it with no white
    fibre = (395.0, 48.0, 74.0)
    assert ocr_reader._in_the_open(RULES + [fibre], chars) == RULES


def test_a_piece_the_text_starts_clear_of_is_kept():
    chars = _line("全年执行数", 382, 60, cut_at=1)  # OCR saw white before 年: a cell may start there
    fibre = (395.0, 48.0, 74.0)
    assert fibre in ocr_reader._in_the_open(RULES + [fibre], chars)


def test_a_column_rule_in_line_with_other_pieces_is_kept_under_text_run_over_it():
    chars = _line("新建食用菌标准化棚室", 280, 230)   # a long name printed over the rule at 300
    assert ocr_reader._in_the_open(RULES + [(300.0, 210.0, 260.0)], chars) == RULES + [(300.0, 210.0, 260.0)]
