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
    fibre = (395.0, 50.0, 72.0)                   # a row's height: from the head's top rule nearly to its foot
    assert ocr_reader._in_the_open(RULES + [fibre], chars) == RULES


def test_a_piece_the_text_starts_clear_of_is_kept():
    chars = _line("全年执行数", 382, 60, cut_at=1)  # OCR saw white before 年: a cell may start there
    fibre = (395.0, 50.0, 72.0)
    assert fibre in ocr_reader._in_the_open(RULES + [fibre], chars)


def test_a_column_rule_in_line_with_other_pieces_is_kept_under_text_run_over_it():
    chars = _line("新建食用菌标准化棚室", 280, 230)   # a long name printed over the rule at 300
    assert ocr_reader._in_the_open(RULES + [(300.0, 210.0, 260.0)], chars) == RULES + [(300.0, 210.0, 260.0)]


def test_a_short_box_read_over_a_lone_rule_keeps_it():
    """367's scanner-app page: a weight and a score, 8 | 8, in two narrow cells read as one box 88 whose
    two characters are spread evenly over it (two give no measure of white): their rule is kept."""
    chars = _line("88", 296, 230, width=24.0)
    piece = (320.0, 215.0, 245.0)
    assert piece in ocr_reader._in_the_open(RULES + [piece], chars)


def test_a_long_lone_rule_with_text_across_its_end_is_kept():
    """367's scanner-app page: the 分值 | 得分 rule, alone in its line (the app's threshold broke the rest
    away), reaches up into the head row, whose 实施单位 text runs across its top end; taken for no rule, the
    weights and scores of every row ran together (8 | 8 read 88)."""
    chars = _line("市新丰江水库管理", 1084, 231, width=15.0)
    rule = (1130.0, 218.0, 780.0)
    assert rule in ocr_reader._in_the_open(RULES + [rule], chars)
