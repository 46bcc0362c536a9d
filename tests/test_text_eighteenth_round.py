"""Text as it comes, eighteenth round (issue 21): a Stata log's `list` boxes, a Clojure pprint of EDN."""
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _cols(s: str) -> int:
    return sum(2 if "\u4e00" <= ch <= "\u9fff" else 1 for ch in s)


def _stata_list() -> str:
    """Stata's `. list …, noobs sepby(yjzb)`: a box ruled on its sides only, strings right-aligned under pinyin
    variable names, a |---| rule under the head and between the level-1 groups (the last group one row)."""
    heads = ["yjzb", "ejzb", "sjzb", "ndzb", "sjwc", "fz", "df"]
    rows = [[l1, l2, *r] for (l1, l2), r in zip(LEVELS, ROWS)]
    w = [max(_cols(h), *(_cols(r[k]) for r in rows)) for k, h in enumerate(heads)]

    def line(cells):
        return "  | " + "   ".join(" " * (w[k] - _cols(c)) + c for k, c in enumerate(cells)) + " |"
    inner = _cols(line(heads)) - 4
    rule, edge = "  |" + "-" * inner + "|", "  +" + "-" * inner + "+"
    out = ['. use "jxzb.dta", clear', "", ". list yjzb ejzb sjzb ndzb sjwc fz df, noobs sepby(yjzb)", "", edge,
           line(heads), rule]
    for k, r in enumerate(rows):
        if k and r[0] != rows[k - 1][0]:
            out.append(rule)
        out.append(line(r))
    return "\n".join(out + [edge, "", ". log close", ""])


def test_a_stata_list_box_reads_its_lines_as_one_aligned_table_across_its_group_rules(tmp_path):
    """A box ruled on its sides only: the frame and the |---| rules between groups are no cells and no breaks; a
    group of one row after a rule is read with the rest, not left as a line of words between bars."""
    text = _stata_list()
    assert text.count("|---") == 2
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
