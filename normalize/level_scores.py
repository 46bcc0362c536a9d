"""A 得分 head split by level 1: the score of each row under its own level-1 group's column.

Some forms head the scores with one 得分 cell over a column per level-1 group (得分 over 产出指标 | 效益指标 |
满意度指标, 1849), each row's score written under its own group's column and the others left empty, a
staircase down the sheet. The header reader takes the first column as the score; the rows of the other groups
would have none, and the other columns none of the record's fields. Here the columns are found from the
header (the score head over a run of columns, its cell left blank past the first, the row below naming a
level 1 in each), and each row reads its score in its level 1's column (IndicatorRow)."""
from __future__ import annotations

from .vocab import bare, canonical_level1


def level1_score_columns(grid, h: int, r: int, score: int | None) -> dict[str, int]:
    """Level 1 -> its score column, where the header (rows h .. r-1) heads the score column and the blank
    cells right of it with a level-1 name each in its last row; {} where fewer than two such columns."""
    if score is None or r - h < 2:
        return {}
    top, low = grid[h], grid[r - 1]
    out: dict[str, int] = {}
    c = score
    while c < len(low) and (c == score or c >= len(top) or not bare(top[c])):
        l1 = canonical_level1(low[c])
        if l1 is None or l1 in out:
            break
        out[l1] = c
        c += 1
    return out if len(out) >= 2 else {}
