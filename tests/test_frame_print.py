"""extract/frame_print.py: a data frame printed as text."""
from extract.display_columns import display_width
from extract.frame_print import frame_table

def _r_print(names: list[str], heads: list[str], rows: list[list[str]]) -> list[str]:
    """R's print of a data.frame: row names left-aligned, each column right-aligned to its widest text
    (a CJK character two wide), one space between."""
    def pad(t: str, w: int, left: bool = False) -> str:
        gap = " " * (w - display_width(t))
        return t + gap if left else gap + t
    wn = max(display_width(n) for n in names)
    ws = [max(display_width(t) for t in [h] + [r[k] for r in rows]) for k, h in enumerate(heads)]
    out = [" ".join([pad("", wn)] + [pad(h, w) for h, w in zip(heads, ws)])]
    out += [" ".join([pad(n, wn, True)] + [pad(t, w) for t, w in zip(r, ws)]) for n, r in zip(names, rows)]
    return out


# R's print of a data.frame wider than options(width): wrapped into blocks of columns, each repeating the row
# names; rows 10 and 11 write their row name ONE space before the first column's wider cell (满意度指标).
_NAMES = [str(n) for n in range(1, 12)]
_LEFT = [["产出指标", "数量指标", f"新建种植基地{n}", f"≥{n}万亩"] for n in range(1, 10)] + \
    [["满意度指标", "服务对象满意度", f"种植户满意度{n}", "≥90%"] for n in (10, 11)]
_RIGHT = [[f"{n}.5万亩", "8", "8.0"] for n in range(1, 12)]
R_WRAPPED = _r_print(_NAMES, ["一级指标", "二级指标", "三级指标", "年度指标值"], _LEFT) + \
    _r_print(_NAMES, ["实际完成值", "分值", "得分"], _RIGHT) + \
    _r_print(_NAMES, ["偏差原因"], [["部分农户外出务工，未参与种植，带动户数未达目标。" if n == 7 else ""] for n in range(1, 12)]) + \
    ["> q()"]

def test_a_wrapped_r_print_is_joined_by_its_row_names_and_a_row_name_one_space_from_a_wide_cell_is_its_own():
    rows, end = frame_table(R_WRAPPED, 0)
    cells = [[t for _, t in r] for r in rows]
    assert cells[0] == ["", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    assert [r[0] for r in cells[1:]] == [str(n) for n in range(1, 12)]     # not 1 … 9, 9, 9
    assert cells[10][:2] == ["10", "满意度指标"] and cells[11][:2] == ["11", "满意度指标"]
    assert cells[1][5:] == ["1.5万亩", "8", "8.0", ""] and cells[11][5:] == ["11.5万亩", "8", "8.0", ""]
    assert cells[7][8] == "部分农户外出务工，未参与种植，带动户数未达目标。"     # a block of one column, mostly empty
    assert end == len(R_WRAPPED) - 1


def test_a_block_under_a_frame_with_other_row_names_is_not_joined():
    lines = R_WRAPPED[:12] + _r_print([str(n + 20) for n in range(1, 12)], ["实际完成值", "分值", "得分"], _RIGHT)
    rows, end = frame_table(lines, 0)
    assert len(rows[0]) == 5 and end == 12
