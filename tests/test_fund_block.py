"""normalize.fund_block: the fund rows of a report's tables."""
from jixiao.normalize.fund_block import _fund_shift

# a database's fund table: the key, a 行次 (row number) column, the figures in its own order, the label LAST
COLS = {"executed": 2, "budget_full_year": 3, "fund_weight": 4, "budget_initial": 5, "fund_score": 6,
        "exec_rate_stated": 7}


def test_a_row_of_zeros_beside_a_row_number_is_not_shifted_onto_the_number():
    """其他资金's money is 0 in every column; shifted one left its 行次 3 would stand under 全年执行数 and its money
    zeros under 分值 / 得分: zeros fit any figure's column, so they are no evidence for the shift."""
    row = ["350821-2023-017", "3", "0", "0", "", "0", "", "", "其他资金"]
    assert _fund_shift(row, COLS) == 0


def test_a_row_of_figures_still_reads_where_it_stands():
    row = ["350821-2023-017", "1", "2352", "2400", "10", "2400", "9.8", "98.00%", "年度资金总额"]
    assert _fund_shift(row, COLS) == 0
