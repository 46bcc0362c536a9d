"""Text as it comes, eighteenth round (issue 21): a Stata log's `list` boxes, a Clojure pprint of EDN."""
from decimal import Decimal

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


def _edn() -> str:
    """clojure.pprint of a map read from the sheet: keywords, a BigDecimal 30.22M, nil; the indicator maps of nine
    keys printed in hash order (:得分 first), one entry a line."""
    out = ["user=> (pprint (form/read-sheet \"自评表.xlsx\"))",
           '{:项目 {:项目名称 "2023年某某县示范项目", :金额单位 "万元"},', " :指标"]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        entries = [f":得分 {float(score)}", f':三级指标 "{name}"', f':实际完成值 "{actual}"', f":序号 {k + 1}",
                   f':一级指标 "{l1}"', f":分值 {weight}", f':年度指标值 "{target}"', f':二级指标 "{l2}"',
                   ":偏差原因分析及改进措施 nil"]
        lead = " [{" if k == 0 else "  {"
        out += [lead + entries[0] + ","] + ["   " + e + "," for e in entries[1:-1]] + \
               ["   " + entries[-1] + ("}" if k < len(ROWS) - 1 else "}],")]
    return "\n".join(out + [" :自评 {:总分 100, :自评得分 30.22M}}", "nil", "user=> ", ""])


def test_a_clojure_pprint_of_edn_reads_its_maps_as_records_by_their_keywords(tmp_path):
    """EDN: a map's keys keywords (:三级指标), its entries in hash order, 30.22M a BigDecimal as written, nil an
    empty cell; the maps of a vector are the table's rows under their keys, whatever order they print in."""
    text = _edn()
    assert text.index(":得分") < text.index(":三级指标")
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert [(n, t, a, Decimal(w), Decimal(s)) for n, t, a, w, s in rows] == \
        [(n, t, a, Decimal(w), Decimal(s)) for n, t, a, w, s in ROWS]
    assert _levels(recs) == LEVELS and recs.projects[0].name == "2023年某某县示范项目"


def _prolog() -> str:
    """A fact base: the arguments named only in % comments, the head xm/2 facts of bare Chinese atoms, the
    indicators zb/7 facts of quoted atoms and bare numbers, a rule at the end."""
    out = ["% xm(属性, 值).", "% zb(序号, 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分).",
           "% zp(总分, 自评得分).", ":- discontiguous zb/8.", "",
           "xm(项目名称, '2023年某某县示范项目').", "xm(金额单位, '万元').", ""]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        out.append(f"zb({k}, '{l1}', '{l2}', '{name}', '{target}', '{actual}', {weight}, {score}).")
    return "\n".join(out + ["", "zp(100, 30.22).", "", "fz_total(T) :- aggregate_all(sum(F), zb(_, _, _, _, _, _, F, _), T).",
                            ""])


def test_prolog_facts_read_under_the_argument_names_their_comments_give(tmp_path):
    """Facts name no argument: the comment % zb(序号, 一级指标, …) is the legend, the zb facts the table's rows
    under it (the quotes no part of a cell); xm(项目名称, '…') facts of bare atoms the head's label：value lines."""
    recs, rows = indicator_rows(_write(tmp_path, _prolog()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def _matlab(name: str, heads: list[str], rows: list[list]) -> list[str]:
    """MATLAB's table display: text cells {'…'} padded inside their braces, an empty one {0×0 char}, numbers
    right-aligned, the heads centred over ____ rules, four spaces between the columns."""
    shown = [["{0×0 char}" if v == "" else "{'" + v + "'}" if isinstance(v, str) else str(v) for v in r] for r in rows]
    w = [max(_cols(h), *(_cols(s[k]) for s in shown)) for k, h in enumerate(heads)]
    out = [f"{name} =", "", f"  {len(rows)}×{len(heads)} table", "",
           "    " + "    ".join(h.center(w[k] - _cols(h) + len(h)) for k, h in enumerate(heads)).rstrip(),
           "    " + "    ".join("_" * x for x in w), ""]
    for r, s in zip(rows, shown):
        out.append("    " + "    ".join(
            t.rjust(w[k] - _cols(t) + len(t)) if not isinstance(r[k], str)
            else (t[:-1] + " " * (w[k] - _cols(t)) + "}") if t.startswith("{'") else t.ljust(w[k] - _cols(t) + len(t))
            for k, t in enumerate(s)).rstrip())
    return out + [""]


def test_a_matlab_table_display_reads_its_cells_without_the_braces_and_quotes(tmp_path):
    """{'产出指标'  } is the text 产出指标 (the padding inside the braces is the display's), {0×0 char} an empty
    cell; the ____ rules give the columns, under the heads centred over them; a table of one row is a record."""
    text = "\n".join([">> head = readtable('自评表.xlsx', opts, 'Sheet', '项目信息')", ""]
                     + _matlab("head", ["项目名称", "金额单位"], [["2023年某某县示范项目", "万元"]])
                     + [">> T = readtable('自评表.xlsx', opts, 'Sheet', '绩效指标')", ""]
                     + _matlab("T", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                               [[l1, l2, n, t, a, int(w), float(s) if "." in s else int(s), ""]
                                for (l1, l2), (n, t, a, w, s) in zip(LEVELS, ROWS)]) + [">> "])
    assert "{'带动就业'  }" in text and "{0×0 char}" in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"     # a table of one row: a record


def test_a_closing_sentence_giving_the_full_marks_before_the_score_gives_the_score(tmp_path):
    """自评总分100分，自评得分30.22分，自评等级：优: beside the 自评得分 the 自评总分 is the full marks, not a second total
    disagreeing with it."""
    head = "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |"
    lines = ["项目名称：2023年某某县示范项目", "", head, "|---|---|---|---|---|---|---|"]
    lines += [f"| {l1} | {l2} | {' | '.join(r)} |" for (l1, l2), r in zip(LEVELS, ROWS)]
    lines += ["", "自评总分100分，自评得分30.22分，自评等级：优。", ""]
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(lines)))
    assert rows == ROWS
    assert recs.projects[0].total_score_stated.value == Decimal("30.22")
