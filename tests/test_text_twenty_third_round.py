"""Text as it comes, twenty-third round (issue 21): a log line holding a form as Java's toString() (Lombok's
@ToString: unquoted strings, English field names, a rate written without its %)."""
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _lombok(cls: str, fields: list) -> str:
    return cls + "(" + ", ".join(f"{k}={'null' if v is None else v}" for k, v in fields) + ")"


def test_a_log_line_of_lombok_tostring_reads_unquoted_values_to_the_next_field(tmp_path):
    """Class(field=value, …) on one log line: strings unquoted, so a value runs to the ', ' before the next
    'field=' or to its object's close, brackets inside it counted (a name holding '(含)', a reason holding ', '
    and '(约5%)'); a list of objects a table; the fund's rate a decimal WITHOUT its % (97.00), found by the
    arithmetic (1261.00 / 1300.00), so the fund block is read from its English columns."""
    rows = [("建设示范点(含改造)", *ROWS[0][1:])] + ROWS[1:]
    inds = [_lombok("IndicatorLine", [("seq", k + 1), ("level1", l1), ("level2", l2), ("level3", name),
                                      ("target", target), ("actual", actual), ("weight", weight), ("score", score),
                                      ("deviation", "受高温影响, 产量下降(约5%), 未达目标" if score != weight else None)])
            for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, rows))]
    funds = [_lombok("FundLine", [("source", s), ("initialBudget", a), ("fullYearBudget", b), ("executed", c),
                                  ("weight", w), ("execRate", r), ("score", x)])
             for s, a, b, c, w, r, x in [("年度资金总额", "1200.00", "1300.00", "1261.00", 10, "97.00", "9.70"),
                                         ("其中：财政拨款", "1200.00", "1300.00", "1261.00", None, None, None),
                                         ("其他资金", "0.00", "0.00", "0.00", None, None, None)]]
    form = _lombok("SelfEvalForm", [("project", _lombok("ProjectInfo", [("name", "2023年某某县示范项目"),
                                                                        ("year", 2023), ("moneyUnit", "万元")])),
                                    ("funds", "[" + ", ".join(funds) + "]"),
                                    ("indicators", "[" + ", ".join(inds) + "]"), ("totalScore", "99.06")])
    text = "\n".join([
        "2024-03-19 10:15:31.902  INFO 23812 --- [nio-8080-exec-3] c.s.j.web.Controller : 导出请求 code=1, user=w",
        "2024-03-19 10:15:32.418 DEBUG 23812 --- [nio-8080-exec-3] c.s.j.s.ExportService : 自评表数据: " + form,
        "2024-03-19 10:15:32.466  INFO 23812 --- [nio-8080-exec-3] c.s.j.web.Controller : 导出完成", ""])
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == rows and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目"
    assert [f.raw for f in (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated, p.fund_weight,
                            p.fund_score)] == ["1200.00", "1300.00", "1261.00", "97.00", "10", "9.70"]
