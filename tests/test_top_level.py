"""One splitter of lists at their top-level separators (extract/top_level.py), used by the CSS selector
lists (extract/html_css.py) and by an SQL dump's column definitions (extract/record_text.py)."""
from jixiao.extract.record_text import _columns
from jixiao.extract.top_level import split_top


def test_a_list_splits_only_outside_brackets_and_quotes():
    assert split_top('tr:not(.a, .b), [title="x,y"] td') == ["tr:not(.a, .b)", ' [title="x,y"] td']
    assert split_top("a decimal(12,2), b varchar(9) DEFAULT 'x,y', c int") == \
        ["a decimal(12,2)", " b varchar(9) DEFAULT 'x,y'", " c int"]
    # an escaped quote and a doubled one stay inside the string; an escaped backslash closes nothing
    assert split_top(r"'it\'s, a', 'it''s, b', 'c:\\', d") == [r"'it\'s, a'", " 'it''s, b'", r" 'c:\\'", " d"]


def test_a_comment_ending_in_a_backslash_does_not_swallow_the_next_columns():
    cols = _columns("path varchar(64) COMMENT '存放目录 D:\\\\', amount decimal(12,2) COMMENT '金额（万元）'")
    assert [name for name, _ in cols] == ["path", "amount"]
    assert cols[1][1] == "金额（万元）"
