"""extract.repl_values: values a program printed in its language's own grammar (issue 21, set 1522-1527)."""
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _rubydebug() -> str:
    """Logstash's console with the rubydebug codec: log lines, then a Ruby hash per event, keys quoted and
    right-aligned, a comma after each pair but the last, decimals as BigDecimals (0.8e1), NULL nil, a bare
    @timestamp; the head one event, each row one event with the same keys."""
    def event(pairs):
        pairs = pairs + [("@timestamp", "2024-03-20T02:15:04.126Z"), ("@version", '"1"')]
        w = max(len(k) for k, _ in pairs) + 2
        return ["{"] + [f'{" " * (w - len(k) - 2 + 4)}"{k}" => {v}' + ("," if n < len(pairs) else "")
                        for n, (k, v) in enumerate(pairs, 1)] + ["}"]

    def big(x):
        digits, _, frac = x.partition(".")
        return f"0.{(digits + frac).lstrip('0').rstrip('0') or '0'}e{len(digits)}"
    out = ["[2024-03-20T10:15:03,907][INFO ][logstash.javapipeline    ][main] Pipeline started"]
    out += event([("项目名称", '"2023年示范项目"'), ("金额单位", '"万元"')])
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        out += event([("一级指标", f'"{l1}"'), ("二级指标", f'"{l2}"'), ("三级指标", f'"{name}"'),
                      ("年度指标值", f'"{target}"'), ("实际完成值", f'"{actual}"'), ("分值", weight),
                      ("得分", big(score)), ("偏差原因", "nil" if score == weight else '"招工延后"')])
    return "\n".join(out + ["[2024-03-20T10:15:05,332][INFO ][logstash.javapipeline    ][main] Pipeline terminated", ""])


def test_rubydebug_events_with_the_same_keys_are_a_tables_rows(tmp_path):
    """The events printed one after another with the same keys are the rows of one table (not one record whose
    members each later event overwrites); a bare time is a value; a BigDecimal the number it holds."""
    text = _rubydebug()
    assert "e1" in text and "T02:15:04.126Z," in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert [p.name for p in recs.projects] == ["2023年示范项目"]
