"""A tree grid's expander (1916: an ARIA treegrid printed to .pdf, ▾ before each level row's name) or a bullet
drawn before a level's name is no part of the name the level is known by: level2_raw 数量指标, not ▾数量指标."""
from jixiao.normalize.vocab import unnumbered_level


def test_a_drawn_mark_before_a_level_name_is_no_part_of_it():
    assert unnumbered_level("▾数量指标") == "数量指标"
    assert unnumbered_level("▸ 社会效益指标") == "社会效益指标"
    assert unnumbered_level("■（一）数量指标") == "数量指标"
    assert unnumbered_level("数量指标") == "数量指标"
    assert unnumbered_level("▾") == ""
